"""Extension points of the exchange: what adds content to a package, what merges it back.

A :class:`ContentProvider` adds DICOM objects and JSON documents of one kind to every export;
a :class:`LayerImporter` turns a received package's objects into the sender's own layer beside
ours; the :class:`CaseReportWriter` renders the case report a package carries (the app's own
report renderer, which needs Qt, so the core only asks for it). All are registered once at
start-up by the composition root (``casereview.app.exchange_setup``), never as a side effect
of importing a module, so what an export contains is decided in one place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from casereview.domain.packages import DeidOptions, Manifest, VerificationResult
from casereview.store.database import Database

if TYPE_CHECKING:
    from pydicom.dataset import Dataset
    from sqlalchemy.orm import Session

    from casereview.services.case_summary import CaseSummary


@dataclass(slots=True)
class ExtraContent:
    """What a content provider adds to a package.

    Attributes
    ----------
    datasets
        ``(kind, dataset)`` pairs: DICOM objects (e.g. ``"dicom-sr"``, ``"dicom-seg"``,
        ``"dicom-ko"``, ``"dicom-pdf"``) built against the case's ORIGINAL UIDs and patient
        module. The exporter de-identifies them like the images, so every reference is mapped
        consistently.
    documents
        ``(file name, JSON-ready object)`` pairs written under ``documents/``; UIDs of the case
        in them are replaced and the patient's identifiers removed by the exporter.
    """

    datasets: list[tuple[str, Dataset]] = field(default_factory=list)
    documents: list[tuple[str, Any]] = field(default_factory=list)


#: The options a provider gathers with when it is asked outside an export (a preview of one
#: kind of content, a test): the profile's defaults, which keep the patient's characteristics.
DEFAULT_OPTIONS = DeidOptions()


class ContentProvider(Protocol):
    """Adds content of one kind (annotations, segments, key images, decisions) to an export."""

    @property
    def name(self) -> str:
        """Short plural noun for messages ("annotations"); also the provider's identity."""
        ...

    def gather(
        self, db: Database, case_id: int, *, options: DeidOptions = DEFAULT_OPTIONS
    ) -> ExtraContent:
        """Return the extra objects and documents for ``case_id``.

        Parameters
        ----------
        db
            Open case database.
        case_id
            The case being exported.
        options
            The export's de-identification options. The exporter de-identifies every DICOM
            header and scrubs every text itself; a provider reads the options for what only
            it knows to be covered by one of them in its own content (a liver plan's height
            and weight, and the figures computed from them, when the export removes the
            patient's characteristics).

        Returns
        -------
        ExtraContent
            The objects and documents (empty when the case has nothing of this kind).
        """
        ...


@dataclass(slots=True)
class ReceivedPackage:
    """A verified, indexed package, as a layer importer sees it.

    Attributes
    ----------
    manifest
        The verified manifest (sender institution, package id, file list).
    root
        The folder holding the package's files (paths as in the manifest).
    verification
        How the package verified.
    case_id
        The local case the sender's layer was put on (set by the layer importer).
    image_uids
        ``(study, series, SOP instance)`` UIDs of the package's images, read before indexing:
        indexing moves the files and drops those already held (a second package from the
        same sender repeats its images), so they cannot be read afterwards. An opinion-only
        package carries none: its manifest's referenced images are given instead.
    """

    manifest: Manifest
    root: Path
    verification: VerificationResult
    case_id: int | None = None
    image_uids: tuple[tuple[str, str, str], ...] = ()

    def files_of_kind(self, kind: str) -> list[Path]:
        """The package's files of one manifest kind (``"document"``, ``"dicom-seg"``…)."""
        return [self.root / f.path for f in self.manifest.files if f.kind == kind]


def read_image_uids(paths: list[Path]) -> tuple[tuple[str, str, str], ...]:
    """``(study, series, SOP instance)`` UIDs of the image files ``paths`` (headers only).

    A file that cannot be read is left out: indexing reports it with its reason, and one bad
    file must not stop the rest of the package.
    """
    from pydicom import dcmread
    from pydicom.errors import InvalidDicomError

    found = []
    for path in paths:
        try:
            header = dcmread(
                path,
                stop_before_pixels=True,
                specific_tags=["StudyInstanceUID", "SeriesInstanceUID", "SOPInstanceUID"],
            )
        except (OSError, ValueError, EOFError, InvalidDicomError):
            continue
        found.append(
            (
                str(header.get("StudyInstanceUID", "")),
                str(header.get("SeriesInstanceUID", "")),
                str(header.get("SOPInstanceUID", "")),
            )
        )
    return tuple(found)


class PreparedMerge(Protocol):
    """A sender's layer read and checked, to be written in the import's one transaction."""

    def write(self, session: Session, user_id: int) -> list[str]:
        """Insert what is not here yet (audited as received); return one line per kind."""
        ...


class LayerImporter(Protocol):
    """Turns a received package's objects into the sender's layer beside ours, never over it.

    The import first asks every importer to :meth:`prepare` (reading, checking, measuring:
    nothing of the layer written), then writes every prepared layer in the transaction that
    records the package, so a package is merged whole or not at all.
    """

    @property
    def kinds(self) -> frozenset[str]:
        """The manifest kinds this importer handles."""
        ...

    def prepare(self, db: Database, package: ReceivedPackage, actor: str) -> PreparedMerge | None:
        """Read the sender's content; ``None`` when there is nothing to merge."""
        ...


class CaseReportWriter(Protocol):
    """Renders the MDT outcome report of a case as PDF bytes, for a package.

    The summary it gets has been through the export's identity scrubber (every free text) and
    holds no patient identity; the writer renders it with identity hidden.
    """

    def __call__(self, summary: CaseSummary) -> bytes:
        """The report of ``summary`` as PDF."""
        ...


_content_providers: list[ContentProvider] = []
_layer_importers: list[LayerImporter] = []
_case_report_writers: list[CaseReportWriter] = []


def register_content_provider(provider: ContentProvider) -> None:
    """Add a provider to every export; a second provider of the same name is ignored."""
    if all(p.name != provider.name for p in _content_providers):
        _content_providers.append(provider)


def register_layer_importer(importer: LayerImporter) -> None:
    """Add an importer of the sender's layer to every package import.

    An importer of the same class as one registered is ignored, so registering twice is
    harmless.
    """
    if all(type(i) is not type(importer) for i in _layer_importers):
        _layer_importers.append(importer)


def content_providers() -> list[ContentProvider]:
    """The registered content providers, in registration order."""
    return list(_content_providers)


def layer_importers() -> list[LayerImporter]:
    """The registered layer importers, in registration order."""
    return list(_layer_importers)


def register_case_report_writer(writer: CaseReportWriter) -> None:
    """Use ``writer`` for the case report of every package (the last one registered wins)."""
    _case_report_writers[:] = [writer]


def case_report_writer() -> CaseReportWriter | None:
    """The registered case report writer, or ``None`` when none is (a core without Qt)."""
    return _case_report_writers[0] if _case_report_writers else None
