"""Identity canaries for the names and dates that broke the old scrubber.

Chinese two-character names (one-character family and given names: "李波", "周瑜"), short Latin
names ("Li^Bo", "Ross^Al") and every birth-date format, written into every user text a package
carries (case title and question, an annotation label, a key image caption, a decision's
rationale and dissent, a segment name). After export, no form of the patient's identity is in
the package, and the clinical words around it, some of which contain her name parts
("liver", "across", "Rossi", "Albumin", "bolus"), are all still there.
"""

from __future__ import annotations

import datetime
import json
import zipfile

import pytest
from exchange_helpers import add_segment, open_site
from identity_canary_support import (
    Patient,
    birth_date_forms,
    identified_ct_series,
    package_texts,
    raw_leaks,
)

from casereview.domain.packages import DeidOptions
from casereview.services.cases import create_case_from_uids
from casereview.services.exchange import export_case, preview_export
from casereview.services.indexing import import_paths
from casereview.services.signing import load_or_create_signing_key

PATIENTS = {
    "li-bo": Patient(
        "Li^Bo=李^波",
        "SH770012",
        datetime.date(1970, 1, 5),
        "ACC5550001",
        "1.2.826.0.1.3680043.10.1077.15.2",
        "1.2.826.0.1.3680043.10.1077.15.1",
    ),
    "ross-al": Patient(
        "Ross^Al",
        "UK9912345",
        datetime.date(1961, 7, 4),
        "ACC5550002",
        "1.2.826.0.1.3680043.10.1077.16.2",
        "1.2.826.0.1.3680043.10.1077.16.1",
    ),
    "zhou-yu": Patient(
        "Zhou^Yu=周^瑜",
        "ZJ0047110",
        datetime.date(1945, 11, 23),
        "ACC5550003",
        "1.2.826.0.1.3680043.10.1077.17.2",
        "1.2.826.0.1.3680043.10.1077.17.1",
    ),
}
#: Clinical words beside the identity; several contain a name part of one of the patients.
CLINICAL = (
    "liver",
    "across",
    "planned",
    "Rossi",
    "Albumin",
    "bolus",
    "Yukon",
    "lingual",
    "resection",
    "胰头",
)


def _mentions(patient: Patient) -> list[str]:
    """How staff mention the patient: every name form and every birth-date form."""
    family, given = patient.latin_parts[:2]
    names = [f"{family} {given}", f"{given} {family}", f"{family.upper()}^{given.upper()}"]
    names += [f"Mrs {family}", family]
    if patient.cjk_name:
        cjk = patient.cjk_name
        names += [cjk, cjk[::-1], " ".join(cjk)]
    return names + list(birth_date_forms(patient.birth_date)) + [patient.patient_id]


def _text(patient: Patient, index: int) -> str:
    """A clinical sentence that names the patient once, in the ``index``-th form."""
    mentions = _mentions(patient)
    mention = mentions[index % len(mentions)]
    return f"{mention}: tumour across the liver, resection planned (Rossi, Albumin, bolus)"


@pytest.fixture(scope="module", params=sorted(PATIENTS))
def exported(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    """One patient's case, every text naming them, exported once."""
    from casereview.domain.annotations import (
        AnnotationDraft,
        AnnotationKind,
        ImageReference,
        KeyImageDraft,
        ViewPlane,
    )
    from casereview.domain.decisions import DecisionContent, Recommendation
    from casereview.services.annotations import create_annotation, flag_key_image
    from casereview.services.decisions import record_decision

    patient = PATIENTS[request.param]
    root = tmp_path_factory.mktemp(request.param)
    identified_ct_series(root / "incoming", patient)
    db = open_site(root / "site")
    report = import_paths(
        db,
        [root / "incoming"],
        "tester",
        staging_dir=root / "site" / "imports",
        quarantine_dir=root / "site" / "quarantine",
    )
    assert report.imported == 4, report.problems
    mentions = _mentions(patient)
    case = create_case_from_uids(
        db,
        "tester",
        study_uids=[patient.study_uid],
        title=f"{mentions[0]} 胰头 Yukon",
        clinical_question=" / ".join(_text(patient, i) for i in range(len(mentions))),
    )
    frame = f"{patient.study_uid}.9"
    reference = ImageReference(patient.series_uid, f"{patient.series_uid}.2", frame)
    for index in range(len(mentions)):
        create_annotation(
            db,
            case.id,
            AnnotationDraft(
                AnnotationKind.LENGTH,
                ((0.0, 0.0, -65.7), (10.0, 0.0, -65.7)),
                reference,
                label=_text(patient, index)[:120],
            ),
            "tester",
        )
    record_decision(
        db,
        case.id,
        DecisionContent(
            recommendation=Recommendation.FURTHER_INVESTIGATION,
            rationale=" ".join(_text(patient, i) for i in range(len(mentions))),
            dissent=_text(patient, 3) + " lingual",
        ),
        "tester",
    )
    add_segment(db, case.id, patient.series_uid, frame, f"{mentions[-3]} liver lesion")
    flag_key_image(
        db,
        case.id,
        KeyImageDraft(
            reference=reference,
            orientation="axial",
            plane=ViewPlane((0.0, 0.0, -65.7), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0)),
            window_center=40.0,
            window_width=400.0,
            caption=_text(patient, 1),
        ),
        "tester",
    )
    key = load_or_create_signing_key(root / "keys")
    secret = bytes(range(32))
    out = root / "package.zip"
    export_case(
        db,
        case.id,
        out,
        "tester",
        options=DeidOptions(),
        signing_key=key,
        secret=secret,
        institution="Canary Hospital",
    )
    preview = preview_export(db, case.id, DeidOptions(), secret)
    yield patient, out, preview
    db.close()


