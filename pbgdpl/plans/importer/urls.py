"""Included by pbgdpl/plans/urls.py (namespace "plans"): the plan import pages."""

from django.urls import path

from . import views

urlpatterns = [
    path("can-bo/ke-hoach/nhap/", views.upload, name="import"),
    path("can-bo/ke-hoach/nhap/xac-nhan/", views.confirm, name="import-confirm"),
]
