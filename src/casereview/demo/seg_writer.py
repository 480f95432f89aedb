"""Write the phantom's reference segmentation as a DICOM SEG (highdicom, BINARY).

One segment per structure of the variant (:func:`casereview.demo.tissues.segments_for`: the
common :data:`~casereview.demo.tissues.SEGMENTS` and the variant's own), coded with SNOMED CT,
referencing the source CT series and sharing its frame of reference.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import highdicom as hd
import numpy as np
from numpy.typing import NDArray
from pydicom import dcmread
from pydicom.sr.codedict import codes

from casereview.demo.ct_writer import MANUFACTURER, demo_uid
from casereview.demo.tissues import SEGMENTS, Segment, segments_for
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
