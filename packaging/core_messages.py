"""Collect the core's messages into their translation catalogues, and find text that escapes them.

The core (everything under ``src/casereview`` but ``ui/`` and ``app/``) has no Qt, so
``pyside6-lupdate`` cannot see its messages. They are :class:`casereview.messages.Message`
objects whose template is a literal; this script reads the sources (AST, nothing is imported),
collects every template and writes them into ``casereview_core_<language>.ts`` in the
``core`` context: translations of templates still in use are kept, new templates are added as
unfinished, templates no longer used are dropped. ``make translations`` runs it, then
``pyside6-lrelease``; the GUI loads the compiled catalogues next to the main ones.

It also lists text that would reach the user untranslated: an error of the core built from a
plain string, an f-string or a concatenation instead of a ``Message``, an error class whose
``title`` is a plain string, a progress report with a plain string, and a ``Message`` whose
template is not a literal. ``tests/gui/test_translations.py`` fails on any of them.

Usage: ``python packaging/core_messages.py CATALOGUE.ts [CATALOGUE.ts ...]``
Prints the unfinished entries and the problems; exit status 1 when there are problems.
"""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "src" / "casereview"
#: Front ends translate with Qt's own tools (lupdate); everything else is the core.
FRONT_ENDS = ("ui", "app")
#: Where ``Message`` itself is defined (it rebuilds messages from templates it is given).
DEFINITION = PACKAGE / "messages.py"
CONTEXT = "core"  # casereview.messages.CATALOGUE_CONTEXT (not imported: no install needed)
BASE_ERROR = "CasereviewError"
#: Names under which services receive a progress reporter.
PROGRESS_NAMES = frozenset({"progress", "report", "on_progress", "report_progress"})
#: Other constructors of text the user sees: name → (position, keyword) of the text.
TEXT_ARGUMENTS = {"ScanProblem": (1, "reason")}
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


@dataclass(frozen=True)
class Location:
    """Where a message or a problem is in the sources."""

    path: Path
    line: int

    def __str__(self) -> str:
        return f"{self.path.relative_to(REPO)}:{self.line}"


@dataclass
class CoreMessages:
    """What a scan of the core found."""

    #: Each template, with where it is used (first use first).
    templates: dict[str, list[Location]] = field(default_factory=dict)
    #: Text that reaches the user without a translatable template, with why.
    problems: list[tuple[Location, str]] = field(default_factory=list)


def core_sources(package: Path = PACKAGE) -> list[Path]:
    """The Python files of the core, sorted."""
    return sorted(
        path
        for path in package.rglob("*.py")
        if path.relative_to(package).parts[0] not in FRONT_ENDS
    )


def front_end_sources(package: Path = PACKAGE) -> list[Path]:
    """The Python files of ``ui/`` and ``app/``, whose ``Message`` templates count too.

    ``app/`` raises core errors (start-up, data directory) and ``ui/`` raises them where a form
    refuses its input, so that the one error display translates them; the rest of their text
    goes through ``tr`` (``app/``'s command-line output is English only).
    """
    return sorted(path for front_end in FRONT_ENDS for path in (package / front_end).rglob("*.py"))


def _name(node: ast.expr) -> str:
    """``Foo`` of ``Foo`` or ``module.Foo``; empty for anything else."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _error_classes(trees: Iterable[ast.Module]) -> set[str]:
    """Names of the classes that derive from ``CasereviewError`` (by name, across files)."""
    bases: dict[str, set[str]] = {}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases.setdefault(node.name, set()).update(_name(b) for b in node.bases)
    errors = {BASE_ERROR}
    grown = True
    while grown:
        found = {name for name, parents in bases.items() if parents & errors} - errors
        errors |= found
        grown = bool(found)
    return errors


def _plain_text(node: ast.expr) -> bool:
    """Whether ``node`` builds text the user would see untranslated."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and any(c.isalpha() for c in node.value)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _plain_text(node.left) or _plain_text(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        # "...".format(...), "; ".join(...), f"...".strip()
        return isinstance(node.func.value, ast.Constant | ast.JoinedStr)
    return False


def _argument(call: ast.Call, position: int, keyword: str) -> ast.expr | None:
    if len(call.args) > position:
        return call.args[position]
    return next((k.value for k in call.keywords if k.arg == keyword), None)


def _message_argument(call: ast.Call) -> ast.expr | None:
    return _argument(call, 0, "message")


def _progress_argument(call: ast.Call) -> ast.expr | None:
    return _argument(call, 2, "message")


