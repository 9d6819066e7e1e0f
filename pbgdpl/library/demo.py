"""Demo library: eight real laws shipped in ``data/`` (science and technology, intellectual property,
standards, measurement, quality, atomic energy, legal dissemination, access to information) and a few
legal bookshelf items in several workflow states."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from django.db import transaction

from pbgdpl.accounts.models import User
from pbgdpl.org.models import Unit

from . import importing, services
from .models import BookshelfItem, Document
from .workflow import State

ORDER = 40
DATA = Path(__file__).resolve().parent / "data"

ITEMS: list[dict[str, Any]] = [
    {"title": "Đề cương giới thiệu Luật Khoa học và công nghệ năm 2013", "content_type": "de-cuong",
     "released": dt.date(2024, 3, 15), "documents": ["29/2013/QH13"], "state": State.PUBLISHED,
     "summary": "Những nội dung cơ bản của Luật Khoa học và công nghệ: nhiệm vụ khoa học và công nghệ, "
                "tổ chức khoa học và công nghệ, quyền và nghĩa vụ của cá nhân hoạt động khoa học và công nghệ.",
     "body": "I. Sự cần thiết ban hành Luật\nII. Bố cục của Luật: 11 chương, 81 điều\nIII. Nội dung cơ bản ..."},
    {"title": "Hỏi đáp pháp luật về quyền tiếp cận thông tin của công dân", "content_type": "pho-thong",
     "released": dt.date(2024, 11, 9), "documents": ["104/2016/QH13"], "state": State.PUBLISHED,
     "summary": "Mười câu hỏi thường gặp về quyền tiếp cận thông tin, cách yêu cầu cung cấp thông tin và thời hạn trả lời.",
     "body": "Hỏi: Công dân yêu cầu cung cấp thông tin bằng những cách nào?\nĐáp: Theo Điều 24 Luật Tiếp cận thông tin, "
             "công dân có thể trực tiếp hoặc ủy quyền, gửi phiếu yêu cầu qua mạng điện tử, dịch vụ bưu chính hoặc fax."},
    {"title": "Hướng dẫn nghiệp vụ xây dựng tủ sách pháp luật tại cơ quan", "content_type": "nghiep-vu",
     "released": dt.date(2025, 2, 20), "documents": ["14/2012/QH13"], "state": State.CHECKED,
     "summary": "Các bước lựa chọn, cập nhật và đưa tài liệu lên tủ sách pháp luật điện tử của Sở.",
     "body": "1. Rà soát nhu cầu\n2. Đối chiếu bản gốc\n3. Đăng tải và cập nhật"},
    {"title": "Tờ gấp: Đo lường trong kinh doanh xăng dầu", "content_type": "pho-thong",
     "released": dt.date(2025, 6, 1), "documents": ["04/2011/QH13"], "state": State.DRAFT,
     "summary": "Quyền của người tiêu dùng khi nghi ngờ phương tiện đo không chính xác.",
     "body": "Người tiêu dùng có quyền yêu cầu kiểm tra phương tiện đo ..."},
]


def load(log: Any) -> None:
    manifest = json.loads((DATA / "manifest.json").read_text(encoding="utf-8"))
    created = 0
    for entry in manifest["documents"]:
        path = DATA / entry["file"]
        text, encoding = importing.decode(path.read_bytes(), entry["file"])
        data = importing.from_text(text, name=entry["file"], encoding=encoding)
        if Document.objects.filter(number=data.number).exists():
            continue
        data.fields = entry.get("fields", [])
        data.title = entry.get("title", data.title)
        if entry.get("status"):
            data.status, data.status_explicit = entry["status"], True
        services.import_document(data=data, index=False)
        created += 1
    if created:
        transaction.on_commit(_reindex)
    log(f"Thư viện pháp luật: {Document.objects.count()} văn bản")
    _bookshelf(log)


def _reindex() -> None:
    try:
        services.reindex_all()
    except Exception:  # the demo must start even when the index cannot be written; reindex repairs it
        services.log.exception("library demo: reindex failed")


def _bookshelf(log: Any) -> None:
    unit = Unit.objects.filter(abbreviation="VP", parent__abbreviation="SKHCN").first()
    author = User.objects.filter(username="canbo.vp").first()
    leader = User.objects.filter(username="lanhdao.skhcn").first()
    focal = User.objects.filter(username="daumoi.skhcn").first()
    if unit is None or author is None or leader is None or focal is None:
        log("Tủ sách pháp luật: bỏ qua (thiếu đơn vị hoặc tài khoản mẫu)")
        return
    path = [("submit", author), ("check", focal), ("approve", leader), ("publish", leader)]
    for spec in ITEMS:
        if BookshelfItem.objects.filter(title=spec["title"]).exists():
            continue
        values = {k: v for k, v in spec.items() if k not in ("documents", "state")}
        item = services.item_create(by=author, unit=unit, compiler="Sở Khoa học và Công nghệ tỉnh Hưng Yên",
                                    documents=Document.objects.filter(number__in=spec["documents"]), **values)
        for name, actor in path:
            if item.state == spec["state"]:
                break
            item = services.item_transition(item=item, by=actor, name=name)
    log(f"Tủ sách pháp luật: {BookshelfItem.objects.count()} tài liệu")
