"""The resection chooser: a named resection, Couinaud segments ticked one by one, or a surface.

Named resections and the segment boxes need the Couinaud segments; before they exist only the
resection surface can be chosen, and the chooser says how to get the segments.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from casereview.domain.liver_plan_record import (
    COUINAUD_LABELS,
    NAMED_RESECTIONS,
    RESECTION_NAMES,
    resection_name,
)
from casereview.ui.core_messages import translate_message

#: Item data of the chooser's special entries.
SURFACE = "surface"
CHOSEN_SEGMENTS = "segments"

_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")


class ResectionChooser(QWidget):
    """Chooses what the plan removes."""

    #: Couinaud segments to remove (sorted tuple of labels).
    segments_chosen = Signal(object)
    #: The resection surface was chosen.
    surface_chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resectionChooser")
        self.combo = QComboBox(self)
        self.combo.setObjectName("resectionCombo")
        self.combo.setToolTip(self.tr("What the plan removes"))
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(16)
        self.boxes: dict[int, QCheckBox] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for i, label in enumerate(COUINAUD_LABELS):
            box = QCheckBox(self.tr("{number} ({roman})").format(number=label, roman=_ROMAN[i]))
            box.setObjectName(f"segmentBox{label}")
            box.setToolTip(self.tr("Remove Couinaud segment {number}").format(number=label))
            box.toggled.connect(self._box_toggled)
            self.boxes[label] = box
            grid.addWidget(box, i // 4, i % 4)
        self.boxes_widget = QWidget(self)
        self.boxes_widget.setLayout(grid)
        self.note = QLabel(self)
        self.note.setObjectName("chooserNote")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addWidget(self.boxes_widget)
        layout.addWidget(self.note)
        self.combo.activated.connect(self._chosen)
        self.set_segments_available(False)

    def set_segments_available(self, available: bool) -> None:
        """Offer named resections and segment boxes (only with Couinaud segments)."""
        with QSignalBlocker(self.combo):
            current = self.combo.currentData()
            self.combo.clear()
            self.combo.addItem(self.tr("Resection surface (drag its points)"), SURFACE)
            if available:
                for key in NAMED_RESECTIONS:
                    self.combo.addItem(translate_message(RESECTION_NAMES[key]).capitalize(), key)
                self.combo.addItem(self.tr("Segments ticked below"), CHOSEN_SEGMENTS)
            index = self.combo.findData(current)
            self.combo.setCurrentIndex(max(index, 0))
        self.boxes_widget.setVisible(available)
        self.note.setText(
            ""
            if available
            else self.tr(
                "Named resections and segments need the Couinaud segments: place the landmarks "
                "and build them (Segments tab)."
            )
        )
        self.note.setVisible(not available)

    def removed(self) -> tuple[int, ...]:
        """The segments ticked."""
        return tuple(label for label, box in self.boxes.items() if box.isChecked())

    def is_surface(self) -> bool:
        """Whether the resection surface is chosen."""
        return self.combo.currentData() == SURFACE

    def choose_named(self, key: str) -> None:
        """Choose a named resection, as a click in the list does."""
        index = self.combo.findData(key)
        if index >= 0:
            self.combo.setCurrentIndex(index)
            self._chosen(index)

    def choose_surface(self) -> None:
        """Choose the resection surface, as a click in the list does."""
        index = self.combo.findData(SURFACE)
        self.combo.setCurrentIndex(index)
        self._chosen(index)

    def show_surface(self) -> None:
        """Show the resection surface as chosen without announcing it (no segment ticked)."""
        self._tick(())
        with QSignalBlocker(self.combo):
            self.combo.setCurrentIndex(max(self.combo.findData(SURFACE), 0))

    def show_segments(self, removed: tuple[int, ...]) -> None:
        """Show a segment plan (a saved one) without announcing it."""
        self._tick(removed)
        with QSignalBlocker(self.combo):
            key = resection_name(removed) or CHOSEN_SEGMENTS
            self.combo.setCurrentIndex(max(self.combo.findData(key), 0))

    def _tick(self, removed: tuple[int, ...]) -> None:
        for label, box in self.boxes.items():
            with QSignalBlocker(box):
                box.setChecked(label in removed)

    def _chosen(self, index: int) -> None:
        key = self.combo.itemData(index)
        if key == SURFACE:
            self._tick(())
            self.surface_chosen.emit()
            return
        if key in NAMED_RESECTIONS:
            self._tick(NAMED_RESECTIONS[key])
        removed = self.removed()
        if removed:
            self.segments_chosen.emit(removed)

    def _box_toggled(self, _checked: bool) -> None:
        removed = self.removed()
        with QSignalBlocker(self.combo):
            key = resection_name(removed) if removed else None
            self.combo.setCurrentIndex(max(self.combo.findData(key or CHOSEN_SEGMENTS), 0))
        if removed:
            self.segments_chosen.emit(removed)
