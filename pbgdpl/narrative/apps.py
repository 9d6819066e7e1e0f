from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NarrativeConfig(AppConfig):
    name = "pbgdpl.narrative"
    label = "narrative"
    verbose_name = _("Sổ văn bản đi và báo cáo tổng hợp")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from pbgdpl.core import menus

        menus.staff_item("narrative:register", _("Sổ văn bản đi"), 50, ("view", "narrative.outgoingdocument"))
        menus.staff_item("narrative:reports", _("Báo cáo kết quả"), 52, ("view", "narrative.reportdocument"))
