"""The data of DICOM PS3.15 Annex E that de-identification applies, read from the resources.

Edition: **DICOM PS3.15 2026d**. ``resources/deid/table_e1_1.csv`` holds every row of Table E.1-1
"Application Level Confidentiality Profile Attributes" of that edition (retired attributes
included): the Basic Profile action of each attribute and the action each option substitutes.
``resources/deid/safe_private.csv`` holds the numeric attributes of Table E.3.10-1 "Safe Private
Attributes" that casereview keeps under the Retain Safe Private Option.

Two facts the table leaves to the implementer live here as well, next to the data they qualify:

- :data:`REQUIRED_IN_ITEMS`: attributes that are Type 1 or 1C inside the items of a sequence the
  profile keeps (so an emptied value would make the object invalid) and get a dummy instead;
- :data:`RECOGNISED_SCHEMES`: the coding schemes whose Code Meanings are standard text, kept in
  cleaned sequences (any other scheme's meaning is free text and is cleaned).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from typing import cast

from casereview.domain.packages import Action, ChangeCategory, DeidOptions
from casereview.resource_files import resource_path

#: The edition of PS3.15 the tables were transcribed from.
EDITION = "2026d"

#: Option columns of ``table_e1_1.csv`` and the :class:`DeidOptions` field each belongs to.
#: (``full_dates``, the Retain Longitudinal Temporal Information with Full Dates Option, is in
#: the table but casereview does not offer it: dates are always shifted or removed.)
OPTION_COLUMNS = {
    "safe_private": "retain_safe_private",
    "uids": "retain_uids",
    "device": "retain_device_identity",
    "institution": "retain_institution_identity",
    "patient_chars": "retain_patient_characteristics",
    "modified_dates": "retain_modified_dates",
    "clean_descriptors": "clean_descriptors",
    "clean_structured": "clean_structured_content",
    "clean_graphics": "clean_graphics",
}

#: Coding schemes whose codes name concepts, not people (PS3.16 Table 8-1 designators); a local
#: scheme ("99...", "L", a hospital's own) may carry anything in its meanings.
RECOGNISED_SCHEMES = frozenset(
    {
        "DCM",
        "SCT",
        "SRT",
        "LN",
        "UCUM",
        "FMA",
        "RADLEX",
        "NCIt",
        "UMLS",
        "ICD10",
        "I10",
        "ICDO3",
        "BI",
        "MDC",
        "NEU",
        "ACR",
        "DCMUID",
        "RFC5646",
        "ISO639_1",
        "ISO639_2",
        "ISO3166_1",
        "ICD10CM",
        "ICD10PCS",
        "SNM3",
        "HL7",
    }
)

#: Attributes that are Type 1 or 1C inside the items of a sequence the profile keeps, by the
#: sequence's tag (PS3.3). When the profile removes or empties one that had a value, the object
#: would lose a required value, so it gets a dummy of its value representation instead.
REQUIRED_IN_ITEMS: dict[int, frozenset[int]] = {
    # Request Attributes Sequence (PS3.3 Table 10-9 Request Attributes Macro): Requested
    # Procedure ID and Scheduled Procedure Step ID are 1C (present when the step was scheduled).
    0x00400275: frozenset({0x00401001, 0x00400009}),
}


# -- Table E.1-1 ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Rule:
    """One row of Table E.1-1."""

    name: str
    basic: str
    options: tuple[tuple[str, str], ...]

    def action(self, options: DeidOptions) -> Action:
        """The action for these options: an option that retains wins over one that cleans."""
        substituted = [code for name, code in self.options if getattr(options, name)]
        if "K" in substituted:
            return Action.KEEP
        if "C" in substituted:
            return Action.CLEAN
        if "X" in substituted:
            return Action.REMOVE
        return BASIC_ACTIONS[self.basic]

    def category(self) -> ChangeCategory:
        """Where the export preview lists this attribute."""
        names = {name for name, _ in self.options}
        if "retain_uids" in names or self.basic == "U":
            return ChangeCategory.UIDS
        if "retain_modified_dates" in names:
            return ChangeCategory.DATES
        if "retain_device_identity" in names:
            return ChangeCategory.DEVICE
        if "retain_institution_identity" in names:
            return ChangeCategory.PEOPLE
        if "clean_structured_content" in names:
            return ChangeCategory.STRUCTURED
        if "clean_graphics" in names:
            return ChangeCategory.GRAPHICS
        if "clean_descriptors" in names:
            return ChangeCategory.DESCRIPTIONS
        return ChangeCategory.OTHER


#: Where the table leaves the choice to the IOD's Type, the choice that keeps every IOD valid:
#: Z keeps a Type 2 attribute present, D keeps a Type 1 attribute present; a U* sequence keeps
#: its items with their UIDs replaced (references stay resolvable).
BASIC_ACTIONS = {
    "X": Action.REMOVE,
    "Z": Action.EMPTY,
    "D": Action.DUMMY,
    "K": Action.KEEP,
    "C": Action.CLEAN,
    "U": Action.REPLACE_UID,
    "X/Z": Action.EMPTY,
    "X/D": Action.DUMMY,
    "Z/D": Action.DUMMY,
    "X/Z/D": Action.DUMMY,
    "X/Z/U*": Action.REPLACE_UID,
}


@dataclass(frozen=True, slots=True)
class Profile:
    """Table E.1-1 indexed for lookups."""

    rules: dict[int, Rule]
    repeating: tuple[tuple[int, int, Rule], ...]  # (mask, value, rule) for 50xx / 60xx rows
    private: Rule

    def rule(self, tag: int) -> Rule | None:
        """The row of ``tag`` (repeating groups included), or ``None`` if the table omits it."""
        found = self.rules.get(tag)
        if found is not None:
            return found
        for mask, value, rule in self.repeating:
            if tag & mask == value:
                return rule
        return None

    def listed_tags(self) -> list[int]:
        """Tags of the (non-repeating) attributes listed in the table."""
        return sorted(self.rules)


@lru_cache(maxsize=1)
def load_profile() -> Profile:
    """Read Table E.1-1 from the resources (cached).

    Raises
    ------
    ValueError
        If the shipped table has no row for private attributes or an action it does not know.
    """
    rules: dict[int, Rule] = {}
    repeating: list[tuple[int, int, Rule]] = []
    private: Rule | None = None
    text = resource_path("deid", "table_e1_1.csv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    for row in csv.DictReader(lines):
        options = tuple(
            (attribute, row[column].strip())
            for column, attribute in OPTION_COLUMNS.items()
            if row.get(column, "").strip()
        )
        basic = row["basic"].strip()
        if basic not in BASIC_ACTIONS:
            raise ValueError(f"table_e1_1.csv: unknown action {basic!r}")
        rule = Rule(row["name"], basic, options)
        tag = row["tag"].strip()
        if tag == "private":
            private = rule
        elif "x" in tag.lower():
            mask = int("".join("0" if c in "xX" else "F" for c in tag), 16)
            value = int("".join("0" if c in "xX" else c for c in tag), 16)
            repeating.append((mask, value, rule))
        else:
            rules[int(tag, 16)] = rule
    if private is None:
        raise ValueError("table_e1_1.csv has no row for private attributes")
    return Profile(rules, tuple(repeating), private)


# -- Vocabulary, safe private attributes, standard codes ----------------------------------


@lru_cache(maxsize=1)
def safe_words() -> frozenset[str]:
    """The clean-descriptor vocabulary (lower case)."""
    text = resource_path("deid", "safe_words.txt").read_text(encoding="utf-8")
    return frozenset(
        line.strip().casefold() for line in text.splitlines() if line.strip() and line[0] != "#"
    )


@dataclass(frozen=True, slots=True)
class SafePrivate:
    """One safe-listed private attribute (PS3.15 Table E.3.10-1)."""

    creator: str
    group: int
    offset: int
    vrs: frozenset[str]


@lru_cache(maxsize=1)
def safe_private_list() -> tuple[SafePrivate, ...]:
    """The attributes the Retain Safe Private Option keeps."""
    text = resource_path("deid", "safe_private.csv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return tuple(
        SafePrivate(
            row["creator"],
            int(row["group"], 16),
            int(row["offset"], 16),
            frozenset(row["vrs"].split()),
        )
        for row in csv.DictReader(lines)
    )


@lru_cache(maxsize=1)
def standard_code_meanings() -> dict[tuple[str, str], str]:
    """Meanings of the codes pydicom knows (DCM, SCT, NCIt, ...), by scheme and value."""
    from pydicom.sr._concepts_dict import concepts

    # The generated table's layout: scheme -> keyword -> code value -> (meaning, context groups).
    table = cast(dict[str, dict[str, dict[str, tuple[str, list[int]]]]], concepts)
    meanings: dict[tuple[str, str], str] = {}
    for scheme, keywords in table.items():
        for values in keywords.values():
            for value, (meaning, _cids) in values.items():
                meanings.setdefault((scheme, value), meaning)
    return meanings


__all__ = [
    "BASIC_ACTIONS",
    "EDITION",
    "OPTION_COLUMNS",
    "RECOGNISED_SCHEMES",
    "REQUIRED_IN_ITEMS",
    "Profile",
    "Rule",
    "SafePrivate",
    "load_profile",
    "safe_private_list",
    "safe_words",
    "standard_code_meanings",
]
