from django.urls import path

from . import views

app_name = "core"
urlpatterns = [
    path("nhat-ky/", views.audit_list, name="audit"),
    path("lich-nghi/", views.holidays, name="holidays"),
]
