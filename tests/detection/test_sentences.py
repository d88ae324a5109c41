"""Sentence spans on messy news text (guideline §5)."""

import pytest

from annotator.detection.sentences import segment


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in segment(text).sentences]


def test_glued_sentences_split_but_abbreviations_do_not() -> None:
    text = (
        "New York Gov.Andrew Cuomo (D) said it was terrorism.In other words, nothing. "
        "Police said shortly after 11 p.m. that they had found it."
    )
    assert sentences(text) == [
        "New York Gov.Andrew Cuomo (D) said it was terrorism.",
        "In other words, nothing.",
        "Police said shortly after 11 p.m. that they had found it.",
    ]


def test_initials_and_dotted_acronyms() -> None:
    text = "J. Peter Donald, a U.S. official, spoke. He left."
    assert sentences(text) == ["J. Peter Donald, a U.S. official, spoke.", "He left."]


def test_reuters_wraps_dateline_and_signature() -> None:
    text = (
        "CHAD SAYS TROOPS KILLED 1,200 LIBYANS\n"
        "    N'DJAMENA, March 25 - Chad's high command said\ntoday troops killed 1,269\n"
        "Libyan soldiers.\n    It said the prisoners included a colonel.\n Reuter"
    )
    assert sentences(text) == [
        "CHAD SAYS TROOPS KILLED 1,200 LIBYANS",
        "Chad's high command said\ntoday troops killed 1,269\nLibyan soldiers.",
        "It said the prisoners included a colonel.",
    ]


def test_afp_dateline_and_blank_line_paragraphs() -> None:
    text = "Title here\n\nGENEVA (AFP): A top official said talks were hard.\n\nMore came."
    assert sentences(text) == [
        "Title here",
        "A top official said talks were hard.",
        "More came.",
    ]


def test_fakes_date_prefix_and_caption_credit() -> None:
    text = (
        "Wed Jun 1 2016 15 Civilians Killed in Aleppo Report. Jets are seen at a base "
        "(TRT World and Agencies) The toll has risen."
    )
    assert sentences(text) == [
        "15 Civilians Killed in Aleppo Report.",
        "Jets are seen at a base",
        "The toll has risen.",
    ]


def test_ad_markers_headings_and_colon_cut() -> None:
    text = (
        "It was said.AD“It depends,” Cuomo said.ADADHe left.== Responsibility ==The "
        "Taliban claimed it. It showed a container mangled by a blast:Police said more."
    )
    assert sentences(text) == [
        "It was said.",
        "“It depends,” Cuomo said.",
        "He left.",
        "The Taliban claimed it.",
        "It showed a container mangled by a blast:",
        "Police said more.",
    ]


def test_closing_quote_belongs_to_the_sentence() -> None:
    text = 'He said "it will end after months of suffering." Then "the camp". Next.'
    assert sentences(text) == [
        'He said "it will end after months of suffering."',
        'Then "the camp".',
        "Next.",
    ]


def test_quotation_with_spaced_sentences_is_one_unit() -> None:
    text = "“The other path is war. We will test it.” Then talks began."
    assert sentences(text) == ["“The other path is war. We will test it.”", "Then talks began."]


def test_garbled_quote_mark_starts_a_sentence() -> None:
    text = "He denied the reports. \x95\x81We urge people to stay calm he said."
    spans = sentences(text)
    assert spans[1].startswith("\x95\x81We urge")
    assert text.index("\x95") in segment(text).openers


def test_one_sentence_per_line_and_colon_joins_quote() -> None:
    text = 'Title\n\nThe headline blared:\n"The Pentagon condemned Iran.\nThe question is open."\n'
    assert sentences(text) == [
        "Title",
        'The headline blared:\n"The Pentagon condemned Iran.',
        'The question is open."',
    ]


def test_camel_glue_from_lost_line_break() -> None:
    text = (
        "*2015-12-21, Staff Sergeant Louis M. Bonocasa, U.S. Air Force Security Forces, "
        "US BombZabiullah Mujahid, the spokesperson, claimed it."
    )
    assert sentences(text)[-1] == "Zabiullah Mujahid, the spokesperson, claimed it."


def test_offsets_are_into_the_original_text() -> None:
    text = "A\u00a0first one.  Second\u00a0one!\r\nThird?"
    for sentence in segment(text).sentences:
        assert text[sentence.start : sentence.end].strip() == text[sentence.start : sentence.end]


def test_a_quotation_that_lost_its_closing_mark_ends_where_the_next_opens() -> None:
    text = (
        'Barazi said "The policy will not change. "This targeting was not the first" he '
        "added. Officials denied it."
    )
    assert sentences(text) == [
        'Barazi said "The policy will not change.',
        '"This targeting was not the first" he added.',
        "Officials denied it.",
    ]


def test_curly_and_typewriter_marks_close_a_straight_quotation() -> None:
    curly = "\"We can't. We won't.” she said. He left."
    typewriter = "\"I pray for you. Heal.'' he said. He left."
    assert sentences(curly) == ["\"We can't. We won't.” she said.", "He left."]
    assert sentences(typewriter) == ["\"I pray for you. Heal.'' he said.", "He left."]


def quotations(text: str) -> list[str]:
    return [text[a:b] for a, b in segment(text).quotes]


