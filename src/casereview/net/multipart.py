"""The parts of a streamed ``multipart/related`` answer (RFC 2046 5.1, RFC 2387), as bytes.

A WADO-RS series arrives as one multipart answer, a DICOM file per part. dicomweb-client reads
it too, but hands each part over decoded as a pydicom Dataset, and writing that back to a file
cost more than the whole download (2.4 ms an image against 0.4 ms); the retrieve keeps the bytes
as the archive sent them. The parts are cut from the stream as it arrives, so memory holds one
part and one chunk at a time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

_CRLF = b"\r\n"
_HEADERS_END = b"\r\n\r\n"


class MultipartError(ValueError):
    """The answer is not the multipart message its header announced (cut short, or garbled)."""


def boundary_of(content_type: str) -> str | None:
    """The ``boundary`` parameter of a ``multipart/*`` Content-Type, or ``None``.

    ``None`` also for a single-part type (``application/dicom``): some archives send a lone
    instance that way.
    """
    media_type, *parameters = (p.strip() for p in content_type.split(";"))
    if not media_type.lower().startswith("multipart/"):
        return None
    for parameter in parameters:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "boundary":
            return value.strip().strip('"') or None
    return None


def iter_parts(chunks: Iterable[bytes], boundary: str) -> Iterator[bytes]:
    """The body of each part of a multipart message read as ``chunks``, in order.

    Parameters
    ----------
    chunks
        The message body in pieces of any size (``requests``' ``iter_content``).
    boundary
        The boundary from the Content-Type (:func:`boundary_of`).

    Yields
    ------
    bytes
        Each part's content, without its headers.

    Raises
    ------
    MultipartError
        If the body ends before its closing delimiter (the last part could be cut short and
        is not yielded) or holds no delimiter at all.
    """
    delimiter = _CRLF + b"--" + boundary.encode("ascii")
    # A body may start with its first delimiter, without the CRLF that precedes later ones.
    buffer = bytearray(_CRLF)
    search_from = 0
    seen_delimiter = False
    for chunk in chunks:
        buffer += chunk
        while True:
            at = buffer.find(delimiter, search_from)
            if at < 0:
                # The next delimiter may straddle this chunk and the next one.
                search_from = max(0, len(buffer) - len(delimiter) + 1)
                break
            if seen_delimiter:
                # buffer[:at] is the rest of the previous delimiter's line, the part's
                # headers, an empty line, and the part's content.
                if buffer.startswith(b"--"):
                    return  # that delimiter closed the message; the rest is its epilogue
                yield _content(buffer, at)
            seen_delimiter = True
            del buffer[: at + len(delimiter)]  # cheap: CPython moves the start of a bytearray
            search_from = 0
    if seen_delimiter and buffer.startswith(b"--"):
        return
    raise MultipartError(
        "the multipart answer ended before its closing boundary"
        if seen_delimiter
        else "the answer holds no multipart boundary"
    )


def _content(buffer: bytearray, end: int) -> bytes:
    """The content of the part in ``buffer[:end]``: what follows its headers' empty line."""
    headers_end = buffer.find(_HEADERS_END, 0, end)
    if headers_end < 0:
        raise MultipartError("a part of the multipart answer has no end to its headers")
    with memoryview(buffer) as view:
        return bytes(view[headers_end + len(_HEADERS_END) : end])
