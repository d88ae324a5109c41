"""A project's own terms for the detector's vocabulary lists, kept in the project file.

Why per project: a reviewer working on a new conflict adds its words ("Wagner fighters"
to the fighter nouns, "Kiev = Ukraine" to the state capitals) without touching code,
and the terms travel with the file to colleagues.  They apply from the next detection
run; a refreshing run (`detect_claims(refresh=True)`) also brings the untouched
suggestions already stored up to date with them.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from annotator.changes import OpResult
from annotator.detection.capitals import capital_states
from annotator.detection.vocabulary import STATE_CAPITALS, Vocabulary, capital_pair
from annotator.detection.vocabulary_guide import GROUPS, LIST_GUIDES, ListGuide
from annotator.errors import ValidationError
from annotator.project import Project
from annotator.services.projects import get_setting, set_setting

VOCABULARY_SETTING = "detector.extra_terms"


@dataclass(frozen=True)
class VocabularyOutline:
    """The lists a project can extend, as a vocabulary editor shows them: their groups,
    what each is for, and the terms each holds built in."""

    groups: tuple[str, ...]
    guides: dict[str, ListGuide]
    built_in: dict[str, tuple[str, ...]]


def vocabulary_outline() -> VocabularyOutline:
    """Every list with its guide and its built-in terms (for the state capitals, the
    table read from countryinfo's data, which the list extends)."""
    default = Vocabulary.default()
    built_in = {name: tuple(getattr(default, name)) for name in Vocabulary.list_names()}
    built_in[STATE_CAPITALS] = tuple(
        f"{capital} = {state}" for capital, state in sorted(capital_states().items())
    )
    return VocabularyOutline(GROUPS, dict(LIST_GUIDES), built_in)


def extra_terms(project: Project) -> dict[str, list[str]]:
    """The terms this project adds to the built-in vocabulary, by list name."""
    stored = get_setting(project, VOCABULARY_SETTING, {})
    return (
        {str(k): [str(t) for t in v] for k, v in stored.items()} if isinstance(stored, dict) else {}
    )


def project_vocabulary(project: Project) -> Vocabulary:
    """The built-in vocabulary extended with the project's own terms.

    Raises ValidationError when the stored terms are not a vocabulary (a list that does
    not exist, a capital without its state): detection stops with what to mend rather
    than a traceback, and nothing is written."""
    try:
        return Vocabulary.default().extended(extra_terms(project))
    except (KeyError, TypeError, ValueError) as error:
        raise ValidationError(f"bad vocabulary in the project: {error}") from error


def clean_term(list_name: str, text: str) -> str:
    """A term as stored: its words joined by single spaces ("  Wagner\tfighters "), and a
    state capital in its one form ("Kiev=Ukraine" as "Kiev = Ukraine"), so that the same
    term written twice is seen as one.  ValidationError for a capital without its state."""
    if list_name != STATE_CAPITALS or not text.strip():
        return " ".join(text.split())
    try:
        return capital_pair(text)
    except ValueError as error:
        raise ValidationError(str(error)) from error


def same_term(list_name: str, term: str, listed: Sequence[str]) -> str | None:
    """The entry of `listed` that `term` repeats (compared without regard to case; for
    a state capital, the entry for the same capital, whatever its state), or None."""
    key = _term_key(list_name, term)
    return next((t for t in listed if _term_key(list_name, t) == key), None)


def _term_key(list_name: str, term: str) -> str:
    if list_name == STATE_CAPITALS:
        term = term.partition("=")[0]
    return " ".join(term.split()).casefold()


def check_vocabulary_terms(terms: Mapping[str, Sequence[str]]) -> None:
    """Raise ValidationError, saying what to mend, unless `terms` can extend the
    built-in vocabulary (known list names; state capitals written "Capital = State")."""
    for name in terms:
        if name not in Vocabulary.list_names():
            raise ValidationError(
                f"unknown vocabulary list '{name}' (lists: {', '.join(Vocabulary.list_names())})"
            )
    try:
        Vocabulary.default().extended(terms)
    except (KeyError, TypeError, ValueError) as error:
        raise ValidationError(f"bad vocabulary: {error}") from error


def add_vocabulary_terms(
    project: Project, list_name: str, terms: Sequence[str]
) -> OpResult[dict[str, list[str]]]:
    """Add terms ("Wagner fighters") to one vocabulary list of this project.

    Returns the previous extra terms (for undo with `set_vocabulary_terms`).
    """
    current = extra_terms(project)
    added = list(current.get(list_name, []))
    for term in _cleaned(list_name, terms):
        repeated = same_term(list_name, term, added)
        if repeated is None:
            added.append(term)
        elif repeated.casefold() != term.casefold():  # a capital given a second state
            raise ValidationError(f"'{repeated}' already gives that capital its state")
    return set_vocabulary_terms(project, {**current, list_name: added})


def remove_vocabulary_terms(
    project: Project, list_name: str, terms: Sequence[str]
) -> OpResult[dict[str, list[str]]]:
    """Remove terms this project added to one list (compared without regard to case);
    returns the previous extra terms.  A term the project never added, built in or
    not, is an error: the built-in lists cannot be shortened here."""
    cleaned = _cleaned(list_name, terms)
    current = extra_terms(project)
    kept = list(current.get(list_name, []))
    for term in cleaned:
        match = same_term(list_name, term, kept)
        if match is None:
            raise ValidationError(f"'{term}' is not among this project's {list_name}")
        kept.remove(match)
    updated = {name: listed for name, listed in current.items() if name != list_name}
    if kept:
        updated[list_name] = kept
    return set_vocabulary_terms(project, updated)


def _cleaned(list_name: str, terms: Sequence[str]) -> list[str]:
    check_vocabulary_terms({list_name: []})
    cleaned = [clean_term(list_name, t) for t in terms if t.strip()]
    if not cleaned:
        raise ValidationError("give at least one term")
    return cleaned


def set_vocabulary_terms(
    project: Project, terms: Mapping[str, Sequence[str]]
) -> OpResult[dict[str, list[str]]]:
    """Replace the project's extra vocabulary terms; returns the previous ones."""
    check_vocabulary_terms(terms)
    result = set_setting(project, VOCABULARY_SETTING, {k: list(v) for k, v in terms.items()})
    previous = result.value if isinstance(result.value, dict) else {}
    return OpResult(previous, result.changes)
