"""The case a package carries: its title, question and preparation, and its outcome report.

Export: :class:`CaseProvider` adds ``case.json`` (the case's title and clinical question and,
for each agenda item the case was on, the question for the MDT, history, staging, checklist and
status); the exporter adds :func:`case_report_dataset`, the case's MDT outcome report as
Encapsulated PDF. The report is the app's own (``ui.reports``), rendered by the
:class:`~.providers.CaseReportWriter` the application layer registers, from a
:class:`~casereview.services.case_summary.CaseSummary` whose every free text went through the
export's identity scrubber and which holds no identity and no staff names.

Import: :func:`package_case` reads a received ``case.json``; :func:`fill_received_case` puts the
received title and question on the case the import created (never on a case that was already
here), in the import's unit of work; :func:`received_case_context` reads the preparation back
from the packages a case came in, for the partner to read.

The case summary (which loads NumPy), pydicom and the DICOM writers are imported when a report
is made, not when this module is: providers are registered at every start of the command line.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casereview.domain.audit import AuditAction
from casereview.domain.cases import MAX_TITLE_LENGTH
from casereview.domain.decisions import MAX_SHORT_TEXT, Decision, DecisionContent
from casereview.domain.identity_text import Placeholder
from casereview.domain.meetings import AgendaItem, PatientIdentity
from casereview.domain.packages import DeidOptions, PackageError
from casereview.domain.privacy import pseudonymous_tag
from casereview.messages import Message
from casereview.services.exchange.providers import (
    DEFAULT_OPTIONS,
    ExtraContent,
    ReceivedPackage,
    case_report_writer,
)
from casereview.services.exchange.schemas import read_document
from casereview.store.database import Database
from casereview.store.repositories import AuditRepository, CaseRepository
from casereview.store.repositories_meetings import MeetingRepository
from casereview.store.repositories_packages import ExchangeRepository

if TYPE_CHECKING:
    from pydicom.dataset import Dataset
    from sqlalchemy.orm import Session

    from casereview.services.case_summary import CaseSummary, MeasurementLine

log = logging.getLogger(__name__)

#: The file name of the case document in a package's ``documents/`` folder.
CASE_DOCUMENT = "case.json"
#: Its format name and version.
CASE_SCHEMA_ID = "casereview-case/1"
#: Document Title of the Encapsulated PDF.
REPORT_TITLE = "MDT outcome report"
#: What stands for a text the scrubber emptied (a required text cannot be left blank).
REMOVED_TEXT = Placeholder.OTHER.value

#: Cleans one free text of the patient's identity (the export's scrubber).
TextCleaner = Callable[[str], str]


# -- Export ------------------------------------------------------------------------------------


def case_document(db: Database, case_id: int) -> dict[str, Any]:
    """The JSON-ready case document of ``case_id`` (the exporter scrubs and maps it).

    Raises
    ------
    NotFoundError
        If the case does not exist.
    """
    from casereview.services.cases import get_case

    case = get_case(db, case_id)
    return {
        "schema": CASE_SCHEMA_ID,
        "title": case.title,
        "clinical_question": case.clinical_question,
        "preparations": [_preparation_entry(item) for item in agenda_items_of_case(db, case_id)],
    }


def _preparation_entry(item: AgendaItem) -> dict[str, Any]:
    return {
        "question": item.question,
        "history": item.history,
        "staging": item.staging,
        "checklist": sorted(entry.value for entry in item.checklist),
        "status": item.status.value,
    }


def agenda_items_of_case(db: Database, case_id: int) -> list[AgendaItem]:
    """The case's items on meeting agendas, most recent meeting first."""
    with db.reading() as session:
        meetings = MeetingRepository(session)
        return [
            item
            for meeting in meetings.meetings_of_case(case_id)
            for item in meetings.detail(meeting.id).agenda
            if item.case_id == case_id
        ]


