"""The criteria sets shipped with the platform, loaded by a data migration (an admin can change them).

- ``tt03-2018``: the structure of TT 03/2018/TT-BTP for agencies (five groups: state management; carrying out
  the activities; conditions — staff and funding; effect; other). The groups follow the circular; the
  indicators under them are condensed and their points and bands are NOT checked against the circular's
  annex: every such value is marked ``unconfirmed`` and noted "(unconfirmed)" here.
- ``qd25-2021``: the commune legal-access standard of QĐ 25/2021/QĐ-TTg (five criteria, 100 points;
  recognised with total ≥ 80, every criterion ≥ 50% of its maximum and no disqualifying event; the draft score
  is published for 5 working days, TT 09/2021/TT-BTP). The split of points between criteria and indicators is
  (unconfirmed).
"""

from __future__ import annotations

from typing import Any

U = True  # (unconfirmed) point values and bands

SHARE_4 = [{"min": 85, "points": 4}, {"min": 70, "points": 3}, {"min": 50, "points": 2}, {"min": 1, "points": 1}]

# (group code, group name, [(criterion code, criterion name, [(code, name, max, bands, source, unconfirmed)])])
TT03: list[tuple[str, str, list[tuple[str, str, list[tuple[str, str, int, list[dict[str, Any]], str, bool]]]]]] = [
    ("1", "Công tác quản lý nhà nước về phổ biến, giáo dục pháp luật", [
        ("1.1", "Ban hành văn bản chỉ đạo, kế hoạch", [
            ("1.1.1", "Ban hành kịp thời kế hoạch PBGDPL năm", 4, [], "manual", U),
            ("1.1.2", "Tỷ lệ nhiệm vụ trong kế hoạch hoàn thành đúng hạn (%)", 4, SHARE_4, "tasks_on_time", U),
        ]),
        ("1.2", "Kiểm tra, sơ kết, tổng kết, báo cáo", [
            ("1.2.1", "Gửi báo cáo PBGDPL đầy đủ, đúng hạn", 4, [], "manual", U),
        ]),
    ]),
    ("2", "Thực hiện hoạt động phổ biến, giáo dục pháp luật", [
        ("2.1", "Phổ biến pháp luật cho cán bộ, công chức, viên chức, người lao động", [
            ("2.1.1", "Tỷ lệ cán bộ, công chức, viên chức được phổ biến, tập huấn (%)", 4, SHARE_4,
             "staff_trained", U),
        ]),
        ("2.2", "Phổ biến pháp luật cho người dân, doanh nghiệp và các nhóm đối tượng", [
            ("2.2.1", "Tỷ lệ nhóm đối tượng được phổ biến trong năm (%)", 4, SHARE_4, "audiences_reached", U),
            ("2.2.2", "Số nhóm đối tượng đặc thù được phổ biến", 4,
             [{"min": 3, "points": 4}, {"min": 2, "points": 3}, {"min": 1, "points": 2}], "special_audiences", U),
            ("2.2.3", "Số hoạt động PBGDPL trong năm", 4,
             [{"min": 50, "points": 4}, {"min": 20, "points": 3}, {"min": 10, "points": 2}, {"min": 1, "points": 1}],
             "activities", U),
        ]),
    ]),
    ("3", "Điều kiện bảo đảm: đội ngũ, kinh phí", [
        ("3.1", "Đội ngũ", [
            ("3.1.1", "Có người làm công tác PBGDPL được bồi dưỡng nghiệp vụ trong năm", 4, [], "manual", U),
        ]),
        ("3.2", "Kinh phí", [
            ("3.2.1", "Bố trí kinh phí bảo đảm cho công tác PBGDPL", 4, [], "manual", U),
        ]),
    ]),
    ("4", "Hiệu quả công tác phổ biến, giáo dục pháp luật", [
        ("4.1", "Mức độ hiểu biết, chấp hành pháp luật", [
            ("4.1.1", "Tỷ lệ người được khảo sát tự tìm hiểu pháp luật (%)", 4, SHARE_4, "manual", U),
            ("4.1.2", "Không có cán bộ, công chức bị xử lý kỷ luật do vi phạm pháp luật", 4, [], "manual", U),
        ]),
    ]),
    ("5", "Tiêu chí khác", [
        ("5.1", "Sáng kiến, mô hình, ứng dụng công nghệ thông tin", [
            ("5.1.1", "Có mô hình, cách làm hiệu quả hoặc ứng dụng công nghệ thông tin", 4, [], "manual", U),
        ]),
    ]),
]
TT03_RATING = [{"min": 40, "label": "Tốt (unconfirmed)"}, {"min": 30, "label": "Khá (unconfirmed)"},
               {"min": 20, "label": "Trung bình (unconfirmed)"}, {"min": 0, "label": "Chưa đạt (unconfirmed)"}]

