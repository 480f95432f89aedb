"""casereview's private coding scheme: the concepts no standard code names.

Structured reports of resectability assessments (:mod:`casereview.dicom.resectability_sr`) code
what DICOM and SNOMED CT do not (a contact angle in degrees, a suggested category, a tear-drop
deformity) in the private scheme :data:`CODING_SCHEME`, declared in each report's Coding Scheme
Identification Sequence. The table lives apart from the writer so that the de-identifier, which
cleans the meanings of private codes as free text, knows these meanings are ours and keeps them
(:data:`OWN_CODE_MEANINGS`), without importing the report writer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from casereview.domain.liver_segments import COUINAUD_CODES

if TYPE_CHECKING:
    from pydicom.dataset import Dataset

#: Coding Scheme Designator of casereview's private concepts.
CODING_SCHEME = "99CASEREVIEW"

#: Name and owner of the scheme, as an object that uses it declares them.
CODING_SCHEME_NAME = "casereview private concepts"
CODING_SCHEME_ORGANIZATION = "casereview project"


def coding_scheme_identification() -> Dataset:
    """The Coding Scheme Identification Sequence item that declares :data:`CODING_SCHEME`.

    PS3.3 C.12.1.1.2: a private scheme (designator starting with "99") used in an object is
    described there, so a reader knows whose concepts they are.
    """
    from pydicom.dataset import Dataset

    item = Dataset()
    item.CodingSchemeDesignator = CODING_SCHEME
    item.CodingSchemeName = CODING_SCHEME_NAME
    item.CodingSchemeResponsibleOrganization = CODING_SCHEME_ORGANIZATION
    return item


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
# The liver resection plan's report and segmentation (dicom/liver_sr.py): what SNOMED CT,
# LOINC and DCM do not name (the parts of a planned resection, the remnant's ratios and the
# sources of their thresholds, whose short citations are meanings so de-identification keeps them).
OWN_CODE_MEANINGS.update(
    {
        (CODING_SCHEME, value): meaning
        for value, meaning in {
            "CR-LIVRESECTED": "Planned resected liver",
            "CR-LIVREMNANT": "Planned liver remnant",
            "CR-FLRVOL": "Future liver remnant volume",
            "CR-REMTUMOUR": "Tumour left in the liver remnant",
            "CR-FLR": "Future liver remnant of functional liver",
            "CR-SFLR": "Standardised future liver remnant",
            "CR-RBWR": "Remnant liver to body weight ratio",
            "CR-SLV": "Standard liver volume",
            "CR-MARGIN": "Smallest tumour margin to resection surface",
            "CR-REMNANTOK": "Remnant reaches the threshold",
            "CR-MEASURE": "Measure judged",
            "CR-THRSOURCE": "Source of the threshold",
            "CR-SRCABDALLA": "Abdalla EK et al. Ann Surg Oncol 2006;13:1271-80",
            "CR-SRCTRUANT": "Truant S et al. J Am Coll Surg 2007;204:22-33",
            "CR-SRCVAUTHEY": "Vauthey JN et al. Liver Transpl 2002;8:233-40",
            "CR-SRCMOSTELLER": "Mosteller RD. N Engl J Med 1987;317:1098",
            "CR-FROMHEADERS": "Read from the image headers",
            "CR-RESECTION": "Planned liver resection",
            "CR-RHEPATECTOMY": "Right hepatectomy",
            "CR-LHEPATECTOMY": "Left hepatectomy",
            "CR-RTRISECT": "Right trisectionectomy",
            "CR-LTRISECT": "Left trisectionectomy",
            "CR-RANTSECT": "Right anterior sectionectomy",
            "CR-RPOSTSECT": "Right posterior sectionectomy",
            "CR-LLATSECT": "Left lateral sectionectomy",
            "CR-CENTRALHEP": "Central hepatectomy",
            "CR-SEGRESECT": "Resection of chosen liver segments",
            "CR-SURFRESECT": "Resection along a drawn surface",
            "CR-SEGREMOVED": "Liver segment removed",
            "CR-LIVCONDITION": "Liver condition",
            "CR-LIVCHEMO": "Liver after extensive chemotherapy",
            "CR-PLANUID": "Liver plan version UID",
            "CR-PLANSHA": "Liver plan content SHA-256",
        }.items()
    }
)
