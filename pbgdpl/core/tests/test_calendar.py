from __future__ import annotations

import datetime as dt
import importlib
import json
from collections.abc import Callable
from io import StringIO
from pathlib import Path
from typing import Any

import holidays
import pytest
from django.apps import apps as django_apps
from django.core.exceptions import PermissionDenied
from django.core.management import call_command
from django.urls import reverse

from pbgdpl.core import calendar, vn_holidays
from pbgdpl.core.calendar import add_working_days, is_working_day, working_days_between
from pbgdpl.core.models import AuditRecord, Holiday, HolidayKind
from pbgdpl.core.testing import World

D = dt.date

# --- The lunar calendar: Vietnamese, not Chinese ---------------------------------------------------------------

TET = {2020: D(2020, 1, 25), 2021: D(2021, 2, 12), 2022: D(2022, 2, 1), 2023: D(2023, 1, 22),
       2024: D(2024, 2, 10), 2025: D(2025, 1, 29), 2026: D(2026, 2, 17), 2027: D(2027, 2, 6)}
HUNG_KINGS = {2023: D(2023, 4, 29), 2024: D(2024, 4, 18), 2025: D(2025, 4, 7), 2026: D(2026, 4, 26)}


@pytest.mark.parametrize(("year", "expected"), sorted(TET.items()))
def test_tet_matches_published_dates(year: int, expected: dt.date) -> None:
    assert vn_holidays.lunar_new_year(year) == expected


@pytest.mark.parametrize(("year", "expected"), sorted(HUNG_KINGS.items()))
def test_hung_kings_day_matches_published_dates(year: int, expected: dt.date) -> None:
    assert vn_holidays.hung_kings_day(year) == expected


def test_lunar_dates_follow_the_vietnamese_calendar_where_the_chinese_one_differs() -> None:
    # The new moons of February 2007 and 2030 fall before midnight at UTC+7 but after it at UTC+8.
    assert vn_holidays.lunar_new_year(2007) == D(2007, 2, 17)  # China: 18/02/2007
    assert vn_holidays.lunar_new_year(2030) == D(2030, 2, 2)  # China: 03/02/2030


# --- The default schedule ---------------------------------------------------------------------------------------

def _off(year: int) -> set[dt.date]:
    return {day.date for day in vn_holidays.schedule(year) if day.kind == vn_holidays.HOLIDAY}


@pytest.mark.parametrize(("year", "first", "last"), [
    (2023, D(2023, 1, 20), D(2023, 1, 26)),  # Sunday Tết: Friday before to Thursday after
    (2024, D(2024, 2, 8), D(2024, 2, 14)),   # Saturday Tết
    (2025, D(2025, 1, 27), D(2025, 2, 1)),   # 25/01-02/02/2025 in the yearly notice
    (2026, D(2026, 2, 16), D(2026, 2, 20)),
])
def test_tet_gives_five_working_days_off_arranged_like_the_yearly_notices(year: int, first: dt.date,
                                                                        last: dt.date) -> None:
    days = {first + dt.timedelta(days=i) for i in range((last - first).days + 1)}
    weekdays = {day for day in days if day.weekday() < 5}
    assert len(weekdays) == 5
    assert weekdays <= _off(year)


def test_fixed_holidays_and_the_national_day_pair() -> None:
    off = _off(2025)
    assert {D(2025, 1, 1), D(2025, 4, 30), D(2025, 5, 1), D(2025, 9, 1), D(2025, 9, 2)} <= off
    assert D(2025, 9, 3) not in off  # 02/9/2025 is a Tuesday: the adjacent day is Monday 01/9
    assert D(2024, 9, 3) in _off(2024)  # 02/9/2024 is a Monday: Tuesday 03/9 follows
    assert D(2020, 9, 2) in _off(2020) and D(2020, 9, 1) not in _off(2020) and D(2020, 9, 3) not in _off(2020)


