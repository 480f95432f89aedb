"""JSON of resectability inputs and suggestions: round trips to equal objects and equal hashes,
messages with their templates, stable canonical text, and refusals that say what to do (no Qt,
no I/O)."""

from __future__ import annotations

import copy
import dataclasses
import json
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from casereview.domain.resectability import (
    AngleOverride,
    Provenance,
    VesselKind,
    VesselMeasurement,
)
from casereview.domain.resectability_codec import (
    INPUTS_SCHEMA,
    SUGGESTION_SCHEMA,
    canonical_json,
    content_sha256,
    inputs_from_json,
    inputs_to_json,
    message_from_json,
    message_to_json,
    suggestion_from_json,
    suggestion_to_json,
)
from casereview.domain.resectability_criteria import CRITERIA_SETS
from casereview.domain.resectability_evaluation import evaluate
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
from casereview.domain.resectability_suggestion import Suggestion
from casereview.errors import ValidationError
from casereview.messages import Message

V = VesselKind
WHEN = datetime(2026, 3, 4, 10, 30, tzinfo=UTC)
LATER = datetime(2026, 3, 5, 8, 15, 30, 123456, tzinfo=UTC)
LI = "李明 (Li Ming)"
DUBOIS = "Hélène Dubois-Lefèvre"


def stored(data: Any) -> Any:
    """``data`` as it comes back from a TEXT column."""
    return json.loads(canonical_json(data))


def assert_same_message(a: object, b: object) -> None:
    """Equal as text *and* as template and parameters, recursively.

    A Message compares as its English text only, so ``==`` on the dataclasses alone would not
    notice a message decoded as plain text or with other parameters.
    """
    assert type(a) is type(b), (a, b)
    assert a == b
    if isinstance(a, Message):
        assert isinstance(b, Message)
        assert a.template == b.template
        assert set(a.params) == set(b.params)
        for name, value in a.params.items():
            other = b.params[name]
            if isinstance(value, Message) or isinstance(other, Message):
                assert_same_message(value, other)
            else:
                assert value == other and type(value) is type(other), name


def messages_of(s: Suggestion) -> Iterable[Message]:
    for f in s.fired:
        yield f.criterion
        for e in f.evidence:
            yield e.text
    for m in s.missing:
        yield m.consequence
    yield from s.notes


def measurements(**angles: float) -> tuple[VesselMeasurement, ...]:
    """Every graded vessel measured (no contact unless given), with provenance."""
    values = {"sma": 0.0, "celiac": 0.0, "cha": 0.0, "smv": 0.0, "pv": 0.0, "ivc": 0.0}
    values |= {"aorta": 0.0, **angles}
    return (
        *(
            VesselMeasurement(V(k), a, provenance=Provenance(measurement_id=f"m-{k}"))
            for k, a in values.items()
        ),
        VesselMeasurement(V.JEJUNAL, 0.0, branch_of=V.SMA),
        VesselMeasurement(V.JEJUNAL, 0.0, branch_of=V.SMV),
    )


def rich_inputs() -> ResectabilityInputs:
    """Every field of every type set, with people's names outside ASCII."""
    sma_override = AngleOverride(190.0, DUBOIS, LATER, "partial volume at the SMA origin")
    return ResectabilityInputs(
        measurements=(
            VesselMeasurement(
                V.SMA,
                170.0,
                22.5,
                override=sma_override,
                provenance=Provenance("m-sma", "1.2.3.4.5", "1.2.3.4.6", LI, WHEN),
            ),
            # Only a person's reading: no measured angle at all.
            VesselMeasurement(V.SMV, override=AngleOverride(120.0, LI, WHEN, "tethering")),
            VesselMeasurement(V.PV, 45.25, 10.0, provenance=Provenance(segment_uid="1.2.9")),
            VesselMeasurement(V.CHA, 0.0),
            VesselMeasurement(V.CELIAC, 30.0),
            VesselMeasurement(V.IVC, 0.0),
            VesselMeasurement(V.AORTA, 0.0),
            VesselMeasurement(V.JEJUNAL, 12.5, 4.0, branch_of=V.SMA),
            VesselMeasurement(V.JEJUNAL, 0.0, branch_of=V.SMV),
        ),
        findings=(
            VesselFinding(
                V.PV,
                FindingKind.THROMBUS,
                LI,
                WHEN,
                thrombus=ThrombusKind.TUMOUR,
                provenance=Provenance(key_image_uid="1.2.840.99"),
                note="extends into the splenic confluence",
            ),
            VesselFinding(V.SMV, FindingKind.TEAR_DROP, DUBOIS),
            VesselFinding(V.CHA, FindingKind.EXTENSION_TO_HEPATIC_BIFURCATION, DUBOIS, LATER),
        ),
        variants=(
            ArterialVariant(
                VariantKind.REPLACED_RIGHT_HEPATIC,
                True,
                DUBOIS,
                WHEN,
                origin=V.SMA,
                provenance=Provenance(segment_uid="1.2.3.7"),
            ),
            ArterialVariant(VariantKind.OTHER, False, LI, description="左胃动脉 aberrant"),
        ),
        reconstruction=VeinReconstruction(Reconstructibility.YES, DUBOIS, LATER, "long segment"),
        tumour_location=TumourLocation.HEAD,
        location_provenance=Provenance(entered_by=LI, entered_at=WHEN),
        gastroduodenal_artery_involved=False,
    )


