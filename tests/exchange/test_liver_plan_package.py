"""A liver resection plan travels in a package as SR, SEG and JSON, and arrives as the sender's
plan (issue 17).

Hôpital A segments the small demo's liver (its reference segments imported), builds the
Couinaud segments from landmarks, draws a liver tumour in segment 7 and saves a right
hepatectomy (segments 5-8) with the patient's size entered; the tumour's segment and the
plan's note name the patient, as a user might type them. A exports. Hôpital B imports: the
plan arrives as A's (origin "Hôpital A", A's UID, never B's own plan, never changed), with the
same figures, its hash verifies, it names B's copies of A's segments, and B's planner, on
those copies, finds the same resection. The SR and SEG pass dciodvfy with no error, hold the
plan's figures with every private code declared and meant, and no text of the SR, SEG or JSON
names the patient. Importing again adds nothing; a plan of a newer format or with a damaged
field is refused with a sentence saying so, and the rest of the package merges.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import subprocess
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import highdicom as hd
import numpy as np
import pydicom
import pytest
from pydicom.dataset import Dataset
from record_sites import (
    SENDER,
    Site,
    code_items,
    dicom_files_written,
    export_from,
    install_reference_demo,
    open_hospital,
    package_entries,
    trusted,
)
from sqlalchemy import func, select, update
from sqlalchemy.exc import DBAPIError

from casereview.dicom.liver_sr import REMNANT_TYPE, RESECTED_TYPE, tracking_uuid
from casereview.dicom.own_codes import CODING_SCHEME, OWN_CODE_MEANINGS
from casereview.domain.audit import AuditAction
from casereview.domain.liver_plan_record import (
    CouinaudLandmarksLps,
    LiverPlanVersion,
    RemnantMeasure,
    SurfaceLps,
    liver_plan_sha256,
)
from casereview.domain.liver_remnant import RBWR_SOURCE, SFLR_SOURCE
from casereview.domain.liver_segments import COUINAUD_CODES, couinaud_label
from casereview.domain.packages import ExportReport, PackageImportReport
from casereview.domain.segments import TEMPLATE_BY_KEY, SegmentDraft
from casereview.domain.users import Role, User
from casereview.errors import ValidationError
from casereview.services.exchange import import_package, verify_package
from casereview.services.exchange.liver_plan_provider import (
    DOCUMENT_NAME,
    LiverPlanLayerImporter,
    LiverPlanProvider,
    PreparedLiverPlan,
    result_sha256,
)
from casereview.services.exchange.providers import ReceivedPackage, read_image_uids
from casereview.services.liver_couinaud import build_couinaud_segments
from casereview.services.liver_plan import LiverPlanner
from casereview.services.liver_plan_masks import plan_masks
from casereview.services.liver_plan_record import (
    latest_liver_plan,
    liver_plan_history,
    save_liver_plan,
    verify_liver_plan,
)
from casereview.services.segmentations import (
    create_segment,
    list_segments,
    segment_mask,
    set_segment_mask,
)
from casereview.services.users import ensure_user
from casereview.services.volumes import load_series_volume, series_id_for_uid
from casereview.store import models
from casereview.store.database import Database
from casereview.store.models_liver import LiverPlanVersionRow
from casereview.store.repositories import UserRepository
from support import require_tool

pytestmark = pytest.mark.slow  # three hospitals, one export and three imports: about a minute

SURGEON = "王医生"
RIGHT_HEPATECTOMY = (5, 6, 7, 8)

#: Landmarks on the small demo's liver (LPS mm): the IVC's axis behind the liver, the three
#: hepatic veins fanning out from the confluence, the portal bifurcation at the hilum.
LANDMARKS = CouinaudLandmarksLps(
    ivc_confluence=(-21.0, 20.0, 110.0),
    ivc_inferior=(-21.0, 20.0, 40.0),
    right_hepatic_vein=((-21.0, 20.0, 110.0), (-100.0, 0.0, 100.0)),
    middle_hepatic_vein=((-21.0, 20.0, 110.0), (-50.0, -30.0, 100.0)),
    left_hepatic_vein=((-21.0, 20.0, 110.0), (20.0, -20.0, 105.0)),
    portal_bifurcation=(-40.0, 10.0, 60.0),
)


@dataclass
class World:
    a: Site
    b: Site
    c: Site
    a_case: int
    b_case: int
    version: LiverPlanVersion
    package: Path
    report: ExportReport
    imported: PackageImportReport
    damaged: PackageImportReport
    patient_words: tuple[str, ...]
    patient_id: str
    #: DICOM files the export wrote outside its package (none may be).
    written_by_export: list[Path]


def _add_liver_tumour(db: Database, case_id: int, name: str) -> None:
    """A 9 mm ball of tumour at the centre of Couinaud segment 7, coded as a neoplasm."""
    segments = list_segments(db, case_id)
    seven = next(s for s in segments if couinaud_label(s.type) == 7)
    mask = np.asarray(segment_mask(db, seven.uuid), dtype=bool)
    volume = load_series_volume(db, series_id_for_uid(db, seven.series_instance_uid))
    spacing = np.asarray(volume.spacing, dtype=float)
    indices = np.argwhere(mask)
    centre = indices[np.argmin(((indices - indices.mean(axis=0)) ** 2).sum(axis=1))]
    grid = np.indices(mask.shape).reshape(3, -1).T
    ball = (((grid - centre) * spacing) ** 2).sum(axis=1) <= 9.0**2
    tumour = ball.reshape(mask.shape) & mask
    template = TEMPLATE_BY_KEY["tumour"]
    segment = create_segment(
        db,
        case_id,
        SegmentDraft(
            name,
            template.category,
            template.type,
            template.colour,
            seven.series_instance_uid,
            seven.frame_of_reference_uid,
        ),
        mask.shape,
        "a",
    )
    set_segment_mask(db, segment.uuid, tumour, volume, "a")


def _resigned(package: Path, target: Path, key: Any, change: Any) -> Path:
    """``package`` with ``liver-plan.json`` changed by ``change`` and the manifest signed again
    with the sender's key (a plan the sender wrote that way, not one altered on the way)."""
    entries = package_entries(package)
    name = f"documents/{DOCUMENT_NAME}"
    document = json.loads(entries[name])
    change(document)
    data = json.dumps(document, ensure_ascii=False, indent=1).encode()
    entries[name] = data
    manifest = json.loads(entries["manifest.json"])
    for entry in manifest["files"]:
        if entry["path"] == name:
            entry["size"] = len(data)
            entry["sha256"] = hashlib.sha256(data).hexdigest()
    manifest_bytes = json.dumps(manifest, sort_keys=True, ensure_ascii=False, indent=1).encode()
    entries["manifest.json"] = manifest_bytes
    entries["manifest.sig"] = json.dumps(
        {
            "algorithm": "Ed25519",
            "public_key": key.public_key_b64,
            "signature": base64.b64encode(key.sign(manifest_bytes)).decode(),
        }
    ).encode()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for entry_name, entry_data in entries.items():
            archive.writestr(entry_name, entry_data)
    return target