def test_a_holiday_on_a_weekend_is_compensated_on_the_next_working_day() -> None:
    # 2023: National Day on Saturday 02/9 (Friday 01/9 is the adjacent day) -> Monday 04/9 off.
    assert D(2023, 9, 4) in _off(2023)
    # 2027: 01/5 is a Saturday -> Monday 03/5 off (30/4 is Friday).
    assert D(2027, 5, 3) in _off(2027)
    # 2028: 30/4 Sunday, 01/5 Monday -> Tuesday 02/5 off.
    assert D(2028, 5, 2) in _off(2028)
    # 2033: 01/01 is a Saturday -> Monday 03/01.
    assert D(2033, 1, 3) in _off(2033)


def test_yearly_swaps_add_a_day_off_and_a_working_saturday() -> None:
    days = {day.date: day for day in vn_holidays.schedule(2025)}
    assert days[D(2025, 5, 2)].kind == vn_holidays.HOLIDAY
    assert days[D(2025, 4, 26)].kind == vn_holidays.WORKDAY


def test_schedule_agrees_with_the_holidays_package_for_every_shipped_year() -> None:
    for year in range(vn_holidays.FIRST_YEAR, vn_holidays.LAST_YEAR + 1):
        assert _off(year) == set(holidays.country_holidays("VN", years=year)), year


def test_shipped_data_file_is_the_current_computation() -> None:
    path = Path(vn_holidays.__file__).parent / "data" / "holidays_vn.json"
    assert json.loads(path.read_text(encoding="utf-8")) == [day.as_json() for day in vn_holidays.schedule_range()]


# --- Seeding ----------------------------------------------------------------------------------------------------

@pytest.fixture(autouse=True)
def _shipped_holidays(request: pytest.FixtureRequest) -> None:
    """The data migration seeds every fresh database; a transactional test elsewhere may have flushed it."""
    if request.node.get_closest_marker("django_db") is None:
        return
    request.getfixturevalue("db")
    if not Holiday.objects.exists():
        _migration().seed(django_apps, None)


def _migration() -> Any:
    return importlib.import_module("pbgdpl.core.migrations.0002_seed_holidays")


@pytest.mark.django_db
def test_the_data_migration_seeds_the_holidays_of_2020_to_2035() -> None:
    Holiday.objects.all().delete()
    _migration().seed(django_apps, None)
    years = {day.year for day in Holiday.objects.values_list("date", flat=True)}
    assert years == set(range(2020, 2036))
    assert Holiday.objects.count() == len(vn_holidays.schedule_range())
    assert Holiday.objects.filter(date=D(2026, 2, 17), kind=HolidayKind.HOLIDAY).exists()
    _migration().seed(django_apps, None)  # rows already there are left alone
    assert Holiday.objects.count() == len(vn_holidays.schedule_range())


@pytest.mark.django_db
def test_seed_command_is_idempotent() -> None:
    Holiday.objects.all().delete()
    out = StringIO()
    call_command("holidays", "seed", "--from", "2024", "--to", "2025", stdout=out)
    count = Holiday.objects.count()
    assert count == len(vn_holidays.schedule(2024)) + len(vn_holidays.schedule(2025))
    assert "thêm" in out.getvalue()
    call_command("holidays", "seed", "--from", "2024", "--to", "2025", stdout=StringIO())
    assert Holiday.objects.count() == count
    assert AuditRecord.objects.filter(action="holiday.seed").count() == 1  # the second run changed nothing


