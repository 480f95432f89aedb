"""The case and study browser: patients → studies → series with thumbnails, search and
filters, and the cases under review."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QIcon,
    QImage,
    QPainter,
    QPixmap,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from casereview.domain.cases import Case, CaseStatus
from casereview.domain.identity import FlagKind
from casereview.domain.index import IndexQuery, PatientSummary
from casereview.errors import CasereviewError
from casereview.services.identity import FlagRow
from casereview.ui.qt_plugins import preload_image_plugins

log = logging.getLogger(__name__)

# Item data roles carrying internal ids (never shown).
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
# Role of a series row's thumbnail state: "pending", "ready" or "failed".
THUMBNAIL_ROLE = Qt.ItemDataRole.UserRole + 3
# Role of a flagged patient row's identity flag kind (a FlagKind value; None when unflagged).
IDENTITY_FLAG_ROLE = Qt.ItemDataRole.UserRole + 4

#: Side of the thumbnails in the tree, in device-independent pixels.
THUMBNAIL_ICON_SIZE = 56

#: Typing pauses this long (ms) before the index is searched, so each key does not query.
SEARCH_DELAY_MS = 250

#: Produces the PNG thumbnail of a series id (runs on a worker thread; may raise).
ThumbnailProvider = Callable[[int], Path]


def _tr(text: object) -> str:
    # ``QT_TRANSLATE_NOOP`` marks a str; its stub types the result as ``object``.
    return QCoreApplication.translate("Browser", str(text))


STATUS_TEXT = {
    CaseStatus.DRAFT: QT_TRANSLATE_NOOP("Browser", "Draft"),
    CaseStatus.IN_PREPARATION: QT_TRANSLATE_NOOP("Browser", "In preparation"),
    CaseStatus.READY_FOR_MDT: QT_TRANSLATE_NOOP("Browser", "Ready for MDT"),
    CaseStatus.DISCUSSED: QT_TRANSLATE_NOOP("Browser", "Discussed"),
    CaseStatus.CLOSED: QT_TRANSLATE_NOOP("Browser", "Closed"),
}


#: What a flagged patient row says, per kind of flag (tooltip of the row's warning sign).
IDENTITY_FLAG_TEXT = {
    FlagKind.POSSIBLE_SAME_PATIENT: QT_TRANSLATE_NOOP(
        "Browser",
        "Possible same patient as another row (same name and birth date). Check the images, "
        "then Patient ▸ Merge with flagged patient… or Keep apart.",
    ),
    FlagKind.IDENTITY_CONFLICT: QT_TRANSLATE_NOOP(
        "Browser",
        "Identity conflict: another row has the same Patient ID or Study Instance UID with a "
        "different name or birth date. The images were kept apart; check them, then "
        "Patient ▸ Merge with flagged patient…, Keep apart or Split studies off….",
    ),
}

#: Colours of the warning sign: amber for a possible same patient, red for a conflict.
IDENTITY_FLAG_COLOUR = {
    FlagKind.POSSIBLE_SAME_PATIENT: QColor(214, 150, 0),
    FlagKind.IDENTITY_CONFLICT: QColor(200, 40, 40),
}

_flag_icons: dict[FlagKind, QIcon] = {}


def identity_flag_icon(kind: FlagKind) -> QIcon:
    """A round warning sign in the colour of ``kind`` (made once per kind)."""
    if kind not in _flag_icons:
        pixmap = QPixmap(16, 16)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(IDENTITY_FLAG_COLOUR[kind])
        painter.drawEllipse(pixmap.rect().adjusted(1, 1, -1, -1))
        painter.setPen(QColor(255, 255, 255))
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, "!")
        painter.end()
        _flag_icons[kind] = QIcon(pixmap)
    return _flag_icons[kind]


def flag_kinds(flags: Sequence[FlagRow]) -> dict[int, FlagKind]:
    """The flag each patient row shows: a conflict outweighs a possible same patient."""
    kinds: dict[int, FlagKind] = {}
    for flag in flags:
        for patient_id in (flag.patient_pk, flag.other_patient_pk):
            if kinds.get(patient_id) is not FlagKind.IDENTITY_CONFLICT:
                kinds[patient_id] = flag.kind
    return kinds


def _format_date(value: str) -> str:
    if len(value) == 8 and value.isdigit():
        return f"{value[:4]}-{value[4:6]}-{value[6:8]}"
    return value


def _is_cjk(text: str) -> bool:
    return any(
        "\u3040" <= ch <= "\u30ff"  # kana
        or "\u3400" <= ch <= "\u9fff"  # CJK ideographs
        or "\uac00" <= ch <= "\ud7af"  # hangul
        for ch in text
    )


def _format_name_group(group: str) -> str:
    family, _, rest = group.partition("^")
    family, given = family.strip(), (rest.split("^")[0] if rest else "").strip()
    if not given:
        return family
    # Chinese, Japanese and Korean names are written family name first, without a comma.
    return f"{family}{given}" if _is_cjk(family + given) else f"{family}, {given}"


def format_person_name(dicom_name: str) -> str:
    """A DICOM PN for display: "LI, Hua", "王小明", "Yamada, Tarou (山田太郎 / やまだたろう)".

    The alphabetic, ideographic and phonetic groups (separated by ``=``) are all shown, the
    first one leading, so a name sent from Japan or Korea reads the way both sides write it.
    """
    groups = [_format_name_group(g) for g in dicom_name.split("=")]
    groups = [g for g in groups if g]
    if not groups:
        return ""
    if len(groups) == 1:
        return groups[0]
    return f"{groups[0]} ({' / '.join(groups[1:])})"


def build_index_model(
    patients: Sequence[PatientSummary],
    *,
    hide_phi: bool,
    model: QStandardItemModel,
    flags: Mapping[int, FlagKind] | None = None,
) -> None:
    """Fill ``model`` with a patient → study → series tree.

    With ``hide_phi`` the patient's name, ID and birth date are replaced by "Patient N".
    Patients in ``flags`` (patient id → kind of identity flag) carry a warning sign and say
    why in their tooltip.
    """
    flags = flags or {}
    model.clear()
    model.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("Browser", "Patient / study / series"),
            QCoreApplication.translate("Browser", "ID / modality"),
            QCoreApplication.translate("Browser", "Date"),
            QCoreApplication.translate("Browser", "Images"),
        ]
    )
    for number, patient in enumerate(patients, start=1):
        if hide_phi:
            label = QCoreApplication.translate("Browser", "Patient {n}").format(n=number)
            ident, born = "•••", ""
        else:
            label = format_person_name(patient.patient_name) or QCoreApplication.translate(
                "Browser", "(no name)"
            )
            ident, born = patient.patient_id, _format_date(patient.birth_date)
        image_total = sum(se.instance_count for st in patient.studies for se in st.series)
        row = [
            QStandardItem(label),
            QStandardItem(ident),
            QStandardItem(born),
            QStandardItem(str(image_total)),
        ]
        row[0].setData("patient", KIND_ROLE)
        row[0].setData(patient.id, ID_ROLE)
        flag = flags.get(patient.id)
        if flag is not None:
            row[0].setData(flag.value, IDENTITY_FLAG_ROLE)
            row[0].setIcon(identity_flag_icon(flag))
            for item in row:
                item.setToolTip(_tr(IDENTITY_FLAG_TEXT[flag]))
        for study in patient.studies:
            study_row = [
                QStandardItem(
                    study.description
                    or QCoreApplication.translate("Browser", "(study without description)")
                ),
                QStandardItem(
                    ", ".join(sorted({se.modality for se in study.series if se.modality}))
                ),
                QStandardItem(_format_date(study.study_date)),
                QStandardItem(str(sum(se.instance_count for se in study.series))),
            ]
            study_row[0].setData("study", KIND_ROLE)
            study_row[0].setData(study.id, ID_ROLE)
            for series in study.series:
                number_text = (
                    f"{series.series_number}: " if series.series_number is not None else ""
                )
                series_row = [
                    QStandardItem(
                        number_text
                        + (
                            series.description
                            or QCoreApplication.translate("Browser", "(no description)")
                        )
                    ),
                    QStandardItem(series.modality),
                    QStandardItem(""),
                    QStandardItem(str(series.instance_count)),
                ]
                series_row[0].setData("series", KIND_ROLE)
                series_row[0].setData(series.id, ID_ROLE)
                series_row[0].setData("pending", THUMBNAIL_ROLE)
                study_row[0].appendRow(series_row)
            row[0].appendRow(study_row)
        model.appendRow(row)
    for item_row in range(model.rowCount()):
        for column in range(model.columnCount()):
            item = model.item(item_row, column)
            if item is not None:
                item.setEditable(False)


def build_case_model(cases: Sequence[Case], model: QStandardItemModel) -> None:
    """Fill ``model`` with one row per case."""
    model.clear()
    model.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("Browser", "Case"),
            QCoreApplication.translate("Browser", "Status"),
            QCoreApplication.translate("Browser", "Tags"),
            QCoreApplication.translate("Browser", "Series"),
            QCoreApplication.translate("Browser", "Updated"),
            QCoreApplication.translate("Browser", "Author"),
        ]
    )
    for case in cases:
        row = [
            QStandardItem(case.title),
            QStandardItem(_tr(STATUS_TEXT[case.status])),
            QStandardItem(", ".join(case.tags)),
            QStandardItem(str(len(case.series_ids))),
            QStandardItem(case.updated_at.astimezone().strftime("%Y-%m-%d %H:%M")),
            QStandardItem(case.created_by),
        ]
        row[0].setData("case", KIND_ROLE)
        row[0].setData(case.id, ID_ROLE)
        row[0].setToolTip(case.clinical_question)
        for item in row:
            item.setEditable(False)
        model.appendRow(row)


class _ThumbnailSignals(QObject):
    finished = Signal(int, int, object, str)


class _ThumbnailJob(QRunnable):
    """Renders (or finds in the disk cache) one series thumbnail on a worker thread."""

    def __init__(self, provider: ThumbnailProvider, series_id: int, key: int) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python owns it; the browser drops it when it reports
        self.signals = _ThumbnailSignals()
        self._provider = provider
        self.series_id = series_id
        self._key = key

    def run(self) -> None:
        try:
            # QImage (unlike QPixmap) may be created off the UI thread.
            image = QImage(str(self._provider(self.series_id)))
            failure = "" if not image.isNull() else "unreadable PNG"
        except CasereviewError as exc:
            image, failure = None, type(exc).__name__
        except Exception as exc:  # a bug must not kill the worker; it is logged, PHI-free
            image, failure = None, type(exc).__name__
            log.error(
                "thumbnail of series %d failed with %s:\n%s",
                self.series_id,
                type(exc).__name__,
                "".join(traceback.format_tb(exc.__traceback__)),
            )
        self.signals.finished.emit(self.series_id, self._key, image, failure)


class Browser(QWidget):
    """Search and filters on top, the study tree, and the cases below.

    Emits :attr:`selection_changed` when the selection moves and :attr:`query_changed` when the
    user changes the search text or a filter (the window then queries the core again).
    """

    selection_changed = Signal()
    query_changed = Signal()
    #: Emitted with the series id when its thumbnail is shown (or failed).
    thumbnail_finished = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index_model = QStandardItemModel(self)
        self.case_model = QStandardItemModel(self)
        self.hide_phi = False
        self._patients: list[PatientSummary] = []
        self._flags: dict[int, FlagKind] = {}
        self._series_items: dict[int, QStandardItem] = {}
        # Thumbnails in memory by (series id, image count): a series that gains images is
        # asked for again (its middle image may have changed); the disk cache does the rest.
        self._thumbnails: dict[tuple[int, int], QIcon | None] = {}
        self._thumbnail_jobs: dict[tuple[int, int], _ThumbnailJob] = {}
        self._thumbnail_provider: ThumbnailProvider | None = None
        self._thumbnail_pool = QThreadPool(self)
        preload_image_plugins()  # thumbnails are drawn off this thread (see ui/qt_plugins.py)
        # One worker: decoding holds the GIL, and a second thread would only slow the UI.
        self._thumbnail_pool.setMaxThreadCount(1)
        self._tiles: dict[str, QIcon] = {}
        self._modalities: dict[int, str] = {}

        self._build_filters()

        self.index_view = QTreeView(self)
        self.index_view.setObjectName("studyTree")
        self.index_view.setModel(self.index_model)
        self.index_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # Series rows are taller (thumbnails) than patient and study rows.
        self.index_view.setUniformRowHeights(False)
        self.index_view.setIconSize(QSize(THUMBNAIL_ICON_SIZE, THUMBNAIL_ICON_SIZE))
        self.index_view.setAlternatingRowColors(True)
        self.index_view.selectionModel().selectionChanged.connect(self.selection_changed)

        self.case_view = QTableView(self)
        self.case_view.setObjectName("caseTable")
        self.case_view.setModel(self.case_model)
        self.case_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.case_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.case_view.verticalHeader().hide()
        self.case_view.setAlternatingRowColors(True)

        self.index_heading = QLabel(self)
        self.case_heading = QLabel(self)
        for heading in (self.index_heading, self.case_heading):
            heading.setObjectName("sectionHeading")
        self.index_empty_hint = QLabel(self)
        self.index_empty_hint.setObjectName("emptyHint")
        self.index_empty_hint.setWordWrap(True)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.index_heading)
        top_layout.addWidget(self.filter_bar)
        top_layout.addWidget(self.index_view)
        top_layout.addWidget(self.index_empty_hint)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.case_heading)
        bottom_layout.addWidget(self.case_view)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("browserSplitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)

    # --- search and filters ----------------------------------------------------------

    def _build_filters(self) -> None:
        self.filter_bar = QWidget(self)
        self.filter_bar.setObjectName("filterBar")
        self.search_box = QLineEdit(self.filter_bar)
        self.search_box.setObjectName("searchBox")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setPlaceholderText(
            QCoreApplication.translate("Browser", "Search name, patient ID or accession number")
        )
        self.search_box.setMinimumWidth(240)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.query_changed)
        self.search_box.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_box.returnPressed.connect(self._search_now)

        today = QDate.currentDate()
        self.date_from_check = QCheckBox(QCoreApplication.translate("Browser", "From"), self)
        self.date_from_check.setObjectName("dateFromCheck")
        self.date_from = QDateEdit(today.addYears(-1), self.filter_bar)
        self.date_from.setObjectName("dateFrom")
        self.date_to_check = QCheckBox(QCoreApplication.translate("Browser", "To"), self)
        self.date_to_check.setObjectName("dateToCheck")
        self.date_to = QDateEdit(today, self.filter_bar)
        self.date_to.setObjectName("dateTo")
        for check, edit in (
            (self.date_from_check, self.date_from),
            (self.date_to_check, self.date_to),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")  # ISO dates: unambiguous in every language
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(lambda _on: self.query_changed.emit())
            edit.dateChanged.connect(self._date_changed)
        self.date_from_check.setToolTip(
            QCoreApplication.translate("Browser", "Only studies on or after this date")
        )
        self.date_to_check.setToolTip(
            QCoreApplication.translate("Browser", "Only studies on or before this date")
        )

        self.modality_filter = QComboBox(self.filter_bar)
        self.modality_filter.setObjectName("modalityFilter")
        self.modality_filter.addItem(QCoreApplication.translate("Browser", "All modalities"), "")
        self.modality_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.modality_filter.currentIndexChanged.connect(lambda _i: self.query_changed.emit())

        self.flagged_only = QCheckBox(
            QCoreApplication.translate("Browser", "Identity flags only"), self.filter_bar
        )
        self.flagged_only.setObjectName("flaggedOnly")
        self.flagged_only.setToolTip(
            QCoreApplication.translate(
                "Browser", "Show only patients flagged as a possible same patient or a conflict"
            )
        )
        self.flagged_only.toggled.connect(lambda _on: self._apply_flag_filter())

        self.clear_filters_button = QPushButton(
            QCoreApplication.translate("Browser", "Clear filters"), self.filter_bar
        )
        self.clear_filters_button.setObjectName("clearFilters")
        self.clear_filters_button.clicked.connect(self.clear_filters)

        row = QHBoxLayout(self.filter_bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.search_box, 1)
        for widget in (
            self.date_from_check,
            self.date_from,
            self.date_to_check,
            self.date_to,
            self.modality_filter,
            self.flagged_only,
            self.clear_filters_button,
        ):
            row.addWidget(widget)

    def _search_now(self) -> None:
        self._search_timer.stop()
        self.query_changed.emit()

    def _date_changed(self) -> None:
        # Keep the range valid as the user edits it, so no query is ever refused.
        self.date_to.setMinimumDate(self.date_from.date())
        self.date_from.setMaximumDate(self.date_to.date())
        if self.date_from_check.isChecked() or self.date_to_check.isChecked():
            self.query_changed.emit()

    def query(self) -> IndexQuery:
        """What the search box and the filters currently ask for."""
        return IndexQuery(
            text=self.search_box.text(),
            date_from=self.date_from.date().toString("yyyyMMdd")
            if self.date_from_check.isChecked()
            else "",
            date_to=self.date_to.date().toString("yyyyMMdd")
            if self.date_to_check.isChecked()
            else "",
            modality=str(self.modality_filter.currentData() or ""),
        )

    def filters_active(self) -> bool:
        """Whether the search text or any filter narrows the tree."""
        return not self.query().is_empty or self.flagged_only.isChecked()

    def clear_filters(self) -> None:
        """Empty the search box and switch every filter off (one query, not five)."""
        widgets = (
            self.search_box,
            self.date_from_check,
            self.date_to_check,
            self.modality_filter,
            self.date_from,
            self.date_to,
            self.flagged_only,
        )
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.search_box.clear()
            self.date_from_check.setChecked(False)
            self.date_to_check.setChecked(False)
            self.date_from.setEnabled(False)
            self.date_to.setEnabled(False)
            self.modality_filter.setCurrentIndex(0)
            self.flagged_only.setChecked(False)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._search_timer.stop()
        self.query_changed.emit()

    def set_modalities(self, modalities: Sequence[str]) -> None:
        """Offer ``modalities`` in the modality filter, keeping the current choice if present."""
        current = str(self.modality_filter.currentData() or "")
        self.modality_filter.blockSignals(True)
        try:
            while self.modality_filter.count() > 1:
                self.modality_filter.removeItem(1)
            for modality in modalities:
                self.modality_filter.addItem(modality, modality)
            found = self.modality_filter.findData(current) if current else 0
            self.modality_filter.setCurrentIndex(max(found, 0))
        finally:
            self.modality_filter.blockSignals(False)
        if current and self.modality_filter.findData(current) < 0:
            self.query_changed.emit()  # the chosen modality is gone: show everything again

    # --- thumbnails ------------------------------------------------------------------

    def set_thumbnail_provider(self, provider: ThumbnailProvider | None) -> None:
        """Set what renders series thumbnails (called on a worker thread); ``None``: none."""
        self._thumbnail_provider = provider
        self._thumbnails.clear()

    def _tile(self, modality: str) -> QIcon:
        """A dark tile with the modality, shown until (or instead of) the picture.

        It keeps row heights steady while pictures arrive and says what the series is when
        no picture can be made (reports, damaged files).
        """
        if modality not in self._tiles:
            pixmap = QPixmap(THUMBNAIL_ICON_SIZE, THUMBNAIL_ICON_SIZE)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(58, 62, 68))
            painter.drawRoundedRect(pixmap.rect().adjusted(1, 1, -1, -1), 4, 4)
            painter.setPen(QColor(190, 194, 200))
            painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, modality or "?")
            painter.end()
            self._tiles[modality] = QIcon(pixmap)
        return self._tiles[modality]

    def _apply_thumbnail(self, item: QStandardItem, key: tuple[int, int]) -> None:
        tile = self._tile(self._modalities.get(key[0], ""))
        if key in self._thumbnails:
            icon = self._thumbnails[key]
            item.setIcon(icon if icon is not None else tile)
            item.setData("ready" if icon is not None else "failed", THUMBNAIL_ROLE)
            if icon is None:
                item.setToolTip(
                    QCoreApplication.translate(
                        "Browser", "No preview: the images of this series cannot be shown."
                    )
                )
            return
        item.setIcon(tile)
        if self._thumbnail_provider is None or key in self._thumbnail_jobs:
            return
        job = _ThumbnailJob(self._thumbnail_provider, key[0], key[1])
        job.signals.finished.connect(self._thumbnail_arrived)
        self._thumbnail_jobs[key] = job
        self._thumbnail_pool.start(job)

    def _thumbnail_arrived(
        self, series_id: int, count: int, image: QImage | None, failure: str
    ) -> None:
        key = (series_id, count)
        self._thumbnail_jobs.pop(key, None)
        if failure:
            log.info("no thumbnail for series %d (%s)", series_id, failure)
        icon: QIcon | None = None
        if image is not None and not failure:
            pixmap = QPixmap.fromImage(image)
            icon = QIcon(pixmap)
            # Without this the style tints a selected row's picture with the highlight colour,
            # which changes how the image looks exactly when the user picks it.
            icon.addPixmap(pixmap, QIcon.Mode.Selected)
        self._thumbnails[key] = icon
        item = self._series_items.get(series_id)
        if item is not None and item.data(ID_ROLE) == series_id:
            self._apply_thumbnail(item, key)
        self.thumbnail_finished.emit(series_id)

    def thumbnails_pending(self) -> bool:
        """Whether thumbnails are still being made."""
        return bool(self._thumbnail_jobs)

    def shutdown(self, msecs: int = 5000) -> None:
        """Drop queued thumbnails and wait for the one being made (before the database closes)."""
        self._thumbnail_pool.clear()
        self._thumbnail_pool.waitForDone(msecs)
        self._thumbnail_jobs.clear()

    # --- content ---------------------------------------------------------------------

    def show_index(self, patients: Sequence[PatientSummary], flags: Sequence[FlagRow] = ()) -> None:
        """Show the patients of the index and their open identity flags (keeps the PHI
        setting)."""
        self._patients = list(patients)
        self._flags = flag_kinds(flags)
        self._rebuild_index()

    def set_hide_phi(self, hide: bool) -> None:
        """Hide or show patient identity in the tree."""
        self.hide_phi = hide
        self._rebuild_index()

    def _rebuild_index(self) -> None:
        build_index_model(
            self._patients, hide_phi=self.hide_phi, model=self.index_model, flags=self._flags
        )
        self._series_items.clear()
        all_series = [se for p in self._patients for st in p.studies for se in st.series]
        counts = {se.id: se.instance_count for se in all_series}
        self._modalities = {se.id: se.modality for se in all_series}
        for patient_row in range(self.index_model.rowCount()):
            patient = self.index_model.item(patient_row, 0)
            for study_row in range(patient.rowCount()):
                study = patient.child(study_row, 0)
                for series_row in range(study.rowCount()):
                    item = study.child(series_row, 0)
                    series_id = item.data(ID_ROLE)
                    self._series_items[series_id] = item
                    self._apply_thumbnail(item, (series_id, counts.get(series_id, 0)))
        self.index_view.expandToDepth(0)
        header = self.index_view.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        studies = sum(len(p.studies) for p in self._patients)
        self.index_heading.setText(
            QCoreApplication.translate(
                "Browser", "Imaging — patients: {patients}, studies: {studies}"
            ).format(patients=len(self._patients), studies=studies)
        )
        if self.filters_active():
            self.index_empty_hint.setText(
                QCoreApplication.translate("Browser", "No imaging matches the search and filters.")
            )
        else:
            self.index_empty_hint.setText(
                QCoreApplication.translate(
                    "Browser",
                    "No imaging yet. Import a folder, files, a zip archive or a DICOMDIR "
                    "(File menu), or drop them on this window.",
                )
            )
        self.index_empty_hint.setVisible(not self._patients)
        self._apply_flag_filter()
        self.selection_changed.emit()

    def _apply_flag_filter(self) -> None:
        # Done here, not in the index query: flags are few, and the tree holds their rows.
        only_flagged = self.flagged_only.isChecked()
        root = QModelIndex()
        for row in range(self.index_model.rowCount()):
            flagged = self.index_model.item(row, 0).data(IDENTITY_FLAG_ROLE) is not None
            self.index_view.setRowHidden(row, root, only_flagged and not flagged)

    def flagged_patient_ids(self) -> list[int]:
        """Internal ids of the patients shown with an identity flag, in tree order."""
        return [p.id for p in self._patients if p.id in self._flags]

    def show_cases(self, cases: Sequence[Case]) -> None:
        """Show the cases under review (the selected case stays selected)."""
        selected = self.selected_case_id()
        build_case_model(cases, self.case_model)
        if selected is not None:
            self.select_case(selected)
        header = self.case_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.case_model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.case_heading.setText(
            QCoreApplication.translate("Browser", "Cases — {n}").format(n=len(cases))
        )

    def select_case(self, case_id: int) -> bool:
        """Select the row of ``case_id`` in the case table and its patient in the tree."""
        for row in range(self.case_model.rowCount()):
            index = self.case_model.index(row, 0)
            if index.data(ID_ROLE) == case_id:
                self.case_view.selectRow(row)
                self.case_view.scrollTo(index)
                return True
        return False

    def selected_case_id(self) -> int | None:
        """Internal id of the selected case, if any."""
        rows = self.case_view.selectionModel().selectedRows(0)
        return rows[0].data(ID_ROLE) if rows else None

    def select_series(self, series_ids: Sequence[int]) -> int:
        """Select the rows of ``series_ids`` (shown ones), expand their studies, scroll to them.

        Returns
        -------
        int
            How many of the series were shown and selected.
        """
        selection = QItemSelection()
        first: QModelIndex | None = None
        for series_id in dict.fromkeys(series_ids):
            item = self._series_items.get(series_id)
            if item is None:
                continue
            index = item.index()
            selection.select(index, index)
            self.index_view.expand(index.parent().parent())
            self.index_view.expand(index.parent())
            first = first or index
        self.index_view.selectionModel().select(
            selection,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        if first is not None:
            self.index_view.scrollTo(first)
        return len(selection.indexes())

    def _selected(self) -> list[QModelIndex]:
        return [i for i in self.index_view.selectionModel().selectedRows(0) if i.isValid()]

    def selected_patient_id(self) -> int | None:
        """Internal id of the single patient the selection belongs to, else ``None``."""
        patients = set()
        for index in self._selected():
            while index.parent().isValid():
                index = index.parent()
            patients.add(index.data(ID_ROLE))
        return patients.pop() if len(patients) == 1 else None

    def selected_study_ids(self) -> tuple[int, ...]:
        """Studies selected directly, or all studies of a selected patient."""
        ids: list[int] = []
        for index in self._selected():
            kind = index.data(KIND_ROLE)
            if kind == "study":
                ids.append(index.data(ID_ROLE))
            elif kind == "patient":
                ids.extend(
                    self.index_model.itemFromIndex(index).child(r, 0).data(ID_ROLE)
                    for r in range(self.index_model.itemFromIndex(index).rowCount())
                )
        return tuple(dict.fromkeys(ids))

    def selected_series_ids(self) -> tuple[int, ...]:
        """Series selected directly."""
        return tuple(
            dict.fromkeys(
                i.data(ID_ROLE) for i in self._selected() if i.data(KIND_ROLE) == "series"
            )
        )