def _newer_format(document: dict[str, Any]) -> None:
    document["plan"]["inputs"]["schema"] = "casereview.liver-plan/9"


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    root = tmp_path_factory.mktemp("liver-plan-package")
    a = open_hospital(root / "a", "a")
    ensure_user(a.db, User(0, "wang", SURGEON, Role.SURGEON))
    a_case = install_reference_demo(a, "a")
    with a.db.reading() as session:
        patient = session.scalars(select(models.Patient)).one()
        patient_name, patient_id = str(patient.patient_name), str(patient.patient_id)
    # The synthetic patient's name holds an organ's name ("Pancreas"), which rightly stays in
    # the segments' SNOMED CT meanings: the other words are her identity.
    words = tuple(
        w
        for w in patient_name.replace("^", " ").split()
        if len(w) > 2 and w.casefold() != "pancreas"
    )
    assert words
    build_couinaud_segments(a.db, a_case, LANDMARKS, "a")
    _add_liver_tumour(a.db, a_case, f"Metastasis of {words[-1]}")
    draft = LiverPlanner.open(a.db, a_case).by_segments(
        RIGHT_HEPATECTOMY, height_cm=172.0, weight_kg=68.0
    )
    version = save_liver_plan(
        a.db, a_case, draft, "wang", note=f"Discussed with {words[-1]}'s family; PVE first?"
    )
    package = root / "a" / "out" / "plan.zip"
    with dicom_files_written() as written_by_export:
        report = export_from(a, a_case, package)
    b = open_hospital(root / "b", "b")
    imported = import_package(b.db, package, "b", **b.dirs(), trusted=trusted(a))
    with b.db.reading() as session:
        b_case = session.scalars(select(models.Case.id)).one()
    c = open_hospital(root / "c", "c")
    damaged_package = _resigned(package, root / "a" / "out" / "newer.zip", a.key, _newer_format)
    damaged = import_package(c.db, damaged_package, "c", **c.dirs(), trusted=trusted(a))
    yield World(
        a,
        b,
        c,
        a_case,
        b_case,
        version,
        package,
        report,
        imported,
        damaged,
        words,
        patient_id,
        written_by_export,
    )
    for site in (a, b, c):
        site.db.close()


