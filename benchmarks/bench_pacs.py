"""PACS retrieve benchmark: casereview's C-GET, C-MOVE and WADO-RS against dcmtk and plain HTTP.

A 300-image CT series (512×512, 16-bit, a portal-venous abdomen phantom with scanner-like
headers, ``synthetic_ct``) is stored into a throw-away Orthanc on loopback ports (the launcher
of the network tests, ``tests/net/orthanc.py``), and retrieved, each time into an empty
destination, by:

  baselines, in the same run:
    (a) dcmtk ``getscu``: C-GET of the series, each image written to a folder;
    (b) dcmtk ``movescu``: C-MOVE of the series to its own storage SCP, written to a folder;
    both with ``TCP_NODELAY=1``, dcmtk's switch for sending without Nagle's delay: as Debian
    builds it (3.6.7), dcmtk leaves the delay on, and each image then waits ~45 ms for a
    delayed acknowledgement (300 images: ~14 s instead of ~2 s; ``--dcmtk-as-installed``
    times that too);
    (c) a plain WADO-RS download: one multipart GET of ``/studies/{s}/series/{x}`` with
        ``requests``, the bytes written to disk, nothing parsed;
  casereview, through ``services.pacs.retrieve`` into a fresh database (the archive is wrapped
  so that its ``fetch_series`` — ``net.dimse.get_series``/``move_series`` or
  ``WebClient.fetch_series`` writing into the retrieve's staging sink — is timed apart):
    transfer: the fetch into the staging folder (target <= 1.3x the baseline);
    retrieve: the whole call (series query, transfer, import into the index).

Times are the best of ``--repeat`` runs, the methods taking turns so that a busy machine slows
them alike. Then, unless ``--no-screen``, the **time to the first image on screen**, once per
run and protocol (C-GET, WADO-RS): a main window (``ui.shell.ShellWindow``) on a fresh data
folder; the retrieve (called on the UI thread: the window waits, as it would for a task), then
the series opened the way the app opens one (``open_series``: a viewer tab appears as soon as
the volume's array exists and fills while the images are read), until the first frame of the
viewer's axial view drawn with the pixels of the slice it shows (checked when the frame
starts). Printed as seconds from the start of the retrieve: transfer, retrieve done (query,
transfer, import), viewer tab made, its first frame (perhaps still empty), the first image,
that frame's render time, and the whole volume read. The browser's refresh after an import is
not in these figures. VTK inside Qt needs an X display: without ``DISPLAY`` the benchmark runs
itself again under ``xvfb-run``.

Every connection goes to 127.0.0.1; the temporary folders are removed at the end.

Run: ``.venv/bin/python benchmarks/bench_pacs.py [--images 300] [--repeat 3] [--no-screen]``.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
import requests
from numpy.typing import NDArray
from pydicom.uid import generate_uid
from synthetic_ct import write_ct_slice  # the script's folder is on sys.path

from casereview.domain.pacs_nodes import DimseNode, WebAuth, WebNode
from casereview.domain.progress import CancelToken, ProgressReporter, no_progress
from casereview.domain.users import Role, User
from casereview.net.dimse import DimseClient
from casereview.net.query import FetchCounts, InstanceSink, PacsMatch, PacsQuery
from casereview.net.web import WebClient
from casereview.services.pacs import retrieve
from casereview.services.users import ensure_user
from casereview.store.database import open_database
from casereview.store.engine import sqlite_url_for_path

TARGET_RATIO = 1.3
REPOSITORY = Path(__file__).resolve().parents[1]
XVFB_ARGS = ("-a", "-s", "-screen 0 1920x1080x24")
#: Set when the benchmark has started itself under xvfb-run (never twice).
XVFB_ENV = "CASEREVIEW_BENCH_UNDER_XVFB"
#: The stored value of air in the phantom (HU -1000); the viewer's empty slices hold -1024.
AIR_STORED = 24


# --- the throw-away archive --------------------------------------------------------------------


def _orthanc_module() -> ModuleType:
    """The network tests' Orthanc launcher (``tests/net/orthanc.py``), imported by path.

    It imports ``support`` from ``tests/`` (for the strict-tools switch), so that folder goes
    on ``sys.path``; a missing Orthanc there is a pytest skip, turned into a message by
    :func:`main`.
    """
    tests = REPOSITORY / "tests"
    if str(tests) not in sys.path:
        sys.path.append(str(tests))
    spec = importlib.util.spec_from_file_location(
        "casereview_bench_orthanc", tests / "net" / "orthanc.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


orthanc = _orthanc_module()


# --- the series ----------------------------------------------------------------------------


@dataclass(frozen=True)
class StoredSeries:
    """The benchmark's series as stored in the archive."""

    study_instance_uid: str
    series_instance_uid: str
    paths: tuple[Path, ...]

    @property
    def images(self) -> int:
        return len(self.paths)

    @property
    def megabytes(self) -> float:
        """Size of the Part-10 files (what every method moves, give or take the headers)."""
        return sum(p.stat().st_size for p in self.paths) / 1e6


