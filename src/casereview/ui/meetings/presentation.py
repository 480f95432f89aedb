"""Presentation mode: the meeting on the shared screen, readable from the back of the room.

Full screen, high contrast, large type that follows the screen's height and scales (+/-);
Page Down/Up (what presenter remotes send) step through each case's key images and then to the
next case. The key image takes the left two thirds of the screen, whole, whatever the text
size; the case's text (question, history, staging, every measurement) scrolls in the column on
the right, above the decision form (D hides it, or it can be detached to a second screen); V
opens the 2-D viewer on the case's imaging in place of the key image, A the resectability
assessment and L the liver resection plan (``ui.liver.slide``). The key images around the
one on screen are drawn off the UI thread while it is shown (``prepared_images``), so Page Down
shows the next at once.

Patient identity is hidden. It is shown only on purpose: the "Show identity" button or its
chord (Ctrl+Shift+H, never a single letter that a person typing a decision could hit), and it is
hidden again whenever another case comes on screen. While the window is open the whole
application uses the dark theme (``ui.theme``), so its popups and dialogs are readable too.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QGuiApplication,
    QImage,
    QPixmap,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from casereview.domain.meetings import MeetingStatus
from casereview.domain.progress import CancelToken, ProgressReporter
from casereview.domain.volume import Volume
from casereview.errors import CasereviewError
from casereview.services import cases as case_service
from casereview.services import meetings as meeting_service
from casereview.services.case_summary import CaseSummary, MeetingSummary, meeting_summary
from casereview.services.decision_evidence import citable_liver_plan
from casereview.services.volumes import VolumeCache, load_series_volume, series_id_for_uid
from casereview.session import SeriesInfo
from casereview.ui.browser import format_person_name
from casereview.ui.context import WorkstationContext
from casereview.ui.errors import ErrorPresenter
from casereview.ui.liver.slide import LiverPlanSlide
from casereview.ui.meetings.decision_form import DecisionForm, open_draft_store
from casereview.ui.meetings.labels import label
from casereview.ui.meetings.prepared_images import (
    KeyImageDrawer,
    PreparedKeyImages,
    key_image_drawer,
)
from casereview.ui.resectability.data import WorkbenchData, load_workbench
from casereview.ui.resectability.slide import AssessmentSlide
from casereview.ui.tasks import TaskRunner
from casereview.ui.theme import DarkTheme
from casereview.ui.viewer import ViewerWidget

log = logging.getLogger(__name__)

#: Body text size in points at scale 1.0: readable from about 8 m on a 2 m wide projection.
BASE_POINTS = 22
#: Screen height (pixels) the point sizes are for; the type follows the window's height (within
#: TYPE_FOLLOWS_HEIGHT) so that a 720-line projector shows the same slide as a 1080-line one.
REFERENCE_HEIGHT = 1080
TYPE_FOLLOWS_HEIGHT = (0.6, 1.5)
SCALES = (0.7, 0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)
#: The text column's share of the width at the default text size and at the largest: larger
#: type gets a little more room, and the key image still covers most of the screen.
TEXT_SHARE = (1 / 3, 0.38)
#: Milliseconds a window resize must rest before key images are drawn at the new size.
RESIZE_REST_MS = 150

_STYLE = """
QWidget#presentation {{ background: #000000; }}
QWidget#presentation QLabel {{ color: #ffffff; font-size: {body}pt; }}
QWidget#presentation QWidget#viewer QLabel {{ color: #ffffff; font-size: {hint}pt; }}
QWidget#presentation QLabel#meetingHeader {{ color: #ffd400; font-size: {small}pt; font-weight: bold; }}
QWidget#presentation QLabel#caseTitle {{ font-size: {title}pt; font-weight: bold; }}
QWidget#presentation QLabel#identityLabel {{ color: #7fdbff; font-size: {small}pt; }}
QWidget#presentation QPushButton#identityButton {{ background: #333333; color: #7fdbff;
    border: 1px solid #7fdbff; font-size: {hint}pt; padding: 2px 10px; }}
QWidget#presentation QLabel#keyImageCaption {{ color: #ffd400; }}
QWidget#presentation QLabel#hintBar {{ color: #bbbbbb; font-size: {legend}pt; }}
QWidget#presentation QLabel#measurementsHeading {{ color: #ffd400; }}
QWidget#presentation QLabel#assessmentCategory {{ color: #ffd400; font-size: {title}pt;
    font-weight: bold; }}
