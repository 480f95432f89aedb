"""Fill a schema-0010 database with that release's code: everything 0009 holds plus identity.

The importer of 0010 keeps the study whose Patient ID comes with another name apart and flags
it; the colleague then decides the flag (keep apart) and a merge is made and undone, so both
identity tables hold rows.
"""

from __future__ import annotations

import era
import fill_features

from casereview.services.identity import keep_apart, list_flags, merge_patients, undo_change


def identity(station: era.Workstation) -> None:
    """Decide the importer's identity flag and record a merge that is undone."""
    flags = list_flags(station.db)
    if not flags:
        raise RuntimeError("the importer flagged no identity conflict")
    flag = flags[0]
    change = merge_patients(station.db, flag.other_patient_pk, flag.patient_pk, era.COLLEAGUE)
    undo_change(station.db, change.id, era.COLLEAGUE)
    keep_apart(station.db, flag.id, era.COLLEAGUE)


def main() -> None:
    """Fill as the 0009 release does, then decide the identity flag."""
    fill_features.main()
    args = era.arguments()
    from casereview.store.database import open_database

    db = open_database(era.database_url(args.data))
    try:
        identity(era.Workstation(db, args.data / "imports", args.data / "quarantine", args.data))
    finally:
        db.close()


if __name__ == "__main__":
    main()
