"""Issue rules: the topic taxonomy, spans, values, and what is not an issue."""

from __future__ import annotations

import pytest

from extract_support import issues
from tradereader.extract import extract_actors_issues


@pytest.mark.parametrize(
    "text, expected",
    [
        ("new import tariffs on steel", ("import tariffs", "tariffs")),
        ("anti-dumping duties on chips", ("anti-dumping duties", "dumping")),
        ("antidumping duties", ("antidumping duties", "dumping")),
        ("duties on wine", ("duties", "tariffs")),
        ("export duties on soybean meal", ("export duties", "tariffs")),  # the whole term
        ("export levies on grain", ("export levies", "tariffs")),
        ("quotas on textiles", ("quotas", "non-tariff barriers")),
        ("threatened retaliation", ("retaliation", "sanctions")),
        ("the trade surplus widened", ("trade surplus", "trade balance")),
        ("a weaker exchange rate", ("exchange rate", "currency")),
        ("rising protectionism", ("protectionism", "protectionism")),
        ("the trade bill passed", ("trade bill", "trade legislation")),
        ("under Section 301", ("Section 301", "trade legislation")),
        ("export controls on chips", ("export controls", "export controls")),
        ("a truce in the trade war", ("truce", "trade agreement")),
        ("the Uruguay Round", ("Uruguay Round", "trade agreement")),
        ("farm subsidies", ("farm subsidies", "subsidies")),
        ("semiconductors", ("semiconductors", "semiconductors")),
        ("trade in services", ("trade in services", "services")),
    ],
)
def test_topics_and_values(text, expected):
    assert expected in issues(text)


def test_quantities_stay_outside_the_span():
    assert issues("100 pct tariffs on Japanese goods") == [("tariffs", "tariffs")]


@pytest.mark.parametrize(
    "text",
    [
        "trade policy and trade relations",
        "the talks and negotiations went on",
        "free trade and fair trade",
        "a great deal of money",
        "the budget deficit widened",
        "Bill Clinton spoke",
    ],
)
def test_not_issues(text):
    assert issues(text) == []


def test_names_broken_across_lines_match():
    assert issues("the trade\n    surplus fell") == [("trade\n    surplus", "trade balance")]


def test_actor_inside_an_issue_name_is_kept_as_well():
    text = "the new GATT round"
    found = [(text[f.start:f.end], f.kind) for f in extract_actors_issues(text)]
    assert found == [("GATT", "actor"), ("GATT round", "issue")]


def test_issue_words_in_any_case():
    assert issues("TARIFFS and Quotas") == [("TARIFFS", "tariffs"),
                                            ("Quotas", "non-tariff barriers")]


def test_the_round_of_negotiations_but_not_a_round_of_tariffs():
    text = ("the Uruguay Round began. He sees the round as an opportunity. "
            "The new round of tariffs hit.")
    rounds = [s for s, _v in issues(text) if s.lower().endswith("round")]
    assert rounds == ["Uruguay Round", "round"]


@pytest.mark.parametrize("text, span", [
    ('They signed a "phase one" deal last week.', '"phase one" deal'),
    ("the “phase one” agreement", "“phase one” agreement"),
])
def test_a_quoted_name_and_its_deal_keep_both_quotes(text, span):
    assert issues(text) == [(span, "trade agreement")]


def test_named_agreement_is_one_issue_mention():
    text = "the North American Free Trade Agreement (NAFTA) and the Trade Expansion Act"
    assert issues(text) == [("North American Free Trade Agreement", "trade agreement"),
                            ("NAFTA", "trade agreement"),
                            ("Trade Expansion Act", "trade legislation")]


def test_deal_idioms_but_not_real_deals():
    assert issues("a great deal of money; it is no big deal") == []
    assert issues("he only wants a good deal; America wants the big deal") == [
        ("deal", "trade agreement"), ("deal", "trade agreement")]


