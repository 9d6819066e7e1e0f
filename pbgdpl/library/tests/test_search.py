import json

import pytest
from django.core.management import call_command

from pbgdpl.library.parsing import parse_text
from pbgdpl.library.search import ArticleDoc, SearchFilters, get_backend
from pbgdpl.library.search.analysis import expand_abbreviations, parse_query, syllables
from pbgdpl.library.search.engine import TantivyBackend

from .test_parsing import LAW

OTHER = """QUỐC HỘI --------
Luật số: 14/2012/QH13
Hà Nội, ngày 20 tháng 6 năm 2012
LUẬT
PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT
Quốc hội ban hành Luật phổ biến, giáo dục pháp luật.
Chương I
NHỮNG QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Luật này quy định về quyền và nghĩa vụ của công dân trong tìm hiểu, học tập pháp luật; nội dung, hình thức phổ biến, giáo dục pháp luật.
Điều 11. Hình thức phổ biến pháp luật
1. Họp báo, thông cáo báo chí.
2. Phổ biến pháp luật trực tiếp; tư vấn, hướng dẫn tìm hiểu pháp luật; cung cấp thông tin, tài liệu pháp luật.
3. Thông qua các phương tiện thông tin đại chúng, loa truyền thanh; đăng tải trên Internet <b>thử</b>.
"""


def docs_of(
    text: str, document_id: int, *, first_id: int, year: int, in_force: bool = True
) -> list[ArticleDoc]:
    parsed = parse_text(text)
    return [
        ArticleDoc(
            article_id=first_id + i, document_id=document_id, document_number=parsed.number or "",
            document_title=parsed.title, document_type="luat", issuer="Quốc hội", year=year,
            status="con-hieu-luc" if in_force else "het-hieu-luc-toan-bo", fields=["Khoa học, công nghệ"],
            in_force=in_force, article_number=a.number, article_title=a.title, text=a.text,
        )
        for i, a in enumerate(parsed.articles())
    ]  # fmt: skip


@pytest.fixture
def backend(tmp_path):
    engine = TantivyBackend(tmp_path / "search")
    engine.rebuild(
        docs_of(LAW, 1, first_id=1, year=2013) + docs_of(OTHER, 2, first_id=100, year=2012, in_force=False)
    )
    return engine


def top(result):
    return [(h.document_number, h.article) for h in result.hits]


def test_it_finds_the_article_about_a_topic(backend):
    result = backend.search("điều kiện thành lập tổ chức khoa học")
    assert top(result)[0] == ("29/2013/QH13", "11")
    assert result.total >= 1 and result.took_ms >= 0


def test_a_query_without_diacritics_finds_the_same_article(backend):
    assert top(backend.search("dieu kien thanh lap to chuc khoa hoc"))[0] == ("29/2013/QH13", "11")
    assert top(backend.search("hinh thuc pho bien phap luat"))[0] == ("14/2012/QH13", "11")


def test_tone_placement_variants_match():
    assert syllables("Hoà bình, thuỷ lợi, quý") == syllables("Hòa bình, thủy lợi, quý")


def test_abbreviations_are_expanded():
    assert "khoa học và công nghệ" in expand_abbreviations("Quỹ KH&CN")
    assert "pho bien giao duc phap luat" in expand_abbreviations("luat pbgdpl")
    assert parse_query("UBND tỉnh").terms.exact[:4] == ["ubnd", "ủy", "ban", "nhân"]


def test_a_phrase_in_quotes_must_appear(backend):
    result = backend.search('"loa truyền thanh"')
    assert top(result) == [("14/2012/QH13", "11")]
    assert backend.search('"truyền thanh loa"').hits == []


