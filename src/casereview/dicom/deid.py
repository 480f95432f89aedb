"""De-identification after DICOM PS3.15 Annex E (Basic Application Level Confidentiality Profile).

Table E.1-1 lives as data in ``resources/deid/table_e1_1.csv`` (one row per attribute, the Basic
Profile action and the action each option substitutes). :class:`Deidentifier` applies it to
every element of a dataset, recursively through every sequence, so an attribute listed in the
table is treated the same wherever it is nested. What the table does not list is handled by
value representation, conservatively: person names are emptied, dates follow the temporal
option, UIDs outside the DICOM root are replaced, private attributes are removed unless they
are on the safe list with a numeric value representation.

UIDs are replaced by ``2.25.<HMAC-SHA-256(secret, uid)>``: the same UID maps to the same
replacement in every file and every reference (Referenced SOP Instance UID, Frame of Reference
UID, ...), and only the holder of the sender's secret can recompute the mapping.

:func:`deidentify_file` rewrites one file fast: it parses the header only, writes a fresh
header (blank preamble, rebuilt file meta) and reports where the original pixel data starts, so
the caller copies those bytes unchanged instead of decoding and re-encoding them.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import hmac
import io
import re
import struct
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from functools import lru_cache
from pathlib import Path
from typing import cast

import pydicom
from pydicom.dataelem import DataElement
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.errors import InvalidDicomError
from pydicom.multival import MultiValue
from pydicom.sequence import Sequence
from pydicom.tag import BaseTag
from pydicom.uid import UID, ExplicitVRLittleEndian, ImplicitVRLittleEndian

from casereview import __version__
from casereview.domain.packages import (
    Action,
    AttributeChange,
    ChangeCategory,
    DeidOptions,
    HoldBackReason,
)
from casereview.resource_files import resource_path

#: The implementation class UID casereview writes into file meta information (derived from a
#: fixed name, so it is the same in every installation).
IMPLEMENTATION_CLASS_UID = UID(
    "2.25." + str(uuid.uuid5(uuid.NAMESPACE_URL, "casereview:dicom").int)
)
IMPLEMENTATION_VERSION_NAME = ("CASEREVIEW_" + __version__.replace(".", ""))[:16]

#: Standard UIDs (SOP classes, transfer syntaxes, coding schemes) are never replaced.
DICOM_ROOT = "1.2.840.10008."

_OPTION_COLUMNS = {
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

_TEXT_VRS = frozenset({"LO", "SH", "ST", "LT", "UT", "UC", "AE", "PN", "CS", "UR"})
_FREE_TEXT_VRS = frozenset({"LO", "SH", "ST", "LT", "UT", "UC"})
_DUMMY = {
    "PN": "ANONYMOUS",
    "LO": "REMOVED",
    "SH": "REMOVED",
    "ST": "REMOVED",
    "LT": "REMOVED",
    "UT": "REMOVED",
    "UC": "REMOVED",
    "AE": "REMOVED",
    "CS": "REMOVED",
    "DA": "19000101",
    "TM": "000000",
    "DT": "19000101000000",
    "IS": "0",
    "DS": "0",
}

#: Coding schemes whose code values identify nobody; local ("99...") schemes may.
_STANDARD_SCHEMES = frozenset(
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
        "CID",
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

#: Attributes of a code item; :meth:`Deidentifier._clean_code_items` judges them as a whole.
_CODE_TAGS = frozenset(
    {
        0x00080100,
        0x00080102,
        0x00080103,
        0x00080104,
        0x00080119,
        0x00080120,
        0x0008010F,
        0x00080105,
        0x00080106,
        0x00080107,
        0x0008010B,
        0x0008010D,
        0x00080117,
    }
)

_SAFE_NUMBER = re.compile(r"^(\d{1,4}|\d+[.,]\d+)$")
_WORDS = re.compile(r"[^\W_]+", re.UNICODE)
_TIMEZONE = re.compile(r"^[+-]\d{4}$")


# -- The profile table ----------------------------------------------------------------------


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
        return _BASIC[self.basic]

    def category(self) -> ChangeCategory:
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


# Where the table leaves the choice to the IOD's Type, the choice that keeps every IOD valid:
# Z keeps a Type 2 attribute present, D keeps a Type 1 attribute present; a U* sequence keeps
# its items with their UIDs replaced (references stay resolvable).
_BASIC = {
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
    """Read Table E.1-1 from the resources (cached)."""
    rules: dict[int, Rule] = {}
    repeating: list[tuple[int, int, Rule]] = []
    private: Rule | None = None
    text = resource_path("deid", "table_e1_1.csv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    for row in csv.DictReader(lines):
        options = tuple(
            (attribute, row[column].strip())
            for column, attribute in _OPTION_COLUMNS.items()
            if row.get(column, "").strip()
        )
        rule = Rule(row["name"], row["basic"].strip(), options)
        tag = row["tag"].strip()
        if tag == "private":
            private = rule
        elif "x" in tag.lower():
            mask = int("".join("0" if c in "xX" else "F" for c in tag), 16)
            value = int("".join("0" if c in "xX" else c for c in tag), 16)
            repeating.append((mask, value, rule))
        else:
            rules[int(tag, 16)] = rule
    if private is None:  # pragma: no cover - the shipped table has the row
        raise ValueError("table_e1_1.csv has no row for private attributes")
    return Profile(rules, tuple(repeating), private)


@lru_cache(maxsize=1)
def safe_words() -> frozenset[str]:
    """The clean-descriptor vocabulary (lower case)."""
    text = resource_path("deid", "safe_words.txt").read_text(encoding="utf-8")
    return frozenset(
        line.strip().casefold() for line in text.splitlines() if line.strip() and line[0] != "#"
    )


@dataclass(frozen=True, slots=True)
class SafePrivate:
    """One safe-listed private attribute."""

    creator: str
    group: int
    offset: int
    vrs: frozenset[str]


@lru_cache(maxsize=1)
def safe_private_list() -> tuple[SafePrivate, ...]:
    """The Retain Safe Private list."""
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


# -- Cleaning helpers -----------------------------------------------------------------------


def clean_text(text: str) -> str:
    """Keep only the words of the safe vocabulary and short numbers.

    Parameters
    ----------
    text
        A description, comment or SR text value.

    Returns
    -------
    str
        The kept words, separated by single spaces (may be empty).
    """
    vocabulary = safe_words()
    kept = []
    for token in re.split(r"[\s^\\/,;:()\[\]{}\"'|+=_-]+", text):
        if not token:
            continue
        if _SAFE_NUMBER.match(token) or token.casefold() in vocabulary:
            kept.append(token)
            continue
        # "5mm", "3D", "T1": split a number from its unit and keep both when both are safe.
        match = re.fullmatch(r"(\d{1,4}(?:[.,]\d+)?)([A-Za-z]{1,3})", token)
        if match and (match.group(2).casefold() in vocabulary or len(match.group(2)) == 1):
            kept.append(token)
    return " ".join(kept)


def shift_date(value: str, days: int) -> str:
    """Shift a DA value (or a DA range) by ``days``; values that are not full dates go."""

    def one(part: str) -> str:
        part = part.strip()
        if not part:
            return ""
        if not re.fullmatch(r"\d{8}", part):
            raise ValueError(part)
        moved = dt.date(int(part[:4]), int(part[4:6]), int(part[6:8])) + dt.timedelta(days=days)
        return moved.strftime("%Y%m%d")

    try:
        return "-".join(one(p) for p in value.split("-")) if value else ""
    except ValueError:
        return ""


def shift_datetime(value: str, days: int) -> str:
    """Shift the date part of a DT value by ``days``; the time and offset stay (intervals exact)."""
    value = value.strip()
    if not re.fullmatch(r"\d{8}[\d.+-]*", value):
        return ""
    moved = shift_date(value[:8], days)
    return moved + value[8:] if moved else ""


# -- The de-identifier ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PatientPseudonym:
    """How one patient appears in a package."""

    pseudonym: str
    date_shift_days: int


@dataclass(slots=True)
class ChangeLog:
    """Counts of what happened to which attribute (for the preview); never values."""

    counts: Counter[tuple[ChangeCategory, str, Action]] = field(default_factory=Counter)

    def add(self, category: ChangeCategory, name: str, action: Action) -> None:
        self.counts[(category, name, action)] += 1

    def merge(self, other: ChangeLog) -> None:
        self.counts.update(other.counts)

    def changes(self) -> list[AttributeChange]:
        return [
            AttributeChange(category, name, action, files)
            for (category, name, action), files in self.counts.items()
        ]


class Deidentifier:
    """Applies the profile and options of one export to datasets.

    Parameters
    ----------
    options
        The confidentiality options.
    secret
        The sender's secret (32 random bytes kept in the data directory); UIDs and pseudonyms
        are derived from it, so they are consistent across exports from one sender.
    """

    def __init__(self, options: DeidOptions, secret: bytes) -> None:
        self.options = options
        self._secret = secret
        self._uid_cache: dict[str, str] = {}

    def __reduce__(self) -> tuple[type[Deidentifier], tuple[DeidOptions, bytes]]:
        # Worker processes get a fresh instance with the same options and secret (the UID cache
        # is rebuilt there: it is derived from the secret).
        return (Deidentifier, (self.options, self._secret))

    # -- derived identifiers ------------------------------------------------------------

    def _digest(self, purpose: str, value: str) -> bytes:
        return hmac.new(self._secret, f"{purpose}\0{value}".encode(), hashlib.sha256).digest()

    def uid(self, original: str) -> str:
        """The replacement of a UID (the original when Retain UIDs is on or it is standard)."""
        original = original.strip().rstrip("\0")
        if not original or self.options.retain_uids or original.startswith(DICOM_ROOT):
            return original
        cached = self._uid_cache.get(original)
        if cached is None:
            number = int.from_bytes(self._digest("uid", original)[:16], "big")
            cached = self._uid_cache[original] = f"2.25.{number}"
        return cached

    def adopt(self, mapping: dict[str, str]) -> None:
        """Take over replacements computed elsewhere with the same secret (worker processes)."""
        self._uid_cache.update(mapping)

    def uid_map(self) -> dict[str, str]:
        """Every UID replaced so far (original → replacement)."""
        return dict(self._uid_cache)

    def pseudonym_for(self, patient_key: str) -> PatientPseudonym:
        """The stable pseudonym and date shift of a patient (key: issuer and patient ID)."""
        digest = self._digest("patient", patient_key)
        pseudonym = "CR" + digest[:5].hex().upper()
        # Between 1 and 10 years back, in whole days: weekdays change, intervals do not.
        days = -(365 + int.from_bytes(digest[5:9], "big") % (9 * 365))
        return PatientPseudonym(pseudonym, days)

    # -- datasets ---------------------------------------------------------------------------

    def apply(
        self, ds: Dataset, patient: PatientPseudonym, log: ChangeLog | None = None
    ) -> Dataset:
        """De-identify ``ds`` in place and return it.

        Parameters
        ----------
        ds
            A dataset (its file meta is not touched; exported files get fresh file meta).
        patient
            Pseudonym and date shift of the dataset's patient.
        log
            Receives what changed, by attribute.
        """
        recorder = _Recorder(log)
        self._walk(ds, patient, recorder, mode="normal")
        self._stamp(ds, patient, recorder)
        recorder.finish()
        return ds

    def _walk(self, ds: Dataset, patient: PatientPseudonym, rec: _Recorder, mode: str) -> None:
        profile = load_profile()
        kept_private_blocks: set[tuple[int, int]] = set()
        for element in list(ds):
            tag = int(element.tag)
            group = tag >> 16
            if group == 0x0002:
                del ds[element.tag]
                continue
            if group % 2 == 1:
                if self._keep_private(ds, element):
                    kept_private_blocks.add((group, (tag & 0xFFFF) >> 8))
                elif (tag & 0xFFFF) >= 0x0100 or (tag & 0xFFFF) < 0x0010:
                    rec.note(ChangeCategory.PRIVATE, "Private attributes", Action.REMOVE)
                    del ds[element.tag]
                continue
            if group & 0xFF00 in (0x5000, 0x6000) and group & 0xFF <= 0x1E:
                # Curves and overlays: bitmaps and text that cannot be cleaned automatically.
                rec.note(ChangeCategory.GRAPHICS, "Overlays and curves", Action.REMOVE)
                del ds[element.tag]
                continue
            rule = profile.rule(tag)
            if rule is not None:
                self._apply_rule(ds, element, rule, patient, rec, mode)
            else:
                self._apply_default(ds, element, patient, rec, mode)
        # Private creators whose block kept nothing go too (an empty creator still names a
        # vendor and proves nothing).
        for element in list(ds):
            tag = int(element.tag)
            group, low = tag >> 16, tag & 0xFFFF
            if (
                group % 2 == 1
                and 0x0010 <= low <= 0x00FF
                and (group, low) not in kept_private_blocks
            ):
                del ds[element.tag]

    def _keep_private(self, ds: Dataset, element: DataElement) -> bool:
        if not self.options.retain_safe_private:
            return False
        tag = int(element.tag)
        group, low = tag >> 16, tag & 0xFFFF
        if low < 0x0100:
            return False  # creators are kept only when one of their elements is
        creator_tag = (group << 16) | (low >> 8)
        creator = ds.get(creator_tag)
        if creator is None or not isinstance(creator.value, str):
            return False
        for safe in safe_private_list():
            # Exact creator, element and a numeric VR: a spoofed creator gains nothing, since a
            # number carries no name.
            if (
                safe.creator == creator.value
                and safe.group == group
                and safe.offset == (low & 0xFF)
                and element.VR in safe.vrs
                and element.VR not in _FREE_TEXT_VRS
                and element.VR != "SQ"
            ):
                return True
        return False

    def _apply_rule(
        self,
        ds: Dataset,
        element: DataElement,
        rule: Rule,
        patient: PatientPseudonym,
        rec: _Recorder,
        mode: str,
    ) -> None:
        action = rule.action(self.options)
        category = ChangeCategory.PATIENT if int(element.tag) >> 16 == 0x0010 else rule.category()
        if action is Action.CLEAN and mode == "dummy":
            action = Action.DUMMY
        self._perform(ds, element, action, rule.name, category, patient, rec, mode)

    def _apply_default(
        self,
        ds: Dataset,
        element: DataElement,
        patient: PatientPseudonym,
        rec: _Recorder,
        mode: str,
    ) -> None:
        vr = element.VR
        name = element.name
        if vr == "SQ":
            for item in element.value:
                self._walk(item, patient, rec, mode)
            if mode in ("clean", "dummy"):
                self._clean_code_items(element)
            return
        if vr == "UI":
            if any(not str(v).startswith(DICOM_ROOT) for v in _values(element)):
                self._perform(
                    ds, element, Action.REPLACE_UID, name, ChangeCategory.UIDS, patient, rec, mode
                )
            return
        if vr == "PN":
            # Names are identifying wherever they appear, listed or not.
            self._perform(
                ds, element, Action.EMPTY, name, ChangeCategory.PEOPLE, patient, rec, mode
            )
            return
        if vr in ("DA", "DT", "TM"):
            action = Action.CLEAN if self.options.retain_modified_dates else Action.REMOVE
            if mode == "dummy":
                action = Action.DUMMY
            self._perform(ds, element, action, name, ChangeCategory.DATES, patient, rec, mode)
            return
        if (
            mode in ("dummy", "clean")
            and vr in _FREE_TEXT_VRS
            and int(element.tag) not in _CODE_TAGS
        ):
            action = Action.DUMMY if mode == "dummy" else Action.CLEAN
            self._perform(ds, element, action, name, ChangeCategory.STRUCTURED, patient, rec, mode)

    def _perform(
        self,
        ds: Dataset,
        element: DataElement,
        action: Action,
        name: str,
        category: ChangeCategory,
        patient: PatientPseudonym,
        rec: _Recorder,
        mode: str,
    ) -> None:
        vr = element.VR
        if action is Action.REMOVE:
            del ds[element.tag]
            rec.note(category, name, action)
        elif action is Action.EMPTY:
            element.value = Sequence() if vr == "SQ" else None
            rec.note(category, name, action)
        elif action is Action.KEEP:
            if vr == "SQ":
                for item in element.value:
                    self._walk(item, patient, rec, mode)
        elif action is Action.REPLACE_UID:
            if vr == "SQ":
                # Reference sequences (X/Z/U*) keep their items for the references in them;
                # any text that has no business there is cleaned, local codes dropped.
                for item in element.value:
                    self._walk(item, patient, rec, "dummy" if mode == "dummy" else "clean")
                self._clean_code_items(element)
            elif vr == "UI":
                element.value = _same_shape(element, [self.uid(str(v)) for v in _values(element)])
                if not self.options.retain_uids:
                    rec.note(ChangeCategory.UIDS, name, action)
            else:
                del ds[element.tag]
                rec.note(category, name, Action.REMOVE)
        elif action is Action.DUMMY:
            if vr == "SQ":
                for item in element.value:
                    self._walk(item, patient, rec, "dummy")
                self._clean_code_items(element)
            elif vr == "UI":
                element.value = _same_shape(element, [self.uid(str(v)) for v in _values(element)])
            elif vr in _DUMMY and not element.is_empty:
                element.value = _DUMMY[vr]
            else:
                element.value = None
            rec.note(category, name, action)
        elif action is Action.CLEAN:
            self._clean(ds, element, name, category, patient, rec)

    def _clean(
        self,
        ds: Dataset,
        element: DataElement,
        name: str,
        category: ChangeCategory,
        patient: PatientPseudonym,
        rec: _Recorder,
    ) -> None:
        vr = element.VR
        if vr == "SQ":
            for item in element.value:
                self._walk(item, patient, rec, "clean")
            self._clean_code_items(element)
            rec.note(category, name, Action.CLEAN)
            return
        if vr == "DA":
            element.value = _same_shape(
                element, [shift_date(str(v), patient.date_shift_days) for v in _values(element)]
            )
            rec.note(ChangeCategory.DATES, name, Action.CLEAN)
            return
        if vr == "DT":
            element.value = _same_shape(
                element, [shift_datetime(str(v), patient.date_shift_days) for v in _values(element)]
            )
            rec.note(ChangeCategory.DATES, name, Action.CLEAN)
            return
        if vr == "TM":
            # Whole-day shifts leave times of day as they were; only well-formed times stay.
            values = [str(v) for v in _values(element)]
            if not all(re.fullmatch(r"\d{2,6}(\.\d{1,6})?", v.strip()) for v in values if v):
                element.value = None
            return
        if vr == "PN":
            element.value = None
            rec.note(ChangeCategory.PEOPLE, name, Action.EMPTY)
            return
        if int(element.tag) == 0x00080201:  # Timezone Offset From UTC: keep only a real offset
            if not _TIMEZONE.match(str(element.value or "")):
                element.value = None
            return
        if vr in _TEXT_VRS:
            original = [str(v) for v in _values(element)]
            cleaned = [clean_text(v) for v in original]
            if int(element.tag) == 0x0040A160 and not any(cleaned):
                cleaned = ["removed"]  # Text Value is Type 1 in an SR TEXT content item
            if cleaned != original:
                element.value = _same_shape(element, cleaned)
                rec.note(category, name, Action.CLEAN)
            return
        if vr in ("OB", "OW", "UN", "OD", "OF", "OL", "OV"):
            # Binary values cannot be cleaned; they go.
            del ds[element.tag]
            rec.note(category, name, Action.REMOVE)

    def _clean_code_items(self, element: DataElement) -> None:
        """Drop code items of local schemes; standard codes keep value, scheme, cleaned meaning."""
        kept = []
        for item in element.value:
            scheme = item.get("CodingSchemeDesignator")
            value = item.get("CodeValue") or item.get("LongCodeValue") or item.get("URNCodeValue")
            if scheme is None and value is None:
                kept.append(item)
                continue
            if str(scheme) not in _STANDARD_SCHEMES:
                continue
            meaning = str(item.get("CodeMeaning", ""))
            standard = standard_code_meanings().get((str(scheme), str(value)))
            if standard is not None:
                # A standard code's own meaning: whatever text the sender typed there goes.
                if meaning != standard:
                    item.CodeMeaning = standard[:64]
            elif clean_text(meaning) != meaning:
                item.CodeMeaning = f"{scheme} {value}"[:64]
            kept.append(item)
        if len(kept) != len(element.value):
            element.value = Sequence(kept)

    def _stamp(
        self, ds: Dataset, patient: PatientPseudonym, recorder: _Recorder | None = None
    ) -> None:
        """Pseudonym, Patient Identity Removed and the de-identification method attributes."""
        # Z allows a dummy: the pseudonym keeps the patient recognisable to the recipient
        # ("CASE" as family name, the pseudonym as given name: a valid PN).
        if recorder is not None:
            for name in ("Patient's Name", "Patient ID"):
                recorder.seen.discard((ChangeCategory.PATIENT, name, Action.EMPTY))
                recorder.note(ChangeCategory.PATIENT, name, Action.DUMMY)
        ds.PatientName = f"CASE^{patient.pseudonym}"
        ds.PatientID = patient.pseudonym
        if "StudyID" in ds and "StudyInstanceUID" in ds:
            # Type 2 and needed by DICOMDIR readers: a dummy derived from the (replaced) UID.
            ds.StudyID = "S" + self._digest("study", str(ds.StudyInstanceUID))[:4].hex().upper()
        ds.PatientIdentityRemoved = "YES"
        ds.DeidentificationMethod = f"casereview {__version__}: PS3.15 E.1-1 Basic Profile"[:64]
        items = []
        for value, meaning in self.options.method_codes():
            item = Dataset()
            item.CodeValue = value
            item.CodingSchemeDesignator = "DCM"
            item.CodeMeaning = meaning
            items.append(item)
        ds.DeidentificationMethodCodeSequence = Sequence(items)
        ds.LongitudinalTemporalInformationModified = (
            "MODIFIED" if self.options.retain_modified_dates else "REMOVED"
        )


class _Recorder:
    """Collects the changes of one file; each attribute counts once per file."""

    def __init__(self, log: ChangeLog | None) -> None:
        self.log = log
        self.seen: set[tuple[ChangeCategory, str, Action]] = set()

    def note(self, category: ChangeCategory, name: str, action: Action) -> None:
        if self.log is not None:
            self.seen.add((category, name, action))

    def finish(self) -> None:
        if self.log is not None:
            for key in self.seen:
                self.log.add(*key)


def _values(element: DataElement) -> list[object]:
    value = element.value
    if value is None or value == "":
        return []
    if isinstance(value, (list, MultiValue)):
        return list(value)
    return [value]


def _same_shape(element: DataElement, values: list[str]) -> object:
    if not values:
        return None
    if len(values) == 1 and not isinstance(element.value, (list, MultiValue)):
        return values[0]
    return values


# -- Burned-in text ------------------------------------------------------------------------

_SECONDARY_CAPTURE = "1.2.840.10008.5.1.4.1.1.7"
_ULTRASOUND = ("1.2.840.10008.5.1.4.1.1.6.", "1.2.840.10008.5.1.4.1.1.3.")
_DOCUMENTS = ("1.2.840.10008.5.1.4.1.1.104.",)


def hold_back_reason(ds: Dataset) -> HoldBackReason | None:
    """Why an image may carry burned-in identity, or ``None`` when it may go.

    Secondary captures, ultrasound, screenshots and images whose Burned In Annotation is not
    "NO" are held back for the user; so are encapsulated documents (a PDF from elsewhere can
    hold anything).
    """
    sop_class = str(ds.get("SOPClassUID", ""))
    burned = str(ds.get("BurnedInAnnotation", "")).strip().upper()
    if burned and burned != "NO":
        return HoldBackReason.BURNED_IN
    if sop_class.startswith(_DOCUMENTS):
        return HoldBackReason.DOCUMENT
    if sop_class == _SECONDARY_CAPTURE or sop_class.startswith(_SECONDARY_CAPTURE + "."):
        return HoldBackReason.SECONDARY_CAPTURE
    if sop_class.startswith(_ULTRASOUND) or str(ds.get("Modality", "")) == "US":
        return HoldBackReason.ULTRASOUND
    image_type = [str(v).upper() for v in (ds.get("ImageType") or [])]
    if "SCREEN SHOT" in image_type or "SCREENSHOT" in image_type or ds.get("ConversionType"):
        return HoldBackReason.SCREENSHOT
    return None


# -- Files ---------------------------------------------------------------------------------


@dataclass(slots=True)
class DeidentifiedFile:
    """One file de-identified by :func:`deidentify_file`.

    Attributes
    ----------
    header
        The new file up to the pixel data: blank preamble, fresh file meta, de-identified
        dataset.
    tail_offset, tail_length
        The byte range of the source file (the Pixel Data element) to append unchanged; length
        0 when the header holds the whole file.
    dataset
        The record keys of the de-identified dataset (for the DICOMDIR and the summary).
    compressed
        Whether the pixel data is already compressed (then it is stored, not deflated).
    """

    header: bytes
    tail_offset: int
    tail_length: int
    dataset: Dataset
    compressed: bool


_UNCOMPRESSED = {ExplicitVRLittleEndian, ImplicitVRLittleEndian, "1.2.840.10008.1.2.2"}


@dataclass(slots=True)
class SourceFile:
    """A file's header as read for export: the dataset and where its pixel data lies.

    Attributes
    ----------
    dataset
        The header (everything when elements follow the pixel data, see ``tail_length``).
    syntax
        Transfer syntax of the file.
    tail_offset, tail_length
        The Pixel Data element to copy unchanged; length 0 when ``dataset`` holds everything.
    """

    path: Path
    dataset: Dataset
    syntax: UID
    tail_offset: int
    tail_length: int


def read_source(path: Path) -> SourceFile:
    """Parse a file's header once, for the hold-back check and for de-identification.

    Raises
    ------
    InvalidDicomError, OSError
        If the file cannot be read.
    """
    with path.open("rb") as handle:
        ds = pydicom.dcmread(handle, stop_before_pixels=True)
        pixel_offset = handle.tell()
        size = handle.seek(0, io.SEEK_END)
        syntax = UID(str(ds.file_meta.get("TransferSyntaxUID", ExplicitVRLittleEndian)))
        tail_length = 0
        if pixel_offset < size:
            handle.seek(pixel_offset)
            end = _pixel_element_end(handle, syntax, size)
            copyable = syntax in (ExplicitVRLittleEndian, ImplicitVRLittleEndian) or (
                syntax.is_compressed and syntax.is_little_endian
            )
            if end == size and copyable:
                tail_length = size - pixel_offset
            else:
                # Elements after the pixel data (trailing padding, private groups) or an
                # unusual encoding: read everything and let the profile see all of it.
                handle.seek(0)
                ds = pydicom.dcmread(handle)
    return SourceFile(path, ds, syntax, pixel_offset if tail_length else 0, tail_length)


def deidentify_source(
    source: SourceFile,
    deidentifier: Deidentifier,
    patient: PatientPseudonym,
    log: ChangeLog | None = None,
) -> DeidentifiedFile:
    """De-identify a file read by :func:`read_source` (its dataset is changed in place)."""
    ds = deidentifier.apply(source.dataset, patient, log)
    return DeidentifiedFile(
        header=_encode(ds, source.syntax),
        tail_offset=source.tail_offset,
        tail_length=source.tail_length,
        dataset=record_dataset(ds),
        compressed=source.syntax not in _UNCOMPRESSED,
    )


def deidentify_file(
    path: Path, deidentifier: Deidentifier, patient: PatientPseudonym, log: ChangeLog | None = None
) -> DeidentifiedFile:
    """De-identify one DICOM file without touching its pixel data.

    Raises
    ------
    InvalidDicomError, OSError
        If the file cannot be read.
    """
    return deidentify_source(read_source(path), deidentifier, patient, log)


#: What a DICOMDIR record and the package summary need from a file (PS3.3 F.5 record keys).
_RECORD_KEYWORDS = (
    "SpecificCharacterSet",
    "SOPClassUID",
    "SOPInstanceUID",
    "PatientName",
    "PatientID",
    "PatientBirthDate",
    "PatientSex",
    "StudyInstanceUID",
    "StudyDate",
    "StudyTime",
    "StudyDescription",
    "StudyID",
    "AccessionNumber",
    "SeriesInstanceUID",
    "Modality",
    "SeriesNumber",
    "SeriesDescription",
    "SeriesDate",
    "InstanceNumber",
    "ContentDate",
    "ContentTime",
    "ContentLabel",
    "ContentDescription",
    "ContentCreatorName",
    "ConceptNameCodeSequence",
    "CompletionFlag",
    "VerificationFlag",
    "DocumentTitle",
    "MIMETypeOfEncapsulatedDocument",
    "SegmentationType",
    "Rows",
    "Columns",
    "NumberOfFrames",
    "ImageType",
    "FrameOfReferenceUID",
)


def record_dataset(ds: Dataset) -> Dataset:
    """A small dataset with the keys of DICOMDIR records (shares the elements, no copies)."""
    record = Dataset()
    for keyword in _RECORD_KEYWORDS:
        element = ds.data_element(keyword) if keyword in ds else None
        if element is not None:
            record.add(element)
    record.file_meta = ds.file_meta
    return record


def _pixel_element_end(handle: io.BufferedReader, syntax: UID, size: int) -> int:
    """Offset just after the element at the handle's position (the Pixel Data), or -1."""
    start = handle.tell()
    head = handle.read(12)
    if len(head) < 8:
        return -1
    group, elem = struct.unpack("<HH", head[:4])
    if (group, elem) != (0x7FE0, 0x0010):
        return -1
    if syntax == ImplicitVRLittleEndian:
        length: int = struct.unpack("<I", head[4:8])[0]
        value_start = start + 8
    else:
        if len(head) < 12 or head[4:6] not in (b"OB", b"OW"):
            return -1
        length = struct.unpack("<I", head[8:12])[0]
        value_start = start + 12
    if length != 0xFFFFFFFF:
        return value_start + length
    # Encapsulated: walk the item headers to the sequence delimiter.
    position = value_start
    while position + 8 <= size:
        handle.seek(position)
        item = handle.read(8)
        tag = struct.unpack("<HH", item[:4])
        (item_length,) = struct.unpack("<I", item[4:8])
        if tag == (0xFFFE, 0xE0DD):
            return position + 8
        if tag != (0xFFFE, 0xE000) or item_length == 0xFFFFFFFF:
            return -1
        position += 8 + item_length
    return -1


