from django.urls import path

from . import audit_views, views

app_name = "core"
urlpatterns = [
    path("nhat-ky/", audit_views.audit_list, name="audit"),
    path("lich-nghi/", views.holidays, name="holidays"),
]
