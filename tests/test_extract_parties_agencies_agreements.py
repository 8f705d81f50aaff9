"""Rules from blind rounds 70-77 (African, Latin American, Canadian, Asian, Gulf and WTO
stories of 1971-2024): parties as groups, labour congresses and news agencies, courts
of other countries, a capital named in apposition, agreements named in full, Arabic
particles in names, given names beyond English ones, a name never ending in a
portfolio, and the trade terms annotators marked that the lexicon lacked."""

from __future__ import annotations

import pytest

from tradereader.extract import extract

PARAGRAPH = ("{} The move was discussed at length in the capital on Monday, officials from "
             "several ministries told reporters who had gathered for the briefing.")


def found(text: str, kind: str) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in extract(text, "2019-07-08") if m.kind == kind]


def actors(sentence: str) -> list[tuple[str, str]]:
    return found(PARAGRAPH.format(sentence), "actor")


def issues(sentence: str) -> list[tuple[str, str]]:
    return found(PARAGRAPH.format(sentence), "issue")


@pytest.mark.parametrize("party, value", [
    ("Tories", "tories"), ("Liberals", "liberals"), ("Conservatives", "conservatives"),
    ("Progressive Conservatives", "progressive conservatives"),
    ("New Democrats", "new democrats"), ("Social Democrats", "social democrats"),
])
def test_a_party_named_in_the_plural_is_a_group(party, value):
    assert (party, value) in actors(f"The {party} won 83 seats.")


def test_a_liberal_in_lower_case_is_no_party():
    assert not any(v == "liberals" for _t, v in actors("Economic liberals cheered."))


@pytest.mark.parametrize("name", ["Nigeria Labour Congress", "Canadian Labour Congress",
                                  "Trades Union Congress"])
def test_a_labour_congress_is_a_body_not_the_us_congress(name):
    found_actors = actors(f"The {name} warned against the pact.")
    assert (name, name) in found_actors
    assert not any(v == "US Congress" for _t, v in found_actors)


@pytest.mark.parametrize("credit", ["By United Press International",
                                    "— By THE CANADIAN PRESS", "(Press Trust of India)"])
def test_a_news_agency_is_no_person_and_no_country(credit):
    text = "Tariffs rose sharply on Monday, officials said.\n\n" + credit + "\n"
    assert found(text, "actor") == [("officials", "officials")]


def test_a_governor_general_is_a_title():
    assert ("Jeanne Sauve", "Jeanne Sauve") in actors(
        "Mulroney asked Gov. Gen. Jeanne Sauve to dissolve Parliament.")
    assert not any(t == "Gen" for t, _v in actors(
        "Mulroney asked Gov. Gen. Jeanne Sauve to dissolve Parliament."))


@pytest.mark.parametrize("sentence, country", [
    ("The South Korean Supreme Court ruled against the firm.", ("South Korean", "KOR")),
    ("The Supreme Court of India ruled against the firm.", ("India", "IND")),
])
def test_another_countrys_supreme_court_is_not_the_us_one(sentence, country):
    found_actors = actors(sentence)
    assert country in found_actors
    assert not any(v == "Supreme Court" for _t, v in found_actors)


def test_the_us_supreme_court_is_still_known():
    assert ("Supreme Court", "Supreme Court") in actors("The Supreme Court struck down the tariffs.")


def test_a_capital_named_in_apposition_is_the_city():
    found_actors = actors("Leaders met in Niger's capital, Niamey, as did Benin's president.")
    assert ("Niamey", "NER") not in found_actors and ("Niger", "NER") in found_actors
    assert ("Niamey", "NER") in actors("Niamey said it would sign the pact.")


@pytest.mark.parametrize("sentence, name", [
    ("The deal unblocked the Trade Facilitation Agreement.", "Trade Facilitation Agreement"),
    ("It joined the WTO Agreement on Government Procurement.",
     "WTO Agreement on Government Procurement"),
    ("They broke the 1979 Agreement on Trade in Civil Aircraft.",
     "Agreement on Trade in Civil Aircraft"),
    ("Leaders signed the African Continental Free Trade Area (AfCFTA) in Kigali.",
     "African Continental Free Trade Area"),
    ("Talks on the Free Trade Area of the Americas stalled.", "Free Trade Area of the Americas"),
    ("The Canada-U.S. Free Trade Agreement took effect in 1989.",
     "Canada-U.S. Free Trade Agreement"),
    ("Tokyo and Canberra signed the Japan-Australia Economic Partnership Agreement.",
     "Japan-Australia Economic Partnership Agreement"),
])
def test_an_agreement_is_named_in_full(sentence, name):
    assert (name, "trade agreement") in issues(sentence)


