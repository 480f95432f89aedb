"""The keyed audit chain, the signed head and the keys that protect them (issue 14)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from casereview.domain.audit import (
    GENESIS_HASH,
    AuditHead,
    SignedAuditHead,
    chain_hash,
    keyed_chain_hash,
)
from casereview.errors import ConfigurationError
from casereview.services.audit_keys import (
    CHAIN_KEY_NAME,
    head_file_for,
    load_audit_seal,
    load_or_create_chain_key,
)
from casereview.store.audit_heads import read_head_file, write_head_file

_RECORD = (
    7,
    datetime(2026, 12, 4, 5, 0, 0, 123456, tzinfo=UTC),
    3,
    "case.viewed",
    "case",
    "9",
    "{}",
)


def test_keyed_hash_depends_on_the_key_and_differs_from_the_public_chain() -> None:
    first = keyed_chain_hash(b"k" * 32, GENESIS_HASH, *_RECORD)
    assert first == keyed_chain_hash(b"k" * 32, GENESIS_HASH, *_RECORD)
    assert first != keyed_chain_hash(b"j" * 32, GENESIS_HASH, *_RECORD)
    assert first != chain_hash(GENESIS_HASH, *_RECORD)
    assert len(first) == 64


def test_chain_key_is_made_once_owner_only_and_a_damaged_one_is_refused(tmp_path: Path) -> None:
    keys = tmp_path / "keys"
    key = load_or_create_chain_key(keys)
    assert len(key) == 32 and load_or_create_chain_key(keys) == key
    assert (keys / CHAIN_KEY_NAME).stat().st_mode & 0o777 == 0o600
    (keys / CHAIN_KEY_NAME).write_bytes(b"short")
    with pytest.raises(ConfigurationError, match="damaged"):
        load_or_create_chain_key(keys)


def test_signed_head_round_trips_through_its_file_and_only_its_own_key_accepts_it(
    tmp_path: Path,
) -> None:
    url = f"sqlite+pysqlite:///{tmp_path / 'casereview.sqlite'}"
    seal = load_audit_seal(tmp_path / "keys", url, tmp_path)
    other = load_audit_seal(tmp_path / "other-keys", url, tmp_path)
    signed = seal.seal(AuditHead(12, 40, "ab" * 32))
    assert seal.head_file == tmp_path / "casereview.audit-head.json" and seal.head_file_required
    write_head_file(seal.head_file, signed)
    read = read_head_file(seal.head_file)
    assert read == signed and seal.is_genuine(read)
    assert not other.is_genuine(read)
    changed = SignedAuditHead(AuditHead(11, 40, "ab" * 32), read.public_key, read.signature)
    assert not seal.is_genuine(changed)


@pytest.mark.parametrize("text", ["", "{}", "[1, 2]", '{"format": "casereview.audit-head/1"}'])
def test_a_head_file_casereview_did_not_write_is_refused(tmp_path: Path, text: str) -> None:
    path = tmp_path / "casereview.audit-head.json"
    path.write_text(text, encoding="ascii")
    with pytest.raises(ValueError):
        read_head_file(path)
    assert read_head_file(tmp_path / "absent.json") is None


def test_head_file_sits_beside_sqlite_and_per_server_database_in_the_data_dir(
    tmp_path: Path,
) -> None:
    assert head_file_for(f"sqlite+pysqlite:///{tmp_path / 'db.sqlite'}", tmp_path / "data") == (
        tmp_path / "db.audit-head.json",
        True,
    )
    assert head_file_for("sqlite+pysqlite:///:memory:", tmp_path) == (None, False)
    first, required = head_file_for("postgresql+psycopg://u:secret@host/one", tmp_path)
    second, _ = head_file_for("postgresql+psycopg://u:other@host/one", tmp_path)
    third, _ = head_file_for("postgresql+psycopg://u:secret@host/two", tmp_path)
    assert first is not None and first.parent == tmp_path and not required
    assert first == second != third  # named after the database, never its password
    assert "secret" not in str(first)
