"""De-identification after DICOM PS3.15 Annex E (Basic Application Level Confidentiality Profile).

Edition: **DICOM PS3.15 2026d**. Table E.1-1 lives as data in ``resources/deid/table_e1_1.csv``
(every row of that edition) and the Retain Safe Private list in ``resources/deid/safe_private.csv``
(from Table E.3.10-1); :mod:`casereview.dicom.deid_table` reads both. :class:`Deidentifier`
applies the profile to every element of a dataset, recursively through every sequence, so an
attribute listed in the table is treated the same wherever it is nested. What the table does not
list is handled by value representation, conservatively: person names are emptied, dates follow
the temporal option, UIDs outside the DICOM root are replaced, private attributes are removed
unless they are on the safe list with a numeric value representation.

Three rules go beyond the table, so that nothing identifying survives and nothing becomes
invalid:

- In a sequence the profile cleans (C) or replaces by dummies (D), every text at every depth is
  cleaned; a Code Meaning stays as written only when its Coding Scheme Designator is a
  recognised scheme (DCM, SCT, LN, UCUM, ...) and its Code Value is present. The code items
  themselves stay (a Type 1 code sequence keeps its item).
- Every text value that stays in the object, at any depth and in every object the export writes
  (images, SR, SEG, KOS, Encapsulated PDF), loses the identity forms of the dataset's own patient
  (:mod:`casereview.dicom.identity_forms`), replaced by a placeholder such as ``[patient]``.
- An attribute that is Type 1 or 1C where it stands and that the profile would empty gets a dummy
  of its value representation instead (``deid_table.REQUIRED_IN_ITEMS``; the table's own D, X/D,
  Z/D and X/Z/D actions already give a dummy), so a de-identified object has no validity error its
  original did not have.

UIDs are replaced by ``2.25.<HMAC-SHA-256(secret, uid)>``: the same UID maps to the same
replacement in every file and every reference (Referenced SOP Instance UID, Frame of Reference
UID, ...), and only the holder of the sender's secret can recompute the mapping.

:func:`deidentify_file` rewrites one file fast: it parses the header only, writes a fresh
header (blank preamble, rebuilt file meta) and reports where the original pixel data starts, so
the caller copies those bytes unchanged instead of decoding and re-encoding them.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import hmac
import io
import re
import struct
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

import pydicom
from pydicom.dataelem import DataElement
from pydicom.dataset import Dataset, FileDataset, FileMetaDataset
from pydicom.errors import InvalidDicomError
from pydicom.multival import MultiValue
from pydicom.sequence import Sequence
from pydicom.tag import BaseTag
from pydicom.uid import UID, ExplicitVRLittleEndian, ImplicitVRLittleEndian

from casereview import __version__
from casereview.dicom.deid_table import (
    RECOGNISED_SCHEMES,
    REQUIRED_IN_ITEMS,
    Profile,
    Rule,
    load_profile,
    safe_private_list,
    standard_code_meanings,
)
from casereview.dicom.deid_text import clean_text
from casereview.dicom.identity_forms import identity_forms_of_dataset
from casereview.dicom.own_codes import OWN_CODE_MEANINGS
from casereview.dicom.pixel_bits import (
    HighBitCleaner,
    clear_bits_above_high_bit,
    high_bit_cleaner,
)
from casereview.domain.identity_text import IdentityForms, TextScrubber
from casereview.domain.packages import (
    Action,
    AttributeChange,
    ChangeCategory,
    DeidOptions,
    HoldBackReason,
)

#: The implementation class UID casereview writes into file meta information (derived from a
#: fixed name, so it is the same in every installation).
IMPLEMENTATION_CLASS_UID = UID(
    "2.25." + str(uuid.uuid5(uuid.NAMESPACE_URL, "casereview:dicom").int)
)
IMPLEMENTATION_VERSION_NAME = ("CASEREVIEW_" + __version__.replace(".", ""))[:16]

#: Standard UIDs (SOP classes, transfer syntaxes, coding schemes) are never replaced.
DICOM_ROOT = "1.2.840.10008."

_TEXT_VRS = frozenset({"LO", "SH", "ST", "LT", "UT", "UC", "AE", "PN", "CS", "UR"})
_FREE_TEXT_VRS = frozenset({"LO", "SH", "ST", "LT", "UT", "UC"})
_NUMERIC_VRS = frozenset({"DS", "IS", "FL", "FD", "SS", "US", "SL", "UL", "SV", "UV"})
#: Maximum value lengths (characters) of the text VRs that have one (PS3.5 Table 6.2-1).
_MAX_LENGTH = {"SH": 16, "LO": 64, "ST": 1024, "LT": 10240}
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

_CODE_VALUE = 0x00080100
_CODE_MEANING = 0x00080104
#: Attributes of a code item; :meth:`Deidentifier._clean_code_items` judges them as a whole.
_CODE_TAGS = frozenset(
    {
        _CODE_VALUE,
        0x00080102,  # Coding Scheme Designator
        0x00080103,  # Coding Scheme Version
        _CODE_MEANING,
        0x00080119,  # Long Code Value
        0x00080120,  # URN Code Value
        0x0008010F,  # Context Identifier
        0x00080105,  # Mapping Resource
        0x00080106,  # Context Group Version
        0x00080107,  # Context Group Local Version
        0x0008010B,  # Context Group Extension Flag
        0x0008010D,  # Context Group Extension Creator UID
        0x00080117,  # Context UID
    }
)
_TEXT_VALUE = 0x0040A160
_TIMEZONE_OFFSET = 0x00080201
_ENCAPSULATED_DOCUMENT = 0x00420011
_ENCAPSULATED_SOP_CLASSES = "1.2.840.10008.5.1.4.1.1.104."

_TIMEZONE = re.compile(r"^[+-]\d{4}$")
#: A run of digits as long as an identifier: a local code value holding one is replaced.
_ID_DIGITS = re.compile(r"\d{5,}")
#: Scrubbers kept per de-identifier (one per patient seen; an export has one patient).
_SCRUBBER_CACHE_SIZE = 16
#: The family name of every pseudonymised patient ("CASE^CR1A2B3C4D5E").
PSEUDONYM_FAMILY_NAME = "CASE"
_PSEUDONYM_NAME = re.compile(rf"^{PSEUDONYM_FAMILY_NAME}\^CR[0-9A-F]{{10}}$")


def is_pseudonym_name(name: str) -> bool:
    """Whether a Person Name is one casereview gave a de-identified patient.

    Such a name identifies nobody, and "case" is an ordinary word: identity forms read from a
    package received earlier (a partner's answer) must leave it out, or every "case" in the
    text would become a placeholder.

    Parameters
    ----------
    name
        A Person Name value as DICOM writes it.

    Returns
    -------
    bool
        True for ``CASE^CR`` followed by the ten hexadecimal digits of a pseudonym.
    """
    return bool(_PSEUDONYM_NAME.match(str(name).strip()))


# -- Date helpers ---------------------------------------------------------------------------


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
        """Count one file in which ``name`` had ``action``."""
        self.counts[(category, name, action)] += 1

    def merge(self, other: ChangeLog) -> None:
        """Add another log's counts (a worker's chunk)."""
        self.counts.update(other.counts)

    def changes(self) -> list[AttributeChange]:
        """The counts as the preview lists them."""
        return [
            AttributeChange(category, name, action, files)
            for (category, name, action), files in self.counts.items()
        ]


@dataclass(frozen=True, slots=True)
class _Pass:
    """What one :meth:`Deidentifier.apply` call carries down the dataset."""

    patient: PatientPseudonym
    recorder: _Recorder
    scrubber: TextScrubber
    #: The object is an Encapsulated PDF casereview wrote for this export from scrubbed text.
    authored_document: bool


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
        self._scrubbers: dict[IdentityForms, TextScrubber] = {}

    def __reduce__(self) -> tuple[type[Deidentifier], tuple[DeidOptions, bytes]]:
        # Worker processes get a fresh instance with the same options and secret (the UID cache
        # is rebuilt there: it is derived from the secret; scrubbers are rebuilt per patient).
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

    def scrubber_for(self, forms: IdentityForms) -> TextScrubber:
        """The identity scrubber of one patient's forms (built once per patient).

        Parameters
        ----------
        forms
            The patient's identity forms, as a dataset holds them.

        Returns
        -------
        TextScrubber
            The same scrubber for equal forms (building one compiles its patterns).
        """
        scrubber = self._scrubbers.get(forms)
        if scrubber is None:
            if len(self._scrubbers) >= _SCRUBBER_CACHE_SIZE:
                self._scrubbers.clear()
            scrubber = self._scrubbers[forms] = TextScrubber(forms)
        return scrubber

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
        context = _Pass(
            patient,
            recorder,
            self.scrubber_for(_real_identity(identity_forms_of_dataset(ds))),
            authored_document=_written_by_casereview(ds),
        )
        if not isinstance(ds, FileDataset):
            _unshare_items(ds)  # built in memory (read from a file, every item is its own)
        self._walk(ds, context, "normal", None)
        self._scrub_identity(ds, context)
        self._stamp(ds, patient, recorder)
        recorder.finish()
        return ds

    def _walk(self, ds: Dataset, context: _Pass, mode: str, parent: int | None) -> None:
        profile = load_profile()
        required = REQUIRED_IN_ITEMS.get(parent, frozenset()) if parent is not None else ()
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
                    context.recorder.note(
                        ChangeCategory.PRIVATE, "Private attributes", Action.REMOVE
                    )
                    del ds[element.tag]
                continue
            if group & 0xFF00 in (0x5000, 0x6000) and group & 0xFF <= 0x1E:
                # Curves and overlays: bitmaps and text that cannot be cleaned automatically.
                context.recorder.note(ChangeCategory.GRAPHICS, "Overlays and curves", Action.REMOVE)
                del ds[element.tag]
                continue
            rule = profile.rule(tag)
            if rule is not None:
                self._apply_rule(ds, element, rule, context, mode, tag in required)
            else:
                self._apply_default(ds, element, context, mode)
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
                and element.VR in _NUMERIC_VRS
            ):
                return True
        return False

    def _apply_rule(
        self,
        ds: Dataset,
        element: DataElement,
        rule: Rule,
        context: _Pass,
        mode: str,
        required: bool,
    ) -> None:
        tag = int(element.tag)
        action = rule.action(self.options)
        category = ChangeCategory.PATIENT if tag >> 16 == 0x0010 else rule.category()
        if tag == _ENCAPSULATED_DOCUMENT and context.authored_document:
            # The export's own report, written from text its scrubber already cleaned; any
            # other encapsulated document gets the table's dummy.
            action = Action.KEEP
        if action is Action.CLEAN and mode == "dummy":
            action = Action.DUMMY
        if required and action in (Action.REMOVE, Action.EMPTY) and not element.is_empty:
            # Type 1/1C where it stands: emptying it would make the object invalid.
            action = Action.DUMMY
        # A D in the table's action marks an attribute some IOD requires a value of: cleaning
        # must not leave it empty either.
        needs_value = required or "D" in rule.basic
        self._perform(ds, element, action, rule.name, category, context, mode, needs_value)

    def _apply_default(self, ds: Dataset, element: DataElement, context: _Pass, mode: str) -> None:
        vr = element.VR
        name = element.name
        if vr == "SQ":
            for item in element.value:
                self._walk(item, context, mode, int(element.tag))
            if mode in ("clean", "dummy"):
                self._clean_code_items(element, context, mode)
            return
        if vr == "UI":
            if any(not str(v).startswith(DICOM_ROOT) for v in _values(element)):
                self._perform(
                    ds, element, Action.REPLACE_UID, name, ChangeCategory.UIDS, context, mode
                )
            return
        if vr == "PN":
            # Names are identifying wherever they appear, listed or not.
            self._perform(ds, element, Action.EMPTY, name, ChangeCategory.PEOPLE, context, mode)
            return
        if vr in ("DA", "DT", "TM"):
            action = Action.CLEAN if self.options.retain_modified_dates else Action.REMOVE
            if mode == "dummy":
                action = Action.DUMMY
            self._perform(ds, element, action, name, ChangeCategory.DATES, context, mode)
            return
        if (
            mode in ("dummy", "clean")
            and vr in _FREE_TEXT_VRS
            and int(element.tag) not in _CODE_TAGS
        ):
            action = Action.DUMMY if mode == "dummy" else Action.CLEAN
            self._perform(ds, element, action, name, ChangeCategory.STRUCTURED, context, mode)

    def _perform(
        self,
        ds: Dataset,
        element: DataElement,
        action: Action,
        name: str,
        category: ChangeCategory,
        context: _Pass,
        mode: str,
        needs_value: bool = False,
    ) -> None:
        vr = element.VR
        rec = context.recorder
        tag = int(element.tag)
        if action is Action.REMOVE:
            del ds[element.tag]
            rec.note(category, name, action)
        elif action is Action.EMPTY:
            element.value = Sequence() if vr == "SQ" else None
            rec.note(category, name, action)
        elif action is Action.KEEP:
            if vr == "SQ":
                # An option keeps the sequence (ethnic group codes, device identifiers...), not
                # whatever free text or local code meaning its items carry: those are cleaned.
                inner = "dummy" if mode == "dummy" else "clean"
                for item in element.value:
                    self._walk(item, context, inner, tag)
                self._clean_code_items(element, context, inner)
        elif action is Action.REPLACE_UID:
            if vr == "SQ":
                # Reference sequences (X/Z/U*) keep their items for the references in them;
                # any text that has no business there is cleaned, local codes cleaned.
                inner = "dummy" if mode == "dummy" else "clean"
                for item in element.value:
                    self._walk(item, context, inner, tag)
                self._clean_code_items(element, context, inner)
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
                    self._walk(item, context, "dummy", tag)
                self._clean_code_items(element, context, "dummy")
            elif vr == "UI":
                element.value = _same_shape(element, [self.uid(str(v)) for v in _values(element)])
            elif tag == _ENCAPSULATED_DOCUMENT:
                _replace_document(ds)
            elif vr in _DUMMY and not element.is_empty:
                element.value = _DUMMY[vr]
            else:
                element.value = None
            rec.note(category, name, action)
        elif action is Action.CLEAN:
            had_value = not element.is_empty
            self._clean(ds, element, name, category, context)
            if needs_value and had_value and element.tag in ds and element.is_empty:
                # Nothing survived cleaning (or a date could not be shifted): a dummy keeps
                # the required value present.
                element.value = _DUMMY.get(vr)

    def _clean(
        self,
        ds: Dataset,
        element: DataElement,
        name: str,
        category: ChangeCategory,
        context: _Pass,
    ) -> None:
        vr = element.VR
        rec = context.recorder
        shift = context.patient.date_shift_days
        if vr == "SQ":
            for item in element.value:
                self._walk(item, context, "clean", int(element.tag))
            self._clean_code_items(element, context, "clean")
            rec.note(category, name, Action.CLEAN)
            return
        if vr == "DA":
            element.value = _same_shape(
                element, [shift_date(str(v), shift) for v in _values(element)]
            )
            rec.note(ChangeCategory.DATES, name, Action.CLEAN)
            return
        if vr == "DT":
            element.value = _same_shape(
                element, [shift_datetime(str(v), shift) for v in _values(element)]
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
        if int(element.tag) == _TIMEZONE_OFFSET:  # keep only a real offset
            if not _TIMEZONE.match(str(element.value or "")):
                element.value = None
            return
        if vr in _TEXT_VRS:
            original = [str(v) for v in _values(element)]
            cleaned = [clean_text(v, context.scrubber) for v in original]
            if int(element.tag) == _TEXT_VALUE and not any(cleaned):
                cleaned = ["removed"]  # Text Value is Type 1 in an SR TEXT content item
            if cleaned != original:
                element.value = _same_shape(element, cleaned)
                rec.note(category, name, Action.CLEAN)
            return
        if vr in ("OB", "OW", "UN", "OD", "OF", "OL", "OV"):
            # Binary values cannot be cleaned; they go.
            del ds[element.tag]
            rec.note(category, name, Action.REMOVE)

    def _clean_code_items(self, element: DataElement, context: _Pass, mode: str) -> None:
        """Code items of a cleaned sequence: standard codes keep their meaning, others lose text.

        A Code Meaning is kept only when its Coding Scheme Designator is a recognised scheme and
        a code value is present (a standard code's own meaning replaces whatever the sender
        typed). Any other scheme's meaning is free text: cleaned like a descriptor (a dummy in
        dummy mode, or when nothing is left), and a local code value that carries an identifier
        is replaced too. Items are never dropped, so a Type 1 code sequence stays valid.
        """
        for item in element.value:
            scheme_value = item.get("CodingSchemeDesignator")
            value = item.get("CodeValue") or item.get("LongCodeValue") or item.get("URNCodeValue")
            if scheme_value is None and value is None:
                continue
            scheme = str(scheme_value or "")
            meaning = str(item.get("CodeMeaning", "") or "")
            own = OWN_CODE_MEANINGS.get((scheme, str(value)))
            if own is not None:
                # casereview's own private concepts: their meaning is ours, never typed text.
                if meaning != own:
                    item.CodeMeaning = own
                continue
            if scheme in RECOGNISED_SCHEMES and value:
                standard = standard_code_meanings().get((scheme, str(value)))
                if standard is not None and meaning != standard:
                    item.CodeMeaning = standard[:64]
                continue
            cleaned = "" if mode == "dummy" else clean_text(meaning, context.scrubber)
            if cleaned != meaning:
                item.CodeMeaning = (cleaned or _DUMMY["LO"])[:64]
                context.recorder.note(ChangeCategory.STRUCTURED, "Code Meaning", Action.CLEAN)
            code_value = item.get("CodeValue")
            if code_value is not None and (
                mode == "dummy"
                or _ID_DIGITS.search(str(code_value))
                or context.scrubber.clean(str(code_value)) != str(code_value)
            ):
                item.CodeValue = _DUMMY["SH"]
                context.recorder.note(ChangeCategory.STRUCTURED, "Code Value", Action.DUMMY)

    def _scrub_identity(self, ds: Dataset, context: _Pass) -> None:
        """Replace the patient's identity forms in every text value left, at any depth."""
        recognised_code = str(
            ds.get("CodingSchemeDesignator", "") or ""
        ) in RECOGNISED_SCHEMES and bool(
            ds.get("CodeValue") or ds.get("LongCodeValue") or ds.get("URNCodeValue")
        )
        for element in ds:
            if element.VR == "SQ":
                for item in element.value:
                    self._scrub_identity(item, context)
                continue
            if element.VR not in _FREE_TEXT_VRS or element.tag.is_private:
                continue
            if recognised_code and int(element.tag) == _CODE_MEANING:
                continue  # a standard code's meaning names a concept, never the patient
            original = [str(v) for v in _values(element)]
            scrubbed = [context.scrubber.clean(v) for v in original]
            if scrubbed != original:
                limit = _MAX_LENGTH.get(element.VR)
                element.value = _same_shape(element, [v[:limit] if limit else v for v in scrubbed])
                context.recorder.note(ChangeCategory.PATIENT, element.name, Action.CLEAN)

    def _stamp(
        self, ds: Dataset, patient: PatientPseudonym, recorder: _Recorder | None = None
    ) -> None:
        """Pseudonym, Patient Identity Removed and the de-identification method attributes."""
        # Z allows a dummy: the pseudonym keeps the patient recognisable to the recipient
        # ("CASE" as family name, the pseudonym as given name: a valid PN).
        if recorder is not None:
            for name in ("Patient's Name", "Patient ID"):
                for action in (Action.EMPTY, Action.DUMMY):
                    recorder.seen.discard((ChangeCategory.PATIENT, name, action))
                recorder.note(ChangeCategory.PATIENT, name, Action.DUMMY)
        ds.PatientName = f"{PSEUDONYM_FAMILY_NAME}^{patient.pseudonym}"
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