def _scan_tree(path: Path, tree: ast.Module, errors: set[str], found: CoreMessages) -> None:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = _name(node.func)
            if name == "Message":
                template = node.args[0] if node.args else None
                if isinstance(template, ast.Constant) and isinstance(template.value, str):
                    found.templates.setdefault(template.value, []).append(
                        Location(path, node.lineno)
                    )
                elif path != DEFINITION:
                    found.problems.append(
                        (Location(path, node.lineno), "Message template is not a literal")
                    )
            elif name in errors:
                argument = _message_argument(node)
                if argument is not None and _plain_text(argument):
                    found.problems.append(
                        (Location(path, node.lineno), f"{name} with a plain-text message")
                    )
            elif name in PROGRESS_NAMES:
                argument = _progress_argument(node)
                if argument is not None and _plain_text(argument):
                    found.problems.append(
                        (Location(path, node.lineno), "progress reported with plain text")
                    )
            elif name in TEXT_ARGUMENTS:
                argument = _argument(node, *TEXT_ARGUMENTS[name])
                if argument is not None and _plain_text(argument):
                    found.problems.append((Location(path, node.lineno), f"{name} with plain text"))
        elif isinstance(node, ast.ClassDef) and node.name in errors:
            for statement in node.body:
                if (
                    isinstance(statement, ast.Assign | ast.AnnAssign)
                    and statement.value is not None
                    and any(
                        isinstance(t, ast.Name) and t.id == "title"
                        for t in (
                            statement.targets
                            if isinstance(statement, ast.Assign)
                            else [statement.target]
                        )
                    )
                    and _plain_text(statement.value)
                ):
                    found.problems.append(
                        (Location(path, statement.lineno), f"{node.name}.title is plain text")
                    )


def scan(paths: Iterable[Path]) -> CoreMessages:
    """Collect the message templates of ``paths`` and the text that escapes translation."""
    trees = {path: ast.parse(path.read_text(encoding="utf-8"), str(path)) for path in paths}
    errors = _error_classes(trees.values())
    found = CoreMessages()
    for path, tree in trees.items():
        _scan_tree(path, tree, errors, found)
    return found


def _finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return (
        translation is not None
        and translation.get("type") not in ("unfinished", "vanished", "obsolete")
        and bool(translation.text)
    )


def read_catalogue(ts_file: Path) -> dict[str, str | None]:
    """Template → finished translation (``None`` when unfinished) of a core catalogue."""
    if not ts_file.exists():
        return {}
    entries: dict[str, str | None] = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            text = translation.text if translation is not None else None
            entries[message.findtext("source") or ""] = text if _finished(message) else None
    return entries


def language_of(ts_file: Path) -> str:
    """``fr_FR`` of ``casereview_core_fr.ts``, ``zh_CN`` of ``casereview_core_zh_CN.ts``."""
    language = ts_file.stem.removeprefix("casereview_core_")
    return {"fr": "fr_FR"}.get(language, language)


def write_catalogue(ts_file: Path, templates: dict[str, list[Location]]) -> list[str]:
    """Bring ``ts_file`` in line with ``templates``; return the templates still untranslated."""
    known = read_catalogue(ts_file)
    root = ET.Element("TS", version="2.1", language=language_of(ts_file))
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    unfinished = []
    first_use = {
        t: (str(locations[0].path), locations[0].line) for t, locations in templates.items()
    }
    for template in sorted(templates, key=lambda t: (first_use[t], t)):
        message = ET.SubElement(context, "message")
        for location in templates[template]:
            ET.SubElement(
                message,
                "location",
                filename=str(Path("../..") / location.path.relative_to(REPO)),
                line=str(location.line),
            )
        ET.SubElement(message, "source").text = template
        translation = ET.SubElement(message, "translation")
        if known.get(template):
            translation.text = known[template]
        else:
            translation.set("type", "unfinished")
            unfinished.append(template)
    ET.indent(root)
    ts_file.write_text(HEADER + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8")
    return unfinished


def _report(lines: Iterator[str]) -> int:
    count = 0
    for line in lines:
        print(line)
        count += 1
    return count


def collect() -> CoreMessages:
    """The templates of the core and of the front ends, and the core's untranslatable text."""
    found = scan(core_sources())
    for template, locations in scan(front_end_sources()).templates.items():
        found.templates.setdefault(template, []).extend(locations)
    return found


def main(arguments: list[str]) -> int:
    """Update the catalogues named in ``arguments``; 1 when the core has untranslatable text."""
    if not arguments or any(argument.startswith("-") for argument in arguments):
        # Only catalogue paths are accepted: "--help" must not become a file of that name.
        print(__doc__)
        return 0 if arguments and arguments[0] in ("-h", "--help") else 2
    if not all(argument.endswith(".ts") for argument in arguments):
        print("core_messages.py: name Qt catalogues (*.ts) to update", file=sys.stderr)
        return 2
    found = collect()
    for name in arguments:
        unfinished = write_catalogue(Path(name), found.templates)
        _report(f"{name}: unfinished: {template}" for template in unfinished)
    problems = _report(f"{location}: {why}" for location, why in found.problems)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
