"""End to end: a realistic, messy hand-over imported in one go.

Nested folders, a DICOMDIR disc copied in lower case, a zip without extension (with a hostile
entry and a text file), junk files, a truncated DICOM file, an identical copy of an image and an
image that reuses another's SOP Instance UID with different content. Exactly three series.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path
from typing import Any

import pydicom
from sqlalchemy import select

from casereview.services.index import list_patients
from casereview.services.indexing import import_paths
from casereview.store import models
from casereview.store.database import Database

SERIES_A = "1.2.826.0.1.3680043.10.511.9.1"  # on the DICOMDIR disc
SERIES_B = "1.2.826.0.1.3680043.10.511.9.2"  # in nested folders
SERIES_C = "1.2.826.0.1.3680043.10.511.9.3"  # in the zip


def test_messy_handover_imports_exactly_three_series(
    kit: Any, db: Database, tmp_path: Path
) -> None:
    root = tmp_path / "handover"
    build = tmp_path / "build"

    disc_sources = [
        kit.make_ct(build / "a" / f"{i}.dcm", series_uid=SERIES_A, number=i) for i in range(1, 4)
    ]
    kit.make_dicomdir_media(root / "cd", disc_sources, lower_case=True)
    (root / "cd" / "autorun.inf").write_text("[autorun]\nopen=viewer.exe\n")

    deep = root / "nested" / "deep" / "er"
    b1 = kit.make_ct(deep / "b1.dcm", series_uid=SERIES_B, number=1)
    b2 = kit.make_ct(deep / "b2.dcm", series_uid=SERIES_B, number=2)
    b2_uid = str(pydicom.dcmread(b2).SOPInstanceUID)

    c_files = [
        kit.make_ct(build / "c" / f"c{i}.dcm", series_uid=SERIES_C, number=i) for i in range(1, 3)
    ]
    parcel = kit.write_zip(
        root / "parcel",
        [
            *((f"IMG/{path.name}", path.read_bytes()) for path in c_files),
            ("info.txt", b"Sent by the referring hospital"),
            ("../escape.dcm", c_files[0].read_bytes()),
        ],
    )

    (root / "notes.txt").write_text("MDT Tuesday")
    (root / "empty.dcm").write_bytes(b"")
    truncated = root / "broken" / "truncated.dcm"
    truncated.parent.mkdir()
    truncated.write_bytes(b1.read_bytes()[:200])
    # Walk order is sorted, so the originals (nested/) come before these (zz-*).
    copy = root / "zz-copies" / "b1-copy.dcm"
    copy.parent.mkdir()
    shutil.copy(b1, copy)
    conflict = kit.make_ct(
        root / "zz-conflict" / "b2-other.dcm",
        series_uid=SERIES_B,
        number=2,
        sop_uid=b2_uid,
        name="OTHER^CONTENT",
    )
    b2_before = b2.read_bytes()
    assert conflict.read_bytes() != b2_before

    staging = tmp_path / "data" / "imports"
    quarantine = tmp_path / "data" / "quarantine"
    report = import_paths(db, [root], "tester", staging_dir=staging, quarantine_dir=quarantine)

    # Exactly the three series, with every good image.
    (patient,) = list_patients(db)
    (study,) = patient.studies
    counts = {series.series_instance_uid: series.instance_count for series in study.series}
    assert counts == {SERIES_A: 3, SERIES_B: 2, SERIES_C: 2}
    assert report.imported == 7

    # The identical copy is counted once as a duplicate.
    assert report.duplicates == 1

    # The clashing file is quarantined; the indexed one is untouched.
    (clash,) = report.conflicts
    assert clash.path == str(conflict)
    quarantined = [path for path in quarantine.rglob("*") if path.is_file()]
    assert [path.read_bytes() for path in quarantined] == [conflict.read_bytes()]
    with db.reading() as session:
        stored_path, stored_sha = session.execute(
            select(models.Instance.file_path, models.Instance.sha256).where(
                models.Instance.sop_instance_uid == b2_uid
            )
        ).one()
        zip_paths = (
            session.execute(
                select(models.Instance.file_path)
                .join(models.Series)
                .where(models.Series.series_instance_uid == SERIES_C)
            )
            .scalars()
            .all()
        )
    assert stored_path == os.path.realpath(b2)
    assert b2.read_bytes() == b2_before
    assert stored_sha == hashlib.sha256(b2_before).hexdigest()

    # Files from the zip are indexed where they were staged, inside the imports folder.
    assert len(zip_paths) == 2
    assert all(Path(path).is_relative_to(os.path.realpath(staging)) for path in zip_paths)
    assert all(Path(path).exists() for path in zip_paths)

    # Every bad file is reported with a reason; the DICOMDIR itself is not one of them.
    reasons = {problem.path: problem.reason for problem in report.problems}
    assert all(reason for reason in reasons.values())
    for bad in (root / "notes.txt", root / "empty.dcm", truncated, root / "cd" / "autorun.inf"):
        assert str(bad) in reasons, bad
    assert f"{parcel} > ../escape.dcm" in reasons
    staged_text = [path for path in reasons if path.endswith(f"{os.sep}info.txt")]
    assert len(staged_text) == 1 and Path(staged_text[0]).is_relative_to(staging)
    assert not any(path.endswith("DICOMDIR") for path in reasons)
    assert len(report.problems) == 6
