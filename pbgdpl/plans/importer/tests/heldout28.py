"""Held-out evaluation set 28: ten thematic plans implementing one specific law, decree or project.

Each plan was written for this set only; the expected answers are typed by hand (issue 4 rules).

1. UBND tỉnh Gia Lai, triển khai thi hành Luật Dữ liệu: task table STT | Nội dung | Cơ quan chủ trì |
   Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm, with roman-numeral group rows; unit lists with ";".
2. Sở GD&ĐT Thanh Hóa, tuyên truyền Luật Nhà giáo (năm học 2026-2027): bold "1." headings, dash-bulleted
   label lines "- Đơn vị chủ trì:", "- Đơn vị phối hợp:", "- Thời gian:"; month ranges; explicit dates.
3. UBND xã Đạ Huoai (Lâm Đồng), tuyên truyền Luật PCCC và CNCH: non-bold "1." items, prose assignments
   "Giao X chủ trì, phối hợp với Y …", persons as units, event-triggered timeframe.
4. Hội LHPN tỉnh Nghệ An, tuyên truyền Luật Phòng, chống mua bán người: "a)" headings, "+ Chủ trì:" /
   "+ Phối hợp:" / "+ Thời gian:" bullets, unit names with dashes.
5. Sở Nông nghiệp và Môi trường Đồng Tháp, thực hiện Đề án 1 triệu ha lúa: "1.", "1.1." numbering,
   labels on own lines ("Đơn vị chủ trì:", "Thời hạn:"), one item with two assignment blocks.
6. LĐLĐ tỉnh Phú Thọ, tuyên truyền Luật Công đoàn: table without STT column, 2-row header
   (Đơn vị thực hiện: Chủ trì | Phối hợp), Ghi chú column, quarter ranges.
7. UBND phường Bình Thạnh (TP. Hồ Chí Minh), Luật Trật tự, ATGT đường bộ: dash bullets with the
   assignment in the sentence ("X chủ trì; Y phối hợp …, thực hiện trong Quý II/2026").
8. Sở Tư pháp Quảng Trị, Luật XLVPHC sửa đổi: table TT | Nhiệm vụ | Chủ trì | Phối hợp | Thời gian |
   Kinh phí, with "theo đề nghị" timeframes, "trước ngày" deadlines.
9. UBND tỉnh Cà Mau, triển khai Nghị định về thủ tục hành chính điện tử: roman numerals for tasks, inline
   "Cơ quan thực hiện: …" and "Tiến độ: …" paragraphs, "Đề nghị …" prose assignment.
10. Tỉnh đoàn Bắc Ninh, tuyên truyền Luật Công nghiệp công nghệ số: "1.1." items with the assignment in a
   trailing parenthesis "(Chủ trì: …; phối hợp: …; thời gian: …)".
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T


def _head(org_up: str, org: str, number: str, place_date: str, title: str) -> list[P | T]:
    out: list[P | T] = []
    if org_up:
        out.append(P(org_up, center=True))
    out += [
        P(org, bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True),
        P("Độc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P(f"Số: {number}", center=True),
        P(place_date, center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P(title, bold=True, center=True),
    ]
    return out


def _end(recipients: list[str], role: str, name: str) -> list[P | T]:
    out: list[P | T] = [P("Nơi nhận:", bold=True)]
    out += [P(f"- {r}") for r in recipients]
    out += [P(role, bold=True, center=True), P("(Đã ký)", center=True), P(name, bold=True, center=True)]
    return out


# ------------------------------------------------------------------ 1. Gia Lai, Luật Dữ liệu (table)
PLAN_DATA = Plan(
    name="gialai_luat_du_lieu",
    blocks=[
        *_head(
            "",
            "ỦY BAN NHÂN DÂN TỈNH GIA LAI",
            "58/KH-UBND",
            "Gia Lai, ngày 12 tháng 02 năm 2026",
            "Triển khai thi hành Luật Dữ liệu trên địa bàn tỉnh Gia Lai",
        ),
        P(
            "Căn cứ Luật Dữ liệu số 60/2024/QH15 ngày 30/11/2024; Căn cứ Nghị định số 165/2025/NĐ-CP "
            "ngày 30/6/2025 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Dữ liệu;"
        ),
        P(
            "Thực hiện Quyết định số 2012/QĐ-TTg ngày 19/9/2025 của Thủ tướng Chính phủ ban hành Kế hoạch "
            "triển khai thi hành Luật Dữ liệu, Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thi hành "
            "Luật Dữ liệu trên địa bàn tỉnh như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "1. Xác định cụ thể nội dung công việc, thời hạn, tiến độ hoàn thành và trách nhiệm của các cơ "
            "quan, đơn vị trong việc triển khai thi hành Luật Dữ liệu, bảo đảm kịp thời, đồng bộ, thống nhất."
        ),
        P(
            "2. Nâng cao nhận thức, trách nhiệm của cán bộ, công chức, viên chức và Nhân dân về xây dựng, "
            "phát triển, bảo vệ, quản trị, xử lý, sử dụng dữ liệu số."
        ),
        P("II. NỘI DUNG, PHÂN CÔNG NHIỆM VỤ", bold=True),
        P("(Chi tiết tại Phụ lục kèm theo)"),
        T(
            (
                ("STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành",
                 "Sản phẩm"),
                ("I", "Tuyên truyền, phổ biến Luật Dữ liệu", "", "", "", ""),
                ("1", "Tổ chức hội nghị quán triệt, phổ biến Luật Dữ liệu và các văn bản quy định chi tiết "
                 "cho cán bộ chủ chốt của tỉnh",
                 "Công an tỉnh", "Sở Tư pháp; Sở Khoa học và Công nghệ", "Quý I/2026", "Hội nghị"),
                ("2", "Biên soạn tài liệu hỏi - đáp về Luật Dữ liệu; đăng tải trên Cổng Thông tin điện tử tỉnh",
                 "Sở Tư pháp", "Công an tỉnh, Văn phòng UBND tỉnh", "Quý II/2026", "Tài liệu"),
                ("3", "Thông tin, tuyên truyền Luật Dữ liệu trên báo chí, hệ thống thông tin cơ sở",
                 "Báo và Phát thanh, Truyền hình Gia Lai",
                 "Sở Văn hóa, Thể thao và Du lịch; UBND các xã, phường",
                 "Thường xuyên", "Tin, bài, chuyên mục"),
                ("II", "Rà soát văn bản, kiện toàn tổ chức", "", "", "", ""),
                ("4", "Rà soát văn bản quy phạm pháp luật của tỉnh có liên quan đến dữ liệu để kiến nghị sửa "
                 "đổi, bổ sung, thay thế",
                 "Sở Tư pháp", "Các sở, ban, ngành tỉnh", "Trước ngày 30/6/2026", "Báo cáo rà soát"),
                ("5", "Xây dựng danh mục cơ sở dữ liệu dùng chung của tỉnh",
                 "Sở Khoa học và Công nghệ", "Các sở, ban, ngành tỉnh; Công an tỉnh",
                 "Tháng 9/2026", "Quyết định của UBND tỉnh"),
                ("III", "Bảo đảm điều kiện thi hành Luật", "", "", "", ""),
                ("6", "Bồi dưỡng kỹ năng quản trị, bảo vệ dữ liệu cho cán bộ làm công tác chuyển đổi số",
                 "Sở Nội vụ", "Sở Khoa học và Công nghệ; Trung tâm Dữ liệu tỉnh",
                 "Quý III - Quý IV/2026", "Lớp bồi dưỡng"),
                ("7", "Bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm",
                 "Sở Tài chính", "Các cơ quan, đơn vị có liên quan",
                 "Khi có đề nghị của cơ quan chủ trì", "Quyết định giao dự toán"),
            ),
            widths=(10, 60, 30, 35, 25, 25),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "1. Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các xã, phường căn cứ nhiệm vụ được giao tổ chức "
            "triển khai thực hiện; báo cáo kết quả về Công an tỉnh trước ngày 05/12/2026."
        ),
        P(
            "2. Công an tỉnh theo dõi, đôn đốc, tổng hợp, báo cáo UBND tỉnh, Bộ Công an theo quy định."
        ),
        *_end(
            ["Bộ Công an (b/c);", "TT Tỉnh ủy, TT HĐND tỉnh (b/c);", "Các sở, ban, ngành tỉnh;",
             "UBND các xã, phường;", "Lưu: VT, NC."],
            "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
            "Nguyễn Hữu Quế",
        ),
    ],
    expected=[
        Exp("Tổ chức hội nghị quán triệt, phổ biến Luật Dữ liệu", ("Công an tỉnh",),
            ("Sở Tư pháp", "Sở Khoa học và Công nghệ"), "2026-03-31"),
        Exp("Biên soạn tài liệu hỏi - đáp về Luật Dữ liệu", ("Sở Tư pháp",),
            ("Công an tỉnh", "Văn phòng UBND tỉnh"), "2026-06-30"),
        Exp("Thông tin, tuyên truyền Luật Dữ liệu trên báo chí", ("Báo và Phát thanh, Truyền hình Gia Lai",),
            ("Sở Văn hóa, Thể thao và Du lịch", "UBND các xã, phường"), "2026-12-31"),
        Exp("Rà soát văn bản quy phạm pháp luật của tỉnh", ("Sở Tư pháp",), ("Các sở, ban, ngành tỉnh",),
            "2026-06-30"),
        Exp("Xây dựng danh mục cơ sở dữ liệu dùng chung", ("Sở Khoa học và Công nghệ",),
            ("Các sở, ban, ngành tỉnh", "Công an tỉnh"), "2026-09-30"),
        Exp("Bồi dưỡng kỹ năng quản trị, bảo vệ dữ liệu", ("Sở Nội vụ",),
            ("Sở Khoa học và Công nghệ", "Trung tâm Dữ liệu tỉnh"), "2026-12-31"),
        Exp("Bố trí kinh phí thực hiện Kế hoạch", ("Sở Tài chính",), ("Các cơ quan, đơn vị có liên quan",),
            "2026-12-31", on_request=True),
    ],
)

# ------------------------------------------------------------------ 2. Thanh Hóa, Luật Nhà giáo
PLAN_TEACH = Plan(
    name="thanhhoa_luat_nha_giao",
    blocks=[
        *_head(
            "UBND TỈNH THANH HÓA",
            "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
            "2315/KH-SGDĐT",
            "Thanh Hóa, ngày 28 tháng 8 năm 2026",
            "Tuyên truyền, phổ biến Luật Nhà giáo và các văn bản quy định chi tiết năm học 2026-2027",
        ),
        P(
            "Căn cứ Luật Nhà giáo số 73/2025/QH15 ngày 16/6/2025; Căn cứ Kế hoạch số 145/KH-UBND ngày "
            "20/7/2026 của UBND tỉnh Thanh Hóa về công tác phổ biến, giáo dục pháp luật năm 2026;"
        ),
        P("Sở Giáo dục và Đào tạo xây dựng Kế hoạch tuyên truyền, phổ biến Luật Nhà giáo như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Giúp đội ngũ nhà giáo, cán bộ quản lý hiểu rõ quyền, nghĩa vụ, chế độ chính sách theo Luật."),
        P("- Tuyên truyền thiết thực, tránh hình thức; gắn với nhiệm vụ năm học 2026-2027."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        P("1. Tổ chức hội nghị quán triệt Luật Nhà giáo cho cán bộ quản lý các cơ sở giáo dục", bold=True),
        P("- Đơn vị chủ trì: Phòng Tổ chức cán bộ."),
        P("- Đơn vị phối hợp: Thanh tra Sở, Văn phòng Sở."),
        P("- Thời gian: Tháng 9/2026."),
        P("2. Biên soạn tài liệu, infographic giới thiệu những điểm mới của Luật Nhà giáo", bold=True),
        P("- Đơn vị chủ trì: Phòng Giáo dục phổ thông."),
        P("- Đơn vị phối hợp: Phòng Tổ chức cán bộ; Trung tâm Bồi dưỡng nghiệp vụ và Khảo thí."),
        P("- Thời gian: Tháng 9 - 10/2026."),
        P("3. Lồng ghép nội dung Luật trong sinh hoạt chuyên môn, sinh hoạt tổ, nhóm", bold=True),
        P("- Đơn vị chủ trì: Các trường trung học phổ thông và các trung tâm giáo dục nghề nghiệp - "
          "giáo dục thường xuyên."),
        P("- Thời gian: Từ tháng 10/2026 đến tháng 5/2027."),
        P("4. Tổ chức cuộc thi trực tuyến “Tìm hiểu Luật Nhà giáo”", bold=True),
        P("- Đơn vị chủ trì: Công đoàn ngành Giáo dục."),
        P("- Đơn vị phối hợp: Văn phòng Sở; Phòng Giáo dục phổ thông và Đoàn Thanh niên Sở."),
        P("- Thời gian: Hoàn thành trước ngày 20/11/2026."),
        P("5. Rà soát quy chế, quy định nội bộ về tuyển dụng, sử dụng nhà giáo cho phù hợp với Luật", bold=True),
        P("- Đơn vị chủ trì: Phòng Tổ chức cán bộ."),
        P("- Đơn vị phối hợp: Các phòng chuyên môn thuộc Sở."),
        P("- Thời gian: Quý IV/2026."),
        P("6. Kiểm tra việc thực hiện chế độ, chính sách đối với nhà giáo", bold=True),
        P("- Đơn vị chủ trì: Thanh tra Sở."),
        P("- Đơn vị phối hợp: Phòng Kế hoạch - Tài chính; Công đoàn ngành Giáo dục."),
        P("- Thời gian: Tháng 3 - 4/2027."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "Các phòng thuộc Sở, các đơn vị trực thuộc căn cứ Kế hoạch triển khai thực hiện; báo cáo kết quả "
            "(lồng ghép trong báo cáo tổng kết năm học) về Sở qua Văn phòng Sở trước ngày 25/5/2027."
        ),
        *_end(
            ["UBND tỉnh (b/c);", "Sở Tư pháp;", "Các đơn vị trực thuộc;", "Lưu: VT, TCCB."],
            "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
            "Lê Thị Hạnh",
        ),
    ],
    expected=[
        Exp("Tổ chức hội nghị quán triệt Luật Nhà giáo", ("Phòng Tổ chức cán bộ",),
            ("Thanh tra Sở", "Văn phòng Sở"), "2026-09-30"),
        Exp("Biên soạn tài liệu, infographic giới thiệu", ("Phòng Giáo dục phổ thông",),
            ("Phòng Tổ chức cán bộ", "Trung tâm Bồi dưỡng nghiệp vụ và Khảo thí"), "2026-10-31"),
        Exp("Lồng ghép nội dung Luật trong sinh hoạt chuyên môn",
            ("Các trường trung học phổ thông",
             "các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên"), (), "2027-05-31"),
        Exp("Tổ chức cuộc thi trực tuyến", ("Công đoàn ngành Giáo dục",),
            ("Văn phòng Sở", "Phòng Giáo dục phổ thông", "Đoàn Thanh niên Sở"), "2026-11-20"),
        Exp("Rà soát quy chế, quy định nội bộ", ("Phòng Tổ chức cán bộ",),
            ("Các phòng chuyên môn thuộc Sở",), "2026-12-31"),
        Exp("Kiểm tra việc thực hiện chế độ, chính sách", ("Thanh tra Sở",),
            ("Phòng Kế hoạch - Tài chính", "Công đoàn ngành Giáo dục"), "2027-04-30"),
    ],
)

# ------------------------------------------------------------------ 3. Lâm Đồng commune, Luật PCCC và CNCH
PLAN_FIRE = Plan(
    name="lamdong_xa_luat_pccc",
    blocks=[
        *_head(
            "",
            "ỦY BAN NHÂN DÂN XÃ ĐẠ HUOAI",
            "41/KH-UBND",
            "Đạ Huoai, ngày 09 tháng 3 năm 2026",
            "Tuyên truyền, phổ biến Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ trên địa bàn xã năm 2026",
        ),
        P(
            "Căn cứ Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ số 55/2024/QH15 ngày 29/11/2024; Nghị định "
            "số 105/2025/NĐ-CP ngày 15/5/2025 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành "
            "Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ;"
        ),
        P(
            "Thực hiện Kế hoạch số 27/KH-UBND ngày 21/01/2026 của UBND tỉnh Lâm Đồng, UBND xã Đạ Huoai ban "
            "hành Kế hoạch như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "Nâng cao ý thức chấp hành pháp luật về phòng cháy, chữa cháy và cứu nạn, cứu hộ của Nhân dân, "
            "nhất là hộ gia đình kết hợp sản xuất, kinh doanh, cơ sở lưu trú và chủ rừng trên địa bàn xã."
        ),
        P("II. NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN", bold=True),
        P(
            "1. Tuyên truyền trên hệ thống loa truyền thanh, trang thông tin điện tử và nhóm Zalo của các "
            "thôn. Giao Trung tâm Dịch vụ tổng hợp xã chủ trì, phối hợp với Công an xã, Văn phòng HĐND và "
            "UBND xã thực hiện thường xuyên trong năm."
        ),
        P(
            "2. Tổ chức tuyên truyền trực tiếp, hướng dẫn kỹ năng thoát nạn tại các khu dân cư, chợ và cơ sở "
            "lưu trú. Giao Công an xã chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam xã và Trưởng "
            "các thôn, tổ dân phố tổ chức thực hiện; thời gian: tháng 4 đến tháng 6/2026."
        ),
        P(
            "3. Tuyên truyền phòng cháy, chữa cháy rừng trong mùa khô. Giao Phòng Kinh tế chủ trì, phối hợp "
            "với Hạt Kiểm lâm khu vực Đạ Huoai, Công an xã và các chủ rừng trên địa bàn thực hiện; hoàn thành "
            "trước ngày 30/4/2026."
        ),
        P(
            "4. Lồng ghép nội dung Luật vào các buổi sinh hoạt của đoàn thể. Ủy ban Mặt trận Tổ quốc Việt Nam "
            "xã chủ trì, phối hợp với Đoàn Thanh niên Cộng sản Hồ Chí Minh xã, Hội Liên hiệp Phụ nữ xã và Hội "
            "Cựu chiến binh xã thực hiện trong Quý II, III/2026."
        ),
        P(
            "5. Kiểm tra, hướng dẫn các cơ sở kinh doanh thực hiện quy định về phòng cháy, chữa cháy. Phó Chủ "
            "tịch UBND xã phụ trách kinh tế chủ trì; Công an xã, Phòng Kinh tế phối hợp; thời gian: Quý III/2026."
        ),
        P(
            "6. Tổ chức diễn tập phương án chữa cháy và cứu nạn, cứu hộ tại khu dân cư. Giao Công an xã chủ "
            "trì, phối hợp với Ban Chỉ huy Quân sự xã thực hiện khi có văn bản hướng dẫn của Công an tỉnh."
        ),
        P(
            "7. Bố trí kinh phí thực hiện. Giao Phòng Kinh tế tham mưu bố trí kinh phí từ nguồn ngân sách xã "
            "năm 2026."
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "Công an xã là cơ quan thường trực, theo dõi, đôn đốc và tổng hợp kết quả, báo cáo UBND xã trước "
            "ngày 15/11/2026. Các cơ quan, đơn vị được giao nhiệm vụ chủ động triển khai thực hiện."
        ),
        *_end(
            ["Công an tỉnh Lâm Đồng;", "TT Đảng ủy, TT HĐND xã;", "CT, các PCT UBND xã;", "Như mục III;",
             "Lưu: VT."],
            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
            "K'Brơi",
        ),
    ],
    expected=[
        Exp("Tuyên truyền trên hệ thống loa truyền thanh", ("Trung tâm Dịch vụ tổng hợp xã",),
            ("Công an xã", "Văn phòng HĐND và UBND xã"), "2026-12-31"),
        Exp("Tổ chức tuyên truyền trực tiếp, hướng dẫn kỹ năng thoát nạn", ("Công an xã",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Trưởng các thôn, tổ dân phố"), "2026-06-30"),
        Exp("Tuyên truyền phòng cháy, chữa cháy rừng", ("Phòng Kinh tế",),
            ("Hạt Kiểm lâm khu vực Đạ Huoai", "Công an xã", "các chủ rừng trên địa bàn"), "2026-04-30"),
        Exp("Lồng ghép nội dung Luật vào các buổi sinh hoạt", ("Ủy ban Mặt trận Tổ quốc Việt Nam xã",),
            ("Đoàn Thanh niên Cộng sản Hồ Chí Minh xã", "Hội Liên hiệp Phụ nữ xã", "Hội Cựu chiến binh xã"),
            "2026-09-30"),
        Exp("Kiểm tra, hướng dẫn các cơ sở kinh doanh", ("Phó Chủ tịch UBND xã phụ trách kinh tế",),
            ("Công an xã", "Phòng Kinh tế"), "2026-09-30"),
        Exp("Tổ chức diễn tập phương án chữa cháy", ("Công an xã",), ("Ban Chỉ huy Quân sự xã",),
            "2026-12-31", on_request=True),
        Exp("Bố trí kinh phí thực hiện", ("Phòng Kinh tế",), (), "2026-12-31"),
    ],
)

# ------------------------------------------------------------------ 4. Nghệ An women's union, mua bán người
PLAN_TRAF = Plan(
    name="nghean_hlhpn_mua_ban_nguoi",
    blocks=[
        *_head(
            "HỘI LHPN VIỆT NAM",
            "HỘI LIÊN HIỆP PHỤ NỮ TỈNH NGHỆ AN",
            "12/KH-HPN",
            "Nghệ An, ngày 16 tháng 3 năm 2026",
            "Tuyên truyền, phổ biến Luật Phòng, chống mua bán người năm 2024 trong hội viên, phụ nữ năm 2026",
        ),
        P(
            "Căn cứ Luật Phòng, chống mua bán người số 53/2024/QH15; Kế hoạch số 36/KH-ĐCT ngày 05/02/2026 "
            "của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam; Chương trình công tác năm 2026 của Ban Thường vụ "
            "Hội LHPN tỉnh, Ban Thường vụ Hội LHPN tỉnh xây dựng Kế hoạch như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Nâng cao nhận thức của hội viên, phụ nữ về thủ đoạn mua bán người, nhất là qua không gian mạng."),
        P("2. Các hoạt động bám sát cơ sở, phù hợp với phụ nữ vùng biên giới, đồng bào dân tộc thiểu số."),
        P("II. NỘI DUNG HOẠT ĐỘNG", bold=True),
        P("1. Công tác tuyên truyền", bold=True),
        P("a) Xây dựng tài liệu sinh hoạt chi hội chuyên đề về Luật Phòng, chống mua bán người năm 2024"),
        P("+ Chủ trì: Ban Tuyên giáo - Chính sách, Luật pháp."),
        P("+ Phối hợp: Phòng Cảnh sát hình sự - Công an tỉnh."),
        P("+ Thời gian: Tháng 4/2026."),
        P("b) Tổ chức tuyên truyền trên Trang thông tin điện tử, fanpage của Hội"),
        P("+ Chủ trì: Văn phòng Hội LHPN tỉnh."),
        P("+ Phối hợp: Ban Tuyên giáo - Chính sách, Luật pháp."),
        P("+ Thời gian: Thường xuyên."),
        P("c) Tổ chức truyền thông tại các xã biên giới, xã có nhiều lao động đi làm ăn xa"),
        P("+ Chủ trì: Hội LHPN các xã biên giới."),
        P("+ Phối hợp: Đồn Biên phòng, Công an xã sở tại."),
        P("+ Thời gian: Quý II - Quý III/2026."),
        P("2. Hỗ trợ nạn nhân và phòng ngừa", bold=True),
        P("a) Duy trì, nhân rộng mô hình “Địa chỉ tin cậy” tại cộng đồng"),
        P("+ Chủ trì: Ban Gia đình - Xã hội."),
        P("+ Phối hợp: Hội LHPN các xã, phường; Sở Y tế."),
        P("+ Thời gian: Cả năm."),
        P("b) Phối hợp tiếp nhận, hỗ trợ tái hòa nhập cộng đồng cho phụ nữ là nạn nhân bị mua bán trở về"),
        P("+ Chủ trì: Ban Gia đình - Xã hội."),
        P("+ Phối hợp: Sở Y tế, Công an tỉnh và Hội LHPN các xã, phường."),
        P("+ Thời gian: Khi có đề nghị của cơ quan chức năng."),
        P("3. Kiểm tra việc triển khai Kế hoạch tại cơ sở; sơ kết, đánh giá kết quả", bold=True),
        P("+ Chủ trì: Ban Kiểm tra Hội LHPN tỉnh."),
        P("+ Phối hợp: Ban Tuyên giáo - Chính sách, Luật pháp."),
        P("+ Thời gian: Tháng 10 - 11/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "- Giao Ban Tuyên giáo - Chính sách, Luật pháp là đầu mối theo dõi, tổng hợp kết quả, tham mưu "
            "báo cáo Ban Thường vụ trước ngày 30/11/2026."
        ),
        P("- Hội LHPN các xã, phường căn cứ Kế hoạch chủ động triển khai phù hợp với tình hình địa phương."),
        *_end(
            ["TW Hội LHPN Việt Nam (b/c);", "Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c);", "Hội LHPN các xã, "
             "phường;", "Lưu: VT, TG."],
            "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH",
            "Nguyễn Thị Thu Hường",
        ),
    ],
    expected=[
        Exp("Xây dựng tài liệu sinh hoạt chi hội chuyên đề", ("Ban Tuyên giáo - Chính sách, Luật pháp",),
            ("Phòng Cảnh sát hình sự - Công an tỉnh",), "2026-04-30"),
        Exp("Tổ chức tuyên truyền trên Trang thông tin điện tử", ("Văn phòng Hội LHPN tỉnh",),
            ("Ban Tuyên giáo - Chính sách, Luật pháp",), "2026-12-31"),
        Exp("Tổ chức truyền thông tại các xã biên giới", ("Hội LHPN các xã biên giới",),
            ("Đồn Biên phòng", "Công an xã sở tại"), "2026-09-30"),
        Exp("Duy trì, nhân rộng mô hình", ("Ban Gia đình - Xã hội",),
            ("Hội LHPN các xã, phường", "Sở Y tế"), "2026-12-31"),
        Exp("Phối hợp tiếp nhận, hỗ trợ tái hòa nhập", ("Ban Gia đình - Xã hội",),
            ("Sở Y tế", "Công an tỉnh", "Hội LHPN các xã, phường"), "2026-12-31", on_request=True),
        Exp("Kiểm tra việc triển khai Kế hoạch tại cơ sở", ("Ban Kiểm tra Hội LHPN tỉnh",),
            ("Ban Tuyên giáo - Chính sách, Luật pháp",), "2026-11-30"),
    ],
)

# ------------------------------------------------------------------ 5. Đồng Tháp, Đề án 1 triệu ha lúa
PLAN_RICE = Plan(
    name="dongthap_snnmt_de_an_lua",
    blocks=[
        *_head(
            "UBND TỈNH ĐỒNG THÁP",
            "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
            "96/KH-SNNMT",
            "Đồng Tháp, ngày 03 tháng 4 năm 2026",
            "Thực hiện Đề án “Phát triển bền vững một triệu héc ta chuyên canh lúa chất lượng cao và phát thải "
            "thấp gắn với tăng trưởng xanh vùng đồng bằng sông Cửu Long đến năm 2030” năm 2026",
        ),
        P(
            "Căn cứ Quyết định số 1490/QĐ-TTg ngày 27/11/2023 của Thủ tướng Chính phủ phê duyệt Đề án; Quyết "
            "định số 145/QĐ-BNN-TT ngày 12/01/2024 của Bộ Nông nghiệp và Phát triển nông thôn; Kế hoạch số "
            "211/KH-UBND ngày 18/12/2025 của UBND tỉnh Đồng Tháp;"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Triển khai đồng bộ các giải pháp kỹ thuật canh tác lúa phát thải thấp trên diện tích đăng ký."),
        P("2. Phân công cụ thể, gắn trách nhiệm người đứng đầu đơn vị với kết quả thực hiện."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Tuyên truyền, phổ biến nội dung Đề án và quy trình canh tác lúa giảm phát thải", bold=True),
        P("1.1. Biên soạn, phát hành tờ rơi, sổ tay hướng dẫn quy trình canh tác cho nông dân"),
        P("Đơn vị chủ trì: Chi cục Trồng trọt và Bảo vệ thực vật"),
        P("Đơn vị phối hợp: Trung tâm Khuyến nông; Văn phòng Sở"),
        P("Thời hạn: Quý II/2026"),
        P("1.2. Phối hợp Báo và Phát thanh, Truyền hình Đồng Tháp xây dựng chuyên mục về Đề án"),
        P("Đơn vị chủ trì: Văn phòng Sở"),
        P("Đơn vị phối hợp: Trung tâm Khuyến nông"),
        P("Thời hạn: Hằng tháng"),
        P("2. Tập huấn, chuyển giao kỹ thuật", bold=True),
        P(
            "Tổ chức tập huấn kỹ thuật “1 phải 5 giảm”, tưới ngập khô xen kẽ cho hợp tác xã, tổ hợp tác trong "
            "vùng Đề án."
        ),
        P("Đơn vị chủ trì: Trung tâm Khuyến nông"),
        P("Đơn vị phối hợp: UBND các xã có vùng Đề án; Liên minh Hợp tác xã tỉnh"),
        P("Thời hạn: Tháng 5 đến tháng 8/2026"),
        P(
            "Hướng dẫn đo đạc, báo cáo và thẩm định (MRV) lượng phát thải khí nhà kính tại các cánh đồng mẫu."
        ),
        P("Đơn vị chủ trì: Chi cục Môi trường và Biến đổi khí hậu"),
        P("Đơn vị phối hợp: Viện Lúa Đồng bằng sông Cửu Long, Trung tâm Khuyến nông"),
        P("Thời hạn: Quý III/2026"),
        P("3. Rà soát, cập nhật diện tích vùng chuyên canh lúa chất lượng cao", bold=True),
        P("Đơn vị chủ trì: Chi cục Trồng trọt và Bảo vệ thực vật"),
        P("Đơn vị phối hợp: UBND các xã, phường có vùng Đề án"),
        P("Thời hạn: Trước ngày 15/7/2026"),
        P("4. Hỗ trợ liên kết tiêu thụ lúa gạo theo chuỗi giá trị", bold=True),
        P("Đơn vị chủ trì: Chi cục Phát triển nông thôn"),
        P("Đơn vị phối hợp: Sở Công Thương; Hiệp hội Lương thực Việt Nam; các doanh nghiệp"),
        P("Thời hạn: Năm 2026"),
        P("5. Sơ kết, đánh giá kết quả thực hiện Đề án năm 2026", bold=True),
        P("Đơn vị chủ trì: Phòng Kế hoạch - Tài chính"),
        P("Đơn vị phối hợp: Các phòng, đơn vị thuộc Sở"),
        P("Thời hạn: Tháng 12/2026"),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "Thủ trưởng các phòng, đơn vị thuộc Sở tổ chức thực hiện; định kỳ hằng quý (trước ngày 20 của "
            "tháng cuối quý) báo cáo kết quả về Sở (qua Phòng Kế hoạch - Tài chính) để tổng hợp."
        ),
        *_end(
            ["UBND tỉnh (b/c);", "Ban Giám đốc Sở;", "Các phòng, đơn vị thuộc Sở;", "Lưu: VT, KHTC."],
            "GIÁM ĐỐC",
            "Trần Văn Tâm",
        ),
    ],
    expected=[
        Exp("Biên soạn, phát hành tờ rơi, sổ tay", ("Chi cục Trồng trọt và Bảo vệ thực vật",),
            ("Trung tâm Khuyến nông", "Văn phòng Sở"), "2026-06-30"),
        Exp("Phối hợp Báo và Phát thanh, Truyền hình Đồng Tháp", ("Văn phòng Sở",), ("Trung tâm Khuyến nông",),
            "2026-12-31"),
        Exp("Tổ chức tập huấn kỹ thuật “1 phải 5 giảm”", ("Trung tâm Khuyến nông",),
            ("UBND các xã có vùng Đề án", "Liên minh Hợp tác xã tỉnh"), "2026-08-31"),
        Exp("Hướng dẫn đo đạc, báo cáo và thẩm định", ("Chi cục Môi trường và Biến đổi khí hậu",),
            ("Viện Lúa Đồng bằng sông Cửu Long", "Trung tâm Khuyến nông"), "2026-09-30"),
        Exp("Rà soát, cập nhật diện tích vùng chuyên canh", ("Chi cục Trồng trọt và Bảo vệ thực vật",),
            ("UBND các xã, phường có vùng Đề án",), "2026-07-15"),
        Exp("Hỗ trợ liên kết tiêu thụ lúa gạo", ("Chi cục Phát triển nông thôn",),
            ("Sở Công Thương", "Hiệp hội Lương thực Việt Nam", "các doanh nghiệp"), "2026-12-31"),
        Exp("Sơ kết, đánh giá kết quả thực hiện Đề án", ("Phòng Kế hoạch - Tài chính",),
            ("Các phòng, đơn vị thuộc Sở",), "2026-12-31"),
    ],
)

# ------------------------------------------------------------------ 6. Phú Thọ LĐLĐ, Luật Công đoàn (table)
PLAN_UNION = Plan(
    name="phutho_ldld_luat_cong_doan",
    blocks=[
        *_head(
            "TỔNG LĐLĐ VIỆT NAM",
            "LIÊN ĐOÀN LAO ĐỘNG TỈNH PHÚ THỌ",
            "08/KH-LĐLĐ",
            "Phú Thọ, ngày 20 tháng 01 năm 2026",
            "Tuyên truyền, phổ biến, triển khai thi hành Luật Công đoàn năm 2024 trong công nhân, viên chức, "
            "lao động năm 2026",
        ),
        P(
            "Căn cứ Luật Công đoàn số 50/2024/QH15 ngày 27/6/2024; Điều lệ Công đoàn Việt Nam; Kế hoạch số "
            "214/KH-TLĐ ngày 10/12/2025 của Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam;"
        ),
        P(
            "Ban Thường vụ Liên đoàn Lao động tỉnh ban hành Kế hoạch tuyên truyền, phổ biến, triển khai thi "
            "hành Luật Công đoàn năm 2024, cụ thể như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "- 100% cán bộ công đoàn chuyên trách, chủ tịch công đoàn cơ sở được quán triệt những nội dung cơ "
            "bản, điểm mới của Luật Công đoàn năm 2024."
        ),
        P("- Hoạt động tuyên truyền đa dạng, hướng về cơ sở, khu công nghiệp có đông công nhân lao động."),
        P("II. NỘI DUNG, TIẾN ĐỘ VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        T(
            (
                ("Nội dung hoạt động", "Thời gian", "Đơn vị thực hiện", "", "Ghi chú"),
                ("", "", "Chủ trì", "Phối hợp", ""),
                ("1. Quán triệt, tuyên truyền", "", "", "", ""),
                ("Tổ chức hội nghị trực tuyến quán triệt Luật Công đoàn năm 2024 đến các công đoàn cơ sở",
                 "Quý I/2026", "Ban Tuyên giáo", "Văn phòng LĐLĐ tỉnh; Công đoàn ngành, Công đoàn các khu "
                 "công nghiệp", "Kết nối đến điểm cầu cơ sở"),
                ("Xây dựng chuyên trang “Luật Công đoàn - những điều cần biết” trên Cổng thông tin điện tử "
                 "LĐLĐ tỉnh", "Quý I - Quý II/2026", "Văn phòng LĐLĐ tỉnh", "Ban Tuyên giáo", ""),
                ("Tổ chức “Ngày hội pháp luật” tại các khu công nghiệp",
                 "Tháng 5/2026", "Công đoàn các khu công nghiệp", "Ban Chính sách - Pháp luật; Trung tâm Tư vấn "
                 "pháp luật Công đoàn tỉnh", "Gắn với Tháng Công nhân"),
                ("2. Triển khai thi hành", "", "", "", ""),
                ("Rà soát, sửa đổi quy chế làm việc, quy chế phối hợp với chính quyền, chuyên môn cùng cấp "
                 "theo Luật Công đoàn năm 2024", "Quý II/2026", "Ban Tổ chức",
                 "Ban Chính sách - Pháp luật, Văn phòng LĐLĐ tỉnh", ""),
                ("Hướng dẫn thu, quản lý, sử dụng kinh phí công đoàn theo quy định mới",
                 "Khi Tổng Liên đoàn ban hành hướng dẫn", "Ban Tài chính", "Ủy ban Kiểm tra LĐLĐ tỉnh",
                 ""),
                ("Đẩy mạnh phát triển đoàn viên, thành lập công đoàn cơ sở tại doanh nghiệp ngoài khu vực "
                 "nhà nước", "Cả năm", "Ban Tổ chức", "Công đoàn ngành; Công đoàn các khu công nghiệp", ""),
                ("3. Kiểm tra, giám sát", "", "", "", ""),
                ("Kiểm tra việc thi hành Luật Công đoàn tại một số công đoàn cơ sở",
                 "Tháng 9 - 10/2026", "Ủy ban Kiểm tra LĐLĐ tỉnh", "Ban Tổ chức; Ban Tài chính",
                 "Theo chương trình kiểm tra"),
            ),
            widths=(70, 25, 30, 40, 25),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "1. Các ban, văn phòng LĐLĐ tỉnh; công đoàn ngành, công đoàn các khu công nghiệp căn cứ Kế hoạch "
            "xây dựng kế hoạch cụ thể, tổ chức thực hiện."
        ),
        P("2. Ban Tuyên giáo tổng hợp kết quả, báo cáo Thường trực LĐLĐ tỉnh trước ngày 10/12/2026."),
        *_end(
            ["Tổng LĐLĐ Việt Nam (b/c);", "Thường trực Tỉnh ủy (b/c);", "Các ban, VP LĐLĐ tỉnh;",
             "Công đoàn ngành, CĐ các KCN;", "Lưu: VT, TG."],
            "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH",
            "Đinh Thị Hải Yến",
        ),
    ],
    expected=[
        Exp("Tổ chức hội nghị trực tuyến quán triệt", ("Ban Tuyên giáo",),
            ("Văn phòng LĐLĐ tỉnh", "Công đoàn ngành", "Công đoàn các khu công nghiệp"), "2026-03-31"),
        Exp("Xây dựng chuyên trang “Luật Công đoàn", ("Văn phòng LĐLĐ tỉnh",), ("Ban Tuyên giáo",),
            "2026-06-30"),
        Exp("Tổ chức “Ngày hội pháp luật” tại các khu công nghiệp", ("Công đoàn các khu công nghiệp",),
            ("Ban Chính sách - Pháp luật", "Trung tâm Tư vấn pháp luật Công đoàn tỉnh"), "2026-05-31"),
        Exp("Rà soát, sửa đổi quy chế làm việc", ("Ban Tổ chức",),
            ("Ban Chính sách - Pháp luật", "Văn phòng LĐLĐ tỉnh"), "2026-06-30"),
        Exp("Hướng dẫn thu, quản lý, sử dụng kinh phí công đoàn", ("Ban Tài chính",),
            ("Ủy ban Kiểm tra LĐLĐ tỉnh",), "2026-12-31", on_request=True),
        Exp("Đẩy mạnh phát triển đoàn viên", ("Ban Tổ chức",),
            ("Công đoàn ngành", "Công đoàn các khu công nghiệp"), "2026-12-31"),
        Exp("Kiểm tra việc thi hành Luật Công đoàn", ("Ủy ban Kiểm tra LĐLĐ tỉnh",),
            ("Ban Tổ chức", "Ban Tài chính"), "2026-10-31"),
    ],
)

# ------------------------------------------------------------------ 7. HCMC ward, Luật TTATGT đường bộ
PLAN_ROAD = Plan(
    name="hcm_phuong_luat_ttatgt",
    blocks=[
        *_head(
            "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH",
            "ỦY BAN NHÂN DÂN PHƯỜNG BÌNH THẠNH",
            "73/KH-UBND",
            "Bình Thạnh, ngày 02 tháng 4 năm 2026",
            "Tuyên truyền, phổ biến Luật Trật tự, an toàn giao thông đường bộ và Nghị định số 168/2024/NĐ-CP "
            "trên địa bàn phường năm 2026",
        ),
        P(
            "Căn cứ Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15 ngày 27/6/2024; Nghị định số "
            "168/2024/NĐ-CP ngày 26/12/2024 của Chính phủ quy định xử phạt vi phạm hành chính về trật tự, an "
            "toàn giao thông trong lĩnh vực giao thông đường bộ;"
        ),
        P(
            "Căn cứ Kế hoạch số 1120/KH-UBND ngày 05/3/2026 của Ủy ban nhân dân Thành phố Hồ Chí Minh, Ủy ban "
            "nhân dân phường Bình Thạnh xây dựng Kế hoạch như sau:"
        ),
        P("I. MỤC ĐÍCH - YÊU CẦU", bold=True),
        P("- Tạo chuyển biến rõ nét về ý thức chấp hành pháp luật giao thông của người dân, học sinh, sinh viên."),
        P("- Giảm số vụ tai nạn giao thông, ùn tắc giao thông so với năm 2025."),
        P("II. NỘI DUNG THỰC HIỆN", bold=True),
        P(
            "- Treo băng rôn, pa-nô, phát thanh trên loa của các khu phố về các hành vi vi phạm phổ biến và "
            "mức xử phạt: Văn phòng HĐND và UBND phường chủ trì; Ban điều hành các khu phố phối hợp thực "
            "hiện, thường xuyên trong năm."
        ),
        P(
            "- Tuyên truyền Luật tại các trường học trên địa bàn phường vào các buổi chào cờ đầu tuần: Công an "
            "phường chủ trì; Đoàn Thanh niên phường, Ban Giám hiệu các trường Tiểu học, Trung học cơ sở phối "
            "hợp, thực hiện trong Quý II/2026 và Quý IV/2026."
        ),
        P(
            "- Tổ chức cho các hộ kinh doanh dọc tuyến đường Xô Viết Nghệ Tĩnh, Nơ Trang Long ký cam kết không "
            "lấn chiếm lòng lề đường: Phòng Kinh tế, Hạ tầng và Đô thị chủ trì; Công an phường và Ban điều "
            "hành khu phố 3, khu phố 7 phối hợp; hoàn thành trước ngày 30/5/2026."
        ),
        P(
            "- Đối thoại với tài xế công nghệ, xe ôm truyền thống về quy định mới của Luật: Ủy ban Mặt trận Tổ "
            "quốc Việt Nam phường chủ trì; Công an phường phối hợp; Tháng 6 - Tháng 7/2026."
        ),
        P(
            "- Cung cấp tài liệu, hỏi - đáp về Luật trên trang Zalo OA và Fanpage của phường: Trung tâm Cung "
            "ứng dịch vụ công phường chủ trì; Văn phòng HĐND và UBND phường phối hợp; hằng tháng."
        ),
        P(
            "- Tổ chức tọa đàm “Thanh niên với văn hóa giao thông”: Đoàn Thanh niên phường chủ trì; Hội Liên "
            "hiệp Thanh niên Việt Nam phường phối hợp; thời gian: tháng 9/2026."
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "1. Công an phường là cơ quan thường trực, tham mưu UBND phường theo dõi, đôn đốc thực hiện Kế "
            "hoạch."
        ),
        P(
            "2. Các đơn vị được phân công báo cáo kết quả 6 tháng trước ngày 15/6/2026, báo cáo năm trước ngày "
            "15/11/2026 về UBND phường (qua Công an phường)."
        ),
        *_end(
            ["UBND Thành phố (b/c);", "Công an Thành phố (b/c);", "TT Đảng ủy, HĐND phường;",
             "Các đơn vị tại mục II;", "Lưu: VT."],
            "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
            "Phạm Minh Đức",
        ),
    ],
    expected=[
        Exp("Treo băng rôn, pa-nô, phát thanh trên loa", ("Văn phòng HĐND và UBND phường",),
            ("Ban điều hành các khu phố",), "2026-12-31"),
        Exp("Tuyên truyền Luật tại các trường học", ("Công an phường",),
            ("Đoàn Thanh niên phường", "Ban Giám hiệu các trường Tiểu học, Trung học cơ sở"), "2026-12-31"),
        Exp("Tổ chức cho các hộ kinh doanh dọc tuyến đường", ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Công an phường", "Ban điều hành khu phố 3, khu phố 7"), "2026-05-30"),
        Exp("Đối thoại với tài xế công nghệ", ("Ủy ban Mặt trận Tổ quốc Việt Nam phường",),
            ("Công an phường",), "2026-07-31"),
        Exp("Cung cấp tài liệu, hỏi - đáp về Luật", ("Trung tâm Cung ứng dịch vụ công phường",),
            ("Văn phòng HĐND và UBND phường",), "2026-12-31"),
        Exp("Tổ chức tọa đàm “Thanh niên với văn hóa giao thông”", ("Đoàn Thanh niên phường",),
            ("Hội Liên hiệp Thanh niên Việt Nam phường",), "2026-09-30"),
    ],
)

# ------------------------------------------------------------------ 8. Quảng Trị Sở Tư pháp, Luật XLVPHC (table)
PLAN_XLVP = Plan(
    name="quangtri_stp_luat_xlvphc",
    blocks=[
        *_head(
            "UBND TỈNH QUẢNG TRỊ",
            "SỞ TƯ PHÁP",
            "35/KH-STP",
            "Quảng Trị, ngày 24 tháng 02 năm 2026",
            "Triển khai thi hành Luật sửa đổi, bổ sung một số điều của Luật Xử lý vi phạm hành chính",
        ),
        P(
            "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Xử lý vi phạm hành chính số 88/2025/QH15 ngày "
            "25/6/2025; Quyết định số 2356/QĐ-TTg ngày 28/10/2025 của Thủ tướng Chính phủ ban hành Kế hoạch "
            "triển khai thi hành Luật; Kế hoạch số 19/KH-UBND ngày 22/01/2026 của UBND tỉnh Quảng Trị;"
        ),
        P("Sở Tư pháp ban hành Kế hoạch triển khai thi hành Luật với các nội dung sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "1. Bảo đảm Luật được triển khai kịp thời, thống nhất; nâng cao năng lực của đội ngũ công chức "
            "làm công tác quản lý thi hành pháp luật về xử lý vi phạm hành chính."
        ),
        P("2. Xác định rõ nhiệm vụ, thời hạn và đơn vị chịu trách nhiệm; bảo đảm sự phối hợp chặt chẽ."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        T(
            (
                ("TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian", "Kinh phí"),
                ("1", "Tham mưu UBND tỉnh tổ chức hội nghị tập huấn chuyên sâu Luật cho người có thẩm quyền "
                 "xử phạt ở cấp tỉnh và cấp xã", "Phòng Quản lý xử lý vi phạm hành chính và Theo dõi thi hành "
                 "pháp luật", "Văn phòng Sở; Công an tỉnh; Thanh tra tỉnh", "Tháng 3 - 4/2026",
                 "Ngân sách tỉnh"),
                ("2", "Biên soạn tài liệu giới thiệu điểm mới của Luật, cung cấp cho UBND các xã, phường, đặc "
                 "khu", "Phòng Phổ biến, giáo dục pháp luật", "Phòng Quản lý xử lý vi phạm hành chính và Theo "
                 "dõi thi hành pháp luật", "Quý II/2026", "Kinh phí PBGDPL"),
                ("3", "Rà soát quyết định của UBND tỉnh về giao quyền xử phạt, đề xuất sửa đổi cho phù hợp "
                 "với Luật", "Phòng Xây dựng và Kiểm tra văn bản", "Các sở, ngành có thẩm quyền xử phạt",
                 "Trước ngày 30/4/2026", "Không"),
                ("4", "Cập nhật cơ sở dữ liệu quốc gia về xử lý vi phạm hành chính; hướng dẫn các đơn vị nhập "
                 "dữ liệu", "Phòng Quản lý xử lý vi phạm hành chính và Theo dõi thi hành pháp luật",
                 "Công an tỉnh, Sở Khoa học và Công nghệ", "Thường xuyên", "Ngân sách tỉnh"),
                ("5", "Góp ý dự thảo văn bản quy định chi tiết Luật", "Phòng Xây dựng và Kiểm tra văn bản",
                 "Các phòng, đơn vị thuộc Sở", "Theo đề nghị của Bộ Tư pháp", "Không"),
                ("6", "Kiểm tra tình hình thi hành pháp luật về xử lý vi phạm hành chính tại một số sở, ngành "
                 "và UBND cấp xã", "Phòng Quản lý xử lý vi phạm hành chính và Theo dõi thi hành pháp luật",
                 "Văn phòng UBND tỉnh; Sở Nội vụ", "Quý III/2026", "Ngân sách tỉnh"),
                ("7", "Tổng hợp, báo cáo tình hình triển khai thi hành Luật", "Văn phòng Sở",
                 "Các phòng, đơn vị thuộc Sở", "Trước ngày 10/12/2026", "Không"),
            ),
            widths=(8, 62, 38, 38, 24, 20),
        ),
        P("III. KINH PHÍ THỰC HIỆN", bold=True),
        P("Kinh phí thực hiện từ nguồn ngân sách nhà nước giao cho Sở Tư pháp năm 2026 và nguồn hợp pháp khác."),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "Trưởng các phòng, đơn vị thuộc Sở căn cứ nhiệm vụ được phân công triển khai thực hiện; kịp thời "
            "báo cáo Giám đốc Sở những khó khăn, vướng mắc phát sinh."
        ),
        *_end(
            ["Bộ Tư pháp (Cục Quản lý XLVPHC và TDTHPL) (b/c);", "UBND tỉnh (b/c);", "Giám đốc, các PGĐ Sở;",
             "Các phòng, đơn vị thuộc Sở;", "Lưu: VT, QLXLVPHC."],
            "GIÁM ĐỐC",
            "Hoàng Văn Bắc",
        ),
    ],
    expected=[
        Exp("Tham mưu UBND tỉnh tổ chức hội nghị tập huấn",
            ("Phòng Quản lý xử lý vi phạm hành chính và Theo dõi thi hành pháp luật",),
            ("Văn phòng Sở", "Công an tỉnh", "Thanh tra tỉnh"), "2026-04-30"),
        Exp("Biên soạn tài liệu giới thiệu điểm mới", ("Phòng Phổ biến, giáo dục pháp luật",),
            ("Phòng Quản lý xử lý vi phạm hành chính và Theo dõi thi hành pháp luật",), "2026-06-30"),
        Exp("Rà soát quyết định của UBND tỉnh về giao quyền", ("Phòng Xây dựng và Kiểm tra văn bản",),
            ("Các sở, ngành có thẩm quyền xử phạt",), "2026-04-30"),
        Exp("Cập nhật cơ sở dữ liệu quốc gia",
            ("Phòng Quản lý xử lý vi phạm hành chính và Theo dõi thi hành pháp luật",),
            ("Công an tỉnh", "Sở Khoa học và Công nghệ"), "2026-12-31"),
        Exp("Góp ý dự thảo văn bản quy định chi tiết", ("Phòng Xây dựng và Kiểm tra văn bản",),
            ("Các phòng, đơn vị thuộc Sở",), "2026-12-31", on_request=True),
        Exp("Kiểm tra tình hình thi hành pháp luật",
            ("Phòng Quản lý xử lý vi phạm hành chính và Theo dõi thi hành pháp luật",),
            ("Văn phòng UBND tỉnh", "Sở Nội vụ"), "2026-09-30"),
        Exp("Tổng hợp, báo cáo tình hình triển khai", ("Văn phòng Sở",), ("Các phòng, đơn vị thuộc Sở",),
            "2026-12-10"),
    ],
)

# ------------------------------------------------------------------ 9. Cà Mau UBND tỉnh, Nghị định 118 (A/B/C, I/II)
PLAN_TTHC = Plan(
    name="camau_ubnd_nghi_dinh_118",
    blocks=[
        *_head(
            "",
            "ỦY BAN NHÂN DÂN TỈNH CÀ MAU",
            "102/KH-UBND",
            "Cà Mau, ngày 08 tháng 5 năm 2026",
            "Triển khai thực hiện Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ "
            "tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công "
            "quốc gia",
        ),
        P(
            "Thực hiện Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ và Thông tư số 03/2025/TT-VPCP "
            "ngày 30/7/2025 của Văn phòng Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai như sau:"
        ),
        P("A. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "Tổ chức triển khai kịp thời, hiệu quả Nghị định; phổ biến rộng rãi đến cán bộ, công chức và người "
            "dân, doanh nghiệp để biết, thực hiện và giám sát việc giải quyết thủ tục hành chính."
        ),
        P("B. NHIỆM VỤ, GIẢI PHÁP", bold=True),
        P("I. Phổ biến, quán triệt nội dung Nghị định", bold=True),
        P(
            "Tổ chức hội nghị phổ biến Nghị định số 118/2025/NĐ-CP cho lãnh đạo, công chức Trung tâm Phục vụ "
            "hành chính công tỉnh và Bộ phận Một cửa cấp xã."
        ),
        P("Cơ quan thực hiện: Văn phòng UBND tỉnh chủ trì, phối hợp với Sở Tư pháp, Sở Nội vụ."),
        P("Tiến độ: Tháng 6/2026."),
        P("II. Thông tin, tuyên truyền đến người dân, doanh nghiệp", bold=True),
        P(
            "Xây dựng phóng sự, chuyên mục hướng dẫn người dân nộp hồ sơ trực tuyến, thanh toán phí, lệ phí "
            "trên Cổng Dịch vụ công quốc gia."
        ),
        P("Cơ quan thực hiện: Báo và Phát thanh, Truyền hình Cà Mau; phối hợp: Văn phòng UBND tỉnh."),
        P("Tiến độ: Quý III - IV/2026."),
        P("III. Kiện toàn Bộ phận Một cửa, bố trí công chức", bold=True),
        P(
            "Rà soát, kiện toàn Bộ phận Một cửa cấp xã; bố trí công chức có đủ tiêu chuẩn làm việc tại Bộ phận "
            "Một cửa."
        ),
        P("Cơ quan thực hiện: UBND các xã, phường; phối hợp: Sở Nội vụ."),
        P("Tiến độ: Trước ngày 31/7/2026."),
        P("IV. Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", bold=True),
        P("Cơ quan thực hiện: Các sở, ban, ngành tỉnh; UBND các xã, phường; phối hợp: Sở Khoa học và Công nghệ."),
        P("Tiến độ: Thường xuyên."),
        P("V. Giám sát việc giải quyết thủ tục hành chính", bold=True),
        P(
            "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chủ trì, phối hợp với các tổ chức chính trị - xã hội "
            "tỉnh giám sát việc giải quyết thủ tục hành chính tại Bộ phận Một cửa; thời gian: Quý IV/2026."
        ),
        P("VI. Bảo đảm kinh phí, hạ tầng kỹ thuật", bold=True),
        P(
            "Sở Tài chính chủ trì, phối hợp với Sở Khoa học và Công nghệ thẩm định, tham mưu bố trí kinh phí "
            "nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh khi có đề xuất của Văn phòng UBND "
            "tỉnh."
        ),
        P("C. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "1. Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các xã, phường chịu trách nhiệm trước Chủ tịch "
            "UBND tỉnh về kết quả thực hiện Kế hoạch."
        ),
        P(
            "2. Văn phòng UBND tỉnh theo dõi, đôn đốc, kiểm tra; tổng hợp báo cáo UBND tỉnh, Văn phòng Chính "
            "phủ định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 15/12)."
        ),
        *_end(
            ["Văn phòng Chính phủ (Cục KSTTHC) (b/c);", "TT Tỉnh ủy, TT HĐND tỉnh (b/c);",
             "CT, các PCT UBND tỉnh;", "UBMTTQVN tỉnh;", "Các sở, ban, ngành tỉnh;", "UBND các xã, phường;",
             "Lưu: VT, KSTT."],
            "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
            "Lâm Văn Bi",
        ),
    ],
    expected=[
        Exp("Phổ biến, quán triệt nội dung Nghị định", ("Văn phòng UBND tỉnh",),
            ("Sở Tư pháp", "Sở Nội vụ"), "2026-06-30"),
        Exp("Thông tin, tuyên truyền đến người dân, doanh nghiệp",
            ("Báo và Phát thanh, Truyền hình Cà Mau",), ("Văn phòng UBND tỉnh",), "2026-12-31"),
        Exp("Kiện toàn Bộ phận Một cửa, bố trí công chức", ("UBND các xã, phường",), ("Sở Nội vụ",),
            "2026-07-31"),
        Exp("Số hóa hồ sơ, kết quả giải quyết", ("Các sở, ban, ngành tỉnh", "UBND các xã, phường"),
            ("Sở Khoa học và Công nghệ",), "2026-12-31"),
        Exp("Giám sát việc giải quyết thủ tục hành chính", ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",),
            ("các tổ chức chính trị - xã hội tỉnh",), "2026-12-31"),
        Exp("Bảo đảm kinh phí, hạ tầng kỹ thuật", ("Sở Tài chính",), ("Sở Khoa học và Công nghệ",),
            "2026-12-31", on_request=True),
    ],
)

# ------------------------------------------------------------------ 10. Bắc Ninh Tỉnh đoàn, Luật CN công nghệ số
PLAN_DIGI = Plan(
    name="bacninh_tinhdoan_luat_cncns",
    blocks=[
        P("BCH ĐOÀN TỈNH BẮC NINH", bold=True, center=True),
        P("***", center=True),
        P("ĐOÀN TNCS HỒ CHÍ MINH", bold=True, center=True),
        P("Số: 64-KH/TĐTN-TG", center=True),
        P("Bắc Ninh, ngày 10 tháng 4 năm 2026", center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P("Tuyên truyền, phổ biến Luật Công nghiệp công nghệ số trong đoàn viên, thanh niên năm 2026",
          bold=True, center=True),
        P(
            "Căn cứ Luật Công nghiệp công nghệ số số 71/2025/QH15 ngày 14/6/2025; Kế hoạch số 412-KH/TWĐTN-TG "
            "ngày 15/01/2026 của Ban Bí thư Trung ương Đoàn; Chương trình công tác Đoàn và phong trào thanh "
            "thiếu nhi tỉnh Bắc Ninh năm 2026, Ban Thường vụ Tỉnh đoàn xây dựng Kế hoạch như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Giúp đoàn viên, thanh niên nắm được chính sách phát triển công nghiệp công nghệ số, khởi nghiệp số."),
        P("2. Phát huy vai trò xung kích của thanh niên trong chuyển đổi số, phát triển kinh tế số của tỉnh."),
        P("II. NỘI DUNG, HÌNH THỨC", bold=True),
        P("1. Tuyên truyền trên không gian mạng", bold=True),
        P(
            "1.1. Thiết kế bộ ấn phẩm số (infographic, video ngắn) giới thiệu Luật Công nghiệp công nghệ số "
            "(Chủ trì: Ban Tuyên giáo Tỉnh đoàn; phối hợp: Trung tâm Hoạt động thanh thiếu nhi tỉnh; thời gian: "
            "tháng 4 - 5/2026)."
        ),
        P(
            "1.2. Tổ chức cuộc thi trắc nghiệm trực tuyến tìm hiểu Luật trên nền tảng “Thanh niên Việt Nam” "
            "(Chủ trì: Ban Tuyên giáo Tỉnh đoàn; phối hợp: Ban Phong trào Tỉnh đoàn, Hội Sinh viên Việt Nam "
            "tỉnh; thời gian: tháng 7/2026)."
        ),
        P("2. Tuyên truyền trực tiếp", bold=True),
        P(
            "2.1. Tổ chức diễn đàn “Thanh niên Bắc Ninh với công nghiệp công nghệ số” (Chủ trì: Hội Liên hiệp "
            "Thanh niên Việt Nam tỉnh; phối hợp: Sở Khoa học và Công nghệ, Hội Doanh nhân trẻ tỉnh; thời gian: "
            "Quý III/2026)."
        ),
        P(
            "2.2. Lồng ghép tuyên truyền Luật trong sinh hoạt chi đoàn, sinh hoạt đầu khóa của học sinh, sinh "
            "viên (Chủ trì: Đoàn các xã, phường và Đoàn trực thuộc Tỉnh đoàn; thời gian: cả năm)."
        ),
        P(
            "2.3. Tập huấn kỹ năng số, an toàn thông tin cho cán bộ Đoàn chủ chốt (Chủ trì: Ban Tổ chức - Kiểm "
            "tra Tỉnh đoàn; phối hợp: Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ "
            "cao - Công an tỉnh; thời gian: tháng 8 - 9/2026)."
        ),
        P("3. Hỗ trợ thanh niên khởi nghiệp công nghệ số", bold=True),
        P(
            "3.1. Tổ chức Cuộc thi “Ý tưởng khởi nghiệp sáng tạo trong lĩnh vực công nghệ số” (Chủ trì: Ban "
            "Phong trào Tỉnh đoàn; phối hợp: Sở Khoa học và Công nghệ; thời gian: tháng 10 - 11/2026)."
        ),
        P(
            "3.2. Kết nối đoàn viên, thanh niên với doanh nghiệp công nghệ số tại các khu công nghiệp trên địa "
            "bàn tỉnh (Chủ trì: Đoàn Khối các cơ quan và doanh nghiệp tỉnh; phối hợp: Ban Quản lý các khu công "
            "nghiệp tỉnh; thời gian: theo đề nghị của các doanh nghiệp)."
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "1. Ban Tuyên giáo Tỉnh đoàn là đầu mối tham mưu, theo dõi, tổng hợp kết quả báo cáo Ban Thường vụ "
            "Tỉnh đoàn và Trung ương Đoàn trước ngày 20/11/2026."
        ),
        P(
            "2. Các cơ sở Đoàn trực thuộc căn cứ Kế hoạch chủ động triển khai, báo cáo kết quả về Tỉnh đoàn "
            "(qua Ban Tuyên giáo) lồng ghép trong báo cáo định kỳ."
        ),
        *_end(
            ["Ban Bí thư TW Đoàn (b/c);", "Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c);", "Các ban, đơn vị Tỉnh đoàn;",
             "Các cơ sở Đoàn trực thuộc;", "Lưu: VP, TG."],
            "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN\nPHÓ BÍ THƯ",
            "Nguyễn Thị Lan Anh",
        ),
    ],
    expected=[
        Exp("Thiết kế bộ ấn phẩm số", ("Ban Tuyên giáo Tỉnh đoàn",),
            ("Trung tâm Hoạt động thanh thiếu nhi tỉnh",), "2026-05-31"),
        Exp("Tổ chức cuộc thi trắc nghiệm trực tuyến", ("Ban Tuyên giáo Tỉnh đoàn",),
            ("Ban Phong trào Tỉnh đoàn", "Hội Sinh viên Việt Nam tỉnh"), "2026-07-31"),
        Exp("Tổ chức diễn đàn “Thanh niên Bắc Ninh", ("Hội Liên hiệp Thanh niên Việt Nam tỉnh",),
            ("Sở Khoa học và Công nghệ", "Hội Doanh nhân trẻ tỉnh"), "2026-09-30"),
        Exp("Lồng ghép tuyên truyền Luật trong sinh hoạt chi đoàn",
            ("Đoàn các xã, phường", "Đoàn trực thuộc Tỉnh đoàn"), (), "2026-12-31"),
        Exp("Tập huấn kỹ năng số, an toàn thông tin", ("Ban Tổ chức - Kiểm tra Tỉnh đoàn",),
            ("Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao - Công an tỉnh",),
            "2026-09-30"),
        Exp("Tổ chức Cuộc thi “Ý tưởng khởi nghiệp", ("Ban Phong trào Tỉnh đoàn",),
            ("Sở Khoa học và Công nghệ",), "2026-11-30"),
        Exp("Kết nối đoàn viên, thanh niên với doanh nghiệp", ("Đoàn Khối các cơ quan và doanh nghiệp tỉnh",),
            ("Ban Quản lý các khu công nghiệp tỉnh",), "2026-12-31", on_request=True),
    ],
)

PLANS: list[Plan] = [
    PLAN_DATA, PLAN_TEACH, PLAN_FIRE, PLAN_TRAF, PLAN_RICE,
    PLAN_UNION, PLAN_ROAD, PLAN_XLVP, PLAN_TTHC, PLAN_DIGI,
]
