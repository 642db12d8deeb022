"""The pipeline stamp keeps each rule module's code digest on disk, keyed by the module's source
and the interpreter: a process whose sources are known compiles none of them, and a missing,
broken or unwritable cache only costs the compile again, never another stamp."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.nlp import pipeline


def _fresh_stamp(monkeypatch: pytest.MonkeyPatch, cache_dir: Path) -> tuple[str, int]:
    """The stamp computed anew with ``cache_dir`` as the cache, and how many code objects
    were digested (zero when every module's digest came from the cache)."""
    monkeypatch.setenv(pipeline.STAMP_CACHE_ENV, str(cache_dir))
    calls = [0]
    digest_code = pipeline._digest_code

    def counted(digest: object, code: object) -> None:
        calls[0] += 1
        digest_code(digest, code)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "_digest_code", counted)
    pipeline.pipeline_stamp.cache_clear()
    try:
        return pipeline.pipeline_stamp(), calls[0]
    finally:
        pipeline.pipeline_stamp.cache_clear()


def test_a_second_process_compiles_nothing_and_gets_the_same_stamp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, compiled = _fresh_stamp(monkeypatch, tmp_path / "cache")
    assert compiled > 1000  # every rule module's code objects, the first time
    assert len(list((tmp_path / "cache").glob("code-digests-*.json"))) == 1
    again, compiled_again = _fresh_stamp(monkeypatch, tmp_path / "cache")
    assert (again, compiled_again) == (first, 0)


def test_a_broken_or_unwritable_cache_gives_the_same_stamp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected, _ = _fresh_stamp(monkeypatch, tmp_path / "good")
    broken = tmp_path / "broken"
    broken.mkdir()
    for cached in (tmp_path / "good").iterdir():
        (broken / cached.name).write_text("{not json", encoding="utf-8")
    assert _fresh_stamp(monkeypatch, broken)[0] == expected
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")  # the cache's directory would be inside a file
    for _ in range(2):  # nothing can be kept: each process compiles again
        stamp, compiled = _fresh_stamp(monkeypatch, blocker / "cache")
        assert stamp == expected and compiled > 1000


def test_a_changed_source_is_digested_again(tmp_path: Path) -> None:
    digests = pipeline._CodeDigests(None, {})
    base = digests.of(b"CUES = {'said'}\n", "m.py")
    assert digests.of(b"# a comment\nCUES = {'said'}\n", "m.py") == base
    assert digests.of(b"CUES = {'warned'}\n", "m.py") != base
    assert len(digests.known) == 3 and digests.changed
    digests.save()  # no path: nothing written, no error
