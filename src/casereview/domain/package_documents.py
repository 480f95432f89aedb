"""Reading a package's JSON documents safely: size and depth limits, then a schema check.

A received package is untrusted input until every document in it has been checked. Each JSON
file (the manifest, its signature, the content documents) is read here with a size limit and a
nesting limit that are checked *before* parsing, so a crafted file cannot exhaust memory or the
interpreter's recursion limit, and then checked against a small declarative schema (:class:`Text`,
:class:`Integer`, :class:`Record`…). Every refusal is a :class:`PackageDocumentError` whose message
names the document and the place in it, never a value from it (values can carry identity).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from casereview.errors import ValidationError
from casereview.messages import Message

#: Deepest nesting of objects and lists a package document may have (genuine ones use five).
MAX_JSON_DEPTH = 32

#: A JSON string literal (with its escapes), removed before brackets are counted.
_STRING_LITERAL = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
#: Every byte that is not a bracket, deleted before brackets are counted.
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")


class PackageDocumentError(ValidationError):
    """A JSON document of a package is damaged, too large, too deep or not of its schema.

    Attributes
    ----------
    document
        The document's name in the package (``manifest.json``, ``documents/decisions.json``).
    """

    title = Message("Damaged package document")

    def __init__(self, message: Message, document: str) -> None:
        super().__init__(message)
        self.document = document


def nesting_depth(data: bytes) -> int:
    """How deeply the objects and lists of a JSON text nest, without parsing it.

    String literals are removed first (brackets inside text do not count); the count runs over
    the remaining brackets only, so a text of millions of brackets is measured without
    recursion.
    """
    brackets = _STRING_LITERAL.sub(b"", data).translate(None, _NOT_BRACKETS)
    depth = deepest = 0
    for byte in brackets:
        depth += 1 if byte in b"[{" else -1
        deepest = max(deepest, depth)
    return deepest


def parse_document(
    data: bytes, document: str, *, max_bytes: int, max_depth: int = MAX_JSON_DEPTH
) -> Any:
    """Parse a package's JSON document within a size and a nesting limit.

    Parameters
    ----------
    data
        The document's bytes (UTF-8 JSON).
    document
        Its name in the package, for the messages.
    max_bytes
        Largest size accepted.
    max_depth
        Deepest nesting of objects and lists accepted.

    Returns
    -------
    Any
        The parsed value (not yet checked against a schema).

    Raises
    ------
    PackageDocumentError
        If it is too large, nested too deeply, not UTF-8 or not JSON.
    """
    if len(data) > max_bytes:
        raise PackageDocumentError(
            Message(
                "{document} is larger than {limit} KB: too large to be a genuine package document.",
                document=document,
                limit=max_bytes // 1024,
            ),
            document,
        )
    if nesting_depth(data) > max_depth:
        raise PackageDocumentError(
            Message(
                "{document} is nested more than {limit} levels deep: not a genuine package "
                "document.",
                document=document,
                limit=max_depth,
            ),
            document,
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PackageDocumentError(
            Message("{document} is not UTF-8 text.", document=document), document
        ) from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise PackageDocumentError(
            Message(
                "{document} is not valid JSON (line {line}, column {column}).",
                document=document,
                line=exc.lineno,
                column=exc.colno,
            ),
            document,
        ) from exc
    except (ValueError, RecursionError) as exc:
        # Numbers too long to convert, or nesting the byte count above could not see.
        raise PackageDocumentError(
            Message("{document} is not valid JSON.", document=document), document
        ) from exc


# -- Schemas ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Text:
    """A string of at most ``max_length`` characters, optionally one of ``choices``."""

    max_length: int
    choices: frozenset[str] = frozenset()
    pattern: re.Pattern[str] | None = None


@dataclass(frozen=True, slots=True)
class Integer:
    """A whole number (not a boolean) between ``minimum`` and ``maximum``."""

    minimum: int = 0
    maximum: int = 2**63 - 1


@dataclass(frozen=True, slots=True)
class Number:
    """A finite number (whole or decimal, not a boolean) of at most ``limit`` in size."""

    limit: float = 1e12


@dataclass(frozen=True, slots=True)
class Flag:
    """``true`` or ``false``."""


@dataclass(frozen=True, slots=True)
class Nullable:
    """``null`` or a value of ``schema``."""

    schema: Schema


@dataclass(frozen=True, slots=True)
class ListOf:
    """A list of between ``min_items`` and ``max_items`` values of ``item``."""

    item: Schema
    max_items: int
    min_items: int = 0


@dataclass(frozen=True, slots=True)
class Record:
    """An object with ``required`` and ``optional`` keys; other keys are allowed and ignored."""

    required: Mapping[str, Schema]
    optional: Mapping[str, Schema] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class AnyObject:
    """An object whose content is not interpreted (its size and depth are already bounded)."""


Schema = Text | Integer | Number | Flag | Nullable | ListOf | Record | AnyObject


def check(value: Any, schema: Schema, document: str, where: str = "the document") -> None:
    """Check a parsed value against ``schema``.

    Parameters
    ----------
    value
        What :func:`parse_document` returned (or a part of it).
    schema
        What it must be.
    document
        The document's name, for the messages.
    where
        The place of ``value`` in the document (``decisions[2].uid``), for the messages.

    Raises
    ------
    PackageDocumentError
        At the first place that does not match, naming the document and the place.
    """
    match schema:
        case Nullable(inner):
            if value is not None:
                check(value, inner, document, where)
        case Text(max_length, choices, pattern):
            if not isinstance(value, str) or len(value) > max_length:
                raise PackageDocumentError(
                    Message(
                        "{document}: {where} must be text of at most {limit} characters.",
                        document=document,
                        where=where,
                        limit=max_length,
                    ),
                    document,
                )
            if (choices and value not in choices) or (pattern and not pattern.match(value)):
                raise PackageDocumentError(
                    Message(
                        "{document}: {where} has a value casereview does not know.",
                        document=document,
                        where=where,
                    ),
                    document,
                )
        case Integer(minimum, maximum):
            if (
                not isinstance(value, int)
                or isinstance(value, bool)
                or not minimum <= value <= maximum
            ):
                raise PackageDocumentError(
                    Message(
                        "{document}: {where} must be a whole number from {minimum} to {maximum}.",
                        document=document,
                        where=where,
                        minimum=minimum,
                        maximum=maximum,
                    ),
                    document,
                )
        case Number(limit):
            if (
                not isinstance(value, int | float)
                or isinstance(value, bool)
                or not math.isfinite(value)
                or abs(value) > limit
            ):
                raise PackageDocumentError(
                    Message(
                        "{document}: {where} must be a number.", document=document, where=where
                    ),
                    document,
                )
        case Flag():
            if not isinstance(value, bool):
                raise PackageDocumentError(
                    Message(
                        "{document}: {where} must be true or false.",
                        document=document,
                        where=where,
                    ),
                    document,
                )
        case ListOf(item, max_items, min_items):
            if not isinstance(value, list) or not min_items <= len(value) <= max_items:
                raise PackageDocumentError(
                    Message(
                        "{document}: {where} must be a list of {minimum} to {maximum} items.",
                        document=document,
                        where=where,
                        minimum=min_items,
                        maximum=max_items,
                    ),
                    document,
                )
            for index, element in enumerate(value):
                check(element, item, document, f"{where}[{index}]")
        case Record(required, optional):
            if not isinstance(value, dict):
                raise _not_an_object(document, where)
            for key, inner in required.items():
                if key not in value:
                    raise PackageDocumentError(
                        Message(
                            "{document}: {where} is missing.",
                            document=document,
                            where=_member(where, key),
                        ),
                        document,
                    )
                check(value[key], inner, document, _member(where, key))
            for key, inner in optional.items():
                if key in value:
                    check(value[key], inner, document, _member(where, key))
        case AnyObject():
            if not isinstance(value, dict):
                raise _not_an_object(document, where)


def _member(where: str, key: str) -> str:
    return key if where == "the document" else f"{where}.{key}"


def _not_an_object(document: str, where: str) -> PackageDocumentError:
    return PackageDocumentError(
        Message("{document}: {where} must be an object.", document=document, where=where),
        document,
    )
