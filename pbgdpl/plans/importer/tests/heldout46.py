"""Held-out evaluation set 46: ten provincial plans (PBGDPL), answers written by hand.

Plans and layout features:

1. UBND tỉnh Quảng Ngãi, PBGDPL 2026: roman sections, bold "1." task headings, each followed by
   "- Cơ quan chủ trì:", "- Cơ quan phối hợp:", "- Thời gian thực hiện:" label lines; one event-triggered.
2. Sở Tư pháp tỉnh Lâm Đồng, PBGDPL 2026: grid table STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp |
   Thời gian | Sản phẩm, with roman group rows ("I", "II"); quarter and month ranges.
3. Hội đồng phối hợp PBGDPL tỉnh Nghệ An, 2026: prose "Giao X chủ trì, phối hợp với Y ..." under a), b),
   timeframe in a trailing sentence; one "Đề nghị" to mass organisations; long mixed unit lists.
4. Sở GD&ĐT Thành phố Hồ Chí Minh, school year 2026-2027: table without STT, two-row header
   (Đơn vị thực hiện: Chủ trì / Phối hợp), "Ghi chú" column, month ranges across 2026-2027.
5. Sở Dân tộc và Tôn giáo tỉnh Gia Lai, PBGDPL in ethnic minority areas: "1.1."-style items, inline
   "Chủ trì: …; phối hợp: …; thời gian: …" in one paragraph after the heading.
6. UBND tỉnh Tuyên Quang, Ngày Pháp luật 2026: table with time column before units
   (STT | Nội dung công việc | Thời gian hoàn thành | Cơ quan thực hiện | Cơ quan phối hợp | Ghi chú).
7. Sở Y tế tỉnh Ninh Bình, PBGDPL ngành y tế: "-" tasks with several assignment blocks in one item
   ("X chủ trì …; Y phối hợp"), "Thời hạn:" label lines, a sentence "X có trách nhiệm …".
8. UBND tỉnh An Giang, PBGDPL chống khai thác IUU: roman task sections with "Giao:" and persons as units
   (Chủ tịch UBND các xã, phường, đặc khu), "Tiến độ:" lines, "sau khi … ban hành" trigger.
9. Sở Nông nghiệp và Môi trường tỉnh Đồng Tháp: table STT | Nhiệm vụ | Chủ trì thực hiện | Phối hợp |
   Thời gian | Kinh phí, non-roman group rows ("A", "B"), unit lists with ";".
10. Hội đồng phối hợp PBGDPL thành phố Hải Phòng, 2027 plan issued 12/2026: non-bold "a)" headings with
   "Đơn vị chủ trì:" / "Đơn vị phối hợp:" / "Thời gian:" inline in one line, "theo đề nghị" trigger.
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T, _header


def _end(lines: list[str], recipients: list[str], role: str, signer: str) -> list[P | T]:
    out: list[P | T] = [P(line) for line in lines]
    out.append(P("Nơi nhận:", bold=True))
    out += [P(f"- {r}") for r in recipients]
    out += [P(role, bold=True, center=True), P("(Đã ký)", center=True), P(signer, bold=True, center=True)]
    return out


# ---------------------------------------------------------------- 1. UBND tỉnh Quảng Ngãi
PLAN_QNGAI = Plan(
    name="qngai_ubnd_pbgdpl_2026",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN",
            "TỈNH QUẢNG NGÃI",
            "38/KH-UBND",
            "Quảng Ngãi, ngày 20 tháng 01 năm 2026",
            "Phổ biến, giáo dục pháp luật; hòa giải ở cơ sở; xây dựng cấp xã đạt chuẩn tiếp cận pháp luật",
            "trên địa bàn tỉnh năm 2026",
        ),
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;"),
        P("Căn cứ Luật Hòa giải ở cơ sở ngày 20 tháng 6 năm 2013;"),
        P("Căn cứ Quyết định số 25/2021/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ quy định về xã, "
            "phường, "
          "thị trấn đạt chuẩn tiếp cận pháp luật;"),
        P("Căn cứ Kế hoạch số 12/KH-BTP ngày 05/01/2026 của Bộ Tư pháp về công tác phổ biến, giáo dục pháp "
          "luật năm 2026;"),
        P("Theo đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 41/TTr-STP ngày 14/01/2026, Ủy ban nhân dân "
          "tỉnh ban hành Kế hoạch thực hiện như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Tổ chức triển khai có hiệu quả các nhiệm vụ phổ biến, giáo dục pháp luật (PBGDPL), hòa giải ở "
          "cơ sở và chuẩn tiếp cận pháp luật gắn với mô hình chính quyền địa phương hai cấp."),
        P("2. Xác định cụ thể nội dung, thời hạn, trách nhiệm của các cơ quan, đơn vị, địa phương; bảo đảm "
          "tính khả thi, tiết kiệm, tránh hình thức."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Tuyên truyền, phổ biến các luật, nghị quyết mới được Quốc hội khóa XV thông qua tại Kỳ họp thứ "
          "10 và các văn bản quy phạm pháp luật của tỉnh", bold=True),
        P("- Cơ quan chủ trì: Sở Tư pháp."),
        P("- Cơ quan phối hợp: các sở, ban, ngành tỉnh; Báo và Phát thanh, Truyền hình Quảng Ngãi; Ủy ban "
          "nhân dân các xã, phường, đặc khu."),
        P("- Thời gian thực hiện: Quý I, II/2026."),
        P("2. Tổ chức Hội nghị phổ biến pháp luật cho cán bộ, công chức cấp xã sau sắp xếp đơn vị hành "
          "chính", bold=True),
        P("- Cơ quan chủ trì: Sở Tư pháp, Sở Nội vụ."),
        P("- Cơ quan phối hợp: Ủy ban nhân dân các xã, phường, đặc khu."),
        P("- Thời gian thực hiện: Tháng 4 - tháng 5/2026."),
        P("3. Xây dựng chuyên trang, chuyên mục pháp luật trên Cổng Thông tin điện tử tỉnh", bold=True),
        P("- Cơ quan chủ trì: Văn phòng Ủy ban nhân dân tỉnh."),
        P("- Cơ quan phối hợp: Sở Khoa học và Công nghệ; Sở Tư pháp."),
        P("- Thời gian thực hiện: Thường xuyên."),
        P("4. Phổ biến pháp luật về đất đai, môi trường, tài nguyên nước cho người dân vùng dự "
            "án", bold=True),
        P("- Cơ quan chủ trì: Sở Nông nghiệp và Môi trường."),
        P("- Cơ quan phối hợp: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; Ủy ban nhân dân các xã có dự án."),
        P("- Thời gian thực hiện: Quý III/2026."),
        P("5. Kiện toàn, bồi dưỡng đội ngũ báo cáo viên pháp luật tỉnh, tuyên truyền viên pháp luật cấp "
          "xã", bold=True),
        P("- Cơ quan chủ trì: Sở Tư pháp."),
        P("- Cơ quan phối hợp: các cơ quan, đơn vị có báo cáo viên pháp luật; Ủy ban nhân dân cấp xã."),
        P("- Thời gian thực hiện: Khi có văn bản hướng dẫn của Bộ Tư pháp về chuẩn hóa đội ngũ báo cáo "
          "viên."),
        P("6. Đánh giá, công nhận cấp xã đạt chuẩn tiếp cận pháp luật năm 2026", bold=True),
        P("- Cơ quan chủ trì: Sở Tư pháp (Cơ quan thường trực Hội đồng đánh giá)."),
        P("- Cơ quan phối hợp: Hội đồng đánh giá tiếp cận pháp luật tỉnh; Ủy ban nhân dân các xã, phường, "
          "đặc khu."),
        P("- Thời gian thực hiện: Trước ngày 25/01/2027."),
        P("7. Hòa giải ở cơ sở: củng cố tổ hòa giải, tập huấn kỹ năng cho hòa giải viên", bold=True),
        P("- Cơ quan chủ trì: Ủy ban nhân dân các xã, phường, đặc khu."),
        P("- Cơ quan phối hợp: Sở Tư pháp; Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam các xã, phường."),
        P("- Thời gian thực hiện: Tháng 6 đến tháng 9/2026."),
        P("III. KINH PHÍ THỰC HIỆN", bold=True),
        P("Kinh phí thực hiện Kế hoạch được bảo đảm từ ngân sách nhà nước theo phân cấp hiện hành và các "
          "nguồn hợp pháp khác."),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        *_end(
            [
                "1. Các sở, ban, ngành tỉnh, Ủy ban nhân dân các xã, phường, đặc khu căn cứ Kế hoạch này "
                "xây dựng kế hoạch cụ thể, tổ chức thực hiện.",
                "2. Sở Tư pháp theo dõi, đôn đốc; tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện "
                "trước ngày 05/12/2026.",
            ],
            ["Bộ Tư pháp (b/c);", "TT Tỉnh ủy, TT HĐND tỉnh;", "CT, các PCT UBND tỉnh;",
             "Các sở, ban, ngành tỉnh;", "UBND các xã, phường, đặc khu;", "Lưu: VT, NC."],
            "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
            "Trần Phước Hiền",
        ),
    ],
    expected=[
        Exp("Tuyên truyền, phổ biến các luật, nghị quyết mới", ("Sở Tư pháp",),
            ("các sở, ban, ngành tỉnh", "Báo và Phát thanh, Truyền hình Quảng Ngãi",
             "Ủy ban nhân dân các xã, phường, đặc khu"), "2026-06-30"),
        Exp("Tổ chức Hội nghị phổ biến pháp luật cho cán bộ", ("Sở Tư pháp", "Sở Nội vụ"),
            ("Ủy ban nhân dân các xã, phường, đặc khu",), "2026-05-31"),
        Exp("Xây dựng chuyên trang, chuyên mục pháp luật", ("Văn phòng Ủy ban nhân dân tỉnh",),
            ("Sở Khoa học và Công nghệ", "Sở Tư pháp"), "2026-12-31"),
        Exp("Phổ biến pháp luật về đất đai, môi trường", ("Sở Nông nghiệp và Môi trường",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Ủy ban nhân dân các xã có dự án"), "2026-09-30"),
        Exp("Kiện toàn, bồi dưỡng đội ngũ báo cáo viên", ("Sở Tư pháp",),
            ("các cơ quan, đơn vị có báo cáo viên pháp luật", "Ủy ban nhân dân cấp xã"), "2026-12-31",
            on_request=True),
        Exp("Đánh giá, công nhận cấp xã đạt chuẩn", ("Sở Tư pháp",),
            ("Hội đồng đánh giá tiếp cận pháp luật tỉnh", "Ủy ban nhân dân các xã, phường, đặc khu"),
            "2027-01-25"),
        Exp("Hòa giải ở cơ sở: củng cố tổ hòa giải", ("Ủy ban nhân dân các xã, phường, đặc khu",),
            ("Sở Tư pháp", "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam các xã, phường"), "2026-09-30"),
    ],
)


# ---------------------------------------------------------------- 2. Sở Tư pháp Lâm Đồng (table, groups)
PLAN_LAMDONG = Plan(
    name="lamdong_stp_pbgdpl_2026",
    blocks=[
        *_header(
            "UBND TỈNH LÂM ĐỒNG",
            "SỞ TƯ PHÁP",
            "09/KH-STP",
            "Lâm Đồng, ngày 16 tháng 01 năm 2026",
            "Công tác phổ biến, giáo dục pháp luật, trợ giúp pháp lý",
            "của Sở Tư pháp năm 2026",
        ),
        P("Căn cứ Kế hoạch số 27/KH-UBND ngày 09/01/2026 của UBND tỉnh Lâm Đồng về công tác PBGDPL năm "
            "2026;"),
        P("Căn cứ Quyết định số 118/QĐ-UBND ngày 02/7/2025 của UBND tỉnh quy định chức năng, nhiệm vụ, quyền "
          "hạn và cơ cấu tổ chức của Sở Tư pháp;"),
        P("Sở Tư pháp xây dựng Kế hoạch công tác PBGDPL, trợ giúp pháp lý năm 2026 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Nâng cao hiệu quả tham mưu, hướng dẫn công tác PBGDPL trên địa bàn tỉnh sau hợp nhất."),
        P("- Phân công cụ thể, gắn trách nhiệm của từng phòng, đơn vị thuộc Sở."),
        P("II. NỘI DUNG, PHÂN CÔNG THỰC HIỆN", bold=True),
        P("(Chi tiết tại Phụ lục kèm theo)"),
        T(
            (
                ("STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Sản phẩm"),
                ("I", "Công tác tham mưu, hướng dẫn", "", "", "", ""),
                ("1", "Tham mưu UBND tỉnh ban hành Kế hoạch PBGDPL năm 2026 và các kế hoạch chuyên đề",
                 "Phòng Phổ biến, giáo dục pháp luật", "Văn phòng Sở", "Quý I/2026", "Kế hoạch của UBND "
                 "tỉnh"),
                ("2", "Hướng dẫn các xã, phường xây dựng, duy trì tủ sách pháp luật điện tử",
                 "Phòng Phổ biến, giáo dục pháp luật", "Trung tâm Trợ giúp pháp lý nhà nước tỉnh; UBND các "
                 "xã, phường", "Tháng 3 - tháng 4/2026", "Văn bản hướng dẫn"),
                ("3", "Tổ chức cuộc thi tìm hiểu pháp luật trực tuyến \"Lâm Đồng - Hiểu luật, làm theo "
                    "luật\"",
                 "Phòng Phổ biến, giáo dục pháp luật", "Sở Khoa học và Công nghệ, Báo và Phát thanh, Truyền "
                 "hình Lâm Đồng", "Quý III/2026", "Cuộc thi"),
                ("II", "Công tác trợ giúp pháp lý, truyền thông", "", "", "", ""),
                ("4", "Truyền thông về trợ giúp pháp lý tại các xã đặc biệt khó khăn",
                 "Trung tâm Trợ giúp pháp lý nhà nước tỉnh", "Sở Dân tộc và Tôn giáo; UBND các xã vùng đồng "
                 "bào dân tộc thiểu số", "Tháng 5 - tháng 10/2026", "Đợt truyền thông"),
                ("5", "Biên soạn tài liệu song ngữ Việt - K'Ho về pháp luật hôn nhân và gia đình",
                 "Trung tâm Trợ giúp pháp lý nhà nước tỉnh", "Phòng Phổ biến, giáo dục pháp luật", "Quý II, "
                 "III/2026", "Tài liệu song ngữ"),
                ("6", "Cập nhật văn bản, tin bài PBGDPL trên Trang thông tin điện tử của Sở",
                 "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở", "Thường xuyên", "Tin, bài"),
                ("7", "Sơ kết, đánh giá kết quả thực hiện Kế hoạch", "Phòng Phổ biến, giáo dục pháp luật",
                 "Các phòng, đơn vị thuộc Sở", "Trước ngày 30/11/2026", "Báo cáo"),
            ),
            widths=(8, 50, 30, 36, 22, 22),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        *_end(
            [
                "1. Trưởng các phòng, Giám đốc Trung tâm Trợ giúp pháp lý nhà nước tỉnh chịu trách nhiệm "
                "triển khai các nhiệm vụ được phân công.",
                "2. Kinh phí thực hiện từ dự toán ngân sách năm 2026 giao cho Sở Tư pháp. Văn phòng Sở bảo "
                "đảm kinh phí, phương tiện.",
                "3. Định kỳ 6 tháng (trước ngày 10/6) và năm (trước ngày 10/11), các đơn vị báo cáo kết quả "
                "về "
                "Phòng Phổ biến, giáo dục pháp luật để tổng hợp.",
            ],
            ["UBND tỉnh (b/c);", "Giám đốc, các PGĐ Sở;", "Các phòng, đơn vị thuộc Sở;", "Lưu: VT, PBGDPL."],
            "GIÁM ĐỐC",
            "Nguyễn Văn Phương",
        ),
    ],
    expected=[
        Exp("Tham mưu UBND tỉnh ban hành Kế hoạch PBGDPL", ("Phòng Phổ biến, giáo dục pháp luật",),
            ("Văn phòng Sở",), "2026-03-31"),
        Exp("Hướng dẫn các xã, phường xây dựng, duy trì", ("Phòng Phổ biến, giáo dục pháp luật",),
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh", "UBND các xã, phường"), "2026-04-30"),
        Exp("Tổ chức cuộc thi tìm hiểu pháp luật trực tuyến", ("Phòng Phổ biến, giáo dục pháp luật",),
            ("Sở Khoa học và Công nghệ", "Báo và Phát thanh, Truyền hình Lâm Đồng"), "2026-09-30"),
        Exp("Truyền thông về trợ giúp pháp lý tại các xã", ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh",),
            ("Sở Dân tộc và Tôn giáo", "UBND các xã vùng đồng bào dân tộc thiểu số"), "2026-10-31"),
        Exp("Biên soạn tài liệu song ngữ Việt - K'Ho", ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh",),
            ("Phòng Phổ biến, giáo dục pháp luật",), "2026-09-30"),
        Exp("Cập nhật văn bản, tin bài PBGDPL", ("Văn phòng Sở",), ("Các phòng, đơn vị thuộc Sở",),
            "2026-12-31"),
        Exp("Sơ kết, đánh giá kết quả thực hiện Kế hoạch", ("Phòng Phổ biến, giáo dục pháp luật",),
            ("Các phòng, đơn vị thuộc Sở",), "2026-11-30"),
    ],
)


# ---------------------------------------------------------------- 3. HĐPH PBGDPL Nghệ An (prose)
PLAN_NGHEAN = Plan(
    name="nghean_hdph_2026",
    blocks=[
        *_header(
            "UBND TỈNH NGHỆ AN",
            "HỘI ĐỒNG PHỐI HỢP PHỔ BIẾN,\nGIÁO DỤC PHÁP LUẬT",
            "02/KH-HĐPH",
            "Nghệ An, ngày 23 tháng 01 năm 2026",
            "Hoạt động của Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh",
            "năm 2026",
        ),
        P("Căn cứ Quyết định số 27/2013/QĐ-TTg ngày 19/5/2013 của Thủ tướng Chính phủ quy định về thành phần "
          "và nhiệm vụ, quyền hạn của Hội đồng phối hợp phổ biến, giáo dục pháp luật;"),
        P("Căn cứ Quyết định số 2215/QĐ-UBND ngày 18/8/2025 của UBND tỉnh về việc kiện toàn Hội đồng phối "
          "hợp phổ biến, giáo dục pháp luật tỉnh;"),
        P("Hội đồng phối hợp PBGDPL tỉnh (sau đây gọi là Hội đồng) ban hành Kế hoạch hoạt động năm 2026 như "
          "sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Phát huy vai trò tư vấn, phối hợp của Hội đồng và các thành viên; gắn PBGDPL với thực hiện nhiệm "
          "vụ chính trị của từng cơ quan, đơn vị."),
        P("II. NỘI DUNG HOẠT ĐỘNG", bold=True),
        P("1. Hoạt động tham mưu, chỉ đạo, hướng dẫn", bold=True),
        P("a) Xây dựng, ban hành Chương trình công tác của Hội đồng và phân công nhiệm vụ cho thành viên. "
          "Giao Sở Tư pháp (Cơ quan Thường trực Hội đồng) chủ trì, phối hợp với Văn phòng Ủy ban nhân dân "
          "tỉnh thực hiện. Thời gian hoàn thành trong tháng 02/2026."),
        P("b) Tổ chức phiên họp định kỳ của Hội đồng, sơ kết 6 tháng và tổng kết năm. Giao Sở Tư pháp chủ "
          "trì, phối hợp với các thành viên Hội đồng thực hiện. Thời gian: tháng 7 và tháng 12/2026."),
        P("2. Hoạt động phổ biến, giáo dục pháp luật chuyên đề", bold=True),
        P("a) Phổ biến pháp luật về phòng, chống ma túy, mua bán người tại khu vực biên giới. Giao Công an "
          "tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh chủ trì, phối hợp với Sở Tư pháp, Ủy ban nhân dân các xã "
          "biên giới và Hội Liên hiệp Phụ nữ tỉnh tổ chức thực hiện trong Quý II và Quý III năm 2026."),
        P("b) Phổ biến pháp luật về an toàn thực phẩm, kinh doanh hàng hóa cho hộ kinh doanh, cơ sở sản "
          "xuất nhỏ. Giao Sở Công Thương chủ trì, phối hợp với Sở Y tế; Sở Nông nghiệp và Môi trường; Chi "
          "cục Quản lý thị trường tỉnh Nghệ An thực hiện. Thời gian: từ tháng 3 đến tháng 8/2026."),
        P("c) Phổ biến pháp luật về bảo hiểm xã hội, bảo hiểm y tế, an toàn vệ sinh lao động cho người lao "
          "động trong các khu công nghiệp. Giao Sở Nội vụ chủ trì, phối hợp với Bảo hiểm xã hội tỉnh Nghệ "
          "An, Ban Quản lý Khu kinh tế Đông Nam Nghệ An và Liên đoàn Lao động tỉnh triển khai trong năm "
          "2026."),
        P("d) Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chủ trì, phối hợp với các tổ chức chính trị - xã "
          "hội tỉnh tuyên truyền, vận động Nhân dân chấp hành pháp luật về bầu cử, về xây dựng khu dân cư "
          "văn hóa. Thời gian thực hiện: Quý I/2026."),
        P("3. Tổ chức Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2026", bold=True),
        P("Giao Sở Tư pháp chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch, Báo và Phát thanh, Truyền "
          "hình Nghệ An tham mưu Hội đồng tổ chức các hoạt động hưởng ứng. Thời gian: tháng 10 - tháng "
          "11/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        *_end(
            [
                "1. Các thành viên Hội đồng căn cứ nhiệm vụ được giao, chủ động triển khai thực hiện; gửi "
                "báo "
                "cáo kết quả về Cơ quan Thường trực Hội đồng (Sở Tư pháp) trước ngày 15/11/2026.",
                "2. Kinh phí hoạt động của Hội đồng được bố trí trong dự toán của Sở Tư pháp.",
            ],
            ["Thường trực Tỉnh ủy (b/c);", "Chủ tịch UBND tỉnh (b/c);", "Thành viên Hội đồng;", "Lưu: VT, "
                "HĐ."],
            "KT. CHỦ TỊCH HỘI ĐỒNG\nPHÓ CHỦ TỊCH\nGIÁM ĐỐC SỞ TƯ PHÁP",
            "Hoàng Thị Quỳnh Anh",
        ),
    ],
    expected=[
        Exp("Xây dựng, ban hành Chương trình công tác của Hội đồng", ("Sở Tư pháp",),
            ("Văn phòng Ủy ban nhân dân tỉnh",), "2026-02-28"),
        Exp("Tổ chức phiên họp định kỳ của Hội đồng", ("Sở Tư pháp",), ("các thành viên Hội đồng",),
            "2026-12-31"),
        Exp("Phổ biến pháp luật về phòng, chống ma túy", ("Công an tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng "
            "tỉnh"),
            ("Sở Tư pháp", "Ủy ban nhân dân các xã biên giới", "Hội Liên hiệp Phụ nữ tỉnh"), "2026-09-30"),
        Exp("Phổ biến pháp luật về an toàn thực phẩm", ("Sở Công Thương",),
            ("Sở Y tế", "Sở Nông nghiệp và Môi trường", "Chi cục Quản lý thị trường tỉnh Nghệ An"),
            "2026-08-31"),
        Exp("Phổ biến pháp luật về bảo hiểm xã hội", ("Sở Nội vụ",),
            ("Bảo hiểm xã hội tỉnh Nghệ An", "Ban Quản lý Khu kinh tế Đông Nam Nghệ An",
             "Liên đoàn Lao động tỉnh"), "2026-12-31"),
        Exp("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chủ trì", ("Ủy ban Mặt trận Tổ quốc Việt Nam "
            "tỉnh",),
            ("các tổ chức chính trị - xã hội tỉnh",), "2026-03-31"),
        Exp("Tổ chức Ngày Pháp luật nước Cộng hòa", ("Sở Tư pháp",),
            ("Sở Văn hóa, Thể thao và Du lịch", "Báo và Phát thanh, Truyền hình Nghệ An"), "2026-11-30"),
    ],
)


# ---------------------------------------------------------------- 4. Sở GD&ĐT TP.HCM (school year table)
PLAN_HCM = Plan(
    name="hcm_sgddt_namhoc_2026_2027",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH",
            "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
            "3125/KH-SGDĐT",
            "Thành phố Hồ Chí Minh, ngày 28 tháng 8 năm 2026",
            "Phổ biến, giáo dục pháp luật trong ngành Giáo dục và Đào tạo",
            "năm học 2026 - 2027",
        ),
        P("Căn cứ Thông tư số 33/2021/TT-BGDĐT ngày 29/11/2021 của Bộ Giáo dục và Đào tạo hướng dẫn phổ "
          "biến, giáo dục pháp luật trong nhà trường;"),
        P("Căn cứ Kế hoạch số 4410/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân Thành phố về công tác phổ "
            "biến, "
          "giáo dục pháp luật năm 2026;"),
        P("Sở Giáo dục và Đào tạo xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Nâng cao ý thức chấp hành pháp luật của cán bộ, giáo viên, nhân viên, học sinh."),
        P("2. Lồng ghép nội dung giáo dục pháp luật vào các môn học, hoạt động trải nghiệm phù hợp lứa "
            "tuổi."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG", bold=True),
        T(
            (
                ("Nội dung công việc", "Đơn vị thực hiện", "", "Thời gian", "Ghi chú"),
                ("", "Chủ trì", "Phối hợp", "", ""),
                ("Triển khai văn bản pháp luật mới về giáo dục đến cán bộ quản lý các trường",
                 "Văn phòng Sở", "Phòng Giáo dục Trung học; Phòng Giáo dục Tiểu học", "Tháng 9/2026",
                 "Hội nghị trực tuyến"),
                ("Tổ chức \"Tuần lễ giáo dục an toàn giao thông\" đầu năm học",
                 "Phòng Chính trị tư tưởng", "Phòng Cảnh sát giao thông - Công an Thành phố; Thành đoàn "
                 "Thành "
                 "phố Hồ Chí Minh", "Tháng 9 - tháng 10/2026", ""),
                ("Phổ biến pháp luật về phòng, chống bạo lực học đường, xâm hại trẻ em",
                 "Phòng Chính trị tư tưởng", "Sở Y tế, Sở Tư pháp và các cơ sở giáo dục", "Học kỳ I, "
                 "hoàn thành trước ngày 15/01/2027", "Lồng ghép hoạt động trải nghiệm"),
                ("Thanh tra, kiểm tra việc thực hiện quy chế dân chủ, công khai trong trường học",
                 "Thanh tra Sở", "Phòng Kế hoạch - Tài chính", "Tháng 11/2026 - tháng 3/2027", ""),
                ("Hội thi \"Giáo viên giỏi tư vấn pháp luật học đường\"", "Phòng Giáo dục Trung học",
                 "Công đoàn ngành Giáo dục Thành phố", "Tháng 3 - tháng 4/2027", "Theo thể lệ riêng"),
                ("Tổng kết công tác PBGDPL năm học 2026 - 2027", "Văn phòng Sở",
                 "Các phòng, ban thuộc Sở", "Tháng 5/2027", "Báo cáo về Bộ GDĐT"),
            ),
            widths=(60, 32, 46, 30, 22),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        *_end(
            [
                "Thủ trưởng các đơn vị trực thuộc, hiệu trưởng các trường xây dựng kế hoạch của đơn vị, báo "
                "cáo kết quả học kỳ I trước ngày 20/01/2027 và cả năm học trước ngày 31/5/2027 về Sở (qua "
                "Văn "
                "phòng Sở).",
            ],
            ["Bộ GDĐT (b/c);", "UBND Thành phố (b/c);", "Giám đốc, các PGĐ;", "Các đơn vị trực thuộc;",
             "Lưu: VT, VP."],
            "GIÁM ĐỐC",
            "Nguyễn Văn Hiếu",
        ),
    ],
    expected=[
        Exp("Triển khai văn bản pháp luật mới về giáo dục", ("Văn phòng Sở",),
            ("Phòng Giáo dục Trung học", "Phòng Giáo dục Tiểu học"), "2026-09-30"),
        Exp("Tổ chức \"Tuần lễ giáo dục an toàn giao thông\"", ("Phòng Chính trị tư tưởng",),
            ("Phòng Cảnh sát giao thông - Công an Thành phố", "Thành đoàn Thành phố Hồ Chí Minh"),
            "2026-10-31"),
        Exp("Phổ biến pháp luật về phòng, chống bạo lực học đường", ("Phòng Chính trị tư tưởng",),
            ("Sở Y tế", "Sở Tư pháp", "các cơ sở giáo dục"), "2027-01-15"),
        Exp("Thanh tra, kiểm tra việc thực hiện quy chế", ("Thanh tra Sở",), ("Phòng Kế hoạch - Tài chính",),
            "2027-03-31"),
        Exp("Hội thi \"Giáo viên giỏi tư vấn pháp luật", ("Phòng Giáo dục Trung học",),
            ("Công đoàn ngành Giáo dục Thành phố",), "2027-04-30"),
        Exp("Tổng kết công tác PBGDPL năm học", ("Văn phòng Sở",), ("Các phòng, ban thuộc "
            "Sở",), "2027-05-31"),
    ],
)


# ---------------------------------------------------------------- 5. Sở Dân tộc và Tôn giáo Gia Lai
PLAN_GIALAI = Plan(
    name="gialai_sdttg_vung_dtts_2026",
    blocks=[
        *_header(
            "UBND TỈNH GIA LAI",
            "SỞ DÂN TỘC VÀ TÔN GIÁO",
            "14/KH-SDTTG",
            "Gia Lai, ngày 03 tháng 02 năm 2026",
            "Tăng cường phổ biến, giáo dục pháp luật và tuyên truyền, vận động đồng bào vùng dân tộc thiểu "
            "số",
            "năm 2026",
        ),
        P("Căn cứ Quyết định số 1208/QĐ-TTg ngày 10/10/2025 của Thủ tướng Chính phủ phê duyệt Đề án \"Tăng "
          "cường PBGDPL và tuyên truyền, vận động đồng bào vùng dân tộc thiểu số và miền núi giai đoạn "
          "2026 - 2030\";"),
        P("Căn cứ Kế hoạch số 55/KH-UBND ngày 12/01/2026 của UBND tỉnh Gia Lai,"),
        P("Sở Dân tộc và Tôn giáo ban hành Kế hoạch thực hiện năm 2026, cụ thể như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Đổi mới nội dung, hình thức PBGDPL phù hợp phong tục, tập quán, ngôn ngữ của đồng bào Jrai, "
          "Bahnar; phát huy vai trò người có uy tín."),
        P("II. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True),
        P("1. Nhiệm vụ trọng tâm", bold=True),
        P("1.1. Tập huấn, bồi dưỡng kiến thức pháp luật cho người có uy tín trong đồng bào dân tộc thiểu số"),
        P("Chủ trì: Phòng Chính sách dân tộc; phối hợp: Sở Tư pháp, Công an tỉnh; thời gian: tháng 4 - "
          "tháng 6/2026."),
        P("1.2. Biên soạn, phát hành tờ gấp, sổ tay pháp luật bằng tiếng Jrai, tiếng Bahnar"),
        P("Chủ trì: Văn phòng Sở; phối hợp: Trường Cao đẳng Gia Lai; thời gian: Quý II/2026."),
        P("1.3. Tuyên truyền pháp luật về tín ngưỡng, tôn giáo tại các cơ sở tôn giáo, điểm nhóm sinh hoạt "
          "tôn giáo tập trung"),
        P("Chủ trì: Phòng Quản lý tôn giáo; phối hợp: Ban Tôn giáo - Công an tỉnh, Ủy ban nhân dân các xã "
          "có đông đồng bào theo đạo; thời gian: thường xuyên trong năm."),
        P("1.4. Phổ biến pháp luật về hôn nhân và gia đình nhằm giảm thiểu tình trạng tảo hôn, hôn nhân cận "
          "huyết thống"),
        P("Chủ trì: Phòng Chính sách dân tộc; phối hợp: Hội Liên hiệp Phụ nữ tỉnh, Tỉnh đoàn Gia Lai và Ủy "
          "ban nhân dân các xã vùng đồng bào dân tộc thiểu số; thời gian: Quý III - Quý IV/2026."),
        P("1.5. Xây dựng mô hình điểm \"Già làng nói luật\" tại 03 xã khu vực biên giới"),
        P("Chủ trì: Phòng Chính sách dân tộc; phối hợp: Bộ Chỉ huy Bộ đội Biên phòng tỉnh; thời gian: sau "
          "khi Ủy ban nhân dân tỉnh phê duyệt danh sách xã thực hiện điểm."),
        P("1.6. Kiểm tra, đánh giá kết quả thực hiện Đề án tại cơ sở"),
        P("Chủ trì: Thanh tra Sở; phối hợp: các phòng chuyên môn thuộc Sở; thời gian: tháng 10/2026."),
        P("2. Giải pháp", bold=True),
        P("Huy động sự tham gia của già làng, trưởng bản, người có uy tín; ứng dụng mạng xã hội, nhóm Zalo "
          "thôn, làng trong tuyên truyền."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        *_end(
            [
                "Các phòng, đơn vị thuộc Sở chủ động triển khai nhiệm vụ được giao; báo cáo kết quả về Văn "
                "phòng Sở trước ngày 20/11/2026 để tổng hợp, báo cáo UBND tỉnh và Bộ Dân tộc và Tôn giáo.",
            ],
            ["Bộ Dân tộc và Tôn giáo (b/c);", "UBND tỉnh (b/c);", "Sở Tư pháp;", "Lưu: VT, CSDT."],
            "GIÁM ĐỐC",
            "Ksor Phước Hà",
        ),
    ],
    expected=[
        Exp("Tập huấn, bồi dưỡng kiến thức pháp luật cho người có uy tín", ("Phòng Chính sách dân tộc",),
            ("Sở Tư pháp", "Công an tỉnh"), "2026-06-30"),
        Exp("Biên soạn, phát hành tờ gấp, sổ tay pháp luật", ("Văn phòng Sở",), ("Trường Cao đẳng Gia Lai",),
            "2026-06-30"),
        Exp("Tuyên truyền pháp luật về tín ngưỡng, tôn giáo", ("Phòng Quản lý tôn giáo",),
            ("Ban Tôn giáo - Công an tỉnh", "Ủy ban nhân dân các xã có đông đồng bào theo "
                "đạo"), "2026-12-31"),
        Exp("Phổ biến pháp luật về hôn nhân và gia đình", ("Phòng Chính sách dân tộc",),
            ("Hội Liên hiệp Phụ nữ tỉnh", "Tỉnh đoàn Gia Lai",
             "Ủy ban nhân dân các xã vùng đồng bào dân tộc thiểu số"), "2026-12-31"),
        Exp("Xây dựng mô hình điểm \"Già làng nói luật\"", ("Phòng Chính sách dân tộc",),
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh",), "2026-12-31", on_request=True),
        Exp("Kiểm tra, đánh giá kết quả thực hiện Đề án", ("Thanh tra Sở",),
            ("các phòng chuyên môn thuộc Sở",), "2026-10-31"),
    ],
)


# ---------------------------------------------------------------- 6. UBND Tuyên Quang, Ngày Pháp luật
PLAN_TUYENQUANG = Plan(
    name="tuyenquang_ubnd_ngay_phap_luat_2026",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN",
            "TỈNH TUYÊN QUANG",
            "211/KH-UBND",
            "Tuyên Quang, ngày 02 tháng 10 năm 2026",
            "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam",
            "năm 2026 trên địa bàn tỉnh",
        ),
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012;"),
        P("Căn cứ Nghị định số 28/2013/NĐ-CP ngày 04/4/2013 của Chính phủ quy định chi tiết một số điều và "
          "biện pháp thi hành Luật Phổ biến, giáo dục pháp luật;"),
        P("Căn cứ Công văn số 3902/BTP-PBGDPL ngày 11/9/2026 của Bộ Tư pháp về việc hướng dẫn tổ chức Ngày "
          "Pháp luật năm 2026;"),
        P("Ủy ban nhân dân tỉnh ban hành Kế hoạch tổ chức các hoạt động hưởng ứng Ngày Pháp luật năm 2026 "
          "như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Tôn vinh Hiến pháp, pháp luật; nâng cao ý thức thượng tôn pháp luật trong cán bộ và Nhân dân."),
        P("- Tổ chức thiết thực, tiết kiệm, gắn với nhiệm vụ chuyên môn, tránh phô trương, hình thức."),
        P("II. NỘI DUNG, THỜI GIAN VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        T(
            (
                ("STT", "Nội dung công việc", "Thời gian hoàn thành", "Cơ quan thực hiện", "Cơ quan phối hợp",
                 "Ghi chú"),
                ("1", "Treo băng rôn, khẩu hiệu, pano tuyên truyền tại trụ sở cơ quan, nơi công cộng",
                 "Từ ngày 01/11 đến ngày 10/11/2026", "Các sở, ban, ngành; UBND các xã, phường",
                 "Sở Văn hóa, Thể thao và Du lịch", ""),
                ("2", "Mở chuyên mục \"Ngày Pháp luật\" trên sóng phát thanh, truyền hình và báo in",
                 "Tháng 10 - tháng 11/2026", "Báo và Phát thanh, Truyền hình Tuyên Quang", "Sở Tư pháp",
                 "Tối thiểu 02 kỳ/tuần"),
                ("3", "Tổ chức Lễ hưởng ứng Ngày Pháp luật cấp tỉnh kết hợp tọa đàm về Hiến pháp",
                 "Trước ngày 09/11/2026", "Sở Tư pháp", "Văn phòng UBND tỉnh, Sở Nội vụ, Công an tỉnh",
                 "Lãnh đạo UBND tỉnh dự"),
                ("4", "Tổ chức phiên tòa xét xử lưu động, phiên tòa giả định cho học sinh",
                 "Tháng 11/2026", "Tòa án nhân dân tỉnh Tuyên Quang", "Sở Giáo dục và Đào tạo; Đoàn Luật "
                 "sư tỉnh", "Đề nghị phối hợp"),
                ("5", "Tư vấn, trợ giúp pháp lý miễn phí tại các xã vùng cao",
                 "Theo đề nghị của Ủy ban nhân dân các xã", "Trung tâm Trợ giúp pháp lý nhà nước tỉnh",
                 "Ủy ban nhân dân các xã vùng cao", ""),
                ("6", "Tổ chức cho cán bộ, công chức, viên chức, người lao động đọc, học tập Hiến pháp",
                 "Ngày 09/11/2026", "Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các xã, phường",
                 "Công đoàn cơ sở", "Lồng ghép sinh hoạt chi bộ"),
                ("7", "Tổng hợp, báo cáo kết quả hưởng ứng Ngày Pháp luật",
                 "Trước ngày 25/11/2026", "Sở Tư pháp", "Các cơ quan, đơn vị, địa phương", "Báo cáo Bộ Tư "
                 "pháp"),
            ),
            widths=(8, 52, 28, 38, 38, 26),
        ),
        P("III. KINH PHÍ", bold=True),
        P("Kinh phí tổ chức được bố trí trong dự toán năm 2026 của các cơ quan, đơn vị theo quy định."),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        *_end(
            [
                "Giao Sở Tư pháp theo dõi, hướng dẫn, đôn đốc việc thực hiện Kế hoạch này. Các cơ quan, đơn "
                "vị, địa phương gửi báo cáo kết quả (kèm hình ảnh) về Sở Tư pháp trước ngày 20/11/2026.",
            ],
            ["Bộ Tư pháp (b/c);", "TT Tỉnh ủy, TT HĐND tỉnh;", "Chủ tịch, các PCT UBND tỉnh;",
             "Các sở, ban, ngành;", "UBND các xã, phường;", "Lưu: VT, NC (Tg)."],
            "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
            "Hoàng Việt Phương",
        ),
    ],
    expected=[
        Exp("Treo băng rôn, khẩu hiệu, pano tuyên truyền", ("Các sở, ban, ngành", "UBND các xã, phường"),
            ("Sở Văn hóa, Thể thao và Du lịch",), "2026-11-10"),
        Exp("Mở chuyên mục \"Ngày Pháp luật\" trên sóng", ("Báo và Phát thanh, Truyền hình Tuyên Quang",),
            ("Sở Tư pháp",), "2026-11-30"),
        Exp("Tổ chức Lễ hưởng ứng Ngày Pháp luật cấp tỉnh", ("Sở Tư pháp",),
            ("Văn phòng UBND tỉnh", "Sở Nội vụ", "Công an tỉnh"), "2026-11-09"),
        Exp("Tổ chức phiên tòa xét xử lưu động", ("Tòa án nhân dân tỉnh Tuyên Quang",),
            ("Sở Giáo dục và Đào tạo", "Đoàn Luật sư tỉnh"), "2026-11-30"),
        Exp("Tư vấn, trợ giúp pháp lý miễn phí tại các xã", ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh",),
            ("Ủy ban nhân dân các xã vùng cao",), "2026-12-31", on_request=True),
        Exp("Tổ chức cho cán bộ, công chức, viên chức, người lao động",
            ("Thủ trưởng các sở, ban, ngành", "Chủ tịch UBND các xã, phường"), ("Công đoàn cơ sở",),
            "2026-11-09"),
        Exp("Tổng hợp, báo cáo kết quả hưởng ứng", ("Sở Tư pháp",), ("Các cơ quan, đơn vị, địa phương",),
            "2026-11-25"),
    ],
)


# ---------------------------------------------------------------- 7. Sở Y tế Ninh Bình (dash items, blocks)
PLAN_NINHBINH = Plan(
    name="ninhbinh_syt_pbgdpl_2026",
    blocks=[
        *_header(
            "UBND TỈNH NINH BÌNH",
            "SỞ Y TẾ",
            "46/KH-SYT",
            "Ninh Bình, ngày 26 tháng 01 năm 2026",
            "Phổ biến, giáo dục pháp luật ngành Y tế",
            "năm 2026",
        ),
        P("Căn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15;"),
        P("Căn cứ Kế hoạch số 19/KH-UBND ngày 13/01/2026 của UBND tỉnh Ninh Bình về công tác phổ biến, giáo "
          "dục pháp luật năm 2026;"),
        P("Sở Y tế xây dựng Kế hoạch phổ biến, giáo dục pháp luật năm 2026 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Mục đích: Nâng cao nhận thức, ý thức chấp hành pháp luật của công chức, viên chức, người lao "
          "động trong ngành và của người bệnh, người nhà người bệnh."),
        P("2. Yêu cầu: Nội dung trọng tâm, hình thức phù hợp từng đối tượng; gắn với cải cách hành chính, "
          "chuyển đổi số y tế."),
        P("II. NỘI DUNG", bold=True),
        P("- Phổ biến Luật Khám bệnh, chữa bệnh và các nghị định hướng dẫn cho người hành nghề tại cơ sở "
            "khám "
          "bệnh, chữa bệnh ngoài công lập. Phòng Nghiệp vụ Y chủ trì tổ chức hội nghị tập huấn; Thanh tra "
          "Sở phối hợp lồng ghép nội dung xử phạt vi phạm hành chính."),
        P("Thời hạn: Quý II/2026."),
        P("- Tuyên truyền pháp luật về an toàn thực phẩm trong Tháng hành động vì an toàn thực phẩm. Chi cục "
          "An toàn vệ sinh thực phẩm chủ trì; Trung tâm Kiểm soát bệnh tật tỉnh và Ủy ban nhân dân các xã, "
          "phường phối hợp."),
        P("Thời hạn: Từ 15/4 đến 15/5/2026."),
        P("- Phổ biến quy định về phòng, chống tác hại của thuốc lá, rượu, bia:"),
        P("+ Trung tâm Kiểm soát bệnh tật tỉnh chủ trì xây dựng thông điệp, sản phẩm truyền thông; Báo và "
          "Phát thanh, Truyền hình Ninh Bình phối hợp đăng phát. Thời hạn: Tháng 5 - tháng 6/2026."),
        P("+ Các bệnh viện tuyến tỉnh chủ trì triển khai môi trường không khói thuốc tại đơn vị. Thời hạn: "
          "Thường xuyên."),
        P("- Tổ chức cho người bệnh, người nhà người bệnh tiếp cận quy định về quyền, nghĩa vụ của người "
            "bệnh "
          "qua màn hình, bảng tin tại khoa khám bệnh. Giám đốc các bệnh viện, trung tâm y tế có trách nhiệm "
          "triển khai; Phòng Nghiệp vụ Y phối hợp kiểm tra."),
        P("Thời hạn: Trong năm 2026."),
        P("- Cập nhật văn bản quy phạm pháp luật về y tế vào Tủ sách pháp luật điện tử của Sở. Văn phòng Sở "
          "chủ trì; các phòng chức năng phối hợp."),
        P("Thời hạn: Khi văn bản mới được ban hành."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        *_end(
            [
                "1. Văn phòng Sở là đầu mối theo dõi, tổng hợp kết quả; tham mưu báo cáo Sở Tư pháp trước "
                "ngày 10/11/2026.",
                "2. Thủ trưởng các đơn vị trực thuộc chịu trách nhiệm trước Giám đốc Sở về kết quả PBGDPL "
                "tại "
                "đơn vị.",
            ],
            ["Sở Tư pháp (để b/c);", "Giám đốc, các PGĐ Sở;", "Các phòng chức năng Sở;",
             "Các đơn vị trực thuộc;", "Lưu: VT, VP."],
            "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
            "Bùi Thị Thu Hằng",
        ),
    ],
    expected=[
        Exp("Phổ biến Luật Khám bệnh, chữa bệnh và các nghị định", ("Phòng Nghiệp vụ Y",), ("Thanh tra Sở",),
            "2026-06-30"),
        Exp("Tuyên truyền pháp luật về an toàn thực phẩm", ("Chi cục An toàn vệ sinh thực phẩm",),
            ("Trung tâm Kiểm soát bệnh tật tỉnh", "Ủy ban nhân dân các xã, phường"), "2026-05-15"),
        Exp("Trung tâm Kiểm soát bệnh tật tỉnh chủ trì xây dựng", ("Trung tâm Kiểm soát bệnh tật tỉnh",),
            ("Báo và Phát thanh, Truyền hình Ninh Bình",), "2026-06-30"),
        Exp("Các bệnh viện tuyến tỉnh chủ trì triển khai", ("Các bệnh viện tuyến tỉnh",), (), "2026-12-31"),
        Exp("Tổ chức cho người bệnh, người nhà người bệnh", ("Giám đốc các bệnh viện, trung tâm y tế",),
            ("Phòng Nghiệp vụ Y",), "2026-12-31"),
        Exp("Cập nhật văn bản quy phạm pháp luật về y tế", ("Văn phòng Sở",), ("các phòng chức năng",),
            "2026-12-31", on_request=True),
    ],
)


# ---------------------------------------------------------------- 8. UBND An Giang, IUU (roman tasks)
PLAN_ANGIANG = Plan(
    name="angiang_ubnd_iuu_2026",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN",
            "TỈNH AN GIANG",
            "157/KH-UBND",
            "An Giang, ngày 10 tháng 3 năm 2026",
            "Tuyên truyền, phổ biến pháp luật về thủy sản, phòng, chống khai thác hải sản bất hợp pháp, "
            "không báo cáo và không theo quy định (IUU)",
            "năm 2026",
        ),
        P("Căn cứ Luật Thủy sản ngày 21 tháng 11 năm 2017;"),
        P("Căn cứ Nghị định số 38/2024/NĐ-CP ngày 05/4/2024 của Chính phủ quy định xử phạt vi phạm hành "
            "chính "
          "trong lĩnh vực thủy sản;"),
        P("Căn cứ Chỉ thị số 32/CT-TTg ngày 10/12/2025 của Thủ tướng Chính phủ về các nhiệm vụ, giải pháp "
            "cấp "
          "bách gỡ cảnh báo \"Thẻ vàng\" của Ủy ban châu Âu;"),
        P("Ủy ban nhân dân tỉnh An Giang ban hành Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Nâng cao nhận thức, trách nhiệm của chủ tàu, thuyền trưởng, ngư dân và cộng đồng trong việc chấp "
          "hành pháp luật về thủy sản; không để tàu cá, ngư dân của tỉnh vi phạm vùng biển nước ngoài."),
        P("II. ĐỐI TƯỢNG", bold=True),
        P("Chủ tàu cá, thuyền trưởng, thuyền viên; tổ chức, cá nhân thu mua, chế biến thủy sản; cán bộ, công "
          "chức cấp xã ven biển, đặc khu."),
        P("III. TUYÊN TRUYỀN TẠI CẢNG CÁ, BẾN CÁ VÀ TRÊN BIỂN", bold=True),
        P("Tuyên truyền trực tiếp tại cảng cá Tắc Cậu, cảng cá Hòn Tre, bến cá An Thới và qua hệ thống thông "
          "tin duyên hải cho ngư dân trên biển."),
        P("Giao: Sở Nông nghiệp và Môi trường chủ trì; Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Chi cục Thủy sản "
          "và Kiểm ngư, Ban Quản lý cảng cá phối hợp."),
        P("Tiến độ: Cao điểm từ tháng 3 đến tháng 6/2026, sau đó thực hiện thường xuyên."),
        P("IV. CẤP PHÁT TÀI LIỆU, SỔ TAY PHÁP LUẬT CHO CHỦ TÀU", bold=True),
        P("Biên soạn, in và cấp phát sổ tay hỏi - đáp pháp luật về IUU, quy định về giám sát hành trình tàu "
          "cá."),
        P("Giao: Sở Tư pháp chủ trì, phối hợp với Sở Nông nghiệp và Môi trường."),
        P("Tiến độ: Quý II/2026."),
        P("V. TUYÊN TRUYỀN TRÊN CÁC PHƯƠNG TIỆN THÔNG TIN ĐẠI CHÚNG", bold=True),
        P("Xây dựng phóng sự, tọa đàm, tin bài về chống khai thác IUU; phát trên loa truyền thanh cơ sở."),
        P("Giao: Báo và Phát thanh, Truyền hình An Giang chủ trì; Ủy ban nhân dân các xã, phường, đặc khu "
            "ven "
          "biển phối hợp."),
        P("Tiến độ: Hằng tháng."),
        P("VI. TUYÊN TRUYỀN TẠI CỘNG ĐỒNG DÂN CƯ VEN BIỂN", bold=True),
        P("Tổ chức họp dân, ký cam kết không vi phạm vùng biển nước ngoài; đưa nội dung vào hương ước, quy "
          "ước của ấp, khu phố."),
        P("Giao: Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu ven biển chủ trì; Ủy ban Mặt trận Tổ quốc "
          "Việt Nam tỉnh, Hội Nông dân tỉnh phối hợp."),
        P("Tiến độ: Tháng 4 - tháng 9/2026."),
        P("VII. PHỔ BIẾN VĂN BẢN MỚI VỀ XỬ LÝ VI PHẠM", bold=True),
        P("Phổ biến các văn bản mới của Trung ương sửa đổi quy định xử phạt vi phạm hành chính trong lĩnh "
            "vực "
          "thủy sản."),
        P("Giao: Sở Tư pháp chủ trì; Công an tỉnh, Viện kiểm sát nhân dân tỉnh phối hợp."),
        P("Tiến độ: Sau khi văn bản sửa đổi được ban hành."),
        P("VIII. KIỂM TRA, ĐÁNH GIÁ", bold=True),
        P("Kiểm tra việc triển khai Kế hoạch tại các xã, đặc khu trọng điểm; đánh giá hiệu quả tuyên "
            "truyền."),
        P("Giao: Sở Nông nghiệp và Môi trường chủ trì; Sở Tư pháp phối hợp."),
        P("Tiến độ: Tháng 11/2026."),
        P("IX. TỔ CHỨC THỰC HIỆN", bold=True),
        *_end(
            [
                "Các cơ quan, đơn vị, địa phương được giao nhiệm vụ báo cáo kết quả định kỳ hằng tháng "
                "(trước "
                "ngày 20) về Sở Nông nghiệp và Môi trường để tổng hợp, báo cáo Ban Chỉ đạo IUU tỉnh.",
            ],
            ["Ban Chỉ đạo quốc gia về IUU (b/c);", "TT Tỉnh ủy, TT HĐND tỉnh;", "CT, các PCT UBND tỉnh;",
             "Các sở, ngành, đơn vị tại mục III-VIII;", "UBND các xã, phường, đặc khu ven biển;", "Lưu: VT."],
            "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
            "Lê Trung Hồ",
        ),
    ],
    expected=[
        Exp("TUYÊN TRUYỀN TẠI CẢNG CÁ, BẾN CÁ", ("Sở Nông nghiệp và Môi trường",),
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Chi cục Thủy sản và Kiểm ngư", "Ban Quản lý cảng cá"),
            "2026-12-31"),
        Exp("CẤP PHÁT TÀI LIỆU, SỔ TAY PHÁP LUẬT", ("Sở Tư pháp",), ("Sở Nông nghiệp và Môi trường",),
            "2026-06-30"),
        Exp("TUYÊN TRUYỀN TRÊN CÁC PHƯƠNG TIỆN THÔNG TIN", ("Báo và Phát thanh, Truyền hình An Giang",),
            ("Ủy ban nhân dân các xã, phường, đặc khu ven biển",), "2026-12-31"),
        Exp("TUYÊN TRUYỀN TẠI CỘNG ĐỒNG DÂN CƯ", ("Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu ven "
            "biển",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Hội Nông dân tỉnh"), "2026-09-30"),
        Exp("PHỔ BIẾN VĂN BẢN MỚI VỀ XỬ LÝ", ("Sở Tư pháp",),
            ("Công an tỉnh", "Viện kiểm sát nhân dân tỉnh"), "2026-12-31", on_request=True),
        Exp("KIỂM TRA, ĐÁNH GIÁ", ("Sở Nông nghiệp và Môi trường",), ("Sở Tư pháp",), "2026-11-30"),
    ],
)


# ---------------------------------------------------------------- 9. Sở NN&MT Đồng Tháp (table, Kinh phí)
PLAN_DONGTHAP = Plan(
    name="dongthap_snnmt_pbgdpl_2026",
    blocks=[
        *_header(
            "UBND TỈNH ĐỒNG THÁP",
            "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
            "88/KH-SNNMT",
            "Đồng Tháp, ngày 05 tháng 02 năm 2026",
            "Công tác phổ biến, giáo dục pháp luật lĩnh vực nông nghiệp và môi trường",
            "năm 2026",
        ),
        P("Căn cứ Luật Đất đai số 31/2024/QH15; Luật Bảo vệ môi trường số 72/2020/QH14; Luật Trồng trọt, "
          "Luật Chăn nuôi;"),
        P("Căn cứ Kế hoạch số 33/KH-UBND ngày 20/01/2026 của UBND tỉnh Đồng Tháp về công tác PBGDPL năm "
            "2026;"),
        P("Sở Nông nghiệp và Môi trường xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Kịp thời phổ biến các văn bản mới trong lĩnh vực đất đai, môi trường, nông nghiệp đến người "
            "dân, "
          "doanh nghiệp, hợp tác xã."),
        P("- Bảo đảm tiết kiệm, lồng ghép với các chương trình, dự án của ngành."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        T(
            (
                ("STT", "Nhiệm vụ", "Chủ trì thực hiện", "Phối hợp", "Thời gian", "Kinh phí"),
                ("A", "PHỔ BIẾN PHÁP LUẬT CHO NGƯỜI DÂN, DOANH NGHIỆP", "", "", "", ""),
                ("1", "Hội nghị phổ biến Luật Đất đai năm 2024 và các nghị định hướng dẫn về bồi thường, hỗ "
                 "trợ, tái định cư", "Văn phòng Đăng ký đất đai", "Ủy ban nhân dân các xã, phường; Trung tâm "
                 "Phát triển quỹ đất", "Tháng 3 - tháng 4/2026", "Ngân sách tỉnh"),
                ("2", "Tập huấn quy định về mã số vùng trồng, truy xuất nguồn gốc cho hợp tác xã trồng xoài, "
                 "sầu riêng", "Chi cục Trồng trọt và Bảo vệ thực vật", "Liên minh Hợp tác xã tỉnh; Hội Nông "
                 "dân tỉnh; các doanh nghiệp xuất khẩu", "Quý II/2026", "Chương trình khuyến nông"),
                ("3", "Phổ biến pháp luật về bảo vệ môi trường làng nghề, cơ sở chăn nuôi",
                 "Chi cục Bảo vệ môi trường", "Công an tỉnh (Phòng Cảnh sát phòng, chống tội phạm về môi "
                 "trường)", "Quý III/2026", "Sự nghiệp môi trường"),
                ("B", "PHỔ BIẾN PHÁP LUẬT TRONG CƠ QUAN", "", "", "", ""),
                ("4", "Quán triệt luật, nghị quyết mới cho công chức, viên chức, người lao động của Sở",
                 "Văn phòng Sở", "Các phòng, chi cục, đơn vị sự nghiệp", "Trong vòng 30 ngày kể từ ngày "
                 "văn bản có hiệu lực", "Chi thường xuyên"),
                ("5", "Cập nhật cơ sở dữ liệu văn bản pháp luật chuyên ngành trên Trang thông tin điện tử",
                 "Trung tâm Dữ liệu và Công nghệ số", "Văn phòng Sở", "Thường xuyên", "Chi thường xuyên"),
                ("6", "Sơ kết công tác PBGDPL 6 tháng đầu năm và tổng kết năm 2026", "Văn phòng Sở",
                 "Các đơn vị thuộc Sở", "Tháng 6/2026 và tháng 11/2026", "Không"),
            ),
            widths=(8, 58, 34, 40, 28, 22),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        *_end(
            [
                "1. Thủ trưởng các phòng, chi cục, đơn vị trực thuộc Sở căn cứ nhiệm vụ được phân công tổ "
                "chức "
                "thực hiện hiệu quả.",
                "2. Báo cáo kết quả 6 tháng gửi về Văn phòng Sở trước ngày 05/6/2026; báo cáo năm trước ngày "
                "05/11/2026.",
            ],
            ["Sở Tư pháp (b/c);", "Ban Giám đốc Sở;", "Các đơn vị trực thuộc;", "Lưu: VT, VP (PC)."],
            "GIÁM ĐỐC",
            "Nguyễn Văn Khang",
        ),
    ],
    expected=[
        Exp("Hội nghị phổ biến Luật Đất đai năm 2024", ("Văn phòng Đăng ký đất đai",),
            ("Ủy ban nhân dân các xã, phường", "Trung tâm Phát triển quỹ đất"), "2026-04-30"),
        Exp("Tập huấn quy định về mã số vùng trồng", ("Chi cục Trồng trọt và Bảo vệ thực vật",),
            ("Liên minh Hợp tác xã tỉnh", "Hội Nông dân tỉnh", "các doanh nghiệp xuất khẩu"), "2026-06-30"),
        Exp("Phổ biến pháp luật về bảo vệ môi trường làng nghề", ("Chi cục Bảo vệ môi trường",),
            ("Công an tỉnh",), "2026-09-30"),
        Exp("Quán triệt luật, nghị quyết mới cho công chức", ("Văn phòng Sở",),
            ("Các phòng, chi cục, đơn vị sự nghiệp",), "2026-12-31", on_request=True),
        Exp("Cập nhật cơ sở dữ liệu văn bản pháp luật", ("Trung tâm Dữ liệu và Công nghệ số",),
            ("Văn phòng Sở",), "2026-12-31"),
        Exp("Sơ kết công tác PBGDPL 6 tháng đầu năm", ("Văn phòng Sở",), ("Các đơn vị thuộc Sở",),
            "2026-11-30"),
    ],
)


# ---------------------------------------------------------------- 10. HĐPH Hải Phòng, 2027 plan
PLAN_HAIPHONG = Plan(
    name="haiphong_hdph_2027",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG",
            "HỘI ĐỒNG PHỐI HỢP PHỔ BIẾN,\nGIÁO DỤC PHÁP LUẬT THÀNH PHỐ",
            "41/KH-HĐPH",
            "Hải Phòng, ngày 18 tháng 12 năm 2026",
            "Phổ biến, giáo dục pháp luật và hoạt động của Hội đồng phối hợp phổ biến, giáo dục pháp luật "
            "thành phố",
            "năm 2027",
        ),
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20/6/2012;"),
        P("Căn cứ Quyết định số 3601/QĐ-UBND ngày 29/8/2025 của Ủy ban nhân dân thành phố về việc kiện toàn "
          "Hội đồng phối hợp PBGDPL thành phố;"),
        P("Căn cứ Kế hoạch số 402/KH-UBND ngày 10/12/2026 của Ủy ban nhân dân thành phố về công tác PBGDPL "
          "năm 2027,"),
        P("Hội đồng phối hợp PBGDPL thành phố ban hành Kế hoạch năm 2027 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Tiếp tục đổi mới, nâng cao chất lượng PBGDPL, lấy người dân, doanh nghiệp làm trung tâm."),
        P("2. Các thành viên Hội đồng chủ động phối hợp, tránh chồng chéo giữa các cơ quan."),
        P("II. NHIỆM VỤ", bold=True),
        P("1. Công tác chỉ đạo, điều hành"),
        P("a) Ban hành Kế hoạch kiểm tra liên ngành công tác PBGDPL tại một số sở, ngành và xã, phường. Đơn "
          "vị chủ trì: Sở Tư pháp. Đơn vị phối hợp: Sở Nội vụ, Sở Tài chính. Thời gian: Quý I/2027."),
        P("b) Kiện toàn thành viên Hội đồng khi có thay đổi nhân sự. Đơn vị chủ trì: Sở Tư pháp. Đơn vị phối "
          "hợp: các cơ quan có thành viên Hội đồng thay đổi. Thời gian: theo đề nghị của cơ quan có thành "
          "viên."),
        P("2. Phổ biến pháp luật theo chuyên đề"),
        P("a) Phổ biến pháp luật về lao động, công đoàn cho người lao động tại các khu công nghiệp Đình Vũ, "
          "Nam Cầu Kiền, Đại An. Đơn vị chủ trì: Liên đoàn Lao động thành phố. Đơn vị phối hợp: Ban Quản lý "
          "Khu kinh tế Hải Phòng; Sở Nội vụ. Thời gian: Tháng 4 - tháng 6/2027."),
        P("b) Phổ biến pháp luật về trật tự, an toàn giao thông đường thủy nội địa cho chủ phương tiện, "
            "người "
          "lái. Đơn vị chủ trì: Sở Xây dựng, Công an thành phố. Đơn vị phối hợp: Cảng vụ Hàng hải Hải Phòng, "
          "Ủy ban nhân dân các xã, phường ven sông. Thời gian: Quý II, III/2027."),
        P("c) Phổ biến pháp luật về thuế, hóa đơn điện tử cho hộ kinh doanh chuyển đổi sang mô hình kê khai. "
          "Đơn vị chủ trì: Thuế thành phố Hải Phòng. Đơn vị phối hợp: Hiệp hội Doanh nghiệp thành phố. Thời "
          "gian: Trước ngày 30/6/2027."),
        P("d) Phổ biến pháp luật về an ninh mạng, phòng, chống lừa đảo trên không gian mạng cho học sinh, "
          "sinh viên. Đơn vị chủ trì: Công an thành phố; Thành đoàn Hải Phòng. Đơn vị phối hợp: Sở Giáo dục "
          "và Đào tạo, các trường đại học, cao đẳng trên địa bàn thành phố. Thời gian: Cả năm."),
        P("3. Sơ kết, tổng kết"),
        P("Tổ chức Hội nghị tổng kết công tác PBGDPL năm 2027, biểu dương tập thể, cá nhân tiêu biểu. Đơn vị "
          "chủ trì: Sở Tư pháp. Đơn vị phối hợp: Sở Nội vụ (Ban Thi đua - Khen thưởng). Thời gian: Tháng "
          "12/2027."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        *_end(
            [
                "1. Thành viên Hội đồng chỉ đạo cơ quan, đơn vị mình triển khai Kế hoạch; báo cáo kết quả 6 "
                "tháng (trước ngày 15/6/2027) và năm (trước ngày 15/11/2027) về Sở Tư pháp.",
                "2. Sở Tư pháp - Cơ quan Thường trực Hội đồng giúp Chủ tịch Hội đồng theo dõi, đôn đốc thực "
                "hiện.",
            ],
            ["Chủ tịch UBND thành phố (b/c);", "Thành viên Hội đồng;", "Sở Tư pháp;", "Lưu: VT, HĐPH."],
            "CHỦ TỊCH HỘI ĐỒNG\nPHÓ CHỦ TỊCH UBND THÀNH PHỐ",
            "Lê Khắc Nam",
        ),
    ],
    expected=[
        Exp("Ban hành Kế hoạch kiểm tra liên ngành", ("Sở Tư pháp",), ("Sở Nội vụ", "Sở Tài chính"),
            "2027-03-31"),
        Exp("Kiện toàn thành viên Hội đồng khi có thay đổi", ("Sở Tư pháp",),
            ("các cơ quan có thành viên Hội đồng thay đổi",), "2027-12-31", on_request=True),
        Exp("Phổ biến pháp luật về lao động, công đoàn", ("Liên đoàn Lao động thành phố",),
            ("Ban Quản lý Khu kinh tế Hải Phòng", "Sở Nội vụ"), "2027-06-30"),
        Exp("Phổ biến pháp luật về trật tự, an toàn giao thông", ("Sở Xây dựng", "Công an thành phố"),
            ("Cảng vụ Hàng hải Hải Phòng", "Ủy ban nhân dân các xã, phường ven sông"), "2027-09-30"),
        Exp("Phổ biến pháp luật về thuế, hóa đơn điện tử", ("Thuế thành phố Hải Phòng",),
            ("Hiệp hội Doanh nghiệp thành phố",), "2027-06-30"),
        Exp("Phổ biến pháp luật về an ninh mạng", ("Công an thành phố", "Thành đoàn Hải Phòng"),
            ("Sở Giáo dục và Đào tạo", "các trường đại học, cao đẳng trên địa bàn thành phố"), "2027-12-31"),
        Exp("Tổ chức Hội nghị tổng kết công tác PBGDPL năm 2027", ("Sở Tư pháp",), ("Sở Nội vụ",),
            "2027-12-31"),
    ],
)


PLANS: list[Plan] = [
    PLAN_QNGAI, PLAN_LAMDONG, PLAN_NGHEAN, PLAN_HCM, PLAN_GIALAI,
    PLAN_TUYENQUANG, PLAN_NINHBINH, PLAN_ANGIANG, PLAN_DONGTHAP, PLAN_HAIPHONG,
]
