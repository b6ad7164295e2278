"""One story's memo: answers remembered within a story, never carried into the next one."""

from __future__ import annotations

import pytest

from factcheck.check.memo import per_object, per_story, per_story_text, story_memo


def _counting():
    calls: list[str] = []

    @per_story_text(maxsize=8)
    def words(text: str) -> int:
        calls.append(text)
        return len(text.split())

    return words, calls


@pytest.mark.parametrize(("stories", "expected_calls"), [
    pytest.param([["a b", "a b", "c"]], ["a b", "c"], id="once-per-text-within-a-story"),
    pytest.param([["a b"], ["a b"]], ["a b", "a b"], id="afresh-in-the-next-story"),
])
def test_memo_story_text_is_remembered_per_story_only(stories, expected_calls):
    words, calls = _counting()
    for story in stories:
        with story_memo():
            assert [words(t) for t in story] == [len(t.split()) for t in story]
    assert calls == expected_calls


def test_memo_outside_a_story_falls_back_to_a_bounded_cache():
    words, calls = _counting()
    assert (words("a b"), words("a b")) == (2, 2)
    assert calls == ["a b"]


def test_memo_per_object_is_by_identity_and_per_story_by_key():
    a, b = [1, 2], [1, 2]
    seen: list[int] = []
    with story_memo():
        assert per_object("n", a, lambda: seen.append(1) or 1) == 1
        assert per_object("n", a, lambda: seen.append(2) or 2) == 1
        assert per_object("n", b, lambda: seen.append(3) or 3) == 3  # equal, but another object
        assert per_story(("k", 1), lambda: "x") == per_story(("k", 1), lambda: "y") == "x"
    assert seen == [1, 3]
    assert per_story(("k", 1), lambda: "z") == "z"  # no story: computed every time