def test_no_identity_form_in_the_package(exported) -> None:
    patient, package, _ = exported
    leaks = [
        (where, found) for where, text in package_texts(package) for found in patient.leaks(text)
    ]
    assert not leaks, leaks[:20]
    # Bytes have no word boundaries: a name part inside a clinical word ("Ross" in "Rossi")
    # is checked in the decoded texts above, not here.
    long_forms = [
        f
        for f in (*_mentions(patient), patient.accession)
        if len(f) >= 4 and not any(f.lower() in word.lower() for word in CLINICAL)
    ]
    assert not raw_leaks(package, long_forms)


def test_clinical_words_survive(exported) -> None:
    _patient, package, _ = exported
    with zipfile.ZipFile(package) as archive:
        text = "\n".join(
            archive.read(n).decode("utf-8") for n in archive.namelist() if n.endswith(".json")
        )
    for word in CLINICAL:
        assert word in text, word
    decisions = json.loads(
        zipfile.ZipFile(package).read("documents/decisions.json").decode("utf-8")
    )["decisions"]
    assert decisions[0]["rationale"].count("tumour across the liver, resection planned") == len(
        _mentions(_patient)
    )


def test_preview_lists_every_changed_field_as_sent(exported) -> None:
    patient, _package, preview = exported
    fields = {change.field: change for change in preview.text_changes}
    assert any(f.startswith("Decision 1") and f.endswith("rationale") for f in fields), fields
    assert any(f.startswith("Case") and "clinical question" in f for f in fields), fields
    for item in ("Annotation 1", "Key image 1", "Segment 1", "Case — title"):
        assert any(f.startswith(item) for f in fields), (item, sorted(fields))
    for change in preview.text_changes:
        assert change.original != change.as_sent or change.unsure
        assert not patient.leaks(change.as_sent), change


def test_a_patient_named_like_the_documents_keeps_them_readable(tmp_path) -> None:
    """Names that are words of the package's vocabulary ("Case", "Key") are scrubbed from
    the texts but never from document names, keys, schema ids or kinds."""
    from casereview.services.exchange.schemas import read_document

    patient = Patient(
        "Case^Key",
        "CK4455667",
        datetime.date(1980, 2, 29),
        "ACC5550004",
        "1.2.826.0.1.3680043.10.1077.18.2",
        "1.2.826.0.1.3680043.10.1077.18.1",
    )
    identified_ct_series(tmp_path / "incoming", patient)
    db = open_site(tmp_path / "site")
    try:
        import_paths(
            db,
            [tmp_path / "incoming"],
            "tester",
            staging_dir=tmp_path / "site" / "imports",
            quarantine_dir=tmp_path / "site" / "quarantine",
        )
        case = create_case_from_uids(
            db,
            "tester",
            study_uids=[patient.study_uid],
            title="Key Case, liver",
            clinical_question="Case Key: resection planned?",
        )
        add_segment(db, case.id, patient.series_uid, f"{patient.study_uid}.9", "Case liver")
        out = tmp_path / "package.zip"
        export_case(
            db,
            case.id,
            out,
            "tester",
            options=DeidOptions(),
            signing_key=load_or_create_signing_key(tmp_path / "keys"),
            secret=bytes(range(32)),
            institution="Canary Hospital",
        )
    finally:
        db.close()
    with zipfile.ZipFile(out) as archive:
        names = [n for n in archive.namelist() if n.startswith("documents/")]
        assert {"documents/case.json", "documents/segments.json"} <= set(names)
        archive.extractall(tmp_path / "unpacked")
    for name in names:
        read_document(tmp_path / "unpacked" / name, name)  # schema and kinds intact
    case_document = json.loads((tmp_path / "unpacked" / "documents/case.json").read_text())
    assert case_document["schema"] == "casereview-case/1"
    assert case_document["title"] == "[patient], liver"
    assert case_document["clinical_question"] == "[patient]: resection planned?"
