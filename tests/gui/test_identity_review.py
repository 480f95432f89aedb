"""Identity review in the workstation: flagged rows in the browser, merge and split through the
action registry, each undone through the Edit menu's undo."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from gui_helpers import refresh, save_screenshot, wait_for_index
from pytestqt.qtbot import QtBot

from casereview.app.context import AppContext
from casereview.domain.identity import FlagKind, FlagStatus
from casereview.services import identity as identity_service
from casereview.services.indexing import import_paths
from casereview.ui.browser import ID_ROLE, IDENTITY_FLAG_ROLE, IDENTITY_FLAG_TEXT
from casereview.ui.features import identity as identity_feature
from casereview.ui.shell import ShellWindow
from support import import_dirs, write_ct_slices

pytestmark = pytest.mark.gui

FIRST, SECOND = "ZHOU^Wei", "MOREAU^Anne"
SHARED_ID = "H-4471"


def _patient_rows(window: ShellWindow) -> dict[int, tuple[str, object, str]]:
    """Patient id → (label, flag kind, tooltip) of every patient row the tree shows."""
    model = window.browser.index_model
    rows = {}
    for row in range(model.rowCount()):
        item = model.item(row, 0)
        rows[item.data(ID_ROLE)] = (item.text(), item.data(IDENTITY_FLAG_ROLE), item.toolTip())
    return rows


def _series_of(window: ShellWindow, patient_id: int) -> list[list[int]]:
    patient = window.index.patient(patient_id)
    assert patient is not None
    return [[series.id for series in study.series] for study in patient.studies]


def _undo(window: ShellWindow, qtbot: QtBot) -> None:
    undo = window.action_registry.action("casereview.edit.undo")
    assert undo.isEnabled()
    with qtbot.waitSignal(window.changed, timeout=10_000):
        undo.trigger()
    wait_for_index(window, qtbot)


def test_flagged_patients_are_merged_and_split_through_the_registry_and_undone(
    window: ShellWindow,
    context: AppContext,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    # Two studies of one person, and a third study of another person under the same ID.
    for folder, name, date in (
        ("a1", FIRST, "20250110"),
        ("a2", FIRST, "20250301"),
        ("b1", SECOND, "20250215"),
    ):
        write_ct_slices(
            tmp_path / "in" / folder,
            slices=2,
            rows=32,
            columns=32,
            patient_name=name,
            patient_id=SHARED_ID,
            study_date=date,
        )
    report = import_paths(
        context.db, [tmp_path / "in"], context.user.username, workers=1, **import_dirs(tmp_path)
    )
    assert report.imported == 6 and not report.problems
    refresh(window, qtbot)

    # The browser marks both rows as an identity conflict and says why.
    rows = _patient_rows(window)
    assert len(rows) == 2
    assert {kind for _label, kind, _tip in rows.values()} == {FlagKind.IDENTITY_CONFLICT.value}
    assert all(tip == IDENTITY_FLAG_TEXT[FlagKind.IDENTITY_CONFLICT] for *_, tip in rows.values())
    (flag,) = identity_service.list_flags(context.db)
    first = next(pk for pk, (label, *_) in rows.items() if label.startswith("ZHOU"))
    second = next(pk for pk in rows if pk != first)
    assert len(_series_of(window, first)) == 2 and len(_series_of(window, second)) == 1

    # "Identity flags only" keeps the flagged rows and counts as a filter.
    window.browser.flagged_only.setChecked(True)
    assert window.browser.filters_active()
    assert not any(
        window.browser.index_view.isRowHidden(r, window.browser.index_view.rootIndex())
        for r in range(2)
    )
    window.browser.flagged_only.setChecked(False)

    merge = window.action_registry.action("casereview.patient.merge")
    split = window.action_registry.action("casereview.patient.split")
    assert not merge.isEnabled()  # nothing selected
    asked: list[tuple[str, str]] = []

    def answer_yes(_shell: object, title: str, text: str) -> bool:
        asked.append((title, text))
        return True

    monkeypatch.setattr(identity_feature, "confirm", answer_yes)

    # Merge the second row into the first one.
    assert window.select_series(_series_of(window, second)[0]) == 1
    assert merge.isEnabled() and not split.isEnabled()  # its only study cannot leave it
    save_screenshot(window, "identity_flag_before_merge")
    with qtbot.waitSignal(window.changed, timeout=10_000) as changed:
        merge.trigger()
    assert changed.args[0].touches("index") and changed.args[0].touches("cases")
    title, text = asked[-1]
    assert title == "Merge patients"
    assert "1 studies and 0 cases" in text and "MOREAU, Anne" in text and "ZHOU, Wei" in text
    wait_for_index(window, qtbot)
    rows = _patient_rows(window)
    assert list(rows) == [first] and rows[first][1] is None  # merged, flag resolved
    assert len(_series_of(window, first)) == 3
    (change,) = identity_service.list_changes(context.db)
    assert change.kind == "merge" and not change.undone
    assert window.undo_stack.undoText() == "Merge patients"

    _undo(window, qtbot)
    rows = _patient_rows(window)
    assert set(rows) == {first, second}
    assert rows[second][1] == FlagKind.IDENTITY_CONFLICT.value
    assert identity_service.list_flags(context.db)[0].status is FlagStatus.OPEN
    assert identity_service.list_changes(context.db)[0].undone

    # Split the first row's later study off to a row of its own.
    later_study = _series_of(window, first)[1]
    assert window.select_series(later_study) == 1
    assert split.isEnabled()
    with qtbot.waitSignal(window.changed, timeout=10_000):
        split.trigger()
    title, text = asked[-1]
    assert title == "Split studies off" and "Move 1 studies" in text and "ZHOU, Wei" in text
    wait_for_index(window, qtbot)
    rows = _patient_rows(window)
    assert len(rows) == 3
    newest = identity_service.list_changes(context.db)[0]
    assert newest.kind == "split" and newest.source_patient_pk == first
    assert _series_of(window, newest.target_patient_pk) == [later_study]
    assert len(_series_of(window, first)) == 1
    save_screenshot(window, "identity_after_split")

    _undo(window, qtbot)
    assert set(_patient_rows(window)) == {first, second}
    assert len(_series_of(window, first)) == 2
    assert identity_service.list_changes(context.db)[0].undone

    # Keep apart: the flag is decided and the rows lose their sign; undo opens it again.
    assert window.select_series(_series_of(window, second)[0]) == 1
    with qtbot.waitSignal(window.changed, timeout=10_000):
        window.action_registry.action("casereview.patient.keep_apart").trigger()
    wait_for_index(window, qtbot)
    assert all(kind is None for _label, kind, _tip in _patient_rows(window).values())
    assert flag.id not in {f.id for f in identity_service.list_flags(context.db)}
    _undo(window, qtbot)
    assert identity_service.list_flags(context.db)[0].id == flag.id

    # Identities went to the dialogs only, never to the log.
    for secret in ("ZHOU", "MOREAU", SHARED_ID):
        assert secret not in caplog.text


def test_a_refused_merge_is_shown_and_leaves_the_history_alone(
    window: ShellWindow,
    context: AppContext,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for folder, name in (("a", FIRST), ("b", SECOND)):
        write_ct_slices(
            tmp_path / "in" / folder,
            slices=1,
            rows=16,
            columns=16,
            patient_name=name,
            patient_id=SHARED_ID,
        )
    import_paths(
        context.db, [tmp_path / "in"], context.user.username, workers=1, **import_dirs(tmp_path)
    )
    refresh(window, qtbot)
    (flag,) = identity_service.list_flags(context.db)
    # Someone else merged the pair meanwhile; this window still shows the flag.
    identity_service.merge_patients(
        context.db, flag.patient_pk, flag.other_patient_pk, context.user.username
    )
    monkeypatch.setattr(identity_feature, "confirm", lambda *_args: True)
    assert window.select_series(_series_of(window, flag.patient_pk)[0]) == 1
    with qtbot.waitSignal(window.errors.shown, timeout=5000) as shown:
        window.action_registry.action("casereview.patient.merge").trigger()
    assert "merged into patient" in shown.args[1]
    assert window.undo_stack.count() == 0
