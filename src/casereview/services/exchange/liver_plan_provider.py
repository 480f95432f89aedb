"""The liver resection plan in packages: sent as SR, SEG and JSON, merged as the sender's plan.

:class:`LiverPlanProvider` adds the newest version of our own liver plan of the case to every
export:

- a Comprehensive SR (TID 1500, :func:`casereview.dicom.liver_sr.liver_plan_report`) with the
  volumes, margin, FLR, sFLR, RBWR, the verdicts with their thresholds and sources, the
  resection and the liver's condition, for any DICOM software;
- a SEG of the plan (:func:`casereview.dicom.liver_sr.liver_plan_segments`): the resected part,
  the remnant and the Couinaud segments used, which the SR's groups reference (left out, with
  the SR's references, when the segments were edited since the plan was saved: the voxels
  would not be the plan's);
- ``liver-plan.json``: the version as casereview stores it (inputs and result through the
  domain's codec, its UID, number, content hash, the hash of its result alone, author, time
  and the author's note), the segments named by the keys they travel under in
  ``segments.json``.

The exporter de-identifies the SR and SEG like the images (their references follow the
package's UID mapping) and scrubs the patient's identity from every text of the three (a name
typed in the note or in a segment's name does not leave).

When the export removes the patient's characteristics (PS3.15's Retain Patient
Characteristics Option off: ``DeidOptions.retain_patient_characteristics``), the plan goes as
it would have been computed without the patient's size (:func:`without_patient_size`): no
height, weight, body surface area, standard liver volume, standardised FLR or RBWR (the
weight is RBWR's denominator), and the FLR % judged against the condition's threshold, in the
SR and the JSON alike. Its hashes are those of the plan as sent: the stored ones cover the size, and with the
figures and the small range of human sizes known, a partner could find height and weight again
by trying them. The JSON says the size was withheld (``size_withheld``, ``size_note``); the
SR has no patient characteristics container.

:class:`LiverPlanLayerImporter` merges a received plan as the sender's: a version in
``liver_plan_versions`` with ``origin`` = the sending institution, the sender's UID (importing
again adds nothing) and the sender's author, numbered after the case's plans but never the
case's own plan (:func:`casereview.services.liver_plan_record.latest_liver_plan` skips it) and,
like every version, never changed. Its inputs name this site's series and its copies of the
sender's segments, so the planner can open it on them; its content hash is computed over what
is stored and verifies. The sender's hash covers the sender's UIDs, which de-identification
replaces, so the figures are checked apart: the hash of the result alone must equal the
sender's. A plan whose size the sender withheld verifies the same way (the sender hashed what
it sent), and the import's report says the size was withheld. It is written in the import's
one transaction, after the case layer
(:class:`~casereview.services.exchange.layer_merge.CaseLayerImporter`, registered first) made
the case and merged the sender's segments; a damaged plan, or one of a newer format, is not
merged and the rest of the package is.

Both are registered at start-up by ``casereview.app.exchange_setup``; pydicom, highdicom and
the services that read plans are imported when a package is made or merged.
"""

from __future__ import annotations

import dataclasses
import logging
import uuid as uuid_module
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casereview.domain.audit import AuditAction
from casereview.domain.packages import DeidOptions
from casereview.errors import CasereviewError, NotFoundError, ValidationError
from casereview.messages import Message
from casereview.services.exchange.providers import DEFAULT_OPTIONS, ExtraContent, ReceivedPackage
from casereview.services.exchange.record_layers import (
    display_names,
    received_document,
    received_name,
    segment_here,
    segment_keys,
    sender_institution,
)
from casereview.store.database import Database

if TYPE_CHECKING:
    from pydicom.dataset import Dataset
    from sqlalchemy.orm import Session

    from casereview.domain.liver_plan_record import (
        LiverPlanInputs,
        LiverPlanResult,
        LiverPlanVersion,
    )

log = logging.getLogger(__name__)

#: The document's file name and format.
DOCUMENT_NAME = "liver-plan.json"
DOCUMENT_SCHEMA = "casereview-liver-plan/1"

