"""A CT volume in memory: Hounsfield units plus its place in patient space."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray


@dataclass(frozen=True, eq=False)
class CtVolume:
    """A reconstructed CT series as one array.

    Attributes
    ----------
    hu
        Hounsfield units, int16, indexed ``(slice, row, column)``; slice index grows along
        the slice normal (the cross product of the row and column directions).
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
    """

    hu: NDArray[np.int16]
    spacing: tuple[float, float, float]
    origin: tuple[float, float, float]
    direction: NDArray[np.float64]
    sop_instance_uids: tuple[str, ...]
    series_instance_uid: str
    frame_of_reference_uid: str

    def __post_init__(self) -> None:
        if self.hu.ndim != 3 or self.hu.dtype != np.int16:
            raise ValueError("CtVolume.hu must be a 3-D int16 array")
        if len(self.sop_instance_uids) != self.hu.shape[0]:
            raise ValueError("CtVolume needs one SOP Instance UID per slice")
        if min(self.spacing) <= 0:
            raise ValueError("CtVolume spacing must be positive")
        if self.direction.shape != (3, 3):
            raise ValueError("CtVolume.direction must be 3x3")

    @property
    def shape(self) -> tuple[int, int, int]:
        """``(slices, rows, columns)``."""
        s = self.hu.shape
        return (int(s[0]), int(s[1]), int(s[2]))

    def index_to_patient(self, index: NDArray[np.float64]) -> NDArray[np.float64]:
        """Patient coordinates (LPS, mm) of ``(N, 3)`` voxel indices ``(slice, row, column)``."""
        ijk = np.asarray(index, dtype=np.float64)[:, ::-1] * np.asarray(self.spacing)[::-1]
        return np.asarray(self.origin) + ijk @ self.direction.T
