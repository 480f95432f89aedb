"""Writing a package's zip: every entry hashed as it is written, then the signed manifest.

The zip is written beside its destination and put in place only when complete, so a cancelled
or failed export leaves nothing behind. Pixel data that is already compressed is stored, not
deflated again.
"""

from __future__ import annotations

import hashlib
import io
import os
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from casereview.dicom.deid import DeidentifiedFile
from casereview.domain.packages import (
    MANIFEST_NAME,
    SIGNATURE_NAME,
    Manifest,
    ManifestFile,
    PackageError,
)
from casereview.domain.progress import CancelToken, ProgressReporter
from casereview.messages import Message
from casereview.services.exchange import documents
from casereview.services.signing import SigningKey

_COPY_CHUNK = 1 << 20


@dataclass(slots=True)
class PackageEntry:
    """One file of the package being written: where, of which kind, how its bytes are made."""

    path: str
    kind: str
    write: Callable[[io.RawIOBase], None]
    compress: bool


class _HashingWriter(io.RawIOBase):
    """Counts and hashes what passes to the zip entry."""

    def __init__(self, sink: io.RawIOBase | Any) -> None:
        self.sink = sink
        self.hash = hashlib.sha256()
        self.size = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self.hash.update(data)
        self.size += len(data)
        self.sink.write(data)
        return len(data)


def write_package(
    entries: list[PackageEntry],
    out: Path,
    make_manifest: Callable[[list[ManifestFile]], Manifest],
    signing_key: SigningKey,
    *,
    compress: bool,
    compress_level: int,
    progress: ProgressReporter,
    cancel: CancelToken | None,
) -> Manifest:
    """Write the entries, then the manifest of what was written and its signature.

    The zip is written beside ``out`` and put in place when complete; nothing is left behind
    if anything goes wrong (cancel included).
    """
    partial = out.with_name(out.name + ".partial")
    written: list[ManifestFile] = []
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(
            partial, "w", zipfile.ZIP_DEFLATED, allowZip64=True, compresslevel=compress_level
        ) as archive:
            stamp = datetime.now().timetuple()[:6]
            for number, entry in enumerate(entries, start=1):
                if cancel is not None:
                    cancel.raise_if_cancelled()
                # Opening by name applies the archive's method and level; pixel data that is
                # already compressed is stored (deflating it again costs time and saves nothing).
                archive.compression = (
                    zipfile.ZIP_DEFLATED if compress and entry.compress else zipfile.ZIP_STORED
                )
                with archive.open(entry.path, "w", force_zip64=True) as sink:
                    hashing = _HashingWriter(sink)
                    entry.write(hashing)
                written.append(
                    ManifestFile(entry.path, hashing.size, hashing.hash.hexdigest(), entry.kind)
                )
                progress(number, len(entries) + 2, Message("Writing the package"))
            manifest = make_manifest(written)
            archive.compression = zipfile.ZIP_DEFLATED
            manifest_bytes = manifest.to_json()
            archive.writestr(_plain_info(MANIFEST_NAME, stamp), manifest_bytes)
            archive.writestr(
                _plain_info(SIGNATURE_NAME, stamp),
                documents.signature(manifest_bytes, signing_key),
            )
        os.replace(partial, out)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return manifest


def _plain_info(name: str, stamp: tuple[int, ...]) -> zipfile.ZipInfo:
    year, month, day, hour, minute, second = stamp
    info = zipfile.ZipInfo(name, date_time=(year, month, day, hour, minute, second))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    return info


def bytes_writer(data: bytes) -> Callable[[io.RawIOBase], None]:
    """An entry writer that writes ``data``."""

    def write(sink: io.RawIOBase) -> None:
        sink.write(data)

    return write


def image_writer(file: DeidentifiedFile, source: Path) -> Callable[[io.RawIOBase], None]:
    """An entry writer for a de-identified image: its new header, then the source's pixel data.

    The pixel data is copied as it is, except that the bits above High Bit of native pixels
    are cleared on the way when the file says so (``DeidentifiedFile.tail_cleaner``).

    Raises
    ------
    PackageError
        If the source file became shorter since it was de-identified.
    """

    def copy(
        handle: io.BufferedReader,
        sink: io.RawIOBase,
        length: int,
        clean: Callable[[bytes], bytes] | None,
    ) -> None:
        remaining = length
        while remaining:
            # _COPY_CHUNK is a multiple of every word size, so chunks start on a pixel word.
            chunk = handle.read(min(_COPY_CHUNK, remaining))
            if not chunk:
                raise PackageError(
                    Message("An image changed on disk while it was exported; run the export again.")
                )
            sink.write(clean(chunk) if clean is not None else chunk)
            remaining -= len(chunk)

    def write(sink: io.RawIOBase) -> None:
        sink.write(file.header)
        if not file.tail_length:
            return
        with source.open("rb") as handle:
            handle.seek(file.tail_offset)
            # The pixel element's header goes as it is; only its value may need cleaning.
            clean = file.tail_cleaner.clean if file.tail_cleaner is not None else None
            copy(handle, sink, file.tail_value_start, None)
            copy(handle, sink, file.tail_length - file.tail_value_start, clean)

    return write
