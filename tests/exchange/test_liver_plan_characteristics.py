"""A package made with "remove patient characteristics" carries the liver plan without the
patient's size.

Hôpital A plans a resection on the small demo's liver (a plane, normal liver) with the
patient's height and weight entered, and exports the case twice: as the profile's defaults
have it, and with the Retain Patient Characteristics option off. Without the option the plan
travels as before: height, weight, BSA, standard liver volume, sFLR and RBWR in the JSON and
the SR. With it, no file of the package holds the height, the weight or a figure computed from
them, in the forms the plain package writes them (the JSON's numbers, the SR's decimal strings
and binary doubles); the plan is the one a planner makes without the size (the FLR % against
the condition's threshold), the JSON says the size was withheld and the SR has no patient
characteristics container. Hôpital B imports the plain package and gets the size; Hôpital C
imports the other one, which verifies and says the size was withheld.
"""

from __future__ import annotations

import io
import json
import re
import struct
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pydicom
import pytest
from pydicom.dataset import Dataset
from record_sites import (
    SENDER,
    Site,
    export_from,
    install_reference_demo,
    open_hospital,
    package_entries,
    trusted,
)
from sqlalchemy import select

from casereview.dicom.liver_sr import (
    BODY_HEIGHT,
    BODY_SURFACE_AREA,
    BODY_WEIGHT,
    FLR,
    PATIENT_CHARACTERISTICS,
    RBWR,
    SFLR,
    STANDARD_LIVER_VOLUME,
    THRESHOLD_VALUE,
)
from casereview.domain.liver_plan_record import (
    LiverPlanVersion,
    RemnantMeasure,
    SurfaceLps,
    liver_plan_sha256,
)
from casereview.domain.liver_remnant import SFLR_SOURCE, SFLR_THRESHOLDS, LiverCondition
from casereview.domain.packages import DeidOptions, PackageImportReport
from casereview.services.exchange import import_package
from casereview.services.exchange.liver_plan_provider import (
    DOCUMENT_NAME,
    SIZE_WITHHELD_NOTE,
    LiverPlanProvider,
    has_patient_size,
    result_sha256,
    without_patient_size,
)
from casereview.services.liver_plan import LiverPlanner
from casereview.services.liver_plan_record import (
    liver_plan_history,
    save_liver_plan,
    verify_liver_plan,
)
from casereview.store import models
from casereview.store.database import Database
from support import require_tool

pytestmark = pytest.mark.slow  # three hospitals, two exports and two imports

HEIGHT_CM = 172.0
WEIGHT_KG = 68.0
#: A plane through the small demo's liver; its normal points into the part removed.
SURFACE = SurfaceLps((-58.0, 0.0, 60.0), (-1.0, 0.0, 0.0))
#: The SR's concepts of the figures the option must remove, by the JSON's key for each.
SIZE_CONCEPTS = {
    "height_cm": BODY_HEIGHT,
    "weight_kg": BODY_WEIGHT,
    "bsa_m2": BODY_SURFACE_AREA,
    "slv_ml": STANDARD_LIVER_VOLUME,
    "sflr_percent": SFLR,
    "rbwr_percent": RBWR,
}


@dataclass
class World:
    a: Site
    b: Site
    c: Site
    a_case: int
    version: LiverPlanVersion
    plain: Path
    withheld: Path
    plain_import: PackageImportReport
    withheld_import: PackageImportReport


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    root = tmp_path_factory.mktemp("liver-plan-characteristics")
    a = open_hospital(root / "a", "a")
    a_case = install_reference_demo(a, "a")
    draft = LiverPlanner.open(a.db, a_case).by_surface(
        SURFACE, condition=LiverCondition.NORMAL, height_cm=HEIGHT_CM, weight_kg=WEIGHT_KG
    )
    version = save_liver_plan(a.db, a_case, draft, "a")
    out = root / "a" / "out"
    plain, withheld = out / "plain.zip", out / "withheld.zip"
    export_from(a, a_case, plain)
    export_from(a, a_case, withheld, DeidOptions(retain_patient_characteristics=False))
    b = open_hospital(root / "b", "b")
    plain_import = import_package(b.db, plain, "b", **b.dirs(), trusted=trusted(a))
    c = open_hospital(root / "c", "c")
    withheld_import = import_package(c.db, withheld, "c", **c.dirs(), trusted=trusted(a))
    yield World(a, b, c, a_case, version, plain, withheld, plain_import, withheld_import)
    for site in (a, b, c):
        site.db.close()


