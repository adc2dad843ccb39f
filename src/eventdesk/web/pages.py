"""The pages: server-rendered HTML from the same analysis functions as the API.

Each page names its JSON twin (``<link rel="alternate" type="application/json">`` and a visible link):
the API call that answers the same question. Charts are drawn by ``static/app.js`` with plotly.js from
data embedded in the page; every chart's numbers are also in a table, for screen readers.
"""

from __future__ import annotations

import datetime as dt
import json
import urllib.parse
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from eventdesk import analysis
from eventdesk.analysis.filters import STATUSES, EventFilter
from eventdesk.ontology import PLOVER_TYPES
from eventdesk.web import api
from eventdesk.web.errors import ApiError
from eventdesk.web.highlight import segments
from eventdesk.web.state import State

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=Path(str(resources.files("eventdesk.web").joinpath("templates"))))
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
templates.env.globals.update(quad_names=QUAD_NAMES, statuses=STATUSES)


def state_of(request: Request) -> State:
    state: State = request.app.state.eventdesk
    return state


def render(request: Request, name: str, twin: str | None, **context: Any) -> HTMLResponse:
    """A page; ``twin`` is the API URL that answers the same question as JSON."""
    return templates.TemplateResponse(request, name, {"twin": twin, "chart_json": _chart(context), **context})


def _chart(context: dict[str, Any]) -> str | None:
    chart = context.pop("chart", None)
    if chart is None:
        return None
    # embedded in <script type="application/json">: '<' never closes the element
    return json.dumps(chart, default=str).replace("<", "\\u003c")


def query_string(request: Request, **changes: Any) -> str:
    params = dict(request.query_params)
    for k, v in changes.items():
        if v is None:
            params.pop(k, None)
        else:
            params[k] = str(v)
    return urllib.parse.urlencode(params)


def read(request: Request, fn: Any) -> Any:
    return api.read(state_of(request), fn)


def page_filter(request: Request) -> EventFilter:
    """The event filter of a page's query string, checked like the API's (an empty field is no filter)."""
    p = {k: v for k, v in request.query_params.items() if v.strip()}
    try:
        start = dt.date.fromisoformat(p["start"]) if "start" in p else None
        end = dt.date.fromisoformat(p["end"]) if "end" in p else None
        quad = int(p["quad_class"]) if "quad_class" in p else None
    except ValueError as e:
        raise ApiError(400, "bad_request", f"invalid filter: {e}") from None
    role = p.get("role", "either")
    if role not in ("source", "target", "either") or (quad is not None and quad not in (1, 2, 3, 4)):
        raise ApiError(400, "bad_request", "role must be source, target or either; quad_class 1-4")
    if p.get("status") and p["status"] not in STATUSES:
        raise ApiError(400, "bad_request", f"status must be one of {', '.join(STATUSES)}")
    source, target = p.get("source"), p.get("target")
    if "dyad" in p:
        if p["dyad"].count(":") != 1:
            raise ApiError(400, "bad_request", "dyad must be SOURCE:TARGET, e.g. RUS:UKR")
        source, target = (s.strip() for s in p["dyad"].split(":"))
    if any(len(v) > 200 for v in p.values()):
        raise ApiError(400, "bad_request", "a filter value is too long")
    return api.event_filter(start, end, p.get("actor"), role, source, target, None, p.get("event"),  # type: ignore[arg-type]
                            p.get("cameo") if p.get("cameo", "").isdigit() else None, quad, p.get("status"),  # type: ignore[arg-type]
                            p.get("document"), p.get("q"))


def twin_of(path: str, request: Request) -> str:
    qs = str(request.url.query)
    return f"{path}?{qs}" if qs else path


@router.get("/", response_class=HTMLResponse)
def overview(request: Request) -> HTMLResponse:
    data = api.overview(state_of(request), "month")
    return render(request, "overview.html", "/api/overview", data=data,
                  chart={"kind": "timeline", "series": data["timeline"]})


@router.get("/events", response_class=HTMLResponse)
def events(request: Request, cursor: Annotated[str | None, Query(max_length=400)] = None,
           sort: str = "-date") -> HTMLResponse:
    f = page_filter(request)
    if sort not in ("-date", "date"):
        sort = "-date"
    page = read(request, lambda con: analysis.list_events(con, f, 50, cursor, sort))
    return render(request, "events.html", twin_of("/api/events", request), page=page, f=f,
                  plover=PLOVER_TYPES, next_qs=query_string(request, cursor=page.next_cursor) if
                  page.next_cursor else None, csv_qs=query_string(request, format="csv", cursor=None))


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event(request: Request, event_id: str) -> HTMLResponse:
    found = api.event(state_of(request), event_id)
    return render(request, "event.html", f"/api/events/{urllib.parse.quote(event_id)}", e=found)


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document(request: Request, doc_id: str) -> HTMLResponse:
    doc = api.document(state_of(request), doc_id)
    pieces = segments(doc["text"], doc["events"]) if doc["text"] else []
    return render(request, "document.html", f"/api/documents/{urllib.parse.quote(doc_id)}", doc=doc,
                  pieces=pieces)


@router.get("/actors", response_class=HTMLResponse)
def actors(request: Request, q: Annotated[str | None, Query(max_length=100)] = None) -> HTMLResponse:
    items = read(request, lambda con: analysis.search_actors(con, q or None, 100))
    return render(request, "actors.html", twin_of("/api/actors", request), items=items, q=q or "")


