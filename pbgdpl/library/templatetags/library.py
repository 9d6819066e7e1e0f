from __future__ import annotations

from typing import Any

from django import template
from django.utils.safestring import SafeString

from pbgdpl.library import selectors

register = template.Library()


@register.simple_tag
def article_body(item: selectors.TreeNode, url_for: Any) -> SafeString:
    """An article's text as HTML: escaped, khoản/điểm anchored, cited numbers linked."""
    return selectors.article_html(item, url_for)


@register.simple_tag
def node_text(text: str, url_for: Any) -> SafeString:
    return selectors.render_text(text, url_for)