def test_no_identified_seg_reaches_a_disk_during_the_export(world: World) -> None:
    """The plan's SEG and the segments' SEG carry the patient's module until de-identified;
    the export builds them in memory, so no DICOM file is written outside the package."""
    assert world.written_by_export == []
    kinds = [f["kind"] for f in _manifest(world)["files"]]
    assert kinds.count("dicom-seg") == 2  # the segments' and the plan's: both were made


def _manifest(world: World) -> dict[str, Any]:
    return json.loads(package_entries(world.package)["manifest.json"])


def _objects(world: World, kind: str) -> list[tuple[str, Dataset]]:
    entries = package_entries(world.package)
    return [
        (f["path"], pydicom.dcmread(io.BytesIO(entries[f["path"]])))
        for f in _manifest(world)["files"]
        if f["kind"] == kind
    ]


def _document(world: World) -> dict[str, Any]:
    return json.loads(package_entries(world.package)[f"documents/{DOCUMENT_NAME}"])


def _plan_sr(world: World) -> Dataset:
    (sr,) = [
        ds
        for _, ds in _objects(world, "dicom-sr")
        if ds.SeriesDescription == "Liver resection plan"
    ]
    return sr


def _plan_seg(world: World) -> Dataset:
    (seg,) = [
        ds
        for _, ds in _objects(world, "dicom-seg")
        if ds.SeriesDescription == "Liver resection plan"
    ]
    return seg


def _numbers(sr: Dataset) -> dict[tuple[str, str], list[float]]:
    """``(group tracking identifier, concept meaning)`` → the NUM values under it."""
    found: dict[tuple[str, str], list[float]] = {}

    def walk(items: Any, group: str) -> None:
        for item in items:
            name = (
                str(item.ConceptNameCodeSequence[0].CodeMeaning)
                if "ConceptNameCodeSequence" in item
                else ""
            )
            if item.ValueType == "CONTAINER":
                here = group
                for child in item.get("ContentSequence", []):
                    if child.ValueType == "TEXT" and "Tracking Identifier" == str(
                        child.ConceptNameCodeSequence[0].CodeMeaning
                    ):
                        here = str(child.TextValue)
                walk(item.get("ContentSequence", []), here)
                continue
            if item.ValueType == "NUM":
                value = float(item.MeasuredValueSequence[0].NumericValue)
                found.setdefault((group, name), []).append(value)
            walk(item.get("ContentSequence", []), group)

    walk(sr.ContentSequence, "")
    return found


# -- what leaves A -------------------------------------------------------------------------------


