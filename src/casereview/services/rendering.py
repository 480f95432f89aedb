"""Named 3-D views and user rendering presets: save, list, delete. Every change is audited.

A named view belongs to a series and, when the series was opened from a case, to that case;
listing a series' views inside a case also shows the views saved outside any case. Presets are
shared by all cases of the workstation. Saving under a name already used replaces the older
view or preset (the audit trail keeps that it was replaced).
"""

from __future__ import annotations

import logging

from casereview.domain.audit import AuditAction
from casereview.domain.rendering import (
    BUILTIN_PRESETS,
    NAME_LENGTH,
    CameraView,
    SavedPreset,
    SavedView,
    TransferFunction,
    check_name,
)
from casereview.errors import ValidationError
from casereview.messages import Message
from casereview.store.database import Database
from casereview.store.rendering_repository import RenderingRepository
from casereview.store.repositories import AuditRepository, UserRepository

log = logging.getLogger(__name__)


def save_view(
    db: Database,
    actor: str,
    *,
    series_id: int,
    name: str,
    camera: CameraView,
    preset: TransferFunction | None = None,
    case_id: int | None = None,
) -> SavedView:
    """Save the camera (and the preset shown) of a series' 3-D view under ``name``.

    Parameters
    ----------
    db
        Open case database.
    actor
        User name of who saves it.
    series_id
        Internal id of the series shown.
    name
        The view's name; a view of the same name of this series (and case) is replaced.
    camera
        The camera to restore.
    preset
        The transfer function shown, restored with the view.
    case_id
        The case the series was opened from, if any.

    Returns
    -------
    SavedView
        The stored view (durable when this returns).

    Raises
    ------
    ValidationError
        If the name is empty or too long.
    NotFoundError
        If the user, series or case is unknown.
    """
    name = check_name(
        name,
        Message("Give the view a name."),
        Message("The view name is too long (at most {limit} characters).", limit=NAME_LENGTH),
    )
    with db.writing() as session:
        user_id = UserRepository(session).row_id(actor)
        view, replaced = RenderingRepository(session).put_view(
            series_id, case_id, name, camera, preset, user_id
        )
        AuditRepository(session).append(
            AuditAction.VIEW3D_SAVED,
            "view3d",
            view.id,
            user_id,
            {"series": series_id, "case": case_id, "replaced": replaced},
        )
    log.info("3-D view #%d saved for series #%d", view.id, series_id)
    return view


def list_views(db: Database, series_id: int, case_id: int | None = None) -> list[SavedView]:
    """Named views of a series, by name (in a case: its own and those saved outside cases)."""
    with db.reading() as session:
        return RenderingRepository(session).views(series_id, case_id)


def delete_view(db: Database, actor: str, view_id: int) -> None:
    """Delete a named view.

    Raises
    ------
    NotFoundError
        If the view or the user does not exist.
    """
    with db.writing() as session:
        user_id = UserRepository(session).row_id(actor)
        repository = RenderingRepository(session)
        row = repository.view_row(view_id)
        details = {"series": row.series_id, "case": row.case_id}
        session.delete(row)
        AuditRepository(session).append(
            AuditAction.VIEW3D_DELETED, "view3d", view_id, user_id, details
        )
    log.info("3-D view #%d deleted", view_id)


def save_preset(db: Database, actor: str, preset: TransferFunction) -> SavedPreset:
    """Save a transfer function as a named user preset (one of the same name is replaced).

    Raises
    ------
    ValidationError
        If the name is that of a built-in preset.
    NotFoundError
        If the user does not exist.
    """
    builtin = {p.name.casefold() for p in BUILTIN_PRESETS.values()}
    if preset.name.casefold() in builtin:
        raise ValidationError(
            Message(
                "'{name}' is the name of a built-in preset; choose another name.", name=preset.name
            )
        )
    preset = preset.renamed(preset.name)  # a user copy never carries a built-in key
    with db.writing() as session:
        user_id = UserRepository(session).row_id(actor)
        saved, replaced = RenderingRepository(session).put_preset(preset, user_id)
        AuditRepository(session).append(
            AuditAction.RENDER_PRESET_SAVED,
            "render_preset",
            saved.id,
            user_id,
            {"replaced": replaced},
        )
    log.info("rendering preset #%d saved", saved.id)
    return saved


def list_presets(db: Database) -> list[SavedPreset]:
    """User presets by name (the built-in ones are :data:`BUILTIN_PRESETS`)."""
    with db.reading() as session:
        return RenderingRepository(session).presets()


def find_preset(db: Database, name: str) -> TransferFunction:
    """A preset by built-in key (``cta``), built-in name or user preset name.

    Raises
    ------
    ValidationError
        If no preset has that name.
    """
    wanted = name.strip().casefold()
    for key, preset in BUILTIN_PRESETS.items():
        if wanted in (key, preset.name.casefold()):
            return preset
    for saved in list_presets(db):
        if saved.name.casefold() == wanted:
            return saved.transfer_function
    known = [*BUILTIN_PRESETS, *(p.name for p in list_presets(db))]
    raise ValidationError(
        Message(
            "No rendering preset is called '{name}'. Known: {known}.",
            name=name,
            known=", ".join(known),
        )
    )


def delete_preset(db: Database, actor: str, preset_id: int) -> None:
    """Delete a user preset.

    Raises
    ------
    NotFoundError
        If the preset or the user does not exist.
    """
    with db.writing() as session:
        user_id = UserRepository(session).row_id(actor)
        row = RenderingRepository(session).preset_row(preset_id)
        session.delete(row)
        AuditRepository(session).append(
            AuditAction.RENDER_PRESET_DELETED, "render_preset", preset_id, user_id, {}
        )
    log.info("rendering preset #%d deleted", preset_id)


def find_view(db: Database, series_id: int, case_id: int | None, name: str) -> SavedView:
    """The named view of a series called ``name`` (case-insensitive), as :func:`list_views`.

    Raises
    ------
    ValidationError
        If the series has no view of that name (the message lists the saved ones).
    """
    views = list_views(db, series_id, case_id)
    wanted = name.strip().casefold()
    for view in views:
        if view.name.casefold() == wanted:
            return view
    known = ", ".join(v.name for v in views) or "none"
    raise ValidationError(
        Message("This series has no saved view '{name}' (saved: {known}).", name=name, known=known)
    )
