"""Voxelise the analytic anatomy into CT images and a label map, slab by slab.

Each shape's signed distance becomes a fractional occupancy with a one-voxel linear ramp
(anti-aliased partial volume); occupancies are composited in painting order per phase. A
smooth texture field gives parenchyma some heterogeneity, and spatially correlated Gaussian
noise with the tissue's SD is added last. The label map takes each voxel's last shape whose
centre lies inside it.

Work is done in slabs of slices so memory stays bounded for 512x512x200+ volumes: only the
label map (one byte per voxel) is kept whole.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from casereview.demo.anatomy import Anatomy
from casereview.demo.tissues import PHASES, TISSUE_BY_NAME
from casereview.errors import OperationCancelled
from casereview.messages import Message

#: Slices rendered per slab; bounds peak memory to a few hundred MB at 512x512.
SLAB = 24

#: HU written outside the circular reconstruction field of view, as scanners do.
OUTSIDE_FOV_HU = -1024


@dataclass(frozen=True)
class Grid:
    """Regular axial voxel grid in patient coordinates.

    Attributes
    ----------
    shape
        ``(slices, rows, columns)``.
    spacing
        ``(slice spacing, row spacing, column spacing)`` in mm.
    origin
        Patient position ``(x, y, z)`` of the centre of voxel ``[0, 0, 0]``; slice index grows
        towards the head, rows grow posterior, columns grow to the patient's left.
    slice_thickness
        Nominal reconstructed slice thickness in mm.
    """

    shape: tuple[int, int, int]
    spacing: tuple[float, float, float]
    origin: tuple[float, float, float]
    slice_thickness: float

    def axes(self) -> tuple[NDArray[np.float64], NDArray[np.float64], NDArray[np.float64]]:
        """Voxel-centre coordinates ``(xs, ys, zs)`` along each axis."""
        nz, ny, nx = self.shape
        dz, dy, dx = self.spacing
        x0, y0, z0 = self.origin
        xs = x0 + dx * np.arange(nx, dtype=np.float64)
        ys = y0 + dy * np.arange(ny, dtype=np.float64)
        zs = z0 + dz * np.arange(nz, dtype=np.float64)
        return xs, ys, zs


#: Height (z, mm) of the first slice of the pancreatic variants' scans.
PANCREAS_SCAN_START_Z = -112.0
#: Height of the liver variant's first slice: its scan reaches higher, over the liver's dome
#: (z 144 mm) into the lung bases, as a liver protocol does (top slice at z 157.5 mm small,
#: 168.75 mm full size).
LIVER_SCAN_START_Z = -80.0


def make_grid(small: bool, start_z: float = PANCREAS_SCAN_START_Z) -> Grid:
    """The default (diagnostic) or small (fast test) acquisition grid.

    The small grid keeps 1.5 mm pixels and 2.5 mm slices so the 7 mm SMA still spans about
    five pixels, which contact-angle measurement within 10 degrees needs; coarser grids
    (3 mm pixels) blur vessel walls by more than the 1 mm contact tolerance. ``start_z`` is the
    height (mm) of the first (most caudal) slice.
    """
    if small:
        n, px, nz, dz, thick = 256, 1.5, 96, 2.5, 2.5
    else:
        n, px, nz, dz, thick = 512, 0.75, 200, 1.25, 1.25
    half = (n - 1) * px / 2.0
    return Grid((nz, n, n), (dz, px, px), (-half, 10.0 - half, start_z), thick)


class _Texture:
    """Smooth unit-variance random field on a coarse lattice, interpolated on demand."""

    def __init__(self, grid: Grid, seed: int, cell: float = 5.0) -> None:
        xs, ys, zs = grid.axes()
        self.cell = cell
        self.origin = np.array([zs[0], ys[0], xs[0]]) - cell
        dims = [int(np.ceil((a[-1] - a[0]) / cell)) + 3 for a in (zs, ys, xs)]
        rng = np.random.default_rng([seed, 7919])
        g = rng.standard_normal(dims).astype(np.float32)
        for ax in range(3):
            g = 0.25 * np.roll(g, 1, ax) + 0.5 * g + 0.25 * np.roll(g, -1, ax)
        self.g = g / g.std()
        self.wy = self._weights(ys, 1)
        self.wx = self._weights(xs, 2)

    def _weights(self, q: NDArray[np.float64], axis: int) -> NDArray[np.float32]:
        f = (q - self.origin[axis]) / self.cell
        i0 = np.floor(f).astype(int)
        w = (f - i0).astype(np.float32)
        m = np.zeros((len(q), self.g.shape[axis]), dtype=np.float32)
        m[np.arange(len(q)), i0] = 1.0 - w
        m[np.arange(len(q)), i0 + 1] = w
        return m

    def slab(self, zs: NDArray[np.float64]) -> NDArray[np.float32]:
        wz = self._weights(zs, 0)
        used = np.flatnonzero(wz.any(axis=0))
        g = self.g[used]
        g = g @ self.wx.T
        g = np.einsum("bj,ijk->ibk", self.wy, g, optimize=True)
        return np.tensordot(wz[:, used], g, axes=(1, 0)).astype(np.float32)


def _noise_kernel(sigma: float) -> NDArray[np.float32]:
    x = np.arange(-2, 3, dtype=np.float64)
    k = np.exp(-(x**2) / (2 * sigma**2))
    k /= k.sum()
    kernel: NDArray[np.float32] = (k / np.sqrt((k**2).sum())).astype(np.float32)
    return kernel


def _correlated_noise(
    seed: int, phase_index: int, ks: range, ny: int, nx: int
) -> NDArray[np.float32]:
    """Unit-SD noise for slices ``ks``, correlated over ~1 pixel in-plane and slightly in z.

    Each slice's white noise is seeded by its index, so slabs agree on shared neighbours and
    the result does not depend on the slab size.
    """
    k1 = _noise_kernel(0.75)
    raw = []
    for k in range(ks.start - 1, ks.stop + 1):
        rng = np.random.default_rng([seed, phase_index, k + 1])
        w = rng.standard_normal((ny + 4, nx + 4), dtype=np.float32)
        w = sum(k1[i] * w[:, i : i + nx] for i in range(5))
        w = sum(k1[i] * w[i : i + ny, :] for i in range(5))
        raw.append(w)
    a = 0.3
    out = np.empty((len(ks), ny, nx), dtype=np.float32)
    for i in range(len(ks)):
        out[i] = (raw[i + 1] + a * (raw[i] + raw[i + 2])) / np.sqrt(1.0 + 2 * a * a)
    return out


SliceSink = Callable[[str, int, NDArray[np.int16]], None]


def render(
    anatomy: Anatomy,
    grid: Grid,
    phases: Sequence[str],
    seed: int,
    sink: SliceSink,
    *,
    on_slab: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> NDArray[np.uint8]:
    """Render every phase slab by slab, handing finished HU slices to ``sink``.

    Parameters
    ----------
    anatomy
        The phantom to voxelise.
    grid
        Output grid.
    phases
        Phases to render (names from :data:`casereview.demo.tissues.PHASES`).
    seed
        Seed of the noise and texture; the anatomy itself does not depend on it.
    sink
        Called as ``sink(phase, slice_index, hu)`` with an int16 ``(rows, columns)`` slice.
    on_slab
        Called after each slab as ``on_slab(slabs_done, slabs_total)``.
    should_cancel
        Polled between slabs; returning True raises :class:`OperationCancelled`.

    Returns
    -------
    numpy.ndarray
        The uint8 label map ``(slices, rows, columns)`` (tissue label values).
    """
    xs, ys, zs_all = grid.axes()
    nz, ny, nx = grid.shape
    ramp = float(min(grid.spacing[1:]))
    labels = np.zeros(grid.shape, dtype=np.uint8)
    layers = [
        (layer, TISSUE_BY_NAME[layer.tissue], layer.shape.bounds()) for layer in anatomy.layers
    ]
    air = TISSUE_BY_NAME["air"]
    phase_idx = [PHASES.index(p) for p in phases]
    texture = _Texture(grid, seed)
    rr = (ys[:, None] - (ys[0] + ys[-1]) / 2) ** 2 + (xs[None, :] - (xs[0] + xs[-1]) / 2) ** 2
    outside_fov = rr > ((nx - 1) * grid.spacing[2] / 2) ** 2
    n_slabs = (nz + SLAB - 1) // SLAB
    for si, s0 in enumerate(range(0, nz, SLAB)):
        if should_cancel is not None and should_cancel():
            raise OperationCancelled(
                Message("Demo generation was cancelled; no demo case was created.")
            )
        s1 = min(nz, s0 + SLAB)
        zs = zs_all[s0:s1]
        shp = (s1 - s0, ny, nx)
        imgs = [np.full(shp, air.hu[p], dtype=np.float32) for p in phase_idx]
        noise_sd = np.full(shp, air.noise_sd, dtype=np.float32)
        tex_sd = np.zeros(shp, dtype=np.float32)
        lab = labels[s0:s1]
        for layer, tissue, (lo, hi) in layers:
            iz = np.searchsorted(zs, [lo[2] - ramp, hi[2] + ramp])
            iy = np.searchsorted(ys, [lo[1] - ramp, hi[1] + ramp])
            ix = np.searchsorted(xs, [lo[0] - ramp, hi[0] + ramp])
            if iz[0] >= iz[1] or iy[0] >= iy[1] or ix[0] >= ix[1]:
                continue
            sl = (slice(iz[0], iz[1]), slice(iy[0], iy[1]), slice(ix[0], ix[1]))
            d = layer.shape.sdf_block(xs[sl[2]], ys[sl[1]], zs[sl[0]])
            f = np.clip(0.5 - d / ramp, 0.0, 1.0)
            if not f.any():
                continue
            for img, p in zip(imgs, phase_idx, strict=True):
                sub = img[sl]
                sub += f * (np.float32(tissue.hu[p]) - sub)
            sub = noise_sd[sl]
            sub += f * (np.float32(tissue.noise_sd) - sub)
            sub = tex_sd[sl]
            sub += f * (np.float32(tissue.texture_sd) - sub)
            lab[sl][d < 0] = tissue.label
        tex = texture.slab(zs) * tex_sd
        for img, phase, p in zip(imgs, phases, phase_idx, strict=True):
            img += tex
            img += _correlated_noise(seed, p, range(s0, s1), ny, nx) * noise_sd
            np.rint(img, out=img)
            np.clip(img, -1024, 3071, out=img)
            img[:, outside_fov] = OUTSIDE_FOV_HU
            out = img.astype(np.int16)
            for i in range(s1 - s0):
                sink(phase, s0 + i, out[i])
        lab[:, outside_fov] = 0
        if on_slab is not None:
            on_slab(si + 1, n_slabs)
    return labels
