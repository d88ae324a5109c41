"""`compare` and `merge`: agreement with colleagues' files, and taking their differences.

Colleagues' files are only ever opened read-only; `merge` writes to MINE only
(after the usual backup) and `--dry-run` writes nothing at all.
"""

import argparse
from collections.abc import Sequence
from typing import Any

from annotator.cli.common import open_for
from annotator.cli.output import print_json, print_table
from annotator.review.agreement import Agreement
from annotator.review.compare import Comparison, compare, compare_many
from annotator.review.differences import Aspect, Difference, DifferenceClass
from annotator.review.merge import Decision, MergeReport, accept_class, merge
from annotator.review.statistics import Alpha, Kappa, Scores
from annotator.services.projects import open_project

# --take names: a class, optionally narrowed to some aspects of it.
POLICIES: dict[str, tuple[DifferenceClass, frozenset[Aspect] | None]] = {
    "only-theirs": (DifferenceClass.ONLY_THEIRS, None),
    "spans": (DifferenceClass.SPAN, None),
    "kinds": (DifferenceClass.KIND, None),
    "values": (DifferenceClass.VALUE, None),
    "verdicts": (DifferenceClass.VERDICT, None),
    "tags-sources": (DifferenceClass.TAGS_SOURCES, None),
    "tags": (DifferenceClass.TAGS_SOURCES, frozenset({Aspect.TAGS})),
    "sources": (DifferenceClass.TAGS_SOURCES, frozenset({Aspect.SOURCES})),
    "statuses": (DifferenceClass.STATUS, None),
}


def _csv(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(",") if part.strip())


def _policy(value: str) -> tuple[str, ...]:
    names = _csv(value)
    unknown = [name for name in names if name not in POLICIES]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"unknown --take {', '.join(unknown) or value!r} (use: {', '.join(POLICIES)})"
        )
    return names


def register(subparsers: Any) -> None:
    compare_cmd = subparsers.add_parser(
        "compare", help="agreement with colleagues' project files, and the differences"
    )
    compare_cmd.add_argument("mine", metavar="MINE", help="your project file (opened read-only)")
    compare_cmd.add_argument(
        "theirs", metavar="THEIRS", nargs="+", help="colleagues' project files (read-only)"
    )
    compare_cmd.add_argument(
        "--limit", type=int, help="list at most this many differences per file (text output)"
    )
    compare_cmd.set_defaults(handler=cmd_compare, wants_format=True)

    merge_cmd = subparsers.add_parser(
        "merge", help="take a colleague's differences into your project, with provenance"
    )
    merge_cmd.add_argument(
        "project", metavar="MINE", help="your project file (the only one written)"
    )
    merge_cmd.add_argument("theirs", metavar="THEIRS", help="the colleague's file (read-only)")
    merge_cmd.add_argument(
        "--take",
        type=_policy,
        required=True,
        help=f"what to take from theirs, comma-separated: {', '.join(POLICIES)}",
    )
    merge_cmd.add_argument("--kind", type=_csv, default=(), help="only claims of these kinds")
    merge_cmd.add_argument(
        "--dry-run", action="store_true", help="print what would be merged; change nothing"
    )
    merge_cmd.set_defaults(handler=cmd_merge, wants_format=True)


# -- compare --------------------------------------------------------------------------


