"""Checks on uploaded files, shared by every app: an allowed type (by extension and by the file's first
bytes) and the size limit of ``PBGDPL_UPLOAD_MAX_MB``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404
from django.utils.translation import gettext as _

_ZIP = b"PK\x03\x04"
# extension -> (content type, accepted leading bytes; empty = plain text, no magic)
TYPES: dict[str, tuple[str, tuple[bytes, ...]]] = {
    ".pdf": ("application/pdf", (b"%PDF",)),
    ".docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", (_ZIP,)),
    ".xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", (_ZIP,)),
    ".pptx": ("application/vnd.openxmlformats-officedocument.presentationml.presentation", (_ZIP,)),
    ".odt": ("application/vnd.oasis.opendocument.text", (_ZIP,)),
    ".doc": ("application/msword", (b"\xd0\xcf\x11\xe0",)),
    ".xls": ("application/vnd.ms-excel", (b"\xd0\xcf\x11\xe0",)),
    ".jpg": ("image/jpeg", (b"\xff\xd8\xff",)),
    ".jpeg": ("image/jpeg", (b"\xff\xd8\xff",)),
    ".png": ("image/png", (b"\x89PNG\r\n\x1a\n",)),
    ".txt": ("text/plain", ()),
    # the legal library's batch imports (not evidence)
    ".jsonl": ("application/jsonl", ()),
    ".ndjson": ("application/x-ndjson", ()),
    ".json": ("application/json", ()),
    ".zip": ("application/zip", (_ZIP,)),
}
PDF_ONLY = (".pdf",)
EVIDENCE_TYPES = (".pdf", ".docx", ".xlsx", ".pptx", ".odt", ".doc", ".xls", ".jpg", ".jpeg", ".png", ".txt")


def max_bytes() -> int:
    return int(getattr(settings, "UPLOAD_MAX_BYTES", 20 * 1024 * 1024))


def check_upload(upload: Any, allowed: tuple[str, ...] = EVIDENCE_TYPES) -> str:
    """Validate ``upload``; returns its content type. Raises ValidationError with a message for people."""
    name = getattr(upload, "name", "") or ""
    ext = Path(name).suffix.lower()
    if ext not in allowed:
        raise ValidationError(_("Loại tệp không được chấp nhận (%(ext)s). Chấp nhận: %(allowed)s.")
                              % {"ext": ext or "?", "allowed": ", ".join(allowed)})
    size = getattr(upload, "size", None) or 0
    if size > max_bytes():
        raise ValidationError(_("Tệp quá lớn: tối đa %(mb)s MB.") % {"mb": max_bytes() // (1024 * 1024)})
    if size == 0:
        raise ValidationError(_("Tệp rỗng."))
    content_type, magics = TYPES[ext]
    if magics:
        upload.seek(0)
        head = upload.read(8)
        upload.seek(0)
        if not any(head.startswith(m) for m in magics):
            raise ValidationError(_("Nội dung tệp không khớp với loại %(ext)s.") % {"ext": ext})
    return content_type


def attachment_response(stored: Any, filename: str, content_type: str) -> FileResponse:
    """A stored evidence file as a download (after the caller's permission check); 404 if it is gone."""
    try:
        handle = stored.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    return FileResponse(handle, as_attachment=True, filename=filename,
                        content_type=content_type or "application/octet-stream")
