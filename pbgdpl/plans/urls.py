from django.urls import path

from . import views

app_name = "plans"
urlpatterns = [
    path("can-bo/ke-hoach/", views.plan_list, name="list"),
]
