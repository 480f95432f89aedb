"""A package import is one unit: a failure or cancel after indexing leaves nothing behind.

Each failure is injected after the package's images were indexed (in the merge, at the record
step, or as a cancel): every table but the append-only audit trail has the row count it had
before, no unpacked copy stays in the data directory, the error is the typed one, and importing
the same package afterwards succeeds. A partner's answer on our own study that fails the same
way leaves our study, series and images exactly as they were.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from exchange_helpers import open_site
from sqlalchemy import select

from casereview.demo.install import install_demo
from casereview.domain.annotations import AnnotationDraft, AnnotationKind, ImageReference
from casereview.domain.packages import DeidOptions, PackageError, TrustedKey
from casereview.domain.progress import CancelToken
from casereview.errors import CasereviewError, OperationCancelled, ValidationError
from casereview.messages import Message
from casereview.services.annotations import create_annotation
from casereview.services.cases import create_case_from_uids
from casereview.services.exchange import export_case, import_package, importing
from casereview.services.exchange.layer_merge import PreparedLayer
from casereview.services.signing import load_or_create_secret, load_or_create_signing_key
from casereview.store import models
from casereview.store.database import Database
from casereview.store.model_base import Base

#: The audit trail is append-only and hash-chained: it keeps the rows of what was undone.
APPEND_ONLY = frozenset({"audit_events"})


def _counts(db: Database) -> dict[str, int]:
    names = [t.name for t in Base.metadata.sorted_tables if t.name not in APPEND_ONLY]
    return db.count_rows(names)


def _left_in_staging(root: Path) -> list[Path]:
    packages = root / "imports" / "packages"
    if not packages.exists():
        return []
    return [p for p in packages.iterdir() if not p.name.startswith(".")]


def _fail_in_merge(monkeypatch: pytest.MonkeyPatch, cancel: CancelToken) -> None:
    write = PreparedLayer.write

    def write_then_fail(self: PreparedLayer, *args: Any) -> list[str]:
        write(self, *args)  # the case and every layer item are written first
        raise ValidationError(Message("The sender's key images could not be read."))

    monkeypatch.setattr(PreparedLayer, "write", write_then_fail)


def _fail_at_record(monkeypatch: pytest.MonkeyPatch, cancel: CancelToken) -> None:
    def record(*args: object) -> None:
        raise RuntimeError("database is locked")

    monkeypatch.setattr(importing, "_record_import", record)


def _cancel_after_indexing(monkeypatch: pytest.MonkeyPatch, cancel: CancelToken) -> None:
    index = importing.import_paths

    def index_then_cancel(*args: Any, **kwargs: Any) -> Any:
        report = index(*args, **kwargs)
        assert report.imported > 0
        cancel.cancel()
        return report

    monkeypatch.setattr(importing, "import_paths", index_then_cancel)


Injection = Callable[[pytest.MonkeyPatch, CancelToken], None]


@pytest.mark.parametrize(
    ("inject", "expected"),
    [
        (_fail_in_merge, ValidationError),
        (_fail_at_record, PackageError),
        (_cancel_after_indexing, OperationCancelled),
    ],
    ids=["merge-error", "record-error", "cancel"],
)
def test_a_failure_after_indexing_leaves_nothing_and_a_retry_succeeds(
    sender,
    receiver: tuple[Database, Path],
    site_dirs,
    monkeypatch: pytest.MonkeyPatch,
    inject: Injection,
    expected: type[CasereviewError],
) -> None:
    db, root = receiver
    trusted = [TrustedKey("Sending Hospital", sender.key.public_key_b64)]
    before = _counts(db)
    cancel = CancelToken()
    inject(monkeypatch, cancel)
    with pytest.raises(expected) as raised:
        import_package(
            db, sender.package, "tester", trusted=trusted, cancel=cancel, **site_dirs(root)
        )
    assert str(raised.value)
    if expected is PackageError:
        assert "nothing of it was kept" in str(raised.value)
        assert "RuntimeError" in str(raised.value)
        assert "locked" not in str(raised.value)  # the cause's own text is not shown
    assert _counts(db) == before
    assert _left_in_staging(root) == []
    monkeypatch.undo()
    report = import_package(db, sender.package, "tester", trusted=trusted, **site_dirs(root))
    assert not report.already_imported and report.problems == []
    assert report.images_imported > 0
    counts = db.count_rows(("exchange_packages", "cases", "instances"))
    assert counts["exchange_packages"] == 1 and counts["cases"] == 1
    assert counts["instances"] == report.images_imported
    assert [p.name for p in _left_in_staging(root)] == [report.package_id]


@dataclass
class Answer:
    """Our site with its own case, and a partner's answer package on that case."""

    root: Path
    db: Database
    package: Path
    trusted: list[TrustedKey]


