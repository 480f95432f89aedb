"""Unpacking zip archives into the imports folder without trusting them.

Partner hospitals mail zip archives; any of them may be damaged in transit or crafted. Every
archive is unpacked into its own fresh folder under the staging directory, and nothing is ever
written anywhere else: entry names are checked component by component, files are created with
exclusive-create and no-follow flags, and entries are copied by streaming so that the bytes
actually produced are counted against :class:`ZipLimits` (a header can lie; the counter cannot).

Whatever is wrong with an archive becomes a :class:`~casereview.dicom.scan.ScanProblem` whose
path names the archive and the entry (``outer.zip > inner.zip > dir/file``); nothing here raises
because of archive content. Only cancellation (:class:`~casereview.errors.OperationCancelled`)
propagates, after the archive's partial output has been removed.
"""

from __future__ import annotations

import itertools
import os
import re
import shutil
import stat
import struct
import tempfile
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from casereview.dicom.scan import ScanProblem, os_error_kind
from casereview.dicom.staging_folders import MARKERS, claim_root
from casereview.domain.progress import CancelToken
from casereview.messages import Message

_GIB = 1024**3

#: Copy buffer. Deflate output per read is capped at this size by zipfile, so memory stays flat
#: whatever the compression ratio.
_CHUNK = 1 << 20

#: Bytes of a file's start that :func:`sniff_archive` looks at (the DICOM preamble is 128 bytes,
#: "DICM" follows it; tar's "ustar" sits at offset 257).
HEAD_BYTES = 264

#: Separator between an archive and an entry in problem paths.
ENTRY_SEPARATOR = " > "


@dataclass(frozen=True, slots=True)
class ZipLimits:
    """What an archive may unpack to before it is treated as a zip bomb and refused.

    Sizes and counts cover the whole archive including archives nested in it.

    Attributes
    ----------
    max_entries
        Entries in all (nested) archives together.
    max_total_bytes
        Bytes unpacked in total.
    max_entry_bytes
        Bytes of one entry (a CT or MR file is far smaller; 4 GiB is the classic zip limit).
    max_ratio
        Unpacked size over packed size, per entry and for the archive as a whole. DICOM rarely
        compresses beyond 10:1; very sparse segmentations can, which is why small outputs are
        exempt (``ratio_exempt_bytes``).
    ratio_exempt_bytes
        Outputs up to this size are not ratio-checked: a tiny header-only file of zeros compresses
        1000:1 and is harmless.
    max_depth
        Archives inside archives: the outermost archive is depth 1.
    """

    max_entries: int = 100_000
    max_total_bytes: int = 20 * _GIB
    max_entry_bytes: int = 4 * _GIB
    max_ratio: float = 200.0
    ratio_exempt_bytes: int = 1 << 20
    max_depth: int = 3


#: The limits used unless a caller passes others.
DEFAULT_ZIP_LIMITS = ZipLimits()


@dataclass(slots=True)
class StagedArchive:
    """Outcome of unpacking one archive (and the archives nested in it).

    Attributes
    ----------
    root
        The archive's staging folder, or ``None`` when nothing was unpacked (the folder is
        removed then). Nested archives are unpacked inside it and removed once unpacked.
    archives
        Archives opened and unpacked, nested ones included.
    problems
        Entries and archives that were refused, with the reason.
    """

    root: Path | None
    archives: int = 0
    problems: list[ScanProblem] = field(default_factory=list)


# -- Reasons shown to the user -------------------------------------------------------------

