"""Annotations and segment edits survive SIGKILL right after they were acknowledged."""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import time
from pathlib import Path

import annotation_workers
import pytest

from casereview.services.annotations import list_annotations
from casereview.services.segmentations import list_segments, segment_mask
from casereview.store.database import open_database
from casereview.store.engine import sqlite_url_for_path

KILLS = 20
pytestmark = pytest.mark.slow


def test_acknowledged_edits_survive_sigkill(tmp_path: Path) -> None:
    url = sqlite_url_for_path(str(tmp_path / "edits.sqlite"))
    case_id = annotation_workers.prepare(url)
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["annotation_workers", "casereview.commands.edits"])
    rng = random.Random(7)
    annotations: set[str] = set()
    segments: dict[str, int] = {}

    def record(message: tuple) -> None:
        if message[0] == "annotation":
            annotations.add(message[1])
        else:
            segments[message[1]] = max(segments.get(message[1], 0), message[2])

    for _ in range(KILLS):
        receiver, sender = ctx.Pipe(duplex=False)
        child = ctx.Process(target=annotation_workers.edit_forever, args=(url, case_id, sender))
        child.start()
        sender.close()
        assert receiver.poll(60), "the editor never acknowledged an edit"
        record(receiver.recv())  # the kill lands right after an acknowledged edit …
        deadline = time.monotonic() + rng.uniform(0.0, 0.05)  # … or a little later
        while time.monotonic() < deadline:
            if receiver.poll(0.001):
                record(receiver.recv())
        os.kill(child.pid, signal.SIGKILL)
        child.join(10)
        assert child.exitcode == -signal.SIGKILL
        while receiver.poll(0):
            try:
                record(receiver.recv())
            except EOFError:
                break
        receiver.close()

    database = open_database(url)
    try:
        stored = {a.uuid for a in list_annotations(database, case_id)}
        assert annotations <= stored, f"{len(annotations - stored)} acknowledged annotations lost"
        assert len(annotations) >= KILLS
        by_uuid = {s.uuid: s for s in list_segments(database, case_id)}
        for uuid, count in segments.items():
            assert by_uuid[uuid].voxel_count >= count
            assert int(segment_mask(database, uuid).sum()) == by_uuid[uuid].voxel_count
        assert database.integrity_problems() == []
    finally:
        database.close()