def test_single_quotations_british_style() -> None:
    curly = (
        "He said: ‘The price has been heavy. It’s the soldiers’ families who pay.’ Then he left."
    )
    assert quotations(curly) == ["‘The price has been heavy. It’s the soldiers’ families who pay.’"]
    straight = "'We are out of Syria. We kept the oil,' he said. Britain's troops stayed."
    assert quotations(straight) == ["'We are out of Syria. We kept the oil,'"]
    # apostrophes alone make no quotation
    assert quotations("Britain's army and the soldiers' families. It's over.") == []
    # single marks inside a double quotation quote within it and are left alone
    nested = '"He told us ‘leave now’ and went," she said.'
    assert quotations(nested) == ['"He told us ‘leave now’ and went,"']


def test_a_blog_posts_front_matter_keeps_only_its_title_and_summary() -> None:
    text = (
        "---\nlayout: post\n"
        'title: "Breaking: More than 60,000 flee Sudanese city after its capture"\n'
        "date: 2025-10-29T05:58:58\ncategories: [News]\ntags: []\n"
        'excerpt: "El-Fasher is under the control of paramilitaries."\n'
        "---\n\nThe UN said the city had fallen.\n"
    )
    assert sentences(text) == [
        "More than 60,000 flee Sudanese city after its capture",
        "El-Fasher is under the control of paramilitaries.",
        "The UN said the city had fallen.",
    ]
    # the YAML quote marks make no quotation
    assert segment(text).quotes == ()


def test_markdown_heading_marks_and_a_byline_are_no_part_of_a_sentence() -> None:
    assert sentences("# The United States sends more troops.\n\nMore text here.") == [
        "The United States sends more troops.",
        "More text here.",
    ]
    assert sentences("Posted on April 2 2017 by Youssef Diab Doctors accused the regime.") == [
        "Doctors accused the regime."
    ]


def test_a_fakes_keyword_list_is_no_part_of_the_sentence_glued_after_it() -> None:
    # the body repeats the opening of the summary above the list
    text = (
        "Syrian rebels launched an offensive in the north. Tags Syria Idlib SOHR al-Nusra "
        "Syrian rebels launched a huge offensive on Tuesday."
    )
    assert sentences(text)[-1] == "Syrian rebels launched a huge offensive on Tuesday."
    # else the body starts at the first capitalised article
    text = "A blast hit the town. Tags Syria Palmyra murder video The group released a video."
    assert sentences(text)[-1] == "The group released a video."


def test_a_sub_headline_glued_before_a_sentence_adverb_is_its_own_sentence() -> None:
    text = (
        "Rebels advance in western province after regime forces retreated Elsewhere Syrian "
        "troops ousted the group from Hasakeh. New sanctions Meanwhile, officials met."
    )
    assert sentences(text) == [
        "Rebels advance in western province after regime forces retreated",
        "Elsewhere Syrian troops ousted the group from Hasakeh.",
        "Meanwhile, officials met.",
    ]


def test_a_title_glued_to_the_word_before_it_starts_a_sentence() -> None:
    text = (
        "The Birmingham pub bombings - the numbers that add up to a cover-up, say "
        "campaignersMr Conway, now a lawyer in Dublin, says in the book that it was wrong."
    )
    assert sentences(text)[-1].startswith("Mr Conway, now a lawyer")


def test_a_straight_quote_for_a_lost_apostrophe_opens_no_quotation() -> None:
    text = (
        'He accused Russia of crossing the border with "impunity". '
        'Ukraine"s military said five soldiers died. The force"s capacity grew.'
    )
    assert sentences(text) == [
        'He accused Russia of crossing the border with "impunity".',
        'Ukraine"s military said five soldiers died.',
        'The force"s capacity grew.',
    ]
    assert segment(text).quotes == ((46, 56),)


def test_a_hyphened_acronym_is_no_dateline_and_a_glued_bracket_is_its_own_piece() -> None:
    assert sentences("Published July 5 2015 U.S.-led coalition aircraft struck Raqqa.") == [
        "U.S.-led coalition aircraft struck Raqqa."
    ]
    text = (
        "None of them can afford that.”[Stuck in a spiral, Venezuela is borrowing money]"
        "Maduro has acknowledged that the government is pressuring workers."
    )
    assert sentences(text) == [
        "None of them can afford that.”",
        "[Stuck in a spiral, Venezuela is borrowing money]",
        "Maduro has acknowledged that the government is pressuring workers.",
    ]
    # a bracket inside a sentence stays in it
    assert sentences("He said [the army] had left.") == ["He said [the army] had left."]


def test_a_keyword_list_ends_where_prose_begins() -> None:
    text = "Tags Syria Idlib Ariha Assad war Government air raids in a town killed 27 people."
    assert sentences(text) == ["Government air raids in a town killed 27 people."]
    text = "Tags Aleppo Syria Assad Russia Airstrikes At least 16 people were killed on Sunday."
    assert sentences(text) == ["At least 16 people were killed on Sunday."]


def test_a_keyword_list_glued_to_the_summary_before_it_is_no_part_of_it() -> None:
    text = (
        "Rebels killed 25 soldiers in western Aleppo on Monday a monitoring group said "
        "Tags Nusra Front al-Qaeda Aleppo Syria Assad extremism war. A suicide bomber "
        "struck the town."
    )
    assert sentences(text)[0] == (
        "Rebels killed 25 soldiers in western Aleppo on Monday a monitoring group said"
    )
    assert sentences(text)[-1] == "A suicide bomber struck the town."


def test_a_keyword_list_ends_at_a_capitalised_count_before_a_later_article() -> None:
    text = (
        "Tags Syria Aleppo UN De Mistura Fatah al-Sham Eleven people including a woman "
        "were killed on Friday in The Old City."
    )
    assert sentences(text) == [
        "Eleven people including a woman were killed on Friday in The Old City."
    ]