def _document(package: Path) -> dict[str, Any]:
    return json.loads(package_entries(package)[f"documents/{DOCUMENT_NAME}"])


def _plan_sr(package: Path) -> Dataset:
    entries = package_entries(package)
    manifest = json.loads(entries["manifest.json"])
    found = [
        pydicom.dcmread(io.BytesIO(entries[f["path"]]))
        for f in manifest["files"]
        if f["kind"] == "dicom-sr"
    ]
    (sr,) = [ds for ds in found if ds.SeriesDescription == "Liver resection plan"]
    return sr


def _items(items: Any) -> Iterator[Dataset]:
    for item in items:
        yield item
        yield from _items(item.get("ContentSequence", []))


def _concept(item: Dataset) -> tuple[str, str]:
    """``(coding scheme, code value)`` of an item's concept name."""
    if "ConceptNameCodeSequence" not in item:
        return ("", "")
    name = item.ConceptNameCodeSequence[0]
    return (str(name.CodingSchemeDesignator), str(name.CodeValue))


def _key(concept: Any) -> tuple[str, str]:
    return (str(concept.scheme_designator), str(concept.value))


def _sr_numbers(sr: Dataset) -> dict[tuple[str, str], list[Dataset]]:
    """Concept name → the SR's measured value items under that name."""
    found: dict[tuple[str, str], list[Dataset]] = {}
    for item in _items(sr.ContentSequence):
        if item.ValueType == "NUM":
            found.setdefault(_concept(item), []).extend(item.MeasuredValueSequence)
    return found


def _size_forms(plain: Path) -> dict[str, list[bytes]]:
    """Each figure the option removes, by name, in every form the plain package writes it.

    Decimal text as the JSON writes it (Python's shortest repr of the float) and as the SR's
    Numeric Value (DS) holds it; the SR's Floating Point Value (FD) as its eight bytes.
    """
    plan = _document(plain)["plan"]
    written = {**plan["inputs"], **plan["result"]}
    numbers = _sr_numbers(_plan_sr(plain))
    forms: dict[str, list[bytes]] = {}
    for name, concept in SIZE_CONCEPTS.items():
        value = written[name]
        assert isinstance(value, float), (name, value)
        (measured,) = numbers[_key(concept)]
        text = {repr(value), str(measured.NumericValue).strip()}
        binary = {struct.pack("<d", value)}
        if "FloatingPointValue" in measured:
            binary.add(struct.pack("<d", float(measured.FloatingPointValue)))
        forms[name] = [t.encode("ascii") for t in text] + sorted(binary)
    return forms


def _holds(data: bytes, form: bytes) -> bool:
    """Whether ``data`` holds ``form`` as a number of its own (text) or at all (binary).

    A decimal text counts when no digit or point is glued to it (``72.0`` is not in
    ``172.05``); eight bytes of a double count wherever they are.
    """
    if re.fullmatch(rb"[0-9.eE+-]+", form):
        return re.search(rb"(?<![0-9.])" + re.escape(form) + rb"(?![0-9])", data) is not None
    return form in data


def _searchable(name: str, data: bytes) -> bytes:
    """The bytes of a package file to search for text: a DICOM file without its pixel data
    (binary samples, where any short digit string may occur by chance)."""
    if not name.startswith("DICOM/") or name.endswith("DICOMDIR"):
        return data
    dataset = pydicom.dcmread(io.BytesIO(data))
    pixels = dataset.get("PixelData")
    return data.replace(pixels, b"") if pixels else data


