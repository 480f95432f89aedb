"""Volume rendering of a CT volume: mapper choice, transfer functions, quality, crop and clip.

Which ray caster fits the machine
---------------------------------
On a real GPU, VTK's GPU ray caster is fast at full quality. On software OpenGL (Mesa's
llvmpipe, softpipe or SWR, the case of office PCs without a graphics driver and of virtual
machines) the GPU path runs in the CPU's rasteriser: ~3 frames/s for 512×512×400 at 800×600,
~4 s a still frame. VTK's fixed-point CPU ray caster reaches ~18 frames/s at reduced sampling
and ~120 ms at full quality there (PLATFORM-NOTES). :func:`choose_mapper_kind` decides from
the OpenGL renderer string, so the decision is a pure function a test can check.

While the user rotates, :meth:`VolumeRendering.set_interactive` drops to reduced sampling
(fewer rays, coarser steps along them), adapted after each frame to keep ~15 frames/s
(:meth:`VolumeRendering.frame_rendered`); when the mouse stops, the host renders once more at
full quality. VTK's own time-budget adjustment (``AutoAdjustSampleDistances``) is switched off:
it shares the frame budget among all props of the renderer (outline, crosshair, surfaces) and
also changed still frames with the last frame's timing, while captures and tests need the
still quality to be exact.
"""

from __future__ import annotations

import enum
import logging
import os
from collections.abc import Sequence

import numpy as np
import vtkmodules.vtkRenderingOpenGL2  # registers the OpenGL implementations
import vtkmodules.vtkRenderingVolumeOpenGL2  # noqa: F401  (the GPU ray caster's implementation)
from numpy.typing import NDArray
from vtkmodules.vtkCommonCore import vtkSMPTools
from vtkmodules.vtkCommonDataModel import vtkPiecewiseFunction, vtkPlane, vtkPlaneCollection
from vtkmodules.vtkRenderingCore import (
    vtkColorTransferFunction,
    vtkRenderer,
    vtkRenderWindow,
    vtkVolume,
    vtkVolumeProperty,
)
from vtkmodules.vtkRenderingVolume import (
    vtkFixedPointVolumeRayCastMapper,
    vtkGPUVolumeRayCastMapper,
)

from casereview.domain.rendering import BlendMode, TransferFunction
from casereview.domain.volume import Volume
from casereview.render.slice_pipeline import patient_to_image, volume_image, vtk_matrix

log = logging.getLogger(__name__)

#: Substrings of ``GL_RENDERER`` that mean OpenGL runs in software on the CPU.
SOFTWARE_RENDERERS = ("llvmpipe", "softpipe", "swr", "software rasterizer", "gdi generic")

#: Frame time aimed at while interacting (15 frames/s, with a margin for the rest of the scene).
INTERACTIVE_FRAME_S = 0.8 / 15.0
#: Pixels between rays while interacting: where it starts, and the range it adapts in. 2 casts
#: a quarter of the rays (~19 frames/s for 512×512×320 at 800×600 on 2 idle cores with
#: llvmpipe); a busy or slower machine moves towards 4 (a sixteenth), a faster one towards 1.5.
INTERACTIVE_IMAGE_SAMPLE_DISTANCE = 2.0
INTERACTIVE_IMAGE_SAMPLE_RANGE = (1.5, 4.0)
#: Step along rays while interacting, as a multiple of the still step.
INTERACTIVE_STEP_FACTOR = 2.0


class MapperKind(enum.StrEnum):
    """Which volume ray caster renders."""

    GPU = "gpu"  #: vtkGPUVolumeRayCastMapper (real graphics hardware)
    CPU = "cpu"  #: vtkFixedPointVolumeRayCastMapper (software OpenGL)


def opengl_renderer(window: vtkRenderWindow) -> str:
    """The ``GL_RENDERER`` string of ``window``'s OpenGL context (rendering once if needed)."""
    # Only a window that has rendered has a context to ask (asking an X window before that
    # crashes).
    if window.GetNeverRendered():
        window.Render()
    for line in window.ReportCapabilities().splitlines():
        if line.strip().lower().startswith("opengl renderer string"):
            return line.split(":", 1)[1].strip()
    return ""


def is_software_opengl(renderer: str) -> bool:
    """Whether a ``GL_RENDERER`` string names a software rasteriser (no GPU)."""
    lowered = renderer.lower()
    return any(name in lowered for name in SOFTWARE_RENDERERS)


def choose_mapper_kind(renderer: str) -> MapperKind:
    """The ray caster for an OpenGL renderer: CPU on software OpenGL, else GPU.

    An unknown (empty) renderer string counts as software: the CPU ray caster is slow on no
    machine, the GPU one is unusable on software OpenGL.
    """
    if not renderer.strip() or is_software_opengl(renderer):
        return MapperKind.CPU
    return MapperKind.GPU