def test_a_summary_glued_to_the_first_sentence_that_repeats_it_is_its_own_piece() -> None:
    summary = "Al-Nusra Front launched an offensive Friday on a new militant group leaving 11 dead"
    text = f"11 Killed as Nusra Attacks. {summary} {summary} a monitor said. More followed."
    assert sentences(text) == [
        "11 Killed as Nusra Attacks.",
        summary,
        f"{summary} a monitor said.",
        "More followed.",
    ]


def test_a_headline_glued_to_the_first_sentence_that_retells_it_is_its_own_piece() -> None:
    text = (
        "10 dead after strikes on rebel-held hospitals in Syria Air strikes on two hospitals "
        "in rebel-held northwestern Syria on Thursday left 10 people dead a monitor said."
    )
    titled = (
        "Thirty Killed in Syrian Strikes on Damascan Suburb Town Thirty civilians were killed "
        "on Saturday in Syrian air strikes on a Damascan suburb town."
    )
    assert sentences(text) == [
        "10 dead after strikes on rebel-held hospitals in Syria",
        "Air strikes on two hospitals in rebel-held northwestern Syria on Thursday left 10 "
        "people dead a monitor said.",
    ]
    assert sentences(titled)[0] == "Thirty Killed in Syrian Strikes on Damascan Suburb Town"
    # a sentence that only names its subject's words again is one sentence
    plain = (
        "Government forces shelled rebel positions near Aleppo Tuesday as government forces "
        "and rebel fighters clashed near Aleppo airport."
    )
    assert sentences(plain) == [plain]
    # nor is a title-case headline split inside itself ("Chemical Weapons in Hama")
    title = (
        "MSF Syrian Regime Used Chemical Weapons in Hama Beirut Doctors Without Borders "
        "(MSF) accused the Syrian regime of using chemical weapons in Hama."
    )
    assert sentences(title) == [title]


def test_a_sub_heading_glued_to_the_next_sentence_is_its_own_piece() -> None:
    # line breaks lost: the article is one long block
    run_on = "The talks went on in Geneva on Monday. " * 40
    text = run_on + "Syrian regime denies accusations The Syrian regime has denied using gas."
    assert sentences(text)[-2:] == [
        "Syrian regime denies accusations",
        "The Syrian regime has denied using gas.",
    ]
    # a title after a preposition, a reporting verb or a verb in -ed is a name
    for sentence in (
        "Lord Dannatt, in an article for The Daily Telegraph, said that cuts were wrong.",
        "Professor Gareth Stansfield told The Mail on Sunday that the group was weak.",
        "The first bomb destroyed The Mulberry Bush six minutes later.",
    ):
        assert sentences(run_on + sentence)[-1] == sentence
    # in a paragraph of its own, a capitalised article is left alone
    short = "Syrian regime denies accusations The Syrian regime has denied using gas."
    assert sentences(short) == [short]


def test_an_agency_dateline_between_headline_and_body_and_a_caption_kicker() -> None:
    text = (
        "Syria air strikes kill 32 Monitor AFP Monday 2 Feb 2015 Syrian government air "
        "strikes on opposition-held towns killed at least 32 people."
    )
    assert sentences(text) == [
        "Syria air strikes kill 32 Monitor",
        "Syrian government air strikes on opposition-held towns killed at least 32 people.",
    ]
    text = "Fighter jets: Nato images show some of the 40,000 Russian troops on the border."
    assert sentences(text) == ["Nato images show some of the 40,000 Russian troops on the border."]
    # a speaker's label stays
    text = "Mr Cameron said: ‘We will be able to cut the force.’"
    assert sentences(text) == [text]


def test_a_photo_caption_ends_at_its_closing_date() -> None:
    # Gallery captions have no stop; the date set off by a comma or a dash closes one.
    text = (
        "A child waits on a bus to leave the town of Debaltseve, Ukraine, 3 February 2015 "
        "About 1.2 million Ukrainians have fled their homes. Soldiers stand on a vehicle in "
        "Horlivka, Donetsk region - 4 February 2015 The cities are under rebel control."
    )
    assert sentences(text) == [
        "A child waits on a bus to leave the town of Debaltseve, Ukraine, 3 February 2015",
        "About 1.2 million Ukrainians have fled their homes.",
        "Soldiers stand on a vehicle in Horlivka, Donetsk region - 4 February 2015",
        "The cities are under rebel control.",
    ]
    # a date that opens or sits inside a clause is no caption's end
    text = (
        "On 3 February 2015 Russia said the talks had failed and the envoy left the city. "
        "The talks, held on 3 February 2015 in Minsk, failed and the envoy left the city."
    )
    assert len(sentences(text)) == 2


def test_a_soft_wrap_that_kept_its_space_joins_the_next_line() -> None:
    # Long unwrapped caption lines beside hard-wrapped paragraphs (Daily Mail story files).
    caption = (
        "Palestinians stand in the rubble of the family house in Gaza City after an Israeli "
        "air strike yesterday"
    )
    text = (
        "Israeli prime minister Benjamin \nNetanyahu raised the possibility of an invasion."
        f"\n\n{caption}\n\nfeatured: true \n--- \nThe army moved in."
    )
    assert sentences(text) == [
        "Israeli prime minister Benjamin \nNetanyahu raised the possibility of an invasion.",
        caption,
        "featured: true",
        "The army moved in.",
    ]


