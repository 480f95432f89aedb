"""Identity scrubbing of the text a package carries besides its DICOM headers.

DICOM headers are de-identified by :mod:`casereview.dicom.deid`; what providers add as user
text (annotation labels, captions, segment names, decision rationales, the MDT outcome PDF)
and as JSON documents is scrubbed here: the patient's name parts, ID, birth date and accession
numbers are removed, and every UID in a document is replaced like the headers' UIDs.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from casereview.dicom.deid import Deidentifier

#: Text that looks like a DICOM UID (four or more dotted numbers).
UID_TEXT = re.compile(r"\b\d+(?:\.\d+){3,}\b")


def phi_strings(
    name: str, patient_id: str, birth_date: str, accession_numbers: Sequence[str] = ()
) -> tuple[str, ...]:
    """Strings that must not appear in any document of a package.

    Parameters
    ----------
    name
        The patient's name as DICOM writes it (``FAMILY^GIVEN``); each part counts.
    patient_id, birth_date
        The patient's ID and birth date.
    accession_numbers
        Accession numbers of the patient's studies.

    Returns
    -------
    tuple of str
        Sorted, without duplicates; strings shorter than three characters are left out (they
        would cut ordinary words apart).
    """
    found = {patient_id.strip(), birth_date.strip()}
    for part in re.split(r"[\^= ]+", name):
        found.add(part.strip())
    found |= set(accession_numbers)
    return tuple(sorted(s for s in found if len(s) >= 3))


def remove_phi(text: str, phi: Sequence[str]) -> str:
    """``text`` without the patient's name parts, ID, birth date and accession numbers.

    Parameters
    ----------
    text
        User text.
    phi
        What :func:`phi_strings` returned for the patient; matched case-insensitively.
    """
    for secret in phi:
        text = re.sub(re.escape(secret), "", text, flags=re.IGNORECASE)
    return text


def scrub_document(document: Any, deidentifier: Deidentifier, phi: Sequence[str]) -> bytes:
    """JSON bytes of a provider's document with UIDs replaced and identifiers removed.

    Parameters
    ----------
    document
        A JSON-ready object (dicts, lists, strings, numbers).
    deidentifier
        The export's de-identifier: UIDs are mapped as in the images' headers.
    phi
        What :func:`phi_strings` returned for the patient.

    Returns
    -------
    bytes
        UTF-8 JSON, keys sorted, so equal documents give equal bytes.
    """

    def scrub(value: Any) -> Any:
        if isinstance(value, dict):
            return {str(scrub(k)): scrub(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [scrub(v) for v in value]
        if isinstance(value, str):
            return remove_phi(UID_TEXT.sub(lambda m: deidentifier.uid(m.group(0)), value), phi)
        return value

    return json.dumps(scrub(document), indent=1, ensure_ascii=False, sort_keys=True).encode()