@pytest.mark.parametrize("sentence, name", [
    ("Trump called it the United States-Mexico Trade Agreement on Monday.",
     "United States-Mexico Trade Agreement"),
    ("They signed the Agreement on Government Procurement on March 3.",
     "Agreement on Government Procurement"),
])
def test_a_day_or_a_month_after_an_agreement_is_no_part_of_its_name(sentence, name):
    assert (name, "trade agreement") in issues(sentence)


def test_an_issue_inside_an_agreements_name_goes():
    assert issues("It joined the WTO Agreement on Government Procurement.") == [
        ("WTO Agreement on Government Procurement", "trade agreement")]


def test_the_countries_inside_an_agreements_name_stay_actors():
    assert {("Japan", "JPN"), ("Australia", "AUS")} <= set(actors(
        "They signed the Japan-Australia Economic Partnership Agreement."))


@pytest.mark.parametrize("sentence, words", [
    ("They want a free trade agreement with Japan.", "free trade agreement"),  # no name
    ("The Trade Agreement was signed.", "Trade Agreement"),  # `The` opens no name
])
def test_an_agreement_without_a_name_keeps_its_words(sentence, words):
    assert [text for text, _value in issues(sentence)] == [words]


def test_an_arabic_particle_is_part_of_the_name():
    text = PARAGRAPH.format("Egyptian President Abdel Fattah al-Sisi signed the pact. "
                            "Sisi said it would help.")
    people = [(t, v) for t, v in found(text, "actor") if v == "Abdel Fattah al-Sisi"]
    assert people == [("Abdel Fattah al-Sisi", "Abdel Fattah al-Sisi"),
                      ("Sisi", "Abdel Fattah al-Sisi")]


@pytest.mark.parametrize("sentence, name", [
    ("It reversed the policies of his predecessor, Cristina Fernandez de Kirchner.",
     "Cristina Fernandez de Kirchner"),
    ("The Production Ministry is led by Dante Sica, a move that angered farmers.",
     "Dante Sica"),
])
def test_given_names_beyond_english_ones_start_a_name(sentence, name):
    assert (name, name) in actors(sentence)


def test_each_reporter_of_a_contact_line_is_a_person():
    text = ("Tariffs rose.\n\nTo contact the reporters on this story: Pablo Gonzalez in "
            "Buenos Aires; Lucia Ferreyra in Buenos Aires\n")
    assert {("Pablo Gonzalez", "Pablo Gonzalez"), ("Lucia Ferreyra", "Lucia Ferreyra")} \
        <= set(found(text, "actor"))


def test_a_name_never_ends_in_a_portfolio():
    found_actors = actors("It was gavelled through by the conference chairman, Qatari "
                          "Finance, Economy and Trade Minister Youssef Hussein Kamal.")
    assert ("Youssef Hussein Kamal", "Youssef Hussein Kamal") in found_actors
    assert ("Qatari", "QAT") in found_actors
    assert not any(t == "Qatari Finance" for t, _v in found_actors)


@pytest.mark.parametrize("sentence, found_actor", [
    ("Democratic candidates Hillary Clinton and Bernie Sanders oppose it.",
     ("Bernie Sanders", "Bernie Sanders")),
    ("Officials led by B.V. Krishna Rao said so.", ("B.V. Krishna Rao", "B.V. Krishna Rao")),
    ("S. Korea and the United States met.", ("S. Korea", "KOR")),
    ("N. Korea fired a missile.", ("N. Korea", "PRK")),
    ("Boxing champion Vitaly Klitschko urged calm.", ("Vitaly Klitschko", "Vitaly Klitschko")),
])
def test_abbreviated_countries_and_more_given_names(sentence, found_actor):
    assert found_actor in actors(sentence)


@pytest.mark.parametrize("institution, value", [
    ("African Export-Import Bank", "Afreximbank"),
    ("Organisation of African Unity", "OAU"),
    ("U.N. General Assembly", "UN General Assembly"),
    ("Commonwealth of Independent States", "CIS"),
    ("Multilateral Trade Organization", "WTO"),
    ("Trades Union Congress", "Trades Union Congress"),
])
def test_african_bodies(institution, value):
    assert (institution, value) in actors(f"The {institution} backed the plan.")


