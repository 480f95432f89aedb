"""One patient's identity in every form staff write it, and the scrubber that removes it.

Everything a package carries as text (JSON documents, SR text, SEG labels, the outcome PDF,
file names, the case's title and question) goes through :class:`TextScrubber`, built from the
patient's :class:`IdentityForms` (read from the DICOM headers, see
``casereview.dicom.identity_forms``). The scrubber replaces what identifies the patient with a
visible :class:`Placeholder` instead of deleting it, so the partner reads "[patient] tolerated
the procedure" and knows something was removed; it never touches other words.

Matching rules, chosen so that clinical text survives:

- Latin-script names, IDs and user additions match whole words only, case- and
  accent-insensitively ("Müller" = "MULLER"): "Li" inside "liver" and "Ross" inside "across" or
  "Rossi" stay.
- Names in scripts written without spaces (Chinese, Japanese, Korean) match as whole names, in
  either order and with or without separators ("王丽", "丽王", "王 丽"). A lone one-character
  family or given name is too common to replace (王 is the surname of tens of millions of
  people) and is reported in :attr:`TextReview.unsure` for the user to confirm.
- Birth dates match in the numeric, Chinese and English/French month-name formats people write,
  with or without zero padding and with any of ``- / .`` or spaces between the parts.
- Numbers shaped like an identifier that are not the patient's are reported as unsure.

Pure Python: no DICOM library here, so every layer can use it.
"""

from __future__ import annotations

import datetime
import enum
import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

__all__ = ["IdentityForms", "Placeholder", "TextReview", "TextScrubber"]


class Placeholder(enum.StrEnum):
    """What replaces each kind of identity in scrubbed text."""

    PATIENT = "[patient]"
    ID = "[ID]"
    BIRTH_DATE = "[date of birth]"
    PHONE = "[phone]"
    ADDRESS = "[address]"
    OTHER = "[removed]"


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    """``values`` stripped, without empty strings and duplicates, in first-seen order."""
    return tuple(dict.fromkeys(v.strip() for v in values if v and v.strip()))


@dataclass(frozen=True, slots=True)
class IdentityForms:
    """Everything that identifies one patient, as the headers and the user give it.

    Parameters
    ----------
    names
        Person Name values as DICOM writes them (``"Wang^Li=王^丽="``): the patient's name,
        other names and birth name. Every group (alphabetic, ideographic, phonetic) and every
        family, given and middle name counts.
    ids
        Patient ID, other patient IDs, issuers of patient ID and accession numbers.
    birth_dates
        The patient's birth date (more than one if the headers disagree).
    phones
        Telephone numbers as written; only their digits matter.
    addresses
        Postal addresses as written.
    extra
        Words or phrases the user adds (a nickname, a village, an employer); matched as whole
        words like names and replaced with ``[removed]``.
    """

    names: tuple[str, ...] = ()
    ids: tuple[str, ...] = ()
    birth_dates: tuple[datetime.date, ...] = ()
    phones: tuple[str, ...] = ()
    addresses: tuple[str, ...] = ()
    extra: tuple[str, ...] = ()

    def merged(self, other: IdentityForms) -> IdentityForms:
        """Both patients' forms together (or one patient's forms from two sources).

        Parameters
        ----------
        other
            More forms, for example the user's additions or another series' headers.

        Returns
        -------
        IdentityForms
            Every form of both, without duplicates, in first-seen order.
        """
        return IdentityForms(
            names=_unique((*self.names, *other.names)),
            ids=_unique((*self.ids, *other.ids)),
            birth_dates=tuple(dict.fromkeys((*self.birth_dates, *other.birth_dates))),
            phones=_unique((*self.phones, *other.phones)),
            addresses=_unique((*self.addresses, *other.addresses)),
            extra=_unique((*self.extra, *other.extra)),
        )

    def is_empty(self) -> bool:
        """Whether there is nothing to scrub (no form of any kind)."""
        return not (
            self.names
            or self.ids
            or self.birth_dates
            or self.phones
            or self.addresses
            or self.extra
        )


@dataclass(frozen=True, slots=True)
class TextReview:
    """One text after scrubbing, for the export preview.

    Attributes
    ----------
    text
        The text as it will be sent, with placeholders.
    replaced
        How many spans were replaced.
    unsure
        Spans of the original text the user should confirm (a lone one-character CJK name part,
        a number shaped like an identifier that is not the patient's), without duplicates.
    """

    text: str
    replaced: int
    unsure: tuple[str, ...]

    @property
    def changed(self) -> bool:
        """Whether the scrubber replaced anything or has something for the user to confirm."""
        return self.replaced > 0 or bool(self.unsure)


