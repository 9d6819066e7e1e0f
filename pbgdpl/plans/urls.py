from django.urls import include, path

from . import views

app_name = "plans"
urlpatterns = [
    path("can-bo/ke-hoach/", views.plan_list, name="list"),
    path("can-bo/ke-hoach/them/", views.plan_add, name="add"),
    path("can-bo/ke-hoach/so-tiep-theo/", views.next_number, name="next-number"),
    path("can-bo/ke-hoach/<int:pk>/", views.plan_detail, name="plan"),
    path("can-bo/ke-hoach/<int:pk>/sua/", views.plan_edit, name="edit"),
    path("can-bo/ke-hoach/<int:pk>/chuyen/<slug:name>/", views.plan_transition, name="transition"),
    path("can-bo/ke-hoach/<int:pk>/xoa/", views.plan_delete, name="delete"),
    path("can-bo/ke-hoach/<int:pk>/luu-tru/", views.plan_archive, name="archive"),
    path("can-bo/ke-hoach/<int:pk>/ban-ky.pdf", views.plan_signed_pdf, name="signed-pdf"),
    path("can-bo/ke-hoach/<int:pk>/ke-hoach.docx", views.plan_docx, name="docx"),
    path("can-bo/ke-hoach/<int:pk>/nhiem-vu.xlsx", views.plan_xlsx, name="xlsx"),
    path("can-bo/ke-hoach/<int:pk>/trien-khai/", views.plan_derive, name="derive"),
    path("can-bo/ke-hoach/<int:pk>/nhiem-vu/them/", views.task_add, name="task-add"),
    path("can-bo/ke-hoach/<int:pk>/theo-doi/", views.plan_dashboard, name="plan-dashboard"),
    path("can-bo/nhiem-vu/<int:pk>/", views.task_detail, name="task"),
    path("can-bo/nhiem-vu/<int:pk>/sua/", views.task_edit, name="task-edit"),
    path("can-bo/nhiem-vu/<int:pk>/bao-cao/", views.task_report, name="task-report"),
    path("can-bo/nhiem-vu/<int:pk>/phe-duyet/", views.task_approve, name="task-approve"),
    path("can-bo/nhiem-vu/<int:pk>/su-kien/", views.task_fire, name="task-fire"),
    path("can-bo/nhiem-vu/<int:pk>/xoa/", views.task_delete, name="task-delete"),
    path("can-bo/minh-chung/<int:pk>/", views.evidence_download, name="evidence"),
    path("can-bo/nhiem-vu-cua-toi/", views.my_tasks, name="my-tasks"),
    path("can-bo/thong-bao/", views.notifications, name="notifications"),
    path("can-bo/theo-doi/", views.province_dashboard, name="province-dashboard"),
    path("can-bo/theo-doi/don-vi/<int:pk>/", views.unit_dashboard, name="unit-dashboard"),
    path("", include("pbgdpl.plans.importer.urls")),
]
