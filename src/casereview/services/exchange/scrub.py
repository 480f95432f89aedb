"""Identity scrubbing of every text a package carries besides the images' headers.

DICOM image headers are de-identified by :mod:`casereview.dicom.deid`. Everything else a
package carries is user or derived text: JSON documents, the text values of the SR, SEG, KOS
and PDF objects the providers build, the package summary (README, index, manifest), document
file names and the outcome report. All of it goes through one
:class:`~casereview.domain.identity_text.TextScrubber`, built here for the export from the
patient's identity forms (:func:`case_identity_forms`), so every output is scrubbed the same
way.

pydicom is imported when a header is read or an object scrubbed, not with this module: the
providers that import it are registered at every start of the application.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from casereview.domain.identity_text import IdentityForms, Placeholder, TextScrubber
from casereview.domain.packages import TextChange

if TYPE_CHECKING:
    from pydicom.dataset import Dataset

    from casereview.dicom.deid import Deidentifier
    from casereview.store.repositories_packages import CaseImages

#: Text that looks like a DICOM UID (four or more dotted numbers).
UID_TEXT = re.compile(r"\b\d+(?:\.\d+){3,}\b")

#: Text value representations a provider's DICOM object may carry user text in, with the
#: longest value the standard allows (``None``: no limit worth enforcing).
TEXT_VRS: dict[str, int | None] = {
    "SH": 16,
    "LO": 64,
    "ST": 1024,
    "LT": 10240,
    "UT": None,
    "UC": None,
    "PN": 64,
}


def case_identity_forms(images: CaseImages, added: Iterable[str] = ()) -> IdentityForms:
    """The identity forms of a case's patient, from the index and the images' headers.

    Parameters
    ----------
    images
        The case's images and its patient's indexed identity.
    added
        Words or phrases the user marked as identifying (names of relatives, a village…).

    Returns
    -------
    IdentityForms
        The index rows' name, ID, issuer, birth date and accession numbers, merged with every
        form the first file of each series holds (all name groups, other names and IDs, phone,
        address).
    """
    from casereview.dicom.deid import is_pseudonym_name
    from casereview.dicom.identity_forms import identity_forms_of_files, parse_birth_date

    birth = parse_birth_date(images.birth_date)
    indexed = IdentityForms(
        names=(images.patient_name,),
        ids=(images.patient_id, images.issuer_of_patient_id, *images.accession_numbers),
        birth_dates=(birth,) if birth else (),
        extra=tuple(added),
    )
    forms = indexed.merged(identity_forms_of_files(images.series_first_paths))
    # A patient received in a package carries the name casereview gave it ("CASE^CR…"): it
    # identifies nobody, and as a name "case" would become a placeholder in every text of an
    # answer (and documents/case.json would be renamed).
    return dataclasses.replace(
        forms, names=tuple(name for name in forms.names if not is_pseudonym_name(name))
    )


def scrub_value(value: Any, scrubber: TextScrubber) -> Any:
    """``value`` with every string in it scrubbed, whatever its shape.

    Parameters
    ----------
    value
        Strings, dicts (keys too), lists, tuples and frozen dataclasses (a ``CaseSummary``
        before the report is rendered), nested in any way; other values are returned as they
        are.
    scrubber
        The export's scrubber.

    Returns
    -------
    Any
        A copy of the same shape; dataclasses are rebuilt with :func:`dataclasses.replace`.
    """
    if isinstance(value, str):
        return scrubber.clean(value)
    if isinstance(value, Mapping):
        return {scrub_value(k, scrubber): scrub_value(v, scrubber) for k, v in value.items()}
    if isinstance(value, list):
        return [scrub_value(v, scrubber) for v in value]
    if isinstance(value, tuple):
        return tuple(scrub_value(v, scrubber) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changed = {
            f.name: scrub_value(getattr(value, f.name), scrubber)
            for f in dataclasses.fields(value)
            if f.init
        }
        return dataclasses.replace(value, **changed)
    return value


def scrub_document(document: Any, deidentifier: Deidentifier, scrubber: TextScrubber) -> bytes:
    """JSON bytes of a provider's document with UIDs replaced and identity scrubbed.

    Parameters
    ----------
    document
        A JSON-ready object (dicts, lists, strings, numbers).
    deidentifier
        The export's de-identifier: UIDs are mapped as in the images' headers.
    scrubber
        The export's scrubber: every free-text string goes through it, after the UIDs are
        mapped (a mapped UID is never mistaken for a date or an identifier). Keys and the
        values of machine fields (``schema``, ``kind``, enums, times, UIDs) are left as they
        are: they are the program's words, and readers depend on them.

    Returns
    -------
    bytes
        UTF-8 JSON, keys sorted, so equal documents give equal bytes.
    """

    def mapped(text: str) -> str:
        return UID_TEXT.sub(lambda m: deidentifier.uid(m.group(0)), text)

    def machine(value: Any) -> Any:
        if isinstance(value, dict):
            return {str(k): machine(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [machine(v) for v in value]
        return mapped(value) if isinstance(value, str) else value

    def scrub(value: Any) -> Any:
        if isinstance(value, dict):
            # Keys and machine values (schema ids, kinds, enums, times) are the program's own
            # words: a patient named Case or Key must not turn "casereview-case/1" into
            # something no reader knows.
            return {
                str(k): machine(v) if str(k) in _MACHINE_FIELDS else scrub(v)
                for k, v in value.items()
            }
        if isinstance(value, list | tuple):
            return [scrub(v) for v in value]
        if isinstance(value, str):
            return scrubber.clean(mapped(value))
        return value

    return json.dumps(scrub(document), indent=1, ensure_ascii=False, sort_keys=True).encode()


def scrub_dataset(dataset: Dataset, scrubber: TextScrubber) -> int:
    """Scrub every text value of a DICOM object a provider built, nested sequences included.

    Parameters
    ----------
    dataset
        An SR, SEG, KOS or PDF object after de-identification: its free text (text values,
        segment labels and descriptions, document titles, code meanings) is user text.
    scrubber
        The export's scrubber.

    Returns
    -------
    int
        How many values changed. A value that grew past its VR's length limit (a name
        replaced by a longer placeholder) is shortened to the limit.
    """
    from pydicom.multival import MultiValue
    from pydicom.valuerep import PersonName

    changed = 0
    for element in _text_elements(dataset):
        limit = TEXT_VRS[element.VR]
        if isinstance(element.value, MultiValue | list):
            values = [str(v) for v in element.value]
            cleaned = [_fit(scrubber.clean(v), limit) for v in values]
            if cleaned != values:
                element.value = cleaned
                changed += 1
            continue
        original = str(element.value) if element.value is not None else ""
        text = _fit(scrubber.clean(original), limit)
        if text != original:
            element.value = PersonName(text) if element.VR == "PN" else text
            changed += 1
    return changed


#: Text attributes that hold codes, not words: a code value that happens to look like a name
#: or an ID must stay what the coding scheme says.
CODE_KEYWORDS = frozenset(
    {
        "CodeValue",
        "LongCodeValue",
        "CodingSchemeDesignator",
        "CodingSchemeVersion",
        "MappingResource",
    }
)


def _text_elements(dataset: Dataset) -> Iterator[Any]:
    """Every element of a text VR in ``dataset`` and its sequences' items, at any depth."""
    for element in dataset:
        if element.VR == "SQ":
            for item in element.value or ():
                yield from _text_elements(item)
        elif (
            element.VR in TEXT_VRS
            and element.value not in (None, "")
            and element.keyword not in CODE_KEYWORDS
        ):
            yield element