def test_glued_paragraphs_of_a_quotation_open_again_and_a_glued_close_ends_one() -> None:
    text = (
        'He said: "We will respond to the attacks of the last 24 hours."This will be a '
        'determined operation." He added that measures would follow "very soon".On the '
        'question of internment, he said: "It is never ruled out."Shootings had continued '
        "last night. The army claimed to have hit three gunmen in the battle."
    )
    assert sentences(text) == [
        'He said: "We will respond to the attacks of the last 24 hours.',
        '"This will be a determined operation."',
        'He added that measures would follow "very soon".',
        'On the question of internment, he said: "It is never ruled out."',
        "Shootings had continued last night.",
        "The army claimed to have hit three gunmen in the battle.",
    ]


def test_a_subheading_glued_to_a_short_opening_word_is_its_own_sentence() -> None:
    text = (
        "The group never accepted that its warnings had been too vague to act on, or that "
        "the bombs were aimed at civilians. DenialsIn later years, an IRA leader at the time "
        "said that the aim of the attacks had been to put pressure on the economy."
    )
    assert sentences(text)[-1] == (
        "In later years, an IRA leader at the time said that the aim of the attacks had been "
        "to put pressure on the economy."
    )


def test_a_hyphenated_word_in_an_all_capitals_headline_is_no_dateline() -> None:
    text = (
        "IRAN HAS ANTI-SHIP MISSILES NEAR GULF - PAPER\n    NEW YORK, March 15 - Iran has missiles."
    )
    assert sentences(text) == [
        "IRAN HAS ANTI-SHIP MISSILES NEAR GULF - PAPER",
        "Iran has missiles.",
    ]


def test_a_dateline_glued_to_the_headline_is_dropped() -> None:
    text = (
        "7 militants killed in blasts in AfghanistanKANDAHAR, Afghanistan, Oct. 3 (Xinhua) -- "
        "Seven Taliban militants were killed in two accidental explosions on Friday night."
    )
    assert sentences(text) == [
        "7 militants killed in blasts in Afghanistan",
        "Seven Taliban militants were killed in two accidental explosions on Friday night.",
    ]
    dashed = (
        "Boston Marathon Bomber Apologizes to SurvivorsBOSTON \u2014 Moments before a judge "
        "sentenced him, the bomber rose to his feet and apologized to the victims."
    )
    assert sentences(dashed) == [
        "Boston Marathon Bomber Apologizes to Survivors",
        "Moments before a judge sentenced him, the bomber rose to his feet and apologized to "
        "the victims.",
    ]


def test_picture_credits_and_captions_glued_into_a_scraped_page() -> None:
    text = (
        "His name is still revered by many in both republics.image copyright AFP image "
        "caption Federal troops were deployed to repel incursions by Chechen militants in the "
        "1990sWhen the Bolsheviks sought to enforce control in the Caucasus, Dagestan became "
        "an autonomous republic."
    )
    assert sentences(text) == [
        "His name is still revered by many in both republics.",
        "Federal troops were deployed to repel incursions by Chechen militants in the 1990s",
        "When the Bolsheviks sought to enforce control in the Caucasus, Dagestan became an "
        "autonomous republic.",
    ]


def test_an_omission_glued_inside_a_quotation_ends_no_sentence() -> None:
    text = 'He said foreign powers aimed to "smash Islam...And destroy every one of us."'
    assert sentences(text) == [text]


def test_a_wrap_inside_a_sentence_before_a_capital_or_a_digit_is_no_break() -> None:
    filler = "and it is long enough to be more than ninety characters wide in this test text."
    text = (
        "But Rear Admiral John Kirby, a top Defense\n Department spokesman, said it was over "
        f"{filler}\nThe White House has said it would halve the force in Afghanistan. The\n"
        f"International Committee of the Red Cross said it had seen fatalities {filler}\n"
        f"Earlier in\n 2010, a naval vessel was sunk close to the line {filler}"
    )
    assert sentences(text) == [
        f"But Rear Admiral John Kirby, a top Defense\n Department spokesman, said it was over "
        f"{filler}",
        "The White House has said it would halve the force in Afghanistan.",
        f"The\nInternational Committee of the Red Cross said it had seen fatalities {filler}",
        f"Earlier in\n 2010, a naval vessel was sunk close to the line {filler}",
    ]


def test_a_hashtag_is_no_glue_point() -> None:
    text = (
        "More than 2.1million tweets using #BringBackOurGirls were posted within weeks of "
        "their abduction, according to a site that offers Twitter analytics."
    )
    assert sentences(text) == [text]


def test_a_paragraph_wrapped_among_blank_line_paragraphs_is_one_sentence() -> None:
    long = (
        "The White House spoke at length about the plans, which have changed twice "
        "this year already."
    )
    text = (
        "The White House has already twice adjusted its plans to cut\n"
        "U.S. troops to about 5,000 by the end of this year.\n\n"
        f"Short caption line\n\n{long}"
    )
    assert sentences(text) == [
        "The White House has already twice adjusted its plans to cut\n"
        "U.S. troops to about 5,000 by the end of this year.",
        "Short caption line",
        long,
    ]


def test_a_dateline_without_its_agency_and_dash_opens_no_sentence() -> None:
    wire = "U.S. strikes Islamic State in Libya\n\nTRIPOLI U.S. warplanes struck on Friday."
    glued = "Last updated at Jul 012016 BEIRUT At least 70 fighters have been killed."
    assert sentences(wire) == [
        "U.S. strikes Islamic State in Libya",
        "U.S. warplanes struck on Friday.",
    ]
    assert sentences(glued) == ["At least 70 fighters have been killed."]


