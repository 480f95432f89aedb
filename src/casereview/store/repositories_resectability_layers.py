"""Repository of the resectability assessments partners sent: their layers of a case.

A received assessment is kept in the same append-only tables as ours (``contact_runs`` and
``resectability_versions``) with ``layer`` set to the sending institution, ``layer_package``
to the package it came in, ``origin_uid`` to its UID at the sender and ``origin_author`` to
its author there. Our own history and numbering read layer ``""`` only
(:mod:`casereview.store.repositories_resectability`), so nothing received is ever mixed into
ours. :class:`ResectabilityLayerRepository` works inside the caller's session: a package's
whole layer is written in the import's one transaction.
"""

from __future__ import annotations

import json
import uuid as uuid_module
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casereview.domain.resectability import VesselKind
from casereview.domain.resectability_codec import (
    inputs_from_json,
    inputs_to_json,
    suggestion_from_json,
    suggestion_to_json,
)
from casereview.domain.resectability_findings import ResectabilityInputs
from casereview.domain.resectability_record import (
    AssessmentVersion,
    ChangeKind,
    ContactRunInfo,
    SegmentChoice,
)
from casereview.domain.resectability_suggestion import Suggestion
from casereview.store import models
from casereview.store.models_resectability import ContactRunRow, ResectabilityVersionRow
from casereview.store.types import utcnow

#: The key of ``change_json`` under which a received version keeps what the sender said of it.
RECEIVED_KEY = "received"


@dataclass(frozen=True, slots=True)
class AssessmentOrigin:
    """Where a received run or version came from.

    Attributes
    ----------
    layer
        The sending institution (the layer's name).
    package_id
        The package it arrived in.
    origin_uid
        Its UID at the sender (what makes a second import of it add nothing).
    author
        Its author's name at the sender.
    created_at
        When the sender made it (``None``: the import's time stands in).
    """

    layer: str
    package_id: str
    origin_uid: str
    author: str = ""
    created_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class ReceivedRun:
    """A sender's contact measurement to add to a case, its UIDs and segments already ours."""

    case_id: int
    series_instance_uid: str
    segments: tuple[SegmentChoice, ...]
    not_found: tuple[VesselKind, ...]
    #: ``ContactAssessment.to_json`` as text (an empty assessment when the sender left it out).
    contacts_json: str
    origin: AssessmentOrigin


@dataclass(frozen=True, slots=True)
class ReceivedVersion:
    """A sender's assessment version to add to a case.

    ``content_sha256`` is the hash of the content as it arrived (what :func:`verify_version`
    checks here); ``sender_sha256`` and ``sender_number`` are what the sender stored, kept so a
    reader can see whether the content arrived unchanged (the sender's identity scrub may have
    replaced a name typed into a reason).
    """

    case_id: int
    criteria_id: str
    inputs: ResectabilityInputs
    suggestion: Suggestion
    content_sha256: str
    change: ChangeKind
    change_details: Mapping[str, Any]
    sender_number: int
    sender_sha256: str
    origin: AssessmentOrigin


@dataclass(frozen=True)
class ReceivedAssessment:
    """A partner's assessment version as kept in its layer (read-only).

    Attributes
    ----------
    layer
        The sending institution ("assessment of <layer>").
    package_id
        The package it arrived in.
    origin_uid
        Its UID at the sender.
    sender_number, sender_sha256
        Its number and content hash at the sender.
    version
        The version as stored here: its ``author`` is the author at the sender, its
        ``content_sha256`` the hash of what arrived, its ``number`` the sender's when that
        number was free in the layer; its ``change_details`` are the sender's.
    """

    layer: str
    package_id: str
    origin_uid: str
    sender_number: int
    sender_sha256: str
    version: AssessmentVersion

    @property
    def identical_to_sender(self) -> bool:
        """Whether the content is what the sender stored (same SHA-256)."""
        return self.version.content_sha256 == self.sender_sha256