def test_the_package_carries_the_plan_as_sr_seg_and_json(world: World) -> None:
    version = world.version
    document = _document(world)
    plan = document["plan"]
    assert plan["uid"] == version.uid and plan["number"] == version.number
    assert plan["content_sha256"] == version.content_sha256
    assert plan["result_sha256"] == result_sha256(version.result)
    assert plan["author"] == SURGEON
    assert plan["inputs"]["removed_segments"] == list(RIGHT_HEPATECTOMY)
    sr, seg = _plan_sr(world), _plan_seg(world)
    assert plan["sr_sop_instance_uid"] == sr.SOPInstanceUID
    assert plan["seg_sop_instance_uid"] == seg.SOPInstanceUID
    # The JSON's series is the exported one (UIDs mapped like the images').
    images = {str(ds.SeriesInstanceUID) for _, ds in _objects(world, "dicom-image")}
    assert plan["inputs"]["series_instance_uid"] in images
    assert str(seg.ReferencedSeriesSequence[0].SeriesInstanceUID) in images


def test_the_sr_holds_the_plans_figures(world: World) -> None:
    version, sr = world.version, _plan_sr(world)
    result = version.result
    numbers = _numbers(sr)
    assert numbers[("Liver", "Volume")] == [pytest.approx(result.total_ml, abs=1e-3)]
    tumour = ("Liver tumour", "Volume")
    assert result.tumour_ml > 0 and numbers[tumour] == [pytest.approx(result.tumour_ml, abs=1e-3)]
    assert result.margin_mm is not None and result.margin_mm > 0
    margin = ("Liver tumour", "Smallest tumour margin to resection surface")
    assert numbers[margin] == [pytest.approx(result.margin_mm, abs=1e-3)]
    resected = numbers[("Liver removed", "Volume")]
    assert resected == [pytest.approx(result.resected_ml, abs=1e-3)]
    remnant = "Liver left after resection"
    assert numbers[(remnant, "Volume")] == [pytest.approx(result.remnant_ml, abs=1e-3)]
    assert numbers[(remnant, "Future liver remnant volume")] == [
        pytest.approx(result.future_remnant_ml, abs=1e-3)
    ]
    assert result.sflr_percent is not None and result.rbwr_percent is not None
    for meaning, value in (
        ("Future liver remnant of functional liver", result.flr_percent),
        ("Standardised future liver remnant", result.sflr_percent),
        ("Remnant liver to body weight ratio", result.rbwr_percent),
    ):
        assert numbers[(remnant, meaning)] == [pytest.approx(value, abs=1e-3)]
    assert numbers[(remnant, "Threshold Value")] == [20.0, 0.5]
    characteristics = {k[1]: v for k, v in numbers.items() if k[0] == ""}
    assert characteristics["Body height"] == [172.0]
    assert characteristics["Body weight"] == [68.0]
    # De-identification writes a standard code's own meaning: LOINC 8277-6 reads "BSA".
    assert characteristics["BSA"] == [pytest.approx(result.bsa_m2, abs=1e-3)]
    assert characteristics["Standard liver volume"] == [pytest.approx(result.slv_ml, abs=1e-3)]
    for label, volume in result.segment_volumes_ml:
        got = numbers[(f"Liver segment {label}", "Volume")]
        assert got == [pytest.approx(volume, abs=1e-3)]
    assert len(result.segment_volumes_ml) == 8


