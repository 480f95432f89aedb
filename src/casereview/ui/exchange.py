"""Case packages in the GUI: the export dialog (options, preview, held-back images, progress)
and package import (verification shown first; the user decides about unknown senders).

The work runs in ``services.exchange`` through the window's :class:`TaskRunner`; this module
only shows and asks.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casereview.domain.packages import (
    DeidOptions,
    ExportPreview,
    ExportReport,
    HoldBackReason,
    Manifest,
    PackageError,
    PackageImportReport,
    PackageRejected,
    RedactionRegion,
    TrustedKey,
    VerificationResult,
    VerificationStatus,
)
from casereview.domain.progress import CancelToken, ProgressReporter
from casereview.services import cases as case_service
from casereview.services.exchange import (
    HeldBackPicture,
    export_case,
    held_back_picture,
    import_package,
    preview_export,
    referenced_images,
    reply_partner,
    verify_package,
)
from casereview.services.signing import (
    decode_public_key,
    fingerprint,
    load_or_create_secret,
    load_or_create_signing_key,
)
from casereview.ui.context import WorkstationContext
from casereview.ui.core_messages import translate_message
from casereview.ui.export_text_review import FreeTextReview
from casereview.ui.institution_dialog import InstitutionDialog
from casereview.ui.redact_dialog import RedactDialog
from casereview.ui.tasks import Task, TaskRunner

#: Option check boxes: attribute of DeidOptions, label, tooltip (English; translated in the
#: "ExportDialog" context).
_OPTIONS = (
    (
        "clean_descriptors",
        QT_TRANSLATE_NOOP("ExportDialog", "Clean descriptions and comments"),
        QT_TRANSLATE_NOOP(
            "ExportDialog",
            "Keep study and series descriptions with every word removed that is not in the "
            "clinical vocabulary; off: remove them",
        ),
    ),
    (
        "clean_structured_content",
        QT_TRANSLATE_NOOP("ExportDialog", "Clean structured reports"),
        QT_TRANSLATE_NOOP(
            "ExportDialog", "Keep SR content with names removed, dates shifted and text cleaned"
        ),
    ),
    (
        "clean_graphics",
        QT_TRANSLATE_NOOP("ExportDialog", "Clean graphic annotations"),
        QT_TRANSLATE_NOOP(
            "ExportDialog",
            "Keep graphic annotations with their text cleaned; overlays are always removed",
        ),
    ),
    (
        "retain_modified_dates",
        QT_TRANSLATE_NOOP("ExportDialog", "Keep dates, shifted (intervals stay exact)"),
        QT_TRANSLATE_NOOP(
            "ExportDialog",
            "Move every date of the patient by the same number of days; off: remove dates",
        ),
    ),
    (
        "retain_patient_characteristics",
        QT_TRANSLATE_NOOP("ExportDialog", "Keep age, sex, size and weight"),
        QT_TRANSLATE_NOOP("ExportDialog", "Needed for dose and SUV calculations"),
    ),
    (
        "retain_device_identity",
        QT_TRANSLATE_NOOP("ExportDialog", "Keep device identity"),
        QT_TRANSLATE_NOOP("ExportDialog", "Station names, serial numbers, device identifiers"),
    ),
    (
        "retain_institution_identity",
        QT_TRANSLATE_NOOP("ExportDialog", "Keep institution identity"),
        QT_TRANSLATE_NOOP("ExportDialog", "Institution names, addresses and departments"),
    ),
    (
        "retain_uids",
        QT_TRANSLATE_NOOP("ExportDialog", "Keep original UIDs"),
        QT_TRANSLATE_NOOP(
            "ExportDialog", "Only when the recipient must match the images with originals"
        ),
    ),
    (
        "retain_safe_private",
        QT_TRANSLATE_NOOP("ExportDialog", "Keep safe private attributes"),
        QT_TRANSLATE_NOOP(
            "ExportDialog", "Numeric vendor attributes known to identify nobody (scan pitch...)"
        ),
    ),
)

_ACTIONS = {
    "X": QT_TRANSLATE_NOOP("ExportDialog", "removed"),
    "Z": QT_TRANSLATE_NOOP("ExportDialog", "emptied"),
    "D": QT_TRANSLATE_NOOP("ExportDialog", "replaced (dummy or pseudonym)"),
    "K": QT_TRANSLATE_NOOP("ExportDialog", "kept"),
    "C": QT_TRANSLATE_NOOP("ExportDialog", "cleaned or shifted"),
    "U": QT_TRANSLATE_NOOP("ExportDialog", "replaced"),
}

_CATEGORIES = {
    "patient identity": QT_TRANSLATE_NOOP("ExportDialog", "Patient identity"),
    "dates and times": QT_TRANSLATE_NOOP("ExportDialog", "Dates and times"),
    "people and organisations": QT_TRANSLATE_NOOP("ExportDialog", "People and organisations"),
    "device identity": QT_TRANSLATE_NOOP("ExportDialog", "Device identity"),
    "descriptions and comments": QT_TRANSLATE_NOOP("ExportDialog", "Descriptions and comments"),
    "structured content": QT_TRANSLATE_NOOP("ExportDialog", "Structured content"),
    "graphics and overlays": QT_TRANSLATE_NOOP("ExportDialog", "Graphics and overlays"),
    "unique identifiers (UIDs)": QT_TRANSLATE_NOOP("ExportDialog", "Unique identifiers (UIDs)"),
    "private attributes": QT_TRANSLATE_NOOP("ExportDialog", "Private attributes"),
    "other attributes": QT_TRANSLATE_NOOP("ExportDialog", "Other attributes"),
}

_REASONS = {
    "secondary capture (often a screenshot with burned-in text)": QT_TRANSLATE_NOOP(
        "ExportDialog", "secondary capture (often a screenshot with burned-in text)"
    ),
    "ultrasound (usually carries burned-in patient text)": QT_TRANSLATE_NOOP(
        "ExportDialog", "ultrasound (usually carries burned-in patient text)"
    ),
    "endoscopy, photograph or fluoroscopy (usually carries burned-in patient text)": QT_TRANSLATE_NOOP(
        "ExportDialog",
        "endoscopy, photograph or fluoroscopy (usually carries burned-in patient text)",
    ),
    "screenshot or derived picture": QT_TRANSLATE_NOOP(
        "ExportDialog", "screenshot or derived picture"
    ),
    "marked as carrying burned-in annotation": QT_TRANSLATE_NOOP(
        "ExportDialog", "marked as carrying burned-in annotation"
    ),
    "document object that cannot be cleaned automatically": QT_TRANSLATE_NOOP(
        "ExportDialog", "document object that cannot be cleaned automatically"
    ),
    "could not be read": QT_TRANSLATE_NOOP("ExportDialog", "could not be read"),
}


#: Item data role of a held-back image's description (without the "cleaned" note).
_HELD_TEXT_ROLE = Qt.ItemDataRole.UserRole + 1
#: Item data role: whether the held-back file has pixels that can be cleaned.
_CLEANABLE_ROLE = Qt.ItemDataRole.UserRole + 2


def _keys_dir(context: WorkstationContext) -> Path:
    return context.paths.root / "keys"


class ExportDialog(QDialog):
    """Choose the case and options, see what will change and what is held back, export.

    Parameters
    ----------
    context
        The workstation (database, settings, user, paths).
    tasks
        Runs preview and export off the UI thread with progress and cancel.
    case_id
        The case selected in the browser, if any.
    """

    def __init__(
        self,
        context: WorkstationContext,
        tasks: TaskRunner,
        case_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.context = context
        self.tasks = tasks
        self.preview: ExportPreview | None = None
        self.report: ExportReport | None = None
        self.preview_task: Task[ExportPreview] | None = None
        self.export_task: Task[ExportReport] | None = None
        #: Rectangles of burned-in text to black out, per held-back SOP Instance UID.
        self.redactions: dict[str, list[RedactionRegion]] = {}
        self.redact_dialog: RedactDialog | None = None
        #: Asks for this institution's name at the first export (none in the settings yet).
        self.institution_dialog: InstitutionDialog | None = None
        #: The sender of a received case's packages, who holds its images (``None``: not a
        #: reply, the images go with the package).
        self.partner: str | None = None
        #: Whether the package written was an opinion-only answer.
        self.sent_opinion_only = False
        self.setWindowTitle(self.tr("Export case package"))
        self.resize(1040, 860)

        self.case_combo = QComboBox()
        self.case_combo.setObjectName("exportCase")
        for case in case_service.list_cases(context.db):
            self.case_combo.addItem(f"#{case.id}  {case.title}", case.id)
        if case_id is not None:
            index = self.case_combo.findData(case_id)
            if index >= 0:
                self.case_combo.setCurrentIndex(index)
        self.case_combo.currentIndexChanged.connect(self._case_changed)
        self.opinion_only = QCheckBox()
        self.opinion_only.setObjectName("exportOpinionOnly")
        self.opinion_only.setToolTip(
            self.tr(
                "Send annotations, segments, key images, decisions, the case and its report, "
                "and refer to the images by the UIDs the partner knows instead of sending them"
            )
        )
        self.opinion_only.toggled.connect(lambda _on: self._opinion_only_changed())

        options_box = QGroupBox(self.tr("De-identification (DICOM PS3.15 Annex E)"))
        grid = QGridLayout(options_box)
        self.option_boxes: dict[str, QCheckBox] = {}
        defaults = DeidOptions()
        for number, (name, label, tip) in enumerate(_OPTIONS):
            box = QCheckBox(QCoreApplication.translate("ExportDialog", str(label)))
            box.setObjectName(f"option_{name}")
            box.setToolTip(QCoreApplication.translate("ExportDialog", str(tip)))
            box.setChecked(getattr(defaults, name))
            box.toggled.connect(self._options_changed)
            grid.addWidget(box, number % 5, number // 5)
            self.option_boxes[name] = box

        self.summary = QLabel()
        self.summary.setObjectName("exportSummary")
        self.summary.setWordWrap(True)
        self.changes = QTreeWidget()
        self.changes.setObjectName("exportChanges")
        self.changes.setHeaderLabels(
            [self.tr("Attribute"), self.tr("What happens"), self.tr("Files")]
        )
        self.changes.setColumnWidth(0, 320)
        self.changes.setColumnWidth(1, 260)
        self.held_back = QListWidget()
        self.held_back.setObjectName("exportHeldBack")
        held_box = QGroupBox(
            self.tr("Held back: may show burned-in text (tick the ones you checked)")
        )
        self.held_box = held_box
        held_layout = QVBoxLayout(held_box)
        held_layout.addWidget(self.held_back)
        self.clean_button = QPushButton(self.tr("Clean…"))
        self.clean_button.setObjectName("exportClean")
        self.clean_button.setToolTip(
            self.tr("Black out the burned-in text of the selected image so that it can be sent")
        )
        self.clean_button.clicked.connect(self.clean_selected)
        self.held_back.currentItemChanged.connect(lambda *_: self._update_buttons())
        clean_row = QHBoxLayout()
        clean_row.addStretch(1)
        clean_row.addWidget(self.clean_button)
        held_layout.addLayout(clean_row)
        changes_box = QGroupBox(self.tr("What will be removed or changed"))
        changes_layout = QVBoxLayout(changes_box)
        changes_layout.addWidget(self.summary)
        changes_layout.addWidget(self.changes)
        # Free text (case question, decisions, segment labels…) as the partner will read it;
        # words the scrubber is unsure of must be answered before Export.
        self.free_text = FreeTextReview()
        self.free_text.answers_changed.connect(self._free_text_answered)
        free_text_box = QGroupBox(self.tr("Free text as it will be sent"))
        free_text_layout = QVBoxLayout(free_text_box)
        free_text_layout.addWidget(self.free_text)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(changes_box)
        splitter.addWidget(free_text_box)
        splitter.addWidget(held_box)
        splitter.setSizes([220, 340, 100])

        self.out_edit = QLineEdit()
        self.out_edit.setObjectName("exportFile")
        self.out_edit.setPlaceholderText(self.tr("Package file (.zip)"))
        # A typed path is as good as a chosen one.
        self.out_edit.textChanged.connect(lambda _text: self._update_buttons())
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_file)
        out_row = QHBoxLayout()
        out_row.addWidget(self.out_edit, 1)
        out_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("Case"), self.case_combo)
        form.addRow("", self.opinion_only)
        form.addRow(self.tr("Save as"), out_row)

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self.export)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(options_box)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self._show_reply_partner()
        self._update_buttons()
        if self.case_combo.count():
            self.refresh_preview()
        else:
            self.summary.setText(self.tr("There is no case to export yet: create a case first."))

    # -- state ------------------------------------------------------------------------

    def options(self) -> DeidOptions:
        """The options as ticked."""
        return DeidOptions(**{name: box.isChecked() for name, box in self.option_boxes.items()})

    def case_id(self) -> int | None:
        data = self.case_combo.currentData()
        return int(data) if data is not None else None

    def confirmed(self) -> list[str]:
        """SOP Instance UIDs of held-back images the user ticked."""
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.held_back.item(i) for i in range(self.held_back.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]

    def _update_buttons(self) -> None:
        busy = self.export_task is not None or self.preview_task is not None
        # The preview is what the user checked: no export before one, nor while a word the
        # scrubber is unsure of waits for the user's answer.
        unanswered = self.free_text.unanswered()
        self.export_button.setEnabled(
            not busy
            and self.preview is not None
            and not unanswered
            and self.case_id() is not None
            and bool(self.out_edit.text().strip())
        )
        self.export_button.setToolTip(
            self.tr("Answer every highlighted word under Free text first (remove or keep)")
            if unanswered
            else ""
        )
        self.clean_button.setEnabled(not busy and self._selected_held() is not None)

    def _choose_file(self) -> None:
        start = str(Path.home() / "case-package.zip")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save case package"), start, self.tr("Case packages (*.zip)")
        )
        if chosen:
            if not chosen.lower().endswith(".zip"):
                chosen += ".zip"
            self.out_edit.setText(chosen)
            self._update_buttons()

    def _options_changed(self) -> None:
        self.refresh_preview()

    def _case_changed(self) -> None:
        # Answers are about one patient's texts: another case starts afresh.
        self.preview = None
        self.free_text.forget_answers()
        self._show_reply_partner()
        self.refresh_preview()

    def _show_reply_partner(self) -> None:
        """Offer an opinion-only answer (ticked) when the case's images all came from a partner."""
        case_id = self.case_id()
        self.partner = None if case_id is None else reply_partner(self.context.db, case_id)
        partner = self.partner or self.tr("the sender")
        self.opinion_only.setText(
            self.tr(
                "Opinion only: %1 already holds the images; send only our work on them"
            ).replace("%1", partner)
        )
        self.opinion_only.setChecked(self.partner is not None)
        self.opinion_only.setVisible(self.partner is not None)
        self._opinion_only_changed()

    def _opinion_only_changed(self) -> None:
        # No image is sent: there is nothing to check for burned-in text.
        self.held_box.setEnabled(not self.opinion_only_chosen())
        self._show_summary()

    def opinion_only_chosen(self) -> bool:
        """Whether the package will leave the images out (a reply, and the box is ticked)."""
        return self.partner is not None and self.opinion_only.isChecked()

    def _free_text_answered(self, removed_changed: bool) -> None:
        if removed_changed:
            self.refresh_preview()  # the texts as sent change with the words removed
        else:
            self._update_buttons()

    # -- preview ------------------------------------------------------------------------

    def refresh_preview(self) -> Task[ExportPreview] | None:
        """Recompute the preview off the UI thread (the previous one is cancelled)."""
        case_id = self.case_id()
        if case_id is None:
            return None
        if self.preview_task is not None:
            self.preview_task.cancel()
        options = self.options()
        added_identity = self.free_text.removed()
        context = self.context
        self.summary.setText(self.tr("Checking every header of the case…"))

        def work(progress: ProgressReporter, cancel: CancelToken) -> ExportPreview:
            secret = load_or_create_secret(_keys_dir(context))
            return preview_export(
                context.db,
                case_id,
                options,
                secret,
                added_identity=added_identity,
                progress=progress,
                cancel=cancel,
            )

        task = self.tasks.run(
            self.tr("Preparing the export preview"),
            work,
            self.show_preview,
            unit=self.tr("files"),
        )
        self.preview_task = task
        task.finished.connect(lambda: self._preview_finished(task))
        self._update_buttons()
        return task

    def _preview_finished(self, task: Task[ExportPreview]) -> None:
        if self.preview_task is task:
            self.preview_task = None
        self._update_buttons()

    def show_preview(self, preview: ExportPreview) -> None:
        """Fill the change tree and the held-back list."""
        self.preview = preview
        # Regions belong to this case's images: forget those of images no longer listed.
        listed = {h.sop_instance_uid for h in preview.held_back}
        self.redactions = {k: v for k, v in self.redactions.items() if k in listed}
        self._show_summary()
        self.free_text.show_changes(preview.text_changes)
        self.changes.clear()
        for category, changes in preview.by_category().items():
            parent = QTreeWidgetItem(
                [QCoreApplication.translate("ExportDialog", str(_CATEGORIES[category.value]))]
            )
            self.changes.addTopLevelItem(parent)
            for change in changes:
                QTreeWidgetItem(
                    parent,
                    [
                        change.name,
                        QCoreApplication.translate(
                            "ExportDialog", str(_ACTIONS[change.action.value])
                        ),
                        str(change.files),
                    ],
                )
            parent.setExpanded(category.value in ("patient identity", "people and organisations"))
        self.held_back.clear()
        for held in preview.held_back:
            number = "" if held.instance_number is None else f" #{held.instance_number}"
            text = f"{held.modality} {held.series_description}{number} — " + (
                QCoreApplication.translate("ExportDialog", str(_REASONS[held.reason.value]))
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, held.sop_instance_uid)
            item.setData(_HELD_TEXT_ROLE, text)
            # A document or an unreadable file has no picture to clean: exclude or tick it.
            item.setData(
                _CLEANABLE_ROLE,
                held.reason not in (HoldBackReason.DOCUMENT, HoldBackReason.UNREADABLE),
            )
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.held_back.addItem(item)
            self._show_cleaned(item)
        if not preview.held_back:
            self.held_back.addItem(self.tr("None: no image looks like it carries burned-in text."))
        self._update_buttons()

    def _show_summary(self) -> None:
        preview = self.preview
        if preview is None:
            return
        if preview.date_shift_days is None:
            dates = self.tr("dates removed")
        elif preview.date_shift_days < 0:
            dates = self.tr("dates moved %n day(s) earlier", "", -preview.date_shift_days)
        else:
            dates = self.tr("dates moved %n day(s) later", "", preview.date_shift_days)
        if self.opinion_only_chosen():
            self.summary.setText(
                self.tr(
                    "Opinion only: no images are sent; the package refers to the images %1 "
                    "already holds. Patient %2; %3."
                )
                .replace("%1", self.partner or self.tr("the sender"))
                .replace("%2", preview.pseudonym)
                .replace("%3", dates)
            )
            return
        # Cleaned images are exported too (the preview counts only those not held back).
        self.summary.setText(
            self.tr("%1 files will be exported as patient %2; %3.")
            .replace("%1", str(preview.files + len(self.redactions)))
            .replace("%2", preview.pseudonym)
            .replace("%3", dates)
        )

    # -- cleaning burned-in text ------------------------------------------------------

    def _selected_held(self) -> QListWidgetItem | None:
        item = self.held_back.currentItem()
        if item is None or not item.data(Qt.ItemDataRole.UserRole):
            return None
        return item if item.data(_CLEANABLE_ROLE) else None

    def _show_cleaned(self, item: QListWidgetItem) -> None:
        text = str(item.data(_HELD_TEXT_ROLE))
        regions = self.redactions.get(str(item.data(Qt.ItemDataRole.UserRole)), [])
        if regions:
            text += " — " + self.tr("cleaned (%n region(s))", "", len(regions))
        item.setText(text)

    def clean_selected(self) -> Task[HeldBackPicture] | None:
        """Load the selected held-back image off the UI thread, then let the user mark text."""
        item = self._selected_held()
        case_id = self.case_id()
        if item is None or case_id is None:
            return None
        sop = str(item.data(Qt.ItemDataRole.UserRole))
        description = str(item.data(_HELD_TEXT_ROLE))
        db = self.context.db

        def work(progress: ProgressReporter, cancel: CancelToken) -> HeldBackPicture:
            return held_back_picture(db, case_id, sop)

        return self.tasks.run(
            self.tr("Loading the image to clean"),
            work,
            lambda picture: self._open_redact(sop, description, picture),
            cancellable=False,
        )

    def _open_redact(self, sop: str, description: str, picture: HeldBackPicture) -> None:
        dialog = RedactDialog(
            picture.pixels, picture.frames, self.redactions.get(sop, []), description, self
        )
        dialog.resize(dialog.sizeHint().expandedTo(dialog.minimumSizeHint()))
        dialog.accepted.connect(lambda: self._cleaned(sop, dialog.regions()))
        self.redact_dialog = dialog
        dialog.open()

    def _cleaned(self, sop: str, regions: list[RedactionRegion]) -> None:
        if regions:
            self.redactions[sop] = regions
        else:
            self.redactions.pop(sop, None)
        for item in (self.held_back.item(i) for i in range(self.held_back.count())):
            if item.data(Qt.ItemDataRole.UserRole) == sop:
                self._show_cleaned(item)
        self._show_summary()

    # -- export ----------------------------------------------------------------------

    def export(self) -> Task[ExportReport] | None:
        """Write the package off the UI thread; the dialog closes when it is done."""
        case_id = self.case_id()
        out = self.out_edit.text().strip()
        if case_id is None or not out or self.free_text.unanswered():
            return None
        if not self.context.settings.institution_name.strip():
            self._ask_institution()
            return None
        options = self.options()
        opinion_only = self.opinion_only_chosen()
        confirmed = self.confirmed()
        added_identity = self.free_text.removed()
        redactions = {sop: list(regions) for sop, regions in self.redactions.items()}
        context = self.context

        def work(progress: ProgressReporter, cancel: CancelToken) -> ExportReport:
            keys = _keys_dir(context)
            return export_case(
                context.db,
                case_id,
                Path(out),
                context.user.username,
                options=options,
                signing_key=load_or_create_signing_key(keys),
                secret=load_or_create_secret(keys),
                institution=context.settings.institution_name,
                confirmed=confirmed,
                added_identity=added_identity,
                redactions=redactions,
                opinion_only=opinion_only,
                progress=progress,
                cancel=cancel,
            )

        self.sent_opinion_only = opinion_only
        task = self.tasks.run(self.tr("Exporting the case package"), work, self._exported)
        self.export_task = task
        task.finished.connect(lambda: self._export_finished(task))
        self._update_buttons()
        return task

    def _ask_institution(self) -> None:
        """First export: ask who sends, remember it, then export."""
        dialog = InstitutionDialog(self)
        self.institution_dialog = dialog

        def named() -> None:
            context = self.context
            context.update_settings(
                context.settings.with_changes(institution_name=dialog.institution())
            )
            self.export()

        dialog.accepted.connect(named)
        dialog.open()

    def _export_finished(self, task: Task[ExportReport]) -> None:
        self.export_task = None
        self._update_buttons()

    def _exported(self, report: ExportReport) -> None:
        self.report = report
        self.accept()


