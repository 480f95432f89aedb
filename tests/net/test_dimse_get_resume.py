"""C-GET of a series, against an archive whose behaviour the test chooses (a pynetdicom
Query/Retrieve SCP on loopback): from scratch one series C-GET; resumed, only the missing
instances are asked for; an archive that cannot list instances sends the series again; and
nothing reaches the sink after a cancel or a failure has been raised.
"""

from __future__ import annotations

import copy
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from io import BytesIO
from typing import Any

import pydicom
import pytest
from pydicom.data import get_testdata_file
from pydicom.dataset import Dataset
from pydicom.uid import generate_uid
from pynetdicom import AE, evt

from casereview.domain.pacs_nodes import DimseNode
from casereview.domain.progress import CancelToken
from casereview.errors import OperationCancelled
from casereview.net import dimse_get
from casereview.net.dimse_association import (
    StudyRootQueryRetrieveInformationModelFind,
    StudyRootQueryRetrieveInformationModelGet,
)
from casereview.net.errors import PacsError
from casereview.net.query import ReceivedInstance

ARCHIVE_AE = "FAKEPACS"
CT_IMAGE = "1.2.840.10008.5.1.4.1.1.2"
STUDY = "1.2.826.0.1.3680043.10.1077.77.1"
SERIES = "1.2.826.0.1.3680043.10.1077.77.2"
COUNT = 40


def _series() -> list[Dataset]:
    template = pydicom.dcmread(get_testdata_file("CT_small.dcm"))
    images = []
    for number in range(1, COUNT + 1):
        ds = copy.deepcopy(template)
        ds.StudyInstanceUID = STUDY
        ds.SeriesInstanceUID = SERIES
        ds.SOPInstanceUID = generate_uid(entropy_srcs=[STUDY, str(number)])
        ds.file_meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
        ds.InstanceNumber = number
        images.append(ds)
    return images


SERIES_IMAGES = _series()


@dataclass
class FakeArchive:
    """A Query/Retrieve SCP holding one series, recording what it was asked for."""

    lists_instances: bool = True
    max_associations: int = 10
    abort_after: int | None = None  # sub-operations sent before the archive aborts one association
    port: int = 0
    requests: list[list[str]] = field(default_factory=list)  # SOP Instance UIDs per C-GET
    levels: list[str] = field(default_factory=list)
    open_now: int = 0
    most_open: int = 0
    sent: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def _find(self, event: Any) -> Iterator[tuple[int, Dataset | None]]:
        query = event.identifier
        if query.QueryRetrieveLevel != "IMAGE" or not self.lists_instances:
            yield 0xC000, None  # unable to process
            return
        for ds in SERIES_IMAGES:
            answer = Dataset()
            answer.QueryRetrieveLevel = "IMAGE"
            answer.SOPInstanceUID = ds.SOPInstanceUID
            answer.InstanceNumber = ds.InstanceNumber
            yield 0xFF00, answer

    def _get(self, event: Any) -> Iterator[Any]:
        query = event.identifier
        with self.lock:
            self.levels.append(str(query.QueryRetrieveLevel))
        if query.QueryRetrieveLevel == "IMAGE":
            wanted = query.SOPInstanceUID
            asked = [str(wanted)] if isinstance(wanted, str) else [str(u) for u in wanted]
            matches = [ds for ds in SERIES_IMAGES if ds.SOPInstanceUID in asked]
        else:
            asked = [str(ds.SOPInstanceUID) for ds in SERIES_IMAGES]
            matches = list(SERIES_IMAGES)
        with self.lock:
            self.requests.append(asked)
        yield len(matches)
        for ds in matches:
            with self.lock:
                self.sent += 1
                abort = self.abort_after is not None and self.sent > self.abort_after
            if abort:
                event.assoc.abort()
                return
            yield 0xFF00, ds

    def _opened(self, _event: Any) -> None:
        with self.lock:
            self.open_now += 1
            self.most_open = max(self.most_open, self.open_now)

    def _closed(self, _event: Any) -> None:
        with self.lock:
            self.open_now -= 1

    @contextmanager
    def running(self) -> Iterator[FakeArchive]:
        ae = AE(ae_title=ARCHIVE_AE)
        ae.maximum_associations = self.max_associations
        ae.add_supported_context(StudyRootQueryRetrieveInformationModelFind)
        ae.add_supported_context(StudyRootQueryRetrieveInformationModelGet)
        ae.add_supported_context(CT_IMAGE, scu_role=True, scp_role=True)
        handlers = [
            (evt.EVT_C_FIND, self._find),
            (evt.EVT_C_GET, self._get),
            (evt.EVT_ESTABLISHED, self._opened),
            (evt.EVT_RELEASED, self._closed),
            (evt.EVT_ABORTED, self._closed),
        ]
        server = ae.start_server(("127.0.0.1", 0), block=False, evt_handlers=handlers)
        self.port = int(server.server_address[1])
        try:
            yield self
        finally:
            server.shutdown()


@dataclass
class Sink:
    """Keeps what arrives; fails the test if anything arrives once the retrieve returned."""

    skip: set[str] = field(default_factory=set)
    kept: dict[str, ReceivedInstance] = field(default_factory=dict)
    closed: bool = False
    late: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def __call__(self, instance: ReceivedInstance) -> None:
        with self.lock:
            if self.closed:
                self.late += 1
            assert instance.sop_instance_uid not in self.kept, "an instance arrived twice"
            self.kept[instance.sop_instance_uid] = instance


