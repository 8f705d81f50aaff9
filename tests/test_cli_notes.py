"""annotate, notes, export and W3C import from the command line, against a real home."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_cli import STORY, tradereader


@pytest.fixture
def article_id(tmp_path: Path, home: Path) -> str:
    path = tmp_path / "rice.txt"
    path.write_text(STORY, encoding="utf-8")
    result = tradereader("import", str(path), "--published", "1987-03-03", home=home)
    assert result.returncode == 0, result.stderr
    return result.stdout.split()[0]


def annotate(home: Path, *args: str) -> str:
    result = tradereader("annotate", *args, home=home)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_a_hashtag_in_an_annotate_note_is_a_tag_too(home: Path, article_id: str) -> None:
    annotate(home, article_id, "--quote", "rice", "--note", "Seoul cedes #rice", "--tag", "japan")
    rows = json.loads(tradereader("notes", "--json", home=home).stdout)
    assert [row["tags"] for row in rows] == [["japan", "rice"]]


def test_annotate_then_notes_json(home: Path, article_id: str) -> None:
    # the quote is typed on one line; in the file it is broken across two
    note_id = annotate(
        home, article_id[:6], "--quote", "cut tariffs on rice imports, a move U.S. Trade",
        "--note", "Big *concession*", "--tag", "rice", "--tag", "#japan",
    )
    rows = json.loads(tradereader("notes", "--json", home=home).stdout)
    assert len(rows) == 1
    row = rows[0]
    assert row["id"] == note_id and row["article"] == article_id
    assert row["quote"] == "cut tariffs on rice imports, a move U.S. Trade"
    assert (row["note"], row["tags"], row["orphaned"]) == ("Big *concession*", ["rice", "japan"], False)
    assert row["created"] and row["modified"]
    assert {"id", "article", "quote", "note", "tags", "orphaned", "created", "modified"} <= row.keys()


def test_a_quote_not_found_is_exit_2(home: Path, article_id: str) -> None:
    result = tradereader("annotate", article_id, "--quote", "no such words", home=home)
    assert result.returncode == 2
    assert "not found" in result.stderr


def test_occurrence_picks_the_second_place(home: Path, article_id: str) -> None:
    annotate(home, article_id, "--quote", "said", "--occurrence", "2")
    row = json.loads(tradereader("notes", article_id, "--json", home=home).stdout)[0]
    assert row["start"] == STORY.index("said", STORY.index("said") + 1)


def test_an_occurrence_past_the_last_says_how_many_there_are(home: Path, article_id: str) -> None:
    times = STORY.count("said")
    result = tradereader("annotate", article_id, "--quote", "said", "--occurrence", "99",
                         home=home)
    assert result.returncode == 2
    assert f"the quote 'said' is found {times} times, not 99" in result.stderr
    missing = tradereader("annotate", article_id, "--quote", "no such words", "--occurrence",
                          "5", home=home)
    assert missing.returncode == 2 and "is not found in article" in missing.stderr


def test_notes_by_tag_and_unknown_tag(home: Path, article_id: str) -> None:
    annotate(home, article_id, "--quote", "Japan said", "--tag", "a")
    annotate(home, article_id, "--quote", "next month", "--tag", "b")
    rows = json.loads(tradereader("notes", "--tag", "b", "--json", home=home).stdout)
    assert [r["quote"] for r in rows] == ["next month"]
    assert tradereader("notes", "--tag", "zzz", home=home).returncode == 2


def test_export_markdown_to_stdout_and_file(home: Path, article_id: str, tmp_path: Path) -> None:
    annotate(home, article_id, "--quote", "Japan said", "--note", "Who said it", "--tag", "rice")
    out = tradereader("export", article_id, home=home)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("---\n")
    assert "# Tokyo Pledges to Open Rice Market" in out.stdout
    assert "> Japan said" in out.stdout and "Who said it" in out.stdout and "#rice" in out.stdout
    target = tmp_path / "out" / "deeper" / "notes.md"
    written = tradereader("export", "--tag", "rice", "-o", str(target), home=home)
    assert written.returncode == 0
    assert "Who said it" in target.read_text()
    assert f"made the folder {tmp_path / 'out' / 'deeper'}" in written.stderr
    again = tradereader("export", "--tag", "rice", "-o", str(target), home=home)
    assert again.returncode == 0 and "made the folder" not in again.stderr


def test_export_to_a_folder_that_cannot_be_made_is_a_clear_error(
        home: Path, article_id: str, tmp_path: Path) -> None:
    annotate(home, article_id, "--quote", "Japan said", "--note", "n")
    blocker = tmp_path / "a-file.txt"
    blocker.write_text("not a folder")
    result = tradereader("export", "--all", "-o", str(blocker / "x.md"), home=home)
    assert result.returncode == 2, result.stderr
    assert "cannot make its folder" in result.stderr and "unexpected" not in result.stderr
    assert result.stderr.count("\n") == 1  # one line
    folder = tradereader("export", "--all", "-o", str(tmp_path), home=home)
    assert folder.returncode == 2 and "a folder, not a file" in folder.stderr
    nobody = tradereader("export", "--all", "-o", "~nosuchuser/x.md", home=home)
    assert nobody.returncode == 2 and "unexpected" not in nobody.stderr


def test_export_needs_a_scope_and_known_names(home: Path, article_id: str) -> None:
    assert tradereader("export", home=home).returncode == 2
    assert tradereader("export", "--tag", "nope", home=home).returncode == 2
    assert tradereader("export", "ffffffffffff", home=home).returncode == 2


def test_w3c_round_trip_into_a_fresh_home(
    home: Path, article_id: str, tmp_path: Path
) -> None:
    annotate(home, article_id, "--quote", "Japan said", "--note", "n1", "--tag", "x")
    annotate(home, article_id, "--quote", "next month", "--note", "n2")
    exported = tmp_path / "notes.json"
    assert tradereader("export", "--all", "--format", "w3c", "-o", str(exported), home=home).returncode == 0
    other = tmp_path / "other-home"
    story = tmp_path / "rice.txt"
    assert tradereader("import", str(story), home=other).returncode == 0
    result = tradereader("import", str(exported), home=other)
    assert result.returncode == 0, result.stderr
    assert "2 annotations added" in result.stdout
    again = tradereader("import", str(exported), home=other)
    assert "0 annotations added, 2 already present" in again.stdout

    def essentials(h: Path) -> list:
        rows = json.loads(tradereader("notes", "--json", home=h).stdout)
        return sorted((r["quote"], r["note"], r["tags"], r["start"], r["end"]) for r in rows)

    assert essentials(other) == essentials(home)


def test_export_reports_progress_article_by_article(home: Path) -> None:
    from tradereader.notes_io import annotate, export
    from tradereader.store import Library
    from tradereader.ingest import read_article

    stories = [("one.txt", "Rice talks\n\nJapan and the US argued about rice quotas."),
               ("two.txt", "Chip talks\n\nKorea and China argued about chip tariffs.")]
    calls: list[tuple[int, int]] = []
    with Library.open(home) as library:
        for name, text in stories:
            path = home.parent / name
            path.write_text(text, encoding="utf-8")
            article, _ = library.add_article(read_article(path))
            annotate(library, article.id, "argued", 1, f"note on {name}", ["talks"])
        markdown = export(library, [], None, True, "markdown", progress=lambda *c: calls.append(c))
        assert calls == [(0, 2), (1, 2), (2, 2)]
        assert "note on one.txt" in markdown and "note on two.txt" in markdown
        calls.clear()
        export(library, [], "talks", False, "markdown", progress=lambda *c: calls.append(c))
        assert calls == [(2, 2)]  # a tag export finds no entities: one step


def test_export_keeps_the_notes_when_extraction_fails(home: Path, monkeypatch) -> None:
    import tradereader.extract
    from tradereader.ingest import read_article
    from tradereader.notes_io import annotate, export
    from tradereader.store import Library

    def broken(*args, **kwargs):
        raise RuntimeError("an engine bug")

    path = home.parent / "story.txt"
    path.write_text("Rice talks\n\nJapan and the US argued about rice quotas.", encoding="utf-8")
    with Library.open(home) as library:
        article, _ = library.add_article(read_article(path))
        annotate(library, article.id, "argued", 1, "the note that must go out", ["t"])
        monkeypatch.setattr(tradereader.extract, "extract", broken)
        markdown = export(library, [], None, True, "markdown")
    assert "the note that must go out" in markdown


def test_list_counts_notes_in_words(home: Path, article_id: str) -> None:
    assert " 0 notes  " in tradereader("list", home=home).stdout
    tradereader("annotate", article_id, "--quote", "rice", home=home)
    assert " 1 note   " in tradereader("list", home=home).stdout


def test_list_heads_its_columns(home: Path, article_id: str) -> None:
    header, row = tradereader("list", home=home).stdout.splitlines()
    assert header.split() == ["ID", "PUBLISHED", "NOTES", "TITLE"]
    assert row.startswith(article_id)
    for column in ("PUBLISHED", "TITLE"):  # each heading above its column
        assert row[header.index(column) - 2:header.index(column)] == "  "


def test_tag_filters_take_any_case(home: Path, article_id: str) -> None:
    tradereader("annotate", article_id, "--quote", "rice", "--tag", "Compliance", home=home)
    for asked in ("compliance", "#COMPLIANCE"):
        listed = tradereader("notes", "--tag", asked, "--json", home=home)
        assert listed.returncode == 0, listed.stderr
        assert [n["tags"] for n in json.loads(listed.stdout)] == [["Compliance"]]
        exported = tradereader("export", "--tag", asked, "-o", "-", home=home)
        assert exported.returncode == 0 and "#Compliance" in exported.stdout


# -- notes with nothing to list says so, as list does for an empty library -------------------


def test_notes_on_an_empty_library_says_to_import_first(home: Path) -> None:
    result = tradereader("notes", home=home)
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        "No notes yet: the library is empty. Import an article with: tradereader import PATH\n"
    )
    assert not (home / "library.json").exists()  # a reading command writes nothing


def test_notes_without_any_note_says_how_to_add_one(home: Path, article_id: str) -> None:
    result = tradereader("notes", home=home)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("No notes yet. To add one: in the reader, press a ")
    assert "tradereader annotate ARTICLE --quote TEXT" in result.stdout
    assert json.loads(tradereader("notes", "--json", home=home).stdout) == []


def test_notes_of_an_article_without_notes_names_it(
    home: Path, article_id: str, tmp_path: Path
) -> None:
    other = tmp_path / "steel.txt"
    other.write_text("Steel Duties Rise\n\nDuties on steel rose again.\n", encoding="utf-8")
    other_id = tradereader("import", str(other), home=home).stdout.split()[0]
    annotate(home, article_id, "--quote", "Japan said", "--tag", "rice")
    result = tradereader("notes", other_id[:6], home=home)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f'No notes on "Steel Duties Rise" ({other_id}) yet.')
    assert f"tradereader annotate {other_id} --quote TEXT" in result.stdout
    tagged = tradereader("notes", other_id, "--tag", "#Rice", home=home)
    assert tagged.returncode == 0, tagged.stderr
    assert tagged.stdout == (
        f'No note on "Steel Duties Rise" ({other_id}) has the tag #rice; '
        "tradereader notes --tag rice lists the notes that do.\n"
    )


def test_a_tag_no_note_has_lists_the_tags_there_are(home: Path, article_id: str) -> None:
    untagged = tradereader("notes", "--tag", "trade", home=home)
    assert untagged.returncode == 2
    assert untagged.stderr == "tradereader: no note has the tag #trade: no note has any tag yet\n"
    annotate(home, article_id, "--quote", "Japan said", "--tag", "rice", "--tag", "Japan")
    result = tradereader("notes", "--tag", "#trade", home=home)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == (
        "tradereader: no note has the tag #trade; the tags in use: #Japan, #rice\n"
    )
    exported = tradereader("export", "--tag", "trade", home=home)  # export says the same
    assert exported.returncode == 2 and exported.stderr == result.stderr
