"""Held-out evaluation set 47: ten plans of communes, wards, a special zone and their bodies (2026).

Answers typed by hand per issue 4. Plans and layout features:

1. PLAN_XA_EAKAR - UBND xã (Đắk Lắk), PBGDPL 2026: 5-column table STT | Nội dung | Chủ trì | Phối hợp |
   Thời gian; units split by ";" and "và"; "Quý" deadlines; one event-triggered row.
2. PLAN_PHUONG_HK - UBND phường (Hà Nội): narrative "1." bold headings, labels "- Đơn vị chủ trì:",
   "- Đơn vị phối hợp:", "- Thời gian thực hiện:" on own lines; a group heading with "a)", "b)" tasks.
3. PLAN_DK_PQ - Đặc khu (An Giang): table with 2-row header, roman group rows, "Ghi chú" column,
   no separate coord column content in some rows; date-range deadlines.
4. PLAN_CA_XA - Công an xã (Nghệ An): narrative "a)" items with prose "Giao ... chủ trì, phối hợp với ...",
   persons as units (Trưởng Công an xã, Phó Trưởng Công an xã), month deadlines.
5. PLAN_MTTQ - Ủy ban MTTQ Việt Nam xã (Lào Cai): "-" items with "+" sub-lines, "X chủ trì; Y phối hợp",
   "Đề nghị ..." sentences, event-triggered timeframes.
6. PLAN_THCS - Trường THCS of a commune (Thanh Hóa), school year 2026-2027: table without STT,
   columns Nội dung | Thời gian | Người thực hiện | Phối hợp, deadlines into 2027.
7. PLAN_HPN - Hội LHPN phường (TP Hồ Chí Minh): roman numerals + "1.1."; item with two assignment blocks;
   inline "Chủ trì: ...; phối hợp: ...; thời gian: ...".
8. PLAN_NPL - UBND xã (Quảng Trị), Ngày Pháp luật 2026: table TT | Hoạt động | Đơn vị thực hiện |
   Đơn vị phối hợp | Thời gian | Sản phẩm | Kinh phí; "Từ ... đến ..." ranges.
9. PLAN_HG - UBND phường (Cần Thơ), hòa giải ở cơ sở and tiếp cận pháp luật: "1.1." headings with labels
   "Cơ quan thực hiện:" / "Phối hợp:" / "Thời hạn:" inline in one paragraph; "trước ngày" deadlines.
10. PLAN_2027 - UBND xã (Lâm Đồng), plan for 2027 issued 12/2026: table TT | Nhiệm vụ | Thời gian |
    Đơn vị chủ trì | Đơn vị phối hợp | Sản phẩm; long mixed unit lists; "Hằng tháng"/"Thường xuyên".
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T, _header, _purpose

_START: list[P | T] = []  # an empty typed start, so that mypy reads each plan's blocks as list[P | T]


def _end(lines: list[str], heading: str, recipients: list[str], role: str, signer: str) -> list[P | T]:
    out: list[P | T] = [P(heading, bold=True)]
    out += [P(line) for line in lines]
    out += [P("Nơi nhận:")]
    out += [P(f"- {r}") for r in recipients]
    out += [P(role, bold=True, center=True), P("(Đã ký)", center=True), P(signer, bold=True, center=True)]
    return out


# ---------------------------------------------------------------- 1. xã Ea Kar, Đắk Lắk
PLAN_XA_EAKAR = Plan(
    "xa_eakar_pbgdpl_2026",
    _header(
        "UBND TỈNH ĐẮK LẮK",
        "ỦY BAN NHÂN DÂN XÃ EA KAR",
        "18/KH-UBND",
        "Ea Kar, ngày 12 tháng 01 năm 2026",
        "Công tác phổ biến, giáo dục pháp luật; hòa giải ở cơ sở",
        "và xây dựng xã đạt chuẩn tiếp cận pháp luật năm 2026",
    )
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;"),
        P("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
        P("Căn cứ Kế hoạch số 214/KH-UBND ngày 26/12/2025 của UBND tỉnh Đắk Lắk về công tác phổ biến, "
          "giáo dục pháp luật; hòa giải ở cơ sở và chuẩn tiếp cận pháp luật năm 2026;"),
        P("Ủy ban nhân dân xã Ea Kar ban hành Kế hoạch thực hiện như sau:"),
    ]
    + _purpose([
        "Triển khai kịp thời, hiệu quả các văn bản pháp luật mới ban hành đến cán bộ và Nhân dân "
        "trên địa bàn xã.",
        "Nâng cao hiểu biết pháp luật của đồng bào dân tộc thiểu số tại các buôn, thôn.",
        "Bám sát nhiệm vụ chính trị của địa phương; phân công cụ thể, rõ trách nhiệm.",
        "Lồng ghép với các cuộc họp thôn, buôn, sinh hoạt của các tổ chức chính trị - xã hội.",
    ])
    + [
        P("II. NỘI DUNG, NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        P("(Có Phụ lục chi tiết kèm theo)"),
        T((
            ("STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"),
            ("1", "Tổ chức hội nghị quán triệt, phổ biến các luật, nghị quyết mới được Quốc hội thông qua "
             "tại Kỳ họp thứ 10, Quốc hội khóa XV cho cán bộ, công chức xã",
             "Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND xã", "Quý I/2026"),
            ("2", "Biên soạn, phát hành tài liệu song ngữ Việt - Ê Đê về pháp luật đất đai, hôn nhân "
             "và gia đình cho đồng bào tại các buôn",
             "Phòng Văn hóa - Xã hội", "Phòng Kinh tế; Hội Nông dân xã và Người có uy tín tại các buôn",
             "Quý II, III/2026"),
            ("3", "Phát sóng chuyên mục \"Pháp luật với cuộc sống\" trên hệ thống đài truyền thanh xã",
             "Trung tâm Dịch vụ tổng hợp xã", "Phòng Văn hóa - Xã hội", "Hằng tháng"),
            ("4", "Kiện toàn, củng cố tổ hòa giải ở cơ sở; tập huấn nghiệp vụ cho hòa giải viên",
             "Phòng Văn hóa - Xã hội", "Ủy ban MTTQ Việt Nam xã, Trưởng các thôn, buôn",
             "Tháng 4 - tháng 6/2026"),
            ("5", "Tự đánh giá, chấm điểm các chỉ tiêu xây dựng xã đạt chuẩn tiếp cận pháp luật năm 2026",
             "Phòng Văn hóa - Xã hội", "Các phòng chuyên môn, Công an xã, Ban Chỉ huy Quân sự xã",
             "Trước ngày 20/11/2026"),
            ("6", "Phổ biến quy định về phòng, chống ma túy, mua bán người cho thanh niên và học sinh",
             "Công an xã", "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã; các trường học trên địa bàn",
             "Quý III/2026"),
            ("7", "Tổ chức phổ biến văn bản quy phạm pháp luật mới của tỉnh liên quan đến quản lý đất đai",
             "Phòng Kinh tế", "Phòng Văn hóa - Xã hội",
             "Khi có văn bản hướng dẫn của Sở Nông nghiệp và Môi trường"),
        ), widths=(8, 62, 30, 40, 30)),
        P("III. KINH PHÍ", bold=True),
        P("Kinh phí thực hiện Kế hoạch được bố trí từ dự toán ngân sách xã năm 2026 theo quy định."),
    ]
    + _end(
        [
            "1. Phòng Văn hóa - Xã hội là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch; "
            "tổng hợp báo cáo kết quả về UBND xã trước ngày 25/11/2026.",
            "2. Các phòng, đơn vị được giao chủ trì chủ động xây dựng kế hoạch chi tiết.",
            "3. Đề nghị Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội xã phối hợp thực hiện.",
        ],
        "IV. TỔ CHỨC THỰC HIỆN",
        ["Sở Tư pháp (b/c);", "TT Đảng ủy, HĐND xã (b/c);", "CT, các PCT UBND xã;", "Như mục IV;",
         "Lưu: VT."],
        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
        "H' Nhi Niê",
    ),
    [
        Exp("Tổ chức hội nghị quán triệt, phổ biến các luật", ("Phòng Văn hóa - Xã hội",),
            ("Văn phòng HĐND và UBND xã",), "2026-03-31"),
        Exp("Biên soạn, phát hành tài liệu song ngữ", ("Phòng Văn hóa - Xã hội",),
            ("Phòng Kinh tế", "Hội Nông dân xã", "Người có uy tín tại các buôn"), "2026-09-30"),
        Exp("Phát sóng chuyên mục \"Pháp luật với cuộc sống\"", ("Trung tâm Dịch vụ tổng hợp xã",),
            ("Phòng Văn hóa - Xã hội",), "2026-12-31"),
        Exp("Kiện toàn, củng cố tổ hòa giải ở cơ sở", ("Phòng Văn hóa - Xã hội",),
            ("Ủy ban MTTQ Việt Nam xã", "Trưởng các thôn, buôn"), "2026-06-30"),
        Exp("Tự đánh giá, chấm điểm các chỉ tiêu", ("Phòng Văn hóa - Xã hội",),
            ("Các phòng chuyên môn", "Công an xã", "Ban Chỉ huy Quân sự xã"), "2026-11-20"),
        Exp("Phổ biến quy định về phòng, chống ma túy", ("Công an xã",),
            ("Đoàn Thanh niên Cộng sản Hồ Chí Minh xã", "các trường học trên địa bàn"), "2026-09-30"),
        Exp("Tổ chức phổ biến văn bản quy phạm pháp luật mới của tỉnh", ("Phòng Kinh tế",),
            ("Phòng Văn hóa - Xã hội",), "2026-12-31", on_request=True),
    ],
)


# ---------------------------------------------------------------- 2. phường Hoàn Kiếm, Hà Nội
PLAN_PHUONG_HK = Plan(
    "phuong_hoankiem_pbgdpl_2026",
    _header(
        "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI",
        "ỦY BAN NHÂN DÂN PHƯỜNG HOÀN KIẾM",
        "25/KH-UBND",
        "Hoàn Kiếm, ngày 20 tháng 01 năm 2026",
        "Triển khai công tác phổ biến, giáo dục pháp luật",
        "trên địa bàn phường Hoàn Kiếm năm 2026",
    )
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012;"),
        P("Căn cứ Quyết định số 1521/QĐ-TTg ngày 06/10/2022 của Thủ tướng Chính phủ;"),
        P("Thực hiện Kế hoạch số 09/KH-UBND ngày 08/01/2026 của UBND Thành phố Hà Nội, UBND phường "
          "Hoàn Kiếm xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Đổi mới nội dung, hình thức phổ biến pháp luật phù hợp đặc thù phường trung tâm, "
          "có nhiều hộ kinh doanh, khách du lịch."),
        P("- Gắn công tác phổ biến pháp luật với xây dựng nếp sống văn minh đô thị."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Phổ biến pháp luật về trật tự đô thị, vệ sinh an toàn thực phẩm cho hộ kinh doanh "
          "dọc các tuyến phố đi bộ", bold=True),
        P("- Đơn vị chủ trì: Phòng Kinh tế, Hạ tầng và Đô thị."),
        P("- Đơn vị phối hợp: Công an phường; Đội Quản lý trật tự đô thị phường; Ban Quản lý các tuyến phố "
          "đi bộ."),
        P("- Thời gian thực hiện: Quý II/2026."),
        P("2. Tổ chức các hình thức phổ biến pháp luật trên nền tảng số", bold=True),
        P("a) Cập nhật chuyên mục pháp luật trên Cổng thông tin điện tử phường và trang Zalo OA của phường"),
        P("- Đơn vị chủ trì: Văn phòng HĐND và UBND phường."),
        P("- Đơn vị phối hợp: Phòng Văn hóa - Xã hội."),
        P("- Thời gian thực hiện: Thường xuyên."),
        P("b) Xây dựng video clip ngắn giới thiệu quy định mới về phòng cháy, chữa cháy tại nhà ở kết hợp "
          "kinh doanh"),
        P("- Đơn vị chủ trì: Công an phường."),
        P("- Đơn vị phối hợp: Trung tâm Văn hóa - Thông tin và Thể thao phường."),
        P("- Thời gian thực hiện: Tháng 3 đến tháng 5/2026."),
        P("3. Phổ biến pháp luật cho người dân tại các tổ dân phố thông qua hội nghị, sinh hoạt chi bộ, "
          "họp tổ dân phố", bold=True),
        P("- Đơn vị chủ trì: Phòng Văn hóa - Xã hội."),
        P("- Đơn vị phối hợp: Ủy ban MTTQ Việt Nam phường, các tổ chức chính trị - xã hội phường, "
          "Tổ trưởng tổ dân phố."),
        P("- Thời gian thực hiện: Năm 2026."),
        P("4. Tổ chức Cuộc thi trực tuyến tìm hiểu pháp luật về bảo vệ di sản văn hóa", bold=True),
        P("- Đơn vị chủ trì: Trung tâm Văn hóa - Thông tin và Thể thao phường."),
        P("- Đơn vị phối hợp: Phòng Văn hóa - Xã hội, Ban Quản lý di tích - danh thắng."),
        P("- Thời gian thực hiện: Tháng 9/2026."),
        P("5. Phổ biến pháp luật cho người nước ngoài lưu trú và cơ sở kinh doanh dịch vụ lưu trú",
          bold=True),
        P("- Đơn vị chủ trì: Công an phường."),
        P("- Thời gian thực hiện: Quý III và Quý IV/2026."),
        P("6. Phối hợp tổ chức hưởng ứng Ngày Pháp luật Việt Nam 09/11", bold=True),
        P("- Đơn vị chủ trì: Phòng Văn hóa - Xã hội."),
        P("- Đơn vị phối hợp: các phòng chuyên môn, đơn vị sự nghiệp thuộc UBND phường và các trường học "
          "trên địa bàn phường."),
        P("- Thời gian thực hiện: Từ ngày 15/10 đến ngày 15/11/2026."),
    ]
    + _end(
        [
            "1. Phòng Văn hóa - Xã hội hướng dẫn, theo dõi, đôn đốc thực hiện Kế hoạch; tham mưu UBND phường "
            "báo cáo Sở Tư pháp kết quả năm 2026 trước ngày 05/12/2026.",
            "2. Các đơn vị được phân công chủ động triển khai; định kỳ 6 tháng (trước ngày 10/6/2026) và năm "
            "gửi báo cáo về Phòng Văn hóa - Xã hội để tổng hợp.",
        ],
        "III. TỔ CHỨC THỰC HIỆN",
        ["Sở Tư pháp Hà Nội;", "Thường trực Đảng ủy phường;", "Chủ tịch, các PCT UBND phường;",
         "Các đơn vị tại mục II;", "Lưu: VT, VHXH."],
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
        "Phạm Tuấn Long",
    ),
    [
        Exp("Phổ biến pháp luật về trật tự đô thị", ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Công an phường", "Đội Quản lý trật tự đô thị phường", "Ban Quản lý các tuyến phố đi bộ"),
            "2026-06-30"),
        Exp("Cập nhật chuyên mục pháp luật trên Cổng", ("Văn phòng HĐND và UBND phường",),
            ("Phòng Văn hóa - Xã hội",), "2026-12-31"),
        Exp("Xây dựng video clip ngắn giới thiệu", ("Công an phường",),
            ("Trung tâm Văn hóa - Thông tin và Thể thao phường",), "2026-05-31"),
        Exp("Phổ biến pháp luật cho người dân tại các tổ dân phố", ("Phòng Văn hóa - Xã hội",),
            ("Ủy ban MTTQ Việt Nam phường", "các tổ chức chính trị - xã hội phường", "Tổ trưởng tổ dân phố"),
            "2026-12-31"),
        Exp("Tổ chức Cuộc thi trực tuyến tìm hiểu", ("Trung tâm Văn hóa - Thông tin và Thể thao phường",),
            ("Phòng Văn hóa - Xã hội", "Ban Quản lý di tích - danh thắng"), "2026-09-30"),
        Exp("Phổ biến pháp luật cho người nước ngoài", ("Công an phường",), (), "2026-12-31"),
        Exp("Phối hợp tổ chức hưởng ứng Ngày Pháp luật", ("Phòng Văn hóa - Xã hội",),
            ("các phòng chuyên môn, đơn vị sự nghiệp thuộc UBND phường",
             "các trường học trên địa bàn phường"), "2026-11-15"),
    ],
)


# ---------------------------------------------------------------- 3. đặc khu Phú Quốc, An Giang
PLAN_DK_PQ = Plan(
    "dackhu_phuquoc_2026",
    _header(
        "ỦY BAN NHÂN DÂN TỈNH AN GIANG",
        "ỦY BAN NHÂN DÂN ĐẶC KHU PHÚ QUỐC",
        "41/KH-UBND",
        "Phú Quốc, ngày 03 tháng 02 năm 2026",
        "Phổ biến, giáo dục pháp luật cho ngư dân, người lao động",
        "và doanh nghiệp du lịch trên địa bàn đặc khu năm 2026",
    )
    + [
        P("Căn cứ Luật Thủy sản ngày 21 tháng 11 năm 2017;"),
        P("Căn cứ Nghị định số 38/2024/NĐ-CP ngày 05/4/2024 của Chính phủ quy định xử phạt vi phạm hành "
          "chính trong lĩnh vực thủy sản;"),
        P("Căn cứ Kế hoạch số 301/KH-UBND ngày 30/12/2025 của UBND tỉnh An Giang;"),
        P("UBND đặc khu Phú Quốc ban hành Kế hoạch như sau:"),
    ]
    + _purpose([
        "Nâng cao nhận thức pháp luật của ngư dân về chống khai thác hải sản bất hợp pháp, không báo cáo "
        "và không theo quy định (IUU).",
        "Tạo chuyển biến trong việc chấp hành pháp luật của doanh nghiệp du lịch, lao động ngoại tỉnh.",
        "Phân công cụ thể, bảo đảm thiết thực, tránh hình thức.",
    ])
    + [
        P("II. NỘI DUNG VÀ PHÂN CÔNG", bold=True),
        T((
            ("Số TT", "Nội dung", "Phân công", "", "Thời gian", "Ghi chú"),
            ("", "", "Chủ trì", "Phối hợp", "", ""),
            ("I", "PHỔ BIẾN PHÁP LUẬT CHO NGƯ DÂN", "", "", "", ""),
            ("1", "Tuyên truyền quy định về chống khai thác IUU tại cảng cá An Thới và các bến cá",
             "Phòng Kinh tế", "Đồn Biên phòng An Thới; Ban Quản lý cảng cá", "Từ tháng 02 đến tháng 4/2026",
             "Cấp phát tờ gấp"),
            ("2", "Tập huấn pháp luật về đăng ký, đăng kiểm tàu cá và giám sát hành trình",
             "Phòng Kinh tế", "Hội Nghề cá đặc khu", "Quý II/2026", ""),
            ("3", "Phổ biến pháp luật về biển đảo, chủ quyền cho ngư dân tại các xã đảo",
             "Đồn Biên phòng Hòn Thơm", "Phòng Văn hóa - Xã hội, Công an đặc khu", "Tháng 7/2026",
             "Đề nghị phối hợp"),
            ("II", "PHỔ BIẾN PHÁP LUẬT CHO DOANH NGHIỆP VÀ NGƯỜI LAO ĐỘNG", "", "", "", ""),
            ("4", "Hội nghị phổ biến pháp luật về lao động, bảo hiểm xã hội cho doanh nghiệp du lịch, "
             "lưu trú", "Phòng Văn hóa - Xã hội", "Bảo hiểm xã hội khu vực, Liên đoàn Lao động đặc khu",
             "Quý III/2026", ""),
            ("5", "Phổ biến quy định về xuất nhập cảnh, cư trú đối với người nước ngoài cho cơ sở lưu trú",
             "Công an đặc khu", "", "Cả năm", "Lồng ghép kiểm tra"),
            ("6", "Cung cấp thông tin pháp luật về thuế, hóa đơn điện tử cho hộ kinh doanh",
             "Thuế cơ sở đặc khu Phú Quốc", "Phòng Kinh tế", "Từ tháng 5 đến tháng 8/2026", ""),
            ("III", "CÔNG TÁC KHÁC", "", "", "", ""),
            ("7", "Sơ kết, đánh giá kết quả thực hiện Kế hoạch; đề xuất nội dung năm 2027",
             "Phòng Văn hóa - Xã hội", "Các cơ quan, đơn vị có liên quan", "Trước ngày 30/11/2026", ""),
        ), widths=(12, 60, 30, 38, 28, 22)),
    ]
    + _end(
        [
            "- Phòng Văn hóa - Xã hội là cơ quan thường trực giúp UBND đặc khu theo dõi việc thực hiện.",
            "- Đề nghị Đồn Biên phòng An Thới, Đồn Biên phòng Hòn Thơm phối hợp thực hiện các nội dung liên "
            "quan.",
            "- Báo cáo kết quả gửi về Phòng Văn hóa - Xã hội trước ngày 25/11/2026.",
        ],
        "III. TỔ CHỨC THỰC HIỆN",
        ["Sở Tư pháp tỉnh An Giang;", "TT. Đảng ủy đặc khu;", "Lãnh đạo UBND đặc khu;", "Lưu: VT."],
        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
        "Trần Minh Khoa",
    ),
    [
        Exp("Tuyên truyền quy định về chống khai thác IUU", ("Phòng Kinh tế",),
            ("Đồn Biên phòng An Thới", "Ban Quản lý cảng cá"), "2026-04-30"),
        Exp("Tập huấn pháp luật về đăng ký, đăng kiểm", ("Phòng Kinh tế",), ("Hội Nghề cá đặc khu",),
            "2026-06-30"),
        Exp("Phổ biến pháp luật về biển đảo", ("Đồn Biên phòng Hòn Thơm",),
            ("Phòng Văn hóa - Xã hội", "Công an đặc khu"), "2026-07-31"),
        Exp("Hội nghị phổ biến pháp luật về lao động", ("Phòng Văn hóa - Xã hội",),
            ("Bảo hiểm xã hội khu vực", "Liên đoàn Lao động đặc khu"), "2026-09-30"),
        Exp("Phổ biến quy định về xuất nhập cảnh", ("Công an đặc khu",), (), "2026-12-31"),
        Exp("Cung cấp thông tin pháp luật về thuế", ("Thuế cơ sở đặc khu Phú Quốc",), ("Phòng Kinh tế",),
            "2026-08-31"),
        Exp("Sơ kết, đánh giá kết quả thực hiện Kế hoạch", ("Phòng Văn hóa - Xã hội",),
            ("Các cơ quan, đơn vị có liên quan",), "2026-11-30"),
    ],
)


# ---------------------------------------------------------------- 4. Công an xã, Nghệ An
PLAN_CA_XA = Plan(
    "congan_xa_hungnguyen_2026",
    _header(
        "CÔNG AN TỈNH NGHỆ AN",
        "CÔNG AN XÃ HƯNG NGUYÊN",
        "12/KH-CAX",
        "Hưng Nguyên, ngày 05 tháng 02 năm 2026",
        "Tuyên truyền, phổ biến pháp luật về an ninh, trật tự",
        "trên địa bàn xã Hưng Nguyên năm 2026",
    )
    + [
        P("Thực hiện Kế hoạch số 88/KH-CAT-PV01 ngày 15/01/2026 của Công an tỉnh Nghệ An về công tác "
          "tuyên truyền, phổ biến, giáo dục pháp luật trong Công an nhân dân năm 2026;"),
        P("Căn cứ Kế hoạch số 11/KH-UBND ngày 14/01/2026 của UBND xã Hưng Nguyên về công tác PBGDPL năm "
          "2026, Công an xã xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Nâng cao ý thức chấp hành pháp luật về an ninh, trật tự, an toàn giao thông, phòng cháy, chữa "
          "cháy của Nhân dân; góp phần kiềm chế, làm giảm tội phạm."),
        P("2. Công tác tuyên truyền phải gắn với phong trào Toàn dân bảo vệ an ninh Tổ quốc."),
        P("II. NỘI DUNG, HÌNH THỨC VÀ PHÂN CÔNG", bold=True),
        P("a) Tuyên truyền Luật Trật tự, an toàn giao thông đường bộ và các quy định về nồng độ cồn cho học "
          "sinh, thanh niên. Giao đồng chí Phó Trưởng Công an xã phụ trách trật tự chủ trì, phối hợp với "
          "Đoàn Thanh niên xã và Ban Giám hiệu các trường THCS, THPT trên địa bàn thực hiện trong Quý I "
          "và Quý III/2026."),
        P("b) Tuyên truyền phòng, chống lừa đảo chiếm đoạt tài sản trên không gian mạng. Giao Tổ Cảnh sát "
          "khu vực chủ trì, phối hợp với Hội Liên hiệp Phụ nữ xã, Hội Người cao tuổi xã, thực hiện thường "
          "xuyên trong năm 2026."),
        P("c) Phổ biến Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ tại các chợ, cơ sở sản xuất kinh doanh. "
          "Tổ Phòng cháy chữa cháy và cứu nạn cứu hộ chủ trì; Ban Quản lý chợ xã và chủ các cơ sở phối hợp. "
          "Thời gian: tháng 4 - tháng 5/2026 (trước mùa nắng nóng)."),
        P("d) Tuyên truyền, hướng dẫn thực hiện Luật Căn cước, kích hoạt định danh điện tử mức độ 2 cho "
          "người dân. Tổ Quản lý hành chính về trật tự xã hội chủ trì thực hiện, phối hợp với Trưởng thôn "
          "các thôn. Hoàn thành trước ngày 30/6/2026."),
        P("đ) Tuyên truyền về vận động toàn dân giao nộp vũ khí, vật liệu nổ, công cụ hỗ trợ. Giao Tổ An "
          "ninh chủ trì, phối hợp với Ban Chỉ huy Quân sự xã; thời gian: theo đợt cao điểm khi có chỉ đạo "
          "của Công an tỉnh."),
        P("e) Tổ chức sinh hoạt chuyên đề pháp luật cho lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở. "
          "Giao Phó Trưởng Công an xã phụ trách an ninh chủ trì thực hiện. Thời gian: tháng 8/2026."),
    ]
    + _end(
        [
            "Các tổ công tác căn cứ nội dung được phân công chủ động triển khai; kết quả báo cáo về đồng chí "
            "Trưởng Công an xã (qua Tổ tổng hợp) trước ngày 15 tháng cuối quý để tổng hợp báo cáo Công an "
            "tỉnh (qua PV01).",
        ],
        "III. TỔ CHỨC THỰC HIỆN",
        ["Phòng PV01 - Công an tỉnh (để b/c);", "Đảng ủy, UBND xã (để b/c);", "Các tổ công tác;", "Lưu: HS."],
        "TRƯỞNG CÔNG AN XÃ",
        "Thượng tá Nguyễn Văn Hậu",
    ),
    [
        Exp("Tuyên truyền Luật Trật tự, an toàn giao thông", ("Phó Trưởng Công an xã phụ trách trật tự",),
            ("Đoàn Thanh niên xã", "Ban Giám hiệu các trường THCS, THPT trên địa bàn"), "2026-09-30"),
        Exp("Tuyên truyền phòng, chống lừa đảo", ("Tổ Cảnh sát khu vực",),
            ("Hội Liên hiệp Phụ nữ xã", "Hội Người cao tuổi xã"), "2026-12-31"),
        Exp("Phổ biến Luật Phòng cháy, chữa cháy", ("Tổ Phòng cháy chữa cháy và cứu nạn cứu hộ",),
            ("Ban Quản lý chợ xã", "chủ các cơ sở"), "2026-05-31"),
        Exp("Tuyên truyền, hướng dẫn thực hiện Luật Căn cước",
            ("Tổ Quản lý hành chính về trật tự xã hội",), ("Trưởng thôn các thôn",), "2026-06-30"),
        Exp("Tuyên truyền về vận động toàn dân giao nộp", ("Tổ An ninh",), ("Ban Chỉ huy Quân sự xã",),
            "2026-12-31", on_request=True),
        Exp("Tổ chức sinh hoạt chuyên đề pháp luật", ("Phó Trưởng Công an xã phụ trách an ninh",), (),
            "2026-08-31"),
    ],
)


# ---------------------------------------------------------------- 5. Ủy ban MTTQ xã, Lào Cai
PLAN_MTTQ = Plan(
    "mttq_xa_bacha_2026",
    _header(
        "ỦY BAN MTTQ VIỆT NAM TỈNH LÀO CAI",
        "ỦY BAN MTTQ VIỆT NAM XÃ BẮC HÀ",
        "07/KH-MTTQ-BTT",
        "Bắc Hà, ngày 26 tháng 01 năm 2026",
        "Phối hợp tuyên truyền, phổ biến, giáo dục pháp luật",
        "và vận động Nhân dân chấp hành pháp luật năm 2026",
    )
    + [
        P("Căn cứ Luật Mặt trận Tổ quốc Việt Nam năm 2015 (sửa đổi, bổ sung năm 2025);"),
        P("Căn cứ Chương trình phối hợp số 03/CTPH-UBND-MTTQ ngày 10/01/2026 giữa UBND xã và Ủy ban MTTQ "
          "Việt Nam xã Bắc Hà;"),
        P("Ban Thường trực Ủy ban MTTQ Việt Nam xã xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Phát huy vai trò của Mặt trận và các tổ chức thành viên trong tuyên truyền, vận động đồng bào "
          "các dân tộc Mông, Tày, Nùng chấp hành chủ trương, chính sách, pháp luật."),
        P("- Gắn với Cuộc vận động \"Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh\"."),
        P("II. NỘI DUNG THỰC HIỆN", bold=True),
        P("- Tuyên truyền, vận động xóa bỏ tảo hôn, hôn nhân cận huyết thống trong đồng bào dân tộc "
          "thiểu số:"),
        P("+ Hội Liên hiệp Phụ nữ xã chủ trì; Ban Công tác Mặt trận các thôn, Người có uy tín phối hợp."),
        P("+ Thời gian: Quý II và Quý III/2026."),
        P("- Phổ biến pháp luật về đất đai, bảo vệ và phát triển rừng cho hội viên nông dân:"),
        P("+ Hội Nông dân xã chủ trì; Hội Cựu chiến binh xã, Ban Quản lý rừng phòng hộ Bắc Hà phối hợp."),
        P("+ Thời gian: Tháng 3 - tháng 6/2026."),
        P("- Tổ chức diễn đàn \"Thanh niên với pháp luật\" tại trường PTDTBT THCS Bản Phố:"),
        P("+ Đoàn Thanh niên Cộng sản Hồ Chí Minh xã chủ trì; Trường PTDTBT THCS Bản Phố phối hợp."),
        P("+ Thời gian: Tháng 10/2026."),
        P("- Giám sát việc thực hiện quy chế dân chủ ở cơ sở và phản biện xã hội đối với dự thảo văn bản của "
          "UBND xã liên quan đến quyền, lợi ích của Nhân dân:"),
        P("+ Phó Chủ tịch Ủy ban MTTQ Việt Nam xã chủ trì; Ban Thanh tra nhân dân xã phối hợp."),
        P("+ Thời gian: khi UBND xã gửi dự thảo lấy ý kiến."),
        P("- Đề nghị Hội Người cao tuổi xã lồng ghép phổ biến pháp luật về người cao tuổi, phòng chống mê "
          "tín dị đoan trong các buổi sinh hoạt chi hội, thực hiện trong năm 2026."),
        P("- Cập nhật, phổ biến các văn bản pháp luật mới cho Trưởng Ban Công tác Mặt trận các thôn:"),
        P("+ Ban Thường trực Ủy ban MTTQ Việt Nam xã chủ trì; Phòng Văn hóa - Xã hội UBND xã phối hợp."),
        P("+ Thời gian: sau khi các luật, nghị quyết mới có hiệu lực thi hành."),
    ]
    + _end(
        [
            "1. Ban Thường trực Ủy ban MTTQ Việt Nam xã chỉ đạo, hướng dẫn các tổ chức thành viên triển khai "
            "Kế hoạch.",
            "2. Các tổ chức chính trị - xã hội, Ban Công tác Mặt trận các thôn báo cáo kết quả 6 tháng trước "
            "ngày 15/6/2026 và cả năm trước ngày 15/11/2026.",
        ],
        "III. TỔ CHỨC THỰC HIỆN",
        ["Ban TT Ủy ban MTTQ tỉnh (b/c);", "Đảng ủy xã (b/c);", "UBND xã (phối hợp);",
         "Các tổ chức thành viên;", "Lưu: VP."],
        "TM. BAN THƯỜNG TRỰC\nCHỦ TỊCH",
        "Sùng Seo Chứ",
    ),
    [
        Exp("Tuyên truyền, vận động xóa bỏ tảo hôn", ("Hội Liên hiệp Phụ nữ xã",),
            ("Ban Công tác Mặt trận các thôn", "Người có uy tín"), "2026-09-30"),
        Exp("Phổ biến pháp luật về đất đai, bảo vệ", ("Hội Nông dân xã",),
            ("Hội Cựu chiến binh xã", "Ban Quản lý rừng phòng hộ Bắc Hà"), "2026-06-30"),
        Exp("Tổ chức diễn đàn \"Thanh niên với pháp luật\"", ("Đoàn Thanh niên Cộng sản Hồ Chí Minh xã",),
            ("Trường PTDTBT THCS Bản Phố",), "2026-10-31"),
        Exp("Giám sát việc thực hiện quy chế dân chủ", ("Phó Chủ tịch Ủy ban MTTQ Việt Nam xã",),
            ("Ban Thanh tra nhân dân xã",), "2026-12-31", on_request=True),
        Exp("Đề nghị Hội Người cao tuổi xã lồng ghép", ("Hội Người cao tuổi xã",), (), "2026-12-31"),
        Exp("Cập nhật, phổ biến các văn bản pháp luật mới", ("Ban Thường trực Ủy ban MTTQ Việt Nam xã",),
            ("Phòng Văn hóa - Xã hội UBND xã",), "2026-12-31", on_request=True),
    ],
)


# ---------------------------------------------------------------- 6. Trường THCS, Thanh Hóa, 2026-2027
PLAN_THCS = Plan(
    "thcs_xa_hoangtien_2026_2027",
    _START
    + [
        P("UBND XÃ HOẰNG TIẾN", center=True),
        P("TRƯỜNG THCS HOẰNG TIẾN", bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True),
        P("Độc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P("Số: 86/KH-THCS", center=True),
        P("Hoằng Tiến, ngày 15 tháng 9 năm 2026", center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P("Phổ biến, giáo dục pháp luật năm học 2026-2027", bold=True, center=True),
        P("Căn cứ Thông tư số 32/2020/TT-BGDĐT ngày 15/9/2020 của Bộ Giáo dục và Đào tạo ban hành Điều lệ "
          "trường trung học cơ sở, trường trung học phổ thông và trường phổ thông có nhiều cấp học;"),
        P("Căn cứ Công văn số 2150/SGDĐT-CTTT ngày 28/8/2026 của Sở Giáo dục và Đào tạo Thanh Hóa về hướng "
          "dẫn công tác PBGDPL năm học 2026-2027;"),
        P("Căn cứ Kế hoạch số 145/KH-UBND ngày 05/9/2026 của UBND xã Hoằng Tiến;"),
        P("Trường THCS Hoằng Tiến xây dựng kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Giúp học sinh hình thành ý thức tôn trọng pháp luật, kỹ năng tự bảo vệ; cán bộ, giáo viên, nhân "
          "viên nắm vững quy định của ngành. Hoạt động lồng ghép, không gây quá tải cho học sinh."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG NHIỆM VỤ", bold=True),
        T((
            ("Nội dung công việc", "Thời gian", "Người thực hiện", "Phối hợp"),
            ("Quán triệt Luật Nhà giáo và các văn bản hướng dẫn cho toàn thể cán bộ, giáo viên, nhân viên",
             "Tháng 9/2026", "Hiệu trưởng", "Chủ tịch Công đoàn trường"),
            ("Tổ chức tiết chào cờ chuyên đề về an toàn giao thông, phòng tránh đuối nước",
             "Tháng 10/2026 và tháng 4/2027", "Tổng phụ trách Đội", "Công an xã Hoằng Tiến"),
            ("Lồng ghép giáo dục pháp luật vào môn Giáo dục công dân và hoạt động trải nghiệm",
             "Theo phân phối chương trình (hết tháng 5/2027)", "Tổ Khoa học xã hội",
             "Giáo viên chủ nhiệm các lớp"),
            ("Tổ chức cuộc thi \"Em hiểu biết pháp luật\" cấp trường",
             "Tháng 11/2026", "Phó Hiệu trưởng phụ trách chuyên môn",
             "Liên đội; Tổ Khoa học xã hội; Đoàn Thanh niên xã"),
            ("Tuyên truyền phòng, chống bạo lực học đường, xâm hại trẻ em, tệ nạn xã hội trên môi "
             "trường mạng",
             "Tháng 12/2026 - tháng 01/2027", "Giáo viên chủ nhiệm các lớp",
             "Ban đại diện cha mẹ học sinh, Hội Liên hiệp Phụ nữ xã"),
            ("Bổ sung sách, tài liệu pháp luật cho tủ sách pháp luật của nhà trường",
             "Quý I/2027", "Nhân viên thư viện", "Kế toán"),
            ("Sơ kết, tổng kết công tác PBGDPL năm học; báo cáo Phòng Văn hóa - Xã hội xã",
             "Trước ngày 25/5/2027", "Phó Hiệu trưởng phụ trách chuyên môn", ""),
        ), widths=(80, 32, 38, 40)),
    ]
    + _end(
        [
            "- Hiệu trưởng chỉ đạo chung; các bộ phận, cá nhân được phân công chủ động thực hiện.",
            "- Báo cáo sơ kết học kỳ I trước ngày 10/01/2027.",
        ],
        "III. TỔ CHỨC THỰC HIỆN",
        ["Phòng Văn hóa - Xã hội xã (b/c);", "Các tổ chuyên môn;", "Lưu: VT."],
        "HIỆU TRƯỞNG",
        "Lê Thị Thu Hà",
    ),
    [
        Exp("Quán triệt Luật Nhà giáo và các văn bản", ("Hiệu trưởng",), ("Chủ tịch Công đoàn trường",),
            "2026-09-30"),
        Exp("Tổ chức tiết chào cờ chuyên đề", ("Tổng phụ trách Đội",), ("Công an xã Hoằng Tiến",),
            "2027-04-30"),
        Exp("Lồng ghép giáo dục pháp luật vào môn", ("Tổ Khoa học xã hội",), ("Giáo viên chủ nhiệm các lớp",),
            "2027-05-31"),
        Exp("Tổ chức cuộc thi \"Em hiểu biết pháp luật\"", ("Phó Hiệu trưởng phụ trách chuyên môn",),
            ("Liên đội", "Tổ Khoa học xã hội", "Đoàn Thanh niên xã"), "2026-11-30"),
        Exp("Tuyên truyền phòng, chống bạo lực học đường", ("Giáo viên chủ nhiệm các lớp",),
            ("Ban đại diện cha mẹ học sinh", "Hội Liên hiệp Phụ nữ xã"), "2027-01-31"),
        Exp("Bổ sung sách, tài liệu pháp luật", ("Nhân viên thư viện",), ("Kế toán",), "2027-03-31"),
        Exp("Sơ kết, tổng kết công tác PBGDPL năm học", ("Phó Hiệu trưởng phụ trách chuyên môn",), (),
            "2027-05-25"),
    ],
)


# ---------------------------------------------------------------- 7. Hội LHPN phường, TP Hồ Chí Minh
PLAN_HPN = Plan(
    "hoi_phunu_phuong_tdm_2026",
    _START
    + [
        P("HỘI LHPN THÀNH PHỐ HỒ CHÍ MINH", center=True),
        P("HỘI LHPN PHƯỜNG THỦ DẦU MỘT", bold=True, center=True),
        P("***", center=True),
        P("Số: 05/KH-HPN", center=True),
        P("Thủ Dầu Một, ngày 09 tháng 02 năm 2026", center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P("Tuyên truyền, phổ biến, giáo dục pháp luật cho hội viên, phụ nữ năm 2026", bold=True, center=True),
        P("Căn cứ Chương trình công tác năm 2026 của Hội LHPN Thành phố Hồ Chí Minh;"),
        P("Căn cứ Kế hoạch số 33/KH-UBND ngày 21/01/2026 của UBND phường Thủ Dầu Một về công tác phổ biến, "
          "giáo dục pháp luật năm 2026;"),
        P("Ban Thường vụ Hội LHPN phường xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH - YÊU CẦU", bold=True),
        P("- Trang bị kiến thức pháp luật thiết thực cho hội viên, phụ nữ, nhất là nữ công nhân lao động "
          "nhập cư tại các khu nhà trọ."),
        P("- Hoạt động có trọng tâm, trọng điểm; phù hợp thời gian của nữ công nhân."),
        P("II. NỘI DUNG THỰC HIỆN", bold=True),
        P("1. Sinh hoạt chuyên đề pháp luật tại chi hội", bold=True),
        P("1.1. Sinh hoạt chuyên đề về Luật Phòng, chống bạo lực gia đình và Luật Hôn nhân và gia đình. Chủ "
          "trì: Ban Thường vụ Hội LHPN phường; phối hợp: Công an phường, Phòng Văn hóa - Xã hội; thời gian: "
          "Quý II/2026."),
        P("1.2. Sinh hoạt chuyên đề về quyền lợi của lao động nữ theo Bộ luật Lao động, Luật Bảo hiểm xã "
          "hội năm 2024. Chủ trì: Chi hội phụ nữ các khu phố; phối hợp: Công đoàn cơ sở các doanh nghiệp "
          "trên địa bàn; thời gian: tháng 6 - tháng 8/2026."),
        P("2. Truyền thông pháp luật trên không gian mạng", bold=True),
        P("2.1. Đăng tải tin, bài, infographic pháp luật trên fanpage \"Phụ nữ phường Thủ Dầu Một\". Chủ "
          "trì: Ủy viên Ban Thường vụ phụ trách tuyên giáo; thời gian: hằng tháng."),
        P("3. Hỗ trợ pháp lý cho phụ nữ yếu thế", bold=True),
        P("Hội LHPN phường chủ trì, phối hợp với Trung tâm Trợ giúp pháp lý nhà nước Thành phố Hồ Chí Minh "
          "tổ chức điểm tư vấn pháp luật lưu động tại khu nhà trọ đông công nhân, trong tháng 7/2026."),
        P("Chi hội trưởng các chi hội có trách nhiệm rà soát, lập danh sách phụ nữ bị bạo lực, phụ nữ "
          "khuyết tật, đơn thân có nhu cầu trợ giúp pháp lý, gửi về Văn phòng Hội trước ngày 30/6/2026."),
        P("4. Hội thi \"Phụ nữ với pháp luật\" năm 2026", bold=True),
        P("Ban Thường vụ Hội LHPN phường chủ trì; Đoàn Thanh niên phường, Trung tâm Văn hóa - Thể thao "
          "phường "
          "phối hợp. Thời gian tổ chức: dịp kỷ niệm Ngày thành lập Hội LHPN Việt Nam 20/10/2026."),
        P("5. Tham gia Ngày Pháp luật Việt Nam", bold=True),
        P("Khi UBND phường có kế hoạch tổ chức các hoạt động hưởng ứng, Văn phòng Hội chủ trì vận động hội "
          "viên tham gia; phối hợp Phòng Văn hóa - Xã hội."),
    ]
    + _end(
        [
            "1. Ban Thường vụ Hội phân công các đồng chí Ủy viên phụ trách từng nội dung.",
            "2. Các chi hội báo cáo kết quả về Văn phòng Hội trước ngày 20 hằng tháng; báo cáo năm trước "
            "ngày 15/11/2026.",
        ],
        "III. TỔ CHỨC THỰC HIỆN",
        ["Hội LHPN Thành phố (b/c);", "Đảng ủy phường (b/c);", "Các chi hội;", "Lưu: VP."],
        "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH",
        "Nguyễn Thị Bích Vân",
    ),
    [
        Exp("Sinh hoạt chuyên đề về Luật Phòng, chống bạo lực", ("Ban Thường vụ Hội LHPN phường",),
            ("Công an phường", "Phòng Văn hóa - Xã hội"), "2026-06-30"),
        Exp("Sinh hoạt chuyên đề về quyền lợi của lao động nữ", ("Chi hội phụ nữ các khu phố",),
            ("Công đoàn cơ sở các doanh nghiệp trên địa bàn",), "2026-08-31"),
        Exp("Đăng tải tin, bài, infographic pháp luật", ("Ủy viên Ban Thường vụ phụ trách tuyên giáo",), (),
            "2026-12-31"),
        Exp("Hội LHPN phường chủ trì, phối hợp với Trung tâm", ("Hội LHPN phường",),
            ("Trung tâm Trợ giúp pháp lý nhà nước Thành phố Hồ Chí Minh",), "2026-07-31"),
        Exp("Chi hội trưởng các chi hội có trách nhiệm", ("Chi hội trưởng các chi hội",), (), "2026-06-30"),
        Exp("Hội thi \"Phụ nữ với pháp luật\" năm 2026", ("Ban Thường vụ Hội LHPN phường",),
            ("Đoàn Thanh niên phường", "Trung tâm Văn hóa - Thể thao phường"), "2026-10-20"),
        Exp("Tham gia Ngày Pháp luật Việt Nam", ("Văn phòng Hội",), ("Phòng Văn hóa - Xã hội",),
            "2026-12-31", on_request=True),
    ],
)


# ---------------------------------------------------------------- 8. xã Cam Lộ, Quảng Trị - Ngày Pháp luật
PLAN_NPL = Plan(
    "xa_camlo_ngay_phap_luat_2026",
    _header(
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ",
        "ỦY BAN NHÂN DÂN XÃ CAM LỘ",
        "172/KH-UBND",
        "Cam Lộ, ngày 28 tháng 9 năm 2026",
        "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật",
        "nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2026",
    )
    + [
        P("Căn cứ Điều 8 Luật Phổ biến, giáo dục pháp luật năm 2012;"),
        P("Căn cứ Nghị định số 28/2013/NĐ-CP ngày 04/4/2013 của Chính phủ quy định chi tiết một số điều và "
          "biện pháp thi hành Luật Phổ biến, giáo dục pháp luật;"),
        P("Thực hiện Công văn số 1877/STP-PBGDPL ngày 15/9/2026 của Sở Tư pháp tỉnh Quảng Trị, UBND xã "
          "Cam Lộ "
          "xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Tôn vinh Hiến pháp, pháp luật; các hoạt động tổ chức thiết thực, tiết kiệm, tập trung cao điểm "
          "từ ngày 01/10 đến ngày 15/11/2026."),
        P("II. CÁC HOẠT ĐỘNG CỤ THỂ", bold=True),
        T((
            ("TT", "Hoạt động", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian", "Sản phẩm", "Kinh phí"),
            ("1", "Treo băng rôn, khẩu hiệu hưởng ứng Ngày Pháp luật tại trụ sở UBND xã "
             "và các trục đường chính",
             "Văn phòng HĐND và UBND xã", "Trung tâm Dịch vụ tổng hợp xã", "Từ 01/10 đến 15/11/2026",
             "05 băng rôn", "Ngân sách xã"),
            ("2", "Tổ chức Ngày hội \"Tuổi trẻ Cam Lộ với pháp luật\" cho đoàn viên, thanh niên",
             "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Cam Lộ", "Phòng Văn hóa - Xã hội; Công an xã",
             "Trong tháng 11/2026", "Ngày hội", "Xã hội hóa"),
            ("3", "Tổ chức trợ giúp pháp lý lưu động cho người có công, hộ nghèo tại thôn Cam Thủy",
             "Trung tâm Trợ giúp pháp lý nhà nước tỉnh Quảng Trị (đề nghị)",
             "Phòng Văn hóa - Xã hội", "Tháng 10/2026", "Biên bản tư vấn", "Không"),
            ("4", "Tổ chức Hội nghị đối thoại chính sách, pháp luật với Nhân dân về bồi thường, hỗ trợ, tái "
             "định cư", "Chủ tịch UBND xã", "Phòng Kinh tế; Ủy ban MTTQ Việt Nam xã và đại diện các hộ dân "
             "bị ảnh hưởng", "Ngày 07/11/2026", "Biên bản đối thoại", "Ngân sách xã"),
            ("5", "Tiếp nhận, giải quyết thủ tục hành chính đúng hạn; niêm yết, công khai thủ "
             "tục tại Trung tâm "
             "Phục vụ hành chính công xã", "Trung tâm Phục vụ hành chính công xã",
             "Các phòng chuyên môn thuộc UBND xã", "Tháng 10 - 11/2026", "", ""),
            ("6", "Tổng hợp, báo cáo kết quả hưởng ứng Ngày Pháp luật gửi Sở Tư pháp",
             "Phòng Văn hóa - Xã hội", "", "Trước ngày 20/11/2026", "Báo cáo", ""),
        ), widths=(8, 52, 32, 32, 24, 20, 18)),
    ]
    + _end(
        [
            "Phòng Văn hóa - Xã hội chủ trì theo dõi, đôn đốc; các đơn vị gửi kết quả về Phòng Văn hóa - Xã "
            "hội trước ngày 17/11/2026.",
        ],
        "III. TỔ CHỨC THỰC HIỆN",
        ["Sở Tư pháp;", "TT Đảng ủy, TT HĐND xã;", "CT, PCT UBND xã;", "Như mục II;", "Lưu: VT."],
        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
        "Hoàng Văn Đức",
    ),
    [
        Exp("Treo băng rôn, khẩu hiệu hưởng ứng", ("Văn phòng HĐND và UBND xã",),
            ("Trung tâm Dịch vụ tổng hợp xã",), "2026-11-15"),
        Exp("Tổ chức Ngày hội \"Tuổi trẻ Cam Lộ", ("Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Cam Lộ",),
            ("Phòng Văn hóa - Xã hội", "Công an xã"), "2026-11-30"),
        Exp("Tổ chức trợ giúp pháp lý lưu động", ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh Quảng Trị",),
            ("Phòng Văn hóa - Xã hội",), "2026-10-31"),
        Exp("Tổ chức Hội nghị đối thoại chính sách", ("Chủ tịch UBND xã",),
            ("Phòng Kinh tế", "Ủy ban MTTQ Việt Nam xã", "đại diện các hộ dân bị ảnh hưởng"), "2026-11-07"),
        Exp("Tiếp nhận, giải quyết thủ tục hành chính", ("Trung tâm Phục vụ hành chính công xã",),
            ("Các phòng chuyên môn thuộc UBND xã",), "2026-11-30"),
        Exp("Tổng hợp, báo cáo kết quả hưởng ứng", ("Phòng Văn hóa - Xã hội",), (), "2026-11-20"),
    ],
)


# ---------------------------------------------------------------- 9. phường Ninh Kiều, Cần Thơ
PLAN_HG = Plan(
    "phuong_ninhkieu_hoagiai_tcpl_2026",
    _header(
        "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ",
        "ỦY BAN NHÂN DÂN PHƯỜNG NINH KIỀU",
        "47/KH-UBND",
        "Ninh Kiều, ngày 24 tháng 02 năm 2026",
        "Thực hiện công tác hòa giải ở cơ sở và đánh giá, công nhận",
        "phường đạt chuẩn tiếp cận pháp luật năm 2026",
    )
    + [
        P("Căn cứ Luật Hòa giải ở cơ sở ngày 20 tháng 6 năm 2013;"),
        P("Căn cứ Quyết định số 25/2021/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ quy định về xã, "
          "phường, thị trấn đạt chuẩn tiếp cận pháp luật;"),
        P("Căn cứ Thông tư số 09/2021/TT-BTP ngày 15/11/2021 của Bộ trưởng Bộ Tư pháp;"),
        P("UBND phường Ninh Kiều ban hành Kế hoạch với các nội dung sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Nâng cao chất lượng, hiệu quả hoạt động hòa giải ở cơ sở; phấn đấu tỷ lệ hòa giải thành đạt "
          "trên 85%."),
        P("2. Duy trì, giữ vững kết quả phường đạt chuẩn tiếp cận pháp luật."),
        P("II. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True),
        P("1. Công tác hòa giải ở cơ sở", bold=True),
        P("1.1. Rà soát, kiện toàn tổ hòa giải tại 18 khu vực sau sắp xếp. Cơ quan thực hiện: Phòng Văn hóa "
          "- Xã hội. Phối hợp: Ủy ban MTTQ Việt Nam phường, Trưởng khu vực. Thời hạn: trước ngày 31/3/2026."),
        P("1.2. Tổ chức tập huấn kỹ năng hòa giải, kỹ năng tư vấn, hướng dẫn giải quyết tranh chấp đất "
          "đai, nhà ở cho hòa giải viên. Cơ quan thực hiện: Phòng Văn hóa - Xã hội. Phối hợp: Phòng Kinh tế, "
          "Hạ tầng và Đô thị; Hội Luật gia phường. Thời hạn: Quý II/2026."),
        P("1.3. Thực hiện chi hỗ trợ thù lao cho hòa giải viên theo vụ việc. Cơ quan thực hiện: Phòng Kinh "
          "tế, Hạ tầng và Đô thị. Thời hạn: khi tổ hòa giải có đề nghị thanh toán."),
        P("2. Xây dựng phường đạt chuẩn tiếp cận pháp luật", bold=True),
        P("2.1. Ban hành Quyết định phân công nhiệm vụ thực hiện các chỉ tiêu tiếp cận pháp luật cho từng "
          "cơ quan, đơn vị. Cơ quan thực hiện: Phòng Văn hóa - Xã hội. Thời hạn: tháng 3/2026."),
        P("2.2. Niêm yết, công khai thủ tục hành chính, bảo đảm tỷ lệ hồ sơ giải quyết đúng hạn; cập nhật "
          "dữ liệu trên Cổng Dịch vụ công quốc gia. Cơ quan thực hiện: Trung tâm Phục vụ hành chính công "
          "phường. Phối hợp: Văn phòng HĐND và UBND phường. Thời hạn: thường xuyên."),
        P("2.3. Đánh giá tiêu chí an ninh, trật tự, an toàn xã hội theo Quyết định số 25/2021/QĐ-TTg. Cơ "
          "quan thực hiện: Công an phường. Thời hạn: trước ngày 15/10/2026."),
        P("2.4. Tổng hợp, tự đánh giá, lập hồ sơ đề nghị công nhận phường đạt chuẩn tiếp cận pháp luật năm "
          "2026. Cơ quan thực hiện: Phòng Văn hóa - Xã hội. Phối hợp: các cơ quan, đơn vị được phân công "
          "chỉ tiêu. Thời hạn: trước ngày 10/11/2026."),
    ]
    + _end(
        [
            "1. Phòng Văn hóa - Xã hội là đầu mối tham mưu, theo dõi, tổng hợp kết quả thực hiện Kế hoạch.",
            "2. Các cơ quan, đơn vị báo cáo kết quả thực hiện chỉ tiêu được phân công trước ngày 25/10/2026.",
            "3. Đề nghị Ủy ban MTTQ Việt Nam phường phối hợp giám sát việc thực hiện.",
        ],
        "III. TỔ CHỨC THỰC HIỆN",
        ["Sở Tư pháp TP. Cần Thơ;", "TT. Đảng ủy phường;", "CT, các PCT UBND phường;", "Lưu: VT."],
        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
        "Võ Thành Nhân",
    ),
    [
        Exp("Rà soát, kiện toàn tổ hòa giải", ("Phòng Văn hóa - Xã hội",),
            ("Ủy ban MTTQ Việt Nam phường", "Trưởng khu vực"), "2026-03-31"),
        Exp("Tổ chức tập huấn kỹ năng hòa giải", ("Phòng Văn hóa - Xã hội",),
            ("Phòng Kinh tế, Hạ tầng và Đô thị", "Hội Luật gia phường"), "2026-06-30"),
        Exp("Thực hiện chi hỗ trợ thù lao", ("Phòng Kinh tế, Hạ tầng và Đô thị",), (), "2026-12-31",
            on_request=True),
        Exp("Ban hành Quyết định phân công nhiệm vụ", ("Phòng Văn hóa - Xã hội",), (), "2026-03-31"),
        Exp("Niêm yết, công khai thủ tục hành chính", ("Trung tâm Phục vụ hành chính công phường",),
            ("Văn phòng HĐND và UBND phường",), "2026-12-31"),
        Exp("Đánh giá tiêu chí an ninh, trật tự", ("Công an phường",), (), "2026-10-15"),
        Exp("Tổng hợp, tự đánh giá, lập hồ sơ", ("Phòng Văn hóa - Xã hội",),
            ("các cơ quan, đơn vị được phân công chỉ tiêu",), "2026-11-10"),
    ],
)


# ---------------------------------------------------------------- 10. xã Lạc Dương, Lâm Đồng, 2027
PLAN_2027 = Plan(
    "xa_lacduong_pbgdpl_2027",
    _header(
        "UBND TỈNH LÂM ĐỒNG",
        "UBND XÃ LẠC DƯƠNG",
        "298/KH-UBND",
        "Lạc Dương, ngày 18 tháng 12 năm 2026",
        "Công tác phổ biến, giáo dục pháp luật, hòa giải ở cơ sở",
        "và xây dựng xã đạt chuẩn tiếp cận pháp luật năm 2027",
    )
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20/6/2012;"),
        P("Căn cứ Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị về đổi mới công tác xây dựng và thi "
          "hành pháp luật đáp ứng yêu cầu phát triển đất nước trong kỷ nguyên mới;"),
        P("Căn cứ Kế hoạch số 512/KH-UBND ngày 10/12/2026 của UBND tỉnh Lâm Đồng;"),
        P("UBND xã Lạc Dương ban hành Kế hoạch năm 2027 như sau:"),
    ]
    + _purpose([
        "Thực hiện đồng bộ các nhiệm vụ PBGDPL năm 2027 gắn với chuyển đổi số.",
        "Nâng cao hiểu biết pháp luật của đồng bào K'Ho, Cil, Lạch trên địa bàn.",
        "Xác định rõ nội dung, thời hạn, sản phẩm và trách nhiệm của từng cơ quan, đơn vị.",
    ])
    + [
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("Chi tiết tại bảng phân công dưới đây:"),
        T((
            ("TT", "Nhiệm vụ", "Thời gian", "Đơn vị chủ trì", "Đơn vị phối hợp", "Sản phẩm"),
            ("1", "Ban hành Kế hoạch triển khai các luật, nghị quyết mới được thông qua năm 2026 có hiệu lực "
             "năm 2027", "Tháng 01/2027", "Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND xã",
             "Kế hoạch"),
            ("2", "Duy trì chuyên mục pháp luật trên Trang thông tin điện tử xã, nhóm Zalo các thôn",
             "Hằng tháng", "Văn phòng HĐND và UBND xã",
             "Phòng Văn hóa - Xã hội, Trưởng thôn và Tổ trưởng Tổ công nghệ số cộng đồng", "Tin, bài"),
            ("3", "Phổ biến pháp luật về quản lý, bảo vệ rừng, phòng cháy chữa cháy rừng cho hộ nhận khoán "
             "bảo vệ rừng", "Quý I/2027", "Phòng Kinh tế",
             "Hạt Kiểm lâm khu vực Lạc Dương; Ban Quản lý Vườn quốc gia Bidoup - Núi Bà; Công an xã",
             "Hội nghị"),
            ("4", "Tuyên truyền pháp luật về du lịch, an toàn thực phẩm cho cơ sở homestay, kinh doanh ăn "
             "uống tại khu du lịch Langbiang", "Tháng 3 - tháng 4/2027", "Phòng Kinh tế",
             "Trạm Y tế xã; Hội Doanh nghiệp, doanh nhân xã", "Tờ gấp"),
            ("5", "Phổ biến pháp luật cho người có uy tín, già làng trong đồng bào dân tộc thiểu số",
             "Quý II/2027", "Phòng Văn hóa - Xã hội", "Ủy ban MTTQ Việt Nam xã", "Hội nghị"),
            ("6", "Thực hiện công tác PBGDPL trong lực lượng Dân quân", "Thường xuyên",
             "Ban Chỉ huy Quân sự xã", "", "Báo cáo"),
            ("7", "Triển khai văn bản hướng dẫn thi hành Luật Đất đai (sửa đổi) khi được cấp có thẩm quyền "
             "ban hành", "Sau khi văn bản được ban hành", "Phòng Kinh tế", "Phòng Văn hóa - Xã hội",
             "Hội nghị"),
        ), widths=(8, 60, 24, 30, 44, 18)),
        P("III. KINH PHÍ", bold=True),
        P("Từ nguồn ngân sách xã năm 2027 và nguồn xã hội hóa hợp pháp khác."),
    ]
    + _end(
        [
            "1. Phòng Văn hóa - Xã hội tham mưu UBND xã hướng dẫn, đôn đốc, kiểm tra việc thực hiện.",
            "2. Các đơn vị báo cáo định kỳ 6 tháng trước ngày 10/6/2027, báo cáo năm trước ngày 15/11/2027.",
        ],
        "IV. TỔ CHỨC THỰC HIỆN",
        ["Sở Tư pháp tỉnh Lâm Đồng;", "TT Đảng ủy xã;", "TT HĐND xã;", "Các đơn vị tại mục II;", "Lưu: VT."],
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
        "Ya Tiong",
    ),
    [
        Exp("Ban hành Kế hoạch triển khai các luật", ("Phòng Văn hóa - Xã hội",),
            ("Văn phòng HĐND và UBND xã",), "2027-01-31"),
        Exp("Duy trì chuyên mục pháp luật trên Trang", ("Văn phòng HĐND và UBND xã",),
            ("Phòng Văn hóa - Xã hội", "Trưởng thôn", "Tổ trưởng Tổ công nghệ số cộng đồng"), "2027-12-31"),
        Exp("Phổ biến pháp luật về quản lý, bảo vệ rừng", ("Phòng Kinh tế",),
            ("Hạt Kiểm lâm khu vực Lạc Dương", "Ban Quản lý Vườn quốc gia Bidoup - Núi Bà", "Công an xã"),
            "2027-03-31"),
        Exp("Tuyên truyền pháp luật về du lịch", ("Phòng Kinh tế",),
            ("Trạm Y tế xã", "Hội Doanh nghiệp, doanh nhân xã"), "2027-04-30"),
        Exp("Phổ biến pháp luật cho người có uy tín", ("Phòng Văn hóa - Xã hội",),
            ("Ủy ban MTTQ Việt Nam xã",), "2027-06-30"),
        Exp("Thực hiện công tác PBGDPL trong lực lượng", ("Ban Chỉ huy Quân sự xã",), (), "2027-12-31"),
        Exp("Triển khai văn bản hướng dẫn thi hành", ("Phòng Kinh tế",), ("Phòng Văn hóa - Xã hội",),
            "2027-12-31", on_request=True),
    ],
)

PLANS: list[Plan] = [
    PLAN_XA_EAKAR, PLAN_PHUONG_HK, PLAN_DK_PQ, PLAN_CA_XA, PLAN_MTTQ,
    PLAN_THCS, PLAN_HPN, PLAN_NPL, PLAN_HG, PLAN_2027,
]
