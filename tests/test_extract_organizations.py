"""Bodies the lexicon does not list, found by the shape of their names."""

from __future__ import annotations

import pytest

from tradereader.extract import extract


def actors(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.subtype, m.value) for m in extract(text) if m.kind == "actor"]


@pytest.mark.parametrize("name", [
    "National Association of Manufacturers",
    "American Farm Bureau Federation",
    "China Iron and Steel Association",
    "Alliance for American Manufacturing",
    "U.S.-China Business Council",
    "National Retail Federation",
    "U.N. Economic Commission for Africa",
])
def test_a_body_named_around_its_head_noun_is_one_institution(name):
    found = actors(f"The {name} said on Monday that the duties would hurt its members.")
    assert (name, "institution", name) in found


def test_a_country_inside_the_name_loses_to_the_longer_name():
    found = actors("The American Farm Bureau Federation and the Lobster Council of Canada"
                   " welcomed the deal.")
    assert [value for _text, _subtype, value in found] == [
        "American Farm Bureau Federation", "Lobster Council of Canada"]


def test_a_name_wrapped_across_lines_is_one_name_with_its_spaces_folded():
    found = actors("said the European\nElectrical Component Manufacturers Association.")
    assert ("European\nElectrical Component Manufacturers Association", "institution",
            "European Electrical Component Manufacturers Association") in found


def test_the_acronym_in_brackets_is_the_value_and_its_later_uses_are_the_body():
    text = ('The Federation of German Industries (BDI) "supports the EU," BDI chief'
            " Dieter Kempf said.")
    found = actors(text)
    assert ("Federation of German Industries", "institution", "BDI") in found
    assert [f for f in found if f[0] == "BDI"] == [("BDI", "institution", "BDI")] * 2


@pytest.mark.parametrize("text", [
    "Council members voted against the plan.",  # the head alone
    "The Board met on Tuesday to discuss tariffs.",
    "Officials of the Commission said nothing.",
    "Abegglen heads the consulting firm Asia Advisory Service Inc. in Tokyo.",  # a firm
    "He praised the Customer Service team.",
    "The Empire State Manufacturing Survey showed factories slowing.",  # a survey, no body
    "Mourners gathered for the Memorial Service on Sunday.",
])
def test_a_head_noun_without_a_name_is_no_actor(text):
    assert not [f for f in actors(text) if f[1] == "institution"]


def test_a_name_stops_at_the_end_of_its_sentence_and_before_a_place_word():
    found = actors("He spoke at the Washington-based Atlantic Council of Economics. China"
                   " replied.")
    assert ("Atlantic Council of Economics", "institution", "Atlantic Council of Economics") \
        in found
    assert ("China", "country", "CHN") in found


@pytest.mark.parametrize("text", [
    "Xinhua News Agency reported the figures.",  # the press is no actor
    "Students of the Central University Council protested.",
])
def test_press_and_universities_are_not_bodies(text):
    assert not [f for f in actors(text) if f[1] == "institution"]


def test_a_title_case_headline_is_not_read_as_names():
    text = "Steel Makers Council Warns Trade War Will Cost Jobs\n\nThe talks resumed."
    assert not [f for f in actors(text) if f[1] == "institution"]


def test_a_name_the_lexicon_knows_keeps_the_lexicon_value():
    found = actors("The Semiconductor Industry Association said chips were exempt.")
    assert found == [("Semiconductor Industry Association", "institution",
                      "Semiconductor Industry Association")]


@pytest.mark.parametrize(("text", "name"), [
    ("The Ministry of Posts and Telecommunications said so.",
     "Ministry of Posts and Telecommunications"),
    ("The Council of Agriculture and Prime Minister Abe agreed.", "Council of Agriculture"),
    ("The Federation of Hong Kong Industries, the city's largest lobby, agreed.",
     "Federation of Hong Kong Industries"),
])
def test_a_name_takes_one_word_after_and_and_stops_at_a_comma(text, name):
    assert [f[0] for f in actors(text) if f[1] == "institution"] == [name]


