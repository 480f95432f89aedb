"""The tissue table: the single source of truth for labels, attenuation and noise.

Each tissue has a label value (used in the in-memory label map and mapped to DICOM SEG
segments), a mean attenuation in Hounsfield units per contrast phase, the standard deviation
of the (spatially correlated) quantum noise and the amplitude of a low-frequency texture that
keeps parenchyma from looking like flat paint.

The phase values follow typical multiphasic pancreas-protocol CT in adults:

* ``non-contrast``: no iodine; blood ~40 HU, liver ~55 HU.
* ``arterial`` (late arterial / pancreatic phase, ~35-40 s): aorta ~300 HU, pancreas at its
  peak (~125 HU) so hypo-attenuating adenocarcinoma stands out best; portal vein already
  opacified by splenic and mesenteric return; hepatic veins still unopacified; renal
  corticomedullary differentiation.
* ``portal-venous`` (~70 s): portal and mesenteric veins brightest, liver at its peak,
  kidneys nephrographic.

Segments (structures exported in the reference DICOM SEG) group one or more tissue labels and
carry their SNOMED CT codes.
"""

from __future__ import annotations

from dataclasses import dataclass

from pydicom.sr.coding import Code

from casereview.domain.liver_segments import COUINAUD_CODES

#: Contrast phases the generator can produce, in acquisition order.
PHASES: tuple[str, ...] = ("non-contrast", "arterial", "portal-venous")


@dataclass(frozen=True)
class Tissue:
    """One tissue class of the phantom.

    Attributes
    ----------
    name
        Machine name, unique.
    label
        Label value in the phantom's label map (0..255, unique).
    hu
        Mean attenuation per phase: ``(non-contrast, arterial, portal-venous)``.
    noise_sd
        Standard deviation of the image noise in HU.
    texture_sd
        Amplitude (SD, HU) of the smooth tissue heterogeneity.
    """

    name: str
    label: int
    hu: tuple[float, float, float]
    noise_sd: float = 12.0
    texture_sd: float = 0.0

    def hu_in(self, phase: str) -> float:
        """Mean attenuation of this tissue in ``phase``."""
        return self.hu[PHASES.index(phase)]


