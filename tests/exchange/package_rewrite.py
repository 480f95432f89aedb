"""Altered copies of one package, written fast enough to make dozens of them.

A test that damages a package writes it again entry by entry, and deflating its images again is
nearly all of the cost (about a second per copy of the small demo's package, against a few
hundredths for the rest). The damage is always near the end of the archive (the documents, the
README, the manifest, its signature), so the images come first and are the same in every copy:
:class:`PackageRewriter` deflates that common first part once, and each copy is that zip copied
and the rest appended to it. Every copy holds exactly the entries, in the order and with the
compression a plain ``zipfile`` rewrite of the same entries would give.
"""

from __future__ import annotations

import shutil
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Literal


class PackageRewriter:
    """Writes altered copies of ``source``; ``scratch`` holds the shared first parts.

    Parameters
    ----------
    source
        The package every copy starts from.
    scratch
        A folder of the test's own for the zips of unchanged first entries (made on demand).
    """

    def __init__(self, source: Path, scratch: Path) -> None:
        with zipfile.ZipFile(source) as archive:
            self._original = [(info.filename, archive.read(info)) for info in archive.infolist()]
        self._scratch = scratch
        self._firsts: dict[int, Path] = {}

    def entries(self) -> dict[str, bytes]:
        """The source package's entries by name, in archive order (a new dict each call)."""
        return dict(self._original)

    def write(self, target: Path, entries: dict[str, bytes]) -> Path:
        """Write ``entries`` (name to bytes, in archive order) as a deflated zip at ``target``."""
        wanted = list(entries.items())
        same = 0
        for (name, data), (old_name, old_data) in zip(wanted, self._original, strict=False):
            if name != old_name or (data is not old_data and data != old_data):
                break
            same += 1
        if same == 0:
            _write(target, wanted, "w")
            return target
        shutil.copyfile(self._first_entries(same), target)
        _write(target, wanted[same:], "a")
        return target

    def rewrite(self, target: Path, change: Callable[[str, bytes], bytes | None]) -> Path:
        """A copy whose every entry is ``change(name, data)``; an entry it maps to None is left out."""
        changed = ((name, change(name, data)) for name, data in self._original)
        return self.write(target, {name: data for name, data in changed if data is not None})

    def _first_entries(self, count: int) -> Path:
        made = self._firsts.get(count)
        if made is None:
            self._scratch.mkdir(parents=True, exist_ok=True)
            made = self._scratch / f"first-{count}-entries.zip"
            _write(made, self._original[:count], "w")
            self._firsts[count] = made
        return made


def _write(target: Path, entries: Iterable[tuple[str, bytes]], mode: Literal["w", "a"]) -> None:
    # One method and level for every entry, as a plain rewrite with zipfile uses.
    with zipfile.ZipFile(target, mode, zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            archive.writestr(name, data)