def _number(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _prf(scores: Scores) -> str:
    return f"{_number(scores.precision)} / {_number(scores.recall)} / {_number(scores.f1)}"


def _kappa(kappa: Kappa) -> str:
    if kappa.items == 0:
        return "n/a (no paired claims)"
    return (
        f"{_number(kappa.value)} over {kappa.items} pair(s) "
        f"(observed {_number(kappa.observed)}, expected {_number(kappa.expected)})"
    )


def _alpha(alpha: Alpha) -> str:
    return f"{_number(alpha.value)} over {alpha.units} unit(s), {alpha.values} value(s)"


def _difference_json(difference: Difference) -> dict[str, Any]:
    return {
        "id": difference.id,
        "class": difference.category.value,
        "article": difference.article,
        "kind": difference.kind,
        "mine_uuid": difference.mine.uuid if difference.mine else None,
        "theirs_uuid": difference.theirs.uuid if difference.theirs else None,
        "mine": difference.mine_value,
        "theirs": difference.theirs_value,
    }


def _comparison_json(comparison: Comparison) -> dict[str, Any]:
    return {
        "mine": {"path": str(comparison.mine.path), "project": comparison.mine.project_name},
        "theirs": {"path": str(comparison.theirs.path), "project": comparison.theirs.project_name},
        "counts": comparison.counts(),
        "agreement": comparison.agreement,
        "differences": [_difference_json(d) for d in comparison.differences],
    }


def _print_agreement(agreement: Agreement) -> None:
    rows = [("overall", _prf(agreement.overall.exact), _prf(agreement.overall.overlap))]
    rows += [(kind, _prf(a.exact), _prf(a.overlap)) for kind, a in agreement.by_kind.items()]
    print_table(("spans", "exact P / R / F1", "overlap P / R / F1"), rows)
    print(f"Cohen's kappa, verdicts: {_kappa(agreement.verdict_kappa)}")
    print(f"Cohen's kappa, kinds:    {_kappa(agreement.kind_kappa)}")
    print(f"Krippendorff's alpha, verdicts: {_alpha(agreement.verdict_alpha)}")
    print("\nPer article, lowest overlap F1 first:")
    articles = sorted(
        agreement.articles,
        key=lambda a: (a.overlap.f1 if a.overlap.f1 is not None else 2.0, a.title or ""),
    )
    print_table(
        ("article", "mine", "theirs", "exact F1", "overlap F1", "verdicts agree", "differences"),
        [
            (
                a.title or a.article[:12],
                a.mine,
                a.theirs,
                _number(a.exact.f1),
                _number(a.overlap.f1),
                f"{a.verdicts_agreeing}/{a.verdicts_compared}",
                a.differences,
            )
            for a in articles
        ],
        max_width=40,
    )


def _show(value: object) -> str:
    if isinstance(value, dict):
        if "exact" in value:
            return f"{value['start']}-{value['end']} {value['exact']!r}"
        return ", ".join(f"{k}={v}" for k, v in value.items())
    return "—" if value is None else str(value)


def _print_comparison(comparison: Comparison, limit: int | None) -> None:
    print(f"Mine:   {comparison.mine.path} ('{comparison.mine.project_name}')")
    print(f"Theirs: {comparison.theirs.path} ('{comparison.theirs.project_name}')")
    counts = comparison.counts()
    print(
        f"{len(comparison.pairs)} paired claim(s), {counts.pop('same')} the same; differences: "
        + ", ".join(f"{name} {n}" for name, n in counts.items())
        + "\n"
    )
    _print_agreement(comparison.agreement)
    shown = comparison.differences[:limit] if limit is not None else comparison.differences
    print(f"\nDifferences ({len(comparison.differences)}):")
    print_table(
        ("class", "kind", "mine", "theirs", "id"),
        [
            (d.category.value, d.kind, _show(d.mine_value), _show(d.theirs_value), d.id)
            for d in shown
        ],
        max_width=50,
    )
    print()


def cmd_compare(args: argparse.Namespace) -> int:
    with open_project(args.mine, read_only=True) as mine:
        group = compare_many(mine, args.theirs)
    if args.format == "json":
        print_json(
            {
                "comparisons": [_comparison_json(c) for c in group.comparisons],
                "verdict_alpha": group.verdict_alpha,
            }
        )
        return 0
    for comparison in group.comparisons:
        _print_comparison(comparison, args.limit)
    if len(group.comparisons) > 1:
        print(f"Krippendorff's alpha on verdicts, all files: {_alpha(group.verdict_alpha)}")
    return 0


# -- merge ----------------------------------------------------------------------------


def policy_decisions(
    comparison: Comparison, names: Sequence[str], kinds: Sequence[str]
) -> list[Decision]:
    """The decisions a --take list stands for."""
    decisions: list[Decision] = []
    for name in names:
        category, aspects = POLICIES[name]
        decisions += accept_class(comparison, category, kinds or None, aspects)
    return decisions


def _print_report(report: MergeReport) -> None:
    verb = "Would take" if report.dry_run else "Took"
    taken = [o for o in report.outcomes if o.taken]
    print(
        f"{verb} {len(taken)} of {len(report.outcomes)} difference(s) from "
        f"'{report.from_project_name}'"
        + (" (dry run: nothing was changed)" if report.dry_run else "")
    )
    if report.created:
        print("Records: " + ", ".join(f"{name} {n}" for name, n in report.created.items()))
    rows = [
        (
            o.category.value if o.category else "?",
            ", ".join(o.taken),
            "; ".join(o.skipped),
            o.difference_id,
        )
        for o in report.outcomes
    ]
    if rows:
        print_table(("class", "taken", "skipped", "id"), rows, max_width=50)


def cmd_merge(args: argparse.Namespace) -> int:
    with open_for(args, write=not args.dry_run) as mine:
        comparison = compare(mine, args.theirs)
        decisions = policy_decisions(comparison, args.take, args.kind)
        report = merge(mine, comparison, decisions, dry_run=args.dry_run).value
    if args.format == "json":
        print_json(report)
    else:
        _print_report(report)
    return 0