def show_export_report(parent: QWidget, report: ExportReport, opinion_only: bool = False) -> None:
    """Tell the user where the package is, what was held back, and whether it left the images
    with the partner (``opinion_only``)."""
    translate = QCoreApplication.translate
    text = (
        translate("ExportDialog", "The package was written to %1: %2 images, %3 other objects.")
        .replace("%1", report.path)
        .replace("%2", str(report.images))
        .replace("%3", str(report.objects + report.documents))
    )
    if opinion_only:
        text += "\n" + translate(
            "ExportDialog",
            "It carries your opinion only (%1 MB): the images stay with the partner, who "
            "holds them already.",
        ).replace("%1", f"{report.bytes_written / 2**20:.1f}")
    if report.cleaned:
        text += "\n" + translate(
            "ExportDialog",
            "%n image(s) were sent with their burned-in text blacked out.",
            "",
            len(report.cleaned),
        )
    if report.held_back:
        text += "\n" + translate(
            "ExportDialog",
            "%n image(s) were held back for burned-in text and not sent.",
            "",
            len(report.held_back),
        )
    QMessageBox.information(parent, translate("ExportDialog", "Case package exported"), text)


def _answered_image_count(manifest: Manifest) -> int:
    """How many images an opinion-only package refers to without carrying them (0: none, or
    a damaged list, which the import refuses with its reason)."""
    try:
        return len(referenced_images(manifest))
    except PackageRejected:
        return 0


