"""Presentation: how long Page Down takes to put the next key image on screen.

A meeting of demo cases is presented at 1920×1080 (a fixed window; no projector needed). Each
case is on a series of its own (demo variants × contrast phases: a different patient's CT at
every case, as at a real MDT) with two key images. Measured, from the key's action until the
key image is on screen drawn for its place:

* a jump to a case nothing was drawn for yet (cold: End to the last case; its series must be
  read and its image rendered while the room waits, as every Page Down did before issue 20);
* each later Page Down after the presenter has talked about the slide (warm: the images around
  the one on screen were drawn meanwhile), median and max over the agenda.

Baselines measured in the same run: one render of a key image at the same size with the volume
in memory, and reading one series from disk. Target: Page Down ≤ 0.3 s.

Run: ``.venv/bin/python benchmarks/presentation_timing.py [--variants 2] [--small]``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

TARGET_S = 0.3
VARIANTS = ("borderline", "resectable", "locally-advanced")


@dataclass(frozen=True)
class PageDownFigures:
    """Seconds per Page Down and the same run's baselines."""

    image_size: tuple[int, int]
    volume_shape: tuple[int, int, int]
    cases: int
    render_s: float
    read_series_s: float
    cold_s: float
    warm_s: tuple[float, ...]

    @property
    def warm_median_s(self) -> float:
        """Median of the warm Page Downs."""
        return statistics.median(self.warm_s)

    @property
    def warm_max_s(self) -> float:
        """Slowest warm Page Down."""
        return max(self.warm_s)


def _pump_until(condition: Callable[[], bool], timeout_s: float = 120.0) -> float:
    """Let Qt work until ``condition`` holds; the seconds it took (to within 2 ms).

    ``QTest.qWait`` and not a tight ``processEvents`` loop: with PySide6 6.12.0 every call of
    a Qt function returning nothing loses a reference to ``None``, and the hundreds of
    thousands of calls a tight loop makes end the process ("none_dealloc").
    """
    from PySide6.QtTest import QTest

    start = time.perf_counter()
    while not condition():
        if time.perf_counter() - start > timeout_s:
            raise TimeoutError("the presentation did not show the key image in time")
        QTest.qWait(2)
    return time.perf_counter() - start


def page_down_times(variants: int = 2, *, small: bool = False) -> PageDownFigures:
    """Present a meeting of demo cases and time its Page Downs.

    Parameters
    ----------
    variants
        Demo patients generated (2–3); each gives two series (arterial, portal venous) and so
        two cases on the agenda.
    small
        Use the small demo grid (256×256×96) instead of the default (512×512×200).
    """
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="casereview-bench-presentation-") as tmp:
        previous_home = os.environ.get("CASEREVIEW_HOME")
        os.environ["CASEREVIEW_HOME"] = str(Path(tmp) / "home")
        try:
            return _measure(Path(tmp), variants, small)
        finally:
            if previous_home is None:
                os.environ.pop("CASEREVIEW_HOME", None)
            else:
                os.environ["CASEREVIEW_HOME"] = previous_home
            app.processEvents()


