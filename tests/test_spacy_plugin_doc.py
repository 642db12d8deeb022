"""docs/spacy.md's example runs as written: the components load by name from entry points."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

DOC = Path(__file__).resolve().parents[1] / "docs" / "spacy.md"


def test_spacy_plugin_example_runs(capsys):
    if not DOC.is_file():
        pytest.skip(f"{DOC} is absent")
    code = re.search(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    assert code, "docs/spacy.md has no python example"
    exec(compile(code.group(1), str(DOC), "exec"), {"__name__": "docs_example"})
    printed = capsys.readouterr().out
    assert "2019-03-01" in printed  # "on Friday" anchored on the publication date
