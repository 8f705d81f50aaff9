"""Actor rules added after blind rounds 27-28: `Commission` without `the`, names with
two particles, ministries and associations the lexicon names."""

from __future__ import annotations

import pytest

from tradereader.extract import extract_actors_issues


def actors(text: str) -> list[tuple[str, str]]:
    return [(text[f.start:f.end], f.value) for f in extract_actors_issues(text)
            if f.kind == "actor"]


@pytest.mark.parametrize("text", [
    "The European Union set duties. A Commission spokesman said talks went on.",
    "The EU set duties. According to Commission figures, imports doubled.",
    "The EC set duties.\nCommission officials did not rule out more.",
    "The EC ministers backed a Commission warning to Washington.",
])
def test_commission_without_the_is_the_european_commission_in_an_eu_story(text):
    assert ("Commission", "European Commission") in actors(text)


@pytest.mark.parametrize("text", [
    "A Commission spokesman said talks went on.",  # no EU named: which commission?
    "The EU acted. The Federal Trade Commission agreed; a Commission lawyer spoke.",
    "The EU acted. Commission of the European Communities said so.",
])
def test_commission_without_the_needs_the_eu_and_no_other_commission(text):
    assert ("Commission", "European Commission") not in actors(text)


def test_a_name_with_two_particles_and_its_later_uses():
    text = ("The probe was opened by Commission President Ursula von der Leyen, who said "
            "it mattered. Von der Leyen spoke again, and later von der Leyen left.")
    people = [(said, value) for said, value in actors(text) if value == "Ursula von der Leyen"]
    assert [said for said, _ in people] == ["Ursula von der Leyen", "Von der Leyen",
                                           "von der Leyen"]


def test_a_lower_case_particle_joins_the_surname():
    text = "EC Commissioner Willy De Clercq said so. Later de Clercq left for China."
    assert ("de Clercq", "Willy De Clercq") in actors(text)


@pytest.mark.parametrize("text, expected", [
    ("Korea's Ministry of Trade, Industry and Energy said so.",
     ("Ministry of Trade, Industry and Energy", "MOTIE")),
    ("Germany's VDA warned of a trade war.", ("VDA", "VDA")),
    ("The International Labour Organization said forced labour persists.",
     ("International Labour Organization", "ILO")),
    ("Leaders meet at the Quad summit on Tuesday.", ("Quad", "Quad")),
    ("The U.S. left the pact. Tokyo will explain to the new administration why.",
     ("administration", "US executive")),
    ("It needs a vote in the European Parliament. Parliament may reject it.",
     ("Parliament", "European Parliament")),
])
def test_bodies_and_governments_named_or_referred_to(text, expected):
    assert expected in actors(text)


def test_a_name_before_a_party_and_state_tag_is_a_person():
    text = ("Senators John Melcher (D-Mont.) and Thad Cochran (R-Miss.) may fold it into "
            "the bill. Cochran said so.")
    found = actors(text)
    assert ("Thad Cochran", "Thad Cochran") in found and ("Cochran", "Thad Cochran") in found


def test_a_possessive_administration_is_the_government_and_the_name_a_person():
    text = "President Donald Trump's administration ended the scheme."
    found = actors(text)
    assert ("Donald Trump", "Donald Trump") in found
    assert ("administration", "US executive") in found


@pytest.mark.parametrize("text, expected", [
    ("Finance ministers and central bank governors met. The governors agreed.",
     [("central bank governors", "central bank governors"), ("governors", "governors")]),
    ("Mulroney met the ten premiers.", [("premiers", "premiers")]),
    ("Farm groups and fishermen objected.",
     [("Farm groups", "farm groups"), ("fishermen", "fishermen")]),
])
def test_more_groups(text, expected):
    found = actors(text)
    assert all(item in found for item in expected), found


def test_a_region_adjective_is_no_person():
    text = "Some analysts said Southeast Asian governments would struggle to agree."
    assert not [said for said, value in actors(text) if "Asian" in said]


def test_a_name_after_a_businessman_and_his_surname_later():
    text = ("An accord was signed in Moscow with French businessman Jean-Baptiste Doumeng. "
            "He said Doumeng's company agreed.")
    found = actors(text)
    assert ("Jean-Baptiste Doumeng", "Jean-Baptiste Doumeng") in found
    assert ("Doumeng", "Jean-Baptiste Doumeng") in found


def test_a_city_before_a_title_is_no_person():
    text = "In Mexico City, President Claudia Sheinbaum said her government would respond."
    people = [said for said, value in actors(text) if said in ("Mexico City", "Claudia Sheinbaum")]
    assert people == ["Claudia Sheinbaum"]


