"""Fill a schema-0001 database with the first release's code (commit c0d4433).

That release had no importer: its index was written through ``IndexRepository`` from headers a
caller read, so this script reads the headers with pydicom and hands them to the release's own
repositories, users service and audit trail.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import era
import pydicom

from casereview.domain.audit import AuditAction
from casereview.domain.index import InstanceRecord
from casereview.domain.users import Role, User
from casereview.services.users import ensure_user
from casereview.store.repositories import AuditRepository, IndexRepository


def main() -> None:
    """Create the database at 0001 and fill it."""
    args = era.arguments()
    db = era.create_at(args.data, args.revision)
    try:
        local = ensure_user(db, User(0, "local", "本地用户 Local user", Role.SURGEON))
        ensure_user(
            db,
            User(0, "li.na", "李娜 Li Na", Role.RADIOLOGIST, "腹部影像", "浙江大学附属医院"),
        )
        with db.writing() as session:
            index = IndexRepository(session)
            audit = AuditRepository(session)
            for path in sorted(Path(args.incoming).iterdir()):
                ds = pydicom.dcmread(path, stop_before_pixels=True)
                patient_pk, created = index.upsert_patient(
                    ds.PatientID,
                    issuer_of_patient_id=ds.IssuerOfPatientID,
                    patient_name=str(ds.PatientName),
                    birth_date=ds.PatientBirthDate,
                    sex=ds.PatientSex,
                )
                if created:
                    audit.append(AuditAction.PATIENT_INDEXED, "patient", patient_pk, local.id)
                study_pk = index.upsert_study(
                    patient_pk,
                    ds.StudyInstanceUID,
                    study_date=ds.StudyDate,
                    study_time=ds.StudyTime,
                    accession_number=ds.AccessionNumber,
                    description=ds.StudyDescription,
                )
                series_pk = index.upsert_series(
                    study_pk,
                    ds.SeriesInstanceUID,
                    modality=ds.Modality,
                    series_number=int(ds.SeriesNumber),
                    description=ds.SeriesDescription,
                    frame_of_reference_uid=ds.FrameOfReferenceUID,
                )
                stat = path.stat()
                index.add_instance(
                    series_pk,
                    InstanceRecord(
                        sop_instance_uid=ds.SOPInstanceUID,
                        sop_class_uid=ds.SOPClassUID,
                        transfer_syntax_uid=ds.file_meta.TransferSyntaxUID,
                        file_path=str(path.resolve()),
                        file_size=stat.st_size,
                        file_mtime_ns=stat.st_mtime_ns,
                        sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
                        instance_number=int(ds.InstanceNumber),
                    ),
                )
    finally:
        db.close()


if __name__ == "__main__":
    main()
