"""schemathesis against the live server's OpenAPI schema: generated requests, no 5xx answers.

Bounded (``EXAMPLES`` per operation and generation mode) so it stays part of ``make test``.
Each operation is its own test case; ingest and analyze run the real pipeline on the test's
own ledger file. Valid requests (positive mode) and invalid ones (negative mode) are both sent.
"""

from __future__ import annotations

from collections import Counter

import pytest

schemathesis = pytest.importorskip("schemathesis")

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis.errors import Unsatisfiable  # noqa: E402
from schemathesis import GenerationMode  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402
from schemathesis.specs.openapi.checks import (  # noqa: E402
    content_type_conformance,
    response_schema_conformance,
)

from dateline.server import create_app  # noqa: E402

EXAMPLES = 10
STATUSES: Counter[int] = Counter()


def _operations() -> list[tuple[str, str]]:
    spec = create_app("unused.duckdb").openapi()
    return [(path, method.upper()) for path, item in spec["paths"].items() for method in item]


@pytest.fixture(scope="module")
def api_schema(server):
    yield schemathesis.openapi.from_url(server.url + "/api/openapi.json")
    if STATUSES:
        server_errors = sum(n for status, n in STATUSES.items() if status >= 500)
        print(
            f"\nschemathesis: {sum(STATUSES.values())} requests, {server_errors} server errors, "
            f"statuses {dict(sorted(STATUSES.items()))}"
        )


@pytest.mark.slow
@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
@pytest.mark.parametrize(("path", "method"), _operations())
def test_api_has_no_server_errors(api_schema, path, method, mode):
    operation = api_schema[path][method]
    checks = [not_a_server_error]
    if mode is GenerationMode.POSITIVE:
        # A valid request's answer must also match its documented schema and content type.
        checks += [response_schema_conformance, content_type_conformance]

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        derandomize=True,
        database=None,
    )
    def run(case):
        response = case.call_and_validate(checks=checks, timeout=60)
        STATUSES[response.status_code] += 1

    try:
        run()
    except Unsatisfiable:
        pytest.skip(f"{method} {path} takes no input, so no invalid request exists")
