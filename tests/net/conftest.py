"""Fixtures of the PACS tests: one Orthanc per session holding the small demo case."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from orthanc import ORTHANC_AE, OUR_AE, PASSWORD, USER, Orthanc, running_orthanc

import demo_cache
from casereview.demo import DemoCase
from casereview.domain.pacs_nodes import DimseNode, WebAuth, WebNode


@pytest.fixture(scope="session")
def orthanc(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Orthanc]:
    """Orthanc on loopback ports with the DICOMweb plugin, for the whole session."""
    with running_orthanc(tmp_path_factory.mktemp("orthanc")) as server:
        yield server


@pytest.fixture(scope="session")
def demo_in_orthanc(orthanc: Orthanc, tmp_path_factory: pytest.TempPathFactory) -> DemoCase:
    """The small demo case's CT series (both phases), stored in Orthanc through its REST API."""
    demo = demo_cache.generate_demo_cached(tmp_path_factory.mktemp("demo") / "files", small=True)
    for paths in demo.series.values():
        orthanc.upload(paths)
    return demo


@pytest.fixture
def dimse_node(orthanc: Orthanc) -> DimseNode:
    return DimseNode(
        "Test PACS",
        ORTHANC_AE,
        "127.0.0.1",
        orthanc.dicom_port,
        our_ae_title=OUR_AE,
        our_port=orthanc.move_port,
        # The product's default: the whole suite on two cores can keep Orthanc waiting for a
        # core for seconds, and a shorter timeout turns that into a false "not reachable".
        timeout=30,
    )


@pytest.fixture
def web_node(orthanc: Orthanc) -> WebNode:
    return WebNode("Test web", orthanc.dicomweb_url, WebAuth.BASIC, USER, timeout=30)


@pytest.fixture
def web_password() -> str:
    return PASSWORD


@pytest.fixture
def pacs_dirs(tmp_path: Path) -> dict[str, Path]:
    """Keyword arguments for ``services.pacs.retrieve``: where images and imports go."""
    return {
        "pacs_dir": tmp_path / "pacs",
        "staging_dir": tmp_path / "imports",
        "quarantine_dir": tmp_path / "quarantine",
    }