@pytest.mark.parametrize(
    "text",
    [
        "Ministers have to deal with a slowdown.",
        "They would rather deal with someone else.",
        "Exporters must deal with costs and we deal\nwith delays.",
    ],
)
def test_deal_as_a_verb_is_no_accord(text):
    assert [value for _span, value in issues(text)] == []


@pytest.mark.parametrize(
    "text", ["They reached a deal with Ottawa.", "Any deal with Seoul would help.",
             "Talks on a deal to cut tariffs.", "Hopes for a trade deal with Japan."],
)
def test_deal_as_a_noun_stays_an_accord(text):
    assert ("trade agreement" in [value for _span, value in issues(text)])


@pytest.mark.parametrize(
    "text, expected",
    [
        ("theft of trade secrets by rivals", ("trade secrets", "intellectual property")),
        ("the trade fight dragged on", ("trade fight", "trade dispute")),
        ("a bitter trade feud", ("trade feud", "trade dispute")),
        ("the transatlantic trade confrontation", ("trade confrontation", "trade dispute")),
        ("two trade pacts were signed", ("trade pacts", "trade agreement")),
        ("trade bills in Congress", ("trade bills", "trade legislation")),
        ("large current account surpluses", ("current account surpluses", "trade balance")),
        ("more voluntary restraint agreements", ("voluntary restraint agreements",
                                                 "non-tariff barriers")),
        ("rising trade protectionism", ("trade protectionism", "protectionism")),
        # a dispute named by its weapon is one dispute, not tariffs plus a spat
        ("the trade tariff spat", ("tariff spat", "trade dispute")),
        ("a bitter tariff row", ("tariff row", "trade dispute")),
        # a safeguard is a measure against imports (quotas or tariffs): annotators value
        # it as a non-tariff barrier (12 to 4 in blind rounds 46-73) unless it says
        # tariffs or duties
        ("Japan invoked a safeguard mechanism", ("safeguard mechanism", "non-tariff barriers")),
        ("new safeguard tariffs on washers", ("safeguard tariffs", "tariffs")),
        # the tit-for-tat is the tariffs' evaluation, not a second issue
        ("they imposed tit-for-tat tariffs", ("tit-for-tat tariffs", "tariffs")),
        # a compound with tariff as its first word is one tariffs term
        ("a tariff exemption for phones", ("tariff exemption", "tariffs")),
        ("the tariff list grew", ("tariff list", "tariffs")),
        ("new counter-tariffs", ("counter-tariffs", "tariffs")),
        ("trade taxes on imports", ("trade taxes", "tariffs")),
        ("a trade armistice", ("trade armistice", "trade agreement")),
        ("amid the trade tumult", ("trade tumult", "trade dispute")),
        ("a phased tariff removal", ("tariff removal", "tariffs")),
        ("the tariff withdrawal was agreed", ("tariff withdrawal", "tariffs")),
        ("Beijing cut import taxes on 50 goods", ("import taxes", "tariffs")),
        ("new taxes on imports of steel", ("taxes on imports", "tariffs")),
        # the guidelines' `import restrictions`, written out
        ("Beijing eased restrictions on imports of pork", ("restrictions on imports",
                                                           "non-tariff barriers")),
        ("curbs on exports of rare earths", ("curbs on exports", "export controls")),
        # a named industrial plan; the country inside it stays a country mention
        ("the Made in China 2025 plan", ("Made in China 2025", "manufacturing")),
    ],
)
def test_more_topic_terms_whole(text, expected):
    assert issues(text) == [expected]


@pytest.mark.parametrize(
    "text", ["Subsidies help growers pay their bills.", "Households face higher energy bills.",
             "Some firms could not pay bills on time."],
)
def test_bills_people_pay_are_no_legislation(text):
    assert "trade legislation" not in [value for _span, value in issues(text)]


def test_bills_in_a_legislature_stay_legislation():
    assert issues("The bills would curb imports.") == [("bills", "trade legislation")]


@pytest.mark.parametrize("text, span", [("semi-conductor exports rose", "semi-conductor"),
                                        ("Japanese semi-conductors", "semi-conductors")])