def test_the_sr_codes_the_resection_verdicts_and_sources(world: World) -> None:
    sr = _plan_sr(world)
    items = list(code_items(sr))
    values = {(str(i.CodingSchemeDesignator), str(i.CodeValue)) for i in items}
    # The named resection and the four segments it removes, by their codes.
    assert (CODING_SCHEME, "CR-RHEPATECTOMY") in values
    assert {(CODING_SCHEME, COUINAUD_CODES[s].value) for s in RIGHT_HEPATECTOMY} <= values
    # The liver's condition (SNOMED CT normal), both verdicts passed (SNOMED CT yes) with their
    # sources coded.
    assert ("SCT", "17621005") in values and ("SCT", "373066001") in values
    assert {(CODING_SCHEME, "CR-SRCABDALLA"), (CODING_SCHEME, "CR-SRCTRUANT")} <= values
    assert [v.source for v in world.version.result.verdicts] == [SFLR_SOURCE, RBWR_SOURCE]
    assert [v.measure for v in world.version.result.verdicts] == [
        RemnantMeasure.SFLR,
        RemnantMeasure.RBWR,
    ]
    # Standard codes where the standard has the concept.
    assert {("SCT", "118565006"), ("SCT", "10200004"), ("SCT", "108369006")} <= values
    assert {("LN", "8302-2"), ("LN", "29463-7"), ("LN", "8277-6")} <= values
    # Every private concept is declared and arrives with its meaning whole.
    declared = {str(i.CodingSchemeDesignator) for i in sr.CodingSchemeIdentificationSequence}
    assert CODING_SCHEME in declared
    own = [i for i in items if i.CodingSchemeDesignator == CODING_SCHEME]
    assert own and all(
        str(i.CodeMeaning) == OWN_CODE_MEANINGS[(CODING_SCHEME, str(i.CodeValue))] for i in own
    )


def test_the_sr_references_the_plans_segments(world: World) -> None:
    sr, seg = _plan_sr(world), _plan_seg(world)
    content = hd.sr.ComprehensiveSR.from_dataset(sr).content
    groups = content.get_volumetric_roi_measurement_groups()
    assert len(groups) == 2 + 8  # the resected part, the remnant and the Couinaud segments
    numbers_by_type = {
        (
            str(s.SegmentedPropertyTypeCodeSequence[0].CodingSchemeDesignator),
            str(s.SegmentedPropertyTypeCodeSequence[0].CodeValue),
        ): int(s.SegmentNumber)
        for s in seg.SegmentSequence
    }
    segment_refs = {}
    for group in groups:
        reference = group.referenced_segment
        assert reference is not None
        assert reference.referenced_sop_instance_uid == seg.SOPInstanceUID
        segment_refs[group.tracking_identifier] = reference.referenced_segment_numbers[0]
    assert segment_refs["Liver removed"] == numbers_by_type[(CODING_SCHEME, RESECTED_TYPE.value)]
    assert (
        segment_refs["Liver left after resection"]
        == numbers_by_type[(CODING_SCHEME, REMNANT_TYPE.value)]
    )
    for label in range(1, 9):
        code = COUINAUD_CODES[label]
        assert segment_refs[f"Liver segment {label}"] == numbers_by_type[(code.scheme, code.value)]


def test_the_plan_seg_holds_the_parts_with_the_plans_volumes(world: World) -> None:
    seg = _plan_seg(world)
    version = world.version
    labels = [str(s.SegmentLabel) for s in seg.SegmentSequence]
    assert labels[:2] == ["Planned resected liver", "Planned liver remnant"]
    assert labels[2:] == [f"Segment {n}" for n in range(1, 9)]
    spacing = [
        float(v)
        for v in seg.SharedFunctionalGroupsSequence[0].PixelMeasuresSequence[0].PixelSpacing
    ]
    thickness = float(seg.SharedFunctionalGroupsSequence[0].PixelMeasuresSequence[0].SliceThickness)
    voxel_ml = spacing[0] * spacing[1] * thickness / 1000.0
    pixels = seg.pixel_array
    frames = seg.PerFrameFunctionalGroupsSequence
    counts: dict[int, int] = {}
    for index, frame in enumerate(frames):
        number = int(frame.SegmentIdentificationSequence[0].ReferencedSegmentNumber)
        counts[number] = counts.get(number, 0) + int(np.count_nonzero(pixels[index]))
    assert counts[1] * voxel_ml == pytest.approx(version.result.resected_ml, rel=1e-6)
    assert counts[2] * voxel_ml == pytest.approx(version.result.remnant_ml, rel=1e-6)
    # The parts' tracking UIDs follow from the version's UID; the Couinaud segments keep theirs.
    tracking = [str(s.TrackingUID) for s in seg.SegmentSequence]
    assert tracking[0] != tracking[1] and len(set(tracking)) == len(tracking)
    assert tracking_uuid(version.uid, "resected") != tracking_uuid(version.uid, "remnant")


