"""Vessel centrelines from a segmentation mask, in millimetres, robust to branches and thick slices.

A centreline is the ordered, smoothed path along the middle of a vessel, resampled every
``step_mm`` (1 mm by default), with its unit tangents, the inscribed radius along it and the
branch points found on the way. Points are ``(z, y, x)`` millimetres in the frame of the array
passed in (index times spacing, plus ``origin_mm``): divide by the spacing to get voxel indices
(``Volume.index_to_patient`` then gives patient coordinates).

How, and why this way:

1. **Signed distance, resampled isotropically.** The mask's signed distance (mm, from
   :func:`scipy.ndimage.distance_transform_edt` with the voxel spacing, inside negative) is
   interpolated trilinearly onto a grid of ``min(spacing, 1 mm)`` and thresholded at zero.
   Interpolating the distance rather than the 0/1 mask turns the 2.5 mm staircase of thick
   slices into a sloped wall, so thinning does not grow a spur on every step, and the grid is
   isotropic, which thinning assumes.
2. **Thinning.** :func:`skimage.morphology.skeletonize` (Lee's 3-D thinning, compiled) gives a
   one-voxel-thick skeleton in a few milliseconds for a vessel's box. Distance-ridge minimal
   paths (VMTK's approach) centre slightly better but need the two ends given and find no
   branches; a skeleton gives both the path and its branch points at once.
3. **A graph, pruned.** Skeleton voxels become a graph (26-neighbours, edges weighted by
   their length in mm). Dead-end twigs no longer than the local radius plus a voxel are
   surface noise and are removed, repeatedly; the junctions that remain are branch points.
   Pieces of the mask separated by a short gap (a vessel narrowed to nothing by tumour, a
   missed slice) are bridged end to end when the gap is at most ``bridge_mm``.
4. **The main path through the region of interest.** From the skeleton node nearest the focus
   (the tumour's surface), the two arms that carry the most vessel (sum of radius cubed
   times length, so a long thick trunk beats a thin side branch) and share no node are joined.
5. **Smoothing and resampling.** The voxel path is resampled every 0.5 mm, smoothed with a
   Gaussian along its length (sigma ``max(1.5 mm, 0.6 thickest spacing)``, mirrored at the
   ends so they do not shrink), extended at each end along its tangent while still inside the
   mask (thinning stops about one radius short of a cut end), then resampled every
   ``step_mm``. Tangents are chords of the smoothed curve over ``max(3 mm, 1.2 thickest
   spacings)`` either side, which averages out what is left of the staircase.

scipy and scikit-image are used because they do this in compiled code: SimpleITK has no 3-D
thinning, and the distance transform with anisotropic sampling, trilinear resampling, shortest
paths on a sparse graph and the Gaussian smoothing are all one call each.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import ArrayLike, NDArray
from scipy import ndimage
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import dijkstra
from scipy.spatial import cKDTree
from skimage.morphology import skeletonize

from casereview.errors import ValidationError
from casereview.messages import Message

FloatArray = NDArray[np.float64]
Spacing = tuple[float, float, float]

#: Kinds of :class:`BranchPoint`.
BIFURCATION = "bifurcation"  #: the vessel's own mask splits (a side branch was segmented with it)
END = "end"  #: the mask ends inside the analysed region (not cut by its border)
JUNCTION = "junction"  #: the vessel meets another vessel's mask (set by the assessment)

#: Name of the main path among the arms of a branch point.
MAIN = "main"

#: Finest grid (mm) the mask is resampled to for thinning; finer spacings are kept as they are.
_MAX_GRID_MM = 1.0
#: Pieces of a mask smaller than this fraction of its largest piece are dropped.
_DEBRIS = 0.1
#: Grids (fractions of the finest spacing, at most 1 mm) tried in turn for thinning.
_THINNING_GRIDS = (1.0, 0.85, 0.7, 0.55)
#: Step (mm) of the path before smoothing.
_FINE_STEP_MM = 0.5


@dataclass(frozen=True)
class BranchPoint:
    """A place along (or beside) the centreline where vessels meet or the vessel ends.

    Attributes
    ----------
    kind
        :data:`BIFURCATION`, :data:`END` or :data:`JUNCTION`.
    position_mm
        ``(z, y, x)`` mm in the centreline's frame.
    arclength_mm
        Where the point projects onto the centreline (distance from its start).
    offset_mm
        Distance from the point to that projection (0 for a point on the centreline).
    branches
        The arms that meet: :data:`MAIN` for the centreline itself, ``"branch-1"``... for side
        branches of the same mask, or the other vessels' kinds for a junction.
    landmark
        Key of the surgical landmark when known (``"sma_origin"``; the assessment names them,
        see :mod:`casereview.analysis.assessment`), else empty. A key, not a label: front ends
        show it in the reader's language.
    """

    kind: str
    position_mm: tuple[float, float, float]
    arclength_mm: float
    offset_mm: float
    branches: tuple[str, ...]
    landmark: str = ""


@dataclass(frozen=True, eq=False)
class Centreline:
    """An ordered vessel centreline in millimetres.

    Attributes
    ----------
    points_mm
        ``(N, 3)`` points ``(z, y, x)`` mm, every :attr:`step_mm` along the curve.
    tangents
        ``(N, 3)`` unit tangents, pointing towards increasing arc length.
    arclength_mm
        ``(N,)`` distance of each point from the first one, along the curve.
    radii_mm
        ``(N,)`` inscribed radius (distance to the wall) at each point.
    branch_points
        Bifurcations of the mask and the ends of the vessel inside the analysed region.
    """

    points_mm: FloatArray
    tangents: FloatArray
    arclength_mm: FloatArray
    radii_mm: FloatArray
    branch_points: tuple[BranchPoint, ...] = field(default=())

    @property
    def length_mm(self) -> float:
        """Total length along the curve (mm)."""
        return float(self.arclength_mm[-1]) if len(self.arclength_mm) else 0.0

    def at(self, arclength_mm: float) -> tuple[FloatArray, FloatArray]:
        """Point and unit tangent at ``arclength_mm`` (linear between samples, clamped)."""
        s = float(np.clip(arclength_mm, 0.0, self.length_mm))
        point = np.array([np.interp(s, self.arclength_mm, self.points_mm[:, k]) for k in range(3)])
        tangent = np.array([np.interp(s, self.arclength_mm, self.tangents[:, k]) for k in range(3)])
        return point, tangent / max(float(np.linalg.norm(tangent)), 1e-12)

    def project(self, point_mm: ArrayLike) -> tuple[float, float]:
        """Arc length of the centreline sample nearest ``point_mm``, and the distance to it."""
        d = np.linalg.norm(self.points_mm - np.asarray(point_mm, dtype=np.float64), axis=1)
        k = int(np.argmin(d))
        return float(self.arclength_mm[k]), float(d[k])

    def end_radius(self, last: bool, within_mm: float = 5.0) -> float:
        """The vessel's radius near its first (or ``last``) point: the largest within ``within_mm``.

        The point itself is prolonged to the wall of a rounded end, where the radius tends to 0.
        """
        s = self.arclength_mm
        near = (s >= self.length_mm - within_mm) if last else (s <= within_mm)
        return float(self.radii_mm[near].max()) if near.any() else 0.0

    def with_branch_points(self, points: Sequence[BranchPoint]) -> Centreline:
        """The same centreline with ``points`` as its branch points (ordered by arc length)."""
        ordered = tuple(sorted(points, key=lambda b: (b.arclength_mm, b.kind, b.branches)))
        return Centreline(self.points_mm, self.tangents, self.arclength_mm, self.radii_mm, ordered)


def signed_distance_mm(mask: NDArray[np.bool_], spacing: Spacing) -> NDArray[np.float32]:
    """Signed distance (mm) between voxel centres and the mask's other side: inside negative.

    Outside voxels hold the distance to the nearest inside voxel centre and inside voxels minus
    the distance to the nearest outside one, so the zero crossing lies half-way between an
    inside and an outside voxel, the best estimate of the wall a binary mask gives.
    """
    sampling = tuple(float(s) for s in spacing)
    if mask.all():
        return np.full(mask.shape, -float(max(mask.shape)) * max(sampling), dtype=np.float32)
    outside = ndimage.distance_transform_edt(~mask, sampling=sampling)
    inside = ndimage.distance_transform_edt(mask, sampling=sampling)
    return (np.asarray(outside) - np.asarray(inside)).astype(np.float32)


def bounding_box(
    mask: NDArray[np.bool_], margin: ArrayLike = 0
) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """First and one-past-last index of ``mask`` per axis, grown by ``margin`` voxels, clipped.

    Parameters
    ----------
    mask
        A non-empty boolean array.
    margin
        Voxels added on each side, one number or one per axis.
    """
    grow = np.broadcast_to(np.asarray(margin, dtype=np.int64), (mask.ndim,))
    lo, hi = [], []
    for k in range(mask.ndim):
        hit = np.flatnonzero(mask.any(axis=tuple(a for a in range(mask.ndim) if a != k)))
        lo.append(max(int(hit[0]) - int(grow[k]), 0))
        hi.append(min(int(hit[-1]) + 1 + int(grow[k]), mask.shape[k]))
    return np.array(lo, dtype=np.int64), np.array(hi, dtype=np.int64)


def _without_debris(mask: NDArray[np.bool_], spacing: FloatArray) -> NDArray[np.bool_]:
    """The mask without pieces under :data:`_DEBRIS` of its largest piece (26-connected).

    Crumbs left where another structure was painted over the vessel, or stray voxels of a
    segmentation, would otherwise be taken for the vessel if they lie nearest the tumour.
    Pieces of a vessel cut in two by a narrowing are both large and are kept (and bridged).
    """
    labels, count = ndimage.label(mask, np.ones((3, 3, 3), dtype=bool))
    if count <= 1:
        return mask
    sizes = np.bincount(labels.ravel())[1:]
    keep = np.flatnonzero(sizes >= _DEBRIS * sizes.max()) + 1
    out: NDArray[np.bool_] = np.isin(labels, keep)
    return out


def _grid_step(spacing: Spacing) -> float:
    return min(min(spacing), _MAX_GRID_MM)


def _thinned(
    sdf: NDArray[np.float32], spacing: Spacing
) -> tuple[float, NDArray[np.float32], NDArray[np.bool_]]:
    """Grid step, resampled distance and skeleton, every piece of the mask keeping a skeleton.

    scikit-image's 3-D thinning can erase a whole object for some voxel configurations
    (scikit-image issue 3757; a 3 mm tube at 45 degrees on a 0.7 mm grid does it): the mask
    is then resampled on a slightly finer grid, whose different voxels thin correctly, and as
    a last resort each piece is represented by its deepest voxel.
    """
    base = _grid_step(spacing)
    for factor in _THINNING_GRIDS:
        step = base * factor
        iso = _resample(sdf, spacing, step)
        inside = iso < 0
        skeleton = skeletonize(np.pad(inside, 1))[1:-1, 1:-1, 1:-1]
        pieces, count = ndimage.label(inside, np.ones((3, 3, 3), dtype=bool))
        missing = np.setdiff1d(np.arange(1, count + 1), np.unique(pieces[skeleton]))
        if not len(missing):
            return step, iso, skeleton
    for piece in missing:
        # A blob thinner than the grid: its deepest voxel stands for it.
        depth = np.where(pieces == piece, iso, np.inf)
        skeleton[np.unravel_index(int(np.argmin(depth)), iso.shape)] = True
    return step, iso, skeleton


def _resample(sdf: NDArray[np.float32], spacing: Spacing, step: float) -> NDArray[np.float32]:
    """The distance on an isotropic grid of ``step`` mm from the first voxel's centre."""
    extent = (np.asarray(sdf.shape) - 1) * np.asarray(spacing)
    counts = np.floor(extent / step).astype(int) + 1
    axes = [np.arange(n) * step / s for n, s in zip(counts, spacing, strict=True)]
    grid = np.meshgrid(*axes, indexing="ij")
    values = ndimage.map_coordinates(sdf, grid, order=1, mode="nearest")
    return np.asarray(values, dtype=np.float32)


