"""A partner's items keep their author and time: "Dr Chen" at Hospital A, not our importer.

Hospital A ("Dr Chen") exports a case with annotations, key images, segments and a signed
decision; Hospital B ("Dr Dupont") imports it. At B every item is credited to Dr Chen at A's
times and audited as received (by Dr Dupont, with internal ids, the package and the sender
only). B adds a note and answers: A's items travel on with Dr Chen as author, and at A the
note arrives credited to Dr Dupont at B's time.
"""

from __future__ import annotations

import json
import shutil
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from casereview.domain.annotations import AnnotationDraft, AnnotationKind
from casereview.domain.audit import AuditAction, dicom_event_of
from casereview.domain.packages import DeidOptions, TrustedKey
from casereview.services.annotations import create_annotation, list_annotations, list_key_images
from casereview.services.exchange import export_case, import_package
from casereview.services.exchange.layer_merge import sender_time
from casereview.services.layers import provenance_of, received_opinions
from casereview.services.segmentations import list_segments
from casereview.services.signing import load_or_create_secret, load_or_create_signing_key
from casereview.store import models
from casereview.store.database import Database
from casereview.store.models_annotations import AnnotationRow
from partner_package import (
    RECEIVER_AUTHOR,
    RECEIVER_USER,
    SENDER,
    SENDER_AUTHOR,
    SENDER_USER,
    SLICES,
    PartnerPackage,
    make_partner_package,
    open_receiver,
    open_sender,
)

RECEIVER = "Hôpital B"
RECEIVED = (
    AuditAction.ANNOTATION_RECEIVED,
    AuditAction.KEY_IMAGE_RECEIVED,
    AuditAction.SEGMENT_RECEIVED,
    AuditAction.OPINION_RECEIVED,
)


@dataclass
class Exchange:
    package: PartnerPackage
    b_root: Path
    b: Database
    b_case: int


@pytest.fixture(scope="module")
def exchange(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Exchange]:
    root = tmp_path_factory.mktemp("origin")
    package = make_partner_package(root / "a")
    b = open_receiver(root / "b")
    report = import_package(
        b,
        package.path,
        RECEIVER_USER,
        staging_dir=root / "b" / "imports",
        quarantine_dir=root / "b" / "quarantine",
        trusted=package.trusted(),
    )
    assert not [line for line in report.layers if line.startswith("Conflict")]
    with b.reading() as session:
        b_case = session.scalars(select(models.Case.id)).one()
    yield Exchange(package, root / "b", b, b_case)
    b.close()


def _sent(exchange: Exchange, kind: str) -> dict[str, datetime]:
    return {item.uuid: item.created_at for item in exchange.package.of_kind(kind)}


def test_items_are_credited_to_their_author_at_the_sender_at_its_times(
    exchange: Exchange,
) -> None:
    b, case_id = exchange.b, exchange.b_case
    annotations = list_annotations(b, case_id)
    key_images = list_key_images(b, case_id)
    segments = list_segments(b, case_id)
    assert (len(annotations), len(key_images), len(segments)) == (3, 2, 2)
    for kind, items in (
        ("annotation", annotations),
        ("key_image", key_images),
        ("segment", segments),
    ):
        origins = provenance_of(b, [x.uuid for x in items])
        sent = _sent(exchange, kind)
        for item in items:
            assert item.author == SENDER_AUTHOR, kind  # not "dupont", who imported it
            origin = origins[item.uuid]
            assert (origin.layer, origin.author) == (SENDER, SENDER_AUTHOR)
            assert item.created_at is not None
            assert item.created_at.astimezone(UTC) == sent[origin.origin_uuid], kind
    [opinion] = received_opinions(b, case_id)
    assert opinion.author == SENDER_AUTHOR and opinion.institution == SENDER
    assert opinion.created_at is not None
    assert opinion.created_at.replace(tzinfo=UTC) == next(iter(_sent(exchange, "opinion").values()))


