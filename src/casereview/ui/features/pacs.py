"""The hospital's archive (PACS): nodes, search and retrieve, sending results, our listener.

- Tools → PACS nodes…: DICOM nodes and DICOMweb endpoints with a Test each, and the storage
  listener's settings with its state.
- File → Search the archive (PACS)…: the Archive panel beside the browser (a dock): search a
  node, see what is here already, retrieve with progress, time left and Cancel; retrieved
  series are selected in the browser.
- Case → Send results to PACS…: the case's SR, SEG, key images and outcome PDF, by C-STORE or
  STOW-RS.
- The storage listener starts with the window when the settings enable it, restarts when its
  settings change and stops when the window closes; images pushed to it are imported once
  their series is quiet and the browser shows them.

Every network and database call runs off the UI thread through the shell's task runner.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow

from casereview.domain.changes import Changes
from casereview.net.nodes import list_nodes
from casereview.ui.actions import ActionSpec
from casereview.ui.pacs.listener import ListenerControl
from casereview.ui.pacs.nodes_dialog import NodesDialog
from casereview.ui.pacs.query_panel import ArchivePanel
from casereview.ui.pacs.send_dialog import SendResultsDialog
from casereview.ui.shell_protocol import Shell

#: Width the Archive panel opens with: the results' columns side by side, Local included.
PANEL_WIDTH = 700

#: The action of View → Hide patient identity (the viewing feature's); the panel follows it.
HIDE_IDENTITY_ACTION = "casereview.view.hide_phi"


class Pacs:
    """The PACS feature's state: the panel, the dialogs and the listener."""

    def __init__(self, shell: Shell) -> None:
        self.shell = shell
        self.listener = ListenerControl(shell.context, shell.errors.present)
        self.listener.setParent(shell.as_widget())
        self.panel = ArchivePanel(shell, self.open_nodes)
        self.dock = QDockWidget(
            QCoreApplication.translate("Pacs", "Archive (PACS)"), shell.as_widget()
        )
        self.dock.setObjectName("archiveDock")  # restoreState finds it by this name
        self.dock.setWidget(self.panel)
        window = shell.as_widget()
        if isinstance(window, QMainWindow):
            window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()  # until asked for; the window's saved state may show it again
        self.nodes_dialog: NodesDialog | None = None
        self.send_dialog: SendResultsDialog | None = None
        self.listener.imported.connect(self._pushed_series_imported)

    # --- actions ------------------------------------------------------------------------------

    def open_nodes(self) -> NodesDialog:
        """Show the PACS nodes dialog (one at a time)."""
        if self.nodes_dialog is None:
            self.nodes_dialog = NodesDialog(self.shell, self.listener, self.shell.as_widget())
            self.nodes_dialog.finished.connect(self._nodes_closed)
        self.shell.show_dialog("pacs_nodes", self.nodes_dialog)
        return self.nodes_dialog

    def _nodes_closed(self) -> None:
        if self.nodes_dialog is not None:
            self.nodes_dialog.deleteLater()
            self.nodes_dialog = None

    def show_panel(self) -> ArchivePanel:
        """Show the Archive panel in front, ready to type a name."""
        self.dock.show()
        self.dock.raise_()
        window = self.shell.as_widget()
        if (
            isinstance(window, QMainWindow)
            and not self.dock.isFloating()
            and self.dock.width() < PANEL_WIDTH
        ):
            # Room for the results' columns beside the browser (the user may narrow it), once
            # the dock has been laid out.
            QTimer.singleShot(
                0,
                lambda: window.resizeDocks([self.dock], [PANEL_WIDTH], Qt.Orientation.Horizontal),
            )
        self.panel.reload_nodes()
        self.panel.name_field.setFocus()
        self.shell.dialog_shown.emit("pacs_panel", self.panel)
        return self.panel

    def send_results(self) -> SendResultsDialog | None:
        """Open Send results to PACS for the selected case."""
        case_id = self.shell.selection().case_id
        if case_id is None:
            return None
        case = next((c for c in self.shell.index.cases if c.id == case_id), None)
        title = case.title if case is not None else f"#{case_id}"
        if self.send_dialog is not None:
            self.send_dialog.close()
        dialog = SendResultsDialog(self.shell, case_id, title, self.shell.as_widget())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: self._send_closed(dialog))
        self.send_dialog = dialog
        self.shell.show_dialog("pacs_send", dialog)
        return dialog

    def _send_closed(self, dialog: SendResultsDialog) -> None:
        if self.send_dialog is dialog:
            self.send_dialog = None

    def has_nodes(self) -> bool:
        """Whether an archive is configured."""
        return bool(list_nodes(self.shell.context.settings))

    # --- following the window -----------------------------------------------------------------

    def follow(self, changes: Changes) -> None:
        """Restart the listener when its settings changed; keep the panel's marks current."""
        if changes.touches("settings"):
            self.listener.apply(self.shell.context.settings)
            self.shell.action_registry.refresh()  # Send results needs a node
        self.panel.follow(changes)

    def _pushed_series_imported(self, series_ids: list[int]) -> None:
        self.shell.publish(Changes.of("index", series_ids) | Changes.of("series", series_ids))
        self.shell.show_status(
            QCoreApplication.translate(
                "Pacs", "Images sent to us by an archive: {n} series imported."
            ).format(n=len(series_ids)),
            10000,
        )

    def shut_down(self) -> None:
        """Close the dialogs and stop the listener (what it holds is imported first)."""
        for dialog in (self.nodes_dialog, self.send_dialog):
            if dialog is not None:
                dialog.close()
        self.listener.stop()


def install(shell: Shell) -> None:
    """Add the PACS actions and the Archive panel, and start the listener if it is enabled."""
    pacs = Pacs(shell)
    registry = shell.action_registry
    registry.register_all(
        [
            ActionSpec(
                "casereview.file.pacs_search",
                QT_TRANSLATE_NOOP("actions", "Search the &archive (PACS)…"),
                "file",
                pacs.show_panel,
                shortcut="Ctrl+Shift+F",
                tip=QT_TRANSLATE_NOOP(
                    "actions",
                    "Find patients and studies in the hospital's archive and retrieve them",
                ),
            ),
            ActionSpec(
                "casereview.tools.pacs_nodes",
                QT_TRANSLATE_NOOP("actions", "&PACS nodes…"),
                "tools",
                pacs.open_nodes,
                tip=QT_TRANSLATE_NOOP(
                    "actions",
                    "The archives this workstation searches, retrieves from and sends to, and "
                    "the listener that receives images",
                ),
            ),
            ActionSpec(
                "casereview.case.send_to_pacs",
                QT_TRANSLATE_NOOP("actions", "Send results to &PACS…"),
                "case",
                pacs.send_results,
                enabled_when=lambda: shell.selection().case_id is not None and pacs.has_nodes(),
                tip=QT_TRANSLATE_NOOP(
                    "actions",
                    "Send the case's measurements, segments, key images and outcome report to "
                    "the hospital's archive",
                ),
            ),
        ]
    )
    registry.action(HIDE_IDENTITY_ACTION).toggled.connect(pacs.panel.set_hide_phi)
    shell.changed.connect(pacs.follow)
    shell.closing.connect(pacs.shut_down)
    pacs.listener.apply(shell.context.settings)
