"""The one way long id lists go into ``IN (...)``: slices under SQLite's parameter limit."""

from __future__ import annotations

import sqlite3

from khorasan_desktop.data.connection import IN_CHUNK, in_chunks


def test_slices_keep_every_id_once_in_order_with_their_marks() -> None:
    ids = [f"e{i}" for i in range(IN_CHUNK * 2 + 7)]
    parts = list(in_chunks(ids))
    assert [len(c) for c, _ in parts] == [IN_CHUNK, IN_CHUNK, 7]
    assert [i for c, _ in parts for i in c] == ids
    assert all(marks == ",".join("?" * len(c)) for c, marks in parts)
    assert list(in_chunks([])) == []
    assert [len(c) for c, _ in in_chunks(ids, 400)] == [400, 400, 207]


def test_two_lists_of_a_400_slice_fit_one_statement() -> None:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE r (a TEXT, b TEXT)")
    db.executemany("INSERT INTO r VALUES (?, ?)", [(f"n{i}", f"m{i}") for i in range(1000)])
    ids = [f"n{i}" for i in range(1000)]
    found = 0
    for chunk, marks in in_chunks(ids, 400):
        sql = f"SELECT count(*) FROM r WHERE a IN ({marks}) OR b IN ({marks})"
        found += db.execute(sql, [*chunk, *chunk]).fetchone()[0]
    assert found == 1000