def _unshare_items(ds: Dataset) -> None:
    """Give every sequence item of ``ds`` an object of its own.

    highdicom builds objects whose items are shared between sequences (a SEG's referenced
    instances are the same objects as its frames' source images). The walk changes items in
    place and by where they are, so a shared item would be changed twice (its UIDs mapped
    twice, breaking the references) or once under the wrong rule.
    """
    seen: set[int] = set()

    def visit(dataset: Dataset) -> None:
        for element in dataset:
            if element.VR != "SQ":
                continue
            items = element.value
            for index, item in enumerate(items):
                if id(item) in seen:
                    item = items[index] = copy.deepcopy(item)
                seen.add(id(item))
                visit(item)

    visit(ds)


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


def _real_identity(forms: IdentityForms) -> IdentityForms:
    """``forms`` without the pseudonym of a patient de-identified before."""
    names = tuple(name for name in forms.names if not is_pseudonym_name(name))
    return forms if names == forms.names else replace(forms, names=names)


def _written_by_casereview(ds: Dataset) -> bool:
    """Whether ``ds`` is an Encapsulated PDF this build of casereview wrote (the export's report)."""
    return (
        str(ds.get("SOPClassUID", "")).startswith(_ENCAPSULATED_SOP_CLASSES)
        and str(ds.get("Manufacturer", "")) == "casereview"
        and str(ds.get("SoftwareVersions", "")) == __version__
    )


