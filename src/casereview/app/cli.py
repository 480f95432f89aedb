"""``casereview-cli``: everything that is not pure viewing, without a screen."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path
from collections.abc import Callable, Sequence
from typing import Any

from casereview import __version__
from casereview.app import cli_annotations, cli_exchange, cli_meetings
from casereview.app.context import AppContext, bootstrap
from casereview.app.cli_render import add_render_parser
from casereview.app.logging_setup import flush_logging
from casereview.demo import VARIANTS
from casereview.demo.install import demo_directory, install_demo
from casereview.domain.cases import CaseStatus
from casereview.domain.progress import RemainingTime, describe_seconds
from casereview.errors import CasereviewError, OperationCancelled
from casereview.services import cases as case_service
from casereview.services.info import describe
from casereview.services.index import list_patients
from casereview.services.indexing import import_paths
from casereview.services.integrity import check_store
from casereview.services.volumes import (
    examine_indexed_series,
    export_nifti,
    load_series_volume,
    series_id_for_uid,
)

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_PROBLEMS_FOUND = 3
EXIT_CANCELLED = 130


def _emit(args: argparse.Namespace, payload: Any, text: str) -> None:
    if args.json:
        print(json.dumps(payload, indent=2, ensure_ascii=False, default=str))
    else:
        print(text)


def cmd_info(ctx: AppContext, args: argparse.Namespace) -> int:
    """Print data directory, database URL, schema revision and row counts."""
    info = describe(ctx.db, ctx.paths.root, __version__)
    lines = [
        f"casereview      {info.version}",
        f"data directory  {info.data_dir}",
        f"database        {info.database_url}",
        f"schema          {info.schema_revision}",
        "counts          " + ", ".join(f"{name} {count}" for name, count in info.counts.items()),
    ]
    _emit(args, info.to_dict(), "\n".join(lines))
    return EXIT_OK


def cmd_check(ctx: AppContext, args: argparse.Namespace) -> int:
    """Check the database and every indexed file; exit 3 if anything is wrong."""
    report = check_store(ctx.db, verify_content=not args.quick, progress=_stderr_progress(args))
    payload = {
        "healthy": report.healthy,
        "database_problems": report.database_problems,
        "files_checked": report.files_checked,
        "missing": report.missing,
        "changed": report.changed,
    }
    lines = [
        f"database        {'ok' if not report.database_problems else 'PROBLEMS'}",
        *(f"  {problem}" for problem in report.database_problems),
        f"files checked   {report.files_checked}",
        f"missing files   {len(report.missing)}",
        *(f"  {path}" for path in report.missing),
        f"changed files   {len(report.changed)}",
        *(f"  {path}" for path in report.changed),
    ]
    _emit(args, payload, "\n".join(lines))
    return EXIT_OK if report.healthy else EXIT_PROBLEMS_FOUND


def cmd_studies(ctx: AppContext, args: argparse.Namespace) -> int:
    """List patients, studies and series with their UIDs and image counts."""
    patients = list_patients(ctx.db)
    payload = [
        {
            "patient_id": p.patient_id,
            "patient_name": p.patient_name,
            "birth_date": p.birth_date,
            "sex": p.sex,
            "studies": [
                {
                    "study_instance_uid": st.study_instance_uid,
                    "study_date": st.study_date,
                    "description": st.description,
                    "accession_number": st.accession_number,
                    "series": [
                        {
                            "series_instance_uid": se.series_instance_uid,
                            "series_number": se.series_number,
                            "modality": se.modality,
                            "description": se.description,
                            "images": se.instance_count,
                        }
                        for se in st.series
                    ],
                }
                for st in p.studies
            ],
        }
        for p in patients
    ]
    lines: list[str] = []
    for p in patients:
        lines.append(f"{p.patient_name or '(no name)'}  [{p.patient_id}]  {p.birth_date}")
        for st in p.studies:
            lines.append(f"  study {st.study_date}  {st.description}  {st.study_instance_uid}")
            for se in st.series:
                number = "" if se.series_number is None else f"{se.series_number}: "
                lines.append(
                    f"    {se.modality:<4} {number}{se.description}  ({se.instance_count} images)"
                    f"  {se.series_instance_uid}"
                )
    _emit(args, payload, "\n".join(lines) if lines else "The index is empty.")
    return EXIT_OK


def cmd_case_new(ctx: AppContext, args: argparse.Namespace) -> int:
    """Create a case from study and series UIDs."""
    case = case_service.create_case_from_uids(
        ctx.db,
        ctx.user.username,
        study_uids=args.study or [],
        series_uids=args.series or [],
        title=args.title or "",
        clinical_question=args.question or "",
        tags=args.tag or [],
    )
    payload = {
        "id": case.id,
        "uid": case.uid,
        "title": case.title,
        "status": case.status.value,
        "studies": len(case.study_ids),
        "series": len(case.series_ids),
    }
    _emit(args, payload, f"Case #{case.id} created: {case.title}")
    return EXIT_OK


def cmd_case_list(ctx: AppContext, args: argparse.Namespace) -> int:
    """List cases (title, status, tags; no patient identity)."""
    status = CaseStatus(args.status) if args.status else None
    cases = case_service.list_cases(ctx.db, status)
    payload = [
        {
            "id": c.id,
            "uid": c.uid,
            "title": c.title,
            "status": c.status.value,
            "tags": list(c.tags),
            "clinical_question": c.clinical_question,
            "studies": len(c.study_ids),
            "series": len(c.series_ids),
            "created_by": c.created_by,
            "updated_at": c.updated_at.isoformat(),
        }
        for c in cases
    ]
    if not cases:
        text = "No cases."
    else:
        text = "\n".join(
            f"#{c.id:<5} {c.status.value:<15} {c.title}"
            + (f"  [{', '.join(c.tags)}]" if c.tags else "")
            for c in cases
        )
    _emit(args, payload, text)
    return EXIT_OK


def cmd_import(ctx: AppContext, args: argparse.Namespace) -> int:
    """Index DICOM files and folders; unreadable files are listed with the reason."""
    report = import_paths(
        ctx.db,
        [Path(p) for p in args.paths],
        ctx.user.username,
        staging_dir=ctx.paths.imports,
        quarantine_dir=ctx.paths.quarantine,
        progress=_stderr_progress(args),
    )
    payload = {
        "files_seen": report.files_seen,
        "imported": report.imported,
        "unchanged": report.unchanged,
        "duplicates": report.duplicates,
        "conflicts": [{"path": p.path, "reason": p.reason} for p in report.conflicts],
        "problems": [{"path": p.path, "reason": p.reason} for p in report.problems],
    }
    lines = [
        f"files found     {report.files_seen}",
        f"imported        {report.imported}",
        f"unchanged       {report.unchanged}",
        f"duplicates      {report.duplicates}",
        f"not imported    {len(report.problems) + len(report.conflicts)}",
        *(f"  {p.path}: {p.reason}" for p in [*report.problems, *report.conflicts]),
    ]
    _emit(args, payload, "\n".join(lines))
    return EXIT_OK


def cmd_examine(ctx: AppContext, args: argparse.Namespace) -> int:
    """List the parts of a series that load as volumes, with their warnings."""
    examination = examine_indexed_series(ctx.db, series_id_for_uid(ctx.db, args.series_uid))
    payload = {
        "parts": [dict(part.as_dict(), part=n) for n, part in enumerate(examination.loadables)],
        "images": [str(p) for p in examination.images],
        "skipped": [{"path": str(p), "reason": reason} for p, reason in examination.skipped],
    }
    lines = []
    for n, part in enumerate(examination.loadables):
        lines.append(
            f"part {n}  {part.name}  ({len(part.frames)} images, confidence {part.confidence:.1f})"
        )
        lines.extend(f"  warning: {text}" for text in part.warnings)
    if not examination.loadables:
        lines.append("No part of this series loads as a volume.")
    if examination.images:
        lines.append(f"pictures (not in volumes): {len(examination.images)}")
    if examination.skipped:
        lines.append(f"other files: {len(examination.skipped)}")
    _emit(args, payload, "\n".join(lines))
    return EXIT_OK


def cmd_volume(ctx: AppContext, args: argparse.Namespace) -> int:
    """Load one part of a series as a volume and write it as NIfTI."""
    series_id = series_id_for_uid(ctx.db, args.series_uid)
    volume = load_series_volume(ctx.db, series_id, part=args.part, progress=_stderr_progress(args))
    out = export_nifti(volume, Path(args.out))
    payload = {
        "file": str(out),
        "shape": list(volume.shape),
        "dtype": str(volume.voxels.dtype),
        "spacing": list(volume.spacing),
        "origin": list(volume.origin),
        "direction": volume.direction.tolist(),
        "warnings": list(volume.warnings),
    }
    lines = [
        f"file            {out}",
        f"shape           {' x '.join(map(str, volume.shape))} (slices, rows, columns), "
        f"{volume.voxels.dtype}",
        f"spacing         {', '.join(f'{v:g}' for v in volume.spacing)} mm",
        f"origin (LPS)    {', '.join(f'{v:.2f}' for v in volume.origin)} mm",
        *(f"warning: {text}" for text in volume.warnings),
    ]
    _emit(args, payload, "\n".join(lines))
    return EXIT_OK


def cmd_demo(ctx: AppContext, args: argparse.Namespace) -> int:
    """Generate and import the synthetic demo case (once per variant)."""
    out_dir = (
        Path(args.out) if args.out else demo_directory(ctx.paths.demo, args.variant, args.small)
    )
    phases = (
        ("non-contrast", "arterial", "portal-venous")
        if args.non_contrast
        else ("arterial", "portal-venous")
    )
    installed = install_demo(
        ctx.db,
        out_dir,
        ctx.user.username,
        staging_dir=ctx.paths.imports,
        quarantine_dir=ctx.paths.quarantine,
        variant=args.variant,
        small=args.small,
        phases=phases,
        progress=_stderr_progress(args),
    )
    case = installed.case
    payload: dict[str, Any] = {
        "case_id": case.id,
        "title": case.title,
        "created": installed.created,
    }
    if installed.demo is not None and installed.import_report is not None:
        payload |= {
            "directory": str(installed.demo.out_dir),
            "ground_truth": str(installed.demo.ground_truth_path),
            "imported": installed.import_report.imported,
        }
        text = (
            f"Demo case #{case.id} created: {case.title}\n"
            f"files           {installed.demo.out_dir}\n"
            f"imported        {installed.import_report.imported} DICOM files\n"
            f"ground truth    {installed.demo.ground_truth_path}"
        )
    else:
        text = f"Demo case #{case.id} is already there: {case.title}"
    _emit(args, payload, text)
    return EXIT_OK


def _stderr_progress(args: argparse.Namespace) -> Callable[[int, int, str], None]:
    """A progress bar with counts and time left on stderr, only when it is a terminal."""
    estimator = RemainingTime()
    last = {"message": "", "drawn": 0.0}

    def report(done: int, total: int, message: str = "") -> None:
        if args.json or not sys.stderr.isatty():
            return
        left = estimator.update(done, total, message)
        now = time.monotonic()
        finished = bool(total) and done >= total
        if message == last["message"] and not finished and now - last["drawn"] < 0.1:
            return  # redrawing thousands of times a second would slow the import down
        if message != last["message"] and last["message"]:
            print(file=sys.stderr)
        last["message"], last["drawn"] = message, now
        if total:
            filled = int(30 * min(done, total) / total)
            bar = "#" * filled + "." * (30 - filled)
            eta = f"  {describe_seconds(left)} left" if left is not None and not finished else ""
            line = f"\r{message:<24} [{bar}] {done:,}/{total:,}{eta}"
        else:
            line = f"\r{message}…"
        print(f"{line:<90}", end="", file=sys.stderr, flush=True)
        if finished:
            print(file=sys.stderr)
            last["message"] = ""

    return report


def _common_options(*, sub_level: bool) -> argparse.ArgumentParser:
    """Options accepted before and after the command name.

    At sub-command level the defaults are suppressed so that ``--json info`` is not undone by
    the sub-parser's own default (an argparse trap).
    """
    default: dict[str, object] = {"default": argparse.SUPPRESS} if sub_level else {}
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument(
        "--data-dir",
        metavar="DIR",
        help="data directory (default: $CASEREVIEW_HOME, else the platform's user data folder)",
        **default,
    )
    options.add_argument(
        "--db",
        metavar="URL",
        help="database URL, e.g. postgresql+psycopg://user@host/casereview "
        "(default: $CASEREVIEW_DB, else casereview.sqlite in the data directory)",
        **default,
    )
    options.add_argument(
        "--json", action="store_true", help="print machine-readable JSON", **default
    )
    options.add_argument(
        "-v", "--verbose", action="store_true", help="log details to stderr", **default
    )
    options.add_argument(
        "--user",
        metavar="USERNAME",
        help="work as this user (default: the one this workstation remembers; "
        "casereview-cli user list shows them)",
        **default,
    )
    return options


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``casereview-cli`` (also used to document the CLI)."""
    top_options = _common_options(sub_level=False)
    common = _common_options(sub_level=True)

    parser = argparse.ArgumentParser(
        prog="casereview-cli",
        description="casereview without a screen: inspect the installation and work on cases.",
        parents=[top_options],
    )
    parser.add_argument("--version", action="version", version=f"casereview {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    info = commands.add_parser(
        "info",
        parents=[common],
        help="show data directory, database, schema revision and counts",
        description="Show the data directory, database URL, schema revision and row counts.",
    )
    info.set_defaults(handler=cmd_info)

    check = commands.add_parser(
        "check",
        parents=[common],
        help="check the database and every indexed file (exit 3 if anything is wrong)",
        description="Run the database's consistency check and verify that every indexed file "
        "still exists with the size, time and SHA-256 it had when indexed.",
    )
    check.add_argument(
        "--quick", action="store_true", help="compare size and time only, skip SHA-256"
    )
    check.set_defaults(handler=cmd_check)

    importer = commands.add_parser(
        "import",
        parents=[common],
        help="index DICOM files and folders",
        description="Index DICOM files and folders (recursively). Files that cannot be read are "
        "listed with the reason; everything else is imported. Importing again adds nothing.",
    )
    importer.add_argument("paths", nargs="+", metavar="PATH", help="file or folder")
    importer.set_defaults(handler=cmd_import)

    demo = commands.add_parser(
        "demo",
        parents=[common],
        help="generate and import the synthetic pancreatic-cancer demo case",
        description="Generate a synthetic contrast CT of a pancreatic head tumour (arterial and "
        "portal-venous phases, reference segmentation, ground truth), import it and create a "
        "case for it. Does nothing if that variant's demo case already exists.",
    )
    demo.add_argument(
        "--variant",
        choices=list(VARIANTS),
        default="borderline",
        help="tumour-vessel relation (default: borderline)",
    )
    demo.add_argument(
        "--small",
        action="store_true",
        help="fast low-resolution size (for tests and slow machines)",
    )
    demo.add_argument("--non-contrast", action="store_true", help="also write a non-contrast phase")
    demo.add_argument(
        "--out",
        metavar="DIR",
        help="folder for the files (default: demo/VARIANT in the data directory)",
    )
    demo.set_defaults(handler=cmd_demo)

    studies = commands.add_parser(
        "studies",
        parents=[common],
        help="list patients, studies and series with UIDs",
        description="List the index: patients, their studies and series, with UIDs and image "
        "counts. The output shows patient identity; share it only as you would the images.",
    )
    studies.set_defaults(handler=cmd_studies)

    examine = commands.add_parser(
        "examine",
        parents=[common],
        help="list the parts of a series that load as volumes",
        description="Examine the headers of an indexed series and list the parts that load as "
        "volumes (geometry, confidence and warnings such as irregular spacing or gantry tilt), "
        "and the images shown as pictures only (localizers, screenshots).",
    )
    examine.add_argument("series_uid", metavar="SERIES_UID", help="Series Instance UID")
    examine.set_defaults(handler=cmd_examine)

    volume = commands.add_parser(
        "volume",
        parents=[common],
        help="load a series as a volume and write it as NIfTI",
        description="Load one part of an indexed series as a volume (modality values, "
        "geometry corrected as 'examine' describes) and write it as NIfTI.",
    )
    volume.add_argument("series_uid", metavar="SERIES_UID", help="Series Instance UID")
    volume.add_argument(
        "--out", required=True, metavar="FILE", help="NIfTI file to write (.nii or .nii.gz)"
    )
    volume.add_argument(
        "--part",
        type=int,
        default=0,
        metavar="N",
        help="which part 'examine' listed (default 0, the best)",
    )
    volume.set_defaults(handler=cmd_volume)

    add_render_parser(commands, common)

    case = commands.add_parser(
        "case", parents=[common], help="work with cases", description="Work with cases."
    )
    case_commands = case.add_subparsers(dest="case_command", metavar="ACTION", required=True)
    case_list = case_commands.add_parser(
        "list", parents=[common], help="list cases", description="List cases, newest first."
    )
    case_list.add_argument(
        "--status", choices=[s.value for s in CaseStatus], help="only cases with this status"
    )
    case_list.set_defaults(handler=cmd_case_list)
    case_new = case_commands.add_parser(
        "new",
        parents=[common],
        help="create a case from studies or series",
        description="Create a case from Study or Series Instance UIDs of one patient "
        "(casereview-cli studies lists them).",
    )
    case_new.add_argument(
        "--study", action="append", metavar="STUDY_UID", help="Study Instance UID (repeatable)"
    )
    case_new.add_argument(
        "--series", action="append", metavar="SERIES_UID", help="Series Instance UID (repeatable)"
    )
    case_new.add_argument("--title", help="case title (default: study description and date)")
    case_new.add_argument("--question", help="the clinical question for the review or MDT")
    case_new.add_argument("--tag", action="append", help="keyword (repeatable)")
    case_new.set_defaults(handler=cmd_case_new)
    cli_meetings.add_commands(commands, common)
    cli_annotations.add_commands(commands, common)
    cli_exchange.add_commands(commands, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``casereview-cli`` and return its exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        ctx = bootstrap(
            args.data_dir, args.db, verbose=args.verbose, log_to_stderr=True, user=args.user
        )
    except CasereviewError as exc:
        print(f"casereview-cli: {exc}", file=sys.stderr)
        return EXIT_ERROR
    try:
        return int(args.handler(ctx, args))
    except OperationCancelled as exc:
        print(f"casereview-cli: {exc}", file=sys.stderr)
        return EXIT_CANCELLED
    except CasereviewError as exc:
        print(f"casereview-cli: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("casereview-cli: interrupted; finished work is kept.", file=sys.stderr)
        return EXIT_CANCELLED
    finally:
        ctx.close()
        flush_logging()


if __name__ == "__main__":
    sys.exit(main())
