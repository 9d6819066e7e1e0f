"""Held-out evaluation set 26: ten PBGDPL plans whose tasks are given mostly as tables.

Answers typed by hand (issue 4 rules). Plans:

1. PLAN_PT  - UBND tỉnh Phú Thọ, PBGDPL 2026: table STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp |
   Thời gian | Sản phẩm, roman-numeral group rows, coord lists mixing "," ";" and "và".
2. PLAN_NNMT - Sở Nông nghiệp và Môi trường Đồng Nai: 2-row header (Đơn vị thực hiện split into
   Chủ trì / Phối hợp), "TT" column, "Ghi chú" column, an event-triggered row.
3. PLAN_XA_TN - UBND xã (Tây Ninh): table WITHOUT STT, order Nội dung | Thời gian | Chủ trì | Phối hợp |
   Kinh phí, persons as units.
4. PLAN_GD - Sở GD&ĐT Nghệ An, school year 2026-2027: single "Đơn vị thực hiện" column whose cell holds
   "Chủ trì: …" and "Phối hợp: …" lines; months across 2026/2027.
5. PLAN_PHUONG - UBND phường Hồng Bàng (Hải Phòng): prose tasks with labels, then a table of activities.
6. PLAN_HDPH - Hội đồng phối hợp PBGDPL tỉnh Quảng Trị: Nội dung | Thời gian | Chủ trì | Phối hợp |
   Ghi chú, group rows with letters, several units per cell on separate lines.
7. PLAN_YT - Sở Y tế Gia Lai: lead column BEFORE the content column, "Kinh phí" column, quarter ranges.
8. PLAN_XA_LC - UBND xã (Lào Cai): Hoạt động | Hình thức | Trách nhiệm thực hiện (prose "X chủ trì; Y
   phối hợp" inside the cell) | Thời gian.
9. PLAN_STP - Sở Tư pháp TP Huế, Ngày Pháp luật 2026: 2-row header with Thời gian split Bắt đầu /
   Hoàn thành, multi-line content cells (heading line + details), event-triggered rows.
10. PLAN_DL - UBND tỉnh Đắk Lắk, PBGDPL for ethnic minorities: prose part ("Giao X chủ trì, phối hợp
    với Y") then an appendix table "Danh mục nhiệm vụ cụ thể".
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T, _header, _purpose


def _end(lines: list[str], recipients: list[str], role: str, signer: str) -> list[P | T]:
    out: list[P | T] = [P(line) for line in lines]
    out.append(P("Nơi nhận:"))
    out += [P(f"- {r}") for r in recipients]
    out += [P(role, bold=True, center=True), P("(Đã ký)", center=True), P(signer, bold=True, center=True)]
    return out


# ------------------------------------------------------------------ 1. UBND tỉnh Phú Thọ
PLAN_PT = Plan(
    "set26_ubnd_phutho",
    _header(
        "ỦY BAN NHÂN DÂN", "TỈNH PHÚ THỌ", "58/KH-UBND", "Phú Thọ, ngày 20 tháng 01 năm 2026",
        "Công tác phổ biến, giáo dục pháp luật; hòa giải ở cơ sở; xây dựng cấp xã đạt chuẩn",
        "tiếp cận pháp luật trên địa bàn tỉnh năm 2026",
    )
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20/6/2012; Căn cứ Kết luận số 80-KL/TW ngày "
          "20/6/2020 của Ban Bí thư; Căn cứ Quyết định số 1521/QĐ-TTg ngày 06/10/2022 của Thủ tướng Chính "
          "phủ; Căn cứ Kế hoạch số 12/KH-BTP ngày 05/01/2026 của Bộ Tư pháp, Ủy ban nhân dân tỉnh ban hành "
          "Kế hoạch thực hiện như sau:"),
    ]
    + _purpose([
        "Triển khai kịp thời, hiệu quả các nhiệm vụ PBGDPL, hòa giải ở cơ sở năm 2026 trên địa bàn tỉnh.",
        "Nâng cao ý thức chấp hành pháp luật của cán bộ, công chức và Nhân dân.",
        "Bám sát nhiệm vụ chính trị của tỉnh, gắn với chính quyền địa phương hai cấp.",
        "Phân công cụ thể, rõ trách nhiệm, thời hạn và sản phẩm của từng cơ quan, đơn vị.",
    ])
    + [
        P("II. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True),
        P("Các nhiệm vụ cụ thể được phân công theo Bảng dưới đây:"),
        T((
            ("STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện",
             "Sản phẩm"),
            ("I", "CÔNG TÁC CHỈ ĐẠO, HƯỚNG DẪN", "", "", "", ""),
            ("1", "Tham mưu ban hành văn bản chỉ đạo, hướng dẫn công tác PBGDPL năm 2026",
             "Sở Tư pháp", "Các sở, ban, ngành tỉnh; UBND các xã, phường", "Quý I/2026",
             "Văn bản hướng dẫn"),
            ("2", "Kiện toàn Hội đồng phối hợp PBGDPL tỉnh và đội ngũ báo cáo viên pháp luật tỉnh",
             "Sở Tư pháp", "Sở Nội vụ, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các cơ quan có liên quan",
             "Tháng 3/2026", "Quyết định kiện toàn"),
            ("II", "CÔNG TÁC PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT", "", "", "", ""),
            ("3", "Tổ chức hội nghị phổ biến các luật, nghị quyết mới được Quốc hội thông qua tại kỳ họp "
             "thứ 10, Quốc hội khóa XV", "Sở Tư pháp", "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân "
             "dân tỉnh; các sở, ngành có liên quan", "Quý II, III/2026", "Hội nghị được tổ chức"),
            ("4", "Tuyên truyền pháp luật trên Báo và Phát thanh, Truyền hình Phú Thọ",
             "Báo và Phát thanh, Truyền hình Phú Thọ", "Sở Tư pháp, Sở Văn hóa, Thể thao và Du lịch",
             "Thường xuyên", "Chuyên trang, chuyên mục"),
            ("5", "Phổ biến pháp luật về đất đai, môi trường cho người dân vùng nông thôn",
             "Sở Nông nghiệp và Môi trường", "UBND các xã; Hội Nông dân tỉnh", "Tháng 5 - tháng 9/2026",
             "Tài liệu, hội nghị"),
            ("III", "HÒA GIẢI Ở CƠ SỞ VÀ TIẾP CẬN PHÁP LUẬT", "", "", "", ""),
            ("6", "Tập huấn nghiệp vụ cho hòa giải viên ở cơ sở", "Sở Tư pháp",
             "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; UBND các xã, phường", "Quý III/2026",
             "Lớp tập huấn"),
            ("7", "Đánh giá, công nhận xã, phường đạt chuẩn tiếp cận pháp luật năm 2026",
             "UBND các xã, phường", "Sở Tư pháp", "Trước ngày 15/12/2026", "Quyết định công nhận"),
        ), widths=(8, 50, 28, 40, 22, 24)),
    ]
    + _end(
        ["III. TỔ CHỨC THỰC HIỆN",
         "1. Các sở, ban, ngành, UBND các xã, phường căn cứ Kế hoạch này xây dựng kế hoạch của cơ quan, "
         "đơn vị mình.",
         "2. Kinh phí thực hiện từ nguồn ngân sách nhà nước theo phân cấp hiện hành.",
         "3. Báo cáo kết quả thực hiện gửi Sở Tư pháp trước ngày 05/12/2026 để tổng hợp."],
        ["Bộ Tư pháp;", "TT Tỉnh ủy, TT HĐND tỉnh;", "Các sở, ban, ngành;", "UBND các xã, phường;",
         "Lưu: VT, NC."],
        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Văn Khánh",
    ),
    [
        Exp("Tham mưu ban hành văn bản chỉ đạo", ("Sở Tư pháp",),
            ("Các sở, ban, ngành tỉnh", "UBND các xã, phường"), "2026-03-31"),
        Exp("Kiện toàn Hội đồng phối hợp PBGDPL", ("Sở Tư pháp",),
            ("Sở Nội vụ", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "các cơ quan có liên quan"), "2026-03-31"),
        Exp("Tổ chức hội nghị phổ biến các luật", ("Sở Tư pháp",),
            ("Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh", "các sở, ngành có liên quan"),
            "2026-09-30"),
        Exp("Tuyên truyền pháp luật trên Báo", ("Báo và Phát thanh, Truyền hình Phú Thọ",),
            ("Sở Tư pháp", "Sở Văn hóa, Thể thao và Du lịch"), "2026-12-31"),
        Exp("Phổ biến pháp luật về đất đai", ("Sở Nông nghiệp và Môi trường",),
            ("UBND các xã", "Hội Nông dân tỉnh"), "2026-09-30"),
        Exp("Tập huấn nghiệp vụ cho hòa giải viên", ("Sở Tư pháp",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "UBND các xã, phường"), "2026-09-30"),
        Exp("Đánh giá, công nhận xã, phường", ("UBND các xã, phường",), ("Sở Tư pháp",), "2026-12-15"),
    ],
)


# ------------------------------------------------------------------ 2. Sở NN&MT Đồng Nai (2-row header)
PLAN_NNMT = Plan(
    "set26_snnmt_dongnai",
    _header(
        "UBND TỈNH ĐỒNG NAI", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "215/KH-SNNMT",
        "Đồng Nai, ngày 06 tháng 02 năm 2026",
        "Phổ biến, giáo dục pháp luật năm 2026", "của Sở Nông nghiệp và Môi trường",
    )
    + [
        P("Thực hiện Kế hoạch số 44/KH-UBND ngày 23/01/2026 của UBND tỉnh Đồng Nai về công tác phổ biến, "
          "giáo dục pháp luật năm 2026; Quyết định số 2103/QĐ-BNNMT ngày 30/12/2025 của Bộ Nông nghiệp và "
          "Môi trường, Sở Nông nghiệp và Môi trường xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Tuyên truyền sâu rộng các văn bản pháp luật thuộc lĩnh vực nông nghiệp, môi trường đến công "
          "chức, viên chức, người lao động và Nhân dân."),
        P("- Việc triển khai phải thiết thực, tránh hình thức, phù hợp với từng đối tượng."),
        P("II. NỘI DUNG, NHIỆM VỤ", bold=True),
        T((
            ("TT", "Nhiệm vụ", "Đơn vị thực hiện", "", "Thời gian", "Ghi chú"),
            ("", "", "Chủ trì", "Phối hợp", "", ""),
            ("1", "Phổ biến Luật Đất đai năm 2024 và các văn bản hướng dẫn thi hành cho công chức địa chính "
             "cấp xã", "Văn phòng Đăng ký đất đai", "Phòng Quản lý đất đai; UBND các xã, phường",
             "Quý II/2026", "Lồng ghép hội nghị chuyên môn"),
            ("2", "Tuyên truyền Luật Bảo vệ môi trường, phân loại chất thải rắn sinh hoạt tại nguồn",
             "Chi cục Bảo vệ môi trường", "Đoàn Thanh niên Sở, Hội Liên hiệp Phụ nữ tỉnh",
             "Tháng 4 - tháng 6/2026", ""),
            ("3", "Phổ biến quy định về phòng, chống khai thác hải sản bất hợp pháp (IUU)",
             "Chi cục Thủy sản và Kiểm ngư", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh; Công an tỉnh và UBND các "
             "xã ven biển", "Thường xuyên", "Trọng tâm"),
            ("4", "Tập huấn pháp luật về lâm nghiệp, phòng cháy chữa cháy rừng",
             "Chi cục Kiểm lâm", "Các Ban quản lý rừng phòng hộ, đặc dụng", "Quý I/2026",
             "Trước mùa khô"),
            ("5", "Phổ biến Luật Trồng trọt, Luật Chăn nuôi đến hợp tác xã, hộ sản xuất",
             "Chi cục Trồng trọt và Chăn nuôi", "Trung tâm Khuyến nông", "Quý III/2026", ""),
            ("6", "Tổ chức phổ biến các văn bản mới về tài nguyên nước, khoáng sản",
             "Phòng Tài nguyên nước - Khoáng sản", "Văn phòng Sở", "Khi có văn bản mới được ban hành",
             ""),
            ("7", "Cập nhật văn bản pháp luật lên Trang thông tin điện tử của Sở", "Văn phòng Sở",
             "Các phòng, đơn vị thuộc Sở", "Hằng tháng", ""),
        ), widths=(8, 58, 32, 40, 22, 24)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
    ]
    + _end(
        ["1. Văn phòng Sở theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch.",
         "2. Thủ trưởng các phòng, đơn vị thuộc Sở chủ động bố trí kinh phí; báo cáo kết quả năm gửi "
         "Văn phòng Sở trước ngày 20/11/2026."],
        ["Sở Tư pháp (b/c);", "Giám đốc, các PGĐ Sở;", "Các phòng, đơn vị thuộc Sở;", "Lưu: VT, VP."],
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Trần Thị Mỹ Hạnh",
    ),
    [
        Exp("Phổ biến Luật Đất đai năm 2024", ("Văn phòng Đăng ký đất đai",),
            ("Phòng Quản lý đất đai", "UBND các xã, phường"), "2026-06-30"),
        Exp("Tuyên truyền Luật Bảo vệ môi trường", ("Chi cục Bảo vệ môi trường",),
            ("Đoàn Thanh niên Sở", "Hội Liên hiệp Phụ nữ tỉnh"), "2026-06-30"),
        Exp("Phổ biến quy định về phòng, chống khai thác", ("Chi cục Thủy sản và Kiểm ngư",),
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Công an tỉnh", "UBND các xã ven biển"), "2026-12-31"),
        Exp("Tập huấn pháp luật về lâm nghiệp", ("Chi cục Kiểm lâm",),
            ("Các Ban quản lý rừng phòng hộ, đặc dụng",), "2026-03-31"),
        Exp("Phổ biến Luật Trồng trọt, Luật Chăn nuôi", ("Chi cục Trồng trọt và Chăn nuôi",),
            ("Trung tâm Khuyến nông",), "2026-09-30"),
        Exp("Tổ chức phổ biến các văn bản mới", ("Phòng Tài nguyên nước - Khoáng sản",),
            ("Văn phòng Sở",), "2026-12-31", on_request=True),
        Exp("Cập nhật văn bản pháp luật lên Trang", ("Văn phòng Sở",),
            ("Các phòng, đơn vị thuộc Sở",), "2026-12-31"),
    ],
)


# ------------------------------------------------------------------ 3. UBND xã (Tây Ninh), no STT
PLAN_XA_TN = Plan(
    "set26_xa_tayninh",
    _header(
        "ỦY BAN NHÂN DÂN", "XÃ HẬU NGHĨA", "09/KH-UBND", "Hậu Nghĩa, ngày 15 tháng 01 năm 2026",
        "Thực hiện công tác phổ biến, giáo dục pháp luật và hòa giải ở cơ sở",
        "trên địa bàn xã năm 2026",
    )
    + [
        P("Căn cứ Luật Hòa giải ở cơ sở năm 2013; Nghị định số 15/2014/NĐ-CP ngày 27/02/2014 của Chính phủ; "
          "Kế hoạch số 31/KH-UBND ngày 12/01/2026 của UBND tỉnh Tây Ninh, UBND xã Hậu Nghĩa ban hành Kế "
          "hoạch như sau:"),
    ]
    + _purpose([
        "Nâng cao nhận thức pháp luật cho Nhân dân trên địa bàn xã.",
        "Giữ vững xã đạt chuẩn tiếp cận pháp luật.",
        "Phân công rõ người, rõ việc, rõ thời gian.",
        "Tiết kiệm, hiệu quả, lồng ghép với các hoạt động khác của địa phương.",
    ])
    + [
        P("II. NỘI DUNG THỰC HIỆN", bold=True),
        T((
            ("Nội dung công việc", "Thời gian", "Chủ trì", "Phối hợp", "Kinh phí"),
            ("Xây dựng, ban hành Kế hoạch kiểm tra công tác hòa giải tại các ấp", "Tháng 2/2026",
             "Công chức Tư pháp - Hộ tịch", "Văn phòng HĐND và UBND xã", "Không"),
            ("Tuyên truyền pháp luật trên hệ thống loa truyền thanh của xã", "Hằng tuần",
             "Trung tâm Dịch vụ tổng hợp xã", "Công chức Tư pháp - Hộ tịch", "Ngân sách xã"),
            ("Tổ chức tuyên truyền pháp luật về phòng, chống ma túy, an toàn giao thông cho học sinh",
             "Tháng 3 - tháng 5/2026", "Công an xã",
             "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã; các trường học trên địa bàn", "2.000.000 đồng"),
            ("Củng cố, kiện toàn tổ hòa giải ở các ấp", "Quý I/2026", "Phó Chủ tịch UBND xã",
             "Ủy ban Mặt trận Tổ quốc Việt Nam xã, Trưởng các ấp", "Không"),
            ("Phổ biến pháp luật về hôn nhân và gia đình, phòng, chống bạo lực gia đình",
             "Tháng 6/2026", "Hội Liên hiệp Phụ nữ xã", "Công chức Văn hóa - Xã hội", "1.500.000 đồng"),
            ("Trợ giúp pháp lý lưu động cho người dân", "Theo đề nghị của Trung tâm Trợ giúp pháp lý "
             "nhà nước tỉnh", "Công chức Tư pháp - Hộ tịch", "Trưởng các ấp", "Không"),
            ("Tự đánh giá, chấm điểm các tiêu chí tiếp cận pháp luật", "Trước ngày 30/10/2026",
             "Chủ tịch UBND xã", "Các công chức chuyên môn", "Không"),
        ), widths=(60, 26, 34, 40, 24)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
    ]
    + _end(
        ["Giao Công chức Tư pháp - Hộ tịch theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp báo cáo "
         "UBND xã trước ngày 25/11/2026.",
         "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã phối hợp giám sát việc thực hiện."],
        ["Phòng Tư pháp - Sở Tư pháp (b/c);", "TT Đảng ủy, TT HĐND xã;", "Lưu: VT."],
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Lê Hoàng Phúc",
    ),
    [
        Exp("Xây dựng, ban hành Kế hoạch kiểm tra", ("Công chức Tư pháp - Hộ tịch",),
            ("Văn phòng HĐND và UBND xã",), "2026-02-28"),
        Exp("Tuyên truyền pháp luật trên hệ thống loa", ("Trung tâm Dịch vụ tổng hợp xã",),
            ("Công chức Tư pháp - Hộ tịch",), "2026-12-31"),
        Exp("Tổ chức tuyên truyền pháp luật về phòng, chống ma túy", ("Công an xã",),
            ("Đoàn Thanh niên Cộng sản Hồ Chí Minh xã", "các trường học trên địa bàn"), "2026-05-31"),
        Exp("Củng cố, kiện toàn tổ hòa giải", ("Phó Chủ tịch UBND xã",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Trưởng các ấp"), "2026-03-31"),
        Exp("Phổ biến pháp luật về hôn nhân", ("Hội Liên hiệp Phụ nữ xã",),
            ("Công chức Văn hóa - Xã hội",), "2026-06-30"),
        Exp("Trợ giúp pháp lý lưu động cho", ("Công chức Tư pháp - Hộ tịch",), ("Trưởng các ấp",),
            "2026-12-31", on_request=True),
        Exp("Tự đánh giá, chấm điểm các", ("Chủ tịch UBND xã",), ("Các công chức chuyên môn",),
            "2026-10-30"),
    ],
)


# ------------------------------------------------------------------ 4. Sở GD&ĐT Nghệ An, school year
PLAN_GD = Plan(
    "set26_sgddt_nghean",
    _header(
        "UBND TỈNH NGHỆ AN", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "1874/KH-SGDĐT", "Nghệ An, ngày 11 tháng 9 năm 2026",
        "Công tác phổ biến, giáo dục pháp luật trong ngành Giáo dục",
        "năm học 2026 - 2027",
    )
    + [
        P("Căn cứ Thông tư số 09/2023/TT-BGDĐT ngày 18/4/2023 của Bộ trưởng Bộ Giáo dục và Đào tạo; "
          "Quyết định số 2345/QĐ-BGDĐT ngày 25/8/2026 ban hành Kế hoạch PBGDPL năm học 2026 - 2027; "
          "Kế hoạch số 102/KH-UBND ngày 28/01/2026 của UBND tỉnh Nghệ An, Sở Giáo dục và Đào tạo xây "
          "dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Nâng cao hiểu biết pháp luật, ý thức chấp hành pháp luật của cán bộ quản lý, nhà giáo, "
          "người lao động và học sinh."),
        P("2. Gắn công tác PBGDPL với việc thực hiện nhiệm vụ năm học, phù hợp lứa tuổi học sinh."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        T((
            ("STT", "Nội dung", "Đơn vị thực hiện", "Thời gian", "Sản phẩm/kết quả"),
            ("1", "Quán triệt văn bản pháp luật mới liên quan đến ngành tại hội nghị triển khai nhiệm "
             "vụ năm học", "Chủ trì: Văn phòng Sở\nPhối hợp: Phòng Giáo dục phổ thông, Phòng Tổ chức "
             "cán bộ", "Tháng 9/2026", "Hội nghị"),
            ("2", "Lồng ghép giáo dục pháp luật trong môn Giáo dục công dân, Giáo dục kinh tế và pháp luật",
             "Chủ trì: Phòng Giáo dục phổ thông\nPhối hợp: Các trường trung học phổ thông",
             "Tháng 9/2026 - tháng 5/2027", "Báo cáo đánh giá"),
            ("3", "Tổ chức Cuộc thi tìm hiểu pháp luật trực tuyến dành cho học sinh",
             "Chủ trì: Phòng Giáo dục phổ thông\nPhối hợp: Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh; "
             "Sở Khoa học và Công nghệ", "Tháng 11/2026 - tháng 01/2027", "Cuộc thi"),
            ("4", "Bồi dưỡng kiến thức pháp luật về giáo dục cho cán bộ quản lý trường học",
             "Chủ trì: Phòng Tổ chức cán bộ\nPhối hợp: Trường Chính trị tỉnh", "Quý I/2027",
             "Lớp bồi dưỡng"),
            ("5", "Phổ biến pháp luật về an toàn giao thông, phòng chống đuối nước trong hè",
             "Chủ trì: Phòng Chính trị, tư tưởng\nPhối hợp: Công an tỉnh, Ủy ban nhân dân các xã, "
             "phường", "Tháng 5/2027", "Tài liệu tuyên truyền"),
            ("6", "Kiểm tra việc thực hiện quy chế dân chủ và công tác pháp chế tại các đơn vị",
             "Chủ trì: Thanh tra Sở\nPhối hợp: Văn phòng Sở", "Tháng 3 - tháng 4/2027",
             "Kết luận kiểm tra"),
            ("7", "Sơ kết, tổng kết công tác PBGDPL năm học", "Chủ trì: Văn phòng Sở\nPhối hợp: Các đơn "
             "vị trực thuộc Sở", "Trước ngày 15/6/2027", "Báo cáo tổng kết"),
        ), widths=(8, 62, 54, 30, 26)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
    ]
    + _end(
        ["1. Các phòng chuyên môn, đơn vị trực thuộc Sở căn cứ Kế hoạch triển khai thực hiện.",
         "2. Các trường báo cáo sơ kết học kỳ I trước ngày 10/01/2027, tổng kết năm học trước ngày "
         "31/5/2027 về Sở (qua Văn phòng Sở)."],
        ["Bộ GD&ĐT (b/c);", "Sở Tư pháp;", "Các đơn vị trực thuộc;", "Lưu: VT, VP."],
        "GIÁM ĐỐC", "Thái Văn Thành",
    ),
    [
        Exp("Quán triệt văn bản pháp luật mới", ("Văn phòng Sở",),
            ("Phòng Giáo dục phổ thông", "Phòng Tổ chức cán bộ"), "2026-09-30"),
        Exp("Lồng ghép giáo dục pháp luật trong", ("Phòng Giáo dục phổ thông",),
            ("Các trường trung học phổ thông",), "2027-05-31"),
        Exp("Tổ chức Cuộc thi tìm hiểu pháp luật", ("Phòng Giáo dục phổ thông",),
            ("Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh", "Sở Khoa học và Công nghệ"), "2027-01-31"),
        Exp("Bồi dưỡng kiến thức pháp luật về giáo dục", ("Phòng Tổ chức cán bộ",),
            ("Trường Chính trị tỉnh",), "2027-03-31"),
        Exp("Phổ biến pháp luật về an toàn giao thông", ("Phòng Chính trị, tư tưởng",),
            ("Công an tỉnh", "Ủy ban nhân dân các xã, phường"), "2027-05-31"),
        Exp("Kiểm tra việc thực hiện quy chế", ("Thanh tra Sở",), ("Văn phòng Sở",), "2027-04-30"),
        Exp("Sơ kết, tổng kết công tác PBGDPL", ("Văn phòng Sở",), ("Các đơn vị trực thuộc Sở",),
            "2027-06-15"),
    ],
)


# ------------------------------------------------------------------ 5. UBND phường, prose + table
PLAN_PHUONG = Plan(
    "set26_phuong_haiphong",
    _header(
        "ỦY BAN NHÂN DÂN", "PHƯỜNG HỒNG BÀNG", "27/KH-UBND", "Hồng Bàng, ngày 03 tháng 3 năm 2026",
        "Tuyên truyền, phổ biến pháp luật về trật tự đô thị, bảo vệ môi trường",
        "trên địa bàn phường năm 2026",
    )
    + [
        P("Căn cứ Luật Tổ chức chính quyền địa phương năm 2025; Kế hoạch số 88/KH-UBND ngày 10/02/2026 "
          "của UBND thành phố Hải Phòng; Nghị quyết số 05/NQ-HĐND ngày 20/01/2026 của HĐND phường, UBND "
          "phường Hồng Bàng xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Nâng cao ý thức chấp hành pháp luật về trật tự đô thị, vệ sinh môi trường của người dân, hộ "
          "kinh doanh trên địa bàn."),
        P("- Các hoạt động được triển khai đồng bộ, thiết thực, không phô trương hình thức."),
        P("II. NHIỆM VỤ, GIẢI PHÁP", bold=True),
        P("1. Nhiệm vụ chung", bold=True),
        P("1.1. Xây dựng tài liệu hỏi - đáp pháp luật về trật tự đô thị, lấn chiếm vỉa hè"),
        P("- Chủ trì thực hiện: Phòng Kinh tế, Hạ tầng và Đô thị."),
        P("- Phối hợp: Văn phòng HĐND và UBND phường; Công an phường."),
        P("- Thời hạn: Quý II/2026."),
        P("1.2. Tuyên truyền trên cổng thông tin điện tử và mạng xã hội của phường. Chủ trì thực hiện: "
          "Phòng Văn hóa - Xã hội; phối hợp: Trung tâm Dịch vụ tổng hợp phường. Thời hạn: thường xuyên."),
        P("1.3. Kiểm tra, xử lý vi phạm gắn với tuyên truyền, nhắc nhở"),
        P("Công an phường chủ trì; Phòng Kinh tế, Hạ tầng và Đô thị, các tổ dân phố phối hợp thực hiện "
          "hằng tháng."),
        P("2. Các hoạt động cụ thể", bold=True),
        P("Các hoạt động tuyên truyền cụ thể được phân công tại bảng sau:"),
        T((
            ("Hoạt động", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Ghi chú"),
            ("Hội nghị phổ biến pháp luật cho hộ kinh doanh tuyến phố Hoàng Văn Thụ, Minh Khai",
             "Phòng Kinh tế, Hạ tầng và Đô thị", "Ủy ban Mặt trận Tổ quốc Việt Nam phường",
             "Tháng 4/2026", "02 hội nghị"),
            ("Ra quân tuyên truyền \"Tuyến phố văn minh\" kết hợp vệ sinh môi trường",
             "Đoàn Thanh niên phường", "Hội Liên hiệp Phụ nữ phường\nHội Cựu chiến binh phường",
             "Tháng 6 - 8/2026", "Chiến dịch hè"),
            ("Phát tờ gấp, pano, áp phích tại khu dân cư", "Trung tâm Dịch vụ tổng hợp phường",
             "Các tổ dân phố", "Quý II và quý III/2026", ""),
            ("Sơ kết 6 tháng, tổng kết năm thực hiện Kế hoạch", "Văn phòng HĐND và UBND phường",
             "Các phòng chuyên môn", "Tháng 12/2026", "Báo cáo"),
        ), widths=(60, 36, 40, 24, 22)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
    ]
    + _end(
        ["Các đơn vị được giao nhiệm vụ báo cáo kết quả về UBND phường (qua Phòng Văn hóa - Xã hội) "
         "trước ngày 15/6/2026 và trước ngày 15/11/2026."],
        ["UBND thành phố (b/c);", "TT Đảng ủy phường;", "Các đơn vị liên quan;", "Lưu: VT."],
        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Vũ Thị Thu Hà",
    ),
    [
        Exp("Xây dựng tài liệu hỏi - đáp", ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Văn phòng HĐND và UBND phường", "Công an phường"), "2026-06-30"),
        Exp("Tuyên truyền trên cổng thông tin", ("Phòng Văn hóa - Xã hội",),
            ("Trung tâm Dịch vụ tổng hợp phường",), "2026-12-31"),
        Exp("Kiểm tra, xử lý vi phạm gắn", ("Công an phường",),
            ("Phòng Kinh tế, Hạ tầng và Đô thị", "các tổ dân phố"), "2026-12-31"),
        Exp("Hội nghị phổ biến pháp luật cho hộ", ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam phường",), "2026-04-30"),
        Exp("Ra quân tuyên truyền \"Tuyến phố", ("Đoàn Thanh niên phường",),
            ("Hội Liên hiệp Phụ nữ phường", "Hội Cựu chiến binh phường"), "2026-08-31"),
        Exp("Phát tờ gấp, pano, áp phích", ("Trung tâm Dịch vụ tổng hợp phường",), ("Các tổ dân phố",),
            "2026-09-30"),
        Exp("Sơ kết 6 tháng, tổng kết năm", ("Văn phòng HĐND và UBND phường",), ("Các phòng chuyên môn",),
            "2026-12-31"),
    ],
)


# ------------------------------------------------------------------ 6. HĐPH tỉnh Quảng Trị
PLAN_HDPH = Plan(
    "set26_hdph_quangtri",
    _header(
        "UBND TỈNH QUẢNG TRỊ", "HỘI ĐỒNG PHỐI HỢP PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT", "03/KH-HĐPH",
        "Quảng Trị, ngày 26 tháng 02 năm 2026",
        "Hoạt động của Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh", "năm 2026",
    )
    + [
        P("Căn cứ Quyết định số 25/2024/QĐ-TTg ngày 22/12/2024 của Thủ tướng Chính phủ quy định về Hội "
          "đồng phối hợp phổ biến, giáo dục pháp luật; Quyết định số 412/QĐ-UBND ngày 08/02/2026 của UBND "
          "tỉnh về kiện toàn Hội đồng phối hợp PBGDPL tỉnh, Hội đồng ban hành Kế hoạch hoạt động năm 2026 "
          "như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Phát huy vai trò tham mưu, phối hợp của Hội đồng; phân công cụ thể cho các thành viên."),
        P("II. NỘI DUNG HOẠT ĐỘNG", bold=True),
        T((
            ("STT", "Nội dung", "Thời gian", "Cơ quan chủ trì", "Cơ quan phối hợp", "Ghi chú"),
            ("A", "Hoạt động chung của Hội đồng", "", "", "", ""),
            ("1", "Tổ chức phiên họp định kỳ của Hội đồng phối hợp PBGDPL tỉnh", "Tháng 7/2026 và "
             "tháng 12/2026", "Sở Tư pháp (Cơ quan thường trực Hội đồng)", "Các thành viên Hội đồng", ""),
            ("2", "Kiểm tra, khảo sát công tác PBGDPL tại một số sở, ngành và xã, phường",
             "Quý III/2026", "Sở Tư pháp", "Văn phòng UBND tỉnh\nSở Nội vụ\nThanh tra tỉnh",
             "Theo kế hoạch riêng"),
            ("B", "Hoạt động của các thành viên", "", "", "", ""),
            ("3", "Phổ biến pháp luật về bảo hiểm xã hội, bảo hiểm y tế cho người lao động tại các khu "
             "công nghiệp", "Quý II/2026", "Sở Nội vụ", "Liên đoàn Lao động tỉnh\nBảo hiểm xã hội tỉnh",
             ""),
            ("4", "Tuyên truyền pháp luật về biển, đảo, biên giới quốc gia", "Thường xuyên",
             "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Bộ Chỉ huy Quân sự tỉnh; Sở Ngoại vụ;\nUBND các xã "
             "biên giới, ven biển", ""),
            ("5", "Phổ biến pháp luật về phòng, chống tội phạm công nghệ cao, lừa đảo trên không gian "
             "mạng", "Quý II - Quý IV/2026", "Công an tỉnh", "Sở Khoa học và Công nghệ, Báo và Phát "
             "thanh, Truyền hình Quảng Trị", ""),
            ("6", "Tổ chức Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2026",
             "Tháng 11/2026", "Sở Tư pháp", "Các sở, ban, ngành, đoàn thể tỉnh", "Hưởng ứng 09/11"),
            ("7", "Phổ biến các văn bản pháp luật mới về tôn giáo, tín ngưỡng",
             "Sau khi Chính phủ ban hành nghị định hướng dẫn", "Sở Dân tộc và Tôn giáo",
             "Sở Nội vụ; Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", ""),
        ), widths=(8, 58, 28, 34, 44, 20)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
    ]
    + _end(
        ["1. Các thành viên Hội đồng chủ động triển khai nhiệm vụ được phân công.",
         "2. Báo cáo kết quả gửi Sở Tư pháp (Cơ quan thường trực Hội đồng) trước ngày 10/6/2026 (6 tháng) "
         "và trước ngày 20/11/2026 (năm)."],
        ["Hội đồng PHPBGDPL Trung ương (b/c);", "UBND tỉnh (b/c);", "Thành viên Hội đồng;", "Lưu: VT, HĐ."],
        "TM. HỘI ĐỒNG\nCHỦ TỊCH\nPHÓ CHỦ TỊCH UBND TỈNH", "Hoàng Nam",
    ),
    [
        Exp("Tổ chức phiên họp định kỳ của Hội đồng", ("Sở Tư pháp",), ("Các thành viên Hội đồng",),
            "2026-12-31"),
        Exp("Kiểm tra, khảo sát công tác PBGDPL", ("Sở Tư pháp",),
            ("Văn phòng UBND tỉnh", "Sở Nội vụ", "Thanh tra tỉnh"), "2026-09-30"),
        Exp("Phổ biến pháp luật về bảo hiểm xã hội", ("Sở Nội vụ",),
            ("Liên đoàn Lao động tỉnh", "Bảo hiểm xã hội tỉnh"), "2026-06-30"),
        Exp("Tuyên truyền pháp luật về biển, đảo", ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh",),
            ("Bộ Chỉ huy Quân sự tỉnh", "Sở Ngoại vụ", "UBND các xã biên giới, ven biển"), "2026-12-31"),
        Exp("Phổ biến pháp luật về phòng, chống tội phạm", ("Công an tỉnh",),
            ("Sở Khoa học và Công nghệ", "Báo và Phát thanh, Truyền hình Quảng Trị"), "2026-12-31"),
        Exp("Tổ chức Ngày Pháp luật nước", ("Sở Tư pháp",), ("Các sở, ban, ngành, đoàn thể tỉnh",),
            "2026-11-30"),
        Exp("Phổ biến các văn bản pháp luật mới về tôn giáo", ("Sở Dân tộc và Tôn giáo",),
            ("Sở Nội vụ", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"), "2026-12-31", on_request=True),
    ],
)


# ------------------------------------------------------------------ 7. Sở Y tế Gia Lai, lead column first
PLAN_YT = Plan(
    "set26_syt_gialai",
    _header(
        "UBND TỈNH GIA LAI", "SỞ Y TẾ", "402/KH-SYT", "Gia Lai, ngày 09 tháng 02 năm 2026",
        "Tuyên truyền, phổ biến pháp luật về y tế", "năm 2026",
    )
    + [
        P("Căn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15; Luật Dược số 44/2024/QH15 sửa đổi, bổ sung; "
          "Kế hoạch số 76/KH-UBND ngày 21/01/2026 của UBND tỉnh Gia Lai; Kế hoạch số 19/KH-BYT ngày "
          "08/01/2026 của Bộ Y tế, Sở Y tế ban hành Kế hoạch tuyên truyền, phổ biến pháp luật năm 2026 "
          "như sau:"),
    ]
    + _purpose([
        "Cán bộ, viên chức, người lao động ngành Y tế nắm vững quy định pháp luật về y tế.",
        "Người dân hiểu rõ quyền, nghĩa vụ khi khám bệnh, chữa bệnh, tham gia bảo hiểm y tế.",
        "Tuyên truyền đúng đối tượng, nội dung ngắn gọn, dễ hiểu.",
        "Phối hợp chặt chẽ giữa các đơn vị trong và ngoài ngành.",
    ])
    + [
        P("II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        T((
            ("STT", "Đơn vị chủ trì", "Nội dung hoạt động", "Đơn vị phối hợp", "Thời gian hoàn thành",
             "Kinh phí"),
            ("1", "Phòng Nghiệp vụ Y", "Phổ biến Luật Khám bệnh, chữa bệnh và các nghị định hướng dẫn "
             "cho người hành nghề", "Các bệnh viện tuyến tỉnh; Trung tâm Y tế các khu vực", "Quý II/2026",
             "Nguồn chi thường xuyên"),
            ("2", "Phòng Nghiệp vụ Dược", "Tập huấn quy định mới về quản lý giá thuốc, kinh doanh dược",
             "Hội Dược học tỉnh, các cơ sở kinh doanh dược", "Quý II - quý III/2026", "Xã hội hóa"),
            ("3", "Chi cục An toàn vệ sinh thực phẩm", "Tuyên truyền pháp luật về an toàn thực phẩm "
             "trong \"Tháng hành động vì an toàn thực phẩm\"", "Sở Công thương, Sở Nông nghiệp và Môi "
             "trường, UBND các xã, phường", "Từ 15/4 đến 15/5/2026", "Ngân sách tỉnh"),
            ("4", "Trung tâm Kiểm soát bệnh tật tỉnh", "Truyền thông pháp luật về phòng, chống tác hại "
             "của thuốc lá, rượu bia", "Báo và Phát thanh, Truyền hình Gia Lai", "Quý III/2026",
             "Chương trình mục tiêu"),
            ("5", "Văn phòng Sở", "Đăng tải văn bản quy phạm pháp luật mới về y tế trên Cổng thông tin "
             "điện tử của Sở", "Các phòng chức năng", "Thường xuyên", "Không"),
            ("6", "Thanh tra Sở", "Lồng ghép phổ biến pháp luật trong các đợt thanh tra, kiểm tra chuyên "
             "ngành", "Các đơn vị được thanh tra", "Cả năm", "Không"),
        ), widths=(8, 34, 58, 44, 28, 22)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
    ]
    + _end(
        ["Văn phòng Sở là đầu mối theo dõi, tổng hợp. Các đơn vị báo cáo kết quả trước ngày 25/11/2026.",
         "Trong quá trình thực hiện nếu có khó khăn, vướng mắc, đề nghị phản ánh về Sở Y tế (qua Văn "
         "phòng Sở) để xem xét, giải quyết."],
        ["Bộ Y tế (b/c);", "Sở Tư pháp;", "Các đơn vị trực thuộc;", "Lưu: VT, VP."],
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Rơ Châm H'Len",
    ),
    [
        Exp("Phổ biến Luật Khám bệnh, chữa bệnh", ("Phòng Nghiệp vụ Y",),
            ("Các bệnh viện tuyến tỉnh", "Trung tâm Y tế các khu vực"), "2026-06-30"),
        Exp("Tập huấn quy định mới về quản lý", ("Phòng Nghiệp vụ Dược",),
            ("Hội Dược học tỉnh", "các cơ sở kinh doanh dược"), "2026-09-30"),
        Exp("Tuyên truyền pháp luật về an toàn thực phẩm", ("Chi cục An toàn vệ sinh thực phẩm",),
            ("Sở Công thương", "Sở Nông nghiệp và Môi trường", "UBND các xã, phường"), "2026-05-15"),
        Exp("Truyền thông pháp luật về phòng, chống", ("Trung tâm Kiểm soát bệnh tật tỉnh",),
            ("Báo và Phát thanh, Truyền hình Gia Lai",), "2026-09-30"),
        Exp("Đăng tải văn bản quy phạm pháp luật", ("Văn phòng Sở",), ("Các phòng chức năng",),
            "2026-12-31"),
        Exp("Lồng ghép phổ biến pháp luật trong", ("Thanh tra Sở",), ("Các đơn vị được thanh tra",),
            "2026-12-31"),
    ],
)


# ------------------------------------------------------------------ 8. UBND xã (Lào Cai), prose in cells
PLAN_XA_LC = Plan(
    "set26_xa_laocai",
    _header(
        "ỦY BAN NHÂN DÂN", "XÃ BẢO THẮNG", "14/KH-UBND", "Bảo Thắng, ngày 22 tháng 01 năm 2026",
        "Phổ biến, giáo dục pháp luật cho đồng bào dân tộc thiểu số",
        "trên địa bàn xã Bảo Thắng năm 2026",
    )
    + [
        P("Căn cứ Quyết định số 1521/QĐ-TTg ngày 06/10/2022 của Thủ tướng Chính phủ; Kế hoạch số "
          "35/KH-UBND ngày 16/01/2026 của UBND tỉnh Lào Cai về công tác PBGDPL năm 2026;"),
        P("Căn cứ tình hình thực tế của địa phương, UBND xã Bảo Thắng xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("a) Giúp đồng bào dân tộc thiểu số hiểu và chấp hành pháp luật, xóa bỏ hủ tục lạc hậu."),
        P("b) Hình thức tuyên truyền phù hợp phong tục, tập quán, có sử dụng tiếng dân tộc."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG NHIỆM VỤ", bold=True),
        T((
            ("TT", "Hoạt động", "Hình thức", "Trách nhiệm thực hiện", "Thời gian"),
            ("1", "Tuyên truyền pháp luật về hôn nhân và gia đình, phòng chống tảo hôn, hôn nhân cận "
             "huyết thống", "Họp thôn, sinh hoạt cộng đồng", "Công chức Văn hóa - Xã hội chủ trì; Hội "
             "Liên hiệp Phụ nữ xã, Trưởng thôn phối hợp", "Quý II/2026"),
            ("2", "Phổ biến pháp luật về đất đai, bảo vệ và phát triển rừng", "Hội nghị tại thôn",
             "Công chức Nông nghiệp - Môi trường chủ trì, phối hợp với Kiểm lâm địa bàn và Hội Nông dân "
             "xã", "Tháng 3 - tháng 4/2026"),
            ("3", "Tuyên truyền phòng, chống mua bán người, xuất cảnh trái phép", "Tờ rơi song ngữ "
             "Việt - Mông", "Công an xã chủ trì; Đồn Biên phòng Bản Phiệt phối hợp",
             "Quý II, III/2026"),
            ("4", "Phát huy vai trò người có uy tín trong vận động Nhân dân chấp hành pháp luật",
             "Gặp mặt, đối thoại", "Ủy ban Mặt trận Tổ quốc Việt Nam xã chủ trì; Công chức Tư pháp - "
             "Hộ tịch phối hợp", "Tháng 9/2026"),
            ("5", "Xây dựng mô hình \"Thôn không có tảo hôn\" tại thôn Cốc Sâm", "Mô hình điểm",
             "Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội chủ trì; các ban, ngành, đoàn thể xã "
             "phối hợp", "Năm 2026"),
            ("6", "Biên soạn, phát hành tài liệu pháp luật bằng tiếng dân tộc", "Tài liệu, băng đĩa",
             "Công chức Tư pháp - Hộ tịch chủ trì", "Khi được cấp kinh phí bổ sung"),
        ), widths=(8, 58, 30, 64, 26)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
    ]
    + _end(
        ["- Công chức Tư pháp - Hộ tịch có trách nhiệm theo dõi, tổng hợp kết quả, tham mưu UBND xã báo "
         "cáo Sở Tư pháp trước ngày 30/11/2026.",
         "- Kinh phí: từ nguồn ngân sách xã năm 2026 và lồng ghép chương trình mục tiêu quốc gia."],
        ["Sở Tư pháp (b/c);", "Đảng ủy, HĐND xã;", "Các thôn;", "Lưu: VT."],
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Sùng Seo Lử",
    ),
    [
        Exp("Tuyên truyền pháp luật về hôn nhân", ("Công chức Văn hóa - Xã hội",),
            ("Hội Liên hiệp Phụ nữ xã", "Trưởng thôn"), "2026-06-30"),
        Exp("Phổ biến pháp luật về đất đai, bảo vệ", ("Công chức Nông nghiệp - Môi trường",),
            ("Kiểm lâm địa bàn", "Hội Nông dân xã"), "2026-04-30"),
        Exp("Tuyên truyền phòng, chống mua bán người", ("Công an xã",), ("Đồn Biên phòng Bản Phiệt",),
            "2026-09-30"),
        Exp("Phát huy vai trò người có uy tín", ("Ủy ban Mặt trận Tổ quốc Việt Nam xã",),
            ("Công chức Tư pháp - Hộ tịch",), "2026-09-30"),
        Exp("Xây dựng mô hình \"Thôn không", ("Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội",),
            ("các ban, ngành, đoàn thể xã",), "2026-12-31"),
        Exp("Biên soạn, phát hành tài liệu pháp luật", ("Công chức Tư pháp - Hộ tịch",), (),
            "2026-12-31", on_request=True),
    ],
)


# ------------------------------------------------------------------ 9. Sở Tư pháp Huế, Ngày Pháp luật
PLAN_STP = Plan(
    "set26_stp_hue",
    _header(
        "UBND THÀNH PHỐ HUẾ", "SỞ TƯ PHÁP", "96/KH-STP", "Huế, ngày 14 tháng 8 năm 2026",
        "Tổ chức hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam",
        "năm 2026 trên địa bàn thành phố Huế",
    )
    + [
        P("Thực hiện Công văn số 3120/BTP-PBGDPL ngày 25/7/2026 của Bộ Tư pháp về việc tổ chức Ngày Pháp "
          "luật năm 2026; Kế hoạch số 210/KH-UBND ngày 05/8/2026 của UBND thành phố Huế, Sở Tư pháp ban "
          "hành Kế hoạch triển khai như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Tiếp tục đưa Ngày Pháp luật trở thành hoạt động thường niên, tôn vinh Hiến pháp, pháp luật."),
        P("2. Các hoạt động được tổ chức thiết thực, tiết kiệm, tập trung cao điểm từ ngày 01/10 đến "
          "ngày 09/11/2026."),
        P("II. NỘI DUNG, PHÂN CÔNG THỰC HIỆN", bold=True),
        T((
            ("STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", ""),
            ("", "", "", "", "Bắt đầu", "Hoàn thành"),
            ("1", "Tham mưu UBND thành phố ban hành văn bản hướng dẫn tổ chức Ngày Pháp luật năm 2026",
             "Phòng Phổ biến, giáo dục pháp luật", "Văn phòng Sở", "20/8/2026", "31/8/2026"),
            ("2", "Tổ chức Lễ mít tinh hưởng ứng Ngày Pháp luật\n- Địa điểm: Trung tâm Văn hóa - Điện "
             "ảnh thành phố\n- Quy mô: 300 đại biểu", "Phòng Phổ biến, giáo dục pháp luật",
             "Sở Văn hóa và Thể thao; Thành Đoàn Huế;\nTrường Đại học Luật, Đại học Huế", "01/10/2026",
             "09/11/2026"),
            ("3", "Cuộc thi trực tuyến \"Tìm hiểu Hiến pháp và pháp luật\"\nĐối tượng: cán bộ, công chức "
             "và Nhân dân trên địa bàn", "Trung tâm Trợ giúp pháp lý nhà nước", "Sở Khoa học và Công "
             "nghệ, Báo và Phát thanh, Truyền hình Huế", "15/9/2026", "31/10/2026"),
            ("4", "Treo băng rôn, khẩu hiệu, pano tuyên truyền tại trụ sở các cơ quan",
             "Văn phòng Sở", "Các cơ quan, đơn vị thuộc thành phố;\nUBND các xã, phường", "01/11/2026",
             "10/11/2026"),
            ("5", "Tổ chức đối thoại chính sách pháp luật với doanh nghiệp", "Phòng Xây dựng, kiểm tra và "
             "theo dõi thi hành pháp luật", "Hiệp hội Doanh nghiệp thành phố Huế", "Khi được UBND thành "
             "phố đồng ý chủ trương", ""),
            ("6", "Tuyên truyền trên sóng phát thanh, truyền hình và Cổng thông tin điện tử",
             "Báo và Phát thanh, Truyền hình Huế", "Phòng Phổ biến, giáo dục pháp luật", "01/10/2026",
             "15/11/2026"),
            ("7", "Tổng hợp, báo cáo kết quả tổ chức Ngày Pháp luật năm 2026", "Phòng Phổ biến, giáo dục "
             "pháp luật", "Các cơ quan, đơn vị có liên quan", "", "25/11/2026"),
        ), widths=(8, 60, 34, 44, 20, 20)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
    ]
    + _end(
        ["Đề nghị các cơ quan, đơn vị có liên quan phối hợp thực hiện; gửi báo cáo kết quả về Sở Tư pháp "
         "trước ngày 20/11/2026 để tổng hợp, báo cáo UBND thành phố và Bộ Tư pháp."],
        ["Bộ Tư pháp (b/c);", "UBND thành phố (b/c);", "Các sở, ban, ngành;", "Lưu: VT, PBGDPL."],
        "GIÁM ĐỐC", "Phan Thị Minh Hòa",
    ),
    [
        Exp("Tham mưu UBND thành phố ban hành", ("Phòng Phổ biến, giáo dục pháp luật",), ("Văn phòng Sở",),
            "2026-08-31"),
        Exp("Tổ chức Lễ mít tinh hưởng ứng", ("Phòng Phổ biến, giáo dục pháp luật",),
            ("Sở Văn hóa và Thể thao", "Thành Đoàn Huế", "Trường Đại học Luật, Đại học Huế"), "2026-11-09"),
        Exp("Cuộc thi trực tuyến \"Tìm hiểu Hiến pháp", ("Trung tâm Trợ giúp pháp lý nhà nước",),
            ("Sở Khoa học và Công nghệ", "Báo và Phát thanh, Truyền hình Huế"), "2026-10-31"),
        Exp("Treo băng rôn, khẩu hiệu, pano", ("Văn phòng Sở",),
            ("Các cơ quan, đơn vị thuộc thành phố", "UBND các xã, phường"), "2026-11-10"),
        Exp("Tổ chức đối thoại chính sách pháp luật",
            ("Phòng Xây dựng, kiểm tra và theo dõi thi hành pháp luật",),
            ("Hiệp hội Doanh nghiệp thành phố Huế",), "2026-12-31", on_request=True),
        Exp("Tuyên truyền trên sóng phát thanh", ("Báo và Phát thanh, Truyền hình Huế",),
            ("Phòng Phổ biến, giáo dục pháp luật",), "2026-11-15"),
        Exp("Tổng hợp, báo cáo kết quả tổ chức", ("Phòng Phổ biến, giáo dục pháp luật",),
            ("Các cơ quan, đơn vị có liên quan",), "2026-11-25"),
    ],
)


# ------------------------------------------------------------------ 10. UBND tỉnh Đắk Lắk, prose + appendix
PLAN_DL = Plan(
    "set26_ubnd_daklak",
    _header(
        "ỦY BAN NHÂN DÂN", "TỈNH ĐẮK LẮK", "133/KH-UBND", "Đắk Lắk, ngày 12 tháng 3 năm 2026",
        "Thực hiện Đề án \"Tăng cường phổ biến, giáo dục pháp luật cho đồng bào dân tộc",
        "thiểu số trên địa bàn tỉnh\" năm 2026",
    )
    + [
        P("Căn cứ Quyết định số 1898/QĐ-TTg ngày 28/11/2017 của Thủ tướng Chính phủ; Quyết định số "
          "1719/QĐ-TTg ngày 14/10/2021 phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội "
          "vùng đồng bào dân tộc thiểu số và miền núi; Nghị quyết số 16/NQ-HĐND ngày 18/12/2025 của HĐND "
          "tỉnh, UBND tỉnh ban hành Kế hoạch như sau:"),
    ]
    + _purpose([
        "Nâng cao hiểu biết pháp luật của đồng bào dân tộc thiểu số, góp phần ổn định an ninh, trật tự.",
        "Đổi mới hình thức phổ biến pháp luật phù hợp văn hóa các dân tộc Ê Đê, M'Nông, Gia Rai.",
        "Xác định rõ trách nhiệm của cơ quan chủ trì, phối hợp.",
        "Lồng ghép với các chương trình, đề án khác đang triển khai trên địa bàn.",
    ])
    + [
        P("II. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True),
        P("1. Nhiệm vụ chung", bold=True),
        P("a) Rà soát, đánh giá nhu cầu tìm hiểu pháp luật của đồng bào dân tộc thiểu số. Giao Sở Dân tộc "
          "và Tôn giáo chủ trì, phối hợp với Sở Tư pháp, Ủy ban nhân dân các xã vùng đồng bào dân tộc thiểu "
          "số thực hiện trong quý II/2026."),
        P("b) Củng cố, nâng cao năng lực đội ngũ người có uy tín, già làng tham gia phổ biến pháp luật"),
        P("Sở Dân tộc và Tôn giáo chủ trì; Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và Bộ Chỉ huy Bộ đội "
          "Biên phòng tỉnh phối hợp. Thời gian: tháng 6 - tháng 10/2026."),
        P("c) Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh lồng "
          "ghép phổ biến pháp luật trong sinh hoạt của hội viên, đoàn viên ở buôn, bon. Thực hiện thường "
          "xuyên trong năm."),
        P("2. Nhiệm vụ cụ thể", bold=True),
        P("Các nhiệm vụ cụ thể năm 2026 được phân công tại Phụ lục kèm theo Kế hoạch này."),
        P("III. KINH PHÍ", bold=True),
        P("Kinh phí thực hiện được bố trí từ ngân sách tỉnh và Chương trình mục tiêu quốc gia theo quy định."),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Sở Dân tộc và Tôn giáo là cơ quan thường trực, theo dõi, đôn đốc, kiểm tra việc thực hiện."),
        P("2. Các cơ quan, đơn vị báo cáo kết quả về Sở Dân tộc và Tôn giáo trước ngày 15/11/2026 để "
          "tổng hợp, báo cáo UBND tỉnh."),
        P("PHỤ LỤC", bold=True, center=True),
        P("DANH MỤC NHIỆM VỤ CỤ THỂ NĂM 2026", bold=True, center=True),
        P("(Kèm theo Kế hoạch số 133/KH-UBND ngày 12/3/2026 của UBND tỉnh Đắk Lắk)", center=True),
        T((
            ("TT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian", "Sản phẩm"),
            ("1", "Biên soạn sổ tay pháp luật song ngữ Việt - Ê Đê", "Sở Tư pháp",
             "Sở Dân tộc và Tôn giáo; Trường Đại học Tây Nguyên", "Quý III/2026", "3.000 cuốn"),
            ("2", "Phát sóng chuyên mục pháp luật bằng tiếng Ê Đê, M'Nông",
             "Báo và Phát thanh, Truyền hình Đắk Lắk", "Sở Dân tộc và Tôn giáo", "Hằng tháng",
             "Chuyên mục"),
            ("3", "Tổ chức hội nghị phổ biến pháp luật về đất đai, tín ngưỡng, tôn giáo tại các buôn",
             "Sở Dân tộc và Tôn giáo", "Sở Nông nghiệp và Môi trường\nCông an tỉnh\nUBND các xã có "
             "liên quan", "Tháng 4 - tháng 11/2026", "20 hội nghị"),
            ("4", "Trợ giúp pháp lý cho người dân tộc thiểu số tại các xã đặc biệt khó khăn",
             "Trung tâm Trợ giúp pháp lý nhà nước tỉnh", "UBND các xã đặc biệt khó khăn",
             "Cả năm", "Vụ việc trợ giúp"),
        ), widths=(8, 60, 36, 44, 24, 22)),
    ]
    + _end(
        [],
        ["Bộ Tư pháp, Bộ Dân tộc và Tôn giáo (b/c);", "TT Tỉnh ủy, TT HĐND tỉnh;", "Các sở, ngành;",
         "UBND các xã, phường;", "Lưu: VT, NC."],
        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Y Ngông Niê Kđăm",
    ),
    [
        Exp("Rà soát, đánh giá nhu cầu tìm hiểu", ("Sở Dân tộc và Tôn giáo",),
            ("Sở Tư pháp", "Ủy ban nhân dân các xã vùng đồng bào dân tộc thiểu số"), "2026-06-30"),
        Exp("Củng cố, nâng cao năng lực đội ngũ", ("Sở Dân tộc và Tôn giáo",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"), "2026-10-31"),
        Exp("Đề nghị Ủy ban Mặt trận Tổ quốc",
            ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "các tổ chức chính trị - xã hội tỉnh"), (),
            "2026-12-31"),
        Exp("Biên soạn sổ tay pháp luật song ngữ", ("Sở Tư pháp",),
            ("Sở Dân tộc và Tôn giáo", "Trường Đại học Tây Nguyên"), "2026-09-30"),
        Exp("Phát sóng chuyên mục pháp luật bằng", ("Báo và Phát thanh, Truyền hình Đắk Lắk",),
            ("Sở Dân tộc và Tôn giáo",), "2026-12-31"),
        Exp("Tổ chức hội nghị phổ biến pháp luật về đất đai", ("Sở Dân tộc và Tôn giáo",),
            ("Sở Nông nghiệp và Môi trường", "Công an tỉnh", "UBND các xã có liên quan"), "2026-11-30"),
        Exp("Trợ giúp pháp lý cho người dân tộc", ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh",),
            ("UBND các xã đặc biệt khó khăn",), "2026-12-31"),
    ],
)


PLANS: list[Plan] = [
    PLAN_PT, PLAN_NNMT, PLAN_XA_TN, PLAN_GD, PLAN_PHUONG, PLAN_HDPH, PLAN_YT, PLAN_XA_LC, PLAN_STP, PLAN_DL,
]
