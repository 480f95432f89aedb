"""The interface in Chinese and French, core messages included, and nothing left untranslated.

Three checks fail on text a user would see in English only: (a) every message template of the
core is in the core catalogues with a finished French and Chinese translation (and the core
builds no user-visible text outside ``Message``); (b) no string literal with letters is handed
to a Qt text setter or widget constructor in ``ui/`` and ``app/`` without ``tr``/``translate``;
(c) every ``tr``/``translate`` source text of ``ui/`` and ``app/`` has a finished translation.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from gui_helpers import save_screenshot
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from casereview.app.context import AppContext
from casereview.app.qt_setup import install_translations
from casereview.domain.settings import Language
from casereview.errors import CasereviewError, DatabaseBusyError, ValidationError
from casereview.messages import Message
from casereview.resource_files import resource_path
from casereview.ui.errors import ErrorPresenter
from casereview.ui.shell import ShellWindow

pytestmark = pytest.mark.gui

REPO = Path(__file__).resolve().parents[2]
LANGUAGES = [Language.FRENCH, Language.CHINESE_SIMPLIFIED]
CATALOGUES = ("casereview", "casereview_core")
FRONT_ENDS = [REPO / "src/casereview" / d for d in ("ui", "app")]


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


@pytest.mark.parametrize(
    ("translated", "title", "text"),
    [
        (
            Language.FRENCH,
            "Veuillez vérifier la saisie",
            "Un nom peut comporter au plus 1\u202f234 caractères.",
        ),
        (Language.CHINESE_SIMPLIFIED, "请检查输入", "姓名最多 1,234 个字符。"),
    ],
    indirect=["translated"],
)
def test_core_errors_are_shown_translated_with_local_numbers(
    translated: Language, title: str, text: str, qtbot: QtBot
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    presenter = ErrorPresenter(parent)
    error = ValidationError(Message("A name may have at most {limit} characters.", limit=1234))
    with qtbot.waitSignal(presenter.shown) as shown:
        presenter.present(error)
    shown_title, shown_text = shown.args
    assert shown_title == title
    # The group separator is the locale's (French: a narrow no-break space in recent Qt).
    assert shown_text.replace("\u00a0", "\u202f") == text
    assert str(error) == "A name may have at most 1234 characters."  # the CLI's English
    assert presenter.current_box is not None
    presenter.current_box.close()


# --- (a) the core's messages ---------------------------------------------------------------


def _core_messages() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "core_messages", REPO / "packaging/core_messages.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_the_core_shows_no_text_outside_its_messages() -> None:
    found = _core_messages().collect()
    assert found.templates, "no Message found: is the scan broken?"
    problems = [f"{location}: {why}" for location, why in found.problems]
    assert not problems, "wrap these in casereview.messages.Message:\n" + "\n".join(problems)


def test_every_core_message_is_translated_in_the_core_catalogues() -> None:
    tool = _core_messages()
    templates = tool.collect().templates
    fields = re.compile(r"\{[^{}]*\}")
    for language in LANGUAGES:
        ts_file = resource_path("translations", f"casereview_core_{language.value}.ts")
        catalogue = tool.read_catalogue(ts_file)
        missing = sorted(t for t in templates if not catalogue.get(t))
        assert not missing, (
            f"{ts_file.name}: untranslated core messages (make translations, then translate):\n"
            + "\n".join(missing)
        )
        for template, translation in catalogue.items():
            if translation:
                assert sorted(fields.findall(translation)) == sorted(fields.findall(template)), (
                    f"{ts_file.name}: the fields of {template!r} differ in {translation!r}"
                )


def test_every_core_error_title_is_a_message() -> None:
    def subclasses(cls: type) -> list[type]:
        return [cls] + [s for sub in cls.__subclasses__() for s in subclasses(sub)]

    assert all(isinstance(cls.title, Message) for cls in subclasses(CasereviewError))
    assert isinstance(DatabaseBusyError.title, Message)


# --- (b) literals handed to Qt ---------------------------------------------------------------

#: Qt methods that show their text arguments to the user.
TEXT_SETTERS = frozenset(
    {
        "setText",
        "setWindowTitle",
        "setToolTip",
        "setStatusTip",
        "setWhatsThis",
        "setPlaceholderText",
        "setTitle",
        "setLabelText",
        "setInformativeText",
        "setDetailedText",
        "setCancelButtonText",
        "setTabText",
        "setTabToolTip",
        "setItemText",
        "setHeaderLabel",
        "setHeaderLabels",
        "setHorizontalHeaderLabels",
        "setVerticalHeaderLabels",
        "setSpecialValueText",
        "showMessage",
        "addItem",
        "addItems",
        "insertItem",
        "addTab",
        "insertTab",
        "addMenu",
        "addAction",
        "addButton",
        "addRow",
        "setAccessibleName",
        "setAccessibleDescription",
    }
)
#: Widgets and items whose constructors take text the user sees.
TEXT_CONSTRUCTORS = frozenset(
    {
        "QLabel",
        "QPushButton",
        "QCheckBox",
        "QRadioButton",
        "QGroupBox",
        "QAction",
        "QMenu",
        "QToolButton",
        "QCommandLinkButton",
        "QMessageBox",
        "QProgressDialog",
        "QTableWidgetItem",
        "QTreeWidgetItem",
        "QListWidgetItem",
        "QStandardItem",
        "QDockWidget",
    }
)
#: Static QMessageBox helpers (parent, title, text, ...).
MESSAGE_BOXES = frozenset({"information", "warning", "critical", "question", "about"})


#: Rich-text markup, and the product's name, which no language translates.
NOT_WORDS = re.compile(r"<[^>]*>|casereview")


def _letters(node: ast.expr) -> bool:
    """Whether ``node`` is literal text with letters (not wrapped in ``tr``/``translate``)."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and any(
            c.isalpha() for c in NOT_WORDS.sub("", node.value)
        )
    if isinstance(node, ast.JoinedStr):
        return any(_letters(part) for part in node.values if isinstance(part, ast.Constant))
    if isinstance(node, ast.BinOp):
        return _letters(node.left) or _letters(node.right)
    if isinstance(node, ast.List | ast.Tuple):
        return any(_letters(element) for element in node.elts)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        # "...".format(...) and "...".join(...) build from a literal
        return node.func.attr in ("format", "join") and _letters(node.func.value)
    return False


