"""Held-out evaluation set 61: ten plans of institutions (schools, hospitals, courts, procuracies,
enterprises).

Answers typed by hand per issue 4. Plans and layout features:

1. PLAN_THPT: high school, school year 2026-2027; roman sections, bold "1." items, inline "- Người thực
   hiện:" lines naming persons and teams, "- Thời gian:" month ranges spanning 2026-2027.
2. PLAN_BV: provincial general hospital; 6-column table STT | Nội dung | Khoa, phòng chủ trì | Khoa, phòng
   phối hợp | Thời gian | Sản phẩm, group rows "I."/"II.", quarter timeframes, one "theo đề nghị" row.
3. PLAN_TAND: provincial people's court; non-bold "a)", "b)" items under bold "1."; prose assignments
   "Giao X chủ trì, phối hợp với Y ..." with the timeframe in a trailing sentence.
4. PLAN_VKS: provincial procuracy; "1.1." numbering, labels "Đơn vị chủ trì:", "Đơn vị phối hợp:",
   "Thời gian thực hiện:" on their own lines; unit names with parentheses and "khu vực" numbers.
5. PLAN_DL: power company (enterprise); table with no STT, columns Nội dung công việc | Thời gian |
   Đơn vị thực hiện | Đơn vị phối hợp | Ghi chú; "Ghi chú" carries an event trigger.
6. PLAN_SGD: provincial department of education; "-" items with "+ Đơn vị chủ trì:", "+ Đơn vị phối hợp:",
   "+ Thời hạn:" bullets; generic groups ("các trường trung học phổ thông trực thuộc").
7. PLAN_TTYT: regional health centre; numbered items with several dash assignment blocks each, persons as
   units ("Phó Giám đốc phụ trách chuyên môn").
8. PLAN_THA: provincial civil judgment enforcement; table with 2-row header (Đơn vị thực hiện split into
   Chủ trì | Phối hợp), date ranges and "trước ngày" deadlines.
9. PLAN_CD: medical college, plan for 2027 issued December 2026; non-bold headings, one-line inline labels
   "Chủ trì thực hiện: ...; phối hợp: ...; thời hạn: ...", an event-triggered item.
10. PLAN_DN: footwear enterprise in an industrial park; table STT | Nội dung | Thời gian | Bộ phận chủ trì |
    Bộ phận phối hợp | Kinh phí, roman group rows, monthly and quarterly items.
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T, _header, _purpose

_START: list[P | T] = []  # typed start of a block list that mixes paragraphs and tables


def _sign(recipients: list[str], role: str, name: str, pre: str = "") -> list[P | T]:
    out: list[P | T] = [P("Nơi nhận:")]
    out += [P(r) for r in recipients]
    if pre:
        out.append(P(pre, bold=True, center=True))
    out += [P(role, bold=True, center=True), P("(Đã ký)", center=True), P(name, bold=True, center=True)]
    return out


# ------------------------------------------------------------------ 1. high school
PLAN_THPT = Plan(
    "thpt_nguyen_du",
    _header(
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐẮK LẮK",
        "TRƯỜNG THPT NGUYỄN DU",
        "112/KH-THPTND",
        "Đắk Lắk, ngày 15 tháng 9 năm 2026",
        "Phổ biến, giáo dục pháp luật cho cán bộ, giáo viên, nhân viên và học sinh",
        "năm học 2026 - 2027",
    )
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;"),
        P("Căn cứ Thông tư số 37/2025/TT-BGDĐT ngày 18/12/2025 của Bộ Giáo dục và Đào tạo hướng dẫn công tác "
          "phổ biến, giáo dục pháp luật trong nhà trường;"),
        P("Căn cứ Công văn số 2114/SGDĐT-VP ngày 05/9/2026 của Sở Giáo dục và Đào tạo về hướng dẫn thực hiện "
          "công tác pháp chế năm học 2026 - 2027;"),
        P("Trường THPT Nguyễn Du xây dựng Kế hoạch phổ biến, giáo dục pháp luật năm học 2026 - 2027 như "
          "sau:"),
    ]
    + _purpose([
        "Nâng cao nhận thức, ý thức chấp hành pháp luật của cán bộ, giáo viên, nhân viên và học sinh.",
        "Phòng ngừa vi phạm pháp luật, bạo lực học đường, tai nạn giao thông trong học sinh.",
        "Nội dung phổ biến thiết thực, phù hợp lứa tuổi; lồng ghép trong các hoạt động giáo dục.",
    ])
    + [
        P("II. NỘI DUNG, HÌNH THỨC VÀ NGƯỜI THỰC HIỆN", bold=True),
        P("1. Quán triệt các văn bản pháp luật mới về giáo dục cho cán bộ, giáo viên, nhân viên", bold=True),
        P("- Hình thức: lồng ghép tại Hội nghị viên chức, người lao động và các buổi họp Hội đồng sư phạm."),
        P("- Người thực hiện: Hiệu trưởng; phối hợp: Chủ tịch Công đoàn trường."),
        P("- Thời gian: Tháng 9/2026 - tháng 10/2026."),
        P("2. Tổ chức tuần sinh hoạt công dân đầu năm học cho học sinh", bold=True),
        P("- Nội dung: Nội quy nhà trường, Luật Trật tự, an toàn giao thông đường bộ, phòng chống ma túy."),
        P("- Người thực hiện: Phó Hiệu trưởng phụ trách công tác học sinh; phối hợp: giáo viên chủ nhiệm các "
          "lớp, Đoàn Thanh niên trường và Công an phường Tân Lập."),
        P("- Thời gian: Tháng 9/2026."),
        P("3. Giáo dục pháp luật qua môn Giáo dục kinh tế và pháp luật, Giáo dục công dân", bold=True),
        P("- Người thực hiện: Tổ Sử - Địa - Giáo dục công dân."),
        P("- Thời gian: Tháng 9/2026 - tháng 5/2027."),
        P("4. Tổ chức cuộc thi \"Học sinh với pháp luật\" cấp trường", bold=True),
        P("- Người thực hiện: Đoàn Thanh niên trường; phối hợp: Tổ Sử - Địa - Giáo dục công dân, Thư viện."),
        P("- Thời gian: Tháng 11/2026 (hưởng ứng Ngày Pháp luật Việt Nam 09/11)."),
        P("5. Xây dựng tủ sách pháp luật, cập nhật văn bản mới trên trang thông tin điện tử của "
          "trường", bold=True),
        P("- Người thực hiện: Cán bộ thư viện, Tổ Văn phòng; phối hợp: Tổ Tin học."),
        P("- Thời gian: Thường xuyên trong năm học, hoàn thành cập nhật trước ngày 31/12/2026."),
        P("6. Ngoại khóa phòng, chống bạo lực học đường, xâm hại trẻ em và an toàn trên không gian "
          "mạng", bold=True),
        P("- Người thực hiện: Phó Hiệu trưởng phụ trách công tác học sinh, Đoàn Thanh niên trường; phối hợp: "
          "Công an phường Tân Lập, Trung tâm Y tế khu vực Buôn Ma Thuột."),
        P("- Thời gian: Tháng 3/2027 - tháng 4/2027."),
        P("7. Sơ kết, tổng kết công tác phổ biến, giáo dục pháp luật", bold=True),
        P("- Người thực hiện: Tổ Văn phòng; phối hợp: các tổ chuyên môn."),
        P("- Thời gian: Tháng 1/2027 (sơ kết học kỳ I) và tháng 5/2027 (tổng kết)."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Các tổ chuyên môn, Đoàn Thanh niên, giáo viên chủ nhiệm căn cứ Kế hoạch này triển khai thực "
          "hiện."),
        P("2. Tổ Văn phòng tổng hợp kết quả, báo cáo Sở Giáo dục và Đào tạo trước ngày 20/5/2027."),
    ]
    + _sign(["- Sở GDĐT (để b/c);", "- Các tổ chuyên môn;", "- Lưu: VT."], "HIỆU TRƯỞNG",
        "Lê Thị Hồng Nhung"),
    [
        Exp("Quán triệt các văn bản pháp luật mới về giáo dục", ("Hiệu trưởng",), ("Chủ tịch Công đoàn "
                                                                                   "trường",),
            "2026-10-31"),
        Exp("Tổ chức tuần sinh hoạt công dân đầu năm học", ("Phó Hiệu trưởng phụ trách công tác học sinh",),
            ("giáo viên chủ nhiệm các lớp", "Đoàn Thanh niên trường", "Công an phường Tân Lập"),
                "2026-09-30"),
        Exp("Giáo dục pháp luật qua môn Giáo dục kinh tế", ("Tổ Sử - Địa - Giáo dục công dân",), (),
            "2027-05-31"),
        Exp("Tổ chức cuộc thi \"Học sinh với pháp luật\"", ("Đoàn Thanh niên trường",),
            ("Tổ Sử - Địa - Giáo dục công dân", "Thư viện"), "2026-11-30"),
        Exp("Xây dựng tủ sách pháp luật, cập nhật văn bản", ("Cán bộ thư viện", "Tổ Văn phòng"),
            ("Tổ Tin học",),
            "2026-12-31"),
        Exp("Ngoại khóa phòng, chống bạo lực học đường",
            ("Phó Hiệu trưởng phụ trách công tác học sinh", "Đoàn Thanh niên trường"),
            ("Công an phường Tân Lập", "Trung tâm Y tế khu vực Buôn Ma Thuột"), "2027-04-30"),
        Exp("Sơ kết, tổng kết công tác phổ biến", ("Tổ Văn phòng",), ("các tổ chuyên môn",), "2027-05-31"),
    ],
)

# ------------------------------------------------------------------ 2. hospital
_BV_ROWS = (
    ("STT", "Nội dung", "Khoa, phòng chủ trì", "Khoa, phòng phối hợp", "Thời gian", "Sản phẩm"),
    ("I.", "Phổ biến pháp luật cho viên chức, người lao động", "", "", "", ""),
    ("1", "Phổ biến Luật Khám bệnh, chữa bệnh năm 2023 và các nghị định hướng dẫn cho bác sĩ, điều dưỡng mới "
          "tuyển dụng", "Phòng Kế hoạch tổng hợp", "Phòng Tổ chức cán bộ; Phòng Điều dưỡng", "Quý I/2026",
     "Hội nghị; tài liệu"),
    ("2", "Tập huấn quy định về kê đơn thuốc, sử dụng thuốc an toàn, hợp lý", "Khoa Dược",
     "Phòng Kế hoạch tổng hợp, Hội đồng Thuốc và điều trị", "Quý II/2026", "Lớp tập huấn"),
    ("3", "Phổ biến pháp luật về bảo hiểm y tế, phòng chống tham nhũng, tiêu cực trong khám chữa bệnh",
     "Phòng Tài chính kế toán", "Phòng Tổ chức cán bộ và Ban Thanh tra nhân dân", "Quý II, III/2026",
     "Hội nghị"),
    ("4", "Hướng dẫn thực hiện quy định mới về chế độ, chính sách đối với viên chức y tế",
     "Phòng Tổ chức cán bộ", "Công đoàn Bệnh viện", "Khi có văn bản hướng dẫn của Bộ Y tế, Sở Y tế",
     "Văn bản hướng dẫn"),
    ("II.", "Phổ biến pháp luật cho người bệnh và người nhà người bệnh", "", "", "", ""),
    ("5", "Tư vấn pháp luật về quyền và nghĩa vụ của người bệnh tại các khoa lâm sàng",
     "Phòng Công tác xã hội", "Các khoa lâm sàng", "Hằng tháng", "Buổi tư vấn; sổ theo dõi"),
    ("6", "Trợ giúp pháp lý cho người bệnh thuộc diện chính sách", "Phòng Công tác xã hội",
     "Trung tâm Trợ giúp pháp lý nhà nước tỉnh", "Theo đề nghị của người bệnh", "Hồ sơ trợ giúp"),
    ("7", "Cập nhật văn bản pháp luật về y tế trên Trang thông tin điện tử của Bệnh viện",
     "Tổ Công nghệ thông tin", "Phòng Kế hoạch tổng hợp", "Tháng 3 - tháng 11/2026", "Chuyên mục"),
    ("8", "Sơ kết, tổng kết công tác phổ biến, giáo dục pháp luật", "Phòng Tổ chức cán bộ",
     "Các khoa, phòng", "Trước ngày 30/11/2026", "Báo cáo"),
)
PLAN_BV = Plan(
    "benh_vien_da_khoa",
    _START + [
        P("SỞ Y TẾ TỈNH NGHỆ AN", bold=True, center=True),
        P("BỆNH VIỆN ĐA KHOA TỈNH", bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True),
        P("Độc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P("Số: 245/KH-BVĐK", center=True),
        P("Nghệ An, ngày 20 tháng 01 năm 2026", center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P("Phổ biến, giáo dục pháp luật năm 2026", bold=True, center=True),
        P("Căn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15 ngày 09/01/2023;"),
        P("Căn cứ Kế hoạch số 18/KH-SYT ngày 08/01/2026 của Sở Y tế về công tác phổ biến, giáo dục pháp luật "
          "năm 2026;"),
        P("Bệnh viện Đa khoa tỉnh ban hành Kế hoạch phổ biến, giáo dục pháp luật năm 2026 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Nâng cao ý thức tuân thủ pháp luật, quy tắc ứng xử của viên chức, người lao động ngành y tế."),
        P("- Bảo đảm quyền được thông tin về pháp luật của người bệnh; triển khai đúng tiến độ, hiệu quả."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        T(_BV_ROWS, widths=(8, 52, 30, 34, 26, 22)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Trưởng các khoa, phòng có trách nhiệm phổ biến Kế hoạch này đến toàn thể viên chức, người lao "
          "động."),
        P("2. Phòng Tổ chức cán bộ là đầu mối theo dõi, tổng hợp, báo cáo Sở Y tế trước ngày 05/12/2026."),
    ]
    + _sign(["- Sở Y tế (để b/c);", "- Ban Giám đốc;", "- Các khoa, phòng;", "- Lưu: VT, TCCB."],
            "GIÁM ĐỐC", "Nguyễn Văn Thành"),
    [
        Exp("Phổ biến Luật Khám bệnh, chữa bệnh năm 2023", ("Phòng Kế hoạch tổng hợp",),
            ("Phòng Tổ chức cán bộ", "Phòng Điều dưỡng"), "2026-03-31"),
        Exp("Tập huấn quy định về kê đơn thuốc", ("Khoa Dược",),
            ("Phòng Kế hoạch tổng hợp", "Hội đồng Thuốc và điều trị"), "2026-06-30"),
        Exp("Phổ biến pháp luật về bảo hiểm y tế", ("Phòng Tài chính kế toán",),
            ("Phòng Tổ chức cán bộ", "Ban Thanh tra nhân dân"), "2026-09-30"),
        Exp("Hướng dẫn thực hiện quy định mới về chế độ", ("Phòng Tổ chức cán bộ",), ("Công đoàn Bệnh viện",),
            "2026-12-31", True),
        Exp("Tư vấn pháp luật về quyền và nghĩa vụ", ("Phòng Công tác xã hội",), ("Các khoa lâm sàng",),
            "2026-12-31"),
        Exp("Trợ giúp pháp lý cho người bệnh", ("Phòng Công tác xã hội",),
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh",), "2026-12-31", True),
        Exp("Cập nhật văn bản pháp luật về y tế", ("Tổ Công nghệ thông tin",), ("Phòng Kế hoạch tổng hợp",),
            "2026-11-30"),
        Exp("Sơ kết, tổng kết công tác phổ biến", ("Phòng Tổ chức cán bộ",), ("Các khoa, phòng",),
            "2026-11-30"),
    ],
)

# ------------------------------------------------------------------ 3. provincial court
PLAN_TAND = Plan(
    "toa_an_tinh",
    _header(
        "TÒA ÁN NHÂN DÂN TỐI CAO",
        "TÒA ÁN NHÂN DÂN TỈNH THANH HÓA",
        "09/KH-TA",
        "Thanh Hóa, ngày 12 tháng 02 năm 2026",
        "Tuyên truyền, phổ biến, giáo dục pháp luật",
        "trong Tòa án nhân dân hai cấp tỉnh Thanh Hóa năm 2026",
    )
    + [
        P("Căn cứ Kế hoạch số 27/KH-TANDTC ngày 22/01/2026 của Tòa án nhân dân tối cao về công tác phổ biến, "
          "giáo dục pháp luật năm 2026; Kế hoạch số 14/KH-UBND ngày 16/01/2026 của Ủy ban nhân dân tỉnh;"),
        P("Tòa án nhân dân tỉnh Thanh Hóa xây dựng Kế hoạch thực hiện như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Nâng cao nhận thức pháp luật, kỹ năng nghiệp vụ của Thẩm phán, Thư ký, Thẩm tra viên và công "
          "chức; "
          "gắn công tác phổ biến pháp luật với xét xử, hòa giải, đối thoại tại Tòa án."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Phổ biến văn bản pháp luật mới", bold=True),
        P("a) Quán triệt Luật Tổ chức Tòa án nhân dân (sửa đổi) và các văn bản hướng dẫn cho công chức hai "
          "cấp. "
          "Giao Văn phòng chủ trì, phối hợp với Phòng Tổ chức - Cán bộ và các Tòa án nhân dân khu vực thực "
          "hiện. Thời gian hoàn thành: Quý I/2026."),
        P("b) Tập huấn chuyên sâu về án hành chính, án kinh doanh thương mại. Giao Tòa Hành chính chủ trì, "
          "phối hợp "
          "với Tòa Kinh tế thực hiện trong Quý III/2026."),
        P("c) Cập nhật, giới thiệu án lệ, giải đáp nghiệp vụ của Tòa án nhân dân tối cao. Phòng Giám đốc "
          "kiểm tra, "
          "thi hành án chủ trì; Văn phòng phối hợp; thực hiện ngay sau khi Tòa án nhân dân tối cao công bố."),
        P("2. Phổ biến pháp luật thông qua hoạt động xét xử, hòa giải", bold=True),
        P("a) Tổ chức phiên tòa rút kinh nghiệm, phiên tòa xét xử lưu động tại địa bàn xã, phường. Giao Tòa "
          "Hình "
          "sự chủ trì, phối hợp với Viện kiểm sát nhân dân tỉnh, Công an tỉnh và Ủy ban nhân dân các xã, "
          "phường "
          "nơi tổ chức phiên tòa. Thời gian: từ tháng 4 đến tháng 10/2026."),
        P("b) Phổ biến pháp luật qua hoạt động hòa giải, đối thoại tại Tòa án. Các Tòa án nhân dân khu vực "
          "có "
          "trách nhiệm lồng ghép trong từng vụ việc; Trung tâm Hòa giải, đối thoại tại Tòa án phối hợp. "
          "Thời gian: cả năm."),
        P("3. Thông tin, truyền thông", bold=True),
        P("a) Đăng tải bản án, quyết định và tin bài về hoạt động xét xử trên Cổng thông tin điện tử Tòa án. "
          "Giao Văn phòng chủ trì, phối hợp với Báo Thanh Hóa, Đài Phát thanh và Truyền hình tỉnh, hằng "
          "tháng."),
        P("b) Tổ chức hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam. Giao Công "
          "đoàn "
          "cơ sở Tòa án nhân dân tỉnh chủ trì, phối hợp với Chi đoàn Tòa án nhân dân tỉnh, tháng 11/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Chánh án Tòa án nhân dân khu vực, thủ trưởng các đơn vị thuộc Tòa án nhân dân tỉnh chịu trách "
          "nhiệm tổ "
          "chức thực hiện; báo cáo kết quả về Văn phòng trước ngày 10/6/2026 (6 tháng) và 10/11/2026 (năm)."),
    ]
    + _sign(["- TANDTC (Vụ Thi đua - Khen thưởng);", "- UBND tỉnh;", "- Các đơn vị thuộc TAND tỉnh;",
             "- TAND khu vực 1 - 10;", "- Lưu: VT, VP."], "CHÁNH ÁN", "Trịnh Văn Quang"),
    [
        Exp("Quán triệt Luật Tổ chức Tòa án nhân dân", ("Văn phòng",),
            ("Phòng Tổ chức - Cán bộ", "các Tòa án nhân dân khu vực"), "2026-03-31"),
        Exp("Tập huấn chuyên sâu về án hành chính", ("Tòa Hành chính",), ("Tòa Kinh tế",), "2026-09-30"),
        Exp("Cập nhật, giới thiệu án lệ, giải đáp", ("Phòng Giám đốc kiểm tra, thi hành án",), ("Văn phòng",),
            "2026-12-31", True),
        Exp("Tổ chức phiên tòa rút kinh nghiệm", ("Tòa Hình sự",),
            ("Viện kiểm sát nhân dân tỉnh", "Công an tỉnh",
             "Ủy ban nhân dân các xã, phường nơi tổ chức phiên tòa"), "2026-10-31"),
        Exp("Phổ biến pháp luật qua hoạt động hòa giải", ("Các Tòa án nhân dân khu vực",),
            ("Trung tâm Hòa giải, đối thoại tại Tòa án",), "2026-12-31"),
        Exp("Đăng tải bản án, quyết định và tin bài", ("Văn phòng",),
            ("Báo Thanh Hóa", "Đài Phát thanh và Truyền hình tỉnh"), "2026-12-31"),
        Exp("Tổ chức hoạt động hưởng ứng Ngày Pháp luật", ("Công đoàn cơ sở Tòa án nhân dân tỉnh",),
            ("Chi đoàn Tòa án nhân dân tỉnh",), "2026-11-30"),
    ],
)

# ------------------------------------------------------------------ 4. provincial procuracy
PLAN_VKS = Plan(
    "vien_kiem_sat_tinh",
    _START + [
        P("VIỆN KSND TỈNH GIA LAI", bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True),
        P("Độc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P("Số: 21/KH-VKS-VP", center=True),
        P("Gia Lai, ngày 03 tháng 3 năm 2026", center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P("Công tác phổ biến, giáo dục pháp luật của ngành Kiểm sát nhân dân tỉnh Gia Lai năm 2026",
          bold=True, center=True),
        P("Thực hiện Kế hoạch số 45/KH-VKSTC ngày 10/02/2026 của Viện kiểm sát nhân dân tối cao; Quyết định "
          "số "
          "152/QĐ-UBND ngày 20/01/2026 của Ủy ban nhân dân tỉnh Gia Lai ban hành Kế hoạch phổ biến, giáo dục "
          "pháp luật năm 2026, Viện kiểm sát nhân dân tỉnh Gia Lai ban hành Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Trang bị kiến thức pháp luật mới cho Kiểm sát viên, Kiểm tra viên và công chức, người lao "
          "động."),
        P("2. Bám sát nhiệm vụ chính trị của Ngành; bảo đảm thiết thực, tránh hình thức."),
        P("II. NỘI DUNG", bold=True),
        P("1. Phổ biến pháp luật trong nội bộ Ngành", bold=True),
        P("1.1. Quán triệt Bộ luật Tố tụng hình sự (sửa đổi), Luật Tổ chức Viện kiểm sát nhân dân (sửa đổi) "
          "và "
          "các văn bản hướng dẫn thi hành"),
        P("Đơn vị chủ trì: Phòng Thực hành quyền công tố và kiểm sát xét xử án hình sự (Phòng 1)"),
        P("Đơn vị phối hợp: Văn phòng; Viện kiểm sát nhân dân khu vực 1, Viện kiểm sát nhân dân khu vực 2"),
        P("Thời gian thực hiện: Quý I - Quý II/2026"),
        P("1.2. Tổ chức hội nghị chuyên đề về kiểm sát việc giải quyết các vụ án dân sự, hôn nhân và gia "
          "đình"),
        P("Đơn vị chủ trì: Phòng Kiểm sát việc giải quyết các vụ, việc dân sự, hôn nhân và gia đình (Phòng "
          "9)"),
        P("Đơn vị phối hợp: Phòng Kiểm sát giải quyết án hành chính, kinh doanh, thương mại, lao động"),
        P("Thời gian thực hiện: Tháng 6/2026"),
        P("1.3. Bồi dưỡng kỹ năng tranh tụng tại phiên tòa cho Kiểm sát viên trẻ"),
        P("Đơn vị chủ trì: Phòng Tổ chức cán bộ"),
        P("Đơn vị phối hợp: Phòng Thực hành quyền công tố và kiểm sát xét xử án hình sự (Phòng 1), Đoàn "
          "Thanh "
          "niên Viện kiểm sát nhân dân tỉnh"),
        P("Thời gian thực hiện: Tháng 7 - tháng 8/2026"),
        P("2. Phổ biến pháp luật cho Nhân dân", bold=True),
        P("2.1. Phối hợp tổ chức phiên tòa xét xử lưu động các vụ án điểm về ma túy, xâm hại trẻ em"),
        P("Đơn vị chủ trì: Viện kiểm sát nhân dân khu vực nơi có vụ án"),
        P("Đơn vị phối hợp: Tòa án nhân dân khu vực, Công an xã, phường nơi xét xử"),
        P("Thời gian thực hiện: Năm 2026"),
        P("2.2. Tiếp nhận, giải đáp đơn thư, hướng dẫn pháp luật cho công dân tại trụ sở"),
        P("Đơn vị chủ trì: Phòng Kiểm sát giải quyết khiếu nại, tố cáo trong hoạt động tư pháp"),
        P("Đơn vị phối hợp: Văn phòng"),
        P("Thời gian thực hiện: Thường xuyên"),
        P("2.3. Viết tin, bài tuyên truyền trên Trang thông tin điện tử Viện kiểm sát nhân dân tỉnh và Báo "
          "Gia Lai"),
        P("Đơn vị chủ trì: Văn phòng"),
        P("Đơn vị phối hợp: Các phòng nghiệp vụ; Viện kiểm sát nhân dân các khu vực"),
        P("Thời gian thực hiện: Hằng tháng"),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Thủ trưởng các đơn vị thuộc Viện kiểm sát nhân dân tỉnh, Viện trưởng Viện kiểm sát nhân dân "
          "khu "
          "vực triển khai Kế hoạch; báo cáo kết quả (qua Văn phòng) trước ngày 15/11/2026."),
        P("2. Văn phòng theo dõi, đôn đốc, tổng hợp báo cáo Lãnh đạo Viện."),
    ]
    + _sign(["- VKSND tối cao (Vụ 15);", "- Sở Tư pháp;", "- Các đơn vị thuộc VKS tỉnh;", "- Lưu: VT, VP."],
            "VIỆN TRƯỞNG", "Phạm Đình Cường", pre="KT. VIỆN TRƯỞNG\nPHÓ VIỆN TRƯỞNG"),
    [
        Exp("Quán triệt Bộ luật Tố tụng hình sự", ("Phòng Thực hành quyền công tố và kiểm sát xét xử án "
                                                   "hình sự "
                                                   "(Phòng 1)",),
            ("Văn phòng", "Viện kiểm sát nhân dân khu vực 1", "Viện kiểm sát nhân dân khu vực 2"),
                "2026-06-30"),
        Exp("Tổ chức hội nghị chuyên đề về kiểm sát",
            ("Phòng Kiểm sát việc giải quyết các vụ, việc dân sự, hôn nhân và gia đình (Phòng 9)",),
            ("Phòng Kiểm sát giải quyết án hành chính, kinh doanh, thương mại, lao động",), "2026-06-30"),
        Exp("Bồi dưỡng kỹ năng tranh tụng tại phiên tòa", ("Phòng Tổ chức cán bộ",),
            ("Phòng Thực hành quyền công tố và kiểm sát xét xử án hình sự (Phòng 1)",
             "Đoàn Thanh niên Viện kiểm sát nhân dân tỉnh"), "2026-08-31"),
        Exp("Phối hợp tổ chức phiên tòa xét xử lưu động", ("Viện kiểm sát nhân dân khu vực nơi có vụ án",),
            ("Tòa án nhân dân khu vực", "Công an xã, phường nơi xét xử"), "2026-12-31"),
        Exp("Tiếp nhận, giải đáp đơn thư, hướng dẫn",
            ("Phòng Kiểm sát giải quyết khiếu nại, tố cáo trong hoạt động tư pháp",), ("Văn phòng",),
            "2026-12-31"),
        Exp("Viết tin, bài tuyên truyền trên Trang", ("Văn phòng",),
            ("Các phòng nghiệp vụ", "Viện kiểm sát nhân dân các khu vực"), "2026-12-31"),
    ],
)

# ------------------------------------------------------------------ 5. power company (enterprise)
_DL_ROWS = (
    ("Nội dung công việc", "Thời gian", "Đơn vị thực hiện", "Đơn vị phối hợp", "Ghi chú"),
    ("Phổ biến Luật Điện lực năm 2024 và các nghị định hướng dẫn cho cán bộ quản lý, công nhân vận hành",
     "Quý I/2026", "Phòng Kỹ thuật - An toàn", "Phòng Tổ chức và Nhân sự; các Điện lực khu vực", ""),
    ("Tuyên truyền an toàn hành lang lưới điện cao áp đến hộ dân sống gần đường dây",
     "Tháng 3 - tháng 6/2026", "Các Điện lực khu vực", "UBND các xã, phường có lưới điện đi qua",
     "Kết hợp đợt cao điểm mùa khô"),
    ("Hướng dẫn khách hàng quy định mới về giá điện, mua bán điện",
     "Khi có quyết định điều chỉnh giá điện", "Phòng Kinh doanh", "Trung tâm Chăm sóc khách hàng", "Theo "
     "văn bản của Tổng công ty"),
    ("Tập huấn pháp luật về đấu thầu, quản lý vốn nhà nước tại doanh nghiệp",
     "Quý III/2026", "Phòng Tài chính - Kế toán", "Phòng Kế hoạch và Vật tư, Ban Quản lý dự án", ""),
    ("Phổ biến Bộ luật Lao động, quy chế dân chủ ở cơ sở cho người lao động",
     "Tháng 5/2026", "Công đoàn Công ty", "Phòng Tổ chức và Nhân sự", "Tháng Công nhân"),
    ("Phổ biến pháp luật về phòng, chống tham nhũng; Quy tắc ứng xử của người lao động",
     "Tháng 8 - tháng 9/2026", "Phòng Thanh tra - Bảo vệ - Pháp chế", "Văn phòng; Ban Kiểm tra Đảng ủy", ""),
    ("Tổng kết, đánh giá kết quả thực hiện Kế hoạch", "Trước ngày 15/12/2026",
     "Phòng Thanh tra - Bảo vệ - Pháp chế", "Các đơn vị trực thuộc", "Báo cáo Tổng công ty"),
)
PLAN_DL = Plan(
    "cong_ty_dien_luc",
    _START + [
        P("TỔNG CÔNG TY ĐIỆN LỰC MIỀN NAM", bold=True, center=True),
        P("CÔNG TY ĐIỆN LỰC ĐỒNG NAI", bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True),
        P("Độc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P("Số: 318/KH-PCĐN", center=True),
        P("Đồng Nai, ngày 26 tháng 01 năm 2026", center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P("Tuyên truyền, phổ biến, giáo dục pháp luật năm 2026", bold=True, center=True),
        P("Căn cứ Luật Điện lực số 61/2024/QH15 ngày 30/11/2024;"),
        P("Căn cứ Kế hoạch số 112/KH-EVNSPC ngày 12/01/2026 của Tổng công ty Điện lực miền Nam về công tác "
          "pháp chế năm 2026;"),
        P("Công ty Điện lực Đồng Nai lập kế hoạch tuyên truyền, phổ biến, giáo dục pháp luật năm 2026 với "
          "các "
          "nội dung sau:"),
        P("1. Mục đích, yêu cầu", bold=True),
        P("Nâng cao hiểu biết pháp luật của người lao động và khách hàng sử dụng điện; góp phần bảo đảm an "
          "toàn "
          "lưới điện, hoạt động sản xuất kinh doanh đúng pháp luật."),
        P("2. Nội dung thực hiện", bold=True),
        T(_DL_ROWS, widths=(62, 28, 34, 40, 30)),
        P("3. Tổ chức thực hiện", bold=True),
        P("Phòng Thanh tra - Bảo vệ - Pháp chế là đầu mối tham mưu Giám đốc Công ty theo dõi, đôn đốc. Các "
          "đơn "
          "vị báo cáo kết quả định kỳ 6 tháng trước ngày 10/6/2026 và năm trước ngày 10/12/2026."),
    ]
    + _sign(["- EVNSPC (b/c);", "- Ban Giám đốc;", "- Các đơn vị trực thuộc;", "- Lưu: VT, TTBVPC."],
            "GIÁM ĐỐC", "Võ Quang Huy"),
    [
        Exp("Phổ biến Luật Điện lực năm 2024", ("Phòng Kỹ thuật - An toàn",),
            ("Phòng Tổ chức và Nhân sự", "các Điện lực khu vực"), "2026-03-31"),
        Exp("Tuyên truyền an toàn hành lang lưới điện", ("Các Điện lực khu vực",),
            ("UBND các xã, phường có lưới điện đi qua",), "2026-06-30"),
        Exp("Hướng dẫn khách hàng quy định mới về giá điện", ("Phòng Kinh doanh",),
            ("Trung tâm Chăm sóc khách hàng",), "2026-12-31", True),
        Exp("Tập huấn pháp luật về đấu thầu", ("Phòng Tài chính - Kế toán",),
            ("Phòng Kế hoạch và Vật tư", "Ban Quản lý dự án"), "2026-09-30"),
        Exp("Phổ biến Bộ luật Lao động, quy chế dân chủ", ("Công đoàn Công ty",), ("Phòng Tổ chức và Nhân "
                                                                                   "sự",),
            "2026-05-31"),
        Exp("Phổ biến pháp luật về phòng, chống tham nhũng", ("Phòng Thanh tra - Bảo vệ - Pháp chế",),
            ("Văn phòng", "Ban Kiểm tra Đảng ủy"), "2026-09-30"),
        Exp("Tổng kết, đánh giá kết quả thực hiện", ("Phòng Thanh tra - Bảo vệ - Pháp chế",),
            ("Các đơn vị trực thuộc",), "2026-12-15"),
    ],
)

# ------------------------------------------------------------------ 6. department of education
PLAN_SGD = Plan(
    "so_giao_duc",
    _header(
        "UBND TỈNH QUẢNG NINH",
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
        "1520/KH-SGDĐT",
        "Quảng Ninh, ngày 28 tháng 8 năm 2026",
        "Công tác phổ biến, giáo dục pháp luật, xây dựng trường học thân thiện, an toàn",
        "năm học 2026 - 2027",
    )
    + [
        P("Căn cứ Quyết định số 2540/QĐ-BGDĐT ngày 15/8/2026 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành "
          "Khung kế hoạch thời gian năm học 2026 - 2027;"),
        P("Căn cứ Kế hoạch số 96/KH-UBND ngày 10/3/2026 của UBND tỉnh Quảng Ninh về công tác phổ biến, giáo "
          "dục pháp luật năm 2026;"),
        P("Sở Giáo dục và Đào tạo xây dựng kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Đưa công tác giáo dục pháp luật trong trường học đi vào nền nếp, thực chất."),
        P("- Phân công cụ thể, gắn trách nhiệm người đứng đầu cơ sở giáo dục."),
        P("II. NHIỆM VỤ VÀ PHÂN CÔNG", bold=True),
        P("- Rà soát, bổ sung nội quy, quy tắc ứng xử văn hóa trong trường học theo quy định mới"),
        P("+ Đơn vị chủ trì: Phòng Giáo dục Trung học; Phòng Giáo dục Mầm non - Tiểu học"),
        P("+ Đơn vị phối hợp: Phòng Quản lý chất lượng, Thanh tra Sở"),
        P("+ Thời hạn: Tháng 10/2026"),
        P("- Bồi dưỡng đội ngũ giáo viên dạy Giáo dục kinh tế và pháp luật cấp trung học phổ thông"),
        P("+ Đơn vị chủ trì: Phòng Giáo dục Trung học"),
        P("+ Đơn vị phối hợp: Trường Đại học Hạ Long, Trường Chính trị tỉnh"),
        P("+ Thời hạn: Tháng 11/2026 - tháng 01/2027"),
        P("- Tổ chức tuyên truyền pháp luật về an toàn giao thông, phòng chống đuối nước cho học sinh vùng "
          "biển, "
          "hải đảo"),
        P("+ Đơn vị chủ trì: các trường trung học phổ thông trực thuộc, Trung tâm Giáo dục nghề nghiệp - "
          "Giáo "
          "dục thường xuyên"),
        P("+ Đơn vị phối hợp: Công an tỉnh; UBND các xã, phường, đặc khu và Tỉnh đoàn"),
        P("+ Thời hạn: Tháng 4 - tháng 5/2027"),
        P("- Kiểm tra công tác pháp chế, phổ biến pháp luật tại các cơ sở giáo dục"),
        P("+ Đơn vị chủ trì: Thanh tra Sở"),
        P("+ Đơn vị phối hợp: Văn phòng Sở, Phòng Kế hoạch - Tài chính"),
        P("+ Thời hạn: Quý I/2027"),
        P("- Triển khai các văn bản quy phạm pháp luật mới của ngành giáo dục"),
        P("+ Đơn vị chủ trì: Văn phòng Sở (bộ phận pháp chế)"),
        P("+ Đơn vị phối hợp: các phòng chuyên môn, nghiệp vụ thuộc Sở"),
        P("+ Thời hạn: Tháng 9 - tháng 12/2026"),
        P("- Tổ chức Ngày hội \"Học sinh Quảng Ninh với pháp luật\""),
        P("+ Đơn vị chủ trì: Phòng Chính trị, tư tưởng và Công tác học sinh, sinh viên"),
        P("+ Đơn vị phối hợp: Sở Tư pháp, Tỉnh đoàn Quảng Ninh"),
        P("+ Thời hạn: Trước ngày 09/11/2026"),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Thủ trưởng các đơn vị trực thuộc, các cơ sở giáo dục căn cứ Kế hoạch xây dựng kế hoạch của đơn "
          "vị; "
          "báo cáo sơ kết học kỳ I trước ngày 15/01/2027, tổng kết năm học trước ngày 25/5/2027 về Văn "
          "phòng Sở."),
    ]
    + _sign(["- Bộ GDĐT (b/c);", "- UBND tỉnh (b/c);", "- Sở Tư pháp;", "- Các đơn vị trực thuộc;",
             "- Lưu: VT, VP."], "PHÓ GIÁM ĐỐC", "Đỗ Thị Mai Hương", pre="KT. GIÁM ĐỐC"),
    [
        Exp("Rà soát, bổ sung nội quy, quy tắc", ("Phòng Giáo dục Trung học", "Phòng Giáo dục Mầm non - "
                                                                              "Tiểu học"),
            ("Phòng Quản lý chất lượng", "Thanh tra Sở"), "2026-10-31"),
        Exp("Bồi dưỡng đội ngũ giáo viên dạy", ("Phòng Giáo dục Trung học",),
            ("Trường Đại học Hạ Long", "Trường Chính trị tỉnh"), "2027-01-31"),
        Exp("Tổ chức tuyên truyền pháp luật về an toàn giao thông",
            ("các trường trung học phổ thông trực thuộc",
             "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên"),
            ("Công an tỉnh", "UBND các xã, phường, đặc khu", "Tỉnh đoàn"), "2027-05-31"),
        Exp("Kiểm tra công tác pháp chế, phổ biến", ("Thanh tra Sở",), ("Văn phòng Sở", "Phòng Kế hoạch - "
                                                                                        "Tài chính"),
            "2027-03-31"),
        Exp("Triển khai các văn bản quy phạm pháp luật mới", ("Văn phòng Sở (bộ phận pháp chế)",),
            ("các phòng chuyên môn, nghiệp vụ thuộc Sở",), "2026-12-31"),
        Exp("Tổ chức Ngày hội \"Học sinh Quảng Ninh", ("Phòng Chính trị, tư tưởng và Công tác học sinh, "
                                                       "sinh viên",),
            ("Sở Tư pháp", "Tỉnh đoàn Quảng Ninh"), "2026-11-09"),
    ],
)

# ------------------------------------------------------------------ 7. regional health centre
PLAN_TTYT = Plan(
    "trung_tam_y_te",
    _header(
        "SỞ Y TẾ THÀNH PHỐ CẦN THƠ",
        "TRUNG TÂM Y TẾ KHU VỰC CHÂU THÀNH",
        "37/KH-TTYT",
        "Cần Thơ, ngày 09 tháng 02 năm 2026",
        "Phổ biến, giáo dục pháp luật và truyền thông chính sách y tế",
        "năm 2026",
    )
    + [
        P("Căn cứ Kế hoạch số 22/KH-SYT ngày 23/01/2026 của Sở Y tế thành phố Cần Thơ về phổ biến, giáo dục "
          "pháp luật năm 2026;"),
        P("Căn cứ tình hình thực tế của đơn vị, Trung tâm Y tế khu vực Châu Thành xây dựng Kế hoạch như "
          "sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Giúp viên chức, người lao động và Nhân dân trên địa bàn hiểu và chấp hành các quy định pháp luật "
          "về "
          "y tế; huy động sự tham gia của các Trạm Y tế xã, phường."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG", bold=True),
        P("1. Phổ biến pháp luật về phòng, chống bệnh truyền nhiễm, tiêm chủng", bold=True),
        P("- Khoa Kiểm soát bệnh tật và HIV/AIDS chủ trì biên soạn tài liệu, tổ chức tập huấn cho viên chức "
          "y tế; "
          "Phòng Kế hoạch - Nghiệp vụ phối hợp; hoàn thành trong Quý I/2026."),
        P("- Trạm Y tế các xã, phường có trách nhiệm tuyên truyền trực tiếp tại cộng đồng, phối hợp với "
          "cộng tác "
          "viên dân số và Hội Liên hiệp phụ nữ xã, phường; thực hiện từ tháng 3 đến tháng 9/2026."),
        P("2. Phổ biến pháp luật về an toàn thực phẩm", bold=True),
        P("- Khoa An toàn thực phẩm chủ trì, phối hợp với Phòng Kinh tế các xã tổ chức hội nghị cho các cơ "
          "sở "
          "kinh doanh dịch vụ ăn uống, bếp ăn tập thể; thời gian: Tháng 4/2026 và Tháng 9/2026."),
        P("- Trạm Y tế các xã, phường tuyên truyền trên hệ thống loa truyền thanh cơ sở trong \"Tháng hành "
          "động vì "
          "an toàn thực phẩm\", tháng 4 - 5/2026."),
        P("3. Quán triệt quy định về y đức, quy tắc ứng xử và phòng, chống tham nhũng", bold=True),
        P("- Phó Giám đốc phụ trách chuyên môn chủ trì quán triệt tại giao ban toàn Trung tâm; Phòng Tổ "
          "chức - "
          "Hành chính phối hợp chuẩn bị nội dung. Thời gian: Tháng 02/2026."),
        P("- Công đoàn cơ sở Trung tâm tổ chức lấy ý kiến phản hồi của người bệnh, phối hợp Phòng Điều "
          "dưỡng; "
          "định kỳ hằng quý."),
        P("4. Truyền thông chính sách bảo hiểm y tế hộ gia đình", bold=True),
        P("Giao Phòng Dân số - Truyền thông và Giáo dục sức khỏe chủ trì, phối hợp với Bảo hiểm xã hội cơ "
          "sở Châu "
          "Thành, Trạm Y tế các xã, phường thực hiện trong Quý II, III/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Giám đốc Trung tâm chỉ đạo chung; Phòng Tổ chức - Hành chính là đầu mối tổng hợp."),
        P("2. Các khoa, phòng, Trạm Y tế báo cáo kết quả trước ngày 25/11/2026 để tổng hợp báo cáo Sở Y tế."),
    ]
    + _sign(["- Sở Y tế (b/c);", "- Ban Giám đốc;", "- Các khoa, phòng, TYT;", "- Lưu: VT, TCHC."],
            "GIÁM ĐỐC", "Huỳnh Thanh Phong"),
    [
        Exp("Khoa Kiểm soát bệnh tật và HIV/AIDS chủ trì", ("Khoa Kiểm soát bệnh tật và HIV/AIDS",),
            ("Phòng Kế hoạch - Nghiệp vụ",), "2026-03-31"),
        Exp("Trạm Y tế các xã, phường có trách nhiệm tuyên truyền", ("Trạm Y tế các xã, phường",),
            ("cộng tác viên dân số", "Hội Liên hiệp phụ nữ xã, phường"), "2026-09-30"),
        Exp("Khoa An toàn thực phẩm chủ trì", ("Khoa An toàn thực phẩm",), ("Phòng Kinh tế các xã",),
            "2026-09-30"),
        Exp("Trạm Y tế các xã, phường tuyên truyền trên", ("Trạm Y tế các xã, phường",), (), "2026-05-31"),
        Exp("Phó Giám đốc phụ trách chuyên môn chủ trì", ("Phó Giám đốc phụ trách chuyên môn",),
            ("Phòng Tổ chức - Hành chính",), "2026-02-28"),
        Exp("Công đoàn cơ sở Trung tâm tổ chức lấy", ("Công đoàn cơ sở Trung tâm",), ("Phòng Điều dưỡng",),
            "2026-12-31"),
        Exp("Truyền thông chính sách bảo hiểm y tế", ("Phòng Dân số - Truyền thông và Giáo dục sức khỏe",),
            ("Bảo hiểm xã hội cơ sở Châu Thành", "Trạm Y tế các xã, phường"), "2026-09-30"),
    ],
)

# ------------------------------------------------------------------ 8. civil judgment enforcement
_THA_ROWS = (
    ("STT", "Nội dung công việc", "Đơn vị thực hiện", "", "Thời gian hoàn thành"),
    ("", "", "Chủ trì", "Phối hợp", ""),
    ("1", "Quán triệt Luật Thi hành án dân sự (sửa đổi) và các văn bản hướng dẫn cho Chấp hành viên, Thẩm "
          "tra "
          "viên, Thư ký thi hành án", "Phòng Nghiệp vụ và Tổ chức thi hành án",
     "Văn phòng Thi hành án dân sự tỉnh; các Phòng Thi hành án dân sự khu vực", "Từ 01/3/2026 đến 30/4/2026"),
    ("2", "Phổ biến pháp luật cho đương sự trong quá trình tổ chức thi hành án, vận động tự nguyện thi hành",
     "Các Phòng Thi hành án dân sự khu vực", "UBND các xã, phường; Công an xã, phường",
     "Thường xuyên"),
    ("3", "Tập huấn kỹ năng xác minh điều kiện thi hành án, kê biên, xử lý tài sản",
     "Phòng Nghiệp vụ và Tổ chức thi hành án", "Phòng Kiểm tra, giải quyết khiếu nại, tố cáo",
     "Trước ngày 30/6/2026"),
    ("4", "Phối hợp với Viện kiểm sát nhân dân tỉnh phổ biến quy định về kiểm sát thi hành án dân sự",
     "Văn phòng Thi hành án dân sự tỉnh", "Viện kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh",
     "Quý III/2026"),
    ("5", "Giải đáp pháp luật qua đường dây nóng, tiếp công dân", "Phòng Kiểm tra, giải quyết khiếu nại, tố "
          "cáo", "Văn phòng Thi hành án dân sự tỉnh", "Hằng tháng"),
    ("6", "Hướng dẫn thực hiện các quy định về bán đấu giá tài sản thi hành án theo văn bản mới",
     "Phòng Nghiệp vụ và Tổ chức thi hành án", "Các Phòng Thi hành án dân sự khu vực",
     "Sau khi Bộ Tư pháp ban hành thông tư hướng dẫn"),
)
PLAN_THA = Plan(
    "thi_hanh_an_dan_su",
    [
        P("BỘ TƯ PHÁP", bold=True, center=True),
        P("THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH", bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True),
        P("Độc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P("Số: 64/KH-THADS", center=True),
        P("Ninh Bình, ngày 16 tháng 02 năm 2026", center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P("Phổ biến, giáo dục pháp luật năm 2026 của Thi hành án dân sự tỉnh Ninh Bình", bold=True,
            center=True),
        P("Căn cứ Quyết định số 210/QĐ-BTP ngày 30/01/2026 của Bộ trưởng Bộ Tư pháp ban hành Kế hoạch công "
          "tác "
          "phổ biến, giáo dục pháp luật năm 2026;"),
        P("Căn cứ Công văn số 415/CTHADS-NV ngày 05/02/2026 của Cục Quản lý thi hành án dân sự;"),
        P("Thi hành án dân sự tỉnh Ninh Bình ban hành Kế hoạch phổ biến, giáo dục pháp luật năm 2026 như "
          "sau:"),
    ]
    + _purpose([
        "Nâng cao trình độ pháp luật, kỹ năng nghiệp vụ của công chức làm công tác thi hành án dân sự.",
        "Tăng tỷ lệ vụ việc tự nguyện thi hành án thông qua phổ biến pháp luật cho đương sự.",
        "Bám sát chỉ tiêu, nhiệm vụ được giao; phân công rõ đơn vị chủ trì, phối hợp.",
    ])
    + [
        P("II. NỘI DUNG, PHÂN CÔNG THỰC HIỆN", bold=True),
        T(_THA_ROWS, widths=(10, 70, 38, 44, 30)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Trưởng các phòng chuyên môn, Trưởng Phòng Thi hành án dân sự khu vực triển khai thực hiện."),
        P("2. Văn phòng Thi hành án dân sự tỉnh tổng hợp, báo cáo Cục Quản lý thi hành án dân sự trước ngày "
          "15/11/2026."),
    ]
    + _sign(["- Cục QLTHADS (b/c);", "- Sở Tư pháp;", "- Các phòng chuyên môn;", "- Các Phòng THADS khu vực;",
             "- Lưu: VT, VP."], "TRƯỞNG THI HÀNH ÁN DÂN SỰ TỈNH", "Bùi Văn Lâm"),
    [
        Exp("Quán triệt Luật Thi hành án dân sự", ("Phòng Nghiệp vụ và Tổ chức thi hành án",),
            ("Văn phòng Thi hành án dân sự tỉnh", "các Phòng Thi hành án dân sự khu vực"), "2026-04-30"),
        Exp("Phổ biến pháp luật cho đương sự", ("Các Phòng Thi hành án dân sự khu vực",),
            ("UBND các xã, phường", "Công an xã, phường"), "2026-12-31"),
        Exp("Tập huấn kỹ năng xác minh điều kiện", ("Phòng Nghiệp vụ và Tổ chức thi hành án",),
            ("Phòng Kiểm tra, giải quyết khiếu nại, tố cáo",), "2026-06-30"),
        Exp("Phối hợp với Viện kiểm sát nhân dân tỉnh phổ biến", ("Văn phòng Thi hành án dân sự tỉnh",),
            ("Viện kiểm sát nhân dân tỉnh", "Tòa án nhân dân tỉnh"), "2026-09-30"),
        Exp("Giải đáp pháp luật qua đường dây nóng", ("Phòng Kiểm tra, giải quyết khiếu nại, tố cáo",),
            ("Văn phòng Thi hành án dân sự tỉnh",), "2026-12-31"),
        Exp("Hướng dẫn thực hiện các quy định về bán đấu giá", ("Phòng Nghiệp vụ và Tổ chức thi hành án",),
            ("Các Phòng Thi hành án dân sự khu vực",), "2026-12-31", True),
    ],
)

# ------------------------------------------------------------------ 9. medical college, 2027 plan
PLAN_CD = Plan(
    "cao_dang_y_te",
    _START + [
        P("UBND TỈNH LÂM ĐỒNG", center=True),
        P("TRƯỜNG CAO ĐẲNG Y TẾ LÂM ĐỒNG", bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True),
        P("Độc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P("Số: 402/KH-CĐYT", center=True),
        P("Lâm Đồng, ngày 18 tháng 12 năm 2026", center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P("Phổ biến, giáo dục pháp luật cho viên chức, người lao động và học sinh, sinh viên năm 2027",
          bold=True, center=True),
        P("Căn cứ Luật Giáo dục nghề nghiệp số 74/2014/QH13;"),
        P("Căn cứ Kế hoạch số 310/KH-UBND ngày 02/12/2026 của UBND tỉnh Lâm Đồng về phổ biến, giáo dục pháp "
          "luật "
          "năm 2027;"),
        P("Trường Cao đẳng Y tế Lâm Đồng xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU"),
        P("Trang bị kiến thức pháp luật cần thiết cho người học ngành sức khỏe; nâng cao ý thức chấp hành "
          "pháp "
          "luật của viên chức, người lao động. Các hoạt động gắn với chương trình đào tạo, tiết kiệm, hiệu "
          "quả."),
        P("II. NỘI DUNG THỰC HIỆN"),
        P("1. Giảng dạy môn Pháp luật và Pháp luật y tế theo chương trình đào tạo"),
        P("Chủ trì thực hiện: Khoa Khoa học cơ bản; phối hợp: Phòng Đào tạo; thời hạn: theo tiến độ năm học, "
          "kết thúc trước ngày 30/6/2027."),
        P("2. Sinh hoạt chính trị đầu khóa cho học sinh, sinh viên khóa mới"),
        P("Chủ trì thực hiện: Phòng Công tác học sinh, sinh viên; phối hợp: Đoàn Thanh niên Cộng sản Hồ Chí "
          "Minh "
          "trường, Công an phường Xuân Hương - Đà Lạt; thời hạn: tháng 9 - tháng 10/2027."),
        P("3. Phổ biến quy định về đạo đức nghề nghiệp, an toàn người bệnh khi thực tập lâm sàng"),
        P("Chủ trì thực hiện: Khoa Điều dưỡng - Hộ sinh, Khoa Dược; phối hợp: Bệnh viện Đa khoa tỉnh Lâm "
          "Đồng; "
          "thời hạn: trước mỗi đợt thực tập, năm 2027."),
        P("4. Triển khai quy định mới về tự chủ tài chính của đơn vị sự nghiệp công lập"),
        P("Chủ trì thực hiện: Phòng Tài chính - Kế toán; phối hợp: Phòng Tổ chức - Hành chính; thời hạn: "
          "khi có "
          "hướng dẫn của Sở Tài chính."),
        P("5. Thi tìm hiểu pháp luật về phòng, chống ma túy và an toàn giao thông trong sinh viên"),
        P("Chủ trì thực hiện: Đoàn Thanh niên Cộng sản Hồ Chí Minh trường; phối hợp: Hội Sinh viên trường, "
          "Thư viện; thời hạn: tháng 3/2027 - tháng 4/2027."),
        P("6. Bổ sung sách, tài liệu pháp luật cho Thư viện"),
        P("Chủ trì thực hiện: Thư viện; phối hợp: Phòng Quản trị - Vật tư; thời hạn: Quý II/2027."),
        P("III. TỔ CHỨC THỰC HIỆN"),
        P("Phòng Tổ chức - Hành chính là thường trực Hội đồng phối hợp phổ biến, giáo dục pháp luật của "
          "Trường, "
          "theo dõi, đôn đốc; các đơn vị báo cáo kết quả trước ngày 20/11/2027."),
    ]
    + _sign(["- UBND tỉnh (b/c);", "- Sở Tư pháp;", "- Các đơn vị thuộc Trường;", "- Lưu: VT, TCHC."],
            "HIỆU TRƯỞNG", "TS. Nguyễn Thị Bích Thủy"),
    [
        Exp("Giảng dạy môn Pháp luật và Pháp luật y tế", ("Khoa Khoa học cơ bản",), ("Phòng Đào tạo",),
            "2027-06-30"),
        Exp("Sinh hoạt chính trị đầu khóa", ("Phòng Công tác học sinh, sinh viên",),
            ("Đoàn Thanh niên Cộng sản Hồ Chí Minh trường", "Công an phường Xuân Hương - Đà Lạt"),
                "2027-10-31"),
        Exp("Phổ biến quy định về đạo đức nghề nghiệp", ("Khoa Điều dưỡng - Hộ sinh", "Khoa Dược"),
            ("Bệnh viện Đa khoa tỉnh Lâm Đồng",), "2027-12-31"),
        Exp("Triển khai quy định mới về tự chủ tài chính", ("Phòng Tài chính - Kế toán",),
            ("Phòng Tổ chức - Hành chính",), "2027-12-31", True),
        Exp("Thi tìm hiểu pháp luật về phòng, chống ma túy", ("Đoàn Thanh niên Cộng sản Hồ Chí Minh trường",),
            ("Hội Sinh viên trường", "Thư viện"), "2027-04-30"),
        Exp("Bổ sung sách, tài liệu pháp luật", ("Thư viện",), ("Phòng Quản trị - Vật tư",), "2027-06-30"),
    ],
)

# ------------------------------------------------------------------ 10. footwear enterprise
_DN_ROWS = (
    ("STT", "Nội dung", "Thời gian", "Bộ phận chủ trì", "Bộ phận phối hợp", "Kinh phí"),
    ("I", "PHỔ BIẾN PHÁP LUẬT LAO ĐỘNG", "", "", "", ""),
    ("1", "Phổ biến Nội quy lao động, Thỏa ước lao động tập thể cho công nhân mới tuyển dụng", "Hằng tháng",
     "Phòng Nhân sự - Hành chính", "Công đoàn cơ sở Công ty; Tổ trưởng các chuyền may", "Quỹ đào tạo"),
    ("2", "Tổ chức đối thoại định kỳ giữa người sử dụng lao động và người lao động về tiền lương, bảo hiểm "
          "xã hội", "Quý II và Quý IV/2026", "Ban Giám đốc", "Công đoàn cơ sở Công ty, Phòng Nhân sự - Hành "
                                                             "chính",
     "Chi phí quản lý"),
    ("3", "Tư vấn pháp luật cho người lao động tại Góc pháp luật của Công ty", "Tháng 3 - tháng 10/2026",
     "Công đoàn cơ sở Công ty", "Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh và Liên đoàn Lao động tỉnh",
     "Kinh phí công đoàn"),
    ("II", "AN TOÀN, VỆ SINH LAO ĐỘNG VÀ PHÒNG CHÁY, CHỮA CHÁY", "", "", "", ""),
    ("4", "Huấn luyện an toàn, vệ sinh lao động cho người lao động nhóm 3, nhóm 4", "Tháng 4/2026",
     "Ban An toàn, vệ sinh lao động", "Phòng Kỹ thuật - Cơ điện", "Theo hợp đồng huấn luyện"),
    ("5", "Tuyên truyền pháp luật về phòng cháy, chữa cháy và cứu nạn, cứu hộ; diễn tập phương án",
     "Quý III/2026", "Đội phòng cháy, chữa cháy cơ sở", "Công an xã Yên Phong, Phòng Kỹ thuật - Cơ điện",
     "Chi phí sản xuất"),
    ("III", "PHÁP LUẬT KHÁC", "", "", "", ""),
    ("6", "Phổ biến pháp luật về bảo vệ môi trường, quản lý chất thải rắn công nghiệp", "Tháng 6/2026",
     "Phòng Quản lý chất lượng - Môi trường", "Sở Nông nghiệp và Môi trường (khi được mời)", ""),
    ("7", "Phổ biến quy định về hải quan, xuất xứ hàng hóa cho bộ phận xuất nhập khẩu",
     "Khi có thay đổi quy định", "Phòng Xuất nhập khẩu - Logistics", "Phòng Kế toán", ""),
    ("8", "Tổng kết, khen thưởng cá nhân, tập thể thực hiện tốt", "Tháng 12/2026", "Phòng Nhân sự - Hành "
                                                                                   "chính",
     "Công đoàn cơ sở Công ty", "Quỹ khen thưởng"),
)
PLAN_DN = Plan(
    "doanh_nghiep_giay",
    _START + [
        P("CÔNG TY TNHH GIÀY DA HƯNG THỊNH VIỆT NAM", bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True),
        P("Độc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P("Số: 05/2026/KH-HT", center=True),
        P("Bắc Ninh, ngày 06 tháng 01 năm 2026", center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P("Tuyên truyền, phổ biến pháp luật cho người lao động năm 2026", bold=True, center=True),
        P("Căn cứ Bộ luật Lao động số 45/2019/QH14 ngày 20/11/2019;"),
        P("Căn cứ Nghị định số 145/2020/NĐ-CP ngày 14/12/2020 của Chính phủ quy định chi tiết và hướng dẫn "
          "thi "
          "hành một số điều của Bộ luật Lao động về điều kiện lao động và quan hệ lao động;"),
        P("Căn cứ Kế hoạch số 08/KH-BQL ngày 05/01/2026 của Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh;"),
        P("Công ty TNHH Giày da Hưng Thịnh Việt Nam ban hành Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Người lao động nắm được quyền, nghĩa vụ theo pháp luật lao động, an toàn lao động; hạn chế tranh "
          "chấp "
          "lao động, ngừng việc tập thể; hoạt động tuyên truyền không ảnh hưởng đến sản xuất."),
        P("II. NỘI DUNG, THỜI GIAN VÀ PHÂN CÔNG", bold=True),
        T(_DN_ROWS, widths=(10, 62, 26, 34, 40, 22)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Trưởng các phòng, bộ phận, Chủ tịch Công đoàn cơ sở Công ty có trách nhiệm thực hiện Kế hoạch; "
          "Phòng "
          "Nhân sự - Hành chính tổng hợp, báo cáo Tổng Giám đốc và Ban Quản lý các khu công nghiệp tỉnh "
          "trước "
          "ngày 20/12/2026."),
    ]
    + _sign(["- Ban QL các KCN tỉnh (b/c);", "- Công đoàn cơ sở;", "- Các phòng, bộ phận;", "- Lưu: NS-HC."],
            "TỔNG GIÁM ĐỐC", "Trần Minh Khoa"),
    [
        Exp("Phổ biến Nội quy lao động, Thỏa ước", ("Phòng Nhân sự - Hành chính",),
            ("Công đoàn cơ sở Công ty", "Tổ trưởng các chuyền may"), "2026-12-31"),
        Exp("Tổ chức đối thoại định kỳ giữa người sử dụng", ("Ban Giám đốc",),
            ("Công đoàn cơ sở Công ty", "Phòng Nhân sự - Hành chính"), "2026-12-31"),
        Exp("Tư vấn pháp luật cho người lao động", ("Công đoàn cơ sở Công ty",),
            ("Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh", "Liên đoàn Lao động tỉnh"), "2026-10-31"),
        Exp("Huấn luyện an toàn, vệ sinh lao động", ("Ban An toàn, vệ sinh lao động",), ("Phòng Kỹ thuật - "
                                                                                         "Cơ điện",),
            "2026-04-30"),
        Exp("Tuyên truyền pháp luật về phòng cháy", ("Đội phòng cháy, chữa cháy cơ sở",),
            ("Công an xã Yên Phong", "Phòng Kỹ thuật - Cơ điện"), "2026-09-30"),
        Exp("Phổ biến pháp luật về bảo vệ môi trường", ("Phòng Quản lý chất lượng - Môi trường",),
            ("Sở Nông nghiệp và Môi trường",), "2026-06-30"),
        Exp("Phổ biến quy định về hải quan", ("Phòng Xuất nhập khẩu - Logistics",), ("Phòng Kế toán",),
            "2026-12-31", True),
        Exp("Tổng kết, khen thưởng cá nhân", ("Phòng Nhân sự - Hành chính",), ("Công đoàn cơ sở Công ty",),
            "2026-12-31"),
    ],
)

PLANS: list[Plan] = [PLAN_THPT, PLAN_BV, PLAN_TAND, PLAN_VKS, PLAN_DL, PLAN_SGD, PLAN_TTYT, PLAN_THA, PLAN_CD,
                     PLAN_DN]
