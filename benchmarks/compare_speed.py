"""How long comparing two projects of 50,000 claims each takes (target: at most 3 s).

Builds two independent projects over the same 5,000 articles (ten claims per
article, so every pair must be found by overlap, the slow path), with spans
moved by a few characters, some kinds changed, some claims dropped or added,
and verdicts on half the claims; then times `compare` end to end: reading
both files, matching, sorting differences and every agreement figure.

    .venv/bin/python benchmarks/compare_speed.py [--claims 50000]
"""

import argparse
import random
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

from annotator.importing.drafts import ArticleDraft, SpanDraft
from annotator.models import Claim, Verdict, new_uuids, utc_now
from annotator.project import Project
from annotator.review.compare import compare
from annotator.services.articles import import_drafts
from annotator.services.projects import create_project, open_project
from annotator.storage.bulk import bulk_insert

PER_ARTICLE = 10
KINDS = ("casualty", "troops", "other_figure")
RATINGS = ("true", "mostly_true", "false", "misleading")


def article_text(index: int) -> tuple[str, list[tuple[int, int]]]:
    """An article of ten sentences, each with one figure; returns the text and figure spans."""
    parts: list[str] = [f"Report number {index} from the front.\n"]
    spans = []
    offset = len(parts[0])
    for sentence in range(PER_ARTICLE):
        lead = f"Officials in town {sentence} said that "
        figure = f"at least {100 + index % 900 + sentence} people were killed"
        tail = " in overnight shelling, according to local sources.\n"
        spans.append((offset + len(lead), offset + len(lead) + len(figure)))
        parts += [lead, figure, tail]
        offset += len(lead) + len(figure) + len(tail)
    return "".join(parts), spans


def drafts(articles: int, rng: random.Random, *, colleague: bool) -> list[ArticleDraft]:
    found = []
    for index in range(articles):
        text, spans = article_text(index)
        chosen = []
        for number, (start, end) in enumerate(spans):
            kind = KINDS[number % len(KINDS)]
            if colleague:
                roll = rng.random()
                if roll < 0.05:
                    continue  # a claim the colleague did not mark
                if roll < 0.10:
                    kind = KINDS[(number + 1) % len(KINDS)]
                start = max(0, start + rng.randint(-3, 3))
                end = max(start + 1, end + rng.randint(-3, 3))
            chosen.append(SpanDraft(start, end, kind))
        found.append(
            ArticleDraft(
                text=text,
                source_name=f"a{index}.txt",
                source_format="text",
                title=f"Report {index}",
                spans=tuple(chosen),
            )
        )
    return found


def add_verdicts(project: Project, rng: random.Random) -> None:
    """A verdict on about half the claims, in one bulk insert."""
    with project.unit_of_work() as uow:
        claim_t = Claim.__table__  # type: ignore[attr-defined]
        every = uow.connection.execute(select(claim_t.c.id).order_by(claim_t.c.id)).scalars()
        ids = [claim_id for claim_id in every if rng.random() < 0.5]
        now = utc_now()
        rows = [
            {
                "uuid": uuid,
                "claim_id": claim_id,
                "rating": rng.choice(RATINGS),
                "rationale": "",
                "reviewer_id": uow.reviewer_id,
                "created_at": now,
            }
            for claim_id, uuid in zip(ids, new_uuids(len(ids)), strict=True)
        ]
        bulk_insert(uow.connection, Verdict.__table__, rows)  # type: ignore[attr-defined]


def build(path: Path, reviewer: str, articles: int, *, colleague: bool) -> None:
    rng = random.Random(7 if colleague else 3)
    with create_project(path, name=reviewer, reviewer=reviewer) as project:
        import_drafts(project, drafts(articles, rng, colleague=colleague))
        add_verdicts(project, rng)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=50_000)
    args = parser.parse_args()
    articles = args.claims // PER_ARTICLE
    with tempfile.TemporaryDirectory() as folder:
        mine, theirs = Path(folder) / "mine.claims", Path(folder) / "theirs.claims"
        started = time.perf_counter()
        build(mine, "Ann", articles, colleague=False)
        build(theirs, "Bob", articles, colleague=True)
        built = time.perf_counter() - started
        print(f"built two projects of ~{args.claims:,} claims in {built:.1f} s")
        with open_project(mine, reviewer="Ann") as project:
            started = time.perf_counter()
            result = compare(project, theirs)
            elapsed = time.perf_counter() - started
        overall = result.agreement.overall
        print(
            f"{len(result.mine.claims):,} vs {len(result.theirs.claims):,} claims: "
            f"{len(result.pairs):,} pairs, {len(result.differences):,} differences, "
            f"overlap F1 {overall.overlap.f1:.3f}, exact F1 {overall.exact.f1:.3f}, "
            f"verdict kappa {result.agreement.verdict_kappa.value:.3f}"
        )
        print(f"compare: {elapsed:.2f} s (target <= 3 s)")


if __name__ == "__main__":
    main()
