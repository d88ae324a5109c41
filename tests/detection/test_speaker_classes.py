"""Speaker classes of guideline §4 that earlier rounds missed: pairs of people,
people described by their role, coup makers and documents, and the like."""

import pytest

from annotator.detection import detect
from annotator.domain import KIND_STATEMENT


def speakers(text: str) -> list[str | None]:
    return [c.speaker for c in detect(text) if c.kind == KIND_STATEMENT]


_TWO_LEADERS = (
    "President Amos Karu said his guards had been attacked. Vice President Joel Wani "
    "denied that his men fired first. Karu later met Wani at the palace, and Wani said "
    "the talks went well. Karu said he was ready to sign. The two leaders made a joint "
    "call for calm. Both men said they did not know what prompted the shooting."
)


def test_two_people_are_the_pair_the_article_is_about() -> None:
    """ "Both men" and "the two leaders" are the two people named most often, not the
    last one named, nor the words themselves."""
    assert speakers(_TWO_LEADERS)[-2:] == ["Amos Karu; Joel Wani"] * 2


def test_two_people_need_two_people_named_more_than_once() -> None:
    text = "Both men said they did not know what prompted the shooting."
    assert speakers(text) == ["Both men"]


@pytest.mark.parametrize(
    "text",
    [
        # the role in apposition after the name, the description after it
        "Gen. Tomas Varga, commander of the northern army group, said the line held. "
        "The town would not fall, the commander said.",
        # the description first, the name in the next paragraph (wire style)
        "The town would not fall, the top army commander in the north said on Monday.\n\n"
        "Gen. Tomas Varga, commander of the northern army group, said the line held.",
        # the role as a title before the name, and an owner's description
        "Army Commander in the North, Gen. Tomas Varga said the line held. "
        "Ostrelia's top military commander added that the town would not fall.",
    ],
)
def test_described_person_is_the_one_named_with_that_role(text: str) -> None:
    assert speakers(text) == ["Tomas Varga", "Tomas Varga"]


