"""Rules found by a blind measurement on held-out articles, each pinned by a sentence
written for the test: prefixes, possessives, names inside names, references back,
joined issue names, verbs that look like issues, places that look like groups."""

from __future__ import annotations

import pytest

from tradereader.extract import extract_actors_issues


def mentions(text: str, kind: str | None = None) -> list[tuple[str, str, str]]:
    found = extract_actors_issues(text)
    return [(text[f.start:f.end], f.subtype, f.value) for f in found
            if kind is None or f.kind == kind]


def test_sino_prefix_names_china():
    found = mentions("Sino-Japanese ties cooled as the Sino-US row dragged on.", "actor")
    assert ("Sino", "country", "CHN") in found
    assert ("US", "country", "USA") in found
    assert sum(m[0] == "Sino" for m in found) == 2


def test_possessive_country_stays_outside_the_ministry():
    found = mentions("Beijing's answer came when China's Ministry of Commerce spoke.", "actor")
    assert ("China", "country", "CHN") in found
    assert ("Ministry of Commerce", "institution", "MOFCOM") in found


def test_commerce_ministry_of_a_china_story_is_mofcom():
    text = ("China said its exports grew. Chinese firms cheered and China's banks lent more. "
            "The Ministry of Commerce issued figures.")
    assert ("Ministry of Commerce", "institution", "MOFCOM") in mentions(text, "actor")


def test_commerce_ministry_elsewhere_stays_generic():
    text = "India raised duties on steel, the Commerce Ministry in New Delhi said."
    assert ("Commerce Ministry", "institution", "Commerce Ministry") in mentions(text, "actor")


def test_the_ministry_refers_back_to_the_last_ministry():
    text = ("The Finance Ministry published data. Later the ministry said imports fell, "
            "and a ministry of culture was not involved.")
    found = mentions(text, "actor")
    assert ("ministry", "institution", "Finance Ministry") in found
    assert sum(m[0] == "ministry" for m in found) == 1


def test_the_ministry_without_a_named_one_is_nothing():
    assert not [m for m in mentions("Later the ministry said imports fell.") if m[0] == "ministry"]


def test_the_department_refers_back():
    text = "The Commerce Department ruled on steel, and the department said more would follow."
    assert ("department", "institution", "Commerce Department") in mentions(text, "actor")


def test_the_capitalised_ministry_of_wire_copy_refers_back():
    text = ("Exports rose, the Finance Ministry said. The Ministry added that the\n"
            "Department of Agriculture agreed, and the Department said so too.")
    found = mentions(text, "actor")
    assert ("Ministry", "institution", "Finance Ministry") in found
    assert ("Department", "institution", "USDA") in found


@pytest.mark.parametrize(
    "text, expected",
    [("The European Commission met. The Commission will propose duties.",
      ("Commission", "institution", "European Commission")),
     ("The International Trade Commission voted, and the commission ruled.",
      ("commission", "institution", "ITC"))],
)
def test_the_commission_refers_back(text, expected):
    assert expected in mentions(text, "actor")


@pytest.mark.parametrize("text", ["the U.S. government said", "The US government balked"])
def test_us_government_is_the_executive(text):
    found = mentions(text, "actor")
    assert found and found[0][1:] == ("government", "US executive")


def test_other_governments_keep_their_names():
    assert mentions("the Japanese government said", "actor")[0][2] == "Japanese government"


@pytest.mark.parametrize(("text", "expected"), [
    ("China's central bank cut its reserve ratio.",
     [("China", "country", "CHN"), ("central bank", "institution", "People's Bank of China")]),
    ("The Chinese central bank cut its reserve ratio.",
     [("Chinese central bank", "institution", "People's Bank of China")]),
    ("America's central bank held rates.",
     [("America", "country", "USA"), ("central bank", "institution", "Federal Reserve")]),
    ("Germany’s central bank warned.",
     [("Germany", "country", "DEU"), ("central bank", "institution", "Bundesbank")]),
])
def test_a_countrys_central_bank_is_that_bank(text, expected):
    assert mentions(text, "actor") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the country after it: one name (within a kind the longest wins), the country's bank
    ("Dollars flowed into the Central Bank of the Argentine Republic (BCRA).",
     [("Central Bank of the Argentine Republic", "institution", "Central Bank of Argentina")]),
    ("The Central Bank of the Czech Republic held rates.",
     [("Central Bank of the Czech Republic", "institution", "Central Bank of the Czech Republic")]),
    ("The central bank of Ecuador held rates.",
     [("central bank of Ecuador", "institution", "Central Bank of Ecuador")]),
    ("He said the central bank of China would act.",
     [("central bank of China", "institution", "People's Bank of China")]),
    # a name of the lexicon written in lower case hides neither its bank nor its country
    ("Copper fell.\n\nThe central bank of Chile cut rates.",
     [("central bank of Chile", "institution", "Central Bank of Chile")]),
])
def test_a_central_bank_of_a_country_is_one_mention(text, expected):
    assert mentions(text, "actor") == expected


