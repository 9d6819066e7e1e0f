"""Held-out evaluation set 54: ten PBGDPL plans written for this set only, answers typed by hand.

1. UBND tỉnh Quảng Trị (2026): roman sections, PLAIN (non-bold) numbered task headings, inline labels
   "Đơn vị chủ trì: …; đơn vị phối hợp: …; thời gian: …", one event-triggered task.
2. UBND xã Hòa Vang (Đà Nẵng): table STT | Nội dung | Chủ trì | Phối hợp | Thời gian | Ghi chú, group rows
   with roman numerals, plain prose around it.
3. Hội LHPN tỉnh Lâm Đồng: prose assignments "Ban Tuyên giáo chủ trì, phối hợp với …", plain "a)" headings.
4. Sở Y tế Thành phố Huế: MIX — prose numbered tasks with labels on own lines, then a table of tasks
   (Nội dung | Đơn vị thực hiện | Đơn vị phối hợp | Sản phẩm | Thời gian).
5. Hội Nông dân tỉnh Gia Lai: "-" tasks (plain), "+ Chủ trì:" / "+ Phối hợp:" / "+ Thời gian:" bullets.
6. Sở GD&ĐT tỉnh Tây Ninh, năm học 2026-2027: 2-row table header, no STT, columns
   Nội dung | Thời gian | Đơn vị thực hiện (Chủ trì | Phối hợp) | Kinh phí.
7. UBND phường Long Biên (Hà Nội): items with several assignment blocks ("Giao …", "Đề nghị …"),
   plain headings, persons as units.
8. Tỉnh Đoàn Nghệ An: bold "1.1." headings, labels "Cơ quan thực hiện:", "Tiến độ:", month ranges.
9. Bảo hiểm xã hội tỉnh Khánh Hòa: MIX — prose tasks "X có trách nhiệm …"
   in one section and a task table with "Sản phẩm" column and no STT in another; quarter timeframes.
10. Liên đoàn Lao động tỉnh Thanh Hóa, plan 2027 issued 12/2026: PLAIN headings, "+" tasks,
    "Chủ trì thực hiện:" / "Thời hạn:" labels, long unit lists mixing ",", ";" and "và".
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T, _header


def _end(lines: list[str], recipients: list[str], role: str, signer: str, head: str) -> list[P | T]:
    out: list[P | T] = [P(head, bold=True)]
    out += [P(x) for x in lines]
    out += [P("Nơi nhận:")] + [P(x) for x in recipients]
    out += [P(role, bold=True, center=True), P(signer, bold=True, center=True)]
    return out


# ------------------------------------------------------------------ 1. UBND tỉnh Quảng Trị
PLAN_QT = Plan(
    name="ubnd_quang_tri_plain_inline",
    blocks=_header(
        "ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "45/KH-UBND", "Quảng Trị, ngày 20 tháng 01 năm 2026",
        "Phổ biến, giáo dục pháp luật; hòa giải ở cơ sở",
        "và xây dựng cấp xã đạt chuẩn tiếp cận pháp luật năm 2026",
    ) + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;"),
        P("Căn cứ Quyết định số 1521/QĐ-TTg ngày 06/10/2022 của Thủ tướng Chính phủ ban hành Kế hoạch triển "
          "khai thực hiện Kết luận số 80-KL/TW;"),
        P("Căn cứ Kế hoạch số 03/KH-HĐPH ngày 08/01/2026 của Hội đồng phối hợp PBGDPL tỉnh, Ủy ban nhân dân "
          "tỉnh ban hành Kế hoạch thực hiện như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU"),
        P("1. Triển khai kịp thời, hiệu quả các văn bản pháp luật mới ban hành đến cán bộ và Nhân dân."),
        P("2. Gắn công tác PBGDPL với nhiệm vụ chính trị của từng cơ quan, đơn vị, địa phương."),
        P("II. NHIỆM VỤ VÀ GIẢI PHÁP"),
        P("1. Tổ chức phổ biến các luật, nghị quyết mới được Quốc hội khóa XVI thông qua"),
        P("Đơn vị chủ trì: Sở Tư pháp; đơn vị phối hợp: các sở, ban, ngành tỉnh, UBND các xã, phường; "
          "thời gian: Quý I, II năm 2026."),
        P("2. Biên soạn, phát hành tài liệu pháp luật song ngữ Việt - Vân Kiều, Việt - Pa Kô"),
        P("Đơn vị chủ trì: Ban Dân tộc tỉnh; đơn vị phối hợp: Sở Tư pháp, Sở Văn hóa, Thể thao và Du lịch; "
          "thời gian: tháng 3 - tháng 9/2026."),
        P("3. Thông tin, truyền thông chính sách có tác động lớn đến xã hội trong quá trình "
          "xây dựng dự thảo"),
        P("Đơn vị chủ trì: các cơ quan chủ trì soạn thảo văn bản quy phạm pháp luật; đơn vị phối hợp: "
          "Báo và Phát thanh, Truyền hình Quảng Trị; thời gian: khi có dự thảo văn bản lấy ý kiến."),
        P("4. Kiện toàn, củng cố tổ hòa giải và bồi dưỡng nghiệp vụ cho hòa giải viên ở cơ sở"),
        P("Đơn vị chủ trì: UBND các xã, phường và UBND đặc khu Cồn Cỏ; đơn vị phối hợp: "
          "Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã; thời gian: thường xuyên."),
        P("5. Đánh giá, công nhận xã, phường đạt chuẩn tiếp cận pháp luật năm 2026"),
        P("Đơn vị chủ trì: Chủ tịch UBND các xã, phường; đơn vị phối hợp: Sở Tư pháp, Sở Nội vụ; "
          "thời gian: trước ngày 15/12/2026."),
        P("6. Tổ chức Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam (09/11)"),
        P("Đơn vị chủ trì: Hội đồng phối hợp PBGDPL tỉnh; đơn vị phối hợp: Sở Tư pháp, Công an tỉnh, "
          "Bộ Chỉ huy Quân sự tỉnh; thời gian: tháng 10, 11/2026."),
        P("7. Ứng dụng chuyển đổi số trong phổ biến pháp luật trên Cổng thông tin điện tử tỉnh"),
        P("Đơn vị chủ trì: Sở Khoa học và Công nghệ; đơn vị phối hợp: Văn phòng UBND tỉnh, Sở Tư pháp; "
          "thời gian: năm 2026."),
    ] + _end(
        ["Các sở, ban, ngành tỉnh, UBND các xã, phường căn cứ Kế hoạch này xây dựng kế hoạch cụ thể, "
         "báo cáo kết quả về Sở Tư pháp trước ngày 20/11/2026 để tổng hợp."],
        ["- Bộ Tư pháp;", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Lưu: VT, NC."],
        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hoàng Nam", "III. TỔ CHỨC THỰC HIỆN",
    ),
    expected=[
        Exp("Tổ chức phổ biến các luật, nghị quyết mới", ("Sở Tư pháp",),
            ("các sở, ban, ngành tỉnh", "UBND các xã, phường"), "2026-06-30"),
        Exp("Biên soạn, phát hành tài liệu pháp luật song ngữ", ("Ban Dân tộc tỉnh",),
            ("Sở Tư pháp", "Sở Văn hóa, Thể thao và Du lịch"), "2026-09-30"),
        Exp("Thông tin, truyền thông chính sách có tác động",
            ("các cơ quan chủ trì soạn thảo văn bản quy phạm pháp luật",),
            ("Báo và Phát thanh, Truyền hình Quảng Trị",), "2026-12-31", True),
        Exp("Kiện toàn, củng cố tổ hòa giải", ("UBND các xã, phường", "UBND đặc khu Cồn Cỏ"),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã",), "2026-12-31"),
        Exp("Đánh giá, công nhận xã, phường đạt chuẩn", ("Chủ tịch UBND các xã, phường",),
            ("Sở Tư pháp", "Sở Nội vụ"), "2026-12-15"),
        Exp("Tổ chức Ngày Pháp luật nước Cộng hòa", ("Hội đồng phối hợp PBGDPL tỉnh",),
            ("Sở Tư pháp", "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh"), "2026-11-30"),
        Exp("Ứng dụng chuyển đổi số trong phổ biến pháp luật", ("Sở Khoa học và Công nghệ",),
            ("Văn phòng UBND tỉnh", "Sở Tư pháp"), "2026-12-31"),
    ],
)

# ------------------------------------------------------------------ 2. UBND xã Hòa Vang
_T2 = T((
    ("STT", "Nội dung công việc", "Chủ trì", "Phối hợp", "Thời gian", "Ghi chú"),
    ("I", "Phổ biến pháp luật cho cán bộ, công chức", "", "", "", ""),
    ("1", "Quán triệt các văn bản pháp luật mới về tổ chức chính quyền địa phương hai cấp",
     "Văn phòng HĐND và UBND xã", "Phòng Kinh tế; Phòng Văn hóa - Xã hội", "Quý I/2026", ""),
    ("2", "Tập huấn kỹ năng giải quyết thủ tục hành chính trên môi trường điện tử",
     "Trung tâm Phục vụ hành chính công xã", "Văn phòng HĐND và UBND xã", "Tháng 4/2026",
     "Lồng ghép hội nghị"),
    ("II", "Phổ biến pháp luật cho Nhân dân", "", "", "", ""),
    ("3", "Tuyên truyền pháp luật về đất đai, bảo vệ môi trường tại các thôn",
     "Phòng Kinh tế", "Trưởng thôn các thôn, Hội Nông dân xã", "Tháng 5 - 8/2026", ""),
    ("4", "Phổ biến pháp luật phòng, chống ma túy, an ninh trật tự cho thanh niên",
     "Công an xã", "Đoàn Thanh niên xã, Ban Chỉ huy Quân sự xã", "Quý II, III/2026", ""),
    ("5", "Tổ chức hòa giải ở cơ sở và cập nhật số liệu hòa giải thành",
     "Công chức Tư pháp - Hộ tịch", "Các tổ hòa giải", "Thường xuyên", "Báo cáo 6 tháng"),
    ("6", "Phát thanh chuyên mục \"Pháp luật với cuộc sống\" trên hệ thống loa truyền thanh",
     "Phòng Văn hóa - Xã hội", "", "Hằng tháng", ""),
    ("7", "Tuyên truyền pháp luật bầu cử khi có hướng dẫn của cấp trên",
     "Văn phòng HĐND và UBND xã", "Ủy ban MTTQ Việt Nam xã", "Theo hướng dẫn của UBND thành phố",
     ""),
), widths=(8, 50, 30, 30, 22, 20))
PLAN_HV = Plan(
    name="xa_hoa_vang_table_groups",
    blocks=_header(
        "UBND THÀNH PHỐ ĐÀ NẴNG", "ỦY BAN NHÂN DÂN XÃ HÒA VANG", "12/KH-UBND",
        "Hòa Vang, ngày 15 tháng 01 năm 2026", "Công tác phổ biến, giáo dục pháp luật năm 2026", "",
    ) + [
        P("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;"),
        P("Căn cứ Kế hoạch số 210/KH-UBND ngày 30/12/2025 của UBND thành phố Đà Nẵng về công tác PBGDPL "
          "năm 2026;"),
        P("UBND xã xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Nâng cao nhận thức, ý thức chấp hành pháp luật của cán bộ và Nhân dân trên địa bàn xã; bảo đảm "
          "thiết thực, tiết kiệm, phù hợp điều kiện địa phương."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        P("(Có bảng phân công chi tiết kèm theo)"),
        _T2,
    ] + _end(
        ["Công chức Tư pháp - Hộ tịch tham mưu theo dõi, đôn đốc thực hiện; báo cáo kết quả về UBND xã "
         "trước ngày 25/11/2026."],
        ["- Sở Tư pháp;", "- TT Đảng ủy, HĐND xã;", "- Lưu: VT."],
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Lê Văn Tám", "III. TỔ CHỨC THỰC HIỆN",
    ),
    expected=[
        Exp("Quán triệt các văn bản pháp luật mới", ("Văn phòng HĐND và UBND xã",),
            ("Phòng Kinh tế", "Phòng Văn hóa - Xã hội"), "2026-03-31"),
        Exp("Tập huấn kỹ năng giải quyết thủ tục", ("Trung tâm Phục vụ hành chính công xã",),
            ("Văn phòng HĐND và UBND xã",), "2026-04-30"),
        Exp("Tuyên truyền pháp luật về đất đai", ("Phòng Kinh tế",),
            ("Trưởng thôn các thôn", "Hội Nông dân xã"), "2026-08-31"),
        Exp("Phổ biến pháp luật phòng, chống ma túy", ("Công an xã",),
            ("Đoàn Thanh niên xã", "Ban Chỉ huy Quân sự xã"), "2026-09-30"),
        Exp("Tổ chức hòa giải ở cơ sở", ("Công chức Tư pháp - Hộ tịch",), ("Các tổ hòa giải",), "2026-12-31"),
        Exp("Phát thanh chuyên mục \"Pháp luật với cuộc sống\"", ("Phòng Văn hóa - Xã hội",), (),
            "2026-12-31"),
        Exp("Tuyên truyền pháp luật bầu cử khi có", ("Văn phòng HĐND và UBND xã",),
            ("Ủy ban MTTQ Việt Nam xã",), "2026-12-31", True),
    ],
)

# ------------------------------------------------------------------ 3. Hội LHPN tỉnh Lâm Đồng
PLAN_LHPN = Plan(
    name="hoi_phu_nu_lam_dong_prose",
    blocks=_header(
        "HỘI LHPN VIỆT NAM", "BAN THƯỜNG VỤ HỘI LHPN TỈNH LÂM ĐỒNG", "08/KH-HPN",
        "Lâm Đồng, ngày 03 tháng 02 năm 2026",
        "Tuyên truyền, phổ biến, giáo dục pháp luật cho hội viên, phụ nữ năm 2026", "",
    ) + [
        P("Căn cứ Điều lệ Hội LHPN Việt Nam; Chỉ thị số 32-CT/TW ngày 09/12/2003 của Ban Bí thư;"),
        P("Căn cứ Kế hoạch số 05/KH-UBND ngày 10/01/2026 của UBND tỉnh Lâm Đồng,"),
        P("Ban Thường vụ Hội LHPN tỉnh xây dựng kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU"),
        P("- Nâng cao hiểu biết pháp luật của hội viên, phụ nữ, nhất là phụ nữ vùng "
          "đồng bào dân tộc thiểu số."),
        P("- Các hoạt động bảo đảm thiết thực, bám sát nhu cầu của hội viên."),
        P("II. NỘI DUNG HOẠT ĐỘNG"),
        P("1. Tuyên truyền qua các phương tiện thông tin"),
        P("a) Xây dựng chuyên mục \"Phụ nữ với pháp luật\" trên trang thông tin điện tử của Hội"),
        P("Ban Tuyên giáo chủ trì, phối hợp với Văn phòng Hội và Trung tâm Hỗ trợ phụ nữ tỉnh thực hiện; "
          "đăng tải định kỳ hằng tháng."),
        P("b) Phổ biến pháp luật về phòng, chống bạo lực gia đình và mua bán người"),
        P("Ban Gia đình - Xã hội chủ trì; Công an tỉnh, Sở Văn hóa, Thể thao và Du lịch phối hợp. "
          "Thời gian: Quý II/2026."),
        P("2. Tư vấn, trợ giúp pháp lý"),
        P("a) Tổ chức tư vấn pháp luật lưu động tại các xã vùng sâu, vùng xa"),
        P("Giao Trung tâm Hỗ trợ phụ nữ tỉnh chủ trì, phối hợp với Trung tâm Trợ giúp pháp lý nhà nước tỉnh "
          "và Hội LHPN các xã, phường thực hiện trong tháng 6 đến tháng 10/2026."),
        P("b) Duy trì hoạt động các câu lạc bộ \"Phụ nữ với pháp luật\" ở cơ sở"),
        P("Hội LHPN các xã, phường, đặc khu có trách nhiệm duy trì sinh hoạt định kỳ; Ban Tuyên giáo "
          "phối hợp hướng dẫn, kiểm tra. Thời gian: cả năm."),
        P("3. Tập huấn, thi tìm hiểu"),
        P("a) Tập huấn kỹ năng tuyên truyền pháp luật cho báo cáo viên cấp tỉnh và chi hội trưởng"),
        P("Ban Tuyên giáo chủ trì; Sở Tư pháp phối hợp; hoàn thành trước ngày 30/7/2026."),
        P("b) Tổ chức cuộc thi trực tuyến tìm hiểu Luật Bình đẳng giới"),
        P("Ban Tuyên giáo chủ trì, phối hợp với Ban Gia đình - Xã hội; thời gian: tháng 9 - 10/2026."),
        P("c) Lấy ý kiến hội viên đối với dự thảo luật liên quan đến quyền, lợi ích của phụ nữ"),
        P("Ban Chính sách - Luật pháp chủ trì thực hiện khi có đề nghị của Trung ương Hội."),
    ] + _end(
        ["Các ban, đơn vị thuộc Hội LHPN tỉnh, Hội LHPN các xã, phường triển khai thực hiện; báo cáo kết "
         "quả về Ban Tuyên giáo trước ngày 10/12/2026."],
        ["- TW Hội LHPN Việt Nam;", "- Ban Tuyên giáo và Dân vận Tỉnh ủy;", "- Lưu: VT."],
        "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH", "Nguyễn Thị Hạnh", "III. TỔ CHỨC THỰC HIỆN",
    ),
    expected=[
        Exp("Xây dựng chuyên mục \"Phụ nữ với pháp luật\"", ("Ban Tuyên giáo",),
            ("Văn phòng Hội", "Trung tâm Hỗ trợ phụ nữ tỉnh"), "2026-12-31"),
        Exp("Phổ biến pháp luật về phòng, chống bạo lực", ("Ban Gia đình - Xã hội",),
            ("Công an tỉnh", "Sở Văn hóa, Thể thao và Du lịch"), "2026-06-30"),
        Exp("Tổ chức tư vấn pháp luật lưu động", ("Trung tâm Hỗ trợ phụ nữ tỉnh",),
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh", "Hội LHPN các xã, phường"), "2026-10-31"),
        Exp("Duy trì hoạt động các câu lạc bộ", ("Hội LHPN các xã, phường, đặc khu",),
            ("Ban Tuyên giáo",), "2026-12-31"),
        Exp("Tập huấn kỹ năng tuyên truyền pháp luật", ("Ban Tuyên giáo",), ("Sở Tư pháp",), "2026-07-30"),
        Exp("Tổ chức cuộc thi trực tuyến tìm hiểu", ("Ban Tuyên giáo",), ("Ban Gia đình - Xã hội",),
            "2026-10-31"),
        Exp("Lấy ý kiến hội viên đối với dự thảo", ("Ban Chính sách - Luật pháp",), (), "2026-12-31", True),
    ],
)

# ------------------------------------------------------------------ 4. Sở Y tế Thành phố Huế
_T4 = T((
    ("TT", "Nội dung", "Đơn vị thực hiện", "Đơn vị phối hợp", "Sản phẩm", "Thời gian"),
    ("1", "Phổ biến Luật Phòng bệnh và các văn bản hướng dẫn cho cơ sở khám bệnh, chữa bệnh",
     "Phòng Nghiệp vụ Y", "Trung tâm Kiểm soát bệnh tật thành phố", "Hội nghị trực tuyến", "Quý II/2026"),
    ("2", "Tuyên truyền pháp luật về an toàn thực phẩm trong Tháng hành động",
     "Chi cục An toàn vệ sinh thực phẩm", "Sở Công Thương; Sở Nông nghiệp và Môi trường; UBND các xã, "
     "phường", "Tờ gấp, video clip", "Tháng 4 - 5/2026"),
    ("3", "Phổ biến quy định về khám bệnh, chữa bệnh bằng bảo hiểm y tế",
     "Bảo hiểm xã hội thành phố Huế", "Phòng Kế hoạch - Tài chính", "Tài liệu hỏi đáp", "Quý III/2026"),
    ("4", "Kiểm tra việc niêm yết, công khai giá dịch vụ tại các cơ sở y tế",
     "Thanh tra Sở", "Phòng Kế hoạch - Tài chính", "Báo cáo kết quả kiểm tra", "Tháng 10/2026"),
), widths=(8, 55, 30, 35, 25, 22))
PLAN_HUE = Plan(
    name="so_y_te_hue_mix_prose_table",
    blocks=_header(
        "UBND THÀNH PHỐ HUẾ", "SỞ Y TẾ", "156/KH-SYT", "Thành phố Huế, ngày 12 tháng 02 năm 2026",
        "Phổ biến, giáo dục pháp luật ngành Y tế năm 2026", "",
    ) + [
        P("Căn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15;"),
        P("Căn cứ Quyết định số 389/QĐ-BYT ngày 05/02/2026 của Bộ Y tế về công tác PBGDPL năm 2026;"),
        P("Căn cứ Kế hoạch số 22/KH-UBND ngày 20/01/2026 của UBND thành phố Huế;"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Đưa pháp luật về y tế đến với công chức, viên chức, người lao động và người dân; gắn với thực "
          "hiện nhiệm vụ chuyên môn của ngành."),
        P("II. NHIỆM VỤ CHUNG", bold=True),
        P("1. Quán triệt các văn bản quy phạm pháp luật mới trong lĩnh vực y tế cho viên chức toàn ngành"),
        P("Đơn vị chủ trì: Văn phòng Sở"),
        P("Phối hợp: Các phòng chức năng thuộc Sở; các đơn vị sự nghiệp trực thuộc"),
        P("Thời gian thực hiện: Quý I/2026"),
        P("2. Cập nhật Tủ sách pháp luật điện tử chuyên ngành y tế"),
        P("Đơn vị chủ trì: Văn phòng Sở"),
        P("Phối hợp: Trung tâm Y tế các khu vực"),
        P("Thời gian thực hiện: Thường xuyên"),
        P("3. Tổ chức đối thoại chính sách về chế độ phụ cấp đặc thù với viên chức y tế cơ sở"),
        P("Đơn vị chủ trì: Phòng Tổ chức cán bộ"),
        P("Phối hợp: Công đoàn ngành Y tế; Trạm Y tế các xã, phường"),
        P("Thời gian thực hiện: Sau khi Chính phủ ban hành Nghị định sửa đổi chế độ phụ cấp"),
        P("III. NHIỆM VỤ CỤ THỂ", bold=True),
        P("Các nhiệm vụ cụ thể được phân công theo bảng sau:"),
        _T4,
    ] + _end(
        ["Văn phòng Sở là đầu mối theo dõi, tổng hợp; các đơn vị báo cáo kết quả năm trước ngày 15/11/2026."],
        ["- UBND thành phố (b/c);", "- Sở Tư pháp;", "- Lưu: VT, VP."],
        "GIÁM ĐỐC", "Trần Quang Minh", "IV. TỔ CHỨC THỰC HIỆN",
    ),
    expected=[
        Exp("Quán triệt các văn bản quy phạm pháp luật mới", ("Văn phòng Sở",),
            ("Các phòng chức năng thuộc Sở", "các đơn vị sự nghiệp trực thuộc"), "2026-03-31"),
        Exp("Cập nhật Tủ sách pháp luật điện tử", ("Văn phòng Sở",), ("Trung tâm Y tế các khu vực",),
            "2026-12-31"),
        Exp("Tổ chức đối thoại chính sách về chế độ", ("Phòng Tổ chức cán bộ",),
            ("Công đoàn ngành Y tế", "Trạm Y tế các xã, phường"), "2026-12-31", True),
        Exp("Phổ biến Luật Phòng bệnh và các", ("Phòng Nghiệp vụ Y",),
            ("Trung tâm Kiểm soát bệnh tật thành phố",), "2026-06-30"),
        Exp("Tuyên truyền pháp luật về an toàn thực phẩm", ("Chi cục An toàn vệ sinh thực phẩm",),
            ("Sở Công Thương", "Sở Nông nghiệp và Môi trường", "UBND các xã, phường"), "2026-05-31"),
        Exp("Phổ biến quy định về khám bệnh, chữa bệnh", ("Bảo hiểm xã hội thành phố Huế",),
            ("Phòng Kế hoạch - Tài chính",), "2026-09-30"),
        Exp("Kiểm tra việc niêm yết, công khai giá", ("Thanh tra Sở",), ("Phòng Kế hoạch - Tài chính",),
            "2026-10-31"),
    ],
)

# ------------------------------------------------------------------ 5. Hội Nông dân tỉnh Gia Lai
PLAN_HND = Plan(
    name="hoi_nong_dan_gia_lai_plus_labels",
    blocks=_header(
        "HỘI NÔNG DÂN VIỆT NAM", "BCH HỘI NÔNG DÂN TỈNH GIA LAI", "27-KH/HNDT",
        "Gia Lai, ngày 25 tháng 02 năm 2026",
        "Thực hiện công tác tuyên truyền, phổ biến pháp luật và trợ giúp pháp lý cho nông dân năm 2026", "",
    ) + [
        P("Căn cứ Quyết định số 81/QĐ-TTg ngày 14/01/2019 của Thủ tướng Chính phủ;"),
        P("Căn cứ Chương trình phối hợp số 14/CTr-HNDVN-BTP giữa Trung ương Hội Nông dân Việt Nam và Bộ "
          "Tư pháp;"),
        P("I. MỤC ĐÍCH, YÊU CẦU"),
        P("- Giúp hội viên, nông dân hiểu và chấp hành pháp luật, nhất là pháp luật về đất đai, hợp tác xã."),
        P("II. NHIỆM VỤ"),
        P("- Phổ biến Luật Đất đai năm 2024 và các văn bản hướng dẫn cho cán bộ hội cơ sở"),
        P("+ Chủ trì: Ban Tuyên giáo Hội Nông dân tỉnh"),
        P("+ Phối hợp: Sở Nông nghiệp và Môi trường"),
        P("+ Thời gian: Quý I - Quý II/2026"),
        P("- Tổ chức các buổi sinh hoạt chuyên đề pháp luật về hợp tác xã, tổ hợp tác"),
        P("+ Chủ trì: Ban Kinh tế - Xã hội"),
        P("+ Phối hợp: Liên minh Hợp tác xã tỉnh, Hội Nông dân các xã, phường"),
        P("+ Thời gian: tháng 5, tháng 6/2026"),
        P("- Hoạt động của Trung tâm Hỗ trợ nông dân và các điểm tư vấn pháp luật"),
        P("+ Chủ trì: Trung tâm Hỗ trợ nông dân tỉnh"),
        P("+ Phối hợp: Trung tâm Trợ giúp pháp lý nhà nước tỉnh; Đoàn Luật sư tỉnh"),
        P("+ Thời gian: thường xuyên"),
        P("- Phối hợp giải quyết đơn thư khiếu nại, tố cáo của nông dân"),
        P("+ Chủ trì: Ban Kiểm tra Hội Nông dân tỉnh"),
        P("+ Phối hợp: Thanh tra tỉnh"),
        P("+ Thời gian: khi phát sinh đơn thư theo đề nghị của cơ quan có thẩm quyền"),
        P("- Tuyên truyền pháp luật về phòng, chống hàng giả, vật tư nông nghiệp kém chất lượng"),
        P("+ Chủ trì: Ban Tuyên giáo Hội Nông dân tỉnh"),
        P("+ Phối hợp: Sở Công Thương, Công an tỉnh và Báo Gia Lai"),
        P("+ Thời gian: Quý III/2026"),
        P("- Sơ kết 5 năm thực hiện Chương trình phối hợp với ngành Tư pháp"),
        P("+ Chủ trì: Văn phòng Hội Nông dân tỉnh"),
        P("+ Phối hợp: Sở Tư pháp"),
        P("+ Thời gian: trước ngày 30/11/2026"),
    ] + _end(
        ["Hội Nông dân các xã, phường căn cứ kế hoạch xây dựng chương trình hành động, báo cáo kết quả về "
         "Ban Thường vụ Hội Nông dân tỉnh (qua Ban Tuyên giáo) trước ngày 05/12/2026."],
        ["- TW Hội NDVN (b/c);", "- Thường trực Tỉnh ủy;", "- Lưu VP."],
        "T/M BAN THƯỜNG VỤ\nCHỦ TỊCH", "Rơ Mah Tuấn", "III. TỔ CHỨC THỰC HIỆN",
    ),
    expected=[
        Exp("Phổ biến Luật Đất đai năm 2024", ("Ban Tuyên giáo Hội Nông dân tỉnh",),
            ("Sở Nông nghiệp và Môi trường",), "2026-06-30"),
        Exp("Tổ chức các buổi sinh hoạt chuyên đề", ("Ban Kinh tế - Xã hội",),
            ("Liên minh Hợp tác xã tỉnh", "Hội Nông dân các xã, phường"), "2026-06-30"),
        Exp("Hoạt động của Trung tâm Hỗ trợ nông dân", ("Trung tâm Hỗ trợ nông dân tỉnh",),
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh", "Đoàn Luật sư tỉnh"), "2026-12-31"),
        Exp("Phối hợp giải quyết đơn thư khiếu nại", ("Ban Kiểm tra Hội Nông dân tỉnh",), ("Thanh tra tỉnh",),
            "2026-12-31", True),
        Exp("Tuyên truyền pháp luật về phòng, chống hàng giả", ("Ban Tuyên giáo Hội Nông dân tỉnh",),
            ("Sở Công Thương", "Công an tỉnh", "Báo Gia Lai"), "2026-09-30"),
        Exp("Sơ kết 5 năm thực hiện Chương trình", ("Văn phòng Hội Nông dân tỉnh",), ("Sở Tư pháp",),
            "2026-11-30"),
    ],
)

# ------------------------------------------------------------------ 6. Sở GD&ĐT Tây Ninh 2026-2027
_T6 = T((
    ("Nội dung", "Thời gian", "Đơn vị thực hiện", "", "Kinh phí"),
    ("", "", "Chủ trì", "Phối hợp", ""),
    ("Hoạt động chung", "", "", "", ""),
    ("Hướng dẫn nhiệm vụ PBGDPL năm học 2026-2027 cho các cơ sở giáo dục", "Tháng 9/2026",
     "Văn phòng Sở", "Phòng Giáo dục phổ thông", "Ngân sách Sở"),
    ("Tổ chức Tuần lễ hưởng ứng học tập suốt đời gắn với giới thiệu pháp luật", "Tháng 10/2026",
     "Phòng Giáo dục thường xuyên - Chuyên nghiệp", "Các trường THPT; Trung tâm GDNN-GDTX", ""),
    ("Hoạt động trong nhà trường", "", "", "", ""),
    ("Lồng ghép giáo dục pháp luật về an toàn giao thông trong các môn học", "Tháng 9/2026 - tháng 5/2027",
     "Các trường THPT, THCS và Tiểu học", "Phòng Cảnh sát giao thông Công an tỉnh", "Nguồn xã hội hóa"),
    ("Tổ chức cuộc thi \"Học sinh với pháp luật\" cấp tỉnh", "Tháng 3 - 4/2027",
     "Phòng Giáo dục phổ thông", "Tỉnh Đoàn, Sở Tư pháp", "Ngân sách Sở"),
    ("Tuyên truyền phòng, chống bạo lực học đường và xâm hại trẻ em", "Tháng 11/2026 - tháng 01/2027",
     "Phòng Chính trị, tư tưởng và Công tác học sinh, sinh viên", "Công an tỉnh; Hội LHPN tỉnh", ""),
    ("Sơ kết, đánh giá công tác PBGDPL năm học", "Trước ngày 25/5/2027", "Văn phòng Sở",
     "Các phòng chuyên môn thuộc Sở", ""),
), widths=(60, 25, 35, 35, 20))
PLAN_GD = Plan(
    name="so_gddt_tay_ninh_school_year_2row",
    blocks=_header(
        "UBND TỈNH TÂY NINH", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "1842/KH-SGDĐT",
        "Tây Ninh, ngày 08 tháng 9 năm 2026",
        "Phổ biến, giáo dục pháp luật trong trường học năm học 2026-2027", "",
    ) + [
        P("Căn cứ Quyết định số 1928/QĐ-TTg ngày 20/11/2009 và Đề án tăng cường công tác PBGDPL trong nhà "
          "trường;"),
        P("Căn cứ Thông tư số 32/2020/TT-BGDĐT ngày 15/9/2020 của Bộ Giáo dục và Đào tạo;"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Hình thành ý thức tôn trọng pháp luật cho học sinh; phát huy vai trò của giáo viên."),
        P("II. NỘI DUNG, THỜI GIAN VÀ PHÂN CÔNG", bold=True),
        _T6,
    ] + _end(
        ["Thủ trưởng các đơn vị trực thuộc báo cáo kết quả học kỳ I trước ngày 15/01/2027 và cả năm học "
         "trước ngày 20/5/2027 về Sở (qua Văn phòng Sở)."],
        ["- UBND tỉnh (b/c);", "- Các đơn vị trực thuộc;", "- Lưu: VT, VP."],
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Phan Thị Thu", "III. TỔ CHỨC THỰC HIỆN",
    ),
    expected=[
        Exp("Hướng dẫn nhiệm vụ PBGDPL năm học", ("Văn phòng Sở",), ("Phòng Giáo dục phổ thông",),
            "2026-09-30"),
        Exp("Tổ chức Tuần lễ hưởng ứng học tập", ("Phòng Giáo dục thường xuyên - Chuyên nghiệp",),
            ("Các trường THPT", "Trung tâm GDNN-GDTX"), "2026-10-31"),
        Exp("Lồng ghép giáo dục pháp luật về an toàn", ("Các trường THPT, THCS và Tiểu học",),
            ("Phòng Cảnh sát giao thông Công an tỉnh",), "2027-05-31"),
        Exp("Tổ chức cuộc thi \"Học sinh với pháp luật\"", ("Phòng Giáo dục phổ thông",),
            ("Tỉnh Đoàn", "Sở Tư pháp"), "2027-04-30"),
        Exp("Tuyên truyền phòng, chống bạo lực học đường",
            ("Phòng Chính trị, tư tưởng và Công tác học sinh, sinh viên",),
            ("Công an tỉnh", "Hội LHPN tỉnh"), "2027-01-31"),
        Exp("Sơ kết, đánh giá công tác PBGDPL", ("Văn phòng Sở",), ("Các phòng chuyên môn thuộc Sở",),
            "2027-05-25"),
    ],
)

# ------------------------------------------------------------------ 7. UBND phường Long Biên
PLAN_LB = Plan(
    name="phuong_long_bien_multi_blocks",
    blocks=_header(
        "UBND THÀNH PHỐ HÀ NỘI", "ỦY BAN NHÂN DÂN PHƯỜNG LONG BIÊN", "31/KH-UBND",
        "Long Biên, ngày 22 tháng 01 năm 2026",
        "Triển khai công tác phổ biến, giáo dục pháp luật và chuẩn tiếp cận pháp luật năm 2026", "",
    ) + [
        P("Căn cứ Luật Hòa giải ở cơ sở năm 2013;"),
        P("Căn cứ Nghị định số 27/2025/NĐ-CP ngày 24/02/2025 của Chính phủ;"),
        P("Căn cứ Kế hoạch số 18/KH-UBND ngày 12/01/2026 của UBND thành phố Hà Nội,"),
        P("I. MỤC ĐÍCH, YÊU CẦU"),
        P("Tạo chuyển biến về ý thức chấp hành pháp luật trong Nhân dân, góp phần xây dựng phường văn minh."),
        P("II. NHIỆM VỤ CỤ THỂ"),
        P("1. Phổ biến Luật Trật tự, an toàn giao thông đường bộ và Luật Thủ đô năm 2024"),
        P("- Giao Công an phường chủ trì, phối hợp với Đoàn Thanh niên phường tổ chức tuyên truyền tại các "
          "tổ dân phố, hoàn thành trong Quý II/2026."),
        P("- Đề nghị Ủy ban MTTQ Việt Nam phường chủ trì, phối hợp với các tổ chức chính trị - xã hội "
          "phường lồng ghép nội dung trên trong sinh hoạt hội viên; thời gian: tháng 6 - tháng 8/2026."),
        P("2. Xây dựng, duy trì mô hình \"Tổ dân phố không có vi phạm pháp luật\""),
        P("- Phó Chủ tịch UBND phường phụ trách văn hóa - xã hội chủ trì chỉ đạo; Phòng Văn hóa - Xã hội "
          "và Tổ trưởng các tổ dân phố phối hợp thực hiện; thời gian: cả năm 2026."),
        P("3. Hòa giải ở cơ sở"),
        P("- Phòng Văn hóa - Xã hội có trách nhiệm tổ chức tập huấn cho hòa giải viên trước ngày 30/6/2026."),
        P("- Ban công tác Mặt trận các tổ dân phố chủ trì kiện toàn tổ hòa giải; Văn phòng HĐND và UBND "
          "phường phối hợp; thực hiện khi có hòa giải viên thay đổi."),
        P("4. Phổ biến pháp luật về xây dựng, trật tự đô thị cho hộ kinh doanh"),
        P("- Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp với Đội Quản lý trật tự đô thị phường, "
          "Công an phường và Trung tâm Phục vụ hành chính công phường tổ chức thực hiện trong tháng 9/2026."),
        P("5. Đánh giá chuẩn tiếp cận pháp luật năm 2026"),
        P("- Văn phòng HĐND và UBND phường chủ trì tham mưu tự đánh giá, chấm điểm; hoàn thành trước "
          "ngày 30/10/2026."),
    ] + _end(
        ["Các đơn vị được phân công chủ động triển khai; định kỳ 6 tháng (trước ngày 15/6) và năm (trước "
         "ngày 15/11/2026) báo cáo kết quả về UBND phường qua Phòng Văn hóa - Xã hội."],
        ["- UBND Thành phố;", "- Sở Tư pháp;", "- Đảng ủy phường;", "- Lưu: VT."],
        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đỗ Mạnh Hùng", "III. TỔ CHỨC THỰC HIỆN",
    ),
    expected=[
        Exp("Giao Công an phường chủ trì, phối hợp", ("Công an phường",), ("Đoàn Thanh niên phường",),
            "2026-06-30"),
        Exp("Đề nghị Ủy ban MTTQ Việt Nam phường chủ trì", ("Ủy ban MTTQ Việt Nam phường",),
            ("các tổ chức chính trị - xã hội phường",), "2026-08-31"),
        Exp("Xây dựng, duy trì mô hình", ("Phó Chủ tịch UBND phường phụ trách văn hóa - xã hội",),
            ("Phòng Văn hóa - Xã hội", "Tổ trưởng các tổ dân phố"), "2026-12-31"),
        Exp("Phòng Văn hóa - Xã hội có trách nhiệm", ("Phòng Văn hóa - Xã hội",), (), "2026-06-30"),
        Exp("Ban công tác Mặt trận các tổ dân phố", ("Ban công tác Mặt trận các tổ dân phố",),
            ("Văn phòng HĐND và UBND phường",), "2026-12-31", True),
        Exp("Phổ biến pháp luật về xây dựng, trật tự đô thị", ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Đội Quản lý trật tự đô thị phường", "Công an phường",
             "Trung tâm Phục vụ hành chính công phường"), "2026-09-30"),
        Exp("Đánh giá chuẩn tiếp cận pháp luật năm 2026", ("Văn phòng HĐND và UBND phường",), (),
            "2026-10-30"),
    ],
)

# ------------------------------------------------------------------ 8. Tỉnh Đoàn Nghệ An
PLAN_TD = Plan(
    name="tinh_doan_nghe_an_bold_1_1",
    blocks=_header(
        "BCH ĐOÀN TNCS HỒ CHÍ MINH", "TỈNH NGHỆ AN", "64-KH/TĐTN-TG",
        "Nghệ An, ngày 10 tháng 3 năm 2026",
        "Tăng cường giáo dục pháp luật, nâng cao ý thức chấp hành pháp luật cho thanh thiếu nhi năm 2026",
        "",
    ) + [
        P("Căn cứ Luật Thanh niên số 57/2020/QH14;"),
        P("Căn cứ Chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2026 số 112-CTr/TĐTN;"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Nâng cao nhận thức pháp luật cho đoàn viên, thanh thiếu nhi; phát huy vai trò xung kích."),
        P("II. NỘI DUNG TRIỂN KHAI", bold=True),
        P("1. Tuyên truyền, giáo dục pháp luật", bold=True),
        P("1.1. Tổ chức chuỗi tọa đàm \"Thanh niên với văn hóa giao thông\"", bold=True),
        P("Cơ quan thực hiện: Ban Tuyên giáo Tỉnh Đoàn."),
        P("Cơ quan phối hợp: Phòng Cảnh sát giao thông - Công an tỉnh, Ban Quản lý dự án Đường bộ 4."),
        P("Tiến độ: tháng 4 - tháng 6/2026."),
        P("1.2. Phát động cuộc thi video ngắn tìm hiểu pháp luật trên mạng xã hội", bold=True),
        P("Cơ quan thực hiện: Trung tâm Truyền thông và Văn hóa Tỉnh Đoàn."),
        P("Cơ quan phối hợp: Sở Khoa học và Công nghệ."),
        P("Tiến độ: tháng 7, 8/2026."),
        P("2. Phòng ngừa vi phạm pháp luật trong thanh thiếu niên", bold=True),
        P("2.1. Tổ chức các lớp giáo dục pháp luật cho thanh thiếu niên chậm tiến", bold=True),
        P("Cơ quan thực hiện: Ban Công tác thiếu nhi Tỉnh Đoàn; Đoàn Thanh niên Công an tỉnh."),
        P("Cơ quan phối hợp: Đoàn các xã, phường."),
        P("Tiến độ: Quý III/2026."),
        P("2.2. Hỗ trợ thanh niên sau cai nghiện, chấp hành xong án phạt tù "
          "tái hòa nhập cộng đồng", bold=True),
        P("Cơ quan thực hiện: Ban Tổ chức - Kiểm tra Tỉnh Đoàn."),
        P("Cơ quan phối hợp: Sở Y tế; Trại giam Nghi Kim; Hội Liên hiệp thanh niên Việt Nam tỉnh."),
        P("Tiến độ: theo đề nghị của Công an tỉnh và các trại giam."),
        P("2.3. Ra quân Tháng Thanh niên với chủ đề \"Thanh niên sống và làm việc "
          "theo Hiến pháp\"", bold=True),
        P("Cơ quan thực hiện: Văn phòng Tỉnh Đoàn."),
        P("Tiến độ: tháng 3/2026."),
    ] + _end(
        ["Các cơ sở Đoàn trực thuộc triển khai thực hiện; gửi báo cáo kết quả về Ban Thường vụ Tỉnh Đoàn "
         "(qua Ban Tuyên giáo) trước ngày 30/10/2026."],
        ["- TW Đoàn (b/c);", "- Ban Tuyên giáo và Dân vận Tỉnh ủy;", "- Lưu VP, TG."],
        "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN\nBÍ THƯ", "Nguyễn Đình Lâm", "III. TỔ CHỨC THỰC HIỆN",
    ),
    expected=[
        Exp("Tổ chức chuỗi tọa đàm \"Thanh niên với văn hóa", ("Ban Tuyên giáo Tỉnh Đoàn",),
            ("Phòng Cảnh sát giao thông - Công an tỉnh", "Ban Quản lý dự án Đường bộ 4"), "2026-06-30"),
        Exp("Phát động cuộc thi video ngắn", ("Trung tâm Truyền thông và Văn hóa Tỉnh Đoàn",),
            ("Sở Khoa học và Công nghệ",), "2026-08-31"),
        Exp("Tổ chức các lớp giáo dục pháp luật", ("Ban Công tác thiếu nhi Tỉnh Đoàn",
                                                   "Đoàn Thanh niên Công an tỉnh"),
            ("Đoàn các xã, phường",), "2026-09-30"),
        Exp("Hỗ trợ thanh niên sau cai nghiện", ("Ban Tổ chức - Kiểm tra Tỉnh Đoàn",),
            ("Sở Y tế", "Trại giam Nghi Kim", "Hội Liên hiệp thanh niên Việt Nam tỉnh"), "2026-12-31", True),
        Exp("Ra quân Tháng Thanh niên với chủ đề", ("Văn phòng Tỉnh Đoàn",), (), "2026-03-31"),
    ],
)

# ------------------------------------------------------------------ 9. BHXH tỉnh Khánh Hòa
_T9 = T((
    ("Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Sản phẩm"),
    ("Tổ chức hội nghị đối thoại chính sách BHXH, BHYT với người sử dụng lao động tại các khu công nghiệp",
     "Phòng Thu - Phát triển người tham gia", "Ban Quản lý Khu kinh tế Vân Phong; Liên đoàn Lao động tỉnh",
     "Quý II, III/2026", "Hội nghị"),
    ("Phát hành ấn phẩm hỏi đáp pháp luật về bảo hiểm xã hội một lần",
     "Văn phòng BHXH tỉnh", "Phòng Chế độ BHXH", "Tháng 5/2026", "5.000 cuốn"),
    ("Phổ biến pháp luật về BHYT học sinh, sinh viên",
     "Bảo hiểm xã hội cơ sở Nha Trang", "Sở Giáo dục và Đào tạo, các cơ sở giáo dục đại học",
     "Tháng 8 - 10/2026", "Tờ rơi, buổi truyền thông"),
    ("Tư vấn trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh",
     "Phòng Giám định BHYT", "Bưu điện tỉnh Khánh Hòa", "Hằng tháng", "Sổ theo dõi"),
), widths=(60, 35, 40, 22, 25))
PLAN_BHXH = Plan(
    name="bhxh_khanh_hoa_mix_prose_table",
    blocks=_header(
        "BẢO HIỂM XÃ HỘI VIỆT NAM", "BẢO HIỂM XÃ HỘI TỈNH KHÁNH HÒA", "205/KH-BHXH",
        "Khánh Hòa, ngày 26 tháng 02 năm 2026",
        "Tuyên truyền, phổ biến pháp luật về bảo hiểm xã hội, bảo hiểm y tế năm 2026", "",
    ) + [
        P("Căn cứ Luật Bảo hiểm xã hội số 41/2024/QH15;"),
        P("Căn cứ Luật Bảo hiểm y tế số 51/2024/QH15 sửa đổi, bổ sung;"),
        P("Căn cứ Quyết định số 118/QĐ-BHXH ngày 15/01/2026 của Bảo hiểm xã hội Việt Nam;"),
        P("I. MỤC ĐÍCH, YÊU CẦU"),
        P("Đưa chính sách BHXH, BHYT đến với người lao động và người dân; phấn đấu đạt chỉ tiêu bao phủ."),
        P("II. NHIỆM VỤ"),
        P("A. Nhiệm vụ thường xuyên"),
        P("1. Phòng Truyền thông và Phát triển người tham gia có trách nhiệm chủ trì, phối hợp với Hội Nhà "
          "báo tỉnh xây dựng nội dung tuyên truyền trên các phương tiện thông tin đại chúng; "
          "thực hiện thường xuyên."),
        P("2. Văn phòng BHXH tỉnh chủ trì quán triệt các văn bản mới của ngành cho công chức, viên chức; "
          "Phòng Tổ chức cán bộ phối hợp; thời gian: Quý I/2026."),
        P("3. Các Bảo hiểm xã hội cơ sở có trách nhiệm phối hợp với UBND các xã, phường, đặc khu Trường Sa "
          "tổ chức hội nghị tuyên truyền khi có chính sách mới được ban hành."),
        P("B. Nhiệm vụ trọng tâm (phân công chi tiết)"),
        _T9,
    ] + _end(
        ["Trưởng các phòng nghiệp vụ, Giám đốc BHXH cơ sở tổ chức thực hiện, báo cáo kết quả quý trước "
         "ngày 20 của tháng cuối quý và báo cáo năm trước ngày 10/12/2026."],
        ["- BHXH Việt Nam (b/c);", "- UBND tỉnh;", "- Lưu: VT, TT."],
        "GIÁM ĐỐC", "Lê Thị Mỹ Dung", "III. TỔ CHỨC THỰC HIỆN",
    ),
    expected=[
        Exp("Phòng Truyền thông và Phát triển người tham gia có",
            ("Phòng Truyền thông và Phát triển người tham gia",),
            ("Hội Nhà báo tỉnh",), "2026-12-31"),
        Exp("Văn phòng BHXH tỉnh chủ trì quán triệt", ("Văn phòng BHXH tỉnh",), ("Phòng Tổ chức cán bộ",),
            "2026-03-31"),
        Exp("Các Bảo hiểm xã hội cơ sở có trách nhiệm", ("Các Bảo hiểm xã hội cơ sở",),
            ("UBND các xã, phường, đặc khu Trường Sa",), "2026-12-31", True),
        Exp("Tổ chức hội nghị đối thoại chính sách", ("Phòng Thu - Phát triển người tham gia",),
            ("Ban Quản lý Khu kinh tế Vân Phong", "Liên đoàn Lao động tỉnh"), "2026-09-30"),
        Exp("Phát hành ấn phẩm hỏi đáp pháp luật", ("Văn phòng BHXH tỉnh",), ("Phòng Chế độ BHXH",),
            "2026-05-31"),
        Exp("Phổ biến pháp luật về BHYT học sinh", ("Bảo hiểm xã hội cơ sở Nha Trang",),
            ("Sở Giáo dục và Đào tạo", "các cơ sở giáo dục đại học"), "2026-10-31"),
        Exp("Tư vấn trực tiếp tại Trung tâm Phục vụ", ("Phòng Giám định BHYT",), ("Bưu điện tỉnh Khánh Hòa",),
            "2026-12-31"),
    ],
)

# ------------------------------------------------------------------ 10. LĐLĐ tỉnh Thanh Hóa 2027
PLAN_LDLD = Plan(
    name="ldld_thanh_hoa_2027_plain_plus",
    blocks=_header(
        "TỔNG LĐLĐ VIỆT NAM", "LIÊN ĐOÀN LAO ĐỘNG TỈNH THANH HÓA", "298/KH-LĐLĐ",
        "Thanh Hóa, ngày 18 tháng 12 năm 2026",
        "Tuyên truyền, phổ biến, giáo dục pháp luật cho đoàn viên, người lao động năm 2027", "",
    ) + [
        P("Căn cứ Luật Công đoàn số 50/2024/QH15;"),
        P("Căn cứ Bộ luật Lao động số 45/2019/QH14;"),
        P("Căn cứ Hướng dẫn số 37/HD-TLĐ ngày 02/12/2026 của Tổng Liên đoàn Lao động Việt Nam,"),
        P("I. MỤC ĐÍCH, YÊU CẦU"),
        P("1. Nâng cao hiểu biết pháp luật lao động, công đoàn cho đoàn viên, người lao động."),
        P("2. Hoạt động tuyên truyền bám sát cơ sở, tránh hình thức."),
        P("II. NHIỆM VỤ, GIẢI PHÁP"),
        P("1. Đối với cán bộ công đoàn"),
        P("+ Tập huấn Luật Công đoàn năm 2024 và các văn bản hướng dẫn cho chủ tịch công đoàn cơ sở"),
        P("Chủ trì thực hiện: Ban Tuyên giáo - Nữ công; phối hợp: Ban Tổ chức, Ban Chính sách - Pháp luật. "
          "Thời hạn: Quý I/2027."),
        P("+ Bồi dưỡng kỹ năng thương lượng tập thể, đối thoại tại nơi làm việc"),
        P("Chủ trì thực hiện: Ban Quan hệ lao động; phối hợp: Sở Nội vụ; Trung tâm Tư vấn pháp luật Công "
          "đoàn tỉnh và Công đoàn các khu kinh tế, khu công nghiệp. Thời hạn: tháng 4 - tháng 6/2027."),
        P("2. Đối với đoàn viên, người lao động"),
        P("+ Tổ chức \"Ngày hội pháp luật công nhân\" tại Khu kinh tế Nghi Sơn"),
        P("Chủ trì thực hiện: Công đoàn Khu kinh tế Nghi Sơn và các khu công nghiệp; phối hợp: Ban Quản lý "
          "Khu kinh tế Nghi Sơn và các khu công nghiệp, Công an tỉnh, Bảo hiểm xã hội tỉnh. Thời hạn: "
          "tháng 5/2027 (Tháng Công nhân)."),
        P("+ Tư vấn pháp luật miễn phí cho người lao động tại các nhà trọ công nhân"),
        P("Chủ trì thực hiện: Trung tâm Tư vấn pháp luật Công đoàn tỉnh. Thời hạn: thường xuyên."),
        P("+ Tuyên truyền các quy định mới về tiền lương tối thiểu vùng"),
        P("Chủ trì thực hiện: Ban Chính sách - Pháp luật; phối hợp: các công đoàn ngành, công đoàn cấp trên "
          "trực tiếp cơ sở. Thời hạn: sau khi Chính phủ ban hành nghị định điều chỉnh lương tối thiểu."),
        P("+ Phát động cuộc thi \"Tìm hiểu pháp luật về an toàn, vệ sinh lao động\""),
        P("Chủ trì thực hiện: Phó Chủ tịch LĐLĐ tỉnh phụ trách tuyên giáo; phối hợp: Ban Tuyên giáo - Nữ "
          "công, Báo Lao động Thanh Hóa. Thời hạn: từ tháng 7 đến hết tháng 9/2027."),
        P("+ Sơ kết công tác tuyên truyền pháp luật năm 2027"),
        P("Chủ trì thực hiện: Văn phòng LĐLĐ tỉnh. Thời hạn: trước ngày 10/12/2027."),
    ] + _end(
        ["Công đoàn ngành, công đoàn cấp trên trực tiếp cơ sở xây dựng kế hoạch cụ thể; báo cáo 6 tháng "
         "trước ngày 15/6/2027, năm trước ngày 15/11/2027 về LĐLĐ tỉnh (qua Ban Tuyên giáo - Nữ công)."],
        ["- Tổng LĐLĐ Việt Nam;", "- Thường trực Tỉnh ủy;", "- Lưu: VT, TG-NC."],
        "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH", "Võ Mạnh Sơn", "III. TỔ CHỨC THỰC HIỆN",
    ),
    expected=[
        Exp("Tập huấn Luật Công đoàn năm 2024", ("Ban Tuyên giáo - Nữ công",),
            ("Ban Tổ chức", "Ban Chính sách - Pháp luật"), "2027-03-31"),
        Exp("Bồi dưỡng kỹ năng thương lượng tập thể", ("Ban Quan hệ lao động",),
            ("Sở Nội vụ", "Trung tâm Tư vấn pháp luật Công đoàn tỉnh",
             "Công đoàn các khu kinh tế, khu công nghiệp"), "2027-06-30"),
        Exp("Tổ chức \"Ngày hội pháp luật công nhân\"",
            ("Công đoàn Khu kinh tế Nghi Sơn và các khu công nghiệp",),
            ("Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp", "Công an tỉnh",
             "Bảo hiểm xã hội tỉnh"),
            "2027-05-31"),
        Exp("Tư vấn pháp luật miễn phí cho người lao động", ("Trung tâm Tư vấn pháp luật Công đoàn tỉnh",),
            (),
            "2027-12-31"),
        Exp("Tuyên truyền các quy định mới về tiền lương", ("Ban Chính sách - Pháp luật",),
            ("các công đoàn ngành", "công đoàn cấp trên trực tiếp cơ sở"), "2027-12-31", True),
        Exp("Phát động cuộc thi \"Tìm hiểu pháp luật",
            ("Phó Chủ tịch LĐLĐ tỉnh phụ trách tuyên giáo",),
            ("Ban Tuyên giáo - Nữ công", "Báo Lao động Thanh Hóa"), "2027-09-30"),
        Exp("Sơ kết công tác tuyên truyền pháp luật", ("Văn phòng LĐLĐ tỉnh",), (), "2027-12-10"),
    ],
)

PLANS: list[Plan] = [PLAN_QT, PLAN_HV, PLAN_LHPN, PLAN_HUE, PLAN_HND, PLAN_GD, PLAN_LB, PLAN_TD,
                     PLAN_BHXH, PLAN_LDLD]
