"""Import plans from the documents agencies write (.docx, .pdf, .txt, .md): extraction and preview."""

from .readers import PlanImportError

__all__ = ["PlanImportError", "extract"]


def extract(source, filename=None):  # type: ignore[no-untyped-def]
    from .extract import extract as _extract

    return _extract(source, filename)