def test_a_central_bank_of_no_country_or_an_unnamed_one_stays_generic():
    assert mentions("The central bank said Brazil's central bank held rates.", "actor") == [
        ("central bank", "institution", "central bank"), ("Brazil", "country", "BRA"),
        ("central bank", "institution", "central bank")]
    assert mentions("China and the central bank disagreed.", "actor")[-1][2] == "central bank"


@pytest.mark.parametrize("name", ["Uruguay Round", "Tokyo Round", "Doha Round"])
def test_a_round_named_after_a_place_holds_no_actor(name):
    found = mentions(f"Ministers opened the {name} of talks.")
    assert (name, "topic", "trade agreement") in found
    assert not [m for m in found if m[1] in ("country", "metonym")]


def test_gatt_round_still_names_gatt():
    found = mentions("the GATT round opened")
    assert ("GATT", "institution", "GATT") in found


@pytest.mark.parametrize("paper", ["China Daily", "CHINA DAILY", "Global Times", "Japan Times"])
def test_newspaper_names_are_no_country(paper):
    assert not mentions(f"A photo credit: {paper}. Nothing else.", "actor")


def test_house_speaker_is_a_title_not_the_house():
    found = mentions("House Speaker Jane Doering said the House would vote.", "actor")
    assert ("Jane Doering", "person", "Jane Doering") in found
    assert [m[0] for m in found if m[1] == "government"] == ["House"]


@pytest.mark.parametrize(
    "name, value",
    [("Chinese Academy of Social Sciences", "CASS"),
     ("China Council for the Promotion of International Trade", "CCPIT"),
     ("Chinese Academy of International Trade and Economic Cooperation", "CAITEC"),
     ("State Administration of Foreign Exchange", "SAFE")],
)
def test_chinese_institutions(name, value):
    assert mentions(f"The {name} published a report.", "actor") == [(name, "institution", value)]


def test_no_person_taken_from_the_end_of_an_organisation_name():
    text = "Lin Bao, a fellow at the Institute of Policy Studies, said the gap would narrow."
    people = [m[0] for m in mentions(text, "actor") if m[1] == "person"]
    assert people == ["Lin Bao"]


@pytest.mark.parametrize("word", ["opponents", "advocates", "supporters", "proponents"])
def test_more_party_groups(word):
    assert (word, "group", word) in mentions(f"Some {word} of the plan spoke up.", "actor")


def test_west_wing_is_the_executive():
    assert ("West Wing", "government", "US executive") in mentions("turmoil in the West Wing")


@pytest.mark.parametrize(
    "text, span, value",
    [("the tariff cuts took effect", "tariff cuts", "tariffs"),
     ("a tariff rollback was promised", "tariff rollback", "tariffs"),
     ("tensions and trade conflicts grew", "trade conflicts", "trade dispute"),
     ("an external imbalance persists", "external imbalance", "trade balance"),
     ("farm trade subsidies must end", "farm trade subsidies", "subsidies"),
     ("the Comprehensive Economic and Trade Agreement took effect",
      "Comprehensive Economic and Trade Agreement", "trade agreement"),
     ("tighter capital controls", "capital controls", "investment")],
)
def test_more_issue_terms(text, span, value):
    assert (span, "topic", value) in mentions(text, "issue")


def test_act_with_its_year_is_one_name():
    found = mentions("under the Trade Expansion Act of 1962 and the Trade Act", "issue")
    assert ("Trade Expansion Act of 1962", "topic", "trade legislation") in found
    assert ("Trade Act", "topic", "trade legislation") in found


