"""Annotations and key images through services, database and commands (no Qt)."""

from __future__ import annotations

import numpy as np
import pytest
from annotations_support import DemoData

from casereview.commands import CommandHistory, EditContext
from casereview.commands.edits import (
    ChangeAnnotation,
    CreateAnnotation,
    DeleteAnnotation,
    FlagKeyImage,
    RemoveKeyImage,
)
from casereview.domain.annotations import (
    AnnotationDraft,
    AnnotationKind,
    Camera3D,
    ImageReference,
    KeyImageDraft,
    ViewPlane,
)
from casereview.errors import NotFoundError, ValidationError
from casereview.services import annotations as service
from casereview.session import SeriesInfo, ViewerSession
from casereview.store.repositories import AuditRepository


def _reference(data: DemoData, slice_index: int) -> ImageReference:
    v = data.volume
    return ImageReference(
        v.series_instance_uid, v.sop_instance_uids[slice_index], v.frame_of_reference_uid
    )


def _lps(data: DemoData, index: tuple[float, float, float]) -> tuple[float, float, float]:
    return tuple(float(c) for c in data.volume.index_to_patient(np.array([index]))[0])


def test_every_kind_round_trips_through_the_database_unchanged(demo_data: DemoData) -> None:
    data = demo_data
    s = 36
    p = [_lps(data, (s, 100 + i * 3.3, 110 + i * 2.1)) for i in range(5)]
    drafts = [
        AnnotationDraft(
            AnnotationKind.LENGTH, (p[0], p[1]), _reference(data, s), "Tumour long axis"
        ),
        AnnotationDraft(
            AnnotationKind.BIDIRECTIONAL, (p[0], p[2], p[1], p[3]), _reference(data, s)
        ),
        AnnotationDraft(AnnotationKind.ANGLE, (p[0], p[1], p[3]), _reference(data, s)),
        AnnotationDraft(
            AnnotationKind.ELLIPSE,
            (p[2], _lps(data, (s, 104, 118)), _lps(data, (s, 111, 121))),
            _reference(data, s),
        ),
        AnnotationDraft(AnnotationKind.POLYGON, (p[0], p[2], p[4]), _reference(data, s), "ROI"),
        AnnotationDraft(AnnotationKind.POINT, (p[1],), _reference(data, s), "Node 1"),
        AnnotationDraft(
            AnnotationKind.TEXT, (p[2],), _reference(data, s), text="Fat plane preserved"
        ),
        AnnotationDraft(AnnotationKind.ARROW, (p[3], p[4]), _reference(data, s), "SMV"),
    ]
    made = [
        service.create_annotation(data.db, data.case_id, d, "tester", data.volume) for d in drafts
    ]
    stored = {a.uuid: a for a in service.list_annotations(data.db, data.case_id)}
    for draft, created in zip(drafts, made, strict=True):
        back = stored[draft.uuid]
        assert back == created  # every field, measurements included, exactly as written
        assert back.kind is draft.kind and back.points == draft.points
        assert back.reference == draft.reference and back.label == draft.label
        assert back.author == "tester" and back.created_at is not None
        assert back.created_at.tzinfo is not None
    length = stored[drafts[0].uuid]
    assert length.summary().startswith("Length ") and length.summary().endswith(" mm")
    expected = float(np.linalg.norm(np.subtract(p[1], p[0])))
    assert length.measurement("length").value == pytest.approx(expected)
    ellipse = stored[drafts[3].uuid]
    names = {m.name for m in ellipse.measurements}
    assert {"area", "mean", "sd", "min", "max"} <= names
    assert "HU" in ellipse.summary() and "mm²" in ellipse.summary()
    assert stored[drafts[6].uuid].summary() == "Fat plane preserved"
    with pytest.raises(ValidationError):
        service.create_annotation(data.db, data.case_id, drafts[0], "tester")  # same UUID
    with pytest.raises(NotFoundError):
        service.create_annotation(
            data.db,
            9999,
            AnnotationDraft(AnnotationKind.POINT, (p[0],), _reference(data, s)),
            "tester",
        )