def _neighbour_edges(
    nodes: NDArray[np.int64], shape: tuple[int, ...]
) -> tuple[NDArray[np.int64], NDArray[np.int64], NDArray[np.float64]]:
    """Pairs of skeleton voxels that are 26-neighbours, with their distance in voxels."""
    linear = np.asarray(np.ravel_multi_index(tuple(nodes.T), shape), dtype=np.int64)
    order = np.argsort(linear)
    sorted_linear = linear[order]
    rows, cols, lengths = [], [], []
    offsets = [
        (dz, dy, dx)
        for dz in (-1, 0, 1)
        for dy in (-1, 0, 1)
        for dx in (-1, 0, 1)
        if (dz, dy, dx) > (0, 0, 0)
    ]
    for off in offsets:
        moved = nodes + np.asarray(off)
        ok = np.all((moved >= 0) & (moved < np.asarray(shape)), axis=1)
        target = np.ravel_multi_index(moved[ok].T, shape)
        pos = np.searchsorted(sorted_linear, target)
        pos = np.minimum(pos, len(sorted_linear) - 1)
        hit = sorted_linear[pos] == target
        src = np.flatnonzero(ok)[hit]
        rows.append(src)
        cols.append(order[pos[hit]])
        lengths.append(np.full(int(hit.sum()), float(np.linalg.norm(off))))
    return np.concatenate(rows), np.concatenate(cols), np.concatenate(lengths)