def phantom_slice(k: int, count: int, rng: np.random.Generator) -> NDArray[np.uint16]:
    """Stored values (HU + 1024) of axial slice ``k`` of ``count``: body, liver, spleen,
    kidneys, portal vein, aorta and spine in the portal-venous phase, with scanner noise."""
    size = 512
    y, x = np.mgrid[:size, :size].astype(np.float32)
    t = k / max(count - 1, 1)  # 0 at the dome of the liver, 1 at the pelvis

    def ellipse(cx: float, cy: float, rx: float, ry: float) -> NDArray[np.bool_]:
        inside: NDArray[np.bool_] = ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1.0
        return inside

    hu = np.full((size, size), -1000.0, np.float32)
    body = ellipse(256, 262, 205 + 10 * np.sin(np.pi * t), 150)
    hu[body] = -90  # subcutaneous and visceral fat
    hu[ellipse(256, 262, 190 + 10 * np.sin(np.pi * t), 135)] = 35  # muscle and bowel
    if t < 0.55:
        hu[ellipse(175, 235, 95 * (1 - t), 85 * (1 - t))] = 110  # liver, enhancing
        hu[ellipse(205, 250, 9, 9)] = 170  # portal vein
    if 0.1 < t < 0.45:
        hu[ellipse(350, 215, 45, 55)] = 115  # spleen
    if 0.35 < t < 0.7:
        hu[ellipse(190, 330, 32, 42)] = 160  # kidneys (nephrographic)
        hu[ellipse(322, 330, 32, 42)] = 160
    hu[ellipse(268, 300, 13, 13)] = 180  # aorta
    hu[ellipse(256, 355, 26, 24)] = 650  # vertebral body
    hu[body] += rng.normal(0.0, 12.0, int(body.sum())).astype(np.float32)
    stored: NDArray[np.uint16] = np.clip(np.rint(hu) + 1024, 0, 4095).astype(np.uint16)
    return stored


def write_series(folder: Path, count: int) -> StoredSeries:
    """``count`` axial CT slices of one series, 1.25 mm apart."""
    rng = np.random.default_rng(19)
    study_uid, series_uid = generate_uid(), generate_uid()
    paths = []
    for k in range(count):
        path = folder / f"IM{k:05d}.dcm"
        write_ct_slice(
            path,
            phantom_slice(k, count, rng),
            study_uid=study_uid,
            series_uid=series_uid,
            series_number=3,
            instance_number=k + 1,
            z_mm=-1.25 * k,
            patient=("BENCH^Pacs", "BENCH-PACS-1"),
        )
        paths.append(path)
    return StoredSeries(study_uid, series_uid, tuple(paths))


# --- the baselines -------------------------------------------------------------------------


def _dcmtk_keys(series: StoredSeries) -> list[str]:
    return [
        "-S",
        "-k",
        "QueryRetrieveLevel=SERIES",
        "-k",
        f"StudyInstanceUID={series.study_instance_uid}",
        "-k",
        f"SeriesInstanceUID={series.series_instance_uid}",
    ]


