"""An image volume in memory: voxel values plus their exact place in patient space (LPS, mm)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray


@dataclass(frozen=True, eq=False)
class Volume:
    """A reconstructed series (or one loadable part of it) as one array.

    Attributes
    ----------
    voxels
        Modality values (Hounsfield units for CT), int16 when exact, else float32, indexed
        ``(slice, row, column)``; the slice index grows along the slice normal (the cross
        product of the row and column directions).
    spacing
        Voxel spacing ``(slice, row, column)`` in mm.
    origin
        Patient position (LPS, mm) of the centre of voxel ``[0, 0, 0]``.
    direction
        3x3 matrix whose columns are the patient-space unit vectors of the column (x),
        row (y) and slice (z) index axes, as in ITK.
    sop_instance_uids
        SOP Instance UID of each slice, in array order.
    series_instance_uid
        Series Instance UID.
    frame_of_reference_uid
        Frame of Reference UID (empty when the files had none).
    modality
        DICOM Modality of the series ("CT", "MR" …).
    warnings
        Geometry findings the user must see (irregular spacing, gantry tilt corrected …).
    default_window
        ``(center, width)`` from the files, if they carry one.
    """

    voxels: NDArray[np.int16] | NDArray[np.float32]
    spacing: tuple[float, float, float]
    origin: tuple[float, float, float]
    direction: NDArray[np.float64]
    sop_instance_uids: tuple[str, ...]
    series_instance_uid: str
    frame_of_reference_uid: str
    modality: str = ""
    warnings: tuple[str, ...] = ()
    default_window: tuple[float, float] | None = None

    def __post_init__(self) -> None:
        if self.voxels.ndim != 3 or self.voxels.dtype not in (np.int16, np.float32):
            raise ValueError("Volume.voxels must be a 3-D int16 or float32 array")
        if len(self.sop_instance_uids) not in (0, self.voxels.shape[0]):
            raise ValueError("Volume needs one SOP Instance UID per slice (or none)")
        if min(self.spacing) <= 0:
            raise ValueError("Volume spacing must be positive")
        if self.direction.shape != (3, 3):
            raise ValueError("Volume.direction must be 3x3")

    @property
    def shape(self) -> tuple[int, int, int]:
        """``(slices, rows, columns)``."""
        s = self.voxels.shape
        return (int(s[0]), int(s[1]), int(s[2]))

    def index_to_patient(self, index: NDArray[np.float64]) -> NDArray[np.float64]:
        """Patient coordinates (LPS, mm) of ``(N, 3)`` voxel indices ``(slice, row, column)``."""
        ijk = np.asarray(index, dtype=np.float64)[:, ::-1] * np.asarray(self.spacing)[::-1]
        patient: NDArray[np.float64] = np.asarray(self.origin) + ijk @ self.direction.T
        return patient

    def affine(self) -> NDArray[np.float64]:
        """4x4 matrix mapping homogeneous voxel indices ``(column, row, slice, 1)`` to LPS mm."""
        matrix = np.eye(4)
        matrix[:3, :3] = self.direction * np.asarray(self.spacing)[::-1]
        matrix[:3, 3] = self.origin
        return matrix

    @property
    def nbytes(self) -> int:
        """Memory held by the voxels."""
        return int(self.voxels.nbytes)
