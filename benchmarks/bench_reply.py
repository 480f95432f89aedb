"""A partner's answer to the demo case: full package against opinion only, in the same run.

Hospital A installs the demo case (full size unless ``--small``: what Help → Open demo case
makes), marks a point and exports it; Hospital B imports the package, measures a length on
the portal-venous series and answers twice: with the images (a full package) and with its
opinion only (annotations, segments, key images, decisions, case document and report; the
images named by the UIDs A gave them). Printed: size and export time of each, and their ratio.
Target: the opinion-only answer is a small fraction of the full one (it carries no image).

Run: ``.venv/bin/python benchmarks/bench_reply.py [--small]``.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

from casereview.app.exchange_setup import register_exchange_providers
from casereview.demo.install import install_demo
from casereview.domain.annotations import AnnotationDraft, AnnotationKind, ImageReference
from casereview.domain.packages import DeidOptions, ExportReport
from casereview.domain.users import Role, User
from casereview.services.annotations import create_annotation
from casereview.services.exchange import export_case, import_package
from casereview.services.signing import load_or_create_secret, load_or_create_signing_key
from casereview.services.users import ensure_user
from casereview.store import models
from casereview.store.database import Database, open_database
from casereview.store.engine import sqlite_url_for_path


def _site(root: Path, user: str) -> Database:
    root.mkdir(parents=True, exist_ok=True)
    db = open_database(sqlite_url_for_path(str(root / "casereview.sqlite")))
    ensure_user(db, User(0, user, user, Role.SURGEON))
    return db


def _dirs(root: Path) -> dict[str, Path]:
    return {"staging_dir": root / "imports", "quarantine_dir": root / "quarantine"}


def _export(
    db: Database, case_id: int, root: Path, name: str, institution: str, **kwargs: bool
) -> tuple[ExportReport, float]:
    started = time.perf_counter()
    report = export_case(
        db,
        case_id,
        root / "out" / name,
        root.name,
        options=DeidOptions(),
        signing_key=load_or_create_signing_key(root / "keys"),
        secret=load_or_create_secret(root / "keys"),
        institution=institution,
        **kwargs,
    )
    return report, time.perf_counter() - started


def _middle_slice(db: Database) -> tuple[ImageReference, float]:
    """A reference to the middle portal-venous slice and its z (mm)."""
    with db.reading() as session:
        rows = session.execute(
            select(
                models.Instance.sop_instance_uid,
                models.Series.series_instance_uid,
                models.Series.frame_of_reference_uid,
                models.Instance.image_position_patient,
            )
            .join(models.Series)
            .where(models.Series.modality == "CT")
            .order_by(models.Series.series_number, models.Instance.instance_number)
        ).all()
    sop, series, frame, position = rows[-len(rows) // 4]
    return ImageReference(series, sop, frame), float(str(position).split("\\")[2])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="the small, fast demo")
    args = parser.parse_args()
    register_exchange_providers()
    with tempfile.TemporaryDirectory(prefix="bench-reply-") as folder:
        root = Path(folder)
        a = _site(root / "a", "a")
        case = install_demo(a, root / "a" / "demo", "a", small=args.small, **_dirs(root / "a"))
        reference, z = _middle_slice(a)
        create_annotation(
            a,
            case.case.id,
            AnnotationDraft(AnnotationKind.POINT, ((0.0, 0.0, z),), reference, label="Node"),
            "a",
        )
        sent, _ = _export(a, case.case.id, root / "a", "case.zip", "Hospital A")
        b = _site(root / "b", "b")
        import_package(b, Path(sent.path), "b", **_dirs(root / "b"), accept_untrusted=True)
        with b.reading() as session:
            b_case = session.scalars(select(models.Case.id)).one()
        reference, z = _middle_slice(b)
        create_annotation(
            b,
            b_case,
            AnnotationDraft(
                AnnotationKind.LENGTH, ((0.0, 0.0, z), (0.0, 20.0, z)), reference, label="SMV"
            ),
            "b",
        )
        full, full_s = _export(b, b_case, root / "b", "full.zip", "Hospital B")
        opinion, opinion_s = _export(
            b, b_case, root / "b", "opinion.zip", "Hospital B", opinion_only=True
        )
        size = "small" if args.small else "full-size"
        print(f"demo case ({size}), answer from the partner:")
        print(
            f"  full package   {full.bytes_written / 2**20:8.2f} MiB  {full.images:4d} images  "
            f"{full_s:6.2f} s"
        )
        print(
            f"  opinion only   {opinion.bytes_written / 2**20:8.2f} MiB  {opinion.images:4d} images  "
            f"{opinion_s:6.2f} s"
        )
        print(
            f"  opinion only / full: size {opinion.bytes_written / full.bytes_written:.4f}, "
            f"time {opinion_s / full_s:.3f}"
        )
        a.close()
        b.close()


if __name__ == "__main__":
    main()
