"""Decision drafts: kept encrypted per agenda item, never in clear text on disk."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest

from casereview.errors import ConfigurationError
from casereview.services.decision_drafts import (
    DRAFTS_FOLDER,
    DecisionDraft,
    DecisionDraftStore,
)

IDENTITY = ("王丽", "Mrs Wang", "ZJ0012345", "1958-03-12")


def _draft() -> DecisionDraft:
    return DecisionDraft(
        based_on=7,
        amending=False,
        values={"rationale": "Mrs Wang (王丽, ZJ0012345, 1958-03-12): SMV abutment", "trial": ""},
        ticked=("Dr Chair", "Dr 李"),
    )


def test_a_draft_round_trips_and_is_cleared(tmp_path: Path) -> None:
    store = DecisionDraftStore.in_data_dir(tmp_path, tmp_path / "keys")
    assert store.load(3) is None
    store.save(3, _draft())
    assert store.load(3) == _draft()
    assert store.load(4) is None
    store.save(3, DecisionDraft(None, values={"rationale": "second"}))
    assert store.load(3) == DecisionDraft(None, values={"rationale": "second"})
    store.clear(3)
    assert store.load(3) is None
    store.clear(3)  # clearing twice is harmless


def test_the_file_holds_no_identity_and_its_name_only_the_item_id(tmp_path: Path) -> None:
    store = DecisionDraftStore.in_data_dir(tmp_path, tmp_path / "keys")
    store.save(12, _draft())
    files = list((tmp_path / DRAFTS_FOLDER).iterdir())
    assert [f.name for f in files] == ["agenda-item-12.draft"]
    raw = files[0].read_bytes()
    for form in IDENTITY:
        for encoding in ("utf-8", "utf-16-le", "gb18030"):
            assert form.encode(encoding) not in raw
    assert b"rationale" not in raw and b"SMV" not in raw
    if sys.platform != "win32":
        assert stat.S_IMODE(files[0].stat().st_mode) == 0o600


def test_a_draft_moved_to_another_item_or_damaged_is_not_read(tmp_path: Path) -> None:
    store = DecisionDraftStore.in_data_dir(tmp_path, tmp_path / "keys")
    store.save(1, _draft())
    store.path(1).rename(store.path(2))
    assert store.load(2) is None
    store.save(1, _draft())
    sealed = bytearray(store.path(1).read_bytes())
    sealed[-1] ^= 0x01
    store.path(1).write_bytes(bytes(sealed))
    assert store.load(1) is None
    # Another installation's key does not open this installation's drafts.
    store.save(5, _draft())
    other = DecisionDraftStore.in_data_dir(tmp_path, tmp_path / "other-keys")
    assert other.load(5) is None
    assert store.load(5) == _draft()


@pytest.mark.parametrize(
    "payload",
    [b"not json", b"[]", b'{"version": 99}', b'{"version": 1, "based_on": "x", "amending": false}'],
)
def test_plaintext_that_is_not_a_draft_is_refused(payload: bytes) -> None:
    assert DecisionDraft.from_json(payload) is None


def test_an_unwritable_folder_is_a_clear_error(tmp_path: Path) -> None:
    store = DecisionDraftStore.in_data_dir(tmp_path, tmp_path / "keys")
    (tmp_path / DRAFTS_FOLDER).write_text("a file where the folder should be")
    with pytest.raises(ConfigurationError, match="decision draft cannot be kept"):
        store.save(1, _draft())
