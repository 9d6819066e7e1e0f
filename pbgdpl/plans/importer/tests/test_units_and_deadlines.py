import datetime as dt

import pytest

from pbgdpl.plans.importer.extractor import extract
from pbgdpl.plans.importer.periods import deadline, on_request
from pbgdpl.plans.importer.units import split_units


@pytest.mark.parametrize(
    ("written", "names"),
    [
        ("Sở Văn hóa, Thể thao và Du lịch, Sở Tư pháp", ["Sở Văn hóa, Thể thao và Du lịch", "Sở Tư pháp"]),
        (
            "UBND các huyện, thị xã, thành phố; Công an tỉnh",
            ["UBND các huyện, thị xã, thành phố", "Công an tỉnh"],
        ),
        (
            "Các phòng, đơn vị; cá nhân, tổ chức có liên quan",
            ["Các phòng, đơn vị", "cá nhân, tổ chức có liên quan"],
        ),
        ("Sở Tài chính, Sở Tư pháp và Sở Nội vụ", ["Sở Tài chính", "Sở Tư pháp", "Sở Nội vụ"]),
        ("Sở Khoa học và Công nghệ", ["Sở Khoa học và Công nghệ"]),
        ("Văn phòng HĐND và UBND huyện", ["Văn phòng HĐND và UBND huyện"]),
        (
            "Phòng Hành chính - Tổng hợp tham mưu Giám đốc Sở (sau khi có văn bản)",
            ["Phòng Hành chính - Tổng hợp"],
        ),
        ("Các sở, ban, ngành, đoàn thể tỉnh", ["Các sở, ban, ngành, đoàn thể tỉnh"]),
        ("Sở Tư pháp, các cơ quan, đơn vị có liên quan", ["Sở Tư pháp", "các cơ quan, đơn vị có liên quan"]),
        ("Tỉnh đoàn\nCông an tỉnh\nSở Tư pháp", ["Tỉnh đoàn", "Công an tỉnh", "Sở Tư pháp"]),
        ("Phòng Nội vụ, UBND\ncác xã, thị trấn", ["Phòng Nội vụ", "UBND các xã, thị trấn"]),
    ],
)
def test_it_splits_unit_lists_as_written(written: str, names: list[str]) -> None:
    assert split_units(written) == names


@pytest.mark.parametrize(
    ("timeframe", "due"),
    [
        ("Năm 2024", dt.date(2024, 12, 31)),
        ("Cả năm", dt.date(2022, 12, 31)),
        ("Trong năm", dt.date(2022, 12, 31)),
        ("Quý II/2022", dt.date(2022, 6, 30)),
        ("Quý II, III/2022 (sau khi có các kế hoạch)", dt.date(2022, 9, 30)),
        ("Cả năm; cao điểm từ ngày 01/11 đến ngày 09/11/2022", dt.date(2022, 12, 31)),
        ("Từ ngày 01/8 đến ngày 15/9/2023", dt.date(2023, 9, 15)),
        ("Tháng 4 - tháng 5/2024", dt.date(2024, 5, 31)),
        ("Trước ngày 30/10/2025", dt.date(2025, 10, 30)),
        ("6 tháng đầu năm", dt.date(2022, 6, 30)),
        ("Dịp Ngày Pháp luật (09/11)", dt.date(2022, 11, 9)),  # only the brackets hold a date
        ("Tháng 3, 6, 9, 12/2022", dt.date(2022, 12, 31)),  # a list of months: the last one
        ("Các tháng 3, 6 và 9", dt.date(2022, 9, 30)),
        ("Quý I/2022 và Quý III/2022", dt.date(2022, 9, 30)),  # each quarter with its year: the last
        ("Tháng 6 và Quý IV", dt.date(2022, 12, 31)),
        ("Quý II/2022 (dự kiến tháng 5)", dt.date(2022, 6, 30)),  # the brackets only add a detail
        ("Theo Kế hoạch hoạt động của Hội đồng", dt.date(2022, 12, 31)),
        # each month in its own year: the range ends with the later one, not with the larger month number
        ("Từ tháng 9/2022 đến tháng 5/2023", dt.date(2023, 5, 31)),
        (None, dt.date(2022, 12, 31)),
    ],
)
def test_it_reads_the_deadline_of_a_timeframe(timeframe: str | None, due: dt.date) -> None:
    assert deadline(timeframe, 2022) == due


@pytest.mark.parametrize(
    ("timeframe", "expected"),
    [
        ("Năm 2024, khi nhận được hướng dẫn, yêu cầu của Sở Tư pháp", True),
        ("Quý II/2022 (theo đề nghị của Sở Tư pháp)", True),
        ("Sau khi có văn bản của UBND tỉnh", True),
        ("Khi được Bộ Giáo dục và Đào tạo yêu cầu", True),
        ("Cả năm; cao điểm từ ngày 01/11 đến ngày 09/11/2022", False),
        ("Quý IV/2025", False),
        # the agency's own plan of a kind of work for the year is no outside event; someone else's plan is
        ("Theo kế hoạch bồi dưỡng năm 2027", False),
        ("Theo kế hoạch tuyển sinh năm học 2026-2027", False),
        ("Theo kế hoạch của Sở Giáo dục năm 2027", True),
    ],
)
def test_it_tells_when_a_timeframe_waits_for_an_outside_event(timeframe: str, expected: bool) -> None:
    assert on_request(timeframe) is expected


def test_it_falls_back_on_the_shared_period_parser() -> None:
    assert deadline("Giai đoạn 2023-2030", 2024) == dt.date(2030, 12, 31)


@pytest.mark.parametrize(
    ("timeframe", "due"),
    [
        # a recurring or whole-year timeframe with a peak or a focus: the work goes on to the year end
        ("Hằng tháng; cao điểm tháng 11/2022", dt.date(2022, 12, 31)),
        ("Hàng quý; trọng tâm Quý II/2022", dt.date(2022, 12, 31)),
        ("Thường xuyên; cao điểm dịp Ngày Pháp luật 09/11/2022", dt.date(2022, 12, 31)),
        ("Hằng năm, cao điểm từ ngày 01/11 đến ngày 09/11", dt.date(2022, 12, 31)),
        ("Định kỳ hằng tháng (cao điểm tháng 3/2022)", dt.date(2022, 12, 31)),
        ("Hằng tuần; tập trung trong tháng 6/2022", dt.date(2022, 12, 31)),
        ("Quanh năm; cao điểm tháng 9", dt.date(2022, 12, 31)),
        ("Cao điểm tháng 11/2022; duy trì thường xuyên", dt.date(2022, 12, 31)),
        ("Mỗi quý một lần; trọng tâm Quý III", dt.date(2022, 12, 31)),
        ("Thường xuyên (cao điểm tháng 11)", dt.date(2022, 12, 31)),
        # a dated part joined to a recurring one
        ("Tháng 01/2022 và hằng quý", dt.date(2022, 12, 31)),
        ("Quý I/2022, sau đó thường xuyên", dt.date(2022, 12, 31)),
        ("Tháng 3/2022 (duy trì hằng tháng)", dt.date(2022, 12, 31)),
        # not recurring: the peak or the month is the deadline
        ("Trong tháng 11 hằng năm", dt.date(2022, 11, 30)),
        ("Tháng 6/2022; báo cáo hằng năm", dt.date(2022, 6, 30)),
        ("Tháng 11/2022; duy trì chuyên mục đến hết Quý I/2023", dt.date(2023, 3, 31)),
        ("Tháng 11/2022 (cao điểm)", dt.date(2022, 11, 30)),
        ("Cao điểm tháng 11/2022", dt.date(2022, 11, 30)),
    ],
)
def test_a_recurring_timeframe_with_a_peak_ends_with_the_year(timeframe: str, due: dt.date) -> None:
    assert deadline(timeframe, 2022) == due


