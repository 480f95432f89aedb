"""Which patient row images belong to: matching rules that never merge two people (issue 15).

Images join an indexed patient only when Patient ID and issuer agree *and* the name and birth
date are consistent; anything less keeps them apart and, where the rows might still be one
person or the images contradict each other, raises a flag for the user to decide. Everything
here is pure: it compares values and never logs them (they are PHI).
"""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass


class FlagKind(enum.StrEnum):
    """What the browser tells the user about two patient rows."""

    POSSIBLE_SAME_PATIENT = "possible_same_patient"
    IDENTITY_CONFLICT = "identity_conflict"


class FlagReason(enum.StrEnum):
    """Why two patient rows were flagged."""

    #: Neither Patient ID contradicts the other and the names and birth dates agree.
    SAME_NAME_AND_BIRTH_DATE = "same_name_and_birth_date"
    #: The same Patient ID and issuer, but a name or birth date that does not agree.
    PATIENT_ID_SHARED = "patient_id_shared"
    #: A Study Instance UID seen with the identities of both rows.
    STUDY_UID_SHARED = "study_uid_shared"


class FlagStatus(enum.StrEnum):
    """Where the user's decision about a flag stands."""

    OPEN = "open"
    KEPT_APART = "kept_apart"
    MERGED = "merged"


@dataclass(frozen=True, slots=True)
class Identity:
    """The patient attributes of one image (or one patient row). Holds PHI."""

    patient_id: str = ""
    issuer_of_patient_id: str = ""
    patient_name: str = ""
    birth_date: str = ""


_SPACES = re.compile(r"\s+")


def _fold(text: str) -> str:
    """Compare-ready text: Unicode-normalised, case-folded, inner whitespace collapsed."""
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


def name_groups(patient_name: str) -> tuple[tuple[str, ...], ...]:
    """The component groups of a DICOM Person Name, folded for comparison.

    ``Wang^Li=王^丽`` has an alphabetic group (``wang``, ``li``) and an ideographic one
    (``王``, ``丽``); trailing empty components are dropped (``SMITH^JOHN^^^`` is
    ``SMITH^JOHN``), and so are spaces around components.
    """
    groups: list[tuple[str, ...]] = []
    for group in patient_name.split("="):
        components = [_fold(part) for part in group.split("^")]
        while components and not components[-1]:
            components.pop()
        groups.append(tuple(components))
    while groups and not groups[-1]:
        groups.pop()
    return tuple(groups)


def names_agree(first: str, second: str) -> bool:
    """Whether two Person Names can be the same person's.

    The names agree when some representation (alphabetic, ideographic, phonetic) is present
    in both, and every representation present in both has the same components (a middle name,
    prefix or suffix only compared when both give one). Two empty names agree; an empty name
    and a given one do not: nothing would show they are the same person.
    """
    left, right = name_groups(first), name_groups(second)
    if not left and not right:
        return True
    compared = 0
    for a, b in zip(left, right, strict=False):
        if not a or not b:
            continue
        compared += 1
        family_given_a = (a + ("", ""))[:2]
        family_given_b = (b + ("", ""))[:2]
        if family_given_a != family_given_b:
            return False
        for extra_a, extra_b in zip(a[2:], b[2:], strict=False):
            if extra_a and extra_b and extra_a != extra_b:
                return False
    return compared > 0


def _date(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


def birth_dates_agree(first: str, second: str) -> bool:
    """Whether two birth dates can be the same person's (a missing one contradicts nothing)."""
    a, b = _date(first), _date(second)
    return not a or not b or a == b


def same_patient(incoming: Identity, indexed: Identity) -> bool:
    """Whether images with ``incoming`` identity join the row with ``indexed`` identity.

    Only when both carry the same non-empty Patient ID under the same issuer, and names and
    birth dates agree. Never on a name alone.
    """
    pid = _fold(incoming.patient_id)
    return (
        bool(pid)
        and pid == _fold(indexed.patient_id)
        and _fold(incoming.issuer_of_patient_id) == _fold(indexed.issuer_of_patient_id)
        and names_agree(incoming.patient_name, indexed.patient_name)
        and birth_dates_agree(incoming.birth_date, indexed.birth_date)
    )


def same_identity(incoming: Identity, indexed: Identity) -> bool:
    """Whether two identities are the same once case and spacing are set aside.

    Images of one study with an empty Patient ID join that study's row only when this holds.
    """
    return (
        _fold(incoming.patient_id) == _fold(indexed.patient_id)
        and _fold(incoming.issuer_of_patient_id) == _fold(indexed.issuer_of_patient_id)
        and name_groups(incoming.patient_name) == name_groups(indexed.patient_name)
        and _date(incoming.birth_date) == _date(indexed.birth_date)
    )


def shares_patient_id(incoming: Identity, indexed: Identity) -> bool:
    """Whether both carry the same non-empty Patient ID under the same issuer."""
    pid = _fold(incoming.patient_id)
    return (
        bool(pid)
        and pid == _fold(indexed.patient_id)
        and _fold(incoming.issuer_of_patient_id) == _fold(indexed.issuer_of_patient_id)
    )


def possibly_same_patient(incoming: Identity, indexed: Identity) -> bool:
    """Whether two rows kept apart might still be one person (worth a flag, never a merge).

    The names agree (and are not empty), birth dates agree, and the Patient IDs do not say
    otherwise: one is empty, or they come from different issuers.
    """
    if not name_groups(incoming.patient_name) or not name_groups(indexed.patient_name):
        return False
    if not names_agree(incoming.patient_name, indexed.patient_name):
        return False
    if not birth_dates_agree(incoming.birth_date, indexed.birth_date):
        return False
    ids = (_fold(incoming.patient_id), _fold(indexed.patient_id))
    issuers = (_fold(incoming.issuer_of_patient_id), _fold(indexed.issuer_of_patient_id))
    return not ids[0] or not ids[1] or issuers[0] != issuers[1] or ids[0] == ids[1]
