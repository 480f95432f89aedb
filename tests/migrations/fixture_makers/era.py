"""Helpers the era scripts share; they run on an old casereview's code.

Only names every release since the first one has are used here: ``create_database_engine``,
``migrate.upgrade``, ``migrate.script_directory``, ``Database``, ``SchemaOutcome``,
``AuditRepository.append``, ``app.context.bootstrap`` (from 0002 on), users, cases and
``import_paths``. Where a release's signature changed, the script asks the function what it
takes instead of assuming.
"""

from __future__ import annotations

import argparse
import inspect
from dataclasses import dataclass, replace
from pathlib import Path

from casereview.domain.audit import AuditAction
from casereview.domain.users import Role, User
from casereview.services.users import ensure_user
from casereview.store.database import Database
from casereview.store.engine import create_database_engine
from casereview.store.migrate import SchemaOutcome, script_directory, upgrade
from casereview.store.repositories import AuditRepository
from casereview.store.settings_file import load_settings, save_settings

LOCAL = "local"
COLLEAGUE = "li.na"


def arguments() -> argparse.Namespace:
    """The arguments ``make_fixtures.py`` passes to every era script."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--revision", required=True)
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--incoming", type=Path, required=True)
    parser.add_argument("--scratch", type=Path, required=True)
    return parser.parse_args()


def database_url(data: Path) -> str:
    """The SQLite URL of the data directory's database."""
    return f"sqlite+pysqlite:///{data / 'casereview.sqlite'}"


def create_at(data: Path, revision: str) -> Database:
    """Create the database with this release's own migrations, stopped at ``revision``.

    Used where the release's head is newer than the revision wanted (its ``open_database``
    would upgrade to its head). The creation is audited as the release's ``open_database``
    audits it.
    """
    data.mkdir(parents=True, exist_ok=True)
    url = database_url(data)
    engine = create_database_engine(url)
    upgrade(engine, revision)
    db = Database(engine, url, SchemaOutcome("created", None, revision))
    with db.writing() as session:
        AuditRepository(session).append(
            AuditAction.DATABASE_CREATED, "database", revision, None, {"from": None}
        )
    return db


@dataclass
class Workstation:
    """An open database of one release with its users and data folders."""

    db: Database
    imports: Path
    quarantine: Path
    data: Path

    def close(self) -> None:
        """Close the database."""
        self.db.close()


def start(args: argparse.Namespace, institution: str = "浙江第一医院 Hospital A") -> Workstation:
    """Start the release as a user would, or at the wanted revision when that is not its head.

    Names the institution in the settings (packages carry it; the partner's layer is named by
    it), creates the local user (a surgeon, as the first start does) and a radiologist
    colleague with a Chinese name.
    """
    head = script_directory().get_current_head()
    if head == args.revision:
        from casereview.app.context import bootstrap

        context = bootstrap(args.data)
        db = context.db
        imports, quarantine = context.paths.imports, context.paths.quarantine
        settings = load_settings(context.paths.settings)
        save_settings(context.paths.settings, replace(settings, institution_name=institution))
    else:
        db = create_at(args.data, args.revision)
        imports, quarantine = args.data / "imports", args.data / "quarantine"
        imports.mkdir(parents=True, exist_ok=True)
    ensure_user(db, User(0, LOCAL, "本地用户 Local user", Role.SURGEON))
    ensure_user(
        db, User(0, COLLEAGUE, "李娜 Li Na", Role.RADIOLOGIST, "腹部影像", "浙江大学附属医院")
    )
    return Workstation(db, imports, quarantine, args.data)


def import_images(station: Workstation, incoming: Path) -> None:
    """Index the incoming folder with the release's importer."""
    from casereview.services.indexing import import_paths

    accepted = inspect.signature(import_paths).parameters
    options: dict[str, object] = {}
    if "staging_dir" in accepted:
        options["staging_dir"] = station.imports
    if "quarantine_dir" in accepted:
        options["quarantine_dir"] = station.quarantine
    if "workers" in accepted:
        options["workers"] = 1
    report = import_paths(station.db, [incoming], LOCAL, **options)
    indexed = getattr(report, "indexed", None)
    if indexed is not None and indexed != 5:
        raise RuntimeError(f"the importer indexed {indexed} of 5 files")


def make_case(station: Workstation) -> int:
    """Create the case of the patient's abdominal study, edit it and return its id."""
    from sqlalchemy import select

    from casereview.domain.cases import CaseDraft, CaseStatus
    from casereview.services.cases import create_case, update_case
    from casereview.store.models import Patient, Series, Study

    with station.db.reading() as session:
        patient_id = session.scalars(select(Patient.id).order_by(Patient.id)).first()
        study_id = session.scalars(
            select(Study.id).where(Study.accession_number == "ACC-MIG-7")
        ).one()
        series_ids = tuple(
            session.scalars(
                select(Series.id).where(Series.study_id == study_id).order_by(Series.id)
            )
        )
    case = create_case(
        station.db,
        CaseDraft(
            patient_id=patient_id,
            title="胰头占位 Pancreatic head mass",
            clinical_question="是否可切除？ Resectable after neoadjuvant therapy?",
            study_ids=(study_id,),
            series_ids=series_ids,
            tags=("hpb", "胰腺"),
        ),
        LOCAL,
    )
    update_case(
        station.db,
        case.id,
        COLLEAGUE,
        clinical_question="是否可切除？门静脉受累 180°。 Resectable? SMV contact 180°.",
        status=CaseStatus.READY_FOR_MDT,
    )
    return case.id