def test_an_acronym_is_read_as_the_body_for_an_article_length_after_its_definition():
    from tradereader.extract.organizations import _ACRONYM_REACH

    filler = "The talks went on. " * (_ACRONYM_REACH // 19 + 10)
    text = f"The National Retail Federation (NRF) objected. NRF members agreed. {filler}NRF."
    found = [m for m in extract(text) if m.text == "NRF"]
    assert len(found) == 2 and all(m.value == "NRF" for m in found)


@pytest.mark.parametrize(("text", "span", "value"), [
    ("The Senate Banking Committee voted on Tuesday.", "Senate Banking Committee",
     "US Senate Banking Committee"),
    ("the U.S. House Foreign Affairs\nCommittee said", "U.S. House Foreign Affairs\nCommittee",
     "US House Foreign Affairs Committee"),
])
def test_a_committee_of_the_senate_or_house_is_a_body_of_the_us_congress(text, span, value):
    assert (span, "government", value) in actors(text)


def test_a_word_of_another_kind_inside_a_committee_name_is_not_annotated():
    found = [(m.text, m.kind) for m in extract("The Senate Agriculture Committee met.")]
    assert found == [("Senate Agriculture Committee", "actor")]


def test_a_long_one_line_paragraph_of_names_is_no_headline():
    text = ("The Senate Banking Committee, the Trade Policy Committee, the Farm Export"
            " Council and the Steel Users Coalition Met Federal Officials In Washington"
            " Last Tuesday To Discuss The Import Quotas And Other Matters Of Common"
            " Concern Before The Summer")
    assert len([f for f in actors(text) if f[1] in ("institution", "government")]) == 4


def test_an_acronym_at_the_very_end_of_the_text_is_still_the_body():
    found = actors("The National Retail Federation (NRF) objected. So did the NRF")
    assert [f for f in found if f[0] == "NRF"] == [("NRF", "institution", "NRF")] * 2


def test_an_acronym_in_brackets_after_a_body_the_lexicon_knows_is_that_body_later():
    text = ("The Congressional Budget Office (CBO) said so. CBO analysts expect more."
            " The Census Bureau said CBO was right.")
    uses = [(text[m.start:m.end], m.value, m.why) for m in extract(text) if m.text == "CBO"]
    assert uses == [("CBO", "Congressional Budget Office", "rule organisation acronym")] * 3


def test_an_acronym_the_lexicon_knows_itself_is_left_to_the_lexicon():
    text = "The World Trade Organization (WTO) ruled. The WTO said so."
    whys = [m.why for m in extract(text) if m.text == "WTO"]
    assert whys and all(why.startswith("lexicon") for why in whys)


@pytest.mark.parametrize("text, expected", [
    ("The Swiss State Secretariat for Economic Affairs (SECO) said it would respond. SECO added more.",
     [("Swiss State Secretariat for Economic Affairs", "institution", "SECO"),
      ("SECO", "institution", "SECO"), ("SECO", "institution", "SECO")]),
    ("The Indonesian Coal Mining Association, known as APBI, called for the ban to go. "
     "APBI said so again.",
     [("Indonesian Coal Mining Association", "institution", "APBI"),
      ("APBI", "institution", "APBI"), ("APBI", "institution", "APBI")]),
    # a short name in a word, `known as` it: its later uses too
    ("Farmers rallied, and the National Federation of Agricultural Cooperatives, known as "
     "Zenchu, said it would fight. A Zenchu official spoke.",
     [("National Federation of Agricultural Cooperatives", "institution", "Zenchu"),
      ("Zenchu", "institution", "Zenchu"), ("Zenchu", "institution", "Zenchu")]),
    # an acronym known as, at a sentence's end
    ("He met the Indonesian Coal Mining Association, known as APBI. APBI said so again.",
     [("Indonesian Coal Mining Association", "institution", "APBI"),
      ("APBI", "institution", "APBI"), ("APBI", "institution", "APBI")]),
    # a society is a body; a demonym opening its name loses to the name
    ("Nicolas Pino, president of the Argentine Rural Society (SRA), spoke. The SRA said more.",
     [("Argentine Rural Society", "institution", "SRA"), ("SRA", "institution", "SRA"),
      ("SRA", "institution", "SRA")]),
    ("The Directorate General of Foreign Trade announced the ban.",
     [("Directorate General of Foreign Trade", "institution", "Directorate General of Foreign Trade")]),
])
def test_secretariats_directorates_and_acronyms_known_as(text, expected):
    assert [a for a in actors(text) if a[1] == "institution"] == expected


@pytest.mark.parametrize("text, name, value", [
    ("China's Ministry of Foreign Trade and Economic Cooperation said on Monday",
     "Ministry of Foreign Trade and Economic Cooperation", "MOFTEC"),
    ("A MOFTEC spokesman declined to comment.", "MOFTEC", "MOFTEC"),
    ("the Ministry of Foreign Economic Relations and Trade approved the plan",
     "Ministry of Foreign Economic Relations and Trade", "MOFERT"),
    ("the Chinese Ministry of Commerce said", "Chinese Ministry of Commerce", "MOFCOM"),
])
def test_china_s_trade_ministries_keep_their_own_names(text, name, value):
    found = [(phrase, found_value) for phrase, _, found_value in actors(text)]
    assert (name, value) in found, found


@pytest.mark.parametrize("text, name, value", [
    ("The WTO's appellate body upheld the ruling.", "appellate body", "WTO Appellate Body"),
    ("Russian banks were cut off from SWIFT on Saturday.", "SWIFT", "SWIFT"),
])
def test_the_appellate_body_in_lower_case_and_swift(text, name, value):
    assert (name, value) in [(phrase, found) for phrase, _, found in actors(text)]


def test_swift_as_a_word_is_no_actor():
    assert actors("Swift action was needed, he said.") == []


def test_the_au_is_the_african_union_and_vestager_a_person():
    found = actors("The African Union (AU) joined. The AU has 55 members. EU competition "
                   "chief Margrethe Vestager said the move helps. Vestager added more.")
    assert ("AU", "institution", "African Union") in found
    assert ("Margrethe Vestager", "person", "Margrethe Vestager") in found
    assert ("Vestager", "person", "Margrethe Vestager") in found


def test_a_name_does_not_run_on_over_and_a_demonym():
    text = ("Groups including the Distilled Spirits Council of the United States and "
            "European wine producers cheered.")
    found = actors(text)
    assert ("Distilled Spirits Council of the United States", "institution",
            "Distilled Spirits Council of the United States") in found
    assert ("European", "country", "EU") in found


@pytest.mark.parametrize("text, surface, value", [
    ("The U.S. Geological Survey said reserves were ample.", "U.S. Geological Survey", "USGS"),
    ("The Foreign Agricultural Service tracks exports.", "Foreign Agricultural Service", "FAS"),
])
def test_agencies_named_by_the_lexicon(text, surface, value):
    assert (surface, "institution", value) in actors(text)


def test_a_co_title_after_a_body_s_name_is_no_firm():
    found = actors("The U.S.-China Business Council Co-Founder spoke.")
    assert ("U.S.-China Business Council", "institution", "U.S.-China Business Council") in found