def _run_dcmtk(command: list[str], dest: Path, expected: int, nagle: bool) -> float:
    dest.mkdir(parents=True)
    env = dict(os.environ)
    if nagle:
        env.pop("TCP_NODELAY", None)
    else:
        env["TCP_NODELAY"] = "1"  # dcmtk's documented switch (dcmnet/docs/envvars.txt)
    start = time.perf_counter()
    done = subprocess.run(
        command, capture_output=True, text=True, timeout=600, check=False, env=env
    )
    seconds = time.perf_counter() - start
    got = sum(1 for p in dest.iterdir() if p.is_file())
    if done.returncode != 0 or got != expected:
        raise RuntimeError(
            f"{command[0]} stored {got} of {expected} images (exit {done.returncode}):\n"
            f"{done.stderr[-2000:]}"
        )
    return seconds


def getscu(server: Any, series: StoredSeries, dest: Path, nagle: bool = False) -> float:
    """Seconds of dcmtk's C-GET of the series into ``dest``."""
    command = [
        "getscu",
        "-aet",
        orthanc.OUR_AE,
        "-aec",
        orthanc.ORTHANC_AE,
        *_dcmtk_keys(series),
        "-od",
        str(dest),
        "127.0.0.1",
        str(server.dicom_port),
    ]
    return _run_dcmtk(command, dest, series.images, nagle)


def movescu(server: Any, series: StoredSeries, dest: Path, nagle: bool = False) -> float:
    """Seconds of dcmtk's C-MOVE of the series to its own storage SCP, into ``dest``."""
    command = [
        "movescu",
        "-aet",
        orthanc.OUR_AE,
        "-aem",
        orthanc.OUR_AE,
        "-aec",
        orthanc.ORTHANC_AE,
        "--port",
        str(server.move_port),
        *_dcmtk_keys(series),
        "-od",
        str(dest),
        "127.0.0.1",
        str(server.dicom_port),
    ]
    return _run_dcmtk(command, dest, series.images, nagle)


def plain_wado(server: Any, series: StoredSeries, dest: Path) -> float:
    """Seconds of one WADO-RS GET of the series, the multipart body written to disk as is."""
    dest.mkdir(parents=True)
    url = (
        f"{server.dicomweb_url}/studies/{series.study_instance_uid}"
        f"/series/{series.series_instance_uid}"
    )
    accept = 'multipart/related; type="application/dicom"; transfer-syntax=*'
    start = time.perf_counter()
    with requests.Session() as session:
        session.auth = (orthanc.USER, orthanc.PASSWORD)
        with session.get(url, headers={"Accept": accept}, stream=True, timeout=60) as answer:
            answer.raise_for_status()
            with open(dest / "series.multipart", "wb") as out:
                for chunk in answer.iter_content(chunk_size=1 << 20):
                    out.write(chunk)
    seconds = time.perf_counter() - start
    written = (dest / "series.multipart").stat().st_size / 1e6
    if written < 0.95 * series.megabytes:
        raise RuntimeError(f"the WADO-RS download brought {written:.0f} MB only")
    return seconds


# --- casereview ----------------------------------------------------------------------------


class TimedSource:
    """An archive client whose queries and transfers are timed (all else is passed on).

    ``services.pacs.retrieve`` calls ``find`` once (what the study holds), then
    ``fetch_series`` with its staging sink; the sink and the import are the retrieve's own.
    """

    def __init__(self, client: DimseClient | WebClient) -> None:
        self.client = client
        self.find_s = 0.0
        self.transfer_s = 0.0

    @property
    def node_name(self) -> str:
        return self.client.node_name

    def find(self, query: PacsQuery, cancel: CancelToken | None = None) -> list[PacsMatch]:
        start = time.perf_counter()
        try:
            return self.client.find(query, cancel)
        finally:
            self.find_s += time.perf_counter() - start

    def fetch_series(
        self,
        study_instance_uid: str,
        series_instance_uid: str,
        sink: InstanceSink,
        *,
        progress: ProgressReporter = no_progress,
        cancel: CancelToken | None = None,
        skip: Collection[str] = (),
    ) -> FetchCounts:
        start = time.perf_counter()
        try:
            return self.client.fetch_series(
                study_instance_uid,
                series_instance_uid,
                sink,
                progress=progress,
                cancel=cancel,
                skip=skip,
            )
        finally:
            self.transfer_s += time.perf_counter() - start


