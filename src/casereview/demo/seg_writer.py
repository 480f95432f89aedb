"""Write the phantom's reference segmentation as a DICOM SEG (highdicom, BINARY).

One segment per structure of the variant (:func:`casereview.demo.tissues.segments_for`: the
common :data:`~casereview.demo.tissues.SEGMENTS` and the variant's own), coded with SNOMED CT,
referencing the source CT series and sharing its frame of reference.

The liver variant has two (:func:`write_liver_segmentations`): its reference SEG (the liver as
volumetry counts it, overlapping the tumour and veins, then the liver metastasis, portal vein,
hepatic veins, IVC and gallbladder) and the true Couinaud segments 1-8, each its own series.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import highdicom as hd
import numpy as np
from numpy.typing import NDArray
from pydicom import dcmread
from pydicom.dataset import Dataset
from pydicom.sr.codedict import codes
from pydicom.sr.coding import Code

from casereview.demo.ct_writer import MANUFACTURER, demo_uid
from casereview.demo.tissues import (
    COUINAUD_SEGMENT_TYPES,
    LIVER_VARIANT_SEGMENTS,
    SEGMENTS,
    Segment,
    segments_for,
)
from casereview.dicom.own_codes import CODING_SCHEME, coding_scheme_identification
from casereview.domain.liver_segments import COUINAUD_COLOURS
from casereview.domain.segments import TEMPLATE_BY_KEY

#: Display colours (sRGB) so viewers show the structures consistently: the segment editor's
#: templates for the structures it offers, the demo's own for the others.
_COLOURS: dict[str, tuple[int, int, int]] = {
    "splenic_artery": (255, 150, 150),
    "splenic_vein": (100, 160, 255),
    "ivc": (20, 40, 160),
    "spleen": (150, 60, 150),
    "kidney_right": (200, 140, 100),
    "kidney_left": (200, 140, 100),
    "duodenum": (240, 210, 160),
    "stomach": (220, 190, 140),
    "gallbladder": (80, 170, 60),
    "pancreatic_duct": TEMPLATE_BY_KEY["duct"].colour,
    "replaced_rha": (255, 110, 40),
    **{key: template.colour for key, template in TEMPLATE_BY_KEY.items()},
}


def segment_label_map(
    labels: NDArray[np.uint8], segments: Sequence[Segment] = SEGMENTS
) -> NDArray[np.uint8]:
    """Map tissue labels to 1-based segment numbers of ``segments`` (0 = no segment)."""
    lut = np.zeros(256, dtype=np.uint8)
    for number, seg in enumerate(segments, start=1):
        lut[list(seg.labels)] = number
    return lut[labels]


def write_segmentation(
    path: Path,
    labels: NDArray[np.uint8],
    source_paths: Sequence[Path],
    *,
    seed: int,
    variant: str,
) -> Path:
    """Write the reference segmentation of ``labels`` for the CT series ``source_paths``.

    Parameters
    ----------
    path
        Output file.
    labels
        Tissue label map ``(slices, rows, columns)``, slice 0 the most caudal.
    source_paths
        CT files of the referenced series, in the same (caudal to cranial) order.
    seed, variant
        Make the SEG's UIDs deterministic; the variant also chooses the segments
        (:func:`~casereview.demo.tissues.segments_for`).

    Returns
    -------
    pathlib.Path
        ``path``.
    """
    sources = [dcmread(p, stop_before_pixels=True) for p in source_paths]
    segments = segments_for(variant)
    algorithm = hd.AlgorithmIdentificationSequence(
        name="casereview synthetic phantom",
        version="1",
        family=codes.cid7162.MorphologicalOperations,
    )
    descriptions = [
        hd.seg.SegmentDescription(
            segment_number=number,
            segment_label=seg.label,
            segmented_property_category=seg.category,
            segmented_property_type=seg.type,
            algorithm_type=hd.seg.SegmentAlgorithmTypeValues.AUTOMATIC,
            algorithm_identification=algorithm,
            tracking_uid=demo_uid(seed, variant, "segment", seg.key),
            tracking_id=seg.key,
            display_color=hd.color.CIELabColor.from_rgb(*_COLOURS[seg.key]),
        )
        for number, seg in enumerate(segments, start=1)
    ]
    seg = hd.seg.Segmentation(
        source_images=sources,
        pixel_array=segment_label_map(labels, segments),
        segmentation_type=hd.seg.SegmentationTypeValues.BINARY,
        segment_descriptions=descriptions,
        series_instance_uid=demo_uid(seed, variant, "series", "seg"),
        series_number=90,
        sop_instance_uid=demo_uid(seed, variant, "seg"),
        instance_number=1,
        manufacturer=MANUFACTURER,
        manufacturer_model_name="Synthetic abdomen phantom",
        software_versions="casereview demo generator 1",
        device_serial_number="DEMO-0001",
        content_label="GROUNDTRUTH",
        content_description="Reference segmentation of the synthetic demo phantom",
        series_description="Reference segmentation (demo ground truth)",
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    seg.save_as(path)
    return path


#: Display colours of the liver variant's own segments.
_LIVER_COLOURS: dict[str, tuple[int, int, int]] = {
    "liver": TEMPLATE_BY_KEY["liver"].colour,
    "liver_tumour": TEMPLATE_BY_KEY["tumour"].colour,
    "pv": TEMPLATE_BY_KEY["pv"].colour,
    "hepatic_veins": (70, 190, 230),
    "ivc": _COLOURS["ivc"],
    "gallbladder": _COLOURS["gallbladder"],
}


def _save(
    path: Path,
    sources: Sequence[Dataset],
    masks: NDArray[np.bool_] | NDArray[np.uint8],
    descriptions: Sequence[hd.seg.SegmentDescription],
    *,
    seed: int,
    variant: str,
    name: str,
    series_number: int,
    content_label: str,
    content_description: str,
    series_description: str,
) -> Path:
    """Write one BINARY SEG; ``masks`` is a label map (segments that do not overlap) or
    ``(slices, rows, columns, segments)`` booleans (segments that do)."""
    seg = hd.seg.Segmentation(
        source_images=sources,
        pixel_array=masks,
        segmentation_type=hd.seg.SegmentationTypeValues.BINARY,
        segment_descriptions=descriptions,
        series_instance_uid=demo_uid(seed, variant, "series", name),
        series_number=series_number,
        sop_instance_uid=demo_uid(seed, variant, name),
        instance_number=1,
        manufacturer=MANUFACTURER,
        manufacturer_model_name="Synthetic abdomen phantom",
        software_versions="casereview demo generator 1",
        device_serial_number="DEMO-0001",
        content_label=content_label,
        content_description=content_description,
        series_description=series_description,
    )
    if any(d.segmented_property_type.scheme_designator == CODING_SCHEME for d in descriptions):
        # PS3.3 C.12.1.1.2: a private coding scheme used in the object is declared in it.
        seg.CodingSchemeIdentificationSequence = [coding_scheme_identification()]
    path.parent.mkdir(parents=True, exist_ok=True)
    seg.save_as(path)
    return path


def write_liver_segmentations(
    reference_path: Path,
    couinaud_path: Path,
    labels: NDArray[np.uint8],
    liver: NDArray[np.bool_],
    couinaud: NDArray[np.uint8],
    source_paths: Sequence[Path],
    *,
    seed: int,
    variant: str,
) -> tuple[Path, Path]:
    """Write the liver variant's reference SEG and its true Couinaud segments' SEG.

    Parameters
    ----------
    reference_path, couinaud_path
        Output files (each SEG is its own series).
    labels
        Tissue label map ``(slices, rows, columns)``, slice 0 the most caudal.
    liver
        The liver as liver volumetry counts it (intrahepatic vessels and tumour included):
        the reference SEG's liver segment, which overlaps the others.
    couinaud
        The true Couinaud segment (1-8) of each liver voxel, 0 elsewhere.
    source_paths
        CT files of the referenced series, in the same (caudal to cranial) order.
    seed, variant
        Make the UIDs deterministic.

    Returns
    -------
    tuple of pathlib.Path
        ``(reference_path, couinaud_path)``.
    """
    sources = [dcmread(p, stop_before_pixels=True) for p in source_paths]
    algorithm = hd.AlgorithmIdentificationSequence(
        name="casereview synthetic phantom",
        version="1",
        family=codes.cid7162.MorphologicalOperations,
    )

    def describe(
        number: int, label: str, key: str, category: Code, kind: Code, colour: tuple[int, int, int]
    ) -> hd.seg.SegmentDescription:
        return hd.seg.SegmentDescription(
            segment_number=number,
            segment_label=label,
            segmented_property_category=category,
            segmented_property_type=kind,
            algorithm_type=hd.seg.SegmentAlgorithmTypeValues.AUTOMATIC,
            algorithm_identification=algorithm,
            tracking_uid=demo_uid(seed, variant, "segment", key),
            tracking_id=key,
            display_color=hd.color.CIELabColor.from_rgb(*colour),
        )

    masks = np.stack(
        [
            liver if seg.key == "liver" else np.isin(labels, seg.labels)
            for seg in LIVER_VARIANT_SEGMENTS
        ],
        axis=-1,
    )
    reference = [
        describe(n, seg.label, seg.key, seg.category, seg.type, _LIVER_COLOURS[seg.key])
        for n, seg in enumerate(LIVER_VARIANT_SEGMENTS, start=1)
    ]
    _save(
        reference_path,
        sources,
        masks,
        reference,
        seed=seed,
        variant=variant,
        name="seg",
        series_number=90,
        content_label="GROUNDTRUTH",
        content_description="Reference segmentation of the synthetic demo phantom",
        series_description="Reference segmentation (demo ground truth)",
    )
    anatomical = Code("91723000", "SCT", "Anatomical Structure")
    segments = [
        describe(
            n,
            f"Segment {n}",
            f"couinaud_{n}",
            anatomical,
            COUINAUD_SEGMENT_TYPES[n],
            COUINAUD_COLOURS[n],
        )
        for n in range(1, 9)
    ]
    _save(
        couinaud_path,
        sources,
        couinaud,  # segments 1-8 do not overlap: the label map is their pixel array
        segments,
        seed=seed,
        variant=variant,
        name="couinaud",
        series_number=91,
        content_label="COUINAUD",
        content_description="True Couinaud segments of the synthetic demo liver",
        series_description="Couinaud segments (demo ground truth)",
    )
    return reference_path, couinaud_path