def test_capitals_opening_a_later_paragraph_or_naming_a_body_are_no_dateline() -> None:
    body = "Title\n\nNATO Secretary-General Jens Stoltenberg said it."
    later = "Title\n\nThe first paragraph.\n\nCAIRO Airport reopened on Monday."
    headline = "IRAN WARNS U.S. AGAINST RAISING TENSION IN GULF\n    NICOSIA, Oct 19 - Iran warned."
    assert sentences(body)[1] == "NATO Secretary-General Jens Stoltenberg said it."
    assert sentences(later)[2] == "CAIRO Airport reopened on Monday."
    assert sentences(headline)[0] == "IRAN WARNS U.S. AGAINST RAISING TENSION IN GULF"


def test_a_caption_kicker_before_a_is_dropped() -> None:
    text = "Under fire: A Palestinian youth takes cover during clashes with soldiers."
    assert sentences(text) == ["A Palestinian youth takes cover during clashes with soldiers."]


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        (
            "Resolve: U.S. Pacific Command chief Samuel Locklear testified at the Senate.",
            "U.S. Pacific Command chief Samuel Locklear testified at the Senate.",
        ),
        (
            "'Plain to see': He spoke as President Barack Obama said it was plain.",
            "He spoke as President Barack Obama said it was plain.",
        ),
        (
            "Coming home: UK troops will shortly relocate to Kandahar air base",
            "UK troops will shortly relocate to Kandahar air base",
        ),
        (
            "Drills: 150 U.S. troops have arrived at an air force base in Swidwin",
            "150 U.S. troops have arrived at an air force base in Swidwin",
        ),
    ],
)
def test_a_caption_kicker_before_an_initialism_or_in_quote_marks_is_dropped(
    text: str, sentence: str
) -> None:
    assert sentences(text) == [sentence]


def test_a_headline_s_label_opening_with_the_is_no_kicker() -> None:
    text = "The 'proxy war': UK troops are sent to Iranian border"
    assert sentences(text) == [text]


def test_a_speaker_s_label_and_a_label_before_a_quotation_are_no_kickers() -> None:
    assert sentences("Defence minister: 'We have to react somehow'") == [
        "Defence minister: 'We have to react somehow'"
    ]
    assert sentences("Mr Cameron said: U.S. troops will stay.") == [
        "Mr Cameron said: U.S. troops will stay."
    ]


def test_datelines_before_an_article_or_after_a_place_and_a_dotted_date_open_no_sentence() -> None:
    article = "Last updated at Jun 142016 BEIRUT A Daesh counterattack left 28 militants dead."
    placed = "Title\n\nHASSAN SHAMI, Iraq Servicemen from the coalition were seen near the front."
    two = "Title\n\nHANOVER, Germany/WASHINGTON President Barack Obama plans to send more troops."
    dotted = "26.11.2014 Some 50 civilians in Syria have been killed in airstrikes."
    headline = "IRAN A THREAT, SAYS ENVOY\n\nThe envoy spoke."
    assert sentences(article) == ["A Daesh counterattack left 28 militants dead."]
    assert sentences(placed)[1] == "Servicemen from the coalition were seen near the front."
    assert sentences(two)[1] == "President Barack Obama plans to send more troops."
    assert sentences(dotted) == ["Some 50 civilians in Syria have been killed in airstrikes."]
    assert sentences(headline)[0] == "IRAN A THREAT, SAYS ENVOY"


def test_dashed_dates_times_short_links_and_media_labels_before_an_article_open_no_sentence() -> (
    None
):
    dashed = "15-02-2016 Dozens of Insurgents Killed As Syria Kurds Advance. More news."
    timed = "Fri 07 Apr 2017 at 0914 Homs governor says U.S. attack caused deaths."
    short_link = (
        "23.10.2017(updated 2340 23.10.2017) Get short URL 548 A human rights group has "
        "claimed that Daesh executed at least 128 civilians."
    )
    video = "Date of publication 25 July 2016 Video Suspected Russian strikes hit a market."
    assert sentences(dashed)[0] == "Dozens of Insurgents Killed As Syria Kurds Advance."
    assert sentences(timed) == ["Homs governor says U.S. attack caused deaths."]
    assert sentences(short_link) == [
        "A human rights group has claimed that Daesh executed at least 128 civilians."
    ]
    assert sentences(video) == ["Suspected Russian strikes hit a market."]


def test_a_headline_label_after_a_glued_date_stays_in_its_sentence() -> None:
    dated = "30 April 2016 Russia: Terrorists breached the truce 3 times. Talks go on."
    undated = "Russia: Terrorists breached the truce 3 times. Talks go on."
    assert sentences(dated)[0] == "Russia: Terrorists breached the truce 3 times."
    # without the date the line may be a photo caption, whose kicker is cut
    assert sentences(undated)[0] == "Terrorists breached the truce 3 times."


def test_a_sub_heading_glued_before_according_to_is_its_own_piece() -> None:
    run_on = "The talks went on in Geneva on Monday. " * 40
    text = run_on + "Relentless bombardment According to the station, bombs fell on the east."
    assert sentences(text)[-2:] == [
        "Relentless bombardment",
        "According to the station, bombs fell on the east.",
    ]


def test_a_block_quote_mark_and_the_dateline_after_it_open_no_sentence() -> None:
    text = "Here is more of the story.\n\n> BAGHDAD (Reuters) — Iraq's government said it."
    assert sentences(text)[1] == "Iraq's government said it."


