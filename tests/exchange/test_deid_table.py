"""The shipped Annex E data: Table E.1-1 of PS3.15 2026d and the safe private list (E.3.10-1)."""

from __future__ import annotations

import pytest

from casereview.dicom.deid_table import (
    BASIC_ACTIONS,
    EDITION,
    RECOGNISED_SCHEMES,
    REQUIRED_IN_ITEMS,
    load_profile,
    safe_private_list,
)
from casereview.domain.packages import Action, DeidOptions

NUMERIC_VRS = {"DS", "IS", "FL", "FD", "SS", "US", "SL", "UL", "SV", "UV"}


def test_the_table_is_the_2026d_edition_with_every_row() -> None:
    profile = load_profile()
    assert EDITION == "2026d"
    # 2026d lists 653 attributes with fixed tags, three repeating-group rows and the private row.
    assert len(profile.rules) == 653
    assert len(profile.repeating) == 3
    assert all(rule.basic in BASIC_ACTIONS for rule in profile.rules.values())


@pytest.mark.parametrize(
    ("tag", "name", "basic"),
    [
        # Added since the edition the first table was transcribed from.
        (0x00400009, "Scheduled Procedure Step ID", "X"),
        (0x00080012, "Instance Creation Date", "X/D"),
        (0x00080013, "Instance Creation Time", "X/Z/D"),
        (0x00189937, "Requested Series Description", "X"),
        (0x00100011, "Person Names to Use Sequence", "X"),
        (0x00100045, "Gender Identity Comment", "X"),
        (0x00420011, "Encapsulated Document", "D"),
        (0x0040A123, "Person Name", "D"),
        (0x0040A121, "Date", "D"),
        (0x00700006, "Unformatted Text Value", "D"),
        (0x30060026, "ROI Name", "Z"),
        (0x006A0005, "Annotation Group Label", "D"),
        # Changed since.
        (0x00100020, "Patient ID", "Z/D"),
        (0x30100077, "Treatment Site", "X/D"),
        (0x300A00B2, "Treatment Machine Name", "X/Z"),
    ],
)
def test_current_rows(tag: int, name: str, basic: str) -> None:
    rule = load_profile().rule(tag)
    assert rule is not None, name
    assert (rule.name, rule.basic) == (name, basic)


def test_options_of_current_rows() -> None:
    profile = load_profile()
    defaults = DeidOptions()
    # Requesting Service is a descriptor now (cleaned, not removed, under Clean Descriptors).
    assert profile.rule(0x00321033).action(defaults) is Action.CLEAN
    assert profile.rule(0x00321033).action(DeidOptions(clean_descriptors=False)) is Action.REMOVE
    # Station AE Title: cleaned under Retain Device Identity, removed otherwise.
    station_ae = profile.rule(0x00080055)
    assert station_ae.action(defaults) is Action.REMOVE
    assert station_ae.action(DeidOptions(retain_device_identity=True)) is Action.CLEAN
    # Ethnic Group Code Sequence: a patient characteristic.
    assert profile.rule(0x00102161).action(defaults) is Action.KEEP
    ethnic = profile.rule(0x00102161).action(DeidOptions(retain_patient_characteristics=False))
    assert ethnic is Action.REMOVE
    # Referenced Patient Sequence is kept under Retain UIDs in 2026d.
    assert profile.rule(0x00081120).action(DeidOptions(retain_uids=True)) is Action.KEEP
    # A date the table lists is shifted under Modified Dates, dummied otherwise when required.
    creation = profile.rule(0x00080012)
    assert creation.action(defaults) is Action.CLEAN
    assert creation.action(DeidOptions(retain_modified_dates=False)) is Action.DUMMY


def test_required_item_attributes_are_listed_attributes() -> None:
    profile = load_profile()
    for sequence, tags in REQUIRED_IN_ITEMS.items():
        assert profile.rule(sequence) is not None
        for tag in tags:
            assert profile.rule(tag) is not None, hex(tag)


def test_safe_private_list_is_numeric_and_from_e3_10() -> None:
    safe = safe_private_list()
    assert safe
    for entry in safe:
        assert entry.group % 2 == 1
        assert 0 <= entry.offset <= 0xFF
        assert entry.vrs and entry.vrs <= NUMERIC_VRS, entry
    creators = {entry.creator for entry in safe}
    # Two creators of the first list are not in Table E.3.10-1 of 2026d.
    assert "SIEMENS CT VA0  COAD" not in creators and "SIEMENS CSA HEADER" not in creators
    keys = {(e.creator, e.group, e.offset) for e in safe}
    assert ("GEMS_ACQU_01", 0x0019, 0x23) in keys
    assert ("Philips Imaging DD 001", 0x2001, 0x03) in keys


def test_recognised_schemes_exclude_local_ones() -> None:
    assert {"DCM", "SCT", "SRT", "LN", "UCUM", "FMA", "RADLEX"} <= RECOGNISED_SCHEMES
    assert not any(scheme.startswith("99") for scheme in RECOGNISED_SCHEMES)
    assert "L" not in RECOGNISED_SCHEMES
