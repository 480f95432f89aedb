"""Importing DICOM files into the index (the ingest issue extends this)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pydicom.data import get_testdata_file
from pydicom.uid import generate_uid

from casereview.dicom.staging_folders import MARKERS
from casereview.domain.progress import CancelToken
from casereview.errors import OperationCancelled
from casereview.services.index import list_patients
from casereview.services.indexing import import_paths
from casereview.store.database import Database
from support import import_dirs as dirs
from support import write_ct_file


def test_import_folder_with_junk_reports_problems_and_keeps_going(
    db: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "cd"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(get_testdata_file("CT_small.dcm"), folder / "sub" / "IM0001")
    shutil.copy(get_testdata_file("MR_small.dcm"), folder / "IM0002")
    (folder / "README.TXT").write_text("not dicom")
    (folder / "empty.dcm").write_bytes(b"")
    original = Path(get_testdata_file("CT_small.dcm")).read_bytes()
    (folder / "truncated.dcm").write_bytes(original[:200])

    report = import_paths(db, [folder], "tester", **dirs(tmp_path))
    assert report.files_seen == 5
    assert report.imported == 2
    reasons = {Path(p.path).name: p.reason for p in report.problems}
    assert reasons["README.TXT"] == "not a DICOM file"
    assert reasons["empty.dcm"] == "empty file"
    assert "truncated" in reasons["truncated.dcm"] or "without" in reasons["truncated.dcm"]
    patients = list_patients(db)
    assert sorted(p.patient_name for p in patients) == [
        "CompressedSamples^CT1",
        "CompressedSamples^MR1",
    ]

    again = import_paths(db, [folder], "tester", **dirs(tmp_path))
    assert again.imported == 0 and again.unchanged == 2


def test_duplicates_and_conflicts_leave_the_stored_file_alone(db: Database, tmp_path: Path) -> None:
    uid = generate_uid()
    write_ct_file(tmp_path / "a" / "1.dcm", name="A^B", charset="ISO_IR 100", sop_uid=uid)
    assert import_paths(db, [tmp_path / "a"], "tester", **dirs(tmp_path)).imported == 1
    shutil.copy(tmp_path / "a" / "1.dcm", tmp_path / "copy.dcm")
    assert import_paths(db, [tmp_path / "copy.dcm"], "tester", **dirs(tmp_path)).duplicates == 1
    write_ct_file(tmp_path / "other.dcm", name="C^D", charset="ISO_IR 100", sop_uid=uid)
    report = import_paths(db, [tmp_path / "other.dcm"], "tester", **dirs(tmp_path))
    assert len(report.conflicts) == 1 and "kept" in report.conflicts[0].reason
    assert [p.patient_name for p in list_patients(db)] == ["A^B"]


@pytest.mark.parametrize(
    ("charset", "name"),
    [("GB18030", "王^小明"), ("ISO_IR 192", "Müller^Zoë"), ("ISO_IR 100", "Lévêque^Anaïs")],
)
def test_patient_names_in_other_character_sets(
    db: Database, tmp_path: Path, charset: str, name: str
) -> None:
    write_ct_file(tmp_path / "x.dcm", name=name, charset=charset)
    import_paths(db, [tmp_path / "x.dcm"], "tester", **dirs(tmp_path))
    assert [p.patient_name for p in list_patients(db)] == [name]


def test_import_can_be_cancelled_and_keeps_finished_batches(db: Database, tmp_path: Path) -> None:
    for number in range(5):
        write_ct_file(tmp_path / "in" / f"{number}.dcm", name="A^B", charset="ISO_IR 100")
    token = CancelToken()

    def progress(done: int, total: int, message: str = "") -> None:
        if done == 3:
            token.cancel()

    with pytest.raises(OperationCancelled):
        import_paths(
            db, [tmp_path / "in"], "tester", progress=progress, cancel=token, **dirs(tmp_path)
        )


def test_unpacked_files_that_are_not_indexed_are_removed(db: Database, tmp_path: Path) -> None:
    import zipfile

    write_ct_file(tmp_path / "src" / "a.dcm", name="A^B", charset="ISO_IR 100")
    archive = tmp_path / "mail.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(tmp_path / "src" / "a.dcm", "DICOM/IM1")
        zf.write(tmp_path / "src" / "a.dcm", "DICOM/COPY_OF_IM1")
        zf.writestr("README.TXT", "sent by the partner hospital")
    folders = dirs(tmp_path)
    report = import_paths(db, [archive], "tester", **folders)
    assert report.imported == 1 and report.duplicates == 1 and len(report.problems) == 1
    # The staging folder's bookkeeping marker (who owns it) is not unpacked content.
    staged = [p for p in folders["staging_dir"].rglob("*") if p.is_file() and p.name not in MARKERS]
    assert len(staged) == 1 and staged[0].read_bytes() == (tmp_path / "src" / "a.dcm").read_bytes()
    with db.reading() as session:
        from casereview.store.repositories import IndexRepository

        assert [r.file_path for r in IndexRepository(session).instances()] == [str(staged[0])]
    assert archive.exists()  # the user's archive is never touched
