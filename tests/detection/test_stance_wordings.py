"""Stance wordings of guideline §3b that unseen articles use, made up rather than copied.

The positives are an attributed actor's stated stance (demands, refusals, rejections,
threats, warnings, pledges, support, opposition, condemnation, agreement to a plan,
votes, vetoes, aims and conditions) told in varied constructions: reported speech,
quotation, the passive, a stance named by a noun.  The near misses are what the
guideline leaves out: facts and events, questions, predictions, feelings, private and
non-political matters.  Cases the rules still get wrong are marked `xfail(strict=True)`
with the reason, so the file also lists the known misses."""

import pytest

from annotator.detection import detect
from annotator.domain import KIND_POSITION

_STANCE_SUBTYPES = ("stance", "both")


def _subtypes(text: str) -> list[str | None]:
    return [c.subtype for c in detect(text) if c.kind == KIND_POSITION]


def _missed(text: str, reason: str) -> object:
    """A case the detector still gets wrong: expected to fail, strictly."""
    return pytest.param(text, marks=pytest.mark.xfail(strict=True, reason=reason))


@pytest.mark.parametrize(
    "text",
    [
        "The government demanded the immediate release of the detained aid workers.",
        "Moscow demanded that Kiev withdraw its heavy weapons from the line of contact.",
        "The Kremlin has long insisted that NATO halt its expansion eastward.",
        "Washington rejected the proposal as a non-starter.",
        "The opposition coalition rejected any talks with the president.",
        "The rebels refused to hand over their weapons.",
        "Tehran refuses to negotiate over its missile programme.",
        "The defence minister ruled out sending ground troops to the region.",
        "Prime Minister Ahmed vowed to crush the insurgency.",
        "The armed group pledged to respect the ceasefire.",
        "The European Union pledged 500 million euros in reconstruction aid to the country.",
        "Pyongyang threatened to retaliate against any new sanctions.",
        "The president warned that further attacks would be met with force.",
        "The foreign ministry condemned the bombing of the hospital.",
        "China and Russia vetoed the draft resolution on the crisis.",
        "Parliament voted against the annexation of the province.",
        _missed(
            "Lawmakers voted in favour of extending the military mission by a year.",
            "'voted in favour of' is no stance cue",
        ),
        "The Labour Party opposes the deployment of troops abroad.",
        "Germany backs a negotiated settlement to the conflict.",
        "France supports the proposal for a no-fly zone over the north.",
        "The rebels agreed to a ceasefire brokered by Turkey.",
        "The UN called for an immediate halt to the fighting.",
        "The Kremlin said NATO must never admit Georgia as a member.",
        "The government will not tolerate attacks on its sovereignty, the minister said.",
        "The militia said it would not accept any deal that left the city to the government.",
        "Washington has long insisted on the withdrawal of foreign forces from the country.",
        "Russia's demand for security guarantees was dismissed by the alliance.",
        _missed(
            "The ministry's call for a ceasefire went unanswered.",
            "an owner named by a common noun ('The ministry's') is no owner of a stance noun",
        ),
        "The plan was rejected by the opposition leaders.",
        "The resolution was vetoed by the United States.",
        "The peace plan is backed by the African Union.",
        "The move was condemned by the Arab League.",
        _missed(
            "In a bid to end the war, the government offered an amnesty to the fighters.",
            "'in a bid to' (a stated aim) is no stance cue",
        ),
        "The government is seeking to isolate the regime through sanctions.",
        "Ankara has threatened to launch a new offensive if the fighters do not withdraw.",
        "The rebels have made their participation in the talks conditional on a prisoner exchange.",
        "Beijing issued an ultimatum to the separatists.",
        "The council gave the junta an ultimatum to restore civilian rule within a week.",
        "The Taliban said they would keep fighting until all foreign troops leave.",
        "The opposition said it would boycott the elections.",
        "The president said the country would never give up an inch of its territory.",
        '"We will not negotiate with terrorists," the interior minister said.',
        '"Sanctions must be lifted before any talks can begin," the foreign minister said.',
        '"We demand an independent investigation," said the spokesman.',
        '"This occupation must end," the prime minister told parliament.',
        "The rebel commander said his men were ready to lay down their arms if the army withdrew.",
        "The foreign minister urged both sides to return to the negotiating table.",
        "The Security Council urged the warring parties to allow humanitarian access.",
        "Washington called on Moscow to pull its troops back from the border.",
        "The UN Secretary-General appealed for restraint on both sides.",
        "The prime minister pledged to hold free and fair elections next year.",
        "The ruling party promised to end the state of emergency.",
        "The coalition is committed to defeating the militants.",
        "The government remains committed to a two-state solution.",
        "The United States condemns this cowardly attack in the strongest terms.",
        "Egypt denounced the raid as a violation of international law.",
        "Britain criticised the decision to expel the observers.",
        "The Arab League welcomed the agreement.",
        "The separatists declared independence from the central government.",
        "The parliament approved the agreement on troop withdrawal.",
        "The cabinet endorsed the peace plan.",
        "Iran has warned of serious consequences if the tanker is not released.",
        "The group's leader threatened more attacks unless the prisoners were freed.",
        "The Kremlin has said it will respond to any NATO deployment near its borders.",
        "The president said he would veto any bill that cut military aid.",
        "The opposition demanded the resignation of the defence minister.",
        "The rebels want a federal system that gives the regions more autonomy.",
        "The government aims to retake all the territory lost to the insurgents.",
        _missed(
            "Russia's aim is to keep Ukraine out of NATO, officials said.",
            "an owned aim followed by 'is to' is not read",
        ),
        "The alliance's policy is to keep the sanctions in place until the troops leave.",
        "Kiev has repeatedly said it will never recognise the annexation of Crimea.",
        "Washington does not recognise the government installed after the coup.",
        "The junta refused to allow international monitors into the country.",
        "The Houthis rejected the UN-brokered truce.",
        "The ministry insisted that the strikes targeted only military facilities.",
        _missed(
            "The Kremlin denied any plan to invade and insisted the troops were on exercises.",
            "'insisted' before a fact is no demand (by design); 'denied any plan' is no cue",
        ),
        "The White House ruled out any negotiations until the hostages are freed.",
        "The government has ruled out early elections.",
        "The president pledged continued military support for Ukraine.",
        "Turkey has threatened to close the border if the fighting spreads.",
        "The foreign minister warned that the country would defend itself.",
        "The EU has imposed sanctions on five senior officials over the crackdown.",
        "The United States announced new sanctions against the regime.",
        "Moscow has expelled ten diplomats in retaliation for the sanctions.",
        "The prime minister has promised to bring the troops home by Christmas.",
        "Both parties agreed to a prisoner swap as part of the deal.",
        "The two governments signed an agreement to demilitarise the border zone.",
        _missed(
            "The rebel leadership accepted the UN peace plan.",
            "accepting a plan is no stance cue",
        ),
        _missed(
            "The government accepted the mediators' proposal for a truce.",
            "accepting a plan is no stance cue",
        ),
        "Saudi Arabia has backed the coalition's campaign against the Houthis.",
        "The minister reaffirmed Britain's support for the Kurdish forces.",
        "Russia has repeatedly voiced support for the Syrian government.",
        _missed(
            "The Kremlin expressed strong opposition to the deployment of missile defence systems.",
            "'expressed opposition to' is no stance cue",
        ),
        "The opposition has objected to the presence of foreign troops.",
        _missed(
            "The parliament passed a resolution demanding the withdrawal of foreign forces.",
            "a participle after a noun ('a resolution demanding') is read as the noun's modifier",
        ),
        "The government dismissed the rebels' demands as unrealistic.",
        _missed(
            "The UN envoy proposed a three-month truce.",
            "'proposed' is no stance cue in the active voice",
        ),
        _missed(
            "Paris proposed sending a peacekeeping force to the region.",
            "'proposed' is no stance cue in the active voice",
        ),
        "The party has campaigned for independence for decades.",
        "The rebels are fighting for an independent homeland in the south.",
        _missed(
            "The regime is determined to retake the city at any cost.",
            "'determined to' is no stance cue",
        ),
        _missed(
            "The president said there could be no negotiations while the occupation continued.",
            "'there could be no negotiations' names no stance verb",
        ),
        "Under no circumstances will we accept foreign troops on our soil, the minister said.",
        _missed(
            "The defence ministry said it reserved the right to respond.",
            "'reserved the right to' is no stance cue",
        ),
        _missed(
            "The government stands by its decision to expel the ambassador.",
            "'stands by its decision' is no stance cue",
        ),
        "The militants have vowed revenge for the killing of their leader.",
        "Iran has pledged to continue supporting the Syrian government.",
        "The Kremlin has repeatedly called for the lifting of sanctions.",
        "Washington is pushing for a new round of talks in Geneva.",
        "The government has pressed for international recognition of the new state.",
        "The prime minister has made clear that the troops will not leave until the job is done.",
        "The president has said the country will not be intimidated by threats.",
        "Officials in Beijing have insisted that Taiwan is part of China.",
        _missed(
            "The ministry said the blockade would continue until the attacks stop.",
            "the intent rule needs a party before the modal, not 'the blockade'",
        ),
        _missed(
            "The rebels said they would only disarm once a political settlement was reached.",
            "'only' between modal and verb, and 'disarm' is no intent verb",
        ),
        _missed(
            "The opposition said any election held under military rule would be illegitimate.",
            "a judgement voiced ('would be illegitimate') is no stance cue",
        ),
        _missed(
            "The council voted unanimously to extend the peacekeeping mission.",
            "an adverb between 'voted' and 'to' breaks the cue",
        ),
        "The government voted to suspend the country's membership of the bloc.",
        "The Kremlin sought to reassure allies that it had no plans to invade.",
        "The US has long sought to topple the regime.",
        _missed(
            "The regime has tried for years to crush the uprising.",
            "'tried to' is no stance cue",
        ),
        "The army chief said the military would not stand by while the country burned.",
        _missed(
            "The prime minister said his government was ready for talks without preconditions.",
            "'ready for talks' is no stance cue ('ready to' is)",
        ),
        "The Taliban have offered to hold talks with Washington.",
        "Russia has offered to mediate between the two sides.",
        "NATO has refused to rule out further deployments in the Baltic states.",
        "The prime minister said that sanctions alone would not end the war and called for talks.",
        "The ministry objected to the presence of foreign warships in its waters.",
        "The government has condemned the annexation as illegal.",
        _missed(
            "Germany has blocked the delivery of tanks to the region.",
            "blocking a thing (not a named party from acting) is no stance cue",
        ),
        "The United Nations demanded unhindered access for aid convoys.",
        "The minister insisted that the election would go ahead as planned.",
        "Human rights groups denounced the mass arrests as an attack on the opposition.",
        "Beijing criticized Washington's decision to send warships through the strait.",
        "The Greens objected to the sale of fighter jets to the regime.",
        "The African Union endorsed the roadmap for a return to civilian rule.",
        "Washington has backed Kiev's bid to join the alliance.",
        "The Gulf states have backed the rebels since the start of the uprising.",
        _missed(
            "The ruling party is endorsing the president's plan to extend his term.",
            "an -ing cue after 'is' with a common-noun subject is read as a noun's modifier",
        ),
    ],
)
def test_stated_stance_is_a_position(text: str) -> None:
    assert any(subtype in _STANCE_SUBTYPES for subtype in _subtypes(text))


