"""The interface in Chinese and French."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from casereview.app.context import AppContext
from casereview.app.qt_setup import install_translations
from casereview.domain.settings import Language
from casereview.errors import CasereviewError
from casereview.resource_files import resource_path
from casereview.ui.errors import CORE_ERROR_TITLES
from casereview.ui.shell import ShellWindow
from gui_helpers import save_screenshot

pytestmark = pytest.mark.gui

REPO = Path(__file__).resolve().parents[2]
LANGUAGES = [Language.FRENCH, Language.CHINESE_SIMPLIFIED]


@pytest.fixture
def translated(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[Language]:
    language: Language = request.param
    translators = install_translations(qapp, language)
    yield language
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.mark.parametrize(
    ("translated", "file_menu", "hide_action"),
    [
        (Language.FRENCH, "&Fichier", "&Masquer l’identité du patient"),
        (Language.CHINESE_SIMPLIFIED, "文件(&F)", "隐藏患者身份信息(&H)"),
    ],
    indirect=["translated"],
)
def test_main_window_in_another_language(
    translated: Language, file_menu: str, hide_action: str, context: AppContext, qtbot: QtBot
) -> None:
    window = ShellWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    titles = [m.title() for m in window.menuBar().findChildren(QMenu)]
    assert file_menu in titles
    assert window.action_registry.action("casereview.view.hide_phi").text() == hide_action
    save_screenshot(window, f"main_window_{translated.value}")
    window.close()


def _lupdate(tmp_path: Path) -> list[Path]:
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    copies = []
    for language in LANGUAGES:
        source = resource_path("translations", f"casereview_{language.value}.ts")
        copy = tmp_path / source.name
        shutil.copy(source, copy)
        copies.append(copy)
    sources = sorted(
        str(p) for d in ("ui", "app") for p in (REPO / "src/casereview" / d).rglob("*.py")
    )
    subprocess.run(
        [str(tool), "-no-obsolete", *sources, "-ts", *map(str, copies)],
        check=True,
        capture_output=True,
    )
    return copies


def test_every_visible_string_is_translated(tmp_path: Path) -> None:
    for ts_file in _lupdate(tmp_path):
        text = ts_file.read_text(encoding="utf-8")
        assert 'type="unfinished"' not in text, (
            f"{ts_file.name}: new strings need translating (make translations, then Qt Linguist)"
        )


def test_compiled_translations_match_their_sources(tmp_path: Path) -> None:
    tool = Path(sys.executable).with_name("pyside6-lrelease")
    for language in LANGUAGES:
        source = resource_path("translations", f"casereview_{language.value}.ts")
        compiled = tmp_path / f"{language.value}.qm"
        subprocess.run(
            [str(tool), str(source), "-qm", str(compiled)], check=True, capture_output=True
        )
        shipped = resource_path("translations", f"casereview_{language.value}.qm")
        assert compiled.read_bytes() == shipped.read_bytes(), "run make translations"


def test_every_core_error_title_is_marked_for_translation() -> None:
    def subclasses(cls: type) -> list[type]:
        return [cls] + [s for sub in cls.__subclasses__() for s in subclasses(sub)]

    titles = {cls.title for cls in subclasses(CasereviewError)}
    assert titles <= set(CORE_ERROR_TITLES)