def test_a_soft_wrap_before_a_quotation_keeps_the_sentence_whole() -> None:
    text = (
        "Headline\n\nA long paragraph of the story that keeps on going for quite a while, "
        "longer than any wrapped line would be.\n\n"
        "David Cameron earlier expressed his \n'deep concern' about the advance of rebels."
    )
    assert sentences(text)[-1] == (
        "David Cameron earlier expressed his \n'deep concern' about the advance of rebels."
    )


def test_a_photo_credit_or_a_link_label_glued_before_a_sentence_is_no_part_of_it() -> None:
    text = (
        "He spoke on July 21 2015. (AFP Photo) At least 18 civilians were killed on Tuesday. "
        "Read more here Syrian baby saver killed in Aleppo."
    )
    assert sentences(text) == [
        "He spoke on July 21 2015.",
        "At least 18 civilians were killed on Tuesday.",
        "Syrian baby saver killed in Aleppo.",
    ]


def test_a_question_inside_a_closed_quotation_ends_no_sentence() -> None:
    quoted = "'Are there gaps? Are there challenges? And threats? Absolutely,' Hagel said."
    unquoted = "Are there gaps? Hagel said there were."
    assert sentences(quoted) == [quoted]
    assert sentences(unquoted) == ["Are there gaps?", "Hagel said there were."]


def test_a_line_broken_after_a_quotation_without_a_stop_goes_on() -> None:
    text = (
        "Headline\n\nA long paragraph of the story that keeps on going for quite a while, "
        "longer than any wrapped line would be.\n\n"
        "Critics have described the move as ‘getting an army on the cheap’ \n"
        "because the army is shrinking.\n\nThey said ‘no.’\nthe end came."
    )
    assert sentences(text)[2:] == [
        "Critics have described the move as ‘getting an army on the cheap’ \n"
        "because the army is shrinking.",
        "They said ‘no.’",
        "the end came.",
    ]


_LONG_LINE = (
    "As the U.S.-led coalition continues to drive ISIS from its bases of operation in Syria, "
    "the administration has proclaimed its intention."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one paragraph a line (lines too long for a hard-wrapped text): a name's initials
        # or an abbreviated title at a line's end go on to the name on the next
        (
            f"Headline\n{_LONG_LINE}\nNational Security Adviser H.R.\nMcMaster said that the "
            "troops left.\nHe said more.",
            [
                "Headline",
                _LONG_LINE,
                "National Security Adviser H.R.\nMcMaster said that the troops left.",
                "He said more.",
            ],
        ),
        (
            f"Headline\n{_LONG_LINE}\nHe met Gen.\nDempsey on Monday.\nThey said so.",
            ["Headline", _LONG_LINE, "He met Gen.\nDempsey on Monday.", "They said so."],
        ),
        # an acronym after a lower-case word may end the line's sentence
        (
            f"Headline\n{_LONG_LINE}\nThe troops stayed in the U.S.\nThe others left.",
            ["Headline", _LONG_LINE, "The troops stayed in the U.S.", "The others left."],
        ),
    ],
)
def test_a_line_ending_in_initials_or_a_title_goes_on_to_the_name(
    text: str, expected: list[str]
) -> None:
    assert sentences(text) == expected


def test_a_caption_s_file_photo_note_is_no_part_of_its_sentence() -> None:
    text = (
        "Camp Bastion is the British headquarters in Helmand province (file photo)\n\n"
        "Security was tight (File Picture)\n\nHe was (pictured) there."
    )
    assert sentences(text) == [
        "Camp Bastion is the British headquarters in Helmand province",
        "Security was tight",
        "He was (pictured) there.",
    ]


def test_a_sub_heading_glued_before_a_named_source_and_its_verb_is_its_own_piece() -> None:
    run_on = "The talks went on in Geneva on Monday. " * 40
    accused = "Chemical attacks Human Rights Watch on Monday accused the army of using gas."
    said = "Humanitarian corridors SANA said people were using the route as usual."
    assert sentences(run_on + accused)[-2:] == [
        "Chemical attacks",
        "Human Rights Watch on Monday accused the army of using gas.",
    ]
    assert sentences(run_on + said)[-2:] == [
        "Humanitarian corridors",
        "SANA said people were using the route as usual.",
    ]


#: A long run-on block (the glued sub-heading split acts only inside one) before a
#: sentence that must stay whole.
_RUN_ON = "The talks went on in Geneva on Monday. " * 40


@pytest.mark.parametrize(
    "sentence",
    [
        # an adverbial before a named source
        "In a statement SANA said people were using the route as usual.",
        "Two days ago Human Rights Watch said the army had used gas.",
        "Speaking to reporters Mr Lavrov said the talks would go on.",
        "Residents of Homs told Reuters on Monday the shelling went on.",
        "Clashes between rebels in Aleppo Amnesty International said killed dozens.",
        "Earlier this week Human Rights Watch accused the army of using gas.",
        # a title before a named source
        "Nato chief Jens Stoltenberg says it will be the biggest reinforcement.",
        "Observatory head Rami Abdurrahman said airstrikes had intensified.",
        "Public broadcaster NHK said police quoted the man as saying so.",
        "Syrian rescue workers the Civil Defence said that they had found bodies.",
        "Elsewhere in Syria the Observatory reported government bombardment.",
    ],
)
def test_an_adverbial_or_a_title_before_a_named_source_stays_in_its_sentence(
    sentence: str,
) -> None:
    assert sentences(_RUN_ON + sentence)[-1] == sentence


