"""Login, logout, password change and reset by e-mail, lock-out after repeated failures."""

import datetime as dt
import re

import pytest
from axes.models import AccessAttempt
from django.core import mail

from pbgdpl.core.models import AuditRecord
from pbgdpl.core.testing import PASSWORD


def post_login(client, username, password):
    return client.post("/dang-nhap/", {"username": username, "password": password})


def test_login_leads_to_the_dashboard(client, world):
    response = post_login(client, "staff", PASSWORD)
    assert response.status_code == 302 and response["Location"] == "/can-bo/"
    assert "Xin chào Staff" in client.get("/can-bo/").content.decode()


def test_login_honours_a_safe_next_and_ignores_a_foreign_one(client, world):
    response = client.post("/dang-nhap/", {"username": "staff", "password": PASSWORD, "next": "/can-bo/don-vi/"})
    assert response["Location"] == "/can-bo/don-vi/"
    client.logout()
    response = client.post("/dang-nhap/", {"username": "staff", "password": PASSWORD, "next": "https://evil.example/"})
    assert response["Location"] == "/can-bo/"


def test_wrong_password_shows_an_error_and_does_not_log_in(client, world):
    response = post_login(client, "staff", "wrong-password")
    assert response.status_code == 200
    assert "errorlist" in response.content.decode()
    assert client.get("/can-bo/").status_code == 302


def test_inactive_account_cannot_log_in(client, world):
    world.staff.is_active = False
    world.staff.save()
    assert post_login(client, "staff", PASSWORD).status_code == 200
    assert client.get("/can-bo/").status_code == 302


def test_logout_needs_a_post(login, world):
    client = login(world.staff)
    assert client.get("/dang-xuat/").status_code == 405
    assert client.get("/can-bo/").status_code == 200
    response = client.post("/dang-xuat/")
    assert response.status_code == 302 and response["Location"] == "/"
    assert client.get("/can-bo/").status_code == 302


def test_password_change_needs_the_old_password(login, world, client):
    client = login(world.staff)
    response = client.post("/tai-khoan/doi-mat-khau/", {"old_password": "wrong", "new_password1": "Khong-doan-duoc-9",
                                                        "new_password2": "Khong-doan-duoc-9"})
    assert response.status_code == 200
    response = client.post("/tai-khoan/doi-mat-khau/", {"old_password": PASSWORD, "new_password1": "Khong-doan-duoc-9",
                                                        "new_password2": "Khong-doan-duoc-9"})
    assert response.status_code == 302
    client.post("/dang-xuat/")
    assert post_login(client, "staff", PASSWORD).status_code == 200  # the old one no longer works
    assert post_login(client, "staff", "Khong-doan-duoc-9").status_code == 302
    record = AuditRecord.objects.get(action="user.password_change")
    assert record.actor == world.staff and record.target_id == str(world.staff.pk)
    assert "Khong-doan" not in str([record.before, record.after, record.data])


def test_password_change_keeps_the_user_logged_in(login, world):
    client = login(world.staff)
    client.post("/tai-khoan/doi-mat-khau/", {"old_password": PASSWORD, "new_password1": "Khong-doan-duoc-9",
                                             "new_password2": "Khong-doan-duoc-9"})
    assert client.get("/can-bo/").status_code == 200


def test_password_change_needs_login(client, world):
    response = client.get("/tai-khoan/doi-mat-khau/")
    assert response.status_code == 302 and "/dang-nhap/" in response["Location"]


def test_password_reset_by_email_link(client, world):
    response = client.post("/quen-mat-khau/", {"email": "staff@example.vn"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["staff@example.vn"] and "Đặt lại mật khẩu" in message.subject
    match = re.search(r"http://testserver(/dat-lai/[^/\s]+/[^/\s]+/)", message.body)
    assert match, message.body
    response = client.get(match.group(1), follow=True)
    form_url = response.redirect_chain[-1][0]
    assert "set-password" in form_url
    response = client.post(form_url, {"new_password1": "Mat-khau-moi-2025", "new_password2": "Mat-khau-moi-2025"})
    assert response.status_code == 302
    assert post_login(client, "staff", "Mat-khau-moi-2025").status_code == 302
    assert AuditRecord.objects.filter(action="user.password_reset", actor=world.staff).count() == 1
    client.post("/dang-xuat/")
    # The link works once only.
    response = client.get(match.group(1), follow=True)
    assert "không hợp lệ" in response.content.decode()


def test_password_reset_for_an_unknown_address_sends_nothing_and_tells_nothing(client, world):
    response = client.post("/quen-mat-khau/", {"email": "nobody@example.vn"}, follow=True)
    assert response.status_code == 200 and "Nếu địa chỉ thư điện tử có trong hệ thống" in response.content.decode()
    assert mail.outbox == []


def fail_five_times(client, username="staff"):
    for _ in range(5):
        post_login(client, username, "wrong-password")


def test_five_failed_logins_lock_the_account_out(client, world):
    fail_five_times(client)
    response = post_login(client, "staff", PASSWORD)
    assert response.status_code == 429
    assert "Tài khoản tạm khoá" in response.content.decode()
    assert client.get("/can-bo/").status_code == 302
    # Another account from the same address is not locked.
    assert post_login(client, "focal", PASSWORD).status_code == 302


def test_lock_out_ends_after_the_cool_off(client, world, settings):
    fail_five_times(client)
    assert post_login(client, "staff", PASSWORD).status_code == 429
    past = AccessAttempt.objects.get(username="staff").attempt_time - settings.AXES_COOLOFF_TIME - dt.timedelta(seconds=1)
    AccessAttempt.objects.filter(username="staff").update(attempt_time=past)
    assert post_login(client, "staff", PASSWORD).status_code == 302


def test_admin_unlocks_a_locked_account(client, world):
    fail_five_times(client)
    client.force_login(world.admin)
    page = client.get(f"/can-bo/nguoi-dung/{world.staff.pk}/").content.decode()
    assert "Mở khoá đăng nhập" in page
    assert "đang bị khoá đăng nhập" in client.get("/can-bo/nguoi-dung/").content.decode()
    assert client.get(f"/can-bo/nguoi-dung/{world.staff.pk}/mo-khoa/").status_code == 405
    response = client.post(f"/can-bo/nguoi-dung/{world.staff.pk}/mo-khoa/")
    assert response.status_code == 302
    assert AuditRecord.objects.filter(action="user.unlock", target_id=str(world.staff.pk), actor=world.admin).exists()
    client.post("/dang-xuat/")
    assert post_login(client, "staff", PASSWORD).status_code == 302


def test_only_admins_unlock(client, world):
    fail_five_times(client)
    client.force_login(world.leader)
    assert client.post(f"/can-bo/nguoi-dung/{world.staff.pk}/mo-khoa/").status_code == 403
    assert AccessAttempt.objects.filter(username="staff").exists()


@pytest.mark.parametrize("path", ["/can-bo/", "/can-bo/nguoi-dung/", "/can-bo/don-vi/", "/can-bo/he-thong/nhat-ky/",
                                  "/tai-khoan/"])
def test_staff_pages_send_anonymous_visitors_to_login(client, world, path):
    response = client.get(path)
    assert response.status_code == 302 and response["Location"].startswith("/dang-nhap/?next=")