def with_measurements(
    inputs: ResectabilityInputs, *extra: VesselMeasurement
) -> ResectabilityInputs:
    kept = tuple(m for m in inputs.measurements if m.vessel not in {e.vessel for e in extra})
    return dataclasses.replace(inputs, measurements=(*kept, *extra))


def base(**kwargs: Any) -> ResectabilityInputs:
    return ResectabilityInputs(measurements(), tumour_location=TumourLocation.HEAD, **kwargs)


# --- inputs -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "inputs",
    [rich_inputs(), ResectabilityInputs(), base()],
    ids=["rich", "empty", "minimal"],
)
def test_inputs_round_trip_to_equal_inputs_with_equal_hash(inputs: ResectabilityInputs) -> None:
    data = inputs_to_json(inputs)
    assert data["schema"] == INPUTS_SCHEMA
    back = inputs_from_json(stored(data))
    assert back == inputs
    assert hash(back) == hash(inputs)
    assert inputs_to_json(back) == data


def test_rich_inputs_keep_every_detail() -> None:
    inputs = rich_inputs()
    back = inputs_from_json(stored(inputs_to_json(inputs)))
    sma = back.measurement(V.SMA)
    assert sma is not None and sma.override is not None
    assert sma.angle_deg == 170.0 and sma.effective_angle_deg == 190.0
    assert sma.override.author == DUBOIS and sma.override.at == LATER
    assert sma.override.at.tzinfo is not None and sma.override.at.microsecond == 123456
    assert sma.override.reason == "partial volume at the SMA origin"
    assert sma.provenance.entered_by == LI
    smv = back.measurement(V.SMV)
    assert smv is not None and smv.angle_deg is None and smv.effective_angle_deg == 120.0
    jejunal = back.measurement(V.JEJUNAL, V.SMA)
    assert jejunal is not None and jejunal.branch_of is V.SMA and jejunal.length_mm == 4.0
    thrombus = back.findings[0]
    assert thrombus.thrombus is ThrombusKind.TUMOUR and thrombus.kind is FindingKind.THROMBUS
    variant = back.variants[0]
    assert variant.touches_tumour and variant.origin is V.SMA
    assert back.variants[1].description == "左胃动脉 aberrant"
    assert back.reconstruction is not None and back.reconstruction.value is Reconstructibility.YES
    assert back.tumour_location is TumourLocation.HEAD
    assert back.gastroduodenal_artery_involved is False
    # The names are stored as they are, not escaped, so the database is readable.
    assert LI in canonical_json(inputs_to_json(inputs))


def test_every_field_of_every_input_type_is_written() -> None:
    data = inputs_to_json(rich_inputs())
    assert set(data) - {"schema"} == {f.name for f in dataclasses.fields(ResectabilityInputs)}
    m = data["measurements"][0]
    assert set(m) == {f.name for f in dataclasses.fields(VesselMeasurement)}
    assert set(m["override"]) == {f.name for f in dataclasses.fields(AngleOverride)}
    assert set(m["provenance"]) == {f.name for f in dataclasses.fields(Provenance)}
    assert set(data["findings"][0]) == {f.name for f in dataclasses.fields(VesselFinding)}
    assert set(data["variants"][0]) == {f.name for f in dataclasses.fields(ArterialVariant)}
    assert set(data["reconstruction"]) == {f.name for f in dataclasses.fields(VeinReconstruction)}


