"""Domain objects are valid once constructed."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casereview.domain.cases import MAX_TITLE_LENGTH, CaseDraft, normalise_tags
from casereview.domain.privacy import pseudonymous_tag
from casereview.domain.settings import Language, Settings
from casereview.domain.users import Role, User
from casereview.errors import ConfigurationError, ValidationError


def test_case_draft_trims_title_and_normalises_tags() -> None:
    draft = CaseDraft(
        patient_id=1, title="  Pancreatic head mass ", tags=("HPB", " hpb", "", "Borderline")
    )
    assert draft.title == "Pancreatic head mass"
    assert draft.tags == ("borderline", "hpb")


@pytest.mark.parametrize("title", ["", "   ", "x" * (MAX_TITLE_LENGTH + 1)])
def test_case_draft_refuses_bad_titles(title: str) -> None:
    with pytest.raises(ValidationError):
        CaseDraft(patient_id=1, title=title)


def test_overlong_tag_is_refused() -> None:
    with pytest.raises(ValidationError, match="tag"):
        normalise_tags(["x" * 65])


@given(st.lists(st.text(max_size=20), max_size=10))
def test_normalised_tags_are_sorted_unique_and_trimmed(tags: list[str]) -> None:
    result = normalise_tags(tags)
    assert list(result) == sorted(set(result))
    assert all(tag == tag.strip().lower() and tag for tag in result)


def test_user_needs_names() -> None:
    with pytest.raises(ValidationError):
        User(0, "", "Dr X")
    with pytest.raises(ValidationError):
        User(0, "x", " ")
    assert User(0, "a", "A", Role.PATHOLOGIST).role is Role.PATHOLOGIST


def test_settings_round_trip_through_dict() -> None:
    settings = Settings(
        language=Language.FRENCH,
        institution_name="CHU",
        volume_cache_mb=4096,
        user_role=Role.RADIOLOGIST,
        hide_phi_by_default=True,
    )
    assert Settings.from_dict(settings.to_dict()) == settings


@pytest.mark.parametrize(
    "data",
    [
        {"language": "klingon"},
        {"user_role": "wizard"},
        {"volume_cache_mb": 10},
        {"hide_phi_by_default": "yes"},
        {"user_name": ""},
        {"institution_name": 5},
    ],
)
def test_invalid_settings_are_refused_with_a_message(data: dict[str, object]) -> None:
    with pytest.raises(ConfigurationError, match="Settings"):
        Settings.from_dict(data)


def test_unknown_settings_keys_are_ignored() -> None:
    assert Settings.from_dict({"future_option": 1}) == Settings()


def test_pseudonymous_tag_is_stable_and_hides_the_value() -> None:
    uid = "1.2.826.0.1.3680043.10.99.1"
    assert pseudonymous_tag(uid) == pseudonymous_tag(uid)
    assert uid not in pseudonymous_tag(uid)
    assert pseudonymous_tag(uid) != pseudonymous_tag(uid + "1")
