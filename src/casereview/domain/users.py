"""People who use casereview and take part in meetings."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from casereview.errors import ValidationError
from casereview.messages import Message


class Role(enum.StrEnum):
    """Clinical role of a user; drives quorum rules and report wording later on."""

    SURGEON = "surgeon"
    RADIOLOGIST = "radiologist"
    ONCOLOGIST = "oncologist"
    RADIATION_ONCOLOGIST = "radiation_oncologist"
    PATHOLOGIST = "pathologist"
    GASTROENTEROLOGIST = "gastroenterologist"
    NURSE = "nurse"
    COORDINATOR = "coordinator"
    TRAINEE = "trainee"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class User:
    """A person known to this installation.

    Parameters
    ----------
    id
        Internal database id (``0`` for a user not yet stored).
    username
        Stable short login-like name, unique in the database.
    display_name
        Name shown in the interface and on reports.
    role
        Clinical role.
    specialty
        Free text, e.g. "HPB surgery".
    institution
        Home institution, e.g. for visiting physicians.
    """

    id: int
    username: str
    display_name: str
    role: Role = Role.OTHER
    specialty: str = ""
    institution: str = ""

    def __post_init__(self) -> None:
        if not self.username.strip():
            raise ValidationError(Message("A user needs a user name."))
        if not self.display_name.strip():
            raise ValidationError(Message("A user needs a display name."))