_T = Tissue
#: All tissues; keep label values stable, they appear in the ground truth and the tests.
TISSUES: tuple[Tissue, ...] = (
    _T("air", 0, (-1000.0, -1000.0, -1000.0), 6.0),
    _T("skin", 1, (30.0, 40.0, 45.0), 12.0, 3.0),
    _T("subcutaneous_fat", 2, (-105.0, -103.0, -100.0), 11.0, 6.0),
    _T("muscle", 3, (50.0, 58.0, 65.0), 12.0, 4.0),
    _T("visceral_fat", 4, (-100.0, -98.0, -95.0), 11.0, 8.0),
    _T("cortical_bone", 5, (750.0, 750.0, 750.0), 20.0, 40.0),
    _T("cancellous_bone", 6, (230.0, 235.0, 240.0), 15.0, 45.0),
    _T("intervertebral_disc", 7, (85.0, 88.0, 90.0), 12.0, 5.0),
    _T("spinal_canal", 8, (20.0, 22.0, 25.0), 12.0, 2.0),
    _T("lung", 9, (-860.0, -860.0, -860.0), 14.0, 25.0),
    _T("bowel_gas", 10, (-950.0, -950.0, -950.0), 10.0, 10.0),
    _T("bowel_wall", 11, (40.0, 95.0, 100.0), 12.0, 4.0),
    _T("bowel_fluid", 12, (10.0, 10.0, 12.0), 12.0, 3.0),
    _T("stool", 13, (-60.0, -60.0, -60.0), 14.0, 110.0),
    _T("costal_cartilage", 14, (110.0, 115.0, 120.0), 12.0, 8.0),
    _T("couch", 15, (180.0, 180.0, 180.0), 12.0, 0.0),
    _T("diaphragm", 16, (50.0, 58.0, 65.0), 12.0, 3.0),
    _T("urine", 17, (8.0, 8.0, 10.0), 12.0, 0.0),
    _T("liver", 20, (58.0, 78.0, 112.0), 12.0, 4.0),
    _T("spleen", 21, (48.0, 125.0, 118.0), 12.0, 6.0),
    _T("pancreas", 22, (42.0, 122.0, 100.0), 12.0, 6.0),
    _T("tumour", 23, (38.0, 58.0, 68.0), 12.0, 5.0),
    _T("kidney_right_cortex", 24, (35.0, 195.0, 175.0), 12.0, 3.0),
    _T("kidney_right_medulla", 25, (30.0, 85.0, 150.0), 12.0, 3.0),
    _T("kidney_left_cortex", 26, (35.0, 195.0, 175.0), 12.0, 3.0),
    _T("kidney_left_medulla", 27, (30.0, 85.0, 150.0), 12.0, 3.0),
    _T("stomach_wall", 28, (40.0, 100.0, 95.0), 12.0, 3.0),
    _T("stomach_content", 29, (8.0, 8.0, 10.0), 12.0, 3.0),
    _T("stomach_gas", 30, (-950.0, -950.0, -950.0), 10.0, 5.0),
    _T("duodenum_wall", 31, (40.0, 100.0, 95.0), 12.0, 3.0),
    _T("duodenum_content", 32, (10.0, 10.0, 12.0), 12.0, 3.0),
    _T("gallbladder_wall", 33, (40.0, 80.0, 85.0), 12.0, 2.0),
    _T("gallbladder_bile", 34, (8.0, 8.0, 8.0), 12.0, 0.0),
    _T("common_bile_duct", 35, (8.0, 8.0, 10.0), 12.0, 0.0),
    _T("pancreatic_duct", 36, (8.0, 8.0, 10.0), 12.0, 0.0),
    # Colorectal liver metastasis (the liver variant): hypovascular, so hypo-attenuating in
    # every phase and most conspicuous in the portal-venous phase, when the liver peaks (about
    # 60-70 HU against 110); faint rim enhancement in the late arterial phase lifts its mean
    # a little above its unenhanced value.
    _T("liver_tumour", 37, (38.0, 55.0, 66.0), 12.0, 6.0),
    _T("aorta", 40, (42.0, 320.0, 165.0), 12.0, 2.0),
    _T("celiac_trunk", 41, (42.0, 320.0, 165.0), 12.0, 2.0),
    _T("common_hepatic_artery", 42, (42.0, 320.0, 165.0), 12.0, 2.0),
    _T("splenic_artery", 43, (42.0, 320.0, 165.0), 12.0, 2.0),
    _T("superior_mesenteric_artery", 44, (42.0, 320.0, 165.0), 12.0, 2.0),
    _T("other_artery", 45, (42.0, 300.0, 160.0), 12.0, 2.0),
    _T("replaced_right_hepatic_artery", 46, (42.0, 320.0, 165.0), 12.0, 2.0),
    _T("superior_mesenteric_vein", 50, (42.0, 145.0, 185.0), 12.0, 2.0),
    _T("portal_vein", 51, (42.0, 150.0, 185.0), 12.0, 2.0),
    _T("splenic_vein", 52, (42.0, 160.0, 180.0), 12.0, 2.0),
    _T("inferior_vena_cava", 53, (42.0, 110.0, 150.0), 12.0, 3.0),
    _T("hepatic_vein", 54, (40.0, 60.0, 160.0), 12.0, 2.0),
    _T("renal_vein", 55, (42.0, 200.0, 165.0), 12.0, 2.0),
)

TISSUE_BY_NAME: dict[str, Tissue] = {t.name: t for t in TISSUES}
TISSUE_BY_LABEL: dict[int, Tissue] = {t.label: t for t in TISSUES}


def label_of(name: str) -> int:
    """Label value of the tissue called ``name``."""
    return TISSUE_BY_NAME[name].label


@dataclass(frozen=True)
class Segment:
    """One structure of the reference segmentation.

    Attributes
    ----------
    key
        Machine name used in the ground truth and by callers (``"smv"``, ``"tumour"``).
    label
        Segment label written to DICOM (human readable).
    tissues
        Names of the tissues whose voxels make up the segment.
    category
        SNOMED CT segmented property category.
    type
        SNOMED CT segmented property type.
    vessel
        True for the vessels whose tumour contact is part of the ground truth.
    """

    key: str
    label: str
    tissues: tuple[str, ...]
    category: Code
    type: Code
    vessel: bool = False

    @property
    def labels(self) -> tuple[int, ...]:
        """Label values of the segment's tissues."""
        return tuple(label_of(t) for t in self.tissues)