def partner_summary(summary: CaseSummary, clean: TextCleaner) -> CaseSummary:
    """``summary`` as a partner may read it: every free text scrubbed, no identity, no staff.

    Only the current decisions are kept (as in ``decisions.json``); partners' opinions received
    here are theirs to send and are left out; staff names (authors, signers, participants,
    action owners) are left out as the Basic Profile leaves them out of the headers.
    """

    def text(value: str) -> str:
        cleaned = clean(value).strip()
        return cleaned if cleaned or not value.strip() else REMOVED_TEXT

    def short(value: str) -> str:
        return text(value)[:MAX_SHORT_TEXT]

    def content(value: DecisionContent) -> DecisionContent:
        return dataclasses.replace(
            value,
            rationale=text(value.rationale),
            procedure=short(value.procedure),
            other=short(value.other),
            guideline_reference=short(value.guideline_reference),
            trial_reference=short(value.trial_reference),
            staging=text(value.staging),
            dissent=text(value.dissent),
            participants=(),
        )

    def decision(value: Decision) -> Decision:
        return dataclasses.replace(
            value,
            content=content(value.content),
            created_by="",
            signed_by="",
            signed_by_username="",
            amendment_reason=text(value.amendment_reason),
        )

    def measurement(value: MeasurementLine) -> MeasurementLine:
        return dataclasses.replace(
            value, label=text(value.label), value=text(value.value), author=""
        )

    item = summary.item
    current = tuple(decision(d) for d in summary.decisions if d.is_current)
    return dataclasses.replace(
        summary,
        case=dataclasses.replace(
            summary.case,
            title=text(summary.case.title),
            clinical_question=text(summary.case.clinical_question),
            created_by="",
            updated_by="",
        ),
        identity=PatientIdentity(name="", patient_id="", birth_date="", sex=""),
        item=None
        if item is None
        else dataclasses.replace(
            item,
            case_title=text(item.case_title),
            question=text(item.question),
            history=text(item.history),
            staging=text(item.staging),
        ),
        question=text(summary.question),
        history=text(summary.history),
        staging=text(summary.staging),
        decisions=current,
        current=current[-1] if current else None,
        actions=tuple(
            dataclasses.replace(a, description=text(a.description), owner="", created_by="")
            for a in summary.actions
        ),
        measurements=tuple(measurement(m) for m in summary.measurements),
        key_images=tuple(
            dataclasses.replace(k, caption=text(k.caption), author="") for k in summary.key_images
        ),
        saved_views=tuple(dataclasses.replace(v, name=text(v.name)) for v in summary.saved_views),
        received_opinions=(),
    )


class CaseProvider:
    """The case as ``case.json``: title, clinical question and its preparations.

    The exporter scrubs it and maps its UIDs like every document.
    """

    name = "case"

    def gather(
        self, db: Database, case_id: int, *, options: DeidOptions = DEFAULT_OPTIONS
    ) -> ExtraContent:
        """The case document of ``case_id`` (all free text, scrubbed by the exporter; the
        export's ``options`` change nothing in it)."""
        return ExtraContent(documents=[(CASE_DOCUMENT, case_document(db, case_id))])


def case_report_dataset(db: Database, case_id: int, clean: TextCleaner) -> Dataset | None:
    """The case's MDT outcome report as Encapsulated PDF, rendered from scrubbed text.

    The report is the one the app writes, for the case's most recent agenda item (or the case
    alone), from :func:`partner_summary` of it: the export's scrubber ``clean`` has been
    through every free text before the registered writer renders it, because the PDF's bytes
    cannot be scrubbed afterwards. Its header is built against the case's original study; the
    exporter de-identifies it like the images.

    Returns
    -------
    Dataset or None
        ``None`` when the case has no image to file the report with.

    Raises
    ------
    PackageError
        If no report writer is registered (a core used without the application layer).
    """
    from casereview.dicom.encapsulated import encapsulated_pdf
    from casereview.services.case_summary import case_summary
    from casereview.services.exchange.builtin_providers import evidence_header

    with db.reading() as session:
        first = ExchangeRepository(session).first_image_of_case(case_id)
    if first is None:
        return None
    writer = case_report_writer()
    if writer is None:
        # Refused rather than left out: a partner without casereview reads the outcome only in
        # this report, and a package silently without it could be taken for a case that has
        # no decision.
        raise PackageError(
            Message(
                "The case report could not be made: this program has no report writer. "
                "Export from the casereview application or casereview-cli."
            )
        )
    items = agenda_items_of_case(db, case_id)
    summary = case_summary(db, case_id, items[0].id if items else None)
    pdf = writer(partner_summary(summary, clean))
    return encapsulated_pdf(pdf, evidence_header(first), title=REPORT_TITLE)