@pytest.mark.parametrize(
    "text",
    [
        _missed(
            "The minister called for a taxi after the meeting.",
            "'called for' is read as a stance whatever is called for",
        ),
        _missed(
            "The court rejected the appeal on procedural grounds.",
            "courts are not among the non-political actors",
        ),
        _missed(
            "The judge refused bail for the three suspects.",
            "judges are not among the non-political actors",
        ),
        "The committee will meet again on Tuesday.",
        "Heavy rain fell across the capital on Monday.",
        "The talks lasted more than six hours.",
        "The president arrived in Paris on Thursday for a two-day visit.",
        "Will the government accept the deal?",
        "Should the West impose more sanctions on Moscow?",
        "Analysts expect the central bank to raise interest rates next month.",
        "Economists predict that the economy will shrink this year.",
        "If the talks fail, the conflict could drag on for years, analysts said.",
        "Residents said they were terrified by the explosions.",
        "The families of the victims expressed their grief.",
        "Many people in the city feel angry and abandoned.",
        "The minister was visibly upset during the press conference.",
        "The ceasefire took effect at midnight.",
        _missed(
            "Aid trucks reached the besieged district on Friday.",
            "'besieged' marks a military position even as a modifier",
        ),
        _missed(
            "The sanctions have pushed up the price of bread.",
            "the noun 'sanctions' is a stance cue and 'The' is read as its actor",
        ),
        "Prices rose by four percent in March.",
        "The company refused to comment on the report.",
        "The spokesman declined to comment.",
        _missed(
            "The player insisted on taking the penalty himself.",
            "sports actors are not among the non-political actors",
        ),
        _missed(
            "The singer vowed to return to the stage next year.",
            "entertainers are not among the non-political actors",
        ),
        "The couple exchanged vows in a small ceremony.",
        _missed(
            "The referee warned the player for time-wasting.",
            "sports actors are not among the non-political actors",
        ),
        _missed(
            "The weather service warned of heavy snow in the north.",
            "a weather forecast warning reads as a stance",
        ),
        "Doctors warned that the hospital was running out of oxygen.",
        "The police refused to release the name of the victim.",
        _missed(
            "The fire brigade called for more volunteers.",
            "emergency services other than police and medics read as political actors",
        ),
        _missed(
            "The firm supports more than 2,000 jobs in the region.",
            "'supports' with a non-party subject reads as a stance",
        ),
        _missed(
            "The bridge supports heavy traffic every day.",
            "'supports' with a thing for subject reads as a stance",
        ),
        _missed(
            "The club backs onto the river.",
            "'backs onto' (a place) reads as a stance",
        ),
        _missed(
            "The election will be held on 12 May.",
            "the position model scores election words as a position",
        ),
        "Voters queued for hours outside polling stations.",
        "The vote count was delayed by a power cut.",
        "The report was published on Wednesday.",
        "The meeting ended without a joint statement.",
        "The minister's plane landed in Geneva shortly after noon.",
        "The summit is expected to focus on trade.",
        "Officials said the talks would resume next week.",
        "The embassy said the building was closed for the holiday.",
        "The ministry said 300 people had been evacuated from the flooded area.",
        "The army said the helicopter crashed because of a technical fault.",
        "Thousands of people attended the funeral.",
        "The protesters marched through the city centre.",
        _missed(
            "The bank rejected his loan application.",
            "firms are not among the non-political actors",
        ),
        _missed(
            "The school board voted to change the lunch menu.",
            "a vote on a non-political matter reads as a stance",
        ),
        _missed(
            "The students demanded better food in the canteen.",
            "a demand on a non-political matter reads as a stance",
        ),
        _missed(
            "The shop refused to refund the customer.",
            "firms are not among the non-political actors",
        ),
        _missed(
            "The film has been widely condemned by critics as boring.",
            "the passive rule takes 'critics' as the holder of a stance about a film",
        ),
        _missed(
            "The landlord threatened to evict the tenants.",
            "private quarrels are recognised only by family words",
        ),
        _missed(
            "The coach insisted the team could still win the league.",
            "sports actors are not among the non-political actors",
        ),
        _missed(
            "He promised his mother he would be home for dinner.",
            "private promises are recognised only by some family words",
        ),
        _missed(
            "She opposed her brother in the family dispute.",
            "private quarrels are recognised only by some family words",
        ),
        "The mayor cut the ribbon at the new hospital.",
        "It is unclear whether the government will accept the proposal.",
        "Observers wonder whether Moscow will agree to the plan.",
        "Perhaps the rebels will agree to a truce if the weather turns.",
        _missed(
            "Some commentators believe the sanctions will fail.",
            "the noun 'sanctions' is a stance cue and the belief's holder its actor",
        ),
        "Experts say the economy will recover by next year.",
        "The conflict has displaced more than a million people.",
        "The museum reopened after two years of renovation.",
        "The UN report documented abuses by all sides.",
        "The agency reported that inflation had slowed.",
        "The foreign minister met his Chinese counterpart in Beijing.",
        "The two leaders shook hands before the cameras.",
        "The talks were held behind closed doors.",
        "The prime minister spoke by telephone with the president.",
        "The president will travel to Moscow next month.",
        "The delegation left the capital on Sunday.",
        "The parliament building was evacuated after a bomb scare.",
        "The minister said the weather had delayed the flight.",
        "A spokesman said the minister was in good health.",
        "The government said unemployment fell to 5 percent.",
        "The statement was read out on state television.",
        "The draft resolution was circulated among council members.",
        "The document was signed at a ceremony in Vienna.",
        "The ambassador presented his credentials to the king.",
        "Officials said the cause of the crash was under investigation.",
        "The candidates debated on national television.",
        "Turnout was lower than in the last election.",
        "The new law comes into force on 1 January.",
        "The president was criticised at home and abroad for his slow response to the crisis.",
        "The general, who has been widely denounced for the massacre, retired last year.",
        "The driver had backed the truck into the loading bay.",
        "The report was endorsed by the board in a routine vote on accounts.",
        "A witness said the suspect could have backed out of the plot at any time.",
    ],
)
def test_near_miss_is_no_position(text: str) -> None:
    assert _subtypes(text) == []
