"""Identity canary through the command line (issue 14's acceptance test).

A patient "Wang^Li=王^丽", ID ZJ0012345, born 1958-03-12, with an accession number, phone and
address in her image headers. Staff mention her in the case title and question, the MDT
question, the decision's rationale and dissent, an action item and the label of a segment
imported from a DICOM SEG, the way staff write: "王丽", "Wang Li", "Mrs Wang", "DOB
12/03/1958", "1958年3月12日", the accession number and every birth-date format. After
``casereview-cli export`` no identity form may be in the raw zip bytes (in UTF-8, UTF-16 and
GB18030, the encodings DICOM can store Chinese in), in any entry or entry name, in any decoded
DICOM value (every element, nested sequences included) or in the text pypdf extracts from any
PDF; the clinical words around them must survive.
"""

from __future__ import annotations

import contextlib
import datetime
import io
import json
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pydicom
import pytest
from identity_canary_support import (
    Patient,
    dataset_texts,
    encodings,
    identified_ct_series,
    pdf_text,
)
from pydicom.dataset import Dataset

from casereview.app.cli import main

STUDY_UID = "1.2.826.0.1.3680043.10.1077.14.1"
SERIES_UID = "1.2.826.0.1.3680043.10.1077.14.2"
PATIENT_NAME = "Wang^Li=王^丽"
PATIENT_ID = "ZJ0012345"
ISSUER = "ZJHOSP01"
ACCESSION = "ACC4471902"
PHONE = "+86 571 88881234"
ADDRESS = "12 Jade Road, Xihu District, Hangzhou"

#: Every way the texts below write her birth date (1958-03-12).
BIRTH_DATES = (
    "19580312",
    "1958-03-12",
    "12/03/1958",
    "03/12/1958",
    "12.03.1958",
    "1958年3月12日",
    "1958/3/12",
    "12 March 1958",
    "12 mars 1958",
    "1958 03 12",
    "12/3/1958",
    "3/12/1958",
)
#: Identity forms that are long enough to look for in raw bytes (any encoding).
RAW_FORMS = (
    "Wang^Li",
    "Wang Li",
    "WANG",
    "王丽",
    "丽王",
    "王^丽",
    PATIENT_ID,
    ISSUER,
    ACCESSION,
    "88881234",
    "8888 1234",
    "Jade Road",
    *BIRTH_DATES,
)
#: Clinical words the texts carry beside her identity: they must reach the partner.
CLINICAL_WORDS = ("liver", "across", "planned", "resection", "Whipple", "neoadjuvant", "胰头")


def _identity_patterns() -> list[re.Pattern[str]]:
    """Every identity form as a pattern over decoded text: Latin names as whole words."""
    patterns = [
        re.compile(r"(?<![A-Za-z])(?:wang|li)(?![A-Za-z])", re.IGNORECASE),
        re.compile("王\\s*丽|丽\\s*王|王\\^丽"),
        re.compile(r"8888\D?1234"),
        re.compile("jade road", re.IGNORECASE),
    ]
    for form in (PATIENT_ID, ISSUER, ACCESSION, *BIRTH_DATES):
        patterns.append(re.compile(rf"(?<!\d){re.escape(form)}(?!\d)", re.IGNORECASE))
    return patterns


IDENTITY = _identity_patterns()


def _found(text: str) -> list[str]:
    return [m.group(0) for pattern in IDENTITY for m in pattern.finditer(text)]


PATIENT = Patient(
    PATIENT_NAME, PATIENT_ID, datetime.date(1958, 3, 12), ACCESSION, SERIES_UID, STUDY_UID
)


def _identified_series(folder: Path) -> None:
    """Four CT slices carrying her identity, phone and address in the headers."""
    identified_ct_series(
        folder,
        PATIENT,
        {
            "IssuerOfPatientID": ISSUER,
            "PatientTelephoneNumbers": PHONE,
            "PatientAddress": ADDRESS,
            "PatientSex": "F",
        },
    )


