"""Vietnamese first, with an English catalogue compiled into the repository."""

import gettext
from pathlib import Path

from django.conf import settings
from django.utils import translation

LOCALE = Path(settings.BASE_DIR, "locale")


def test_vietnamese_is_the_default(client, db):
    html = client.get("/dang-nhap/").content.decode()
    assert '<html lang="vi">' in html and "Tên đăng nhập" in html and "Mật khẩu" in html


def test_switching_to_english_shows_english_on_the_login_page(client, db):
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/dang-nhap/"})
    assert response.status_code == 302 and response["Location"] == "/dang-nhap/"
    html = client.get("/dang-nhap/").content.decode()
    assert '<html lang="en">' in html
    for text in ("Username", "Password", "Log in", "Forgot your password?", "Skip to the main content"):
        assert text in html
    assert "Tên đăng nhập" not in html
    client.post("/i18n/setlang/", {"language": "vi", "next": "/dang-nhap/"})
    assert "Tên đăng nhập" in client.get("/dang-nhap/").content.decode()


def test_english_staff_pages_and_error_pages(world, login):
    client = login(world.staff)
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    assert "Dashboard" in client.get("/can-bo/").content.decode()
    assert "Access denied" in client.get(f"/can-bo/don-vi/{world.science.pk}/sua/").content.decode()
    assert "Unit tree" in client.get("/can-bo/don-vi/").content.decode()


def test_the_compiled_catalogue_ships_with_the_code():
    """A fresh machine without gettext still gets English: the .mo is committed next to the .po."""
    mo = LOCALE / "en" / "LC_MESSAGES" / "django.mo"
    assert mo.is_file() and (LOCALE / "en" / "LC_MESSAGES" / "django.po").is_file()
    with mo.open("rb") as handle:
        catalogue = gettext.GNUTranslations(handle)
    assert catalogue.gettext("Đăng nhập") == "Log in"
    assert catalogue.ngettext("%(n)s bản ghi.", "%(n)s bản ghi.", 2) == "%(n)s records."


def test_foundation_messages_translate_with_their_placeholders():
    with translation.override("en"):
        from django.utils.translation import gettext as _

        assert _("Dòng %(line)s, trường “%(field)s”: %(message)s") % {"line": 3, "field": "name", "message": "x"} == \
            "Line 3, field “name”: x"
        assert _("Vai trò không hợp lệ: %(roles)s") % {"roles": "king"} == "Invalid roles: king"


def test_the_browser_language_alone_does_not_switch_to_english(client, db):
    html = client.get("/dang-nhap/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert '<html lang="vi">' in html and "Tên đăng nhập" in html


def test_an_unknown_language_cookie_falls_back_to_vietnamese(client, db):
    client.cookies["django_language"] = "fr"
    assert "Tên đăng nhập" in client.get("/dang-nhap/").content.decode()


FOUNDATION = ("pbgdpl/accounts/", "pbgdpl/org/", "pbgdpl/portal/", "pbgdpl/templates/", "pbgdpl/core/audit",
              "pbgdpl/core/menus.py", "pbgdpl/settings.py")
EVERY_APP = ("pbgdpl/",)


def untranslated_entries(po_text: str, prefixes: tuple[str, ...]) -> list[str]:
    """msgids referenced from ``prefixes`` whose English msgstr is empty (or marked fuzzy)."""
    missing = []
    for block in po_text.split("\n\n"):
        lines = block.splitlines()
        refs = " ".join(line[2:] for line in lines if line.startswith("#:")).split()
        if not any(ref.startswith(prefixes) for ref in refs):
            continue
        msgid = next((line for line in lines if line.startswith("msgid ")), "")
        strings = [line for line in lines if line.startswith("msgstr")]
        continued = any(line.startswith('"') for line in lines[lines.index(strings[0]) + 1:]) if strings else False
        empty = all(line.endswith(' ""') for line in strings) and not continued
        if msgid != 'msgid ""' and (empty or any("fuzzy" in line for line in lines if line.startswith("#,"))):
            missing.append(msgid)
    return missing


def test_the_checker_spots_an_untranslated_entry():
    po = '#: pbgdpl/org/x.py:1\nmsgid "A"\nmsgstr ""\n\n#: pbgdpl/org/x.py:2\nmsgid "B"\nmsgstr "b"\n\n' \
         '#: pbgdpl/plans/y.py:1\nmsgid "C"\nmsgstr ""'
    assert untranslated_entries(po, FOUNDATION) == ['msgid "A"']


def test_every_string_of_every_app_has_an_english_translation():
    """After `pbgdpl makemessages -l en`, translate the new entries and compile."""
    po = (LOCALE / "en" / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
    assert untranslated_entries(po, EVERY_APP) == []
