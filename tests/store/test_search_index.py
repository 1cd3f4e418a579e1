"""The text the short search index holds, and the MATCH expressions short queries make."""

from __future__ import annotations

from desktop.store.search_index import fts_phrase, initial_pairs, short_phrase, spaced


def test_each_character_of_a_name_is_a_token() -> None:
    assert spaced("科技公司") == "科 技 公 司"
    assert spaced(None) is None and spaced("") == ""


def test_punctuation_and_symbols_are_tokens_spelt_by_code_point() -> None:
    # The tokenizer takes them for separators; folded to half width first, spaces left out.
    assert spaced("鑫达（新乡）100%") == "鑫 达 u28 新 乡 u29 1 0 0 u25"
    assert spaced("A&B Co.") == "A u26 B C o u2e"
    assert spaced("ＡＢ") == "A B"


def test_initials_are_held_as_adjacent_pairs() -> None:
    assert initial_pairs("xxsxdkj") == "xx xs sx xd dk kj"
    assert initial_pairs("ab") == "ab"
    assert initial_pairs("x") == "x"  # a one-character name keeps its initial
    assert initial_pairs(None) is None and initial_pairs("") == ""


def test_short_queries_match_names_in_order_and_two_letters_as_a_pair_of_initials() -> None:
    assert short_phrase("科技") == '{name legal_rep} : "科 技"'
    assert short_phrase("ZZ") == '{name legal_rep} : "Z Z" OR name_initials : "zz"'
    assert short_phrase("鑫") == '{name legal_rep} : "鑫"'
    assert short_phrase("%") == '{name legal_rep} : "u25"'
    assert short_phrase("a%") == '{name legal_rep} : "a u25"'  # not a pair of initials
    assert short_phrase("（新") == '{name legal_rep} : "u28 新"'
    assert short_phrase("\u3000") is None


def test_user_text_is_never_match_syntax() -> None:
    assert fts_phrase('a"b OR c') == '"a""b OR c"'
