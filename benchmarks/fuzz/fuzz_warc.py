"""atheris target: the warc reader (``dateline.ingest.read_path`` on a ``*.warc`` file)."""

from __future__ import annotations

from _harness import instrumented_imports, main, reader_target

with instrumented_imports():
    import dateline.ingest  # noqa: F401

if __name__ == "__main__":
    main(reader_target(".warc"))
