from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from pbgdpl.core.models import AuditRecord
from pbgdpl.plans import selectors, services
from pbgdpl.plans.models import Assignment, Plan, PlanStatus, Task, TaskState
from pbgdpl.plans.periods import normalise_timeframe
from pbgdpl.plans.tests.factories import province_plan, science_task

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def issued(world, plan: Plan) -> Plan:
    return services.plan_transition(by=world.admin, plan=plan, name="issue")


# --- Plans --------------------------------------------------------------------------------------

def test_it_formats_the_number_with_the_unit_abbreviation(world):
    plan = services.plan_create(by=world.admin, unit=world.council, title="Đề án 977 năm 2024", number=7, year=2024,
                                programme="977")
    assert plan.number_symbol == "07/KH-HĐPH"


def test_it_suggests_the_next_free_number_per_unit_and_year(world):
    province_plan(world, number=162)
    assert services.next_free_number(unit=world.province, year=2024, symbol="KH-UBND") == 163
    assert services.next_free_number(unit=world.province, year=2025, symbol="KH-UBND") == 1
    assert services.next_free_number(unit=world.science, year=2024, symbol="KH-SKHCN") == 1


def test_it_refuses_a_number_already_used_by_the_unit_that_year(world):
    province_plan(world, number=162)
    with pytest.raises(ValidationError) as error:
        province_plan(world, number=162, title="Khác")
    assert "163" in str(error.value)
    province_plan(world, number=162, year=2025, title="Năm sau")  # numbers restart every year


def test_it_keeps_legal_bases_and_links_cited_plans(world):
    parent = province_plan(world)
    child = services.plan_create(
        by=world.admin, unit=world.council, title="Triển khai", number=7, year=2024, parent=parent,
        legal_bases=["Kế hoạch số 162/KH-UBND ngày 27/9/2022 của UBND tỉnh", "Quyết định số 977/QĐ-TTg ngày 11/8/2022"],
    )
    bases = list(child.legal_bases.all())
    assert [b.number for b in bases] == ["162/KH-UBND", "977/QĐ-TTg"]
    assert bases[0].cited_plan == parent
    assert bases[1].cited_plan is None


def test_a_focal_point_creates_plans_of_their_unit_only(world):
    services.plan_create(by=world.focal, unit=world.science, title="KH PBGDPL", year=2024)
    services.plan_create(by=world.focal, unit=world.science_inspect, title="KH của Thanh tra", year=2024)
    with pytest.raises(PermissionDenied):
        services.plan_create(by=world.focal, unit=world.culture, title="Không được", year=2024)
    with pytest.raises(PermissionDenied):
        services.plan_create(by=world.staff, unit=world.science, title="Cán bộ không tạo", year=2024)


def test_the_lifecycle_is_guarded_and_audited(world):
    plan = services.plan_create(by=world.focal, unit=world.science, title="KH", year=2024, number=21,
                                date=dt.date(2024, 1, 26))
    plan = services.plan_transition(by=world.focal, plan=plan, name="submit")
    assert plan.status == PlanStatus.SUBMITTED
    with pytest.raises(ValidationError):
        services.plan_transition(by=world.leader, plan=plan, name="close")  # not issued yet
    with pytest.raises(PermissionDenied):
        services.plan_transition(by=world.outsider, plan=plan, name="issue")
    pdf = SimpleUploadedFile("ky.pdf", PDF, content_type="application/pdf")
    plan = services.plan_transition(by=world.focal, plan=plan, name="issue", signed_pdf=pdf)
    assert plan.status == PlanStatus.ISSUED and plan.signed_pdf.name.endswith(".pdf")
    with pytest.raises(PermissionDenied):
        services.plan_transition(by=world.focal, plan=plan, name="close")  # leaders close
    plan = services.plan_transition(by=world.leader, plan=plan, name="close")
    actions = list(AuditRecord.objects.filter(target_type="plans.plan", target_id=str(plan.pk))
                   .values_list("action", flat=True))
    assert {"plan.create", "plan.submit", "plan.issue", "plan.close"} <= set(actions)


