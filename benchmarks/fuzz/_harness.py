"""Shared atheris harness: bytes in, a result or a named DatelineError out, nothing else.

Each ``fuzz_*.py`` beside this file is one target. Any exception that is not a
``DatelineError`` escapes to atheris, which reports it as a crash and saves the input.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import atheris

INSTRUMENTED = ("dateline", "trafilatura", "htmldate", "charset_normalizer", "warcio", "lxml")


def instrumented_imports() -> atheris.instrument_imports:
    return atheris.instrument_imports(include=list(INSTRUMENTED))


def reader_target(suffix: str) -> Callable[[bytes], None]:
    """A target that stores the bytes as one ``*<suffix>`` file and reads it to the end."""
    from dateline.errors import DatelineError
    from dateline.ingest import read_path

    folder = Path(tempfile.mkdtemp(prefix="dateline-fuzz-", dir=_scratch()))
    path = folder / f"input{suffix}"

    def target(data: bytes) -> None:
        path.write_bytes(data)
        try:
            for item in read_path(path, fetch=False):  # fuzzed input never reaches the network
                if isinstance(item, Exception) and not isinstance(item, DatelineError):
                    raise item
        except DatelineError:
            pass

    return target


def _scratch() -> str | None:
    shm = "/dev/shm"
    return shm if os.path.isdir(shm) and os.access(shm, os.W_OK) else None


def main(target: Callable[[bytes], None]) -> None:
    atheris.Setup(sys.argv, target)
    atheris.Fuzz()
