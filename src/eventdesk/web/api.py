"""The REST API: every answer comes from ``eventdesk.analysis`` over the read-only connection.

Lists answer JSON by default and CSV with ``?format=csv``. Writing happens only in ``POST /api/ingest``
(token required); ``POST /api/code`` codes a text and stores nothing.
"""

from __future__ import annotations

import csv
import datetime as dt
import hmac
import io
import json
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Annotated, Any, Literal, TypeVar

import duckdb
from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field, ValidationError
from starlette.concurrency import run_in_threadpool

from eventdesk import analysis
from eventdesk.analysis.events import CursorError
from eventdesk.analysis.filters import EventFilter
from eventdesk.errors import EventdeskError
from eventdesk.ingest.text import read_jsonl
from eventdesk.web.errors import ERROR_RESPONSES, ApiError
from eventdesk.web.state import State, get_state

router = APIRouter(prefix="/api", responses=ERROR_RESPONSES)

T = TypeVar("T")
Code = Annotated[str, Path(min_length=1, max_length=64, description="An actor code (RUSGOV) or a country (RUS).")]
Format = Literal["json", "csv"]
Period = Literal["day", "week", "month", "quarter", "year"]
Level = Literal["actor", "country"]
CSV_RESPONSE: dict[int | str, dict[str, Any]] = {200: {"content": {"application/json": {}, "text/csv": {}}}}


def event_filter(
    start: Annotated[dt.date | None, Query(description="First day (YYYY-MM-DD), inclusive.")] = None,
    end: Annotated[dt.date | None, Query(description="Last day (YYYY-MM-DD), inclusive.")] = None,
    actor: Annotated[str | None, Query(max_length=64, description="Actor code or country, in `role`.")] = None,
    role: Annotated[Literal["source", "target", "either"], Query()] = "either",
    source: Annotated[str | None, Query(max_length=64, description="Source actor code or country.")] = None,
    target: Annotated[str | None, Query(max_length=64, description="Target actor code or country.")] = None,
    dyad: Annotated[str | None, Query(max_length=129, pattern=r"^[^:]+:[^:]+$",
                                      description="SOURCE:TARGET, e.g. RUS:UKR (one direction).")] = None,
    event: Annotated[str | None, Query(max_length=32, description="PLOVER type, e.g. ASSAULT.")] = None,
    cameo: Annotated[str | None, Query(pattern=r"^[0-9]{1,4}$", description="CAMEO code prefix, e.g. 19.")] = None,
    quad_class: Annotated[int | None, Query(ge=1, le=4, description="1-4 (verbal/material cooperation/conflict).")]
    = None,
    status: Annotated[Literal["asserted", "negated", "hypothetical", "future"] | None, Query()] = None,
    document: Annotated[str | None, Query(max_length=200, description="Document hash or id.")] = None,
    q: Annotated[str | None, Query(max_length=200, description="Words in the sentence.")] = None,
) -> EventFilter:
    """The event filter shared by every list of the API (and the pages)."""
    if dyad:
        source, target = (s.strip() for s in dyad.split(":", 1))
    if start and end and start > end:
        raise ApiError(400, "bad_request", f"start {start} is after end {end}")
    return EventFilter(start=start, end=end, actor=actor, role=role, source=source, target=target, event=event,
                       cameo=cameo, quad_class=quad_class, status=status, document=document, text=q)


Filter = Annotated[EventFilter, Depends(event_filter)]


def read(state: State, fn: Callable[[duckdb.DuckDBPyConnection], T]) -> T:
    """Run one question on a cursor of the read-only connection; the library's refusals become 400."""
    with state.db.read() as con:
        try:
            return fn(con)
        except (ValueError, CursorError) as e:
            raise ApiError(400, "bad_request", str(e)) from None
        except (duckdb.InvalidInputException, duckdb.ConversionException, duckdb.OutOfRangeException) as e:
            raise ApiError(400, "bad_request", f"the store could not answer this query: {e}") from None


def read_one(state: State, fn: Callable[[duckdb.DuckDBPyConnection], T | None], missing: str) -> T:
    """The one thing a question asks for; 404 ("no event 'e1'") when the store has none."""
    found = read(state, fn)
    if found is None:
        raise ApiError(404, "not_found", missing)
    return found


def csv_response(columns: Sequence[str], rows: Iterable[Sequence[Any]], name: str) -> Response:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    writer.writerows(rows)
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", name)[:80]  # a header is Latin-1: codes of any script are not
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{safe}.csv"'})


def dicts_csv(items: list[dict[str, Any]], name: str) -> Response:
    columns = list(items[0]) if items else []
    return csv_response(columns, ([_cell(i[c]) for c in columns] for i in items), name)


