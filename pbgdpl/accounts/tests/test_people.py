"""People and roles: admins manage accounts; everyone else sees only the people of their subtrees."""

import pytest

from pbgdpl.accounts import services
from pbgdpl.accounts.models import RoleAssignment, User
from pbgdpl.accounts.roles import Role
from pbgdpl.core.models import AuditRecord
from pbgdpl.core.testing import make_user


def person_data(world, **overrides):
    data = {"username": "moi", "full_name": "Nguyễn Văn Mới", "email": "moi@example.vn", "unit": world.science_office.pk,
            "position": "Chuyên viên", "phone": "", "is_active": "on", "password": "Mat-khau-ban-dau-1",
            "roles": ["staff"], "scope_unit": ""}
    data.update(overrides)
    return data


def test_admin_creates_an_account_with_roles(world, login):
    client = login(world.admin)
    response = client.post("/can-bo/nguoi-dung/them/", person_data(world, roles=["staff", "focal"],
                                                                   scope_unit=world.science.pk))
    assert response.status_code == 302, response.content.decode()
    user = User.objects.get(username="moi")
    assert user.unit == world.science_office and user.check_password("Mat-khau-ban-dau-1")
    assert set(user.role_assignments.values_list("role", "unit")) == {("staff", world.science.pk),
                                                                      ("focal", world.science.pk)}
    record = AuditRecord.objects.get(action="user.create", target_id=str(user.pk))
    assert record.actor == world.admin and record.after["roles"] == ["focal", "staff"]
    assert "Mat-khau" not in str(record.after) and record.data == {"password_changed": True}


def test_admin_edits_roles(world, login):
    client = login(world.admin)
    data = person_data(world, username="staff", full_name="Staff", email="staff@example.vn", password="",
                       roles=["leader"], scope_unit="")
    response = client.post(f"/can-bo/nguoi-dung/{world.staff.pk}/", data)
    assert response.status_code == 302, response.content.decode()
    assert list(world.staff.role_assignments.values_list("role", "unit")) == [("leader", None)]
    record = AuditRecord.objects.get(action="user.update", target_id=str(world.staff.pk))
    assert record.before["roles"] == ["staff"] and record.after["roles"] == ["leader"]
    assert world.staff.__class__.objects.get(pk=world.staff.pk).check_password("test-pass-123")  # unchanged


def test_a_weak_password_is_refused_and_nothing_saved(world, login):
    client = login(world.admin)
    response = client.post("/can-bo/nguoi-dung/them/", person_data(world, password="123"))
    assert response.status_code == 200
    assert not User.objects.filter(username="moi").exists()
    assert not AuditRecord.objects.filter(action="user.create").exists()


def test_an_admin_by_role_cannot_drop_their_own_admin_role(world):
    admin2 = make_user("admin2", world.province, Role.ADMIN)
    admin2.is_superuser = False
    admin2.save()
    with pytest.raises(Exception, match="quản trị"):
        services.user_save(by=admin2, user=admin2, data={}, roles=["staff"])
    assert RoleAssignment.objects.filter(user=admin2, role="admin").exists()


def test_unknown_roles_are_refused(world):
    with pytest.raises(Exception, match="Vai trò không hợp lệ"):
        services.user_save(by=world.admin, user=world.staff, data={}, roles=["king"])


@pytest.mark.parametrize("role", ["leader", "focal", "staff", "reviewer", "outsider"])
def test_only_admins_add_or_edit_accounts(world, login, role):
    client = login(world.users[role])
    assert client.get("/can-bo/nguoi-dung/them/").status_code == 403
    assert client.post("/can-bo/nguoi-dung/them/", person_data(world)).status_code == 403
    assert client.post(f"/can-bo/nguoi-dung/{world.staff.pk}/", person_data(world, username="staff")).status_code == 403
    assert not User.objects.filter(username="moi").exists()


def test_a_focal_point_sees_the_people_of_their_department_only(world, login):
    client = login(world.focal)
    page = client.get("/can-bo/nguoi-dung/").content.decode()
    assert "Staff" in page and "Leader" in page  # science department and its internal units
    assert "Outsider" not in page and "Commune_Focal" not in page


def test_a_focal_point_of_another_department_cannot_see_or_edit_science_people(world, login):
    client = login(world.outsider)
    page = client.get("/can-bo/nguoi-dung/").content.decode()
    assert "Outsider" in page and "Staff" not in page and "Leader" not in page
    assert client.get(f"/can-bo/nguoi-dung/{world.staff.pk}/").status_code == 403
    assert client.get(f"/can-bo/don-vi/{world.science.pk}/").status_code == 200  # the unit tree itself is public


def test_admin_sees_everyone(world, login):
    page = login(world.admin).get("/can-bo/nguoi-dung/").content.decode()
    for name in ("Staff", "Leader", "Outsider", "Commune_Focal", "Reviewer"):
        assert name in page


def test_people_list_filters_by_name_and_unit(world, login):
    client = login(world.admin)
    page = client.get("/can-bo/nguoi-dung/?q=outs").content.decode()
    assert "Outsider" in page and "Leader" not in page
    page = client.get(f"/can-bo/nguoi-dung/?unit={world.science.pk}").content.decode()
    assert "Staff" in page and "Outsider" not in page


def test_people_list_query_count_does_not_grow_with_people(world, login, django_assert_max_num_queries):
    for index in range(30):
        user = make_user(f"extra{index}", world.science_office, Role.STAFF)
        RoleAssignment.objects.create(user=user, role=Role.FOCAL, unit=world.science)
    client = login(world.admin)
    with django_assert_max_num_queries(14):
        assert client.get("/can-bo/nguoi-dung/").status_code == 200


def test_new_accounts_cannot_join_a_unit_that_has_ended(world, login):
    response = login(world.admin).post("/can-bo/nguoi-dung/them/", person_data(world, unit=world.ict.pk))
    assert response.status_code == 200 and not User.objects.filter(username="moi").exists()
    assert "Sở Thông tin và Truyền thông" not in response.content.decode().split('id="id_unit"')[1].split("</select>")[0]
