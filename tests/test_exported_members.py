"""The public API is what ``eventdesk.__all__`` says, and nothing else is promised."""

import pkgutil

import eventdesk


def test_all_is_sorted_and_complete() -> None:
    public = {name for name in dir(eventdesk) if not name.startswith("_")}
    modules = {m.name for m in pkgutil.iter_modules(eventdesk.__path__)}
    assert sorted(eventdesk.__all__) == eventdesk.__all__
    assert set(eventdesk.__all__) == public - modules