@pytest.fixture(scope="module")
def answer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answer]:
    root = tmp_path_factory.mktemp("answer")
    ours, partner = root / "ours", root / "partner"
    db = open_site(ours, "a")
    installed = install_demo(
        db,
        ours / "demo",
        "a",
        staging_dir=ours / "imports",
        quarantine_dir=ours / "quarantine",
        small=True,
        phases=("portal-venous",),
    )
    our_key = load_or_create_signing_key(ours / "keys")
    sent = ours / "out" / "case.zip"
    export_case(
        db,
        installed.case.id,
        sent,
        "a",
        options=DeidOptions(),
        signing_key=our_key,
        secret=load_or_create_secret(ours / "keys"),
        institution="Our Hospital",
    )
    partner_db = open_site(partner, "b")
    partner_key = load_or_create_signing_key(partner / "keys")
    import_package(
        partner_db,
        sent,
        "b",
        staging_dir=partner / "imports",
        quarantine_dir=partner / "quarantine",
        trusted=[TrustedKey("Our Hospital", our_key.public_key_b64)],
    )
    with partner_db.reading() as session:
        study = session.scalars(select(models.Study.study_instance_uid)).first()
        sop, series, frame = session.execute(
            select(
                models.Instance.sop_instance_uid,
                models.Series.series_instance_uid,
                models.Series.frame_of_reference_uid,
            ).join(models.Series)
        ).first()
    partner_case = create_case_from_uids(partner_db, "b", study_uids=[str(study)]).id
    # The partner's opinion: a note on one of our images (merged as their layer).
    create_annotation(
        partner_db,
        partner_case,
        AnnotationDraft(
            AnnotationKind.TEXT,
            ((1.0, 2.0, 3.0),),
            ImageReference(series, sop, frame),
            text="Agree: restage after 3 cycles",
        ),
        "b",
    )
    back = partner / "out" / "answer.zip"
    export_case(
        partner_db,
        partner_case,
        back,
        "b",
        options=DeidOptions(),
        signing_key=partner_key,
        secret=load_or_create_secret(partner / "keys"),
        institution="Partner Hospital",
    )
    partner_db.close()
    yield Answer(ours, db, back, [TrustedKey("Partner Hospital", partner_key.public_key_b64)])
    db.close()


def _our_index(db: Database) -> dict[str, list[tuple[object, ...]]]:
    with db.reading() as session:
        return {
            "patients": [tuple(r) for r in session.execute(select(models.Patient.__table__))],
            "studies": [tuple(r) for r in session.execute(select(models.Study.__table__))],
            "series": [tuple(r) for r in session.execute(select(models.Series.__table__))],
            "instances": [tuple(r) for r in session.execute(select(models.Instance.__table__))],
            "cases": [tuple(r) for r in session.execute(select(models.Case.__table__))],
        }


def test_a_failed_answer_on_our_own_study_leaves_our_study_untouched(
    answer: Answer, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, root = answer.db, answer.root
    dirs = {"staging_dir": root / "imports", "quarantine_dir": root / "quarantine"}
    ours = _our_index(db)
    before = _counts(db)
    _fail_at_record(monkeypatch, CancelToken())
    with pytest.raises(PackageError):
        import_package(db, answer.package, "a", trusted=answer.trusted, **dirs)
    assert _our_index(db) == ours
    assert _counts(db) == before
    assert _left_in_staging(root) == []
    monkeypatch.undo()
    report = import_package(db, answer.package, "a", trusted=answer.trusted, **dirs)
    assert not report.already_imported
    assert report.images_imported == 0  # every image of the answer is one of ours
    assert any("Annotations from Partner Hospital: 1 new" in line for line in report.layers)
    assert _our_index(db)["instances"] == ours["instances"]
    recorded = db.count_rows(("exchange_packages",))["exchange_packages"]
    assert recorded == before["exchange_packages"] + 1
