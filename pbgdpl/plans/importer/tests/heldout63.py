"""Held-out evaluation set 63: ten PBGDPL plans of various agencies, answers typed by hand.

1. PLAN_QT_UBND  - UBND tỉnh Quảng Trị: task table STT | Nội dung | Chủ trì | Phối hợp | Thời gian | Sản phẩm,
   roman group rows (bold), unit lists with ";" and names with commas.
2. PLAN_CT_SYT   - Sở Y tế TP Cần Thơ: bold "1.1." headings, labels on own lines "- Đơn vị chủ trì:",
   "- Đơn vị phối hợp:", "- Thời gian thực hiện:"; an event-triggered timeframe.
3. PLAN_XA       - UBND xã Tân Phú (Đồng Nai): "a)", "b)" items with prose "Giao X chủ trì, phối hợp với Y";
   persons as units (Phó Chủ tịch UBND xã, công chức); one item with two assignment blocks.
4. PLAN_HLHPN    - Hội LHPN tỉnh Gia Lai: dash bullets with inline "Chủ trì thực hiện: …; phối hợp: …;
   thời gian: …" after the content; quarter ranges.
5. PLAN_TINHDOAN - Tỉnh đoàn Lâm Đồng: table without STT, columns Nội dung | Thời gian | Đơn vị thực hiện |
   Đơn vị phối hợp | Ghi chú; group rows with only the first cell filled.
6. PLAN_SGD      - Sở GD&ĐT Nghệ An, school year 2026-2027: roman-numeral sections, "1." items, "+" assignment
   blocks (one item with three blocks), "Tiến độ:" labels, explicit dates.
7. PLAN_PHUONG   - UBND phường Hạc Thành (Thanh Hóa): table with a two-row header (Phân công: Chủ trì /
   Phối hợp), "Thời gian hoàn thành" column, month ranges.
8. PLAN_CA       - Công an tỉnh Khánh Hòa: bold unnumbered headings; "Cơ quan thực hiện:" and "Thời hạn:"
   inline labels in one paragraph; "theo đề nghị" trigger.
9. PLAN_HDPH     - Hội đồng phối hợp PBGDPL tỉnh An Giang: "1.", "2." items with prose "X chủ trì; Y phối
   hợp", "Đề nghị X …", "X có trách nhiệm …", long lists mixing ",", ";" and "và".
10. PLAN_SNNMT   - Sở Nông nghiệp và Môi trường Hà Tĩnh, plan for 2027 issued 12/2026: table STT | Nội dung
   công việc | Đơn vị chủ trì | Đơn vị phối hợp | Tiến độ | Kinh phí, with "Quý" timeframes and a trigger.
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T, _header, _purpose


def _bases(lines: list[str]) -> list[P | T]:
    return [P(line) for line in lines]


def _ending(recipients: list[str], role: str, signer: str) -> list[P | T]:
    out: list[P | T] = [P("Nơi nhận:", bold=True)]
    out += [P(f"- {r}") for r in recipients]
    out += [P(role, bold=True, center=True), P("(Đã ký)", center=True), P(signer, bold=True, center=True)]
    return out


# ---------------------------------------------------------------- 1. UBND tỉnh Quảng Trị (table)
PLAN_QT_UBND = Plan(
    name="qt_ubnd_2026",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "28/KH-UBND", "Quảng Trị, ngày 20 tháng 01 năm 2026",
            "Phổ biến, giáo dục pháp luật; hòa giải ở cơ sở; xây dựng cấp xã đạt chuẩn tiếp cận pháp luật",
            "trên địa bàn tỉnh năm 2026",
        ),
        *_bases([
            "Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;",
            "Căn cứ Quyết định số 25/2021/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ quy định về xã, "
            "phường, thị trấn đạt chuẩn tiếp cận pháp luật;",
            "Căn cứ Kế hoạch số 412/KH-BTP ngày 05/12/2025 của Bộ Tư pháp về công tác phổ biến, giáo dục "
            "pháp luật năm 2026;",
            "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:",
        ]),
        *_purpose([
            "Triển khai kịp thời, hiệu quả các nhiệm vụ PBGDPL năm 2026 gắn với bộ máy chính quyền hai cấp.",
            "Nâng cao ý thức tôn trọng và chấp hành pháp luật của cán bộ, công chức và Nhân dân.",
            "Xác định rõ nội dung, tiến độ, trách nhiệm của cơ quan, đơn vị; bảo đảm tiết kiệm, hiệu quả.",
        ]),
        P("II. NỘI DUNG, NHIỆM VỤ", bold=True),
        P("(Chi tiết tại Phụ lục kèm theo)"),
        T(
            (
                ("STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian", "Sản phẩm"),
                ("I", "CÔNG TÁC PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT", "", "", "", ""),
                ("1", "Tổ chức Hội nghị tập huấn, bồi dưỡng nghiệp vụ cho đội ngũ báo cáo viên pháp luật "
                 "cấp tỉnh và tuyên truyền viên pháp luật cấp xã",
                 "Sở Tư pháp", "Sở Nội vụ; UBND các xã, phường, đặc khu", "Quý II/2026",
                 "Hội nghị tập huấn"),
                ("2", "Phổ biến các luật, nghị quyết mới được Quốc hội khóa XV thông qua tại Kỳ họp thứ 10",
                 "Các sở, ban, ngành tỉnh", "Sở Tư pháp", "Trong năm 2026",
                 "Hội nghị, tài liệu"),
                ("3", "Xây dựng chuyên trang, chuyên mục pháp luật trên Báo và Phát thanh, Truyền hình "
                 "Quảng Trị",
                 "Báo và Phát thanh, Truyền hình Quảng Trị", "Sở Tư pháp, Sở Văn hóa, Thể thao và Du lịch",
                 "Hằng tháng", "Chuyên trang, chuyên mục"),
                ("4", "Tổ chức Ngày Pháp luật Việt Nam năm 2026 trên địa bàn tỉnh",
                 "Sở Tư pháp", "Các sở, ban, ngành; Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
                 "Tháng 10 - tháng 11/2026", "Kế hoạch, báo cáo"),
                ("II", "CÔNG TÁC HÒA GIẢI Ở CƠ SỞ", "", "", "", ""),
                ("5", "Kiện toàn, củng cố tổ hòa giải và hòa giải viên ở cơ sở sau sắp xếp thôn, tổ dân phố",
                 "UBND các xã, phường, đặc khu", "Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã",
                 "Quý I, II/2026", "Quyết định công nhận"),
                ("6", "Tập huấn kỹ năng hòa giải cho hòa giải viên ở cơ sở",
                 "Sở Tư pháp", "Hội Luật gia tỉnh; Đoàn Luật sư tỉnh", "Tháng 6 - tháng 8/2026",
                 "Lớp tập huấn"),
                ("III", "XÂY DỰNG CẤP XÃ ĐẠT CHUẨN TIẾP CẬN PHÁP LUẬT", "", "", "", ""),
                ("7", "Đánh giá, công nhận xã, phường, đặc khu đạt chuẩn tiếp cận pháp luật năm 2026",
                 "Chủ tịch UBND tỉnh", "Hội đồng đánh giá tiếp cận pháp luật tỉnh; Sở Tư pháp",
                 "Trước ngày 31/01/2027", "Quyết định công nhận"),
            ),
            widths=(8, 52, 30, 40, 22, 26),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Các sở, ban, ngành, UBND các xã, phường, đặc khu căn cứ Kế hoạch này xây dựng kế hoạch của "
          "cơ quan, địa phương mình, báo cáo kết quả về Sở Tư pháp trước ngày 15/11/2026."),
        P("2. Sở Tài chính bố trí kinh phí thực hiện theo Thông tư số 56/2023/TT-BTC."),
        P("3. Giao Sở Tư pháp theo dõi, đôn đốc, tổng hợp kết quả, báo cáo UBND tỉnh."),
        *_ending(["Bộ Tư pháp;", "TT Tỉnh ủy, TT HĐND tỉnh;", "Các sở, ban, ngành;", "UBND các xã, phường, "
            "đặc khu;",
                  "Lưu: VT, NC."], "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hoàng Nam"),
    ],
    expected=[
        Exp("Tổ chức Hội nghị tập huấn, bồi dưỡng nghiệp vụ", ("Sở Tư pháp",),
            ("Sở Nội vụ", "UBND các xã, phường, đặc khu"), "2026-06-30"),
        Exp("Phổ biến các luật, nghị quyết mới", ("Các sở, ban, ngành tỉnh",), ("Sở Tư pháp",), "2026-12-31"),
        Exp("Xây dựng chuyên trang, chuyên mục pháp luật", ("Báo và Phát thanh, Truyền hình Quảng Trị",),
            ("Sở Tư pháp", "Sở Văn hóa, Thể thao và Du lịch"), "2026-12-31"),
        Exp("Tổ chức Ngày Pháp luật Việt Nam năm 2026", ("Sở Tư pháp",),
            ("Các sở, ban, ngành", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"), "2026-11-30"),
        Exp("Kiện toàn, củng cố tổ hòa giải", ("UBND các xã, phường, đặc khu",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã",), "2026-06-30"),
        Exp("Tập huấn kỹ năng hòa giải cho", ("Sở Tư pháp",), ("Hội Luật gia tỉnh", "Đoàn Luật sư tỉnh"),
            "2026-08-31"),
        Exp("Đánh giá, công nhận xã, phường, đặc khu", ("Chủ tịch UBND tỉnh",),
            ("Hội đồng đánh giá tiếp cận pháp luật tỉnh", "Sở Tư pháp"), "2027-01-31"),
    ],
)

# ---------------------------------------------------------------- 2. Sở Y tế Cần Thơ (1.1. + labels)
PLAN_CT_SYT = Plan(
    name="ct_syt_2026",
    blocks=[
        *_header(
            "UBND THÀNH PHỐ CẦN THƠ", "SỞ Y TẾ", "112/KH-SYT", "Cần Thơ, ngày 03 tháng 02 năm 2026",
            "Công tác phổ biến, giáo dục pháp luật năm 2026", "của ngành Y tế thành phố",
        ),
        *_bases([
            "Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012;",
            "Căn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15;",
            "Căn cứ Kế hoạch số 19/KH-UBND ngày 14/01/2026 của UBND thành phố Cần Thơ về công tác PBGDPL "
            "năm 2026;",
            "Sở Y tế xây dựng Kế hoạch như sau:",
        ]),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Nâng cao hiểu biết pháp luật về y tế cho công chức, viên chức, người lao động trong ngành và "
          "người dân; gắn công tác PBGDPL với nhiệm vụ chuyên môn của từng đơn vị."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Công tác tuyên truyền, phổ biến pháp luật", bold=True),
        P("1.1. Quán triệt, phổ biến Luật Khám bệnh, chữa bệnh và các văn bản hướng dẫn thi hành", bold=True),
        P("- Đơn vị chủ trì: Phòng Nghiệp vụ Y"),
        P("- Đơn vị phối hợp: Văn phòng Sở; các bệnh viện trực thuộc Sở"),
        P("- Thời gian thực hiện: Quý I/2026"),
        P("1.2. Tuyên truyền pháp luật về an toàn thực phẩm trong Tháng hành động vì an toàn thực phẩm",
          bold=True),
        P("- Đơn vị chủ trì: Chi cục An toàn vệ sinh thực phẩm"),
        P("- Đơn vị phối hợp: Trung tâm Kiểm soát bệnh tật thành phố; Trạm Y tế các xã, phường"),
        P("- Thời gian thực hiện: Tháng 4 - tháng 5/2026"),
        P("1.3. Phổ biến pháp luật về phòng, chống tác hại của thuốc lá và rượu, bia", bold=True),
        P("- Đơn vị chủ trì: Trung tâm Kiểm soát bệnh tật thành phố"),
        P("- Đơn vị phối hợp: Trạm Y tế các xã, phường"),
        P("- Thời gian thực hiện: Cả năm"),
        P("1.4. Phổ biến các văn bản quy phạm pháp luật mới về y tế", bold=True),
        P("- Đơn vị chủ trì: Văn phòng Sở"),
        P("- Đơn vị phối hợp: Các phòng chức năng thuộc Sở"),
        P("- Thời gian thực hiện: Khi có văn bản mới được ban hành"),
        P("2. Công tác khác", bold=True),
        P("2.1. Cập nhật, đăng tải văn bản pháp luật trên Trang thông tin điện tử của Sở", bold=True),
        P("- Đơn vị chủ trì: Văn phòng Sở"),
        P("- Thời gian thực hiện: Thường xuyên"),
        P("2.2. Tổ chức Hội thi \"Cán bộ y tế với pháp luật\" năm 2026", bold=True),
        P("- Đơn vị chủ trì: Công đoàn ngành Y tế"),
        P("- Đơn vị phối hợp: Đoàn Thanh niên Sở Y tế; Văn phòng Sở"),
        P("- Thời gian thực hiện: Trước ngày 30/9/2026"),
        P("2.3. Thanh tra, kiểm tra việc chấp hành pháp luật trong hành nghề y, dược tư nhân", bold=True),
        P("- Đơn vị chủ trì: Thanh tra Sở"),
        P("- Đơn vị phối hợp: Phòng Nghiệp vụ Dược; Phòng Nghiệp vụ Y"),
        P("- Thời gian thực hiện: Quý II, III/2026"),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Thủ trưởng các phòng, đơn vị thuộc Sở có trách nhiệm triển khai Kế hoạch này; báo cáo kết quả "
          "(qua Văn phòng Sở) trước ngày 10/11/2026 để tổng hợp báo cáo UBND thành phố."),
        *_ending(["UBND thành phố (b/c);", "Sở Tư pháp;", "Ban Giám đốc Sở;", "Các phòng, đơn vị;", "Lưu: "
            "VT, VP."],
                 "GIÁM ĐỐC", "Trần Thị Bích Vân"),
    ],
    expected=[
        Exp("Quán triệt, phổ biến Luật Khám bệnh", ("Phòng Nghiệp vụ Y",),
            ("Văn phòng Sở", "các bệnh viện trực thuộc Sở"), "2026-03-31"),
        Exp("Tuyên truyền pháp luật về an toàn thực phẩm", ("Chi cục An toàn vệ sinh thực phẩm",),
            ("Trung tâm Kiểm soát bệnh tật thành phố", "Trạm Y tế các xã, phường"), "2026-05-31"),
        Exp("Phổ biến pháp luật về phòng, chống tác hại", ("Trung tâm Kiểm soát bệnh tật thành phố",),
            ("Trạm Y tế các xã, phường",), "2026-12-31"),
        Exp("Phổ biến các văn bản quy phạm pháp luật mới", ("Văn phòng Sở",),
            ("Các phòng chức năng thuộc Sở",), "2026-12-31", on_request=True),
        Exp("Cập nhật, đăng tải văn bản pháp luật", ("Văn phòng Sở",), (), "2026-12-31"),
        Exp("Tổ chức Hội thi \"Cán bộ y tế", ("Công đoàn ngành Y tế",),
            ("Đoàn Thanh niên Sở Y tế", "Văn phòng Sở"), "2026-09-30"),
        Exp("Thanh tra, kiểm tra việc chấp hành pháp luật", ("Thanh tra Sở",),
            ("Phòng Nghiệp vụ Dược", "Phòng Nghiệp vụ Y"), "2026-09-30"),
    ],
)

# ---------------------------------------------------------------- 3. UBND xã Tân Phú (prose)
PLAN_XA = Plan(
    name="xa_tanphu_2026",
    blocks=[
        *_header(
            "TỈNH ĐỒNG NAI", "ỦY BAN NHÂN DÂN XÃ TÂN PHÚ", "09/KH-UBND", "Tân Phú, ngày 26 tháng 01 năm 2026",
            "Triển khai công tác phổ biến, giáo dục pháp luật và hòa giải ở cơ sở", "năm 2026",
        ),
        *_bases([
            "Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;",
            "Căn cứ Luật Hòa giải ở cơ sở năm 2013;",
            "Căn cứ Kế hoạch số 35/KH-UBND ngày 12/01/2026 của UBND tỉnh Đồng Nai;",
            "UBND xã Tân Phú ban hành Kế hoạch như sau:",
        ]),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Đưa pháp luật đến với người dân ở các ấp; phát huy vai trò của tổ hòa giải trong giải quyết mâu "
          "thuẫn, tranh chấp nhỏ tại cộng đồng dân cư."),
        P("II. NỘI DUNG THỰC HIỆN", bold=True),
        P("a) Tổ chức tuyên truyền pháp luật trên hệ thống loa truyền thanh của xã và các ấp. Giao Công chức "
          "Văn hóa - Xã hội chủ trì, phối hợp với Trưởng ấp các ấp thực hiện. Thời gian: hằng tuần, "
          "trong cả năm 2026."),
        P("b) Tổ chức hội nghị phổ biến pháp luật về đất đai, môi trường cho người dân. Giao Phòng Kinh tế "
          "chủ trì, phối hợp với Công chức Tư pháp - Hộ tịch và Ủy ban Mặt trận Tổ quốc Việt Nam xã tổ chức "
          "thực hiện trong Quý III/2026."),
        P("c) Củng cố, kiện toàn tổ hòa giải ở cơ sở:"),
        P("- Rà soát, đề xuất công nhận hòa giải viên bổ sung tại các ấp: Công chức Tư pháp - Hộ tịch chủ "
            "trì, "
          "phối hợp Ban Công tác Mặt trận các ấp; hoàn thành trước ngày 31/3/2026."),
        P("- Ban hành quyết định công nhận tổ trưởng tổ hòa giải, hòa giải viên: Phó Chủ tịch UBND xã "
          "thực hiện sau khi có đề xuất của Ban Công tác Mặt trận các ấp."),
        P("d) Tổ chức Ngày Pháp luật Việt Nam (09/11) tại xã. Giao Văn phòng HĐND và UBND xã chủ trì, phối "
            "hợp "
          "với Đoàn Thanh niên Cộng sản Hồ Chí Minh xã, Hội Liên hiệp Phụ nữ xã và Hội Cựu chiến binh xã "
          "thực "
          "hiện. Thời gian: tháng 11/2026."),
        P("đ) Xây dựng, duy trì tủ sách pháp luật tại Trung tâm Phục vụ hành chính công xã. Công chức Tư "
            "pháp "
          "- Hộ tịch có trách nhiệm thực hiện thường xuyên."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các công chức, bộ phận được phân công triển khai thực hiện; báo cáo kết quả về Công chức Tư pháp "
          "- Hộ tịch trước ngày 20/11/2026 để tổng hợp, báo cáo Sở Tư pháp."),
        P("Kinh phí thực hiện từ ngân sách xã năm 2026."),
        *_ending(["Sở Tư pháp tỉnh Đồng Nai;", "TT Đảng ủy, HĐND xã;", "CT, các PCT UBND xã;", "Các ấp;",
                  "Lưu: VT."], "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Lê Minh Tâm"),
    ],
    expected=[
        Exp("Tổ chức tuyên truyền pháp luật trên hệ thống loa", ("Công chức Văn hóa - Xã hội",),
            ("Trưởng ấp các ấp",), "2026-12-31"),
        Exp("Tổ chức hội nghị phổ biến pháp luật về đất đai", ("Phòng Kinh tế",),
            ("Công chức Tư pháp - Hộ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam xã"), "2026-09-30"),
        Exp("Rà soát, đề xuất công nhận hòa giải viên", ("Công chức Tư pháp - Hộ tịch",),
            ("Ban Công tác Mặt trận các ấp",), "2026-03-31"),
        Exp("Ban hành quyết định công nhận tổ trưởng", ("Phó Chủ tịch UBND xã",), (),
            "2026-12-31", on_request=True),
        Exp("Tổ chức Ngày Pháp luật Việt Nam (09/11)", ("Văn phòng HĐND và UBND xã",),
            ("Đoàn Thanh niên Cộng sản Hồ Chí Minh xã", "Hội Liên hiệp Phụ nữ xã", "Hội Cựu chiến binh xã"),
            "2026-11-30"),
        Exp("Xây dựng, duy trì tủ sách pháp luật", ("Công chức Tư pháp - Hộ tịch",), (), "2026-12-31"),
    ],
)

# ---------------------------------------------------------------- 4. Hội LHPN Gia Lai (dash + inline)
PLAN_HLHPN = Plan(
    name="hlhpn_gialai_2026",
    blocks=[
        *_header(
            "HỘI LHPN VIỆT NAM", "BAN THƯỜNG VỤ HỘI LHPN TỈNH GIA LAI", "14/KH-BTV",
            "Gia Lai, ngày 10 tháng 02 năm 2026",
            "Tuyên truyền, phổ biến, giáo dục pháp luật cho hội viên, phụ nữ", "năm 2026",
        ),
        *_bases([
            "Căn cứ Chương trình phối hợp số 03/CTPH-BTP-TWHLHPN ngày 15/3/2024 giữa Bộ Tư pháp và Trung "
            "ương "
            "Hội LHPN Việt Nam;",
            "Căn cứ Kế hoạch số 45/KH-UBND ngày 16/01/2026 của UBND tỉnh Gia Lai;",
            "Ban Thường vụ Hội LHPN tỉnh xây dựng Kế hoạch như sau:",
        ]),
        *_purpose([
            "Nâng cao nhận thức pháp luật, kỹ năng tự bảo vệ của hội viên, phụ nữ, nhất là phụ nữ dân tộc "
            "thiểu số.",
            "Góp phần phòng, chống bạo lực gia đình, mua bán người.",
            "Hoạt động thiết thực, phù hợp đặc điểm từng địa bàn.",
        ]),
        P("II. NỘI DUNG HOẠT ĐỘNG", bold=True),
        P("1. Tuyên truyền trực tiếp", bold=True),
        P("- Tổ chức truyền thông pháp luật về phòng, chống bạo lực gia đình tại các xã vùng đồng bào dân "
            "tộc "
          "thiểu số. Chủ trì thực hiện: Ban Tuyên giáo - Chính sách, Luật pháp; phối hợp: Hội LHPN các xã, "
          "phường; thời gian: Quý II - Quý III/2026."),
        P("- Lồng ghép phổ biến pháp luật trong sinh hoạt chi hội, tổ phụ nữ. Chủ trì thực hiện: Hội LHPN "
            "các "
          "xã, phường; thời gian: thường xuyên."),
        P("- Tổ chức đối thoại chính sách, pháp luật về hỗ trợ phụ nữ khởi nghiệp. Chủ trì thực hiện: Ban "
          "Kinh tế - Xã hội; phối hợp: Sở Tài chính, Ngân hàng Chính sách xã hội chi nhánh tỉnh Gia Lai; "
          "thời gian: tháng 10/2026."),
        P("2. Tuyên truyền qua các phương tiện thông tin", bold=True),
        P("- Duy trì chuyên mục \"Phụ nữ với pháp luật\" trên trang Fanpage của Hội. Chủ trì thực hiện: Văn "
          "phòng Hội LHPN tỉnh; thời gian: hằng tháng."),
        P("3. Trợ giúp pháp lý và tư vấn", bold=True),
        P("- Phối hợp tư vấn pháp luật, trợ giúp pháp lý lưu động cho phụ nữ yếu thế. Chủ trì thực hiện: Ban "
          "Tuyên giáo - Chính sách, Luật pháp; phối hợp: Trung tâm Trợ giúp pháp lý nhà nước tỉnh; thời "
          "gian: "
          "Quý III, IV/2026."),
        P("- Tổ chức Cuộc thi tìm hiểu pháp luật về bình đẳng giới. Chủ trì thực hiện: Ban Tuyên giáo - "
          "Chính sách, Luật pháp; phối hợp: Sở Y tế, Hội LHPN các xã, phường; thời gian: từ ngày 01/8 đến "
          "ngày 15/9/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các ban, đơn vị cơ quan Hội LHPN tỉnh, Hội LHPN các xã, phường căn cứ nội dung Kế hoạch chủ động "
          "triển khai; gửi báo cáo kết quả về Ban Tuyên giáo - Chính sách, Luật pháp trước ngày 05/12/2026."),
        *_ending(["TW Hội LHPN Việt Nam (b/c);", "Sở Tư pháp;", "Hội LHPN các xã, phường;", "Lưu: VT, TG."],
                 "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH", "Rơ Châm H'Lan"),
    ],
    expected=[
        Exp("Tổ chức truyền thông pháp luật về phòng, chống bạo lực", ("Ban Tuyên giáo - Chính sách, Luật "
            "pháp",),
            ("Hội LHPN các xã, phường",), "2026-09-30"),
        Exp("Lồng ghép phổ biến pháp luật trong sinh hoạt", ("Hội LHPN các xã, phường",), (), "2026-12-31"),
        Exp("Tổ chức đối thoại chính sách, pháp luật", ("Ban Kinh tế - Xã hội",),
            ("Sở Tài chính", "Ngân hàng Chính sách xã hội chi nhánh tỉnh Gia Lai"), "2026-10-31"),
        Exp("Duy trì chuyên mục \"Phụ nữ với pháp luật\"", ("Văn phòng Hội LHPN tỉnh",), (), "2026-12-31"),
        Exp("Phối hợp tư vấn pháp luật, trợ giúp pháp lý", ("Ban Tuyên giáo - Chính sách, Luật pháp",),
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh",), "2026-12-31"),
        Exp("Tổ chức Cuộc thi tìm hiểu pháp luật về bình đẳng", ("Ban Tuyên giáo - Chính sách, Luật pháp",),
            ("Sở Y tế", "Hội LHPN các xã, phường"), "2026-09-15"),
    ],
)

# ---------------------------------------------------------------- 5. Tỉnh đoàn Lâm Đồng (table, no STT)
PLAN_TINHDOAN = Plan(
    name="tinhdoan_lamdong_2026",
    blocks=[
        *_header(
            "BCH ĐOÀN TỈNH LÂM ĐỒNG", "***", "37-KH/TĐTN-TG", "Lâm Đồng, ngày 05 tháng 3 năm 2026",
            "Tăng cường giáo dục pháp luật, nâng cao ý thức chấp hành pháp luật", "cho đoàn viên, thanh niên "
            "năm 2026",
        ),
        *_bases([
            "Căn cứ Luật Thanh niên số 57/2020/QH14;",
            "Căn cứ Chương trình số 12-CTr/TĐTN ngày 20/12/2025 của Ban Thường vụ Tỉnh đoàn về công tác Đoàn "
            "và phong trào thanh thiếu nhi năm 2026;",
            "Ban Thường vụ Tỉnh đoàn xây dựng Kế hoạch với những nội dung sau:",
        ]),
        P("I. MỤC ĐÍCH - YÊU CẦU", bold=True),
        P("Giúp đoàn viên, thanh niên hiểu và chấp hành nghiêm pháp luật; phát huy vai trò xung kích của "
            "tuổi "
          "trẻ trong tuyên truyền pháp luật ở địa bàn dân cư."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        T(
            (
                ("Nội dung", "Thời gian", "Đơn vị thực hiện", "Đơn vị phối hợp", "Ghi chú"),
                ("Hoạt động tuyên truyền", "", "", "", ""),
                ("Tổ chức diễn đàn \"Thanh niên với văn hóa giao thông\" tại các trường THPT",
                 "Tháng 3 - 4/2026", "Ban Tuyên giáo Tỉnh đoàn", "Phòng Cảnh sát giao thông Công an tỉnh",
                 ""),
                ("Phát động cuộc thi tìm hiểu pháp luật trực tuyến trên nền tảng số", "Quý II/2026",
                 "Ban Tuyên giáo Tỉnh đoàn", "Sở Tư pháp; Sở Khoa học và Công nghệ", "Thi trực tuyến"),
                ("Thành lập, duy trì các đội hình thanh niên tình nguyện tuyên truyền pháp luật", "Cả năm",
                 "Đoàn các xã, phường, đặc khu", "", "Mỗi xã ít nhất 01 đội hình"),
                ("Phòng ngừa vi phạm pháp luật", "", "", "", ""),
                ("Tổ chức các buổi tuyên truyền phòng, chống ma túy trong thanh thiếu niên",
                 "Tháng 6/2026", "Ban Tổ chức - Kiểm tra Tỉnh đoàn",
                 "Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh; Hội Liên hiệp Thanh niên Việt Nam "
                 "tỉnh",
                 "Hưởng ứng Ngày toàn dân phòng, chống ma túy"),
                ("Hỗ trợ, giúp đỡ thanh niên chậm tiến, thanh niên sau cai nghiện tái hòa nhập cộng đồng",
                 "Thường xuyên", "Đoàn các xã, phường, đặc khu", "Công an các xã, phường, đặc khu", ""),
                ("Tham gia ý kiến vào dự thảo văn bản quy phạm pháp luật liên quan đến thanh niên",
                 "Theo đề nghị của Sở Tư pháp", "Văn phòng Tỉnh đoàn", "Các ban Tỉnh đoàn", ""),
                ("Sơ kết, đánh giá kết quả thực hiện Kế hoạch", "Trước ngày 25/11/2026",
                 "Văn phòng Tỉnh đoàn", "Ban Tuyên giáo Tỉnh đoàn", "Báo cáo"),
            ),
            widths=(60, 26, 34, 40, 30),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các ban, văn phòng Tỉnh đoàn theo chức năng triển khai; các cơ sở đoàn báo cáo kết quả về Ban "
          "Thường vụ Tỉnh đoàn (qua Ban Tuyên giáo) trước ngày 20/11/2026."),
        *_ending(["Trung ương Đoàn (b/c);", "Thường trực Tỉnh ủy (b/c);", "Sở Tư pháp;", "Các cơ sở đoàn;",
                  "Lưu: VP, TG."], "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN\nPHÓ BÍ THƯ", "K' Điểu"),
    ],
    expected=[
        Exp("Tổ chức diễn đàn \"Thanh niên với văn hóa", ("Ban Tuyên giáo Tỉnh đoàn",),
            ("Phòng Cảnh sát giao thông Công an tỉnh",), "2026-04-30"),
        Exp("Phát động cuộc thi tìm hiểu pháp luật", ("Ban Tuyên giáo Tỉnh đoàn",),
            ("Sở Tư pháp", "Sở Khoa học và Công nghệ"), "2026-06-30"),
        Exp("Thành lập, duy trì các đội hình", ("Đoàn các xã, phường, đặc khu",), (), "2026-12-31"),
        Exp("Tổ chức các buổi tuyên truyền phòng, chống ma túy", ("Ban Tổ chức - Kiểm tra Tỉnh đoàn",),
            ("Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh",
             "Hội Liên hiệp Thanh niên Việt Nam tỉnh"), "2026-06-30"),
        Exp("Hỗ trợ, giúp đỡ thanh niên chậm tiến", ("Đoàn các xã, phường, đặc khu",),
            ("Công an các xã, phường, đặc khu",), "2026-12-31"),
        Exp("Tham gia ý kiến vào dự thảo văn bản", ("Văn phòng Tỉnh đoàn",), ("Các ban Tỉnh đoàn",),
            "2026-12-31", on_request=True),
        Exp("Sơ kết, đánh giá kết quả thực hiện", ("Văn phòng Tỉnh đoàn",), ("Ban Tuyên giáo Tỉnh đoàn",),
            "2026-11-25"),
    ],
)

# ---------------------------------------------------------------- 6. Sở GD&ĐT Nghệ An (roman, "+" blocks)
PLAN_SGD = Plan(
    name="sgd_nghean_2026_2027",
    blocks=[
        *_header(
            "UBND TỈNH NGHỆ AN", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "2150/KH-SGDĐT", "Nghệ An, ngày 28 tháng 8 năm "
            "2026",
            "Công tác phổ biến, giáo dục pháp luật trong trường học", "năm học 2026-2027",
        ),
        *_bases([
            "Căn cứ Quyết định số 1928/QĐ-TTg ngày 20/11/2009 của Thủ tướng Chính phủ phê duyệt Đề án "
            "\"Nâng cao chất lượng công tác phổ biến, giáo dục pháp luật trong nhà trường\";",
            "Căn cứ Công văn số 4215/BGDĐT-PC ngày 12/8/2026 của Bộ Giáo dục và Đào tạo;",
            "Sở Giáo dục và Đào tạo xây dựng Kế hoạch như sau:",
        ]),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Đưa nội dung giáo dục pháp luật vào hoạt động dạy học, hoạt động trải nghiệm phù hợp lứa tuổi; "
          "xây dựng môi trường giáo dục an toàn, lành mạnh, thân thiện."),
        P("II. NHIỆM VỤ VÀ PHÂN CÔNG", bold=True),
        P("1. Bồi dưỡng kiến thức pháp luật cho cán bộ quản lý, giáo viên"),
        P("Tổ chức bồi dưỡng Luật Nhà giáo và các văn bản hướng dẫn cho cán bộ quản lý, giáo viên."),
        P("+ Chủ trì: Phòng Tổ chức cán bộ; phối hợp: Phòng Giáo dục phổ thông, Văn phòng Sở."),
        P("+ Tiến độ: tháng 9 - tháng 10/2026."),
        P("2. Giáo dục pháp luật cho học sinh"),
        P("Lồng ghép giáo dục pháp luật trong môn Giáo dục công dân, Giáo dục kinh tế và pháp luật, hoạt "
            "động "
          "trải nghiệm; cụ thể:"),
        P("+ Các trường trung học phổ thông và các trung tâm GDNN-GDTX xây dựng kế hoạch lồng ghép, triển "
            "khai "
          "từ tháng 9/2026 đến tháng 5/2027;"),
        P("+ Phòng Giáo dục phổ thông hướng dẫn, kiểm tra việc lồng ghép, phối hợp với Thanh tra Sở; hoàn "
          "thành trong tháng 3/2027;"),
        P("+ Phòng Văn hóa - Xã hội các xã, phường chỉ đạo các trường mầm non, tiểu học, THCS trên địa bàn "
          "thực hiện; tiến độ: học kỳ I năm học 2026-2027, xong trước ngày 15/01/2027."),
        P("3. Tổ chức Cuộc thi \"Học sinh với pháp luật về an toàn giao thông\" cấp tỉnh"),
        P("+ Chủ trì: Phòng Chính trị, tư tưởng và Công tác học sinh; phối hợp: Công an tỉnh, Tỉnh đoàn Nghệ "
            "An."),
        P("+ Tiến độ: tháng 12/2026."),
        P("4. Kiện toàn đội ngũ cán bộ làm công tác PBGDPL trong nhà trường"),
        P("+ Chủ trì: Phòng Tổ chức cán bộ; phối hợp: Thủ trưởng các đơn vị trực thuộc."),
        P("+ Tiến độ: trước ngày 30/9/2026."),
        P("5. Tư vấn tâm lý, pháp lý học đường; phòng, chống bạo lực học đường"),
        P("+ Chủ trì: Các trường trung học phổ thông; phối hợp: Công an các xã, phường nơi trường đóng."),
        P("+ Tiến độ: suốt năm học 2026-2027 (đến hết tháng 5/2027)."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Thủ trưởng các phòng thuộc Sở, các đơn vị trực thuộc chịu trách nhiệm thực hiện Kế hoạch; báo cáo "
          "sơ kết học kỳ I trước ngày 15/01/2027 và tổng kết năm học trước ngày 25/5/2027 "
          "(qua Văn phòng Sở)."),
        *_ending(["Bộ GD&ĐT (b/c);", "UBND tỉnh (b/c);", "Sở Tư pháp;", "Các đơn vị trực thuộc;", "Lưu: VT, "
            "VP."],
                 "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Nguyễn Thị Hương Giang"),
    ],
    expected=[
        Exp("Bồi dưỡng kiến thức pháp luật cho cán bộ quản lý", ("Phòng Tổ chức cán bộ",),
            ("Phòng Giáo dục phổ thông", "Văn phòng Sở"), "2026-10-31"),
        Exp("Các trường trung học phổ thông và các trung tâm GDNN-GDTX",
            ("Các trường trung học phổ thông", "các trung tâm GDNN-GDTX"), (), "2027-05-31"),
        Exp("Phòng Giáo dục phổ thông hướng dẫn, kiểm tra", ("Phòng Giáo dục phổ thông",), ("Thanh tra Sở",),
            "2027-03-31"),
        Exp("Phòng Văn hóa - Xã hội các xã, phường chỉ đạo", ("Phòng Văn hóa - Xã hội các xã, phường",), (),
            "2027-01-15"),
        Exp("Tổ chức Cuộc thi \"Học sinh với pháp luật", ("Phòng Chính trị, tư tưởng và Công tác học sinh",),
            ("Công an tỉnh", "Tỉnh đoàn Nghệ An"), "2026-12-31"),
        Exp("Kiện toàn đội ngũ cán bộ làm công tác PBGDPL", ("Phòng Tổ chức cán bộ",),
            ("Thủ trưởng các đơn vị trực thuộc",), "2026-09-30"),
        Exp("Tư vấn tâm lý, pháp lý học đường", ("Các trường trung học phổ thông",),
            ("Công an các xã, phường nơi trường đóng",), "2027-05-31"),
    ],
)

# ---------------------------------------------------------------- 7. UBND phường Hạc Thành (2-row header)
PLAN_PHUONG = Plan(
    name="phuong_hacthanh_2026",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN", "PHƯỜNG HẠC THÀNH", "21/KH-UBND", "Hạc Thành, ngày 09 tháng 02 năm 2026",
            "Thực hiện công tác phổ biến, giáo dục pháp luật, trợ giúp pháp lý",
            "và xây dựng phường đạt chuẩn tiếp cận pháp luật năm 2026",
        ),
        *_bases([
            "Căn cứ Quyết định số 25/2021/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ;",
            "Căn cứ Thông tư số 09/2021/TT-BTP ngày 15/11/2021 của Bộ Tư pháp;",
            "Căn cứ Kế hoạch số 17/KH-UBND ngày 15/01/2026 của UBND tỉnh Thanh Hóa;",
        ]),
        P("1. Mục đích, yêu cầu", bold=True),
        P("Tổ chức triển khai đồng bộ các nhiệm vụ; phân công cụ thể cho từng bộ phận, tổ dân phố; duy trì "
          "phường đạt chuẩn tiếp cận pháp luật."),
        P("2. Nhiệm vụ cụ thể", bold=True),
        T(
            (
                ("TT", "Nội dung công việc", "Phân công", "", "Thời gian hoàn thành"),
                ("", "", "Chủ trì", "Phối hợp", ""),
                ("1", "Phổ biến pháp luật tại các buổi sinh hoạt tổ dân phố, nhà văn hóa khu phố",
                 "Phòng Văn hóa - Xã hội", "Tổ trưởng tổ dân phố; Ban Công tác Mặt trận các khu phố",
                 "Hằng quý"),
                ("2", "Triển khai trợ giúp pháp lý cho người thuộc diện được trợ giúp pháp lý trên địa bàn",
                 "Văn phòng HĐND và UBND phường", "Trung tâm Trợ giúp pháp lý nhà nước tỉnh Thanh Hóa",
                 "Tháng 3 - tháng 12/2026"),
                ("3", "Phổ biến pháp luật về trật tự đô thị, kinh doanh trên vỉa hè cho hộ kinh doanh",
                 "Công an phường", "Phòng Kinh tế, Hạ tầng và Đô thị", "Quý II/2026"),
                ("4", "Tự đánh giá, chấm điểm các tiêu chí tiếp cận pháp luật năm 2026",
                 "Phó Chủ tịch UBND phường phụ trách văn hóa - xã hội",
                 "Các bộ phận chuyên môn thuộc UBND phường", "Trước ngày 15/12/2026"),
                ("5", "Cập nhật thông tin pháp luật trên Cổng thông tin điện tử phường và nhóm Zalo các khu "
                    "phố",
                 "Văn phòng HĐND và UBND phường", "", "Thường xuyên"),
                ("6", "Tổ chức tuyên truyền pháp luật về bầu cử và các luật mới có hiệu lực",
                 "Phòng Văn hóa - Xã hội", "Ủy ban MTTQ Việt Nam phường và các tổ chức chính trị - xã hội "
                 "phường", "Khi có văn bản hướng dẫn của cấp trên"),
            ),
            widths=(10, 70, 40, 44, 30),
        ),
        P("3. Tổ chức thực hiện", bold=True),
        P("- Các bộ phận, tổ dân phố được phân công triển khai đúng tiến độ."),
        P("- Giao Văn phòng HĐND và UBND phường theo dõi, tổng hợp, tham mưu báo cáo kết quả về Sở Tư pháp "
          "trước ngày 10/12/2026."),
        *_ending(["Sở Tư pháp (b/c);", "TT Đảng ủy phường;", "Các tổ dân phố;", "Lưu: VT."],
                 "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Lê Thị Thu Hà"),
    ],
    expected=[
        Exp("Phổ biến pháp luật tại các buổi sinh hoạt", ("Phòng Văn hóa - Xã hội",),
            ("Tổ trưởng tổ dân phố", "Ban Công tác Mặt trận các khu phố"), "2026-12-31"),
        Exp("Triển khai trợ giúp pháp lý cho người", ("Văn phòng HĐND và UBND phường",),
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh Thanh Hóa",), "2026-12-31"),
        Exp("Phổ biến pháp luật về trật tự đô thị", ("Công an phường",),
            ("Phòng Kinh tế, Hạ tầng và Đô thị",), "2026-06-30"),
        Exp("Tự đánh giá, chấm điểm các tiêu chí", ("Phó Chủ tịch UBND phường phụ trách văn hóa - xã hội",),
            ("Các bộ phận chuyên môn thuộc UBND phường",), "2026-12-15"),
        Exp("Cập nhật thông tin pháp luật trên Cổng", ("Văn phòng HĐND và UBND phường",), (), "2026-12-31"),
        Exp("Tổ chức tuyên truyền pháp luật về bầu cử", ("Phòng Văn hóa - Xã hội",),
            ("Ủy ban MTTQ Việt Nam phường", "các tổ chức chính trị - xã hội phường"), "2026-12-31",
            on_request=True),
    ],
)

# ---------------------------------------------------------------- 8. Công an tỉnh Khánh Hòa (bold headings)
PLAN_CA = Plan(
    name="ca_khanhhoa_2026",
    blocks=[
        *_header(
            "CÔNG AN TỈNH KHÁNH HÒA", "PHÒNG THAM MƯU", "156/KH-CAT-PTM", "Khánh Hòa, ngày 12 tháng 02 năm "
            "2026",
            "Tổ chức tuyên truyền, phổ biến, giáo dục pháp luật trong lực lượng Công an tỉnh",
            "và cho quần chúng Nhân dân năm 2026",
        ),
        *_bases([
            "Thực hiện Kế hoạch số 77/KH-BCA-V03 ngày 30/12/2025 của Bộ Công an về công tác PBGDPL năm 2026;",
            "Căn cứ Kế hoạch số 61/KH-UBND ngày 20/01/2026 của UBND tỉnh Khánh Hòa;",
            "Công an tỉnh xây dựng Kế hoạch triển khai như sau:",
        ]),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Nâng cao nhận thức pháp luật của cán bộ, chiến sĩ; phát huy vai trò của lực lượng Công an trong "
          "tuyên truyền pháp luật về an ninh, trật tự cho Nhân dân."),
        P("II. NỘI DUNG", bold=True),
        P("Quán triệt Luật Căn cước và Luật Trật tự, an toàn giao thông đường bộ", bold=True),
        P("Tổ chức quán triệt cho 100% cán bộ, chiến sĩ qua sinh hoạt chính trị, giao ban. Cơ quan thực "
            "hiện: "
          "Phòng Công tác đảng và công tác chính trị chủ trì, Phòng Tham mưu phối hợp. "
          "Thời hạn: Quý I/2026."),
        P("Tuyên truyền pháp luật về phòng cháy, chữa cháy và cứu nạn, cứu hộ tại khu dân cư", bold=True),
        P("Cơ quan thực hiện: Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ chủ trì; Công an các "
          "xã, phường, đặc khu phối hợp. Thời hạn: tháng 4 đến tháng 10/2026."),
        P("Tuyên truyền phương thức, thủ đoạn lừa đảo chiếm đoạt tài sản trên không gian mạng", bold=True),
        P("Cơ quan thực hiện: Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao chủ trì, "
            "phối "
          "hợp Báo và Phát thanh, Truyền hình Khánh Hòa. Thời hạn: hằng tháng."),
        P("Phổ biến pháp luật cho phạm nhân, học viên tại cơ sở giam giữ", bold=True),
        P("Cơ quan thực hiện: Trại Tạm giam Công an tỉnh. Thời hạn: 6 tháng đầu năm 2026."),
        P("Cung cấp báo cáo viên cho các hội nghị phổ biến pháp luật của địa phương", bold=True),
        P("Cơ quan thực hiện: Phòng Tham mưu chủ trì, Phòng Cảnh sát giao thông phối hợp. Thời hạn: theo đề "
          "nghị của Sở Tư pháp và UBND các xã, phường, đặc khu."),
        P("Tổ chức Hội thi \"Cán bộ, chiến sĩ Công an tìm hiểu pháp luật\"", bold=True),
        P("Cơ quan thực hiện: Đoàn Thanh niên Công an tỉnh chủ trì; Phòng Tổ chức cán bộ, Phòng Công tác "
            "đảng "
          "và công tác chính trị phối hợp. Thời hạn: trước ngày 26/3/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Trưởng các phòng nghiệp vụ, Trưởng Công an các xã, phường, đặc khu triển khai thực hiện; định kỳ "
          "báo cáo 6 tháng trước ngày 15/6/2026, báo cáo năm trước ngày 15/11/2026 về Công an tỉnh (qua "
          "Phòng Tham mưu)."),
        *_ending(["Cục Pháp chế và cải cách hành chính, tư pháp - BCA (b/c);", "UBND tỉnh (b/c);",
                  "Đ/c Giám đốc (b/c);", "Các đơn vị thuộc Công an tỉnh;", "Lưu: VT, PTM."],
                 "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Đại tá Phạm Văn Quý"),
    ],
    expected=[
        Exp("Quán triệt Luật Căn cước và Luật Trật tự", ("Phòng Công tác đảng và công tác chính trị",),
            ("Phòng Tham mưu",), "2026-03-31"),
        Exp("Tuyên truyền pháp luật về phòng cháy, chữa cháy",
            ("Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",),
            ("Công an các xã, phường, đặc khu",), "2026-10-31"),
        Exp("Tuyên truyền phương thức, thủ đoạn lừa đảo",
            ("Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao",),
            ("Báo và Phát thanh, Truyền hình Khánh Hòa",), "2026-12-31"),
        Exp("Phổ biến pháp luật cho phạm nhân, học viên", ("Trại Tạm giam Công an tỉnh",), (), "2026-06-30"),
        Exp("Cung cấp báo cáo viên cho các hội nghị", ("Phòng Tham mưu",), ("Phòng Cảnh sát giao thông",),
            "2026-12-31", on_request=True),
        Exp("Tổ chức Hội thi \"Cán bộ, chiến sĩ Công an", ("Đoàn Thanh niên Công an tỉnh",),
            ("Phòng Tổ chức cán bộ", "Phòng Công tác đảng và công tác chính trị"), "2026-03-26"),
    ],
)

# ---------------------------------------------------------------- 9. HĐPH PBGDPL An Giang (prose)
PLAN_HDPH = Plan(
    name="hdph_angiang_2026",
    blocks=[
        *_header(
            "UBND TỈNH AN GIANG", "HỘI ĐỒNG PHỐI HỢP PHỔ BIẾN,\nGIÁO DỤC PHÁP LUẬT", "05/KH-HĐPH",
            "An Giang, ngày 04 tháng 3 năm 2026",
            "Hoạt động của Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh", "năm 2026",
        ),
        *_bases([
            "Căn cứ Quyết định số 27/2013/QĐ-TTg ngày 19/5/2013 của Thủ tướng Chính phủ quy định về thành "
            "phần và nhiệm vụ, quyền hạn của Hội đồng phối hợp phổ biến, giáo dục pháp luật;",
            "Căn cứ Quyết định số 318/QĐ-UBND ngày 10/02/2026 của UBND tỉnh về kiện toàn Hội đồng phối hợp "
            "PBGDPL tỉnh;",
            "Căn cứ Kết luận số 80-KL/TW ngày 20/6/2024 của Ban Bí thư;",
        ]),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Phát huy vai trò tham mưu, tư vấn của Hội đồng; tăng cường phối hợp giữa các thành viên; tập "
            "trung "
          "phổ biến pháp luật cho vùng biên giới, đồng bào dân tộc thiểu số và ngư dân."),
        P("II. NHIỆM VỤ", bold=True),
        P("1. Xây dựng, ban hành Chương trình, Kế hoạch hoạt động năm 2026 của Hội đồng. Sở Tư pháp (Cơ quan "
          "Thường trực Hội đồng) chủ trì; các thành viên Hội đồng phối hợp. Hoàn thành trong tháng 3/2026."),
        P("2. Tổ chức Hội nghị phổ biến pháp luật cho cán bộ, Nhân dân khu vực biên giới. Bộ Chỉ huy Bộ đội "
          "Biên phòng tỉnh chủ trì; Sở Tư pháp, Sở Dân tộc và Tôn giáo và Ủy ban nhân dân các xã biên giới "
          "phối hợp. Thời gian: Quý II và Quý III/2026."),
        P("3. Phổ biến pháp luật về thủy sản, chống khai thác hải sản bất hợp pháp (IUU) cho ngư dân. Đề "
            "nghị "
          "Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh; Hội Nông "
          "dân "
          "tỉnh thực hiện. Thời gian: từ tháng 02 đến tháng 6/2026."),
        P("4. Theo dõi, hướng dẫn nghiệp vụ PBGDPL cho UBND các xã, phường, đặc khu. Sở Tư pháp có trách "
            "nhiệm "
          "thực hiện, định kỳ 6 tháng (tháng 6 và tháng 12/2026)."),
        P("5. Tổ chức hoạt động hưởng ứng Ngày Pháp luật Việt Nam trong hệ thống tòa án, kiểm sát, thi hành "
            "án. "
          "Tòa án nhân dân tỉnh, Viện kiểm sát nhân dân tỉnh, Thi hành án dân sự tỉnh chủ trì trong phạm vi "
          "ngành mình; Sở Tư pháp phối hợp. Thời gian: tháng 11/2026."),
        P("6. Phổ biến chính sách, pháp luật cho đồng bào dân tộc Khmer, Chăm bằng song ngữ. Sở Dân tộc và "
            "Tôn "
          "giáo chủ trì biên soạn, phát hành tài liệu, phối hợp với Hội Đoàn kết Sư sãi yêu nước tỉnh; Báo "
          "và Phát thanh, Truyền hình An Giang. Thời gian: Quý III/2026."),
        P("7. Sơ kết hoạt động 6 tháng và tổng kết năm của Hội đồng. Sở Tư pháp chủ trì; Văn phòng UBND tỉnh "
          "phối hợp. Thời gian: trước ngày 20/12/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các thành viên Hội đồng có trách nhiệm chỉ đạo cơ quan, đơn vị mình thực hiện; gửi báo cáo về Sở "
            "Tư "
          "pháp trước ngày 05/6/2026 (6 tháng) và trước ngày 05/11/2026 (năm) để tổng hợp."),
        *_ending(["Hội đồng PHPBGDPL Trung ương (b/c);", "TT Tỉnh ủy, UBND tỉnh (b/c);", "Thành viên Hội "
            "đồng;",
                  "Lưu: VT, PBGDPL."], "TM. HỘI ĐỒNG\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH THƯỜNG TRỰC",
                 "Giám đốc Sở Tư pháp\nNguyễn Thanh Phong"),
    ],
    expected=[
        Exp("Xây dựng, ban hành Chương trình, Kế hoạch hoạt động", ("Sở Tư pháp",),
            ("các thành viên Hội đồng",), "2026-03-31"),
        Exp("Tổ chức Hội nghị phổ biến pháp luật cho cán bộ", ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh",),
            ("Sở Tư pháp", "Sở Dân tộc và Tôn giáo", "Ủy ban nhân dân các xã biên giới"), "2026-09-30"),
        Exp("Phổ biến pháp luật về thủy sản, chống khai thác", ("Sở Nông nghiệp và Môi trường",),
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Hội Nông dân tỉnh"), "2026-06-30"),
        Exp("Theo dõi, hướng dẫn nghiệp vụ PBGDPL", ("Sở Tư pháp",), (), "2026-12-31"),
        Exp("Tổ chức hoạt động hưởng ứng Ngày Pháp luật",
            ("Tòa án nhân dân tỉnh", "Viện kiểm sát nhân dân tỉnh", "Thi hành án dân sự tỉnh"),
            ("Sở Tư pháp",),
            "2026-11-30"),
        Exp("Phổ biến chính sách, pháp luật cho đồng bào", ("Sở Dân tộc và Tôn giáo",),
            ("Hội Đoàn kết Sư sãi yêu nước tỉnh", "Báo và Phát thanh, Truyền hình An Giang"), "2026-09-30"),
        Exp("Sơ kết hoạt động 6 tháng và tổng kết", ("Sở Tư pháp",), ("Văn phòng UBND tỉnh",), "2026-12-20"),
    ],
)

# ---------------------------------------------------------------- 10. Sở NN&MT Hà Tĩnh, plan 2027 (Kinh phí)
PLAN_SNNMT = Plan(
    name="snnmt_hatinh_2027",
    blocks=[
        *_header(
            "UBND TỈNH HÀ TĨNH", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "3890/KH-SNNMT",
            "Hà Tĩnh, ngày 18 tháng 12 năm 2026",
            "Phổ biến, giáo dục pháp luật về nông nghiệp, tài nguyên và môi trường", "năm 2027",
        ),
        *_bases([
            "Căn cứ Luật Đất đai số 31/2024/QH15; Luật Bảo vệ môi trường số 72/2020/QH14;",
            "Căn cứ Thông tư số 56/2023/TT-BTC ngày 18/8/2023 của Bộ Tài chính;",
            "Căn cứ Quyết định số 2417/QĐ-UBND ngày 30/11/2026 của UBND tỉnh Hà Tĩnh ban hành Kế hoạch "
            "PBGDPL "
            "năm 2027;",
        ]),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Phổ biến kịp thời các quy định mới về đất đai, môi trường, lâm nghiệp, thủy lợi đến cán bộ và "
          "người dân."),
        P("2. Nội dung phổ biến bảo đảm trọng tâm; kinh phí sử dụng đúng quy định."),
        P("II. NỘI DUNG VÀ TIẾN ĐỘ THỰC HIỆN", bold=True),
        T(
            (
                ("STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Tiến độ",
                 "Kinh phí (triệu đồng)"),
                ("1", "Tập huấn Luật Đất đai và các nghị định hướng dẫn cho công chức địa chính cấp xã",
                 "Chi cục Quản lý đất đai", "Văn phòng Đăng ký đất đai tỉnh; UBND các xã, phường",
                 "Quý I/2027", "120"),
                ("2", "Phổ biến pháp luật về bảo vệ và phát triển rừng, phòng cháy, chữa cháy rừng",
                 "Chi cục Kiểm lâm", "Hạt Kiểm lâm các khu vực; Ban Quản lý rừng phòng hộ Sông Ngàn Phố",
                 "Quý I, II/2027", "85"),
                ("3", "Tuyên truyền pháp luật về quản lý chất thải rắn sinh hoạt và phân loại rác tại nguồn",
                 "Chi cục Bảo vệ môi trường", "Hội Liên hiệp Phụ nữ tỉnh, Đoàn Thanh niên Cộng sản Hồ Chí "
                 "Minh tỉnh và UBND các xã, phường", "Tháng 5 - tháng 9/2027", "150"),
                ("4", "Phổ biến pháp luật về thủy lợi, an toàn đập, hồ chứa nước trước mùa mưa lũ",
                 "Chi cục Thủy lợi", "Công ty TNHH MTV Thủy lợi Nam Hà Tĩnh", "Trước ngày 31/7/2027", "60"),
                ("5", "Biên soạn, phát hành tờ gấp pháp luật về an toàn thực phẩm nông, lâm, thủy sản",
                 "Chi cục Quản lý chất lượng nông lâm sản và thủy sản", "Văn phòng Sở", "Quý III/2027", "45"),
                ("6", "Phổ biến văn bản quy phạm pháp luật mới của Bộ Nông nghiệp và Môi trường",
                 "Văn phòng Sở", "Các phòng, chi cục, đơn vị thuộc Sở",
                 "Sau khi văn bản được ban hành", "Lồng ghép"),
                ("7", "Đối thoại chính sách, pháp luật về đền bù, hỗ trợ tái định cư với người dân",
                 "Phó Giám đốc Sở phụ trách lĩnh vực đất đai", "Chi cục Quản lý đất đai; Thanh tra Sở",
                 "Quý IV/2027", "30"),
            ),
            widths=(10, 62, 36, 44, 26, 18),
        ),
        P("III. KINH PHÍ", bold=True),
        P("Từ nguồn kinh phí chi thường xuyên năm 2027 của Sở và các đơn vị, theo Thông tư số "
          "56/2023/TT-BTC."),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Thủ trưởng các phòng, chi cục, đơn vị thuộc Sở tổ chức thực hiện; gửi báo cáo kết quả về Văn "
            "phòng "
          "Sở trước ngày 30/11/2027 để tổng hợp, báo cáo UBND tỉnh và Sở Tư pháp."),
        *_ending(["UBND tỉnh (b/c);", "Sở Tư pháp;", "Giám đốc, các PGĐ Sở;", "Các phòng, chi cục, đơn vị;",
                  "Lưu: VT, VP."], "GIÁM ĐỐC", "Võ Trọng Hải"),
    ],
    expected=[
        Exp("Tập huấn Luật Đất đai và các nghị định", ("Chi cục Quản lý đất đai",),
            ("Văn phòng Đăng ký đất đai tỉnh", "UBND các xã, phường"), "2027-03-31"),
        Exp("Phổ biến pháp luật về bảo vệ và phát triển rừng", ("Chi cục Kiểm lâm",),
            ("Hạt Kiểm lâm các khu vực", "Ban Quản lý rừng phòng hộ Sông Ngàn Phố"), "2027-06-30"),
        Exp("Tuyên truyền pháp luật về quản lý chất thải", ("Chi cục Bảo vệ môi trường",),
            ("Hội Liên hiệp Phụ nữ tỉnh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh", "UBND các xã, phường"),
            "2027-09-30"),
        Exp("Phổ biến pháp luật về thủy lợi, an toàn đập", ("Chi cục Thủy lợi",),
            ("Công ty TNHH MTV Thủy lợi Nam Hà Tĩnh",), "2027-07-31"),
        Exp("Biên soạn, phát hành tờ gấp pháp luật", ("Chi cục Quản lý chất lượng nông lâm sản và thủy sản",),
            ("Văn phòng Sở",), "2027-09-30"),
        Exp("Phổ biến văn bản quy phạm pháp luật mới", ("Văn phòng Sở",),
            ("Các phòng, chi cục, đơn vị thuộc Sở",), "2027-12-31", on_request=True),
        Exp("Đối thoại chính sách, pháp luật về đền bù", ("Phó Giám đốc Sở phụ trách lĩnh vực đất đai",),
            ("Chi cục Quản lý đất đai", "Thanh tra Sở"), "2027-12-31"),
    ],
)

PLANS: list[Plan] = [
    PLAN_QT_UBND, PLAN_CT_SYT, PLAN_XA, PLAN_HLHPN, PLAN_TINHDOAN,
    PLAN_SGD, PLAN_PHUONG, PLAN_CA, PLAN_HDPH, PLAN_SNNMT,
]
