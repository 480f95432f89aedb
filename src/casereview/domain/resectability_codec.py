"""JSON for resectability inputs and suggestions, as stored with each assessment version.

A version of an assessment keeps what the rules read
(:class:`~casereview.domain.resectability_findings.ResectabilityInputs`) and what they suggested
(:class:`~casereview.domain.resectability_suggestion.Suggestion`) as JSON text. Decoding gives
back objects equal (``==``) to the stored ones, with equal hashes, and every
:class:`~casereview.messages.Message` with its template and parameters, so a stored suggestion
is still shown in the reader's language.

The format, decided once here:

* Each payload names its format in ``"schema"`` (:data:`INPUTS_SCHEMA`,
  :data:`SUGGESTION_SCHEMA`); a format this version does not know is refused with a sentence
  saying what to do, never guessed at.
* Every key the encoder writes must be there when decoding: a missing key means the text was
  damaged or written by something else, and guessing a default ("no override") would silently
  change what the rules read. Keys this version does not know are ignored.
* Enums are stored by value; datetimes as ISO 8601 in UTC (``2026-03-04T10:30:00+00:00``).
  A datetime without a time zone is refused both ways: its instant is unknown, so stored it
  would become a record that can never be opened again.
* A message is ``{"template": ..., "params": {...}}`` with nested messages encoded the same
  way; a plain ``str`` stays a JSON string.
* :func:`canonical_json` is the one serialisation that is hashed (:func:`content_sha256`).

Decoding raises only :class:`~casereview.errors.ValidationError`, whose message names the
damaged field (a key path, never a stored value, so no patient data reaches a dialog or a log).
"""

from __future__ import annotations

import hashlib
import json
import math
import string
from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, TypeVar

from casereview.domain.resectability import (
    AngleOverride,
    Provenance,
    VesselKind,
    VesselMeasurement,
)
from casereview.domain.resectability_findings import (
    ArterialVariant,
    FindingKind,
    Reconstructibility,
    ResectabilityInputs,
    ThrombusKind,
    TumourLocation,
    VariantKind,
    VeinReconstruction,
    VesselFinding,
)
from casereview.domain.resectability_rules import ResectabilityCategory
from casereview.domain.resectability_suggestion import (
    Evidence,
    EvidenceKind,
    FiredRule,
    MissingData,
    MissingKind,
    Suggestion,
)
from casereview.errors import ValidationError
from casereview.messages import Message, restore_message

#: Format of :func:`inputs_to_json` payloads.
INPUTS_SCHEMA = "casereview.resectability-inputs/1"
#: Format of :func:`suggestion_to_json` payloads.
SUGGESTION_SCHEMA = "casereview.resectability-suggestion/1"

_E = TypeVar("_E", bound=StrEnum)
_T = TypeVar("_T")

# --- errors -----------------------------------------------------------------------------------

_MISSING = Message("missing")
_NOT_TEXT = Message("expected text")
_NOT_NUMBER = Message("expected a finite number")
_NOT_FLAG = Message("expected true or false")
_NOT_LIST = Message("expected a list")
_NOT_OBJECT = Message("expected an object")
_NOT_WHEN = Message("expected a date and time with its time zone")
_NOT_PLAIN_FIELDS = Message("a message template uses fields other than plain names")


def _damaged(where: str, problem: str) -> ValidationError:
    return ValidationError(
        Message(
            "A saved resectability assessment is damaged and cannot be opened ({field}: "
            "{problem}). Record the assessment again, or ask your administrator to restore "
            "the database from a backup.",
            field=where,
            problem=problem,
        )
    )


def _unsavable(where: str, problem: str) -> ValidationError:
    return ValidationError(
        Message(
            "This resectability assessment cannot be saved ({field}: {problem}). Please "
            "report this to your administrator; nothing was saved.",
            field=where,
            problem=problem,
        )
    )


# --- messages ---------------------------------------------------------------------------------


def _plain_fields(template: str) -> bool:
    """Whether every field of ``template`` is a plain ``{name}`` with a literal format spec.

    Attribute and index access (``{a.b}``, ``{a[0]}``) and nested specs are refused: a stored
    template is data, and formatting it must not reach into the parameters' attributes.
    """
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError:
        return False
    return all(
        name is None or (name.isidentifier() and "{" not in (spec or ""))
        for _, name, spec, _ in parsed
    )


