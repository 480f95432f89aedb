"""The retrieve's staging sink writing behind: files count as staged only once on disk."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from casereview.net.query import ReceivedInstance
from casereview.services import pacs
from casereview.services.pacs import PARTIAL_SUFFIX, StagingSink, staged_uids

STUDY, SERIES = "1.2.826.0.1.3680043.10.511.1", "1.2.826.0.1.3680043.10.511.2"


def instance(number: int) -> ReceivedInstance:
    return ReceivedInstance(
        sop_instance_uid=f"1.2.826.0.1.3680043.10.511.3.{number}",
        sop_class_uid="1.2.840.10008.5.1.4.1.1.2",
        study_instance_uid=STUDY,
        series_instance_uid=SERIES,
        data=bytes([number % 256]) * (1000 + number),
    )


@pytest.mark.parametrize("write_behind", [False, True])
def test_every_file_is_staged_whole_after_close(tmp_path: Path, write_behind: bool) -> None:
    sink = StagingSink(tmp_path, {instance(0).sop_instance_uid}, write_behind=write_behind)
    # Two network threads at once, as the storage listener calls it; more files than the
    # write-behind queue holds, so the callers wait for the disk now and then.
    count = 3 * pacs.WRITE_BEHIND_DEPTH
    threads = [
        threading.Thread(
            target=lambda part=part: [sink(instance(n)) for n in range(part, count, 2)]
        )
        for part in (0, 1)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    sink.close()
    expected = {instance(n).sop_instance_uid for n in range(1, count)}  # 0 was present
    assert staged_uids(tmp_path) == expected
    assert sink.written == count - 1 and sink.failed == 0
    for n in range(1, count):
        assert (tmp_path / f"{instance(n).sop_instance_uid}.dcm").read_bytes() == instance(n).data
    assert not list(tmp_path.glob(f"*{PARTIAL_SUFFIX}"))
    assert {t.name for t in threading.enumerate()}.isdisjoint({"staging"})


def test_a_file_that_cannot_be_flushed_is_not_staged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_fsync = os.fsync
    refused: list[int] = []

    def fsync(fd: int) -> None:
        if not refused:  # the first flush fails (a full or failing disk)
            refused.append(fd)
            raise OSError(28, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    sink = StagingSink(tmp_path, set(), write_behind=True)
    for n in range(5):
        sink(instance(n))
    sink.close()
    assert len(staged_uids(tmp_path)) == 4  # the retrieve finds the series incomplete
    assert sink.written == 4 and sink.failed == 1
    assert not list(tmp_path.glob(f"*{PARTIAL_SUFFIX}"))
    # Arriving again (a retrieve resumed), the failed one is written this time.
    for n in range(5):
        sink(instance(n))
    assert len(staged_uids(tmp_path)) == 5 and sink.written == 5


def test_close_waits_for_a_call_still_handing_its_file_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A cancelled C-GET: the network thread may still be in the sink when the retrieve
    closes it; the file it writes is staged, not left behind as a partial one."""
    sink = StagingSink(tmp_path, set(), write_behind=True)
    in_write = threading.Event()
    go_on = threading.Event()
    real_open = open

    def slow_open(path: Path, mode: str) -> object:
        handle = real_open(path, mode)
        in_write.set()
        go_on.wait(5)
        return handle

    monkeypatch.setattr(pacs, "open", slow_open, raising=False)
    caller = threading.Thread(target=sink, args=(instance(1),))
    caller.start()
    assert in_write.wait(5)
    closer = threading.Thread(target=sink.close)
    closer.start()
    closer.join(0.2)
    assert closer.is_alive()  # waiting for the call in progress
    go_on.set()
    caller.join(5)
    closer.join(5)
    assert not closer.is_alive()
    assert staged_uids(tmp_path) == {instance(1).sop_instance_uid}
    assert not list(tmp_path.glob(f"*{PARTIAL_SUFFIX}"))