@dataclass
class _Graph:
    """Skeleton graph: node coordinates (mm), radii, adjacency lists with edge lengths."""

    xyz: FloatArray
    radius: FloatArray
    adjacency: list[dict[int, float]]
    alive: NDArray[np.bool_]

    def degree(self, n: int) -> int:
        return len(self.adjacency[n])

    def remove(self, n: int) -> None:
        for m in list(self.adjacency[n]):
            del self.adjacency[m][n]
        self.adjacency[n].clear()
        self.alive[n] = False

    def connect(self, a: int, b: int, length: float) -> None:
        self.adjacency[a][b] = length
        self.adjacency[b][a] = length

    def chain(self, start: int, first: int) -> list[int]:
        """Nodes from ``start`` through ``first`` until a node whose degree is not 2."""
        path = [start, first]
        while self.degree(path[-1]) == 2:
            nxt = [m for m in self.adjacency[path[-1]] if m != path[-2]]
            if not nxt or nxt[0] == start:
                break
            path.append(nxt[0])
        return path

    def length(self, path: Sequence[int]) -> float:
        return float(sum(self.adjacency[a][b] for a, b in zip(path[:-1], path[1:], strict=True)))


def _build_graph(skeleton: NDArray[np.bool_], sdf: NDArray[np.float32], step: float) -> _Graph:
    nodes = np.argwhere(skeleton)
    a, b, lengths = _neighbour_edges(nodes, skeleton.shape)
    adjacency: list[dict[int, float]] = [{} for _ in range(len(nodes))]
    for i, j, w in zip(a.tolist(), b.tolist(), (lengths * step).tolist(), strict=True):
        adjacency[i][j] = w
        adjacency[j][i] = w
    radius = np.maximum(-sdf[tuple(nodes.T)].astype(np.float64), step / 2)
    xyz = nodes.astype(np.float64) * step
    return _Graph(xyz, radius, adjacency, np.ones(len(nodes), dtype=bool))


