"""The PACS nodes dialog: the archives this workstation talks to, and our storage listener.

Nodes are listed with a Test button each (C-ECHO for a DICOM node, a one-result QIDO-RS search
for a DICOMweb one, off the UI thread); the answer ("Reached in 12 ms", or what the core says
to check) is shown in the node's row and in full below the list. Choosing a node edits it;
"Save node" checks every field (the core's own rules, its message shown in place) and writes
the settings. A DICOMweb password or token goes to the owner-only secrets file
(:mod:`casereview.net.nodes`), never to ``settings.json``; the field stays empty and says
whether one is stored. The listener's settings (on or off, AE title, port, address, who may
send) are saved with Apply, which restarts it; its state is shown live.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casereview.domain.changes import Changes
from casereview.domain.pacs_nodes import DimseNode, StorageListenerSettings, WebAuth, WebNode
from casereview.domain.progress import CancelToken, ProgressReporter
from casereview.errors import CasereviewError, ValidationError
from casereview.messages import Message
from casereview.net.nodes import client_for, forget_secret, list_nodes, load_secret, store_secret
from casereview.ui.core_messages import translate_message
from casereview.ui.pacs.common import node_address, node_kind
from casereview.ui.pacs.listener import ListenerControl
from casereview.ui.shell_protocol import Shell
from casereview.ui.tasks import Task

PacsNode = DimseNode | WebNode

#: Columns of the node table.
NAME, KIND, ADDRESS, TEST, RESULT = range(5)

#: Pages of the editor.
DIMSE_PAGE, WEB_PAGE = 0, 1


@dataclass(frozen=True)
class TestResult:
    """What the last Test of a node said."""

    reached: bool
    text: str


def _error_text(error: BaseException) -> str:
    if isinstance(error, CasereviewError):
        return translate_message(error.message)
    return str(error)


class NodesDialog(QDialog):
    """Add, edit, remove and test PACS nodes; set up the storage listener.

    Parameters
    ----------
    shell
        The window (settings, secrets folder, task runner, ``publish``).
    listener
        The running storage listener's control (state shown, restarted on Apply).
    """

    #: Emitted with the node's name when a Test has answered (tests wait on it).
    tested = Signal(str)

    def __init__(
        self, shell: Shell, listener: ListenerControl, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pacsNodesDialog")
        self.setWindowTitle(QCoreApplication.translate("Pacs", "PACS nodes"))
        self.shell = shell
        self.listener = listener
        #: Name of the node being edited (``None``: a new one).
        self.editing: str | None = None
        self.results: dict[str, TestResult] = {}
        self.tests: dict[str, Task[TestResult]] = {}
        self._build()
        self._fill_table()
        self._fill_listener()
        listener.state_changed.connect(self._show_listener_state)
        self._show_listener_state()
        if self.table.rowCount():
            self.table.selectRow(0)
        else:
            self.new_node(DIMSE_PAGE)
        self.resize(940, 760)

    # --- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("pacsNodeTable")
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("Pacs", "Name"),
                QCoreApplication.translate("Pacs", "Kind"),
                QCoreApplication.translate("Pacs", "Address"),
                "",
                QCoreApplication.translate("Pacs", "Last test"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in (NAME, KIND, ADDRESS, TEST):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RESULT, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.add_dimse_button = QPushButton(
            QCoreApplication.translate("Pacs", "Add DICOM node"), self
        )
        self.add_dimse_button.setObjectName("pacsAddDimse")
        self.add_dimse_button.clicked.connect(lambda: self.new_node(DIMSE_PAGE))
        self.add_web_button = QPushButton(
            QCoreApplication.translate("Pacs", "Add DICOMweb node"), self
        )
        self.add_web_button.setObjectName("pacsAddWeb")
        self.add_web_button.clicked.connect(lambda: self.new_node(WEB_PAGE))
        self.remove_button = QPushButton(QCoreApplication.translate("Pacs", "Remove"), self)
        self.remove_button.setObjectName("pacsRemoveNode")
        self.remove_button.clicked.connect(self.remove_selected)
        self.test_detail = QLabel(self)
        self.test_detail.setObjectName("pacsTestDetail")
        self.test_detail.setWordWrap(True)
        self.test_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.editor = QGroupBox(self)
        self.editor.setObjectName("pacsNodeEditor")
        self.pages = QStackedWidget(self.editor)
        self.pages.addWidget(self._dimse_page())
        self.pages.addWidget(self._web_page())
        self.name_field = QLineEdit(self.editor)
        self.name_field.setObjectName("pacsNodeName")
        self.name_field.setPlaceholderText(
            QCoreApplication.translate("Pacs", "What you call it, e.g. Hospital PACS")
        )
        self.editor_error = QLabel(self.editor)
        self.editor_error.setObjectName("pacsNodeError")
        self.editor_error.setWordWrap(True)
        self.editor_error.hide()
        self.save_button = QPushButton(QCoreApplication.translate("Pacs", "Save node"), self.editor)
        self.save_button.setObjectName("pacsSaveNode")
        self.save_button.clicked.connect(self.save_node)
        name_form = QFormLayout()
        name_form.addRow(QCoreApplication.translate("Pacs", "Name"), self.name_field)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.addLayout(name_form)
        editor_layout.addWidget(self.pages)
        editor_layout.addWidget(self.editor_error)
        editor_layout.addLayout(save_row)

        buttons_row = QHBoxLayout()
        for button in (self.add_dimse_button, self.add_web_button, self.remove_button):
            buttons_row.addWidget(button)
        buttons_row.addStretch(1)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 2)
        layout.addLayout(buttons_row)
        layout.addWidget(self.test_detail)
        layout.addWidget(self.editor)
        layout.addWidget(self._listener_box())
        layout.addWidget(close)

    def _dimse_page(self) -> QWidget:
        page = QWidget(self)
        self.ae_title_field = QLineEdit(page)
        self.ae_title_field.setObjectName("pacsAeTitle")
        self.ae_title_field.setMaxLength(16)
        self.host_field = QLineEdit(page)
        self.host_field.setObjectName("pacsHost")
        self.host_field.setPlaceholderText(
            QCoreApplication.translate("Pacs", "Host name or IP address, e.g. pacs.hospital.org")
        )
        self.port_field = _port_box(page, "pacsPort", 104)
        self.our_ae_title_field = QLineEdit("CASEREVIEW", page)
        self.our_ae_title_field.setObjectName("pacsOurAeTitle")
        self.our_ae_title_field.setMaxLength(16)
        self.our_port_field = _port_box(page, "pacsOurPort", 11112)
        self.our_port_field.setToolTip(
            QCoreApplication.translate(
                "Pacs",
                "Where the archive sends the images of a C-MOVE: the storage listener's port "
                "when it runs with the same AE title, otherwise a port opened for each transfer",
            )
        )
        self.dimse_timeout_field = _seconds_box(page, "pacsDimseTimeout", 30)
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(QCoreApplication.translate("Pacs", "Archive's AE title"), self.ae_title_field)
        form.addRow(QCoreApplication.translate("Pacs", "Host"), self.host_field)
        form.addRow(QCoreApplication.translate("Pacs", "Port"), self.port_field)
        form.addRow(QCoreApplication.translate("Pacs", "Our AE title"), self.our_ae_title_field)
        form.addRow(QCoreApplication.translate("Pacs", "Our port for C-MOVE"), self.our_port_field)
        form.addRow(QCoreApplication.translate("Pacs", "Timeout"), self.dimse_timeout_field)
        return page

    def _web_page(self) -> QWidget:
        page = QWidget(self)
        self.url_field = QLineEdit(page)
        self.url_field.setObjectName("pacsUrl")
        self.url_field.setPlaceholderText(
            QCoreApplication.translate("Pacs", "e.g. https://pacs.hospital.org/dicom-web")
        )
        self.auth_box = QComboBox(page)
        self.auth_box.setObjectName("pacsAuth")
        self.auth_box.addItem(QCoreApplication.translate("Pacs", "None"), WebAuth.NONE.value)
        self.auth_box.addItem(
            QCoreApplication.translate("Pacs", "User name and password"), WebAuth.BASIC.value
        )
        self.auth_box.addItem(
            QCoreApplication.translate("Pacs", "Access token (bearer)"), WebAuth.BEARER.value
        )
        self.auth_box.currentIndexChanged.connect(lambda _i: self._auth_changed())
        self.username_field = QLineEdit(page)
        self.username_field.setObjectName("pacsUsername")
        self.secret_field = QLineEdit(page)
        self.secret_field.setObjectName("pacsSecret")
        self.secret_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_label = QLabel(QCoreApplication.translate("Pacs", "Password"), page)
        self.web_timeout_field = _seconds_box(page, "pacsWebTimeout", 60)
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(QCoreApplication.translate("Pacs", "Address (base URL)"), self.url_field)
        form.addRow(QCoreApplication.translate("Pacs", "Sign-in"), self.auth_box)
        form.addRow(QCoreApplication.translate("Pacs", "User name"), self.username_field)
        form.addRow(self.secret_label, self.secret_field)
        form.addRow(QCoreApplication.translate("Pacs", "Timeout"), self.web_timeout_field)
        return page

    def _listener_box(self) -> QGroupBox:
        box = QGroupBox(
            QCoreApplication.translate("Pacs", "Receiving images (storage listener)"), self
        )
        box.setObjectName("pacsListenerBox")
        self.listener_enabled = QCheckBox(
            QCoreApplication.translate("Pacs", "Start the listener with casereview"), box
        )
        self.listener_enabled.setObjectName("pacsListenerEnabled")
        self.listener_ae_field = QLineEdit(box)
        self.listener_ae_field.setObjectName("pacsListenerAe")
        self.listener_ae_field.setMaxLength(16)
        self.listener_port_field = _port_box(box, "pacsListenerPort", 11112)
        self.listener_host_field = QLineEdit(box)
        self.listener_host_field.setObjectName("pacsListenerHost")
        self.listener_host_field.setToolTip(
            QCoreApplication.translate(
                "Pacs",
                "0.0.0.0 listens on every network interface (an archive on another computer); "
                "127.0.0.1 only on this computer",
            )
        )
        self.listener_any_caller = QCheckBox(
            QCoreApplication.translate(
                "Pacs", "Accept images from any sender (not only the DICOM nodes above)"
            ),
            box,
        )
        self.listener_any_caller.setObjectName("pacsListenerAnyCaller")
        self.listener_apply = QPushButton(QCoreApplication.translate("Pacs", "Apply"), box)
        self.listener_apply.setObjectName("pacsListenerApply")
        self.listener_apply.clicked.connect(self.apply_listener)
        self.listener_state = QLabel(box)
        self.listener_state.setObjectName("pacsListenerState")
        self.listener_state.setWordWrap(True)
        self.listener_error = QLabel(box)
        self.listener_error.setObjectName("pacsListenerError")
        self.listener_error.setWordWrap(True)
        self.listener_error.hide()
        address = QHBoxLayout()
        address.addWidget(self.listener_host_field, 1)
        address.addWidget(QLabel(QCoreApplication.translate("Pacs", "Port"), box))
        address.addWidget(self.listener_port_field)
        state_row = QHBoxLayout()
        state_row.addWidget(self.listener_state, 1)
        state_row.addWidget(self.listener_apply)
        form = QFormLayout(box)
        form.addRow("", self.listener_enabled)
        form.addRow(QCoreApplication.translate("Pacs", "Our AE title"), self.listener_ae_field)
        form.addRow(QCoreApplication.translate("Pacs", "Listen on"), address)
        form.addRow("", self.listener_any_caller)
        form.addRow(QCoreApplication.translate("Pacs", "State"), state_row)
        form.addRow("", self.listener_error)
        return box

    # --- the table ---------------------------------------------------------------------------

    def nodes(self) -> list[PacsNode]:
        """The nodes of the settings now, in the table's order."""
        return list_nodes(self.shell.context.settings)

    def _fill_table(self, select: str | None = None) -> None:
        nodes = self.nodes()
        self.table.blockSignals(True)
        try:
            self.table.setRowCount(len(nodes))
            for row, node in enumerate(nodes):
                name_item = QTableWidgetItem(node.name)
                name_item.setData(Qt.ItemDataRole.UserRole, node.name)
                self.table.setItem(row, NAME, name_item)
                self.table.setItem(row, KIND, QTableWidgetItem(node_kind(node)))
                self.table.setItem(row, ADDRESS, QTableWidgetItem(node_address(node)))
                button = QPushButton(QCoreApplication.translate("Pacs", "Test"), self.table)
                button.setObjectName(f"pacsTest:{node.name}")
                button.setToolTip(
                    QCoreApplication.translate("Pacs", "Check that the archive answers")
                )
                button.clicked.connect(lambda _checked=False, name=node.name: self.test(name))
                button.setEnabled(node.name not in self.tests)
                self.table.setCellWidget(row, TEST, button)
                self.table.setItem(row, RESULT, QTableWidgetItem())
                self._show_result(node.name)
        finally:
            self.table.blockSignals(False)
        self.remove_button.setEnabled(bool(nodes))
        selected_row = self.row_of(select) if select is not None else None
        if selected_row is not None:
            self.table.selectRow(selected_row)

    def row_of(self, name: str) -> int | None:
        """The table row of node ``name``."""
        for row in range(self.table.rowCount()):
            item = self.table.item(row, NAME)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == name:
                return row
        return None

    def selected_name(self) -> str | None:
        """The name of the node selected in the table."""
        rows = self.table.selectionModel().selectedRows(NAME)
        return str(rows[0].data(Qt.ItemDataRole.UserRole)) if rows else None

    def _selection_changed(self) -> None:
        name = self.selected_name()
        node = next((n for n in self.nodes() if n.name == name), None)
        if node is not None:
            self.edit_node(node)
        self._show_detail()

    def _show_result(self, name: str) -> None:
        row = self.row_of(name)
        if row is None:
            return
        item = self.table.item(row, RESULT)
        if item is None:
            return
        if name in self.tests:
            item.setText(QCoreApplication.translate("Pacs", "Testing…"))
            item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload))
            item.setToolTip("")
            return
        result = self.results.get(name)
        if result is None:
            item.setText(QCoreApplication.translate("Pacs", "Not tested"))
            item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxQuestion))
            item.setToolTip("")
            return
        item.setText(result.text)
        item.setToolTip(result.text)
        item.setIcon(
            self.style().standardIcon(
                QStyle.StandardPixmap.SP_DialogApplyButton
                if result.reached
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
        )

    def _show_detail(self) -> None:
        name = self.selected_name()
        result = self.results.get(name) if name is not None else None
        if name is None or result is None:
            self.test_detail.setText("")
            return
        self.test_detail.setText(f"{name}: {result.text}")

    # --- test --------------------------------------------------------------------------------

    def test(self, name: str) -> Task[TestResult] | None:
        """Check, off the UI thread, that the saved node ``name`` answers; the answer is shown
        in its row (and in full below the table when it is selected)."""
        node = next((n for n in self.nodes() if n.name == name), None)
        if node is None or name in self.tests:
            return None
        keys = self.shell.context.paths.keys

        def work(progress: ProgressReporter, cancel: CancelToken) -> TestResult:
            progress(0, 0, Message("Testing the connection"))
            try:
                seconds = client_for(node, keys).echo()
            except CasereviewError as exc:
                # The core's message says what to check; it is the answer, not a failure.
                return TestResult(False, translate_message(exc.message))
            return TestResult(
                True,
                QCoreApplication.translate("Pacs", "Reached in {ms} ms").format(
                    ms=max(1, round(seconds * 1000))
                ),
            )

        task = self.shell.tasks.run(
            QCoreApplication.translate("Pacs", "Testing {node}").format(node=name),
            work,
            quiet=True,
        )
        self.tests[name] = task
        task.finished.connect(lambda: self._test_finished(name))
        self._set_test_button(name, enabled=False)
        self._show_result(name)
        return task

    def _test_finished(self, name: str) -> None:
        task = self.tests.pop(name, None)
        if task is not None and task.result is not None:
            self.results[name] = task.result
        elif task is not None and task.error is not None:
            self.results[name] = TestResult(False, _error_text(task.error))
        self._set_test_button(name, enabled=True)
        self._show_result(name)
        self._show_detail()
        self.tested.emit(name)

    def _set_test_button(self, name: str, *, enabled: bool) -> None:
        row = self.row_of(name)
        if row is not None:
            button = self.table.cellWidget(row, TEST)
            if button is not None:
                button.setEnabled(enabled)

    def test_button(self, name: str) -> QPushButton | None:
        """The Test button of node ``name``."""
        row = self.row_of(name)
        widget = self.table.cellWidget(row, TEST) if row is not None else None
        return widget if isinstance(widget, QPushButton) else None

    # --- edit --------------------------------------------------------------------------------

    def new_node(self, page: int) -> None:
        """Empty the editor for a new DICOM (``DIMSE_PAGE``) or DICOMweb (``WEB_PAGE``) node."""
        self.table.clearSelection()
        self.editing = None
        self.editor.setTitle(
            QCoreApplication.translate("Pacs", "New DICOM node")
            if page == DIMSE_PAGE
            else QCoreApplication.translate("Pacs", "New DICOMweb node")
        )
        self.pages.setCurrentIndex(page)
        self.name_field.clear()
        self.ae_title_field.clear()
        self.host_field.clear()
        self.port_field.setValue(104)
        self.our_ae_title_field.setText(self.shell.context.settings.storage_listener.ae_title)
        self.our_port_field.setValue(self.shell.context.settings.storage_listener.port)
        self.dimse_timeout_field.setValue(30)
        self.url_field.clear()
        self.auth_box.setCurrentIndex(0)
        self.username_field.clear()
        self.secret_field.clear()
        self.web_timeout_field.setValue(60)
        self._auth_changed()
        self._clear_error()
        self.name_field.setFocus()

    def edit_node(self, node: PacsNode) -> None:
        """Show ``node`` in the editor."""
        self.editing = node.name
        self.editor.setTitle(
            QCoreApplication.translate("Pacs", "{node} ({kind})").format(
                node=node.name, kind=node_kind(node)
            )
        )
        self.name_field.setText(node.name)
        self.secret_field.clear()
        if isinstance(node, DimseNode):
            self.pages.setCurrentIndex(DIMSE_PAGE)
            self.ae_title_field.setText(node.ae_title)
            self.host_field.setText(node.host)
            self.port_field.setValue(node.port)
            self.our_ae_title_field.setText(node.our_ae_title)
            self.our_port_field.setValue(node.our_port)
            self.dimse_timeout_field.setValue(round(node.timeout))
        else:
            self.pages.setCurrentIndex(WEB_PAGE)
            self.url_field.setText(node.base_url)
            self.auth_box.setCurrentIndex(max(self.auth_box.findData(node.auth.value), 0))
            self.username_field.setText(node.username)
            self.web_timeout_field.setValue(round(node.timeout))
        self._auth_changed()
        self._clear_error()

    def _auth_changed(self) -> None:
        auth = WebAuth(self.auth_box.currentData() or WebAuth.NONE.value)
        self.username_field.setEnabled(auth is WebAuth.BASIC)
        self.secret_field.setEnabled(auth is not WebAuth.NONE)
        self.secret_label.setText(
            QCoreApplication.translate("Pacs", "Access token")
            if auth is WebAuth.BEARER
            else QCoreApplication.translate("Pacs", "Password")
        )
        stored = (
            self.editing is not None
            and auth is not WebAuth.NONE
            and self._stored_secret(self.editing) is not None
        )
        self.secret_field.setPlaceholderText(
            QCoreApplication.translate("Pacs", "Stored; type a new one to replace it")
            if stored
            else QCoreApplication.translate("Pacs", "Kept in an owner-only file, never shown")
            if auth is not WebAuth.NONE
            else ""
        )

    def _stored_secret(self, name: str) -> str | None:
        try:
            return load_secret(self.shell.context.paths.keys, name)
        except CasereviewError:
            return None  # a damaged secrets file: asked for again when saved

    def node_from_form(self) -> PacsNode:
        """The node the editor describes.

        Raises
        ------
        ValidationError
            If a field breaks the core's rules (the message names it).
        """
        name = self.name_field.text()
        if self.pages.currentIndex() == DIMSE_PAGE:
            return DimseNode(
                name,
                self.ae_title_field.text(),
                self.host_field.text(),
                self.port_field.value(),
                our_ae_title=self.our_ae_title_field.text(),
                our_port=self.our_port_field.value(),
                timeout=float(self.dimse_timeout_field.value()),
            )
        return WebNode(
            name,
            self.url_field.text(),
            WebAuth(self.auth_box.currentData()),
            self.username_field.text().strip(),
            timeout=float(self.web_timeout_field.value()),
        )

    def save_node(self) -> PacsNode | None:
        """Check the editor's node and save it (its secret to the secrets file); problems are
        said in place and nothing is saved."""
        try:
            node = self.node_from_form()
            secret = self._secret_for(node)
            self._save(node, secret)
        except CasereviewError as exc:
            self._show_error(translate_message(exc.message))
            return None
        self._clear_error()
        self.results.pop(node.name, None)
        if self.editing is not None and self.editing != node.name:
            self.results.pop(self.editing, None)
        self.editing = node.name
        self._fill_table(select=node.name)
        self.shell.show_status(
            QCoreApplication.translate("Pacs", "PACS node {node} saved.").format(node=node.name)
        )
        return node

    def _secret_for(self, node: PacsNode) -> str | None:
        """The secret to store for ``node`` (``None``: keep what is stored, or none needed).

        Raises
        ------
        ValidationError
            If the node needs a password or token and none is typed or stored.
        """
        if not isinstance(node, WebNode) or node.auth is WebAuth.NONE:
            return None
        typed = self.secret_field.text()
        if typed.strip():
            return typed
        if self.editing is not None and self._stored_secret(self.editing) is not None:
            return None
        raise ValidationError(
            Message(
                "Type the password or token of {node}; it is kept in an owner-only file.",
                node=node.name,
            )
        )

    def _save(self, node: PacsNode, secret: str | None) -> None:
        context = self.shell.context
        settings = context.settings
        old = self.editing
        others = [n for n in list_nodes(settings) if n.name.casefold() != (old or "").casefold()]
        if any(n.name.casefold() == node.name.casefold() for n in others):
            raise ValidationError(
                Message(
                    "A PACS node called '{name}' exists already. Choose another name.",
                    name=node.name,
                )
            )
        keys = context.paths.keys
        carried = self._stored_secret(old) if old is not None and old != node.name else None
        nodes = [*others, node]
        context.update_settings(
            settings.with_changes(
                dimse_nodes=tuple(n for n in nodes if isinstance(n, DimseNode)),
                web_nodes=tuple(n for n in nodes if isinstance(n, WebNode)),
            )
        )
        if isinstance(node, WebNode) and node.auth is not WebAuth.NONE:
            if secret is not None:
                store_secret(keys, node.name, secret)
            elif carried is not None:
                store_secret(keys, node.name, carried)  # renamed: the secret follows
        else:
            forget_secret(keys, node.name)  # no sign-in any more: nothing to keep
        if old is not None and old.casefold() != node.name.casefold():
            forget_secret(keys, old)
        self.secret_field.clear()
        self.shell.publish(Changes.of("settings", [0]))

    def remove_selected(self) -> bool:
        """Remove the selected node (after asking) and forget its password or token."""
        name = self.selected_name()
        if name is None:
            return False
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("Pacs", "Remove PACS node"),
            QCoreApplication.translate(
                "Pacs",
                "Remove {node}? Its password or token is forgotten too. Images retrieved from "
                "it stay.",
            ).format(node=name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        context = self.shell.context
        settings = context.settings
        try:
            context.update_settings(
                settings.with_changes(
                    dimse_nodes=tuple(n for n in settings.dimse_nodes if n.name != name),
                    web_nodes=tuple(n for n in settings.web_nodes if n.name != name),
                )
            )
            forget_secret(context.paths.keys, name)
        except CasereviewError as exc:
            self._show_error(translate_message(exc.message))
            return False
        self.results.pop(name, None)
        self.shell.publish(Changes.of("settings", [0]))
        self._fill_table()
        if self.table.rowCount():
            self.table.selectRow(0)
        else:
            self.new_node(DIMSE_PAGE)
        return True

    def _show_error(self, text: str) -> None:
        self.editor_error.setText(text)
        self.editor_error.show()

    def _clear_error(self) -> None:
        self.editor_error.clear()
        self.editor_error.hide()

    # --- the storage listener ----------------------------------------------------------------

    def _fill_listener(self) -> None:
        current = self.shell.context.settings.storage_listener
        self.listener_enabled.setChecked(current.enabled)
        self.listener_ae_field.setText(current.ae_title)
        self.listener_port_field.setValue(current.port)
        self.listener_host_field.setText(current.bind_host)
        self.listener_any_caller.setChecked(current.accept_unknown_callers)

    def listener_from_form(self) -> StorageListenerSettings:
        """The listener settings the fields describe.

        Raises
        ------
        ValidationError
            If a field breaks the core's rules.
        """
        return StorageListenerSettings(
            enabled=self.listener_enabled.isChecked(),
            ae_title=self.listener_ae_field.text(),
            port=self.listener_port_field.value(),
            bind_host=self.listener_host_field.text(),
            accept_unknown_callers=self.listener_any_caller.isChecked(),
        )

    def apply_listener(self) -> bool:
        """Save the listener's settings and start, restart or stop it accordingly."""
        context = self.shell.context
        try:
            wanted = self.listener_from_form()
            context.update_settings(context.settings.with_changes(storage_listener=wanted))
        except CasereviewError as exc:
            self.listener_error.setText(translate_message(exc.message))
            self.listener_error.show()
            return False
        self.listener_error.hide()
        self.listener.apply(context.settings, retry=True)
        self.shell.publish(Changes.of("settings", [0]))
        return True

    def _show_listener_state(self) -> None:
        self.listener_state.setText(self.listener.state_text())


def _port_box(parent: QWidget, name: str, value: int) -> QSpinBox:
    box = QSpinBox(parent)
    box.setObjectName(name)
    box.setRange(1, 65535)
    box.setValue(value)
    box.setGroupSeparatorShown(False)  # a port is a code, not a quantity: 11112, not 11,112
    return box


def _seconds_box(parent: QWidget, name: str, value: int) -> QSpinBox:
    box = QSpinBox(parent)
    box.setObjectName(name)
    box.setRange(1, 3600)
    box.setValue(value)
    box.setSuffix(QCoreApplication.translate("Pacs", " s"))
    return box
