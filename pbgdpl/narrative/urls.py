from django.urls import path

from . import views

app_name = "narrative"
urlpatterns = [
    path("can-bo/so-van-ban-di/", views.register, name="register"),
    path("can-bo/so-van-ban-di/them/", views.register_edit, name="register-add"),
    path("can-bo/so-van-ban-di/nhap/", views.register_import, name="register-import"),
    path("can-bo/so-van-ban-di/mau-nhap.xlsx", views.import_template, name="register-template"),
    path("can-bo/so-van-ban-di/<int:pk>/sua/", views.register_edit, name="register-edit"),
    path("can-bo/so-van-ban-di/<int:pk>/xoa/", views.register_delete, name="register-delete"),
    path("can-bo/bao-cao-tong-hop/", views.report_pick, name="reports"),
    path("can-bo/bao-cao-tong-hop/<int:unit_id>/<slug:report_type>/<str:period>/", views.report, name="report"),
    path("can-bo/bao-cao-tong-hop/<int:unit_id>/<slug:report_type>/<str:period>/xuat.<str:fmt>", views.report_export,
         name="report-export"),
]
