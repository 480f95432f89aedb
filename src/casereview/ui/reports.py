"""PDF reports of MDT outcomes with Qt's own PDF writer (no browser).

Two reports: the outcome of one case (for the patient's record and the referring team) and the
summary of a whole meeting. Both carry the key images, key measurements, the decision with its
amendments, the attendees and the chair's sign-off. Data comes from
``services.case_summary``; key images are drawn from the volumes by ``render.key_images``.

The same renderer writes the case report a package carries (:func:`case_report_pdf`, registered
for the exchange by ``casereview.app.exchange_setup``), so the app and the partner read one
document. Text is set in a font that covers Latin, accented and Chinese script (Noto Sans CJK,
found by ``render.font_files``); ``QPdfWriter`` embeds the subset of every font it uses, so the
PDF shows the same text on any reader.

The writer needs a ``QGuiApplication`` (:func:`report_application` gives the running one or an
offscreen one) and works in any thread: only ``QTextDocument``, ``QImage`` and ``QPdfWriter``
are used.
"""

from __future__ import annotations

import html
import logging
import os
import re
import sys
import threading
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication

from casereview.domain.annotations import Annotation, KeyImage
from casereview.domain.decision_evidence import Citation
from casereview.domain.decisions import ActionItem, Decision, DecisionContent
from casereview.domain.liver_plan_record import LiverPlanVersion
from casereview.domain.meetings import (
    Attendee,
    Meeting,
    MeetingDetail,
    QuorumStatus,
)
from casereview.domain.progress import CancelToken, ProgressReporter, no_progress
from casereview.errors import CasereviewError
from casereview.messages import Message
from casereview.render.font_files import image_font_files
from casereview.services.case_summary import (
    CaseSummary,
    MeetingSummary,
    case_summary,
    meeting_summary,
)
from casereview.services.meetings import get_meeting
from casereview.store.database import Database
from casereview.ui.meetings.labels import label
from casereview.ui.report_assessment import assessment_section, citations_text
from casereview.ui.report_liver import liver_plan_section

if TYPE_CHECKING:
    from casereview.services.assessment_report import AssessmentReport

log = logging.getLogger(__name__)

#: Pixels of the longer side of a key image in the PDF (about 9 cm at 150 dpi).
KEY_IMAGE_PIXELS = 512

#: Draws one key image as RGB pixels, or raises CasereviewError when it cannot.
KeyImageRenderer = Callable[[KeyImage], np.ndarray]


@dataclass(frozen=True, slots=True)
class ReportOptions:
    """What goes into a report besides the case data.

    Parameters
    ----------
    institution
        Printed in the header.
    author
        Display name of the user who produced the report.
    hide_identity
        Leave patient name, ID and birth date out (e.g. for teaching).
    """

    institution: str = ""
    author: str = ""
    hide_identity: bool = False


def volume_key_image_renderer(db: Database) -> KeyImageRenderer:
    """A renderer that loads each key image's series (cached) and draws the view offscreen,
    with the case's annotations that lie on its plane."""
    from casereview.services.annotations import key_image_scene_masks, list_annotations
    from casereview.services.volumes import VolumeCache, load_series_volume, series_id_for_uid

    cache = VolumeCache(1024 * 2**20)
    annotations: dict[int, list[Annotation]] = {}

    def render(key_image: KeyImage) -> np.ndarray:
        # Imported here so that reports without key images never load VTK.
        from casereview.render.key_images import render_key_image

        series_id = series_id_for_uid(db, key_image.reference.series_instance_uid)
        volume = load_series_volume(db, series_id, cache=cache)
        if key_image.case_id not in annotations:
            annotations[key_image.case_id] = list_annotations(db, key_image.case_id)
        return render_key_image(
            volume,
            key_image,
            (KEY_IMAGE_PIXELS, KEY_IMAGE_PIXELS),
            annotations=annotations[key_image.case_id],
            masks=key_image_scene_masks(db, key_image),  # a 3-D key image's surfaces
        )

    return render


