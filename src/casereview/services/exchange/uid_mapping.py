"""Recognising our own work in a received package: UIDs we gave at export, mapped back.

A package that answers one of ours carries the pseudonymous UIDs we gave our images; the
mapping we kept at export turns them back into our originals, so the sender's layer lies on
our own images and our own objects coming back are not indexed a second time.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from casereview.store.database import Database
from casereview.store.repositories_packages import ExchangeRepository

#: Modalities of the objects a layer importer merges (their content becomes the sender's layer).
MERGED_MODALITIES = frozenset({"SR", "SEG", "KO", "DOC"})


class UidMapper:
    """Maps the UIDs in a received package to the UIDs of our index.

    Any UID we did not give at an export is taken as it is (the package's images were indexed
    with it).
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self._cache: dict[str, str] = {}

    def local(self, uid: str) -> str:
        """Our UID for ``uid`` (``uid`` itself when it is not one of our pseudonyms)."""
        if not uid:
            return uid
        if uid not in self._cache:
            with self.db.reading() as session:
                original = ExchangeRepository(session).original_uid(uid)
            self._cache[uid] = original or uid
        return self._cache[uid]

    def ours(self, uid: str) -> bool:
        """Whether ``uid`` is a pseudonym we gave one of our own objects."""
        return self.local(uid) != uid


def answered_images(db: Database, files: Sequence[Path]) -> set[Path]:
    """The files among ``files`` that need no indexing because they answer our own case.

    Our own exported objects coming back (their UID is a pseudonym we gave, and the original
    is in our index or was made for the export), and the partner's SR, SEG, KOS and PDF about
    our own study: the layer importer puts their content on our images; indexing them would
    add a pseudonymous second patient. A new image series of the partner is still indexed.
    """
    from pydicom import dcmread

    mapper = UidMapper(db)
    back: set[Path] = set()
    for path in files:
        try:
            header = dcmread(
                path,
                stop_before_pixels=True,
                specific_tags=["SOPInstanceUID", "StudyInstanceUID", "Modality"],
            )
        except (OSError, ValueError, EOFError):
            continue
        uid = str(header.get("SOPInstanceUID", ""))
        study = str(header.get("StudyInstanceUID", ""))
        if mapper.ours(uid):
            back.add(path)
            continue
        if str(header.get("Modality", "")) in MERGED_MODALITIES and mapper.ours(study):
            with db.reading() as session:
                indexed = ExchangeRepository(session).study_is_indexed(mapper.local(study))
            if indexed:
                back.add(path)
    return back
