"""Cheaper paths of the date tagger give what the dear ones gave: `_untensed` (one
resolution with a TenseProbe) what trying every tense says, `Anchor.shift` without
dateutil what `relativedelta` gives."""

from datetime import date, timedelta

import pytest

from tradereader.extract import dates
from tradereader.extract.dates_values import Anchor, TenseProbe

_PHRASES = [("month", "January"), ("month", "May"), ("month", "December"),
            ("date_mdy", "March 3"), ("date_mdy", "Sept. 30"), ("weekday", "Tuesday"),
            ("quarter", "the third quarter"), ("quarter", "the first half"),
            ("season", "the summer"), ("quarter", "the fourth quarter of the year")]


def _every_tense(rule, phrase, day, before):
    values = {dates._resolve(rule, phrase, day, future, before) for future in dates._TENSES}
    return values.pop() if len(values) == 1 else "tensed"


@pytest.mark.parametrize(("rule", "phrase"), _PHRASES)
def test_untensed_agrees_with_every_tense_through_the_year(rule, phrase):
    for offset in range(0, 366, 5):
        day = date(1987, 1, 1) + timedelta(days=offset)
        got = dates._untensed.__wrapped__(rule, phrase, day, "")
        if got.__class__ is dates._Tensed:
            assert got.value == dates._resolve(rule, phrase, day, None, "")
            got = "tensed"
        assert got == _every_tense(rule, phrase, day, ""), (rule, phrase, day)


def test_probe_answers_as_an_anchor_with_no_tense():
    probe, plain = TenseProbe(date(1987, 3, 15)), Anchor(date(1987, 3, 15))
    assert probe.month_year(1) == plain.month_year(1) and not probe.tensed
    assert probe.month_year(4) == plain.month_year(4) and probe.tensed  # April: tense decides


def test_a_bare_read_of_the_tense_counts_as_tensed():
    probe = TenseProbe(date(1987, 3, 15))
    assert probe.future is None and probe.tensed


@pytest.mark.parametrize("unit", ["year", "month", "quarter", "week", "fortnight", "day"])
def test_shift_moves_as_relativedelta_does(unit):
    from dateutil.relativedelta import relativedelta

    months = {"year": 12, "quarter": 3}.get(unit, 1)
    for day in (date(1987, 1, 31), date(1988, 2, 29), date(1987, 3, 31), date(1987, 12, 15)):
        for amount in range(-25, 26):
            moved = Anchor(day).shift(amount, unit)
            if unit in ("week", "fortnight", "day"):
                days = {"week": 7, "fortnight": 14, "day": 1}[unit]
                assert moved == day + relativedelta(days=amount * days)
            else:
                assert moved == day + relativedelta(months=amount * months), (day, amount)


def test_shift_past_the_calendar_raises_a_value_error():
    with pytest.raises(ValueError):
        Anchor(date(9995, 3, 15)).shift(10, "year")
