"""Wordings the fifty-sixth round mended from the errors of the four sets the last round
left unread (holdout118: Mother Jones and Truthout on Gaza's death toll; holdout119: a
war museum's feed of quoted posts; holdout120: Intelligence Squared debate transcripts;
holdout121: LRA Crisis Tracker briefs), each with made-up sentences of its own and near
misses: embedded social-media posts as one unit (guideline §4), a person named after a
body's name and their role in it, a gerund "Adding", physicians as speakers, a debater's
own "I want to say", events "reported" with no one reporting them, the threatened, an
early warning system, and a few figures' wordings."""

from annotator.detection import detect
from annotator.domain import KIND_STATEMENT, CasualtyType
from tests.helpers import figures, speaker_of, statements, troops_units

KILLED = CasualtyType.KILLED
DISPLACED = CasualtyType.DISPLACED

# --- embedded posts ----------------------------------------------------------------------

FOOTED = (
    "Kyiv came under attack on Thursday, the mayor said.\n\n"
    "Putin has just launched a full-scale invasion of Ukraine. Peaceful Ukrainian cities"
    " are under strikes. pic.twitter.com/abc123\n\n"
    "— Dmytro Kuleba (@DmytroKuleba) February 24, 2022\n\n"
    "The invasion began at dawn.\n"
)


def test_a_post_above_its_footer_is_one_unit_of_its_author() -> None:
    post = FOOTED[FOOTED.index("Putin") : FOOTED.index("2022") + 4]
    assert statements(FOOTED) == [
        ("Kyiv came under attack on Thursday, the mayor said.", "the mayor"),
        (post, "Dmytro Kuleba"),
    ]
    [claim] = [c for c in detect(FOOTED) if c.rule == "statement.embedded_post"]
    assert FOOTED[claim.start : claim.end] == post


def test_a_post_on_lines_of_a_page_keeps_the_article_s_sentences_before_it() -> None:
    text = (
        "According to police, a call came into the dispatch center on Saturday as a hang-up.\n"
        "When officers responded to the home, they were met with gunfire and both were hit.\n"
        "The City of #Westerville suffered a tremendous loss today.\n"
        "@WestervillePD Officer Anthony Morelli and Officer Eric Joering were killed in the"
        " line of duty.\n"
        "Please keep our first responders in your thoughts and prayers.\n"
        "#WestervilleStrong pic.twitter.com/GcN3Y4FRvr — City of Westerville"
        " (@tellwesterville) February 11, 2018\n"
    )
    found = statements(text)
    assert found[0] == (
        "According to police, a call came into the dispatch center on Saturday as a hang-up.",
        "police",
    )
    post = text[text.index("The City of") : text.index("2018") + 4]
    assert found[1:] == [(post, "City of Westerville")]


FEED = (
    "Day 3, 26 Feb 2022\n\n\n"
    "10:12 @DmytroKuleba\n"
    "We did it. Cyprus confirmed it will not block the decision to ban Russia from SWIFT.\n\n"
    "Ukrainian Foreign Minister Dmytro Kuleba thanked Cyprus for its support.\n\n\n"
    "10:40 @NATO\n"
    "We call on Russia to stop this senseless war.\n"
)


def test_a_feed_s_post_under_its_handle_is_one_unit_of_the_handle() -> None:
    found = statements(FEED)
    assert (
        "@DmytroKuleba\nWe did it. Cyprus confirmed it will not block the decision to ban"
        " Russia from SWIFT.",
        "@DmytroKuleba",
    ) in found
    assert ("@NATO\nWe call on Russia to stop this senseless war.", "@NATO") in found
    # the post's "Cyprus confirmed" is the post author's words, no unit of its own
    assert not [span for span, speaker in found if speaker == "Cyprus"]


def test_posts_without_blank_lines_keep_the_article_s_sentences() -> None:
    text = (
        "Israel strikes Gaza\n"
        "The army said on Monday it had killed 20 militants in the north.\n"
        "The prime minister later wrote on Twitter:\n"
        "Our brave soldiers will not rest until the hostages are home.\n"
        "— Benjamin Netanyahu (@netanyahu) October 12, 2023\n"
        "France condemns these terrorist attacks.\n"
        "— Emmanuel Macron (@EmmanuelMacron) October 7, 2023\n"
        "Hamas said 30 people were killed in the strikes.\n"
    )
    assert [(span.split("\n")[0], speaker) for span, speaker in statements(text)] == [
        ("The army said on Monday it had killed 20 militants in the north.", "The army"),
        ("The prime minister later wrote on Twitter:", "The prime minister"),
        ("Our brave soldiers will not rest until the hostages are home.", "Benjamin Netanyahu"),
        ("France condemns these terrorist attacks.", "Emmanuel Macron"),
        ("Hamas said 30 people were killed in the strikes.", "Hamas"),
    ]