def test_datetimes_are_stored_in_utc_and_come_back_as_the_same_instant() -> None:
    paris = timezone(timedelta(hours=1))
    at = datetime(2026, 3, 4, 11, 30, tzinfo=paris)
    inputs = ResectabilityInputs(location_provenance=Provenance(entered_by=LI, entered_at=at))
    data = inputs_to_json(inputs)
    assert data["location_provenance"]["entered_at"] == "2026-03-04T10:30:00+00:00"
    back = inputs_from_json(stored(data))
    assert back == inputs and back.location_provenance.entered_at == WHEN
    # The same instant in another zone is the same record, with the same hash.
    in_utc = ResectabilityInputs(location_provenance=Provenance(entered_by=LI, entered_at=WHEN))
    assert content_sha256(inputs_to_json(in_utc)) == content_sha256(data)


def test_a_datetime_without_time_zone_is_not_saved() -> None:
    naive = ResectabilityInputs(
        findings=(VesselFinding(V.SMV, FindingKind.NARROWING, LI, datetime(2026, 3, 4)),)
    )
    with pytest.raises(ValidationError) as info:
        inputs_to_json(naive)
    assert "findings[0].at" in str(info.value) and "nothing was saved" in str(info.value)


# --- suggestions ------------------------------------------------------------------------------

OVERRIDE = AngleOverride(175.0, DUBOIS, LATER, "reads less on the curved reformat")

SUGGESTION_CASES: dict[str, ResectabilityInputs] = {
    "resectable": base(),
    "borderline-with-override": with_measurements(
        base(reconstruction=VeinReconstruction(Reconstructibility.YES, LI, WHEN)),
        VesselMeasurement(V.SMA, 200.0, 18.0, override=OVERRIDE),
        VesselMeasurement(V.SMV, override=AngleOverride(200.0, LI, WHEN)),
    ),
    "locally-advanced": ResectabilityInputs(
        measurements(sma=270.0, pv=200.0, celiac=90.5),
        findings=(
            VesselFinding(V.PV, FindingKind.THROMBUS, LI, WHEN, thrombus=ThrombusKind.BLAND),
            VesselFinding(V.SMV, FindingKind.OCCLUSION, DUBOIS, LATER),
        ),
        reconstruction=VeinReconstruction(Reconstructibility.NO, DUBOIS, LATER),
        tumour_location=TumourLocation.NECK,
    ),
    "incomplete": ResectabilityInputs(
        (VesselMeasurement(V.SMV, 100.0), VesselMeasurement(V.CHA, 20.0)),
        variants=(ArterialVariant(VariantKind.REPLACED_RIGHT_HEPATIC, True, DUBOIS, WHEN, V.SMA),),
    ),
    "rich": rich_inputs(),
    "nothing": ResectabilityInputs(),
}


@pytest.mark.parametrize("criteria_id", sorted(CRITERIA_SETS))
@pytest.mark.parametrize("name", list(SUGGESTION_CASES))
def test_suggestions_round_trip_with_their_messages(criteria_id: str, name: str) -> None:
    s = evaluate(CRITERIA_SETS[criteria_id], SUGGESTION_CASES[name])
    data = suggestion_to_json(s)
    assert data["schema"] == SUGGESTION_SCHEMA
    back = suggestion_from_json(stored(data))
    assert back == s
    assert hash(back) == hash(s)
    assert_same_message(back.summary(), s.summary())
    for a, b in zip(messages_of(back), messages_of(s), strict=True):
        assert_same_message(a, b)
    for got, want in zip(back.fired, s.fired, strict=True):
        assert_same_message(got.reason, want.reason)
    assert suggestion_to_json(back) == data


