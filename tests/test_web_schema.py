"""Property-based fuzzing of the API from its own OpenAPI schema (schemathesis): no input gives a server error.

Every operation is called with generated valid and invalid parameters and bodies (a bounded number of
examples each, so CI stays quick; valid ingest bodies come with the token, so writes are fuzzed too); any
5xx fails the test. The answers must also carry the status codes and
content types the schema documents.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is a test tool (requirements-dev.lock)")
pytest.importorskip("fastapi", reason="the 'serve' extra is not installed")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from schemathesis import GenerationMode  # noqa: E402
from schemathesis.checks import content_type_conformance, not_a_server_error, status_code_conformance  # noqa: E402
from schemathesis.core.failures import FailureGroup  # noqa: E402

import webstore  # noqa: E402
from eventdesk.web import create_app  # noqa: E402

EXAMPLES = 25  # per operation and generation mode: under a minute for the whole schema


@schemathesis.serializer("application/x-ndjson")
def ndjson(ctx: Any, value: Any) -> bytes:
    """The ingest body: a generated string as it is, anything else as one JSON line."""
    import json

    return (value if isinstance(value, str) else json.dumps(value)).encode("utf-8", "surrogatepass")


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory: pytest.TempPathFactory, coder) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    db: Path = webstore.build(tmp_path_factory.mktemp("fuzz") / "store.duckdb")
    app = create_app(str(db), token="s3cret", coder=coder, max_text_bytes=4000, max_ingest_bytes=4000)
    yield schemathesis.openapi.from_asgi("/openapi.json", app)
    app.state.eventdesk.db.close()


def fuzz(op: Any, mode: GenerationMode, calls: Counter[str], problems: list[str]) -> None:
    """Call one operation with generated cases of one mode; record server errors and failed checks."""
    name = f"{op.label} {mode.value}"

    @given(op.as_strategy(generation_mode=mode))
    @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    def run(case: Any) -> None:
        if op.label == "POST /api/ingest" and mode is GenerationMode.POSITIVE:
            case.headers = {**(case.headers or {}), "Authorization": "Bearer s3cret"}  # writes are fuzzed too
        response = case.call()
        calls[name] += 1
        if response.status_code >= 500:
            problems.append(f"{name}: {response.status_code} {response.text[:200]}")
        try:
            case.validate_response(response, checks=[not_a_server_error, status_code_conformance,
                                                     content_type_conformance])
        except (AssertionError, FailureGroup) as e:  # the checks that failed
            problems.append(f"{name}: {str(e)[:300]}")

    run()


def test_no_input_gives_a_server_error(api_schema: Any) -> None:
    calls: Counter[str] = Counter()
    problems: list[str] = []
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 12
    for op in operations:
        for mode in GenerationMode:
            fuzz(op, mode, calls, problems)
    print(f"schemathesis: {len(operations)} operations, {sum(calls.values())} calls, {len(problems)} problems")
    assert not problems, "\n".join(problems[:20])