def test_the_signed_pdf_must_be_a_pdf(world):
    plan = services.plan_create(by=world.focal, unit=world.science, title="KH", year=2024, number=3,
                                date=dt.date(2024, 1, 26))
    fake = SimpleUploadedFile("ky.pdf", b"MZ not a pdf", content_type="application/pdf")
    with pytest.raises(ValidationError):
        services.plan_transition(by=world.focal, plan=plan, name="issue", signed_pdf=fake)
    docx = SimpleUploadedFile("ky.docx", b"PK\x03\x04rest", content_type="application/pdf")
    with pytest.raises(ValidationError):
        services.plan_transition(by=world.focal, plan=plan, name="issue", signed_pdf=docx)
    plan.refresh_from_db()
    assert plan.status == PlanStatus.DRAFT


def test_an_upload_over_the_limit_is_refused(world, settings):
    settings.UPLOAD_MAX_BYTES = 10
    plan = services.plan_create(by=world.focal, unit=world.science, title="KH", year=2024, number=3,
                                date=dt.date(2024, 1, 26))
    with pytest.raises(ValidationError, match="quá lớn"):
        services.plan_transition(by=world.focal, plan=plan, name="issue",
                                 signed_pdf=SimpleUploadedFile("ky.pdf", PDF, content_type="application/pdf"))


def test_a_plan_with_reported_progress_cannot_be_deleted_only_archived(world):
    plan = province_plan(world)
    task = science_task(world, plan)
    issued(world, plan)
    services.task_report_progress(by=world.focal, task=task, unit=world.science, state="in_progress", percent=10)
    with pytest.raises(ValidationError, match="lưu trữ"):
        services.plan_delete(by=world.admin, plan=plan)
    services.plan_archive(by=world.admin, plan=plan)
    plan.refresh_from_db()
    assert plan.is_archived
    empty = province_plan(world, number=1, title="Trống")
    services.plan_delete(by=world.admin, plan=empty)
    assert not Plan.objects.filter(pk=empty.pk).exists()


# --- Tasks --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "due", "trigger"), [
    ("Năm 2024", dt.date(2024, 12, 31), False),
    ("Cả năm", dt.date(2024, 12, 31), False),
    ("Trong năm", dt.date(2024, 12, 31), False),
    ("Quý II, III/2022", dt.date(2022, 9, 30), False),
    ("Quý IV/2022 (theo hướng dẫn của Sở Tư pháp)", dt.date(2022, 12, 31), True),
    ("Cả năm; cao điểm từ ngày 01/11 đến ngày 09/11/2022", dt.date(2022, 12, 31), False),
    ("từ ngày 01/11 đến ngày 09/11/2022", dt.date(2022, 11, 9), False),
    ("Quý II, III/2022 (sau khi có các kế hoạch của Chủ tịch UBND tỉnh được ban hành)", dt.date(2022, 9, 30), True),
    ("Trong năm 2024, khi nhận được hướng dẫn, yêu cầu của Sở Tư pháp", dt.date(2024, 12, 31), True),
    ("Tháng 6/2024", dt.date(2024, 6, 30), False),
    ("trước ngày 01/6", dt.date(2024, 5, 31), False),
    ("2023-2030", dt.date(2030, 12, 31), False),
    ("", None, False),
])
def test_timeframes_normalise_to_a_due_date(text, due, trigger):
    parsed = normalise_timeframe(text, 2024)
    assert parsed.due_date == due
    assert parsed.triggered is trigger


def test_generic_groups_resolve_and_keep_the_text(world):
    plan = services.plan_create(by=world.focal, unit=world.science, title="KH", year=2024, date=dt.date(2024, 3, 1))
    task = services.task_create(by=world.focal, plan=plan, code="1", title="Tuyên truyền",
                                lead_text="Thanh tra Sở", coordinating_text="Các phòng, đơn vị", timeframe="Năm 2024")
    assert list(task.lead_units.all()) == [world.science_inspect]
    assert set(task.coordinating_units.all()) == {world.science_inspect, world.science_office}
    assert task.coordinating_text == "Các phòng, đơn vị"
    assert task.due_date == dt.date(2024, 12, 31)
    roles = dict(task.assignments.values_list("unit_id", "role"))
    assert roles[world.science_inspect.pk] == "lead" and roles[world.science_office.pk] == "coordinating"


