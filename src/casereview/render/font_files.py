"""Where the font with Chinese glyphs is: found once per process, without loading VTK.

Text drawn inside images (``render.fonts``) and the PDF reports (``ui.reports``, with Qt) need
the same thing: a font file that covers Latin, accented and Chinese text. Noto Sans CJK (Debian's
``fonts-noto-cjk``, listed in ``packaging/system-packages.txt``) covers all three; on Windows and
macOS the system's own CJK font. This module only finds the files, so a PDF can be written
without importing VTK.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from functools import cache
from pathlib import Path

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
    """The (regular, bold) CJK-capable font files, or ``None`` when there is none.

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
        "no font with Chinese glyphs found (install fonts-noto-cjk or set %s); Chinese text in "
        "images and reports cannot be shown",
        FONT_ENVIRONMENT,
    )
    return None
