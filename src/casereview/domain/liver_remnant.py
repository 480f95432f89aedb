"""Will the remnant liver be enough? Volumes, the future liver remnant and its safety thresholds.

Before a major hepatectomy the MDT compares the future liver remnant (FLR) with what the
patient's liver needs:

- **FLR %**: remnant volume as a share of the functional liver (total liver minus tumour);
- **standardised FLR (sFLR)**: remnant volume as a share of the standard liver volume the
  patient's size predicts, SLV = −794.41 + 1,267.28 × BSA (Vauthey et al. 2002), with the body
  surface area from height and weight (Mosteller 1987);
- **remnant-to-body-weight ratio (RBWR)**: remnant mass (1 mL of liver taken as 1 g) as a share
  of body weight.

The threshold depends on the liver's condition, which the clinician chooses: a normal liver
needs an sFLR of at least 20 %, a liver after extensive chemotherapy 30 %, a cirrhotic liver
40 % (Abdalla et al. 2006); an RBWR of at least 0.5 % (Truant et al. 2007). Each verdict says
which threshold and source it applied, and is a planning aid for the MDT, never a decision.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from casereview.errors import ValidationError
from casereview.messages import Message

#: Standard liver volume (mL) = SLV_INTERCEPT + SLV_SLOPE × BSA (m²) (Vauthey et al. 2002).
SLV_INTERCEPT_ML = -794.41
SLV_SLOPE_ML_PER_M2 = 1267.28

#: Liver mass per volume (g/mL) used for the remnant-to-body-weight ratio.
LIVER_DENSITY_G_PER_ML = 1.0

SLV_SOURCE = (
    "Vauthey JN, Abdalla EK, Doherty DA, et al. Body surface area and body weight predict total "
    "liver volume in Western adults. Liver Transpl 2002;8:233-240."
)
BSA_SOURCE = (
    "Mosteller RD. Simplified calculation of body-surface area. N Engl J Med 1987;317:1098."
)
SFLR_SOURCE = (
    "Abdalla EK, Adam R, Bilchik AJ, et al. Improving resectability of hepatic colorectal "
    "metastases: expert consensus statement. Ann Surg Oncol 2006;13:1271-1280."
)
RBWR_SOURCE = (
    "Truant S, Oberlin O, Sergent G, et al. Remnant liver volume to body weight ratio >= 0.5%: "
    "a new cut-off to estimate postoperative risks after extended resection in noncirrhotic "
    "liver. J Am Coll Surg 2007;204:22-33."
)

#: Plausible adult sizes: outside them a typing error is far likelier than the patient.
HEIGHT_RANGE_CM = (100.0, 230.0)
WEIGHT_RANGE_KG = (25.0, 300.0)


class LiverCondition(StrEnum):
    """The state of the liver that sets how much of it must remain."""

    NORMAL = "normal"
    CHEMOTHERAPY = "chemotherapy"
    CIRRHOSIS = "cirrhosis"


#: Minimum standardised FLR (%) for each condition (Abdalla et al. 2006).
SFLR_THRESHOLDS: dict[LiverCondition, float] = {
    LiverCondition.NORMAL: 20.0,
    LiverCondition.CHEMOTHERAPY: 30.0,
    LiverCondition.CIRRHOSIS: 40.0,
}

#: Minimum remnant-to-body-weight ratio (%) (Truant et al. 2007, non-cirrhotic liver).
RBWR_THRESHOLD_PERCENT = 0.5

CONDITION_NAMES: dict[LiverCondition, Message] = {
    LiverCondition.NORMAL: Message("normal liver"),
    LiverCondition.CHEMOTHERAPY: Message("liver after extensive chemotherapy"),
    LiverCondition.CIRRHOSIS: Message("cirrhotic liver"),
}


def _finite_positive(value: float, what: Message) -> float:
    number = float(value)
    if not math.isfinite(number) or number <= 0.0:
        raise ValidationError(
            Message("The {what} must be a positive number, not {value}.", what=what, value=value)
        )
    return number


def body_surface_area_m2(height_cm: float, weight_kg: float) -> float:
    """Body surface area (m²) by Mosteller's formula, √(height cm × weight kg / 3600).

    Raises
    ------
    ValidationError
        If height or weight is not a positive number or lies outside adult ranges (a height
        typed in metres or a weight in pounds is refused rather than believed).
    """
    height = _finite_positive(height_cm, Message("height"))
    weight = _finite_positive(weight_kg, Message("weight"))
    if not HEIGHT_RANGE_CM[0] <= height <= HEIGHT_RANGE_CM[1]:
        raise ValidationError(
            Message(
                "A height of {height} cm is outside {low:.0f}–{high:.0f} cm; give it in "
                "centimetres.",
                height=height_cm,
                low=HEIGHT_RANGE_CM[0],
                high=HEIGHT_RANGE_CM[1],
            )
        )
    if not WEIGHT_RANGE_KG[0] <= weight <= WEIGHT_RANGE_KG[1]:
        raise ValidationError(
            Message(
                "A weight of {weight} kg is outside {low:.0f}–{high:.0f} kg; give it in kilograms.",
                weight=weight_kg,
                low=WEIGHT_RANGE_KG[0],
                high=WEIGHT_RANGE_KG[1],
            )
        )
    return math.sqrt(height * weight / 3600.0)


def standard_liver_volume_ml(bsa_m2: float) -> float:
    """Standard liver volume (mL) predicted from the body surface area (Vauthey et al. 2002)."""
    return SLV_INTERCEPT_ML + SLV_SLOPE_ML_PER_M2 * _finite_positive(
        bsa_m2, Message("body surface area")
    )


@dataclass(frozen=True, slots=True)
class LiverVolumes:
    """Volumes (mL) of a resection plan.

    Parameters
    ----------
    total_ml
        The whole liver, tumours included.
    tumour_ml
        All tumours in the liver.
    resected_ml
        What the resection removes, tumour included.
    remnant_tumour_ml
        Tumour left in the remnant (0 when every tumour is resected).

    Raises
    ------
    ValidationError
        If a volume is negative or not finite, the liver is empty, or the parts do not fit in
        the whole.
    """

    total_ml: float
    tumour_ml: float
    resected_ml: float
    remnant_tumour_ml: float = 0.0

    def __post_init__(self) -> None:
        for name in ("total_ml", "tumour_ml", "resected_ml", "remnant_tumour_ml"):
            value = float(getattr(self, name))
            if not math.isfinite(value) or value < 0.0:
                raise ValidationError(
                    Message(
                        "A liver volume must be zero or more millilitres, not {value}.", value=value
                    )
                )
            object.__setattr__(self, name, value)
        if self.total_ml <= 0.0:
            raise ValidationError(Message("The liver has no volume: segment the liver first."))
        # Voxel counts of the same masks: allow rounding, not parts bigger than the whole.
        slack = 1e-6 * self.total_ml
        if self.tumour_ml > self.total_ml + slack or self.resected_ml > self.total_ml + slack:
            raise ValidationError(
                Message("The tumour or the resected part is larger than the whole liver.")
            )
        if self.remnant_tumour_ml > min(self.tumour_ml, self.remnant_ml) + slack:
            raise ValidationError(
                Message("More tumour is left in the remnant than the tumour or remnant hold.")
            )

    @property
    def remnant_ml(self) -> float:
        """What remains after the resection, tumour left in it included."""
        return max(self.total_ml - self.resected_ml, 0.0)

    @property
    def functional_ml(self) -> float:
        """The functional liver: the whole minus every tumour."""
        return max(self.total_ml - self.tumour_ml, 0.0)

    @property
    def future_remnant_ml(self) -> float:
        """The future liver remnant: the remnant minus the tumour left in it."""
        return max(self.remnant_ml - self.remnant_tumour_ml, 0.0)


@dataclass(frozen=True, slots=True)
class RemnantVerdict:
    """Whether one measure of the remnant reaches its threshold, and on whose authority."""

    name: Message
    value_percent: float
    threshold_percent: float
    source: str

    @property
    def passes(self) -> bool:
        """Whether the value reaches the threshold."""
        return self.value_percent >= self.threshold_percent

    def text(self) -> Message:
        """ "standardised FLR 27.3 % ≥ 20.0 %: enough" (or "below … : not enough").

        The RBWR is written with two decimals: its threshold is 0.5 %, so one decimal would
        print 0.46 % as "0.5 % below 0.5 %".
        """
        params = {
            "name": self.name,
            "value": self.value_percent,
            "threshold": self.threshold_percent,
        }
        fine = self.threshold_percent < 1.0
        if self.passes:
            if fine:
                return Message("{name} {value:.2f} % ≥ {threshold:.1f} %: enough", **params)
            return Message("{name} {value:.1f} % ≥ {threshold:.1f} %: enough", **params)
        if fine:
            return Message("{name} {value:.2f} % below {threshold:.1f} %: not enough", **params)
        return Message("{name} {value:.1f} % below {threshold:.1f} %: not enough", **params)


@dataclass(frozen=True, slots=True)
class RemnantAssessment:
    """Future liver remnant of a plan against the thresholds for the liver's condition.

    Attributes
    ----------
    volumes
        The plan's volumes.
    condition
        The liver's condition the clinician chose.
    flr_percent
        FLR as a share of the functional liver.
    bsa_m2, slv_ml, sflr_percent, rbwr_percent
        Body surface area, standard liver volume, standardised FLR and remnant-to-body-weight
        ratio; ``None`` when height or weight is not known.
    verdicts
        The standardised FLR against the condition's threshold and (for a liver that is not
        cirrhotic) the RBWR against 0.5 %, when height and weight are known; otherwise the FLR %
        against the condition's threshold.
    """

    volumes: LiverVolumes
    condition: LiverCondition
    flr_percent: float
    bsa_m2: float | None
    slv_ml: float | None
    sflr_percent: float | None
    rbwr_percent: float | None
    verdicts: tuple[RemnantVerdict, ...]

    @property
    def passes(self) -> bool:
        """Whether every verdict passes."""
        return all(v.passes for v in self.verdicts)


def assess_remnant(
    volumes: LiverVolumes,
    condition: LiverCondition | str,
    *,
    height_cm: float | None = None,
    weight_kg: float | None = None,
) -> RemnantAssessment:
    """The future liver remnant of a plan, measured every way the MDT reads it.

    Parameters
    ----------
    volumes
        Total, tumour, resected and remnant tumour volumes (mL).
    condition
        The liver's condition, which sets the threshold.
    height_cm, weight_kg
        The patient's size, for the standardised FLR and the RBWR (both or neither).

    Returns
    -------
    RemnantAssessment
        FLR %, sFLR %, RBWR % and the verdicts with their thresholds and sources.

    Raises
    ------
    ValidationError
        If only one of height and weight is given, either is implausible, or the functional
        liver is empty.
    """
    condition = LiverCondition(condition)
    if (height_cm is None) != (weight_kg is None):
        raise ValidationError(Message("Give both the patient's height and weight, or neither."))
    functional = volumes.functional_ml
    if functional <= 0.0:
        raise ValidationError(
            Message("The tumour fills the whole liver: no functional liver is left to plan on.")
        )
    flr_percent = 100.0 * volumes.future_remnant_ml / functional
    threshold = SFLR_THRESHOLDS[condition]
    if height_cm is None or weight_kg is None:
        verdicts: tuple[RemnantVerdict, ...] = (
            RemnantVerdict(Message("FLR"), flr_percent, threshold, SFLR_SOURCE),
        )
        return RemnantAssessment(volumes, condition, flr_percent, None, None, None, None, verdicts)
    bsa = body_surface_area_m2(height_cm, weight_kg)
    slv = standard_liver_volume_ml(bsa)
    sflr = 100.0 * volumes.future_remnant_ml / slv
    rbwr = 100.0 * volumes.future_remnant_ml * LIVER_DENSITY_G_PER_ML / (1000.0 * weight_kg)
    verdicts = (RemnantVerdict(Message("standardised FLR"), sflr, threshold, SFLR_SOURCE),)
    if condition is not LiverCondition.CIRRHOSIS:
        # Truant's cut-off was derived in non-cirrhotic livers only.
        verdicts += (RemnantVerdict(Message("RBWR"), rbwr, RBWR_THRESHOLD_PERCENT, RBWR_SOURCE),)
    return RemnantAssessment(volumes, condition, flr_percent, bsa, slv, sflr, rbwr, verdicts)