def _encode(ds: Dataset, syntax: UID) -> bytes:
    """Write ``ds`` as a fresh Part 10 file: zero preamble, rebuilt file meta."""
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = ds.SOPClassUID
    meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
    meta.TransferSyntaxUID = syntax
    meta.ImplementationClassUID = IMPLEMENTATION_CLASS_UID
    meta.ImplementationVersionName = IMPLEMENTATION_VERSION_NAME
    ds.file_meta = meta
    ds.preamble = b"\0" * 128
    buffer = io.BytesIO()
    pydicom.dcmwrite(buffer, ds, enforce_file_format=True)
    return buffer.getvalue()


def encode_dataset(ds: Dataset) -> bytes:
    """A complete fresh Part 10 file for a dataset built in memory (SR, SEG, KOS, PDF)."""
    syntax = UID(
        str(
            getattr(getattr(ds, "file_meta", None), "TransferSyntaxUID", "")
            or ExplicitVRLittleEndian
        )
    )
    return _encode(ds, syntax)


def read_header(path: Path) -> Dataset:
    """Read a file's header (for hold-back checks and the preview).

    Raises
    ------
    InvalidDicomError, OSError
        If it is not readable DICOM.
    """
    return pydicom.dcmread(path, stop_before_pixels=True)


def option_names() -> list[str]:
    """Names of the options, in display order."""
    return [f.name for f in fields(DeidOptions)]


def iter_elements(ds: Dataset) -> Iterator[tuple[BaseTag, DataElement]]:
    """Every element of a dataset, nested ones included (for checks and tests)."""
    for element in ds:
        yield element.tag, element
        if element.VR == "SQ":
            for item in element.value:
                yield from iter_elements(item)


__all__ = [
    "ChangeLog",
    "DeidentifiedFile",
    "Deidentifier",
    "InvalidDicomError",
    "PatientPseudonym",
    "Profile",
    "Rule",
    "clean_text",
    "deidentify_file",
    "encode_dataset",
    "hold_back_reason",
    "iter_elements",
    "load_profile",
    "read_header",
    "shift_date",
    "shift_datetime",
]