@pytest.mark.parametrize("which", ["sr", "plan-seg", "case-seg"])
def test_dciodvfy_finds_no_error(world: World, tmp_path: Path, which: str) -> None:
    require_tool("dciodvfy", "dicom3tools")
    entries = package_entries(world.package)
    if which == "sr":
        path = next(
            p
            for p, ds in _objects(world, "dicom-sr")
            if ds.SeriesDescription == "Liver resection plan"
        )
    else:
        segs = _objects(world, "dicom-seg")
        wanted = "Liver resection plan"
        path = next(
            p for p, ds in segs if (ds.SeriesDescription == wanted) == (which == "plan-seg")
        )
    target = tmp_path / "object.dcm"
    target.write_bytes(entries[path])
    run = subprocess.run(["dciodvfy", str(target)], capture_output=True, text=True, timeout=120)
    lines = (run.stdout + run.stderr).splitlines()
    assert not [line for line in lines if line.startswith("Error")], lines
    if which == "case-seg":
        # The case's Couinaud segments go as ordinary segments, their private scheme declared.
        seg = pydicom.dcmread(target)
        types = {str(s.SegmentedPropertyTypeCodeSequence[0].CodeValue) for s in seg.SegmentSequence}
        assert {c.value for c in COUINAUD_CODES.values()} <= types
        declared = {str(i.CodingSchemeDesignator) for i in seg.CodingSchemeIdentificationSequence}
        assert CODING_SCHEME in declared


def test_no_identity_leaves_in_the_sr_seg_or_json(world: World) -> None:
    entries = package_entries(world.package)
    manifest = _manifest(world)
    plan_files = [
        f"documents/{DOCUMENT_NAME}",
        *(
            p
            for p, ds in _objects(world, "dicom-sr")
            if ds.SeriesDescription == "Liver resection plan"
        ),
        *(p for p, ds in _objects(world, "dicom-seg")),
        "documents/segments.json",
    ]
    assert len(plan_files) == 5 and all(p in entries for p in plan_files), manifest
    forms = [*world.patient_words, world.patient_id]
    for path in plan_files:
        data = entries[path]
        for form in forms:
            for encoded in (form.encode("utf-8"), form.encode("utf-16-le")):
                assert encoded not in data, (path, form)
        if path.endswith(".dcm") or path.startswith("DICOM/"):
            ds = pydicom.dcmread(io.BytesIO(data))
            assert ds.PatientIdentityRemoved == "YES"
    plan = _document(world)["plan"]
    # The note and the tumour's name, which named the patient, arrive without the name.
    assert plan["note"].startswith("Discussed with ") and "PVE first?" in plan["note"]
    tumour_names = [t["segment_name"] for t in plan["inputs"]["tumours"]]
    assert tumour_names and all(n.startswith("Metastasis of ") for n in tumour_names)
    # The note never goes into the SR.
    assert b"PVE first" not in entries[plan_files[1]]


# -- what arrives at B ---------------------------------------------------------------------------


def test_the_partner_holds_the_plan_as_the_senders(world: World) -> None:
    b, version = world.b, world.version
    assert any(
        line.startswith(f"Liver plan from {SENDER}: 1 new version(s)")
        for line in world.imported.layers
    ), world.imported.layers
    (got,) = liver_plan_history(b.db, world.b_case)
    assert got.origin == SENDER and got.uid == version.uid
    assert got.author == SURGEON and got.created_at == version.created_at
    # The same figures, and a hash that verifies.
    assert got.result == version.result
    assert result_sha256(got.result) == result_sha256(version.result)
    assert verify_liver_plan(got) and got.content_sha256 == liver_plan_sha256(
        got.inputs, got.result
    )
    assert got.inputs.kind == version.inputs.kind
    assert got.inputs.removed_segments == RIGHT_HEPATECTOMY
    assert got.inputs.condition == version.inputs.condition
    assert (got.inputs.height_cm, got.inputs.weight_kg) == (172.0, 68.0)
    # It names B's series and B's copies of A's segments.
    ours = {s.uuid: s for s in list_segments(b.db, world.b_case)}
    used = [got.inputs.liver, *got.inputs.tumours, *got.inputs.couinaud]
    assert all(c.segment_uuid in ours for c in used)
    assert {ours[c.segment_uuid].series_instance_uid for c in used} == {
        got.inputs.series_instance_uid
    }
    # It is not B's own plan.
    assert latest_liver_plan(b.db, world.b_case) is None
    with b.db.reading() as session:
        audited = session.scalars(
            select(models.AuditEvent).where(
                models.AuditEvent.action == AuditAction.LIVER_PLAN_RECEIVED.value
            )
        ).all()
    assert len(audited) == 1