@dataclass(frozen=True)
class Exported:
    """The package and the preview shown before it was written."""

    package: Path
    preview: dict[str, Any]


class Cli:
    """``casereview-cli ARGS --json`` on one data directory; returns the parsed output."""

    def __init__(self, home: Path) -> None:
        self.home = home

    def __call__(self, *argv: str) -> Any:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main([*argv, "--json", "--data-dir", str(self.home)])
        assert code == 0, (argv[:2], err.getvalue())
        return json.loads(out.getvalue()) if out.getvalue().strip() else None


def _segment_naming_her(cli: Cli, case: str, tmp_path: Path) -> None:
    """A SEG whose segment label and description name her, imported with ``seg import``."""
    created = cli("seg", "create", case, "--series", SERIES_UID, "--template", "tumour")
    uuid = created["uuid"]
    mask = np.zeros((4, 128, 128), dtype=np.uint8)
    mask[1:3, 50:70, 50:70] = 1
    np.save(tmp_path / "mask.npy", mask)
    cli("seg", "paint", case, uuid, str(tmp_path / "mask.npy"))
    exported = tmp_path / "seg.dcm"
    cli("seg", "export", case, "--out", str(exported))
    seg = pydicom.dcmread(exported)
    seg.SegmentSequence[0].SegmentLabel = "王丽 liver lesion"
    seg.SegmentSequence[0].SegmentDescription = "Mrs Wang DOB 12/03/1958 resection planned"
    seg.SeriesDescription = "Wang Li segmentation"
    seg.SpecificCharacterSet = "ISO_IR 192"
    named = tmp_path / "seg-named.dcm"
    seg.save_as(named)
    cli("seg", "delete", case, uuid)
    cli("seg", "import", case, str(named))


def _export_with_identity_in_every_text(tmp_path: Path) -> Exported:
    _identified_series(tmp_path / "incoming")
    cli = Cli(tmp_path / "site")
    cli("user", "add", "tester", "--role", "surgeon", "--name", "Dr Tester")
    cli("import", str(tmp_path / "incoming"))
    created = cli(
        "case",
        "new",
        "--study",
        STUDY_UID,
        "--title",
        "王丽 胰头 mass (Wang Li)",
        "--question",
        "Mrs Wang, DOB 12/03/1958, accession " + ACCESSION + ": is the tumour across the SMV?",
    )
    case = str(created["id"])
    meeting = cli("meeting", "new", "--title", "Pancreas MDT", "--at", "2026-11-03 08:00")
    meeting_id = str(meeting["id"])
    cli(
        "meeting",
        "add-case",
        meeting_id,
        case,
        "--question",
        "王丽 (1958年3月12日, 19580312): resection planned?",
    )
    cli(
        "meeting",
        "decide",
        meeting_id,
        case,
        "--recommendation",
        "upfront_resection",
        "--procedure",
        "Whipple",
        "--rationale",
        "Wang Li (ID ZJ0012345, born 1958-03-12, 12.03.1958, 03/12/1958, 1958/3/12): "
        "liver clear, no vessel across, resection planned.",
        "--dissent",
        "Dr Wu: Mrs Wang (12 March 1958 / 12 mars 1958 / 1958 03 12) should have "
        "neoadjuvant first; 丽王 agrees, 王主任 too",
    )
    cli(
        "meeting",
        "action",
        meeting_id,
        case,
        "--description",
        "Call Mrs Wang on "
        + PHONE
        + " (DOB 12/3/1958, 3/12/1958), 王 丽, re resection; she lives in Xixi village",
        "--owner",
        "Dr Chen",
    )
    _segment_naming_her(cli, case, tmp_path)
    preview = cli("export", case, "--preview")
    package = tmp_path / "package.zip"
    # The user answers the preview: the village identifies her too.
    cli("export", case, "--out", str(package), "--identify", "Xixi")
    return Exported(package, preview)


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Exported:
    """The package, made once: the export is the slow part."""
    return _export_with_identity_in_every_text(tmp_path_factory.mktemp("identity-canary"))