def test_received_items_are_audited_as_received_without_identity(exchange: Exchange) -> None:
    with exchange.b.reading() as session:
        rows = session.execute(
            select(models.AuditEvent.action, models.AuditEvent.details_json, models.User.username)
            .join(models.User, models.User.id == models.AuditEvent.user_id)
            .where(models.AuditEvent.action.in_([a.value for a in RECEIVED]))
        ).all()
        created = session.scalars(
            select(models.AuditEvent.action).where(
                models.AuditEvent.action.in_(
                    [
                        AuditAction.ANNOTATION_CREATED.value,
                        AuditAction.KEY_IMAGE_FLAGGED.value,
                        AuditAction.SEGMENT_CREATED.value,
                        AuditAction.SEGMENT_MASK_CHANGED.value,
                    ]
                )
            )
        ).all()
    counts = {action: 0 for action in RECEIVED}
    for action, details_json, username in rows:
        counts[AuditAction(action)] += 1
        assert username == RECEIVER_USER  # who imported it is who is audited
        details = json.loads(details_json)
        assert details == {
            "case": exchange.b_case,
            "package": details["package"],
            "institution": SENDER,
        }
        assert "MERGE" not in details_json and "19600101" not in details_json
        assert dicom_event_of(action) == ("110107", "Import")
    assert counts == {
        AuditAction.ANNOTATION_RECEIVED: 3,
        AuditAction.KEY_IMAGE_RECEIVED: 2,
        AuditAction.SEGMENT_RECEIVED: 2,
        AuditAction.OPINION_RECEIVED: 1,
    }
    assert created == []  # nothing received is audited as made here


def test_authors_travel_on_and_the_answer_is_credited_to_its_author(exchange: Exchange) -> None:
    b, case_id = exchange.b, exchange.b_case
    anchor = list_annotations(b, case_id)[0]
    note = create_annotation(
        b,
        case_id,
        AnnotationDraft(
            AnnotationKind.TEXT, (anchor.points[0],), anchor.reference, text="Agree: restage"
        ),
        RECEIVER_USER,
    )
    assert note.author == RECEIVER_USER and note.created_at is not None
    keys = exchange.b_root / "keys"
    answer = exchange.b_root / "out" / "answer.zip"
    signing_key = load_or_create_signing_key(keys)
    export_case(
        b,
        case_id,
        answer,
        RECEIVER_USER,
        options=DeidOptions(),
        signing_key=signing_key,
        secret=load_or_create_secret(keys),
        institution=RECEIVER,
    )
    with zipfile.ZipFile(answer) as archive:
        name = next(n for n in archive.namelist() if n.endswith("documents/annotations.json"))
        entries = json.loads(archive.read(name))["annotations"]
    by_author = {(e["layer"], e["author"]) for e in entries}
    assert by_author == {(SENDER, SENDER_AUTHOR), ("", RECEIVER_AUTHOR)}
    assert all(sender_time(e["created_at"]) is not None for e in entries)

    a = open_sender(exchange.package.root)
    try:
        import_package(
            a,
            answer,
            SENDER_USER,
            staging_dir=exchange.package.root / "imports",
            quarantine_dir=exchange.package.root / "quarantine",
            trusted=[TrustedKey(RECEIVER, signing_key.public_key_b64)],
        )
        with a.reading() as session:
            a_case = session.scalars(select(models.Case.id)).one()
        annotations = list_annotations(a, a_case)
        origins = provenance_of(a, [x.uuid for x in annotations])
        from_b = [x for x in annotations if x.uuid in origins]
        assert [(x.text, x.author) for x in from_b] == [("Agree: restage", RECEIVER_AUTHOR)]
        assert from_b[0].created_at is not None
        assert from_b[0].created_at.astimezone(UTC) == note.created_at.astimezone(UTC)
        assert origins[from_b[0].uuid].layer == RECEIVER
        # Dr Chen's own items came back as ours: still his, once each.
        ours = [x for x in annotations if x.uuid not in origins]
        assert len(ours) == 3 and {x.author for x in ours} == {SENDER_USER}
    finally:
        a.close()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-03T14:02:00+00:00", datetime(2026, 11, 3, 14, 2, tzinfo=UTC)),
        ("2026-11-03T15:02:00+01:00", datetime(2026, 11, 3, 14, 2, tzinfo=UTC)),
        ("2026-11-03T14:02:00", datetime(2026, 11, 3, 14, 2, tzinfo=UTC)),
        ("yesterday", None),
        ("", None),
        (12, None),
    ],
)
def test_sender_times_are_read_in_utc_or_not_at_all(
    text: object, expected: datetime | None
) -> None:
    assert sender_time(text) == expected


