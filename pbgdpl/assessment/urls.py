from django.urls import path

from . import views

app_name = "assessment"
urlpatterns = [
    path("can-bo/danh-gia/", views.assessment_list, name="list"),
    path("can-bo/danh-gia/tao/", views.assessment_create, name="create"),
    path("can-bo/danh-gia/<int:pk>/", views.assessment_detail, name="detail"),
    path("can-bo/danh-gia/<int:pk>/cap-nhat/", views.assessment_refresh, name="refresh"),
    # before the transitions: "minh-chung" would read as an action
    path("can-bo/danh-gia/<int:pk>/minh-chung/", views.evidence_upload, name="evidence-upload"),
    path("can-bo/danh-gia/minh-chung/<int:pk>/", views.evidence_download, name="evidence"),
    path("can-bo/danh-gia/minh-chung/<int:pk>/xoa/", views.evidence_delete, name="evidence-delete"),
    path("can-bo/danh-gia/<int:pk>/<slug:action>/", views.assessment_transition, name="transition"),
    path("chuan-tiep-can-phap-luat/", views.public_list, name="public"),
    path("chuan-tiep-can-phap-luat/<int:pk>/", views.public_detail, name="public-detail"),
]
