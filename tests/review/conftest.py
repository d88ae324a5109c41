"""Fixtures for review tests: my project (Ann) and a colleague's (Bob), same sample article."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.project import Project
from tests.review.builders import new_project


@pytest.fixture
def mine(tmp_path: Path) -> Iterator[tuple[Project, int]]:
    project, article_id = new_project(tmp_path / "mine.claims", "Ann", name="Ann's desk")
    yield project, article_id
    project.close()


@pytest.fixture
def theirs(tmp_path: Path) -> Iterator[tuple[Project, int]]:
    """The colleague's project, open for writing while a test builds it; close before comparing."""
    folder = tmp_path / "colleague"
    folder.mkdir()
    project, article_id = new_project(folder / "bob.claims", "Bob", name="Bob's desk")
    yield project, article_id
    project.close()


@pytest.fixture(autouse=True)
def _in_chunks_too(chunk_sizes: None) -> None:
    """Every test here runs whole and in chunks of two (`chunk_sizes`)."""
