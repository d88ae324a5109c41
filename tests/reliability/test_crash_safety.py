"""Crash safety: a writer killed with SIGKILL at random moments loses nothing it reported saved.

Why: the app has no Save button; every edit is committed when its service call
returns (WAL, synchronous=FULL).  That promise is only worth something if it
survives the worst crash a process can have.  Each trial starts
`crash_writer.py` (real edits through the services), kills it with SIGKILL after
a seeded random delay, and then checks, in this process:

* the project opens (the dead writer's lock is stale and cleared automatically),
* `check_project` is clean (PRAGMA integrity_check, foreign keys, FTS index,
  quotes matching the article text),
* every edit the writer reported as committed is in the file, every reported
  deletion is gone, and nothing else changed except possibly the one edit that
  was in flight when the kill landed (all or nothing, including a bulk JSONL
  import of hundreds of articles),
* every third trial, a read-only open (which reads a private copy of the file
  and its -wal or -journal) sees exactly the same state first.

Three configurations run side by side: `fresh` (each trial creates a new
project, so kills also land during creation), `edit` (one project that keeps
growing across trials: each writer opens the file the previous one crashed in)
and `import` (kills during an `import_files` of a JSONL corpus, then edits;
every other one imports as the CLI does, with a rollback journal, so kills
also leave hot journals for the read-only and the writable open to deal with).

`CLAIM_ANNOTATOR_KILL_TRIALS` sets the total number of trials (default 105,
split 25/45/35); `CLAIM_ANNOTATOR_KILL_SEED` the seed.  The figures go to the
terminal summary (see conftest.py) and docs/reliability.md.
"""

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.services.integrity import check_project
from annotator.services.projects import create_project, open_project
from annotator.storage.lock import lock_path
from tests.reliability.figures import record

WRITER = Path(__file__).with_name("crash_writer.py")
REPO = Path(__file__).resolve().parents[2]
DEFAULT_TRIALS = 105
SHARES = {"fresh": 25, "edit": 45, "import": 35}  # per 105 trials
CORPUS_ARTICLES = 3000  # about 0.2 s to import here: long enough for kills to land inside

Model = dict[str, Any]


