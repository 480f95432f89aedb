"""DICOM Segmentation (SEG) objects: write and read segments with names, codes and colours.

Writing is strict (highdicom validates the object; a SEG is written whole or not at all);
reading returns each segment's description and its mask on the voxel grid of the referenced
series, in the slice order the caller gives.
"""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import highdicom as hd
import numpy as np
from numpy.typing import NDArray
from pydicom import Dataset, dcmread
from pydicom.sr.coding import Code as DicomCode
from pydicom.uid import generate_uid

from casereview.dicom.own_codes import CODING_SCHEME, coding_scheme_identification
from casereview.domain.segments import Code
from casereview.errors import DicomReadError, ValidationError
from casereview.messages import Message

#: Equipment written into exported objects.
MANUFACTURER = "casereview"
MODEL_NAME = "casereview workstation"


@dataclass(frozen=True)
class SegmentData:
    """One segment as it goes into or comes out of a SEG.

    Attributes
    ----------
    name
        Segment Label.
    category, type
        Segmented Property Category and Type codes.
    colour
        sRGB display colour (stored in the SEG as CIELab).
    mask
        Boolean mask ``(slice, row, column)`` in the order of the source images.
    uuid
        Our identifier; written as the Tracking UID ``2.25.<uuid as integer>``.
    """

    name: str
    category: Code
    type: Code
    colour: tuple[int, int, int]
    mask: NDArray[np.bool_]
    uuid: str = ""


def uuid_to_uid(value: str) -> str:
    """The DICOM UID derived from a UUID (ISO/IEC 9834-8, root 2.25)."""
    return f"2.25.{uuid_module.UUID(value).int}"


def uid_to_uuid(uid: str) -> str | None:
    """The UUID of a ``2.25.`` UID, ``None`` for any other UID."""
    if not uid.startswith("2.25."):
        return None
    try:
        return str(uuid_module.UUID(int=int(uid[5:])))
    except ValueError:
        return None


def _code(code: Code) -> DicomCode:
    return DicomCode(code.value, code.scheme, code.meaning)


def _standard_sex(ds: Dataset) -> Dataset:
    """``ds``, or a copy with an off-standard Patient's Sex blanked (highdicom refuses it).

    Scanner data sometimes carries "U" or free text there; that must not stop an export.
    """
    if str(ds.get("PatientSex", "") or "") in ("", "M", "F", "O"):
        return ds
    fixed = ds.copy()
    fixed.PatientSex = ""
    return fixed


