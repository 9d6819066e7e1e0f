import pytest

from pbgdpl.library import citations


@pytest.mark.parametrize(("sentence", "number", "kind"), [
    ("Luật khoa học và công nghệ số 21/2000/QH10 hết hiệu lực kể từ ngày Luật này có hiệu lực.", "21/2000/QH10", "replaces"),
    ("2. Luật Điện ảnh số 62/2006/QH11 đã được sửa đổi, bổ sung một số điều theo Luật số 31/2009/QH12 và "
     "Luật số 61/2020/QH14 hết hiệu lực kể từ ngày Luật này có hiệu lực.", "62/2006/QH11", "replaces"),
    ("2. Luật Điện ảnh số 62/2006/QH11 đã được sửa đổi, bổ sung một số điều theo Luật số 31/2009/QH12 và "
     "Luật số 61/2020/QH14 hết hiệu lực kể từ ngày Luật này có hiệu lực.", "61/2020/QH14", "cites"),
    ("Bộ luật hình sự số 15/1999/QH10 và Luật số 37/2009/QH12 sửa đổi, bổ sung một số điều của Bộ luật hình sự "
     "hết hiệu lực thi hành kể từ ngày Bộ luật này có hiệu lực.", "37/2009/QH12", "replaces"),
    ("3. Khoản 3 Điều 75 của Luật Đầu tư số 61/2020/QH14 hết hiệu lực kể từ ngày Luật này có hiệu lực.", "61/2020/QH14", "amends"),
    ("Sửa đổi, bổ sung một số điều của Luật Đầu tư số 61/2020/QH14 như sau:", "61/2020/QH14", "amends"),
    ("Nghị định này quy định chi tiết một số điều của Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13.", "14/2012/QH13", "guides"),
    ("Căn cứ Hiến pháp đã được sửa đổi, bổ sung một số điều theo Nghị quyết số 51/2001/QH10;", "51/2001/QH10", "cites"),
    ("Thực hiện theo Nghị định số 78/2025/NĐ-CP.", "78/2025/NĐ-CP", "cites"),
])
def test_the_sentence_around_a_number_gives_the_relation(sentence: str, number: str, kind: str) -> None:
    found = {c.number: citations.relation_kind(sentence, c) for c in citations.find(sentence)}
    assert found[number] == kind


def test_linkify_escapes_and_links_only_known_numbers() -> None:
    html = citations.linkify("<b>theo 14/2012/QH13 và 99/2099/QH99</b>", lambda n: "/x/" if n == "14/2012/QH13" else None)
    assert html == '&lt;b&gt;theo <a class="cited" href="/x/">14/2012/QH13</a> và 99/2099/QH99&lt;/b&gt;'