# -- without the option: as before ---------------------------------------------------------------


def test_without_the_option_the_size_travels_as_before(world: World) -> None:
    plan = _document(world.plain)["plan"]
    assert (plan["inputs"]["height_cm"], plan["inputs"]["weight_kg"]) == (HEIGHT_CM, WEIGHT_KG)
    assert plan["inputs"]["size_from"] == "entered"
    assert plan["content_sha256"] == world.version.content_sha256
    assert plan["result_sha256"] == result_sha256(world.version.result)
    assert "size_withheld" not in plan and "size_note" not in plan
    measures = [v["measure"] for v in plan["result"]["verdicts"]]
    assert measures == [RemnantMeasure.SFLR.value, RemnantMeasure.RBWR.value]
    sr = _plan_sr(world.plain)
    concepts = {_concept(i) for i in _items(sr.ContentSequence)}
    assert _key(PATIENT_CHARACTERISTICS) in concepts
    numbers = _sr_numbers(sr)
    assert float(numbers[_key(BODY_HEIGHT)][0].NumericValue) == HEIGHT_CM
    assert float(numbers[_key(BODY_WEIGHT)][0].NumericValue) == WEIGHT_KG
    # Every form searched for below is found in the plain package: the search can fail.
    entries = package_entries(world.plain)
    for name, forms in _size_forms(world.plain).items():
        for form in forms:
            assert any(_holds(_searchable(p, d), form) for p, d in entries.items()), (name, form)


# -- with the option ----------------------------------------------------------------------------


def test_with_the_option_no_file_holds_the_size_nor_what_is_computed_from_it(
    world: World,
) -> None:
    forms = _size_forms(world.plain)
    entries = package_entries(world.withheld)
    assert f"documents/{DOCUMENT_NAME}" in entries and len(entries) > 10
    for path, data in entries.items():
        searchable = _searchable(path, data)
        for name, written in forms.items():
            for form in written:
                assert not _holds(searchable, form), (path, name, form)


def test_with_the_option_the_plan_is_the_one_made_without_the_size(world: World) -> None:
    version = world.version
    plan = _document(world.withheld)["plan"]
    inputs, result = plan["inputs"], plan["result"]
    assert (inputs["height_cm"], inputs["weight_kg"], inputs["size_from"]) == (None, None, "")
    for key in ("bsa_m2", "slv_ml", "sflr_percent", "rbwr_percent"):
        assert result[key] is None, key
    # The FLR % stays, judged against the normal liver's threshold, as without a size.
    assert result["flr_percent"] == version.result.flr_percent
    assert result["verdicts"] == [
        {
            "measure": RemnantMeasure.FLR.value,
            "value_percent": version.result.flr_percent,
            "threshold_percent": SFLR_THRESHOLDS[LiverCondition.NORMAL],
            "source": SFLR_SOURCE,
        }
    ]
    for key in ("total_ml", "tumour_ml", "resected_ml", "remnant_tumour_ml", "margin_mm"):
        assert result[key] == getattr(version.result, key), key
    assert plan["size_withheld"] is True and plan["size_note"] == SIZE_WITHHELD_NOTE
    assert plan["size_note"].startswith("Size withheld by the sender")
    # Its hashes are those of what is sent, not the stored ones (which cover the size).
    sent = without_patient_size(version)
    assert plan["content_sha256"] == sent.content_sha256 != version.content_sha256
    assert plan["result_sha256"] == result_sha256(sent.result)
    assert plan["uid"] == version.uid and plan["number"] == version.number
    # Neither stored hash leaves: both cover the size, which trying sizes would find again.
    stored = {version.content_sha256.encode(), result_sha256(version.result).encode()}
    assert not any(h in data for h in stored for data in package_entries(world.withheld).values())
    assert all(any(h in data for data in package_entries(world.plain).values()) for h in stored)
    # A planner given no size measures the same plan.
    unsized = LiverPlanner.open(world.a.db, world.a_case).by_surface(SURFACE)
    assert unsized.inputs.size_from == "" and unsized.result == sent.result