def test_a_sentence_holding_only_a_time_after_a_prose_assignment_is_its_deadline() -> None:
    text = """KẾ HOẠCH
Hưởng ứng Ngày Pháp luật năm 2026
Cao Lãnh, ngày 05 tháng 10 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao ý thức chấp hành pháp luật của công chức.
II. NỘI DUNG
1. Tổ chức tọa đàm về Luật Tổ chức chính quyền địa phương
Phòng Nội vụ chủ trì chuẩn bị nội dung tọa đàm; Văn phòng phối hợp bố trí hội trường. Hoàn thành trước \
ngày 25/10/2026.
2. Rà soát văn bản hết hiệu lực
Phòng Tư pháp chủ trì rà soát, công bố danh mục. Trong tháng 12/2026.
III. TỔ CHỨC THỰC HIỆN
Các phòng triển khai thực hiện.
"""
    tasks = extract(text.replace("\\\n", "").encode(), "plan.txt")["tasks"]
    assert [(t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks] == [
        (["Phòng Nội vụ"], ["Văn phòng"], "2026-10-25"),
        (["Phòng Tư pháp"], [], "2026-12-31"),
    ]


@pytest.mark.parametrize(
    ("timeframe", "expected"),
    [
        ("Theo kế hoạch thanh tra năm 2026, hoàn thành trước ngày 15/11/2026", False),
        ("Theo kế hoạch kiểm tra 2026 của Sở", False),
        ("Theo kế hoạch của UBND tỉnh", True),
        ("Theo kế hoạch thanh tra của Thanh tra tỉnh", True),
    ],
)
def test_the_agency_s_own_yearly_inspection_plan_is_not_an_outside_event(timeframe: str, expected: bool) -> None:
    assert on_request(timeframe) is expected


# Timeframes plans write, in a plan for 2026: (timeframe, deadline, waits for an outside event)
_PHRASINGS = [
    ('Quý I/2026', '2026-03-31', False),
    ('Quý I đến hết Quý III/2026', '2026-09-30', False),
    ('Từ Quý I đến hết Quý III', '2026-09-30', False),
    ('Quý I - Quý II/2026', '2026-06-30', False),
    ('6 tháng đầu năm 2026', '2026-06-30', False),
    ('6 tháng cuối năm', '2026-12-31', False),
    ('9 tháng đầu năm', '2026-09-30', False),
    ('Tháng 9 - 10/2026', '2026-10-31', False),
    ('Tháng 10, 11/2026', '2026-11-30', False),
    ('Sơ kết: tháng 6/2026; tổng kết: tháng 12/2026', '2026-12-31', False),
    ('Sơ kết trước ngày 15/6/2026; tổng kết trước ngày 15/12/2026', '2026-12-15', False),
    ('Sơ kết 6 tháng đầu năm; tổng kết cuối năm', '2026-12-31', False),
    ('Chậm nhất ngày 30/11/2026', '2026-11-30', False),
    ('Chậm nhất 15 ngày kể từ ngày Luật có hiệu lực', '2026-12-31', True),
    ('Trong vòng 10 ngày kể từ ngày nhận được văn bản', '2026-12-31', True),
    ('Trong thời hạn 05 ngày làm việc kể từ ngày ký', '2026-12-31', True),
    ('Trong 30 ngày kể từ khi Kế hoạch được ban hành', '2026-12-31', True),
    ('Kể từ ngày 01/7/2026', '2026-12-31', False),
    ('Trước ngày 20/11/2026 (gửi Sở Tư pháp)', '2026-11-20', False),
    ('Năm 2026, gửi báo cáo trước ngày 05/12/2026', '2026-12-05', False),
    ('Trong năm 2026, hoàn thành chậm nhất ngày 30/9/2026', '2026-09-30', False),
    ('Thường xuyên', '2026-12-31', False),
    ('Hằng tháng', '2026-12-31', False),
    ('Định kỳ hằng quý', '2026-12-31', False),
    ('Tháng 11/2026 (cao điểm từ ngày 01/11 đến ngày 09/11)', '2026-11-30', False),
    ('Dịp Ngày Pháp luật 09/11/2026', '2026-11-09', False),
    # a month, then the observance day the work marks: the day's date names the event, the month is the time
    ('Tháng 11/2026, hưởng ứng Ngày Pháp luật Việt Nam 09/11', '2026-11-30', False),
    ('Quý II/2026 - nhân dịp Ngày Gia đình Việt Nam 28/6', '2026-06-30', False),
    ('Ngày 09/11/2026, hưởng ứng Ngày Pháp luật', '2026-11-09', False),
    ('Tháng 11/2026, mít tinh nhân ngày 09/11', '2026-11-09', False),  # no named day: the date is the work's
    ('Ngày 09 tháng 11 năm 2026', '2026-11-09', False),
    ('Từ ngày 01/11/2026 đến ngày 15/11/2026', '2026-11-15', False),
    ('01/11 - 15/11/2026', '2026-11-15', False),
    ('Từ tháng 5 đến tháng 7/2026', '2026-07-31', False),
    ('Quý II, III/2026', '2026-09-30', False),
    ('Quý II và Quý IV năm 2026', '2026-12-31', False),
    ('Tháng 3/2026 và tháng 9/2026', '2026-09-30', False),
    ('Đợt 1: tháng 4/2026; đợt 2: tháng 10/2026', '2026-10-31', False),
    ('Cả năm học (từ tháng 9/2026 đến tháng 5/2027)', '2027-05-31', False),
    ('Năm học 2026 - 2027', '2026-12-31', False),  # the plan year's end, as the plan counts it
    ('Học kỳ II năm học 2025 - 2026', '2026-05-31', False),
    ('Học kỳ I năm học 2026 - 2027', '2027-01-31', False),
    ('Khi có văn bản hướng dẫn của Bộ Tư pháp', '2026-12-31', True),
    ('Theo đề nghị của Sở Tư pháp', '2026-12-31', True),
    ('Ngay sau khi Nghị định được ban hành', '2026-12-31', True),
    ('Sau khi Luật được Quốc hội thông qua, trong Quý IV/2026', '2026-12-31', True),
    ('khi tiếp công dân và giải quyết đơn thư; thường xuyên', '2026-12-31', False),
    ('Thường xuyên, khi làm việc với người dân', '2026-12-31', False),
    ('Quý III/2026 (theo lịch của Ban Tổ chức)', '2026-09-30', True),
    ('Trước 31/3/2026', '2026-03-31', False),
    ('Đến hết tháng 6/2026', '2026-06-30', False),
    ('Đến hết năm 2026', '2026-12-31', False),
    ('Từ nay đến hết Quý II/2026', '2026-06-30', False),
    ('Cuối tháng 12/2026', '2026-12-31', False),
    ('Tháng 02/2027', '2027-02-28', False),
    ('Quý IV/2026 và Quý I/2027', '2027-03-31', False),
    ('Hoàn thành trước ngày 15 tháng 10 năm 2026', '2026-10-15', False),
    ('Quý I hằng năm', '2026-03-31', False),
    ('Trước ngày 15/12 hằng năm', '2026-12-15', False),
    ('6 tháng đầu năm và cả năm', '2026-12-31', False),
    ('Trong tháng 01/2026 và duy trì thường xuyên', '2026-12-31', False),
    ('Từ tháng 3/2026', '2026-12-31', False),
    ('Thường xuyên; hoàn thành trước ngày 15/12/2026', '2026-12-31', False),
    ('Trước 15/11', '2026-11-15', False),
    ('Hạn chót: 30/9/2026', '2026-09-30', False),
    ('Trong tháng 11/2026 (cao điểm: 01/11 - 09/11)', '2026-11-30', False),
    ('Tháng 11 năm 2026', '2026-11-30', False),
    ('Ngày 09/11 hằng năm', '2026-11-09', False),
    ('Quý 3/2026', '2026-09-30', False),
    ('quý III năm 2026', '2026-09-30', False),
    ('Quý II - III năm 2026', '2026-09-30', False),
    ('Từ Quý II/2026 đến Quý I/2027', '2027-03-31', False),
    ('Tháng 12/2026 (tổng kết)', '2026-12-31', False),
    ('Giữa tháng 6/2026', '2026-06-30', False),
    ('Cuối Quý II/2026', '2026-06-30', False),
    ('Tuần thứ hai của tháng 11/2026', '2026-11-30', False),
    ('Dịp 26/3/2026 (kỷ niệm ngày thành lập Đoàn)', '2026-03-26', False),
    ('Tháng 01 năm 2027', '2027-01-31', False),
    ('Sau khi Kế hoạch được phê duyệt', '2026-12-31', True),
    ('Định kỳ 6 tháng, 01 năm', '2026-12-31', False),
    ('6 tháng/lần', '2026-12-31', False),
    ('02 lần/năm (tháng 6 và tháng 12)', '2026-12-31', False),
    ('Hằng năm, trước ngày 15/11', '2026-11-15', False),
    ('Tháng 6 và tháng 12 hằng năm', '2026-12-31', False),
    ('Từ ngày 01 - 09/11/2026', '2026-11-09', False),
    ('Ngày 01 đến ngày 09/11/2026', '2026-11-09', False),
    ('Từ 15/8 - 30/9/2026', '2026-09-30', False),
    ('Hoàn thành trong Quý I năm 2027', '2027-03-31', False),
    ('Năm 2026 và các năm tiếp theo', '2026-12-31', False),
    ('Ngay sau khi có Quyết định công nhận', '2026-12-31', True),
    ('Khi được cơ quan có thẩm quyền giao', '2026-12-31', True),
    ('Khi phát sinh vụ việc', '2026-12-31', True),
    ('Theo Kế hoạch của Hội đồng phối hợp', '2026-12-31', True),
    ('Theo chương trình công tác năm 2026 của Sở', '2026-12-31', False),
    ('Trong quý I và quý III hằng năm', '2026-09-30', False),
    ('Hàng tháng (trước ngày 25)', '2026-12-31', False),
    ('Tháng 10 - tháng 12/2026', '2026-12-31', False),
    ('Từ tháng 10/2026 đến hết tháng 02/2027', '2027-02-28', False),
    ('Trước ngày 31 tháng 3 năm 2026', '2026-03-31', False),
    ('Trong thời gian 03 tháng kể từ ngày Luật có hiệu lực thi hành', '2026-12-31', True),
    ('Tháng 9/2026 - tháng 01/2027', '2027-01-31', False),
    ('Quý IV năm 2026 (tổng kết trước ngày 15/12/2026)', '2026-12-15', False),
    ('Năm 2026 (theo hướng dẫn của Bộ Tư pháp)', '2026-12-31', True),
    ('Trong tháng 3 và tháng 4', '2026-04-30', False),
    ('Sơ kết 6 tháng (tháng 6/2026), tổng kết năm (tháng 12/2026)', '2026-12-31', False),
    ('Chậm nhất ngày 20 của tháng cuối quý', '2026-12-31', False),
    ('Trước ngày 10/12/2026 (báo cáo năm)', '2026-12-10', False),
    ('Tháng 8/2026 (trước khai giảng năm học mới)', '2026-08-31', False),
    ('Học kỳ II năm học 2025-2026', '2026-05-31', False),
    ('Hè 2026 (tháng 6 - 8/2026)', '2026-08-31', False),
    ('Chậm nhất 10 ngày trước ngày bầu cử', '2026-12-31', True),
    ('Từ ngày Luật có hiệu lực thi hành', '2026-12-31', True),
    ('Từ ngày đầu năm đến hết tháng 3/2026', '2026-03-31', False),
    ('05 ngày làm việc sau khi nhận đủ hồ sơ', '2026-12-31', True),
    ('Tháng 01 năm sau', '2027-01-31', False),
    ('Quý I năm tiếp theo', '2027-03-31', False),
    ('Năm 2026 và các năm tiếp theo', '2026-12-31', False),
    ('Năm 2026 (hoàn thành trước ngày 30/6/2026)', '2026-06-30', False),
    ('Năm 2026 (tập trung Quý II, III)', '2026-12-31', False),
    ('Thường xuyên (báo cáo trước ngày 15/6/2026)', '2026-12-31', False),
    ('Vào cuối năm 2026', '2026-12-31', False),
    ('Cuối Quý III/2026', '2026-09-30', False),
    ('Vào dịp Ngày Pháp luật (09/11/2026)', '2026-11-09', False),
    ('T10/2026', '2026-10-31', False),
    ('Q2/2026', '2026-06-30', False),
    ('Q.III - Q.IV/2026', '2026-12-31', False),
    ('Năm 2026 - 2027', '2027-12-31', False),
    ('Quý IV/2026 (báo cáo trước ngày 15/12)', '2026-12-15', False),
    ('Tháng 11/2026 (hoàn thành trước ngày 09/11)', '2026-11-09', False),
    ('Theo thông báo của Ban Tổ chức', '2026-12-31', True),
    ('Theo thời gian do Bộ Tư pháp thông báo', '2026-12-31', True),
    ('Quý III/2026 hoặc khi Trung ương ban hành hướng dẫn', '2026-09-30', True),
    ('Theo giấy mời của Sở Tư pháp', '2026-12-31', True),
    ('Khi tổ chức các hội nghị chuyên môn', '2026-12-31', False),  # its own work, no outside event
    ('Khi triển khai nhiệm vụ chuyên môn; thường xuyên', '2026-12-31', False),
    ('Khi tỉnh tổ chức hội thi', '2026-12-31', True),
    ('Theo Kế hoạch này', '2026-12-31', False),  # as planned: nothing outside to wait for
    ('Theo kế hoạch của đơn vị', '2026-12-31', False),
    ('Theo kế hoạch', '2026-12-31', False),
    ('Quý II/2026, theo kế hoạch chi tiết của Phòng', '2026-06-30', False),
    ('Theo kế hoạch của Ban Chỉ đạo tỉnh', '2026-12-31', True),
    ('Theo tiến độ soạn thảo Nghị định của Chính phủ', '2026-12-31', True),
    ('Thường xuyên (từ tháng 8/2026 đến tháng 3/2027)', '2027-03-31', False),
    ('Theo kế hoạch thanh tra năm học của Sở, xong trong tháng 11/2026', '2026-11-30', False),
    ('Theo lộ trình của Bộ Công Thương', '2026-12-31', True),
    ('Căn cứ vào hướng dẫn của Sở Nội vụ', '2026-12-31', True),
    ('Tùy thuộc vào lịch của Đoàn giám sát', '2026-12-31', True),
    ('Theo sự chỉ đạo của Thường trực Tỉnh ủy', '2026-12-31', True),
    ('Theo chương trình công tác năm 2026', '2026-12-31', False),
    ('Năm 2026, 2027', '2027-12-31', False),
    ('Trước 9/2026', '2026-09-30', False),
    ('4/2026 - 7/2026', '2026-07-31', False),
    ('Trước ngày khai giảng 07 ngày', '2026-12-31', True),
    ('Trước ngày 20/10/2026, chậm nhất 5 ngày', '2026-10-20', False),
]


@pytest.mark.parametrize(("timeframe", "due", "asked"), _PHRASINGS)
def test_timeframe_phrasings_give_their_deadline_and_whether_they_wait(timeframe: str, due: str, asked: bool) -> None:
    found = deadline(timeframe, 2026)
    assert (found.isoformat() if found else None, on_request(timeframe)) == (due, asked)


def test_a_time_label_after_an_assignment_sentence_replaces_time_words_read_from_the_sentence() -> None:
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
Tam Kỳ, ngày 10 tháng 01 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiểu biết pháp luật của người dân.
II. NỘI DUNG
1. Giải đáp pháp luật cho người dân đến làm thủ tục
Bộ phận Một cửa chủ trì, Phòng Tư pháp phối hợp hướng dẫn pháp luật khi giải quyết thủ tục cho người dân. \
Thời gian: thường xuyên.
2. Biên soạn sổ tay pháp luật cho cán bộ cơ sở
Phòng Nội vụ chủ trì, phối hợp với Văn phòng biên soạn sổ tay và cập nhật liên tục các văn bản mới; thời gian: Quý III/2026.
3. Phổ biến Luật Đất đai sửa đổi
Phòng Tài nguyên chủ trì tổ chức hội nghị khi có văn bản hướng dẫn của Sở. Thời gian: Quý II/2026.
III. TỔ CHỨC THỰC HIỆN
Các phòng triển khai thực hiện.
"""
    tasks = extract(text.replace("\\\n", "").encode(), "plan.txt")["tasks"]
    assert [(t["lead_units"], t["coordinating_units"], t["deadline"], t["on_request"]) for t in tasks] == [
        (["Bộ phận Một cửa"], ["Phòng Tư pháp"], "2026-12-31", False),  # "khi" and its own routine work
        (["Phòng Nội vụ"], ["Văn phòng"], "2026-09-30", False),  # "liên tục" describes the work, not its time
        (["Phòng Tài nguyên"], [], "2026-06-30", True),  # an outside event in the sentence stays with the label
    ]


def test_timeframes_written_in_the_body_sentence_or_in_brackets_after_the_heading() -> None:
    text = """UBND HUYỆN SƠN HÀ
Số: 12/KH-UBND
Sơn Hà, ngày 15 tháng 01 năm 2026
KẾ HOẠCH
Phổ biến, giáo dục pháp luật năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức pháp luật của Nhân dân.
II. NỘI DUNG
1. Phổ biến văn bản luật mới
Phòng Tư pháp chủ trì thực hiện trong vòng 15 ngày kể từ ngày Luật có hiệu lực.
2. Tổ chức hội thi tìm hiểu pháp luật (tháng 10/2026)
Chủ trì: Phòng Văn hóa và Thông tin; phối hợp: Huyện đoàn.
3. Hướng dẫn học sinh về pháp luật
Phòng Giáo dục và Đào tạo chủ trì, thực hiện trong học kỳ II năm học 2025 - 2026.
4. Phổ biến pháp luật về bầu cử
Phòng Nội vụ chủ trì; thời gian: chậm nhất 10 ngày trước ngày bầu cử.
5. Các hoạt động hưởng ứng Ngày Pháp luật (tháng 11/2026)
5.1. Treo băng rôn, khẩu hiệu tại trụ sở
Văn phòng HĐND và UBND huyện chủ trì.
5.2. Tọa đàm về pháp luật hòa giải
Phòng Tư pháp chủ trì; thời gian: ngày 09/11/2026.
6. Phổ biến Luật Đất đai (sửa đổi)
Phòng Tài nguyên và Môi trường chủ trì.
7. Mít tinh hưởng ứng Ngày Pháp luật
Phòng Tư pháp chủ trì, phối hợp với Phòng Văn hóa tổ chức mít tinh vào dịp Ngày Pháp luật (09/11/2026).
8. Tổng kết công tác phổ biến pháp luật
Văn phòng HĐND và UBND huyện chủ trì tổ chức tổng kết vào cuối năm.
III. TỔ CHỨC THỰC HIỆN
Các cơ quan triển khai thực hiện.
"""
    tasks = extract(text.encode(), "plan.txt")["tasks"]
    assert [(t["code"], t["lead_units"], t["deadline"], t["on_request"]) for t in tasks] == [
        ("1", ["Phòng Tư pháp"], "2026-12-31", True),  # counted from an event
        ("2", ["Phòng Văn hóa và Thông tin"], "2026-10-31", False),  # the month in brackets after the heading
        ("3", ["Phòng Giáo dục và Đào tạo"], "2026-05-31", False),  # the second term ends in May
        ("4", ["Phòng Nội vụ"], "2026-12-31", True),  # so many days before an event
        ("5", [], "2026-11-30", False),
        ("5.1", ["Văn phòng HĐND và UBND huyện"], "2026-11-30", False),  # the group's month
        ("5.2", ["Phòng Tư pháp"], "2026-11-09", False),
        ("6", ["Phòng Tài nguyên và Môi trường"], "2026-12-31", False),  # "(sửa đổi)" is no time
        ("7", ["Phòng Tư pháp"], "2026-11-09", False),  # "vào dịp …" with the date in brackets
        ("8", ["Văn phòng HĐND và UBND huyện"], "2026-12-31", False),
    ]


def test_an_event_or_a_time_written_before_the_assignment_in_the_sentence() -> None:
    text = """KẾ HOẠCH
Tuyên truyền pháp luật năm 2026
Điện Bàn, ngày 06 tháng 01 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức pháp luật của cán bộ.
II. NỘI DUNG
1. Phổ biến luật mới về đất đai
Sau khi Luật được Quốc hội thông qua, Phòng Tài nguyên chủ trì tổ chức hội nghị phổ biến.
2. Bồi dưỡng nghiệp vụ hòa giải
Khi có văn bản hướng dẫn của Sở Tư pháp, Phòng Tư pháp chủ trì, phối hợp với Phòng Nội vụ mở lớp bồi dưỡng.
3. Tuyên truyền trên hệ thống loa
Từ nay đến hết Quý III/2026, Trung tâm Văn hóa chủ trì phát chuyên mục pháp luật.
4. Hội thi hòa giải viên giỏi
Ngay sau khi có kế hoạch của tỉnh, Phòng Văn hóa chủ trì tổ chức hội thi cấp huyện.
III. TỔ CHỨC THỰC HIỆN
Các phòng thực hiện.
"""
    tasks = extract(text.encode(), "plan.txt")["tasks"]
    assert [(t["lead_units"], t["coordinating_units"], t["deadline"], t["on_request"]) for t in tasks] == [
        (["Phòng Tài nguyên"], [], "2026-12-31", True),
        (["Phòng Tư pháp"], ["Phòng Nội vụ"], "2026-12-31", True),
        (["Trung tâm Văn hóa"], [], "2026-09-30", False),
        (["Phòng Văn hóa"], [], "2026-12-31", True),
    ]


def test_a_heading_that_opens_with_its_time_gives_the_time_to_its_assignment() -> None:
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
Tuy Phước, ngày 08 tháng 01 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao kỹ năng của hòa giải viên.
II. HOẠT ĐỘNG
1. Bồi dưỡng hòa giải viên
a) Trong tháng 5/2026, mở lớp tập huấn kỹ năng hòa giải cho các tổ hòa giải
Chủ trì: Phòng Tư pháp; phối hợp: Hội Phụ nữ huyện.
b) Hằng quý, tổ chức sinh hoạt chuyên đề cho hòa giải viên
Chủ trì: Phòng Tư pháp.
c) Khi có yêu cầu của các xã, cử cán bộ hướng dẫn nghiệp vụ tại cơ sở
Chủ trì: Phòng Tư pháp; thời gian: Quý IV/2026.
III. TỔ CHỨC THỰC HIỆN
Các cơ quan triển khai thực hiện.
"""
    tasks = extract(text.encode(), "plan.txt")["tasks"]
    assert [(t["code"], t["lead_units"], t["deadline"], t["on_request"]) for t in tasks] == [
        ("1", [], "2026-12-31", False),
        ("1.a", ["Phòng Tư pháp"], "2026-05-31", False),
        ("1.b", ["Phòng Tư pháp"], "2026-12-31", False),
        ("1.c", ["Phòng Tư pháp"], "2026-12-31", True),  # its label gives the time, the heading the event
    ]


def test_a_time_in_brackets_ending_a_task_cell_of_a_table_without_a_time_column() -> None:
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
Quy Nhơn, ngày 09 tháng 01 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiểu biết pháp luật của viên chức.
II. NHIỆM VỤ
| STT | Nội dung | Đơn vị chủ trì | Ghi chú |
| 1 | Tập huấn quy định mới về hồ sơ điện tử (Quý II/2026) | Phòng Kế hoạch | |
| 2 | Giới thiệu Luật Dược (sửa đổi) cho các khoa | Khoa Dược | |
| 3 | Niêm yết nội quy tại khu khám bệnh (trước ngày 31/3/2026). | Phòng Điều dưỡng | |
III. TỔ CHỨC THỰC HIỆN
Các khoa, phòng triển khai thực hiện.
"""
    tasks = extract(text.encode(), "plan.txt")["tasks"]
    assert [(t["lead_units"], t["deadline"]) for t in tasks] == [
        (["Phòng Kế hoạch"], "2026-06-30"),
        (["Khoa Dược"], "2026-12-31"),
        (["Phòng Điều dưỡng"], "2026-03-31"),
    ]


@pytest.mark.parametrize(
    ("written", "due"),
    [
        ("T11", dt.date(2026, 11, 30)),
        ("T3 - T4", dt.date(2026, 4, 30)),
        ("T.9", dt.date(2026, 9, 30)),
        ("T3-T4/2026", dt.date(2026, 4, 30)),
    ],
)
def test_a_month_abbreviated_without_a_year_is_the_plan_years(written: str, due: dt.date) -> None:
    assert deadline(written, 2026) == due


def test_coordinating_units_written_as_a_label_a_semicolon_list_or_a_sentence_of_their_own() -> None:
    # "…; phối hợp: A; B; thời gian: …" inside the lead's sentence, "X chủ trì; A; B và C phối hợp; …",
    # "X chủ trì. A và B phối hợp <their work>. Thời gian: …", "Giao X chỉ đạo thực hiện; Y tham mưu …"
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
Hà Tiên, ngày 10 tháng 01 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiểu biết pháp luật của người dân.
II. NHIỆM VỤ
1. Tuyên truyền pháp luật về thuế cho hộ kinh doanh
- Ban Quản lý bến xe chủ trì tuyên truyền cho hộ kinh doanh tại bến; phối hợp: Phòng Tài chính, Kế hoạch \
và Đầu tư; Chi cục Thuế khu vực Hà Tiên; thời gian: Quý III/2026.
2. Đối thoại với người dân về giải phóng mặt bằng
- Phó Chủ tịch UBND xã phụ trách đất đai chủ trì; Phòng Kinh tế; Hội Nông dân xã và Ban công tác các \
thôn phối hợp; thời gian: tháng 5/2026.
3. Phổ biến quy định về giữ gìn vệ sinh môi trường
Phòng Kinh tế chủ trì thực hiện. Công an xã và các thôn phối hợp vận động người dân ký cam kết. \
Thời gian: tháng 6/2026.
4. Chấm điểm xã đạt chuẩn tiếp cận pháp luật
Giao Phó Chủ tịch UBND xã phụ trách văn hóa chỉ đạo thực hiện; Văn phòng UBND xã tham mưu tổng hợp. \
Thời gian: tháng 10/2026.
III. TỔ CHỨC THỰC HIỆN
Các đơn vị triển khai thực hiện.
"""
    tasks = extract(text.replace("\\\n", "").encode(), "plan.txt")["tasks"]
    assert [(t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks] == [
        (["Ban Quản lý bến xe"], ["Phòng Tài chính, Kế hoạch và Đầu tư", "Chi cục Thuế khu vực Hà Tiên"], "2026-09-30"),
        (
            ["Phó Chủ tịch UBND xã phụ trách đất đai"],
            ["Phòng Kinh tế", "Hội Nông dân xã", "Ban công tác các thôn"],
            "2026-05-31",
        ),
        (["Phòng Kinh tế"], ["Công an xã", "các thôn"], "2026-06-30"),
        (["Phó Chủ tịch UBND xã phụ trách văn hóa"], ["Văn phòng UBND xã"], "2026-10-31"),
    ]



def test_coordinating_units_in_a_dash_separated_line_and_in_a_unit_s_own_duty_lines() -> None:
    # "- X chủ trì - Phối hợp: A, các thôn - Thời gian: …": the label's dash is no part of the names; under a
    # unit's bold heading, "…; Y phối hợp <its work>. Thời gian: …" and "…; phối hợp với Y. Thời gian: …" name Y
    from pbgdpl.plans.importer.tests.heldout3 import P, Plan, to_docx

    plan = Plan(
        "own",
        [
            P("KẾ HOẠCH", bold=True, center=True),
            P("Phổ biến pháp luật năm 2026", bold=True, center=True),
            P("Đồng Xoài, ngày 15 tháng 01 năm 2026"),
            P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
            P("Nâng cao hiểu biết pháp luật của hội viên."),
            P("II. NỘI DUNG", bold=True),
            P("1. Tổ chức tọa đàm về Luật Đất đai cho nông dân"),
            P("- Phòng Kinh tế chủ trì - Phối hợp: Hội Nông dân xã, các thôn - Thời gian: tháng 7, tháng 8/2026."),
            P("III. PHÂN CÔNG NHIỆM VỤ", bold=True),
            P("1. Ban Tuyên giáo", bold=True),
            P(
                "- Biên soạn bản tin pháp luật hằng quý cho hội viên; Ban Kiểm tra phối hợp cung cấp tài liệu. "
                "Thời gian: hằng quý."
            ),
            P("2. Ban Kinh tế", bold=True),
            P(
                "- Lồng ghép phổ biến pháp luật về tín dụng trong các lớp tập huấn; phối hợp với Quỹ Hỗ trợ nông "
                "dân và Ngân hàng Chính sách xã hội. Thời gian: tháng 9/2026."
            ),
        ],
    )
    tasks = extract(to_docx(plan), "plan.docx")["tasks"]
    assert [(t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks] == [
        (["Phòng Kinh tế"], ["Hội Nông dân xã", "các thôn"], "2026-08-31"),
        (["Ban Tuyên giáo"], ["Ban Kiểm tra"], "2026-12-31"),
        (["Ban Kinh tế"], ["Quỹ Hỗ trợ nông dân", "Ngân hàng Chính sách xã hội"], "2026-09-30"),
    ]


def test_a_capitalised_field_that_reads_like_a_verb_stays_in_the_coordinating_unit_s_name() -> None:
    # "phối hợp với Phòng Tham mưu biên soạn …": "Tham mưu" names the office; only a verb in lower case ends it
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
Châu Đốc, ngày 20 tháng 01 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiểu biết pháp luật của cán bộ, chiến sĩ.
II. NỘI DUNG
1. Biên soạn tài liệu hỏi đáp pháp luật về biên giới
Phòng Hậu cần chủ trì, phối hợp với Phòng Tham mưu biên soạn tài liệu hỏi đáp; hoàn thành trong Quý III/2026.
"""
    tasks = extract(text.encode(), "plan.txt")["tasks"]
    assert [(t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks] == [
        (["Phòng Hậu cần"], ["Phòng Tham mưu"], "2026-09-30"),
    ]


def test_a_prison_is_a_coordinating_unit_and_orienting_is_what_the_units_do() -> None:
    # "phối hợp với Trại giam X tuyên truyền …" names the prison; "phối hợp với Sở Y định hướng …" ends at the verb
    text = """KẾ HOẠCH
Hoạt động của Hội đồng phối hợp năm 2026
Bình Định, ngày 05 tháng 02 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiệu quả phối hợp.
II. NỘI DUNG
1. Phổ biến pháp luật cho phạm nhân
- Đề nghị Công an tỉnh phối hợp với Trại giam Kim Sơn tuyên truyền pháp luật cho phạm nhân sắp mãn hạn tù (tháng 6/2026).
- Đề nghị Báo tỉnh phối hợp với Sở Văn hóa định hướng thông tin về văn bản pháp luật mới (tháng 8/2026).
"""
    tasks = extract(text.encode(), "plan.txt")["tasks"]
    assert [(t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks][-2:] == [
        (["Công an tỉnh"], ["Trại giam Kim Sơn"], "2026-06-30"),
        (["Báo tỉnh"], ["Sở Văn hóa"], "2026-08-31"),
    ]


def test_a_time_label_after_a_dash_ends_a_bold_heading() -> None:
    # "1. Title — Tiến độ: Quý II/2027" in bold over the assignment line: the time of the heading's task
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2027
Hà Giang, ngày 08 tháng 01 năm 2027
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiểu biết pháp luật của người lao động.
II. NHIỆM VỤ CỤ THỂ
1. Tập huấn pháp luật về đấu thầu cho cán bộ — Thời hạn: trước ngày 30/6/2027
Phòng Kế hoạch chủ trì, phối hợp với Thanh tra Sở.
2. Phổ biến quy định về an toàn hồ đập — Tiến độ: Quý III/2027
Phòng Thủy lợi chủ trì; Văn phòng Sở phối hợp.
"""
    tasks = extract(text.encode(), "plan.txt")["tasks"]
    assert [(t["title"][:15], t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks] == [
        ("Tập huấn pháp l", ["Phòng Kế hoạch"], ["Thanh tra Sở"], "2027-06-30"),
        ("Phổ biến quy đị", ["Phòng Thủy lợi"], ["Văn phòng Sở"], "2027-09-30"),
    ]


def test_a_heading_s_time_label_wrapped_after_its_dash_stays_in_the_heading_pdf_lines() -> None:
    from pbgdpl.plans.importer.readers import Para, _unwrap_pdf_lines

    lines = [
        "1. Tuyên truyền pháp luật về phòng cháy, chữa cháy trong khu dân cư — Tiến độ:",
        "Tháng 4/2027",
        "Phòng Cảnh sát chủ trì; Văn phòng Sở phối hợp.",
        "2. Phổ biến pháp luật về đất đai cho hộ gia đình ở các thôn vùng cao —",
        "Thời hạn: Quý II/2027",
        "Phòng Địa chính chủ trì.",
    ]
    texts = [b.text for b in _unwrap_pdf_lines(lines) if isinstance(b, Para) and b.text]
    assert texts[0].endswith("— Tiến độ: Tháng 4/2027")
    assert texts[2].endswith("— Thời hạn: Quý II/2027")


def test_a_group_acting_by_its_function_is_named_without_that_phrase() -> None:
    # "theo chức năng quản lý" says how the group acts; the unit is the group itself
    text = """KẾ HOẠCH
II. NHIỆM VỤ
1. Tuyên truyền các nghị định mới về đất đai
Các phòng, ban huyện theo chức năng quản lý chủ động tuyên truyền các nghị định mới trong năm 2026.
"""
    tasks = extract(text.encode(), "plan.txt")["tasks"]
    assert [t["lead_units"] for t in tasks] == [["Các phòng, ban huyện"]]


def test_a_task_without_timeframe_done_when_asked_is_on_request() -> None:
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
I. MỤC ĐÍCH, YÊU CẦU
- Nâng cao hiểu biết.
II. NỘI DUNG HOẠT ĐỘNG
- Cho ý kiến vào dự thảo quy định về đất đai theo yêu cầu của Sở Tư pháp. Ban Dân vận thực hiện.
III. TỔ CHỨC THỰC HIỆN
Các ban căn cứ nhiệm vụ triển khai.
"""
    tasks = extract(text.encode(), "plan.txt")["tasks"]
    assert [(t["lead_units"], t["on_request"]) for t in tasks] == [(["Ban Dân vận"], True)]


@pytest.mark.parametrize(
    ("timeframe", "expected"),
    [
        ("Cả năm, sau khi các nghị định hướng dẫn được Chính phủ ban hành", True),
        ("sau khi những luật sửa đổi có hiệu lực", True),
        ("khi sinh hoạt chi đoàn hằng tháng", False),
        ("khi họp tổ dân phố", False),
    ],
)
def test_laws_named_in_the_plural_wait_for_their_passing_but_the_unit_s_own_meetings_do_not(
    timeframe: str, expected: bool
) -> None:
    assert on_request(timeframe) is expected


def test_more_ways_a_sentence_names_its_helpers_and_its_time() -> None:
    """Helpers after the lead's work ("chủ trì soạn …, phối hợp với Y in …"), a unit's members, a unit watching
    over the work done by another ("X thực hiện; Y theo dõi, đôn đốc"), a helpers' condition ("Y phối hợp khi
    có yêu cầu" is when Y helps, not when the task is due), a numbered item opening with its unit's duty, and a
    year naming the work before the bracketed time of the work."""
    text = """KẾ HOẠCH
Tuyên truyền pháp luật năm 2026
Mỹ Tho, ngày 12 tháng 01 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Đưa pháp luật đến với người dân.
II. NỘI DUNG
1. Biên soạn tài liệu hỏi đáp
Ban biên tập họp định kỳ; giao Phòng Tư pháp chủ trì soạn nội dung, phối hợp với Trung tâm Văn hóa in \
ấn, phát hành. Thời gian: tháng 5/2026.
2. Giám sát việc thực hiện quy ước của thôn
Giao Phòng Tư pháp chủ trì, phối hợp với thành viên Ban Chỉ đạo kiểm tra việc thực hiện tại các thôn.
3. Duy trì câu lạc bộ pháp luật
Sinh hoạt câu lạc bộ mỗi tháng một lần. Hội Nông dân các xã thực hiện; Văn phòng Hội Nông dân tỉnh theo \
dõi, đôn đốc. Thời gian: cả năm.
4. Tiếp nhận, giải quyết kiến nghị của người dân
Phòng Tiếp dân thực hiện; Thanh tra tỉnh, Sở Xây dựng phối hợp khi có yêu cầu. Thời gian: thường xuyên.
5. Đội Cảnh sát giao thông có trách nhiệm tuyên truyền luật giao thông cho học sinh; phối hợp với Đoàn \
Thanh niên xã. Thời gian: Quý III/2026.
6. Phòng Văn hóa chủ trì tổng kết phong trào năm 2026 (trong tháng 10/2026).
III. TỔ CHỨC THỰC HIỆN
Các phòng triển khai thực hiện.
"""
    tasks = extract(text.replace("\\\n", "").encode(), "plan.txt")["tasks"]
    assert [(t["lead_units"], t["coordinating_units"], t["deadline"], t["on_request"]) for t in tasks] == [
        (["Phòng Tư pháp"], ["Trung tâm Văn hóa"], "2026-05-31", False),
        (["Phòng Tư pháp"], ["thành viên Ban Chỉ đạo"], "2026-12-31", False),
        (["Hội Nông dân các xã"], ["Văn phòng Hội Nông dân tỉnh"], "2026-12-31", False),
        (["Phòng Tiếp dân"], ["Thanh tra tỉnh", "Sở Xây dựng"], "2026-12-31", False),
        (["Đội Cảnh sát giao thông"], ["Đoàn Thanh niên xã"], "2026-09-30", False),
        (["Phòng Văn hóa"], [], "2026-10-31", False),
    ]


def test_a_dash_item_whose_second_sentence_gives_its_unit_a_duty_is_led_by_that_unit() -> None:
    text = """KẾ HOẠCH
Tuyên truyền pháp luật cho hội viên năm 2026
Bến Tre, ngày 20 tháng 01 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiểu biết pháp luật của hội viên.
II. NỘI DUNG
- Phổ biến Luật Hôn nhân và gia đình tại các buổi sinh hoạt tổ. Ban Pháp chế có trách nhiệm soạn đề cương, \
phối hợp với Hội Cựu chiến binh các xã triển khai; thời gian Quý II/2026.
- Tổ chức tọa đàm về quyền trẻ em: Ban Gia đình chủ trì; thời gian: tháng 6/2026.
III. TỔ CHỨC THỰC HIỆN
Các ban triển khai thực hiện.
"""
    tasks = extract(text.replace("\\\n", "").encode(), "plan.txt")["tasks"]
    assert [(t["title"][:20], t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks] == [
        ("Phổ biến Luật Hôn nh", ["Ban Pháp chế"], ["Hội Cựu chiến binh các xã"], "2026-06-30"),
        ("Tổ chức tọa đàm về q", ["Ban Gia đình"], [], "2026-06-30"),
    ]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_unit_with_an_action_verb_and_its_own_time_leads_a_lettered_item_or_a_heading_s_body(fmt: str) -> None:
    """ "a) X tổ chức …; thời gian: …" leads the lettered item like a dash block would; a body paragraph
    whose subject lists units with a semicolon ("Các phòng; UBND các xã thực hiện …") is led by all of them."""
    from pbgdpl.plans.importer.tests.heldout3 import P, Plan, to_docx, to_pdf

    plan = Plan(
        name="subject_leads",
        blocks=[
            P("KẾ HOẠCH", bold=True, center=True),
            P("Tuyên truyền pháp luật về lao động năm 2026", bold=True, center=True),
            P("Quảng Trị, ngày 14 tháng 01 năm 2026", center=True),
            P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
            P("Người lao động hiểu quyền và nghĩa vụ của mình."),
            P("II. NỘI DUNG", bold=True),
            P("1. Tuyên truyền tại doanh nghiệp", bold=True),
            P("a) Phòng Việc làm lồng ghép giới thiệu quy định về hợp đồng lao động tại các buổi tư vấn nghề; "
              "thời gian: Quý III/2026."),
            P("b) Phòng Pháp chế chủ trì, phối hợp với Công đoàn ngành biên soạn sổ tay hỏi đáp; thời gian: "
              "tháng 5/2026."),
            P("2. Dán áp phích về an toàn lao động", bold=True),
            P("Các doanh nghiệp trong khu công nghiệp; UBND các phường thực hiện tại nhà xưởng, khu nhà trọ. "
              "Thời gian: từ ngày 01/6/2026 đến ngày 20/6/2026."),
            P("III. TỔ CHỨC THỰC HIỆN", bold=True),
            P("Các phòng báo cáo kết quả trước ngày 30/11/2026."),
        ],
    )
    data = to_docx(plan) if fmt == "docx" else to_pdf(plan)
    tasks = extract(data, f"plan.{fmt}")["tasks"]
    assert [(t["code"], t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks] == [
        ("1", [], [], "2026-09-30"),
        ("1.a", ["Phòng Việc làm"], [], "2026-09-30"),
        ("1.b", ["Phòng Pháp chế"], ["Công đoàn ngành"], "2026-05-31"),
        ("2", ["Các doanh nghiệp trong khu công nghiệp", "UBND các phường"], [], "2026-06-20"),
    ]


def test_a_unit_sending_its_people_after_the_lead_s_duty_coordinates() -> None:
    text = """KẾ HOẠCH
Hội thi tìm hiểu pháp luật năm 2026
Vĩnh Long, ngày 02 tháng 3 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiểu biết pháp luật của đoàn viên.
II. NỘI DUNG
1. Tổ chức hội thi tìm hiểu Luật Thanh niên
Ban Phong trào có trách nhiệm xây dựng thể lệ, tổ chức hội thi; Đoàn Thanh niên các xã cử đội tham gia. \
Thời gian: tháng 7/2026.
III. TỔ CHỨC THỰC HIỆN
Các ban triển khai thực hiện.
"""
    tasks = extract(text.replace("\\\n", "").encode(), "plan.txt")["tasks"]
    assert [(t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks] == [
        (["Ban Phong trào"], ["Đoàn Thanh niên các xã"], "2026-07-31"),
    ]


@pytest.mark.parametrize(
    ("timeframe", "due"),
    [
        ("Tháng 11/2026 - 4/2027", dt.date(2027, 4, 30)),  # the end month written without its "tháng"
        ("từ tháng 8/2026 đến 02/2027", dt.date(2027, 2, 28)),
        ("Tháng 3/2026 - 20/5/2026", dt.date(2026, 5, 20)),  # a day and month: a date, as before
        ("Tháng 11 năm 2026 - 3/2027", dt.date(2027, 3, 31)),  # the start's year in words
        ("từ tháng 8 năm 2026 đến 01/2027", dt.date(2027, 1, 31)),
    ],
)
def test_a_range_from_a_month_to_a_bare_month_and_year_ends_with_that_month(timeframe: str, due: dt.date) -> None:
    assert deadline(timeframe, 2026) == due


@pytest.mark.parametrize(
    ("timeframe", "due"),
    [
        # the year names the work ("bộ tiêu chí năm 2026"); the part after it says when it is due
        ("năm 2026; lập danh sách đề nghị khen thưởng, gửi về Sở trước ngày 20/10/2026", dt.date(2026, 10, 20)),
        ("Năm 2026; cao điểm vào tháng 11", dt.date(2026, 12, 31)),  # a peak, not a due date: the year's end
    ],
)
def test_a_year_naming_the_work_before_a_due_date_after_a_semicolon_gives_way_to_it(
    timeframe: str, due: dt.date
) -> None:
    assert deadline(timeframe, 2026) == due


def test_an_ordinal_number_wrapped_after_its_word_is_no_numbered_item_pdf_lines() -> None:
    from pbgdpl.plans.importer.readers import Para, _unwrap_pdf_lines

    lines = [
        "1. Quán triệt các nghị quyết của Hội đồng nhân dân tỉnh",
        "Giao Văn phòng Đoàn đại biểu chủ trì giới thiệu các nghị quyết thông qua tại kỳ họp lần thứ",
        "12, Hội đồng nhân dân tỉnh khóa X cho cán bộ cơ sở. Thời gian: Quý III/2026.",
        "2. Tổng kết công tác năm",
    ]
    texts = [b.text for b in _unwrap_pdf_lines(lines) if isinstance(b, Para) and b.text]
    assert len(texts) == 3
    assert texts[1].endswith("lần thứ 12, Hội đồng nhân dân tỉnh khóa X cho cán bộ cơ sở. Thời gian: Quý III/2026.")


def test_a_line_holding_only_a_time_after_a_plus_item_s_assignment_is_its_deadline() -> None:
    # a PDF ends a line at the assignment's full stop; the time sentence comes alone on the next line
    text = """KẾ HOẠCH
Hoạt động của Hội đồng năm 2026
Tây Ninh, ngày 10 tháng 02 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Phối hợp chặt chẽ giữa các thành viên.
II. NHIỆM VỤ
1. Công tác tham mưu
+ Xây dựng quy chế phối hợp của Hội đồng: Phòng Tuyên truyền chủ trì; các thành viên phối hợp.
Hoàn thành trong Quý II/2026.
+ Sơ kết hoạt động 6 tháng: Phòng Tuyên truyền chủ trì, thực hiện trong tháng 7/2026.
III. TỔ CHỨC THỰC HIỆN
Các thành viên triển khai thực hiện.
"""
    tasks = extract(text.encode(), "plan.txt")["tasks"]
    assert [(t["lead_units"], t["deadline"]) for t in tasks if t["lead_units"]] == [
        (["Phòng Tuyên truyền"], "2026-06-30"),
        (["Phòng Tuyên truyền"], "2026-07-31"),
    ]


def test_a_task_without_timeframe_done_when_another_body_issues_a_text_is_on_request() -> None:
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
I. MỤC ĐÍCH, YÊU CẦU
- Nâng cao hiểu biết.
II. NỘI DUNG
1. Phòng Kiểm soát nội bộ có trách nhiệm cập nhật sổ tay nghiệp vụ khi Tổng công ty ban hành quy trình mới.
2. Phòng Nhân sự có trách nhiệm phổ biến nội quy lao động cho công nhân mới tuyển dụng.
III. TỔ CHỨC THỰC HIỆN
Các phòng triển khai thực hiện.
"""
    tasks = extract(text.encode(), "plan.txt")["tasks"]
    assert [(t["lead_units"], t["on_request"]) for t in tasks] == [
        (["Phòng Kiểm soát nội bộ"], True),
        (["Phòng Nhân sự"], False),
    ]


def test_an_item_whose_title_is_followed_by_a_colon_its_unit_and_a_labelled_time_is_led_by_that_unit() -> None:
    # "b) Title: X; thời gian: …": who does it written after the title's colon, without a label or verb
    text = """KẾ HOẠCH
Tổ chức Hội thi tìm hiểu pháp luật năm 2026
Kon Tum, ngày 02 tháng 3 năm 2026
II. NỘI DUNG
1. Chuẩn bị Hội thi
a) Ký quyết định thành lập Ban Giám khảo Hội thi: Chủ tịch UBND xã; thời gian: tháng 4/2026.
b) Xây dựng bộ câu hỏi thi: Công chức Tư pháp - Hộ tịch; thời hạn: trước ngày 20/4/2026.
"""
    tasks = extract(text.encode(), "plan.txt")["tasks"]
    assert [(t["title"], t["lead_units"], t["deadline"]) for t in tasks if t["lead_units"]] == [
        ("Ký quyết định thành lập Ban Giám khảo Hội thi", ["Chủ tịch UBND xã"], "2026-04-30"),
        ("Xây dựng bộ câu hỏi thi", ["Công chức Tư pháp - Hộ tịch"], "2026-04-20"),
    ]


def test_units_listed_with_semicolons_before_the_one_marked_as_helping_all_help() -> None:
    # "- X <work>; Sở A; Chi cục B phối hợp; thời gian: …": every unit of the semicolon list coordinates
    text = """KẾ HOẠCH
Phổ biến pháp luật về thủy sản năm 2026
Bạc Liêu, ngày 12 tháng 01 năm 2026
II. NHIỆM VỤ
1. Tuyên truyền cho ngư dân
- Đồn Biên phòng Gành Hào phát tờ rơi về chống khai thác hải sản bất hợp pháp cho chủ tàu cá; Hội Nghề cá tỉnh; UBND xã Gành Hào phối hợp; thời gian: tháng 5/2026.
"""
    tasks = extract(text.encode(), "plan.txt")["tasks"]
    assert tasks[0]["lead_units"] == ["Đồn Biên phòng Gành Hào"]
    assert tasks[0]["coordinating_units"] == ["Hội Nghề cá tỉnh", "UBND xã Gành Hào"]
    assert tasks[0]["deadline"] == "2026-05-31"


def test_a_unit_said_to_do_its_part_on_its_own_after_the_lead_s_clause_leads_too() -> None:
    # "X chỉ đạo … thực hiện; Y chủ động tổ chức": Y organises its own part (a lead, not a helper)
    text = """KẾ HOẠCH
Hưởng ứng Ngày Pháp luật năm 2026 trong ngành Y tế
Quảng Trị, ngày 01 tháng 10 năm 2026
II. NHIỆM VỤ
1. Treo băng rôn, khẩu hiệu hưởng ứng Ngày Pháp luật
Trung tâm Y tế khu vực chỉ đạo các trạm y tế xã thực hiện; các bệnh viện tuyến tỉnh chủ động thực hiện. Thời gian: tháng 11/2026.
"""
    task = extract(text.encode(), "plan.txt")["tasks"][0]
    assert task["lead_units"] == ["Trung tâm Y tế khu vực", "các bệnh viện tuyến tỉnh"]
    assert task["deadline"] == "2026-11-30"


@pytest.mark.parametrize(
    ("timeframe", "due"),
    [
        ("Tháng 3 - tháng 4/2026 và tháng 9 - tháng 10/2026", dt.date(2026, 10, 31)),
        ("tháng 2-3 và tháng 7-8", dt.date(2026, 8, 31)),
    ],
)
def test_two_spans_of_months_end_with_the_later_span(timeframe: str, due: dt.date) -> None:
    assert deadline(timeframe, 2026) == due


@pytest.mark.parametrize(
    ("timeframe", "waits"),
    [
        ("Theo thời gian ban hành Thông tư hướng dẫn", True),
        ("theo thời điểm thông qua các nghị quyết của HĐND xã", True),
        ("Theo thời gian của Kế hoạch", False),
    ],
)
def test_a_time_following_the_date_another_body_issues_a_text_is_on_request(timeframe: str, waits: bool) -> None:
    assert on_request(timeframe) is waits


@pytest.mark.parametrize(
    ("timeframe", "due"),
    [
        ("Hằng ngày từ ngày 03/9/2026 đến ngày 12/9/2026", dt.date(2026, 9, 12)),
        ("hằng tuần, từ tháng 4 đến tháng 6/2026", dt.date(2026, 6, 30)),
        ("Thường xuyên từ Quý II đến Quý III/2026", dt.date(2026, 9, 30)),
        ("Hằng tuần", dt.date(2026, 12, 31)),
        ("Thường xuyên từ tháng 5/2026", dt.date(2026, 12, 31)),
        ("Hằng quý; cao điểm từ tháng 10 đến tháng 11", dt.date(2026, 12, 31)),
    ],
)
def test_a_recurring_work_bounded_by_a_span_right_after_it_ends_with_the_span(timeframe: str, due: dt.date) -> None:
    assert deadline(timeframe, 2026) == due


def test_a_lead_s_label_holding_a_time_is_the_task_s_time() -> None:
    # "X chủ trì; Y phối hợp. Thực hiện: học kỳ I …": the label of who does it holds when it is done
    text = """KẾ HOẠCH
Giáo dục pháp luật trong trường học năm học 2026-2027
Huế, ngày 20 tháng 8 năm 2026
II. NHIỆM VỤ
1. Lồng ghép kiến thức pháp luật vào giờ sinh hoạt lớp
Hướng dẫn các trường đưa nội dung pháp luật vào giờ sinh hoạt lớp. Phòng Giáo dục tiểu học chủ trì; Phòng Khảo thí phối hợp. Thực hiện: học kỳ I năm học 2026-2027.
2. Tập huấn cho giáo viên
- Thực hiện: Phòng Tổ chức cán bộ.
- Thời gian: tháng 10/2026.
"""
    tasks = extract(text.encode(), "plan.txt")["tasks"]
    assert tasks[0]["lead_units"] == ["Phòng Giáo dục tiểu học"]
    assert tasks[0]["coordinating_units"] == ["Phòng Khảo thí"]
    assert tasks[0]["deadline"] == "2027-01-31"
    assert tasks[1]["lead_units"] == ["Phòng Tổ chức cán bộ"]


def test_a_unit_asked_to_help_in_a_sentence_after_the_lead_s_coordinates() -> None:
    # "X chủ trì. Đề nghị Y phối hợp <work>.": Y is the unit asked to help
    text = """KẾ HOẠCH
Tuyên truyền pháp luật cho hội viên năm 2026
Đà Lạt, ngày 05 tháng 01 năm 2026
II. NHIỆM VỤ
1. Tư vấn pháp luật về đất đai cho hội viên nông dân
Ban Kinh tế - Xã hội chủ trì. Đề nghị Văn phòng Luật sư Hòa Bình phối hợp cử luật sư tư vấn. Thời gian: tháng 6/2026.
"""
    (task,) = extract(text.encode(), "plan.txt")["tasks"]
    assert task["lead_units"] == ["Ban Kinh tế - Xã hội"]
    assert task["coordinating_units"] == ["Văn phòng Luật sư Hòa Bình"]
    assert task["deadline"] == "2026-06-30"


def test_a_lettered_item_whose_title_runs_into_its_assignment_after_a_semicolon() -> None:
    # "a) <title>; X chủ trì, phối hợp Y thực hiện; thời gian: …": the assignment after the title's semicolon
    text = """KẾ HOẠCH
Tuyên truyền an toàn giao thông năm 2026
Vinh, ngày 05 tháng 01 năm 2026
II. NHIỆM VỤ
1. Tuyên truyền trên báo chí
a) Làm phóng sự về kết quả ra quân; Phòng Tham mưu chủ trì, phối hợp Phòng Hậu cần, Đài Phát thanh tỉnh thực hiện; thời gian: từ ngày 01/3 đến ngày 31/5/2026.
b) Đăng ảnh vi phạm trên trang mạng xã hội; Phòng Hậu cần chủ trì; thời gian: tháng 3 - 4/2026.
"""
    tasks = extract(text.encode(), "plan.txt")["tasks"]
    assert [t["lead_units"] for t in tasks[1:]] == [["Phòng Tham mưu"], ["Phòng Hậu cần"]]
    assert tasks[1]["coordinating_units"] == ["Phòng Hậu cần", "Đài Phát thanh tỉnh"]
    assert [t["deadline"] for t in tasks[1:]] == ["2026-05-31", "2026-04-30"]
    assert tasks[2]["title"] == "Đăng ảnh vi phạm trên trang mạng xã hội"


def test_a_time_label_replaces_a_clause_that_only_orders_the_work_after_another_step() -> None:
    # "… sau khi sáp nhập thôn. Thời gian: Từ tháng 4 đến tháng 7/2026": the label dates the work; the clause
    # only says what comes first. "khi có văn bản hướng dẫn của Sở" waits for someone else and stays.
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
ngày 10 tháng 01 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiểu biết pháp luật.
II. NHIỆM VỤ
1. Kiện toàn các câu lạc bộ pháp luật
Phòng Tư pháp chủ trì; Hội Nông dân xã phối hợp rà soát các câu lạc bộ sau khi sáp nhập thôn.
Thời gian: Từ tháng 4 đến tháng 7/2026.
2. Phổ biến Luật Đất đai sửa đổi
Phòng Tài nguyên chủ trì tổ chức hội nghị khi có văn bản hướng dẫn của Sở. Thời gian: Quý II/2026.
III. TỔ CHỨC THỰC HIỆN
Các phòng triển khai thực hiện.
"""
    tasks = extract(text.encode(), "plan.txt")["tasks"]
    assert [(t["lead_units"], t["coordinating_units"], t["deadline"], t["on_request"]) for t in tasks] == [
        (["Phòng Tư pháp"], ["Hội Nông dân xã"], "2026-07-31", False),
        (["Phòng Tài nguyên"], [], "2026-06-30", True),
    ]


@pytest.mark.parametrize(
    ("written", "due"),
    [
        ("Tháng 11-2026", dt.date(2026, 11, 30)),
        ("tháng 8-2026 đến tháng 2-2027", dt.date(2027, 2, 28)),
        ("Quý III-2026", dt.date(2026, 9, 30)),
        ("Tháng 4 - 5/2026", dt.date(2026, 5, 31)),  # a range of months, not a year after a hyphen
    ],
)
def test_a_year_after_a_hyphen_as_the_party_writes_dates(written: str, due: dt.date) -> None:
    assert deadline(written, 2026) == due


def test_a_coordinating_label_with_thuc_hien_after_the_lead_s_sentence() -> None:
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
Mỹ Tho, ngày 12 tháng 01 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiểu biết pháp luật của người dân.
II. NHIỆM VỤ
1. Tuyên truyền pháp luật về giao thông đường thủy
- Đồn Biên phòng cửa khẩu chủ trì tuyên truyền cho chủ phương tiện tại bến đò; đơn vị phối hợp thực hiện: \
Hạt Giao thông xã; thời gian: tháng 7/2026.
III. TỔ CHỨC THỰC HIỆN
Các đơn vị triển khai thực hiện.
"""
    tasks = extract(text.replace("\\\n", "").encode(), "plan.txt")["tasks"]
    assert [(t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks] == [
        (["Đồn Biên phòng cửa khẩu"], ["Hạt Giao thông xã"], "2026-07-31"),
    ]


@pytest.mark.parametrize(
    "span",
    ["từ ngày 03/12/2026 đến ngày 12/12/2026", "từ ngày 03 tháng 12 năm 2026 đến ngày 12 tháng 12 năm 2026"],
)
def test_a_short_sentence_of_the_work_s_verb_then_dates_written_in_words(span: str) -> None:
    # "… Y phối hợp. Treo băng rôn liên tục từ ngày 03 tháng 12 năm 2026 đến ngày …": dates in words are as short
    # as in figures, the sentence still gives the work's time
    text = f"""KẾ HOẠCH
Phổ biến pháp luật năm 2026
ngày 08 tháng 01 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiểu biết pháp luật.
II. NỘI DUNG
1. Trang trí khẩu hiệu hưởng ứng Ngày Pháp luật
Giao Phòng Văn hóa - Xã hội xã chuẩn bị nội dung khẩu hiệu; Trưởng các thôn phối hợp treo tại nhà văn hóa. Treo liên tục {span}.
III. TỔ CHỨC THỰC HIỆN
Các phòng triển khai thực hiện.
"""
    tasks = extract(text.encode(), "plan.txt")["tasks"]
    got = [(t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks if t["lead_units"]]
    assert got == [(["Phòng Văn hóa - Xã hội xã"], ["Trưởng các thôn"], "2026-12-12")]


@pytest.mark.parametrize(
    ("written", "due"),
    [
        # a recurring work with only its end written after it runs until that end
        ("Hằng tháng, đến hết tháng 4/2028", dt.date(2028, 4, 30)),
        ("Thường xuyên, tới ngày 20/3/2028", dt.date(2028, 3, 20)),
        ("Hằng quý", dt.date(2027, 12, 31)),
    ],
)
def test_a_recurring_work_until_an_end_written_after_it(written: str, due: dt.date) -> None:
    assert deadline(written, 2027) == due


def test_work_done_by_a_plan_still_to_be_approved_but_due_by_a_full_date_is_not_on_request() -> None:
    assert not on_request("theo kế hoạch kiểm tra được Chánh Thanh tra duyệt, chậm nhất ngày 20/4/2028")
    assert not on_request("theo kế hoạch do Giám đốc ban hành; trước ngày 10 tháng 5 năm 2028")
    # without a full date, or waiting for more than a plan, it still waits
    assert on_request("theo kế hoạch của Bộ, trước ngày 30/6")
    assert on_request("khi có hướng dẫn của Bộ, trước ngày 30/6/2028")


def test_work_done_by_another_body_s_plan_but_timed_in_a_part_of_its_own_is_not_on_request() -> None:
    # the plan of the other body says how the work is done; the time after ";" (its year written) says when
    assert not on_request("theo kế hoạch của Trung tâm Y tế khu vực; trong Quý III/2027")
    assert not on_request("theo kế hoạch của Hội Nông dân tỉnh; tháng 8/2027")
    # a time with no year of its own, or one written inside the plan's name, does not; nor does a request
    assert on_request("theo kế hoạch của Hội Nông dân tỉnh; cả năm")
    assert on_request("theo kế hoạch của UBND tỉnh năm 2027")
    assert on_request("theo đề nghị của Sở Y tế; trong Quý III/2027")
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2027
I. MỤC ĐÍCH, YÊU CẦU
- Nâng cao hiểu biết.
II. NỘI DUNG HOẠT ĐỘNG
1. Khám sức khỏe và tư vấn pháp luật cho người cao tuổi
Trạm Y tế xã có trách nhiệm phối hợp với Hội Người cao tuổi xã tổ chức các buổi tư vấn theo kế hoạch của Trung tâm Y tế khu vực. Thời gian: trong Quý III/2027.
III. TỔ CHỨC THỰC HIỆN
Các đơn vị triển khai.
"""
    tasks = extract(text.encode(), "plan.txt")["tasks"]
    assert [(t["lead_units"], t["coordinating_units"], t["deadline"], t["on_request"]) for t in tasks] == [
        (["Trạm Y tế xã"], ["Hội Người cao tuổi xã"], "2027-09-30", False)
    ]


def test_one_unit_label_naming_the_lead_and_the_helpers_by_their_roles_in_brackets() -> None:
    # "Đơn vị thực hiện: X (chủ trì); Y (phối hợp)": the helpers' names may open with "Các đơn vị …" or
    # "Các cơ quan …", words that are part of the name unless "phối hợp" follows them
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
Bến Tre, ngày 12 tháng 01 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiểu biết pháp luật của công chức.
II. NHIỆM VỤ
1. Tổ chức hội thi tìm hiểu pháp luật về đất đai
- Đơn vị thực hiện: Văn phòng Sở (chủ trì); Các đơn vị sự nghiệp thuộc Sở (phối hợp).
- Thời gian: Quý III/2026.
2. Cập nhật văn bản mới lên trang thông tin điện tử
- Đơn vị thực hiện: Phòng Pháp chế (chủ trì); Các cơ quan chủ trì soạn thảo văn bản (phối hợp).
- Thời gian: Tháng 11/2026.
3. Tập huấn kỹ năng hòa giải
- Đơn vị thực hiện: Phòng Pháp chế (chủ trì), các đơn vị phối hợp: Thanh tra Sở.
- Thời gian: Tháng 6/2026.
III. TỔ CHỨC THỰC HIỆN
Các đơn vị triển khai thực hiện.
"""
    tasks = extract(text.encode(), "plan.txt")["tasks"]
    assert [(t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks] == [
        (["Văn phòng Sở"], ["Các đơn vị sự nghiệp thuộc Sở"], "2026-09-30"),
        (["Phòng Pháp chế"], ["Các cơ quan chủ trì soạn thảo văn bản"], "2026-11-30"),
        (["Phòng Pháp chế"], ["Thanh tra Sở"], "2026-06-30"),
    ]


@pytest.mark.parametrize(
    ("timeframe", "due"),
    [
        # the year names what is waited for (next year's intake), not when the work is due
        ("sau khi Bộ giao kế hoạch tuyển sinh năm 2027", dt.date(2026, 12, 31)),
        ("khi có văn bản hướng dẫn, trong năm 2027", dt.date(2027, 12, 31)),
        ("sau khi có hướng dẫn, hoàn thành cuối năm 2027", dt.date(2027, 12, 31)),
        ("Năm 2027", dt.date(2027, 12, 31)),
    ],
)
def test_a_year_naming_the_awaited_event_is_no_deadline(timeframe: str, due: dt.date) -> None:
    assert on_request(timeframe) or timeframe == "Năm 2027"
    assert deadline(timeframe, 2026) == due


def test_a_verb_after_noi_tells_where_the_helping_group_works_and_does_not_end_the_list() -> None:
    text = """KẾ HOẠCH
Tuyên truyền pháp luật năm 2026
Hà Tĩnh, ngày 10 tháng 01 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiểu biết pháp luật của người dân.
II. NỘI DUNG
1. Tổ chức xét xử lưu động tại cơ sở
Giao Tòa Dân sự chủ trì, phối hợp với Công an tỉnh và UBND các xã, thị trấn nơi tổ chức buổi xét xử. \
Thời gian: Quý III/2026.
2. Phổ biến pháp luật cho người dân vùng biển
Giao Phòng Tổng hợp chủ trì, phối hợp với Đồn Biên phòng Cửa khẩu tổ chức trong tháng 5/2026.
III. TỔ CHỨC THỰC HIỆN
Các đơn vị triển khai thực hiện.
"""
    tasks = extract(text.replace("\\\n", "").encode(), "plan.txt")["tasks"]
    assert [(t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks] == [
        (["Tòa Dân sự"], ["Công an tỉnh", "UBND các xã, thị trấn nơi tổ chức buổi xét xử"], "2026-09-30"),
        (["Phòng Tổng hợp"], ["Đồn Biên phòng Cửa khẩu"], "2026-05-31"),
    ]


def test_a_unit_named_after_the_lead_s_verb_and_a_comma_to_assist_it_coordinates() -> None:
    text = """KẾ HOẠCH
Phòng, chống tệ nạn xã hội năm 2026
Phú Thọ, ngày 12 tháng 02 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức của nhân dân.
II. NỘI DUNG
1. Điều hành chung các hoạt động hưởng ứng
Giao Chủ tịch UBND phường chủ trì, Phòng Văn hóa - Xã hội giúp việc. Thời gian: tháng 7/2026.
2. Theo dõi kết quả thực hiện
Giao Công an phường chủ trì, Trưởng khu phố tham mưu tổng hợp số liệu. Thời gian: Quý IV/2026.
3. Tuyên truyền tại khu dân cư
Giao Đoàn Thanh niên phường chủ trì, tổ chức các buổi nói chuyện. Thời gian: tháng 8/2026.
III. TỔ CHỨC THỰC HIỆN
Các đơn vị triển khai thực hiện.
"""
    tasks = extract(text.encode(), "plan.txt")["tasks"]
    assert [(t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks] == [
        (["Chủ tịch UBND phường"], ["Phòng Văn hóa - Xã hội"], "2026-07-31"),
        (["Công an phường"], ["Trưởng khu phố"], "2026-12-31"),
        (["Đoàn Thanh niên phường"], [], "2026-08-31"),
    ]


@pytest.mark.parametrize(
    ("written", "names"),
    [
        # the families of the people the work is for take part of their own
        ("UBND xã và gia đình người được tha tù trước thời hạn", ["UBND xã", "gia đình người được tha tù trước thời hạn"]),
        ("Trường THCS Hòa Bình và gia đình học sinh", ["Trường THCS Hòa Bình", "gia đình học sinh"]),
    ],
)
def test_families_named_after_va_are_a_participant_of_their_own(written: str, names: list[str]) -> None:
    assert split_units(written) == names


def test_dau_tu_xay_dung_in_a_helper_s_name_is_its_field_not_a_verb_ending_the_list() -> None:
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
Vĩnh Long, ngày 08 tháng 01 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiểu biết pháp luật của công chức.
II. NỘI DUNG
1. Hướng dẫn quy định về quản lý dự án
Phòng Kế hoạch chủ trì, phối hợp với Ban Quản lý dự án đầu tư xây dựng huyện; Phòng Tài chính. \
Thời gian: Quý II/2026.
III. TỔ CHỨC THỰC HIỆN
Các đơn vị triển khai thực hiện.
"""
    tasks = extract(text.replace("\\\n", "").encode(), "plan.txt")["tasks"]
    assert [(t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks] == [
        (["Phòng Kế hoạch"], ["Ban Quản lý dự án đầu tư xây dựng huyện", "Phòng Tài chính"], "2026-06-30"),
    ]
