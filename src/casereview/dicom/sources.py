"""Turning what a hospital hands over into the list of files to scan.

A user drops files, folders, discs (DICOMDIR media) and zip archives, often mixed and often
damaged. :func:`expand_sources` walks all of it in a stable order and returns the regular files
the scanner should read, plus a :class:`~casereview.dicom.scan.ScanProblem` for everything that
cannot be read or was refused for safety. It never raises because of what it finds, only on
cancellation.

Safety rules: folder links are never followed out of the chosen folder; archives are unpacked
into the staging folder only (:mod:`casereview.dicom.zip_staging`); a DICOMDIR can only point at
files below its own folder.
"""

from __future__ import annotations

import logging
import os
import shutil
import stat
import unicodedata
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pydicom
from pydicom.errors import InvalidDicomError
from pydicom.filereader import read_file_meta_info
from pydicom.multival import MultiValue
from pydicom.uid import MediaStorageDirectoryStorage

from casereview.dicom.scan import ScanProblem, os_error_kind, printable
from casereview.dicom.zip_staging import (
    DEFAULT_ZIP_LIMITS,
    HEAD_BYTES,
    ZipLimits,
    path_is_inside,
    sniff_archive,
    stage_archive,
)
from casereview.domain.progress import CancelToken
from casereview.messages import Message

log = logging.getLogger(__name__)

__all__ = ["DEFAULT_ZIP_LIMITS", "ExpandedSources", "ZipLimits", "expand_sources"]

_NOT_FOUND = Message(
    "not found; check that the disc, USB stick or network folder is still connected"
)
_SPECIAL_FILE = Message("not a regular file (a device, pipe or socket); skipped")
_LINK_OUTSIDE = Message("link to a place outside the chosen folder; not followed")
_BROKEN_LINK = Message("link to a file or folder that does not exist; skipped")
_DICOMDIR_DAMAGED = Message(
    "damaged disc index (DICOMDIR); the files in its folder are still imported one by one"
)
_DICOMDIR_MISSING = Message(
    "listed in the disc index (DICOMDIR) but missing from the disc or folder; ask the sender "
    "for a complete copy"
)
_DICOMDIR_OUTSIDE = Message(
    "the disc index (DICOMDIR) refers to a file outside its own folder; not followed"
)


#: Longest path shown in a problem entry (an archive entry's name can be 64 KiB).
SHOWN_PATH_LIMIT = 1024


def shown_path(path: str) -> str:
    """Where a problem is, made safe to show: control characters replaced, length bounded.

    Archive entry names and the file references of a disc index come from inside files; a
    terminal or a list must not receive their control characters (escape sequences, line
    breaks) or an unbounded name.
    """
    return printable(path, SHOWN_PATH_LIMIT)


def _unreadable(exc: OSError) -> Message:
    return Message(
        "cannot be read ({error}); check that it is not open or protected",
        error=os_error_kind(exc),
    )


def _unreadable_folder(exc: OSError) -> Message:
    return Message(
        "folder cannot be read ({error}); check that it is not open or protected",
        error=os_error_kind(exc),
    )


def _foreign_archive(kind: str) -> Message:
    return Message(
        "{kind} archive; casereview opens zip archives only. Unpack it first or ask the "
        "sender for a zip archive",
        kind=kind,
    )


@dataclass(frozen=True, slots=True)
class ExpandedSources:
    """The files to scan, found in what the user chose.

    Attributes
    ----------
    files
        Regular files, resolved (no links), each once, in a stable order: sources in the order
        given, folders depth-first with names sorted, files listed by a DICOMDIR first in the
        order of the index. Files unpacked from archives live in the staging folder.
    problems
        What could not be used, and why (missing DICOMDIR references, refused archive entries,
        links not followed, unreadable folders).
    staged_archives
        Zip archives unpacked into the staging folder, nested ones included.
    dicomdirs
        DICOMDIR indexes followed. A DICOMDIR itself is never in ``files``.
    """

    files: tuple[Path, ...]
    problems: tuple[ScanProblem, ...]
    staged_archives: int
    dicomdirs: int


