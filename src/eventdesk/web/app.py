"""The app factory: API routes, pages, static assets (ours and plotly's bundled plotly.js), offline docs.

Nothing is fetched from elsewhere: the docs page uses the Swagger UI files that ``fastapi-offline`` ships,
the charts the plotly.js inside the ``plotly`` package, the map the country outlines in ``static/``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from fastapi import FastAPI, Request, Response
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline
from starlette.middleware.base import RequestResponseEndpoint

from eventdesk.web import api, errors, pages
from eventdesk.web.database import Database
from eventdesk.web.state import MAX_INGEST_BYTES, MAX_TEXT_BYTES, State

if TYPE_CHECKING:
    from eventdesk.pipeline import Coder

STATIC = Path(str(resources.files("eventdesk.web").joinpath("static")))
# Pages may run only our own scripts and talk only to this server (the browser enforces it too).
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
       "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'")


def plotly_js() -> Path:
    """The plotly.js bundled in the installed ``plotly`` package."""
    return Path(str(resources.files("plotly").joinpath("package_data", "plotly.min.js")))


def create_app(
    db: str, *, token: str | None = None, coder: Coder | None = None, model: str | None = None,
    kb_dirs: tuple[str, ...] = (), max_text_bytes: int = MAX_TEXT_BYTES, max_ingest_bytes: int = MAX_INGEST_BYTES,
) -> FastAPI:
    """The workbench over the store at ``db`` (which must exist). ``token`` enables ``POST /api/ingest``."""
    state = State(Database(db), token=token, model=model, kb_dirs=kb_dirs, max_text_bytes=max_text_bytes,
                  max_ingest_bytes=max_ingest_bytes, coder=coder)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        state.db.close()

    app = FastAPIOffline(
        title="eventdesk", version="1", lifespan=lifespan, static_url="/static/docs",
        swagger_ui_parameters={"validatorUrl": None},  # Swagger UI would otherwise ask an outside validator
        description="Coded political events: the event store as a REST API. Errors: "
                    '`{"error": {"code", "message"}}`.',
    )
    app.state.eventdesk = state
    errors.install(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static/app", StaticFiles(directory=STATIC), name="static")

    @app.get("/static/vendor/plotly.min.js", include_in_schema=False)
    def plotly() -> FileResponse:
        return FileResponse(plotly_js(), media_type="text/javascript")

    @app.middleware("http")
    async def headers(request: Request, call_next: RequestResponseEndpoint) -> Response:
        response = await call_next(request)
        if not request.url.path.startswith(("/docs", "/redoc")):
            response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    return app
