"""The demo project is built from resources/samples through the ordinary services."""

import json
from pathlib import Path

from annotator.services.claim_reading import ClaimFilter
from annotator.services.claims import list_claims
from annotator.services.demo import open_demo_project, samples_folder
from annotator.services.integrity import check_project
from annotator.services.projects import project_info
from annotator.services.sources import list_sources


def test_demo_project_matches_its_manifest(tmp_path: Path) -> None:
    manifest = json.loads(samples_folder().joinpath("demo.json").read_text(encoding="utf-8"))
    specs = [claim for article in manifest["articles"] for claim in article["claims"]]
    with open_demo_project(tmp_path) as project:
        info = project_info(project)
        assert info.name == manifest["project_name"]
        assert info.articles == len(manifest["articles"])
        assert info.claims == len(specs)
        claims = list_claims(project)
        assert sorted(c.exact for c in claims) == sorted(s["exact"] for s in specs)
        assert sum(1 for c in claims if c.verdict) == sum(1 for s in specs if s.get("verdict"))
        reviewed = [s for s in specs if s.get("status", "unreviewed") != "unreviewed"]
        assert info.reviewed_claims == len(reviewed)
        tagged = list_claims(project, ClaimFilter(tags=("toll",)))
        assert len(tagged) == sum(1 for s in specs if "toll" in s.get("tags", []))
        urls = {src["url"] for s in specs for src in s.get("sources", [])}
        assert len(list_sources(project)) == len(urls)
        assert check_project(project) == []
    # The second time it opens the same file instead of building it again.
    with open_demo_project(tmp_path, reviewer="Someone Else") as again:
        assert project_info(again).claims == len(specs)
        assert project_info(again).reviewers == 2
