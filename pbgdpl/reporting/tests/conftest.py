from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _reporting_configuration(request: pytest.FixtureRequest) -> None:
    """The seeded forms, audiences and schedules, restored when a transactional test flushed them."""
    if request.node.get_closest_marker("django_db") is None and "world" not in request.fixturenames:
        return
    request.getfixturevalue("world") if "world" in request.fixturenames else None
    from pbgdpl.reporting.defaults import ensure_seeded

    ensure_seeded()
