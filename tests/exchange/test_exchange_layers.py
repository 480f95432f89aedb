"""Round trip of a case's work between two institutions (issue 9 acceptance).

Hôpital A exports the small demo case with annotations of several kinds, two segments, key
images and a signed MDT decision; Hôpital B (an empty database) imports it and finds every
item equal (geometry within 0.01 mm, voxels identical, compared through positions and content
because the de-identified UIDs differ). B adds an opinion (a measurement, a note, a draft
decision) and exports back; A imports it: B's opinion arrives as its own layer beside A's work,
nothing of A's changes, and importing it again changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
from exchange_helpers import open_site
from sqlalchemy import func, select

from casereview.demo.install import install_demo
from casereview.domain.annotations import (
    AnnotationDraft,
    AnnotationKind,
    ImageReference,
    KeyImageDraft,
    ViewPlane,
)
from casereview.domain.decisions import DecisionContent, Intent, Recommendation
from casereview.domain.packages import DeidOptions, TrustedKey
from casereview.domain.segments import Code, SegmentDraft
from casereview.services.annotations import (
    create_annotation,
    flag_key_image,
    list_annotations,
    list_key_images,
)
from casereview.services.decisions import decisions_of_case, record_decision, sign_decision
from casereview.services.exchange import export_case, import_package
from casereview.services.layers import (
    case_layers,
    layer_of,
    received_opinions,
    set_layer_visible,
)
from casereview.services.segmentations import (
    create_segment,
    list_segments,
    segment_mask,
    set_segment_mask,
)
from casereview.services.signing import (
    load_or_create_secret,
    load_or_create_signing_key,
)
from casereview.services.user_secrets import set_secret
from casereview.services.volumes import load_series_volume, series_id_for_uid
from casereview.store import models
from casereview.store.database import Database
from casereview.store.models_annotations import AnnotationRow, KeyImageRow, SegmentRow
from casereview.store.models_meetings import Decision, ReceivedOpinion

A_NAME = "Hôpital A"
B_NAME = "Hôpital Partenaire"
TUMOUR = Code("108369006", "SCT", "Neoplasm")
ABNORMAL = Code("49755003", "SCT", "Morphologically Abnormal Structure")
ORGAN = Code("123037004", "SCT", "Anatomical Structure")
VEIN = Code("29092000", "SCT", "Vein")


@dataclass
class Site:
    root: Path
    db: Database
    key: object
    secret: bytes

    def dirs(self) -> dict[str, Path]:
        return {"staging_dir": self.root / "imports", "quarantine_dir": self.root / "quarantine"}

    def trusted(self, other: Site, name: str) -> list[TrustedKey]:
        return [TrustedKey(name, other.key.public_key_b64)]


def _site(root: Path, user: str) -> Site:
    db = open_site(root, user)
    return Site(
        root, db, load_or_create_signing_key(root / "keys"), load_or_create_secret(root / "keys")
    )


def _ct(db: Database) -> tuple[list[tuple[str, str, str]], str]:
    with db.reading() as session:
        rows = session.execute(
            select(
                models.Instance.sop_instance_uid,
                models.Series.series_instance_uid,
                models.Series.frame_of_reference_uid,
            )
            .join(models.Series)
            .where(models.Series.modality == "CT")
            .order_by(models.Instance.instance_number)
        ).all()
    return [tuple(r) for r in rows], rows[0][1]


def _position(db: Database, sop: str) -> tuple[float, ...]:
    with db.reading() as session:
        text = session.scalar(
            select(models.Instance.image_position_patient).where(
                models.Instance.sop_instance_uid == sop
            )
        )
    return tuple(float(v) for v in str(text).split("\\"))


def _fill_sender(db: Database, case_id: int) -> None:
    rows, series = _ct(db)
    sop, _, frame = rows[len(rows) // 2]
    reference = ImageReference(series, sop, frame)
    z = _position(db, sop)[2]
    for kind, points, label, text in (
        (AnnotationKind.LENGTH, ((10.0, 20.0, z), (42.5, 20.25, z)), "Tumour long axis", ""),
        (AnnotationKind.POLYGON, ((0.0, 0.0, z), (20.0, 0.0, z), (10.0, 15.5, z)), "SMV", ""),
        (AnnotationKind.POINT, ((5.125, 5.0, z),), "Node", ""),
        (AnnotationKind.TEXT, ((-12.0, 3.0, z),), "", "Fat plane preserved"),
    ):
        create_annotation(
            db, case_id, AnnotationDraft(kind, points, reference, label=label, text=text), "a"
        )
    for number, (sop_k, _, frame_k) in enumerate((rows[len(rows) // 3], rows[len(rows) // 2])):
        flag_key_image(
            db,
            case_id,
            KeyImageDraft(
                reference=ImageReference(series, sop_k, frame_k),
                orientation="axial",
                plane=ViewPlane((0.0, 0.0, -10.0 * number), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0)),
                window_center=40.0 + number,
                window_width=400.0,
                caption=f"Key view {number + 1}",
            ),
            "a",
        )
    volume = load_series_volume(db, series_id_for_uid(db, series))
    for name, category, kind, box, colour in (
        ("Tumour", ABNORMAL, TUMOUR, (slice(3, 6), slice(40, 52), slice(50, 60)), (230, 40, 40)),
        ("SMV", ORGAN, VEIN, (slice(2, 4), slice(20, 24), slice(20, 30)), (40, 40, 230)),
    ):
        segment = create_segment(
            db,
            case_id,
            SegmentDraft(name, category, kind, colour, series, frame),
            volume.shape,
            "a",
        )
        mask = np.zeros(volume.shape, dtype=bool)
        mask[box] = True
        mask[box[0].start, box[1].start, box[2].start] = False  # not just a box
        set_segment_mask(db, segment.uuid, mask, volume, "a")
    decision = record_decision(
        db,
        case_id,
        DecisionContent(
            recommendation=Recommendation.NEOADJUVANT_THEN_RESTAGING,
            rationale="SMV contact > 180 degrees",
            intent=Intent.CURATIVE,
            staging="cT3 N0 M0, borderline resectable",
            participants=("Dr A Surgeon", "Dr B Radiologist"),
        ),
        "a",
    )
    set_secret(db, "a", "482915", "a")
    sign_decision(db, decision.id, "a", "a", secret="482915")


@dataclass
class World:
    a: Site
    b: Site
    a_case: int
    b_case: int
    first: object
    back: object
    back_path: Path
    snapshot: dict[str, list[tuple]]


def _snapshot(db: Database) -> dict[str, list[tuple]]:
    """Every row of our own work (and every decision), to prove nothing of it changes."""
    with db.reading() as session:
        return {
            "annotations": [
                (r.uuid, r.kind, r.label, r.text, r.points_json, r.sop_instance_uid, r.visible)
                for r in session.scalars(
                    select(AnnotationRow)
                    .where(AnnotationRow.layer == "")
                    .order_by(AnnotationRow.id)
                )
            ],
            "key_images": [
                (r.uuid, r.caption, r.plane_json, r.sop_instance_uid)
                for r in session.scalars(
                    select(KeyImageRow).where(KeyImageRow.layer == "").order_by(KeyImageRow.id)
                )
            ],
            "segments": [
                (r.uuid, r.name, r.mask, r.mask_box, r.voxel_count, r.number)
                for r in session.scalars(
                    select(SegmentRow).where(SegmentRow.layer == "").order_by(SegmentRow.id)
                )
            ],
            "decisions": [
                (r.uid, r.rationale, r.signed_at, r.signed_by, r.agenda_item_id)
                for r in session.scalars(select(Decision).order_by(Decision.id))
            ],
        }


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    root = tmp_path_factory.mktemp("layers")
    a = _site(root / "a", "a")
    installed = install_demo(
        a.db,
        root / "a" / "demo",
        "a",
        **a.dirs(),
        small=True,
        phases=("portal-venous",),
    )
    a_case = installed.case.id
    _fill_sender(a.db, a_case)
    out_a = root / "a" / "out" / "case.zip"
    export_case(
        a.db,
        a_case,
        out_a,
        "a",
        options=DeidOptions(),
        signing_key=a.key,
        secret=a.secret,
        institution=A_NAME,
    )
    b = _site(root / "b", "b")
    first = import_package(b.db, out_a, "b", **b.dirs(), trusted=b.trusted(a, A_NAME))
    with b.db.reading() as session:
        b_case = session.scalars(select(models.Case.id)).one()
    # B's opinion: a measurement, a note and a (draft) decision.
    rows, series = _ct(b.db)
    sop, _, frame = rows[len(rows) // 2]
    z = _position(b.db, sop)[2]
    reference = ImageReference(series, sop, frame)
    create_annotation(
        b.db,
        b_case,
        AnnotationDraft(
            AnnotationKind.LENGTH, ((1.0, 2.0, z), (1.0, 27.0, z)), reference, label="SMV contact"
        ),
        "b",
    )
    create_annotation(
        b.db,
        b_case,
        AnnotationDraft(
            AnnotationKind.TEXT, ((3.0, 3.0, z),), reference, text="Agree: restage after 3 cycles"
        ),
        "b",
    )
    record_decision(
        b.db,
        b_case,
        DecisionContent(
            recommendation=Recommendation.NEOADJUVANT_THEN_RESTAGING,
            rationale="Venous contact 200 degrees; reconstructable",
            intent=Intent.CURATIVE,
            staging="cT3 N0 M0",
            participants=("Pr B",),
        ),
        "b",
    )
    back_path = root / "b" / "out" / "opinion.zip"
    export_case(
        b.db,
        b_case,
        back_path,
        "b",
        options=DeidOptions(),
        signing_key=b.key,
        secret=b.secret,
        institution=B_NAME,
    )
    snapshot = _snapshot(a.db)
    back = import_package(a.db, back_path, "a", **a.dirs(), trusted=a.trusted(b, B_NAME))
    yield World(a, b, a_case, b_case, first, back, back_path, snapshot)
    a.db.close()
    b.db.close()


def _by_position(db: Database, sop: str) -> tuple[float, ...]:
    return tuple(round(v, 2) for v in _position(db, sop))


def test_everything_arrives_equal_at_the_partner(world: World) -> None:
    a, b = world.a, world.b
    assert not [line for line in world.first.layers if line.startswith("Conflict")]
    own = {s[0] for s in world.snapshot["annotations"]}
    ours = {x.label or x.text: x for x in list_annotations(a.db, world.a_case) if x.uuid in own}
    theirs = {x.label or x.text: x for x in list_annotations(b.db, world.b_case)}
    assert set(theirs) >= set(ours) and len(ours) == 4
    for key, mine in ours.items():
        other = theirs[key]
        assert other.kind == mine.kind and other.text == mine.text
        assert np.allclose(other.points, mine.points, atol=0.01)
        # The de-identified UIDs differ; the images they name lie at the same place.
        assert other.reference.sop_instance_uid != mine.reference.sop_instance_uid
        assert _by_position(b.db, other.reference.sop_instance_uid) == _by_position(
            a.db, mine.reference.sop_instance_uid
        )
        assert [m.to_json() for m in other.measurements] == [m.to_json() for m in mine.measurements]
    assert set(layer_of(b.db, [theirs[k].uuid for k in ours]).values()) == {A_NAME}
    assert layer_of(b.db, [theirs["SMV contact"].uuid]) == {}  # B's own work

    mine_keys = sorted(list_key_images(a.db, world.a_case), key=lambda k: k.caption)
    their_keys = sorted(list_key_images(b.db, world.b_case), key=lambda k: k.caption)
    assert [k.caption for k in their_keys] == [k.caption for k in mine_keys]
    for mine, other in zip(mine_keys, their_keys, strict=True):
        assert other.plane == mine.plane and other.window_center == mine.window_center
        assert _by_position(b.db, other.reference.sop_instance_uid) == _by_position(
            a.db, mine.reference.sop_instance_uid
        )

    mine_segments = {s.name: s for s in list_segments(a.db, world.a_case)}
    their_segments = {s.name: s for s in list_segments(b.db, world.b_case)}
    assert set(their_segments) == set(mine_segments) == {"Tumour", "SMV"}
    for name, mine in mine_segments.items():
        other = their_segments[name]
        assert other.colour == mine.colour and other.type == mine.type
        assert other.category == mine.category
        assert np.array_equal(segment_mask(b.db, other.uuid), segment_mask(a.db, mine.uuid))
        assert other.voxel_count == mine.voxel_count > 0

    opinions = received_opinions(b.db, world.b_case)
    signed = [d for d in decisions_of_case(a.db, world.a_case) if d.is_signed]
    assert len(opinions) == 1 and len(signed) == 1
    assert opinions[0].institution == A_NAME and opinions[0].status == "signed"
    assert opinions[0].content["rationale"] == signed[0].content.rationale
    assert opinions[0].content["recommendation"] == signed[0].content.recommendation.value
    # A partner's decision is a record of their opinion, never one of our decisions.
    with b.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Decision)) == 1  # B's own draft


def test_the_answer_comes_back_as_a_separate_layer_and_loses_nothing(world: World) -> None:
    a = world.a
    assert not [line for line in world.back.layers if line.startswith("Conflict")], world.back
    assert _snapshot(a.db) == world.snapshot  # nothing of ours changed
    annotations = list_annotations(a.db, world.a_case)
    layers = layer_of(a.db, [x.uuid for x in annotations])
    from_b = [x for x in annotations if layers.get(x.uuid) == B_NAME]
    assert sorted(x.label or x.text for x in from_b) == [
        "Agree: restage after 3 cycles",
        "SMV contact",
    ]
    assert len(annotations) == 6  # A's four are there once, not again from B
    length = next(x for x in from_b if x.label == "SMV contact")
    assert length.measurements[0].value == pytest.approx(25.0, abs=0.01)
    # B's measurement lies on A's own image (found back through A's pseudonym mapping).
    with a.db.reading() as session:
        on = session.scalar(
            select(models.Case.id)
            .join(models.Case.series)
            .where(models.Series.series_instance_uid == length.reference.series_instance_uid)
        )
    assert on == world.a_case
    assert len(list_segments(a.db, world.a_case)) == 2
    assert len(list_key_images(a.db, world.a_case)) == 2
    opinions = received_opinions(a.db, world.a_case)
    assert [(o.institution, o.status) for o in opinions] == [(B_NAME, "draft")]
    assert opinions[0].content["rationale"] == "Venous contact 200 degrees; reconstructable"
    # A's own images came back: nothing new is indexed (no pseudonymous second patient).
    assert world.back.images_imported == 0 and world.back.images_unchanged > 0
    with a.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(models.Patient)) == 1
    names = {layer.name: layer for layer in case_layers(a.db, world.a_case)}
    assert names[""].annotations == 4 and names[""].segments == 2
    assert names[B_NAME].annotations == 2 and names[B_NAME].opinions == 1


def test_importing_the_answer_again_changes_nothing(world: World) -> None:
    a = world.a
    before = _snapshot(a.db)
    with a.db.reading() as session:
        counts = [
            session.scalar(select(func.count()).select_from(t))
            for t in (AnnotationRow, KeyImageRow, SegmentRow, ReceivedOpinion, models.Instance)
        ]
    again = import_package(
        a.db, world.back_path, "a", **a.dirs(), trusted=a.trusted(world.b, B_NAME)
    )
    assert again.already_imported
    with a.db.reading() as session:
        after = [
            session.scalar(select(func.count()).select_from(t))
            for t in (AnnotationRow, KeyImageRow, SegmentRow, ReceivedOpinion, models.Instance)
        ]
    assert after == counts and _snapshot(a.db) == before


def test_a_layer_can_be_hidden_and_shown(world: World) -> None:
    a = world.a
    assert set_layer_visible(a.db, world.a_case, B_NAME, False) == 2
    layers = {layer.name: layer for layer in case_layers(a.db, world.a_case)}
    assert not layers[B_NAME].visible and layers[""].visible
    ours = [
        x
        for x in list_annotations(a.db, world.a_case)
        if x.uuid in {s[0] for s in world.snapshot["annotations"]}
    ]
    assert all(x.visible for x in ours)
    set_layer_visible(a.db, world.a_case, B_NAME, True)
    assert {layer.name: layer for layer in case_layers(a.db, world.a_case)}[B_NAME].visible


def test_merging_a_package_whose_content_changed_reports_a_conflict(world: World) -> None:
    """The same sender sends the same annotation again, changed: shown, not merged."""
    from casereview.services.exchange import verify_package
    from casereview.services.exchange.layer_merge import CaseLayerImporter
    from casereview.services.exchange.providers import ReceivedPackage, read_image_uids

    folder = next((world.a.root / "imports" / "packages").glob("*/files"))
    documents = folder / "documents"
    if not (documents / "annotations.json").exists():
        pytest.skip("the imported package keeps no annotations document")
    original = (documents / "annotations.json").read_text(encoding="utf-8")
    data = json.loads(original)
    mine = next(e for e in data["annotations"] if e.get("label") == "SMV contact")
    mine["points"][1][1] += 5.0
    (documents / "annotations.json").write_text(json.dumps(data), encoding="utf-8")
    try:
        result = verify_package(
            world.back_path,
            staging_dir=world.a.root / "verify",
            trusted=world.a.trusted(world.b, B_NAME),
        )
        assert result.manifest is not None
        received = ReceivedPackage(result.manifest, folder, result)
        received.image_uids = read_image_uids(received.files_of_kind("dicom-image"))
        lines = CaseLayerImporter().merge(world.a.db, received, "a")
    finally:
        (documents / "annotations.json").write_text(original, encoding="utf-8")
    assert any(line.startswith("Conflict: the annotation “SMV contact” differs") for line in lines)
    length = next(x for x in list_annotations(world.a.db, world.a_case) if x.label == "SMV contact")
    assert length.measurements[0].value == pytest.approx(25.0, abs=0.01)  # not overwritten


def test_case_summary_names_the_partner_and_shows_their_opinion(world: World) -> None:
    from casereview.services.case_summary import case_summary

    summary = case_summary(world.a.db, world.a_case)
    lines = {m.label: m for m in summary.measurements}
    assert lines["SMV contact"].origin == B_NAME
    # Credited to the partner's author (B's user "Dr Test"), not to A's importing user.
    assert lines["SMV contact"].author == f"Dr Test, {B_NAME}"
    assert [o.author for o in summary.received_opinions] == ["b"]  # B's draft, by its recorder
    assert lines["Tumour long axis"].origin == "" and lines["Tumour long axis"].author == "a"
    assert [o.institution for o in summary.received_opinions] == [B_NAME]
    # Our decision stays the current one: a partner's opinion is not in our chain.
    assert summary.current is not None and summary.current.is_signed
