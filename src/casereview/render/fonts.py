"""The font of text drawn inside images: one that has Chinese glyphs as well as Latin ones.

VTK draws text with FreeType from its own built-in fonts (Arial, Courier, Times), which have no
CJK glyphs: a Chinese corner text or measurement label would show as empty boxes or nothing.
Every text actor of ``render/`` therefore uses :func:`use_image_font`, which points the text
property at a font file with CJK coverage (Noto Sans CJK from Debian's ``fonts-noto-cjk``, or
the system's own CJK font on Windows and macOS). Without one, VTK's Arial is kept and a
warning is logged once: Latin text still shows, Chinese does not.
"""

from __future__ import annotations

from vtkmodules.vtkCommonCore import VTK_FONT_FILE
from vtkmodules.vtkRenderingCore import vtkTextProperty

from casereview.render.font_files import image_font_files

__all__ = ["image_font_files", "use_image_font"]


def use_image_font(prop: vtkTextProperty) -> None:
    """Draw ``prop``'s text with the CJK-capable font (bold file when ``prop`` is bold).

    Call it after setting bold or not; without a CJK font the property is left as it is.
    """
    files = image_font_files()
    if files is None:
        return
    regular, bold = files
    prop.SetFontFamily(VTK_FONT_FILE)
    prop.SetFontFile(str(bold if prop.GetBold() else regular))
