"""The criteria sets as data: NCCN and the Dutch Pancreatic Cancer Group (DPCG).

Each rule is one line of the guideline's resectability table; its ``criterion`` is the
guideline's wording, shortened. Boundaries follow the tables' own signs: "≤180°" includes
exactly 180°, ">180°" excludes it; "no contact" is exactly 0°. Angles are compared as measured
(the analysis rounds them to 0.1°).

NCCN distinguishes tumours of the head/uncinate process from those of the body/tail. A tumour
of the neck is graded with both (it lies between them; the more advanced category wins), as is
a tumour whose location was not recorded.

NCCN lists no criterion for some findings that rule resectability out: arterial contact the
table does not name (celiac contact of a head tumour, CHA contact of a body/tail tumour, a
first jejunal artery of a body/tail tumour) fails the "no arterial contact" of resectable, so
borderline is suggested (rule ``NCCN-BR-ARTERY-OTHER``); CHA contact extending to the celiac axis
or the hepatic artery bifurcation fails the borderline criterion, so locally advanced is
suggested (``NCCN-LA-CHA-EXTENSION``). Both say so in their wording for the reader.
"""

from __future__ import annotations

from casereview.domain.resectability import VesselKind as V
from casereview.domain.resectability_findings import (
    FindingKind,
    Reconstructibility,
    TumourLocation,
)
from casereview.domain.resectability_rules import (
    ANY_CONTACT,
    NO_CONTACT,
    AngleBound,
    AngleRange,
    Comparison,
    Contact,
    CriteriaSet,
    GastroduodenalArtery,
    HasFinding,
    OtherVesselContact,
    ResectabilityCategory,
    Rule,
    VariantTouchesTumour,
    VeinReconstructible,
    above,
    at_most,
)
from casereview.messages import Message

R = ResectabilityCategory.RESECTABLE
BR = ResectabilityCategory.BORDERLINE
LA = ResectabilityCategory.LOCALLY_ADVANCED
GT, LE = Comparison.GT, Comparison.LE

#: Head, uncinate process and neck (the neck also counts as body/tail).
HEAD_UNCINATE = frozenset({TumourLocation.HEAD, TumourLocation.UNCINATE, TumourLocation.NECK})
#: Body, tail and neck.
BODY_TAIL = frozenset({TumourLocation.BODY, TumourLocation.TAIL, TumourLocation.NECK})

_CA_SMA_CHA = (V.CELIAC, V.SMA, V.CHA)
_SMV_PV = (V.SMV, V.PV)
_VEIN_DEFORMED = (FindingKind.CONTOUR_IRREGULARITY, FindingKind.TEAR_DROP, FindingKind.NARROWING)
_VEIN_THROMBOSED = (FindingKind.THROMBUS, FindingKind.OCCLUSION)
_CHA_EXTENSION = (
    FindingKind.EXTENSION_TO_CELIAC_AXIS,
    FindingKind.EXTENSION_TO_HEPATIC_BIFURCATION,
)
_RECONSTRUCTIBLE = VeinReconstructible((Reconstructibility.YES, Reconstructibility.UNKNOWN))