#: What ``liver-plan.json`` says, for a reader of the file, of a plan sent without the size.
SIZE_WITHHELD_NOTE = (
    "Size withheld by the sender: the patient's height and weight were removed with the "
    "patient's characteristics, so body surface area, standard liver volume, standardised FLR "
    "and RBWR are not sent; the FLR % is judged against the threshold of the liver's condition."
)

#: Longest author name and note a received plan keeps (as the store's columns and the
#: planner's own limit).
AUTHOR_LIMIT = 128
NOTE_LIMIT = 4000


def result_sha256(result: LiverPlanResult) -> str:
    """The hash of a plan's result alone (its figures, verdicts and sources).

    Unlike the version's content hash it holds no UID, so de-identification leaves it as it
    was: the receiver recomputes it to check that the figures arrived as they were sent.
    """
    from casereview.domain.liver_plan_record import result_to_json
    from casereview.domain.resectability_codec import content_sha256

    return content_sha256(result_to_json(result))


def has_patient_size(version: LiverPlanVersion) -> bool:
    """Whether a plan holds the patient's size or a figure computed from it."""
    inputs, result = version.inputs, version.result
    return bool(inputs.size_from) or any(
        value is not None
        for value in (
            inputs.height_cm,
            inputs.weight_kg,
            result.bsa_m2,
            result.slv_ml,
            result.sflr_percent,
            result.rbwr_percent,
        )
    )


def without_patient_size(version: LiverPlanVersion) -> LiverPlanVersion:
    """``version`` as it would have been computed without the patient's height and weight.

    The volumes, margin, FLR % and segment volumes stay; height, weight, body surface area,
    standard liver volume, standardised FLR and RBWR go, and the verdicts are those of
    :func:`casereview.domain.liver_remnant.assess_remnant` without the size: the FLR %
    against the threshold of the liver's condition. The content hash is computed again over
    these inputs and result: the stored one covers the size, which trying the few plausible
    heights and weights against it would find again.

    Parameters
    ----------
    version
        A stored plan version.

    Returns
    -------
    LiverPlanVersion
        The same UID, number, author, time and note; the inputs and result without the size.
    """
    from casereview.domain.liver_plan_record import LiverPlanResult, liver_plan_sha256
    from casereview.domain.liver_remnant import LiverVolumes, assess_remnant

    inputs = dataclasses.replace(version.inputs, height_cm=None, weight_kg=None, size_from="")
    stored = version.result
    remnant = assess_remnant(
        LiverVolumes(
            stored.total_ml, stored.tumour_ml, stored.resected_ml, stored.remnant_tumour_ml
        ),
        inputs.condition,
    )
    result = LiverPlanResult.from_assessment(
        remnant, stored.margin_mm, dict(stored.segment_volumes_ml)
    )
    return dataclasses.replace(
        version, inputs=inputs, result=result, content_sha256=liver_plan_sha256(inputs, result)
    )


def _inputs_with_keys(inputs: LiverPlanInputs, keys: dict[str, str]) -> dict[str, Any]:
    """The inputs' JSON with each segment named by the key it travels under."""
    from casereview.domain.liver_plan_record import inputs_to_json

    data = inputs_to_json(inputs)
    for entry in [data["liver"], *data["tumours"], *data["couinaud"]]:
        entry["segment_uuid"] = keys.get(entry["segment_uuid"], entry["segment_uuid"])
    return data