@pytest.mark.django_db
def test_seed_repairs_computed_rows_but_keeps_what_an_admin_edited_or_deleted(world: World) -> None:
    tet = Holiday.objects.get(date=D(2026, 2, 17))
    tet.name = "sai"
    tet.save()
    calendar.holiday_save(by=world.admin, holiday=Holiday.objects.get(date=D(2026, 1, 1)), date=D(2026, 1, 1),
                          name="Tết Dương lịch (theo quyết định)")
    calendar.holiday_delete(by=world.admin, holiday=Holiday.objects.get(date=D(2026, 4, 30)))
    # The government moves the extra National Day day from Tuesday 01/9 to Thursday 03/9.
    calendar.holiday_save(by=world.admin, holiday=Holiday.objects.get(date=D(2026, 9, 1)), date=D(2026, 9, 3),
                          name="Quốc khánh (ngày liền kề)")
    call_command("holidays", "seed", "--from", "2026", "--to", "2026", stdout=StringIO())
    assert Holiday.objects.get(date=D(2026, 2, 17)).name == "Tết Nguyên đán (mùng 1)"
    assert Holiday.objects.get(date=D(2026, 1, 1)).name == "Tết Dương lịch (theo quyết định)"
    assert not Holiday.objects.filter(date=D(2026, 4, 30)).exists()
    assert not Holiday.objects.filter(date=D(2026, 9, 1)).exists()
    assert Holiday.objects.get(date=D(2026, 9, 3)).source == "admin"


def test_export_command_prints_the_shipped_data() -> None:
    out = StringIO()
    call_command("holidays", "export", stdout=out)
    path = Path(vn_holidays.__file__).parent / "data" / "holidays_vn.json"
    assert json.loads(out.getvalue()) == json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.django_db
def test_list_command_prints_a_year() -> None:
    out = StringIO()
    call_command("holidays", "list", "--year", "2025", stdout=out)
    lines = out.getvalue().splitlines()
    assert len(lines) == Holiday.objects.filter(date__year=2025).count()
    assert any(line.startswith("26/04/2025") and "làm bù" in line for line in lines)


def test_seed_command_rejects_a_bad_range() -> None:
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("holidays", "seed", "--from", "2030", "--to", "2020")


# --- Working days -----------------------------------------------------------------------------------------------

@pytest.mark.django_db
def test_weekends_and_holidays_are_not_working_days() -> None:
    assert is_working_day(D(2025, 3, 14))  # Friday
    assert not is_working_day(D(2025, 3, 15))  # Saturday
    assert not is_working_day(D(2025, 4, 30))  # Ngày Chiến thắng, Wednesday
    assert not is_working_day(D(2025, 1, 27))  # Monday before Tết 2025, in lieu of Saturday mùng 4


@pytest.mark.django_db
def test_a_compensatory_saturday_is_a_working_day() -> None:
    assert is_working_day(D(2025, 4, 26))


@pytest.mark.django_db
def test_add_working_days_skips_weekends_and_holidays() -> None:
    assert add_working_days(D(2025, 3, 14), 5) == D(2025, 3, 21)  # Friday + 5 -> next Friday
    assert add_working_days(D(2025, 3, 14), 1) == D(2025, 3, 17)
    # Friday 24/01/2025 + 3: Tết takes 27/01-31/01 (and Saturday 01/02) -> 03/02, 04/02, 05/02.
    assert add_working_days(D(2025, 1, 24), 3) == D(2025, 2, 5)
    # Across 30/4-02/5/2025 with the working Saturday 26/4: 25/4 Fri -> 26/4 Sat, 28/4 Mon, 29/4 Tue, 05/5 Mon.
    assert add_working_days(D(2025, 4, 25), 4) == D(2025, 5, 5)


@pytest.mark.django_db
def test_add_working_days_with_zero_and_negative_counts() -> None:
    assert add_working_days(D(2025, 3, 15), 0) == D(2025, 3, 15)
    assert add_working_days(D(2025, 3, 17), -1) == D(2025, 3, 14)
    assert add_working_days(D(2025, 2, 3), -1) == D(2025, 1, 24)


@pytest.mark.django_db
def test_working_days_between_counts_the_half_open_interval() -> None:
    assert working_days_between(D(2025, 3, 14), D(2025, 3, 21)) == 5  # (Fri, next Fri]
    assert working_days_between(D(2025, 3, 14), D(2025, 3, 14)) == 0
    assert working_days_between(D(2025, 3, 21), D(2025, 3, 14)) == -5
    assert working_days_between(D(2025, 3, 15), D(2025, 3, 16)) == 0  # a weekend
    assert working_days_between(D(2025, 1, 24), D(2025, 2, 3)) == 1


