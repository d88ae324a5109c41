"""`claims`: list claims with filters, as a table or as JSON."""

import argparse
from typing import Any

from annotator.cli.common import open_for
from annotator.cli.output import print_json, print_table
from annotator.records import ClaimRecord
from annotator.services.claim_reading import ClaimFilter
from annotator.services.claims import list_claims


def _csv(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(",") if part.strip())


def register(subparsers: Any) -> None:
    claims = subparsers.add_parser("claims", help="list claims, with filters")
    claims.add_argument("project")
    claims.add_argument(
        "--article", type=int, action="append", default=[], help="only this article id (repeatable)"
    )
    claims.add_argument("--kind", type=_csv, default=(), help="kinds, comma-separated")
    claims.add_argument("--status", type=_csv, default=(), help="statuses, comma-separated")
    claims.add_argument("--tag", type=_csv, default=(), help="tags, comma-separated (any)")
    claims.add_argument(
        "--verdict",
        type=_csv,
        default=(),
        help="verdict ratings, comma-separated; 'none' for claims without one",
    )
    claims.add_argument(
        "--origin", type=_csv, default=(), help="detected, manual, imported or merged"
    )
    claims.add_argument(
        "--reviewer-filter",
        dest="by_reviewer",
        help="only claims created or last changed by this reviewer",
    )
    claims.add_argument("--text", help="substring of the quote, speaker or location")
    claims.add_argument("--limit", type=int)
    claims.set_defaults(handler=cmd_claims, wants_format=True)


def _value_text(claim: ClaimRecord) -> str:
    value = claim.value
    if value is None:
        return ""
    low = "?" if value.min is None else f"{value.min:g}"
    high = "?" if value.max is None else f"{value.max:g}"
    bounds = low if value.min == value.max else f"{low}–{high}"
    extras = [x for x in (value.qualifier, value.unit, value.casualty_type) if x]
    return f"{bounds} ({', '.join(extras)})" if extras else bounds


def cmd_claims(args: argparse.Namespace) -> int:
    claim_filter = ClaimFilter(
        article_ids=tuple(args.article),
        kinds=args.kind,
        statuses=args.status,
        tags=args.tag,
        verdicts=args.verdict,
        origins=args.origin,
        reviewer=args.by_reviewer,
        text=args.text,
        limit=args.limit,
    )
    with open_for(args, write=False) as project:
        claims = list_claims(project, claim_filter)
    if args.format == "json":
        print_json({"claims": claims, "count": len(claims)})
        return 0
    print_table(
        ("id", "article", "kind", "span", "text", "value", "speaker", "status", "verdict", "tags"),
        [
            (
                c.id,
                c.article_id,
                c.kind + (f"/{c.subtype}" if c.subtype else ""),
                f"{c.start}-{c.end}",
                c.exact,
                _value_text(c),
                c.speaker,
                c.status,
                c.verdict.rating if c.verdict else "",
                ",".join(c.tags),
            )
            for c in claims
        ],
        max_width=50,
    )
    print(f"{len(claims)} claim(s)")
    return 0