def test_described_person_stays_described_when_two_hold_the_role() -> None:
    text = (
        "Gen. Tomas Varga, commander of the northern army group, said the line held. "
        "Col. Pavel Koval, commander of the southern brigade, said it broke. "
        "The town would not fall, the commander said."
    )
    assert speakers(text)[-1] == "the commander"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("On state television the putschists announced a curfew from dawn.", "the putschists"),
        ("The mutineers said the president had resigned.", "The mutineers"),
        ("The country's constitution declares every citizen equal.", "The country's constitution"),
        ("The government has proclaimed its intention to retake the city.", "The government"),
    ],
)
def test_coup_makers_founding_texts_and_proclaiming(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_a_newspaper_revealing_its_own_story_is_no_statement() -> None:
    """ "The Mail on Sunday can reveal" is the author's own claim (guideline §4)."""
    assert speakers("Troops have killed hundreds of fighters, The Mail on Sunday can reveal.") == []


def test_a_syria_storys_observatory_never_named_in_full() -> None:
    """A Syria story that calls its monitor "the Observatory" (or "a monitor") without
    naming it in full means the Syrian Observatory for Human Rights (guideline §4)."""
    text = (
        "Air strikes hit Syria's Idlib province on Monday killing 12 people a monitor said. "
        "The strikes hit a market, the Observatory said. "
        "Eight of the dead were children the Observatory added."
    )
    assert speakers(text) == ["Syrian Observatory for Human Rights"] * 3


def test_an_observatory_outside_syria_stays_as_named() -> None:
    text = "The storm damaged the roof, the Observatory said."
    assert speakers(text) == ["Observatory"]


@pytest.mark.parametrize(
    "text",
    [
        "After Kiir dismissed Machar as his vice president in July, fighting erupted.",
        "The president dismissed Omar Haddad as the defence minister on Monday.",
    ],
)
def test_removing_someone_from_office_is_no_statement(text: str) -> None:
    assert speakers(text) == []


def test_dismissing_a_claim_is_still_a_statement() -> None:
    assert speakers("Iran dismissed the charge as lies.") == ["Iran"]


@pytest.mark.parametrize(
    ("text", "speaker", "via"),
    [
        (
            "The defence ministry was quoted by Interfax as saying the army would withdraw.",
            "The defence ministry",
            "Interfax",
        ),
        (
            "The army would withdraw, General Ivan Petrov was quoted by TASS as saying.",
            "Ivan Petrov",
            "TASS",
        ),
    ],
)
def test_quoted_by_an_outlet_as_saying(text: str, speaker: str, via: str) -> None:
    """Guideline §4: the outlet that quotes is `via`, the one quoted speaks."""
    assert [(c.speaker, c.via) for c in detect(text) if c.kind == KIND_STATEMENT] == [
        (speaker, via)
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The minister quipped that the army had run out of excuses.", "The minister"),
        ("The rebels would never win, the general contended.", "the general"),
        ("Ali Hassan speculated that the ceasefire would not last.", "Ali Hassan"),
        ("The ambassador hinted that sanctions would follow.", "The ambassador"),
        ("The war is over, the colonel joked.", "the colonel"),
        ("The spokesman reckoned the talks would fail.", "The spokesman"),
        ("The senator lambasted the plan as reckless.", "The senator"),
        ("The envoy rebuked the rebels for the attack.", "The envoy"),
        ("The mayor bemoaned the lack of shelters.", "The mayor"),
    ],
)
def test_arguing_joking_hinting_and_scolding_are_said(text: str, speaker: str) -> None:
    """Guideline §4: a communicative act with content is a statement, whatever the verb
    of saying ("contended", "quipped", "hinted", "lambasted" ...)."""
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("'We are here to keep order,' said the leader of one unit.", "the leader of one unit"),
        ("The town had fallen, according to a member of one family.", "a member of one family"),
        ("According to the group one civilian was killed.", "the group"),
    ],
)
def test_one_of_several_stays_in_the_speaker_phrase(text: str, speaker: str) -> None:
    """ "the leader of one unit": after "of", "one" picks one of several and belongs to
    the speaker; elsewhere it opens the reported clause."""
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker", "via"),
    [
        (
            "Interfax quoted a military source saying the jets had flown 40 sorties.",
            "a military source",
            "Interfax",
        ),
        (
            "State television quoted Colonel Ivan Petrov saying the town had been taken.",
            "Ivan Petrov",
            "State television",
        ),
        ("The newspaper quoted the report, saying it was false.", "The newspaper", None),
    ],
)
def test_quoted_someone_saying_without_as(text: str, speaker: str, via: str | None) -> None:
    """Guideline §4: "X quoted Y saying" relays Y's words as "quoted Y as saying" does;
    after a comma, "saying" is the quoting subject's own."""
    assert [(c.speaker, c.via) for c in detect(text) if c.kind == KIND_STATEMENT] == [
        (speaker, via)
    ]


def test_a_body_named_after_the_verb_and_described_by_which() -> None:
    """Commas lost: "… raged in Hardatain and Ratain said the Observatory which tracks
    …" is said by the body after the verb, not by the place before it."""
    text = (
        "The army took two villages while battles raged in Hardatain and Ratain said the "
        "Observatory which tracks the conflict using sources on the ground."
    )
    assert speakers(text) == ["Observatory"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The presidency also called on the world to stand by the country.", "The presidency"),
        ("The watchdog said 12 people were killed in the raids.", "The watchdog"),
        ("The study said most of the weapons were smuggled.", "The study"),
        ("The declaration calls for an immediate ceasefire.", "The declaration"),
    ],
)
def test_a_presidency_a_watchdog_and_findings_speak(text: str, speaker: str) -> None:
    """Guideline §4: bodies and documents are identifiable speakers."""
    assert speakers(text) == [speaker]


def test_a_name_after_a_role_and_a_rank_is_the_speaker() -> None:
    """ "said spokesman Colonel Chris Garver": the rank titles the name, which speaks."""
    text = "The coalition found enough evidence, said spokesman Colonel Chris Garver on Wednesday."
    assert speakers(text) == ["Chris Garver"]


