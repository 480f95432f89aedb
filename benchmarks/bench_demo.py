"""Time to generate the default demo case (arterial + portal-venous), against a file copy.

Run with ``python benchmarks/bench_demo.py``. Prints the generation time in seconds and its
ratio to copying the same number of bytes with ``shutil.copyfile`` on the same disk in the same
run, so results from different machines can be compared.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path


def _tree_bytes(root: Path) -> int:
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file())


def main() -> int:
    """Run the benchmark once and print the figures."""
    from casereview.demo import generate_demo

    with tempfile.TemporaryDirectory(prefix="casereview-bench-") as tmp:
        out = Path(tmp) / "demo"
        t0 = time.perf_counter()
        case = generate_demo(out, variant="borderline", phases=("arterial", "portal-venous"))
        gen_s = time.perf_counter() - t0
        size = _tree_bytes(out)
        files = sum(len(v) for v in case.series.values()) + 2
        src, dst = Path(tmp) / "blob.bin", Path(tmp) / "blob-copy.bin"
        with src.open("wb") as fh:
            chunk = os.urandom(1 << 20)
            for _ in range(size >> 20):
                fh.write(chunk)
            fh.write(chunk[: size & ((1 << 20) - 1)])
            fh.flush()
            os.fsync(fh.fileno())
        t0 = time.perf_counter()
        shutil.copyfile(src, dst)
        copy_s = time.perf_counter() - t0
    print(
        f"demo generation (default size, 2 phases): {gen_s:.1f} s for {files} files, "
        f"{size / 1e6:.0f} MB"
    )
    print(f"shutil.copyfile of {size / 1e6:.0f} MB: {copy_s:.2f} s")
    print(f"ratio generation / copy: {gen_s / copy_s:.0f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