def expand_sources(
    paths: Sequence[Path],
    *,
    staging_dir: Path,
    limits: ZipLimits = DEFAULT_ZIP_LIMITS,
    cancel: CancelToken | None = None,
    skip_dirs: Sequence[Path] = (),
) -> ExpandedSources:
    """List the files to scan in files, folders, DICOMDIR media and zip archives.

    Parameters
    ----------
    paths
        What the user chose or dropped: files, folders, DICOMDIR files, zip archives (recognised
        by content, with or without a ``.zip`` name).
    staging_dir
        Where archives are unpacked, each into a new folder that is kept (the index will point at
        the unpacked files). Never walked when it lies inside a chosen folder.
    limits
        Zip-bomb limits for archives.
    cancel
        Checked between files, folders, archive entries and chunks.
    skip_dirs
        Further folders never walked (the quarantine, say).

    Returns
    -------
    ExpandedSources
        Files to scan and problems found on the way.

    Raises
    ------
    OperationCancelled
        If ``cancel`` was set. Archives unpacked by this call are removed again: nothing has
        been indexed from them yet.
    """
    walker = _Walker(staging_dir, skip_dirs, limits, cancel)
    try:
        for path in paths:
            walker.add_source(Path(path))
    except BaseException:
        walker.discard_staged()
        raise
    result = ExpandedSources(
        files=tuple(walker.files.values()),
        # The same folder reached twice (chosen twice, or a folder and its subfolder) would
        # report its problems twice.
        problems=tuple(dict.fromkeys(walker.problems)),
        staged_archives=walker.archives,
        dicomdirs=walker.dicomdirs,
    )
    # Counts only: paths and archive entry names can carry patient names.
    log.info(
        "sources: %d files, %d archives unpacked, %d DICOMDIRs, %d problems",
        len(result.files),
        result.staged_archives,
        result.dicomdirs,
        len(result.problems),
    )
    return result