@dataclass(frozen=True)
class RetrieveTiming:
    """Seconds of one retrieve and of its parts."""

    total_s: float
    find_s: float
    transfer_s: float

    @property
    def import_s(self) -> float:
        """The rest: indexing the staged series (and the retrieve's bookkeeping)."""
        return self.total_s - self.find_s - self.transfer_s


def casereview_retrieve(
    make_client: Callable[[], DimseClient | WebClient], series: StoredSeries, dest: Path
) -> RetrieveTiming:
    """``services.pacs.retrieve`` of the series into a fresh database under ``dest``."""
    dest.mkdir(parents=True)
    database = open_database(sqlite_url_for_path(str(dest / "index.sqlite")))
    try:
        ensure_user(database, User(0, "bench", "Bench", Role.OTHER))
        source = TimedSource(make_client())
        start = time.perf_counter()
        report = retrieve(
            database,
            source,
            series.study_instance_uid,
            [series.series_instance_uid],
            "bench",
            pacs_dir=dest / "pacs",
            staging_dir=dest / "imports",
            quarantine_dir=dest / "quarantine",
        )
        total = time.perf_counter() - start
    finally:
        database.close()
    if not report.complete or report.imported != series.images:
        raise RuntimeError(f"the retrieve imported {report.imported} of {series.images} images")
    return RetrieveTiming(total, source.find_s, source.transfer_s)


def clients(server: Any) -> dict[str, Callable[[], DimseClient | WebClient]]:
    """How casereview reaches the archive, per protocol (as the tests' nodes)."""
    dimse = DimseNode(
        "Bench PACS",
        orthanc.ORTHANC_AE,
        "127.0.0.1",
        server.dicom_port,
        our_ae_title=orthanc.OUR_AE,
        our_port=server.move_port,
        timeout=60,
    )
    web = WebNode("Bench web", server.dicomweb_url, WebAuth.BASIC, orthanc.USER, timeout=60)
    return {
        "C-GET": lambda: DimseClient(dimse, "get"),
        "C-MOVE": lambda: DimseClient(dimse, "move"),
        "WADO-RS": lambda: WebClient(web, orthanc.PASSWORD),
    }


# --- the transfer benchmark ----------------------------------------------------------------


@dataclass
class TransferFigures:
    """Best seconds per baseline, and the best retrieve per protocol."""

    baselines: dict[str, float] = field(default_factory=dict)
    retrieves: dict[str, RetrieveTiming] = field(default_factory=dict)
    all_runs: dict[str, list[float]] = field(default_factory=dict)


def measure_transfers(
    server: Any,
    series: StoredSeries,
    scratch: Path,
    repeat: int,
    protocols: Sequence[str],
    dcmtk_as_installed: bool,
) -> TransferFigures:
    """Every method ``repeat`` times, taking turns, each into an empty folder (then removed)."""
    make = clients(server)
    baselines: dict[str, Callable[[Path], float]] = {
        "getscu": lambda dest: getscu(server, series, dest),
        "movescu": lambda dest: movescu(server, series, dest),
        "plain WADO-RS": lambda dest: plain_wado(server, series, dest),
    }
    wanted_baselines = {
        "getscu": "C-GET" in protocols,
        "movescu": "C-MOVE" in protocols,
        "plain WADO-RS": "WADO-RS" in protocols,
    }
    figures = TransferFigures()
    if dcmtk_as_installed:  # once each: for the record, not a baseline
        for name, dcmtk in (("getscu", getscu), ("movescu", movescu)):
            if wanted_baselines[name]:
                dest = scratch / f"{name}-nagle"
                figures.all_runs[f"{name} as installed (Nagle on)"] = [
                    dcmtk(server, series, dest, True)
                ]
                shutil.rmtree(dest)
    for run in range(repeat):
        for name, action in baselines.items():
            if not wanted_baselines[name]:
                continue
            dest = scratch / f"{name.replace(' ', '-')}-{run}"
            seconds = action(dest)
            shutil.rmtree(dest)
            figures.all_runs.setdefault(name, []).append(seconds)
            figures.baselines[name] = min(figures.baselines.get(name, seconds), seconds)
        for protocol in protocols:
            dest = scratch / f"casereview-{protocol}-{run}"
            timing = casereview_retrieve(make[protocol], series, dest)
            shutil.rmtree(dest)
            figures.all_runs.setdefault(f"{protocol} transfer", []).append(timing.transfer_s)
            figures.all_runs.setdefault(f"{protocol} retrieve", []).append(timing.total_s)
            best = figures.retrieves.get(protocol)
            # Transfer and whole retrieve are judged apart: keep the best of each.
            figures.retrieves[protocol] = RetrieveTiming(
                min(timing.total_s, best.total_s) if best else timing.total_s,
                min(timing.find_s, best.find_s) if best else timing.find_s,
                min(timing.transfer_s, best.transfer_s) if best else timing.transfer_s,
            )
    return figures


