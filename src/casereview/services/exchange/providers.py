"""Extension points of the exchange: what adds content to a package, what merges it back.

A :class:`ContentProvider` adds DICOM objects and JSON documents of one kind to every export;
a :class:`LayerImporter` turns a received package's objects into the sender's own layer beside
ours. Both are registered once at start-up by the composition root
(``casereview.app.exchange_setup``), never as a side effect of importing a module, so what an
export contains is decided in one place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from casereview.domain.packages import Manifest, VerificationResult
from casereview.store.database import Database

if TYPE_CHECKING:
    from pydicom.dataset import Dataset


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


class ContentProvider(Protocol):
    """Adds content of one kind (annotations, segments, key images, decisions) to an export."""

    @property
    def name(self) -> str:
        """Short plural noun for messages ("annotations"); also the provider's identity."""
        ...

    def gather(self, db: Database, case_id: int) -> ExtraContent:
        """Return the extra objects and documents for ``case_id``."""
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
    """

    manifest: Manifest
    root: Path
    verification: VerificationResult
    case_id: int | None = None

    def files_of_kind(self, kind: str) -> list[Path]:
        """The package's files of one manifest kind (``"document"``, ``"dicom-seg"``…)."""
        return [self.root / f.path for f in self.manifest.files if f.kind == kind]


class LayerImporter(Protocol):
    """Turns a received package's objects into the sender's layer beside ours, never over it."""

    @property
    def kinds(self) -> frozenset[str]:
        """The manifest kinds this importer handles."""
        ...

    def merge(self, db: Database, package: ReceivedPackage, actor: str) -> list[str]:
        """Add the sender's content as its own layer; return one line per layer added."""
        ...


_content_providers: list[ContentProvider] = []
_layer_importers: list[LayerImporter] = []


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
