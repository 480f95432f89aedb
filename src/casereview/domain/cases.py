"""Cases: a patient's problem brought for review, with its selected imaging."""

from __future__ import annotations

import enum
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from casereview.errors import ValidationError
from casereview.messages import Message

MAX_TITLE_LENGTH = 200
MAX_TAG_LENGTH = 64


class CaseStatus(enum.StrEnum):
    """Where a case stands in its review."""

    DRAFT = "draft"
    IN_PREPARATION = "in_preparation"
    READY_FOR_MDT = "ready_for_mdt"
    DISCUSSED = "discussed"
    CLOSED = "closed"


def normalise_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Return tags trimmed, lower-cased, de-duplicated and sorted.

    Raises
    ------
    ValidationError
        If a tag is longer than :data:`MAX_TAG_LENGTH` characters.
    """
    cleaned = {tag.strip().lower() for tag in tags if tag.strip()}
    for tag in cleaned:
        if len(tag) > MAX_TAG_LENGTH:
            raise ValidationError(
                Message(
                    "A tag may have at most {limit} characters.",
                    limit=MAX_TAG_LENGTH,
                )
            )
    return tuple(sorted(cleaned))


@dataclass(frozen=True, slots=True)
class CaseDraft:
    """What a user supplies to create a case.

    Parameters
    ----------
    patient_id
        Internal id of the patient row (not the DICOM Patient ID).
    title
        Short title, e.g. "Pancreatic head mass, SMV contact".
    clinical_question
        The question put to the review or the MDT.
    study_ids, series_ids
        Internal ids of the studies and series selected for the case.
    tags
        Free keywords, normalised by :func:`normalise_tags`.
    """

    patient_id: int
    title: str
    clinical_question: str = ""
    study_ids: tuple[int, ...] = ()
    series_ids: tuple[int, ...] = ()
    tags: tuple[str, ...] = ()
    uid: str = field(default_factory=lambda: str(uuid.uuid4()))

    def __post_init__(self) -> None:
        title = self.title.strip()
        if not title:
            raise ValidationError(Message("A case needs a title."))
        if len(title) > MAX_TITLE_LENGTH:
            raise ValidationError(
                Message(
                    "A case title may have at most {limit} characters.",
                    limit=MAX_TITLE_LENGTH,
                )
            )
        object.__setattr__(self, "title", title)
        object.__setattr__(self, "tags", normalise_tags(self.tags))


@dataclass(frozen=True, slots=True)
class Case:
    """A stored case as the rest of the application sees it."""

    id: int
    uid: str
    patient_id: int
    title: str
    clinical_question: str
    status: CaseStatus
    tags: tuple[str, ...]
    study_ids: tuple[int, ...]
    series_ids: tuple[int, ...]
    created_at: datetime
    updated_at: datetime
    created_by: str
    updated_by: str
    #: How many times people changed it in place (``row_version``); an editor hands the
    #: version it loaded back with its change so a change made meanwhile is not overwritten.
    version: int = 1