_DAMAGED_ARCHIVE = Message(
    "damaged or incomplete zip archive (for example an interrupted download or copy); "
    "ask the sender for a new copy"
)
_EMPTY_ARCHIVE = Message("empty zip archive; nothing to import")
_DAMAGED_ENTRY = Message(
    "damaged archive entry (its contents do not match the archive's checksum); "
    "ask the sender for a new copy"
)
_ENCRYPTED = Message("password-protected archive entry; ask the sender for an unprotected copy")
_UNSUPPORTED_METHOD = Message(
    "archive entry compressed with a method casereview does not open; ask the sender for a "
    "zip archive with standard compression"
)
_SYMLINK = Message("archive entry is a link to another location; skipped for safety")
_SPECIAL = Message("archive entry is a device, pipe or socket, not a file; skipped for safety")
_ABSOLUTE = Message("archive entry with an absolute path; skipped for safety")
_DRIVE = Message("archive entry with a drive letter; skipped for safety")
_PARENT = Message("archive entry pointing outside the archive folder (“..”); skipped for safety")
_TOO_LONG = Message("archive entry with a file name that is too long; skipped")
_ESCAPES = Message("archive entry resolves outside the import folder; skipped for safety")
_NAME_CLASH = Message(
    "archive entry uses a name already used by another entry for a file or folder; skipped"
)
_DUPLICATES = Message(
    "archive holds several entries with this name (ignoring letter case and accents); the whole "
    "archive was refused because programs could disagree on which file is meant. Ask the sender "
    "for a new archive"
)
_OVERLAP = Message(
    "archive entries overlap each other (a damaged or deliberately crafted archive); it was "
    "refused and nothing from it was imported"
)
_BOMB = Message(
    "archive would unpack to far more data than it holds (a possible zip bomb); it was refused "
    "and nothing from it was imported"
)


def _too_deep(limits: ZipLimits) -> Message:
    return Message(
        "archive nested inside other archives more than {depth} levels deep; not opened",
        depth=limits.max_depth,
    )


def _too_many(limits: ZipLimits) -> Message:
    return Message(
        "archive holds more than {count:,} files; it was refused. Ask the sender to split it "
        "into smaller archives",
        count=limits.max_entries,
    )


def _too_big_total(limits: ZipLimits) -> Message:
    return Message(
        "archive unpacks to more than {size:g} GiB; it was refused. Ask the sender to split "
        "it into smaller archives",
        size=limits.max_total_bytes / _GIB,
    )


def _too_big_entry(limits: ZipLimits) -> Message:
    return Message(
        "archive entry larger than {size:g} GiB, far more than any image file; the archive "
        "was refused and nothing from it was imported",
        size=limits.max_entry_bytes / _GIB,
    )


def _write_failed(exc: OSError) -> Message:
    return Message(
        "could not be unpacked into the imports folder ({error}); free disk space or check "
        "the data folder's permissions, then import again",
        error=os_error_kind(exc),
    )


# -- Recognising archives ------------------------------------------------------------------

#: Local file header and end-of-central-directory (an empty archive) signatures.
_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")

_FOREIGN_ARCHIVES = (
    (0, b"7z\xbc\xaf\x27\x1c", "7-Zip"),
    (0, b"Rar!\x1a\x07", "RAR"),
    (0, b"\x1f\x8b", "gzip"),
    (257, b"ustar", "tar"),
)


def sniff_archive(head: bytes) -> str | None:
    """Tell from a file's first :data:`HEAD_BYTES` bytes whether it is an archive.

    Parameters
    ----------
    head
        The start of the file.

    Returns
    -------
    str or None
        ``"zip"`` for a zip archive, the name of another archive format casereview does not
        open (``"7-Zip"``, ``"RAR"``, ``"gzip"``, ``"tar"``), or ``None`` for anything else.
    """
    # A DICOM preamble is free-form and may itself start with "PK" (DICOM/zip polyglots exist);
    # the "DICM" marker after it decides: such a file is DICOM.
    if head[128:132] == b"DICM":
        return None
    if head[:4] in _ZIP_MAGICS:
        return "zip"
    for offset, magic, name in _FOREIGN_ARCHIVES:
        if head[offset : offset + len(magic)] == magic:
            return name
    return None


# -- Entry names ---------------------------------------------------------------------------

_DRIVE_LETTER = re.compile(r"^[A-Za-z]:")
_FORBIDDEN_CHARS = re.compile(r'[\x00-\x1f<>:"|?*]')
_WINDOWS_DEVICES = frozenset(
    {"CON", "PRN", "AUX", "NUL"} | {f"COM{i}" for i in range(10)} | {f"LPT{i}" for i in range(10)}
)


