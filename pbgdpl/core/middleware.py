"""Language choice: Vietnamese unless the visitor picked another language with the switch in the header.

Django's LocaleMiddleware would follow the browser's Accept-Language, so an English-language browser (common
on office machines in Vietnam) would get an English platform nobody asked for. Here only the language cookie
set by the switch (``/i18n/setlang/``) changes the language.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest
from django.middleware.locale import LocaleMiddleware
from django.utils import translation


class ChosenLanguageMiddleware(LocaleMiddleware):
    def process_request(self, request: HttpRequest) -> None:
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
        language = chosen if chosen in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()
