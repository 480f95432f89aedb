"""Repository of resectability assessments: contact runs and assessment versions.

Rows are only ever added (migration 0015's triggers refuse UPDATE). JSON columns are decoded
here into domain objects with :mod:`casereview.domain.resectability_codec`.
"""

from __future__ import annotations

import json
import uuid as uuid_module
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casereview.analysis.assessment import ContactAssessment
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
from casereview.errors import NotFoundError
from casereview.messages import Message
from casereview.store import models
from casereview.store.models_resectability import ContactRunRow, ResectabilityVersionRow


class ResectabilityRepository:
    """Contact runs and assessment versions of cases."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def _username(self, user_id: int) -> str:
        user = self.session.get(models.User, user_id)
        return "" if user is None else user.username

    def _run_info(self, row: ContactRunRow) -> ContactRunInfo:
        return ContactRunInfo(
            uid=row.uid,
            series_instance_uid=row.series_instance_uid,
            segments=tuple(SegmentChoice.from_json(s) for s in json.loads(row.segments_json)),
            not_found=tuple(VesselKind(k) for k in json.loads(row.not_found_json)),
            author=self._username(row.created_by_id),
            created_at=row.created_at,
        )

    def _run_row(self, uid: str) -> ContactRunRow:
        row = self.session.scalars(select(ContactRunRow).where(ContactRunRow.uid == uid)).first()
        if row is None:
            raise NotFoundError(Message("This contact measurement does not exist (any more)."))
        return row

    def add_run(
        self,
        case_id: int,
        series_instance_uid: str,
        segments: tuple[SegmentChoice, ...],
        not_found: tuple[VesselKind, ...],
        contacts: ContactAssessment,
        user_id: int,
        at: datetime,
    ) -> ContactRunInfo:
        """Store an automatic contact measurement of ``case_id``."""
        if self.session.get(models.Case, case_id) is None:
            raise NotFoundError(Message("Case #{case_id} does not exist.", case_id=case_id))
        row = ContactRunRow(
            uid=str(uuid_module.uuid4()),
            case_id=case_id,
            series_instance_uid=series_instance_uid,
            segments_json=json.dumps([s.to_json() for s in segments], ensure_ascii=False),
            not_found_json=json.dumps([VesselKind(k).value for k in not_found]),
            contacts_json=json.dumps(contacts.to_json(), allow_nan=False),
            created_at=at,
            created_by_id=user_id,
        )
        self.session.add(row)
        self.session.flush()
        return self._run_info(row)

    def run_contacts(self, run_uid: str) -> ContactAssessment:
        """The cross-sections and arcs of a run (large: read only for the vessel view)."""
        return ContactAssessment.from_json(json.loads(self._run_row(run_uid).contacts_json))

    def add_version(
        self,
        case_id: int,
        run_uid: str,
        criteria_id: str,
        inputs: ResectabilityInputs,
        suggestion: Suggestion,
        content_sha256: str,
        change: ChangeKind,
        change_details: Mapping[str, Any],
        user_id: int,
        at: datetime,
    ) -> AssessmentVersion:
        """Store the next version of ``case_id``'s assessment (numbered after the newest)."""
        run = self._run_row(run_uid)
        newest = self.session.scalar(
            select(func.max(ResectabilityVersionRow.number)).where(
                ResectabilityVersionRow.case_id == case_id,
                ResectabilityVersionRow.layer == "",
            )
        )
        row = ResectabilityVersionRow(
            uid=str(uuid_module.uuid4()),
            case_id=case_id,
            number=(newest or 0) + 1,
            run_id=run.id,
            criteria_id=criteria_id,
            inputs_json=json.dumps(inputs_to_json(inputs), ensure_ascii=False, allow_nan=False),
            suggestion_json=json.dumps(
                suggestion_to_json(suggestion), ensure_ascii=False, allow_nan=False
            ),
            content_sha256=content_sha256,
            change_kind=ChangeKind(change).value,
            change_json=json.dumps(dict(change_details), ensure_ascii=False, allow_nan=False),
            created_at=at,
            created_by_id=user_id,
        )
        self.session.add(row)
        self.session.flush()
        return self._version(row)

    def _version(self, row: ResectabilityVersionRow) -> AssessmentVersion:
        run = self.session.get(ContactRunRow, row.run_id)
        assert run is not None  # a foreign key
        return AssessmentVersion(
            uid=row.uid,
            number=row.number,
            case_id=row.case_id,
            run=self._run_info(run),
            criteria_id=row.criteria_id,
            inputs=inputs_from_json(json.loads(row.inputs_json)),
            suggestion=suggestion_from_json(json.loads(row.suggestion_json)),
            content_sha256=row.content_sha256,
            change=ChangeKind(row.change_kind),
            author=self._username(row.created_by_id),
            created_at=row.created_at,
            change_details=json.loads(row.change_json),
        )

    def latest(self, case_id: int) -> AssessmentVersion | None:
        """The newest version of our own assessment of ``case_id``, if it was ever assessed."""
        row = self.session.scalars(
            select(ResectabilityVersionRow)
            .where(ResectabilityVersionRow.case_id == case_id, ResectabilityVersionRow.layer == "")
            .order_by(ResectabilityVersionRow.number.desc())
            .limit(1)
        ).first()
        return None if row is None else self._version(row)

    def get(self, uid: str) -> AssessmentVersion:
        """The version with UID ``uid``."""
        row = self.session.scalars(
            select(ResectabilityVersionRow).where(ResectabilityVersionRow.uid == uid)
        ).first()
        if row is None:
            raise NotFoundError(Message("This assessment version does not exist (any more)."))
        return self._version(row)

    def history(self, case_id: int) -> list[AssessmentVersion]:
        """Every version of our own assessment of ``case_id``, oldest first."""
        rows = self.session.scalars(
            select(ResectabilityVersionRow)
            .where(ResectabilityVersionRow.case_id == case_id, ResectabilityVersionRow.layer == "")
            .order_by(ResectabilityVersionRow.number)
        ).all()
        return [self._version(row) for row in rows]
