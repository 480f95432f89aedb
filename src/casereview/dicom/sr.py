"""Annotations as a Comprehensive 3-D SR measurement report (TID 1500), with highdicom.

Regions (polygons, ellipses) and points become Planar ROI groups (TID 1410) whose image region
is a SCOORD3D in the frame of reference; lines, bidirectional axes, angles, arrows and notes
become measurement groups (TID 1501) whose measurements point at the SCOORD3D they were taken
from. Geometry stays in patient LPS millimetres, as casereview stores it.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

import highdicom as hd
import numpy as np
from pydicom.dataset import Dataset
from pydicom.sr.codedict import codes
from pydicom.uid import generate_uid

from casereview.domain.annotations import Annotation, AnnotationKind

#: casereview measurement names → (concept, UCUM unit, unit meaning).
_MEASURES = {
    "length": (codes.SCT.Length, "mm", "millimeter"),
    "long_axis": (codes.SCT.LongAxis, "mm", "millimeter"),
    "short_axis": (codes.SCT.ShortAxis, "mm", "millimeter"),
    "angle": (codes.SCT.Angle, "deg", "degree"),
    "area": (codes.SCT.Area, "mm2", "square millimeter"),
    "perimeter": (codes.SCT.Perimeter, "mm", "millimeter"),
    "mean": (codes.SCT.Mean, "[hnsf'U]", "Hounsfield unit"),
    "sd": (codes.SCT.StandardDeviation, "[hnsf'U]", "Hounsfield unit"),
    "min": (codes.SCT.Minimum, "[hnsf'U]", "Hounsfield unit"),
    "max": (codes.SCT.Maximum, "[hnsf'U]", "Hounsfield unit"),
}


def tracking_uid(annotation_uuid: str) -> str:
    """The tracking UID of an annotation (stable: derived from its UUID)."""
    return f"2.25.{uuid.UUID(annotation_uuid).int}"


def _points(annotation: Annotation) -> np.ndarray:
    return np.array(annotation.points, dtype=np.float64)


def _region(annotation: Annotation) -> hd.sr.ImageRegion3D | None:
    frame = annotation.reference.frame_of_reference_uid
    points = _points(annotation)
    if annotation.kind is AnnotationKind.POLYGON:
        closed = np.vstack([points, points[:1]])
        return hd.sr.ImageRegion3D(hd.sr.GraphicTypeValues3D.POLYGON, closed, frame)
    if annotation.kind is AnnotationKind.ELLIPSE:
        centre, first, second = points
        axes = np.array([2 * centre - first, first, 2 * centre - second, second])
        return hd.sr.ImageRegion3D(hd.sr.GraphicTypeValues3D.ELLIPSE, axes, frame)
    if annotation.kind is AnnotationKind.POINT:
        return hd.sr.ImageRegion3D(hd.sr.GraphicTypeValues3D.POINT, points[:1], frame)
    return None


def _coordinates(annotation: Annotation) -> hd.sr.CoordinatesForMeasurement3D:
    points = _points(annotation)
    graphic = (
        hd.sr.GraphicTypeValues3D.POINT if len(points) == 1 else hd.sr.GraphicTypeValues3D.POLYLINE
    )
    return hd.sr.CoordinatesForMeasurement3D(
        graphic,
        points if len(points) > 1 else points[:1],
        annotation.reference.frame_of_reference_uid,
    )


def _measurements(annotation: Annotation, with_coordinates: bool) -> list[hd.sr.Measurement]:
    found = []
    for measurement in annotation.measurements:
        known = _MEASURES.get(measurement.name)
        if known is None:
            continue
        concept, unit, meaning = known
        found.append(
            hd.sr.Measurement(
                name=concept,
                value=float(measurement.value),
                unit=hd.sr.CodedConcept(unit, "UCUM", meaning),
                referenced_coordinates=[_coordinates(annotation)] if with_coordinates else None,
            )
        )
    return found


def measurement_report(
    annotations: Sequence[Annotation],
    evidence: Sequence[Dataset],
    *,
    series_number: int = 901,
    instance_number: int = 1,
) -> Dataset:
    """A Comprehensive 3-D SR (TID 1500) of ``annotations``.

    Parameters
    ----------
    annotations
        Annotations with a frame of reference (others cannot be placed and are skipped).
    evidence
        Headers of the images the annotations were drawn on (same study).
    series_number, instance_number
        Numbers of the new series and instance.

    Raises
    ------
    ValueError
        If no annotation can be written or there is no evidence.
    """
    groups: list[
        hd.sr.PlanarROIMeasurementsAndQualitativeEvaluations
        | hd.sr.MeasurementsAndQualitativeEvaluations
    ] = []
    for annotation in annotations:
        if not annotation.reference.frame_of_reference_uid or not annotation.points:
            continue
        tracking = hd.sr.TrackingIdentifier(
            uid=tracking_uid(annotation.uuid),
            identifier=(annotation.label or annotation.kind.value)[:64],
        )
        region = _region(annotation)
        if region is not None:
            groups.append(
                hd.sr.PlanarROIMeasurementsAndQualitativeEvaluations(
                    tracking_identifier=tracking,
                    referenced_region=region,
                    finding_type=codes.SCT.Finding,
                    measurements=_measurements(annotation, with_coordinates=False) or None,
                )
            )
            continue
        measurements = _measurements(annotation, with_coordinates=True)
        groups.append(
            hd.sr.MeasurementsAndQualitativeEvaluations(
                tracking_identifier=tracking,
                finding_type=codes.SCT.Finding,
                measurements=measurements or None,
            )
        )
    if not groups or not evidence:
        raise ValueError("No annotation with a frame of reference to write.")
    observer = hd.sr.ObserverContext(
        observer_type=codes.DCM.Device,
        observer_identifying_attributes=hd.sr.DeviceObserverIdentifyingAttributes(
            uid=generate_uid(), name="casereview"
        ),
    )
    report = hd.sr.MeasurementReport(
        observation_context=hd.sr.ObservationContext(observer_device_context=observer),
        procedure_reported=codes.SCT.ImagingProcedure,
        imaging_measurements=groups,
        title=codes.DCM.ImagingMeasurementReport,
    )
    return hd.sr.Comprehensive3DSR(
        evidence=list(evidence),
        content=report[0],
        series_instance_uid=generate_uid(),
        series_number=series_number,
        sop_instance_uid=generate_uid(),
        instance_number=instance_number,
        manufacturer="casereview",
        is_complete=True,
    )
