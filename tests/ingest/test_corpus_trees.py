"""Every file pydicom and pydicom-data ship, as a hand-over tree: nested folders, a zip, DICOMDIRs.

The import must not abort, every file must be imported or reported, and every imported series
must open (a volume or pictures) or say why. The figures are printed for the record.
"""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pydicom.data
import pytest

from casereview.errors import DicomReadError
from casereview.services.indexing import import_paths
from casereview.services.volumes import examine_indexed_series, load_series_volume
from casereview.store.database import Database
from support import import_dirs


def _library_folders() -> list[Path]:
    import data_store  # the pydicom-data package's module

    return [Path(pydicom.data.__file__).parent, Path(data_store.__file__).parent / "data"]


def _build_tree(root: Path) -> int:
    """Copy the library files into nested folders, the pydicom-data ones zipped; count files."""
    pydicom_files, data_files = _library_folders()
    shutil.copytree(pydicom_files, root / "hospital" / "pacs export" / "pydicom")
    archive = root / "hospital" / "partner.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as handle:
        for path in sorted(data_files.rglob("*")):
            if path.is_file():
                handle.write(path, "nested/" + path.relative_to(data_files).as_posix())
    return sum(1 for p in root.rglob("*") if p.is_file())


@pytest.mark.slow
def test_library_corpus_tree_imports_and_every_series_opens_or_says_why(
    db: Database, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    _build_tree(tmp_path / "tree")
    report = import_paths(db, [tmp_path / "tree"], "tester", workers=2, **import_dirs(tmp_path))

    assert report.imported > 0
    assert all(problem.reason for problem in report.problems)
    opened = {"volume": 0, "pictures": 0, "explained": 0}
    for series_id in sorted(report.series_ids):
        examination = examine_indexed_series(db, series_id)
        try:
            load_series_volume(db, series_id)
        except DicomReadError as error:
            assert error.message
            opened["pictures" if examination.images else "explained"] += 1
            continue
        opened["volume"] += 1
    assert sum(opened.values()) == len(report.series_ids)
    with capfd.disabled():  # the figures, for the record
        print(
            f"corpus: {report.files_seen} files, {report.imported} imported, "
            f"{len(report.problems)} problems, {len(report.conflicts)} quarantined, "
            f"{report.duplicates} duplicates, {len(report.series_ids)} series: {opened}"
        )
