"""Annotation and segmentation editing benchmark: durable edits and the segment overlay.

Three figures, each with a baseline measured in the same run:

* **Add a length** (command → service → one SQLite transaction with its audit record, WAL,
  synchronous=FULL): median ms, against a bare write transaction holding one audit record.
* **Paint stroke on a 512×512×300 grid** (``EditSegmentMask``: pack the masks, write, measure
  volume and diameters): median ms, against packing the mask alone.
* **Next slice with three segments shown** (reslice of the label volume, colouring, render,
  800×600 offscreen): median ms, against the same view without segments; the ratio to the
  16 ms budget of a 60 Hz display is printed too.
* **One brush step** of a paint stroke with three segments shown (brush, relabel the touched
  voxels, reslice, render): median ms, against the next slice without segments.

Run: ``.venv/bin/python benchmarks/bench_annotations.py [--repeats N]``.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np
from bench_slices import phantom

from casereview.analysis.segmentation import brush_region, sphere
from casereview.commands import CommandHistory, EditContext
from casereview.commands.edits import CreateAnnotation, CreateSegment, EditSegmentMask
from casereview.domain.annotations import AnnotationDraft, AnnotationKind, ImageReference
from casereview.domain.audit import AuditAction
from casereview.domain.cases import CaseDraft
from casereview.domain.segments import TEMPLATE_BY_KEY, SegmentDraft
from casereview.domain.users import Role, User
from casereview.render.offscreen import offscreen_window
from casereview.render.segment_overlay import SegmentOverlay2D
from casereview.render.slice_pipeline import SliceView
from casereview.services.cases import create_case
from casereview.services.users import ensure_user
from casereview.session import Orientation, SeriesInfo, ViewerSession
from casereview.store.database import open_database
from casereview.store.engine import sqlite_url_for_path
from casereview.store.repositories import AuditRepository, IndexRepository
from casereview.store.repositories_annotations import pack_mask

BUDGET_MS = 16.0


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=40)
    args = parser.parse_args()
    volume = phantom(512, 512, 300)

    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(sqlite_url_for_path(str(Path(tmp) / "bench.sqlite")))
        ensure_user(db, User(0, "bench", "Bench", Role.SURGEON))
        with db.writing() as session:
            patient, _ = IndexRepository(session).upsert_patient("BENCH-1")
        case = create_case(db, CaseDraft(patient, "bench"), "bench")
        viewer = ViewerSession()
        viewer.set_primary(volume, SeriesInfo(1))
        ctx = EditContext(db, "bench", case.id, volume, viewer)
        history = CommandHistory()

        # 1. durable annotation edits
        add, bare = [], []
        for n in range(args.repeats):
            a = (float(n), 0.0, 0.0)
            b = (float(n) + 12.5, 4.0, 0.0)
            draft = AnnotationDraft(
                AnnotationKind.LENGTH, (a, b), ImageReference(volume.series_instance_uid)
            )
            started = time.perf_counter()
            history.push(CreateAnnotation(ctx, draft))
            add.append(time.perf_counter() - started)
            started = time.perf_counter()
            with db.writing() as session:
                AuditRepository(session).append(AuditAction.CASE_UPDATED, "case", case.id, None)
            bare.append(time.perf_counter() - started)
        print(
            f"add a length (durable):      {_median_ms(add):7.2f} ms   "
            f"bare write transaction {_median_ms(bare):6.2f} ms   ratio {_median_ms(add) / _median_ms(bare):5.2f}"
        )

        # 2. paint strokes on a full-size grid
        templates = [TEMPLATE_BY_KEY[k] for k in ("tumour", "smv", "pancreas")]
        uuids = []
        for t in templates:
            create = CreateSegment(
                ctx, SegmentDraft(t.name, t.category, t.type, t.colour, volume.series_instance_uid)
            )
            history.push(create)
            uuids.append(create.uuid)
        centre = volume.index_to_patient(np.array([[150.0, 230.0, 180.0]]))[0]
        mask = np.zeros(volume.shape, dtype=bool)
        stroke, packing = [], []
        for n in range(max(5, args.repeats // 4)):
            before = mask.copy()
            mask |= sphere(volume, tuple(centre + [2.0 * n, 0.0, 0.0]), 15.0)
            started = time.perf_counter()
            history.push(EditSegmentMask(ctx, uuids[0], before, mask.copy(), "Paint"))
            stroke.append(time.perf_counter() - started)
            started = time.perf_counter()
            pack_mask(mask)
            packing.append(time.perf_counter() - started)
        print(
            f"paint stroke, 512x512x300:   {_median_ms(stroke):7.1f} ms   "
            f"packing alone {_median_ms(packing):6.1f} ms   ratio {_median_ms(stroke) / _median_ms(packing):5.2f}"
        )
        for uuid, offset in zip(uuids[1:], (40.0, -40.0), strict=True):
            other = sphere(volume, tuple(centre + [offset, 0.0, 0.0]), 20.0)
            history.push(EditSegmentMask(ctx, uuid, np.zeros_like(other), other))

        # 3. next slice with and without segments
        def next_slices(with_segments: bool) -> float:
            window = offscreen_window(800, 600)
            view = SliceView(viewer, Orientation.AXIAL)
            window.AddRenderer(view.renderer)
            overlay = SegmentOverlay2D(view) if with_segments else None
            view.reset_camera()
            viewer.set_crosshair(centre)
            window.Render()
            times = []
            for n in range(args.repeats):
                started = time.perf_counter()
                viewer.scroll(Orientation.AXIAL, 1 if n % 2 == 0 else -1)  # stay in the segments
                window.Render()
                times.append(time.perf_counter() - started)
            if overlay is not None:
                assert overlay.last_labels is not None and overlay.last_labels.any()
                overlay.close()
            view.close()
            window.Finalize()
            return _median_ms(times)

        plain = next_slices(False)
        shown = next_slices(True)
        print(
            f"next slice, 3 segments:      {shown:7.1f} ms   without segments {plain:6.1f} ms   "
            f"ratio {shown / plain:5.2f}   vs 16 ms budget {shown / BUDGET_MS:5.2f}"
        )

        # 4. one brush step of a stroke (what each mouse move costs), shown at once
        window = offscreen_window(800, 600)
        view = SliceView(viewer, Orientation.AXIAL)
        window.AddRenderer(view.renderer)
        overlay = SegmentOverlay2D(view)
        view.reset_camera()
        viewer.set_crosshair(centre)
        window.Render()
        working = viewer.segment_masks[uuids[0]].copy()
        steps = []
        for n in range(args.repeats):
            point = centre + [-30.0 + 1.5 * n, 20.0, 0.0]
            started = time.perf_counter()
            region = brush_region(volume, point, 5.0, (0.0, 0.0, 1.0))
            assert region is not None
            box, brush = region
            working[box] |= brush
            viewer.segment_voxels_edited(uuids[0], working, box)
            window.Render()
            steps.append(time.perf_counter() - started)
        overlay.close()
        view.close()
        window.Finalize()
        step = _median_ms(steps)
        print(
            f"brush step, 3 segments:      {step:7.1f} ms   next slice without segments "
            f"{plain:6.1f} ms   ratio {step / plain:5.2f}   vs 16 ms budget {step / BUDGET_MS:5.2f}"
        )
        db.close()


if __name__ == "__main__":
    main()
