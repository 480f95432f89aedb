"""Chinese text drawn by VTK inside the images (corner texts, measurement labels) is readable.

VTK's built-in Arial has no CJK glyphs: every Chinese character comes out as nothing, so the
Chinese interface showed "74/200" and "39.8 mm" with the words gone. Needs Xvfb (VTK inside Qt).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from gui_helpers import SCREENSHOTS
from numpy.typing import NDArray
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from vtkmodules.util.numpy_support import vtk_to_numpy
from vtkmodules.vtkCommonCore import VTK_FONT_FILE
from vtkmodules.vtkCommonDataModel import vtkImageData
from vtkmodules.vtkRenderingCore import vtkTextProperty, vtkTextRenderer

from casereview.app.context import AppContext
from casereview.app.qt_setup import install_translations
from casereview.demo.install import install_demo
from casereview.domain.annotations import AnnotationDraft, AnnotationKind, ImageReference
from casereview.domain.settings import Language
from casereview.render.annotation_actors import AnnotationLayer2D
from casereview.render.capture import screenshot, write_png
from casereview.render.fonts import image_font_files
from casereview.services.annotations import create_annotation, list_annotations
from casereview.services.volumes import load_series_volume
from casereview.session import Layout, Orientation, SeriesInfo
from casereview.ui.viewer import ViewerWidget
from casereview.ui.viewer.tool_kinds import annotation_summary

pytestmark = [
    pytest.mark.gui,
    pytest.mark.xvfb,
    pytest.mark.skipif(not os.environ.get("DISPLAY"), reason="VTK inside Qt needs an X display"),
]

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    translators = install_translations(qapp, Language.CHINESE_SIMPLIFIED)
    assert len(translators) >= 2, "the Chinese catalogues did not load"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def _ink(prop: vtkTextProperty, text: str) -> NDArray[np.uint8]:
    """The alpha channel of ``text`` rendered alone with ``prop`` (VTK's own rasteriser)."""
    image = vtkImageData()
    assert vtkTextRenderer.GetInstance().RenderString(prop, text, image, [0, 0], 96)
    width, height, _ = image.GetDimensions()
    pixels = vtk_to_numpy(image.GetPointData().GetScalars()).reshape(height, width, -1)
    return np.asarray(pixels[..., -1])


def _same_size_copy(prop: vtkTextProperty) -> vtkTextProperty:
    copy = vtkTextProperty()
    copy.ShallowCopy(prop)
    return copy


def test_chinese_corner_texts_and_labels_are_drawn_with_a_cjk_font(
    chinese: None, context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    fonts = image_font_files()
    assert fonts is not None, "no CJK font found: install fonts-noto-cjk"
    demo = install_demo(
        context.db,
        tmp_path / "demo",
        context.user.username,
        staging_dir=context.paths.imports,
        quarantine_dir=context.paths.quarantine,
        small=True,
    )
    series_id = demo.case.series_ids[1]
    volume = load_series_volume(context.db, series_id)
    viewer = ViewerWidget(volume, SeriesInfo(series_id, "Portal venous", "CT"))
    qtbot.addWidget(viewer)
    viewer.resize(900, 760)
    viewer.show()
    qtbot.waitExposed(viewer)
    viewer.set_layout(Layout.ONE)
    session = viewer.session
    centre = np.asarray(demo.demo.ground_truth.tumour.centre_lps_mm)
    session.set_crosshair(centre)
    widget = viewer.slice_widgets[("primary", Orientation.AXIAL)]
    view = widget.view

    # A length across the tumour, stored through the service as the tools would store it.
    plane = view.source.plane
    assert plane is not None
    ends = tuple(tuple(float(v) for v in centre + s * 15.0 * plane.u) for s in (-1.0, 1.0))
    draft = AnnotationDraft(
        AnnotationKind.LENGTH,
        ends,
        ImageReference(volume.series_instance_uid, "", volume.frame_of_reference_uid),
    )
    create_annotation(context.db, demo.case.id, draft, context.user.username, volume)
    session.set_annotations(list_annotations(context.db, demo.case.id))
    layer = AnnotationLayer2D(view, annotation_summary)
    qtbot.wait(300)

    # The words are Chinese...
    corner = view.corner_texts()["lower_left"]
    (label,) = layer.label_texts()
    assert CJK.search(corner), corner
    assert CJK.search(label), label

    # ...and every text actor draws them with the CJK font file.
    props = [actor.GetTextProperty() for actor in view.corner_actors.values()]
    props += [actor.GetTextProperty() for actor in view.edge_actors.values()]
    props += [view.scale_text.GetTextProperty()]
    for prop in props:
        assert prop.GetFontFamily() == VTK_FONT_FILE
        assert Path(prop.GetFontFile()) in fonts

    # Not tofu: with that font each character has its own glyph; VTK's default font draws none.
    word = CJK.search(corner).group(0)
    configured = props[0]
    default = vtkTextProperty()
    default.SetFontSize(configured.GetFontSize())
    assert _ink(default, word).sum() == 0, "VTK's Arial unexpectedly has CJK glyphs"
    first, second = (_ink(_same_size_copy(configured), c) for c in ("轴", "位"))
    assert first.sum() > 0 and second.sum() > 0
    assert first.shape != second.shape or not np.array_equal(first, second)

    # The picture a person looks at: the render window itself (grab() of OpenGL is black).
    pixels = screenshot(widget.GetRenderWindow())
    write_png(pixels, SCREENSHOTS / "cjk_in_images_zh_CN.png")
    # The corner text's box on screen holds bright text pixels, not an empty patch.
    box = [0.0] * 4
    view.corner_actors["lower_left"].GetBoundingBox(view.renderer, box)
    x0, x1, y0, y1 = (int(v) for v in box)
    height = pixels.shape[0]
    patch = pixels[height - y1 : height - y0, x0:x1]
    assert patch.size and (patch.max(axis=-1) > 180).sum() > 50
    viewer.shutdown()
