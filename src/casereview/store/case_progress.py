"""Queries behind a case's status and "updated" time: its items, agenda items and decisions.

:func:`case_progress` counts what each case holds (for
:func:`casereview.domain.case_progress.shown_status`); :func:`watch_case_items` makes a write
session move a case's ``updated_at`` whenever one of its items or decisions is added, changed
or deleted in it, so the time is when this database learned of the change (a partner's
received layer keeps the partner's own times on its items, which may lie in the past).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from typing import Any

from sqlalchemy import event, func, select, update
from sqlalchemy.orm import Session, UOWTransaction

from casereview.domain.case_progress import CaseProgress
from casereview.domain.meetings import AgendaStatus
from casereview.store.models_annotations import AnnotationRow, KeyImageRow, SegmentRow
from casereview.store.models_cases import Case
from casereview.store.models_meetings import AgendaItem, Decision, ReceivedOpinion
from casereview.store.models_rendering import SavedView3D
from casereview.store.types import utcnow

#: Rows that are a case's work: adding, changing or deleting one changes the case. (Agenda
#: items are the meeting's: reordering an agenda does not change its cases.)
CASE_ITEM_ROWS: tuple[type[Any], ...] = (
    AnnotationRow,
    KeyImageRow,
    SegmentRow,
    Decision,
    ReceivedOpinion,
    SavedView3D,
)


def case_progress(
    session: Session, case_ids: Collection[int] | None = None
) -> dict[int, CaseProgress]:
    """What each case holds that moves its status on (every case when ``case_ids`` is None).

    A case with nothing has no entry.
    """
    counts: dict[int, int] = defaultdict(int)
    for row in (AnnotationRow, KeyImageRow, SegmentRow):
        query = (
            select(row.case_id, func.count()).where(row.deleted_at.is_(None)).group_by(row.case_id)
        )
        if case_ids is not None:
            query = query.where(row.case_id.in_(case_ids))
        for case_id, count in session.execute(query):
            counts[case_id] += count
    agenda = select(AgendaItem.case_id, AgendaItem.status)
    decisions = select(Decision.case_id, Decision.id, Decision.amends_id, Decision.signed_at)
    if case_ids is not None:
        agenda = agenda.where(AgendaItem.case_id.in_(case_ids))
        decisions = decisions.where(Decision.case_id.in_(case_ids))
    ready: set[int] = set()
    discussed: set[int] = set()
    for case_id, status in session.execute(agenda):
        if status == AgendaStatus.READY.value:
            ready.add(case_id)
        elif status == AgendaStatus.DISCUSSED.value:
            discussed.add(case_id)
    chains: dict[int, list[tuple[int, int | None, bool]]] = defaultdict(list)
    for case_id, decision_id, amends_id, signed_at in session.execute(decisions):
        chains[case_id].append((decision_id, amends_id, signed_at is not None))
    progress: dict[int, CaseProgress] = {}
    for case_id in set(counts) | ready | discussed | set(chains):
        chain = chains.get(case_id, [])
        amended = {amends for _, amends, _ in chain if amends is not None}
        current = [
            (decision_id, signed) for decision_id, _, signed in chain if decision_id not in amended
        ]
        progress[case_id] = CaseProgress(
            items=counts.get(case_id, 0),
            ready=case_id in ready,
            discussed=case_id in discussed,
            decisions=len(chain),
            current_signed=bool(current) and max(current)[1],
        )
    return progress


def touch_changed_cases(session: Session, flush: UOWTransaction, instances: object) -> None:
    """Before a flush: set ``updated_at`` of every case whose items the flush changes."""
    changed = {
        obj.case_id
        for obj in (*session.new, *session.dirty, *session.deleted)
        if isinstance(obj, CASE_ITEM_ROWS)
        and getattr(obj, "case_id", None) is not None
        and (obj not in session.dirty or session.is_modified(obj))
    }
    if not changed:
        return
    # A statement rather than the ORM: an ORM update of the case would require the version it
    # read (``Case.row_version``, revision 0018), so a mark added while someone at another
    # workstation saves the case's question would fail; moving the time is no edit of the case.
    with session.no_autoflush:
        session.execute(
            update(Case)
            .where(Case.id.in_(sorted(changed)))
            .values(updated_at=utcnow())
            .execution_options(synchronize_session="evaluate")
        )


def watch_case_items(session: Session) -> None:
    """Make ``session`` keep its cases' ``updated_at`` in step with their items."""
    event.listen(session, "before_flush", touch_changed_cases)