def _qimage(pixels: np.ndarray) -> QImage:
    rgb = np.ascontiguousarray(pixels[..., :3], dtype=np.uint8)
    height, width = rgb.shape[:2]
    return QImage(rgb.data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()


def _when(value: datetime | None) -> str:
    if value is None:
        return ""
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def _e(text: str) -> str:
    return html.escape(text).replace("\n", "<br/>")


#: Families for Latin and accented text, the first one installed is used (Debian's
#: fonts-noto-core, DejaVu, Windows and macOS). Latin comes from them, not from the CJK font:
#: Qt writes no text mapping (ToUnicode) for the digit forms Noto Sans CJK shapes in Latin
#: runs, so a reader or search could not get the digits of a date or a dose back.
LATIN_FAMILIES = ("Noto Sans", "DejaVu Sans", "Arial", "Helvetica")

_font_lock = threading.Lock()
_report_families: list[tuple[str, ...]] = []
_applications: list[QGuiApplication] = []


def report_application() -> QGuiApplication:
    """The Qt application the PDF writer needs: the running one, else an offscreen one.

    A ``QApplication`` (not only a ``QGuiApplication``) so that a process which later shows
    widgets, such as a test session, can still do so; on the display's own platform when
    there is one (or the one ``QT_QPA_PLATFORM`` names), because VTK cannot draw in windows of
    the offscreen platform. Call it from the main thread.
    """
    app = QApplication.instance()
    if app is None:
        arguments = ["casereview"]
        if _without_display():
            arguments += ["-platform", "offscreen"]
        app = QApplication(arguments)
        # Kept for the life of the process: a package export may need it again.
        _applications.append(app)
    assert isinstance(app, QGuiApplication)
    return app


def _without_display() -> bool:
    """Whether Qt's default platform would fail for want of a display (a Linux server)."""
    if os.environ.get("QT_QPA_PLATFORM") or not sys.platform.startswith("linux"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def report_font_families() -> tuple[str, ...]:
    """The font families of reports: Latin ones, then the CJK one (registered once per process).

    Qt takes each character from the first family that has it, so Chinese comes from the CJK
    font. Its file, found by :func:`casereview.render.font_files.image_font_files`, is added to
    Qt's application fonts, so Chinese does not depend on what the platform's font database
    offers.
    """
    with _font_lock:
        if not _report_families:
            families: list[str] = []
            files = image_font_files()
            for path in dict.fromkeys(files or ()):
                font_id = QFontDatabase.addApplicationFont(os.fspath(path))
                names = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
                # A collection holds the same design for several regions: Simplified Chinese
                # first (the hospital's script), then the others for their own glyph forms.
                families += sorted(
                    (name for name in names if "Mono" not in name),
                    key=lambda name: (not name.endswith(" SC"), name),
                )
            _report_families.append(tuple(dict.fromkeys([*LATIN_FAMILIES, *families])))
        return _report_families[0]


def _style(families: Sequence[str]) -> str:
    listed = ", ".join(f"'{family}'" for family in families)
    return "body { font-family: " + listed + ", sans-serif; }" + _STYLE


_STYLE = """
body { font-size: 10pt; color: #111; }
h1 { font-size: 17pt; margin: 0 0 4px 0; }
h2 { font-size: 13pt; margin: 14px 0 4px 0; border-bottom: 1px solid #999; }
h3 { font-size: 11pt; margin: 10px 0 2px 0; }
table.grid { border-collapse: collapse; }
table.grid td, table.grid th { border: 1px solid #999; padding: 3px 5px; }
th { background: #e6e6e6; text-align: left; }
.muted { color: #555; }
.signed { color: #0a5; font-weight: bold; }
.unsigned { color: #b00; font-weight: bold; }
.caption { font-size: 9pt; color: #333; }
"""


#: Height of the band under each page's text that holds the page footer (millimetres).
FOOTER_MM = 10.0
#: Size of the page footer's text (points).
FOOTER_POINTS = 7.5


@dataclass(frozen=True, slots=True)
class PageFooter:
    """What the foot of every page of a report says, besides "Page 2 of 5".

    Each line is already translated; an empty line is left out. A page that strays from the
    rest (printed, filed, scanned) still tells which case, meeting and, unless the report hides
    identity, which patient it belongs to.
    """

    case: str = ""
    meeting: str = ""
    patient: str = ""

    def lines(self) -> list[str]:
        """The footer's lines, top first."""
        first = " — ".join(part for part in (self.case, self.meeting) if part)
        return [line for line in (first, self.patient) if line]


def case_footer(
    summary: CaseSummary, options: ReportOptions, meeting: Meeting | None
) -> PageFooter:
    """The page footer of a report about one case (patient left out when identity is hidden)."""
    case = QCoreApplication.translate("Reports", "Case #{id}: {title}").format(
        id=summary.case.id, title=summary.case.title
    )
    patient = ""
    if not options.hide_identity:
        patient = QCoreApplication.translate("Reports", "Patient: {identity}").format(
            identity=summary.identity.as_text()
        )
    return PageFooter(case, meeting_footer(meeting) if meeting is not None else "", patient)


def meeting_footer(meeting: Meeting) -> str:
    """The meeting a report belongs to, for its page footer: title and date."""
    return QCoreApplication.translate("Reports", "Meeting: {title}, {when}").format(
        title=meeting.title, when=_when(meeting.scheduled_at)
    )


def page_number_text(page: int, pages: int) -> str:
    """ "Page 2 of 5", translated."""
    return QCoreApplication.translate("Reports", "Page {page} of {pages}").format(
        page=page, pages=pages
    )


def _print_pages(
    document: QTextDocument, writer: QPdfWriter, footer: PageFooter, families: Sequence[str]
) -> None:
    """Lay ``document`` out in pages above a footer band and print each page with its footer.

    ``QTextDocument.print_`` numbers pages but cannot say more, so the pages are drawn here.
    """
    resolution = writer.resolution()
    paint = writer.pageLayout().paintRectPixels(resolution)
    band = FOOTER_MM / 25.4 * resolution
    # Laid out for the writer itself: fonts and pictures keep their sizes on the page.
    document.documentLayout().setPaintDevice(writer)
    body = QSizeF(paint.width(), paint.height() - band)
    document.setPageSize(body)
    pages = document.pageCount()
    font = QFont()
    font.setFamilies(list(families))
    font.setPointSizeF(FOOTER_POINTS)
    painter = QPainter()
    if not painter.begin(writer):
        raise CasereviewError(Message("The PDF report could not be produced."))
    try:
        for index in range(pages):
            if index:
                writer.newPage()
            top = index * body.height()
            painter.save()
            painter.translate(0, -top)
            document.drawContents(painter, QRectF(0, top, body.width(), body.height()))
            painter.restore()
            _draw_footer(
                painter,
                font,
                QRectF(0, body.height(), body.width(), band),
                footer.lines(),
                page_number_text(index + 1, pages),
            )
    finally:
        painter.end()


def _draw_footer(
    painter: QPainter, font: QFont, band: QRectF, lines: Sequence[str], number: str
) -> None:
    """A thin rule, the footer's lines on the left (elided to fit) and the page number on the
    right."""
    painter.save()
    painter.setFont(font)
    metrics = QFontMetricsF(font, painter.device())
    rule_y = band.top() + metrics.height() * 0.6
    painter.setPen(QPen(QColor("#999999"), 1.0))
    painter.drawLine(QPointF(band.left(), rule_y), QPointF(band.right(), rule_y))
    painter.setPen(QColor("#444444"))
    number_width = metrics.horizontalAdvance(number)
    text_width = band.width() - number_width - metrics.averageCharWidth() * 4
    y = rule_y + metrics.height() * 0.4
    painter.drawText(
        QRectF(band.right() - number_width, y, number_width, metrics.height()),
        int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
        number,
    )
    for line in lines:
        shown = metrics.elidedText(line, Qt.TextElideMode.ElideRight, text_width)
        painter.drawText(
            QRectF(band.left(), y, text_width, metrics.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
            shown,
        )
        y += metrics.height()
    painter.restore()


class _Builder:
    """Accumulates the HTML of a report and the images it references."""

    def __init__(
        self,
        options: ReportOptions,
        renderer: KeyImageRenderer | None,
        page_footer: PageFooter | None = None,
        *,
        assessments: Mapping[int, AssessmentReport] | None = None,
        evidence: Mapping[int, Sequence[Citation]] | None = None,
        liver_plans: Mapping[int, LiverPlanVersion] | None = None,
    ) -> None:
        self.options = options
        self.renderer = renderer
        self.page_footer = page_footer or PageFooter()
        #: Resectability assessments by case id, printed with their case.
        self.assessments = assessments or {}
        #: What each decision cites, by decision id.
        self.evidence = evidence or {}
        #: Liver resection plans by case id, printed with their case.
        self.liver_plans = liver_plans or {}
        self.parts: list[str] = []
        self.images: dict[str, QImage] = {}

    def add(self, text: str) -> None:
        self.parts.append(text)

    def header(self, title: str, subtitle: str) -> None:
        institution = _e(self.options.institution) if self.options.institution else ""
        self.add(f"<p class='muted'>{institution}</p><h1>{_e(title)}</h1>")
        self.add(f"<p>{subtitle}</p>")

    def meeting_block(self, meeting: Meeting) -> None:
        rows = [
            (QCoreApplication.translate("Reports", "Meeting"), _e(meeting.title)),
            (QCoreApplication.translate("Reports", "Date"), _e(_when(meeting.scheduled_at))),
            (QCoreApplication.translate("Reports", "Location"), _e(meeting.location or "—")),
            (QCoreApplication.translate("Reports", "Remote link"), _e(meeting.remote_link or "—")),
            (QCoreApplication.translate("Reports", "Chair"), _e(meeting.chair or "—")),
        ]
        self.add(_table(rows))

    def attendees(self, attendees: Sequence[Attendee], quorum: QuorumStatus | None) -> None:
        self.add("<h2>" + _e(QCoreApplication.translate("Reports", "Attendees")) + "</h2>")
        if not attendees:
            self.add(
                "<p class='muted'>"
                + _e(QCoreApplication.translate("Reports", "No attendees recorded."))
                + "</p>"
            )
        else:
            header = [
                QCoreApplication.translate("Reports", "Name"),
                QCoreApplication.translate("Reports", "Role"),
                QCoreApplication.translate("Reports", "Specialty"),
                QCoreApplication.translate("Reports", "Institution"),
                QCoreApplication.translate("Reports", "Attendance"),
            ]
            body = [
                [
                    a.name,
                    label(a.role),
                    a.specialty,
                    a.institution,
                    label(a.attendance),
                ]
                for a in attendees
            ]
            self.add(_grid(header, body))
        if quorum is not None:
            if quorum.met:
                text = QCoreApplication.translate(
                    "Reports", "Quorum met: {n} taking part (at least {m} required)."
                ).format(n=quorum.taking_part, m=quorum.minimum)
            else:
                missing = ", ".join(label(r) for r in quorum.missing_roles)
                text = QCoreApplication.translate(
                    "Reports",
                    "Quorum NOT met: {n} taking part (at least {m} required); missing: {missing}.",
                ).format(n=quorum.taking_part, m=quorum.minimum, missing=missing or "—")
            self.add(f"<p>{_e(text)}</p>")

    def case(self, summary: CaseSummary, number: int | None = None) -> None:
        title = summary.case.title if number is None else f"{number}. {summary.case.title}"
        self.add(f"<h2>{_e(title)}</h2>")
        rows = []
        if not self.options.hide_identity:
            rows.append(
                (QCoreApplication.translate("Reports", "Patient"), _e(summary.identity.as_text()))
            )
        rows += [
            (
                QCoreApplication.translate("Reports", "Question for the MDT"),
                _e(summary.question or "—"),
            ),
            (QCoreApplication.translate("Reports", "History"), _e(summary.history or "—")),
            (QCoreApplication.translate("Reports", "Staging"), _e(summary.staging or "—")),
        ]
        self.add(_table(rows))
        self.measurements(summary)
        self.key_images(summary)
        if summary.case.id in self.assessments:
            self.add(assessment_section(self.assessments[summary.case.id]))
        if summary.case.id in self.liver_plans:
            self.add(liver_plan_section(self.liver_plans[summary.case.id]))
        if summary.saved_views:
            names = ", ".join(v.name for v in summary.saved_views)
            self.add(
                "<p><b>"
                + _e(QCoreApplication.translate("Reports", "Saved 3-D views"))
                + f":</b> {_e(names)}</p>"
            )
        self.decisions(summary.decisions)
        self.actions(summary.actions)

    def measurements(self, summary: CaseSummary) -> None:
        self.add("<h3>" + _e(QCoreApplication.translate("Reports", "Key measurements")) + "</h3>")
        if not summary.measurements:
            self.add(
                "<p class='muted'>"
                + _e(QCoreApplication.translate("Reports", "No measurements recorded."))
                + "</p>"
            )
            return
        body = [[m.label, m.value, m.author] for m in summary.measurements]
        self.add(
            _grid(
                [
                    QCoreApplication.translate("Reports", "What"),
                    QCoreApplication.translate("Reports", "Value"),
                    QCoreApplication.translate("Reports", "By"),
                ],
                body,
            )
        )

    def key_images(self, summary: CaseSummary) -> None:
        self.add("<h3>" + _e(QCoreApplication.translate("Reports", "Key images")) + "</h3>")
        if not summary.key_images:
            self.add(
                "<p class='muted'>"
                + _e(QCoreApplication.translate("Reports", "No key images selected."))
                + "</p>"
            )
            return
        cells = []
        for key_image in summary.key_images:
            caption = key_image.caption or key_image.orientation.capitalize()
            picture = self._picture(key_image)
            cells.append(
                f"<td valign='top'>{picture}<br/><span class='caption'>{_e(caption)}</span></td>"
            )
        rows = ["<tr>" + "".join(cells[i : i + 2]) + "</tr>" for i in range(0, len(cells), 2)]
        self.add("<table cellpadding='4'>" + "".join(rows) + "</table>")

    def _picture(self, key_image: KeyImage) -> str:
        if self.renderer is None:
            return (
                "<span class='muted'>"
                + _e(QCoreApplication.translate("Reports", "(image not drawn)"))
                + "</span>"
            )
        try:
            pixels = self.renderer(key_image)
        except (CasereviewError, ImportError, OSError) as exc:
            log.warning("key image %s not drawn: %s", key_image.uuid, exc.__class__.__name__)
            return (
                "<span class='muted'>"
                + _e(
                    QCoreApplication.translate("Reports", "Image unavailable: {reason}").format(
                        reason=str(exc)
                    )
                )
                + "</span>"
            )
        name = f"keyimage://{key_image.uuid}"
        self.images[name] = _qimage(pixels)
        return f"<img src='{name}' width='300'/>"

    def decisions(self, decisions: Sequence[Decision]) -> None:
        self.add("<h3>" + _e(QCoreApplication.translate("Reports", "Decision")) + "</h3>")
        if not decisions:
            self.add(
                "<p class='unsigned'>"
                + _e(QCoreApplication.translate("Reports", "No decision recorded."))
                + "</p>"
            )
            return
        current = [d for d in decisions if d.is_current]
        for decision in reversed(current):
            self.decision(decision)
        superseded = [d for d in decisions if not d.is_current]
        if superseded:
            self.add(
                "<p><b>"
                + _e(QCoreApplication.translate("Reports", "Earlier versions (amended)"))
                + "</b></p>"
            )
            for decision in reversed(superseded):
                content = decision.content
                when = _when(decision.signed_at)
                self.add(
                    f"<p class='muted'>#{decision.id}: {_e(_recommendation(content))} — "
                    + _e(
                        QCoreApplication.translate("Reports", "signed by {who} on {when}").format(
                            who=decision.signed_by, when=when
                        )
                    )
                    + " — "
                    + _e(QCoreApplication.translate("Reports", "amended by"))
                    + f" #{decision.superseded_by_id}</p>"
                )

    def decision(self, decision: Decision) -> None:
        content = decision.content
        name = label(content.recommendation)
        detail = content.procedure or content.other
        rows = [
            (
                QCoreApplication.translate("Reports", "Recommendation"),
                f"<b>{_e(name)}</b>" + (f": {_e(detail)}" if detail else ""),
            ),
            (QCoreApplication.translate("Reports", "Intent"), _e(label(content.intent))),
            (QCoreApplication.translate("Reports", "Rationale"), _e(content.rationale)),
            (
                QCoreApplication.translate("Reports", "Guideline"),
                _e(content.guideline_reference or "—"),
            ),
            (
                QCoreApplication.translate("Reports", "Clinical trial"),
                _e(label(content.trial_eligibility))
                + (f" ({_e(content.trial_reference)})" if content.trial_reference else ""),
            ),
            (QCoreApplication.translate("Reports", "Staging"), _e(content.staging or "—")),
            (
                QCoreApplication.translate("Reports", "Dissent"),
                _e(content.dissent or QCoreApplication.translate("Reports", "None recorded")),
            ),
            (
                QCoreApplication.translate("Reports", "Participants"),
                _e(", ".join(content.participants) or "—"),
            ),
        ]
        if decision.id in self.evidence:
            rows.append(
                (
                    QCoreApplication.translate("Reports", "Evidence cited"),
                    citations_text(self.evidence[decision.id]),
                )
            )
        if decision.amends_id is not None:
            rows.append(
                (
                    QCoreApplication.translate("Reports", "Amends"),
                    _e(
                        QCoreApplication.translate(
                            "Reports", "decision #{id}; reason: {reason}"
                        ).format(id=decision.amends_id, reason=decision.amendment_reason)
                    ),
                )
            )
        if decision.is_signed and not decision.signed_by:
            # A partner's copy: staff names are left out of what leaves the hospital.
            sign = QCoreApplication.translate("Reports", "Signed off on {when}").format(
                when=_when(decision.signed_at)
            )
        elif decision.is_signed:
            sign = QCoreApplication.translate(
                "Reports", "Signed off by {who} on {when} (recorded by {user})"
            ).format(
                who=decision.signed_by,
                when=_when(decision.signed_at),
                user=decision.signed_by_username,
            )
            rows.append(
                (
                    QCoreApplication.translate("Reports", "Sign-off"),
                    f"<span class='signed'>{_e(sign)}</span>",
                )
            )
        else:
            rows.append(
                (
                    QCoreApplication.translate("Reports", "Sign-off"),
                    "<span class='unsigned'>"
                    + _e(QCoreApplication.translate("Reports", "DRAFT — not signed by the chair"))
                    + "</span>",
                )
            )
        self.add(_table(rows))

    def actions(self, actions: Sequence[ActionItem]) -> None:
        if not actions:
            return
        self.add("<h3>" + _e(QCoreApplication.translate("Reports", "Action items")) + "</h3>")
        body = [
            [a.description, a.owner, a.due.isoformat() if a.due else "—", label(a.status)]
            for a in actions
        ]
        self.add(
            _grid(
                [
                    QCoreApplication.translate("Reports", "Action"),
                    QCoreApplication.translate("Reports", "Owner"),
                    QCoreApplication.translate("Reports", "Due"),
                    QCoreApplication.translate("Reports", "Status"),
                ],
                body,
            )
        )

    def footer(self) -> None:
        now = _when(datetime.now(UTC))
        if self.options.author:
            made = QCoreApplication.translate(
                "Reports", "Produced {when} by {who} with casereview."
            ).format(when=now, who=self.options.author)
        else:  # a partner's copy names no one
            made = QCoreApplication.translate("Reports", "Produced {when} with casereview.").format(
                when=now
            )
        note = QCoreApplication.translate(
            "Reports",
            "casereview supports case review and team discussion. It is not cleared for primary "
            "diagnosis; clinical decisions rest with the treating team.",
        )
        self.add(f"<p class='muted'><br/>{_e(made)}<br/>{_e(note)}</p>")

    def write(self, out: Path, title: str) -> Path:
        """Write the PDF to ``out``.

        Raises
        ------
        CasereviewError
            If the file cannot be written.
        """
        return _write_pdf(out, self.pdf(title))

    def pdf(self, title: str) -> bytes:
        """The report as PDF bytes (A4, every font embedded as a subset).

        Raises
        ------
        CasereviewError
            If Qt produced no document.
        """
        families = report_font_families()
        document = QTextDocument()
        font = QFont()
        font.setFamilies(list(families))
        document.setDefaultFont(font)
        document.setDefaultStyleSheet(_style(families))
        document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
        for name, image in self.images.items():
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        document.setHtml("<html><body>" + "".join(self.parts) + "</body></html>")
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setTitle(title)
        writer.setCreator("casereview")
        writer.setResolution(150)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(15, 15, 15, 15),
                QPageLayout.Unit.Millimeter,
            )
        )
        _print_pages(document, writer, self.page_footer, families)
        del writer  # finishes the document
        buffer.close()
        pdf = bytes(data.data())
        if not pdf.startswith(b"%PDF"):
            raise CasereviewError(Message("The PDF report could not be produced."))
        return searchable_chinese(pdf)


#: A CMap's mapping blocks; Qt writes them uncompressed.
_CMAP_BLOCK = re.compile(rb"begin(bfrange|bfchar)\n(.*?)end\1", re.DOTALL)
_CMAP_ARRAY = re.compile(rb"\[([^\]]*)\]")
_CMAP_CHAR = re.compile(rb"^(<[0-9A-Fa-f]+> )(<[0-9A-Fa-f]{4}>)", re.MULTILINE)
_HEX4 = re.compile(rb"<([0-9A-Fa-f]{4})>")


def _unified(match: re.Match[bytes]) -> bytes:
    """A Kangxi radical or compatibility ideograph as its unified ideograph (same length)."""
    char = chr(int(match.group(1), 16))
    if not ("\u2e80" <= char <= "\u2fdf" or "\uf900" <= char <= "\ufaff"):
        return match.group(0)
    unified = unicodedata.normalize("NFKC", char)
    if len(unified) != 1 or ord(unified) > 0xFFFF:
        return match.group(0)
    return b"<%04X>" % ord(unified)


def searchable_chinese(pdf: bytes) -> bytes:
    """``pdf`` with its text maps pointing Chinese glyphs at the ideographs, not the radicals.

    Noto Sans CJK draws an ideograph such as 支 and the Kangxi radical ⽀ with one glyph; Qt's
    text map (ToUnicode) names the lowest code point of a glyph, so a reader copying or
    searching "支架" found "⽀架". Each such entry is rewritten to the unified ideograph; the
    codes have the same length, so no offset in the file moves.
    """

    def block(match: re.Match[bytes]) -> bytes:
        body = match.group(2)
        if match.group(1) == b"bfchar":
            body = _CMAP_CHAR.sub(lambda m: m.group(1) + _HEX4.sub(_unified, m.group(2)), body)
        else:
            body = _CMAP_ARRAY.sub(lambda m: b"[" + _HEX4.sub(_unified, m.group(1)) + b"]", body)
        return b"begin" + match.group(1) + b"\n" + body + b"end" + match.group(1)

    return _CMAP_BLOCK.sub(block, pdf)


def _write_pdf(out: Path, data: bytes) -> Path:
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(data)
    except OSError as exc:
        raise CasereviewError(
            Message("The PDF {name} could not be written; check the folder.", name=out.name)
        ) from exc
    return out


def _recommendation(content: DecisionContent) -> str:
    name = label(content.recommendation)
    detail = content.procedure or content.other
    return f"{name}: {detail}" if detail else name


def _table(rows: Sequence[tuple[str, str]]) -> str:
    body = "".join(f"<tr><th width='28%'>{_e(k)}</th><td>{v}</td></tr>" for k, v in rows)
    return f"<table class='grid' width='100%' cellspacing='0'>{body}</table>"


def _grid(header: Sequence[str], body: Sequence[Sequence[str]]) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in header)
    rows = "".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in row) + "</tr>" for row in body)
    return f"<table class='grid' width='100%' cellspacing='0'><tr>{head}</tr>{rows}</table>"


