"""The text the short search index holds, and the MATCH expressions short queries make."""

from __future__ import annotations

from desktop.store.search_index import fts_phrase, initial_pairs, short_phrase, spaced


def test_each_character_of_a_name_is_a_token() -> None:
    assert spaced("科技公司") == "科 技 公 司"
    assert spaced(None) is None and spaced("") == ""


def test_initials_are_held_as_adjacent_pairs() -> None:
    assert initial_pairs("xxsxdkj") == "xx xs sx xd dk kj"
    assert initial_pairs("ab") == "ab"
    assert initial_pairs("x") == "x"  # a one-character name keeps its initial
    assert initial_pairs(None) is None and initial_pairs("") == ""


def test_short_queries_match_names_in_order_and_two_letters_as_a_pair_of_initials() -> None:
    assert short_phrase("科技") == '{name legal_rep} : "科 技"'
    assert short_phrase("ZZ") == '{name legal_rep} : "Z Z" OR name_initials : "zz"'
    assert short_phrase("鑫") == '{name legal_rep} : "鑫"'
    assert short_phrase("%") is None and short_phrase("a%") is None


def test_user_text_is_never_match_syntax() -> None:
    assert fts_phrase('a"b OR c') == '"a""b OR c"'