NCCN = CriteriaSet(
    id="nccn-2.2024",
    name="NCCN 2.2024",
    citation=(
        "NCCN Clinical Practice Guidelines in Oncology (NCCN Guidelines®): Pancreatic "
        "Adenocarcinoma, Version 2.2024 — Criteria defining resectability status"
    ),
    required_vessels=(V.SMA, V.CELIAC, V.CHA, V.SMV, V.PV),
    checked_vessels=(V.IVC, V.JEJUNAL),
    verification=(
        "Version: the one the demo's ground truth names (casereview.demo.truth). The table's "
        "wording was checked against published reproductions of the NCCN resectability table "
        "(NCCN 1.2019 and later), not against the NCCN document itself; check it against the "
        "current NCCN version before clinical use."
    ),
    rules=(
        Rule(
            "NCCN-R-ARTERY",
            R,
            _CA_SMA_CHA,
            Message("No arterial tumour contact (celiac axis, SMA or CHA)."),
            all_of=(Contact(NO_CONTACT),),
        ),
        Rule(
            "NCCN-R-VEIN",
            R,
            _SMV_PV,
            Message(
                "No tumour contact with the SMV or portal vein, or contact of 180° or less "
                "without vein contour irregularity (none recorded)."
            ),
            all_of=(Contact(at_most(180.0, contact=False)),),
            none_of=(HasFinding(_VEIN_DEFORMED + _VEIN_THROMBOSED),),
        ),
        Rule(
            "NCCN-BR-CHA",
            BR,
            (V.CHA,),
            Message(
                "Head/uncinate: solid tumour contact with the CHA without extension to the "
                "celiac axis or hepatic artery bifurcation (none recorded), allowing safe and "
                "complete resection and reconstruction."
            ),
            all_of=(Contact(ANY_CONTACT),),
            none_of=(HasFinding(_CHA_EXTENSION),),
            locations=HEAD_UNCINATE,
        ),
        Rule(
            "NCCN-BR-SMA",
            BR,
            (V.SMA,),
            Message("Head/uncinate: solid tumour contact with the SMA of 180° or less."),
            all_of=(Contact(at_most(180.0)),),
            locations=HEAD_UNCINATE,
        ),
        Rule(
            "NCCN-BR-VARIANT",
            BR,
            (),
            Message(
                "Head/uncinate: solid tumour contact with variant arterial anatomy (accessory "
                "or replaced right hepatic artery, replaced CHA, origin of a replaced or "
                "accessory artery)."
            ),
            all_of=(VariantTouchesTumour(),),
            locations=HEAD_UNCINATE,
        ),
        Rule(
            "NCCN-BR-CELIAC",
            BR,
            (V.CELIAC,),
            Message("Body/tail: solid tumour contact with the celiac axis of 180° or less."),
            all_of=(Contact(at_most(180.0)),),
            locations=BODY_TAIL,
        ),
        Rule(
            "NCCN-BR-CELIAC-APPLEBY",
            BR,
            (V.CELIAC,),
            Message(
                "Body/tail: solid tumour contact with the celiac axis of more than 180° without "
                "involvement of the aorta and with an intact, uninvolved gastroduodenal artery "
                "(modified Appleby procedure; some panel members prefer unresectable)."
            ),
            all_of=(
                Contact(above(180.0)),
                OtherVesselContact(V.AORTA, NO_CONTACT),
                GastroduodenalArtery(involved=False),
            ),
            locations=BODY_TAIL,
        ),
        Rule(
            "NCCN-BR-VEIN-ABOVE-180",
            BR,
            _SMV_PV,
            Message(
                "Solid tumour contact with the SMV or portal vein of more than 180°, with a "
                "suitable vessel above and below for resection and reconstruction."
            ),
            all_of=(Contact(above(180.0)), _RECONSTRUCTIBLE),
        ),
        Rule(
            "NCCN-BR-VEIN-IRREGULAR",
            BR,
            _SMV_PV,
            Message(
                "Contact with the SMV or portal vein of 180° or less with contour irregularity "
                "of the vein, reconstructible."
            ),
            all_of=(
                Contact(at_most(180.0, contact=False)),
                HasFinding(_VEIN_DEFORMED),
                _RECONSTRUCTIBLE,
            ),
        ),
        Rule(
            "NCCN-BR-VEIN-THROMBOSIS",
            BR,
            _SMV_PV,
            Message(
                "Thrombosis of the SMV or portal vein with a suitable vessel above and below "
                "for resection and reconstruction."
            ),
            all_of=(HasFinding(_VEIN_THROMBOSED), _RECONSTRUCTIBLE),
        ),
        Rule(
            "NCCN-BR-IVC",
            BR,
            (V.IVC,),
            Message("Solid tumour contact with the inferior vena cava."),
            all_of=(Contact(ANY_CONTACT),),
        ),
        Rule(
            "NCCN-BR-ARTERY-OTHER",
            BR,
            (*_CA_SMA_CHA, V.JEJUNAL),
            Message(
                "Arterial tumour contact that the table does not grade for this location: not "
                "resectable (resectable requires no arterial contact), so borderline is "
                "suggested; weigh it at the meeting."
            ),
            all_of=(Contact(ANY_CONTACT, branch_of=(V.SMA,)),),
            fallback=True,
        ),
        Rule(
            "NCCN-LA-SMA",
            LA,
            (V.SMA,),
            Message("Solid tumour contact with the SMA of more than 180°."),
            all_of=(Contact(above(180.0)),),
        ),
        Rule(
            "NCCN-LA-CELIAC",
            LA,
            (V.CELIAC,),
            Message("Head/uncinate: solid tumour contact with the celiac axis of more than 180°."),
            all_of=(Contact(above(180.0)),),
            locations=HEAD_UNCINATE,
        ),
        Rule(
            "NCCN-LA-CELIAC-BODY-TAIL",
            LA,
            (V.CELIAC,),
            Message(
                "Body/tail: solid tumour contact with the celiac axis of more than 180° (unless "
                "the aorta is free and the gastroduodenal artery intact and uninvolved)."
            ),
            all_of=(Contact(above(180.0)),),
            unless=(
                OtherVesselContact(V.AORTA, NO_CONTACT),
                GastroduodenalArtery(involved=False),
            ),
            locations=BODY_TAIL,
        ),
        Rule(
            "NCCN-LA-CELIAC-AORTA",
            LA,
            (V.CELIAC,),
            Message("Body/tail: solid tumour contact with the celiac axis and the aorta."),
            all_of=(Contact(ANY_CONTACT), OtherVesselContact(V.AORTA, ANY_CONTACT)),
            locations=BODY_TAIL,
        ),
        Rule(
            "NCCN-LA-CHA-EXTENSION",
            LA,
            (V.CHA,),
            Message(
                "Head/uncinate: contact with the CHA extending to the celiac axis or the hepatic "
                "artery bifurcation: outside the borderline criterion, so locally advanced is "
                "suggested; weigh it at the meeting."
            ),
            all_of=(Contact(ANY_CONTACT), HasFinding(_CHA_EXTENSION)),
            locations=HEAD_UNCINATE,
        ),
        Rule(
            "NCCN-LA-JEJUNAL-ARTERY",
            LA,
            (V.JEJUNAL,),
            Message(
                "Head/uncinate: solid tumour contact with the first jejunal branch of the SMA "
                "(or a first jejunal branch whose trunk was not recorded)."
            ),
            all_of=(Contact(ANY_CONTACT, branch_of=(V.SMA, None)),),
            locations=HEAD_UNCINATE,
        ),
        Rule(
            "NCCN-LA-JEJUNAL-VEIN",
            LA,
            (V.JEJUNAL,),
            Message(
                "Contact with the most proximal jejunal branch draining into the SMV (or a "
                "first jejunal branch whose trunk was not recorded)."
            ),
            all_of=(Contact(ANY_CONTACT, branch_of=(V.SMV, None)),),
        ),
        Rule(
            "NCCN-LA-VEIN-UNRECONSTRUCTIBLE",
            LA,
            _SMV_PV,
            Message(
                "SMV or portal vein not reconstructible because of tumour involvement or "
                "occlusion (tumour or bland thrombus)."
            ),
            all_of=(VeinReconstructible((Reconstructibility.NO,)),),
            any_of=(Contact(ANY_CONTACT), HasFinding(_VEIN_THROMBOSED)),
        ),
    ),
)

