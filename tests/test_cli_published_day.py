"""`--published` with a day that is written right but is not on the calendar says so,
instead of asking for the form YYYY-MM-DD it already has (as the reader's `p` does)."""

from __future__ import annotations

import pytest

from tradereader.cli import main


@pytest.mark.parametrize("day", ["2025-02-30", "1987-02-29", "2024-13-01", "2024-04-31"])
def test_a_day_not_on_the_calendar_says_so(day: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["entities", "x.txt", "--published", day])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert f"{day} is not a day of the calendar" in err
    assert "not a date in the form" not in err


@pytest.mark.parametrize("value", ["March 3", "2024/05/01", "24-05-01", ""])
def test_a_date_in_another_form_still_asks_for_yyyy_mm_dd(
        value: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["entities", "x.txt", "--published", value])
    assert exit_info.value.code == 2
    assert "write it as YYYY-MM-DD or 10 June 2025" in capsys.readouterr().err


@pytest.mark.parametrize("value", ["June 10, 2025", "10 June 2025", "Tuesday, June 10th 2025"])
def test_a_day_written_out_is_taken_as_the_readers_p_takes_it(value: str, tmp_path) -> None:
    from test_cli import tradereader

    story = tmp_path / "story.txt"
    story.write_text("Talks Resume\n\nOfficials met last week in Geneva.\n", encoding="utf-8")
    result = tradereader("entities", str(story), "--json", "--published", value,
                         home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    assert '"value": "2025-W23"' in result.stdout  # last week, from 10 June 2025
