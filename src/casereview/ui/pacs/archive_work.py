"""What the Archive panel's tasks do off the UI thread: search, list a study's series, check
what is here, and retrieve. No widget here: each function takes what it needs and returns a
record the panel shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from casereview.domain.progress import CancelToken, ProgressReporter
from casereview.errors import OperationCancelled
from casereview.messages import Message
from casereview.net.nodes import PacsNode, client_for
from casereview.net.query import PacsMatch, PacsQuery, QueryLevel, patients_of
from casereview.services.index import series_ids_for_uids
from casereview.services.pacs import (
    LocalPresence,
    RetrieveReport,
    SeriesState,
    local_presence,
    retrieve,
)
from casereview.store.database import Database
from casereview.ui.pacs.common import PacsFolders


def patient_key(match: PacsMatch) -> str:
    """The key of a patient row (Patient ID, name and birth date: how results are grouped)."""
    return "P\x1f" + "\x1f".join((match.patient_id, match.patient_name, match.birth_date))


def study_key(study_instance_uid: str) -> str:
    """The key of a study row."""
    return "S\x1f" + study_instance_uid


def series_key(series_instance_uid: str) -> str:
    """The key of a series row."""
    return "E\x1f" + series_instance_uid


def uid_of_key(key: str) -> str:
    """The UID in a study or series row's key."""
    return key.split("\x1f", 1)[1]


def row_key(match: PacsMatch) -> str:
    """The key of the row showing ``match``."""
    if match.level is QueryLevel.PATIENT:
        return patient_key(match)
    if match.level is QueryLevel.STUDY:
        return study_key(match.study_instance_uid)
    return series_key(match.series_instance_uid)


def presence_by_key(
    db_presence: Sequence[LocalPresence], matches: Sequence[PacsMatch]
) -> dict[str, LocalPresence]:
    """``local_presence``'s answer keyed by row."""
    return {row_key(m): p for m, p in zip(matches, db_presence, strict=True)}


@dataclass(frozen=True)
class SearchResult:
    """What one search found: studies, the patients they belong to, and what is here."""

    node: PacsNode
    studies: list[PacsMatch]
    patients: list[PacsMatch]
    #: Local presence by row key (see :func:`row_key`).
    presence: dict[str, LocalPresence]


@dataclass(frozen=True)
class RetrieveItem:
    """One study to retrieve: the whole of it (``series`` empty) or some of its series."""

    study_instance_uid: str
    series_instance_uids: tuple[str, ...] = ()
    #: Images the archive announced for what is asked (``None`` when unknown).
    expected: int | None = None


@dataclass
class RetrieveOutcome:
    """What a retrieve from the panel did."""

    reports: list[RetrieveReport] = field(default_factory=list)
    #: Internal ids of the series now indexed that were asked for.
    series_ids: list[int] = field(default_factory=list)
    #: The cancel message, when the user stopped it.
    cancelled: Message | None = None


def search_archive(
    db: Database,
    node: PacsNode,
    keys: Path,
    query: PacsQuery,
    progress: ProgressReporter,
    cancel: CancelToken,
) -> SearchResult:
    """Ask ``node`` for the studies ``query`` matches, group them by patient and say how much
    of each is here.

    Parameters
    ----------
    db
        The workstation's index (what is here).
    node
        The archive asked.
    keys
        The folder of the workstation's keys (the node's stored secrets).
    query
        The study search.
    progress, cancel
        The task's progress and cancel token.

    Returns
    -------
    SearchResult
        The studies, their patients and the local presence of each row.
    """
    progress(0, 0, Message("Searching the archive"))
    client = client_for(node, keys)
    studies = client.find(query, cancel)
    patients = patients_of(studies)
    matches = [*patients, *studies]
    presence = presence_by_key(local_presence(db, matches), matches)
    return SearchResult(node, studies, patients, presence)


def list_study_series(
    db: Database, node: PacsNode, keys: Path, study_uid: str, cancel: CancelToken
) -> tuple[list[PacsMatch], dict[str, LocalPresence]]:
    """Ask ``node`` for the series of study ``study_uid``, with how much of each is here."""
    client = client_for(node, keys)
    series = client.find(PacsQuery(level=QueryLevel.SERIES, study_instance_uid=study_uid), cancel)
    return series, presence_by_key(local_presence(db, series), series)


def retrieve_items(
    db: Database,
    node: PacsNode,
    keys: Path,
    method: str,
    items: Sequence[RetrieveItem],
    actor: str,
    folders: PacsFolders,
    progress: ProgressReporter,
    cancel: CancelToken,
) -> RetrieveOutcome:
    """Retrieve ``items`` study by study from ``node``; complete series are imported.

    Parameters
    ----------
    db
        The workstation's index.
    node, keys, method
        The archive, the folder of the keys, and ``"get"`` or ``"move"`` (a DICOM node).
    items
        What to retrieve.
    actor
        User name recorded in the audit trail.
    folders
        Where retrieved, staged and quarantined files go.
    progress, cancel
        The task's progress (over all items when every count is known) and cancel token.

    Returns
    -------
    RetrieveOutcome
        One report per study retrieved, the series now indexed, and the cancel message when
        the user stopped it (the studies retrieved before stay).
    """
    client = client_for(node, keys, method=method)
    expected = [item.expected for item in items]
    overall = None if None in expected else sum(n or 0 for n in expected)
    outcome = RetrieveOutcome()
    offset = 0
    for item in items:

        def report(done: int, total: int, message: str = "", offset: int = offset) -> None:
            if overall:
                progress(offset + done, overall, message)
            else:
                progress(done, total, message)

        try:
            report_of_study = retrieve(
                db,
                client,
                item.study_instance_uid,
                list(item.series_instance_uids) or None,
                actor,
                pacs_dir=folders.pacs_dir,
                staging_dir=folders.staging_dir,
                quarantine_dir=folders.quarantine_dir,
                progress=report,
                cancel=cancel,
            )
        except OperationCancelled as exc:
            outcome.cancelled = exc.message
            break
        outcome.reports.append(report_of_study)
        offset += item.expected or 0
    local = [
        s.series_instance_uid
        for r in outcome.reports
        for s in r.series
        if s.state != SeriesState.INCOMPLETE
    ]
    outcome.series_ids = sorted(series_ids_for_uids(db, local).values())
    return outcome
