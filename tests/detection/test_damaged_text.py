"""Damaged news text (guideline §0: texts are kept as each source delivers them): a
text hard-wrapped at a width gives the claims the clean text gives, at the same
offsets."""

import re

import pytest

from annotator.detection import detect
from annotator.detection.claims import DetectedClaim


def _hard_wrapped(text: str, width: int, start: int = 0) -> str:
    """`text` with its lines from `start` on broken at the last space before `width`
    columns, as a wire service or a mail client wraps them (same length: each break
    replaces a space)."""
    out = list(text)
    column = 0
    last_space = -1
    for pos in range(start, len(text)):
        char = text[pos]
        if char == "\n":
            column, last_space = 0, -1
            continue
        if char == " ":
            last_space = pos
        column += 1
        if column > width and last_space >= 0:
            out[last_space] = "\n"
            column, last_space = pos - last_space, -1
    return "".join(out)


def _found(text: str) -> set[tuple[object, ...]]:
    """What the claims of `text` are, text aside: kind, span, speaker and value."""
    return {_key(claim) for claim in detect(text)}


def _key(claim: DetectedClaim) -> tuple[object, ...]:
    value = claim.value and (claim.value.min, claim.value.max, claim.value.casualty_type)
    return (claim.kind, claim.start, claim.end, claim.speaker, value)


#: Made-up articles as a site gives them before a scraper or a mail client wraps them.
_ARTICLES = (
    # A FA-KES-style text on one line: a source named across the wrap
    (
        "Thu 12 May 2016 Dozens killed in air strikes on rebel town Monitor. At least "
        "38 civilians were killed in air strikes on the rebel-held town of Maarat "
        "al-Numan on Thursday the Syrian Observatory for Human Rights said. The World "
        "Health Organization said its teams had reached two hospitals in the town. "
        "Opposition fighters launched an offensive on government positions south of "
        "the town the monitor said adding that 12 fighters were killed in the "
        "clashes."
    ),
    # Glued bracketed headlines ('…vote.[Army deployed …]The …') with a wrap inside
    (
        "The mayor said the vote would go ahead on Sunday despite the "
        "threats.[Opposition leaders call for boycott of local elections]Officials "
        "have acknowledged that the army is pressuring conscripts to vote for the "
        "ruling party. “Take the lists of soldiers from every barracks and make sure "
        "they vote,” the defence minister told a rally of officers this month. “If "
        "there are 5,000 soldiers, there have to be 5,000 votes.”[Army deployed to "
        "polling stations in the north]The electoral commission said it had received "
        "no complaints."
    ),
    # A headline and a photo caption on lines of their own above the body
    (
        "Rebels seize airport\nPhoto: Fighters from the Free Syrian Army stand guard "
        "at the entrance of the military airport in the north of Aleppo province on "
        "March 3\nThe rebel commander Abu Omar told Reuters his men had been fighting "
        "for the airport for three weeks and that 200 government soldiers had "
        "surrendered.\n"
    ),
    # One sentence a line: a long sentence wrapped, the short ones not
    (
        "Two officers shot at suburban home\n\nPolice say the suspect, a 30-year-old "
        "former soldier named Daniel Marsh, had been known to officers since a "
        "domestic dispute last spring.\nIn a March incident, police say his wife, "
        "28-year-old Laura Marsh, asked about protection orders because she and "
        "Daniel Marsh were not getting along.\nShe accused her husband of threatening "
        "to kill her and their two sons.\nShe told police he had a gun.\n[More]\nThe "
        "county sheriff said both officers were in stable condition.\n"
    ),
)

#: A blog post: its front matter is not wrapped, its paragraphs are.
_FRONT_MATTER = (
    '---\ntitle: "Breaking: Army says it has retaken the airport from rebel fighters after '
    'three days"\ndate: 2025-03-01T10:00:00\n---\n'
)
_BLOG_BODY = (
    "\nGovernment troops backed by air strikes recaptured the city's international "
    "airport on Saturday after three days of heavy fighting, army spokesman Colonel "
    "Ahmed Haddad said in a televised address.\n\nA brief statement from the prime "
    "minister's office on Saturday evening said he had ordered the military to "
    '"secure every road to the capital" and to hold the airport.\n\n"The airport is '
    'in our hands and the road to the capital is open," Haddad said, adding that '
    "engineers were clearing mines from the runway.\n"
)


