"""The liver resection plan in the case report (issue 17).

HTML for ``ui.reports``' document (Qt's rich-text subset), one section: the resection (named
with the Couinaud segments it removes, or "resection surface"), the liver's condition, the
patient's height and weight and where they came from, the plan's version (number, author,
date, the start of its SHA-256, and whose plan it is when a partner sent it); a table of
volumes (whole liver, tumour, resected, remnant, future remnant, each Couinaud segment); the
tumour's margin; FLR, standardised FLR and RBWR, each against its threshold with the verdict
in words and the source of the threshold; the sources cited in full; and the reminder that the
plan is a planning aid for the MDT to confirm. Every text a reader sees is translated (Qt
strings in context "Reports", core messages through
:func:`casereview.ui.core_messages.translate_message`).
"""

from __future__ import annotations

import html
import numbers
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import cast

from PySide6.QtCore import QCoreApplication

from casereview.domain.liver_plan_evidence import margin_text, resection_text
from casereview.domain.liver_plan_record import (
    MEASURE_NAMES,
    LiverPlanVersion,
    RemnantMeasure,
    ResectionKind,
    VerdictRecord,
)
from casereview.domain.liver_remnant import BSA_SOURCE, CONDITION_NAMES, SLV_SOURCE
from casereview.ui.core_messages import localized_number, translate_message

#: Colours of a verdict in print: readable in black and white too, as the word says it.
PASS_COLOUR = "#0a7a33"
FAIL_COLOUR = "#b00000"
#: Hex digits of the plan's SHA-256 printed (enough to compare with a decision's citation).
HASH_DIGITS = 16


def _h(text: str) -> str:
    """``text`` (a core message is translated first) escaped for the document."""
    return html.escape(translate_message(text), quote=False).replace("\n", "<br/>")


def _when(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def _rows(rows: Sequence[tuple[str, str]]) -> str:
    body = "".join(f"<tr><th width='28%'>{_h(k)}</th><td>{v}</td></tr>" for k, v in rows)
    return f"<table class='grid' width='100%' cellspacing='0'>{body}</table>"


def _grid(header: Sequence[str], body: Sequence[Sequence[str]], widths: Sequence[int]) -> str:
    """A table; the cells of ``body`` are HTML already; ``widths`` in percent."""
    head = "".join(f"<th width='{w}%'>{_h(h)}</th>" for h, w in zip(header, widths, strict=True))
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in body)
    return f"<table class='grid' width='100%' cellspacing='0'><tr>{head}</tr>{rows}</table>"


def _local(value: float, spec: str) -> str:
    """``value`` with the reader's decimal and group separators (a float is a
    :class:`numbers.Real` at run time; the type checker does not know the numeric tower)."""
    return localized_number(cast(numbers.Real, value), spec)


def _ml(value: float) -> str:
    # The reader's decimal and group separators, as in the core's sentences beside them.
    return f"{_local(value, ',.1f')} mL"


def _percent(value: float, spec: str = ".1f") -> str:
    return f"{_local(value, spec)} %"


def _size(version: LiverPlanVersion) -> str:
    inputs = version.inputs
    if inputs.height_cm is None or inputs.weight_kg is None:
        return _h(
            QCoreApplication.translate(
                "Reports", "not known (the standardised FLR and RBWR could not be computed)"
            )
        )
    size = QCoreApplication.translate("Reports", "{height} cm, {weight} kg").format(
        height=_local(inputs.height_cm, ".0f"),
        weight=_local(inputs.weight_kg, ".1f"),
    )
    where = {
        "entered": QCoreApplication.translate("Reports", "entered by the planner"),
        "images": QCoreApplication.translate(
            "Reports", "read from the images (DICOM Patient's Size and Weight)"
        ),
    }.get(inputs.size_from, "")
    return _h(size) + (f" <span class='muted'>({_h(where)})</span>" if where else "")