def test_the_cases_cover_each_kind_of_suggestion() -> None:
    nccn = CRITERIA_SETS["nccn-2.2024"]
    got = {name: evaluate(nccn, inputs) for name, inputs in SUGGESTION_CASES.items()}
    assert got["resectable"].category is ResectabilityCategory.RESECTABLE
    assert got["resectable"].complete
    assert got["borderline-with-override"].category is ResectabilityCategory.BORDERLINE
    assert any(e.overridden for f in got["borderline-with-override"].fired for e in f.evidence)
    assert got["locally-advanced"].category is ResectabilityCategory.LOCALLY_ADVANCED
    assert got["locally-advanced"].notes
    assert got["incomplete"].at_least and got["incomplete"].missing
    assert got["nothing"].category is None


def test_evidence_values_keep_their_type() -> None:
    s = evaluate(CRITERIA_SETS["nccn-2.2024"], SUGGESTION_CASES["borderline-with-override"])
    back = suggestion_from_json(stored(suggestion_to_json(s)))
    values = [(e.value, e.measured_value) for f in back.fired for e in f.evidence]
    original = [(e.value, e.measured_value) for f in s.fired for e in f.evidence]
    assert values == original
    assert [type(v) for pair in values for v in pair] == [
        type(v) for pair in original for v in pair
    ]
    assert any(isinstance(v, str) for v, _ in values) and any(m is None for _, m in values)


# --- canonical text and hashes ----------------------------------------------------------------


def test_encoding_twice_gives_the_same_canonical_text() -> None:
    inputs = rich_inputs()
    s = evaluate(CRITERIA_SETS["dpcg-2012"], inputs)
    assert canonical_json(inputs_to_json(inputs)) == canonical_json(inputs_to_json(inputs))
    assert canonical_json(suggestion_to_json(s)) == canonical_json(suggestion_to_json(s))
    assert canonical_json(inputs_to_json(inputs_from_json(stored(inputs_to_json(inputs))))) == (
        canonical_json(inputs_to_json(inputs))
    )
    text = canonical_json({"b": 1, "a": [1.5, "é"]})
    assert text == '{"a":[1.5,"é"],"b":1}'


def test_content_hash_follows_every_change_of_an_angle() -> None:
    inputs = rich_inputs()
    s = evaluate(CRITERIA_SETS["nccn-2.2024"], inputs)
    digest = content_sha256(inputs_to_json(inputs), suggestion_to_json(s))
    assert len(digest) == 64 and int(digest, 16) >= 0
    assert digest == content_sha256(inputs_to_json(rich_inputs()), suggestion_to_json(s))
    pv = inputs.measurement(V.PV)
    assert pv is not None and pv.angle_deg is not None
    moved = with_measurements(inputs, dataclasses.replace(pv, angle_deg=pv.angle_deg + 0.1))
    assert content_sha256(inputs_to_json(moved), suggestion_to_json(s)) != digest
    # The order of the parts matters: inputs then suggestion is one content, not the other.
    assert content_sha256(suggestion_to_json(s), inputs_to_json(inputs)) != digest


def test_canonical_json_refuses_nan() -> None:
    with pytest.raises(ValueError):
        canonical_json({"angle": float("nan")})


# --- messages ---------------------------------------------------------------------------------


def test_nested_message_parameters_round_trip() -> None:
    inner = Message("{vessel}: contact {angle:.1f}°", vessel=Message("portal vein"), angle=45.25)
    m = Message(
        "{criterion} Based on: {evidence}. ({count} items, overridden: {flag}, note: {none}, "
        "by {author})",
        criterion=Message("Contact with the {name}.", name=Message("portal vein")),
        evidence=inner,
        count=3,
        flag=True,
        none=None,
        author=LI,
    )
    data = message_to_json(m)
    assert isinstance(data, dict)
    assert data["params"]["evidence"]["params"]["vessel"] == {
        "template": "portal vein",
        "params": {},
    }
    back = message_from_json(stored(data))
    assert_same_message(back, m)
    assert back == "Contact with the portal vein. Based on: portal vein: contact 45.2°. " + (
        f"(3 items, overridden: True, note: None, by {LI})"
    )


def test_plain_text_stays_plain_text() -> None:
    assert message_to_json("just text {not a field}") == "just text {not a field}"
    back = message_from_json("just text {not a field}")
    assert back == "just text {not a field}" and not isinstance(back, Message)


def test_a_message_parameter_json_cannot_hold_is_not_saved() -> None:
    with pytest.raises(ValidationError, match="message.when"):
        message_to_json(Message("at {when}", when=WHEN))