@pytest.mark.parametrize("width", [50, 56, 62, 66, 72, 78])
@pytest.mark.parametrize("article", [*_ARTICLES, _FRONT_MATTER + _BLOG_BODY])
def test_hard_wrapped_text_gives_the_claims_the_unwrapped_text_gives(
    article: str, width: int
) -> None:
    start = len(_FRONT_MATTER) if article.startswith("---") else 0
    wrapped = _hard_wrapped(article, width, start)
    assert wrapped != article
    assert _found(wrapped) == _found(article)


def test_a_source_named_across_a_wrap_is_named_with_a_space() -> None:
    text = _hard_wrapped(_ARTICLES[0], 66)
    assert "Syrian\nObservatory" in text
    speakers = {claim.speaker for claim in detect(text) if claim.kind == "statement"}
    assert speakers == {"Syrian Observatory for Human Rights", "World Health Organization"}


def test_wire_copy_with_indented_paragraphs_reads_a_short_line_as_a_wrap() -> None:
    # the copy lost letters ("a okesman"), so the line is short, but a wire paragraph
    # runs on to the next indented line
    text = (
        "IRAN VOWS REVENGE FOR OIL RIG RAID\n"
        "    LONDON, Oct 20 - Iran said it would avenge a U.S. attack on\n"
        "one of its oil platforms in the Gulf, the official news agency\n"
        "said on Tuesday.\n"
        "    Following the raid, a okesman for Tehran's War\n"
        "Information Headquarters vowed to avenge the attack with a\n"
        '"crushing blow."\n'
        "    Diplomats in the region said the attack had been restrained.\n"
    )
    start = text.index("Following")
    statements = [claim for claim in detect(text) if claim.kind == "statement"]
    assert any(claim.start == start and claim.text.endswith('blow."') for claim in statements)


def test_a_short_line_ends_where_its_writer_ended_it() -> None:
    # one sentence a line, none wrapped: each break stays a sentence end
    text = (
        "Fighting flares in the north\n\n"
        "Rebels said they had taken two villages near the border on Monday.\n"
        "The army denied the claim.\n"
        "At least 12 civilians were killed in the shelling, medics said.\n"
        "Aid groups called for a ceasefire.\n"
    )
    starts = {claim.start for claim in detect(text) if claim.kind == "statement"}
    assert text.index("The army denied") in starts


def _lost_apostrophes(text: str) -> str:
    """`text` as a scraper that turned apostrophes into spaces gives it ("Ukraine s",
    "won t"): same length."""
    return re.sub(r"(\w)['’](s|t|re|ve|ll|d|m)\b", r"\1 \2", text)


def _named(text: str) -> set[tuple[object, ...]]:
    """The statements and figures of `text` (kind, span, speaker, value)."""
    return {_key(claim) for claim in detect(text) if claim.kind != "position"}


#: Made-up texts whose sources are named with a possessive or speak in contractions.
_WITH_APOSTROPHES = (
    "Ukraine's defence minister said on Monday that troops had pushed separatists out "
    'of two villages near Donetsk. "We won\'t stop until the border is ours," he told '
    "reporters.",
    "Chad's military high command said today its troops killed 1,269 Libyan soldiers "
    "in routing a 5,000-strong force. The command's statement said 438 Libyans were "
    "taken prisoner.",
    "Monday's headline on the newspaper's front page blared: \"The army is coming.\" The "
    "question now is whether the government will go further, the paper's editor wrote.",
    "President Ashraf Ghani's office in a statement said the attack had killed 12 "
    "soldiers. \"They've killed our sons and we're going to answer,\" the office said. "
    "Last year Ghani's spokesman said 28,000 police officers had been killed since 2015.",
    "The group's military wing said it would postpone the return of a hostage's body. "
    "Netanyahu's office said forensic tests showed they belonged to a soldier, and "
    "Israel's defence minister accused Hamas of breaching the truce.",
    "“We couldn’t have done it without the villagers,” the rebel commander told "
    "Reuters. Syria’s state news agency SANA said the army had retaken the hill, and "
    "the Observatory’s director said 40 fighters were killed.",
)