def test_a_due_date_before_the_plan_date_is_refused_with_a_message(world):
    plan = province_plan(world)
    with pytest.raises(ValidationError) as error:
        science_task(world, plan, due_date=dt.date(2024, 1, 1))
    assert "trước ngày ban hành" in str(error.value)


def test_a_trigger_waits_until_fired_then_counts_working_days(world):
    plan = province_plan(world)
    task = science_task(world, plan, timeframe="Năm 2024, khi nhận được hướng dẫn của Sở Tư pháp", trigger_days=10)
    assert task.is_waiting and task.trigger_text
    assert selectors.bucket_of(task, dt.date(2025, 2, 1)) == "waiting"  # not overdue while waiting
    fired = services.task_fire_trigger(by=world.focal, task=task, on=dt.date(2024, 6, 3))  # a Monday
    assert not fired.is_waiting
    assert fired.due_date == dt.date(2024, 6, 17)  # 10 working days: two weeks, no holiday in June
    with pytest.raises(PermissionDenied):
        services.task_fire_trigger(by=world.outsider, task=task, on=dt.date(2024, 6, 3))


def test_standing_tasks_have_no_due_date_and_are_never_overdue(world):
    plan = province_plan(world)
    task = science_task(world, plan, code="III.1", standing=True, timeframe="Thường xuyên")
    assert task.due_date is None
    assert selectors.bucket_of(task, dt.date(2030, 1, 1)) == "not_started"


def test_saving_a_task_someone_else_changed_warns_instead_of_overwriting(world):
    plan = province_plan(world)
    task = science_task(world, plan)
    opened = task.version
    services.task_update(by=world.admin, task=task, version=opened, title="Sửa lần một")
    with pytest.raises(services.StaleEdit):
        services.task_update(by=world.admin, task=task, version=opened, title="Sửa đè")
    task.refresh_from_db()
    assert task.title == "Sửa lần một"


# --- Execution ----------------------------------------------------------------------------------

def test_only_the_assigned_unit_reports_on_its_task(world):
    plan = province_plan(world)
    task = science_task(world, plan)
    issued(world, plan)
    with pytest.raises(PermissionDenied):
        services.task_report_progress(by=world.outsider, task=task, unit=world.science, state="done", percent=100)
    with pytest.raises(PermissionDenied):
        services.task_report_progress(by=world.outsider, task=task, unit=world.culture, state="done", percent=100)
    with pytest.raises(PermissionDenied):  # the justice department coordinates; the science focal cannot speak for it
        services.task_report_progress(by=world.focal, task=task, unit=world.justice, state="done", percent=100)
    report = services.task_report_progress(by=world.leader, task=task, unit=world.science, state="in_progress",
                                           percent=30, note="Đã xây dựng đề cương")
    assert report.percent == 30


def test_reports_need_a_reason_when_not_done_and_check_evidence(world):
    plan = province_plan(world)
    task = science_task(world, plan)
    issued(world, plan)
    with pytest.raises(ValidationError):
        services.task_report_progress(by=world.focal, task=task, unit=world.science, state="not_done", percent=0)
    bad = SimpleUploadedFile("virus.exe", b"MZ", content_type="application/octet-stream")
    with pytest.raises(ValidationError):
        services.task_report_progress(by=world.focal, task=task, unit=world.science, state="in_progress", percent=5,
                                      files=[bad])
    good = SimpleUploadedFile("bien-ban.pdf", PDF, content_type="application/pdf")
    report = services.task_report_progress(by=world.focal, task=task, unit=world.science, state="in_progress",
                                           percent=50, files=[good], links=["https://skhcn.example.vn/tin/1"])
    assert report.evidence.get().original_name == "bien-ban.pdf"


