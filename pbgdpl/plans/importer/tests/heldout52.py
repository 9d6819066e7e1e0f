"""Held-out evaluation set 52: institutions (schools, hospitals, courts, procuracies, state enterprises, banks).

1. THPT Nguyễn Trãi, school year 2026-2027: roman numerals, "1." items, inline "Người thực hiện:" /
   "Phối hợp:" / "Thời gian:" labels, persons as units (Phó Hiệu trưởng, Tổ trưởng ...).
2. Bệnh viện Đa khoa tỉnh: task table STT | Nội dung | Khoa, phòng chủ trì | Phối hợp | Thời gian | Ghi chú.
3. Tòa án nhân dân khu vực 2: prose assignments "Giao X chủ trì, phối hợp với Y ..." under "1.", "2.".
4. Viện kiểm sát nhân dân khu vực 5: "a)" items with labels on their own lines (Đơn vị chủ trì / Phối hợp /
   Thời gian thực hiện), one event-triggered timeframe.
5. Trường Đại học: table without STT, order Nội dung | Thời gian | Chủ trì | Phối hợp | Sản phẩm, group rows.
6. Trung tâm Y tế khu vực: "1.1." numbering, "X chủ trì; Y phối hợp" sentences, quarter ranges, on_request.
7. Ngân hàng (Agribank chi nhánh): "-" tasks with "+" assignment blocks (several blocks in one item).
8. Công ty TNHH MTV Thủy lợi: 2-row header table (Đơn vị thực hiện: Chủ trì / Phối hợp), Kinh phí column.
9. Trường THCS: bold "1." headings, "Đề nghị"/"có trách nhiệm" prose, persons (Tổng phụ trách Đội ...).
10. Trường Cao đẳng, 2027 plan issued in 12/2026: "Cơ quan thực hiện:" / "Tiến độ:" inline, mixed lists.
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T

_START: list[P | T] = []  # typed start of a block list that mixes paragraphs and tables


def _head(up: str, agency: str, number: str, place_date: str, title: str, sub: str) -> list[P | T]:
    return [
        P(up, center=True),
        P(agency, bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P(f"Số: {number}", center=True),
        P(place_date, center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P(title, bold=True, center=True),
        P(sub, bold=True, center=True),
    ]


def _end(recipients: list[str], role: str, name: str) -> list[P | T]:
    out: list[P | T] = [P("Nơi nhận:", bold=True)]
    out += [P(f"- {r}") for r in recipients]
    out += [P("- Lưu: VT."), P(role, bold=True, center=True), P("(Đã ký)", center=True), P(name, bold=True, center=True)]
    return out


# ---------------------------------------------------------------- 1. THPT
PLAN_THPT = Plan(
    name="thpt_nguyen_trai",
    blocks=_head(
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ HẢI PHÒNG",
        "TRƯỜNG THPT NGUYỄN TRÃI",
        "87/KH-THPTNT",
        "Hải Phòng, ngày 12 tháng 9 năm 2026",
        "Tuyên truyền, phổ biến, giáo dục pháp luật",
        "năm học 2026-2027",
    )
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012;"),
        P("Căn cứ Quyết định số 1487/QĐ-SGDĐT ngày 25/8/2026 của Sở Giáo dục và Đào tạo về kế hoạch thời gian "
          "năm học 2026-2027;"),
        P("Căn cứ Công văn số 2215/SGDĐT-CTTT ngày 03/9/2026 của Sở Giáo dục và Đào tạo về hướng dẫn công tác "
          "PBGDPL năm học 2026-2027;"),
        P("Trường THPT Nguyễn Trãi xây dựng Kế hoạch tuyên truyền, phổ biến, giáo dục pháp luật năm học 2026-2027 "
          "như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Nâng cao ý thức tôn trọng, chấp hành pháp luật của cán bộ, giáo viên, nhân viên và học sinh."),
        P("- Xây dựng môi trường học đường an toàn, lành mạnh, thân thiện, phòng chống bạo lực học đường."),
        P("- Lồng ghép nội dung giáo dục pháp luật vào các môn học, hoạt động giáo dục phù hợp với lứa tuổi."),
        P("II. NỘI DUNG VÀ GIẢI PHÁP THỰC HIỆN", bold=True),
        P("1. Quán triệt các văn bản pháp luật mới cho cán bộ, giáo viên, nhân viên tại phiên họp Hội đồng sư "
          "phạm đầu năm học."),
        P("Người thực hiện: Phó Hiệu trưởng phụ trách chuyên môn. Phối hợp: Công đoàn trường. "
          "Thời gian: tháng 9/2026."),
        P("2. Tổ chức tuần sinh hoạt công dân - học sinh đầu năm học, phổ biến nội quy, quy chế và pháp luật về "
          "an toàn giao thông."),
        P("Người thực hiện: Đoàn Thanh niên trường; phối hợp: giáo viên chủ nhiệm các lớp, Công an phường Lê Chân. "
          "Thời gian: từ 14/9/2026 đến 19/9/2026."),
        P("3. Lồng ghép giáo dục pháp luật trong môn Giáo dục kinh tế và pháp luật, Lịch sử, Ngữ văn."),
        P("Người thực hiện: Tổ trưởng Tổ Sử - Địa - GDKT&PL, Tổ trưởng Tổ Ngữ văn. Phối hợp: Phó Hiệu trưởng "
          "phụ trách chuyên môn. Thời gian: học kỳ I và học kỳ II, hoàn thành trước ngày 25/5/2027."),
        P("4. Tổ chức cuộc thi tìm hiểu pháp luật về phòng, chống ma túy và tệ nạn xã hội trong học sinh."),
        P("Người thực hiện: Đoàn Thanh niên trường. Phối hợp: Ban đại diện cha mẹ học sinh, Tổ Tư vấn tâm lý học "
          "đường. Thời gian: tháng 11/2026 - tháng 12/2026."),
        P("5. Xây dựng, bổ sung tủ sách pháp luật, giới thiệu sách pháp luật mới tại thư viện nhà trường."),
        P("Người thực hiện: Nhân viên thư viện. Thời gian: tháng 10/2026."),
        P("6. Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam (09/11) bằng hình thức sân khấu hóa."),
        P("Người thực hiện: Đoàn Thanh niên trường, Công đoàn trường. Phối hợp: Tổ Ngữ văn. "
          "Thời gian: trước ngày 09/11/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các tổ chuyên môn, tổ văn phòng, Đoàn Thanh niên căn cứ Kế hoạch triển khai thực hiện; báo cáo kết quả "
          "về Ban Giám hiệu trước ngày 15/12/2026 (sơ kết học kỳ I) và trước ngày 20/5/2027 (tổng kết năm học)."),
    ]
    + _end(["Sở GD&ĐT (để b/c);", "Các tổ chuyên môn;", "Đoàn TN trường;"], "HIỆU TRƯỞNG", "Phạm Thị Thu Hà"),
    expected=[
        Exp("Quán triệt các văn bản pháp luật mới cho cán bộ", ("Phó Hiệu trưởng phụ trách chuyên môn",),
            ("Công đoàn trường",), "2026-09-30"),
        Exp("Tổ chức tuần sinh hoạt công dân - học sinh", ("Đoàn Thanh niên trường",),
            ("giáo viên chủ nhiệm các lớp", "Công an phường Lê Chân"), "2026-09-19"),
        Exp("Lồng ghép giáo dục pháp luật trong môn Giáo dục kinh tế",
            ("Tổ trưởng Tổ Sử - Địa - GDKT&PL", "Tổ trưởng Tổ Ngữ văn"),
            ("Phó Hiệu trưởng phụ trách chuyên môn",), "2027-05-25"),
        Exp("Tổ chức cuộc thi tìm hiểu pháp luật về phòng, chống ma túy", ("Đoàn Thanh niên trường",),
            ("Ban đại diện cha mẹ học sinh", "Tổ Tư vấn tâm lý học đường"), "2026-12-31"),
        Exp("Xây dựng, bổ sung tủ sách pháp luật", ("Nhân viên thư viện",), (), "2026-10-31"),
        Exp("Hưởng ứng Ngày Pháp luật nước Cộng hòa", ("Đoàn Thanh niên trường", "Công đoàn trường"),
            ("Tổ Ngữ văn",), "2026-11-09"),
    ],
)

# ---------------------------------------------------------------- 2. Bệnh viện
PLAN_BV = Plan(
    name="benh_vien_da_khoa",
    blocks=_head(
        "SỞ Y TẾ TỈNH NGHỆ AN",
        "BỆNH VIỆN ĐA KHOA TỈNH",
        "412/KH-BVĐK",
        "Nghệ An, ngày 20 tháng 01 năm 2026",
        "Công tác phổ biến, giáo dục pháp luật năm 2026",
        "",
    )
    + [
        P("Căn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15;"),
        P("Căn cứ Kế hoạch số 35/KH-SYT ngày 09/01/2026 của Sở Y tế về công tác PBGDPL năm 2026;"),
        P("Bệnh viện Đa khoa tỉnh ban hành Kế hoạch với các nội dung sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Nâng cao hiểu biết pháp luật về khám bệnh, chữa bệnh, quy tắc ứng xử cho viên chức, người lao động."),
        P("2. Bảo đảm thiết thực, gắn với nhiệm vụ chuyên môn, không ảnh hưởng công tác khám, chữa bệnh."),
        P("II. NỘI DUNG, PHÂN CÔNG THỰC HIỆN", bold=True),
        T((
            ("STT", "Nội dung", "Khoa, phòng chủ trì", "Phối hợp", "Thời gian", "Ghi chú"),
            ("1", "Phổ biến Luật Khám bệnh, chữa bệnh và các Nghị định hướng dẫn cho viên chức mới tuyển dụng",
             "Phòng Tổ chức cán bộ", "Phòng Kế hoạch tổng hợp", "Quý I/2026", ""),
            ("2", "Tập huấn quy tắc ứng xử, giao tiếp với người bệnh và thân nhân người bệnh",
             "Phòng Điều dưỡng", "Phòng Công tác xã hội; các khoa lâm sàng", "Tháng 3 - tháng 4/2026",
             "Theo đợt"),
            ("3", "Tuyên truyền pháp luật về bảo hiểm y tế cho người bệnh tại khu khám bệnh",
             "Phòng Công tác xã hội", "Khoa Khám bệnh, Phòng Tài chính kế toán", "Thường xuyên", ""),
            ("4", "Cập nhật văn bản pháp luật mới trên Trang thông tin điện tử của Bệnh viện",
             "Phòng Kế hoạch tổng hợp", "Tổ Công nghệ thông tin", "Hằng tháng", ""),
            ("5", "Phổ biến pháp luật về phòng cháy, chữa cháy và cứu nạn, cứu hộ; diễn tập PCCC",
             "Phòng Hành chính quản trị", "Công an phường Trường Vinh, Đội PCCC cơ sở", "Quý II/2026", ""),
            ("6", "Tổ chức Ngày Pháp luật Việt Nam tại Bệnh viện", "Công đoàn Bệnh viện",
             "Đoàn Thanh niên, Phòng Tổ chức cán bộ", "Tháng 11/2026", ""),
            ("7", "Sơ kết, tổng kết công tác PBGDPL, đề xuất khen thưởng", "Phòng Tổ chức cán bộ", "",
             "Trước ngày 10/12/2026", ""),
        ), widths=(8, 60, 30, 35, 22, 15)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Trưởng các khoa, phòng chủ động triển khai; gửi báo cáo về Phòng Tổ chức cán bộ trước ngày 05/12/2026 "
          "để tổng hợp báo cáo Sở Y tế."),
    ]
    + _end(["Sở Y tế (b/c);", "Ban Giám đốc;", "Các khoa, phòng;"], "GIÁM ĐỐC", "BSCKII. Nguyễn Văn Lâm"),
    expected=[
        Exp("Phổ biến Luật Khám bệnh, chữa bệnh và các Nghị định", ("Phòng Tổ chức cán bộ",),
            ("Phòng Kế hoạch tổng hợp",), "2026-03-31"),
        Exp("Tập huấn quy tắc ứng xử, giao tiếp với người bệnh", ("Phòng Điều dưỡng",),
            ("Phòng Công tác xã hội", "các khoa lâm sàng"), "2026-04-30"),
        Exp("Tuyên truyền pháp luật về bảo hiểm y tế", ("Phòng Công tác xã hội",),
            ("Khoa Khám bệnh", "Phòng Tài chính kế toán"), "2026-12-31"),
        Exp("Cập nhật văn bản pháp luật mới trên Trang", ("Phòng Kế hoạch tổng hợp",),
            ("Tổ Công nghệ thông tin",), "2026-12-31"),
        Exp("Phổ biến pháp luật về phòng cháy, chữa cháy", ("Phòng Hành chính quản trị",),
            ("Công an phường Trường Vinh", "Đội PCCC cơ sở"), "2026-06-30"),
        Exp("Tổ chức Ngày Pháp luật Việt Nam tại Bệnh viện", ("Công đoàn Bệnh viện",),
            ("Đoàn Thanh niên", "Phòng Tổ chức cán bộ"), "2026-11-30"),
        Exp("Sơ kết, tổng kết công tác PBGDPL", ("Phòng Tổ chức cán bộ",), (), "2026-12-10"),
    ],
)

# ---------------------------------------------------------------- 3. Tòa án
PLAN_TOA = Plan(
    name="toa_an_khu_vuc",
    blocks=_head(
        "TÒA ÁN NHÂN DÂN TỈNH ĐỒNG NAI",
        "TÒA ÁN NHÂN DÂN KHU VỰC 2 - ĐỒNG NAI",
        "09/KH-TA",
        "Đồng Nai, ngày 15 tháng 01 năm 2026",
        "Phổ biến, giáo dục pháp luật và tuyên truyền hoạt động xét xử năm 2026",
        "",
    )
    + [
        P("Căn cứ Luật Tổ chức Tòa án nhân dân số 34/2024/QH15;"),
        P("Căn cứ Kế hoạch số 18/KH-TA ngày 08/01/2026 của Tòa án nhân dân tỉnh Đồng Nai về công tác PBGDPL;"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Gắn công tác phổ biến, giáo dục pháp luật với hoạt động xét xử, thông qua phiên tòa nâng cao ý thức "
          "pháp luật của Nhân dân; bảo đảm bí mật nhà nước, bí mật đời tư theo quy định."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Tổ chức các phiên tòa xét xử lưu động", bold=True),
        P("Giao Tòa Hình sự chủ trì, phối hợp với Viện kiểm sát nhân dân khu vực 2 - Đồng Nai, "
          "Ủy ban nhân dân các xã, phường nơi xảy ra vụ án tổ chức ít nhất 04 phiên tòa xét xử lưu động đối với "
          "các vụ án có tính chất điển hình. Thời gian: Quý II và Quý III/2026."),
        P("2. Phổ biến Luật Tổ chức Tòa án nhân dân, Luật Hòa giải, đối thoại tại Tòa án", bold=True),
        P("Giao Văn phòng Tòa án chủ trì, phối hợp với Tòa Dân sự, Tòa Hình sự tổ chức hội nghị phổ biến cho công "
          "chức, Hòa giải viên, Đối thoại viên. Hoàn thành trong tháng 4/2026."),
        P("3. Công khai bản án, quyết định trên Cổng thông tin điện tử", bold=True),
        P("Các Thẩm phán, Thư ký Tòa án có trách nhiệm công bố bản án, quyết định đã có hiệu lực pháp luật theo "
          "Nghị quyết số 03/2017/NQ-HĐTP; Văn phòng Tòa án phối hợp theo dõi, đôn đốc. Thời gian: thường xuyên."),
        P("4. Giải thích pháp luật cho đương sự tại Bộ phận tiếp nhận đơn", bold=True),
        P("Giao Bộ phận tiếp nhận và xử lý đơn chủ trì thực hiện, Văn phòng Tòa án phối hợp; thực hiện trong năm "
          "2026."),
        P("5. Phối hợp tuyên truyền pháp luật về hôn nhân và gia đình, phòng, chống bạo lực gia đình", bold=True),
        P("Tòa Gia đình và người chưa thành niên chủ trì; phối hợp với Hội Liên hiệp phụ nữ các phường Biên Hòa, "
          "Trấn Biên và Tam Hiệp. Thời gian: tháng 6/2026 - tháng 8/2026."),
        P("6. Bồi dưỡng kiến thức pháp luật cho Hội thẩm nhân dân", bold=True),
        P("Giao Phó Chánh án Tòa án nhân dân khu vực 2 chủ trì, phối hợp với Đoàn Hội thẩm nhân dân tổ chức tập "
          "huấn khi có văn bản hướng dẫn của Tòa án nhân dân tối cao."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Văn phòng Tòa án giúp Chánh án theo dõi, tổng hợp; báo cáo Tòa án nhân dân tỉnh trước ngày 20/11/2026."),
    ]
    + _end(["TAND tỉnh (b/c);", "VKSND khu vực 2;", "Các Tòa chuyên trách;"], "CHÁNH ÁN", "Lê Quang Minh"),
    expected=[
        Exp("Tổ chức các phiên tòa xét xử lưu động", ("Tòa Hình sự",),
            ("Viện kiểm sát nhân dân khu vực 2 - Đồng Nai", "Ủy ban nhân dân các xã, phường nơi xảy ra vụ án"),
            "2026-09-30"),
        Exp("Phổ biến Luật Tổ chức Tòa án nhân dân", ("Văn phòng Tòa án",), ("Tòa Dân sự", "Tòa Hình sự"),
            "2026-04-30"),
        Exp("Công khai bản án, quyết định trên Cổng", ("Các Thẩm phán", "Thư ký Tòa án"), ("Văn phòng Tòa án",),
            "2026-12-31"),
        Exp("Giải thích pháp luật cho đương sự", ("Bộ phận tiếp nhận và xử lý đơn",), ("Văn phòng Tòa án",),
            "2026-12-31"),
        Exp("Phối hợp tuyên truyền pháp luật về hôn nhân và gia đình", ("Tòa Gia đình và người chưa thành niên",),
            ("Hội Liên hiệp phụ nữ các phường Biên Hòa, Trấn Biên và Tam Hiệp",), "2026-08-31"),
        Exp("Bồi dưỡng kiến thức pháp luật cho Hội thẩm", ("Phó Chánh án Tòa án nhân dân khu vực 2",),
            ("Đoàn Hội thẩm nhân dân",), "2026-12-31", on_request=True),
    ],
)

# ---------------------------------------------------------------- 4. Viện kiểm sát
PLAN_VKS = Plan(
    name="vien_kiem_sat_khu_vuc",
    blocks=_head(
        "VIỆN KIỂM SÁT NHÂN DÂN TỈNH LÂM ĐỒNG",
        "VIỆN KIỂM SÁT NHÂN DÂN KHU VỰC 5",
        "03/KH-VKSKV5",
        "Lâm Đồng, ngày 22 tháng 01 năm 2026",
        "Thực hiện công tác phổ biến, giáo dục pháp luật năm 2026",
        "",
    )
    + [
        P("Căn cứ Luật Tổ chức Viện kiểm sát nhân dân số 63/2014/QH13, được sửa đổi, bổ sung năm 2025;"),
        P("Căn cứ Kế hoạch số 11/KH-VKS ngày 10/01/2026 của Viện kiểm sát nhân dân tỉnh Lâm Đồng;"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Tuyên truyền kết quả thực hành quyền công tố, kiểm sát hoạt động tư pháp đến Nhân dân."),
        P("- Các hoạt động bảo đảm đúng quy định, tiết kiệm, hiệu quả."),
        P("II. NỘI DUNG THỰC HIỆN", bold=True),
        P("a) Phổ biến Bộ luật Tố tụng hình sự sửa đổi và các văn bản hướng dẫn cho Kiểm sát viên, Kiểm tra viên"),
        P("Đơn vị chủ trì:\nLãnh đạo Viện kiểm sát nhân dân khu vực 5"),
        P("Phối hợp:\nCác bộ phận nghiệp vụ"),
        P("Thời gian thực hiện:\nQuý I/2026"),
        P("b) Tham gia phiên tòa rút kinh nghiệm, phiên tòa xét xử lưu động gắn với tuyên truyền pháp luật"),
        P("Đơn vị chủ trì:\nBộ phận thực hành quyền công tố và kiểm sát xét xử hình sự"),
        P("Phối hợp:\nTòa án nhân dân khu vực 5 - Lâm Đồng; Công an các xã, phường có liên quan"),
        P("Thời gian thực hiện:\nTừ tháng 3 đến tháng 10/2026"),
        P("c) Tuyên truyền pháp luật về tạm giữ, tạm giam cho người bị tạm giữ, người bị tạm giam"),
        P("Đơn vị chủ trì:\nBộ phận kiểm sát thi hành án hình sự và tạm giữ, tạm giam"),
        P("Phối hợp:\nNhà tạm giữ Công an tỉnh Lâm Đồng"),
        P("Thời gian thực hiện:\n6 tháng đầu năm 2026"),
        P("d) Đăng tải tin, bài về hoạt động kiểm sát trên Trang thông tin điện tử của Viện kiểm sát tỉnh"),
        P("Đơn vị chủ trì:\nVăn phòng tổng hợp"),
        P("Phối hợp:\nKiểm sát viên được phân công"),
        P("Thời gian thực hiện:\nThường xuyên"),
        P("đ) Phổ biến các luật mới được Quốc hội thông qua tại Kỳ họp thứ nhất, Quốc hội khóa XVI"),
        P("Đơn vị chủ trì:\nVăn phòng tổng hợp"),
        P("Phối hợp:\nCông đoàn cơ sở, Chi đoàn Viện kiểm sát nhân dân khu vực 5"),
        P("Thời gian thực hiện:\nSau khi các luật được công bố và có hướng dẫn của Viện kiểm sát nhân dân tỉnh"),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Văn phòng tổng hợp tham mưu Viện trưởng theo dõi, đôn đốc; báo cáo kết quả về Viện kiểm sát nhân dân "
          "tỉnh (qua Văn phòng) trước ngày 25/11/2026."),
    ]
    + _end(["VKSND tỉnh (b/c);", "Lãnh đạo Viện;"], "VIỆN TRƯỞNG", "Trần Đình Khoa"),
    expected=[
        Exp("Phổ biến Bộ luật Tố tụng hình sự sửa đổi", ("Lãnh đạo Viện kiểm sát nhân dân khu vực 5",),
            ("Các bộ phận nghiệp vụ",), "2026-03-31"),
        Exp("Tham gia phiên tòa rút kinh nghiệm, phiên tòa xét xử lưu động",
            ("Bộ phận thực hành quyền công tố và kiểm sát xét xử hình sự",),
            ("Tòa án nhân dân khu vực 5 - Lâm Đồng", "Công an các xã, phường có liên quan"), "2026-10-31"),
        Exp("Tuyên truyền pháp luật về tạm giữ, tạm giam",
            ("Bộ phận kiểm sát thi hành án hình sự và tạm giữ, tạm giam",),
            ("Nhà tạm giữ Công an tỉnh Lâm Đồng",), "2026-06-30"),
        Exp("Đăng tải tin, bài về hoạt động kiểm sát", ("Văn phòng tổng hợp",),
            ("Kiểm sát viên được phân công",), "2026-12-31"),
        Exp("Phổ biến các luật mới được Quốc hội thông qua", ("Văn phòng tổng hợp",),
            ("Công đoàn cơ sở", "Chi đoàn Viện kiểm sát nhân dân khu vực 5"), "2026-12-31", on_request=True),
    ],
)

# ---------------------------------------------------------------- 5. Đại học
PLAN_DH = Plan(
    name="dai_hoc_luat",
    blocks=_head(
        "BỘ GIÁO DỤC VÀ ĐÀO TẠO",
        "TRƯỜNG ĐẠI HỌC KINH TẾ - KỸ THUẬT MIỀN TRUNG",
        "156/KH-ĐHKTKT",
        "Đà Nẵng, ngày 05 tháng 02 năm 2026",
        "Phổ biến, giáo dục pháp luật cho viên chức, người lao động và người học năm 2026",
        "",
    )
    + [
        P("Căn cứ Luật Giáo dục đại học số 08/2012/QH13, được sửa đổi, bổ sung bởi Luật số 34/2018/QH14;"),
        P("Căn cứ Quyết định số 2081/QĐ-BGDĐT ngày 20/12/2025 của Bộ trưởng Bộ Giáo dục và Đào tạo;"),
        P("Căn cứ chức năng, nhiệm vụ, Hiệu trưởng ban hành Kế hoạch như sau:"),
        P("1. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Trang bị kiến thức pháp luật thiết yếu cho sinh viên; gắn PBGDPL với công tác học sinh, sinh viên."),
        P("2. NỘI DUNG, TIẾN ĐỘ VÀ PHÂN CÔNG", bold=True),
        T((
            ("Nội dung công việc", "Thời gian", "Chủ trì", "Phối hợp", "Sản phẩm"),
            ("A. Đối với viên chức, người lao động", "", "", "", ""),
            ("Phổ biến quy định mới về viên chức, chế độ làm việc của giảng viên", "Tháng 3/2026",
             "Phòng Tổ chức - Hành chính", "Công đoàn Trường", "Hội nghị, tài liệu"),
            ("Tập huấn pháp luật về sở hữu trí tuệ, liêm chính học thuật", "Tháng 5 - 6/2026",
             "Phòng Khoa học công nghệ và Hợp tác quốc tế", "Khoa Luật kinh tế", "Lớp tập huấn"),
            ("B. Đối với người học", "", "", "", ""),
            ("Tuần sinh hoạt công dân - sinh viên khóa mới, phổ biến quy chế đào tạo và pháp luật", "Tháng 9/2026",
             "Phòng Công tác sinh viên", "Phòng Đào tạo; Đoàn Thanh niên - Hội Sinh viên Trường", "Chuyên đề"),
            ("Cuộc thi \"Sinh viên với pháp luật\"", "Tháng 10 - 11/2026",
             "Đoàn Thanh niên - Hội Sinh viên Trường", "Khoa Luật kinh tế, Phòng Công tác sinh viên",
             "Cuộc thi"),
            ("Tư vấn pháp luật miễn phí cho sinh viên tại Câu lạc bộ Pháp lý", "Trong năm",
             "Khoa Luật kinh tế", "", "Buổi tư vấn"),
            ("C. Công tác chung", "", "", "", ""),
            ("Tổng kết, đánh giá công tác phổ biến, giáo dục pháp luật năm 2026", "Trước 15/12/2026",
             "Phòng Tổ chức - Hành chính", "Các đơn vị thuộc Trường", "Báo cáo"),
        ), widths=(60, 22, 35, 40, 20)),
        P("3. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Thủ trưởng các đơn vị chủ động triển khai; kinh phí từ nguồn chi thường xuyên của Trường."),
    ]
    + _end(["Bộ GD&ĐT (b/c);", "Hội đồng trường;", "Các đơn vị;"], "HIỆU TRƯỞNG", "PGS.TS. Võ Thành Trung"),
    expected=[
        Exp("Phổ biến quy định mới về viên chức", ("Phòng Tổ chức - Hành chính",), ("Công đoàn Trường",),
            "2026-03-31"),
        Exp("Tập huấn pháp luật về sở hữu trí tuệ", ("Phòng Khoa học công nghệ và Hợp tác quốc tế",),
            ("Khoa Luật kinh tế",), "2026-06-30"),
        Exp("Tuần sinh hoạt công dân - sinh viên khóa mới", ("Phòng Công tác sinh viên",),
            ("Phòng Đào tạo", "Đoàn Thanh niên - Hội Sinh viên Trường"), "2026-09-30"),
        Exp("Cuộc thi \"Sinh viên với pháp luật\"", ("Đoàn Thanh niên - Hội Sinh viên Trường",),
            ("Khoa Luật kinh tế", "Phòng Công tác sinh viên"), "2026-11-30"),
        Exp("Tư vấn pháp luật miễn phí cho sinh viên", ("Khoa Luật kinh tế",), (), "2026-12-31"),
        Exp("Tổng kết, đánh giá công tác phổ biến", ("Phòng Tổ chức - Hành chính",),
            ("Các đơn vị thuộc Trường",), "2026-12-15"),
    ],
)

# ---------------------------------------------------------------- 6. Trung tâm Y tế
PLAN_TTYT = Plan(
    name="trung_tam_y_te",
    blocks=_head(
        "SỞ Y TẾ TỈNH QUẢNG TRỊ",
        "TRUNG TÂM Y TẾ KHU VỰC VĨNH LINH",
        "58/KH-TTYT",
        "Quảng Trị, ngày 28 tháng 01 năm 2026",
        "Tuyên truyền, phổ biến, giáo dục pháp luật năm 2026",
        "",
    )
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20/6/2012;"),
        P("Căn cứ Kế hoạch số 35/KH-SYT ngày 12/01/2026 của Sở Y tế tỉnh Quảng Trị;"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Nâng cao nhận thức pháp luật về y tế cho viên chức và Nhân dân trên địa bàn các xã được phân công."),
        P("II. NỘI DUNG", bold=True),
        P("1. Phổ biến pháp luật trong nội bộ Trung tâm", bold=True),
        P("1.1. Quán triệt Luật Phòng bệnh và các văn bản hướng dẫn thi hành."),
        P("Phòng Kế hoạch - Nghiệp vụ chủ trì; Khoa Kiểm soát bệnh tật và HIV/AIDS phối hợp. "
          "Thời gian: Quý I - Quý II/2026."),
        P("1.2. Phổ biến pháp luật về quản lý chất thải y tế, bảo vệ môi trường."),
        P("Khoa Kiểm soát nhiễm khuẩn chủ trì; Phòng Tổ chức - Hành chính, Khoa Dược - Vật tư y tế phối hợp. "
          "Thời gian: tháng 7/2026."),
        P("2. Tuyên truyền pháp luật cho Nhân dân", bold=True),
        P("2.1. Tuyên truyền pháp luật về an toàn thực phẩm trong Tháng hành động vì an toàn thực phẩm."),
        P("Khoa An toàn thực phẩm chủ trì; Trạm Y tế các xã Vĩnh Linh, Vĩnh Hoàng, Cửa Tùng, Vĩnh Thủy và "
          "Bến Quan phối hợp. Thời gian: từ 15/4/2026 đến 15/5/2026."),
        P("2.2. Truyền thông pháp luật về dân số, phòng chống tác hại của thuốc lá, rượu bia."),
        P("Phòng Dân số - Truyền thông giáo dục sức khỏe chủ trì; Ủy ban nhân dân các xã, Đài truyền thanh xã "
          "phối hợp. Thời gian: Quý III/2026."),
        P("2.3. Phổ biến chính sách bảo hiểm y tế hộ gia đình, người cao tuổi."),
        P("Trạm Y tế các xã chủ trì; Bảo hiểm xã hội cơ sở Vĩnh Linh phối hợp. Thời gian: Quý II, III/2026."),
        P("2.4. Tham gia các đợt tuyên truyền pháp luật cao điểm về y tế theo chỉ đạo của Sở Y tế."),
        P("Ban Giám đốc Trung tâm chủ trì; các khoa, phòng có liên quan phối hợp. Thời gian: theo đề nghị của "
          "Sở Y tế."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Phòng Tổ chức - Hành chính là đầu mối tổng hợp, báo cáo Sở Y tế trước ngày 30/11/2026."),
    ]
    + _end(["Sở Y tế (b/c);", "UBND các xã;", "Các khoa, phòng, Trạm Y tế;"], "GIÁM ĐỐC", "Hoàng Văn Đức"),
    expected=[
        Exp("Quán triệt Luật Phòng bệnh và các văn bản", ("Phòng Kế hoạch - Nghiệp vụ",),
            ("Khoa Kiểm soát bệnh tật và HIV/AIDS",), "2026-06-30"),
        Exp("Phổ biến pháp luật về quản lý chất thải y tế", ("Khoa Kiểm soát nhiễm khuẩn",),
            ("Phòng Tổ chức - Hành chính", "Khoa Dược - Vật tư y tế"), "2026-07-31"),
        Exp("Tuyên truyền pháp luật về an toàn thực phẩm", ("Khoa An toàn thực phẩm",),
            ("Trạm Y tế các xã Vĩnh Linh, Vĩnh Hoàng, Cửa Tùng, Vĩnh Thủy và Bến Quan",), "2026-05-15"),
        Exp("Truyền thông pháp luật về dân số", ("Phòng Dân số - Truyền thông giáo dục sức khỏe",),
            ("Ủy ban nhân dân các xã", "Đài truyền thanh xã"), "2026-09-30"),
        Exp("Phổ biến chính sách bảo hiểm y tế hộ gia đình", ("Trạm Y tế các xã",),
            ("Bảo hiểm xã hội cơ sở Vĩnh Linh",), "2026-09-30"),
        Exp("Tham gia các đợt tuyên truyền pháp luật cao điểm", ("Ban Giám đốc Trung tâm",),
            ("các khoa, phòng có liên quan",), "2026-12-31", on_request=True),
    ],
)

# ---------------------------------------------------------------- 7. Ngân hàng
PLAN_NH = Plan(
    name="agribank_chi_nhanh",
    blocks=_START + [
        P("NGÂN HÀNG NÔNG NGHIỆP\nVÀ PHÁT TRIỂN NÔNG THÔN VIỆT NAM", center=True),
        P("CHI NHÁNH TỈNH PHÚ THỌ", bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P("Số: 214/KH-NHNo.PT-TH", center=True),
        P("Phú Thọ, ngày 03 tháng 02 năm 2026", center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P("Phổ biến, giáo dục pháp luật và tuân thủ năm 2026 tại Agribank Chi nhánh tỉnh Phú Thọ",
          bold=True, center=True),
        P("Căn cứ Luật Các tổ chức tín dụng số 32/2024/QH15;"),
        P("Căn cứ Văn bản số 1120/NHNo-PC ngày 15/01/2026 của Tổng Giám đốc Agribank về công tác pháp chế năm "
          "2026;"),
        P("Giám đốc Agribank Chi nhánh tỉnh Phú Thọ ban hành Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Nâng cao ý thức tuân thủ pháp luật, phòng ngừa rủi ro pháp lý trong hoạt động ngân hàng."),
        P("- Bảo đảm 100% cán bộ mới được phổ biến quy định về phòng, chống rửa tiền."),
        P("II. NHIỆM VỤ", bold=True),
        P("1. Phổ biến Luật Các tổ chức tín dụng và văn bản hướng dẫn về cho vay"),
        P("+ Phòng Khách hàng cá nhân, Phòng Khách hàng doanh nghiệp chủ trì phổ biến tại Trụ sở chính chi nhánh; "
          "Phòng Kế hoạch - Nguồn vốn phối hợp; hoàn thành trong Quý I/2026."),
        P("+ Giám đốc các Chi nhánh loại II tổ chức phổ biến cho cán bộ tín dụng tại đơn vị, hoàn thành trước "
          "ngày 30/4/2026."),
        P("2. Phổ biến pháp luật về phòng, chống rửa tiền"),
        P("+ Phòng Kiểm tra, kiểm soát nội bộ chủ trì, phối hợp với Phòng Tổng hợp tổ chức kiểm tra kiến thức "
          "trực tuyến; thời gian: tháng 6/2026."),
        P("3. Tuyên truyền pháp luật về phòng ngừa lừa đảo qua tài khoản ngân hàng cho khách hàng"),
        P("+ Phòng Dịch vụ và Marketing chủ trì xây dựng tài liệu, tờ rơi; phối hợp: Phòng Điện toán, Công an "
          "tỉnh Phú Thọ (Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao); thời gian: Quý II - "
          "Quý III/2026."),
        P("+ Các Phòng giao dịch trực thuộc niêm yết tài liệu, hướng dẫn khách hàng tại quầy; thực hiện thường "
          "xuyên."),
        P("4. Cập nhật văn bản quy phạm pháp luật, văn bản nội bộ mới"),
        P("+ Phòng Tổng hợp có trách nhiệm cập nhật lên hệ thống văn bản điện tử của chi nhánh hằng tháng."),
        P("5. Tập huấn pháp luật về lao động, bảo hiểm xã hội cho người lao động"),
        P("+ Phòng Hành chính - Nhân sự chủ trì; Công đoàn cơ sở Agribank Chi nhánh tỉnh Phú Thọ phối hợp; "
          "tháng 8 - tháng 9/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Phòng Tổng hợp theo dõi, tổng hợp kết quả, báo cáo Ban Pháp chế Agribank trước ngày 05/12/2026."),
    ]
    + _end(["Ban Pháp chế Agribank (b/c);", "Ban Giám đốc;", "Các phòng, Chi nhánh loại II;"],
           "GIÁM ĐỐC", "Nguyễn Mạnh Cường"),
    expected=[
        Exp("Phòng Khách hàng cá nhân, Phòng Khách hàng doanh nghiệp chủ trì",
            ("Phòng Khách hàng cá nhân", "Phòng Khách hàng doanh nghiệp"), ("Phòng Kế hoạch - Nguồn vốn",),
            "2026-03-31"),
        Exp("Giám đốc các Chi nhánh loại II tổ chức", ("Giám đốc các Chi nhánh loại II",), (), "2026-04-30"),
        Exp("Phổ biến pháp luật về phòng, chống rửa tiền", ("Phòng Kiểm tra, kiểm soát nội bộ",),
            ("Phòng Tổng hợp",), "2026-06-30"),
        Exp("Phòng Dịch vụ và Marketing chủ trì xây dựng", ("Phòng Dịch vụ và Marketing",),
            ("Phòng Điện toán",
             "Công an tỉnh Phú Thọ (Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao)"),
            "2026-09-30"),
        Exp("Các Phòng giao dịch trực thuộc niêm yết", ("Các Phòng giao dịch trực thuộc",), (), "2026-12-31"),
        Exp("Cập nhật văn bản quy phạm pháp luật, văn bản nội bộ", ("Phòng Tổng hợp",), (), "2026-12-31"),
        Exp("Tập huấn pháp luật về lao động, bảo hiểm xã hội", ("Phòng Hành chính - Nhân sự",),
            ("Công đoàn cơ sở Agribank Chi nhánh tỉnh Phú Thọ",), "2026-09-30"),
    ],
)

# ---------------------------------------------------------------- 8. Công ty thủy lợi
PLAN_CTY = Plan(
    name="cong_ty_thuy_loi",
    blocks=_head(
        "UBND TỈNH THANH HÓA",
        "CÔNG TY TNHH MỘT THÀNH VIÊN THỦY LỢI NAM SÔNG MÃ",
        "27/KH-CTTL",
        "Thanh Hóa, ngày 10 tháng 02 năm 2026",
        "Phổ biến, giáo dục pháp luật năm 2026",
        "",
    )
    + [
        P("Căn cứ Luật Thủy lợi số 08/2017/QH14;"),
        P("Căn cứ Luật Quản lý, đầu tư vốn nhà nước tại doanh nghiệp số 68/2025/QH15;"),
        P("Căn cứ Kế hoạch số 44/KH-UBND ngày 21/01/2026 của UBND tỉnh Thanh Hóa về công tác PBGDPL năm 2026;"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Nâng cao nhận thức, ý thức chấp hành pháp luật về thủy lợi, an toàn đập, hồ chứa nước của người lao "
          "động và người dân trong vùng phục vụ."),
        P("II. NỘI DUNG, PHÂN CÔNG VÀ TIẾN ĐỘ", bold=True),
        T((
            ("TT", "Nội dung", "Đơn vị thực hiện", "", "Thời gian hoàn thành", "Kinh phí (triệu đồng)"),
            ("", "", "Chủ trì", "Phối hợp", "", ""),
            ("1", "Phổ biến Luật Thủy lợi, Nghị định về bảo vệ công trình thủy lợi cho người lao động",
             "Phòng Quản lý nước và công trình", "Các Xí nghiệp thủy lợi", "Quý I/2026", "15"),
            ("2", "Tuyên truyền pháp luật về bảo đảm an toàn đập, hồ chứa nước cho người dân vùng hạ du",
             "Xí nghiệp Thủy lợi Yên Định", "UBND các xã Yên Định, Quý Lộc, Định Tân", "Trước 30/5/2026", "20"),
            ("3", "Phổ biến quy định về xử lý vi phạm hành chính trong lĩnh vực thủy lợi",
             "Phòng Kỹ thuật - Pháp chế", "Phòng Quản lý nước và công trình; Sở Nông nghiệp và Môi trường",
             "Tháng 6 - 7/2026", "10"),
            ("4", "Phổ biến pháp luật về lao động, an toàn, vệ sinh lao động",
             "Phòng Tổ chức - Hành chính", "Công đoàn Công ty", "Quý III/2026", "12"),
            ("5", "Phổ biến Luật Quản lý, đầu tư vốn nhà nước tại doanh nghiệp cho người quản lý",
             "Kiểm soát viên Công ty", "Phòng Tài chính - Kế toán", "Quý II/2026", ""),
            ("6", "Tổ chức hội thi \"Người lao động với pháp luật\"", "Công đoàn Công ty",
             "Đoàn Thanh niên, Phòng Tổ chức - Hành chính", "Tháng 11/2026", "30"),
            ("7", "Biên soạn, cấp phát tài liệu, pano tuyên truyền tại các cụm công trình đầu mối",
             "Phòng Kỹ thuật - Pháp chế", "Các Xí nghiệp thủy lợi", "Cả năm", "25"),
            ("8", "Báo cáo kết quả công tác PBGDPL năm 2026", "Phòng Tổ chức - Hành chính", "",
             "Trước 10/12/2026", ""),
        ), widths=(8, 60, 32, 38, 22, 18)),
        P("III. KINH PHÍ", bold=True),
        P("Kinh phí thực hiện từ nguồn chi phí quản lý của Công ty năm 2026, tổng dự kiến 112 triệu đồng."),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các phòng, Xí nghiệp căn cứ nhiệm vụ được giao triển khai thực hiện, báo cáo kết quả về Phòng Tổ chức - "
          "Hành chính trước ngày 30/11/2026."),
    ]
    + _end(["UBND tỉnh (b/c);", "Sở Tư pháp;", "Các phòng, Xí nghiệp;"], "TỔNG GIÁM ĐỐC", "Lê Văn Hùng"),
    expected=[
        Exp("Phổ biến Luật Thủy lợi, Nghị định về bảo vệ", ("Phòng Quản lý nước và công trình",),
            ("Các Xí nghiệp thủy lợi",), "2026-03-31"),
        Exp("Tuyên truyền pháp luật về bảo đảm an toàn đập", ("Xí nghiệp Thủy lợi Yên Định",),
            ("UBND các xã Yên Định, Quý Lộc, Định Tân",), "2026-05-30"),
        Exp("Phổ biến quy định về xử lý vi phạm hành chính", ("Phòng Kỹ thuật - Pháp chế",),
            ("Phòng Quản lý nước và công trình", "Sở Nông nghiệp và Môi trường"), "2026-07-31"),
        Exp("Phổ biến pháp luật về lao động, an toàn", ("Phòng Tổ chức - Hành chính",), ("Công đoàn Công ty",),
            "2026-09-30"),
        Exp("Phổ biến Luật Quản lý, đầu tư vốn nhà nước", ("Kiểm soát viên Công ty",),
            ("Phòng Tài chính - Kế toán",), "2026-06-30"),
        Exp("Tổ chức hội thi \"Người lao động với pháp luật\"", ("Công đoàn Công ty",),
            ("Đoàn Thanh niên", "Phòng Tổ chức - Hành chính"), "2026-11-30"),
        Exp("Biên soạn, cấp phát tài liệu, pano tuyên truyền", ("Phòng Kỹ thuật - Pháp chế",),
            ("Các Xí nghiệp thủy lợi",), "2026-12-31"),
        Exp("Báo cáo kết quả công tác PBGDPL năm 2026", ("Phòng Tổ chức - Hành chính",), (), "2026-12-10"),
    ],
)

# ---------------------------------------------------------------- 9. THCS
PLAN_THCS = Plan(
    name="thcs_chu_van_an",
    blocks=_START + [
        P("UBND PHƯỜNG HỒNG BÀNG\nTRƯỜNG THCS CHU VĂN AN", bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P("Số: 45/KH-THCSCVA", center=True),
        P("Hồng Bàng, ngày 18 tháng 9 năm 2026", center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P("Giáo dục pháp luật và phòng, chống bạo lực học đường học kỳ I năm học 2026-2027", bold=True, center=True),
        P("Căn cứ Nghị định số 80/2017/NĐ-CP ngày 17/7/2017 của Chính phủ quy định về môi trường giáo dục an toàn, "
          "lành mạnh, thân thiện, phòng, chống bạo lực học đường;"),
        P("Căn cứ Kế hoạch số 132/KH-UBND ngày 05/9/2026 của UBND phường Hồng Bàng;"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Giúp học sinh hiểu và chấp hành nội quy, pháp luật; kịp thời phát hiện, ngăn chặn hành vi bạo lực."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Tổ chức ký cam kết không vi phạm pháp luật, an toàn giao thông, phòng chống pháo nổ", bold=True),
        P("Giáo viên chủ nhiệm các lớp có trách nhiệm tổ chức cho học sinh và cha mẹ học sinh ký cam kết, nộp về "
          "Phó Hiệu trưởng trước ngày 30/9/2026."),
        P("2. Tiết chào cờ tuyên truyền pháp luật hằng tuần", bold=True),
        P("Tổng phụ trách Đội chủ trì, phối hợp với Liên đội và giáo viên chủ nhiệm các lớp xây dựng nội dung; "
          "thực hiện hằng tuần trong học kỳ I (đến hết tháng 12/2026)."),
        P("3. Tư vấn tâm lý, pháp luật cho học sinh có hoàn cảnh đặc biệt", bold=True),
        P("Tổ Tư vấn học đường chủ trì; Nhân viên y tế trường học phối hợp. Thời gian: từ tháng 10/2026 đến tháng 12/2026."),
        P("4. Phối hợp với Công an phường tuyên truyền phòng, chống ma túy, bạo lực học đường", bold=True),
        P("Phó Hiệu trưởng Nguyễn Thị Lan chủ trì chuẩn bị; đề nghị Công an phường Hồng Bàng phối hợp cử cán bộ "
          "báo cáo chuyên đề. Thời gian: tháng 11/2026."),
        P("5. Sinh hoạt chuyên đề \"Em yêu pháp luật\" cấp trường", bold=True),
        P("Liên đội Trường THCS Chu Văn An chủ trì; Tổ Ngữ văn - GDCD, Tổ Nghệ thuật phối hợp; "
          "tổ chức trong tuần từ 02/11/2026 đến 07/11/2026."),
        P("6. Rà soát, bổ sung quy tắc ứng xử trong nhà trường", bold=True),
        P("Chủ tịch Công đoàn trường chủ trì, phối hợp với Thanh tra nhân dân, Ban đại diện cha mẹ học sinh trường; "
          "thời gian: tháng 10/2026."),
        P("7. Sơ kết giáo dục pháp luật học kỳ I", bold=True),
        P("Phó Hiệu trưởng Nguyễn Thị Lan chủ trì tổng hợp; hoàn thành trước ngày 05/01/2027."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các bộ phận thực hiện theo phân công. Trong quá trình thực hiện có vướng mắc báo cáo Hiệu trưởng."),
    ]
    + _end(["UBND phường (b/c);", "CA phường Hồng Bàng;", "GVCN các lớp;"], "HIỆU TRƯỞNG", "Đặng Thị Mai"),
    expected=[
        Exp("Tổ chức ký cam kết không vi phạm pháp luật", ("Giáo viên chủ nhiệm các lớp",), (), "2026-09-30"),
        Exp("Tiết chào cờ tuyên truyền pháp luật hằng tuần", ("Tổng phụ trách Đội",),
            ("Liên đội", "giáo viên chủ nhiệm các lớp"), "2026-12-31"),
        Exp("Tư vấn tâm lý, pháp luật cho học sinh", ("Tổ Tư vấn học đường",), ("Nhân viên y tế trường học",),
            "2026-12-31"),
        Exp("Phối hợp với Công an phường tuyên truyền", ("Phó Hiệu trưởng Nguyễn Thị Lan",),
            ("Công an phường Hồng Bàng",), "2026-11-30"),
        Exp("Sinh hoạt chuyên đề \"Em yêu pháp luật\"", ("Liên đội Trường THCS Chu Văn An",),
            ("Tổ Ngữ văn - GDCD", "Tổ Nghệ thuật"), "2026-11-07"),
        Exp("Rà soát, bổ sung quy tắc ứng xử", ("Chủ tịch Công đoàn trường",),
            ("Thanh tra nhân dân", "Ban đại diện cha mẹ học sinh trường"), "2026-10-31"),
        Exp("Sơ kết giáo dục pháp luật học kỳ I", ("Phó Hiệu trưởng Nguyễn Thị Lan",), (), "2027-01-05"),
    ],
)

# ---------------------------------------------------------------- 10. Cao đẳng (plan 2027)
PLAN_CD = Plan(
    name="cao_dang_2027",
    blocks=_head(
        "UBND TỈNH AN GIANG",
        "TRƯỜNG CAO ĐẲNG KỸ THUẬT - CÔNG NGHỆ AN GIANG",
        "389/KH-CĐKTCN",
        "An Giang, ngày 21 tháng 12 năm 2026",
        "Phổ biến, giáo dục pháp luật năm 2027",
        "",
    )
    + [
        P("Căn cứ Luật Giáo dục nghề nghiệp số 74/2014/QH13;"),
        P("Căn cứ Kế hoạch số 512/KH-UBND ngày 10/12/2026 của UBND tỉnh An Giang về công tác PBGDPL năm 2027;"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Nâng cao kiến thức pháp luật cho nhà giáo, người lao động và học sinh, sinh viên."),
        P("2. Gắn PBGDPL với giáo dục kỹ năng nghề nghiệp, an toàn lao động trong thực hành, thực tập."),
        P("II. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True),
        P("1. Giảng dạy môn học Pháp luật theo chương trình đào tạo trình độ trung cấp, cao đẳng. "
          "Cơ quan thực hiện: Khoa Khoa học cơ bản; phối hợp: Phòng Đào tạo. Tiến độ: theo kế hoạch đào tạo "
          "năm 2027."),
        P("2. Phổ biến pháp luật về an toàn, vệ sinh lao động cho học sinh, sinh viên trước khi thực tập tại "
          "doanh nghiệp. Cơ quan thực hiện: Khoa Cơ khí, Khoa Điện - Điện tử, Khoa Công nghệ thông tin; phối hợp: "
          "Phòng Quan hệ doanh nghiệp và Tuyển sinh. Tiến độ: tháng 3 và tháng 8/2027."),
        P("3. Tổ chức tuần sinh hoạt công dân đầu khóa cho học sinh, sinh viên khóa 2027. Cơ quan thực hiện: "
          "Phòng Công tác học sinh, sinh viên; phối hợp: Đoàn Thanh niên Trường, Công an phường Long Xuyên. "
          "Tiến độ: tháng 9 - 10/2027."),
        P("4. Phổ biến pháp luật về đấu thầu, quản lý tài sản công cho viên chức làm công tác quản lý. "
          "Cơ quan thực hiện: Phòng Kế hoạch - Tài chính; phối hợp: Phòng Quản trị - Thiết bị. "
          "Tiến độ: Quý II/2027."),
        P("5. Xây dựng chuyên mục \"Pháp luật và đời sống\" trên trang thông tin điện tử, fanpage của Trường. "
          "Cơ quan thực hiện: Trung tâm Thông tin - Thư viện; phối hợp: Đoàn Thanh niên Trường, Hội Sinh viên "
          "Trường. Tiến độ: thường xuyên."),
        P("6. Tổ chức Ngày hội \"Sinh viên với pháp luật\" hưởng ứng Ngày Pháp luật Việt Nam. Cơ quan thực hiện: "
          "Đoàn Thanh niên Trường; phối hợp: Sở Tư pháp tỉnh An Giang, Khoa Khoa học cơ bản. "
          "Tiến độ: trước ngày 09/11/2027."),
        P("7. Phổ biến các văn bản pháp luật mới về giáo dục nghề nghiệp. Cơ quan thực hiện: Phòng Tổ chức - "
          "Hành chính; phối hợp: các khoa, phòng, trung tâm. Tiến độ: khi có văn bản mới được ban hành."),
        P("8. Kiểm tra, đánh giá và báo cáo công tác PBGDPL năm 2027. Cơ quan thực hiện: Phòng Tổ chức - Hành "
          "chính. Tiến độ: trước ngày 15/11/2027."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Trưởng các khoa, phòng, trung tâm tổ chức triển khai; báo cáo 6 tháng trước 15/6/2027 và báo cáo năm "
          "trước 15/11/2027 về Phòng Tổ chức - Hành chính."),
    ]
    + _end(["UBND tỉnh (b/c);", "Sở Tư pháp;", "Các khoa, phòng, trung tâm;"], "HIỆU TRƯỞNG",
           "ThS. Huỳnh Minh Tâm"),
    expected=[
        Exp("Giảng dạy môn học Pháp luật theo chương trình", ("Khoa Khoa học cơ bản",), ("Phòng Đào tạo",),
            "2027-12-31"),
        Exp("Phổ biến pháp luật về an toàn, vệ sinh lao động",
            ("Khoa Cơ khí", "Khoa Điện - Điện tử", "Khoa Công nghệ thông tin"),
            ("Phòng Quan hệ doanh nghiệp và Tuyển sinh",), "2027-08-31"),
        Exp("Tổ chức tuần sinh hoạt công dân đầu khóa", ("Phòng Công tác học sinh, sinh viên",),
            ("Đoàn Thanh niên Trường", "Công an phường Long Xuyên"), "2027-10-31"),
        Exp("Phổ biến pháp luật về đấu thầu, quản lý tài sản công", ("Phòng Kế hoạch - Tài chính",),
            ("Phòng Quản trị - Thiết bị",), "2027-06-30"),
        Exp("Xây dựng chuyên mục \"Pháp luật và đời sống\"", ("Trung tâm Thông tin - Thư viện",),
            ("Đoàn Thanh niên Trường", "Hội Sinh viên Trường"), "2027-12-31"),
        Exp("Tổ chức Ngày hội \"Sinh viên với pháp luật\"", ("Đoàn Thanh niên Trường",),
            ("Sở Tư pháp tỉnh An Giang", "Khoa Khoa học cơ bản"), "2027-11-09"),
        Exp("Phổ biến các văn bản pháp luật mới về giáo dục nghề nghiệp", ("Phòng Tổ chức - Hành chính",),
            ("các khoa, phòng, trung tâm",), "2027-12-31", on_request=True),
        Exp("Kiểm tra, đánh giá và báo cáo công tác PBGDPL", ("Phòng Tổ chức - Hành chính",), (),
            "2027-11-15"),
    ],
)

PLANS: list[Plan] = [
    PLAN_THPT, PLAN_BV, PLAN_TOA, PLAN_VKS, PLAN_DH, PLAN_TTYT, PLAN_NH, PLAN_CTY, PLAN_THCS, PLAN_CD,
]
