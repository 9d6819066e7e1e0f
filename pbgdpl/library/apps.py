from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LibraryConfig(AppConfig):
    name = "pbgdpl.library"
    label = "library"
    verbose_name = _("Thư viện pháp luật")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from pbgdpl.core import menus

        menus.public_item("library:search", _("Văn bản pháp luật"), 30)
        menus.public_item("library:bookshelf", _("Tủ sách pháp luật"), 31)
        menus.staff_item("library:staff_documents", _("Thư viện pháp luật"), 40, ("view", "library.document"))
        menus.staff_item("library:staff_bookshelf", _("Tủ sách pháp luật"), 41, ("view", "library.bookshelfitem"))

        from . import widgets  # noqa: F401
