"""Held-out evaluation set 19: ten PBGDPL plans of 2026, answers typed by hand.

1. Sở Y tế tỉnh Quảng Trị: table STT | Nội dung | Chủ trì | Phối hợp | Thời gian hoàn thành, group rows.
2. UBND xã Tân Phú (Đồng Nai): numbered items, prose "Giao X chủ trì, phối hợp với Y", "Đề nghị".
3. TAND tỉnh Lâm Đồng: bold "1." headings, "a)" tasks with label lines ("Đơn vị chủ trì:", "Thời gian:").
4. Công an tỉnh Nghệ An: table with 2-row header (Đơn vị thực hiện: Chủ trì / Phối hợp), no STT group rows.
5. Trường THPT Nguyễn Du (năm học 2026-2027): "-" tasks with inline "(Phụ trách: …; Thời gian: …)", persons.
6. UBND tỉnh Gia Lai: items with several assignment blocks, event-triggered deadlines, long unit lists.
7. VKSND khu vực 3 Hà Nội: roman numerals, "1.1." tasks, inline labels on one line.
8. Bệnh viện Đa khoa tỉnh Phú Thọ: table without STT: Nội dung | Thời gian | Chủ trì | Phối hợp | Ghi chú.
9. Hội Nông dân tỉnh An Giang: "a)" headings, prose "X có trách nhiệm…", "Tiến độ:" lines, month ranges.
10. Tổng công ty Điện lực miền Trung: table with Sản phẩm and Kinh phí columns, quarter deadlines.
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T


def _head(up: str, agency: str, number: str, place_date: str, title: str) -> list[P | T]:
    return [
        P(up, center=True),
        P(agency, bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True),
        P("Độc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P(f"Số: {number}", center=True),
        P(place_date, center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P(title, bold=True, center=True),
    ]


def _end(recipients: list[str], role: str, signer: str) -> list[P | T]:
    out: list[P | T] = [P("Nơi nhận:", bold=True)]
    out += [P(f"- {r};") for r in recipients]
    out += [P("- Lưu: VT."), P(role, bold=True, center=True), P("(Đã ký)", center=True),
            P(signer, bold=True, center=True)]
    return out


# ---------------------------------------------------------------- 1. Sở Y tế
PLAN_SYT = Plan(
    "set19_so_y_te_quang_tri",
    _head("UBND TỈNH QUẢNG TRỊ", "SỞ Y TẾ", "112/KH-SYT", "Quảng Trị, ngày 20 tháng 01 năm 2026",
          "Công tác phổ biến, giáo dục pháp luật năm 2026 của ngành Y tế")
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;"),
        P("Căn cứ Kế hoạch số 15/KH-UBND ngày 09/01/2026 của UBND tỉnh về công tác phổ biến, giáo dục "
          "pháp luật; hòa giải ở cơ sở; xây dựng cấp xã đạt chuẩn tiếp cận pháp luật năm 2026;"),
        P("Sở Y tế xây dựng Kế hoạch thực hiện như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Nâng cao nhận thức, ý thức chấp hành pháp luật của công chức, viên chức, người lao động "
          "trong ngành; phổ biến kịp thời Luật Khám bệnh, chữa bệnh và các văn bản hướng dẫn."),
        P("- Bảo đảm thiết thực, hiệu quả, gắn với nhiệm vụ chuyên môn của từng đơn vị."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        T((
            ("STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"),
            ("A", "PHỔ BIẾN VĂN BẢN PHÁP LUẬT", "", "", ""),
            ("1", "Tổ chức hội nghị quán triệt, phổ biến Luật Bảo hiểm y tế sửa đổi và các văn bản "
             "quy định chi tiết cho lãnh đạo các đơn vị trực thuộc", "Phòng Nghiệp vụ Dược - Y",
             "Văn phòng Sở; Bảo hiểm xã hội tỉnh", "Quý II/2026"),
            ("2", "Đăng tải văn bản pháp luật mới về y tế trên Cổng thông tin điện tử của Sở",
             "Văn phòng Sở", "Các phòng chuyên môn thuộc Sở", "Thường xuyên"),
            ("3", "Biên soạn tài liệu hỏi - đáp pháp luật về an toàn thực phẩm phát cho các cơ sở "
             "kinh doanh dịch vụ ăn uống", "Chi cục An toàn vệ sinh thực phẩm",
             "Trung tâm Kiểm soát bệnh tật tỉnh, UBND các xã, phường", "Tháng 6/2026"),
            ("B", "CÁC HOẠT ĐỘNG KHÁC", "", "", ""),
            ("4", "Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam (09/11)",
             "Văn phòng Sở", "Công đoàn ngành Y tế; Đoàn Thanh niên Sở Y tế", "Tháng 10 - 11/2026"),
            ("5", "Kiểm tra công tác phổ biến, giáo dục pháp luật tại các bệnh viện, trung tâm y tế",
             "Thanh tra Sở", "Văn phòng Sở, Phòng Tổ chức cán bộ", "Quý III/2026"),
            ("6", "Tập huấn kỹ năng giao tiếp, ứng xử và quy định về y đức cho viên chức y tế",
             "Phòng Tổ chức cán bộ", "Bệnh viện Đa khoa tỉnh Quảng Trị, Trung tâm Y tế các khu vực",
             "Từ tháng 4 đến tháng 8/2026"),
            ("7", "Cập nhật, hướng dẫn các quy định mới khi Bộ Y tế ban hành thông tư hướng dẫn Luật "
             "Dược sửa đổi", "Phòng Nghiệp vụ Dược - Y", "Các đơn vị trực thuộc",
             "Khi có văn bản hướng dẫn của Bộ Y tế"),
        ), (10, 70, 35, 45, 30)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Thủ trưởng các đơn vị trực thuộc căn cứ Kế hoạch này triển khai thực hiện; báo cáo kết quả "
          "về Sở Y tế (qua Văn phòng Sở) trước ngày 25/11/2026."),
        P("2. Kinh phí thực hiện từ nguồn ngân sách nhà nước giao cho các đơn vị năm 2026."),
    ]
    + _end(["Sở Tư pháp", "Giám đốc, các Phó Giám đốc Sở", "Các đơn vị trực thuộc"], "GIÁM ĐỐC",
           "Lê Văn Bình"),
    [
        Exp("Tổ chức hội nghị quán triệt, phổ biến Luật Bảo hiểm y tế", ("Phòng Nghiệp vụ Dược - Y",),
            ("Văn phòng Sở", "Bảo hiểm xã hội tỉnh"), "2026-06-30"),
        Exp("Đăng tải văn bản pháp luật mới về y tế", ("Văn phòng Sở",),
            ("Các phòng chuyên môn thuộc Sở",), "2026-12-31"),
        Exp("Biên soạn tài liệu hỏi - đáp pháp luật về an toàn thực phẩm",
            ("Chi cục An toàn vệ sinh thực phẩm",),
            ("Trung tâm Kiểm soát bệnh tật tỉnh", "UBND các xã, phường"), "2026-06-30"),
        Exp("Hưởng ứng Ngày Pháp luật nước Cộng hòa", ("Văn phòng Sở",),
            ("Công đoàn ngành Y tế", "Đoàn Thanh niên Sở Y tế"), "2026-11-30"),
        Exp("Kiểm tra công tác phổ biến, giáo dục pháp luật tại các bệnh viện", ("Thanh tra Sở",),
            ("Văn phòng Sở", "Phòng Tổ chức cán bộ"), "2026-09-30"),
        Exp("Tập huấn kỹ năng giao tiếp, ứng xử", ("Phòng Tổ chức cán bộ",),
            ("Bệnh viện Đa khoa tỉnh Quảng Trị", "Trung tâm Y tế các khu vực"), "2026-08-31"),
        Exp("Cập nhật, hướng dẫn các quy định mới khi Bộ Y tế", ("Phòng Nghiệp vụ Dược - Y",),
            ("Các đơn vị trực thuộc",), "2026-12-31", on_request=True),
    ],
)

# ---------------------------------------------------------------- 2. UBND xã
PLAN_XA = Plan(
    "set19_ubnd_xa_tan_phu",
    _head("ỦY BAN NHÂN DÂN", "XÃ TÂN PHÚ", "27/KH-UBND", "Tân Phú, ngày 05 tháng 02 năm 2026",
          "Phổ biến, giáo dục pháp luật và hòa giải ở cơ sở trên địa bàn xã năm 2026")
    + [
        P("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
        P("Căn cứ Luật Hòa giải ở cơ sở ngày 20 tháng 6 năm 2013;"),
        P("Căn cứ Kế hoạch số 48/KH-UBND ngày 15/01/2026 của UBND tỉnh Đồng Nai;"),
        P("UBND xã Tân Phú ban hành Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Đưa pháp luật đến với Nhân dân, nhất là đồng bào dân tộc thiểu số ở các ấp vùng sâu; nâng cao "
          "hiệu quả hòa giải ở cơ sở, hạn chế khiếu kiện vượt cấp."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Tuyên truyền trên hệ thống loa truyền thanh xã các quy định về đất đai, phòng chống ma túy, "
          "an toàn giao thông. Giao Văn phòng HĐND và UBND xã chủ trì, phối hợp với Trung tâm Dịch vụ "
          "tổng hợp xã thực hiện. Thời gian: thường xuyên trong năm."),
        P("2. Tổ chức Ngày sách và Văn hóa đọc, trưng bày tủ sách pháp luật tại nhà văn hóa các ấp. "
          "Phòng Văn hóa - Xã hội chủ trì; Đoàn Thanh niên xã, Hội Liên hiệp Phụ nữ xã phối hợp. "
          "Thời gian: tháng 4/2026."),
        P("3. Kiện toàn tổ hòa giải, bổ sung hòa giải viên tại 14 ấp; tập huấn nghiệp vụ hòa giải cho "
          "hòa giải viên. Giao Phòng Văn hóa - Xã hội (công chức Tư pháp) chủ trì, phối hợp với Ủy ban "
          "Mặt trận Tổ quốc Việt Nam xã và Trưởng các ấp thực hiện, hoàn thành trước ngày 30/6/2026."),
        P("4. Đánh giá, công nhận xã đạt chuẩn tiếp cận pháp luật năm 2026. Phó Chủ tịch UBND xã (phụ "
          "trách văn hóa - xã hội) chủ trì; các thành viên Hội đồng phổ biến, giáo dục pháp luật xã phối "
          "hợp. Thời gian: tháng 11 - 12/2026."),
        P("5. Phổ biến pháp luật về an ninh mạng, phòng chống lừa đảo qua không gian mạng cho học sinh "
          "các trường trên địa bàn. Giao Công an xã chủ trì, phối hợp với Trường THCS Tân Phú, Trường "
          "Tiểu học Tân Phú A; thời gian: Học kỳ II năm học 2025-2026 (tháng 01 - 5/2026)."),
        P("6. Lồng ghép phổ biến pháp luật về bảo vệ rừng, phòng cháy chữa cháy rừng trong các buổi "
          "họp dân. Đề nghị Hạt Kiểm lâm khu vực Tân Phú phối hợp với Phòng Kinh tế xã thực hiện trong "
          "mùa khô (từ tháng 01 đến tháng 4/2026)."),
        P("7. Triển khai phổ biến các luật mới được Quốc hội thông qua tại Kỳ họp thứ nhất, Quốc hội "
          "khóa XVI. Văn phòng HĐND và UBND xã chủ trì thực hiện sau khi có hướng dẫn của UBND tỉnh."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các ngành, đoàn thể, Trưởng ấp tổ chức thực hiện Kế hoạch; báo cáo kết quả về UBND xã (qua "
          "Phòng Văn hóa - Xã hội) trước ngày 20/11/2026 để tổng hợp."),
    ]
    + _end(["Sở Tư pháp tỉnh Đồng Nai", "TT Đảng ủy, TT HĐND xã", "Các ấp"],
           "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Điểu Thị Hạnh"),
    [
        Exp("Tuyên truyền trên hệ thống loa truyền thanh xã", ("Văn phòng HĐND và UBND xã",),
            ("Trung tâm Dịch vụ tổng hợp xã",), "2026-12-31"),
        Exp("Tổ chức Ngày sách và Văn hóa đọc", ("Phòng Văn hóa - Xã hội",),
            ("Đoàn Thanh niên xã", "Hội Liên hiệp Phụ nữ xã"), "2026-04-30"),
        Exp("Kiện toàn tổ hòa giải, bổ sung hòa giải viên", ("Phòng Văn hóa - Xã hội",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Trưởng các ấp"), "2026-06-30"),
        Exp("Đánh giá, công nhận xã đạt chuẩn tiếp cận pháp luật", ("Phó Chủ tịch UBND xã",),
            ("các thành viên Hội đồng phổ biến, giáo dục pháp luật xã",), "2026-12-31"),
        Exp("Phổ biến pháp luật về an ninh mạng", ("Công an xã",),
            ("Trường THCS Tân Phú", "Trường Tiểu học Tân Phú A"), "2026-05-31"),
        Exp("Lồng ghép phổ biến pháp luật về bảo vệ rừng", ("Hạt Kiểm lâm khu vực Tân Phú",),
            ("Phòng Kinh tế xã",), "2026-04-30"),
        Exp("Triển khai phổ biến các luật mới được Quốc hội", ("Văn phòng HĐND và UBND xã",), (),
            "2026-12-31", on_request=True),
    ],
)

# ---------------------------------------------------------------- 3. TAND tỉnh
PLAN_TAND = Plan(
    "set19_tand_lam_dong",
    _head("TÒA ÁN NHÂN DÂN TỐI CAO", "TÒA ÁN NHÂN DÂN TỈNH LÂM ĐỒNG", "09/KH-TA",
          "Lâm Đồng, ngày 14 tháng 01 năm 2026",
          "Tuyên truyền, phổ biến, giáo dục pháp luật năm 2026 của Tòa án nhân dân hai cấp tỉnh Lâm Đồng")
    + [
        P("Căn cứ Luật Tổ chức Tòa án nhân dân năm 2024 (sửa đổi, bổ sung năm 2025);"),
        P("Căn cứ Kế hoạch số 02/KH-TANDTC ngày 06/01/2026 của Tòa án nhân dân tối cao về công tác "
          "phổ biến, giáo dục pháp luật năm 2026;"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Nâng cao trình độ, kiến thức pháp luật cho Thẩm phán, Thư ký, Thẩm tra viên; thông qua "
          "hoạt động xét xử góp phần tuyên truyền pháp luật đến người dân."),
        P("II. NỘI DUNG, HÌNH THỨC", bold=True),
        P("1. Phổ biến, quán triệt văn bản pháp luật", bold=True),
        P("a) Quán triệt Bộ luật Tố tụng hình sự sửa đổi và các Nghị quyết của Hội đồng Thẩm phán Tòa "
          "án nhân dân tối cao mới ban hành"),
        P("- Đơn vị chủ trì: Văn phòng Tòa án nhân dân tỉnh"),
        P("- Đơn vị phối hợp: Tòa Hình sự; Tòa án nhân dân khu vực 1 - Lâm Đồng"),
        P("- Thời gian: Quý I/2026"),
        P("b) Tổ chức phiên tòa rút kinh nghiệm kết hợp tuyên truyền pháp luật tại địa phương nơi xảy ra "
          "vụ án"),
        P("- Đơn vị chủ trì: Các Tòa án nhân dân khu vực"),
        P("- Đơn vị phối hợp: Viện kiểm sát nhân dân cùng cấp, UBND các xã, phường nơi tổ chức phiên tòa"),
        P("- Thời gian: Trong năm 2026 (ít nhất 02 phiên/đơn vị)"),
        P("2. Bồi dưỡng, cập nhật kiến thức pháp luật", bold=True),
        P("a) Tập huấn kỹ năng giải quyết án hành chính, án kinh doanh thương mại cho Thẩm phán"),
        P("- Đơn vị chủ trì: Phòng Giám đốc kiểm tra, thi hành án và Thi đua khen thưởng"),
        P("- Đơn vị phối hợp: Tòa Hành chính, Tòa Kinh tế"),
        P("- Thời gian: Tháng 7 - 8/2026"),
        P("b) Cập nhật tài liệu pháp luật tại Tủ sách pháp luật điện tử của đơn vị"),
        P("- Đơn vị chủ trì: Phòng Tổ chức cán bộ - Hành chính tư pháp"),
        P("- Thời gian: Thường xuyên"),
        P("3. Hoạt động hưởng ứng", bold=True),
        P("a) Hưởng ứng Ngày Pháp luật Việt Nam năm 2026 với chủ đề theo hướng dẫn của Tòa án nhân dân "
          "tối cao"),
        P("- Đơn vị chủ trì: Văn phòng Tòa án nhân dân tỉnh"),
        P("- Đơn vị phối hợp: Công đoàn cơ sở Tòa án nhân dân tỉnh, Chi đoàn Tòa án nhân dân tỉnh"),
        P("- Thời gian: Trước ngày 09/11/2026"),
        P("b) Cung cấp thông tin, tài liệu phục vụ tuyên truyền cho các cơ quan báo chí"),
        P("- Đơn vị chủ trì: Văn phòng Tòa án nhân dân tỉnh"),
        P("- Đơn vị phối hợp: Báo và Phát thanh, Truyền hình Lâm Đồng"),
        P("- Thời gian: Khi có đề nghị của cơ quan báo chí"),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Chánh án Tòa án nhân dân khu vực, Thủ trưởng các đơn vị thuộc Tòa án nhân dân tỉnh tổ chức "
          "thực hiện; báo cáo kết quả trước ngày 15/11/2026 (qua Văn phòng)."),
    ]
    + _end(["TAND tối cao (Vụ Pháp chế và Quản lý khoa học)", "Sở Tư pháp", "Các TAND khu vực"],
           "CHÁNH ÁN", "Nguyễn Hữu Thành"),
    [
        Exp("Quán triệt Bộ luật Tố tụng hình sự sửa đổi", ("Văn phòng Tòa án nhân dân tỉnh",),
            ("Tòa Hình sự", "Tòa án nhân dân khu vực 1 - Lâm Đồng"), "2026-03-31"),
        Exp("Tổ chức phiên tòa rút kinh nghiệm kết hợp", ("Các Tòa án nhân dân khu vực",),
            ("Viện kiểm sát nhân dân cùng cấp", "UBND các xã, phường nơi tổ chức phiên tòa"), "2026-12-31"),
        Exp("Tập huấn kỹ năng giải quyết án hành chính",
            ("Phòng Giám đốc kiểm tra, thi hành án và Thi đua khen thưởng",),
            ("Tòa Hành chính", "Tòa Kinh tế"), "2026-08-31"),
        Exp("Cập nhật tài liệu pháp luật tại Tủ sách", ("Phòng Tổ chức cán bộ - Hành chính tư pháp",), (),
            "2026-12-31"),
        Exp("Hưởng ứng Ngày Pháp luật Việt Nam năm 2026", ("Văn phòng Tòa án nhân dân tỉnh",),
            ("Công đoàn cơ sở Tòa án nhân dân tỉnh", "Chi đoàn Tòa án nhân dân tỉnh"), "2026-11-09"),
        Exp("Cung cấp thông tin, tài liệu phục vụ tuyên truyền", ("Văn phòng Tòa án nhân dân tỉnh",),
            ("Báo và Phát thanh, Truyền hình Lâm Đồng",), "2026-12-31", on_request=True),
    ],
)

# ---------------------------------------------------------------- 4. Công an tỉnh
PLAN_CA = Plan(
    "set19_cong_an_nghe_an",
    _head("BỘ CÔNG AN", "CÔNG AN TỈNH NGHỆ AN", "215/KH-CAT-PV01", "Nghệ An, ngày 28 tháng 01 năm 2026",
          "Tuyên truyền, phổ biến, giáo dục pháp luật trong Công an tỉnh và Nhân dân năm 2026")
    + [
        P("Thực hiện Kế hoạch số 31/KH-BCA-V03 ngày 10/01/2026 của Bộ Công an; Kế hoạch số 22/KH-UBND "
          "ngày 12/01/2026 của UBND tỉnh Nghệ An, Công an tỉnh xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Nâng cao ý thức chấp hành pháp luật của cán bộ, chiến sĩ và Nhân dân, góp phần bảo đảm an "
          "ninh, trật tự."),
        P("2. Phân công cụ thể, gắn trách nhiệm của Thủ trưởng đơn vị."),
        P("II. NHIỆM VỤ VÀ PHÂN CÔNG", bold=True),
        T((
            ("TT", "Nhiệm vụ", "Đơn vị thực hiện", "", "Thời gian"),
            ("", "", "Chủ trì", "Phối hợp", ""),
            ("I. Trong Công an tỉnh", "", "", "", ""),
            ("1", "Quán triệt Luật Công an nhân dân sửa đổi, Luật Cư trú sửa đổi cho cán bộ, chiến sĩ",
             "Phòng Tham mưu", "Phòng Cảnh sát quản lý hành chính về trật tự xã hội", "Quý I, II/2026"),
            ("2", "Tổ chức Hội thi tìm hiểu pháp luật trong lực lượng Công an tỉnh",
             "Phòng Công tác đảng và công tác chính trị", "Đoàn Thanh niên Công an tỉnh",
             "Tháng 8/2026"),
            ("II. Trong Nhân dân", "", "", "", ""),
            ("3", "Tuyên truyền pháp luật về trật tự, an toàn giao thông cho học sinh, sinh viên",
             "Phòng Cảnh sát giao thông", "Sở Giáo dục và Đào tạo, các trường trung học phổ thông",
             "Tháng 9 - 10/2026"),
            ("4", "Phổ biến phương thức, thủ đoạn lừa đảo chiếm đoạt tài sản qua mạng",
             "Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao",
             "Báo và Phát thanh, Truyền hình Nghệ An; Công an các xã, phường", "Thường xuyên"),
            ("5", "Tuyên truyền Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ tại khu dân cư, chợ, "
             "cơ sở kinh doanh", "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",
             "Công an các xã, phường và đặc khu; Ban Quản lý các chợ", "Quý II - III/2026"),
            ("6", "Phổ biến pháp luật về phòng, chống ma túy tại các xã biên giới",
             "Phòng Cảnh sát điều tra tội phạm về ma túy",
             "Bộ đội Biên phòng tỉnh, Công an các xã biên giới", "Năm 2026"),
            ("7", "Sơ kết công tác phổ biến, giáo dục pháp luật 6 tháng đầu năm", "Phòng Tham mưu",
             "Các đơn vị nghiệp vụ", "Trước ngày 10/6/2026"),
        ), (10, 65, 40, 45, 30)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Giao Phòng Tham mưu theo dõi, đôn đốc; các đơn vị báo cáo kết quả định kỳ 6 tháng (trước ngày "
          "10/6) và năm (trước ngày 10/11/2026)."),
    ]
    + _end(["Bộ Công an (V03)", "UBND tỉnh", "Đồng chí Giám đốc"], "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
           "Đại tá Trần Ngọc Sơn"),
    [
        Exp("Quán triệt Luật Công an nhân dân sửa đổi", ("Phòng Tham mưu",),
            ("Phòng Cảnh sát quản lý hành chính về trật tự xã hội",), "2026-06-30"),
        Exp("Tổ chức Hội thi tìm hiểu pháp luật", ("Phòng Công tác đảng và công tác chính trị",),
            ("Đoàn Thanh niên Công an tỉnh",), "2026-08-31"),
        Exp("Tuyên truyền pháp luật về trật tự, an toàn giao thông", ("Phòng Cảnh sát giao thông",),
            ("Sở Giáo dục và Đào tạo", "các trường trung học phổ thông"), "2026-10-31"),
        Exp("Phổ biến phương thức, thủ đoạn lừa đảo",
            ("Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao",),
            ("Báo và Phát thanh, Truyền hình Nghệ An", "Công an các xã, phường"), "2026-12-31"),
        Exp("Tuyên truyền Luật Phòng cháy, chữa cháy",
            ("Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",),
            ("Công an các xã, phường và đặc khu", "Ban Quản lý các chợ"), "2026-09-30"),
        Exp("Phổ biến pháp luật về phòng, chống ma túy", ("Phòng Cảnh sát điều tra tội phạm về ma túy",),
            ("Bộ đội Biên phòng tỉnh", "Công an các xã biên giới"), "2026-12-31"),
        Exp("Sơ kết công tác phổ biến, giáo dục pháp luật", ("Phòng Tham mưu",),
            ("Các đơn vị nghiệp vụ",), "2026-06-10"),
    ],
)

# ---------------------------------------------------------------- 5. Trường THPT
PLAN_THPT = Plan(
    "set19_thpt_nguyen_du",
    _head("SỞ GD&ĐT TỈNH ĐẮK LẮK", "TRƯỜNG THPT NGUYỄN DU", "86/KH-THPTND",
          "Đắk Lắk, ngày 15 tháng 9 năm 2026",
          "Tuyên truyền, phổ biến, giáo dục pháp luật năm học 2026-2027")
    + [
        P("Căn cứ Công văn số 2980/SGDĐT-VP ngày 05/9/2026 của Sở Giáo dục và Đào tạo về hướng dẫn công "
          "tác phổ biến, giáo dục pháp luật năm học 2026-2027;"),
        P("Căn cứ tình hình thực tế của nhà trường, Trường THPT Nguyễn Du xây dựng kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Giúp học sinh hiểu và chấp hành pháp luật về giao thông, an ninh mạng, phòng chống bạo lực "
          "học đường; xây dựng môi trường học đường an toàn, lành mạnh."),
        P("II. NỘI DUNG VÀ BIỆN PHÁP", bold=True),
        P("- Tổ chức tuyên truyền pháp luật dưới cờ vào các buổi chào cờ đầu tuần (Phụ trách: Đoàn trường; "
          "phối hợp: giáo viên chủ nhiệm các lớp; thời gian: từ tháng 9/2026 đến tháng 5/2027)."),
        P("- Lồng ghép giáo dục pháp luật trong môn Giáo dục kinh tế và pháp luật, Lịch sử (Phụ trách: "
          "Tổ Sử - Địa - GDKT&PL; thời gian: tháng 9/2026 - tháng 5/2027, theo phân phối chương trình)."),
        P("- Ký cam kết chấp hành Luật Trật tự, an toàn giao thông đường bộ giữa nhà trường, học sinh và "
          "cha mẹ học sinh (Phụ trách: Phó Hiệu trưởng Phạm Văn Long; phối hợp: Ban đại diện cha "
          "mẹ học sinh, Công an xã Ea Kar; hoàn thành: tháng 10/2026)."),
        P("- Tổ chức ngoại khóa “Học sinh với pháp luật về an ninh mạng” cho khối 10, 11 (Phụ trách: "
          "Đoàn trường, Tổ Tin học; thời gian: tháng 11/2026)."),
        P("- Bổ sung sách, tài liệu pháp luật cho tủ sách pháp luật của thư viện (Phụ trách: Thư viện nhà "
          "trường; thời gian: học kỳ I, xong trước 31/12/2026)."),
        P("- Tổ chức cuộc thi vẽ tranh, tiểu phẩm phòng chống bạo lực học đường (Phụ trách: Đoàn trường; "
          "phối hợp: Tổ Tư vấn tâm lý học đường; thời gian: tháng 3/2027)."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Hiệu trưởng chỉ đạo chung. Các tổ chuyên môn, Đoàn trường triển khai; báo cáo kết quả cuối học "
          "kỳ I và cuối năm học (trước ngày 20/5/2027)."),
    ]
    + _end(["Sở GD&ĐT (b/c)", "Các tổ chuyên môn, Đoàn trường"], "HIỆU TRƯỞNG", "Võ Thị Minh Tâm"),
    [
        Exp("Tổ chức tuyên truyền pháp luật dưới cờ", ("Đoàn trường",),
            ("giáo viên chủ nhiệm các lớp",), "2027-05-31"),
        Exp("Lồng ghép giáo dục pháp luật trong môn", ("Tổ Sử - Địa - GDKT&PL",), (), "2027-05-31"),
        Exp("Ký cam kết chấp hành Luật Trật tự", ("Phó Hiệu trưởng Phạm Văn Long",),
            ("Ban đại diện cha mẹ học sinh", "Công an xã Ea Kar"), "2026-10-31"),
        Exp("Tổ chức ngoại khóa “Học sinh với pháp luật", ("Đoàn trường", "Tổ Tin học"), (), "2026-11-30"),
        Exp("Bổ sung sách, tài liệu pháp luật", ("Thư viện nhà trường",), (), "2026-12-31"),
        Exp("Tổ chức cuộc thi vẽ tranh, tiểu phẩm", ("Đoàn trường",),
            ("Tổ Tư vấn tâm lý học đường",), "2027-03-31"),
    ],
)

# ---------------------------------------------------------------- 6. UBND tỉnh
PLAN_TINH = Plan(
    "set19_ubnd_tinh_gia_lai",
    _head("", "ỦY BAN NHÂN DÂN TỈNH GIA LAI", "38/KH-UBND", "Gia Lai, ngày 22 tháng 01 năm 2026",
          "Triển khai thi hành Luật Phổ biến, giáo dục pháp luật và công tác PBGDPL năm 2026")
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;"),
        P("Căn cứ Quyết định số 1521/QĐ-TTg ngày 06/10/2025 của Thủ tướng Chính phủ;"),
        P("Xét đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 12/TTr-STP ngày 16/01/2026,"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Triển khai đồng bộ, hiệu quả công tác phổ biến, giáo dục pháp luật sau sắp xếp đơn vị hành "
          "chính; ưu tiên vùng đồng bào dân tộc thiểu số, khu vực ven biển."),
        P("II. NHIỆM VỤ", bold=True),
        P("1. Kiện toàn Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh và cấp xã", bold=True),
        P("Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ tham mưu UBND tỉnh kiện toàn Hội đồng phối hợp phổ "
          "biến, giáo dục pháp luật tỉnh; hoàn thành trong Quý I/2026."),
        P("UBND các xã, phường kiện toàn Hội đồng phối hợp phổ biến, giáo dục pháp luật cấp xã, gửi quyết "
          "định về Sở Tư pháp trước ngày 30/4/2026."),
        P("2. Phổ biến pháp luật cho đồng bào dân tộc thiểu số", bold=True),
        P("Sở Dân tộc và Tôn giáo chủ trì, phối hợp với Sở Tư pháp; Sở Văn hóa, "
          "Thể thao và Du lịch; Hội Liên hiệp Phụ nữ tỉnh và UBND các xã vùng đồng bào dân tộc thiểu số "
          "biên soạn tài liệu song ngữ Việt - Bahnar, Việt - Jrai. Thời gian: tháng 3 - 9/2026."),
        P("Báo và Phát thanh, Truyền hình Gia Lai duy trì chuyên mục pháp luật bằng tiếng dân tộc; "
          "thời gian: hằng tháng."),
        P("3. Phổ biến luật, nghị quyết mới", bold=True),
        P("Các sở, ban, ngành tỉnh theo chức năng quản lý chủ động tổ chức phổ biến các luật, nghị quyết "
          "được Quốc hội thông qua trong năm 2026, thực hiện ngay sau khi văn bản được công bố."),
        P("4. Chuyển đổi số trong phổ biến, giáo dục pháp luật", bold=True),
        P("Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tư pháp, Viettel Gia Lai và VNPT Gia Lai xây "
          "dựng chuyên trang phổ biến pháp luật trên ứng dụng Gia Lai số; hoàn thành Quý III/2026."),
        P("5. Phổ biến pháp luật về biển, đảo và khai thác thủy sản", bold=True),
        P("Sở Nông nghiệp và Môi trường chủ trì; Bộ Chỉ huy Bộ đội Biên phòng tỉnh, UBND các xã, phường "
          "ven biển phối hợp thực hiện. Thời gian: năm 2026."),
        P("6. Kiểm tra, sơ kết, tổng kết", bold=True),
        P("Sở Tư pháp chủ trì kiểm tra việc thực hiện Kế hoạch tại một số sở, ngành và UBND cấp xã; tổng "
          "hợp báo cáo UBND tỉnh, Bộ Tư pháp trước ngày 05/12/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Các sở, ban, ngành, UBND các xã, phường căn cứ Kế hoạch này xây dựng kế hoạch của cơ quan, "
          "đơn vị; báo cáo kết quả về Sở Tư pháp trước ngày 15/11/2026."),
        P("2. Sở Tài chính bố trí kinh phí thực hiện theo quy định."),
    ]
    + _end(["Bộ Tư pháp", "TT Tỉnh ủy, TT HĐND tỉnh", "Các sở, ban, ngành", "UBND các xã, phường"],
           "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Tự Công Hoàng"),
    [
        Exp("Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ tham mưu", ("Sở Tư pháp",), ("Sở Nội vụ",),
            "2026-03-31"),
        Exp("UBND các xã, phường kiện toàn Hội đồng", ("UBND các xã, phường",), (), "2026-04-30"),
        Exp("Sở Dân tộc và Tôn giáo chủ trì, phối hợp", ("Sở Dân tộc và Tôn giáo",),
            ("Sở Tư pháp", "Sở Văn hóa, Thể thao và Du lịch", "Hội Liên hiệp Phụ nữ tỉnh",
             "UBND các xã vùng đồng bào dân tộc thiểu số"), "2026-09-30"),
        Exp("Báo và Phát thanh, Truyền hình Gia Lai duy trì", ("Báo và Phát thanh, Truyền hình Gia Lai",),
            (), "2026-12-31"),
        Exp("Phổ biến luật, nghị quyết mới", ("Các sở, ban, ngành tỉnh",), (), "2026-12-31",
            on_request=True),
        Exp("Chuyển đổi số trong phổ biến, giáo dục pháp luật", ("Sở Khoa học và Công nghệ",),
            ("Sở Tư pháp", "Viettel Gia Lai", "VNPT Gia Lai"), "2026-09-30"),
        Exp("Phổ biến pháp luật về biển, đảo", ("Sở Nông nghiệp và Môi trường",),
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "UBND các xã, phường ven biển"), "2026-12-31"),
        Exp("Kiểm tra, sơ kết, tổng kết", ("Sở Tư pháp",), (), "2026-12-05"),
    ],
)

# ---------------------------------------------------------------- 7. VKSND khu vực
PLAN_VKS = Plan(
    "set19_vks_khu_vuc_3_ha_noi",
    _head("VIỆN KSND THÀNH PHỐ HÀ NỘI", "VIỆN KIỂM SÁT NHÂN DÂN KHU VỰC 3", "04/KH-VKSKV3",
          "Hà Nội, ngày 16 tháng 01 năm 2026", "Công tác phổ biến, giáo dục pháp luật năm 2026")
    + [
        P("Căn cứ Kế hoạch số 11/KH-VKS-VP ngày 08/01/2026 của Viện kiểm sát nhân dân thành phố Hà Nội "
          "về công tác phổ biến, giáo dục pháp luật năm 2026;"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Kịp thời cập nhật kiến thức pháp luật mới cho Kiểm sát viên, Kiểm tra viên; nâng cao chất lượng "
          "thực hành quyền công tố và kiểm sát hoạt động tư pháp."),
        P("II. NỘI DUNG", bold=True),
        P("1. Nghiên cứu, quán triệt văn bản pháp luật", bold=True),
        P("1.1. Quán triệt các văn bản hướng dẫn mới của Viện kiểm sát nhân dân tối cao về công tác kiểm "
          "sát. Chủ trì thực hiện: Lãnh đạo Viện. Phối hợp: Tổ Hành chính - Tổng hợp. Thời gian: Quý I/2026."),
        P("1.2. Tổ chức sinh hoạt chuyên đề “Kỹ năng kiểm sát việc giải quyết tố giác, tin báo về tội "
          "phạm”. Chủ trì thực hiện: Bộ phận Thực hành quyền công tố và kiểm sát điều tra. Thời gian: "
          "tháng 5/2026."),
        P("1.3. Tổ chức sinh hoạt chuyên đề kiểm sát giải quyết các vụ án dân sự, hôn nhân và gia đình. "
          "Chủ trì thực hiện: Bộ phận Kiểm sát giải quyết các vụ, việc dân sự, hành chính. Phối hợp: Tòa "
          "án nhân dân khu vực 3 - Hà Nội. Thời gian: tháng 9/2026."),
        P("2. Tuyên truyền pháp luật cho Nhân dân", bold=True),
        P("2.1. Phối hợp tổ chức phiên tòa hình sự rút kinh nghiệm, xét xử lưu động tại địa bàn các "
          "phường. Chủ trì thực hiện: Bộ phận Thực hành quyền công tố và kiểm sát xét xử. Phối hợp: Tòa án "
          "nhân dân khu vực 3 - Hà Nội; UBND các phường Đống Đa, Láng, Kim Liên. Thời gian: Quý II - "
          "Quý IV/2026."),
        P("2.2. Tiếp công dân, giải đáp pháp luật kết hợp tuyên truyền tại trụ sở Viện. Chủ trì thực "
          "hiện: Tổ Hành chính - Tổng hợp. Thời gian: Thường xuyên."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các bộ phận nghiêm túc triển khai; Tổ Hành chính - Tổng hợp tổng hợp báo cáo Viện kiểm sát nhân "
          "dân thành phố Hà Nội trước ngày 20/11/2026."),
    ]
    + _end(["VKSND TP Hà Nội (Văn phòng)", "Lãnh đạo Viện", "Các bộ phận"], "VIỆN TRƯỞNG",
           "Đỗ Quang Huy"),
    [
        Exp("Quán triệt các văn bản hướng dẫn mới", ("Lãnh đạo Viện",), ("Tổ Hành chính - Tổng hợp",),
            "2026-03-31"),
        Exp("Tổ chức sinh hoạt chuyên đề “Kỹ năng kiểm sát",
            ("Bộ phận Thực hành quyền công tố và kiểm sát điều tra",), (), "2026-05-31"),
        Exp("Tổ chức sinh hoạt chuyên đề kiểm sát giải quyết",
            ("Bộ phận Kiểm sát giải quyết các vụ, việc dân sự, hành chính",),
            ("Tòa án nhân dân khu vực 3 - Hà Nội",), "2026-09-30"),
        Exp("Phối hợp tổ chức phiên tòa hình sự", ("Bộ phận Thực hành quyền công tố và kiểm sát xét xử",),
            ("Tòa án nhân dân khu vực 3 - Hà Nội", "UBND các phường Đống Đa, Láng, Kim Liên"), "2026-12-31"),
        Exp("Tiếp công dân, giải đáp pháp luật", ("Tổ Hành chính - Tổng hợp",), (), "2026-12-31"),
    ],
)

# ---------------------------------------------------------------- 8. Bệnh viện
PLAN_BV = Plan(
    "set19_benh_vien_phu_tho",
    _head("SỞ Y TẾ PHÚ THỌ", "BỆNH VIỆN ĐA KHOA TỈNH PHÚ THỌ", "145/KH-BVĐKT",
          "Phú Thọ, ngày 03 tháng 02 năm 2026",
          "Phổ biến, giáo dục pháp luật cho viên chức, người lao động năm 2026")
    + [
        P("Căn cứ Kế hoạch số 112/KH-SYT ngày 20/01/2026 của Sở Y tế tỉnh Phú Thọ;"),
        P("Căn cứ chức năng, nhiệm vụ và tình hình thực tế của đơn vị;"),
        P("1. Mục đích, yêu cầu", bold=True),
        P("Viên chức, người lao động nắm vững quy định của Luật Khám bệnh, chữa bệnh năm 2023, quy tắc "
          "ứng xử và các quy định về bảo hiểm y tế, giảm thiểu sai sót chuyên môn và khiếu nại."),
        P("2. Nội dung và phân công", bold=True),
        T((
            ("Nội dung công việc", "Thời gian", "Chủ trì", "Phối hợp", "Ghi chú"),
            ("Phổ biến Thông tư về hồ sơ bệnh án điện tử tại giao ban chuyên môn", "Tháng 3/2026",
             "Phòng Kế hoạch tổng hợp", "Phòng Công nghệ thông tin", "Cả bệnh viện"),
            ("Tập huấn quy định về thanh toán, giám định chi phí khám chữa bệnh bảo hiểm y tế",
             "Quý II/2026", "Phòng Tài chính kế toán", "Bảo hiểm xã hội tỉnh Phú Thọ",
             "Khoa lâm sàng"),
            ("Tuyên truyền quy tắc ứng xử, phòng chống bạo hành nhân viên y tế",
             "Tháng 6 - 7/2026", "Phòng Công tác xã hội", "Công đoàn Bệnh viện; Đoàn Thanh niên",
             ""),
            ("Phổ biến pháp luật về phòng cháy, chữa cháy và thực tập phương án chữa cháy",
             "Tháng 10/2026", "Phòng Hành chính quản trị",
             "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ - Công an tỉnh", ""),
            ("Tư vấn pháp luật về quyền, nghĩa vụ của người bệnh tại khu khám bệnh", "Thường xuyên",
             "Phòng Công tác xã hội", "Khoa Khám bệnh", "Treo pano, tờ gấp"),
            ("Hưởng ứng Ngày Pháp luật Việt Nam 09/11", "Tháng 11/2026", "Phòng Tổ chức cán bộ",
             "Các khoa, phòng", ""),
            ("Phổ biến văn bản hướng dẫn Luật Phòng bệnh ngay khi được ban hành", "Khi có văn bản",
             "Phòng Kế hoạch tổng hợp", "Khoa Kiểm soát nhiễm khuẩn", ""),
        ), (65, 25, 35, 40, 25)),
        P("3. Tổ chức thực hiện", bold=True),
        P("Trưởng các khoa, phòng phổ biến đến toàn thể viên chức; Phòng Tổ chức cán bộ tổng hợp, báo cáo "
          "Sở Y tế trước ngày 20/11/2026."),
    ]
    + _end(["Sở Y tế (b/c)", "Ban Giám đốc", "Các khoa, phòng"], "GIÁM ĐỐC", "BSCKII. Hà Văn Thắng"),
    [
        Exp("Phổ biến Thông tư về hồ sơ bệnh án", ("Phòng Kế hoạch tổng hợp",),
            ("Phòng Công nghệ thông tin",), "2026-03-31"),
        Exp("Tập huấn quy định về thanh toán, giám định", ("Phòng Tài chính kế toán",),
            ("Bảo hiểm xã hội tỉnh Phú Thọ",), "2026-06-30"),
        Exp("Tuyên truyền quy tắc ứng xử, phòng chống", ("Phòng Công tác xã hội",),
            ("Công đoàn Bệnh viện", "Đoàn Thanh niên"), "2026-07-31"),
        Exp("Phổ biến pháp luật về phòng cháy", ("Phòng Hành chính quản trị",),
            ("Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ - Công an tỉnh",), "2026-10-31"),
        Exp("Tư vấn pháp luật về quyền, nghĩa vụ", ("Phòng Công tác xã hội",), ("Khoa Khám bệnh",),
            "2026-12-31"),
        Exp("Hưởng ứng Ngày Pháp luật Việt Nam 09/11", ("Phòng Tổ chức cán bộ",), ("Các khoa, phòng",),
            "2026-11-30"),
        Exp("Phổ biến văn bản hướng dẫn Luật Phòng bệnh", ("Phòng Kế hoạch tổng hợp",),
            ("Khoa Kiểm soát nhiễm khuẩn",), "2026-12-31", on_request=True),
    ],
)

# ---------------------------------------------------------------- 9. Hội Nông dân
PLAN_HND = Plan(
    "set19_hoi_nong_dan_an_giang",
    _head("TỈNH ỦY AN GIANG", "BCH HỘI NÔNG DÂN TỈNH AN GIANG", "19-KH/HNDT",
          "An Giang, ngày 10 tháng 3 năm 2026",
          "Tuyên truyền, phổ biến, giáo dục pháp luật, trợ giúp pháp lý cho hội viên, nông dân năm 2026")
    + [
        P("Căn cứ Điều lệ Hội Nông dân Việt Nam khóa VIII;"),
        P("Căn cứ Chương trình phối hợp số 05/CTPH-STP-HND ngày 18/02/2026 giữa Sở Tư pháp và Hội Nông "
          "dân tỉnh về phổ biến, giáo dục pháp luật, trợ giúp pháp lý cho nông dân giai đoạn 2026 - 2030;"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Giúp hội viên, nông dân hiểu và vận dụng pháp luật về đất đai, hợp tác xã, bảo vệ môi trường, "
          "phòng chống buôn lậu, gian lận thương mại; hạn chế tranh chấp, khiếu kiện ở nông thôn."),
        P("II. NỘI DUNG, NHIỆM VỤ", bold=True),
        P("a) Tuyên truyền Luật Đất đai năm 2024 và các văn bản hướng dẫn", bold=True),
        P("Ban Tuyên giáo - Kiểm tra có trách nhiệm biên soạn đề cương, tài liệu sinh hoạt chi, tổ hội; "
          "phối hợp Sở Nông nghiệp và Môi trường cung cấp báo cáo viên."),
        P("Tiến độ: tháng 4 - tháng 6/2026."),
        P("b) Hỗ trợ pháp lý cho nông dân tham gia liên kết sản xuất, tiêu thụ nông sản", bold=True),
        P("Trung tâm Hỗ trợ nông dân tỉnh có trách nhiệm phối hợp với Trung tâm Trợ giúp pháp lý nhà nước "
          "tỉnh An Giang, Liên minh Hợp tác xã tỉnh tổ chức tư vấn hợp đồng liên kết."),
        P("Tiến độ: Quý II, III/2026."),
        P("c) Tổ chức hội thi “Nhà nông với pháp luật” cấp tỉnh", bold=True),
        P("Ban Tổ chức - Văn phòng có trách nhiệm tham mưu tổ chức hội thi; Hội Nông dân các xã, phường, "
          "đặc khu Phú Quốc cử đội dự thi."),
        P("Tiến độ: trước ngày 15/8/2026."),
        P("d) Duy trì hoạt động các Câu lạc bộ “Nông dân với pháp luật”", bold=True),
        P("Hội Nông dân các xã, phường có trách nhiệm duy trì sinh hoạt định kỳ câu lạc bộ, ít nhất 01 "
          "lần/quý."),
        P("Tiến độ: hằng quý."),
        P("đ) Phối hợp hòa giải tranh chấp đất đai, môi trường ở cơ sở", bold=True),
        P("Ban Kinh tế - Xã hội có trách nhiệm hướng dẫn chi hội tham gia tổ hòa giải ở ấp, khóm khi có "
          "đề nghị của UBND cấp xã."),
        P("e) Sơ kết Chương trình phối hợp với Sở Tư pháp", bold=True),
        P("Văn phòng Hội Nông dân tỉnh có trách nhiệm phối hợp với Phòng Phổ biến, giáo dục pháp luật - "
          "Sở Tư pháp chuẩn bị nội dung sơ kết 01 năm."),
        P("Tiến độ: tháng 12/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các ban chuyên môn, đơn vị trực thuộc và Hội Nông dân cơ sở triển khai thực hiện; định kỳ báo "
          "cáo về Thường trực Hội Nông dân tỉnh (qua Ban Tuyên giáo - Kiểm tra) trước ngày 25/11/2026."),
    ]
    + _end(["TW Hội NDVN (b/c)", "Ban Dân vận Tỉnh ủy", "Sở Tư pháp", "Hội Nông dân các xã, phường"],
           "T/M BAN THƯỜNG VỤ\nPHÓ CHỦ TỊCH", "Trần Thị Mỹ Lệ"),
    [
        Exp("Tuyên truyền Luật Đất đai năm 2024", ("Ban Tuyên giáo - Kiểm tra",),
            ("Sở Nông nghiệp và Môi trường",), "2026-06-30"),
        Exp("Hỗ trợ pháp lý cho nông dân tham gia", ("Trung tâm Hỗ trợ nông dân tỉnh",),
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh An Giang", "Liên minh Hợp tác xã tỉnh"),
            "2026-09-30"),
        Exp("Tổ chức hội thi “Nhà nông với pháp luật”", ("Ban Tổ chức - Văn phòng",),
            ("Hội Nông dân các xã, phường, đặc khu Phú Quốc",), "2026-08-15"),
        Exp("Duy trì hoạt động các Câu lạc bộ", ("Hội Nông dân các xã, phường",), (), "2026-12-31"),
        Exp("Phối hợp hòa giải tranh chấp đất đai", ("Ban Kinh tế - Xã hội",), (), "2026-12-31",
            on_request=True),
        Exp("Sơ kết Chương trình phối hợp với Sở Tư pháp", ("Văn phòng Hội Nông dân tỉnh",),
            ("Phòng Phổ biến, giáo dục pháp luật - Sở Tư pháp",), "2026-12-31"),
    ],
)

# ---------------------------------------------------------------- 10. Doanh nghiệp
PLAN_EVN = Plan(
    "set19_evn_cpc",
    _head("TẬP ĐOÀN ĐIỆN LỰC VIỆT NAM", "TỔNG CÔNG TY ĐIỆN LỰC MIỀN TRUNG", "1206/KH-EVNCPC",
          "Đà Nẵng, ngày 26 tháng 02 năm 2026",
          "Công tác phổ biến, giáo dục pháp luật của Tổng công ty Điện lực miền Trung năm 2026")
    + [
        P("Căn cứ Luật Điện lực ngày 30 tháng 11 năm 2024;"),
        P("Căn cứ Quyết định số 155/QĐ-EVN ngày 12/01/2026 của Tập đoàn Điện lực Việt Nam ban hành Kế "
          "hoạch phổ biến, giáo dục pháp luật năm 2026;"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Nâng cao hiểu biết pháp luật của người lao động, góp phần bảo đảm an toàn điện, tuân thủ pháp "
          "luật trong sản xuất kinh doanh; tuyên truyền cho khách hàng về sử dụng điện an toàn, tiết kiệm."),
        P("II. NỘI DUNG THỰC HIỆN", bold=True),
        T((
            ("STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Sản phẩm", "Thời hạn", "Kinh phí"),
            ("1", "Phổ biến Luật Điện lực năm 2024 và các nghị định hướng dẫn cho cán bộ quản lý",
             "Ban Pháp chế", "Ban Kinh doanh; Ban Kỹ thuật", "Hội nghị trực tuyến", "Quý I/2026",
             "Chi phí quản lý"),
            ("2", "Tuyên truyền hành lang an toàn lưới điện cao áp cho Nhân dân vùng có đường dây đi qua",
             "Công ty Lưới điện cao thế miền Trung", "Các Công ty Điện lực tỉnh, UBND các xã, phường",
             "Tờ rơi, phóng sự", "Quý II, III/2026", "150 triệu đồng"),
            ("3", "Tập huấn pháp luật về đấu thầu cho cán bộ làm công tác mua sắm",
             "Ban Quản lý đấu thầu", "Trung tâm Đào tạo", "Lớp tập huấn", "Tháng 5/2026",
             "80 triệu đồng"),
            ("4", "Phổ biến Bộ luật Lao động, thỏa ước lao động tập thể tại đối thoại nơi làm việc",
             "Công đoàn Tổng công ty", "Ban Tổ chức và Nhân sự", "Biên bản đối thoại",
             "Trước ngày 30/9/2026", ""),
            ("5", "Cập nhật văn bản pháp luật mới trên trang thông tin nội bộ E-Office",
             "Văn phòng Tổng công ty", "Ban Pháp chế", "Chuyên mục văn bản mới", "Hằng tháng", ""),
            ("6", "Hưởng ứng Ngày Pháp luật Việt Nam trong toàn Tổng công ty", "Ban Pháp chế",
             "Đoàn Thanh niên Tổng công ty", "Cuộc thi trắc nghiệm trực tuyến", "Tháng 11/2026",
             "50 triệu đồng"),
        ), (8, 50, 28, 32, 25, 22, 25)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Ban Pháp chế là đầu mối theo dõi, đôn đốc; các đơn vị báo cáo kết quả về Tổng công ty (qua Ban "
          "Pháp chế) trước ngày 05/12/2026."),
    ]
    + _end(["Tập đoàn Điện lực Việt Nam (b/c)", "HĐTV, Ban Tổng giám đốc", "Các đơn vị"],
           "KT. TỔNG GIÁM ĐỐC\nPHÓ TỔNG GIÁM ĐỐC", "Nguyễn Thanh Hải"),
    [
        Exp("Phổ biến Luật Điện lực năm 2024", ("Ban Pháp chế",), ("Ban Kinh doanh", "Ban Kỹ thuật"),
            "2026-03-31"),
        Exp("Tuyên truyền hành lang an toàn lưới điện", ("Công ty Lưới điện cao thế miền Trung",),
            ("Các Công ty Điện lực tỉnh", "UBND các xã, phường"), "2026-09-30"),
        Exp("Tập huấn pháp luật về đấu thầu", ("Ban Quản lý đấu thầu",), ("Trung tâm Đào tạo",),
            "2026-05-31"),
        Exp("Phổ biến Bộ luật Lao động, thỏa ước", ("Công đoàn Tổng công ty",),
            ("Ban Tổ chức và Nhân sự",), "2026-09-30"),
        Exp("Cập nhật văn bản pháp luật mới trên", ("Văn phòng Tổng công ty",), ("Ban Pháp chế",),
            "2026-12-31"),
        Exp("Hưởng ứng Ngày Pháp luật Việt Nam trong", ("Ban Pháp chế",),
            ("Đoàn Thanh niên Tổng công ty",), "2026-11-30"),
    ],
)

PLANS: list[Plan] = [PLAN_SYT, PLAN_XA, PLAN_TAND, PLAN_CA, PLAN_THPT, PLAN_TINH, PLAN_VKS, PLAN_BV,
                     PLAN_HND, PLAN_EVN]
