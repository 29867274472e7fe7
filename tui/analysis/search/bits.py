"""Sets of item numbers as bitsets (Python ints): bit n is set when item n is in the set.

A one-letter query matches most of 266,000 items; as Python sets, the union of its words' postings
and the intersections with the other words cost a hundred milliseconds or more a keystroke. As
bitsets, a union or an intersection is one `|` or `&` over 33 KB (microseconds), a count is
`bit_count()`, and the first few members in item order (the static rank order the ranking relies
on) are read from the bytes without visiting the rest.

Only building a bitset from a list of numbers costs time per number, so the index builds the
bitsets of its frequent words and short prefixes once (tui/analysis/search/index.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sized

_TO01 = bytes.maketrans(b"\x00\x01", b"01")
_NONZERO = re.compile(rb"[^\x00]")
#: The set bits of each byte value, lowest first.
_BITS_OF = tuple(tuple(i for i in range(8) if v >> i & 1) for v in range(256))
#: Below this many numbers, setting bits one by one beats the byte map.
_FEW = 48


def from_ids(ids: Iterable[int]) -> int:
    """The bitset of these item numbers (any order, repeats allowed)."""
    seq = ids if isinstance(ids, Sized) else list(ids)
    if not seq:
        return 0
    if len(seq) <= _FEW:
        out = 0
        for n in seq:
            out |= 1 << n
        return out
    top = max(seq)
    marks = bytearray(top + 1)
    for n in seq:
        marks[n] = 1
    # one byte per item, read as a binary number (lowest item last)
    return int(marks.translate(_TO01)[::-1], 2)


def union(ids_lists: Iterable[Iterable[int]]) -> int:
    """The bitset of every number of every list (one pass, one byte map)."""
    marks = bytearray()
    for ids in ids_lists:
        for n in ids:
            if n >= len(marks):
                marks.extend(bytes(max(n + 1 - len(marks), len(marks))))
            marks[n] = 1
    if not marks:
        return 0
    return int(marks.translate(_TO01)[::-1], 2)


def span(lo: int, hi: int) -> int:
    """The bitset of lo, lo+1, …, hi-1."""
    return ((1 << (hi - lo)) - 1) << lo if hi > lo else 0


def count(bits: int, lo: int, hi: int) -> int:
    """How many members lie in lo..hi-1."""
    return (bits & span(lo, hi)).bit_count()


def has(bits: int, n: int) -> bool:
    return bits >> n & 1 == 1


def members(bits: int, limit: int | None = None) -> list[int]:
    """The members in increasing order (the first `limit` of them)."""
    if limit is None:
        return [n for chunk in chunks(bits) for n in chunk]
    out: list[int] = []
    for chunk in chunks(bits, limit):
        out.extend(chunk)
        if len(out) >= limit:
            return out[:limit]
    return out


def iter_members(bits: int) -> Iterator[int]:
    """The members in increasing order, read lazily (stopping early costs little more)."""
    for chunk in chunks(bits):
        yield from chunk


def chunks(bits: int, first: int = 64) -> Iterator[list[int]]:
    """The members in increasing order, a list at a time: the first list covers about `first`
    items' worth of bytes, each next one twice as many (a reader wanting a few members reads
    a few bytes; one wanting all of them pays one list comprehension per chunk)."""
    if bits <= 0:
        return
    data = bits.to_bytes((bits.bit_length() + 7) // 8, "little")
    bits_of = _BITS_OF
    finditer = _NONZERO.finditer
    at, size = ((bits & -bits).bit_length() - 1) // 8, max(8, first // 8)  # from the lowest member
    while at < len(data):
        end = min(len(data), at + size)
        yield [m.start() * 8 + bit for m in finditer(data, at, end) for bit in bits_of[data[m.start()]]]
        at, size = end, size * 2


def to_bytes(bits: int) -> bytes:
    """For storing: little-endian bytes."""
    return bits.to_bytes((bits.bit_length() + 7) // 8, "little") if bits > 0 else b""


def from_bytes(data: bytes) -> int:
    return int.from_bytes(data, "little")
