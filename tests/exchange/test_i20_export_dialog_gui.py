"""The export dialog as a surgeon meets it (issue 20): a typed path enables Export, the first
export asks for the sending institution, and a received case is answered with its opinion only.
Driven as a user would (pytest-qt: typing, clicks)."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from casereview.app.context import AppContext, bootstrap
from casereview.domain.packages import DeidOptions
from casereview.services.cases import create_case_from_uids, list_cases
from casereview.services.exchange import export_case, import_package
from casereview.services.indexing import import_paths
from casereview.services.signing import load_or_create_secret, load_or_create_signing_key
from casereview.store import models
from casereview.ui.exchange import ExportDialog, PackageImporter
from casereview.ui.shell import ShellWindow
from gui.gui_helpers import save_screenshot
from partner_package import RECEIVER_USER, SENDER, make_partner_package, open_receiver
from support import import_dirs, write_ct_slices

pytestmark = pytest.mark.gui

# ASCII: QTest types only ASCII keys.
INSTITUTION = "Hopital Saint-Louis, Paris"


@pytest.fixture
def window(qtbot: QtBot, context: AppContext, tmp_path: Path, monkeypatch) -> Iterator[ShellWindow]:
    paths = write_ct_slices(tmp_path / "ct", slices=4, rows=16, columns=16)
    import_paths(
        context.db,
        paths,
        context.user.username,
        staging_dir=context.paths.imports,
        quarantine_dir=context.paths.quarantine,
    )
    with context.db.reading() as session:
        study = session.scalars(select(models.Study.study_instance_uid)).one()
    create_case_from_uids(context.db, context.user.username, study_uids=[study], title="Own case")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    main = ShellWindow(context)
    main.shown_messages = shown
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    task = main.refresh()
    qtbot.waitUntil(lambda: task.done, timeout=20_000)
    yield main
    main.tasks.wait_for_all(10_000)
    main.close()


def _open_export(window: ShellWindow, qtbot: QtBot, case_id: int) -> ExportDialog:
    window.browser.select_case(case_id)
    with qtbot.waitSignal(window.dialog_shown) as shown:
        window.action_registry.action("casereview.case.export_package").trigger()
    _name, dialog = shown.args
    qtbot.waitUntil(
        lambda: dialog.preview is not None and dialog.preview_task is None, timeout=60_000
    )
    return dialog


def _sender(package: Path) -> str:
    with zipfile.ZipFile(package) as archive:
        return json.loads(archive.read("manifest.json"))["sender"]["institution"]


def test_a_typed_path_enables_export(window: ShellWindow, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _open_export(window, qtbot, 1)
    assert not dialog.export_button.isEnabled()
    qtbot.keyClicks(dialog.out_edit, str(tmp_path / "typed.zip"))
    assert dialog.export_button.isEnabled()
    save_screenshot(dialog, "i20_exchange_typed_path")
    dialog.out_edit.selectAll()
    qtbot.keyClick(dialog.out_edit, Qt.Key.Key_Delete)
    assert not dialog.export_button.isEnabled()
    qtbot.keyClicks(dialog.out_edit, "   ")
    assert not dialog.export_button.isEnabled()  # blanks are no file name


def test_the_first_export_asks_for_the_institution_and_signs_with_it(
    window: ShellWindow, context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    assert context.settings.institution_name == ""
    dialog = _open_export(window, qtbot, 1)
    out = tmp_path / "first.zip"
    qtbot.keyClicks(dialog.out_edit, str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: dialog.institution_dialog is not None and dialog.institution_dialog.isVisible(),
        timeout=10_000,
    )
    asked = dialog.institution_dialog
    ok = asked.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # nothing typed yet
    qtbot.keyClicks(asked.name_edit, INSTITUTION)
    assert ok.isEnabled()
    save_screenshot(asked, "i20_exchange_institution_asked")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60_000)
    assert _sender(out) == INSTITUTION
    # Remembered in the settings (on disk: a restart knows it) and editable there.
    assert context.settings.institution_name == INSTITUTION
    again = bootstrap(context.paths.root)
    try:
        assert again.settings.institution_name == INSTITUTION
    finally:
        again.close()

    # The next export does not ask again.
    second = _open_export(window, qtbot, 1)
    out2 = tmp_path / "second.zip"
    qtbot.keyClicks(second.out_edit, str(out2))
    qtbot.mouseClick(second.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: second.report is not None, timeout=60_000)
    assert second.institution_dialog is None and _sender(out2) == INSTITUTION


def test_a_received_case_is_answered_with_its_opinion_only(
    window: ShellWindow, context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    context.update_settings(context.settings.with_changes(institution_name=INSTITUTION))
    partner = make_partner_package(tmp_path / "partner")
    import_package(
        context.db,
        partner.path,
        context.user.username,
        **import_dirs(context.paths.root),
        trusted=partner.trusted(),
    )
    with context.db.reading() as session:
        received = session.scalars(select(models.Case.id).where(models.Case.id != 1)).one()
    refresh = window.refresh()
    qtbot.waitUntil(lambda: refresh.done, timeout=20_000)

    own = _open_export(window, qtbot, 1)
    assert not own.opinion_only.isVisible()  # our own images: the partner has none of them
    own.reject()

    dialog = _open_export(window, qtbot, received)
    assert dialog.opinion_only.isVisible() and dialog.opinion_only.isChecked()
    assert SENDER in dialog.opinion_only.text()
    assert "no images" in dialog.summary.text()
    qtbot.keyClicks(dialog.out_edit, str(tmp_path / "reply.zip"))
    save_screenshot(dialog, "i20_exchange_opinion_only")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60_000)
    assert dialog.report.images == 0
    with zipfile.ZipFile(tmp_path / "reply.zip") as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert not [f for f in manifest["files"] if f["kind"] == "dicom-image"]
    assert manifest["content"]["referenced_images"]
    qtbot.waitUntil(lambda: bool(window.shown_messages), timeout=5000)
    assert "opinion only" in window.shown_messages[-1]

    # Unticked, the same case goes with its images.
    full = _open_export(window, qtbot, received)
    box = full.opinion_only  # clicked on its tick box (the row is wider than its text)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert not full.opinion_only.isChecked()
    qtbot.waitUntil(lambda: full.preview_task is None, timeout=60_000)
    qtbot.keyClicks(full.out_edit, str(tmp_path / "full.zip"))
    qtbot.mouseClick(full.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: full.report is not None, timeout=60_000)
    assert full.report.images >= 8  # the eight slices (and the sender's own objects)


def test_an_opinion_on_images_not_held_here_is_refused_and_nothing_is_kept(
    window: ShellWindow, context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    partner = make_partner_package(tmp_path / "a")
    b = open_receiver(tmp_path / "b")
    try:
        import_package(
            b, partner.path, RECEIVER_USER, **import_dirs(tmp_path / "b"), trusted=partner.trusted()
        )
        with b.reading() as session:
            b_case = session.scalars(select(models.Case.id)).one()
        reply = export_case(
            b,
            b_case,
            tmp_path / "reply.zip",
            RECEIVER_USER,
            options=DeidOptions(),
            signing_key=load_or_create_signing_key(tmp_path / "b" / "keys"),
            secret=load_or_create_secret(tmp_path / "b" / "keys"),
            institution="Partner Hospital",
            opinion_only=True,
        )
    finally:
        b.close()
    cases_before = [c.id for c in list_cases(context.db)]
    imported: list[object] = []
    importer = PackageImporter(window, window.context, window.tasks, imported.append)
    importer.verify(Path(reply.path))
    qtbot.waitUntil(lambda: importer.dialog is not None, timeout=30_000)
    dialog = importer.dialog
    note = dialog.findChild(QLabel, "verificationOpinionOnly")
    assert note is not None and "8 image(s)" in note.text()
    qtbot.mouseClick(dialog.consent, Qt.MouseButton.LeftButton)  # a partner not trusted yet
    save_screenshot(dialog, "i20_exchange_opinion_only_verified")
    with qtbot.waitSignal(window.errors.shown, timeout=60_000) as shown:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "not on this workstation" in shown.args[1] and "Nothing was imported" in shown.args[1]
    assert imported == [] and [c.id for c in list_cases(context.db)] == cases_before
    packages = context.paths.imports / "packages"
    assert not packages.exists() or not any(packages.iterdir())
