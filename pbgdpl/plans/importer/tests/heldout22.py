"""Held-out evaluation set 22: plans of provincial bodies (UBND tỉnh and provincial departments).

Ten plans from ten provinces (post-merger names, two-tier local government), 68 expected tasks.

1. PLAN_NA (UBND tỉnh Nghệ An): one table STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan
   phối hợp | Thời gian; roman-numeral group rows; "Quý I, II", month ranges, "trước ngày".
2. PLAN_LD (Sở Tư pháp Lâm Đồng): prose "1." bold group headings, "a)" tasks followed by "- Đơn vị chủ trì:" /
   "- Đơn vị phối hợp:" / "- Thời gian thực hiện:" lines; a prose item "X chủ trì, phối hợp với Y"; an item
   with two "-" assignment blocks; event-triggered timeframe ("Sau khi ... được ban hành").
3. PLAN_TH (Sở Y tế Thanh Hóa): table without STT column (all rows bold): Nội dung | Đơn vị thực hiện |
   Đơn vị phối hợp | Thời gian hoàn thành | Sản phẩm; date range "Từ 15/4 đến 15/5"; "Khi có quyết định ...".
4. PLAN_DN (Sở Tài chính Đồng Nai): "1.1." numbering, inline labels in one paragraph after the heading
   ("Chủ trì thực hiện: ...; phối hợp: ...; thời gian: ..."), one heading running into its labels.
5. PLAN_QN (Sở Xây dựng Quảng Ninh): mixed: "a)" prose items ("Giao X chủ trì, phối hợp với Y ...",
   "X chủ trì; Y phối hợp", "Đề nghị X ...") then a table TT | Hoạt động | Thời gian | Đơn vị chủ trì |
   Đơn vị phối hợp | Ghi chú (time column before units).
6. PLAN_AG (Sở Công Thương An Giang): table with a 2-row header (merged "Đơn vị thực hiện" over Chủ trì /
   Phối hợp), Kinh phí column, "Quý I-IV", event-triggered.
7. PLAN_GL (Sở Nội vụ Gia Lai): "+ Đơn vị chủ trì:" bullets; an item with "a)"/"b)" prose assignment blocks;
   an item whose heading runs into "X và Y chủ trì"; event-triggered ("Sau khi Chính phủ ban hành ...").
8. PLAN_CB (Sở Dân tộc và Tôn giáo Cao Bằng): table where a single "Cơ quan thực hiện" cell holds
   "Chủ trì: ..." and "Phối hợp: ..." lines; Kinh phí and Ghi chú columns; persons ("Lãnh đạo Sở").
9. PLAN_HT (UBND tỉnh Hà Tĩnh, Ngày Pháp luật): roman numerals, numbered prose items with the lead unit as
   the grammatical subject, "Đề nghị X ..." blocks, "Giao X chủ trì ...", "từ ngày ... đến ngày ...".
10. PLAN_CT (Sở Nông nghiệp và Môi trường TP Cần Thơ): table STT | Nội dung | Thời gian thực hiện |
    Đơn vị chủ trì | Đơn vị phối hợp | Ghi chú with letter group rows (A, B, C); "Khi xảy ra dịch bệnh".
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T, _header


def _ending(org: list[str], recipients: list[str], role: str, signer: str, sec: str = "IV") -> list[P | T]:
    out: list[P | T] = [P(f"{sec}. TỔ CHỨC THỰC HIỆN", bold=True)]
    out += [P(line) for line in org]
    out.append(P("Nơi nhận:", bold=True))
    out += [P(r) for r in recipients]
    out += [P(role, bold=True, center=True), P("(Đã ký)", center=True), P(signer, bold=True, center=True)]
    return out


# ---------------------------------------------------------------- 1. UBND tỉnh Nghệ An
PLAN_NA = Plan(
    "ubnd_nghe_an_pbgdpl_2026",
    [
        *_header(
            "ỦY BAN NHÂN DÂN",
            "TỈNH NGHỆ AN",
            "45/KH-UBND",
            "Nghệ An, ngày 20 tháng 01 năm 2026",
            "Phổ biến, giáo dục pháp luật; hòa giải ở cơ sở; xây dựng xã, phường",
            "đạt chuẩn tiếp cận pháp luật trên địa bàn tỉnh năm 2026",
        ),
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;"),
        P("Căn cứ Luật Hòa giải ở cơ sở ngày 20 tháng 6 năm 2013;"),
        P("Căn cứ Quyết định số 25/2021/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ quy định về xã, phường, "
          "thị trấn đạt chuẩn tiếp cận pháp luật;"),
        P("Căn cứ Kế hoạch số 12/KH-HĐPH ngày 09/01/2026 của Hội đồng phối hợp phổ biến, giáo dục pháp luật "
          "Trung ương;"),
        P("Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện năm 2026 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Triển khai kịp thời, hiệu quả các nhiệm vụ phổ biến, giáo dục pháp luật, hòa giải ở cơ sở, gắn "
          "với việc thực hiện nhiệm vụ chính trị của các cơ quan, địa phương sau sắp xếp đơn vị hành chính."),
        P("2. Xác định cụ thể nội dung, thời hạn, trách nhiệm của cơ quan chủ trì và cơ quan phối hợp; bảo đảm "
          "tính khả thi, tiết kiệm, tránh hình thức."),
        P("II. NỘI DUNG, NHIỆM VỤ", bold=True),
        P("(Chi tiết tại Phụ lục kèm theo)"),
        P("PHỤ LỤC\nNHIỆM VỤ PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT; HÒA GIẢI Ở CƠ SỞ; CHUẨN TIẾP CẬN PHÁP LUẬT NĂM 2026\n"
          "(Kèm theo Kế hoạch số 45/KH-UBND ngày 20/01/2026 của UBND tỉnh)", bold=True, center=True),
        T(
            (
                ("STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"),
                ("I", "CÔNG TÁC PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT", "", "", ""),
                ("1", "Tham mưu ban hành Kế hoạch hoạt động năm 2026 của Hội đồng phối hợp phổ biến, giáo "
                 "dục pháp luật tỉnh", "Sở Tư pháp",
                 "Các cơ quan thành viên Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh", "Tháng 01/2026"),
                ("2", "Tổ chức phổ biến các luật, nghị quyết mới được Quốc hội khóa XV thông qua tại Kỳ họp "
                 "thứ 10", "Sở Tư pháp", "Các sở, ban, ngành cấp tỉnh; UBND các xã, phường",
                 "Quý I, II/2026"),
                ("3", "Phổ biến pháp luật về đất đai, bảo vệ môi trường cho người dân vùng ven biển",
                 "Sở Nông nghiệp và Môi trường", "Sở Tư pháp, UBND các xã, phường ven biển",
                 "Từ tháng 3 đến tháng 9/2026"),
                ("4", "Xây dựng, phát sóng chuyên mục \u201cPháp luật và cuộc sống\u201d trên sóng phát thanh, "
                 "truyền hình", "Báo và Phát thanh, Truyền hình Nghệ An", "Sở Tư pháp", "Hằng tháng"),
                ("II", "CÔNG TÁC HÒA GIẢI Ở CƠ SỞ", "", "", ""),
                ("5", "Tập huấn, bồi dưỡng kiến thức pháp luật và kỹ năng hòa giải cho hòa giải viên ở cơ sở",
                 "Sở Tư pháp", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; UBND các xã, phường",
                 "Quý II - Quý III/2026"),
                ("III", "XÂY DỰNG XÃ, PHƯỜNG ĐẠT CHUẨN TIẾP CẬN PHÁP LUẬT", "", "", ""),
                ("6", "Hướng dẫn, kiểm tra việc đánh giá xã, phường đạt chuẩn tiếp cận pháp luật",
                 "Sở Tư pháp", "Sở Nội vụ và các cơ quan liên quan", "Quý III/2026"),
                ("7", "Tổ chức tự đánh giá, gửi hồ sơ đề nghị công nhận xã, phường đạt chuẩn tiếp cận pháp "
                 "luật", "UBND các xã, phường", "", "Trước ngày 15/11/2026"),
                ("8", "Thẩm định hồ sơ, trình Chủ tịch UBND tỉnh quyết định công nhận xã, phường đạt chuẩn "
                 "tiếp cận pháp luật", "Hội đồng đánh giá tiếp cận pháp luật tỉnh", "Sở Tư pháp",
                 "Tháng 12/2026"),
            ),
            widths=(8, 44, 22, 30, 18),
        ),
        *_ending(
            [
                "1. Thủ trưởng các sở, ban, ngành cấp tỉnh, Chủ tịch UBND các xã, phường căn cứ Kế hoạch này "
                "xây dựng kế hoạch của cơ quan, địa phương mình, bố trí kinh phí từ nguồn ngân sách được giao.",
                "2. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định.",
                "3. Sở Tư pháp theo dõi, đôn đốc, tổng hợp kết quả thực hiện, báo cáo UBND tỉnh trước ngày "
                "30/11/2026.",
            ],
            ["- Bộ Tư pháp (để b/c);", "- Thường trực Tỉnh ủy, HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;",
             "- Các sở, ban, ngành cấp tỉnh;", "- UBND các xã, phường;", "- Lưu: VT, NC."],
            "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
            "Bùi Thanh An",
            sec="III",
        ),
    ],
    [
        Exp("Tham mưu ban hành Kế hoạch hoạt động năm 2026", ("Sở Tư pháp",),
            ("Các cơ quan thành viên Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh",), "2026-01-31"),
        Exp("Tổ chức phổ biến các luật, nghị quyết mới", ("Sở Tư pháp",),
            ("Các sở, ban, ngành cấp tỉnh", "UBND các xã, phường"), "2026-06-30"),
        Exp("Phổ biến pháp luật về đất đai, bảo vệ môi trường", ("Sở Nông nghiệp và Môi trường",),
            ("Sở Tư pháp", "UBND các xã, phường ven biển"), "2026-09-30"),
        Exp("Xây dựng, phát sóng chuyên mục", ("Báo và Phát thanh, Truyền hình Nghệ An",), ("Sở Tư pháp",),
            "2026-12-31"),
        Exp("Tập huấn, bồi dưỡng kiến thức pháp luật và kỹ năng hòa giải", ("Sở Tư pháp",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "UBND các xã, phường"), "2026-09-30"),
        Exp("Hướng dẫn, kiểm tra việc đánh giá xã, phường", ("Sở Tư pháp",),
            ("Sở Nội vụ", "các cơ quan liên quan"), "2026-09-30"),
        Exp("Tổ chức tự đánh giá, gửi hồ sơ đề nghị", ("UBND các xã, phường",), (), "2026-11-15"),
        Exp("Thẩm định hồ sơ, trình Chủ tịch UBND tỉnh", ("Hội đồng đánh giá tiếp cận pháp luật tỉnh",),
            ("Sở Tư pháp",), "2026-12-31"),
    ],
)

# ---------------------------------------------------------------- 2. Sở Tư pháp Lâm Đồng
_PPB = "Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật"
PLAN_LD = Plan(
    "stp_lam_dong_pbgdpl_2026",
    [
        *_header(
            "UBND TỈNH LÂM ĐỒNG",
            "SỞ TƯ PHÁP",
            "18/KH-STP",
            "Lâm Đồng, ngày 23 tháng 01 năm 2026",
            "Phổ biến, giáo dục pháp luật, trợ giúp pháp lý và hòa giải ở cơ sở",
            "của Sở Tư pháp năm 2026",
        ),
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012; Luật Trợ giúp pháp lý năm 2017;"),
        P("Căn cứ Kế hoạch số 27/KH-UBND ngày 14/01/2026 của UBND tỉnh Lâm Đồng về công tác phổ biến, giáo "
          "dục pháp luật năm 2026;"),
        P("Căn cứ Quyết định số 06/2025/QĐ-UBND ngày 08/7/2025 của UBND tỉnh quy định chức năng, nhiệm vụ, "
          "quyền hạn và cơ cấu tổ chức của Sở Tư pháp;"),
        P("Sở Tư pháp xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Nâng cao nhận thức, ý thức chấp hành pháp luật của công chức, viên chức và Nhân dân, nhất là "
          "đồng bào dân tộc thiểu số tại các xã vùng sâu, vùng xa của tỉnh sau hợp nhất."),
        P("- Các hoạt động phải bám sát nhiệm vụ chính trị của tỉnh, có trọng tâm, trọng điểm, phân công rõ "
          "đơn vị chủ trì, phối hợp."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Phổ biến, giáo dục pháp luật", bold=True),
        P("a) Quán triệt, phổ biến các văn bản pháp luật mới cho công chức, viên chức và người lao động của "
          "Sở"),
        P("- Đơn vị chủ trì: Văn phòng Sở."),
        P(f"- Đơn vị phối hợp: {_PPB}."),
        P("- Thời gian thực hiện: Quý I/2026."),
        P("b) Biên soạn, phát hành tài liệu phổ biến pháp luật bằng tiếng Việt và tiếng dân tộc K\u2019Ho, "
          "Chu Ru"),
        P(f"- Đơn vị chủ trì: {_PPB}."),
        P("- Đơn vị phối hợp: Sở Dân tộc và Tôn giáo, Hội Luật gia tỉnh."),
        P("- Thời gian thực hiện: Quý II và Quý III/2026."),
        P("c) Cập nhật, đăng tải văn bản, tài liệu pháp luật trên Cổng thông tin điện tử của Sở"),
        P("- Đơn vị chủ trì: Văn phòng Sở."),
        P("- Thời gian thực hiện: Thường xuyên."),
        P("2. Trợ giúp pháp lý và hòa giải ở cơ sở", bold=True),
        P("a) Thực hiện trợ giúp pháp lý lưu động tại các xã vùng đồng bào dân tộc thiểu số"),
        P("- Đơn vị chủ trì: Trung tâm Trợ giúp pháp lý nhà nước tỉnh."),
        P("- Đơn vị phối hợp: UBND các xã có liên quan."),
        P("- Thời gian thực hiện: Từ tháng 4/2026 đến tháng 10/2026."),
        P("b) Hướng dẫn nghiệp vụ hòa giải ở cơ sở theo quy định sửa đổi, bổ sung của pháp luật về hòa giải "
          "ở cơ sở"),
        P(f"- Đơn vị chủ trì: {_PPB}."),
        P("- Đơn vị phối hợp: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lâm Đồng."),
        P("- Thời gian thực hiện: Sau khi Luật Hòa giải ở cơ sở (sửa đổi) và văn bản quy định chi tiết được "
          "ban hành."),
        P("3. Tổ chức Cuộc thi trực tuyến tìm hiểu pháp luật về phòng, chống ma túy năm 2026", bold=True),
        P(f"{_PPB} chủ trì, phối hợp với Công an tỉnh, Sở Giáo dục và Đào tạo và Tỉnh Đoàn tham mưu xây "
          "dựng thể lệ, đề thi và tổ chức Cuộc thi. Thời gian: tháng 6/2026."),
        P("4. Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam", bold=True),
        P("- Văn phòng Sở chủ trì xây dựng kế hoạch hưởng ứng Ngày Pháp luật năm 2026, trình Giám đốc Sở "
          "ban hành. Thời gian: tháng 9/2026."),
        P("- Các phòng, đơn vị thuộc Sở tổ chức treo băng rôn, khẩu hiệu, sinh hoạt chuyên đề pháp luật "
          "tại đơn vị. Thời gian: tháng 11/2026."),
        *_ending(
            [
                "1. Trưởng các phòng, đơn vị thuộc Sở căn cứ nhiệm vụ được giao chủ động triển khai thực hiện.",
                "2. Văn phòng Sở bố trí kinh phí; theo dõi, tổng hợp kết quả, báo cáo Giám đốc Sở trước "
                "ngày 25/11/2026.",
            ],
            ["- UBND tỉnh (để b/c);", "- Giám đốc, các PGĐ Sở;", "- Các phòng, đơn vị thuộc Sở;",
             "- Lưu: VT, PBGDPL."],
            "GIÁM ĐỐC",
            "Nguyễn Thị Hồng Hạnh",
            sec="III",
        ),
    ],
    [
        Exp("Quán triệt, phổ biến các văn bản pháp luật mới", ("Văn phòng Sở",), (_PPB,), "2026-03-31"),
        Exp("Biên soạn, phát hành tài liệu phổ biến pháp luật", (_PPB,),
            ("Sở Dân tộc và Tôn giáo", "Hội Luật gia tỉnh"), "2026-09-30"),
        Exp("Cập nhật, đăng tải văn bản, tài liệu pháp luật", ("Văn phòng Sở",), (), "2026-12-31"),
        Exp("Thực hiện trợ giúp pháp lý lưu động", ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh",),
            ("UBND các xã có liên quan",), "2026-10-31"),
        Exp("Hướng dẫn nghiệp vụ hòa giải ở cơ sở", (_PPB,),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lâm Đồng",), "2026-12-31", on_request=True),
        Exp("Tổ chức Cuộc thi trực tuyến tìm hiểu pháp luật", (_PPB,),
            ("Công an tỉnh", "Sở Giáo dục và Đào tạo", "Tỉnh Đoàn"), "2026-06-30"),
        Exp("Văn phòng Sở chủ trì xây dựng kế hoạch hưởng ứng", ("Văn phòng Sở",), (), "2026-09-30"),
        Exp("Các phòng, đơn vị thuộc Sở tổ chức treo băng rôn", ("Các phòng, đơn vị thuộc Sở",), (),
            "2026-11-30"),
    ],
)

# ---------------------------------------------------------------- 3. Sở Y tế Thanh Hóa
PLAN_TH = Plan(
    "syt_thanh_hoa_pbgdpl_2026",
    [
        *_header(
            "UBND TỈNH THANH HÓA",
            "SỞ Y TẾ",
            "312/KH-SYT",
            "Thanh Hóa, ngày 05 tháng 02 năm 2026",
            "Tuyên truyền, phổ biến, giáo dục pháp luật trong lĩnh vực y tế",
            "năm 2026",
        ),
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012;"),
        P("Căn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15; Luật An toàn thực phẩm số 55/2010/QH12;"),
        P("Căn cứ Kế hoạch số 09/KH-UBND ngày 12/01/2026 của UBND tỉnh Thanh Hóa về phổ biến, giáo dục "
          "pháp luật năm 2026; Công văn số 145/BYT-PC ngày 15/01/2026 của Bộ Y tế,"),
        P("Sở Y tế Thanh Hóa ban hành Kế hoạch tuyên truyền, phổ biến, giáo dục pháp luật năm 2026 với các "
          "nội dung sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Mục đích: Nâng cao hiểu biết pháp luật về y tế cho cán bộ, công chức, viên chức, người hành "
          "nghề khám bệnh, chữa bệnh và Nhân dân trên địa bàn tỉnh."),
        P("2. Yêu cầu: Nội dung phổ biến thiết thực, hình thức phù hợp từng đối tượng; gắn với nhiệm vụ "
          "chuyên môn của ngành."),
        P("II. NỘI DUNG, HÌNH THỨC VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        T(
            (
                ("Nội dung công việc", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian hoàn thành",
                 "Sản phẩm"),
                ("Phổ biến Luật Phòng bệnh và các văn bản quy định chi tiết thi hành", "Phòng Nghiệp vụ Y",
                 "Trung tâm Kiểm soát bệnh tật tỉnh; các bệnh viện tuyến tỉnh", "Quý I, II năm 2026",
                 "Hội nghị phổ biến"),
                ("Tuyên truyền pháp luật về an toàn thực phẩm trong Tháng hành động vì an toàn thực phẩm",
                 "Chi cục An toàn vệ sinh thực phẩm",
                 "Sở Công Thương, Sở Nông nghiệp và Môi trường, UBND các xã, phường",
                 "Từ 15/4 đến 15/5/2026", "Tin, bài; băng rôn"),
                ("Tập huấn pháp luật về khám bệnh, chữa bệnh cho người hành nghề tại cơ sở y tế tư nhân",
                 "Phòng Nghiệp vụ Y", "Hội Y học tỉnh", "Tháng 8/2026", "Lớp tập huấn"),
                ("Phổ biến quy định về phòng, chống tác hại của thuốc lá, rượu, bia",
                 "Trung tâm Kiểm soát bệnh tật tỉnh", "Trạm Y tế các xã, phường", "Thường xuyên",
                 "Tin, bài, pa nô"),
                ("Rà soát, cập nhật thủ tục hành chính lĩnh vực y tế lên Cổng Dịch vụ công quốc gia",
                 "Văn phòng Sở", "Các phòng chức năng thuộc Sở",
                 "Khi có quyết định công bố thủ tục hành chính của Chủ tịch UBND tỉnh",
                 "Thủ tục hành chính được cập nhật"),
                ("Tổ chức các hoạt động hưởng ứng Ngày Pháp luật Việt Nam tại Sở Y tế", "Văn phòng Sở",
                 "Công đoàn ngành Y tế; Đoàn Thanh niên Sở Y tế", "Tháng 11/2026", "Báo cáo kết quả"),
            ),
            widths=(52, 30, 40, 26, 26),
        ),
        *_ending(
            [
                "1. Các phòng chức năng thuộc Sở, các đơn vị trực thuộc căn cứ nội dung được phân công chủ động "
                "triển khai, lồng ghép với nhiệm vụ chuyên môn.",
                "2. Văn phòng Sở là đầu mối theo dõi, tổng hợp, báo cáo kết quả thực hiện về UBND tỉnh (qua "
                "Sở Tư pháp) trước ngày 20/11/2026.",
            ],
            ["- UBND tỉnh (b/c);", "- Sở Tư pháp;", "- Các đơn vị trực thuộc;", "- Lưu: VT, VP."],
            "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
            "Lê Văn Thắng",
            sec="III",
        ),
    ],
    [
        Exp("Phổ biến Luật Phòng bệnh và các văn bản", ("Phòng Nghiệp vụ Y",),
            ("Trung tâm Kiểm soát bệnh tật tỉnh", "các bệnh viện tuyến tỉnh"), "2026-06-30"),
        Exp("Tuyên truyền pháp luật về an toàn thực phẩm", ("Chi cục An toàn vệ sinh thực phẩm",),
            ("Sở Công Thương", "Sở Nông nghiệp và Môi trường", "UBND các xã, phường"), "2026-05-15"),
        Exp("Tập huấn pháp luật về khám bệnh, chữa bệnh", ("Phòng Nghiệp vụ Y",), ("Hội Y học tỉnh",),
            "2026-08-31"),
        Exp("Phổ biến quy định về phòng, chống tác hại", ("Trung tâm Kiểm soát bệnh tật tỉnh",),
            ("Trạm Y tế các xã, phường",), "2026-12-31"),
        Exp("Rà soát, cập nhật thủ tục hành chính", ("Văn phòng Sở",), ("Các phòng chức năng thuộc Sở",),
            "2026-12-31", on_request=True),
        Exp("Tổ chức các hoạt động hưởng ứng Ngày Pháp luật", ("Văn phòng Sở",),
            ("Công đoàn ngành Y tế", "Đoàn Thanh niên Sở Y tế"), "2026-11-30"),
    ],
)

# ---------------------------------------------------------------- 4. Sở Tài chính Đồng Nai
PLAN_DN = Plan(
    "stc_dong_nai_pbgdpl_2026",
    [
        *_header(
            "UBND TỈNH ĐỒNG NAI",
            "SỞ TÀI CHÍNH",
            "52/KH-STC",
            "Đồng Nai, ngày 28 tháng 01 năm 2026",
            "Phổ biến, giáo dục pháp luật về tài chính, ngân sách, đầu tư",
            "và doanh nghiệp năm 2026",
        ),
        P("Căn cứ Luật Ngân sách nhà nước số 89/2025/QH15 ngày 25/6/2025;"),
        P("Căn cứ Quyết định số 1521/QĐ-TTg ngày 06/10/2022 của Thủ tướng Chính phủ ban hành Kế hoạch thực "
          "hiện Kết luận số 80-KL/TW ngày 20/6/2020 của Ban Bí thư;"),
        P("Căn cứ Kế hoạch số 31/KH-UBND ngày 16/01/2026 của UBND tỉnh Đồng Nai,"),
        P("Sở Tài chính xây dựng Kế hoạch phổ biến, giáo dục pháp luật năm 2026 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Kịp thời phổ biến các chính sách, pháp luật mới trong lĩnh vực tài chính, đầu tư, doanh nghiệp "
          "đến công chức, viên chức, doanh nghiệp và người dân."),
        P("2. Phân công cụ thể, gắn trách nhiệm người đứng đầu các phòng, đơn vị thuộc Sở."),
        P("II. ĐỐI TƯỢNG", bold=True),
        P("Công chức, viên chức, người lao động của Sở; doanh nghiệp, hộ kinh doanh và các cơ quan, đơn vị sử "
          "dụng ngân sách nhà nước trên địa bàn tỉnh."),
        P("III. NỘI DUNG THỰC HIỆN", bold=True),
        P("1. Phổ biến pháp luật trong lĩnh vực tài chính, đầu tư", bold=True),
        P("1.1. Phổ biến Luật Ngân sách nhà nước năm 2025 và các văn bản hướng dẫn thi hành.", bold=True),
        P("Chủ trì thực hiện: Phòng Quản lý ngân sách; phối hợp: Văn phòng Sở, Kho bạc Nhà nước khu vực XVI; "
          "thời gian: Quý I/2026."),
        P("1.2. Phổ biến pháp luật về quản lý, sử dụng tài sản công tại cơ quan, tổ chức, đơn vị.", bold=True),
        P("Chủ trì thực hiện: Phòng Quản lý giá và công sản; phối hợp: các sở, ban, ngành; UBND các xã, "
          "phường; thời gian: Quý II/2026."),
        P("1.3. Phổ biến pháp luật về đầu tư công, đầu tư theo phương thức đối tác công tư.", bold=True),
        P("Chủ trì thực hiện: Phòng Quản lý đầu tư; phối hợp: Ban Quản lý dự án đầu tư xây dựng tỉnh Đồng "
          "Nai; thời gian: tháng 5 - tháng 7/2026."),
        P("1.4. Phổ biến pháp luật về doanh nghiệp, hộ kinh doanh. Chủ trì thực hiện: Phòng Đăng ký kinh "
          "doanh; phối hợp: Hiệp hội Doanh nghiệp tỉnh và Thuế tỉnh Đồng Nai; thời gian: Quý III/2026."),
        P("2. Các hoạt động khác", bold=True),
        P("2.1. Xây dựng, cập nhật tủ sách pháp luật điện tử của Sở.", bold=True),
        P("Chủ trì thực hiện: Văn phòng Sở; thời gian: cả năm."),
        P("2.2. Tổ chức hội nghị đối thoại chính sách, pháp luật với doanh nghiệp.", bold=True),
        P("Chủ trì thực hiện: Phòng Đăng ký kinh doanh; phối hợp: Sở Tư pháp, Hiệp hội Doanh nghiệp tỉnh; "
          "thời gian: khi có đề nghị của Hiệp hội Doanh nghiệp tỉnh."),
        P("2.3. Tham gia Cuộc thi tìm hiểu pháp luật trực tuyến do tỉnh phát động.", bold=True),
        P("Chủ trì thực hiện: Công đoàn cơ sở Sở Tài chính; phối hợp: Chi đoàn Sở Tài chính; thời gian: "
          "tháng 10/2026."),
        *_ending(
            [
                "1. Trưởng các phòng, đơn vị thuộc Sở có trách nhiệm triển khai các nội dung được giao; kinh "
                "phí thực hiện từ nguồn kinh phí chi thường xuyên được giao năm 2026.",
                "2. Văn phòng Sở theo dõi, đôn đốc và tổng hợp báo cáo kết quả gửi Sở Tư pháp trước ngày "
                "15/11/2026.",
            ],
            ["- UBND tỉnh (b/c);", "- Sở Tư pháp;", "- Ban Giám đốc Sở;", "- Các phòng, đơn vị;",
             "- Lưu: VT, VP."],
            "GIÁM ĐỐC",
            "Trần Minh Phúc",
        ),
    ],
    [
        Exp("Phổ biến Luật Ngân sách nhà nước năm 2025", ("Phòng Quản lý ngân sách",),
            ("Văn phòng Sở", "Kho bạc Nhà nước khu vực XVI"), "2026-03-31"),
        Exp("Phổ biến pháp luật về quản lý, sử dụng tài sản công", ("Phòng Quản lý giá và công sản",),
            ("các sở, ban, ngành", "UBND các xã, phường"), "2026-06-30"),
        Exp("Phổ biến pháp luật về đầu tư công", ("Phòng Quản lý đầu tư",),
            ("Ban Quản lý dự án đầu tư xây dựng tỉnh Đồng Nai",), "2026-07-31"),
        Exp("Phổ biến pháp luật về doanh nghiệp, hộ kinh doanh", ("Phòng Đăng ký kinh doanh",),
            ("Hiệp hội Doanh nghiệp tỉnh", "Thuế tỉnh Đồng Nai"), "2026-09-30"),
        Exp("Xây dựng, cập nhật tủ sách pháp luật điện tử", ("Văn phòng Sở",), (), "2026-12-31"),
        Exp("Tổ chức hội nghị đối thoại chính sách", ("Phòng Đăng ký kinh doanh",),
            ("Sở Tư pháp", "Hiệp hội Doanh nghiệp tỉnh"), "2026-12-31", on_request=True),
        Exp("Tham gia Cuộc thi tìm hiểu pháp luật trực tuyến", ("Công đoàn cơ sở Sở Tài chính",),
            ("Chi đoàn Sở Tài chính",), "2026-10-31"),
    ],
)

# ---------------------------------------------------------------- 5. Sở Xây dựng Quảng Ninh
PLAN_QN = Plan(
    "sxd_quang_ninh_pbgdpl_2026",
    [
        *_header(
            "UBND TỈNH QUẢNG NINH",
            "SỞ XÂY DỰNG",
            "07/KH-SXD",
            "Quảng Ninh, ngày 09 tháng 01 năm 2026",
            "Tuyên truyền, phổ biến pháp luật về trật tự, an toàn giao thông,",
            "xây dựng và phát triển đô thị năm 2026",
        ),
        P("Căn cứ Luật Đường bộ số 35/2024/QH15 và Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15;"),
        P("Căn cứ Luật Quy hoạch đô thị và nông thôn số 47/2024/QH15;"),
        P("Căn cứ Kế hoạch số 05/KH-UBND ngày 06/01/2026 của UBND tỉnh Quảng Ninh về công tác phổ biến, "
          "giáo dục pháp luật năm 2026,"),
        P("Sở Xây dựng ban hành Kế hoạch với các nội dung sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Nâng cao ý thức chấp hành pháp luật về giao thông, xây dựng của cán bộ, công chức và Nhân dân; "
          "góp phần kéo giảm tai nạn giao thông và vi phạm trật tự xây dựng."),
        P("- Bảo đảm phối hợp chặt chẽ giữa các phòng, đơn vị thuộc Sở với các cơ quan, địa phương."),
        P("II. NỘI DUNG", bold=True),
        P("1. Nhiệm vụ trọng tâm", bold=True),
        P("a) Phổ biến Luật Đường bộ, Luật Trật tự, an toàn giao thông đường bộ cho người điều khiển phương "
          "tiện kinh doanh vận tải. Giao Phòng Quản lý vận tải, phương tiện và người lái chủ trì, phối hợp với "
          "Phòng Cảnh sát giao thông Công an tỉnh và Hiệp hội Vận tải ô tô Quảng Ninh thực hiện trong Quý "
          "II/2026."),
        P("b) Phổ biến quy định về cấp giấy phép xây dựng, quản lý trật tự xây dựng cho công chức cấp xã. "
          "Phòng Quản lý hoạt động xây dựng chủ trì; UBND các xã, phường, đặc khu phối hợp; thời gian: tháng "
          "3 - tháng 4/2026."),
        P("c) Đề nghị Trung tâm Truyền thông tỉnh xây dựng phóng sự, tin bài về chấp hành pháp luật giao "
          "thông dịp Tết Nguyên đán và mùa lễ hội Xuân 2026 (thời gian: tháng 01 - tháng 02/2026)."),
        P("2. Các hoạt động thường xuyên", bold=True),
        T(
            (
                ("TT", "Hoạt động", "Thời gian", "Đơn vị chủ trì", "Đơn vị phối hợp", "Ghi chú"),
                ("1", "Cập nhật văn bản quy phạm pháp luật mới trên Trang thông tin điện tử Sở Xây dựng",
                 "Thường xuyên", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở", ""),
                ("2", "Tổ chức tuyên truyền an toàn giao thông cho học sinh khi bước vào năm học mới",
                 "Tháng 8 - 9/2026", "Văn phòng Sở", "Sở Giáo dục và Đào tạo; Tỉnh đoàn Quảng Ninh", ""),
                ("3", "Phổ biến pháp luật về nhà ở, kinh doanh bất động sản",
                 "Quý III/2026", "Phòng Quản lý nhà và thị trường bất động sản",
                 "Hiệp hội Bất động sản Quảng Ninh", "Lồng ghép hội nghị chuyên đề"),
                ("4", "Hướng dẫn triển khai các nghị định quy định chi tiết Luật Quy hoạch đô thị và nông "
                 "thôn", "Sau khi Chính phủ ban hành nghị định hướng dẫn", "Phòng Quy hoạch - Kiến trúc",
                 "UBND các xã, phường, đặc khu", ""),
            ),
            widths=(8, 50, 24, 30, 32, 22),
        ),
        *_ending(
            [
                "1. Các phòng, đơn vị thuộc Sở căn cứ nhiệm vụ được giao chủ động xây dựng nội dung, phối hợp "
                "tổ chức thực hiện hiệu quả.",
                "2. Văn phòng Sở tổng hợp kết quả, báo cáo Giám đốc Sở và UBND tỉnh trước ngày 25/11/2026.",
            ],
            ["- UBND tỉnh (b/c);", "- Sở Tư pháp;", "- Công an tỉnh;", "- Các phòng, đơn vị thuộc Sở;",
             "- Lưu: VT, VP."],
            "GIÁM ĐỐC",
            "Phạm Quang Huy",
            sec="III",
        ),
    ],
    [
        Exp("Phổ biến Luật Đường bộ, Luật Trật tự", ("Phòng Quản lý vận tải, phương tiện và người lái",),
            ("Phòng Cảnh sát giao thông Công an tỉnh", "Hiệp hội Vận tải ô tô Quảng Ninh"), "2026-06-30"),
        Exp("Phổ biến quy định về cấp giấy phép xây dựng", ("Phòng Quản lý hoạt động xây dựng",),
            ("UBND các xã, phường, đặc khu",), "2026-04-30"),
        Exp("Đề nghị Trung tâm Truyền thông tỉnh xây dựng phóng sự", ("Trung tâm Truyền thông tỉnh",), (),
            "2026-02-28"),
        Exp("Cập nhật văn bản quy phạm pháp luật mới", ("Văn phòng Sở",), ("Các phòng, đơn vị thuộc Sở",),
            "2026-12-31"),
        Exp("Tổ chức tuyên truyền an toàn giao thông cho học sinh", ("Văn phòng Sở",),
            ("Sở Giáo dục và Đào tạo", "Tỉnh đoàn Quảng Ninh"), "2026-09-30"),
        Exp("Phổ biến pháp luật về nhà ở, kinh doanh bất động sản",
            ("Phòng Quản lý nhà và thị trường bất động sản",), ("Hiệp hội Bất động sản Quảng Ninh",),
            "2026-09-30"),
        Exp("Hướng dẫn triển khai các nghị định quy định chi tiết", ("Phòng Quy hoạch - Kiến trúc",),
            ("UBND các xã, phường, đặc khu",), "2026-12-31", on_request=True),
    ],
)

# ---------------------------------------------------------------- 6. Sở Công Thương An Giang
PLAN_AG = Plan(
    "sct_an_giang_pbgdpl_2026",
    [
        *_header(
            "UBND TỈNH AN GIANG",
            "SỞ CÔNG THƯƠNG",
            "116/KH-SCT",
            "An Giang, ngày 03 tháng 02 năm 2026",
            "Phổ biến, giáo dục pháp luật trong lĩnh vực công thương",
            "trên địa bàn tỉnh An Giang năm 2026",
        ),
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20/6/2012;"),
        P("Căn cứ Luật Bảo vệ quyền lợi người tiêu dùng số 19/2023/QH15; Luật Điện lực số 61/2024/QH15;"),
        P("Căn cứ Quyết định số 2285/QĐ-BCT ngày 30/12/2025 của Bộ trưởng Bộ Công Thương ban hành Chương "
          "trình phổ biến, giáo dục pháp luật năm 2026 của Bộ Công Thương;"),
        P("Căn cứ Kế hoạch số 44/KH-UBND ngày 20/01/2026 của UBND tỉnh An Giang;"),
        P("Sở Công Thương xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Mục đích", bold=True),
        P("Tuyên truyền, phổ biến kịp thời các chính sách, pháp luật về công thương đến doanh nghiệp, thương "
          "nhân và người tiêu dùng, nhất là tại khu vực biên giới và các đặc khu."),
        P("2. Yêu cầu", bold=True),
        P("Hoạt động có trọng tâm, sử dụng hiệu quả kinh phí; phân công cụ thể đơn vị chủ trì, phối hợp."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        T(
            (
                ("STT", "Nội dung công việc", "Đơn vị thực hiện", "Đơn vị thực hiện", "Thời gian",
                 "Kinh phí"),
                ("", "", "Chủ trì", "Phối hợp", "", ""),
                ("1", "Tuyên truyền pháp luật về thương mại điện tử, bảo vệ quyền lợi người tiêu dùng",
                 "Phòng Quản lý thương mại", "Hội Bảo vệ người tiêu dùng tỉnh; UBND các xã, phường, đặc khu",
                 "Quý I-IV/2026", "Ngân sách Sở"),
                ("2", "Phổ biến pháp luật về an toàn điện, sử dụng năng lượng tiết kiệm và hiệu quả cho các "
                 "cơ sở sản xuất", "Phòng Quản lý năng lượng", "Công ty Điện lực An Giang", "Tháng 5/2026",
                 "Xã hội hóa"),
                ("3", "Tập huấn pháp luật về hóa chất, vật liệu nổ công nghiệp",
                 "Phòng Kỹ thuật an toàn - Môi trường", "Công an tỉnh; Bộ Chỉ huy Quân sự tỉnh",
                 "Quý III/2026", "Ngân sách Sở"),
                ("4", "Phổ biến pháp luật về phòng vệ thương mại, xuất xứ hàng hóa cho doanh nghiệp xuất "
                 "khẩu", "Phòng Quản lý thương mại", "Hiệp hội Doanh nghiệp tỉnh An Giang",
                 "Tháng 7 đến tháng 8/2026", "Ngân sách Sở"),
                ("5", "Tuyên truyền phòng, chống buôn lậu, gian lận thương mại và hàng giả khu vực biên giới",
                 "Chi cục Quản lý thị trường", "Bộ đội Biên phòng tỉnh, Công an tỉnh và UBND các xã biên giới",
                 "Thường xuyên", "Ngân sách Chi cục"),
                ("6", "Phổ biến các thông tư mới của Bộ Công Thương về kinh doanh xăng dầu",
                 "Phòng Quản lý thương mại", "Các thương nhân kinh doanh xăng dầu trên địa bàn",
                 "Khi Bộ Công Thương ban hành thông tư", "Lồng ghép"),
            ),
            widths=(10, 52, 30, 40, 24, 20),
        ),
        P("III. KINH PHÍ", bold=True),
        P("Kinh phí thực hiện từ dự toán ngân sách năm 2026 giao cho Sở Công Thương và các nguồn hợp pháp "
          "khác theo quy định."),
        *_ending(
            [
                "1. Trưởng các phòng, Chi cục trưởng Chi cục Quản lý thị trường căn cứ Kế hoạch tổ chức thực "
                "hiện nhiệm vụ được phân công.",
                "2. Văn phòng Sở tổng hợp báo cáo kết quả thực hiện gửi Sở Tư pháp trước ngày 18/11/2026.",
            ],
            ["- Bộ Công Thương (b/c);", "- UBND tỉnh (b/c);", "- Sở Tư pháp;", "- Lãnh đạo Sở;",
             "- Lưu: VT, VP."],
            "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
            "Huỳnh Văn Sơn",
        ),
    ],
    [
        Exp("Tuyên truyền pháp luật về thương mại điện tử", ("Phòng Quản lý thương mại",),
            ("Hội Bảo vệ người tiêu dùng tỉnh", "UBND các xã, phường, đặc khu"), "2026-12-31"),
        Exp("Phổ biến pháp luật về an toàn điện", ("Phòng Quản lý năng lượng",), ("Công ty Điện lực An Giang",),
            "2026-05-31"),
        Exp("Tập huấn pháp luật về hóa chất, vật liệu nổ", ("Phòng Kỹ thuật an toàn - Môi trường",),
            ("Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh"), "2026-09-30"),
        Exp("Phổ biến pháp luật về phòng vệ thương mại", ("Phòng Quản lý thương mại",),
            ("Hiệp hội Doanh nghiệp tỉnh An Giang",), "2026-08-31"),
        Exp("Tuyên truyền phòng, chống buôn lậu, gian lận thương mại", ("Chi cục Quản lý thị trường",),
            ("Bộ đội Biên phòng tỉnh", "Công an tỉnh", "UBND các xã biên giới"), "2026-12-31"),
        Exp("Phổ biến các thông tư mới của Bộ Công Thương", ("Phòng Quản lý thương mại",),
            ("Các thương nhân kinh doanh xăng dầu trên địa bàn",), "2026-12-31", on_request=True),
    ],
)

# ---------------------------------------------------------------- 7. Sở Nội vụ Gia Lai
_PLD = "Phòng Lao động, tiền lương và bảo hiểm xã hội"
PLAN_GL = Plan(
    "snv_gia_lai_pbgdpl_2026",
    [
        *_header(
            "UBND TỈNH GIA LAI",
            "SỞ NỘI VỤ",
            "24/KH-SNV",
            "Gia Lai, ngày 22 tháng 01 năm 2026",
            "Tuyên truyền, phổ biến pháp luật về công vụ, lao động, việc làm",
            "và người có công năm 2026",
        ),
        P("Căn cứ Luật Cán bộ, công chức số 80/2025/QH15; Luật Việc làm số 74/2025/QH15;"),
        P("Căn cứ Kế hoạch số 38/KH-UBND ngày 15/01/2026 của UBND tỉnh Gia Lai về phổ biến, giáo dục pháp "
          "luật năm 2026;"),
        P("Sở Nội vụ ban hành Kế hoạch tuyên truyền, phổ biến pháp luật năm 2026, cụ thể như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Phổ biến kịp thời các quy định mới về cán bộ, công chức, viên chức, lao động, việc làm, bảo hiểm "
          "xã hội và chính sách người có công."),
        P("- Xác định rõ nội dung, đơn vị chủ trì, phối hợp, thời gian thực hiện; bảo đảm hiệu quả, thiết thực."),
        P("II. NỘI DUNG, NHIỆM VỤ", bold=True),
        P("1. Phổ biến Luật Cán bộ, công chức năm 2025 và Luật Viên chức (sửa đổi)", bold=True),
        P("+ Đơn vị chủ trì: Phòng Tổ chức, biên chế và tổ chức phi chính phủ."),
        P("+ Đơn vị phối hợp: Các sở, ban, ngành; UBND các xã, phường."),
        P("+ Thời gian: Quý I/2026."),
        P("2. Tuyên truyền pháp luật về bảo hiểm xã hội, bảo hiểm thất nghiệp cho người lao động", bold=True),
        P("a) Trung tâm Dịch vụ việc làm tỉnh tổ chức lồng ghép phổ biến chính sách bảo hiểm thất nghiệp tại "
          "các phiên giao dịch việc làm; thời gian: hằng tháng."),
        P(f"b) {_PLD} chủ trì, phối hợp với Bảo hiểm xã hội tỉnh Gia Lai và Liên đoàn Lao động tỉnh tổ chức "
          "hội nghị đối thoại tại các khu công nghiệp, khu kinh tế; thời gian: Quý II - Quý III/2026."),
        P("3. Phổ biến pháp luật về thi đua, khen thưởng và văn thư, lưu trữ: Ban Thi đua - Khen thưởng và "
          "Trung tâm Lưu trữ lịch sử tỉnh chủ trì theo lĩnh vực được giao; thời gian: tháng 6/2026."),
        P("4. Phổ biến pháp luật về ưu đãi người có công với cách mạng", bold=True),
        P("+ Đơn vị chủ trì: Phòng Người có công."),
        P("+ Đơn vị phối hợp: Hội Cựu chiến binh tỉnh, UBND các xã, phường."),
        P("+ Thời gian: Tháng 7/2026 (dịp kỷ niệm Ngày Thương binh - Liệt sĩ)."),
        P("5. Xây dựng, cập nhật bộ câu hỏi - đáp pháp luật về công vụ, công chức", bold=True),
        P("+ Đơn vị chủ trì: Văn phòng Sở."),
        P("+ Đơn vị phối hợp: Phòng Công chức, viên chức; Phòng Xây dựng chính quyền."),
        P("+ Thời gian: Quý II/2026."),
        P("6. Hướng dẫn thực hiện quy định mới về chế độ tiền lương đối với người lao động", bold=True),
        P(f"+ Đơn vị chủ trì: {_PLD}."),
        P("+ Đơn vị phối hợp: Các sở, ban, ngành và UBND các xã, phường."),
        P("+ Thời gian: Sau khi Chính phủ ban hành nghị định quy định mức lương tối thiểu mới."),
        *_ending(
            [
                "1. Trưởng các phòng, đơn vị thuộc Sở chủ động triển khai nhiệm vụ được giao, lồng ghép với "
                "nhiệm vụ chuyên môn.",
                "2. Văn phòng Sở theo dõi, đôn đốc và tổng hợp kết quả, báo cáo Giám đốc Sở trước ngày "
                "10/12/2026.",
            ],
            ["- UBND tỉnh (b/c);", "- Sở Tư pháp;", "- Giám đốc, các PGĐ Sở;", "- Các phòng, đơn vị thuộc Sở;",
             "- Lưu: VT, VP."],
            "GIÁM ĐỐC",
            "Rah Lan Chung",
            sec="III",
        ),
    ],
    [
        Exp("Phổ biến Luật Cán bộ, công chức năm 2025", ("Phòng Tổ chức, biên chế và tổ chức phi chính phủ",),
            ("Các sở, ban, ngành", "UBND các xã, phường"), "2026-03-31"),
        Exp("Trung tâm Dịch vụ việc làm tỉnh tổ chức lồng ghép", ("Trung tâm Dịch vụ việc làm tỉnh",), (),
            "2026-12-31"),
        Exp(f"{_PLD} chủ trì", (_PLD,), ("Bảo hiểm xã hội tỉnh Gia Lai", "Liên đoàn Lao động tỉnh"),
            "2026-09-30"),
        Exp("Phổ biến pháp luật về thi đua, khen thưởng",
            ("Ban Thi đua - Khen thưởng", "Trung tâm Lưu trữ lịch sử tỉnh"), (), "2026-06-30"),
        Exp("Phổ biến pháp luật về ưu đãi người có công", ("Phòng Người có công",),
            ("Hội Cựu chiến binh tỉnh", "UBND các xã, phường"), "2026-07-31"),
        Exp("Xây dựng, cập nhật bộ câu hỏi - đáp", ("Văn phòng Sở",),
            ("Phòng Công chức, viên chức", "Phòng Xây dựng chính quyền"), "2026-06-30"),
        Exp("Hướng dẫn thực hiện quy định mới về chế độ tiền lương", (_PLD,),
            ("Các sở, ban, ngành", "UBND các xã, phường"), "2026-12-31", on_request=True),
    ],
)

# ---------------------------------------------------------------- 8. Sở Dân tộc và Tôn giáo Cao Bằng
PLAN_CB = Plan(
    "sdttg_cao_bang_pbgdpl_2026",
    [
        *_header(
            "UBND TỈNH CAO BẰNG",
            "SỞ DÂN TỘC VÀ TÔN GIÁO",
            "09/KH-SDTTG",
            "Cao Bằng, ngày 26 tháng 01 năm 2026",
            "Phổ biến, giáo dục pháp luật và tuyên truyền, vận động đồng bào",
            "vùng dân tộc thiểu số năm 2026",
        ),
        P("Căn cứ Quyết định số 1860/QĐ-TTg ngày 23/11/2021 của Thủ tướng Chính phủ phê duyệt Đề án \u201cHỗ "
          "trợ hoạt động phổ biến, giáo dục pháp luật, tuyên truyền, vận động đồng bào vùng dân tộc thiểu số "
          "và miền núi giai đoạn 2021 - 2025\u201d;"),
        P("Căn cứ Luật Tín ngưỡng, tôn giáo số 02/2016/QH14;"),
        P("Căn cứ Kế hoạch số 21/KH-UBND ngày 13/01/2026 của UBND tỉnh Cao Bằng;"),
        P("Sở Dân tộc và Tôn giáo ban hành Kế hoạch thực hiện năm 2026 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Góp phần nâng cao nhận thức pháp luật, ý thức chấp hành pháp luật của đồng bào các dân tộc, "
          "chức sắc, chức việc, tín đồ các tôn giáo trên địa bàn tỉnh."),
        P("2. Nội dung tuyên truyền ngắn gọn, dễ hiểu, phù hợp phong tục, tập quán; ưu tiên các xã đặc biệt "
          "khó khăn, xã biên giới."),
        P("II. NỘI DUNG HOẠT ĐỘNG", bold=True),
        T(
            (
                ("TT", "Nội dung hoạt động", "Cơ quan thực hiện", "Thời gian", "Kinh phí (triệu đồng)",
                 "Ghi chú"),
                ("I", "Phổ biến pháp luật vùng đồng bào dân tộc thiểu số", "", "", "", ""),
                ("1", "Tổ chức hội nghị phổ biến pháp luật cho người có uy tín trong đồng bào dân tộc thiểu "
                 "số", "Chủ trì: Phòng Chính sách dân tộc\nPhối hợp: UBND các xã có người có uy tín",
                 "Quý II/2026", "120", "04 hội nghị"),
                ("2", "Biên soạn, cấp phát tờ gấp pháp luật song ngữ Việt - Tày, Việt - Nùng, Việt - Mông",
                 "Chủ trì: Văn phòng Sở\nPhối hợp: Sở Tư pháp", "Tháng 4 - 6/2026", "80", ""),
                ("3", "Phổ biến pháp luật về hôn nhân và gia đình, phòng, chống tảo hôn, hôn nhân cận "
                 "huyết thống", "Chủ trì: Phòng Chính sách dân tộc\nPhối hợp: Hội Liên hiệp Phụ nữ tỉnh, "
                 "Tỉnh đoàn", "Quý III/2026", "60", ""),
                ("II", "Phổ biến pháp luật về tín ngưỡng, tôn giáo", "", "", "", ""),
                ("4", "Phổ biến Luật Tín ngưỡng, tôn giáo cho chức sắc, chức việc, nhà tu hành",
                 "Chủ trì: Phòng Tôn giáo\nPhối hợp: Công an tỉnh; Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
                 "Tháng 9/2026", "50", ""),
                ("5", "Tập huấn văn bản hướng dẫn Luật Tín ngưỡng, tôn giáo (sửa đổi)",
                 "Chủ trì: Phòng Tôn giáo",
                 "Khi Luật Tín ngưỡng, tôn giáo (sửa đổi) và văn bản hướng dẫn được ban hành", "40",
                 "Dự kiến"),
                ("III", "Kiểm tra, sơ kết", "", "", "", ""),
                ("6", "Kiểm tra, đánh giá kết quả phổ biến pháp luật tại một số xã vùng đặc biệt khó khăn",
                 "Chủ trì: Lãnh đạo Sở\nPhối hợp: Văn phòng Sở, Phòng Chính sách dân tộc",
                 "Tháng 11 - 12/2026", "20", ""),
            ),
            widths=(10, 56, 44, 26, 20, 18),
        ),
        P("III. KINH PHÍ", bold=True),
        P("Tổng kinh phí: 370 triệu đồng, từ nguồn ngân sách tỉnh giao cho Sở Dân tộc và Tôn giáo năm 2026."),
        *_ending(
            [
                "1. Các phòng thuộc Sở căn cứ nhiệm vụ được phân công triển khai thực hiện đúng tiến độ.",
                "2. Văn phòng Sở tổng hợp, báo cáo kết quả về UBND tỉnh và Sở Tư pháp trước ngày 05/12/2026.",
            ],
            ["- UBND tỉnh (b/c);", "- Sở Tư pháp;", "- UBND các xã, phường;", "- Lưu: VT, VP."],
            "GIÁM ĐỐC",
            "Nông Văn Lợi",
        ),
    ],
    [
        Exp("Tổ chức hội nghị phổ biến pháp luật cho người có uy tín", ("Phòng Chính sách dân tộc",),
            ("UBND các xã có người có uy tín",), "2026-06-30"),
        Exp("Biên soạn, cấp phát tờ gấp pháp luật song ngữ", ("Văn phòng Sở",), ("Sở Tư pháp",), "2026-06-30"),
        Exp("Phổ biến pháp luật về hôn nhân và gia đình", ("Phòng Chính sách dân tộc",),
            ("Hội Liên hiệp Phụ nữ tỉnh", "Tỉnh đoàn"), "2026-09-30"),
        Exp("Phổ biến Luật Tín ngưỡng, tôn giáo cho chức sắc", ("Phòng Tôn giáo",),
            ("Công an tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"), "2026-09-30"),
        Exp("Tập huấn văn bản hướng dẫn Luật Tín ngưỡng", ("Phòng Tôn giáo",), (), "2026-12-31",
            on_request=True),
        Exp("Kiểm tra, đánh giá kết quả phổ biến pháp luật", ("Lãnh đạo Sở",),
            ("Văn phòng Sở", "Phòng Chính sách dân tộc"), "2026-12-31"),
    ],
)

# ---------------------------------------------------------------- 9. UBND tỉnh Hà Tĩnh (Ngày Pháp luật)
PLAN_HT = Plan(
    "ubnd_ha_tinh_ngay_phap_luat_2026",
    [
        *_header(
            "ỦY BAN NHÂN DÂN",
            "TỈNH HÀ TĨNH",
            "287/KH-UBND",
            "Hà Tĩnh, ngày 18 tháng 8 năm 2026",
            "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa",
            "xã hội chủ nghĩa Việt Nam năm 2026 trên địa bàn tỉnh",
        ),
        P("Thực hiện Luật Phổ biến, giáo dục pháp luật năm 2012; Nghị định số 28/2013/NĐ-CP ngày 04/4/2013 "
          "của Chính phủ; Công văn số 3612/BTP-PBGDPL ngày 01/8/2026 của Bộ Tư pháp về việc tổ chức Ngày "
          "Pháp luật năm 2026, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Tôn vinh Hiến pháp, pháp luật; nâng cao ý thức thượng tôn pháp luật của cán bộ, công chức, "
          "viên chức và Nhân dân."),
        P("2. Các hoạt động được tổ chức thiết thực, tiết kiệm, phù hợp điều kiện thực tế của cơ quan, địa "
          "phương sau sắp xếp."),
        P("II. NỘI DUNG HOẠT ĐỘNG", bold=True),
        P("1. Treo băng rôn, khẩu hiệu, pa nô hưởng ứng Ngày Pháp luật", bold=True),
        P("Các sở, ban, ngành cấp tỉnh; UBND các xã, phường thực hiện tại trụ sở cơ quan, nơi công cộng. "
          "Thời gian: từ ngày 01/11/2026 đến ngày 15/11/2026."),
        P("2. Tổ chức Lễ hưởng ứng Ngày Pháp luật cấp tỉnh", bold=True),
        P("Sở Tư pháp chủ trì, phối hợp với Văn phòng UBND tỉnh, Sở Văn hóa, Thể thao và Du lịch tham mưu "
          "UBND tỉnh tổ chức. Thời gian: trước ngày 09/11/2026."),
        P("3. Tuyên truyền trên các phương tiện thông tin đại chúng", bold=True),
        P("- Đề nghị Báo và Phát thanh, Truyền hình Hà Tĩnh mở chuyên mục, tăng thời lượng tuyên truyền về "
          "Ngày Pháp luật; thời gian: tháng 10, tháng 11/2026."),
        P("- Sở Văn hóa, Thể thao và Du lịch chỉ đạo hệ thống thông tin cơ sở đăng tải tin, bài, phát thanh "
          "các nội dung hưởng ứng; phối hợp: UBND các xã, phường; thời gian: tháng 11/2026."),
        P("4. Tổ chức Cuộc thi \u201cTìm hiểu pháp luật trực tuyến\u201d năm 2026", bold=True),
        P("Giao Sở Tư pháp chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Tỉnh đoàn và Công an tỉnh xây dựng "
          "thể lệ, tổ chức Cuộc thi. Thời gian: tháng 8 - tháng 10/2026."),
        P("5. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chỉ đạo Mặt trận Tổ quốc và các tổ chức chính trị "
          "- xã hội cấp xã lồng ghép tuyên truyền Ngày Pháp luật trong sinh hoạt định kỳ của hội viên, đoàn "
          "viên.", bold=True),
        *_ending(
            [
                "1. Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các xã, phường căn cứ Kế hoạch này tổ chức "
                "thực hiện; kinh phí bố trí trong dự toán năm 2026 của cơ quan, đơn vị.",
                "2. Sở Tư pháp hướng dẫn, theo dõi, tổng hợp kết quả, báo cáo UBND tỉnh và Bộ Tư pháp trước "
                "ngày 30/11/2026.",
            ],
            ["- Bộ Tư pháp (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;",
             "- UBMTTQ Việt Nam tỉnh;", "- Các sở, ban, ngành;", "- UBND các xã, phường;", "- Lưu: VT, NC."],
            "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
            "Trần Báu Hà",
            sec="III",
        ),
    ],
    [
        Exp("Treo băng rôn, khẩu hiệu, pa nô", ("Các sở, ban, ngành cấp tỉnh", "UBND các xã, phường"), (),
            "2026-11-15"),
        Exp("Tổ chức Lễ hưởng ứng Ngày Pháp luật cấp tỉnh", ("Sở Tư pháp",),
            ("Văn phòng UBND tỉnh", "Sở Văn hóa, Thể thao và Du lịch"), "2026-11-09"),
        Exp("Đề nghị Báo và Phát thanh, Truyền hình Hà Tĩnh", ("Báo và Phát thanh, Truyền hình Hà Tĩnh",), (),
            "2026-11-30"),
        Exp("Sở Văn hóa, Thể thao và Du lịch chỉ đạo", ("Sở Văn hóa, Thể thao và Du lịch",),
            ("UBND các xã, phường",), "2026-11-30"),
        Exp("Tổ chức Cuộc thi \u201cTìm hiểu pháp luật trực tuyến\u201d", ("Sở Tư pháp",),
            ("Sở Giáo dục và Đào tạo", "Tỉnh đoàn", "Công an tỉnh"), "2026-10-31"),
        Exp("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",), (),
            "2026-12-31"),
    ],
)

# ---------------------------------------------------------------- 10. Sở NN&MT thành phố Cần Thơ
PLAN_CT = Plan(
    "snnmt_can_tho_pbgdpl_2026",
    [
        *_header(
            "UBND THÀNH PHỐ CẦN THƠ",
            "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
            "61/KH-SNNMT",
            "Cần Thơ, ngày 30 tháng 01 năm 2026",
            "Tuyên truyền, phổ biến, giáo dục pháp luật ngành nông nghiệp",
            "và môi trường năm 2026",
        ),
        P("Căn cứ Luật Đất đai số 31/2024/QH15; Luật Bảo vệ môi trường số 72/2020/QH14; Luật Thủy sản số "
          "18/2017/QH14;"),
        P("Căn cứ Nghị định số 151/2025/NĐ-CP ngày 12/6/2025 của Chính phủ quy định về phân định thẩm quyền "
          "của chính quyền địa phương 02 cấp, phân quyền, phân cấp trong lĩnh vực đất đai;"),
        P("Căn cứ Kế hoạch số 19/KH-UBND ngày 21/01/2026 của UBND thành phố Cần Thơ về phổ biến, giáo dục "
          "pháp luật năm 2026,"),
        P("Sở Nông nghiệp và Môi trường xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("a) Phổ biến kịp thời các quy định mới về đất đai, môi trường, nông nghiệp, thủy sản đến cán bộ, "
          "công chức, người dân và doanh nghiệp trên địa bàn thành phố."),
        P("b) Gắn công tác phổ biến pháp luật với nhiệm vụ chuyên môn, chống khai thác IUU, phòng chống dịch "
          "bệnh và thích ứng biến đổi khí hậu."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        T(
            (
                ("STT", "Nội dung", "Thời gian thực hiện", "Đơn vị chủ trì", "Đơn vị phối hợp", "Ghi chú"),
                ("A", "LĨNH VỰC ĐẤT ĐAI, MÔI TRƯỜNG", "", "", "", ""),
                ("1", "Phổ biến Luật Đất đai năm 2024 và các nghị định sửa đổi, bổ sung năm 2025",
                 "Quý I/2026", "Chi cục Quản lý đất đai",
                 "Văn phòng Đăng ký đất đai thành phố; UBND các xã, phường", ""),
                ("2", "Tuyên truyền pháp luật về bảo vệ môi trường, phân loại chất thải rắn sinh hoạt tại "
                 "nguồn", "Tháng 6/2026", "Chi cục Bảo vệ môi trường",
                 "Thành Đoàn Cần Thơ, Hội Liên hiệp Phụ nữ thành phố", "Tháng hành động vì môi trường"),
                ("3", "Phổ biến pháp luật về tài nguyên nước, phòng, chống sạt lở bờ sông, bờ biển",
                 "Quý III/2026", "Phòng Tài nguyên nước - Khoáng sản", "UBND các xã, phường ven sông", ""),
                ("B", "LĨNH VỰC NÔNG NGHIỆP, THỦY SẢN", "", "", "", ""),
                ("4", "Phổ biến quy định về chống khai thác hải sản bất hợp pháp, không báo cáo và không theo "
                 "quy định (IUU)", "Thường xuyên", "Chi cục Thủy sản",
                 "Bộ đội Biên phòng thành phố; UBND các xã, phường ven biển", "Trọng tâm tại các cảng cá"),
                ("5", "Tập huấn pháp luật về trồng trọt, bảo vệ và kiểm dịch thực vật cho hợp tác xã",
                 "Từ tháng 3 đến tháng 5/2026", "Chi cục Trồng trọt và Bảo vệ thực vật",
                 "Liên minh Hợp tác xã thành phố", ""),
                ("6", "Phổ biến pháp luật về thú y, phòng, chống bệnh dịch tả lợn châu Phi",
                 "Khi xảy ra dịch bệnh trên địa bàn", "Chi cục Chăn nuôi và Thú y", "UBND các xã, phường", ""),
                ("C", "NHIỆM VỤ CHUNG", "", "", "", ""),
                ("7", "Tổng hợp, báo cáo kết quả công tác phổ biến, giáo dục pháp luật năm 2026 của Sở",
                 "Trước ngày 20/11/2026", "Văn phòng Sở", "Các phòng, chi cục, đơn vị trực thuộc Sở",
                 "Gửi Sở Tư pháp"),
            ),
            widths=(10, 56, 26, 30, 40, 26),
        ),
        *_ending(
            [
                "1. Thủ trưởng các phòng, chi cục, đơn vị trực thuộc Sở tổ chức triển khai, bảo đảm tiến độ.",
                "2. Kinh phí thực hiện từ nguồn ngân sách được giao năm 2026 của các đơn vị.",
                "3. Văn phòng Sở là đầu mối theo dõi, đôn đốc việc thực hiện Kế hoạch.",
            ],
            ["- UBND thành phố (b/c);", "- Sở Tư pháp;", "- Ban Giám đốc Sở;", "- Các đơn vị trực thuộc;",
             "- Lưu: VT, VP."],
            "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
            "Võ Thị Ngọc Hân",
            sec="III",
        ),
    ],
    [
        Exp("Phổ biến Luật Đất đai năm 2024", ("Chi cục Quản lý đất đai",),
            ("Văn phòng Đăng ký đất đai thành phố", "UBND các xã, phường"), "2026-03-31"),
        Exp("Tuyên truyền pháp luật về bảo vệ môi trường", ("Chi cục Bảo vệ môi trường",),
            ("Thành Đoàn Cần Thơ", "Hội Liên hiệp Phụ nữ thành phố"), "2026-06-30"),
        Exp("Phổ biến pháp luật về tài nguyên nước", ("Phòng Tài nguyên nước - Khoáng sản",),
            ("UBND các xã, phường ven sông",), "2026-09-30"),
        Exp("Phổ biến quy định về chống khai thác hải sản", ("Chi cục Thủy sản",),
            ("Bộ đội Biên phòng thành phố", "UBND các xã, phường ven biển"), "2026-12-31"),
        Exp("Tập huấn pháp luật về trồng trọt", ("Chi cục Trồng trọt và Bảo vệ thực vật",),
            ("Liên minh Hợp tác xã thành phố",), "2026-05-31"),
        Exp("Phổ biến pháp luật về thú y", ("Chi cục Chăn nuôi và Thú y",), ("UBND các xã, phường",),
            "2026-12-31", on_request=True),
        Exp("Tổng hợp, báo cáo kết quả công tác phổ biến", ("Văn phòng Sở",),
            ("Các phòng, chi cục, đơn vị trực thuộc Sở",), "2026-11-20"),
    ],
)

PLANS: list[Plan] = [PLAN_NA, PLAN_LD, PLAN_TH, PLAN_DN, PLAN_QN, PLAN_AG, PLAN_GL, PLAN_CB, PLAN_HT, PLAN_CT]