@pytest.fixture
def package(exported: Exported) -> Path:
    return exported.package


def test_no_identity_form_in_the_raw_zip(package: Path) -> None:
    raw = package.read_bytes()
    leaks = [f for f in RAW_FORMS for data in encodings(f) if len(data) >= 4 and data in raw]
    assert not leaks


def test_no_identity_form_in_any_entry_or_entry_name(package: Path) -> None:
    leaks: list[tuple[str, str]] = []
    with zipfile.ZipFile(package) as archive:
        for info in archive.infolist():
            leaks += [(info.filename, f) for f in _found(info.filename)]
            data = archive.read(info)
            leaks += [
                (info.filename, form)
                for form in RAW_FORMS
                for encoded in encodings(form)
                if len(encoded) >= 4 and encoded in data
            ]
            if info.filename.endswith((".json", ".TXT", ".HTM")):
                text = re.sub(r"<[^>]*>", " ", data.decode("utf-8"))  # HTML's <li> is markup
                leaks += [(info.filename, f) for f in _found(text)]
    assert not leaks


def _datasets(package: Path) -> Iterator[tuple[str, Dataset]]:
    with zipfile.ZipFile(package) as archive:
        for name in archive.namelist():
            if name.startswith("DICOM/") and not name.endswith("DICOMDIR"):
                yield name, pydicom.dcmread(io.BytesIO(archive.read(name)))


def test_no_identity_form_in_any_decoded_dicom_value_or_pdf(package: Path) -> None:
    leaks: list[tuple[str, str]] = []
    pdfs = 0
    segs = 0
    for name, ds in _datasets(package):
        for text in dataset_texts(ds):
            leaks += [(name, f) for f in _found(text)]
        if "EncapsulatedDocument" in ds:
            pdfs += 1
            leaks += [(f"{name} (PDF text)", f) for f in _found(pdf_text(ds.EncapsulatedDocument))]
        if ds.SOPClassUID == pydicom.uid.SegmentationStorage:
            segs += 1
            labels = " ".join(str(s.SegmentLabel) for s in ds.SegmentSequence)
            assert "liver lesion" in labels
    assert pdfs >= 1 and segs == 1
    assert not leaks


def test_clinical_words_and_placeholders_survive(package: Path) -> None:
    with zipfile.ZipFile(package) as archive:
        documents = {
            n: archive.read(n).decode("utf-8")
            for n in archive.namelist()
            if n.startswith("documents/")
        }
    text = "\n".join(documents.values())
    for word in CLINICAL_WORDS:
        assert word in text, word
    assert "[patient]" in text and "[date of birth]" in text and "[ID]" in text
    decisions = json.loads(documents["documents/decisions.json"])["decisions"][0]
    assert decisions["rationale"].startswith("[patient] (ID [ID], born [date of birth]")
    assert "liver clear, no vessel across, resection planned." in decisions["rationale"]


def test_preview_lists_the_fields_as_sent_and_what_to_confirm(exported: Exported) -> None:
    changes = exported.preview["text_changes"]
    fields = {c["field"]: c for c in changes}
    rationale = next(c for f, c in fields.items() if f.startswith("Decision") and "rationale" in f)
    assert rationale["as_sent"].startswith("[patient] (ID [ID], born [date of birth]")
    assert any("王" in c["unsure"] for c in changes)  # 王主任: a lone surname, to confirm
    for change in changes:
        assert not _found(change["as_sent"]), change
    # The village is only removed once the user names it.
    assert any("Xixi" in c["as_sent"] for c in changes)


def test_what_the_user_identified_is_removed(package: Path) -> None:
    reports = [
        pdf_text(ds.EncapsulatedDocument)
        for _name, ds in _datasets(package)
        if "EncapsulatedDocument" in ds
    ]
    assert reports
    text = " ".join(" ".join(reports).split())
    assert "Xixi" not in text and "[removed] village" in text
