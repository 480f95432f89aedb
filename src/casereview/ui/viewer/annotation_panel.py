"""The list of a case's annotations and key images: rename, jump to, hide, delete, flag."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casereview.commands.edits import ChangeAnnotation, DeleteAnnotation, RemoveKeyImage
from casereview.domain.annotations import Annotation, AnnotationKind, KeyImage
from casereview.services.annotations import change_key_image_caption
from casereview.services.layers import case_layers, provenance_of, set_layer_visible
from casereview.ui.viewer.measuring_tools import MeasuringTools

if TYPE_CHECKING:
    from casereview.store.repositories_layers import Provenance

UUID_ROLE = Qt.ItemDataRole.UserRole + 1


def received_credit(provenance: Provenance) -> str:
    """Who made a partner's item, where and when: "Dr Chen, Hospital A, 2026-11-03 14:02".

    The author and time are the sender's (local time here); an item from an older sender
    that did not name its author is shown as "from Hospital A".
    """
    if not provenance.author:
        return QCoreApplication.translate("Annotations", "from {institution}").format(
            institution=provenance.layer
        )
    when = provenance.created_at
    return QCoreApplication.translate("Annotations", "{author}, {institution}, {when}").format(
        author=provenance.author,
        institution=provenance.layer,
        when=f"{when.astimezone():%Y-%m-%d %H:%M}" if when is not None else "",
    )


KIND_NAMES = {
    AnnotationKind.LENGTH: QT_TRANSLATE_NOOP("Annotations", "Length"),
    AnnotationKind.BIDIRECTIONAL: QT_TRANSLATE_NOOP("Annotations", "Bidirectional"),
    AnnotationKind.ANGLE: QT_TRANSLATE_NOOP("Annotations", "Angle"),
    AnnotationKind.ELLIPSE: QT_TRANSLATE_NOOP("Annotations", "Ellipse ROI"),
    AnnotationKind.POLYGON: QT_TRANSLATE_NOOP("Annotations", "Polygon ROI"),
    AnnotationKind.POINT: QT_TRANSLATE_NOOP("Annotations", "Point"),
    AnnotationKind.TEXT: QT_TRANSLATE_NOOP("Annotations", "Note"),
    AnnotationKind.ARROW: QT_TRANSLATE_NOOP("Annotations", "Arrow"),
}

PLANE_NAMES = {
    "axial": QT_TRANSLATE_NOOP("Annotations", "Axial"),
    "coronal": QT_TRANSLATE_NOOP("Annotations", "Coronal"),
    "sagittal": QT_TRANSLATE_NOOP("Annotations", "Sagittal"),
    "3d": QT_TRANSLATE_NOOP("Annotations", "3-D"),
}


def _tr(text: object) -> str:
    # ``QT_TRANSLATE_NOOP`` marks a str; its stub types the result as ``object``.
    return QCoreApplication.translate("Annotations", str(text))


class AnnotationPanel(QWidget):
    """Annotations (label, values, author) and key images of the case shown in a viewer.

    Double-click a name to rename it; the check box hides or shows the mark; selecting a row
    jumps to it.
    """

    def __init__(self, editor: MeasuringTools) -> None:
        super().__init__()
        self.setObjectName("annotationPanel")
        self.editor = editor
        session = editor.session
        assert session is not None
        self.session = session

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("annotationList")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels(
            [
                QCoreApplication.translate("Annotations", "Name"),
                QCoreApplication.translate("Annotations", "Values"),
                QCoreApplication.translate("Annotations", "Author"),
            ]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.itemChanged.connect(self._item_changed)
        self.tree.currentItemChanged.connect(self._current_changed)

        self.rename_button = QPushButton(QCoreApplication.translate("Annotations", "Rename…"), self)
        self.rename_button.setObjectName("renameAnnotation")
        self.rename_button.clicked.connect(self.rename_current)
        self.jump_button = QPushButton(QCoreApplication.translate("Annotations", "Jump to"), self)
        self.jump_button.setObjectName("jumpToAnnotation")
        self.jump_button.clicked.connect(self.jump_to_current)
        self.delete_button = QPushButton(QCoreApplication.translate("Annotations", "Delete"), self)
        self.delete_button.setObjectName("deleteAnnotation")
        self.delete_button.clicked.connect(self.delete_current)

        self.key_tree = QTreeWidget(self)
        self.key_tree.setObjectName("keyImageList")
        self.key_tree.setColumnCount(3)
        self.key_tree.setHeaderLabels(
            [
                QCoreApplication.translate("Annotations", "Caption"),
                QCoreApplication.translate("Annotations", "View"),
                QCoreApplication.translate("Annotations", "Author"),
            ]
        )
        self.key_tree.setRootIsDecorated(False)
        self.key_tree.itemChanged.connect(self._caption_changed)
        # Choosing a key image, with the mouse or the arrow keys, takes the views there;
        # Enter or a double-click shows it again after the views were moved.
        self.key_tree.currentItemChanged.connect(self._key_image_selected)
        self.key_tree.itemActivated.connect(lambda item, _column: self._show_key_image(item))
        self.flag_button = QPushButton(
            QCoreApplication.translate("Annotations", "Flag key image…"), self
        )
        self.flag_button.setObjectName("flagKeyImage")
        self.flag_button.setToolTip(
            QCoreApplication.translate(
                "Annotations",
                "Keep the active view (plane, window, zoom) as evidence for the MDT and report",
            )
        )
        self.flag_button.clicked.connect(self._flag_clicked)
        self.flag_3d_button = QPushButton(
            QCoreApplication.translate("Annotations", "Flag 3-D view…"), self
        )
        self.flag_3d_button.setObjectName("flagKeyImage3D")
        self.flag_3d_button.setToolTip(
            QCoreApplication.translate(
                "Annotations",
                "Keep the 3-D view as a key image: its camera, surfaces, volume rendering, "
                "crop and clipping",
            )
        )
        self.flag_3d_button.clicked.connect(self.flag_3d)
        self.remove_key_button = QPushButton(
            QCoreApplication.translate("Annotations", "Remove"), self
        )
        self.remove_key_button.setObjectName("removeKeyImage")
        self.remove_key_button.setToolTip(
            QCoreApplication.translate("Annotations", "Remove the selected key image")
        )
        self.remove_key_button.clicked.connect(self.remove_current_key_image)
        #: Called to flag the viewer's active view (set by the viewer).
        self.flag_requested: Callable[[], object] = lambda: None
        #: Called with the key image chosen in the list to show it (set by the viewer).
        self.key_image_chosen: Callable[[KeyImage], object] = lambda _key_image: None

        # The work of other institutions (from received packages) is a layer of its own; this
        # menu shows or hides a whole layer at once.
        self.layers_button = QToolButton(self)
        self.layers_button.setObjectName("annotationLayers")
        self.layers_button.setText(QCoreApplication.translate("Annotations", "Layers"))
        self.layers_button.setToolTip(
            QCoreApplication.translate(
                "Annotations", "Show or hide the opinion of another institution as a whole"
            )
        )
        self.layers_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.layers_menu = QMenu(self.layers_button)
        self.layers_menu.aboutToShow.connect(self._fill_layers_menu)
        self.layers_button.setMenu(self.layers_menu)

        buttons = QHBoxLayout()
        for button in (self.rename_button, self.jump_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addWidget(self.layers_button)
        key_buttons = QHBoxLayout()
        key_buttons.addWidget(self.flag_button)
        key_buttons.addWidget(self.flag_3d_button)
        key_buttons.addWidget(self.remove_key_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(
            QLabel(QCoreApplication.translate("Annotations", "Measurements and marks"), self)
        )
        layout.addWidget(self.tree, 3)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(QCoreApplication.translate("Annotations", "Key images"), self))
        layout.addWidget(self.key_tree, 1)
        layout.addLayout(key_buttons)

        session.annotations_changed.connect(self.refresh)
        session.annotation_selected.connect(self.show_selection)
        session.key_images_changed.connect(self.refresh_key_images)
        self.refresh()
        self.refresh_key_images()

    # --- annotations ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the session's annotations."""
        from casereview.ui.viewer.tool_kinds import annotation_summary

        origins = provenance_of(self.editor.ctx.db, [a.uuid for a in self.session.annotations])
        self._update_layers_button(bool(origins))
        with QSignalBlocker(self.tree):
            self.tree.clear()
            for annotation in self.session.annotations:
                name = annotation.label or _tr(KIND_NAMES[annotation.kind])
                author = annotation.author
                if annotation.uuid in origins:
                    author = received_credit(origins[annotation.uuid])
                item = QTreeWidgetItem([name, annotation_summary(annotation), author])
                item.setToolTip(2, author)  # a partner's credit is longer than the column
                item.setData(0, UUID_ROLE, annotation.uuid)
                item.setFlags(
                    item.flags() | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable
                )
                item.setCheckState(
                    0, Qt.CheckState.Checked if annotation.visible else Qt.CheckState.Unchecked
                )
                item.setToolTip(
                    0,
                    QCoreApplication.translate(
                        "Annotations", "{kind} by {author}, changed {when}"
                    ).format(
                        kind=_tr(KIND_NAMES[annotation.kind]),
                        author=annotation.author,
                        when=f"{annotation.modified_at:%Y-%m-%d %H:%M}"
                        if annotation.modified_at
                        else "",
                    ),
                )
                self.tree.addTopLevelItem(item)
            for column in range(3):
                self.tree.resizeColumnToContents(column)
        self.show_selection(self.session.selected_annotation)
        self._update_buttons()

    def _update_layers_button(self, any_received: bool) -> None:
        self.layers_button.setVisible(any_received)

    def _fill_layers_menu(self) -> None:
        self.layers_menu.clear()
        ctx = self.editor.ctx
        for layer in case_layers(ctx.db, ctx.case_id):
            if not layer.name or not (layer.annotations or layer.segments):
                continue
            action = self.layers_menu.addAction(
                QCoreApplication.translate("Annotations", "Opinion from {institution}").format(
                    institution=layer.name
                )
            )
            action.setCheckable(True)
            action.setChecked(layer.visible)
            action.toggled.connect(lambda shown, name=layer.name: self.set_layer_shown(name, shown))

    def set_layer_shown(self, layer: str, shown: bool) -> None:
        """Show or hide every annotation and segment that came from institution ``layer``."""
        ctx = self.editor.ctx
        set_layer_visible(ctx.db, ctx.case_id, layer, shown)
        ctx.refresh_annotations()
        ctx.refresh_segments()

    def _annotation(self, uuid: str | None) -> Annotation | None:
        return next((a for a in self.session.annotations if a.uuid == uuid), None)

    def current_annotation(self) -> Annotation | None:
        """The annotation of the selected row."""
        item = self.tree.currentItem()
        return self._annotation(item.data(0, UUID_ROLE)) if item is not None else None

    def show_selection(self, uuid: object) -> None:
        """Select the row of the annotation ``uuid`` (``None``: no row)."""
        with QSignalBlocker(self.tree):
            for row in range(self.tree.topLevelItemCount()):
                item = self.tree.topLevelItem(row)
                if item is not None and item.data(0, UUID_ROLE) == uuid:
                    self.tree.setCurrentItem(item)
                    break
            else:
                self.tree.setCurrentIndex(QModelIndex())
        self._update_buttons()

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        annotation = self._annotation(current.data(0, UUID_ROLE)) if current else None
        if annotation is not None:
            self.editor.jump_to(annotation)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.current_annotation() is not None
        for button in (self.rename_button, self.jump_button, self.delete_button):
            button.setEnabled(has)
        self.remove_key_button.setEnabled(self.key_tree.currentItem() is not None)

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        annotation = self._annotation(item.data(0, UUID_ROLE))
        if annotation is None or column != 0:
            return
        visible = item.checkState(0) == Qt.CheckState.Checked
        if visible != annotation.visible:
            self.editor.undo_stack.run(
                ChangeAnnotation(self.editor.ctx, annotation.uuid, visible=visible)
            )
            return
        text = item.text(0).strip()
        shown = annotation.label or _tr(KIND_NAMES[annotation.kind])
        if text != shown:
            self.rename(annotation, text)

    def rename(self, annotation: Annotation, label: str) -> None:
        """Give ``annotation`` a new name (a note: new text)."""
        if annotation.kind is AnnotationKind.TEXT:
            command = ChangeAnnotation(self.editor.ctx, annotation.uuid, text=label)
        else:
            command = ChangeAnnotation(self.editor.ctx, annotation.uuid, label=label)
        self.editor.undo_stack.run(command)

    def rename_current(self) -> None:
        """Ask for a new name of the selected annotation."""
        annotation = self.current_annotation()
        if annotation is None:
            return
        current = annotation.text if annotation.kind is AnnotationKind.TEXT else annotation.label
        text = self.editor.ask_text(
            QCoreApplication.translate("Annotations", "Rename"),
            QCoreApplication.translate("Annotations", "New name:"),
            current,
        )
        if text is not None and text.strip():
            self.rename(annotation, text.strip())

    def jump_to_current(self) -> None:
        """Move the views to the selected annotation."""
        annotation = self.current_annotation()
        if annotation is not None:
            self.editor.jump_to(annotation)

    def delete_current(self) -> None:
        """Delete the selected annotation (undo brings it back)."""
        annotation = self.current_annotation()
        if annotation is not None:
            self.editor.undo_stack.run(DeleteAnnotation(self.editor.ctx, annotation.uuid))

    # --- key images ----------------------------------------------------------------------

    def refresh_key_images(self) -> None:
        """Show the session's key images (the selected one stays selected)."""
        origins = provenance_of(self.editor.ctx.db, [k.uuid for k in self.session.key_images])
        selected = self.current_key_image()
        with QSignalBlocker(self.key_tree):
            self.key_tree.clear()
            for key_image in self.session.key_images:
                plane = _tr(PLANE_NAMES.get(key_image.orientation, key_image.orientation))
                view = QCoreApplication.translate(
                    "Annotations", "{plane}, W {w:.0f} L {l:.0f}"
                ).format(plane=plane, w=key_image.window_width, l=key_image.window_center)
                author = key_image.author
                if key_image.uuid in origins:
                    author = received_credit(origins[key_image.uuid])
                item = QTreeWidgetItem([key_image.caption, view, author])
                item.setToolTip(0, key_image.caption)
                item.setToolTip(1, view)
                item.setToolTip(2, author)
                item.setData(0, UUID_ROLE, key_image.uuid)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                self.key_tree.addTopLevelItem(item)
                if selected is not None and key_image.uuid == selected.uuid:
                    self.key_tree.setCurrentItem(item)
            # The plane and window must be read whole; the author's credit may be cut.
            for column in (0, 1):
                self.key_tree.resizeColumnToContents(column)
        self._update_buttons()

    def current_key_image(self) -> KeyImage | None:
        """The key image of the selected row."""
        item = self.key_tree.currentItem()
        if item is None:
            return None
        uuid = item.data(0, UUID_ROLE)
        return next((k for k in self.session.key_images if k.uuid == uuid), None)

    def _key_image_selected(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        self._update_buttons()
        if current is not None:
            self._show_key_image(current)

    def _show_key_image(self, item: QTreeWidgetItem) -> None:
        uuid = item.data(0, UUID_ROLE)
        key_image = next((k for k in self.session.key_images if k.uuid == uuid), None)
        if key_image is not None:
            self.key_image_chosen(key_image)

    def select_key_image(self, uuid: str) -> None:
        """Select the row of key image ``uuid`` (the views go there)."""
        for row in range(self.key_tree.topLevelItemCount()):
            item = self.key_tree.topLevelItem(row)
            if item is not None and item.data(0, UUID_ROLE) == uuid:
                if self.key_tree.currentItem() is item:
                    self._show_key_image(item)  # chosen already: selecting changes nothing
                else:
                    self.key_tree.setCurrentItem(item)
                return

    def _caption_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if column != 0:
            return
        uuid = item.data(0, UUID_ROLE)
        ctx = self.editor.ctx
        try:
            change_key_image_caption(ctx.db, uuid, item.text(0), ctx.actor)
        except Exception as exc:
            self.editor.undo_stack.on_error(exc)
        ctx.refresh_key_images()

    def _flag_clicked(self) -> None:
        self.flag_requested()

    def flag_3d(self) -> None:
        """Ask for a caption and flag the 3-D view."""
        caption = self.editor.ask_text(
            QCoreApplication.translate("Annotations", "Flag key image"),
            QCoreApplication.translate("Annotations", "Caption (what this image shows):"),
            "",
        )
        if caption is not None:
            self.editor.flag_key_image_3d(caption)

    def remove_current_key_image(self) -> None:
        """Take the selected key image off the case (undo brings it back)."""
        key_image = self.current_key_image()
        if key_image is not None:
            self.editor.undo_stack.run(RemoveKeyImage(self.editor.ctx, key_image.uuid))
