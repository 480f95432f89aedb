"""Issue 20: the PIN that confirms who signs is kept only as a salted slow hash."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from casereview.domain.audit import AuditAction
from casereview.domain.users import (
    FREE_ATTEMPTS,
    LOCKOUT_BASE,
    LOCKOUT_MAX,
    Role,
    SecretNotSetError,
    SignerNotConfirmedError,
    User,
    check_new_secret,
    lockout_after,
)
from casereview.errors import ValidationError
from casereview.services import user_secrets
from casereview.services.audit import latest_events
from casereview.services.users import ensure_user
from casereview.store.database import Database
from casereview.store.types import utcnow

PIN = "482915"


def test_hash_is_salted_slow_and_checks_only_the_right_secret() -> None:
    first, second = user_secrets.hash_secret(PIN), user_secrets.hash_secret(PIN)
    assert first != second  # a fresh salt each time: equal PINs do not show as equal hashes
    scheme, n, r, p, salt, digest = first.split("$")
    assert (scheme, int(n), int(r), int(p)) == ("scrypt", 2**14, 8, 1)
    assert len(bytes.fromhex(salt)) == 16 and len(bytes.fromhex(digest)) == 32
    assert PIN not in first
    assert user_secrets.secret_matches(PIN, first) and user_secrets.secret_matches(PIN, second)
    assert not user_secrets.secret_matches("482916", first)
    assert not user_secrets.secret_matches(PIN, "scrypt$garbage")
    assert not user_secrets.secret_matches(PIN, first.replace("scrypt", "md5", 1))


def test_the_fixture_hash_of_migration_0013_is_a_real_one() -> None:
    # tests/migrations/fixtures/0013.sql stores this hash of "246810".
    stored = (
        "scrypt$16384$8$1$00112233445566778899aabbccddeeff$"
        "ecaa613317efa69f10b9dcc33fb967709a4273154270a48b701b906ac22d6934"
    )
    assert user_secrets.secret_matches("246810", stored)


@pytest.mark.parametrize("weak", ["12345", "", "000000", "123456", "987654", "aaaaaaa"])
def test_weak_secrets_are_refused(weak: str) -> None:
    with pytest.raises(ValidationError):
        check_new_secret(weak)


def test_good_secrets_pass() -> None:
    for good in (PIN, "correct horse", "胰头占位手术"):
        check_new_secret(good)


def test_lockout_grows_after_the_free_attempts_and_is_capped() -> None:
    assert [lockout_after(n) for n in range(FREE_ATTEMPTS)] == [timedelta(0)] * FREE_ATTEMPTS
    assert lockout_after(FREE_ATTEMPTS) == LOCKOUT_BASE
    assert lockout_after(FREE_ATTEMPTS + 1) == 2 * LOCKOUT_BASE
    assert lockout_after(FREE_ATTEMPTS + 40) == LOCKOUT_MAX


def test_secret_is_never_stored_in_clear(db: Database) -> None:
    secret = "MDT-signing-Pin-77"
    user_secrets.set_secret(db, "tester", secret, "tester")
    assert user_secrets.has_secret(db, "tester")
    database = make_url(db.url).database
    assert database
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    files = list(Path(database).parent.glob("*.sqlite*"))
    assert files
    for path in files:
        data = path.read_bytes()
        assert secret.encode() not in data and secret.encode("utf-16-le") not in data
    events = latest_events(db)
    assert events[0].action is AuditAction.USER_SECRET_SET
    assert secret not in repr(events)


def test_confirm_user_refuses_a_wrong_pin_audits_it_and_locks_after_repeats(
    db: Database,
) -> None:
    user_secrets.set_secret(db, "tester", PIN, "tester")
    now = utcnow()
    for attempt in range(1, FREE_ATTEMPTS + 1):
        with pytest.raises(SignerNotConfirmedError) as refused:
            user_secrets.confirm_user(db, "tester", "000111", "tester", now=now)
        event = latest_events(db, 1)[0]
        assert event.action is AuditAction.USER_CONFIRMATION_FAILED
        assert event.details["attempts"] == attempt and "000111" not in repr(event)
    assert refused.value.retry_after == LOCKOUT_BASE.total_seconds()
    assert "try again in 30 s" in str(refused.value)
    # While waiting even the right PIN is not checked; the attempt is audited, not counted.
    with pytest.raises(SignerNotConfirmedError, match="Too many wrong PINs") as waiting:
        user_secrets.confirm_user(db, "tester", PIN, "tester", now=now + timedelta(seconds=10))
    assert waiting.value.retry_after == 20
    assert latest_events(db, 1)[0].details == {
        "attempts": FREE_ATTEMPTS,
        "while_waiting": True,
        "wait_seconds": 0,
    }
    later = now + LOCKOUT_BASE + timedelta(seconds=1)
    assert user_secrets.confirm_user(db, "tester", PIN, "tester", now=later).username == "tester"
    # The right PIN starts the count again: one wrong one is forgiven.
    with pytest.raises(SignerNotConfirmedError) as again:
        user_secrets.confirm_user(db, "tester", "000111", "tester", now=later)
    assert again.value.retry_after == 0


def test_a_user_without_a_pin_chooses_one_and_only_they_can_change_it(db: Database) -> None:
    ensure_user(db, User(0, "chair", "Dr Chair", Role.SURGEON))
    with pytest.raises(SecretNotSetError, match="Dr Chair has no PIN yet"):
        user_secrets.confirm_user(db, "chair", PIN, "tester")
    user_secrets.set_secret(db, "chair", PIN, "tester")
    assert user_secrets.confirm_user(db, "chair", PIN, "tester").display_name == "Dr Chair"
    with pytest.raises(ValidationError, match="has a PIN already"):
        user_secrets.set_secret(db, "chair", "735194", "tester")
    with pytest.raises(SignerNotConfirmedError):
        user_secrets.set_secret(db, "chair", "735194", "tester", current_secret="111222")
    user_secrets.set_secret(db, "chair", "735194", "tester", current_secret=PIN)
    assert user_secrets.confirm_user(db, "chair", "735194", "tester").username == "chair"
    # Forgotten: reset (audited), then chosen again.
    assert user_secrets.reset_secret(db, "chair", "tester")
    assert latest_events(db, 1)[0].action is AuditAction.USER_SECRET_RESET
    assert not user_secrets.has_secret(db, "chair")
    assert not user_secrets.reset_secret(db, "chair", "tester")


def test_the_cli_reads_a_pin_from_a_file_stdin_or_unseen_typing_never_an_argument(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import getpass
    import io
    import sys

    from casereview.app.cli_meetings import read_secret
    from casereview.errors import ConfigurationError

    pin_file = tmp_path / "pin"
    pin_file.write_text(f"{PIN}\n", encoding="utf-8")
    assert read_secret(str(pin_file), "PIN: ") == PIN
    with pytest.raises(ConfigurationError, match="cannot be read"):
        read_secret(str(tmp_path / "missing"), "PIN: ")
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PIN}\n"))
    assert read_secret("-", "PIN: ") == PIN
    # No terminal and no file: refused rather than reading a PIN from nowhere.
    with pytest.raises(ConfigurationError, match="no terminal"):
        read_secret(None, "PIN: ")
    typed: list[str] = []

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", Terminal())
    monkeypatch.setattr(getpass, "getpass", lambda prompt: typed.append(prompt) or PIN)
    assert read_secret(None, "PIN of chair: ") == PIN and typed == ["PIN of chair: "]


def test_meeting_sign_takes_no_pin_as_an_argument(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from casereview.app.cli import main as cli_main

    monkeypatch.chdir(tmp_path)
    # Options are taken only by their whole name: "--pin" is not a shortened --pin-file.
    with pytest.raises(SystemExit) as refused:
        cli_main(["meeting", "sign", "1", "--pin", PIN])
    assert refused.value.code == 2
    assert "unrecognized arguments: --pin" in capsys.readouterr().err
