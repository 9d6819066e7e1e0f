"""Held-out evaluation set 38: ten PBGDPL plans of ten agencies, answers typed by hand.

1. UBND tỉnh Lâm Đồng, yearly plan 2026: task table STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp |
   Thời gian | Sản phẩm, roman group rows, quarter ranges, an event-triggered row.
2. Sở Tư pháp TP Hải Phòng, Ngày Pháp luật 2026: bold "1." headings with "- Đơn vị chủ trì:" label lines;
   item 4 is a group with a)/b) sub-tasks; "trước ngày" deadlines.
3. UBND phường Hoàn Kiếm (Hà Nội), yearly plan: non-bold "1." headings, prose "Giao X chủ trì, phối hợp
   với Y", "X chủ trì; Y phối hợp", "Đề nghị X", "X có trách nhiệm", "Thời gian:" lines.
4. Công an tỉnh Nghệ An, traffic-safety campaign: roman sections, bold "1." groups, a)/b)/c) tasks with
   inline "chủ trì, phối hợp …; thời gian: …", date ranges.
5. Sở GD&ĐT TP Hồ Chí Minh, school year 2026-2027: table with 2-row header (Đơn vị thực hiện: Chủ trì /
   Phối hợp), group rows, "Ghi chú", ranges into 2027.
6. UBND xã Ia Grai (Gia Lai), campaign for ethnic minorities: "+ Chủ trì:" / "+ Phối hợp:" / "+ Thời
   gian:" bullets, persons as units, several leads, event-triggered timeframe.
7. Sở Nông nghiệp và Môi trường tỉnh Cà Mau, IUU thematic plan: "2.1." numbering with "Chủ trì thực
   hiện:", "Phối hợp:", "Tiến độ:" lines; item 2.6 holds two "Đề nghị …" blocks.
8. Ban Quản lý các KCN tỉnh Bắc Ninh: table without STT, columns Nội dung | Thời hạn | Đơn vị thực hiện |
   Đơn vị phối hợp | Kinh phí | Ghi chú; unit names with dashes and commas; "Theo đề nghị".
9. Hội đồng phối hợp PBGDPL tỉnh Thanh Hóa, yearly: roman sections, "1." items with several "-"
   assignment blocks ("Đề nghị …", "… có trách nhiệm …"), one single-block item.
10. Sở Y tế TP Đà Nẵng, thematic: bold "1." headings, body paragraph, then one inline line
   "Chủ trì: X. Phối hợp: Y. Thời hạn: Z."
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T, _header


def _ending(lines: list[str], recipients: list[str], role: str, signer: str) -> list[P | T]:
    out: list[P | T] = [P(line) for line in lines]
    out.append(P("Nơi nhận:", bold=True))
    out += [P(r) for r in recipients]
    out += [P(role, bold=True, center=True), P("(Đã ký)", center=True), P(signer, bold=True, center=True)]
    return out


# ---------------------------------------------------------------- 1. UBND tỉnh Lâm Đồng (table)
PLAN_LD = Plan(
    "ld_ubnd_tinh_2026",
    _header(
        "ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "28/KH-UBND", "Lâm Đồng, ngày 16 tháng 01 năm 2026",
        "Phổ biến, giáo dục pháp luật; hòa giải ở cơ sở; xây dựng cấp xã đạt chuẩn tiếp cận pháp luật",
        "trên địa bàn tỉnh năm 2026",
    )
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;"),
        P("Căn cứ Quyết định số 1521/QĐ-TTg ngày 06 tháng 10 năm 2022 của Thủ tướng Chính phủ ban hành Kế hoạch "
          "thực hiện Kết luận số 80-KL/TW ngày 20 tháng 6 năm 2020 của Ban Bí thư;"),
        P("Căn cứ Kế hoạch số 04/KH-HĐPH ngày 05 tháng 01 năm 2026 của Hội đồng phối hợp phổ biến, giáo dục "
          "pháp luật Trung ương;"),
        P("Theo đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 12/TTr-STP ngày 08 tháng 01 năm 2026, Ủy ban "
          "nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Triển khai kịp thời, hiệu quả công tác phổ biến, giáo dục pháp luật (PBGDPL) gắn với việc vận hành "
          "mô hình chính quyền địa phương hai cấp."),
        P("2. Xác định cụ thể nội dung, thời gian, trách nhiệm của các cơ quan, đơn vị; bảo đảm tiết kiệm, "
          "hiệu quả, tránh hình thức."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("(Chi tiết tại Phụ lục kèm theo)"),
        P("PHỤ LỤC\nNHIỆM VỤ PBGDPL, HÒA GIẢI Ở CƠ SỞ, CHUẨN TIẾP CẬN PHÁP LUẬT NĂM 2026", bold=True, center=True),
        T((
            ("STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện",
             "Sản phẩm"),
            ("I", "CÔNG TÁC THAM MƯU, CHỈ ĐẠO, HƯỚNG DẪN", "", "", "", ""),
            ("1", "Xây dựng, ban hành Kế hoạch phổ biến, giáo dục pháp luật năm 2026 của cơ quan, đơn vị, "
             "địa phương", "Các sở, ban, ngành; UBND các xã, phường, đặc khu", "Sở Tư pháp", "Quý I/2026",
             "Kế hoạch"),
            ("2", "Tập huấn, bồi dưỡng nghiệp vụ cho đội ngũ báo cáo viên pháp luật tỉnh, tuyên truyền viên "
             "pháp luật", "Sở Tư pháp", "Sở Nội vụ",
             "Khi có văn bản hướng dẫn của Bộ Tư pháp", "Hội nghị tập huấn"),
            ("II", "PHỔ BIẾN PHÁP LUẬT THEO CHUYÊN ĐỀ, ĐỐI TƯỢNG", "", "", "", ""),
            ("3", "Tổ chức phổ biến các luật, nghị quyết mới được Quốc hội khóa XV thông qua tại Kỳ họp thứ "
             "10", "Sở Tư pháp", "Các sở, ban, ngành, đoàn thể tỉnh;\nUBND các xã, phường, đặc khu",
             "Quý I, II/2026", "Hội nghị, tài liệu"),
            ("4", "Xây dựng chuyên mục “Pháp luật và đời sống” trên sóng phát thanh, truyền hình",
             "Báo và Phát thanh, Truyền hình Lâm Đồng", "Sở Tư pháp, Công an tỉnh", "Hằng tháng",
             "Chuyên mục"),
            ("5", "Phổ biến pháp luật về đất đai, tài nguyên, môi trường cho đồng bào dân tộc thiểu số",
             "Sở Nông nghiệp và Môi trường",
             "Sở Dân tộc và Tôn giáo; Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và UBND các xã có đông đồng bào "
             "dân tộc thiểu số", "Quý II - Quý III/2026", "Hội nghị, tờ gấp"),
            ("III", "CÁC NGÀY, ĐỢT CAO ĐIỂM; TỔNG KẾT", "", "", "", ""),
            ("6", "Tổ chức hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam (09/11)",
             "Sở Tư pháp", "Các cơ quan, đơn vị, địa phương", "Tháng 10 - 11/2026", "Báo cáo"),
            ("7", "Tổng kết công tác PBGDPL, hòa giải ở cơ sở, xây dựng cấp xã đạt chuẩn tiếp cận pháp luật "
             "năm 2026", "Sở Tư pháp", "Các thành viên Hội đồng phối hợp PBGDPL tỉnh", "Tháng 12/2026",
             "Báo cáo tổng kết"),
        ), (8, 52, 30, 38, 24, 20)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các xã, phường, đặc khu căn cứ Kế hoạch này xây dựng "
          "kế hoạch của cơ quan, đơn vị, địa phương mình."),
        P("2. Sở Tư pháp theo dõi, đôn đốc, tổng hợp kết quả, báo cáo UBND tỉnh và Bộ Tư pháp."),
        P("3. Các cơ quan, đơn vị báo cáo kết quả năm 2026 về Sở Tư pháp trước ngày 20/11/2026."),
    ]
    + _ending([], ["- Bộ Tư pháp (b/c);", "- TT TU, TT HĐND tỉnh;", "- Các sở, ban, ngành;", "- Lưu: VT, NC."],
              "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đinh Văn Tuấn"),
    [
        Exp("Xây dựng, ban hành Kế hoạch phổ biến, giáo dục pháp luật năm 2026",
            ("Các sở, ban, ngành", "UBND các xã, phường, đặc khu"), ("Sở Tư pháp",), "2026-03-31"),
        Exp("Tập huấn, bồi dưỡng nghiệp vụ cho đội ngũ báo cáo viên", ("Sở Tư pháp",), ("Sở Nội vụ",),
            "2026-12-31", True),
        Exp("Tổ chức phổ biến các luật, nghị quyết mới", ("Sở Tư pháp",),
            ("Các sở, ban, ngành, đoàn thể tỉnh", "UBND các xã, phường, đặc khu"), "2026-06-30"),
        Exp("Xây dựng chuyên mục “Pháp luật và đời sống”", ("Báo và Phát thanh, Truyền hình Lâm Đồng",),
            ("Sở Tư pháp", "Công an tỉnh"), "2026-12-31"),
        Exp("Phổ biến pháp luật về đất đai, tài nguyên", ("Sở Nông nghiệp và Môi trường",),
            ("Sở Dân tộc và Tôn giáo", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
             "UBND các xã có đông đồng bào dân tộc thiểu số"), "2026-09-30"),
        Exp("Tổ chức hưởng ứng Ngày Pháp luật nước", ("Sở Tư pháp",), ("Các cơ quan, đơn vị, địa phương",),
            "2026-11-30"),
        Exp("Tổng kết công tác PBGDPL, hòa giải ở cơ sở", ("Sở Tư pháp",),
            ("Các thành viên Hội đồng phối hợp PBGDPL tỉnh",), "2026-12-31"),
    ],
)

# ---------------------------------------------------------------- 2. Sở Tư pháp Hải Phòng (labels)
PLAN_HP = Plan(
    "hp_stp_ngay_phap_luat",
    _header(
        "UBND THÀNH PHỐ HẢI PHÒNG", "SỞ TƯ PHÁP", "215/KH-STP", "Hải Phòng, ngày 02 tháng 7 năm 2026",
        "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam",
        "năm 2026 trên địa bàn thành phố",
    )
    + [
        P("Thực hiện Kế hoạch số 96/KH-UBND ngày 12/6/2026 của UBND thành phố về tổ chức Ngày Pháp luật năm "
          "2026; Công văn số 2140/BTP-PBGDPL ngày 20/5/2026 của Bộ Tư pháp, Sở Tư pháp xây dựng Kế hoạch như "
          "sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Tiếp tục tôn vinh Hiến pháp, pháp luật, nâng cao ý thức thượng tôn pháp luật của cán bộ, nhân dân."),
        P("- Các hoạt động hưởng ứng phải thiết thực, gắn với nhiệm vụ chính trị của thành phố."),
        P("II. NỘI DUNG, HÌNH THỨC HƯỞNG ỨNG", bold=True),
        P("1. Tổ chức Lễ hưởng ứng Ngày Pháp luật Việt Nam năm 2026 cấp thành phố", bold=True),
        P("- Đơn vị chủ trì: Sở Tư pháp"),
        P("- Đơn vị phối hợp: Văn phòng UBND thành phố, Sở Văn hóa, Thể thao và Du lịch, Liên đoàn Lao động "
          "thành phố"),
        P("- Thời gian thực hiện: trước ngày 09/11/2026"),
        P("2. Tổ chức Cuộc thi trực tuyến “Tìm hiểu pháp luật về chính quyền địa phương hai cấp”", bold=True),
        P("Cuộc thi được tổ chức trên Cổng thông tin điện tử của Sở, dành cho mọi tầng lớp nhân dân."),
        P("- Đơn vị chủ trì: Phòng Phổ biến, giáo dục pháp luật"),
        P("- Đơn vị phối hợp: Sở Khoa học và Công nghệ; Thành Đoàn Hải Phòng"),
        P("- Thời gian thực hiện: từ tháng 8 đến tháng 10/2026"),
        P("3. Treo băng rôn, khẩu hiệu, pano, áp phích hưởng ứng Ngày Pháp luật", bold=True),
        P("- Đơn vị chủ trì: UBND các xã, phường, đặc khu"),
        P("- Đơn vị phối hợp: Các cơ quan, đơn vị đóng trên địa bàn"),
        P("- Thời gian thực hiện: tháng 11/2026"),
        P("4. Tư vấn pháp luật, trợ giúp pháp lý miễn phí cho người dân", bold=True),
        P("a) Trợ giúp pháp lý lưu động tại các đặc khu, xã ven biển"),
        P("- Đơn vị chủ trì: Trung tâm Trợ giúp pháp lý nhà nước thành phố"),
        P("- Đơn vị phối hợp: UBND đặc khu Cát Hải, UBND đặc khu Bạch Long Vĩ"),
        P("- Thời gian thực hiện: Quý IV/2026"),
        P("b) Tư vấn pháp luật miễn phí tại Ngày hội pháp luật"),
        P("- Đơn vị chủ trì: Đoàn Luật sư thành phố Hải Phòng; Hội Luật gia thành phố"),
        P("- Đơn vị phối hợp: Sở Tư pháp"),
        P("- Thời gian thực hiện: ngày 09/11/2026"),
        P("5. Tuyên truyền trên các phương tiện thông tin đại chúng", bold=True),
        P("- Đơn vị chủ trì: Báo và Phát thanh, Truyền hình Hải Phòng"),
        P("- Đơn vị phối hợp: Cổng Thông tin điện tử thành phố và Sở Tư pháp"),
        P("- Thời gian thực hiện: tháng 10 - tháng 11/2026"),
        P("6. Sơ kết, đánh giá kết quả hưởng ứng Ngày Pháp luật năm 2026", bold=True),
        P("- Đơn vị chủ trì: Văn phòng Sở"),
        P("- Đơn vị phối hợp: Các phòng, đơn vị thuộc Sở"),
        P("- Thời gian thực hiện: tháng 12/2026"),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Kinh phí thực hiện từ nguồn ngân sách bố trí cho công tác PBGDPL năm 2026 của Sở."),
        P("2. Các cơ quan, đơn vị, địa phương gửi báo cáo kết quả hưởng ứng về Sở Tư pháp trước ngày "
          "25/11/2026 để tổng hợp."),
    ]
    + _ending([], ["- Bộ Tư pháp (Vụ PBGDPL);", "- UBND thành phố (b/c);", "- Như mục II;", "- Lưu: VT, PBGDPL."],
              "GIÁM ĐỐC", "Trần Quang Hưng"),
    [
        Exp("Tổ chức Lễ hưởng ứng Ngày Pháp luật", ("Sở Tư pháp",),
            ("Văn phòng UBND thành phố", "Sở Văn hóa, Thể thao và Du lịch", "Liên đoàn Lao động thành phố"),
            "2026-11-09"),
        Exp("Tổ chức Cuộc thi trực tuyến “Tìm hiểu pháp luật", ("Phòng Phổ biến, giáo dục pháp luật",),
            ("Sở Khoa học và Công nghệ", "Thành Đoàn Hải Phòng"), "2026-10-31"),
        Exp("Treo băng rôn, khẩu hiệu, pano", ("UBND các xã, phường, đặc khu",),
            ("Các cơ quan, đơn vị đóng trên địa bàn",), "2026-11-30"),
        Exp("Trợ giúp pháp lý lưu động tại các đặc khu", ("Trung tâm Trợ giúp pháp lý nhà nước thành phố",),
            ("UBND đặc khu Cát Hải", "UBND đặc khu Bạch Long Vĩ"), "2026-12-31"),
        Exp("Tư vấn pháp luật miễn phí tại Ngày hội", ("Đoàn Luật sư thành phố Hải Phòng", "Hội Luật gia thành phố"),
            ("Sở Tư pháp",), "2026-11-09"),
        Exp("Tuyên truyền trên các phương tiện thông tin", ("Báo và Phát thanh, Truyền hình Hải Phòng",),
            ("Cổng Thông tin điện tử thành phố", "Sở Tư pháp"), "2026-11-30"),
        Exp("Sơ kết, đánh giá kết quả hưởng ứng", ("Văn phòng Sở",), ("Các phòng, đơn vị thuộc Sở",),
            "2026-12-31"),
    ],
)

# ---------------------------------------------------------------- 3. UBND phường Hoàn Kiếm (prose)
PLAN_HK = Plan(
    "hk_phuong_2026",
    _header(
        "UBND THÀNH PHỐ HÀ NỘI", "ỦY BAN NHÂN DÂN PHƯỜNG HOÀN KIẾM", "09/KH-UBND",
        "Hoàn Kiếm, ngày 20 tháng 01 năm 2026",
        "Công tác phổ biến, giáo dục pháp luật, hòa giải ở cơ sở năm 2026", "",
    )
    + [
        P("Căn cứ Luật Hòa giải ở cơ sở năm 2013; Nghị định số 15/2014/NĐ-CP ngày 27/02/2014 của Chính phủ;"),
        P("Căn cứ Kế hoạch số 21/KH-UBND ngày 10/01/2026 của UBND thành phố Hà Nội về công tác PBGDPL năm "
          "2026;"),
        P("UBND phường Hoàn Kiếm xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Nâng cao nhận thức, ý thức chấp hành pháp luật của cán bộ, công chức và Nhân dân trên địa bàn phường; "
          "gắn công tác PBGDPL với xây dựng văn minh đô thị."),
        P("II. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True),
        P("1. Phổ biến pháp luật cho cán bộ, công chức, người lao động của phường"),
        P("Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp với Văn phòng HĐND và UBND phường tổ chức hội nghị "
          "phổ biến các văn bản pháp luật mới liên quan đến tổ chức chính quyền địa phương hai cấp, cán bộ, "
          "công chức."),
        P("Thời gian: Quý II và Quý IV/2026."),
        P("2. Tuyên truyền pháp luật về trật tự xây dựng, văn minh đô thị, lòng đường, vỉa hè"),
        P("Giao Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp với Công an phường, các tổ dân phố thực hiện "
          "tuyên truyền, vận động hộ kinh doanh chấp hành quy định."),
        P("Thời gian: Thường xuyên."),
        P("3. Củng cố, kiện toàn tổ hòa giải và bồi dưỡng hòa giải viên"),
        P("Phòng Văn hóa - Xã hội chủ trì; Ủy ban Mặt trận Tổ quốc Việt Nam phường phối hợp rà soát, kiện toàn "
          "các tổ hòa giải sau khi sắp xếp tổ dân phố."),
        P("Thời gian: Từ tháng 3 đến tháng 6/2026."),
        P("4. Xây dựng phường đạt chuẩn tiếp cận pháp luật năm 2026"),
        P("Văn phòng HĐND và UBND phường có trách nhiệm tham mưu tự đánh giá, chấm điểm các chỉ tiêu; các phòng "
          "chuyên môn thuộc UBND phường phối hợp cung cấp số liệu."),
        P("Thời gian: Trước ngày 15/10/2026."),
        P("5. Lồng ghép phổ biến pháp luật trong sinh hoạt của các tổ chức chính trị - xã hội"),
        P("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường chủ trì, phối hợp với Hội Liên hiệp Phụ nữ phường, "
          "Đoàn Thanh niên phường và Hội Cựu chiến binh phường lồng ghép phổ biến pháp luật trong sinh hoạt "
          "định kỳ của hội viên, đoàn viên."),
        P("Thời gian: Trong năm 2026."),
        P("6. Niêm yết, hướng dẫn thủ tục hành chính mới cho người dân, doanh nghiệp"),
        P("Trung tâm Phục vụ hành chính công phường có trách nhiệm niêm yết công khai, hướng dẫn người dân thực "
          "hiện thủ tục hành chính mới; Văn phòng HĐND và UBND phường phối hợp."),
        P("Thời gian: Khi có quyết định công bố thủ tục hành chính mới của UBND Thành phố."),
        P("7. Tổ chức hưởng ứng Ngày Pháp luật Việt Nam (09/11)"),
        P("Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp với các trường học trên địa bàn phường tổ chức các "
          "hoạt động hưởng ứng."),
        P("Thời gian: Tháng 11/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các phòng, đơn vị căn cứ nhiệm vụ được giao triển khai thực hiện, báo cáo kết quả về Phòng Văn hóa - "
          "Xã hội trước ngày 30/11/2026 để tổng hợp, báo cáo UBND Thành phố."),
    ]
    + _ending([], ["- UBND Thành phố (b/c);", "- Sở Tư pháp;", "- TT Đảng ủy, HĐND phường;", "- Lưu: VT."],
              "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Phạm Tuấn Long"),
    [
        Exp("Phổ biến pháp luật cho cán bộ, công chức, người lao động", ("Phòng Văn hóa - Xã hội",),
            ("Văn phòng HĐND và UBND phường",), "2026-12-31"),
        Exp("Tuyên truyền pháp luật về trật tự xây dựng", ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Công an phường", "các tổ dân phố"), "2026-12-31"),
        Exp("Củng cố, kiện toàn tổ hòa giải", ("Phòng Văn hóa - Xã hội",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam phường",), "2026-06-30"),
        Exp("Xây dựng phường đạt chuẩn tiếp cận pháp luật", ("Văn phòng HĐND và UBND phường",),
            ("các phòng chuyên môn thuộc UBND phường",), "2026-10-15"),
        Exp("Lồng ghép phổ biến pháp luật trong sinh hoạt", ("Ủy ban Mặt trận Tổ quốc Việt Nam phường",),
            ("Hội Liên hiệp Phụ nữ phường", "Đoàn Thanh niên phường", "Hội Cựu chiến binh phường"), "2026-12-31"),
        Exp("Niêm yết, hướng dẫn thủ tục hành chính mới", ("Trung tâm Phục vụ hành chính công phường",),
            ("Văn phòng HĐND và UBND phường",), "2026-12-31", True),
        Exp("Tổ chức hưởng ứng Ngày Pháp luật Việt Nam", ("Phòng Văn hóa - Xã hội",),
            ("các trường học trên địa bàn phường",), "2026-11-30"),
    ],
)

# ---------------------------------------------------------------- 4. Công an tỉnh Nghệ An (inline)
PLAN_NA = Plan(
    "na_congan_attgt",
    _header(
        "UBND TỈNH NGHỆ AN", "CÔNG AN TỈNH", "47/KH-CAT-PC08", "Nghệ An, ngày 25 tháng 02 năm 2026",
        "Tuyên truyền, phổ biến pháp luật về trật tự, an toàn giao thông",
        "đợt cao điểm từ ngày 01/3 đến ngày 31/5/2026",
    )
    + [
        P("Thực hiện Chỉ thị số 23-CT/TW ngày 25/5/2023 của Ban Bí thư; Luật Trật tự, an toàn giao thông đường bộ "
          "số 36/2024/QH15; Kế hoạch số 118/KH-BCA-C08 ngày 10/02/2026 của Bộ Công an, Công an tỉnh xây dựng "
          "Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Nâng cao ý thức chấp hành pháp luật về trật tự, an toàn giao thông (TTATGT), kéo giảm tai nạn giao "
          "thông trên cả ba tiêu chí."),
        P("2. Tuyên truyền gắn với tuần tra, kiểm soát, xử lý vi phạm; không phô trương, hình thức."),
        P("II. ĐỐI TƯỢNG TUYÊN TRUYỀN", bold=True),
        P("Người tham gia giao thông, học sinh, sinh viên, lái xe của các doanh nghiệp vận tải."),
        P("III. NỘI DUNG, HÌNH THỨC VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        P("1. Tuyên truyền trên các phương tiện thông tin đại chúng", bold=True),
        P("a) Xây dựng phóng sự, tin bài về kết quả ra quân bảo đảm TTATGT; Phòng Công tác đảng và công tác "
          "chính trị chủ trì, phối hợp Phòng Cảnh sát giao thông, Báo và Phát thanh, Truyền hình Nghệ An thực "
          "hiện; thời gian: từ ngày 01/3 đến ngày 31/5/2026."),
        P("b) Đăng tải video clip, hình ảnh vi phạm trên trang Facebook “Công an Nghệ An” và kênh Zalo OA; "
          "Phòng Tham mưu chủ trì; thời gian: tháng 3 - 5/2026."),
        P("2. Tuyên truyền trực tiếp", bold=True),
        P("a) Tổ chức tuyên truyền, ngoại khóa pháp luật giao thông tại các trường trung học phổ thông (Phòng "
          "Cảnh sát giao thông chủ trì, phối hợp với Sở Giáo dục và Đào tạo; thời gian: tháng 4/2026)."),
        P("b) Vận động chủ phương tiện, lái xe ký cam kết không vi phạm về nồng độ cồn (Công an các xã, phường "
          "chủ trì; UBND các xã, phường và các doanh nghiệp vận tải trên địa bàn phối hợp; thời gian: trước "
          "ngày 30/4/2026)."),
        P("c) Tuyên truyền qua hệ thống loa truyền thanh cơ sở (Công an các xã, phường chủ trì, phối hợp Ban "
          "Công tác Mặt trận ở khu dân cư; thời gian: tháng 3 - 5/2026)."),
        P("3. Tuần tra, kiểm soát, xử lý vi phạm gắn với tuyên truyền, nhắc nhở", bold=True),
        P("Phòng Cảnh sát giao thông, Phòng Cảnh sát trật tự chủ trì; Công an các xã, phường phối hợp tổ chức "
          "các tổ công tác tuyên truyền, nhắc nhở tại các tuyến, địa bàn trọng điểm. Thời gian: từ ngày 15/3 "
          "đến ngày 15/5/2026."),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Phòng Cảnh sát giao thông là đơn vị thường trực, giúp Giám đốc theo dõi, đôn đốc triển khai."),
        P("2. Các đơn vị báo cáo kết quả về Công an tỉnh (qua Phòng Cảnh sát giao thông) trước ngày 05/6/2026."),
    ]
    + _ending([], ["- Đ/c Giám đốc (để b/c);", "- Cục CSGT (để b/c);", "- Như mục III;", "- Lưu: VT, PC08."],
              "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Đại tá Nguyễn Đức Hải"),
    [
        Exp("Xây dựng phóng sự, tin bài về kết quả", ("Phòng Công tác đảng và công tác chính trị",),
            ("Phòng Cảnh sát giao thông", "Báo và Phát thanh, Truyền hình Nghệ An"), "2026-05-31"),
        Exp("Đăng tải video clip, hình ảnh vi phạm", ("Phòng Tham mưu",), (), "2026-05-31"),
        Exp("Tổ chức tuyên truyền, ngoại khóa pháp luật giao thông", ("Phòng Cảnh sát giao thông",),
            ("Sở Giáo dục và Đào tạo",), "2026-04-30"),
        Exp("Vận động chủ phương tiện, lái xe ký cam kết", ("Công an các xã, phường",),
            ("UBND các xã, phường", "các doanh nghiệp vận tải trên địa bàn"), "2026-04-30"),
        Exp("Tuyên truyền qua hệ thống loa truyền thanh", ("Công an các xã, phường",),
            ("Ban Công tác Mặt trận ở khu dân cư",), "2026-05-31"),
        Exp("Tuần tra, kiểm soát, xử lý vi phạm", ("Phòng Cảnh sát giao thông", "Phòng Cảnh sát trật tự"),
            ("Công an các xã, phường",), "2026-05-15"),
    ],
)

# ---------------------------------------------------------------- 5. Sở GD&ĐT TP HCM (2-row header table)
PLAN_HCM = Plan(
    "hcm_sgddt_namhoc",
    _header(
        "UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "3120/KH-SGDĐT",
        "Thành phố Hồ Chí Minh, ngày 15 tháng 9 năm 2026",
        "Công tác phổ biến, giáo dục pháp luật trong ngành Giáo dục", "năm học 2026 - 2027",
    )
    + [
        P("Căn cứ Thông tư số 32/2020/TT-BGDĐT ngày 15/9/2020 của Bộ Giáo dục và Đào tạo;"),
        P("Căn cứ Quyết định số 2718/QĐ-BGDĐT ngày 28/8/2026 của Bộ Giáo dục và Đào tạo về nhiệm vụ năm học "
          "2026 - 2027;"),
        P("Sở Giáo dục và Đào tạo xây dựng kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Trang bị kiến thức pháp luật cần thiết cho cán bộ quản lý, giáo viên, nhân viên và học sinh."),
        P("- Phân công cụ thể, bảo đảm tiến độ, phù hợp lứa tuổi học sinh."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        T((
            ("TT", "Nội dung", "Đơn vị thực hiện", "", "Thời gian", "Ghi chú"),
            ("", "", "Chủ trì", "Phối hợp", "", ""),
            ("A", "CÔNG TÁC CHỈ ĐẠO, HƯỚNG DẪN", "", "", "", ""),
            ("1", "Ban hành kế hoạch PBGDPL năm học 2026 - 2027 của Sở và hướng dẫn các đơn vị trực thuộc",
             "Văn phòng Sở", "Các phòng chuyên môn thuộc Sở", "Tháng 9/2026", ""),
            ("2", "Chỉ đạo các trường mầm non, tiểu học, trung học cơ sở tổ chức phổ biến pháp luật phù hợp "
             "lứa tuổi", "UBND các xã, phường, đặc khu",
             "Phòng Giáo dục Mầm non, Phòng Giáo dục Tiểu học, Phòng Giáo dục Trung học",
             "Tháng 9/2026 - tháng 5/2027", "Đề nghị"),
            ("B", "PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT", "", "", "", ""),
            ("3", "Phổ biến pháp luật về phòng, chống bạo lực học đường, xâm hại trẻ em cho học sinh",
             "Các trường trung học phổ thông;\nCác trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên",
             "Phòng Chính trị tư tưởng;\nCông an Thành phố", "Tháng 10/2026 - tháng 5/2027", ""),
            ("4", "Tổ chức Cuộc thi “Học sinh với pháp luật” cấp Thành phố", "Phòng Chính trị tư tưởng",
             "Thành Đoàn Thành phố Hồ Chí Minh", "Tháng 12/2026 - tháng 3/2027", "Có kế hoạch riêng"),
            ("5", "Bồi dưỡng kiến thức pháp luật cho cán bộ quản lý, giáo viên về Luật Nhà giáo",
             "Phòng Tổ chức cán bộ", "Văn phòng Sở", "Quý IV/2026", ""),
            ("C", "KIỂM TRA, SƠ KẾT, TỔNG KẾT", "", "", "", ""),
            ("6", "Kiểm tra công tác PBGDPL tại các đơn vị trực thuộc", "Thanh tra Sở", "Văn phòng Sở",
             "Tháng 4/2027", ""),
            ("7", "Sơ kết học kỳ I, tổng kết năm học về công tác PBGDPL", "Văn phòng Sở",
             "Các phòng chuyên môn thuộc Sở", "Tháng 01/2027 và tháng 6/2027", ""),
        ), (8, 56, 32, 32, 26, 18)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Thủ trưởng các đơn vị trực thuộc xây dựng kế hoạch của đơn vị; báo cáo sơ kết học kỳ I trước ngày "
          "10/01/2027 và báo cáo tổng kết năm học trước ngày 10/6/2027 về Sở (qua Văn phòng Sở)."),
    ]
    + _ending([], ["- Bộ GDĐT (để b/c);", "- UBND Thành phố (để b/c);", "- Các đơn vị trực thuộc;", "- Lưu: VT, VP."],
              "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Lê Thị Thanh Hương"),
    [
        Exp("Ban hành kế hoạch PBGDPL năm học 2026 - 2027", ("Văn phòng Sở",), ("Các phòng chuyên môn thuộc Sở",),
            "2026-09-30"),
        Exp("Chỉ đạo các trường mầm non, tiểu học", ("UBND các xã, phường, đặc khu",),
            ("Phòng Giáo dục Mầm non", "Phòng Giáo dục Tiểu học", "Phòng Giáo dục Trung học"), "2027-05-31"),
        Exp("Phổ biến pháp luật về phòng, chống bạo lực học đường",
            ("Các trường trung học phổ thông", "Các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên"),
            ("Phòng Chính trị tư tưởng", "Công an Thành phố"), "2027-05-31"),
        Exp("Tổ chức Cuộc thi “Học sinh với pháp luật”", ("Phòng Chính trị tư tưởng",),
            ("Thành Đoàn Thành phố Hồ Chí Minh",), "2027-03-31"),
        Exp("Bồi dưỡng kiến thức pháp luật cho cán bộ quản lý", ("Phòng Tổ chức cán bộ",), ("Văn phòng Sở",),
            "2026-12-31"),
        Exp("Kiểm tra công tác PBGDPL tại các đơn vị", ("Thanh tra Sở",), ("Văn phòng Sở",), "2027-04-30"),
        Exp("Sơ kết học kỳ I, tổng kết năm học", ("Văn phòng Sở",), ("Các phòng chuyên môn thuộc Sở",),
            "2027-06-30"),
    ],
)

# ---------------------------------------------------------------- 6. UBND xã Ia Grai, Gia Lai (+ bullets)
PLAN_IAG = Plan(
    "iagrai_xa_dtts",
    _header(
        "ỦY BAN NHÂN DÂN", "XÃ IA GRAI", "37/KH-UBND", "Ia Grai, ngày 24 tháng 3 năm 2026",
        "Đợt cao điểm tuyên truyền, phổ biến pháp luật về đất đai, hôn nhân và gia đình",
        "cho đồng bào dân tộc thiểu số trên địa bàn xã năm 2026",
    )
    + [
        P("Căn cứ Kế hoạch số 152/KH-UBND ngày 05/3/2026 của UBND tỉnh Gia Lai về tăng cường PBGDPL vùng đồng "
          "bào dân tộc thiểu số giai đoạn 2026 - 2030;"),
        P("Căn cứ tình hình thực tế tại địa phương, UBND xã Ia Grai ban hành Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Giúp đồng bào Jrai hiểu và chấp hành quy định về đất đai, hôn nhân và gia đình; giảm tình trạng "
          "tảo hôn, tranh chấp đất đai."),
        P("- Tuyên truyền bằng tiếng Việt và tiếng Jrai, hình thức phù hợp phong tục, tập quán."),
        P("II. NỘI DUNG THỰC HIỆN", bold=True),
        P("1. Tuyên truyền pháp luật về đất đai tại các thôn, làng", bold=True),
        P("- Nội dung: Luật Đất đai năm 2024, thủ tục cấp giấy chứng nhận quyền sử dụng đất."),
        P("+ Chủ trì: Phòng Kinh tế"),
        P("+ Phối hợp: Trưởng các thôn, làng; Người có uy tín trong đồng bào dân tộc thiểu số"),
        P("+ Thời gian: Tháng 4 - 6/2026"),
        P("2. Phổ biến pháp luật về hôn nhân và gia đình, phòng, chống tảo hôn, hôn nhân cận huyết thống",
          bold=True),
        P("+ Chủ trì: Phòng Văn hóa - Xã hội"),
        P("+ Phối hợp: Hội Liên hiệp Phụ nữ xã, Đoàn Thanh niên Cộng sản Hồ Chí Minh xã, Trạm Y tế xã"),
        P("+ Thời gian: Quý II, III/2026"),
        P("3. Tổ chức hội nghị đối thoại chính sách, pháp luật với Nhân dân các làng", bold=True),
        P("+ Chủ trì: Chủ tịch UBND xã"),
        P("+ Phối hợp: Ủy ban Mặt trận Tổ quốc Việt Nam xã"),
        P("+ Thời gian: Tháng 7/2026"),
        P("4. Biên soạn tài liệu hỏi - đáp pháp luật song ngữ Việt - Jrai", bold=True),
        P("+ Chủ trì: Phòng Văn hóa - Xã hội"),
        P("+ Phối hợp: Văn phòng HĐND và UBND xã"),
        P("+ Thời gian: Sau khi được Sở Tư pháp cung cấp tài liệu mẫu"),
        P("5. Phát thanh chuyên mục pháp luật bằng tiếng Jrai trên hệ thống truyền thanh xã", bold=True),
        P("+ Chủ trì: Văn phòng HĐND và UBND xã"),
        P("+ Thời gian: Hằng tháng"),
        P("6. Lồng ghép tuyên truyền tại các buổi sinh hoạt chi hội", bold=True),
        P("+ Chủ trì: Hội Nông dân xã; Hội Cựu chiến binh xã; Hội Liên hiệp Phụ nữ xã"),
        P("+ Thời gian: Thường xuyên"),
        P("7. Sơ kết đợt cao điểm tuyên truyền", bold=True),
        P("+ Chủ trì: Phó Chủ tịch UBND xã"),
        P("+ Phối hợp: Phòng Văn hóa - Xã hội"),
        P("+ Thời gian: Trước ngày 20/12/2026"),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Giao Phòng Văn hóa - Xã hội là cơ quan thường trực, theo dõi, đôn đốc; các đơn vị báo cáo kết quả "
          "trước ngày 10/12/2026."),
    ]
    + _ending([], ["- UBND tỉnh (b/c);", "- Sở Tư pháp;", "- TT Đảng ủy xã;", "- Các thôn, làng;", "- Lưu: VT."],
              "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Rơ Châm H’Bla"),
    [
        Exp("Tuyên truyền pháp luật về đất đai tại", ("Phòng Kinh tế",),
            ("Trưởng các thôn, làng", "Người có uy tín trong đồng bào dân tộc thiểu số"), "2026-06-30"),
        Exp("Phổ biến pháp luật về hôn nhân và gia đình", ("Phòng Văn hóa - Xã hội",),
            ("Hội Liên hiệp Phụ nữ xã", "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã", "Trạm Y tế xã"), "2026-09-30"),
        Exp("Tổ chức hội nghị đối thoại chính sách", ("Chủ tịch UBND xã",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam xã",), "2026-07-31"),
        Exp("Biên soạn tài liệu hỏi - đáp pháp luật", ("Phòng Văn hóa - Xã hội",),
            ("Văn phòng HĐND và UBND xã",), "2026-12-31", True),
        Exp("Phát thanh chuyên mục pháp luật bằng tiếng Jrai", ("Văn phòng HĐND và UBND xã",), (), "2026-12-31"),
        Exp("Lồng ghép tuyên truyền tại các buổi sinh hoạt",
            ("Hội Nông dân xã", "Hội Cựu chiến binh xã", "Hội Liên hiệp Phụ nữ xã"), (), "2026-12-31"),
        Exp("Sơ kết đợt cao điểm tuyên truyền", ("Phó Chủ tịch UBND xã",), ("Phòng Văn hóa - Xã hội",),
            "2026-12-20"),
    ],
)

# ---------------------------------------------------------------- 7. Sở NN&MT Cà Mau (2.1. + label lines)
PLAN_CM = Plan(
    "cm_snnmt_iuu",
    _header(
        "UBND TỈNH CÀ MAU", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "86/KH-SNNMT", "Cà Mau, ngày 09 tháng 02 năm 2026",
        "Tuyên truyền, phổ biến pháp luật về thủy sản, chống khai thác hải sản bất hợp pháp,",
        "không báo cáo và không theo quy định (IUU) năm 2026",
    )
    + [
        P("Căn cứ Luật Thủy sản số 18/2017/QH14; Nghị định số 38/2024/NĐ-CP ngày 05/4/2024 của Chính phủ;"),
        P("Căn cứ Chỉ thị số 32-CT/TW ngày 10/4/2024 của Ban Bí thư; Kế hoạch số 19/KH-UBND ngày 22/01/2026 "
          "của UBND tỉnh Cà Mau,"),
        P("Sở Nông nghiệp và Môi trường xây dựng Kế hoạch như sau:"),
        P("1. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1.1. Nâng cao nhận thức của ngư dân, chủ tàu cá về các quy định chống khai thác IUU, góp phần gỡ "
          "cảnh báo “thẻ vàng” của Ủy ban châu Âu."),
        P("1.2. Tuyên truyền thường xuyên, liên tục, đúng đối tượng, tập trung các xã, phường ven biển."),
        P("2. NỘI DUNG VÀ PHÂN CÔNG NHIỆM VỤ", bold=True),
        P("2.1. Tổ chức tuyên truyền trực tiếp cho chủ tàu, thuyền trưởng tại các cảng cá, bến cá", bold=True),
        P("Chủ trì thực hiện: Chi cục Thủy sản và Kiểm ngư"),
        P("Phối hợp: Ban Quản lý các cảng cá; Bộ Chỉ huy Bộ đội Biên phòng tỉnh; UBND các xã ven biển"),
        P("Tiến độ: Quý I - Quý III/2026"),
        P("2.2. Phát tờ rơi, sổ tay hướng dẫn quy định về khai thác thủy sản", bold=True),
        P("Chủ trì thực hiện: Ban Quản lý các cảng cá"),
        P("Phối hợp: Hội Nghề cá tỉnh"),
        P("Tiến độ: Tháng 02 - tháng 4/2026"),
        P("2.3. Xây dựng phóng sự, chuyên mục về chống khai thác IUU", bold=True),
        P("Chủ trì thực hiện: Văn phòng Sở"),
        P("Phối hợp: Báo và Phát thanh, Truyền hình Cà Mau"),
        P("Tiến độ: Hằng quý"),
        P("2.4. Phổ biến quy định về lắp đặt, vận hành thiết bị giám sát hành trình tàu cá", bold=True),
        P("Chủ trì thực hiện: Chi cục Thủy sản và Kiểm ngư, Trung tâm Khuyến nông"),
        P("Phối hợp: Các doanh nghiệp cung cấp thiết bị giám sát hành trình"),
        P("Tiến độ: Trước ngày 30/6/2026"),
        P("2.5. Tập huấn pháp luật cho lực lượng kiểm ngư, thanh tra chuyên ngành", bold=True),
        P("Chủ trì thực hiện: Thanh tra Sở"),
        P("Phối hợp: Chi cục Thủy sản và Kiểm ngư"),
        P("Tiến độ: Khi Bộ Nông nghiệp và Môi trường ban hành văn bản hướng dẫn mới"),
        P("2.6. Phối hợp tuyên truyền tại địa bàn cơ sở", bold=True),
        P("- Đề nghị UBND các xã, phường ven biển tổ chức tuyên truyền lưu động bằng xe loa, pa nô tại khu dân "
          "cư có nhiều tàu cá. Tiến độ: Tháng 5/2026."),
        P("- Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh vận động hội "
          "viên, đoàn viên là ngư dân cam kết không vi phạm vùng biển nước ngoài. Tiến độ: Trong năm 2026."),
        P("3. TỔ CHỨC THỰC HIỆN", bold=True),
        P("3.1. Chi cục Thủy sản và Kiểm ngư là đầu mối theo dõi, tổng hợp; báo cáo kết quả 6 tháng trước ngày "
          "15/6/2026 và báo cáo năm trước ngày 15/12/2026."),
        P("3.2. Kinh phí: từ nguồn sự nghiệp kinh tế giao cho Sở năm 2026."),
    ]
    + _ending([], ["- Bộ NN&MT (b/c);", "- UBND tỉnh (b/c);", "- Ban Chỉ đạo IUU tỉnh;", "- Lưu: VT, CCTS."],
              "GIÁM ĐỐC", "Lâm Văn Bi"),
    [
        Exp("Tổ chức tuyên truyền trực tiếp cho chủ tàu", ("Chi cục Thủy sản và Kiểm ngư",),
            ("Ban Quản lý các cảng cá", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "UBND các xã ven biển"),
            "2026-09-30"),
        Exp("Phát tờ rơi, sổ tay hướng dẫn", ("Ban Quản lý các cảng cá",), ("Hội Nghề cá tỉnh",), "2026-04-30"),
        Exp("Xây dựng phóng sự, chuyên mục về chống", ("Văn phòng Sở",),
            ("Báo và Phát thanh, Truyền hình Cà Mau",), "2026-12-31"),
        Exp("Phổ biến quy định về lắp đặt, vận hành", ("Chi cục Thủy sản và Kiểm ngư", "Trung tâm Khuyến nông"),
            ("Các doanh nghiệp cung cấp thiết bị giám sát hành trình",), "2026-06-30"),
        Exp("Tập huấn pháp luật cho lực lượng kiểm ngư", ("Thanh tra Sở",), ("Chi cục Thủy sản và Kiểm ngư",),
            "2026-12-31", True),
        Exp("Đề nghị UBND các xã, phường ven biển tổ chức", ("UBND các xã, phường ven biển",), (), "2026-05-31"),
        Exp("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
            ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "các tổ chức chính trị - xã hội tỉnh"), (), "2026-12-31"),
    ],
)

# ---------------------------------------------------------------- 8. BQL các KCN Bắc Ninh (table, no STT)
PLAN_BN = Plan(
    "bn_bqlkcn_2026",
    _header(
        "UBND TỈNH BẮC NINH", "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP", "12/KH-BQL", "Bắc Ninh, ngày 30 tháng 01 năm 2026",
        "Phổ biến, giáo dục pháp luật cho doanh nghiệp và người lao động", "trong các khu công nghiệp năm 2026",
    )
    + [
        P("Căn cứ Nghị định số 55/2019/NĐ-CP ngày 24/6/2019 của Chính phủ về hỗ trợ pháp lý cho doanh nghiệp "
          "nhỏ và vừa;"),
        P("Căn cứ Kế hoạch số 35/KH-UBND ngày 14/01/2026 của UBND tỉnh Bắc Ninh về công tác PBGDPL năm 2026;"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Giúp doanh nghiệp, người lao động trong các khu công nghiệp nắm vững quyền, nghĩa vụ; hạn chế tranh "
          "chấp lao động, vi phạm pháp luật về môi trường, phòng cháy, chữa cháy."),
        P("II. NỘI DUNG THỰC HIỆN", bold=True),
        T((
            ("Nội dung công việc", "Thời hạn hoàn thành", "Đơn vị thực hiện", "Đơn vị phối hợp", "Kinh phí",
             "Ghi chú"),
            ("I. PHỔ BIẾN CHO NGƯỜI LAO ĐỘNG", "", "", "", "", ""),
            ("Phổ biến Bộ luật Lao động và các văn bản hướng dẫn cho người lao động trong doanh nghiệp có vốn "
             "đầu tư nước ngoài", "Quý II/2026", "Phòng Quản lý Lao động",
             "Công đoàn các Khu công nghiệp tỉnh; các doanh nghiệp trong khu công nghiệp", "Ngân sách tỉnh", ""),
            ("II. PHỔ BIẾN CHO DOANH NGHIỆP", "", "", "", "", ""),
            ("Tổ chức hội nghị phổ biến pháp luật về bảo vệ môi trường, xả thải", "Tháng 6/2026",
             "Phòng Quản lý Môi trường",
             "Sở Nông nghiệp và Môi trường; Phòng Cảnh sát phòng, chống tội phạm về môi trường - Công an tỉnh",
             "Ngân sách tỉnh", ""),
            ("Đối thoại với nhà đầu tư về thủ tục đầu tư, đất đai", "Tháng 9/2026", "Phòng Quản lý Đầu tư",
             "Văn phòng Ban, Sở Tài chính", "Nguồn xã hội hóa", ""),
            ("Phổ biến pháp luật về phòng cháy, chữa cháy và cứu nạn, cứu hộ cho doanh nghiệp",
             "Từ tháng 3 đến tháng 10/2026", "Phòng Quản lý Doanh nghiệp",
             "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ - Công an tỉnh", "", "Tổ chức theo cụm KCN"),
            ("III. CÔNG TÁC KHÁC", "", "", "", "", ""),
            ("Cập nhật văn bản pháp luật mới trên Trang thông tin điện tử của Ban", "Thường xuyên", "Văn phòng Ban",
             "Các phòng chuyên môn", "Không phát sinh", ""),
            ("Cung cấp tài liệu, giải đáp vướng mắc pháp luật cho doanh nghiệp", "Theo đề nghị của doanh nghiệp",
             "Văn phòng Ban", "Phòng Quản lý Lao động", "", ""),
        ), (58, 24, 30, 44, 20, 18)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Văn phòng Ban là đầu mối theo dõi, đôn đốc các phòng thực hiện Kế hoạch."),
        P("2. Các phòng báo cáo kết quả về Văn phòng Ban trước ngày 25/11/2026 để tổng hợp báo cáo Sở Tư pháp."),
    ]
    + _ending([], ["- Sở Tư pháp;", "- Lãnh đạo Ban;", "- Các phòng, đơn vị;", "- Lưu: VT, VP."],
              "TRƯỞNG BAN", "Nguyễn Minh Tuấn"),
    [
        Exp("Phổ biến Bộ luật Lao động và các văn bản", ("Phòng Quản lý Lao động",),
            ("Công đoàn các Khu công nghiệp tỉnh", "các doanh nghiệp trong khu công nghiệp"), "2026-06-30"),
        Exp("Tổ chức hội nghị phổ biến pháp luật về bảo vệ môi trường", ("Phòng Quản lý Môi trường",),
            ("Sở Nông nghiệp và Môi trường",
             "Phòng Cảnh sát phòng, chống tội phạm về môi trường - Công an tỉnh"), "2026-06-30"),
        Exp("Đối thoại với nhà đầu tư về thủ tục", ("Phòng Quản lý Đầu tư",), ("Văn phòng Ban", "Sở Tài chính"),
            "2026-09-30"),
        Exp("Phổ biến pháp luật về phòng cháy, chữa cháy", ("Phòng Quản lý Doanh nghiệp",),
            ("Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ - Công an tỉnh",), "2026-10-31"),
        Exp("Cập nhật văn bản pháp luật mới trên Trang", ("Văn phòng Ban",), ("Các phòng chuyên môn",),
            "2026-12-31"),
        Exp("Cung cấp tài liệu, giải đáp vướng mắc", ("Văn phòng Ban",), ("Phòng Quản lý Lao động",),
            "2026-12-31", True),
    ],
)

# ---------------------------------------------------------------- 9. HĐPH PBGDPL Thanh Hóa (blocks)
PLAN_TH = Plan(
    "th_hdph_2026",
    _header(
        "UBND TỈNH THANH HÓA", "HỘI ĐỒNG PHỐI HỢP PHỔ BIẾN,\nGIÁO DỤC PHÁP LUẬT", "01/KH-HĐPH",
        "Thanh Hóa, ngày 12 tháng 01 năm 2026",
        "Hoạt động của Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh năm 2026", "",
    )
    + [
        P("Căn cứ Quyết định số 27/2013/QĐ-TTg ngày 19/5/2013 của Thủ tướng Chính phủ quy định về thành phần và "
          "nhiệm vụ, quyền hạn của Hội đồng phối hợp phổ biến, giáo dục pháp luật;"),
        P("Căn cứ Quyết định số 4123/QĐ-UBND ngày 08/10/2025 của Chủ tịch UBND tỉnh về kiện toàn Hội đồng phối "
          "hợp phổ biến, giáo dục pháp luật tỉnh,"),
        P("Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh (Hội đồng) ban hành Kế hoạch hoạt động năm 2026 "
          "như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Phát huy vai trò tham mưu, phối hợp của Hội đồng và các thành viên Hội đồng."),
        P("2. Hoạt động của Hội đồng bám sát nhiệm vụ chính trị của tỉnh, tránh chồng chéo."),
        P("II. NHIỆM VỤ", bold=True),
        P("1. Nâng cao hiệu quả hoạt động của Hội đồng và các thành viên", bold=True),
        P("- Thường trực Hội đồng chủ trì xây dựng Chương trình công tác năm 2026 của Hội đồng, trình Chủ tịch "
          "Hội đồng ký ban hành. Thời gian: tháng 01/2026."),
        P("- Các thành viên Hội đồng có trách nhiệm tham mưu cho cơ quan, đơn vị mình ban hành kế hoạch PBGDPL "
          "năm 2026, gửi về Thường trực Hội đồng. Thời hạn: trước ngày 28/02/2026."),
        P("2. Phổ biến pháp luật cho các đối tượng đặc thù", bold=True),
        P("- Đề nghị Công an tỉnh chủ trì, phối hợp với Viện kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh tổ "
          "chức phổ biến pháp luật cho phạm nhân, trại viên và người chấp hành xong án phạt tù trở về địa "
          "phương. Thời gian: Quý III/2026."),
        P("- Sở Y tế chủ trì, phối hợp với Sở Nội vụ và Hội Người khuyết tật tỉnh phổ biến pháp luật về trợ giúp "
          "xã hội cho người khuyết tật, người cao tuổi. Thời gian: Quý II - Quý IV/2026."),
        P("- Đề nghị Hội Nông dân tỉnh, Hội Liên hiệp Phụ nữ tỉnh, Tỉnh Đoàn và Hội Cựu chiến binh tỉnh lồng "
          "ghép phổ biến pháp luật trong sinh hoạt của hội viên, đoàn viên. Thời gian: Cả năm."),
        P("3. Tổ chức hưởng ứng Ngày Pháp luật Việt Nam năm 2026", bold=True),
        P("Sở Tư pháp chủ trì tham mưu UBND tỉnh tổ chức Lễ hưởng ứng và các hoạt động hưởng ứng; các sở, ban, "
          "ngành, UBND các xã, phường phối hợp thực hiện. Thời gian: Tháng 11/2026."),
        P("4. Kiểm tra liên ngành công tác PBGDPL", bold=True),
        P("Giao Thường trực Hội đồng chủ trì, phối hợp Ban Tuyên giáo và Dân vận Tỉnh ủy kiểm tra tại một số "
          "sở, ngành, địa phương. Thời gian: tháng 8 - 9/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Các thành viên Hội đồng chịu trách nhiệm trước Chủ tịch Hội đồng về nhiệm vụ được phân công."),
        P("2. Báo cáo kết quả 6 tháng gửi Thường trực Hội đồng (qua Sở Tư pháp) trước ngày 10/6/2026; báo cáo "
          "năm trước ngày 10/11/2026."),
    ]
    + _ending([], ["- Hội đồng PHPBGDPL Trung ương (b/c);", "- Chủ tịch UBND tỉnh (b/c);",
                   "- Thành viên Hội đồng;", "- Lưu: VT, STP."],
              "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH HỘI ĐỒNG\nGIÁM ĐỐC SỞ TƯ PHÁP", "Lê Văn Hòa"),
    [
        Exp("Thường trực Hội đồng chủ trì xây dựng Chương trình", ("Thường trực Hội đồng",), (), "2026-01-31"),
        Exp("Các thành viên Hội đồng có trách nhiệm tham mưu", ("Các thành viên Hội đồng",), (), "2026-02-28"),
        Exp("Đề nghị Công an tỉnh chủ trì, phối hợp", ("Công an tỉnh",),
            ("Viện kiểm sát nhân dân tỉnh", "Tòa án nhân dân tỉnh"), "2026-09-30"),
        Exp("Sở Y tế chủ trì, phối hợp với Sở Nội vụ", ("Sở Y tế",), ("Sở Nội vụ", "Hội Người khuyết tật tỉnh"),
            "2026-12-31"),
        Exp("Đề nghị Hội Nông dân tỉnh, Hội Liên hiệp Phụ nữ tỉnh",
            ("Hội Nông dân tỉnh", "Hội Liên hiệp Phụ nữ tỉnh", "Tỉnh Đoàn", "Hội Cựu chiến binh tỉnh"), (),
            "2026-12-31"),
        Exp("Tổ chức hưởng ứng Ngày Pháp luật Việt Nam năm 2026", ("Sở Tư pháp",),
            ("các sở, ban, ngành", "UBND các xã, phường"), "2026-11-30"),
        Exp("Kiểm tra liên ngành công tác PBGDPL", ("Thường trực Hội đồng",),
            ("Ban Tuyên giáo và Dân vận Tỉnh ủy",), "2026-09-30"),
    ],
)

# ---------------------------------------------------------------- 10. Sở Y tế Đà Nẵng (inline labels)
PLAN_DN = Plan(
    "dn_syt_2026",
    _header(
        "UBND THÀNH PHỐ ĐÀ NẴNG", "SỞ Y TẾ", "1045/KH-SYT", "Đà Nẵng, ngày 06 tháng 02 năm 2026",
        "Phổ biến, giáo dục pháp luật về y tế năm 2026", "",
    )
    + [
        P("Căn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15; Luật Phòng, chống tác hại của thuốc lá số "
          "09/2012/QH13;"),
        P("Căn cứ Kế hoạch số 30/KH-UBND ngày 19/01/2026 của UBND thành phố Đà Nẵng về công tác PBGDPL năm "
          "2026;"),
        P("Sở Y tế ban hành Kế hoạch phổ biến, giáo dục pháp luật về y tế năm 2026 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Nâng cao hiểu biết pháp luật của người hành nghề, cơ sở y tế và người dân."),
        P("- Gắn PBGDPL với thanh tra, kiểm tra và cải cách hành chính trong lĩnh vực y tế."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Phổ biến Luật Khám bệnh, chữa bệnh và các nghị định hướng dẫn cho người hành nghề", bold=True),
        P("Tổ chức hội nghị trực tiếp kết hợp trực tuyến đến các bệnh viện, trung tâm y tế khu vực."),
        P("Chủ trì: Phòng Nghiệp vụ Y. Phối hợp: Bệnh viện Đà Nẵng, Hội Y học thành phố. Thời hạn: Quý I/2026."),
        P("2. Tuyên truyền Luật Phòng, chống tác hại của thuốc lá, thuốc lá điện tử", bold=True),
        P("Tập trung vào học sinh, sinh viên; hưởng ứng Ngày Thế giới không thuốc lá 31/5."),
        P("Chủ trì: Trung tâm Kiểm soát bệnh tật thành phố. Phối hợp: Sở Giáo dục và Đào tạo; Thành Đoàn Đà "
          "Nẵng; UBND các xã, phường, đặc khu. Thời hạn: Tháng 5 - 6/2026."),
        P("3. Phổ biến pháp luật về dược, mỹ phẩm cho các cơ sở kinh doanh", bold=True),
        P("Chủ trì: Phòng Nghiệp vụ Dược. Phối hợp: Thanh tra Sở; Hội Dược học thành phố. Thời hạn: Quý II và "
          "Quý III/2026."),
        P("4. Phổ biến quy định về an toàn thực phẩm trong dịp Tết Trung thu", bold=True),
        P("Chủ trì: Chi cục An toàn vệ sinh thực phẩm. Thời hạn: trước ngày 20/9/2026."),
        P("5. Phổ biến pháp luật về bảo trợ xã hội, người cao tuổi", bold=True),
        P("Chủ trì: Phòng Bảo trợ xã hội. Phối hợp: Hội Người cao tuổi thành phố và Hội Chữ thập đỏ thành phố. "
          "Thời hạn: Cả năm 2026."),
        P("6. Phổ biến, hướng dẫn thực hiện các văn bản quy phạm pháp luật mới về y tế", bold=True),
        P("Chủ trì: Văn phòng Sở. Phối hợp: Các phòng chuyên môn, nghiệp vụ thuộc Sở. Thời hạn: Sau khi văn bản "
          "được ban hành."),
        P("7. Tổ chức Cuộc thi “Cán bộ y tế với pháp luật”", bold=True),
        P("Chủ trì: Văn phòng Sở; Công đoàn Ngành Y tế thành phố. Phối hợp: Đoàn Thanh niên Sở Y tế. Thời hạn: "
          "Tháng 10/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Thủ trưởng các đơn vị trực thuộc căn cứ Kế hoạch triển khai tại đơn vị."),
        P("2. Báo cáo kết quả về Sở Y tế (qua Văn phòng Sở) trước ngày 15/11/2026."),
    ]
    + _ending([], ["- Sở Tư pháp;", "- Giám đốc, các PGĐ Sở;", "- Các đơn vị trực thuộc;", "- Lưu: VT, VP."],
              "GIÁM ĐỐC", "Ngô Thị Kim Yến"),
    [
        Exp("Phổ biến Luật Khám bệnh, chữa bệnh", ("Phòng Nghiệp vụ Y",),
            ("Bệnh viện Đà Nẵng", "Hội Y học thành phố"), "2026-03-31"),
        Exp("Tuyên truyền Luật Phòng, chống tác hại", ("Trung tâm Kiểm soát bệnh tật thành phố",),
            ("Sở Giáo dục và Đào tạo", "Thành Đoàn Đà Nẵng", "UBND các xã, phường, đặc khu"), "2026-06-30"),
        Exp("Phổ biến pháp luật về dược, mỹ phẩm", ("Phòng Nghiệp vụ Dược",),
            ("Thanh tra Sở", "Hội Dược học thành phố"), "2026-09-30"),
        Exp("Phổ biến quy định về an toàn thực phẩm", ("Chi cục An toàn vệ sinh thực phẩm",), (), "2026-09-20"),
        Exp("Phổ biến pháp luật về bảo trợ xã hội", ("Phòng Bảo trợ xã hội",),
            ("Hội Người cao tuổi thành phố", "Hội Chữ thập đỏ thành phố"), "2026-12-31"),
        Exp("Phổ biến, hướng dẫn thực hiện các văn bản", ("Văn phòng Sở",),
            ("Các phòng chuyên môn, nghiệp vụ thuộc Sở",), "2026-12-31", True),
        Exp("Tổ chức Cuộc thi “Cán bộ y tế với pháp luật”", ("Văn phòng Sở", "Công đoàn Ngành Y tế thành phố"),
            ("Đoàn Thanh niên Sở Y tế",), "2026-10-31"),
    ],
)

PLANS: list[Plan] = [PLAN_LD, PLAN_HP, PLAN_HK, PLAN_NA, PLAN_HCM, PLAN_IAG, PLAN_CM, PLAN_BN, PLAN_TH, PLAN_DN]