QWidget#presentation QLabel#assessmentReasons, QWidget#presentation QLabel#assessmentVessels,
QWidget#presentation QLabel#vesselTitle {{ font-size: {small}pt; }}
QWidget#presentation QLabel#liverPlanTitle {{ color: #ffd400; font-size: {title}pt;
    font-weight: bold; }}
QWidget#presentation QLabel#liverPlanValue {{ font-size: {big}pt; font-weight: bold; }}
QWidget#presentation QLabel#liverPlanMeasure {{ font-size: {title}pt; }}
QWidget#presentation QLabel#liverPlanVersion, QWidget#presentation QLabel#liverPlanVolumes
{{ font-size: {small}pt; }}
QFrame#slide {{ border: none; }}
QWidget#blankScreen {{ background: #000000; }}
QScrollArea#detailsScroll, QScrollArea#detailsScroll > QWidget > QWidget {{ background: #000000; }}
QWidget#presentation QLabel#decisionHeading {{ color: #ffd400; font-size: {small}pt;
    font-weight: bold; }}
QWidget#decisionHost QHeaderView::section {{ background: #333333; color: #ffffff;
    font-size: {form}pt; border: 1px solid #666666; }}
QScrollArea#decisionPanel {{ background: #111111; border-left: 3px solid #ffd400; }}
QWidget#decisionHost {{ background: #111111; }}
QWidget#decisionHost QLabel, QWidget#decisionHost QGroupBox {{ color: #ffffff;
    font-size: {form}pt; }}
QWidget#decisionHost QLineEdit, QWidget#decisionHost QPlainTextEdit,
QWidget#decisionHost QComboBox, QWidget#decisionHost QListWidget,
QWidget#decisionHost QTableWidget, QWidget#decisionHost QDateEdit {{
    background: #000000; color: #ffffff; border: 1px solid #888888; font-size: {form}pt; }}
QWidget#decisionHost QLineEdit:read-only, QWidget#decisionHost QPlainTextEdit:read-only {{
    background: #161616; color: #d9d9d9; border: 1px solid #444444; }}
QWidget#decisionHost QLineEdit:disabled, QWidget#decisionHost QPlainTextEdit:disabled,
QWidget#decisionHost QComboBox:disabled, QWidget#decisionHost QListWidget:disabled,
QWidget#decisionHost QDateEdit:disabled {{
    background: #262626; color: #7a7a7a; border: 1px dashed #4d4d4d; }}
QWidget#decisionHost QLabel:disabled {{ color: #7a7a7a; }}
QWidget#decisionHost QPushButton {{ background: #ffd400; color: #000000; font-size: {form}pt;
    font-weight: bold; padding: 4px 10px; }}