def save_seg(dataset: Dataset, path: Path) -> Path:
    """Write a SEG made by :func:`build_seg` to ``path`` (its folder is created); ``path``.

    The file appears under its name only when complete.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    dataset.save_as(partial)
    partial.replace(path)  # never a half-written SEG under the final name
    return path


def build_seg(
    source_images: Sequence[Dataset],
    segments: Sequence[SegmentData],
    *,
    series_description: str = "Segmentation",
    content_label: str = "SEGMENTATION",
    content_creator: str = "",
    series_number: int = 300,
    software_version: str = "1",
) -> Dataset:
    """``segments`` as a BINARY DICOM SEG referencing ``source_images``, in memory.

    An export builds its SEG here and de-identifies it before anything is written: the object
    carries the source images' patient module, which must never reach a disk on the way.

    Parameters
    ----------
    source_images
        Datasets (headers suffice) of the slices the masks lie on, in mask slice order.
    segments
        At least one segment; empty masks are written as segments with no frames.
    series_description, content_label, content_creator
        Text attributes of the SEG (``content_creator``: a person's name, DICOM PN form).
    series_number
        Series Number of the new series.
    software_version
        casereview version, recorded as Software Versions.

    Returns
    -------
    pydicom.dataset.Dataset
        The SEG (a highdicom ``Segmentation``), with its file meta.

    Raises
    ------
    ValidationError
        If there is no segment, a mask does not fit the source images or highdicom rejects
        the object.
    """
    if not segments:
        raise ValidationError(Message("There is no segment to export."))
    source_images = [_standard_sex(ds) for ds in source_images]
    shape = (len(source_images), int(source_images[0].Rows), int(source_images[0].Columns))
    for seg in segments:
        if seg.mask.shape != shape:
            raise ValidationError(
                Message(
                    (
                        "The mask of '{name}' does not fit the images it refers to; open the "
                        "case's series again and retry."
                    ),
                    name=seg.name,
                )
            )
    algorithm = hd.AlgorithmIdentificationSequence(
        name="casereview segmentation editor",
        version=software_version,
        family=DicomCode("123109", "DCM", "Manual Processing"),
    )
    descriptions = []
    for number, seg in enumerate(segments, start=1):
        descriptions.append(
            hd.seg.SegmentDescription(
                segment_number=number,
                segment_label=seg.name,
                segmented_property_category=_code(seg.category),
                segmented_property_type=_code(seg.type),
                algorithm_type=hd.seg.SegmentAlgorithmTypeValues.SEMIAUTOMATIC,
                algorithm_identification=algorithm,
                tracking_uid=uuid_to_uid(seg.uuid) if seg.uuid else generate_uid(),
                tracking_id=seg.name,
                display_color=hd.color.CIELabColor.from_rgb(*seg.colour),
            )
        )
    pixels = np.stack([seg.mask for seg in segments], axis=-1).astype(np.uint8)
    try:
        dataset = hd.seg.Segmentation(
            source_images=list(source_images),
            pixel_array=pixels,
            segmentation_type=hd.seg.SegmentationTypeValues.BINARY,
            segment_descriptions=descriptions,
            series_instance_uid=generate_uid(),
            series_number=series_number,
            sop_instance_uid=generate_uid(),
            instance_number=1,
            manufacturer=MANUFACTURER,
            manufacturer_model_name=MODEL_NAME,
            software_versions=software_version,
            device_serial_number="0",
            content_label=content_label,
            content_description=series_description[:64],
            content_creator_name=content_creator or None,
            series_description=series_description[:64],
            omit_empty_frames=True,
        )
    except (ValueError, TypeError) as exc:
        raise ValidationError(
            Message(
                "The segmentation could not be made into a valid DICOM object ({exc}).", exc=exc
            )
        ) from exc
    if any(CODING_SCHEME in (seg.category.scheme, seg.type.scheme) for seg in segments):
        # Segments coded in casereview's private scheme (Couinaud segments, a plan's parts):
        # the object says whose concepts they are (PS3.3 C.12.1.1.2).
        dataset.CodingSchemeIdentificationSequence = [coding_scheme_identification()]
    return dataset


@dataclass(frozen=True)
class SegFile:
    """A DICOM SEG read from disk.

    Attributes
    ----------
    referenced_series_instance_uid
        The series whose images the segments lie on.
    frame_of_reference_uid
        Its frame of reference.
    series_instance_uid
        The SEG's own series.
    """

    dataset: hd.seg.Segmentation
    referenced_series_instance_uid: str
    frame_of_reference_uid: str
    series_instance_uid: str

    def segment_numbers(self) -> list[int]:
        """Numbers of the segments it holds."""
        return [int(d.segment_number) for d in self.dataset.SegmentSequence]

    def segments(self, sop_instance_uids: Sequence[str]) -> list[SegmentData]:
        """Every segment with its mask on the slices ``sop_instance_uids`` (mask order).

        Raises
        ------
        DicomReadError
            If the SEG does not refer to these images.
        """
        numbers = self.segment_numbers()
        try:
            pixels = self.dataset.get_pixels_by_source_instance(
                list(sop_instance_uids),
                segment_numbers=numbers,
                combine_segments=False,
                assert_missing_frames_are_empty=True,
                dtype=np.uint8,
            )
        except (ValueError, KeyError, RuntimeError) as exc:
            raise DicomReadError(
                Message(
                    "The segmentation does not refer to the images of this series; open the "
                    "series it was made on."
                )
            ) from exc
        result = []
        for index, item in enumerate(self.dataset.SegmentSequence):
            category = item.SegmentedPropertyCategoryCodeSequence[0]
            kind = item.SegmentedPropertyTypeCodeSequence[0]
            colour = (128, 128, 128)
            if "RecommendedDisplayCIELabValue" in item:
                lab = hd.color.CIELabColor.from_dicom_value(
                    tuple(int(v) for v in item.RecommendedDisplayCIELabValue)
                )
                red, green, blue = lab.to_rgb()
                colour = (int(red), int(green), int(blue))
            tracking = str(getattr(item, "TrackingUID", ""))
            result.append(
                SegmentData(
                    name=str(item.SegmentLabel),
                    category=Code(
                        str(category.CodeValue),
                        str(category.CodingSchemeDesignator),
                        str(category.CodeMeaning),
                    ),
                    type=Code(
                        str(kind.CodeValue), str(kind.CodingSchemeDesignator), str(kind.CodeMeaning)
                    ),
                    colour=colour,
                    mask=pixels[..., index].astype(bool),
                    uuid=uid_to_uuid(tracking) or "",
                )
            )
        return result


def read_seg(path: Path) -> SegFile:
    """Read a DICOM SEG.

    Raises
    ------
    DicomReadError
        If the file is not a readable DICOM Segmentation.
    """
    try:
        dataset = hd.seg.segread(path)
    except Exception as exc:  # pydicom and highdicom raise many kinds for broken files
        raise DicomReadError(
            Message(
                "{name} is not a DICOM Segmentation casereview can read ({error_type}).",
                name=path.name,
                error_type=type(exc).__name__,
            )
        ) from exc
    referenced = ""
    if "ReferencedSeriesSequence" in dataset:
        referenced = str(dataset.ReferencedSeriesSequence[0].SeriesInstanceUID)
    return SegFile(
        dataset=dataset,
        referenced_series_instance_uid=referenced,
        frame_of_reference_uid=str(getattr(dataset, "FrameOfReferenceUID", "")),
        series_instance_uid=str(dataset.SeriesInstanceUID),
    )


def read_headers(paths: Sequence[Path]) -> list[Dataset]:
    """Headers (no pixel data) of the given files, in the given order.

    Raises
    ------
    DicomReadError
        If a file cannot be read.
    """
    try:
        return [dcmread(p, stop_before_pixels=True) for p in paths]
    except Exception as exc:
        raise DicomReadError(
            Message(
                "A source image of the segmentation could not be read; check the files "
                "(Tools → Check database and files)."
            )
        ) from exc