@pytest.mark.django_db
def test_add_and_between_are_inverse_for_working_days() -> None:
    start = D(2024, 12, 20)
    for n in (-300, -40, -1, 1, 7, 40, 300):
        end = add_working_days(start, n)
        assert is_working_day(end)
        assert working_days_between(start, end) == n


@pytest.mark.django_db
def test_a_year_has_the_expected_number_of_working_days() -> None:
    # 2025: 261 weekdays, 11 weekdays off (01/01, 27-31/01, 07/4, 30/4, 01/5, 02/5, 01/9, 02/9 -> 12),
    # one working Saturday (26/4).
    assert working_days_between(D(2024, 12, 31), D(2025, 12, 31)) == 261 - 12 + 1


@pytest.mark.django_db
def test_years_without_holidays_count_weekends_only() -> None:
    assert add_working_days(D(2050, 1, 7), 1) == D(2050, 1, 10)


@pytest.mark.django_db
def test_holidays_are_read_once_per_range_of_years(django_assert_num_queries: Any) -> None:
    with django_assert_num_queries(1):
        assert working_days_between(D(2024, 1, 1), D(2026, 12, 31)) > 700
        add_working_days(D(2025, 6, 2), 20)
        is_working_day(D(2026, 5, 5))


@pytest.mark.django_db
def test_a_change_to_the_table_is_seen_at_once(world: World) -> None:
    day = D(2025, 6, 2)
    assert is_working_day(day)
    holiday = calendar.holiday_save(by=world.admin, date=day, name="Nghỉ theo quyết định")
    assert not is_working_day(day)
    calendar.holiday_delete(by=world.admin, holiday=holiday)
    assert is_working_day(day)
    Holiday.objects.create(date=day, name="Bằng ORM")
    assert not is_working_day(day)


# --- Services ---------------------------------------------------------------------------------------------------

@pytest.mark.django_db
def test_holiday_services_are_audited(world: World) -> None:
    row = calendar.holiday_save(by=world.admin, date=D(2027, 4, 30), name="Nghỉ hoán đổi",
                                kind=HolidayKind.HOLIDAY, holiday=Holiday.objects.get(date=D(2027, 4, 30)))
    assert row.source == "admin"
    record = AuditRecord.objects.get(action="holiday.update")
    assert record.before is not None and record.after is not None
    assert record.before["name"] == "Ngày Chiến thắng (30/4)" and record.after["name"] == "Nghỉ hoán đổi"
    calendar.holiday_delete(by=world.admin, holiday=row)
    deleted = AuditRecord.objects.get(action="holiday.delete")
    assert deleted.before is not None and deleted.before["date"] == "2027-04-30"


@pytest.mark.django_db
def test_only_admins_may_change_holidays(world: World) -> None:
    with pytest.raises(PermissionDenied):
        calendar.holiday_save(by=world.focal, date=D(2025, 6, 2), name="x")
    with pytest.raises(PermissionDenied):
        calendar.holiday_delete(by=world.leader, holiday=Holiday.objects.get(date=D(2025, 9, 2)))
    assert not Holiday.objects.filter(date=D(2025, 6, 2)).exists()


# --- The admin page ---------------------------------------------------------------------------------------------

URL = "/can-bo/he-thong/lich-nghi/"


@pytest.mark.django_db
def test_admin_sees_the_yearly_table_with_forms(world: World, login: Callable[[Any], Any],
                                                django_assert_max_num_queries: Any) -> None:
    client = login(world.admin)
    with django_assert_max_num_queries(6):  # session, user, the year's rows, the calendar
        response = client.get(URL, {"year": 2025})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Tết Nguyên đán (mùng 1)" in html and "29/01/2025" in html
    assert 'name="action" value="delete"' in html and 'name="action" value="save"' in html
    assert reverse("core:holidays") == URL


