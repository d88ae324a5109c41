"""Files written by older schema versions open, migrated step by step."""

import hashlib
import sqlite3
from pathlib import Path

import pytest

from annotator.errors import CorruptProjectError
from annotator.services.articles import search_articles
from annotator.services.claims import list_claims
from annotator.services.integrity import check_project
from annotator.services.projects import open_project, project_info
from annotator.storage.migrations import MIGRATIONS
from annotator.storage.schema import MIN_SCHEMA_VERSION, SCHEMA_VERSION

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "project-v1.sql"


@pytest.fixture
def v1_file(tmp_path: Path) -> Path:
    path = tmp_path / "old.claims"
    conn = sqlite3.connect(path)
    conn.executescript(FIXTURE.read_text(encoding="utf-8"))
    conn.close()
    return path


def test_the_ladder_has_one_step_per_version() -> None:
    assert sorted(MIGRATIONS) == list(range(MIN_SCHEMA_VERSION, SCHEMA_VERSION))


def test_fixture_really_is_version_1(v1_file: Path) -> None:
    with sqlite3.connect(v1_file) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema")}
    assert "article_fts" not in names


def test_version_1_file_is_migrated_in_place(v1_file: Path) -> None:
    with open_project(v1_file, reviewer="Nia") as project:
        assert project.database.migrated_from == [2, 3, 4, 5, 6, 7]
        info = project_info(project)
        assert info.name == "Project from schema version 1"
        (claim,) = list_claims(project)
        assert claim.exact == "At least 40 people"
        assert claim.tags == ("toll",)
        assert claim.verdict is not None and claim.verdict.rating == "mostly_true"
        assert claim.created_by == "Vera Old"
        # The step built the full-text index over the existing article.
        assert search_articles(project, "river port") == [claim.article_id]
        assert check_project(project) == []
    with sqlite3.connect(v1_file) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_read_only_open_of_old_file_migrates_a_copy(v1_file: Path) -> None:
    digest = hashlib.sha256(v1_file.read_bytes()).hexdigest()
    listing = sorted(p.name for p in v1_file.parent.iterdir())
    with open_project(v1_file, read_only=True) as project:
        assert search_articles(project, "governor") != []
    assert hashlib.sha256(v1_file.read_bytes()).hexdigest() == digest
    assert sorted(p.name for p in v1_file.parent.iterdir()) == listing


def test_failed_step_leaves_the_old_version(v1_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (x)")
        raise sqlite3.OperationalError("simulated failure")

    monkeypatch.setitem(MIGRATIONS, 1, broken)
    with pytest.raises(CorruptProjectError, match="cannot upgrade it from schema version 1"):
        open_project(v1_file, reviewer="Nia")
    with sqlite3.connect(v1_file) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert (
            conn.execute("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'").fetchone()[
                0
            ]
            == 0
        )
