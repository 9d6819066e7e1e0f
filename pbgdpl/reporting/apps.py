from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportingConfig(AppConfig):
    name = "pbgdpl.reporting"
    label = "reporting"
    verbose_name = _("Hoạt động và báo cáo")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from pbgdpl.core import menus

        menus.staff_item("reporting:activities", _("Hoạt động PBGDPL"), 40, ("view", "reporting.activity"))
        menus.staff_item("reporting:reports", _("Báo cáo định kỳ"), 45, ("view", "reporting.submission"))
        menus.staff_item("reporting:dashboard", _("Thống kê"), 48, ("view", "reporting.activity"))
        from . import widgets  # noqa: F401 - registers the dashboard widget