def _blank_pdf() -> bytes:
    """A valid one-page PDF with nothing on it (the dummy of an Encapsulated Document)."""
    bodies = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(bodies, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(bodies) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(bodies) + 1,
        xref,
    )
    return bytes(out)


def _replace_document(ds: Dataset) -> None:
    """Encapsulated Document (D): a document from elsewhere can say anything; a blank one goes."""
    blank = _blank_pdf()
    ds.EncapsulatedDocument = blank
    if "MIMETypeOfEncapsulatedDocument" in ds:
        ds.MIMETypeOfEncapsulatedDocument = "application/pdf"
    if "EncapsulatedDocumentLength" in ds:
        ds.EncapsulatedDocumentLength = len(blank)


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
#: Visible light (endoscopy, microscopy, photography, ophthalmology), X-ray angiography and
#: fluoroscopy: endoscopy processors, cameras and C-arms usually write the patient's name on
#: the picture (ERCP and endoscopic ultrasound images come this way).
_CAMERA_OR_FLUOROSCOPY = ("1.2.840.10008.5.1.4.1.1.77.1.", "1.2.840.10008.5.1.4.1.1.12.")
_CAMERA_OR_FLUOROSCOPY_MODALITIES = frozenset({"ES", "XC", "GM", "SM", "OP", "XA", "RF"})