_ANAT = Code("91723000", "SCT", "Anatomical Structure")
_ABN = Code("49755003", "SCT", "Morphologically Abnormal Structure")

#: Structures exported to the DICOM SEG, in segment-number order (segment n = index + 1).
SEGMENTS: tuple[Segment, ...] = (
    Segment("pancreas", "Pancreas", ("pancreas",), _ANAT, Code("15776009", "SCT", "Pancreas")),
    Segment(
        "tumour",
        "Pancreatic head tumour",
        ("tumour",),
        _ABN,
        Code("108369006", "SCT", "Neoplasm"),
    ),
    Segment(
        "smv",
        "Superior mesenteric vein",
        ("superior_mesenteric_vein",),
        _ANAT,
        Code("90771006", "SCT", "Superior mesenteric vein"),
        vessel=True,
    ),
    Segment(
        "pv", "Portal vein", ("portal_vein",), _ANAT, Code("32764006", "SCT", "Portal vein"), True
    ),
    Segment(
        "sma",
        "Superior mesenteric artery",
        ("superior_mesenteric_artery",),
        _ANAT,
        Code("42258001", "SCT", "Superior mesenteric artery"),
        vessel=True,
    ),
    Segment("aorta", "Aorta", ("aorta",), _ANAT, Code("15825003", "SCT", "Aorta"), True),
    Segment(
        "celiac",
        "Celiac trunk",
        ("celiac_trunk",),
        _ANAT,
        Code("57850000", "SCT", "Celiac artery"),
        vessel=True,
    ),
    Segment(
        "cha",
        "Common hepatic artery",
        ("common_hepatic_artery",),
        _ANAT,
        Code("66559000", "SCT", "Common hepatic artery"),
        vessel=True,
    ),
    Segment(
        "splenic_artery",
        "Splenic artery",
        ("splenic_artery",),
        _ANAT,
        Code("22083002", "SCT", "Splenic artery"),
        vessel=True,
    ),
    Segment(
        "splenic_vein",
        "Splenic vein",
        ("splenic_vein",),
        _ANAT,
        Code("35819009", "SCT", "Splenic vein"),
        vessel=True,
    ),
    Segment(
        "ivc",
        "Inferior vena cava",
        ("inferior_vena_cava",),
        _ANAT,
        Code("64131007", "SCT", "Inferior vena cava"),
        vessel=True,
    ),
    Segment("liver", "Liver", ("liver",), _ANAT, Code("10200004", "SCT", "Liver")),
    Segment("spleen", "Spleen", ("spleen",), _ANAT, Code("78961009", "SCT", "Spleen")),
    Segment(
        "kidney_right",
        "Right kidney",
        ("kidney_right_cortex", "kidney_right_medulla"),
        _ANAT,
        Code("9846003", "SCT", "Right kidney"),
    ),
    Segment(
        "kidney_left",
        "Left kidney",
        ("kidney_left_cortex", "kidney_left_medulla"),
        _ANAT,
        Code("18639004", "SCT", "Left kidney"),
    ),
    Segment(
        "duodenum",
        "Duodenum",
        ("duodenum_wall", "duodenum_content"),
        _ANAT,
        Code("38848004", "SCT", "Duodenum"),
    ),
    Segment(
        "stomach",
        "Stomach",
        ("stomach_wall", "stomach_content", "stomach_gas"),
        _ANAT,
        Code("69695003", "SCT", "Stomach"),
    ),
    Segment(
        "gallbladder",
        "Gallbladder",
        ("gallbladder_wall", "gallbladder_bile"),
        _ANAT,
        Code("28231008", "SCT", "Gallbladder"),
    ),
    Segment(
        "cbd",
        "Common bile duct",
        ("common_bile_duct",),
        _ANAT,
        Code("79741001", "SCT", "Common bile duct"),
    ),
    Segment(
        "pancreatic_duct",
        "Pancreatic duct",
        ("pancreatic_duct",),
        _ANAT,
        Code("69930009", "SCT", "Pancreatic duct"),
    ),
)

