"""Structured MDT decisions, their sign-off and amendments, and action items.

A decision is a draft until the chair signs it; a signed decision is frozen (the database
refuses to change or delete it). A later change is a new decision that *amends* the signed one,
with a reason: the history of a recommendation is the chain of amendments.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime

from casereview.errors import ValidationError
from casereview.messages import Message

MAX_SHORT_TEXT = 200


class Recommendation(enum.StrEnum):
    """The MDT's recommendation, from a coded list."""

    UPFRONT_RESECTION = "upfront_resection"
    NEOADJUVANT_THEN_RESTAGING = "neoadjuvant_then_restaging"
    DEFINITIVE_CHEMORADIOTHERAPY = "definitive_chemoradiotherapy"
    FURTHER_INVESTIGATION = "further_investigation"
    SURVEILLANCE = "surveillance"
    BEST_SUPPORTIVE_CARE = "best_supportive_care"
    OTHER = "other"


#: English wording for reports and the command line (the UI translates its own copy).
RECOMMENDATION_LABELS: dict[Recommendation, str] = {
    Recommendation.UPFRONT_RESECTION: "Upfront resection",
    Recommendation.NEOADJUVANT_THEN_RESTAGING: "Neoadjuvant therapy, then restaging",
    Recommendation.DEFINITIVE_CHEMORADIOTHERAPY: "Definitive chemo(radio)therapy",
    Recommendation.FURTHER_INVESTIGATION: "Further investigation",
    Recommendation.SURVEILLANCE: "Surveillance",
    Recommendation.BEST_SUPPORTIVE_CARE: "Best supportive care",
    Recommendation.OTHER: "Other",
}


class Intent(enum.StrEnum):
    """Intent of the recommended treatment."""

    CURATIVE = "curative"
    PALLIATIVE = "palliative"
    DIAGNOSTIC = "diagnostic"
    NOT_APPLICABLE = "not_applicable"


class TrialEligibility(enum.StrEnum):
    """Whether the patient may enter a clinical trial."""

    NOT_ASSESSED = "not_assessed"
    ELIGIBLE = "eligible"
    NOT_ELIGIBLE = "not_eligible"


class ActionStatus(enum.StrEnum):
    """State of an action item."""

    OPEN = "open"
    DONE = "done"


class DecisionFrozenError(ValidationError):
    """A signed decision was about to be changed; only an amendment may follow it."""

    title = Message("Signed decision")