@pytest.mark.parametrize("text", _WITH_APOSTROPHES)
def test_lost_apostrophes_name_the_speakers_the_text_names(text: str) -> None:
    damaged = _lost_apostrophes(text)
    assert damaged != text
    assert _named(damaged) == _named(text)


def test_a_word_after_a_space_that_no_apostrophe_left_stays_a_word() -> None:
    # "re-election", "t-shirt" and "the 1990 s" hold no lost apostrophe
    text = (
        "The president stands for re-election tomorrow, the commission said. Protesters "
        "wrapped a t-shirt around the flag, police said."
    )
    speakers = {claim.speaker for claim in detect(text) if claim.kind == "statement"}
    assert speakers == {"the commission", "police"}


def _headline_in_capitals(text: str) -> str:
    """`text` with its first line, the headline, in capitals (same length)."""
    end = text.index("\n")
    return text[:end].upper() + text[end:]


#: Made-up stories whose headline names the source the body names.
_WITH_HEADLINES = (
    "The Nigerian military says it has retaken the town of Bama from Boko Haram\n\n"
    "The Nigerian military said on Sunday that its soldiers had retaken the town of "
    "Bama after two days of fighting. A military spokesman said dozens of insurgents "
    "were killed.\n",
    "Britain pledges to back Saudi strikes on rebel positions in Yemen\n\nBritain last "
    "night pledged to back the Saudi attacks on rebel positions in Yemen. Foreign "
    "Secretary Philip Hammond said Britain would provide technical support.\n",
    "Defence Secretary Michael Fallon says hundreds of troops will be sent to Iraq\n\n"
    "Defence Secretary Michael Fallon has announced that hundreds of British troops will "
    "be sent to Iraq. Fallon told the BBC the soldiers would train Kurdish forces.\n",
    "A Pentagon spokesman says the first of 600 soldiers have arrived in Poland\n\nThe "
    "first of 600 U.S. soldiers have arrived in eastern Europe, a Pentagon spokesman "
    "said on Wednesday. The spokesman said the exercises would last a month.\n",
    "Islamic State claims Aden suicide car bombing that kills seven\n\nIslamic State "
    "claimed responsibility for a suicide car bombing in Aden that killed seven people, "
    "the group said in a statement. Local officials said the attack targeted a "
    "checkpoint.\n",
    "Rebels say they have captured the airport after heavy fighting\n\nRebels said on "
    "Monday they had captured the airport after heavy fighting with government forces. "
    "The army denied the claim and said its troops still held the runway.\n",
)


@pytest.mark.parametrize("text", _WITH_HEADLINES)
def test_a_headline_in_capitals_names_the_source_the_body_names(text: str) -> None:
    shouted = _headline_in_capitals(text)
    assert shouted != text
    assert _found(shouted) == _found(text)


def _speakers_and_spans(text: str) -> set[tuple[object, ...]]:
    """Kind, span and speaker (in lower case: a text in capitals names its speakers in
    the case it reads them in) of each claim of `text`, its value aside."""
    return {
        (claim.kind, claim.start, claim.end, claim.speaker and claim.speaker.casefold())
        for claim in detect(text)
    }


@pytest.mark.parametrize("text", _WITH_HEADLINES)
def test_a_story_set_all_in_capitals_gives_the_claims_its_lower_case_gives(text: str) -> None:
    # a story long enough to be told from a headline: the headline's body twice over
    story = text + text[text.index("\n\n") + 2 :]
    shouted = story.upper()
    assert len(shouted) == len(story)
    assert _speakers_and_spans(shouted) == _speakers_and_spans(story)


def test_a_wire_headline_keeps_its_capitals() -> None:
    # above an indented dateline: the wire rules read "- PAPER" as the paper named
    text = (
        "IRAN HAS ANTI-SHIP MISSILES NEAR GULF - PAPER\n"
        "    NEW YORK, March 15 - Iran has deployed about six large\n"
        "missiles near the Gulf, the New York Times said today.\n"
    )
    headline = [claim for claim in detect(text) if claim.kind == "statement" and claim.start == 0]
    assert [claim.speaker for claim in headline] == ["New York Times"]