def test_footers_as_other_platforms_and_texts_write_them() -> None:
    words = "The minister posted.\n\nWe will not stop until Hamas is destroyed."
    for footer in (
        "— Benjamin Netanyahu (@netanyahu) 12 October 2023",
        "— Benjamin Netanyahu (@netanyahu) Oct 12, 2023",
        "- Benjamin Netanyahu (@netanyahu) October 12, 2023",
    ):
        assert statements(f"{words}\n{footer} \n\nIt drew criticism.")[1] == (
            f"We will not stop until Hamas is destroyed.\n{footer}",
            "Benjamin Netanyahu",
        )
    crlf = (
        "The minister posted.\r\n\r\nWe will not stop.\r\n"
        "— Benjamin Netanyahu (@netanyahu) October 12, 2023\r\n\r\nIt drew criticism."
    )
    assert statements(crlf)[1][1] == "Benjamin Netanyahu"


def test_a_post_with_a_header_and_a_footer_is_one_unit() -> None:
    text = (
        "The army posted on X.\n\n10:00 @IDF\nIDF troops struck 50 Hamas targets overnight.\n"
        "— Israel Defense Forces (@IDF) October 12, 2023\n\nHamas said 30 people were killed."
    )
    assert [c.speaker for c in detect(text) if c.rule == "statement.embedded_post"] == [
        "Israel Defense Forces"
    ]


def test_a_feed_s_posts_end_at_the_next_header() -> None:
    text = (
        "Leaders reacted.\n\n10:01 @RishiSunak\nWe stand with Israel.\n"
        "10:05 @EmmanuelMacron\nFrance condemns these attacks.\n\nThe UN said 1,200 people died."
    )
    assert statements(text) == [
        ("@RishiSunak\nWe stand with Israel.", "@RishiSunak"),
        ("@EmmanuelMacron\nFrance condemns these attacks.", "@EmmanuelMacron"),
        ("The UN said 1,200 people died.", "UN"),
    ]


def test_an_instagram_footer_and_a_header_that_names_the_account() -> None:
    shared = (
        "Grande posted a photo.\n\nThinking of the victims in Manchester tonight.\n"
        "A post shared by Ariana Grande (@arianagrande) on May 23, 2017 at 1:10am PDT\n\n"
        "The attack killed 22 people."
    )
    assert statements(shared)[1] == (
        "Thinking of the victims in Manchester tonight.\nA post shared by Ariana Grande"
        " (@arianagrande) on May 23, 2017 at 1:10am PDT",
        "Ariana Grande",
    )
    named = (
        "Day 1\n\n05:58 Dmytro Kuleba @DmytroKuleba:\nPutin has just launched a full-scale"
        " invasion of Ukraine.\n\nThe minister spoke at dawn.\n"
    )
    assert statements(named) == [
        (
            "Dmytro Kuleba @DmytroKuleba:\nPutin has just launched a full-scale invasion of"
            " Ukraine.",
            "Dmytro Kuleba",
        )
    ]


def test_a_feed_s_time_written_with_a_point() -> None:
    text = "Day 3\n\n10.12 @NATO\nWe call on Russia to stop this senseless war.\n"
    assert statements(text) == [("@NATO\nWe call on Russia to stop this senseless war.", "@NATO")]


def test_a_handle_without_a_time_is_no_feed_s_header() -> None:
    byline = (
        "By Jane Doe\n@janedoe\nKYIV (Reuters) - Ukraine's military said on Tuesday that"
        " Russian forces had shelled 20 towns overnight."
    )
    assert [speaker for _, speaker in statements(byline)] == ["Ukraine's military"]
    lines = (
        "Ukraine war live\n\n@KyivIndependent\nThe defence ministry said 400 Russian soldiers"
        " were killed on Monday.\nZelensky said Ukraine would never surrender.\n"
    )
    assert [speaker for _, speaker in statements(lines)] == ["The defence ministry", "Zelensky"]


def test_a_summary_s_highlight_marks_are_no_posts() -> None:
    text = "@highlight\nRebels seized the town on Monday.\n\n@highlight\nThe army withdrew.\n"
    assert [c for c in detect(text) if c.kind == KIND_STATEMENT] == []


