"""Fixtures for the Qt-free core tests: real .ciw files in a temporary folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ciworkshop.services.network import NetworkService
from ciworkshop.store.document import Document


@pytest.fixture
def document(tmp_path: Path) -> Iterator[Document]:
    """A new, empty network file, open for writing."""
    doc = Document.create(tmp_path / "network.ciw", network_name="Testverbund")
    yield doc
    doc.close()


@pytest.fixture
def service(document: Document) -> NetworkService:
    return NetworkService(document)


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One closed demo network (about 20 actors, 40 people) written once per session.

    Tests copy it (``demo_file``) instead of writing 60 fsync'd transactions each time.
    """
    from ciworkshop.services.demo import write_demo

    path = tmp_path_factory.mktemp("demo-master") / "demo.ciw"
    with pytest.MonkeyPatch.context() as patch:  # runs before the per-test data_dir
        patch.setenv("CIWORKSHOP_DATA_DIR", str(tmp_path_factory.mktemp("demo-userdata")))
        write_demo(path).close()
    return path


@pytest.fixture
def demo_file(demo_master: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo.ciw"
    target.write_bytes(demo_master.read_bytes())
    return target
