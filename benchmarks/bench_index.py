"""Import benchmark: casereview's DICOM import against raw reads and a bare pydicom loop.

Generates a tree of CT files (512x512, 16-bit, several series in nested folders), then measures
on the same files in the same run:
  (a) reading every byte (``Path.read_bytes``),
  (b) a bare single-process ``pydicom.dcmread(stop_before_pixels=True)`` loop,
  (c) casereview's import into a fresh SQLite database (parallel scan, batched writes),
  (d) casereview's re-import of the unchanged tree.
Targets: (c) at least 1.5x the files/s of (b); (d) at least 10x faster than (c).

Run: ``.venv/bin/python benchmarks/bench_index.py [--files N]``.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

import numpy as np
import pydicom
from pydicom.uid import generate_uid
from synthetic_ct import write_ct_slice  # the script's folder is on sys.path

from casereview.domain.users import Role, User
from casereview.services.indexing import import_paths
from casereview.services.users import ensure_user
from casereview.store.database import open_database
from casereview.store.engine import sqlite_url_for_path

SLICES_PER_SERIES = 250


def generate_tree(root: Path, count: int) -> list[Path]:
    rng = np.random.default_rng(7)
    pixels = (rng.normal(40, 15, (512, 512)) + 1024).clip(0, 4095).astype(np.uint16)
    paths = []
    study_uid = generate_uid()
    series_uid = ""
    for number in range(count):
        if number % SLICES_PER_SERIES == 0:
            series_uid = generate_uid()
        folder = root / f"series{number // SLICES_PER_SERIES:02d}" / f"part{number % 3}"
        path = folder / f"IM{number:05d}"
        write_ct_slice(
            path,
            pixels,
            study_uid=study_uid,
            series_uid=series_uid,
            series_number=number // SLICES_PER_SERIES + 1,
            instance_number=number % SLICES_PER_SERIES + 1,
            z_mm=-(number % SLICES_PER_SERIES) * 1.25,
            patient=("BENCH^Index", "BENCH-1"),
        )
        paths.append(path)
    return paths


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="casereview-bench-index-") as tmp:
        root = Path(tmp)
        tree = root / "tree"
        paths = generate_tree(tree, args.files)
        total_mb = sum(p.stat().st_size for p in paths) / 1e6
        raw = timed(lambda: [p.read_bytes() for p in paths])
        bare = timed(lambda: [pydicom.dcmread(p, stop_before_pixels=True) for p in paths])
        database = open_database(sqlite_url_for_path(str(root / "index.sqlite")))
        ensure_user(database, User(0, "bench", "Bench", Role.OTHER))
        dirs = {"staging_dir": root / "imports", "quarantine_dir": root / "quarantine"}
        reports = []
        first = timed(lambda: reports.append(import_paths(database, [tree], "bench", **dirs)))
        again = timed(lambda: reports.append(import_paths(database, [tree], "bench", **dirs)))
        database.close()
    n = len(paths)
    assert reports[0].imported == n and reports[1].unchanged == n, "import did not index the tree"
    print(f"tree: {n} CT files, {total_mb:.0f} MB, {os.cpu_count()} cores")
    print(f"  (a) raw read of all bytes          {n / raw:8.0f} files/s")
    print(f"  (b) bare pydicom header loop        {n / bare:8.0f} files/s")
    print(
        f"  (c) casereview import               {n / first:8.0f} files/s"
        f"   = {bare / first:.2f}x (b)  (target >= 1.5x)"
    )
    print(
        f"  (d) casereview re-import unchanged  {n / again:8.0f} files/s"
        f"   = {first / again:.1f}x faster than (c)  (target >= 10x)"
    )


if __name__ == "__main__":
    main()
