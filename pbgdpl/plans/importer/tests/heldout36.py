"""Held-out evaluation set 36: ten PBGDPL plans of 2026 from agencies across Viet Nam, answers by hand.

Half of the plans are issued by a lower level carrying out the plan of the level above.

1. UBND tỉnh Lào Cai, general PBGDPL plan 2026: one task table (STT | Nội dung công việc | Cơ quan chủ
   trì | Cơ quan phối hợp | Thời gian thực hiện | Sản phẩm) with roman-numeral group rows; quarter,
   month range, "Hằng tháng", event-triggered timeframe.
2. UBND xã Bảo Hà (Lào Cai), carrying out plan 1: plain "1." items with prose assignments ("Giao X chủ
   trì, phối hợp với Y và Z", "X chủ trì; Y, Z phối hợp", "X có trách nhiệm"), one item with two dash
   assignment blocks (one "Đề nghị ..."), a person as lead, "Quý II và quý III", "trước ngày".
3. Sở Giáo dục và Đào tạo thành phố Đà Nẵng, school year 2026-2027: bold "1." group headings, "1.1."
   tasks, "+ Đơn vị chủ trì:" / "+ Đơn vị phối hợp:" / "+ Thời gian:" bullets, month ranges over two
   calendar years, a generic group with a comma inside.
4. Trường THPT Phan Châu Trinh (Đà Nẵng), carrying out plan 3: table without STT whose first column is
   the time (Thời gian | Nội dung công việc | Người thực hiện | Phối hợp | Ghi chú); persons as units.
5. Sở Nông nghiệp và Môi trường tỉnh Đồng Tháp, Đề án 407 plan: bold "1." headings; first tasks with
   inline labels in one paragraph ("Chủ trì: ...; phối hợp: ...; thời gian: ..."), later ones with
   "- Chủ trì thực hiện:", "- Phối hợp:", "- Tiến độ:" lines; unit names with commas; event triggers.
6. Bệnh viện Đa khoa tỉnh Nghệ An, carrying out the Sở Y tế plan: roman sections, non-bold "1." tasks
   with "- Khoa, phòng thực hiện:" / "- Phối hợp:" / "- Thời gian:" lines; "Quý I - Quý II";
   "theo đề nghị của người bệnh" trigger; a group of persons as lead.
7. Sở Khoa học và Công nghệ tỉnh Thái Nguyên, QĐ 766 digital PBGDPL plan: table with a two-row header
   (Đơn vị thực hiện: Chủ trì / Phối hợp), letter group rows, "Kết quả/sản phẩm" column.
8. UBND phường Hòa Cường (Đà Nẵng), carrying out the city's Law Day plan: bold "1." headings, prose
   assignments, one item with "a)" / "b)" assignment blocks, day ranges, a person as lead.
9. Liên đoàn Lao động tỉnh Gia Lai, plan for workers 2026: roman sections, "1." items, prose with
   "Ban ... chủ trì; Ban ..., Văn phòng ... phối hợp", "Giao ... chủ trì, phối hợp với", "Đề nghị ...",
   dash names ("Ban Chính sách - Pháp luật"), trigger "Sau khi Tổng Liên đoàn có văn bản hướng dẫn".
10. Trung tâm Trợ giúp pháp lý nhà nước tỉnh An Giang, carrying out the Sở Tư pháp plan on Đề án 977:
   table without STT (Nội dung công việc | Bộ phận thực hiện | Thời gian hoàn thành | Ghi chú) with
   "Chủ trì: X" / "Phối hợp: Y" lines inside one cell and numbered group rows.
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T, _header, _purpose


def _sign(recipients: list[str], role: str, name: str) -> list[P | T]:
    out: list[P | T] = [P("Nơi nhận:", bold=True)]
    out += [P(f"- {r}") for r in recipients]
    out += [P(role, bold=True, center=True), P("(Đã ký)", center=True), P(name, bold=True, center=True)]
    return out


# ------------------------------------------------------------------ 1. UBND tỉnh Lào Cai
PLAN_LAOCAI = Plan(
    name="laocai_ubnd_pbgdpl_2026",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN",
            "TỈNH LÀO CAI",
            "38/KH-UBND",
            "Lào Cai, ngày 20 tháng 01 năm 2026",
            "Công tác phổ biến, giáo dục pháp luật, hòa giải ở cơ sở",
            "và xây dựng cấp xã đạt chuẩn tiếp cận pháp luật năm 2026",
        ),
        P(
            "Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012; Luật Hòa giải ở cơ sở năm 2013; Căn cứ Kết "
            "luận số 80-KL/TW ngày 20/6/2020 của Ban Bí thư; Quyết định số 25/2021/QĐ-TTg ngày 22/7/2021 của "
            "Thủ tướng Chính phủ quy định về xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật; Kế hoạch số "
            "1257/KH-BTP ngày 26/12/2025 của Bộ Tư pháp về công tác phổ biến, giáo dục pháp luật năm 2026;"
        ),
        P("Theo đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 09/TTr-STP ngày 12/01/2026, UBND tỉnh ban "
          "hành Kế hoạch thực hiện như sau:"),
        *_purpose([
            "Triển khai kịp thời, hiệu quả công tác phổ biến, giáo dục pháp luật (PBGDPL) trên địa bàn tỉnh "
            "sau khi tổ chức chính quyền địa phương hai cấp.",
            "Nâng cao ý thức tôn trọng, chấp hành pháp luật của cán bộ, công chức và Nhân dân.",
            "Xác định cụ thể nội dung công việc, thời hạn và trách nhiệm của các cơ quan, đơn vị.",
            "Bảo đảm tiết kiệm, lồng ghép với các chương trình, đề án có liên quan.",
        ]),
        P("II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        P("(Chi tiết tại Phụ lục kèm theo)", center=True),
        T(
            (
                ("STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện",
                 "Sản phẩm"),
                ("I", "Ban hành văn bản chỉ đạo, hướng dẫn", "", "", "", ""),
                ("1", "Ban hành kế hoạch triển khai các luật, nghị quyết được Quốc hội khóa XV thông qua tại "
                      "Kỳ họp thứ 10", "Sở Tư pháp", "Các sở, ban, ngành tỉnh", "Quý I/2026",
                 "Kế hoạch của UBND tỉnh"),
                ("2", "Tổ chức hội nghị tập huấn nghiệp vụ PBGDPL, hòa giải ở cơ sở cho công chức cấp xã",
                 "Sở Tư pháp", "UBND các xã, phường", "Quý II/2026", "Hội nghị tập huấn"),
                ("II", "Phổ biến, giáo dục pháp luật cho các nhóm đối tượng, địa bàn", "", "", "", ""),
                ("3", "Tuyên truyền, phổ biến pháp luật cho đồng bào dân tộc thiểu số ở vùng biên giới, vùng "
                      "đặc biệt khó khăn", "Sở Dân tộc và Tôn giáo",
                 "Bộ Chỉ huy Bộ đội Biên phòng tỉnh; Công an tỉnh; UBND các xã biên giới", "Năm 2026",
                 "Các buổi tuyên truyền; tài liệu song ngữ"),
                ("4", "Phổ biến pháp luật về trật tự, an toàn giao thông đường bộ", "Công an tỉnh",
                 "Sở Xây dựng, Báo và Phát thanh, Truyền hình Lào Cai", "Thường xuyên", "Tin, bài, phóng sự"),
                ("5", "Duy trì chuyên trang, chuyên mục pháp luật trên báo in, phát thanh, truyền hình",
                 "Báo và Phát thanh, Truyền hình Lào Cai", "Sở Tư pháp, Sở Văn hóa, Thể thao và Du lịch",
                 "Hằng tháng", "Chuyên trang, chuyên mục"),
                ("III", "Kiểm tra, hưởng ứng Ngày Pháp luật, sơ kết", "", "", "", ""),
                ("6", "Kiểm tra công tác PBGDPL tại một số sở, ngành và xã, phường",
                 "Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh", "Sở Tư pháp", "Tháng 8 - 9/2026",
                 "Thông báo kết quả kiểm tra"),
                ("7", "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt "
                      "Nam",
                 "Sở Tư pháp", "Các sở, ban, ngành, đoàn thể tỉnh; UBND các xã, phường", "Tháng 10 - 11/2026",
                 "Kế hoạch; báo cáo kết quả"),
                ("8", "Sơ kết giai đoạn I thực hiện Đề án \"Tăng cường năng lực tiếp cận pháp luật của người "
                      "dân\"", "Sở Tư pháp", "Các cơ quan, đơn vị có liên quan",
                 "Khi có hướng dẫn của Bộ Tư pháp", "Báo cáo sơ kết"),
            ),
            widths=(8, 50, 28, 38, 22, 26),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Các sở, ban, ngành, đoàn thể tỉnh, UBND các xã, phường căn cứ Kế hoạch này xây dựng kế hoạch "
          "của cơ quan, địa phương; gửi báo cáo kết quả 6 tháng về Sở Tư pháp trước ngày 05/6/2026 và báo "
          "cáo năm trước ngày 05/11/2026."),
        P("2. Kinh phí thực hiện theo Thông tư số 56/2023/TT-BTC ngày 18/8/2023 của Bộ trưởng Bộ Tài chính."),
        P("3. Giao Sở Tư pháp theo dõi, đôn đốc, tổng hợp báo cáo UBND tỉnh và Bộ Tư pháp."),
        *_sign(["Bộ Tư pháp (b/c);", "TT. Tỉnh ủy, TT. HĐND tỉnh;", "Các sở, ban, ngành, đoàn thể tỉnh;",
                "UBND các xã, phường;", "Lưu: VT, NC."], "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hoàng Quốc Khánh"),
    ],
    expected=[
        Exp("Ban hành kế hoạch triển khai các luật, nghị quyết", ("Sở Tư pháp",),
            ("Các sở, ban, ngành tỉnh",),
            "2026-03-31"),
        Exp("Tổ chức hội nghị tập huấn nghiệp vụ PBGDPL", ("Sở Tư pháp",), ("UBND các xã, phường",),
            "2026-06-30"),
        Exp("Tuyên truyền, phổ biến pháp luật cho đồng bào dân tộc thiểu số", ("Sở Dân tộc và Tôn giáo",),
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Công an tỉnh", "UBND các xã biên giới"), "2026-12-31"),
        Exp("Phổ biến pháp luật về trật tự, an toàn giao thông", ("Công an tỉnh",),
            ("Sở Xây dựng", "Báo và Phát thanh, Truyền hình Lào Cai"), "2026-12-31"),
        Exp("Duy trì chuyên trang, chuyên mục pháp luật", ("Báo và Phát thanh, Truyền hình Lào Cai",),
            ("Sở Tư pháp", "Sở Văn hóa, Thể thao và Du lịch"), "2026-12-31"),
        Exp("Kiểm tra công tác PBGDPL tại một số sở, ngành",
            ("Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh",), ("Sở Tư pháp",), "2026-09-30"),
        Exp("Tổ chức các hoạt động hưởng ứng Ngày Pháp luật", ("Sở Tư pháp",),
            ("Các sở, ban, ngành, đoàn thể tỉnh", "UBND các xã, phường"), "2026-11-30"),
        Exp("Sơ kết giai đoạn I thực hiện Đề án", ("Sở Tư pháp",), ("Các cơ quan, đơn vị có liên quan",),
            "2026-12-31", on_request=True),
    ],
)


# ------------------------------------------------------------------ 2. UBND xã Bảo Hà (carries out plan 1)
PLAN_BAOHA = Plan(
    name="baoha_xa_pbgdpl_2026",
    blocks=[
        P("ỦY BAN NHÂN DÂN\nXÃ BẢO HÀ", bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P("Số: 21/KH-UBND", center=True),
        P("Bảo Hà, ngày 06 tháng 02 năm 2026", center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P("Thực hiện công tác phổ biến, giáo dục pháp luật, hòa giải ở cơ sở\nvà xây dựng xã đạt chuẩn tiếp "
          "cận pháp luật năm 2026", bold=True, center=True),
        P("Thực hiện Kế hoạch số 38/KH-UBND ngày 20/01/2026 của UBND tỉnh Lào Cai về công tác phổ biến, giáo "
          "dục pháp luật, hòa giải ở cơ sở và xây dựng cấp xã đạt chuẩn tiếp cận pháp luật năm 2026; căn cứ "
          "Nghị quyết số 05/NQ-HĐND ngày 25/12/2025 của HĐND xã về nhiệm vụ phát triển kinh tế - xã hội năm "
          "2026, UBND xã Bảo Hà ban hành Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Cụ thể hóa các nhiệm vụ được UBND tỉnh giao tại Kế hoạch số 38/KH-UBND phù hợp với điều kiện "
          "thực tế của xã.\n- Phân công rõ trách nhiệm của từng bộ phận, cá nhân; bảo đảm thiết thực, tránh "
          "hình thức.\n- Phấn đấu xã đạt chuẩn tiếp cận pháp luật năm 2026."),
        P("II. NỘI DUNG THỰC HIỆN", bold=True),
        P("1. Kiện toàn Hội đồng phối hợp phổ biến, giáo dục pháp luật xã, đội ngũ tuyên truyền viên pháp "
          "luật ở các thôn. Văn phòng HĐND và UBND xã tham mưu Chủ tịch UBND xã ban hành quyết định kiện "
          "toàn. Thời gian: tháng 02/2026."),
        P("2. Tuyên truyền pháp luật trên hệ thống loa truyền thanh của xã và các thôn, tập trung vào các "
          "văn bản mới có hiệu lực, các quy định gắn với đời sống người dân. Giao Phòng Văn hóa - Xã hội chủ "
          "trì, phối hợp với Văn phòng HĐND và UBND xã và Trưởng các thôn thực hiện. Thời gian: thường "
          "xuyên."),
        P("3. Phổ biến pháp luật về đất đai, bảo vệ môi trường, phòng cháy, chữa cháy rừng cho Nhân dân các "
          "thôn vùng đồi. Phòng Kinh tế chủ trì; Văn phòng HĐND và UBND xã, Ủy ban MTTQ Việt Nam xã phối "
          "hợp. Thời gian: quý II và quý III năm 2026."),
        P("4. Tuyên truyền pháp luật về phòng, chống ma túy, tội phạm và tệ nạn xã hội"),
        P("- Công an xã chủ trì tổ chức tuyên truyền lưu động tại các thôn, lồng ghép trong các buổi họp "
          "thôn; phối hợp: Ban Chỉ huy Quân sự xã; thời gian: tháng 6/2026 (Tháng hành động phòng, chống ma "
          "túy)."),
        P("- Đề nghị Đoàn Thanh niên Cộng sản Hồ Chí Minh xã phối hợp với Trường THCS Bảo Hà tổ chức sinh "
          "hoạt ngoại khóa, sân khấu hóa cho học sinh; thời gian: từ tháng 9 đến tháng 12/2026."),
        P("5. Củng cố, nâng cao chất lượng hoạt động hòa giải ở cơ sở. Văn phòng HĐND và UBND xã có trách "
          "nhiệm hướng dẫn các tổ hòa giải kiện toàn tổ chức, bồi dưỡng kỹ năng cho hòa giải viên; phối hợp "
          "với Ủy ban MTTQ Việt Nam xã. Thời gian: cả năm."),
        P("6. Tự đánh giá, chấm điểm các tiêu chí xã đạt chuẩn tiếp cận pháp luật năm 2026, niêm yết công "
          "khai kết quả. Văn phòng HĐND và UBND xã chủ trì, phối hợp với các phòng, ban, đơn vị thuộc UBND "
          "xã thực hiện; hoàn thành hồ sơ trước ngày 15/11/2026."),
        P("7. Tổ chức hưởng ứng Ngày Pháp luật Việt Nam (09/11) tại xã. Phó Chủ tịch UBND xã phụ trách khối "
          "văn hóa - xã hội trực tiếp chỉ đạo; Phòng Văn hóa - Xã hội phối hợp chuẩn bị nội dung, hình thức. "
          "Thời gian: tháng 11/2026."),
        P("III. KINH PHÍ", bold=True),
        P("Từ nguồn ngân sách xã năm 2026 giao cho Văn phòng HĐND và UBND xã và các nguồn hợp pháp khác."),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các phòng, ban, đơn vị, Trưởng các thôn căn cứ nhiệm vụ được giao tổ chức thực hiện; báo cáo kết "
          "quả về UBND xã (qua Văn phòng HĐND và UBND xã) trước ngày 25/5/2026 và trước ngày 25/10/2026 để "
          "tổng hợp báo cáo UBND tỉnh (qua Sở Tư pháp)."),
        *_sign(["Sở Tư pháp tỉnh Lào Cai (b/c);", "TT. Đảng ủy, TT. HĐND xã;", "Các phòng, ban, đơn vị;",
                "Các thôn;", "Lưu: VT."], "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Nông Văn Thắng"),
    ],
    expected=[
        Exp("Kiện toàn Hội đồng phối hợp phổ biến, giáo dục pháp luật xã", ("Văn phòng HĐND và UBND xã",), (),
            "2026-02-28"),
        Exp("Tuyên truyền pháp luật trên hệ thống loa truyền thanh", ("Phòng Văn hóa - Xã hội",),
            ("Văn phòng HĐND và UBND xã", "Trưởng các thôn"), "2026-12-31"),
        Exp("Phổ biến pháp luật về đất đai, bảo vệ môi trường", ("Phòng Kinh tế",),
            ("Văn phòng HĐND và UBND xã", "Ủy ban MTTQ Việt Nam xã"), "2026-09-30"),
        Exp("Công an xã chủ trì tổ chức tuyên truyền lưu động", ("Công an xã",), ("Ban Chỉ huy Quân sự xã",),
            "2026-06-30"),
        Exp("Đề nghị Đoàn Thanh niên Cộng sản Hồ Chí Minh xã", ("Đoàn Thanh niên Cộng sản Hồ Chí Minh xã",),
            ("Trường THCS Bảo Hà",), "2026-12-31"),
        Exp("Củng cố, nâng cao chất lượng hoạt động hòa giải", ("Văn phòng HĐND và UBND xã",),
            ("Ủy ban MTTQ Việt Nam xã",), "2026-12-31"),
        Exp("Tự đánh giá, chấm điểm các tiêu chí xã đạt chuẩn", ("Văn phòng HĐND và UBND xã",),
            ("các phòng, ban, đơn vị thuộc UBND xã",), "2026-11-15"),
        Exp("Tổ chức hưởng ứng Ngày Pháp luật Việt Nam",
            ("Phó Chủ tịch UBND xã phụ trách khối văn hóa - xã hội",), ("Phòng Văn hóa - Xã hội",),
            "2026-11-30"),
    ],
)


# ------------------------------------------------------------------ 3. Sở GDĐT Đà Nẵng (school year)
PLAN_SGD = Plan(
    name="danang_sgddt_pbgdpl_2026_2027",
    blocks=[
        *_header(
            "UBND THÀNH PHỐ ĐÀ NẴNG",
            "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
            "2915/KH-SGDĐT",
            "Đà Nẵng, ngày 28 tháng 8 năm 2026",
            "Phổ biến, giáo dục pháp luật trong ngành Giáo dục",
            "năm học 2026-2027",
        ),
        P("Căn cứ Kế hoạch số 165/KH-UBND ngày 30/01/2026 của UBND thành phố Đà Nẵng về công tác phổ biến, "
          "giáo dục pháp luật năm 2026; Quyết định số 1705/QĐ-BGDĐT ngày 20/6/2026 của Bộ trưởng Bộ Giáo dục "
          "và Đào tạo ban hành Kế hoạch phổ biến, giáo dục pháp luật của ngành Giáo dục năm học 2026-2027; "
          "Luật Nhà giáo số 73/2025/QH15;"),
        P("Sở Giáo dục và Đào tạo (GDĐT) xây dựng Kế hoạch phổ biến, giáo dục pháp luật (PBGDPL) năm học "
          "2026-2027 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Nâng cao nhận thức, ý thức chấp hành pháp luật của cán bộ, nhà giáo, người lao động và học "
          "sinh."),
        P("2. Các nội dung PBGDPL gắn với nhiệm vụ năm học, phù hợp lứa tuổi, cấp học; tránh hình thức."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Phổ biến văn bản pháp luật mới cho đội ngũ cán bộ, nhà giáo", bold=True),
        P("1.1. Quán triệt, phổ biến các luật, nghị định mới có hiệu lực liên quan đến ngành Giáo dục cho "
          "công chức, người lao động cơ quan Sở"),
        P("+ Đơn vị chủ trì: Văn phòng Sở.\n+ Đơn vị phối hợp: Các phòng chuyên môn thuộc Sở.\n+ Thời gian: "
          "tháng 9 - tháng 10/2026."),
        P("1.2. Hướng dẫn các cơ sở giáo dục triển khai Luật Nhà giáo và các văn bản quy định chi tiết"),
        P("+ Đơn vị chủ trì: Phòng Tổ chức cán bộ.\n+ Đơn vị phối hợp: Thanh tra Sở; Công đoàn ngành Giáo "
          "dục thành phố.\n+ Thời gian: Quý IV/2026."),
        P("2. Giáo dục pháp luật trong nhà trường", bold=True),
        P("2.1. Tích hợp nội dung giáo dục pháp luật trong môn Giáo dục kinh tế và pháp luật, hoạt động trải "
          "nghiệm, hướng nghiệp"),
        P("+ Đơn vị chủ trì: Phòng Giáo dục phổ thông.\n+ Đơn vị phối hợp: Các trường THPT, trung tâm "
          "GDNN-GDTX.\n+ Thời gian: từ tháng 9/2026 đến tháng 5/2027."),
        P("2.2. Tổ chức cuộc thi \"Học sinh với pháp luật về an toàn giao thông\" cấp thành phố"),
        P("+ Đơn vị chủ trì: Phòng Giáo dục phổ thông.\n+ Đơn vị phối hợp: Công an thành phố; Thành đoàn Đà "
          "Nẵng.\n+ Thời gian: tháng 3/2027."),
        P("2.3. Tuyên truyền phòng, chống bạo lực học đường, xâm hại trẻ em, bảo đảm an toàn trên không gian "
          "mạng"),
        P("+ Đơn vị chủ trì: Phòng Giáo dục mầm non - Tiểu học.\n+ Đơn vị phối hợp: UBND các xã, phường; Hội "
          "Liên hiệp Phụ nữ thành phố.\n+ Thời gian: tháng 11/2026 - tháng 01/2027."),
        P("3. Tủ sách pháp luật và Ngày Pháp luật", bold=True),
        P("3.1. Xây dựng, cập nhật tủ sách pháp luật điện tử trên Cổng thông tin điện tử của Sở"),
        P("+ Đơn vị chủ trì: Văn phòng Sở.\n+ Đơn vị phối hợp: Thanh tra Sở.\n+ Thời gian: hoàn thành trước "
          "ngày 30/10/2026."),
        P("3.2. Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2026 trong toàn ngành"),
        P("+ Đơn vị chủ trì: Thanh tra Sở.\n+ Đơn vị phối hợp: Văn phòng Sở, Công đoàn cơ quan Sở.\n+ Thời "
          "gian: từ ngày 01/11 đến ngày 09/11/2026."),
        P("4. Kiểm tra việc thực hiện công tác PBGDPL tại các cơ sở giáo dục trực thuộc", bold=True),
        P("+ Đơn vị chủ trì: Thanh tra Sở.\n+ Đơn vị phối hợp: Phòng Giáo dục phổ thông, Phòng Giáo dục nghề "
          "nghiệp - Giáo dục thường xuyên.\n+ Thời gian: tháng 4/2027."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Thủ trưởng các phòng thuộc Sở, Hiệu trưởng các trường THPT, Giám đốc các trung tâm GDNN-GDTX "
          "căn cứ Kế hoạch xây dựng kế hoạch của đơn vị, gửi về Sở (qua Văn phòng) trước ngày 30/9/2026."),
        P("2. Đề nghị UBND các xã, phường chỉ đạo các trường mầm non, tiểu học, THCS trên địa bàn thực "
          "hiện."),
        P("3. Báo cáo kết quả năm học gửi về Sở trước ngày 25/5/2027."),
        *_sign(["Bộ GDĐT (b/c);", "UBND thành phố (b/c);", "Sở Tư pháp;", "Các đơn vị trực thuộc;",
                "Lưu: VT, VP."], "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Lê Thị Bích Thuận"),
    ],
    expected=[
        Exp("Quán triệt, phổ biến các luật, nghị định mới", ("Văn phòng Sở",),
            ("Các phòng chuyên môn thuộc Sở",), "2026-10-31"),
        Exp("Hướng dẫn các cơ sở giáo dục triển khai Luật Nhà giáo", ("Phòng Tổ chức cán bộ",),
            ("Thanh tra Sở", "Công đoàn ngành Giáo dục thành phố"), "2026-12-31"),
        Exp("Tích hợp nội dung giáo dục pháp luật", ("Phòng Giáo dục phổ thông",),
            ("Các trường THPT, trung tâm GDNN-GDTX",), "2027-05-31"),
        Exp("Tổ chức cuộc thi \"Học sinh với pháp luật", ("Phòng Giáo dục phổ thông",),
            ("Công an thành phố", "Thành đoàn Đà Nẵng"), "2027-03-31"),
        Exp("Tuyên truyền phòng, chống bạo lực học đường", ("Phòng Giáo dục mầm non - Tiểu học",),
            ("UBND các xã, phường", "Hội Liên hiệp Phụ nữ thành phố"), "2027-01-31"),
        Exp("Xây dựng, cập nhật tủ sách pháp luật điện tử", ("Văn phòng Sở",), ("Thanh tra Sở",),
            "2026-10-30"),
        Exp("Hưởng ứng Ngày Pháp luật nước Cộng hòa", ("Thanh tra Sở",),
            ("Văn phòng Sở", "Công đoàn cơ quan Sở"), "2026-11-09"),
        Exp("Kiểm tra việc thực hiện công tác PBGDPL", ("Thanh tra Sở",),
            ("Phòng Giáo dục phổ thông", "Phòng Giáo dục nghề nghiệp - Giáo dục thường xuyên"), "2027-04-30"),
    ],
)


# ------------------------------------------------------------------ 4. Trường THPT Phan Châu Trinh
PLAN_PCT = Plan(
    name="danang_thpt_pct_pbgdpl_2026_2027",
    blocks=[
        P("SỞ GIÁO DỤC VÀ ĐÀO TẠO ĐÀ NẴNG\nTRƯỜNG THPT PHAN CHÂU TRINH", bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P("Số: 112/KH-PCT", center=True),
        P("Hải Châu, ngày 14 tháng 9 năm 2026", center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P("Tuyên truyền, phổ biến, giáo dục pháp luật năm học 2026-2027", bold=True, center=True),
        P("Thực hiện Kế hoạch số 2915/KH-SGDĐT ngày 28/8/2026 của Sở Giáo dục và Đào tạo Đà Nẵng về phổ "
          "biến, giáo dục pháp luật trong ngành Giáo dục năm học 2026-2027; căn cứ Kế hoạch giáo dục nhà "
          "trường năm học 2026-2027 số 98/KH-PCT ngày 05/9/2026, Trường THPT Phan Châu Trinh xây dựng kế "
          "hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Giúp học sinh hiểu và chấp hành tốt nội quy nhà trường, pháp luật về an toàn giao thông, phòng, "
          "chống ma túy, bạo lực học đường.\n- Cán bộ, giáo viên, nhân viên nắm vững Luật Nhà giáo và các "
          "quy định về đạo đức nhà giáo.\n- Nội dung thiết thực, lồng ghép vào các hoạt động giáo dục."),
        P("II. NỘI DUNG VÀ LỊCH TRÌNH THỰC HIỆN", bold=True),
        T(
            (
                ("Thời gian", "Nội dung công việc", "Người thực hiện", "Phối hợp", "Ghi chú"),
                ("Tháng 9/2026", "Xây dựng và ban hành kế hoạch PBGDPL năm học 2026-2027 của nhà trường",
                 "Phó Hiệu trưởng phụ trách công tác học sinh", "Tổ Văn phòng", ""),
                ("Tháng 9 - 10/2026",
                 "Phổ biến Nội quy nhà trường, Quy tắc ứng xử trong trường học cho học sinh trong tuần sinh "
                 "hoạt công dân đầu năm",
                 "Giáo viên chủ nhiệm", "Bí thư Đoàn trường", "Có biên bản sinh hoạt lớp"),
                ("Tháng 10/2026",
                 "Tuyên truyền pháp luật về an toàn giao thông, văn hóa giao thông cho học sinh",
                 "Đoàn trường", "Công an phường Hải Châu; Ban Đại diện cha mẹ học sinh", ""),
                ("Tháng 11/2026", "Tổ chức ngoại khóa hưởng ứng Ngày Pháp luật Việt Nam",
                 "Tổ Lịch sử - Địa lý - GDKT&PL", "Đoàn trường, Thư viện nhà trường", "Sân khấu hóa"),
                ("Tháng 12/2026 - tháng 01/2027",
                 "Phổ biến Luật Nhà giáo, quy định về đạo đức nhà giáo cho cán bộ, giáo viên, nhân viên",
                 "Hiệu trưởng", "Công đoàn trường", "Họp hội đồng sư phạm"),
                ("Tháng 3/2027",
                 "Hướng dẫn học sinh tham gia cuộc thi \"Học sinh với pháp luật về an toàn giao thông\" "
                 "do Sở tổ chức",
                 "Bí thư Đoàn trường", "Giáo viên chủ nhiệm các lớp", ""),
                ("Trước ngày 20/5/2027", "Sơ kết, báo cáo kết quả công tác PBGDPL năm học về Sở",
                 "Phó Hiệu trưởng phụ trách công tác học sinh", "Tổ Văn phòng",
                 "Gửi qua hệ thống quản lý văn bản"),
            ),
            widths=(28, 62, 36, 36, 28),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("- Các tổ chuyên môn, Đoàn trường, giáo viên chủ nhiệm căn cứ kế hoạch triển khai thực hiện.\n- "
          "Thư viện nhà trường cập nhật tủ sách pháp luật thường xuyên.\n- Kinh phí chi từ nguồn kinh phí "
          "hoạt động thường xuyên của nhà trường."),
        *_sign(["Sở GDĐT (b/c);", "Các tổ chuyên môn;", "Đoàn trường;", "Lưu: VT."], "HIỆU TRƯỞNG",
               "Nguyễn Văn Hòa"),
    ],
    expected=[
        Exp("Xây dựng và ban hành kế hoạch PBGDPL", ("Phó Hiệu trưởng phụ trách công tác học sinh",),
            ("Tổ Văn phòng",), "2026-09-30"),
        Exp("Phổ biến Nội quy nhà trường, Quy tắc ứng xử", ("Giáo viên chủ nhiệm",), ("Bí thư Đoàn trường",),
            "2026-10-31"),
        Exp("Tuyên truyền pháp luật về an toàn giao thông", ("Đoàn trường",),
            ("Công an phường Hải Châu", "Ban Đại diện cha mẹ học sinh"), "2026-10-31"),
        Exp("Tổ chức ngoại khóa hưởng ứng Ngày Pháp luật", ("Tổ Lịch sử - Địa lý - GDKT&PL",),
            ("Đoàn trường", "Thư viện nhà trường"), "2026-11-30"),
        Exp("Phổ biến Luật Nhà giáo, quy định về đạo đức", ("Hiệu trưởng",), ("Công đoàn trường",),
            "2027-01-31"),
        Exp("Hướng dẫn học sinh tham gia cuộc thi", ("Bí thư Đoàn trường",), ("Giáo viên chủ nhiệm các lớp",),
            "2027-03-31"),
        Exp("Sơ kết, báo cáo kết quả công tác PBGDPL", ("Phó Hiệu trưởng phụ trách công tác học sinh",),
            ("Tổ Văn phòng",), "2027-05-20"),
    ],
)


# ------------------------------------------------------------------ 5. Sở NN&MT Đồng Tháp (Đề án 407)
PLAN_NNMT = Plan(
    name="dongthap_snnmt_de_an_407_2026",
    blocks=[
        *_header(
            "UBND TỈNH ĐỒNG THÁP",
            "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
            "74/KH-SNNMT",
            "Đồng Tháp, ngày 10 tháng 02 năm 2026",
            "Truyền thông về dự thảo chính sách có tác động lớn đến xã hội",
            "trong quá trình xây dựng văn bản quy phạm pháp luật năm 2026",
        ),
        P("Căn cứ Quyết định số 407/QĐ-TTg ngày 30/3/2022 của Thủ tướng Chính phủ phê duyệt Đề án \"Tổ chức "
          "truyền thông chính sách có tác động lớn đến xã hội trong quá trình xây dựng văn bản quy phạm pháp "
          "luật giai đoạn 2022-2027\"; Nghị định số 78/2025/NĐ-CP ngày 01/4/2025 của Chính phủ; Kế hoạch số "
          "52/KH-UBND ngày 22/01/2026 của UBND tỉnh Đồng Tháp;"),
        P("Sở Nông nghiệp và Môi trường ban hành Kế hoạch truyền thông dự thảo chính sách năm 2026, như "
          "sau:"),
        *_purpose([
            "Bảo đảm 100% dự thảo chính sách có tác động lớn đến xã hội do Sở chủ trì soạn thảo được truyền "
            "thông.",
            "Tạo đồng thuận của người dân, doanh nghiệp đối với chính sách trong lĩnh vực nông nghiệp, môi "
            "trường.",
            "Nội dung truyền thông chính xác, dễ hiểu, nêu rõ những điểm mới về quyền, nghĩa vụ.",
            "Tiếp thu, giải trình ý kiến kịp thời, công khai.",
        ]),
        P("II. NHIỆM VỤ VÀ PHÂN CÔNG", bold=True),
        P("1. Xây dựng chuyên mục \"Truyền thông chính sách\" trên Cổng thông tin điện tử của Sở", bold=True),
        P("Chủ trì: Văn phòng Sở; phối hợp: Các phòng, chi cục, đơn vị thuộc Sở; thời gian: Quý I/2026."),
        P("2. Truyền thông dự thảo Nghị quyết của HĐND tỉnh quy định chính sách hỗ trợ phát triển chăn nuôi "
          "nông hộ", bold=True),
        P("Chủ trì: Chi cục Chăn nuôi, Thú y và Thủy sản; phối hợp: Trung tâm Khuyến nông, UBND các xã, "
          "phường; thời gian: trong thời gian lấy ý kiến dự thảo, dự kiến từ tháng 4 đến tháng 5/2026."),
        P("3. Truyền thông dự thảo Quyết định của UBND tỉnh sửa đổi, bổ sung Bảng giá đất", bold=True),
        P("Chủ trì: Chi cục Quản lý đất đai; phối hợp: Văn phòng Đăng ký đất đai; Báo và Phát thanh, Truyền "
          "hình Đồng Tháp; thời gian: Quý III/2026."),
        P("4. Tổ chức hội nghị, tọa đàm, đối thoại với người dân, doanh nghiệp về dự thảo chính "
          "sách", bold=True),
        P("- Chủ trì thực hiện: Phòng, đơn vị được giao chủ trì soạn thảo.\n- Phối hợp: Văn phòng Sở; Hội "
          "Nông dân tỉnh.\n- Tiến độ: khi có dự thảo chính sách cần lấy ý kiến."),
        P("5. Tổng hợp, tiếp thu, giải trình ý kiến góp ý và công khai trên Cổng thông tin điện "
          "tử", bold=True),
        P("- Chủ trì thực hiện: Phòng, đơn vị được giao chủ trì soạn thảo.\n- Phối hợp: Văn phòng Sở.\n- "
          "Tiến độ: sau khi kết thúc thời hạn lấy ý kiến dự thảo."),
        P("6. Báo cáo kết quả thực hiện Đề án 407 năm 2026 gửi UBND tỉnh, Sở Tư pháp", bold=True),
        P("- Chủ trì thực hiện: Văn phòng Sở.\n- Phối hợp: Chi cục Trồng trọt và Bảo vệ thực vật, Chi cục "
          "Kiểm lâm và các đơn vị có liên quan.\n- Tiến độ: trước ngày 25/11/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Thủ trưởng các phòng, chi cục, đơn vị thuộc Sở chịu trách nhiệm triển khai; kinh phí theo Thông "
          "tư số 56/2023/TT-BTC. Văn phòng Sở theo dõi, đôn đốc, tổng hợp báo cáo Giám đốc Sở."),
        *_sign(["UBND tỉnh (b/c);", "Sở Tư pháp;", "Giám đốc, các PGĐ Sở;", "Các phòng, chi cục, đơn vị;",
                "Lưu: VT, VP."], "GIÁM ĐỐC", "Trần Văn Tuấn"),
    ],
    expected=[
        Exp("Xây dựng chuyên mục \"Truyền thông chính sách\"", ("Văn phòng Sở",),
            ("Các phòng, chi cục, đơn vị thuộc Sở",), "2026-03-31"),
        Exp("Truyền thông dự thảo Nghị quyết của HĐND tỉnh", ("Chi cục Chăn nuôi, Thú y và Thủy sản",),
            ("Trung tâm Khuyến nông", "UBND các xã, phường"), "2026-05-31"),
        Exp("Truyền thông dự thảo Quyết định của UBND tỉnh", ("Chi cục Quản lý đất đai",),
            ("Văn phòng Đăng ký đất đai", "Báo và Phát thanh, Truyền hình Đồng Tháp"), "2026-09-30"),
        Exp("Tổ chức hội nghị, tọa đàm, đối thoại", ("Phòng, đơn vị được giao chủ trì soạn thảo",),
            ("Văn phòng Sở", "Hội Nông dân tỉnh"), "2026-12-31", on_request=True),
        Exp("Tổng hợp, tiếp thu, giải trình ý kiến góp ý", ("Phòng, đơn vị được giao chủ trì soạn thảo",),
            ("Văn phòng Sở",), "2026-12-31", on_request=True),
        Exp("Báo cáo kết quả thực hiện Đề án 407", ("Văn phòng Sở",),
            ("Chi cục Trồng trọt và Bảo vệ thực vật", "Chi cục Kiểm lâm", "các đơn vị có liên quan"),
            "2026-11-25"),
    ],
)


# ---------------- 6. BVĐK tỉnh Nghệ An (carries out Sở Y tế)
PLAN_BV = Plan(
    name="nghean_bvdk_pbgdpl_2026",
    blocks=[
        P("SỞ Y TẾ NGHỆ AN\nBỆNH VIỆN ĐA KHOA TỈNH", bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P("Số: 186/KH-BVĐKT", center=True),
        P("Nghệ An, ngày 03 tháng 3 năm 2026", center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P("Triển khai công tác phổ biến, giáo dục pháp luật năm 2026 tại Bệnh viện", bold=True, center=True),
        P("Căn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15 ngày 09/01/2023;"),
        P("Thực hiện Kế hoạch số 412/KH-SYT ngày 13/02/2026 của Sở Y tế Nghệ An về công tác phổ biến, giáo "
          "dục pháp luật ngành Y tế năm 2026;"),
        P("Bệnh viện Đa khoa tỉnh xây dựng Kế hoạch triển khai như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Nâng cao hiểu biết pháp luật, ý thức trách nhiệm của viên chức, người lao động trong thực hiện "
          "nhiệm vụ khám bệnh, chữa bệnh.\n2. Bảo đảm quyền và nghĩa vụ của người bệnh theo quy định của "
          "pháp luật.\n3. Lồng ghép với các hoạt động chuyên môn, không ảnh hưởng đến công tác khám, chữa "
          "bệnh."),
        P("II. NỘI DUNG, HÌNH THỨC", bold=True),
        P("Tập trung phổ biến Luật Khám bệnh, chữa bệnh, Luật Bảo hiểm y tế sửa đổi, quy định về phòng, "
          "chống tác hại của thuốc lá, quy tắc ứng xử của viên chức ngành Y tế; hình thức: hội nghị, giao "
          "ban, trang thông tin điện tử, tờ gấp, pano tại khu khám bệnh."),
        P("III. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Phổ biến Luật Khám bệnh, chữa bệnh và các nghị định, thông tư hướng dẫn cho viên chức, người "
          "lao động"),
        P("- Khoa, phòng thực hiện: Phòng Kế hoạch tổng hợp.\n- Phối hợp: Phòng Quản lý chất lượng, các khoa "
          "lâm sàng.\n- Thời gian: Quý I - Quý II/2026."),
        P("2. Tuyên truyền quy tắc ứng xử, đổi mới phong cách, thái độ phục vụ hướng tới sự hài lòng của "
          "người bệnh"),
        P("- Khoa, phòng thực hiện: Phòng Công tác xã hội.\n- Phối hợp: Phòng Điều dưỡng; Công đoàn Bệnh "
          "viện.\n- Thời gian: thường xuyên."),
        P("3. Lồng ghép phổ biến văn bản pháp luật mới trong giao ban khoa, phòng"),
        P("- Khoa, phòng thực hiện: Trưởng các khoa, phòng.\n- Thời gian: hằng tháng."),
        P("4. Cập nhật văn bản pháp luật mới lên Trang thông tin điện tử và tủ sách pháp luật của Bệnh viện"),
        P("- Khoa, phòng thực hiện: Phòng Công nghệ thông tin.\n- Phối hợp: Phòng Tổ chức cán bộ.\n- Thời "
          "gian: thường xuyên."),
        P("5. Tổ chức các hoạt động hưởng ứng Ngày Pháp luật Việt Nam năm 2026"),
        P("- Khoa, phòng thực hiện: Phòng Tổ chức cán bộ.\n- Phối hợp: Đoàn Thanh niên Bệnh viện, Công đoàn "
          "Bệnh viện.\n- Thời gian: tháng 11/2026."),
        P("6. Tư vấn, hướng dẫn pháp luật cho người bệnh, người nhà người bệnh có hoàn cảnh khó khăn"),
        P("- Khoa, phòng thực hiện: Phòng Công tác xã hội.\n- Phối hợp: Trung tâm Trợ giúp pháp lý nhà nước "
          "tỉnh Nghệ An.\n- Thời gian: theo đề nghị của người bệnh, người nhà người bệnh."),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Phòng Tổ chức cán bộ là đầu mối theo dõi, đôn đốc; tổng hợp báo cáo 6 tháng gửi Sở Y tế trước "
          "ngày 05/6/2026, báo cáo năm trước ngày 05/11/2026."),
        P("2. Trưởng các khoa, phòng có trách nhiệm quán triệt Kế hoạch đến toàn thể viên chức, người lao "
          "động."),
        P("3. Phòng Tài chính kế toán bố trí kinh phí theo quy định."),
        *_sign(["Sở Y tế (b/c);", "Ban Giám đốc;", "Các khoa, phòng;", "Lưu: VT, TCCB."], "GIÁM ĐỐC",
               "Nguyễn Quang Trung"),
    ],
    expected=[
        Exp("Phổ biến Luật Khám bệnh, chữa bệnh và các nghị định", ("Phòng Kế hoạch tổng hợp",),
            ("Phòng Quản lý chất lượng", "các khoa lâm sàng"), "2026-06-30"),
        Exp("Tuyên truyền quy tắc ứng xử, đổi mới phong cách", ("Phòng Công tác xã hội",),
            ("Phòng Điều dưỡng", "Công đoàn Bệnh viện"), "2026-12-31"),
        Exp("Lồng ghép phổ biến văn bản pháp luật mới", ("Trưởng các khoa, phòng",), (), "2026-12-31"),
        Exp("Cập nhật văn bản pháp luật mới lên Trang thông tin", ("Phòng Công nghệ thông tin",),
            ("Phòng Tổ chức cán bộ",), "2026-12-31"),
        Exp("Tổ chức các hoạt động hưởng ứng Ngày Pháp luật", ("Phòng Tổ chức cán bộ",),
            ("Đoàn Thanh niên Bệnh viện", "Công đoàn Bệnh viện"), "2026-11-30"),
        Exp("Tư vấn, hướng dẫn pháp luật cho người bệnh", ("Phòng Công tác xã hội",),
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh Nghệ An",), "2026-12-31", on_request=True),
    ],
)


# ------------------------------------------------------------------ 7. Sở KH&CN Thái Nguyên (QĐ 766)
PLAN_SKHCN = Plan(
    name="thainguyen_skhcn_cds_pbgdpl_2026",
    blocks=[
        *_header(
            "UBND TỈNH THÁI NGUYÊN",
            "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
            "57/KH-SKHCN",
            "Thái Nguyên, ngày 26 tháng 3 năm 2026",
            "Chuyển đổi số trong công tác phổ biến, giáo dục pháp luật",
            "tại Sở Khoa học và Công nghệ năm 2026",
        ),
        P("Căn cứ Quyết định số 766/QĐ-TTg ngày 15/4/2025 của Thủ tướng Chính phủ phê duyệt Đề án \"Chuyển "
          "đổi số trong công tác phổ biến, giáo dục pháp luật giai đoạn 2025-2030\"; Kế hoạch số 118/KH-UBND "
          "ngày 05/3/2026 của UBND tỉnh Thái Nguyên thực hiện Đề án năm 2026; Kế hoạch số 31/KH-SKHCN ngày "
          "22/01/2026 của Sở về công tác PBGDPL năm 2026,"),
        P("Sở Khoa học và Công nghệ ban hành Kế hoạch thực hiện như sau:"),
        *_purpose([
            "Ứng dụng công nghệ số để đổi mới phương thức PBGDPL, giúp người dân, doanh nghiệp tiếp cận pháp "
            "luật thuận lợi.",
            "Góp phần đạt chỉ tiêu tỷ lệ người dân tiếp cận thông tin pháp luật trên môi trường số.",
            "Bảo đảm an toàn thông tin, bảo vệ dữ liệu cá nhân trong quá trình triển khai.",
        ]),
        P("II. NHIỆM VỤ, GIẢI PHÁP", bold=True),
        T(
            (
                ("STT", "Nhiệm vụ", "Đơn vị thực hiện", "", "Thời gian thực hiện", "Kết quả/sản phẩm"),
                ("", "", "Chủ trì", "Phối hợp", "", ""),
                ("A", "Hạ tầng, dữ liệu số về PBGDPL", "", "", "", ""),
                ("1", "Rà soát, số hóa văn bản quy phạm pháp luật về khoa học và công nghệ, cập nhật vào kho "
                      "dữ liệu PBGDPL dùng chung", "Văn phòng Sở", "Trung tâm Chuyển đổi số", "Quý II/2026",
                 "Dữ liệu được cập nhật"),
                ("2", "Nâng cấp chuyên mục PBGDPL trên Cổng thông tin điện tử của Sở, kết nối với Cổng Pháp "
                      "luật quốc gia", "Trung tâm Chuyển đổi số", "Văn phòng Sở; Phòng Chuyển đổi số",
                 "Tháng 6 - tháng 9/2026", "Chuyên mục được nâng cấp"),
                ("3", "Phối hợp với Sở Tư pháp triển khai tiếp nhận câu hỏi pháp luật của người dân, phân "
                      "loại tự động và chuyển đến cơ quan có thẩm quyền", "Phòng Chuyển đổi số",
                 "Sở Tư pháp, Trung tâm Chuyển đổi số", "Khi có hướng dẫn của Sở Tư pháp",
                 "Quy trình tiếp nhận"),
                ("B", "Hoạt động PBGDPL trên môi trường số", "", "", "", ""),
                ("4", "Tổ chức đối thoại trực tuyến về chính sách khoa học, công nghệ, đổi mới sáng tạo",
                 "Phòng Quản lý khoa học", "Văn phòng Sở; Báo và Phát thanh, Truyền hình Thái Nguyên",
                 "Quý III/2026", "01 cuộc đối thoại"),
                ("5", "Bồi dưỡng kỹ năng số cho báo cáo viên pháp luật, người làm công tác PBGDPL",
                 "Phòng Bưu chính, Viễn thông và Công nghệ thông tin", "Văn phòng Sở", "Tháng 8/2026",
                 "Lớp bồi dưỡng"),
                ("6", "Tuyên truyền pháp luật về an ninh mạng, bảo vệ dữ liệu cá nhân qua hoạt động thanh "
                      "tra, kiểm "
                      "tra", "Thanh tra Sở", "Công an tỉnh", "Năm 2026", "Tin, bài; biên bản kiểm tra"),
                ("7", "Sơ kết, đánh giá kết quả thực hiện Kế hoạch năm 2026", "Văn phòng Sở",
                 "Các phòng, đơn vị thuộc Sở", "Tháng 12/2026", "Báo cáo sơ kết"),
            ),
            widths=(9, 58, 30, 36, 25, 30),
        ),
        P("III. KINH PHÍ", bold=True),
        P("Từ nguồn ngân sách nhà nước giao cho Sở năm 2026 và các nguồn hợp pháp khác."),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các phòng, đơn vị thuộc Sở triển khai nhiệm vụ được giao, báo cáo kết quả (qua Văn phòng Sở) "
          "trước ngày 20/11/2026 để tổng hợp báo cáo Sở Tư pháp."),
        *_sign(["Sở Tư pháp;", "Giám đốc, các Phó Giám đốc Sở;", "Các phòng, đơn vị thuộc Sở;",
                "Lưu: VT, VP."],
               "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Đỗ Minh Hải"),
    ],
    expected=[
        Exp("Rà soát, số hóa văn bản quy phạm pháp luật", ("Văn phòng Sở",), ("Trung tâm Chuyển đổi số",),
            "2026-06-30"),
        Exp("Nâng cấp chuyên mục PBGDPL trên Cổng thông tin", ("Trung tâm Chuyển đổi số",),
            ("Văn phòng Sở", "Phòng Chuyển đổi số"), "2026-09-30"),
        Exp("Phối hợp với Sở Tư pháp triển khai tiếp nhận", ("Phòng Chuyển đổi số",),
            ("Sở Tư pháp", "Trung tâm Chuyển đổi số"), "2026-12-31", on_request=True),
        Exp("Tổ chức đối thoại trực tuyến về chính sách", ("Phòng Quản lý khoa học",),
            ("Văn phòng Sở", "Báo và Phát thanh, Truyền hình Thái Nguyên"), "2026-09-30"),
        Exp("Bồi dưỡng kỹ năng số cho báo cáo viên", ("Phòng Bưu chính, Viễn thông và Công nghệ thông tin",),
            ("Văn phòng Sở",), "2026-08-31"),
        Exp("Tuyên truyền pháp luật về an ninh mạng", ("Thanh tra Sở",), ("Công an tỉnh",), "2026-12-31"),
        Exp("Sơ kết, đánh giá kết quả thực hiện Kế hoạch", ("Văn phòng Sở",), ("Các phòng, đơn vị thuộc Sở",),
            "2026-12-31"),
    ],
)


# ------------------------------------------------------------------ 8. UBND phường Hòa Cường (Law Day)
PLAN_HOACUONG = Plan(
    name="danang_hoacuong_ngay_phap_luat_2026",
    blocks=[
        P("ỦY BAN NHÂN DÂN\nPHƯỜNG HÒA CƯỜNG", bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P("Số: 305/KH-UBND", center=True),
        P("Hòa Cường, ngày 12 tháng 10 năm 2026", center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P("Tổ chức hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2026\ntrên địa bàn "
          "phường", bold=True, center=True),
        P("Thực hiện Kế hoạch số 688/KH-UBND ngày 29/9/2026 của UBND thành phố Đà Nẵng về tổ chức hưởng ứng "
          "Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2026; Công văn số 1420/STP-PBGDPL ngày "
          "02/10/2026 của Sở Tư pháp thành phố, UBND phường Hòa Cường xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Tạo đợt sinh hoạt chính trị - pháp lý sâu rộng trong cán bộ, công chức và Nhân dân phường; tôn "
          "vinh Hiến pháp, pháp luật; các hoạt động thiết thực, tiết kiệm, gắn với nhiệm vụ chính trị của "
          "địa phương."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        P("1. Treo băng rôn, khẩu hiệu, pano hưởng ứng Ngày Pháp luật", bold=True),
        P("Phòng Văn hóa - Xã hội chủ trì, phối hợp với Trưởng các tổ dân phố thực hiện tại trụ sở UBND "
          "phường, các tuyến đường chính và nhà sinh hoạt cộng đồng. Thời gian: từ ngày 25/10/2026 đến ngày "
          "10/11/2026."),
        P("2. Tổ chức Lễ hưởng ứng Ngày Pháp luật và biểu dương tập thể, cá nhân tiêu biểu", bold=True),
        P("a) Văn phòng HĐND và UBND phường chủ trì xây dựng kịch bản, chuẩn bị nội dung, danh sách khen "
          "thưởng, tham mưu tổ chức buổi Lễ; hoàn thành trước ngày 05/11/2026."),
        P("b) Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường vận động đoàn viên, hội viên tham dự buổi Lễ; "
          "phối hợp: các tổ chức chính trị - xã hội phường. Thời gian: ngày 09/11/2026."),
        P("3. Tổ chức Ngày hội pháp luật, sân khấu hóa tình huống pháp luật", bold=True),
        P("Phòng Văn hóa - Xã hội có trách nhiệm phối hợp với Đoàn Thanh niên phường, Trường THCS Nguyễn Huệ "
          "tổ chức cho đoàn viên, học sinh trên địa bàn. Thời gian: trong tháng 11/2026."),
        P("4. Phổ biến pháp luật tại bộ phận tiếp nhận hồ sơ", bold=True),
        P("Trung tâm Phục vụ hành chính công phường chủ trì; Công an phường phối hợp niêm yết, cấp phát tờ "
          "gấp pháp luật về đất đai, cư trú, căn cước cho người dân đến giao dịch. Thời gian: tháng 10 - "
          "tháng 11/2026."),
        P("5. Tiếp công dân, đối thoại pháp luật với Nhân dân", bold=True),
        P("Chủ tịch UBND phường trực tiếp tiếp công dân, đối thoại về các vấn đề người dân quan tâm; Văn "
          "phòng HĐND và UBND phường, Công an phường phối hợp chuẩn bị. Thời gian: ngày 09/11/2026."),
        P("6. Tuyên truyền trên các nhóm Zalo, trang mạng xã hội của tổ dân phố", bold=True),
        P("Trưởng các tổ dân phố chủ trì chia sẻ tin, bài, video pháp luật do phường cung cấp; Phòng Văn hóa "
          "- Xã hội phối hợp cung cấp nội dung. Thời gian: từ ngày 01/11 đến ngày 09/11/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các phòng, đơn vị thuộc UBND phường, Trưởng các tổ dân phố căn cứ Kế hoạch triển khai thực hiện, "
          "báo cáo kết quả về Văn phòng HĐND và UBND phường trước ngày 12/11/2026 để tổng hợp báo cáo Sở Tư "
          "pháp trước ngày 15/11/2026."),
        *_sign(["Sở Tư pháp (b/c);", "TT. Đảng ủy phường;", "Ủy ban MTTQ Việt Nam phường;",
                "Các phòng, đơn vị;", "Lưu: VT."], "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Phan Thị Mỹ Linh"),
    ],
    expected=[
        Exp("Treo băng rôn, khẩu hiệu, pano hưởng ứng", ("Phòng Văn hóa - Xã hội",),
            ("Trưởng các tổ dân phố",),
            "2026-11-10"),
        Exp("Văn phòng HĐND và UBND phường chủ trì xây dựng kịch bản", ("Văn phòng HĐND và UBND phường",), (),
            "2026-11-05"),
        Exp("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường", ("Ủy ban Mặt trận Tổ quốc Việt Nam phường",),
            ("các tổ chức chính trị - xã hội phường",), "2026-11-09"),
        Exp("Tổ chức Ngày hội pháp luật, sân khấu hóa", ("Phòng Văn hóa - Xã hội",),
            ("Đoàn Thanh niên phường", "Trường THCS Nguyễn Huệ"), "2026-11-30"),
        Exp("Phổ biến pháp luật tại bộ phận tiếp nhận hồ sơ", ("Trung tâm Phục vụ hành chính công phường",),
            ("Công an phường",), "2026-11-30"),
        Exp("Tiếp công dân, đối thoại pháp luật với Nhân dân", ("Chủ tịch UBND phường",),
            ("Văn phòng HĐND và UBND phường", "Công an phường"), "2026-11-09"),
        Exp("Tuyên truyền trên các nhóm Zalo", ("Trưởng các tổ dân phố",), ("Phòng Văn hóa - Xã hội",),
            "2026-11-09"),
    ],
)


# ------------------------------------------------------------------ 9. Liên đoàn Lao động tỉnh Gia Lai
PLAN_LDLD = Plan(
    name="gialai_ldld_pbgdpl_2026",
    blocks=[
        P("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM\nLIÊN ĐOÀN LAO ĐỘNG TỈNH GIA LAI", bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P("Số: 46/KH-LĐLĐ", center=True),
        P("Gia Lai, ngày 24 tháng 02 năm 2026", center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P("Tuyên truyền, phổ biến, giáo dục pháp luật cho đoàn viên, người lao động năm 2026",
          bold=True, center=True),
        P("Căn cứ Luật Công đoàn số 50/2024/QH15; Bộ luật Lao động số 45/2019/QH14; Chương trình phối hợp số "
          "12/CTPH-TLĐ-BTP ngày 15/5/2023 giữa Tổng Liên đoàn Lao động Việt Nam và Bộ Tư pháp; Kế hoạch số "
          "205/KH-UBND ngày 28/01/2026 của UBND tỉnh Gia Lai về công tác PBGDPL năm 2026, Ban Thường vụ Liên "
          "đoàn Lao động tỉnh ban hành Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH", bold=True),
        P("Giúp đoàn viên, người lao động hiểu rõ quyền, nghĩa vụ, tự bảo vệ quyền và lợi ích hợp pháp; góp "
          "phần xây dựng quan hệ lao động hài hòa, ổn định, tiến bộ."),
        P("II. YÊU CẦU", bold=True),
        P("Nội dung sát với nhu cầu của người lao động tại doanh nghiệp, khu công nghiệp; hình thức đa dạng, "
          "ứng dụng mạng xã hội; huy động công đoàn cơ sở tham gia."),
        P("III. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True),
        P("1. Tuyên truyền Bộ luật Lao động, Luật Công đoàn năm 2024 và các văn bản hướng dẫn đến đoàn viên, "
          "người lao động. Ban Tuyên giáo - Nữ công chủ trì; Ban Chính sách - Pháp luật, Văn phòng Liên đoàn "
          "Lao động tỉnh phối hợp thực hiện. Thời gian: cả năm."),
        P("2. Tư vấn pháp luật miễn phí cho người lao động tại các khu công nghiệp, khu kinh tế. Giao Trung "
          "tâm Tư vấn pháp luật Công đoàn tỉnh chủ trì, phối hợp với Ban Quản lý Khu kinh tế tỉnh và công "
          "đoàn cơ sở các doanh nghiệp tổ chức các đợt tư vấn lưu động. Thời gian: từ tháng 5 đến tháng "
          "8/2026."),
        P("3. Tổ chức Hội thi \"Cán bộ công đoàn giỏi pháp luật\" năm 2026. Ban Chính sách - Pháp luật chủ "
          "trì; Ban Tổ chức - Kiểm tra; Ban Tuyên giáo - Nữ công phối hợp. Thời gian: Quý III/2026."),
        P("4. Phổ biến chính sách, pháp luật về bảo hiểm xã hội, bảo hiểm thất nghiệp, an toàn, vệ sinh lao "
          "động. Ban Chính sách - Pháp luật chủ trì, phối hợp với Bảo hiểm xã hội tỉnh và Sở Nội vụ. Thời "
          "gian: Quý II/2026."),
        P("5. Đối thoại tại nơi làm việc, lồng ghép phổ biến nội quy lao động, thỏa ước lao động tập thể. Đề "
          "nghị Công đoàn cơ sở các doanh nghiệp phối hợp với người sử dụng lao động tổ chức thực hiện theo "
          "định kỳ."),
        P("6. Xây dựng tủ sách pháp luật điện tử tại công đoàn cấp trên trực tiếp cơ sở. Ban Tuyên giáo - Nữ "
          "công có trách nhiệm hướng dẫn, phối hợp với Văn phòng Liên đoàn Lao động tỉnh thực hiện. Thời "
          "gian: sau khi Tổng Liên đoàn có văn bản hướng dẫn."),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Các ban, đơn vị thuộc Liên đoàn Lao động tỉnh, công đoàn cấp trên trực tiếp cơ sở căn cứ Kế "
          "hoạch triển khai thực hiện.\n2. Báo cáo kết quả về Liên đoàn Lao động tỉnh (qua Ban Tuyên giáo - "
          "Nữ công) trước ngày 30/11/2026."),
        *_sign(["Tổng Liên đoàn Lao động Việt Nam (b/c);", "Sở Tư pháp;",
                "Các công đoàn cấp trên trực tiếp cơ sở;", "Lưu: VT, TG-NC."],
               "TM. BAN THƯỜNG VỤ\nPHÓ CHỦ TỊCH", "Rơ Châm H'Lim"),
    ],
    expected=[
        Exp("Tuyên truyền Bộ luật Lao động, Luật Công đoàn", ("Ban Tuyên giáo - Nữ công",),
            ("Ban Chính sách - Pháp luật", "Văn phòng Liên đoàn Lao động tỉnh"), "2026-12-31"),
        Exp("Tư vấn pháp luật miễn phí cho người lao động", ("Trung tâm Tư vấn pháp luật Công đoàn tỉnh",),
            ("Ban Quản lý Khu kinh tế tỉnh", "công đoàn cơ sở các doanh nghiệp"), "2026-08-31"),
        Exp("Tổ chức Hội thi \"Cán bộ công đoàn giỏi pháp luật\"", ("Ban Chính sách - Pháp luật",),
            ("Ban Tổ chức - Kiểm tra", "Ban Tuyên giáo - Nữ công"), "2026-09-30"),
        Exp("Phổ biến chính sách, pháp luật về bảo hiểm xã hội", ("Ban Chính sách - Pháp luật",),
            ("Bảo hiểm xã hội tỉnh", "Sở Nội vụ"), "2026-06-30"),
        Exp("Đối thoại tại nơi làm việc, lồng ghép phổ biến", ("Công đoàn cơ sở các doanh nghiệp",),
            ("người sử dụng lao động",), "2026-12-31"),
        Exp("Xây dựng tủ sách pháp luật điện tử", ("Ban Tuyên giáo - Nữ công",),
            ("Văn phòng Liên đoàn Lao động tỉnh",), "2026-12-31", on_request=True),
    ],
)


# ---------------- 10. Trung tâm TGPL An Giang (carries out STP)
PLAN_TGPL = Plan(
    name="angiang_tgpl_de_an_977_2026",
    blocks=[
        P("SỞ TƯ PHÁP TỈNH AN GIANG\nTRUNG TÂM TRỢ GIÚP PHÁP LÝ NHÀ NƯỚC", bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P("Số: 19/KH-TTTGPL", center=True),
        P("An Giang, ngày 09 tháng 4 năm 2026", center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P("Thực hiện Đề án \"Tăng cường năng lực tiếp cận pháp luật của người dân\" năm 2026\ntại Trung tâm "
          "Trợ giúp pháp lý nhà nước tỉnh", bold=True, center=True),
        P("Thực hiện Kế hoạch số 96/KH-STP ngày 18/3/2026 của Sở Tư pháp tỉnh An Giang triển khai Đề án "
          "\"Tăng cường năng lực tiếp cận pháp luật của người dân\" năm 2026 (Quyết định số 977/QĐ-TTg ngày "
          "11/8/2022 của Thủ tướng Chính phủ); căn cứ Luật Trợ giúp pháp lý năm 2017, Trung tâm Trợ giúp "
          "pháp lý nhà nước tỉnh (sau đây gọi là Trung tâm) xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Bảo đảm người thuộc diện được trợ giúp pháp lý, nhất là đồng bào dân tộc thiểu số, người "
          "khuyết tật, trẻ em, được tiếp cận dịch vụ kịp thời, có chất lượng.\n2. Phân công cụ thể cho các "
          "phòng, chi nhánh và trợ giúp viên pháp lý; gắn trách nhiệm người đứng đầu."),
        P("II. NỘI DUNG THỰC HIỆN", bold=True),
        T(
            (
                ("Nội dung công việc", "Bộ phận thực hiện", "Thời gian hoàn thành", "Ghi chú"),
                ("1. Truyền thông về trợ giúp pháp lý", "", "", ""),
                ("Truyền thông về trợ giúp pháp lý trên Cổng thông tin điện tử của Sở Tư pháp, trang mạng xã "
                 "hội của Trung tâm", "Chủ trì: Phòng Hành chính - Tổng hợp\nPhối hợp: Phòng Nghiệp vụ 1",
                 "Thường xuyên", "Ít nhất 02 tin, bài/tháng"),
                ("Cấp phát tờ gấp, đặt bảng thông tin trợ giúp pháp lý tại trụ sở UBND xã, đặc khu và Công "
                 "an "
                 "xã", "Chủ trì: Chi nhánh Trợ giúp pháp lý số 1, Chi nhánh Trợ giúp pháp lý số 2\nPhối hợp: "
                       "UBND các xã, đặc khu", "Quý II/2026", ""),
                ("2. Thực hiện trợ giúp pháp lý", "", "", ""),
                ("Tổ chức trợ giúp pháp lý lưu động cho đồng bào dân tộc Khmer, Chăm tại các xã vùng đồng "
                 "bào dân tộc thiểu "
                 "số", "Chủ trì: Phòng Nghiệp vụ 2\nPhối hợp: Sở Dân tộc và Tôn giáo; UBND các "
                                     "xã có đông đồng bào dân tộc thiểu "
                                     "số", "Tháng 4 - tháng 10/2026", "Kết hợp phiên dịch"),
                ("Cử Trợ giúp viên pháp lý tham gia tố tụng bào chữa, bảo vệ quyền lợi cho người được trợ "
                 "giúp pháp lý", "Chủ trì: Trợ giúp viên pháp lý được phân công",
                 "Khi có đề nghị của cơ quan tiến hành tố tụng", ""),
                ("Khảo sát nhu cầu tiếp cận pháp luật của người khuyết tật, trẻ em có hoàn cảnh đặc biệt",
                 "Chủ trì: Phòng Nghiệp vụ 1\nPhối hợp: Hội Liên hiệp Phụ nữ tỉnh, Hội Người mù tỉnh",
                 "Quý III/2026", "Phiếu khảo sát"),
                ("3. Kiểm tra, báo cáo", "", "", ""),
                ("Kiểm tra chất lượng vụ việc trợ giúp pháp lý tại các chi nhánh",
                 "Chủ trì: Phó Giám đốc Trung tâm\nPhối hợp: Phòng Hành chính - Tổng hợp", "Tháng 10/2026",
                 "Theo kế hoạch kiểm tra riêng"),
                ("Báo cáo kết quả thực hiện Kế hoạch gửi Sở Tư pháp",
                 "Chủ trì: Phòng Hành chính - Tổng hợp", "Trước ngày 20/11/2026", ""),
            ),
            widths=(70, 55, 32, 33),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Trưởng các phòng, Giám đốc các chi nhánh và trợ giúp viên pháp lý có trách nhiệm thực hiện Kế "
          "hoạch; Phòng Hành chính - Tổng hợp theo dõi, tổng hợp báo cáo Giám đốc Trung tâm. Kinh phí từ "
          "nguồn dự toán năm 2026 của Trung tâm."),
        *_sign(["Sở Tư pháp (b/c);", "Ban Giám đốc;", "Các phòng, chi nhánh;", "Lưu: VT, HCTH."], "GIÁM ĐỐC",
               "Danh Thị Sa Rươl"),
    ],
    expected=[
        Exp("Truyền thông về trợ giúp pháp lý trên Cổng", ("Phòng Hành chính - Tổng hợp",),
            ("Phòng Nghiệp vụ 1",), "2026-12-31"),
        Exp("Cấp phát tờ gấp, đặt bảng thông tin", ("Chi nhánh Trợ giúp pháp lý số 1",
                                                      "Chi nhánh Trợ giúp pháp lý số 2"),
            ("UBND các xã, đặc khu",), "2026-06-30"),
        Exp("Tổ chức trợ giúp pháp lý lưu động", ("Phòng Nghiệp vụ 2",),
            ("Sở Dân tộc và Tôn giáo", "UBND các xã có đông đồng bào dân tộc thiểu số"), "2026-10-31"),
        Exp("Cử Trợ giúp viên pháp lý tham gia tố tụng", ("Trợ giúp viên pháp lý được phân công",), (),
            "2026-12-31", on_request=True),
        Exp("Khảo sát nhu cầu tiếp cận pháp luật", ("Phòng Nghiệp vụ 1",),
            ("Hội Liên hiệp Phụ nữ tỉnh", "Hội Người mù tỉnh"), "2026-09-30"),
        Exp("Kiểm tra chất lượng vụ việc trợ giúp pháp lý", ("Phó Giám đốc Trung tâm",),
            ("Phòng Hành chính - Tổng hợp",), "2026-10-31"),
        Exp("Báo cáo kết quả thực hiện Kế hoạch gửi", ("Phòng Hành chính - Tổng hợp",), (), "2026-11-20"),
    ],
)


PLANS: list[Plan] = [
    PLAN_LAOCAI,
    PLAN_BAOHA,
    PLAN_SGD,
    PLAN_PCT,
    PLAN_NNMT,
    PLAN_BV,
    PLAN_SKHCN,
    PLAN_HOACUONG,
    PLAN_LDLD,
    PLAN_TGPL,
]
