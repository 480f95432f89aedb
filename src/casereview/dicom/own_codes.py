"""casereview's private coding scheme: the concepts no standard code names.

Structured reports of resectability assessments (:mod:`casereview.dicom.resectability_sr`) code
what DICOM and SNOMED CT do not (a contact angle in degrees, a suggested category, a tear-drop
deformity) in the private scheme :data:`CODING_SCHEME`, declared in each report's Coding Scheme
Identification Sequence. The table lives apart from the writer so that the de-identifier, which
cleans the meanings of private codes as free text, knows these meanings are ours and keeps them
(:data:`OWN_CODE_MEANINGS`), without importing the report writer.
"""

from __future__ import annotations

from casereview.domain.liver_segments import COUINAUD_CODES

#: Coding Scheme Designator of casereview's private concepts.
CODING_SCHEME = "99CASEREVIEW"

#: Meaning of each private concept by (scheme, code value); code values are at most 16
#: characters, meanings at most 64.
OWN_CODE_MEANINGS: dict[tuple[str, str], str] = {
    (CODING_SCHEME, value): meaning
    for value, meaning in {
        "CR-ANGLE": "Tumour vessel contact in degrees",
        "CR-CONTACT": "Tumour-vessel contact",
        "CR-GT180": "Contact above 180 degrees",
        "CR-SEGUID": "Vessel segment",
        "CR-TUMSEGUID": "Tumour segment",
        "CR-TRUNK": "Trunk",
        "CR-JEJUNAL": "First jejunal vessel",
        "CR-VESFINDING": "Finding on vessel",
        "CR-THROMBKIND": "Thrombus",
        "CR-CATEGORY": "Suggested resectability category",
        "CR-ATLEAST": "Category could be raised by missing data",
        "CR-CRITERIA": "Resectability criteria set",
        "CR-CITATION": "Citation of the criteria set",
        "CR-RULE": "Rule that fired",
        "CR-VARIANT": "Variant arterial anatomy",
        "CR-ORIGIN": "Arises from",
        "CR-RECONSTR": "Vein reconstructible",
        "CR-GDA": "Gastroduodenal artery involved",
        "CR-VERSION": "Assessment version UID",
        "CR-RESECTABLE": "Resectable",
        "CR-BORDERLINE": "Borderline resectable",
        "CR-LOCADVANCED": "Locally advanced",
        "CR-CONTOUR": "Contour irregularity",
        "CR-TEARDROP": "Tear-drop deformity",
        "CR-EXTCELIAC": "Extension to the celiac axis",
        "CR-BLAND": "Non tumour thrombus",
        "CR-TUMTHROMBUS": "Tumour thrombus",
        "CR-RRHA": "Replaced right hepatic artery",
        "CR-ARHA": "Accessory right hepatic artery",
        "CR-RCHA": "Replaced common hepatic artery",
        "CR-OTHERVARIANT": "Other arterial variant",
        "CR-PANCHEAD": "Head of pancreas",
        "CR-PANCUNCINATE": "Uncinate process of pancreas",
        "CR-PANCNECK": "Neck of pancreas",
        "CR-PANCBODY": "Body of pancreas",
        "CR-PANCTAIL": "Tail of pancreas",
        "CR-EXTHEPBIF": "Extension to the hepatic artery bifurcation",
    }.items()
}
# The liver's Couinaud segments (domain/liver_segments.py) are coded in the same scheme.
OWN_CODE_MEANINGS.update({(c.scheme, c.value): c.meaning for c in COUINAUD_CODES.values()})
