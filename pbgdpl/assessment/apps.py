from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssessmentConfig(AppConfig):
    name = "pbgdpl.assessment"
    label = "assessment"
    verbose_name = _("Tự đánh giá, chấm điểm")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from pbgdpl.core import menus

        menus.staff_item("assessment:list", _("Tự đánh giá"), 55, ("view", "assessment.assessment"))
        menus.public_item("assessment:public", _("Chuẩn tiếp cận pháp luật"), 60)
        from . import widgets  # noqa: F401 - registers the dashboard card
