"""Property tests for the project opener: any bytes either open correctly or give a known error.

Why: a project file is untrusted input, and SQLite reports damage in many
ways (error codes, Python-level decode errors, malformed schema messages).
Hand-picked broken files (test_hostile_files.py) only cover the ways we
thought of; here Hypothesis feeds the opener random bytes and, more usefully,
a real small project with bytes flipped, cut off or spliced, and runs what a
reviewer does first: open, list articles, list claims, check.  The only
acceptable outcomes are success or an `AnnotatorError` (a known error shown
without a traceback); anything else is a bug.  A deadline catches hangs.

Runs derandomized (the same examples every time, so CI never flakes); set
CLAIM_ANNOTATOR_FUZZ_EXAMPLES to run more, and CLAIM_ANNOTATOR_FUZZ_RANDOM=1 for
new random examples on demand.
"""

import os
import shutil
import tempfile
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.errors import AnnotatorError, ProjectError
from annotator.services.articles import import_drafts, list_articles
from annotator.services.claims import add_claim, list_claims
from annotator.services.comments import add_comment
from annotator.services.integrity import check_project
from annotator.services.projects import create_project, open_project
from annotator.services.tags import add_tag
from annotator.services.verdicts import set_verdict
from tests.helpers import SAMPLE_TEXT, sample_draft, span_of
from tests.reliability.figures import add

EXAMPLES = int(os.environ.get("CLAIM_ANNOTATOR_FUZZ_EXAMPLES", "1000"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=timedelta(seconds=10),  # a hang fails the test instead of stalling CI
    derandomize=os.environ.get("CLAIM_ANNOTATOR_FUZZ_RANDOM") != "1",
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
SQLITE_HEADER = b"SQLite format 3\x00"


def build_good_project(folder: Path) -> bytes:
    """The bytes of a small real project: two articles, claims, a verdict, a tag, a comment."""
    path = folder / "seed.claims"
    with create_project(path, name="Fuzz seed", reviewer="Ann") as project:
        ids = import_drafts(
            project, [sample_draft(), sample_draft("Über 40 Menschen starben, sagte er.")]
        ).value.added_article_ids
        start, end = span_of(SAMPLE_TEXT, "More than 13,000 people")
        claim = add_claim(project, article_id=ids[0], start=start, end=end, kind="casualty").value
        set_verdict(project, claim, "mostly_true", "ministry figures")
        add_tag(project, claim, "checked")
        add_comment(project, claim, "see the ministry statement")
        add_claim(project, article_id=ids[1], start=0, end=7, kind="casualty")
    return path.read_bytes()  # closed: the WAL is checkpointed into the file


class Workspace(tuple[Path, bytes]):
    """(scratch folder, seed bytes), with a short repr for Hypothesis's failure reports."""

    def __repr__(self) -> str:
        return f"Workspace({self[0]}, {len(self[1])} seed bytes)"


@pytest.fixture(scope="module")
def workspace() -> Iterator[tuple[Path, bytes]]:
    """A scratch folder (Hypothesis runs many examples per test) and the seed file's bytes."""
    folder = Path(tempfile.mkdtemp(prefix="fuzz-opener-"))
    try:
        yield Workspace((folder, build_good_project(folder)))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def open_and_read(folder: Path, data: bytes, read_only: bool) -> None:
    """Write the bytes as a project file and use it; only success or AnnotatorError may come out."""
    path = folder / "fuzzed.claims"
    for leftover in folder.glob("fuzzed.claims*"):
        leftover.unlink()
    path.write_bytes(data)
    add("fuzz examples run")
    try:
        with open_project(path, reviewer="Fuzz", read_only=read_only) as project:
            list_articles(project)
            list_claims(project)
            check_project(project)
    except ProjectError as error:
        problem: ProjectError | None = error
    except AnnotatorError:
        problem = None
    else:
        problem = None
    if problem is not None:
        assert problem.path == path  # the message names the file
    assert not (folder / "fuzzed.claims.lock").exists()  # a refused open keeps no lock


@FUZZ
@given(
    data=st.one_of(
        st.binary(max_size=4096), st.binary(max_size=4096).map(lambda tail: SQLITE_HEADER + tail)
    ),
    read_only=st.booleans(),
)
def test_random_bytes(workspace: tuple[Path, bytes], data: bytes, read_only: bool) -> None:
    folder, _ = workspace
    open_and_read(folder, data, read_only)


# A damage recipe drawn independently of the seed's contents (positions are taken modulo
# the file or page size), so Hypothesis replays and shrinks it deterministically.
DAMAGE = st.tuples(
    st.sampled_from(["flip", "flip-header", "flip-page", "truncate", "splice"]),
    st.lists(st.tuples(st.integers(0, 2**31 - 1), st.integers(0, 255)), min_size=1, max_size=16),
    st.integers(0, 2**31 - 1),
    st.integers(0, 2**31 - 1),
    st.integers(1, 8192),
)


def damaged(seed: bytes, recipe: tuple[str, list[tuple[int, int]], int, int, int]) -> bytes:
    """The seed file with some bytes flipped, cut short, or a stretch copied over another."""
    kind, flips, first, second, length = recipe
    data = bytearray(seed)
    page = int.from_bytes(seed[16:18], "big")
    if kind == "flip":
        for where, value in flips:
            data[where % len(data)] = value
    elif kind == "flip-header":
        for where, value in flips[:4]:
            data[where % 100] = value
    elif kind == "flip-page":  # damage concentrated in one page (schema, table or index)
        base = first % (len(data) // page) * page
        for where, value in flips:
            data[base + where % page] = value
    elif kind == "truncate":
        del data[first % len(data) :]
    else:
        chunk = seed[first % len(seed) :][:length]
        target = second % len(data)
        data[target : target + len(chunk)] = chunk
    return bytes(data)


@FUZZ
@given(recipe=DAMAGE, read_only=st.booleans())
def test_damaged_real_project(
    workspace: tuple[Path, bytes],
    recipe: tuple[str, list[tuple[int, int]], int, int, int],
    read_only: bool,
) -> None:
    folder, seed = workspace
    open_and_read(folder, damaged(seed, recipe), read_only)


def test_the_seed_itself_is_healthy(workspace: tuple[Path, bytes]) -> None:
    """The fuzzed files start from a project that opens and checks clean."""
    folder, seed = workspace
    path = folder / "healthy.claims"
    path.write_bytes(seed)
    with open_project(path, read_only=True) as project:
        assert len(list_claims(project)) == 2
        assert check_project(project) == []
