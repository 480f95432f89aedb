"""SIGKILL during a partner's package import, 50 times, then a re-import finishes the merge.

Hospital B imports a package by "Dr Chen" at Hospital A (annotations, key images, segments,
a signed decision). A forked process runs the import on a fresh copy of B's prepared database
and kills its whole process group (SIGKILL) just before its N-th database statement; the N are
chosen by a seeded schedule spread over the import, most of them inside the merge's one unit of
work. After each kill the package is imported again in this process and must leave: one import
record, every item exactly once in Hospital A's layer (none of it in our own work), each with
Dr Chen as its author and A's creation time, exactly one "received" audit record per item, and
an audit trail that verifies intact.
"""

from __future__ import annotations

import gc
import json
import os
import random
import shutil
import signal
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.engine import Engine

from casereview.app.exchange_setup import register_exchange_providers
from casereview.domain.audit import AuditAction
from casereview.services.audit_check import verify_audit_chain
from casereview.services.exchange import import_package
from casereview.services.exchange.layer_merge import CaseLayerImporter, PreparedLayer
from casereview.store import models
from casereview.store.database import Database, open_database
from casereview.store.engine import sqlite_url_for_path
from casereview.store.models_annotations import AnnotationRow, KeyImageRow, SegmentRow
from casereview.store.models_meetings import ReceivedOpinion
from casereview.store.models_packages import ExchangePackage
from partner_package import (
    RECEIVER_USER,
    SENDER,
    SENDER_AUTHOR,
    PartnerPackage,
    make_partner_package,
    open_receiver,
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks and kills"),
]

KILLS = 50
#: How many of the kills land inside the unit of work that writes the layer and the record.
KILLS_IN_UNIT = 35
SEED = 14

RECEIVED_ACTIONS = {
    "annotation": AuditAction.ANNOTATION_RECEIVED,
    "key_image": AuditAction.KEY_IMAGE_RECEIVED,
    "segment": AuditAction.SEGMENT_RECEIVED,
    "opinion": AuditAction.OPINION_RECEIVED,
}
ROWS: dict[str, Any] = {
    "annotation": AnnotationRow,
    "key_image": KeyImageRow,
    "segment": SegmentRow,
}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> PartnerPackage:
    register_exchange_providers()
    return make_partner_package(tmp_path_factory.mktemp("hospital-a"))


@pytest.fixture(scope="module")
def prepared_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Hospital B's data folder (database with its user, nothing imported), copied per kill."""
    root = tmp_path_factory.mktemp("hospital-b")
    open_receiver(root).close()
    return root


def _copy_site(prepared: Path, target: Path) -> Path:
    shutil.copytree(prepared, target)
    return target


def _import(db: Database, site: Path, package: PartnerPackage) -> Any:
    return import_package(
        db,
        package.path,
        RECEIVER_USER,
        staging_dir=site / "imports",
        quarantine_dir=site / "quarantine",
        trusted=package.trusted(),
    )


def _run_forked(site: Path, package: PartnerPackage, kill_before: int | None) -> dict[str, int]:
    """Import in a forked process; kill its process group before statement ``kill_before``.

    Returns the statement counts the child saw (its total, where preparing and writing the
    layer began) when it was not killed, or ``{}`` when it was.
    """
    counts_file = site / "statement-counts.json"
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 1
        try:
            os.setpgid(0, 0)
            code = _child(site, package, kill_before, counts_file)
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    if kill_before is None:
        assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0, status
        return dict(json.loads(counts_file.read_text()))
    if os.WIFEXITED(status):
        # The import ended before the N-th statement: no kill happened.
        assert os.WEXITSTATUS(status) == 0, status
        return {}
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, status
    return {}


def _child(site: Path, package: PartnerPackage, kill_before: int | None, out: Path) -> int:
    counts = {"statements": 0, "prepare": -1, "write": -1}

    def count(*_args: object) -> None:
        counts["statements"] += 1
        if kill_before is not None and counts["statements"] >= kill_before:
            os.killpg(os.getpgid(0), signal.SIGKILL)

    def noting(name: str, method: Callable[..., Any]) -> Callable[..., Any]:
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            counts[name] = counts["statements"]
            return method(*args, **kwargs)

        return wrapped

    # Only in this forked child, which never returns into the test: note where each step began.
    CaseLayerImporter.prepare = noting("prepare", CaseLayerImporter.prepare)  # type: ignore[method-assign]  # child only
    PreparedLayer.write = noting("write", PreparedLayer.write)  # type: ignore[method-assign]  # child only
    db = open_database(sqlite_url_for_path(str(site / "casereview.sqlite")))
    event.listen(Engine, "before_cursor_execute", count)
    _import(db, site, package)
    event.remove(Engine, "before_cursor_execute", count)
    db.close()
    out.write_text(json.dumps(counts))
    return 0


