from django.urls import path

from . import views

app_name = "reporting"
urlpatterns = [
    path("can-bo/hoat-dong/", views.activity_list, name="activities"),
    path("can-bo/hoat-dong/them/", views.activity_edit, name="activity-add"),
    path("can-bo/hoat-dong/nhap/", views.activity_import, name="activity-import"),
    path("can-bo/hoat-dong/mau-nhap.xlsx", views.import_template, name="import-template"),
    path("can-bo/hoat-dong/<int:pk>/", views.activity_detail, name="activity"),
    path("can-bo/hoat-dong/<int:pk>/sua/", views.activity_edit, name="activity-edit"),
    path("can-bo/hoat-dong/<int:pk>/xoa/", views.activity_delete, name="activity-delete"),
    path("can-bo/hoat-dong/<int:pk>/minh-chung/", views.evidence_upload, name="evidence-upload"),
    path("can-bo/hoat-dong/minh-chung/<int:pk>/", views.evidence_download, name="evidence"),
    path("can-bo/hoat-dong/minh-chung/<int:pk>/xoa/", views.evidence_delete, name="evidence-delete"),
    path("can-bo/bao-cao/", views.report_list, name="reports"),
    path("can-bo/bao-cao/lap/", views.report_create, name="report-create"),
    path("can-bo/bao-cao/tien-do/", views.completeness, name="completeness"),
    path("can-bo/bao-cao/ky-bao-cao/", views.schedules, name="schedules"),
    path("can-bo/bao-cao/ky-bao-cao/<int:pk>/", views.schedule_edit, name="schedule-edit"),
    path("can-bo/bao-cao/bieu-mau/", views.indicator_sets, name="indicator-sets"),
    path("can-bo/bao-cao/bieu-mau/nhap/", views.indicator_set_import, name="indicator-import"),
    path("can-bo/bao-cao/bieu-mau/<int:pk>/", views.indicator_set_detail, name="indicator-set"),
    path("can-bo/bao-cao/bieu-mau/<int:pk>/chi-tieu.<str:fmt>", views.indicator_set_detail, name="indicator-set-file"),
    path("can-bo/bao-cao/<int:pk>/", views.report_detail, name="report"),
    path("can-bo/bao-cao/<int:pk>/cap-nhat/", views.report_refresh, name="report-refresh"),
    path("can-bo/bao-cao/<int:pk>/xuat.xlsx", views.report_export, name="report-export"),
    path("can-bo/bao-cao/<int:pk>/chi-tieu/<str:code>/", views.report_drilldown, name="report-drilldown"),
    path("can-bo/bao-cao/<int:pk>/<str:action>/", views.report_transition, name="report-transition"),
    path("can-bo/thong-ke/", views.dashboard, name="dashboard"),
]
