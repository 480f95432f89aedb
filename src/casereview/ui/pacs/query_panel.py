"""The Archive panel: search a PACS node, see what is here already, retrieve studies and series.

A search asks the chosen node for studies (C-FIND or QIDO-RS) off the UI thread and shows them
as patient → study → series; a study's series are asked for when it is expanded. Every row says
how much of it this workstation holds (from the index, by UID). Retrieve fetches the selected
studies and series by the node's method (C-GET or C-MOVE for a DICOM node, WADO-RS for a
DICOMweb one) as a task with progress, time left and Cancel; complete series are imported like
any other files, a short or interrupted one stays aside until it is retrieved again.

Results hold patient identity; the panel hides names, IDs and birth dates when the window does.

The rows and their Local marks are ``ui.pacs.results_tree``; what the tasks do off the UI
thread is ``ui.pacs.archive_work``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casereview.domain.changes import Changes
from casereview.domain.pacs_nodes import DimseNode, WebNode
from casereview.domain.progress import CancelToken, ProgressReporter
from casereview.errors import CasereviewError, OperationCancelled
from casereview.net.nodes import PacsNode, list_nodes
from casereview.net.query import PacsMatch, PacsQuery
from casereview.services.pacs import LocalPresence, SeriesState, local_presence
from casereview.ui.core_messages import translate_message
from casereview.ui.pacs.archive_work import (
    RetrieveItem,
    RetrieveOutcome,
    SearchResult,
    list_study_series,
    presence_by_key,
    retrieve_items,
    search_archive,
    series_key,
    study_key,
)
from casereview.ui.pacs.common import after_task, node_kind, pacs_folders
from casereview.ui.pacs.results_tree import COLUMNS, KEY_ROLE, KIND_ROLE, ResultsTree
from casereview.ui.pacs.search_form import SearchForm
from casereview.ui.shell_protocol import Shell
from casereview.ui.tasks import Task

#: The panel, and the rows' keys and roles callers import from here (they live with the
#: results tree and the tasks' work now).
__all__ = [
    "COLUMNS",
    "KEY_ROLE",
    "KIND_ROLE",
    "METHODS",
    "WEB_METHOD",
    "ArchivePanel",
    "series_key",
    "study_key",
]

#: Retrieve methods of a DICOM node (a DICOMweb node always uses WADO-RS).
METHODS = (("get", "C-GET"), ("move", "C-MOVE"))

#: The retrieve method of a DICOMweb node (the protocol's name is not translated).
WEB_METHOD = ("get", "WADO-RS")


class ArchivePanel(QWidget):
    """Search fields, the results tree with the Local column, Retrieve.

    Parameters
    ----------
    shell
        The window (task runner, database, identity hiding, the browser's selection).
    open_nodes
        Opens the PACS nodes dialog (offered when no node is configured yet).
    """

    #: Emitted when a search, a series listing, a presence update or a retrieve has ended.
    settled = Signal()

    def __init__(
        self, shell: Shell, open_nodes: Callable[[], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("archivePanel")
        self.shell = shell
        self._open_nodes = open_nodes
        #: Studies whose series are being listed.
        self._listing: set[str] = set()
        self.search_task: Task[SearchResult] | None = None
        self.retrieve_task: Task[RetrieveOutcome] | None = None
        self._build()
        self.reload_nodes()

    # --- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.form = SearchForm(self)
        self.form.node_box.currentIndexChanged.connect(lambda _i: self._node_changed())
        self.form.nodes_requested.connect(lambda: self._open_nodes())
        self.form.search_requested.connect(self.search)
        # The fields under the names they had before the form was a widget of its own.
        self.name_field, self.patient_id_field = self.form.name_field, self.form.patient_id_field
        self.search_button = self.form.search_button

        self.tree = ResultsTree(self.shell.phi_hidden(), self)
        self.tree.series_wanted.connect(self._series_wanted)
        self.tree.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        #: The results' model (the tree's).
        self.model = self.tree.results

        self.method_box = QComboBox(self)
        self.method_box.setObjectName("pacsMethod")
        self.method_box.setToolTip(
            QCoreApplication.translate(
                "Pacs",
                "C-GET brings the images back on the same connection; C-MOVE has the archive "
                "send them to our storage listener (the archive must know our AE title and "
                "port).",
            )
        )
        self.method_box.currentIndexChanged.connect(lambda _i: self._remember_method())
        self.retrieve_button = QPushButton(QCoreApplication.translate("Pacs", "Retrieve"), self)
        self.retrieve_button.setObjectName("pacsRetrieve")
        self.retrieve_button.clicked.connect(self.retrieve)
        self.message = QLabel(self)
        self.message.setObjectName("pacsMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        retrieve_row = QHBoxLayout()
        retrieve_row.addWidget(QLabel(QCoreApplication.translate("Pacs", "Retrieve by"), self))
        retrieve_row.addWidget(self.method_box)
        retrieve_row.addStretch(1)
        retrieve_row.addWidget(self.retrieve_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.form)
        layout.addWidget(self.tree, 1)
        layout.addLayout(retrieve_row)
        layout.addWidget(self.message)

    # --- nodes -------------------------------------------------------------------------------

    def reload_nodes(self) -> None:
        """Offer the nodes of the settings now (the chosen one stays chosen if still there)."""
        current = self.form.node_box.currentData()
        nodes = list_nodes(self.shell.context.settings)
        self.form.node_box.blockSignals(True)
        try:
            self.form.node_box.clear()
            for node in nodes:
                self.form.node_box.addItem(f"{node.name} ({node_kind(node)})", node.name)
            remembered = current or self.shell.ui_state.value("pacs/lastNode", "", type=str)
            found = self.form.node_box.findData(remembered) if remembered else -1
            self.form.node_box.setCurrentIndex(max(found, 0) if nodes else -1)
        finally:
            self.form.node_box.blockSignals(False)
        self.form.no_node_hint.setVisible(not nodes)
        self._node_changed()

    def chosen_node(self) -> PacsNode | None:
        """The node chosen in the list, as the settings hold it now."""
        name = self.form.node_box.currentData()
        return next((n for n in list_nodes(self.shell.context.settings) if n.name == name), None)

    def _node_changed(self) -> None:
        node = self.chosen_node()
        if node is not None:
            self.shell.ui_state.setValue("pacs/lastNode", node.name)
        self._update_methods()
        self._update_buttons()

    def _retrieving_node(self) -> PacsNode | None:
        """The node the results come from (retrieves go there, whatever is chosen now)."""
        if self.tree.result is None:
            return None
        name = self.tree.result.node.name
        return next((n for n in list_nodes(self.shell.context.settings) if n.name == name), None)

    def _update_methods(self) -> None:
        node = self._retrieving_node() or self.chosen_node()
        self.method_box.blockSignals(True)
        try:
            self.method_box.clear()
            if isinstance(node, WebNode):
                self.method_box.addItem(WEB_METHOD[1], WEB_METHOD[0])
                self.method_box.setEnabled(False)
            else:
                for method, label in METHODS:
                    self.method_box.addItem(label, method)
                self.method_box.setEnabled(node is not None)
                if node is not None:
                    remembered = self.shell.ui_state.value(
                        f"pacs/method/{node.name}", "get", type=str
                    )
                    self.method_box.setCurrentIndex(max(self.method_box.findData(remembered), 0))
        finally:
            self.method_box.blockSignals(False)

    def _remember_method(self) -> None:
        node = self._retrieving_node() or self.chosen_node()
        if isinstance(node, DimseNode):
            self.shell.ui_state.setValue(f"pacs/method/{node.name}", self.method_box.currentData())

    def method(self) -> str:
        """The retrieve method chosen: ``"get"`` (C-GET, WADO-RS) or ``"move"``."""
        return str(self.method_box.currentData() or "get")

    def set_method(self, method: str) -> None:
        """Choose the retrieve method of a DICOM node (``"get"`` or ``"move"``)."""
        index = self.method_box.findData(method)
        if index >= 0:
            self.method_box.setCurrentIndex(index)

    def _update_buttons(self) -> None:
        idle = self.search_task is None and self.retrieve_task is None
        self.search_button.setEnabled(idle and self.chosen_node() is not None)
        self.retrieve_button.setEnabled(
            self.retrieve_task is None
            and self._retrieving_node() is not None
            and bool(self.selected_items())
        )

    # --- search ------------------------------------------------------------------------------

    def query(self) -> PacsQuery:
        """The study search the fields ask for.

        Raises
        ------
        ValidationError
            If a field is not acceptable (the message says which).
        """
        return self.form.query()

    def search(self) -> Task[SearchResult] | None:
        """Search the chosen node off the UI thread; the results replace the ones shown."""
        node = self.chosen_node()
        if node is None or self.search_task is not None or self.retrieve_task is not None:
            return None
        try:
            query = self.query()
        except CasereviewError as exc:
            self._say(translate_message(exc.message), warning=True)
            return None
        context = self.shell.context
        db, keys = context.db, context.paths.keys

        def work(progress: ProgressReporter, cancel: CancelToken) -> SearchResult:
            return search_archive(db, node, keys, query, progress, cancel)

        self._say(QCoreApplication.translate("Pacs", "Searching {node}…").format(node=node.name))
        task = self.shell.tasks.run(
            QCoreApplication.translate("Pacs", "Searching {node}").format(node=node.name),
            work,
            self._show_result,
        )
        self.search_task = task
        after_task(task, self, lambda: self._search_finished(task))
        self._update_buttons()
        return task

    def _search_finished(self, task: Task[SearchResult]) -> None:
        self.search_task = None
        if task.error is not None:
            self._say(
                QCoreApplication.translate("Pacs", "The search was cancelled.")
                if isinstance(task.error, OperationCancelled)
                else QCoreApplication.translate("Pacs", "The search failed: {reason}").format(
                    reason=_reason(task.error)
                ),
                warning=not isinstance(task.error, OperationCancelled),
            )
        self._update_buttons()
        self.settled.emit()

    def _show_result(self, result: SearchResult) -> None:
        self._listing.clear()
        self.tree.show_result(result)
        self._update_methods()
        self._update_buttons()
        if result.studies:
            self._say(
                QCoreApplication.translate(
                    "Pacs", "{studies} studies of {patients} patients on {node}."
                ).format(
                    studies=len(result.studies),
                    patients=len(result.patients),
                    node=result.node.name,
                )
            )
        else:
            self._say(
                QCoreApplication.translate("Pacs", "Nothing on {node} matches the search.").format(
                    node=result.node.name
                )
            )

    # --- the results tree --------------------------------------------------------------------

    def _series_wanted(self, study_uid: str) -> None:
        if study_uid not in self._listing:
            self.list_series(study_uid)

    def list_series(
        self, study_uid: str
    ) -> Task[tuple[list[PacsMatch], dict[str, LocalPresence]]] | None:
        """Ask the archive for the series of a study shown (when it is expanded)."""
        result = self.tree.result
        if result is None:
            return None
        node = result.node
        context = self.shell.context
        db, keys = context.db, context.paths.keys

        def work(
            progress: ProgressReporter, cancel: CancelToken
        ) -> tuple[list[PacsMatch], dict[str, LocalPresence]]:
            return list_study_series(db, node, keys, study_uid, cancel)

        def show(found: tuple[list[PacsMatch], dict[str, LocalPresence]]) -> None:
            if self.tree.result is not result:
                return  # a new search replaced these results
            self.tree.show_series(study_uid, *found)

        self._listing.add(study_uid)
        task = self.shell.tasks.run(
            QCoreApplication.translate("Pacs", "Listing the series of a study"),
            work,
            show,
            quiet=True,
        )
        task.finished.connect(lambda: self._listing.discard(study_uid))
        after_task(task, self, self.settled.emit)
        return task

    def set_hide_phi(self, hide: bool) -> None:
        """Hide or show patient names, IDs and birth dates in the results."""
        self.tree.hide_phi = hide
        self.tree.rebuild()
        self._update_buttons()

    def row_item(self, key: str) -> QStandardItem | None:
        """The first-column item of the row with ``key`` (tests and the feature use it)."""
        return self.tree.row_item(key)

    def local_state(self, key: str) -> str | None:
        """The Local column's state of the row with ``key``."""
        return self.tree.local_state(key)

    # --- retrieve ----------------------------------------------------------------------------

    def selected_items(self) -> list[RetrieveItem]:
        """What the selection asks to retrieve, study by study (a study selected whole wins
        over some of its series; a patient means all of its studies)."""
        return self.tree.selected_items()

    def retrieve(self) -> Task[RetrieveOutcome] | None:
        """Retrieve the selected studies and series off the UI thread, with progress, time
        left and Cancel; complete series are imported and selected in the browser."""
        node = self._retrieving_node()
        items = self.selected_items()
        if node is None or not items or self.retrieve_task is not None:
            return None
        method = self.method() if isinstance(node, DimseNode) else "get"
        context = self.shell.context
        db, keys, actor = context.db, context.paths.keys, context.user.username
        folders = pacs_folders(context)

        def work(progress: ProgressReporter, cancel: CancelToken) -> RetrieveOutcome:
            return retrieve_items(db, node, keys, method, items, actor, folders, progress, cancel)

        how = dict(METHODS).get(method, "C-GET") if isinstance(node, DimseNode) else WEB_METHOD[1]
        title = QCoreApplication.translate("Pacs", "Retrieving from {node} ({method})").format(
            node=node.name, method=how
        )
        self._say(title + "…")
        task = self.shell.tasks.run(
            title, work, self._retrieved, unit=QCoreApplication.translate("Pacs", "images")
        )
        self.retrieve_task = task
        after_task(task, self, lambda: self._retrieve_finished(task))
        self._update_buttons()
        return task

    def _retrieve_finished(self, task: Task[RetrieveOutcome]) -> None:
        self.retrieve_task = None
        if task.error is not None:
            # Series completed before the failure are imported: show them, and what is here.
            self.shell.publish(Changes.of("index") | Changes.of("series"))
            self._say(
                QCoreApplication.translate("Pacs", "The retrieve stopped: {reason}").format(
                    reason=_reason(task.error)
                )
                + " "
                + QCoreApplication.translate(
                    "Pacs",
                    "Series completed before are imported; images of an unfinished series are "
                    "kept aside. Retrieve again to fetch only what is missing.",
                ),
                warning=True,
            )
        self._update_buttons()
        self.settled.emit()

    def _retrieved(self, outcome: RetrieveOutcome) -> None:
        ids = outcome.series_ids
        imported = sum(r.imported for r in outcome.reports)
        if imported or outcome.cancelled:
            self.shell.publish(Changes.of("index", ids) | Changes.of("series", ids))
        self.refresh_presence()  # follow() leaves it to the retrieve while it runs
        if ids:
            self.shell.select_series(ids)
        lines: list[str] = []
        series = [s for r in outcome.reports for s in r.series]
        done = [s for s in series if s.state != SeriesState.INCOMPLETE]
        if outcome.cancelled is not None:
            lines.append(
                QCoreApplication.translate(
                    "Pacs",
                    "Retrieve cancelled. {n} series finished before are imported; the images "
                    "that arrived of the series in progress are kept aside, not imported. "
                    "Retrieve again to resume: only the missing images are fetched.",
                ).format(n=len(done))
            )
        else:
            lines.append(
                QCoreApplication.translate(
                    "Pacs", "Retrieved {n} series ({images} new images)."
                ).format(n=len(done), images=imported)
            )
        lines.extend(
            translate_message(s.message)
            for s in series
            if s.state == SeriesState.INCOMPLETE and s.message is not None
        )
        problems = [p for r in outcome.reports for p in r.problems]
        if problems:
            lines.append(
                QCoreApplication.translate(
                    "Pacs", "{n} files could not be imported (see the import report in the log)."
                ).format(n=len(problems))
            )
        incomplete = outcome.cancelled is not None or any(
            s.state == SeriesState.INCOMPLETE for s in series
        )
        self._say("\n".join(lines), warning=incomplete or bool(problems))
        self.shell.show_status(lines[0], 10000)

    def refresh_presence(self) -> Task[dict[str, LocalPresence]] | None:
        """Read again (off the UI thread) how much of every row shown is here."""
        result = self.tree.result
        if result is None:
            return None
        db = self.shell.context.db
        matches = self.tree.shown_matches()

        def work(progress: ProgressReporter, cancel: CancelToken) -> dict[str, LocalPresence]:
            return presence_by_key(local_presence(db, matches), matches)

        def show(presence: dict[str, LocalPresence]) -> None:
            if self.tree.result is result:
                self.tree.show_presence(presence, matches)

        task = self.shell.tasks.run(
            QCoreApplication.translate("Pacs", "Checking what is here"), work, show, quiet=True
        )
        after_task(task, self, self.settled.emit)
        return task

    def follow(self, changes: Changes) -> None:
        """Update the Local column after images came in another way (import, listener)."""
        if self.tree.result is not None and (changes.touches("index") or changes.touches("series")):
            if self.retrieve_task is None:
                self.refresh_presence()
        if changes.touches("settings"):
            self.reload_nodes()

    def _say(self, text: str, *, warning: bool = False) -> None:
        self.message.setText(text)
        font = self.message.font()
        font.setBold(warning)
        self.message.setFont(font)


def _reason(error: BaseException) -> str:
    if isinstance(error, CasereviewError):
        return translate_message(error.message)
    return QCoreApplication.translate("Pacs", "an unexpected problem (see the message shown)")
