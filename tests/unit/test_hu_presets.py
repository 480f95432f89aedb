"""HU ranges per structure and contrast phase, and reading the phase of a series (no Qt)."""

from __future__ import annotations

import pytest

from casereview.demo.tissues import TISSUE_BY_NAME
from casereview.domain.hu_presets import (
    HU_PRESETS,
    ContrastPhase,
    HuRange,
    Structure,
    hu_range,
    phase_from_description,
    structure_of,
)
from casereview.domain.segments import SEGMENT_TEMPLATES, Code
from casereview.errors import ValidationError

# Tissues of the synthetic demo case that each structure's range must hold in every phase
# (the demo's attenuation is an independent, realistic source for checking the table).
DEMO_TISSUES = {
    Structure.VEIN: ("superior_mesenteric_vein", "portal_vein", "splenic_vein"),
    Structure.ARTERY: ("aorta", "superior_mesenteric_artery", "common_hepatic_artery"),
    Structure.LIVER: ("liver",),
    Structure.PANCREAS: ("pancreas",),
    Structure.TUMOUR: ("tumour", "liver_tumour"),
    Structure.BILE: ("gallbladder_bile",),
}


def test_every_structure_has_a_range_in_every_phase() -> None:
    assert set(HU_PRESETS) == {(s, p) for s in Structure for p in ContrastPhase}
    for preset in HU_PRESETS.values():
        assert -1024 <= preset.lower < preset.upper <= 3071


@pytest.mark.parametrize("structure", list(Structure))
@pytest.mark.parametrize("phase", list(ContrastPhase))
def test_the_ranges_hold_the_demo_tissues(structure: Structure, phase: ContrastPhase) -> None:
    preset = hu_range(structure, phase)
    for name in DEMO_TISSUES[structure]:
        assert TISSUE_BY_NAME[name].hu_in(phase.value) in preset, (name, preset)


def test_contrast_separates_what_it_should() -> None:
    portal = ContrastPhase.PORTAL_VENOUS
    arterial = ContrastPhase.ARTERIAL
    # Enhanced vessels stay clear of the tumour and of fat; the tumour of the pancreas
    # in the pancreatic phase, where it stands out best.
    assert TISSUE_BY_NAME["tumour"].hu_in(portal.value) not in hu_range(Structure.VEIN, portal)
    assert TISSUE_BY_NAME["liver"].hu_in(portal.value) not in hu_range(Structure.VEIN, portal)
    assert TISSUE_BY_NAME["pancreas"].hu_in(arterial.value) not in hu_range(
        Structure.TUMOUR, arterial
    )
    assert TISSUE_BY_NAME["visceral_fat"].hu_in(portal.value) not in hu_range(
        Structure.TUMOUR, portal
    )
    assert hu_range(Structure.ARTERY, arterial).lower > hu_range(Structure.VEIN, portal).lower
    # The liver variant's metastasis is hypo-attenuating against the enhanced liver, and bile
    # stays below every enhanced parenchyma.
    assert TISSUE_BY_NAME["liver_tumour"].hu_in(portal.value) not in hu_range(
        Structure.LIVER, portal
    )
    assert hu_range(Structure.BILE, portal).upper < hu_range(Structure.LIVER, portal).lower


def test_a_range_is_never_reversed() -> None:
    with pytest.raises(ValidationError):
        HuRange(100, 50)
    assert 75 in HuRange(50, 100) and 101 not in HuRange(50, 100) and "75" not in HuRange(50, 100)


def test_segment_types_name_their_structure() -> None:
    by_key = {t.key: structure_of(t.type) for t in SEGMENT_TEMPLATES}
    assert by_key["smv"] is by_key["pv"] is Structure.VEIN
    assert by_key["sma"] is by_key["aorta"] is by_key["celiac"] is Structure.ARTERY
    assert by_key["tumour"] is Structure.TUMOUR
    assert by_key["liver"] is Structure.LIVER and by_key["pancreas"] is Structure.PANCREAS
    assert by_key["lymph_node"] is None  # no range of its own: the user's range stays
    assert structure_of(Code("10200004", "99LOCAL", "Liver")) is None  # another scheme


@pytest.mark.parametrize(
    ("description", "phase"),
    [
        ("Portal venous phase 1.25mm (demo)", ContrastPhase.PORTAL_VENOUS),
        ("Pancreatic (late arterial) phase 1.25mm (demo)", ContrastPhase.ARTERIAL),
        ("Non-contrast 5mm", ContrastPhase.NON_CONTRAST),
        ("ABD PV 1.0 B30f", ContrastPhase.PORTAL_VENOUS),
        ("Art 0.625", ContrastPhase.ARTERIAL),
        ("Sans injection 5 mm", ContrastPhase.NON_CONTRAST),
        ("Temps portal 1 mm", ContrastPhase.PORTAL_VENOUS),
        ("Phase artérielle", ContrastPhase.ARTERIAL),
        ("腹部 门静脉期 1mm", ContrastPhase.PORTAL_VENOUS),
        ("动脉期", ContrastPhase.ARTERIAL),
        ("平扫", ContrastPhase.NON_CONTRAST),
        ("Delayed 3 min", None),
        ("Abdomen 1.0 B30f", None),
        ("", None),
    ],
)
def test_the_phase_is_read_from_the_series_description(
    description: str, phase: ContrastPhase | None
) -> None:
    assert phase_from_description(description) is phase