def _resection(version: LiverPlanVersion) -> str:
    inputs = version.inputs
    text = _h(resection_text(inputs.kind, inputs.removed_segments))
    surface = inputs.surface
    if inputs.kind is ResectionKind.SURFACE and surface is not None:
        bent = len(surface.control_points) > 3
        detail = (
            QCoreApplication.translate("Reports", "a plane bent through {n} control points")
            if bent
            else QCoreApplication.translate("Reports", "a plane through the liver")
        ).format(n=len(surface.control_points))
        text += f" <span class='muted'>({_h(detail)})</span>"
    return f"<b>{text}</b>"


def _version(version: LiverPlanVersion) -> str:
    line = _h(
        QCoreApplication.translate(
            "Reports", "version {number} of {when}, by {author}; SHA-256 {hash}…"
        ).format(
            number=version.number,
            when=_when(version.created_at),
            author=version.author,
            hash=version.content_sha256[:HASH_DIGITS],
        )
    )
    if version.origin:
        line += "<br/>" + _h(
            QCoreApplication.translate(
                "Reports", "Plan of {origin}, received in a package; not planned here."
            ).format(origin=version.origin)
        )
    if version.note:
        line += f"<br/><span class='muted'>{_h(version.note)}</span>"
    return line


def _volumes(version: LiverPlanVersion) -> str:
    result = version.result
    removed = set(version.inputs.removed_segments)
    rows: list[list[str]] = [
        [
            _h(QCoreApplication.translate("Reports", "Whole liver (tumour included)")),
            _ml(result.total_ml),
        ],
        [_h(QCoreApplication.translate("Reports", "Tumour")), _ml(result.tumour_ml)],
        [
            _h(QCoreApplication.translate("Reports", "Resected (tumour included)")),
            _ml(result.resected_ml),
        ],
        [_h(QCoreApplication.translate("Reports", "Remnant")), _ml(result.remnant_ml)],
    ]
    if result.remnant_tumour_ml > 0.0:
        rows.append(
            [
                _h(QCoreApplication.translate("Reports", "Tumour left in the remnant")),
                _ml(result.remnant_tumour_ml),
            ]
        )
    rows.append(
        [
            f"<b>{_h(QCoreApplication.translate('Reports', 'Future liver remnant'))}</b>",
            f"<b>{_ml(result.future_remnant_ml)}</b>",
        ]
    )
    for label, volume in result.segment_volumes_ml:
        state = (
            QCoreApplication.translate("Reports", "removed")
            if label in removed
            else QCoreApplication.translate("Reports", "remains")
        )
        rows.append(
            [
                _h(
                    QCoreApplication.translate(
                        "Reports", "Couinaud segment {label} ({state})"
                    ).format(label=label, state=state)
                ),
                _ml(volume),
            ]
        )
    return _grid(
        [
            QCoreApplication.translate("Reports", "Part of the liver"),
            QCoreApplication.translate("Reports", "Volume"),
        ],
        rows,
        (70, 30),
    )


def _verdict_cell(verdict: VerdictRecord | None) -> str:
    if verdict is None:
        return (
            f"<span class='muted'>{_h(QCoreApplication.translate('Reports', 'not judged'))}</span>"
        )
    if verdict.passes:
        word, colour = QCoreApplication.translate("Reports", "enough"), PASS_COLOUR
    else:
        word, colour = QCoreApplication.translate("Reports", "NOT enough"), FAIL_COLOUR
    return f"<b><span style='color:{colour}'>{_h(word)}</span></b>"


