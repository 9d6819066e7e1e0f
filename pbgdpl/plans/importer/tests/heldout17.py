"""Held-out evaluation set 17: ten 2026 plans from provincial/commune agencies outside big cities.

1. Cao Bằng, Sở Tư pháp - Ngày Pháp luật 2026: table STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp |
   Thời gian, roman-numeral group rows, several coord units per cell separated by line breaks.
2. Điện Biên, UBND xã - PBGDPL for ethnic minorities: table without STT, columns Nội dung | Thời gian |
   Chủ trì | Phối hợp | Ghi chú; units separated by ";"; quarter ranges.
3. Hà Tĩnh, Hội đồng PHPBGDPL tỉnh - new laws 2026: two-row header (Đơn vị thực hiện: Chủ trì / Phối hợp),
   "Thời gian hoàn thành" and "Sản phẩm" columns, units with commas inside, event-triggered rows.
4. Gia Lai, Sở Nông nghiệp và Môi trường - PBGDPL for farmers: table STT | Nhiệm vụ | Thời gian |
   Đơn vị chủ trì | Đơn vị phối hợp | Kinh phí; sub-numbered rows 1.1, 1.2, group rows "1"; "," lists.
5. Cà Mau, trường THPT - school year 2026-2027: table STT | Nội dung công việc | Người thực hiện |
   Người phối hợp | Thời gian; persons as units, line breaks and "," in cells, months of 2026/2027.
6. Lai Châu, UBND phường - hòa giải ở cơ sở: "1." items with labels on own lines ("Cơ quan thực hiện:",
   "Phối hợp:", "Thời gian thực hiện:").
7. Sơn La, Sở Tư pháp - tiếp cận pháp luật: bold group headings with a)/b) prose items ("Giao X chủ trì,
   phối hợp với Y", "X chủ trì; Y, Z phối hợp", "Đề nghị X"), "Thời hạn:" inline at the end; one bold
   heading with a single prose block; an event-triggered deadline.
8. Quảng Trị, Sở Giáo dục và Đào tạo - contest "Tìm hiểu pháp luật": roman sections, "-" items, inline
   labels "Chủ trì thực hiện: ...; phối hợp: ...; tiến độ: ...".
9. An Giang, UBND xã - legal bookshelves and digital transformation: bold numbered items, two of them with
   two "-" assignment blocks ("- Giao ...", "- Đề nghị ...", "- X chủ trì ...; Y phối hợp", "X có trách
   nhiệm"), two with one prose block (title = the heading); a Phó Chủ tịch as lead.
10. Hưng Yên, Hội Nông dân tỉnh - PBGDPL and legal aid for farmers: "1.1." headings, prose "X chủ trì; Y phối hợp", "X có trách nhiệm", event-triggered timeframes.
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T


def _head(up: str, agency: str, number: str, place_date: str, title: str, sub: str) -> list[P | T]:
    return [
        P(up, bold=True, center=True),
        P(agency, bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True),
        P("Độc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P(f"Số: {number}", center=True),
        P(place_date, center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P(title, bold=True, center=True),
        P(sub, center=True),
    ]


def _end(recipients: list[str], role: str, signer: str) -> list[P | T]:
    out: list[P | T] = [P("Nơi nhận:", bold=True)]
    out += [P(f"- {r}") for r in recipients]
    out += [P("- Lưu: VT."), P(role, bold=True, center=True), P("(Đã ký)", center=True),
            P(signer, bold=True, center=True)]
    return out


# ---------------------------------------------------------------- 1. Cao Bằng
PLAN_CB = Plan(
    "caobang_ngay_phap_luat",
    _head(
        "UBND TỈNH CAO BẰNG", "SỞ TƯ PHÁP", "412/KH-STP", "Cao Bằng, ngày 20 tháng 8 năm 2026",
        "Tổ chức hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2026",
        "trên địa bàn tỉnh Cao Bằng",
    ) + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;"),
        P("Căn cứ Nghị định số 28/2013/NĐ-CP ngày 04/4/2013 của Chính phủ quy định chi tiết thi hành "
          "Điều 10 và Điều 38 của Luật Phổ biến, giáo dục pháp luật;"),
        P("Căn cứ Kế hoạch số 96/KH-UBND ngày 15/01/2026 của UBND tỉnh về công tác phổ biến, giáo dục "
          "pháp luật năm 2026; Công văn số 3120/BTP-PBGDPL ngày 05/8/2026 của Bộ Tư pháp,"),
        P("Sở Tư pháp ban hành Kế hoạch tổ chức hưởng ứng Ngày Pháp luật năm 2026 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Tiếp tục nâng cao nhận thức, ý thức tôn trọng và chấp hành pháp luật của cán bộ, công chức, "
          "viên chức và Nhân dân, nhất là đồng bào dân tộc thiểu số ở vùng cao, biên giới."),
        P("2. Các hoạt động hưởng ứng phải thiết thực, tiết kiệm, phù hợp điều kiện thực tế của địa phương; "
          "gắn với việc triển khai thi hành các luật mới có hiệu lực năm 2026."),
        P("II. NỘI DUNG, THỜI GIAN VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        T((
            ("STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"),
            ("I", "Hoạt động truyền thông", "", "", ""),
            ("1", "Treo băng rôn, khẩu hiệu hưởng ứng Ngày Pháp luật tại trụ sở cơ quan, đơn vị và các "
             "tuyến đường trung tâm", "Sở Tư pháp",
             "Sở Văn hóa, Thể thao và Du lịch\nUBND phường Thục Phán\nUBND phường Nùng Trí Cao",
             "Từ ngày 01/11 đến ngày 15/11/2026"),
            ("2", "Xây dựng chuyên mục, phóng sự về Ngày Pháp luật phát sóng trên sóng phát thanh, truyền "
             "hình tỉnh", "Báo và Phát thanh, Truyền hình Cao Bằng", "Sở Tư pháp", "Tháng 11/2026"),
            ("3", "Đăng tải tin bài, tài liệu hỏi - đáp pháp luật trên Cổng thông tin điện tử của Sở",
             "Văn phòng Sở", "Phòng Phổ biến, giáo dục pháp luật\nTrung tâm Trợ giúp pháp lý nhà nước",
             "Tháng 10, 11/2026"),
            ("II", "Hoạt động chuyên môn", "", "", ""),
            ("4", "Tổ chức Lễ mít tinh hưởng ứng Ngày Pháp luật năm 2026 cấp tỉnh",
             "Phòng Phổ biến, giáo dục pháp luật", "Hội đồng phối hợp PBGDPL tỉnh\nCác sở, ban, ngành tỉnh",
             "Ngày 09/11/2026"),
            ("5", "Trợ giúp pháp lý lưu động kết hợp tư vấn pháp luật tại các xã biên giới",
             "Trung tâm Trợ giúp pháp lý nhà nước",
             "Bộ Chỉ huy Bộ đội Biên phòng tỉnh\nUBND xã Trà Lĩnh\nUBND xã Hạ Lang", "Quý IV/2026"),
            ("6", "Hướng dẫn các xã, phường tổ chức Ngày Pháp luật gắn với hòa giải ở cơ sở",
             "Phòng Phổ biến, giáo dục pháp luật", "UBND các xã, phường", "Trước ngày 25/10/2026"),
            ("7", "Tổng hợp, báo cáo kết quả hưởng ứng Ngày Pháp luật về Bộ Tư pháp, UBND tỉnh",
             "Phòng Phổ biến, giáo dục pháp luật", "", "Trước ngày 05/12/2026"),
        ), widths=(10, 70, 35, 45, 30)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Các phòng, đơn vị thuộc Sở căn cứ nhiệm vụ được giao chủ động triển khai; kinh phí thực hiện "
          "từ nguồn dự toán năm 2026 của Sở Tư pháp."),
        P("2. Đề nghị các cơ quan phối hợp quan tâm phối hợp thực hiện; kết quả gửi về Sở Tư pháp (qua "
          "Phòng Phổ biến, giáo dục pháp luật) trước ngày 30/11/2026 để tổng hợp."),
    ] + _end(["Bộ Tư pháp (b/c);", "UBND tỉnh (b/c);", "Các sở, ban, ngành tỉnh;", "UBND các xã, phường;"],
             "GIÁM ĐỐC", "Nông Văn Thắng"),
    [
        Exp("Treo băng rôn, khẩu hiệu hưởng ứng", ("Sở Tư pháp",),
            ("Sở Văn hóa, Thể thao và Du lịch", "UBND phường Thục Phán", "UBND phường Nùng Trí Cao"),
            "2026-11-15"),
        Exp("Xây dựng chuyên mục, phóng sự về", ("Báo và Phát thanh, Truyền hình Cao Bằng",), ("Sở Tư pháp",),
            "2026-11-30"),
        Exp("Đăng tải tin bài, tài liệu hỏi", ("Văn phòng Sở",),
            ("Phòng Phổ biến, giáo dục pháp luật", "Trung tâm Trợ giúp pháp lý nhà nước"), "2026-11-30"),
        Exp("Tổ chức Lễ mít tinh hưởng ứng", ("Phòng Phổ biến, giáo dục pháp luật",),
            ("Hội đồng phối hợp PBGDPL tỉnh", "Các sở, ban, ngành tỉnh"), "2026-11-09"),
        Exp("Trợ giúp pháp lý lưu động kết hợp", ("Trung tâm Trợ giúp pháp lý nhà nước",),
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "UBND xã Trà Lĩnh", "UBND xã Hạ Lang"), "2026-12-31"),
        Exp("Hướng dẫn các xã, phường tổ chức", ("Phòng Phổ biến, giáo dục pháp luật",),
            ("UBND các xã, phường",), "2026-10-25"),
        Exp("Tổng hợp, báo cáo kết quả hưởng ứng", ("Phòng Phổ biến, giáo dục pháp luật",), (),
            "2026-12-05"),
    ],
)


# ---------------------------------------------------------------- 2. Điện Biên (xã)
PLAN_DB = Plan(
    "dienbien_xa_dtts",
    _head(
        "UBND TỈNH ĐIỆN BIÊN", "ỦY BAN NHÂN DÂN XÃ MƯỜNG NHÉ", "27/KH-UBND",
        "Mường Nhé, ngày 12 tháng 02 năm 2026",
        "Phổ biến, giáo dục pháp luật cho đồng bào dân tộc thiểu số trên địa bàn xã năm 2026", "",
    ) + [
        P("Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;"),
        P("Căn cứ Quyết định số 1521/QĐ-TTg ngày 06/10/2022 của Thủ tướng Chính phủ ban hành Chương trình "
          "hỗ trợ pháp lý liên ngành cho đồng bào dân tộc thiểu số;"),
        P("Căn cứ Kế hoạch số 58/KH-UBND ngày 22/01/2026 của UBND tỉnh Điện Biên về công tác PBGDPL, "
          "hòa giải ở cơ sở, chuẩn tiếp cận pháp luật năm 2026;"),
        P("UBND xã Mường Nhé xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Đưa pháp luật đến gần hơn với đồng bào Mông, Thái, Hà Nhì, Cống, Si La trên địa bàn xã; hạn chế "
          "tình trạng tảo hôn, hôn nhân cận huyết thống, di cư tự do, mua bán người qua biên giới."),
        P("- Hình thức tuyên truyền trực quan, ngắn gọn, sử dụng tiếng dân tộc; phát huy vai trò của người "
          "có uy tín trong cộng đồng."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG NHIỆM VỤ", bold=True),
        T((
            ("Nội dung hoạt động", "Thời gian", "Chủ trì", "Phối hợp", "Ghi chú"),
            ("Tuyên truyền pháp luật về hôn nhân và gia đình, phòng, chống tảo hôn bằng tiếng Mông, tiếng "
             "Thái tại các bản", "Quý II - Quý III/2026", "Công chức Văn phòng - Thống kê",
             "Hội Liên hiệp Phụ nữ xã; Đoàn Thanh niên xã; Trưởng các bản", "Lồng ghép sinh hoạt bản"),
            ("Cung cấp tài liệu song ngữ, tờ gấp pháp luật cho người có uy tín trong đồng bào dân tộc "
             "thiểu số", "Tháng 4/2026", "Công chức Tư pháp - Hộ tịch", "Ban Mặt trận Tổ quốc xã", ""),
            ("Tuyên truyền pháp luật về biên giới quốc gia, phòng, chống mua bán người tại các bản giáp "
             "biên", "Hằng quý", "Đồn Biên phòng Mường Nhé", "Công an xã; Ban Chỉ huy quân sự xã",
             "Đề nghị phối hợp"),
            ("Phổ biến Luật Đất đai và các quy định về giao rừng, khoán bảo vệ rừng cho hộ gia đình",
             "Tháng 6 - tháng 8/2026", "Công chức Nông nghiệp - Môi trường",
             "Hạt Kiểm lâm khu vực Mường Nhé; Trưởng các bản", ""),
            ("Tổ chức trợ giúp pháp lý lưu động cho người dân tộc thiểu số thuộc hộ nghèo", "Quý III/2026",
             "Trung tâm Trợ giúp pháp lý nhà nước tỉnh Điện Biên", "Công chức Tư pháp - Hộ tịch",
             "Theo kế hoạch của Trung tâm"),
            ("Kiện toàn, bồi dưỡng kỹ năng cho tổ hòa giải ở các bản", "Tháng 3/2026",
             "Công chức Tư pháp - Hộ tịch", "Ban Mặt trận Tổ quốc xã; các tổ hòa giải", ""),
        ), widths=(70, 28, 32, 45, 25)),
        P("III. KINH PHÍ", bold=True),
        P("Kinh phí thực hiện từ ngân sách xã năm 2026 và nguồn Chương trình mục tiêu quốc gia phát triển "
          "kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi."),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Công chức Tư pháp - Hộ tịch là đầu mối theo dõi, đôn đốc; tổng hợp báo cáo kết quả về UBND xã "
          "trước ngày 10/12/2026 để báo cáo Sở Tư pháp."),
    ] + _end(["Sở Tư pháp tỉnh Điện Biên;", "TT Đảng ủy, HĐND xã;", "Các ban, ngành, đoàn thể xã;",
              "Các bản;"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Vàng A Dề"),
    [
        Exp("Tuyên truyền pháp luật về hôn nhân", ("Công chức Văn phòng - Thống kê",),
            ("Hội Liên hiệp Phụ nữ xã", "Đoàn Thanh niên xã", "Trưởng các bản"), "2026-09-30"),
        Exp("Cung cấp tài liệu song ngữ, tờ gấp", ("Công chức Tư pháp - Hộ tịch",), ("Ban Mặt trận Tổ quốc xã",),
            "2026-04-30"),
        Exp("Tuyên truyền pháp luật về biên giới", ("Đồn Biên phòng Mường Nhé",),
            ("Công an xã", "Ban Chỉ huy quân sự xã"), "2026-12-31"),
        Exp("Phổ biến Luật Đất đai và các", ("Công chức Nông nghiệp - Môi trường",),
            ("Hạt Kiểm lâm khu vực Mường Nhé", "Trưởng các bản"), "2026-08-31"),
        Exp("Tổ chức trợ giúp pháp lý lưu động", ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh Điện Biên",),
            ("Công chức Tư pháp - Hộ tịch",), "2026-09-30"),
        Exp("Kiện toàn, bồi dưỡng kỹ năng cho", ("Công chức Tư pháp - Hộ tịch",),
            ("Ban Mặt trận Tổ quốc xã", "các tổ hòa giải"), "2026-03-31"),
    ],
)

# ---------------------------------------------------------------- 3. Hà Tĩnh
PLAN_HT = Plan(
    "hatinh_luat_moi",
    _head(
        "UBND TỈNH HÀ TĨNH", "HỘI ĐỒNG PHỐI HỢP PHỔ BIẾN,\nGIÁO DỤC PHÁP LUẬT TỈNH", "08/KH-HĐPH",
        "Hà Tĩnh, ngày 09 tháng 3 năm 2026",
        "Phổ biến các luật, nghị quyết mới được Quốc hội khóa XV thông qua tại Kỳ họp thứ 10",
        "và các luật có hiệu lực từ năm 2026",
    ) + [
        P("Căn cứ Quyết định số 12/QĐ-HĐPH ngày 05/01/2026 của Hội đồng phối hợp PBGDPL Trung ương;"),
        P("Căn cứ Kế hoạch số 44/KH-UBND ngày 19/01/2026 của UBND tỉnh về công tác PBGDPL năm 2026;"),
        P("Hội đồng phối hợp PBGDPL tỉnh ban hành Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Kịp thời đưa nội dung các luật mới đến cán bộ, công chức và Nhân dân; phục vụ triển khai thi "
          "hành hiệu quả ngay từ khi có hiệu lực."),
        P("2. Xác định rõ cơ quan chủ trì, sản phẩm và thời hạn hoàn thành đối với từng nhiệm vụ."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        T((
            ("STT", "Nội dung nhiệm vụ", "Đơn vị thực hiện", "", "Thời gian hoàn thành", "Sản phẩm"),
            ("", "", "Chủ trì", "Phối hợp", "", ""),
            ("1", "Tổ chức hội nghị trực tuyến quán triệt các luật mới cho báo cáo viên pháp luật tỉnh và "
             "xã", "Sở Tư pháp", "Sở Khoa học và Công nghệ, các thành viên Hội đồng", "Tháng 4/2026",
             "Hội nghị"),
            ("2", "Biên soạn đề cương giới thiệu Luật Dữ liệu, Luật Chuyển đổi số và các văn bản hướng dẫn",
             "Sở Khoa học và Công nghệ", "Sở Tư pháp", "Quý II/2026", "Đề cương"),
            ("3", "Phổ biến Luật Thuế thu nhập cá nhân (sửa đổi) cho hộ kinh doanh, doanh nghiệp nhỏ",
             "Thuế tỉnh Hà Tĩnh", "Hiệp hội Doanh nghiệp tỉnh, Liên minh Hợp tác xã tỉnh",
             "Tháng 5 - tháng 7/2026", "Hội nghị, tờ gấp"),
            ("4", "Tuyên truyền Luật Phòng, chống ma túy (sửa đổi) trong trường học",
             "Sở Giáo dục và Đào tạo", "Công an tỉnh, Tỉnh đoàn", "Tháng 9 - tháng 12/2026", "Chuyên đề ngoại khóa"),
            ("5", "Phổ biến các văn bản quy định chi tiết thi hành luật mới ngay sau khi được Chính phủ "
             "ban hành", "Các sở, ban, ngành tỉnh", "Sở Tư pháp", "Sau khi văn bản được ban hành",
             "Tin, bài"),
            ("6", "Cập nhật văn bản luật mới lên Trang thông tin phổ biến, giáo dục pháp luật tỉnh",
             "Sở Tư pháp", "", "Thường xuyên", "Tin, bài"),
            ("7", "Tổ chức phổ biến luật mới cho cán bộ, công chức cấp xã và người dân",
             "UBND các xã, phường", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Quý II, III/2026",
             "Báo cáo kết quả"),
        ), widths=(10, 60, 28, 40, 27, 25)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Các thành viên Hội đồng chỉ đạo cơ quan, đơn vị mình triển khai Kế hoạch; báo cáo kết quả "
          "(lồng ghép trong báo cáo công tác PBGDPL năm 2026) gửi Sở Tư pháp trước ngày 15/11/2026."),
        P("2. Sở Tư pháp - Cơ quan thường trực Hội đồng theo dõi, đôn đốc, tổng hợp báo cáo UBND tỉnh."),
    ] + _end(["Hội đồng PHPBGDPL Trung ương;", "UBND tỉnh;", "Thành viên Hội đồng;", "UBND các xã, phường;"],
             "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nGIÁM ĐỐC SỞ TƯ PHÁP", "Trần Thị Hạnh"),
    [
        Exp("Tổ chức hội nghị trực tuyến quán triệt", ("Sở Tư pháp",),
            ("Sở Khoa học và Công nghệ", "các thành viên Hội đồng"), "2026-04-30"),
        Exp("Biên soạn đề cương giới thiệu Luật", ("Sở Khoa học và Công nghệ",), ("Sở Tư pháp",), "2026-06-30"),
        Exp("Phổ biến Luật Thuế thu nhập cá nhân", ("Thuế tỉnh Hà Tĩnh",),
            ("Hiệp hội Doanh nghiệp tỉnh", "Liên minh Hợp tác xã tỉnh"), "2026-07-31"),
        Exp("Tuyên truyền Luật Phòng, chống ma túy", ("Sở Giáo dục và Đào tạo",), ("Công an tỉnh", "Tỉnh đoàn"),
            "2026-12-31"),
        Exp("Phổ biến các văn bản quy định chi tiết", ("Các sở, ban, ngành tỉnh",), ("Sở Tư pháp",),
            "2026-12-31", on_request=True),
        Exp("Cập nhật văn bản luật mới lên", ("Sở Tư pháp",), (), "2026-12-31"),
        Exp("Tổ chức phổ biến luật mới cho", ("UBND các xã, phường",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",), "2026-09-30"),
    ],
)


# ---------------------------------------------------------------- 4. Gia Lai
PLAN_GL = Plan(
    "gialai_nong_dan",
    _head(
        "UBND TỈNH GIA LAI", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "215/KH-SNNMT",
        "Gia Lai, ngày 26 tháng 01 năm 2026",
        "Phổ biến, giáo dục pháp luật về nông nghiệp, tài nguyên và môi trường năm 2026", "",
    ) + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012;"),
        P("Căn cứ Kế hoạch số 171/KH-UBND ngày 14/01/2026 của UBND tỉnh Gia Lai về công tác phổ biến, "
          "giáo dục pháp luật năm 2026;"),
        P("Sở Nông nghiệp và Môi trường xây dựng Kế hoạch thực hiện như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Nâng cao hiểu biết pháp luật của nông dân, hợp tác xã, doanh nghiệp về đất đai, trồng trọt, "
          "chăn nuôi, bảo vệ môi trường và truy xuất nguồn gốc nông sản; đảm bảo tiết kiệm, hiệu quả."),
        P("II. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True),
        T((
            ("STT", "Nhiệm vụ", "Thời gian", "Đơn vị chủ trì", "Đơn vị phối hợp", "Kinh phí"),
            ("1", "Phổ biến pháp luật cho nông dân, hợp tác xã", "", "", "", ""),
            ("1.1", "Tổ chức hội nghị phổ biến Luật Trồng trọt, Luật Chăn nuôi và quy định về mã số vùng "
             "trồng cho hộ trồng cà phê, hồ tiêu", "Quý II/2026", "Chi cục Trồng trọt và Bảo vệ thực vật",
             "Chi cục Chăn nuôi và Thú y, Hội Nông dân tỉnh, UBND các xã có vùng trồng", "Ngân sách tỉnh"),
            ("1.2", "Tuyên truyền quy định chống khai thác hải sản bất hợp pháp (IUU) cho ngư dân vùng biển "
             "Quy Nhơn", "Hằng tháng", "Chi cục Thủy sản và Biển đảo",
             "Bộ Chỉ huy Bộ đội Biên phòng tỉnh, UBND các phường ven biển", "Ngân sách tỉnh"),
            ("1.3", "Phổ biến Luật Hợp tác xã, chính sách hỗ trợ liên kết sản xuất, tiêu thụ nông sản",
             "Tháng 5, 6/2026", "Chi cục Phát triển nông thôn", "Liên minh Hợp tác xã tỉnh", "Lồng ghép"),
            ("2", "Phổ biến pháp luật về tài nguyên, môi trường", "", "", "", ""),
            ("2.1", "Phổ biến Luật Đất đai năm 2024 (sửa đổi, bổ sung năm 2025) và các nghị định hướng dẫn "
             "cho công chức địa chính cấp xã", "Tháng 3 - tháng 4/2026", "Văn phòng Đăng ký đất đai",
             "Phòng Quản lý đất đai, UBND các xã, phường", "Ngân sách tỉnh"),
            ("2.2", "Tuyên truyền Luật Bảo vệ môi trường, phân loại chất thải rắn sinh hoạt tại nguồn",
             "Nhân Ngày Môi trường thế giới (05/6/2026)", "Chi cục Bảo vệ môi trường",
             "Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh", "Xã hội hóa"),
            ("3", "Đánh giá, báo cáo", "", "", "", ""),
            ("3.1", "Tổng hợp, đánh giá kết quả công tác phổ biến, giáo dục pháp luật năm 2026 của Sở",
             "Trước ngày 20/11/2026", "Văn phòng Sở", "Các chi cục, đơn vị thuộc Sở", ""),
        ), widths=(12, 65, 28, 35, 45, 20)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Văn phòng Sở là đầu mối hướng dẫn, theo dõi việc thực hiện Kế hoạch."),
        P("2. Thủ trưởng các phòng, chi cục, đơn vị thuộc Sở có trách nhiệm triển khai nhiệm vụ được giao; "
          "gửi báo cáo về Văn phòng Sở trước ngày 10/11/2026."),
    ] + _end(["Sở Tư pháp;", "Giám đốc, các Phó Giám đốc Sở;", "Các phòng, chi cục, đơn vị thuộc Sở;"],
             "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Rah Lan Chung"),
    [
        Exp("Tổ chức hội nghị phổ biến Luật Trồng trọt", ("Chi cục Trồng trọt và Bảo vệ thực vật",),
            ("Chi cục Chăn nuôi và Thú y", "Hội Nông dân tỉnh", "UBND các xã có vùng trồng"), "2026-06-30"),
        Exp("Tuyên truyền quy định chống khai thác hải sản", ("Chi cục Thủy sản và Biển đảo",),
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "UBND các phường ven biển"), "2026-12-31"),
        Exp("Phổ biến Luật Hợp tác xã, chính sách", ("Chi cục Phát triển nông thôn",),
            ("Liên minh Hợp tác xã tỉnh",), "2026-06-30"),
        Exp("Phổ biến Luật Đất đai năm 2024", ("Văn phòng Đăng ký đất đai",),
            ("Phòng Quản lý đất đai", "UBND các xã, phường"), "2026-04-30"),
        Exp("Tuyên truyền Luật Bảo vệ môi trường, phân loại", ("Chi cục Bảo vệ môi trường",),
            ("Tỉnh đoàn", "Hội Liên hiệp Phụ nữ tỉnh"), "2026-06-05"),
        Exp("Tổng hợp, đánh giá kết quả công tác", ("Văn phòng Sở",), ("Các chi cục, đơn vị thuộc Sở",),
            "2026-11-20"),
    ],
)

# ---------------------------------------------------------------- 5. Cà Mau (trường THPT)
PLAN_CM = Plan(
    "camau_truong_thpt",
    _head(
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO CÀ MAU", "TRƯỜNG THPT HỒ THỊ KỶ", "46/KH-THPTHTK",
        "Thới Bình, ngày 08 tháng 9 năm 2026",
        "Phổ biến, giáo dục pháp luật năm học 2026 - 2027", "",
    ) + [
        P("Căn cứ Thông tư số 24/2025/TT-BGDĐT ngày 10/10/2025 của Bộ Giáo dục và Đào tạo;"),
        P("Căn cứ Công văn số 2380/SGDĐT-CTTT ngày 28/8/2026 của Sở GDĐT về hướng dẫn công tác phổ biến, "
          "giáo dục pháp luật năm học 2026 - 2027;"),
        P("Trường THPT Hồ Thị Kỷ xây dựng kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Giúp học sinh hiểu và chấp hành pháp luật về an toàn giao thông, phòng, chống bạo lực học "
          "đường, an ninh mạng, phòng, chống ma túy và thuốc lá điện tử."),
        P("- Lồng ghép vào tiết sinh hoạt dưới cờ, hoạt động trải nghiệm; không gây quá tải cho học sinh."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG", bold=True),
        T((
            ("STT", "Nội dung công việc", "Người thực hiện", "Người phối hợp", "Thời gian"),
            ("1", "Thành lập Tổ phổ biến pháp luật của trường, phân công thành viên phụ trách",
             "Hiệu trưởng", "Phó Hiệu trưởng phụ trách hoạt động giáo dục", "Tháng 9/2026"),
            ("2", "Tuyên truyền Luật Trật tự, an toàn giao thông đường bộ trong tiết sinh hoạt dưới cờ",
             "Bí thư Đoàn trường", "Giáo viên chủ nhiệm\nCông an xã Thới Bình", "Tháng 9, tháng 10/2026"),
            ("3", "Tổ chức ngoại khóa \"Học sinh với Luật An ninh mạng\" cho khối 10, 11",
             "Tổ trưởng Tổ Giáo dục công dân", "Tổ Tin học, Đoàn trường", "Tháng 11/2026"),
            ("4", "Bổ sung sách, tài liệu pháp luật cho Tủ sách pháp luật của thư viện",
             "Nhân viên thư viện", "Kế toán", "Tháng 10/2026 - tháng 01/2027"),
            ("5", "Hưởng ứng Ngày Pháp luật Việt Nam 09/11: thi vẽ tranh, viết bài tìm hiểu pháp luật",
             "Bí thư Đoàn trường", "Giáo viên chủ nhiệm, Tổ Ngữ văn, Tổ Giáo dục công dân",
             "Từ 20/10 đến 09/11/2026"),
            ("6", "Phòng, chống ma túy, thuốc lá điện tử trong học đường: nói chuyện chuyên đề",
             "Phó Hiệu trưởng phụ trách hoạt động giáo dục", "Công an tỉnh Cà Mau; Trạm Y tế xã Thới Bình",
             "Tháng 3/2027"),
            ("7", "Sơ kết, tổng kết công tác phổ biến, giáo dục pháp luật, báo cáo Sở GDĐT",
             "Thư ký Hội đồng trường", "", "Trước ngày 25/5/2027"),
        ), widths=(10, 75, 35, 45, 30)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các tổ chuyên môn, giáo viên chủ nhiệm, Đoàn trường căn cứ Kế hoạch triển khai; kinh phí chi từ "
          "nguồn kinh phí hoạt động thường xuyên của nhà trường."),
    ] + _end(["Sở GDĐT (b/c);", "Các tổ chuyên môn;", "Đoàn trường;", "Website trường;"],
             "HIỆU TRƯỞNG", "Lê Hoàng Phong"),
    [
        Exp("Thành lập Tổ phổ biến pháp luật của", ("Hiệu trưởng",),
            ("Phó Hiệu trưởng phụ trách hoạt động giáo dục",), "2026-09-30"),
        Exp("Tuyên truyền Luật Trật tự, an toàn", ("Bí thư Đoàn trường",),
            ("Giáo viên chủ nhiệm", "Công an xã Thới Bình"), "2026-10-31"),
        Exp("Tổ chức ngoại khóa \"Học sinh với Luật", ("Tổ trưởng Tổ Giáo dục công dân",),
            ("Tổ Tin học", "Đoàn trường"), "2026-11-30"),
        Exp("Bổ sung sách, tài liệu pháp luật", ("Nhân viên thư viện",), ("Kế toán",), "2027-01-31"),
        Exp("Hưởng ứng Ngày Pháp luật Việt Nam", ("Bí thư Đoàn trường",),
            ("Giáo viên chủ nhiệm", "Tổ Ngữ văn", "Tổ Giáo dục công dân"), "2026-11-09"),
        Exp("Phòng, chống ma túy, thuốc lá", ("Phó Hiệu trưởng phụ trách hoạt động giáo dục",),
            ("Công an tỉnh Cà Mau", "Trạm Y tế xã Thới Bình"), "2027-03-31"),
        Exp("Sơ kết, tổng kết công tác phổ", ("Thư ký Hội đồng trường",), (), "2027-05-25"),
    ],
)


# ---------------------------------------------------------------- 6. Lai Châu (phường) - hòa giải
PLAN_LC = Plan(
    "laichau_phuong_hoa_giai",
    _head(
        "UBND PHƯỜNG TÂN PHONG", "", "19/KH-UBND", "Tân Phong, ngày 03 tháng 02 năm 2026",
        "Thực hiện công tác hòa giải ở cơ sở trên địa bàn phường năm 2026", "",
    ) + [
        P("Căn cứ Luật Hòa giải ở cơ sở ngày 20 tháng 6 năm 2013;"),
        P("Căn cứ Nghị định số 15/2014/NĐ-CP ngày 27/02/2014 của Chính phủ quy định chi tiết một số điều và "
          "biện pháp thi hành Luật Hòa giải ở cơ sở;"),
        P("Căn cứ Kế hoạch số 35/KH-UBND ngày 16/01/2026 của UBND tỉnh Lai Châu;"),
        P("UBND phường Tân Phong ban hành Kế hoạch thực hiện công tác hòa giải ở cơ sở năm 2026, cụ thể:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Giải quyết kịp thời mâu thuẫn, tranh chấp nhỏ tại khu dân cư, góp phần giữ gìn đoàn kết, hạn chế "
          "khiếu kiện vượt cấp; nâng cao tỷ lệ hòa giải thành."),
        P("II. NỘI DUNG", bold=True),
        P("1. Rà soát, kiện toàn tổ chức, hòa giải viên ở các tổ dân phố, bản"),
        P("Cơ quan thực hiện: Công chức Tư pháp - Hộ tịch phường."),
        P("Phối hợp: Ủy ban Mặt trận Tổ quốc Việt Nam phường; Trưởng các tổ dân phố, bản."),
        P("Thời gian thực hiện: Quý I/2026."),
        P("2. Tập huấn, bồi dưỡng kiến thức pháp luật và kỹ năng hòa giải cho hòa giải viên"),
        P("Cơ quan thực hiện: Phòng Văn hóa - Xã hội."),
        P("Phối hợp: Sở Tư pháp tỉnh Lai Châu, Trung tâm Trợ giúp pháp lý nhà nước tỉnh."),
        P("Thời gian thực hiện: Tháng 4 - tháng 5/2026."),
        P("3. Cung cấp tài liệu, sổ theo dõi hoạt động hòa giải cho các tổ hòa giải"),
        P("Cơ quan thực hiện: Văn phòng HĐND và UBND phường."),
        P("Thời gian thực hiện: Trong năm 2026."),
        P("4. Tổ chức hòa giải các vụ, việc mâu thuẫn, tranh chấp phát sinh tại cộng đồng"),
        P("Cơ quan thực hiện: Các tổ hòa giải ở cơ sở."),
        P("Phối hợp: Công an phường, Ban công tác Mặt trận các tổ dân phố, bản."),
        P("Thời gian thực hiện: Khi có vụ, việc phát sinh hoặc theo yêu cầu của các bên."),
        P("5. Thí điểm ứng dụng nhóm Zalo \"Hòa giải viên phường Tân Phong\" để trao đổi nghiệp vụ"),
        P("Cơ quan thực hiện: Công chức Tư pháp - Hộ tịch phường."),
        P("Phối hợp: Trung tâm Phục vụ hành chính công phường."),
        P("Thời gian thực hiện: Từ tháng 6/2026."),
        P("6. Chi trả thù lao cho hòa giải viên theo vụ, việc và hỗ trợ hòa giải viên gặp tai nạn"),
        P("Cơ quan thực hiện: Phòng Kinh tế, Hạ tầng và Đô thị."),
        P("Phối hợp: Công chức Tư pháp - Hộ tịch phường."),
        P("Thời gian thực hiện: Hằng quý."),
        P("7. Tổng hợp, báo cáo kết quả công tác hòa giải ở cơ sở năm 2026"),
        P("Cơ quan thực hiện: Công chức Tư pháp - Hộ tịch phường."),
        P("Thời gian thực hiện: Trước ngày 30/11/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường phối hợp giám sát hoạt động hòa giải. Các tổ "
          "hòa giải báo cáo kết quả 6 tháng trước ngày 10/6/2026 và cả năm trước ngày 10/11/2026 về UBND "
          "phường (qua công chức Tư pháp - Hộ tịch)."),
    ] + _end(["Sở Tư pháp tỉnh Lai Châu;", "TT Đảng ủy, HĐND phường;", "UBMTTQ Việt Nam phường;",
              "Các tổ dân phố, bản;"], "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Tẩn Văn Pao"),
    [
        Exp("Rà soát, kiện toàn tổ chức, hòa giải", ("Công chức Tư pháp - Hộ tịch phường",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam phường", "Trưởng các tổ dân phố, bản"), "2026-03-31"),
        Exp("Tập huấn, bồi dưỡng kiến thức pháp luật", ("Phòng Văn hóa - Xã hội",),
            ("Sở Tư pháp tỉnh Lai Châu", "Trung tâm Trợ giúp pháp lý nhà nước tỉnh"), "2026-05-31"),
        Exp("Cung cấp tài liệu, sổ theo dõi", ("Văn phòng HĐND và UBND phường",), (), "2026-12-31"),
        Exp("Tổ chức hòa giải các vụ, việc", ("Các tổ hòa giải ở cơ sở",),
            ("Công an phường", "Ban công tác Mặt trận các tổ dân phố, bản"), "2026-12-31", on_request=True),
        Exp("Thí điểm ứng dụng nhóm Zalo", ("Công chức Tư pháp - Hộ tịch phường",),
            ("Trung tâm Phục vụ hành chính công phường",), "2026-12-31"),
        Exp("Chi trả thù lao cho hòa giải viên", ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Công chức Tư pháp - Hộ tịch phường",), "2026-12-31"),
        Exp("Tổng hợp, báo cáo kết quả công tác hòa giải", ("Công chức Tư pháp - Hộ tịch phường",), (),
            "2026-11-30"),
    ],
)

# ---------------------------------------------------------------- 7. Sơn La - tiếp cận pháp luật
PLAN_SL = Plan(
    "sonla_tiep_can_phap_luat",
    _head(
        "UBND TỈNH SƠN LA", "SỞ TƯ PHÁP", "87/KH-STP", "Sơn La, ngày 24 tháng 02 năm 2026",
        "Triển khai đánh giá, công nhận xã, phường đạt chuẩn tiếp cận pháp luật năm 2026", "",
    ) + [
        P("Căn cứ Quyết định số 25/2021/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ quy định về xã, "
          "phường, thị trấn đạt chuẩn tiếp cận pháp luật;"),
        P("Căn cứ Thông tư số 09/2021/TT-BTP ngày 15/11/2021 của Bộ Tư pháp;"),
        P("Căn cứ Quyết định số 204/QĐ-UBND ngày 30/01/2026 của UBND tỉnh Sơn La,"),
        P("Sở Tư pháp xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Bảo đảm việc đánh giá, công nhận chuẩn tiếp cận pháp luật thực chất, khách quan, phù hợp với mô "
          "hình chính quyền địa phương hai cấp; gắn với xây dựng nông thôn mới."),
        P("II. NHIỆM VỤ", bold=True),
        P("1. Hướng dẫn, tập huấn nghiệp vụ", bold=True),
        P("a) Biên soạn tài liệu hướng dẫn chấm điểm các tiêu chí chuẩn tiếp cận pháp luật áp dụng cho cấp "
          "xã sau sắp xếp. Giao Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật chủ trì, "
          "phối hợp với Văn phòng Sở thực hiện. Thời hạn: tháng 3/2026."),
        P("b) Tổ chức 04 lớp tập huấn theo cụm xã cho công chức Tư pháp - Hộ tịch: Phòng Phổ biến, giáo dục "
          "pháp luật và Theo dõi thi hành pháp luật chủ trì; Trung tâm Trợ giúp pháp lý nhà nước và Hội "
          "Luật gia tỉnh phối hợp. Thời hạn: quý II/2026."),
        P("2. Kiểm tra, hỗ trợ các xã khó khăn", bold=True),
        P("a) Giao Thanh tra Sở chủ trì, phối hợp với Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi "
          "hành pháp luật kiểm tra việc thực hiện tiêu chí tại 10 xã vùng cao, biên giới (Mường Lèo, Sốp "
          "Cộp, Chiềng Khương, Phiêng Khoài...). Thời hạn: tháng 7 - tháng 9/2026."),
        P("b) Đề nghị UBND các xã, phường chủ động tự đánh giá, chấm điểm, hoàn thiện hồ sơ đề nghị công "
          "nhận, gửi Sở Tư pháp. Thời hạn: trước ngày 15/11/2026."),
        P("3. Thẩm định và đề xuất công nhận", bold=True),
        P("a) Giao Hội đồng đánh giá chuẩn tiếp cận pháp luật tỉnh (Sở Tư pháp là cơ quan thường trực) "
          "thẩm định hồ sơ, trình Chủ tịch UBND tỉnh xem xét, quyết định công nhận. Thời hạn: tháng 12/2026."),
        P("b) Giao Văn phòng Sở chủ trì, phối hợp với Sở Tài chính đề xuất kinh phí khen thưởng cho xã, "
          "phường đạt chuẩn tiếp cận pháp luật tiêu biểu. Thời hạn: khi có quyết định công nhận của UBND "
          "tỉnh."),
        P("4. Số hóa hồ sơ đánh giá", bold=True),
        P("Giao Trung tâm Trợ giúp pháp lý nhà nước chủ trì, phối hợp với Sở Khoa học và Công nghệ, VNPT Sơn "
          "La xây dựng phần mềm tiếp nhận hồ sơ đánh giá chuẩn tiếp cận pháp luật trực tuyến, thí điểm tại "
          "phường Tô Hiệu và phường Chiềng An. Thời hạn: quý III, IV/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các phòng, đơn vị thuộc Sở triển khai nhiệm vụ được giao; báo cáo tiến độ về Văn phòng Sở hằng "
          "quý (trước ngày 15 tháng cuối quý) để tổng hợp, báo cáo Giám đốc Sở."),
    ] + _end(["Bộ Tư pháp (b/c);", "UBND tỉnh (b/c);", "UBND các xã, phường;", "Các phòng, đơn vị thuộc Sở;"],
             "GIÁM ĐỐC", "Lò Văn Mừng"),
    [
        Exp("Biên soạn tài liệu hướng dẫn chấm điểm",
            ("Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật",), ("Văn phòng Sở",),
            "2026-03-31"),
        Exp("Tổ chức 04 lớp tập huấn theo cụm",
            ("Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật",),
            ("Trung tâm Trợ giúp pháp lý nhà nước", "Hội Luật gia tỉnh"), "2026-06-30"),
        Exp("Giao Thanh tra Sở chủ trì, phối", ("Thanh tra Sở",),
            ("Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật",), "2026-09-30"),
        Exp("Đề nghị UBND các xã, phường chủ động", ("UBND các xã, phường",), (), "2026-11-15"),
        Exp("Giao Hội đồng đánh giá chuẩn tiếp cận", ("Hội đồng đánh giá chuẩn tiếp cận pháp luật tỉnh",), (),
            "2026-12-31"),
        Exp("Giao Văn phòng Sở chủ trì, phối", ("Văn phòng Sở",), ("Sở Tài chính",), "2026-12-31",
            on_request=True),
        Exp("Số hóa hồ sơ đánh giá", ("Trung tâm Trợ giúp pháp lý nhà nước",),
            ("Sở Khoa học và Công nghệ", "VNPT Sơn La"), "2026-12-31"),
    ],
)


# ---------------------------------------------------------------- 8. Quảng Trị - cuộc thi
PLAN_QT = Plan(
    "quangtri_cuoc_thi_hoc_sinh",
    _head(
        "UBND TỈNH QUẢNG TRỊ", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "1032/KH-SGDĐT", "Quảng Trị, ngày 15 tháng 4 năm 2026",
        "Tổ chức Cuộc thi \"Học sinh Quảng Trị tìm hiểu pháp luật\" năm 2026", "",
    ) + [
        P("Căn cứ Luật Giáo dục năm 2019;"),
        P("Căn cứ Kế hoạch số 120/KH-UBND ngày 03/02/2026 của UBND tỉnh Quảng Trị về công tác PBGDPL năm "
          "2026;"),
        P("Sở Giáo dục và Đào tạo ban hành Kế hoạch tổ chức Cuộc thi như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Khơi dậy niềm say mê tìm hiểu pháp luật trong học sinh trung học; cuộc thi được tổ chức trực "
          "tuyến kết hợp vòng chung kết trực tiếp, bảo đảm công khai, công bằng."),
        P("II. ĐỐI TƯỢNG, NỘI DUNG, HÌNH THỨC", bold=True),
        P("Học sinh THCS, THPT trên địa bàn tỉnh; nội dung gồm Hiến pháp, Luật Trẻ em, Luật Trật tự, an "
          "toàn giao thông đường bộ, Luật An ninh mạng và kiến thức về chuyển đổi số."),
        P("III. CÁC NHIỆM VỤ", bold=True),
        P("- Ban hành Thể lệ Cuộc thi và thành lập Ban Tổ chức, Ban Giám khảo. Chủ trì thực hiện: Phòng "
          "Giáo dục trung học; phối hợp: Phòng Chính trị, tư tưởng và Công tác học sinh, Sở Tư pháp; tiến "
          "độ: tháng 5/2026."),
        P("- Xây dựng phần mềm thi trắc nghiệm trực tuyến và ngân hàng câu hỏi. Chủ trì thực hiện: Trung "
          "tâm Công nghệ thông tin và Ngoại ngữ - Tin học; phối hợp: Viettel Quảng Trị, VNPT Quảng Trị; tiến "
          "độ: tháng 6 đến tháng 8/2026."),
        P("- Tổ chức vòng sơ khảo trực tuyến tại các trường. Chủ trì thực hiện: Hiệu trưởng các trường "
          "THCS, THPT; phối hợp: UBND các xã, phường; tiến độ: từ 15/9/2026 đến 15/10/2026."),
        P("- Tuyên truyền về Cuộc thi trên Báo và Phát thanh, Truyền hình Quảng Trị. Chủ trì thực hiện: "
          "Văn phòng Sở; phối hợp: Báo và Phát thanh, Truyền hình Quảng Trị; tiến độ: suốt thời gian diễn "
          "ra Cuộc thi (từ tháng 5 đến tháng 11/2026)."),
        P("- Tổ chức vòng chung kết và lễ trao giải nhân Ngày Pháp luật. Chủ trì thực hiện: Ban Tổ chức Cuộc "
          "thi; phối hợp: Sở Tư pháp, Tỉnh đoàn Quảng Trị; tiến độ: ngày 07/11/2026."),
        P("- Bảo đảm kinh phí tổ chức Cuộc thi. Chủ trì thực hiện: Phòng Kế hoạch - Tài chính; phối hợp: Sở "
          "Tài chính; tiến độ: theo đề nghị của Ban Tổ chức Cuộc thi."),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các phòng thuộc Sở, các cơ sở giáo dục triển khai theo Kế hoạch; báo cáo kết quả vòng sơ khảo về "
          "Sở (qua Phòng Giáo dục trung học) trước ngày 20/10/2026."),
    ] + _end(["UBND tỉnh (b/c);", "Sở Tư pháp;", "Tỉnh đoàn;", "Các trường THCS, THPT;"],
             "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Hoàng Thị Thu Hiền"),
    [
        Exp("Ban hành Thể lệ Cuộc thi và thành lập", ("Phòng Giáo dục trung học",),
            ("Phòng Chính trị, tư tưởng và Công tác học sinh", "Sở Tư pháp"), "2026-05-31"),
        Exp("Xây dựng phần mềm thi trắc nghiệm", ("Trung tâm Công nghệ thông tin và Ngoại ngữ - Tin học",),
            ("Viettel Quảng Trị", "VNPT Quảng Trị"), "2026-08-31"),
        Exp("Tổ chức vòng sơ khảo trực tuyến", ("Hiệu trưởng các trường THCS, THPT",),
            ("UBND các xã, phường",), "2026-10-15"),
        Exp("Tuyên truyền về Cuộc thi trên Báo", ("Văn phòng Sở",),
            ("Báo và Phát thanh, Truyền hình Quảng Trị",), "2026-11-30"),
        Exp("Tổ chức vòng chung kết và lễ", ("Ban Tổ chức Cuộc thi",), ("Sở Tư pháp", "Tỉnh đoàn Quảng Trị"),
            "2026-11-07"),
        Exp("Bảo đảm kinh phí tổ chức Cuộc thi", ("Phòng Kế hoạch - Tài chính",), ("Sở Tài chính",),
            "2026-12-31", on_request=True),
    ],
)


# ---------------------------------------------------------------- 9. An Giang (xã) - tủ sách, chuyển đổi số
PLAN_AG = Plan(
    "angiang_xa_tu_sach_cds",
    _head(
        "ỦY BAN NHÂN DÂN\nXÃ VĨNH HẬU", "", "54/KH-UBND", "Vĩnh Hậu, ngày 18 tháng 3 năm 2026",
        "Xây dựng Tủ sách pháp luật và ứng dụng chuyển đổi số trong phổ biến, giáo dục pháp luật",
        "năm 2026",
    ) + [
        P("Căn cứ Quyết định số 14/2019/QĐ-TTg ngày 13/3/2019 của Thủ tướng Chính phủ về xây dựng, quản lý, "
          "khai thác Tủ sách pháp luật;"),
        P("Căn cứ Quyết định số 1004/QĐ-UBND ngày 20/5/2025 của UBND tỉnh An Giang phê duyệt Đề án chuyển "
          "đổi số trong công tác PBGDPL;"),
        P("UBND xã Vĩnh Hậu xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Duy trì Tủ sách pháp luật tại trụ sở UBND xã và các ấp; từng bước số hóa tài liệu pháp luật, giúp "
          "người dân tra cứu trên điện thoại thông minh; phù hợp điều kiện vùng biên giới."),
        P("II. NỘI DUNG THỰC HIỆN", bold=True),
        P("1. Rà soát, bổ sung Tủ sách pháp luật", bold=True),
        P("- Giao công chức Văn hóa - Xã hội chủ trì rà soát, thanh lý sách hết hiệu lực, bổ sung tài liệu "
          "về đất đai, hôn nhân, lao động đi làm việc ở nước ngoài; phối hợp Văn phòng HĐND và UBND xã. "
          "Thời gian: quý II/2026."),
        P("- Đề nghị Bưu điện Văn hóa xã Vĩnh Hậu phối hợp luân chuyển sách pháp luật đến các điểm sinh "
          "hoạt cộng đồng tại ấp Vĩnh Hòa, ấp Vĩnh Thạnh. Thời gian: hằng tháng."),
        P("2. Số hóa Tủ sách pháp luật", bold=True),
        P("- Công chức Tư pháp - Hộ tịch chủ trì lập danh mục tài liệu, tạo mã QR tra cứu văn bản pháp luật "
          "dán tại Bộ phận Một cửa và nhà văn hóa các ấp; Tổ công nghệ số cộng đồng xã phối hợp. Thời gian: "
          "tháng 4 - tháng 6/2026."),
        P("- Trưởng các ấp có trách nhiệm hướng dẫn người dân quét mã QR, tra cứu Cổng Pháp luật quốc gia "
          "khi sinh hoạt ấp. Thời gian: thường xuyên."),
        P("3. Tuyên truyền trên mạng xã hội và hệ thống loa", bold=True),
        P("Giao Đài Truyền thanh xã (bộ phận thông tin cơ sở) chủ trì, phối hợp với Đoàn Thanh niên Cộng "
          "sản Hồ Chí Minh xã đăng tải video ngắn về pháp luật trên Trang thông tin điện tử, Fanpage, Zalo "
          "OA của xã; phát thanh 02 buổi/tuần. Thời gian: cả năm 2026."),
        P("4. Đánh giá hiệu quả khai thác Tủ sách pháp luật", bold=True),
        P("Giao Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội chủ trì đánh giá; công chức Tư pháp - Hộ "
          "tịch, công chức Văn hóa - Xã hội tham mưu. Thời gian: trước ngày 20/11/2026."),
        P("III. KINH PHÍ", bold=True),
        P("Từ nguồn ngân sách xã năm 2026 và vận động xã hội hóa."),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các bộ phận, ấp triển khai nghiêm túc; báo cáo kết quả về UBND xã (qua công chức Tư pháp - Hộ "
          "tịch) trước ngày 25/11/2026."),
    ] + _end(["Sở Tư pháp tỉnh An Giang;", "TT Đảng ủy, HĐND xã;", "Các ban, ngành, đoàn thể xã;",
              "Trưởng các ấp;"], "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Trần Văn Sang"),
    [
        Exp("Giao công chức Văn hóa - Xã hội chủ trì rà soát", ("công chức Văn hóa - Xã hội",),
            ("Văn phòng HĐND và UBND xã",), "2026-06-30"),
        Exp("Đề nghị Bưu điện Văn hóa xã Vĩnh Hậu", ("Bưu điện Văn hóa xã Vĩnh Hậu",), (), "2026-12-31"),
        Exp("Công chức Tư pháp - Hộ tịch chủ trì lập danh mục", ("Công chức Tư pháp - Hộ tịch",),
            ("Tổ công nghệ số cộng đồng xã",), "2026-06-30"),
        Exp("Trưởng các ấp có trách nhiệm hướng", ("Trưởng các ấp",), (), "2026-12-31"),
        Exp("Tuyên truyền trên mạng xã hội và", ("Đài Truyền thanh xã",),
            ("Đoàn Thanh niên Cộng sản Hồ Chí Minh xã",), "2026-12-31"),
        Exp("Đánh giá hiệu quả khai thác Tủ sách", ("Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội",),
            ("công chức Tư pháp - Hộ tịch", "công chức Văn hóa - Xã hội"), "2026-11-20"),
    ],
)

# ---------------------------------------------------------------- 10. Hưng Yên - Hội Nông dân tỉnh
PLAN_HY = Plan(
    "hungyen_hoi_nong_dan",
    _head(
        "HỘI NÔNG DÂN VIỆT NAM\nBAN THƯỜNG VỤ HỘI NÔNG DÂN TỈNH HƯNG YÊN", "", "36-KH/HNDT",
        "Hưng Yên, ngày 06 tháng 02 năm 2026",
        "Tuyên truyền, phổ biến, giáo dục pháp luật và trợ giúp pháp lý cho hội viên, nông dân năm 2026", "",
    ) + [
        P("Căn cứ Chỉ thị số 32-CT/TW ngày 09/12/2003 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng "
          "trong công tác PBGDPL;"),
        P("Căn cứ Kế hoạch số 12-KH/HNDTW ngày 08/01/2026 của Ban Thường vụ Trung ương Hội Nông dân Việt Nam;"),
        P("Căn cứ Kế hoạch số 29/KH-UBND ngày 15/01/2026 của UBND tỉnh Hưng Yên,"),
        P("Ban Thường vụ Hội Nông dân tỉnh xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Nâng cao hiểu biết pháp luật cho hội viên, nông dân, nhất là về đất đai, an toàn thực phẩm, "
          "hợp đồng liên kết và phòng, chống lừa đảo qua mạng; giảm đơn thư khiếu nại, tố cáo."),
        P("II. NỘI DUNG, NHIỆM VỤ", bold=True),
        P("1. Công tác tuyên truyền, phổ biến pháp luật", bold=True),
        P("1.1. Tổ chức hội nghị báo cáo viên phổ biến các luật mới năm 2026 cho cán bộ Hội cơ sở"),
        P("Ban Tuyên giáo chủ trì; Văn phòng, Trung tâm Hỗ trợ nông dân tỉnh phối hợp. Thời gian: Quý "
          "II/2026."),
        P("1.2. Xây dựng mô hình \"Câu lạc bộ nông dân với pháp luật\" tại các xã Tiên Tiến, Nghĩa Trụ"),
        P("Ban Xây dựng Hội và Kiểm tra chủ trì; Hội Nông dân xã Tiên Tiến, Hội Nông dân xã Nghĩa Trụ phối "
          "hợp. Thời gian: tháng 3 đến tháng 9/2026."),
        P("1.3. Tuyên truyền phòng, chống lừa đảo trên không gian mạng cho nông dân"),
        P("Ban Tuyên giáo chủ trì; Công an tỉnh Hưng Yên (Phòng An ninh mạng và phòng, chống tội phạm sử "
          "dụng công nghệ cao) phối hợp. Thời gian: trong năm."),
        P("2. Trợ giúp pháp lý, tư vấn pháp luật", bold=True),
        P("2.1. Duy trì hoạt động Trung tâm Tư vấn pháp luật Hội Nông dân tỉnh"),
        P("Trung tâm Tư vấn pháp luật Hội Nông dân tỉnh có trách nhiệm tư vấn miễn phí cho hội viên tại trụ "
          "sở và qua đường dây nóng; phối hợp Sở Tư pháp, Đoàn Luật sư tỉnh. Thời gian: thường xuyên."),
        P("2.2. Phối hợp trợ giúp pháp lý lưu động tại các xã ven biển (địa bàn huyện Thái Thụy, Tiền Hải trước đây)"),
        P("Ban Kinh tế - Xã hội chủ trì; Trung tâm Trợ giúp pháp lý nhà nước tỉnh phối hợp. Thời gian: khi "
          "có đề nghị của Hội Nông dân các xã."),
        P("2.3. Tham gia hòa giải các tranh chấp đất đai, hợp đồng liên kết sản xuất"),
        P("Hội Nông dân các xã, phường có trách nhiệm cử cán bộ Hội tham gia tổ hòa giải ở cơ sở; Ban Kinh "
          "tế - Xã hội phối hợp hướng dẫn. Thời gian: năm 2026."),
        P("3. Sơ kết, báo cáo kết quả thực hiện Kế hoạch", bold=True),
        P("Văn phòng Hội chủ trì tổng hợp kết quả thực hiện Kế hoạch, báo cáo Trung ương Hội và UBND tỉnh "
          "trước ngày 30/11/2026; các ban chuyên môn phối hợp."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các ban, đơn vị thuộc Hội Nông dân tỉnh, Hội Nông dân các xã, phường căn cứ Kế hoạch xây dựng kế "
          "hoạch cụ thể; báo cáo 6 tháng trước ngày 10/6/2026, báo cáo năm trước ngày 15/11/2026."),
    ] + _end(["Trung ương Hội NDVN (b/c);", "Thường trực Tỉnh ủy (b/c);", "Sở Tư pháp;",
              "Hội Nông dân các xã, phường;"], "T/M BAN THƯỜNG VỤ\nCHỦ TỊCH", "Đào Văn Khiêm"),
    [
        Exp("Tổ chức hội nghị báo cáo viên phổ biến", ("Ban Tuyên giáo",),
            ("Văn phòng", "Trung tâm Hỗ trợ nông dân tỉnh"), "2026-06-30"),
        Exp("Xây dựng mô hình \"Câu lạc bộ nông dân", ("Ban Xây dựng Hội và Kiểm tra",),
            ("Hội Nông dân xã Tiên Tiến", "Hội Nông dân xã Nghĩa Trụ"), "2026-09-30"),
        Exp("Tuyên truyền phòng, chống lừa đảo trên", ("Ban Tuyên giáo",), ("Công an tỉnh Hưng Yên",),
            "2026-12-31"),
        Exp("Duy trì hoạt động Trung tâm Tư vấn", ("Trung tâm Tư vấn pháp luật Hội Nông dân tỉnh",),
            ("Sở Tư pháp", "Đoàn Luật sư tỉnh"), "2026-12-31"),
        Exp("Phối hợp trợ giúp pháp lý lưu động", ("Ban Kinh tế - Xã hội",),
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh",), "2026-12-31", on_request=True),
        Exp("Tham gia hòa giải các tranh chấp", ("Hội Nông dân các xã, phường",), ("Ban Kinh tế - Xã hội",),
            "2026-12-31"),
        Exp("Sơ kết, báo cáo kết quả thực hiện", ("Văn phòng Hội",), ("các ban chuyên môn",),
            "2026-11-30"),
    ],
)

PLANS: list[Plan] = [PLAN_CB, PLAN_DB, PLAN_HT, PLAN_GL, PLAN_CM, PLAN_LC, PLAN_SL, PLAN_QT, PLAN_AG, PLAN_HY]
