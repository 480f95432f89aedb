"""A resectability assessment travels in a package and arrives as the sender's layer (issue 16).

Hôpital A measures the small demo case (its reference segments imported), a surgeon overrides
the SMV angle and records a tear-drop deformity, and A exports. Hôpital B imports: it finds
A's assessment in A's layer with the same values, the hash of what arrived verifies, the
author is A's surgeon, the run names B's copies of A's segments, and B's own history and
numbering stay empty. A second package carries a newer version whose override reason names
the patient: the name does not leave A, the version joins the same layer (same run), and the
content hash of what arrived still verifies. Importing again adds nothing; a failed import
leaves nothing of the assessment behind.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pydicom
import pytest
from record_sites import (
    SENDER,
    Site,
    code_items,
    export_from,
    install_reference_demo,
    open_hospital,
    package_entries,
    trusted,
)
from sqlalchemy import func, select

from casereview.dicom.own_codes import CODING_SCHEME, OWN_CODE_MEANINGS
from casereview.domain.packages import ExportReport, PackageError
from casereview.domain.resectability import VesselKind
from casereview.domain.resectability_findings import FindingKind
from casereview.domain.resectability_record import AssessmentVersion
from casereview.domain.users import Role, User
from casereview.services import resectability_record as record
from casereview.services.exchange import import_package, importing, verify_package
from casereview.services.exchange.providers import ReceivedPackage, read_image_uids
from casereview.services.exchange.resectability_provider import (
    DOCUMENT_NAME,
    ResectabilityLayerImporter,
)
from casereview.services.layers import layer_of
from casereview.services.resectability import assess_case
from casereview.services.resectability_layers import (
    latest_received_assessments,
    received_assessments,
)
from casereview.services.resectability_record import assessment_sha256
from casereview.services.segmentations import list_segments
from casereview.services.users import ensure_user
from casereview.store import models
from casereview.store.database import Database
from casereview.store.models_resectability import ContactRunRow, ResectabilityVersionRow
from casereview.store.repositories import UserRepository
from casereview.store.repositories_packages import ExchangeRepository, ImportAdditions
from casereview.store.repositories_resectability_layers import (
    AssessmentOrigin,
    ReceivedRun,
    ReceivedVersion,
    ResectabilityLayerRepository,
)
from support import require_tool

pytestmark = pytest.mark.slow  # two hospitals, two exports and three imports: about a minute

SURGEON = "王医生"


@dataclass
class World:
    a: Site
    b: Site
    a_case: int
    b_case: int
    first: AssessmentVersion
    second: AssessmentVersion
    first_package: Path
    second_package: Path
    first_report: ExportReport
    first_lines: list[str]
    second_lines: list[str]
    patient_word: str
    #: The first import of the second package failed on purpose (after its merge was
    #: written, before the package was recorded): the error and the row counts around it.
    failure: PackageError | None
    counts_before_failure: tuple[int, int]
    counts_after_failure: tuple[int, int]


def _disk_full(*_args: object, **_kwargs: object) -> None:
    raise RuntimeError("disk full")


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    root = tmp_path_factory.mktemp("resectability-package")
    a = open_hospital(root / "a", "a")
    ensure_user(a.db, User(0, "wang", SURGEON, Role.SURGEON))
    a_case = install_reference_demo(a, "a")
    record.save_assessment(a.db, assess_case(a.db, a_case), "a")
    record.override_angle(
        a.db, a_case, "smv", 230.0, "wang", reason="arc end moved onto the fat plane"
    )
    first = record.add_finding(
        a.db, a_case, "smv", FindingKind.TEAR_DROP, "wang", note="seen on three slices"
    )
    first_package = root / "a" / "out" / "first.zip"
    first_report = export_from(a, a_case, first_package)

    b = open_hospital(root / "b", "b")
    imported = import_package(b.db, first_package, "b", **b.dirs(), trusted=trusted(a))
    with b.db.reading() as session:
        b_case = session.scalars(select(models.Case.id)).one()

    with a.db.reading() as session:
        patient_name = session.scalars(select(models.Patient.patient_name)).one()
    # The patient's own name, as a user might type it into a reason.
    patient_word = str(patient_name).split("^")[-1]
    second = record.override_angle(
        a.db, a_case, "sma", 200.0, "wang", reason=f"{patient_word} moved; arc end corrected"
    )
    second_package = root / "a" / "out" / "second.zip"
    export_from(a, a_case, second_package)
    counts_before_failure = _counts(b.db)
    failure: PackageError | None = None
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(importing, "_record_import", _disk_full)
        try:
            import_package(b.db, second_package, "b", **b.dirs(), trusted=trusted(a))
        except PackageError as exc:
            failure = exc
    counts_after_failure = _counts(b.db)
    again = import_package(b.db, second_package, "b", **b.dirs(), trusted=trusted(a))
    yield World(
        a,
        b,
        a_case,
        b_case,
        first,
        second,
        first_package,
        second_package,
        first_report,
        list(imported.layers),
        list(again.layers),
        patient_word,
        failure,
        counts_before_failure,
        counts_after_failure,
    )
    a.db.close()
    b.db.close()


def _counts(db: Database) -> tuple[int, int]:
    with db.reading() as session:
        return (
            int(session.scalar(select(func.count()).select_from(ContactRunRow)) or 0),
            int(session.scalar(select(func.count()).select_from(ResectabilityVersionRow)) or 0),
        )


def test_the_package_carries_the_sr_and_the_document(world: World, tmp_path: Path) -> None:
    result = verify_package(
        world.first_package, staging_dir=tmp_path / "verify", trusted=trusted(world.a)
    )
    assert result.manifest is not None and not result.problems
    kinds = {f.path: f.kind for f in result.manifest.files}
    assert kinds[f"documents/{DOCUMENT_NAME}"] == "document"
    srs = [path for path, kind in kinds.items() if kind == "dicom-sr"]
    assert len(srs) == 1  # no annotations in this case: the SR is the assessment's
    entries = package_entries(world.first_package)
    document = json.loads(entries[f"documents/{DOCUMENT_NAME}"])
    assessment = document["assessment"]
    assert assessment["uid"] == world.first.uid
    assert assessment["content_sha256"] == world.first.content_sha256
    assert assessment["author"] == SURGEON
    # The cross-sections of the small demo travel (about 22 KB of JSON).
    assert assessment["run"]["contacts"]["vessels"]
    sr = pydicom.dcmread(pydicom.filebase.DicomBytesIO(entries[srs[0]]))
    assert sr.SOPInstanceUID == assessment["sr_sop_instance_uid"]
    # The SR's evidence is the exported series (its UIDs de-identified like the images').
    images = {
        str(
            pydicom.dcmread(
                pydicom.filebase.DicomBytesIO(data), stop_before_pixels=True
            ).SeriesInstanceUID
        )
        for path, data in entries.items()
        if kinds.get(path) == "dicom-image"
    }
    evidence = {
        s.SeriesInstanceUID
        for study in sr.CurrentRequestedProcedureEvidenceSequence
        for s in study.ReferencedSeriesSequence
    }
    assert evidence <= images and evidence
    assert assessment["run"]["series_instance_uid"] in evidence


def test_the_exported_sr_is_valid_after_de_identification(world: World, tmp_path: Path) -> None:
    require_tool("dciodvfy", "dicom3tools")
    require_tool("dsr2xml", "dcmtk")
    entries = package_entries(world.first_package)
    manifest = json.loads(entries["manifest.json"])
    (path,) = [f["path"] for f in manifest["files"] if f["kind"] == "dicom-sr"]
    sr_file = tmp_path / "sr.dcm"
    sr_file.write_bytes(entries[path])
    run = subprocess.run(["dciodvfy", str(sr_file)], capture_output=True, text=True, timeout=120)
    lines = (run.stdout + run.stderr).splitlines()
    assert not [line for line in lines if line.startswith("Error")], lines
    xml = subprocess.run(["dsr2xml", str(sr_file)], capture_output=True, text=True, timeout=120)
    assert xml.returncode == 0, xml.stderr[-500:]
    assert "CR-ANGLE" in xml.stdout
    # The de-identifier keeps the meanings of casereview's own concepts (free text in other
    # private codes is cleaned): every private concept arrives with its meaning whole.
    meanings = {
        str(item.CodeMeaning)
        for item in code_items(pydicom.dcmread(sr_file))
        if item.get("CodingSchemeDesignator") == CODING_SCHEME
    }
    assert meanings and meanings <= set(OWN_CODE_MEANINGS.values())
    assert "Suggested resectability category" in meanings and "Tear-drop deformity" in meanings


def test_the_partner_sees_the_assessment_in_the_senders_layer(world: World) -> None:
    b, first = world.b, world.first
    assert any(
        line.startswith(f"Resectability assessment from {SENDER}: 1 new")
        for line in world.first_lines
    ), world.first_lines
    received = received_assessments(b.db, world.b_case)
    assert [r.layer for r in received] == [SENDER, SENDER]
    got = received[0]
    assert got.origin_uid == first.uid and got.sender_number == first.number
    assert got.version.number == first.number  # the sender's number, in the sender's layer
    # The same values.
    assert got.version.inputs == first.inputs
    assert got.version.suggestion == first.suggestion
    assert got.version.criteria_id == first.criteria_id
    assert got.version.change == first.change
    smv = got.version.inputs.measurement(VesselKind.SMV)
    assert smv is not None and smv.override is not None and smv.override.angle_deg == 230.0
    assert smv.override.reason == "arc end moved onto the fat plane"
    assert [f.kind for f in got.version.inputs.findings] == [FindingKind.TEAR_DROP]
    # The hash verifies, and is the sender's: nothing was changed on the way.
    assert record.verify_version(got.version)
    assert got.identical_to_sender and got.version.content_sha256 == first.content_sha256
    # Credited to the sender's author, not to B's importing user.
    assert got.version.author == SURGEON
    assert got.version.run.author == "Dr Test"  # A's user "a"
    # The run names B's copies of A's segments.
    ours = {s.uuid: s for s in list_segments(b.db, world.b_case)}
    run_segments = {c.role: c.segment_uuid for c in got.version.run.segments}
    assert set(run_segments.values()) <= set(ours)
    assert set(layer_of(b.db, list(run_segments.values())).values()) == {SENDER}
    assert ours[run_segments["smv"]].name == "Superior mesenteric vein"
    # The cross-sections came with it.
    contacts = record.run_contacts(b.db, got.version)
    assert {v.vessel for v in contacts.vessels} >= {"sma", "smv"}
    # Our own history and numbering hold nothing of it.
    assert record.latest_assessment(b.db, world.b_case) is None
    assert record.assessment_history(b.db, world.b_case) == []


def test_a_name_typed_in_an_override_reason_does_not_leave(world: World) -> None:
    entries = package_entries(world.second_package)
    word = world.patient_word.encode()
    assert word
    leaks = [
        name for name, data in entries.items() if name.endswith((".json", ".dcm")) and word in data
    ]
    assert not leaks
    got = latest_received_assessments(world.b.db, world.b_case)[SENDER]
    assert got.origin_uid == world.second.uid
    sma = got.version.inputs.measurement(VesselKind.SMA)
    assert sma is not None and sma.override is not None
    assert world.patient_word not in sma.override.reason
    assert sma.override.reason == "[patient] moved; arc end corrected"
    assert sma.override.angle_deg == 200.0
    # What arrived is not what the sender hashed (a name was taken out), and says so; its own
    # hash verifies.
    assert not got.identical_to_sender and got.sender_sha256 == world.second.content_sha256
    assert record.verify_version(got.version)
    assert got.version.content_sha256 == assessment_sha256(
        got.version.criteria_id, got.version.inputs, got.version.suggestion
    )
    assert any("identity removal changed" in line for line in world.second_lines)
    # Both versions of A's assessment rest on the one run A measured.
    versions = received_assessments(world.b.db, world.b_case, SENDER)
    assert len({v.version.run.uid for v in versions}) == 1
    assert [v.version.number for v in versions] == [world.first.number, world.second.number]


def test_the_content_hash_is_the_one_our_versions_carry(world: World) -> None:
    """services.resectability_layers hashes as services.resectability_record does."""
    for version in record.assessment_history(world.a.db, world.a_case):
        assert assessment_sha256(version.criteria_id, version.inputs, version.suggestion) == (
            version.content_sha256
        )


def _merge_again(world: World, package: Path, tmp_path: Path) -> list[str]:
    folder = world.b.root / "imports" / "packages" / world.first_report.package_id / "files"
    result = verify_package(package, staging_dir=tmp_path / "verify", trusted=trusted(world.a))
    assert result.manifest is not None
    received = ReceivedPackage(result.manifest, folder, result, case_id=world.b_case)
    received.image_uids = read_image_uids(received.files_of_kind("dicom-image"))
    prepared = ResectabilityLayerImporter().prepare(world.b.db, received, "b")
    assert prepared is not None
    with world.b.db.writing() as session:
        return prepared.write(session, UserRepository(session).row_id("b"))


def test_importing_again_adds_nothing(world: World, tmp_path: Path) -> None:
    b = world.b
    before = _counts(b.db)
    again = import_package(b.db, world.first_package, "b", **b.dirs(), trusted=trusted(world.a))
    assert again.already_imported and _counts(b.db) == before
    # Merging the same description again, past the package check, adds nothing either.
    lines = _merge_again(world, world.first_package, tmp_path)
    assert any("0 new version(s), 1 already here" in line for line in lines), lines
    assert _counts(b.db) == before
    assert len(received_assessments(b.db, world.b_case)) == 2


def test_our_own_assessment_is_numbered_apart(world: World) -> None:
    b = world.b
    ours = record.save_assessment(b.db, assess_case(b.db, world.b_case), "b")
    assert ours.number == 1  # A's layer holds versions 3 and 4; ours starts at 1
    latest = record.latest_assessment(b.db, world.b_case)
    assert latest is not None and latest.uid == ours.uid
    assert len(received_assessments(b.db, world.b_case)) == 2


def test_a_failed_import_leaves_no_assessment_behind(world: World) -> None:
    assert world.failure is not None and "nothing of it was kept" in str(world.failure)
    assert world.counts_after_failure == world.counts_before_failure
    # Imported again, the package merges whole.
    assert any("1 new version(s)" in line for line in world.second_lines), world.second_lines
    assert _counts(world.b.db)[1] >= world.counts_before_failure[1] + 1


def test_rolling_back_an_unrecorded_import_removes_its_assessment(world: World) -> None:
    """What an import that was never recorded merged goes; what was there before stays."""
    b = world.b
    kept = received_assessments(b.db, world.b_case)
    template = kept[-1]
    with b.db.reading() as session:
        before = ExchangeRepository(session).rows_before()
    origin = AssessmentOrigin("Hôpital C", "package-never-recorded", "c-version", "Dr C")
    with b.db.writing() as session:
        user_id = UserRepository(session).row_id("b")
        repository = ResectabilityLayerRepository(session)
        run_id = repository.add_run(
            ReceivedRun(
                world.b_case,
                template.version.run.series_instance_uid,
                template.version.run.segments,
                (),
                json.dumps(record.run_contacts(b.db, template.version).to_json()),
                AssessmentOrigin("Hôpital C", "package-never-recorded", "c-run", "Dr C"),
            ),
            user_id,
        )
        repository.add_version(
            ReceivedVersion(
                world.b_case,
                template.version.criteria_id,
                template.version.inputs,
                template.version.suggestion,
                template.version.content_sha256,
                template.version.change,
                {},
                1,
                template.version.content_sha256,
                origin,
            ),
            run_id,
            user_id,
        )
    assert [r.layer for r in received_assessments(b.db, world.b_case)].count("Hôpital C") == 1
    with b.db.writing() as session:
        ExchangeRepository(session).remove_unrecorded_import(
            ImportAdditions("package-never-recorded", (), None), before
        )
    after = received_assessments(b.db, world.b_case)
    assert [r.origin_uid for r in after] == [r.origin_uid for r in kept]
