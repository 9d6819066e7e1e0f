from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssessmentConfig(AppConfig):
    name = "pbgdpl.assessment"
    label = "assessment"
    verbose_name = _("Tự đánh giá, chấm điểm")
    default_auto_field = "django.db.models.BigAutoField"