#: A long paragraph to wrap, so that the text has many lines.
_FILLER = (
    "Rescue workers said they were still pulling bodies from the rubble late in the "
    "evening, and that the hospitals in the town had run out of blood and beds. The "
    "government news agency said the army had targeted positions held by insurgents "
    "on the edge of the town, and that many of the fighters had fled towards the "
    "hills to the north. Aid groups said the road to the capital had been closed for "
    "three days and that no convoy had been able to reach the town since the spring. "
    "Residents said the shelling had gone on through the night and that many "
    "families were sleeping in basements and in the mosque near the central square."
)


@pytest.mark.parametrize(
    ("lead", "name", "source"),
    [
        (
            "Later on Sunday, the Britain-based Syrian Observatory for Human",
            "Rights",
            "Syrian Observatory for Human Rights",
        ),
        (
            "In Geneva on Sunday evening, a spokesman for the World Health",
            "Organization",
            "World Health Organization",
        ),
        (
            "Later in the day, a senior official of the International Committee of the Red",
            "Cross",
            "International Committee of the Red Cross",
        ),
        (
            "In London on Sunday night, the British Defence Secretary, Michael",
            "Fallon",
            "Michael Fallon",
        ),
        (
            "In a televised address late on Sunday night, Prime Minister Tony",
            "Blair",
            "Tony Blair",
        ),
    ],
)
def test_the_one_longest_line_of_a_wrapped_text_is_wrapped_too(
    lead: str, name: str, source: str
) -> None:
    # the break after the text's single longest line, a few columns beyond the rest,
    # wraps a name as the other breaks do
    paragraph = _hard_wrapped(f"{_FILLER} {_FILLER}", len(lead) - 2)
    text = (
        "Air strikes kill dozens in rebel-held town\n\n"
        f"{paragraph}\n{lead}\n{name} said 40 civilians were killed in the strikes.\n"
    )
    assert max(map(len, text.split("\n"))) == len(lead)
    speakers = [claim.speaker for claim in detect(text) if claim.text.startswith(lead)]
    assert speakers
    assert all(source in str(speaker) for speaker in speakers)


#: A link list as a news wiki gives it: each item a headline and its link, the long
#: paths no wrapper can break.
_LINK_LIST = "\n".join(
    f"{number}. [{headline}](/news/2017/03/{number:02d}/{headline.lower().replace(' ', '-')}.md)"
    " _Context: Afghan, Taliban, War in Afghanistan_"
    for number, headline in enumerate(
        (
            "Taliban insurgents seize control of the strategic town of Sangin after a "
            "year-long battle with Afghan security forces",
            "Russian Special Envoy Zamir Kabulov denies allegations by NATO Commander Gen. "
            'Curtis Scaparrotti that Russia was "perhaps" supplying the Taliban',
            "Twelve Afghan National Police officers are killed in an attack on their "
            "checkpoint in the southern province of Helmand",
            "The United States says it will send 300 Marines to Helmand province to "
            "advise Afghan forces fighting the Taliban",
            "A suicide bomber kills at least eight people outside a bank in the city of "
            "Lashkar Gah, the provincial governor says",
        ),
        start=1,
    )
)


