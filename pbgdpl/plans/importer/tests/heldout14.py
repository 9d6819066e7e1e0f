"""Held-out evaluation set 14: grassroots plans (communes, wards, a special zone, schools, a cooperative,
a small hospital, commune police and military command), written quickly by busy staff in 2026.

1. UBND xã Tân Lập - hòa giải ở cơ sở: hand-numbered non-bold headings ("1.", "2/", "3)"), labels
   without colon / in capitals ("Chủ trì công chức…", "CHỦ TRÌ:"), prose "Đề nghị … chủ trì", "Khi có yêu cầu".
2. UBND phường Hòa Khánh - Ngày Pháp luật: table STT | Nội dung | Người/Bộ phận thực hiện | Thời gian, roman
   group rows, "Chủ trì:/Phối hợp:" inside one cell, "(phối hợp: …)", lead;coord in one sentence.
3. UBND đặc khu Phú Quốc - Tủ sách pháp luật, tiếp cận pháp luật: bold numbered headings, prose "Giao X chủ
   trì, phối hợp với Y", "X có trách nhiệm…", "theo đề nghị của" (on request).
4. Trường Mầm non Hoa Sen - ATGT school year 2026-2027: table TT | Nội dung công việc | Người phụ trách |
   Người phối hợp | Thời gian | Ghi chú, persons as units, ranges across years.
5. Trường Tiểu học Bình Minh - PBGDPL, ma túy, bạo lực học đường: "a)" headings, inline "- Người thực hiện: …".
6. HTX Nông nghiệp dịch vụ Tân Thành - headings in CAPITALS, "+ Thực hiện:" lines, Quý 1 / T6 timeframes.
7. Bệnh viện Đa khoa khu vực Cầu Ngang - table with 2-row header (Chủ trì | Phối hợp), Sản phẩm column,
   "Khi có văn bản mới ban hành" (on request).
8. Công an xã Hòa Bình - ma túy, ATGT, lừa đảo mạng: roman sections, prose "Đ/c … chủ trì; … phối hợp.
   Thời gian: …" in one paragraph.
9. BCH Quân sự xã Phú Bình - Luật NVQS, DQTV: "a." bold headings, "- Cơ quan thực hiện:" labels, "Khi có kế
   hoạch …" (on request).
10. UBND xã Đông Hưng - phòng, chống bạo lực gia đình: table without STT (Nội dung | Người/Bộ phận thực hiện |
   Thời gian), group rows, "(chủ trì)"/"(phối hợp)" markers, "/" joins, "Khi có tin báo" (on request).
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T


def _hdr(up: str, agency: str, number: str, place_date: str, title: str, sub: str = "") -> list[P | T]:
    out: list[P | T] = [
        P(up, bold=True, center=True),
        P(agency, bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True),
        P("Độc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P(f"Số: {number}", center=True),
        P(place_date, center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P(title, bold=True, center=True),
    ]
    if sub:
        out.append(P(sub, bold=True, center=True))
    return out


def _end(receivers: list[str], role: str, signer: str) -> list[P | T]:
    out: list[P | T] = [P("Nơi nhận:", bold=True)]
    out += [P(f"- {r}") for r in receivers]
    out += [P(role, bold=True, center=True), P("(Đã ký)", center=True), P(signer, bold=True, center=True)]
    return out


# ---------------------------------------------------------------- 1. xã Tân Lập, hòa giải ở cơ sở
PLAN_HOAGIAI = Plan(
    name="xa_tanlap_hoagiai",
    blocks=[
        *_hdr("UBND TỈNH PHÚ THỌ", "ỦY BAN NHÂN DÂN XÃ TÂN LẬP", "18/KH-UBND",
              "Tân Lập, ngày 12 tháng 01 năm 2026",
              "Thực hiện công tác hòa giải ở cơ sở trên địa bàn xã năm 2026"),
        P("Căn cứ Luật Hòa giải ở cơ sở năm 2013; Nghị định số 15/2014/NĐ-CP ngày 27/02/2014 của Chính phủ "
          "quy định chi tiết một số điều và biện pháp thi hành Luật Hòa giải ở cơ sở;"),
        P("Căn cứ Kế hoạch số 402/KH-UBND ngày 24/12/2025 của UBND tỉnh Phú Thọ về công tác PBGDPL, hòa giải ở "
          "cơ sở năm 2026;"),
        P("UBND xã Tân Lập xây dựng Kế hoạch thực hiện công tác hòa giải ở cơ sở năm 2026 như sau:"),
        P("I. MỤC ĐÍCH YÊU CẦU", bold=True),
        P("- Nâng cao chất lượng, hiệu quả hoạt động hòa giải ở cơ sở, góp phần giữ gìn đoàn kết trong nội bộ "
          "nhân dân, hạn chế đơn thư vượt cấp.\n- Phân công cụ thể, gắn trách nhiệm của từng bộ phận, cá nhân; "
          "bảo đảm thiết thực , tiết kiệm."),
        P("II. NỘI DUNG", bold=True),
        P("1. Kiện toàn, củng cố tổ hòa giải và hòa giải viên ở các thôn"),
        P("Chủ trì công chức Tư pháp - Hộ tịch"),
        P("Phối hợp: UB MTTQ xã; Trưởng thôn các thôn"),
        P("Thời gian Quý 1/2026"),
        P("2/ Tập huấn, bồi dưỡng kiến thức pháp luật, kỹ năng hòa giải cho hòa giải viên"),
        P("CHỦ TRÌ: Công chức Tư pháp - Hộ tịch"),
        P("PHỐI HỢP: Phòng Văn hóa - Xã hội xã, Hội Luật gia tỉnh Phú Thọ"),
        P("THỜI GIAN: tháng 3 - tháng 4/2026"),
        P("3) Cung cấp tài liệu, văn bản pháp luật mới cho các tổ hòa giải"),
        P("Thực hiện: Văn phòng HĐND và UBND xã.  Thời gian: thường xuyên trong năm"),
        P("4. Hòa giải kịp thời các vụ việc mâu thuẫn, tranh chấp phát sinh tại cộng đồng dân cư"),
        P("Các tổ hòa giải ở cơ sở chủ trì, phối hợp Trưởng thôn các thôn và Công an xã thực hiện. "
          "Thời gian: Khi có yêu cầu"),
        P("5. Bố trí kinh phí hỗ trợ hoạt động hòa giải, chi thù lao cho hòa giải viên theo vụ việc"),
        P("Chủ trì Phòng Kinh tế xã ; phối hợp công chức Tư pháp - Hộ tịch . Thời gian T6/2026"),
        P("6, Phối hợp tuyên truyền, vận động nhân dân tự giải quyết mâu thuẫn tại cộng đồng"),
        P("Đề nghị UB MTTQ xã chủ trì, phối hợp HLHPN xã; HND xã và CCB xã vận động hội viên, nhân dân chấp "
          "hành pháp luật, tham gia hòa giải. Thời gian: Thường xuyên"),
        P("7. Sơ kết, đánh giá công tác hòa giải ở cơ sở năm 2026, đề xuất khen thưởng"),
        P("Đ/c Phó Chủ tịch UBND xã phụ trách Văn hóa - Xã hội chỉ đạo thực hiện, trước ngày 20/11/2026"),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Giao công chức Tư pháp - Hộ tịch theo dõi, đôn đốc; tổng hợp báo cáo UBND xã và Sở Tư pháp trước "
          "ngày 30/11/2026. Các thôn có trách nhiệm báo cáo số vụ việc hòa giải hằng quý (trước ngày 15 tháng "
          "cuối quý)."),
        *_end(["Sở Tư pháp tỉnh Phú Thọ;", "TT Đảng ủy, TT HĐND xã;", "CT, các PCT UBND xã;",
               "UB MTTQ xã và các đoàn thể;", "Các thôn;", "Lưu: VT, TP."],
              "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Văn Thắng"),
    ],
    expected=[
        Exp("Kiện toàn, củng cố tổ hòa giải", ("công chức Tư pháp - Hộ tịch",),
            ("UB MTTQ xã", "Trưởng thôn các thôn"), "2026-03-31"),
        Exp("Tập huấn, bồi dưỡng kiến thức pháp luật", ("Công chức Tư pháp - Hộ tịch",),
            ("Phòng Văn hóa - Xã hội xã", "Hội Luật gia tỉnh Phú Thọ"), "2026-04-30"),
        Exp("Cung cấp tài liệu, văn bản pháp luật mới", ("Văn phòng HĐND và UBND xã",), (), "2026-12-31"),
        Exp("Hòa giải kịp thời các vụ việc", ("Các tổ hòa giải ở cơ sở",),
            ("Trưởng thôn các thôn", "Công an xã"), "2026-12-31", on_request=True),
        Exp("Bố trí kinh phí hỗ trợ hoạt động", ("Phòng Kinh tế xã",), ("công chức Tư pháp - Hộ tịch",),
            "2026-06-30"),
        Exp("Phối hợp tuyên truyền, vận động nhân dân", ("UB MTTQ xã",), ("HLHPN xã", "HND xã", "CCB xã"),
            "2026-12-31"),
        Exp("Sơ kết, đánh giá công tác hòa giải", ("Đ/c Phó Chủ tịch UBND xã phụ trách Văn hóa - Xã hội",), (),
            "2026-11-20"),
    ],
)

# ---------------------------------------------------------------- 2. phường Hòa Khánh, Ngày Pháp luật
PLAN_NGAYPL = Plan(
    name="phuong_hoakhanh_ngaypl",
    blocks=[
        *_hdr("UBND THÀNH PHỐ ĐÀ NẴNG", "ỦY BAN NHÂN DÂN PHƯỜNG HÒA KHÁNH", "215/KH-UBND",
              "Hòa Khánh, ngày 02 tháng 10 năm 2026",
              "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước CHXHCN Việt Nam năm 2026"),
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012; Nghị định số 28/2013/NĐ-CP ngày 04/4/2013 của "
          "Chính phủ; Công văn số 3127/STP-PBGDPL ngày 22/9/2026 của Sở Tư pháp thành phố Đà Nẵng về việc tổ "
          "chức Ngày Pháp luật năm 2026, UBND phường ban hành Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Tạo đợt sinh hoạt chính trị, pháp lý sâu rộng trong cán bộ, công chức và Nhân dân trên địa bàn "
          "phường; tổ chức thiết thực, không hình thức, gắn với nhiệm vụ chính trị của địa phương."),
        P("II. NỘI DUNG, PHÂN CÔNG THỰC HIỆN", bold=True),
        T((
            ("STT", "Nội dung", "Người/Bộ phận thực hiện", "Thời gian"),
            ("I", "Hoạt động tuyên truyền chung", "", ""),
            ("1", "Treo băng rôn, khẩu hiệu hưởng ứng Ngày Pháp luật tại trụ sở và các tuyến đường chính",
             "Chủ trì: Phòng Văn hóa - Xã hội phường\nPhối hợp: Ban điều hành các khu phố", "01/11 - 15/11/2026"),
            ("2", "Phát thanh tuyên truyền trên hệ thống loa truyền thanh, trang Zalo của phường",
             "Phòng Văn hóa - Xã hội phường", "Tháng 10, 11/2026"),
            ("3", "Tổ chức cuộc thi tìm hiểu pháp luật trực tuyến dành cho đoàn viên, hội viên",
             "Công chức Tư pháp - Hộ tịch chủ trì; ĐTN phường, HLHPN phường phối hợp", "T10/2026"),
            ("II", "Hoạt động tại cơ quan, đơn vị, trường học", "", ""),
            ("4", "Tọa đàm về pháp luật với đoàn viên thanh niên, học sinh THPT",
             "ĐTN phường\n(phối hợp: Công an phường)", "09/11/2026"),
            ("5", "Tổ chức tuyên truyền pháp luật tại các trường học dưới cờ đầu tuần",
             "Các trường MN, TH, THCS trên địa bàn phường", "Tuần lễ 03 - 09/11/2026"),
            ("6", "Tư vấn, trợ giúp pháp lý miễn phí cho người dân tại Bộ phận một cửa",
             "Công chức Tư pháp - Hộ tịch; Trung tâm Trợ giúp pháp lý nhà nước thành phố Đà Nẵng (phối hợp)",
             "Ngày 09/11/2026"),
            ("7", "Tổng hợp, báo cáo kết quả hưởng ứng Ngày Pháp luật về Sở Tư pháp",
             "Văn phòng HĐND và UBND phường", "Trước 25/11/2026"),
        ), widths=(10, 80, 65, 35)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các bộ phận, đơn vị được phân công chủ động triển khai, gửi kết quả về công chức Tư pháp - Hộ tịch "
          "trước ngày 20/11/2026 để tổng hợp. Kinh phí từ nguồn ngân sách phường năm 2026 đã giao."),
        *_end(["Sở Tư pháp TP Đà Nẵng (b/c);", "TT Đảng ủy phường;", "UB MTTQ phường;",
               "Các bộ phận, đơn vị;", "Lưu VT."], "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Lê Thị Hồng Vân"),
    ],
    expected=[
        Exp("Treo băng rôn, khẩu hiệu hưởng ứng", ("Phòng Văn hóa - Xã hội phường",),
            ("Ban điều hành các khu phố",), "2026-11-15"),
        Exp("Phát thanh tuyên truyền trên hệ thống loa", ("Phòng Văn hóa - Xã hội phường",), (), "2026-11-30"),
        Exp("Tổ chức cuộc thi tìm hiểu pháp luật", ("Công chức Tư pháp - Hộ tịch",),
            ("ĐTN phường", "HLHPN phường"), "2026-10-31"),
        Exp("Tọa đàm về pháp luật với đoàn viên", ("ĐTN phường",), ("Công an phường",), "2026-11-09"),
        Exp("Tổ chức tuyên truyền pháp luật tại các trường học", ("Các trường MN, TH, THCS trên địa bàn phường",),
            (), "2026-11-09"),
        Exp("Tư vấn, trợ giúp pháp lý miễn phí", ("Công chức Tư pháp - Hộ tịch",),
            ("Trung tâm Trợ giúp pháp lý nhà nước thành phố Đà Nẵng",), "2026-11-09"),
        Exp("Tổng hợp, báo cáo kết quả hưởng ứng", ("Văn phòng HĐND và UBND phường",), (), "2026-11-25"),
    ],
)

# ---------------------------------------------------------------- 3. đặc khu Phú Quốc, tủ sách pháp luật
PLAN_TUSACH = Plan(
    name="dackhu_phuquoc_tusach",
    blocks=[
        *_hdr("UBND TỈNH AN GIANG", "ỦY BAN NHÂN DÂN ĐẶC KHU PHÚ QUỐC", "47/KH-UBND",
              "Phú Quốc, ngày 05 tháng 3 năm 2026",
              "Xây dựng, quản lý, khai thác Tủ sách pháp luật và đánh giá, công nhận đặc khu đạt chuẩn "
              "tiếp cận pháp luật năm 2026"),
        P("Căn cứ Quyết định số 14/2019/QĐ-TTg ngày 13/3/2019 của Thủ tướng Chính phủ ban hành Quy chế xây "
          "dựng, quản lý, khai thác Tủ sách pháp luật;"),
        P("Căn cứ Quyết định số 25/2021/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ quy định về xã, phường, "
          "thị trấn đạt chuẩn tiếp cận pháp luật;"),
        P("Căn cứ Kế hoạch số 31/KH-UBND ngày 20/01/2026 của UBND tỉnh An Giang,"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Phát huy hiệu quả Tủ sách pháp luật, đáp ứng nhu cầu tìm hiểu pháp luật của người dân, ngư dân "
          "trên địa bàn đặc khu.\n2. Phấn đấu đặc khu đạt chuẩn tiếp cận pháp luật năm 2026."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Rà soát, bổ sung sách, tài liệu cho Tủ sách pháp luật tại trụ sở UBND đặc khu", bold=True),
        P("Giao Văn phòng HĐND và UBND đặc khu chủ trì, phối hợp với Phòng Văn hóa - Xã hội đặc khu thực hiện."),
        P("Thời gian: Quý II/2026."),
        P("2. Số hóa Tủ sách pháp luật, đăng tải trên Cổng thông tin điện tử đặc khu", bold=True),
        P("Văn phòng HĐND và UBND đặc khu chủ trì; Trung tâm Phục vụ hành chính công đặc khu phối hợp."),
        P("Thời gian: tháng 7 - tháng 9/2026."),
        P("3. Xây dựng Tủ sách pháp luật trên tàu cá, tại bến cá và khu dân cư ven biển", bold=True),
        P("Giao Phòng Kinh tế đặc khu chủ trì, phối hợp với Đồn Biên phòng Dương Đông, Ban Quản lý Cảng cá "
          "An Thới và các ấp, khu phố ven biển. Thời gian: năm 2026."),
        P("4. Tự đánh giá, chấm điểm các chỉ tiêu tiếp cận pháp luật", bold=True),
        P("Công chức Tư pháp - Hộ tịch có trách nhiệm tham mưu UBND đặc khu tự đánh giá; các bộ phận chuyên "
          "môn có liên quan phối hợp cung cấp số liệu. Hoàn thành trước ngày 30/11/2026."),
        P("5. Thực hiện công khai, minh bạch thủ tục hành chính, tiếp nhận hồ sơ trực tuyến", bold=True),
        P("Trung tâm Phục vụ hành chính công đặc khu thực hiện thường xuyên."),
        P("6. Vận động Nhân dân tham gia xây dựng, sử dụng Tủ sách pháp luật", bold=True),
        P("Đề nghị Ủy ban MTTQ Việt Nam đặc khu chủ trì, phối hợp với các tổ chức chính trị - xã hội đặc khu "
          "vận động đóng góp sách, báo. Thời gian: theo đề nghị của UBND đặc khu."),
        P("7. Tổ chức hoạt động hưởng ứng Ngày Pháp luật gắn với giới thiệu Tủ sách pháp luật", bold=True),
        P("Chủ trì: Văn phòng HĐND và UBND đặc khu. Phối hợp: Phòng Văn hóa - Xã hội đặc khu; Ủy ban MTTQ "
          "Việt Nam đặc khu. Thời gian: Tháng 11/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các cơ quan, đơn vị được giao nhiệm vụ báo cáo kết quả về Văn phòng HĐND và UBND đặc khu trước ngày "
          "05/12/2026 để tổng hợp báo cáo UBND tỉnh và Sở Tư pháp."),
        *_end(["UBND tỉnh An Giang;", "Sở Tư pháp;", "TT Đảng ủy, HĐND đặc khu;", "Các cơ quan, đơn vị;",
               "Lưu: VT."], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Trần Minh Khoa"),
    ],
    expected=[
        Exp("Rà soát, bổ sung sách, tài liệu", ("Văn phòng HĐND và UBND đặc khu",),
            ("Phòng Văn hóa - Xã hội đặc khu",), "2026-06-30"),
        Exp("Số hóa Tủ sách pháp luật, đăng tải", ("Văn phòng HĐND và UBND đặc khu",),
            ("Trung tâm Phục vụ hành chính công đặc khu",), "2026-09-30"),
        Exp("Xây dựng Tủ sách pháp luật trên tàu cá", ("Phòng Kinh tế đặc khu",),
            ("Đồn Biên phòng Dương Đông", "Ban Quản lý Cảng cá An Thới", "các ấp, khu phố ven biển"),
            "2026-12-31"),
        Exp("Tự đánh giá, chấm điểm các chỉ tiêu", ("Công chức Tư pháp - Hộ tịch",),
            ("các bộ phận chuyên môn có liên quan",), "2026-11-30"),
        Exp("Thực hiện công khai, minh bạch thủ tục", ("Trung tâm Phục vụ hành chính công đặc khu",), (),
            "2026-12-31"),
        Exp("Vận động Nhân dân tham gia xây dựng", ("Ủy ban MTTQ Việt Nam đặc khu",),
            ("các tổ chức chính trị - xã hội đặc khu",), "2026-12-31", on_request=True),
        Exp("Tổ chức hoạt động hưởng ứng Ngày Pháp luật", ("Văn phòng HĐND và UBND đặc khu",),
            ("Phòng Văn hóa - Xã hội đặc khu", "Ủy ban MTTQ Việt Nam đặc khu"), "2026-11-30"),
    ],
)

# ---------------------------------------------------------------- 4. Mầm non Hoa Sen, ATGT năm học
PLAN_MAMNON = Plan(
    name="mn_hoasen_atgt",
    blocks=[
        *_hdr("UBND XÃ YÊN LẠC", "TRƯỜNG MẦM NON HOA SEN", "32/KH-MNHS",
              "Yên Lạc, ngày 15 tháng 9 năm 2026",
              "Tuyên truyền, giáo dục an toàn giao thông năm học 2026 - 2027"),
        P("Căn cứ Luật Trật tự, an toàn giao thông đường bộ năm 2024;"),
        P("Căn cứ Công văn số 1845/SGDĐT-GDMN ngày 28/8/2026 của Sở Giáo dục và Đào tạo tỉnh Phú Thọ về hướng "
          "dẫn thực hiện nhiệm vụ giáo dục mầm non năm học 2026 - 2027;"),
        P("Căn cứ tình hình thực tế của nhà trường, Trường MN Hoa Sen xây dựng kế hoạch như sau:"),
        P("I. MỤC ĐÍCH - YÊU CẦU", bold=True),
        P("- Hình thành cho trẻ những hiểu biết ban đầu về luật giao thông phù hợp độ tuổi.\n"
          "- 100% CB, GV, NV và cha mẹ trẻ chấp hành nghiêm quy định đội mũ bảo hiểm, không dừng đỗ xe "
          "trước cổng trường sai quy định."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG", bold=True),
        T((
            ("TT", "Nội dung công việc", "Người phụ trách", "Người phối hợp", "Thời gian", "Ghi chú"),
            ("1", "Xây dựng kế hoạch tuyên truyền ATGT năm học 2026 - 2027",
             "Đ/c Phó Hiệu trưởng phụ trách chuyên môn", "Tổ trưởng các tổ chuyên môn", "Tháng 9/2026", ""),
            ("2", "Lồng ghép giáo dục an toàn giao thông vào các hoạt động học, hoạt động góc",
             "Giáo viên các nhóm, lớp", "", "Tháng 9/2026 - tháng 5/2027", "Theo chủ đề"),
            ("3", "Tuyên truyền cho cha mẹ trẻ về đội mũ bảo hiểm cho trẻ khi ngồi trên xe máy",
             "Giáo viên chủ nhiệm các lớp", "Ban đại diện cha mẹ trẻ", "T10/2026", "Họp phụ huynh đầu năm"),
            ("4", "Tập huấn kỹ năng phòng tránh tai nạn thương tích cho giáo viên, nhân viên",
             "Nhân viên y tế trường", "Trạm Y tế xã Yên Lạc", "Tháng 11/2026", ""),
            ("5", "Tổ chức Ngày hội \"Bé với an toàn giao thông\"",
             "Đ/c Phó Hiệu trưởng", "Công đoàn trường, Chi đoàn giáo viên", "Tháng 12/2026", "Cấp trường"),
            ("6", "Phối hợp với Công an xã giữ trật tự cổng trường giờ đón, trả trẻ",
             "Bảo vệ nhà trường", "Công an xã Yên Lạc", "Tháng 9/2026 - tháng 5/2027", ""),
            ("7", "Sơ kết, báo cáo kết quả công tác ATGT năm học",
             "Đ/c Hiệu trưởng", "", "Trước 25/5/2027", "Báo cáo Phòng VH-XH xã"),
        ), widths=(8, 62, 38, 35, 28, 19)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các bộ phận, cá nhân được phân công nghiêm túc thực hiện; trong quá trình thực hiện có vướng mắc "
          "báo cáo Hiệu trưởng để kịp thời giải quyết."),
        *_end(["UBND xã Yên Lạc (b/c);", "CB, GV, NV;", "Lưu: VT."], "HIỆU TRƯỞNG", "Đỗ Thị Thu Hà"),
    ],
    expected=[
        Exp("Xây dựng kế hoạch tuyên truyền ATGT", ("Đ/c Phó Hiệu trưởng phụ trách chuyên môn",),
            ("Tổ trưởng các tổ chuyên môn",), "2026-09-30"),
        Exp("Lồng ghép giáo dục an toàn giao thông", ("Giáo viên các nhóm, lớp",), (), "2027-05-31"),
        Exp("Tuyên truyền cho cha mẹ trẻ", ("Giáo viên chủ nhiệm các lớp",), ("Ban đại diện cha mẹ trẻ",),
            "2026-10-31"),
        Exp("Tập huấn kỹ năng phòng tránh tai nạn", ("Nhân viên y tế trường",), ("Trạm Y tế xã Yên Lạc",),
            "2026-11-30"),
        Exp("Tổ chức Ngày hội \"Bé với an toàn giao thông\"", ("Đ/c Phó Hiệu trưởng",),
            ("Công đoàn trường", "Chi đoàn giáo viên"), "2026-12-31"),
        Exp("Phối hợp với Công an xã giữ trật tự", ("Bảo vệ nhà trường",), ("Công an xã Yên Lạc",),
            "2027-05-31"),
        Exp("Sơ kết, báo cáo kết quả công tác ATGT", ("Đ/c Hiệu trưởng",), (), "2027-05-25"),
    ],
)

# ---------------------------------------------------------------- 5. Tiểu học Bình Minh, PBGDPL
PLAN_TIEUHOC = Plan(
    name="th_binhminh_pbgdpl",
    blocks=[
        *_hdr("UBND XÃ BÌNH MINH", "TRƯỜNG TIỂU HỌC BÌNH MINH", "05/KH-THBM",
              "Bình Minh, ngày 08 tháng 01 năm 2026",
              "Phổ biến, giáo dục pháp luật; phòng, chống ma túy và bạo lực học đường năm 2026"),
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012; Luật Phòng, chống ma túy năm 2021;"),
        P("Căn cứ Nghị định số 80/2017/NĐ-CP ngày 17/7/2017 của Chính phủ quy định về môi trường giáo dục an "
          "toàn, lành mạnh, thân thiện, phòng, chống bạo lực học đường;"),
        P("Căn cứ Kế hoạch số 12/KH-UBND ngày 05/01/2026 của UBND xã Bình Minh về công tác PBGDPL năm 2026."),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Giúp học sinh, CB, GV, NV hiểu và chấp hành pháp luật; không để xảy ra bạo lực học đường, không "
          "có học sinh, giáo viên vi phạm pháp luật."),
        P("II. NỘI DUNG THỰC HIỆN", bold=True),
        P("a) Tuyên truyền Luật Trẻ em, Luật Phòng, chống ma túy cho học sinh khối 4, 5"),
        P("- Người thực hiện: Tổng phụ trách Đội\n- Phối hợp: Giáo viên chủ nhiệm các lớp\n"
          "- Thời gian: Tháng 3, tháng 4/2026"),
        P("b) Tổ chức sinh hoạt dưới cờ chủ đề phòng, chống bạo lực học đường"),
        P("- Người thực hiện: Liên đội nhà trường; phối hợp: Tổ tư vấn tâm lý học đường\n- Thời gian: Hằng tháng"),
        P("c) Bổ sung sách, truyện pháp luật vào thư viện nhà trường"),
        P("- Người thực hiện: Nhân viên thư viện - thiết bị\n- Phối hợp: Kế toán nhà trường\n"
          "- Thời gian: Quý III/2026"),
        P("d) Phối hợp tuyên truyền phòng, chống ma túy, tệ nạn xã hội cho học sinh và cha mẹ học sinh"),
        P("- Người thực hiện: Phó Hiệu trưởng\n- Phối hợp: Công an xã Bình Minh, Ban đại diện cha mẹ học sinh\n"
          "- Thời gian: Tháng 6/2026"),
        P("đ) Tuyên truyền pháp luật cho cán bộ, giáo viên, nhân viên trong các buổi họp Hội đồng"),
        P("- Người thực hiện: Chủ tịch Công đoàn trường\n- Phối hợp: Ban Thanh tra nhân dân\n"
          "- Thời gian: các buổi họp Hội đồng sư phạm hằng tháng"),
        P("e) Báo cáo kết quả công tác PBGDPL năm 2026"),
        P("- Người thực hiện: Phó Hiệu trưởng. Thời gian: trước ngày 10/12/2026"),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Phó Hiệu trưởng giúp Hiệu trưởng theo dõi, kiểm tra việc thực hiện kế hoạch; báo cáo UBND xã "
          "(qua Phòng Văn hóa - Xã hội) 6 tháng trước 15/6/2026, năm trước 15/12/2026."),
        *_end(["UBND xã Bình Minh (b/c);", "Các tổ CM, đoàn thể;", "Lưu VT."], "HIỆU TRƯỞNG",
              "Phạm Quốc Hưng"),
    ],
    expected=[
        Exp("Tuyên truyền Luật Trẻ em, Luật Phòng, chống ma túy", ("Tổng phụ trách Đội",),
            ("Giáo viên chủ nhiệm các lớp",), "2026-04-30"),
        Exp("Tổ chức sinh hoạt dưới cờ chủ đề", ("Liên đội nhà trường",), ("Tổ tư vấn tâm lý học đường",),
            "2026-12-31"),
        Exp("Bổ sung sách, truyện pháp luật", ("Nhân viên thư viện - thiết bị",), ("Kế toán nhà trường",),
            "2026-09-30"),
        Exp("Phối hợp tuyên truyền phòng, chống ma túy", ("Phó Hiệu trưởng",),
            ("Công an xã Bình Minh", "Ban đại diện cha mẹ học sinh"), "2026-06-30"),
        Exp("Tuyên truyền pháp luật cho cán bộ, giáo viên", ("Chủ tịch Công đoàn trường",),
            ("Ban Thanh tra nhân dân",), "2026-12-31"),
        Exp("Báo cáo kết quả công tác PBGDPL", ("Phó Hiệu trưởng",), (), "2026-12-10"),
    ],
)

# ---------------------------------------------------------------- 6. HTX Tân Thành, headings in capitals
PLAN_HTX = Plan(
    name="htx_tanthanh",
    blocks=[
        P("HTX NÔNG NGHIỆP DỊCH VỤ TÂN THÀNH", bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P("Số: 03/KH-HTX", center=True),
        P("Tân Thành, ngày 20 tháng 01 năm 2026", center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P("Tuyên truyền, phổ biến pháp luật cho thành viên hợp tác xã năm 2026", bold=True, center=True),
        P("Căn cứ Luật Hợp tác xã số 17/2023/QH15 ngày 20/6/2023;"),
        P("Căn cứ Điều lệ HTX Nông nghiệp dịch vụ Tân Thành; Nghị quyết Đại hội thành viên thường niên năm 2025;"),
        P("Thực hiện Kế hoạch số 09/KH-UBND ngày 06/01/2026 của UBND xã Tân Thành về PBGDPL năm 2026,"),
        P("Hội đồng quản trị HTX xây dựng kế hoạch như sau:"),
        P("I/ MỤC ĐÍCH YÊU CẦU", bold=True),
        P("Giúp thành viên, người lao động nắm được quyền, nghĩa vụ theo Luật HTX và các quy định về sản xuất "
          "nông nghiệp an toàn; tuyên truyền gọn, dễ hiểu, lồng ghép vào các buổi họp thành viên."),
        P("II/ NỘI DUNG", bold=True),
        P("1. PHỔ BIẾN LUẬT HỢP TÁC XÃ NĂM 2023 VÀ ĐIỀU LỆ SỬA ĐỔI CHO THÀNH VIÊN", bold=True),
        P("+ Thực hiện: Đ/c Giám đốc HTX\n+ Phối hợp: Ban Kiểm soát HTX\n+ Thời gian: Quý 1/2026"),
        P("2. TUYÊN TRUYỀN QUY ĐỊNH VỀ AN TOÀN THỰC PHẨM, SỬ DỤNG THUỐC BẢO VỆ THỰC VẬT", bold=True),
        P("+ Thực hiện: Tổ dịch vụ bảo vệ thực vật\n+ Phối hợp: Phòng Kinh tế xã; HND xã\n"
          "+ Thời gian: tháng 3 - tháng 4"),
        P("3. HƯỚNG DẪN THÀNH VIÊN VỀ HỢP ĐỒNG LIÊN KẾT TIÊU THỤ NÔNG SẢN", bold=True),
        P("+ Thực hiện: Đ/c Phó Giám đốc HTX , phối hợp Kế toán HTX\n+ Thời gian: T6/2026"),
        P("4. PHỔ BIẾN QUY ĐỊNH VỀ BẢO HIỂM XÃ HỘI TỰ NGUYỆN, BẢO HIỂM Y TẾ HỘ GIA ĐÌNH", bold=True),
        P("+ Thực hiện: Kế toán HTX\n+ Phối hợp: Bảo hiểm xã hội cơ sở Phú Bình\n+ Thời gian: Quý III"),
        P("5. LỒNG GHÉP PHỔ BIẾN PHÁP LUẬT TRONG ĐẠI HỘI THÀNH VIÊN THƯỜNG NIÊN", bold=True),
        P("+ Thực hiện: Hội đồng quản trị HTX\n+ Thời gian: Đại hội thường niên (Quý 1/2026)"),
        P("6. PHỔ BIẾN QUY ĐỊNH VỀ THUẾ, HÓA ĐƠN ĐIỆN TỬ ĐỐI VỚI HTX", bold=True),
        P("+ Thực hiện: Kế toán HTX\n+ Phối hợp: Thuế cơ sở 5 tỉnh Thái Nguyên\n+ Thời gian: Quý 4/2026"),
        P("III/ TỔ CHỨC THỰC HIỆN", bold=True),
        P("Giám đốc HTX chịu trách nhiệm chung; Kế toán HTX tổng hợp kết quả báo cáo UBND xã trước ngày "
          "05/12/2026. Kinh phí trích từ quỹ phát triển HTX."),
        *_end(["UBND xã Tân Thành (b/c);", "Liên minh HTX tỉnh Thái Nguyên;", "HĐQT, BKS;", "Lưu HTX."],
              "TM. HỘI ĐỒNG QUẢN TRỊ\nCHỦ TỊCH", "Hoàng Văn Sơn"),
    ],
    expected=[
        Exp("PHỔ BIẾN LUẬT HỢP TÁC XÃ NĂM 2023", ("Đ/c Giám đốc HTX",), ("Ban Kiểm soát HTX",), "2026-03-31"),
        Exp("TUYÊN TRUYỀN QUY ĐỊNH VỀ AN TOÀN THỰC PHẨM", ("Tổ dịch vụ bảo vệ thực vật",),
            ("Phòng Kinh tế xã", "HND xã"), "2026-04-30"),
        Exp("HƯỚNG DẪN THÀNH VIÊN VỀ HỢP ĐỒNG", ("Đ/c Phó Giám đốc HTX",), ("Kế toán HTX",), "2026-06-30"),
        Exp("PHỔ BIẾN QUY ĐỊNH VỀ BẢO HIỂM XÃ HỘI", ("Kế toán HTX",), ("Bảo hiểm xã hội cơ sở Phú Bình",),
            "2026-09-30"),
        Exp("LỒNG GHÉP PHỔ BIẾN PHÁP LUẬT TRONG ĐẠI HỘI", ("Hội đồng quản trị HTX",), (), "2026-03-31"),
        Exp("PHỔ BIẾN QUY ĐỊNH VỀ THUẾ, HÓA ĐƠN", ("Kế toán HTX",), ("Thuế cơ sở 5 tỉnh Thái Nguyên",),
            "2026-12-31"),
    ],
)

# ---------------------------------------------------------------- 7. Bệnh viện khu vực, 2-row header
PLAN_BENHVIEN = Plan(
    name="bv_caungang",
    blocks=[
        *_hdr("SỞ Y TẾ TỈNH VĨNH LONG", "BỆNH VIỆN ĐA KHOA KHU VỰC CẦU NGANG", "27/KH-BV",
              "Cầu Ngang, ngày 16 tháng 01 năm 2026",
              "Công tác phổ biến, giáo dục pháp luật năm 2026"),
        P("Căn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15 ngày 09/01/2023;"),
        P("Căn cứ Thông tư số 05/2015/TT-BYT ngày 17/3/2015 của Bộ Y tế ban hành Quy tắc ứng xử của công "
          "chức, viên chức, người lao động làm việc tại các cơ sở y tế;"),
        P("Căn cứ Kế hoạch số 08/KH-SYT ngày 09/01/2026 của Sở Y tế tỉnh Vĩnh Long về công tác PBGDPL năm 2026."),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Nâng cao ý thức chấp hành pháp luật, quy tắc ứng xử của viên chức, người lao động Bệnh viện.\n"
          "2. Bảo đảm quyền, lợi ích hợp pháp của người bệnh; nội dung phổ biến phù hợp chuyên môn từng khoa, "
          "phòng."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG NHIỆM VỤ", bold=True),
        T((
            ("STT", "Nội dung", "Đơn vị thực hiện", "", "Thời gian", "Sản phẩm"),
            ("", "", "Chủ trì", "Phối hợp", "", ""),
            ("1", "Phổ biến Luật Khám bệnh, chữa bệnh năm 2023 và các văn bản hướng dẫn cho viên chức",
             "Phòng Kế hoạch tổng hợp", "Các khoa, phòng", "Quý I/2026", "Hội nghị"),
            ("2", "Tuyên truyền Quy tắc ứng xử của nhân viên y tế, đổi mới phong cách phục vụ",
             "Phòng Điều dưỡng", "Công đoàn Bệnh viện; Đoàn Thanh niên Bệnh viện", "Thường xuyên",
             "Bảng tin, giao ban"),
            ("3", "Phổ biến quy định về phòng cháy, chữa cháy và cứu nạn, cứu hộ",
             "Phòng Hành chính quản trị", "Đội PCCC cơ sở", "T5/2026", "Diễn tập"),
            ("4", "Cập nhật văn bản pháp luật mới trên trang thông tin điện tử Bệnh viện",
             "Tổ Công nghệ thông tin", "", "Khi có văn bản mới ban hành", "Tin, bài"),
            ("5", "Tư vấn pháp luật về quyền, nghĩa vụ của người bệnh tại khu khám bệnh",
             "Phòng Công tác xã hội", "Khoa Khám bệnh", "Hằng tháng", "Sổ tư vấn"),
            ("6", "Tuyên truyền phòng, chống tác hại của rượu, bia và thuốc lá",
             "Đoàn Thanh niên Bệnh viện", "Phòng Công tác xã hội", "tháng 5 - tháng 6/2026", "Pano, tờ rơi"),
            ("7", "Tổng hợp, báo cáo kết quả công tác PBGDPL năm 2026",
             "Phòng Tổ chức cán bộ", "", "Trước 15/12/2026", "Báo cáo"),
        ), widths=(10, 62, 32, 34, 26, 26)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Trưởng các khoa, phòng có trách nhiệm phổ biến kế hoạch đến viên chức, người lao động; gửi kết quả "
          "về Phòng Tổ chức cán bộ trước ngày 05/12/2026. Kinh phí thực hiện từ nguồn chi thường xuyên."),
        *_end(["Sở Y tế (b/c);", "Ban Giám đốc;", "Các khoa, phòng;", "Lưu: VT, TCCB."], "GIÁM ĐỐC",
              "BSCKII. Thạch Văn Dũng"),
    ],
    expected=[
        Exp("Phổ biến Luật Khám bệnh, chữa bệnh", ("Phòng Kế hoạch tổng hợp",), ("Các khoa, phòng",),
            "2026-03-31"),
        Exp("Tuyên truyền Quy tắc ứng xử của nhân viên y tế", ("Phòng Điều dưỡng",),
            ("Công đoàn Bệnh viện", "Đoàn Thanh niên Bệnh viện"), "2026-12-31"),
        Exp("Phổ biến quy định về phòng cháy", ("Phòng Hành chính quản trị",), ("Đội PCCC cơ sở",),
            "2026-05-31"),
        Exp("Cập nhật văn bản pháp luật mới", ("Tổ Công nghệ thông tin",), (), "2026-12-31", on_request=True),
        Exp("Tư vấn pháp luật về quyền, nghĩa vụ", ("Phòng Công tác xã hội",), ("Khoa Khám bệnh",),
            "2026-12-31"),
        Exp("Tuyên truyền phòng, chống tác hại của rượu", ("Đoàn Thanh niên Bệnh viện",),
            ("Phòng Công tác xã hội",), "2026-06-30"),
        Exp("Tổng hợp, báo cáo kết quả công tác PBGDPL", ("Phòng Tổ chức cán bộ",), (), "2026-12-15"),
    ],
)

# ---------------------------------------------------------------- 8. Công an xã Hòa Bình
PLAN_CONGAN = Plan(
    name="ca_xa_hoabinh",
    blocks=[
        *_hdr("CÔNG AN TỈNH NINH BÌNH", "CÔNG AN XÃ HÒA BÌNH", "14/KH-CAX",
              "Hòa Bình, ngày 22 tháng 02 năm 2026",
              "Tuyên truyền, phổ biến pháp luật về phòng, chống tội phạm, ma túy và bảo đảm trật tự, an toàn "
              "giao thông năm 2026"),
        P("Căn cứ Luật Phòng, chống ma túy năm 2021; Luật Trật tự, an toàn giao thông đường bộ năm 2024;"),
        P("Căn cứ Kế hoạch số 156/KH-CAT-PV01 ngày 30/01/2026 của Công an tỉnh Ninh Bình; Kế hoạch số "
          "21/KH-UBND ngày 10/02/2026 của UBND xã Hòa Bình,"),
        P("Công an xã xây dựng Kế hoạch thực hiện như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Nâng cao nhận thức, trách nhiệm của Nhân dân trong tố giác tội phạm, phòng, chống ma túy; kéo giảm "
          "tai nạn giao thông trên cả 3 tiêu chí. Phân công rõ người, rõ việc, rõ thời gian."),
        P("II. NỘI DUNG", bold=True),
        P("1. Tuyên truyền phòng, chống ma túy tại các thôn, khu dân cư, nhất là thanh thiếu niên"),
        P("Đ/c Phó Trưởng Công an xã phụ trách an ninh chủ trì; cán bộ phụ trách địa bàn các thôn, Trưởng thôn "
          "phối hợp. Thời gian: Quý 2/2026."),
        P("2. Tuyên truyền Luật Trật tự, an toàn giao thông đường bộ năm 2024 cho người dân, học sinh"),
        P("Tổ Trật tự chủ trì; ĐTN xã phối hợp. Thời gian: tháng 3 - tháng 4/2026."),
        P("3. Phổ biến quy định về quản lý, sử dụng vũ khí, vật liệu nổ, công cụ hỗ trợ"),
        P("Tổ Tổng hợp - Quản lý hành chính chủ trì, phối hợp BCH Quân sự xã. Thời gian: T6/2026."),
        P("4. Tuyên truyền về thủ đoạn lừa đảo chiếm đoạt tài sản trên không gian mạng"),
        P("Tổ An ninh chủ trì; phối hợp: các trường học trên địa bàn xã, UB MTTQ xã. Thời gian: Quý 3/2026."),
        P("5. Phối hợp tuyên truyền pháp luật về phòng, chống bạo lực gia đình"),
        P("Công an xã phối hợp với HLHPN xã thực hiện thường xuyên trong năm."),
        P("6. Tuyên truyền, giáo dục pháp luật cho người sau cai nghiện ma túy"),
        P("Cán bộ phụ trách địa bàn các thôn chủ trì; Trưởng thôn các thôn / HND xã phối hợp. Thời gian: khi có "
          "quyết định quản lý sau cai nghiện của Chủ tịch UBND xã."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các tổ, cán bộ được phân công chủ động xây dựng nội dung; kết quả báo cáo Trưởng Công an xã trước "
          "ngày 25 hằng tháng để tổng hợp báo cáo Công an tỉnh (qua PV01)."),
        *_end(["Công an tỉnh (PV01);", "Đảng ủy, UBND xã;", "Lưu: CAX."], "TRƯỞNG CÔNG AN XÃ",
              "Thiếu tá Vũ Đức Long"),
    ],
    expected=[
        Exp("Tuyên truyền phòng, chống ma túy tại các thôn", ("Đ/c Phó Trưởng Công an xã phụ trách an ninh",),
            ("cán bộ phụ trách địa bàn các thôn", "Trưởng thôn"), "2026-06-30"),
        Exp("Tuyên truyền Luật Trật tự, an toàn giao thông", ("Tổ Trật tự",), ("ĐTN xã",), "2026-04-30"),
        Exp("Phổ biến quy định về quản lý, sử dụng vũ khí", ("Tổ Tổng hợp - Quản lý hành chính",),
            ("BCH Quân sự xã",), "2026-06-30"),
        Exp("Tuyên truyền về thủ đoạn lừa đảo", ("Tổ An ninh",),
            ("các trường học trên địa bàn xã", "UB MTTQ xã"), "2026-09-30"),
        Exp("Phối hợp tuyên truyền pháp luật về phòng, chống bạo lực", ("Công an xã",), ("HLHPN xã",),
            "2026-12-31"),
        Exp("Tuyên truyền, giáo dục pháp luật cho người sau cai", ("Cán bộ phụ trách địa bàn các thôn",),
            ("Trưởng thôn các thôn", "HND xã"), "2026-12-31", on_request=True),
    ],
)

# ---------------------------------------------------------------- 9. BCH Quân sự xã Phú Bình
PLAN_QUANSU = Plan(
    name="bchqs_xa_phubinh",
    blocks=[
        *_hdr("UBND XÃ PHÚ BÌNH", "BAN CHỈ HUY QUÂN SỰ", "09/KH-BCH",
              "Phú Bình, ngày 03 tháng 3 năm 2026",
              "Tuyên truyền, phổ biến pháp luật về quốc phòng, quân sự năm 2026"),
        P("Căn cứ Luật Nghĩa vụ quân sự năm 2015; Luật Dân quân tự vệ năm 2019; Luật Phòng thủ dân sự năm 2023;"),
        P("Căn cứ Kế hoạch số 118/KH-BCH ngày 12/02/2026 của Bộ CHQS tỉnh Thái Nguyên về công tác PBGDPL năm 2026;"),
        P("Thực hiện chỉ đạo của Đảng ủy, UBND xã, BCH Quân sự xã xây dựng kế hoạch như sau:"),
        P("I. MỤC ĐÍCH YÊU CẦU", bold=True),
        P("- Nâng cao nhận thức về nhiệm vụ quốc phòng cho cán bộ, đảng viên, thanh niên và lực lượng dân quân.\n"
          "- Hoàn thành 100% chỉ tiêu tuyển quân năm 2027, không có công dân trốn, chống nghĩa vụ quân sự."),
        P("II. NỘI DUNG NHIỆM VỤ", bold=True),
        P("a. Tuyên truyền Luật Nghĩa vụ quân sự cho thanh niên trong độ tuổi gọi nhập ngũ", bold=True),
        P("- Cơ quan thực hiện: Đ/c Chỉ huy trưởng BCH Quân sự xã\n- Phối hợp: ĐTN xã, Trưởng thôn các thôn\n"
          "- Thời gian: Tháng 10 - tháng 12/2026"),
        P("b. Phổ biến Luật Dân quân tự vệ năm 2019 cho lực lượng dân quân thường trực, dân quân tại chỗ",
          bold=True),
        P("- Cơ quan thực hiện: Đ/c Chỉ huy phó BCH Quân sự xã\n- Phối hợp: Thôn đội trưởng các thôn\n"
          "- Thời gian: Quý 2/2026"),
        P("c. Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4", bold=True),
        P("- Cơ quan thực hiện: BCH Quân sự xã; phối hợp Phòng Văn hóa - Xã hội xã\n- Thời gian: T7/2026"),
        P("d. Phổ biến Luật Phòng thủ dân sự năm 2023, kỹ năng ứng phó thiên tai, sự cố", bold=True),
        P("- Cơ quan thực hiện: Đ/c Chỉ huy phó BCH Quân sự xã\n- Phối hợp: Công an xã\n- Thời gian: Quý 3/2026"),
        P("đ. Tuyên truyền chính sách hậu phương quân đội, chế độ đối với quân nhân xuất ngũ", bold=True),
        P("- Cơ quan thực hiện: BCH Quân sự xã\n- Phối hợp: CCB xã; HLHPN xã\n- Thời gian: Thường xuyên"),
        P("e. Tuyên truyền, động viên tại lễ giao nhận quân năm 2027", bold=True),
        P("- Cơ quan thực hiện: BCH Quân sự xã\n- Phối hợp: UB MTTQ xã và các đoàn thể\n"
          "- Thời gian: Khi có kế hoạch của Ban Chỉ huy Phòng thủ khu vực"),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Chỉ huy trưởng BCH Quân sự xã chịu trách nhiệm trước Đảng ủy, UBND xã; Thôn đội trưởng báo cáo "
          "kết quả hằng quý. BCH Quân sự xã tổng hợp báo cáo Bộ CHQS tỉnh trước ngày 10/12/2026."),
        *_end(["Bộ CHQS tỉnh (b/c);", "Đảng ủy, UBND xã (b/c);", "Các thôn;", "Lưu: BCH."], "CHỈ HUY TRƯỞNG",
              "Đinh Văn Tuấn"),
    ],
    expected=[
        Exp("Tuyên truyền Luật Nghĩa vụ quân sự", ("Đ/c Chỉ huy trưởng BCH Quân sự xã",),
            ("ĐTN xã", "Trưởng thôn các thôn"), "2026-12-31"),
        Exp("Phổ biến Luật Dân quân tự vệ", ("Đ/c Chỉ huy phó BCH Quân sự xã",),
            ("Thôn đội trưởng các thôn",), "2026-06-30"),
        Exp("Bồi dưỡng kiến thức quốc phòng và an ninh", ("BCH Quân sự xã",), ("Phòng Văn hóa - Xã hội xã",),
            "2026-07-31"),
        Exp("Phổ biến Luật Phòng thủ dân sự", ("Đ/c Chỉ huy phó BCH Quân sự xã",), ("Công an xã",),
            "2026-09-30"),
        Exp("Tuyên truyền chính sách hậu phương quân đội", ("BCH Quân sự xã",), ("CCB xã", "HLHPN xã"),
            "2026-12-31"),
        Exp("Tuyên truyền, động viên tại lễ giao nhận quân", ("BCH Quân sự xã",),
            ("UB MTTQ xã", "các đoàn thể"), "2026-12-31", on_request=True),
    ],
)

# ---------------------------------------------------------------- 10. xã Đông Hưng, phòng chống BLGĐ
PLAN_BLGD = Plan(
    name="xa_donghung_blgd",
    blocks=[
        *_hdr("UBND TỈNH HƯNG YÊN", "ỦY BAN NHÂN DÂN XÃ ĐÔNG HƯNG", "36/KH-UBND",
              "Đông Hưng, ngày 26 tháng 02 năm 2026",
              "Triển khai công tác phòng, chống bạo lực gia đình trên địa bàn xã năm 2026"),
        P("Căn cứ Luật Phòng, chống bạo lực gia đình số 13/2022/QH15;"),
        P("Căn cứ Nghị định số 76/2023/NĐ-CP ngày 01/11/2023 của Chính phủ quy định chi tiết Luật Phòng, chống "
          "bạo lực gia đình;"),
        P("Căn cứ Kế hoạch số 58/KH-SVHTTDL ngày 15/01/2026 của Sở Văn hóa, Thể thao và Du lịch tỉnh Hưng Yên."),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Nâng cao nhận thức của người dân về phòng, chống bạo lực gia đình; phát hiện, can thiệp kịp thời, "
          "không để xảy ra vụ việc nghiêm trọng; xây dựng gia đình no ấm, tiến bộ, hạnh phúc."),
        P("II. NHIỆM VỤ, PHÂN CÔNG THỰC HIỆN", bold=True),
        T((
            ("Nội dung", "Người/Bộ phận thực hiện", "Thời gian"),
            ("I. TRUYỀN THÔNG, PHÒNG NGỪA", "", ""),
            ("- Tuyên truyền Luật Phòng, chống bạo lực gia đình năm 2022 trên hệ thống loa truyền thanh",
             "Phòng Văn hóa - Xã hội xã", "Quý 1, quý 2"),
            ("- Tổ chức nói chuyện chuyên đề tại các chi hội phụ nữ thôn",
             "HLHPN xã (chủ trì); Trưởng thôn các thôn (phối hợp)", "tháng 3 - tháng 4"),
            ("- Kiện toàn Tổ phòng, chống bạo lực gia đình ở các thôn",
             "Phòng Văn hóa - Xã hội xã chủ trì, phối hợp Trưởng thôn các thôn", "Quý 1"),
            ("- Duy trì, nhân rộng mô hình CLB gia đình phát triển bền vững",
             "HLHPN xã / HND xã, CCB xã phối hợp", "Thường xuyên trong năm"),
            ("II. CAN THIỆP, HỖ TRỢ", "", ""),
            ("- Tiếp nhận, xử lý tin báo về hành vi bạo lực gia đình",
             "Công an xã (chủ trì); Trưởng thôn, Tổ hòa giải ở cơ sở (phối hợp)", "Khi có tin báo"),
            ("- Trợ giúp pháp lý cho nạn nhân bạo lực gia đình",
             "công chức Tư pháp - Hộ tịch; Trung tâm Trợ giúp pháp lý nhà nước tỉnh phối hợp", "Khi có yêu cầu"),
            ("- Thống kê, báo cáo tình hình bạo lực gia đình",
             "Phòng Văn hóa - Xã hội xã", "Trước 15/6/2026 và 15/12/2026"),
        ), widths=(95, 65, 30)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Giao Phòng Văn hóa - Xã hội xã là đầu mối theo dõi, tổng hợp; đề nghị UB MTTQ xã và các đoàn thể "
          "phối hợp giám sát. Trưởng thôn các thôn báo cáo vụ việc phát sinh ngay khi xảy ra."),
        *_end(["Sở VHTTDL tỉnh (b/c);", "TT Đảng ủy, HĐND xã;", "UB MTTQ xã, các đoàn thể;", "Các thôn;",
               "Lưu: VT, VHXH."], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Bùi Thị Lan"),
    ],
    expected=[
        Exp("Tuyên truyền Luật Phòng, chống bạo lực gia đình", ("Phòng Văn hóa - Xã hội xã",), (), "2026-06-30"),
        Exp("Tổ chức nói chuyện chuyên đề tại các chi hội", ("HLHPN xã",), ("Trưởng thôn các thôn",),
            "2026-04-30"),
        Exp("Kiện toàn Tổ phòng, chống bạo lực gia đình", ("Phòng Văn hóa - Xã hội xã",),
            ("Trưởng thôn các thôn",), "2026-03-31"),
        Exp("Duy trì, nhân rộng mô hình CLB", ("HLHPN xã",), ("HND xã", "CCB xã"), "2026-12-31"),
        Exp("Tiếp nhận, xử lý tin báo về hành vi", ("Công an xã",), ("Trưởng thôn", "Tổ hòa giải ở cơ sở"),
            "2026-12-31", on_request=True),
        Exp("Trợ giúp pháp lý cho nạn nhân", ("công chức Tư pháp - Hộ tịch",),
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh",), "2026-12-31", on_request=True),
        Exp("Thống kê, báo cáo tình hình bạo lực", ("Phòng Văn hóa - Xã hội xã",), (), "2026-12-15"),
    ],
)

PLANS: list[Plan] = [
    PLAN_HOAGIAI, PLAN_NGAYPL, PLAN_TUSACH, PLAN_MAMNON, PLAN_TIEUHOC,
    PLAN_HTX, PLAN_BENHVIEN, PLAN_CONGAN, PLAN_QUANSU, PLAN_BLGD,
]