def test_done_after_the_due_date_is_done_late_and_the_leader_approves(world):
    plan = province_plan(world)
    task = science_task(world, plan)  # due 30/9/2024
    issued(world, plan)
    services.task_report_progress(by=world.focal, task=task, unit=world.science, state="done", percent=100,
                                  on=dt.date(2024, 10, 5))
    task.refresh_from_db()
    assert task.state == TaskState.DONE_LATE and task.percent == 100
    with pytest.raises(PermissionDenied):
        services.task_approve(by=world.focal, task=task)  # leaders of the issuing unit approve
    province_leader = world.admin
    services.task_approve(by=province_leader, task=task)
    task.refresh_from_db()
    assert task.approved_at is not None


def test_reports_wait_for_the_plan_to_be_issued(world):
    plan = province_plan(world)
    task = science_task(world, plan)
    with pytest.raises(ValidationError, match="ban hành"):
        services.task_report_progress(by=world.focal, task=task, unit=world.science, state="in_progress", percent=5)


# --- Derivation and roll-up -------------------------------------------------------------------

def test_a_unit_derives_its_plan_and_progress_rolls_up(world):
    parent = province_plan(world)
    mine = science_task(world, parent, code="1")
    other = science_task(world, parent, code="2", lead_units=[world.culture], coordinating_units=[])
    issued(world, parent)
    derived = services.plan_derive(by=world.focal, parent=parent, unit=world.science, tasks=[mine],
                                   title="Triển khai Đề án 977 tại Sở KH&CN", number=21, date=dt.date(2024, 4, 1))
    assert derived.parent == parent
    copy = derived.tasks.get()
    assert copy.parent_plan_task == mine and copy.due_date == mine.due_date
    assert list(copy.lead_units.all()) == [world.science]
    assert other.derived_tasks.count() == 0
    services.task_update(by=world.focal, task=copy, version=copy.version, lead_units=[world.science_inspect],
                         coordinating_units=[world.science_office])
    issued(world, derived)
    services.task_report_progress(by=world.focal, task=copy, unit=world.science_inspect, state="in_progress", percent=60)
    rows = selectors.rollup(Task.objects.prefetch_related("derived_tasks__plan__unit").get(pk=mine.pk))
    assert [(r["unit"], r["percent"]) for r in rows] == [(world.science, 60)]
    # the department's part of the province's task follows its own plan
    part = Assignment.objects.get(task=mine, unit=world.science)
    assert (part.state, part.percent) == (TaskState.IN_PROGRESS, 60)
    mine.refresh_from_db()
    assert mine.percent == 60


def test_the_reviewer_above_sees_the_roll_up_and_outsiders_do_not(world):
    from pbgdpl.core import policy

    parent = province_plan(world)
    mine = science_task(world, parent)
    derived = services.plan_derive(by=world.focal, parent=parent, unit=world.science, tasks=[mine], title="Triển khai")
    assert policy.can(world.reviewer, "view", derived)
    assert policy.can(world.focal, "view", parent)  # it assigns a task to the science department
    assert not policy.can(world.outsider, "view", derived)
    assert not policy.can(world.commune_focal, "view", parent)
    visible = set(policy.visible(world.reviewer, Plan.objects.all()))
    assert visible == {parent, derived}
    assert set(policy.visible(world.outsider, Plan.objects.all())) == set()


def test_counts_put_each_task_in_one_bucket(world):
    plan = province_plan(world)
    done = science_task(world, plan, code="1")
    science_task(world, plan, code="2", timeframe="Quý II/2024")  # overdue in August
    science_task(world, plan, code="3", timeframe="khi có hướng dẫn của Sở Tư pháp")
    progressing = science_task(world, plan, code="4", timeframe="Năm 2024")
    issued(world, plan)
    services.task_report_progress(by=world.focal, task=done, unit=world.science, state="done", percent=100,
                                  on=dt.date(2024, 8, 1))
    services.task_report_progress(by=world.focal, task=progressing, unit=world.science, state="in_progress", percent=40)
    counts = selectors.counts_by_plan(Plan.objects.all(), dt.date(2024, 8, 1))[plan.pk]
    assert (counts.done, counts.overdue, counts.waiting, counts.in_progress, counts.total) == (1, 1, 1, 1, 4)
    assert Assignment.objects.filter(task__plan=plan).count() == 8