QWidget#decisionHost QPushButton:disabled {{ background: #555555; color: #bbbbbb; }}
"""


def _unbroken_units(text: str) -> str:
    """``text`` with each number tied to the word after it ("38.0 mm" never splits a line)."""
    return re.sub(r"(?<=\d) (?=\S)", "&nbsp;", text)


class PresentationWindow(QWidget):
    """One meeting on the shared screen.

    Parameters
    ----------
    context
        The application (database, settings, current user).
    meeting_id
        The meeting to present, in agenda order.
    volume_cache
        Shared with the main window so a series opened there is not read twice.
    full_screen
        Show full screen (tests show a fixed 1920×1080 window instead).
    drawer
        Draws a key image at a size; from the case's series and marks by default.
    screen
        Where to show it (the projector); the primary screen when ``None``.
    """

    #: Emitted when the window closes.
    closed = Signal()
    #: Emitted when another case or key image comes on screen (read :attr:`case_index` and
    #: :attr:`image_index`); a remote joint review shows the same at partners.
    page_changed = Signal()

    def __init__(
        self,
        context: WorkstationContext,
        meeting_id: int,
        volume_cache: VolumeCache,
        *,
        full_screen: bool = True,
        drawer: KeyImageDrawer | None = None,
        screen: QScreen | None = None,
    ) -> None:
        super().__init__(None)
        self.setObjectName("presentation")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowTitle(QCoreApplication.translate("Meetings", "casereview — MDT presentation"))
        self.context = context
        self.meeting_id = meeting_id
        self.volume_cache = volume_cache
        self.errors = ErrorPresenter(self, context.paths.log_file)
        self.tasks = TaskRunner(self, self.errors, keyboard_stays=True)
        #: Key images drawn ahead of the one on screen, by key image and size.
        self.prepared = PreparedKeyImages(
            self.tasks, drawer or key_image_drawer(context.db, volume_cache), self
        )
        self.prepared.drawn.connect(self._image_drawn)
        self.summary: MeetingSummary = meeting_summary(context.db, meeting_id)
        self.case_index = 0
        self.image_index = 0
        self.hide_phi = True
        self.scale_index = SCALES.index(1.0)
        self._shown_source: QSize | None = None
        self._styled_for = 1.0
        self._viewed: set[int] = set()
        self._announced: tuple[int, int] | None = None
        # A resize comes as a stream of sizes: draw for the one the window settles at.
        self._resize_rest = QTimer(self)
        self._resize_rest.setSingleShot(True)
        self._resize_rest.setInterval(RESIZE_REST_MS)
        self._resize_rest.timeout.connect(self._prepare_around)
        self.viewer: ViewerWidget | None = None
        #: The case's resectability assessment shown in place of the key images (key A).
        self.assessment: AssessmentSlide | None = None
        #: The case's liver resection plan shown in place of the key images (key L).
        self.liver_plan: LiverPlanSlide | None = None

        self.header = QLabel(self)
        self.header.setObjectName("meetingHeader")
        self.header.setWordWrap(True)
        self.title = QLabel(self)
        self.title.setObjectName("caseTitle")
        self.title.setWordWrap(True)
        self.identity = QLabel(self)
        self.identity.setObjectName("identityLabel")
        self.identity.setWordWrap(True)
        # Showing identity is a deliberate click (or Ctrl+Shift+H); the button never takes the
        # keyboard focus, so a key typed afterwards still goes where it went before.
        self.identity_button = QPushButton(self)
        self.identity_button.setObjectName("identityButton")
        self.identity_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.identity_button.clicked.connect(self.toggle_identity)
        self.details = QLabel(self)
        self.details.setObjectName("caseSummary")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # Every measurement on a line of its own, all of them (the column scrolls).
        self.measurements_heading = QLabel(
            QCoreApplication.translate("Meetings", "Key measurements"), self
        )
        self.measurements_heading.setObjectName("measurementsHeading")
        self.measurements_heading.setWordWrap(True)
        self.measurements_box = QWidget(self)
        self.measurements_layout = QVBoxLayout(self.measurements_box)
        self.measurements_layout.setContentsMargins(0, 0, 0, 0)
        self.measurement_rows: list[QLabel] = []
        self.picture = QLabel(self)
        self.picture.setObjectName("keyImage")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setWordWrap(True)
        self.picture.setMinimumSize(320, 240)
        # Ignored: the drawing is made for the place the layout gives, never the reverse (a
        # picture that sized its own place pushed the text, and large text shrank it).
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.picture.installEventFilter(self)
        self.caption = QLabel(self)
        self.caption.setObjectName("keyImageCaption")
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.hint = QLabel(self)
        self.hint.setObjectName("hintBar")
        self.hint.setWordWrap(True)
        self.hint.setText(
            QCoreApplication.translate(
                "Meetings",
                "PgDn/PgUp next/previous · Ctrl+Shift+H show/hide identity · +/− text size · "
                "D decision panel · S decision on second screen · V viewer · A assessment · "
                "L liver plan · B blank · Esc leave",
            )
        )

        self.stage = QStackedWidget(self)
        self.stage.addWidget(self.picture)

        # The case's text scrolls in its column: whatever its length and the text size, it
        # never pushes the key image.
        slide = QFrame(self)
        slide.setObjectName("slide")
        slide.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        slide_layout = QVBoxLayout(slide)
        slide_layout.setContentsMargins(0, 0, 8, 0)
        slide_layout.addWidget(self.header)
        slide_layout.addWidget(self.title)
        identity_row = QHBoxLayout()
        identity_row.addWidget(self.identity)
        identity_row.addWidget(self.identity_button)
        identity_row.addStretch(1)
        slide_layout.addLayout(identity_row)
        slide_layout.addWidget(self.caption)
        slide_layout.addWidget(self.details)
        slide_layout.addWidget(self.measurements_heading)
        slide_layout.addWidget(self.measurements_box)
        slide_layout.addStretch(1)
        self.details_scroll = QScrollArea(self)
        self.details_scroll.setObjectName("detailsScroll")
        self.details_scroll.setWidgetResizable(True)
        self.details_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.details_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.details_scroll.setWidget(slide)
        self.details_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.form = DecisionForm(
            context.db,
            lambda: self.context.user.username,
            self.errors,
            self,
            drafts=open_draft_store(context.paths.root, context.paths.keys, self.errors),
        )
        self.form.decision_changed.connect(self._decision_changed)
        host = QWidget(self)
        host.setObjectName("decisionHost")
        host.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        host_layout = QVBoxLayout(host)
        heading = QLabel(QCoreApplication.translate("Meetings", "Decision"), host)
        heading.setObjectName("decisionHeading")
        host_layout.addWidget(heading)
        host_layout.addWidget(self.form)
        self.side = QScrollArea(self)
        self.side.setObjectName("decisionPanel")
        self.side.setWidgetResizable(True)
        self.side.setWidget(host)

        self.body = QHBoxLayout(self)
        self.body.setContentsMargins(16, 16, 16, 16)
        self.body.addWidget(self.stage)
        #: The text column: the case's text, the decision form (when docked), the keys.
        self.column = QVBoxLayout()
        self.column.addWidget(self.details_scroll, 3)
        self.column.addWidget(self.side, 2)
        self.column.addWidget(self.hint)
        self.body.addLayout(self.column)
        # B or "." (the "blank" button of presenter remotes) turns the screen black.
        self.blank = QWidget(self)
        self.blank.setObjectName("blankScreen")
        self.blank.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.blank.hide()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # The dark palette first, then the style sheet: widgets polished by the style sheet
        # keep the palette they were polished with (a drop-down's list among them).
        DarkTheme.acquire()
        self._theme_held = True
        try:
            self._apply_style()
            self._start_meeting()
            self.show_case(0)
        except BaseException:
            self._theme_held = False
            DarkTheme.release()
            raise
        if screen is not None:
            self.setScreen(screen)
            self.move(screen.geometry().topLeft())
        if full_screen:
            self.showFullScreen()
        else:
            self.resize(1920, 1080)

    # --- appearance -------------------------------------------------------------------

    @property
    def scale(self) -> float:
        """Current text scale (1.0 is the default size)."""
        return SCALES[self.scale_index]

    def _screen_factor(self) -> float:
        """How much larger than on a 1080-line screen the type is drawn (in steps of 5 %)."""
        low, high = TYPE_FOLLOWS_HEIGHT
        return min(high, max(low, round(self.height() / REFERENCE_HEIGHT * 20) / 20))

    def _apply_style(self) -> None:
        self._styled_for = self._screen_factor()
        points = BASE_POINTS * self.scale * self._styled_for
        larger = (min(self.scale, SCALES[-1]) - 1.0) / (SCALES[-1] - 1.0)
        text_share = TEXT_SHARE[0] + max(0.0, larger) * (TEXT_SHARE[1] - TEXT_SHARE[0])
        self.body.setStretch(0, round(1000 * (1 - text_share)))
        self.body.setStretch(1, round(1000 * text_share))
        self.setStyleSheet(
            _STYLE.format(
                body=round(points),
                # A title in a third of the screen: large, but a long word must still fit.
                title=round(max(points * 1.15, min(points * 1.6, 44.0))),
                # The liver plan's FLR and sFLR: the numbers the room reads first.
                big=round(points * 2.2),
                small=round(points * 0.8),
                hint=round(max(11.0, points * 0.6)),
                # The keys' legend is for the presenter at the screen, not for the room.
                legend=round(max(10.0, min(15.0 * self._styled_for, points * 0.6))),
                # The form is typed by the secretary; beyond this it no longer fits its column.
                form=round(max(10.0, min(18.0 * self._styled_for, points * 0.6))),
            )
        )

    def change_scale(self, step: int) -> None:
        """Make the type larger (``step`` > 0) or smaller."""
        self.scale_index = max(0, min(len(SCALES) - 1, self.scale_index + step))
        self._apply_style()
        self._show_image()

    def set_hide_phi(self, hide: bool) -> None:
        """Hide or show the identity of the patient whose case is on the shared screen."""
        self.hide_phi = hide
        if self.viewer is not None:
            self.viewer.set_hide_phi(hide)
        self._show_identity()

    def toggle_identity(self) -> None:
        """Show the identity of the case on screen if hidden, hide it if shown."""
        self.set_hide_phi(not self.hide_phi)

    def toggle_blank(self) -> None:
        """Black out the shared screen (e.g. while a patient's identity is discussed)."""
        if self.blank.isVisible():
            self.blank.hide()
        else:
            self.blank.setGeometry(self.rect())
            self.blank.raise_()
            self.blank.show()

    def toggle_decision_panel(self) -> None:
        """Show or hide the decision side panel."""
        self.side.setVisible(not self.side.isVisible())

    def toggle_second_screen(self) -> None:
        """Move the decision form to a window of its own (on the second screen if there is
        one, so the chair or secretary types there while the room sees the case), or back."""
        if self.side.parent() is self:
            self.column.removeWidget(self.side)
            self.side.setParent(None)
            self.side.setWindowTitle(
                QCoreApplication.translate("Meetings", "casereview — MDT decision")
            )
            self.side.setStyleSheet(self.styleSheet())
            screens = QGuiApplication.screens()
            mine = self.screen()
            other = next((s for s in screens if s is not mine), None)
            if other is not None:
                self.side.setGeometry(other.availableGeometry())
                self.side.showMaximized()
            else:
                self.side.resize(760, 900)
                self.side.show()
        else:
            self.side.hide()
            self.side.setStyleSheet("")
            self.side.setParent(self)
            self.column.insertWidget(1, self.side, 2)
            self.side.show()

    # --- navigation -------------------------------------------------------------------

    @property
    def current(self) -> CaseSummary | None:
        """The case on screen."""
        cases = self.summary.cases
        return cases[self.case_index] if cases else None

    def next(self) -> None:
        """Next key image of the case, or the next case."""
        case = self.current
        if case is None:
            return
        if self.image_index + 1 < len(case.key_images):
            self.image_index += 1
            self._show_image()
        elif self.case_index + 1 < len(self.summary.cases):
            self.show_case(self.case_index + 1)

    def previous(self) -> None:
        """Previous key image of the case, or the last one of the previous case."""
        if self.current is None:
            return
        if self.image_index > 0:
            self.image_index -= 1
            self._show_image()
        elif self.case_index > 0:
            self.show_case(self.case_index - 1)
            self.image_index = max(0, len(self.summary.cases[self.case_index].key_images) - 1)
            self._show_image()

    def show_case(self, index: int) -> None:
        """Put case number ``index`` (0-based, agenda order) on screen, identity hidden."""
        self._close_viewer()
        self._close_assessment()
        self._close_liver_plan()
        # Identity shown for one patient is never carried over to the next one.
        self.hide_phi = True
        cases = self.summary.cases
        self.case_index = max(0, min(index, len(cases) - 1)) if cases else 0
        self.image_index = 0
        meeting = self.summary.meeting
        case = self.current
        if case is None:
            self.header.setText(meeting.title)
            self.title.setText(
                QCoreApplication.translate("Meetings", "This meeting has no cases on its agenda.")
            )
            self.details.clear()
            self.form.set_item(self.summary.detail, None)
            self._show_identity()
            self._show_image()
            return
        self._show_header()
        self.title.setText(case.case.title)
        self._show_identity()
        self._show_details()
        self.form.set_item(self.summary.detail, case.item)
        self.details_scroll.verticalScrollBar().setValue(0)
        self._show_image()
        self._record_view(case)

    def _show_header(self) -> None:
        cases = self.summary.cases
        if not cases:
            return
        quorum = self.summary.detail.quorum
        self.header.setText(
            QCoreApplication.translate(
                "Meetings", "{meeting} · case {n} of {total} · {quorum}"
            ).format(
                meeting=self.summary.meeting.title,
                n=self.case_index + 1,
                total=len(cases),
                quorum=QCoreApplication.translate("Meetings", "quorum met")
                if quorum.met
                else QCoreApplication.translate("Meetings", "NO QUORUM"),
            )
        )

    def _record_view(self, case: CaseSummary) -> None:
        if case.case.id in self._viewed:
            return
        self._viewed.add(case.case.id)
        try:
            case_service.record_case_viewed(
                self.context.db, case.case.id, self.context.user.username, "presentation"
            )
        except CasereviewError as exc:
            self.errors.present(exc)

    def _show_identity(self) -> None:
        case = self.current
        self.identity_button.setVisible(case is not None)
        self.identity_button.setText(
            QCoreApplication.translate("Meetings", "Show identity")
            if self.hide_phi
            else QCoreApplication.translate("Meetings", "Hide identity")
        )
        if case is None:
            self.identity.clear()
        elif self.hide_phi:
            self.identity.setText(QCoreApplication.translate("Meetings", "Patient identity hidden"))
        else:
            identity = case.identity
            parts = [format_person_name(identity.name), identity.patient_id]
            date = identity.birth_date
            if len(date) == 8 and date.isdigit():
                parts.append(f"{date[:4]}-{date[4:6]}-{date[6:]}")
            self.identity.setText(" · ".join(p for p in parts if p))

    def _show_details(self) -> None:
        case = self.current
        assert case is not None

        def block(heading: str, text: str) -> str:
            body = html.escape(text).replace("\n", "<br/>") if text else "—"
            return f"<p><span style='color:#ffd400'>{html.escape(heading)}</span><br/>{body}</p>"

        parts = [
            block(QCoreApplication.translate("Meetings", "Question"), case.question),
            block(QCoreApplication.translate("Meetings", "History"), case.history),
            block(QCoreApplication.translate("Meetings", "Staging"), case.staging),
        ]
        if case.saved_views:
            names = ", ".join(v.name for v in case.saved_views)
            parts.append(block(QCoreApplication.translate("Meetings", "Saved 3-D views"), names))
        current = case.current
        if current is not None:
            state = (
                QCoreApplication.translate("Meetings", "signed")
                if current.is_signed
                else QCoreApplication.translate("Meetings", "draft")
            )
            text = f"{label(current.content.recommendation)} ({state})"
            parts.append(block(QCoreApplication.translate("Meetings", "Decision"), text))
        self.details.setText("".join(parts))
        self._show_measurements(case)

    def _show_measurements(self, case: CaseSummary) -> None:
        # Labels are reused from one case to the next; only the count changes.
        lines = [
            f"{html.escape(m.label)}: <b>{_unbroken_units(html.escape(m.value))}</b>"
            for m in case.measurements
        ] or [html.escape(QCoreApplication.translate("Meetings", "none recorded"))]
        while len(self.measurement_rows) < len(lines):
            row = QLabel(self.measurements_box)
            row.setObjectName("measurement")
            row.setWordWrap(True)
            row.setTextFormat(Qt.TextFormat.RichText)
            self.measurements_layout.addWidget(row)
            self.measurement_rows.append(row)
        for row, line in zip(self.measurement_rows, lines, strict=False):
            row.setText(line)
            row.show()
        for row in self.measurement_rows[len(lines) :]:
            row.hide()
            row.clear()

    def image_size(self) -> QSize:
        """Pixels the key image is drawn at: the whole of its place on screen."""
        ratio = self.picture.devicePixelRatioF()
        size = self.picture.contentsRect().size()
        return QSize(round(size.width() * ratio), round(size.height() * ratio))

    def shown_image_size(self) -> QSize | None:
        """Pixels of the drawing on screen (shown scaled when it was made for another size)."""
        return self._shown_source if not self.picture.pixmap().isNull() else None

    def show_key_image(self, case_index: int, image_index: int) -> None:
        """Put key image ``image_index`` of case ``case_index`` (0-based) on screen."""
        if case_index != self.case_index or self.current is None:
            self.show_case(case_index)
        self.image_index = max(0, image_index)
        self._show_image()

    def _announce_page(self) -> None:
        page = (self.case_index, self.image_index)
        if page != self._announced:
            self._announced = page
            self.page_changed.emit()

    def _show_image(self) -> None:
        case = self.current
        if case is None or not case.key_images:
            self._show_picture_text(
                QCoreApplication.translate(
                    "Meetings", "No key images for this case — press V to open the viewer"
                )
            )
            self.caption.clear()
            self._announce_page()
            return
        self.image_index = min(self.image_index, len(case.key_images) - 1)
        self._announce_page()
        key_image = case.key_images[self.image_index]
        counter = QCoreApplication.translate("Meetings", "Key image {n} of {total}").format(
            n=self.image_index + 1, total=len(case.key_images)
        )
        caption = key_image.caption or key_image.orientation.capitalize()
        self.caption.setText(f"{counter} — {caption}")
        size = self.image_size()
        drawn = self.prepared.image(key_image, size)
        if drawn is None:
            # Drawn for another size (the window was resized): shown scaled, whole, until the
            # drawing for this size arrives.
            drawn = self.prepared.nearest(key_image)
        if isinstance(drawn, QImage):
            self._show_drawing(drawn, size)
        elif isinstance(drawn, str):
            self._show_picture_text(
                QCoreApplication.translate(
                    "Meetings", "This key image cannot be drawn: {reason}"
                ).format(reason=drawn)
            )
        else:
            self._show_picture_text(QCoreApplication.translate("Meetings", "Drawing key images…"))
        # Before the window is shown its places have no final size yet: the first resize
        # starts the drawing.
        if self.isVisible() and not self._resize_rest.isActive():
            self._prepare_around()

    def _show_drawing(self, image: QImage, size: QSize) -> None:
        pixmap = QPixmap.fromImage(image)
        if image.size() != size:
            pixmap = pixmap.scaled(
                size,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        pixmap.setDevicePixelRatio(self.picture.devicePixelRatioF())
        self.picture.setPixmap(pixmap)
        self._shown_source = image.size()

    def _show_picture_text(self, text: str) -> None:
        self.picture.clear()
        self._shown_source = None
        self.picture.setText(text)

    def _prepare_around(self) -> None:
        """Draw, in this order: the key image on screen, the case's others, the next case's,
        the previous case's (Page Up)."""
        cases = self.summary.cases
        if not cases:
            return
        current = cases[self.case_index].key_images
        order = [*current[self.image_index :], *current[: self.image_index]]
        for neighbour in (self.case_index + 1, self.case_index - 1):
            if 0 <= neighbour < len(cases):
                order.extend(cases[neighbour].key_images)
        self.prepared.want(order, self.image_size())

    def _image_drawn(self, uuid: str) -> None:
        case = self.current
        if case is not None and case.key_images:
            shown = case.key_images[min(self.image_index, len(case.key_images) - 1)]
            if shown.uuid == uuid:
                self._show_image()

    # --- viewer -----------------------------------------------------------------------

    def toggle_assessment(self) -> None:
        """Show the case's resectability assessment in place of the key images, or close it."""
        if self.assessment is not None:
            self._close_assessment()
            return
        case = self.current
        if case is None:
            return
        self._close_viewer()
        self._close_liver_plan()
        db, cache, index = self.context.db, self.volume_cache, self.case_index
        case_id = case.case.id

        def work(progress: ProgressReporter, cancel: CancelToken) -> WorkbenchData:
            return load_workbench(db, case_id, cache, progress, cancel)

        def show(data: WorkbenchData) -> None:
            if index != self.case_index or self.assessment is not None:
                return
            self.assessment = AssessmentSlide(data, self.stage)
            self.stage.addWidget(self.assessment)
            self.stage.setCurrentWidget(self.assessment)

        self.tasks.run(
            QCoreApplication.translate("Meetings", "Reading the resectability assessment"),
            work,
            show,
        )

    def _close_assessment(self) -> None:
        if self.assessment is None:
            return
        slide, self.assessment = self.assessment, None
        self.stage.setCurrentIndex(0)
        self.stage.removeWidget(slide)
        slide.deleteLater()

    def toggle_liver_plan(self) -> None:
        """Show the case's liver resection plan in place of the key images, or close it.

        The plan shown is the one a decision cites by default (the case's newest; a partner's
        when the case has none of its own); a case without one says so.
        """
        if self.liver_plan is not None:
            self._close_liver_plan()
            return
        case = self.current
        if case is None:
            return
        try:
            # One row read: quicker than a trip through the task runner.
            version = citable_liver_plan(self.context.db, case.case.id)
        except CasereviewError as exc:
            self.errors.present(exc)
            return
        self._close_viewer()
        self._close_assessment()
        self.liver_plan = LiverPlanSlide(version, self.stage)
        self.stage.addWidget(self.liver_plan)
        self.stage.setCurrentWidget(self.liver_plan)

    def _close_liver_plan(self) -> None:
        if self.liver_plan is None:
            return
        slide, self.liver_plan = self.liver_plan, None
        self.stage.setCurrentIndex(0)
        self.stage.removeWidget(slide)
        slide.deleteLater()

    def toggle_viewer(self) -> None:
        """Open the 2-D viewer on the case's first series in place of the key images, or close it."""
        if self.viewer is not None:
            self._close_viewer()
            return
        self._close_assessment()
        self._close_liver_plan()
        case = self.current
        if case is None or not case.case.series_ids:
            return
        db, cache = self.context.db, self.volume_cache
        # The series of the key image on screen; else the case's first series.
        series_id = case.case.series_ids[0]
        if case.key_images:
            uid = case.key_images[self.image_index].reference.series_instance_uid
            try:
                series_id = series_id_for_uid(db, uid)
            except CasereviewError:
                pass  # the key image's series left the index: show the case's first one
        identity = case.identity
        info = SeriesInfo(
            series_id,
            patient_name=format_person_name(identity.name),
            patient_id=identity.patient_id,
        )
        index = self.case_index

        def work(progress: ProgressReporter, cancel: CancelToken) -> Volume:
            return load_series_volume(db, series_id, cache=cache, progress=progress, cancel=cancel)

        def show(volume: Volume) -> None:
            if index != self.case_index or self.viewer is not None:
                return
            self.viewer = ViewerWidget(volume, info, hide_phi=self.hide_phi, parent=self.stage)
            self.stage.addWidget(self.viewer)
            self.stage.setCurrentWidget(self.viewer)

        self.tasks.run(QCoreApplication.translate("Meetings", "Loading images"), work, show)

    def _close_viewer(self) -> None:
        if self.viewer is None:
            return
        viewer, self.viewer = self.viewer, None
        self.stage.setCurrentIndex(0)
        self.stage.removeWidget(viewer)
        viewer.shutdown()
        viewer.deleteLater()

    # --- decisions --------------------------------------------------------------------

    def _decision_changed(self, decision: object) -> None:
        # Saved, signed or amended: the presenter's keys work again (signing disables the
        # focused button, and Qt would hand the focus to the action list, which takes keys).
        if self.side.parent() is self:
            self.setFocus()
        case = self.current
        if case is None or case.item is None:
            return
        try:
            self.summary = meeting_summary(self.context.db, self.meeting_id)
        except CasereviewError as exc:
            self.errors.present(exc)
            return
        self._show_details()

    def _start_meeting(self) -> None:
        if self.summary.meeting.status is not MeetingStatus.PLANNED:
            return
        try:
            meeting_service.set_meeting_status(
                self.context.db,
                self.meeting_id,
                MeetingStatus.IN_PROGRESS,
                self.context.user.username,
            )
        except CasereviewError as exc:
            self.errors.present(exc)

    def refresh_attendance(self) -> None:
        """Attendance changed elsewhere: update the quorum shown and the participants offered."""
        self.summary = meeting_summary(self.context.db, self.meeting_id)
        # Only the header and the participants: what is being typed in the form stays.
        self.form.refresh_attendees(self.summary.detail)
        self._show_header()

    @property
    def case_ids(self) -> tuple[int, ...]:
        """The cases on the agenda, in order."""
        return tuple(c.case.id for c in self.summary.cases)

    def refresh_cases(self, redrawn: Iterable[int] | None = ()) -> None:
        """Cases of the agenda changed elsewhere: read them again; the key images of the cases
        in ``redrawn`` (every case for ``None``), whose marks or key images changed, are drawn
        anew. The decision being typed stays."""
        self.prepared.forget_cases(redrawn)
        try:
            self.summary = meeting_summary(self.context.db, self.meeting_id)
        except CasereviewError as exc:
            self.errors.present(exc)
            return
        cases = self.summary.cases
        if not cases:
            self.show_case(0)
            return
        self.case_index = min(self.case_index, len(cases) - 1)
        self._show_header()
        self._show_details()
        self._show_image()

    # --- events -----------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The blank screen covers the whole window; the type follows the window's height."""
        super().resizeEvent(event)
        self.blank.setGeometry(self.rect())
        if self._screen_factor() != self._styled_for:
            self._apply_style()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The key image follows the size of its place (window resized, text size changed):
        shown scaled at once, drawn again for the new size once the size rests."""
        if watched is self.picture and event.type() == QEvent.Type.Resize:
            self._resize_rest.start()
            self._show_image()
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Keep the decision draft, stop drawing, release the viewer and the dark theme."""
        self.form.flush_draft()
        self.prepared.stop()
        self._resize_rest.stop()
        for task in self.tasks.tasks:
            task.cancel()
        self.tasks.wait_for_all(10_000)
        # Results that arrived while waiting are taken now, while their progress dialogs (the
        # window's children) still exist: the window is deleted once closed.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.MetaCall)
        self._close_viewer()
        if self.side.parent() is not self:
            self.side.close()
        if self._theme_held:
            self._theme_held = False
            DarkTheme.release()
        self.closed.emit()
        super().closeEvent(event)
