"""Kill -9 an editing ciworkshop again and again: no acknowledged edit is ever lost.

"What the UI shows as done is on disk": every service call is one transaction committed
with ``synchronous=FULL`` in WAL mode. A child process (``crash_child.py``) edits one file
and reports each committed edit (``ACK``); the parent kills it with SIGKILL at a random
moment, then opens the file as the next start of the app would and checks it: the stale
lock is recovered, the file is intact, every acknowledged edit is there, nothing is there
that was never attempted. The same file is used for all rounds, so it grows.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from ciworkshop.services.network import NetworkService
from ciworkshop.store.document import Document
from ciworkshop.store.lock import lock_path_for

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and flock: POSIX only"),
]

CHILD = Path(__file__).with_name("crash_child.py")
REPO = Path(__file__).resolve().parents[2]
ROUNDS = 60
SEED = 20261121


@dataclass
class Expected:
    """What the file must hold, from the acknowledged edits of all rounds so far."""

    actors: set[str] = field(default_factory=set)
    people: dict[str, str] = field(default_factory=dict)  # person uuid -> actor uuid
    deleted_people: set[str] = field(default_factory=set)
    counter: int = 0


def _run_and_kill(path: Path, rng: random.Random, stderr_file: Path) -> list[str]:
    """Start the child, let it work for a random while, SIGKILL it; return all its lines."""
    with open(stderr_file, "w", encoding="utf-8") as stderr:
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(path), str(rng.randrange(2**31))],
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            encoding="utf-8",
            env={**os.environ, "PYTHONPATH": str(REPO)},
        )
        assert child.stdout is not None
        try:
            ready = child.stdout.readline()
            assert ready == "READY\n", stderr_file.read_text(encoding="utf-8")
            kill_after = rng.randint(1, 40)
            lines: list[str] = []
            acks = 0
            while acks < kill_after:
                line = child.stdout.readline()
                assert line, f"the child died by itself: {stderr_file.read_text(encoding='utf-8')}"
                lines.append(line)
                acks += line.startswith("ACK ")
            if rng.random() < 0.7:  # land anywhere inside the next edit, even mid-commit
                time.sleep(rng.random() * 0.02)
            lock_holder = json.loads(lock_path_for(path).read_text(encoding="utf-8"))
            assert lock_holder["pid"] == child.pid
            child.send_signal(signal.SIGKILL)
            lines += child.stdout.read().splitlines(keepends=True)  # ACKs still in the pipe count
        finally:
            child.kill()
            child.wait()
            child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    # A line cut off by the kill (no newline) was never fully acknowledged.
    return [line.rstrip("\n") for line in lines if line.endswith("\n")]


def _check_round(path: Path, lines: list[str], expected: Expected) -> bool:
    """Check the file after a kill; return whether an edit was cut off in flight."""
    in_flight: list[str] | None = None
    for line in lines:
        kind, op, *args = line.split()
        if kind == "DO":
            in_flight = [op, *args]
            continue
        assert kind == "ACK", line
        assert in_flight == [op, *args], f"ACK without its DO: {line}"
        in_flight = None
        if op == "add_actor":
            expected.actors.add(args[0])
        elif op == "add_person":
            expected.people[args[0]] = args[1]
        elif op == "rename":
            expected.counter = int(args[0])
        elif op == "delete_person":
            del expected.people[args[0]]
            expected.deleted_people.add(args[0])

    with Document.open(path) as document:
        assert document.recovered_stale_lock is True
        db = document.db
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        service = NetworkService(document)
        actors = {a.uuid for a in service.actors()}
        people = {p.uuid: p.actor_uuid for p in service.people()}
        counter = int(service.network().name)
        tombstones = {r[0] for r in db.execute("SELECT uuid FROM tombstone").fetchall()}

    # The one edit that may have been cut off by the kill is allowed either way;
    # the file then tells what happened, and later rounds build on that.
    if in_flight is not None:
        op, *args = in_flight
        if op == "add_actor" and args[0] in actors:
            expected.actors.add(args[0])
        elif op == "add_person" and args[0] in people:
            expected.people[args[0]] = args[1]
        elif op == "rename" and counter == int(args[0]):
            expected.counter = counter
        elif op == "delete_person" and args[0] not in people:
            del expected.people[args[0]]
            expected.deleted_people.add(args[0])

    assert actors == expected.actors, "acknowledged actors lost, or unknown actors found"
    assert people == expected.people, "acknowledged people lost, wrongly linked, or resurrected"
    assert not expected.deleted_people & people.keys()
    assert expected.deleted_people <= tombstones
    assert counter == expected.counter, "the network name went back to an older value"
    return in_flight is not None


def test_killed_editor_never_loses_an_acknowledged_edit(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    path = tmp_path / "crash.ciw"
    Document.create(path, network_name="0").close()  # the parent creates, the child only edits
    expected = Expected()
    started = time.monotonic()
    total_acks = 0
    cut_off = 0
    for round_number in range(ROUNDS):
        lines = _run_and_kill(path, rng, tmp_path / "child-stderr.txt")
        total_acks += sum(line.startswith("ACK ") for line in lines)
        try:
            cut_off += _check_round(path, lines, expected)
        except AssertionError as exc:
            raise AssertionError(f"round {round_number}: {exc}") from exc
    assert not lock_path_for(path).exists()
    assert total_acks >= ROUNDS
    assert len(expected.actors) > ROUNDS / 2
    assert expected.counter > 0
    assert expected.deleted_people
    assert cut_off > 0, "no kill landed inside an edit: the test did not test much"
    print(
        f"{ROUNDS} kills ({cut_off} inside an edit), {total_acks} acknowledged edits, "
        f"{len(expected.actors)} actors, "
        f"{len(expected.people)} people, file {path.stat().st_size // 1024} KiB, "
        f"{time.monotonic() - started:.1f} s"
    )