def _measure(tmp: Path, variants: int, small: bool) -> PageDownFigures:
    from casereview.app.context import bootstrap
    from casereview.demo.install import install_demo
    from casereview.domain.annotations import ImageReference, KeyImageDraft, ViewPlane
    from casereview.domain.cases import CaseDraft
    from casereview.domain.meetings import MeetingDraft, QuorumRule
    from casereview.domain.users import Role
    from casereview.render.key_images import render_key_image
    from casereview.services import annotations as annotation_service
    from casereview.services import cases as case_service
    from casereview.services import meetings as meeting_service
    from casereview.services.index import list_patients
    from casereview.services.volumes import VolumeCache, load_series_volume
    from casereview.ui.meetings.presentation import PresentationWindow

    context = bootstrap()
    try:
        user = context.user.username
        meeting = meeting_service.create_meeting(
            context.db,
            MeetingDraft("Benchmark MDT", datetime.now(UTC), chair="Dr Chair"),
            QuorumRule((Role.SURGEON,), 1),
            user,
        )
        one_series = 0
        # Two patients at least: the last case must be one nothing reads ahead (the cold jump).
        for variant in VARIANTS[: max(2, min(variants, len(VARIANTS)))]:
            demo = install_demo(
                context.db,
                tmp / variant,
                user,
                staging_dir=context.paths.imports,
                quarantine_dir=context.paths.quarantine,
                variant=variant,
                small=small,
            )
            assert demo.demo is not None
            x, y, z = demo.demo.ground_truth.tumour.centre_lps_mm
            uids = {
                series.id: series.series_instance_uid
                for patient in list_patients(context.db)
                for study in patient.studies
                for series in study.series
            }
            for series_id in demo.case.series_ids[:2]:
                one_series = series_id
                case = case_service.create_case(
                    context.db,
                    CaseDraft(
                        demo.case.patient_id,
                        f"{variant} — series {series_id}",
                        clinical_question="Resectable?",
                        series_ids=(series_id,),
                    ),
                    user,
                )
                for dz in (0.0, 10.0):
                    annotation_service.flag_key_image(
                        context.db,
                        case.id,
                        KeyImageDraft(
                            ImageReference(series_instance_uid=uids[series_id]),
                            "axial",
                            ViewPlane((x, y, z + dz), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0)),
                            50.0,
                            400.0,
                            caption=f"Level {dz:+.0f} mm",
                        ),
                        user,
                    )
                meeting_service.add_case(context.db, meeting.id, case.id, user)

        volumes = VolumeCache(4 * 2**30)
        window = PresentationWindow(context, meeting.id, volumes, full_screen=False)
        window.show()
        window.resize(1920, 1080)
        try:
            figures = _page_through(window)
            size = window.image_size()
            key_image = window.summary.cases[-1].key_images[0]
        finally:
            window.close()

        # Baselines: reading one series, and one render of a key image with it in memory.
        start = time.perf_counter()
        volume = load_series_volume(context.db, one_series)
        read_series_s = time.perf_counter() - start
        render_key_image(volume, key_image, (size.width(), size.height()))  # warm VTK up
        start = time.perf_counter()
        render_key_image(volume, key_image, (size.width(), size.height()))
        render_s = time.perf_counter() - start
        cold_s, warm_s = figures
        depth, rows, columns = (int(n) for n in volume.voxels.shape)
        return PageDownFigures(
            image_size=(size.width(), size.height()),
            volume_shape=(depth, rows, columns),
            cases=len(window.summary.cases),
            render_s=render_s,
            read_series_s=read_series_s,
            cold_s=cold_s,
            warm_s=tuple(warm_s),
        )
    finally:
        context.close()


def _page_through(window: object) -> tuple[float, list[float]]:
    """A cold jump to a case not drawn ahead, then warm Page Downs through the agenda."""
    from casereview.ui.meetings.presentation import PresentationWindow

    assert isinstance(window, PresentationWindow)

    def drawn_for_its_place() -> bool:
        if window.shown_image_size() != window.image_size():
            return False
        window.repaint()  # on screen, not only handed to the label
        return True

    # The window settles at its size; the first key image is drawn.
    _pump_until(lambda: window.prepared.idle() and drawn_for_its_place())
    # Cold: End, to the last case, which nothing has drawn or read ahead: its series is read
    # and its key image rendered while the room waits, as every Page Down did before.
    start = time.perf_counter()
    window.show_case(len(window.summary.cases) - 1)
    cold = time.perf_counter() - start + _pump_until(drawn_for_its_place)
    window.show_case(0)
    warm = []
    while True:
        # The presenter talks; the images around this one are drawn meanwhile.
        _pump_until(window.prepared.idle)
        where = (window.case_index, window.image_index)
        start = time.perf_counter()
        window.next()
        if (window.case_index, window.image_index) == where:
            break
        warm.append(time.perf_counter() - start + _pump_until(drawn_for_its_place))
    return cold, warm


def print_page_down_times(figures: PageDownFigures) -> None:
    """Print the figures with their ratios to the baselines and the target."""
    width, height = figures.image_size
    print(
        f"presentation Page Down: {figures.cases} cases × 2 key images, each case its own "
        f"series {'×'.join(map(str, figures.volume_shape))}, key image drawn at "
        f"{width}×{height} px (1920×1080 window)"
    )
    render = figures.render_s
    pages = len(figures.warm_s)
    rows = [
        ("baseline (a): one key image render, volume in memory", render, ""),
        ("baseline: reading one series from disk", figures.read_series_s, ""),
        ("cold: a case not drawn ahead (End), drawn on demand", figures.cold_s, ""),
        (f"warm Page Down ({pages} pages), median", figures.warm_median_s, "target"),
        (f"warm Page Down ({pages} pages), max", figures.warm_max_s, "target"),
    ]
    for label, seconds, target in rows:
        verdict = ""
        if target:
            verdict = f"  [target <= {TARGET_S} s: {'met' if seconds <= TARGET_S else 'NOT met'}]"
        print(f"  {label:<54} {seconds:7.3f} s {seconds / render:6.2f}x (a){verdict}")


def main() -> None:
    """Run with command-line options and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variants", type=int, default=2, help="demo patients (2–3)")
    parser.add_argument("--small", action="store_true", help="small demo grid")
    args = parser.parse_args()
    print_page_down_times(page_down_times(args.variants, small=args.small))


if __name__ == "__main__":
    main()
