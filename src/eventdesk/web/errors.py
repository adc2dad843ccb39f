"""One error shape for the whole API: ``{"error": {"code": ..., "message": ...}}`` with a 4xx status.

Bad input is the client's to fix, so it is always a 4xx that says what was wrong; a defect of ours still
answers in the same shape (500), and the tests' fuzzing of the schema makes sure none is reachable.
"""

from __future__ import annotations

import html
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
          413: "too_large", 415: "unsupported_media_type", 422: "invalid_parameter", 503: "unavailable"}


class ApiError(Exception):
    """An answer other than success: HTTP status, stable code, message for the user."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


class ErrorBody(BaseModel):
    code: str
    message: str


class ErrorResponse(BaseModel):
    """The body of every error answer."""

    error: ErrorBody


def error_response(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status, headers=headers)


def _answer(request: Request, status: int, code: str, message: str,
            headers: dict[str, str] | None = None) -> Response:
    """The JSON error for the API; the same words as a small page for a browser on a page's address."""
    if request.url.path.startswith(("/api/", "/openapi")) or "text/html" not in request.headers.get("accept", ""):
        return error_response(status, code, message, headers)
    body = (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{status} · eventdesk</title>'
            '<link rel="stylesheet" href="/static/app/app.css"></head><body><main id="main">'
            f'<h1>{status}: {html.escape(code.replace("_", " "))}</h1><p>{html.escape(message)}</p>'
            '<p><a href="/">Overview</a></p></main></body></html>')
    return HTMLResponse(body, status_code=status, headers=headers)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors()[:5]:
        where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "path", "body"))
        parts.append(f"{where or 'request'}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def install(app: FastAPI) -> None:
    """Register the handlers that give every error the one shape."""

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> Response:
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
        return _answer(request, exc.status, exc.code, exc.message, headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        return _answer(request, 422, "invalid_parameter", _validation_message(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return _answer(request, exc.status_code, _CODES.get(exc.status_code, "error"), str(exc.detail))

    @app.exception_handler(Exception)
    async def defect(request: Request, exc: Exception) -> JSONResponse:  # pragma: no cover - a defect
        return error_response(500, "internal", f"internal error: {type(exc).__name__}")


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorResponse, "description": code.replace("_", " ")}
    for status, code in _CODES.items() if status in (400, 404, 422)
}
