"""Capitals that stand for their states ("Pyongyang warned", "Cairo called on …").

News names a government by its seat: a statement whose speaker is a capital alone is
the state's.  The speaker keeps the word the text uses and adds the state
("Pyongyang (North Korea)"), the form the annotators of the held-out sets write
("Moscow (Russia)", "Ankara (Turkey)"), so a reviewer sees both what the article says
and who is meant.

The table comes from countryinfo's country data rather than a hand-written list; a
project adds the spellings and seats it lacks ("Kiev = Ukraine") to its vocabulary's
`state_capitals`.  Only states of at least a million people are kept: a capital of a
small territory is more often a person's name in the news than its seat of government
("Hamilton", Bermuda's; "Victoria", the Seychelles').  A capital two states claim
(Jerusalem) is left out, as is one the data gives to a state and to its former union
(Belgrade: Serbia, and Serbia and Montenegro).  Only states with an ISO 3166 number
count, so a state's former name ("Burma") is no second claimant.
"""

from collections.abc import Mapping
from functools import cache, lru_cache

#: Smallest population of a state whose capital stands for it.
_LEAST_POPULATION = 1_000_000


@cache
def capital_states() -> dict[str, str]:
    """Capital as news writes it -> its state's name (read once, on first use)."""
    states: dict[str, set[str]] = {}
    large: set[str] = set()
    for name, country in _numbered_states():
        capital = country.get("capital")
        if not isinstance(capital, str) or not capital:
            continue
        # "Washington D.C." is "Washington" in running text
        written = " ".join(word for word in capital.split() if not word.endswith("."))
        states.setdefault(written, set()).add(name)
        population = country.get("population")
        if isinstance(population, int) and population >= _LEAST_POPULATION:
            large.add(name)
    return {
        capital: name
        for capital, names in states.items()
        if len(names) == 1
        for name in names
        if name in large and name != capital  # "Singapore (Singapore)" would say nothing
    }


@cache
def state_names() -> frozenset[str]:
    """The one-word names of states with an ISO 3166 number, case-folded ("egypt",
    "russia"): such a name alone is the state, no short form of a longer name ("Egypt"
    is no "Banknbox Egypt"), unless the text gives that name a title or a role
    (`speakers.NameRegistry.expand`)."""
    return frozenset(name.casefold() for name, _ in _numbered_states() if " " not in name)


@cache
def _numbered_states() -> tuple[tuple[str, Mapping[str, object]], ...]:
    """(name, record) of each state in countryinfo's data with an ISO 3166 number: a
    former or other name of a state listed under its ISO one ("Burma") has none.

    countryinfo is imported here, not with the module, so that starting the app does
    not pay for it (15 ms) until an article is detected.  Its records are read as plain
    mappings: the data does not always hold what countryinfo's types promise (a list of
    capitals, no population, no ISO block)."""
    from countryinfo import CountryInfo

    records: list[Mapping[str, object]] = list(CountryInfo.all().values())
    return tuple(
        (name, country)
        for country in records
        if isinstance(name := country.get("name"), str)
        and isinstance(iso := country.get("ISO"), dict)
        and iso.get("numeric")
    )


@cache
def place_names() -> frozenset[str]:
    """The names of states, their capitals and provinces, and their peoples, case-folded,
    a name of several words whole ("united states", "el salvador", "san salvador",
    "american"): the places a text set all in capitals names, which English writes
    with capitals (`written_case`)."""
    names: set[str] = set()
    for name, record in _numbered_states():
        names.add(name)
        for field in ("capital", "demonym", "provinces"):
            value = record.get(field)
            if isinstance(value, str):
                names.add(value)
            elif isinstance(value, list):
                names.update(item for item in value if isinstance(item, str))
    return frozenset(name.casefold().strip() for name in names if name.strip())


@lru_cache(maxsize=16)
def state_table(extra: tuple[str, ...] = ()) -> dict[str, str]:
    """`capital_states` with a project's own "Capital = State" entries over it (the
    vocabulary's `state_capitals`, written in that one form by `Vocabulary`)."""
    if not extra:
        return capital_states()
    table = dict(capital_states())
    for entry in extra:
        capital, _, state = entry.partition(" = ")
        table[capital] = state
    return table


def with_state(speaker: str, table: dict[str, str]) -> str:
    """`speaker` with the state added to each capital that speaks alone
    ("Pyongyang" -> "Pyongyang (North Korea)"; "Seoul; Washington" -> both); other
    speakers unchanged.  `table`: a `state_table`."""
    if "; " not in speaker:  # one speaker, as nearly always: one look-up
        state = table.get(speaker)
        return speaker if state is None else f"{speaker} ({state})"
    parts = speaker.split("; ")
    return "; ".join(f"{part} ({table[part]})" if part in table else part for part in parts)
