from __future__ import annotations

import pytest

from pbgdpl.library import importing, services
from pbgdpl.library.models import Document

from .helpers import LAW_A, LAW_B

pytestmark = pytest.mark.django_db


@pytest.fixture
def library() -> None:
    services.import_sources(importing.sources_from_bytes("a.txt", LAW_A.encode()))
    services.import_sources(importing.sources_from_bytes("b.txt", LAW_B.encode()))
    services.reindex_all()


def test_search_api_is_public_and_returns_the_cli_contract(client, library) -> None:
    response = client.get("/api/library/search", {"q": "tủ sách pháp luật", "limit": 3})
    assert response.status_code == 200
    data = response.json()
    assert isinstance(data["took_ms"], float | int)
    assert 1 <= len(data["hits"]) <= 3
    hit = data["hits"][0]
    assert {"document_number", "document_title", "article", "score", "snippet"} <= set(hit)
    assert isinstance(hit["article"], str)


def test_search_api_returns_the_same_hits_as_the_backend(client, library) -> None:
    from pbgdpl.library.search import get_backend

    expected = get_backend().search("phạm vi điều chỉnh", limit=5).as_json()["hits"]
    got = client.get("/api/library/search", {"q": "phạm vi điều chỉnh", "limit": 5}).json()["hits"]
    assert [(h["document_number"], h["article"]) for h in got] == [(h["document_number"], h["article"]) for h in expected]


@pytest.mark.parametrize("query", ["", "a" * 10_000, '"((*', "NEAR AND OR", "'; DROP TABLE x; --"])
def test_search_api_never_fails_on_bad_queries(client, library, query: str) -> None:
    response = client.get("/api/library/search", {"q": query})
    assert response.status_code == 200
    assert isinstance(response.json()["hits"], list)


def test_search_api_keeps_limits_in_range_and_rejects_non_numbers(client, library) -> None:
    assert len(client.get("/api/library/search", {"q": "phạm vi", "limit": 0}).json()["hits"]) == 1
    assert client.get("/api/library/search", {"q": "phạm vi", "limit": "ten"}).status_code == 422


def test_documents_api_lists_and_shows_the_structure(client, library, django_assert_max_num_queries) -> None:
    with django_assert_max_num_queries(3):
        listing = client.get("/api/library/documents").json()
    assert {d["number"] for d in listing} == {"14/2012/QH13", "78/2025/NĐ-CP"}
    law = next(d for d in listing if d["number"] == "14/2012/QH13")
    assert law["articles"] == 3
    detail = client.get(f"/api/library/documents/{law['id']}").json()
    chapter = detail["structure"][0]
    assert chapter["kind"] == "chuong"
    article = chapter["children"][1]
    assert article["anchor"] == "dieu-2"
    assert [c["anchor"] for c in article["children"]] == ["dieu-2-khoan-1", "dieu-2-khoan-2"]
    decree = Document.objects.get(number="78/2025/NĐ-CP")
    assert {"kind": "cites", "number": "78/2025/NĐ-CP", "document_id": decree.pk} in detail["relations"]
    assert client.get("/api/library/documents/999999").status_code == 404
