"""Values echoed on the terminal: escaped, and cut to a readable length."""

from hypothesis import given, settings
from hypothesis import strategies as st

from masto_diary.words.echo import LINE_LIMIT, escaped, readable, shown


def test_control_and_bidi_characters_are_shown_as_escapes():
    assert escaped("a\x1b[31mred") == "a\\x1b[31mred"
    assert escaped("txt.\u202efdp") == "txt.\\u202efdp"
    assert escaped("zero\u200bwidth\u2066") == "zero\\u200bwidth\\u2066"
    assert escaped("tab\there\rcr\x7f") == "tab\\x09here\\x0dcr\\x7f"
    assert escaped("two\nlines") == "two\nlines"
    assert escaped("Zoë, 日本, Ελλάδα") == "Zoë, 日本, Ελλάδα"


def test_a_long_value_is_cut_and_its_length_said():
    assert shown("x" * 10_485_760) == "x" * 80 + "… (10,485,760 characters)"
    assert shown("Luca") == "Luca"


def test_a_sentence_keeps_its_end_when_a_value_in_it_is_huge():
    sentence = f"There is no child called '{'A' * 10_000_000}' in this diary (children: Luca)."
    said = readable(sentence)
    assert len(said) < 200 and said.endswith("in this diary (children: Luca).")


def test_a_line_of_many_short_words_keeps_its_start_and_end():
    said = readable("start " + "ab " * 100_000 + "end.")
    assert len(said) <= LINE_LIMIT + 3 and said.startswith("start") and said.endswith("end.")


@settings(max_examples=100)
@given(st.text())
def test_nothing_readable_prints_can_move_the_cursor_or_turn_the_text(text):
    said = readable(text)
    assert not any(c in said for c in "\x1b\r\x08\u202e\u202d\u2066\u2067\u2068\u2069\x00")
    assert escaped(escaped(text)) == escaped(text)
