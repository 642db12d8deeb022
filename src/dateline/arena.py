"""One glibc malloc arena for a long-running ledger writer (``dateline ingest``).

glibc gives each thread that allocates concurrently an arena of its own (up to 8 per core),
and DuckDB's threads allocate its database objects there. An ingest's writer reopens its
DuckDB connection every ``store.RENEW_DOCS`` documents so that those objects start again from
the file instead of growing with every document stored (+0.5 MB per 1,000); with many arenas
the freed objects' pages stayed mapped between live ones and the writer's RSS did not fall
(a 20,000-document replay: 219 MB reopened vs 218 never). With ``MALLOC_ARENA_MAX=1`` the
reopened writer is flat from 8,000 documents on (RSS 217 → 207 MB, high-water 224 → 217 at
20,000). glibc reads the variable once, when the process starts (``mallopt`` from Python
after the interpreter's own threads and arenas exist did not hold), so the command re-executes
itself with it: ``reexec_with_one_arena``.

Only the ``dateline ingest`` command does this (and ``benchmarks/_ingest_child.py``, which
measures what a user's ingest costs); the Python API never replaces a process: a program that
runs a large ``Ledger.ingest`` sets ``MALLOC_ARENA_MAX=1`` in its own environment before it
starts. ``DATELINE_ONE_ARENA=0`` (or any ``MALLOC_ARENA_MAX`` already set) turns it off.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

ARENA_ENV = "MALLOC_ARENA_MAX"
OPT_OUT_ENV = "DATELINE_ONE_ARENA"
_OFF = {"0", "no", "false", "off"}


def _glibc() -> bool:
    """True on Linux with glibc (not musl, macOS, Windows), where the variable means this."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        return os.confstr("CS_GNU_LIBC_VERSION") is not None
    except (ValueError, OSError, AttributeError):
        return False


def wants_one_arena(environ: Mapping[str, str] = os.environ) -> bool:
    """Whether ``reexec_with_one_arena`` would restart this process: glibc, the variable not
    set yet (by the user or by an earlier re-execution), and no opt-out."""
    if ARENA_ENV in environ or environ.get(OPT_OUT_ENV, "").strip().lower() in _OFF:
        return False
    return _glibc() and len(sys.orig_argv) > 1


def reexec_with_one_arena() -> None:
    """Replace this process by the same command line with ``MALLOC_ARENA_MAX=1`` added to its
    environment (same pid, arguments, working directory); return at once when
    ``wants_one_arena()`` is false. Call it before any work is done: nothing of this process
    survives the call."""
    if not wants_one_arena():
        return
    env = dict(os.environ)
    env[ARENA_ENV] = "1"
    sys.stdout.flush()
    sys.stderr.flush()
    os.execve(sys.executable, [sys.executable, *sys.orig_argv[1:]], env)