class PackageVerificationDialog(QDialog):
    """The verification result of a received package, and the user's decision to import."""

    def __init__(self, result: VerificationResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packageVerification")
        self.verification = result
        self.setWindowTitle(self.tr("Received case package"))
        self.resize(640, 380)
        layout = QVBoxLayout(self)
        status = QLabel(self._headline())
        status.setObjectName("verificationStatus")
        status.setWordWrap(True)
        colour = {
            VerificationStatus.TRUSTED: "#1b7f3b",
            VerificationStatus.UNTRUSTED: "#a66300",
            VerificationStatus.UNSIGNED: "#a66300",
            VerificationStatus.INVALID: "#b00020",
        }[result.status]
        status.setStyleSheet(f"font-weight: bold; font-size: 14pt; color: {colour};")
        layout.addWidget(status)
        details = QFormLayout()
        manifest = result.manifest
        if manifest is not None:
            details.addRow(self.tr("Sender"), QLabel(manifest.institution or self.tr("not named")))
            details.addRow(self.tr("Created"), QLabel(manifest.created))
            details.addRow(self.tr("Files"), QLabel(str(len(manifest.files))))
            answered = _answered_image_count(manifest)
            if answered:
                # An opinion-only answer: it is imported only where those images are held.
                images = QLabel(
                    self.tr(
                        "None: an opinion on %n image(s) it does not carry (your own, sent "
                        "to the partner)",
                        "",
                        answered,
                    )
                )
                images.setObjectName("verificationOpinionOnly")
                images.setWordWrap(True)
                details.addRow(self.tr("Images"), images)
        if result.key_fingerprint:
            key = QLabel(result.key_fingerprint)
            key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            details.addRow(self.tr("Signing key"), key)
        layout.addLayout(details)
        if result.problems:
            problems = QListWidget()
            problems.setObjectName("verificationProblems")
            problems.addItems(result.problems)
            layout.addWidget(QLabel(self.tr("Problems found:")))
            layout.addWidget(problems, 1)
        self.consent = QCheckBox(self.tr("I know where this package comes from; import it anyway"))
        self.consent.setObjectName("verificationConsent")
        self.consent.setVisible(
            result.status in (VerificationStatus.UNTRUSTED, VerificationStatus.UNSIGNED)
        )
        layout.addWidget(self.consent)
        layout.addStretch(0)
        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("verificationImport")
        buttons.addButton(
            QDialogButtonBox.StandardButton.Close
            if result.status is VerificationStatus.INVALID
            else QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.consent.toggled.connect(self._update)
        self._update()

    def _headline(self) -> str:
        result = self.verification
        if result.status is VerificationStatus.TRUSTED:
            return self.tr("Verified: signed by %1; every file is intact.").replace(
                "%1", result.signer
            )
        if result.status is VerificationStatus.UNTRUSTED:
            return self.tr(
                "Intact, but signed by a key that is not in your trusted keys. Compare the key "
                "below with the sender before importing."
            )
        if result.status is VerificationStatus.UNSIGNED:
            return self.tr("Intact, but not signed: nothing proves who sent it.")
        return self.tr(
            "Rejected: the package was altered, damaged or crafted. Nothing was imported."
        )

    def _update(self) -> None:
        status = self.verification.status
        allowed = status is VerificationStatus.TRUSTED or (
            status in (VerificationStatus.UNTRUSTED, VerificationStatus.UNSIGNED)
            and self.consent.isChecked()
        )
        self.import_button.setEnabled(allowed)
        self.import_button.setVisible(status is not VerificationStatus.INVALID)


class PackageImporter:
    """File → verify (task) → verification dialog → import (task) → report."""

    def __init__(
        self,
        parent: QWidget,
        context: WorkstationContext,
        tasks: TaskRunner,
        on_imported: Callable[[PackageImportReport], None],
    ) -> None:
        self.parent = parent
        self.context = context
        self.tasks = tasks
        self.on_imported = on_imported
        self.dialog: PackageVerificationDialog | None = None

    def choose_and_verify(self) -> Task[VerificationResult] | None:
        chosen, _ = QFileDialog.getOpenFileName(
            self.parent,
            QCoreApplication.translate("ExportDialog", "Import case package"),
            str(Path.home()),
            QCoreApplication.translate("ExportDialog", "Case packages (*.zip)"),
        )
        return self.verify(Path(chosen)) if chosen else None

    def verify(self, path: Path) -> Task[VerificationResult]:
        context = self.context

        def work(progress: ProgressReporter, cancel: CancelToken) -> VerificationResult:
            progress(0, 0, "Checking the package")
            return verify_package(
                path,
                staging_dir=context.paths.imports / "verify",
                trusted=context.settings.trusted_keys,
                own_key=load_or_create_signing_key(_keys_dir(context)),
                cancel=cancel,
            )

        return self.tasks.run(
            QCoreApplication.translate("ExportDialog", "Checking the case package"),
            work,
            lambda result: self._verified(path, result),
        )

    def _verified(self, path: Path, result: VerificationResult) -> None:
        dialog = PackageVerificationDialog(result, self.parent)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self.import_(path, dialog.consent.isChecked()))
        dialog.open()

    def import_(self, path: Path, accept_untrusted: bool) -> Task[PackageImportReport]:
        context = self.context

        def work(progress: ProgressReporter, cancel: CancelToken) -> PackageImportReport:
            return import_package(
                context.db,
                path,
                context.user.username,
                staging_dir=context.paths.imports,
                quarantine_dir=context.paths.quarantine,
                trusted=context.settings.trusted_keys,
                own_key=load_or_create_signing_key(_keys_dir(context)),
                accept_untrusted=accept_untrusted,
                progress=progress,
                cancel=cancel,
            )

        return self.tasks.run(
            QCoreApplication.translate("ExportDialog", "Importing the case package"),
            work,
            self._imported,
            unit=QCoreApplication.translate("ExportDialog", "files"),
        )

    def _imported(self, report: PackageImportReport) -> None:
        translate = QCoreApplication.translate
        if report.already_imported:
            text = translate("ExportDialog", "This package was imported before; nothing changed.")
        else:
            text = translate("ExportDialog", "%n image(s) imported.", "", report.images_imported)
            if report.layers:
                # What arrived as the sender's layer, and conflicts left for the user to see.
                text += "\n" + "\n".join(translate_message(line) for line in report.layers[:20])
            if report.not_merged:
                text += "\n" + translate(
                    "ExportDialog",
                    "Kept in the package folder, not yet shown as the sender's layer: %1",
                ).replace("%1", ", ".join(report.not_merged))
            if report.problems:
                text += "\n" + "\n".join(report.problems[:10])
        QMessageBox.information(
            self.parent, translate("ExportDialog", "Case package imported"), text
        )
        self.on_imported(report)


class PartnerKeysDialog(QDialog):
    """This institution's public key to give partners, and the partners' keys we trust."""

    def __init__(self, context: WorkstationContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partnerKeys")
        self.context = context
        self.setWindowTitle(self.tr("Package signing keys"))
        self.resize(760, 460)
        own = load_or_create_signing_key(_keys_dir(context))
        self.trusted: list[TrustedKey] = list(context.settings.trusted_keys)

        own_box = QGroupBox(self.tr("This institution (give this key to your partners)"))
        own_form = QFormLayout(own_box)
        self.own_key = QLineEdit(own.public_key_b64)
        self.own_key.setObjectName("ownPublicKey")
        self.own_key.setReadOnly(True)
        own_form.addRow(self.tr("Public key"), self.own_key)
        own_form.addRow(self.tr("Fingerprint"), QLabel(own.fingerprint))

        partners = QGroupBox(self.tr("Trusted partners (their packages verify as signed by them)"))
        partner_layout = QVBoxLayout(partners)
        self.list = QListWidget()
        self.list.setObjectName("trustedKeys")
        partner_layout.addWidget(self.list, 1)
        add_row = QHBoxLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("partnerName")
        self.name_edit.setPlaceholderText(self.tr("Institution"))
        self.key_edit = QLineEdit()
        self.key_edit.setObjectName("partnerKey")
        self.key_edit.setPlaceholderText(self.tr("Public key (from the partner's casereview)"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setObjectName("addPartner")
        self.add_button.clicked.connect(self.add_partner)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        add_row.addWidget(self.name_edit, 1)
        add_row.addWidget(self.key_edit, 2)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.remove_button)
        partner_layout.addLayout(add_row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        partner_layout.addWidget(self.message)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(own_box)
        layout.addWidget(partners, 1)
        layout.addWidget(buttons)
        self._fill()

    def _fill(self) -> None:
        self.list.clear()
        for key in self.trusted:
            print_ = fingerprint(decode_public_key(key.public_key))
            self.list.addItem(f"{key.institution}    {print_}")

    def add_partner(self) -> bool:
        """Add the typed institution and key; an invalid key is explained, not added."""
        name, text = self.name_edit.text().strip(), self.key_edit.text().strip()
        if not name:
            self.message.setText(self.tr("Type the partner institution's name."))
            return False
        try:
            raw = decode_public_key(text)
        except PackageError:
            self.message.setText(
                self.tr(
                    "That is not a casereview public key; ask the partner for the key shown here."
                )
            )
            return False
        self.trusted = [k for k in self.trusted if k.public_key != text] + [TrustedKey(name, text)]
        self.message.setText(
            self.tr("Added %1 (fingerprint %2): compare the fingerprint with the partner by phone.")
            .replace("%1", name)
            .replace("%2", fingerprint(raw))
        )
        self.name_edit.clear()
        self.key_edit.clear()
        self._fill()
        return True

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.trusted):
            del self.trusted[row]
            self._fill()

    def save(self) -> None:
        self.context.update_settings(
            self.context.settings.with_changes(trusted_keys=tuple(self.trusted))
        )
        self.accept()
