"""The SQLite store: one row per platform, one row per event, and a version per platform.

A platform's row keeps its kind, its version (the number of events stored) and the
inputs its history is decided under (readings, parameters, Measures, force), as the
library's history document writes them; each event is one row holding its JSON data
(with ``schema_version``), numbered from 1.  Appending an event checks the version in
the same transaction (``UPDATE ... WHERE version = ?``), so that of two writers who read
the same version only the first is stored.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cixi_innovation import HistoryDocument, StaleVersionError, encode_event
from cixi_innovation.lifecycles.events import Event

__all__ = ["Store", "StoredPlatform"]

SCHEMA = """
CREATE TABLE IF NOT EXISTS platforms (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    version INTEGER NOT NULL,
    inputs TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
    platform_id TEXT NOT NULL REFERENCES platforms (id),
    seq INTEGER NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (platform_id, seq)
);
"""


@dataclass(frozen=True)
class StoredPlatform:
    """A platform as stored: its kind, version, inputs and events' data, oldest first."""

    id: str
    kind: str
    version: int
    inputs: dict[str, Any]
    events: list[Any]

    def document(self) -> HistoryDocument:
        """The library's history document of the stored platform (every part checked)."""
        return HistoryDocument.from_data(
            {**self.inputs, "platform_kind": self.kind, "events": self.events}
        )


class Store:
    """The platforms and their events in one SQLite file."""

    def __init__(self, path: str | Path) -> None:
        # isolation_level=None: transactions are opened explicitly, BEGIN IMMEDIATE
        self.connection = sqlite3.connect(path, isolation_level=None, timeout=5.0)
        self.connection.executescript(SCHEMA)

    def close(self) -> None:
        """Close the file."""
        self.connection.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        c = self.connection
        c.execute("BEGIN IMMEDIATE")
        try:
            yield c
        except BaseException:
            c.execute("ROLLBACK")
            raise
        c.execute("COMMIT")

    def ids(self) -> list[str]:
        """The identifiers of the stored platforms, in order."""
        return [row[0] for row in self.connection.execute("SELECT id FROM platforms ORDER BY id")]

    def read(self, platform_id: str) -> StoredPlatform:
        """The stored platform ``platform_id``.

        Raises:
            KeyError: no such platform.
        """
        c = self.connection
        row = c.execute(
            "SELECT kind, version, inputs FROM platforms WHERE id = ?", (platform_id,)
        ).fetchone()
        if row is None:
            raise KeyError(platform_id)
        kind, version, inputs = row
        events = [
            json.loads(data)
            for (data,) in c.execute(
                "SELECT data FROM events WHERE platform_id = ? ORDER BY seq", (platform_id,)
            )
        ]
        return StoredPlatform(platform_id, kind, version, json.loads(inputs), events)

    def insert(self, document: HistoryDocument, platform_id: str) -> None:
        """Store a new platform from its history document (its creating event at least)."""
        data = document.to_data()
        del data["events"], data["platform_kind"]
        events = [encode_event(e) for e in document.events]
        with self._transaction() as c:
            c.execute(
                "INSERT INTO platforms (id, kind, version, inputs) VALUES (?, ?, ?, ?)",
                (platform_id, document.platform_kind, len(document.events), json.dumps(data)),
            )
            self._append_rows(c, platform_id, 1, events)

    def append(self, platform_id: str, expected_version: int, events: Sequence[Event]) -> int:
        """Append ``events`` if the platform is still at ``expected_version``; the new version.

        Raises:
            StaleVersionError: another writer stored an event since ``expected_version``.
        """
        with self._transaction() as c:
            new = expected_version + len(events)
            updated = c.execute(
                "UPDATE platforms SET version = ? WHERE id = ? AND version = ?",
                (new, platform_id, expected_version),
            ).rowcount
            if updated != 1:
                (actual,) = c.execute(
                    "SELECT version FROM platforms WHERE id = ?", (platform_id,)
                ).fetchone()
                raise StaleVersionError(expected_version, actual, events[0])
            self._append_rows(
                c, platform_id, expected_version + 1, [encode_event(e) for e in events]
            )
        return new

    @staticmethod
    def _append_rows(
        c: sqlite3.Connection, platform_id: str, first: int, events: Sequence[object]
    ) -> None:
        c.executemany(
            "INSERT INTO events (platform_id, seq, data) VALUES (?, ?, ?)",
            [
                (platform_id, first + i, json.dumps(e, ensure_ascii=False))
                for i, e in enumerate(events)
            ],
        )
