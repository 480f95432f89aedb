"""Segments of a segmentation: named, coloured, coded structures with a voxel mask each.

A segment's mask is a boolean array on the voxel grid of the series it was drawn on (slice,
row, column, like :class:`casereview.domain.volume.Volume`). Masks of different segments may
overlap (a tumour inside the pancreas), as DICOM SEG BINARY allows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from casereview.domain.annotations import new_uuid
from casereview.errors import ValidationError
from casereview.messages import Message


@dataclass(frozen=True, slots=True)
class Code:
    """A coded concept (``value``, ``scheme`` such as "SCT" for SNOMED CT, ``meaning``)."""

    value: str
    scheme: str
    meaning: str

    def __post_init__(self) -> None:
        if not self.value.strip() or not self.scheme.strip() or not self.meaning.strip():
            raise ValidationError(Message("A code needs a value, a coding scheme and a meaning."))


ANATOMICAL_STRUCTURE = Code("91723000", "SCT", "Anatomical Structure")
ABNORMAL_STRUCTURE = Code("49755003", "SCT", "Morphologically Abnormal Structure")
TISSUE = Code("85756007", "SCT", "Tissue")


@dataclass(frozen=True, slots=True)
class SegmentTemplate:
    """A ready-made segment type the editor offers (name, codes, colour)."""

    key: str
    name: str
    category: Code
    type: Code
    colour: tuple[int, int, int]


#: Structures an HPB surgeon outlines, with SNOMED CT codes (as in DICOM CID 7140/7151).
SEGMENT_TEMPLATES: tuple[SegmentTemplate, ...] = (
    SegmentTemplate(
        "tumour", "Tumour", ABNORMAL_STRUCTURE, Code("108369006", "SCT", "Neoplasm"), (230, 40, 40)
    ),
    SegmentTemplate(
        "pancreas",
        "Pancreas",
        ANATOMICAL_STRUCTURE,
        Code("15776009", "SCT", "Pancreas"),
        (243, 196, 115),
    ),
    SegmentTemplate(
        "smv",
        "Superior mesenteric vein",
        ANATOMICAL_STRUCTURE,
        Code("90771006", "SCT", "Superior mesenteric vein"),
        (40, 90, 230),
    ),
    SegmentTemplate(
        "pv",
        "Portal vein",
        ANATOMICAL_STRUCTURE,
        Code("32764006", "SCT", "Portal vein"),
        (70, 120, 255),
    ),
    SegmentTemplate(
        "sma",
        "Superior mesenteric artery",
        ANATOMICAL_STRUCTURE,
        Code("42258001", "SCT", "Superior mesenteric artery"),
        (220, 40, 160),
    ),
    SegmentTemplate(
        "celiac",
        "Celiac trunk",
        ANATOMICAL_STRUCTURE,
        Code("57850000", "SCT", "Celiac artery"),
        (240, 90, 90),
    ),
    SegmentTemplate(
        "cha",
        "Common hepatic artery",
        ANATOMICAL_STRUCTURE,
        Code("66559000", "SCT", "Common hepatic artery"),
        (255, 120, 60),
    ),
    SegmentTemplate(
        "aorta", "Aorta", ANATOMICAL_STRUCTURE, Code("15825003", "SCT", "Aorta"), (200, 20, 20)
    ),
    SegmentTemplate(
        "lymph_node",
        "Lymph node",
        ANATOMICAL_STRUCTURE,
        Code("59441001", "SCT", "Lymph node"),
        (120, 200, 80),
    ),
    SegmentTemplate(
        "liver", "Liver", ANATOMICAL_STRUCTURE, Code("10200004", "SCT", "Liver"), (160, 90, 60)
    ),
    SegmentTemplate(
        "hepatic_veins",
        "Hepatic veins",
        ANATOMICAL_STRUCTURE,
        Code("8993003", "SCT", "Hepatic vein"),
        (0, 200, 220),
    ),
    SegmentTemplate(
        "ivc",
        "Inferior vena cava",
        ANATOMICAL_STRUCTURE,
        Code("64131007", "SCT", "Inferior vena cava"),
        (40, 70, 170),
    ),
    SegmentTemplate(
        "gallbladder",
        "Gallbladder",
        ANATOMICAL_STRUCTURE,
        Code("28231008", "SCT", "Gallbladder"),
        (90, 160, 60),
    ),
    SegmentTemplate(
        "cbd",
        "Common bile duct",
        ANATOMICAL_STRUCTURE,
        Code("79741001", "SCT", "Common bile duct"),
        (60, 200, 90),
    ),
    SegmentTemplate(
        "duct",
        "Pancreatic duct",
        ANATOMICAL_STRUCTURE,
        Code("69930009", "SCT", "Pancreatic duct"),
        (250, 240, 80),
    ),
)

TEMPLATE_BY_KEY = {t.key: t for t in SEGMENT_TEMPLATES}


def _check_colour(colour: tuple[int, int, int]) -> tuple[int, int, int]:
    rgb = tuple(int(c) for c in colour)
    if len(rgb) != 3 or any(not 0 <= c <= 255 for c in rgb):
        raise ValidationError(Message("A segment colour needs three values from 0 to 255."))
    return rgb


@dataclass(frozen=True, slots=True)
class SegmentDraft:
    """A new segment before it is stored."""

    name: str
    category: Code
    type: Code
    colour: tuple[int, int, int]
    series_instance_uid: str
    frame_of_reference_uid: str = ""
    uuid: str = field(default_factory=new_uuid)

    def __post_init__(self) -> None:
        name = " ".join(self.name.split())
        if not name:
            raise ValidationError(Message("A segment needs a name."))
        if len(name) > 64:
            raise ValidationError(
                Message("A segment name may have at most 64 characters (DICOM LO).")
            )
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "colour", _check_colour(self.colour))


@dataclass(frozen=True, slots=True)
class Segment:
    """A stored segment (its mask is fetched separately: it can be large).

    Attributes
    ----------
    uuid
        Stable identifier (DICOM SEG Tracking UID).
    case_id
        Internal id of the case.
    number
        Segment number within the case (1-based; the label value in label maps).
    name
        Segment label ("Tumour").
    category, type
        Segmented property category and type (SNOMED CT).
    colour
        Display colour, sRGB 0–255.
    series_instance_uid, frame_of_reference_uid
        The series whose voxel grid the mask uses.
    visible
        Whether views show it.
    voxel_count
        Voxels in the mask.
    volume_ml
        Volume in millilitres.
    diameters_mm
        Longest diameters: ``(3-D, longest axial, perpendicular short axial)``.
    author, created_at, modified_at
        Who made it and when it was made and last changed.
    """

    uuid: str
    case_id: int
    number: int
    name: str
    category: Code
    type: Code
    colour: tuple[int, int, int]
    series_instance_uid: str
    frame_of_reference_uid: str = ""
    visible: bool = True
    voxel_count: int = 0
    volume_ml: float = 0.0
    diameters_mm: tuple[float, float, float] = (0.0, 0.0, 0.0)
    author: str = ""
    created_at: datetime | None = None
    modified_at: datetime | None = None

    def summary(self) -> str:
        """``"Tumour: 12.3 mL, max 34.1 mm"``."""
        return (
            f"{self.name}: {self.volume_ml:.1f} mL, longest {self.diameters_mm[0]:.1f} mm, "
            f"axial {self.diameters_mm[1]:.1f} × {self.diameters_mm[2]:.1f} mm"
        )
