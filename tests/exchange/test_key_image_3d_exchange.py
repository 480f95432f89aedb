"""A 3-D key image travels in a package with its camera and scene (issue 20).

Hôpital A flags a 3-D view of the small demo case (two surfaces shown, one hidden, an
iso-surface, the soft-tissue preset, a crop box and a clipping plane) beside a 2-D key image,
and exports the case. Hôpital B imports it: the 3-D key image is in A's layer with the same
camera and scene, its surfaces pointing at B's copies of A's segments, and B draws it again
from its own copy of the images as A draws it. Nothing of the patient's identity is in what
the key image adds to the package.
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path

import imageio.v3 as iio
import numpy as np
import pytest
from exchange_helpers import open_site
from sqlalchemy import select

from casereview.demo.install import install_demo
from casereview.domain.annotations import Camera3D, ImageReference, KeyImageDraft, ViewPlane
from casereview.domain.key_image_scene import Scene3D, SceneClip, SceneSurface
from casereview.domain.packages import DeidOptions, TrustedKey
from casereview.domain.rendering import BUILTIN_PRESETS
from casereview.domain.segments import Code, SegmentDraft
from casereview.render.key_images import render_key_image
from casereview.services.annotations import flag_key_image, list_key_images
from casereview.services.exchange import export_case, import_package
from casereview.services.layers import layer_of
from casereview.services.segmentations import (
    create_segment,
    list_segments,
    segment_mask,
    set_segment_mask,
)
from casereview.services.signing import load_or_create_secret, load_or_create_signing_key
from casereview.services.volumes import load_series_volume, series_id_for_uid
from casereview.store import models
from casereview.store.database import Database

A_NAME = "Hôpital A"
#: Where pictures for a person to look at go (as the GUI tests' screenshots).
SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
NEOPLASM = Code("108369006", "SCT", "Neoplasm")
ABNORMAL = Code("49755003", "SCT", "Morphologically Abnormal Structure")


@dataclass
class Sent:
    root: Path
    a: Database
    b: Database
    a_case: int
    b_case: int
    package: Path
    segments: dict[str, str]  #: name → A's segment UUID
    patient_name: str


def _segments(db: Database, case_id: int, series: str, frame: str) -> dict[str, str]:
    volume = load_series_volume(db, series_id_for_uid(db, series))
    centre = [n // 2 for n in volume.shape]
    made = {}
    for name, colour, shift in (
        ("Tumour", (230, 200, 40), (0, 0, 0)),
        ("SMV", (40, 90, 230), (0, 14, -12)),
        ("Node", (40, 200, 80), (1, -14, 14)),
    ):
        segment = create_segment(
            db,
            case_id,
            SegmentDraft(name, ABNORMAL, NEOPLASM, colour, series, frame),
            volume.shape,
            "a",
        )
        mask = np.zeros(volume.shape, dtype=bool)
        k, j, i = (c + s for c, s in zip(centre, shift, strict=True))
        mask[k - 3 : k + 3, j - 6 : j + 6, i - 6 : i + 6] = True
        set_segment_mask(db, segment.uuid, mask, volume, "a")
        made[name] = segment.uuid
    return made


def _scene(segments: dict[str, str], centre: tuple[float, float, float]) -> Scene3D:
    return Scene3D(
        preset=BUILTIN_PRESETS["soft_tissue"],
        # The surfaces alone (the volume rendering kept off), so the picture shows them.
        volume_shown=False,
        planes_shown=False,
        crosshair=centre,
        crop=(0.05, 0.95, 0.0, 1.0, 0.1, 0.9),
        clip=SceneClip(
            origin=(centre[0], centre[1] - 40.0, centre[2]),
            normal=(0.0, 1.0, 0.0),
            orientation="coronal",
            offset_mm=-40.0,
        ),
        surfaces=(
            SceneSurface(segments["Tumour"], "Tumour", (0.9, 0.78, 0.16)),
            SceneSurface(segments["SMV"], "SMV", (0.16, 0.35, 0.9), opacity=0.4),
            SceneSurface(segments["Node"], "Node", (0.16, 0.78, 0.31), visible=False),
            SceneSurface("", "Iso-surface 200 HU", (0.9, 0.85, 0.75), 0.5, False, 200.0),
        ),
    )


@pytest.fixture(scope="module")
def sent(tmp_path_factory: pytest.TempPathFactory) -> Sent:
    root = tmp_path_factory.mktemp("keyimage3d")
    a = open_site(root / "a", "a")
    installed = install_demo(
        a,
        root / "a" / "demo",
        "a",
        staging_dir=root / "a" / "imports",
        quarantine_dir=root / "a" / "quarantine",
        small=True,
        phases=("portal-venous",),
    )
    case_id = installed.case.id
    with a.reading() as session:
        series, frame, sop = session.execute(
            select(
                models.Series.series_instance_uid,
                models.Series.frame_of_reference_uid,
                models.Instance.sop_instance_uid,
            )
            .join(models.Instance)
            .where(models.Series.modality == "CT")
            .order_by(models.Instance.instance_number)
        ).first()
    volume = load_series_volume(a, series_id_for_uid(a, series))
    x, y, z = volume.index_to_patient(np.asarray([[n / 2 for n in volume.shape]]))[0]
    centre = (float(x), float(y), float(z))
    segments = _segments(a, case_id, series, frame)
    flag_key_image(
        a,
        case_id,
        KeyImageDraft(
            ImageReference(series, sop, frame),
            "axial",
            ViewPlane(centre, (1.0, 0.0, 0.0), (0.0, 1.0, 0.0)),
            window_center=40.0,
            window_width=400.0,
            caption="Axial view",
        ),
        "a",
    )
    flag_key_image(
        a,
        case_id,
        KeyImageDraft(
            ImageReference(series, "", frame),
            "3d",
            None,
            window_center=40.0,
            window_width=400.0,
            caption="Tumour against the SMV",
            camera=Camera3D(
                (centre[0] + 400.0, centre[1], centre[2]), centre, (0.0, 0.0, 1.0), 0.0, 30.0
            ),
            scene=_scene(segments, centre),
        ),
        "a",
    )
    key = load_or_create_signing_key(root / "a" / "keys")
    package = root / "a" / "out" / "case.zip"
    export_case(
        a,
        case_id,
        package,
        "a",
        options=DeidOptions(),
        signing_key=key,
        secret=load_or_create_secret(root / "a" / "keys"),
        institution=A_NAME,
    )
    b = open_site(root / "b", "b")
    import_package(
        b,
        package,
        "b",
        staging_dir=root / "b" / "imports",
        quarantine_dir=root / "b" / "quarantine",
        trusted=[TrustedKey(A_NAME, key.public_key_b64)],
    )
    with b.reading() as session:
        b_case = session.scalars(select(models.Case.id)).one()
    with a.reading() as session:
        patient_name = str(session.scalars(select(models.Patient.patient_name)).first())
    return Sent(root, a, b, case_id, b_case, package, segments, patient_name)


def test_the_3d_key_image_travels_with_its_camera_beside_the_2d_one(sent: Sent) -> None:
    mine = list_key_images(sent.a, sent.a_case)
    received = list_key_images(sent.b, sent.b_case)
    assert [k.caption for k in received] == ["Axial view", "Tumour against the SMV"]
    sent_3d, got_3d = mine[1], received[1]
    assert got_3d.orientation == "3d" and got_3d.plane is None
    assert got_3d.camera == sent_3d.camera
    assert (got_3d.window_width, got_3d.window_center) == (400.0, 40.0)
    # On B's copy of the series (a de-identified UID), in A's layer.
    held = {s.reference.series_instance_uid for s in received}
    assert held == {got_3d.reference.series_instance_uid}
    assert got_3d.reference.series_instance_uid != sent_3d.reference.series_instance_uid
    assert series_id_for_uid(sent.b, got_3d.reference.series_instance_uid) is not None
    assert layer_of(sent.b, [got_3d.uuid]) == {got_3d.uuid: A_NAME}


def test_the_scene_arrives_pointing_at_the_partners_segments(sent: Sent) -> None:
    sent_scene = list_key_images(sent.a, sent.a_case)[1].scene
    scene = list_key_images(sent.b, sent.b_case)[1].scene
    assert scene is not None and sent_scene is not None
    assert scene.preset == BUILTIN_PRESETS["soft_tissue"]
    assert (scene.volume_shown, scene.planes_shown) == (False, False)
    assert scene.crop == sent_scene.crop and scene.clip == sent_scene.clip
    assert scene.crosshair == pytest.approx(sent_scene.crosshair)
    b_segments = {s.name: s.uuid for s in list_segments(sent.b, sent.b_case)}
    assert [
        (s.name, s.segment_uuid, s.colour, s.opacity, s.visible, s.iso_value)
        for s in scene.surfaces
    ] == [
        (s.name, b_segments.get(s.name, ""), s.colour, s.opacity, s.visible, s.iso_value)
        for s in sent_scene.surfaces
    ]
    assert set(b_segments.values()).isdisjoint(sent.segments.values())


def test_the_partner_draws_it_again_as_the_sender_does(sent: Sent) -> None:
    def drawn(db: Database, case_id: int, hide: str = "") -> np.ndarray:
        key_image = list_key_images(db, case_id)[1]
        volume = load_series_volume(
            db, series_id_for_uid(db, key_image.reference.series_instance_uid)
        )
        scene = key_image.scene
        assert scene is not None
        masks = {uuid: segment_mask(db, uuid) for uuid in scene.segment_uuids}
        surfaces = tuple(replace(s, visible=s.visible and s.name != hide) for s in scene.surfaces)
        key_image = replace(key_image, scene=replace(scene, surfaces=surfaces))
        return render_key_image(volume, key_image, (200, 200), masks=masks).astype(float)

    at_a, at_b = drawn(sent.a, sent.a_case), drawn(sent.b, sent.b_case)
    assert np.abs(at_a - at_b).mean() < 1.0
    # The surfaces are in the picture: hiding the tumour's changes it.
    without_tumour = drawn(sent.b, sent.b_case, hide="Tumour")
    changed = np.abs(at_b - without_tumour).max(axis=2) > 30
    assert changed.sum() > 100
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    iio.imwrite(
        SCREENSHOTS / "i20_2_keyimage_3d_at_partner.png",
        np.concatenate([at_a, at_b], axis=1).astype(np.uint8),
    )


def test_what_the_key_image_adds_to_the_package_names_no_patient(sent: Sent) -> None:
    with zipfile.ZipFile(sent.package) as archive:
        name = next(n for n in archive.namelist() if n.endswith("key-images.json"))
        text = archive.read(name).decode()
    document = json.loads(text)
    entry = document["key_images"][1]
    assert entry["camera"] is not None and entry["scene"]["surfaces"]
    family = sent.patient_name.split("^")[0]
    assert family and family.lower() not in text.lower()
    # Surfaces name their segment by the key it travels under in segments.json.
    with zipfile.ZipFile(sent.package) as archive:
        segments = json.loads(
            archive.read(next(n for n in archive.namelist() if n.endswith("segments.json")))
        )
    keys = {s["uuid"] for s in segments["segments"]}
    assert {s["origin_uuid"] for s in entry["scene"]["surfaces"] if s["origin_uuid"]} <= keys
