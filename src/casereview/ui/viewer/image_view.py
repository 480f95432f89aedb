"""The picture view: a series that holds no volume (screenshots, dose screens, secondary
captures, ultrasound, a lone slice) shown image by image in 2-D.

Window/level (drag or presets) for grey pictures, colour ones as they are; zoom, pan and fit;
length, angle and area marks stored with the case like every annotation, measured in mm when
the picture has a pixel size and in pixels (``px``) when it has none; corner texts as the slice
views have them; multi-frame pictures (ultrasound cine) page frame by frame.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from casereview.commands import EditContext
from casereview.commands.edits import DeleteAnnotation
from casereview.commands.image_edits import CreateImageAnnotation
from casereview.dicom.single_image import (
    PIXEL_UNIT_TEXT,
    SeriesPictures,
    SingleImage,
    SpacingSource,
)
from casereview.domain.annotations import (
    Annotation,
    AnnotationDraft,
    AnnotationKind,
    format_measurement,
)
from casereview.domain.changes import Changes
from casereview.errors import ValidationError
from casereview.session import WINDOW_PRESETS, SeriesInfo, ViewerSession
from casereview.ui.core_messages import translate_message
from casereview.ui.undo import UndoStack
from casereview.ui.viewer.image_canvas import ImageCanvas, ImageTool, PixelPosition, ShownMark
from casereview.ui.viewer.tool_kinds import TOOL_TEXTS, Tool, measurement_names
from casereview.ui.viewer.viewer import CINE_FPS, PRESET_NAMES
from casereview.ui.viewer.window_controls import add_preset_items, add_width_level_boxes

#: Window presets of every grey picture: the one its header gives, and min to max.
STORED_WINDOW = "image"
FULL_RANGE_WINDOW = "full"


def mark_text(annotation: Annotation) -> str:
    """The values shown next to a mark and in the list (perimeters left out; areas on CT
    pictures with their HU mean ± SD)."""
    names = measurement_names()
    if any(m.unit in PIXEL_UNIT_TEXT for m in annotation.measurements):
        values = [m for m in annotation.measurements if m.name != "perimeter"]
        text = ", ".join(format_measurement(m, names) for m in values)
    else:  # mm, degrees and HU read as on every other view of the case
        text = annotation.summary(names)
    return f"{annotation.label}: {text}" if annotation.label and text else text or annotation.label


def spacing_note(image: SingleImage) -> str:
    """What lengths on ``image`` are measured in, in the user's language."""
    if image.spacing_source is SpacingSource.PIXEL_SPACING:
        return ""
    if image.spacing_source is SpacingSource.IMAGER_PIXEL_SPACING:
        return QCoreApplication.translate(
            "ImageView",
            "Lengths are in mm at the detector (Imager Pixel Spacing): not corrected for "
            "magnification, so the patient's sizes may be smaller.",
        )
    return QCoreApplication.translate(
        "ImageView",
        "This image has no pixel size: lengths and areas are in pixels (px), not millimetres.",
    )