def test_commands_undo_and_redo_through_the_database(demo_data: DemoData) -> None:
    data = demo_data
    session = ViewerSession()
    session.set_primary(data.volume, SeriesInfo(1))
    seen: list[int] = []
    session.annotations_changed.connect(lambda: seen.append(len(session.annotations)))
    ctx = EditContext(data.db, "other", data.case_id, data.volume, session)
    history = CommandHistory()
    before = len(service.list_annotations(data.db, data.case_id))
    a, b = _lps(data, (30, 100, 100)), _lps(data, (30, 120, 130))
    create = CreateAnnotation(
        ctx, AnnotationDraft(AnnotationKind.LENGTH, (a, b), _reference(data, 30))
    )
    history.push(create)
    assert len(service.list_annotations(data.db, data.case_id)) == before + 1
    assert seen[-1] == before + 1 and session.annotations[-1].author == "other"
    c = _lps(data, (30, 140, 100))
    history.push(ChangeAnnotation(ctx, create.uuid, points=(a, c), label="moved"))
    moved = service.get_annotation(data.db, create.uuid)
    assert moved.points == (a, c) and moved.label == "moved"
    assert moved.measurement("length").value == pytest.approx(60.0)
    history.undo()
    back = service.get_annotation(data.db, create.uuid)
    assert back.points == (a, b) and back.label == ""
    history.undo()  # the creation
    assert create.uuid not in {x.uuid for x in service.list_annotations(data.db, data.case_id)}
    history.redo()
    history.redo()
    again = service.get_annotation(data.db, create.uuid)
    assert again.points == (a, c) and again.created_at == moved.created_at
    history.push(DeleteAnnotation(ctx, create.uuid))
    assert create.uuid not in {x.uuid for x in session.annotations}
    history.undo()
    assert create.uuid in {x.uuid for x in session.annotations}
    with data.db.reading() as s:
        actions = [
            e.action.value for e in AuditRepository(s).latest(50) if e.entity_id == create.uuid
        ]
    assert actions[::-1] == [
        "annotation.created",
        "annotation.changed",
        "annotation.changed",
        "annotation.deleted",
        "annotation.restored",
        "annotation.changed",
        "annotation.deleted",
        "annotation.restored",
    ]


def test_key_images_keep_view_window_and_camera(demo_data: DemoData) -> None:
    data = demo_data
    ctx = EditContext(data.db, "tester", data.case_id, data.volume)
    history = CommandHistory()
    plane = ViewPlane(_lps(data, (36, 128, 128)), (1.0, 0.0, 0.0), (0.0, 0.8, -0.6))
    draft = KeyImageDraft(
        _reference(data, 36), "oblique", plane, 60.0, 300.0, "SMV contact", zoom_mm=70.0
    )
    history.push(FlagKeyImage(ctx, draft))
    camera = Camera3D((0.0, -500.0, 0.0), (0.0, 0.0, 0.0), (0.0, 0.0, 1.0), 120.0)
    draft3d = KeyImageDraft(_reference(data, 36), "3d", None, 40.0, 400.0, "3-D", camera=camera)
    history.push(FlagKeyImage(ctx, draft3d))
    stored = {k.uuid: k for k in service.list_key_images(data.db, data.case_id)}
    first = stored[draft.uuid]
    assert first.plane == plane and first.window_center == 60.0 and first.window_width == 300.0
    assert first.caption == "SMV contact" and first.zoom_mm == 70.0 and first.author == "tester"
    assert stored[draft3d.uuid].camera == camera and stored[draft3d.uuid].plane is None
    service.change_key_image_caption(data.db, draft.uuid, "SMV contact < 180°", "tester")
    assert service.list_key_images(data.db, data.case_id)[0].caption == "SMV contact < 180°"
    history.push(RemoveKeyImage(ctx, draft.uuid))
    assert draft.uuid not in {k.uuid for k in service.list_key_images(data.db, data.case_id)}
    history.undo()
    history.undo()  # flag of the 3-D one
    assert [k.uuid for k in service.list_key_images(data.db, data.case_id)] == [draft.uuid]
    with pytest.raises(ValidationError):
        KeyImageDraft(_reference(data, 0), "axial", None, 40.0, 400.0)