def _read_head(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(HEAD_BYTES)


class _Walker:
    """Collects files and problems; one instance per :func:`expand_sources` call."""

    def __init__(
        self,
        staging_dir: Path,
        skip_dirs: Sequence[Path],
        limits: ZipLimits,
        cancel: CancelToken | None,
    ) -> None:
        self.staging_dir = staging_dir
        self.limits = limits
        self.cancel = cancel
        self.skip = {os.path.realpath(staging_dir)} | {os.path.realpath(d) for d in skip_dirs}
        # Keyed by resolved path: de-duplicates while keeping first-seen order.
        self.files: dict[str, Path] = {}
        self.problems: list[ScanProblem] = []
        self.archives = 0
        self.dicomdirs = 0
        self.staged: list[Path] = []
        self._handled: set[str] = set()

    def _check_cancel(self) -> None:
        if self.cancel is not None:
            self.cancel.raise_if_cancelled()

    def _problem(self, path: Path | str, reason: str) -> None:
        self.problems.append(ScanProblem(shown_path(str(path)), reason))

    def _skipped(self, target: str, referrer: str) -> bool:
        """Whether a link or DICOMDIR reference leads into a skipped folder from outside it."""
        return any(
            path_is_inside(target, skipped) and not path_is_inside(referrer, skipped)
            for skipped in self.skip
        )

    def discard_staged(self) -> None:
        """Remove what this call unpacked (used when it is cancelled)."""
        for root in self.staged:
            shutil.rmtree(root, ignore_errors=True)

    # -- Sources ---------------------------------------------------------------------------

    def add_source(self, path: Path) -> None:
        """Take one user-chosen path: folder, file, DICOMDIR or archive."""
        self._check_cancel()
        try:
            # A path the user chose is followed even when it is a link: the choice was explicit.
            mode = path.stat().st_mode
        except FileNotFoundError:
            self._problem(path, _NOT_FOUND)
            return
        except OSError as exc:
            self._problem(path, _unreadable(exc))
            return
        real = Path(os.path.realpath(path))
        if stat.S_ISDIR(mode):
            if str(real) not in self._handled:
                self._handled.add(str(real))
                self._walk(real, expand_archives=True)
        elif stat.S_ISREG(mode):
            if (_named_dicomdir(real) or _is_dicomdir_by_meta(real)) and self._dicomdir(
                real, expand_archives=True
            ):
                return
            self._add_file(real, expand_archives=True)
        else:
            self._problem(path, _SPECIAL_FILE)

    def _add_file(self, path: Path, *, expand_archives: bool) -> None:
        """Take a regular file (resolved): unpack it if it is an archive, else list it."""
        key = str(path)
        if key in self.files or key in self._handled:
            return
        try:
            head = _read_head(path)
        except OSError as exc:
            self._problem(path, _unreadable(exc))
            return
        kind = sniff_archive(head)
        if kind == "zip" and expand_archives:
            self._handled.add(key)
            self._stage(path)
        elif kind not in (None, "zip"):
            self._handled.add(key)
            self._problem(path, _foreign_archive(kind))
        else:
            self.files[key] = path

    def _stage(self, archive: Path) -> None:
        staged = stage_archive(
            archive, staging_dir=self.staging_dir, limits=self.limits, cancel=self.cancel
        )
        self.problems.extend(
            ScanProblem(shown_path(problem.path), problem.reason) for problem in staged.problems
        )
        if staged.root is None:
            return
        self.staged.append(staged.root)
        self.archives += staged.archives
        # Nested archives were unpacked by the stager already; whatever looks like a zip in
        # there now is passed on as a file, so an archive can never unpack itself again.
        # Files directly in the root are its bookkeeping (the ownership marker); what was
        # unpacked lies in its folders.
        root = Path(os.path.realpath(staged.root))
        for content in sorted(p for p in root.iterdir() if p.is_dir() and not p.is_symlink()):
            self._walk(content, expand_archives=False)

    # -- Folders ---------------------------------------------------------------------------

    def _walk(self, top: Path, *, expand_archives: bool) -> None:
        """Depth-first, names sorted, files of a folder before its subfolders (like os.walk)."""
        boundary = str(top)
        pending = [top]
        while pending:
            folder = pending.pop()
            self._check_cancel()
            try:
                with os.scandir(folder) as listing:
                    entries = sorted(listing, key=lambda entry: entry.name)
            except OSError as exc:
                self._problem(folder, _unreadable_folder(exc))
                continue
            files: list[Path] = []
            subfolders: list[Path] = []
            for entry in entries:
                self._sort_entry(entry, boundary, files, subfolders)
            # A DICOMDIR first, so that its references come in the order of the disc index.
            indexes: set[Path] = set()
            for file in files:
                if _named_dicomdir(file) and self._dicomdir(file, expand_archives=expand_archives):
                    indexes.add(file)
            for file in files:
                self._check_cancel()
                if file not in indexes:
                    self._add_file(file, expand_archives=expand_archives)
            pending.extend(reversed(subfolders))

    def _sort_entry(
        self, entry: os.DirEntry[str], boundary: str, files: list[Path], subfolders: list[Path]
    ) -> None:
        """Put one folder entry into ``files`` or ``subfolders``, or report why not."""
        try:
            if entry.is_symlink():
                self._link(entry, boundary, files)
            elif entry.is_dir(follow_symlinks=False):
                if os.path.realpath(entry.path) not in self.skip:
                    subfolders.append(Path(entry.path))
            elif entry.is_file(follow_symlinks=False):
                files.append(Path(entry.path))
            else:
                self._problem(entry.path, _SPECIAL_FILE)
        except OSError as exc:
            self._problem(entry.path, _unreadable(exc))

    def _link(self, entry: os.DirEntry[str], boundary: str, files: list[Path]) -> None:
        target = os.path.realpath(entry.path)
        if not os.path.exists(target):
            self._problem(entry.path, _BROKEN_LINK)
        elif not path_is_inside(target, boundary):
            self._problem(entry.path, _LINK_OUTSIDE)
        elif self._skipped(target, entry.path):
            return
        elif os.path.isfile(target):
            files.append(Path(target))
        # A link to a folder inside the tree is not followed: the walk reaches that folder under
        # its real name anyway, and following links could loop.

    # -- DICOMDIR --------------------------------------------------------------------------

    def _dicomdir(self, path: Path, *, expand_archives: bool) -> bool:
        """Follow a DICOMDIR's references; return False if ``path`` is not a DICOMDIR after all."""
        key = str(path)
        if key in self._handled:
            return True
        try:
            with warnings.catch_warnings():
                # Media indexes are often slightly off-standard; what matters is checked below.
                warnings.simplefilter("ignore")
                dataset = pydicom.dcmread(path)
        except InvalidDicomError:
            return False
        except Exception:  # any parser failure (recursion, lengths, zlib) is the index's
            self._handled.add(key)
            self._problem(path, _DICOMDIR_DAMAGED)
            return True
        records = dataset.get("DirectoryRecordSequence")
        meta = getattr(dataset, "file_meta", None)
        sop_class = meta.get("MediaStorageSOPClassUID") if meta is not None else None
        if records is None and sop_class != MediaStorageDirectoryStorage:
            return False
        self._handled.add(key)
        self.dicomdirs += 1
        if _index_is_damaged(dataset, records or ()):
            # A truncated DICOMDIR still parses; what was read is followed, the walk does the rest.
            self._problem(path, _DICOMDIR_DAMAGED)
        resolver = _CaseInsensitiveResolver(path.parent)
        for record in records or ():
            self._check_cancel()
            if record.get("RecordInUseFlag", 0xFFFF) == 0:
                continue
            file_id = record.get("ReferencedFileID")
            if not file_id:
                continue
            components = _file_id_components(file_id)
            shown = path.parent.joinpath(*components) if components else path.parent
            if any(part in ("", ".", "..") or ":" in part for part in components):
                self._problem(shown, _DICOMDIR_OUTSIDE)
                continue
            found = resolver.resolve(components)
            if found is None:
                self._problem(shown, _DICOMDIR_MISSING)
                continue
            real = os.path.realpath(found)
            if not path_is_inside(real, os.path.realpath(path.parent)):
                self._problem(shown, _DICOMDIR_OUTSIDE)
            elif self._skipped(real, str(path)):
                continue
            elif not os.path.isfile(real):
                self._problem(shown, _DICOMDIR_MISSING)
            else:
                self._add_file(Path(real), expand_archives=expand_archives)
        return True


def _index_is_damaged(dataset: pydicom.Dataset, records: Sequence[pydicom.Dataset]) -> bool:
    """Whether record offsets point at records that are not there (a cut-off DICOMDIR).

    pydicom reads a truncated sequence without complaint, so the links between records, which
    must all land on the start of a record, are the check.
    """
    starts = {getattr(record, "seq_item_tell", None) for record in records}
    pointers = [
        dataset.get("OffsetOfTheFirstDirectoryRecordOfTheRootDirectoryEntity"),
        dataset.get("OffsetOfTheLastDirectoryRecordOfTheRootDirectoryEntity"),
    ]
    for record in records:
        pointers.append(record.get("OffsetOfTheNextDirectoryRecord"))
        pointers.append(record.get("OffsetOfReferencedLowerLevelDirectoryEntity"))
    return any(pointer and pointer not in starts for pointer in pointers)


def _named_dicomdir(path: Path) -> bool:
    return path.name.casefold() == "dicomdir"


def _is_dicomdir_by_meta(path: Path) -> bool:
    """Whether a file (chosen by the user under another name) is a Media Storage Directory."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            meta = read_file_meta_info(path)
    except Exception:  # whatever cannot be parsed as file meta is not a DICOMDIR
        return False
    return bool(meta.get("MediaStorageSOPClassUID") == MediaStorageDirectoryStorage)


def _file_id_components(value: object) -> list[str]:
    """Path components of a Referenced File ID (multi-valued; some writers use slashes)."""
    values = list(value) if isinstance(value, (MultiValue, list, tuple)) else [value]
    parts: list[str] = []
    for item in values:
        parts.extend(str(item).replace("\\", "/").strip().split("/"))
    return [part.strip() for part in parts if part.strip()]


def _fold(name: str) -> str:
    """Comparison key for media file names.

    File IDs are upper-case 8.3 names; the files may have been copied to a case-sensitive disk in
    lower case, and ISO 9660 mounts can add a version suffix (``IM000001.;1``) or a trailing dot.
    """
    name = unicodedata.normalize("NFC", name).casefold()
    stem, separator, version = name.rpartition(";")
    if separator and version.isdigit():
        name = stem
    return name.rstrip(".")


class _CaseInsensitiveResolver:
    """Find files named by a DICOMDIR, tolerating differences in letter case."""

    def __init__(self, base: Path) -> None:
        self.base = base
        self._listings: dict[Path, tuple[frozenset[str], dict[str, str]]] = {}

    def _listing(self, folder: Path) -> tuple[frozenset[str], dict[str, str]]:
        cached = self._listings.get(folder)
        if cached is None:
            try:
                names = sorted(os.listdir(folder))
            except OSError:
                names = []
            folded: dict[str, str] = {}
            for name in names:
                # Sorted, so the choice among "IM1" and "im1" on a case-sensitive disk is stable.
                folded.setdefault(_fold(name), name)
            cached = (frozenset(names), folded)
            self._listings[folder] = cached
        return cached

    def resolve(self, components: Sequence[str]) -> Path | None:
        """The on-disk path for ``components``, or None if some component has no match."""
        current = self.base
        for component in components:
            exact, folded = self._listing(current)
            if component in exact:
                current = current / component
                continue
            match = folded.get(_fold(component))
            if match is None:
                return None
            current = current / match
        return current
