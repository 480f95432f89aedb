"""Viewing: open series, hide patient identity, save a screenshot, export the volume."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog

from casereview.domain.changes import Changes
from casereview.domain.progress import CancelToken, ProgressReporter
from casereview.services.volumes import export_nifti
from casereview.session import Orientation
from casereview.ui.actions import ActionSpec
from casereview.ui.shell_protocol import Shell
from casereview.ui.viewer.image_view import ImageViewer
from casereview.ui.viewer.view3d import ScreenshotDialog, View3DWidget


def image_viewers(shell: Shell) -> list[ImageViewer]:
    """The window's picture tabs (none while the window is being destroyed)."""
    window = shell.as_widget()
    # Undo-stack and change signals still arrive while the window goes.
    if not shiboken6.isValid(window):
        return []
    return list(window.findChildren(ImageViewer))


def front_image_viewer(shell: Shell) -> ImageViewer | None:
    """The picture tab in front, if one is (it is the one shown)."""
    return next((view for view in image_viewers(shell) if view.isVisible()), None)


def save_picture_screenshot(shell: Shell, image_viewer: ImageViewer) -> Path | None:
    """Ask where, then save the picture as shown (window, zoom, marks, corner texts)."""
    target, _ = QFileDialog.getSaveFileName(
        shell.as_widget(),
        QCoreApplication.translate("MainWindow", "Save screenshot"),
        str(Path.home() / f"series-{image_viewer.info.series_id}.png"),
        QCoreApplication.translate("MainWindow", "PNG pictures (*.png)"),
    )
    if not target:
        return None
    path = Path(target)
    if not image_viewer.canvas.grab().save(str(path), "PNG"):
        shell.show_status(
            QCoreApplication.translate(
                "MainWindow", "The screenshot could not be written to {path}"
            ).format(path=str(path)),
            8000,
        )
        return None
    shell.show_status(
        QCoreApplication.translate("MainWindow", "Screenshot saved to {path}").format(
            path=str(path)
        ),
        8000,
    )
    return path


def save_screenshot(shell: Shell) -> Path | None:
    """Ask which view of the front viewer and how large, then save it as PNG."""
    viewer = shell.current_viewer()
    if viewer is None:
        image_viewer = front_image_viewer(shell)
        return None if image_viewer is None else save_picture_screenshot(shell, image_viewer)
    names = {
        Orientation.AXIAL: QCoreApplication.translate("MainWindow", "Axial"),
        Orientation.CORONAL: QCoreApplication.translate("MainWindow", "Coronal"),
        Orientation.SAGITTAL: QCoreApplication.translate("MainWindow", "Sagittal"),
    }
    views = []
    for widget in viewer.visible_views():
        if isinstance(widget, View3DWidget):
            views.append(
                (
                    QCoreApplication.translate("MainWindow", "3-D view"),
                    widget.host.GetRenderWindow(),
                )
            )
        else:
            label = names[widget.view.orientation]
            if widget.view.role == "comparison":
                label += " " + QCoreApplication.translate("MainWindow", "(comparison)")
            views.append((label, widget.GetRenderWindow()))
    dialog = ScreenshotDialog(views, shell.as_widget())
    if viewer.widget_3d is not None and viewer.widget_3d.isVisible():
        dialog.view_combo.setCurrentIndex(len(views) - 1)
    if dialog.exec() != ScreenshotDialog.DialogCode.Accepted:
        return None
    primary = viewer.session.primary
    series = primary.info.series_id if primary is not None else 0
    target, _ = QFileDialog.getSaveFileName(
        shell.as_widget(),
        QCoreApplication.translate("MainWindow", "Save screenshot"),
        str(Path.home() / f"series-{series}.png"),
        QCoreApplication.translate("MainWindow", "PNG pictures (*.png)"),
    )
    if not target:
        return None
    try:
        path = dialog.save(Path(target))
    except Exception as exc:
        shell.errors.present(exc)
        return None
    shell.show_status(
        QCoreApplication.translate("MainWindow", "Screenshot saved to {path}").format(
            path=str(path)
        ),
        8000,
    )
    return path


