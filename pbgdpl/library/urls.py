from django.urls import path

from . import views

app_name = "library"

urlpatterns = [
    path("van-ban/", views.search, name="search"),
    path("van-ban/<int:pk>/", views.document_detail, name="document"),
    path("van-ban/<int:pk>/ban-in/", views.document_print, name="document_print"),
    path("van-ban/<int:pk>/tep-goc/", views.document_original, name="document_original"),
    path("tu-sach-phap-luat/", views.bookshelf, name="bookshelf"),
    path("tu-sach-phap-luat/<int:pk>/", views.bookshelf_item, name="bookshelf_item"),
    path("tu-sach-phap-luat/<int:pk>/tep/", views.bookshelf_file, name="bookshelf_file"),
    path("can-bo/van-ban/", views.staff_documents, name="staff_documents"),
    path("can-bo/van-ban/tai-len/", views.upload, name="upload"),
    path("can-bo/van-ban/nhap/", views.import_batch, name="import"),
    path("can-bo/van-ban/nhap/<int:pk>/", views.job_detail, name="job"),
    path("can-bo/van-ban/<int:pk>/sua/", views.document_edit, name="edit"),
    path("can-bo/van-ban/<int:pk>/quan-he/", views.relation_add, name="relation_add"),
    path("can-bo/van-ban/quan-he/<int:pk>/xoa/", views.relation_delete, name="relation_delete"),
    path("can-bo/van-ban/tu-sach/", views.staff_bookshelf, name="staff_bookshelf"),
    path("can-bo/van-ban/tu-sach/them/", views.bookshelf_edit, name="bookshelf_add"),
    path("can-bo/van-ban/tu-sach/<int:pk>/", views.staff_bookshelf_item, name="staff_bookshelf_item"),
    path("can-bo/van-ban/tu-sach/<int:pk>/sua/", views.bookshelf_edit, name="bookshelf_edit"),
    path("can-bo/van-ban/tu-sach/<int:pk>/chuyen/<str:name>/", views.bookshelf_transition, name="bookshelf_transition"),
]