def test_an_address_inside_a_sentence_is_no_post() -> None:
    text = "Write to the desk at news@example.org with tips.\n\nThe army withdrew on Monday.\n"
    assert statements(text) == []


# --- speakers ------------------------------------------------------------------------------


def test_a_person_named_after_a_body_and_a_role_in_it() -> None:
    quote = "“The wiping out of whole families is proof of intent,” "
    assert (
        speaker_of(
            quote + "said the Council on American-Islamic Relations (CAIR) National Executive"
            " Director Nihad Awad.",
            "wiping",
        )
        == "Nihad Awad"
    )
    assert (
        speaker_of(quote + "said the Campaign Against Arms Trade spokesman Andrew Smith.", "wiping")
        == "Andrew Smith"
    )
    assert (
        speaker_of(
            quote + "said the Committee to Protect Journalists program director Carlos Martinez.",
            "wiping",
        )
        == "Carlos Martinez"
    )
    assert (
        speaker_of(
            quote + "said the Campaign Against Arms Trade spokesman Andrew Smith on Monday.",
            "wiping",
        )
        == "Andrew Smith"
    )
    # near misses: a body alone speaks for itself; a name that does not end the phrase,
    # or one in a clause of its own, is no one described by the body
    assert (
        speaker_of(
            quote + "said the Syrian Observatory for Human Rights, whose director Rami Abdel"
            " Rahman, a Briton, runs it from Coventry.",
            "wiping",
        )
        == "Syrian Observatory for Human Rights"
    )
    assert speaker_of(quote + "said the Council on Foreign Relations.", "wiping") == "Council"
    assert (
        speaker_of(quote + "said the Pentagon would send envoy John Smith to Cairo.", "wiping")
        != "John Smith"
    )


def test_physicians_speak() -> None:
    assert statements("“Every person in Gaza is sick,” the physicians wrote to Biden.") == [
        ("“Every person in Gaza is sick,” the physicians wrote to Biden.", "the physicians")
    ]


# --- no speech -----------------------------------------------------------------------------


def test_a_gerund_adding_opening_a_sentence_reports_nothing() -> None:
    assert (
        statements(
            "Adding an estimate of those who have died by starvation—about 62,413 people—brings"
            " the total estimated death toll to 114,000."
        )
        == []
    )
    assert statements("The blast brings the estimated death toll to 70.") == []
    # near misses: "adding" after a report still reports, as does "estimated" with its
    # object
    assert statements("Officials estimated the death toll at 500.") == [
        ("Officials estimated the death toll at 500.", "Officials")
    ]
    assert [speaker for _, speaker in statements("The UN estimated total deaths at 3,000.")] == [
        "UN"
    ]
    assert len(statements("Adding that 12 civilians had been wounded, the spokesman left.")) == 1
    assert statements("The minister said talks failed, adding that war was near.") == [
        ("The minister said talks failed, adding that war was near.", "The minister")
    ]


def test_a_speaker_s_own_words_about_what_they_say_now() -> None:
    assert statements("And I just want to say, it's great to be back in New York City.") == []
    assert statements("But I would argue that Afghanistan is a declared combat zone.") == []
    assert statements("I'm going to ask you two questions tonight.") == []
    # near misses: a cleft reports, as does a report of what was said
    assert statements("What I can tell you is that we have seen credible reports of abuse.") == [
        ("What I can tell you is that we have seen credible reports of abuse.", "What I")
    ]
    assert statements("I told him the war was lost.") == [("I told him the war was lost.", "I")]


def test_events_reported_with_no_one_reporting_them() -> None:
    assert (
        statements(
            "Troops are deployed in both towns, within 30km of all 23 LRA attacks reported in"
            " the area."
        )
        == []
    )
    # near misses: an agent names who reported them; what observers reported is told
    assert [
        speaker
        for _, speaker in statements(
            "Observers monitoring clashes reported that at least 12 people were killed."
        )
    ] == ["Observers monitoring clashes"]
    assert [
        speaker for _, speaker in statements("Civilian deaths were reported by the ministry.")
    ] == ["the ministry"]