def export_current_volume(shell: Shell) -> None:
    """Ask where, then write the front viewer's volume as NIfTI off the UI thread."""
    viewer = shell.current_viewer()
    if viewer is None or viewer.session.primary is None:
        return
    loaded = viewer.session.primary
    # The suggested name carries the series number only: names and IDs stay out of files.
    suggestion = str(Path.home() / f"series-{loaded.info.series_id}.nii.gz")
    target, _ = QFileDialog.getSaveFileName(
        shell.as_widget(),
        QCoreApplication.translate("MainWindow", "Export volume as NIfTI"),
        suggestion,
        QCoreApplication.translate("MainWindow", "NIfTI images (*.nii.gz *.nii)"),
    )
    if not target:
        return
    volume = loaded.volume

    def work(progress: ProgressReporter, cancel: CancelToken) -> Path:
        return export_nifti(volume, Path(target))

    def done(path: Path) -> None:
        shell.show_status(
            QCoreApplication.translate("MainWindow", "Volume written to {path}").format(
                path=str(path)
            ),
            8000,
        )

    shell.tasks.run(
        QCoreApplication.translate("MainWindow", "Writing the NIfTI file"),
        work,
        done,
        cancellable=False,
    )


def set_hide_phi(shell: Shell, hide: bool) -> None:
    """Hide or show patient identity everywhere in the window."""
    shell.set_phi_hidden(hide)
    # Picture tabs are not slice viewers (the shell's list); they follow the same switch.
    for image_viewer in image_viewers(shell):
        image_viewer.set_hide_phi(hide)
    shell.show_status(
        QCoreApplication.translate("MainWindow", "Patient identity hidden")
        if hide
        else QCoreApplication.translate("MainWindow", "Patient identity shown"),
        4000,
    )


def follow_changes(shell: Shell, changes: Changes) -> None:
    """Let every picture tab show its case's marks as ``changes`` left them."""
    for image_viewer in image_viewers(shell):
        image_viewer.follow(changes)


def install(shell: Shell) -> None:
    """Add Open in viewer, Hide patient identity, Save screenshot and Export volume."""
    registry = shell.action_registry
    registry.register_all(
        [
            ActionSpec(
                "casereview.view.export_nifti",
                QT_TRANSLATE_NOOP("actions", "&Export volume as NIfTI…"),
                "view",
                lambda: export_current_volume(shell),
                enabled_when=lambda: shell.current_viewer() is not None,
                tip=QT_TRANSLATE_NOOP(
                    "actions",
                    "Write the volume shown in the viewer as a NIfTI file (for research "
                    "and planning tools); it carries no patient identity",
                ),
            ),
            ActionSpec(
                "casereview.view.screenshot",
                QT_TRANSLATE_NOOP("actions", "Save &screenshot…"),
                "view",
                lambda: save_screenshot(shell),
                shortcut="Ctrl+Shift+S",
                enabled_when=lambda: (
                    shell.current_viewer() is not None or front_image_viewer(shell) is not None
                ),
                tip=QT_TRANSLATE_NOOP(
                    "actions",
                    "Save a view of the viewer (a slice view or the 3-D view) as a PNG "
                    "picture, up to four times its size on screen",
                ),
            ),
            ActionSpec(
                "casereview.view.open_series",
                QT_TRANSLATE_NOOP("actions", "&Open in viewer"),
                "view",
                lambda: shell.open_series(shell.selection().series_ids),
                shortcut="Ctrl+O",
                toolbar=True,
                enabled_when=lambda: bool(shell.selection().series_ids),
                tip=QT_TRANSLATE_NOOP(
                    "actions",
                    "Show the selected series in the 2-D viewer; a second selected series "
                    "opens beside it",
                ),
            ),
            ActionSpec(
                "casereview.view.hide_phi",
                QT_TRANSLATE_NOOP("actions", "&Hide patient identity"),
                "view",
                lambda hide: set_hide_phi(shell, hide),
                shortcut="Ctrl+H",
                toolbar=True,
                checkable=True,
                tip=QT_TRANSLATE_NOOP(
                    "actions", "Hide names, IDs and birth dates, e.g. before sharing the screen"
                ),
            ),
        ]
    )
    registry.action("casereview.view.hide_phi").setChecked(
        shell.context.settings.hide_phi_by_default
    )
    # Picture tabs keep their marks in step with the case as the slice viewers' editors do.
    shell.changed.connect(lambda changes: follow_changes(shell, changes))