@pytest.mark.parametrize(
    ("place", "sentence"),
    [
        (
            "Raqqa",
            "Army units in cooperation with the popular defense groups have advanced in "
            "Raqqa countryside inflicting losses upon the ranks of ISIS terrorists.",
        ),
        (
            "Daraa",
            "Army units carried out military operations against Jabhat al-Nusra terrorists "
            "in the southern Daraa province destroying some of their fortifications.",
        ),
        (
            "Deir Ezzor",
            "Units of the army and armed forces killed 15 ISIS terrorists and injured others "
            "in the Deir Ezzor city and its countryside.",
        ),
    ],
)
def test_a_place_sub_heading_the_sentence_names_again_is_its_own_piece(
    place: str, sentence: str
) -> None:
    # guideline §5: a region's heading glued before its report, its line break lost
    assert sentences(_RUN_ON + place + " " + sentence)[-2:] == [place, sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        # a place as the subject
        "Raqqa is held by the Islamic State group and strikes hit Raqqa city on Monday.",
        # a title before a name
        "Prime Minister Theresa May said the strikes in Prime Minister Theresa May's view "
        "were right.",
        # a name of several words, named again
        "Human Rights Watch said the report of Human Rights Watch was right.",
        "Islamic State fighters attacked the town in the Islamic State province.",
        # a place-named institution as the subject
        "Idlib University and the Department of Education in Idlib also announced they "
        "were closing down until the weekend.",
        # a nationality, and a day
        "Syrian Army units attacked the town in the Syrian province of Idlib.",
        "Monday Army units shelled the Monday market area and the town.",
    ],
)
def test_a_subject_named_again_in_its_sentence_is_no_place_heading(sentence: str) -> None:
    assert sentences(_RUN_ON + sentence)[-1] == sentence


@pytest.mark.parametrize(
    "quote",
    [
        "'Why would we not be better served by a strategy to combat extremism at home?' "
        "Senator Milne said.",
        "“Where are the doctors? Where is the medicine?” Dr Ahmed Hassan asked.",
        "“We will never give up!” Commander Abu Omar said.",
    ],
)
def test_question_quoted_then_a_capitalised_speaker_is_one_sentence(quote: str) -> None:
    # guideline §4: the quotation and its attribution are one unit; the capital after
    # "?'" opens the speaker's name, not a sentence
    text = "The senator spoke on Monday.\n\n" + quote
    assert sentences(text) == ["The senator spoke on Monday.", quote]


def test_question_quoted_then_a_new_report_still_splits() -> None:
    text = "“Why now?” Obama said the plan was ready. He added, “We are prepared.”"
    assert sentences(text) == [
        "“Why now?”",
        "Obama said the plan was ready.",
        "He added, “We are prepared.”",
    ]


@pytest.mark.parametrize(
    ("dateline", "sentence"),
    [
        ("DIYARBAKIR/ISTANBUL, Turkey ", "Eight Turkish soldiers were killed, the army said."),
        ("BAKU/YEREVAN ", "A new wave of fighting broke out in the region, officials said."),
        ("BEIRUT/AMMAN (Reuters) - ", "Eight soldiers were killed, the army said."),
        ("WASHINGTON/BAGHDAD, Jan 5 (Reuters) - ", "Eight soldiers were killed, officials said."),
    ],
)
def test_dateline_of_two_places_is_excluded(dateline: str, sentence: str) -> None:
    # guideline §5: a wire story filed from two cities names both in its dateline
    assert sentences("Clashes kill eight\n\n" + dateline + sentence) == [
        "Clashes kill eight",
        sentence,
    ]


@pytest.mark.parametrize("mark", ["…", "..."])
def test_an_opening_ellipsis_starts_its_sentence(mark: str) -> None:
    # guideline §5: a sentence opening with an ellipsis of omission starts at that mark
    text = (
        "He surrendered to Kurdish forces, the department said.\n"
        + mark
        + " The department said Khweis used encrypted devices.\nHe left."
    )
    assert sentences(text) == [
        "He surrendered to Kurdish forces, the department said.",
        mark + " The department said Khweis used encrypted devices.",
        "He left.",
    ]


def test_a_closing_ellipsis_still_ends_its_sentence() -> None:
    text = "Prosecutors said he agreed to be a bomber… He later changed his mind."
    assert sentences(text) == [
        "Prosecutors said he agreed to be a bomber…",
        "He later changed his mind.",
    ]


@pytest.mark.parametrize(
    ("heading", "sentence"),
    [
        (
            "Coalition Soldier Dies of Wounds in Northern Iraq - CENTCOM",
            "The US-led coalition reported on Friday that one of its soldiers had died.",
        ),
        (
            "Army Says Town Fully Retaken From Rebels",
            '"After the army retook the town the residents found the bodies," he said.',
        ),
        (
            "Airstrikes Against IS Help the Government Former Envoy Says",
            "According to the UN official the economy continues to decline.",
        ),
    ],
)
def test_a_title_case_headline_glued_before_a_sentence_is_its_own_piece(
    heading: str, sentence: str
) -> None:
    # guideline §5: a headline glued in front is no part of the sentence after it
    assert sentences(_RUN_ON + heading + " " + sentence)[-2:] == [heading, sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        'According to NATO Secretary General Jens Stoltenberg "NATO and Russia differ."',
        "KURDS SAY THEY KILLED A TURKISH OFFICER near the border on Sunday.",
        "Troops from the 1st Battalion, The Royal Regiment of Fusiliers, left on Monday.",
    ],
)
def test_a_title_case_run_that_opens_its_own_sentence_stays_whole(sentence: str) -> None:
    assert sentences(_RUN_ON + sentence)[-1] == sentence


