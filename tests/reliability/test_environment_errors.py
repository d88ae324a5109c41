"""The environment refuses a write: full disk, read-only folder or file, file moved away.

Why: these are the failures a reviewer meets on a laptop (a full disk, a
project on a read-only share, a synced folder that moves the file).  Each must
give a known error with a message that says what happened, and leave the file
exactly as it was before the refused edit (nothing half-written).

How the conditions are made real, since CI runs as root:
* full disk: SQLite's own SQLITE_FULL through `PRAGMA max_page_count`, and a
  real ENOSPC on a 1 MiB tmpfs mounted in a private mount namespace
  (`unshare -m`, root only; skipped elsewhere, where the first test still runs);
* read-only: the check runs in a subprocess without CAP_DAC_OVERRIDE (as root,
  via `setpriv --bounding-set`), so the permission bits really apply; as a
  normal user the same subprocess runs as is;
* moved or deleted while open: tests/storage/test_lock.py
  (`test_file_moved_while_open_saves_nothing_silently`,
  `test_file_deleted_while_open`); here we add that the moved file is intact.
"""

import json
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from annotator.errors import ProjectNotFoundError, StorageError
from annotator.project import Project
from annotator.services.articles import import_drafts, list_articles
from annotator.services.claims import add_claim, list_claims
from annotator.services.integrity import check_project
from annotator.services.projects import create_project, open_project
from tests.helpers import sample_draft

REPO = Path(__file__).resolve().parents[2]
BIG_TEXT = "Forty people were reported killed. " * 60_000  # about 2 MiB


def state(project: Project) -> tuple[int, int]:
    return len(list_articles(project)), len(list_claims(project))


def test_sqlite_full_is_a_storage_error_and_nothing_is_half_written(
    project: Project, article_id: int
) -> None:
    add_claim(project, article_id=article_id, start=0, end=5, kind="troops")
    before = state(project)

    def write_past_the_cap() -> None:
        with project.unit_of_work() as uow:
            pages = uow.connection.exec_driver_sql("PRAGMA page_count").scalar()
            uow.connection.exec_driver_sql(f"PRAGMA max_page_count = {pages}")
            uow.connection.execute(
                text("INSERT INTO project_setting (key, value) VALUES ('big', :v)"),
                {"v": json.dumps(BIG_TEXT)},
            )

    with pytest.raises(StorageError, match="the disk is full; free some space, nothing was saved"):
        write_past_the_cap()
    with project.unit_of_work() as uow:  # lift the cap again on that pooled connection
        uow.connection.exec_driver_sql("PRAGMA max_page_count = 1073741823")
    assert state(project) == before
    assert check_project(project) == []