def test_hyphenated_semiconductors(text, span):
    assert (span, "semiconductors") in issues(text)


def test_the_chip_industry_is_semiconductors():
    assert issues("the chip industry lobbied") == [("chip industry", "semiconductors")]


@pytest.mark.parametrize("phrase", ["foreign currency reserves", "currency reserves",
                                    "hard currency reserves", "gold and foreign exchange reserves"])
def test_reserves_are_one_currency_issue(phrase):
    assert issues(f"Its {phrase} fell.") == [(phrase, "currency")]


@pytest.mark.parametrize("name", ["Phase 1 deal", "Phase 1 trade agreement", "Phase 2 deal"])
def test_phase_deals_written_with_a_digit(name):
    assert issues(f"the {name} was signed") == [(name, "trade agreement")]


@pytest.mark.parametrize("text, expected", [
    ("Seoul pledged to protect copyrights and patents.",
     [("copyrights", "intellectual property"), ("patents", "intellectual property")]),
    ("the microchip accord with Tokyo", [("microchip accord", "trade agreement")]),
    ("to save the micro-chip pact", [("micro-chip pact", "trade agreement")]),
    ("a dispute over the microchip market", [("dispute", "trade dispute"),
                                             ("microchip", "semiconductors")]),
    ("raise the cereals co-responsibility levy",
     [("co-responsibility levy", "tariffs")]),
    ("the Commission's farm price package", [("farm price package", "agriculture")]),
    ("a proposed oils and fats tax", [("oils and fats tax", "tariffs")]),
    ("opening the service sector", [("service sector", "services")]),
    ("the trade shortfall narrowed", [("trade shortfall", "trade balance")]),
])
def test_topic_words_of_wire_copy(text, expected):
    assert issues(text) == expected


@pytest.mark.parametrize("text", [
    "The deal cuts tariffs in exchange for Chinese purchases of American products.",
    "He said the U.S. purchases would cut its surplus.",
    "South Korea's purchases of U.S. goods rose.",
    # the annotators mark a trade story's purchases whoever is named (10 of 11 in our gold)
    "China agreed to increase purchases of American farm products.",
    "Tariffs could rise if its purchases do not come through.",
])
def test_trade_purchases_are_purchase_commitments(text):
    assert ("purchases", "purchase commitments") in issues(text)


@pytest.mark.parametrize("text", ["Government purchases rose.", "Dollar purchases by banks.",
                                  "the purchases of dollars by central banks",
                                  "the bank's purchases of more than one billion U.S. dollars",
                                  "foreign purchases of German bonds and shares fell",
                                  "inflows through purchases of U.S. Treasury bonds"])
def test_other_purchases_are_no_issue(text):
    assert "purchase commitments" not in [value for _span, value in issues(text)]


@pytest.mark.parametrize("text, expected", [
    ("replace the U.S. tariff schedule", [("tariff schedule", "tariffs")]),
    ("new tariff categories under the Harmonized System",
     [("tariff categories", "tariffs"), ("Harmonized System", "tariffs")]),
    ("a visible trade deficit of 2.6 billion stg", [("visible trade deficit", "trade balance")]),
    ("the invisibles surplus was revised", [("invisibles surplus", "trade balance")]),
    ("the non-oil trade deficit fell", [("non-oil trade deficit", "trade balance")]),
    ("Exports rose against 1985's 2.2 billion shortfall", [("shortfall", "trade balance")]),
    ("a budget shortfall of 2 billion", []),
    # a bare shortfall is the trade gap only where its sentence speaks of trade
    ("The shortfall in tax revenue widened, the Treasury said.", []),
    ("Exporters faced a shortfall in orders.", []),
    ("Farmers face a shortfall of rain. The trade deficit grew.", [("trade deficit", "trade balance")]),
])
def test_trade_figure_terms(text, expected):
    assert issues(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Canada uses 15 trade restriction methods", [("trade restriction", "non-tariff barriers")]),
    ("a bilateral trading agreement", [("trading agreement", "trade agreement")]),
    ("which he called a protectionist measure", [("protectionist measure", "protectionism")]),
    ("bush fires of confrontation", [("confrontation", "trade dispute")]),
    ("a military confrontation in the Gulf", []),
    ("services included in the next full round", [("services", "services"), ("round", "trade agreement")]),
    ("a full round of golf", []),
])
def test_more_topic_words(text, expected):
    assert issues(text) == expected