@pytest.mark.parametrize(
    "text, span",
    [("hopes for a “Phase One” trade deal rose", "“Phase One” trade deal"),
     ('a "phase one" agreement was near', '"phase one" agreement'),
     ("a farm subsidy agreement by 1990", "farm subsidy agreement"),
     ("the tariff deal", "tariff deal")],
)
def test_a_name_and_its_deal_word_are_one_agreement(text, span):
    assert mentions(text, "issue") == [(span, "topic", "trade agreement")]


def test_deal_after_punctuation_stays_apart():
    found = mentions("They fought over tariffs. Deal or no deal, talks go on.", "issue")
    assert ("tariffs", "topic", "tariffs") in found
    assert ("Deal", "topic", "trade agreement") in found


def test_levy_as_a_verb_is_no_issue():
    found = mentions("He would levy tariffs on wine; the levy hurt growers.", "issue")
    assert [m[0] for m in found] == ["tariffs", "levy"]


def test_markets_after_a_preposition_are_places():
    text = "Exports to Asian markets fell, so markets fell and investors in markets fled."
    groups = [m[0] for m in mentions(text, "actor") if m[1] == "group"]
    assert groups == ["markets", "investors"]


@pytest.mark.parametrize("short, full", [("Xi", "Xi Jinping"), ("Li", "Li Keqiang"),
                                         ("Wan", "Wan Zhe")])
def test_short_chinese_surnames_count_later(short, full):
    text = f"Premier {full} met the envoys on trade. Later {short} said no."
    found = [m for m in mentions(text, "actor") if m[1] == "person"]
    assert (short, "person", full) in found


def test_he_is_still_a_pronoun():
    text = "Vice Premier He Lifeng met them. He said talks went well."
    found = [m for m in mentions(text, "actor") if m[1] == "person"]
    assert found == [("He Lifeng", "person", "He Lifeng")]


def test_more_first_names_find_people_without_titles():
    text = "Geoff Ramsey of the exporters' council told reporters prices fell."
    assert ("Geoff Ramsey", "person", "Geoff Ramsey") in mentions(text, "actor")


def test_name_before_comma_said_must_be_apposed():
    text = "Ann Keller, chief economist at Acme Global Ratings, told viewers rates would rise."
    people = [m[0] for m in mentions(text, "actor") if m[1] == "person"]
    assert "Global Ratings" not in people
    assert "Ann Keller" in people


def test_apposed_name_between_commas_still_counts():
    text = "The spokesman, Fang Lirong, said exports rose."
    assert ("Fang Lirong", "person", "Fang Lirong") in mentions(text, "actor")


def test_well_known_trade_figure_by_surname_alone():
    found = mentions("Markets wait to see if Trump signs the order.", "actor")
    assert ("Trump", "person", "Trump") in found


def test_well_known_surname_takes_the_fullest_name_given():
    text = "President Donald Trump spoke. Later, allies said Trump was firm."
    found = [m for m in mentions(text, "actor") if m[1] == "person"]
    assert found[-1] == ("Trump", "person", "Donald Trump")


def test_lower_case_today_after_a_country_is_no_newspaper():
    assert ("Japan", "country", "JPN") in mentions("Japan today announced new curbs.", "actor")


@pytest.mark.parametrize("group", ["semiconductor makers", "microchip makers", "chip producers"])
def test_chipmaker_groups(group):
    found = mentions(f"Japanese {group} cut output.")
    assert (group, "group", group) in found
    assert not [m for m in found if m[1] == "topic"]


@pytest.mark.parametrize("text, span", [("the Japan/U.S. Chip pact", "Chip pact"),
                                        ('talks on a "phase two" deal', '"phase two" deal')])
def test_named_chip_and_phase_two_agreements(text, span):
    assert (span, "topic", "trade agreement") in mentions(text, "issue")


@pytest.mark.parametrize("text", ["the U.S. administration decided", "the US administration"])
def test_country_administration_is_the_executive(text):
    found = mentions(text, "actor")
    assert len(found) == 1 and found[0][1:] == ("government", "US executive")


def test_secretariat_is_its_organisation():
    assert mentions("The WTO Secretariat got it.", "actor") == [
        ("WTO Secretariat", "institution", "WTO")]


def test_wto_agreement_is_an_agreement_naming_the_wto():
    found = mentions("rights set out in the WTO Agreement")
    assert ("WTO Agreement", "topic", "trade agreement") in found
    assert ("WTO", "institution", "WTO") in found


