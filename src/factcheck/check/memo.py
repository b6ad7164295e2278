"""One story's memo: what the checks of one story ask again and again, worked out once per story.

The claims of a story share series and periods, and every claim that misses is tried under a
dozen other readings that share most of their lookups, so the same answers are wanted over and
over. The memo lives for one `check_claims` call (`story_memo`), so it never outlives its story
and memory stays flat over any number of stories; outside it every call computes afresh.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache, wraps
from typing import Any, TypeVar

T = TypeVar("T")

_MEMO: ContextVar[dict | None] = ContextVar("factcheck_story_memo", default=None)
_MISSING = object()


@contextmanager
def story_memo() -> Iterator[None]:
    """Within this block, `per_story` and `per_object` answers are remembered (one story's worth)."""
    token = _MEMO.set({})
    try:
        yield
    finally:
        _MEMO.reset(token)


def active() -> dict | None:
    """The current story's memo, or None outside `story_memo`."""
    return _MEMO.get()


def per_story(key: Hashable, compute: Callable[[], T]) -> T:
    """`compute()` once per key within the story (callers must not change what it returns)."""
    memo = _MEMO.get()
    if memo is None:
        return compute()
    hit = memo.get(key, _MISSING)
    if hit is _MISSING:
        hit = memo[key] = compute()
    return hit


def per_object(tag: str, obj: Any, compute: Callable[[], T]) -> T:
    """`compute()` once per object (by identity) within the story: the memo holds the object, so
    its id is never another's while the entry lives."""
    memo = _MEMO.get()
    if memo is None:
        return compute()
    key = (tag, id(obj))
    hit = memo.get(key)
    if hit is None or hit[0] is not obj:
        hit = memo[key] = (obj, compute())
    return hit[1]


def per_story_text(maxsize: int) -> Callable[[Callable[..., T]], Callable[..., T]]:
    """For a function of a story's text (a sentence, the article): within `story_memo`, once per
    argument tuple for that story only, so no story's text answers for another's; outside it,
    a bounded `lru_cache` as before."""

    def wrap(fn: Callable[..., T]) -> Callable[..., T]:
        cached = lru_cache(maxsize=maxsize)(fn)
        tag = fn.__qualname__

        @wraps(fn)
        def within(*args: Hashable) -> T:
            memo = _MEMO.get()
            if memo is None:
                return cached(*args)
            key = (tag, args)
            hit = memo.get(key, _MISSING)
            if hit is _MISSING:
                hit = memo[key] = fn(*args)
            return hit

        return within

    return wrap