def test_the_threatened_and_an_early_warning_network() -> None:
    assert (
        statements(
            "In some cases, the groups use civilians, often threatened with violence, to go into"
            " local markets."
        )
        == []
    )
    assert (
        statements(
            "No aid groups have bases there, making it difficult to set up early warning networks."
        )
        == []
    )
    # near misses: a threat told, and a warning with its content
    assert statements("Putin threatened Ukraine with nuclear strikes.") == [
        ("Putin threatened Ukraine with nuclear strikes.", "Putin")
    ]
    assert [speaker for _, speaker in statements("Moscow threatened with a tough response.")] == [
        "Moscow (Russia)"
    ]
    assert [
        speaker
        for _, speaker in statements(
            "The WFP issued an early warning that 2 million people faced famine."
        )
    ] == ["WFP"]


def test_someone_introduced_by_name_is_not_called_anything() -> None:
    assert (
        statements(
            "There was a Shia colonel in west Baghdad called Sabah, an army criminal who used to"
            " kidnap men."
        )
        == []
    )
    assert statements("A commander called Sabah , an army criminal, ran the unit.") == []
    # near misses: what someone is called by a speaker
    assert statements("Biden called Putin a killer.") == [("Biden called Putin a killer.", "Biden")]
    assert statements("A U.S. official called the strike a war crime.") == [
        ("A U.S. official called the strike a war crime.", "A U.S. official")
    ]


def test_idioms_of_speech_verbs_report_nothing() -> None:
    assert statements("In Iraq he literally wrote the book on counterinsurgency operations.") == []
    assert (
        statements("A journalist who spent time among the Taliban came back to tell the tale.")
        == []
    )
    assert statements("Peter and Max are acknowledged experts in this field.") == []
    # near misses: what was written or acknowledged
    assert statements("The army acknowledged the strike killed civilians.") == [
        ("The army acknowledged the strike killed civilians.", "The army")
    ]


def test_a_term_in_quotation_marks_defined_continues_no_one() -> None:
    quote = "“We record every attack,” the spokesman said. "
    assert statements(quote + "“Other armed group” is used for attacks by others.") == [
        ("“We record every attack,” the spokesman said.", "the spokesman")
    ]
    # near miss: a quotation that goes on continues its speaker
    assert statements(quote + "“Other armed groups” are attacking too.")[1] == (
        "“Other armed groups” are attacking too.",
        "the spokesman",
    )


# --- figures -------------------------------------------------------------------------------


def test_figures_of_the_round() -> None:
    assert figures("Up to 186,000 or even more deaths could be attributable to the war.") == [
        ("casualty", "Up to 186,000 or even more deaths", None, 186000, KILLED)
    ]
    assert figures("Officials said 500 or even more people had died.") == [
        ("casualty", "500 or even more people", 500, None, KILLED)
    ]
    # (an upper bound before gives way only to a lower bound after it)
    assert figures("Up to 500 or so people were killed.") == [
        ("casualty", "Up to 500 or so people", 500, 500, KILLED)
    ]
    assert figures("Raids have forced thousands of civilians into long-term displacement.") == [
        ("casualty", "thousands of civilians", 2000, 9999, DISPLACED)
    ]
    assert figures("Israel has killed at least 2,100 babies and toddlers.") == [
        ("casualty", "at least 2,100 babies and toddlers", 2100, None, KILLED)
    ]
    assert figures("The Navy is operating two carrier strike groups in the area.") == [
        ("troops", "two carrier strike groups", 2, 2, None)
    ]
    assert figures("The Soviets turned over five million into refugees.") == [
        ("casualty", "over five million", 5000000, None, DISPLACED)
    ]
    assert figures("About 100 thousand Ukrainians had to leave their homes.") == [
        ("casualty", "About 100 thousand Ukrainians", 100000, 100000, DISPLACED)
    ]


def test_a_toll_before_a_clause_joined_to_it() -> None:
    assert figures(
        "The death toll could be 335,000, while researchers estimated in July that it was lower."
    ) == [("casualty", "335,000", 335000, 335000, KILLED)]
    # near miss: a figure that goes on in its clause is no bare toll
    assert figures("The death toll could be 335,000 dollars, while others disagree.") == []


def test_members_of_an_armed_group_named_with_the_arabic_article() -> None:
    assert troops_units("There are 2,000 members of al-Qaeda in Iraq.") == [
        ("2,000 members", "fighters", "figure.troops.force_noun")
    ]
    assert troops_units("There are 2,000 members of the Islamic State in Iraq.") == [
        ("2,000 members", "fighters", "figure.troops.force_noun")
    ]
    # near miss: a body named with the article that is no armed group
    assert troops_units("About 300 members of al-Fatah University staff protested.") == []
