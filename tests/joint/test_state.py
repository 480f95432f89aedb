"""The session state machine and the protocol's checks, without a relay."""

from __future__ import annotations

import pytest

from casereview.domain.annotations import AnnotationKind
from casereview.joint.errors import ForeignPackageError, MalformedMessageError, ProtocolVersionError
from casereview.joint.protocol import (
    AnnotationShape,
    ControlMode,
    ControlRequest,
    ControlState,
    CrosshairState,
    ParticipantInfo,
    ParticipantRole,
    SeriesState,
    WindowState,
    decode,
    encode,
    encode_value,
    read_envelope,
)
from casereview.joint.state import (
    Connection,
    ControlChange,
    JointProblem,
    Received,
    SessionModel,
    StateChange,
)

PACKAGE = "5f1c2a6e-2b7d-4a8e-9c4b-3d2e1f0a9b87"
SERIES = "1.2.826.0.1.3680043.10.99.777.1"
PRESENTER, ALICE, BOB, ME = "a" * 16, "b" * 16, "c" * 16, "d" * 16


def model_with_control(
    driver: str = PRESENTER, mode: ControlMode = ControlMode.HELD
) -> SessionModel:
    model = SessionModel(ME, [PACKAGE])
    model.receive(Received("control", PRESENTER, 1, ControlState(PRESENTER, driver, mode)), 1)
    model.replaying = False
    return model


def test_every_value_survives_its_wire_form() -> None:
    values = [
        SeriesState(PACKAGE, SERIES, ""),
        CrosshairState((1.5, -2.25, 300.0)),
        WindowState(400.0, 40.0, True),
        AnnotationShape(
            "0b4f6c1e-0000-4000-8000-000000000001",
            PACKAGE,
            SERIES,
            AnnotationKind.LENGTH,
            ((0.0, 0.0, 0.0), (10.0, 0.0, 0.0)),
            "SMV 肿瘤",
        ),
        ControlState(PRESENTER, ALICE, ControlMode.OPEN),
        ParticipantInfo(ALICE, "Dr Chen", "Hôpital B", ParticipantRole.PARTICIPANT),
    ]
    for value in values:
        facet, body = read_envelope(encode_value(value))
        assert decode(facet, body) == value


@pytest.mark.parametrize(
    ("facet", "body"),
    [
        ("window", {"width": 0.5, "level": 40}),  # a window narrower than 1 HU
        ("window", {"width": float("inf"), "level": 40}),
        ("crosshair", {"lps": [1, 2]}),
        ("crosshair", {"lps": [1, 2, "3"]}),
        ("series", {"package": PACKAGE, "primary": "1.2.x"}),
        ("layout", {"layout": "3x3", "plane": "axial"}),
        (
            "annotation/0b4f",
            {"package": PACKAGE, "series": SERIES, "kind": "length", "points": [[0, 0, 0]]},
        ),
        ("control", {"presenter": "zz", "driver": ALICE, "mode": "held"}),
        ("nonsense", {}),
    ],
)
def test_invalid_values_are_refused(facet: str, body: dict[str, object]) -> None:
    with pytest.raises(MalformedMessageError):
        decode(facet, body)


def test_another_schema_version_is_a_typed_error() -> None:
    with pytest.raises(ProtocolVersionError):
        read_envelope(b'{"v": 2, "f": "window", "d": {}}')


def test_changes_apply_in_order_from_the_driver_only() -> None:
    model = model_with_control()
    first = model.receive(Received("window", PRESENTER, 2, WindowState(400, 40)))
    assert first == [StateChange("window", WindowState(400, 40), PRESENTER)]
    # Someone not in control: ignored, nothing shown.
    assert model.receive(Received("window", ALICE, 3, WindowState(10, 10))) == []
    # A replay of an older message of the driver: dropped.
    assert model.receive(Received("window", PRESENTER, 2, WindowState(1, 1))) == []
    assert model.shown["window"] == WindowState(400, 40)


def test_a_value_of_another_package_is_reported_and_not_shown() -> None:
    model = model_with_control()
    events = model.receive(Received("series", PRESENTER, 2, SeriesState("other", SERIES)))
    assert len(events) == 1 and isinstance(events[0], JointProblem)
    assert isinstance(events[0].error, ForeignPackageError)
    assert "series" not in model.shown and "series" not in model.state


