"""Held-out evaluation set 18: ten 2026 narrative plans, answers typed by hand.

1. UBND tỉnh Lâm Đồng (Sở Tư pháp drafts): roman sections, bold "1." items, prose "Giao X chủ trì, phối hợp
   với Y" plus a "Thời gian thực hiện:" line; one item with two dash blocks ("- Giao …", "- Các sở … và UBND …"); two event triggers.
2. Sở Nông nghiệp và Môi trường tỉnh Gia Lai: "1.1." numbering, labels on own lines ("- Đơn vị chủ trì:",
   "- Đơn vị phối hợp:", "- Thời gian:"), month ranges, quarter pairs.
3. UBND xã Tân Phú (Phòng Văn hóa - Xã hội): a), b) items, inline "Chủ trì thực hiện: …; phối hợp: …;
   thời gian: …", persons as units, plus a short table (no STT) for the Ngày Pháp luật part.
4. Hội đồng phối hợp PBGDPL tỉnh Quảng Ngãi: "Đề nghị X chủ trì …" prose, dash bullets, several blocks,
   "theo đề nghị của" and "sau khi … được ban hành" triggers.
5. Trường Đại học Luật, Đại học Huế, school year 2026-2027: short narrative part + table with group rows and
   columns Nội dung | Đơn vị thực hiện | Đơn vị phối hợp | Thời gian | Sản phẩm; explicit dates.
6. Tổng công ty Điện lực miền Trung: "+" bullets with "+ Chủ trì:" / "+ Phối hợp:" / "+ Tiến độ:",
   "X có trách nhiệm …" prose, quarter ranges.
7. UBND phường Hải Châu (Văn phòng HĐND và UBND): dash items "X chủ trì; Y phối hợp" with timeframe in
   parentheses; "khi có văn bản hướng dẫn" trigger.
8. Sở Y tế tỉnh Nghệ An: narrative items with inline "Cơ quan thực hiện:"; a 2-row-header table for the
   training part; "trước ngày" deadlines.
9. UBND tỉnh Đồng Tháp (Sở Tư pháp): numbered items each with several "- Giao …" / "- … có trách nhiệm"
   blocks, long unit lists mixing ",", ";" and "và", a "Giao Sở Tư pháp chỉ đạo X chủ trì" assignment.
10. Sở Xây dựng tỉnh Thái Nguyên: 2027 plan issued in Dec 2026, "Tiến độ:"/"Thời hạn:" labels inline after
   bold headings ("— Tiến độ: …"), "Kết quả/sản phẩm" lines, quarter and date deadlines.
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T, _header, _purpose


def _end(sections: list[str], recipients: list[str], role: str, signer: str) -> list[P | T]:
    out: list[P | T] = [P(s) for s in sections]
    out += [P("Nơi nhận:")]
    out += [P(f"- {r}") for r in recipients]
    out += [P("- Lưu: VT."), P(role, bold=True, center=True), P(signer, bold=True, center=True)]
    return out


# ---------------------------------------------------------------- 1. UBND tỉnh Lâm Đồng
PLAN_LD = Plan(
    "lamdong_ubnd_2026",
    _header(
        "ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "45/KH-UBND", "Lâm Đồng, ngày 20 tháng 01 năm 2026",
        "Triển khai công tác phổ biến, giáo dục pháp luật, hòa giải ở cơ sở",
        "và chuẩn tiếp cận pháp luật trên địa bàn tỉnh năm 2026",
    )
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;"),
        P("Căn cứ Quyết định số 1521/QĐ-TTg ngày 06/10/2022 của Thủ tướng Chính phủ ban hành Kế hoạch thực "
          "hiện Kết luận số 80-KL/TW ngày 20/6/2020 của Ban Bí thư;"),
        P("Căn cứ Kế hoạch số 12/KH-HĐPH ngày 08/01/2026 của Hội đồng phối hợp phổ biến, giáo dục pháp luật "
          "Trung ương;"),
        P("Theo đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 18/TTr-STP ngày 12/01/2026, Ủy ban nhân dân "
          "tỉnh ban hành Kế hoạch như sau:"),
    ]
    + _purpose([
        "Triển khai kịp thời, hiệu quả các nhiệm vụ phổ biến, giáo dục pháp luật năm 2026.",
        "Nâng cao ý thức tôn trọng và chấp hành pháp luật của cán bộ, công chức và Nhân dân.",
        "Bám sát nhiệm vụ chính trị của tỉnh, bảo đảm thiết thực, tránh hình thức.",
        "Xác định rõ trách nhiệm của cơ quan chủ trì, phối hợp và thời hạn hoàn thành.",
    ])
    + [
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Phổ biến các luật, nghị quyết mới được Quốc hội khóa XVI thông qua", bold=True),
        P("Tổ chức quán triệt, phổ biến nội dung cơ bản của các luật, nghị quyết mới cho cán bộ chủ chốt các "
          "sở, ngành và UBND các xã, phường, đặc khu. Giao Sở Tư pháp chủ trì, phối hợp với các sở, ban, "
          "ngành tỉnh và Báo và Phát thanh, Truyền hình Lâm Đồng tổ chức thực hiện."),
        P("Thời gian thực hiện: Trong năm 2026, sau khi các luật được Quốc hội thông qua."),
        P("2. Kiện toàn, củng cố đội ngũ báo cáo viên pháp luật cấp tỉnh", bold=True),
        P("Rà soát, đề xuất công nhận, miễn nhiệm báo cáo viên pháp luật bảo đảm số lượng, chất lượng. Sở Tư "
          "pháp chủ trì, phối hợp với Sở Nội vụ tham mưu thực hiện."),
        P("Thời gian thực hiện: Quý I/2026."),
        P("3. Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam (09/11)", bold=True),
        P("- Giao Sở Tư pháp chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Tỉnh đoàn tổ chức "
          "các hoạt động hưởng ứng cấp tỉnh. Thời gian: Tháng 10 - 11/2026."),
        P("- Các sở, ban, ngành và UBND các xã, phường, đặc khu tổ chức các hoạt động hưởng ứng tại cơ quan, "
          "địa phương; thời gian: tháng 11/2026."),
        P("4. Xây dựng, quản lý, khai thác Trang thông tin điện tử phổ biến, giáo dục pháp luật của tỉnh",
          bold=True),
        P("Giao Sở Tư pháp chủ trì, phối hợp với Sở Khoa học và Công nghệ duy trì, cập nhật văn bản, tài liệu "
          "trên Trang thông tin; thời gian: Thường xuyên."),
        P("5. Đánh giá, công nhận xã, phường đạt chuẩn tiếp cận pháp luật năm 2026", bold=True),
        P("Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ và UBND các xã, phường, đặc khu tổ chức đánh giá, "
          "thẩm định, trình Chủ tịch UBND tỉnh xem xét, công nhận."),
        P("Thời gian thực hiện: Tháng 11, 12/2026."),
        P("6. Tổ chức hòa giải ở cơ sở và bồi dưỡng kỹ năng cho hòa giải viên", bold=True),
        P("Giao Sở Tư pháp chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh biên soạn tài liệu, tập "
          "huấn cho hòa giải viên ở cơ sở khi có kinh phí được bố trí bổ sung."),
        P("Thời gian thực hiện: Theo đề nghị của Bộ Tư pháp."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
    ]
    + _end(
        [
            "1. Các sở, ban, ngành tỉnh, UBND các xã, phường, đặc khu căn cứ Kế hoạch này xây dựng kế hoạch "
            "của cơ quan, địa phương; báo cáo kết quả về Sở Tư pháp trước ngày 15/11/2026.",
            "2. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch.",
            "3. Giao Sở Tư pháp theo dõi, đôn đốc, tổng hợp kết quả, báo cáo UBND tỉnh.",
        ],
        ["Bộ Tư pháp (b/c);", "TT Tỉnh ủy, TT HĐND tỉnh;", "Các sở, ban, ngành tỉnh;",
         "UBND các xã, phường, đặc khu;"],
        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Văn Hòa",
    ),
    [
        Exp("Phổ biến các luật, nghị quyết mới được", ("Sở Tư pháp",),
            ("các sở, ban, ngành tỉnh", "Báo và Phát thanh, Truyền hình Lâm Đồng"), "2026-12-31", True),
        Exp("Kiện toàn, củng cố đội ngũ báo cáo viên", ("Sở Tư pháp",), ("Sở Nội vụ",), "2026-03-31"),
        Exp("Giao Sở Tư pháp chủ trì, phối hợp với Ủy ban Mặt trận", ("Sở Tư pháp",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Tỉnh đoàn"), "2026-11-30"),
        Exp("Các sở, ban, ngành và UBND các xã", ("Các sở, ban, ngành", "UBND các xã, phường, đặc khu"), (),
            "2026-11-30"),
        Exp("Xây dựng, quản lý, khai thác Trang thông tin", ("Sở Tư pháp",), ("Sở Khoa học và Công nghệ",),
            "2026-12-31"),
        Exp("Đánh giá, công nhận xã, phường đạt chuẩn", ("Sở Tư pháp",),
            ("Sở Nội vụ", "UBND các xã, phường, đặc khu"), "2026-12-31"),
        Exp("Tổ chức hòa giải ở cơ sở và bồi dưỡng", ("Sở Tư pháp",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",), "2026-12-31", True),
    ],
)


# ---------------------------------------------------------------- 2. Sở NN&MT Gia Lai
PLAN_GL = Plan(
    "gialai_snnmt_2026",
    _header(
        "UBND TỈNH GIA LAI", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "27/KH-SNNMT",
        "Gia Lai, ngày 05 tháng 02 năm 2026",
        "Phổ biến, giáo dục pháp luật năm 2026", "của Sở Nông nghiệp và Môi trường",
    )
    + [
        P("Căn cứ Kế hoạch số 31/KH-UBND ngày 22/01/2026 của UBND tỉnh về công tác phổ biến, giáo dục pháp "
          "luật năm 2026;"),
        P("Căn cứ Quyết định số 05/2025/QĐ-UBND ngày 01/7/2025 của UBND tỉnh quy định chức năng, nhiệm vụ của "
          "Sở Nông nghiệp và Môi trường;"),
    ]
    + _purpose([
        "Nâng cao nhận thức pháp luật về đất đai, tài nguyên, môi trường, nông nghiệp cho người dân.",
        "Phục vụ hiệu quả công tác quản lý nhà nước của Sở.",
        "Nội dung phổ biến trọng tâm, phù hợp từng đối tượng.",
        "Phối hợp chặt chẽ giữa các phòng, đơn vị thuộc Sở và địa phương.",
    ])
    + [
        P("II. NỘI DUNG VÀ NHIỆM VỤ", bold=True),
        P("1. Phổ biến văn bản pháp luật chuyên ngành", bold=True),
        P("1.1. Phổ biến Luật Đất đai năm 2024 và các văn bản quy định chi tiết sửa đổi, bổ sung"),
        P("- Đơn vị chủ trì: Phòng Quản lý đất đai."),
        P("- Đơn vị phối hợp: Văn phòng Đăng ký đất đai tỉnh; UBND các xã, phường."),
        P("- Thời gian: Tháng 3 - tháng 6/2026."),
        P("1.2. Tuyên truyền pháp luật về bảo vệ môi trường, quản lý chất thải rắn sinh hoạt"),
        P("- Đơn vị chủ trì: Chi cục Bảo vệ môi trường."),
        P("- Đơn vị phối hợp: Trung tâm Quan trắc tài nguyên và môi trường, Báo và Phát thanh, Truyền hình "
          "Gia Lai."),
        P("- Thời gian: Quý II, III/2026."),
        P("1.3. Phổ biến pháp luật về lâm nghiệp, phòng cháy, chữa cháy rừng cho cộng đồng dân cư sống gần "
          "rừng"),
        P("- Đơn vị chủ trì: Chi cục Kiểm lâm."),
        P("- Đơn vị phối hợp: Các Ban quản lý rừng phòng hộ; Công an tỉnh."),
        P("- Thời gian: Tháng 01 - tháng 4/2026 (cao điểm mùa khô)."),
        P("2. Tập huấn, bồi dưỡng nghiệp vụ", bold=True),
        P("2.1. Tập huấn kiến thức pháp luật về trồng trọt, bảo vệ thực vật cho hợp tác xã"),
        P("- Đơn vị chủ trì: Chi cục Trồng trọt và Bảo vệ thực vật."),
        P("- Đơn vị phối hợp: Trung tâm Khuyến nông; Liên minh Hợp tác xã tỉnh."),
        P("- Thời gian: Trước ngày 30/9/2026."),
        P("2.2. Bồi dưỡng kỹ năng phổ biến pháp luật cho công chức làm công tác pháp chế"),
        P("- Đơn vị chủ trì: Văn phòng Sở."),
        P("- Đơn vị phối hợp: Sở Tư pháp."),
        P("- Thời gian: Khi có văn bản hướng dẫn của Sở Tư pháp."),
        P("3. Các nhiệm vụ khác", bold=True),
        P("3.1. Rà soát, cập nhật tủ sách pháp luật điện tử của Sở"),
        P("- Đơn vị chủ trì: Văn phòng Sở."),
        P("- Đơn vị phối hợp: Các phòng, đơn vị thuộc Sở."),
        P("- Thời gian: Hằng tháng."),
        P("3.2. Giải đáp pháp luật về thủy lợi, phòng, chống thiên tai qua đường dây nóng"),
        P("- Đơn vị chủ trì: Chi cục Thủy lợi và Phòng, chống thiên tai."),
        P("- Đơn vị phối hợp: Không."),
        P("- Thời gian: Thường xuyên."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
    ]
    + _end(
        [
            "1. Thủ trưởng các phòng, đơn vị thuộc Sở căn cứ nhiệm vụ được giao triển khai thực hiện.",
            "2. Giao Văn phòng Sở theo dõi, tổng hợp, báo cáo Giám đốc Sở và Sở Tư pháp trước ngày "
            "10/11/2026.",
        ],
        ["Sở Tư pháp;", "Ban Giám đốc Sở;", "Các phòng, đơn vị thuộc Sở;"],
        "GIÁM ĐỐC", "Trần Quốc Bảo",
    ),
    [
        Exp("Phổ biến Luật Đất đai năm 2024", ("Phòng Quản lý đất đai",),
            ("Văn phòng Đăng ký đất đai tỉnh", "UBND các xã, phường"), "2026-06-30"),
        Exp("Tuyên truyền pháp luật về bảo vệ môi trường", ("Chi cục Bảo vệ môi trường",),
            ("Trung tâm Quan trắc tài nguyên và môi trường", "Báo và Phát thanh, Truyền hình Gia Lai"),
            "2026-09-30"),
        Exp("Phổ biến pháp luật về lâm nghiệp", ("Chi cục Kiểm lâm",),
            ("Các Ban quản lý rừng phòng hộ", "Công an tỉnh"), "2026-04-30"),
        Exp("Tập huấn kiến thức pháp luật về trồng trọt", ("Chi cục Trồng trọt và Bảo vệ thực vật",),
            ("Trung tâm Khuyến nông", "Liên minh Hợp tác xã tỉnh"), "2026-09-30"),
        Exp("Bồi dưỡng kỹ năng phổ biến pháp luật cho", ("Văn phòng Sở",), ("Sở Tư pháp",), "2026-12-31", True),
        Exp("Rà soát, cập nhật tủ sách pháp luật", ("Văn phòng Sở",), ("Các phòng, đơn vị thuộc Sở",),
            "2026-12-31"),
        Exp("Giải đáp pháp luật về thủy lợi", ("Chi cục Thủy lợi và Phòng, chống thiên tai",), (),
            "2026-12-31"),
    ],
)


# ---------------------------------------------------------------- 3. UBND xã Tân Phú
PLAN_TP = Plan(
    "tanphu_xa_2026",
    _header(
        "ỦY BAN NHÂN DÂN", "XÃ TÂN PHÚ", "12/KH-UBND", "Tân Phú, ngày 16 tháng 01 năm 2026",
        "Công tác phổ biến, giáo dục pháp luật và hòa giải ở cơ sở", "trên địa bàn xã năm 2026",
    )
    + [
        P("Căn cứ Luật Hòa giải ở cơ sở năm 2013;"),
        P("Căn cứ Kế hoạch số 205/KH-UBND ngày 30/12/2025 của UBND tỉnh Đồng Nai về công tác phổ biến, giáo "
          "dục pháp luật năm 2026;"),
        P("Ủy ban nhân dân xã Tân Phú xây dựng Kế hoạch thực hiện như sau:"),
    ]
    + _purpose([
        "Đưa pháp luật đến gần hơn với người dân trên địa bàn xã.",
        "Giảm thiểu vi phạm pháp luật, tranh chấp phát sinh trong cộng đồng.",
        "Các ấp, cơ quan, đoàn thể chủ động phối hợp thực hiện.",
        "Bảo đảm tiết kiệm, hiệu quả.",
    ])
    + [
        P("II. NHIỆM VỤ", bold=True),
        P("a) Tuyên truyền pháp luật trên hệ thống loa truyền thanh của xã. Chủ trì thực hiện: Phòng Văn hóa - "
          "Xã hội; phối hợp: Trung tâm Dịch vụ tổng hợp xã; thời gian: hằng tháng."),
        P("b) Tổ chức hội nghị phổ biến pháp luật cho cán bộ, công chức và người hoạt động không chuyên trách. "
          "Chủ trì thực hiện: Văn phòng HĐND và UBND xã; phối hợp: Phòng Kinh tế, Phòng Văn hóa - Xã hội; "
          "thời gian: quý II/2026."),
        P("c) Củng cố tổ hòa giải ở các ấp, bồi dưỡng kiến thức cho hòa giải viên. Chủ trì thực hiện: Phó Chủ "
          "tịch UBND xã phụ trách văn hóa - xã hội; phối hợp: Ủy ban Mặt trận Tổ quốc Việt Nam xã, Trưởng các "
          "ấp; thời gian: tháng 4 đến tháng 7/2026."),
        P("d) Phổ biến pháp luật về an ninh trật tự, phòng chống ma túy cho thanh thiếu niên. Chủ trì thực "
          "hiện: Công an xã; phối hợp: Đoàn Thanh niên xã và các trường học trên địa bàn; thời gian: khi "
          "có kế hoạch cao điểm của Công an tỉnh."),
        P("đ) Hoạt động hưởng ứng Ngày Pháp luật Việt Nam năm 2026 được thực hiện theo bảng sau:"),
        T((
            ("Nội dung hoạt động", "Chủ trì", "Phối hợp", "Thời gian"),
            ("Treo băng rôn, khẩu hiệu hưởng ứng Ngày Pháp luật tại trụ sở và các ấp", "Phòng Văn hóa - Xã hội",
             "Trưởng các ấp", "Tháng 11/2026"),
            ("Tổ chức cuộc thi tìm hiểu pháp luật trực tuyến cho đoàn viên, hội viên", "Đoàn Thanh niên xã",
             "Hội Liên hiệp Phụ nữ xã; Hội Nông dân xã", "Từ 01/10 đến 05/11/2026"),
            ("Tổ chức ngày hội tư vấn pháp luật miễn phí cho người dân", "Phòng Văn hóa - Xã hội",
             "Trung tâm Trợ giúp pháp lý nhà nước tỉnh", "Ngày 09/11/2026"),
        ), (70, 40, 45, 35)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
    ]
    + _end(
        [
            "Phòng Văn hóa - Xã hội là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp "
            "báo cáo UBND xã trước ngày 25/11/2026 để báo cáo Sở Tư pháp.",
            "Các cơ quan, đơn vị, ấp căn cứ Kế hoạch tổ chức thực hiện nghiêm túc.",
        ],
        ["Sở Tư pháp tỉnh Đồng Nai;", "TT Đảng ủy, TT HĐND xã;", "Các ấp;"],
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Lê Thị Mai",
    ),
    [
        Exp("Tuyên truyền pháp luật trên hệ thống loa", ("Phòng Văn hóa - Xã hội",),
            ("Trung tâm Dịch vụ tổng hợp xã",), "2026-12-31"),
        Exp("Tổ chức hội nghị phổ biến pháp luật cho cán bộ", ("Văn phòng HĐND và UBND xã",),
            ("Phòng Kinh tế", "Phòng Văn hóa - Xã hội"), "2026-06-30"),
        Exp("Củng cố tổ hòa giải ở các ấp", ("Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Trưởng các ấp"), "2026-07-31"),
        Exp("Phổ biến pháp luật về an ninh trật tự", ("Công an xã",),
            ("Đoàn Thanh niên xã", "các trường học trên địa bàn"), "2026-12-31", True),
        Exp("Treo băng rôn, khẩu hiệu hưởng ứng", ("Phòng Văn hóa - Xã hội",), ("Trưởng các ấp",),
            "2026-11-30"),
        Exp("Tổ chức cuộc thi tìm hiểu pháp luật trực tuyến", ("Đoàn Thanh niên xã",),
            ("Hội Liên hiệp Phụ nữ xã", "Hội Nông dân xã"), "2026-11-05"),
        Exp("Tổ chức ngày hội tư vấn pháp luật", ("Phòng Văn hóa - Xã hội",),
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh",), "2026-11-09"),
    ],
)


# ---------------------------------------------------------------- 4. HĐPH PBGDPL Quảng Ngãi
PLAN_QN = Plan(
    "quangngai_hdph_2026",
    [
        P("UBND TỈNH QUẢNG NGÃI", bold=True, center=True),
        P("HỘI ĐỒNG PHỐI HỢP PHỔ BIẾN,\nGIÁO DỤC PHÁP LUẬT", bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True),
        P("Độc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P("Số: 03/KH-HĐPH", center=True),
        P("Quảng Ngãi, ngày 26 tháng 02 năm 2026", center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P("Hoạt động của Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh năm 2026", bold=True,
          center=True),
        P("Căn cứ Quyết định số 27/2013/QĐ-TTg ngày 19/5/2013 của Thủ tướng Chính phủ quy định về thành phần "
          "và nhiệm vụ, quyền hạn của Hội đồng phối hợp phổ biến, giáo dục pháp luật;"),
        P("Căn cứ Quyết định số 1120/QĐ-UBND ngày 15/8/2025 của Chủ tịch UBND tỉnh về việc kiện toàn Hội đồng "
          "phối hợp phổ biến, giáo dục pháp luật tỉnh;"),
    ]
    + _purpose([
        "Phát huy vai trò tham mưu, phối hợp của Hội đồng trong công tác phổ biến, giáo dục pháp luật.",
        "Tăng cường trách nhiệm của các thành viên Hội đồng.",
        "Các hoạt động bám sát Kế hoạch số 12/KH-HĐPH của Hội đồng phối hợp Trung ương.",
        "Thành viên Hội đồng chủ động đề xuất, thực hiện nhiệm vụ được phân công.",
    ])
    + [
        P("II. NỘI DUNG HOẠT ĐỘNG", bold=True),
        P("1. Tham mưu, chỉ đạo, hướng dẫn"),
        P("- Đề nghị Sở Tư pháp (Cơ quan thường trực Hội đồng) chủ trì tham mưu Hội đồng ban hành văn bản chỉ "
          "đạo, hướng dẫn công tác phổ biến, giáo dục pháp luật năm 2026 (trong tháng 3/2026)."),
        P("- Đề nghị Ban Tuyên giáo và Dân vận Tỉnh ủy phối hợp với Sở Tư pháp định hướng nội dung tuyên "
          "truyền các văn bản pháp luật mới có liên quan trực tiếp đến người dân (thường xuyên)."),
        P("2. Tổ chức phiên họp của Hội đồng"),
        P("Hội đồng tổ chức phiên họp định kỳ 6 tháng và cuối năm; giao Sở Tư pháp chủ trì chuẩn bị nội dung, "
          "phối hợp với Văn phòng UBND tỉnh bố trí thời gian, địa điểm. Thời gian: tháng 7 và tháng 12/2026."),
        P("3. Phổ biến pháp luật cho các đối tượng đặc thù"),
        P("- Đề nghị Bộ Chỉ huy Bộ đội Biên phòng tỉnh chủ trì, phối hợp với UBND các xã, đặc khu ven biển "
          "tuyên truyền pháp luật về khai thác thủy sản, chống khai thác IUU cho ngư dân (Quý I - Quý III/2026)."),
        P("- Đề nghị Công an tỉnh phối hợp với Trại giam Đồng Sơn phổ biến pháp luật cho phạm nhân, người chấp "
          "hành xong án phạt tù trở về địa phương (theo đề nghị của Bộ Công an)."),
        P("- Đề nghị Sở Dân tộc và Tôn giáo chủ trì phổ biến pháp luật cho đồng "
          "bào dân tộc thiểu số tại các xã miền núi; phối hợp: Sở Tư pháp, Hội Luật gia tỉnh (năm 2026)."),
        P("4. Kiểm tra, khảo sát tình hình thực hiện"),
        P("Giao Sở Tư pháp chủ trì, phối hợp với thành viên Hội đồng kiểm tra tình hình thực hiện công tác phổ "
          "biến, giáo dục pháp luật tại một số sở, ngành, địa phương sau khi Kế hoạch kiểm tra được Chủ tịch "
          "Hội đồng ban hành."),
        P("5. Sơ kết, tổng kết công tác năm 2026"),
        P("Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ tham mưu tổng kết 15 năm thi hành Luật Phổ biến, giáo "
          "dục pháp luật trên địa bàn tỉnh; hoàn thành trước ngày 15/10/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
    ]
    + _end(
        [
            "1. Các thành viên Hội đồng chịu trách nhiệm triển khai nhiệm vụ được phân công; gửi báo cáo kết "
            "quả về Sở Tư pháp trước ngày 05/6/2026 (báo cáo 6 tháng) và 05/11/2026 (báo cáo năm).",
            "2. Kinh phí thực hiện từ nguồn ngân sách bố trí cho cơ quan thành viên.",
        ],
        ["Hội đồng PHPBGDPL Trung ương (b/c);", "Chủ tịch UBND tỉnh (b/c);", "Thành viên Hội đồng;"],
        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH THƯỜNG TRỰC\nGIÁM ĐỐC SỞ TƯ PHÁP", "Phạm Minh Tuấn",
    ),
    [
        Exp("Đề nghị Sở Tư pháp (Cơ quan thường trực", ("Sở Tư pháp",), (), "2026-03-31"),
        Exp("Đề nghị Ban Tuyên giáo và Dân vận", ("Ban Tuyên giáo và Dân vận Tỉnh ủy",), ("Sở Tư pháp",),
            "2026-12-31"),
        Exp("Tổ chức phiên họp của Hội đồng", ("Sở Tư pháp",), ("Văn phòng UBND tỉnh",), "2026-12-31"),
        Exp("Đề nghị Bộ Chỉ huy Bộ đội Biên phòng", ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh",),
            ("UBND các xã, đặc khu ven biển",), "2026-09-30"),
        Exp("Đề nghị Công an tỉnh phối hợp với Trại", ("Công an tỉnh",), ("Trại giam Đồng Sơn",), "2026-12-31",
            True),
        Exp("Đề nghị Sở Dân tộc và Tôn giáo chủ trì", ("Sở Dân tộc và Tôn giáo",),
            ("Sở Tư pháp", "Hội Luật gia tỉnh"), "2026-12-31"),
        Exp("Kiểm tra, khảo sát tình hình thực hiện", ("Sở Tư pháp",), ("thành viên Hội đồng",), "2026-12-31", True),
        Exp("Sơ kết, tổng kết công tác", ("Sở Tư pháp",), ("Sở Nội vụ",), "2026-10-15"),
    ],
)


# ---------------------------------------------------------------- 5. Trường Đại học Luật, Đại học Huế
PLAN_HUE = Plan(
    "dhluat_hue_2026_2027",
    _header(
        "ĐẠI HỌC HUẾ", "TRƯỜNG ĐẠI HỌC LUẬT", "215/KH-ĐHL", "Huế, ngày 10 tháng 9 năm 2026",
        "Phổ biến, giáo dục pháp luật cho người học", "năm học 2026 - 2027",
    )
    + [
        P("Căn cứ Thông tư số 09/2025/TT-BGDĐT ngày 20/5/2025 của Bộ trưởng Bộ Giáo dục và Đào tạo quy định về "
          "công tác phổ biến, giáo dục pháp luật trong cơ sở giáo dục;"),
        P("Căn cứ Kế hoạch số 1450/KH-ĐHH ngày 28/8/2026 của Đại học Huế;"),
    ]
    + _purpose([
        "Trang bị kiến thức pháp luật thiết yếu cho sinh viên, học viên.",
        "Phát huy thế mạnh chuyên môn của giảng viên Trường trong hoạt động tư vấn pháp luật cộng đồng.",
        "Gắn phổ biến pháp luật với hoạt động đào tạo, nghiên cứu khoa học.",
        "Đơn vị được giao chủ trì chịu trách nhiệm về tiến độ, chất lượng.",
    ])
    + [
        P("II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        P("1. Sinh hoạt công dân đầu khóa, lồng ghép phổ biến pháp luật về an toàn giao thông, phòng, chống "
          "ma túy cho sinh viên khóa mới"),
        P("Phòng Công tác sinh viên chủ trì, phối hợp với Đoàn Thanh niên - Hội Sinh viên Trường và Công an "
          "phường Thuận Hóa thực hiện trong tháng 9 và tháng 10/2026."),
        P("2. Các hoạt động chuyên đề trong năm học được phân công theo bảng dưới đây:"),
        T((
            ("Nội dung", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian", "Sản phẩm"),
            ("Hoạt động ngoại khóa", "", "", "", ""),
            ("Tổ chức phiên tòa giả định về phòng, chống bạo lực gia đình", "Khoa Luật Hình sự",
             "Tòa án nhân dân khu vực 1 - Huế", "Tháng 11/2026", "Phiên tòa giả định"),
            ("Cuộc thi Olympic pháp luật sinh viên cấp Trường", "Đoàn Thanh niên - Hội Sinh viên Trường",
             "Khoa Luật Dân sự; Khoa Luật Kinh tế", "Tháng 3 - 4/2027", "Quyết định khen thưởng"),
            ("Tư vấn pháp luật", "", "", "", ""),
            ("Duy trì hoạt động Trung tâm Tư vấn pháp luật tại các xã miền núi", "Trung tâm Tư vấn pháp luật",
             "UBND xã A Lưới 1, UBND xã A Lưới 2", "Từ tháng 10/2026 đến tháng 6/2027", "Báo cáo kết quả"),
            ("Biên soạn sổ tay pháp luật cho sinh viên nội trú", "Phòng Công tác sinh viên",
             "Ban Quản lý Ký túc xá", "Trước ngày 30/12/2026", "Sổ tay"),
        ), (60, 35, 35, 30, 30)),
        P("3. Cập nhật văn bản pháp luật mới vào học liệu, giáo trình"),
        P("Các Khoa chuyên môn có trách nhiệm rà soát, cập nhật văn bản mới vào đề cương học phần; Phòng Đào "
          "tạo đại học phối hợp, tổng hợp. Thời hạn: trước khi bắt đầu học kỳ II, chậm nhất ngày 15/01/2027."),
        P("4. Phổ biến quy định về liêm chính học thuật và sở hữu trí tuệ cho học viên sau đại học"),
        P("- Đơn vị chủ trì: Phòng Đào tạo sau đại học và Khoa học công nghệ.\n- Đơn vị phối hợp: Thư viện "
          "Trường.\n- Thời gian: Học kỳ I năm học 2026 - 2027 (tháng 9/2026 - tháng 01/2027)."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
    ]
    + _end(
        [
            "Phòng Công tác sinh viên là đầu mối theo dõi, tổng hợp kết quả thực hiện, báo cáo Hiệu trưởng và "
            "Đại học Huế trước ngày 15/6/2027.",
            "Phòng Kế hoạch - Tài chính bảo đảm kinh phí theo dự toán được duyệt.",
        ],
        ["Đại học Huế (b/c);", "Ban Giám hiệu;", "Các đơn vị thuộc Trường;"],
        "KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG", "Đoàn Đức Lương",
    ),
    [
        Exp("Sinh hoạt công dân đầu khóa, lồng ghép", ("Phòng Công tác sinh viên",),
            ("Đoàn Thanh niên - Hội Sinh viên Trường", "Công an phường Thuận Hóa"), "2026-10-31"),
        Exp("Tổ chức phiên tòa giả định về phòng", ("Khoa Luật Hình sự",),
            ("Tòa án nhân dân khu vực 1 - Huế",), "2026-11-30"),
        Exp("Cuộc thi Olympic pháp luật sinh viên", ("Đoàn Thanh niên - Hội Sinh viên Trường",),
            ("Khoa Luật Dân sự", "Khoa Luật Kinh tế"), "2027-04-30"),
        Exp("Duy trì hoạt động Trung tâm Tư vấn", ("Trung tâm Tư vấn pháp luật",),
            ("UBND xã A Lưới 1", "UBND xã A Lưới 2"), "2027-06-30"),
        Exp("Biên soạn sổ tay pháp luật cho sinh viên", ("Phòng Công tác sinh viên",),
            ("Ban Quản lý Ký túc xá",), "2026-12-30"),
        Exp("Cập nhật văn bản pháp luật mới vào học liệu", ("Các Khoa chuyên môn",),
            ("Phòng Đào tạo đại học",), "2027-01-15"),
        Exp("Phổ biến quy định về liêm chính học thuật",
            ("Phòng Đào tạo sau đại học và Khoa học công nghệ",), ("Thư viện Trường",), "2027-01-31"),
    ],
)


# ---------------------------------------------------------------- 6. Tổng công ty Điện lực miền Trung
PLAN_EVN = Plan(
    "evncpc_2026",
    _header(
        "TẬP ĐOÀN ĐIỆN LỰC VIỆT NAM", "TỔNG CÔNG TY ĐIỆN LỰC MIỀN TRUNG", "1187/KH-EVNCPC",
        "Đà Nẵng, ngày 03 tháng 3 năm 2026",
        "Phổ biến, giáo dục pháp luật trong Tổng công ty năm 2026", "",
    )
    + [
        P("Căn cứ Luật Điện lực ngày 30/11/2024;"),
        P("Căn cứ Quyết định số 86/QĐ-EVN ngày 20/01/2026 của Tập đoàn Điện lực Việt Nam về công tác pháp chế "
          "năm 2026;"),
    ]
    + _purpose([
        "Nâng cao hiểu biết pháp luật của người lao động, góp phần thực hiện tốt nhiệm vụ sản xuất kinh doanh.",
        "Phòng ngừa rủi ro pháp lý trong đầu tư xây dựng, mua sắm, kinh doanh điện năng.",
        "Phân công cụ thể, gắn với trách nhiệm người đứng đầu đơn vị.",
        "Ứng dụng công nghệ số trong phổ biến pháp luật.",
    ])
    + [
        P("II. NỘI DUNG THỰC HIỆN", bold=True),
        P("1. Phổ biến Luật Điện lực 2024 và các nghị định hướng dẫn về mua bán điện"),
        P("+ Chủ trì: Ban Kinh doanh.\n+ Phối hợp: Ban Pháp chế và Thanh tra; các Công ty Điện lực tỉnh, thành "
          "phố.\n+ Tiến độ: Quý I - Quý II/2026."),
        P("2. Phổ biến pháp luật về an toàn, vệ sinh lao động cho công nhân trực tiếp sản xuất"),
        P("+ Chủ trì: Ban An toàn.\n+ Phối hợp: Công đoàn Tổng công ty.\n+ Tiến độ: Tháng 5 - tháng 6/2026 "
          "(Tháng hành động về an toàn, vệ sinh lao động)."),
        P("3. Phổ biến pháp luật về đấu thầu, hợp đồng"),
        P("Ban Quản lý đấu thầu có trách nhiệm chủ trì, phối hợp với Ban Pháp chế và Thanh tra tổ chức tập "
          "huấn Luật Đấu thầu sửa đổi cho cán bộ làm công tác đấu thầu của các đơn vị. Tiến độ: Quý III/2026."),
        P("4. Xây dựng chuyên mục pháp luật trên cổng thông tin nội bộ E-Portal"),
        P("Trung tâm Công nghệ thông tin có trách nhiệm xây dựng, vận hành chuyên mục; Văn phòng Tổng công ty "
          "phối hợp cung cấp nội dung. Tiến độ: hoàn thành trước ngày 30/4/2026."),
        P("5. Tuyên truyền pháp luật về bảo vệ hành lang an toàn lưới điện cao áp đến người dân"),
        P("+ Chủ trì: Các Công ty Điện lực tỉnh, thành phố.\n+ Phối hợp: UBND các xã, phường nơi có đường dây "
          "đi qua.\n+ Tiến độ: Thường xuyên."),
        P("6. Phổ biến quy định mới về thuế, hóa đơn điện tử"),
        P("+ Chủ trì: Ban Tài chính kế toán.\n+ Phối hợp: Không.\n+ Tiến độ: Khi các văn bản quy định chi tiết "
          "được Chính phủ, Bộ Tài chính ban hành."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
    ]
    + _end(
        [
            "1. Ban Pháp chế và Thanh tra là đầu mối hướng dẫn, theo dõi, đôn đốc; tổng hợp báo cáo Tập đoàn "
            "trước ngày 20/11/2026.",
            "2. Giám đốc các Công ty Điện lực tỉnh, thành phố và Thủ trưởng các đơn vị xây dựng kế hoạch chi "
            "tiết của đơn vị.",
        ],
        ["Tập đoàn Điện lực Việt Nam (b/c);", "Hội đồng thành viên;", "Các Ban, đơn vị;"],
        "KT. TỔNG GIÁM ĐỐC\nPHÓ TỔNG GIÁM ĐỐC", "Nguyễn Thanh Sơn",
    ),
    [
        Exp("Phổ biến Luật Điện lực 2024 và các", ("Ban Kinh doanh",),
            ("Ban Pháp chế và Thanh tra", "các Công ty Điện lực tỉnh, thành phố"), "2026-06-30"),
        Exp("Phổ biến pháp luật về an toàn, vệ sinh", ("Ban An toàn",), ("Công đoàn Tổng công ty",),
            "2026-06-30"),
        Exp("Phổ biến pháp luật về đấu thầu, hợp đồng", ("Ban Quản lý đấu thầu",),
            ("Ban Pháp chế và Thanh tra",), "2026-09-30"),
        Exp("Xây dựng chuyên mục pháp luật trên cổng", ("Trung tâm Công nghệ thông tin",),
            ("Văn phòng Tổng công ty",), "2026-04-30"),
        Exp("Tuyên truyền pháp luật về bảo vệ hành lang", ("Các Công ty Điện lực tỉnh, thành phố",),
            ("UBND các xã, phường nơi có đường dây đi qua",), "2026-12-31"),
        Exp("Phổ biến quy định mới về thuế", ("Ban Tài chính kế toán",), (), "2026-12-31", True),
    ],
)


# ---------------------------------------------------------------- 7. UBND phường Hải Châu
PLAN_HC = Plan(
    "haichau_phuong_2026",
    _header(
        "ỦY BAN NHÂN DÂN", "PHƯỜNG HẢI CHÂU", "08/KH-UBND", "Hải Châu, ngày 14 tháng 01 năm 2026",
        "Tuyên truyền, phổ biến, giáo dục pháp luật năm 2026", "",
    )
    + [
        P("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;"),
        P("Căn cứ Kế hoạch số 09/KH-UBND ngày 08/01/2026 của UBND thành phố Đà Nẵng về phổ biến, giáo dục "
          "pháp luật năm 2026;"),
        P("Căn cứ Nghị quyết số 02/NQ-HĐND ngày 25/12/2025 của HĐND phường về nhiệm vụ năm 2026;"),
    ]
    + [
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Tổ chức tuyên truyền sâu rộng các văn bản pháp luật mới, nhất là các quy định về trật tự đô thị, "
          "đất đai, hộ tịch; bảo đảm thiết thực, phù hợp đặc điểm phường trung tâm."),
        P("II. NHIỆM VỤ TRỌNG TÂM", bold=True),
        P("- Tuyên truyền pháp luật về trật tự đô thị, vỉa hè, lòng đường trên các tuyến phố chính: Phòng Kinh "
          "tế, Hạ tầng và Đô thị chủ trì; Công an phường, Đội Quản lý trật tự đô thị phối hợp (từ tháng 02 "
          "đến tháng 12/2026)."),
        P("- Phổ biến quy định mới về đăng ký, quản lý hộ tịch, cư trú qua Zalo các tổ dân phố: Văn phòng HĐND "
          "và UBND phường chủ trì; Công an phường và các Tổ trưởng tổ dân phố phối hợp (hằng quý)."),
        P("- Tổ chức đối thoại chính sách, pháp luật với hộ kinh doanh về thuế, an toàn thực phẩm: Phòng Kinh "
          "tế, Hạ tầng và Đô thị chủ trì; Thuế cơ sở 1 thành phố Đà Nẵng, Trạm Y tế phường phối hợp (quý "
          "III/2026)."),
        P("- Phổ biến pháp luật về phòng, chống bạo lực gia đình, bình đẳng giới: Phòng Văn hóa - Xã hội chủ "
          "trì; Hội Liên hiệp Phụ nữ phường phối hợp (tháng 6/2026, Tháng hành động quốc gia về phòng, "
          "chống bạo lực gia đình)."),
        P("- Tuyên truyền các văn bản luật mới có hiệu lực từ ngày 01/7/2026: Phòng Văn hóa - Xã hội chủ trì; "
          "các cơ quan, đơn vị thuộc UBND phường phối hợp (khi có văn bản hướng dẫn của UBND thành phố)."),
        P("- Cập nhật, vận hành tủ sách pháp luật tại Bộ phận Một cửa: Văn phòng HĐND và UBND phường chủ trì "
          "(thường xuyên)."),
        P("- Tự đánh giá chuẩn tiếp cận pháp luật năm 2026: Chủ tịch UBND phường chủ trì; Hội đồng đánh giá "
          "chuẩn tiếp cận pháp luật phường phối hợp (trước ngày 15/11/2026)."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
    ]
    + _end(
        [
            "Giao Phòng Văn hóa - Xã hội theo dõi, hướng dẫn, tổng hợp báo cáo kết quả thực hiện về UBND thành "
            "phố (qua Sở Tư pháp) trước ngày 20/11/2026.",
        ],
        ["Sở Tư pháp thành phố Đà Nẵng;", "TT Đảng ủy phường;", "Các tổ dân phố;"],
        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Huỳnh Văn Khánh",
    ),
    [
        Exp("Tuyên truyền pháp luật về trật tự đô thị", ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Công an phường", "Đội Quản lý trật tự đô thị"), "2026-12-31"),
        Exp("Phổ biến quy định mới về đăng ký", ("Văn phòng HĐND và UBND phường",),
            ("Công an phường", "các Tổ trưởng tổ dân phố"), "2026-12-31"),
        Exp("Tổ chức đối thoại chính sách, pháp luật", ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Thuế cơ sở 1 thành phố Đà Nẵng", "Trạm Y tế phường"), "2026-09-30"),
        Exp("Phổ biến pháp luật về phòng, chống bạo lực", ("Phòng Văn hóa - Xã hội",),
            ("Hội Liên hiệp Phụ nữ phường",), "2026-06-30"),
        Exp("Tuyên truyền các văn bản luật mới", ("Phòng Văn hóa - Xã hội",),
            ("các cơ quan, đơn vị thuộc UBND phường",), "2026-12-31", True),
        Exp("Cập nhật, vận hành tủ sách pháp luật", ("Văn phòng HĐND và UBND phường",), (), "2026-12-31"),
        Exp("Tự đánh giá chuẩn tiếp cận pháp luật", ("Chủ tịch UBND phường",),
            ("Hội đồng đánh giá chuẩn tiếp cận pháp luật phường",), "2026-11-15"),
    ],
)


# ---------------------------------------------------------------- 8. Sở Y tế Nghệ An
PLAN_NA = Plan(
    "nghean_syt_2026",
    _header(
        "UBND TỈNH NGHỆ AN", "SỞ Y TẾ", "640/KH-SYT", "Nghệ An, ngày 17 tháng 3 năm 2026",
        "Phổ biến, giáo dục pháp luật trong ngành Y tế năm 2026", "",
    )
    + [
        P("Căn cứ Luật Khám bệnh, chữa bệnh ngày 09/01/2023;"),
        P("Căn cứ Kế hoạch số 88/KH-UBND ngày 04/02/2026 của UBND tỉnh Nghệ An;"),
        P("Căn cứ Quyết định số 512/QĐ-BYT ngày 25/02/2026 của Bộ Y tế;"),
    ]
    + _purpose([
        "Nâng cao ý thức chấp hành pháp luật của công chức, viên chức, người lao động ngành Y tế.",
        "Góp phần nâng cao chất lượng khám bệnh, chữa bệnh và y đức.",
        "Xác định nội dung trọng tâm, gắn với lĩnh vực quản lý của từng đơn vị.",
        "Kết hợp phổ biến pháp luật với thi đua, khen thưởng.",
    ])
    + [
        P("II. NỘI DUNG", bold=True),
        P("1. Phổ biến pháp luật về khám bệnh, chữa bệnh và giấy phép hành nghề. Cơ quan thực hiện: Phòng "
          "Nghiệp vụ Y - Dược chủ trì, phối hợp Thanh tra tỉnh và các bệnh viện tuyến tỉnh. Thời gian: quý "
          "II/2026."),
        P("2. Tuyên truyền pháp luật về an toàn thực phẩm trong Tháng hành động vì an toàn thực phẩm. Cơ quan "
          "thực hiện: Chi cục An toàn vệ sinh thực phẩm; phối hợp: Sở Công Thương, Sở Nông nghiệp và Môi "
          "trường và UBND các xã, phường. Thời gian: từ ngày 15/4 đến ngày 15/5/2026."),
        P("3. Phổ biến pháp luật về bảo hiểm y tế cho người dân. Cơ quan thực hiện: Trung tâm Kiểm soát bệnh "
          "tật tỉnh; phối hợp: Bảo hiểm xã hội tỉnh Nghệ An. Thời gian: năm 2026."),
        P("4. Tập huấn, bồi dưỡng kiến thức pháp luật", bold=True),
        T((
            ("STT", "Nội dung tập huấn", "Phân công", "", "Thời gian hoàn thành"),
            ("", "", "Chủ trì", "Phối hợp", ""),
            ("1", "Tập huấn Luật Dược sửa đổi cho cơ sở bán lẻ thuốc", "Phòng Nghiệp vụ Y - Dược",
             "Hội Dược học tỉnh", "Trước ngày 30/6/2026"),
            ("2", "Bồi dưỡng kỹ năng xử lý vi phạm hành chính trong lĩnh vực y tế", "Phòng Tổ chức cán bộ",
             "Thanh tra tỉnh; Phòng Kế hoạch - Tài chính", "Tháng 8 - 9/2026"),
            ("3", "Tập huấn pháp luật về phòng, chống HIV/AIDS cho cộng tác viên y tế thôn, bản",
             "Trung tâm Kiểm soát bệnh tật tỉnh", "Trạm Y tế các xã, phường", "Quý IV/2026"),
        ), (10, 60, 35, 40, 30)),
        P("5. Hưởng ứng Ngày Pháp luật Việt Nam: Văn phòng Sở chủ trì, phối hợp với Công đoàn ngành Y tế tổ "
          "chức hoạt động hưởng ứng toàn ngành; thời gian: tháng 11/2026."),
        P("6. Giải đáp vướng mắc pháp luật theo yêu cầu của cơ sở y tế. Cơ quan thực hiện: Văn phòng Sở (bộ "
          "phận pháp chế). Thời gian: khi có đề nghị của đơn vị."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
    ]
    + _end(
        [
            "1. Thủ trưởng các phòng, đơn vị thuộc Sở triển khai thực hiện; báo cáo kết quả 6 tháng trước ngày "
            "10/6/2026, báo cáo năm trước ngày 10/11/2026.",
            "2. Văn phòng Sở là đầu mối tổng hợp, báo cáo Sở Tư pháp, Bộ Y tế.",
        ],
        ["Bộ Y tế (Vụ Pháp chế);", "Sở Tư pháp;", "Các đơn vị trực thuộc;"],
        "GIÁM ĐỐC", "Dương Đình Chỉnh",
    ),
    [
        Exp("Phổ biến pháp luật về khám bệnh", ("Phòng Nghiệp vụ Y - Dược",),
            ("Thanh tra tỉnh", "các bệnh viện tuyến tỉnh"), "2026-06-30"),
        Exp("Tuyên truyền pháp luật về an toàn thực phẩm", ("Chi cục An toàn vệ sinh thực phẩm",),
            ("Sở Công Thương", "Sở Nông nghiệp và Môi trường", "UBND các xã, phường"), "2026-05-15"),
        Exp("Phổ biến pháp luật về bảo hiểm y tế", ("Trung tâm Kiểm soát bệnh tật tỉnh",),
            ("Bảo hiểm xã hội tỉnh Nghệ An",), "2026-12-31"),
        Exp("Tập huấn Luật Dược sửa đổi", ("Phòng Nghiệp vụ Y - Dược",), ("Hội Dược học tỉnh",), "2026-06-30"),
        Exp("Bồi dưỡng kỹ năng xử lý vi phạm hành chính", ("Phòng Tổ chức cán bộ",),
            ("Thanh tra tỉnh", "Phòng Kế hoạch - Tài chính"), "2026-09-30"),
        Exp("Tập huấn pháp luật về phòng, chống HIV/AIDS", ("Trung tâm Kiểm soát bệnh tật tỉnh",),
            ("Trạm Y tế các xã, phường",), "2026-12-31"),
        Exp("Hưởng ứng Ngày Pháp luật Việt Nam", ("Văn phòng Sở",), ("Công đoàn ngành Y tế",), "2026-11-30"),
        Exp("Giải đáp vướng mắc pháp luật theo yêu cầu", ("Văn phòng Sở",), (), "2026-12-31", True),
    ],
)


# ---------------------------------------------------------------- 9. UBND tỉnh Đồng Tháp
PLAN_DT = Plan(
    "dongthap_ubnd_2026",
    _header(
        "ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG THÁP", "112/KH-UBND", "Đồng Tháp, ngày 09 tháng 4 năm 2026",
        "Tuyên truyền, phổ biến pháp luật cho người lao động và người sử dụng lao động",
        "trong các doanh nghiệp năm 2026",
    )
    + [
        P("Căn cứ Bộ luật Lao động ngày 20/11/2019;"),
        P("Căn cứ Quyết định số 1077/QĐ-TTg ngày 07/9/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Tăng "
          "cường tuyên truyền, phổ biến pháp luật cho người lao động và người sử dụng lao động trong các loại "
          "hình doanh nghiệp giai đoạn 2021 - 2026”;"),
        P("Xét đề nghị của Sở Nội vụ tại Tờ trình số 301/TTr-SNV ngày 01/4/2026."),
    ]
    + _purpose([
        "Nâng cao hiểu biết pháp luật lao động, công đoàn, bảo hiểm xã hội cho người lao động.",
        "Giảm tranh chấp lao động, đình công tự phát trong doanh nghiệp.",
        "Huy động sự tham gia của tổ chức công đoàn, hiệp hội doanh nghiệp.",
        "Tổng kết Đề án giai đoạn 2021 - 2026 đúng thời hạn.",
    ])
    + [
        P("II. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True),
        P("1. Biên soạn, phát hành tài liệu pháp luật lao động", bold=True),
        P("- Giao Sở Nội vụ chủ trì, phối hợp với Liên đoàn Lao động tỉnh biên soạn tờ gấp, sổ tay hỏi - đáp "
          "pháp luật về hợp đồng lao động, tiền lương, bảo hiểm thất nghiệp; hoàn thành trong quý II/2026."),
        P("- Sở Khoa học và Công nghệ có trách nhiệm đăng tải tài liệu trên Cổng thông tin điện tử tỉnh và "
          "nền tảng số; phối hợp: Sở Tư pháp; thời gian: quý III/2026."),
        P("2. Tổ chức phổ biến trực tiếp tại doanh nghiệp", bold=True),
        P("- Giao Liên đoàn Lao động tỉnh chủ trì, phối hợp với Sở Nội vụ; Ban Quản lý các khu công nghiệp "
          "Đồng Tháp và Hiệp hội Doanh nghiệp tỉnh tổ chức hội nghị, tọa đàm pháp luật tại các khu công "
          "nghiệp, cụm công nghiệp (tháng 5 - tháng 10/2026)."),
        P("- Bảo hiểm xã hội tỉnh chủ trì đối thoại với doanh nghiệp nợ đóng bảo hiểm xã hội, bảo hiểm y tế; "
          "phối hợp: Sở Nội vụ, Thanh tra tỉnh, Liên đoàn Lao động tỉnh; thời gian: 6 tháng cuối năm 2026."),
        P("3. Tư vấn, trợ giúp pháp lý cho người lao động", bold=True),
        P("Giao Sở Tư pháp chỉ đạo Trung tâm Trợ giúp pháp lý nhà nước tỉnh chủ trì, phối hợp với Đoàn Luật "
          "sư tỉnh, Hội Luật gia tỉnh và UBND các xã, phường có khu công nghiệp tổ chức trợ giúp pháp lý lưu "
          "động; thời gian: thường xuyên."),
        P("4. Kiểm tra, sơ kết, tổng kết", bold=True),
        P("- Sở Nội vụ chủ trì, phối hợp với các sở, ngành có liên quan kiểm tra việc chấp hành pháp luật lao "
          "động tại doanh nghiệp; thời gian: quý III - quý IV/2026."),
        P("- Sở Nội vụ chủ trì tổng kết Đề án giai đoạn 2021 - 2026, tham mưu UBND tỉnh báo cáo Bộ Nội vụ; "
          "thời hạn: trước ngày 30/11/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
    ]
    + _end(
        [
            "1. Các sở, ban, ngành, UBND các xã, phường căn cứ chức năng, nhiệm vụ triển khai thực hiện Kế "
            "hoạch; gửi báo cáo về Sở Nội vụ trước ngày 15/11/2026.",
            "2. Sở Tài chính bố trí kinh phí theo quy định.",
        ],
        ["Bộ Nội vụ;", "TT Tỉnh ủy; TT HĐND tỉnh;", "Các sở, ban, ngành tỉnh;", "UBND các xã, phường;"],
        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Lê Quang Trí",
    ),
    [
        Exp("Giao Sở Nội vụ chủ trì, phối hợp với Liên", ("Sở Nội vụ",), ("Liên đoàn Lao động tỉnh",),
            "2026-06-30"),
        Exp("Sở Khoa học và Công nghệ có trách nhiệm", ("Sở Khoa học và Công nghệ",), ("Sở Tư pháp",),
            "2026-09-30"),
        Exp("Giao Liên đoàn Lao động tỉnh chủ trì", ("Liên đoàn Lao động tỉnh",),
            ("Sở Nội vụ", "Ban Quản lý các khu công nghiệp Đồng Tháp", "Hiệp hội Doanh nghiệp tỉnh"),
            "2026-10-31"),
        Exp("Bảo hiểm xã hội tỉnh chủ trì đối thoại", ("Bảo hiểm xã hội tỉnh",),
            ("Sở Nội vụ", "Thanh tra tỉnh", "Liên đoàn Lao động tỉnh"), "2026-12-31"),
        Exp("Tư vấn, trợ giúp pháp lý cho người lao động", ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh",),
            ("Đoàn Luật sư tỉnh", "Hội Luật gia tỉnh", "UBND các xã, phường có khu công nghiệp"), "2026-12-31"),
        Exp("Sở Nội vụ chủ trì, phối hợp với các sở", ("Sở Nội vụ",), ("các sở, ngành có liên quan",),
            "2026-12-31"),
        Exp("Sở Nội vụ chủ trì tổng kết Đề án", ("Sở Nội vụ",), (), "2026-11-30"),
    ],
)


# ---------------------------------------------------------------- 10. Sở Xây dựng Thái Nguyên (plan 2027)
PLAN_TN = Plan(
    "thainguyen_sxd_2027",
    _header(
        "UBND TỈNH THÁI NGUYÊN", "SỞ XÂY DỰNG", "3018/KH-SXD", "Thái Nguyên, ngày 22 tháng 12 năm 2026",
        "Công tác phổ biến, giáo dục pháp luật năm 2027", "",
    )
    + [
        P("Căn cứ Luật Xây dựng ngày 18/6/2014, được sửa đổi, bổ sung năm 2020 và năm 2025;"),
        P("Căn cứ Luật Trật tự, an toàn giao thông đường bộ ngày 27/6/2024;"),
        P("Căn cứ Kế hoạch số 240/KH-UBND ngày 15/12/2026 của UBND tỉnh về phổ biến, giáo dục pháp luật năm "
          "2027;"),
    ]
    + _purpose([
        "Phổ biến kịp thời pháp luật về xây dựng, nhà ở, giao thông đến tổ chức, cá nhân.",
        "Nâng cao năng lực thực thi pháp luật của công chức, viên chức trong ngành.",
        "Gắn phổ biến pháp luật với cải cách thủ tục hành chính.",
        "Đánh giá kết quả thực hiện cuối năm.",
    ])
    + [
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Phổ biến pháp luật về trật tự, an toàn giao thông đường bộ — Tiến độ: Quý I và Quý IV/2027",
          bold=True),
        P("Phòng Quản lý giao thông chủ trì, phối hợp với Công an tỉnh (Phòng Cảnh sát giao thông) tổ chức "
          "tuyên truyền cho lái xe kinh doanh vận tải, học sinh trung học phổ thông."),
        P("Kết quả/sản phẩm: Hội nghị, tờ rơi, video clip."),
        P("2. Tập huấn quy định về cấp phép xây dựng, quản lý trật tự xây dựng cho công chức cấp xã — Thời hạn: "
          "trước ngày 31/5/2027", bold=True),
        P("Phòng Quản lý hoạt động xây dựng chủ trì; phối hợp: Phòng Quy hoạch - Kiến trúc, UBND các xã, "
          "phường."),
        P("Kết quả/sản phẩm: Tài liệu tập huấn."),
        P("3. Phổ biến Luật Nhà ở, Luật Kinh doanh bất động sản và chính sách nhà ở xã hội — Tiến độ: Tháng 3 "
          "- tháng 9/2027", bold=True),
        P("Phòng Quản lý nhà và thị trường bất động sản chủ trì, phối hợp Ngân hàng Chính sách xã hội chi "
          "nhánh tỉnh Thái Nguyên và Hiệp hội Bất động sản tỉnh."),
        P("4. Tuyên truyền pháp luật về an toàn lao động trong thi công xây dựng — Tiến độ: Tháng 5/2027",
          bold=True),
        P("Trung tâm Giám định chất lượng xây dựng chủ trì; Phòng Quản lý hoạt động xây dựng phối hợp."),
        P("5. Cập nhật thủ tục hành chính ngành xây dựng trên Cổng Dịch vụ công — Tiến độ: Thường xuyên, ngay "
          "sau khi có quyết định công bố thủ tục hành chính của Chủ tịch UBND tỉnh", bold=True),
        P("Văn phòng Sở chủ trì, phối hợp với Trung tâm Phục vụ hành chính công tỉnh."),
        P("6. Tổ chức cuộc thi tìm hiểu pháp luật cho đoàn viên công đoàn ngành — Tiến độ: Quý III/2027",
          bold=True),
        P("Công đoàn cơ sở Sở Xây dựng chủ trì, phối hợp với Văn phòng Sở, Đoàn Thanh niên Sở."),
        P("7. Đánh giá hiệu quả công tác phổ biến, giáo dục pháp luật năm 2027 — Tiến độ: Tháng 11/2027",
          bold=True),
        P("Văn phòng Sở chủ trì; các phòng, đơn vị thuộc Sở phối hợp."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
    ]
    + _end(
        [
            "1. Trưởng các phòng, Thủ trưởng các đơn vị thuộc Sở tổ chức thực hiện các nhiệm vụ được giao.",
            "2. Văn phòng Sở theo dõi, đôn đốc; báo cáo Sở Tư pháp trước ngày 05/12/2027.",
        ],
        ["Sở Tư pháp;", "Lãnh đạo Sở;", "Các phòng, đơn vị thuộc Sở;"],
        "GIÁM ĐỐC", "Nguyễn Mạnh Hùng",
    ),
    [
        Exp("Phổ biến pháp luật về trật tự, an toàn", ("Phòng Quản lý giao thông",), ("Công an tỉnh",),
            "2027-12-31"),
        Exp("Tập huấn quy định về cấp phép xây dựng", ("Phòng Quản lý hoạt động xây dựng",),
            ("Phòng Quy hoạch - Kiến trúc", "UBND các xã, phường"), "2027-05-31"),
        Exp("Phổ biến Luật Nhà ở, Luật Kinh doanh", ("Phòng Quản lý nhà và thị trường bất động sản",),
            ("Ngân hàng Chính sách xã hội chi nhánh tỉnh Thái Nguyên", "Hiệp hội Bất động sản tỉnh"),
            "2027-09-30"),
        Exp("Tuyên truyền pháp luật về an toàn lao động", ("Trung tâm Giám định chất lượng xây dựng",),
            ("Phòng Quản lý hoạt động xây dựng",), "2027-05-31"),
        Exp("Cập nhật thủ tục hành chính ngành xây dựng", ("Văn phòng Sở",),
            ("Trung tâm Phục vụ hành chính công tỉnh",), "2027-12-31", True),
        Exp("Tổ chức cuộc thi tìm hiểu pháp luật cho", ("Công đoàn cơ sở Sở Xây dựng",),
            ("Văn phòng Sở", "Đoàn Thanh niên Sở"), "2027-09-30"),
        Exp("Đánh giá hiệu quả công tác phổ biến", ("Văn phòng Sở",), ("các phòng, đơn vị thuộc Sở",),
            "2027-11-30"),
    ],
)

PLANS: list[Plan] = [PLAN_LD, PLAN_GL, PLAN_TP, PLAN_QN, PLAN_HUE, PLAN_EVN, PLAN_HC, PLAN_NA, PLAN_DT, PLAN_TN]