def _node(archive: FakeArchive) -> DimseNode:
    return DimseNode("Fake PACS", ARCHIVE_AE, "127.0.0.1", archive.port, timeout=10)


def _retrieve(archive: FakeArchive, sink: Sink, **kwargs: Any) -> Any:
    try:
        return dimse_get.get_series(_node(archive), STUDY, SERIES, sink, **kwargs)
    finally:
        sink.closed = True
        time.sleep(0.3)  # a late C-STORE would come now


def _assert_whole(sink: Sink, expected: list[Dataset]) -> None:
    assert set(sink.kept) == {str(ds.SOPInstanceUID) for ds in expected}
    for ds in expected:
        received = pydicom.dcmread(BytesIO(sink.kept[ds.SOPInstanceUID].data))
        assert received.PixelData == ds.PixelData
        assert received.SeriesInstanceUID == SERIES


def test_a_retrieve_from_scratch_is_one_series_c_get() -> None:
    with FakeArchive().running() as archive:
        sink = Sink()
        progress: list[tuple[int, int]] = []
        counts = _retrieve(archive, sink, progress=lambda d, t, _m="": progress.append((d, t)))
    _assert_whole(sink, SERIES_IMAGES)
    assert (counts.announced, counts.received, counts.failed) == (COUNT, COUNT, 0)
    assert archive.levels == ["SERIES"] and archive.most_open == 1
    assert progress[-1] == (COUNT, COUNT) and sink.late == 0


def test_a_resumed_retrieve_asks_only_for_the_missing_instances() -> None:
    here = {str(ds.SOPInstanceUID) for ds in SERIES_IMAGES[::3]}
    with FakeArchive().running() as archive:
        sink = Sink()
        progress: list[tuple[int, int]] = []
        counts = _retrieve(
            archive, sink, skip=here, progress=lambda d, t, _m="": progress.append((d, t))
        )
    _assert_whole(sink, [ds for ds in SERIES_IMAGES if ds.SOPInstanceUID not in here])
    asked = [uid for request in archive.requests for uid in request]
    assert sorted(asked) == sorted(sink.kept)  # each missing instance asked for once
    assert set(archive.levels) == {"IMAGE"}
    assert max(len(r) for r in archive.requests) <= dimse_get.INSTANCES_PER_GET
    assert counts.announced == COUNT and counts.received == COUNT - len(here)
    assert progress[0] == (len(here), COUNT) and progress[-1] == (COUNT, COUNT)


def test_many_missing_instances_are_asked_for_in_several_requests(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(dimse_get, "INSTANCES_PER_GET", 16)
    here = {str(SERIES_IMAGES[0].SOPInstanceUID)}
    with FakeArchive().running() as archive:
        sink = Sink()
        _retrieve(archive, sink, skip=here)
    _assert_whole(sink, SERIES_IMAGES[1:])
    assert [len(r) for r in archive.requests] == [16, 16, COUNT - 1 - 32]


def test_an_archive_taking_one_association_at_a_time_serves_a_resumed_retrieve() -> None:
    # The search's association, just released, may still count against the limit when the
    # retrieve's is asked for: refused for now, asked once more.
    here = {str(SERIES_IMAGES[0].SOPInstanceUID)}
    with FakeArchive(max_associations=1).running() as archive:
        sink = Sink()
        counts = _retrieve(archive, sink, skip=here)
    _assert_whole(sink, SERIES_IMAGES[1:])
    assert counts.received == COUNT - 1 and archive.most_open == 1


def test_an_archive_that_cannot_list_instances_sends_the_whole_series_again() -> None:
    here = {str(ds.SOPInstanceUID) for ds in SERIES_IMAGES[:10]}
    with FakeArchive(lists_instances=False).running() as archive:
        sink = Sink()
        counts = _retrieve(archive, sink, skip=here)
    _assert_whole(sink, SERIES_IMAGES)  # (the staging sink passes over those here)
    assert archive.levels == ["SERIES"] and counts.received == COUNT


@pytest.mark.parametrize("resumed", [False, True])
def test_a_cancel_stops_the_retrieve_and_nothing_arrives_after(resumed: bool) -> None:
    cancel = CancelToken()
    here = {str(SERIES_IMAGES[0].SOPInstanceUID)} if resumed else set()
    with FakeArchive().running() as archive:
        sink = Sink()

        def progress(done: int, _total: int, _message: str = "") -> None:
            if done >= COUNT // 3:
                cancel.cancel()

        with pytest.raises(OperationCancelled, match="retrieve again to resume"):
            _retrieve(archive, sink, progress=progress, cancel=cancel, skip=here)
    assert COUNT // 3 - len(here) <= len(sink.kept) < COUNT
    assert sink.late == 0


@pytest.mark.parametrize("resumed", [False, True])
def test_an_association_lost_midway_is_reported_and_nothing_arrives_after(resumed: bool) -> None:
    here = {str(SERIES_IMAGES[0].SOPInstanceUID)} if resumed else set()
    with FakeArchive(abort_after=COUNT // 2).running() as archive:
        sink = Sink()
        with pytest.raises(PacsError):
            _retrieve(archive, sink, skip=here)
    assert 0 < len(sink.kept) < COUNT
    assert sink.late == 0
