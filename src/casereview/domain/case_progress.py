"""How far a case has come, from what it holds: the status the case list shows.

A case's stored status is what a user set by hand (``casereview-cli case update --status``);
its work moves it on by itself: measurements, key images or segments put it in preparation,
an agenda item marked ready makes it ready for the MDT, a decision means it was discussed, and
a signed current decision closes its review. The status shown is the further of the two, so a
case never looks less advanced than its work, and a status a user chose further on is kept.
An amendment being drafted after a sign-off brings a case back from closed to discussed.
"""

from __future__ import annotations

from dataclasses import dataclass

from casereview.domain.cases import CaseStatus

#: The review's order: a later status is further on.
STATUS_ORDER: tuple[CaseStatus, ...] = (
    CaseStatus.DRAFT,
    CaseStatus.IN_PREPARATION,
    CaseStatus.READY_FOR_MDT,
    CaseStatus.DISCUSSED,
    CaseStatus.CLOSED,
)


@dataclass(frozen=True, slots=True)
class CaseProgress:
    """What a case holds that moves its status on.

    Attributes
    ----------
    items
        Annotations, key images and segments not deleted (a partner's received layer too).
    ready
        Whether it is on an agenda marked ready for the meeting.
    discussed
        Whether an agenda marks it discussed.
    decisions
        Decisions recorded about it (drafts, signed and amendments).
    current_signed
        Whether its newest current decision (the end of an amendment chain) is signed.
    """

    items: int = 0
    ready: bool = False
    discussed: bool = False
    decisions: int = 0
    current_signed: bool = False


def progressed_status(progress: CaseProgress) -> CaseStatus:
    """The status a case's work alone gives it."""
    if progress.decisions and progress.current_signed:
        return CaseStatus.CLOSED
    if progress.decisions or progress.discussed:
        return CaseStatus.DISCUSSED
    if progress.ready:
        return CaseStatus.READY_FOR_MDT
    if progress.items:
        return CaseStatus.IN_PREPARATION
    return CaseStatus.DRAFT


def shown_status(stored: CaseStatus, progress: CaseProgress) -> CaseStatus:
    """The further of the status a user set and the one the case's work gives it."""
    progressed = progressed_status(progress)
    return max(stored, progressed, key=STATUS_ORDER.index)