@pytest.mark.django_db
def test_admin_adds_a_bridge_day_and_a_working_saturday(world: World, login: Callable[[Any], Any]) -> None:
    client = login(world.admin)
    response = client.post(URL, {"action": "save", "date": "2027-05-04", "name": "Nghỉ hoán đổi",
                                 "kind": "holiday", "year": "2027"})
    assert response.status_code == 302 and response["Location"].endswith("?year=2027")
    response = client.post(URL, {"action": "save", "date": "08/05/2027", "name": "Làm bù", "kind": "workday"})
    assert response.status_code == 302
    assert not is_working_day(D(2027, 5, 4)) and is_working_day(D(2027, 5, 8))
    assert Holiday.objects.get(date=D(2027, 5, 8)).kind == HolidayKind.WORKDAY


@pytest.mark.django_db
def test_admin_edits_and_deletes_a_day(world: World, login: Callable[[Any], Any]) -> None:
    client = login(world.admin)
    row = Holiday.objects.get(date=D(2025, 9, 1))
    assert client.get(URL, {"year": 2025, "edit": row.pk}).status_code == 200
    response = client.post(URL, {"action": "save", "id": row.pk, "date": "2025-09-03", "name": "Quốc khánh (liền kề)",
                                 "kind": "holiday"})
    assert response.status_code == 302
    row.refresh_from_db()
    assert row.date == D(2025, 9, 3) and row.source == "admin"
    response = client.post(URL, {"action": "delete", "id": row.pk})
    assert response.status_code == 302
    assert not Holiday.objects.filter(pk=row.pk).exists()


@pytest.mark.django_db
def test_page_rejects_a_duplicate_date_and_a_weekday_workday(world: World, login: Callable[[Any], Any]) -> None:
    client = login(world.admin)
    response = client.post(URL, {"action": "save", "date": "2025-09-02", "name": "Trùng", "kind": "holiday"})
    assert response.status_code == 200 and "đã có trong lịch" in response.content.decode()
    response = client.post(URL, {"action": "save", "date": "2025-06-04", "name": "Sai", "kind": "workday"})
    assert response.status_code == 200 and "thứ Bảy hoặc Chủ nhật" in response.content.decode()
    assert not Holiday.objects.filter(date=D(2025, 6, 4)).exists()


@pytest.mark.django_db
def test_other_staff_see_the_table_but_cannot_change_it(world: World, login: Callable[[Any], Any]) -> None:
    client = login(world.focal)
    response = client.get(URL, {"year": 2025})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Tết Nguyên đán (mùng 1)" in html and 'value="delete"' not in html and 'value="save"' not in html
    row = Holiday.objects.get(date=D(2025, 9, 1))
    assert client.post(URL, {"action": "delete", "id": row.pk}).status_code == 403
    assert client.post(URL, {"action": "save", "date": "2025-06-04", "name": "x", "kind": "holiday"}).status_code == 403
    assert Holiday.objects.filter(pk=row.pk).exists() and not Holiday.objects.filter(date=D(2025, 6, 4)).exists()


@pytest.mark.django_db
def test_anonymous_visitors_are_sent_to_login(client: Any) -> None:
    response = client.get(URL)
    assert response.status_code == 302 and "next=" in response["Location"]
    assert client.post(URL, {"action": "save", "date": "2025-06-04", "name": "x"}).status_code == 302
    assert not Holiday.objects.filter(date=D(2025, 6, 4)).exists()


@pytest.mark.django_db
def test_a_bad_year_falls_back_to_this_year(world: World, login: Callable[[Any], Any]) -> None:
    response = login(world.admin).get(URL, {"year": "abc"})
    assert response.status_code == 200


@pytest.mark.django_db
def test_the_cache_expires_for_changes_made_by_other_processes(monkeypatch: pytest.MonkeyPatch) -> None:
    day = D(2025, 6, 2)
    assert is_working_day(day)
    Holiday.objects.bulk_create([Holiday(date=day, name="Từ tiến trình khác")])  # no signal, as from another worker
    assert is_working_day(day)  # still the cached table
    monkeypatch.setattr(calendar, "CACHE_SECONDS", -1.0)
    assert not is_working_day(day)
