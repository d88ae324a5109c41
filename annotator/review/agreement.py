"""Agreement between two reviewers: span scores per kind, kappas, alpha, and per article.

Span scores do not look at UUIDs: they ask whether two people marked the same
stretch of text as the same kind, exactly or overlapping (one-to-one, the same
maximum-overlap matching compare uses).  Kappas and alpha look at the claims
compare paired, so they measure agreement on claims both people marked.
"""

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from annotator.review.differences import Difference, Pair
from annotator.review.matching import exact_matches, overlap_matches
from annotator.review.records import ReviewArticle, ReviewClaim
from annotator.review.statistics import (
    Alpha,
    Kappa,
    Scores,
    cohen_kappa,
    krippendorff_alpha_nominal,
    scores,
)


@dataclass(frozen=True, slots=True)
class SpanAgreement:
    exact: Scores
    overlap: Scores


@dataclass(frozen=True, slots=True)
class ArticleAgreement:
    """One row of the per-article table; low F1 or many differences mark an outlier."""

    article: str  # text SHA-256
    title: str | None
    mine: int
    theirs: int
    exact: Scores
    overlap: Scores
    verdicts_compared: int  # paired claims where both gave a verdict
    verdicts_agreeing: int
    differences: int


@dataclass(frozen=True, slots=True)
class Agreement:
    overall: SpanAgreement
    by_kind: dict[str, SpanAgreement]
    verdict_kappa: Kappa
    kind_kappa: Kappa
    verdict_alpha: Alpha
    articles: tuple[ArticleAgreement, ...]


def _rollup(counter: Counter[tuple[str, str]], position: int) -> Counter[str]:
    """Counts per article (position 0) or per kind (position 1) of an (article, kind) counter."""
    rolled: Counter[str] = Counter()
    for key, count in counter.items():
        rolled[key[position]] += count
    return rolled


def measure(
    mine: Sequence[ReviewClaim],
    theirs: Sequence[ReviewClaim],
    pairs: Sequence[Pair],
    differences: Sequence[Difference],
    articles: Mapping[str, ReviewArticle],
    overlapping: Sequence[tuple[int, int]] | None = None,
) -> Agreement:
    """Every agreement figure for one pair of files.

    `overlapping` is `overlap_matches(mine, theirs)` when the caller has it
    already (compare does, when no claim was paired by UUID).
    """
    if overlapping is None:
        overlapping = overlap_matches(mine, theirs)
    counters = (
        Counter((c.article, c.kind) for c in mine),
        Counter((c.article, c.kind) for c in theirs),
        exact_matches(mine, theirs),
        Counter((mine[m].article, mine[m].kind) for m, _ in overlapping),
    )
    by_article = [_rollup(counter, 0) for counter in counters]
    by_kind = [_rollup(counter, 1) for counter in counters]

    def span_agreement(counts: Sequence[Counter[str]] | None, key: str = "") -> SpanAgreement:
        a, b, exact, overlapping = (
            [sum(c.values()) for c in counters] if counts is None else [c[key] for c in counts]
        )
        return SpanAgreement(scores(exact, a, b), scores(overlapping, a, b))

    rated = [
        (p.mine.verdict, p.theirs.verdict) for p in pairs if p.mine.verdict and p.theirs.verdict
    ]
    verdicts_by_article: dict[str, list[bool]] = defaultdict(list)
    for pair in pairs:
        if pair.mine.verdict and pair.theirs.verdict:
            verdicts_by_article[pair.mine.article].append(pair.mine.verdict == pair.theirs.verdict)
    differences_by_article = Counter(d.article for d in differences)

    def title(sha: str) -> str | None:
        return articles[sha].title if sha in articles else None

    rows = []
    for sha in sorted(set(by_article[0]) | set(by_article[1]), key=lambda s: (title(s) or "", s)):
        article = span_agreement(by_article, sha)
        verdicts = verdicts_by_article.get(sha, [])
        rows.append(
            ArticleAgreement(
                article=sha,
                title=title(sha),
                mine=article.exact.mine,
                theirs=article.exact.theirs,
                exact=article.exact,
                overlap=article.overlap,
                verdicts_compared=len(verdicts),
                verdicts_agreeing=sum(verdicts),
                differences=differences_by_article.get(sha, 0),
            )
        )
    kinds = sorted(set(by_kind[0]) | set(by_kind[1]))
    return Agreement(
        overall=span_agreement(None),
        by_kind={kind: span_agreement(by_kind, kind) for kind in kinds},
        verdict_kappa=cohen_kappa(rated),
        kind_kappa=cohen_kappa([(p.mine.kind, p.theirs.kind) for p in pairs]),
        verdict_alpha=krippendorff_alpha_nominal(rated),
        articles=tuple(rows),
    )
