from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlansConfig(AppConfig):
    name = "pbgdpl.plans"
    label = "plans"
    verbose_name = _("Kế hoạch và nhiệm vụ")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from pbgdpl.core import menus

        menus.staff_item("plans:list", _("Kế hoạch"), 20, ("view", "plans.plan"))
        menus.staff_item("plans:my-tasks", _("Nhiệm vụ của tôi"), 21, ("view", "plans.task"))
        menus.staff_item("plans:province-dashboard", _("Theo dõi tiến độ"), 22, ("view", "plans.plan"))
        menus.staff_item("plans:notifications", _("Thông báo"), 23, ("view", "plans.notification"))
        from . import widgets  # noqa: F401
