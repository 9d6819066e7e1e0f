"""Held-out evaluation set 50: communes and wards of the Mekong delta and the Central Highlands.

Ten plans written for this set only, answers typed by hand (issue 4 rules).

1. PLAN_XA_AG (UBND xã, An Giang): roman sections, bold "1." items, labels "Đơn vị chủ trì:",
   "Phối hợp:", "Thời gian thực hiện:" on their own lines; one event-triggered task.
2. PLAN_HDPH_CT (Hội đồng phối hợp PBGDPL phường, Cần Thơ): table STT | Nội dung | Cơ quan chủ trì |
   Cơ quan phối hợp | Thời gian | Ghi chú, with group rows ("I.", "II.").
3. PLAN_XA_DL (UBND xã, Đắk Lắk): prose assignments "Giao công chức Tư pháp - Hộ tịch chủ trì, phối hợp
   với ..." under non-bold "a)" items; persons as units; quarter ranges.
4. PLAN_PH_GL (UBND phường, Gia Lai): table without STT, columns Nội dung | Thời gian | Chủ trì | Phối hợp.
5. PLAN_XA_VL (UBND xã, Vĩnh Long): "-" tasks with "+ Chủ trì:", "+ Phối hợp:", "+ Thời gian:" lines.
6. PLAN_XA_LD (UBND xã, Lâm Đồng): numbered items with several assignment blocks ("Đề nghị ...",
   "X có trách nhiệm ..."); buôn/bon units.
7. PLAN_XA_CM (UBND xã, Cà Mau): table with a 2-row header (Đơn vị thực hiện: Chủ trì / Phối hợp) and
   a Kinh phí column.
8. PLAN_PH_DT (UBND phường, Đồng Tháp): inline parenthesised labels "(Chủ trì: ...; phối hợp: ...;
   thời gian: ...)" at the end of each item.
9. PLAN_HDPH_QN (Hội đồng phối hợp PBGDPL xã, Quảng Ngãi, former Kon Tum area): "1.1." numbering, inline
   labels "Cơ quan thực hiện:", "Thời hạn:"; event-triggered timeframes.
10. PLAN_XA_AG27 (UBND xã, An Giang, 2027 plan issued 12/2026): table STT | Nhiệm vụ | Sản phẩm |
    Chủ trì thực hiện | Đơn vị phối hợp | Tiến độ.
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T, _header, _purpose


def _end(lines: list[str], role: str, signer: str, extra_recv: tuple[str, ...] = ()) -> list[P | T]:
    out: list[P | T] = [P(line) for line in lines]
    out += [P("Nơi nhận:"), P("- Thường trực Đảng ủy xã (b/c);")]
    out += [P(f"- {r};") for r in extra_recv]
    out += [P("- Lưu: VT."), P(role, bold=True, center=True), P(signer, bold=True, center=True)]
    return out


# ---------------------------------------------------------------- 1. xã, An Giang
PLAN_XA_AG = Plan(
    "xa_an_giang_labels",
    _header(
        "UBND TỈNH AN GIANG",
        "ỦY BAN NHÂN DÂN XÃ VĨNH HANH",
        "27/KH-UBND",
        "Vĩnh Hanh, ngày 16 tháng 01 năm 2026",
        "Phổ biến, giáo dục pháp luật; hòa giải ở cơ sở",
        "và chuẩn tiếp cận pháp luật trên địa bàn xã năm 2026",
    )
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;"),
        P("Căn cứ Kế hoạch số 312/KH-UBND ngày 26/12/2025 của UBND tỉnh An Giang về công tác PBGDPL "
          "năm 2026;"),
        P("Ủy ban nhân dân xã Vĩnh Hanh ban hành Kế hoạch thực hiện như sau:"),
    ]
    + _purpose([
        "Đưa pháp luật đến với người dân các ấp, nhất là đồng bào dân tộc Khmer và hộ nghèo.",
        "Nâng cao hiệu quả hòa giải ở cơ sở, hạn chế đơn thư vượt cấp.",
        "Bám sát nhiệm vụ chính trị của địa phương, phân công rõ trách nhiệm.",
    ])
    + [
        P("II. NỘI DUNG", bold=True),
        P("1. Tuyên truyền pháp luật về đất đai, bảo vệ môi trường và phòng, chống thiên tai cho "
          "người dân các ấp ven kênh", bold=True),
        P("Đơn vị chủ trì: Phòng Kinh tế"),
        P("Phối hợp: công chức Tư pháp - Hộ tịch; Ban Chỉ huy Quân sự xã; Trưởng ấp các ấp"),
        P("Thời gian thực hiện: Quý II và Quý III năm 2026"),
        P("2. Tổ chức Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam (09/11)", bold=True),
        P("Đơn vị chủ trì: Văn phòng HĐND và UBND xã"),
        P("Phối hợp: Ủy ban Mặt trận Tổ quốc Việt Nam xã, các đoàn thể chính trị - xã hội xã và "
          "Trường THCS Vĩnh Hanh"),
        P("Thời gian thực hiện: Tháng 10 - 11/2026"),
        P("3. Củng cố, kiện toàn tổ hòa giải ở các ấp; bồi dưỡng kỹ năng cho hòa giải viên", bold=True),
        P("Đơn vị chủ trì: Phòng Văn hóa - Xã hội"),
        P("Phối hợp: Ủy ban Mặt trận Tổ quốc Việt Nam xã"),
        P("Thời gian thực hiện: trước ngày 30/6/2026"),
        P("4. Tuyên truyền pháp luật bằng song ngữ Việt - Khmer tại chùa, điểm sinh hoạt cộng đồng",
          bold=True),
        P("Đơn vị chủ trì: Phòng Văn hóa - Xã hội"),
        P("Phối hợp: Ban quản trị các chùa Khmer trên địa bàn; Trưởng ấp các ấp"),
        P("Thời gian thực hiện: Thường xuyên"),
        P("5. Đánh giá, chấm điểm xã đạt chuẩn tiếp cận pháp luật năm 2026", bold=True),
        P("Đơn vị chủ trì: công chức Tư pháp - Hộ tịch"),
        P("Phối hợp: các phòng chuyên môn thuộc UBND xã"),
        P("Thời gian thực hiện: Tháng 11/2026"),
        P("6. Phổ biến các luật, nghị quyết mới được Quốc hội thông qua tại Kỳ họp thứ nhất", bold=True),
        P("Đơn vị chủ trì: công chức Tư pháp - Hộ tịch"),
        P("Phối hợp: Công an xã"),
        P("Thời gian thực hiện: khi có văn bản hướng dẫn của Sở Tư pháp"),
        P("7. Cập nhật tin bài pháp luật trên Trang thông tin điện tử xã và nhóm Zalo các ấp", bold=True),
        P("Đơn vị chủ trì: Văn phòng HĐND và UBND xã"),
        P("Thời gian thực hiện: Hằng tháng"),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
    ]
    + _end(
        ["Các đơn vị báo cáo kết quả về công chức Tư pháp - Hộ tịch trước ngày 05/12/2026 để tổng hợp."],
        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Danh Thị Sa Rươl",
    ),
    [
        Exp("Tuyên truyền pháp luật về đất đai, bảo vệ môi trường", ("Phòng Kinh tế",),
            ("công chức Tư pháp - Hộ tịch", "Ban Chỉ huy Quân sự xã", "Trưởng ấp các ấp"), "2026-09-30"),
        Exp("Tổ chức Ngày Pháp luật nước Cộng hòa", ("Văn phòng HĐND và UBND xã",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam xã", "các đoàn thể chính trị - xã hội xã",
             "Trường THCS Vĩnh Hanh"), "2026-11-30"),
        Exp("Củng cố, kiện toàn tổ hòa giải ở các ấp", ("Phòng Văn hóa - Xã hội",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam xã",), "2026-06-30"),
        Exp("Tuyên truyền pháp luật bằng song ngữ Việt - Khmer", ("Phòng Văn hóa - Xã hội",),
            ("Ban quản trị các chùa Khmer trên địa bàn", "Trưởng ấp các ấp"), "2026-12-31"),
        Exp("Đánh giá, chấm điểm xã đạt chuẩn", ("công chức Tư pháp - Hộ tịch",),
            ("các phòng chuyên môn thuộc UBND xã",), "2026-11-30"),
        Exp("Phổ biến các luật, nghị quyết mới", ("công chức Tư pháp - Hộ tịch",), ("Công an xã",),
            "2026-12-31", on_request=True),
        Exp("Cập nhật tin bài pháp luật trên Trang", ("Văn phòng HĐND và UBND xã",), (), "2026-12-31"),
    ],
)

# ---------------------------------------------------------------- 2. HĐPH phường, Cần Thơ
_CT_ROWS = (
    ("STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian", "Ghi chú"),
    ("I.", "CÔNG TÁC CHỈ ĐẠO, HƯỚNG DẪN", "", "", "", ""),
    ("1", "Ban hành Kế hoạch hoạt động của Hội đồng phối hợp PBGDPL phường năm 2026",
     "Phòng Văn hóa - Xã hội", "Các thành viên Hội đồng", "Tháng 01/2026", "Thường trực Hội đồng tham mưu"),
    ("2", "Kiện toàn thành viên Hội đồng phối hợp PBGDPL phường khi có thay đổi nhân sự",
     "Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND phường", "Khi có thay đổi nhân sự",
     "Trình Chủ tịch UBND phường"),
    ("II.", "HOẠT ĐỘNG PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT", "", "", "", ""),
    ("3", "Tuyên truyền Luật Trật tự, an toàn giao thông đường bộ cho học sinh, người lao động",
     "Công an phường", "Đoàn Thanh niên phường; các trường học trên địa bàn", "Quý I - Quý III/2026", ""),
    ("4", "Phổ biến pháp luật về phòng, chống ma túy tại các khu vực, tổ dân phố trọng điểm",
     "Công an phường", "Ủy ban MTTQ Việt Nam phường, Hội Cựu chiến binh phường, Tổ trưởng tổ dân phố",
     "Trong năm 2026", "Lồng ghép sinh hoạt khu vực"),
    ("5", "Tuyên truyền pháp luật về lao động, bảo hiểm xã hội cho người lao động tại các cơ sở "
     "sản xuất, kinh doanh", "Phòng Kinh tế, Hạ tầng và Đô thị", "Liên đoàn Lao động phường",
     "Tháng 5 - 7/2026", ""),
    ("6", "Tổ chức Hội thi \"Hòa giải viên giỏi\" cấp phường", "Ủy ban MTTQ Việt Nam phường",
     "Phòng Văn hóa - Xã hội", "Quý III/2026", "Chọn đội dự thi cấp tỉnh"),
    ("III.", "KIỂM TRA, SƠ KẾT, TỔNG KẾT", "", "", "", ""),
    ("7", "Tổng kết hoạt động của Hội đồng năm 2026, xây dựng kế hoạch năm 2027",
     "Phòng Văn hóa - Xã hội", "Các thành viên Hội đồng", "trước ngày 15/12/2026", ""),
)
PLAN_HDPH_CT = Plan(
    "hdph_phuong_can_tho_table",
    _header(
        "UBND PHƯỜNG NINH KIỀU",
        "HỘI ĐỒNG PHỐI HỢP PBGDPL",
        "03/KH-HĐPH",
        "Ninh Kiều, ngày 20 tháng 01 năm 2026",
        "Hoạt động của Hội đồng phối hợp phổ biến, giáo dục pháp luật",
        "phường Ninh Kiều năm 2026",
    )
    + [
        P("Căn cứ Quyết định số 25/2025/QĐ-UBND ngày 14/8/2025 của UBND thành phố Cần Thơ ban hành "
          "Quy chế hoạt động của Hội đồng phối hợp PBGDPL;"),
        P("Căn cứ Quyết định số 118/QĐ-UBND ngày 02/10/2025 của UBND phường về việc kiện toàn Hội đồng "
          "phối hợp phổ biến, giáo dục pháp luật phường;"),
    ]
    + _purpose([
        "Phát huy vai trò tham mưu, phối hợp của các thành viên Hội đồng.",
        "Tạo chuyển biến về ý thức chấp hành pháp luật của nhân dân trên địa bàn phường.",
        "Các hoạt động được thực hiện tiết kiệm, hiệu quả, phù hợp từng khu vực.",
    ])
    + [
        P("II. NỘI DUNG HOẠT ĐỘNG", bold=True),
        P("(Chi tiết tại Phụ lục kèm theo)"),
        T(_CT_ROWS, (10, 62, 34, 38, 24, 22)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Các thành viên Hội đồng căn cứ nhiệm vụ được phân công chủ động triển khai thực hiện."),
        P("2. Báo cáo kết quả gửi Thường trực Hội đồng (qua Phòng Văn hóa - Xã hội) trước ngày 30/11/2026."),
    ]
    + _end([], "TM. HỘI ĐỒNG\nCHỦ TỊCH\nPHÓ CHỦ TỊCH UBND PHƯỜNG", "Trần Thanh Tâm",
           ("Hội đồng phối hợp PBGDPL thành phố",)),
    [
        Exp("Ban hành Kế hoạch hoạt động của Hội đồng", ("Phòng Văn hóa - Xã hội",),
            ("Các thành viên Hội đồng",), "2026-01-31"),
        Exp("Kiện toàn thành viên Hội đồng phối hợp", ("Phòng Văn hóa - Xã hội",),
            ("Văn phòng HĐND và UBND phường",), "2026-12-31", on_request=True),
        Exp("Tuyên truyền Luật Trật tự, an toàn giao thông", ("Công an phường",),
            ("Đoàn Thanh niên phường", "các trường học trên địa bàn"), "2026-09-30"),
        Exp("Phổ biến pháp luật về phòng, chống ma túy", ("Công an phường",),
            ("Ủy ban MTTQ Việt Nam phường", "Hội Cựu chiến binh phường", "Tổ trưởng tổ dân phố"),
            "2026-12-31"),
        Exp("Tuyên truyền pháp luật về lao động, bảo hiểm xã hội", ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Liên đoàn Lao động phường",), "2026-07-31"),
        Exp("Tổ chức Hội thi \"Hòa giải viên giỏi\"", ("Ủy ban MTTQ Việt Nam phường",),
            ("Phòng Văn hóa - Xã hội",), "2026-09-30"),
        Exp("Tổng kết hoạt động của Hội đồng năm 2026", ("Phòng Văn hóa - Xã hội",),
            ("Các thành viên Hội đồng",), "2026-12-15"),
    ],
)

# ---------------------------------------------------------------- 3. xã, Đắk Lắk
PLAN_XA_DL = Plan(
    "xa_dak_lak_prose",
    _header(
        "ỦY BAN NHÂN DÂN\nXÃ EA KAR",
        "",
        "19/KH-UBND",
        "Ea Kar, ngày 09 tháng 02 năm 2026",
        "Tuyên truyền, phổ biến pháp luật cho đồng bào dân tộc thiểu số",
        "tại các buôn trên địa bàn xã năm 2026",
    )
    + [
        P("Căn cứ Quyết định số 1521/QĐ-UBND ngày 30/12/2025 của UBND tỉnh Đắk Lắk;"),
        P("Căn cứ tình hình thực tế tại địa phương, UBND xã ban hành Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Giúp đồng bào Ê Đê, M'nông nắm được các quy định pháp luật gần gũi với đời sống; tuyên "
          "truyền bằng tiếng dân tộc, lồng ghép trong sinh hoạt buôn."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Tuyên truyền tại buôn"),
        P("a) Tổ chức hội nghị phổ biến pháp luật về hôn nhân và gia đình, phòng, chống tảo hôn, "
          "hôn nhân cận huyết thống tại các buôn. Giao công chức Tư pháp - Hộ tịch chủ trì, phối hợp "
          "với Hội Liên hiệp Phụ nữ xã, Trạm Y tế xã và người có uy tín trong buôn thực hiện. "
          "Thời gian: Quý II - Quý III năm 2026."),
        P("b) Phổ biến pháp luật về quản lý, bảo vệ rừng và phòng cháy, chữa cháy rừng mùa khô. "
          "Phòng Kinh tế chủ trì; Hạt Kiểm lâm khu vực, Công an xã phối hợp. Thời gian: từ tháng 01 "
          "đến tháng 4/2026."),
        P("c) Biên dịch tài liệu, tờ gấp pháp luật sang tiếng Ê Đê. Giao Phòng Văn hóa - Xã hội chủ "
          "trì, phối hợp với Trường Tiểu học Y Jút thực hiện trong Quý I/2026."),
        P("2. Hòa giải ở cơ sở và trợ giúp pháp lý"),
        P("a) Phối hợp tổ chức trợ giúp pháp lý lưu động tại buôn. Công chức Tư pháp - Hộ tịch chủ trì, "
          "phối hợp với Trung tâm Trợ giúp pháp lý nhà nước tỉnh Đắk Lắk; thực hiện theo đề nghị của "
          "Trung tâm."),
        P("b) Hướng dẫn các tổ hòa giải giải quyết tranh chấp đất rẫy, ranh giới đất. Giao Phó Chủ tịch "
          "UBND xã phụ trách khối kinh tế chủ trì, phối hợp với Phòng Kinh tế, Trưởng buôn các buôn. "
          "Thời gian: thường xuyên."),
        P("3. Sơ kết, báo cáo"),
        P("Tổ chức sơ kết 6 tháng, tổng kết năm công tác PBGDPL cho đồng bào dân tộc thiểu số. Giao "
          "Phòng Văn hóa - Xã hội chủ trì, phối hợp với công chức Tư pháp - Hộ tịch; hoàn thành trước "
          "ngày 10/12/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các đơn vị, cá nhân được phân công có trách nhiệm thực hiện nghiêm túc Kế hoạch này."),
    ]
    + _end([], "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Y Thuê Niê"),
    [
        Exp("Tổ chức hội nghị phổ biến pháp luật về hôn nhân", ("công chức Tư pháp - Hộ tịch",),
            ("Hội Liên hiệp Phụ nữ xã", "Trạm Y tế xã", "người có uy tín trong buôn"),
            "2026-09-30"),
        Exp("Phổ biến pháp luật về quản lý, bảo vệ rừng", ("Phòng Kinh tế",),
            ("Hạt Kiểm lâm khu vực", "Công an xã"), "2026-04-30"),
        Exp("Biên dịch tài liệu, tờ gấp pháp luật", ("Phòng Văn hóa - Xã hội",),
            ("Trường Tiểu học Y Jút",), "2026-03-31"),
        Exp("Phối hợp tổ chức trợ giúp pháp lý lưu động", ("Công chức Tư pháp - Hộ tịch",),
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh Đắk Lắk",), "2026-12-31", on_request=True),
        Exp("Hướng dẫn các tổ hòa giải giải quyết tranh chấp",
            ("Phó Chủ tịch UBND xã phụ trách khối kinh tế",), ("Phòng Kinh tế", "Trưởng buôn các buôn"),
            "2026-12-31"),
        Exp("Tổ chức sơ kết 6 tháng, tổng kết năm", ("Phòng Văn hóa - Xã hội",),
            ("công chức Tư pháp - Hộ tịch",), "2026-12-10"),
    ],
)

# ---------------------------------------------------------------- 4. phường, Gia Lai
_GL_ROWS = (
    ("Nội dung công việc", "Thời gian", "Chủ trì", "Phối hợp"),
    ("1. Phổ biến Luật Đất đai năm 2024 và các văn bản hướng dẫn cho người dân các tổ dân phố, làng",
     "Quý II/2026", "Phòng Kinh tế, Hạ tầng và Đô thị", "Tổ trưởng tổ dân phố, Trưởng làng"),
    ("2. Tuyên truyền pháp luật về an ninh mạng, phòng chống lừa đảo qua không gian mạng",
     "Cả năm", "Công an phường", "Đoàn Thanh niên Cộng sản Hồ Chí Minh phường"),
    ("3. Xây dựng, cập nhật tủ sách pháp luật điện tử của phường", "Tháng 3 - 6/2026",
     "Văn phòng HĐND và UBND phường", "Phòng Văn hóa - Xã hội"),
    ("4. Tập huấn nghiệp vụ cho hòa giải viên ở cơ sở, tuyên truyền viên pháp luật", "Quý III/2026",
     "Phòng Văn hóa - Xã hội", "Ủy ban MTTQ Việt Nam phường; Trung tâm Trợ giúp pháp lý nhà nước tỉnh"),
    ("5. Phổ biến pháp luật về kinh doanh, an toàn thực phẩm cho hộ kinh doanh tại chợ Pleiku",
     "Tháng 8/2026", "Phòng Kinh tế, Hạ tầng và Đô thị", "Ban Quản lý chợ, Đội Quản lý thị trường số 1"),
    ("6. Tuyên truyền Luật Nghĩa vụ quân sự trước đợt tuyển quân năm 2027", "Tháng 10 - 12/2026",
     "Ban Chỉ huy Quân sự phường", "Công an phường và Đoàn Thanh niên phường"),
)
PLAN_PH_GL = Plan(
    "phuong_gia_lai_table_nostt",
    _header(
        "UBND TỈNH GIA LAI",
        "ỦY BAN NHÂN DÂN PHƯỜNG PLEIKU",
        "41/KH-UBND",
        "Pleiku, ngày 23 tháng 01 năm 2026",
        "Công tác phổ biến, giáo dục pháp luật năm 2026",
        "",
    )
    + [
        P("Căn cứ Luật Hòa giải ở cơ sở năm 2013;"),
        P("Căn cứ Kế hoạch số 205/KH-UBND ngày 31/12/2025 của Ủy ban nhân dân tỉnh Gia Lai;"),
    ]
    + _purpose([
        "Nâng cao nhận thức pháp luật của cán bộ và nhân dân phường.",
        "Chú trọng đồng bào Jrai, Bahnar tại các làng.",
        "Gắn với thực hiện nhiệm vụ chính trị của phường.",
    ])
    + [
        P("II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        T(_GL_ROWS, (80, 26, 40, 44)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Phòng Văn hóa - Xã hội theo dõi, đôn đốc; tổng hợp báo cáo UBND phường trước ngày 25/11/2026."),
    ]
    + _end([], "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Rơ Châm H'Lan"),
    [
        Exp("Phổ biến Luật Đất đai năm 2024", ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Tổ trưởng tổ dân phố", "Trưởng làng"), "2026-06-30"),
        Exp("Tuyên truyền pháp luật về an ninh mạng", ("Công an phường",),
            ("Đoàn Thanh niên Cộng sản Hồ Chí Minh phường",), "2026-12-31"),
        Exp("Xây dựng, cập nhật tủ sách pháp luật", ("Văn phòng HĐND và UBND phường",),
            ("Phòng Văn hóa - Xã hội",), "2026-06-30"),
        Exp("Tập huấn nghiệp vụ cho hòa giải viên", ("Phòng Văn hóa - Xã hội",),
            ("Ủy ban MTTQ Việt Nam phường", "Trung tâm Trợ giúp pháp lý nhà nước tỉnh"), "2026-09-30"),
        Exp("Phổ biến pháp luật về kinh doanh, an toàn thực phẩm", ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Ban Quản lý chợ", "Đội Quản lý thị trường số 1"), "2026-08-31"),
        Exp("Tuyên truyền Luật Nghĩa vụ quân sự", ("Ban Chỉ huy Quân sự phường",),
            ("Công an phường", "Đoàn Thanh niên phường"), "2026-12-31"),
    ],
)

# ---------------------------------------------------------------- 5. xã, Vĩnh Long
PLAN_XA_VL = Plan(
    "xa_vinh_long_plus_labels",
    _header(
        "UBND TỈNH VĨNH LONG",
        "ỦY BAN NHÂN DÂN XÃ CẦU KÈ",
        "08/KH-UBND",
        "Cầu Kè, ngày 12 tháng 01 năm 2026",
        "Thực hiện công tác phổ biến, giáo dục pháp luật, hòa giải ở cơ sở",
        "năm 2026",
    )
    + [
        P("Căn cứ Kế hoạch số 09/KH-UBND ngày 06/01/2026 của UBND tỉnh Vĩnh Long;"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Triển khai kịp thời các văn bản pháp luật mới đến cán bộ, nhân dân các ấp."),
        P("- Phân công cụ thể, đúng chức năng, nhiệm vụ của từng đơn vị."),
        P("II. NHIỆM VỤ", bold=True),
        P("- Tuyên truyền pháp luật về phòng, chống xâm nhập mặn, sử dụng nước tiết kiệm trong sản xuất"),
        P("+ Chủ trì: Phòng Kinh tế"),
        P("+ Phối hợp: Hội Nông dân xã, Hợp tác xã nông nghiệp Hòa Tân"),
        P("+ Thời gian: Tháng 01 - 4/2026"),
        P("- Tổ chức đối thoại chính sách pháp luật với người dân về bồi thường, hỗ trợ giải phóng mặt bằng"),
        P("+ Chủ trì: Chủ tịch UBND xã"),
        P("+ Phối hợp: Phòng Kinh tế; Văn phòng HĐND và UBND xã; Ủy ban Mặt trận Tổ quốc Việt Nam xã"),
        P("+ Thời gian: Quý II/2026"),
        P("- Phổ biến pháp luật về hộ tịch, cư trú, cấp căn cước cho người dân ấp vùng sâu"),
        P("+ Chủ trì: công chức Tư pháp - Hộ tịch và Công an xã"),
        P("+ Phối hợp: Trưởng ấp"),
        P("+ Thời gian: Thường xuyên"),
        P("- Lồng ghép tuyên truyền pháp luật trong chương trình phát thanh của Đài truyền thanh xã"),
        P("+ Chủ trì: Phòng Văn hóa - Xã hội"),
        P("+ Thời gian: mỗi tuần 02 buổi, cả năm 2026"),
        P("- Tập huấn kỹ năng hòa giải cho thành viên tổ hòa giải 12 ấp"),
        P("+ Chủ trì: Ủy ban Mặt trận Tổ quốc Việt Nam xã"),
        P("+ Phối hợp: công chức Tư pháp - Hộ tịch"),
        P("+ Thời gian: Tháng 7/2026"),
        P("- Rà soát, cập nhật, bổ sung hương ước, quy ước của các ấp"),
        P("+ Chủ trì: Phòng Văn hóa - Xã hội"),
        P("+ Phối hợp: Ban Công tác Mặt trận các ấp"),
        P("+ Thời gian: sau khi có hướng dẫn của Sở Văn hóa, Thể thao và Du lịch"),
        P("- Phổ biến pháp luật về bình đẳng giới, phòng, chống bạo lực gia đình"),
        P("+ Chủ trì: Hội Liên hiệp Phụ nữ xã"),
        P("+ Phối hợp: Phòng Văn hóa - Xã hội, Công an xã"),
        P("+ Thời gian: Tháng 6 và tháng 11/2026"),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Giao Phòng Văn hóa - Xã hội tham mưu UBND xã theo dõi, tổng hợp kết quả thực hiện, báo cáo "
          "Sở Tư pháp trước ngày 20/11/2026."),
    ]
    + _end([], "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Thạch Văn Sóc"),
    [
        Exp("Tuyên truyền pháp luật về phòng, chống xâm nhập mặn", ("Phòng Kinh tế",),
            ("Hội Nông dân xã", "Hợp tác xã nông nghiệp Hòa Tân"), "2026-04-30"),
        Exp("Tổ chức đối thoại chính sách pháp luật", ("Chủ tịch UBND xã",),
            ("Phòng Kinh tế", "Văn phòng HĐND và UBND xã", "Ủy ban Mặt trận Tổ quốc Việt Nam xã"),
            "2026-06-30"),
        Exp("Phổ biến pháp luật về hộ tịch, cư trú", ("công chức Tư pháp - Hộ tịch", "Công an xã"),
            ("Trưởng ấp",), "2026-12-31"),
        Exp("Lồng ghép tuyên truyền pháp luật trong chương trình", ("Phòng Văn hóa - Xã hội",), (),
            "2026-12-31"),
        Exp("Tập huấn kỹ năng hòa giải cho thành viên", ("Ủy ban Mặt trận Tổ quốc Việt Nam xã",),
            ("công chức Tư pháp - Hộ tịch",), "2026-07-31"),
        Exp("Rà soát, cập nhật, bổ sung hương ước", ("Phòng Văn hóa - Xã hội",),
            ("Ban Công tác Mặt trận các ấp",), "2026-12-31", on_request=True),
        Exp("Phổ biến pháp luật về bình đẳng giới", ("Hội Liên hiệp Phụ nữ xã",),
            ("Phòng Văn hóa - Xã hội", "Công an xã"), "2026-11-30"),
    ],
)

# ---------------------------------------------------------------- 6. xã, Lâm Đồng
PLAN_XA_LD = Plan(
    "xa_lam_dong_multi_blocks",
    _header(
        "UBND TỈNH LÂM ĐỒNG",
        "ỦY BAN NHÂN DÂN XÃ QUẢNG KHÊ",
        "55/KH-UBND",
        "Quảng Khê, ngày 03 tháng 3 năm 2026",
        "Triển khai Ngày Pháp luật và tăng cường PBGDPL tại các bon, thôn",
        "trên địa bàn xã năm 2026",
    )
    + [
        P("Căn cứ Quyết định số 0412/QĐ-UBND ngày 15/01/2026 của UBND tỉnh Lâm Đồng;"),
        P("Căn cứ Nghị quyết số 12/NQ-HĐND ngày 20/12/2025 của HĐND xã Quảng Khê;"),
    ]
    + _purpose([
        "Người dân các bon đồng bào M'nông nắm được quyền, nghĩa vụ của mình.",
        "Giảm các vụ việc vi phạm về khai thác lâm sản, lấn chiếm đất rừng.",
        "Tổ chức thiết thực, không hình thức.",
    ])
    + [
        P("II. NỘI DUNG VÀ PHÂN CÔNG", bold=True),
        P("1. Tuyên truyền pháp luật về lâm nghiệp, đất đai tại các bon", bold=True),
        P("- Phòng Kinh tế chủ trì xây dựng nội dung tài liệu, tổ chức hội nghị tuyên truyền tại bon "
          "Bu Đách, bon Phi Mur và các thôn giáp rừng; thời gian: Quý I - Quý II/2026."),
        P("- Đề nghị Hạt Kiểm lâm liên xã Quảng Khê - Đắk Som cử cán bộ tham gia đội tuyên truyền, phối "
          "hợp với Công an xã tổ chức tuần tra, tuyên truyền lưu động trong mùa khô (tháng 01 - 4/2026)."),
        P("2. Hưởng ứng Ngày Pháp luật Việt Nam", bold=True),
        P("- Văn phòng HĐND và UBND xã có trách nhiệm treo băng rôn, khẩu hiệu và đăng tải tin bài trên "
          "Trang thông tin điện tử xã; hoàn thành trước ngày 05/11/2026."),
        P("- Đề nghị Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội phát động đoàn viên, hội "
          "viên tìm hiểu pháp luật, phối hợp với Trường THCS Quảng Khê tổ chức sân chơi pháp luật cho học "
          "sinh; thời gian: tháng 11/2026."),
        P("3. Xây dựng mô hình \"Bon, thôn không có vi phạm pháp luật\"", bold=True),
        P("Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp với Công an xã, già làng và Trưởng các "
          "thôn, bon xây dựng và nhân rộng mô hình. Thời gian: Quý II - Quý IV/2026."),
        P("4. Trợ giúp pháp lý cho người dân tộc thiểu số", bold=True),
        P("Công chức Tư pháp - Hộ tịch có trách nhiệm phối hợp với Chi nhánh Trợ giúp pháp lý số 3 tổ "
          "chức các đợt trợ giúp pháp lý lưu động theo kế hoạch của Trung tâm Trợ giúp pháp lý nhà nước "
          "tỉnh. Thời gian: trong năm 2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Phòng Văn hóa - Xã hội là đầu mối theo dõi, hướng dẫn thực hiện Kế hoạch."),
        P("2. Các đơn vị báo cáo kết quả trước ngày 25/11/2026."),
    ]
    + _end([], "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "K' Điểu Brông"),
    [
        Exp("Phòng Kinh tế chủ trì xây dựng nội dung tài liệu", ("Phòng Kinh tế",), (), "2026-06-30"),
        Exp("Đề nghị Hạt Kiểm lâm liên xã Quảng Khê", ("Hạt Kiểm lâm liên xã Quảng Khê - Đắk Som",),
            ("Công an xã",), "2026-04-30"),
        Exp("Văn phòng HĐND và UBND xã có trách nhiệm treo", ("Văn phòng HĐND và UBND xã",), (),
            "2026-11-05"),
        Exp("Đề nghị Ủy ban MTTQ Việt Nam xã", ("Ủy ban MTTQ Việt Nam xã",
                                                 "các tổ chức chính trị - xã hội"),
            ("Trường THCS Quảng Khê",), "2026-11-30"),
        Exp("Xây dựng mô hình \"Bon, thôn không có vi phạm", ("Phòng Văn hóa - Xã hội",),
            ("Công an xã", "già làng", "Trưởng các thôn, bon"), "2026-12-31"),
        Exp("Trợ giúp pháp lý cho người dân tộc thiểu số", ("Công chức Tư pháp - Hộ tịch",),
            ("Chi nhánh Trợ giúp pháp lý số 3",), "2026-12-31"),
    ],
)

# ---------------------------------------------------------------- 7. xã, Cà Mau
_CM_ROWS = (
    ("TT", "Nội dung thực hiện", "Đơn vị thực hiện", "", "Thời gian hoàn thành", "Kinh phí"),
    ("", "", "Chủ trì", "Phối hợp", "", ""),
    ("1", "Tuyên truyền pháp luật về thủy sản, chống khai thác IUU cho ngư dân, chủ tàu cá",
     "Phòng Kinh tế", "Đồn Biên phòng Gành Hào; Trạm Kiểm ngư; Hội Nghề cá xã", "Quý I - II/2026",
     "Ngân sách xã"),
    ("2", "Phổ biến pháp luật về nuôi trồng thủy sản, bảo vệ rừng phòng hộ ven biển",
     "Phòng Kinh tế", "Ban Quản lý rừng phòng hộ Gành Hào", "Tháng 6/2026", "Lồng ghép"),
    ("3", "Tổ chức hội nghị tuyên truyền pháp luật về phòng, chống mua bán người, xuất cảnh trái phép",
     "Công an xã", "Hội Liên hiệp Phụ nữ xã, Đoàn Thanh niên xã", "Tháng 7/2026", "Ngân sách xã"),
    ("4", "Sinh hoạt \"Ngày Pháp luật\" định kỳ tại cơ quan UBND xã", "Văn phòng HĐND và UBND xã",
     "Các phòng chuyên môn", "Hằng tháng", "Không"),
    ("5", "Bồi dưỡng kiến thức pháp luật cho Trưởng ấp, Phó Trưởng ấp, Tổ trưởng tổ tự quản",
     "Phòng Văn hóa - Xã hội", "công chức Tư pháp - Hộ tịch", "Quý III/2026", "Ngân sách xã"),
    ("6", "Duy trì, nâng cao hiệu quả tủ sách pháp luật tại các ấp và điểm bưu điện văn hóa xã",
     "Phòng Văn hóa - Xã hội", "Bưu điện văn hóa xã Gành Hào", "Cả năm", "Xã hội hóa"),
    ("7", "Kiểm tra, đánh giá công tác hòa giải ở cơ sở tại 14 ấp", "công chức Tư pháp - Hộ tịch",
     "Ủy ban MTTQ Việt Nam xã", "từ ngày 01/10 đến ngày 31/10/2026", "Không"),
)
PLAN_XA_CM = Plan(
    "xa_ca_mau_two_row_header",
    _header(
        "UBND TỈNH CÀ MAU",
        "ỦY BAN NHÂN DÂN XÃ GÀNH HÀO",
        "14/KH-UBND",
        "Gành Hào, ngày 29 tháng 01 năm 2026",
        "Phổ biến, giáo dục pháp luật cho ngư dân và người dân vùng ven biển",
        "năm 2026",
    )
    + [
        P("Căn cứ Luật Thủy sản năm 2017;"),
        P("Căn cứ Kế hoạch số 28/KH-UBND ngày 15/01/2026 của UBND tỉnh Cà Mau về tăng cường công tác "
          "chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định;"),
    ]
    + _purpose([
        "Nâng cao ý thức chấp hành pháp luật của ngư dân, góp phần gỡ cảnh báo \"thẻ vàng\" IUU.",
        "Giữ vững an ninh trật tự vùng ven biển.",
        "Các hoạt động thực hiện theo đúng tiến độ, sử dụng kinh phí tiết kiệm.",
    ])
    + [
        P("II. NỘI DUNG, THỜI GIAN VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        T(_CM_ROWS, (8, 62, 30, 40, 28, 22)),
        P("III. KINH PHÍ", bold=True),
        P("Kinh phí thực hiện từ nguồn ngân sách xã năm 2026 và nguồn xã hội hóa."),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các đơn vị gửi báo cáo kết quả về UBND xã (qua công chức Tư pháp - Hộ tịch) trước ngày "
          "15/11/2026."),
    ]
    + _end([], "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Lâm Hoàng Khởi"),
    [
        Exp("Tuyên truyền pháp luật về thủy sản, chống khai thác IUU", ("Phòng Kinh tế",),
            ("Đồn Biên phòng Gành Hào", "Trạm Kiểm ngư", "Hội Nghề cá xã"), "2026-06-30"),
        Exp("Phổ biến pháp luật về nuôi trồng thủy sản", ("Phòng Kinh tế",),
            ("Ban Quản lý rừng phòng hộ Gành Hào",), "2026-06-30"),
        Exp("Tổ chức hội nghị tuyên truyền pháp luật về phòng, chống mua bán người", ("Công an xã",),
            ("Hội Liên hiệp Phụ nữ xã", "Đoàn Thanh niên xã"), "2026-07-31"),
        Exp("Sinh hoạt \"Ngày Pháp luật\" định kỳ", ("Văn phòng HĐND và UBND xã",),
            ("Các phòng chuyên môn",), "2026-12-31"),
        Exp("Bồi dưỡng kiến thức pháp luật cho Trưởng ấp", ("Phòng Văn hóa - Xã hội",),
            ("công chức Tư pháp - Hộ tịch",), "2026-09-30"),
        Exp("Duy trì, nâng cao hiệu quả tủ sách pháp luật", ("Phòng Văn hóa - Xã hội",),
            ("Bưu điện văn hóa xã Gành Hào",), "2026-12-31"),
        Exp("Kiểm tra, đánh giá công tác hòa giải", ("công chức Tư pháp - Hộ tịch",),
            ("Ủy ban MTTQ Việt Nam xã",), "2026-10-31"),
    ],
)

# ---------------------------------------------------------------- 8. phường, Đồng Tháp
PLAN_PH_DT = Plan(
    "phuong_dong_thap_inline_paren",
    _header(
        "UBND TỈNH ĐỒNG THÁP",
        "ỦY BAN NHÂN DÂN PHƯỜNG MỸ THO",
        "62/KH-UBND",
        "Mỹ Tho, ngày 05 tháng 02 năm 2026",
        "Thực hiện công tác phổ biến, giáo dục pháp luật và xây dựng phường đạt chuẩn",
        "tiếp cận pháp luật năm 2026",
    )
    + [
        P("Căn cứ Quyết định số 25/2021/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ quy định về xã, "
          "phường, thị trấn đạt chuẩn tiếp cận pháp luật;"),
        P("Căn cứ Kế hoạch số 17/KH-UBND ngày 12/01/2026 của UBND tỉnh Đồng Tháp;"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Tiếp tục đổi mới hình thức PBGDPL, ứng dụng chuyển đổi số; giữ vững phường đạt chuẩn tiếp "
          "cận pháp luật."),
        P("II. NHIỆM VỤ", bold=True),
        P("1. Quán triệt, phổ biến các văn bản pháp luật mới có hiệu lực năm 2026 cho cán bộ, công chức "
          "phường (Chủ trì: Văn phòng HĐND và UBND phường; phối hợp: Phòng Văn hóa - Xã hội; thời gian: "
          "Quý I/2026)."),
        P("2. Tuyên truyền pháp luật về trật tự đô thị, vệ sinh môi trường, lấn chiếm vỉa hè tại các "
          "khu phố (Chủ trì: Phòng Kinh tế, Hạ tầng và Đô thị; phối hợp: Công an phường, Trưởng khu phố "
          "các khu phố; thời gian: thường xuyên)."),
        P("3. Tổ chức cuộc thi trực tuyến tìm hiểu pháp luật về chuyển đổi số, giao dịch điện tử "
          "(Chủ trì: Đoàn Thanh niên phường; phối hợp: Phòng Văn hóa - Xã hội, Công an phường; thời gian: "
          "tháng 8 - 9/2026)."),
        P("4. Phổ biến pháp luật về thuế, hóa đơn điện tử cho hộ kinh doanh (Chủ trì: Thuế cơ sở 1 tỉnh "
          "Đồng Tháp; phối hợp: Phòng Kinh tế, Hạ tầng và Đô thị; thời gian: Quý II/2026)."),
        P("5. Đánh giá, công nhận phường đạt chuẩn tiếp cận pháp luật (Chủ trì: Phòng Văn hóa - Xã hội; "
          "phối hợp: các thành viên Hội đồng đánh giá; thời gian: trước ngày 20/11/2026)."),
        P("6. Tuyên truyền pháp luật cho người lao động trong các doanh nghiệp tại Khu công nghiệp Mỹ Tho "
          "(Chủ trì: Liên đoàn Lao động phường; phối hợp: Ban Quản lý các Khu công nghiệp tỉnh, các doanh "
          "nghiệp; thời gian: Tháng 4 - 5/2026)."),
        P("7. Cung cấp thông tin, trả lời chất vấn pháp luật theo yêu cầu của người dân (Chủ trì: "
          "Chủ tịch UBND phường; phối hợp: các phòng chuyên môn; thời gian: khi có yêu cầu)."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Thủ trưởng các đơn vị chịu trách nhiệm triển khai; báo cáo kết quả 6 tháng trước ngày 10/6/2026, "
          "cả năm trước ngày 10/11/2026 về Phòng Văn hóa - Xã hội."),
    ]
    + _end([], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Thị Bích Vân"),
    [
        Exp("Quán triệt, phổ biến các văn bản pháp luật mới", ("Văn phòng HĐND và UBND phường",),
            ("Phòng Văn hóa - Xã hội",), "2026-03-31"),
        Exp("Tuyên truyền pháp luật về trật tự đô thị", ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Công an phường", "Trưởng khu phố các khu phố"), "2026-12-31"),
        Exp("Tổ chức cuộc thi trực tuyến tìm hiểu", ("Đoàn Thanh niên phường",),
            ("Phòng Văn hóa - Xã hội", "Công an phường"), "2026-09-30"),
        Exp("Phổ biến pháp luật về thuế, hóa đơn điện tử", ("Thuế cơ sở 1 tỉnh Đồng Tháp",),
            ("Phòng Kinh tế, Hạ tầng và Đô thị",), "2026-06-30"),
        Exp("Đánh giá, công nhận phường đạt chuẩn", ("Phòng Văn hóa - Xã hội",),
            ("các thành viên Hội đồng đánh giá",), "2026-11-20"),
        Exp("Tuyên truyền pháp luật cho người lao động trong", ("Liên đoàn Lao động phường",),
            ("Ban Quản lý các Khu công nghiệp tỉnh", "các doanh nghiệp"), "2026-05-31"),
        Exp("Cung cấp thông tin, trả lời chất vấn", ("Chủ tịch UBND phường",), ("các phòng chuyên môn",),
            "2026-12-31", on_request=True),
    ],
)

# ---------------------------------------------------------------- 9. HĐPH xã, Quảng Ngãi
PLAN_HDPH_QN = Plan(
    "hdph_xa_quang_ngai_decimal",
    _header(
        "UBND XÃ ĐĂK HÀ",
        "HỘI ĐỒNG PHỐI HỢP PHỔ BIẾN,\nGIÁO DỤC PHÁP LUẬT",
        "02/KH-HĐPH",
        "Đăk Hà, ngày 26 tháng 02 năm 2026",
        "Hoạt động của Hội đồng phối hợp phổ biến, giáo dục pháp luật xã năm 2026",
        "",
    )
    + [
        P("Căn cứ Quyết định số 27/2013/QĐ-TTg ngày 19/5/2013 của Thủ tướng Chính phủ quy định về thành "
          "phần và nhiệm vụ, quyền hạn của Hội đồng phối hợp phổ biến, giáo dục pháp luật;"),
        P("Căn cứ Kế hoạch số 11/KH-HĐPH ngày 06/02/2026 của Hội đồng phối hợp PBGDPL tỉnh Quảng Ngãi;"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Tăng cường phối hợp giữa các cơ quan, đoàn thể; chú trọng đồng bào Xơ Đăng, Ba Na ở các thôn, "
          "làng đặc biệt khó khăn."),
        P("II. NHIỆM VỤ", bold=True),
        P("1. Công tác tham mưu, chỉ đạo", bold=True),
        P("1.1. Tham mưu UBND xã triển khai các chương trình, đề án về PBGDPL giai đoạn 2026 - 2030 theo "
          "hướng dẫn của tỉnh. Cơ quan thực hiện: Phòng Văn hóa - Xã hội. Thời hạn: sau khi UBND tỉnh "
          "ban hành kế hoạch thực hiện."),
        P("1.2. Xây dựng và triển khai Kế hoạch phổ biến Hiến pháp, các luật được sửa đổi năm 2025 cho "
          "cán bộ, công chức xã. Cơ quan thực hiện: công chức Tư pháp - Hộ tịch; phối hợp: Văn phòng "
          "HĐND và UBND xã. Thời hạn: Quý I/2026."),
        P("2. Hoạt động phổ biến, giáo dục pháp luật", bold=True),
        P("2.1. Tuyên truyền pháp luật về phòng, chống tội phạm, tệ nạn xã hội tại các thôn, làng. Cơ "
          "quan thực hiện: Công an xã, phối hợp Ban Chỉ huy Quân sự xã và Trưởng thôn, làng. Thời hạn: "
          "Cả năm."),
        P("2.2. Phổ biến chính sách, pháp luật về dân tộc, giảm nghèo bền vững cho đồng bào dân tộc thiểu "
          "số. Cơ quan thực hiện: Phòng Văn hóa - Xã hội; phối hợp: Hội Nông dân xã; Hội Cựu chiến binh "
          "xã; Đồn Biên phòng Đăk Hà. Thời hạn: Quý II, III/2026."),
        P("2.3. Tổ chức tuyên truyền pháp luật trong trường học, ngoại khóa pháp luật năm học 2026 - 2027. "
          "Cơ quan thực hiện: Trường PTDTBT THCS Đăk Hà, Trường Tiểu học Đăk Hà; phối hợp: Đoàn Thanh "
          "niên xã. Thời hạn: từ tháng 9 đến tháng 12/2026."),
        P("2.4. Cung cấp tài liệu PBGDPL cho thành viên Hội đồng khi có văn bản luật mới. Cơ quan thực "
          "hiện: Thường trực Hội đồng phối hợp PBGDPL xã. Thời hạn: khi có văn bản mới được ban hành."),
        P("3. Kiểm tra, báo cáo", bold=True),
        P("3.1. Kiểm tra việc thực hiện nhiệm vụ PBGDPL của các thành viên Hội đồng. Cơ quan thực hiện: "
          "Chủ tịch Hội đồng; phối hợp: Thường trực Hội đồng. Thời hạn: tháng 10/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Thành viên Hội đồng gửi báo cáo kết quả về Thường trực Hội đồng trước ngày 15/11/2026."),
    ]
    + _end([], "TM. HỘI ĐỒNG\nCHỦ TỊCH\nCHỦ TỊCH UBND XÃ", "A Blong",
           ("Hội đồng phối hợp PBGDPL tỉnh",)),
    [
        Exp("Tham mưu UBND xã triển khai các chương trình", ("Phòng Văn hóa - Xã hội",), (),
            "2026-12-31", on_request=True),
        Exp("Xây dựng và triển khai Kế hoạch phổ biến Hiến pháp", ("công chức Tư pháp - Hộ tịch",),
            ("Văn phòng HĐND và UBND xã",), "2026-03-31"),
        Exp("Tuyên truyền pháp luật về phòng, chống tội phạm", ("Công an xã",),
            ("Ban Chỉ huy Quân sự xã", "Trưởng thôn, làng"), "2026-12-31"),
        Exp("Phổ biến chính sách, pháp luật về dân tộc", ("Phòng Văn hóa - Xã hội",),
            ("Hội Nông dân xã", "Hội Cựu chiến binh xã", "Đồn Biên phòng Đăk Hà"), "2026-09-30"),
        Exp("Tổ chức tuyên truyền pháp luật trong trường học",
            ("Trường PTDTBT THCS Đăk Hà", "Trường Tiểu học Đăk Hà"), ("Đoàn Thanh niên xã",),
            "2026-12-31"),
        Exp("Cung cấp tài liệu PBGDPL cho thành viên", ("Thường trực Hội đồng phối hợp PBGDPL xã",), (),
            "2026-12-31", on_request=True),
        Exp("Kiểm tra việc thực hiện nhiệm vụ PBGDPL", ("Chủ tịch Hội đồng",), ("Thường trực Hội đồng",),
            "2026-10-31"),
    ],
)

# ---------------------------------------------------------------- 10. xã, An Giang, plan 2027
_AG27_ROWS = (
    ("STT", "Nhiệm vụ", "Sản phẩm", "Chủ trì thực hiện", "Đơn vị phối hợp", "Tiến độ"),
    ("1", "Phổ biến pháp luật về biển, đảo và bảo vệ nguồn lợi thủy sản cho ngư dân các đảo",
     "Hội nghị; tờ gấp", "Phòng Kinh tế", "Đồn Biên phòng Tiên Hải, Công an xã", "Quý I/2027"),
    ("2", "Tuyên truyền pháp luật về du lịch, bảo vệ môi trường cho cơ sở lưu trú, homestay",
     "Hội nghị tuyên truyền", "Phòng Văn hóa - Xã hội", "Phòng Kinh tế; các cơ sở kinh doanh du lịch",
     "Tháng 3 - 4/2027"),
    ("3", "Xây dựng chuyên mục \"Pháp luật và đời sống\" trên hệ thống loa truyền thanh ấp",
     "Chuyên mục hằng tuần", "Phòng Văn hóa - Xã hội", "", "Thường xuyên"),
    ("4", "Tập huấn nghiệp vụ hộ tịch, chứng thực cho công chức bộ phận một cửa",
     "Lớp tập huấn", "công chức Tư pháp - Hộ tịch", "Trung tâm Phục vụ hành chính công xã",
     "Tháng 5/2027"),
    ("5", "Phổ biến pháp luật về phòng cháy, chữa cháy và cứu nạn, cứu hộ cho hộ gia đình, tàu thuyền",
     "Diễn tập, hội nghị", "Công an xã", "Ban Chỉ huy Quân sự xã, Trưởng ấp các ấp", "Quý II - III/2027"),
    ("6", "Tổng kết công tác PBGDPL, hòa giải ở cơ sở và chuẩn tiếp cận pháp luật năm 2027",
     "Báo cáo tổng kết", "công chức Tư pháp - Hộ tịch", "Các đơn vị có liên quan", "trước ngày 10/12/2027"),
)
PLAN_XA_AG27 = Plan(
    "xa_an_giang_2027_products",
    _header(
        "UBND TỈNH AN GIANG",
        "ỦY BAN NHÂN DÂN XÃ TIÊN HẢI",
        "145/KH-UBND",
        "Tiên Hải, ngày 18 tháng 12 năm 2026",
        "Phổ biến, giáo dục pháp luật năm 2027",
        "",
    )
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012;"),
        P("Căn cứ Kế hoạch số 398/KH-UBND ngày 08/12/2026 của UBND tỉnh An Giang về công tác phổ biến, "
          "giáo dục pháp luật năm 2027;"),
    ]
    + _purpose([
        "Nâng cao hiểu biết pháp luật của ngư dân, người dân trên đảo.",
        "Hỗ trợ phát triển du lịch biển đảo bền vững.",
        "Mỗi nhiệm vụ có sản phẩm cụ thể, đúng tiến độ.",
    ])
    + [
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        T(_AG27_ROWS, (10, 60, 28, 32, 38, 24)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Công chức Tư pháp - Hộ tịch tham mưu UBND xã theo dõi, kiểm tra việc thực hiện Kế hoạch."),
        P("2. Các đơn vị báo cáo kết quả 6 tháng trước ngày 05/6/2027, năm trước ngày 05/11/2027."),
    ]
    + _end([], "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Danh Hoàng Phúc"),
    [
        Exp("Phổ biến pháp luật về biển, đảo và bảo vệ", ("Phòng Kinh tế",),
            ("Đồn Biên phòng Tiên Hải", "Công an xã"), "2027-03-31"),
        Exp("Tuyên truyền pháp luật về du lịch", ("Phòng Văn hóa - Xã hội",),
            ("Phòng Kinh tế", "các cơ sở kinh doanh du lịch"), "2027-04-30"),
        Exp("Xây dựng chuyên mục \"Pháp luật và đời sống\"", ("Phòng Văn hóa - Xã hội",), (), "2027-12-31"),
        Exp("Tập huấn nghiệp vụ hộ tịch, chứng thực", ("công chức Tư pháp - Hộ tịch",),
            ("Trung tâm Phục vụ hành chính công xã",), "2027-05-31"),
        Exp("Phổ biến pháp luật về phòng cháy, chữa cháy", ("Công an xã",),
            ("Ban Chỉ huy Quân sự xã", "Trưởng ấp các ấp"), "2027-09-30"),
        Exp("Tổng kết công tác PBGDPL, hòa giải ở cơ sở", ("công chức Tư pháp - Hộ tịch",),
            ("Các đơn vị có liên quan",), "2027-12-10"),
    ],
)

PLANS: list[Plan] = [
    PLAN_XA_AG, PLAN_HDPH_CT, PLAN_XA_DL, PLAN_PH_GL, PLAN_XA_VL,
    PLAN_XA_LD, PLAN_XA_CM, PLAN_PH_DT, PLAN_HDPH_QN, PLAN_XA_AG27,
]