def test_a_plain_text_where_a_message_belongs_is_not_saved() -> None:
    s = evaluate(CRITERIA_SETS["nccn-2.2024"], SUGGESTION_CASES["locally-advanced"])
    # Typed as Any on purpose: the point is a value the annotations forbid but nothing stops.
    plain: tuple[Any, ...] = ("plain text",)
    broken = dataclasses.replace(s, notes=plain)
    with pytest.raises(ValidationError, match=r"notes\[0\]"):
        suggestion_to_json(broken)


@pytest.mark.parametrize(
    "data",
    [
        {"template": "{a} and {b}", "params": {"a": 1}},
        {"template": "{angle:.1f}°", "params": {"angle": "wide"}},
        {"template": "{a.__class__}", "params": {"a": 1}},
        {"template": "{0}", "params": {}},
        {"template": "{a", "params": {"a": 1}},
        {"template": 3, "params": {}},
        {"template": "x"},
        {"template": "{a}", "params": {"a": [1, 2]}},
        {"template": "{a}", "params": []},
        ["not", "a", "message"],
        None,
    ],
)
def test_damaged_messages_are_refused(data: object) -> None:
    with pytest.raises(ValidationError, match="damaged"):
        message_from_json(data)


# --- refusals ---------------------------------------------------------------------------------


def _inputs() -> dict[str, Any]:
    return copy.deepcopy(stored(inputs_to_json(rich_inputs())))


def _suggestion() -> dict[str, Any]:
    s = evaluate(CRITERIA_SETS["nccn-2.2024"], SUGGESTION_CASES["borderline-with-override"])
    return copy.deepcopy(stored(suggestion_to_json(s)))


def _set(data: dict[str, Any], path: tuple[str | int, ...], value: Any) -> dict[str, Any]:
    target: Any = data
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return data


def _drop(data: dict[str, Any], path: tuple[str | int, ...]) -> dict[str, Any]:
    target: Any = data
    for step in path[:-1]:
        target = target[step]
    del target[path[-1]]
    return data


Decode = Callable[[object], object]