def _shown_arguments(call: ast.Call) -> list[ast.expr]:
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    if (
        isinstance(func, ast.Attribute)
        and getattr(func.value, "id", "") == "QMessageBox"
        and name in MESSAGE_BOXES
    ):
        return call.args[1:3]
    if name in TEXT_SETTERS or name in TEXT_CONSTRUCTORS:
        keywords = [k.value for k in call.keywords if k.arg in ("text", "title", "toolTip")]
        return [*call.args, *keywords]
    return []


def untranslated_literals(roots: list[Path]) -> list[str]:
    """``file:line: text`` of every literal with letters handed to Qt untranslated."""
    found = []
    for root in roots:
        for path in sorted(root.rglob("*.py")):
            source = path.read_text(encoding="utf-8")
            for node in ast.walk(ast.parse(source, str(path))):
                if not isinstance(node, ast.Call):
                    continue
                for argument in _shown_arguments(node):
                    if _letters(argument):
                        text = ast.get_source_segment(source, argument)
                        found.append(f"{path.relative_to(root.parent)}:{node.lineno}: {text}")
    return found


def test_the_literal_check_finds_untranslated_text(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "label = QLabel('Patient name')\n"
        "button.setText(f'{count} files')\n"
        "QMessageBox.warning(self, 'Oops', tr('fine'))\n"
        "table.setHorizontalHeaderLabels([tr('Name'), 'Size'])\n"
        "ok.setText(tr('Open'))\n"
        "counts.setText(f'{done} / {total}')\n"
        "edit.setObjectName('patientName')\n"
        "about.setText('<h2>casereview</h2>' + tr('Case review'))\n",
        encoding="utf-8",
    )
    found = [line.split(": ", 1)[1] for line in untranslated_literals([tmp_path])]
    assert found == ["'Patient name'", "f'{count} files'", "'Oops'", "[tr('Name'), 'Size']"]