@pytest.mark.parametrize(
    "text, span, value",
    [("under the dispute settlement rules", "dispute settlement", "trade dispute"),
     ("new tariff measures", "tariff measures", "tariffs"),
     ("claims of intellectual property theft", "intellectual property theft",
      "intellectual property")],
)
def test_round_three_issue_terms(text, span, value):
    assert (span, "topic", value) in mentions(text, "issue")


@pytest.mark.parametrize("name, value", [("International Development Association", "IDA"),
                                         ("IBRD", "IBRD"),
                                         ("International Finance Corporation", "IFC")])
def test_world_bank_affiliates(name, value):
    assert mentions(f"the {name} lent more", "actor") == [(name, "institution", value)]


@pytest.mark.parametrize("full, short", [("Rha Woong Bae", "Rha"), ("Kim Dae-jung", "Kim")])
def test_korean_family_name_first(full, short):
    text = f"Trade Minister {full} arrived. Later {short} said talks went well."
    assert (short, "person", full) in mentions(text, "actor")


def test_western_name_keeps_the_last_word():
    text = "Lee Hamilton, a congressman, said so. Later Lee left and Hamilton spoke."
    people = [m[0] for m in mentions(text, "actor") if m[1] == "person"]
    assert people == ["Lee Hamilton", "Hamilton"]


@pytest.mark.parametrize("verb", ["closed", "open", "entering"])
def test_markets_after_open_or_close_are_places(verb):
    found = mentions(f"They talked of {verb} U.S. markets to its goods.", "actor")
    assert not [m for m in found if m[1] == "group"]


@pytest.mark.parametrize(
    "text, span, value",
    [("a trading surplus for years", "trading surplus", "trade balance"),
     ("the average tariff rate rose", "tariff rate", "tariffs"),
     ("a détente in their trade war", "détente", "trade agreement")],
)
def test_round_four_issue_terms(text, span, value):
    assert (span, "topic", value) in mentions(text, "issue")


def test_parties_are_a_group():
    assert ("parties", "group", "parties") in mentions("The parties to the dispute met.", "actor")


@pytest.mark.parametrize(
    "name, value",
    [("Semiconductor Industry Association", "Semiconductor Industry Association"),
     ("Economic Policy Council", "Economic Policy Council"),
     ("Council for Economic Planning and Development", "CEPD"),
     ("Board of Foreign Trade", "Board of Foreign Trade"),
     ("Economic Planning Board", "Economic Planning Board"),
     ("Federation of Economic Organisations", "Keidanren"),
     ("Bank of Italy", "Bank of Italy")],
)
def test_more_trade_institutions(name, value):
    assert mentions(f"the {name} said so", "actor") == [(name, "institution", value)]


def test_commerce_ministry_belongs_to_the_main_country_but_the_us():
    text = ("US tariffs hit US firms, US farmers and US ports. China answered, and a "
            "researcher at the Ministry of Commerce said so.")
    assert ("Ministry of Commerce", "institution", "MOFCOM") in mentions(text, "actor")


def test_commerce_ministry_of_another_country_stays_generic():
    text = "Taiwan and Taiwan's exporters met US buyers; the Ministry of Commerce said so."
    assert ("Ministry of Commerce", "institution", "Commerce Ministry") in mentions(text, "actor")


@pytest.mark.parametrize("text, span",
                         [("it fought protectionist legislation", "protectionist legislation"),
                          ("a new sanctions bill", "sanctions bill")])
def test_an_issue_and_its_law_word_are_one_law(text, span):
    assert mentions(text, "issue") == [(span, "topic", "trade legislation")]


def test_tariff_commission_is_an_institution_not_a_tariff():
    found = mentions("the State Council's Tariff Commission Office said")
    assert ("Tariff Commission Office", "institution", "Customs Tariff Commission") in found
    assert not [m for m in found if m[1] == "topic"]


@pytest.mark.parametrize("full, short", [("Mei Xinyu", "Mei"), ("Zou Yun", "Zou")])
def test_more_chinese_family_names(full, short):
    text = f"{full}, a researcher, said exports rose. {short} said more."
    assert (short, "person", full) in mentions(text, "actor")


@pytest.mark.parametrize("text", [
    "It denied that it was dumping steel at low prices.",
    "They agreed to stop dumping computer memories abroad.",
    "Firms are still dumping their chips in Asia.",
])
def test_dumping_with_an_object_is_a_verb_not_an_issue(text):
    assert "dumping" not in [m[2] for m in mentions(text, "issue")]