def write_case_report(
    db: Database,
    case_id: int,
    out: Path,
    options: ReportOptions,
    *,
    agenda_item_id: int | None = None,
    renderer: KeyImageRenderer | None = None,
    progress: ProgressReporter = no_progress,
    cancel: CancelToken | None = None,
) -> Path:
    """Write the MDT outcome report of one case as PDF.

    Parameters
    ----------
    agenda_item_id
        The case's item at a meeting (its meeting, attendees and decision are reported);
        without it, the case's most recent meeting if any.
    renderer
        Draws key images; :func:`volume_key_image_renderer` in the application.

    Raises
    ------
    NotFoundError
        If the case does not exist.
    CasereviewError
        If the file cannot be written.
    """
    from casereview.services.meetings import meetings_of_case

    progress(0, 3, QCoreApplication.translate("Reports", "Gathering the case"))
    detail: MeetingDetail | None = None
    if agenda_item_id is None:
        meetings = meetings_of_case(db, case_id)
        if meetings:
            detail = get_meeting(db, meetings[0].id)
            agenda_item_id = next(i.id for i in detail.agenda if i.case_id == case_id)
    summary = case_summary(db, case_id, agenda_item_id)
    if detail is None and summary.item is not None:
        detail = get_meeting(db, summary.item.meeting_id)
    if cancel is not None:
        cancel.raise_if_cancelled()
    # Imported here: the assessment's services load the measuring code, which a report of a
    # case without one, and the rest of this module's users, need not wait for.
    from casereview.services.assessment_report import assessment_report
    from casereview.services.decision_evidence import citable_liver_plan, evidence_by_decision

    assessment = assessment_report(db, case_id)
    liver_plan = citable_liver_plan(db, case_id)
    evidence = evidence_by_decision(db, [d.id for d in summary.decisions])
    progress(1, 3, QCoreApplication.translate("Reports", "Drawing key images"))
    data = case_report_pdf(
        summary,
        options,
        detail=detail,
        renderer=renderer,
        assessment=assessment,
        evidence=evidence,
        liver_plan=liver_plan,
    )
    if cancel is not None:
        cancel.raise_if_cancelled()
    progress(2, 3, QCoreApplication.translate("Reports", "Writing the PDF"))
    path = _write_pdf(out, data)
    progress(3, 3, QCoreApplication.translate("Reports", "Writing the PDF"))
    return path


