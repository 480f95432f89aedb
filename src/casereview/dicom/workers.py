"""Worker processes for DICOM work that is CPU-bound per file (header parsing, decoding, hashing).

Threads do not help here (pydicom and most codecs hold the GIL), processes do. One helper runs
a function over chunks of work in a pool, hands results back in input order with a bounded
number of chunks in flight, and finishes in this process if the pool breaks.
"""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.connection
import multiprocessing.context
import os
import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

from casereview.domain.progress import CancelToken
from casereview.library_warnings import configure_worker_logging, configured_log_file

T = TypeVar("T")
R = TypeVar("R")

#: Modules a fork server loads once, so its workers start with them imported.
_PRELOAD = ["casereview.dicom.scan", "casereview.dicom.series_examine", "casereview.dicom.volume"]


def pool_context() -> multiprocessing.context.BaseContext:
    """The safest fast way to start workers from this process.

    A single-threaded process (the CLI) forks: workers inherit the imported modules and start
    in milliseconds. With other threads running (the GUI's task runner) forking could copy a
    held lock, so workers come from a fork server, a clean process started for the purpose
    (~0.2 s once). Where neither exists, spawn.
    """
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(_PRELOAD)
        return context
    return multiprocessing.get_context("spawn")


def exit_with_parent() -> None:
    """End this worker as soon as the process that started it ends (a pool initializer).

    Without this, workers of a killed casereview go on until their queue runs dry or forever
    (each holding its memory and the staging folder's lease). The parent's sentinel becomes
    ready when the parent is gone, however it ended; a daemon thread waits for it.
    """
    parent = multiprocessing.parent_process()
    if parent is None:
        return
    sentinel = parent.sentinel

    def watch() -> None:
        multiprocessing.connection.wait([sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def start_worker(log_file: str | None, log_level: int) -> None:
    """Initialise a pool worker: it ends with its parent and logs as its parent does.

    Workers read the same damaged files as the parent, and pydicom's warnings and log records
    about them can quote a patient's name: a worker started afresh (fork server) would print
    them in full, so it gets the parent's guarded logging.
    """
    exit_with_parent()
    configure_worker_logging(log_file, log_level)


def worker_pool(
    workers: int, context: multiprocessing.context.BaseContext | None = None
) -> ProcessPoolExecutor:
    """A process pool whose workers exit when this process ends and log like it.

    ``context`` is how workers start (default: :func:`pool_context`).
    """
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context or pool_context(),
        initializer=start_worker,
        initargs=(configured_log_file(), logging.getLogger().level),
    )


def map_in_order(
    function: Callable[[T], R],
    tasks: Sequence[T],
    *,
    workers: int,
    in_flight_per_worker: int = 3,
    cancel: CancelToken | None = None,
    on_crash: Callable[[T], R] | None = None,
) -> Iterator[tuple[T, R]]:
    """Yield ``(task, function(task))`` for every task, in input order, computed in a pool.

    Parameters
    ----------
    function
        A module-level function (it is pickled by name).
    tasks
        Picklable arguments, one call each; make each worth a few milliseconds (a chunk).
    workers
        Processes to use.
    in_flight_per_worker
        Tasks queued per worker: enough to keep it busy, few enough to bound memory.
    cancel
        Checked after each result; queued tasks are dropped when it is set.
    on_crash
        What a task gives when its worker dies (a native library crashed on its input). When
        set, the tasks left after the pool broke run one at a time, each in a process of its
        own, so one crashing input cannot take this process down; without it they run here.

    Raises
    ------
    OperationCancelled
        If ``cancel`` was set.
    Exception
        Whatever ``function`` raised for a task (after the pool is shut down).
    """
    done = 0
    try:
        pending: deque[Future[R]] = deque()
        with worker_pool(workers) as pool:
            next_task = 0
            try:
                while pending or next_task < len(tasks):
                    while next_task < len(tasks) and len(pending) < workers * in_flight_per_worker:
                        pending.append(pool.submit(function, tasks[next_task]))
                        next_task += 1
                    result = pending.popleft().result()
                    yield tasks[done], result
                    done += 1
                    if cancel is not None:
                        cancel.raise_if_cancelled()
            finally:
                for future in pending:
                    future.cancel()
                pool.shutdown(wait=True, cancel_futures=True)
    except BrokenProcessPool:
        # A worker died (out of memory, a crashing codec, a pool that could not start):
        # finish here, slower but complete.
        for task in tasks[done:]:
            if cancel is not None:
                cancel.raise_if_cancelled()
            if on_crash is None:
                yield task, function(task)
                continue
            try:
                yield task, run_alone(function, task)
            except BrokenProcessPool:
                yield task, on_crash(task)


def run_alone(function: Callable[[T], R], task: T) -> R:
    """``function(task)`` in a worker process of its own, so that a crash cannot reach this one.

    Raises
    ------
    BrokenProcessPool
        If the worker died (a native crash, or it was killed).
    Exception
        Whatever ``function`` raised.
    """
    with worker_pool(1) as pool:
        return pool.submit(function, task).result()
