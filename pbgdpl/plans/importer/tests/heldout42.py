"""Held-out evaluation set 42: ten plans of mass organisations and armed forces in central provinces.

Plans and layout features:
1. HND_NA   - Hội Nông dân tỉnh Nghệ An: roman + bold "1." headings, inline label line
              "Đơn vị chủ trì: …; phối hợp: …; thời gian: …"; on-request item.
2. DOAN_HT  - Tỉnh Đoàn Hà Tĩnh: table STT | Nội dung | Chủ trì | Phối hợp | Thời gian hoàn thành with
              roman group rows; month ranges, "Tháng 5 và tháng 11".
3. CCB_QT   - Hội CCB tỉnh Quảng Trị: non-bold a)/b)/c) under a group heading, prose "Giao X chủ trì,
              phối hợp với Y", "X chủ trì; Y phối hợp", one item with two "-" assignment blocks.
4. LDLD_DN  - LĐLĐ thành phố Đà Nẵng: table without STT, columns Nội dung | Thời gian | Chủ trì | Phối hợp |
              Sản phẩm, letter group rows; on-request row.
5. CA_TH    - Công an tỉnh Thanh Hóa: "1.1." items, labels on own lines ("Chủ trì thực hiện:", "Phối hợp:",
              "Thời hạn:"), mixed ";"/"," lists, event-triggered deadline.
6. BCHQS_QNg - Bộ CHQS tỉnh Quảng Ngãi: 2-row table header (Phân công thực hiện: Chủ trì/Phối hợp),
              Kinh phí and Ghi chú columns, group rows.
7. BDBP_KH  - BĐBP tỉnh Khánh Hòa: "-" items with "+ Cơ quan thực hiện:" / "+ Thời gian:" lines, one item
              with two "+" assignment blocks, on-request item.
8. CAX_HT   - Công an xã Cẩm Xuyên (Hà Tĩnh): roman headings, numbered prose paragraphs with persons as
              units ("Phó Trưởng Công an xã phụ trách …"), timeframe in parentheses, "sau khi" trigger.
9. DOAN_HUE - Đoàn phường Thuận Hóa (Huế): table STT | Thời gian | Nội dung | Người thực hiện | Phối hợp,
              persons as units, "Theo đề nghị của …".
10. HND_DL  - Hội Nông dân tỉnh Đắk Lắk, plan for 2027 issued 12/2026: table STT | Nội dung | Thời gian |
              Đơn vị thực hiện (one cell "Chủ trì: …\nPhối hợp: …") | Ghi chú.
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T, _header, _purpose


def _end(lines: list[str], recipients: list[str], role: str, signer: str, heading: str) -> list[P | T]:
    out: list[P | T] = [P(heading, bold=True)]
    out += [P(line) for line in lines]
    out.append(P("Nơi nhận:", bold=True))
    out += [P(r) for r in recipients]
    out += [P(role, bold=True, center=True), P("(Đã ký)", center=True), P(signer, bold=True, center=True)]
    return out


# ---------------------------------------------------------------- 1. Hội Nông dân tỉnh Nghệ An
PLAN_HND_NA = Plan(
    name="HND_NA",
    blocks=[
        *_header(
            "ỦY BAN MTTQ VIỆT NAM TỈNH NGHỆ AN",
            "BAN THƯỜNG VỤ HỘI NÔNG DÂN TỈNH",
            "18-KH/HNDT",
            "Nghệ An, ngày 20 tháng 01 năm 2026",
            "Tuyên truyền, phổ biến, giáo dục pháp luật cho cán bộ, hội viên nông dân",
            "năm 2026",
        ),
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012; Quyết định số 1521/QĐ-TTg ngày 06/10/2025 "
          "của Thủ tướng Chính phủ ban hành Kế hoạch thực hiện Chương trình phổ biến, giáo dục pháp luật "
          "giai đoạn 2026 - 2030;"),
        P("Căn cứ Kế hoạch số 05/KH-HĐPH ngày 12/01/2026 của Hội đồng phối hợp phổ biến, giáo dục pháp luật "
          "tỉnh Nghệ An về công tác phổ biến, giáo dục pháp luật năm 2026; Chương trình công tác năm 2026 "
          "của Trung ương Hội Nông dân Việt Nam,"),
        P("Ban Thường vụ Hội Nông dân tỉnh xây dựng Kế hoạch tuyên truyền, phổ biến, giáo dục pháp luật "
          "năm 2026 như sau:"),
        *_purpose([
            "Nâng cao nhận thức, ý thức chấp hành pháp luật của cán bộ, hội viên, nông dân; góp phần giảm "
            "thiểu vi phạm pháp luật, khiếu kiện đông người ở khu vực nông thôn.",
            "Phát huy vai trò của tổ chức Hội trong tham gia xây dựng và thực thi chính sách, pháp luật.",
            "Nội dung tuyên truyền thiết thực, phù hợp với đặc điểm của từng địa bàn, nhất là vùng đồng bào "
            "dân tộc thiểu số miền núi.",
            "Gắn công tác phổ biến pháp luật với các phong trào thi đua của Hội.",
        ]),
        P("II. NỘI DUNG, NHIỆM VỤ TRỌNG TÂM", bold=True),
        P("1. Tuyên truyền, phổ biến các văn bản pháp luật mới ban hành liên quan đến nông nghiệp, nông dân, "
          "nông thôn", bold=True),
        P("Tập trung các Luật Đất đai năm 2024, Luật Tài nguyên nước, Luật Trồng trọt, Luật Chăn nuôi và các "
          "văn bản hướng dẫn; lồng ghép trong sinh hoạt chi, tổ Hội, trên Bản tin Nông dân Nghệ An và "
          "trang thông tin điện tử của Hội."),
        P("- Đơn vị chủ trì: Ban Tuyên huấn; phối hợp: Văn phòng, Hội Nông dân các xã, phường; thời gian: "
          "thường xuyên trong năm."),
        P("2. Tổ chức Hội thi \"Nhà nông với pháp luật\" cấp tỉnh năm 2026", bold=True),
        P("Hội thi tổ chức theo hình thức sân khấu hóa, mỗi cụm thi đấu có từ 8 đến 10 đội dự thi của Hội "
          "Nông dân các xã, phường."),
        P("- Đơn vị chủ trì: Ban Tuyên huấn; phối hợp: Sở Tư pháp, Báo và Phát thanh, Truyền hình Nghệ An; "
          "thời gian: Quý III/2026."),
        P("3. Duy trì, nâng cao chất lượng hoạt động của các Câu lạc bộ \"Nông dân với pháp luật\"", bold=True),
        P("Rà soát, củng cố các câu lạc bộ hoạt động kém hiệu quả; thành lập mới ít nhất 10 câu lạc bộ tại "
          "các xã miền núi."),
        P("- Đơn vị chủ trì: Ban Xây dựng Hội; phối hợp: Hội Nông dân các xã, phường; thời gian: từ tháng 4 "
          "đến tháng 10/2026."),
        P("4. Phối hợp tổ chức trợ giúp pháp lý lưu động cho hội viên nông dân", bold=True),
        P("- Đơn vị chủ trì: Trung tâm Hỗ trợ nông dân tỉnh; phối hợp: Trung tâm Trợ giúp pháp lý nhà nước "
          "tỉnh và Hội Luật gia tỉnh; thời gian: Quý II, III/2026."),
        P("5. Biên soạn, phát hành tài liệu hỏi - đáp pháp luật về đất đai, môi trường", bold=True),
        P("In và cấp phát 5.000 cuốn tài liệu cho chi Hội, tổ Hội nghề nghiệp."),
        P("- Đơn vị chủ trì: Ban Kinh tế - Xã hội; phối hợp: Sở Nông nghiệp và Môi trường; thời gian: hoàn "
          "thành trước ngày 30/6/2026."),
        P("6. Tham gia góp ý dự thảo văn bản quy phạm pháp luật liên quan đến nông dân", bold=True),
        P("- Đơn vị chủ trì: Ban Kinh tế - Xã hội Hội Nông dân tỉnh; phối hợp: Văn phòng; thời gian: khi có "
          "đề nghị của cơ quan chủ trì soạn thảo."),
        P("7. Tập huấn, bồi dưỡng kiến thức pháp luật cho cán bộ Hội cơ sở", bold=True),
        P("- Đơn vị chủ trì: Ban Xây dựng Hội; phối hợp: Sở Tư pháp; thời gian: tháng 5/2026."),
        *_end(
            [
                "1. Các ban, đơn vị thuộc Hội Nông dân tỉnh căn cứ nhiệm vụ được giao xây dựng kế hoạch chi "
                "tiết, tổ chức thực hiện đảm bảo hiệu quả.",
                "2. Hội Nông dân các xã, phường xây dựng kế hoạch thực hiện tại địa phương; báo cáo kết quả "
                "về Ban Thường vụ Hội Nông dân tỉnh (qua Ban Tuyên huấn) trước ngày 25/11/2026.",
                "3. Văn phòng tham mưu bố trí kinh phí thực hiện Kế hoạch từ nguồn ngân sách cấp cho Hội.",
            ],
            ["- Trung ương Hội NDVN (b/c);", "- Sở Tư pháp;", "- Các ban, đơn vị;",
             "- Hội ND các xã, phường;", "- Lưu VP, TH."],
            "T/M BAN THƯỜNG VỤ\nPHÓ CHỦ TỊCH",
            "Nguyễn Văn Lương",
            "III. TỔ CHỨC THỰC HIỆN",
        ),
    ],
    expected=[
        Exp("Tuyên truyền, phổ biến các văn bản pháp luật mới ban hành",
            ("Ban Tuyên huấn",), ("Văn phòng", "Hội Nông dân các xã, phường"), "2026-12-31"),
        Exp("Tổ chức Hội thi \"Nhà nông với pháp luật\" cấp tỉnh",
            ("Ban Tuyên huấn",), ("Sở Tư pháp", "Báo và Phát thanh, Truyền hình Nghệ An"), "2026-09-30"),
        Exp("Duy trì, nâng cao chất lượng hoạt động của các Câu lạc bộ",
            ("Ban Xây dựng Hội",), ("Hội Nông dân các xã, phường",), "2026-10-31"),
        Exp("Phối hợp tổ chức trợ giúp pháp lý lưu động",
            ("Trung tâm Hỗ trợ nông dân tỉnh",),
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh", "Hội Luật gia tỉnh"), "2026-09-30"),
        Exp("Biên soạn, phát hành tài liệu hỏi - đáp pháp luật",
            ("Ban Kinh tế - Xã hội",), ("Sở Nông nghiệp và Môi trường",), "2026-06-30"),
        Exp("Tham gia góp ý dự thảo văn bản quy phạm pháp luật",
            ("Ban Kinh tế - Xã hội Hội Nông dân tỉnh",), ("Văn phòng",), "2026-12-31", on_request=True),
        Exp("Tập huấn, bồi dưỡng kiến thức pháp luật cho cán bộ Hội cơ sở",
            ("Ban Xây dựng Hội",), ("Sở Tư pháp",), "2026-05-31"),
    ],
)


# ---------------------------------------------------------------- 2. Tỉnh Đoàn Hà Tĩnh
PLAN_DOAN_HT = Plan(
    name="DOAN_HT",
    blocks=[
        P("BCH ĐOÀN TNCS HỒ CHÍ MINH\nTỈNH HÀ TĨNH", bold=True, center=True),
        P("***", center=True),
        P("Số: 112-KH/TĐTN-TG", center=True),
        P("ĐOÀN TNCS HỒ CHÍ MINH", bold=True, center=True),
        P("Hà Tĩnh, ngày 05 tháng 02 năm 2026", center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P("Công tác tuyên truyền, phổ biến, giáo dục pháp luật cho đoàn viên, thanh thiếu nhi năm 2026",
          bold=True, center=True),
        P("-----", center=True),
        P("Thực hiện Chương trình số 45-CTr/TĐTN-TG ngày 28/12/2025 của Ban Chấp hành Trung ương Đoàn về "
          "công tác giáo dục chính trị, tư tưởng, đạo đức, lối sống, văn hóa cho thanh thiếu nhi năm 2026; "
          "Kế hoạch số 09/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân tỉnh về công tác phổ biến, giáo dục "
          "pháp luật năm 2026, Ban Thường vụ Tỉnh đoàn ban hành Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Trang bị kiến thức pháp luật cần thiết cho đoàn viên, thanh thiếu nhi; hình thành ý thức "
          "\"sống và làm việc theo Hiến pháp và pháp luật\"."),
        P("- Đổi mới hình thức tuyên truyền, ứng dụng chuyển đổi số, phát huy vai trò của thanh niên trong "
          "tuyên truyền pháp luật trên không gian mạng."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        P("(Có bảng phân công chi tiết kèm theo)"),
        T(
            (
                ("STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"),
                ("I", "TUYÊN TRUYỀN TRÊN NỀN TẢNG SỐ VÀ CUỘC THI", "", "", ""),
                ("1", "Tuyên truyền Luật Thanh niên năm 2020 và các văn bản hướng dẫn thi hành trên các nền "
                 "tảng số của Đoàn (fanpage, Zalo OA, TikTok)", "Ban Tuyên giáo Tỉnh đoàn",
                 "Đoàn các xã, phường", "Cả năm"),
                ("2", "Tổ chức cuộc thi trực tuyến \"Thanh niên với pháp luật\" năm 2026",
                 "Ban Tuyên giáo Tỉnh đoàn", "Sở Tư pháp; Sở Khoa học và Công nghệ", "Tháng 7 - 9/2026"),
                ("II", "TUYÊN TRUYỀN CHUYÊN ĐỀ", "", "", ""),
                ("3", "Tuyên truyền pháp luật về trật tự, an toàn giao thông cho đoàn viên thanh niên, "
                 "học sinh", "Đoàn Thanh niên Công an tỉnh",
                 "Phòng Cảnh sát giao thông Công an tỉnh", "Quý III/2026"),
                ("4", "Tổ chức các buổi sinh hoạt chuyên đề \"Tuổi trẻ với pháp luật\" cho học sinh THPT",
                 "Ban Thanh niên trường học Tỉnh đoàn",
                 "Sở Giáo dục và Đào tạo, Đoàn trường các trường THPT", "Tháng 3, tháng 10/2026"),
                ("5", "Tuyên truyền phòng, chống ma túy, tệ nạn xã hội trong thanh thiếu niên",
                 "Ban Tuyên giáo Tỉnh đoàn",
                 "Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh; Trung tâm Hoạt động Thanh thiếu "
                 "nhi tỉnh", "Quý II/2026"),
                ("6", "Tư vấn pháp luật cho thanh niên công nhân tại Khu kinh tế Vũng Áng và các khu công "
                 "nghiệp", "Hội Liên hiệp Thanh niên Việt Nam tỉnh",
                 "Công đoàn Khu kinh tế tỉnh, Trung tâm Trợ giúp pháp lý nhà nước tỉnh",
                 "Tháng 5 và tháng 11/2026"),
                ("III", "KIỂM TRA, SƠ KẾT", "", "", ""),
                ("7", "Sơ kết, đánh giá kết quả thực hiện Kế hoạch năm 2026", "Văn phòng Tỉnh đoàn",
                 "Các ban chuyên môn Tỉnh đoàn", "Trước ngày 10/12/2026"),
            ),
            (10, 62, 38, 48, 32),
        ),
        *_end(
            [
                "1. Ban Tuyên giáo Tỉnh đoàn là đầu mối theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp "
                "kết quả báo cáo Ban Thường vụ Tỉnh đoàn.",
                "2. Các ban, đơn vị được phân công chủ động xây dựng kế hoạch chi tiết; Đoàn các xã, phường "
                "và đoàn trực thuộc báo cáo kết quả 6 tháng trước ngày 15/6/2026, cả năm trước ngày "
                "20/11/2026.",
            ],
            ["- Ban Tuyên giáo TW Đoàn (b/c);", "- Sở Tư pháp tỉnh;", "- Các ban, đơn vị Tỉnh đoàn;",
             "- Các cơ sở Đoàn trực thuộc;", "- Lưu VP, TG."],
            "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN\nPHÓ BÍ THƯ",
            "Trần Thị Hà My",
            "III. TỔ CHỨC THỰC HIỆN",
        ),
    ],
    expected=[
        Exp("Tuyên truyền Luật Thanh niên năm 2020", ("Ban Tuyên giáo Tỉnh đoàn",),
            ("Đoàn các xã, phường",), "2026-12-31"),
        Exp("Tổ chức cuộc thi trực tuyến \"Thanh niên với pháp luật\"", ("Ban Tuyên giáo Tỉnh đoàn",),
            ("Sở Tư pháp", "Sở Khoa học và Công nghệ"), "2026-09-30"),
        Exp("Tuyên truyền pháp luật về trật tự, an toàn giao thông", ("Đoàn Thanh niên Công an tỉnh",),
            ("Phòng Cảnh sát giao thông Công an tỉnh",), "2026-09-30"),
        Exp("Tổ chức các buổi sinh hoạt chuyên đề", ("Ban Thanh niên trường học Tỉnh đoàn",),
            ("Sở Giáo dục và Đào tạo", "Đoàn trường các trường THPT"), "2026-10-31"),
        Exp("Tuyên truyền phòng, chống ma túy, tệ nạn xã hội", ("Ban Tuyên giáo Tỉnh đoàn",),
            ("Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh",
             "Trung tâm Hoạt động Thanh thiếu nhi tỉnh"), "2026-06-30"),
        Exp("Tư vấn pháp luật cho thanh niên công nhân", ("Hội Liên hiệp Thanh niên Việt Nam tỉnh",),
            ("Công đoàn Khu kinh tế tỉnh", "Trung tâm Trợ giúp pháp lý nhà nước tỉnh"), "2026-11-30"),
        Exp("Sơ kết, đánh giá kết quả thực hiện Kế hoạch", ("Văn phòng Tỉnh đoàn",),
            ("Các ban chuyên môn Tỉnh đoàn",), "2026-12-10"),
    ],
)


# ---------------------------------------------------------------- 3. Hội Cựu chiến binh tỉnh Quảng Trị
PLAN_CCB_QT = Plan(
    name="CCB_QT",
    blocks=[
        *_header(
            "HỘI CỰU CHIẾN BINH VIỆT NAM",
            "HỘI CỰU CHIẾN BINH TỈNH QUẢNG TRỊ",
            "07/KH-CCB",
            "Quảng Trị, ngày 14 tháng 01 năm 2026",
            "Phổ biến, giáo dục pháp luật trong cán bộ, hội viên Cựu chiến binh",
            "năm 2026",
        ),
        P("Căn cứ Pháp lệnh Cựu chiến binh năm 2005; Điều lệ Hội Cựu chiến binh Việt Nam (sửa đổi, bổ sung) "
          "được Đại hội đại biểu toàn quốc lần thứ VII thông qua;"),
        P("Căn cứ Hướng dẫn số 12/HD-CCB ngày 22/12/2025 của Trung ương Hội Cựu chiến binh Việt Nam về công "
          "tác tuyên giáo năm 2026; Kế hoạch số 18/KH-UBND ngày 09/01/2026 của UBND tỉnh Quảng Trị về phổ "
          "biến, giáo dục pháp luật năm 2026,"),
        P("Thường trực Hội Cựu chiến binh tỉnh xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Giúp cán bộ, hội viên nắm vững chủ trương của Đảng, chính sách, pháp luật của Nhà nước, nhất là "
          "các quy định về quốc phòng, an ninh, chủ quyền biển, đảo và chính sách đối với người có công; "
          "cựu chiến binh gương mẫu chấp hành và vận động gia đình, nhân dân cùng thực hiện."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG", bold=True),
        P("1. Công tác tuyên truyền, phổ biến pháp luật", bold=True),
        P("a) Quán triệt, phổ biến Điều lệ Hội Cựu chiến binh Việt Nam, Pháp lệnh Cựu chiến binh và các văn "
          "bản mới có liên quan đến cựu chiến binh. Giao Ban Tuyên giáo chủ trì, phối hợp với Văn phòng Hội "
          "tham mưu tổ chức hội nghị trực tuyến đến cơ sở. Thời gian: Quý I/2026."),
        P("b) Tuyên truyền pháp luật về bảo vệ chủ quyền biển, đảo và biên giới quốc gia cho hội viên các "
          "xã ven biển và đặc khu Cồn Cỏ. Ban Tuyên giáo chủ trì; Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Hội "
          "Cựu chiến binh đặc khu Cồn Cỏ phối hợp. Thời gian: tháng 6 - tháng 8/2026."),
        P("c) Cung cấp thông tin, tài liệu pháp luật cho Hội Cựu chiến binh cơ sở: Văn phòng Hội có trách "
          "nhiệm tiếp nhận, cấp phát kịp thời tài liệu, sách pháp luật cho tủ sách của Hội ở các xã, "
          "phường, đặc khu. Thời gian: thường xuyên."),
        P("2. Nâng cao hiệu quả tham gia hòa giải ở cơ sở", bold=True),
        P("- Ban Tổ chức - Kiểm tra chủ trì, phối hợp với Sở Tư pháp rà soát, giới thiệu hội viên có uy tín, "
          "kinh nghiệm tham gia tổ hòa giải ở thôn, tổ dân phố; hoàn thành trong Quý II/2026."),
        P("- Hội Cựu chiến binh các xã, phường, đặc khu chủ động phối hợp với Ủy ban Mặt trận Tổ quốc Việt "
          "Nam cấp xã nắm tình hình, tham gia hòa giải các mâu thuẫn, tranh chấp ngay từ cơ sở; thực hiện "
          "thường xuyên."),
        P("3. Tham gia giám sát việc thực hiện chính sách, pháp luật đối với người có công với cách mạng",
          bold=True),
        P("Giao Ban Chính sách - Pháp luật chủ trì, phối hợp với Sở Nội vụ và Hội Cựu chiến binh các xã, "
          "phường, đặc khu xây dựng kế hoạch, tổ chức giám sát tại một số địa phương. Thời gian: Quý III - "
          "Quý IV/2026."),
        P("4. Tổ chức tọa đàm \"Cựu chiến binh gương mẫu chấp hành pháp luật, xây dựng quê hương\"", bold=True),
        P("Giao Ban Tuyên giáo chủ trì, phối hợp với Bộ Chỉ huy Quân sự tỉnh và Báo và Phát thanh, Truyền "
          "hình Quảng Trị tổ chức tọa đàm nhân kỷ niệm 36 năm Ngày thành lập Hội Cựu chiến binh Việt Nam "
          "(06/12/1989 - 06/12/2026). Thời gian: tháng 12/2026."),
        *_end(
            [
                "Các ban, Văn phòng Hội Cựu chiến binh tỉnh theo chức năng, nhiệm vụ triển khai thực hiện "
                "Kế hoạch. Hội Cựu chiến binh các xã, phường, đặc khu căn cứ Kế hoạch này xây dựng kế hoạch "
                "của cấp mình, báo cáo kết quả về Hội Cựu chiến binh tỉnh (qua Ban Tuyên giáo) trước ngày "
                "30/11/2026 để tổng hợp báo cáo Trung ương Hội và UBND tỉnh.",
            ],
            ["- TW Hội CCB Việt Nam (b/c);", "- Sở Tư pháp;", "- Các ban, VP Hội;", "- Hội CCB cơ sở;",
             "- Lưu: VT."],
            "TM. THƯỜNG TRỰC\nCHỦ TỊCH",
            "Lê Quang Thắng",
            "III. TỔ CHỨC THỰC HIỆN",
        ),
    ],
    expected=[
        Exp("Quán triệt, phổ biến Điều lệ Hội Cựu chiến binh Việt Nam", ("Ban Tuyên giáo",),
            ("Văn phòng Hội",), "2026-03-31"),
        Exp("Tuyên truyền pháp luật về bảo vệ chủ quyền biển, đảo", ("Ban Tuyên giáo",),
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Hội Cựu chiến binh đặc khu Cồn Cỏ"), "2026-08-31"),
        Exp("Cung cấp thông tin, tài liệu pháp luật cho Hội Cựu chiến binh cơ sở", ("Văn phòng Hội",), (),
            "2026-12-31"),
        Exp("Ban Tổ chức - Kiểm tra chủ trì, phối hợp với Sở Tư pháp", ("Ban Tổ chức - Kiểm tra",),
            ("Sở Tư pháp",), "2026-06-30"),
        Exp("Hội Cựu chiến binh các xã, phường, đặc khu chủ động",
            ("Hội Cựu chiến binh các xã, phường, đặc khu",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã",), "2026-12-31"),
        Exp("Tham gia giám sát việc thực hiện chính sách, pháp luật", ("Ban Chính sách - Pháp luật",),
            ("Sở Nội vụ", "Hội Cựu chiến binh các xã, phường, đặc khu"), "2026-12-31"),
        Exp("Tổ chức tọa đàm \"Cựu chiến binh gương mẫu", ("Ban Tuyên giáo",),
            ("Bộ Chỉ huy Quân sự tỉnh", "Báo và Phát thanh, Truyền hình Quảng Trị"), "2026-12-31"),
    ],
)


# ---------------------------------------------------------------- 4. LĐLĐ thành phố Đà Nẵng
PLAN_LDLD_DN = Plan(
    name="LDLD_DN",
    blocks=[
        P("TỔNG LĐLĐ VIỆT NAM\nLIÊN ĐOÀN LAO ĐỘNG\nTHÀNH PHỐ ĐÀ NẴNG", bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P("Số: 41/KH-LĐLĐ", center=True),
        P("Đà Nẵng, ngày 26 tháng 01 năm 2026", center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P("Tuyên truyền, phổ biến, giáo dục pháp luật cho đoàn viên, người lao động năm 2026",
          bold=True, center=True),
        P("Căn cứ Luật Công đoàn năm 2024; Bộ luật Lao động năm 2019; Nghị quyết số 03/NQ-BCH ngày "
          "15/12/2025 của Ban Chấp hành Liên đoàn Lao động thành phố về nhiệm vụ năm 2026;"),
        P("Căn cứ Kế hoạch số 27/KH-UBND ngày 16/01/2026 của Ủy ban nhân dân thành phố Đà Nẵng về công tác "
          "phổ biến, giáo dục pháp luật năm 2026;"),
        P("Ban Thường vụ Liên đoàn Lao động thành phố ban hành Kế hoạch tuyên truyền, phổ biến, giáo dục "
          "pháp luật năm 2026, cụ thể như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Nâng cao hiểu biết pháp luật về lao động, công đoàn, bảo hiểm xã hội, an toàn, vệ sinh lao "
          "động cho đoàn viên, người lao động, nhất là lao động trong các khu công nghiệp."),
        P("2. Công tác tuyên truyền phải gắn với chức năng đại diện, bảo vệ quyền, lợi ích hợp pháp, chính "
          "đáng của đoàn viên, người lao động; tránh hình thức."),
        P("II. NỘI DUNG, THỜI GIAN VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        T(
            (
                ("Nội dung công việc", "Thời gian", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm"),
                ("A. PHỔ BIẾN PHÁP LUẬT", "", "", "", ""),
                ("Tuyên truyền Bộ luật Lao động, Luật Công đoàn năm 2024 và Luật Bảo hiểm xã hội năm 2024 "
                 "trên Báo Lao động Đà Nẵng điện tử, trang mạng xã hội của Công đoàn", "Cả năm",
                 "Ban Tuyên giáo", "Công đoàn các ngành; Công đoàn các khu công nghệ cao và các khu công "
                 "nghiệp", "Tin, bài, video clip"),
                ("Tổ chức Tháng Công nhân năm 2026 gắn với tuyên truyền pháp luật lao động tại doanh "
                 "nghiệp", "Tháng 5/2026", "Ban Tuyên giáo", "Sở Nội vụ",
                 "Chuỗi hoạt động Tháng Công nhân"),
                ("Tư vấn pháp luật miễn phí cho đoàn viên, người lao động qua đường dây nóng và trực tiếp",
                 "Thường xuyên", "Trung tâm Tư vấn pháp luật Công đoàn thành phố",
                 "Ban Chính sách - Pháp luật", "Sổ theo dõi vụ việc tư vấn"),
                ("Phối hợp tổ chức đối thoại về chính sách bảo hiểm xã hội, bảo hiểm thất nghiệp",
                 "Quý II - III/2026", "Ban Chính sách - Pháp luật",
                 "Bảo hiểm xã hội thành phố Đà Nẵng, Sở Nội vụ", "04 hội nghị đối thoại"),
                ("B. BỒI DƯỠNG, THAM GIA XÂY DỰNG PHÁP LUẬT", "", "", "", ""),
                ("Tập huấn kỹ năng thương lượng tập thể cho cán bộ công đoàn cơ sở", "Tháng 6 - 8/2026",
                 "Ban Tổ chức", "Công đoàn Viên chức thành phố", "Lớp tập huấn"),
                ("Tham gia xây dựng, góp ý dự thảo văn bản quy phạm pháp luật liên quan đến người lao "
                 "động", "Khi có đề nghị của cơ quan soạn thảo", "Ban Chính sách - Pháp luật", "",
                 "Văn bản góp ý"),
                ("Báo cáo kết quả công tác phổ biến, giáo dục pháp luật năm 2026", "Trước ngày 05/12/2026",
                 "Văn phòng", "Ban Tuyên giáo", "Báo cáo"),
            ),
            (64, 26, 30, 44, 26),
        ),
        *_end(
            [
                "- Các ban, đơn vị thuộc Liên đoàn Lao động thành phố căn cứ nội dung được phân công chủ động "
                "triển khai; đề xuất kinh phí từ nguồn tài chính công đoàn.",
                "- Công đoàn các ngành, Công đoàn các khu công nghệ cao và các khu công nghiệp, công đoàn cơ "
                "sở trực thuộc xây dựng kế hoạch, gửi kết quả về Liên đoàn Lao động thành phố (qua Ban Tuyên "
                "giáo) trước ngày 25/11/2026.",
            ],
            ["- Tổng LĐLĐ Việt Nam (b/c);", "- Sở Tư pháp thành phố;", "- Các ban, đơn vị LĐLĐ TP;",
             "- Công đoàn cấp trên cơ sở;", "- Lưu: VT, TG."],
            "TM. BAN THƯỜNG VỤ\nPHÓ CHỦ TỊCH",
            "Phan Thị Diệu Linh",
            "III. TỔ CHỨC THỰC HIỆN",
        ),
    ],
    expected=[
        Exp("Tuyên truyền Bộ luật Lao động, Luật Công đoàn năm 2024", ("Ban Tuyên giáo",),
            ("Công đoàn các ngành", "Công đoàn các khu công nghệ cao và các khu công nghiệp"), "2026-12-31"),
        Exp("Tổ chức Tháng Công nhân năm 2026", ("Ban Tuyên giáo",), ("Sở Nội vụ",), "2026-05-31"),
        Exp("Tư vấn pháp luật miễn phí cho đoàn viên", ("Trung tâm Tư vấn pháp luật Công đoàn thành phố",),
            ("Ban Chính sách - Pháp luật",), "2026-12-31"),
        Exp("Phối hợp tổ chức đối thoại về chính sách bảo hiểm xã hội", ("Ban Chính sách - Pháp luật",),
            ("Bảo hiểm xã hội thành phố Đà Nẵng", "Sở Nội vụ"), "2026-09-30"),
        Exp("Tập huấn kỹ năng thương lượng tập thể", ("Ban Tổ chức",), ("Công đoàn Viên chức thành phố",),
            "2026-08-31"),
        Exp("Tham gia xây dựng, góp ý dự thảo văn bản", ("Ban Chính sách - Pháp luật",), (), "2026-12-31",
            on_request=True),
        Exp("Báo cáo kết quả công tác phổ biến, giáo dục pháp luật", ("Văn phòng",), ("Ban Tuyên giáo",),
            "2026-12-05"),
    ],
)


# ---------------------------------------------------------------- 5. Công an tỉnh Thanh Hóa
PLAN_CA_TH = Plan(
    name="CA_TH",
    blocks=[
        *_header(
            "BỘ CÔNG AN",
            "CÔNG AN TỈNH THANH HÓA",
            "286/KH-CAT-PV01",
            "Thanh Hóa, ngày 03 tháng 02 năm 2026",
            "Công tác phổ biến, giáo dục pháp luật trong Công an tỉnh",
            "năm 2026",
        ),
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012; Thông tư số 58/2024/TT-BCA ngày 14/11/2024 "
          "của Bộ trưởng Bộ Công an quy định về công tác phổ biến, giáo dục pháp luật trong Công an nhân "
          "dân; Kế hoạch số 3612/KH-BCA-V03 ngày 19/12/2025 của Bộ Công an về phổ biến, giáo dục pháp luật "
          "năm 2026;"),
        P("Căn cứ Kế hoạch số 21/KH-UBND ngày 12/01/2026 của Ủy ban nhân dân tỉnh Thanh Hóa, Công an tỉnh "
          "xây dựng Kế hoạch thực hiện như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Nâng cao nhận thức, ý thức chấp hành pháp luật của cán bộ, chiến sĩ; phát huy vai trò của lực "
          "lượng Công an trong tuyên truyền, phổ biến pháp luật cho Nhân dân."),
        P("- Phân công cụ thể, rõ người, rõ việc, rõ thời hạn; gắn với thực hiện nhiệm vụ chính trị của "
          "từng đơn vị."),
        P("II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        P("1. Phổ biến pháp luật trong cán bộ, chiến sĩ và Nhân dân", bold=True),
        P("1.1. Tổ chức quán triệt, phổ biến các luật, nghị định mới có hiệu lực năm 2026 thuộc lĩnh vực "
          "an ninh, trật tự"),
        P("- Chủ trì thực hiện: Phòng Tham mưu."),
        P("- Phối hợp: Phòng Công tác đảng và công tác chính trị."),
        P("- Thời hạn: Quý I và Quý II/2026."),
        P("1.2. Tuyên truyền Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ năm 2024 tại khu dân cư, cơ sở "
          "giáo dục"),
        P("- Chủ trì thực hiện: Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ."),
        P("- Phối hợp: Công an các xã, phường; Sở Giáo dục và Đào tạo."),
        P("- Thời hạn: Cả năm 2026."),
        P("1.3. Tuyên truyền Luật Trật tự, an toàn giao thông đường bộ và các nghị định hướng dẫn"),
        P("- Chủ trì thực hiện: Phòng Cảnh sát giao thông."),
        P("- Phối hợp: Báo và Phát thanh, Truyền hình Thanh Hóa, Công an các xã, phường."),
        P("- Thời hạn: Cao điểm Tết Nguyên đán Bính Ngọ và Tháng An toàn giao thông (tháng 9/2026)."),
        P("1.4. Phổ biến Luật Căn cước, Luật Cư trú và hướng dẫn sử dụng ứng dụng VNeID"),
        P("- Chủ trì thực hiện: Phòng Cảnh sát quản lý hành chính về trật tự xã hội."),
        P("- Phối hợp: Công an các xã, phường."),
        P("- Thời hạn: Trong năm 2026."),
        P("1.5. Tuyên truyền phòng, chống lừa đảo chiếm đoạt tài sản trên không gian mạng"),
        P("- Chủ trì thực hiện: Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao."),
        P("- Phối hợp: Sở Khoa học và Công nghệ; Đoàn Thanh niên Công an tỉnh."),
        P("- Thời hạn: Quý II - Quý IV/2026."),
        P("1.6. Tổ chức Cuộc thi tìm hiểu pháp luật về Công an nhân dân trong cán bộ, chiến sĩ"),
        P("- Chủ trì thực hiện: Phòng Công tác đảng và công tác chính trị."),
        P("- Phối hợp: Đoàn Thanh niên Công an tỉnh, Hội Phụ nữ Công an tỉnh."),
        P("- Thời hạn: Tháng 8/2026."),
        P("2. Công tác xây dựng, rà soát văn bản", bold=True),
        P("2.1. Rà soát, hệ thống hóa văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân "
          "tỉnh liên quan đến an ninh, trật tự"),
        P("- Chủ trì thực hiện: Phòng Tham mưu."),
        P("- Phối hợp: Các phòng nghiệp vụ Công an tỉnh."),
        P("- Thời hạn: Trước ngày 15/3/2026."),
        P("2.2. Góp ý dự thảo luật, pháp lệnh, nghị định do Bộ Công an chủ trì soạn thảo"),
        P("- Chủ trì thực hiện: Phòng Tham mưu."),
        P("- Phối hợp: Các phòng nghiệp vụ Công an tỉnh."),
        P("- Thời hạn: Khi có văn bản đề nghị của Bộ Công an."),
        *_end(
            [
                "1. Phòng Tham mưu là cơ quan thường trực, giúp Giám đốc Công an tỉnh theo dõi, đôn đốc, "
                "kiểm tra việc thực hiện Kế hoạch.",
                "2. Thủ trưởng các đơn vị, Trưởng Công an các xã, phường căn cứ Kế hoạch này chủ động triển "
                "khai; báo cáo kết quả 6 tháng (trước ngày 10/6/2026) và năm (trước ngày 10/11/2026) về "
                "Công an tỉnh (qua Phòng Tham mưu).",
                "3. Phòng Hậu cần bảo đảm kinh phí theo quy định.",
            ],
            ["- Đồng chí Giám đốc (để b/c);", "- Cục Pháp chế và cải cách hành chính, tư pháp (V03);",
             "- Sở Tư pháp;", "- Các đơn vị, Công an xã, phường;", "- Lưu: VT, PV01."],
            "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
            "Đại tá Lê Văn Thành",
            "III. TỔ CHỨC THỰC HIỆN",
        ),
    ],
    expected=[
        Exp("Tổ chức quán triệt, phổ biến các luật, nghị định mới", ("Phòng Tham mưu",),
            ("Phòng Công tác đảng và công tác chính trị",), "2026-06-30"),
        Exp("Tuyên truyền Luật Phòng cháy, chữa cháy và cứu nạn",
            ("Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",),
            ("Công an các xã, phường", "Sở Giáo dục và Đào tạo"), "2026-12-31"),
        Exp("Tuyên truyền Luật Trật tự, an toàn giao thông đường bộ", ("Phòng Cảnh sát giao thông",),
            ("Báo và Phát thanh, Truyền hình Thanh Hóa", "Công an các xã, phường"), "2026-09-30"),
        Exp("Phổ biến Luật Căn cước, Luật Cư trú",
            ("Phòng Cảnh sát quản lý hành chính về trật tự xã hội",), ("Công an các xã, phường",),
            "2026-12-31"),
        Exp("Tuyên truyền phòng, chống lừa đảo chiếm đoạt tài sản",
            ("Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao",),
            ("Sở Khoa học và Công nghệ", "Đoàn Thanh niên Công an tỉnh"), "2026-12-31"),
        Exp("Tổ chức Cuộc thi tìm hiểu pháp luật", ("Phòng Công tác đảng và công tác chính trị",),
            ("Đoàn Thanh niên Công an tỉnh", "Hội Phụ nữ Công an tỉnh"), "2026-08-31"),
        Exp("Rà soát, hệ thống hóa văn bản quy phạm pháp luật", ("Phòng Tham mưu",),
            ("Các phòng nghiệp vụ Công an tỉnh",), "2026-03-15"),
        Exp("Góp ý dự thảo luật, pháp lệnh, nghị định", ("Phòng Tham mưu",),
            ("Các phòng nghiệp vụ Công an tỉnh",), "2026-12-31", on_request=True),
    ],
)


# ---------------------------------------------------------------- 6. Bộ CHQS tỉnh Quảng Ngãi
PLAN_BCHQS_QNG = Plan(
    name="BCHQS_QNg",
    blocks=[
        P("QUÂN KHU 5\nBỘ CHỈ HUY QUÂN SỰ TỈNH QUẢNG NGÃI", bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P("Số: 155/KH-BCH", center=True),
        P("Quảng Ngãi, ngày 22 tháng 01 năm 2026", center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P("Phổ biến, giáo dục pháp luật năm 2026", bold=True, center=True),
        P("Căn cứ Luật Quốc phòng năm 2018; Luật Dân quân tự vệ năm 2019; Luật Nghĩa vụ quân sự năm 2015;"),
        P("Căn cứ Kế hoạch số 1240/KH-BQP ngày 24/12/2025 của Bộ Quốc phòng về phổ biến, giáo dục pháp luật "
          "trong Quân đội năm 2026; Kế hoạch số 318/KH-BTL ngày 08/01/2026 của Bộ Tư lệnh Quân khu 5;"),
        P("Căn cứ Kế hoạch số 14/KH-UBND ngày 13/01/2026 của Ủy ban nhân dân tỉnh Quảng Ngãi về công tác "
          "phổ biến, giáo dục pháp luật năm 2026,"),
        P("Bộ Chỉ huy Quân sự tỉnh xây dựng Kế hoạch phổ biến, giáo dục pháp luật năm 2026 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Mục đích: Nâng cao ý thức pháp luật, xây dựng môi trường kỷ luật nghiêm trong lực lượng vũ "
          "trang tỉnh; tuyên truyền sâu rộng pháp luật về quốc phòng, quân sự đến Nhân dân."),
        P("2. Yêu cầu: Bám sát nhiệm vụ quân sự, quốc phòng địa phương; kết hợp chặt chẽ với các Ban Chỉ "
          "huy Phòng thủ khu vực và chính quyền cấp xã."),
        P("II. NỘI DUNG, PHÂN CÔNG THỰC HIỆN", bold=True),
        T(
            (
                ("STT", "Nội dung", "Phân công thực hiện", "", "Thời gian", "Kinh phí", "Ghi chú"),
                ("", "", "Chủ trì", "Phối hợp", "", "", ""),
                ("I", "Phổ biến pháp luật trong lực lượng vũ trang", "", "", "", "", ""),
                ("1", "Phổ biến Luật Quốc phòng, Luật Biên giới quốc gia cho cán bộ, chiến sĩ cơ quan Bộ "
                 "Chỉ huy", "Phòng Chính trị", "Phòng Tham mưu", "Quý I/2026", "Ngân sách quốc phòng", ""),
                ("2", "Phổ biến quy định về quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ",
                 "Phòng Hậu cần - Kỹ thuật", "Phòng Tham mưu", "6 tháng đầu năm 2026",
                 "Ngân sách quốc phòng", ""),
                ("3", "Tổ chức Ngày Pháp luật Việt Nam (09/11) trong lực lượng vũ trang tỉnh",
                 "Phòng Chính trị", "Sở Tư pháp, Công an tỉnh", "Tháng 11/2026", "Ngân sách quốc phòng",
                 "Kết hợp sinh hoạt chính trị"),
                ("II", "Phổ biến pháp luật cho Nhân dân và dân quân tự vệ", "", "", "", "", ""),
                ("4", "Tuyên truyền, phổ biến Luật Nghĩa vụ quân sự, Luật Dân quân tự vệ gắn với công tác "
                 "tuyển quân", "Phòng Tham mưu",
                 "Ban Chỉ huy Phòng thủ khu vực; Ban Chỉ huy Quân sự các xã, phường, đặc khu",
                 "Tháng 01 - 02/2026 và tháng 10 - 12/2026", "Ngân sách địa phương", ""),
                ("5", "Tuyên truyền pháp luật cho dân quân thường trực tại đặc khu Lý Sơn",
                 "Ban Chỉ huy Quân sự đặc khu Lý Sơn", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
                 "Quý II, III/2026", "Ngân sách địa phương", ""),
                ("6", "Tổ chức thi tìm hiểu pháp luật về quốc phòng, an ninh cho dân quân tự vệ",
                 "Các Ban Chỉ huy Phòng thủ khu vực", "Ủy ban nhân dân các xã, phường, đặc khu",
                 "Tháng 7 - tháng 9/2026", "Ngân sách địa phương", "Chọn đội thi cấp tỉnh"),
                ("III", "Kiểm tra, sơ kết", "", "", "", "", ""),
                ("7", "Kiểm tra, đánh giá kết quả công tác phổ biến, giáo dục pháp luật", "Phòng Tham mưu",
                 "Phòng Chính trị", "Tháng 12/2026", "", "Kết hợp kiểm tra tổng hợp cuối năm"),
            ),
            (9, 52, 28, 34, 24, 22, 22),
        ),
        *_end(
            [
                "1. Phòng Tham mưu (Ban Pháp chế) là cơ quan thường trực, tham mưu Bộ Chỉ huy chỉ đạo, hướng "
                "dẫn, kiểm tra việc thực hiện Kế hoạch.",
                "2. Các cơ quan, đơn vị, Ban Chỉ huy Phòng thủ khu vực, Ban Chỉ huy Quân sự các xã, phường, "
                "đặc khu triển khai thực hiện; báo cáo kết quả về Bộ Chỉ huy (qua Phòng Tham mưu) trước "
                "ngày 15/11/2026.",
            ],
            ["- Bộ Tư lệnh Quân khu 5 (b/c);", "- UBND tỉnh (b/c);", "- Sở Tư pháp;",
             "- Các cơ quan, đơn vị;", "- Lưu: VT, PC. T22."],
            "CHỈ HUY TRƯỞNG",
            "Đại tá Nguyễn Hữu Nghĩa",
            "III. TỔ CHỨC THỰC HIỆN",
        ),
    ],
    expected=[
        Exp("Phổ biến Luật Quốc phòng, Luật Biên giới quốc gia", ("Phòng Chính trị",), ("Phòng Tham mưu",),
            "2026-03-31"),
        Exp("Phổ biến quy định về quản lý, sử dụng vũ khí", ("Phòng Hậu cần - Kỹ thuật",),
            ("Phòng Tham mưu",), "2026-06-30"),
        Exp("Tổ chức Ngày Pháp luật Việt Nam (09/11)", ("Phòng Chính trị",), ("Sở Tư pháp", "Công an tỉnh"),
            "2026-11-30"),
        Exp("Tuyên truyền, phổ biến Luật Nghĩa vụ quân sự", ("Phòng Tham mưu",),
            ("Ban Chỉ huy Phòng thủ khu vực", "Ban Chỉ huy Quân sự các xã, phường, đặc khu"), "2026-12-31"),
        Exp("Tuyên truyền pháp luật cho dân quân thường trực", ("Ban Chỉ huy Quân sự đặc khu Lý Sơn",),
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh",), "2026-09-30"),
        Exp("Tổ chức thi tìm hiểu pháp luật về quốc phòng", ("Các Ban Chỉ huy Phòng thủ khu vực",),
            ("Ủy ban nhân dân các xã, phường, đặc khu",), "2026-09-30"),
        Exp("Kiểm tra, đánh giá kết quả công tác phổ biến", ("Phòng Tham mưu",), ("Phòng Chính trị",),
            "2026-12-31"),
    ],
)


# ---------------------------------------------------------------- 7. BĐBP tỉnh Khánh Hòa
PLAN_BDBP_KH = Plan(
    name="BDBP_KH",
    blocks=[
        *_header(
            "BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG",
            "BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH KHÁNH HÒA",
            "97/KH-BCH",
            "Khánh Hòa, ngày 29 tháng 01 năm 2026",
            "Tuyên truyền, phổ biến, giáo dục pháp luật cho cán bộ, chiến sĩ và Nhân dân khu vực biên giới",
            "biển năm 2026",
        ),
        P("Thực hiện Kế hoạch số 615/KH-BTL ngày 30/12/2025 của Bộ Tư lệnh Bộ đội Biên phòng về công tác "
          "phổ biến, giáo dục pháp luật năm 2026; Kế hoạch số 33/KH-UBND ngày 20/01/2026 của Ủy ban nhân "
          "dân tỉnh Khánh Hòa, Bộ Chỉ huy Bộ đội Biên phòng tỉnh xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Nâng cao nhận thức pháp luật về biên giới, biển, đảo cho cán bộ, chiến sĩ và ngư dân; góp phần "
          "giữ vững chủ quyền, an ninh biên giới biển, chấm dứt tình trạng tàu cá vi phạm vùng biển nước "
          "ngoài. Hình thức tuyên truyền phù hợp với đặc thù ngư dân bám biển."),
        P("II. NỘI DUNG", bold=True),
        P("1. Đối tượng: cán bộ, chiến sĩ toàn Bộ đội Biên phòng tỉnh; ngư dân, chủ tàu cá, Nhân dân các "
          "xã, phường ven biển."),
        P("2. Nội dung và phân công", bold=True),
        P("- Tuyên truyền Luật Biên phòng Việt Nam, Luật Biển Việt Nam và các văn bản hướng dẫn thi hành:"),
        P("+ Cơ quan thực hiện: Phòng Chính trị chủ trì, phối hợp với các Đồn Biên phòng tuyến biển và Báo "
          "và Phát thanh, Truyền hình Khánh Hòa."),
        P("+ Thời gian: cả năm."),
        P("- Tổ chức tuyên truyền pháp luật cho ngư dân, chủ tàu cá:"),
        P("+ Các Đồn Biên phòng tuyến biển chủ trì, phối hợp với Ủy ban nhân dân các xã, phường ven biển tổ "
          "chức hội nghị tuyên truyền tại bến cá, cảng cá; thời gian: Quý II/2026."),
        P("+ Hải đội Biên phòng 2 chủ trì tuyên truyền trực tiếp trên biển cho ngư dân; Sở Nông nghiệp và "
          "Môi trường phối hợp cung cấp tài liệu; thời gian: mùa khai thác cá Nam (tháng 4 - 9/2026)."),
        P("- Phổ biến quy định về chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định "
          "(IUU):"),
        P("+ Cơ quan thực hiện: Phòng Tham mưu chủ trì; Phòng Trinh sát, Hải đội Biên phòng 2 và Sở Nông "
          "nghiệp và Môi trường phối hợp."),
        P("+ Thời gian: từ tháng 01 đến hết tháng 5/2026."),
        P("- Tuyên truyền phòng, chống ma túy, mua bán người qua biên giới biển:"),
        P("+ Cơ quan thực hiện: Phòng Phòng chống ma túy và tội phạm chủ trì, phối hợp với Đồn Biên phòng "
          "Cà Ná, Đồn Biên phòng Ninh Vân."),
        P("+ Thời gian: tháng 6/2026 (Tháng hành động phòng, chống ma túy)."),
        P("- Duy trì hoạt động các Câu lạc bộ \"Ngư dân với pháp luật\" và mô hình \"Tổ tàu thuyền an toàn, "
          "tự quản\":"),
        P("+ Cơ quan thực hiện: Các Đồn Biên phòng tuyến biển chủ trì; Hội Nông dân các xã ven biển; Hội "
          "Cựu chiến binh các xã ven biển phối hợp."),
        P("+ Thời gian: thường xuyên."),
        P("- Tổ chức hội nghị tập huấn nghiệp vụ phổ biến, giáo dục pháp luật cho cán bộ đồn, trạm:"),
        P("+ Cơ quan thực hiện: Phòng Chính trị chủ trì, phối hợp với Sở Tư pháp."),
        P("+ Thời gian: tháng 3/2026."),
        P("- Hướng dẫn, giải đáp pháp luật cho người dân khu vực biên giới biển:"),
        P("+ Cơ quan thực hiện: Phòng Tham mưu chủ trì, phối hợp với các Đồn Biên phòng."),
        P("+ Thời gian: khi có đề nghị của Ủy ban nhân dân các xã, phường ven biển."),
        *_end(
            [
                "1. Phòng Chính trị chủ trì theo dõi, hướng dẫn, kiểm tra các cơ quan, đơn vị thực hiện Kế "
                "hoạch; tổng hợp báo cáo Bộ Tư lệnh Bộ đội Biên phòng và Ủy ban nhân dân tỉnh.",
                "2. Các cơ quan, đơn vị báo cáo kết quả (lồng ghép trong báo cáo công tác đảng, công tác "
                "chính trị) định kỳ 6 tháng trước ngày 12/6/2026 và năm trước ngày 12/11/2026.",
            ],
            ["- Bộ Tư lệnh BĐBP (b/c);", "- UBND tỉnh (b/c);", "- Sở Tư pháp;", "- Các cơ quan, đơn vị;",
             "- Lưu: VT, CT."],
            "KT. CHỈ HUY TRƯỞNG\nCHÍNH ỦY",
            "Đại tá Võ Văn Hải",
            "III. TỔ CHỨC THỰC HIỆN",
        ),
    ],
    expected=[
        Exp("Tuyên truyền Luật Biên phòng Việt Nam, Luật Biển Việt Nam", ("Phòng Chính trị",),
            ("các Đồn Biên phòng tuyến biển", "Báo và Phát thanh, Truyền hình Khánh Hòa"), "2026-12-31"),
        Exp("Các Đồn Biên phòng tuyến biển chủ trì, phối hợp", ("Các Đồn Biên phòng tuyến biển",),
            ("Ủy ban nhân dân các xã, phường ven biển",), "2026-06-30"),
        Exp("Hải đội Biên phòng 2 chủ trì tuyên truyền", ("Hải đội Biên phòng 2",),
            ("Sở Nông nghiệp và Môi trường",), "2026-09-30"),
        Exp("Phổ biến quy định về chống khai thác hải sản", ("Phòng Tham mưu",),
            ("Phòng Trinh sát", "Hải đội Biên phòng 2", "Sở Nông nghiệp và Môi trường"), "2026-05-31"),
        Exp("Tuyên truyền phòng, chống ma túy, mua bán người", ("Phòng Phòng chống ma túy và tội phạm",),
            ("Đồn Biên phòng Cà Ná", "Đồn Biên phòng Ninh Vân"), "2026-06-30"),
        Exp("Duy trì hoạt động các Câu lạc bộ", ("Các Đồn Biên phòng tuyến biển",),
            ("Hội Nông dân các xã ven biển", "Hội Cựu chiến binh các xã ven biển"), "2026-12-31"),
        Exp("Tổ chức hội nghị tập huấn nghiệp vụ", ("Phòng Chính trị",), ("Sở Tư pháp",), "2026-03-31"),
        Exp("Hướng dẫn, giải đáp pháp luật cho người dân", ("Phòng Tham mưu",), ("các Đồn Biên phòng",),
            "2026-12-31", on_request=True),
    ],
)


# ---------------------------------------------------------------- 8. Công an xã Cẩm Xuyên (Hà Tĩnh)
PLAN_CAX_HT = Plan(
    name="CAX_HT",
    blocks=[
        P("CÔNG AN TỈNH HÀ TĨNH\nCÔNG AN XÃ CẨM XUYÊN", bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P("Số: 06/KH-CAX", center=True),
        P("Cẩm Xuyên, ngày 10 tháng 02 năm 2026", center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P("Tuyên truyền, phổ biến pháp luật về an ninh, trật tự trên địa bàn xã năm 2026", bold=True,
          center=True),
        P("Căn cứ Kế hoạch số 286/KH-CAT-PV01 ngày 30/01/2026 của Công an tỉnh Hà Tĩnh về phổ biến, giáo "
          "dục pháp luật năm 2026; Kế hoạch số 11/KH-UBND ngày 04/02/2026 của Ủy ban nhân dân xã Cẩm Xuyên "
          "về công tác phổ biến, giáo dục pháp luật năm 2026;"),
        P("Căn cứ tình hình an ninh, trật tự trên địa bàn, Công an xã Cẩm Xuyên xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Nâng cao ý thức chấp hành pháp luật của Nhân dân, nhất là thanh thiếu niên; phát huy sức mạnh "
          "của phong trào toàn dân bảo vệ an ninh Tổ quốc. Tuyên truyền ngắn gọn, dễ hiểu, sát với từng "
          "thôn, tổ dân phố."),
        P("II. NỘI DUNG TUYÊN TRUYỀN VÀ PHÂN CÔNG", bold=True),
        P("1. Tuyên truyền Luật Trật tự, an toàn giao thông đường bộ cho học sinh các trường trên địa bàn: "
          "Phó Trưởng Công an xã phụ trách trật tự chủ trì; Trường THPT Cẩm Xuyên, Trường THCS Cẩm Xuyên "
          "phối hợp (tháng 9 - tháng 11/2026)."),
        P("2. Phổ biến Luật Căn cước, hướng dẫn người dân kích hoạt và sử dụng ứng dụng VNeID: Cán bộ phụ "
          "trách quản lý hành chính về trật tự xã hội chủ trì; Đoàn Thanh niên xã và Trưởng các thôn phối "
          "hợp (Quý I - Quý II/2026)."),
        P("3. Tuyên truyền phòng, chống tội phạm lừa đảo qua mạng, tín dụng đen: Trưởng Công an xã chủ trì; "
          "Ủy ban Mặt trận Tổ quốc Việt Nam xã, Hội Liên hiệp Phụ nữ xã phối hợp (Quý II - Quý III/2026)."),
        P("4. Phổ biến pháp luật về phòng cháy, chữa cháy tại khu dân cư và hộ kinh doanh: Phó Trưởng Công "
          "an xã phụ trách trật tự chủ trì; Đội dân phòng các thôn phối hợp (tháng 3 - 4/2026)."),
        P("5. Tổ chức tuyên truyền trên hệ thống loa truyền thanh của xã: Công an xã chủ trì, phối hợp với "
          "Phòng Văn hóa - Xã hội xã biên soạn nội dung, phát sóng định kỳ (hằng tháng)."),
        P("6. Tuyên truyền Luật Phòng, chống ma túy năm 2021 trong thanh thiếu niên: Phó Trưởng Công an xã "
          "phụ trách an ninh chủ trì; Đoàn Thanh niên xã, Hội Cựu chiến binh xã phối hợp (tháng 6/2026)."),
        P("7. Phổ biến các luật mới về an ninh, trật tự có hiệu lực trong năm: Trưởng Công an xã chủ trì "
          "triển khai sau khi có văn bản hướng dẫn của Công an tỉnh."),
        P("8. Tham mưu Ủy ban nhân dân xã sơ kết công tác tuyên truyền pháp luật về an ninh, trật tự: "
          "Trưởng Công an xã chủ trì; Văn phòng HĐND và UBND xã phối hợp (trước ngày 20/11/2026)."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Cán bộ, chiến sĩ Công an xã theo nhiệm vụ được phân công chủ động triển khai thực hiện; định kỳ "
          "báo cáo kết quả về Trưởng Công an xã để tổng hợp báo cáo Công an tỉnh (qua Phòng Tham mưu) và "
          "Ủy ban nhân dân xã trước ngày 25/11/2026."),
        P("Nơi nhận:"),
        P("- Công an tỉnh (PV01) (b/c);\n- Đảng ủy, UBND xã (b/c);\n- Lưu: CAX."),
        P("TRƯỞNG CÔNG AN XÃ", bold=True, center=True),
        P("Thiếu tá Phan Đình Tuấn", bold=True, center=True),
    ],
    expected=[
        Exp("Tuyên truyền Luật Trật tự, an toàn giao thông", ("Phó Trưởng Công an xã phụ trách trật tự",),
            ("Trường THPT Cẩm Xuyên", "Trường THCS Cẩm Xuyên"), "2026-11-30"),
        Exp("Phổ biến Luật Căn cước, hướng dẫn người dân",
            ("Cán bộ phụ trách quản lý hành chính về trật tự xã hội",),
            ("Đoàn Thanh niên xã", "Trưởng các thôn"), "2026-06-30"),
        Exp("Tuyên truyền phòng, chống tội phạm lừa đảo", ("Trưởng Công an xã",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Hội Liên hiệp Phụ nữ xã"), "2026-09-30"),
        Exp("Phổ biến pháp luật về phòng cháy, chữa cháy", ("Phó Trưởng Công an xã phụ trách trật tự",),
            ("Đội dân phòng các thôn",), "2026-04-30"),
        Exp("Tổ chức tuyên truyền trên hệ thống loa", ("Công an xã",), ("Phòng Văn hóa - Xã hội xã",),
            "2026-12-31"),
        Exp("Tuyên truyền Luật Phòng, chống ma túy năm 2021", ("Phó Trưởng Công an xã phụ trách an ninh",),
            ("Đoàn Thanh niên xã", "Hội Cựu chiến binh xã"), "2026-06-30"),
        Exp("Phổ biến các luật mới về an ninh, trật tự", ("Trưởng Công an xã",), (), "2026-12-31",
            on_request=True),
        Exp("Tham mưu Ủy ban nhân dân xã sơ kết", ("Trưởng Công an xã",), ("Văn phòng HĐND và UBND xã",),
            "2026-11-20"),
    ],
)


# ---------------------------------------------------------------- 9. Đoàn phường Thuận Hóa (Huế)
PLAN_DOAN_HUE = Plan(
    name="DOAN_HUE",
    blocks=[
        P("THÀNH ĐOÀN HUẾ\nBCH ĐOÀN PHƯỜNG THUẬN HÓA\n***", bold=True, center=True),
        P("ĐOÀN TNCS HỒ CHÍ MINH", bold=True, center=True),
        P("Thuận Hóa, ngày 02 tháng 3 năm 2026", center=True),
        P("Số: 15-KH/ĐTN", center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P("Tổ chức các hoạt động tuyên truyền, giáo dục pháp luật cho đoàn viên, thanh thiếu nhi\n"
          "năm 2026", bold=True, center=True),
        P("Căn cứ Kế hoạch số 88-KH/TĐTN-TG ngày 12/02/2026 của Ban Thường vụ Thành đoàn Huế về công tác "
          "tuyên truyền, phổ biến, giáo dục pháp luật năm 2026; căn cứ Kế hoạch số 19/KH-UBND ngày "
          "20/02/2026 của Ủy ban nhân dân phường Thuận Hóa; Ban Thường vụ Đoàn phường xây dựng kế hoạch "
          "như sau:"),
        P("I. MỤC ĐÍCH - YÊU CẦU", bold=True),
        P("- Giúp đoàn viên, thanh thiếu nhi trên địa bàn phường hiểu biết và chấp hành pháp luật, chủ động "
          "phòng ngừa vi phạm pháp luật, tệ nạn xã hội."),
        P("- Các hoạt động tổ chức thiết thực, sinh động, phù hợp với lứa tuổi; huy động sự tham gia của "
          "các chi đoàn tổ dân phố."),
        P("II. NỘI DUNG VÀ THỜI GIAN TỔ CHỨC", bold=True),
        T(
            (
                ("STT", "Thời gian", "Nội dung hoạt động", "Người/đơn vị thực hiện", "Phối hợp"),
                ("1", "Tháng 3/2026", "Tổ chức diễn đàn \"Thanh niên Thuận Hóa với văn hóa giao thông\" "
                 "nhân Tháng Thanh niên", "Phó Bí thư Đoàn phường", "Công an phường Thuận Hóa"),
                ("2", "Tháng 4 - 5/2026", "Tuyên truyền Luật Thanh niên và Luật Phòng, chống bạo lực gia "
                 "đình tại sinh hoạt chi đoàn", "Chi đoàn các tổ dân phố", "Hội Liên hiệp Phụ nữ phường"),
                ("3", "Dịp hè 2026 (tháng 6 - 8/2026)", "Tổ chức sinh hoạt hè, phổ biến kỹ năng phòng, "
                 "chống đuối nước và xâm hại trẻ em", "Ủy viên Ban Thường vụ phụ trách công tác thiếu nhi",
                 "Trạm Y tế phường; Ban Điều hành các tổ dân phố"),
                ("4", "Quý III/2026", "Tuyên truyền pháp luật về an ninh mạng trên fanpage Đoàn phường",
                 "Ban Thường vụ Đoàn phường", ""),
                ("5", "Thường xuyên", "Vận động thanh niên tham gia hòa giải ở cơ sở, tổ tự quản về an "
                 "ninh trật tự", "Bí thư các chi đoàn", "Tổ hòa giải các tổ dân phố"),
                ("6", "Tháng 10 - tháng 12/2026", "Tuyên truyền Luật Nghĩa vụ quân sự, vận động thanh "
                 "niên sẵn sàng nhập ngũ", "Phó Bí thư Đoàn phường",
                 "Ban Chỉ huy Quân sự phường Thuận Hóa"),
                ("7", "Theo đề nghị của Ủy ban nhân dân phường", "Tham gia đội hình tuyên truyền pháp "
                 "luật lưu động của phường", "Ban Thường vụ Đoàn phường", "Các chi đoàn trực thuộc"),
            ),
            (10, 30, 60, 42, 42),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Ban Thường vụ Đoàn phường phân công đồng chí Phó Bí thư Đoàn phường theo dõi, đôn đốc việc "
          "thực hiện kế hoạch."),
        P("2. Các chi đoàn trực thuộc căn cứ kế hoạch triển khai thực hiện, báo cáo kết quả về Ban Thường vụ "
          "Đoàn phường trước ngày 15/11/2026."),
        P("Nơi nhận:\n- BTV Thành đoàn (b/c);\n- Đảng ủy phường (b/c);\n- Các chi đoàn;\n- Lưu VP."),
        P("TM. BAN THƯỜNG VỤ ĐOÀN PHƯỜNG\nBÍ THƯ", bold=True, center=True),
        P("Hoàng Thị Minh Thư", bold=True, center=True),
    ],
    expected=[
        Exp("Tổ chức diễn đàn \"Thanh niên Thuận Hóa", ("Phó Bí thư Đoàn phường",),
            ("Công an phường Thuận Hóa",), "2026-03-31"),
        Exp("Tuyên truyền Luật Thanh niên và Luật Phòng, chống bạo lực", ("Chi đoàn các tổ dân phố",),
            ("Hội Liên hiệp Phụ nữ phường",), "2026-05-31"),
        Exp("Tổ chức sinh hoạt hè, phổ biến kỹ năng",
            ("Ủy viên Ban Thường vụ phụ trách công tác thiếu nhi",),
            ("Trạm Y tế phường", "Ban Điều hành các tổ dân phố"), "2026-08-31"),
        Exp("Tuyên truyền pháp luật về an ninh mạng", ("Ban Thường vụ Đoàn phường",), (), "2026-09-30"),
        Exp("Vận động thanh niên tham gia hòa giải", ("Bí thư các chi đoàn",), ("Tổ hòa giải các tổ dân phố",),
            "2026-12-31"),
        Exp("Tuyên truyền Luật Nghĩa vụ quân sự", ("Phó Bí thư Đoàn phường",),
            ("Ban Chỉ huy Quân sự phường Thuận Hóa",), "2026-12-31"),
        Exp("Tham gia đội hình tuyên truyền pháp luật lưu động", ("Ban Thường vụ Đoàn phường",),
            ("Các chi đoàn trực thuộc",), "2026-12-31", on_request=True),
    ],
)


# ---------------------------------------------------------------- 10. Hội Nông dân tỉnh Đắk Lắk (plan 2027)
PLAN_HND_DL = Plan(
    name="HND_DL",
    blocks=[
        *_header(
            "ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK LẮK",
            "HỘI NÔNG DÂN TỈNH",
            "52-KH/HNDT",
            "Đắk Lắk, ngày 18 tháng 12 năm 2026",
            "Thực hiện công tác phổ biến, giáo dục pháp luật và trợ giúp pháp lý cho nông dân",
            "năm 2027",
        ),
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012; Luật Trợ giúp pháp lý năm 2017;"),
        P("Căn cứ Quyết định số 81/2014/QĐ-TTg ngày 31/12/2014 của Thủ tướng Chính phủ về phối hợp giữa các "
          "bộ, ngành, Ủy ban nhân dân các cấp với Hội Nông dân Việt Nam các cấp trong việc giải quyết khiếu "
          "nại, tố cáo của nông dân;"),
        P("Căn cứ Chương trình phối hợp số 03/CTPH-UBND-HND ngày 05/9/2025 giữa Ủy ban nhân dân tỉnh và Hội "
          "Nông dân tỉnh giai đoạn 2025 - 2030,"),
        P("Ban Thường vụ Hội Nông dân tỉnh xây dựng Kế hoạch năm 2027 như sau:"),
        *_purpose([
            "Giúp hội viên, nông dân, nhất là đồng bào dân tộc thiểu số, nắm được quy định pháp luật thiết "
            "thân về đất đai, hợp tác xã, biển, đảo.",
            "Bảo vệ quyền, lợi ích hợp pháp của nông dân thông qua hoạt động tư vấn, trợ giúp pháp lý.",
            "Phân công rõ đơn vị chủ trì, phối hợp và thời gian thực hiện.",
        ]),
        P("II. NỘI DUNG, PHÂN CÔNG NHIỆM VỤ", bold=True),
        T(
            (
                ("TT", "Nội dung", "Thời gian", "Đơn vị thực hiện", "Ghi chú"),
                ("1", "Phổ biến pháp luật về đất đai cho hội viên nông dân vùng đồng bào dân tộc thiểu số",
                 "Quý I, II/2027", "Chủ trì: Ban Kinh tế - Xã hội\nPhối hợp: Sở Nông nghiệp và Môi "
                 "trường; Hội Nông dân các xã, phường", "Song ngữ Việt - Ê đê"),
                ("2", "Tuyên truyền Luật Hợp tác xã năm 2023 và chính sách hỗ trợ kinh tế tập thể",
                 "Năm 2027", "Chủ trì: Trung tâm Dạy nghề và Hỗ trợ nông dân tỉnh\nPhối hợp: Liên minh "
                 "Hợp tác xã tỉnh", ""),
                ("3", "Tổ chức Hội thi \"Nông dân với pháp luật\" cấp tỉnh", "Tháng 8/2027",
                 "Chủ trì: Ban Tuyên huấn\nPhối hợp: Sở Tư pháp, Báo và Phát thanh, Truyền hình Đắk Lắk",
                 "Vòng sơ khảo tại cụm xã"),
                ("4", "Trợ giúp pháp lý lưu động tại các xã vùng sâu, vùng xa", "Quý II - Quý III/2027",
                 "Chủ trì: Ban Kinh tế - Xã hội\nPhối hợp: Trung tâm Trợ giúp pháp lý nhà nước tỉnh Đắk "
                 "Lắk", "Ít nhất 06 đợt"),
                ("5", "Phổ biến pháp luật về biển, đảo, khai thác thủy sản cho nông dân các xã ven biển",
                 "Tháng 3 - tháng 5/2027", "Chủ trì: Hội Nông dân các xã, phường ven biển\nPhối hợp: Bộ "
                 "Chỉ huy Bộ đội Biên phòng tỉnh", ""),
                ("6", "Tham gia góp ý dự thảo văn bản quy phạm pháp luật, chính sách liên quan đến nông "
                 "dân", "Khi có đề nghị của Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
                 "Chủ trì: Ban Kinh tế - Xã hội\nPhối hợp: Văn phòng", ""),
                ("7", "Sơ kết, tổng kết công tác phổ biến, giáo dục pháp luật năm 2027",
                 "Trước ngày 10/12/2027", "Chủ trì: Văn phòng\nPhối hợp: Các ban chuyên môn", ""),
            ),
            (9, 62, 30, 62, 26),
        ),
        *_end(
            [
                "1. Các ban chuyên môn, Văn phòng, Trung tâm Dạy nghề và Hỗ trợ nông dân tỉnh căn cứ nhiệm "
                "vụ được phân công xây dựng kế hoạch chi tiết, dự trù kinh phí gửi Văn phòng thẩm định.",
                "2. Hội Nông dân các xã, phường báo cáo kết quả thực hiện 6 tháng trước ngày 15/6/2027 và cả "
                "năm trước ngày 20/11/2027.",
            ],
            ["- Trung ương Hội NDVN (b/c);", "- Ủy ban MTTQ Việt Nam tỉnh (b/c);", "- Sở Tư pháp;",
             "- Các ban, đơn vị;", "- Lưu VP."],
            "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH",
            "Y Thông Knul",
            "III. TỔ CHỨC THỰC HIỆN",
        ),
    ],
    expected=[
        Exp("Phổ biến pháp luật về đất đai cho hội viên", ("Ban Kinh tế - Xã hội",),
            ("Sở Nông nghiệp và Môi trường", "Hội Nông dân các xã, phường"), "2027-06-30"),
        Exp("Tuyên truyền Luật Hợp tác xã năm 2023", ("Trung tâm Dạy nghề và Hỗ trợ nông dân tỉnh",),
            ("Liên minh Hợp tác xã tỉnh",), "2027-12-31"),
        Exp("Tổ chức Hội thi \"Nông dân với pháp luật\"", ("Ban Tuyên huấn",),
            ("Sở Tư pháp", "Báo và Phát thanh, Truyền hình Đắk Lắk"), "2027-08-31"),
        Exp("Trợ giúp pháp lý lưu động tại các xã", ("Ban Kinh tế - Xã hội",),
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh Đắk Lắk",), "2027-09-30"),
        Exp("Phổ biến pháp luật về biển, đảo", ("Hội Nông dân các xã, phường ven biển",),
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh",), "2027-05-31"),
        Exp("Tham gia góp ý dự thảo văn bản quy phạm pháp luật", ("Ban Kinh tế - Xã hội",), ("Văn phòng",),
            "2027-12-31", on_request=True),
        Exp("Sơ kết, tổng kết công tác phổ biến", ("Văn phòng",), ("Các ban chuyên môn",), "2027-12-10"),
    ],
)


PLANS: list[Plan] = [
    PLAN_HND_NA,
    PLAN_DOAN_HT,
    PLAN_CCB_QT,
    PLAN_LDLD_DN,
    PLAN_CA_TH,
    PLAN_BCHQS_QNG,
    PLAN_BDBP_KH,
    PLAN_CAX_HT,
    PLAN_DOAN_HUE,
    PLAN_HND_DL,
]
