from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NarrativeConfig(AppConfig):
    name = "pbgdpl.narrative"
    label = "narrative"
    verbose_name = _("Sổ văn bản đi và báo cáo tổng hợp")
    default_auto_field = "django.db.models.BigAutoField"