def test_a_citation_goes_straight_to_the_provision(backend):
    result = backend.search("khoản 2 Điều 11 Luật 14/2012/QH13")
    assert top(result)[0] == ("14/2012/QH13", "11")
    assert result.citation is not None and result.citation.anchor == "dieu-11-khoan-2"
    assert result.hits[0].snippet.startswith("2. Phổ biến pháp")
    by_title = backend.search("Điều 12 Luật Khoa học và công nghệ")
    assert top(by_title)[0] == ("29/2013/QH13", "12") and by_title.citation is not None
    folded = backend.search("dieu 1 luat pho bien giao duc phap luat")
    assert top(folded)[0] == ("14/2012/QH13", "1")


def test_a_document_number_alone_goes_to_the_document(backend):
    result = backend.search("14/2012/QH13")
    assert result.citation is not None and result.citation.article is None
    assert top(result)[0] == ("14/2012/QH13", "1")


def test_a_citation_of_a_missing_article_is_a_plain_search(backend):
    result = backend.search("Điều 99 Luật Khoa học và công nghệ")
    assert result.citation is None


@pytest.mark.parametrize(
    "query",
    ["", "   ", "a" * 10_000, "x " * 5000, '""""""', '"', "*", "**?~^", "NEAR", "a AND b OR NOT c", "((((", ")(",
     "'; DROP TABLE library_document; --", "field:value", "title:[a TO b]", "\x00\x01", "Điều", "Điều 5", "khoản"],
)  # fmt: skip
def test_bad_input_gives_a_result_or_a_message(backend, query):
    result = backend.search(query)
    assert isinstance(result.hits, list)
    assert result.hits or result.message or result.total == 0 or result.citation is None


def test_an_empty_query_says_so(backend):
    assert backend.search("  ").message == "empty query"
    assert backend.search("AND (*)").message == "no words to search for"


def test_snippets_are_escaped_and_marked(backend):
    hit = backend.search("đăng tải trên Internet thử").hits[0]
    assert "<mark>đăng</mark>" in hit.snippet and "<mark>Internet</mark>" in hit.snippet
    assert "&lt;b&gt;" in hit.snippet and "<b>" not in hit.snippet


def test_filters_narrow_the_hits(backend):
    everything = top(backend.search("tổ chức pháp luật", limit=50))
    assert {n for n, _ in everything} == {"29/2013/QH13", "14/2012/QH13"}
    in_force = top(backend.search("tổ chức pháp luật", limit=50, filters=SearchFilters(in_force_only=True)))
    assert {n for n, _ in in_force} == {"29/2013/QH13"}
    by_year = top(backend.search("tổ chức pháp luật", limit=50, filters=SearchFilters(years=[2012])))
    assert {n for n, _ in by_year} == {"14/2012/QH13"}
    by_type = backend.search("tổ chức", filters=SearchFilters(types=["nghi-dinh"]))
    assert by_type.hits == []
    by_field = backend.search("tổ chức", filters=SearchFilters(fields=["Khoa học, công nghệ"]))
    assert by_field.hits


def test_grouping_keeps_one_hit_per_document(backend):
    grouped = backend.search("tổ chức pháp luật", group_by_document=True, limit=10)
    numbers = [h.document_number for h in grouped.hits]
    assert sorted(numbers) == ["14/2012/QH13", "29/2013/QH13"]


def test_paging_moves_through_the_hits(backend):
    first = top(backend.search("khoa học", limit=2))
    second = top(backend.search("khoa học", limit=2, offset=2))
    assert len(first) == 2 and not set(first) & set(second)


def test_upsert_replaces_a_document_and_delete_removes_it(backend):
    changed = docs_of(OTHER.replace("loa truyền thanh", "bảng tin điện tử"), 2, first_id=100, year=2012)
    backend.upsert_document(2, changed)
    assert backend.search('"loa truyền thanh"').hits == []
    assert top(backend.search('"bảng tin điện tử"')) == [("14/2012/QH13", "11")]
    backend.delete_document(2)
    assert backend.search("bảng tin điện tử").hits == []
    assert backend.search("14/2012/QH13").citation is None


