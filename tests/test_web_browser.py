"""The pages in a real browser: Playwright drives Debian's chromium against ``eventdesk serve`` on 127.0.0.1.

Each page loads with its charts and without script errors, a filter narrows the events table, the document
view marks triggers that lead to their events, a click on a dyad bar lists that period's events, "code a text"
shows the events of a text we write, and no request leaves the machine. A screenshot of every page is saved
in the test's temporary folder, or in $EVENTDESK_SCREENSHOTS when it is set.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="the 'serve' extra is not installed")
playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright is a test tool (requirements-dev.lock)")
import uvicorn  # noqa: E402

import webstore  # noqa: E402
from eventdesk.store import Store  # noqa: E402
from eventdesk.web import create_app  # noqa: E402

CHROMIUM = Path(os.environ.get("EVENTDESK_CHROMIUM", "/usr/bin/chromium"))
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no chromium at {CHROMIUM} (apt-get install chromium)"),
]
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
PAGES = {  # page -> does it draw a chart
    "overview": ("/", True), "events": ("/events", False), "event": ("/events/w13-b-1", False),
    "document": ("/documents/w13-b", False), "actors": ("/actors", False), "actor": ("/actors/RUS", True),
    "dyad": ("/dyads/RUS/UKR?by=week", True), "network": ("/network", True), "map": ("/map", True),
    "alerts": ("/alerts", False), "code": ("/code", False),
}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, coder) -> Iterator[str]:  # type: ignore[no-untyped-def]
    yield from _serve(webstore.build(tmp_path_factory.mktemp("browser") / "store.duckdb"), coder)


@pytest.fixture(scope="module")
def empty_server(tmp_path_factory: pytest.TempPathFactory, coder) -> Iterator[str]:  # type: ignore[no-untyped-def]
    db = tmp_path_factory.mktemp("empty") / "store.duckdb"
    with Store(db):
        pass
    yield from _serve(db, coder)


def _serve(db: Path, coder: Any) -> Iterator[str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(str(db), coder=coder), host="127.0.0.1", port=port,
                                        log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(200):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = Path(os.environ.get("EVENTDESK_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield b
        b.close()


class Watch:
    """A page whose every request is checked: only the server's own address may be reached."""

    def __init__(self, browser: Any, base: str, **context: Any) -> None:
        self.base = base
        self.outside: list[str] = []
        self.errors: list[str] = []
        self.context = browser.new_context(**context)
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)

    def _route(self, route: Any) -> None:
        url = route.request.url
        if url.startswith(self.base + "/") or url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            self.outside.append(url)
            route.abort()

    def close(self) -> None:
        self.context.close()


@pytest.fixture()
def watch(browser: Any, server: str) -> Iterator[Watch]:
    w = Watch(browser, server, viewport={"width": 1280, "height": 900})
    yield w
    w.close()


def test_each_page_loads_with_its_charts_and_nothing_leaves_the_machine(watch: Watch, server: str,
                                                                         shots: Path) -> None:
    page = watch.page
    for name, (path, chart) in PAGES.items():
        response = page.goto(server + path)
        assert response is not None and response.status == 200, name
        assert page.locator("h1").count() == 1, name
        assert page.locator("nav[aria-label=Main] a").count() >= 7
        alternate = page.locator('link[rel=alternate][type="application/json"]')
        if name != "code":
            twin = alternate.get_attribute("href")
            assert twin and page.request.get(server + twin).ok, name
        unlabelled = page.evaluate(
            "[...document.querySelectorAll('main input:not([type=hidden]), main select, main textarea')]"
            ".filter(el => !el.labels || el.labels.length === 0).map(el => el.name)")
        assert unlabelled == [], (name, unlabelled)  # every field has a label a screen reader reads out
        if chart:
            page.wait_for_selector(".chart .main-svg", timeout=15000)
            assert page.locator(".chart .main-svg").count() >= 1, name
        page.screenshot(path=str(shots / f"{name}.png"), full_page=True)
    page.goto(server + "/docs")  # the API docs page: Swagger UI from the fastapi-offline package
    page.wait_for_selector(".swagger-ui .opblock", timeout=15000)
    assert page.locator(".swagger-ui .opblock").count() >= 12
    page.screenshot(path=str(shots / "docs.png"), full_page=False)
    assert watch.outside == []
    assert watch.errors == []


def test_a_filter_narrows_the_events_table(watch: Watch, server: str) -> None:
    page = watch.page
    page.goto(server + "/events")
    everything = page.locator("table.events tbody tr").count()
    assert everything == 48
    page.get_by_label("Actor or country").fill("FRA")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url("**/events?*actor=FRA*")
    rows = page.locator("table.events tbody tr")
    assert rows.count() == 1 and "Protesters" in rows.first.inner_text()
    page.get_by_label("PLOVER type").select_option("ASSAULT")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url("**/events?*event=ASSAULT*")
    assert "No events." in page.locator("table.events tbody").inner_text()
    page.goto(server + "/events?quad_class=4&status=asserted")
    rows = page.locator("table.events tbody tr")
    assert rows.count() == 19
    rows.first.locator("summary").click()
    assert "shelled" in rows.first.locator("dl.evidence").inner_text()
    assert watch.outside == [] and watch.errors == []


