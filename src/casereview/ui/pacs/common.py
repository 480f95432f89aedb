"""What the PACS dialogs and the archive panel share: where retrieved images go, how a node and
what is here already are shown."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

from casereview.domain.pacs_nodes import DimseNode, WebNode
from casereview.ui.context import WorkstationContext
from casereview.ui.tasks import Task

#: Folder of the data directory where retrieved images are kept, the same one the command line
#: (``casereview-cli pacs get``) uses, so a retrieve started in either resumes in the other.
PACS_FOLDER = "pacs"

#: Local presence states of :func:`casereview.services.pacs.local_presence`.
ABSENT, PARTIAL, COMPLETE = "absent", "partial", "complete"

#: Colours of the "here already" marks; each is also told apart by its shape (ring, half,
#: full disc with a tick), so the mark reads without colour vision and on either theme.
_MARK_COLOURS = {
    ABSENT: QColor(138, 138, 138),
    PARTIAL: QColor(214, 150, 0),
    COMPLETE: QColor(46, 157, 74),
}

_icons: dict[str, QIcon] = {}

#: The tick of the "complete" mark, as offsets from the mark's centre.
_TICK = (QPoint(-3, 0), QPoint(-1, 2), QPoint(3, -2))


@dataclass(frozen=True, slots=True)
class PacsFolders:
    """Where a retrieve puts images (``pacs``) and where the import stages and quarantines."""

    pacs_dir: Path
    staging_dir: Path
    quarantine_dir: Path


def pacs_folders(context: WorkstationContext) -> PacsFolders:
    """The folders of this workstation's data directory that a retrieve uses."""
    paths = context.paths
    return PacsFolders(paths.root / PACS_FOLDER, paths.imports, paths.quarantine)


def after_task(task: Task[Any], receiver: QObject, then: Callable[[], None]) -> None:
    """Call ``then`` once ``task`` has ended and its result handler has run.

    The task runner emits ``finished`` before it hands the result over; whoever follows a
    task's end (buttons, "settled" signals, the tests) must see the result already shown. The
    call is dropped if ``receiver`` is gone by then (a dialog closed meanwhile).
    """
    task.finished.connect(lambda: QTimer.singleShot(0, receiver, then))


def node_kind(node: DimseNode | WebNode) -> str:
    """ "DICOM" or "DICOMweb"."""
    return (
        QCoreApplication.translate("Pacs", "DICOM")
        if isinstance(node, DimseNode)
        else QCoreApplication.translate("Pacs", "DICOMweb")
    )


def node_address(node: DimseNode | WebNode) -> str:
    """Where a node is: ``AE@host:port`` or its base URL."""
    if isinstance(node, DimseNode):
        return f"{node.ae_title}@{node.host}:{node.port}"
    return node.base_url


def presence_icon(state: str) -> QIcon:
    """The mark of a local presence state: a grey ring (absent), an amber half disc
    (partial), a green disc with a tick (complete)."""
    if state not in _icons:
        pixmap = QPixmap(16, 16)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = _MARK_COLOURS.get(state, _MARK_COLOURS[ABSENT])
        box = pixmap.rect().adjusted(2, 2, -2, -2)
        painter.setPen(QPen(colour, 1.6))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box)
        if state == PARTIAL:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawPie(box, 90 * 16, 180 * 16)  # the left half filled
        elif state == COMPLETE:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawEllipse(box)
            painter.setPen(QPen(QColor(255, 255, 255), 1.8))
            painter.drawPolyline([box.center() + d for d in _TICK])
        painter.end()
        _icons[state] = QIcon(pixmap)
    return _icons[state]


def presence_text(state: str, instances: int, announced: int | None) -> str:
    """The Local column's short text: "Not here", "12 of 40", "Here"."""
    if state == COMPLETE:
        return QCoreApplication.translate("Pacs", "Here")
    if state == PARTIAL:
        total = "?" if announced is None else str(announced)
        return QCoreApplication.translate("Pacs", "{n} of {m}").format(n=instances, m=total)
    return QCoreApplication.translate("Pacs", "Not here")


def presence_tip(state: str, instances: int, announced: int | None) -> str:
    """What the Local mark means, in full (its tooltip)."""
    if state == COMPLETE:
        return QCoreApplication.translate("Pacs", "Every image is on this workstation.")
    if state == PARTIAL:
        total = "?" if announced is None else str(announced)
        return QCoreApplication.translate(
            "Pacs",
            "Partly here: {n} of the {m} images the archive has. Retrieve to fetch the rest.",
        ).format(n=instances, m=total)
    return QCoreApplication.translate("Pacs", "Not on this workstation yet.")
