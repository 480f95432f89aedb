"""The segmentation editor: segments (name, colour, coded type) and the tools that shape them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSignalBlocker, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casereview.analysis import segmentation as seg
from casereview.commands.edits import ChangeSegment, CreateSegment, DeleteSegment, ImportedSegments
from casereview.domain.hu_presets import (
    ContrastPhase,
    Structure,
    hu_range,
    phase_from_description,
    structure_of,
)
from casereview.domain.progress import CancelToken, ProgressReporter
from casereview.domain.segments import SEGMENT_TEMPLATES, TEMPLATE_BY_KEY, Segment, SegmentDraft
from casereview.domain.volume import Volume
from casereview.services.layers import provenance_of
from casereview.services.segmentations import export_seg, import_seg
from casereview.ui.viewer.annotation_panel import received_credit
from casereview.ui.viewer.segmenting_tools import SegmentingTools

UUID_ROLE = Qt.ItemDataRole.UserRole + 1
ORIGIN_ROLE = Qt.ItemDataRole.UserRole + 2  #: " (<author>, <institution>, <time>)" after the name

#: Names of the segment templates (``casereview.domain.segments``), marked for translation.
TEMPLATE_NAMES = (
    QT_TRANSLATE_NOOP("Segments", "Tumour"),
    QT_TRANSLATE_NOOP("Segments", "Pancreas"),
    QT_TRANSLATE_NOOP("Segments", "Superior mesenteric vein"),
    QT_TRANSLATE_NOOP("Segments", "Portal vein"),
    QT_TRANSLATE_NOOP("Segments", "Superior mesenteric artery"),
    QT_TRANSLATE_NOOP("Segments", "Celiac trunk"),
    QT_TRANSLATE_NOOP("Segments", "Common hepatic artery"),
    QT_TRANSLATE_NOOP("Segments", "Aorta"),
    QT_TRANSLATE_NOOP("Segments", "Lymph node"),
    QT_TRANSLATE_NOOP("Segments", "Liver"),
    QT_TRANSLATE_NOOP("Segments", "Hepatic veins"),
    QT_TRANSLATE_NOOP("Segments", "Inferior vena cava"),
    QT_TRANSLATE_NOOP("Segments", "Gallbladder"),
    QT_TRANSLATE_NOOP("Segments", "Common bile duct"),
    QT_TRANSLATE_NOOP("Segments", "Pancreatic duct"),
)


#: The structures with HU ranges of their own, in the order the chooser lists them.
STRUCTURE_NAMES: tuple[tuple[Structure, object], ...] = (
    (Structure.VEIN, QT_TRANSLATE_NOOP("Segments", "Vein")),
    (Structure.ARTERY, QT_TRANSLATE_NOOP("Segments", "Artery")),
    (Structure.LIVER, QT_TRANSLATE_NOOP("Segments", "Liver")),
    (Structure.PANCREAS, QT_TRANSLATE_NOOP("Segments", "Pancreas")),
    (Structure.TUMOUR, QT_TRANSLATE_NOOP("Segments", "Tumour")),
    (Structure.BILE, QT_TRANSLATE_NOOP("Segments", "Bile (gallbladder)")),
)
#: Contrast phases, in acquisition order.
PHASE_NAMES: tuple[tuple[ContrastPhase, object], ...] = (
    (ContrastPhase.NON_CONTRAST, QT_TRANSLATE_NOOP("Segments", "Non-contrast")),
    (ContrastPhase.ARTERIAL, QT_TRANSLATE_NOOP("Segments", "Arterial")),
    (ContrastPhase.PORTAL_VENOUS, QT_TRANSLATE_NOOP("Segments", "Portal venous")),
)


def _tr(text: object) -> str:
    # ``QT_TRANSLATE_NOOP`` marks a str; its stub types the result as ``object``.
    return QCoreApplication.translate("Segments", str(text))


def _swatch(colour: tuple[int, int, int]) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(*colour))
    return QIcon(pixmap)


class SegmentPanel(QWidget):
    """Segments of the case with volume and diameters, and the segmentation tools."""

    def __init__(self, editor: SegmentingTools) -> None:
        super().__init__()
        self.setObjectName("segmentPanel")
        self.editor = editor
        session = editor.session
        assert session is not None
        self.session = session

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("segmentList")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels(
            [
                QCoreApplication.translate("Segments", "Segment"),
                QCoreApplication.translate("Segments", "Volume"),
                QCoreApplication.translate("Segments", "Diameters"),
            ]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.itemChanged.connect(self._item_changed)
        self.tree.currentItemChanged.connect(self._current_changed)

        self.template_combo = QComboBox(self)
        self.template_combo.setObjectName("segmentTemplate")
        for template in SEGMENT_TEMPLATES:
            self.template_combo.addItem(
                _swatch(template.colour),
                f"{_tr(template.name)} ({template.type.scheme} {template.type.value})",
                template.key,
            )
        self.add_button = QPushButton(QCoreApplication.translate("Segments", "Add"), self)
        self.add_button.setObjectName("addSegment")
        self.add_button.setToolTip(
            QCoreApplication.translate("Segments", "Add an empty segment of the chosen type")
        )
        self.add_button.clicked.connect(self.add_from_template)
        self.recode_button = QPushButton(QCoreApplication.translate("Segments", "Set type"), self)
        self.recode_button.setObjectName("recodeSegment")
        self.recode_button.setToolTip(
            QCoreApplication.translate(
                "Segments",
                "Give the selected segment the chosen type's SNOMED CT category and type",
            )
        )
        self.recode_button.clicked.connect(self.recode_current)
        self.colour_button = QPushButton(QCoreApplication.translate("Segments", "Colour…"), self)
        self.colour_button.setObjectName("segmentColour")
        self.colour_button.clicked.connect(self.choose_colour)
        self.delete_button = QPushButton(QCoreApplication.translate("Segments", "Delete"), self)
        self.delete_button.setObjectName("deleteSegment")
        self.delete_button.clicked.connect(self.delete_current)
        self.code_label = QLabel(self)
        self.code_label.setObjectName("segmentCode")
        self.code_label.setWordWrap(True)

        add_row = QHBoxLayout()
        add_row.addWidget(self.template_combo, 1)
        add_row.addWidget(self.add_button)
        edit_row = QHBoxLayout()
        for button in (self.recode_button, self.colour_button, self.delete_button):
            edit_row.addWidget(button)

        # --- tools ---
        tools = QGroupBox(QCoreApplication.translate("Segments", "Tools"), self)
        form = QFormLayout(tools)
        self.radius_spin = QDoubleSpinBox(self)
        self.radius_spin.setObjectName("brushRadius")
        self.radius_spin.setRange(0.5, 50.0)
        self.radius_spin.setSuffix(QCoreApplication.translate("Segments", " mm"))
        self.radius_spin.setValue(editor.brush_radius_mm)
        self.radius_spin.valueChanged.connect(lambda v: setattr(editor, "brush_radius_mm", v))
        self.sphere_check = QCheckBox(
            QCoreApplication.translate("Segments", "3-D brush (sphere)"), self
        )
        self.sphere_check.setObjectName("brushSphere")
        self.sphere_check.toggled.connect(lambda on: setattr(editor, "brush_sphere", on))
        brush_row = QHBoxLayout()
        brush_row.addWidget(self.radius_spin)
        brush_row.addWidget(self.sphere_check)
        form.addRow(QCoreApplication.translate("Segments", "Brush radius"), brush_row)

        # The HU range follows the structure (from the segment's type, or chosen) and the
        # contrast phase (from the series description, or chosen); the user may still edit it.
        self.structure_combo = QComboBox(self)
        self.structure_combo.setObjectName("growStructure")
        self.structure_combo.addItem(QCoreApplication.translate("Segments", "Custom range"), "")
        for structure, name in STRUCTURE_NAMES:
            self.structure_combo.addItem(_tr(name), structure.value)
        self.structure_combo.setToolTip(
            QCoreApplication.translate(
                "Segments", "The structure whose HU range region growing and thresholds use"
            )
        )
        self.phase_combo = QComboBox(self)
        self.phase_combo.setObjectName("contrastPhase")
        for phase, name in PHASE_NAMES:
            self.phase_combo.addItem(_tr(name), phase.value)
        self.phase_combo.setPlaceholderText(
            QCoreApplication.translate("Segments", "Contrast phase?")
        )
        self.phase_combo.setCurrentIndex(-1)
        self.phase_combo.setToolTip(
            QCoreApplication.translate("Segments", "The contrast phase of the series")
        )
        self.structure_combo.activated.connect(self._apply_preset)
        self.phase_combo.activated.connect(self._apply_preset)
        structure_row = QHBoxLayout()
        structure_row.addWidget(self.structure_combo, 1)
        structure_row.addWidget(self.phase_combo, 1)
        form.addRow(QCoreApplication.translate("Segments", "Structure"), structure_row)
        self.preset_label = QLabel(self)
        self.preset_label.setObjectName("growPreset")
        self.preset_label.setWordWrap(True)
        #: ``(segment, type)`` whose structure the chooser last took, so a refresh after an
        #: edit leaves a range the user changed alone.
        self._followed: tuple[str, str] | None = None

        self.low_spin = QSpinBox(self)
        self.low_spin.setObjectName("rangeLow")
        self.high_spin = QSpinBox(self)
        self.high_spin.setObjectName("rangeHigh")
        for spin, value in zip((self.low_spin, self.high_spin), editor.grow_range, strict=True):
            spin.setRange(-1024, 3071)
            spin.setSuffix(QCoreApplication.translate("Segments", " HU"))
            spin.setValue(int(value))
            spin.valueChanged.connect(self._range_changed)
        range_row = QHBoxLayout()
        range_row.addWidget(self.low_spin)
        range_row.addWidget(QLabel("–", self))
        range_row.addWidget(self.high_spin)
        form.addRow(QCoreApplication.translate("Segments", "HU range"), range_row)
        form.addRow(self.preset_label)

        self.opening_spin = QDoubleSpinBox(self)
        self.opening_spin.setObjectName("growOpening")
        self.opening_spin.setRange(0.0, 5.0)
        self.opening_spin.setSingleStep(0.5)
        self.opening_spin.setSuffix(QCoreApplication.translate("Segments", " mm"))
        self.opening_spin.setValue(editor.grow_opening_mm)
        self.opening_spin.setToolTip(
            QCoreApplication.translate(
                "Segments",
                "Cuts thin bridges to neighbouring structures after region growing (0: off)",
            )
        )
        self.opening_spin.valueChanged.connect(lambda v: setattr(editor, "grow_opening_mm", v))
        form.addRow(QCoreApplication.translate("Segments", "Cut bridges"), self.opening_spin)

        self.limit_check = QCheckBox(QCoreApplication.translate("Segments", "Only slices"), self)
        self.limit_check.setObjectName("growLimit")
        self.limit_check.setToolTip(
            QCoreApplication.translate(
                "Segments", "Grow only between these slices, e.g. below a venous confluence"
            )
        )
        self.first_spin = QSpinBox(self)
        self.first_spin.setObjectName("growFirstSlice")
        self.last_spin = QSpinBox(self)
        self.last_spin.setObjectName("growLastSlice")
        count = editor.ctx.volume.shape[0] if editor.ctx.volume is not None else 1
        for spin, value in ((self.first_spin, 1), (self.last_spin, count)):
            spin.setRange(1, max(1, count))
            spin.setValue(value)
            spin.valueChanged.connect(self._limits_changed)
        self.limit_check.toggled.connect(self._limits_changed)
        limit_row = QHBoxLayout()
        limit_row.addWidget(self.limit_check)
        limit_row.addWidget(self.first_spin)
        limit_row.addWidget(QLabel("–", self))
        limit_row.addWidget(self.last_spin)
        form.addRow(QCoreApplication.translate("Segments", "Region growing"), limit_row)

        self.threshold_button = QPushButton(
            QCoreApplication.translate("Segments", "Keep HU range"), self
        )
        self.threshold_button.setObjectName("thresholdSegment")
        self.threshold_button.setToolTip(
            QCoreApplication.translate(
                "Segments", "Keep only the voxels of the segment whose value lies in the HU range"
            )
        )
        self.threshold_button.clicked.connect(self.threshold)
        self.fill_button = QPushButton(
            QCoreApplication.translate("Segments", "Fill between slices"), self
        )
        self.fill_button.setObjectName("fillBetweenSlices")
        self.fill_button.setToolTip(
            QCoreApplication.translate(
                "Segments", "Interpolate the outline on the slices between the slices you drew"
            )
        )
        self.fill_button.clicked.connect(self.fill_between_slices)
        self.islands_spin = QDoubleSpinBox(self)
        self.islands_spin.setObjectName("islandSize")
        self.islands_spin.setRange(0.001, 100.0)
        self.islands_spin.setDecimals(3)
        self.islands_spin.setValue(0.1)
        self.islands_spin.setSuffix(QCoreApplication.translate("Segments", " mL"))
        self.islands_button = QPushButton(
            QCoreApplication.translate("Segments", "Remove islands below"), self
        )
        self.islands_button.setObjectName("removeIslands")
        self.islands_button.clicked.connect(self.remove_islands)
        self.smooth_spin = QDoubleSpinBox(self)
        self.smooth_spin.setObjectName("smoothRadius")
        self.smooth_spin.setRange(0.5, 10.0)
        self.smooth_spin.setValue(1.5)
        self.smooth_spin.setSuffix(QCoreApplication.translate("Segments", " mm"))
        self.smooth_button = QPushButton(QCoreApplication.translate("Segments", "Smooth"), self)
        self.smooth_button.setObjectName("smoothSegment")
        self.smooth_button.clicked.connect(self.smooth)
        ops = QHBoxLayout()
        ops.addWidget(self.threshold_button)
        ops.addWidget(self.fill_button)
        form.addRow(ops)
        islands = QHBoxLayout()
        islands.addWidget(self.islands_button)
        islands.addWidget(self.islands_spin)
        form.addRow(islands)
        smooth = QHBoxLayout()
        smooth.addWidget(self.smooth_button)
        smooth.addWidget(self.smooth_spin)
        form.addRow(smooth)

        display = QGroupBox(QCoreApplication.translate("Segments", "Display"), self)
        display_row = QHBoxLayout(display)
        self.outline_check = QCheckBox(
            QCoreApplication.translate("Segments", "Outlines only"), self
        )
        self.outline_check.setObjectName("segmentOutline")
        self.outline_check.toggled.connect(self._display_changed)
        self.opacity_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.opacity_slider.setObjectName("segmentOpacity")
        self.opacity_slider.setRange(0, 100)
        self.opacity_slider.setValue(int(round(100 * session.segment_opacity)))
        self.opacity_slider.valueChanged.connect(self._display_changed)
        display_row.addWidget(self.outline_check)
        display_row.addWidget(QLabel(QCoreApplication.translate("Segments", "Opacity"), self))
        display_row.addWidget(self.opacity_slider)
        self.surfaces_button = QPushButton(
            QCoreApplication.translate("Segments", "Surfaces in 3-D"), self
        )
        self.surfaces_button.setObjectName("segmentSurfaces")
        self.surfaces_button.setToolTip(
            QCoreApplication.translate(
                "Segments", "Show the visible segments as surfaces in the 3-D view (2×2 layout)"
            )
        )
        self.surfaces_button.clicked.connect(editor.show_segments_3d)
        display_row.addWidget(self.surfaces_button)

        self.import_button = QPushButton(
            QCoreApplication.translate("Segments", "Import SEG…"), self
        )
        self.import_button.setObjectName("importSeg")
        self.import_button.setToolTip(
            QCoreApplication.translate(
                "Segments", "Add the segments of a DICOM Segmentation made on this series"
            )
        )
        self.import_button.clicked.connect(self.import_seg)
        self.export_button = QPushButton(
            QCoreApplication.translate("Segments", "Export SEG…"), self
        )
        self.export_button.setObjectName("exportSeg")
        self.export_button.setToolTip(
            QCoreApplication.translate(
                "Segments",
                "Write the case's segments as a DICOM Segmentation (names, codes, colours)",
            )
        )
        self.export_button.clicked.connect(self.export_seg)
        file_row = QHBoxLayout()
        file_row.addWidget(self.import_button)
        file_row.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tree, 2)
        layout.addWidget(self.code_label)
        layout.addLayout(add_row)
        layout.addLayout(edit_row)
        layout.addWidget(tools)
        layout.addWidget(display)
        layout.addLayout(file_row)

        session.segments_changed.connect(self.refresh)
        session.series_changed.connect(self.follow_series)
        self.follow_series()
        self.refresh()

    # --- list ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the session's segments."""
        current = self.editor.active_segment
        volume = self.editor.ctx.volume
        origins = provenance_of(self.editor.ctx.db, [s.uuid for s in self.session.segments])
        with QSignalBlocker(self.tree):
            self.tree.clear()
            for segment in self.session.segments:
                other = (
                    volume is not None and segment.series_instance_uid != volume.series_instance_uid
                )
                name = segment.name + (
                    QCoreApplication.translate("Segments", " (other series)") if other else ""
                )
                origin = ""
                if segment.uuid in origins:
                    origin = QCoreApplication.translate("Segments", " ({origin})").format(
                        origin=received_credit(origins[segment.uuid])
                    )
                name += origin
                item = QTreeWidgetItem(
                    [
                        name,
                        QCoreApplication.translate("Segments", "{ml:.1f} mL").format(
                            ml=segment.volume_ml
                        ),
                        QCoreApplication.translate(
                            "Segments", "{d:.0f} mm; {a:.0f} × {b:.0f} mm"
                        ).format(
                            d=segment.diameters_mm[0],
                            a=segment.diameters_mm[1],
                            b=segment.diameters_mm[2],
                        ),
                    ]
                )
                item.setIcon(0, _swatch(segment.colour))
                item.setData(0, UUID_ROLE, segment.uuid)
                item.setData(0, ORIGIN_ROLE, origin)
                item.setFlags(
                    item.flags() | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable
                )
                item.setCheckState(
                    0, Qt.CheckState.Checked if segment.visible else Qt.CheckState.Unchecked
                )
                item.setToolTip(
                    1,
                    QCoreApplication.translate(
                        "Segments",
                        "Longest diameter {d:.1f} mm; axial long × short axis {a:.1f} × {b:.1f} mm",
                    ).format(
                        d=segment.diameters_mm[0],
                        a=segment.diameters_mm[1],
                        b=segment.diameters_mm[2],
                    ),
                )
                self.tree.addTopLevelItem(item)
                if segment.uuid == current:
                    self.tree.setCurrentItem(item)
            for column in range(3):
                self.tree.resizeColumnToContents(column)
        if current not in {s.uuid for s in self.session.segments}:
            self.editor.active_segment = None
        self._show_code()

    def current_segment(self) -> Segment | None:
        """The selected segment."""
        return next(
            (s for s in self.session.segments if s.uuid == self.editor.active_segment), None
        )

    def select(self, uuid: str) -> None:
        """Make the segment ``uuid`` the one the tools change."""
        self.editor.active_segment = uuid
        self.refresh()

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        self.editor.active_segment = current.data(0, UUID_ROLE) if current is not None else None
        self._show_code()

    # --- HU range presets ----------------------------------------------------------------

    def follow_series(self, *_: object) -> None:
        """Take the contrast phase from the primary series' description (when it names one)."""
        primary = self.session.primary
        phase = phase_from_description(primary.info.series_description) if primary else None
        self.phase_combo.setCurrentIndex(
            self.phase_combo.findData(phase.value) if phase is not None else -1
        )
        self._apply_preset()

    def _follow_segment(self) -> None:
        """Choose the selected segment's structure (when its type is a known one)."""
        segment = self.current_segment()
        if segment is None:
            return
        followed = (segment.uuid, segment.type.value)
        if followed == self._followed:
            return
        self._followed = followed
        structure = structure_of(segment.type)
        if structure is not None:
            self.structure_combo.setCurrentIndex(self.structure_combo.findData(structure.value))
            self._apply_preset()

    def chosen_structure(self) -> Structure | None:
        """The structure chosen for the HU range (``None``: the user's own range)."""
        value = self.structure_combo.currentData()
        return Structure(value) if value else None

    def chosen_phase(self) -> ContrastPhase | None:
        """The contrast phase chosen or read from the series (``None``: not known)."""
        value = self.phase_combo.currentData()
        return ContrastPhase(value) if value else None

    def _apply_preset(self, *_: object) -> None:
        structure, phase = self.chosen_structure(), self.chosen_phase()
        volume = self.editor.ctx.volume
        if structure is None:
            self.preset_label.setText("")
            return
        if volume is not None and volume.modality not in ("CT", ""):
            self.preset_label.setText(
                QCoreApplication.translate(
                    "Segments", "HU ranges are for CT; set the range of this series yourself."
                )
            )
            return
        if phase is None:
            self.preset_label.setText(
                QCoreApplication.translate(
                    "Segments",
                    "The series does not say its contrast phase: choose it to use the "
                    "structure's HU range.",
                )
            )
            return
        preset = hu_range(structure, phase)
        for spin, value in ((self.low_spin, preset.lower), (self.high_spin, preset.upper)):
            with QSignalBlocker(spin):
                spin.setValue(int(value))
        self._range_changed()

    def _describe_range(self) -> None:
        """Say which structure's range is in use, or that the user changed it."""
        structure, phase = self.chosen_structure(), self.chosen_phase()
        if structure is None or phase is None:
            return
        preset = hu_range(structure, phase)
        if self.editor.grow_range == (preset.lower, preset.upper):
            text = QCoreApplication.translate(
                "Segments", "{structure}, {phase}: {lower:.0f} to {upper:.0f} HU"
            )
        else:
            text = QCoreApplication.translate(
                "Segments",
                "Range changed by hand ({structure}, {phase}: {lower:.0f} to {upper:.0f} HU)",
            )
        self.preset_label.setText(
            text.format(
                structure=self.structure_combo.currentText(),
                phase=self.phase_combo.currentText(),
                lower=preset.lower,
                upper=preset.upper,
            )
        )

    def _show_code(self) -> None:
        segment = self.current_segment()
        self._follow_segment()
        has = segment is not None
        for widget in (self.recode_button, self.colour_button, self.delete_button):
            widget.setEnabled(has)
        if segment is None:
            self.code_label.setText(
                QCoreApplication.translate("Segments", "Select a segment to edit it, or add one.")
            )
            return
        self.code_label.setText(
            QCoreApplication.translate(
                "Segments", "{category} / {type} ({scheme} {value}), by {author}"
            ).format(
                category=segment.category.meaning,
                type=segment.type.meaning,
                scheme=segment.type.scheme,
                value=segment.type.value,
                author=segment.author,
            )
        )

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        segment = next(
            (s for s in self.session.segments if s.uuid == item.data(0, UUID_ROLE)), None
        )
        if segment is None or column != 0:
            return
        ctx, stack = self.editor.ctx, self.editor.undo_stack
        visible = item.checkState(0) == Qt.CheckState.Checked
        if visible != segment.visible:
            stack.run(ChangeSegment(ctx, segment.uuid, visible=visible))
            return
        name = item.text(0).strip()
        origin = str(item.data(0, ORIGIN_ROLE) or "").strip()
        if origin and name.endswith(origin):
            name = name[: -len(origin)].strip()
        if (
            name
            and name != segment.name
            and not name.endswith(QCoreApplication.translate("Segments", " (other series)"))
        ):
            stack.run(ChangeSegment(ctx, segment.uuid, name=name))
        else:
            self.refresh()

    def add_from_template(self) -> None:
        """Add an empty segment of the chosen type and select it."""
        volume = self.editor.ctx.volume
        if volume is None:
            return
        template = TEMPLATE_BY_KEY[self.template_combo.currentData()]
        taken = {s.name for s in self.session.segments}
        name = _tr(template.name)
        number = 2
        while name in taken:
            name = f"{_tr(template.name)} {number}"
            number += 1
        draft = SegmentDraft(
            name,
            template.category,
            template.type,
            template.colour,
            volume.series_instance_uid,
            volume.frame_of_reference_uid,
        )
        if self.editor.undo_stack.run(CreateSegment(self.editor.ctx, draft)):
            self.select(draft.uuid)

    def recode_current(self) -> None:
        """Give the selected segment the chosen template's codes."""
        segment = self.current_segment()
        if segment is None:
            return
        template = TEMPLATE_BY_KEY[self.template_combo.currentData()]
        self.editor.undo_stack.run(
            ChangeSegment(
                self.editor.ctx, segment.uuid, category=template.category, type=template.type
            )
        )

    def choose_colour(self) -> None:
        """Pick a new colour for the selected segment."""
        segment = self.current_segment()
        if segment is None:
            return
        colour = QColorDialog.getColor(
            QColor(*segment.colour), self, QCoreApplication.translate("Segments", "Segment colour")
        )
        if colour.isValid():
            self.editor.undo_stack.run(
                ChangeSegment(
                    self.editor.ctx,
                    segment.uuid,
                    colour=(colour.red(), colour.green(), colour.blue()),
                )
            )

    def delete_current(self) -> None:
        """Delete the selected segment (undo brings it back)."""
        segment = self.current_segment()
        if segment is not None:
            self.editor.undo_stack.run(DeleteSegment(self.editor.ctx, segment.uuid))

    # --- tools ---------------------------------------------------------------------------

    def _range_changed(self, *_: object) -> None:
        low, high = sorted((self.low_spin.value(), self.high_spin.value()))
        self.editor.grow_range = (float(low), float(high))
        self._describe_range()

    def _limits_changed(self, *_: object) -> None:
        if self.limit_check.isChecked():
            first, last = sorted((self.first_spin.value(), self.last_spin.value()))
            self.editor.grow_slices = (first - 1, last - 1)
        else:
            self.editor.grow_slices = None

    def _display_changed(self, *_: object) -> None:
        self.session.set_segment_display(
            self.outline_check.isChecked(), self.opacity_slider.value() / 100.0
        )

    def _run(
        self,
        title: str,
        command: str,
        function: Callable[[NDArray[np.bool_], Volume], NDArray[np.bool_]],
    ) -> None:
        segment = self.current_segment()
        volume = self.editor.ctx.volume
        if segment is None or volume is None:
            self.editor.message.emit(
                QCoreApplication.translate("Segments", "Add or select a segment first.")
            )
            return
        mask = self.editor.mask_of(segment.uuid).copy()

        def work(progress: ProgressReporter, cancel: CancelToken) -> object:
            return function(mask, volume)

        self.editor.apply_to_segment(title, command, work)

    def threshold(self) -> None:
        """Keep only the segment's voxels in the HU range."""
        low, high = self.editor.grow_range
        self._run(
            QCoreApplication.translate("Segments", "Applying the HU range"),
            "Threshold",
            lambda mask, volume: seg.threshold(volume, low, high, within=mask),
        )

    def fill_between_slices(self) -> None:
        """Interpolate between the slices drawn on."""
        self._run(
            QCoreApplication.translate("Segments", "Filling between slices"),
            "Fill between slices",
            lambda mask, volume: seg.interpolate_slices(mask),
        )

    def remove_islands(self) -> None:
        """Remove the parts smaller than the island size."""
        size = self.islands_spin.value()
        self._run(
            QCoreApplication.translate("Segments", "Removing small islands"),
            "Remove small islands",
            lambda mask, volume: seg.remove_small_islands(mask, volume, size),
        )

    def smooth(self) -> None:
        """Smooth the selected segment's surface."""
        radius = self.smooth_spin.value()
        self._run(
            QCoreApplication.translate("Segments", "Smoothing"),
            "Smooth",
            lambda mask, volume: seg.smooth(mask, volume, radius),
        )

    # --- DICOM SEG -----------------------------------------------------------------------

    def import_seg(self, path: str | None = None) -> None:
        """Add the segments of a DICOM SEG file (asks for the file when none is given)."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self,
                QCoreApplication.translate("Segments", "Import DICOM Segmentation"),
                "",
                QCoreApplication.translate("Segments", "DICOM files (*.dcm *.DCM);;All files (*)"),
            )
            if not path:
                return
        ctx = self.editor.ctx
        volume = ctx.volume

        def work(progress: ProgressReporter, cancel: CancelToken) -> list[Segment]:
            return import_seg(ctx.db, ctx.case_id, Path(path), ctx.actor, volume)

        def done(segments: list[Segment]) -> None:
            self.editor.undo_stack.run(ImportedSegments(ctx, [s.uuid for s in segments]))
            self.editor.message.emit(
                QCoreApplication.translate("Segments", "{n} segment(s) imported.").format(
                    n=len(segments)
                )
            )

        self.editor.run_task(
            QCoreApplication.translate("Segments", "Importing the segmentation"), work, done
        )

    def export_seg(self, path: str | None = None) -> None:
        """Write the case's segments as a DICOM SEG (asks where when no path is given)."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                QCoreApplication.translate("Segments", "Export DICOM Segmentation"),
                str(Path.home() / f"case-{self.editor.ctx.case_id}-seg.dcm"),
                QCoreApplication.translate("Segments", "DICOM files (*.dcm)"),
            )
            if not path:
                return
        ctx = self.editor.ctx

        def work(progress: ProgressReporter, cancel: CancelToken) -> object:
            return export_seg(ctx.db, ctx.case_id, Path(path), actor=ctx.actor)

        def done(result: object) -> None:
            self.editor.message.emit(
                QCoreApplication.translate("Segments", "Segmentation written to {path}").format(
                    path=str(result)
                )
            )

        self.editor.run_task(
            QCoreApplication.translate("Segments", "Writing the segmentation"), work, done
        )