# --- Normalisation -------------------------------------------------------------------------

#: Scripts written without spaces between words: a name in them is matched as a substring.
_UNSPACED_RANGES = (
    "\u1100-\u11ff"  # Hangul Jamo
    "\u2e80-\u2fdf"  # CJK radicals
    "\u3040-\u30ff"  # Hiragana, Katakana
    "\u3130-\u318f"  # Hangul compatibility Jamo
    "\u31f0-\u31ff"  # Katakana extensions
    "\u3400-\u4dbf"  # CJK extension A
    "\u4e00-\u9fff"  # CJK unified ideographs
    "\uac00-\ud7af"  # Hangul syllables
    "\uf900-\ufaff"  # CJK compatibility ideographs
    "\U00020000-\U0003134f"  # CJK extensions B to G
)
_UNSPACED = re.compile(f"[{_UNSPACED_RANGES}]")
#: A letter or digit of a spaced script (underscore and CJK are not: "Wang_Li.dcm" and
#: "患者Wang" still show "Wang" as a word).
_WORD_CHAR = f"[^\\W_{_UNSPACED_RANGES}]"
_WORD_START = f"(?<!{_WORD_CHAR})"
_WORD_END = f"(?!{_WORD_CHAR})"
#: Digits next to a match make it part of a longer number ("1.2.840.19580312.1" is a UID).
_NUMBER_START = r"(?<!\d)(?<!\d[.,])"
_NUMBER_END = r"(?![.,]?\d)"


@functools.lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    """``char`` as matched: compatibility-decomposed, accents dropped, case-folded."""
    decomposed = unicodedata.normalize("NFKD", char)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    # Recompose what decomposition split without accents (a Hangul syllable into its jamo).
    return unicodedata.normalize("NFC", bare).casefold()


def _fold(text: str) -> str:
    """``text`` as matched (see :func:`_fold_char`)."""
    if text.isascii():
        return text.lower()
    return "".join(_fold_char(c) for c in text)


@dataclass(frozen=True, slots=True)
class _FoldedText:
    """A text folded for matching, with the original index of every folded character."""

    original: str
    folded: str
    #: Original index of each folded character; ``None`` when folding kept every index
    #: (ASCII text, the common case, folds by lower-casing alone).
    origin: tuple[int, ...] | None

    @classmethod
    def of(cls, text: str) -> _FoldedText:
        if text.isascii():
            return cls(text, text.lower(), None)
        folded: list[str] = []
        origin: list[int] = []
        for index, char in enumerate(text):
            piece = _fold_char(char)
            folded.append(piece)
            origin.extend([index] * len(piece))
        return cls(text, "".join(folded), tuple(origin))

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text that folded to ``folded[start:end]``."""
        if self.origin is None:
            return start, end
        first = self.origin[start]
        last = self.origin[end - 1] + 1
        # A combining accent after the last letter folded to nothing but belongs to it.
        while last < len(self.original) and unicodedata.combining(self.original[last]):
            last += 1
        return first, last


# --- Patterns for each form ----------------------------------------------------------------

#: What may stand between the parts of a name: spaces, DICOM separators, punctuation.
_NAME_SEPARATOR = r"[\s\^=,.\-_·・•'’]*"
#: What may stand between the parts of an identifier or a phone number.
_DIGIT_SEPARATOR = r"[\s\-_./()]?"
#: What may stand between the words of an address or a user addition.
_PHRASE_SEPARATOR = r"[\W_]*"


def _is_unspaced(token: str) -> bool:
    return bool(_UNSPACED.search(token))


def _words(text: str) -> list[str]:
    """Folded words of ``text``: runs of letters and digits, each CJK character on its own
    only where it stands apart from other CJK text."""
    return [w for w in re.split(r"[\W_]+", _fold(text)) if w]


def _name_parts(value: str) -> list[str]:
    """Family, given and middle names of every group of a DICOM Person Name, folded.

    Prefixes and suffixes (``Mrs``, ``Dr``, ``Jr``) are titles, not identity, and are left out.
    A part written with spaces in a spaced script ("van der Berg") gives each word too.
    """
    parts: list[str] = []
    for group in value.split("="):
        components = group.split("^")
        for component in components[:3]:
            folded = _fold(component).strip()
            if not folded:
                continue
            parts.append(folded)
            if not _is_unspaced(folded):
                parts.extend(_words(folded))
            else:
                parts.extend(w for w in re.split(r"\s+", folded) if w)
    return list(dict.fromkeys(parts))


def _name_token_pattern(token: str) -> str:
    """A name token's pattern: whole word in spaced scripts, anywhere in unspaced ones."""
    body = _NAME_SEPARATOR.join(re.escape(w) for w in re.split(r"[\s\^=,._\-]+", token) if w)
    if _is_unspaced(token):
        return body
    return f"{_WORD_START}{body}{_WORD_END}"


