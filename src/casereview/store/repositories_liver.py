"""Repository of liver plans and Couinaud landmark sets (tables of migration 0017).

Rows are only ever added (the migration's triggers refuse UPDATE and DELETE). JSON columns are
decoded here into domain objects with :mod:`casereview.domain.liver_plan_record`.
"""

from __future__ import annotations

import json
import uuid as uuid_module
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casereview.domain.liver_plan_record import (
    CouinaudLandmarksLps,
    LiverPlanInputs,
    LiverPlanResult,
    LiverPlanVersion,
    as_utc,
    inputs_from_json,
    inputs_to_json,
    landmarks_from_json,
    landmarks_to_json,
    result_from_json,
    result_to_json,
)
from casereview.errors import NotFoundError
from casereview.messages import Message
from casereview.store import models
from casereview.store.models_liver import CouinaudLandmarkSetRow, LiverPlanVersionRow


@dataclass(frozen=True, slots=True)
class CouinaudLandmarkSet:
    """The landmarks one set of Couinaud segments was built from.

    Attributes
    ----------
    uid
        The set's UID.
    case_id, series_instance_uid
        The case and the series the segments were built on.
    landmarks
        The landmarks (LPS mm).
    segments
        Couinaud label (1–8) → UUID of the segment built for it.
    author, created_at
        Who built them and when (UTC).
    """

    uid: str
    case_id: int
    series_instance_uid: str
    landmarks: CouinaudLandmarksLps
    segments: Mapping[int, str]
    author: str
    created_at: datetime


class LiverPlanRepository:
    """Saved liver plans and Couinaud landmark sets of cases."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def _check_case(self, case_id: int) -> None:
        if self.session.get(models.Case, case_id) is None:
            raise NotFoundError(Message("Case #{case_id} does not exist.", case_id=case_id))

    # --- plans ------------------------------------------------------------------------------

    def next_number(self, case_id: int) -> int:
        """The number the next plan of ``case_id`` gets (1 for the first)."""
        newest = self.session.scalar(
            select(func.max(LiverPlanVersionRow.number)).where(
                LiverPlanVersionRow.case_id == case_id
            )
        )
        return int(newest or 0) + 1

    def add_version(
        self,
        case_id: int,
        inputs: LiverPlanInputs,
        result: LiverPlanResult,
        content_sha256: str,
        author: str,
        at: datetime,
        note: str = "",
        origin: str = "",
        uid: str | None = None,
    ) -> LiverPlanVersion:
        """Store the next plan of ``case_id`` (numbered after the newest).

        Parameters
        ----------
        content_sha256
            The hash the caller computed (:func:`liver_plan_sha256`); stored as given, so a
            plan received from a partner keeps the hash it was sent with.
        origin, uid
            For a plan received in a package: the partner institution and the plan's UID at
            the sender (a new UID otherwise).

        Raises
        ------
        NotFoundError
            If the case does not exist.
        """
        self._check_case(case_id)
        row = LiverPlanVersionRow(
            uid=uid or str(uuid_module.uuid4()),
            case_id=case_id,
            number=self.next_number(case_id),
            inputs_json=json.dumps(inputs_to_json(inputs), ensure_ascii=False, allow_nan=False),
            result_json=json.dumps(result_to_json(result), ensure_ascii=False, allow_nan=False),
            content_sha256=content_sha256,
            author=author,
            created_at=as_utc(at),
            note=note,
            origin=origin,
        )
        self.session.add(row)
        self.session.flush()
        return self._version(row)

    @staticmethod
    def _version(row: LiverPlanVersionRow) -> LiverPlanVersion:
        return LiverPlanVersion(
            uid=row.uid,
            number=row.number,
            case_id=row.case_id,
            inputs=inputs_from_json(json.loads(row.inputs_json)),
            result=result_from_json(json.loads(row.result_json)),
            author=row.author,
            created_at=row.created_at,
            note=row.note,
            content_sha256=row.content_sha256,
            origin=row.origin,
        )

    def latest(self, case_id: int, *, origin: str = "") -> LiverPlanVersion | None:
        """The newest plan of ``case_id`` from ``origin`` ("" = our own), if there is one."""
        row = self.session.scalars(
            select(LiverPlanVersionRow)
            .where(LiverPlanVersionRow.case_id == case_id, LiverPlanVersionRow.origin == origin)
            .order_by(LiverPlanVersionRow.number.desc())
            .limit(1)
        ).first()
        return None if row is None else self._version(row)

    def history(self, case_id: int) -> list[LiverPlanVersion]:
        """Every plan of ``case_id`` (ours and partners'), oldest first."""
        rows = self.session.scalars(
            select(LiverPlanVersionRow)
            .where(LiverPlanVersionRow.case_id == case_id)
            .order_by(LiverPlanVersionRow.number)
        ).all()
        return [self._version(row) for row in rows]

    def get(self, uid: str) -> LiverPlanVersion:
        """The plan with UID ``uid``.

        Raises
        ------
        NotFoundError
            If there is none.
        """
        row = self.session.scalars(
            select(LiverPlanVersionRow).where(LiverPlanVersionRow.uid == uid)
        ).first()
        if row is None:
            raise NotFoundError(Message("This liver plan does not exist (any more)."))
        return self._version(row)

    # --- Couinaud landmarks -----------------------------------------------------------------

    def add_landmarks(
        self,
        case_id: int,
        series_instance_uid: str,
        landmarks: CouinaudLandmarksLps,
        segments: Mapping[int, str],
        user_id: int,
        at: datetime,
    ) -> CouinaudLandmarkSet:
        """Store the landmarks a set of Couinaud segments was just built from.

        Raises
        ------
        NotFoundError
            If the case does not exist.
        """
        self._check_case(case_id)
        row = CouinaudLandmarkSetRow(
            uid=str(uuid_module.uuid4()),
            case_id=case_id,
            series_instance_uid=series_instance_uid,
            landmarks_json=json.dumps(landmarks_to_json(landmarks), allow_nan=False),
            segments_json=json.dumps({str(int(k)): v for k, v in sorted(segments.items())}),
            created_at=as_utc(at),
            created_by_id=user_id,
        )
        self.session.add(row)
        self.session.flush()
        return self._landmark_set(row)

    def _landmark_set(self, row: CouinaudLandmarkSetRow) -> CouinaudLandmarkSet:
        user = self.session.get(models.User, row.created_by_id)
        return CouinaudLandmarkSet(
            uid=row.uid,
            case_id=row.case_id,
            series_instance_uid=row.series_instance_uid,
            landmarks=landmarks_from_json(json.loads(row.landmarks_json)),
            segments={int(k): str(v) for k, v in json.loads(row.segments_json).items()},
            author="" if user is None else user.username,
            created_at=row.created_at,
        )

    def landmarks_of(
        self, case_id: int, segment_uuids: Mapping[int, str]
    ) -> CouinaudLandmarkSet | None:
        """The landmark set that built exactly these Couinaud segments, if it was built here.

        Parameters
        ----------
        segment_uuids
            Couinaud label → UUID of the case's current segment for it.
        """
        wanted = {int(k): v for k, v in segment_uuids.items()}
        rows = self.session.scalars(
            select(CouinaudLandmarkSetRow)
            .where(CouinaudLandmarkSetRow.case_id == case_id)
            .order_by(CouinaudLandmarkSetRow.id.desc())
        ).all()
        for row in rows:
            built = {int(k): str(v) for k, v in json.loads(row.segments_json).items()}
            if built == wanted:
                return self._landmark_set(row)
        return None