def test_the_partners_planner_recognises_the_couinaud_segments(world: World) -> None:
    """The Couinaud segments arrive with their codes: B's planner finds all eight, and the
    same right hepatectomy on B's copies removes the same volume."""
    planner = LiverPlanner.open(world.b.db, world.b_case)
    assert sorted(int(c.role.rpartition("-")[2]) for c in planner.couinaud) == list(range(1, 9))
    again = planner.by_segments(RIGHT_HEPATECTOMY, height_cm=172.0, weight_kg=68.0)
    assert again.result.resected_ml == pytest.approx(world.version.result.resected_ml, rel=1e-9)
    assert again.result.flr_percent == pytest.approx(world.version.result.flr_percent, abs=1e-9)


def test_the_partners_plan_is_read_only_and_apart_from_ours(world: World) -> None:
    b = world.b
    with pytest.raises(DBAPIError, match="append-only"), b.db.writing() as session:
        session.execute(
            update(LiverPlanVersionRow)
            .where(LiverPlanVersionRow.uid == world.version.uid)
            .values(result_json="{}")
        )
    draft = LiverPlanner.open(b.db, world.b_case).by_segments((6, 7))
    ours = save_liver_plan(b.db, world.b_case, draft, "b")
    assert ours.origin == "" and ours.number == 2  # numbered after A's, told apart by origin
    latest = latest_liver_plan(b.db, world.b_case)
    assert latest is not None and latest.uid == ours.uid
    received = [v for v in liver_plan_history(b.db, world.b_case) if v.origin == SENDER]
    assert len(received) == 1 and verify_liver_plan(received[0])


def _count(db: Database) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(LiverPlanVersionRow)) or 0)


def _prepared_again(world: World, tmp_path: Path, folder: Path | None = None) -> PreparedLiverPlan:
    files = folder or world.b.root / "imports" / "packages" / world.report.package_id / "files"
    result = verify_package(
        world.package, staging_dir=tmp_path / "verify", trusted=trusted(world.a)
    )
    assert result.manifest is not None
    received = ReceivedPackage(result.manifest, files, result, case_id=world.b_case)
    received.image_uids = read_image_uids(received.files_of_kind("dicom-image"))
    prepared = LiverPlanLayerImporter().prepare(world.b.db, received, "b")
    assert prepared is not None
    return prepared


def test_importing_again_adds_nothing(world: World, tmp_path: Path) -> None:
    b = world.b
    before = _count(b.db)
    again = import_package(b.db, world.package, "b", **b.dirs(), trusted=trusted(world.a))
    assert again.already_imported and _count(b.db) == before
    # Merging the same plan again, past the package check, adds nothing either.
    prepared = _prepared_again(world, tmp_path)
    with b.db.writing() as session:
        lines = prepared.write(session, UserRepository(session).row_id("b"))
    assert any("0 new version(s), 1 already here" in line for line in lines), lines
    assert _count(b.db) == before


def test_a_plan_of_a_newer_format_is_refused_and_the_rest_merges(world: World) -> None:
    lines = world.damaged.layers
    assert any(
        "The liver plan from Hôpital A is not merged" in line
        and "newer casereview" in line
        and "update casereview" in line
        for line in lines
    ), lines
    assert _count(world.c.db) == 0
    with world.c.db.reading() as session:
        c_case = session.scalars(select(models.Case.id)).one()
    # The rest of the package merged: A's segments, the Couinaud ones with their codes.
    received = list_segments(world.c.db, c_case)
    assert sum(couinaud_label(s.type) is not None for s in received) == 8