QD25 = [
    ("TC1", "Ban hành văn bản theo thẩm quyền để tổ chức thực hiện nhiệm vụ quản lý nhà nước", [
        ("1.1", "Ban hành văn bản đúng thẩm quyền, nội dung, thủ tục", [
            ("1.1.1", "Văn bản ban hành đúng thẩm quyền, nội dung, hình thức và thủ tục", 10, [], "manual", U)]),
    ]),
    ("TC2", "Tiếp cận thông tin, phổ biến, giáo dục pháp luật", [
        ("2.1", "Công khai, cung cấp thông tin", [
            ("2.1.1", "Công khai thông tin đầy đủ, kịp thời theo quy định", 10, [], "manual", U)]),
        ("2.2", "Phổ biến, giáo dục pháp luật", [
            ("2.2.1", "Tỷ lệ nhóm đối tượng được phổ biến pháp luật (%)", 10,
             [{"min": 85, "points": 10}, {"min": 70, "points": 7}, {"min": 50, "points": 5}], "audiences_reached", U),
            ("2.2.2", "Tủ sách pháp luật, thông tin trên loa, cổng thông tin", 10, [], "manual", U)]),
    ]),
    ("TC3", "Hòa giải ở cơ sở, trợ giúp pháp lý", [
        ("3.1", "Hòa giải ở cơ sở", [("3.1.1", "Tỷ lệ vụ việc hòa giải thành (%)", 10,
                                     [{"min": 80, "points": 10}, {"min": 60, "points": 7}, {"min": 40, "points": 5}],
                                     "manual", U)]),
        ("3.2", "Trợ giúp pháp lý", [("3.2.1", "Người thuộc diện trợ giúp pháp lý được hỗ trợ khi có yêu cầu", 10, [],
                                      "manual", U)]),
    ]),
    ("TC4", "Thực hiện dân chủ ở cơ sở", [
        ("4.1", "Công khai, bàn và quyết định, tham gia ý kiến, kiểm tra, giám sát", [
            ("4.1.1", "Thực hiện đầy đủ nội dung dân chủ ở cơ sở", 20, [], "manual", U)]),
    ]),
    ("TC5", "Bảo đảm an ninh, trật tự, an toàn xã hội, phòng chống bạo lực gia đình", [
        ("5.1", "An ninh, trật tự", [("5.1.1", "Không để xảy ra vụ việc phức tạp, kéo dài", 10, [], "manual", U)]),
        ("5.2", "Phòng, chống bạo lực gia đình", [("5.2.1", "Vụ việc bạo lực gia đình được phát hiện, xử lý kịp thời", 10,
                                                  [], "manual", U)]),
    ]),
]
QD25_DISQUALIFIERS = [
    "Người đứng đầu cấp ủy, chính quyền cấp xã bị xử lý kỷ luật trong năm (unconfirmed wording)",
    "Có cán bộ, công chức cấp xã bị truy cứu trách nhiệm hình sự do vi phạm pháp luật trong khi thi hành công vụ "
    "(unconfirmed wording)",
]


def _load(models: Any, *, code: str, name: str, legal_basis: str, kind: str, structure: list[Any],
          **extra: Any) -> None:
    cset, created = models["CriteriaSet"].objects.get_or_create(
        code=code, defaults={"name": name, "legal_basis": legal_basis, "kind": kind, **extra})
    if not created:
        return
    for gpos, (gcode, gname, criteria) in enumerate(structure, start=1):
        group = models["Group"].objects.create(criteria_set=cset, code=gcode, name=gname, position=gpos)
        for cpos, (ccode, cname, indicators) in enumerate(criteria, start=1):
            crit = models["Criterion"].objects.create(group=group, code=ccode, name=cname, position=cpos)
            for ipos, (icode, iname, maximum, bands, source, unconfirmed) in enumerate(indicators, start=1):
                models["Indicator"].objects.create(criterion=crit, code=icode, name=iname, max_points=maximum,
                                                   bands=bands, source=source, unconfirmed=unconfirmed,
                                                   position=ipos)


def seed(models: Any) -> None:
    _load(models, code="tt03-2018", name="Bộ tiêu chí đánh giá hiệu quả công tác PBGDPL (cơ quan, đơn vị)",
          legal_basis="Thông tư 03/2018/TT-BTP", kind="agency", structure=TT03, rating_bands=TT03_RATING,
          note="Cấu trúc năm nhóm theo Thông tư 03/2018/TT-BTP; điểm và thang điểm (unconfirmed).")
    _load(models, code="qd25-2021", name="Chuẩn tiếp cận pháp luật của xã, phường, đặc khu",
          legal_basis="Quyết định 25/2021/QĐ-TTg; Thông tư 09/2021/TT-BTP", kind="commune", structure=QD25,
          pass_total=80, min_group_share=50, disqualifiers=QD25_DISQUALIFIERS, publish_working_days=5,
          note="Năm tiêu chí, 100 điểm; điểm của từng tiêu chí, chỉ tiêu (unconfirmed).")