@pytest.mark.parametrize("text, expected", [  # found by a fourth blind sample
    ("India eased import controls on steel.", [("import controls", "non-tariff barriers")]),
    ("They signed a trade protocol.", [("trade protocol", "trade agreement")]),
    ("Exports of agricultural produce rose.", [("agricultural produce", "agriculture")]),
    ("Its foreign exchange earnings fell.", [("foreign exchange", "currency")]),
])
def test_topic_words_from_the_fourth_blind_sample(text, expected):
    assert issues(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Washington wants greater access to the Japanese market for its chips.",
     "access to the Japanese market"),
    ("Access to Japanese markets remains limited.", "Access to Japanese markets"),
    ("It seeks access to their own markets.", "access to their own markets"),
])
def test_access_to_a_market_is_market_access(text, expected):
    assert (expected, "market access") in issues(text)


def test_a_country_named_inside_market_access_is_still_a_country():
    from tradereader.extract import extract

    found = [(m.text, m.kind, m.value) for m in extract("They want access to the Japanese market.")]
    assert found == [("access to the Japanese market", "issue", "market access"),
                     ("Japanese", "actor", "JPN")]


def test_access_to_anything_else_is_no_issue():
    assert issues("They had access to financial information and to the market square.") == []


def test_a_section_and_the_tariffs_it_allows_are_one_issue():
    """Joined again (5ac3d34 split them, after the session-1 dev gold): seven of seven
    mentions in blind rounds 46-57, by five annotators, are one span valued tariffs."""
    assert issues("the Section 232 tariffs on steel") == [("Section 232 tariffs", "tariffs")]


@pytest.mark.parametrize("phrase", ["trade rows", "trade rift", "trade impasse", "trade clashes",
                                    "trade strife"])
def test_more_names_of_a_trade_dispute(phrase):
    assert issues(f"The {phrase} deepened.") == [(phrase, "trade dispute")]


def test_purchasing_power_parity_is_about_the_currency():
    assert issues("The yen is far above purchasing power parity.") == [
        ("purchasing power parity", "currency")]


@pytest.mark.parametrize("text, span", [
    ("They warned of a protectionist move by Congress.", "protectionist move"),
    ("It would invite more protectionist\npolicies abroad.", "protectionist\npolicies"),
])
def test_protectionist_before_its_noun_is_one_issue_with_it(text, span):
    assert issues(text) == [(span, "protectionism")]


@pytest.mark.parametrize("text", [
    "He branded the bill as protectionist and vetoed it.",
    "Congress is not as protectionist as it was.",
    "If the market goes protectionist we all lose.",
    'He termed it "protectionist," and moved on.',
])
def test_protectionist_as_a_predicate_names_no_issue(text):
    assert [value for _span, value in issues(text)
            if value == "protectionism"] == []


def test_protectionist_before_an_issue_of_its_own_stays_the_adjective():
    assert issues("They fought protectionist barriers.") == [
        ("protectionist", "protectionism"), ("barriers", "non-tariff barriers")]


@pytest.mark.parametrize("text, span", [
    ("Tokyo eased the longstanding ban on foreign purchases.", "ban"),
    ("Seoul announced the lifting of bans on 158 items.", "bans"),
    ("A ban on rice imports followed.", "ban"),
    ('"The ban is a shock," a dealer said.', "ban"),
    ("Beef is back on Chinese tables after a 14-year ban.", "ban"),
    ("Analysts said the Korean ban could hurt buyers.", "ban"),
    ("Exporters said the seafood ban bites.", "ban"),
])
def test_a_ban_as_a_noun_is_a_barrier(text, span):
    assert (span, "non-tariff barriers") in issues(text)


