"""Held-out evaluation set 44: ten thematic PBGDPL plans (2026/2027), answers written by hand.

1. UBND tỉnh Quảng Trị, hưởng ứng Ngày Pháp luật 2026: table STT | Nội dung | Chủ trì | Phối hợp | Thời gian,
   roman group rows; units separated by ";"; names with commas; "Trước ngày" and month ranges.
2. UBND xã Tân Phú (Đồng Nai), hòa giải ở cơ sở 2026: bold "1." headings, "- Đơn vị chủ trì:" /
   "- Đơn vị phối hợp:" / "- Thời gian thực hiện:" lines; dash names; an event-triggered item.
3. UBND tỉnh Lào Cai, triển khai Luật Tư pháp người chưa thành niên: roman sections, non-bold "1." items
   with prose assignments ("Giao X chủ trì, phối hợp với Y", "X chủ trì; Y phối hợp", "X có trách nhiệm");
   an item with two "a)"/"b)" assignment blocks; "khi có đề xuất" → on_request.
4. UBND phường Thuận Hóa (Huế), phường đạt chuẩn tiếp cận pháp luật: table without STT, columns
   Nội dung | Thời gian | Chủ trì | Phối hợp | Sản phẩm, with group rows.
5. Sở Tư pháp tỉnh Cà Mau, trợ giúp pháp lý 2026: "1.1." numbering under group items, inline labels
   "Chủ trì thực hiện: …. Phối hợp: …. Thời gian thực hiện: …" in one paragraph; on_request item.
6. UBND xã Cẩm Bình (Hà Tĩnh), Tháng cao điểm PBGDPL (11/2026): "a)" items with "+ Chủ trì:" bullets,
   person as unit, date ranges, single dates.
7. Hội đồng phối hợp PBGDPL tỉnh Gia Lai, năm 2026: bold items with several "-" assignment blocks,
   prose with "thời gian:" inline, event-triggered block.
8. Sở GD&ĐT Thái Nguyên, năm học 2026-2027: table with 2-row header (Đơn vị thực hiện: Chủ trì | Phối hợp),
   Kinh phí column, group rows, deadlines into 2027, name with dash.
9. Sở Nông nghiệp và Môi trường An Giang, phổ biến Luật Địa chất và khoáng sản: dash headings,
   "Cơ quan thực hiện: X chủ trì; Y, Z phối hợp." and "Tiến độ:" lines, person as unit, on_request.
10. UBND phường Hồng Bàng (Hải Phòng), kế hoạch 2027 issued 12/2026: table STT | Nội dung công việc |
   Thời gian hoàn thành | Đơn vị thực hiện ("Chủ trì: …\\nPhối hợp: …" in one cell) | Ghi chú.
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T


def _hdr(up: str, agency: str, number: str, place_date: str, title: str, sub: str = "") -> list[P | T]:
    out: list[P | T] = []
    if up:
        out.append(P(up, center=True))
    out += [
        P(agency, bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True),
        P("Độc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P(f"Số: {number}", center=True),
        P(place_date, center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P(title, bold=True, center=True),
    ]
    if sub:
        out.append(P(sub, center=True))
    return out


def _end(recipients: list[str], role: str, name: str) -> list[P | T]:
    out: list[P | T] = [P("Nơi nhận:", bold=True)]
    out += [P(r) for r in recipients]
    out += [P(role, bold=True, center=True), P("(Đã ký)", center=True), P(name, bold=True, center=True)]
    return out


# ---------------------------------------------------------------- 1. Quảng Trị, Ngày Pháp luật
PLAN_QT = Plan(
    "quangtri_ngay_phap_luat",
    _hdr(
        "",
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ",
        "215/KH-UBND",
        "Quảng Trị, ngày 22 tháng 9 năm 2026",
        "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2026",
    )
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;"),
        P("Căn cứ Nghị định số 28/2013/NĐ-CP ngày 04 tháng 4 năm 2013 của Chính phủ quy định chi tiết một số "
          "điều và biện pháp thi hành Luật Phổ biến, giáo dục pháp luật;"),
        P("Căn cứ Kế hoạch số 2871/KH-BTP ngày 28 tháng 8 năm 2026 của Bộ Tư pháp về tổ chức Ngày Pháp luật "
          "nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2026;"),
        P("Theo đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 412/TTr-STP ngày 15 tháng 9 năm 2026, Ủy ban "
          "nhân dân tỉnh ban hành Kế hoạch tổ chức các hoạt động hưởng ứng Ngày Pháp luật năm 2026 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Tiếp tục tôn vinh Hiến pháp, pháp luật, nâng cao ý thức thượng tôn pháp luật của cán bộ, công "
          "chức, viên chức và Nhân dân trên địa bàn tỉnh sau sắp xếp đơn vị hành chính."),
        P("2. Các hoạt động hưởng ứng được tổ chức thiết thực, tiết kiệm, phù hợp với điều kiện của từng "
          "cơ quan, địa phương; gắn với tuyên truyền các luật mới có hiệu lực năm 2026."),
        P("II. NỘI DUNG, THỜI GIAN VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        T(
            (
                ("STT", "Nội dung hoạt động", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"),
                ("I", "Công tác chỉ đạo, hướng dẫn", "", "", ""),
                ("1", "Ban hành văn bản hướng dẫn các cơ quan, đơn vị, địa phương tổ chức hưởng ứng Ngày "
                 "Pháp luật năm 2026", "Sở Tư pháp", "Các sở, ban, ngành tỉnh", "Tháng 9/2026"),
                ("II", "Các hoạt động hưởng ứng", "", "", ""),
                ("2", "Tổ chức Lễ hưởng ứng Ngày Pháp luật cấp tỉnh gắn với biểu dương điển hình tiên tiến "
                 "trong công tác phổ biến, giáo dục pháp luật", "Sở Tư pháp",
                 "Sở Văn hóa, Thể thao và Du lịch; Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; Báo và Phát thanh, "
                 "Truyền hình Quảng Trị", "Trước ngày 09/11/2026"),
                ("3", "Treo băng rôn, khẩu hiệu, pano, áp phích hưởng ứng Ngày Pháp luật tại trụ sở cơ "
                 "quan và "
                 "nơi công cộng", "Các sở, ban, ngành tỉnh; UBND các xã, phường, đặc khu", "",
                 "Từ ngày 01/11 đến ngày 15/11/2026"),
                ("4", "Mở chuyên trang, chuyên mục tuyên truyền về Ngày Pháp luật và các luật mới",
                 "Báo và Phát thanh, Truyền hình Quảng Trị", "Sở Tư pháp", "Tháng 10 - 11/2026"),
                ("5", "Tổ chức Cuộc thi trực tuyến \"Tìm hiểu pháp luật về chính quyền địa phương hai cấp\"",
                 "Sở Tư pháp", "Sở Khoa học và Công nghệ, Văn phòng UBND tỉnh",
                 "Tháng 10/2026 đến tháng 11/2026"),
                ("6", "Phổ biến pháp luật cho học sinh, sinh viên trong Tuần lễ hưởng ứng Ngày Pháp luật",
                 "Sở Giáo dục và Đào tạo", "Công an tỉnh; Tỉnh đoàn", "Tháng 11/2026"),
                ("III", "Tổng hợp, báo cáo", "", "", ""),
                ("7", "Tổng hợp, báo cáo kết quả hưởng ứng Ngày Pháp luật năm 2026 về Bộ Tư pháp",
                 "Sở Tư pháp", "", "Trước ngày 05/12/2026"),
            ),
            (10, 60, 35, 45, 30),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các xã, phường, đặc khu căn cứ Kế hoạch này "
          "chủ động triển khai; gửi báo cáo kết quả về Sở Tư pháp trước ngày 25/11/2026."),
        P("2. Kinh phí thực hiện từ nguồn ngân sách nhà nước bố trí trong dự toán năm 2026 của cơ quan, "
         "đơn vị."),
        P("3. Giao Sở Tư pháp theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch này."),
    ]
    + _end(["- Bộ Tư pháp (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;",
            "- Các sở, ban, ngành tỉnh;", "- UBND các xã, phường, đặc khu;", "- Lưu: VT, NC."],
           "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hoàng Nam"),
    [
        Exp("Ban hành văn bản hướng dẫn các cơ quan", ("Sở Tư pháp",), ("Các sở, ban, ngành tỉnh",),
            "2026-09-30"),
        Exp("Tổ chức Lễ hưởng ứng Ngày Pháp luật cấp tỉnh", ("Sở Tư pháp",),
            ("Sở Văn hóa, Thể thao và Du lịch", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
             "Báo và Phát thanh, Truyền hình Quảng Trị"), "2026-11-09"),
        Exp("Treo băng rôn, khẩu hiệu, pano", ("Các sở, ban, ngành tỉnh", "UBND các xã, phường, đặc khu"), (),
            "2026-11-15"),
        Exp("Mở chuyên trang, chuyên mục tuyên truyền", ("Báo và Phát thanh, Truyền hình Quảng Trị",),
            ("Sở Tư pháp",), "2026-11-30"),
        Exp("Tổ chức Cuộc thi trực tuyến", ("Sở Tư pháp",), (
            "Sở Khoa học và Công nghệ", "Văn phòng UBND tỉnh"),
            "2026-11-30"),
        Exp("Phổ biến pháp luật cho học sinh, sinh viên", ("Sở Giáo dục và Đào tạo",),
            ("Công an tỉnh", "Tỉnh đoàn"), "2026-11-30"),
        Exp("Tổng hợp, báo cáo kết quả hưởng ứng", ("Sở Tư pháp",), (), "2026-12-05"),
    ],
)

# ---------------------------------------------------------------- 2. Tân Phú, hòa giải ở cơ sở
PLAN_TP = Plan(
    "tanphu_hoa_giai",
    _hdr(
        "",
        "ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ",
        "34/KH-UBND",
        "Tân Phú, ngày 15 tháng 01 năm 2026",
        "Thực hiện công tác hòa giải ở cơ sở trên địa bàn xã năm 2026",
    )
    + [
        P("Căn cứ Luật Hòa giải ở cơ sở ngày 20 tháng 6 năm 2013;"),
        P("Căn cứ Nghị định số 15/2014/NĐ-CP ngày 27 tháng 02 năm 2014 của Chính phủ quy định chi tiết "
         "một số "
          "điều và biện pháp thi hành Luật Hòa giải ở cơ sở;"),
        P("Căn cứ Kế hoạch số 17/KH-UBND ngày 06 tháng 01 năm 2026 của UBND tỉnh Đồng Nai về công tác phổ "
          "biến, giáo dục pháp luật, hòa giải ở cơ sở năm 2026;"),
        P("UBND xã Tân Phú xây dựng Kế hoạch thực hiện công tác hòa giải ở cơ sở năm 2026, cụ thể như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Nâng cao hiệu quả hoạt động của các tổ hòa giải, góp phần giữ gìn an ninh, trật tự, hạn chế vi "
          "phạm pháp luật, giảm khiếu nại, tố cáo vượt cấp."),
        P("- Phân công cụ thể, gắn trách nhiệm của từng bộ phận, cá nhân; bảo đảm tiến độ, chất lượng."),
        P("II. NỘI DUNG THỰC HIỆN", bold=True),
        P("1. Rà soát, kiện toàn tổ hòa giải và hòa giải viên ở các ấp", bold=True),
        P("Rà soát số lượng, chất lượng hòa giải viên; bổ sung người có uy tín, am hiểu pháp luật, phong tục "
          "tập quán; bầu bổ sung tổ trưởng tổ hòa giải còn khuyết."),
        P("- Đơn vị chủ trì: Phòng Văn hóa - Xã hội."),
        P("- Đơn vị phối hợp: Ủy ban MTTQ Việt Nam xã, Trưởng các ấp."),
        P("- Thời gian thực hiện: Quý I/2026."),
        P("2. Tổ chức tập huấn, bồi dưỡng kiến thức pháp luật và kỹ năng hòa giải cho hòa giải "
         "viên", bold=True),
        P("- Đơn vị chủ trì: Phòng Văn hóa - Xã hội."),
        P("- Đơn vị phối hợp: Sở Tư pháp tỉnh Đồng Nai; Trung tâm Trợ giúp pháp lý nhà nước tỉnh."),
        P("- Thời gian thực hiện: Quý II - Quý III/2026."),
        P("3. Thực hiện hòa giải kịp thời các vụ, việc mâu thuẫn, tranh chấp phát sinh tại cộng đồng dân cư",
          bold=True),
        P("- Đơn vị chủ trì: Các tổ hòa giải ở cơ sở."),
        P("- Đơn vị phối hợp: Công an xã, Ban công tác Mặt trận các ấp."),
        P("- Thời gian thực hiện: Thường xuyên."),
        P("4. Chi thù lao, hỗ trợ hòa giải viên theo vụ, việc", bold=True),
        P("Thực hiện theo Nghị quyết số 08/2026/NQ-HĐND của HĐND tỉnh quy định mức chi hỗ trợ công tác hòa "
          "giải ở cơ sở."),
        P("- Đơn vị chủ trì: Phòng Kinh tế."),
        P("- Đơn vị phối hợp: Phòng Văn hóa - Xã hội."),
        P("- Thời gian thực hiện: Sau khi nhận được hồ sơ đề nghị của tổ hòa giải."),
        P("5. Lựa chọn, đề nghị khen thưởng tổ hòa giải, hòa giải viên có thành tích xuất sắc", bold=True),
        P("- Đơn vị chủ trì: Phòng Văn hóa - Xã hội."),
        P("- Đơn vị phối hợp: Ủy ban MTTQ Việt Nam xã."),
        P("- Thời gian thực hiện: Tháng 11/2026."),
        P("6. Thống kê, báo cáo kết quả công tác hòa giải ở cơ sở năm 2026", bold=True),
        P("- Đơn vị chủ trì: Phòng Văn hóa - Xã hội."),
        P("- Thời gian thực hiện: Trước ngày 10/11/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Phòng Văn hóa - Xã hội là đầu mối theo dõi, hướng dẫn, đôn đốc các ấp triển khai Kế hoạch."),
        P("2. Đề nghị Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội phối hợp giám sát hoạt động "
          "hòa giải ở cơ sở."),
        P("3. Trưởng các ấp phối hợp bố trí địa điểm hoạt động cho tổ hòa giải."),
    ]
    + _end(["- UBND tỉnh (b/c);", "- Sở Tư pháp;", "- TT Đảng ủy, TT HĐND xã;", "- Các ấp;", "- Lưu: VT."],
           "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Nguyễn Văn Thắng"),
    [
        Exp("Rà soát, kiện toàn tổ hòa giải", ("Phòng Văn hóa - Xã hội",),
            ("Ủy ban MTTQ Việt Nam xã", "Trưởng các ấp"), "2026-03-31"),
        Exp("Tổ chức tập huấn, bồi dưỡng kiến thức pháp luật", ("Phòng Văn hóa - Xã hội",),
            ("Sở Tư pháp tỉnh Đồng Nai", "Trung tâm Trợ giúp pháp lý nhà nước tỉnh"), "2026-09-30"),
        Exp("Thực hiện hòa giải kịp thời các vụ", ("Các tổ hòa giải ở cơ sở",),
            ("Công an xã", "Ban công tác Mặt trận các ấp"), "2026-12-31"),
        Exp("Chi thù lao, hỗ trợ hòa giải viên", ("Phòng Kinh tế",),
            ("Phòng Văn hóa - Xã hội",), "2026-12-31",
            on_request=True),
        Exp("Lựa chọn, đề nghị khen thưởng tổ hòa giải", ("Phòng Văn hóa - Xã hội",),
            ("Ủy ban MTTQ Việt Nam xã",), "2026-11-30"),
        Exp("Thống kê, báo cáo kết quả công tác hòa giải", ("Phòng Văn hóa - Xã hội",), (), "2026-11-10"),
    ],
)

# ---------------------------------------------------------------- 3. Lào Cai, luật mới
PLAN_LC = Plan(
    "laocai_luat_tu_phap_nctn",
    _hdr(
        "",
        "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI",
        "48/KH-UBND",
        "Lào Cai, ngày 12 tháng 02 năm 2026",
        "Triển khai thi hành Luật Tư pháp người chưa thành niên trên địa bàn tỉnh Lào Cai",
    )
    + [
        P("Căn cứ Luật Tư pháp người chưa thành niên số 59/2024/QH15 ngày 30 tháng 11 năm 2024;"),
        P("Căn cứ Quyết định số 118/QĐ-TTg ngày 14 tháng 01 năm 2025 của Thủ tướng Chính phủ ban hành Kế "
          "hoạch triển khai thi hành Luật Tư pháp người chưa thành niên;"),
        P("Căn cứ Công văn số 356/BTP-PBGDPL ngày 20 tháng 01 năm 2026 của Bộ Tư pháp;"),
        P("Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thi hành Luật như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Xác định cụ thể nội dung công việc, thời hạn, tiến độ hoàn thành và trách nhiệm của các cơ "
         "quan, "
          "đơn vị trong việc triển khai thi hành Luật, bảo đảm kịp thời, đồng bộ, thống nhất."),
        P("2. Chú trọng phổ biến Luật đến người chưa thành niên, gia đình, nhà trường và đồng bào các dân "
          "tộc thiểu số vùng cao, biên giới."),
        P("II. NỘI DUNG", bold=True),
        P("1. Tổ chức hội nghị quán triệt, phổ biến nội dung Luật Tư pháp người chưa thành niên"),
        P("Giao Sở Tư pháp chủ trì, phối hợp với Công an tỉnh và các cơ quan, đơn vị có liên quan tổ "
         "chức hội "
          "nghị trực tiếp kết hợp trực tuyến đến các xã, phường. Thời gian: Quý I/2026."),
        P("2. Biên soạn tài liệu giới thiệu Luật, tờ gấp song ngữ Việt - Mông, Việt - Dao"),
        P("Sở Tư pháp chủ trì; Công an tỉnh, Sở Dân tộc và Tôn giáo phối hợp. Thời gian: tháng 3 - tháng "
          "4/2026."),
        P("3. Rà soát văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành có liên quan đến người chưa "
          "thành niên"),
        P("Giao Sở Tư pháp chủ trì, phối hợp với các sở, ngành rà soát, đề xuất sửa đổi, bổ sung, thay thế "
          "hoặc bãi bỏ văn bản không còn phù hợp. Thời hạn: trước ngày 30/6/2026."),
        P("4. Tập huấn chuyên sâu cho đội ngũ người làm công tác tư pháp người chưa thành niên"),
        P("Công an tỉnh chủ trì, phối hợp với Sở Tư pháp, Sở Y tế tổ chức tập huấn cho điều tra viên, cán bộ "
          "làm công tác bảo vệ trẻ em. Thời gian: Quý II, III/2026."),
        P("5. Truyền thông về Luật trên các phương tiện thông tin đại chúng"),
        P("a) Báo và Phát thanh, Truyền hình Lào Cai mở chuyên mục giới thiệu nội dung cơ bản của Luật, phát "
          "sóng bằng tiếng Việt và tiếng dân tộc thiểu số; thời gian: trong năm 2026."),
        P("b) UBND các xã, phường chủ động tuyên truyền Luật qua hệ thống loa truyền thanh, hội nghị thôn, "
          "bản, tổ dân phố, phù hợp với đặc điểm của từng địa bàn; thời gian: thường xuyên."),
        P("6. Bảo đảm kinh phí triển khai thi hành Luật"),
        P("Sở Tài chính có trách nhiệm tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch khi có đề xuất "
          "của các cơ quan, đơn vị."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các xã, phường có trách nhiệm triển khai Kế hoạch "
          "này; báo cáo kết quả về Sở Tư pháp trước ngày 15/11/2026 để tổng hợp."),
        P("2. Đề nghị Tòa án nhân dân tỉnh, Viện kiểm sát nhân dân tỉnh phối hợp triển khai trong phạm "
         "vi chức "
          "năng, nhiệm vụ."),
        P("3. Giao Sở Tư pháp theo dõi, đôn đốc và báo cáo UBND tỉnh, Bộ Tư pháp theo quy định."),
    ]
    + _end(["- Bộ Tư pháp;", "- TT Tỉnh ủy, HĐND tỉnh;", "- CT, các PCT UBND tỉnh;", "- Như mục III;",
            "- Lưu: VT, NC1."], "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Giàng Thị Dung"),
    [
        Exp("Tổ chức hội nghị quán triệt, phổ biến nội dung", ("Sở Tư pháp",),
            ("Công an tỉnh", "các cơ quan, đơn vị có liên quan"), "2026-03-31"),
        Exp("Biên soạn tài liệu giới thiệu Luật", ("Sở Tư pháp",), ("Công an tỉnh", "Sở Dân tộc và Tôn giáo"),
            "2026-04-30"),
        Exp("Rà soát văn bản quy phạm pháp luật do HĐND", ("Sở Tư pháp",), ("các sở, ngành",), "2026-06-30"),
        Exp("Tập huấn chuyên sâu cho đội ngũ", ("Công an tỉnh",), ("Sở Tư pháp", "Sở Y tế"), "2026-09-30"),
        Exp("Báo và Phát thanh, Truyền hình Lào Cai mở chuyên mục",
            ("Báo và Phát thanh, Truyền hình Lào Cai",),
            (), "2026-12-31"),
        Exp("UBND các xã, phường chủ động tuyên truyền Luật", ("UBND các xã, phường",), (), "2026-12-31"),
        Exp("Bảo đảm kinh phí triển khai thi hành Luật", ("Sở Tài chính",),
            (), "2026-12-31", on_request=True),
    ],
)

# ---------------------------------------------------------------- 4. Thuận Hóa, tiếp cận pháp luật
PLAN_TH = Plan(
    "thuanhoa_tiep_can_phap_luat",
    _hdr(
        "ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ",
        "ỦY BAN NHÂN DÂN PHƯỜNG THUẬN HÓA",
        "27/KH-UBND",
        "Thuận Hóa, ngày 09 tháng 02 năm 2026",
        "Xây dựng, duy trì phường đạt chuẩn tiếp cận pháp luật năm 2026",
    )
    + [
        P("Căn cứ Quyết định số 25/2021/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ quy định về xã, "
         "phường, "
          "thị trấn đạt chuẩn tiếp cận pháp luật;"),
        P("Căn cứ Thông tư số 09/2021/TT-BTP ngày 15/11/2021 của Bộ Tư pháp hướng dẫn thi hành Quyết định số "
          "25/2021/QĐ-TTg;"),
        P("Căn cứ Kế hoạch số 41/KH-UBND ngày 23/01/2026 của UBND thành phố Huế,"),
        P("UBND phường Thuận Hóa ban hành Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Duy trì, nâng cao chất lượng các tiêu chí tiếp cận pháp luật; bảo đảm quyền tiếp cận thông tin, "
          "phổ biến, giáo dục pháp luật của người dân; phấn đấu đạt chuẩn năm 2026 với số điểm cao hơn năm "
          "trước."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        T(
            (
                ("Nội dung nhiệm vụ", "Thời gian", "Chủ trì", "Phối hợp", "Sản phẩm"),
                ("Chỉ đạo, điều hành", "", "", "", ""),
                ("Kiện toàn Hội đồng đánh giá, xét công nhận phường đạt chuẩn tiếp cận pháp luật",
                 "Tháng 02/2026", "Văn phòng HĐND và UBND phường", "Phòng Văn hóa - Xã hội",
                 "Quyết định kiện toàn"),
                ("Công khai, minh bạch thông tin", "", "", "", ""),
                ("Công khai đầy đủ, kịp thời thủ tục hành chính tại Trung tâm Phục vụ hành chính công phường",
                 "Thường xuyên", "Trung tâm Phục vụ hành chính công phường", "Văn phòng HĐND và UBND phường",
                 "Bảng niêm yết, số hóa TTHC"),
                ("Cập nhật, đăng tải văn bản pháp luật mới trên Trang thông tin điện tử phường", "Hằng tháng",
                 "Văn phòng HĐND và UBND phường", "", "Tin, bài đăng tải"),
                ("Phổ biến, giáo dục pháp luật; hòa giải ở cơ sở", "", "", "", ""),
                ("Duy trì hoạt động Tủ sách pháp luật và điểm truy cập pháp luật tại nhà văn hóa tổ dân phố",
                 "Cả năm", "Phòng Văn hóa - Xã hội", "Ban điều hành các tổ dân phố", "Sổ theo dõi"),
                ("Tổ chức đối thoại chính sách với người dân về lĩnh vực đất đai, trật tự xây dựng",
                 "Quý III/2026", "Phòng Kinh tế, Hạ tầng và Đô thị",
                 "Ủy ban MTTQ Việt Nam phường; Công an phường", "Biên bản đối thoại"),
                ("Đánh giá, công nhận", "", "", "", ""),
                ("Tự đánh giá, chấm điểm các tiêu chí tiếp cận pháp luật năm 2026",
                 "Từ 01/10 đến 31/10/2026", "Phòng Văn hóa - Xã hội",
                 "Các phòng chuyên môn thuộc UBND phường", "Bảng điểm"),
                ("Hoàn thiện hồ sơ đề nghị công nhận phường đạt chuẩn tiếp cận pháp luật",
                 "Trước ngày 15/11/2026", "Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND phường",
                 "Hồ sơ đề nghị"),
            ),
            (60, 25, 35, 40, 30),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Các phòng chuyên môn, đơn vị thuộc UBND phường căn cứ nhiệm vụ được giao chủ động triển khai, "
          "gửi kết quả về Phòng Văn hóa - Xã hội trước ngày 20/10/2026."),
        P("2. Đề nghị Ủy ban MTTQ Việt Nam phường và các đoàn thể phối hợp tuyên truyền, vận động Nhân dân."),
    ]
    + _end(["- UBND thành phố (b/c);", "- Sở Tư pháp;", "- TT Đảng ủy phường;", "- Lưu: VT, VHXH."],
           "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Lê Thị Minh Hòa"),
    [
        Exp("Kiện toàn Hội đồng đánh giá, xét công nhận", ("Văn phòng HĐND và UBND phường",),
            ("Phòng Văn hóa - Xã hội",), "2026-02-28"),
        Exp("Công khai đầy đủ, kịp thời thủ tục hành chính", ("Trung tâm Phục vụ hành chính công phường",),
            ("Văn phòng HĐND và UBND phường",), "2026-12-31"),
        Exp("Cập nhật, đăng tải văn bản pháp luật", ("Văn phòng HĐND và UBND phường",), (), "2026-12-31"),
        Exp("Duy trì hoạt động Tủ sách pháp luật", ("Phòng Văn hóa - Xã hội",),
            ("Ban điều hành các tổ dân phố",), "2026-12-31"),
        Exp("Tổ chức đối thoại chính sách với người dân", ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Ủy ban MTTQ Việt Nam phường", "Công an phường"), "2026-09-30"),
        Exp("Tự đánh giá, chấm điểm các tiêu chí", ("Phòng Văn hóa - Xã hội",),
            ("Các phòng chuyên môn thuộc UBND phường",), "2026-10-31"),
        Exp("Hoàn thiện hồ sơ đề nghị công nhận", ("Phòng Văn hóa - Xã hội",),
            ("Văn phòng HĐND và UBND phường",), "2026-11-15"),
    ],
)

# ---------------------------------------------------------------- 5. Cà Mau, trợ giúp pháp lý
TTTG = "Trung tâm Trợ giúp pháp lý nhà nước tỉnh"
PLAN_CM = Plan(
    "camau_tro_giup_phap_ly",
    _hdr(
        "UBND TỈNH CÀ MAU",
        "SỞ TƯ PHÁP",
        "19/KH-STP",
        "Cà Mau, ngày 26 tháng 01 năm 2026",
        "Triển khai công tác trợ giúp pháp lý năm 2026",
    )
    + [
        P("Căn cứ Luật Trợ giúp pháp lý ngày 20 tháng 6 năm 2017;"),
        P("Căn cứ Thông tư số 12/2018/TT-BTP ngày 28/8/2018 của Bộ trưởng Bộ Tư pháp hướng dẫn một số hoạt "
          "động nghiệp vụ trợ giúp pháp lý và quản lý chất lượng vụ việc trợ giúp pháp lý;"),
        P("Căn cứ Kế hoạch số 09/KH-UBND ngày 10/01/2026 của UBND tỉnh Cà Mau về công tác tư pháp năm 2026;"),
        P("Sở Tư pháp xây dựng Kế hoạch triển khai công tác trợ giúp pháp lý năm 2026 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Bảo đảm người được trợ giúp pháp lý, nhất là người nghèo, người dân tộc thiểu số, người khuyết "
          "tật, trẻ em, nạn nhân bạo lực gia đình được tiếp cận dịch vụ trợ giúp pháp lý kịp thời, có chất "
          "lượng; nâng cao chất lượng vụ việc tham gia tố tụng."),
        P("II. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True),
        P("1. Thực hiện trợ giúp pháp lý", bold=True),
        P("1.1. Thực hiện vụ việc trợ giúp pháp lý tham gia tố tụng cho người được trợ giúp pháp lý"),
        P(f"Chủ trì thực hiện: {TTTG}. Phối hợp: Công an tỉnh, Viện kiểm sát nhân dân tỉnh, Tòa án nhân dân "
          "tỉnh. Thời gian thực hiện: Thường xuyên trong năm 2026."),
        P("1.2. Tổ chức trợ giúp pháp lý lưu động tại các xã vùng sâu, vùng xa, ven biển"),
        P(f"Chủ trì thực hiện: {TTTG}. Phối hợp: UBND các xã có liên quan. Thời gian thực hiện: Quý II và "
          "Quý III/2026."),
        P("1.3. Ký kết hợp đồng với luật sư, tổ chức hành nghề luật sư thực hiện trợ giúp pháp lý"),
        P(f"Chủ trì thực hiện: {TTTG}. Phối hợp: Đoàn Luật sư tỉnh. Thời gian thực hiện: khi có nhu cầu, "
          "sau khi được Giám đốc Sở phê duyệt."),
        P("2. Truyền thông về trợ giúp pháp lý", bold=True),
        P("2.1. Phối hợp xây dựng chuyên mục \"Trợ giúp pháp lý cho người dân\" trên sóng phát thanh, "
          "truyền hình"),
        P(f"Chủ trì thực hiện: {TTTG}. Phối hợp: Báo và Phát thanh, Truyền hình Cà Mau. Thời gian thực hiện: "
          "Hằng tháng."),
        P("2.2. Cung cấp tờ gấp, bảng thông tin về trợ giúp pháp lý đặt tại trụ sở UBND các xã, phường"),
        P(f"Chủ trì thực hiện: {TTTG}. Phối hợp: UBND các xã, phường. Thời gian thực hiện: Tháng 4 - "
         f"6/2026."),
        P("3. Nâng cao chất lượng dịch vụ trợ giúp pháp lý", bold=True),
        P("3.1. Kiểm tra, đánh giá chất lượng vụ việc trợ giúp pháp lý"),
        P(f"Chủ trì thực hiện: Phòng Bổ trợ tư pháp. Phối hợp: {TTTG}. Thời gian thực hiện: Quý IV/2026."),
        P("3.2. Tập huấn nâng cao kỹ năng cho trợ giúp viên pháp lý và cộng tác viên"),
        P(f"Chủ trì thực hiện: {TTTG}. Phối hợp: Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý. Thời "
          "gian thực hiện: Tháng 8/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(f"1. {TTTG} là đơn vị đầu mối, báo cáo kết quả 6 tháng trước ngày 10/6/2026 và báo cáo năm trước "
          "ngày 10/11/2026."),
        P("2. Văn phòng Sở bảo đảm kinh phí thực hiện Kế hoạch trong dự toán được giao."),
    ]
    + _end(["- Bộ Tư pháp (Cục PBGDPL và TGPL);", "- UBND tỉnh (b/c);", "- Giám đốc, các PGĐ Sở;",
            "- Lưu: VT, TTTGPL."], "GIÁM ĐỐC", "Trần Quốc Việt"),
    [
        Exp("Thực hiện vụ việc trợ giúp pháp lý tham gia tố tụng", (TTTG,),
            ("Công an tỉnh", "Viện kiểm sát nhân dân tỉnh", "Tòa án nhân dân tỉnh"), "2026-12-31"),
        Exp("Tổ chức trợ giúp pháp lý lưu động", (TTTG,), ("UBND các xã có liên quan",), "2026-09-30"),
        Exp("Ký kết hợp đồng với luật sư", (TTTG,), ("Đoàn Luật sư tỉnh",), "2026-12-31", on_request=True),
        Exp("Phối hợp xây dựng chuyên mục", (TTTG,),
            ("Báo và Phát thanh, Truyền hình Cà Mau",), "2026-12-31"),
        Exp("Cung cấp tờ gấp, bảng thông tin", (TTTG,), ("UBND các xã, phường",), "2026-06-30"),
        Exp("Kiểm tra, đánh giá chất lượng vụ việc", ("Phòng Bổ trợ tư pháp",), (TTTG,), "2026-12-31"),
        Exp("Tập huấn nâng cao kỹ năng cho trợ giúp viên", (TTTG,),
            ("Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý",), "2026-08-31"),
    ],
)

# ---------------------------------------------------------------- 6. Cẩm Bình, tháng cao điểm
VHXH = "Phòng Văn hóa - Xã hội"
PLAN_CB = Plan(
    "cambinh_thang_cao_diem",
    _hdr(
        "",
        "ỦY BAN NHÂN DÂN\nXÃ CẨM BÌNH",
        "152/KH-UBND",
        "Cẩm Bình, ngày 16 tháng 10 năm 2026",
        "Tổ chức \"Tháng cao điểm tuyên truyền, phổ biến pháp luật\" hưởng ứng Ngày Pháp luật nước Cộng hòa "
        "xã hội chủ nghĩa Việt Nam năm 2026",
    )
    + [
        P("Thực hiện Kế hoạch số 388/KH-UBND ngày 30/9/2026 của UBND tỉnh Hà Tĩnh về tổ chức Ngày Pháp luật "
          "năm 2026 và Hướng dẫn số 57/HD-STP ngày 05/10/2026 của Sở Tư pháp, UBND xã xây dựng Kế hoạch tổ "
          "chức Tháng cao điểm tuyên truyền, phổ biến pháp luật (từ ngày 01/11 đến ngày 30/11/2026) như "
           "sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Tạo đợt sinh hoạt chính trị - pháp lý sâu rộng trong Nhân dân; đưa pháp luật đến từng thôn, hộ "
          "gia đình."),
        P("- Hình thức tuyên truyền đa dạng, tiết kiệm, không phô trương, hình thức."),
        P("II. NỘI DUNG HOẠT ĐỘNG", bold=True),
        P("1. Công tác chuẩn bị", bold=True),
        P("a) Thành lập Tổ công tác Tháng cao điểm tuyên truyền, phổ biến pháp luật"),
        P("+ Chủ trì: Phó Chủ tịch UBND xã."),
        P(f"+ Phối hợp: {VHXH}."),
        P("+ Thời gian: trước ngày 25/10/2026."),
        P("2. Các hoạt động trong Tháng cao điểm", bold=True),
        P("a) Tuyên truyền trên hệ thống loa truyền thanh cơ sở về các luật mới có hiệu lực năm 2026"),
        P("+ Chủ trì: Trung tâm Dịch vụ tổng hợp xã."),
        P(f"+ Phối hợp: {VHXH}."),
        P("+ Thời gian: Từ ngày 01/11/2026 đến ngày 30/11/2026."),
        P("b) Tổ chức sân khấu hóa tìm hiểu pháp luật về phòng, chống bạo lực gia đình và bình đẳng giới"),
        P("+ Chủ trì: Hội Liên hiệp Phụ nữ xã."),
        P("+ Phối hợp: Đoàn Thanh niên Cộng sản Hồ Chí Minh xã, Trường Trung học cơ sở Cẩm Bình."),
        P("+ Thời gian: Ngày 09/11/2026."),
        P("c) Tuyên truyền pháp luật về trật tự, an toàn giao thông và phòng cháy, chữa cháy tại các thôn"),
        P("+ Chủ trì: Công an xã."),
        P("+ Phối hợp: Trưởng các thôn; Ban công tác Mặt trận các thôn."),
        P("+ Thời gian: 05/11 - 25/11/2026."),
        P("d) Tổ chức trợ giúp pháp lý lưu động, tư vấn pháp luật miễn phí cho người dân tại các thôn"),
        P(f"+ Chủ trì: {VHXH}."),
        P("+ Phối hợp: Trung tâm Trợ giúp pháp lý nhà nước tỉnh Hà Tĩnh."),
        P("+ Thời gian: Tháng 11/2026."),
        P("3. Tổng hợp kết quả Tháng cao điểm, báo cáo UBND tỉnh và Sở Tư pháp", bold=True),
        P(f"+ Chủ trì: {VHXH}."),
        P("+ Thời gian: Trước ngày 05/12/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các đơn vị, cá nhân được phân công chủ động triển khai; kinh phí thực hiện từ nguồn kinh phí phổ "
          "biến, giáo dục pháp luật năm 2026 của xã. Trong quá trình thực hiện, nếu có vướng mắc báo cáo về "
          "UBND xã (qua Phòng Văn hóa - Xã hội) để kịp thời giải quyết."),
    ]
    + _end(["- Sở Tư pháp (b/c);", "- TT Đảng ủy, HĐND xã;", "- UBMTTQ và các đoàn thể xã;", "- Các thôn;",
            "- Lưu: VT."], "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Phan Đình Hùng"),
    [
        Exp("Thành lập Tổ công tác Tháng cao điểm", ("Phó Chủ tịch UBND xã",), (VHXH,), "2026-10-25"),
        Exp("Tuyên truyền trên hệ thống loa truyền thanh", ("Trung tâm Dịch vụ tổng hợp xã",), (VHXH,),
            "2026-11-30"),
        Exp("Tổ chức sân khấu hóa tìm hiểu pháp luật", ("Hội Liên hiệp Phụ nữ xã",),
            ("Đoàn Thanh niên Cộng sản Hồ Chí Minh xã", "Trường Trung học cơ sở Cẩm Bình"), "2026-11-09"),
        Exp("Tuyên truyền pháp luật về trật tự, an toàn giao thông", ("Công an xã",),
            ("Trưởng các thôn", "Ban công tác Mặt trận các thôn"), "2026-11-25"),
        Exp("Tổ chức trợ giúp pháp lý lưu động", (VHXH,),
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh Hà Tĩnh",),
            "2026-11-30"),
        Exp("Tổng hợp kết quả Tháng cao điểm", (VHXH,), (), "2026-12-05"),
    ],
)

# ---------------------------------------------------------------- 7. Gia Lai, Hội đồng phối hợp
PLAN_GL = Plan(
    "gialai_hdph",
    _hdr(
        "UBND TỈNH GIA LAI",
        "HỘI ĐỒNG PHỐI HỢP PHỔ BIẾN,\nGIÁO DỤC PHÁP LUẬT",
        "03/KH-HĐPH",
        "Gia Lai, ngày 05 tháng 02 năm 2026",
        "Hoạt động của Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh năm 2026",
    )
    + [
        P("Căn cứ Quyết định số 27/2013/QĐ-TTg ngày 19/5/2013 của Thủ tướng Chính phủ quy định về thành "
          "phần và nhiệm vụ, quyền hạn của Hội đồng phối hợp phổ biến, giáo dục pháp luật;"),
        P("Căn cứ Kế hoạch số 22/KH-UBND ngày 16/01/2026 của UBND tỉnh về phổ biến, giáo dục pháp luật năm "
          "2026; Quyết định số 112/QĐ-HĐPH ngày 20/01/2026 ban hành Quy chế hoạt động của Hội đồng,"),
        P("Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh ban hành Kế hoạch hoạt động năm 2026 như "
         "sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Phát huy vai trò tham mưu, phối hợp của các thành viên Hội đồng; tập trung phổ biến pháp luật cho "
          "đồng bào dân tộc thiểu số, khu vực biên giới, vùng ven biển sau hợp nhất tỉnh."),
        P("II. NHIỆM VỤ TRỌNG TÂM", bold=True),
        P("1. Tuyên truyền, phổ biến các luật, nghị quyết mới được Quốc hội thông qua", bold=True),
        P("- Sở Tư pháp chủ trì, phối hợp với các thành viên Hội đồng tổ chức hội nghị giới thiệu các "
         "luật mới "
          "cho báo cáo viên pháp luật tỉnh; thời gian: sau khi có văn bản chỉ đạo của Bộ Tư pháp."),
        P("- Các sở, ban, ngành; UBND các xã, phường chủ động phổ biến các luật mới thuộc phạm vi quản "
         "lý cho "
          "cán bộ, công chức và Nhân dân; thời gian: trong năm 2026."),
        P("2. Hướng dẫn, kiểm tra hoạt động của đội ngũ báo cáo viên pháp luật cấp tỉnh", bold=True),
        P("Sở Tư pháp chủ trì, phối hợp với Ban Tuyên giáo và Dân vận Tỉnh ủy thực hiện; thời gian: Quý II, "
          "III/2026."),
        P("3. Phổ biến, giáo dục pháp luật cho đồng bào dân tộc thiểu số, Nhân dân khu vực biên "
         "giới", bold=True),
        P("- Bộ Chỉ huy Bộ đội Biên phòng tỉnh chủ trì tuyên truyền pháp luật về biên giới quốc gia, phòng, "
          "chống xuất nhập cảnh trái phép; phối hợp: UBND các xã biên giới; thời gian: thường xuyên."),
        P("- Sở Dân tộc và Tôn giáo chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh bồi "
         "dưỡng kiến "
          "thức pháp luật cho người có uy tín trong đồng bào dân tộc thiểu số; thời gian: tháng 6 - tháng "
          "8/2026."),
        P("4. Tổ chức các hoạt động hưởng ứng Ngày Pháp luật năm 2026", bold=True),
        P("Các thành viên Hội đồng, Hội đồng phối hợp phổ biến, giáo dục pháp luật các xã, phường tổ "
         "chức các "
          "hoạt động hưởng ứng thiết thực, hiệu quả; thời gian: tháng 10 và tháng 11/2026."),
        P("5. Tổng kết hoạt động của Hội đồng năm 2026", bold=True),
        P("Sở Tư pháp tham mưu Chủ tịch Hội đồng tổ chức Hội nghị tổng kết, đánh giá kết quả, đề ra nhiệm vụ "
          "năm 2027; hoàn thành trước ngày 20/12/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Thành viên Hội đồng chịu trách nhiệm trước Chủ tịch Hội đồng về kết quả thực hiện nhiệm vụ "
         "được "
          "phân công; gửi báo cáo về Sở Tư pháp (Cơ quan thường trực Hội đồng) trước ngày 15/11/2026."),
        P("2. Kinh phí hoạt động của Hội đồng bố trí trong dự toán của Sở Tư pháp năm 2026."),
    ]
    + _end(["- Bộ Tư pháp;", "- TT Tỉnh ủy, UBND tỉnh;", "- Thành viên Hội đồng;", "- Lưu: VT, HĐPH."],
           "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH THƯỜNG TRỰC", "GIÁM ĐỐC SỞ TƯ PHÁP\nĐinh Văn Tú"),
    [
        Exp("Sở Tư pháp chủ trì, phối hợp với các thành viên", ("Sở Tư pháp",), ("các thành viên Hội đồng",),
            "2026-12-31", on_request=True),
        Exp("Các sở, ban, ngành; UBND các xã, phường chủ động", ("Các sở, ban, ngành", "UBND các xã, phường"),
            (), "2026-12-31"),
        Exp("Hướng dẫn, kiểm tra hoạt động của đội ngũ", ("Sở Tư pháp",),
            ("Ban Tuyên giáo và Dân vận Tỉnh ủy",),
            "2026-09-30"),
        Exp("Bộ Chỉ huy Bộ đội Biên phòng tỉnh chủ trì", ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh",),
            ("UBND các xã biên giới",), "2026-12-31"),
        Exp("Sở Dân tộc và Tôn giáo chủ trì", ("Sở Dân tộc và Tôn giáo",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",), "2026-08-31"),
        Exp("Tổ chức các hoạt động hưởng ứng Ngày Pháp luật",
            ("Các thành viên Hội đồng", "Hội đồng phối hợp phổ biến, giáo dục pháp luật các xã, phường"), (),
            "2026-11-30"),
        Exp("Tổng kết hoạt động của Hội đồng năm 2026", ("Sở Tư pháp",), (), "2026-12-20"),
    ],
)

# ---------------------------------------------------------------- 8. Thái Nguyên, năm học 2026-2027
PLAN_TN = Plan(
    "thainguyen_nam_hoc",
    _hdr(
        "UBND TỈNH THÁI NGUYÊN",
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
        "1875/KH-SGDĐT",
        "Thái Nguyên, ngày 08 tháng 9 năm 2026",
        "Phổ biến, giáo dục pháp luật trong ngành giáo dục năm học 2026-2027",
    )
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012; Luật Giáo dục năm 2019;"),
        P("Căn cứ Thông tư số 21/2026/TT-BGDĐT ngày 15/8/2026 của Bộ Giáo dục và Đào tạo hướng dẫn công tác "
          "phổ biến, giáo dục pháp luật trong cơ sở giáo dục;"),
        P("Căn cứ Kế hoạch số 95/KH-UBND ngày 02/3/2026 của UBND tỉnh Thái Nguyên,"),
        P("Sở Giáo dục và Đào tạo xây dựng Kế hoạch năm học 2026-2027 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Nâng cao hiểu biết pháp luật, ý thức chấp hành pháp luật của cán bộ, nhà giáo, người lao động "
          "và học sinh; phòng ngừa bạo lực học đường, tai nạn giao thông, xâm hại trẻ em."),
        P("2. Lồng ghép phù hợp với chương trình giáo dục phổ thông 2018 và hoạt động trải nghiệm."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        T(
            (
                ("STT", "Nội dung", "Đơn vị thực hiện", "", "Thời gian", "Kinh phí"),
                ("", "", "Chủ trì", "Phối hợp", "", ""),
                ("I", "Đối với cán bộ quản lý, nhà giáo", "", "", "", ""),
                ("1", "Quán triệt các văn bản pháp luật mới về giáo dục cho cán bộ quản lý các trường",
                 "Văn phòng Sở", "Phòng Giáo dục phổ thông", "Tháng 9/2026", "Chi thường xuyên"),
                ("2", "Tập huấn nghiệp vụ cho giáo viên dạy môn Giáo dục kinh tế và pháp luật",
                 "Phòng Giáo dục phổ thông", "Trường Đại học Sư phạm - Đại học Thái Nguyên", "Tháng 12/2026",
                 "Chi thường xuyên"),
                ("II", "Đối với học sinh", "", "", "", ""),
                ("3", "Tổ chức Cuộc thi \"Học sinh với pháp luật\" năm học 2026-2027", "Phòng Giáo dục "
                 "phổ thông",
                 "Công an tỉnh; Tỉnh đoàn Thái Nguyên", "Tháng 11/2026 - tháng 3/2027", "Xã hội hóa"),
                ("4", "Lồng ghép giáo dục pháp luật về an toàn giao thông vào hoạt động ngoại khóa",
                 "Các trường trung học phổ thông", "Phòng Cảnh sát giao thông Công an tỉnh",
                 "Tháng 10/2026 - 5/2027", "Không"),
                ("5", "Tổ chức hưởng ứng Ngày Pháp luật tại các cơ sở giáo dục",
                 "Các cơ sở giáo dục trực thuộc Sở", "Văn phòng Sở", "Tháng 11/2026", "Nguồn của đơn vị"),
                ("III", "Sơ kết, tổng kết", "", "", "", ""),
                ("6", "Tổng kết công tác phổ biến, giáo dục pháp luật năm học 2026-2027", "Văn phòng Sở",
                 "Các phòng thuộc Sở", "Tháng 6/2027", ""),
            ),
            (10, 55, 32, 38, 28, 25),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Văn phòng Sở là đầu mối tham mưu, theo dõi, tổng hợp kết quả thực hiện Kế hoạch."),
        P("2. Thủ trưởng các cơ sở giáo dục trực thuộc căn cứ Kế hoạch xây dựng kế hoạch của đơn vị, gửi về "
          "Sở trước ngày 30/9/2026; báo cáo sơ kết học kỳ I trước ngày 15/01/2027, báo cáo năm học trước "
          "ngày 31/5/2027."),
    ]
    + _end(["- Bộ GDĐT (b/c);", "- UBND tỉnh (b/c);", "- Sở Tư pháp;", "- Các đơn vị trực thuộc;",
            "- Lưu: VT, VP."], "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Dương Thị Thu Trang"),
    [
        Exp("Quán triệt các văn bản pháp luật mới", ("Văn phòng Sở",), ("Phòng Giáo dục phổ thông",),
            "2026-09-30"),
        Exp("Tập huấn nghiệp vụ cho giáo viên", ("Phòng Giáo dục phổ thông",),
            ("Trường Đại học Sư phạm - Đại học Thái Nguyên",), "2026-12-31"),
        Exp("Tổ chức Cuộc thi \"Học sinh với pháp luật\"", ("Phòng Giáo dục phổ thông",),
            ("Công an tỉnh", "Tỉnh đoàn Thái Nguyên"), "2027-03-31"),
        Exp("Lồng ghép giáo dục pháp luật về an toàn giao thông", ("Các trường trung học phổ thông",),
            ("Phòng Cảnh sát giao thông Công an tỉnh",), "2027-05-31"),
        Exp("Tổ chức hưởng ứng Ngày Pháp luật tại các cơ sở", ("Các cơ sở giáo dục trực thuộc Sở",),
            ("Văn phòng Sở",), "2026-11-30"),
        Exp("Tổng kết công tác phổ biến, giáo dục pháp luật", ("Văn phòng Sở",), ("Các phòng thuộc Sở",),
            "2027-06-30"),
    ],
)

# ---------------------------------------------------------------- 9. An Giang, luật khoáng sản
PDK = "Phòng Địa chất, Khoáng sản và Tài nguyên nước"
PLAN_AG = Plan(
    "angiang_luat_khoang_san",
    _hdr(
        "UBND TỈNH AN GIANG",
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        "64/KH-SNNMT",
        "An Giang, ngày 03 tháng 3 năm 2026",
        "Tuyên truyền, phổ biến Luật Địa chất và khoáng sản và các văn bản quy định chi tiết năm 2026",
    )
    + [
        P("Căn cứ Luật Địa chất và khoáng sản số 54/2024/QH15 ngày 29 tháng 11 năm 2024;"),
        P("Căn cứ Nghị định số 193/2025/NĐ-CP ngày 02 tháng 7 năm 2025 của Chính phủ quy định chi tiết "
         "một số "
          "điều của Luật Địa chất và khoáng sản;"),
        P("Căn cứ Kế hoạch số 31/KH-UBND ngày 20/01/2026 của UBND tỉnh An Giang về công tác phổ biến, giáo "
          "dục pháp luật năm 2026;"),
        P("Sở Nông nghiệp và Môi trường ban hành Kế hoạch tuyên truyền, phổ biến như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Giúp cán bộ, công chức, doanh nghiệp và người dân nắm vững các quy định mới về quản lý, "
         "khai thác "
          "khoáng sản, nhất là cát, sỏi lòng sông và khoáng sản làm vật liệu xây dựng thông thường."),
        P("- Gắn tuyên truyền với phòng, chống sạt lở bờ sông, bảo vệ môi trường."),
        P("II. NỘI DUNG, HÌNH THỨC", bold=True),
        P("1. Đối với cán bộ, công chức, viên chức của ngành", bold=True),
        P("- Tổ chức hội nghị phổ biến Luật Địa chất và khoáng sản cho cán bộ, công chức ngành."),
        P(f"Cơ quan thực hiện: {PDK} chủ trì; Văn phòng Sở phối hợp."),
        P("Tiến độ: Quý I/2026."),
        P("- Cập nhật văn bản hướng dẫn thi hành Luật lên Trang thông tin điện tử của Sở."),
        P("Cơ quan thực hiện: Văn phòng Sở."),
        P("Tiến độ: ngay sau khi văn bản được ban hành."),
        P("2. Đối với doanh nghiệp, người dân", bold=True),
        P("- Biên soạn, phát hành sổ tay hỏi - đáp về khoáng sản làm vật liệu xây dựng thông thường."),
        P(f"Cơ quan thực hiện: {PDK} chủ trì; Sở Xây dựng phối hợp."),
        P("Tiến độ: Tháng 4 đến tháng 6/2026."),
        P("- Phổ biến quy định về quản lý cát, sỏi lòng sông cho người dân ven sông Tiền, sông Hậu."),
        P(f"Cơ quan thực hiện: UBND các xã, phường ven sông chủ trì; {PDK}, Công an tỉnh phối hợp."),
        P("Tiến độ: Thường xuyên."),
        P("- Đối thoại với doanh nghiệp hoạt động khai thác khoáng sản trên địa bàn tỉnh."),
        P("Cơ quan thực hiện: Phó Giám đốc Sở phụ trách lĩnh vực khoáng sản chủ trì; Hiệp hội Doanh nghiệp "
          "tỉnh và Văn phòng Sở phối hợp."),
        P("Tiến độ: Quý III/2026."),
        P("- Tuyên truyền pháp luật về bảo vệ môi trường trong hoạt động khoáng sản trên sóng phát thanh, "
          "truyền hình."),
        P("Cơ quan thực hiện: Phòng Môi trường chủ trì; Báo và Phát thanh, Truyền hình An Giang phối hợp."),
        P("Tiến độ: Tháng 6/2026 (hưởng ứng Tháng hành động vì môi trường)."),
        P("3. Báo cáo kết quả thực hiện Kế hoạch về UBND tỉnh và Sở Tư pháp", bold=True),
        P("Cơ quan thực hiện: Văn phòng Sở. Tiến độ: trước ngày 30/11/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Thủ trưởng các phòng, đơn vị thuộc Sở có trách nhiệm triển khai các nội dung được giao; kinh phí "
          "thực hiện từ nguồn chi thường xuyên của Sở năm 2026. Đề nghị UBND các xã, phường ven sông "
           "quan tâm "
          "phối hợp thực hiện."),
    ]
    + _end(["- UBND tỉnh (b/c);", "- Sở Tư pháp;", "- Giám đốc và các PGĐ Sở;", "- Các phòng, đơn vị "
     "thuộc Sở;",
            "- Lưu: VT, ĐCKS."], "GIÁM ĐỐC", "Nguyễn Thanh Bình"),
    [
        Exp("Tổ chức hội nghị phổ biến Luật Địa chất", (PDK,), ("Văn phòng Sở",), "2026-03-31"),
        Exp("Cập nhật văn bản hướng dẫn thi hành Luật", ("Văn phòng Sở",), (), "2026-12-31", on_request=True),
        Exp("Biên soạn, phát hành sổ tay hỏi - đáp", (PDK,), ("Sở Xây dựng",), "2026-06-30"),
        Exp("Phổ biến quy định về quản lý cát, sỏi", ("UBND các xã, phường ven sông",), (PDK, "Công an tỉnh"),
            "2026-12-31"),
        Exp("Đối thoại với doanh nghiệp hoạt động khai thác",
            ("Phó Giám đốc Sở phụ trách lĩnh vực khoáng sản",),
            ("Hiệp hội Doanh nghiệp tỉnh", "Văn phòng Sở"), "2026-09-30"),
        Exp("Tuyên truyền pháp luật về bảo vệ môi trường", ("Phòng Môi trường",),
            ("Báo và Phát thanh, Truyền hình An Giang",), "2026-06-30"),
        Exp("Báo cáo kết quả thực hiện Kế hoạch về UBND tỉnh", ("Văn phòng Sở",), (), "2026-11-30"),
    ],
)

# ---------------------------------------------------------------- 10. Hồng Bàng, kế hoạch 2027
PLAN_HB = Plan(
    "hongbang_2027",
    _hdr(
        "",
        "ỦY BAN NHÂN DÂN\nPHƯỜNG HỒNG BÀNG",
        "318/KH-UBND",
        "Hồng Bàng, ngày 21 tháng 12 năm 2026",
        "Phổ biến, giáo dục pháp luật, hòa giải ở cơ sở và xây dựng phường đạt chuẩn tiếp cận pháp luật "
        "năm 2027",
    )
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012; Luật Hòa giải ở cơ sở năm 2013;"),
        P("Căn cứ Quyết định số 25/2021/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ;"),
        P("Căn cứ Kế hoạch số 402/KH-UBND ngày 10/12/2026 của UBND thành phố Hải Phòng về công tác phổ biến, "
          "giáo dục pháp luật năm 2027,"),
        P("UBND phường Hồng Bàng ban hành Kế hoạch năm 2027 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Triển khai đồng bộ công tác phổ biến, giáo dục pháp luật, hòa giải ở cơ sở, chuẩn tiếp cận pháp "
          "luật; bám sát nhiệm vụ chính trị của phường và nhu cầu của Nhân dân, doanh nghiệp."),
        P("II. NỘI DUNG CÔNG VIỆC", bold=True),
        T(
            (
                ("STT", "Nội dung công việc", "Thời gian hoàn thành", "Đơn vị thực hiện", "Ghi chú"),
                ("1", "Xây dựng, ban hành kế hoạch phổ biến pháp luật chuyên đề của UBND phường năm 2027",
                 "Tháng 01/2027", "Chủ trì: Phòng Văn hóa - Xã hội\nPhối hợp: Văn phòng HĐND và UBND phường",
                 ""),
                ("2", "Tổ chức Ngày hội \"Phụ nữ với pháp luật\" nhân kỷ niệm ngày Quốc tế Phụ nữ 8/3",
                 "Tháng 3/2027", "Chủ trì: Hội Liên hiệp Phụ nữ phường\nPhối hợp: Phòng Văn hóa - Xã hội",
                 "Lồng ghép sinh hoạt chi hội"),
                ("3", "Hòa giải các mâu thuẫn, tranh chấp tại tổ dân phố; hướng dẫn đương sự đến cơ quan có "
                 "thẩm quyền khi hòa giải không thành", "Thường xuyên",
                 "Chủ trì: Các tổ hòa giải\nPhối hợp: Công an phường; Ban công tác Mặt trận các tổ dân "
                  "phố", ""),
                ("4", "Phổ biến các luật mới có hiệu lực từ ngày 01/01/2027 cho cán bộ, công chức phường",
                 "Sau khi có tài liệu hướng dẫn của Sở Tư pháp", "Chủ trì: Phòng Văn hóa - Xã hội", ""),
                ("5", "Tuyên truyền pháp luật về phòng cháy, chữa cháy tại các khu chung cư, nhà trọ",
                 "Quý II, III/2027",
                 "Chủ trì: Công an phường\nPhối hợp: Ban quản lý các khu chung cư, chủ các cơ sở cho "
                  "thuê trọ",
                 ""),
                ("6", "Chấm điểm, đánh giá phường đạt chuẩn tiếp cận pháp luật năm 2027", "Quý IV/2027",
                 "Chủ trì: Chủ tịch UBND phường\nPhối hợp: Các thành viên Hội đồng đánh giá", "Hồ sơ gửi "
                 "UBND thành phố"),
                ("7", "Báo cáo kết quả công tác phổ biến, giáo dục pháp luật, hòa giải ở cơ sở năm 2027",
                 "Trước ngày 15/11/2027", "Chủ trì: Phòng Văn hóa - Xã hội", "Báo cáo năm"),
            ),
            (10, 65, 30, 55, 30),
        ),
        P("III. KINH PHÍ", bold=True),
        P("Kinh phí thực hiện từ ngân sách phường năm 2027 và các nguồn hợp pháp khác."),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Phòng Văn hóa - Xã hội là đầu mối theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch."),
        P("2. Đề nghị Ủy ban MTTQ Việt Nam phường và các tổ chức chính trị - xã hội phối hợp thực hiện."),
        P("3. Các cơ quan, đơn vị gửi báo cáo về UBND phường (qua Phòng Văn hóa - Xã hội) trước ngày "
          "05/11/2027."),
    ]
    + _end(["- UBND thành phố (b/c);", "- Sở Tư pháp;", "- TT Đảng ủy, HĐND phường;", "- Lưu: VT."],
           "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Vũ Đức Long"),
    [
        Exp("Xây dựng, ban hành kế hoạch phổ biến pháp luật", ("Phòng Văn hóa - Xã hội",),
            ("Văn phòng HĐND và UBND phường",), "2027-01-31"),
        Exp("Tổ chức Ngày hội \"Phụ nữ với pháp luật\"", ("Hội Liên hiệp Phụ nữ phường",),
            ("Phòng Văn hóa - Xã hội",), "2027-03-31"),
        Exp("Hòa giải các mâu thuẫn, tranh chấp", ("Các tổ hòa giải",),
            ("Công an phường", "Ban công tác Mặt trận các tổ dân phố"), "2027-12-31"),
        Exp("Phổ biến các luật mới có hiệu lực", ("Phòng Văn hóa - Xã hội",),
            (), "2027-12-31", on_request=True),
        Exp("Tuyên truyền pháp luật về phòng cháy", ("Công an phường",),
            ("Ban quản lý các khu chung cư", "chủ các cơ sở cho thuê trọ"), "2027-09-30"),
        Exp("Chấm điểm, đánh giá phường đạt chuẩn", ("Chủ tịch UBND phường",),
            ("Các thành viên Hội đồng đánh giá",), "2027-12-31"),
        Exp("Báo cáo kết quả công tác phổ biến", ("Phòng Văn hóa - Xã hội",), (), "2027-11-15"),
    ],
)

PLANS: list[Plan] = [PLAN_QT, PLAN_TP, PLAN_LC, PLAN_TH, PLAN_CM, PLAN_CB, PLAN_GL, PLAN_TN, PLAN_AG, PLAN_HB]