def _simplify_clusters(graph: _Graph) -> None:
    """Drop the redundant voxels of 26-connected skeleton corners (triangles of neighbours).

    Thinning leaves little triangles where a path turns a corner; each would look like a
    junction. A voxel whose neighbours are all connected to each other is redundant.
    """
    changed = True
    while changed:
        changed = False
        for n in np.flatnonzero(graph.alive):
            nb = list(graph.adjacency[n])
            if len(nb) < 2 or len(nb) > 3:
                continue
            if all(m in graph.adjacency[k] for i, k in enumerate(nb) for m in nb[i + 1 :]):
                # Keep connectivity: the neighbours stay linked to each other.
                graph.remove(int(n))
                changed = True


def _prune(graph: _Graph, extra_mm: float) -> None:
    """Remove dead-end twigs no longer than the radius where they start plus ``extra_mm``."""
    for _ in range(8):
        removed = False
        ends = [int(n) for n in np.flatnonzero(graph.alive) if graph.degree(int(n)) == 1]
        for e in ends:
            if not graph.alive[e] or graph.degree(e) != 1:
                continue
            path = graph.chain(e, next(iter(graph.adjacency[e])))
            root = path[-1]
            if graph.degree(root) < 3:
                continue  # a whole isolated piece or a plain path: not a twig
            if graph.length(path) <= graph.radius[root] + extra_mm:
                for n in path[:-1]:
                    graph.remove(n)
                removed = True
        if not removed:
            return


def _bridge(graph: _Graph, labels: NDArray[np.int64], bridge_mm: float) -> None:
    """Join ends of different skeleton pieces across a gap of the mask up to ``bridge_mm``."""
    alive = np.flatnonzero(graph.alive)
    ends = np.array([n for n in alive if graph.degree(int(n)) <= 1], dtype=np.int64)
    if len(ends) < 2:
        return
    # Thinning stops about a radius short of each side of a gap: that much is added.
    reach = bridge_mm + 2.0 * float(np.median(graph.radius[alive]))
    tree = cKDTree(graph.xyz[ends])
    pairs = sorted(
        tree.query_pairs(reach, output_type="set"),
        key=lambda p: float(np.linalg.norm(graph.xyz[ends[p[0]]] - graph.xyz[ends[p[1]]])),
    )
    for i, j in pairs:
        a, b = int(ends[i]), int(ends[j])
        if labels[a] != labels[b]:
            graph.connect(a, b, float(np.linalg.norm(graph.xyz[a] - graph.xyz[b])))
            old, new = labels[b], labels[a]
            labels[labels == old] = new