@pytest.mark.parametrize(
    "text",
    [
        "Jets struck a camp of the Islamist militant group the Shabab, the Pentagon said. "
        "Last month the Shabab claimed an attack on a hotel. The group said it would strike again.",
        "Boko Haram, the jihadist group, said it held the girls. The army said it had freed "
        "20. The group said it would strike again.",
    ],
)
def test_the_group_is_the_named_group_without_an_organisation_word(text: str) -> None:
    """ "the group" stands for the last speaker the article calls a group, though its
    name carries no organisation word (Shabab, Boko Haram), not for the ministry or
    army that spoke in between."""
    assert speakers(text)[-1] in ("Shabab", "Boko Haram")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Defence sources indicated last night that the raids had ended.", "Defence sources"),
        ("Officials indicated the talks would resume next week.", "Officials"),
    ],
)
def test_indicating_is_letting_it_be_known(text: str, speaker: str) -> None:
    """ "X indicated that …" reports what a speaker let be known (guideline §4)."""
    assert speakers(text) == [speaker]


def test_results_that_indicate_are_no_speaker() -> None:
    assert speakers("The results indicated that the drug works.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The rebels had earlier boasted they were receiving new tanks.", "The rebels"),
        ("Thai officials reject any political or religious motive.", "Thai officials"),
    ],
)
def test_boasting_and_rejecting_now_are_said(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    ["The country boasts one of the biggest armies.", "Voters are expected to reject the plan."],
)
def test_boasting_an_army_and_an_expected_rejection_are_no_statements(text: str) -> None:
    """ "boasts one of the biggest armies" is having, not bragging; an expected vote
    reports no one's words."""
    assert speakers(text) == []


_OBSERVATORY_THEN_WATCHDOG = (
    "Air strikes killed 12 people in Idlib, the Syrian Observatory for Human Rights said. "
    "The {watchdog} had earlier reported 10 dead."
)


def test_a_watchdog_described_by_its_base_is_the_named_monitor() -> None:
    """Guideline §4: "the British-based monitoring group" is the Observatory; so is "the
    Britain-based watchdog" in a story that names it."""
    text = _OBSERVATORY_THEN_WATCHDOG.format(watchdog="Britain-based watchdog")
    assert speakers(text)[-1] == "Syrian Observatory for Human Rights"


def test_the_chemical_weapons_watchdog_is_no_war_monitor() -> None:
    text = _OBSERVATORY_THEN_WATCHDOG.format(watchdog="chemical weapons watchdog")
    assert speakers(text)[-1] == "The chemical weapons watchdog"


@pytest.mark.parametrize(
    "text",
    [
        "The attacks according to the source claimed the lives of two persons.",
        "The attacks according to the source caused material damage to the power grid.",
    ],
)
def test_a_verb_after_the_source_ends_its_phrase(text: str) -> None:
    """Commas lost after "according to the source": the verb that follows the role noun
    opens the reported clause."""
    assert speakers(text) == ["the source"]


def test_a_place_opening_the_sentence_is_no_one_he_stands_for() -> None:
    """ "In New York, Ambassador Gerard Araud said …" then "he told reporters": he is
    the ambassador, not the place the sentence opened with."""
    text = (
        "In New York, Ambassador Gerard Araud said there will be a meeting on Jan. 8. "
        "'The goal is to have a political agreement,' he told reporters."
    )
    assert speakers(text) == ["Gerard Araud", "Gerard Araud"]


def test_a_relative_clause_after_the_subject_is_no_speaker() -> None:
    """ "Israel, which controls …, began what it said …": "it" is the subject the
    relative clause describes, not the clause."""
    text = (
        "On Sunday, Israel, which controls all entry of goods into Gaza, began what it said "
        "would be daily pauses in fighting."
    )
    assert speakers(text) == ["Israel"]


def test_pm_after_a_state_is_its_prime_minister() -> None:
    """A headline's "Israel's PM" is the one prime minister the article names, as
    "Israel's prime minister" is; unnamed, the office is written out."""
    text = (
        "Iraqi Prime Minister Adil Karim met the envoys on Monday. Iraq's PM says the "
        "talks will go on."
    )
    assert speakers(text) == ["Adil Karim"]
    assert speakers("Greek PM announced that the country will hold early elections") == [
        "Greek prime minister"
    ]