def liver_plan_document(
    version: LiverPlanVersion,
    *,
    author: str,
    segment_keys: dict[str, str],
    sr_sop_instance_uid: str = "",
    seg_sop_instance_uid: str = "",
    size_withheld: bool = False,
) -> dict[str, Any]:
    """``liver-plan.json`` of one plan version.

    Parameters
    ----------
    version
        Our newest plan version of the case.
    author
        Display name of who saved it (the name a partner credits).
    segment_keys
        ``segment UUID → the key it travels under`` in ``segments.json`` (its UUID, or for a
        segment merged from a partner the UUID it had there), so the receiver finds the
        segment it made of it.
    sr_sop_instance_uid, seg_sop_instance_uid
        SOP Instance UIDs of the SR and SEG written with it ("" when none was).
    size_withheld
        Whether ``version`` is a plan without the patient's size made for this export
        (:func:`without_patient_size`): the document then says so.

    Returns
    -------
    dict
        JSON-ready; the exporter maps its UIDs and scrubs its texts.
    """
    from casereview.domain.liver_plan_record import result_to_json
    from casereview.services.exchange.documents import iso_time

    plan: dict[str, Any] = {
        "uid": version.uid,
        "number": version.number,
        "content_sha256": version.content_sha256,
        "result_sha256": result_sha256(version.result),
        "inputs": _inputs_with_keys(version.inputs, segment_keys),
        "result": result_to_json(version.result),
        "author": author,
        "created_at": iso_time(version.created_at),
        "note": version.note,
    }
    if sr_sop_instance_uid:
        plan["sr_sop_instance_uid"] = sr_sop_instance_uid
    if seg_sop_instance_uid:
        plan["seg_sop_instance_uid"] = seg_sop_instance_uid
    if size_withheld:
        plan["size_withheld"] = True
        plan["size_note"] = SIZE_WITHHELD_NOTE
    return {"schema": DOCUMENT_SCHEMA, "plan": plan}


class LiverPlanProvider:
    """Our newest liver plan of the case as SR (TID 1500), SEG and ``liver-plan.json``."""

    name = "liver plan"

    def gather(
        self, db: Database, case_id: int, *, options: DeidOptions = DEFAULT_OPTIONS
    ) -> ExtraContent:
        """Nothing when the case has no plan of ours; the SR and SEG only when the planned
        series' images are indexed (they are their evidence and source).

        When ``options`` remove the patient's characteristics, the SR and the JSON carry the
        plan without the patient's size (:func:`without_patient_size`) and the JSON says so.
        """
        from casereview.services.liver_plan_record import latest_liver_plan

        version = latest_liver_plan(db, case_id)
        if version is None:
            return ExtraContent()
        withheld = not options.retain_patient_characteristics and has_patient_size(version)
        sent = without_patient_size(version) if withheld else version
        author = display_names(db, {version.author}).get(version.author, version.author)
        keys = segment_keys(db, case_id)
        datasets, sr_uid, seg_uid = self._dicom(db, version, sent, author)
        document = liver_plan_document(
            sent,
            author=author,
            segment_keys=keys,
            sr_sop_instance_uid=sr_uid,
            seg_sop_instance_uid=seg_uid,
            size_withheld=withheld,
        )
        return ExtraContent(datasets=datasets, documents=[(DOCUMENT_NAME, document)])

    @staticmethod
    def _dicom(
        db: Database, version: LiverPlanVersion, sent: LiverPlanVersion, author: str
    ) -> tuple[list[tuple[str, Dataset]], str, str]:
        """The SR of ``sent`` and (when the segments are still the plan's) the SEG of the
        stored ``version``, with their UIDs (the parts' voxels hold no size)."""
        from casereview.dicom.liver_sr import PlanMaskSet, liver_plan_report, liver_plan_segments
        from casereview.dicom.seg import read_headers
        from casereview.services.exchange.builtin_providers import evidence_header
        from casereview.services.liver_plan_masks import plan_masks
        from casereview.services.segmentations import series_source_order
        from casereview.store.repositories_resectability_layers import (
            ResectabilityLayerRepository,
        )

        series_uid = version.inputs.series_instance_uid
        with db.reading() as session:
            files = ResectabilityLayerRepository(session).series_files(series_uid)
        if not files:
            return [], "", ""  # the images are not indexed here: nothing to reference
        try:
            # The SEG's frames follow the volume's slice order; a resampled series has none.
            paths: list[Path] = series_source_order(db, series_uid)[0]
            masks = plan_masks(db, version)
        except (ValidationError, NotFoundError):
            # The SR still carries the plan's figures; only its parts' voxels stay home.
            log.info("liver plan %d sent without its segmentation", version.number)
            paths, masks = [], None
        segmentation: Dataset | None = None
        if masks is not None:
            # Built in memory: identified until the exporter de-identifies it, never on disk.
            segmentation = liver_plan_segments(
                version,
                read_headers(paths),
                PlanMaskSet(masks.resected, masks.remnant, masks.couinaud),
            )
        report = liver_plan_report(
            sent,
            [evidence_header(str(path)) for path in (paths or files)],
            segmentation=segmentation,
            author=author,
        )
        datasets: list[tuple[str, Dataset]] = []
        seg_uid = ""
        if segmentation is not None:
            datasets.append(("dicom-seg", segmentation))
            seg_uid = str(segmentation.SOPInstanceUID)
        datasets.append(("dicom-sr", report))
        return datasets, str(report.SOPInstanceUID), seg_uid