def _components(graph: _Graph) -> NDArray[np.int64]:
    n = len(graph.xyz)
    labels = np.full(n, -1, dtype=np.int64)
    current = 0
    for start in np.flatnonzero(graph.alive):
        if labels[start] >= 0:
            continue
        stack = [int(start)]
        labels[start] = current
        while stack:
            node = stack.pop()
            for m in graph.adjacency[node]:
                if labels[m] < 0:
                    labels[m] = current
                    stack.append(m)
        current += 1
    return labels


def _main_path(graph: _Graph, focus_mm: FloatArray | None) -> list[int]:
    """The path through the node nearest the focus whose two arms carry the most vessel."""
    alive = np.flatnonzero(graph.alive)
    index = {int(n): k for k, n in enumerate(alive)}
    rows, cols, weights = [], [], []
    for n in alive:
        for m, w in graph.adjacency[int(n)].items():
            rows.append(index[int(n)])
            cols.append(index[m])
            weights.append(w)
    size = len(alive)
    matrix = coo_matrix(
        (np.asarray(weights), (np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64))),
        shape=(size, size),
    ).tocsr()
    if focus_mm is not None and len(focus_mm):
        tree = cKDTree(focus_mm)
        gap, _ = tree.query(graph.xyz[alive])
        start = int(np.argmin(np.asarray(gap) - graph.radius[alive] * 1e-3))
    else:
        # No focus: the thickest point, a node of the trunk.
        start = int(np.argmax(graph.radius[alive]))
    _, found = dijkstra(matrix, directed=False, indices=[start], return_predecessors=True)
    predecessors = found[0]
    degrees = np.array([graph.degree(int(n)) for n in alive])
    ends = [int(k) for k in np.flatnonzero(degrees <= 1) if k != start]
    # Cubed radius: a trunk a third thicker than its branch carries over twice the weight per
    # mm, so the path keeps to the trunk unless the branch is much longer.
    weight = graph.radius[alive] ** 3
    arms: list[tuple[float, list[int]]] = []
    for end in ends:
        if predecessors[end] < 0:
            continue
        path = [end]
        while path[-1] != start:
            path.append(int(predecessors[path[-1]]))
        coords = graph.xyz[alive[path]]
        seg = np.linalg.norm(np.diff(coords, axis=0), axis=1)
        score = float((0.5 * (weight[path[:-1]] + weight[path[1:]]) * seg).sum())
        arms.append((score, path[::-1]))
    arms.sort(key=lambda a: -a[0])
    if not arms:
        return [int(alive[start])]
    best = arms[0][1]
    used = set(best[1:])
    second: list[int] = [start]
    for _, path in arms[1:]:
        if not used.intersection(path[1:]):
            second = path
            break
    joined = second[::-1] + best[1:]
    return [int(alive[k]) for k in joined]


def _resample_polyline(points: FloatArray, step: float) -> FloatArray:
    seg = np.linalg.norm(np.diff(points, axis=0), axis=1)
    s = np.concatenate([[0.0], np.cumsum(seg)])
    if s[-1] <= 0:
        return points[:1]
    n = max(2, int(round(s[-1] / step)) + 1)
    su = np.linspace(0.0, s[-1], n)
    return np.stack([np.interp(su, s, points[:, k]) for k in range(3)], axis=1)


def _smooth(points: FloatArray, sigma_mm: float, step: float) -> FloatArray:
    """Gaussian smoothing along the curve, mirrored through the end points (ends stay put)."""
    if len(points) < 3:
        return points
    pad = min(len(points) - 1, int(np.ceil(3 * sigma_mm / step)))
    head = 2 * points[0] - points[pad:0:-1]
    tail = 2 * points[-1] - points[-2 : -pad - 2 : -1]
    padded = np.vstack([head, points, tail])
    smoothed = ndimage.gaussian_filter1d(padded, sigma_mm / step, axis=0, mode="nearest")
    out: FloatArray = smoothed[pad : pad + len(points)]
    return out