def entry_parts(name: str) -> tuple[str, ...] | str:
    """Split an archive entry name into safe path components.

    The rules hold on every platform (the app also runs on Windows, where a backslash separates
    folders, ``:`` opens an alternate data stream and ``CON`` is the console). Names that try to
    leave the staging folder are refused; characters that are merely illegal somewhere are
    replaced, because a folder called "Series: 3" still holds images someone needs.

    Parameters
    ----------
    name
        The entry name as stored in the archive.

    Returns
    -------
    tuple of str or str
        The components (``"."`` and empty ones dropped, forbidden characters replaced by ``_``,
        device names prefixed with ``_``), or the reason the name is refused.
    """
    normalised = name.replace("\\", "/")
    if normalised.startswith("/"):
        return _ABSOLUTE
    if _DRIVE_LETTER.match(normalised):
        return _DRIVE
    parts = [part for part in normalised.split("/") if part not in ("", ".")]
    # Windows drops trailing dots and spaces, so ".. " and "..." mean ".." there.
    if any(part.rstrip(". ") == "" for part in parts):
        return _PARENT
    safe: list[str] = []
    for part in parts:
        part = _FORBIDDEN_CHARS.sub("_", part)
        if part.split(".")[0].rstrip(" ").upper() in _WINDOWS_DEVICES:
            part = "_" + part
        if len(part.encode("utf-8", "surrogatepass")) > 255:
            return _TOO_LONG
        safe.append(part)
    return tuple(safe)


def _fold(part: str) -> str:
    """Key under which two names count as the same file on some file system or in some reader."""
    # NFKC before and after case-folding: case-folding can produce unnormalised sequences.
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", part).casefold())
    return folded.rstrip(". ")


def _first_duplicate(names: list[tuple[str, tuple[str, ...], bool]]) -> str | None:
    """Name of the first entry that clashes with another (as file or folder), or None."""
    files: set[tuple[str, ...]] = set()
    folders: set[tuple[str, ...]] = set()
    for name, parts, is_dir in names:
        key = tuple(_fold(part) for part in parts)
        prefixes = {key[:i] for i in range(1, len(key))}
        if is_dir:
            if key in files:
                return name
            folders.add(key)
            if prefixes & files:
                return name
            folders |= prefixes
            continue
        if key in files or key in folders or prefixes & files:
            return name
        files.add(key)
        folders |= prefixes
    return None


def _declared_entry_count(path: Path) -> int | None:
    """Entry count from the end-of-central-directory record, read before zipfile parses it.

    zipfile builds an object per central-directory entry before anything can be checked, so a
    crafted archive with millions of entries is refused from this count first.
    """
    with path.open("rb") as handle:
        size = handle.seek(0, os.SEEK_END)
        tail_length = min(size, 22 + 0xFFFF + 20)
        handle.seek(size - tail_length)
        tail = handle.read(tail_length)
        position = tail.rfind(b"PK\x05\x06")
        if position < 0 or position + 22 > len(tail):
            return None
        (count,) = struct.unpack_from("<H", tail, position + 10)
        if count != 0xFFFF:
            return int(count)
        locator = position - 20
        if locator < 0 or tail[locator : locator + 4] != b"PK\x06\x07":
            return None
        (offset,) = struct.unpack_from("<Q", tail, locator + 8)
        handle.seek(offset)
        record = handle.read(56)
        if record[:4] != b"PK\x06\x06" or len(record) < 40:
            return None
        return int(struct.unpack_from("<Q", record, 32)[0])


# -- Unpacking -----------------------------------------------------------------------------