class ResectabilityLayerRepository:
    """The partners' resectability assessments of cases."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def find_version(self, case_id: int, key: str) -> tuple[str, str] | None:
        """``(layer, content SHA-256)`` of the case's version whose UID or origin UID is
        ``key`` (layer "" is ours), or ``None``."""
        row = self.session.execute(
            select(ResectabilityVersionRow.layer, ResectabilityVersionRow.content_sha256)
            .where(
                ResectabilityVersionRow.case_id == case_id,
                (ResectabilityVersionRow.uid == key) | (ResectabilityVersionRow.origin_uid == key),
            )
            .limit(1)
        ).first()
        return None if row is None else (str(row[0]), str(row[1]))

    def find_run(self, case_id: int, layer: str, key: str) -> int | None:
        """The id of the case's run in ``layer`` whose origin UID is ``key``, if merged before."""
        return self.session.scalars(
            select(ContactRunRow.id)
            .where(
                ContactRunRow.case_id == case_id,
                ContactRunRow.layer == layer,
                ContactRunRow.origin_uid == key,
            )
            .limit(1)
        ).first()

    def add_run(self, run: ReceivedRun, user_id: int) -> int:
        """Add a sender's run to its layer; return its row id."""
        row = ContactRunRow(
            uid=str(uuid_module.uuid4()),
            case_id=run.case_id,
            series_instance_uid=run.series_instance_uid,
            segments_json=json.dumps([s.to_json() for s in run.segments], ensure_ascii=False),
            not_found_json=json.dumps([VesselKind(k).value for k in run.not_found]),
            contacts_json=run.contacts_json,
            created_at=run.origin.created_at or utcnow(),
            created_by_id=user_id,
            layer=run.origin.layer,
            layer_package=run.origin.package_id,
            origin_uid=run.origin.origin_uid,
            origin_author=run.origin.author,
        )
        self.session.add(row)
        self.session.flush()
        return row.id

    def add_version(self, version: ReceivedVersion, run_id: int, user_id: int) -> str:
        """Add a sender's version to its layer on run ``run_id``; return its new UID.

        It keeps the sender's number when that number is free in the layer (versions of one
        partner's case arrive in order), else it is numbered after the layer's newest.
        """
        layer = version.origin.layer
        numbers = set(
            self.session.scalars(
                select(ResectabilityVersionRow.number).where(
                    ResectabilityVersionRow.case_id == version.case_id,
                    ResectabilityVersionRow.layer == layer,
                )
            )
        )
        number = version.sender_number
        if number < 1 or number in numbers:
            number = max(numbers, default=0) + 1
        details = {
            **dict(version.change_details),
            RECEIVED_KEY: {
                "sender_number": version.sender_number,
                "sender_sha256": version.sender_sha256,
            },
        }
        new_uid = str(uuid_module.uuid4())
        self.session.add(
            ResectabilityVersionRow(
                uid=new_uid,
                case_id=version.case_id,
                number=number,
                run_id=run_id,
                criteria_id=version.criteria_id,
                inputs_json=json.dumps(
                    inputs_to_json(version.inputs), ensure_ascii=False, allow_nan=False
                ),
                suggestion_json=json.dumps(
                    suggestion_to_json(version.suggestion), ensure_ascii=False, allow_nan=False
                ),
                content_sha256=version.content_sha256,
                change_kind=ChangeKind(version.change).value,
                change_json=json.dumps(details, ensure_ascii=False, allow_nan=False),
                created_at=version.origin.created_at or utcnow(),
                created_by_id=user_id,
                layer=layer,
                layer_package=version.origin.package_id,
                origin_uid=version.origin.origin_uid,
                origin_author=version.origin.author,
            )
        )
        self.session.flush()
        return new_uid

    def received(self, case_id: int, layer: str | None = None) -> list[ReceivedAssessment]:
        """The case's received versions (of one layer, or of every partner), oldest first."""
        query = select(ResectabilityVersionRow).where(
            ResectabilityVersionRow.case_id == case_id, ResectabilityVersionRow.layer != ""
        )
        if layer is not None:
            query = query.where(ResectabilityVersionRow.layer == layer)
        rows = self.session.scalars(
            query.order_by(
                ResectabilityVersionRow.layer,
                ResectabilityVersionRow.number,
                ResectabilityVersionRow.id,
            )
        ).all()
        return [self._received(row) for row in rows]

    def layers(self, case_id: int) -> list[str]:
        """The institutions whose assessment of the case was received, by name."""
        return list(
            self.session.scalars(
                select(ResectabilityVersionRow.layer)
                .where(
                    ResectabilityVersionRow.case_id == case_id,
                    ResectabilityVersionRow.layer != "",
                )
                .group_by(ResectabilityVersionRow.layer)
                .order_by(ResectabilityVersionRow.layer)
            )
        )

    def count(self, case_id: int) -> int:
        """How many received versions the case has (every layer)."""
        return int(
            self.session.scalar(
                select(func.count())
                .select_from(ResectabilityVersionRow)
                .where(
                    ResectabilityVersionRow.case_id == case_id,
                    ResectabilityVersionRow.layer != "",
                )
            )
            or 0
        )

    def series_files(self, series_instance_uid: str) -> list[str]:
        """The indexed files of a series, in instance order (a report's evidence)."""
        return list(
            self.session.scalars(
                select(models.Instance.file_path)
                .join(models.Series)
                .where(models.Series.series_instance_uid == series_instance_uid)
                .order_by(models.Instance.instance_number, models.Instance.id)
            )
        )

    def _received(self, row: ResectabilityVersionRow) -> ReceivedAssessment:
        run = self.session.get(ContactRunRow, row.run_id)
        assert run is not None  # a foreign key
        details = dict(json.loads(row.change_json))
        sender = details.pop(RECEIVED_KEY, None) or {}
        info = ContactRunInfo(
            uid=run.uid,
            series_instance_uid=run.series_instance_uid,
            segments=tuple(SegmentChoice.from_json(s) for s in json.loads(run.segments_json)),
            not_found=tuple(VesselKind(k) for k in json.loads(run.not_found_json)),
            author=run.origin_author,
            created_at=run.created_at,
        )
        version = AssessmentVersion(
            uid=row.uid,
            number=row.number,
            case_id=row.case_id,
            run=info,
            criteria_id=row.criteria_id,
            inputs=inputs_from_json(json.loads(row.inputs_json)),
            suggestion=suggestion_from_json(json.loads(row.suggestion_json)),
            content_sha256=row.content_sha256,
            change=ChangeKind(row.change_kind),
            author=row.origin_author,
            created_at=row.created_at,
            change_details=details,
        )
        return ReceivedAssessment(
            layer=row.layer,
            package_id=row.layer_package,
            origin_uid=row.origin_uid,
            sender_number=int(sender.get("sender_number", row.number)),
            sender_sha256=str(sender.get("sender_sha256", row.content_sha256)),
            version=version,
        )
