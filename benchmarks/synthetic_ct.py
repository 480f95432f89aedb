"""Scanner-like synthetic CT slices shared by the benchmarks (no real patient data)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pydicom
from numpy.typing import NDArray
from pydicom.dataset import FileMetaDataset
from pydicom.uid import CTImageStorage, ExplicitVRLittleEndian, generate_uid


def add_scanner_attributes(ds: pydicom.Dataset, number: int) -> None:
    """The acquisition, equipment and private attributes a real CT export carries.

    A bare header parse costs in proportion to the header; headers of scanner exports hold
    around a hundred elements, sequences and private blocks, not the dozen the index needs.
    """
    ds.ImageType = ["ORIGINAL", "PRIMARY", "AXIAL"]
    ds.InstanceCreationDate, ds.InstanceCreationTime = "20260314", "101522.123"
    ds.StudyDate = ds.SeriesDate = ds.AcquisitionDate = ds.ContentDate = "20260314"
    ds.StudyTime = ds.SeriesTime = ds.AcquisitionTime = ds.ContentTime = "101500"
    ds.AccessionNumber, ds.StudyID, ds.AcquisitionNumber = "ACC0042", "42", 1
    ds.Manufacturer, ds.ManufacturerModelName = "casereview bench", "Synthetic 128"
    ds.InstitutionName, ds.StationName = "Bench Hospital", "CT01"
    ds.InstitutionAddress = "1 Bench Street, Benchtown"
    ds.ReferringPhysicianName, ds.OperatorsName = "REF^Doctor", "OPS^Tech"
    ds.StudyDescription, ds.SeriesDescription = "CT ABDOMEN", "Portal venous 1.25 mm"
    ds.PatientBirthDate, ds.PatientSex, ds.PatientAge = "19580312", "F", "068Y"
    ds.PatientSize, ds.PatientWeight = 1.65, 62.0
    ds.BodyPartExamined, ds.ScanOptions, ds.SliceLocation = "ABDOMEN", "HELICAL", -1.25 * number
    ds.KVP, ds.DataCollectionDiameter, ds.ReconstructionDiameter = 120, 500.0, 384.0
    ds.DistanceSourceToDetector, ds.DistanceSourceToPatient = 1085.6, 595.0
    ds.GantryDetectorTilt, ds.TableHeight, ds.RotationDirection = 0.0, 160.0, "CW"
    ds.ExposureTime, ds.XRayTubeCurrent, ds.Exposure = 500, 220, 110
    ds.FilterType, ds.GeneratorPower, ds.FocalSpots = "BODY", 26, 1.2
    ds.ConvolutionKernel, ds.PatientPosition = "STANDARD", "FFS"
    ds.ContrastBolusAgent, ds.ContrastBolusRoute = "Iohexol 350", "IV"
    ds.ContrastBolusVolume, ds.ContrastFlowRate = 100.0, 4.0
    ds.SpiralPitchFactor, ds.TotalCollimationWidth = 0.984, 40.0
    ds.FrameOfReferenceUID = "1.2.826.0.1.3680043.10.511.7"
    ds.PositionReferenceIndicator = "SN"
    ds.WindowCenter, ds.WindowWidth = [40, 400], [400, 1500]
    ds.WindowCenterWidthExplanation = ["ABDOMEN", "BONE"]
    ds.LossyImageCompression = "00"
    ds.SoftwareVersions, ds.DeviceSerialNumber = "bench 1.0", "000042"
    referenced = pydicom.Dataset()
    referenced.ReferencedSOPClassUID = CTImageStorage
    referenced.ReferencedSOPInstanceUID = ds.SOPInstanceUID
    ds.ReferencedImageSequence = [referenced]
    code = pydicom.Dataset()
    code.CodeValue, code.CodingSchemeDesignator, code.CodeMeaning = "CTABD", "99LOCAL", "CT abdomen"
    ds.ProcedureCodeSequence = [code]
    ds.RequestAttributesSequence = [pydicom.Dataset()]
    ds.RequestAttributesSequence[0].RequestedProcedureID = "RP42"
    ds.RequestAttributesSequence[0].ScheduledProcedureStepID = "SPS42"
    block = ds.private_block(0x0043, "casereview bench private", create=True)
    for offset in range(0x10, 0x40):
        block.add_new(offset, "DS", str(offset * 1.5))
    block.add_new(0x40, "OB", bytes(1024))


def write_ct_slice(
    path: Path,
    stored: NDArray[np.uint16],
    *,
    study_uid: str,
    series_uid: str,
    series_number: int,
    instance_number: int,
    z_mm: float,
    patient: tuple[str, str],
) -> None:
    """Write one 512x512 axial CT slice (12-bit stored, intercept -1024) with a full header."""
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = CTImageStorage
    meta.MediaStorageSOPInstanceUID = generate_uid()
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = pydicom.Dataset()
    ds.file_meta = meta
    ds.SpecificCharacterSet = "ISO_IR 100"
    ds.SOPClassUID, ds.SOPInstanceUID = CTImageStorage, meta.MediaStorageSOPInstanceUID
    ds.PatientName, ds.PatientID = patient
    ds.StudyInstanceUID, ds.SeriesInstanceUID = study_uid, series_uid
    ds.Modality, ds.SeriesNumber, ds.InstanceNumber = "CT", series_number, instance_number
    ds.ImagePositionPatient = [-192.0, -192.0, z_mm]
    ds.ImageOrientationPatient = [1, 0, 0, 0, 1, 0]
    ds.PixelSpacing, ds.SliceThickness = [0.75, 0.75], 1.25
    ds.Rows, ds.Columns = stored.shape
    ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 12, 11, 0
    ds.RescaleIntercept, ds.RescaleSlope = -1024, 1
    add_scanner_attributes(ds, instance_number)
    ds.PixelData = stored.tobytes()
    path.parent.mkdir(parents=True, exist_ok=True)
    ds.save_as(path, enforce_file_format=True)