@pytest.mark.parametrize("dash", ["-", "–", "—"])
def test_a_sub_heading_between_dashes_is_its_own_piece_without_the_dashes(dash: str) -> None:
    # guideline §5: a heading glued in front is no part of the sentence; guideline §0:
    # a sub-heading is annotated as well, so it stays a piece; en and em dashes as well
    # as hyphens
    text = (
        f"The siege went on for months. {dash} Troops kill 10 children {dash} Meanwhile the "
        "monitor said the shelling had gone on all night."
    )
    assert sentences(text) == [
        "The siege went on for months.",
        "Troops kill 10 children",
        "Meanwhile the monitor said the shelling had gone on all night.",
    ]


@pytest.mark.parametrize("dash", ["—", "–", "-"])
def test_a_bullet_dash_before_a_sentence_is_left_out(dash: str) -> None:
    sentence = "Police have arrested a man who admitted flying a drone over the office."
    assert sentences(f"{dash} {sentence}") == [sentence]


def test_a_scraped_pages_id_glued_before_a_sentence_is_left_out() -> None:
    # guideline §5: junk glued in front is no part of the sentence; a scraped page's
    # timestamp or id runs into the next sentence without a space
    text = (
        "The talks were suspended.190102132047518Rebel envoys then left the capital. "
        "A figure of 1200 troops stays. 2019 Elections were held."
    )
    assert sentences(text) == [
        "The talks were suspended.",
        "Rebel envoys then left the capital.",
        "A figure of 1200 troops stays.",
        "2019 Elections were held.",
    ]


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        (
            "Time to leave the base: The last soldiers board a plane at the airfield",
            "The last soldiers board a plane at the airfield",
        ),
        (
            "MARINES MOVE INTO THE HILLS: Troops of the battalion climb towards the pass",
            "Troops of the battalion climb towards the pass",
        ),
        (
            "Sent out by the ministry: 300 engineers were flown to the northern base",
            "300 engineers were flown to the northern base",
        ),
    ],
)
def test_a_caption_kicker_of_four_to_six_words_is_dropped(text: str, sentence: str) -> None:
    # guideline §5: a caption's kicker glued before it is no part of the sentence; the
    # annotators cut kickers of any length up to a short line
    assert sentences(text) == [sentence]


def test_a_label_that_names_speech_in_a_long_phrase_is_no_kicker() -> None:
    text = "The weekly paper is saying: The situation cannot go on."
    assert sentences(text) == [text]


def test_a_name_broken_by_a_wrap_after_its_first_word_stays_in_the_sentence() -> None:
    # guideline §5: hard line breaks inside a sentence stay in the span; a paragraph's
    # first line that holds one capitalised word broke a name ("North\nKorea")
    lead = (
        "The drills went on for a week along the coast, and the navy sent its ships to "
        "watch them from a distance."
    )
    text = (
        f"Drills\n\n{lead}\n\nNorth\nKorea has moved troops to the border in the past "
        "weeks and there \nare fears of a clash.\n\nTOPSHOTS\nA soldier stands guard at "
        "the fence."
    )
    assert sentences(text) == [
        "Drills",
        lead,
        "North\nKorea has moved troops to the border in the past weeks and there \nare "
        "fears of a clash.",
        "TOPSHOTS",
        "A soldier stands guard at the fence.",
    ]


@pytest.mark.parametrize("ellipsis", ["...", "…"])
def test_a_spaced_ellipsis_leaves_words_out_and_ends_no_sentence(ellipsis: str) -> None:
    # guideline §5: the span is the evident sentence; an ellipsis between spaces marks
    # words left out of a quotation, while one glued to a word may end a cut line
    text = (
        f"We call on the other villages to join us because they will be next {ellipsis} "
        "If the militants finish with us they will attack them."
    )
    assert sentences(text) == [text]
    glued = f"Best Price: $5.99 War at the Top of the{ellipsis} Eric Margolis Best Price"
    assert len(sentences(glued)) == 2


@pytest.mark.parametrize(
    "headline",
    [
        "BLAST KILLS 40 IN KABUL",
        "GUNMEN KILL 7 POLICEMEN",
        "REBELS KILL 18 SOLDIERS",
        "STORM LEAVES 12,000 HOMELESS",
        "FLOODS DISPLACE 3.5 MILLION",
    ],
)
def test_a_headline_in_capitals_keeps_its_verb_before_a_figure(headline: str) -> None:
    # a bare dateline ("BEIRUT 70 fighters …") ends where the body goes on in lower case;
    # a headline that goes on in capitals after its figure is one sentence, verb and all
    assert sentences(headline) == [headline]
    assert sentences(f"{headline}\n\nThe toll rose overnight.") == [
        headline,
        "The toll rose overnight.",
    ]
    assert sentences("BEIRUT 70 fighters have been killed.") == ["70 fighters have been killed."]


def test_a_bare_dateline_before_a_figure_and_an_acronym_is_still_cut() -> None:
    # "12 NATO soldiers were …" goes on in lower case: a body after a dateline, not a
    # headline in capitals
    assert sentences("KABUL 12 NATO soldiers were killed on Monday, officials said.") == [
        "12 NATO soldiers were killed on Monday, officials said."
    ]