def case_report_pdf(
    summary: CaseSummary,
    options: ReportOptions,
    *,
    detail: MeetingDetail | None = None,
    renderer: KeyImageRenderer | None = None,
    assessment: AssessmentReport | None = None,
    evidence: Mapping[int, Sequence[Citation]] | None = None,
    liver_plan: LiverPlanVersion | None = None,
) -> bytes:
    """The MDT outcome report of one case as PDF bytes: the one renderer of case reports.

    :func:`write_case_report` writes it for the app; a package carries it for a partner (built
    from a summary whose free text went through the export's identity scrubber, with
    ``options.hide_identity`` set and no meeting ``detail``, whose attendees are staff).

    Parameters
    ----------
    summary
        The case as the MDT sees it.
    options
        Institution, author and whether the patient's identity is shown.
    detail
        The meeting the case was discussed at: its details and attendees are reported.
    renderer
        Draws key images; without one each key image is listed by its caption.
    assessment
        The case's resectability assessment and SAR/APA report, printed in a section of
        their own. A package's copy leaves it out: its authors' names and notes are staff
        text the export's scrubber has not been through.
    evidence
        What each decision cites, by decision id (version numbers and short hashes).
    liver_plan
        The case's liver resection plan, printed in a section of its own (the newest, or a
        partner's when the case has none). A package's copy leaves it out, as the assessment.

    Raises
    ------
    CasereviewError
        If Qt produced no document.
    """
    meeting = detail.meeting if detail is not None else None
    builder = _Builder(
        options,
        renderer,
        case_footer(summary, options, meeting),
        assessments={summary.case.id: assessment} if assessment is not None else None,
        evidence=evidence,
        liver_plans={summary.case.id: liver_plan} if liver_plan is not None else None,
    )
    title = QCoreApplication.translate("Reports", "MDT outcome report")
    builder.header(title, _e(summary.case.title))
    if detail is not None:
        builder.meeting_block(detail.meeting)
    builder.case(summary)
    if detail is not None:
        builder.attendees(detail.attendees, detail.quorum)
    builder.footer()
    return builder.pdf(title)


