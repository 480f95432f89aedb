"""The resectability part of the case report: the assessment, the SAR/APA report, citations.

HTML for ``ui.reports``' document (Qt's rich-text subset): the assessment's criteria and the
version cited, a table per vessel (measured angle, a person's override with author and time,
the angle the criteria read, contact length), the suggested category "for the MDT to confirm"
with the reasons of the rules that fired, the findings; then the SAR/APA structured report,
section by section, each field with its value and what it rests on (measurement, segment, key
image, person). Every text a reader sees is translated (Qt strings in context "Reports", core
messages through :func:`casereview.ui.core_messages.translate_message`).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from casereview.domain.decision_evidence import Citation, CitationKind
from casereview.domain.resectability import VESSEL_NAMES, VesselMeasurement
from casereview.domain.resectability_findings import RECONSTRUCTIBILITY_NAMES, VARIANT_NAMES
from casereview.domain.resectability_rules import CATEGORY_NAMES
from casereview.domain.sar_apa import FieldSource, FieldStatus, ReportField, SourceKind
from casereview.domain.sar_apa_template import (
    SAR_APA_CITATION,
    SAR_APA_FIELDS,
    SAR_APA_SECTIONS,
    FieldKind,
)
from casereview.ui.core_messages import translate_message

if TYPE_CHECKING:
    from casereview.services.assessment_report import AssessmentReport


def _h(text: str) -> str:
    """``text`` (a core message is translated first) escaped for the document."""
    return html.escape(translate_message(text), quote=False).replace("\n", "<br/>")


def _when(value: datetime | None) -> str:
    return "" if value is None else value.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def _rows(rows: Sequence[tuple[str, str]]) -> str:
    body = "".join(f"<tr><th width='28%'>{_h(k)}</th><td>{v}</td></tr>" for k, v in rows)
    return f"<table class='grid' width='100%' cellspacing='0'>{body}</table>"


def _grid(header: Sequence[str], body: Sequence[Sequence[str]], widths: Sequence[int] = ()) -> str:
    """A table; the cells of ``body`` are HTML already; ``widths`` in percent, if given."""
    sized = [f" width='{w}%'" for w in widths] or [""] * len(header)
    head = "".join(f"<th{w}>{_h(h)}</th>" for h, w in zip(header, sized, strict=True))
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in body)
    return f"<table class='grid' width='100%' cellspacing='0'><tr>{head}</tr>{rows}</table>"


def _degrees(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}°"


def _vessel_name(m: VesselMeasurement) -> str:
    name = translate_message(VESSEL_NAMES[m.vessel])
    if m.branch_of is not None:
        name += f" ({translate_message(VESSEL_NAMES[m.branch_of])})"
    return name


def assessment_section(report: AssessmentReport) -> str:
    """The "Resectability assessment" and "Structured report (SAR/APA)" sections, as HTML."""
    version = report.version
    suggestion = version.suggestion
    parts = [f"<h3>{_h(QCoreApplication.translate('Reports', 'Resectability assessment'))}</h3>"]
    criteria = suggestion.criteria_name + (
        f" — {suggestion.citation}" if suggestion.citation else ""
    )
    if suggestion.category is None:
        category = QCoreApplication.translate("Reports", "no category suggested")
    elif suggestion.at_least:
        category = QCoreApplication.translate("Reports", "at least {category}").format(
            category=translate_message(CATEGORY_NAMES[suggestion.category])
        )
    else:
        category = translate_message(CATEGORY_NAMES[suggestion.category])
    parts.append(
        _rows(
            [
                (QCoreApplication.translate("Reports", "Criteria"), _h(criteria)),
                (
                    QCoreApplication.translate("Reports", "Assessment version"),
                    _h(
                        QCoreApplication.translate(
                            "Reports", "version {number} of {when}, by {author}; SHA-256 {hash}"
                        ).format(
                            number=version.number,
                            when=_when(version.created_at),
                            author=version.author,
                            hash=version.content_sha256,
                        )
                    ),
                ),
                (
                    QCoreApplication.translate("Reports", "Suggested category"),
                    f"<b>{_h(category)}</b> — {_h(QCoreApplication.translate('Reports', 'for the MDT to confirm'))}<br/>"
                    f"<span class='muted'>{_h(suggestion.summary())}</span>",
                ),
            ]
        )
    )
    parts.append(_vessel_table(version.inputs.measurements))
    if suggestion.fired:
        decisive = set(map(id, suggestion.decisive))
        reasons = "".join(
            f"<li>{'<b>' if id(f) in decisive else ''}{_h(f.reason)}"
            f"{'</b>' if id(f) in decisive else ''}</li>"
            for f in suggestion.fired
        )
        parts.append(
            f"<p><b>{_h(QCoreApplication.translate('Reports', 'Rules that fired'))}</b> "
            f"<span class='muted'>{_h(QCoreApplication.translate('Reports', '(in bold: those that set the category)'))}</span></p>"
            f"<ul>{reasons}</ul>"
        )
    parts.append(_findings(report))
    parts.append(structured_section(report))
    return "".join(parts)


def _vessel_table(measurements: Sequence[VesselMeasurement]) -> str:
    if not measurements:
        return f"<p class='muted'>{_h(QCoreApplication.translate('Reports', 'No vessel was measured.'))}</p>"
    body = []
    for m in measurements:
        override = "—"
        if m.override is not None:
            override = _h(
                QCoreApplication.translate("Reports", "{angle} by {author}, {when}").format(
                    angle=_degrees(m.override.angle_deg),
                    author=m.override.author,
                    when=_when(m.override.at),
                )
            )
            if m.override.reason:
                override += f"<br/><span class='muted'>{_h(m.override.reason)}</span>"
        length = "—" if m.length_mm is None else f"{m.length_mm:.1f} mm"
        body.append(
            [
                _h(_vessel_name(m)),
                _degrees(m.angle_deg),
                override,
                f"<b>{_degrees(m.effective_angle_deg)}</b>",
                length,
            ]
        )
    return _grid(
        [
            QCoreApplication.translate("Reports", "Vessel"),
            QCoreApplication.translate("Reports", "Measured angle"),
            QCoreApplication.translate("Reports", "Override (who, when)"),
            QCoreApplication.translate("Reports", "Angle the criteria read"),
            QCoreApplication.translate("Reports", "Contact length"),
        ],
        body,
    )


def _findings(report: AssessmentReport) -> str:
    inputs = report.version.inputs
    items = [
        QCoreApplication.translate("Reports", "{vessel}: {finding} — recorded by {author}").format(
            vessel=translate_message(VESSEL_NAMES[f.vessel]),
            finding=translate_message(f.name),
            author=f.author,
        )
        + (f" ({f.note})" if f.note else "")
        for f in inputs.findings
    ]
    for v in inputs.variants:
        touches = (
            QCoreApplication.translate("Reports", "touches the tumour")
            if v.touches_tumour
            else QCoreApplication.translate("Reports", "no tumour contact")
        )
        items.append(
            QCoreApplication.translate(
                "Reports", "{variant} ({touches}) — recorded by {author}"
            ).format(
                variant=v.description or translate_message(VARIANT_NAMES[v.kind]),
                touches=touches,
                author=v.author,
            )
        )
    if inputs.reconstruction is not None:
        items.append(
            QCoreApplication.translate(
                "Reports", "SMV–portal vein reconstructible: {value} — judged by {author}"
            ).format(
                value=translate_message(RECONSTRUCTIBILITY_NAMES[inputs.reconstruction.value]),
                author=inputs.reconstruction.author,
            )
        )
    heading = f"<p><b>{_h(QCoreApplication.translate('Reports', 'Findings'))}</b></p>"
    if not items:
        return (
            heading
            + f"<p class='muted'>{_h(QCoreApplication.translate('Reports', 'No findings recorded.'))}</p>"
        )
    return heading + "<ul>" + "".join(f"<li>{_h(i)}</li>" for i in items) + "</ul>"


def _value(report_field: ReportField) -> str:
    if report_field.status is FieldStatus.NOT_APPLICABLE:
        return f"<span class='muted'>{_h(QCoreApplication.translate('Reports', 'not applicable'))}</span>"
    if report_field.status is FieldStatus.TO_BE_COMPLETED or report_field.value is None:
        return f"<span class='muted'>{_h(QCoreApplication.translate('Reports', 'to be completed'))}</span>"
    template = SAR_APA_FIELDS[report_field.key]
    value = report_field.value
    if template.kind is FieldKind.NUMBER and isinstance(value, int | float):
        return _h(f"{value:g} {template.unit}".strip())
    labels = {c.value: c.label for c in template.choices}
    values = value if isinstance(value, tuple) else (str(value),)
    return _h(", ".join(translate_message(labels.get(v, v)) for v in values))


def _source(source: FieldSource, report: AssessmentReport) -> str:
    match source.kind:
        case SourceKind.SEGMENT:
            name = report.segment_names.get(source.reference)
            if name:
                return QCoreApplication.translate("Reports", "segment “{name}”").format(name=name)
        case SourceKind.KEY_IMAGE:
            caption = report.key_image_captions.get(source.reference)
            if caption:
                return QCoreApplication.translate("Reports", "key image “{caption}”").format(
                    caption=caption
                )
        case SourceKind.ENTERED if source.at is not None:
            return QCoreApplication.translate("Reports", "entered by {user} ({when})").format(
                user=source.reference, when=_when(source.at)
            )
        case _:
            pass
    return translate_message(source.describe())


def structured_section(report: AssessmentReport) -> str:
    """The SAR/APA report: each section's fields, values and what each rests on."""
    structured = report.structured
    parts = [
        f"<h3>{_h(QCoreApplication.translate('Reports', 'Structured report (SAR/APA)'))}</h3>",
        f"<p class='muted'>{_h(SAR_APA_CITATION)}</p>",
    ]
    for section in SAR_APA_SECTIONS:
        body = []
        for template in section.fields:
            report_field = structured.field(template.key)
            rests_on = "; ".join(_source(s, report) for s in report_field.sources)
            body.append([_h(template.label), _value(report_field), _h(rests_on or "—")])
        parts.append(f"<p><b>{_h(section.title)}</b></p>")
        parts.append(
            _grid(
                [
                    QCoreApplication.translate("Reports", "Field"),
                    QCoreApplication.translate("Reports", "Value"),
                    QCoreApplication.translate("Reports", "Rests on"),
                ],
                body,
                (42, 18, 40),
            )
        )
    return "".join(parts)


def citations_text(citations: Sequence[Citation]) -> str:
    """What a decision cites, as HTML lines: version number and short hash of each item."""
    if not citations:
        return _h(QCoreApplication.translate("Reports", "No evidence cited."))
    lines = []
    for citation in citations:
        line = translate_message(citation.describe())
        if citation.kind is CitationKind.ASSESSMENT and citation.assessment is not None:
            line = QCoreApplication.translate(
                "Reports", "{citation}: {category} suggested ({criteria})"
            ).format(
                citation=line,
                category=translate_message(citation.assessment.category_text),
                criteria=citation.assessment.criteria_name,
            )
        if citation.kind is CitationKind.LIVER_PLAN and citation.liver_plan is not None:
            line = QCoreApplication.translate("Reports", "{citation}: {summary}").format(
                citation=line, summary=translate_message(citation.liver_plan.summary())
            )
        lines.append(_h(line))
    return "<br/>".join(lines)