@pytest.mark.parametrize("width", [60, 66, 72, 76, 80])
def test_a_wrapped_link_list_reads_as_the_unwrapped_one(width: int) -> None:
    wrapped = _hard_wrapped(_LINK_LIST, width)
    assert wrapped != _LINK_LIST
    assert _found(wrapped) == _found(_LINK_LIST)


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        (
            "#  Iraq War:. British Prime Minister Tony Blair announces that 1,500",
            "British troops will leave Iraq within weeks.",
        ),
        (
            "#  Syria:. The Syrian Observatory for Human Rights says that 40",
            "Syrian soldiers were killed near Aleppo on Sunday.",
        ),
        (
            "#  Ukraine:. The defence ministry in Kiev says that more than 2,000",
            "Ukrainian troops have been sent to the eastern front.",
        ),
        (
            "#  Mali:. The French defence ministry says that another 500",
            "French soldiers will be sent to the north of the country.",
        ),
        (
            "#  Yemen:. The Saudi-led coalition says that its air strikes killed 120",
            "Houthi fighters in the province of Marib this week.",
        ),
    ],
)
def test_a_wrapped_page_with_long_links_reads_as_the_unwrapped_one(line: str, rest: str) -> None:
    # the links, one word each, are longer than the wrapped lines (some longer than any
    # wrapped text's) but tell nothing of the width the text was wrapped at: the break
    # after the longest line of words is a wrap
    links = "".join(
        f"{number}. [Source {number}](http://www.example-news.com/news/world/middle-east"
        f"/2007/02/21/story-{number}234567.htm)\n"
        for number in range(1, 4)
    ) + "".join(
        f"{number}. [Report {number}](/news/2007/02/21/british-prime-minister-tony-blair"
        f"-announces-that-british-troops-will-leave-iraq-{number}.md)\n"
        for number in range(4, 7)
    )
    page = f"### [2007-02-21](/news/2007/02/21/index.md)\n\n{line} {rest}\n\n"
    clean = f"{page}{_FILLER}\n\n### Source:\n\n{links}"
    wrapped = _hard_wrapped(
        f"{page.replace(f'{line} ', f'{line}\n')}{_FILLER}\n\n### Source:\n\n{links}", len(line)
    )
    assert _found(wrapped) == _found(clean)


def _unwrapped_by_hand(text: str) -> str:
    """`text` with each break inside a paragraph read as a space (same length)."""
    return "\n\n".join(paragraph.replace("\n", " ") for paragraph in text.split("\n\n"))


#: Texts wrapped by hand "at about 80 columns" (lines 72 to 84 long), paragraphs set
#: apart by blank lines: a quotation ends a line shorter than the widest, where its
#: attribution's first word would have fitted.
_HAND_WRAPPED_TEXTS = [
    """Residents of Quay Terrace were woken by neighbours banging on doors. Bernadette
Clarke, who has lived on the terrace for 40 years, said she grabbed her coat and her
cat and nothing else.

"You could feel the heat through the window. I've never seen flames like it,"
she said. "The young lad from number 12 was knocking on every door. He's a hero
as far as I'm concerned."

The families were brought to the community centre on Main Street, where volunteers
from the local Order of Malta unit served tea and sandwiches.""",
    """Police in the northern city said a car bomb went off near a busy market on Friday
morning. "We have counted at least 12 dead and 30 wounded so far. Terrible,"
a police spokesman said, adding that the toll was likely to rise through the day.

A hospital official, who spoke on condition of anonymity, said several of the
wounded were in a critical condition and that more beds had been brought in.

No group has said it carried out the attack, the second in the city this month.""",
    """The defence ministry said on Tuesday that it would send another 500 soldiers to the
border region by the end of the month to help secure the crossings near the river.

"The soldiers will stay there as long as they are needed, and no longer,"
Colonel Ivan Petrov told reporters at the ministry, adding that they would be armed.

The deployment comes after three weeks of clashes in which dozens of people were
killed, according to local officials and aid groups working in the area.""",
    """The mayor told the council on Monday that the town could not afford to keep its
swimming pool open through the winter without help from the county in Kilmore.

"We have done everything we can and the money is simply not there, I'm afraid,"
he said. "I won't pretend otherwise to the people of this town, not for a minute."

Councillor Mary Lynch said the closure would hit the town's schools hardest and
that she would raise the matter with the county manager later in the week.""",
    """The foreign minister said the government rejected the report, which accused its
forces of firing on unarmed protesters in the capital during the unrest last month.

"These claims are false and they are made by people who have never been here,"
the minister told reporters after meeting her counterpart in Geneva on Thursday.

She said the government would set up its own inquiry into the deaths and that its
findings would be published in full before the end of the year, as promised.""",
]


@pytest.mark.parametrize("text", _HAND_WRAPPED_TEXTS)
def test_a_text_wrapped_by_hand_at_a_varying_width_reads_as_the_unwrapped_one(
    text: str,
) -> None:
    # a break inside a paragraph of nearly full lines is a wrap, though the next word
    # would have fitted on a line as wide as the widest: the quotation and its
    # attribution are one statement
    assert _found(text) == _found(_unwrapped_by_hand(text))
