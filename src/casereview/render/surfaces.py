"""Surface models from label maps and iso-values, and the actors that show them.

This is the pipeline every surface in casereview goes through: the demo's reference
segmentation, segments drawn in the segmentation editor, and iso-surfaces of a CT value.

Using it from other code
------------------------
Inputs are plain: a label volume (a NumPy array on the grid of a :class:`Volume`) and one
:class:`~casereview.domain.rendering.SegmentStyle` per segment (label value, name, colour,
opacity, visibility)::

    from casereview.domain.rendering import SegmentStyle
    from casereview.render.surfaces import SurfaceOptions, build_label_surfaces, SurfaceScene

    styles = [SegmentStyle(1, "Tumour", (0.9, 0.16, 0.16)), SegmentStyle(2, "SMV", (0.16, 0.35, 0.9))]
    meshes = build_label_surfaces(labels, ct_volume, styles, SurfaceOptions(), progress, cancel)
    scene = SurfaceScene(renderer)           # any vtkRenderer (the 3-D view's: view.surfaces)
    scene.set_meshes(meshes, styles)
    scene.set_style(SegmentStyle(1, "Tumour", (1, 0, 0), opacity=0.5))   # live changes
    export_surfaces(meshes, styles, Path("case.obj"))                    # or .stl

:func:`build_label_surfaces` needs no OpenGL and may run on a worker thread; the
:class:`SurfaceScene` belongs to the thread that renders. The viewer's 3-D view exposes its
scene as ``PlanesView3D.surfaces`` and a convenience ``PlanesView3D.show_label_map``.

How a surface is made
---------------------
1. The segment's bounding box (plus one voxel) is cut out of the label map, so each segment
   costs in proportion to its size, not the volume's.
2. ``vtkDiscreteFlyingEdges3D`` extracts the boundary of the label value (3.7× faster than
   marching cubes here; VTK's threaded SMP backend helps further, see
   :func:`casereview.render.volume_rendering.enable_threaded_smp`).
3. ``vtkWindowedSincPolyDataFilter`` smooths the voxel staircase without shrinking the shape.
4. ``vtkQuadricDecimation`` reduces the triangles so all surfaces together stay within a
   budget that renders fluidly on software OpenGL (~250k triangles give 11 frames/s there,
   800k only 4; the default budget is 120k), shared among the segments by size. A mesh far
   above its share is first clustered on a coarser grid (``vtkQuadricClustering``, linear
   time): decimating a million-triangle liver directly took 5 s, clustering then decimating
   0.5 s.
5. The mesh is moved from voxel space to patient space (LPS, mm) with the volume's affine,
   and normals are computed there (so a mirrored affine cannot turn surfaces inside out).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import vtkmodules.vtkRenderingOpenGL2  # noqa: F401  (OpenGL implementations)
from numpy.typing import NDArray
from vtkmodules.util.numpy_support import numpy_to_vtk, vtk_to_numpy
from vtkmodules.vtkCommonDataModel import vtkImageData, vtkPolyData
from vtkmodules.vtkCommonTransforms import vtkTransform
from vtkmodules.vtkFiltersCore import (
    vtkAppendPolyData,
    vtkFlyingEdges3D,
    vtkPolyDataNormals,
    vtkQuadricClustering,
    vtkQuadricDecimation,
    vtkTriangleFilter,
    vtkWindowedSincPolyDataFilter,
)
from vtkmodules.vtkFiltersGeneral import vtkDiscreteFlyingEdges3D, vtkTransformFilter
from vtkmodules.vtkIOGeometry import vtkSTLWriter
from vtkmodules.vtkRenderingCore import vtkActor, vtkPolyDataMapper, vtkRenderer

from casereview.domain.progress import CancelToken
from casereview.domain.rendering import SegmentStyle
from casereview.domain.volume import Volume
from casereview.errors import OperationCancelled, ValidationError
from casereview.messages import Message

#: Meshes above this multiple of their triangle budget are clustered before decimation …
CLUSTER_ABOVE = 6.0
#: … down to about this multiple of it.
CLUSTER_TO = 3.0
#: Surface file formats by suffix.
EXPORT_SUFFIXES = (".stl", ".obj")


@dataclass(frozen=True, slots=True)
class SurfaceOptions:
    """How surfaces are made.

    Attributes
    ----------
    smoothing_iterations
        Windowed-sinc iterations (0: no smoothing).
    pass_band
        Windowed-sinc pass band (smaller smooths more; 0.001–0.1 is useful). The default
        removes the terraces of 2.5 mm slices without thinning 3 mm vessels.
    triangle_budget
        Triangles of all surfaces together after decimation (0: no decimation).
    """

    smoothing_iterations: int = 30
    pass_band: float = 0.01
    triangle_budget: int = 120_000


def _subimage(
    mask_or_labels: NDArray[np.generic], spacing: Sequence[float], offset: Sequence[int]
) -> vtkImageData:
    """A ``vtkImageData`` of an array cut from the volume at voxel ``offset``, in image mm."""
    array = np.ascontiguousarray(mask_or_labels)
    image = vtkImageData()
    slices, rows, columns = array.shape
    image.SetDimensions(columns, rows, slices)
    dz, dy, dx = spacing
    image.SetSpacing(dx, dy, dz)
    image.SetOrigin(offset[2] * dx, offset[1] * dy, offset[0] * dz)
    scalars = numpy_to_vtk(array.reshape(-1), deep=True)
    image.GetPointData().SetScalars(scalars)
    return image


def _to_patient(polydata: vtkPolyData, grid: Volume) -> vtkPolyData:
    """Move a mesh from image mm (``index × spacing``) to LPS and compute its normals."""
    matrix = np.eye(4)
    matrix[:3, :3] = grid.direction
    matrix[:3, 3] = grid.origin
    transform = vtkTransform()
    transform.SetMatrix(matrix.ravel().tolist())
    moved = vtkTransformFilter()
    moved.SetInputData(polydata)
    moved.SetTransform(transform)
    normals = vtkPolyDataNormals()
    normals.SetInputConnection(moved.GetOutputPort())
    normals.SplittingOff()
    normals.ConsistencyOn()
    normals.AutoOrientNormalsOn()  # closed surfaces: normals point outwards whatever the affine
    normals.ComputeCellNormalsOff()
    normals.Update()
    out = vtkPolyData()
    out.ShallowCopy(normals.GetOutput())
    return out


def _cluster(polydata: vtkPolyData, reduction: float, voxel: float) -> vtkPolyData:
    """Merge vertices on a grid whose cells hold about ``reduction`` times fewer triangles.

    A surface extracted at voxel resolution has about two triangles per voxel face it
    crosses; a grid cell ``k`` voxels wide gathers ``k²`` of them into one vertex.
    """
    bounds = np.asarray(polydata.GetBounds()).reshape(3, 2)
    extent = np.maximum(bounds[:, 1] - bounds[:, 0], 1e-3)
    cell = math.sqrt(reduction) * voxel
    divisions = [max(2, int(math.ceil(e / cell))) for e in extent]
    clustering = vtkQuadricClustering()
    clustering.SetInputData(polydata)
    clustering.AutoAdjustNumberOfDivisionsOff()
    clustering.SetNumberOfDivisions(*divisions)
    clustering.UseInputPointsOn()
    clustering.Update()
    decimated: vtkPolyData = clustering.GetOutput()
    return decimated


def _smooth_and_reduce(
    polydata: vtkPolyData, options: SurfaceOptions, target_triangles: int | None, voxel: float
) -> vtkPolyData:
    current = polydata
    if options.smoothing_iterations > 0 and current.GetNumberOfPoints() > 0:
        smoother = vtkWindowedSincPolyDataFilter()
        smoother.SetInputData(current)
        smoother.SetNumberOfIterations(options.smoothing_iterations)
        smoother.SetPassBand(options.pass_band)
        smoother.BoundarySmoothingOff()
        smoother.FeatureEdgeSmoothingOff()
        smoother.NonManifoldSmoothingOn()
        smoother.NormalizeCoordinatesOn()
        smoother.Update()
        current = smoother.GetOutput()
    triangles = current.GetNumberOfPolys()
    if target_triangles is not None and triangles > target_triangles > 0:
        if triangles > CLUSTER_ABOVE * target_triangles:
            # Quadric decimation of a million-triangle organ takes seconds; clustering
            # vertices on a coarser grid first is linear and fast, and the decimation that
            # follows restores the quality on a few times the target.
            current = _cluster(current, triangles / (CLUSTER_TO * target_triangles), voxel)
            triangles = current.GetNumberOfPolys()
        if triangles > target_triangles:
            triangulated = vtkTriangleFilter()
            triangulated.SetInputData(current)
            decimate = vtkQuadricDecimation()
            decimate.SetInputConnection(triangulated.GetOutputPort())
            decimate.SetTargetReduction(1.0 - target_triangles / triangles)
            decimate.VolumePreservationOn()
            decimate.Update()
            current = decimate.GetOutput()
    return current


def _budgets(counts: Mapping[int, int], budget: int) -> dict[int, int | None]:
    """Triangles each surface may keep: shares of ``budget`` by size, none below 2,000."""
    total = sum(counts.values())
    if budget <= 0 or total <= budget:
        return dict.fromkeys(counts)
    return {label: max(2000, math.floor(budget * n / total)) for label, n in counts.items()}


def build_label_surfaces(
    labels: NDArray[np.integer],
    grid: Volume,
    segments: Sequence[SegmentStyle],
    options: SurfaceOptions | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    cancel: CancelToken | None = None,
) -> dict[int, vtkPolyData]:
    """A smoothed, decimated surface in patient space for each segment of a label map.

    Parameters
    ----------
    labels
        Label value per voxel, ``(slice, row, column)`` on the grid of ``grid`` (0: none).
    grid
        The volume whose geometry (spacing, origin, direction) the labels share.
    segments
        Which label values to make surfaces of (styles are not used here beyond ``label``).
    options
        Smoothing and triangle budget.
    progress
        Called as ``progress(done, total, message)`` after each segment.
    cancel
        Checked between segments.

    Returns
    -------
    dict
        Label value to ``vtkPolyData`` (LPS mm, with point normals); segments without voxels
        are left out.

    Raises
    ------
    ValidationError
        If the label map does not have the volume's shape.
    OperationCancelled
        If ``cancel`` was set.
    """
    options = options or SurfaceOptions()
    if tuple(labels.shape) != grid.shape:
        raise ValidationError(
            Message(
                "The segmentation does not lie on the grid of the images shown; open the series it "
                "was drawn on."
            )
        )
    wanted = [s.label for s in segments]
    raw: dict[int, vtkPolyData] = {}
    total = len(wanted) * 2
    for number, label in enumerate(wanted):
        if cancel is not None and cancel.cancelled:
            raise OperationCancelled(Message("Making the surfaces was cancelled."))
        mask = labels == label
        where = [
            np.flatnonzero(mask.any(axis=tuple(a for a in range(3) if a != axis)))
            for axis in range(3)
        ]
        if any(len(w) == 0 for w in where):
            continue
        lo = [max(0, int(w[0]) - 1) for w in where]
        hi = [min(n, int(w[-1]) + 2) for w, n in zip(where, labels.shape, strict=True)]
        block = mask[lo[0] : hi[0], lo[1] : hi[1], lo[2] : hi[2]].astype(np.uint8)
        # A one-voxel empty border closes surfaces that touch the box (and the volume edge).
        block = np.pad(block, 1)
        image = _subimage(block, grid.spacing, [v - 1 for v in lo])
        contour = vtkDiscreteFlyingEdges3D()
        contour.SetInputData(image)
        contour.SetValue(0, 1)
        contour.ComputeNormalsOff()
        contour.ComputeGradientsOff()
        contour.ComputeScalarsOff()
        contour.Update()
        raw[label] = contour.GetOutput()
        if progress is not None:
            progress(number + 1, total, Message("Making surfaces"))
    budgets = _budgets({k: v.GetNumberOfPolys() for k, v in raw.items()}, options.triangle_budget)
    meshes: dict[int, vtkPolyData] = {}
    for number, (label, polydata) in enumerate(raw.items()):
        if cancel is not None and cancel.cancelled:
            raise OperationCancelled(Message("Making the surfaces was cancelled."))
        reduced = _smooth_and_reduce(
            polydata, options, budgets[label], float(np.mean(grid.spacing))
        )
        meshes[label] = _to_patient(reduced, grid)
        if progress is not None:
            progress(len(wanted) + number + 1, total, Message("Making surfaces"))
    return meshes


def build_iso_surface(
    volume: Volume, value: float, options: SurfaceOptions | None = None
) -> vtkPolyData:
    """The surface where the CT value crosses ``value`` (e.g. 200 HU: opacified vessels, bone).

    Small fragments of noise are kept; the triangle budget applies to the whole surface.
    """
    options = options or SurfaceOptions()
    image = _subimage(volume.voxels, volume.spacing, (0, 0, 0))
    contour = vtkFlyingEdges3D()
    contour.SetInputData(image)
    contour.SetValue(0, float(value))
    contour.ComputeNormalsOff()
    contour.ComputeGradientsOff()
    contour.ComputeScalarsOff()
    contour.Update()
    reduced = _smooth_and_reduce(
        contour.GetOutput(),
        options,
        options.triangle_budget or None,
        float(np.mean(volume.spacing)),
    )
    return _to_patient(reduced, volume)


def triangle_count(meshes: Mapping[int, vtkPolyData]) -> int:
    """Triangles of all meshes together."""
    return int(sum(m.GetNumberOfPolys() for m in meshes.values()))


class SurfaceScene:
    """Actors of surface meshes in a renderer, one per segment, styled live.

    Parameters
    ----------
    renderer
        Where the actors go.
    """

    def __init__(self, renderer: vtkRenderer) -> None:
        self.renderer = renderer
        self.actors: dict[int, vtkActor] = {}
        self.meshes: dict[int, vtkPolyData] = {}
        self.styles: dict[int, SegmentStyle] = {}
        self._visible = True

    def set_meshes(self, meshes: Mapping[int, vtkPolyData], styles: Sequence[SegmentStyle]) -> None:
        """Show ``meshes`` (label → mesh) styled by ``styles``; earlier surfaces go."""
        self.clear()
        for style in styles:
            mesh = meshes.get(style.label)
            if mesh is None:
                continue
            mapper = vtkPolyDataMapper()
            mapper.SetInputData(mesh)
            mapper.ScalarVisibilityOff()
            actor = vtkActor()
            actor.SetMapper(mapper)
            actor.PickableOff()
            self.actors[style.label] = actor
            self.meshes[style.label] = mesh
            self.renderer.AddViewProp(actor)
            self.set_style(style)

    def set_style(self, style: SegmentStyle) -> None:
        """Apply a segment's colour, opacity and visibility."""
        self.styles[style.label] = style
        actor = self.actors.get(style.label)
        if actor is None:
            return
        prop = actor.GetProperty()
        prop.SetColor(*style.colour)
        prop.SetOpacity(style.opacity)
        prop.SetAmbient(0.15)
        prop.SetDiffuse(0.85)
        prop.SetSpecular(0.2)
        prop.SetSpecularPower(20.0)
        # Fully transparent segments are hidden: a zero-opacity actor would still cost a
        # translucent pass.
        actor.SetVisibility(int(self._visible and style.visible and style.opacity > 0))

    def set_visible(self, visible: bool) -> None:
        """Show or hide all surfaces (each keeps its own visibility)."""
        self._visible = visible
        for style in list(self.styles.values()):
            self.set_style(style)

    def set_clipping_planes(self, planes: object) -> None:
        """Clip every surface by a ``vtkPlaneCollection`` (``None``: no clipping)."""
        for actor in self.actors.values():
            mapper = actor.GetMapper()
            mapper.RemoveAllClippingPlanes()
            if planes is not None:
                mapper.SetClippingPlanes(planes)

    def clear(self) -> None:
        """Remove every surface."""
        for actor in self.actors.values():
            self.renderer.RemoveViewProp(actor)
        self.actors.clear()
        self.meshes.clear()
        self.styles.clear()

    def visible_meshes(self) -> dict[int, vtkPolyData]:
        """Meshes of the segments currently shown."""
        return {
            label: mesh
            for label, mesh in self.meshes.items()
            if self.styles[label].visible and self.styles[label].opacity > 0
        }