def _line(institution: str, added: int, unchanged: int, ours: int) -> Message:
    return Message(
        "Liver plan from {institution}: {added} new version(s), {unchanged} already here, "
        "{ours} of ours left as they are.",
        institution=institution,
        added=added,
        unchanged=unchanged,
        ours=ours,
    )


@dataclass(frozen=True)
class ReceivedPlan:
    """A sender's plan as read from the package, before the case is known.

    Attributes
    ----------
    uid
        Its UID at the sender (kept: importing again finds it).
    inputs
        Its inputs with this site's series UID; segments still named by their keys.
    result
        Its figures.
    sender_sha256
        The content hash the sender stored (and its decisions cite).
    identical_figures
        Whether the result's hash equals the one the sender computed.
    author, created_at, note
        As at the sender (scrubbed on the way).
    size_withheld
        Whether the sender removed the patient's size (and what is computed from it) from the
        plan for this package.
    """

    uid: str
    inputs: LiverPlanInputs
    result: LiverPlanResult
    sender_sha256: str
    identical_figures: bool
    author: str
    created_at: datetime | None
    note: str
    size_withheld: bool = False


@dataclass
class PreparedLiverPlan:
    """A sender's liver plan read and checked, to be written in the import's transaction.

    Attributes
    ----------
    package
        The package (its ``case_id`` is set by the case layer's write, which runs first).
    institution
        The sender (the plan's origin).
    plan
        What to add; ``None`` when it cannot be merged.
    problem
        Why it cannot be merged (then nothing is written and the line says so).
    """

    package: ReceivedPackage
    institution: str
    plan: ReceivedPlan | None = None
    problem: Message | None = None

    def write(self, session: Session, user_id: int) -> list[str]:
        """Add the sender's plan if not here yet, audited as received.

        Returns
        -------
        list[str]
            One line with the counts, and one more when the figures changed on the way, a plan
            with the same UID holds other figures, or the sender withheld the patient's size.
        """
        from casereview.domain.liver_plan_record import liver_plan_sha256
        from casereview.store.repositories import AuditRepository
        from casereview.store.repositories_layers import LayerRepository
        from casereview.store.repositories_liver import LiverPlanRepository
        from casereview.store.types import utcnow

        case_id = self.package.case_id
        if case_id is None:
            return []  # no images to put an opinion on: the case layer merged nothing either
        if self.problem is not None:
            return [self.problem]
        plan = self.plan
        assert plan is not None
        repository = LiverPlanRepository(session)
        try:
            stored = repository.get(plan.uid)
        except NotFoundError:
            stored = None
        if stored is not None:
            ours = stored.origin == ""
            lines: list[str] = [_line(self.institution, 0, 0 if ours else 1, 1 if ours else 0)]
            if result_sha256(stored.result) != result_sha256(plan.result):
                lines.append(
                    Message(
                        "Conflict: the liver plan from {institution} differs from the one "
                        "already here with the same origin; the first one is kept.",
                        institution=self.institution,
                    )
                )
            return lines
        layers = LayerRepository(session)
        inputs = dataclasses.replace(
            plan.inputs,
            liver=segment_here(layers, case_id, plan.inputs.liver),
            tumours=tuple(segment_here(layers, case_id, c) for c in plan.inputs.tumours),
            couinaud=tuple(segment_here(layers, case_id, c) for c in plan.inputs.couinaud),
        )
        version = repository.add_version(
            case_id,
            inputs,
            plan.result,
            liver_plan_sha256(inputs, plan.result),
            plan.author,
            plan.created_at or utcnow(),
            note=plan.note,
            origin=self.institution,
            uid=plan.uid,
        )
        AuditRepository(session).append(
            AuditAction.LIVER_PLAN_RECEIVED,
            "liver_plan",
            version.uid,
            user_id,
            {
                "case": case_id,
                "package": self.package.manifest.package_id,
                "institution": self.institution,
                "sha256": version.content_sha256,
                "sender_sha256": plan.sender_sha256,
                "identical_figures": plan.identical_figures,
            },
        )
        lines = [_line(self.institution, 1, 0, 0)]
        if plan.size_withheld:
            lines.append(
                Message(
                    "The liver plan from {institution} came without the patient's height and "
                    "weight (withheld by the sender): its standardised FLR and RBWR are not "
                    "known, and its verdict judges the FLR % against the threshold of the "
                    "liver's condition.",
                    institution=self.institution,
                )
            )
        if not plan.identical_figures:
            lines.append(
                Message(
                    "The liver plan from {institution} arrived with text the sender's identity "
                    "removal changed; it is kept as it arrived.",
                    institution=self.institution,
                )
            )
        return lines