def test_pm_of_a_clock_or_before_a_name_is_unchanged() -> None:
    assert speakers("British PM Alan Ford said the plan works.") == ["Alan Ford"]
    assert speakers("The attack came at 9 PM, police said.") == ["police"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a nationality before a description, then the name: the person named
        ('"The floor shook," said Danish tourist Mette Holm, who was in the hall.', "Mette Holm"),
        ('"We ran," said Lebanese shop owner Karim Haddad.', "Karim Haddad"),
        # a nationality opening an indefinite description names no body
        ("The bombing was claimed by a Kurdish militant group.", "a Kurdish militant group"),
        ("The raid was claimed by an Iraqi militant group.", "an Iraqi militant group"),
    ],
)
def test_a_nationality_alone_is_no_speakers_name(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (
            "Hamas fired rockets at the town. The ministry said 20 died. The militant group "
            "said it would fight on.",
            ["The ministry", "Hamas"],
        ),
        (
            "Boko Haram fighters raided the village. Troops pursued Boko Haram into the hills. "
            "The extremist group said it had lost no one.",
            ["Boko Haram"],
        ),
        # no armed group named: the description stays as worded
        (
            "The ministry said 20 died. The jihadist group said it would fight on.",
            ["The ministry", "The jihadist group"],
        ),
    ],
)
def test_an_armed_description_is_the_armed_group_the_article_names(
    text: str, named: list[str]
) -> None:
    assert speakers(text) == named


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # guideline §4: "it said" points back; with no body speaking before it, to the
        # body the sentence before leads with
        (
            "The UN refugee agency published new figures on Tuesday. It said 3,000 families "
            "had fled.",
            "The UN refugee agency",
        ),
        (
            "The Pentagon released a video of the raid. It said the strike had killed the "
            "group's leader.",
            "Pentagon",
        ),
        (
            "The Health Ministry updated its figures overnight. It added that 40 people were "
            "wounded.",
            "Health Ministry",
        ),
        ("The army entered the town on Monday. It said 20 rebels had surrendered.", "The army"),
        (
            "The Islamic State group published a video online. It warned that more attacks "
            "would follow.",
            "Islamic State",
        ),
    ],
)
def test_it_is_the_body_leading_the_sentence_before(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # no body leads the sentence before: people, or a thing that says nothing
        "The soldiers entered the town on Monday. It said 20 rebels had surrendered.",
        "The meeting ended late on Monday. It said the talks had failed.",
    ],
)
def test_it_with_no_body_before_speaks_for_no_one(text: str) -> None:
    assert speakers(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # guideline §4: armed and political bodies named by what they are speak, as "the
        # army" and "the rebels" do
        ("The militia said the town was surrounded.", "The militia"),
        ("The separatists claimed that two villages had fallen.", "The separatists"),
        ("The insurgents said they had shot down a helicopter.", "The insurgents"),
        ("The navy said the ship had been hit by a missile.", "The navy"),
        ("The cabinet denied that troops would be sent abroad.", "The cabinet"),
        ("The brigade said in a statement that its men had withdrawn.", "The brigade"),
        ("The kidnappers demanded a ransom of $2 million.", "The kidnappers"),
        ("The peacekeeping force warned that the ceasefire was fragile.", "The peacekeeping force"),
        # the issuer of a document, named by what it is
        (
            "He was hanged for violations according to a statement issued by the brigade.",
            "the brigade",
        ),
    ],
)
def test_bodies_named_by_what_they_are(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize("counted", ["militants", "fighters", "separatists", "soldiers"])
def test_an_agency_run_into_a_counted_role_noun_relays_alone(counted: str) -> None:
    """Commas lost (guideline §4, "AP quoted SOHR as saying"): the people the clause
    before counted are no part of the relaying agency."""
    text = f"Since March the front has recruited 3000 {counted} AP quoted SOHR as saying."
    assert [(c.speaker, c.via) for c in detect(text) if c.kind == KIND_STATEMENT] == [
        ("SOHR", "AP")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # guideline §4: people named by their trade, office or kin speak as "the doctor"
        # does
        ("The pilot said the plane had been hit by ground fire.", "The pilot"),
        ("A local imam told AFP that 30 bodies had been buried.", "A local imam"),
        ("\u201cThey came at night,\u201d the widow said.", "the widow"),
        ("The coroner said the victims had died of gunshot wounds.", "The coroner"),
        ("A shopkeeper in Konya said the market had been looted.", "A shopkeeper in Konya"),
        ("The congresswoman asked why the troops had not been withdrawn.", "The congresswoman"),
        ("The bishop condemned the killing of the villagers.", "The bishop"),
    ],
)
def test_people_named_by_trade_office_or_kin(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # guideline §4: people named in the plural by rank, office or trade speak as
        # "officials" do
        ("The generals said the offensive would begin within days.", "The generals"),
        ("The clerics condemned the bombing of the mosque.", "The clerics"),
        ("The freed hostages said they had been held in a cave.", "hostages"),
        ("The village elders warned that the truce would not hold.", "The village elders"),
        ("The detainees claimed that they had been beaten by guards.", "The detainees"),
        ("The ambassadors urged both sides to return to the talks.", "The ambassadors"),
    ],
)
def test_people_named_in_the_plural_by_rank_office_or_trade(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a party to talks or a war speaking by its side, named by no state
        ("The ceasefire was broken within hours, both sides said.", "both sides"),
        ("The two sides said they would meet again in May.", "The two sides"),
        ("The warring sides said they would respect the truce.", "The warring sides"),
        ("The rival sides claimed that the other had fired first.", "The rival sides"),
        ("The other side said the talks had failed.", "The other side"),
    ],
)
def test_a_side_speaks(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "it said" after a body whose name opens with a capitalised word in -ed: the
        # word is part of the name, not the sentence's verb
        (
            "The United Nations released new figures on Tuesday. It said 3,000 families had fled.",
            "United Nations",
        ),
        (
            "The United States Central Command published a statement. It said the strike "
            "killed two commanders.",
            "United States Central Command",
        ),
        (
            "The Armed Forces of the Philippines launched an offensive on Monday. It said 20 "
            "rebels were killed.",
            "Armed Forces of the Philippines",
        ),
        (
            "The United Arab Emirates closed its embassy on Sunday. It said the move was "
            "temporary.",
            "United Arab Emirates",
        ),
        (
            "The United Nations Children's Fund released a report on Friday. It said 500 "
            "children had died.",
            "United Nations Children's Fund",
        ),
    ],
)
def test_it_is_a_body_whose_name_opens_with_a_word_in_ed(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "they" in a clause after the sentence's irregular past stands for its subject,
        # not for a phrase running on to the clause's own verb
        ("The rebels withdrew from the town as they vowed to return.", "The rebels"),
        ("The militants overran the base before they claimed the attack online.", "The militants"),
        (
            "The officials drove to the border, where they said the crossing would reopen.",
            "The officials",
        ),
        ("The insurgents blew up the bridge as they warned of more attacks.", "The insurgents"),
        (
            "The activists swept through the square while they demanded new elections.",
            "The activists",
        ),
        (
            "The villagers hid in the forest, where they told reporters the soldiers had "
            "burned their homes.",
            "The villagers",
        ),
    ],
)
def test_they_after_a_subject_of_an_irregular_past(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # guideline §4: "she" is the woman the text names as one (a word for a woman
        # beside her name, as "Ms" does), not a later speaker named neither way
        (
            "Jane Roe, a spokeswoman for the agency, said the camp was full. Police chief Tom "
            'Reed said the roads were closed. "We need more tents," she added.',
            ["Jane Roe", "Tom Reed", "Jane Roe"],
        ),
        (
            "Agency spokeswoman Maria Lopez said aid had arrived. Colonel Ahmed Saleh said the "
            "town was calm. She said the convoy would leave on Monday.",
            ["Maria Lopez", "Ahmed Saleh", "Maria Lopez"],
        ),
        (
            "Amal Haddad, a mother of three, said her house was destroyed. Her neighbour, "
            "Karim Aziz, said the shelling lasted all night. \u201cWe have nothing left,\u201d "
            "she said.",
            ["Amal Haddad", "Karim Aziz", "Amal Haddad"],
        ),
        (
            "The widow, Fatima Noor, said the soldiers took her son. Captain John Miles said "
            "the raid targeted militants. She said her son was a student.",
            ["Fatima Noor", "John Miles", "Fatima Noor"],
        ),
        # and "he", after a woman so named, the last speaker not named as one
        (
            "Tom Reed, the police chief, said the roads were closed. Jane Roe, a spokeswoman "
            'for the agency, said the camp was full. "We need more police," he added.',
            ["Tom Reed", "Jane Roe", "Tom Reed"],
        ),
    ],
)
def test_a_pronoun_is_the_person_the_text_names_of_its_gender(text: str, named: list[str]) -> None:
    assert speakers(text) == named


