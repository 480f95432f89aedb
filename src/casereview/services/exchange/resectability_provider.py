"""The resectability assessment in packages: sent as SR and JSON, merged as the sender's layer.

:class:`ResectabilityProvider` adds the newest version of our own assessment of the case to
every export: a Comprehensive SR (TID 1500, :mod:`casereview.dicom.resectability_sr`) for any
DICOM software, and ``resectability.json`` with what casereview needs to show the same
assessment again (inputs and suggestion through the codec, criteria, content hash, the contact
run's segments and, when not too large, its cross-sections). The exporter de-identifies the
SR and scrubs the patient's identity from every text of both (a name typed in an override
reason does not leave).

:class:`ResectabilityLayerImporter` merges a received one as the sender's layer: a run and a
version in ``contact_runs`` / ``resectability_versions`` with ``layer`` = the sending
institution, the package, the UID at the sender (importing again adds nothing) and the author
at the sender, never numbered among ours. It writes in the import's one transaction, after the
case layer (:class:`~casereview.services.exchange.layer_merge.CaseLayerImporter`, registered
first) made the case and merged the sender's segments, whose local UUIDs the run then names.
A failed import removes what it added (``ExchangeRepository.remove_unrecorded_import``).

Both are registered at start-up by ``casereview.app.exchange_setup``; pydicom, highdicom and
the services that read assessments are imported when a package is made or merged.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from casereview.domain.audit import AuditAction
from casereview.domain.packages import DeidOptions
from casereview.errors import ValidationError
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

    from casereview.domain.resectability_record import AssessmentVersion
    from casereview.store.repositories_resectability_layers import ReceivedRun, ReceivedVersion

#: The document's file name and format.
DOCUMENT_NAME = "resectability.json"
DOCUMENT_SCHEMA = "casereview-resectability/1"

#: The contact run's cross-sections travel when their JSON is at most this large. On the small
#: demo case they are about 22 KB; a full-size case is about ten times that.
CONTACTS_LIMIT_BYTES = 4 * 1024 * 1024


def _iso(when: Any) -> str:
    from casereview.services.exchange.documents import iso_time

    return iso_time(when)


def resectability_document(
    version: AssessmentVersion,
    *,
    author: str,
    run_author: str,
    segment_keys: dict[str, str],
    contacts: dict[str, Any],
    sr_sop_instance_uid: str = "",
) -> dict[str, Any]:
    """``resectability.json`` of one assessment version.

    Parameters
    ----------
    version
        Our newest version of the case's assessment.
    author, run_author
        Display names of who made the version and who ran the measurement.
    segment_keys
        ``segment UUID → the key it travels under`` in ``segments.json`` (its UUID, or for a
        segment merged from a partner the UUID it had there), so the receiver finds the
        segment it made of it.
    contacts
        The run's cross-sections (``ContactAssessment.to_json``); a provider leaves the
        vessels' cross-sections out (``"vessels": []``) when they are too large.
    sr_sop_instance_uid
        The SOP Instance UID of the SR written with it ("" when none was).

    Returns
    -------
    dict
        JSON-ready; the exporter maps its UIDs and scrubs its texts.
    """
    from casereview.domain.resectability_codec import inputs_to_json, suggestion_to_json

    run = version.run
    assessment: dict[str, Any] = {
        "uid": version.uid,
        "number": version.number,
        "criteria_id": version.criteria_id,
        "content_sha256": version.content_sha256,
        "inputs": inputs_to_json(version.inputs),
        "suggestion": suggestion_to_json(version.suggestion),
        "change": {"kind": version.change.value, "details": dict(version.change_details)},
        "author": author,
        "created_at": _iso(version.created_at),
        "run": {
            "uid": run.uid,
            "series_instance_uid": run.series_instance_uid,
            "segments": [
                {
                    "role": choice.role,
                    "uuid": segment_keys.get(choice.segment_uuid, choice.segment_uuid),
                    "name": choice.segment_name,
                    "number": choice.segment_number,
                    "by_hand": choice.by_hand,
                }
                for choice in run.segments
            ],
            "not_found": [kind.value for kind in run.not_found],
            "author": run_author,
            "created_at": _iso(run.created_at),
            "contacts": contacts,
        },
    }
    if sr_sop_instance_uid:
        assessment["sr_sop_instance_uid"] = sr_sop_instance_uid
    return {"schema": DOCUMENT_SCHEMA, "assessment": assessment}


class ResectabilityProvider:
    """Our newest assessment of the case as a TID 1500 SR and as ``resectability.json``."""

    name = "resectability assessment"

    def gather(
        self, db: Database, case_id: int, *, options: DeidOptions = DEFAULT_OPTIONS
    ) -> ExtraContent:
        """Nothing when the case was never assessed; the SR only when the assessed series'
        images are indexed (they are its evidence).

        The export's ``options`` change nothing here: the assessment holds no patient
        characteristic (contact angles, vessel findings, the tumour's location), and the SR's
        patient module, copied from the images, is de-identified by the exporter like theirs.
        """
        from casereview.services.exchange.builtin_providers import evidence_header
        from casereview.services.resectability_record import latest_assessment, run_contacts
        from casereview.store.repositories_resectability_layers import (
            ResectabilityLayerRepository,
        )

        version = latest_assessment(db, case_id)
        if version is None:
            return ExtraContent()
        names = display_names(db, {version.author, version.run.author})
        author = names.get(version.author, version.author)
        contacts = run_contacts(db, version).to_json()
        if len(json.dumps(contacts, allow_nan=False)) > CONTACTS_LIMIT_BYTES:
            # The vessel view needs the cross-sections; the assessment itself does not.
            contacts = {**contacts, "vessels": []}
        keys = segment_keys(db, case_id)
        with db.reading() as session:
            files = ResectabilityLayerRepository(session).series_files(
                version.run.series_instance_uid
            )
        datasets: list[tuple[str, Dataset]] = []
        sr_uid = ""
        if files:
            from casereview.dicom.resectability_sr import resectability_report

            evidence = [evidence_header(path) for path in files]
            report = resectability_report(dataclasses.replace(version, author=author), evidence)
            sr_uid = str(report.SOPInstanceUID)
            datasets.append(("dicom-sr", report))
        document = resectability_document(
            version,
            author=author,
            run_author=names.get(version.run.author, version.run.author),
            segment_keys=keys,
            contacts=contacts,
            sr_sop_instance_uid=sr_uid,
        )
        return ExtraContent(datasets=datasets, documents=[(DOCUMENT_NAME, document)])


def _line(institution: str, added: int, unchanged: int, ours: int) -> Message:
    return Message(
        "Resectability assessment from {institution}: {added} new version(s), {unchanged} "
        "already here, {ours} of ours left as they are.",
        institution=institution,
        added=added,
        unchanged=unchanged,
        ours=ours,
    )


@dataclass
class PreparedAssessment:
    """A sender's assessment read and checked, to be written in the import's transaction.

    Attributes
    ----------
    package
        The package (its ``case_id`` is set by the case layer's write, which runs first).
    institution
        The sender (the layer's name).
    run, version
        What to add, without the case: :meth:`write` fills it in.
    problem
        Why the assessment cannot be merged (then nothing is written and the line says so).
    """

    package: ReceivedPackage
    institution: str
    run: ReceivedRun | None = None
    version: ReceivedVersion | None = None
    problem: Message | None = None

    def write(self, session: Session, user_id: int) -> list[str]:
        """Add the sender's run and version if not here yet, audited as received.

        Returns
        -------
        list[str]
            One line with the counts (and one more when the content changed on the way, or a
            version with the same origin differs from the one kept).
        """
        from casereview.store.repositories import AuditRepository
        from casereview.store.repositories_layers import LayerRepository
        from casereview.store.repositories_resectability_layers import (
            ResectabilityLayerRepository,
        )

        case_id = self.package.case_id
        if case_id is None:
            return []  # no images to put an opinion on: the case layer merged nothing either
        if self.problem is not None:
            return [self.problem]
        assert self.run is not None and self.version is not None
        repository = ResectabilityLayerRepository(session)
        origin = self.version.origin
        found = repository.find_version(case_id, origin.origin_uid)
        if found is not None:
            layer, stored_hash = found
            lines: list[str] = [_line(self.institution, 0, 1 if layer else 0, 0 if layer else 1)]
            if layer and stored_hash != self.version.content_sha256:
                lines.append(
                    Message(
                        "Conflict: the resectability assessment from {institution} differs "
                        "from the one already here with the same origin; the first one is kept.",
                        institution=self.institution,
                    )
                )
            return lines
        layers = LayerRepository(session)
        segments = tuple(segment_here(layers, case_id, c) for c in self.run.segments)
        run = dataclasses.replace(self.run, case_id=case_id, segments=segments)
        run_id = repository.find_run(case_id, origin.layer, run.origin.origin_uid)
        if run_id is None:
            run_id = repository.add_run(run, user_id)
        version = dataclasses.replace(self.version, case_id=case_id)
        new_uid = repository.add_version(version, run_id, user_id)
        AuditRepository(session).append(
            AuditAction.RESECTABILITY_RECEIVED,
            "resectability",
            new_uid,
            user_id,
            {
                "case": case_id,
                "package": origin.package_id,
                "institution": self.institution,
                "identical": version.content_sha256 == version.sender_sha256,
            },
        )
        lines = [_line(self.institution, 1, 0, 0)]
        if version.content_sha256 != version.sender_sha256:
            lines.append(
                Message(
                    "The resectability assessment from {institution} arrived with text the "
                    "sender's identity removal changed; it is kept with the hash of what "
                    "arrived.",
                    institution=self.institution,
                )
            )
        return lines


class ResectabilityLayerImporter:
    """Merges a received ``resectability.json`` as the sender's layer."""

    kinds = frozenset({"document"})

    def prepare(
        self, db: Database, package: ReceivedPackage, actor: str
    ) -> PreparedAssessment | None:
        """Read and check the sender's assessment; nothing is written.

        Returns
        -------
        PreparedAssessment or None
            ``None`` when the package carries no assessment or no images to put it on.
        """
        from casereview.services.exchange.schemas import read_document

        path = received_document(package, DOCUMENT_NAME)
        if path is None:
            return None
        institution = sender_institution(package)
        document = read_document(path, path.relative_to(package.root).as_posix())
        prepared = PreparedAssessment(package, institution)
        try:
            prepared.run, prepared.version = _read(db, package, institution, document)
        except (ValidationError, KeyError, TypeError, ValueError) as exc:
            # A damaged or foreign description: the rest of the package still merges.
            reason = exc.message if isinstance(exc, ValidationError) else type(exc).__name__
            prepared.problem = Message(
                "The resectability assessment from {institution} is not merged: {reason}",
                institution=institution,
                reason=reason,
            )
        return prepared


def _read(
    db: Database, package: ReceivedPackage, institution: str, document: dict[str, Any]
) -> tuple[ReceivedRun, ReceivedVersion]:
    """The run and version a checked ``resectability.json`` describes (case not yet known).

    Raises
    ------
    ValidationError
        If the inputs or suggestion do not decode (the codec names the damaged field).
    KeyError, TypeError, ValueError
        If the contact run or a segment's description is not what casereview writes.
    """
    from casereview.analysis.assessment import ContactAssessment
    from casereview.domain.resectability import VesselKind
    from casereview.domain.resectability_codec import inputs_from_json, suggestion_from_json
    from casereview.domain.resectability_record import ChangeKind, SegmentChoice
    from casereview.services.exchange.layer_merge import sender_time
    from casereview.services.exchange.uid_mapping import UidMapper
    from casereview.services.resectability_record import assessment_sha256
    from casereview.store.repositories_resectability_layers import (
        AssessmentOrigin,
        ReceivedRun,
        ReceivedVersion,
    )

    entry = document["assessment"]
    run_entry = entry["run"]
    package_id = package.manifest.package_id
    inputs = inputs_from_json(entry["inputs"])
    suggestion = suggestion_from_json(entry["suggestion"])
    criteria_id = str(entry["criteria_id"])
    contacts = ContactAssessment.from_json(run_entry["contacts"])
    segments = tuple(
        SegmentChoice(
            role=str(s["role"]),
            segment_uuid=str(s["uuid"]),
            segment_name=received_name(s.get("name", ""), 64),
            segment_number=int(s.get("number", 0)),
            by_hand=bool(s.get("by_hand", False)),
        )
        for s in run_entry["segments"]
    )
    change = entry.get("change") or {"kind": ChangeKind.MEASURED.value}
    run = ReceivedRun(
        case_id=0,
        series_instance_uid=UidMapper(db).local(str(run_entry["series_instance_uid"])),
        segments=segments,
        not_found=tuple(VesselKind(k) for k in run_entry["not_found"]),
        contacts_json=json.dumps(contacts.to_json(), allow_nan=False),
        origin=AssessmentOrigin(
            layer=institution,
            package_id=package_id,
            origin_uid=str(run_entry["uid"]),
            author=received_name(run_entry.get("author", "")),
            created_at=sender_time(run_entry.get("created_at")),
        ),
    )
    version = ReceivedVersion(
        case_id=0,
        criteria_id=criteria_id,
        inputs=inputs,
        suggestion=suggestion,
        content_sha256=assessment_sha256(criteria_id, inputs, suggestion),
        change=ChangeKind(str(change["kind"])),
        change_details=dict(change.get("details") or {}),
        sender_number=int(entry["number"]),
        sender_sha256=str(entry["content_sha256"]),
        origin=AssessmentOrigin(
            layer=institution,
            package_id=package_id,
            origin_uid=str(entry["uid"]),
            author=received_name(entry.get("author", "")),
            created_at=sender_time(entry.get("created_at")),
        ),
    )
    return run, version