def _fit(text: str, limit: int | None) -> str:
    return text if limit is None or len(text) <= limit else text[:limit].rstrip()


#: A placeholder as it appears in a file name: no brackets or spaces ("date-of-birth").
_FILE_NAME_PLACEHOLDERS = {
    p.value: re.sub(r"[^a-z]+", "-", p.value.lower()).strip("-") for p in Placeholder
}


def scrub_file_name(name: str, scrubber: TextScrubber) -> str:
    """A file or folder name inside the package with the patient's identity replaced.

    Parameters
    ----------
    name
        One path component ("wang-li-notes.json").
    scrubber
        The export's scrubber.

    Returns
    -------
    str
        The name with each placeholder written without brackets or spaces
        ("patient-notes.json"), so it stays a portable file name.
    """
    cleaned = scrubber.clean(name)
    for placeholder, plain in _FILE_NAME_PLACEHOLDERS.items():
        cleaned = cleaned.replace(placeholder, plain)
    return cleaned


def scrub_path(path: str, scrubber: TextScrubber) -> str:
    """A ``/``-separated path inside the package with every component scrubbed."""
    return "/".join(scrub_file_name(part, scrubber) for part in path.split("/"))


# -- What the preview shows ----------------------------------------------------------------

#: How the preview names the items of each document a provider writes.
_DOCUMENT_TITLES = {
    "annotations.json": "Annotation",
    "key-images.json": "Key image",
    "decisions.json": "Decision",
    "segments.json": "Segment",
    "case.json": "Case",
}
#: Fields whose values are machine data (identifiers, times, codes, enums), never free text:
#: neither scrubbed nor listed in the preview.
_MACHINE_FIELDS = frozenset(
    {
        "uuid",
        "origin_uuid",
        "uid",
        "seg_sop_instance_uid",
        "series_instance_uid",
        "study_instance_uid",
        "sop_instance_uid",
        "frame_of_reference_uid",
        "created_at",
        "modified_at",
        "signed_at",
        "schema",
        "kind",
        "status",
        "layer",
        "plane",
        "orientation",
        # A 3-D key image's volume rendering: composite or MIP (its reader knows only these).
        "blend",
        "recommendation",
        "intent",
        "trial_eligibility",
        "checklist",
        # A segment's category and type: coded (SNOMED value, scheme, meaning) from the
        # templates; their code values look like identifiers but are none.
        "category",
        "type",
    }
)