# `the government` of the country the sentence tells of, before the story's country
_STORY_ABOUT_CHINA = "China curbed exports. China said so. Chinese firms agreed. "


@pytest.mark.parametrize("sentence, expected", [
    # the paragraph opens in a country or its capital: that country's
    ("    In Britain, where the government is angered, talks stalled.", "British government"),
    ("In Tokyo, the chief cabinet secretary said the government would study the curbs.",
     "Japanese government"),
    ("In Tokyo, Prime Minister Shinzo Abe told parliament that talks would go on.",
     "Japanese Diet"),
    # the country the sentence opens with
    ("Australia dropped its case after Beijing promised a review, the government said.",
     "Australian government"),
    ("British Prime Minister Boris Johnson told parliament that sanctions would follow.",
     "British parliament"),
    # none named in the sentence, or not first: the story's
    ("A spokesman said the government would answer.", "Chinese government"),
    ("Unlike Japan, the government will not retaliate.", "Chinese government"),
])
def test_the_government_is_that_of_the_country_its_sentence_tells_of(sentence, expected):
    text = _STORY_ABOUT_CHINA + "\n" + sentence
    assert [f.value for f in extract_actors_issues(text) if f.subtype == "government"] \
        == [expected]


@pytest.mark.parametrize("text, name", [
    ("Minister of Commerce Wang Wentao said so.", "Wang Wentao"),
    ("Minister of Industry and Trade Nguyen Hong Dien, who led the team, spoke.",
     "Nguyen Hong Dien"),
    ("Minister for Trade Don Farrell said.", "Don Farrell"),
    ("Secretary of State for International Trade Liam Fox said.", "Liam Fox"),
])
def test_a_name_after_a_minister_s_portfolio(text, name):
    assert (name, name) in actors(text)


def test_a_committee_after_a_chairman_is_no_name():
    text = "Rep. Don Bonker, chairman of the International Economic\nPolicy subcommittee, said."
    assert actors(text) == [("Don Bonker", "Don Bonker")]


def test_a_role_before_a_name_names_it_even_after_an_apposition():
    text = ("Its finance chief, Meng Wanzhou, the daughter of company founder Ren Zhengfei, "
            "was arrested.")
    assert ("Ren Zhengfei", "Ren Zhengfei") in actors(text)


@pytest.mark.parametrize("text, expected", [
    ("U.S. Treasury Secretary Scott Bessent said.", [("U.S.", "USA"), ("Scott Bessent", "Scott Bessent")]),
    ("US Treasury Under Secretary Jay Shambaugh spoke.",
     [("US", "USA"), ("Jay Shambaugh", "Jay Shambaugh")]),
    ("The U.S. Treasury said so.", [("U.S. Treasury", "Treasury")]),  # no title: the department
])
def test_the_treasury_before_secretary_is_a_title_the_country_before_it_counts(text, expected):
    assert actors(text) == expected


@pytest.mark.parametrize("text", ["the G-7 finance ministers", "the G7 leaders", "the Group of Seven"])
def test_the_group_of_seven_is_g7_as_g20_is(text):
    assert [value for _t, value in actors(text) if value.startswith("G")] == ["G7"]


def test_the_appellate_body_is_its_own_institution():
    assert actors("The WTO said its Appellate Body ruled.") == [
        ("WTO", "WTO"), ("Appellate Body", "WTO Appellate Body")]


@pytest.mark.parametrize("text, expected", [
    ("Mexico's Congress approved tariffs. The Senate passed the measure.",
     ["Mexican Congress", "Mexican Senate"]),
    ("Brazil's Senate voted. The U.S. Senate objected.", ["Brazilian Senate", "US Senate"]),
    ("The French Senate approved the tax.", ["French Senate"]),
    ("The American Congress and the Mexican Congress agreed.", ["US Congress", "Mexican Congress"]),
    # the story's first legislature is the US's: later bare words stay it
    ("Congress must approve the pact. Mexico's Senate ratified it. Congress will vote.",
     ["US Congress", "Mexican Senate", "US Congress"]),
])
def test_another_country_s_congress_or_senate(text, expected):
    assert [f.value for f in extract_actors_issues(text) if f.subtype == "government"] == expected


def test_a_portuguese_name_is_referred_to_by_its_name_before_the_particle():
    text = "President Luiz Inacio Lula da Silva spoke. Lula said talks would go on."
    assert actors(text) == [("Luiz Inacio Lula da Silva", "Luiz Inacio Lula da Silva"),
                            ("Lula", "Luiz Inacio Lula da Silva")]


