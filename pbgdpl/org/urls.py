from django.urls import path

from . import views

app_name = "org"
urlpatterns = [
    path("", views.tree, name="tree"),
    path("them/", views.unit_edit, name="unit-add"),
    path("nhap/", views.units_import, name="import"),
    path("xuat.<str:fmt>", views.units_export, name="export"),
    path("nhom/", views.groups, name="groups"),
    path("nhom/them/", views.group_edit, name="group-add"),
    path("nhom/<int:pk>/", views.group_edit, name="group-edit"),
    path("<int:pk>/", views.unit_detail, name="unit"),
    path("<int:pk>/sua/", views.unit_edit, name="unit-edit"),
    path("<int:pk>/cham-dut/", views.unit_end, name="unit-end"),
]
