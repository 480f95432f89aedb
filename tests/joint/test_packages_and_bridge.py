"""A session's package on this workstation (sender and receiver), and the viewer bridge."""

from __future__ import annotations

import concurrent.futures
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from casereview.joint.bridge import ViewerBridge, local_series, series_state, viewer_facets
from casereview.joint.errors import PackageNotHeldError
from casereview.joint.packages import bind_package, bind_packages, case_packages, holdings_check
from casereview.joint.protocol import (
    AgendaState,
    CrosshairState,
    FacetValue,
    LayoutState,
    SeriesState,
    WindowState,
)
from casereview.joint.state import StateChange
from casereview.services.cases import create_case_from_uids
from casereview.session import Layout, Orientation, ViewerSession
from casereview.store.database import Database
from casereview.store.models_annotations import KeyImageRow
from casereview.store.repositories_packages import ExchangeRepository, ExportRecord, ImportRecord
from support import add_sample_imaging

SENT = "11111111-2222-4333-8444-555555555555"
RECEIVED = "66666666-7777-4888-9999-000000000000"
PSEUDONYM = "2.25.123456789012345678901234567890"


@pytest.fixture
def exchanged(db: Database, tmp_path: Path) -> dict[str, Any]:
    """A case we exported (its series under a pseudonymous UID) and one we received."""
    ours = add_sample_imaging(db, tmp_path / "ours")
    theirs = add_sample_imaging(db, tmp_path / "theirs", patient_name="ANON", patient_id="P2")
    our_uid = f"1.2.826.0.1.3680043.10.99.{ours['patient']}.1"
    their_uid = f"1.2.826.0.1.3680043.10.99.{theirs['patient']}.1"
    our_case = create_case_from_uids(db, "tester", series_uids=[our_uid], title="Ours")
    their_case = create_case_from_uids(db, "tester", series_uids=[their_uid], title="Theirs")
    with db.writing() as session:
        repo = ExchangeRepository(session)
        repo.record_export(
            ExportRecord(
                SENT,
                our_case.id,
                "Hospital B",
                "",
                "",
                "",
                3,
                3,
                "{}",
                ours["patient"],
                "P-1",
                None,
                {our_uid: PSEUDONYM},
            ),
            1,
        )
        repo.record_import(
            ImportRecord(RECEIVED, their_case.id, "Hospital C", "", "trusted", "", 3, 3, "{}", ""),
            1,
        )
        session.add(
            KeyImageRow(
                uuid="0b4f6c1e-0000-4000-8000-0000000000aa",
                case_id=their_case.id,
                series_instance_uid=their_uid,
                orientation="axial",
                window_center=40.0,
                window_width=400.0,
                author_id=1,
                origin_uuid="0b4f6c1e-0000-4000-8000-0000000000bb",
            )
        )
    return {
        "our_uid": our_uid,
        "their_uid": their_uid,
        "our_case": our_case.id,
        "their_case": their_case.id,
    }


def test_the_sender_names_its_series_by_the_packages_uids(
    db: Database, exchanged: dict[str, Any]
) -> None:
    binding = bind_package(db, SENT)
    assert binding.exported and binding.case_id == exchanged["our_case"]
    assert binding.package_series_uid(exchanged["our_uid"]) == PSEUDONYM
    assert binding.local_series_uid(PSEUDONYM) == exchanged["our_uid"]
    state = series_state(binding, exchanged["our_uid"])
    assert state == SeriesState(SENT, PSEUDONYM, "")
    assert local_series(binding, state) == (exchanged["our_uid"], "")
    assert binding.holds_series(PSEUDONYM)
    assert case_packages(db, exchanged["our_case"]) == [SENT]


def test_the_receiver_uses_the_packages_uids_and_key_image_keys(
    db: Database, exchanged: dict[str, Any]
) -> None:
    binding = bind_package(db, RECEIVED)
    assert not binding.exported
    assert binding.local_series_uid(exchanged["their_uid"]) == exchanged["their_uid"]
    assert binding.local_key_image("0b4f6c1e-0000-4000-8000-0000000000bb") == (
        "0b4f6c1e-0000-4000-8000-0000000000aa"
    )
    assert binding.package_key_image("0b4f6c1e-0000-4000-8000-0000000000aa") == (
        "0b4f6c1e-0000-4000-8000-0000000000bb"
    )
    check = holdings_check({RECEIVED: binding})
    assert check(SeriesState(RECEIVED, exchanged["their_uid"])) is None
    assert isinstance(check(SeriesState(RECEIVED, "1.2.3.999")), PackageNotHeldError)
    assert isinstance(
        check(AgendaState(RECEIVED, "0b4f6c1e-0000-4000-8000-00000000ffff")), PackageNotHeldError
    )
    assert check(AgendaState(RECEIVED, "0b4f6c1e-0000-4000-8000-0000000000bb")) is None


def test_a_package_not_held_is_refused_before_joining(
    db: Database, exchanged: dict[str, Any]
) -> None:
    with pytest.raises(PackageNotHeldError) as refused:
        bind_packages(db, [RECEIVED, "99999999-0000-4000-8000-000000000000"])
    assert "Import the package" in str(refused.value)


class FakeJoint:
    """What the bridge uses of a JointSession, recording what it is asked to send."""

    def __init__(self, driving: bool) -> None:
        self.driving = driving
        self.following = True
        self.sent: list[FacetValue] = []

    def change(self, *values: FacetValue) -> concurrent.futures.Future[bool]:
        self.sent.extend(values)
        done: concurrent.futures.Future[bool] = concurrent.futures.Future()
        done.set_result(self.driving)
        return done

    def set_following(self, following: bool) -> None:
        self.following = following


def test_the_bridge_sends_local_changes_and_applies_the_sessions() -> None:
    viewer = ViewerSession()
    joint = FakeJoint(driving=True)
    bridge = ViewerBridge(viewer, joint)  # type: ignore[arg-type]  # the fake has what it uses
    viewer.set_window(300, 60)
    viewer.set_layout(Layout.ONE)
    viewer.set_crosshair(np.array([1.0, 2.0, 3.0]))
    assert joint.sent == [
        WindowState(300.0, 60.0, False),
        LayoutState("1x1", "axial"),
        CrosshairState((1.0, 2.0, 3.0)),
    ]
    joint.sent.clear()
    assert bridge.apply(StateChange("layout", LayoutState("1x3", "sagittal"), "a" * 16))
    assert bridge.apply(StateChange("window", WindowState(1500.0, -600.0, True), "a" * 16))
    assert not bridge.apply(StateChange("series", SeriesState("p", "1.2"), "a" * 16))
    assert (viewer.layout, viewer.single_orientation) == (Layout.THREE, Orientation.SAGITTAL)
    assert (viewer.window, viewer.invert) == ((1500.0, -600.0), True)
    assert joint.sent == []  # applying does not echo back
    assert viewer_facets(viewer)[0] == LayoutState("1x3", "sagittal")
    bridge.disconnect()


def test_a_follower_looking_around_stops_following() -> None:
    viewer = ViewerSession()
    joint = FakeJoint(driving=False)
    ViewerBridge(viewer, joint)  # type: ignore[arg-type]  # the fake has what it uses
    viewer.set_window(1500, -600)
    assert joint.following is False
    assert joint.sent == [WindowState(1500.0, -600.0, False)]  # recorded as shown locally