@pytest.mark.parametrize("text", ["The EC bans imports of beef.",
                                  "The proposal would ban imports of chips.",
                                  "Some countries ban the practice.",
                                  "—They ban purchases from the firm.",
                                  "Rules that they ban outright.",
                                  "Japan and South Korea ban imports of seafood.",
                                  "Indonesia may soon ban palm oil exports.",
                                  "Will Europe ban Chinese EVs?"])
def test_ban_as_a_verb_names_no_issue(text):
    assert [s for s, _value in issues(text) if s.startswith("ban")] == []


@pytest.mark.parametrize("text", ["Werner bought a manufacturing plant in Ohio.",
                                  "It sought manufacturing partners outside China.",
                                  "The manufacturing index fell to 48."])
def test_manufacturing_qualifying_a_firms_plant_partner_or_index_is_no_sector(text):
    assert issues(text) == []


@pytest.mark.parametrize("text, span", [("Trump promised to restore manufacturing.", "manufacturing"),
                                        ("The manufacturing sector slowed.", "manufacturing sector")])
def test_manufacturing_naming_the_sector_stays_an_issue(text, span):
    assert issues(text) == [(span, "manufacturing")]


@pytest.mark.parametrize("text", ["The agricultural adviser to Chancellor Kohl spoke.",
                                  "Agriculture officials met in Brussels.",
                                  "Farm ministers meeting in Luxembourg agreed.",
                                  "Energy experts expect higher prices."])
def test_a_sector_word_before_a_persons_role_is_no_issue(text):
    assert issues(text) == []


@pytest.mark.parametrize("text, span", [("Agriculture is the sticking point.", "Agriculture"),
                                        ("The energy talks resumed.", "energy")])
def test_a_sector_word_elsewhere_stays_an_issue(text, span):
    assert [s for s, _value in issues(text)] == [span]


def test_embargo_after_a_modal_is_the_verb_and_elsewhere_the_measure():
    assert issues("The U.S. will never again embargo shipments of grain.") == []
    assert issues("A U.S. embargo on grain was lifted.") == [("embargo", "sanctions")]


@pytest.mark.parametrize("text", ["Proposals to rid the EC of its farm surpluses failed.",
                                  "Grain surpluses should go to the poorest states."])
def test_surpluses_of_a_farm_product_are_stocks_not_a_trade_balance(text):
    assert issues(text) == []


@pytest.mark.parametrize("text, expected", [
    ("They fear the trade and budget deficits.", ("trade and budget deficits", "trade balance")),
    ("Tokyo imposed retaliatory tariffs on steel.", ("retaliatory tariffs", "sanctions")),
    ("Congress drafts retaliatory laws.", ("retaliatory laws", "trade legislation")),
    ("They warned of counter-retaliation.", ("counter-retaliation", "sanctions")),
])
def test_whole_noun_phrases_the_guidelines_map_by_their_head(text, expected):
    assert issues(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("The chip dispute deepened.", ("chip dispute", "trade dispute")),
    ("Tokyo denied chip dumping.", ("chip dumping", "dumping")),
    ("Semiconductor exports rose.", ("Semiconductor exports", "semiconductors")),
    ("They signed a semiconductor trade pact.", ("semiconductor trade pact", "trade agreement")),
    ("Trade confrontations loom.", ("Trade confrontations", "trade dispute")),
])
def test_chip_phrases_are_one_issue_valued_by_their_head(text, expected):
    assert issues(text) == [expected]


@pytest.mark.parametrize("text", [
    "On the federal budget deficit, he said the deficit would be reduced by 35 billion dlrs.",
    "The law set a ceiling for next year's federal deficit.",
    "Wage pacts signed so far this year were modest, and pay agreements too.",
])
def test_budget_deficits_and_wage_pacts_are_no_trade_issue(text):
    assert issues(text) == []