@dataclass(frozen=True, slots=True)
class DecisionContent:
    """What the MDT decided about a case.

    Parameters
    ----------
    recommendation
        Coded recommendation.
    procedure
        The operation, required for :attr:`Recommendation.UPFRONT_RESECTION`
        (e.g. "Pancreatoduodenectomy with SMV resection").
    other
        Wording of an :attr:`Recommendation.OTHER` recommendation (required then).
    intent
        Curative, palliative or diagnostic.
    rationale
        Why (required).
    guideline_reference
        E.g. "NCCN Pancreatic Adenocarcinoma v2.2025, PANC-2".
    trial_eligibility, trial_reference
        Clinical trial eligibility and which trial.
    staging
        Staging agreed in the discussion (e.g. "cT3 N0 M0, borderline resectable (NCCN)").
    dissent
        Notes of dissenting opinions.
    participants
        Names of the people who took part in the discussion.
    """

    recommendation: Recommendation
    rationale: str
    procedure: str = ""
    other: str = ""
    intent: Intent = Intent.CURATIVE
    guideline_reference: str = ""
    trial_eligibility: TrialEligibility = TrialEligibility.NOT_ASSESSED
    trial_reference: str = ""
    staging: str = ""
    dissent: str = ""
    participants: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for name in (
            "rationale",
            "procedure",
            "other",
            "guideline_reference",
            "trial_reference",
            "staging",
            "dissent",
        ):
            object.__setattr__(self, name, getattr(self, name).strip())
        if not self.rationale:
            raise ValidationError(Message("Give the rationale of the recommendation."))
        if self.recommendation is Recommendation.UPFRONT_RESECTION and not self.procedure:
            raise ValidationError(Message("Name the procedure of the recommended resection."))
        if self.recommendation is Recommendation.OTHER and not self.other:
            raise ValidationError(Message("Describe the recommendation chosen as “Other”."))
        # A procedure or "other" wording left over from another choice would mislead a reader.
        if self.procedure and self.recommendation is not Recommendation.UPFRONT_RESECTION:
            raise ValidationError(
                Message("A procedure is recorded only with an upfront resection.")
            )
        if self.other and self.recommendation is not Recommendation.OTHER:
            raise ValidationError(Message("The “Other” wording is recorded only with “Other”."))
        for name, too_long in (
            (
                "procedure",
                Message("Keep the procedure under {limit} characters.", limit=MAX_SHORT_TEXT),
            ),
            (
                "other",
                Message("Keep the “Other” wording under {limit} characters.", limit=MAX_SHORT_TEXT),
            ),
            (
                "guideline_reference",
                Message(
                    "Keep the guideline reference under {limit} characters.", limit=MAX_SHORT_TEXT
                ),
            ),
            (
                "trial_reference",
                Message("Keep the trial reference under {limit} characters.", limit=MAX_SHORT_TEXT),
            ),
        ):
            if len(getattr(self, name)) > MAX_SHORT_TEXT:
                raise ValidationError(too_long)
        people = tuple(dict.fromkeys(p.strip() for p in self.participants if p.strip()))
        object.__setattr__(self, "participants", people)

    @property
    def recommendation_text(self) -> str:
        """The recommendation in English words, with the procedure or the "other" text."""
        label = RECOMMENDATION_LABELS[self.recommendation]
        if self.recommendation is Recommendation.UPFRONT_RESECTION:
            return f"{label}: {self.procedure}"
        if self.recommendation is Recommendation.OTHER:
            return f"{label}: {self.other}"
        return label


@dataclass(frozen=True, slots=True)
class Decision:
    """A stored decision.

    Attributes
    ----------
    amends_id
        The signed decision this one replaces, if it is an amendment.
    amendment_reason
        Why the signed decision was amended.
    superseded_by_id
        The amendment that replaced this decision, if any.
    """

    id: int
    uid: str
    case_id: int
    agenda_item_id: int | None
    content: DecisionContent
    created_by: str
    created_at: datetime
    updated_at: datetime
    signed_by: str = ""
    signed_at: datetime | None = None
    signed_by_username: str = ""
    amends_id: int | None = None
    amendment_reason: str = ""
    superseded_by_id: int | None = None
    #: How many times people changed it in place (``row_version``); an editor hands the
    #: version it loaded back with its change so a change made meanwhile is not overwritten.
    version: int = 1

    @property
    def is_signed(self) -> bool:
        """Whether the chair signed it (it is frozen then)."""
        return self.signed_at is not None

    @property
    def is_current(self) -> bool:
        """Whether no amendment replaced it."""
        return self.superseded_by_id is None


@dataclass(frozen=True, slots=True)
class ActionItemDraft:
    """A follow-up task agreed at the meeting."""

    description: str
    owner: str
    due: date | None = None
    status: ActionStatus = ActionStatus.OPEN

    def __post_init__(self) -> None:
        description = self.description.strip()
        owner = self.owner.strip()
        if not description:
            raise ValidationError(Message("Describe the action."))
        if not owner:
            raise ValidationError(Message("Name who owns the action."))
        if len(owner) > 128:
            raise ValidationError(Message("An owner's name may have at most 128 characters."))
        object.__setattr__(self, "description", description)
        object.__setattr__(self, "owner", owner)


@dataclass(frozen=True, slots=True)
class ActionItem:
    """A stored action item of one case on a meeting's agenda."""

    id: int
    agenda_item_id: int
    description: str
    owner: str
    due: date | None
    status: ActionStatus
    created_by: str
    created_at: datetime
    #: How many times people changed it in place (``row_version``); an editor hands the
    #: version it loaded back with its change so a change made meanwhile is not overwritten.
    version: int = 1
