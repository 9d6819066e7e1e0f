"""Held-out evaluation set 53: ten thematic and campaign plans (2026), answers typed by hand.

Plans and layout features:
1. QNG_NGAYPL - Sở Tư pháp Quảng Ngãi, hưởng ứng Ngày Pháp luật 9/11: STT table
   (Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian), group rows "I.", date ranges, on-request row.
2. XA_HOAGIAI - UBND xã Tân Phú (Đồng Nai), hòa giải ở cơ sở: bold "1." headings, labels "- Chủ trì:",
   "- Phối hợp:", "- Thời gian:" on own lines, persons as units.
3. TINH_CDS - UBND tỉnh Lâm Đồng, chuyển đổi số trong PBGDPL: roman numerals, "a)" items, prose
   "Giao X chủ trì, phối hợp với Y ...", quarter timeframes, event-triggered timeframe.
4. ATGT_CAODIEM - Ban An toàn giao thông tỉnh Nghệ An, đợt cao điểm: table without STT, columns
   Nội dung | Thời gian | Đơn vị thực hiện | Đơn vị phối hợp | Ghi chú, group rows, range across 2027.
5. PHUONG_MATUY - UBND phường Hạc Thành (Thanh Hóa), phòng chống ma túy: "-" items with inline
   parenthesised "(Chủ trì: ...; phối hợp: ...; thời gian: ...)".
6. XA_BLGD - UBND xã Hòa Vang (Đà Nẵng), phòng chống bạo lực gia đình: one numbered item with several
   assignment blocks ("- X chủ trì ..."), "Phó Chủ tịch UBND xã", "Thường xuyên".
7. DN_PHAPLY - Sở Tư pháp Hải Phòng, pháp luật cho doanh nghiệp: 2-row header table (Đơn vị thực hiện /
   Chủ trì | Phối hợp), Sản phẩm column, "Quý II, III", "theo đề nghị của".
8. CA_CAODIEM - Công an tỉnh Gia Lai, đợt cao điểm tuyên truyền: "1.1." numbering, labels
   "Đơn vị chủ trì:", "Đơn vị phối hợp:", "Thời hạn:" on own lines (non-bold headings).
9. HDPH_XA - Hội đồng phối hợp PBGDPL xã Mường Chà (Điện Biên), Ngày Pháp luật: "+" items, prose
   "Đề nghị X ...", "X có trách nhiệm ...", "X chủ trì; Y phối hợp".
10. SGD_NAMHOC - Sở Giáo dục và Đào tạo Cần Thơ, PBGDPL năm học 2026-2027: table TT | Nhiệm vụ | Thời gian |
   Chủ trì | Phối hợp | Kinh phí, month ranges across the school year.
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T, _header, _purpose


def _end(lines: list[str], recipients: list[str], role: str, signer: str) -> list[P | T]:
    out: list[P | T] = [P(line) for line in lines]
    out.append(P("Nơi nhận:", bold=True))
    out += [P(f"- {r}") for r in recipients]
    out += [P("- Lưu: VT."), P(role, bold=True, center=True), P("(Đã ký)", center=True),
            P(signer, bold=True, center=True)]
    return out


# ---------------------------------------------------------------- 1
PLAN_QNG_NGAYPL = Plan(
    "QNG_NGAYPL",
    _header(
        "UBND TỈNH QUẢNG NGÃI", "SỞ TƯ PHÁP", "214/KH-STP", "Quảng Ngãi, ngày 02 tháng 10 năm 2026",
        "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam",
        "năm 2026 trên địa bàn tỉnh",
    )
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;"),
        P("Căn cứ Nghị định số 28/2013/NĐ-CP ngày 04/4/2013 của Chính phủ quy định chi tiết một số điều "
          "và biện pháp thi hành Luật Phổ biến, giáo dục pháp luật;"),
        P("Căn cứ Kế hoạch số 131/KH-UBND ngày 15/01/2026 của UBND tỉnh về công tác phổ biến, giáo dục "
          "pháp luật năm 2026;"),
        P("Thực hiện Công văn số 3012/BTP-PBGDPL ngày 10/9/2026 của Bộ Tư pháp, Sở Tư pháp xây dựng Kế hoạch "
          "như sau:"),
    ]
    + _purpose([
        "Tiếp tục đưa Ngày Pháp luật trở thành hoạt động thường niên, tôn vinh Hiến pháp và pháp luật.",
        "Nâng cao ý thức chấp hành pháp luật của cán bộ, công chức và Nhân dân trên địa bàn tỉnh.",
        "Các hoạt động được tổ chức thiết thực, hiệu quả, tiết kiệm, gắn với nhiệm vụ chính trị của địa "
        "phương.",
    ])
    + [
        P("II. NỘI DUNG, THỜI GIAN VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        T((
            ("STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"),
            ("I.", "Hoạt động truyền thông", "", "", ""),
            ("1", "Treo băng rôn, khẩu hiệu, pa nô hưởng ứng Ngày Pháp luật tại trụ sở cơ quan, nơi công "
                  "cộng",
             "Văn phòng Sở", "UBND các xã, phường, đặc khu", "Từ 25/10 đến 15/11/2026"),
            ("2", "Xây dựng chuyên mục, phóng sự về Ngày Pháp luật trên sóng phát thanh, truyền hình",
             "Báo và Phát thanh, Truyền hình Quảng Ngãi", "Phòng Phổ biến, giáo dục pháp luật",
             "Tháng 11/2026"),
            ("3", "Đăng tải tin, bài trên Cổng Thông tin điện tử của Sở và Trang Pháp luật tỉnh",
             "Phòng Phổ biến, giáo dục pháp luật", "Văn phòng Sở; các phòng, đơn vị thuộc Sở",
             "Tháng 10, 11/2026"),
            ("II.", "Hoạt động hưởng ứng", "", "", ""),
            ("4", "Tổ chức Lễ hưởng ứng Ngày Pháp luật năm 2026 cấp tỉnh",
             "Phòng Phổ biến, giáo dục pháp luật",
             "Sở Văn hóa, Thể thao và Du lịch; Tỉnh đoàn Quảng Ngãi và các cơ quan có liên quan",
             "Ngày 09/11/2026"),
            ("5", "Tổ chức Cuộc thi trực tuyến \"Tìm hiểu Hiến pháp và pháp luật\" trên địa bàn tỉnh",
             "Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh", "Sở Khoa học và Công nghệ",
             "Từ tháng 9 đến tháng 11/2026"),
            ("6", "Trợ giúp pháp lý lưu động, tư vấn pháp luật miễn phí cho người dân tại các xã vùng cao",
             "Trung tâm Trợ giúp pháp lý nhà nước tỉnh", "UBND các xã Sơn Hà, Ba Tơ, Minh Long",
             "Tháng 11/2026"),
            ("7", "Biên soạn tài liệu chuyên đề phục vụ Ngày Pháp luật theo nội dung hướng dẫn của Bộ Tư "
                  "pháp",
             "Phòng Phổ biến, giáo dục pháp luật", "",
             "Khi có hướng dẫn của Bộ Tư pháp"),
        ), widths=(8, 52, 32, 38, 22)),
        P("III. KINH PHÍ", bold=True),
        P("Kinh phí thực hiện từ nguồn ngân sách nhà nước giao cho Sở Tư pháp năm 2026."),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
    ]
    + _end(
        ["1. Các phòng, đơn vị thuộc Sở căn cứ nhiệm vụ được phân công chủ động triển khai thực hiện.",
         "2. Phòng Phổ biến, giáo dục pháp luật theo dõi, tổng hợp, báo cáo Giám đốc Sở kết quả thực hiện "
         "trước ngày 25/11/2026."],
        ["Bộ Tư pháp (Vụ PBGDPL);", "UBND tỉnh (b/c);", "Giám đốc, các Phó Giám đốc Sở;"],
        "GIÁM ĐỐC", "Nguyễn Văn Thạnh",
    ),
    [
        Exp("Treo băng rôn, khẩu hiệu, pa nô", ("Văn phòng Sở",), ("UBND các xã, phường, đặc khu",),
            "2026-11-15"),
        Exp("Xây dựng chuyên mục, phóng sự về Ngày Pháp luật", ("Báo và Phát thanh, Truyền hình Quảng Ngãi",),
            ("Phòng Phổ biến, giáo dục pháp luật",), "2026-11-30"),
        Exp("Đăng tải tin, bài trên Cổng", ("Phòng Phổ biến, giáo dục pháp luật",),
            ("Văn phòng Sở", "các phòng, đơn vị thuộc Sở"), "2026-11-30"),
        Exp("Tổ chức Lễ hưởng ứng Ngày Pháp luật", ("Phòng Phổ biến, giáo dục pháp luật",),
            ("Sở Văn hóa, Thể thao và Du lịch", "Tỉnh đoàn Quảng Ngãi", "các cơ quan có liên quan"),
            "2026-11-09"),
        Exp("Tổ chức Cuộc thi trực tuyến", ("Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh",),
            ("Sở Khoa học và Công nghệ",), "2026-11-30"),
        Exp("Trợ giúp pháp lý lưu động, tư vấn", ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh",),
            ("UBND các xã Sơn Hà, Ba Tơ, Minh Long",), "2026-11-30"),
        Exp("Biên soạn tài liệu chuyên đề phục vụ", ("Phòng Phổ biến, giáo dục pháp luật",), (),
            "2026-12-31", True),
    ],
)

# ---------------------------------------------------------------- 2
PLAN_XA_HOAGIAI = Plan(
    "XA_HOAGIAI",
    _header(
        "ỦY BAN NHÂN DÂN", "XÃ TÂN PHÚ", "37/KH-UBND", "Tân Phú, ngày 20 tháng 01 năm 2026",
        "Thực hiện công tác hòa giải ở cơ sở năm 2026", "",
    )
    + [
        P("Căn cứ Luật Hòa giải ở cơ sở năm 2013; Nghị định số 15/2014/NĐ-CP ngày 27/02/2014 của Chính phủ;"),
        P("Căn cứ Kế hoạch số 58/KH-UBND ngày 09/01/2026 của UBND tỉnh Đồng Nai về công tác hòa giải ở cơ sở "
          "năm 2026;"),
        P("Ủy ban nhân dân xã ban hành Kế hoạch thực hiện công tác hòa giải ở cơ sở năm 2026 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Kịp thời giải quyết các mâu thuẫn, tranh chấp nhỏ ngay tại cộng đồng dân cư, góp phần giữ gìn "
          "đoàn kết, ổn định an ninh trật tự tại địa phương. Xác định cụ thể nội dung, thời gian và trách "
          "nhiệm của các cơ quan, đơn vị."),
        P("II. NỘI DUNG THỰC HIỆN", bold=True),
        P("1. Kiện toàn, củng cố tổ hòa giải và tổ viên tổ hòa giải ở các ấp", bold=True),
        P("- Chủ trì: Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã"),
        P("- Phối hợp: Công chức Tư pháp - Hộ tịch; Trưởng các ấp"),
        P("- Thời gian: Quý I/2026"),
        P("2. Tập huấn, bồi dưỡng kỹ năng hòa giải cho hòa giải viên", bold=True),
        P("- Chủ trì: Công chức Tư pháp - Hộ tịch"),
        P("- Phối hợp: Hội Nông dân xã, Hội Liên hiệp Phụ nữ xã và Hội Cựu chiến binh xã"),
        P("- Thời gian: Tháng 4 - tháng 5/2026"),
        P("3. Tổ chức hòa giải các mâu thuẫn, tranh chấp phát sinh tại cộng đồng", bold=True),
        P("- Chủ trì: Các tổ hòa giải ở ấp"),
        P("- Phối hợp: Công an xã"),
        P("- Thời gian: Thường xuyên"),
        P("4. Tổ chức Hội thi hòa giải viên giỏi cấp xã", bold=True),
        P("- Chủ trì: Phó Chủ tịch UBND xã Trần Thị Hoa"),
        P("- Phối hợp: Công chức Văn hóa - Xã hội, Đoàn Thanh niên Cộng sản Hồ Chí Minh xã"),
        P("- Thời gian: Trước ngày 30/8/2026"),
        P("5. Thống kê, đánh giá kết quả hoạt động hòa giải; đề xuất khen thưởng hòa giải viên", bold=True),
        P("- Chủ trì: Công chức Tư pháp - Hộ tịch"),
        P("- Phối hợp: Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã"),
        P("- Thời gian: Tháng 11/2026"),
        P("6. Chi thù lao cho hòa giải viên theo vụ, việc", bold=True),
        P("- Chủ trì: Phòng Kinh tế"),
        P("- Phối hợp: Công chức Tư pháp - Hộ tịch"),
        P("- Thời gian: Sau khi có hồ sơ đề nghị của tổ hòa giải"),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
    ]
    + _end(
        ["Công chức Tư pháp - Hộ tịch tham mưu UBND xã theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp báo "
         "cáo "
         "kết quả về Sở Tư pháp trước ngày 05/12/2026.",
         "Đề nghị Ban Thường trực Ủy ban MTTQ Việt Nam xã phối hợp thực hiện."],
        ["Sở Tư pháp tỉnh Đồng Nai;", "TT Đảng ủy, HĐND xã;", "Các ấp;"],
        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Trần Thị Hoa",
    ),
    [
        Exp("Kiện toàn, củng cố tổ hòa giải",
            ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã",),
            ("Công chức Tư pháp - Hộ tịch", "Trưởng các ấp"), "2026-03-31"),
        Exp("Tập huấn, bồi dưỡng kỹ năng hòa giải", ("Công chức Tư pháp - Hộ tịch",),
            ("Hội Nông dân xã", "Hội Liên hiệp Phụ nữ xã", "Hội Cựu chiến binh xã"), "2026-05-31"),
        Exp("Tổ chức hòa giải các mâu thuẫn", ("Các tổ hòa giải ở ấp",), ("Công an xã",), "2026-12-31"),
        Exp("Tổ chức Hội thi hòa giải viên giỏi", ("Phó Chủ tịch UBND xã Trần Thị Hoa",),
            ("Công chức Văn hóa - Xã hội", "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã"), "2026-08-30"),
        Exp("Thống kê, đánh giá kết quả hoạt động", ("Công chức Tư pháp - Hộ tịch",),
            ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã",), "2026-11-30"),
        Exp("Chi thù lao cho hòa giải viên", ("Phòng Kinh tế",), ("Công chức Tư pháp - Hộ tịch",),
            "2026-12-31", True),
    ],
)

# ---------------------------------------------------------------- 3
PLAN_TINH_CDS = Plan(
    "TINH_CDS",
    _header(
        "ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "412/KH-UBND", "Lâm Đồng, ngày 26 tháng 02 năm 2026",
        "Ứng dụng công nghệ thông tin, chuyển đổi số trong công tác phổ biến, giáo dục pháp luật",
        "trên địa bàn tỉnh năm 2026",
    )
    + [
        P("Căn cứ Quyết định số 1588/QĐ-TTg ngày 08/12/2025 của Thủ tướng Chính phủ phê duyệt Đề án "
          "chuyển đổi số trong công tác phổ biến, giáo dục pháp luật giai đoạn 2026 - 2030;"),
        P("Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, "
          "công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"),
        P("Xét đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 45/TTr-STP ngày 12/02/2026,"),
        P("UBND tỉnh ban hành Kế hoạch như sau:"),
    ]
    + _purpose([
        "Đẩy mạnh ứng dụng công nghệ số, đổi mới hình thức phổ biến, giáo dục pháp luật.",
        "Bảo đảm người dân, doanh nghiệp tiếp cận thông tin pháp luật thuận tiện, kịp thời.",
        "Phân công cụ thể, gắn trách nhiệm của từng cơ quan, đơn vị.",
    ])
    + [
        P("II. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True),
        P("1. Hoàn thiện hạ tầng, nền tảng số", bold=True),
        P("a) Nâng cấp Trang thông tin phổ biến, giáo dục pháp luật tỉnh, tích hợp trợ lý ảo hỏi đáp pháp "
          "luật. "
          "Giao Sở Tư pháp chủ trì, phối hợp với Sở Khoa học và Công nghệ, Trung tâm Phục vụ hành chính công "
          "tỉnh thực hiện; hoàn thành trong Quý III/2026."),
        P("b) Xây dựng cơ sở dữ liệu báo cáo viên, tuyên truyền viên pháp luật của tỉnh. Giao Sở Tư pháp "
          "chủ trì, phối hợp với Sở Nội vụ và UBND các xã, phường thực hiện trong Quý II, III/2026."),
        P("c) Kết nối hệ thống loa truyền thanh thông minh cấp xã với nguồn nội dung pháp luật. Giao Sở Khoa "
          "học và Công nghệ chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch; UBND các xã, phường, "
          "đặc khu Phú Quý thực hiện; thời gian: năm 2026."),
        P("2. Đổi mới nội dung, hình thức phổ biến trên môi trường số", bold=True),
        P("a) Sản xuất video ngắn, infographic, podcast pháp luật đăng tải trên mạng xã hội. Giao Báo và "
          "Phát thanh, Truyền hình Lâm Đồng chủ trì, phối hợp với Sở Tư pháp thực hiện từ tháng 3 đến "
          "tháng 12/2026."),
        P("b) Tổ chức các cuộc thi tìm hiểu pháp luật trực tuyến trên nền tảng số dùng chung của tỉnh. Giao "
          "Sở Tư pháp chủ trì, phối hợp với Tỉnh đoàn, Sở Giáo dục và Đào tạo thực hiện."),
        P("c) Số hóa tài liệu, tủ sách pháp luật tại cơ sở. Giao UBND các xã, phường chủ trì thực hiện "
          "khi có hướng dẫn của Bộ Tư pháp về chuẩn dữ liệu."),
        P("3. Bồi dưỡng kỹ năng số cho đội ngũ làm công tác phổ biến, giáo dục pháp luật", bold=True),
        P("Giao Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp, Sở Khoa học và Công nghệ tổ chức 02 lớp bồi "
          "dưỡng kỹ năng số; thời gian: tháng 6 - tháng 8/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
    ]
    + _end(
        ["1. Sở Tư pháp là cơ quan thường trực, theo dõi, hướng dẫn, đôn đốc việc thực hiện Kế hoạch; báo "
         "cáo "
         "UBND tỉnh trước ngày 10/12/2026.",
         "2. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định.",
         "3. Các sở, ban, ngành, UBND các xã, phường, đặc khu báo cáo kết quả về Sở Tư pháp trước ngày "
         "30/11/2026."],
        ["Bộ Tư pháp;", "TT Tỉnh ủy, TT HĐND tỉnh;", "CT, các PCT UBND tỉnh;", "Các sở, ban, ngành;"],
        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đinh Văn Tuấn",
    ),
    [
        Exp("Nâng cấp Trang thông tin phổ biến", ("Sở Tư pháp",),
            ("Sở Khoa học và Công nghệ", "Trung tâm Phục vụ hành chính công tỉnh"), "2026-09-30"),
        Exp("Xây dựng cơ sở dữ liệu báo cáo viên", ("Sở Tư pháp",),
            ("Sở Nội vụ", "UBND các xã, phường"), "2026-09-30"),
        Exp("Kết nối hệ thống loa truyền thanh", ("Sở Khoa học và Công nghệ",),
            ("Sở Văn hóa, Thể thao và Du lịch", "UBND các xã, phường, đặc khu Phú Quý"), "2026-12-31"),
        Exp("Sản xuất video ngắn, infographic, podcast", ("Báo và Phát thanh, Truyền hình Lâm Đồng",),
            ("Sở Tư pháp",), "2026-12-31"),
        Exp("Tổ chức các cuộc thi tìm hiểu pháp luật trực tuyến", ("Sở Tư pháp",),
            ("Tỉnh đoàn", "Sở Giáo dục và Đào tạo"), "2026-12-31"),
        Exp("Số hóa tài liệu, tủ sách pháp luật", ("UBND các xã, phường",), (), "2026-12-31", True),
        Exp("Bồi dưỡng kỹ năng số cho đội ngũ", ("Sở Nội vụ",),
            ("Sở Tư pháp", "Sở Khoa học và Công nghệ"), "2026-08-31"),
    ],
)

# ---------------------------------------------------------------- 4
PLAN_ATGT_CAODIEM = Plan(
    "ATGT_CAODIEM",
    _header(
        "UBND TỈNH NGHỆ AN", "BAN AN TOÀN GIAO THÔNG", "96/KH-BATGT", "Nghệ An, ngày 16 tháng 11 năm 2026",
        "Tuyên truyền, phổ biến pháp luật về trật tự, an toàn giao thông đợt cao điểm cuối năm 2026,",
        "Tết Dương lịch và Tết Nguyên đán Đinh Mùi 2027",
    )
    + [
        P("Căn cứ Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15;"),
        P("Căn cứ Chỉ thị số 23-CT/TW ngày 25/5/2023 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối "
          "với "
          "công tác bảo đảm trật tự, an toàn giao thông trong tình hình mới;"),
        P("Thực hiện Kế hoạch số 305/KH-UBATGTQG ngày 05/11/2026 của Ủy ban An toàn giao thông Quốc gia;"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Nâng cao nhận thức, ý thức tự giác chấp hành pháp luật về trật tự, an toàn giao thông của người "
          "tham "
          "gia giao thông; kiềm chế, giảm tai nạn giao thông cả ba tiêu chí trong dịp cao điểm."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG NHIỆM VỤ", bold=True),
        T((
            ("Nội dung", "Thời gian", "Đơn vị thực hiện", "Đơn vị phối hợp", "Ghi chú"),
            ("A. Tuyên truyền trên phương tiện thông tin đại chúng", "", "", "", ""),
            ("Mở chuyên trang, chuyên mục \"An toàn giao thông ngày Tết\" trên báo in, báo điện tử",
             "Từ 01/12/2026 đến 28/02/2027", "Báo và Phát thanh, Truyền hình Nghệ An",
             "Văn phòng Ban An toàn giao thông tỉnh", ""),
            ("Phát thông điệp \"Đã uống rượu, bia thì không lái xe\" trên hệ thống truyền thanh cơ sở",
             "Tháng 12/2026 - tháng 01/2027", "UBND các xã, phường",
             "Công an các xã, phường", "Tối thiểu 3 lần/tuần"),
            ("B. Tuyên truyền trực tiếp", "", "", "", ""),
            ("Tuyên truyền, ký cam kết chấp hành pháp luật giao thông tại các bến xe, doanh nghiệp vận tải",
             "Tháng 12/2026", "Sở Xây dựng", "Hiệp hội Vận tải ô tô Nghệ An; các doanh nghiệp vận tải", ""),
            ("Tuyên truyền pháp luật giao thông cho học sinh trước kỳ nghỉ Tết",
             "Trước ngày 20/01/2027", "Sở Giáo dục và Đào tạo",
             "Tỉnh đoàn; Công an tỉnh (Phòng Cảnh sát giao thông)", ""),
            ("Tổ chức tuyên truyền lưu động bằng xe loa tại các tuyến quốc lộ, khu vực chợ, lễ hội",
             "Tháng 01 - tháng 02/2027", "Công an tỉnh",
             "UBND các xã, phường có tuyến quốc lộ đi qua", "Phối hợp lực lượng tuần tra"),
            ("C. Kiểm tra, tổng kết", "", "", "", ""),
            ("Kiểm tra việc triển khai tuyên truyền tại cơ sở", "Tháng 01/2027",
             "Văn phòng Ban An toàn giao thông tỉnh", "Sở Xây dựng, Công an tỉnh", "Kiểm tra đột xuất"),
            ("Tổng hợp kết quả đợt cao điểm, đề xuất khen thưởng",
             "Trước ngày 10/3/2027", "Văn phòng Ban An toàn giao thông tỉnh", "", ""),
        ), widths=(56, 30, 36, 40, 22)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
    ]
    + _end(
        ["Các thành viên Ban An toàn giao thông tỉnh, UBND các xã, phường căn cứ Kế hoạch triển khai thực "
         "hiện, "
         "báo cáo kết quả (lần 1) trước ngày 05/01/2027, (lần 2) trước ngày 05/3/2027 về Văn phòng Ban.",
         "Trong quá trình thực hiện nếu có vướng mắc, phản ánh về Văn phòng Ban An toàn giao thông tỉnh "
         "(qua Phòng Cảnh sát giao thông, Công an tỉnh) để tổng hợp."],
        ["Ủy ban ATGT Quốc gia;", "UBND tỉnh;", "Thành viên Ban ATGT tỉnh;", "UBND các xã, phường;"],
        "KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN THƯỜNG TRỰC", "Giám đốc Công an tỉnh\nLê Văn Hùng",
    ),
    [
        Exp("Mở chuyên trang, chuyên mục \"An toàn giao thông", ("Báo và Phát thanh, Truyền hình Nghệ An",),
            ("Văn phòng Ban An toàn giao thông tỉnh",), "2027-02-28"),
        Exp("Phát thông điệp \"Đã uống rượu, bia", ("UBND các xã, phường",), ("Công an các xã, phường",),
            "2027-01-31"),
        Exp("Tuyên truyền, ký cam kết chấp hành", ("Sở Xây dựng",),
            ("Hiệp hội Vận tải ô tô Nghệ An", "các doanh nghiệp vận tải"), "2026-12-31"),
        Exp("Tuyên truyền pháp luật giao thông cho học sinh", ("Sở Giáo dục và Đào tạo",),
            ("Tỉnh đoàn", "Công an tỉnh (Phòng Cảnh sát giao thông)"), "2027-01-20"),
        Exp("Tổ chức tuyên truyền lưu động bằng xe loa", ("Công an tỉnh",),
            ("UBND các xã, phường có tuyến quốc lộ đi qua",), "2027-02-28"),
        Exp("Kiểm tra việc triển khai tuyên truyền", ("Văn phòng Ban An toàn giao thông tỉnh",),
            ("Sở Xây dựng", "Công an tỉnh"), "2027-01-31"),
        Exp("Tổng hợp kết quả đợt cao điểm", ("Văn phòng Ban An toàn giao thông tỉnh",), (), "2027-03-10"),
    ],
)

# ---------------------------------------------------------------- 5
PLAN_PHUONG_MATUY = Plan(
    "PHUONG_MATUY",
    _header(
        "ỦY BAN NHÂN DÂN", "PHƯỜNG HẠC THÀNH", "52/KH-UBND", "Hạc Thành, ngày 10 tháng 3 năm 2026",
        "Tuyên truyền, phổ biến pháp luật về phòng, chống ma túy", "trên địa bàn phường năm 2026",
    )
    + [
        P("Căn cứ Luật Phòng, chống ma túy năm 2021; Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống "
          "ma túy số 119/2025/QH15;"),
        P("Căn cứ Kế hoạch số 77/KH-UBND ngày 20/02/2026 của UBND tỉnh Thanh Hóa về công tác phòng, chống "
          "ma túy năm 2026;"),
        P("UBND phường xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Nâng cao nhận thức của Nhân dân, nhất là thanh thiếu niên, về tác hại của ma túy."),
        P("- Huy động sự tham gia của cả hệ thống chính trị, phấn đấu xây dựng phường không ma túy."),
        P("II. NỘI DUNG", bold=True),
        P("- Tuyên truyền trên hệ thống loa truyền thanh của phường và các khu phố về tác hại của ma túy, "
          "các thủ đoạn mới của tội phạm ma túy (Chủ trì: Trung tâm Văn hóa - Thể thao và Truyền thông "
          "phường; phối hợp: Công an phường; thời gian: hằng tháng)."),
        P("- Tổ chức Tháng hành động phòng, chống ma túy và Ngày Quốc tế phòng, chống ma túy 26/6 (Chủ trì: "
          "Công an phường; phối hợp: Ủy ban Mặt trận Tổ quốc Việt Nam phường, Đoàn Thanh niên phường; "
          "thời gian: tháng 6/2026)."),
        P("- Tuyên truyền pháp luật về phòng, chống ma túy trong trường học, lồng ghép vào hoạt động ngoại "
          "khóa "
          "(Chủ trì: Hiệu trưởng các trường Trung học cơ sở; phối hợp: Công an phường; thời gian: "
          "tháng 9 - tháng 12/2026)."),
        P("- Tư vấn, hỗ trợ pháp lý cho người sử dụng trái phép chất ma túy và gia đình (Chủ trì: Công chức "
          "Văn hóa - Xã hội phụ trách lĩnh vực lao động, thương binh và xã hội; phối hợp: Trạm Y tế phường, "
          "Công an phường; thời gian: thường xuyên)."),
        P("- Rà soát, tuyên truyền tại các cơ sở kinh doanh dịch vụ karaoke, quán bar, nhà nghỉ (Chủ trì: "
          "Công an phường; phối hợp: Phòng Kinh tế, Hạ tầng và Đô thị; thời gian: quý II và quý IV/2026)."),
        P("- Biểu dương, khen thưởng tập thể, cá nhân có thành tích trong công tác phòng, chống ma túy "
          "(Chủ trì: "
          "Phòng Văn hóa - Xã hội; thời gian: theo đề nghị của Công an phường)."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
    ]
    + _end(
        ["Công an phường là cơ quan thường trực, tham mưu UBND phường theo dõi, đôn đốc thực hiện Kế hoạch; "
         "báo cáo sơ kết 6 tháng trước ngày 15/6/2026 và tổng kết năm trước ngày 15/12/2026."],
        ["Công an tỉnh (PC04);", "TT Đảng ủy, HĐND phường;", "Các khu phố;"],
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Lê Quang Vinh",
    ),
    [
        Exp("Tuyên truyền trên hệ thống loa truyền thanh",
            ("Trung tâm Văn hóa - Thể thao và Truyền thông phường",), ("Công an phường",), "2026-12-31"),
        Exp("Tổ chức Tháng hành động phòng, chống ma túy", ("Công an phường",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam phường", "Đoàn Thanh niên phường"), "2026-06-30"),
        Exp("Tuyên truyền pháp luật về phòng, chống ma túy trong trường học",
            ("Hiệu trưởng các trường Trung học cơ sở",), ("Công an phường",), "2026-12-31"),
        Exp("Tư vấn, hỗ trợ pháp lý cho người sử dụng",
            ("Công chức Văn hóa - Xã hội phụ trách lĩnh vực lao động, thương binh và xã hội",),
            ("Trạm Y tế phường", "Công an phường"), "2026-12-31"),
        Exp("Rà soát, tuyên truyền tại các cơ sở kinh doanh", ("Công an phường",),
            ("Phòng Kinh tế, Hạ tầng và Đô thị",), "2026-12-31"),
        Exp("Biểu dương, khen thưởng tập thể, cá nhân", ("Phòng Văn hóa - Xã hội",), (), "2026-12-31", True),
    ],
)

# ---------------------------------------------------------------- 6
PLAN_XA_BLGD = Plan(
    "XA_BLGD",
    _header(
        "ỦY BAN NHÂN DÂN", "XÃ HÒA VANG", "64/KH-UBND", "Hòa Vang, ngày 05 tháng 5 năm 2026",
        "Tuyên truyền, phổ biến pháp luật về phòng, chống bạo lực gia đình năm 2026", "",
    )
    + [
        P("Căn cứ Luật Phòng, chống bạo lực gia đình số 13/2022/QH15;"),
        P("Căn cứ Nghị định số 76/2023/NĐ-CP ngày 01/11/2023 của Chính phủ quy định chi tiết Luật Phòng, "
          "chống "
          "bạo lực gia đình;"),
        P("Căn cứ Kế hoạch số 112/KH-UBND ngày 14/4/2026 của UBND thành phố Đà Nẵng;"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Nâng cao nhận thức, trách nhiệm của gia đình, cộng đồng trong phòng ngừa, phát hiện và xử lý kịp "
          "thời các hành vi bạo lực gia đình; bảo vệ, hỗ trợ người bị bạo lực gia đình."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG", bold=True),
        P("1. Chỉ đạo, kiện toàn tổ chức", bold=True),
        P("Phó Chủ tịch UBND xã phụ trách khối văn hóa - xã hội chỉ đạo kiện toàn Ban Chỉ đạo công tác gia "
          "đình xã và các tổ phòng, chống bạo lực gia đình tại thôn; hoàn thành trong tháng 6/2026."),
        P("2. Tổ chức tuyên truyền, phổ biến pháp luật", bold=True),
        P("- Công chức Văn hóa - Xã hội chủ trì biên soạn tài liệu hỏi - đáp, tờ gấp về phòng, chống bạo lực "
          "gia đình, cấp phát đến các hộ gia đình; phối hợp với Công chức Tư pháp - Hộ tịch; thời gian: "
          "tháng 6 - tháng 7/2026."),
        P("- Hội Liên hiệp Phụ nữ xã chủ trì tổ chức sinh hoạt chuyên đề \"Gia đình hạnh phúc, không bạo "
          "lực\" "
          "tại các chi hội; phối hợp với Trưởng thôn, Hội Nông dân xã; thời gian: quý III/2026."),
        P("- Đoàn Thanh niên xã tổ chức diễn đàn thanh niên với chủ đề bình đẳng giới và phòng, chống bạo "
          "lực gia đình, thực hiện trong tháng 6/2026 và tháng 11/2026 (Tháng hành động vì bình "
          "đẳng giới)."),
        P("3. Hỗ trợ, can thiệp các trường hợp bạo lực gia đình", bold=True),
        P("Công an xã chủ trì, phối hợp với Công chức Tư pháp - Hộ tịch, Trạm Y tế xã tiếp nhận tin báo, "
          "áp dụng biện pháp ngăn chặn, bảo vệ, hỗ trợ người bị bạo lực gia đình. Thời gian: thường xuyên."),
        P("4. Sơ kết, đánh giá", bold=True),
        P("Công chức Văn hóa - Xã hội tham mưu UBND xã sơ kết công tác phòng, chống bạo lực gia đình, "
          "thực hiện trước ngày 15/12/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
    ]
    + _end(
        ["Các ban, ngành, đoàn thể, Trưởng các thôn triển khai thực hiện; báo cáo kết quả về UBND xã (qua "
         "Công chức Văn hóa - Xã hội) trước ngày 05/12/2026.",
         "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội giám sát việc thực "
         "hiện."],
        ["Sở Văn hóa, Thể thao và Du lịch;", "TT Đảng ủy xã;", "Các thôn;"],
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Phan Văn Lợi",
    ),
    [
        Exp("Chỉ đạo, kiện toàn tổ chức",
            ("Phó Chủ tịch UBND xã phụ trách khối văn hóa - xã hội",), (), "2026-06-30"),
        Exp("Công chức Văn hóa - Xã hội chủ trì biên soạn", ("Công chức Văn hóa - Xã hội",),
            ("Công chức Tư pháp - Hộ tịch",), "2026-07-31"),
        Exp("Hội Liên hiệp Phụ nữ xã chủ trì", ("Hội Liên hiệp Phụ nữ xã",),
            ("Trưởng thôn", "Hội Nông dân xã"), "2026-09-30"),
        Exp("Đoàn Thanh niên xã tổ chức diễn đàn", ("Đoàn Thanh niên xã",), (), "2026-11-30"),
        Exp("Hỗ trợ, can thiệp các trường hợp", ("Công an xã",),
            ("Công chức Tư pháp - Hộ tịch", "Trạm Y tế xã"), "2026-12-31"),
        Exp("Sơ kết, đánh giá", ("Công chức Văn hóa - Xã hội",), (), "2026-12-15"),
    ],
)

# ---------------------------------------------------------------- 7
PLAN_DN_PHAPLY = Plan(
    "DN_PHAPLY",
    _header(
        "UBND THÀNH PHỐ HẢI PHÒNG", "SỞ TƯ PHÁP", "88/KH-STP", "Hải Phòng, ngày 23 tháng 3 năm 2026",
        "Phổ biến pháp luật và hỗ trợ pháp lý cho doanh nghiệp năm 2026", "",
    )
    + [
        P("Căn cứ Luật Hỗ trợ doanh nghiệp nhỏ và vừa ngày 12/6/2017;"),
        P("Căn cứ Nghị định số 55/2019/NĐ-CP ngày 24/6/2019 của Chính phủ về hỗ trợ pháp lý cho doanh nghiệp "
          "nhỏ và vừa;"),
        P("Căn cứ Nghị quyết số 68-NQ/TW ngày 04/5/2025 của Bộ Chính trị về phát triển kinh tế tư nhân;"),
        P("Căn cứ Quyết định số 625/QĐ-UBND ngày 02/3/2026 của UBND thành phố ban hành Chương trình hỗ trợ "
          "pháp lý liên ngành cho doanh nghiệp giai đoạn 2026 - 2030;"),
    ]
    + _purpose([
        "Kịp thời cung cấp thông tin pháp luật, giải đáp vướng mắc cho doanh nghiệp.",
        "Góp phần cải thiện môi trường đầu tư, kinh doanh, nâng cao chỉ số PCI của thành phố.",
        "Bám sát nhu cầu thực tế của doanh nghiệp; phối hợp chặt chẽ với các hiệp hội doanh nghiệp.",
    ])
    + [
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        T((
            ("STT", "Nội dung công việc", "Đơn vị thực hiện", "", "Thời gian hoàn thành", "Sản phẩm"),
            ("", "", "Chủ trì", "Phối hợp", "", ""),
            ("1", "Cập nhật, đăng tải văn bản pháp luật mới liên quan đến doanh nghiệp trên Trang thông tin "
             "hỗ trợ pháp lý doanh nghiệp", "Phòng Phổ biến, giáo dục pháp luật",
             "Sở Khoa học và Công nghệ", "Thường xuyên", "Tin, bài, văn bản được đăng tải"),
            ("2", "Tổ chức Hội nghị đối thoại về thủ tục hành chính, chính sách thuế với doanh nghiệp",
             "Sở Tài chính", "Thuế thành phố Hải Phòng; Hiệp hội Doanh nghiệp thành phố",
             "Quý II, III/2026", "Hội nghị đối thoại"),
            ("3", "Tập huấn pháp luật về lao động, bảo hiểm xã hội cho doanh nghiệp trong khu công nghiệp",
             "Ban Quản lý Khu kinh tế Hải Phòng", "Sở Nội vụ, Bảo hiểm xã hội thành phố và Liên đoàn Lao "
                                                  "động "
             "thành phố", "Tháng 7/2026", "02 lớp tập huấn"),
            ("4", "Tư vấn pháp luật miễn phí cho doanh nghiệp nhỏ và vừa theo vụ việc",
             "Mạng lưới tư vấn viên pháp luật", "Đoàn Luật sư thành phố",
             "Theo đề nghị của doanh nghiệp", "Ý kiến tư vấn bằng văn bản"),
            ("5", "Biên soạn Sổ tay pháp luật về đầu tư, kinh doanh cho hộ kinh doanh chuyển đổi lên doanh "
                  "nghiệp",
             "Phòng Phổ biến, giáo dục pháp luật", "Sở Tài chính", "Trước ngày 30/9/2026", "1.000 cuốn sổ "
                 "tay"),
            ("6", "Khảo sát nhu cầu hỗ trợ pháp lý của doanh nghiệp trên địa bàn thành phố",
             "Phòng Phổ biến, giáo dục pháp luật", "Hiệp hội Doanh nghiệp nhỏ và vừa thành phố",
             "Tháng 4 - 5/2026", "Báo cáo kết quả khảo sát"),
            ("7", "Tổ chức Tọa đàm \"Pháp luật về thương mại điện tử và bảo vệ dữ liệu cá nhân\"",
             "Sở Công Thương", "Công an thành phố (Phòng An ninh mạng và phòng, chống tội phạm sử dụng "
             "công nghệ cao)", "Tháng 10/2026", "Tọa đàm"),
        ), widths=(8, 52, 30, 36, 22, 26)),
        P("III. KINH PHÍ", bold=True),
        P("Từ nguồn kinh phí hỗ trợ pháp lý cho doanh nghiệp được giao trong dự toán năm 2026 của Sở Tư pháp "
          "và các nguồn hợp pháp khác."),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
    ]
    + _end(
        ["Phòng Phổ biến, giáo dục pháp luật là đầu mối theo dõi, đôn đốc; tổng hợp kết quả báo cáo Giám "
         "đốc Sở và UBND thành phố trước ngày 15/12/2026.",
         "Đề nghị các sở, ngành được phân công phối hợp thực hiện và gửi kết quả về Sở Tư pháp trước ngày "
         "05/12/2026."],
        ["UBND thành phố (b/c);", "Các sở, ngành liên quan;", "Hiệp hội Doanh nghiệp thành phố;"],
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Vũ Thị Lan",
    ),
    [
        Exp("Cập nhật, đăng tải văn bản pháp luật mới", ("Phòng Phổ biến, giáo dục pháp luật",),
            ("Sở Khoa học và Công nghệ",), "2026-12-31"),
        Exp("Tổ chức Hội nghị đối thoại về thủ tục", ("Sở Tài chính",),
            ("Thuế thành phố Hải Phòng", "Hiệp hội Doanh nghiệp thành phố"), "2026-09-30"),
        Exp("Tập huấn pháp luật về lao động, bảo hiểm", ("Ban Quản lý Khu kinh tế Hải Phòng",),
            ("Sở Nội vụ", "Bảo hiểm xã hội thành phố", "Liên đoàn Lao động thành phố"), "2026-07-31"),
        Exp("Tư vấn pháp luật miễn phí cho doanh nghiệp", ("Mạng lưới tư vấn viên pháp luật",),
            ("Đoàn Luật sư thành phố",), "2026-12-31", True),
        Exp("Biên soạn Sổ tay pháp luật về đầu tư", ("Phòng Phổ biến, giáo dục pháp luật",), ("Sở Tài "
            "chính",),
            "2026-09-30"),
        Exp("Khảo sát nhu cầu hỗ trợ pháp lý", ("Phòng Phổ biến, giáo dục pháp luật",),
            ("Hiệp hội Doanh nghiệp nhỏ và vừa thành phố",), "2026-05-31"),
        Exp("Tổ chức Tọa đàm \"Pháp luật về thương mại", ("Sở Công Thương",),
            ("Công an thành phố (Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao)",),
            "2026-10-31"),
    ],
)

# ---------------------------------------------------------------- 8
PLAN_CA_CAODIEM = Plan(
    "CA_CAODIEM",
    _header(
        "BỘ CÔNG AN", "CÔNG AN TỈNH GIA LAI", "1290/KH-CAT-PV01", "Gia Lai, ngày 28 tháng 4 năm 2026",
        "Đợt cao điểm tuyên truyền, phổ biến pháp luật về phòng, chống tội phạm lừa đảo",
        "chiếm đoạt tài sản trên không gian mạng (từ 15/5/2026 đến 15/8/2026)",
    )
    + [
        P("Căn cứ Luật An ninh mạng năm 2018; Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15;"),
        P("Thực hiện Kế hoạch số 156/KH-BCA-V05 ngày 10/4/2026 của Bộ Công an về tăng cường tuyên truyền "
          "phòng, chống tội phạm sử dụng công nghệ cao;"),
        P("Công an tỉnh xây dựng Kế hoạch đợt cao điểm như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Giúp người dân nhận diện các phương thức, thủ đoạn lừa đảo qua mạng, chủ động phòng ngừa."),
        P("2. Huy động sự vào cuộc của các lực lượng, đoàn thể và doanh nghiệp viễn thông, ngân hàng."),
        P("II. NỘI DUNG ĐỢT CAO ĐIỂM", bold=True),
        P("1. Tuyên truyền trên không gian mạng", bold=True),
        P("1.1. Xây dựng, phát hành các video cảnh báo thủ đoạn lừa đảo trên Trang Facebook, Zalo, TikTok "
          "của Công an tỉnh"),
        P("Đơn vị chủ trì: Phòng Tham mưu"),
        P("Đơn vị phối hợp: Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao"),
        P("Thời hạn: Từ 15/5/2026 đến 15/8/2026"),
        P("1.2. Nhắn tin cảnh báo đến thuê bao di động trên địa bàn tỉnh"),
        P("Đơn vị chủ trì: Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao"),
        P("Đơn vị phối hợp: Viettel Gia Lai, VNPT Gia Lai, MobiFone Gia Lai"),
        P("Thời hạn: Tháng 6/2026"),
        P("2. Tuyên truyền trực tiếp tại cơ sở", bold=True),
        P("2.1. Tổ chức hội nghị tuyên truyền tại các thôn, làng, tổ dân phố"),
        P("Đơn vị chủ trì: Công an các xã, phường"),
        P("Đơn vị phối hợp: Ủy ban Mặt trận Tổ quốc Việt Nam các xã, phường; Hội Liên hiệp Phụ nữ cơ sở và "
          "Đoàn Thanh niên cơ sở"),
        P("Thời hạn: Tháng 6 - tháng 7/2026"),
        P("2.2. Tuyên truyền cho học sinh, sinh viên trước kỳ nghỉ hè và tại các trường đại học, cao đẳng"),
        P("Đơn vị chủ trì: Phòng Cảnh sát hình sự"),
        P("Đơn vị phối hợp: Sở Giáo dục và Đào tạo; Trường Đại học Quy Nhơn"),
        P("Thời hạn: Trước ngày 31/5/2026"),
        P("2.3. Phối hợp với các ngân hàng thương mại khuyến cáo khách hàng khi giao dịch trực tuyến"),
        P("Đơn vị chủ trì: Phòng Cảnh sát kinh tế"),
        P("Đơn vị phối hợp: Ngân hàng Nhà nước Khu vực 10"),
        P("Thời hạn: Quý III/2026"),
        P("3. Sơ kết đợt cao điểm, rút kinh nghiệm"),
        P("Đơn vị chủ trì: Phòng Tham mưu"),
        P("Thời hạn: Trước ngày 25/8/2026"),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
    ]
    + _end(
        ["Thủ trưởng các đơn vị nghiệp vụ, Trưởng Công an các xã, phường tổ chức quán triệt, triển khai; "
         "báo cáo kết quả về Công an tỉnh (qua Phòng Tham mưu) trước ngày 20/8/2026."],
        ["Đồng chí Giám đốc (để b/c);", "Các đồng chí Phó Giám đốc;", "Các đơn vị thuộc Công an tỉnh;"],
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Đại tá Nguyễn Hữu Phước",
    ),
    [
        Exp("Xây dựng, phát hành các video cảnh báo", ("Phòng Tham mưu",),
            ("Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao",), "2026-08-15"),
        Exp("Nhắn tin cảnh báo đến thuê bao", ("Phòng An ninh mạng và phòng, chống tội phạm sử dụng công "
                                               "nghệ cao",),
            ("Viettel Gia Lai", "VNPT Gia Lai", "MobiFone Gia Lai"), "2026-06-30"),
        Exp("Tổ chức hội nghị tuyên truyền tại các thôn", ("Công an các xã, phường",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam các xã, phường", "Hội Liên hiệp Phụ nữ cơ sở",
             "Đoàn Thanh niên cơ sở"), "2026-07-31"),
        Exp("Tuyên truyền cho học sinh, sinh viên", ("Phòng Cảnh sát hình sự",),
            ("Sở Giáo dục và Đào tạo", "Trường Đại học Quy Nhơn"), "2026-05-31"),
        Exp("Phối hợp với các ngân hàng thương mại", ("Phòng Cảnh sát kinh tế",),
            ("Ngân hàng Nhà nước Khu vực 10",), "2026-09-30"),
        Exp("Sơ kết đợt cao điểm, rút kinh nghiệm", ("Phòng Tham mưu",), (), "2026-08-25"),
    ],
)

# ---------------------------------------------------------------- 9
PLAN_HDPH_XA = Plan(
    "HDPH_XA",
    _header(
        "UBND XÃ MƯỜNG CHÀ", "HỘI ĐỒNG PHỐI HỢP PBGDPL", "05/KH-HĐPH", "Mường Chà, ngày 15 tháng 10 năm 2026",
        "Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2026", "",
    )
    + [
        P("Căn cứ Quyết định số 35/QĐ-UBND ngày 12/8/2025 của UBND xã về việc kiện toàn Hội đồng phối hợp "
          "phổ "
          "biến, giáo dục pháp luật xã;"),
        P("Căn cứ Kế hoạch số 214/KH-HĐPH ngày 01/10/2026 của Hội đồng phối hợp phổ biến, giáo dục pháp luật "
          "tỉnh Điện Biên;"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Tôn vinh Hiến pháp, pháp luật; nâng cao ý thức thượng tôn pháp luật của cán bộ và Nhân dân các "
          "dân "
          "tộc trên địa bàn xã. Tổ chức các hoạt động phù hợp với phong tục, tập quán và điều kiện của xã."),
        P("II. CÁC HOẠT ĐỘNG HƯỞNG ỨNG", bold=True),
        P("1. Hoạt động tuyên truyền"),
        P("+ Tuyên truyền về Ngày Pháp luật bằng tiếng Việt và tiếng Thái, tiếng Mông trên hệ thống loa "
          "truyền thanh xã. Công chức Văn hóa - Xã hội chủ trì; Trưởng các bản phối hợp. Thời gian: từ "
          "01/11 đến 10/11/2026."),
        P("+ Treo khẩu hiệu, băng rôn tại trụ sở Đảng ủy, HĐND, UBND xã và các nhà văn hóa bản. Văn phòng "
          "HĐND và UBND xã có trách nhiệm thực hiện xong trước ngày 05/11/2026."),
        P("2. Hoạt động hưởng ứng"),
        P("+ Tổ chức buổi nói chuyện chuyên đề về pháp luật hôn nhân và gia đình, phòng, chống tảo hôn, hôn "
          "nhân cận huyết thống tại các bản vùng cao. Công chức Tư pháp - Hộ tịch chủ trì; Hội Liên hiệp "
          "Phụ nữ xã, Đồn Biên phòng Mường Chà phối hợp. Thời gian: tháng 11/2026."),
        P("+ Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã chỉ đạo Ban công tác Mặt trận các bản lồng ghép "
          "tuyên truyền pháp luật trong các buổi sinh hoạt cộng đồng, ngày hội đại đoàn kết toàn dân tộc; "
          "thời gian: tháng 11/2026."),
        P("+ Đề nghị Đoàn Thanh niên Cộng sản Hồ Chí Minh xã tổ chức cho đoàn viên tham gia Cuộc thi trực "
          "tuyến tìm hiểu pháp luật do tỉnh phát động; thời gian: từ ngày 20/10 đến ngày 20/11/2026."),
        P("+ Giao Công an xã phối hợp với Công chức Tư pháp - Hộ tịch tổ chức tiếp công dân, giải đáp pháp "
          "luật tại trụ sở UBND xã vào ngày 09/11/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
    ]
    + _end(
        ["Các thành viên Hội đồng phối hợp phổ biến, giáo dục pháp luật xã căn cứ nội dung Kế hoạch tổ chức "
         "thực hiện; báo cáo kết quả về Hội đồng (qua Công chức Tư pháp - Hộ tịch) trước ngày 18/11/2026."],
        ["HĐPH PBGDPL tỉnh (b/c);", "TT Đảng ủy, HĐND, UBND xã;", "Thành viên Hội đồng;"],
        "CHỦ TỊCH HỘI ĐỒNG\nPHÓ CHỦ TỊCH UBND XÃ", "Lò Văn Thắng",
    ),
    [
        Exp("Tuyên truyền về Ngày Pháp luật bằng tiếng Việt", ("Công chức Văn hóa - Xã hội",),
            ("Trưởng các bản",), "2026-11-10"),
        Exp("Treo khẩu hiệu, băng rôn tại trụ sở", ("Văn phòng HĐND và UBND xã",), (), "2026-11-05"),
        Exp("Tổ chức buổi nói chuyện chuyên đề về pháp luật", ("Công chức Tư pháp - Hộ tịch",),
            ("Hội Liên hiệp Phụ nữ xã", "Đồn Biên phòng Mường Chà"), "2026-11-30"),
        Exp("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã", ("Ủy ban Mặt trận Tổ quốc Việt Nam xã",), (),
            "2026-11-30"),
        Exp("Đề nghị Đoàn Thanh niên Cộng sản", ("Đoàn Thanh niên Cộng sản Hồ Chí Minh xã",), (),
            "2026-11-20"),
        Exp("Giao Công an xã phối hợp với", ("Công an xã",), ("Công chức Tư pháp - Hộ tịch",), "2026-11-09"),
    ],
)

# ---------------------------------------------------------------- 10
PLAN_SGD_NAMHOC = Plan(
    "SGD_NAMHOC",
    _header(
        "UBND THÀNH PHỐ CẦN THƠ", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "2871/KH-SGDĐT", "Cần Thơ, ngày 08 tháng 9 năm "
            "2026",
        "Công tác phổ biến, giáo dục pháp luật năm học 2026 - 2027", "",
    )
    + [
        P("Căn cứ Thông tư số 12/2025/TT-BGDĐT ngày 10/6/2025 của Bộ Giáo dục và Đào tạo quy định về phổ "
          "biến, "
          "giáo dục pháp luật trong nhà trường;"),
        P("Căn cứ Quyết định số 2310/QĐ-BGDĐT ngày 25/8/2026 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành "
          "Kế hoạch thời gian năm học 2026 - 2027;"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Trang bị kiến thức pháp luật thiết thực cho học sinh, nhất là pháp luật về an toàn giao thông, "
          "phòng "
          "chống ma túy, bạo lực học đường, an toàn trên không gian mạng; gắn với hoạt động giáo dục kỹ năng "
          "sống trong nhà trường."),
        P("II. NHIỆM VỤ VÀ PHÂN CÔNG", bold=True),
        T((
            ("TT", "Nhiệm vụ", "Thời gian", "Chủ trì", "Phối hợp", "Kinh phí"),
            ("1", "Tổ chức tuyên truyền Luật Trật tự, an toàn giao thông đường bộ trong tuần sinh hoạt "
                  "công dân "
             "đầu năm học", "Tháng 9/2026", "Các trường trung học phổ thông",
             "Phòng Cảnh sát giao thông Công an thành phố", "Nguồn chi thường xuyên của trường"),
            ("2", "Ký cam kết không sử dụng mũ bảo hiểm kém chất lượng, không điều khiển xe máy khi chưa "
                  "đủ tuổi",
             "Tháng 9 - tháng 10/2026", "Hiệu trưởng các trường trung học cơ sở, trung học phổ thông",
             "Ban đại diện cha mẹ học sinh", "Không"),
            ("3", "Tổ chức Cuộc thi \"Học sinh với pháp luật\" năm học 2026 - 2027",
             "Tháng 11/2026 - tháng 01/2027", "Phòng Giáo dục phổ thông - Giáo dục thường xuyên",
             "Thành đoàn Cần Thơ; Sở Tư pháp", "Ngân sách Sở"),
            ("4", "Tuyên truyền phòng, chống ma túy, thuốc lá điện tử trong trường học",
             "Học kỳ II (tháng 01 - tháng 5/2027)", "Phòng Chính trị, tư tưởng và Công tác học sinh",
             "Phòng Cảnh sát điều tra tội phạm về ma túy; Trung tâm Kiểm soát bệnh tật thành "
             "phố", "Ngân sách Sở"),
            ("5", "Bồi dưỡng kiến thức pháp luật về phòng, chống bạo lực học đường cho giáo viên chủ nhiệm",
             "Tháng 12/2026", "Phòng Tổ chức cán bộ", "Sở Tư pháp", "Ngân sách Sở"),
            ("6", "Xây dựng tủ sách pháp luật điện tử trên hệ thống quản lý học tập của ngành",
             "Quý IV/2026", "Văn phòng Sở", "Các cơ sở giáo dục trực thuộc", "Không"),
            ("7", "Triển khai văn bản pháp luật mới liên quan đến ngành giáo dục",
             "Từ tháng 9/2026 đến tháng 5/2027, sau khi văn bản được ban hành",
             "Phòng Pháp chế - Thanh tra",
             "Các phòng chuyên môn thuộc Sở", "Không"),
            ("8", "Sơ kết học kỳ I, tổng kết công tác phổ biến, giáo dục pháp luật năm học",
             "Tháng 01/2027 và tháng 6/2027", "Phòng Pháp chế - Thanh tra", "", "Không"),
        ), widths=(8, 52, 26, 34, 36, 20)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
    ]
    + _end(
        ["1. Các phòng thuộc Sở theo chức năng, nhiệm vụ triển khai các nội dung được phân công.",
         "2. Thủ trưởng các cơ sở giáo dục xây dựng kế hoạch của đơn vị, gửi về Sở (qua Phòng Pháp chế - "
         "Thanh tra) trước ngày 30/9/2026; báo cáo kết quả học kỳ I trước ngày 15/01/2027, cả năm học trước "
         "ngày 10/6/2027."],
        ["Bộ GDĐT (Vụ Pháp chế);", "UBND thành phố;", "Sở Tư pháp;", "Các cơ sở giáo dục;"],
        "GIÁM ĐỐC", "Trần Thanh Bình",
    ),
    [
        Exp("Tổ chức tuyên truyền Luật Trật tự", ("Các trường trung học phổ thông",),
            ("Phòng Cảnh sát giao thông Công an thành phố",), "2026-09-30"),
        Exp("Ký cam kết không sử dụng mũ", ("Hiệu trưởng các trường trung học cơ sở, trung học phổ thông",),
            ("Ban đại diện cha mẹ học sinh",), "2026-10-31"),
        Exp("Tổ chức Cuộc thi \"Học sinh với pháp luật\"",
            ("Phòng Giáo dục phổ thông - Giáo dục thường xuyên",), ("Thành đoàn Cần Thơ", "Sở Tư pháp"),
            "2027-01-31"),
        Exp("Tuyên truyền phòng, chống ma túy, thuốc lá", ("Phòng Chính trị, tư tưởng và Công tác học sinh",),
            ("Phòng Cảnh sát điều tra tội phạm về ma túy", "Trung tâm Kiểm soát bệnh tật thành phố"),
            "2027-05-31"),
        Exp("Bồi dưỡng kiến thức pháp luật về phòng", ("Phòng Tổ chức cán bộ",), ("Sở Tư "
            "pháp",), "2026-12-31"),
        Exp("Xây dựng tủ sách pháp luật điện tử", ("Văn phòng Sở",), ("Các cơ sở giáo dục trực thuộc",),
            "2026-12-31"),
        Exp("Triển khai văn bản pháp luật mới", ("Phòng Pháp chế - Thanh tra",),
            ("Các phòng chuyên môn thuộc Sở",), "2027-05-31", True),
        Exp("Sơ kết học kỳ I, tổng kết", ("Phòng Pháp chế - Thanh tra",), (), "2027-06-30"),
    ],
)

PLANS: list[Plan] = [
    PLAN_QNG_NGAYPL, PLAN_XA_HOAGIAI, PLAN_TINH_CDS, PLAN_ATGT_CAODIEM, PLAN_PHUONG_MATUY,
    PLAN_XA_BLGD, PLAN_DN_PHAPLY, PLAN_CA_CAODIEM, PLAN_HDPH_XA, PLAN_SGD_NAMHOC,
]
