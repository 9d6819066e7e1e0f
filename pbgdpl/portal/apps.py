from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class PortalConfig(AppConfig):
    name = "pbgdpl.portal"
    label = "portal"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from pbgdpl.core import menus

        menus.staff_item("portal:staff-home", _("Bảng điều khiển"), 0)
        menus.staff_item("org:tree", pgettext_lazy("menu", "Đơn vị"), 80, ("view", "org.unit"))
        menus.staff_item("accounts:people", _("Người dùng"), 85, ("view", "accounts.user"))
        menus.staff_item("core:audit", _("Nhật ký"), 90, ("view", "core.auditrecord"))
        menus.staff_item("core:holidays", _("Lịch nghỉ lễ"), 95, ("change", "core.holiday"))
        from . import widgets  # noqa: F401