DPCG = CriteriaSet(
    id="dpcg-2012",
    name="DPCG 2012",
    citation=(
        "Dutch Pancreatic Cancer Group (DPCG) definitions for resectability of pancreatic "
        "adenocarcinoma (2012), as published in the PREOPANC trial protocol: Versteijne E, et "
        "al. Trials 2016, Table 1, doi:10.1186/s13063-016-1262-z"
    ),
    required_vessels=(V.SMA, V.CELIAC, V.CHA, V.SMV, V.PV),
    verification=(
        "Checked against Table 1 of the PREOPANC protocol (Trials 2016): resectable needs all "
        "of no SMA, celiac or CHA contact and SMV–PV contact of 90° or less; borderline needs "
        "one of arterial contact of 90° or less or SMV–PV contact of 90°–270° without "
        "occlusion; irresectable one of arterial contact above 90°, SMV–PV contact above 270° "
        "or occlusion. Exactly 90° is resectable for the vein and borderline for an artery; "
        "exactly 270° is borderline."
    ),
    rules=(
        Rule(
            "DPCG-R-ARTERY",
            R,
            _CA_SMA_CHA,
            Message("No arterial tumour contact (SMA, celiac axis or CHA)."),
            all_of=(Contact(NO_CONTACT),),
        ),
        Rule(
            "DPCG-R-VEIN",
            R,
            _SMV_PV,
            Message("Contact with the SMV–portal vein of 90° or less."),
            all_of=(Contact(at_most(90.0, contact=False)),),
            none_of=(HasFinding((FindingKind.OCCLUSION,)),),
        ),
        Rule(
            "DPCG-BR-ARTERY",
            BR,
            _CA_SMA_CHA,
            Message("Arterial tumour contact (SMA, celiac axis or CHA) of 90° or less."),
            all_of=(Contact(at_most(90.0)),),
        ),
        Rule(
            "DPCG-BR-VEIN",
            BR,
            _SMV_PV,
            Message(
                "Contact with the SMV–portal vein of more than 90° up to 270°, without occlusion."
            ),
            all_of=(Contact(AngleRange(AngleBound(GT, 90.0), AngleBound(LE, 270.0))),),
            none_of=(HasFinding((FindingKind.OCCLUSION,)),),
        ),
        Rule(
            "DPCG-LA-ARTERY",
            LA,
            _CA_SMA_CHA,
            Message("Arterial tumour contact (SMA, celiac axis or CHA) of more than 90°."),
            all_of=(Contact(above(90.0)),),
        ),
        Rule(
            "DPCG-LA-VEIN",
            LA,
            _SMV_PV,
            Message("Contact with the SMV–portal vein of more than 270°."),
            all_of=(Contact(above(270.0)),),
        ),
        Rule(
            "DPCG-LA-OCCLUSION",
            LA,
            _SMV_PV,
            Message("Occlusion of the SMV–portal vein."),
            all_of=(HasFinding((FindingKind.OCCLUSION,)),),
        ),
    ),
)

#: The criteria sets a user can choose, by id.
CRITERIA_SETS: dict[str, CriteriaSet] = {c.id: c for c in (NCCN, DPCG)}
