"""`check`: SQLite's integrity checks plus our own rules about claims and articles."""

from sqlalchemy import select

from annotator.project import Project
from annotator.services.articles import text_sha256
from annotator.storage.integrity import storage_problems
from annotator.tables import article_t, claim_t


def check_project(project: Project) -> list[str]:
    """Every problem found in the project; an empty list means it is healthy.

    Beyond SQLite's checks: each article's text still matches its SHA-256, and
    each claim's stored quote still matches the text at its offsets.
    """
    problems = storage_problems(project.database)
    with project.reading() as session:
        connection = session.connection()
        for article_id, text, sha in connection.execute(
            select(article_t.c.id, article_t.c.text, article_t.c.text_sha256)
        ):
            if text is None:
                problems.append(f"article {article_id}: its text is missing")
                continue
            if text_sha256(text) != sha:
                problems.append(f"article {article_id}: text does not match its SHA-256")
        # Claims in article order, with one article text in memory at a time.
        current_id, current_text = None, ""
        for claim_id, article_id, start, end, exact in connection.execute(
            select(
                claim_t.c.id, claim_t.c.article_id, claim_t.c.start, claim_t.c.end, claim_t.c.exact
            ).order_by(claim_t.c.article_id, claim_t.c.id)
        ):
            if article_id != current_id:
                current_id = article_id
                current_text = (
                    connection.execute(
                        select(article_t.c.text).where(article_t.c.id == article_id)
                    ).scalar_one_or_none()
                    or ""
                )
            if end > len(current_text) or current_text[start:end] != exact:
                problems.append(
                    f"claim {claim_id}: quote does not match article {article_id} at {start}..{end}"
                )
    return problems