class ImageViewer(QWidget):
    """A series of pictures in a 2-D view with window, zoom and marks.

    Parameters
    ----------
    pictures, info
        What to show and what the corner texts say about its series.
    hide_phi
        Whether patient identity starts hidden.
    edit_context
        The case marks are stored in (``None``: the series is in no case; measuring is off).
    undo_stack
        The window's undo history (marks are undoable edits).
    """

    def __init__(
        self,
        pictures: SeriesPictures,
        info: SeriesInfo,
        *,
        hide_phi: bool = False,
        edit_context: EditContext | None = None,
        undo_stack: UndoStack | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("imageViewer")
        self.pictures = pictures
        self.info = info
        self.phi_hidden = hide_phi
        #: Holds the case's annotations as stored (the edit commands refresh it).
        self.session = ViewerSession()
        self.ctx = edit_context
        if edit_context is not None:
            edit_context.session = self.session
        self.undo_stack = undo_stack
        self.canvas = ImageCanvas(pictures, self)

        self._build_toolbar()
        self.notes = QLabel(self)
        self.notes.setObjectName("imageNotes")
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.RichText)
        self.notes.setStyleSheet(
            "QLabel#imageNotes { background: #fff3cd; color: #5c4400;"
            " border-bottom: 1px solid #e0c36c; padding: 4px 8px; }"
        )
        self.readout = QLabel(self)
        self.readout.setObjectName("imageReadout")
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(4, 4, 4, 4)
        heading = QLabel(
            QCoreApplication.translate("ImageView", "Measurements on these images"), side
        )
        heading.setWordWrap(True)
        side_layout.addWidget(heading)
        self.measurement_list = QListWidget(side)
        self.measurement_list.setObjectName("imageMeasurements")
        self.measurement_list.setWordWrap(True)
        self.measurement_list.currentItemChanged.connect(self._list_selection_changed)
        side_layout.addWidget(self.measurement_list, 1)
        self.delete_button = QPushButton(
            QCoreApplication.translate("ImageView", "Delete measurement"), side
        )
        self.delete_button.setObjectName("deleteImageMeasurement")
        self.delete_button.clicked.connect(self.delete_selected)
        self.delete_button.setEnabled(False)
        side_layout.addWidget(self.delete_button)
        self.case_note = QLabel(side)
        self.case_note.setWordWrap(True)
        side_layout.addWidget(self.case_note)
        side.setMinimumWidth(240)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("imageSplitter")
        self.splitter.addWidget(self.canvas)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([900, 280])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.notes)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.readout)

        canvas = self.canvas
        canvas.hovered.connect(self._show_readout)
        canvas.mark_drawn.connect(self._mark_drawn)
        canvas.page_changed.connect(self._page_changed)
        canvas.window_dragged.connect(lambda width, level: self._show_window(width, level))
        canvas.view_changed.connect(self._update_corners)
        self.session.annotations_changed.connect(self._annotations_changed)

        if edit_context is None:
            self.case_note.setText(
                QCoreApplication.translate(
                    "ImageView",
                    "This series is in no case: create a case (Ctrl+N) to measure and keep marks.",
                )
            )
            for button in self.tool_buttons.values():
                button.setEnabled(button is self.tool_buttons[ImageTool.NAVIGATE])
            self.delete_button.hide()
        else:
            edit_context.refresh_annotations()
        self._show_window(*canvas.grey_window)
        self._page_changed(0)
        self._show_readout(None)

    # --- tool bar --------------------------------------------------------------------

    def _build_toolbar(self) -> None:
        bar = QToolBar(QCoreApplication.translate("ImageView", "Image"), self)
        bar.setObjectName("imageToolbar")
        self.toolbar = bar
        self.preset_combo = QComboBox(self)
        self.preset_combo.setObjectName("imagePresetCombo")
        self.preset_combo.addItem(QCoreApplication.translate("ImageView", "Window preset…"), None)
        self.preset_combo.addItem(
            QCoreApplication.translate("ImageView", "As stored in the image"), STORED_WINDOW
        )
        self.preset_combo.addItem(
            QCoreApplication.translate("ImageView", "Full range"), FULL_RANGE_WINDOW
        )
        if any(image.modality == "CT" for image in self.pictures.images):
            add_preset_items(self.preset_combo, PRESET_NAMES)
        self.preset_combo.activated.connect(self._preset_chosen)
        bar.addWidget(self.preset_combo)
        self.width_spin, self.level_spin = add_width_level_boxes(
            bar,
            self,
            object_names=("imageWindowWidth", "imageWindowLevel"),
            ranges=((1, 100_000), (-100_000, 100_000)),
            tooltips=(
                QCoreApplication.translate("ImageView", "Window width"),
                QCoreApplication.translate("ImageView", "Window level"),
            ),
            apply=self.set_window,
        )
        self.invert_button = self._button(
            "imageInvert",
            QCoreApplication.translate("Viewer", "Invert"),
            QCoreApplication.translate("ImageView", "Invert the grey scale"),
        )
        self.invert_button.setCheckable(True)
        self.invert_button.toggled.connect(self._invert_toggled)
        # Colour pictures are shown as stored: no window to set, so no controls that do nothing.
        grey = any(not image.colour for image in self.pictures.images)
        for action in bar.actions():
            action.setVisible(grey)
        bar.addSeparator().setVisible(grey)

        fit = self._button(
            "fitImage",
            QCoreApplication.translate("ImageView", "Fit"),
            QCoreApplication.translate("ImageView", "Show the whole image, as large as fits"),
        )
        fit.clicked.connect(self.canvas.fit)
        actual = self._button(
            "actualSize",
            QCoreApplication.translate("ImageView", "1:1"),
            QCoreApplication.translate("ImageView", "One screen pixel per image pixel"),
        )
        actual.clicked.connect(lambda: self.canvas.set_scale(1.0))
        zoom_in = self._button(
            "zoomIn",
            QCoreApplication.translate("ImageView", "Zoom in"),
            QCoreApplication.translate("ImageView", "Magnify (also Ctrl+wheel, right-drag)"),
        )
        zoom_in.clicked.connect(lambda: self.canvas.zoom_by(1.25))
        zoom_out = self._button(
            "zoomOut",
            QCoreApplication.translate("ImageView", "Zoom out"),
            QCoreApplication.translate("ImageView", "Reduce (also Ctrl+wheel, right-drag)"),
        )
        zoom_out.clicked.connect(lambda: self.canvas.zoom_by(0.8))
        bar.addSeparator()

        self.tool_group = QButtonGroup(self)
        self.tool_group.setExclusive(True)
        self.tool_buttons: dict[ImageTool, QToolButton] = {}
        for tool, text, tip in (
            (
                ImageTool.NAVIGATE,
                QCoreApplication.translate("ImageView", "Window")
                if grey
                else QCoreApplication.translate("ImageView", "Move"),
                QCoreApplication.translate(
                    "ImageView",
                    "Drag to change the window (horizontal: width, vertical: level); "
                    "Shift+drag or middle-drag pans",
                )
                if grey
                else QCoreApplication.translate("ImageView", "Drag to move the image"),
            ),
            (
                ImageTool.LENGTH,
                QCoreApplication.translate("ImageView", "Length"),
                QCoreApplication.translate("ImageView", "Drag from one end to the other"),
            ),
            (
                ImageTool.ANGLE,
                QCoreApplication.translate("ImageView", "Angle"),
                QCoreApplication.translate(
                    "ImageView", "Click the end of one arm, the vertex, then the other end"
                ),
            ),
            (
                ImageTool.POLYGON,
                QCoreApplication.translate("ImageView", "Area"),
                QCoreApplication.translate(
                    "ImageView", "Click around the outline; double-click or Enter closes it"
                ),
            ),
            (
                ImageTool.ELLIPSE,
                QCoreApplication.translate("ImageView", "Ellipse"),
                QCoreApplication.translate("ImageView", "Drag from the centre outwards"),
            ),
        ):
            button = self._button(f"imageTool.{tool.value}", text, tip)
            button.setCheckable(True)
            button.clicked.connect(lambda _checked=False, t=tool: self.set_tool(t))
            self.tool_group.addButton(button)
            self.tool_buttons[tool] = button
        self.tool_buttons[ImageTool.NAVIGATE].setChecked(True)

        self.frame_label = QLabel(QCoreApplication.translate("ImageView", "Frame"), self)
        self.frame_spin = QSpinBox(self)
        self.frame_spin.setObjectName("imageFrame")
        self.frame_spin.setRange(1, self.pictures.frame_count)
        self.frame_spin.setToolTip(
            QCoreApplication.translate(
                "ImageView", "Image or frame shown (wheel, Page Up/Page Down)"
            )
        )
        self.frame_spin.valueChanged.connect(lambda value: self.canvas.set_page(value - 1))
        several = self.pictures.frame_count > 1
        bar.addSeparator().setVisible(several)
        bar.addWidget(self.frame_label).setVisible(several)
        bar.addWidget(self.frame_spin).setVisible(several)
        self.cine_button = self._button(
            "imageCine",
            QCoreApplication.translate("Viewer", "Cine"),
            QCoreApplication.translate(
                "ImageView", "Play through the frames (click again to pause)"
            ),
        )
        self.cine_button.setCheckable(True)
        self.cine_button.toggled.connect(self.set_cine)
        self.toolbar.actions()[-1].setVisible(several)
        self.cine_timer = QTimer(self)
        self.cine_timer.setInterval(1000 // CINE_FPS)
        self.cine_timer.timeout.connect(self.cine_step)

    def _button(self, name: str, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setToolTip(tip)
        self.toolbar.addWidget(button)
        return button

    def _preset_chosen(self, index: int) -> None:
        key = self.preset_combo.itemData(index)
        image, frame = self.pictures.frame(self.canvas.page)
        if key == STORED_WINDOW:
            center, width = image.default_window
            self.set_window(width, center)
        elif key == FULL_RANGE_WINDOW and not image.colour:
            values = image.pixels[frame]
            low, high = float(values.min()), float(values.max())
            self.set_window(max(high - low, 1.0), (low + high) / 2)
        elif key in WINDOW_PRESETS:
            width, level = WINDOW_PRESETS[key]
            self.set_window(width, level)
        self.preset_combo.setCurrentIndex(0)

    def apply_preset(self, key: str) -> None:
        """Apply a window preset as the preset menu does (:data:`STORED_WINDOW`,
        :data:`FULL_RANGE_WINDOW` or a CT preset's key)."""
        self._preset_chosen(self.preset_combo.findData(key))

    def _invert_toggled(self, invert: bool) -> None:
        self.canvas.set_invert(invert)

    # --- state -----------------------------------------------------------------------

    def set_window(self, width: float, level: float) -> None:
        """Window of the grey pictures."""
        self.canvas.set_window(width, level)
        self._show_window(*self.canvas.grey_window)

    def _show_window(self, width: float, level: float) -> None:
        for spin, value in ((self.width_spin, width), (self.level_spin, level)):
            with QSignalBlocker(spin):
                spin.setValue(round(value))
        self._update_corners()

    def set_tool(self, tool: ImageTool) -> None:
        """Choose what a left-drag does."""
        self.canvas.set_tool(tool)
        with QSignalBlocker(self.tool_group):
            self.tool_buttons[ImageTool(tool)].setChecked(True)

    def set_hide_phi(self, hide: bool) -> None:
        """Hide or show the patient's identity in the corner texts."""
        self.phi_hidden = hide
        self._update_corners()

    def _page_changed(self, page: int) -> None:
        with QSignalBlocker(self.frame_spin):
            self.frame_spin.setValue(page + 1)
        image = self.canvas.image
        notes = [spacing_note(image)] if spacing_note(image) else []
        notes += [translate_message(text) for text in self.pictures.warnings]
        self.notes.setVisible(bool(notes))
        self.notes.setText("<br/>".join(f"⚠ {html.escape(note)}" for note in notes))
        self._show_marks()
        self._update_corners()

    def _update_corners(self) -> None:
        image = self.canvas.image
        info = self.info
        if self.phi_hidden:
            upper_left = QCoreApplication.translate("Viewer", "Identity hidden")
        else:
            upper_left = "\n".join(t for t in (info.patient_name, info.patient_id) if t)
        upper_right = "\n".join(
            t for t in (info.study_description, info.study_date, info.series_description) if t
        )
        lower_left = [
            QCoreApplication.translate("Viewer", "Im {index}/{count}").format(
                index=self.canvas.page + 1, count=self.pictures.frame_count
            ),
            f"{image.modality} {image.columns} × {image.rows}".strip(),
        ]
        if image.spacing is None:
            lower_left.append(QCoreApplication.translate("ImageView", "No pixel size: px"))
        elif image.spacing_source is SpacingSource.IMAGER_PIXEL_SPACING:
            lower_left.append(
                QCoreApplication.translate("ImageView", "Imager Pixel Spacing {mm:.3g} mm").format(
                    mm=image.spacing[1]
                )
            )
        else:
            lower_left.append(
                QCoreApplication.translate("ImageView", "Pixel Spacing {mm:.3g} mm").format(
                    mm=image.spacing[1]
                )
            )
        if image.colour:
            window = QCoreApplication.translate("ImageView", "Colour (shown as stored)")
        else:
            width, level = self.canvas.grey_window
            window = QCoreApplication.translate("Viewer", "W {width:.0f} L {level:.0f}").format(
                width=width, level=level
            )
        zoom = QCoreApplication.translate("ImageView", "Zoom {percent:.0f} %").format(
            percent=100 * self.canvas.scale
        )
        self.canvas.set_corner_texts(
            {
                "upper_left": upper_left,
                "upper_right": upper_right,
                "lower_left": "\n".join(lower_left),
                "lower_right": f"{window}\n{zoom}",
            }
        )

    # --- read-out --------------------------------------------------------------------

    def _show_readout(self, under: object) -> None:
        if not isinstance(under, tuple):
            self.readout.setText(
                QCoreApplication.translate(
                    "ImageView", "Move the mouse over the image for its value."
                )
            )
            return
        image, frame, column, row = under
        value = image.value_at(frame, row, column)
        if isinstance(value, tuple):
            value_text = QCoreApplication.translate(
                "ImageView", "RGB {red}, {green}, {blue}"
            ).format(red=value[0], green=value[1], blue=value[2])
        elif value is None:
            value_text = QCoreApplication.translate("ImageView", "outside the image")
        elif image.modality == "CT":
            value_text = QCoreApplication.translate("Viewer", "{v:.0f} HU").format(v=value)
        else:
            value_text = f"{value:.6g}"
        self.readout.setText(
            QCoreApplication.translate("ImageView", "{value} · column {column}, row {row}").format(
                value=value_text, column=column, row=row
            )
        )

    # --- marks -----------------------------------------------------------------------

    def _images_by_sop(self) -> dict[str, SingleImage]:
        return {image.sop_instance_uid: image for image in self.pictures.images}

    def _page_of(self, annotation: Annotation) -> int | None:
        """The page a mark is on (``None``: not on these pictures)."""
        page = 0
        for image in self.pictures.images:
            if image.sop_instance_uid == annotation.reference.sop_instance_uid:
                frame = (annotation.reference.frame_number or 1) - 1
                return page + frame if 0 <= frame < image.frame_count else None
            page += image.frame_count
        return None

    def marks(self) -> list[Annotation]:
        """The case's marks on these pictures, in page order."""
        found = [(self._page_of(a), a) for a in self.session.annotations]
        return [
            a
            for page, a in sorted(
                ((p, a) for p, a in found if p is not None), key=lambda item: item[0]
            )
        ]

    def _annotations_changed(self) -> None:
        selected = self.session.selected_annotation
        with QSignalBlocker(self.measurement_list):
            self.measurement_list.clear()
            for annotation in self.marks():
                page = self._page_of(annotation)
                assert page is not None
                item = QListWidgetItem(
                    QCoreApplication.translate("ImageView", "{values} · Im {index}").format(
                        values=mark_text(annotation), index=page + 1
                    )
                )
                item.setData(Qt.ItemDataRole.UserRole, annotation.uuid)
                self.measurement_list.addItem(item)
                if annotation.uuid == selected:
                    self.measurement_list.setCurrentItem(item)
        self.delete_button.setEnabled(self.measurement_list.currentItem() is not None)
        self._show_marks()

    def _show_marks(self) -> None:
        image, frame = self.pictures.frame(self.canvas.page)
        shown = []
        for annotation in self.marks():
            if not annotation.visible or self._page_of(annotation) != self.canvas.page:
                continue
            shown.append(
                ShownMark(
                    annotation.uuid,
                    annotation.kind,
                    image.to_pixels(annotation.points),
                    mark_text(annotation),
                    annotation.uuid == self.session.selected_annotation,
                )
            )
        self.canvas.set_marks(shown)

    def _list_selection_changed(self, current: QListWidgetItem | None, *_: object) -> None:
        self.delete_button.setEnabled(current is not None)
        if current is None:
            return
        uuid = current.data(Qt.ItemDataRole.UserRole)
        self.session.select_annotation(uuid)
        annotation = next((a for a in self.session.annotations if a.uuid == uuid), None)
        page = self._page_of(annotation) if annotation is not None else None
        if page is not None:
            self.canvas.set_page(page)
        self._show_marks()

    def _mark_drawn(self, kind: AnnotationKind, pixels: list[PixelPosition]) -> None:
        if self.ctx is None or self.undo_stack is None:
            return
        image, frame = self.pictures.frame(self.canvas.page)
        try:
            draft = AnnotationDraft(kind, image.to_points(pixels), image.reference(frame))
        except ValidationError as exc:  # a degenerate outline: said, nothing stored
            self.undo_stack.on_error(exc)
            return
        if self.undo_stack.run(CreateImageAnnotation(self.ctx, draft, image)):
            self.session.select_annotation(draft.uuid)
            self._annotations_changed()

    def delete_selected(self) -> None:
        """Delete the measurement selected in the list (undoable)."""
        item = self.measurement_list.currentItem()
        if item is None or self.ctx is None or self.undo_stack is None:
            return
        self.undo_stack.run(DeleteAnnotation(self.ctx, str(item.data(Qt.ItemDataRole.UserRole))))

    def follow(self, changes: Changes) -> None:
        """Show the case's marks again when ``changes`` touch them (an edit in another tab,
        an undo there, a partner's layer imported)."""
        ctx = self.ctx
        if ctx is not None and ctx.session is not None:
            if changes.touches("annotations", ctx.case_id) or changes.touches(
                "layers", ctx.case_id
            ):
                ctx.refresh_annotations()

    # --- keys ------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """The measuring tools' keys of the slice viewers (L, A, G, E; Esc back to the window
        tool) and Delete for the selected measurement."""
        pressed = QKeySequence(event.keyCombination())
        for tool in ImageTool:
            key = TOOL_TEXTS[Tool(tool.value)][2]
            if pressed.matches(QKeySequence(key)) == QKeySequence.SequenceMatch.ExactMatch:
                if self.tool_buttons[tool].isEnabled():
                    self.set_tool(tool)
                event.accept()
                return
        if event.key() == Qt.Key.Key_Delete and self.measurement_list.currentItem() is not None:
            self.delete_selected()
            event.accept()
            return
        super().keyPressEvent(event)

    # --- cine ------------------------------------------------------------------------

    def set_cine(self, playing: bool) -> None:
        """Play or pause through the frames (loops)."""
        if playing:
            self.cine_timer.start()
        else:
            self.cine_timer.stop()
        with QSignalBlocker(self.cine_button):
            self.cine_button.setChecked(playing)

    def cine_step(self) -> None:
        """Show the next frame; after the last comes the first."""
        self.canvas.set_page((self.canvas.page + 1) % self.pictures.frame_count)

    def shutdown(self) -> None:
        """Stop cine and stop taking the case's edits (the tab is closing)."""
        self.cine_timer.stop()
        if self.ctx is not None:
            self.ctx.session = None