def test_a_search_before_any_index_is_a_message(tmp_path):
    result = TantivyBackend(tmp_path / "nothing").search("khoa học")
    assert result.hits == [] and result.message == "no index"


def test_another_process_sees_a_new_commit(tmp_path, backend):
    reader = TantivyBackend(backend.path)
    assert reader.search('"bảng tin điện tử"').hits == []
    backend.upsert_document(
        2, docs_of(OTHER.replace("loa truyền thanh", "bảng tin điện tử"), 2, first_id=100, year=2012)
    )
    assert reader.search('"bảng tin điện tử"').hits


@pytest.fixture
def data_dir(tmp_path, settings):
    settings.DATA_DIR = tmp_path
    get_backend().rebuild(docs_of(LAW, 1, first_id=1, year=2013) + docs_of(OTHER, 2, first_id=100, year=2012))
    return tmp_path


def test_the_command_prints_the_measurement_contract(data_dir, capsys):
    call_command("search", "hình thức phổ biến pháp luật", "--json", "--limit", "2")
    out = json.loads(capsys.readouterr().out)
    assert set(out) >= {"hits", "took_ms"} and len(out["hits"]) == 2
    assert set(out["hits"][0]) >= {"document_number", "document_title", "article", "score", "snippet"}
    assert out["hits"][0]["article"] == "11"


def test_the_command_reads_queries_from_a_file(data_dir, tmp_path, capsys):
    queries = tmp_path / "q.jsonl"
    lines = [{"id": "a", "query": "điều kiện thành lập tổ chức khoa học"}, {"id": 7, "query": ""}]
    queries.write_text(
        "\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\nnot json\n", encoding="utf-8"
    )
    call_command("search", "--json", "--queries", str(queries))
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in rows] == ["a", 7, 3]
    assert rows[0]["hits"][0]["article"] == "11" and "took_ms" in rows[0]
    assert rows[1]["hits"] == [] and rows[2]["message"]


def test_the_command_prints_readable_hits(data_dir, capsys):
    call_command("search", "loa truyền thanh")
    out = capsys.readouterr().out
    assert "Điều 11" in out and "[loa]" in out and "&lt;" not in out


@pytest.mark.shared
def test_the_real_corpus_answers_typical_queries(shared_dir, tmp_path):
    folder = shared_dir / "data" / "legal-corpus" / "uts_vlc_2023_processed"
    names = [
        "Luat-khoa-hoc-va-cong-nghe-nam-2013-197387.txt",
        "Bo-luat-dan-su-2015-296215.txt",
        "Luat-pho-bien-giao-duc-phap-luat-2012-142765.txt",
    ]
    docs = []
    for i, name in enumerate(names, start=1):
        path = folder / name
        if not path.exists():
            pytest.fail(f"{name} missing from the corpus")
        docs += docs_of(path.read_text(encoding="utf-8"), i, first_id=i * 10_000, year=2013)
    engine = TantivyBackend(tmp_path / "real")
    engine.rebuild(docs)
    assert engine.search("luat khoa hoc cong nghe").hits[0].document_title == "Luật Khoa học và công nghệ"
    cited = engine.search("khoản 2 Điều 11 Luật 14/2012/QH13")
    assert cited.citation is not None and top(cited)[0] == ("14/2012/QH13", "11")
    assert top(engine.search("Điều 5 BLDS"))[0] == ("91/2015/QH13", "5")
    assert engine.search("quỹ phát triển KH&CN quốc gia").hits[0].document_number == "29/2013/QH13"


def test_a_rebuild_replaces_everything_and_readers_see_it_at_once(backend):
    reader = TantivyBackend(backend.path)
    assert reader.search("loa truyền thanh").hits
    backend.rebuild(docs_of(LAW, 1, first_id=1, year=2013))
    assert reader.search('"loa truyền thanh"').hits == []
    assert reader.search("14/2012/QH13").citation is None
    assert top(reader.search("điều kiện thành lập tổ chức khoa học"))[0] == ("29/2013/QH13", "11")


