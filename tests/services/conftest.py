"""Every service test runs whole and in chunks of two (`chunk_sizes`), so that the
services' bulk reads and writes cross chunk boundaries with a test's few rows."""

import pytest


@pytest.fixture(autouse=True)
def _in_chunks_too(chunk_sizes: None) -> None:
    """Every test here runs whole and in chunks of two (`chunk_sizes`)."""