def test_control_changes_only_as_allowed() -> None:
    model = model_with_control()
    # A participant cannot take held control.
    assert model.receive(Received("control", ALICE, 5, ControlState(PRESENTER, ALICE)), 2) == []
    assert model.control == ControlState(PRESENTER, PRESENTER)
    # The presenter grants it; the driver hands it on; nobody changes who presents.
    assert model.receive(Received("control", PRESENTER, 6, ControlState(PRESENTER, ALICE)), 3)
    assert model.receive(Received("control", ALICE, 7, ControlState(PRESENTER, BOB)), 4)
    assert model.receive(Received("control", BOB, 8, ControlState(BOB, BOB)), 5) == []
    assert model.control == ControlState(PRESENTER, BOB)
    # Open control: the first taker has it, held again.
    model.receive(
        Received("control", PRESENTER, 9, ControlState(PRESENTER, BOB, ControlMode.OPEN)), 6
    )
    taken = model.receive(Received("control", ALICE, 10, ControlState(PRESENTER, ALICE)), 7)
    assert any(isinstance(e, ControlChange) for e in taken)
    assert model.control == ControlState(PRESENTER, ALICE)
    assert model.control_revision == 7


def test_a_request_is_listed_until_granted() -> None:
    model = model_with_control()
    model.receive(Received("participant/" + ALICE, ALICE, 2, ParticipantInfo(ALICE, "Dr Chen")))
    model.receive(Received("request/" + ALICE, ALICE, 3, ControlRequest(ALICE)))
    assert [p.requesting for p in model.participant_list()] == [True]
    model.receive(Received("control", PRESENTER, 4, ControlState(PRESENTER, ALICE)), 2)
    assert [(p.requesting, p.driving) for p in model.participant_list()] == [(False, True)]


def test_following_off_keeps_changes_and_snapping_back_shows_the_newest() -> None:
    model = model_with_control()
    model.receive(Received("window", PRESENTER, 2, WindowState(400, 40)))
    model.set_following(False)
    model.change_locally(WindowState(1500, -600), "window")  # the user looks at the lungs
    for seq, z in enumerate((10.0, 20.0, 30.0), start=3):
        assert model.receive(Received("crosshair", PRESENTER, seq, CrosshairState((0, 0, z)))) == []
    assert model.shown["window"] == WindowState(1500, -600)
    events = model.set_following(True)
    assert {(e.facet, e.value) for e in events if isinstance(e, StateChange)} == {
        ("window", WindowState(400, 40)),
        ("crosshair", CrosshairState((0, 0, 30.0))),
    }
    assert model.shown == model.state


def test_own_changes_coming_back_do_not_move_the_local_view() -> None:
    model = model_with_control(driver=ME)
    model.change_locally(CrosshairState((0, 0, 2)), "crosshair")  # shown at once, sent
    model.change_locally(CrosshairState((0, 0, 3)), "crosshair")
    # The first one's echo arrives after the second was shown: the view stays on the newest.
    assert model.receive(Received("crosshair", ME, 2, CrosshairState((0, 0, 2)))) == []
    assert model.shown["crosshair"] == CrosshairState((0, 0, 3))
    assert model.state["crosshair"] == CrosshairState((0, 0, 2))


def test_silent_participants_are_shown_as_lost_and_leavers_as_left() -> None:
    model = model_with_control()
    model.receive(Received("participant/" + ALICE, ALICE, 2, ParticipantInfo(ALICE, "Dr Chen")))
    model.heard(ALICE, now=100.0)
    assert model.tick(now=103.0) == []
    lost = model.tick(now=120.0)
    assert lost and lost[0].participants[0].connection is Connection.LOST
    model.receive(
        Received("participant/" + ALICE, ALICE, 3, ParticipantInfo(ALICE, "Dr Chen", present=False))
    )
    assert model.participant_list()[0].connection is Connection.LEFT


def test_a_participant_cannot_announce_someone_else() -> None:
    model = model_with_control()
    assert (
        model.receive(Received("participant/" + BOB, ALICE, 2, ParticipantInfo(BOB, "Fake"))) == []
    )
    assert model.participants == {}


def test_encoding_has_no_nan() -> None:
    with pytest.raises(ValueError):
        encode("window", {"width": float("nan"), "level": 0})