DAMAGED: list[tuple[str, Decode, Callable[[], object], str]] = [
    ("not-an-object", inputs_from_json, lambda: [1, 2], "damaged"),
    ("no-schema", inputs_from_json, lambda: _drop(_inputs(), ("schema",)), "schema: missing"),
    (
        "missing-measurements",
        inputs_from_json,
        lambda: _drop(_inputs(), ("measurements",)),
        "measurements: missing",
    ),
    (
        "missing-override-author",
        inputs_from_json,
        lambda: _drop(_inputs(), ("measurements", 0, "override", "author")),
        r"measurements\[0\]\.override\.author: missing",
    ),
    (
        "missing-provenance",
        inputs_from_json,
        lambda: _drop(_inputs(), ("findings", 0, "provenance")),
        r"findings\[0\]\.provenance: missing",
    ),
    (
        "angle-as-text",
        inputs_from_json,
        lambda: _set(_inputs(), ("measurements", 2, "angle_deg"), "45"),
        r"measurements\[2\]\.angle_deg: expected a finite number",
    ),
    (
        "angle-as-bool",
        inputs_from_json,
        lambda: _set(_inputs(), ("measurements", 2, "angle_deg"), True),
        "expected a finite number",
    ),
    (
        "angle-out-of-range",
        inputs_from_json,
        lambda: _set(_inputs(), ("measurements", 2, "angle_deg"), 400.0),
        r"measurements\[2\].*between 0 and 360",
    ),
    (
        "measurements-as-text",
        inputs_from_json,
        lambda: _set(_inputs(), ("measurements",), "sma"),
        "measurements: expected a list",
    ),
    (
        "unknown-vessel",
        inputs_from_json,
        lambda: _set(_inputs(), ("measurements", 0, "vessel"), "splenic"),
        "expected one of: sma, celiac",
    ),
    (
        "vessel-as-list",
        inputs_from_json,
        lambda: _set(_inputs(), ("measurements", 0, "vessel"), ["sma"]),
        "expected one of",
    ),
    (
        "naive-datetime",
        inputs_from_json,
        lambda: _set(_inputs(), ("measurements", 0, "override", "at"), "2026-03-04T10:30:00"),
        "time zone",
    ),
    (
        "not-a-datetime",
        inputs_from_json,
        lambda: _set(_inputs(), ("location_provenance", "entered_at"), "yesterday"),
        "time zone",
    ),
    (
        "flag-as-text",
        inputs_from_json,
        lambda: _set(_inputs(), ("gastroduodenal_artery_involved",), "no"),
        "true or false",
    ),
    (
        "author-as-number",
        inputs_from_json,
        lambda: _set(_inputs(), ("findings", 1, "author"), 7),
        "expected text",
    ),
    (
        "thrombus-without-kind",
        inputs_from_json,
        lambda: _set(_inputs(), ("findings", 0, "thrombus"), None),
        "bland or tumour",
    ),
    (
        "measured-twice",
        inputs_from_json,
        lambda: _set(_inputs(), ("measurements", 1, "vessel"), "sma"),
        "measured twice",
    ),
    (
        "reconstruction-as-text",
        inputs_from_json,
        lambda: _set(_inputs(), ("reconstruction",), "yes"),
        "reconstruction: expected an object",
    ),
    ("suggestion-not-an-object", suggestion_from_json, lambda: "text", "damaged"),
    (
        "suggestion-missing-at-least",
        suggestion_from_json,
        lambda: _drop(_suggestion(), ("at_least",)),
        "at_least: missing",
    ),
    (
        "suggestion-bad-category",
        suggestion_from_json,
        lambda: _set(_suggestion(), ("category",), "operable"),
        "expected one of: resectable",
    ),
    (
        "suggestion-criterion-as-text",
        suggestion_from_json,
        lambda: _set(_suggestion(), ("fired", 0, "criterion"), "SMA contact"),
        r"fired\[0\]\.criterion: expected an object",
    ),
    (
        "suggestion-evidence-value-as-list",
        suggestion_from_json,
        lambda: _set(_suggestion(), ("fired", 0, "evidence", 0, "value"), [1]),
        r"fired\[0\]\.evidence\[0\]\.value: expected a finite number",
    ),
    (
        "suggestion-broken-note",
        suggestion_from_json,
        lambda: _set(_suggestion(), ("notes",), [{"template": "{x}", "params": {}}]),
        r"notes\[0\]: the template and its parameters do not fit",
    ),
    (
        "suggestion-missing-provenance-list",
        suggestion_from_json,
        lambda: _drop(_suggestion(), ("fired", 0, "evidence", 0, "provenance")),
        "provenance: missing",
    ),
]


@pytest.mark.parametrize(
    ("decode", "make", "expected"),
    [d[1:] for d in DAMAGED],
    ids=[d[0] for d in DAMAGED],
)
def test_damaged_data_is_refused_with_a_sentence(
    decode: Decode, make: Callable[[], object], expected: str
) -> None:
    with pytest.raises(ValidationError, match=expected) as info:
        decode(make())
    assert isinstance(info.value.message, Message)


@pytest.mark.parametrize(
    ("decode", "schema", "expected"),
    [
        (inputs_from_json, "casereview.resectability-inputs/2", "newer casereview"),
        (suggestion_from_json, "casereview.resectability-suggestion/17", "newer casereview"),
        (inputs_from_json, "casereview.resectability-inputs/0", "not a saved"),
        (inputs_from_json, "casereview.resectability-inputs/x", "not a saved"),
        (inputs_from_json, SUGGESTION_SCHEMA, "not a saved"),
        (suggestion_from_json, INPUTS_SCHEMA, "not a saved"),
        (inputs_from_json, 1, "not a saved"),
        (inputs_from_json, None, "not a saved"),
    ],
)
def test_unknown_formats_are_refused_with_what_to_do(
    decode: Decode, schema: object, expected: str
) -> None:
    data = _inputs() if decode is inputs_from_json else _suggestion()
    data["schema"] = schema
    with pytest.raises(ValidationError, match=expected) as info:
        decode(data)
    if expected == "newer casereview":
        assert "update casereview to open it" in str(info.value)
        assert str(schema) in str(info.value)


def test_unknown_keys_are_ignored_and_integral_numbers_accepted() -> None:
    data = _inputs()
    data["added_by_a_later_tool"] = {"x": 1}
    data["measurements"][3]["angle_deg"] = 0
    assert inputs_from_json(data) == rich_inputs()