def _schedule(counts: dict[str, int]) -> list[int]:
    """Kill points: stratified over the unit of work, and over everything before it."""
    rng = random.Random(SEED)
    total, write = counts["statements"], counts["write"]

    def spread(low: int, high: int, number: int) -> list[int]:
        width = (high - low) / number
        return [low + int(width * i) + rng.randrange(max(1, int(width))) for i in range(number)]

    before_unit = spread(1, write + 1, KILLS - KILLS_IN_UNIT)
    in_unit = spread(write + 1, total + 1, KILLS_IN_UNIT)
    return sorted(set(before_unit) | set(in_unit))


def _check_merged(db: Database, package: PartnerPackage) -> dict[str, int]:
    """Every sent item once in the sender's layer, with its author and time; audited once."""
    with db.reading() as session:
        # The case is made in the merge's unit too: a kill leaves no empty case behind.
        assert session.scalar(select(func.count()).select_from(models.Case)) == 1
        records = session.scalar(
            select(func.count())
            .select_from(ExchangePackage)
            .where(ExchangePackage.direction == "import")
        )
        assert records == 1
        received: dict[str, str] = {}
        for kind, row_type in ROWS.items():
            rows = session.scalars(select(row_type)).all()
            sent = {item.uuid: item for item in package.of_kind(kind)}
            assert sorted(r.origin_uuid for r in rows) == sorted(sent), kind
            for row in rows:
                assert row.layer == SENDER and row.origin_author == SENDER_AUTHOR, kind
                created = row.created_at.replace(tzinfo=row.created_at.tzinfo or UTC)
                assert created == sent[row.origin_uuid].created_at, kind
                received[row.uuid] = kind
        opinions = session.scalars(select(ReceivedOpinion)).all()
        sent_opinions = {item.uuid: item for item in package.of_kind("opinion")}
        assert sorted(o.origin_uid for o in opinions) == sorted(sent_opinions)
        for opinion in opinions:
            assert opinion.origin_author == SENDER_AUTHOR and opinion.institution == SENDER
            assert opinion.origin_created_at is not None
            when = opinion.origin_created_at.replace(tzinfo=UTC)
            assert when == sent_opinions[opinion.origin_uid].created_at
            received[str(opinion.id)] = "opinion"
        audits = session.execute(
            select(
                models.AuditEvent.action,
                models.AuditEvent.entity_id,
                models.AuditEvent.details_json,
            ).where(models.AuditEvent.action.in_([a.value for a in RECEIVED_ACTIONS.values()]))
        ).all()
    audited = sorted((action, entity) for action, entity, _ in audits)
    expected = sorted((RECEIVED_ACTIONS[kind].value, entity) for entity, kind in received.items())
    assert audited == expected
    for _, _, details in audits:
        assert set(json.loads(details)) == {"case", "package", "institution"}
    # What a killed import wrote and lost leaves no gap or broken link in the trail.
    assert verify_audit_chain(db).intact
    return {kind: sum(1 for k in received.values() if k == kind) for kind in RECEIVED_ACTIONS}


@pytest.fixture
def kill_points(
    package: PartnerPackage, prepared_site: Path, tmp_path: Path
) -> Iterator[list[int]]:
    site = _copy_site(prepared_site, tmp_path / "count")
    counts = _run_forked(site, package, None)
    assert 0 < counts["prepare"] < counts["write"] < counts["statements"], counts
    db = open_database(sqlite_url_for_path(str(site / "casereview.sqlite")))
    try:
        _check_merged(db, package)  # an import nobody killed merges everything
    finally:
        db.close()
    points = _schedule(counts)
    print(f"statements: {counts}; kill points: {points}")
    yield points


def test_fifty_kills_during_a_partner_merge_then_a_reimport_finishes_it(
    package: PartnerPackage, prepared_site: Path, kill_points: list[int], tmp_path: Path
) -> None:
    assert len(kill_points) == KILLS
    # Everything loaded so far stays put: the collector need not walk it again in each forked
    # import (nor touch its pages, which the children share with this process).
    gc.collect()
    gc.freeze()
    try:
        started = datetime.now(UTC)
        killed = 0
        for number, point in enumerate(kill_points):
            site = _copy_site(prepared_site, tmp_path / f"kill{number:02d}")
            if not _run_forked(site, package, point):
                killed += 1
            db = open_database(sqlite_url_for_path(str(site / "casereview.sqlite")))
            try:
                _import(db, site, package)
                merged = _check_merged(db, package)
            finally:
                db.close()
            shutil.rmtree(site)
    finally:
        gc.unfreeze()
    assert killed == KILLS, "every scheduled point lies inside the import"
    assert merged == {"annotation": 3, "key_image": 2, "segment": 2, "opinion": 1}
    print(f"{killed} kills survived in {(datetime.now(UTC) - started).total_seconds():.1f} s")
