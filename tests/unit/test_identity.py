"""Patient identity: images never join another person's row; flags, merge, split and undo."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pydicom
import pytest
from pydicom.dataset import FileMetaDataset
from pydicom.uid import CTImageStorage, ExplicitVRLittleEndian, generate_uid
from tests.support import import_dirs

from casereview.app import cli
from casereview.app.context import bootstrap
from casereview.domain.audit import AuditAction
from casereview.domain.cases import CaseDraft
from casereview.domain.identity import (
    FlagKind,
    FlagReason,
    FlagStatus,
    Identity,
    birth_dates_agree,
    names_agree,
    possibly_same_patient,
    same_patient,
)
from casereview.errors import ValidationError
from casereview.services import cases as case_service
from casereview.services import identity as identity_service
from casereview.services.audit import latest_events
from casereview.services.indexing import import_paths
from casereview.store.database import Database
from casereview.store.models import Patient, Study


def _write(
    folder: Path,
    *,
    patient_id: str,
    name: str,
    birth_date: str = "",
    issuer: str = "",
    study_uid: str | None = None,
    images: int = 1,
) -> str:
    """Write ``images`` CT headers of one study with the given identity; returns the study UID."""
    study_uid = study_uid or generate_uid()
    series_uid = generate_uid()
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(1, images + 1):
        meta = FileMetaDataset()
        meta.MediaStorageSOPClassUID = CTImageStorage
        meta.MediaStorageSOPInstanceUID = generate_uid()
        meta.TransferSyntaxUID = ExplicitVRLittleEndian
        ds = pydicom.Dataset()
        ds.file_meta = meta
        ds.SpecificCharacterSet = "ISO_IR 192"
        ds.PatientName = name
        ds.PatientID = patient_id
        if issuer:
            ds.IssuerOfPatientID = issuer
        ds.PatientBirthDate = birth_date
        ds.StudyInstanceUID = study_uid
        ds.SeriesInstanceUID = series_uid
        ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
        ds.SOPClassUID = CTImageStorage
        ds.Modality = "CT"
        ds.SeriesNumber = 1
        ds.InstanceNumber = number
        ds.save_as(folder / f"{meta.MediaStorageSOPInstanceUID}.dcm", enforce_file_format=True)
    return study_uid


def _import(db: Database, folder: Path, root: Path) -> None:
    report = import_paths(db, [folder], "tester", workers=1, **import_dirs(root))
    assert not report.problems and not report.conflicts


def _patients(db: Database) -> list[tuple[int, str, str]]:
    with db.reading() as session:
        rows = session.query(Patient).order_by(Patient.id).all()
        return [(row.id, row.patient_id, row.patient_name) for row in rows]


def _studies_of(db: Database, patient_pk: int) -> list[int]:
    with db.reading() as session:
        return [s.id for s in session.query(Study).filter(Study.patient_id == patient_pk).all()]


# -- the rules ---------------------------------------------------------------------------------


def test_names_compare_by_component_group_case_and_spacing() -> None:
    assert names_agree("Wang^Li=王^丽", "WANG^LI")
    assert names_agree("Wang^Li=王^丽", "=王^丽")
    assert names_agree(" wang ^ li ", "WANG^LI^^^")
    assert names_agree("Wang^Li=王^丽", "wang^li=王^丽")
    assert not names_agree("Wang^Li=王^丽", "Wang^Li=王^力")  # same letters, other person
    assert not names_agree("Wang^Li", "Wang^Lei")
    assert not names_agree("Wang^Li", "")  # nothing shows they are one person
    assert names_agree("", "")
    assert not names_agree("Smith^John^A", "Smith^John^B")
    assert names_agree("Smith^John^A", "Smith^John")


def test_patient_id_alone_never_decides() -> None:
    wang = Identity("P1", "HOSP", "Wang^Li=王^丽", "19700101")
    assert same_patient(Identity(" p1 ", "hosp", "WANG^LI", "19700101"), wang)
    assert same_patient(Identity("P1", "HOSP", "Wang^Li", ""), wang)  # missing birth date
    assert not same_patient(Identity("P1", "HOSP", "Zhang^Wei", "19700101"), wang)
    assert not same_patient(Identity("P1", "HOSP", "Wang^Li", "19800101"), wang)
    assert not same_patient(Identity("P1", "OTHER", "Wang^Li", "19700101"), wang)
    assert not same_patient(
        Identity("", "", "Wang^Li", "19700101"), Identity(*("", "", "Wang^Li", "19700101"))
    )
    assert not same_patient(Identity("P2", "HOSP", "Wang^Li", "19700101"), wang)
    assert birth_dates_agree("1970-01-01", "19700101")
    assert possibly_same_patient(Identity("", "", "Wang^Li", "19700101"), wang)
    assert not possibly_same_patient(Identity("P2", "HOSP", "Wang^Li", "19700101"), wang)
    assert possibly_same_patient(Identity("X9", "OTHER", "wang^li", "19700101"), wang)


# -- importing -----------------------------------------------------------------------------


def test_same_id_and_consistent_identity_join_one_patient(db: Database, tmp_path: Path) -> None:
    _write(tmp_path / "a", patient_id="P1", name="Wang^Li=王^丽", birth_date="19700101", images=2)
    _write(tmp_path / "a", patient_id=" p1", name="WANG^LI", birth_date="")
    _import(db, tmp_path / "a", tmp_path)
    assert len(_patients(db)) == 1
    assert identity_service.list_flags(db) == []


def test_empty_shared_and_colliding_ids_stay_apart_and_are_flagged(
    db: Database, tmp_path: Path
) -> None:
    _write(tmp_path / "in", patient_id="P1", name="Wang^Li", birth_date="19700101")
    _write(tmp_path / "in", patient_id="P1", name="Zhang^Wei", birth_date="19550505")  # colliding
    _write(tmp_path / "in", patient_id="", name="Wang^Li", birth_date="19700101")  # empty ID
    _write(tmp_path / "in", patient_id="", name="Anonymous", birth_date="", images=2)
    _write(tmp_path / "in", patient_id="", name="Anonymous", birth_date="")  # another empty ID
    _import(db, tmp_path / "in", tmp_path)

    rows = _patients(db)
    assert len(rows) == 5  # nothing joined on an empty or colliding ID
    by_name: dict[str, list[int]] = {}
    for pk, _, name in rows:
        by_name.setdefault(name, []).append(pk)
    flags = identity_service.list_flags(db)
    pairs = {(f.reason, frozenset((f.patient_pk, f.other_patient_pk))): f.kind for f in flags}
    wang_with_id = [pk for pk, pid, name in rows if name == "Wang^Li" and pid == "P1"][0]
    wang_without = [pk for pk, pid, name in rows if name == "Wang^Li" and pid == ""][0]
    zhang = by_name["Zhang^Wei"][0]
    assert (
        pairs[(FlagReason.PATIENT_ID_SHARED, frozenset((wang_with_id, zhang)))]
        is FlagKind.IDENTITY_CONFLICT
    )
    assert (
        pairs[(FlagReason.SAME_NAME_AND_BIRTH_DATE, frozenset((wang_with_id, wang_without)))]
        is FlagKind.POSSIBLE_SAME_PATIENT
    )
    assert (
        pairs[(FlagReason.SAME_NAME_AND_BIRTH_DATE, frozenset(by_name["Anonymous"]))]
        is FlagKind.POSSIBLE_SAME_PATIENT
    )
    assert len(flags) == 3

    # Importing the same files again adds no rows and no flags.
    _write(tmp_path / "again", patient_id="P1", name="Zhang^Wei", birth_date="19550505")
    _import(db, tmp_path / "again", tmp_path)
    assert len(_patients(db)) == 5 and len(identity_service.list_flags(db)) == 3


def test_study_uid_reused_for_another_patient_is_flagged_not_joined(
    db: Database, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    shared = generate_uid()
    _write(
        tmp_path / "first",
        patient_id="A-1",
        name="Li^Na",
        birth_date="19800101",
        study_uid=shared,
        images=2,
    )
    _import(db, tmp_path / "first", tmp_path)
    caplog.set_level(logging.DEBUG, logger="casereview")
    _write(
        tmp_path / "second",
        patient_id="B-7",
        name="Chen^Jie",
        birth_date="19900909",
        study_uid=shared,
    )
    _import(db, tmp_path / "second", tmp_path)

    rows = _patients(db)
    assert len(rows) == 2
    first, second = rows[0][0], rows[1][0]
    assert len(_studies_of(db, first)) == 1 and len(_studies_of(db, second)) == 1
    [flag] = identity_service.list_flags(db)
    assert flag.reason is FlagReason.STUDY_UID_SHARED and flag.kind is FlagKind.IDENTITY_CONFLICT
    assert {flag.patient_pk, flag.other_patient_pk} == {first, second}
    for secret in ("Chen", "B-7", "19900909", "Li^Na"):
        assert secret not in caplog.text


# -- merge, split, undo --------------------------------------------------------------------


def _two_flagged_patients(db: Database, tmp_path: Path) -> tuple[int, int, int]:
    _write(tmp_path / "in", patient_id="P1", name="Wang^Li", birth_date="19700101")
    _write(tmp_path / "in", patient_id="", name="Wang^Li", birth_date="19700101")
    _import(db, tmp_path / "in", tmp_path)
    [flag] = identity_service.list_flags(db)
    return flag.id, flag.patient_pk, flag.other_patient_pk


def test_merge_moves_studies_and_cases_and_undo_restores_them(db: Database, tmp_path: Path) -> None:
    flag_id, keep, away = _two_flagged_patients(db, tmp_path)
    case = case_service.create_case(
        db, CaseDraft(away, "Liver lesion", study_ids=tuple(_studies_of(db, away))), "tester"
    )
    change = identity_service.merge_patients(db, away, keep, "tester")
    assert len(_studies_of(db, keep)) == 2 and _studies_of(db, away) == []
    assert case_service.get_case(db, case.id).patient_id == keep
    assert identity_service.list_flags(db) == []
    assert identity_service.list_flags(db, open_only=False)[0].status is FlagStatus.MERGED
    with pytest.raises(ValidationError):
        identity_service.merge_patients(db, away, keep, "tester")

    identity_service.undo_change(db, change.id, "tester")
    assert len(_studies_of(db, keep)) == 1 and len(_studies_of(db, away)) == 1
    assert case_service.get_case(db, case.id).patient_id == away
    assert [f.id for f in identity_service.list_flags(db)] == [flag_id]
    with pytest.raises(ValidationError, match="undone already"):
        identity_service.undo_change(db, change.id, "tester")
    actions = [e.action for e in latest_events(db, 10)]
    assert AuditAction.PATIENT_MERGED in actions and AuditAction.PATIENT_MERGE_UNDONE in actions


def test_split_moves_chosen_studies_to_a_new_patient_and_undo_joins_them_again(
    db: Database, tmp_path: Path
) -> None:
    _write(tmp_path / "in", patient_id="P1", name="Wang^Li", birth_date="19700101")
    _write(tmp_path / "in", patient_id="P1", name="Wang^Li", birth_date="19700101")
    _import(db, tmp_path / "in", tmp_path)
    [(patient, _, _)] = _patients(db)
    first, second = _studies_of(db, patient)
    with pytest.raises(ValidationError, match="must stay"):
        identity_service.split_patient(db, patient, [first, second], "tester")
    change = identity_service.split_patient(db, patient, [second], "tester")
    assert _studies_of(db, patient) == [first]
    assert _studies_of(db, change.target_patient_pk) == [second]
    identity_service.undo_change(db, change.id, "tester")
    assert sorted(_studies_of(db, patient)) == [first, second]
    assert _studies_of(db, change.target_patient_pk) == []
    actions = [e.action for e in latest_events(db, 10)]
    assert AuditAction.PATIENT_SPLIT in actions and AuditAction.PATIENT_SPLIT_UNDONE in actions


def test_keep_apart_is_recorded_and_can_be_taken_back(db: Database, tmp_path: Path) -> None:
    flag_id, _, _ = _two_flagged_patients(db, tmp_path)
    identity_service.keep_apart(db, flag_id, "tester")
    assert identity_service.list_flags(db) == []
    with pytest.raises(ValidationError):
        identity_service.keep_apart(db, flag_id, "tester")
    identity_service.reopen_flag(db, flag_id, "tester")
    assert [f.id for f in identity_service.list_flags(db)] == [flag_id]


def test_cli_merge_unmerge_split_undo(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    ctx = bootstrap()
    _write(tmp_path / "in", patient_id="P1", name="Wang^Li", birth_date="19700101")
    _write(tmp_path / "in", patient_id="", name="Wang^Li", birth_date="19700101")
    _write(tmp_path / "in", patient_id="P1", name="Wang^Li", birth_date="19700101")
    import_paths(ctx.db, [tmp_path / "in"], ctx.user.username, workers=1, **import_dirs(tmp_path))
    ctx.close()

    assert cli.main(["patient", "flags", "--json"]) == 0
    [flag] = json.loads(capsys.readouterr().out)
    # Which row the flag names first depends on the order files were indexed: choose by ID.
    [away] = [p["id"] for p in flag["patients"] if p["patient_id"] == ""]
    [keep] = [p["id"] for p in flag["patients"] if p["patient_id"] == "P1"]
    assert cli.main(["patient", "merge", str(away), str(keep), "--json"]) == 0
    merge = json.loads(capsys.readouterr().out)
    assert len(merge["studies"]) == 1
    assert cli.main(["patient", "flags", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert cli.main(["patient", "unmerge", str(merge["change"])]) == 0
    assert "undone" in capsys.readouterr().out
    assert cli.main(["patient", "flags", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1

    assert cli.main(["studies", "--json"]) == 0
    listing = json.loads(capsys.readouterr().out)
    with_id = [p for p in listing if p["patient_id"] == "P1"][0]
    assert len(with_id["studies"]) == 2
    moved = with_id["studies"][0]["study_instance_uid"]
    assert cli.main(["patient", "split", str(keep), "--study", moved, "--json"]) == 0
    split = json.loads(capsys.readouterr().out)
    assert split["kind"] == "split" and split["from_patient"] == keep
    assert cli.main(["patient", "undo", str(split["change"]), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["undone"] is True
    assert cli.main(["patient", "changes", "--json"]) == 0
    assert [c["undone"] for c in json.loads(capsys.readouterr().out)] == [True, True]
