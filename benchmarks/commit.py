"""Per-edit commit latency through NetworkService, each edit one transaction (synchronous=FULL).

A fresh network file in the benchmark's temporary folder (on the disk the temporary folder
lives on: the file system is reported, since on tmpfs an fsync costs nothing and the figure
would mean little). A few untimed edits warm up the connection and the page cache, then
every call is timed on its own with ``perf_counter_ns``: validation, the transaction, the
WAL write, the fsync at commit, and SQLite's automatic checkpoints whenever they happen.
The drafts are built before the clock starts.
"""

from __future__ import annotations

import os
import random
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.common import filesystem_of, percentile

WARMUP_EDITS = 25
FSYNC_PROBES = 200
ADD_EVERY = 3  # one edit in three adds an actor, the others update an existing one


@dataclass
class CommitResults:
    edits: int
    filesystem: tuple[str, str]
    pragmas: dict[str, Any]
    samples_ms: dict[str, list[float]] = field(default_factory=dict)
    wal_bytes_at_end: int = 0
    fsync_ms: list[float] = field(default_factory=list)

    @property
    def all_ms(self) -> list[float]:
        return [v for values in self.samples_ms.values() for v in values]

    def stats(self, kind: str | None = None) -> dict[str, float]:
        values = self.all_ms if kind is None else self.samples_ms[kind]
        return {
            "n": len(values),
            "p50": percentile(values, 50),
            "p95": percentile(values, 95),
            "p99": percentile(values, 99),
            "max": max(values),
            "mean": sum(values) / len(values),
        }

    def as_dict(self) -> dict[str, Any]:
        return {
            "edits": self.edits,
            "filesystem": list(self.filesystem),
            "pragmas": self.pragmas,
            "all": self.stats(),
            **{kind: self.stats(kind) for kind in self.samples_ms},
            "wal_bytes_at_end": self.wal_bytes_at_end,
            "raw_fsync_ms": {
                "p50": percentile(self.fsync_ms, 50),
                "p99": percentile(self.fsync_ms, 99),
            },
        }


def fsync_probe(folder: Path, count: int = FSYNC_PROBES) -> list[float]:
    """The floor under any commit here: append 4 KiB to a file and fsync it, ``count`` times.

    A virtual disk with a write-back cache answers in microseconds where a laptop SSD takes a
    millisecond or more, so this puts the commit figures in context.
    """
    path = folder / "fsync-probe"
    samples = []
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        block = b"\0" * 4096
        for _ in range(count):
            os.write(fd, block)
            start = time.perf_counter_ns()
            os.fsync(fd)
            samples.append((time.perf_counter_ns() - start) / 1e6)
    finally:
        os.close(fd)
        path.unlink()
    return samples


def run(edits: int, workdir: Path) -> CommitResults:
    from ciworkshop.domain.model import ActorDraft, ActorRole, Sector
    from ciworkshop.services.network import NetworkService
    from ciworkshop.store.document import Document

    folder = workdir / "commit"
    folder.mkdir()
    path = folder / "Commit-Benchmark.ciw"
    document = Document.create(path, network_name="Benchmark")
    try:
        conn = document.db.conn
        pragmas = {
            name: conn.execute(f"PRAGMA {name}").fetchone()[0]
            for name in ("journal_mode", "synchronous", "secure_delete", "wal_autocheckpoint")
        }
        service = NetworkService(document)
        rng = random.Random(20_251_121)
        sectors = list(Sector)
        roles = list(ActorRole)

        def draft(index: int) -> ActorDraft:
            return ActorDraft(
                name=f"Akteur {index} – {rng.choice(['Schule', 'Kammer', 'Jobcenter', 'Verein'])}",
                short_name=f"A{index}",
                sector=rng.choice(sectors),
                role=rng.choice(roles),
                note="Notiz " * rng.randint(0, 40),
            )

        uuids = []
        for index in range(WARMUP_EDITS):
            actor, _ = service.add_actor(draft=draft(index))
            uuids.append(actor.uuid)

        results = CommitResults(
            edits=edits,
            filesystem=filesystem_of(folder),
            pragmas=pragmas,
            samples_ms={"add_actor": [], "update_actor": []},
        )
        clock = time.perf_counter_ns
        for index in range(edits):
            next_draft = draft(WARMUP_EDITS + index)
            if index % ADD_EVERY == 0:
                start = clock()
                actor, _ = service.add_actor(draft=next_draft)
                elapsed = clock() - start
                uuids.append(actor.uuid)
                results.samples_ms["add_actor"].append(elapsed / 1e6)
            else:
                uuid = rng.choice(uuids)
                start = clock()
                service.update_actor(uuid=uuid, draft=next_draft)
                elapsed = clock() - start
                results.samples_ms["update_actor"].append(elapsed / 1e6)
        wal = Path(str(path) + "-wal")
        results.wal_bytes_at_end = wal.stat().st_size if wal.exists() else 0
        results.fsync_ms = fsync_probe(folder)
        return results
    finally:
        document.close()