def test_a_package_from_an_older_sender_still_merges_credited_to_the_importer(
    exchange: Exchange, tmp_path: Path
) -> None:
    """Documents without author or times (casereview before issue 14): the items merge, and
    stand in the importing user's name at the import time, as before."""
    from casereview.services.exchange import verify_package
    from casereview.services.exchange.layer_merge import CaseLayerImporter
    from casereview.services.exchange.providers import ReceivedPackage, read_image_uids
    from casereview.services.indexing import import_paths

    folder = next((exchange.b_root / "imports" / "packages").glob("*/files"))
    older = tmp_path / "older"
    shutil.copytree(folder, older)
    for document in (older / "documents").glob("*.json"):
        data = json.loads(document.read_text(encoding="utf-8"))
        for entries in data.values():
            for entry in entries if isinstance(entries, list) else ():
                for key in ("author", "created_at", "modified_at"):
                    entry.pop(key, None)
        document.write_text(json.dumps(data), encoding="utf-8")
    result = verify_package(
        exchange.package.path, staging_dir=tmp_path / "verify", trusted=exchange.package.trusted()
    )
    assert result.manifest is not None
    c = open_receiver(tmp_path / "c")
    try:
        images = [p for p in older.rglob("*") if p.is_file() and p.parent.name != "documents"]
        received = ReceivedPackage(result.manifest, older, result)
        received.image_uids = read_image_uids(received.files_of_kind("dicom-image"))
        import_paths(
            c,
            images,
            RECEIVER_USER,
            staging_dir=tmp_path / "c" / "imports",
            quarantine_dir=tmp_path / "c" / "quarantine",
            workers=1,
        )
        before = datetime.now(UTC)
        lines = CaseLayerImporter().merge(c, received, RECEIVER_USER)
        assert not [line for line in lines if line.startswith("Conflict")], lines
        with c.reading() as session:
            case_id = session.scalars(select(models.Case.id)).one()
        annotations = list_annotations(c, case_id)
        assert len(annotations) == 3
        for annotation in annotations:
            assert annotation.author == RECEIVER_USER
            assert annotation.created_at is not None
            assert annotation.created_at.astimezone(UTC) >= before.replace(microsecond=0)
        [opinion] = received_opinions(c, case_id)
        assert opinion.author == "" and opinion.created_at is None
    finally:
        c.close()


def test_a_second_package_from_the_sender_with_the_same_images_merges(
    tmp_path: Path,
) -> None:
    """The sender adds an annotation and sends the case again: its images are already here
    (indexing drops them from the package's folder), yet the new item arrives, once."""
    package = make_partner_package(tmp_path / "a")
    b = open_receiver(tmp_path / "b")
    try:
        first = import_package(
            b,
            package.path,
            RECEIVER_USER,
            staging_dir=tmp_path / "b" / "imports",
            quarantine_dir=tmp_path / "b" / "quarantine",
            trusted=package.trusted(),
        )
        assert first.images_imported > 0
        a = open_sender(tmp_path / "a")
        try:
            with a.reading() as session:
                a_case = session.scalars(select(models.Case.id)).one()
            sent_before = {a_item.uuid for a_item in list_annotations(a, a_case)}
            first_sent = list_annotations(a, a_case)[0]
            create_annotation(
                a,
                a_case,
                AnnotationDraft(
                    AnnotationKind.TEXT,
                    first_sent.points[:1],
                    first_sent.reference,
                    text="Second look: SMV contact unchanged",
                ),
                SENDER_USER,
            )
            added = {x.uuid for x in list_annotations(a, a_case)} - sent_before
            second_path = tmp_path / "a" / "out" / "again.zip"
            export_case(
                a,
                a_case,
                second_path,
                SENDER_USER,
                options=DeidOptions(),
                signing_key=load_or_create_signing_key(tmp_path / "a" / "keys"),
                secret=load_or_create_secret(tmp_path / "a" / "keys"),
                institution=SENDER,
            )
        finally:
            a.close()
        second = import_package(
            b,
            second_path,
            RECEIVER_USER,
            staging_dir=tmp_path / "b" / "imports",
            quarantine_dir=tmp_path / "b" / "quarantine",
            trusted=package.trusted(),
        )
        assert second.images_unchanged >= SLICES  # the CT slices were here already
        with b.reading() as session:
            cases = session.scalars(select(models.Case.id)).all()
            origins = session.scalars(select(AnnotationRow.origin_uuid)).all()
        assert len(cases) == 1
        assert len(origins) == len(set(origins))  # nothing twice
        assert added <= set(origins)  # the new item arrived
    finally:
        b.close()
