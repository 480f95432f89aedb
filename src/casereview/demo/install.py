"""Putting the demo case into a database: generate it, import it, open a case on it."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from casereview.demo import DemoCase, generate_demo
from casereview.dicom.scan import ScanProblem, scan_file
from casereview.domain.cases import Case, CaseDraft, CaseStatus
from casereview.domain.progress import CancelToken, ProgressReporter, no_progress
from casereview.errors import DicomReadError
from casereview.messages import Message
from casereview.services import cases as case_service
from casereview.services.index import owners_of_series, series_ids_for_uids
from casereview.services.indexing import ImportReport, import_paths
from casereview.store.database import Database

log = logging.getLogger(__name__)

DEMO_TAG = "demo"

_TITLES = {
    "resectable": "Demo: pancreatic head cancer, resectable",
    "borderline": "Demo: pancreatic head cancer, borderline resectable",
    "locally-advanced": "Demo: pancreatic head cancer, locally advanced",
    "tear-drop": "Demo: pancreatic head cancer, tear-drop SMV (borderline resectable)",
    "replaced-rha": "Demo: pancreatic head cancer, replaced right hepatic artery "
    "(borderline resectable)",
    "liver": "Demo: liver metastasis, right hepatectomy planning (synthetic)",
}

_QUESTION = (
    "Synthetic demo patient. Hypo-attenuating mass in the pancreatic head with a dilated common "
    "bile duct and pancreatic duct. What is the relation of the tumour to the SMV/portal vein "
    "and the SMA, and is upfront resection or neoadjuvant therapy recommended?"
)


_LIVER_QUESTION = (
    "Synthetic demo patient. Solitary colorectal liver metastasis of about 3 cm in segment 8, "
    "a few millimetres from the right hepatic vein. Is a right hepatectomy feasible: what "
    "are the margin and the future liver remnant (FLR, standardised FLR) against the "
    "threshold for this liver?"
)

_QUESTIONS = {"liver": _LIVER_QUESTION}


@dataclass(frozen=True, slots=True)
class InstalledDemo:
    """Outcome of :func:`install_demo`.

    Attributes
    ----------
    case
        The demo case in the database.
    created
        Whether the files were generated and imported now (``False``: it was already there).
    demo
        The generated files, when ``created``.
    import_report
        The import, when ``created``.
    """

    case: Case
    created: bool
    demo: DemoCase | None = None
    import_report: ImportReport | None = None


def demo_directory(root: Path, variant: str, small: bool) -> Path:
    """Folder of one demo variant under ``root`` (the data directory's ``demo`` folder)."""
    return root / (f"{variant}-small" if small else variant)


def _indexed_series_ids(db: Database, demo: DemoCase) -> tuple[int, ...]:
    # From the files rather than the import report: a re-run after an interrupted install
    # finds the series already indexed and imports nothing new.
    uids = []
    for path in [files[0] for files in demo.series.values()] + list(demo.seg_paths):
        scanned = scan_file(path)
        if isinstance(scanned, ScanProblem):
            raise DicomReadError(
                Message("The generated demo file {name} cannot be read.", name=path.name)
            )
        uids.append(scanned.series_instance_uid)
    found = series_ids_for_uids(db, uids)
    if len(found) != len(set(uids)):
        raise DicomReadError(
            Message("The generated demo series are not all in the index; see the log.")
        )
    return tuple(sorted(found.values()))


def find_demo_case(db: Database, variant: str) -> Case | None:
    """The most recent demo case of ``variant`` in the database, if any."""
    for case in case_service.list_cases(db):
        if DEMO_TAG in case.tags and variant in case.tags:
            return case
    return None


def install_demo(
    db: Database,
    out_dir: Path,
    actor: str,
    *,
    staging_dir: Path,
    quarantine_dir: Path,
    variant: str = "borderline",
    small: bool = False,
    phases: Sequence[str] = ("arterial", "portal-venous"),
    progress: ProgressReporter = no_progress,
    cancel: CancelToken | None = None,
) -> InstalledDemo:
    """Make sure the demo case of ``variant`` exists: generate, import and create it if not.

    Parameters
    ----------
    db
        Open case database.
    out_dir
        Folder the demo files are written to (see :func:`demo_directory` for the default).
    staging_dir, quarantine_dir
        The data directory's import folders (see ``services.indexing.import_paths``).
    actor
        User name that authors the case.
    variant
        ``"resectable"``, ``"borderline"``, ``"locally-advanced"``, ``"tear-drop"``,
        ``"replaced-rha"`` or ``"liver"`` (see :data:`casereview.demo.anatomy.DEMO_VARIANTS`);
        the liver variant's case also gets its SEG of the true Couinaud segments.
    small
        Generate the fast, low-resolution size.
    phases
        Contrast phases to write (``"non-contrast"``, ``"arterial"``, ``"portal-venous"``).
    progress, cancel
        Progress reporting and cancellation.

    Raises
    ------
    ConfigurationError
        If the variant is unknown.
    OperationCancelled
        If cancelled; partial files are removed, nothing half-made is left in the case list.
    """
    existing = find_demo_case(db, variant)
    if existing is not None:
        return InstalledDemo(case=existing, created=False)

    def generation_progress(done: int, total: int) -> None:
        progress(done, total, Message("Generating the synthetic CT"))

    demo = generate_demo(
        out_dir,
        variant=variant,
        small=small,
        phases=phases,
        progress=generation_progress,
        should_cancel=(lambda: cancel.cancelled) if cancel is not None else None,
    )
    dicom_paths = [path for files in demo.series.values() for path in files] + list(demo.seg_paths)
    report = import_paths(
        db,
        dicom_paths,
        actor,
        staging_dir=staging_dir,
        quarantine_dir=quarantine_dir,
        progress=progress,
        cancel=cancel,
    )
    if report.problems or report.conflicts:
        raise DicomReadError(
            Message(
                "{count} files of the generated demo could not be imported; see the log. "
                "The demo files are in {folder}",
                count=len(report.problems) + len(report.conflicts),
                folder=str(demo.out_dir),
            )
        )
    series_ids = _indexed_series_ids(db, demo)
    patients, studies = owners_of_series(db, series_ids)
    (patient_pk,) = patients  # the generator writes one patient
    case = case_service.create_case(
        db,
        CaseDraft(
            patient_id=patient_pk,
            title=_TITLES[variant],
            clinical_question=_QUESTIONS.get(variant, _QUESTION),
            study_ids=tuple(sorted(studies)),
            series_ids=series_ids,
            tags=(DEMO_TAG, variant),
        ),
        actor,
    )
    case = case_service.update_case(db, case.id, actor, status=CaseStatus.IN_PREPARATION)
    log.info("demo case #%d installed (%s, %d files)", case.id, variant, report.imported)
    return InstalledDemo(case=case, created=True, demo=demo, import_report=report)