# -- Import ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReceivedPreparation:
    """The sender's preparation of the case for one of its meetings."""

    question: str
    history: str
    staging: str
    checklist: tuple[str, ...]
    status: str


@dataclass(frozen=True, slots=True)
class ReceivedCase:
    """The case as a package described it (already de-identified by the sender).

    Attributes
    ----------
    institution
        The sender, as its manifest names it.
    package_id
        The package it came in.
    preparations
        The sender's preparations, its most recent meeting first.
    """

    institution: str
    package_id: str
    title: str
    clinical_question: str
    preparations: tuple[ReceivedPreparation, ...]

    @property
    def latest(self) -> ReceivedPreparation | None:
        """The preparation for the sender's most recent meeting, if the case was on one."""
        return self.preparations[0] if self.preparations else None


def read_received_case(path: Path, name: str, institution: str, package_id: str) -> ReceivedCase:
    """Read a package's ``case.json`` (checked against its schema).

    Raises
    ------
    PackageDocumentError
        If it cannot be read or does not match its schema.
    """
    document = read_document(path, name)
    return ReceivedCase(
        institution=institution,
        package_id=package_id,
        title=str(document.get("title", "")),
        clinical_question=str(document.get("clinical_question", "")),
        preparations=tuple(
            ReceivedPreparation(
                question=str(entry.get("question", "")),
                history=str(entry.get("history", "")),
                staging=str(entry.get("staging", "")),
                checklist=tuple(str(c) for c in entry.get("checklist", [])),
                status=str(entry.get("status", "")),
            )
            for entry in document.get("preparations", [])
        ),
    )


def package_case(package: ReceivedPackage) -> ReceivedCase | None:
    """The case document of a received package (``None`` when it carries none).

    Raises
    ------
    PackageDocumentError
        If the document does not match its schema.
    """
    for path in package.files_of_kind("document"):
        if path.name == CASE_DOCUMENT:
            return read_received_case(
                path,
                path.relative_to(package.root).as_posix(),
                package.manifest.institution,
                package.manifest.package_id,
            )
    return None


def fill_received_case(
    session: Session, case_id: int, received: ReceivedCase, user_id: int, *, created: bool
) -> list[str]:
    """Give the case a package was put on the sender's title and question.

    Written in the import's unit of work. Only a case the import itself ``created`` is
    filled: an existing case's title and question are ours (or were filled by an earlier
    package) and are never overwritten. The preparation stays readable through
    :func:`received_case_context`.

    Returns
    -------
    list of str
        The fields that changed (none for an existing case).
    """
    if not created:
        return []
    title = received.title.strip()
    institution = received.institution.strip()
    if title and institution:
        title = f"{title} ({institution})"
    latest = received.latest
    question = received.clinical_question.strip() or (latest.question.strip() if latest else "")
    _case, changed = CaseRepository(session).update(
        case_id,
        user_id,
        title=title[:MAX_TITLE_LENGTH] or None,
        clinical_question=question or None,
    )
    if changed:
        AuditRepository(session).append(
            AuditAction.CASE_UPDATED,
            "case",
            case_id,
            user_id,
            {"fields": changed, "package": received.package_id},
        )
    return changed


def received_case_context(db: Database, case_id: int) -> list[ReceivedCase]:
    """The case as the packages it came in described it, the most recent package first.

    Read from the verified packages kept in the data folder; a package whose case document is
    missing or unreadable (moved, damaged) is skipped and logged.
    """
    from casereview.domain.package_documents import PackageDocumentError

    with db.reading() as session:
        imports = ExchangeRepository(session).imports_of_case(case_id)
    found: list[ReceivedCase] = []
    for record in imports:
        path = Path(record.storage_path) / "files" / "documents" / CASE_DOCUMENT
        if not path.is_file():
            continue
        try:
            found.append(
                read_received_case(
                    path, f"documents/{CASE_DOCUMENT}", record.institution, record.package_id
                )
            )
        except PackageDocumentError:
            log.warning(
                "package %s: its case document could not be read",
                pseudonymous_tag(record.package_id),
            )
    return found