def test_a_damaged_field_is_named_and_nothing_is_written(world: World, tmp_path: Path) -> None:
    folder = tmp_path / "files"
    source = world.b.root / "imports" / "packages" / world.report.package_id / "files"
    import shutil

    shutil.copytree(source, folder)
    path = folder / "documents" / DOCUMENT_NAME
    document = json.loads(path.read_text(encoding="utf-8"))
    del document["plan"]["result"]["flr_percent"]
    document["plan"]["uid"] = "7d1c2a4e-0000-4000-8000-000000000001"  # not the one B holds
    path.write_text(json.dumps(document), encoding="utf-8")
    before = _count(world.b.db)
    prepared = _prepared_again(world, tmp_path, folder)
    with world.b.db.writing() as session:
        lines = prepared.write(session, UserRepository(session).row_id("b"))
    assert len(lines) == 1 and "result.flr_percent" in lines[0] and "missing" in lines[0], lines
    assert _count(world.b.db) == before


# -- the plan's parts at A, and a plan whose segments changed -----------------------------------


def test_the_parts_of_a_bent_surface_plan_have_its_volumes(world: World) -> None:
    """A plan by a surface bent through a fourth control point: its resected part and remnant,
    drawn again for the SEG, hold the volumes the planner measured."""
    surface = SurfaceLps(
        (-58.0, 0.0, 60.0),
        (-1.0, 0.0, 0.0),
        ((-58.0, -40.0, 60.0), (-58.0, 40.0, 60.0), (-58.0, 0.0, 100.0), (-40.0, 0.0, 30.0)),
    )
    draft = LiverPlanner.open(world.a.db, world.a_case).by_surface(surface)
    version = save_liver_plan(world.a.db, world.a_case, draft, "wang")
    masks = plan_masks(world.a.db, version)
    assert 0.0 < masks.resected_ml < version.result.total_ml
    assert masks.resected_ml == pytest.approx(version.result.resected_ml, rel=1e-9)
    assert masks.remnant_ml == pytest.approx(version.result.remnant_ml, rel=1e-9)
    flat = LiverPlanner.open(world.a.db, world.a_case).by_surface(
        SurfaceLps(surface.point, surface.normal)
    )
    # The bend moved voxels across: the flat plane removes another volume.
    assert flat.result.resected_ml != pytest.approx(version.result.resected_ml, rel=1e-3)


def test_a_plan_whose_segments_changed_goes_without_its_seg(world: World) -> None:
    a = world.a
    eight = next(s for s in list_segments(a.db, world.a_case) if couinaud_label(s.type) == 8)
    mask = np.asarray(segment_mask(a.db, eight.uuid), dtype=bool)
    inside = np.argwhere(mask)
    trimmed = inside[inside[:, 0] < np.median(inside[:, 0])]
    mask[tuple(trimmed.T)] = False  # a surgeon trims the lower half of segment 8
    assert len(trimmed) > 0
    set_segment_mask(a.db, eight.uuid, mask, None, "a")
    latest = latest_liver_plan(a.db, world.a_case)
    assert latest is not None
    with pytest.raises(ValidationError, match="plan the resection again"):
        plan_masks(a.db, latest)
    content = LiverPlanProvider().gather(a.db, world.a_case)
    assert [kind for kind, _ in content.datasets] == ["dicom-sr"]
    (_, sr) = content.datasets[0]
    references = [
        i
        for i in _all_items(sr)
        if "ConceptNameCodeSequence" in i
        and str(i.ConceptNameCodeSequence[0].CodeMeaning) == "Referenced Segment"
    ]
    assert references == []
    (name, document) = content.documents[0]
    assert name == DOCUMENT_NAME and "seg_sop_instance_uid" not in document["plan"]


def _all_items(dataset: Dataset) -> Iterator[Dataset]:
    for item in dataset.get("ContentSequence", []):
        yield item
        yield from _all_items(item)
