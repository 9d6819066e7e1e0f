from __future__ import annotations

from typing import Any

from django import template
from django.utils.safestring import SafeString

from pbgdpl.library import selectors

register = template.Library()


@register.simple_tag
def statute(tree: list[selectors.TreeNode], url_for: Any) -> SafeString:
    """The document body: escaped text, an anchor per heading, article, khoản and điểm, cited numbers linked."""
    return selectors.statute_html(tree, url_for)


@register.simple_tag
def toc(tree: list[selectors.TreeNode]) -> SafeString:
    return selectors.toc_html(tree)
