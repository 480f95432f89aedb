"""What the exchange of a versioned clinical record (resectability assessment, liver plan) shares.

Both records travel the same way: the newest version of our own goes out credited to its
author's display name; a received one is read from its JSON document only when the package
also carries images to put it on, is credited to the sending institution, and names the
sender's segments, which the case layer has by then merged under this site's UUIDs. These
steps are written here once so that the two records are exchanged alike.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from casereview.errors import NotFoundError
from casereview.services.exchange.providers import ReceivedPackage
from casereview.store.database import Database

if TYPE_CHECKING:
    from casereview.domain.resectability_record import SegmentChoice
    from casereview.store.repositories_layers import LayerRepository

#: How long a sender's or an author's name may be once received.
NAME_LIMIT = 128


def display_names(db: Database, usernames: set[str]) -> dict[str, str]:
    """``username → display name``: the name people read, and the one a partner credits.

    Parameters
    ----------
    db
        The database with the users.
    usernames
        The authors to name (empty names are skipped).

    Returns
    -------
    dict[str, str]
        The display name of each user; a user removed since keeps their user name.
    """
    from casereview.store.repositories import UserRepository

    names: dict[str, str] = {}
    with db.reading() as session:
        users = UserRepository(session)
        for username in usernames:
            if not username:
                continue
            try:
                user = users.get(username)
            except NotFoundError:  # a user removed since keeps their user name
                names[username] = username
                continue
            names[username] = user.display_name or user.username
    return names


def received_document(package: ReceivedPackage, name: str) -> Path | None:
    """The document ``name`` of a received package, when there are images to put it on.

    Parameters
    ----------
    package
        The verified package.
    name
        The document's file name (``"resectability.json"``, ``"liver-plan.json"``).

    Returns
    -------
    pathlib.Path or None
        ``None`` when the package carries no such document, or no images (an opinion on
        images the receiver does not have cannot be shown).
    """
    path = next((p for p in package.files_of_kind("document") if p.name == name), None)
    if path is None:
        return None
    if not package.image_uids and not package.files_of_kind("dicom-image"):
        return None
    return path


def sender_institution(package: ReceivedPackage) -> str:
    """The institution a received record is credited to ("partner" when the sender is unnamed)."""
    return (package.manifest.institution or "partner")[:NAME_LIMIT]


def received_name(value: object, limit: int = NAME_LIMIT) -> str:
    """A name a sender wrote (an author, a segment's name) on one line, at most ``limit`` long."""
    return " ".join(str(value).split())[:limit]


def segment_here(layers: LayerRepository, case_id: int, choice: SegmentChoice) -> SegmentChoice:
    """``choice`` naming this site's copy of the sender's segment, when the case layer has one.

    Parameters
    ----------
    layers
        The layers of the import's session (the case layer has merged the sender's segments).
    case_id
        The case the package merged into.
    choice
        A segment the sender's record names, by the sender's UUID.

    Returns
    -------
    SegmentChoice
        The same choice with this site's UUID, or ``choice`` itself if the segment did not
        arrive.
    """
    found = layers.find_segment(case_id, choice.segment_uuid)
    return choice if found is None else dataclasses.replace(choice, segment_uuid=found.uuid)


def segment_keys(db: Database, case_id: int) -> dict[str, str]:
    """Our UUID of each segment that came from elsewhere → the key it travels under.

    A record names its segments by these keys in its JSON so that a receiver finds them among
    the package's ``segments.json``; a segment with no origin elsewhere is not listed (it
    travels under its own UUID).

    Parameters
    ----------
    db
        The database.
    case_id
        The exported case.

    Returns
    -------
    dict[str, str]
        ``our UUID → origin UUID`` of the case's segments that have one.
    """
    from casereview.services.layers import origins

    return {
        uuid: found.origin_uuid for uuid, found in origins(db, case_id).items() if found.origin_uuid
    }
