"""`dateline ingest` restarts itself with ``MALLOC_ARENA_MAX=1`` (one glibc malloc arena: the
writer that reopens DuckDB stays flat over a long ingest), once, in the same process, unless
the user set the variable or opted out; other commands and the Python API never re-execute.
Real subprocesses: each prints its environment's value and pid every time its code runs."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from dateline.arena import _glibc, wants_one_arena

RUN = """
import os, sys
print("ran", os.environ.get("MALLOC_ARENA_MAX"), os.getpid(), flush=True)
sys.argv = ["dateline", *sys.argv[1:]]
from dateline.cli import main
main()
"""

glibc_only = pytest.mark.skipif(not _glibc(), reason="MALLOC_ARENA_MAX is glibc's")


def _runs(*args: str, **env: str) -> list[tuple[str, str]]:
    """(value, pid) each time the child's code ran, for `dateline ARGS`."""
    environ = {
        k: v for k, v in os.environ.items() if k not in {"MALLOC_ARENA_MAX", "DATELINE_ONE_ARENA"}
    }
    done = subprocess.run(
        [sys.executable, "-c", RUN, *args],
        env={**environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    lines = [line.split() for line in done.stdout.splitlines() if line.startswith("ran ")]
    assert "Usage: dateline" in done.stdout  # the command itself ran after the restart
    return [(value, pid) for _, value, pid in lines]


@glibc_only
def test_ingest_restarts_itself_once_with_one_arena_in_the_same_process() -> None:
    runs = _runs("ingest", "--help")
    assert [value for value, _ in runs] == ["None", "1"]
    assert runs[0][1] == runs[1][1]  # exec, not a child process


@glibc_only
def test_a_value_of_the_users_or_the_opt_out_is_left_alone() -> None:
    assert _runs("ingest", "--help", MALLOC_ARENA_MAX="4")[0][0] == "4"
    assert len(_runs("ingest", "--help", MALLOC_ARENA_MAX="4")) == 1
    assert [v for v, _ in _runs("ingest", "--help", DATELINE_ONE_ARENA="0")] == ["None"]


def test_other_commands_do_not_restart() -> None:
    assert [v for v, _ in _runs("timeline", "--help")] == ["None"]
    assert [v for v, _ in _runs("--help")] == ["None"]


def test_the_decision() -> None:
    assert not wants_one_arena({"MALLOC_ARENA_MAX": "2"})
    assert not wants_one_arena({"DATELINE_ONE_ARENA": "off"})
    assert wants_one_arena({}) == _glibc()