def test_a_woman_named_as_one_only_after_the_pronoun_is_not_its_speaker() -> None:
    # a reader knows only what came before: "Ms Goitein" later says nothing of the "she"
    text = (
        "Elizabeth Goitein, a director at the centre, said the plan was unlawful. Press "
        'secretary Karen Lyle says the areas are needed. "It will help," she added. Ms '
        "Goitein disagrees."
    )
    assert speakers(text)[:3] == ["Elizabeth Goitein", "Karen Lyle", "Karen Lyle"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # titles of lawmakers, boards and faiths are dropped from the name, as
        # "Senator" and "Ayatollah" are
        ("Congresswoman Ruth Kline said the vote was lawful.", "Ruth Kline"),
        ("Chairwoman Maxine Waters said the sanctions would pass.", "Maxine Waters"),
        ("Councilman Joe Borelli said the vote was delayed.", "Joe Borelli"),
        ("Archbishop Justin Welby condemned the attack.", "Justin Welby"),
        ("Rabbi David Rosen said the talks were a step forward.", "David Rosen"),
        ("Grand Mufti Shawki Allam condemned the bombing.", "Shawki Allam"),
        ("Cardinal Pietro Parolin called for a ceasefire.", "Pietro Parolin"),
    ],
)
def test_offices_of_lawmakers_boards_and_faiths_are_titles(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # guideline §4 ("the British-based monitoring group" is the Syrian Observatory):
        # a description stands for the one body the article describes so in apposition
        (
            "The Syrian Democratic Forces, a US-backed alliance of Kurdish and Arab fighters, "
            "captured the dam on Monday. The alliance said 30 militants were killed.",
            "Syrian Democratic Forces",
        ),
        (
            "The Syrian Democratic Forces, a US-backed alliance of Kurdish and Arab fighters, "
            "captured the dam. The US-backed alliance said 30 militants were killed.",
            "Syrian Democratic Forces",
        ),
        (
            "Hayat Tahrir al-Sham, a jihadist alliance, took the town. The alliance said it "
            "had lost 12 fighters.",
            "Hayat Tahrir al-Sham",
        ),
        (
            "The Halo Trust, a British charity, cleared the field last year. The charity said "
            "400 mines were removed.",
            "Halo Trust",
        ),
        (
            "Amnesty International, the London-based rights group, published its report on "
            "Tuesday. The rights group said 50 people were executed.",
            "Amnesty International",
        ),
        (
            "The Free Syrian Army, a loose coalition of rebel brigades, retook the village. "
            "The coalition said the army had fled.",
            "Free Syrian Army",
        ),
        (
            "The Organisation for the Prohibition of Chemical Weapons, the global watchdog, "
            "sent inspectors. The watchdog said gas was used.",
            "Organisation for the Prohibition of Chemical Weapons",
        ),
    ],
)
def test_a_description_is_the_body_described_so_in_apposition(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # no apposition the head word ends: a place before the speaker's own comma, a
        # person's description
        ("In Gaza, the health ministry said 40 people were killed.", "the health ministry"),
        (
            "Jean Roux, the French military spokesman, met reporters. The French military "
            "said the base was secure.",
            "The French military",
        ),
    ],
)
def test_a_description_without_an_apposition_stays(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


def test_a_relative_named_as_a_woman_does_not_make_her_kin_a_she() -> None:
    # relatives share a surname: "His mother, Amal Haddad" names Amal a woman, not the
    # shopkeeper Ahmed Haddad, who stays the last man to speak
    text = (
        "Police officer John Smith said the road had been closed since Monday. Shopkeeper "
        "Ahmed Haddad said the shelling had destroyed his shop. His mother, Amal Haddad, "
        'was wounded in the attack. "We have nowhere to go now," he said.'
    )
    named = speakers(text)
    assert named[0] == "John Smith"
    assert named[1].endswith("Ahmed Haddad")
    assert named[2] == named[1]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # a "she" coordinated with others is read as a "she" alone is: the woman named
        # as one before it, not the last speaker named neither way
        (
            "Jane Roe, a spokeswoman for the agency, said the camp was full. Police chief Tom "
            "Reed said the roads were closed. She and her deputy said the tents had run out.",
            "Jane Roe",
        ),
        (
            "Agency spokeswoman Maria Lopez said aid had arrived. Colonel Ahmed Saleh said the "
            "town was calm. She and two colleagues told reporters the convoy would leave.",
            "Maria Lopez",
        ),
        (
            "The widow, Fatima Noor, said the soldiers took her son. Captain John Miles said "
            "the raid targeted militants. She and her lawyer said the boy was a student.",
            "Fatima Noor",
        ),
        (
            "Amal Haddad, a mother of three, said her house was destroyed. Her neighbour, "
            "Karim Aziz, said the shelling lasted all night. She and her sister said they had "
            "nothing left.",
            "Amal Haddad",
        ),
        (
            "Sara Klein, a spokeswoman for the refugee agency, said 300 families had fled. "
            "Major Peter Holm said the road was open. She and other aid workers warned that "
            "food would run out.",
            "Sara Klein",
        ),
    ],
)
def test_a_she_among_coordinated_speakers_is_the_woman_named_before(text: str, named: str) -> None:
    assert speakers(text)[-1].split("; ")[0] == named


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "they" stands for the people the sentence before leads with: in "-men" or
        # "men", "women" and "people", and after a word in -ed that describes them
        (
            "Armed men stormed the village on Monday. They demanded money from the elders.",
            "Armed men",
        ),
        (
            "Gunmen attacked the checkpoint at dawn. They said they were fighting for the "
            "province.",
            "Gunmen",
        ),
        (
            "Masked men seized the mayor's office. They told residents to stay indoors.",
            "Masked men",
        ),
        (
            "Tribesmen blocked the highway for a second day. They said the government had "
            "ignored them.",
            "Tribesmen",
        ),
        (
            "Local people gathered outside the hospital. They accused the army of shelling "
            "the market.",
            "Local people",
        ),
        ("Women marched through the capital. They called for an end to the war.", "Women"),
    ],
)
def test_they_is_the_people_in_an_irregular_plural_leading_the_sentence_before(
    text: str, speaker: str
) -> None:
    assert speakers(text) == [speaker]


