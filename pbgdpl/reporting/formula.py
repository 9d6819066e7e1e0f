"""A tiny, safe evaluator for indicator formulas: numbers, indicator codes, + - * / and parentheses.

No ``eval``: the text is tokenised and parsed by recursive descent. Division by zero gives 0 (a rate over an
empty base is reported as 0, not an error).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

TOKEN = re.compile(r"\s*(?:(\d+(?:\.\d+)?)|([A-Za-z_][A-Za-z0-9_]*)|(.))")


class FormulaError(ValueError):
    pass


def tokens(text: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for number, name, other in TOKEN.findall(text):
        if number:
            out.append(("num", number))
        elif name:
            out.append(("name", name))
        elif other.strip():
            if other not in "+-*/()":
                raise FormulaError(f"Ký tự không hợp lệ trong công thức: {other!r}")
            out.append(("op", other))
    return out


def names(text: str) -> set[str]:
    """The indicator codes a formula uses."""
    return {value for kind, value in tokens(text) if kind == "name"}


class _Parser:
    def __init__(self, text: str, values: dict[str, Decimal]) -> None:
        self.items = tokens(text)
        self.pos = 0
        self.values = values

    def peek(self) -> tuple[str, str] | None:
        return self.items[self.pos] if self.pos < len(self.items) else None

    def take(self) -> tuple[str, str]:
        item = self.peek()
        if item is None:
            raise FormulaError("Công thức kết thúc đột ngột")
        self.pos += 1
        return item

    def parse(self) -> Decimal:
        if not self.items:
            raise FormulaError("Công thức trống")
        value = self.expr()
        if self.peek() is not None:
            raise FormulaError(f"Thừa ký hiệu: {self.peek()[1]!r}")  # type: ignore[index]
        return value

    def expr(self) -> Decimal:
        value = self.term()
        while (item := self.peek()) and item in (("op", "+"), ("op", "-")):
            self.take()
            right = self.term()
            value = value + right if item[1] == "+" else value - right
        return value

    def term(self) -> Decimal:
        value = self.factor()
        while (item := self.peek()) and item in (("op", "*"), ("op", "/")):
            self.take()
            right = self.factor()
            if item[1] == "*":
                value = value * right
            else:
                value = Decimal(0) if right == 0 else value / right
        return value

    def factor(self) -> Decimal:
        kind, text = self.take()
        if (kind, text) == ("op", "-"):
            return -self.factor()
        if (kind, text) == ("op", "+"):
            return self.factor()
        if (kind, text) == ("op", "("):
            value = self.expr()
            if self.take() != ("op", ")"):
                raise FormulaError("Thiếu dấu ')'")
            return value
        if kind == "num":
            try:
                return Decimal(text)
            except InvalidOperation as error:  # pragma: no cover - the regex only lets digits through
                raise FormulaError(text) from error
        if kind == "name":
            if text not in self.values:
                raise FormulaError(f"Không có chỉ tiêu mã {text}")
            return self.values[text]
        raise FormulaError(f"Không mong đợi {text!r}")


def evaluate(text: str, values: dict[str, Decimal]) -> Decimal:
    return _Parser(text, values).parse()


def check(text: str, known: set[str]) -> None:
    """Raise FormulaError when the formula does not parse or names an unknown code."""
    evaluate(text, dict.fromkeys(known, Decimal(1)))