class _RefusedError(Exception):
    """An archive is refused as a whole."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(reason)
        self.where = where
        self.reason = reason


class _RefuseArchiveError(_RefusedError):
    """Refuse only the archive being unpacked (a nested one leaves its parent intact)."""


class _RefuseAllError(_RefusedError):
    """Refuse the outermost archive: limits hit anywhere inside it, or the disk failing."""


class _DamagedEntryError(Exception):
    """Reading an entry failed: corrupt data, checksum mismatch, truncated archive."""


#: What zipfile raises for corrupt or truncated data while reading an entry.
_READ_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, struct.error)


class _Unpacker:
    """Unpacks one outermost archive and what is nested in it, sharing one budget."""

    def __init__(self, source_bytes: int, limits: ZipLimits, cancel: CancelToken | None) -> None:
        self.limits = limits
        self.cancel = cancel
        self.source_bytes = max(source_bytes, 1)
        self.written = 0
        self.entries = 0
        self.archives = 0
        self.problems: list[ScanProblem] = []

    def _check_cancel(self) -> None:
        if self.cancel is not None:
            self.cancel.raise_if_cancelled()

    def unpack(self, archive: Path, shown: str, into: Path, depth: int) -> None:
        """Unpack ``archive`` into ``into/files``; nested archives go to ``into/nested/NNN``."""
        try:
            declared = _declared_entry_count(archive)
        except OSError:
            declared = None
        if declared is not None and self.entries + declared > self.limits.max_entries:
            raise _RefuseAllError(shown, _too_many(self.limits))
        try:
            zf = zipfile.ZipFile(archive)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, struct.error):
            self.problems.append(ScanProblem(shown, _DAMAGED_ARCHIVE))
            return
        nested: list[tuple[Path, str]] = []
        with zf:
            infos = zf.infolist()
            accepted = self._screen(infos, shown)
            if not infos:
                self.problems.append(ScanProblem(shown, _EMPTY_ARCHIVE))
            self._check_declared(infos, shown)
            content = into / "files"
            content.mkdir(mode=0o700)
            for info, parts in accepted:
                self._check_cancel()
                where = shown + ENTRY_SEPARATOR + info.filename
                written = self._extract(zf, info, content, parts, where)
                if written is not None and written[1]:
                    nested.append((written[0], where))
            self.archives += 1
        for number, (inner, where) in enumerate(nested, start=1):
            self._unpack_nested(inner, where, into / "nested" / f"{number:03d}", depth + 1)

    def _unpack_nested(self, inner: Path, where: str, into: Path, depth: int) -> None:
        try:
            if depth > self.limits.max_depth:
                self.problems.append(ScanProblem(where, _too_deep(self.limits)))
                return
            into.mkdir(parents=True, mode=0o700)
            try:
                self.unpack(inner, where, into, depth)
            except _RefuseArchiveError as refused:
                shutil.rmtree(into, ignore_errors=True)
                self.problems.append(ScanProblem(refused.where, refused.reason))
        finally:
            # The archive's contents are staged (or refused); its own copy would only come back
            # from the scanner as "not a DICOM file", so it goes.
            inner.unlink(missing_ok=True)

    def _screen(
        self, infos: list[zipfile.ZipInfo], shown: str
    ) -> list[tuple[zipfile.ZipInfo, tuple[str, ...]]]:
        """Entries whose names and flags allow unpacking; the others become problems."""
        accepted: list[tuple[zipfile.ZipInfo, tuple[str, ...]]] = []
        names: list[tuple[str, tuple[str, ...], bool]] = []
        # Kept aside until the archive as a whole is accepted: a refused archive gets one reason.
        problems: list[ScanProblem] = []
        for info in infos:
            where = shown + ENTRY_SEPARATOR + info.filename
            parts = entry_parts(info.filename)
            if isinstance(parts, str):
                problems.append(ScanProblem(where, parts))
                continue
            if not parts:
                continue
            names.append((info.filename, parts, info.is_dir()))
            if info.is_dir():
                continue
            kind = stat.S_IFMT(info.external_attr >> 16)
            reason = None
            if kind == stat.S_IFLNK:
                reason = _SYMLINK
            elif kind not in (0, stat.S_IFREG, stat.S_IFDIR):
                reason = _SPECIAL
            elif info.flag_bits & 0x41:  # bit 0: encrypted, bit 6: strong encryption
                reason = _ENCRYPTED
            elif info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                # zipfile decompresses bzip2 and LZMA without an output cap, so one read could
                # fill memory; hospital archives use deflate anyway.
                reason = _UNSUPPORTED_METHOD
            if reason is not None:
                problems.append(ScanProblem(where, reason))
                continue
            accepted.append((info, parts))
        duplicate = _first_duplicate(names)
        if duplicate is not None:
            # zipfile silently lets a later entry shadow an earlier one; a virus scanner and the
            # importer could then see different bytes under one name.
            raise _RefuseArchiveError(shown + ENTRY_SEPARATOR + duplicate, _DUPLICATES)
        self.problems.extend(problems)
        return accepted

    def _check_declared(self, infos: list[zipfile.ZipInfo], shown: str) -> None:
        """Refuse on what the central directory declares, before anything is written."""
        limits = self.limits
        self.entries += len(infos)
        if self.entries > limits.max_entries:
            raise _RefuseAllError(shown, _too_many(limits))
        total = 0
        for info in infos:
            where = shown + ENTRY_SEPARATOR + info.filename
            if info.file_size > limits.max_entry_bytes:
                raise _RefuseAllError(where, _too_big_entry(limits))
            if self._ratio_exceeded(info.file_size, info.compress_size):
                raise _RefuseAllError(where, _BOMB)
            total += info.file_size
        if self.written + total > limits.max_total_bytes:
            raise _RefuseAllError(shown, _too_big_total(limits))
        if self._ratio_exceeded(self.written + total, self.source_bytes):
            raise _RefuseAllError(shown, _BOMB)
        # Entries sharing compressed data are the trick behind non-recursive zip bombs; a local
        # header takes at least 30 bytes before an entry's data.
        ordered = sorted(infos, key=lambda info: info.header_offset)
        for before, after in itertools.pairwise(ordered):
            if after.header_offset < before.header_offset + 30 + before.compress_size:
                raise _RefuseAllError(shown, _OVERLAP)

    def _ratio_exceeded(self, unpacked: int, packed: int) -> bool:
        limits = self.limits
        return unpacked > limits.ratio_exempt_bytes and unpacked > limits.max_ratio * max(packed, 1)

    def _count(self, entry_bytes: int, chunk: int, info: zipfile.ZipInfo, where: str) -> None:
        """Count bytes actually produced: headers can lie about sizes, this cannot."""
        limits = self.limits
        self.written += chunk
        if entry_bytes > limits.max_entry_bytes:
            raise _RefuseAllError(where, _too_big_entry(limits))
        if self.written > limits.max_total_bytes:
            raise _RefuseAllError(where, _too_big_total(limits))
        if self._ratio_exceeded(entry_bytes, info.compress_size) or self._ratio_exceeded(
            self.written, self.source_bytes
        ):
            raise _RefuseAllError(where, _BOMB)

    def _extract(
        self,
        zf: zipfile.ZipFile,
        info: zipfile.ZipInfo,
        content: Path,
        parts: tuple[str, ...],
        where: str,
    ) -> tuple[Path, bool] | None:
        """Stream one entry to its file; return the file and whether it is a zip archive."""
        target = content.joinpath(*parts)
        try:
            _make_folders(content, parts[:-1])
        except (FileExistsError, NotADirectoryError):
            self.problems.append(ScanProblem(where, _NAME_CLASH))
            return None
        except OSError as exc:
            raise _RefuseAllError(where, _write_failed(exc)) from exc
        # Names were checked and no links are ever created here, so this is a last line of
        # defence, not the rule that keeps files inside.
        if not path_is_inside(os.path.realpath(target), os.path.realpath(content)):
            self.problems.append(ScanProblem(where, _ESCAPES))
            return None
        try:
            source = zf.open(info)
        except (*_READ_ERRORS, NotImplementedError, RuntimeError):
            self.problems.append(ScanProblem(where, _DAMAGED_ENTRY))
            return None
        with source:
            flags = (
                os.O_WRONLY
                | os.O_CREAT
                | os.O_EXCL
                | getattr(os, "O_NOFOLLOW", 0)
                | getattr(os, "O_BINARY", 0)
            )
            try:
                descriptor = os.open(target, flags, 0o600)
            except (FileExistsError, IsADirectoryError):
                self.problems.append(ScanProblem(where, _NAME_CLASH))
                return None
            except OSError as exc:
                raise _RefuseAllError(where, _write_failed(exc)) from exc
            try:
                head = self._copy(source, descriptor, info, where)
            except _DamagedEntryError:
                target.unlink(missing_ok=True)
                self.problems.append(ScanProblem(where, _DAMAGED_ENTRY))
                return None
            except OSError as exc:
                target.unlink(missing_ok=True)
                raise _RefuseAllError(where, _write_failed(exc)) from exc
            except BaseException:
                target.unlink(missing_ok=True)
                raise
        return target, sniff_archive(head) == "zip"

    def _copy(self, source: IO[bytes], descriptor: int, info: zipfile.ZipInfo, where: str) -> bytes:
        """Copy in chunks, counting; return the first bytes (to spot nested archives)."""
        head = b""
        entry_bytes = 0
        with os.fdopen(descriptor, "wb") as sink:
            while True:
                self._check_cancel()
                try:
                    chunk = source.read(_CHUNK)
                except _READ_ERRORS as exc:
                    raise _DamagedEntryError from exc
                if not chunk:
                    return head
                entry_bytes += len(chunk)
                self._count(entry_bytes, len(chunk), info, where)
                if len(head) < HEAD_BYTES:
                    head += chunk[: HEAD_BYTES - len(head)]
                sink.write(chunk)


def _make_folders(content: Path, parts: tuple[str, ...]) -> None:
    """Create the entry's folders one by one, refusing anything that is not a plain folder."""
    current = content
    for part in parts:
        current = current / part
        try:
            current.mkdir(mode=0o700)
        except FileExistsError:
            if current.is_symlink() or not current.is_dir():
                raise
            continue