class LiverPlanLayerImporter:
    """Merges a received ``liver-plan.json`` as the sender's plan."""

    kinds = frozenset({"document"})

    def prepare(
        self, db: Database, package: ReceivedPackage, actor: str
    ) -> PreparedLiverPlan | None:
        """Read and check the sender's plan; nothing is written.

        Returns
        -------
        PreparedLiverPlan or None
            ``None`` when the package carries no plan or no images to put it on.
        """
        from casereview.services.exchange.schemas import read_document

        path = received_document(package, DOCUMENT_NAME)
        if path is None:
            return None
        institution = sender_institution(package)
        prepared = PreparedLiverPlan(package, institution)
        try:
            document = read_document(path, path.relative_to(package.root).as_posix())
            prepared.plan = _read(db, document)
        except (CasereviewError, KeyError, TypeError, ValueError, AttributeError) as exc:
            # A damaged plan, or one of a newer format: the rest of the package still merges.
            reason = (
                exc.message
                if isinstance(exc, CasereviewError)
                else Message(
                    "its description is incomplete or not one casereview writes ({error}); ask "
                    "the sender to export the case again.",
                    error=type(exc).__name__,
                )
            )
            prepared.problem = Message(
                "The liver plan from {institution} is not merged: {reason}",
                institution=institution,
                reason=reason,
            )
        return prepared


def _read(db: Database, document: dict[str, Any]) -> ReceivedPlan:
    """The plan a checked ``liver-plan.json`` describes (case not yet known).

    Raises
    ------
    ValidationError
        If the inputs or the result do not decode (the codec names the damaged field and
        refuses a newer format with a sentence saying what to do), or the document is of
        another format.
    KeyError, TypeError, ValueError
        If the plan's description is not what casereview writes.
    """
    from casereview.domain.liver_plan_record import inputs_from_json, result_from_json
    from casereview.services.exchange.layer_merge import sender_time
    from casereview.services.exchange.uid_mapping import UidMapper

    if document.get("schema") != DOCUMENT_SCHEMA:
        raise ValidationError(
            Message(
                "its format ({format}) is not one this casereview reads; update casereview.",
                format=str(document.get("schema"))[:64],
            )
        )
    entry = document["plan"]
    uid = str(uuid_module.UUID(str(entry["uid"])))
    inputs = inputs_from_json(entry["inputs"])
    result = result_from_json(entry["result"])
    inputs = dataclasses.replace(
        inputs, series_instance_uid=UidMapper(db).local(inputs.series_instance_uid)
    )
    return ReceivedPlan(
        uid=uid,
        inputs=inputs,
        result=result,
        sender_sha256=str(entry["content_sha256"]),
        identical_figures=result_sha256(result) == str(entry["result_sha256"]),
        author=received_name(entry.get("author", ""), AUTHOR_LIMIT),
        created_at=sender_time(entry.get("created_at")),
        note=str(entry.get("note", "")).strip()[:NOTE_LIMIT],
        size_withheld=entry.get("size_withheld") is True,
    )
