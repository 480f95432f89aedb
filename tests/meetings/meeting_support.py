"""Test data for the meeting tests: two cases of one patient on a meeting agenda."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from casereview.domain.cases import CaseDraft
from casereview.domain.meetings import MeetingDraft, QuorumRule
from casereview.domain.users import Role, User
from casereview.services import cases as case_service
from casereview.services import meetings as meeting_service
from casereview.services.user_secrets import set_secret
from casereview.services.users import ensure_user
from casereview.store.database import Database
from support import add_sample_imaging

#: The workstation user who chairs the meeting ("Dr Chair") and the PIN that confirms them.
CHAIR = "chair"
CHAIR_PIN = "482915"


def add_chair(db: Database) -> None:
    """The user ``chair`` (Dr Chair, a surgeon) with the PIN :data:`CHAIR_PIN`."""
    ensure_user(db, User(0, CHAIR, "Dr Chair", Role.SURGEON))
    set_secret(db, CHAIR, CHAIR_PIN, CHAIR)


@dataclass
class MeetingWorld:
    """A stored meeting with two cases on the agenda."""

    db: Database
    meeting_id: int
    case_ids: tuple[int, int]
    item_ids: tuple[int, int]


def make_cases(db: Database, folder: Path) -> tuple[int, int]:
    """Two cases of one synthetic patient (titles carry no identity)."""
    ids = add_sample_imaging(db, folder, patient_name="ZHANG^Wei", patient_id="P-MDT-1")
    first = case_service.create_case(
        db,
        CaseDraft(
            ids["patient"],
            "Pancreatic head mass",
            clinical_question="Upfront resection or neoadjuvant therapy?",
            series_ids=(ids["series"],),
        ),
        "tester",
    )
    second = case_service.create_case(
        db,
        CaseDraft(ids["patient"], "Liver lesion segment 7", clinical_question="Metastasis?"),
        "tester",
    )
    return first.id, second.id


def build_world(db: Database, folder: Path) -> MeetingWorld:
    """A meeting chaired by Dr Chair (the user ``chair``, with a PIN) with both cases on its
    agenda."""
    add_chair(db)
    case_ids = make_cases(db, folder)
    meeting = meeting_service.create_meeting(
        db,
        MeetingDraft(
            "HPB MDT",
            datetime(2026, 11, 24, 7, 30, tzinfo=UTC),
            location="Seminar room 2",
            chair="Dr Chair",
        ),
        QuorumRule((Role.SURGEON, Role.RADIOLOGIST), 2),
        "tester",
    )
    items = tuple(
        meeting_service.add_case(db, meeting.id, case_id, "tester").id for case_id in case_ids
    )
    return MeetingWorld(db, meeting.id, case_ids, items)