def test_a_bare_deficit_after_a_trade_deficit_stays_the_trade_balance():
    assert issues("The trade deficit widened, and the deficit will grow.") == [
        ("trade deficit", "trade balance"), ("deficit", "trade balance")]


@pytest.mark.parametrize("text, expected", [
    ("They object to a customs user fee.", ("customs user fee", "tariffs")),
    ("Japan keeps an import licensing system.", ("import licensing system", "non-tariff barriers")),
])
def test_border_charges_and_licensing_are_tariffs_and_barriers(text, expected):
    assert issues(text) == [expected]


def test_bare_restrictions_are_a_barrier():
    assert issues("Tokyo will ease the restrictions it has imposed.") == [
        ("restrictions", "non-tariff barriers")]


@pytest.mark.parametrize("text, expected", [
    ("The OECD curbed mixed credits.", ("mixed credits", "subsidies")),
    ("Pakistan got an export credit on soft terms.", ("export credit", "subsidies")),
    ("Seoul's market liberalisation went on.", ("market liberalisation", "market access")),
])
def test_aid_credits_are_subsidies_and_liberalisation_is_market_access(text, expected):
    assert issues(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Tokyo denied predatory pricing.", ("predatory pricing", "dumping")),
    ("They want free access for their goods.", ("free access", "market access")),
    ("Japan must remove trade impediments.", ("trade impediments", "non-tariff barriers")),
])
def test_predatory_pricing_free_access_and_impediments(text, expected):
    assert issues(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Talks will cover agriculture and services.", [("agriculture", "agriculture"),
                                                     ("services", "services")]),
    ("Exports of goods and services rose.", []),
    ("The bilateral irritants remain.", [("irritants", "trade dispute")]),
    ("Canada imposed a 15 pct export tax on lumber.", [("export tax", "tariffs")]),
    ("The CAP must change, Washington said.", [("CAP", "agriculture")]),
    ("They refrained from setting target zones.", [("target zones", "currency")]),
])
def test_services_irritants_export_taxes_cap_and_target_zones(text, expected):
    assert issues(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The yen/dollar rate fell.", ("yen/dollar rate", "currency")),
    ("Madrid offered soft loans.", ("soft loans", "subsidies")),
    ("Trade retaliation looms.", ("Trade retaliation", "sanctions")),
])
def test_rates_soft_loans_and_trade_retaliation(text, expected):
    assert issues(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Hungary's hard currency trade surplus rose.", [("trade surplus", "trade balance")]),
    ("The ASA filed an unfair trade complaint.", [("unfair trade complaint", "trade dispute")]),
    ("It was a significant retaliatory step.", [("retaliatory step", "sanctions")]),
])
def test_hard_currency_is_no_issue_and_complaints_and_steps_are(text, expected):
    assert issues(text) == expected


def test_a_currency_noun_compound_is_one_issue():
    assert issues("The currency appreciation hurt exporters.") == [
        ("currency appreciation", "currency")]


@pytest.mark.parametrize("text, expected", [
    ("Japan must open its farm market.", ("farm market", "agriculture")),
    ("The EC cut price supports.", ("price supports", "subsidies")),
])
def test_farm_markets_and_price_supports(text, expected):
    assert issues(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("They negotiate a free trade pact.", [("free trade pact", "trade agreement")]),
    ("A free-trade arrangement was signed.", [("free-trade arrangement", "trade agreement")]),
    ("The EC attacked subsidized exports.", [("subsidized exports", "subsidies")]),
    ("Firms moved into the free trade zone.", []),
])
def test_free_trade_deals_and_subsidized_exports(text, expected):
    assert issues(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Japan had widened access for U.S. chip producers.", [("access", "market access")]),
    ("Output of dynamic random access memory fell.", []),
    ("They sell computer microchips.", [("computer microchips", "semiconductors")]),
    ("The currency misalignment persists.", [("currency misalignment", "currency")]),
])
def test_bare_access_is_market_access_but_not_in_random_access_memory(text, expected):
    assert issues(text) == expected