def path_is_inside(path: str, folder: str) -> bool:
    """Whether the real path ``path`` is ``folder`` or lies below it (both already resolved)."""
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _holds_files(folder: Path) -> bool:
    """Whether anything was unpacked into ``folder`` (its ownership marker aside)."""
    return any(
        set(files) - MARKERS if here == str(folder) else files for here, _, files in os.walk(folder)
    )


def stage_archive(
    archive: Path,
    *,
    staging_dir: Path,
    limits: ZipLimits = DEFAULT_ZIP_LIMITS,
    cancel: CancelToken | None = None,
) -> StagedArchive:
    """Unpack a zip archive (and zip archives inside it) into a new folder of ``staging_dir``.

    Parameters
    ----------
    archive
        A file recognised as a zip archive by :func:`sniff_archive`.
    staging_dir
        The data directory's imports folder; created if missing.
    limits
        Zip-bomb limits.
    cancel
        Checked between chunks; on cancel everything unpacked from this archive is removed.

    Returns
    -------
    StagedArchive
        The staging folder (kept: the index will point into it) and the problems. When the
        archive is refused as a whole, or nothing could be unpacked, the folder is removed.

    Raises
    ------
    OperationCancelled
        If ``cancel`` was set.
    """
    # The folder name never contains the archive's name: hospitals name archives after patients.
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ-")
    try:
        staging_dir.mkdir(parents=True, exist_ok=True)
        root = Path(tempfile.mkdtemp(prefix=stamp, dir=staging_dir))
    except OSError as exc:
        return StagedArchive(None, 0, [ScanProblem(str(archive), _write_failed(exc))])
    try:
        # Before anything is unpacked: a root without a running owner is an interrupted
        # import's, and the next start removes what no committed import owns in it.
        claim_root(root)
    except OSError as exc:
        shutil.rmtree(root, ignore_errors=True)
        return StagedArchive(None, 0, [ScanProblem(str(archive), _write_failed(exc))])
    try:
        size = archive.stat().st_size
    except OSError:
        size = 0
    unpacker = _Unpacker(size, limits, cancel)
    try:
        unpacker.unpack(archive, str(archive), root, depth=1)
    except _RefusedError as refused:
        shutil.rmtree(root, ignore_errors=True)
        return StagedArchive(None, 0, [ScanProblem(refused.where, refused.reason)])
    except OSError as exc:
        # Only the staging side raises OSError out of unpack (folders it creates); reading the
        # archive is handled entry by entry.
        shutil.rmtree(root, ignore_errors=True)
        return StagedArchive(None, 0, [ScanProblem(str(archive), _write_failed(exc))])
    except BaseException:
        shutil.rmtree(root, ignore_errors=True)
        raise
    if not _holds_files(root):
        shutil.rmtree(root, ignore_errors=True)
        return StagedArchive(None, unpacker.archives, unpacker.problems)
    return StagedArchive(root, unpacker.archives, unpacker.problems)
