"""What an export takes from a case: its image files and the identity that must not leave."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from casereview.errors import ValidationError
from casereview.messages import Message
from casereview.services.exchange.scrub import phi_strings
from casereview.store.database import Database
from casereview.store.repositories_packages import ExchangeRepository


@dataclass(frozen=True, slots=True)
class CaseFiles:
    """The images of a case to export and the strings no document may carry.

    Attributes
    ----------
    case_id, patient_pk
        Internal ids of the case and its patient.
    patient_key
        Issuer and patient ID: the same patient gets the same pseudonym in every export.
    phi
        Name parts, patient ID, birth date and accession numbers (see ``scrub.phi_strings``).
    paths
        The image files, series by series in instance order.
    """

    case_id: int
    patient_pk: int
    patient_key: str
    phi: tuple[str, ...]
    paths: tuple[str, ...]


def case_files(db: Database, case_id: int) -> CaseFiles:
    """The images of ``case_id`` and its patient's identifying strings.

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
    phi = phi_strings(
        images.patient_name, images.patient_id, images.birth_date, images.accession_numbers
    )
    return CaseFiles(
        case_id=case_id,
        patient_pk=images.patient_pk,
        patient_key=f"{images.issuer_of_patient_id}\0{images.patient_id}",
        phi=phi,
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