@router.get("/actors/{code}", response_class=HTMLResponse)
def actor(request: Request, code: str) -> HTMLResponse:
    f = page_filter(request)
    profile = api.actor(state_of(request), code, f)
    recent = read(request, lambda con: analysis.list_events(con, EventFilter(actor=code), 20).items)
    return render(request, "actor.html", f"/api/actors/{urllib.parse.quote(code)}", a=profile, recent=recent,
                  chart={"kind": "network", "center": code, "edges": profile["network"]})


@router.get("/dyads/{a}/{b}", response_class=HTMLResponse)
def dyad(request: Request, a: str, b: str, by: str = "month", period: str | None = None,
         direction: str = "ab") -> HTMLResponse:
    if by not in analysis.queries.PERIODS:
        by = "month"
    data = api.dyad_series(state_of(request), a, b, EventFilter(), by, "json")  # type: ignore[arg-type]
    chosen: list[dict[str, Any]] = []
    if period:
        try:
            first = dt.date.fromisoformat(period)
        except ValueError:
            raise ApiError(400, "bad_request", f"period {period!r} is not a date (YYYY-MM-DD)") from None
        last = _period_end(first, by)
        src, tgt = (a, b) if direction == "ab" else (b, a)
        f = EventFilter(start=first, end=last, source=src, target=tgt, status="asserted")
        chosen = read(request, lambda con: analysis.list_events(con, f, 100).items)
    return render(request, "dyad.html", f"/api/dyads/{a}/{b}/series?by={by}", a=a, b=b, by=by, data=data,
                  period=period, direction=direction, chosen=chosen,
                  chart={"kind": "dyad", "a": a, "b": b, "by": by, "a_to_b": data["a_to_b"], "b_to_a": data["b_to_a"]})


def _period_end(first: dt.date, by: str) -> dt.date:
    if by == "day":
        return first
    if by == "week":
        return first + dt.timedelta(days=6)
    months = {"month": 1, "quarter": 3, "year": 12}[by]
    y, m = divmod(first.month - 1 + months, 12)
    return dt.date(first.year + y, m + 1, 1) - dt.timedelta(days=1)


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, cell: float = 1.0) -> HTMLResponse:
    f = page_filter(request)
    cell = min(max(cell, 0.0), 90.0)
    items = read(request, lambda con: analysis.places(con, f, cell, 2000))
    return render(request, "map.html", twin_of("/api/map", request), items=items, f=f, cell=cell,
                  plover=PLOVER_TYPES, chart={"kind": "map", "places": items})


@router.get("/network", response_class=HTMLResponse)
def network(request: Request, level: str = "country") -> HTMLResponse:
    f = page_filter(request)
    lvl = "actor" if level == "actor" else "country"
    if not f.status:
        f = EventFilter(**{**f.__dict__, "status": "asserted"})
    items = read(request, lambda con: analysis.edges(con, f, lvl, 60))  # type: ignore[arg-type]
    return render(request, "network.html", twin_of("/api/network", request), edges=items, level=lvl, f=f,
                  plover=PLOVER_TYPES, chart={"kind": "network", "center": None, "edges": items})


@router.get("/alerts", response_class=HTMLResponse)
def alerts(request: Request, week: str | None = None, level: str = "country") -> HTMLResponse:
    try:
        day = dt.date.fromisoformat(week) if week else None
    except ValueError:
        raise ApiError(400, "bad_request", f"week {week!r} is not a date (YYYY-MM-DD)") from None
    lvl = "actor" if level == "actor" else "country"
    data = read(request, lambda con: analysis.alerts(con, day, lvl))  # type: ignore[arg-type]
    return render(request, "alerts.html", twin_of("/api/alerts", request), data=data, level=lvl)


@router.get("/code", response_class=HTMLResponse)
def code_form(request: Request) -> HTMLResponse:
    return render(request, "code.html", None, text="", published="", events=None, pieces=[])


@router.post("/code", response_class=HTMLResponse)
async def code(request: Request) -> Response:
    """The form's POST: the text with its events marked, or the events as a download."""
    state = state_of(request)
    raw = await api.read_body(request, state.max_text_bytes + 10_000)
    form = urllib.parse.parse_qs(raw.decode("utf-8", "replace"))
    text = (form.get("text") or [""])[0].replace("\r\n", "\n")
    published_raw = (form.get("published") or [""])[0].strip()
    if not text.strip():
        raise ApiError(422, "invalid_parameter", "paste a text to code")
    if len(text.encode()) > state.max_text_bytes:
        raise ApiError(413, "too_large", f"the text is over the limit of {state.max_text_bytes} bytes")
    try:
        published = dt.date.fromisoformat(published_raw) if published_raw else None
    except ValueError:
        raise ApiError(422, "invalid_parameter", f"published {published_raw!r} is not a date (YYYY-MM-DD)") from None
    from starlette.concurrency import run_in_threadpool

    events = [e.to_dict() for e in await run_in_threadpool(state.code_text, text, published)]
    download = (form.get("download") or [""])[0]
    if download == "json":
        return Response(json.dumps({"events": events}, ensure_ascii=False, indent=1), media_type="application/json",
                        headers={"Content-Disposition": 'attachment; filename="events.json"'})
    if download == "csv":
        rows = [[e["id"], e["date"], ";".join(a["code"] or a["text"] for a in e["source"]), e["event"], e["cameo"],
                 ";".join(a["code"] or a["text"] for a in e["target"]), e["status"], e["trigger"]["start"],
                 e["trigger"]["end"], e["text"]] for e in events]
        return api.csv_response(["id", "date", "source", "event", "cameo", "target", "status", "trigger_start",
                                 "trigger_end", "sentence"], rows, "events")
    return render(request, "code.html", None, text=text, published=published_raw, events=events,
                  pieces=segments(text, events))