@pytest.mark.parametrize("term, value", [
    ("price cap", "sanctions"),
    ("quantitative restrictions", "non-tariff barriers"),
    ("quota system", "non-tariff barriers"),
    ("safeguard clause", "non-tariff barriers"),
    ("export permits", "export controls"),
    ("common external tariff", "tariffs"),
    ("currency practices", "currency"),
    ("subsidy investigation", "subsidies"),
    ("trade remedy cases", "trade dispute"),
    ("minimum access volume", "market access"),
    ("semiconductor equipment", "semiconductors"),
    ("free-trade areas", "trade agreement"),
    ("Buy American rules", "non-tariff barriers"),
    ("border closure", "non-tariff barriers"),
    ("food security", "agriculture"),
    ("peace clause", "trade agreement"),
    ("Bali package", "trade agreement"),
    ("government procurement", "market access"),
    ("currency basket", "currency"),
    ("market economy status", "dumping"),  # 4 of 5 in blind rounds 46-85
    ("surrogate country", "dumping"),
    ("export licensing", "export controls"),  # 5 of 5
])
def test_trade_terms_the_lexicon_lacked(term, value):
    assert (term, value) in issues(f"The ministers discussed the {term} at length.")


def test_a_free_trade_zone_is_a_place_not_an_agreement():
    assert issues("Firms moved into the free trade zone.") == []


@pytest.mark.parametrize("sentence, expected", [
    ("The Inflation Reduction Act took effect. Seoul says the law hurts Hyundai.",
     [("Inflation Reduction Act", "trade legislation"), ("law", "trade legislation")]),
    ("The Trade Act of 1974 gives powers. Under the new law, duties rise.",
     [("Trade Act of 1974", "trade legislation"), ("law", "trade legislation"),
      ("duties", "tariffs")]),
    ("Seoul says the law hurts Hyundai.", []),  # no law named before
    ("Reagan signed the Omnibus Trade and Competitiveness Act.\n\nThe law moves powers.",
     [("Omnibus Trade and Competitiveness Act", "trade legislation"),
      ("law", "trade legislation")]),
    ("The Trade Expansion Act passed. That law lets him act.",
     [("Trade Expansion Act", "trade legislation"), ("law", "trade legislation")]),
    ("He invoked the Trade Act of 1974, a rarely used law, on Monday.",
     [("Trade Act of 1974", "trade legislation"), ("law", "trade legislation")]),
    ("The EU Deforestation Regulation was delayed. Brazil opposed the law.",
     [("EU Deforestation Regulation", "trade legislation"), ("law", "trade legislation")]),
    ("The trade bill passed. A law firm said the law of the sea differs.",
     [("trade bill", "trade legislation")]),
])
def test_the_law_is_the_trade_law_the_story_named(sentence, expected):
    assert issues(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Kennedy signed the Trade Expansion Act. The act also creates a new office.",
     [("Trade Expansion Act", "trade legislation"), ("act", "trade legislation")]),
    ("The trade bill passed. Critics of the measure said it would hurt.",
     [("trade bill", "trade legislation"), ("measure", "trade legislation")]),
    ("The Senate passed the bill. Beijing imposed tariffs. The measure hurt farmers.",
     [("bill", "trade legislation"), ("tariffs", "tariffs")]),  # the measure: the tariffs
    ("Japan imposed export controls. The measure is aimed at no country.",
     [("export controls", "export controls")]),
    ("The bill passed. Signing it was an act of faith; the act of signing mattered.",
     [("bill", "trade legislation")]),
    ("Congress passed the Trade Act. Smugglers were caught in the act, officials said.",
     [("Trade Act", "trade legislation")]),
    ("The trade bill passed. The act was condemned.", [("trade bill", "trade legislation")]),
    # (`the act` only after a named Act)
    ("They said the act hurts. The measure hurt, too.", []),  # no law named before
    ("The trade bill passed. Congress will act on another measure.",
     [("trade bill", "trade legislation")]),  # the verb; no `the` before the measure
])
def test_the_act_and_the_measure_are_the_law_the_story_named(sentence, expected):
    assert issues(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Biden launched the Indo-Pacific Economic Framework for Prosperity. The IPEF has 13.",
     [("Indo-Pacific Economic Framework for Prosperity", "trade agreement"),
      ("IPEF", "trade agreement")]),
    ('Macron called for a "Buy European" approach.', [("Buy European", "non-tariff barriers")]),
    ("The Reciprocal Trade Agreements Act of 1934 let him cut duties.",
     [("Reciprocal Trade Agreements Act of 1934", "trade legislation"), ("duties", "tariffs")]),
    ("China set minimum export prices for rare earths.",
     [("minimum export prices", "export controls")]),
])
def test_named_frameworks_laws_and_export_price_floors(sentence, expected):
    assert issues(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("They reached a deal in May. In June they signed the Windsor Framework.",
     [("deal", "trade agreement"), ("Windsor Framework", "trade agreement")]),
    ("The Sendai Framework for Disaster Risk Reduction was adopted.", []),  # no deal before
    ("China signed the Accession Protocol. The Kyoto Protocol is on climate.",
     [("Accession Protocol", "trade agreement")]),
    ("The Framework says little.", []),  # no name before it, no deal named before it
])
def test_a_framework_or_protocol_with_a_name_before_it_is_that_deal(sentence, expected):
    assert issues(sentence) == expected


