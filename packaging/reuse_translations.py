"""Carry translations over to strings that moved to another translation context.

``pyside6-lupdate`` keys a translation by (context, source text). When code moves from one
class or module to another, its strings land in a new context as "unfinished" although the
same English text is translated elsewhere in the catalogue. This fills such entries from the
finished translation of the same source text (and same disambiguation) in any context, and
lists what still needs a translator. Run by ``make translations`` between lupdate and lrelease.

Usage: ``python packaging/reuse_translations.py CATALOGUE.ts [CATALOGUE.ts ...]``
Exit status 0; the remaining unfinished entries are printed, one per line.
"""

from __future__ import annotations

import copy
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def _key(message: ET.Element) -> tuple[str, str]:
    return (message.findtext("source") or "", message.findtext("comment") or "")


def _finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return (
        translation is not None
        and translation.get("type") not in ("unfinished", "vanished", "obsolete")
        and bool((translation.text or "").strip() or len(translation))
    )


def reuse(path: Path) -> list[str]:
    """Fill unfinished entries of one catalogue; return the ``context: source`` still open."""
    tree = ET.parse(path)
    root = tree.getroot()
    known: dict[tuple[str, str], ET.Element] = {}
    for message in root.iter("message"):
        if _finished(message):
            translation = message.find("translation")
            if translation is not None:
                known.setdefault(_key(message), translation)
    still_open: list[str] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if _finished(message):
                continue
            translation = message.find("translation")
            source = known.get(_key(message))
            if translation is None or source is None:
                still_open.append(f"{name}: {message.findtext('source')}")
                continue
            translation.attrib.pop("type", None)
            translation.text = source.text
            for child in list(translation):
                translation.remove(child)
            for child in source:
                # A copy: the same element under two parents would tie the two entries.
                translation.append(copy.deepcopy(child))
    # Laid out as lupdate writes it (contexts at the margin, no space before "/>"), so that
    # running this after lupdate changes only the entries it fills.
    root.text = "\n"
    for context in root:
        ET.indent(context, space="    ")
        context.tail = "\n"
    body = re.sub(
        r">([^<]*)<",
        lambda text: ">" + text[1].replace("'", "&apos;").replace('"', "&quot;") + "<",
        ET.tostring(root, encoding="unicode").replace(" />", "/>"),
    )
    path.write_text(HEADER + body + "\n", encoding="utf-8")
    return still_open


def main(argv: list[str]) -> int:
    for argument in argv:
        for line in reuse(Path(argument)):
            print(f"{argument}: unfinished: {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