def test_trigger_deadlines_skip_public_holidays(world):
    plan = province_plan(world)
    task = science_task(world, plan, timeframe="khi có hướng dẫn của Sở Tư pháp", trigger_days=3)
    fired = services.task_fire_trigger(by=world.admin, task=task, on=dt.date(2024, 4, 29))
    # 30/4 and 1/5 are holidays; Saturday 4/5/2024 was a make-up working day in the 2024 schedule
    assert fired.due_date == dt.date(2024, 5, 4)


def test_the_leader_is_asked_to_approve_when_a_task_is_done(world):
    from pbgdpl.plans.models import Notification

    plan = services.plan_create(by=world.focal, unit=world.science, title="KH", year=2024, number=5,
                                date=dt.date(2024, 2, 1))
    task = services.task_create(by=world.focal, plan=plan, code="1", title="Hội nghị", lead_units=[world.science_inspect],
                                coordinating_units=[], timeframe="Năm 2024")
    services.plan_transition(by=world.focal, plan=plan, name="issue")
    services.task_report_progress(by=world.focal, task=task, unit=world.science_inspect, state="done", percent=100)
    note = Notification.objects.get(user=world.leader)
    assert "Chờ phê duyệt" in note.title and note.url.endswith(f"/{task.pk}/")
    assert not Notification.objects.filter(user=world.outsider).exists()


def test_a_unit_name_shared_by_departments_resolves_inside_the_issuing_unit(world):
    from pbgdpl.core.testing import make_unit
    from pbgdpl.org.models import UnitType

    make_unit("Văn phòng Sở", world.justice, type=UnitType.INTERNAL)  # the justice department has one too
    plan = services.plan_create(by=world.focal, unit=world.science, title="KH", year=2024, date=dt.date(2024, 3, 1))
    task = services.task_create(by=world.focal, plan=plan, code="1", title="Bảo đảm kinh phí", lead_text="Văn phòng Sở")
    assert list(task.lead_units.all()) == [world.science_office]


def test_saving_a_plan_someone_else_changed_warns(world):
    plan = province_plan(world)
    opened = plan.version
    services.plan_update(by=world.admin, plan=plan, version=opened, title="Tiêu đề mới")
    with pytest.raises(services.StaleEdit):
        services.plan_update(by=world.admin, plan=plan, version=opened, title="Ghi đè")
    plan.refresh_from_db()
    assert plan.title == "Tiêu đề mới"
    assert AuditRecord.objects.filter(action="plan.update", target_id=str(plan.pk)).count() == 1


def test_deriving_keeps_the_numbering_tree_of_the_picked_tasks(world):
    parent = province_plan(world)
    heading = science_task(world, parent, code="2", title="Nâng cao nhận thức")
    child = science_task(world, parent, code="2.1", title="Thông tin trên Cổng", parent=heading)
    derived = services.plan_derive(by=world.focal, parent=parent, unit=world.science, tasks=[heading, child],
                                   title="Triển khai")
    copies = {t.code: t for t in derived.tasks.all()}
    assert copies["2.1"].parent == copies["2"]
    assert copies["2.1"].parent_plan_task == child


def test_a_derived_plan_gets_a_first_wording_of_its_title(world):
    parent = province_plan(world, title="Triển khai thực hiện Đề án 977 năm 2024 trên địa bàn tỉnh")
    assert selectors.derived_title(parent, world.science) == (
        "Triển khai thực hiện Đề án 977 năm 2024 tại Sở Khoa học và Công nghệ")
    other = province_plan(world, number=5, title="Công tác PBGDPL năm 2024")
    assert selectors.derived_title(other, None) == "Triển khai công tác PBGDPL năm 2024"


def test_issuing_tells_the_lead_units_focal_points(world):
    from pbgdpl.plans.models import Notification

    plan = province_plan(world)
    science_task(world, plan, code="1")
    science_task(world, plan, code="2")
    issued(world, plan)
    notes = list(Notification.objects.filter(user=world.focal))
    assert len(notes) == 1 and "162/KH-UBND" in notes[0].title and "2 nhiệm vụ" in notes[0].body
    assert not Notification.objects.filter(user=world.outsider).exists()
