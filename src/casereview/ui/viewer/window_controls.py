"""The window controls both image views share: preset entries and the W and L boxes."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox, QToolBar, QWidget

from casereview.session import WINDOW_PRESETS


def add_preset_items(combo: QComboBox, names: Mapping[str, object]) -> None:
    """Add each window preset as "Abdomen (400/50)", its key as the item's data.

    ``names`` maps preset keys to untranslated names (the "Viewer" context translates them).
    """
    for key, name in names.items():
        width, level = WINDOW_PRESETS[key]
        label = QCoreApplication.translate("Viewer", str(name))
        combo.addItem(f"{label} ({width:.0f}/{level:.0f})", key)


def add_width_level_boxes(
    bar: QToolBar,
    parent: QWidget,
    *,
    object_names: tuple[str, str],
    ranges: tuple[tuple[int, int], tuple[int, int]],
    tooltips: tuple[str, str],
    apply: Callable[[int, int], None],
) -> tuple[QSpinBox, QSpinBox]:
    """Add "W [width] L [level]" to ``bar``; a value typed or stepped calls ``apply(w, l)``.

    Returns
    -------
    tuple of QSpinBox
        The width and the level box.
    """
    boxes: list[QSpinBox] = []
    letters = (
        QCoreApplication.translate("Viewer", "W"),
        QCoreApplication.translate("Viewer", "L"),
    )
    for letter, name, (low, high), tooltip in zip(
        letters, object_names, ranges, tooltips, strict=True
    ):
        bar.addWidget(QLabel(letter, parent))
        box = QSpinBox(parent)
        box.setObjectName(name)
        box.setRange(low, high)
        box.setToolTip(tooltip)
        # Typing "400" must not apply 4 and 40 first.
        box.setKeyboardTracking(False)
        bar.addWidget(box)
        boxes.append(box)
    width, level = boxes
    for box in boxes:
        box.valueChanged.connect(lambda _value: apply(width.value(), level.value()))
    return width, level