def test_no_literal_text_reaches_qt_untranslated() -> None:
    found = untranslated_literals(FRONT_ENDS)
    assert not found, "wrap these in tr()/QCoreApplication.translate():\n" + "\n".join(found)


def _translate_wrappers(tree: ast.Module) -> set[str]:
    """Module functions that hand their argument to ``QCoreApplication.translate``."""
    names = set()
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef):
            continue
        for inner in ast.walk(node):
            if (
                isinstance(inner, ast.Call)
                and isinstance(inner.func, ast.Attribute)
                and inner.func.attr == "translate"
                and len(inner.args) >= 2
                and not isinstance(inner.args[1], ast.Constant)
            ):
                names.add(node.name)
    return names


def literals_lupdate_cannot_see(roots: list[Path]) -> list[str]:
    """``file:line: text`` of literal text passed to a translating wrapper function.

    lupdate extracts ``tr("…")`` and ``QCoreApplication.translate("Context", "…")`` only: a
    literal handed to a helper such as ``_tr("…")`` never reaches the catalogues, so it is
    shown in English in every language (such helpers are for texts marked elsewhere with
    ``QT_TRANSLATE_NOOP``).
    """
    found = []
    for root in roots:
        for path in sorted(root.rglob("*.py")):
            source = path.read_text(encoding="utf-8")
            tree = ast.parse(source, str(path))
            wrappers = _translate_wrappers(tree)
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)
                    and node.func.id in wrappers
                    and node.args
                    and _letters(node.args[0])
                ):
                    text = ast.get_source_segment(source, node.args[0])
                    found.append(f"{path.relative_to(root.parent)}:{node.lineno}: {text}")
    return found


def test_the_wrapper_check_finds_literals_lupdate_cannot_see(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def _tr(text):\n"
        "    return QCoreApplication.translate('Reports', text)\n"
        "NAMES = [QT_TRANSLATE_NOOP('Reports', 'Axial')]\n"
        "a = _tr('Liver plan')\n"
        "b = _tr(NAMES[0])\n"
        "c = QCoreApplication.translate('Reports', 'Fine')\n",
        encoding="utf-8",
    )
    found = [line.split(": ", 1)[1] for line in literals_lupdate_cannot_see([tmp_path])]
    assert found == ["'Liver plan'"]


def test_no_literal_text_goes_through_a_wrapper_lupdate_cannot_see() -> None:
    found = literals_lupdate_cannot_see(FRONT_ENDS)
    assert not found, (
        'write QCoreApplication.translate("Context", "…") at these calls:\n' + "\n".join(found)
    )


# --- (c) the interface's catalogues -----------------------------------------------------------


def _lupdate(tmp_path: Path) -> list[Path]:
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    copies = []
    for language in LANGUAGES:
        source = resource_path("translations", f"casereview_{language.value}.ts")
        copy = tmp_path / source.name
        shutil.copy(source, copy)
        copies.append(copy)
    sources = sorted(str(p) for d in FRONT_ENDS for p in d.rglob("*.py"))
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
    for catalogue in CATALOGUES:
        for language in LANGUAGES:
            source = resource_path("translations", f"{catalogue}_{language.value}.ts")
            compiled = tmp_path / f"{catalogue}_{language.value}.qm"
            subprocess.run(
                [str(tool), str(source), "-qm", str(compiled)], check=True, capture_output=True
            )
            shipped = resource_path("translations", f"{catalogue}_{language.value}.qm")
            assert compiled.read_bytes() == shipped.read_bytes(), "run make translations"
