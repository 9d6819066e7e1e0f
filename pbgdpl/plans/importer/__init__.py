"""Import plans from the documents agencies write (.docx, .pdf, .txt, .md): extraction and preview."""

from .extractor import extract
from .readers import PlanImportError

__all__ = ["PlanImportError", "extract"]
