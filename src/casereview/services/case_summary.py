"""Everything shown about one case at an MDT: one adapter for presentation and reports.

The presentation window, the decision form and the PDF reports read a case through
:func:`case_summary` only: question, history and staging (from the agenda item), the decisions
with their amendment chains, key measurements (annotations), key images and named 3-D views.
Pictures are drawn by the UI layer (``render`` may not be imported here).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from casereview.domain.annotations import Annotation, AnnotationKind, KeyImage
from casereview.domain.cases import Case
from casereview.domain.decisions import ActionItem, Decision
from casereview.domain.meetings import AgendaItem, Meeting, MeetingDetail, PatientIdentity
from casereview.domain.rendering import SavedView
from casereview.services import annotations as annotation_service
from casereview.services import rendering as rendering_service
from casereview.services.cases import case_with_progress
from casereview.services.layers import provenance_of, received_opinions
from casereview.store.database import Database
from casereview.store.repositories import CaseRepository
from casereview.store.repositories_layers import Provenance, ReceivedOpinionView
from casereview.store.repositories_meetings import (
    DecisionRepository,
    MeetingRepository,
    patient_identity,
)

log = logging.getLogger(__name__)

#: Annotation kinds that carry measurements worth a line in the summary.
_MEASURED = frozenset(
    kind
    for kind in AnnotationKind
    if kind not in (AnnotationKind.TEXT, AnnotationKind.POINT, AnnotationKind.ARROW)
)


@dataclass(frozen=True, slots=True)
class MeasurementLine:
    """One key measurement: what was measured and the value text ("Length 32.4 mm")."""

    label: str
    kind: str
    value: str
    author: str
    #: The institution whose opinion it is, for work merged from a received package.
    origin: str = ""


@dataclass(frozen=True, slots=True)
class CaseSummary:
    """One case as shown at the MDT.

    Attributes
    ----------
    identity
        Patient identity (PHI): shown only when the user shows it.
    item
        The case's agenda item at the meeting, if summarised for one.
    decisions
        Every decision about the case at this meeting (or overall), oldest first.
    current
        The newest decision (end of the amendment chain), if any.
    """

    case: Case
    identity: PatientIdentity
    item: AgendaItem | None
    question: str
    history: str
    staging: str
    decisions: tuple[Decision, ...]
    current: Decision | None
    actions: tuple[ActionItem, ...]
    measurements: tuple[MeasurementLine, ...]
    key_images: tuple[KeyImage, ...]
    saved_views: tuple[SavedView, ...]
    #: Partners' MDT decisions received in packages (their opinion; never one of ours).
    received_opinions: tuple[ReceivedOpinionView, ...] = ()


def case_summary(db: Database, case_id: int, agenda_item_id: int | None = None) -> CaseSummary:
    """Gather what the MDT sees of a case.

    Parameters
    ----------
    case_id
        Internal id of the case.
    agenda_item_id
        The case's item on a meeting agenda: its question, history, staging, decisions and
        action items are used. Without it, the latest decisions of the case overall.

    Raises
    ------
    NotFoundError
        If the case or agenda item does not exist.
    """
    with db.reading() as session:
        case = case_with_progress(session, CaseRepository(session).get(case_id))
        identity = patient_identity(session, case.patient_id)
        decisions_repo = DecisionRepository(session)
        item = MeetingRepository(session).item(agenda_item_id) if agenda_item_id else None
        if item is not None:
            decisions = decisions_repo.for_item(item.id)
            actions = decisions_repo.actions([item.id])
        else:
            decisions = decisions_repo.for_case(case_id)
            actions = []
    current = [d for d in decisions if d.is_current]
    annotations = annotation_service.list_annotations(db, case_id)
    origins = provenance_of(db, [a.uuid for a in annotations])
    key_images = annotation_service.list_key_images(db, case_id)
    views: list[SavedView] = []
    for series_id in case.series_ids:
        views.extend(rendering_service.list_views(db, series_id, case_id))
    latest = current[-1] if current else None
    staging = item.staging if item is not None and item.staging else ""
    if not staging and latest is not None:
        staging = latest.content.staging
    return CaseSummary(
        case=case,
        identity=identity,
        item=item,
        question=(item.question if item is not None and item.question else case.clinical_question),
        history=item.history if item is not None else "",
        staging=staging,
        decisions=tuple(decisions),
        current=latest,
        actions=tuple(actions),
        measurements=tuple(_measurements(annotations, origins)),
        key_images=tuple(key_images),
        saved_views=tuple(views),
        received_opinions=tuple(received_opinions(db, case_id)),
    )


def _credit(annotation: Annotation, origins: dict[str, Provenance]) -> str:
    """Who measured it: our user, or a partner's author with their institution (a package
    from an older sender named no author: then only the institution)."""
    origin = origins.get(annotation.uuid)
    if origin is None:
        return annotation.author
    return f"{origin.author}, {origin.layer}" if origin.author else f"from {origin.layer}"


def _measurements(
    annotations: list[Annotation], origins: dict[str, Provenance]
) -> list[MeasurementLine]:
    lines = []
    for annotation in annotations:
        if annotation.kind not in _MEASURED or not annotation.measurements:
            continue
        lines.append(
            MeasurementLine(
                label=annotation.label or annotation.kind.value.replace("_", " ").capitalize(),
                kind=annotation.kind.value,
                value=annotation.summary(),
                author=_credit(annotation, origins),
                origin=origins[annotation.uuid].layer if annotation.uuid in origins else "",
            )
        )
    return lines


@dataclass(frozen=True, slots=True)
class MeetingSummary:
    """A meeting with the summary of every case on its agenda, in agenda order."""

    detail: MeetingDetail
    cases: tuple[CaseSummary, ...]

    @property
    def meeting(self) -> Meeting:
        """The meeting itself."""
        return self.detail.meeting


def meeting_summary(db: Database, meeting_id: int) -> MeetingSummary:
    """Summaries of every case of a meeting, for its report and the presentation."""
    with db.reading() as session:
        detail = MeetingRepository(session).detail(meeting_id)
    return MeetingSummary(
        detail, tuple(case_summary(db, item.case_id, item.id) for item in detail.agenda)
    )
