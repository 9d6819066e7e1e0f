"""Held-out evaluation set 12: ten plans written by hand, from offices of very different kinds.

1. UBND xã Hòa Bình (Tây Ninh), PBGDPL 2026: non-bold "1." headings, each followed by a "- Đơn vị chủ
   trì: …; phối hợp: …; thời gian: …" line (inline labels after a dash, wording varies per item); a person
   (Phó Chủ tịch UBND xã) as lead; "Thường xuyên", "Hằng tháng", month lists, an event-triggered item.
2. Sở Nông nghiệp và Môi trường Nghệ An (Văn phòng Sở), implementing Kế hoạch 58/KH-UBND: one table
   STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành | Sản phẩm, with roman
   numeral group rows; unit names with commas; quarter lists, month range, "Trước ngày …", an event item.
3. Công an tỉnh Quảng Ninh (Phòng Tham mưu): bold numbered headings followed by prose paragraphs
   ("Giao X chủ trì, phối hợp với Y …", "X có trách nhiệm chủ trì; Y phối hợp"); item 2 holds two
   assignment blocks in separate paragraphs; long unit names with commas; a parenthesis after a lead.
4. Trường THPT Lê Quý Đôn (Đà Nẵng), school year 2026-2027: a table whose first column is the time
   (Thời gian | Nội dung công việc | Người phụ trách | Phối hợp | Ghi chú), persons as leads, months
   spanning 2026-2027.
5. Liên đoàn Lao động tỉnh Thanh Hóa: "1." items with labels on their own lines ("Chịu trách nhiệm:",
   "Phối hợp:", "Thời gian:"); one item with "(chủ trì)" / "(phối hợp)" marks in one line; "Hằng quý".
6. Liên minh Hợp tác xã tỉnh Lâm Đồng: tasks listed per unit under "III. TỔ CHỨC THỰC HIỆN VÀ PHÂN CÔNG
   NHIỆM VỤ" (unit name as heading, "-" bullets below with coordination and time in the sentence);
   unit names with commas and dashes; an item triggered by approval of another plan.
7. Thuế tỉnh Bắc Ninh: one table per section, no STT column (Nội dung công việc | Đơn vị thực hiện |
   Đơn vị phối hợp | Thời hạn hoàn thành | Ghi chú); two leads in one cell; "Ngay sau khi …" event item.
8. Bệnh viện Đa khoa tỉnh Gia Lai: "1." group headings with "1.1." tasks; labels on own lines
   ("Khoa, phòng chủ trì:", "Phối hợp:", "Tiến độ:"); "Trong vòng 30 ngày kể từ khi Bộ Y tế ban hành".
9. Bộ Chỉ huy Bộ đội Biên phòng tỉnh An Giang: "+" bullet assignment blocks under a group heading, a
   heading with its assignment in the following paragraph, and a table with a two-row header
   (Đơn vị thực hiện: Chủ trì | Phối hợp) and a "Kinh phí" column; "Theo đề nghị của …".
10. UBND phường Sài Gòn (TP. Hồ Chí Minh), implementing Kế hoạch 112/KH-UBND of the city: bold "1."
   groups with non-bold "a)" tasks; assignments in separate sentences ("X chủ trì. Y phối hợp …"),
   "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường …", a person as lead, an event-triggered item.
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T


def _head(top: str, org: str, number: str, place_date: str, title: list[str]) -> list[P | T]:
    out: list[P | T] = []
    if top:
        out.append(P(top, center=True))
    out += [
        P(org, bold=True, center=True),
        P(f"Số: {number}", center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True),
        P("Độc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P(place_date, center=True),
        P("KẾ HOẠCH", bold=True, center=True),
    ]
    out += [P(line, bold=True, center=True) for line in title]
    return out


def _end(recipients: list[str], role: str, signer: str, kt: str = "") -> list[P | T]:
    out: list[P | T] = [P("Nơi nhận:")]
    out += [P(f"- {r}") for r in recipients]
    out.append(P("- Lưu: VT."))
    if kt:
        out.append(P(kt, bold=True, center=True))
    out += [P(role, bold=True, center=True), P("(Đã ký)", center=True), P(signer, bold=True, center=True)]
    return out


# ---------------------------------------------------------------- 1. commune (Tây Ninh)
PLAN_XA = Plan(
    name="xa_hoa_binh_tay_ninh",
    blocks=[
        *_head(
            "",
            "ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH",
            "09/KH-UBND",
            "Hòa Bình, ngày 16 tháng 01 năm 2026",
            ["Phổ biến, giáo dục pháp luật; hòa giải ở cơ sở và xây dựng xã đạt chuẩn", "tiếp cận pháp luật năm 2026"],
        ),
        P(
            "Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012; Luật Hòa giải ở cơ sở ngày 20 "
            "tháng 6 năm 2013; Căn cứ Quyết định số 25/2021/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ quy "
            "định về xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật;"
        ),
        P(
            "Căn cứ Kế hoạch số 14/KH-UBND ngày 08/01/2026 của Ủy ban nhân dân tỉnh Tây Ninh về công tác phổ "
            "biến, giáo dục pháp luật năm 2026 trên địa bàn tỉnh; Kế hoạch số 03/KH-HĐPH ngày 10/01/2026 của "
            "Hội đồng phối hợp PBGDPL tỉnh,"
        ),
        P("Ủy ban nhân dân xã Hòa Bình xây dựng Kế hoạch thực hiện như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "- Triển khai kịp thời, đầy đủ các văn bản pháp luật mới đến cán bộ, công chức và Nhân dân trên "
            "địa bàn xã sau sắp xếp đơn vị hành chính; nâng cao ý thức tự giác chấp hành pháp luật."
        ),
        P(
            "- Các nội dung tuyên truyền phải thiết thực, gắn với tình hình thực tế của địa phương; phân công "
            "cụ thể, rõ người, rõ việc, rõ thời gian; tiết kiệm, tránh hình thức."
        ),
        P("II. NỘI DUNG THỰC HIỆN", bold=True),
        P(
            "1. Tuyên truyền, phổ biến các luật, nghị quyết mới được Quốc hội thông qua và các văn bản quy "
            "phạm pháp luật của tỉnh liên quan trực tiếp đến người dân"
        ),
        P(
            "- Đơn vị chủ trì: Văn phòng HĐND và UBND xã; phối hợp: Phòng Văn hóa - Xã hội, Công an xã; "
            "thời gian: Quý II, III/2026."
        ),
        P("2. Tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam (09/11)"),
        P(
            "- Văn phòng HĐND và UBND xã chủ trì - Phối hợp: Ủy ban Mặt trận Tổ quốc Việt Nam xã, các ấp - "
            "Thời gian: tháng 10, tháng 11/2026."
        ),
        P("3. Củng cố, kiện toàn tổ hòa giải ở cơ sở; bồi dưỡng kỹ năng cho hòa giải viên"),
        P(
            "- Chủ trì: Phó Chủ tịch UBND xã phụ trách khối văn hóa - xã hội; phối hợp: Ủy ban Mặt trận Tổ "
            "quốc Việt Nam xã, Trưởng các ấp; thời hạn: trước ngày 30/6/2026."
        ),
        P("4. Duy trì tủ sách pháp luật, cập nhật văn bản pháp luật trên Trang thông tin điện tử của xã"),
        P(
            "- Đơn vị thực hiện: Văn phòng HĐND và UBND xã; phối hợp: Trung tâm Phục vụ hành chính công xã; "
            "thời gian: thường xuyên."
        ),
        P(
            "5. Phổ biến pháp luật về đất đai, bảo vệ môi trường, trồng trọt cho hộ gia đình, hợp tác xã "
            "nông nghiệp"
        ),
        P(
            "- Đơn vị chủ trì: Phòng Kinh tế; phối hợp: Hội Nông dân xã và Hội Liên hiệp Phụ nữ xã; thời "
            "gian: từ tháng 4 đến tháng 8/2026."
        ),
        P("6. Tuyên truyền pháp luật về phòng, chống ma túy, bảo đảm an ninh trật tự trong thanh thiếu niên"),
        P(
            "- Công an xã chủ trì; phối hợp: Đoàn Thanh niên Cộng sản Hồ Chí Minh xã, Trường THCS Hòa Bình; "
            "thời gian: hằng tháng, lồng ghép trong các buổi sinh hoạt ấp."
        ),
        P("7. Tự đánh giá, đề nghị công nhận xã đạt chuẩn tiếp cận pháp luật năm 2026"),
        P(
            "- Đơn vị chủ trì: Văn phòng HĐND và UBND xã; phối hợp: các phòng, đơn vị thuộc UBND xã; thời "
            "gian: khi có văn bản hướng dẫn của Sở Tư pháp."
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "1. Văn phòng HĐND và UBND xã là cơ quan thường trực, có trách nhiệm theo dõi, đôn đốc việc thực "
            "hiện Kế hoạch; tổng hợp báo cáo kết quả về UBND xã trước ngày 05/11/2026 để báo cáo Sở Tư pháp."
        ),
        P(
            "2. Các phòng, đơn vị, Trưởng các ấp căn cứ nhiệm vụ được giao chủ động triển khai thực hiện; "
            "kinh phí thực hiện từ nguồn ngân sách xã năm 2026."
        ),
        *_end(
            ["Sở Tư pháp tỉnh Tây Ninh;", "TT. Đảng ủy, TT. HĐND xã;", "CT, các PCT UBND xã;", "Các ấp;"],
            "CHỦ TỊCH",
            "Nguyễn Văn Hùng",
            kt="TM. ỦY BAN NHÂN DÂN",
        ),
    ],
    expected=[
        Exp(
            "Tuyên truyền, phổ biến các luật, nghị quyết mới được Quốc hội thông qua",
            ("Văn phòng HĐND và UBND xã",),
            ("Phòng Văn hóa - Xã hội", "Công an xã"),
            "2026-09-30",
        ),
        Exp(
            "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật",
            ("Văn phòng HĐND và UBND xã",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam xã", "các ấp"),
            "2026-11-30",
        ),
        Exp(
            "Củng cố, kiện toàn tổ hòa giải ở cơ sở",
            ("Phó Chủ tịch UBND xã phụ trách khối văn hóa - xã hội",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Trưởng các ấp"),
            "2026-06-30",
        ),
        Exp(
            "Duy trì tủ sách pháp luật, cập nhật văn bản",
            ("Văn phòng HĐND và UBND xã",),
            ("Trung tâm Phục vụ hành chính công xã",),
            "2026-12-31",
        ),
        Exp(
            "Phổ biến pháp luật về đất đai, bảo vệ môi trường",
            ("Phòng Kinh tế",),
            ("Hội Nông dân xã", "Hội Liên hiệp Phụ nữ xã"),
            "2026-08-31",
        ),
        Exp(
            "Tuyên truyền pháp luật về phòng, chống ma túy",
            ("Công an xã",),
            ("Đoàn Thanh niên Cộng sản Hồ Chí Minh xã", "Trường THCS Hòa Bình"),
            "2026-12-31",
        ),
        Exp(
            "Tự đánh giá, đề nghị công nhận xã đạt chuẩn",
            ("Văn phòng HĐND và UBND xã",),
            ("các phòng, đơn vị thuộc UBND xã",),
            "2026-12-31",
            on_request=True,
        ),
    ],
)


# ---------------------------------------------------------------- 2. Sở NN&MT Nghệ An, one table
_NN_ROWS = (
    ("STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Sản phẩm"),
    ("I", "PHỔ BIẾN VĂN BẢN PHÁP LUẬT MỚI", "", "", "", ""),
    (
        "1",
        "Phổ biến Luật Địa chất và khoáng sản năm 2024 và các nghị định quy định chi tiết thi hành",
        "Phòng Khoáng sản, Tài nguyên nước",
        "Văn phòng Sở",
        "Quý I, II/2026",
        "Hội nghị phổ biến; tài liệu",
    ),
    (
        "2",
        "Tổ chức hội nghị tập huấn, phổ biến pháp luật về đất đai cho công chức địa chính cấp xã",
        "Phòng Quản lý đất đai",
        "Văn phòng Đăng ký đất đai; UBND các xã, phường",
        "Tháng 5/2026",
        "01 hội nghị trực tiếp kết hợp trực tuyến",
    ),
    (
        "3",
        "Phổ biến quy định về chăn nuôi, thú y, phòng, chống dịch bệnh động vật cho người chăn nuôi",
        "Chi cục Chăn nuôi, Thú y và Thủy sản",
        "Trung tâm Khuyến nông, UBND các xã, phường",
        "Quý III/2026",
        "Tờ rơi, phóng sự",
    ),
    ("II", "XÂY DỰNG TÀI LIỆU, ỨNG DỤNG CÔNG NGHỆ THÔNG TIN", "", "", "", ""),
    (
        "4",
        "Biên soạn tờ gấp, tài liệu hỏi - đáp pháp luật về lâm nghiệp, phòng cháy chữa cháy rừng",
        "Chi cục Kiểm lâm",
        "Văn phòng Sở",
        "Từ tháng 6 đến tháng 9/2026",
        "3.000 tờ gấp",
    ),
    (
        "5",
        "Cập nhật văn bản quy phạm pháp luật trên Cổng thông tin điện tử của Sở",
        "Văn phòng Sở",
        "Trung tâm Dữ liệu, Thông tin nông nghiệp và môi trường",
        "Thường xuyên",
        "Chuyên mục văn bản pháp luật",
    ),
    ("III", "CÁC NHIỆM VỤ KHÁC", "", "", "", ""),
    (
        "6",
        "Tham gia Hội thi tìm hiểu pháp luật trực tuyến trên địa bàn tỉnh",
        "Công đoàn Sở",
        "Chi đoàn Thanh niên Sở; các phòng, đơn vị thuộc Sở",
        "Khi có thể lệ Hội thi của Hội đồng phối hợp PBGDPL tỉnh",
        "Danh sách người dự thi",
    ),
    (
        "7",
        "Sơ kết, đánh giá kết quả công tác phổ biến, giáo dục pháp luật năm 2026",
        "Văn phòng Sở",
        "Các phòng, chi cục, đơn vị sự nghiệp thuộc Sở",
        "Trước ngày 20/11/2026",
        "Báo cáo gửi Sở Tư pháp",
    ),
)

PLAN_NN = Plan(
    name="so_nn_mt_nghe_an_table",
    blocks=[
        *_head(
            "UBND TỈNH NGHỆ AN",
            "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
            "112/KH-SNNMT",
            "Nghệ An, ngày 03 tháng 02 năm 2026",
            ["Thực hiện công tác phổ biến, giáo dục pháp luật năm 2026", "của Sở Nông nghiệp và Môi trường"],
        ),
        P(
            "Thực hiện Kế hoạch số 58/KH-UBND ngày 20/01/2026 của UBND tỉnh Nghệ An về công tác phổ biến, "
            "giáo dục pháp luật, hòa giải ở cơ sở, chuẩn tiếp cận pháp luật năm 2026; Quyết định số "
            "1521/QĐ-BNNMT ngày 28/5/2025 của Bộ Nông nghiệp và Môi trường, Sở Nông nghiệp và Môi trường ban "
            "hành Kế hoạch thực hiện như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "1. Phổ biến kịp thời các luật, nghị định thuộc lĩnh vực nông nghiệp, tài nguyên và môi trường "
            "đến công chức, viên chức, người lao động và tổ chức, cá nhân chịu sự quản lý của ngành."
        ),
        P(
            "2. Bám sát nhiệm vụ chính trị của ngành; gắn công tác phổ biến, giáo dục pháp luật với cải cách "
            "hành chính, chuyển đổi số; bảo đảm hiệu quả, tiết kiệm."
        ),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("(Có Phụ lục chi tiết kèm theo)", center=True),
        P("PHỤ LỤC: DANH MỤC NHIỆM VỤ PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT NĂM 2026", bold=True, center=True),
        T(_NN_ROWS, widths=(8, 52, 30, 36, 26, 28)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "1. Văn phòng Sở (bộ phận pháp chế) là đầu mối giúp Giám đốc Sở theo dõi, đôn đốc, kiểm tra việc "
            "thực hiện Kế hoạch; tổng hợp báo cáo kết quả gửi Sở Tư pháp trước ngày 25/11/2026."
        ),
        P(
            "2. Thủ trưởng các phòng, chi cục, đơn vị sự nghiệp thuộc Sở chủ động bố trí kinh phí từ dự toán "
            "được giao năm 2026; báo cáo kết quả thực hiện về Văn phòng Sở trước ngày 15/11/2026."
        ),
        *_end(
            ["UBND tỉnh (để b/c);", "Sở Tư pháp;", "Giám đốc, các PGĐ Sở;", "Các phòng, đơn vị thuộc Sở;"],
            "PHÓ GIÁM ĐỐC",
            "Trần Đình Phúc",
            kt="KT. GIÁM ĐỐC",
        ),
    ],
    expected=[
        Exp(
            "Phổ biến Luật Địa chất và khoáng sản năm 2024",
            ("Phòng Khoáng sản, Tài nguyên nước",),
            ("Văn phòng Sở",),
            "2026-06-30",
        ),
        Exp(
            "Tổ chức hội nghị tập huấn, phổ biến pháp luật về đất đai",
            ("Phòng Quản lý đất đai",),
            ("Văn phòng Đăng ký đất đai", "UBND các xã, phường"),
            "2026-05-31",
        ),
        Exp(
            "Phổ biến quy định về chăn nuôi, thú y",
            ("Chi cục Chăn nuôi, Thú y và Thủy sản",),
            ("Trung tâm Khuyến nông", "UBND các xã, phường"),
            "2026-09-30",
        ),
        Exp(
            "Biên soạn tờ gấp, tài liệu hỏi - đáp pháp luật",
            ("Chi cục Kiểm lâm",),
            ("Văn phòng Sở",),
            "2026-09-30",
        ),
        Exp(
            "Cập nhật văn bản quy phạm pháp luật trên Cổng",
            ("Văn phòng Sở",),
            ("Trung tâm Dữ liệu, Thông tin nông nghiệp và môi trường",),
            "2026-12-31",
        ),
        Exp(
            "Tham gia Hội thi tìm hiểu pháp luật trực tuyến",
            ("Công đoàn Sở",),
            ("Chi đoàn Thanh niên Sở", "các phòng, đơn vị thuộc Sở"),
            "2026-12-31",
            on_request=True,
        ),
        Exp(
            "Sơ kết, đánh giá kết quả công tác phổ biến",
            ("Văn phòng Sở",),
            ("Các phòng, chi cục, đơn vị sự nghiệp thuộc Sở",),
            "2026-11-20",
        ),
    ],
)


# ---------------------------------------------------------------- 3. Công an tỉnh Quảng Ninh, prose
_PCCC = "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ"
_ANM = "Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao"
_CTD = "Phòng Công tác đảng và công tác chính trị"

PLAN_CA = Plan(
    name="cong_an_quang_ninh_prose",
    blocks=[
        *_head(
            "BỘ CÔNG AN",
            "CÔNG AN TỈNH QUẢNG NINH",
            "27/KH-CAT-PV01",
            "Quảng Ninh, ngày 22 tháng 01 năm 2026",
            ["Tuyên truyền, phổ biến, giáo dục pháp luật trong Công an tỉnh", "và cho Nhân dân năm 2026"],
        ),
        P(
            "Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012; Thông tư số 15/2023/TT-BCA ngày 20/4/2023 của "
            "Bộ trưởng Bộ Công an quy định về công tác phổ biến, giáo dục pháp luật trong Công an nhân dân; "
            "Kế hoạch số 31/KH-UBND ngày 12/01/2026 của UBND tỉnh Quảng Ninh về công tác PBGDPL năm 2026;"
        ),
        P(
            "Thực hiện Kế hoạch số 02/KH-BCA-V03 ngày 05/01/2026 của Bộ Công an, Công an tỉnh xây dựng Kế "
            "hoạch tuyên truyền, phổ biến, giáo dục pháp luật năm 2026, cụ thể như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "Nâng cao nhận thức, ý thức chấp hành pháp luật của cán bộ, chiến sĩ và Nhân dân; góp phần phòng "
            "ngừa, đấu tranh với tội phạm, bảo đảm an ninh, trật tự trên địa bàn tỉnh. Việc tuyên truyền phải "
            "bảo đảm đúng nguyên tắc, bí mật nhà nước, phù hợp với từng đối tượng."
        ),
        P("II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        P("1. Phổ biến Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ và các văn bản hướng dẫn", bold=True),
        P(
            f"Giao {_PCCC} chủ trì, phối hợp với Công an các xã, phường, đặc khu tổ chức tuyên truyền tại các "
            "khu dân cư, chợ, cơ sở kinh doanh karaoke, nhà trọ có nguy cơ cháy, nổ cao; hướng dẫn kỹ năng "
            "thoát nạn. Thời gian: Quý II, III/2026."
        ),
        P("2. Tuyên truyền pháp luật về trật tự, an toàn giao thông", bold=True),
        P(
            "Phòng Cảnh sát giao thông chủ trì tuyên truyền trực tiếp tại các điểm dừng nghỉ, bến xe, bến thủy "
            "nội địa trên địa bàn tỉnh; thời gian thực hiện: cả năm 2026."
        ),
        P(
            f"{_CTD} chủ trì, phối hợp với Báo và Phát thanh, Truyền hình Quảng Ninh xây dựng chuyên mục “Vì an "
            "toàn giao thông” phát sóng định kỳ; thời gian: hằng tháng."
        ),
        P("3. Phổ biến Luật Căn cước, Luật Cư trú và hướng dẫn sử dụng ứng dụng định danh VNeID", bold=True),
        P(
            "Phòng Cảnh sát quản lý hành chính về trật tự xã hội có trách nhiệm chủ trì; Công an các xã, "
            "phường, đặc khu phối hợp thực hiện. Thời gian thực hiện: từ tháng 3 đến hết tháng 10/2026."
        ),
        P("4. Tuyên truyền phòng, chống lừa đảo chiếm đoạt tài sản trên không gian mạng", bold=True),
        P(
            f"Giao {_ANM} chủ trì, phối hợp với Phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc và Sở Khoa "
            "học và Công nghệ thực hiện; cảnh báo kịp thời các phương thức, thủ đoạn mới. Thời gian: thường "
            "xuyên."
        ),
        P("5. Cung cấp, hướng dẫn văn bản quy phạm pháp luật mới cho cán bộ, chiến sĩ", bold=True),
        P(
            "Phòng Tham mưu chủ trì (giao Đội Pháp chế và quản lý khoa học trực tiếp thực hiện), sao gửi, đăng "
            "tải văn bản trên mạng nội bộ Công an tỉnh. Thời hạn: khi có văn bản quy phạm pháp luật mới được "
            "ban hành."
        ),
        P("6. Tổ chức cuộc thi tìm hiểu pháp luật trong lực lượng Công an tỉnh", bold=True),
        P(
            f"{_CTD} chủ trì; Phòng Tham mưu, Công đoàn Công an tỉnh, Đoàn Thanh niên Công an tỉnh phối hợp. "
            "Thời gian: tháng 8, tháng 9/2026."
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "1. Thủ trưởng các phòng nghiệp vụ, Trưởng Công an các xã, phường, đặc khu căn cứ Kế hoạch xây dựng "
            "kế hoạch của đơn vị, báo cáo kết quả (qua Phòng Tham mưu) trước ngày 10/11/2026."
        ),
        P("2. Phòng Tham mưu theo dõi, đôn đốc, tổng hợp, báo cáo Giám đốc Công an tỉnh và Bộ Công an (qua V03)."),
        *_end(
            ["Vụ Pháp chế và cải cách hành chính, tư pháp - BCA (để b/c);", "Đ/c Giám đốc (để b/c);",
             "Các đ/c Phó Giám đốc;", "Các đơn vị thuộc Công an tỉnh;"],
            "PHÓ GIÁM ĐỐC",
            "Đại tá Phạm Quang Vinh",
            kt="KT. GIÁM ĐỐC",
        ),
    ],
    expected=[
        Exp(
            "Phổ biến Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ",
            (_PCCC,),
            ("Công an các xã, phường, đặc khu",),
            "2026-09-30",
        ),
        Exp(
            "Phòng Cảnh sát giao thông chủ trì tuyên truyền trực tiếp",
            ("Phòng Cảnh sát giao thông",),
            (),
            "2026-12-31",
        ),
        Exp(
            "Phòng Công tác đảng và công tác chính trị chủ trì, phối hợp với Báo",
            (_CTD,),
            ("Báo và Phát thanh, Truyền hình Quảng Ninh",),
            "2026-12-31",
        ),
        Exp(
            "Phổ biến Luật Căn cước, Luật Cư trú",
            ("Phòng Cảnh sát quản lý hành chính về trật tự xã hội",),
            ("Công an các xã, phường, đặc khu",),
            "2026-10-31",
        ),
        Exp(
            "Tuyên truyền phòng, chống lừa đảo chiếm đoạt tài sản",
            (_ANM,),
            ("Phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc", "Sở Khoa học và Công nghệ"),
            "2026-12-31",
        ),
        Exp(
            "Cung cấp, hướng dẫn văn bản quy phạm pháp luật mới",
            ("Phòng Tham mưu",),
            (),
            "2026-12-31",
            on_request=True,
        ),
        Exp(
            "Tổ chức cuộc thi tìm hiểu pháp luật",
            (_CTD,),
            ("Phòng Tham mưu", "Công đoàn Công an tỉnh", "Đoàn Thanh niên Công an tỉnh"),
            "2026-09-30",
        ),
    ],
)


# ---------------------------------------------------------------- 4. school, time-first table
_GDKTPL = "Tổ Lịch sử - Địa lý - Giáo dục kinh tế và pháp luật"
_PHT = "Phó Hiệu trưởng phụ trách công tác học sinh"
_SCHOOL_ROWS = (
    ("Thời gian", "Nội dung công việc", "Người phụ trách", "Phối hợp", "Ghi chú"),
    (
        "Tháng 9/2026",
        "Phổ biến nội quy nhà trường, quy tắc ứng xử văn hóa và quy định về an toàn giao thông cho học "
        "sinh đầu năm học",
        "Giáo viên chủ nhiệm các lớp",
        f"Đoàn trường; {_PHT}",
        "Tuần sinh hoạt công dân đầu năm",
    ),
    (
        "Tháng 10, 11/2026",
        "Tổ chức hoạt động ngoại khóa hưởng ứng Ngày Pháp luật Việt Nam 09/11",
        "Đoàn trường",
        _GDKTPL,
        "Sân khấu hóa, rung chuông vàng",
    ),
    (
        "Tháng 12/2026",
        "Tuyên truyền phòng, chống bạo lực học đường, xâm hại trẻ em và bắt nạt trên mạng",
        _PHT,
        "Công an phường Hải Châu, Đoàn trường",
        "Mời báo cáo viên",
    ),
    (
        "Tháng 01 - tháng 02/2027",
        "Tuyên truyền pháp luật về phòng, chống ma túy, cấm sử dụng pháo nổ dịp Tết Nguyên đán Đinh Mùi",
        "Đoàn trường",
        "Giáo viên chủ nhiệm các lớp; Công an phường Hải Châu",
        "Ký cam kết",
    ),
    (
        "Tháng 3/2027",
        "Tổ chức cuộc thi “Học sinh với pháp luật” cấp trường",
        _GDKTPL,
        "Đoàn trường, Thư viện",
        "",
    ),
    (
        "Từ tháng 9/2026 đến tháng 5/2027",
        "Cập nhật văn bản pháp luật về giáo dục, sách pháp luật tại tủ sách pháp luật của trường",
        "Nhân viên thư viện",
        "Văn thư nhà trường",
        "Cập nhật hằng tháng",
    ),
    (
        "Tháng 5/2027",
        "Tổng kết công tác phổ biến, giáo dục pháp luật năm học 2026-2027",
        "Hiệu trưởng",
        "Các tổ chuyên môn, Tổ Văn phòng",
        "Báo cáo Sở GD&ĐT",
    ),
)

PLAN_SCHOOL = Plan(
    name="thpt_le_quy_don_da_nang_time_first",
    blocks=[
        *_head(
            "SỞ GIÁO DỤC VÀ ĐÀO TẠO TP ĐÀ NẴNG",
            "TRƯỜNG THPT LÊ QUÝ ĐÔN",
            "118/KH-LQĐ",
            "Đà Nẵng, ngày 10 tháng 9 năm 2026",
            ["Công tác phổ biến, giáo dục pháp luật năm học 2026 - 2027"],
        ),
        P(
            "Căn cứ Thông tư số 32/2020/TT-BGDĐT ngày 15/9/2020 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành "
            "Điều lệ trường trung học cơ sở, trường trung học phổ thông và trường phổ thông có nhiều cấp học;"
        ),
        P(
            "Căn cứ Công văn số 2415/SGDĐT-CTHSSV ngày 28/8/2026 của Sở Giáo dục và Đào tạo thành phố Đà Nẵng "
            "về hướng dẫn công tác phổ biến, giáo dục pháp luật năm học 2026 - 2027; căn cứ Kế hoạch năm học "
            "số 105/KH-LQĐ ngày 05/9/2026 của nhà trường,"
        ),
        P("Trường THPT Lê Quý Đôn xây dựng Kế hoạch công tác phổ biến, giáo dục pháp luật như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Giúp học sinh hiểu và tự giác chấp hành pháp luật, nội quy nhà trường; hình thành lối sống văn minh."),
        P("- Lồng ghép trong các môn học, hoạt động trải nghiệm; không làm quá tải cho học sinh."),
        P("II. NỘI DUNG, HÌNH THỨC", bold=True),
        P(
            "Lồng ghép nội dung pháp luật trong môn Giáo dục kinh tế và pháp luật, tiết chào cờ, sinh hoạt lớp; "
            "tổ chức ngoại khóa, cuộc thi, tuyên truyền qua trang Facebook của Đoàn trường."
        ),
        P("III. KẾ HOẠCH CỤ THỂ", bold=True),
        T(_SCHOOL_ROWS, widths=(26, 64, 34, 40, 26)),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "- Hiệu trưởng chịu trách nhiệm chung; Phó Hiệu trưởng phụ trách công tác học sinh trực tiếp chỉ "
            "đạo, kiểm tra việc thực hiện."
        ),
        P(
            "- Các tổ chuyên môn, giáo viên chủ nhiệm, Đoàn trường báo cáo kết quả về Phó Hiệu trưởng trước "
            "ngày 20/12/2026 (sơ kết học kỳ I) và trước ngày 15/5/2027 (tổng kết năm học)."
        ),
        *_end(["Sở GD&ĐT (để b/c);", "Các tổ chuyên môn, Đoàn trường;", "Website trường;"], "HIỆU TRƯỞNG", "Lê Thị Thu Hà"),
    ],
    expected=[
        Exp(
            "Phổ biến nội quy nhà trường, quy tắc ứng xử",
            ("Giáo viên chủ nhiệm các lớp",),
            ("Đoàn trường", _PHT),
            "2026-09-30",
        ),
        Exp(
            "Tổ chức hoạt động ngoại khóa hưởng ứng Ngày Pháp luật",
            ("Đoàn trường",),
            (_GDKTPL,),
            "2026-11-30",
        ),
        Exp(
            "Tuyên truyền phòng, chống bạo lực học đường",
            (_PHT,),
            ("Công an phường Hải Châu", "Đoàn trường"),
            "2026-12-31",
        ),
        Exp(
            "Tuyên truyền pháp luật về phòng, chống ma túy",
            ("Đoàn trường",),
            ("Giáo viên chủ nhiệm các lớp", "Công an phường Hải Châu"),
            "2027-02-28",
        ),
        Exp(
            "Tổ chức cuộc thi “Học sinh với pháp luật”",
            (_GDKTPL,),
            ("Đoàn trường", "Thư viện"),
            "2027-03-31",
        ),
        Exp(
            "Cập nhật văn bản pháp luật về giáo dục",
            ("Nhân viên thư viện",),
            ("Văn thư nhà trường",),
            "2027-05-31",
        ),
        Exp(
            "Tổng kết công tác phổ biến, giáo dục pháp luật năm học",
            ("Hiệu trưởng",),
            ("Các tổ chuyên môn", "Tổ Văn phòng"),
            "2027-05-31",
        ),
    ],
)


# ---------------------------------------------------------------- 5. trade union, labels on own lines
_KCN = "Công đoàn các Khu kinh tế, Khu công nghiệp tỉnh"
PLAN_LDLD = Plan(
    name="ldld_thanh_hoa_labels",
    blocks=[
        *_head(
            "TỔNG LĐLĐ VIỆT NAM",
            "LIÊN ĐOÀN LAO ĐỘNG TỈNH THANH HÓA",
            "06/KH-LĐLĐ",
            "Thanh Hóa, ngày 26 tháng 01 năm 2026",
            ["Tuyên truyền, phổ biến, giáo dục pháp luật cho đoàn viên, người lao động năm 2026"],
        ),
        P(
            "Căn cứ Luật Công đoàn số 50/2024/QH15; Bộ luật Lao động năm 2019; Chương trình số 12/CTr-TLĐ ngày "
            "05/01/2026 của Tổng Liên đoàn Lao động Việt Nam về công tác tuyên giáo năm 2026; Kế hoạch số "
            "40/KH-UBND ngày 14/01/2026 của UBND tỉnh về công tác PBGDPL năm 2026, Ban Thường vụ Liên đoàn Lao "
            "động tỉnh ban hành Kế hoạch như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "1. Nâng cao hiểu biết pháp luật của đoàn viên, người lao động, nhất là công nhân tại các khu công "
            "nghiệp; góp phần xây dựng quan hệ lao động hài hòa, ổn định, tiến bộ."
        ),
        P("2. Hoạt động tuyên truyền phải thiết thực, đa dạng hình thức, chú trọng tuyên truyền trên môi trường số."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        P(
            "1. Tuyên truyền, phổ biến Bộ luật Lao động, Luật Công đoàn năm 2024 và các văn bản hướng dẫn đến "
            "đoàn viên, người lao động"
        ),
        P("Chịu trách nhiệm: Ban Tuyên giáo"),
        P(f"Phối hợp: Ban Chính sách - Pháp luật; {_KCN}"),
        P("Thời gian: Quý I đến hết Quý III/2026"),
        P("2. Tư vấn pháp luật, trợ giúp pháp lý miễn phí cho đoàn viên, người lao động"),
        P("Chịu trách nhiệm: Văn phòng Tư vấn pháp luật Công đoàn tỉnh"),
        P("Phối hợp: các công đoàn cơ sở"),
        P("Thời gian: Thường xuyên"),
        P("3. Tổ chức đối thoại, tuyên truyền chính sách bảo hiểm xã hội, bảo hiểm thất nghiệp tại doanh nghiệp"),
        P("Chịu trách nhiệm: Ban Chính sách - Pháp luật (chủ trì), Bảo hiểm xã hội tỉnh Thanh Hóa (phối hợp)"),
        P("Thời gian: trong Tháng Công nhân (tháng 5/2026)"),
        P("4. Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam trong các cấp công đoàn"),
        P("Chịu trách nhiệm: Văn phòng Liên đoàn Lao động tỉnh"),
        P("Phối hợp: Ban Tuyên giáo; các công đoàn ngành, công đoàn cấp trên trực tiếp cơ sở"),
        P("Thời gian: Tháng 11/2026"),
        P("5. Biên soạn, phát hành bản tin “Công đoàn với pháp luật” và tài liệu hỏi - đáp pháp luật lao động"),
        P("Chịu trách nhiệm: Ban Tuyên giáo"),
        P("Phối hợp: Văn phòng Tư vấn pháp luật Công đoàn tỉnh"),
        P("Thời gian: Hằng quý"),
        P("6. Tham gia giám sát việc thực hiện pháp luật lao động tại các doanh nghiệp ngoài nhà nước"),
        P("Chịu trách nhiệm: Ban Chính sách - Pháp luật"),
        P("Phối hợp: Ban Tổ chức - Kiểm tra, Sở Nội vụ"),
        P("Thời gian: khi có kế hoạch kiểm tra liên ngành của UBND tỉnh"),
        P("7. Sơ kết 6 tháng, tổng kết năm công tác tuyên truyền, phổ biến, giáo dục pháp luật"),
        P("Chịu trách nhiệm: Văn phòng Liên đoàn Lao động tỉnh"),
        P("Phối hợp: các ban chuyên đề"),
        P("Thời gian: tháng 6 và tháng 12/2026"),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "1. Các công đoàn ngành, công đoàn cấp trên trực tiếp cơ sở căn cứ Kế hoạch xây dựng kế hoạch phù "
            "hợp, báo cáo kết quả về Liên đoàn Lao động tỉnh (qua Ban Tuyên giáo) trước ngày 30/11/2026."
        ),
        P("2. Ban Tuyên giáo là đầu mối theo dõi, đôn đốc, tổng hợp báo cáo Ban Thường vụ."),
        *_end(
            ["Tổng LĐLĐ Việt Nam (để b/c);", "Sở Tư pháp;", "Các ban, văn phòng LĐLĐ tỉnh;",
             "Các CĐ ngành, CĐ cấp trên trực tiếp cơ sở;"],
            "PHÓ CHỦ TỊCH",
            "Lê Văn Thắng",
            kt="TM. BAN THƯỜNG VỤ",
        ),
    ],
    expected=[
        Exp(
            "Tuyên truyền, phổ biến Bộ luật Lao động, Luật Công đoàn",
            ("Ban Tuyên giáo",),
            ("Ban Chính sách - Pháp luật", _KCN),
            "2026-09-30",
        ),
        Exp(
            "Tư vấn pháp luật, trợ giúp pháp lý miễn phí",
            ("Văn phòng Tư vấn pháp luật Công đoàn tỉnh",),
            ("các công đoàn cơ sở",),
            "2026-12-31",
        ),
        Exp(
            "Tổ chức đối thoại, tuyên truyền chính sách bảo hiểm xã hội",
            ("Ban Chính sách - Pháp luật",),
            ("Bảo hiểm xã hội tỉnh Thanh Hóa",),
            "2026-05-31",
        ),
        Exp(
            "Hưởng ứng Ngày Pháp luật nước Cộng hòa",
            ("Văn phòng Liên đoàn Lao động tỉnh",),
            ("Ban Tuyên giáo", "các công đoàn ngành, công đoàn cấp trên trực tiếp cơ sở"),
            "2026-11-30",
        ),
        Exp(
            "Biên soạn, phát hành bản tin “Công đoàn với pháp luật”",
            ("Ban Tuyên giáo",),
            ("Văn phòng Tư vấn pháp luật Công đoàn tỉnh",),
            "2026-12-31",
        ),
        Exp(
            "Tham gia giám sát việc thực hiện pháp luật lao động",
            ("Ban Chính sách - Pháp luật",),
            ("Ban Tổ chức - Kiểm tra", "Sở Nội vụ"),
            "2026-12-31",
            on_request=True,
        ),
        Exp(
            "Sơ kết 6 tháng, tổng kết năm",
            ("Văn phòng Liên đoàn Lao động tỉnh",),
            ("các ban chuyên đề",),
            "2026-12-31",
        ),
    ],
)


# ---------------------------------------------------------------- 6. cooperative alliance, per unit
_TTHTX = "Trung tâm Tư vấn, Hỗ trợ hợp tác xã"
PLAN_HTX = Plan(
    name="lien_minh_htx_lam_dong_per_unit",
    blocks=[
        *_head(
            "UBND TỈNH LÂM ĐỒNG",
            "LIÊN MINH HỢP TÁC XÃ TỈNH LÂM ĐỒNG",
            "15/KH-LMHTX",
            "Lâm Đồng, ngày 09 tháng 02 năm 2026",
            ["Phổ biến, giáo dục pháp luật về kinh tế tập thể, hợp tác xã năm 2026"],
        ),
        P(
            "Căn cứ Luật Hợp tác xã số 17/2023/QH15; Nghị định số 92/2024/NĐ-CP ngày 18/7/2024 của Chính phủ "
            "quy định về đăng ký hợp tác xã, liên hiệp hợp tác xã; Kế hoạch số 66/KH-UBND ngày 23/01/2026 của "
            "UBND tỉnh Lâm Đồng về công tác phổ biến, giáo dục pháp luật năm 2026;"
        ),
        P("Ban Thường vụ Liên minh Hợp tác xã tỉnh xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "Giúp cán bộ quản lý, thành viên hợp tác xã, tổ hợp tác nắm vững quy định của Luật Hợp tác xã năm "
            "2023 và pháp luật có liên quan; hoạt động đúng pháp luật, nâng cao hiệu quả sản xuất, kinh doanh. "
            "Phân công rõ trách nhiệm của từng ban, đơn vị; lồng ghép với các hoạt động chuyên môn."
        ),
        P("II. NỘI DUNG PHỔ BIẾN", bold=True),
        P(
            "Luật Hợp tác xã năm 2023 và các văn bản hướng dẫn; pháp luật về đất đai, thuế, kế toán hợp tác xã, "
            "tín dụng, an toàn thực phẩm; chính sách hỗ trợ phát triển kinh tế tập thể của tỉnh giai đoạn "
            "2026 - 2030."
        ),
        P("III. TỔ CHỨC THỰC HIỆN VÀ PHÂN CÔNG NHIỆM VỤ", bold=True),
        P("1. Ban Kiểm tra - Pháp chế", bold=True),
        P(
            f"- Tham mưu tổ chức hội nghị phổ biến Luật Hợp tác xã năm 2023 và các nghị định hướng dẫn cho cán "
            f"bộ quản lý hợp tác xã; phối hợp với Văn phòng, {_TTHTX} thực hiện. Thời gian: Quý II/2026."
        ),
        P(
            "- Hướng dẫn rà soát, sửa đổi điều lệ, quy chế hoạt động của các hợp tác xã thành viên cho phù hợp "
            "với Luật Hợp tác xã năm 2023, hoàn thành từ tháng 4 đến tháng 10/2026."
        ),
        P("2. Ban Tuyên truyền - Thi đua", bold=True),
        P(
            "- Xây dựng chuyên mục “Pháp luật với kinh tế tập thể” trên Trang thông tin điện tử của Liên minh; "
            "Ban Kiểm tra - Pháp chế phối hợp cung cấp nội dung. Thời gian: hằng tháng."
        ),
        P(
            "- Tổ chức tuyên truyền hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam trong hệ "
            "thống Liên minh Hợp tác xã. Thời gian: tháng 11/2026."
        ),
        P("3. Ban Hỗ trợ phát triển hợp tác xã", bold=True),
        P(
            "- Lồng ghép phổ biến pháp luật về đất đai, thuế, tín dụng trong các lớp bồi dưỡng cán bộ hợp tác "
            "xã; phối hợp với Quỹ Hỗ trợ phát triển hợp tác xã và Sở Tài chính. Thời gian: sau khi Kế hoạch "
            "đào tạo, bồi dưỡng năm 2026 được UBND tỉnh phê duyệt."
        ),
        P(f"4. {_TTHTX}", bold=True),
        P(
            "- Tư vấn pháp luật trực tiếp và qua đường dây nóng cho thành viên hợp tác xã, tổ hợp tác, liên "
            "hiệp hợp tác xã. Thời gian: thường xuyên."
        ),
        P("5. Văn phòng", bold=True),
        P(
            "- Bảo đảm kinh phí, điều kiện thực hiện Kế hoạch; tổng hợp, báo cáo kết quả thực hiện gửi Sở Tư "
            "pháp, phối hợp với các ban, đơn vị, trước ngày 25/11/2026."
        ),
        P(
            "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các ban, đơn vị báo cáo Ban Thường vụ (qua "
            "Văn phòng) để xem xét, giải quyết."
        ),
        *_end(["UBND tỉnh (b/c);", "Sở Tư pháp;", "Thường trực Liên minh;", "Các ban, đơn vị;"], "CHỦ TỊCH",
              "Đặng Thị Mai", kt="TM. BAN THƯỜNG VỤ"),
    ],
    expected=[
        Exp(
            "Tham mưu tổ chức hội nghị phổ biến Luật Hợp tác xã",
            ("Ban Kiểm tra - Pháp chế",),
            ("Văn phòng", _TTHTX),
            "2026-06-30",
        ),
        Exp(
            "Hướng dẫn rà soát, sửa đổi điều lệ, quy chế",
            ("Ban Kiểm tra - Pháp chế",),
            (),
            "2026-10-31",
        ),
        Exp(
            "Xây dựng chuyên mục “Pháp luật với kinh tế tập thể”",
            ("Ban Tuyên truyền - Thi đua",),
            ("Ban Kiểm tra - Pháp chế",),
            "2026-12-31",
        ),
        Exp(
            "Tổ chức tuyên truyền hưởng ứng Ngày Pháp luật",
            ("Ban Tuyên truyền - Thi đua",),
            (),
            "2026-11-30",
        ),
        Exp(
            "Lồng ghép phổ biến pháp luật về đất đai, thuế, tín dụng",
            ("Ban Hỗ trợ phát triển hợp tác xã",),
            ("Quỹ Hỗ trợ phát triển hợp tác xã", "Sở Tài chính"),
            "2026-12-31",
            on_request=True,
        ),
        Exp(
            "Tư vấn pháp luật trực tiếp và qua đường dây nóng",
            (_TTHTX,),
            (),
            "2026-12-31",
        ),
        Exp(
            "Bảo đảm kinh phí, điều kiện thực hiện Kế hoạch",
            ("Văn phòng",),
            ("các ban, đơn vị",),
            "2026-11-25",
        ),
    ],
)


# ---------------------------------------------------------------- 7. tax, a table per section
_NVPC = "Phòng Nghiệp vụ, Dự toán, Pháp chế"
_TTHT = "Phòng Tuyên truyền và Hỗ trợ người nộp thuế"
_TAX_HEAD = ("Nội dung công việc", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời hạn hoàn thành", "Ghi chú")
PLAN_TAX = Plan(
    name="thue_bac_ninh_table_per_section",
    blocks=[
        *_head(
            "CỤC THUẾ",
            "THUẾ TỈNH BẮC NINH",
            "245/KH-TBNI",
            "Bắc Ninh, ngày 12 tháng 02 năm 2026",
            ["Công tác phổ biến, giáo dục pháp luật năm 2026"],
        ),
        P(
            "Căn cứ Luật Quản lý thuế số 108/2025/QH15; Quyết định số 381/QĐ-BTC ngày 26/02/2025 của Bộ trưởng "
            "Bộ Tài chính quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Cục Thuế; Kế hoạch số "
            "19/KH-CT ngày 15/01/2026 của Cục Thuế về công tác phổ biến, giáo dục pháp luật năm 2026;"
        ),
        P("Thuế tỉnh Bắc Ninh ban hành Kế hoạch phổ biến, giáo dục pháp luật năm 2026 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Người nộp thuế hiểu và tự nguyện tuân thủ pháp luật thuế; giảm chi phí tuân thủ."),
        P("2. Công chức thuế nắm vững, thực thi đúng pháp luật; giữ gìn kỷ cương, liêm chính."),
        P("II. NHIỆM VỤ TRỌNG TÂM", bold=True),
        P("1. Phổ biến pháp luật thuế cho người nộp thuế", bold=True),
        T(
            (
                _TAX_HEAD,
                (
                    "Tuyên truyền Luật Quản lý thuế năm 2025 và các nghị định, thông tư hướng dẫn",
                    _TTHT,
                    f"{_NVPC}; các Thuế cơ sở",
                    "Quý I, II/2026",
                    "Hội nghị, bài viết",
                ),
                (
                    "Tổ chức đối thoại với hộ kinh doanh về chuyển đổi từ thuế khoán sang kê khai",
                    "Thuế cơ sở 1 tỉnh Bắc Ninh, Thuế cơ sở 2 tỉnh Bắc Ninh",
                    "UBND các xã, phường",
                    "Tháng 3 - tháng 5/2026",
                    "",
                ),
                (
                    "Hướng dẫn sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền",
                    "Phòng Quản lý hộ kinh doanh, cá nhân",
                    _TTHT,
                    "Thường xuyên",
                    "",
                ),
                (
                    "Đăng tải chính sách thuế mới trên Trang thông tin điện tử",
                    "Văn phòng",
                    "",
                    "Ngay sau khi văn bản được ban hành",
                    "Cập nhật",
                ),
            ),
            widths=(62, 36, 36, 28, 22),
        ),
        P("2. Phổ biến pháp luật trong nội bộ cơ quan thuế", bold=True),
        T(
            (
                _TAX_HEAD,
                (
                    "Phổ biến Luật Cán bộ, công chức năm 2025 cho công chức toàn Thuế tỉnh",
                    "Phòng Tổ chức cán bộ",
                    "Công đoàn Thuế tỉnh",
                    "Tháng 7/2026",
                    "",
                ),
                (
                    "Kiểm tra kiến thức pháp luật thuế đối với công chức mới tuyển dụng",
                    _NVPC,
                    "Phòng Tổ chức cán bộ; Văn phòng",
                    "Quý IV/2026",
                    "",
                ),
                (
                    "Tuyên truyền pháp luật về phòng, chống tham nhũng, tiêu cực",
                    "Phòng Kiểm tra nội bộ",
                    "Đoàn Thanh niên Thuế tỉnh",
                    "Tháng 10 - tháng 12/2026",
                    "",
                ),
            ),
            widths=(62, 36, 36, 28, 22),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            f"1. {_NVPC} là đầu mối theo dõi, tổng hợp; báo cáo kết quả về Cục Thuế trước ngày 05/12/2026."
        ),
        P(
            "2. Trưởng các phòng, Trưởng Thuế cơ sở tổ chức thực hiện nhiệm vụ được giao, báo cáo định kỳ 6 "
            "tháng (trước ngày 10/6/2026) và năm (trước ngày 25/11/2026)."
        ),
        *_end(["Cục Thuế (để b/c);", "Lãnh đạo Thuế tỉnh;", "Các phòng, Thuế cơ sở;"], "TRƯỞNG THUẾ TỈNH",
              "Nguyễn Quang Huy"),
    ],
    expected=[
        Exp(
            "Tuyên truyền Luật Quản lý thuế năm 2025",
            (_TTHT,),
            (_NVPC, "các Thuế cơ sở"),
            "2026-06-30",
        ),
        Exp(
            "Tổ chức đối thoại với hộ kinh doanh",
            ("Thuế cơ sở 1 tỉnh Bắc Ninh", "Thuế cơ sở 2 tỉnh Bắc Ninh"),
            ("UBND các xã, phường",),
            "2026-05-31",
        ),
        Exp(
            "Hướng dẫn sử dụng hóa đơn điện tử",
            ("Phòng Quản lý hộ kinh doanh, cá nhân",),
            (_TTHT,),
            "2026-12-31",
        ),
        Exp(
            "Đăng tải chính sách thuế mới trên Trang thông tin điện tử",
            ("Văn phòng",),
            (),
            "2026-12-31",
            on_request=True,
        ),
        Exp(
            "Phổ biến Luật Cán bộ, công chức năm 2025",
            ("Phòng Tổ chức cán bộ",),
            ("Công đoàn Thuế tỉnh",),
            "2026-07-31",
        ),
        Exp(
            "Kiểm tra kiến thức pháp luật thuế",
            (_NVPC,),
            ("Phòng Tổ chức cán bộ", "Văn phòng"),
            "2026-12-31",
        ),
        Exp(
            "Tuyên truyền pháp luật về phòng, chống tham nhũng",
            ("Phòng Kiểm tra nội bộ",),
            ("Đoàn Thanh niên Thuế tỉnh",),
            "2026-12-31",
        ),
    ],
)


# ---------------------------------------------------------------- 8. hospital, 1.1. with own-line labels
_PCCC_CAT = "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh"
PLAN_BV = Plan(
    name="benh_vien_gia_lai_numbered_labels",
    blocks=[
        *_head(
            "SỞ Y TẾ TỈNH GIA LAI",
            "BỆNH VIỆN ĐA KHOA TỈNH GIA LAI",
            "52/KH-BVĐK",
            "Gia Lai, ngày 04 tháng 3 năm 2026",
            ["Phổ biến, giáo dục pháp luật năm 2026"],
        ),
        P(
            "Căn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15; Luật Bảo hiểm y tế số 51/2024/QH15 sửa đổi, bổ "
            "sung một số điều của Luật Bảo hiểm y tế; Kế hoạch số 210/KH-SYT ngày 06/02/2026 của Sở Y tế tỉnh "
            "Gia Lai về công tác phổ biến, giáo dục pháp luật ngành y tế năm 2026;"
        ),
        P("Bệnh viện Đa khoa tỉnh Gia Lai xây dựng Kế hoạch phổ biến, giáo dục pháp luật năm 2026 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "- Nâng cao hiểu biết pháp luật, đạo đức nghề nghiệp của viên chức, người lao động; bảo đảm quyền, "
            "lợi ích hợp pháp của người bệnh."
        ),
        P("- Phân công cụ thể cho từng khoa, phòng; lồng ghép với giao ban, sinh hoạt chuyên môn."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG", bold=True),
        P("1. Phổ biến pháp luật chuyên ngành cho viên chức, người lao động", bold=True),
        P("1.1. Phổ biến Luật Khám bệnh, chữa bệnh năm 2023 và các quy định về giấy phép hành nghề"),
        P("Khoa, phòng chủ trì: Phòng Kế hoạch tổng hợp."),
        P("Phối hợp: Phòng Tổ chức - Hành chính; Phòng Điều dưỡng."),
        P("Tiến độ: Quý II/2026."),
        P("1.2. Tập huấn quy định về kê đơn thuốc điện tử và sử dụng thuốc an toàn, hợp lý"),
        P("Khoa, phòng chủ trì: Khoa Dược."),
        P("Phối hợp: Phòng Kế hoạch tổng hợp, Phòng Công nghệ thông tin."),
        P("Tiến độ: tháng 4, tháng 5/2026."),
        P("1.3. Phổ biến thông tư hướng dẫn thực hiện Luật Bảo hiểm y tế sửa đổi về thanh toán chi phí khám bệnh"),
        P("Khoa, phòng chủ trì: Phòng Tài chính - Kế toán."),
        P("Phối hợp: Bảo hiểm xã hội tỉnh Gia Lai."),
        P("Tiến độ: trong vòng 30 ngày kể từ khi Bộ Y tế ban hành thông tư hướng dẫn."),
        P("2. Phổ biến pháp luật cho người bệnh và người nhà người bệnh", bold=True),
        P("2.1. Niêm yết quyền và nghĩa vụ của người bệnh, nội quy bệnh viện tại các khoa lâm sàng"),
        P("Khoa, phòng chủ trì: Phòng Điều dưỡng."),
        P("Phối hợp: các khoa lâm sàng."),
        P("Tiến độ: trước ngày 31/3/2026."),
        P("2.2. Tư vấn pháp luật về hiến, lấy, ghép mô, bộ phận cơ thể người cho người bệnh và gia đình"),
        P("Khoa, phòng chủ trì: Phòng Công tác xã hội."),
        P("Phối hợp: Khoa Hồi sức tích cực - Chống độc."),
        P("Tiến độ: thường xuyên."),
        P("3. Các nhiệm vụ khác", bold=True),
        P("3.1. Tuyên truyền pháp luật về phòng cháy, chữa cháy và thoát nạn trong bệnh viện"),
        P("Khoa, phòng chủ trì: Phòng Hành chính quản trị."),
        P(f"Phối hợp: {_PCCC_CAT}."),
        P("Tiến độ: Quý III/2026."),
        P("3.2. Tổng hợp, báo cáo kết quả công tác phổ biến, giáo dục pháp luật năm 2026"),
        P("Khoa, phòng chủ trì: Phòng Tổ chức - Hành chính."),
        P("Phối hợp: các khoa, phòng."),
        P("Tiến độ: trước ngày 15/11/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "Trưởng các khoa, phòng có trách nhiệm phổ biến Kế hoạch đến toàn thể viên chức, người lao động; "
            "Phòng Tổ chức - Hành chính theo dõi, đôn đốc, báo cáo Giám đốc và Sở Y tế theo quy định."
        ),
        *_end(["Sở Y tế (b/c);", "Ban Giám đốc;", "Các khoa, phòng;"], "PHÓ GIÁM ĐỐC", "BSCKII. Rơ Châm Hiếu",
              kt="KT. GIÁM ĐỐC"),
    ],
    expected=[
        Exp(
            "Phổ biến Luật Khám bệnh, chữa bệnh năm 2023",
            ("Phòng Kế hoạch tổng hợp",),
            ("Phòng Tổ chức - Hành chính", "Phòng Điều dưỡng"),
            "2026-06-30",
        ),
        Exp(
            "Tập huấn quy định về kê đơn thuốc điện tử",
            ("Khoa Dược",),
            ("Phòng Kế hoạch tổng hợp", "Phòng Công nghệ thông tin"),
            "2026-05-31",
        ),
        Exp(
            "Phổ biến thông tư hướng dẫn thực hiện Luật Bảo hiểm y tế",
            ("Phòng Tài chính - Kế toán",),
            ("Bảo hiểm xã hội tỉnh Gia Lai",),
            "2026-12-31",
            on_request=True,
        ),
        Exp(
            "Niêm yết quyền và nghĩa vụ của người bệnh",
            ("Phòng Điều dưỡng",),
            ("các khoa lâm sàng",),
            "2026-03-31",
        ),
        Exp(
            "Tư vấn pháp luật về hiến, lấy, ghép mô",
            ("Phòng Công tác xã hội",),
            ("Khoa Hồi sức tích cực - Chống độc",),
            "2026-12-31",
        ),
        Exp(
            "Tuyên truyền pháp luật về phòng cháy, chữa cháy và thoát nạn",
            ("Phòng Hành chính quản trị",),
            (_PCCC_CAT,),
            "2026-09-30",
        ),
        Exp(
            "Tổng hợp, báo cáo kết quả công tác phổ biến",
            ("Phòng Tổ chức - Hành chính",),
            ("các khoa, phòng",),
            "2026-11-15",
        ),
    ],
)


# ---------------------------------------------------------------- 9. Border Guard, "+" blocks and 2-row table
_CK1 = "Đồn Biên phòng cửa khẩu quốc tế Tịnh Biên"
_CK2 = "Đồn Biên phòng cửa khẩu quốc tế Xà Xía"
PLAN_BP = Plan(
    name="bien_phong_an_giang_mixed",
    blocks=[
        *_head(
            "BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG",
            "BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH AN GIANG",
            "318/KH-BCH",
            "An Giang, ngày 30 tháng 01 năm 2026",
            ["Tuyên truyền, phổ biến, giáo dục pháp luật năm 2026"],
        ),
        P(
            "Căn cứ Luật Biên phòng Việt Nam năm 2020; Luật Biên giới quốc gia năm 2003; Nghị định số "
            "106/2021/NĐ-CP ngày 06/12/2021 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều "
            "của Luật Biên phòng Việt Nam; Kế hoạch số 95/KH-BTL ngày 10/01/2026 của Bộ Tư lệnh Bộ đội Biên "
            "phòng về công tác phổ biến, giáo dục pháp luật năm 2026;"
        ),
        P(
            "Thực hiện Kế hoạch số 77/KH-UBND ngày 16/01/2026 của UBND tỉnh An Giang, Bộ Chỉ huy Bộ đội Biên "
            "phòng tỉnh xây dựng Kế hoạch như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "Nâng cao ý thức chấp hành pháp luật của cán bộ, chiến sĩ và Nhân dân khu vực biên giới đất liền, "
            "biển, đảo; góp phần xây dựng biên giới hòa bình, hữu nghị, hợp tác và phát triển."
        ),
        P("II. NỘI DUNG, NHIỆM VỤ", bold=True),
        P("1. Tuyên truyền Luật Biên phòng Việt Nam, Luật Biên giới quốc gia cho Nhân dân khu vực biên giới"),
        P(
            "+ Phòng Chính trị chủ trì, phối hợp với Phòng Tham mưu biên soạn tài liệu tuyên truyền song ngữ "
            "Việt - Khmer; hoàn thành trong Quý II/2026."
        ),
        P(
            "+ Các đồn Biên phòng tổ chức tuyên truyền tại các ấp, xã biên giới, phối hợp với UBND các xã biên "
            "giới, Ủy ban Mặt trận Tổ quốc Việt Nam các xã biên giới; thời gian: Quý II, III và IV/2026."
        ),
        P("2. Phổ biến pháp luật về phòng, chống buôn lậu, gian lận thương mại và mua bán người"),
        P(
            f"Phòng Phòng chống ma túy và tội phạm chủ trì; {_CK1}, {_CK2} phối hợp. Thời gian: từ tháng 5 đến "
            "tháng 9/2026."
        ),
        P("3. Phổ biến pháp luật trong cán bộ, chiến sĩ và trên biển"),
        T(
            (
                ("TT", "Nội dung", "Đơn vị thực hiện", "", "Thời gian", "Kinh phí"),
                ("", "", "Chủ trì", "Phối hợp", "", ""),
                (
                    "1",
                    "Quán triệt Luật Sĩ quan Quân đội nhân dân Việt Nam sửa đổi, bổ sung cho cán bộ",
                    "Phòng Chính trị",
                    "Phòng Tham mưu",
                    "Quý I/2026",
                    "Ngân sách quốc phòng",
                ),
                (
                    "2",
                    "Tổ chức Hội thi tìm hiểu pháp luật cho quân nhân chuyên nghiệp, hạ sĩ quan, binh sĩ",
                    "Phòng Tham mưu",
                    "Phòng Chính trị, Phòng Hậu cần - Kỹ thuật",
                    "Tháng 8/2026",
                    "Ngân sách quốc phòng",
                ),
                (
                    "3",
                    "Duy trì “Ngày pháp luật” tại các cơ quan, đơn vị",
                    "Chỉ huy các cơ quan, đơn vị",
                    "Trợ lý pháp chế",
                    "Thứ Năm tuần cuối hằng tháng",
                    "",
                ),
                (
                    "4",
                    "Phổ biến pháp luật về khai thác thủy sản, chống khai thác IUU cho ngư dân",
                    "Hải đội Biên phòng 2",
                    "Đồn Biên phòng Phú Quốc, Sở Nông nghiệp và Môi trường",
                    "Theo đề nghị của Sở Nông nghiệp và Môi trường",
                    "Nguồn kinh phí của Sở",
                ),
            ),
            widths=(10, 60, 30, 36, 30, 24),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "1. Phòng Tham mưu (Trợ lý pháp chế) là cơ quan thường trực Hội đồng phối hợp PBGDPL Bộ Chỉ huy, "
            "theo dõi, đôn đốc và tổng hợp báo cáo kết quả về Bộ Tư lệnh Bộ đội Biên phòng trước ngày 15/11/2026."
        ),
        P("2. Các đồn Biên phòng, Hải đội Biên phòng 2 báo cáo kết quả định kỳ hằng quý về Phòng Tham mưu."),
        *_end(
            ["Bộ Tư lệnh BĐBP (Cục Pháp chế) (b/c);", "UBND tỉnh An Giang;", "Sở Tư pháp;", "Các cơ quan, đơn vị;"],
            "CHỈ HUY TRƯỞNG",
            "Đại tá Nguyễn Thanh Tùng",
        ),
    ],
    expected=[
        Exp(
            "Phòng Chính trị chủ trì, phối hợp với Phòng Tham mưu",
            ("Phòng Chính trị",),
            ("Phòng Tham mưu",),
            "2026-06-30",
        ),
        Exp(
            "Các đồn Biên phòng tổ chức tuyên truyền",
            ("Các đồn Biên phòng",),
            ("UBND các xã biên giới", "Ủy ban Mặt trận Tổ quốc Việt Nam các xã biên giới"),
            "2026-12-31",
        ),
        Exp(
            "Phổ biến pháp luật về phòng, chống buôn lậu",
            ("Phòng Phòng chống ma túy và tội phạm",),
            (_CK1, _CK2),
            "2026-09-30",
        ),
        Exp(
            "Quán triệt Luật Sĩ quan Quân đội nhân dân",
            ("Phòng Chính trị",),
            ("Phòng Tham mưu",),
            "2026-03-31",
        ),
        Exp(
            "Tổ chức Hội thi tìm hiểu pháp luật",
            ("Phòng Tham mưu",),
            ("Phòng Chính trị", "Phòng Hậu cần - Kỹ thuật"),
            "2026-08-31",
        ),
        Exp(
            "Duy trì “Ngày pháp luật” tại các cơ quan",
            ("Chỉ huy các cơ quan, đơn vị",),
            ("Trợ lý pháp chế",),
            "2026-12-31",
        ),
        Exp(
            "Phổ biến pháp luật về khai thác thủy sản",
            ("Hải đội Biên phòng 2",),
            ("Đồn Biên phòng Phú Quốc", "Sở Nông nghiệp và Môi trường"),
            "2026-12-31",
            on_request=True,
        ),
    ],
)


# ---------------------------------------------------------------- 10. ward in Ho Chi Minh City
_KTHTDT = "Phòng Kinh tế, Hạ tầng và Đô thị"
_MTTQ = "Ủy ban Mặt trận Tổ quốc Việt Nam phường"
_VP = "Văn phòng HĐND và UBND phường"
PLAN_PHUONG = Plan(
    name="phuong_sai_gon_hcm_sentences",
    blocks=[
        *_head(
            "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH",
            "ỦY BAN NHÂN DÂN PHƯỜNG SÀI GÒN",
            "38/KH-UBND",
            "Phường Sài Gòn, ngày 27 tháng 01 năm 2026",
            ["Thực hiện công tác phổ biến, giáo dục pháp luật; hòa giải ở cơ sở", "trên địa bàn phường năm 2026"],
        ),
        P(
            "Thực hiện Kế hoạch số 112/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân Thành phố Hồ Chí Minh về "
            "công tác phổ biến, giáo dục pháp luật, hòa giải ở cơ sở, chuẩn tiếp cận pháp luật năm 2026; Kế "
            "hoạch số 05/KH-HĐPH ngày 18/01/2026 của Hội đồng phối hợp phổ biến, giáo dục pháp luật Thành phố;"
        ),
        P("Ủy ban nhân dân phường Sài Gòn ban hành Kế hoạch thực hiện trên địa bàn phường như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "1. Triển khai đồng bộ, kịp thời các nhiệm vụ Thành phố giao; đưa pháp luật đến với người dân, "
            "hộ kinh doanh, doanh nghiệp và du khách trên địa bàn phường trung tâm."
        ),
        P("2. Xác định rõ đơn vị chủ trì, phối hợp, thời gian hoàn thành; gắn với chuyển đổi số, chính quyền số."),
        P("II. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True),
        P("1. Phổ biến pháp luật theo chủ đề, đối tượng", bold=True),
        P("a) Phổ biến quy định về quản lý trật tự đô thị, sử dụng tạm thời lòng đường, vỉa hè"),
        P(
            f"{_KTHTDT} chủ trì thực hiện. Công an phường và các khu phố phối hợp vận động hộ kinh doanh ký "
            "cam kết. Thời gian: từ tháng 3 đến tháng 12/2026."
        ),
        P("b) Tuyên truyền Luật Nghĩa vụ quân sự, công tác tuyển chọn và gọi công dân nhập ngũ năm 2026"),
        P(
            "Ban Chỉ huy Quân sự phường chủ trì. Phòng Văn hóa - Xã hội, Công an phường phối hợp. Thời gian: "
            "tháng 01, tháng 02/2026."
        ),
        P("c) Phổ biến pháp luật về an toàn thực phẩm cho hộ kinh doanh ăn uống, chợ và khu phố ẩm thực"),
        P(
            f"Trạm Y tế phường chủ trì, phối hợp với {_KTHTDT}, Ban Quản lý chợ Bến Thành. Thời gian: Tháng "
            "hành động vì an toàn thực phẩm (tháng 4 - tháng 5/2026)."
        ),
        P("2. Nâng cao hiệu quả tiếp cận pháp luật của người dân", bold=True),
        P("a) Ứng dụng chuyển đổi số trong phổ biến pháp luật, hướng dẫn sử dụng dịch vụ công trực tuyến"),
        P(
            f"{_VP} chủ trì. Trung tâm Phục vụ hành chính công phường phối hợp hướng dẫn người dân sử dụng dịch "
            "vụ công trực tuyến. Thời gian: thường xuyên."
        ),
        P("b) Kiện toàn tổ hòa giải ở các khu phố sau sắp xếp"),
        P(
            f"Đề nghị {_MTTQ} chủ trì, phối hợp với Phòng Văn hóa - Xã hội hướng dẫn các khu phố kiện toàn, "
            "bầu bổ sung hòa giải viên. Thời gian: Quý I/2026."
        ),
        P("c) Tự đánh giá, chấm điểm phường đạt chuẩn tiếp cận pháp luật năm 2026"),
        P(
            f"Giao Phó Chủ tịch UBND phường phụ trách khối văn hóa - xã hội chỉ đạo thực hiện; {_VP} tham mưu "
            "tổng hợp. Thời gian: sau khi có hướng dẫn của Sở Tư pháp Thành phố."
        ),
        P("3. Tổ chức hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2026", bold=True),
        P(
            "Phòng Văn hóa - Xã hội chủ trì tổ chức; các khu phố, Đoàn Thanh niên phường phối hợp. Thời gian: "
            "tháng 11/2026."
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            f"1. {_VP} là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp báo cáo "
            "kết quả gửi Sở Tư pháp Thành phố trước ngày 20/11/2026."
        ),
        P(f"2. Đề nghị {_MTTQ} và các tổ chức chính trị - xã hội phường phối hợp thực hiện Kế hoạch."),
        *_end(
            ["Sở Tư pháp Thành phố;", "Thường trực Đảng ủy phường;", "TT. HĐND phường;", "Các phòng, đơn vị, khu phố;"],
            "PHÓ CHỦ TỊCH",
            "Võ Thị Ngọc Lan",
            kt="TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH",
        ),
    ],
    expected=[
        Exp(
            "Phổ biến quy định về quản lý trật tự đô thị",
            (_KTHTDT,),
            ("Công an phường", "các khu phố"),
            "2026-12-31",
        ),
        Exp(
            "Tuyên truyền Luật Nghĩa vụ quân sự",
            ("Ban Chỉ huy Quân sự phường",),
            ("Phòng Văn hóa - Xã hội", "Công an phường"),
            "2026-02-28",
        ),
        Exp(
            "Phổ biến pháp luật về an toàn thực phẩm",
            ("Trạm Y tế phường",),
            (_KTHTDT, "Ban Quản lý chợ Bến Thành"),
            "2026-05-31",
        ),
        Exp(
            "Ứng dụng chuyển đổi số trong phổ biến pháp luật",
            (_VP,),
            ("Trung tâm Phục vụ hành chính công phường",),
            "2026-12-31",
        ),
        Exp(
            "Kiện toàn tổ hòa giải ở các khu phố",
            (_MTTQ,),
            ("Phòng Văn hóa - Xã hội",),
            "2026-03-31",
        ),
        Exp(
            "Tự đánh giá, chấm điểm phường đạt chuẩn",
            ("Phó Chủ tịch UBND phường phụ trách khối văn hóa - xã hội",),
            (_VP,),
            "2026-12-31",
            on_request=True,
        ),
        Exp(
            "Tổ chức hưởng ứng Ngày Pháp luật nước Cộng hòa",
            ("Phòng Văn hóa - Xã hội",),
            ("các khu phố", "Đoàn Thanh niên phường"),
            "2026-11-30",
        ),
    ],
)

PLANS: list[Plan] = [
    PLAN_XA,
    PLAN_NN,
    PLAN_CA,
    PLAN_SCHOOL,
    PLAN_LDLD,
    PLAN_HTX,
    PLAN_TAX,
    PLAN_BV,
    PLAN_BP,
    PLAN_PHUONG,
]