def _extend_end(
    points: FloatArray, sdf: NDArray[np.float32], spacing: Spacing, limit_mm: float
) -> FloatArray:
    """Prolong the first point backwards along the end tangent while inside the mask."""
    if len(points) < 3:
        return points
    k = min(len(points) - 1, 4)
    direction = points[0] - points[k]
    norm = float(np.linalg.norm(direction))
    if norm == 0:
        return points
    direction /= norm
    steps = np.arange(_FINE_STEP_MM, limit_mm + 1e-9, _FINE_STEP_MM)
    if not len(steps):
        return points
    candidates = points[0] + steps[:, None] * direction
    idx = candidates / np.asarray(spacing)
    inside_box = np.all((idx >= 0) & (idx <= np.asarray(sdf.shape) - 1), axis=1)
    values = ndimage.map_coordinates(sdf, idx.T, order=1, mode="nearest")
    inside = inside_box & (values < 0)
    n = int(np.argmin(inside)) if not inside.all() else len(inside)
    if n == 0:
        return points
    return np.vstack([candidates[:n][::-1], points])


def _trim(
    points: FloatArray, head_mm: float, tail_mm: float, near_face: NDArray[np.bool_]
) -> FloatArray:
    """Drop ``head_mm`` and ``tail_mm`` of path at each end, and the end runs near the border.

    At least the middle third of the path is kept.
    """
    n = len(points)
    head = int(head_mm / _FINE_STEP_MM)
    tail = int(tail_mm / _FINE_STEP_MM)
    while head < n and near_face[head]:
        head += 1
    while tail < n and near_face[n - 1 - tail]:
        tail += 1
    head, tail = min(head, n // 3), min(tail, n // 3)
    return points[head : n - tail] if n - head - tail >= 2 else points


def _chord_tangents(points: FloatArray, arclength: FloatArray, half_mm: float) -> FloatArray:
    """Unit tangents as chords from ``s - half_mm`` to ``s + half_mm`` (clamped at the ends)."""
    if len(points) < 2:
        return np.tile([1.0, 0.0, 0.0], (len(points), 1))
    ahead = np.stack(
        [np.interp(arclength + half_mm, arclength, points[:, k]) for k in range(3)], axis=1
    )
    behind = np.stack(
        [np.interp(arclength - half_mm, arclength, points[:, k]) for k in range(3)], axis=1
    )
    t = ahead - behind
    out: FloatArray = t / np.maximum(np.linalg.norm(t, axis=1, keepdims=True), 1e-12)
    return out


def _orient(path: FloatArray) -> FloatArray:
    """Start at the end with the smaller (z, y, x), so the order does not depend on the focus."""
    first, last = tuple(np.round(path[0], 3)), tuple(np.round(path[-1], 3))
    return path[::-1] if last < first else path


def compute_centreline(
    mask: NDArray[np.bool_],
    spacing: Spacing,
    *,
    focus_mm: ArrayLike | None = None,
    origin_mm: ArrayLike = (0.0, 0.0, 0.0),
    step_mm: float = 1.0,
    bridge_mm: float = 6.0,
) -> Centreline:
    """The main centreline of a vessel mask, through the region of interest.

    Parameters
    ----------
    mask
        Boolean vessel mask indexed ``(z, y, x)``; crop it to the region of interest first
        (the centreline covers what the mask holds).
    spacing
        Voxel spacing ``(z, y, x)`` in mm; anisotropic voxels (thick slices) are expected.
    focus_mm
        ``(K, 3)`` points (``(z, y, x)`` mm in the mask's frame, before ``origin_mm``) the main
        path must pass nearest to, typically the tumour's surface; without them the path runs
        through the thickest point.
    origin_mm
        Added to every output coordinate (the crop's position in a larger volume, in mm).
    step_mm
        Distance between output points along the curve.
    bridge_mm
        Largest gap between pieces of the mask that is bridged.

    Returns
    -------
    Centreline
        Ordered points, tangents, radii and branch points (bifurcations of the mask and the
        ends of the vessel that lie inside the mask's array rather than on its border).

    Raises
    ------
    ValidationError
        If the mask is empty.
    """
    spacing = (float(spacing[0]), float(spacing[1]), float(spacing[2]))
    offset = np.asarray(origin_mm, dtype=np.float64)
    if not mask.any():
        raise ValidationError(Message("The vessel mask is empty: segment the vessel first."))
    sp = np.asarray(spacing)
    # Work in the mask's bounding box with a margin: distance and thinning scale with it.
    lo, hi = bounding_box(mask, 2)
    box = tuple(slice(int(a), int(b)) for a, b in zip(lo, hi, strict=True))
    sub = _without_debris(mask[box], sp)
    box_mm = lo * sp
    sdf = signed_distance_mm(sub, spacing)
    step, iso, skeleton = _thinned(sdf, spacing)
    graph = _build_graph(skeleton, iso, step)
    _simplify_clusters(graph)
    _prune(graph, extra_mm=max(step, 2.0, float(sp.max())))
    labels = _components(graph)
    _bridge(graph, labels, bridge_mm)
    focus = None
    if focus_mm is not None:
        focus = np.asarray(focus_mm, dtype=np.float64).reshape(-1, 3) - box_mm
    _keep_main_piece(graph, focus)
    path_nodes = _main_path(graph, focus)
    extent = (np.asarray(mask.shape) - 1) * sp
    points = _smoothed_path(graph, path_nodes, sdf, spacing, step, box_mm, extent, step_mm)
    arclength = np.concatenate([[0.0], np.cumsum(np.linalg.norm(np.diff(points, axis=0), axis=1))])
    # Thick slices leave a staircase along the path whose period is the slice spacing over the
    # cosine of the vessel's tilt; tangents are chords over more than two spacings, which
    # averages it out (on a circular arc a symmetric chord is exactly parallel to the tangent).
    tangents = _chord_tangents(points, arclength, max(3.0, 1.2 * float(sp.max())))
    idx = points / sp
    radii = np.maximum(-ndimage.map_coordinates(sdf, idx.T, order=1, mode="nearest"), 0.0)
    local = Centreline(points + box_mm, tangents, arclength, radii.astype(np.float64))
    ends = [_shifted(p, offset) for p in _end_points(local, mask, sp)]
    line = Centreline(points + box_mm + offset, tangents, arclength, radii.astype(np.float64))
    branch = _branch_points(graph, path_nodes, line, box_mm + offset)
    return line.with_branch_points([*branch, *ends])


def _keep_main_piece(graph: _Graph, focus: FloatArray | None) -> None:
    """Drop the skeleton pieces (after bridging) other than the one nearest the focus."""
    pieces = _components(graph)
    alive = np.flatnonzero(graph.alive)
    if focus is not None and len(focus):
        gap, _ = cKDTree(focus).query(graph.xyz[alive])
        main = pieces[alive[int(np.argmin(gap))]]
    else:
        main = int(np.argmax(np.bincount(pieces[alive])))
    for n in alive:
        if pieces[n] != main:
            graph.remove(int(n))


def _smoothed_path(
    graph: _Graph,
    path_nodes: list[int],
    sdf: NDArray[np.float32],
    spacing: Spacing,
    step: float,
    box_mm: FloatArray,
    extent: FloatArray,
    step_mm: float,
) -> FloatArray:
    """The skeleton path trimmed, smoothed, prolonged and resampled every ``step_mm``.

    Coordinates are mm in the frame of ``sdf`` (whose box starts at ``box_mm`` in an array
    ``extent`` mm large).
    """
    sp = np.asarray(spacing)
    coarse = graph.xyz[path_nodes]
    fine = _resample_polyline(coarse, _FINE_STEP_MM) if len(coarse) > 1 else coarse
    # Thinning bends the last radius of a path towards a corner of the cut (or rounded) end,
    # and along an oblique cut by the array's border over a few radii: cut these off, smooth,
    # then prolong the ends straight while they are inside the vessel.
    radius_end = [float(graph.radius[path_nodes[0]]), float(graph.radius[path_nodes[-1]])]
    to_face = np.minimum(fine + box_mm, extent - fine - box_mm).min(axis=1)
    near_face = to_face < 2.0 * max(radius_end) + float(sp.max())
    fine = _trim(fine, radius_end[0], radius_end[1], near_face)
    fine = _smooth(fine, max(1.5, 0.6 * float(sp.max())), _FINE_STEP_MM)
    fine = _extend_end(fine, sdf, spacing, 2.0 * radius_end[0] + step)
    fine = _extend_end(fine[::-1], sdf, spacing, 2.0 * radius_end[1] + step)[::-1]
    fine = _orient(fine)
    return _resample_polyline(fine, step_mm) if len(fine) > 1 else fine


def _shifted(point: BranchPoint, offset: FloatArray) -> BranchPoint:
    p = np.asarray(point.position_mm) + offset
    return BranchPoint(
        point.kind,
        (float(p[0]), float(p[1]), float(p[2])),
        point.arclength_mm,
        point.offset_mm,
        point.branches,
        point.landmark,
    )


def _branch_points(
    graph: _Graph, path_nodes: list[int], line: Centreline, shift: FloatArray
) -> list[BranchPoint]:
    """Junctions of the pruned skeleton, with the arms that meet there."""
    on_path = set(path_nodes)
    junctions = [int(n) for n in np.flatnonzero(graph.alive) if graph.degree(int(n)) >= 3]
    # Neighbouring junction voxels are one branch point.
    groups: list[list[int]] = []
    seen: set[int] = set()
    for j in junctions:
        if j in seen:
            continue
        group, stack = [], [j]
        seen.add(j)
        while stack:
            n = stack.pop()
            group.append(n)
            for m in graph.adjacency[n]:
                if m not in seen and graph.degree(m) >= 3:
                    seen.add(m)
                    stack.append(m)
        groups.append(group)
    out: list[BranchPoint] = []
    counter = 0
    for group in groups:
        members = set(group)
        arms: list[str] = []
        side_arms: list[list[int]] = []
        for n in group:
            for m in graph.adjacency[n]:
                if m in members:
                    continue
                if m in on_path and n in on_path:
                    if MAIN not in arms:
                        arms.append(MAIN)
                else:
                    counter += 1
                    arms.append(f"branch-{counter}")
                    side_arms.append(graph.chain(n, m))
        arms = [MAIN, *(a for a in arms if a != MAIN)]
        junction = graph.xyz[group].mean(axis=0) + shift
        position = _branch_origin(graph, side_arms, line, shift, junction)
        s, off = line.project(position)
        out.append(
            BranchPoint(
                BIFURCATION,
                (float(position[0]), float(position[1]), float(position[2])),
                round(s, 2),
                round(off, 2),
                tuple(arms),
            )
        )
    return out


def _branch_origin(
    graph: _Graph,
    side_arms: list[list[int]],
    line: Centreline,
    shift: FloatArray,
    junction: FloatArray,
) -> FloatArray:
    """Where a side branch's axis meets the main centreline.

    Thinning puts the junction of a Y where the two tubes' union is widest, a few mm into the
    branch; the branch's own axis, fitted beyond the trunk's wall and prolonged back to the
    centreline, finds the origin a surgeon means. The skeleton junction stays when the branch
    is too short to fit.
    """
    s0, _ = line.project(junction)
    k0 = int(np.argmin(np.abs(line.arclength_mm - s0)))
    trunk_radius = float(line.radii_mm[k0])
    best: FloatArray | None = None
    for arm in side_arms:
        pts = graph.xyz[arm] + shift
        gap = np.array([line.project(p)[1] for p in pts])
        far = pts[(gap >= trunk_radius + 1.0) & (gap <= trunk_radius + 12.0)]
        if len(far) < 4 or np.linalg.norm(far[-1] - far[0]) < 2.0:
            continue
        centre = far.mean(axis=0)
        _, _, vt = np.linalg.svd(far - centre)
        direction = vt[0]
        # Closest approach between the branch's axis (a line) and the centreline's samples.
        rel = line.points_mm - centre
        along = rel @ direction
        dist = np.linalg.norm(rel - along[:, None] * direction, axis=1)
        k = int(np.argmin(dist))
        if dist[k] > trunk_radius or np.linalg.norm(line.points_mm[k] - junction) > (
            2.0 * trunk_radius + 6.0
        ):
            continue
        best = line.points_mm[k]
        break
    return junction if best is None else best


def _end_points(
    line: Centreline, mask: NDArray[np.bool_], spacing: FloatArray
) -> list[BranchPoint]:
    """The centreline's ends where the vessel ends, not where the array's border cuts it.

    An end is cut when the mask reaches the border of the array within a few radii of it
    (thinning and the end's prolongation stop short of an oblique cut by up to two radii).
    ``line`` is in the mask's frame here.
    """
    border = np.zeros(mask.shape, dtype=bool)
    for k in range(3):
        index: list[slice | int] = [slice(None)] * 3
        index[k] = 0
        border[tuple(index)] = True
        index[k] = -1
        border[tuple(index)] = True
    at_border = np.argwhere(mask & border).astype(np.float64) * spacing
    tree = cKDTree(at_border) if len(at_border) else None
    out = []
    for k in (0, len(line.points_mm) - 1):
        p = line.points_mm[k]
        reach = 3.0 * line.end_radius(k > 0) + 2.0 * float(spacing.max())
        if tree is not None and tree.query(p)[0] <= reach:
            continue
        out.append(
            BranchPoint(
                END,
                (float(p[0]), float(p[1]), float(p[2])),
                float(line.arclength_mm[k]),
                0.0,
                (MAIN,),
            )
        )
    return out