def test_an_index_of_an_older_schema_is_recreated(tmp_path):
    engine = TantivyBackend(tmp_path / "old")
    engine.rebuild(docs_of(LAW, 1, first_id=1, year=2013))
    (tmp_path / "old" / "VERSION").write_text("0")
    fresh = TantivyBackend(tmp_path / "old")
    assert fresh.search("khoa học").message == "no index"
    fresh.rebuild(docs_of(OTHER, 2, first_id=100, year=2012))
    assert top(fresh.search("loa truyền thanh"))[0] == ("14/2012/QH13", "11")


def test_a_writer_waits_for_another_writer_to_finish(backend):
    import threading

    from pbgdpl.library.search import engine as engine_module

    other = engine_module._writer(backend._open())  # another process importing
    threading.Timer(0.5, lambda: (other.commit(), other.wait_merging_threads())).start()
    backend.upsert_document(
        2, docs_of(OTHER.replace("loa truyền thanh", "bảng tin điện tử"), 2, first_id=100, year=2012)
    )
    assert backend.search('"bảng tin điện tử"').hits


def _plain_docs(texts: list[str]) -> list[ArticleDoc]:
    return [
        ArticleDoc(
            article_id=i + 1, document_id=1, document_number="1/2020/QH14", document_title="Luật thử nghiệm",
            document_type="luat", issuer="Quốc hội", year=2020, status="con-hieu-luc", fields=[],
            in_force=True, article_number=str(i + 1), article_title=f"Điều {i + 1}", text=text,
        )
        for i, text in enumerate(texts)
    ]  # fmt: skip


WORD_ORDER = [
    # Every pair of adjacent query words, often, but never three in the query's order.
    "Hồ sơ; sơ cấp; cấp lại; lại giấy; giấy phép; hồ sơ; giấy phép; cấp lại.",
    # The query's words in the query's order, once, in a longer text.
    "Hồ sơ cấp lại giấy phép gồm đơn đề nghị, bản sao văn bằng, chứng chỉ và các giấy tờ khác theo quy "
    "định của cơ quan có thẩm quyền.",
    "Điều khoản thi hành.",
]


def test_the_second_stage_prefers_the_query_words_in_order(tmp_path):
    engine = TantivyBackend(tmp_path / "search")
    engine.rebuild(_plain_docs(WORD_ORDER))
    assert [h.article for h in engine.search("hồ sơ cấp lại giấy phép").hits][0] == "2"
    assert [h.article for h in engine.search("ho so cap lai giay phep").hits][0] == "2"
    hits = engine.search("hồ sơ cấp lại giấy phép").hits
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_the_second_stage_can_be_turned_off(tmp_path):
    from pbgdpl.library.search.engine import Weights

    engine = TantivyBackend(tmp_path / "search", weights=Weights(rerank_depth=0))
    engine.rebuild(_plain_docs(WORD_ORDER))
    # tantivy's BM25 alone puts the repeated pairs first; the second stage (test above) reverses that.
    assert [h.article for h in engine.search("hồ sơ cấp lại giấy phép").hits][:2] == ["1", "2"]


def test_words_typed_without_diacritics_in_a_query_with_some_still_count(backend):
    assert top(backend.search("hình thức pho bien phap luat"))[0] == ("14/2012/QH13", "11")
    assert top(backend.search("điều kiện thanh lap to chuc khoa hoc"))[0] == ("29/2013/QH13", "11")


def test_paging_past_the_reranked_hits_keeps_the_order(backend):
    every = backend.search("luật", limit=1000).hits
    assert [h.score for h in every] == sorted((h.score for h in every), reverse=True)
    page = backend.search("luật", limit=5, offset=5).hits
    assert [h.article_id for h in page] == [h.article_id for h in every[5:10]]
