"""Text in DICOM headers during de-identification: the cleaner of the C action.

Two kinds of text cleaning happen while a dataset is de-identified:

- **Identity scrubbing** (:class:`casereview.domain.identity_text.TextScrubber`): every text value
  that stays in the object, at any depth, loses the identity forms of the dataset's own patient
  (all Person Name groups, other and birth names, IDs, accession numbers, birth date in every
  format, phone, address), replaced by a visible placeholder;
  :func:`casereview.dicom.identity_forms.identity_forms_of_dataset` reads those forms from the
  dataset before the profile removes them.
- **Cleaning** (the C action of Table E.1-1 under Clean Descriptors, Clean Structured Content and
  Clean Graphics, :func:`clean_text`): the value keeps only words of the clinical vocabulary
  (``resources/deid/safe_words.txt``) and short numbers, after every date-shaped span (in every
  format people write: ``1958 03 12``, ``12/03/1958``, ``1958年3月12日``, ``12 March 1958``...),
  every run of numbers as long as a phone number or an identifier, and the patient's identity
  forms are taken out. "CT ABDOMEN 5mm 120kV" and "Portal venous phase" stay as they are.
"""

from __future__ import annotations

import re

from casereview.dicom.deid_table import safe_words
from casereview.domain.identity_text import Placeholder, TextScrubber

# -- Cleaning --------------------------------------------------------------------------------

_YEAR = r"(?:1[89]|20)\d{2}"
_MONTH = r"(?:0?[1-9]|1[0-2])"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_SEP = r"(?:\s*[-/.]\s*|\s+)"
_MONTH_NAMES = (
    r"(?:jan(?:uary|vier)?|feb(?:ruary)?|f[ée]v(?:rier)?|mar(?:ch|s)?|apr(?:il)?|avr(?:il)?"
    r"|may|mai|june?|juin|july?|juil(?:let)?|aug(?:ust)?|ao[uû]t|sept?(?:ember|embre)?"
    r"|oct(?:ober|obre)?|nov(?:ember|embre)?|dec(?:ember)?|d[ée]c(?:embre)?)\.?"
)
_ORDINAL = r"(?:st|nd|rd|th|er)?"
_START = r"(?<![\w.])"
_END = r"(?![\w])"

#: Text shaped like a date, whoever's date it is: a descriptor that names a day can date an
#: event of the patient's life, and Clean Descriptors cannot shift it reliably.
DATE_SHAPED = re.compile(
    "|".join(
        [
            # 1958-03-12, 1958/3/12, 1958.03.12, 1958 03 12
            f"{_START}{_YEAR}{_SEP}{_MONTH}{_SEP}{_DAY}{_END}",
            # 12/03/1958, 03/12/1958, 12.03.1958, 12 03 1958, 12-3-1958
            rf"{_START}\d{{1,2}}{_SEP}\d{{1,2}}{_SEP}{_YEAR}{_END}",
            # 12/03/58, 12.03.58 (two-digit years only with / or . between the parts)
            rf"{_START}\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2}}{_END}",
            # 19580312
            rf"{_START}{_YEAR}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]){_END}",
            # 1958年3月12日, 3月12日
            r"\d{2,4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?",
            r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]",
            # 12 March 1958, 12th March 1958, 12 mars 1958, March 12, 1958, March 1958
            rf"{_START}\d{{1,2}}{_ORDINAL}\s+{_MONTH_NAMES}\s+{_YEAR}{_END}",
            rf"{_START}{_MONTH_NAMES}\s+\d{{1,2}}{_ORDINAL},?\s+{_YEAR}{_END}",
            rf"{_START}{_MONTH_NAMES}\s+{_YEAR}{_END}",
        ]
    ),
    re.IGNORECASE,
)

#: Runs of numbers separated by spaces, dashes or slashes ("138 0013 8000", "0571-8823-4567").
_NUMBER_RUN = re.compile(r"(?<![\w.,])\d+(?:[\s\-/]+\d+)+(?![\w.,])")
#: A run with this many digits or more is a phone number or an identifier, not a measurement.
_ID_RUN_DIGITS = 7

_SAFE_NUMBER = re.compile(r"^(\d{1,4}|\d+[.,]\d+)$")
_NUMBER_WITH_UNIT = re.compile(r"(\d{1,4}(?:[.,]\d+)?)([A-Za-z]{1,3})")
_TOKEN_SEPARATORS = re.compile(r"[\s^\\/,;:()\[\]{}\"'|+=_-]+")
_PLACEHOLDERS = re.compile("|".join(re.escape(p.value) for p in Placeholder))


def _without_number_runs(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        digits = sum(c.isdigit() for c in match.group(0))
        return " " if digits >= _ID_RUN_DIGITS else match.group(0)

    return _NUMBER_RUN.sub(replace, text)


def clean_text(text: str, scrubber: TextScrubber | None = None) -> str:
    """Keep only the words of the safe vocabulary and short numbers (the C action).

    Parameters
    ----------
    text
        A description, comment, label or SR text value.
    scrubber
        The scrubber of the dataset's patient; their identity forms go first (a name that is
        also a clinical word, such as a patient called "Portal", must not survive as one).

    Returns
    -------
    str
        The kept words, separated by single spaces (may be empty).
    """
    if scrubber is not None:
        text = _PLACEHOLDERS.sub(" ", scrubber.clean(text))
    text = _without_number_runs(DATE_SHAPED.sub(" ", text))
    vocabulary = safe_words()
    kept = []
    for token in _TOKEN_SEPARATORS.split(text):
        if not token:
            continue
        if _SAFE_NUMBER.match(token) or token.casefold() in vocabulary:
            kept.append(token)
            continue
        # "5mm", "3D", "120kV": a number with its unit, when the unit is safe (or one letter).
        match = _NUMBER_WITH_UNIT.fullmatch(token)
        if match and (match.group(2).casefold() in vocabulary or len(match.group(2)) == 1):
            kept.append(token)
    return " ".join(kept)


__all__ = ["DATE_SHAPED", "clean_text"]