@pytest.mark.parametrize("text", [
    "They used it as proof of dumping, he said.",
    "The pact was meant to stop dumping of steel.",
    "Exporters were accused of dumping and of subsidies.",
    "The issue is dumping duties on steel.",
])
def test_dumping_as_a_noun_stays_an_issue(text):
    assert "dumping" in [m[2] for m in mentions(text, "issue")]


def test_the_commission_in_a_story_about_the_community_is_the_european_commission():
    text = ("The European Community may raise the levy if the Commission's plan fails. "
            "At the moment the Commission is proposing no change.")
    found = [m for m in mentions(text, "actor") if m[0] == "Commission"]
    assert found == [("Commission", "institution", "European Commission")] * 2


def test_the_commission_without_the_community_or_a_named_one_is_no_mention():
    text = "The Commission is proposing no change, the United States said."
    assert "Commission" not in [m[0] for m in mentions(text, "actor")]


def test_the_community_commission_is_one_name():
    assert mentions("The European Community Commission has charged it.", "actor") == [
        ("European Community Commission", "institution", "European Commission")]


@pytest.mark.parametrize("text, expected", [
    ("steps from the Plaza Agreement to the Louvre Accord",
     [("Plaza Agreement", "issue", "currency"), ("Louvre Accord", "issue", "currency")]),
    ("backing for the Paris Agreement", [("Paris Agreement", "issue", "trade agreement")]),
    ("a member of the General Agreement on Trade and Tariffs",
     [("General Agreement on Trade and Tariffs", "actor", "GATT")]),
    ("under the Punta del Este Declaration and the Geneva Accord",
     [("Geneva Accord", "issue", "trade agreement")]),
    ("The Agreement was signed.", [("Agreement", "issue", "trade agreement")]),
])
def test_a_capitalised_name_before_accord_is_part_of_the_deal_s_name(text, expected):
    found = [(s, k, v) for s, k, v in
             [(text[f.start:f.end], f.kind, f.value) for f in extract_actors_issues(text)]]
    assert found == expected


def test_a_capital_before_plural_agreements_is_no_metonym():
    assert mentions("The Paris agreements called on Bonn to act.", "actor") == [
        ("Bonn", "metonym", "DEU")]


def test_protectionist_trade_legislation_is_one_issue():
    assert mentions("pressure for protectionist trade legislation", "issue") == [
        ("protectionist trade legislation", "topic", "trade legislation")]


def test_the_commission_after_another_one_named_is_not_the_european_commission():
    text = "The EC warned Japan. The Federal Trade Commission said so. The Commission will act."
    assert ("Commission", "institution", "European Commission") not in mentions(text)


def test_each_central_bank_named_is_an_institution_of_the_lexicon():
    from tradereader.extract.lexicon import CENTRAL_BANKS, load_lexicon

    institutions = {e.value for e in load_lexicon().entries
                    if e.kind == "actor" and e.subtype == "institution"}
    assert set(CENTRAL_BANKS.values()) <= institutions


@pytest.mark.parametrize("text", [
    "Beijing would firmly safeguard its legitimate rights.",
    "policies that safeguard the integrity of its technology base",
    "The ministry safeguards national interests.",
])
def test_safeguard_as_a_verb_is_no_issue(text):
    assert mentions(text, "issue") == []


@pytest.mark.parametrize("text", [
    "The safeguard on washers expires in February.",
    "Seoul sought a safeguard against the imports.",
])
def test_a_safeguard_as_a_measure_stays_an_issue(text):
    assert mentions(text, "issue") == [("safeguard", "topic", "non-tariff barriers")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Exports earned $5 billion, according to the Rosario Board of Trade.",
     [("Rosario Board of Trade", "institution", "Rosario Board of Trade")]),
    ("Wheat rose on the Kansas City Board of Trade.",
     [("Kansas City Board of Trade", "institution", "Kansas City Board of Trade")]),
    ("The President of the Board of Trade said.", [("Board of Trade", "institution", "DTI")]),
    ("On Monday Board of Trade officials said so.",  # a day, no city
     [("Board of Trade", "institution", "DTI"), ("officials", "group", "officials")]),
    ("The British Board of Trade said.", [("British Board of Trade", "institution", "DTI")]),
])
def test_a_board_of_trade_named_by_a_city_is_that_city_s(text, expected):
    assert mentions(text, "actor") == expected
