"""Error pages speak Vietnamese, use the site layout and reveal nothing about the refusal."""

from django.test import RequestFactory
from django.views.defaults import server_error


def test_forbidden_page_is_vietnamese_and_leaks_nothing(world, login):
    response = login(world.staff).get(f"/can-bo/don-vi/{world.science.pk}/sua/")
    page = response.content.decode()
    assert response.status_code == 403
    assert "Không có quyền truy cập" in page and 'class="skip-link"' in page and '<html lang="vi">' in page
    assert "org.unit" not in page and "change on" not in page and "Traceback" not in page


def test_not_found_page_is_vietnamese(world, login):
    response = login(world.staff).get("/can-bo/khong-co-trang-nay/")
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()
    response = login(world.staff).get("/can-bo/don-vi/999999/")
    assert response.status_code == 404 and "Không tìm thấy trang" in response.content.decode()


def test_server_error_page_renders_without_a_request_context(db):
    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    assert "Lỗi hệ thống" in response.content.decode()


def test_csrf_failure_page_is_vietnamese(db):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    response = client.post("/dang-nhap/", {"username": "x", "password": "y"})
    assert response.status_code == 403
    page = response.content.decode()
    assert "Phiên làm việc đã hết hạn" in page and "CSRF verification failed" not in page and 'class="skip-link"' in page


def test_bad_request_page_is_vietnamese(db, client):
    response = client.get("/", HTTP_HOST="not allowed host")
    assert response.status_code == 400
    assert "Yêu cầu không hợp lệ" in response.content.decode()