def test_the_document_view_marks_triggers_linked_to_their_events(watch: Watch, server: str) -> None:
    page = watch.page
    page.goto(server + "/documents/w13-b")
    triggers = page.locator(".article a.hl.trigger")
    assert triggers.count() == 3 and triggers.first.inner_text() == "shelled"
    assert page.locator(".article .hl.source").count() >= 3 and page.locator(".article .hl.target").count() >= 3
    triggers.nth(1).click()
    page.wait_for_url("**#ev-w13-b-1")
    assert page.locator("li#ev-w13-b-1").evaluate("el => el.matches(':target')")
    assert watch.outside == [] and watch.errors == []


def test_a_click_on_a_dyad_bar_lists_that_periods_events(watch: Watch, server: str, shots: Path) -> None:
    page = watch.page
    page.goto(server + "/dyads/RUS/UKR?by=week")
    page.wait_for_selector("#chart-ab .main-svg")
    last_week = page.locator("#chart-ab .trace.bars").last.locator(".point").last  # material conflict, 6 events
    box = last_week.bounding_box()  # plotly takes the click on its drag layer, above the bar
    assert box is not None
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_url("**period=2024-04-01**")
    assert page.locator("#period table.events tbody tr").count() == 6
    page.screenshot(path=str(shots / "dyad-period.png"), full_page=True)
    assert watch.outside == [] and watch.errors == []


def test_code_a_text_shows_its_events(watch: Watch, server: str, shots: Path) -> None:
    page = watch.page
    page.goto(server + "/code")
    page.get_by_label("Article text").fill(
        "Norway and Russia signed a border treaty on Tuesday. Rebels attacked an army checkpoint near Homs.")
    page.get_by_label("Published", exact=False).fill("2010-09-17")
    page.get_by_role("button", name="Code", exact=True).click()
    page.wait_for_selector("#res-h")
    assert page.locator(".article a.hl.trigger").count() >= 2
    assert page.locator("ol.doc-events > li").count() >= 2
    assert "AGREE" in page.locator("ol.doc-events").inner_text()
    page.screenshot(path=str(shots / "code-result.png"), full_page=True)
    with page.expect_download() as download:
        page.get_by_role("button", name="Download CSV").click()
    assert download.value.suggested_filename == "events.csv"
    assert watch.outside == [] and watch.errors == []


def test_pages_fit_a_phone(browser: Any, server: str, shots: Path) -> None:
    w = Watch(browser, server, viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    try:
        for name in ("overview", "events", "document"):
            w.page.goto(server + PAGES[name][0])
            if PAGES[name][1]:
                w.page.wait_for_selector(".chart .main-svg")
            width = w.page.evaluate("document.documentElement.scrollWidth")
            assert width <= 400, (name, width)  # no sideways scrolling of the page (tables scroll inside)
            w.page.screenshot(path=str(shots / f"phone-{name}.png"), full_page=True)
        assert w.outside == [] and w.errors == []
    finally:
        w.close()


def test_an_empty_store_says_so_where_the_charts_would_be(browser: Any, empty_server: str, shots: Path) -> None:
    # no axes of an arbitrary year (plotly's default for no data): a sentence a reader understands
    w = Watch(browser, empty_server, viewport={"width": 1280, "height": 900})
    try:
        for path, said in [("/", ["No asserted events yet."]), ("/network", ["No edges to draw."]),
                           ("/dyads/RUS/UKR", ["No events in this direction."] * 2 + ["No events between them."])]:
            w.page.goto(empty_server + path)
            w.page.wait_for_load_state("load")
            assert w.page.locator(".chart").all_inner_texts() == said, path
            assert w.page.locator(".chart .main-svg").count() == 0, path
        w.page.screenshot(path=str(shots / "empty-dyad.png"), full_page=True)
        dialogs: list[str] = []
        w.page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        weird = "q=%3Cscript%3Ealert(1)%3C%2Fscript%3E&actor=%E2%80%AE%F0%9F%98%80"  # a tag, RTL mark, emoji
        response = w.page.goto(f"{empty_server}/events?{weird}")
        assert response is not None and response.status == 200 and dialogs == []
        assert "No events." in w.page.locator("table.events tbody").inner_text()
        response = w.page.goto(empty_server + "/actors/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E")
        assert response is not None and response.status == 404 and dialogs == []
        assert "no events with actor '<img src=x onerror=alert(1)>'" in w.page.locator("main").inner_text()
        assert w.outside == []
        assert [e for e in w.errors if "404" not in e] == []  # the browser logs the 404 itself
    finally:
        w.close()