def test_with_the_option_the_sr_has_no_patient_characteristics(world: World) -> None:
    sr = _plan_sr(world.withheld)
    concepts = {_concept(i) for i in _items(sr.ContentSequence)}
    assert _key(PATIENT_CHARACTERISTICS) not in concepts
    assert not concepts & {_key(c) for c in SIZE_CONCEPTS.values()}
    numbers = _sr_numbers(sr)
    flr = numbers[_key(FLR)]
    assert [float(m.NumericValue) for m in flr] == [
        pytest.approx(world.version.result.flr_percent, abs=1e-3)
    ]
    assert [float(m.NumericValue) for m in numbers[_key(THRESHOLD_VALUE)]] == [20.0]


def test_the_sr_without_the_size_is_valid(world: World, tmp_path: Path) -> None:
    require_tool("dciodvfy", "dicom3tools")
    target = tmp_path / "sr.dcm"
    _plan_sr(world.withheld).save_as(target, enforce_file_format=True)
    run = subprocess.run(["dciodvfy", str(target)], capture_output=True, text=True, timeout=120)
    lines = (run.stdout + run.stderr).splitlines()
    assert lines and not [line for line in lines if line.startswith("Error")], lines


# -- the partners -------------------------------------------------------------------------------


def _received(db: Database) -> LiverPlanVersion:
    with db.reading() as session:
        case_id = session.scalars(select(models.Case.id)).one()
    (got,) = liver_plan_history(db, case_id)
    return got


def test_the_partner_of_the_plain_package_gets_the_size(world: World) -> None:
    got = _received(world.b.db)
    assert got.origin == SENDER and got.uid == world.version.uid
    assert (got.inputs.height_cm, got.inputs.weight_kg) == (HEIGHT_CM, WEIGHT_KG)
    assert got.result == world.version.result and verify_liver_plan(got)
    assert not any("withheld" in line for line in world.plain_import.layers)


def test_the_partner_of_the_withheld_package_imports_and_verifies_it(world: World) -> None:
    layers = world.withheld_import.layers
    assert any(line.startswith(f"Liver plan from {SENDER}: 1 new version(s)") for line in layers)
    assert any(
        f"The liver plan from {SENDER} came without the patient's height and weight" in line
        for line in layers
    ), layers
    # The figures arrived as sent: no line says they changed on the way.
    assert not any("identity removal changed" in line for line in layers), layers
    got = _received(world.c.db)
    sent = without_patient_size(world.version)
    assert got.origin == SENDER and got.uid == world.version.uid
    assert (got.inputs.height_cm, got.inputs.weight_kg, got.inputs.size_from) == (None, None, "")
    assert got.result == sent.result and not has_patient_size(got)
    assert verify_liver_plan(got)
    assert got.content_sha256 == liver_plan_sha256(got.inputs, got.result)


# -- the provider on its own ---------------------------------------------------------------------


def test_a_plan_without_a_size_is_not_said_to_be_withheld(world: World) -> None:
    """Runs last: it saves a newer plan at A, made without the size."""
    a = world.a
    options = DeidOptions(retain_patient_characteristics=False)
    before = LiverPlanProvider().gather(a.db, world.a_case, options=options)
    assert before.documents[0][1]["plan"]["size_withheld"] is True
    draft = LiverPlanner.open(a.db, world.a_case).by_surface(SURFACE)
    unsized = save_liver_plan(a.db, world.a_case, draft, "a")
    assert not has_patient_size(unsized)
    for given in (options, DeidOptions()):
        content = LiverPlanProvider().gather(a.db, world.a_case, options=given)
        (name, document) = content.documents[0]
        plan = document["plan"]
        assert name == DOCUMENT_NAME and "size_withheld" not in plan
        # Nothing to withhold: the stored hashes travel, as in a plain package.
        assert plan["content_sha256"] == unsized.content_sha256
