"""HU ranges for region growing, per structure and contrast phase of abdominal CT.

The ranges are for the smoothed image region growing compares (quantum noise mostly gone), and
follow typical enhancement of a pancreas-protocol CT in adults: blood ~40 HU without contrast;
in the late arterial (pancreatic) phase arteries at 250–400 HU, the portal system already at
120–180 HU, parenchyma of pancreas at its peak; in the portal-venous phase portal and mesenteric
veins brightest (160–220 HU), liver at its peak, arteries down to 150–200 HU. Hypo-attenuating
pancreatic adenocarcinoma enhances less than the pancreas in every contrast phase.

A segment's SNOMED CT type says which structure it is; a series' description usually says which
phase it is. Where neither says, the user chooses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from casereview.domain.segments import Code
from casereview.errors import ValidationError
from casereview.messages import Message


class Structure(StrEnum):
    """Kinds of structure with their own HU range."""

    VEIN = "vein"
    ARTERY = "artery"
    LIVER = "liver"
    PANCREAS = "pancreas"
    TUMOUR = "tumour"
    BILE = "bile"


class ContrastPhase(StrEnum):
    """Contrast phases of a multiphase abdominal CT."""

    NON_CONTRAST = "non-contrast"
    ARTERIAL = "arterial"
    PORTAL_VENOUS = "portal-venous"


@dataclass(frozen=True, slots=True)
class HuRange:
    """A closed range of Hounsfield units."""

    lower: float
    upper: float

    def __post_init__(self) -> None:
        if self.lower > self.upper:
            raise ValidationError(Message("The lower threshold must not be above the upper one."))

    def __contains__(self, value: object) -> bool:
        return isinstance(value, int | float) and self.lower <= value <= self.upper


_N, _A, _P = ContrastPhase.NON_CONTRAST, ContrastPhase.ARTERIAL, ContrastPhase.PORTAL_VENOUS

#: The range of each structure in each phase.
HU_PRESETS: dict[tuple[Structure, ContrastPhase], HuRange] = {
    (Structure.VEIN, _N): HuRange(25, 70),
    (Structure.VEIN, _A): HuRange(100, 260),
    (Structure.VEIN, _P): HuRange(130, 300),
    (Structure.ARTERY, _N): HuRange(25, 70),
    (Structure.ARTERY, _A): HuRange(200, 600),
    (Structure.ARTERY, _P): HuRange(120, 300),
    (Structure.LIVER, _N): HuRange(40, 75),
    (Structure.LIVER, _A): HuRange(55, 105),
    (Structure.LIVER, _P): HuRange(85, 150),
    (Structure.PANCREAS, _N): HuRange(30, 60),
    (Structure.PANCREAS, _A): HuRange(95, 170),
    (Structure.PANCREAS, _P): HuRange(80, 135),
    (Structure.TUMOUR, _N): HuRange(20, 55),
    (Structure.TUMOUR, _A): HuRange(35, 90),
    (Structure.TUMOUR, _P): HuRange(40, 95),
    # Bile does not enhance: the gallbladder's lumen stays near water in every phase (its wall
    # enhances, and is left to the brush).
    (Structure.BILE, _N): HuRange(-10, 30),
    (Structure.BILE, _A): HuRange(-10, 30),
    (Structure.BILE, _P): HuRange(-10, 30),
}

#: SNOMED CT segmented property types (as in DICOM CID 7140/7151) of known structures.
STRUCTURE_BY_SNOMED: dict[str, Structure] = {
    "90771006": Structure.VEIN,  # superior mesenteric vein
    "32764006": Structure.VEIN,  # portal vein
    "35819009": Structure.VEIN,  # splenic vein
    "64131007": Structure.VEIN,  # inferior vena cava
    "8993003": Structure.VEIN,  # hepatic vein
    "42258001": Structure.ARTERY,  # superior mesenteric artery
    "57850000": Structure.ARTERY,  # celiac artery
    "66559000": Structure.ARTERY,  # common hepatic artery
    "15825003": Structure.ARTERY,  # aorta
    "22083002": Structure.ARTERY,  # splenic artery
    "10200004": Structure.LIVER,
    "28231008": Structure.BILE,  # gallbladder
    "15776009": Structure.PANCREAS,
    "108369006": Structure.TUMOUR,  # neoplasm
    "86049000": Structure.TUMOUR,  # malignant neoplasm, primary
    "35917007": Structure.TUMOUR,  # adenocarcinoma
}


def hu_range(structure: Structure, phase: ContrastPhase) -> HuRange:
    """The HU range of ``structure`` in ``phase``."""
    return HU_PRESETS[(Structure(structure), ContrastPhase(phase))]


def structure_of(code: Code) -> Structure | None:
    """The structure a segment's SNOMED CT type names, if it is a known one."""
    if code.scheme.upper() not in ("SCT", "SRT"):
        return None
    return STRUCTURE_BY_SNOMED.get(code.value)


# Words of series descriptions, in the languages the workstation is used in; the first phase
# whose pattern matches wins, so "non-contrast" is tested before anything else.
_PHASE_PATTERNS: tuple[tuple[ContrastPhase, re.Pattern[str]], ...] = (
    (
        _N,
        re.compile(
            r"non[- ]?contrast|without contrast|w/o|unenhanced|pre[- ]?contrast|native|"
            r"\bplain\b|\bnc\b|sans (produit de )?contraste|sans injection|平扫|非增强",
            re.IGNORECASE,
        ),
    ),
    (
        _P,
        re.compile(
            r"portal|\bpv\b|venous|veineu|\bven\b|门静脉|静脉期|门脉",
            re.IGNORECASE,
        ),
    ),
    (
        _A,
        re.compile(
            r"arterial|arteriel|artériel|\bart\b|pancreatic phase|phase pancréatique|动脉期|"
            r"胰腺期",
            re.IGNORECASE,
        ),
    ),
)


def phase_from_description(description: str) -> ContrastPhase | None:
    """The contrast phase a series description names ("Portal venous phase 1.25 mm").

    Returns ``None`` when the description names none (or names a delayed phase, which has
    no ranges of its own).
    """
    text = " ".join(description.split())
    if re.search(r"delay|equilibri|tardi|late venous|延迟|平衡期", text, re.IGNORECASE):
        return None
    for phase, pattern in _PHASE_PATTERNS:
        if pattern.search(text):
            return phase
    return None
