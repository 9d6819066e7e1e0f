from django.urls import path

from . import views

app_name = "accounts"
urlpatterns = [
    path("dang-nhap/", views.LoginView.as_view(), name="login"),
    path("dang-xuat/", views.LogoutView.as_view(), name="logout"),
    path("tai-khoan/", views.profile, name="profile"),
    path("tai-khoan/doi-mat-khau/", views.PasswordChangeView.as_view(), name="password_change"),
    path("quen-mat-khau/", views.PasswordResetView.as_view(), name="password_reset"),
    path("quen-mat-khau/da-gui/", views.PasswordResetDoneView.as_view(), name="password_reset_done"),
    path("dat-lai/<uidb64>/<token>/", views.PasswordResetConfirmView.as_view(), name="password_reset_confirm"),
    path("dat-lai/xong/", views.PasswordResetCompleteView.as_view(), name="password_reset_complete"),
    path("can-bo/nguoi-dung/", views.people, name="people"),
    path("can-bo/nguoi-dung/them/", views.person_edit, name="person-add"),
    path("can-bo/nguoi-dung/<int:pk>/", views.person_edit, name="person-edit"),
    path("can-bo/nguoi-dung/<int:pk>/mo-khoa/", views.person_unlock, name="person-unlock"),
]