def test_they_after_people_who_say_nothing_is_no_statement() -> None:
    assert speakers("Armed men stormed the village. They burned the mosque and left.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # guideline §4: communiqués and documents speak ("The resolution called for …")
        ("The indictment alleges that he ordered the killings.", "The indictment"),
        ("The lawsuit claims the company sold weapons to the militia.", "The lawsuit"),
        ("The dossier claimed Iraq could deploy weapons within 45 minutes.", "The dossier"),
        ("The verdict said the commander was responsible for the massacre.", "The verdict"),
        ("The manifesto called for attacks on government buildings.", "The manifesto"),
        ("A diplomatic cable said the army had lost control of the north.", "A diplomatic cable"),
        ("The petition urged the government to end the siege.", "The petition"),
    ],
)
def test_indictments_inquiries_and_other_documents_speak(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "The indictment was unsealed on Monday.",
        "The dossier was published in 2002.",
    ],
)
def test_a_document_that_says_nothing_is_no_statement(text: str) -> None:
    assert speakers(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "it" stands for the body the sentence before leads with, also when a plural
        # word of its name ("Forces") is its head
        (
            "The Allied Democratic Forces attacked the town. It said the raid was revenge.",
            "Allied Democratic Forces",
        ),
        (
            "The Syrian Democratic Forces captured the dam on Monday. It said 30 militants "
            "were killed.",
            "Syrian Democratic Forces",
        ),
        (
            "The Rapid Support Forces seized the city. It said it would protect civilians.",
            "Rapid Support Forces",
        ),
        (
            "The Lebanese Armed Forces deployed to the border. It said the area was calm.",
            "Lebanese Armed Forces",
        ),
        (
            "The Kurdish-led Self-Defence Forces shelled the road. It said the convoy "
            "carried weapons.",
            "Self-Defence Forces",
        ),
    ],
)
def test_it_is_a_body_whose_name_ends_in_a_plural_word(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_it_after_people_in_the_plural_stays_unresolved() -> None:
    assert speakers("The rebels attacked the town. It said the raid was revenge.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a capitalised word in -ed is a name's ("Ahmed", "Saeed", "Hamed"), not the
        # verb ending the subject of an "and said"
        (
            "Colonel Ahmed Saleh declined to give a figure but said the operation was over.",
            "Ahmed Saleh",
        ),
        ("Colonel Ahmed Saleh visited the base and said the operation was over.", "Ahmed Saleh"),
        ("Saeed Karimi fled the city and said the shelling was constant.", "Saeed Karimi"),
        ("Hamed Nouri led the convoy and warned that the road was mined.", "Hamed Nouri"),
        ("Majed Haddad left the camp and said the water had run out.", "Majed Haddad"),
    ],
)
def test_a_name_in_ed_is_no_verb_before_and_said(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_a_name_in_ed_before_told_an_outlet_is_the_speaker() -> None:
    text = "Mohammed Ali returned to the village and told AFP his house was gone."
    assert [(c.speaker, c.via) for c in detect(text) if c.kind == KIND_STATEMENT] == [
        ("Mohammed Ali", "AFP")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a subordinator opening the sentence is no part of the name after it
        ("Although Israel says it tries to spare civilians, the strikes went on.", "Israel"),
        ("While Myanmar urged Muslims to cooperate, the army moved in.", "Myanmar"),
        # where the speaker posted is no speaker
        ("The activist group Lucha on Twitter also condemned the vote.", "Lucha"),
        ("The army on its Facebook page said the town was retaken.", "The army"),
        # a document's reader, a locating participle, a title still to take office
        ("The joint report seen by Reuters said many soldiers lacked guns.", "The joint report"),
        (
            "The army field commander standing by the Euphrates River said the troops would move.",
            "The army field commander",
        ),
        (
            "A senior defense official traveling with Panetta said some troops would remain.",
            "A senior defense official",
        ),
        ("The minister, speaking with reporters, said the deal was close.", "The minister"),
        (
            "He was countered by Ukraine's president-elect, who said the talks were over.",
            "Ukraine's president-elect",
        ),
    ],
)
def test_words_around_a_speaker_that_name_no_one(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_a_spanish_name_is_found_by_its_first_surname() -> None:
    text = (
        "State prosecutor Reynaldo Escobar Perez visited the scene. "
        "Escobar said police were reviewing video."
    )
    assert speakers(text)[-1] == "Reynaldo Escobar Perez"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a platform only ends a speaker phrase: "X TV" and "the site's editor" speak
        ("Al Jazeera on Sunday said the town fell.", "Al Jazeera"),
        ("The site's editor said the story stood.", "The site's editor"),
        # a middle initial is no surname, and two-word names are left as they were
        ("George W. Bush spoke first. Bush said the war was over.", "George W. Bush"),
        # the people travelling are no speaker when the sentence names one
        ("Officials travelling with the convoy were attacked, the army said.", "the army"),
    ],
)
def test_near_misses_of_those_words(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Somalia's partners also need to get serious and coordinate better, said Matt "
            "Bryden of the think-tank Sahan Research.",
            "Matt Bryden",
        ),
        (
            "It all depends on the degree to which those fighting under Assad bring tribes in,"
            "  said Andrew Tabler, a fellow at the Washington Institute.",
            "Andrew Tabler",
        ),
    ],
)
def test_a_name_after_said_after_a_comma_said_the_clause_before(text: str, speaker: str) -> None:
    """Wire copy whose quote marks were stripped: the clause before the comma is what
    the person named after the verb said."""
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the name after the verb opens what was said
        (
            "The U.N. spokesman, Francois Giuliani, said Perez de Cuellar had no comment.",
            "Francois Giuliani",
        ),
        (
            "Amid rhetoric from Pyongyang, Adm. Samuel Locklear, commander of US forces, said "
            "North Korea's threats were real.",
            "Samuel Locklear",
        ),
    ],
)
def test_a_name_opening_what_was_said_is_no_inverted_speaker(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]