def text_changes(name: str, document: Any, scrubber: TextScrubber) -> list[TextChange]:
    """The free-text fields of one provider document that the scrubber changes or flags.

    Parameters
    ----------
    name
        The document's file name (``decisions.json``…): it names its items in the preview.
    document
        The JSON-ready document as the provider gathered it (before UIDs are mapped).
    scrubber
        The export's scrubber.

    Returns
    -------
    list of TextChange
        One entry per changed or flagged field, described for a clinician ("Decision 1 of
        2026-11-03 — rationale"); the description is local and may be shown as is.
    """
    title = _DOCUMENT_TITLES.get(name, name.removesuffix(".json").replace("-", " ").capitalize())
    found: list[TextChange] = []
    for where, text in _document_strings(document, title):
        review = scrubber.review(text)
        if review.changed:
            found.append(
                TextChange(
                    field=" — ".join(where),
                    original=text,
                    as_sent=review.text,
                    unsure=review.unsure,
                )
            )
    return found


def _document_strings(document: Any, title: str) -> Iterator[tuple[tuple[str, ...], str]]:
    """Every free-text string of a document; the items of its top-level lists are named by
    the document's title ("Decision 2 of 2026-11-03 — rationale")."""
    if not isinstance(document, Mapping):
        yield from _strings(document, (title,))
        return
    for key, item in document.items():
        if str(key) in _MACHINE_FIELDS:
            continue
        if isinstance(item, list | tuple):
            for index, member in enumerate(item, start=1):
                yield from _strings(member, (_item_name(title, index, member),))
        else:
            yield from _strings(item, (title, _field_name(key)))


def _strings(value: Any, where: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], str]]:
    """Every free-text string in ``value``, with a readable description of where it is."""
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, Mapping):
        for key, item in value.items():
            if str(key) in _MACHINE_FIELDS:
                continue
            if isinstance(item, list | tuple):
                label = _field_name(key).removesuffix("s")
                for index, member in enumerate(item, start=1):
                    yield from _strings(member, (*where, _item_name(label, index, member)))
            else:
                yield from _strings(item, (*where, _field_name(key)))
    elif isinstance(value, list | tuple):
        for index, member in enumerate(value, start=1):
            yield from _strings(member, (*where, str(index)))


def _field_name(key: object) -> str:
    return str(key).replace("_", " ")


def _item_name(label: str, index: int, item: Any) -> str:
    """ "Decision 2 of 2026-11-03": a list item by its number and, when it has one, its date."""
    if isinstance(item, Mapping):
        when = str(item.get("signed_at") or item.get("created_at") or "")[:10]
        if when:
            return f"{label} {index} of {when}"
    return f"{label} {index}"
