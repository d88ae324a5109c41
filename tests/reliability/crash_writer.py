"""A writer process for the crash-safety harness: real edits through the services, until killed.

Why a separate script: the harness must kill a process with SIGKILL in the
middle of real work, the way a crash or a power cut (for the process) would.
Nothing here is simulated: every edit goes through the same service functions
the GUI and the CLI call, with the same transactions and PRAGMAs.

Protocol (one line per event on stdout, flushed at once):

    begin <op> <fields...>       just before a service call
    committed <op> <fields...>   right after it returned (the edit is on disk)
    ready                        the project is open and the writer starts editing

Every token the writer writes into the project (claim speaker, verdict
rationale, comment body, source title, corpus file name) starts with
`w:<run>:` so the harness can find exactly what this writer made, and it knows
which edit was in flight when the kill landed (the last `begin` without its
`committed`): that one edit may or may not be in the file, every other
reported edit must be.

Run: python crash_writer.py --project P --mode {fresh,edit,import} --run R --seed S
     [--corpus C.jsonl] [--sole-user]

`--sole-user` imports the corpus the way the CLI does, as the file's only user
(a rollback journal instead of WAL for that transaction).
"""

import argparse
import os
import random
import sys
import time
from pathlib import Path

from sqlalchemy import text

from annotator.importing.drafts import ArticleDraft
from annotator.project import Project
from annotator.services.articles import import_drafts, import_files, list_articles
from annotator.services.claims import add_claim, delete_claim, list_claims, set_status
from annotator.services.comments import add_comment
from annotator.services.projects import create_project, open_project
from annotator.services.sources import attach_source, create_source
from annotator.services.tags import add_tag
from annotator.services.verdicts import set_verdict

ARTICLE_NAME = "writer-article.txt"
ARTICLE_TEXT = (
    "CEASEFIRE TALKS RESUME IN HALVERN\n"
    "HALVERN, May 2 (Northwire) - At least 240 people were killed and 1,100 wounded "
    "in a week of shelling, the regional health office said on Friday. Some 8,000 "
    "troops remain deployed along the river, officials said.\n"
    "\u201cWe are ready to sign tomorrow,\u201d negotiator Piet Aalders told reporters, "
    "adding that 12 prisoners would be exchanged."
)
KINDS = ("casualty", "troops", "position", "statement", "other_figure")
STATUSES = ("unreviewed", "in_review", "verified", "disputed", "rejected")
RATINGS = ("true", "mostly_true", "half_true", "misleading", "mostly_false", "false")
RELATIONS = ("supports", "refutes", "context")
TAGS = ("checked", "needs-source", "follow-up", "disputed-figure", "wire")
MAX_SECONDS = 30.0  # never outlive a harness that died before killing us

# Relative weights of the edits in the loop: claims are added more often than
# deleted so the project grows, and every other service gets its share.
MIX = {
    "claim": 6,
    "status": 3,
    "verdict": 3,
    "tag": 3,
    "source": 2,
    "attach": 3,
    "comment": 3,
    "delete": 1,
}


def say(*fields: object) -> None:
    """One protocol line, flushed so the harness sees it before any kill can land."""
    sys.stdout.write(" ".join(str(f) for f in fields) + "\n")
    sys.stdout.flush()


def open_or_create(path: Path, mode: str) -> Project:
    if mode == "fresh":
        say("begin", "project", path.name)
        project = create_project(path, name="Crash test", reviewer="Writer")
        say("committed", "project", path.name)
        return project
    return open_project(path, reviewer="Writer")


def ensure_article(project: Project) -> list[tuple[int, int]]:
    """The (id, length) of every article, importing the writer's article if there is none."""
    if not list_articles(project):
        say("begin", "import", ARTICLE_NAME, 1)
        draft = ArticleDraft(
            text=ARTICLE_TEXT, source_name=ARTICLE_NAME, source_format="text", title="Talks"
        )
        import_drafts(project, [draft])
        say("committed", "import", ARTICLE_NAME, 1)
    with project.reading() as session:
        rows = session.connection().execute(text("SELECT id, length(text) FROM article"))
        return [(int(i), int(n)) for i, n in rows]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--project", type=Path, required=True)
    parser.add_argument("--mode", choices=("fresh", "edit", "import"), required=True)
    parser.add_argument("--run", required=True)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--sole-user", action="store_true")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    prefix = f"w:{args.run}:"
    deadline = time.monotonic() + MAX_SECONDS

    project = open_or_create(args.project, args.mode)
    articles = ensure_article(project)
    # Claims this writer may edit: its own and those of earlier (killed) writers.
    claims: dict[str, int] = {
        c.speaker: c.id for c in list_claims(project) if c.speaker and c.speaker.startswith("w:")
    }
    sources: dict[str, int] = {}
    say("ready", os.getpid())

    if args.mode == "import":
        assert args.corpus is not None
        lines = sum(1 for _ in args.corpus.open("rb"))
        say("begin", "import", args.corpus.name, lines)
        import_files(project, [args.corpus], sole_user=args.sole_user)
        say("committed", "import", args.corpus.name, lines)

    ops, weights = zip(*MIX.items(), strict=True)
    seq = 0
    while time.monotonic() < deadline:
        seq += 1
        token = f"{prefix}{seq}"
        op = rng.choices(ops, weights)[0]
        if op != "claim" and not claims:
            op = "claim"
        if op == "attach" and not sources:
            op = "source"
        if op == "claim":
            article_id, length = rng.choice(articles)
            start = rng.randrange(0, length - 1)
            end = rng.randrange(start + 1, min(length, start + 60) + 1)
            kind = rng.choice(KINDS)
            say("begin", "claim", token, article_id, start, end, kind)
            claim_id = add_claim(
                project, article_id=article_id, start=start, end=end, kind=kind, speaker=token
            ).value
            claims[token] = claim_id
            say("committed", "claim", token, article_id, start, end, kind, claim_id)
            continue
        if op == "source":
            say("begin", "source", token)
            source_id = create_source(project, title=token, url=f"https://example.org/{seq}").value
            sources[token] = source_id
            say("committed", "source", token, source_id)
            continue
        claim_token = rng.choice(sorted(claims))
        claim_id = claims[claim_token]
        if op == "status":
            status = rng.choice(STATUSES)
            say("begin", "status", claim_token, status)
            set_status(project, claim_id, status)
            say("committed", "status", claim_token, status, claim_id)
        elif op == "verdict":
            rating = rng.choice(RATINGS)
            say("begin", "verdict", claim_token, rating, token)
            verdict_id = set_verdict(project, claim_id, rating, rationale=token).value
            say("committed", "verdict", claim_token, rating, token, verdict_id)
        elif op == "tag":
            tag = rng.choice(TAGS)
            say("begin", "tag", claim_token, tag)
            add_tag(project, claim_id, tag)
            say("committed", "tag", claim_token, tag, claim_id)
        elif op == "attach":
            source_token = rng.choice(sorted(sources))
            relation = rng.choice(RELATIONS)
            say("begin", "attach", claim_token, source_token, relation)
            attach_source(project, claim_id, sources[source_token], relation)
            say("committed", "attach", claim_token, source_token, relation, claim_id)
        elif op == "comment":
            say("begin", "comment", claim_token, token)
            comment_id = add_comment(project, claim_id, token).value
            say("committed", "comment", claim_token, token, comment_id)
        elif op == "delete":
            say("begin", "delete", claim_token)
            delete_claim(project, claim_id)
            del claims[claim_token]
            say("committed", "delete", claim_token, claim_id)
    project.close()
    say("done")
    return 0


if __name__ == "__main__":
    sys.exit(main())