def run_python(code: str, *args: str, prefix: list[str] | None = None) -> dict[str, object]:
    """Run a snippet in a fresh interpreter (optionally under a wrapper); returns its JSON."""
    done = subprocess.run(
        [*(prefix or []), sys.executable, "-c", textwrap.dedent(code), *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


FULL_DISK = """
    import json, os, shutil, sys
    from pathlib import Path
    from annotator.errors import AnnotatorError
    from annotator.importing.drafts import ArticleDraft
    from annotator.services.articles import import_drafts, list_articles
    from annotator.services.claims import add_claim, list_claims
    from annotator.services.integrity import check_project
    from annotator.services.projects import create_project, open_project

    folder, out = Path(sys.argv[1]), Path(sys.argv[2])
    path = folder / "p.claims"
    project = create_project(path, name="Full disk", reviewer="Ann")
    draft = ArticleDraft(text="Some 40 fighters crossed the river.", source_name="a.txt",
                         source_format="text", title="A")
    article = import_drafts(project, [draft]).value.added_article_ids[0]
    add_claim(project, article_id=article, start=5, end=7, kind="troops")
    filler = folder / "filler"
    with filler.open("wb", buffering=0) as handle:  # fill the disk to the last block
        try:
            while True:
                handle.write(b"x" * 4096)
        except OSError:
            pass
    result = {}
    big = ArticleDraft(text="Forty were killed. " * 20000, source_name="big.txt",
                       source_format="text", title="Big")
    try:
        import_drafts(project, [big])
        result["error"] = None
    except AnnotatorError as error:
        result["error"] = [type(error).__name__, str(error)]
    except Exception as error:
        result["error"] = ["ESCAPED " + type(error).__name__, str(error)]
    filler.unlink()
    project.close()
    with open_project(path, read_only=True) as again:
        result["articles"] = len(list_articles(again))
        result["claims"] = len(list_claims(again))
        result["problems"] = check_project(again)
    shutil.copyfile(path, out)
    print(json.dumps(result))
"""


def test_a_really_full_disk(tmp_path: Path) -> None:
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        pytest.skip("needs root and unshare to mount a private 1 MiB tmpfs")
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    copy_out = tmp_path / "after.claims"
    wrapper = [
        "unshare",
        "-m",
        "--propagation",
        "private",
        "sh",
        "-c",
        f'mount -t tmpfs -o size=1m tmpfs "{mount_point}" && exec "$0" "$@"',
    ]
    probe = subprocess.run([*wrapper, "true"], capture_output=True, check=False)
    if probe.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {probe.stderr.decode()[-200:]}")
    result = run_python(FULL_DISK, str(mount_point), str(copy_out), prefix=wrapper)
    assert result["error"] == [
        "StorageError",
        f"{mount_point / 'p.claims'}: the disk is full; free some space, nothing was saved",
    ]
    assert (result["articles"], result["claims"], result["problems"]) == (1, 1, [])
    with open_project(copy_out, read_only=True) as project:  # and from outside, too
        assert state(project) == (1, 1)
        assert check_project(project) == []


READ_ONLY = """
    import json, sys
    from annotator.errors import AnnotatorError
    from annotator.services.claims import add_claim, list_claims
    from annotator.services.projects import open_project

    path = sys.argv[1]
    result = {}
    try:
        project = open_project(path, reviewer="Ann")
        try:
            add_claim(project, article_id=1, start=0, end=5, kind="troops")
            result["write"] = None
        finally:
            project.close()
    except AnnotatorError as error:
        result["write"] = [type(error).__name__, str(error)]
    except Exception as error:
        result["write"] = ["ESCAPED " + type(error).__name__, str(error)]
    with open_project(path, read_only=True) as project:
        result["claims"] = len(list_claims(project))
    print(json.dumps(result))
"""


@pytest.fixture
def without_root_powers() -> Iterator[list[str]]:
    """A command prefix under which permission bits apply, even when the tests run as root."""
    if os.geteuid() != 0:
        yield []
        return
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: permission bits cannot be enforced")
    yield ["setpriv", "--bounding-set", "-dac_override,-dac_read_search,-fowner"]


def make_project(folder: Path) -> tuple[Path, bytes]:
    folder.mkdir()
    path = folder / "p.claims"
    with create_project(path, name="Read-only", reviewer="Ann") as project:
        import_drafts(project, [sample_draft()])
        add_claim(project, article_id=1, start=5, end=10, kind="troops")
    return path, path.read_bytes()


def test_read_only_folder(tmp_path: Path, without_root_powers: list[str]) -> None:
    path, before = make_project(tmp_path / "shared")
    path.chmod(0o444)
    path.parent.chmod(0o555)
    try:
        result = run_python(READ_ONLY, str(path), prefix=without_root_powers)
    finally:
        path.parent.chmod(0o755)
    assert result["write"] is not None and result["write"][0] == "StorageError", result
    assert "is the folder read-only? Open the project read-only" in result["write"][1]
    assert str(path) in result["write"][1]
    assert result["claims"] == 1  # reading it still works
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["p.claims"]


def test_read_only_file_in_a_writable_folder(
    tmp_path: Path, without_root_powers: list[str]
) -> None:
    path, before = make_project(tmp_path / "mine")
    path.chmod(0o444)
    result = run_python(READ_ONLY, str(path), prefix=without_root_powers)
    assert result["write"] is not None, "a write to a read-only file went through"
    kind, message = result["write"]
    assert kind in {"ReadOnlyProjectError", "StorageError"}, result
    assert str(path) in message and ("cannot be written" in message or "read-only" in message)
    assert result["claims"] == 1
    assert path.read_bytes() == before
    assert not path.with_name("p.claims.lock").exists()


MOVED_BUG = (
    "edits committed before the file is moved stay in the old name's -wal: on close SQLite "
    "does not checkpoint into a renamed file, so the moved file lacks them (and a later "
    "file of the old name would replay that -wal). Also the read engine's URI has no "
    "mode=rw, so a new pooled connection re-creates an empty file at the old path. Fix in "
    "annotator/storage/database.py: open existing files with mode=rw, and checkpoint "
    "(TRUNCATE) through an open connection when the move is detected and in close()"
)


def test_file_moved_while_open_leaves_both_places_whole(
    project: Project, project_path: Path, article_id: int
) -> None:
    """With tests/storage/test_lock.py: the refused edit is nowhere, the moved file is intact."""
    add_claim(project, article_id=article_id, start=0, end=5, kind="troops")
    moved = project_path.with_name("moved.claims")
    project_path.rename(moved)
    with pytest.raises(ProjectNotFoundError, match="moved, replaced or deleted while open"):
        add_claim(project, article_id=article_id, start=6, end=9, kind="troops")
    project.close()
    assert not project_path.exists()
    with open_project(moved, reviewer="Ann") as reopened:
        assert [(c.start, c.end) for c in list_claims(reopened)] == [(0, 5)]
        assert check_project(reopened) == []