@pytest.mark.parametrize("text, value", [
    ("The Economy Ministry said so.", "Economy Ministry"),  # was `Industry Ministry`
    ("the Dutch Economics Ministry said", "Netherlands Economy Ministry"),
    ("The Japanese Industry Ministry said.", "Japan Industry Ministry"),
])
def test_an_economy_ministry_is_no_industry_ministry(text, value):
    assert [v for _t, v in actors(text)] == [value]


@pytest.mark.parametrize("text, name", [
    ("The Federation of French Wine and Spirits Exporters said so.",
     "Federation of French Wine and Spirits Exporters"),
    ("The Department for Promotion of Industry and Internal Trade said.",
     "Department for Promotion of Industry and Internal Trade"),
    ("The Federation of Korean Industries and Tom Doe said.", "Federation of Korean Industries"),
    ("The Ministry of Posts and Telecommunications said.", "Ministry of Posts and Telecommunications"),
])
def test_an_organisation_s_name_goes_on_after_and(text, name):
    assert actors(text)[0] == (name, name)


def test_a_secretary_s_portfolio_of_two_words_before_the_name():
    assert actors("Secretary for Environment and Ecology Tse Chin-wan said.") == [
        ("Tse Chin-wan", "Tse Chin-wan")]


@pytest.mark.parametrize("text, expected", [
    ("Curbs on China\n\nNEW DELHI - India tightened rules on investment from China. China "
     "objected. Chinese firms and China's banks were hit. The government said more would come.",
     "Indian government"),
    ("Talks\n\nDATELINE: TAIPEI, April 21 -\n\nTaiwan and the U.S. and the U.S. met. U.S. "
     "officials left. The government would send buying missions.", "Taiwanese government"),
    # a dateline in the US, or none: the story's most mentioned country, as before
    ("Curbs\n\nWASHINGTON - China and China and Japan met. The government said so.",
     "Chinese government"),
])
def test_the_government_of_a_story_datelined_in_a_capital_is_that_country_s(text, expected):
    assert [f.value for f in extract_actors_issues(text) if f.subtype == "government"] == [expected]


def test_a_councillor_is_a_title_and_a_long_acronym_names_its_body():
    text = ("Guy Parmelin, the Swiss Federal Councillor, said. The Indonesian Palm Oil Farmers "
            "Association (APKASINDO) said so. APKASINDO added.")
    assert actors(text) == [
        ("Guy Parmelin", "Guy Parmelin"), ("Swiss", "CHE"),
        ("Indonesian Palm Oil Farmers Association", "APKASINDO"), ("APKASINDO", "APKASINDO"),
        ("APKASINDO", "APKASINDO")]


@pytest.mark.parametrize("text, later", [
    ("President Tsai Ing-wen said so. Tsai added more.", ("Tsai", "Tsai Ing-wen")),
    ("Vice Premier Chiang Pin-kung said so. Chiang added more.", ("Chiang", "Chiang Pin-kung")),
])
def test_taiwan_s_spelling_of_a_family_name_is_its_later_mention(text, later):
    assert actors(text)[-1] == later


def test_an_agency_named_administration_is_an_institution_not_the_government():
    text = ("The Cyberspace Administration of China (CAC) said Micron failed. The CAC said more. "
            "The Trump Administration of lawyers said.")
    assert actors(text) == [
        ("Cyberspace Administration of China", "CAC"), ("CAC", "CAC"), ("CAC", "CAC"),
        ("Trump Administration", "US executive")]


@pytest.mark.parametrize("text, expected", [
    ("The lower Chamber of Deputies approved it.", ("Chamber of Deputies", "Chamber of Deputies")),
    ("The Mexican Chamber of Deputies agreed.",
     ("Mexican Chamber of Deputies", "Mexico Chamber of Deputies")),
    ("The National Assembly voted.", ("National Assembly", "National Assembly")),
    ("The State Duma said so.", ("State Duma", "Russia Duma")),
])
def test_other_countries_chambers_are_governments(text, expected):
    [found] = [f for f in extract_actors_issues(text) if f.subtype == "government"]
    assert (text[found.start:found.end], found.value) == expected


def test_the_commerce_ministry_told_from_beijing_is_mofcom():
    text = ("Vietnam and the U.S. agreed. Vietnam will cut tariffs. Vietnam said.\n"
            "In Beijing, the Commerce Ministry said it opposed any deal. The Commerce Ministry "
            "of Vietnam said.")
    assert [v for t, v in actors(text) if "Ministry" in t] == ["MOFCOM", "Commerce Ministry"]
