"""A small, safe template language for the report's sentences.

``{name}`` is replaced by the value named ``name`` (numbers are written the Vietnamese way: 1.234.567);
``{{`` and ``}}`` stand for literal braces. Nothing is evaluated: a name is looked up in a dictionary and
that is all. Unknown names are reported by :func:`unknown_names` and left visible in the output.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

PLACEHOLDER = re.compile(r"\{\{|\}\}|\{([a-z_][a-z0-9_]*)\}")


def format_value(value: Any) -> str:
    if isinstance(value, bool):
        return "có" if value else "không"
    if isinstance(value, Decimal | float):
        value = Decimal(str(value))
        if value == value.to_integral_value():
            value = int(value)
        else:
            text = f"{value.quantize(Decimal('0.01')):,.2f}".rstrip("0").rstrip(".")
            return text.replace(",", " ").replace(".", ",").replace(" ", ".")
    if isinstance(value, int):
        return f"{value:,}".replace(",", ".")
    return str(value)


def names(template: str) -> list[str]:
    return [m.group(1) for m in PLACEHOLDER.finditer(template) if m.group(1)]


def unknown_names(template: str, values: Mapping[str, Any]) -> list[str]:
    seen: list[str] = []
    for name in names(template):
        if name not in values and name not in seen:
            seen.append(name)
    return seen


def render(template: str, values: Mapping[str, Any]) -> str:
    def replace(match: re.Match[str]) -> str:
        piece = match.group(0)
        if piece == "{{":
            return "{"
        if piece == "}}":
            return "}"
        name = match.group(1)
        return format_value(values[name]) if name in values else piece

    return PLACEHOLDER.sub(replace, template)
