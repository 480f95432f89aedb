"""A forced race on PostgreSQL: another workstation saves between our version check and our
UPDATE. The database's version condition refuses our UPDATE, and the user gets the same
conflict message as when the check itself finds the newer version."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from casereview.errors import EditConflictError
from casereview.services import cases as case_service
from casereview.store.database import open_database

sys.path.insert(0, str(Path(__file__).resolve().parent))
from department_workers import build_department

pytestmark = pytest.mark.postgresql


def test_a_save_that_loses_the_race_is_a_conflict(
    postgresql_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    world = build_department(postgresql_url)
    ours, theirs = open_database(postgresql_url), open_database(postgresql_url)
    original = case_service.check_version
    raced: list[int] = []

    def check_then_let_them_win(*args: Any, **kwargs: Any) -> None:
        # Our check has passed; before our UPDATE, the other workstation saves (it does not
        # wait: we hold no lock yet, only a read).
        original(*args, **kwargs)

        def their_save() -> None:
            raced.append(
                case_service.update_case(
                    theirs, world.case_id, "dr_b", clinical_question="theirs", expected_version=1
                ).version
            )

        monkeypatch.setattr(case_service, "check_version", original)
        thread = threading.Thread(target=their_save)
        thread.start()
        thread.join(30)

    monkeypatch.setattr(case_service, "check_version", check_then_let_them_win)
    try:
        with pytest.raises(EditConflictError) as caught:
            case_service.update_case(
                ours, world.case_id, "dr_a", clinical_question="ours", expected_version=1
            )
        assert raced == [2]
        assert caught.value.current_version == 2
        assert "Dr Berger changed this case's question" in str(caught.value)
        assert case_service.get_case(ours, world.case_id).clinical_question == "theirs"
    finally:
        ours.close()
        theirs.close()