def trials_per_config() -> dict[str, int]:
    total = int(os.environ.get("CLAIM_ANNOTATOR_KILL_TRIALS", DEFAULT_TRIALS))
    counts = {name: max(1, total * share // DEFAULT_TRIALS) for name, share in SHARES.items()}
    counts["edit"] += total - sum(counts.values())  # rounding goes to the biggest share
    return counts


# -- the writer process ------------------------------------------------------------------


class Writer:
    """One crash_writer.py process whose stdout is collected line by line, with times."""

    def __init__(self, args: list[str]) -> None:
        self.lines: list[str] = []
        self.times: list[float] = []
        self.started = time.monotonic()
        self._seen = threading.Condition()
        self.process = subprocess.Popen(
            [sys.executable, str(WRITER), *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=REPO,
        )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            with self._seen:
                self.lines.append(line.rstrip("\n"))
                self.times.append(time.monotonic())
                self._seen.notify_all()
        with self._seen:
            self._seen.notify_all()

    def wait_for(self, predicate: Callable[[str], bool], timeout: float) -> bool:
        """Wait until a line matches (True) or the process ended / time ran out (False)."""
        deadline = time.monotonic() + timeout
        with self._seen:
            while True:
                if any(predicate(line) for line in self.lines):
                    return True
                remaining = deadline - time.monotonic()
                ended = self.process.poll() is not None and not self._reader.is_alive()
                if remaining <= 0 or ended:
                    return False
                self._seen.wait(min(remaining, 0.05))

    def kill(self) -> tuple[int, str]:
        """SIGKILL the writer; returns its exit code and stderr, with every line it wrote."""
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait()
        self._reader.join(timeout=10)
        assert self.process.stderr is not None
        stderr = self.process.stderr.read()
        self.process.stdout.close()  # type: ignore[union-attr]
        self.process.stderr.close()
        return self.process.returncode, stderr


# -- the model of what the project must contain -----------------------------------------


def empty_model() -> Model:
    return {"exists": False, "claims": {}, "sources": set(), "imports": {}}


def copy_model(model: Model) -> Model:
    return {
        "exists": model["exists"],
        "claims": {t: {**c, **{k: set(c[k]) for k in SETS}} for t, c in model["claims"].items()},
        "sources": set(model["sources"]),
        "imports": dict(model["imports"]),
    }


SETS = ("tags", "verdicts", "comments", "links")


def apply(model: Model, fields: list[str]) -> None:
    """Apply one protocol operation (`begin`/`committed` fields without the first word)."""
    op, args = fields[0], fields[1:]
    claims = model["claims"]
    if op == "project":
        model["exists"] = True
    elif op == "import":
        model["imports"][args[0]] = int(args[1])
    elif op == "claim":
        token, article_id, start, end, kind = args[:5]
        claims[token] = {
            "span": (int(article_id), int(start), int(end), kind),
            "status": "unreviewed",
            "tags": set(),
            "verdicts": set(),
            "comments": set(),
            "links": set(),
        }
    elif op == "source":
        model["sources"].add(args[0])
    elif op == "delete":
        claims.pop(args[0], None)
    elif args[0] in claims:  # an edit on a claim
        claim = claims[args[0]]
        if op == "status":
            claim["status"] = args[1]
        elif op == "verdict":
            claim["verdicts"].add((args[2], args[1]))
        elif op == "tag":
            claim["tags"].add(args[1])
        elif op == "comment":
            claim["comments"].add(args[1])
        elif op == "attach":
            claim["links"] = {link for link in claim["links"] if link[0] != args[1]}
            claim["links"].add((args[1], args[2]))


def replay(model: Model, lines: list[str]) -> tuple[int, list[str] | None]:
    """Apply the committed operations; returns how many, and the one in flight (if any)."""
    committed = 0
    pending: list[str] | None = None
    for line in lines:
        word, *fields = line.split()
        if word == "begin":
            pending = fields
        elif word == "committed":
            apply(model, fields)
            committed += 1
            pending = None
    return committed, pending


def actual_state(path: Path, *, read_only: bool) -> tuple[Model, list[str], Any]:
    """What the file holds, in the model's shape, plus check_project's problems."""
    with open_project(path, reviewer="Checker", read_only=read_only) as project:
        problems = check_project(project)
        lock_owner = None if read_only else json.loads(lock_path(path).read_text())["pid"]
        with project.database.raw_connection() as conn:

            def rows(sql: str) -> list[tuple[Any, ...]]:
                return conn.execute(sql).fetchall()

            claims: dict[str, dict[str, Any]] = {}
            for token, article_id, start, end, kind, status in rows(
                'SELECT speaker, article_id, start, "end", kind, status FROM claim '
                "WHERE speaker LIKE 'w:%'"
            ):
                claims[token] = {
                    "span": (article_id, start, end, kind),
                    "status": status,
                    **{k: set() for k in SETS},
                }
            join = "JOIN claim c ON c.id = x.claim_id WHERE c.speaker LIKE 'w:%'"
            for token, name in rows(
                f"SELECT c.speaker, t.name FROM claim_tag x JOIN tag t ON t.id = x.tag_id {join}"
            ):
                claims[token]["tags"].add(name)
            for token, rationale, rating in rows(
                f"SELECT c.speaker, x.rationale, x.rating FROM verdict x {join}"
            ):
                claims[token]["verdicts"].add((rationale, rating))
            for token, body in rows(f"SELECT c.speaker, x.body FROM comment x {join}"):
                claims[token]["comments"].add(body)
            for token, title, relation in rows(
                f"SELECT c.speaker, s.title, x.relation FROM claim_source x "
                f"JOIN source s ON s.id = x.source_id {join}"
            ):
                claims[token]["links"].add((title, relation))
            sources = {t for (t,) in rows("SELECT title FROM source WHERE title LIKE 'w:%'")}
            imports = dict(rows("SELECT import_source, count(*) FROM article GROUP BY 1"))
    return (
        {"exists": True, "claims": claims, "sources": sources, "imports": imports},
        problems,
        lock_owner,
    )


def differences(expected: Model, actual: Model) -> list[str]:
    """What a reported edit lacks in the file (or what appeared unreported), in words."""
    found: list[str] = []
    for token, claim in expected["claims"].items():
        have = actual["claims"].get(token)
        if have is None:
            found.append(f"claim {token} missing")
        elif have != claim:
            found.append(f"claim {token}: expected {claim}, found {have}")
    found.extend(f"unexpected claim {t}" for t in actual["claims"].keys() - expected["claims"])
    if expected["sources"] != actual["sources"]:
        found.append(f"sources differ: {expected['sources'] ^ actual['sources']}")
    for name, count in expected["imports"].items():
        if actual["imports"].get(name, 0) != count:
            found.append(
                f"import {name}: expected {count} articles, found {actual['imports'].get(name, 0)}"
            )
    return found


# -- trials ------------------------------------------------------------------------------


@dataclass
class Outcome:
    """The figures of one configuration."""

    name: str
    trials: int = 0
    lost: int = 0
    committed_edits: int = 0
    in_flight_applied: int = 0
    stale_locks_cleared: int = 0
    read_only_checks: int = 0
    killed_before_ready: int = 0
    killed_during_import: int = 0
    leftover_partial_files: int = 0
    import_seconds: float = 0.2
    failures: list[str] = field(default_factory=list)


def write_corpus(path: Path, run: str, articles: int) -> None:
    """A JSONL corpus with unique texts and two spans per article."""
    with path.open("w", encoding="utf-8") as out:
        for n in range(articles):
            body = (
                f"Report {run}-{n}: at least {n + 3} people were killed near the river, "
                f"and {n * 10 + 100} troops were moved, officials said."
            )
            start = body.index("at least")
            end = body.index(" near")
            record = {
                "id": f"{run}-{n}",
                "title": f"Report {n}",
                "text": body,
                "spans": [
                    {"start": start, "end": end, "label": "casualty"},
                    {"start": 0, "end": len(body), "label": "statement"},
                ],
            }
            out.write(json.dumps(record) + "\n")


def run_trial(
    config: str, index: int, rng: random.Random, folder: Path, model: Model, outcome: Outcome
) -> Model:
    """One start-kill-check cycle; returns the model of the file afterwards."""
    run = f"{config}{index}"
    path = folder / f"{config}.claims"
    if config == "fresh":
        path = folder / f"fresh{index}.claims"
    elif config == "import":  # each import starts from a copy of the small base project
        path = folder / f"import{index}.claims"
        shutil.copyfile(folder / "base.claims", path)
    args = [
        "--project",
        str(path),
        "--mode",
        config,
        "--run",
        run,
        "--seed",
        str(rng.randrange(2**31)),
    ]
    if config == "import":
        args += ["--corpus", str(folder / "corpus.jsonl")]
        if index % 2:  # every other import as the CLI makes it: rollback journal, not WAL
            args.append("--sole-user")
    writer = Writer(args)
    early = rng.random() < 0.15  # kill during start-up: creation, open, lock, first import
    if early:
        time.sleep(rng.uniform(0.0, 0.9))
    elif config == "import":
        writer.wait_for(lambda line: line.startswith("begin import corpus"), 20)
        time.sleep(rng.uniform(0.0, 2.0 * outcome.import_seconds))  # during or just after
    else:
        writer.wait_for(lambda line: line.startswith("ready"), 20)
        time.sleep(rng.uniform(0.0, 0.25))
    alive = writer.process.poll() is None
    code, stderr = writer.kill()
    outcome.trials += 1
    lines = list(writer.lines)
    durations = [
        writer.times[i + 1] - writer.times[i]
        for i, line in enumerate(lines[:-1])
        if line.startswith("begin import corpus") and lines[i + 1].startswith("committed import")
    ]
    if durations:  # keep the kill window matched to this machine's import speed
        outcome.import_seconds = 0.7 * outcome.import_seconds + 0.3 * durations[0]
    if not alive or code != -signal.SIGKILL:
        outcome.lost += 1
        outcome.failures.append(f"{run}: the writer ended by itself ({code}): {stderr[-800:]}")
        return model
    ready = any(line.startswith("ready") for line in lines)
    outcome.killed_before_ready += not ready
    if lines and lines[-1].startswith("begin import corpus"):
        outcome.killed_during_import += 1

    expected = copy_model(model)
    committed, pending = replay(expected, lines)
    outcome.committed_edits += committed
    if config == "fresh":
        outcome.leftover_partial_files += len(list(folder.glob(f".{path.name}.creating-*")))
        if not path.exists():
            if expected["exists"]:
                outcome.lost += 1
                outcome.failures.append(f"{run}: the project reported created is gone")
            return expected
    stale = lock_path(path).exists()
    try:
        if index % 3 == 0:
            seen, problems, _ = actual_state(path, read_only=True)
            outcome.read_only_checks += 1
        actual, problems_rw, owner = actual_state(path, read_only=False)
    except Exception as error:  # any refusal to open after a crash is a loss
        outcome.lost += 1
        outcome.failures.append(f"{run}: cannot open after the kill: {error!r}")
        return expected
    if stale:
        outcome.stale_locks_cleared += owner == os.getpid()
    with_pending = copy_model(expected)
    if pending is not None:
        apply(with_pending, pending)
    problems = problems_rw + (problems if index % 3 == 0 else [])
    if index % 3 == 0 and seen != actual:
        problems.append("the read-only open saw another state than the writable open")
    if not differences(expected, actual):
        result = expected
    elif pending is not None and not differences(with_pending, actual):
        outcome.in_flight_applied += 1
        result = with_pending
    else:
        outcome.lost += 1
        outcome.failures.append(f"{run}: {differences(expected, actual)[:5]}")
        return expected
    if problems:
        outcome.lost += 1
        outcome.failures.append(f"{run}: check_project found {problems[:5]}")
    result["exists"] = True
    return result


def run_configuration(config: str, trials: int, seed: int, folder: Path) -> Outcome:
    outcome = Outcome(config)
    rng = random.Random(f"{seed}-{config}")
    model = empty_model()
    model["exists"] = config != "fresh"
    if config == "import":
        write_corpus(folder / "corpus.jsonl", "corpus", CORPUS_ARTICLES)
    for index in range(trials):
        try:
            model = run_trial(config, index, rng, folder, model, outcome)
        except Exception as error:  # report, never hang the pool
            outcome.lost += 1
            outcome.failures.append(f"{config}{index}: harness error {error!r}")
        if config == "import":
            model = empty_model()
            model["exists"] = True
        elif config == "fresh":
            model = empty_model()
    return outcome


def test_killed_writers_lose_no_committed_edit(tmp_path: Path) -> None:
    counts = trials_per_config()
    seed = int(os.environ.get("CLAIM_ANNOTATOR_KILL_SEED", "7"))
    started = time.monotonic()
    folders = {config: tmp_path / config for config in counts}
    for config, folder in folders.items():
        folder.mkdir()
        if config == "edit":  # one project that every trial reuses, growing across crashes
            create_project(folder / "edit.claims", name="Crash test", reviewer="Setup").close()
        elif config == "import":  # copied for each trial
            create_project(folder / "base.claims", name="Crash test", reviewer="Setup").close()
    with ThreadPoolExecutor(max_workers=len(counts)) as pool:
        futures = {
            config: pool.submit(run_configuration, config, trials, seed, folders[config])
            for config, trials in counts.items()
        }
        outcomes = [futures[config].result() for config in counts]
    elapsed = time.monotonic() - started

    total = sum(o.trials for o in outcomes)
    lost = sum(o.lost for o in outcomes)
    for o in outcomes:
        print(
            f"  {o.name:>6}: {o.trials} trials, {o.lost} lost, {o.committed_edits} committed "
            f"edits checked, in-flight edit found applied {o.in_flight_applied}x, "
            f"{o.stale_locks_cleared} stale locks cleared, {o.read_only_checks} read-only "
            f"checks, {o.killed_before_ready} kills during start-up, "
            f"{o.killed_during_import} during a bulk import, "
            f"{o.leftover_partial_files} leftover .creating files"
        )
    print(f"kill trials: {total} run, {lost} lost ({elapsed:.1f} s, seed {seed})")
    record("kill trials run", total)
    record("kill trials lost", lost)
    record("committed edits verified after kills", sum(o.committed_edits for o in outcomes))
    record("stale locks cleared after kills", sum(o.stale_locks_cleared for o in outcomes))
    record("kills during a bulk import", sum(o.killed_during_import for o in outcomes))
    failures = [f for o in outcomes for f in o.failures]
    assert lost == 0, "\n".join(failures[:20])
    assert total == sum(counts.values()) >= 100 or "CLAIM_ANNOTATOR_KILL_TRIALS" in os.environ


def test_the_check_notices_a_lost_edit(tmp_path: Path) -> None:
    """Negative control: an edit reported but not in the file is counted as lost."""
    path = tmp_path / "control.claims"
    create_project(path, name="Control", reviewer="Setup").close()
    writer = Writer(["--project", str(path), "--mode", "edit", "--run", "c", "--seed", "1"])
    assert writer.wait_for(lambda line: line.startswith("committed claim"), 20)
    writer.kill()
    expected = empty_model()
    _, pending = replay(expected, writer.lines)
    actual, problems, _ = actual_state(path, read_only=False)
    assert problems == []
    if pending is not None and differences(expected, actual):
        # The writer had begun its next edit when the kill came: under load it may have
        # committed it before it could report so, as the trials allow (in flight).
        apply(expected, pending)
    assert differences(expected, actual) == []
    # The same file checked against a report with one more (phantom) committed edit.
    token = next(iter(expected["claims"]))
    replay(
        expected,
        [
            "committed claim w:c:phantom 1 0 4 troops 999",
            f"committed verdict {token} false w:c:phantom-verdict 999",
        ],
    )
    found = differences(expected, actual)
    assert len(found) == 2
    assert "claim w:c:phantom missing" in found
    assert any(f.startswith(f"claim {token}: expected") for f in found)
