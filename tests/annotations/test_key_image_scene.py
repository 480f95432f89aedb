"""The scene a 3-D key image keeps: plain data, stored with the key image, read back the same.

No Qt; the store tests use the installed demo's database.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import numpy as np
import pytest
from annotations_support import DemoData
from sqlalchemy import update

from casereview.domain.annotations import Camera3D, ImageReference, KeyImageDraft
from casereview.domain.key_image_scene import Scene3D, SceneClip, SceneSurface
from casereview.domain.rendering import BUILTIN_PRESETS
from casereview.domain.segments import Code, SegmentDraft
from casereview.errors import ValidationError
from casereview.services.annotations import (
    flag_key_image,
    key_image_scene_masks,
    list_key_images,
    remove_key_image,
)
from casereview.services.segmentations import create_segment, delete_segment, set_segment_mask
from casereview.store.models_annotations import KeyImageRow


def _scene() -> Scene3D:
    return Scene3D(
        preset=BUILTIN_PRESETS["mip"],
        volume_shown=True,
        planes_shown=True,
        crosshair=(1.5, -20.0, 33.25),
        crop=(0.1, 0.9, 0.0, 1.0, 0.25, 0.75),
        clip=SceneClip((0.0, -40.0, 0.0), (0.0, 1.0, 0.0), "coronal", True, -12.0),
        surfaces=(
            SceneSurface("seg-a", "Tumour", (0.9, 0.8, 0.1)),
            SceneSurface("seg-b", "SMV", (0.1, 0.2, 0.9), opacity=0.35),
            SceneSurface("seg-c", "Node", (0.1, 0.8, 0.3), visible=False),
            SceneSurface("", "Iso-surface 200 HU", (0.9, 0.85, 0.75), 0.5, True, 200.0),
        ),
    )


def test_a_scene_reads_back_from_its_json_unchanged() -> None:
    scene = _scene()
    assert Scene3D.from_json(scene.to_json()) == scene
    assert Scene3D.from_json(Scene3D().to_json()) == Scene3D()
    assert scene.segment_uuids == ("seg-a", "seg-b", "seg-c")


@pytest.mark.parametrize(
    "make",
    [
        lambda: SceneSurface("", "Nothing", (0.5, 0.5, 0.5)),  # neither segment nor CT value
        lambda: SceneSurface("s", "Red", (1.2, 0.0, 0.0)),
        lambda: SceneSurface("s", "Ghost", (0.5, 0.5, 0.5), opacity=1.5),
        lambda: Scene3D(crop=(0.0, 1.0, 0.0, 1.0)),
        lambda: Scene3D(crop=(0.0, 1.0, 0.0, 1.0, 0.0, 2.0)),
        lambda: SceneClip((0.0, 0.0, 0.0), (0.0, 0.0, 0.0)),
        lambda: SceneClip((0.0, 0.0, 0.0), (0.0, 1.0, 0.0), "oblique"),
    ],
)
def test_an_impossible_scene_is_refused(make: Callable[[], object]) -> None:
    with pytest.raises(ValidationError):
        make()


def test_unreadable_scene_json_says_what_to_do() -> None:
    with pytest.raises(ValidationError, match="flag the view again"):
        Scene3D.from_json({"surfaces": [{"name": "no colour", "segment_uuid": "x"}]})


def test_renaming_segments_keeps_iso_surfaces_and_drops_the_missing() -> None:
    renamed = _scene().with_segments_renamed({"seg-a": "ours-a", "seg-c": "ours-c"})
    assert [(s.name, s.segment_uuid) for s in renamed.surfaces] == [
        ("Tumour", "ours-a"),
        ("Node", "ours-c"),
        ("Iso-surface 200 HU", ""),
    ]


def _draft(data: DemoData, scene: Scene3D | None) -> KeyImageDraft:
    volume = data.volume
    return KeyImageDraft(
        ImageReference(volume.series_instance_uid, "", volume.frame_of_reference_uid),
        "3d",
        None,
        window_center=40.0,
        window_width=400.0,
        caption="3-D with scene" if scene else "3-D without scene",
        camera=Camera3D((400.0, 0.0, 0.0), (0.0, 0.0, 0.0), (0.0, 0.0, 1.0)),
        scene=scene,
    )


def test_a_3d_key_image_keeps_its_scene_in_the_database(demo_data: DemoData) -> None:
    data = demo_data
    draft = _draft(data, _scene())
    flag_key_image(data.db, data.case_id, draft, "tester")
    try:
        stored = next(k for k in list_key_images(data.db, data.case_id) if k.uuid == draft.uuid)
        assert stored.scene == draft.scene
        assert stored.camera == draft.camera
    finally:
        remove_key_image(data.db, draft.uuid, "tester")


def test_a_key_image_flagged_before_scenes_were_kept_still_lists(demo_data: DemoData) -> None:
    data = demo_data
    without = _draft(data, None)
    broken = _draft(data, _scene())
    flag_key_image(data.db, data.case_id, without, "tester")
    flag_key_image(data.db, data.case_id, broken, "tester")
    # A scene this version cannot read (written by another one) is shown as none.
    with data.db.writing() as session:
        session.execute(
            update(KeyImageRow)
            .where(KeyImageRow.uuid == broken.uuid)
            .values(scene_json='{"surfaces": "not a list"}')
        )
    try:
        listed = {k.uuid: k for k in list_key_images(data.db, data.case_id)}
        assert listed[without.uuid].scene is None
        assert listed[without.uuid].camera == without.camera
        assert listed[broken.uuid].scene is None
        assert listed[broken.uuid].caption == "3-D with scene"
    finally:
        remove_key_image(data.db, without.uuid, "tester")
        remove_key_image(data.db, broken.uuid, "tester")


def test_a_drawing_gets_the_masks_of_the_scenes_segments_still_on_the_case(
    demo_data: DemoData,
) -> None:
    data = demo_data
    volume = data.volume
    made = {}
    for name in ("Kept", "Removed later"):
        segment = create_segment(
            data.db,
            data.case_id,
            SegmentDraft(
                name,
                Code("49755003", "SCT", "Morphologically Abnormal Structure"),
                Code("108369006", "SCT", "Neoplasm"),
                (200, 40, 40),
                volume.series_instance_uid,
                volume.frame_of_reference_uid,
            ),
            volume.shape,
            "tester",
        )
        set_segment_mask(data.db, segment.uuid, next(iter(data.truth.values())), volume, "tester")
        made[name] = segment.uuid
    scene = Scene3D(
        surfaces=tuple(SceneSurface(uuid, name, (0.8, 0.2, 0.2)) for name, uuid in made.items())
    )
    draft = _draft(data, scene)
    flag_key_image(data.db, data.case_id, draft, "tester")
    delete_segment(data.db, made["Removed later"], "tester")
    try:
        key_image = next(k for k in list_key_images(data.db, data.case_id) if k.uuid == draft.uuid)
        masks = key_image_scene_masks(data.db, key_image)
        assert set(masks) == {made["Kept"]}
        assert np.array_equal(masks[made["Kept"]], next(iter(data.truth.values())))
        assert key_image_scene_masks(data.db, replace(key_image, scene=None)) == {}
    finally:
        remove_key_image(data.db, draft.uuid, "tester")
        delete_segment(data.db, made["Kept"], "tester")
