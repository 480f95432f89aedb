"""Codes and names of the liver's Couinaud segments, shared by every part that makes or reads them.

SNOMED CT has no concept per Couinaud segment that DICOM's segmentation context groups list,
so the segments are coded in casereview's private scheme (``99CASEREVIEW``, declared in the
SEG and SR that carry them, and listed in :mod:`casereview.dicom.own_codes` so de-identification
keeps the meanings). A segment is recognised by its code, never by its name, which a person may
change or write in another language. The segments are anatomical structures inside the liver
(their anatomic region is the liver, SNOMED CT 10200004).
"""

from __future__ import annotations

from casereview.domain.segments import Code

#: Coding Scheme Designator of casereview's private concepts (as in dicom/own_codes.py).
OWN_SCHEME = "99CASEREVIEW"

_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V", 6: "VI", 7: "VII", 8: "VIII"}

#: Couinaud label (1–8) → its code ("CR-LIVSEG1", "Couinaud segment I of liver").
COUINAUD_CODES: dict[int, Code] = {
    label: Code(f"CR-LIVSEG{label}", OWN_SCHEME, f"Couinaud segment {roman} of liver")
    for label, roman in _ROMAN.items()
}

#: Display colours (sRGB) of segments 1–8: neighbours differ, right and left liver in
#: different families, so a 3-D view and a key image read at a glance.
COUINAUD_COLOURS: dict[int, tuple[int, int, int]] = {
    1: (230, 200, 60),
    2: (90, 170, 230),
    3: (60, 110, 200),
    4: (150, 110, 220),
    5: (240, 150, 60),
    6: (220, 90, 80),
    7: (200, 60, 140),
    8: (250, 120, 170),
}


def couinaud_label(code: Code) -> int | None:
    """The Couinaud label (1–8) a segment's type code stands for, or ``None``."""
    for label, known in COUINAUD_CODES.items():
        if code.scheme.upper() == known.scheme and code.value == known.value:
            return label
    return None


def couinaud_name(label: int) -> str:
    """The segment's default name, "Segment 5" (the Roman numeral is in the code's meaning)."""
    return f"Segment {label}"