BASELINE_OF = {"C-GET": "getscu", "C-MOVE": "movescu", "WADO-RS": "plain WADO-RS"}


def print_transfers(figures: TransferFigures, series: StoredSeries, repeat: int) -> None:
    mb, n = series.megabytes, series.images
    print(
        f"series: {n} CT images 512x512 16-bit, {mb:.0f} MB, Orthanc on 127.0.0.1; best of "
        f"{repeat}; {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the end"
    )

    def row(label: str, seconds: float, ratio: str = "") -> None:
        print(
            f"  {label:<44}{seconds:7.2f} s {n / seconds:7.0f} img/s {mb / seconds:6.0f} MB/s{ratio}"
        )

    for protocol, timing in figures.retrieves.items():
        baseline_name = BASELINE_OF[protocol]
        baseline = figures.baselines[baseline_name]
        print(f"{protocol}:")
        row(
            f"(baseline) {baseline_name}" + (" TCP_NODELAY=1" if protocol != "WADO-RS" else ""),
            baseline,
        )
        transfer = timing.transfer_s / baseline
        verdict = "ok" if transfer <= TARGET_RATIO else "OVER"
        row(
            "casereview transfer into staging",
            timing.transfer_s,
            f"  = {transfer:.2f}x baseline (target <= {TARGET_RATIO}x: {verdict})",
        )
        if protocol == "WADO-RS" and "getscu" in figures.baselines:
            # The issue names dcmtk's getscu as the baseline of both protocols; the plain
            # download above (one stream to one file, nothing parsed or made durable per
            # image) is the floor of HTTP on this machine, shown for reference.
            getscu = timing.transfer_s / figures.baselines["getscu"]
            verdict = "ok" if getscu <= TARGET_RATIO else "OVER"
            print(
                f"  {'':<44}transfer = {getscu:.2f}x getscu (target <= {TARGET_RATIO}x: {verdict})"
            )
        row(
            "casereview retrieve (query+transfer+import)",
            timing.total_s,
            f"  = {timing.total_s / baseline:.2f}x baseline",
        )
        print(
            f"  {'':<44}parts of the best retrieve: query {timing.find_s:.2f} s, "
            f"import {timing.import_s:.2f} s"
        )
    print("every run (s):")
    for name, runs in figures.all_runs.items():
        print(f"  {name:<44}" + " ".join(f"{s:6.2f}" for s in runs))


# --- time to the first image on screen -----------------------------------------------------


@dataclass(frozen=True)
class ScreenTiming:
    """Seconds from the start of the retrieve (all marks are from that instant)."""

    transfer_s: float
    import_s: float
    retrieved_s: float
    tab_created_s: float
    viewer_open_s: float
    first_image_s: float
    render_s: float
    volume_complete_s: float


def _pump_until(condition: Callable[[], bool], timeout_s: float = 300.0) -> None:
    """Let Qt work until ``condition`` holds.

    ``QTest.qWait`` rather than a tight ``processEvents`` loop (PySide6 6.12.0 loses a
    reference to ``None`` per call and a tight loop ends the process: see
    ``presentation_timing.py``).
    """
    from PySide6.QtTest import QTest

    start = time.perf_counter()
    while not condition():
        if time.perf_counter() - start > timeout_s:
            raise TimeoutError("the viewer did not show the series in time")
        QTest.qWait(2)


