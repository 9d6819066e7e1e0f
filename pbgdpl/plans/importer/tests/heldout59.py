"""Held-out evaluation set 59: ten commune/ward plans (two-tier local government), answers typed by hand.

1. PHUONG_HT (phường Hạc Thành, Thanh Hóa, PBGDPL 2026): bold "1." headings, then "- Đơn vị chủ trì:",
   "- Đơn vị phối hợp:", "- Thời gian:" on own lines; month range, "Quý", date range, event trigger.
2. XA_TS (xã Thanh Sơn, Đồng Nai, PBGDPL và hòa giải 2026): table STT | Nội dung | Cơ quan chủ trì |
   Cơ quan phối hợp | Thời gian | Sản phẩm, roman group rows; "theo đề nghị của" trigger; "Trước ngày".
3. PHUONG_CG (phường Cầu Giấy, Hà Nội, Đề án 977 2026): non-bold "1." and "a)" items, prose "Giao X chủ
   trì, phối hợp với Y", "X chủ trì; Y phối hợp", "Đề nghị X", "X có trách nhiệm"; item with two "-" blocks.
4. XA_BT (xã Bảo Thắng, Lào Cai, hòa giải ở cơ sở 2026): bold numbered headings with "+ Chủ trì thực hiện:",
   "+ Phối hợp:", "+ Thời hạn:"/"+ Tiến độ:" bullets; lists mixing ";" and ","; event trigger.
5. PHUONG_HC (phường Hải Châu, Đà Nẵng, Ngày Pháp luật 2026): table without STT, columns Nội dung công
   việc | Thời gian | Đơn vị thực hiện | Đơn vị phối hợp | Ghi chú; date ranges, "Khi ... có hướng dẫn".
6. XA_VT (xã Vĩnh Thạnh Trung, An Giang, chuẩn tiếp cận pháp luật 2026): roman sections, "1.1." items
   with inline "Chủ trì: … Phối hợp: … Thời hạn: …" sentences; persons as units (Chủ tịch, Phó Chủ tịch).
7. XA_ID (xã Ia Dơk, Gia Lai, PBGDPL vùng đồng bào DTTS 2026): bold "1." items holding several "-" prose
   blocks ("X chủ trì, phối hợp với Y …; thời gian: …"), "Đề nghị", group name with comma, inline labels.
8. PHUONG_BT (phường Bình Thạnh, TP Hồ Chí Minh, PBGDPL 2027 issued 12/2026): table with a 2-row header
   (Đơn vị thực hiện: Chủ trì | Phối hợp) and a Kinh phí column; "Tháng 6 và tháng 12/2027".
9. XA_DL (xã Đô Lương, Nghệ An, chuyển đổi số PBGDPL 2026, QĐ 766): non-bold "1." headings followed by
   one inline line "Đơn vị chủ trì: …; đơn vị phối hợp: …; thời gian thực hiện: …".
10. PHUONG_HL (phường Hạ Long, Quảng Ninh, hỗ trợ pháp lý doanh nghiệp 2026): bold "1." headings, body,
   "Cơ quan thực hiện: X (chủ trì); Y, Z (phối hợp)." and "Thời gian thực hiện:" lines; person as lead.
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T, _header


def _bases(lines: list[str], closing: str) -> list[P | T]:
    out: list[P | T] = [P(line) for line in lines]
    return [*out, P(closing)]


def _aims(aims: list[str], reqs: list[str], head: str = "I. MỤC ĐÍCH, YÊU CẦU") -> list[P | T]:
    out: list[P | T] = [P(head, bold=True), P("1. Mục đích", bold=True)]
    out += [P(f"- {a}") for a in aims]
    out += [P("2. Yêu cầu", bold=True)]
    out += [P(f"- {r}") for r in reqs]
    return out


def _end(recipients: list[str], role: str, signer: str) -> list[P | T]:
    out: list[P | T] = [P("Nơi nhận:", bold=True)]
    out += [P(f"- {r}") for r in recipients]
    out += [P("- Lưu: VT."), P(role, bold=True, center=True), P(signer, bold=True, center=True)]
    return out


# ---------------------------------------------------------------- 1. phường Hạc Thành, Thanh Hóa
PHUONG_HT = Plan(
    name="phuong_hac_thanh_pbgdpl_2026",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN",
            "PHƯỜNG HẠC THÀNH",
            "21/KH-UBND",
            "Hạc Thành, ngày 23 tháng 01 năm 2026",
            "Công tác phổ biến, giáo dục pháp luật, hòa giải ở cơ sở",
            "trên địa bàn phường Hạc Thành năm 2026",
        ),
        *_bases(
            [
                "Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;",
                "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;",
                "Căn cứ Kế hoạch số 18/KH-UBND ngày 12/01/2026 của UBND tỉnh Thanh Hóa về công tác phổ biến, "
                "giáo dục pháp luật, hòa giải ở cơ sở, xây dựng xã, phường đạt chuẩn tiếp cận pháp luật năm "
                "2026;",
            ],
            "Ủy ban nhân dân phường Hạc Thành ban hành Kế hoạch công tác phổ biến, giáo dục pháp luật "
            "(PBGDPL), "
            "hòa giải ở cơ sở năm 2026 như sau:",
        ),
        *_aims(
            [
                "Triển khai kịp thời, có hiệu quả các văn bản pháp luật mới đến cán bộ, công chức và Nhân "
                "dân "
                "trên địa bàn phường sau khi sắp xếp đơn vị hành chính.",
                "Nâng cao ý thức tìm hiểu, chấp hành pháp luật của người dân; góp phần giữ vững an ninh "
                "chính trị, trật tự an toàn xã hội.",
            ],
            [
                "Các hoạt động phải bám sát nhiệm vụ chính trị của phường, thiết thực, tránh hình thức.",
                "Xác định rõ đơn vị chủ trì, đơn vị phối hợp và thời gian thực hiện từng nhiệm vụ.",
            ],
        ),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Tuyên truyền, phổ biến các luật, nghị quyết mới được Quốc hội khóa XV thông qua tại Kỳ họp thứ "
          "9, Kỳ họp thứ 10", bold=True),
        P("- Đơn vị chủ trì: Văn phòng HĐND và UBND phường."),
        P("- Đơn vị phối hợp: Phòng Văn hóa - Xã hội; Công an phường; các tổ dân phố."),
        P("- Thời gian: Cả năm 2026."),
        P("2. Tổ chức hội nghị phổ biến pháp luật cho cán bộ, công chức phường và tổ trưởng, tổ phó tổ dân "
          "phố",
          bold=True),
        P("- Đơn vị chủ trì: Văn phòng HĐND và UBND phường."),
        P("- Đơn vị phối hợp: Ủy ban Mặt trận Tổ quốc Việt Nam phường."),
        P("- Thời gian: Quý II/2026."),
        P("3. Phổ biến pháp luật về đất đai, xây dựng, trật tự đô thị cho người dân tại các khu dân cư mới "
          "sáp nhập", bold=True),
        P("- Đơn vị chủ trì: Phòng Kinh tế, Hạ tầng và Đô thị."),
        P("- Đơn vị phối hợp: Văn phòng HĐND và UBND phường, Công an phường và Trưởng các tổ dân phố."),
        P("- Thời gian: Từ tháng 3 đến tháng 10/2026."),
        P("4. Tuyên truyền pháp luật về phòng, chống ma túy, tệ nạn xã hội trong thanh thiếu niên",
          bold=True),
        P("- Đơn vị chủ trì: Công an phường."),
        P("- Đơn vị phối hợp: Đoàn Thanh niên Cộng sản Hồ Chí Minh phường; các trường học trên địa bàn "
          "phường."),
        P("- Thời gian: Tháng 6/2026 (hưởng ứng Tháng hành động phòng, chống ma túy)."),
        P("5. Kiện toàn, nâng cao chất lượng hoạt động của các tổ hòa giải ở cơ sở", bold=True),
        P("- Đơn vị chủ trì: Văn phòng HĐND và UBND phường."),
        P("- Đơn vị phối hợp: Ủy ban Mặt trận Tổ quốc Việt Nam phường."),
        P("- Thời gian: Khi có văn bản hướng dẫn của Sở Tư pháp."),
        P("6. Tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam",
          bold=True),
        P("- Đơn vị chủ trì: Văn phòng HĐND và UBND phường."),
        P("- Đơn vị phối hợp: Các cơ quan, đơn vị, tổ dân phố trên địa bàn phường."),
        P("- Thời gian: Từ ngày 15/10 đến ngày 09/11/2026."),
        P("7. Cập nhật, duy trì Tủ sách pháp luật tại Trung tâm Phục vụ hành chính công phường", bold=True),
        P("- Đơn vị chủ trì: Trung tâm Phục vụ hành chính công phường."),
        P("- Đơn vị phối hợp: Văn phòng HĐND và UBND phường."),
        P("- Thời gian: Thường xuyên."),
        P("III. KINH PHÍ", bold=True),
        P("Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách phường năm 2026 theo quy định tại "
          "Thông tư số 56/2023/TT-BTC ngày 18/8/2023 của Bộ Tài chính."),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Văn phòng HĐND và UBND phường là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế "
          "hoạch; "
          "tổng hợp báo cáo UBND phường, Sở Tư pháp."),
        P("2. Các cơ quan, đơn vị được giao nhiệm vụ gửi báo cáo kết quả về Văn phòng HĐND và UBND phường "
          "trước ngày 05/6/2026 (báo cáo 6 tháng) và trước ngày 05/11/2026 (báo cáo năm)."),
        *_end(["Sở Tư pháp tỉnh Thanh Hóa (b/c);", "TT Đảng ủy, TT HĐND phường;",
               "Chủ tịch, các PCT UBND phường;",
               "Các cơ quan, đơn vị, tổ dân phố;"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
             "Lê Thị Hồng Nhung"),
    ],
    expected=[
        Exp("Tuyên truyền, phổ biến các luật, nghị quyết mới được Quốc hội",
            ("Văn phòng HĐND và UBND phường",),
            ("Phòng Văn hóa - Xã hội", "Công an phường", "các tổ dân phố"), "2026-12-31"),
        Exp("Tổ chức hội nghị phổ biến pháp luật cho cán bộ, công chức phường",
            ("Văn phòng HĐND và UBND phường",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam phường",), "2026-06-30"),
        Exp("Phổ biến pháp luật về đất đai, xây dựng, trật tự đô thị", ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Văn phòng HĐND và UBND phường", "Công an phường", "Trưởng các tổ dân phố"), "2026-10-31"),
        Exp("Tuyên truyền pháp luật về phòng, chống ma túy", ("Công an phường",),
            ("Đoàn Thanh niên Cộng sản Hồ Chí Minh phường", "các trường học trên địa bàn phường"),
            "2026-06-30"),
        Exp("Kiện toàn, nâng cao chất lượng hoạt động của các tổ hòa giải",
            ("Văn phòng HĐND và UBND phường",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam phường",), "2026-12-31", on_request=True),
        Exp("Tổ chức các hoạt động hưởng ứng Ngày Pháp luật", ("Văn phòng HĐND và UBND phường",),
            ("Các cơ quan, đơn vị, tổ dân phố trên địa bàn phường",), "2026-11-09"),
        Exp("Cập nhật, duy trì Tủ sách pháp luật", ("Trung tâm Phục vụ hành chính công phường",),
            ("Văn phòng HĐND và UBND phường",), "2026-12-31"),
    ],
)


# ---------------------------------------------------------------- 2. xã Thanh Sơn, Đồng Nai (table)
_TS_W = (10, 62, 32, 36, 24, 26)
XA_TS = Plan(
    name="xa_thanh_son_pbgdpl_2026",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN",
            "XÃ THANH SƠN",
            "09/KH-UBND",
            "Thanh Sơn, ngày 16 tháng 01 năm 2026",
            "Triển khai công tác phổ biến, giáo dục pháp luật, hòa giải ở cơ sở",
            "và xây dựng xã đạt chuẩn tiếp cận pháp luật năm 2026",
        ),
        *_bases(
            [
                "Căn cứ Luật Hòa giải ở cơ sở ngày 20 tháng 6 năm 2013;",
                "Căn cứ Quyết định số 25/2021/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ quy định về xã, "
                "phường, thị trấn đạt chuẩn tiếp cận pháp luật;",
                "Căn cứ Kế hoạch số 07/KH-UBND ngày 08/01/2026 của UBND tỉnh Đồng Nai;",
            ],
            "UBND xã Thanh Sơn xây dựng Kế hoạch thực hiện với các nội dung sau:",
        ),
        *_aims(
            ["Đưa pháp luật đến với người dân ở các ấp, nhất là vùng sâu, vùng đồng bào dân tộc thiểu số."],
            ["Phân công cụ thể, gắn trách nhiệm người đứng đầu cơ quan, đơn vị.",
             "Lồng ghép với các phong trào thi đua, cuộc vận động tại khu dân cư."],
        ),
        P("II. NỘI DUNG, PHÂN CÔNG THỰC HIỆN", bold=True),
        P("(Chi tiết theo bảng dưới đây)"),
        T(
            (
                ("STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Sản phẩm"),
                ("I", "CÔNG TÁC CHỈ ĐẠO, HƯỚNG DẪN", "", "", "", ""),
                ("1", "Ban hành Kế hoạch triển khai công tác tuyên truyền pháp luật theo chủ đề từng quý",
                 "Văn phòng HĐND và UBND xã", "Các cơ quan, đơn vị thuộc UBND xã", "Tháng 01/2026",
                 "Kế hoạch"),
                ("2", "Kiện toàn đội ngũ tuyên truyền viên pháp luật của xã", "Văn phòng HĐND và UBND xã",
                 "Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội xã", "Quý I/2026",
                 "Quyết định kiện toàn"),
                ("II", "HOẠT ĐỘNG PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT", "", "", "", ""),
                ("3", "Tuyên truyền pháp luật trên hệ thống loa truyền thanh của xã và các ấp",
                 "Phòng Văn hóa - Xã hội", "Trưởng các ấp", "Hằng tháng", "Tin, bài phát thanh"),
                ("4", "Phổ biến pháp luật về bảo vệ và phát triển rừng, phòng cháy, chữa cháy rừng cho hộ "
                      "dân "
                 "nhận khoán", "Phòng Kinh tế", "Hạt Kiểm lâm khu vực Tân Phú; Công an xã",
                 "Từ tháng 01 đến tháng 4/2026", "Hội nghị, tờ gấp"),
                ("5", "Tổ chức cuộc thi tìm hiểu pháp luật trực tuyến cho đoàn viên, hội viên",
                 "Văn phòng HĐND và UBND xã", "Đoàn Thanh niên xã, Hội Liên hiệp Phụ nữ xã", "Quý III/2026",
                 "Cuộc thi"),
                ("6", "Phối hợp trợ giúp pháp lý lưu động cho người thuộc hộ nghèo, người dân tộc thiểu số",
                 "Văn phòng HĐND và UBND xã", "Trung tâm Trợ giúp pháp lý nhà nước tỉnh Đồng Nai",
                 "Theo đề nghị của Trung tâm Trợ giúp pháp lý nhà nước tỉnh", "Đợt trợ giúp pháp lý"),
                ("III", "XÂY DỰNG XÃ ĐẠT CHUẨN TIẾP CẬN PHÁP LUẬT", "", "", "", ""),
                ("7", "Tự đánh giá, chấm điểm các chỉ tiêu tiếp cận pháp luật năm 2026; lập hồ sơ đề nghị "
                      "công "
                 "nhận", "Văn phòng HĐND và UBND xã", "Các bộ phận chuyên môn có liên quan",
                 "Trước ngày 15/11/2026", "Báo cáo, hồ sơ"),
            ),
            _TS_W,
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Văn phòng HĐND và UBND xã theo dõi, đôn đốc, tổng hợp kết quả, báo cáo Chủ tịch UBND xã và Sở Tư "
          "pháp tỉnh Đồng Nai. Các cơ quan, đơn vị báo cáo kết quả trước ngày 25/5/2026 và trước ngày "
          "25/11/2026."),
        P("Kinh phí: từ nguồn ngân sách xã năm 2026 và các nguồn hợp pháp khác."),
        *_end(["Sở Tư pháp tỉnh Đồng Nai;", "Đảng ủy xã;", "Các ban, ngành, đoàn thể xã;", "Các ấp;"],
              "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Điểu Văn Lâm"),
    ],
    expected=[
        Exp("Ban hành Kế hoạch triển khai công tác tuyên truyền pháp luật", ("Văn phòng HĐND và UBND xã",),
            ("Các cơ quan, đơn vị thuộc UBND xã",), "2026-01-31"),
        Exp("Kiện toàn đội ngũ tuyên truyền viên pháp luật", ("Văn phòng HĐND và UBND xã",),
            ("Ủy ban MTTQ Việt Nam xã", "các tổ chức chính trị - xã hội xã"), "2026-03-31"),
        Exp("Tuyên truyền pháp luật trên hệ thống loa truyền thanh", ("Phòng Văn hóa - Xã hội",),
            ("Trưởng các ấp",), "2026-12-31"),
        Exp("Phổ biến pháp luật về bảo vệ và phát triển rừng", ("Phòng Kinh tế",),
            ("Hạt Kiểm lâm khu vực Tân Phú", "Công an xã"), "2026-04-30"),
        Exp("Tổ chức cuộc thi tìm hiểu pháp luật trực tuyến", ("Văn phòng HĐND và UBND xã",),
            ("Đoàn Thanh niên xã", "Hội Liên hiệp Phụ nữ xã"), "2026-09-30"),
        Exp("Phối hợp trợ giúp pháp lý lưu động cho người thuộc hộ nghèo", ("Văn phòng HĐND và UBND xã",),
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh Đồng Nai",), "2026-12-31", on_request=True),
        Exp("Tự đánh giá, chấm điểm các chỉ tiêu tiếp cận pháp luật", ("Văn phòng HĐND và UBND xã",),
            ("Các bộ phận chuyên môn có liên quan",), "2026-11-15"),
    ],
)


# ---------------------------------------------------------------- 3. phường Cầu Giấy, Hà Nội (prose)
PHUONG_CG = Plan(
    name="phuong_cau_giay_de_an_977_2026",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN",
            "PHƯỜNG CẦU GIẤY",
            "47/KH-UBND",
            "Cầu Giấy, ngày 10 tháng 3 năm 2026",
            "Thực hiện Đề án “Tăng cường năng lực tiếp cận pháp luật của người dân”",
            "trên địa bàn phường Cầu Giấy năm 2026",
        ),
        *_bases(
            [
                "Thực hiện Quyết định số 977/QĐ-TTg ngày 11/8/2022 của Thủ tướng Chính phủ phê duyệt Đề án "
                "“Tăng cường năng lực tiếp cận pháp luật của người dân”; Kế hoạch số 52/KH-UBND ngày "
                "20/02/2026 của UBND thành phố Hà Nội về thực hiện Đề án năm 2026,",
            ],
            "UBND phường Cầu Giấy ban hành Kế hoạch thực hiện trên địa bàn phường như sau:",
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Tạo chuyển biến về nhận thức, thói quen tìm hiểu, sử dụng pháp luật của người dân; bảo đảm người "
          "dân "
          "được tiếp cận thông tin pháp luật đầy đủ, kịp thời, thuận tiện, nhất là trên môi trường số. Các "
          "nhiệm vụ được giao phải cụ thể, có sản phẩm, gắn với chuyển đổi số và cải cách hành chính."),
        P("II. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True),
        P("1. Quán triệt, phổ biến nội dung Đề án “Tăng cường năng lực tiếp cận pháp luật của người dân” "
          "đến cán bộ, công chức và tổ dân phố"),
        P("Văn phòng HĐND và UBND phường chủ trì; các phòng, đơn vị thuộc UBND phường phối hợp. Thời gian "
          "thực "
          "hiện: Quý I/2026."),
        P("2. Nâng cao nhận thức, hình thành thói quen tìm hiểu, sử dụng pháp luật của người dân"),
        P("a) Khảo sát nhu cầu tìm hiểu pháp luật của người dân, doanh nghiệp trên địa bàn phường. Giao Văn "
          "phòng HĐND và UBND phường chủ trì, phối hợp với Phòng Kinh tế, Hạ tầng và Đô thị, Trung tâm Phục "
          "vụ hành chính công phường thực hiện. Thời gian: tháng 4 - tháng 5/2026."),
        P("b) Xây dựng, cập nhật chuyên mục “Hỏi - đáp pháp luật” trên Trang thông tin điện tử của phường. "
          "Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp với Văn phòng HĐND và UBND phường thực hiện. Thời "
          "gian: thường xuyên."),
        P("c) Tổ chức đối thoại chính sách, pháp luật về thuế, kinh doanh với hộ kinh doanh trên địa bàn. Đề "
          "nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường chủ trì, phối hợp với Phòng Kinh tế, Hạ tầng và Đô "
          "thị; Thuế cơ sở 3 thành phố Hà Nội tổ chức. Thời gian: Quý III/2026."),
        P("3. Củng cố các kênh tiếp nhận, trả lời phản ánh, kiến nghị của người dân về quy định hành chính"),
        P("Trung tâm Phục vụ hành chính công phường có trách nhiệm chủ trì thực hiện; Văn phòng HĐND và UBND "
          "phường, Công an phường phối hợp. Thời gian: cả năm."),
        P("4. Hỗ trợ người dân tiếp cận pháp luật qua nền tảng số"),
        P("- Hướng dẫn người dân cài đặt, sử dụng ứng dụng định danh điện tử VNeID, Cổng Dịch vụ công quốc "
          "gia để tra cứu thông tin, thủ tục: giao Phòng Văn hóa - Xã hội chủ trì, phối hợp với Công an "
          "phường, "
          "Đoàn Thanh niên phường thực hiện từ Quý II đến hết Quý III/2026."),
        P("- Thí điểm trả lời hỏi đáp pháp luật có ứng dụng trí tuệ nhân tạo trên Trang thông tin điện tử "
          "phường: giao Văn phòng HĐND và UBND phường chủ trì thực hiện sau khi có hướng dẫn của Sở Tư pháp "
          "thành phố Hà Nội."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Các phòng, đơn vị thuộc UBND phường căn cứ nhiệm vụ được giao chủ động triển khai; báo cáo kết "
          "quả (qua Văn phòng HĐND và UBND phường) trước ngày 30/11/2026."),
        P("2. Kinh phí thực hiện từ ngân sách phường và lồng ghép các chương trình khác."),
        *_end(["UBND thành phố Hà Nội (b/c);", "Sở Tư pháp thành phố Hà Nội;", "Đảng ủy, HĐND phường;",
               "Các phòng, đơn vị thuộc UBND phường;"], "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Nguyễn Mạnh Hùng"),
    ],
    expected=[
        Exp("Quán triệt, phổ biến nội dung Đề án", ("Văn phòng HĐND và UBND phường",),
            ("các phòng, đơn vị thuộc UBND phường",), "2026-03-31"),
        Exp("Khảo sát nhu cầu tìm hiểu pháp luật của người dân", ("Văn phòng HĐND và UBND phường",),
            ("Phòng Kinh tế, Hạ tầng và Đô thị", "Trung tâm Phục vụ hành chính công phường"), "2026-05-31"),
        Exp("Xây dựng, cập nhật chuyên mục “Hỏi - đáp pháp luật”", ("Phòng Văn hóa - Xã hội",),
            ("Văn phòng HĐND và UBND phường",), "2026-12-31"),
        Exp("Tổ chức đối thoại chính sách, pháp luật về thuế", ("Ủy ban Mặt trận Tổ quốc Việt Nam phường",),
            ("Phòng Kinh tế, Hạ tầng và Đô thị", "Thuế cơ sở 3 thành phố Hà Nội"), "2026-09-30"),
        Exp("Củng cố các kênh tiếp nhận, trả lời phản ánh", ("Trung tâm Phục vụ hành chính công phường",),
            ("Văn phòng HĐND và UBND phường", "Công an phường"), "2026-12-31"),
        Exp("Hướng dẫn người dân cài đặt, sử dụng ứng dụng", ("Phòng Văn hóa - Xã hội",),
            ("Công an phường", "Đoàn Thanh niên phường"), "2026-09-30"),
        Exp("Thí điểm trả lời hỏi đáp pháp luật có ứng dụng", ("Văn phòng HĐND và UBND phường",),
            (), "2026-12-31", on_request=True),
    ],
)


# ---------------------------------------------------------------- 4. xã Bảo Thắng, Lào Cai ("+" labels)
XA_BT = Plan(
    name="xa_bao_thang_hoa_giai_2026",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN",
            "XÃ BẢO THẮNG",
            "15/KH-UBND",
            "Bảo Thắng, ngày 05 tháng 02 năm 2026",
            "Thực hiện công tác hòa giải ở cơ sở",
            "trên địa bàn xã Bảo Thắng năm 2026",
        ),
        *_bases(
            [
                "Căn cứ Luật Hòa giải ở cơ sở số 35/2013/QH13;",
                "Căn cứ Nghị định số 15/2014/NĐ-CP ngày 27/02/2014 của Chính phủ quy định chi tiết một số "
                "điều "
                "và biện pháp thi hành Luật Hòa giải ở cơ sở;",
                "Căn cứ Kế hoạch số 31/KH-UBND ngày 20/01/2026 của UBND tỉnh Lào Cai,",
            ],
            "UBND xã xây dựng Kế hoạch thực hiện công tác hòa giải ở cơ sở năm 2026, cụ thể như sau:",
        ),
        *_aims(
            ["Giải quyết kịp thời các mâu thuẫn, tranh chấp nhỏ ngay tại thôn, hạn chế khiếu kiện vượt cấp.",
             "Củng cố đội ngũ hòa giải viên sau khi sắp xếp, sáp nhập thôn."],
            ["Hòa giải đúng pháp luật, phù hợp phong tục, tập quán tốt đẹp của đồng bào các dân tộc."],
        ),
        P("II. NỘI DUNG THỰC HIỆN", bold=True),
        P("1. Rà soát, kiện toàn tổ hòa giải và hòa giải viên ở các thôn", bold=True),
        P("Rà soát số lượng, chất lượng hòa giải viên; bổ sung người có uy tín, người biết tiếng dân tộc."),
        P("+ Chủ trì thực hiện: Văn phòng HĐND và UBND xã"),
        P("+ Phối hợp: Ủy ban MTTQ Việt Nam xã; Trưởng các thôn"),
        P("+ Thời hạn: Quý I/2026"),
        P("2. Tổ chức tập huấn, bồi dưỡng kỹ năng hòa giải cho hòa giải viên", bold=True),
        P("+ Chủ trì thực hiện: Văn phòng HĐND và UBND xã"),
        P("+ Phối hợp: Sở Tư pháp tỉnh Lào Cai"),
        P("+ Thời hạn: Sau khi Sở Tư pháp ban hành tài liệu bồi dưỡng hòa giải viên"),
        P("3. Thực hiện hòa giải các mâu thuẫn, tranh chấp, vi phạm pháp luật theo quy định", bold=True),
        P("+ Chủ trì thực hiện: Các tổ hòa giải ở cơ sở"),
        P("+ Phối hợp: Trưởng thôn, Công an xã, Hội Nông dân xã và Hội Liên hiệp Phụ nữ xã"),
        P("+ Thời hạn: Thường xuyên"),
        P("4. Biên soạn, cấp phát tài liệu hỏi - đáp về hòa giải song ngữ Việt - Mông", bold=True),
        P("+ Chủ trì thực hiện: Phòng Văn hóa - Xã hội"),
        P("+ Phối hợp: Văn phòng HĐND và UBND xã"),
        P("+ Tiến độ: Tháng 7 - tháng 9/2026"),
        P("5. Thống kê, báo cáo kết quả công tác hòa giải ở cơ sở năm 2026", bold=True),
        P("+ Chủ trì thực hiện: Văn phòng HĐND và UBND xã"),
        P("+ Phối hợp: Các tổ hòa giải ở cơ sở"),
        P("+ Thời hạn: Trước ngày 20/11/2026"),
        P("6. Bố trí kinh phí hỗ trợ hoạt động hòa giải, thù lao hòa giải viên theo vụ việc", bold=True),
        P("+ Chủ trì thực hiện: Phòng Kinh tế"),
        P("+ Phối hợp: Văn phòng HĐND và UBND xã"),
        P("+ Thời hạn: Năm 2026"),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Văn phòng HĐND và UBND xã giúp UBND xã theo dõi, hướng dẫn, kiểm tra việc thực hiện Kế hoạch; báo "
          "cáo kết quả về Sở Tư pháp tỉnh Lào Cai trước ngày 25/11/2026."),
        *_end(["Sở Tư pháp tỉnh Lào Cai;", "TT Đảng ủy, HĐND xã;", "Ủy ban MTTQ Việt Nam xã;", "Các thôn;"],
              "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Vàng Seo Chư"),
    ],
    expected=[
        Exp("Rà soát, kiện toàn tổ hòa giải và hòa giải viên", ("Văn phòng HĐND và UBND xã",),
            ("Ủy ban MTTQ Việt Nam xã", "Trưởng các thôn"), "2026-03-31"),
        Exp("Tổ chức tập huấn, bồi dưỡng kỹ năng hòa giải", ("Văn phòng HĐND và UBND xã",),
            ("Sở Tư pháp tỉnh Lào Cai",), "2026-12-31", on_request=True),
        Exp("Thực hiện hòa giải các mâu thuẫn, tranh chấp", ("Các tổ hòa giải ở cơ sở",),
            ("Trưởng thôn", "Công an xã", "Hội Nông dân xã", "Hội Liên hiệp Phụ nữ xã"), "2026-12-31"),
        Exp("Biên soạn, cấp phát tài liệu hỏi - đáp về hòa giải", ("Phòng Văn hóa - Xã hội",),
            ("Văn phòng HĐND và UBND xã",), "2026-09-30"),
        Exp("Thống kê, báo cáo kết quả công tác hòa giải", ("Văn phòng HĐND và UBND xã",),
            ("Các tổ hòa giải ở cơ sở",), "2026-11-20"),
        Exp("Bố trí kinh phí hỗ trợ hoạt động hòa giải", ("Phòng Kinh tế",),
            ("Văn phòng HĐND và UBND xã",), "2026-12-31"),
    ],
)


# ---------------------------------------------------------------- 5. phường Hải Châu, Đà Nẵng (no STT)
PHUONG_HC = Plan(
    name="phuong_hai_chau_ngay_phap_luat_2026",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN",
            "PHƯỜNG HẢI CHÂU",
            "212/KH-UBND",
            "Hải Châu, ngày 28 tháng 9 năm 2026",
            "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật",
            "nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2026",
        ),
        P("Thực hiện Công văn số 1480/STP-PBGDPL ngày 15/9/2026 của Sở Tư pháp thành phố Đà Nẵng về hướng "
          "dẫn "
          "tổ chức Ngày Pháp luật năm 2026, UBND phường Hải Châu ban hành Kế hoạch như sau:"),
        *_aims(
            ["Tiếp tục đưa Ngày Pháp luật đi vào chiều sâu, thiết thực, gắn với nhiệm vụ chính trị của "
             "phường."],
            ["Tổ chức trang trọng, tiết kiệm; huy động sự tham gia của doanh nghiệp, tổ chức trên địa bàn."],
        ),
        P("II. NỘI DUNG VÀ PHÂN CÔNG NHIỆM VỤ", bold=True),
        T(
            (
                ("Nội dung công việc", "Thời gian", "Đơn vị thực hiện", "Đơn vị phối hợp", "Ghi chú"),
                ("Ban hành văn bản hướng dẫn các tổ dân phố hưởng ứng Ngày Pháp luật năm 2026",
                 "Trước ngày 10/10/2026", "Văn phòng HĐND và UBND phường", "", ""),
                ("Treo băng rôn, pa nô, khẩu hiệu hưởng ứng Ngày Pháp luật tại trụ sở và các tuyến đường "
                 "chính",
                 "Từ ngày 01/11 đến ngày 15/11/2026", "Phòng Văn hóa - Xã hội",
                 "Phòng Kinh tế, Hạ tầng và Đô thị; các tổ dân phố", ""),
                ("Tổ chức “Ngày hội pháp luật” kết hợp tư vấn, trợ giúp pháp lý miễn phí cho người dân",
                 "Ngày 09/11/2026", "Văn phòng HĐND và UBND phường",
                 "Trung tâm Trợ giúp pháp lý nhà nước thành phố Đà Nẵng, Hội Luật gia phường, Đoàn Luật sư "
                 "thành phố Đà Nẵng", "Kinh phí xã hội hóa"),
                ("Phát động cuộc thi “Tìm hiểu pháp luật về bảo vệ môi trường” trong cán bộ, công chức "
                 "phường",
                 "Tháng 10 - tháng 11/2026", "Công đoàn cơ sở phường", "Văn phòng HĐND và UBND phường", ""),
                ("Tọa đàm về quyền, nghĩa vụ của người lao động theo Bộ luật Lao động",
                 "Khi Liên đoàn Lao động thành phố có hướng dẫn", "Phòng Văn hóa - Xã hội",
                 "Công đoàn cơ sở phường, các doanh nghiệp trên địa bàn", "Lồng ghép Tháng Công nhân"),
                ("Tổng hợp, báo cáo kết quả hưởng ứng Ngày Pháp luật năm 2026", "Trước ngày 25/11/2026",
                 "Văn phòng HĐND và UBND phường", "Các cơ quan, đơn vị liên quan", "Báo cáo Sở Tư pháp"),
            ),
            (62, 30, 34, 40, 24),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các đơn vị được phân công chủ động triển khai, báo cáo kết quả về Văn phòng HĐND và UBND phường "
          "trước "
          "ngày 20/11/2026 để tổng hợp, báo cáo Sở Tư pháp thành phố Đà Nẵng."),
        *_end(["Sở Tư pháp thành phố Đà Nẵng;", "Thường trực Đảng ủy phường;", "Các đơn vị, tổ dân phố;"],
              "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Trần Thị Thu Hà"),
    ],
    expected=[
        Exp("Ban hành văn bản hướng dẫn các tổ dân phố",
            ("Văn phòng HĐND và UBND phường",), (), "2026-10-10"),
        Exp("Treo băng rôn, pa nô, khẩu hiệu hưởng ứng", ("Phòng Văn hóa - Xã hội",),
            ("Phòng Kinh tế, Hạ tầng và Đô thị", "các tổ dân phố"), "2026-11-15"),
        Exp("Tổ chức “Ngày hội pháp luật” kết hợp tư vấn", ("Văn phòng HĐND và UBND phường",),
            ("Trung tâm Trợ giúp pháp lý nhà nước thành phố Đà Nẵng", "Hội Luật gia phường",
             "Đoàn Luật sư thành phố Đà Nẵng"), "2026-11-09"),
        Exp("Phát động cuộc thi “Tìm hiểu pháp luật về bảo vệ môi trường”", ("Công đoàn cơ sở phường",),
            ("Văn phòng HĐND và UBND phường",), "2026-11-30"),
        Exp("Tọa đàm về quyền, nghĩa vụ của người lao động", ("Phòng Văn hóa - Xã hội",),
            ("Công đoàn cơ sở phường", "các doanh nghiệp trên địa bàn"), "2026-12-31", on_request=True),
        Exp("Tổng hợp, báo cáo kết quả hưởng ứng Ngày Pháp luật", ("Văn phòng HĐND và UBND phường",),
            ("Các cơ quan, đơn vị liên quan",), "2026-11-25"),
    ],
)


# ---------------------------------------------------------------- 6. xã Vĩnh Thạnh Trung, An Giang (1.1.)
XA_VT = Plan(
    name="xa_vinh_thanh_trung_chuan_tiep_can_2026",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN",
            "XÃ VĨNH THẠNH TRUNG",
            "26/KH-UBND",
            "Vĩnh Thạnh Trung, ngày 02 tháng 3 năm 2026",
            "Xây dựng xã đạt chuẩn tiếp cận pháp luật năm 2026",
            "",
        ),
        *_bases(
            [
                "Căn cứ Quyết định số 25/2021/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ;",
                "Căn cứ Thông tư số 09/2021/TT-BTP ngày 15/11/2021 của Bộ trưởng Bộ Tư pháp hướng dẫn thi "
                "hành "
                "Quyết định số 25/2021/QĐ-TTg;",
                "Căn cứ Kế hoạch số 112/KH-UBND ngày 14/02/2026 của UBND tỉnh An Giang về xây dựng xã, "
                "phường, "
                "đặc khu đạt chuẩn tiếp cận pháp luật năm 2026;",
            ],
            "UBND xã Vĩnh Thạnh Trung ban hành Kế hoạch thực hiện như sau:",
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Phấn đấu năm 2026 xã được công nhận đạt chuẩn tiếp cận pháp luật; xác định rõ trách nhiệm của "
          "từng "
          "thành viên Hội đồng đánh giá và các bộ phận chuyên môn trong thực hiện từng tiêu chí."),
        P("II. CHỈ TIÊU", bold=True),
        P("Đạt tổng số điểm từ 80 điểm trở lên; mỗi tiêu chí đạt từ 50% số điểm tối đa trở lên."),
        P("III. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Công tác chỉ đạo, tổ chức thực hiện", bold=True),
        P("1.1. Kiện toàn Hội đồng đánh giá xã đạt chuẩn tiếp cận pháp luật. Chủ trì: Chủ tịch UBND xã. Phối "
          "hợp: Văn phòng HĐND và UBND xã. Thời hạn: tháng 02/2026."),
        P("1.2. Phân công thành viên phụ trách theo dõi từng tiêu chí, chỉ tiêu. Chủ trì: Phó Chủ tịch UBND "
          "xã. "
          "Phối hợp: Các thành viên Hội đồng đánh giá. Thời hạn: Quý I/2026."),
        P("2. Thực hiện các tiêu chí tiếp cận pháp luật", bold=True),
        P("2.1. Tiêu chí 1: Ban hành văn bản quy phạm pháp luật, thực hiện thủ tục hành chính đúng quy định. "
          "Chủ trì: Văn phòng HĐND và UBND xã. Phối hợp: Phòng Kinh tế, Phòng Văn hóa - Xã hội. Tiến độ: cả "
          "năm."),
        P("2.2. Tiêu chí 2: Tiếp cận thông tin, phổ biến, giáo dục pháp luật. Chủ trì: Phòng Văn hóa - Xã "
          "hội. "
          "Phối hợp: Văn phòng HĐND và UBND xã; Ủy ban MTTQ Việt Nam xã và các đoàn thể chính trị - xã hội. "
          "Tiến độ: thường xuyên."),
        P("2.3. Tiêu chí 3: Hòa giải ở cơ sở, trợ giúp pháp lý. Chủ trì: Công chức Tư pháp - Hộ tịch. Phối "
          "hợp: Các tổ hòa giải ấp. Tiến độ: cả năm."),
        P("2.4. Tiêu chí 4: Thực hiện dân chủ ở cơ sở. Chủ trì: Ủy ban MTTQ Việt Nam xã. Phối hợp: Trưởng "
          "ban "
          "nhân dân các ấp. Tiến độ: cả năm."),
        P("2.5. Tiêu chí 5: Bảo đảm trật tự, an toàn xã hội và an ninh trật tự ở cơ sở. Chủ trì: Công an xã. "
          "Phối hợp: Ban Chỉ huy Quân sự xã. Tiến độ: cả năm."),
        P("3. Tự đánh giá, chấm điểm và công khai kết quả đánh giá", bold=True),
        P("Chủ trì: Văn phòng HĐND và UBND xã. Phối hợp: Các thành viên Hội đồng đánh giá. Thời hạn: từ ngày "
          "01/11 đến ngày 20/11/2026 (niêm yết công khai ít nhất 05 ngày)."),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Thành viên Hội đồng đánh giá chịu trách nhiệm trước Chủ tịch UBND xã về kết quả tiêu chí được "
          "phân "
          "công; gửi số liệu, tài liệu kiểm chứng về Văn phòng HĐND và UBND xã trước ngày 30/10/2026."),
        *_end(["Sở Tư pháp tỉnh An Giang;", "TT Đảng ủy xã;", "Thành viên Hội đồng đánh giá;", "Các ấp;"],
              "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Nguyễn Văn Tám"),
    ],
    expected=[
        Exp("Kiện toàn Hội đồng đánh giá xã đạt chuẩn", ("Chủ tịch UBND xã",),
            ("Văn phòng HĐND và UBND xã",), "2026-02-28"),
        Exp("Phân công thành viên phụ trách theo dõi từng tiêu chí", ("Phó Chủ tịch UBND xã",),
            ("Các thành viên Hội đồng đánh giá",), "2026-03-31"),
        Exp("Tiêu chí 1: Ban hành văn bản quy phạm pháp luật", ("Văn phòng HĐND và UBND xã",),
            ("Phòng Kinh tế", "Phòng Văn hóa - Xã hội"), "2026-12-31"),
        Exp("Tiêu chí 2: Tiếp cận thông tin, phổ biến", ("Phòng Văn hóa - Xã hội",),
            ("Văn phòng HĐND và UBND xã", "Ủy ban MTTQ Việt Nam xã", "các đoàn thể chính trị - xã hội"),
            "2026-12-31"),
        Exp("Tiêu chí 3: Hòa giải ở cơ sở, trợ giúp pháp lý", ("Công chức Tư pháp - Hộ tịch",),
            ("Các tổ hòa giải ấp",), "2026-12-31"),
        Exp("Tiêu chí 4: Thực hiện dân chủ ở cơ sở", ("Ủy ban MTTQ Việt Nam xã",),
            ("Trưởng ban nhân dân các ấp",), "2026-12-31"),
        Exp("Tiêu chí 5: Bảo đảm trật tự, an toàn xã hội", ("Công an xã",),
            ("Ban Chỉ huy Quân sự xã",), "2026-12-31"),
        Exp("Tự đánh giá, chấm điểm và công khai kết quả", ("Văn phòng HĐND và UBND xã",),
            ("Các thành viên Hội đồng đánh giá",), "2026-11-20"),
    ],
)


# ---------------------------------------------------------------- 7. xã Ia Dơk, Gia Lai (prose blocks)
XA_ID = Plan(
    name="xa_ia_dok_pbgdpl_dtts_2026",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN",
            "XÃ IA DƠK",
            "18/KH-UBND",
            "Ia Dơk, ngày 27 tháng 02 năm 2026",
            "Phổ biến, giáo dục pháp luật và tuyên truyền, vận động",
            "đồng bào dân tộc thiểu số trên địa bàn xã năm 2026",
        ),
        *_bases(
            [
                "Căn cứ Quyết định số 1521/QĐ-TTg ngày 06/10/2021 của Thủ tướng Chính phủ phê duyệt Đề án "
                "“Tăng cường công tác phổ biến, giáo dục pháp luật và tuyên truyền, vận động đồng bào vùng "
                "dân "
                "tộc thiểu số và miền núi giai đoạn 2021 - 2025”, được tiếp tục thực hiện theo chỉ đạo của "
                "UBND "
                "tỉnh Gia Lai tại Kế hoạch số 95/KH-UBND ngày 09/02/2026;",
            ],
            "UBND xã Ia Dơk ban hành Kế hoạch thực hiện năm 2026 như sau:",
        ),
        *_aims(
            ["Nâng cao hiểu biết pháp luật của đồng bào Jrai, Bahnar; giảm tình trạng tảo hôn, hôn nhân cận "
             "huyết thống, xâm phạm đất rừng."],
            ["Nội dung ngắn gọn, dễ hiểu, bằng tiếng dân tộc; phát huy vai trò già làng, người có uy tín."],
        ),
        P("II. NHIỆM VỤ", bold=True),
        P("1. Tuyên truyền, phổ biến pháp luật bằng tiếng dân tộc thiểu số", bold=True),
        P("- Phòng Văn hóa - Xã hội chủ trì, phối hợp với Văn phòng HĐND và UBND xã biên tập tin, bài pháp "
          "luật bằng tiếng Jrai, phát trên hệ thống truyền thanh không dây của xã; thời gian: hằng tháng."),
        P("- Công an xã chủ trì tuyên truyền pháp luật về phòng, chống tội phạm, tảo hôn và hôn nhân cận "
          "huyết "
          "thống tại các làng, phối hợp với Đồn Biên phòng Ia Dơk; thời gian: Quý II, III/2026."),
        P("2. Phát huy vai trò người có uy tín trong đồng bào dân tộc thiểu số", bold=True),
        P("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã chủ trì, phối hợp với Hội Nông dân xã, Hội Cựu chiến "
          "binh xã tổ chức gặp mặt, cung cấp tài liệu pháp luật cho già làng, người có uy tín; thời gian: "
          "Quý "
          "I/2026."),
        P("3. Tổ chức trợ giúp pháp lý cho người dân tộc thiểu số", bold=True),
        P("- Văn phòng HĐND và UBND xã chủ trì, phối hợp với Trung tâm Trợ giúp pháp lý nhà nước tỉnh Gia "
          "Lai "
          "tổ chức 02 đợt trợ giúp pháp lý lưu động tại các làng; thời gian: tháng 5 và tháng 10/2026."),
        P("- Trưởng các thôn, làng có trách nhiệm thông báo, hướng dẫn người dân có nhu cầu trợ giúp pháp lý "
          "đến đăng ký; thời gian: theo đề nghị của Văn phòng HĐND và UBND xã."),
        P("4. Duy trì mô hình “Làng không có tội phạm và tệ nạn xã hội”", bold=True),
        P("Chủ trì: Công an xã. Phối hợp: Ủy ban MTTQ Việt Nam xã, Đoàn Thanh niên xã và Ban nhân dân các "
          "làng. Thời gian: cả năm 2026."),
        P("5. Phổ biến pháp luật trong trường học", bold=True),
        P("Giao Trường Phổ thông dân tộc bán trú Tiểu học và Trung học cơ sở Ia Dơk chủ trì, phối hợp với "
          "Đoàn "
          "Thanh niên xã lồng ghép nội dung pháp luật về an toàn giao thông, phòng, chống xâm hại trẻ em vào "
          "hoạt động ngoại khóa; thời gian: từ tháng 9 đến tháng 12/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Văn phòng HĐND và UBND xã là đầu mối theo dõi, tổng hợp; các đơn vị báo cáo kết quả trước ngày "
          "15/11/2026. Kinh phí từ nguồn ngân sách xã và nguồn Chương trình mục tiêu quốc gia phát triển "
          "kinh "
          "tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi."),
        *_end(["Sở Tư pháp tỉnh Gia Lai;", "Sở Dân tộc và Tôn giáo tỉnh Gia Lai;", "TT Đảng ủy, HĐND xã;",
               "Các thôn, làng;"], "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Rơ Châm H'Yun"),
    ],
    expected=[
        Exp("Phòng Văn hóa - Xã hội chủ trì, phối hợp với Văn phòng", ("Phòng Văn hóa - Xã hội",),
            ("Văn phòng HĐND và UBND xã",), "2026-12-31"),
        Exp("Công an xã chủ trì tuyên truyền pháp luật về phòng, chống tội phạm", ("Công an xã",),
            ("Đồn Biên phòng Ia Dơk",), "2026-09-30"),
        Exp("Phát huy vai trò người có uy tín", ("Ủy ban Mặt trận Tổ quốc Việt Nam xã",),
            ("Hội Nông dân xã", "Hội Cựu chiến binh xã"), "2026-03-31"),
        Exp("Văn phòng HĐND và UBND xã chủ trì, phối hợp với Trung tâm", ("Văn phòng HĐND và UBND xã",),
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh Gia Lai",), "2026-10-31"),
        Exp("Trưởng các thôn, làng có trách nhiệm thông báo", ("Trưởng các thôn, làng",),
            (), "2026-12-31", on_request=True),
        Exp("Duy trì mô hình “Làng không có tội phạm", ("Công an xã",),
            ("Ủy ban MTTQ Việt Nam xã", "Đoàn Thanh niên xã", "Ban nhân dân các làng"), "2026-12-31"),
        Exp("Phổ biến pháp luật trong trường học",
            ("Trường Phổ thông dân tộc bán trú Tiểu học và Trung học cơ sở Ia Dơk",),
            ("Đoàn Thanh niên xã",), "2026-12-31"),
    ],
)


# ---------------------------------------------------------------- 8. phường Bình Thạnh, TP HCM (2027)
PHUONG_BT = Plan(
    name="phuong_binh_thanh_pbgdpl_2027",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN",
            "PHƯỜNG BÌNH THẠNH",
            "389/KH-UBND",
            "Thành phố Hồ Chí Minh, ngày 18 tháng 12 năm 2026",
            "Công tác phổ biến, giáo dục pháp luật năm 2027",
            "",
        ),
        *_bases(
            [
                "Căn cứ Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13;",
                "Căn cứ Kế hoạch số 6120/KH-UBND ngày 04/12/2026 của Ủy ban nhân dân Thành phố Hồ Chí Minh "
                "về "
                "công tác phổ biến, giáo dục pháp luật năm 2027;",
            ],
            "Ủy ban nhân dân phường Bình Thạnh xây dựng Kế hoạch công tác PBGDPL năm 2027 như sau:",
        ),
        *_aims(
            ["Bảo đảm người dân, doanh nghiệp trên địa bàn phường được tiếp cận kịp thời các chính sách, "
             "pháp "
             "luật mới của Trung ương và Thành phố."],
            ["Gắn PBGDPL với chuyển đổi số, xây dựng chính quyền đô thị.",
             "Sử dụng kinh phí đúng định mức tại Thông tư số 56/2023/TT-BTC."],
        ),
        P("II. NHIỆM VỤ, PHÂN CÔNG THỰC HIỆN", bold=True),
        T(
            (
                ("TT", "Nội dung nhiệm vụ", "Đơn vị thực hiện", "", "Thời gian hoàn thành", "Kinh phí"),
                ("", "", "Chủ trì", "Phối hợp", "", ""),
                ("1", "Xây dựng kế hoạch tuyên truyền pháp luật theo chuyên đề hằng quý",
                 "Văn phòng HĐND và UBND phường", "Các đơn vị thuộc UBND phường", "Tháng 01/2027",
                 "Ngân sách phường"),
                ("2", "Tổ chức sinh hoạt “Ngày pháp luật” hằng tháng tại cơ quan",
                 "Văn phòng HĐND và UBND phường", "Công đoàn cơ sở phường", "Hằng tháng", "Ngân sách phường"),
                ("3", "Phổ biến pháp luật về an toàn thực phẩm cho hộ kinh doanh, tiểu thương chợ",
                 "Phòng Kinh tế, Hạ tầng và Đô thị", "Trạm Y tế phường; Ban Quản lý chợ Bà Chiểu",
                 "Tháng 4 - tháng 6/2027", "Ngân sách phường"),
                ("4", "Tuyên truyền Luật Trật tự, an toàn giao thông đường bộ cho học sinh, người lao động",
                 "Công an phường", "Đoàn Thanh niên phường, Hội Liên hiệp Phụ nữ phường và các trường học "
                 "trên địa bàn", "Quý II, III/2027", "Lồng ghép"),
                ("5", "Phổ biến các dự thảo nghị quyết của HĐND Thành phố có tác động lớn đến người dân để "
                      "lấy "
                 "ý kiến", "Văn phòng HĐND và UBND phường", "Ủy ban MTTQ Việt Nam phường",
                 "Khi có yêu cầu của UBND Thành phố", "Không"),
                ("6", "Bồi dưỡng kiến thức pháp luật cho tổ trưởng tổ dân phố, hòa giải viên",
                 "Văn phòng HĐND và UBND phường", "Sở Tư pháp Thành phố Hồ Chí Minh", "Trước ngày 30/9/2027",
                 "Ngân sách phường"),
                ("7", "Sơ kết 6 tháng, tổng kết năm công tác PBGDPL", "Văn phòng HĐND và UBND phường",
                 "Các đơn vị thuộc UBND phường", "Tháng 6 và tháng 12/2027", "Không"),
            ),
            (10, 58, 34, 38, 26, 24),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Văn phòng HĐND và UBND phường chủ trì theo dõi, đôn đốc; tổng hợp báo cáo 6 tháng trước ngày "
          "05/6/2027 và báo cáo năm trước ngày 05/11/2027 gửi Sở Tư pháp."),
        P("2. Các đơn vị, tổ dân phố căn cứ Kế hoạch chủ động triển khai thực hiện."),
        *_end(["UBND Thành phố (b/c);", "Sở Tư pháp TP.HCM;", "TT Đảng ủy, HĐND phường;",
               "Các đơn vị thuộc UBND phường;", "Các khu phố;"], "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
              "Phạm Quốc Bảo"),
    ],
    expected=[
        Exp("Xây dựng kế hoạch tuyên truyền pháp luật theo chuyên đề", ("Văn phòng HĐND và UBND phường",),
            ("Các đơn vị thuộc UBND phường",), "2027-01-31"),
        Exp("Tổ chức sinh hoạt “Ngày pháp luật” hằng tháng", ("Văn phòng HĐND và UBND phường",),
            ("Công đoàn cơ sở phường",), "2027-12-31"),
        Exp("Phổ biến pháp luật về an toàn thực phẩm", ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Trạm Y tế phường", "Ban Quản lý chợ Bà Chiểu"), "2027-06-30"),
        Exp("Tuyên truyền Luật Trật tự, an toàn giao thông", ("Công an phường",),
            ("Đoàn Thanh niên phường", "Hội Liên hiệp Phụ nữ phường", "các trường học trên địa bàn"),
            "2027-09-30"),
        Exp("Phổ biến các dự thảo nghị quyết của HĐND Thành phố", ("Văn phòng HĐND và UBND phường",),
            ("Ủy ban MTTQ Việt Nam phường",), "2027-12-31", on_request=True),
        Exp("Bồi dưỡng kiến thức pháp luật cho tổ trưởng", ("Văn phòng HĐND và UBND phường",),
            ("Sở Tư pháp Thành phố Hồ Chí Minh",), "2027-09-30"),
        Exp("Sơ kết 6 tháng, tổng kết năm công tác PBGDPL", ("Văn phòng HĐND và UBND phường",),
            ("Các đơn vị thuộc UBND phường",), "2027-12-31"),
    ],
)


# ---------------------------------------------------------------- 9. xã Đô Lương, Nghệ An (inline line)
XA_DL = Plan(
    name="xa_do_luong_chuyen_doi_so_pbgdpl_2026",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN",
            "XÃ ĐÔ LƯƠNG",
            "33/KH-UBND",
            "Đô Lương, ngày 20 tháng 3 năm 2026",
            "Ứng dụng công nghệ thông tin, chuyển đổi số trong công tác",
            "phổ biến, giáo dục pháp luật trên địa bàn xã năm 2026",
        ),
        *_bases(
            [
                "Căn cứ Quyết định số 766/QĐ-TTg ngày 15/4/2025 của Thủ tướng Chính phủ phê duyệt Đề án "
                "chuyển "
                "đổi số trong công tác phổ biến, giáo dục pháp luật giai đoạn 2025 - 2030;",
                "Căn cứ Kế hoạch số 140/KH-UBND ngày 02/3/2026 của UBND tỉnh Nghệ An;",
            ],
            "UBND xã Đô Lương ban hành Kế hoạch như sau:",
        ),
        *_aims(
            ["Từng bước đưa thông tin pháp luật đến người dân qua môi trường số; phấn đấu 60% người dân của "
             "xã "
             "tiếp cận thông tin pháp luật bằng phương tiện số."],
            ["Tận dụng hạ tầng sẵn có, phối hợp chặt chẽ với Tổ công nghệ số cộng đồng."],
        ),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Số hóa tài liệu Tủ sách pháp luật của xã, cập nhật lên Tủ sách pháp luật điện tử"),
        P("Đơn vị chủ trì: Văn phòng HĐND và UBND xã; đơn vị phối hợp: Phòng Văn hóa - Xã hội; thời gian "
          "thực "
          "hiện: Quý II/2026."),
        P("2. Lập nhóm Zalo “Pháp luật với người dân” tại các xóm để chia sẻ văn bản, tình huống pháp luật"),
        P("Đơn vị chủ trì: Phòng Văn hóa - Xã hội; đơn vị phối hợp: Trưởng các xóm, Đoàn Thanh niên xã; thời "
          "gian thực hiện: tháng 3/2026."),
        P("3. Tiếp nhận câu hỏi pháp luật của người dân qua Cổng PBGDPL quốc gia và chuyển đến cơ quan có "
          "thẩm quyền trả lời"),
        P("Đơn vị chủ trì: Trung tâm Phục vụ hành chính công xã; đơn vị phối hợp: Văn phòng HĐND và UBND xã, "
          "Công an xã; thời gian thực hiện: thường xuyên."),
        P("4. Tổ chức đối thoại chính sách, pháp luật trực tuyến với người dân"),
        P("Đơn vị chủ trì: Văn phòng HĐND và UBND xã; đơn vị phối hợp: Ủy ban MTTQ Việt Nam xã; thời gian "
          "thực hiện: sau khi hệ thống đối thoại trực tuyến của tỉnh được đưa vào vận hành."),
        P("5. Bồi dưỡng kỹ năng số cho đội ngũ tuyên truyền viên pháp luật, hòa giải viên"),
        P("Đơn vị chủ trì: Phòng Văn hóa - Xã hội; đơn vị phối hợp: VNPT Nghệ An; thời gian thực hiện: từ "
          "tháng 6 đến tháng 8/2026."),
        P("6. Hỗ trợ người dân kích hoạt, sử dụng tài khoản định danh điện tử mức độ 2"),
        P("Đơn vị chủ trì: Công an xã; đơn vị phối hợp: Tổ công nghệ số cộng đồng các xóm; thời gian thực "
          "hiện: cả năm."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Văn phòng HĐND và UBND xã chịu trách nhiệm theo dõi, tổng hợp, báo cáo kết quả thực hiện về Sở Tư "
          "pháp tỉnh Nghệ An trước ngày 10/12/2026. Kinh phí từ ngân sách xã và nguồn hỗ trợ của tỉnh."),
        *_end(["Sở Tư pháp tỉnh Nghệ An;", "TT Đảng ủy, HĐND xã;", "Các đơn vị thuộc UBND xã;", "Các xóm;"],
              "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hoàng Văn Đức"),
    ],
    expected=[
        Exp("Số hóa tài liệu Tủ sách pháp luật của xã", ("Văn phòng HĐND và UBND xã",),
            ("Phòng Văn hóa - Xã hội",), "2026-06-30"),
        Exp("Lập nhóm Zalo “Pháp luật với người dân”", ("Phòng Văn hóa - Xã hội",),
            ("Trưởng các xóm", "Đoàn Thanh niên xã"), "2026-03-31"),
        Exp("Tiếp nhận câu hỏi pháp luật của người dân", ("Trung tâm Phục vụ hành chính công xã",),
            ("Văn phòng HĐND và UBND xã", "Công an xã"), "2026-12-31"),
        Exp("Tổ chức đối thoại chính sách, pháp luật trực tuyến", ("Văn phòng HĐND và UBND xã",),
            ("Ủy ban MTTQ Việt Nam xã",), "2026-12-31", on_request=True),
        Exp("Bồi dưỡng kỹ năng số cho đội ngũ tuyên truyền viên", ("Phòng Văn hóa - Xã hội",),
            ("VNPT Nghệ An",), "2026-08-31"),
        Exp("Hỗ trợ người dân kích hoạt, sử dụng tài khoản", ("Công an xã",),
            ("Tổ công nghệ số cộng đồng các xóm",), "2026-12-31"),
    ],
)


# ---------------------------------------------------------------- 10. phường Hạ Long, Quảng Ninh
PHUONG_HL = Plan(
    name="phuong_ha_long_ho_tro_phap_ly_dn_2026",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN",
            "PHƯỜNG HẠ LONG",
            "74/KH-UBND",
            "Hạ Long, ngày 06 tháng 4 năm 2026",
            "Hỗ trợ pháp lý cho doanh nghiệp, hộ kinh doanh",
            "trên địa bàn phường Hạ Long năm 2026",
        ),
        *_bases(
            [
                "Căn cứ Luật Hỗ trợ doanh nghiệp nhỏ và vừa số 04/2017/QH14;",
                "Căn cứ Nghị định số 55/2019/NĐ-CP ngày 24/6/2019 của Chính phủ về hỗ trợ pháp lý cho doanh "
                "nghiệp nhỏ và vừa;",
                "Căn cứ Kế hoạch số 88/KH-UBND ngày 17/3/2026 của UBND tỉnh Quảng Ninh;",
            ],
            "UBND phường Hạ Long ban hành Kế hoạch hỗ trợ pháp lý cho doanh nghiệp, hộ kinh doanh năm 2026:",
        ),
        *_aims(
            ["Giúp doanh nghiệp, hộ kinh doanh nắm bắt, tuân thủ pháp luật, giảm rủi ro pháp lý, nhất là "
             "trong "
             "lĩnh vực du lịch, dịch vụ."],
            ["Hỗ trợ đúng đối tượng, đúng nhu cầu; tiếp nhận và trả lời vướng mắc kịp thời."],
        ),
        P("II. NỘI DUNG HỖ TRỢ", bold=True),
        P("1. Rà soát, tổng hợp nhu cầu hỗ trợ pháp lý của doanh nghiệp, hộ kinh doanh", bold=True),
        P("Lập phiếu khảo sát, tổng hợp vướng mắc về thủ tục, thuế, lao động, đất đai."),
        P("Cơ quan thực hiện: Phòng Kinh tế, Hạ tầng và Đô thị (chủ trì); Văn phòng HĐND và UBND phường, "
          "Thuế "
          "cơ sở 2 tỉnh Quảng Ninh (phối hợp)."),
        P("Thời gian thực hiện: Quý I/2026."),
        P("2. Cung cấp thông tin pháp luật về thuế, hóa đơn điện tử đối với hộ kinh doanh", bold=True),
        P("Cơ quan thực hiện: Đề nghị Thuế cơ sở 2 tỉnh Quảng Ninh chủ trì; Phòng Kinh tế, Hạ tầng và Đô thị "
          "phối hợp."),
        P("Thời gian thực hiện: Tháng 5/2026."),
        P("3. Tổ chức hội nghị đối thoại giữa chính quyền phường với doanh nghiệp", bold=True),
        P("Cơ quan thực hiện: Chủ tịch UBND phường (chủ trì); Phòng Kinh tế, Hạ tầng và Đô thị; Ủy ban MTTQ "
          "Việt Nam phường (phối hợp)."),
        P("Thời gian thực hiện: Quý IV/2026."),
        P("4. Phổ biến pháp luật về du lịch, bảo vệ môi trường vịnh Hạ Long cho cơ sở lưu trú, chủ tàu du "
          "lịch",
          bold=True),
        P("Cơ quan thực hiện: Phòng Văn hóa - Xã hội (chủ trì); Phòng Kinh tế, Hạ tầng và Đô thị, Công an "
          "phường (phối hợp)."),
        P("Thời gian thực hiện: Từ tháng 3 đến tháng 5/2026."),
        P("5. Hướng dẫn thủ tục đăng ký hộ kinh doanh qua dịch vụ công trực tuyến", bold=True),
        P("Cơ quan thực hiện: Trung tâm Phục vụ hành chính công phường."),
        P("Thời gian thực hiện: Thường xuyên."),
        P("6. Tiếp nhận, giải đáp vướng mắc pháp lý của doanh nghiệp, hộ kinh doanh", bold=True),
        P("Cơ quan thực hiện: Văn phòng HĐND và UBND phường (chủ trì); Phòng Kinh tế, Hạ tầng và Đô thị "
          "(phối hợp)."),
        P("Thời gian thực hiện: Theo đề nghị của doanh nghiệp, hộ kinh doanh."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Phòng Kinh tế, Hạ tầng và Đô thị là đầu mối theo dõi, tổng hợp kết quả, báo cáo UBND phường trước "
          "ngày 30/11/2026. Kinh phí từ ngân sách phường theo Nghị định số 55/2019/NĐ-CP."),
        *_end(["Sở Tư pháp tỉnh Quảng Ninh;", "TT Đảng ủy, HĐND phường;",
               "Các phòng, đơn vị thuộc UBND phường;"],
              "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Vũ Thị Thanh Huyền"),
    ],
    expected=[
        Exp("Rà soát, tổng hợp nhu cầu hỗ trợ pháp lý", ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Văn phòng HĐND và UBND phường", "Thuế cơ sở 2 tỉnh Quảng Ninh"), "2026-03-31"),
        Exp("Cung cấp thông tin pháp luật về thuế, hóa đơn điện tử", ("Thuế cơ sở 2 tỉnh Quảng Ninh",),
            ("Phòng Kinh tế, Hạ tầng và Đô thị",), "2026-05-31"),
        Exp("Tổ chức hội nghị đối thoại giữa chính quyền phường", ("Chủ tịch UBND phường",),
            ("Phòng Kinh tế, Hạ tầng và Đô thị", "Ủy ban MTTQ Việt Nam phường"), "2026-12-31"),
        Exp("Phổ biến pháp luật về du lịch, bảo vệ môi trường", ("Phòng Văn hóa - Xã hội",),
            ("Phòng Kinh tế, Hạ tầng và Đô thị", "Công an phường"), "2026-05-31"),
        Exp("Hướng dẫn thủ tục đăng ký hộ kinh doanh", ("Trung tâm Phục vụ hành chính công phường",),
            (), "2026-12-31"),
        Exp("Tiếp nhận, giải đáp vướng mắc pháp lý", ("Văn phòng HĐND và UBND phường",),
            ("Phòng Kinh tế, Hạ tầng và Đô thị",), "2026-12-31", on_request=True),
    ],
)


PLANS: list[Plan] = [
    PHUONG_HT, XA_TS, PHUONG_CG, XA_BT, PHUONG_HC, XA_VT, XA_ID, PHUONG_BT, XA_DL, PHUONG_HL,
]
