"""resolve/unobserved.py `window_words`: the words a window must hold before the modal and currency
patterns are searched in it — every configured phrase holds one, so skipping a window that holds
none changes no answer."""

from __future__ import annotations

import pytest

from factcheck.resolve.lexicon import settings
from factcheck.resolve.unobserved import unobserved_word, window_words

_CFG = settings()["unobserved"]


@pytest.mark.parametrize(("key", "index"), [pytest.param("modals", 0, id="modals"),
                                            pytest.param("currency_subjects", 1, id="currencies")])
def test_unobserved_window_words_cover_every_phrase(key: str, index: int) -> None:
    words = window_words()[index]
    missed = [p for p in _CFG[key] if not any(w in str(p).lower() for w in words)]
    assert missed == []


@pytest.mark.parametrize(("text", "figure", "word"), [
    pytest.param("Analysts said exports could climb back above $80 billion.", "$80 billion", "could", id="modal"),
    pytest.param("Shipments will likely reach $5 billion.", "$5 billion", "will likely", id="two-word-modal"),
    pytest.param("As the YUAN fell 3%, exporters gained.", "3%", "YUAN", id="currency-capitals"),
    pytest.param("Exports rose 3% to $5 billion.", "3%", None, id="neither"),
])
def test_unobserved_window_words_keep_answers(text: str, figure: str, word: str | None) -> None:
    start = text.index(figure)
    assert unobserved_word(text, start, start + len(figure), 0) == word
