"""atheris target: user dates (``parse_date``) and TIMEX3 values (``interval_of``)."""

from __future__ import annotations

import contextlib

import atheris
from _harness import instrumented_imports, main

with instrumented_imports():
    from dateline.dates import parse_date
    from dateline.errors import DatelineError
    from dateline.names import entity_key
    from dateline.nlp.timex_calendar import interval_of


def target(data: bytes) -> None:
    text = atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(64)
    with contextlib.suppress(DatelineError):
        parse_date(text)
    interval = interval_of(text)
    if interval is not None and interval[0] > interval[1]:
        raise AssertionError(f"interval runs backwards for {text!r}: {interval}")
    entity_key(text)


if __name__ == "__main__":
    main(target)