def _in_compound(folded: str, run: re.Match[str]) -> bool:
    """Whether a name part of one or two Latin letters is joined by a hyphen to another word.

    "LI-RADS", "BI-RADS" and "PI-RADS" are clinical terms, not a patient named Li, Bi or Pi:
    such a part is reported as unsure instead of replaced. Longer parts are replaced even in a
    compound ("Wang-family"), where a name is more likely than a term.
    """
    text = run.group(0)
    if len(text) > 2 or _is_unspaced(text):
        return False
    start, end = run.start(), run.end()
    after = folded[end : end + 2]
    before = folded[max(0, start - 2) : start]
    return (len(after) == 2 and after[0] == "-" and after[1].isalnum()) or (
        len(before) == 2 and before[1] == "-" and before[0].isalnum()
    )


def _is_weak_name(token: str) -> bool:
    """Whether a name part is too common to replace alone (one CJK character, one letter)."""
    return len(token) == 1


def _id_pattern(identifier: str) -> str | None:
    """An identifier's pattern: its letters and digits with optional separators between them.

    Identifiers shorter than four letters and digits would match ordinary numbers ("12 mm")
    and get no pattern; they are reported as unsure instead.
    """
    characters = [c for c in _fold(identifier) if c.isalnum()]
    if len(characters) < 4:
        return None
    body = _DIGIT_SEPARATOR.join(re.escape(c) for c in characters)
    return f"{_WORD_START}{_NUMBER_START}{body}{_NUMBER_END}{_WORD_END}"


def _phone_pattern(phone: str) -> str | None:
    """A phone number's pattern: its digits with any separators, with or without the country,
    area or trunk prefix (any last seven or more digits, alone or after a trunk ``0``)."""
    digits = "".join(c for c in _fold(phone) if c.isdigit())
    if len(digits) < 5:
        return None
    stripped = digits.removeprefix("00")
    variants = {digits, stripped, "00" + stripped}
    for cut in range(1, len(stripped) - 6):
        variants.add(stripped[cut:])
        variants.add("0" + stripped[cut:])
    bodies = sorted({_DIGIT_SEPARATOR.join(variant) for variant in variants}, key=len, reverse=True)
    return f"(?<!\\d)\\+?(?:{'|'.join(bodies)})(?!\\d)"


def _phrase_pattern(phrase: str) -> str | None:
    """Whole words of a phrase in order, anything but letters and digits between them."""
    words = [w for w in re.split(r"[\W_]+", _fold(phrase)) if w]
    if not words:
        return None
    body = _PHRASE_SEPARATOR.join(re.escape(w) for w in words)
    start = "" if _is_unspaced(words[0][0]) else _WORD_START
    end = "" if _is_unspaced(words[-1][-1]) else _WORD_END
    return f"{start}{body}{end}"


def _address_patterns(address: str) -> list[str]:
    """The whole address, and each of its comma- or line-separated parts that holds a number
    (a street and house number identify; a city alone does not)."""
    patterns = [_phrase_pattern(address)]
    parts = re.split(r"[,;\n\^，；、]+", address)
    if len(parts) > 1:
        patterns.extend(_phrase_pattern(p) for p in parts if re.search(r"\d", p))
    return [p for p in patterns if p]


_MONTHS = {
    1: ("january", "jan", "janvier", "janv"),
    2: ("february", "feb", "fevrier", "fevr", "fev"),
    3: ("march", "mar", "mars"),
    4: ("april", "apr", "avril", "avr"),
    5: ("may", "mai"),
    6: ("june", "jun", "juin"),
    7: ("july", "jul", "juillet", "juil"),
    8: ("august", "aug", "aout"),
    9: ("september", "sep", "sept", "septembre"),
    10: ("october", "oct", "octobre"),
    11: ("november", "nov", "novembre"),
    12: ("december", "dec", "decembre"),
}
#: Between numeric date parts: one of - / . with optional spaces, or spaces alone.
_DATE_SEPARATOR = r"(?:\s*[-/.]\s*|\s+)"


