"""Cutting a streamed multipart/related answer into its parts, whatever the chunk sizes."""

from __future__ import annotations

import random

import pytest

from casereview.net.multipart import MultipartError, boundary_of, iter_parts

BOUNDARY = "a1b2c3-boundary"


def message(parts: list[bytes], *, preamble: bytes = b"", epilogue: bytes = b"") -> bytes:
    """A multipart/related body as an archive writes it (headers on every part)."""
    body = bytearray(preamble)
    for part in parts:
        body += b"--" + BOUNDARY.encode() + b"\r\n"
        body += b"Content-Type: application/dicom\r\nContent-Length: %d\r\n\r\n" % len(part)
        body += part + b"\r\n"
    body += b"--" + BOUNDARY.encode() + b"--\r\n" + epilogue
    return bytes(body)


def chunked(data: bytes, sizes: list[int]) -> list[bytes]:
    chunks, at = [], 0
    for size in sizes:
        chunks.append(data[at : at + size])
        at += size
    chunks.append(data[at:])
    return [c for c in chunks if c]


# Contents chosen to look like the delimiter's pieces: CRLF, dashes, the boundary itself
# without its leading dashes, and an empty part.
PARTS = [
    b"\x00" * 128 + b"DICM" + bytes(range(256)) * 40,
    b"--" + BOUNDARY.encode()[:-1] + b"\r\n\r\n",
    b"",
    b"\r\n-" + BOUNDARY.encode(),
    bytes(range(256)) * 4096,
]


def test_parts_come_out_whole_and_in_order_for_one_chunk() -> None:
    body = message(PARTS, preamble=b"ignored preamble\r\n", epilogue=b"ignored epilogue")
    assert list(iter_parts([body], BOUNDARY)) == PARTS


@pytest.mark.parametrize("size", [1, 2, 3, 7, len(BOUNDARY) + 3, 4096, 1 << 20])
def test_every_chunk_size_gives_the_same_parts(size: int) -> None:
    body = message(PARTS)
    chunks = [body[i : i + size] for i in range(0, len(body), size)]
    assert list(iter_parts(chunks, BOUNDARY)) == PARTS


def test_random_cuts_give_the_same_parts() -> None:
    body = message(PARTS)
    draw = random.Random(20261205)  # fixed seed: the same cuts on every run
    for _ in range(200):
        sizes = [draw.randint(1, 5000) for _ in range(draw.randint(1, 60))]
        assert list(iter_parts(chunked(body, sizes), BOUNDARY)) == PARTS


def test_a_part_without_headers_is_its_bytes() -> None:
    body = b"--" + BOUNDARY.encode() + b"\r\n\r\nplain\r\n--" + BOUNDARY.encode() + b"--"
    assert list(iter_parts([body], BOUNDARY)) == [b"plain"]


def test_an_answer_cut_short_yields_the_whole_parts_then_says_so() -> None:
    body = message(PARTS)
    cut = body[: body.index(PARTS[-1]) + 1000]  # in the middle of the last part
    parts = iter_parts([cut], BOUNDARY)
    assert [next(parts) for _ in PARTS[:-1]] == PARTS[:-1]
    with pytest.raises(MultipartError, match="ended before its closing boundary"):
        next(parts)


def test_an_answer_without_any_boundary_is_refused() -> None:
    with pytest.raises(MultipartError, match="no multipart boundary"):
        list(iter_parts([b"<html>Service unavailable</html>"], BOUNDARY))


def test_no_part_is_an_empty_message() -> None:
    assert list(iter_parts([b"--" + BOUNDARY.encode() + b"--\r\n"], BOUNDARY)) == []


@pytest.mark.parametrize(
    ("content_type", "boundary"),
    [
        (f'multipart/related; type="application/dicom"; boundary={BOUNDARY}', BOUNDARY),
        (f'Multipart/Related; boundary="{BOUNDARY}"; type="application/dicom"', BOUNDARY),
        (f"multipart/related;boundary={BOUNDARY};transfer-syntax=*", BOUNDARY),
        ("application/dicom", None),
        ("multipart/related; type=application/dicom", None),
    ],
)
def test_boundary_of_content_types(content_type: str, boundary: str | None) -> None:
    assert boundary_of(content_type) == boundary
