"""CLI start-up benchmark: ``casereview-cli --help`` and ``info`` against ``import pydicom``.

Each command runs as a new process several times (median wall time); the baseline is
``python -c "import pydicom"`` measured in the same run on the same machine. ``info`` runs on a
temporary data directory whose database exists already (the first start creates it). Target:
both at most 1.5 times the baseline.

Run: ``.venv/bin/python benchmarks/bench_cli.py [--repeats N]``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_RATIO = 1.5


def median_seconds(command: list[str], env: dict[str, str], repeats: int) -> float:
    """Median wall time of ``command`` run ``repeats`` times as a new process."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    cli = str(Path(sys.executable).with_name("casereview-cli"))
    with tempfile.TemporaryDirectory(prefix="casereview-bench-cli-") as home:
        env = {**os.environ, "CASEREVIEW_HOME": home}
        subprocess.run([cli, "info"], env=env, check=True, stdout=subprocess.DEVNULL)
        rows = [
            ('python -c "import pydicom"', [sys.executable, "-c", "import pydicom"]),
            ("casereview-cli --help", [cli, "--help"]),
            ("casereview-cli info", [cli, "info"]),
        ]
        # Interleaved rounds, so a busy moment of the machine hits every command alike.
        samples: dict[str, list[float]] = {name: [] for name, _ in rows}
        for _ in range(args.repeats):
            for name, command in rows:
                samples[name].append(median_seconds(command, env, 1))
    medians = {name: statistics.median(values) for name, values in samples.items()}
    baseline = medians[rows[0][0]]
    print(f"start-up, median of {args.repeats} runs (target: at most {TARGET_RATIO}x baseline):")
    for name, seconds in medians.items():
        ratio = seconds / baseline
        verdict = "" if name == rows[0][0] else ("  ok" if ratio <= TARGET_RATIO else "  OVER")
        print(f"  {name:<28} {seconds * 1000:7.0f} ms   {ratio:4.2f}x{verdict}")


if __name__ == "__main__":
    main()