#: Structures only some variants have, numbered after :data:`SEGMENTS` in this order. A
#: variant's SEG lists :data:`SEGMENTS` and then its own of these (:func:`segments_for`), so the
#: other variants' SEGs stay as they were.
VARIANT_SEGMENTS: tuple[tuple[Segment, tuple[str, ...]], ...] = (
    (
        Segment(
            "replaced_rha",
            "Replaced right hepatic artery",
            ("replaced_right_hepatic_artery",),
            _ANAT,
            # DICOM CID 12112 (Abdominopelvic Artery, Unpaired), also in CID 7192:
            # pydicom's codes.cid12112.RightBranchOfHepaticArtery. SNOMED CT has no concept of
            # its own for a replaced one; the SEG's label says it is replaced.
            Code("69421009", "SCT", "Right Branch of Hepatic Artery"),
            vessel=True,
        ),
        ("replaced-rha",),
    ),
)

SEGMENT_BY_KEY: dict[str, Segment] = {
    s.key: s for s in (*SEGMENTS, *(seg for seg, _ in VARIANT_SEGMENTS))
}


def segments_for(variant: str) -> tuple[Segment, ...]:
    """The structures in the SEG of ``variant``, in segment-number order."""
    return SEGMENTS + tuple(seg for seg, variants in VARIANT_SEGMENTS if variant in variants)


def segment_number(key: str, variant: str | None = None) -> int:
    """DICOM segment number (1-based) of the segment ``key``.

    Parameters
    ----------
    key
        Segment key.
    variant
        The variant whose SEG is meant; needed only for a segment of
        :data:`VARIANT_SEGMENTS` (the common ones have the same number in every variant).

    Raises
    ------
    ValueError
        If the segment is not in that variant's SEG.
    """
    if variant is None:
        variant = next((v[0] for seg, v in VARIANT_SEGMENTS if seg.key == key), "")
    return [s.key for s in segments_for(variant)].index(key) + 1


#: The liver variant's reference SEG, in segment-number order. Its liver is the volume liver
#: surgery plans on: the parenchyma with the intrahepatic portal and hepatic veins and the
#: tumour, wherever they lie inside the liver's envelope (so it overlaps the tumour and the
#: veins' segments); the others are their tissues' voxels, as in :data:`SEGMENTS`.
LIVER_VARIANT_SEGMENTS: tuple[Segment, ...] = (
    Segment(
        "liver",
        "Liver",
        ("liver", "liver_tumour", "portal_vein", "hepatic_vein"),
        _ANAT,
        Code("10200004", "SCT", "Liver"),
    ),
    Segment(
        "liver_tumour",
        "Liver metastasis",
        ("liver_tumour",),
        _ABN,
        Code("108369006", "SCT", "Neoplasm"),
    ),
    Segment("pv", "Portal vein", ("portal_vein",), _ANAT, Code("32764006", "SCT", "Portal vein")),
    Segment(
        "hepatic_veins",
        "Hepatic veins",
        ("hepatic_vein",),
        _ANAT,
        Code("8993003", "SCT", "Hepatic vein"),
    ),
    Segment(
        "ivc",
        "Inferior vena cava",
        ("inferior_vena_cava",),
        _ANAT,
        Code("64131007", "SCT", "Inferior vena cava"),
    ),
    Segment(
        "gallbladder",
        "Gallbladder",
        ("gallbladder_wall", "gallbladder_bile"),
        _ANAT,
        Code("28231008", "SCT", "Gallbladder"),
    ),
)


#: Property type of each Couinaud segment (1-8) in the liver variant's second SEG: the
#: project's codes (:data:`casereview.domain.liver_segments.COUINAUD_CODES`, casereview's private
#: scheme, since SNOMED CT has no concept per segment that DICOM's context groups list), by
#: which the planner recognises segments.
COUINAUD_SEGMENT_TYPES: dict[int, Code] = {
    n: Code(code.value, code.scheme, code.meaning) for n, code in COUINAUD_CODES.items()
}