def test_words_of_the_monetary_order_are_currency():
    assert issues("An international monetary crisis followed. Nixon suspended convertibility; "
                  "two devaluations came, and reform of the world monetary system.") == [
        ("monetary crisis", "currency"), ("convertibility", "currency"),
        ("devaluations", "currency"), ("world monetary system", "currency")]


def test_a_ban_of_a_things_exports_makes_the_later_bans_export_controls():
    assert issues('India has banned wheat exports. "The ban is a shock," a dealer said.') == [
        ("ban", "export controls")]
    assert issues("Washington moved to limit Japanese car exports. The curbs hurt.") == [
        ("curbs", "non-tariff barriers")]  # another country's exports: a barrier
    assert issues("Traders control most grain exports. The restrictions hurt.") == [
        ("restrictions", "non-tariff barriers")]  # no government's act


def test_the_dispute_settlement_body_is_an_institution_and_more_named_laws_and_money_words():
    assert issues("The WTO's dispute settlement body ruled.") == [
        ("dispute settlement", "trade dispute")]  # in lower case: the issue, as before
    text = ("The WTO Dispute Settlement Body met. Clinton signed the Helms-Burton Act. The "
            "Bretton Woods system ended; special drawing rights and central rates followed.")
    assert [(f.text, f.value) for f in extract(text) if f.kind != "date"] == [
        ("WTO Dispute Settlement Body", "WTO Dispute Settlement Body"),
        ("Helms-Burton Act", "trade legislation"),
        ("Bretton Woods system", "currency"), ("special drawing rights", "currency"),
        ("central rates", "currency")]


def test_a_bodys_name_stops_before_a_day_or_a_month():
    text = "At a meeting of the General Council on Monday, the Council on Foreign Relations spoke."
    assert [f.text for f in extract(text) if f.kind == "actor"] == [
        "General Council", "Council on Foreign Relations"]


def test_normal_trade_relations_are_most_favoured_nation_tariffs():
    assert issues("Congress granted China permanent normal trade relations; PNTR ends the "
                  "annual review.") == [("permanent normal trade relations", "tariffs"),
                                        ("PNTR", "tariffs")]


def test_commerce_alone_after_the_commerce_department_is_that_department():
    text = ("The U.S. Commerce Department set duties in March. Talks with Commerce went on; "
            "the Chamber of Commerce objected, and Commerce and Industry Minister Piyush Goyal "
            "spoke to the House subcommittee on Commerce.")
    assert [(f.text, f.value) for f in extract(text) if f.subtype == "institution"] == [
        ("U.S. Commerce Department", "Commerce Department"),
        ("Commerce", "Commerce Department"), ("Chamber of Commerce", "Chamber of Commerce")]
    text = ("The Commerce Department set duties. The Senate Commerce, Science and Transportation "
            "Committee met. Commerce between the two countries grew.")
    assert [f.text for f in extract(text) if f.text == "Commerce"] == []
    assert [f.text for f in extract("Commerce imposed duties.") if f.kind == "actor"] == []


def test_the_european_communities_of_the_fifties_are_institutions():
    text = ("The six set up the European Atomic Energy Community and the European Investment "
            "Bank, after the European Coal and Steel Community and the OEEC.")
    assert [f.value for f in extract(text) if f.kind == "actor"] == [
        "Euratom", "European Investment Bank", "ECSC", "OEEC"]


def test_opec_by_its_full_name():
    assert [(f.value, f.subtype) for f in extract(
        "Ministers of the Organization of the Petroleum Exporting Countries met.")
        if f.value == "OPEC"] == [("OPEC", "institution")]


def test_a_long_acronym_matches_capitalised_not_as_a_lower_case_word():
    assert issues("Freeland made repeated trips to Washington.") == []
    assert issues("The TRIPS agreement and Nafta and NAFTA.") == [
        ("TRIPS agreement", "intellectual property"), ("Nafta", "trade agreement"),
        ("NAFTA", "trade agreement")]


@pytest.mark.parametrize("sentence, expected", [
    ("Leaders backed a Free Trade Area of the Asia-Pacific (FTAAP) on Tuesday. "
     "The FTAAP would cover 21 economies.",
     [("Free Trade Area of the Asia-Pacific", "trade agreement"),
      ("FTAAP", "trade agreement"), ("FTAAP", "trade agreement")]),
    ("The Trade and Cooperation Agreement took effect.",
     [("Trade and Cooperation Agreement", "trade agreement")]),
    ("China and Economic Partnership Agreement members met.",
     [("Economic Partnership Agreement", "trade agreement")]),
])
def test_an_agreement_named_with_and_or_a_tail_and_its_acronym(sentence, expected):
    assert issues(sentence) == expected
