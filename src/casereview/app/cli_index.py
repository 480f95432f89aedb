"""``casereview-cli`` commands about the installation and the index of images.

``info``, ``check``, ``import``, ``demo``, ``studies``, ``examine`` and ``volume``. Each handler
imports the services it calls when it runs, so building the parser stays fast.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casereview.app.cli_common import (
    EXIT_OK,
    EXIT_PROBLEMS_FOUND,
    SubParsers,
    command,
    emit,
    resolve_series,
    stderr_progress,
)

if TYPE_CHECKING:
    from casereview.app.context import AppContext


def cmd_info(ctx: AppContext, args: argparse.Namespace) -> int:
    """Print data directory, database URL, schema revision and row counts."""
    from casereview.services.info import describe

    info = describe(ctx.db, ctx.paths.root, ctx.version)
    lines = [
        f"casereview      {info.version}",
        f"data directory  {info.data_dir}",
        f"database        {info.database_url}",
        f"schema          {info.schema_revision}",
        "counts          " + ", ".join(f"{name} {count}" for name, count in info.counts.items()),
    ]
    emit(args, info.to_dict(), "\n".join(lines))
    return EXIT_OK


def cmd_check(ctx: AppContext, args: argparse.Namespace) -> int:
    """Check the database and every indexed file; exit 3 if anything is wrong."""
    from casereview.services.integrity import check_store, remove_staging_leftovers

    imports = ctx.paths.imports
    removed = remove_staging_leftovers(ctx.db, imports) if args.repair else None
    report = check_store(
        ctx.db, imports_dir=imports, verify_content=not args.quick, progress=stderr_progress(args)
    )
    leftovers = report.leftovers
    payload: dict[str, Any] = {
        "healthy": report.healthy,
        "database_problems": report.database_problems,
        "files_checked": report.files_checked,
        "missing": report.missing,
        "changed": report.changed,
        "staging_leftovers": {
            "files": leftovers.files,
            "bytes": leftovers.size,
            "folders": leftovers.folders,
        },
    }
    if removed is not None:
        payload["staging_removed"] = {"files": removed.files, "bytes": removed.size}
    lines = [
        f"database        {'ok' if not report.database_problems else 'PROBLEMS'}",
        *(f"  {problem}" for problem in report.database_problems),
        f"files checked   {report.files_checked}",
        f"missing files   {len(report.missing)}",
        *(f"  {path}" for path in report.missing),
        f"changed files   {len(report.changed)}",
        *(f"  {path}" for path in report.changed),
        f"left by interrupted imports  {leftovers.files} files, {_megabytes(leftovers.size)}"
        + ("" if not leftovers.files else " (remove with check --repair)"),
        *(f"  {folder}" for folder in leftovers.folders),
    ]
    if removed is not None:
        lines.append(f"removed         {removed.files} files, {_megabytes(removed.size)}")
    emit(args, payload, "\n".join(lines))
    return EXIT_OK if report.healthy else EXIT_PROBLEMS_FOUND


def _megabytes(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


def cmd_studies(ctx: AppContext, args: argparse.Namespace) -> int:
    """List patients, studies and series with their UIDs and image counts."""
    from casereview.services.index import list_patients

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
                            "id": se.id,
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
                    f"    #{se.id:<4} {se.modality:<4} {number}{se.description}  "
                    f"({se.instance_count} images)  {se.series_instance_uid}"
                )
    emit(args, payload, "\n".join(lines) if lines else "The index is empty.")
    return EXIT_OK


def cmd_import(ctx: AppContext, args: argparse.Namespace) -> int:
    """Index DICOM files and folders; unreadable files are listed with the reason."""
    from casereview.services.indexing import import_paths

    report = import_paths(
        ctx.db,
        [Path(p) for p in args.paths],
        ctx.user.username,
        staging_dir=ctx.paths.imports,
        quarantine_dir=ctx.paths.quarantine,
        progress=stderr_progress(args),
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
    emit(args, payload, "\n".join(lines))
    return EXIT_OK


def cmd_examine(ctx: AppContext, args: argparse.Namespace) -> int:
    """List the parts of a series that load as volumes, with their warnings."""
    from casereview.services.volumes import examine_indexed_series

    examination = examine_indexed_series(ctx.db, resolve_series(ctx, args.series))
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
    emit(args, payload, "\n".join(lines))
    return EXIT_OK


def cmd_volume(ctx: AppContext, args: argparse.Namespace) -> int:
    """Load one part of a series as a volume and write it as NIfTI."""
    from casereview.services.volumes import export_nifti, load_series_volume

    series_id = resolve_series(ctx, args.series)
    volume = load_series_volume(ctx.db, series_id, part=args.part, progress=stderr_progress(args))
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
    emit(args, payload, "\n".join(lines))
    return EXIT_OK


def cmd_demo(ctx: AppContext, args: argparse.Namespace) -> int:
    """Generate and import the synthetic demo case (once per variant)."""
    from casereview.demo.install import demo_directory, install_demo

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
        progress=stderr_progress(args),
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
    emit(args, payload, text)
    return EXIT_OK


def add_commands(commands: SubParsers, common: argparse.ArgumentParser) -> None:
    """Add ``info``, ``check``, ``import``, ``demo``, ``studies``, ``examine`` and ``volume``."""
    command(
        commands,
        "info",
        common,
        cmd_info,
        "show data directory, database, schema revision and counts",
        "Show the data directory, database URL, schema revision and row counts.",
    )
    check = command(
        commands,
        "check",
        common,
        cmd_check,
        "check the database, every indexed file and the imports folder (exit 3 if anything "
        "is wrong)",
        "Run the database's consistency check, verify that every indexed file still exists "
        "with the size, time and SHA-256 it had when indexed, and look for files that "
        "interrupted imports left in the imports folder.",
    )
    check.add_argument(
        "--quick", action="store_true", help="compare size and time only, skip SHA-256"
    )
    check.add_argument(
        "--repair",
        action="store_true",
        help="first delete files interrupted imports left (never files the index points to)",
    )

    importer = command(
        commands,
        "import",
        common,
        cmd_import,
        "index DICOM files and folders",
        "Index DICOM files and folders (recursively). Files that cannot be read are listed with "
        "the reason; everything else is imported. Importing again adds nothing.",
    )
    importer.add_argument("paths", nargs="+", metavar="PATH", help="file or folder")

    demo = command(
        commands,
        "demo",
        common,
        cmd_demo,
        "generate and import a synthetic demo case (pancreatic cancer, or a liver metastasis)",
        "Generate a synthetic contrast CT of a pancreatic head tumour (arterial and "
        "portal-venous phases, reference segmentation, ground truth), or with --variant liver "
        "of a liver metastasis for right hepatectomy planning (with the true Couinaud segments "
        "and the patient's height and weight), import it and create a case for it. Does "
        "nothing if that variant's demo case already exists.",
    )
    demo.add_argument(
        "--variant",
        default="borderline",
        # Written out: importing casereview.demo (numpy) would slow every command's start.
        choices=(
            "resectable",
            "borderline",
            "locally-advanced",
            "tear-drop",
            "replaced-rha",
            "liver",
        ),
        help="tumour-vessel relation: resectable, borderline (the default), locally-advanced, "
        "tear-drop (tear-drop SMV) or replaced-rha (replaced right hepatic artery); or liver "
        "(colorectal liver metastasis near the right hepatic vein, right hepatectomy planning)",
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

    command(
        commands,
        "studies",
        common,
        cmd_studies,
        "list patients, studies and series with UIDs",
        "List the index: patients, their studies and series, with series numbers (#id), UIDs "
        "and image counts. The output shows patient identity; share it only as you would the "
        "images.",
    )

    examine = command(
        commands,
        "examine",
        common,
        cmd_examine,
        "list the parts of a series that load as volumes",
        "Examine the headers of an indexed series and list the parts that load as volumes "
        "(geometry, confidence and warnings such as irregular spacing or gantry tilt), and the "
        "images shown as pictures only (localizers, screenshots).",
    )
    examine.add_argument("series", metavar="SERIES", help="series #id or Series Instance UID")

    volume = command(
        commands,
        "volume",
        common,
        cmd_volume,
        "load a series as a volume and write it as NIfTI",
        "Load one part of an indexed series as a volume (modality values, geometry corrected as "
        "'examine' describes) and write it as NIfTI.",
    )
    volume.add_argument("series", metavar="SERIES", help="series #id or Series Instance UID")
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
