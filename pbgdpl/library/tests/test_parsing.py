import datetime as dt
import unicodedata

import pytest

from pbgdpl.library.parsing import parse_text

LAW = """QUỐC HỘI --------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------
Luật số: 29/2013/QH13
Hà Nội, ngày 18 tháng 6 năm 2013
LUẬT
KHOA HỌC VÀ CÔNG NGHỆ
Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992 đã được sửa đổi, bổ sung một số điều theo Nghị quyết số 51/2001/QH10;
Quốc hội ban hành Luật khoa học và công nghệ.
Chương I
NHỮNG QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Luật này quy định về tổ chức, cá nhân hoạt động khoa học và công nghệ.
Điều 2 Đối tượng áp dụng
Luật này áp dụng đối với tổ chức, cá nhân hoạt động khoa học và công nghệ tại Việt Nam.
Chương II
TỔ CHỨC KHOA HỌC VÀ CÔNG NGHỆ
Mục 1. THÀNH LẬP, QUYỀN VÀ NGHĨA VỤ CỦA TỔ CHỨC KHOA HỌC VÀ CÔNG NGHỆ
Điều 11. Điều kiện thành lập, đăng ký hoạt động của tổ chức khoa học và công nghệ
1. Tổ chức khoa học và công nghệ được thành lập khi có đủ điều kiện sau đây:
a) Có điều lệ tổ chức và hoạt động, mục tiêu, phương hướng hoạt động phù hợp với quy định của pháp luật;
b) Nhân lực khoa học và công nghệ, cơ sở vật chất - kỹ thuật đáp ứng yêu cầu thực hiện mục tiêu.
2. Ngoài các quy định tại khoản 1 Điều này, việc thành lập tổ chức khoa học và công nghệ công lập phải phù hợp với quy hoạch.
Điều 11 của Luật này không áp dụng cho tổ chức nước ngoài.
Mục 2. ĐÁNH GIÁ, XẾP HẠNG TỔ CHỨC KHOA HỌC VÀ CÔNG NGHỆ
Điều 12. Đánh giá tổ chức khoa học và công nghệ
Việc đánh giá được thực hiện định kỳ.
"""


def test_it_reads_the_header():
    doc = parse_text(LAW)
    assert doc.number == "29/2013/QH13"
    assert doc.type == "Luật"
    assert doc.title == "Luật Khoa học và công nghệ"
    assert doc.issuer == "Quốc hội"
    assert doc.issued == dt.date(2013, 6, 18)


def test_it_builds_the_tree_with_stable_anchors():
    doc = parse_text(LAW)
    assert [n.anchor for n in doc.nodes] == ["chuong-i", "chuong-ii"]
    assert doc.nodes[1].title == "TỔ CHỨC KHOA HỌC VÀ CÔNG NGHỆ"
    sections = doc.nodes[1].children
    assert [s.anchor for s in sections] == ["chuong-ii-muc-1", "chuong-ii-muc-2"]
    assert [a.number for a in doc.articles()] == ["1", "2", "11", "12"]
    art = doc.find("dieu-11")
    assert art is not None and art.title.startswith("Điều kiện thành lập")
    assert [c.anchor for c in art.children] == ["dieu-11-khoan-1", "dieu-11-khoan-2"]
    point = doc.find("dieu-11-khoan-1-diem-b")
    assert point is not None and point.text.startswith("b) Nhân lực")


def test_a_unit_text_includes_its_children():
    doc = parse_text(LAW)
    art = doc.find("dieu-11")
    assert art is not None
    assert "a) Có điều lệ" in art.text and "2. Ngoài các quy định" in art.text
    clause = doc.find("dieu-11-khoan-1")
    assert clause is not None and "b) Nhân lực" in clause.text and "2. Ngoài" not in clause.text
    chapter = doc.find("chuong-ii")
    assert chapter is not None and "Điều 12. Đánh giá" in chapter.text


def test_a_heading_without_full_stop_counts_but_a_sentence_citing_an_article_does_not():
    doc = parse_text(LAW)
    assert doc.find("dieu-2") is not None and doc.find("dieu-2").title == "Đối tượng áp dụng"  # type: ignore[union-attr]
    assert len([a for a in doc.articles() if a.number == "11"]) == 1
    assert "Điều 11 của Luật này" in doc.find("dieu-11").text  # type: ignore[union-attr]


def test_decomposed_input_is_normalised_to_nfc():
    doc = parse_text(unicodedata.normalize("NFD", LAW))
    assert doc.title == "Luật Khoa học và công nghệ"
    assert unicodedata.is_normalized("NFC", doc.articles()[0].text)


def test_the_number_falls_back_to_the_file_name():
    text = LAW.replace("Luật số: 29/2013/QH13\n", "")
    assert parse_text(text, filename="Luat-khoa-hoc-29-2013-QH13-197387.txt").number == "29/2013/QH13"
    assert parse_text(text).number is None


def test_text_without_structure_gives_no_articles():
    doc = parse_text("Một đoạn văn bản không có điều khoản nào.")
    assert doc.articles() == [] and doc.number is None


@pytest.mark.shared
def test_the_real_corpus_parses_into_about_17800_articles(shared_dir):
    folder = shared_dir / "data" / "legal-corpus" / "uts_vlc_2023_processed"
    files = sorted(folder.glob("*.txt"))
    assert len(files) == 208
    total = 0
    numbered = 0
    for path in files:
        doc = parse_text(path.read_text(encoding="utf-8"), filename=path.name)
        articles = doc.articles()
        total += len(articles)
        numbered += doc.number is not None
        anchors = [a.anchor for a in articles]
        assert len(anchors) == len(set(anchors)), path.name
    assert 17_700 <= total <= 18_000
    assert numbered >= 200
    law = parse_text((folder / "Luat-khoa-hoc-va-cong-nghe-nam-2013-197387.txt").read_text(encoding="utf-8"))
    assert (law.number, law.title, len(law.articles())) == ("29/2013/QH13", "Luật Khoa học và công nghệ", 81)


def test_old_style_headers_give_the_short_title():
    text = LAW.replace(
        "LUẬT\nKHOA HỌC VÀ CÔNG NGHỆ",
        "LUẬT\nCỦA QUỐC HỘI NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM SỐ 15/2003/QH11 NGÀY 26 THÁNG 11 NĂM 2003 VỀ THI ĐUA, KHEN THƯỞNG",
    )
    assert parse_text(text).title == "Luật Thi đua, khen thưởng"
    text = LAW.replace(
        "LUẬT\nKHOA HỌC VÀ CÔNG NGHỆ", "LUẬT\nTHUẾ SỬ DỤNG ĐẤT NÔNG NGHIỆP SỐ 23-L/CTN NGÀY 10/07/1993"
    )
    assert parse_text(text).title == "Luật Thuế sử dụng đất nông nghiệp"
