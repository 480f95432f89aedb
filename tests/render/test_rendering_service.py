"""Named 3-D views and user presets in the database (audited), and the preset data model."""

from __future__ import annotations

from pathlib import Path

import pytest

from casereview.domain.audit import AuditAction
from casereview.domain.cases import CaseDraft
from casereview.domain.rendering import (
    BUILTIN_PRESETS,
    BlendMode,
    CameraView,
    ColourPoint,
    OpacityPoint,
    SegmentStyle,
    TransferFunction,
)
from casereview.errors import NotFoundError, ValidationError
from casereview.services import cases as case_service
from casereview.services import rendering as service
from casereview.store.database import Database
from casereview.store.repositories import AuditRepository
from support import add_sample_imaging

FRONT = CameraView((0.0, -600.0, 0.0), (0.0, 0.0, 0.0), (0.0, 0.0, 1.0))
SIDE = CameraView((500.0, 0.0, 20.0), (0.0, 0.0, 20.0), (0.0, 0.0, 1.0), view_angle=20.0)


def _actions(db: Database, n: int) -> list[AuditAction]:
    with db.reading() as session:
        return [e.action for e in AuditRepository(session).latest(n)]


def test_named_views_per_series_and_case_are_saved_replaced_listed_and_deleted(
    db: Database, tmp_path: Path
) -> None:
    ids = add_sample_imaging(db, tmp_path / "files")
    case = case_service.create_case(
        db,
        CaseDraft(
            ids["patient"], "Head mass", study_ids=(ids["study"],), series_ids=(ids["series"],)
        ),
        "tester",
    )
    outside = service.save_view(
        db, "tester", series_id=ids["series"], name="Overview", camera=FRONT
    )
    inside = service.save_view(
        db,
        "tester",
        series_id=ids["series"],
        case_id=case.id,
        name="  Tumour vs SMV ",
        camera=SIDE,
        preset=BUILTIN_PRESETS["cta"],
    )
    assert inside.name == "Tumour vs SMV" and inside.case_id == case.id
    assert inside.camera == SIDE and inside.preset == BUILTIN_PRESETS["cta"]
    assert inside.username == "tester" and inside.created_at is not None
    # In the case: its own views and those saved outside any case; outside: only those.
    assert [v.name for v in service.list_views(db, ids["series"], case.id)] == [
        "Overview",
        "Tumour vs SMV",
    ]
    assert [v.id for v in service.list_views(db, ids["series"])] == [outside.id]
    # The same name again replaces the view (same id), audited as such.
    replaced = service.save_view(
        db, "tester", series_id=ids["series"], case_id=case.id, name="Tumour vs SMV", camera=FRONT
    )
    assert replaced.id == inside.id and replaced.camera == FRONT and replaced.preset is None
    with db.reading() as session:
        latest = AuditRepository(session).latest(1)[0]
    assert latest.action is AuditAction.VIEW3D_SAVED
    assert latest.details == {"series": ids["series"], "case": case.id, "replaced": True}
    service.delete_view(db, "tester", outside.id)
    assert _actions(db, 1) == [AuditAction.VIEW3D_DELETED]
    assert [v.id for v in service.list_views(db, ids["series"], case.id)] == [inside.id]
    with pytest.raises(NotFoundError):
        service.delete_view(db, "tester", outside.id)
    with pytest.raises(ValidationError):
        service.save_view(db, "tester", series_id=ids["series"], name="  ", camera=FRONT)
    with pytest.raises(NotFoundError):
        service.save_view(db, "tester", series_id=9999, name="x", camera=FRONT)
    with pytest.raises(NotFoundError):
        service.save_view(db, "nobody", series_id=ids["series"], name="x", camera=FRONT)


def test_user_presets_are_saved_found_and_deleted(db: Database) -> None:
    edited = BUILTIN_PRESETS["cta"].with_window(400, 250).with_peak_opacity(0.5)
    saved = service.save_preset(db, "tester", edited.renamed("Late arterial"))
    assert saved.name == "Late arterial" and saved.transfer_function.key == ""
    assert saved.transfer_function.window == pytest.approx((400.0, 250.0))
    assert [p.name for p in service.list_presets(db)] == ["Late arterial"]
    assert service.find_preset(db, "late ARTERIAL") == saved.transfer_function
    assert service.find_preset(db, "cta") is BUILTIN_PRESETS["cta"]
    assert service.find_preset(db, "Bone") is BUILTIN_PRESETS["bone"]
    with pytest.raises(ValidationError, match="Known"):
        service.find_preset(db, "nonsense")
    with pytest.raises(ValidationError, match="built-in"):
        service.save_preset(db, "tester", edited.renamed("CT angiography"))
    again = service.save_preset(
        db, "tester", edited.with_peak_opacity(0.9).renamed("Late arterial")
    )
    assert again.id == saved.id and again.transfer_function.peak_opacity == pytest.approx(0.9)
    assert _actions(db, 2) == [AuditAction.RENDER_PRESET_SAVED, AuditAction.RENDER_PRESET_SAVED]
    service.delete_preset(db, "tester", saved.id)
    assert service.list_presets(db) == []
    assert _actions(db, 1) == [AuditAction.RENDER_PRESET_DELETED]


def test_transfer_function_editing_and_json() -> None:
    cta = BUILTIN_PRESETS["cta"]
    width, level = cta.window
    wider = cta.with_window(width * 2, level + 50)
    assert wider.window == pytest.approx((width * 2, level + 50))
    assert wider.key == "" and cta.key == "cta"
    # Colours move with the opacity ramp: the first colour still sits at the ramp's start.
    assert wider.colours[0].value == pytest.approx(wider.opacities[0].value)
    assert cta.with_peak_opacity(0.4).peak_opacity == pytest.approx(0.4)
    red = cta.with_colour(1, (1.0, 0.0, 0.0))
    assert red.colours[1].rgb == (1.0, 0.0, 0.0) and red.colours[0] == cta.colours[0]
    for preset in BUILTIN_PRESETS.values():
        assert TransferFunction.from_json(preset.to_json()) == preset
    assert BUILTIN_PRESETS["mip"].blend is BlendMode.MIP
    with pytest.raises(ValidationError):
        TransferFunction(
            "x", (ColourPoint(0, (1, 1, 1)),), (OpacityPoint(10, 0), OpacityPoint(0, 1))
        )
    with pytest.raises(ValidationError):
        TransferFunction(
            "x", (ColourPoint(0, (2, 1, 1)),), (OpacityPoint(0, 0), OpacityPoint(1, 1))
        )
    with pytest.raises(ValidationError):
        TransferFunction("", (ColourPoint(0, (1, 1, 1)),), (OpacityPoint(0, 0), OpacityPoint(1, 1)))
    with pytest.raises(ValidationError):
        TransferFunction.from_json({"name": "broken"})
    with pytest.raises(ValidationError):
        SegmentStyle(0, "background", (0, 0, 0))
    with pytest.raises(ValidationError):
        SegmentStyle(1, "x", (0, 0, 0), opacity=1.5)
