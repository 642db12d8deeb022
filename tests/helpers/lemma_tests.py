"""The lemmas a rule's source compares ``lemma`` with, for the tests that check a module's or a
rule's exported lemma set holds every lemma its code opens on (claims_leadership._RULE_LEMMAS,
the claims_dispatch tables)."""

from __future__ import annotations

import ast
import inspect
import textwrap
from types import ModuleType
from typing import Any


def compared_lemmas(source: ModuleType | Any, *, equal_or_in_only: bool = False) -> set[str]:
    """The strings ``source`` (a module or a function) compares the name ``lemma`` with:
    ``lemma == "x"``, ``lemma in {...}``, ``lemma in SOME_SET`` (the module's constant
    resolved). ``equal_or_in_only`` skips ``!=`` and ``not in``, which open on no lemma."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(source)))
    scope = vars(inspect.getmodule(source))
    found: set[str] = set()
    for node in ast.walk(tree):
        if not (
            isinstance(node, ast.Compare)
            and isinstance(node.left, ast.Name)
            and node.left.id == "lemma"
        ):
            continue
        for op, right in zip(node.ops, node.comparators, strict=True):
            if equal_or_in_only and not isinstance(op, ast.Eq | ast.In):
                continue
            value = eval(compile(ast.Expression(right), "<lemmas>", "eval"), scope)  # noqa: S307
            found |= {value} if isinstance(value, str) else set(value)
    return found
