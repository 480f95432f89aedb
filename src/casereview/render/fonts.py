"""The font of text drawn inside images: one that has Chinese glyphs as well as Latin ones.

VTK draws text with FreeType from its own built-in fonts (Arial, Courier, Times), which have no
CJK glyphs: a Chinese corner text or measurement label would show as empty boxes or nothing.
Every text actor of ``render/`` therefore uses :func:`use_image_font`, which points the text
property at a font file with CJK coverage (Noto Sans CJK from Debian's ``fonts-noto-cjk``, or
the system's own CJK font on Windows and macOS). Without one, VTK's Arial is kept and a
warning is logged once: Latin text still shows, Chinese does not.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from functools import cache
from pathlib import Path

from vtkmodules.vtkCommonCore import VTK_FONT_FILE
from vtkmodules.vtkRenderingCore import vtkTextProperty

log = logging.getLogger(__name__)

#: Font files with CJK glyphs, most preferred first: (regular, bold), where they are usually
#: installed (Debian/Ubuntu fonts-noto-cjk, Fedora google-noto-sans-cjk, Arch noto-fonts-cjk,
#: macOS, Windows). A bold file of ``None`` means the regular one is used for bold text too.
KNOWN_FONTS: tuple[tuple[str, str | None], ...] = (
    (
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
    ),
    (
        "/usr/share/fonts/google-noto-sans-cjk-fonts/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/google-noto-sans-cjk-fonts/NotoSansCJK-Bold.ttc",
    ),
    (
        "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc",
    ),
    ("/System/Library/Fonts/PingFang.ttc", None),
    ("/System/Library/Fonts/STHeiti Medium.ttc", None),
    ("C:/Windows/Fonts/msyh.ttc", "C:/Windows/Fonts/msyhbd.ttc"),
    ("C:/Windows/Fonts/simhei.ttf", None),
)

#: Environment variable naming a font file to use instead (a site's own CJK font).
FONT_ENVIRONMENT = "CASEREVIEW_IMAGE_FONT"


def _fontconfig_match(pattern: str) -> str | None:
    """The file fontconfig picks for ``pattern``, if ``fc-match`` is there and finds one."""
    tool = shutil.which("fc-match")
    if tool is None:
        return None
    try:
        found = subprocess.run(
            [tool, "--format=%{file}", pattern], capture_output=True, text=True, timeout=5
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return found or None


@cache
def image_font_files() -> tuple[Path, Path] | None:
    """The (regular, bold) font files for text in images, or ``None`` when there is none.

    Looked up once per process: :data:`FONT_ENVIRONMENT`, then :data:`KNOWN_FONTS`, then what
    fontconfig offers for Simplified Chinese.
    """
    override = os.environ.get(FONT_ENVIRONMENT)
    if override and Path(override).is_file():
        return Path(override), Path(override)
    for regular, bold in KNOWN_FONTS:
        if Path(regular).is_file():
            bold_file = bold if bold is not None and Path(bold).is_file() else regular
            return Path(regular), Path(bold_file)
    regular_match = _fontconfig_match("sans-serif:lang=zh-cn")
    if regular_match and Path(regular_match).is_file():
        bold_match = _fontconfig_match("sans-serif:lang=zh-cn:weight=bold") or regular_match
        return Path(regular_match), Path(bold_match)
    log.warning(
        "no font with Chinese glyphs found (install fonts-noto-cjk or set %s); text in "
        "images is drawn with VTK's Arial",
        FONT_ENVIRONMENT,
    )
    return None


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