def hold_back_reason(ds: Dataset) -> HoldBackReason | None:
    """Why an image may carry burned-in identity, or ``None`` when it may go.

    Held back: images whose Burned In Annotation says anything but "NO" (absent says nothing,
    as on most CT and MR), documents (a PDF from elsewhere can hold anything), secondary
    captures, ultrasound, endoscopy, photographs, fluoroscopy, and screens (Image Type naming a
    screen or dose report, or a Conversion Type).
    """
    sop_class = str(ds.get("SOPClassUID", ""))
    burned = str(ds.get("BurnedInAnnotation", "")).strip().upper()
    if burned and burned != "NO":
        return HoldBackReason.BURNED_IN
    if sop_class.startswith(_DOCUMENTS):
        return HoldBackReason.DOCUMENT
    if sop_class == _SECONDARY_CAPTURE or sop_class.startswith(_SECONDARY_CAPTURE + "."):
        return HoldBackReason.SECONDARY_CAPTURE
    modality = str(ds.get("Modality", "")).strip().upper()
    if sop_class.startswith(_ULTRASOUND) or modality == "US":
        return HoldBackReason.ULTRASOUND
    if (
        sop_class.startswith(_CAMERA_OR_FLUOROSCOPY)
        or modality in _CAMERA_OR_FLUOROSCOPY_MODALITIES
    ):
        return HoldBackReason.CAMERA
    # Screens saved by the scanner ("SCREEN SAVE" is GE's) and dose or protocol screens
    # ("DOSE_INFO", "DOSE REPORT") usually show the patient's name, yet often come as CT images.
    image_type = [str(v).strip().upper() for v in (ds.get("ImageType") or [])]
    if any("SCREEN" in value or "DOSE" in value for value in image_type):
        return HoldBackReason.SCREENSHOT
    if ds.get("ConversionType"):
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
        The byte range of the source file (the Pixel Data element) to append; length 0 when
        the header holds the whole file.
    dataset
        The record keys of the de-identified dataset (for the DICOMDIR and the summary).
    compressed
        Whether the pixel data is already compressed (then it is stored, not deflated).
    tail_cleaner
        Clears the bits above High Bit in the appended pixel value (embedded overlays, see
        ``dicom.pixel_bits``); ``None``: the range is appended unchanged.
    tail_value_start
        Bytes of the range before the pixel value (the element's tag, VR and length), which
        are appended unchanged.
    """

    header: bytes
    tail_offset: int
    tail_length: int
    dataset: Dataset
    compressed: bool
    tail_cleaner: HighBitCleaner | None = None
    tail_value_start: int = 0


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
        The Pixel Data element to copy; length 0 when ``dataset`` holds everything.
    tail_value_start
        Bytes of that element before its value (tag, VR and length).
    """

    path: Path
    dataset: Dataset
    syntax: UID
    tail_offset: int
    tail_length: int
    tail_value_start: int = 0


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
        tail_length = value_start = 0
        if pixel_offset < size:
            handle.seek(pixel_offset)
            end, value_start = _pixel_element_span(handle, syntax, size)
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
    if not tail_length:
        return SourceFile(path, ds, syntax, 0, 0)
    return SourceFile(path, ds, syntax, pixel_offset, tail_length, value_start - pixel_offset)


def deidentify_source(
    source: SourceFile,
    deidentifier: Deidentifier,
    patient: PatientPseudonym,
    log: ChangeLog | None = None,
) -> DeidentifiedFile:
    """De-identify a file read by :func:`read_source` (its dataset is changed in place).

    Bits above High Bit in native pixel data are cleared (``dicom.pixel_bits``): in the
    dataset when it holds the pixels, else by the writer that appends them.
    """
    ds = deidentifier.apply(source.dataset, patient, log)
    cleaner = None
    if source.tail_length:
        cleaner = high_bit_cleaner(ds, source.syntax)
    else:
        clear_bits_above_high_bit(ds, source.syntax)
    return DeidentifiedFile(
        header=_encode(ds, source.syntax),
        tail_offset=source.tail_offset,
        tail_length=source.tail_length,
        dataset=record_dataset(ds),
        compressed=source.syntax not in _UNCOMPRESSED,
        tail_cleaner=cleaner,
        tail_value_start=source.tail_value_start,
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


def _pixel_element_span(handle: io.BufferedReader, syntax: UID, size: int) -> tuple[int, int]:
    """Where the element at the handle's position (the Pixel Data) ends and where its value
    starts, or -1 for both."""
    start = handle.tell()
    head = handle.read(12)
    if len(head) < 8:
        return -1, -1
    group, elem = struct.unpack("<HH", head[:4])
    if (group, elem) != (0x7FE0, 0x0010):
        return -1, -1
    if syntax == ImplicitVRLittleEndian:
        length: int = struct.unpack("<I", head[4:8])[0]
        value_start = start + 8
    else:
        if len(head) < 12 or head[4:6] not in (b"OB", b"OW"):
            return -1, -1
        length = struct.unpack("<I", head[8:12])[0]
        value_start = start + 12
    if length != 0xFFFFFFFF:
        return value_start + length, value_start
    # Encapsulated: walk the item headers to the sequence delimiter.
    position = value_start
    while position + 8 <= size:
        handle.seek(position)
        item = handle.read(8)
        tag = struct.unpack("<HH", item[:4])
        (item_length,) = struct.unpack("<I", item[4:8])
        if tag == (0xFFFE, 0xE0DD):
            return position + 8, value_start
        if tag != (0xFFFE, 0xE000) or item_length == 0xFFFFFFFF:
            return -1, -1
        position += 8 + item_length
    return -1, -1


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
    "is_pseudonym_name",
    "iter_elements",
    "load_profile",
    "read_header",
    "shift_date",
    "shift_datetime",
]
