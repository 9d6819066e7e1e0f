from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    ADMIN = "admin", _("Quản trị hệ thống")
    LEADER = "leader", _("Lãnh đạo đơn vị")
    FOCAL = "focal", _("Đầu mối PBGDPL")
    STAFF = "staff", _("Cán bộ")
    REVIEWER = "reviewer", _("Cán bộ thẩm định cấp trên")


# Roles allowed to change things in their scope (create, edit); leaders also approve.
EDITOR_ROLES = frozenset({Role.LEADER, Role.FOCAL})
APPROVER_ROLES = frozenset({Role.LEADER})