def enable_threaded_smp() -> str:
    """Switch VTK's SMP tools to the threaded backend when the wheel has it.

    VTK's wheels start with the sequential backend; the STDThread one made contouring and
    the CPU ray caster's gradient pass up to 1.6× faster on two cores (PLATFORM-NOTES,
    ``benchmarks/bench_render.py``). Returns the backend in use afterwards.
    """
    if vtkSMPTools.GetBackend() != "STDThread":
        vtkSMPTools.SetBackend("STDThread")
    return str(vtkSMPTools.GetBackend())


class VolumeRendering:
    """A CT volume as a ray-cast ``vtkVolume`` placed in patient space (LPS, mm).

    Parameters
    ----------
    volume
        The voxels; shared with VTK, not copied (keep it alive as long as this object).
    kind
        Which ray caster renders.
    preset
        The transfer function shown first.

    Attributes
    ----------
    prop
        The ``vtkVolume`` to add to a renderer.
    """

    def __init__(self, volume: Volume, kind: MapperKind, preset: TransferFunction) -> None:
        self.volume = volume
        self.kind = kind
        self.image = volume_image(volume)
        if kind is MapperKind.GPU:
            self.mapper: vtkGPUVolumeRayCastMapper | vtkFixedPointVolumeRayCastMapper = (
                vtkGPUVolumeRayCastMapper()
            )
        else:
            self.mapper = vtkFixedPointVolumeRayCastMapper()
            # One ray-casting thread per core (0 would mean one thread, not "automatic").
            self.mapper.SetNumberOfThreads(max(1, os.cpu_count() or 1))
        self.mapper.SetInputData(self.image)
        self.mapper.AutoAdjustSampleDistancesOff()
        # Steps along a ray at full quality: the finest voxel spacing. Half of it (as some
        # slicers use) looked the same on CT angiography and cost 1.8× the time.
        self.still_step = float(min(volume.spacing))
        self.colours = vtkColorTransferFunction()
        self.opacities = vtkPiecewiseFunction()
        self.gradient_opacities = vtkPiecewiseFunction()
        self.property = vtkVolumeProperty()
        self.property.SetColor(self.colours)
        self.property.SetScalarOpacity(self.opacities)
        self.property.SetInterpolationTypeToLinear()
        self.prop = vtkVolume()
        self.prop.SetMapper(self.mapper)
        self.prop.SetProperty(self.property)
        # Image coordinates (index × spacing) to LPS: the volume's direction and origin.
        self.prop.SetUserMatrix(vtk_matrix(np.linalg.inv(patient_to_image(volume))))
        self.preset = preset
        self.interactive = False
        self.interactive_spacing = INTERACTIVE_IMAGE_SAMPLE_DISTANCE
        self.crop_fractions: tuple[float, float, float, float, float, float] | None = None
        self.clip_plane: tuple[NDArray[np.float64], NDArray[np.float64]] | None = None
        self.apply(preset)
        self.set_interactive(False)

    # --- appearance --------------------------------------------------------------------

    def apply(self, preset: TransferFunction) -> None:
        """Show ``preset`` (colours, opacities, shading, composite or MIP)."""
        self.preset = preset
        self.colours.RemoveAllPoints()
        for colour in preset.colours:
            self.colours.AddRGBPoint(colour.value, *colour.rgb)
        self.opacities.RemoveAllPoints()
        for opacity in preset.opacities:
            self.opacities.AddPoint(opacity.value, opacity.opacity)
        if preset.gradient_opacities:
            self.gradient_opacities.RemoveAllPoints()
            for gradient in preset.gradient_opacities:
                self.gradient_opacities.AddPoint(gradient.value, gradient.opacity)
            self.property.SetGradientOpacity(self.gradient_opacities)
            self.property.DisableGradientOpacityOff()
        else:
            self.property.DisableGradientOpacityOn()
        mip = preset.blend is BlendMode.MIP
        self.property.SetShade(int(preset.shade and not mip))
        self.property.SetAmbient(preset.ambient)
        self.property.SetDiffuse(preset.diffuse)
        self.property.SetSpecular(preset.specular)
        self.property.SetSpecularPower(preset.specular_power)
        if mip:
            self.mapper.SetBlendModeToMaximumIntensity()
        else:
            self.mapper.SetBlendModeToComposite()

    def set_shading(self, shade: bool) -> None:
        """Light the rendering (or not), keeping the rest of the preset."""
        self.property.SetShade(int(shade and self.preset.blend is not BlendMode.MIP))

    # --- quality -----------------------------------------------------------------------

    def set_interactive(self, interactive: bool) -> None:
        """Reduced sampling while the user moves the camera, full quality when still."""
        self.interactive = interactive
        factor = INTERACTIVE_STEP_FACTOR if interactive else 1.0
        self.mapper.SetSampleDistance(self.still_step * factor)
        self.mapper.SetImageSampleDistance(self.interactive_spacing if interactive else 1.0)
        if isinstance(self.mapper, vtkFixedPointVolumeRayCastMapper):
            self.mapper.SetInteractiveSampleDistance(self.still_step * INTERACTIVE_STEP_FACTOR)

    def frame_rendered(self, seconds: float) -> None:
        """Adapt the interactive ray spacing to the time the last interactive frame took.

        The number of rays grows with the inverse square of their spacing, so the spacing is
        scaled by the square root of (time taken / time aimed at), within
        :data:`INTERACTIVE_IMAGE_SAMPLE_RANGE`. Still frames are never adapted.
        """
        if not self.interactive or seconds <= 0:
            return
        low, high = INTERACTIVE_IMAGE_SAMPLE_RANGE
        wanted = self.interactive_spacing * (seconds / INTERACTIVE_FRAME_S) ** 0.5
        # Move half-way: one slow frame (a hiccup of the machine) does not blur the next ones.
        self.interactive_spacing = float(
            np.clip((self.interactive_spacing + wanted) / 2.0, low, high)
        )
        self.mapper.SetImageSampleDistance(self.interactive_spacing)

    # --- crop box and clipping plane ---------------------------------------------------

    def image_bounds(self) -> tuple[float, float, float, float, float, float]:
        """Bounds of the volume in its image coordinates (``index × spacing``)."""
        slices, rows, columns = self.volume.shape
        dz, dy, dx = self.volume.spacing
        return (0.0, (columns - 1) * dx, 0.0, (rows - 1) * dy, 0.0, (slices - 1) * dz)

    def set_crop(self, fractions: Sequence[float] | None) -> None:
        """Show only a box of the volume.

        Parameters
        ----------
        fractions
            ``(column min, column max, row min, row max, slice min, slice max)`` as fractions
            0–1 of the volume's extent along its own axes; ``None`` shows everything.
        """
        if fractions is None:
            self.crop_fractions = None
            self.mapper.CroppingOff()
            return
        f = np.clip(np.asarray(fractions, dtype=np.float64), 0.0, 1.0)
        for axis in range(3):
            if f[2 * axis] > f[2 * axis + 1]:
                f[2 * axis], f[2 * axis + 1] = f[2 * axis + 1], f[2 * axis]
        x0, x1, y0, y1, z0, z1 = (float(v) for v in f)
        self.crop_fractions = (x0, x1, y0, y1, z0, z1)
        bounds = np.asarray(self.image_bounds())
        planes = [
            bounds[2 * axis] + f[2 * axis + side] * (bounds[2 * axis + 1] - bounds[2 * axis])
            for axis in range(3)
            for side in (0, 1)
        ]
        self.mapper.SetCroppingRegionPlanes(*planes)
        self.mapper.SetCroppingRegionFlagsToSubVolume()
        self.mapper.CroppingOn()

    def set_clip_plane(
        self,
        origin: Sequence[float] | NDArray[np.float64] | None,
        normal: Sequence[float] | NDArray[np.float64] | None = None,
    ) -> None:
        """Cut away what lies on the ``normal`` side of a plane (LPS); ``None`` removes it.

        The volume mappers take clipping planes in world coordinates (patient space here).
        """
        self.mapper.RemoveAllClippingPlanes()
        if origin is None or normal is None:
            self.clip_plane = None
            return
        n = np.asarray(normal, dtype=np.float64)
        n = n / (np.linalg.norm(n) or 1.0)
        o = np.asarray(origin, dtype=np.float64)
        self.clip_plane = (o, n)
        plane = vtkPlane()
        plane.SetOrigin(*o)
        # VTK keeps the side the normal points to; the user's normal points at what goes.
        plane.SetNormal(*(-n))
        self.mapper.AddClippingPlane(plane)

    def clipping_planes(self) -> vtkPlaneCollection | None:
        """The mapper's clipping planes (for surfaces that should be cut alike)."""
        planes: vtkPlaneCollection | None = self.mapper.GetClippingPlanes()
        return planes

    # --- data --------------------------------------------------------------------------

    def prepare(self, renderer: vtkRenderer) -> None:
        """Compute what the first frame would (blocking; see ``PlanesView3D.prepare_volume``).

        The CPU ray caster builds its gradient (shading) and min-max (empty-space skipping)
        tables for the whole volume: seconds for 512×512×300. The GPU ray caster uploads its
        texture at the first frame, which is quick on a GPU: nothing to do ahead.
        """
        if isinstance(self.mapper, vtkFixedPointVolumeRayCastMapper):
            self.mapper.PerVolumeInitialization(renderer, self.prop)

    def data_changed(self) -> None:
        """Voxels were filled in place (progressive loading): render them again."""
        self.image.GetPointData().GetScalars().Modified()
        self.image.Modified()