def _date_patterns(date: datetime.date) -> list[str]:
    """Every way people write ``date``, as patterns over folded text."""
    year = f"{date.year:04d}"
    short_year = f"{date.year % 100:02d}"
    month = f"0?{date.month}" if date.month < 10 else f"{date.month}"
    day = f"0?{date.day}" if date.day < 10 else f"{date.day}"
    ordinal = r"(?:st|nd|rd|th|er)?"
    month_name = "(?:" + "|".join(_MONTHS[date.month]) + r")\.?"
    sep = _DATE_SEPARATOR
    numeric = [
        f"{year}{sep}{month}{sep}{day}",
        f"{day}{sep}{month}{sep}{year}",
        f"{month}{sep}{day}{sep}{year}",
        f"{date.year:04d}{date.month:02d}{date.day:02d}",
        f"{date.day:02d}{date.month:02d}{date.year:04d}",
        f"{date.month:02d}{date.day:02d}{date.year:04d}",
        # Two-digit years only with - / . between the parts: "12/03/58".
        f"{day}\\s*[-/.]\\s*{month}\\s*[-/.]\\s*{short_year}",
        f"{month}\\s*[-/.]\\s*{day}\\s*[-/.]\\s*{short_year}",
    ]
    patterns = [f"{_NUMBER_START}(?:{p}){_NUMBER_END}" for p in numeric]
    patterns.append(
        f"{_NUMBER_START}{year}\\s*[年년]\\s*{month}\\s*[月월]\\s*{day}(?:\\s*[日号號일])?"
        f"{_NUMBER_END}"
    )
    patterns.append(
        f"{_NUMBER_START}{day}{ordinal}[\\s\\-/]*(?:of\\s+)?{month_name}[\\s\\-/,]*{year}"
        f"{_NUMBER_END}"
    )
    patterns.append(f"{_WORD_START}{month_name}[\\s\\-/]*{day}{ordinal}[\\s,]*{year}{_NUMBER_END}")
    return patterns


#: Numbers shaped like an identifier: six or more digits, or a few letters then digits. A
#: group of a UUID ("…-446655440000") is not one.
_ID_SHAPED = re.compile(
    f"{_WORD_START}{_NUMBER_START}(?<![0-9a-f]-)(?:\\d{{6,}}|[a-z]{{1,4}}-?\\d{{5,}})"
    f"{_NUMBER_END}{_WORD_END}(?!-[0-9a-f])"
)


# --- The scrubber --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int
    placeholder: Placeholder


