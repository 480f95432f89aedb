"""Repository of the 3-D view tables: saved cameras and user transfer-function presets."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from casereview.domain.rendering import (
    CameraView,
    SavedPreset,
    SavedView,
    TransferFunction,
    dumps,
)
from casereview.errors import NotFoundError
from casereview.messages import Message
from casereview.store import models
from casereview.store.models_rendering import RenderingPreset, SavedView3D
from casereview.store.types import utcnow


class RenderingRepository:
    """Saved 3-D views and presets inside one unit of work."""

    def __init__(self, session: Session) -> None:
        self.session = session

    # --- views ---------------------------------------------------------------------------

    def find_view(self, series_id: int, case_id: int | None, name: str) -> SavedView3D | None:
        """The row of the view called ``name`` of a series (in a case, or outside any case)."""
        query = select(SavedView3D).where(
            SavedView3D.series_id == series_id, SavedView3D.name == name
        )
        query = query.where(
            SavedView3D.case_id.is_(None) if case_id is None else SavedView3D.case_id == case_id
        )
        return self.session.scalars(query).first()

    def put_view(
        self,
        series_id: int,
        case_id: int | None,
        name: str,
        camera: CameraView,
        preset: TransferFunction | None,
        user_id: int,
    ) -> tuple[SavedView, bool]:
        """Store a view; one of the same name in the same place is replaced.

        Returns
        -------
        tuple
            The stored view and whether an older one was replaced.
        """
        if self.session.get(models.Series, series_id) is None:
            raise NotFoundError(
                Message("The series of this 3-D view is no longer in the database.")
            )
        if case_id is not None and self.session.get(models.Case, case_id) is None:
            raise NotFoundError(Message("The case of this 3-D view is no longer in the database."))
        row = self.find_view(series_id, case_id, name)
        replaced = row is not None
        if row is None:
            row = SavedView3D(series_id=series_id, case_id=case_id, name=name)
            self.session.add(row)
        row.camera_json = dumps(camera.to_json())
        row.preset_json = dumps(preset.to_json()) if preset is not None else ""
        row.created_by_id = user_id
        if replaced:
            row.created_at = utcnow()
        self.session.flush()
        return self._view(row), replaced

    def views(self, series_id: int, case_id: int | None = None) -> list[SavedView]:
        """Views of a series: those saved in ``case_id`` and those saved outside any case."""
        query = select(SavedView3D).where(SavedView3D.series_id == series_id)
        if case_id is None:
            query = query.where(SavedView3D.case_id.is_(None))
        else:
            query = query.where((SavedView3D.case_id == case_id) | SavedView3D.case_id.is_(None))
        rows = self.session.scalars(query.order_by(SavedView3D.name, SavedView3D.id)).all()
        return [self._view(row) for row in rows]

    def view_row(self, view_id: int) -> SavedView3D:
        """The row of a saved view.

        Raises
        ------
        NotFoundError
            If it does not exist (any more).
        """
        row = self.session.get(SavedView3D, view_id)
        if row is None:
            raise NotFoundError(
                Message("This saved 3-D view no longer exists; it may have been deleted.")
            )
        return row

    def _view(self, row: SavedView3D) -> SavedView:
        user = self.session.get(models.User, row.created_by_id)
        return SavedView(
            id=row.id,
            name=row.name,
            series_id=row.series_id,
            case_id=row.case_id,
            camera=CameraView.from_json(json.loads(row.camera_json)),
            preset=(
                TransferFunction.from_json(json.loads(row.preset_json)) if row.preset_json else None
            ),
            created_at=row.created_at,
            username=user.username if user is not None else "",
        )

    # --- presets -------------------------------------------------------------------------

    def put_preset(self, preset: TransferFunction, user_id: int) -> tuple[SavedPreset, bool]:
        """Store a user preset; one of the same name is replaced."""
        row = self.session.scalars(
            select(RenderingPreset).where(RenderingPreset.name == preset.name)
        ).first()
        replaced = row is not None
        if row is None:
            row = RenderingPreset(name=preset.name)
            self.session.add(row)
        row.transfer_json = dumps(preset.to_json())
        row.created_by_id = user_id
        if replaced:
            row.created_at = utcnow()
        self.session.flush()
        return self._preset(row), replaced

    def presets(self) -> list[SavedPreset]:
        """All user presets by name."""
        rows = self.session.scalars(select(RenderingPreset).order_by(RenderingPreset.name)).all()
        return [self._preset(row) for row in rows]

    def preset_row(self, preset_id: int) -> RenderingPreset:
        """The row of a user preset.

        Raises
        ------
        NotFoundError
            If it does not exist (any more).
        """
        row = self.session.get(RenderingPreset, preset_id)
        if row is None:
            raise NotFoundError(
                Message("This rendering preset no longer exists; it may have been deleted.")
            )
        return row

    def _preset(self, row: RenderingPreset) -> SavedPreset:
        user = self.session.get(models.User, row.created_by_id)
        return SavedPreset(
            id=row.id,
            transfer_function=TransferFunction.from_json(json.loads(row.transfer_json)),
            created_at=row.created_at,
            username=user.username if user is not None else "",
        )
