"""The partner's layer in the viewer: credited to its author there, hidden and shown as a whole.

Needs Xvfb (VTK inside Qt)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_exchange_layers import (
    A_NAME,
    B_NAME,
    _ct,
    _fill_sender,
    _position,
    _site,
)

from casereview.app.context import AppContext
from casereview.demo.install import install_demo
from casereview.domain.annotations import AnnotationDraft, AnnotationKind, ImageReference
from casereview.domain.packages import DeidOptions
from casereview.domain.users import Role, User
from casereview.services.annotations import create_annotation, list_annotations
from casereview.services.exchange import export_case, import_package
from casereview.services.segmentations import list_segments
from casereview.services.users import ensure_user
from casereview.services.volumes import series_id_for_uid
from casereview.session import Layout
from casereview.ui.shell import ShellWindow
from gui.gui_helpers import save_screenshot

pytestmark = [
    pytest.mark.gui,
    pytest.mark.xvfb,
    pytest.mark.skipif(not os.environ.get("DISPLAY"), reason="VTK inside Qt needs an X display"),
]


def test_partner_layer_is_marked_and_can_be_hidden(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    db = context.db
    ensure_user(db, User(0, "a", "Dr A", Role.SURGEON))
    demo = install_demo(
        db,
        tmp_path / "demo",
        "a",
        staging_dir=context.paths.imports,
        quarantine_dir=context.paths.quarantine,
        small=True,
        phases=("portal-venous",),
    )
    case_id = demo.case.id
    _fill_sender(db, case_id)
    b = _site(tmp_path / "b", "b")
    a_keys = _site(tmp_path / "a-keys", "a")
    out = tmp_path / "to-b.zip"
    export_case(
        db,
        case_id,
        out,
        "a",
        options=DeidOptions(),
        signing_key=a_keys.key,
        secret=a_keys.secret,
        institution=A_NAME,
    )
    import_package(b.db, out, "b", **b.dirs(), trusted=b.trusted(a_keys, A_NAME))
    rows, series = _ct(b.db)
    sop, _, frame = rows[len(rows) // 2]
    z = _position(b.db, sop)[2]
    create_annotation(
        b.db,
        1,
        AnnotationDraft(
            AnnotationKind.LENGTH,
            ((-20.0, -10.0, z), (25.0, -10.0, z)),
            ImageReference(series, sop, frame),
            label="Partner: SMV contact",
        ),
        "b",
    )
    partner_note = next(x for x in list_annotations(b.db, 1) if x.label == "Partner: SMV contact")
    assert partner_note.created_at is not None
    back = tmp_path / "to-a.zip"
    export_case(
        b.db,
        1,
        back,
        "b",
        options=DeidOptions(),
        signing_key=b.key,
        secret=b.secret,
        institution=B_NAME,
    )
    b.db.close()
    import_package(
        db,
        back,
        context.user.username,
        staging_dir=context.paths.imports,
        quarantine_dir=context.paths.quarantine,
        trusted=[*a_keys.trusted(b, B_NAME)],
    )

    window = ShellWindow(context)
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window)
    reading = window.refresh()
    qtbot.waitUntil(lambda: reading.done, timeout=20_000)
    window.browser.select_case(case_id)
    _, series_a = _ct(db)
    assert window.browser.select_series([series_id_for_uid(db, series_a)]) == 1
    window.action_registry.action("casereview.view.open_series").trigger()
    qtbot.waitUntil(
        lambda: bool(window.viewers) and window.viewers[-1].editor is not None, timeout=60_000
    )
    viewer = window.viewers[-1]
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=60_000)
    viewer.set_layout(Layout.ONE)
    panel = viewer.editor.annotation_panel
    tree = panel.tree
    authors = {
        tree.topLevelItem(i).text(0): tree.topLevelItem(i).text(2)
        for i in range(tree.topLevelItemCount())
    }
    # Credited to its author at the partner, at the partner's time: not to our importing user.
    when = f"{partner_note.created_at.astimezone():%Y-%m-%d %H:%M}"
    assert authors["Partner: SMV contact"] == f"Dr Test, {B_NAME}, {when}"
    assert authors["Tumour long axis"] == "a"  # our own work keeps its author
    assert panel.layers_button.isVisible()
    QApplication.processEvents()
    save_screenshot(window, "exchange_partner_layer_shown")

    panel.layers_menu.aboutToShow.emit()
    actions = [a for a in panel.layers_menu.actions() if a.isCheckable()]
    assert [a.text() for a in actions] == [f"Opinion from {B_NAME}"] and actions[0].isChecked()
    actions[0].trigger()  # hide the partner's layer
    qtbot.waitUntil(
        lambda: (
            [x.visible for x in list_annotations(db, case_id) if x.label.startswith("Partner")]
            == [False]
        ),
        timeout=5_000,
    )
    assert all(
        x.visible for x in list_annotations(db, case_id) if not x.label.startswith("Partner")
    )
    row = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(0) == "Partner: SMV contact"
    )
    assert row.checkState(0).name == "Unchecked"
    assert len(list_segments(db, case_id)) == 2  # ours, not doubled by the answer
    save_screenshot(window, "exchange_partner_layer_hidden")
    window.close()