def export_surfaces(
    meshes: Mapping[int, vtkPolyData], styles: Sequence[SegmentStyle], path: Path
) -> Path:
    """Write surfaces (LPS mm) for 3-D printing or planning software.

    ``.stl`` (binary) holds all given segments as one mesh: STL has no names or colours.
    ``.obj`` keeps one named group per segment and writes a ``.mtl`` beside it with each
    segment's colour and opacity.

    Raises
    ------
    ValidationError
        If the suffix is neither, or there is nothing to write.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in EXPORT_SUFFIXES:
        raise ValidationError(Message("Save surfaces as .stl or .obj."))
    chosen = [(s, meshes[s.label]) for s in styles if s.label in meshes]
    if not chosen or not any(m.GetNumberOfPolys() for _, m in chosen):
        raise ValidationError(Message("There is no surface to export; show at least one segment."))
    path.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".stl":
        append = vtkAppendPolyData()
        for _, mesh in chosen:
            append.AddInputData(mesh)
        writer = vtkSTLWriter()
        writer.SetInputConnection(append.GetOutputPort())
        writer.SetFileName(str(path))
        writer.SetFileTypeToBinary()
        if not writer.Write():
            raise ValidationError(
                Message("The surfaces could not be written to {path}.", path=path)
            )
        return path
    _write_obj(chosen, path)
    return path


def _safe_name(text: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in text) or "segment"


def _write_obj(chosen: Sequence[tuple[SegmentStyle, vtkPolyData]], path: Path) -> None:
    material_file = path.with_suffix(".mtl")
    lines = [
        "# casereview surface export (patient coordinates LPS, millimetres)",
        f"mtllib {material_file.name}",
    ]
    materials = ["# casereview segment colours"]
    first_vertex = 1
    for style, mesh in chosen:
        triangles = vtkTriangleFilter()
        triangles.SetInputData(mesh)
        triangles.Update()
        tri = triangles.GetOutput()
        if tri.GetNumberOfPolys() == 0:
            continue
        points = vtk_to_numpy(tri.GetPoints().GetData())
        cells = vtk_to_numpy(tri.GetPolys().GetConnectivityArray()).reshape(-1, 3)
        normals_array = tri.GetPointData().GetNormals()
        name = f"{style.label}_{_safe_name(style.name)}"
        materials += [
            f"newmtl {name}",
            "Kd {:.4f} {:.4f} {:.4f}".format(*style.colour),
            f"d {style.opacity:.3f}",
            "",
        ]
        lines += [f"g {name}", f"usemtl {name}"]
        lines += [f"v {x:.4f} {y:.4f} {z:.4f}" for x, y, z in points]
        if normals_array is not None:
            normals = vtk_to_numpy(normals_array)
            lines += [f"vn {x:.4f} {y:.4f} {z:.4f}" for x, y, z in normals]
            faces = cells + first_vertex
            lines += [f"f {a}//{a} {b}//{b} {c}//{c}" for a, b, c in faces]
        else:
            faces = cells + first_vertex
            lines += [f"f {a} {b} {c}" for a, b, c in faces]
        first_vertex += len(points)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    material_file.write_text("\n".join(materials) + "\n", encoding="utf-8")