def _shown_slice_loaded(viewer: Any) -> bool:
    """Whether the axial slice the viewer shows holds its image (not the loader's -1024)."""
    primary = viewer.session.primary
    if primary is None:
        return False
    k = int(np.rint(primary.continuous_index(viewer.session.crosshair)[0]))
    voxels = primary.volume.voxels
    return 0 <= k < voxels.shape[0] and bool(np.any(voxels[k] != -1024))


def time_to_first_image(
    make_client: Callable[[], DimseClient | WebClient],
    series: StoredSeries,
    root: Path,
    screenshot: Path | None,
) -> ScreenTiming:
    """Retrieve into a fresh workstation with its main window open, then open the series."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from casereview.app.context import bootstrap
    from casereview.services.volumes import series_id_for_uid
    from casereview.session import Orientation
    from casereview.ui.shell import ShellWindow

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    context = bootstrap(root / "home")
    window = ShellWindow(context)
    marks: dict[str, float] = {}
    try:
        window.resize(1600, 1000)
        window.show()
        QTest.qWaitForWindowExposed(window)
        _pump_until(lambda: not window.reading)  # the (empty) browser is shown

        def watch(viewer: Any) -> None:
            marks.setdefault("tab_created", time.perf_counter())
            widget = viewer.slice_widgets[("primary", Orientation.AXIAL)]
            frame: dict[str, Any] = {}

            def started(_caller: object, _event: str) -> None:
                frame["start"] = time.perf_counter()
                frame["loaded"] = _shown_slice_loaded(viewer)

            def ended(_caller: object, _event: str) -> None:
                now = time.perf_counter()
                marks.setdefault("viewer_open", now)
                if frame.get("loaded") and "first_image" not in marks:
                    marks["first_image"] = now
                    marks["render"] = now - frame["start"]

            window_ = widget.GetRenderWindow()
            window_.AddObserver("StartEvent", started)
            window_.AddObserver("EndEvent", ended)

        window.viewer_opened.connect(watch)
        source = TimedSource(make_client())
        start = time.perf_counter()
        report = retrieve(
            context.db,
            source,
            series.study_instance_uid,
            [series.series_instance_uid],
            context.user.username,
            pacs_dir=context.paths.root / "pacs",
            staging_dir=context.paths.imports,
            quarantine_dir=context.paths.quarantine,
        )
        retrieved = time.perf_counter()
        if report.imported != series.images:
            raise RuntimeError(f"the retrieve imported {report.imported} of {series.images}")
        task = window.open_series([series_id_for_uid(context.db, series.series_instance_uid)])
        assert task is not None
        _pump_until(lambda: "first_image" in marks or task.done)
        if screenshot is not None and "first_image" in marks:
            screenshot.parent.mkdir(parents=True, exist_ok=True)
            app.primaryScreen().grabWindow(0).save(str(screenshot))
        _pump_until(lambda: task.done)
        complete = time.perf_counter()
        if task.error is not None:
            raise RuntimeError(f"the viewer could not load the series: {task.error!r}")
        if "first_image" not in marks:
            raise RuntimeError("the viewer never drew the retrieved slice")
    finally:
        window.close()
        app.processEvents()
        context.close()
    return ScreenTiming(
        transfer_s=source.transfer_s,
        import_s=retrieved - start - source.find_s - source.transfer_s,
        retrieved_s=retrieved - start,
        tab_created_s=marks["tab_created"] - start,
        viewer_open_s=marks["viewer_open"] - start,
        first_image_s=marks["first_image"] - start,
        render_s=marks["render"],
        volume_complete_s=complete - start,
    )


def print_screen(timings: dict[str, list[ScreenTiming]]) -> None:
    print(
        "time to the first image on screen: seconds from the start of the retrieve "
        "(parts: query+transfer, import; then the viewer)"
    )
    header = ("transfer", "retrieved", "tab made", "1st frame", "1st image", "render", "all read")
    print("  " + " " * 13 + "".join(f"{h:>11}" for h in header))
    for protocol, runs in timings.items():
        rows = [(f"{protocol} run {i + 1}", r) for i, r in enumerate(runs)]
        for label, r in rows:
            values = (
                r.transfer_s,
                r.retrieved_s,
                r.tab_created_s,
                r.viewer_open_s,
                r.first_image_s,
                r.render_s,
                r.volume_complete_s,
            )
            print(f"  {label:<13}" + "".join(f"{v:>10.2f}s" for v in values))
        first = statistics.median(r.first_image_s for r in runs)
        retrieved = statistics.median(r.retrieved_s for r in runs)
        print(
            f"  {protocol}: first image on screen after {first:.2f} s (median), of which the "
            f"retrieve {retrieved:.2f} s (transfer "
            f"{statistics.median(r.transfer_s for r in runs):.2f} s, import "
            f"{statistics.median(r.import_s for r in runs):.2f} s) and the viewer "
            f"{first - retrieved:.2f} s"
        )


# --- the run -------------------------------------------------------------------------------


def _rerun_under_xvfb() -> None:
    """Start this benchmark again on a virtual X display (VTK inside Qt needs one)."""
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        raise SystemExit(
            "No X display for the viewer: install xvfb (Debian package xvfb) or run with "
            "--no-screen."
        )
    os.environ[XVFB_ENV] = "1"
    os.execv(xvfb, [xvfb, *XVFB_ARGS, sys.executable, *sys.argv])


def _require(command: str, package: str) -> None:
    if shutil.which(command) is None:
        raise SystemExit(f"{command} is not installed (Debian package {package}).")


@contextmanager
def archive(root: Path) -> Iterator[Any]:
    """The throw-away Orthanc; its launcher's pytest skip/fail become a plain message."""
    import pytest

    try:
        with orthanc.running_orthanc(root) as server:
            yield server
    except (pytest.skip.Exception, pytest.fail.Exception) as exc:
        raise SystemExit(f"Orthanc: {exc}") from None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--images", type=int, default=300, help="images in the series")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each method (best kept)")
    parser.add_argument(
        "--protocols",
        nargs="+",
        choices=("C-GET", "C-MOVE", "WADO-RS"),
        default=["C-GET", "C-MOVE", "WADO-RS"],
    )
    parser.add_argument(
        "--no-screen", action="store_true", help="skip the time to the first image on screen"
    )
    parser.add_argument(
        "--screenshot", type=Path, help="save the screen when the first C-GET image is drawn"
    )
    parser.add_argument(
        "--dcmtk-as-installed",
        action="store_true",
        help="also time getscu and movescu once without TCP_NODELAY (Nagle's delay on)",
    )
    args = parser.parse_args()
    if args.repeat < 1 or args.images < 2:
        parser.error("--repeat must be at least 1 and --images at least 2")
    if not args.no_screen and not os.environ.get("DISPLAY"):
        if os.environ.get(XVFB_ENV):
            raise SystemExit("xvfb-run gave no DISPLAY; run with --no-screen.")
        _rerun_under_xvfb()
    if "C-GET" in args.protocols:
        _require("getscu", "dcmtk")
    if "C-MOVE" in args.protocols:
        _require("movescu", "dcmtk")
    with tempfile.TemporaryDirectory(prefix="casereview-bench-pacs-") as tmp:
        root = Path(tmp)
        series = write_series(root / "series", args.images)
        with archive(root / "orthanc") as server:
            server.upload(series.paths)
            figures = measure_transfers(
                server,
                series,
                root / "runs",
                args.repeat,
                args.protocols,
                args.dcmtk_as_installed,
            )
            print_transfers(figures, series, args.repeat)
            if args.no_screen:
                return
            make = clients(server)
            screen: dict[str, list[ScreenTiming]] = {}
            for run in range(args.repeat):
                for protocol in ("C-GET", "WADO-RS"):
                    if protocol not in args.protocols:
                        continue
                    shot = args.screenshot if (run, protocol) == (0, "C-GET") else None
                    folder = root / f"screen-{protocol}-{run}"
                    timing = time_to_first_image(make[protocol], series, folder, shot)
                    shutil.rmtree(folder)
                    screen.setdefault(protocol, []).append(timing)
            print_screen(screen)


if __name__ == "__main__":
    main()