def _param_to_json(value: object, where: str) -> Any:
    # bool before int: bool is an int, and must come back as true/false.
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, Message):
        return _message_to_json(value, where)
    if isinstance(value, str):
        # A StrEnum parameter is stored as its text, which formats the same.
        return str(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _unsavable(where, _NOT_NUMBER)
        return float(value)
    raise _unsavable(
        where,
        Message("a message parameter of type {kind} cannot be stored", kind=type(value).__name__),
    )


def _message_to_json(m: Message, where: str) -> dict[str, Any]:
    if not _plain_fields(m.template):
        raise _unsavable(where, _NOT_PLAIN_FIELDS)
    return {
        "template": m.template,
        "params": {
            name: _param_to_json(value, f"{where}.{name}") for name, value in m.params.items()
        },
    }


def message_to_json(m: str) -> dict[str, Any] | str:
    """A message as JSON: ``{"template": ..., "params": {...}}``; a plain ``str`` as itself.

    Parameters
    ----------
    m
        A :class:`~casereview.messages.Message` (parameters: numbers, text, booleans,
        ``None`` or messages, which are encoded the same way) or plain text.

    Returns
    -------
    dict or str
        JSON-ready data for :func:`message_from_json`.

    Raises
    ------
    ValidationError
        If a parameter is of another type or not finite, or the template uses attribute or
        index access; such a message could not be read back as it is.
    """
    if isinstance(m, Message):
        return _message_to_json(m, "message")
    return str(m)


def message_from_json(data: object) -> str:
    """Inverse of :func:`message_to_json`.

    Parameters
    ----------
    data
        A JSON string (plain text) or a ``{"template", "params"}`` object.

    Returns
    -------
    str
        Plain text, or a :class:`~casereview.messages.Message` with the stored template and
        parameters (its English text follows from them).

    Raises
    ------
    ValidationError
        If ``data`` is neither, or the template and parameters do not fit together.
    """
    if isinstance(data, str):
        return str(data)
    return _message_from_json(data, "message")


def _param_from_json(value: object, where: str) -> object:
    if value is None or isinstance(value, bool | str | int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _damaged(where, _NOT_NUMBER)
        return value
    if isinstance(value, Mapping):
        return _message_from_json(value, where)
    raise _damaged(where, Message("not a value a message can hold"))


def _message_from_json(data: object, where: str) -> Message:
    r = _Reader(data, where)
    template = r.text("template")
    params = r.child("params")
    if not _plain_fields(template):
        raise _damaged(where, _NOT_PLAIN_FIELDS)
    values = {
        name: _param_from_json(value, f"{params.where}.{name}")
        for name, value in params.data.items()
    }
    try:
        # restore_message: the one place that builds a Message from a template given as data.
        return restore_message(template, values)
    except (KeyError, IndexError, ValueError, TypeError, AttributeError) as exc:
        # The template names a field without a parameter, or a parameter does not fit its
        # format spec ("{angle:.1f}" given text).
        raise _damaged(where, Message("the template and its parameters do not fit")) from exc


# --- reading ----------------------------------------------------------------------------------


class _Reader:
    """One JSON object being decoded, with its key path for error messages."""

    def __init__(self, data: object, where: str) -> None:
        if not isinstance(data, Mapping):
            raise _damaged(where, _NOT_OBJECT)
        self.data: Mapping[str, object] = data
        self.where = where

    def at(self, key: str) -> str:
        return f"{self.where}.{key}"

    def raw(self, key: str) -> object:
        try:
            return self.data[key]
        except KeyError:
            raise _damaged(self.at(key), _MISSING) from None

    def text(self, key: str) -> str:
        value = self.raw(key)
        if not isinstance(value, str):
            raise _damaged(self.at(key), _NOT_TEXT)
        return value

    def flag(self, key: str) -> bool:
        value = self.raw(key)
        if not isinstance(value, bool):
            raise _damaged(self.at(key), _NOT_FLAG)
        return value

    def optional_flag(self, key: str) -> bool | None:
        return None if self.raw(key) is None else self.flag(key)

    def optional_number(self, key: str) -> float | None:
        value = self.raw(key)
        if value is None:
            return None
        return _number(value, self.at(key))

    def optional_when(self, key: str) -> datetime | None:
        return None if self.raw(key) is None else self.when(key)

    def when(self, key: str) -> datetime:
        value = self.raw(key)
        if not isinstance(value, str):
            raise _damaged(self.at(key), _NOT_WHEN)
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            raise _damaged(self.at(key), _NOT_WHEN) from None
        if parsed.tzinfo is None or parsed.utcoffset() is None:
            raise _damaged(self.at(key), _NOT_WHEN)
        return parsed

    def enum(self, key: str, kind: type[_E]) -> _E:
        value = self.raw(key)
        if isinstance(value, str):
            try:
                return kind(value)
            except ValueError:
                pass
        raise _damaged(
            self.at(key),
            Message("expected one of: {values}", values=", ".join(str(m.value) for m in kind)),
        )

    def optional_enum(self, key: str, kind: type[_E]) -> _E | None:
        return None if self.raw(key) is None else self.enum(key, kind)

    def child(self, key: str) -> _Reader:
        return _Reader(self.raw(key), self.at(key))

    def optional_child(self, key: str) -> _Reader | None:
        return None if self.raw(key) is None else self.child(key)

    def items(self, key: str) -> Iterator[tuple[object, str]]:
        value = self.raw(key)
        # A string is iterable too; only a JSON array is a list here.
        if not isinstance(value, list):
            raise _damaged(self.at(key), _NOT_LIST)
        for i, item in enumerate(value):
            yield item, f"{self.at(key)}[{i}]"

    def children(self, key: str) -> Iterator[_Reader]:
        for item, where in self.items(key):
            yield _Reader(item, where)

    def message(self, key: str) -> Message:
        return _message_from_json(self.raw(key), self.at(key))

    def build(self, make: Callable[..., _T], /, *args: object, **kwargs: object) -> _T:
        """``make(*args, **kwargs)``, its own refusals reported as damage at this path."""
        try:
            return make(*args, **kwargs)
        except ValidationError as exc:
            raise _damaged(self.where, exc.message) from exc


def _number(value: object, where: str) -> float:
    # JSON has one number type: an integral angle may come back as 30 rather than 30.0.
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _damaged(where, _NOT_NUMBER)
    number = float(value)
    if not math.isfinite(number):
        raise _damaged(where, _NOT_NUMBER)
    return number


def _payload(data: object, schema: str) -> _Reader:
    """The payload's reader once its ``schema`` is known to be ``schema``."""
    r = _Reader(data, "assessment")
    found = r.raw("schema")
    if found == schema:
        return r
    family, _, version = schema.rpartition("/")
    if (
        isinstance(found, str)
        and found.startswith(family + "/")
        and found[len(family) + 1 :].isdigit()
        and int(found[len(family) + 1 :]) > int(version)
    ):
        raise ValidationError(
            Message(
                "This resectability assessment was saved by a newer casereview (format "
                "{format}); update casereview to open it.",
                format=found[:80],
            )
        )
    raise ValidationError(
        Message(
            "This is not a saved resectability assessment this casereview can read (format "
            "{format}, expected {expected}).",
            format=str(found)[:80],
            expected=schema,
        )
    )


# --- writing ----------------------------------------------------------------------------------


def _when(value: datetime | None, where: str) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None or value.utcoffset() is None:
        raise _unsavable(where, _NOT_WHEN)
    # One spelling per instant, so equal records hash the same whatever zone they came in.
    return value.astimezone(UTC).isoformat()


def _enum(value: StrEnum | None) -> str | None:
    return None if value is None else str(value.value)


def _finite(value: float | None, where: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not math.isfinite(value):
        raise _unsavable(where, _NOT_NUMBER)
    return float(value)


def _message_field(value: object, where: str) -> dict[str, Any]:
    # A field typed Message must stay one: plain text here would save but never load back.
    if not isinstance(value, Message):
        raise _unsavable(where, Message("expected a translatable message, found plain text"))
    return _message_to_json(value, where)


# --- inputs -----------------------------------------------------------------------------------


def _provenance_to_json(p: Provenance, where: str) -> dict[str, Any]:
    return {
        "measurement_id": p.measurement_id,
        "segment_uid": p.segment_uid,
        "key_image_uid": p.key_image_uid,
        "entered_by": p.entered_by,
        "entered_at": _when(p.entered_at, f"{where}.entered_at"),
    }


def _provenance_from_json(r: _Reader) -> Provenance:
    return r.build(
        Provenance,
        measurement_id=r.text("measurement_id"),
        segment_uid=r.text("segment_uid"),
        key_image_uid=r.text("key_image_uid"),
        entered_by=r.text("entered_by"),
        entered_at=r.optional_when("entered_at"),
    )


def _measurement_to_json(m: VesselMeasurement, where: str) -> dict[str, Any]:
    o = m.override
    return {
        "vessel": _enum(m.vessel),
        "angle_deg": _finite(m.angle_deg, f"{where}.angle_deg"),
        "length_mm": _finite(m.length_mm, f"{where}.length_mm"),
        "override": None
        if o is None
        else {
            "angle_deg": _finite(o.angle_deg, f"{where}.override.angle_deg"),
            "author": o.author,
            "at": _when(o.at, f"{where}.override.at"),
            "reason": o.reason,
        },
        "branch_of": _enum(m.branch_of),
        "provenance": _provenance_to_json(m.provenance, f"{where}.provenance"),
    }


def _measurement_from_json(r: _Reader) -> VesselMeasurement:
    o = r.optional_child("override")
    override = (
        None
        if o is None
        else o.build(
            AngleOverride,
            angle_deg=_number(o.raw("angle_deg"), o.at("angle_deg")),
            author=o.text("author"),
            at=o.when("at"),
            reason=o.text("reason"),
        )
    )
    return r.build(
        VesselMeasurement,
        vessel=r.enum("vessel", VesselKind),
        angle_deg=r.optional_number("angle_deg"),
        length_mm=r.optional_number("length_mm"),
        override=override,
        branch_of=r.optional_enum("branch_of", VesselKind),
        provenance=_provenance_from_json(r.child("provenance")),
    )


def _finding_to_json(f: VesselFinding, where: str) -> dict[str, Any]:
    return {
        "vessel": _enum(f.vessel),
        "kind": _enum(f.kind),
        "author": f.author,
        "at": _when(f.at, f"{where}.at"),
        "thrombus": _enum(f.thrombus),
        "provenance": _provenance_to_json(f.provenance, f"{where}.provenance"),
        "note": f.note,
    }


def _finding_from_json(r: _Reader) -> VesselFinding:
    return r.build(
        VesselFinding,
        vessel=r.enum("vessel", VesselKind),
        kind=r.enum("kind", FindingKind),
        author=r.text("author"),
        at=r.optional_when("at"),
        thrombus=r.optional_enum("thrombus", ThrombusKind),
        provenance=_provenance_from_json(r.child("provenance")),
        note=r.text("note"),
    )


def _variant_to_json(v: ArterialVariant, where: str) -> dict[str, Any]:
    return {
        "kind": _enum(v.kind),
        "touches_tumour": bool(v.touches_tumour),
        "author": v.author,
        "at": _when(v.at, f"{where}.at"),
        "origin": _enum(v.origin),
        "description": v.description,
        "provenance": _provenance_to_json(v.provenance, f"{where}.provenance"),
    }


def _variant_from_json(r: _Reader) -> ArterialVariant:
    return r.build(
        ArterialVariant,
        kind=r.enum("kind", VariantKind),
        touches_tumour=r.flag("touches_tumour"),
        author=r.text("author"),
        at=r.optional_when("at"),
        origin=r.optional_enum("origin", VesselKind),
        description=r.text("description"),
        provenance=_provenance_from_json(r.child("provenance")),
    )


def inputs_to_json(inputs: ResectabilityInputs) -> dict[str, Any]:
    """What the rules read, as JSON (``schema`` :data:`INPUTS_SCHEMA`).

    Parameters
    ----------
    inputs
        Measurements (with overrides and provenance), findings, variants, reconstructibility,
        tumour location and gastroduodenal artery involvement.

    Returns
    -------
    dict
        JSON-ready data; :func:`inputs_from_json` gives back equal inputs.

    Raises
    ------
    ValidationError
        If a datetime has no time zone or a number is not finite: such inputs could be saved
        but never opened again.
    """
    r = inputs.reconstruction
    return {
        "schema": INPUTS_SCHEMA,
        "measurements": [
            _measurement_to_json(m, f"measurements[{i}]") for i, m in enumerate(inputs.measurements)
        ],
        "findings": [_finding_to_json(f, f"findings[{i}]") for i, f in enumerate(inputs.findings)],
        "variants": [_variant_to_json(v, f"variants[{i}]") for i, v in enumerate(inputs.variants)],
        "reconstruction": None
        if r is None
        else {
            "value": _enum(r.value),
            "author": r.author,
            "at": _when(r.at, "reconstruction.at"),
            "note": r.note,
        },
        "tumour_location": _enum(inputs.tumour_location),
        "location_provenance": _provenance_to_json(
            inputs.location_provenance, "location_provenance"
        ),
        "gastroduodenal_artery_involved": inputs.gastroduodenal_artery_involved,
    }


def inputs_from_json(data: object) -> ResectabilityInputs:
    """Inverse of :func:`inputs_to_json`.

    Parameters
    ----------
    data
        Parsed JSON (``json.loads`` of the stored text).

    Returns
    -------
    ResectabilityInputs
        Equal to the inputs that were encoded; datetimes in UTC.

    Raises
    ------
    ValidationError
        If the format is unknown (e.g. saved by a newer casereview) or the data are damaged:
        a key missing, a value of the wrong type, or values the inputs refuse.
    """
    r = _payload(data, INPUTS_SCHEMA)
    rc = r.optional_child("reconstruction")
    reconstruction = (
        None
        if rc is None
        else rc.build(
            VeinReconstruction,
            value=rc.enum("value", Reconstructibility),
            author=rc.text("author"),
            at=rc.optional_when("at"),
            note=rc.text("note"),
        )
    )
    return r.build(
        ResectabilityInputs,
        measurements=tuple(_measurement_from_json(m) for m in r.children("measurements")),
        findings=tuple(_finding_from_json(f) for f in r.children("findings")),
        variants=tuple(_variant_from_json(v) for v in r.children("variants")),
        reconstruction=reconstruction,
        tumour_location=r.optional_enum("tumour_location", TumourLocation),
        location_provenance=_provenance_from_json(r.child("location_provenance")),
        gastroduodenal_artery_involved=r.optional_flag("gastroduodenal_artery_involved"),
    )


# --- suggestions ------------------------------------------------------------------------------


def _evidence_to_json(e: Evidence, where: str) -> dict[str, Any]:
    value: float | str | None = e.value
    if not isinstance(value, str):
        value = _finite(value, f"{where}.value")
    return {
        "kind": _enum(e.kind),
        "vessel": _enum(e.vessel),
        "text": _message_field(e.text, f"{where}.text"),
        "value": value,
        "unit": e.unit,
        "overridden": bool(e.overridden),
        "measured_value": _finite(e.measured_value, f"{where}.measured_value"),
        "provenance": [
            _provenance_to_json(p, f"{where}.provenance[{i}]") for i, p in enumerate(e.provenance)
        ],
    }


def _evidence_from_json(r: _Reader) -> Evidence:
    raw = r.raw("value")
    value: float | str | None = (
        raw if raw is None or isinstance(raw, str) else _number(raw, r.at("value"))
    )
    return r.build(
        Evidence,
        kind=r.enum("kind", EvidenceKind),
        vessel=r.optional_enum("vessel", VesselKind),
        text=r.message("text"),
        value=value,
        unit=r.text("unit"),
        overridden=r.flag("overridden"),
        measured_value=r.optional_number("measured_value"),
        provenance=tuple(_provenance_from_json(p) for p in r.children("provenance")),
    )


def suggestion_to_json(s: Suggestion) -> dict[str, Any]:
    """A suggestion with every reason, as JSON (``schema`` :data:`SUGGESTION_SCHEMA`).

    Parameters
    ----------
    s
        The suggestion (criteria, category, fired rules with their evidence, missing data,
        notes).

    Returns
    -------
    dict
        JSON-ready data; :func:`suggestion_from_json` gives back an equal suggestion whose
        messages keep their templates and parameters.

    Raises
    ------
    ValidationError
        If a message, number or datetime in it could not be read back as it is (a plain
        ``str`` where a message belongs, a non-finite number, a datetime without time zone).
    """
    return {
        "schema": SUGGESTION_SCHEMA,
        "criteria_id": s.criteria_id,
        "criteria_name": s.criteria_name,
        "citation": s.citation,
        "category": _enum(s.category),
        "at_least": bool(s.at_least),
        "fired": [
            {
                "rule_id": f.rule_id,
                "category": _enum(f.category),
                "vessel": _enum(f.vessel),
                "criterion": _message_field(f.criterion, f"fired[{i}].criterion"),
                "evidence": [
                    _evidence_to_json(e, f"fired[{i}].evidence[{j}]")
                    for j, e in enumerate(f.evidence)
                ],
            }
            for i, f in enumerate(s.fired)
        ],
        "missing": [
            {
                "kind": _enum(m.kind),
                "vessel": _enum(m.vessel),
                "consequence": _message_field(m.consequence, f"missing[{i}].consequence"),
                "could_raise": bool(m.could_raise),
            }
            for i, m in enumerate(s.missing)
        ],
        "notes": [_message_field(n, f"notes[{i}]") for i, n in enumerate(s.notes)],
    }


def suggestion_from_json(data: object) -> Suggestion:
    """Inverse of :func:`suggestion_to_json`.

    Parameters
    ----------
    data
        Parsed JSON (``json.loads`` of the stored text).

    Returns
    -------
    Suggestion
        Equal to the suggestion that was encoded, with the same ``summary()``.

    Raises
    ------
    ValidationError
        If the format is unknown (e.g. saved by a newer casereview) or the data are damaged.
    """
    r = _payload(data, SUGGESTION_SCHEMA)
    fired = tuple(
        f.build(
            FiredRule,
            rule_id=f.text("rule_id"),
            category=f.enum("category", ResectabilityCategory),
            vessel=f.optional_enum("vessel", VesselKind),
            criterion=f.message("criterion"),
            evidence=tuple(_evidence_from_json(e) for e in f.children("evidence")),
        )
        for f in r.children("fired")
    )
    missing = tuple(
        m.build(
            MissingData,
            kind=m.enum("kind", MissingKind),
            vessel=m.optional_enum("vessel", VesselKind),
            consequence=m.message("consequence"),
            could_raise=m.flag("could_raise"),
        )
        for m in r.children("missing")
    )
    notes = tuple(_message_from_json(n, where) for n, where in r.items("notes"))
    return r.build(
        Suggestion,
        criteria_id=r.text("criteria_id"),
        criteria_name=r.text("criteria_name"),
        citation=r.text("citation"),
        category=r.optional_enum("category", ResectabilityCategory),
        at_least=r.flag("at_least"),
        fired=fired,
        missing=missing,
        notes=notes,
    )


# --- hashing ----------------------------------------------------------------------------------


def canonical_json(data: object) -> str:
    """The one JSON text of ``data`` that is hashed: sorted keys, no spaces, UTF-8 as is.

    Parameters
    ----------
    data
        JSON-ready data (e.g. from :func:`inputs_to_json`).

    Returns
    -------
    str
        ``json.dumps`` with sorted keys, compact separators and ``ensure_ascii=False``.

    Raises
    ------
    ValueError
        If ``data`` holds NaN or an infinity (JSON has no such numbers).
    TypeError
        If ``data`` holds something JSON cannot represent.
    """
    return json.dumps(
        data, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    )


def content_sha256(*parts: dict[str, Any]) -> str:
    """Hex SHA-256 of the canonical JSON (UTF-8) of ``parts`` as one list.

    Parameters
    ----------
    *parts
        JSON-ready payloads, in a fixed order (e.g. inputs, then suggestions).

    Returns
    -------
    str
        64 lowercase hexadecimal digits; equal for equal content, whatever the key order.
    """
    return hashlib.sha256(canonical_json(list(parts)).encode("utf-8")).hexdigest()
