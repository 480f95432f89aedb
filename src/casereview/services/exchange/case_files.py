"""What an export takes from a case: its image files and the identity that must not leave."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from casereview.domain.identity_text import IdentityForms
from casereview.errors import ValidationError
from casereview.messages import Message
from casereview.services.exchange.scrub import case_identity_forms
from casereview.store.database import Database
from casereview.store.repositories_packages import ExchangeRepository


@dataclass(frozen=True, slots=True)
class CaseFiles:
    """The images of a case to export and the identity no text of the package may carry.

    Attributes
    ----------
    case_id, patient_pk
        Internal ids of the case and its patient.
    patient_key
        Issuer and patient ID: the same patient gets the same pseudonym in every export.
    identity
        Every identity form of the patient (see ``scrub.case_identity_forms``).
    paths
        The image files, series by series in instance order.
    """

    case_id: int
    patient_pk: int
    patient_key: str
    identity: IdentityForms
    paths: tuple[str, ...]


def case_files(db: Database, case_id: int, added_identity: Iterable[str] = ()) -> CaseFiles:
    """The images of ``case_id`` and its patient's identity forms.

    Parameters
    ----------
    db
        Open case database.
    case_id
        The case to export.
    added_identity
        Words or phrases the user marked as identifying, scrubbed like names.

    Raises
    ------
    NotFoundError
        If the case does not exist.
    ValidationError
        If it has no images.
    """
    with db.reading() as session:
        images = ExchangeRepository(session).case_images(case_id)
    if not images.paths:
        raise ValidationError(Message("Case #{case_id} has no images to export.", case_id=case_id))
    return CaseFiles(
        case_id=case_id,
        patient_pk=images.patient_pk,
        patient_key=f"{images.issuer_of_patient_id}\0{images.patient_id}",
        identity=case_identity_forms(images, added_identity),
        paths=images.paths,
    )


def only_received_images(db: Database, files: CaseFiles) -> bool:
    """Whether every image of the case arrived in a received package (a reply case)."""
    with db.reading() as session:
        folders = [
            str(Path(p)) + os.sep for p in ExchangeRepository(session).imported_package_folders()
        ]
    if not folders:
        return False
    return all(any(str(Path(p)).startswith(f) for f in folders) for p in files.paths)