def write_meeting_report(
    db: Database,
    meeting_id: int,
    out: Path,
    options: ReportOptions,
    *,
    renderer: KeyImageRenderer | None = None,
    progress: ProgressReporter = no_progress,
    cancel: CancelToken | None = None,
) -> Path:
    """Write the summary of a meeting (every case, its decision, attendees) as PDF.

    Raises
    ------
    NotFoundError
        If the meeting does not exist.
    CasereviewError
        If the file cannot be written.
    """
    summary: MeetingSummary = meeting_summary(db, meeting_id)
    total = len(summary.cases) + 2
    progress(0, total, QCoreApplication.translate("Reports", "Gathering the meeting"))
    meeting = summary.meeting
    from casereview.services.decision_evidence import evidence_by_decision

    evidence = evidence_by_decision(db, [d.id for case in summary.cases for d in case.decisions])
    builder = _Builder(
        options, renderer, PageFooter(meeting=meeting_footer(meeting)), evidence=evidence
    )
    builder.header(
        QCoreApplication.translate("Reports", "MDT meeting summary"),
        _e(
            QCoreApplication.translate("Reports", "{title}, {when} — {n} cases").format(
                title=meeting.title, when=_when(meeting.scheduled_at), n=len(summary.cases)
            )
        ),
    )
    builder.meeting_block(meeting)
    builder.attendees(summary.detail.attendees, summary.detail.quorum)
    for number, case in enumerate(summary.cases, start=1):
        if cancel is not None:
            cancel.raise_if_cancelled()
        builder.case(case, number)
        progress(number, total, QCoreApplication.translate("Reports", "Drawing key images"))
    builder.footer()
    path = builder.write(out, QCoreApplication.translate("Reports", "MDT meeting summary"))
    progress(total, total, QCoreApplication.translate("Reports", "Writing the PDF"))
    return path
