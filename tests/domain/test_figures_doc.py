"""docs/figures.md says what every figure counts, in the code's words, with its seed sentence."""

from __future__ import annotations

from pathlib import Path

from desktop.domain.figures import FIGURES

DOC = Path(__file__).resolve().parents[2] / "docs" / "figures.md"


def test_every_figure_is_in_the_doc_with_its_definition_and_seed_sentence() -> None:
    text = DOC.read_text(encoding="utf-8")
    for figure in FIGURES:
        assert f"`{figure.code}`" in text, figure.code
        assert str(figure.definition) in text and figure.definition.en in text, figure.code
        assert figure.sentence in text, figure.code