def _cell(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value


StateDep = Annotated[State, Depends(get_state)]


# -- reading ----------------------------------------------------------------------------------------

@router.get("/overview", summary="Counts, events over time by quad class, top dyads, latest alerts (cached until "
            "the next ingest)")
def overview(state: StateDep, by: Period = "month") -> dict[str, Any]:
    def run(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
        return {
            "counts": analysis.counts(con),
            "timeline": analysis.timeline(con, EventFilter(), by),
            "top_dyads": analysis.top_dyads(con, EventFilter(status="asserted"), 10),
            "alerts": analysis.alerts(con, limit=5, evidence=3),
        }
    return state.cached(("overview", by), lambda: read(state, run))


@router.get("/events", summary="Events, filtered, newest first, paged by cursor", responses=CSV_RESPONSE)
def events(
    state: StateDep, f: Filter,
    sort: Literal["-date", "date"] = "-date",
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    cursor: Annotated[str | None, Query(max_length=400, description="`next_cursor` of the previous page.")]
    = None,
    format: Format = "json",
) -> Any:
    if format == "csv":
        columns, rows, _ = read(state, lambda con: analysis.events_table(con, f, limit, cursor, sort))
        return csv_response(columns, rows, "events")
    page = read(state, lambda con: analysis.list_events(con, f, limit, cursor, sort))
    return {"items": page.items, "next_cursor": page.next_cursor, "limit": limit}


@router.get("/events/{event_id}", summary="One event with its evidence")
def event(state: StateDep, event_id: Annotated[str, Path(max_length=200)]) -> dict[str, Any]:
    return read_one(state, lambda con: analysis.get_event(con, event_id), f"no event {event_id!r}")


@router.get("/documents/{doc_id}", summary="A document: text, metadata, its events with offsets")
def document(state: StateDep, doc_id: Annotated[str, Path(max_length=200)]) -> dict[str, Any]:
    return read_one(state, lambda con: analysis.get_document(con, doc_id), f"no document {doc_id!r}")


@router.get("/actors", summary="The most active coded actors, or those matching q", responses=CSV_RESPONSE)
def actors(
    state: StateDep, q: Annotated[str | None, Query(max_length=100)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50, format: Format = "json",
) -> Any:
    items = read(state, lambda con: analysis.search_actors(con, q, limit))
    return dicts_csv(items, "actors") if format == "csv" else {"items": items}


@router.get("/actors/{code}", summary="An actor: counts, event types, partners, neighbourhood")
def actor(state: StateDep, code: Code, f: Filter) -> dict[str, Any]:
    return read_one(state, lambda con: analysis.actor_profile(con, code, f), f"no events with actor {code!r}")


@router.get("/dyads/{a}/{b}/series", summary="Both directions of a dyad over time", responses=CSV_RESPONSE)
def dyad_series(state: StateDep, a: Code, b: Code, f: Filter, by: Period = "month", format: Format = "json") -> Any:
    result = read(state, lambda con: analysis.dyad(con, a, b, by, f))
    if format == "csv":
        rows = [{"direction": f"{a}>{b}", **r} for r in result["a_to_b"]]
        rows += [{"direction": f"{b}>{a}", **r} for r in result["b_to_a"]]
        return dicts_csv(rows, f"dyad-{a}-{b}")
    return result


@router.get("/network", summary="Actor-to-actor edges: counts and mean Goldstein", responses=CSV_RESPONSE)
def network(
    state: StateDep, f: Filter, level: Level = "actor", limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    format: Format = "json",
) -> Any:
    items = read(state, lambda con: analysis.edges(con, f, level, limit))
    return dicts_csv(items, "network") if format == "csv" else {"level": level, "edges": items}


@router.get("/alerts", summary="Dyads and actors whose material conflict departs from their baseline",
            responses=CSV_RESPONSE)
def alerts(
    state: StateDep,
    week: Annotated[dt.date | None, Query(description="A day of the week to check (default: the latest).")] = None,
    level: Level = "country",
    baseline: Annotated[int, Query(ge=2, le=104, description="Weeks of baseline before the week.")] = 12,
    threshold: Annotated[float, Query(ge=0, le=100, description="Smallest z-score reported.")] = 2.0,
    min_events: Annotated[int, Query(ge=1, le=10000)] = 3,
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
    format: Format = "json",
) -> Any:
    result = read(state, lambda con: analysis.alerts(con, week, level, baseline, threshold, min_events, limit))
    if format == "csv":
        rows = [{k: v for k, v in a.items() if k != "events"} | {"event_ids": ";".join(e["id"] for e in a["events"])}
                for a in result["alerts"]]
        return dicts_csv(rows, "alerts")
    return result


@router.get("/map", summary="Events with coordinates, clustered by place or grid cell", responses=CSV_RESPONSE)
def places(
    state: StateDep, f: Filter,
    cell: Annotated[float, Query(ge=0, le=90, description="Cluster cell in degrees (0: by place).")] = 0,
    limit: Annotated[int, Query(ge=1, le=5000)] = 2000, format: Format = "json",
) -> Any:
    items = read(state, lambda con: analysis.places(con, f, cell, limit))
    return dicts_csv(items, "places") if format == "csv" else {"items": items}


# -- coding and writing -----------------------------------------------------------------------------

class CodeRequest(BaseModel):
    """A text to code; nothing is stored."""

    text: str = Field(min_length=1, description="The article text.")
    published: dt.date | None = Field(None, description="Publication date (resolves 'on Tuesday').")


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 past ``limit`` bytes (announced or actually sent)."""
    announced = request.headers.get("content-length")
    if announced and announced.isdigit() and int(announced) > limit:
        raise ApiError(413, "too_large", f"the body is {announced} bytes; the limit is {limit}")
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > limit:
            raise ApiError(413, "too_large", f"the body is over the limit of {limit} bytes")
    return bytes(body)


CODE_BODY = {"requestBody": {"required": True,
                             "content": {"application/json": {"schema": CodeRequest.model_json_schema()}}}}


@router.post("/code", summary="Code a text into events (nothing is stored)", openapi_extra=CODE_BODY,
             responses={413: ERROR_RESPONSES[422] | {"description": "too large"}, **CSV_RESPONSE})
async def code(request: Request, state: StateDep, format: Format = "json") -> Any:
    raw = await read_body(request, state.max_text_bytes)
    try:
        body = CodeRequest.model_validate_json(raw)
    except ValidationError as e:
        errs = e.errors()
        where = ".".join(str(p) for p in errs[0]["loc"]) if errs else ""
        msg = errs[0]["msg"] if errs else "invalid"
        raise ApiError(422, "invalid_parameter",
                       f"expected JSON {{\"text\", \"published\"?}}: {where + ': ' if where else ''}{msg}") from None
    events = await run_in_threadpool(state.code_text, body.text, body.published)
    records = [e.to_dict() for e in events]
    if format == "csv":
        rows = [[r["id"], r["date"], ";".join(a["code"] or a["text"] for a in r["source"]), r["event"], r["cameo"],
                 ";".join(a["code"] or a["text"] for a in r["target"]), r["status"], r["trigger"]["start"],
                 r["trigger"]["end"], r["text"]] for r in records]
        return csv_response(["id", "date", "source", "event", "cameo", "target", "status", "trigger_start",
                             "trigger_end", "sentence"], rows, "events")
    return {"events": records}


INGEST_BODY = {"requestBody": {"required": True, "content": {"application/x-ndjson": {"schema": {"type": "string"}}}}}


def check_token(request: Request, token: str | None) -> None:
    """401 without credentials, 403 with wrong ones or when the server takes no writes."""
    header = request.headers.get("authorization", "")
    given = header[7:].strip() if header.lower().startswith("bearer ") else None
    if not given:
        raise ApiError(401, "unauthorized", "ingest needs the server's token: Authorization: Bearer TOKEN")
    if token is None:
        raise ApiError(403, "forbidden", "this server takes no writes (start it with --token)")
    if not hmac.compare_digest(given.encode(), token.encode()):
        raise ApiError(403, "forbidden", "wrong token")


@router.post("/ingest", summary="Code JSON Lines documents into the store (needs the token)",
             openapi_extra=INGEST_BODY,
             responses={401: ERROR_RESPONSES[422] | {"description": "no token"},
                        403: ERROR_RESPONSES[422] | {"description": "wrong token"},
                        413: ERROR_RESPONSES[422] | {"description": "too large"}})
async def ingest(request: Request, state: StateDep) -> JSONResponse:
    check_token(request, state.token)
    raw = await read_body(request, state.max_ingest_bytes)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ApiError(400, "bad_request", "the body is not UTF-8 JSON Lines") from None
    items = list(read_jsonl(io.StringIO(text), "api"))
    if not items:
        raise ApiError(400, "bad_request", "no documents: send JSON Lines of {\"id\", \"text\", \"published\"?}")
    summary = await run_in_threadpool(state.ingest, items)
    errors = [str(i) for i in items if isinstance(i, EventdeskError)]
    return JSONResponse({"coded": summary.coded, "skipped": summary.skipped, "duplicates": summary.duplicates,
                         "failed": summary.failed, "events": summary.events, "errors": errors})