def _remnant(version: LiverPlanVersion, sources: list[str]) -> str:
    result = version.result

    def reference(source: str) -> str:
        if source not in sources:
            sources.append(source)
        return f"[{sources.index(source) + 1}]"

    def ratio(value: float | None, measure: RemnantMeasure) -> str:
        # The RBWR with two decimals: its threshold is 0.5 %, as its verdict states it.
        spec = ".2f" if measure is RemnantMeasure.RBWR else ".1f"
        return "—" if value is None else _percent(value, spec)

    rows = []
    for measure, value in (
        (RemnantMeasure.FLR, result.flr_percent),
        (RemnantMeasure.SFLR, result.sflr_percent),
        (RemnantMeasure.RBWR, result.rbwr_percent),
    ):
        verdict = next((v for v in result.verdicts if v.measure is measure), None)
        threshold = "—" if verdict is None else f"≥ {_percent(verdict.threshold_percent)}"
        rows.append(
            [
                _h(MEASURE_NAMES[measure]),
                f"<b>{ratio(value, measure)}</b>",
                threshold,
                _verdict_cell(verdict),
                "—" if verdict is None else reference(verdict.source),
            ]
        )
    table = _grid(
        [
            QCoreApplication.translate("Reports", "Measure"),
            QCoreApplication.translate("Reports", "Value"),
            QCoreApplication.translate("Reports", "Threshold"),
            QCoreApplication.translate("Reports", "Verdict"),
            QCoreApplication.translate("Reports", "Source"),
        ],
        rows,
        (34, 16, 18, 18, 14),
    )
    notes = [
        QCoreApplication.translate(
            "Reports",
            "FLR: future liver remnant as a share of the functional liver (whole minus tumour).",
        )
    ]
    if result.bsa_m2 is not None and result.slv_ml is not None:
        notes.append(
            QCoreApplication.translate(
                "Reports",
                "Standardised FLR: future remnant over the standard liver volume {slv} (from a "
                "body surface area of {bsa} m² {bsa_ref}; formula {slv_ref}).",
            ).format(
                slv=_ml(result.slv_ml),
                bsa=_local(result.bsa_m2, ".2f"),
                bsa_ref=reference(BSA_SOURCE),
                slv_ref=reference(SLV_SOURCE),
            )
        )
    notes.append(
        QCoreApplication.translate(
            "Reports", "RBWR: remnant-to-body-weight ratio (1 mL of liver taken as 1 g)."
        )
    )
    return table + "".join(f"<p class='muted'>{_h(n)}</p>" for n in notes)


def liver_plan_section(version: LiverPlanVersion) -> str:
    """The "Liver resection plan" section of the case report, as HTML.

    Parameters
    ----------
    version
        The plan version to print (the case's newest, or the one a partner sent).
    """
    inputs, result = version.inputs, version.result
    sources: list[str] = []
    parts = [f"<h3>{_h(QCoreApplication.translate('Reports', 'Liver resection plan'))}</h3>"]
    verdict = (
        f"<b><span style='color:{PASS_COLOUR}'>{_h(QCoreApplication.translate('Reports', 'every threshold reached'))}</span></b>"
        if result.passes
        else f"<b><span style='color:{FAIL_COLOUR}'>"
        f"{_h(QCoreApplication.translate('Reports', 'below a threshold: the remnant may not be enough'))}</span></b>"
    )
    parts.append(
        _rows(
            [
                (QCoreApplication.translate("Reports", "Resection"), _resection(version)),
                (
                    QCoreApplication.translate("Reports", "Liver condition"),
                    _h(CONDITION_NAMES[inputs.condition]),
                ),
                (QCoreApplication.translate("Reports", "Height and weight"), _size(version)),
                (
                    QCoreApplication.translate("Reports", "Tumour margin"),
                    _h(margin_text(result.margin_mm)),
                ),
                (
                    QCoreApplication.translate("Reports", "Future liver remnant"),
                    f"{verdict} — {_h(QCoreApplication.translate('Reports', 'a planning aid for the MDT to confirm'))}",
                ),
                (QCoreApplication.translate("Reports", "Plan version"), _version(version)),
            ]
        )
    )
    parts.append(f"<p><b>{_h(QCoreApplication.translate('Reports', 'Volumes'))}</b></p>")
    parts.append(_volumes(version))
    parts.append(
        f"<p><b>{_h(QCoreApplication.translate('Reports', 'Future liver remnant against its thresholds'))}</b></p>"
    )
    parts.append(_remnant(version, sources))
    if sources:
        cited = "<br/>".join(f"[{i}] {_h(s)}" for i, s in enumerate(sources, start=1))
        parts.append(
            f"<p><b>{_h(QCoreApplication.translate('Reports', 'Sources'))}</b></p><p>{cited}</p>"
        )
    return "".join(parts)