class TextScrubber:
    """Replaces one patient's identity in free text with placeholders.

    Parameters
    ----------
    forms
        The patient's identity forms; an empty :class:`IdentityForms` gives a scrubber that
        only flags identifier-shaped numbers.
    """

    def __init__(self, forms: IdentityForms) -> None:
        self.forms = forms
        tokens = list(
            dict.fromkeys(token for name in forms.names for token in self._tokens_of_name(name))
        )
        # Longest first so "wangli" wins over "wang" in the alternation.
        tokens.sort(key=len, reverse=True)
        self._name_tokens = re.compile(
            "|".join(f"(?:{_name_token_pattern(t)})" for t in tokens) or r"(?!)"
        )
        token_alternation = "|".join(f"(?:{_name_token_pattern(t)})" for t in tokens)
        self._name_runs = (
            re.compile(f"(?:{token_alternation})(?:{_NAME_SEPARATOR}(?:{token_alternation}))*")
            if tokens
            else None
        )
        self._weak_tokens = tuple(t for t in tokens if _is_weak_name(t) and _is_unspaced(t))
        rules: list[tuple[str, Placeholder]] = []
        for date in forms.birth_dates:
            rules.extend((p, Placeholder.BIRTH_DATE) for p in _date_patterns(date))
        short_ids: list[str] = []
        for identifier in forms.ids:
            pattern = _id_pattern(identifier)
            if pattern is None:
                short_ids.append(identifier)
            else:
                rules.append((pattern, Placeholder.ID))
        for phone in forms.phones:
            pattern = _phone_pattern(phone)
            if pattern is not None:
                rules.append((pattern, Placeholder.PHONE))
        for address in forms.addresses:
            rules.extend((p, Placeholder.ADDRESS) for p in _address_patterns(address))
        for addition in forms.extra:
            pattern = _phrase_pattern(addition)
            if pattern is not None:
                rules.append((pattern, Placeholder.OTHER))
        self._rules = tuple((re.compile(p), placeholder) for p, placeholder in rules)
        self._short_ids = tuple(
            re.compile(f"{_WORD_START}{_NUMBER_START}{re.escape(_fold(i))}{_NUMBER_END}{_WORD_END}")
            for i in short_ids
            if _fold(i).strip()
        )

    @staticmethod
    def _tokens_of_name(name: str) -> Iterator[str]:
        """Name parts, and in spaced scripts each pair of parts written together ("wangli")."""
        parts = _name_parts(name)
        yield from parts
        spaced = [p for p in parts if not _is_unspaced(p) and " " not in p]
        for first, second in itertools.permutations(spaced, 2):
            yield first + second

    def clean(self, text: str) -> str:
        """``text`` with the patient's identity replaced by placeholders.

        Parameters
        ----------
        text
            Any free text.

        Returns
        -------
        str
            The same as ``review(text).text``.
        """
        return self.review(text).text

    def review(self, text: str) -> TextReview:
        """Scrub ``text`` and say what was replaced and what the user should confirm.

        Parameters
        ----------
        text
            Any free text.

        Returns
        -------
        TextReview
            The text as it will be sent, the number of replaced spans and the unsure spans.
        """
        if not text:
            return TextReview(text, 0, ())
        folded = _FoldedText.of(text)
        spans = self._choose(self._candidates(folded.folded))
        unsure = self._unsure(folded, spans)
        pieces: list[str] = []
        position = 0
        for span in spans:
            start, end = folded.original_span(span.start, span.end)
            if start < position:
                continue
            pieces.append(text[position:start])
            pieces.append(span.placeholder.value)
            position = end
        pieces.append(text[position:])
        return TextReview("".join(pieces), len(spans), unsure)

    def _candidates(self, folded: str) -> Iterator[_Span]:
        for pattern, placeholder in self._rules:
            for match in pattern.finditer(folded):
                if match.end() > match.start():
                    yield _Span(match.start(), match.end(), placeholder)
        if self._name_runs is None:
            return
        for run in self._name_runs.finditer(folded):
            # A run of two parts or more is a name; a lone part is one only if it is not weak
            # and not a short word inside a hyphenated term.
            parts = list(self._name_tokens.finditer(run.group(0)))
            if len(parts) >= 2 or (
                not _is_weak_name(parts[0].group(0)) and not _in_compound(folded, run)
            ):
                yield _Span(run.start(), run.end(), Placeholder.PATIENT)

    def _compound_parts(self, folded: str) -> Iterator[tuple[int, int]]:
        """Lone short name parts inside hyphenated terms ("LI-RADS" for a patient Li)."""
        if self._name_runs is None:
            return
        for run in self._name_runs.finditer(folded):
            if len(list(self._name_tokens.finditer(run.group(0)))) == 1 and _in_compound(
                folded, run
            ):
                yield run.start(), run.end()

    @staticmethod
    def _choose(candidates: Iterable[_Span]) -> list[_Span]:
        """Non-overlapping spans, earliest first, the longest where two start together."""
        chosen: list[_Span] = []
        end = -1
        for span in sorted(candidates, key=lambda s: (s.start, -(s.end - s.start))):
            if span.start >= end:
                chosen.append(span)
                end = span.end
            elif span.end > end and chosen:
                # Overlapping forms (a name run ending inside a date) become one span.
                last = chosen[-1]
                chosen[-1] = _Span(last.start, span.end, last.placeholder)
                end = span.end
        return chosen

    def _unsure(self, folded: _FoldedText, spans: list[_Span]) -> tuple[str, ...]:
        covered = [(s.start, s.end) for s in spans]

        def outside(start: int, end: int) -> bool:
            return all(end <= s or start >= e for s, e in covered)

        found: list[str] = []
        for token in self._weak_tokens:
            for match in re.finditer(re.escape(token), folded.folded):
                if outside(match.start(), match.end()):
                    found.append(self._original(folded, match.start(), match.end()))
        for start, end in self._compound_parts(folded.folded):
            found.append(self._original(folded, start, end))
        for pattern in (*self._short_ids, _ID_SHAPED):
            for match in pattern.finditer(folded.folded):
                if outside(match.start(), match.end()):
                    found.append(self._original(folded, match.start(), match.end()))
        return tuple(dict.fromkeys(found))

    @staticmethod
    def _original(folded: _FoldedText, start: int, end: int) -> str:
        first, last = folded.original_span(start, end)
        return folded.original[first:last]
