"""Held-out evaluation set 41: ten plans of commune/ward People's Committees (UBND xã/phường) and their
units in northern and mountain provinces, written for this set only, answers typed by hand.

1. UBND xã Bát Xát (Lào Cai), PBGDPL 2026: roman sections, bold "1." task headings, labels
   "- Đơn vị chủ trì:" / "- Đơn vị phối hợp:" / "- Thời gian thực hiện:" on own lines; one inline label line;
   one event-triggered timeframe.
2. UBND phường Hà Giang 1 (Tuyên Quang), PBGDPL 2026: grid table STT | Nội dung | Chủ trì | Phối hợp |
   Thời gian | Sản phẩm, roman group rows, quarter ranges, a "trước ngày" date.
3. UBND xã Đồng Văn (Tuyên Quang), Ngày Pháp luật 2026: prose "Giao X chủ trì, phối hợp với Y ..." and
   "X chủ trì; Y phối hợp" under "a)", "b)"; dates inside prose.
4. UBND xã Tủa Chùa (Điện Biên), PBGDPL for ethnic minority areas 2026: "1." items with "a)" sub-items,
   persons as units (Phó Chủ tịch UBND xã), "Cơ quan thực hiện:" / "Phối hợp:" / "Tiến độ:" labels,
   an item with two assignment blocks, event-triggered timeframe "theo đề nghị của".
5. Trường PTDTBT THCS xã Pa Tần (Lai Châu, unit of the commune), school year 2026-2027: table without STT,
   columns Thời gian | Nội dung công việc | Người/bộ phận thực hiện | Phối hợp | Ghi chú; months in 2026/2027.
6. UBND phường Đức Xuân (Thái Nguyên), hòa giải ở cơ sở 2026: "1.1.", "1.2." numbering, several
   assignment blocks in one item introduced by "-", "X có trách nhiệm ...", "Thời hạn:" inline.
7. UBND xã Vân Hồ (Sơn La), xã đạt chuẩn tiếp cận pháp luật 2026: table with a
   2-row header (Thời gian thực hiện: Bắt đầu | Hoàn thành), Kinh phí column, no group rows.
8. UBND xã Trà Lĩnh (Cao Bằng), border commune drug/human-trafficking law dissemination: "-" items with
   "+ Chủ trì:" / "+ Phối hợp:" / "+ Thời gian:" sub-lines, quarter ranges, long unit lists with ";" and "và".
9. Công an phường Đông Kinh (Lạng Sơn), PBGDPL traffic and residence law 2026: table Nội dung công việc |
   Thời gian | Chủ trì | Phối hợp | Ghi chú, no STT, roman group rows inside the table.
10. UBND xã Mai Châu (Phú Thọ), PBGDPL 2027 issued December 2026: narrative "X có trách nhiệm ...",
    "Đề nghị Ủy ban MTTQ ...", roman and arabic numerals, a month range and an event trigger.
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T


def _hdr(up: str, agency: str, number: str, place_date: str, title: str, sub: str = "") -> list[P | T]:
    out: list[P | T] = [
        P(up, bold=True, center=True),
        P(agency, bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True),
        P("Độc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P(f"Số: {number}", center=True),
        P(place_date, center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P(title, bold=True, center=True),
    ]
    if sub:
        out.append(P(sub, bold=True, center=True))
    return out


def _end(recipients: list[str], role: str, signer: str) -> list[P | T]:
    out: list[P | T] = [P("Nơi nhận:", bold=True)]
    out += [P(f"- {r}") for r in recipients]
    out += [P(role, bold=True, center=True), P("(Đã ký)", center=True), P(signer, bold=True, center=True)]
    return out


# ---------------------------------------------------------------- 1. xã Bát Xát, Lào Cai
PLAN_BATXAT = Plan(
    "batxat_pbgdpl_2026",
    _hdr("UBND TỈNH LÀO CAI", "ỦY BAN NHÂN DÂN XÃ BÁT XÁT", "18/KH-UBND",
         "Bát Xát, ngày 20 tháng 01 năm 2026",
         "Phổ biến, giáo dục pháp luật trên địa bàn xã Bát Xát năm 2026")
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;"),
        P("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;"),
        P("Căn cứ Kế hoạch số 09/KH-UBND ngày 08/01/2026 của Ủy ban nhân dân tỉnh Lào Cai về phổ biến, "
          "giáo dục pháp luật năm 2026;"),
        P("Ủy ban nhân dân xã Bát Xát ban hành Kế hoạch phổ biến, giáo dục pháp luật năm 2026 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Mục đích", bold=True),
        P("- Nâng cao nhận thức, ý thức chấp hành pháp luật của cán bộ, công chức và Nhân dân trên địa bàn xã, "
          "nhất là đồng bào dân tộc thiểu số vùng cao biên giới."),
        P("2. Yêu cầu", bold=True),
        P("- Nội dung phổ biến thiết thực, phù hợp với phong tục, tập quán, ngôn ngữ của từng thôn, bản."),
        P("II. NHIỆM VỤ TRỌNG TÂM", bold=True),
        P("1. Quán triệt, phổ biến các luật, nghị quyết mới được Quốc hội khóa XV thông qua tại Kỳ họp thứ 10",
          bold=True),
        P("Tổ chức hội nghị quán triệt cho cán bộ, công chức, người hoạt động không chuyên trách ở thôn."),
        P("- Đơn vị chủ trì: Văn phòng HĐND và UBND xã."),
        P("- Đơn vị phối hợp: Phòng Văn hóa - Xã hội, Công an xã, Ủy ban Mặt trận Tổ quốc Việt Nam xã."),
        P("- Thời gian thực hiện: Quý I và Quý II năm 2026."),
        P("2. Tổ chức phổ biến pháp luật cho đồng bào dân tộc thiểu số bằng tiếng Mông, tiếng Dao", bold=True),
        P("Lồng ghép trong các buổi sinh hoạt thôn, phiên chợ vùng cao; phát thanh song ngữ trên hệ thống loa."),
        P("- Đơn vị chủ trì: Phòng Văn hóa - Xã hội."),
        P("- Đơn vị phối hợp: Trung tâm Dịch vụ tổng hợp xã; các trưởng thôn và người có uy tín trong cộng đồng."),
        P("- Thời gian thực hiện: Thường xuyên."),
        P("3. Tuyên truyền pháp luật về đất đai, bảo vệ và phát triển rừng, phòng cháy, chữa cháy rừng",
          bold=True),
        P("- Đơn vị chủ trì: Phòng Kinh tế."),
        P("- Đơn vị phối hợp: Hạt Kiểm lâm khu vực Bát Xát, Công an xã, Ban Chỉ huy quân sự xã."),
        P("- Thời gian thực hiện: Từ tháng 3 đến tháng 10/2026."),
        P("4. Kiện toàn Hội đồng phối hợp phổ biến, giáo dục pháp luật xã và đội ngũ tuyên truyền viên pháp "
          "luật", bold=True),
        P("Đơn vị chủ trì: Văn phòng HĐND và UBND xã; thời gian: tháng 02/2026."),
        P("5. Tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam (09/11)",
          bold=True),
        P("- Đơn vị chủ trì: Văn phòng HĐND và UBND xã."),
        P("- Đơn vị phối hợp: Các cơ quan, đơn vị, trường học trên địa bàn xã."),
        P("- Thời gian thực hiện: Tháng 10, tháng 11/2026."),
        P("6. Củng cố, nâng cao hiệu quả hoạt động hòa giải ở cơ sở", bold=True),
        P("Rà soát, bổ sung hòa giải viên là người dân tộc thiểu số, người có uy tín; tập huấn kỹ năng hòa giải."),
        P("- Đơn vị chủ trì: Văn phòng HĐND và UBND xã."),
        P("- Đơn vị phối hợp: Ủy ban Mặt trận Tổ quốc Việt Nam xã, các Tổ hòa giải ở thôn."),
        P("- Thời gian thực hiện: Cả năm 2026."),
        P("7. Cập nhật, phổ biến các văn bản quy phạm pháp luật mới của tỉnh liên quan đến người dân, doanh "
          "nghiệp", bold=True),
        P("- Đơn vị chủ trì: Văn phòng HĐND và UBND xã."),
        P("- Đơn vị phối hợp: Các phòng chuyên môn thuộc UBND xã."),
        P("- Thời gian thực hiện: Khi có văn bản hướng dẫn của Sở Tư pháp."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Các phòng chuyên môn, đơn vị thuộc UBND xã căn cứ Kế hoạch này chủ động triển khai thực hiện."),
        P("2. Văn phòng HĐND và UBND xã theo dõi, tổng hợp, tham mưu UBND xã báo cáo kết quả về Sở Tư pháp "
          "trước ngày 20/11/2026."),
        P("3. Kinh phí thực hiện từ nguồn ngân sách xã năm 2026 đã được giao."),
    ]
    + _end(["Sở Tư pháp tỉnh Lào Cai;", "TT Đảng ủy, HĐND xã;", "Các phòng, đơn vị thuộc xã;", "Lưu: VT."],
           "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Lý Seo Chứ"),
    [
        Exp("Quán triệt, phổ biến các luật, nghị quyết mới", ("Văn phòng HĐND và UBND xã",),
            ("Phòng Văn hóa - Xã hội", "Công an xã", "Ủy ban Mặt trận Tổ quốc Việt Nam xã"), "2026-06-30"),
        Exp("Tổ chức phổ biến pháp luật cho đồng bào", ("Phòng Văn hóa - Xã hội",),
            ("Trung tâm Dịch vụ tổng hợp xã", "các trưởng thôn", "người có uy tín trong cộng đồng"),
            "2026-12-31"),
        Exp("Tuyên truyền pháp luật về đất đai, bảo vệ", ("Phòng Kinh tế",),
            ("Hạt Kiểm lâm khu vực Bát Xát", "Công an xã", "Ban Chỉ huy quân sự xã"), "2026-10-31"),
        Exp("Kiện toàn Hội đồng phối hợp phổ biến", ("Văn phòng HĐND và UBND xã",), (), "2026-02-28"),
        Exp("Tổ chức các hoạt động hưởng ứng Ngày Pháp luật", ("Văn phòng HĐND và UBND xã",),
            ("Các cơ quan, đơn vị, trường học trên địa bàn xã",), "2026-11-30"),
        Exp("Củng cố, nâng cao hiệu quả hoạt động hòa giải", ("Văn phòng HĐND và UBND xã",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam xã", "các Tổ hòa giải ở thôn"), "2026-12-31"),
        Exp("Cập nhật, phổ biến các văn bản quy phạm", ("Văn phòng HĐND và UBND xã",),
            ("Các phòng chuyên môn thuộc UBND xã",), "2026-12-31", True),
    ],
)

# ---------------------------------------------------------------- 2. phường Hà Giang 1, Tuyên Quang
PLAN_HAGIANG = Plan(
    "hagiang1_pbgdpl_2026",
    _hdr("UBND TỈNH TUYÊN QUANG", "ỦY BAN NHÂN DÂN PHƯỜNG HÀ GIANG 1", "27/KH-UBND",
         "Hà Giang 1, ngày 26 tháng 01 năm 2026",
         "Công tác phổ biến, giáo dục pháp luật, hòa giải ở cơ sở năm 2026")
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012; Luật Hòa giải ở cơ sở năm 2013;"),
        P("Căn cứ Quyết định số 1521/QĐ-TTg ngày 06/10/2025 của Thủ tướng Chính phủ;"),
        P("Căn cứ Kế hoạch số 14/KH-UBND ngày 12/01/2026 của UBND tỉnh Tuyên Quang,"),
        P("UBND phường Hà Giang 1 xây dựng Kế hoạch thực hiện như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Triển khai kịp thời, đồng bộ các nhiệm vụ; gắn trách nhiệm người đứng đầu các đơn vị."),
        P("II. NỘI DUNG, NHIỆM VỤ", bold=True),
        P("(Chi tiết tại bảng dưới đây)"),
        T((
            ("STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian", "Sản phẩm"),
            ("I", "CÔNG TÁC CHỈ ĐẠO, HƯỚNG DẪN", "", "", "", ""),
            ("1", "Ban hành kế hoạch phổ biến, giáo dục pháp luật chuyên đề theo chỉ đạo của tỉnh",
             "Văn phòng HĐND và UBND phường", "Phòng Văn hóa - Xã hội", "Trước ngày 15/3/2026",
             "Kế hoạch"),
            ("2", "Kiểm tra, đánh giá việc thực hiện công tác phổ biến, giáo dục pháp luật tại tổ dân phố",
             "Văn phòng HĐND và UBND phường", "Ủy ban MTTQ Việt Nam phường; các tổ dân phố",
             "Quý III - Quý IV/2026", "Báo cáo kết quả kiểm tra"),
            ("II", "PHỔ BIẾN PHÁP LUẬT", "", "", "", ""),
            ("3", "Tuyên truyền pháp luật về trật tự đô thị, xây dựng, bảo vệ môi trường",
             "Phòng Kinh tế, Hạ tầng và Đô thị", "Công an phường, Trung tâm Dịch vụ tổng hợp phường",
             "Quý II, III/2026", "Tờ gấp, pa nô"),
            ("4", "Phổ biến pháp luật về an ninh mạng, phòng chống lừa đảo trên không gian mạng",
             "Công an phường", "Đoàn Thanh niên Cộng sản Hồ Chí Minh phường, các trường học",
             "Tháng 4 - tháng 6/2026", "Hội nghị, tin bài"),
            ("5", "Phổ biến chính sách, pháp luật về bảo hiểm xã hội, bảo hiểm y tế cho người lao động",
             "Phòng Văn hóa - Xã hội", "Bảo hiểm xã hội cơ sở; Trạm Y tế phường",
             "Năm 2026", "Hội nghị"),
            ("6", "Duy trì chuyên mục \"Pháp luật và đời sống\" trên Trang thông tin điện tử phường",
             "Trung tâm Dịch vụ tổng hợp phường", "Văn phòng HĐND và UBND phường", "Hằng tháng",
             "Tin, bài"),
            ("III", "HÒA GIẢI Ở CƠ SỞ", "", "", "", ""),
            ("7", "Tập huấn nghiệp vụ hòa giải cho hòa giải viên ở cơ sở",
             "Văn phòng HĐND và UBND phường", "Ủy ban MTTQ Việt Nam phường",
             "Tháng 5/2026", "Hội nghị tập huấn"),
            ("8", "Tổ chức Hội thi hòa giải viên giỏi cấp phường theo hướng dẫn của Sở Tư pháp",
             "Văn phòng HĐND và UBND phường", "Phòng Văn hóa - Xã hội; các tổ hòa giải",
             "Khi có văn bản hướng dẫn của Sở Tư pháp", "Hội thi"),
        ), (8, 52, 32, 38, 26, 24)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Văn phòng HĐND và UBND phường là đầu mối theo dõi, đôn đốc; tổng hợp báo cáo 6 tháng trước "
          "ngày 10/6/2026, báo cáo năm trước ngày 10/11/2026."),
        P("2. Các đơn vị được giao chủ trì chủ động xây dựng nội dung, bố trí kinh phí trong dự toán được giao."),
    ]
    + _end(["Sở Tư pháp tỉnh;", "Thường trực Đảng ủy phường;", "Lãnh đạo UBND phường;", "Lưu: VT."],
           "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Nguyễn Văn Hùng"),
    [
        Exp("Ban hành kế hoạch phổ biến, giáo dục pháp luật chuyên đề", ("Văn phòng HĐND và UBND phường",),
            ("Phòng Văn hóa - Xã hội",), "2026-03-15"),
        Exp("Kiểm tra, đánh giá việc thực hiện công tác", ("Văn phòng HĐND và UBND phường",),
            ("Ủy ban MTTQ Việt Nam phường", "các tổ dân phố"), "2026-12-31"),
        Exp("Tuyên truyền pháp luật về trật tự đô thị", ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Công an phường", "Trung tâm Dịch vụ tổng hợp phường"), "2026-09-30"),
        Exp("Phổ biến pháp luật về an ninh mạng", ("Công an phường",),
            ("Đoàn Thanh niên Cộng sản Hồ Chí Minh phường", "các trường học"), "2026-06-30"),
        Exp("Phổ biến chính sách, pháp luật về bảo hiểm", ("Phòng Văn hóa - Xã hội",),
            ("Bảo hiểm xã hội cơ sở", "Trạm Y tế phường"), "2026-12-31"),
        Exp("Duy trì chuyên mục \"Pháp luật và đời sống\"", ("Trung tâm Dịch vụ tổng hợp phường",),
            ("Văn phòng HĐND và UBND phường",), "2026-12-31"),
        Exp("Tập huấn nghiệp vụ hòa giải cho hòa giải viên", ("Văn phòng HĐND và UBND phường",),
            ("Ủy ban MTTQ Việt Nam phường",), "2026-05-31"),
        Exp("Tổ chức Hội thi hòa giải viên giỏi", ("Văn phòng HĐND và UBND phường",),
            ("Phòng Văn hóa - Xã hội", "các tổ hòa giải"), "2026-12-31", True),
    ],
)

# ---------------------------------------------------------------- 3. xã Đồng Văn, Tuyên Quang
PLAN_DONGVAN = Plan(
    "dongvan_ngay_phap_luat_2026",
    _hdr("ỦY BAN NHÂN DÂN\nXÃ ĐỒNG VĂN", "", "96/KH-UBND", "Đồng Văn, ngày 05 tháng 10 năm 2026",
         "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2026")
    + [
        P("Thực hiện Kế hoạch số 211/KH-UBND ngày 22/9/2026 của Ủy ban nhân dân tỉnh Tuyên Quang về tổ chức "
          "hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2026; Công văn số "
          "1873/STP-PBGDPL ngày 25/9/2026 của Sở Tư pháp, Ủy ban nhân dân xã Đồng Văn ban hành Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Tiếp tục khẳng định vị trí, vai trò của Hiến pháp, pháp luật trong đời sống xã hội; tạo đợt sinh "
          "hoạt chính trị, pháp lý sâu rộng tới đồng bào các dân tộc trên Cao nguyên đá."),
        P("- Các hoạt động tổ chức tiết kiệm, thiết thực, tránh hình thức."),
        P("II. NỘI DUNG HOẠT ĐỘNG", bold=True),
        P("1. Hoạt động tuyên truyền", bold=True),
        P("a) Treo băng rôn, khẩu hiệu hưởng ứng Ngày Pháp luật tại trụ sở, khu vực chợ, trường học"),
        P("Giao Trung tâm Dịch vụ tổng hợp xã chủ trì, phối hợp với Công an xã và các thôn thực hiện; "
          "hoàn thành trước ngày 01/11/2026."),
        P("b) Phát thanh chuyên đề pháp luật bằng tiếng Việt và tiếng Mông trên hệ thống loa truyền thanh"),
        P("Phòng Văn hóa - Xã hội chủ trì; Trung tâm Dịch vụ tổng hợp xã phối hợp. Thời gian: từ ngày 01/11 "
          "đến ngày 15/11/2026."),
        P("2. Các hoạt động hưởng ứng", bold=True),
        P("a) Tổ chức Lễ mít tinh hưởng ứng Ngày Pháp luật năm 2026 gắn với phiên chợ văn hóa"),
        P("Giao Văn phòng HĐND và UBND xã chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam xã, Trường "
          "PTDTBT Tiểu học và THCS Đồng Văn tổ chức; dự kiến vào ngày 09/11/2026."),
        P("b) Cuộc thi tìm hiểu pháp luật trực tuyến dành cho đoàn viên, thanh niên"),
        P("Đoàn Thanh niên xã chủ trì, phối hợp với Văn phòng HĐND và UBND xã triển khai trong tháng 10 và "
          "tháng 11/2026."),
        P("c) Trợ giúp pháp lý lưu động tại các thôn vùng sâu, vùng xa"),
        P("Đề nghị Chi nhánh Trợ giúp pháp lý nhà nước số 3 chủ trì, phối hợp với Văn phòng HĐND và UBND xã, "
          "Công an xã thực hiện theo đề nghị của Trung tâm Trợ giúp pháp lý nhà nước tỉnh."),
        P("3. Sơ kết, đánh giá kết quả hưởng ứng Ngày Pháp luật năm 2026", bold=True),
        P("Văn phòng HĐND và UBND xã chủ trì tổng hợp, báo cáo UBND xã và Sở Tư pháp trước ngày 20/11/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các đơn vị được phân công triển khai nghiêm túc Kế hoạch; kinh phí thực hiện từ ngân sách xã năm "
          "2026. Trong quá trình thực hiện, nếu có vướng mắc, báo cáo UBND xã (qua Văn phòng HĐND và UBND xã) "
          "để xem xét, giải quyết."),
    ]
    + _end(["Sở Tư pháp (b/c);", "TT Đảng ủy xã (b/c);", "Các đơn vị tại Mục II;", "Lưu: VT."],
           "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Sùng Mí Vàng"),
    [
        Exp("Treo băng rôn, khẩu hiệu hưởng ứng Ngày Pháp luật", ("Trung tâm Dịch vụ tổng hợp xã",),
            ("Công an xã", "các thôn"), "2026-11-01"),
        Exp("Phát thanh chuyên đề pháp luật bằng tiếng Việt", ("Phòng Văn hóa - Xã hội",),
            ("Trung tâm Dịch vụ tổng hợp xã",), "2026-11-15"),
        Exp("Tổ chức Lễ mít tinh hưởng ứng Ngày Pháp luật", ("Văn phòng HĐND và UBND xã",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Trường PTDTBT Tiểu học và THCS Đồng Văn"), "2026-11-09"),
        Exp("Cuộc thi tìm hiểu pháp luật trực tuyến", ("Đoàn Thanh niên xã",),
            ("Văn phòng HĐND và UBND xã",), "2026-11-30"),
        Exp("Trợ giúp pháp lý lưu động tại các thôn", ("Chi nhánh Trợ giúp pháp lý nhà nước số 3",),
            ("Văn phòng HĐND và UBND xã", "Công an xã"), "2026-12-31", True),
        Exp("Sơ kết, đánh giá kết quả hưởng ứng", ("Văn phòng HĐND và UBND xã",), (), "2026-11-20"),
    ],
)

# ---------------------------------------------------------------- 4. xã Tủa Chùa, Điện Biên
PLAN_TUACHUA = Plan(
    "tuachua_dtts_2026",
    _hdr("UBND TỈNH ĐIỆN BIÊN", "UỶ BAN NHÂN DÂN XÃ TỦA CHÙA", "41/KH-UBND",
         "Tủa Chùa, ngày 10 tháng 3 năm 2026",
         "Tăng cường phổ biến, giáo dục pháp luật và tuyên truyền, vận động đồng bào vùng dân tộc thiểu số "
         "trên địa bàn xã năm 2026")
    + [
        P("Căn cứ Quyết định số 1579/QĐ-TTg ngày 15/12/2023 của Thủ tướng Chính phủ phê duyệt Đề án "
          "\"Tăng cường công tác phổ biến, giáo dục pháp luật và tuyên truyền, vận động đồng bào vùng dân tộc "
          "thiểu số và miền núi giai đoạn 2024 - 2030\";"),
        P("Căn cứ Kế hoạch số 388/KH-UBND ngày 27/01/2026 của UBND tỉnh Điện Biên;"),
        P("UBND xã Tủa Chùa xây dựng Kế hoạch thực hiện năm 2026, cụ thể như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Đổi mới nội dung, hình thức phổ biến pháp luật phù hợp với đặc điểm đồng bào Mông, Thái, Dao "
          "trên địa bàn; phát huy vai trò người có uy tín."),
        P("II. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True),
        P("1. Nâng cao hiệu quả phổ biến pháp luật cho đồng bào", bold=True),
        P("a) Biên soạn tài liệu phổ biến pháp luật song ngữ Việt - Mông về hôn nhân, đất đai, cư trú"),
        P("Cơ quan thực hiện: Phòng Văn hóa - Xã hội."),
        P("Phối hợp: Hội đồng phối hợp phổ biến, giáo dục pháp luật xã."),
        P("Tiến độ: Quý II/2026."),
        P("b) Tuyên truyền, vận động đồng bào xóa bỏ tảo hôn, hôn nhân cận huyết thống và các hủ tục lạc hậu"),
        P("Cơ quan thực hiện: Phòng Văn hóa - Xã hội; Trạm Y tế xã."),
        P("Phối hợp: Ủy ban Mặt trận Tổ quốc Việt Nam xã, trưởng bản, người có uy tín."),
        P("Tiến độ: Thường xuyên."),
        P("2. Xây dựng đội ngũ và tăng cường đối thoại ở cơ sở", bold=True),
        P("a) Bồi dưỡng kiến thức pháp luật, kỹ năng tuyên truyền cho trưởng bản, người có uy tín"),
        P("Cơ quan thực hiện: Văn phòng HĐND và UBND xã."),
        P("Phối hợp: Công an xã; Ban Chỉ huy quân sự xã."),
        P("Tiến độ: Tháng 7/2026."),
        P("b) Tổ chức đối thoại chính sách, pháp luật với Nhân dân tại các bản"),
        P("- Chủ tịch UBND xã trực tiếp đối thoại tại các bản Sín Chải, Tả Phìn, Háng Đề Dê. Phối hợp: Văn phòng "
          "HĐND và UBND xã. Tiến độ: Quý III/2026."),
        P("- Phó Chủ tịch UBND xã đối thoại tại các bản còn lại. Phối hợp: Phòng Kinh tế, Công an xã. "
          "Tiến độ: Quý IV/2026."),
        P("3. Lồng ghép phổ biến pháp luật trong thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - "
          "xã hội vùng đồng bào dân tộc thiểu số và miền núi", bold=True),
        P("Cơ quan thực hiện: Phòng Kinh tế."),
        P("Phối hợp: Các bản thụ hưởng chương trình."),
        P("Tiến độ: Năm 2026."),
        P("4. Phối hợp tổ chức phổ biến pháp luật lưu động tại các bản đặc biệt khó khăn", bold=True),
        P("Cơ quan thực hiện: Văn phòng HĐND và UBND xã."),
        P("Phối hợp: Sở Dân tộc và Tôn giáo."),
        P("Tiến độ: Theo đề nghị của Sở Dân tộc và Tôn giáo."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Các cơ quan, đơn vị được giao nhiệm vụ chủ động xây dựng nội dung chi tiết; báo cáo kết quả "
          "(qua Văn phòng HĐND và UBND xã) trước ngày 15/11/2026."),
        P("2. Kinh phí: Ngân sách xã và nguồn vốn Chương trình mục tiêu quốc gia năm 2026."),
    ]
    + _end(["UBND tỉnh (b/c);", "Sở Tư pháp;", "Sở Dân tộc và Tôn giáo;", "Lưu: VT, VP."],
           "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Lò Văn Pánh"),
    [
        Exp("Biên soạn tài liệu phổ biến pháp luật song ngữ", ("Phòng Văn hóa - Xã hội",),
            ("Hội đồng phối hợp phổ biến, giáo dục pháp luật xã",), "2026-06-30"),
        Exp("Tuyên truyền, vận động đồng bào xóa bỏ tảo hôn", ("Phòng Văn hóa - Xã hội", "Trạm Y tế xã"),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam xã", "trưởng bản", "người có uy tín"), "2026-12-31"),
        Exp("Bồi dưỡng kiến thức pháp luật, kỹ năng tuyên truyền", ("Văn phòng HĐND và UBND xã",),
            ("Công an xã", "Ban Chỉ huy quân sự xã"), "2026-07-31"),
        Exp("Chủ tịch UBND xã trực tiếp đối thoại", ("Chủ tịch UBND xã",),
            ("Văn phòng HĐND và UBND xã",), "2026-09-30"),
        Exp("Phó Chủ tịch UBND xã đối thoại tại", ("Phó Chủ tịch UBND xã",),
            ("Phòng Kinh tế", "Công an xã"), "2026-12-31"),
        Exp("Lồng ghép phổ biến pháp luật trong thực hiện Chương trình", ("Phòng Kinh tế",),
            ("Các bản thụ hưởng chương trình",), "2026-12-31"),
        Exp("Phối hợp tổ chức phổ biến pháp luật lưu động", ("Văn phòng HĐND và UBND xã",),
            ("Sở Dân tộc và Tôn giáo",), "2026-12-31", True),
    ],
)

# ---------------------------------------------------------------- 5. Trường THCS Pa Tần, Lai Châu
PLAN_PATAN = Plan(
    "patan_school_2026_2027",
    _hdr("UBND XÃ PA TẦN", "TRƯỜNG PTDTBT THCS PA TẦN", "05/KH-THCS", "Pa Tần, ngày 15 tháng 9 năm 2026",
         "Phổ biến, giáo dục pháp luật năm học 2026 - 2027")
    + [
        P("Căn cứ Thông tư số 32/2020/TT-BGDĐT ngày 15/9/2020 của Bộ Giáo dục và Đào tạo ban hành Điều lệ "
          "trường trung học cơ sở, trường trung học phổ thông và trường phổ thông có nhiều cấp học;"),
        P("Căn cứ Kế hoạch số 152/KH-UBND ngày 02/9/2026 của UBND xã Pa Tần về thực hiện nhiệm vụ năm học "
          "2026 - 2027;"),
        P("Trường PTDTBT THCS Pa Tần xây dựng kế hoạch phổ biến, giáo dục pháp luật năm học 2026 - 2027 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Giúp học sinh, nhất là học sinh bán trú người dân tộc Hà Nhì, Mông hiểu và chấp hành pháp luật; "
          "phòng ngừa tảo hôn, ma túy, vi phạm an toàn giao thông."),
        P("II. NỘI DUNG VÀ LỊCH TRIỂN KHAI", bold=True),
        T((
            ("Thời gian", "Nội dung công việc", "Người/bộ phận thực hiện", "Phối hợp", "Ghi chú"),
            ("Tháng 9/2026", "Xây dựng kế hoạch phổ biến, giáo dục pháp luật năm học 2026 - 2027",
             "Phó Hiệu trưởng", "Tổ Văn phòng", ""),
            ("Tháng 10/2026", "Tuyên truyền Luật Trật tự, an toàn giao thông đường bộ cho học sinh",
             "Tổng phụ trách Đội", "Công an xã Pa Tần; giáo viên chủ nhiệm", "Lồng ghép tiết chào cờ"),
            ("Tháng 11/2026", "Tổ chức tiết học pháp luật hưởng ứng Ngày Pháp luật Việt Nam 09/11",
             "Tổ Khoa học xã hội", "Liên đội; Đoàn Thanh niên xã", ""),
            ("Tháng 12/2026 - tháng 01/2027",
             "Phổ biến pháp luật về phòng, chống tảo hôn, mua bán người cho học sinh nội trú",
             "Giáo viên chủ nhiệm các lớp", "Trạm Y tế xã, Hội Liên hiệp Phụ nữ xã", "Sinh hoạt tối thứ Năm"),
            ("Tháng 3/2027", "Thi tìm hiểu pháp luật về phòng, chống ma túy cho học sinh khối 8, 9",
             "Tổng phụ trách Đội", "Công an xã Pa Tần", "Hình thức sân khấu hóa"),
            ("Tháng 4 - 5/2027", "Tuyên truyền phòng, chống đuối nước và bạo lực học đường trước kỳ nghỉ hè",
             "Ban Giám hiệu", "Giáo viên chủ nhiệm; cha mẹ học sinh", ""),
            ("Tháng 9/2026 - tháng 5/2027",
             "Bổ sung sách, tài liệu pháp luật vào Tủ sách pháp luật của thư viện nhà trường",
             "Nhân viên thư viện", "", "Kinh phí chi thường xuyên"),
        ), (30, 62, 34, 38, 26)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("- Hiệu trưởng chỉ đạo chung; Phó Hiệu trưởng theo dõi, đôn đốc các bộ phận."),
        P("- Các tổ chuyên môn, giáo viên chủ nhiệm lồng ghép nội dung pháp luật vào bài giảng."),
        P("- Báo cáo kết quả về UBND xã Pa Tần (qua Phòng Văn hóa - Xã hội) trước ngày 25/5/2027."),
    ]
    + _end(["UBND xã Pa Tần (b/c);", "Phòng Văn hóa - Xã hội xã;", "Các tổ chuyên môn;", "Lưu: VT."],
           "HIỆU TRƯỞNG", "Giàng A Súa"),
    [
        Exp("Xây dựng kế hoạch phổ biến, giáo dục pháp luật năm học", ("Phó Hiệu trưởng",),
            ("Tổ Văn phòng",), "2026-09-30"),
        Exp("Tuyên truyền Luật Trật tự, an toàn giao thông", ("Tổng phụ trách Đội",),
            ("Công an xã Pa Tần", "giáo viên chủ nhiệm"), "2026-10-31"),
        Exp("Tổ chức tiết học pháp luật hưởng ứng", ("Tổ Khoa học xã hội",),
            ("Liên đội", "Đoàn Thanh niên xã"), "2026-11-30"),
        Exp("Phổ biến pháp luật về phòng, chống tảo hôn", ("Giáo viên chủ nhiệm các lớp",),
            ("Trạm Y tế xã", "Hội Liên hiệp Phụ nữ xã"), "2027-01-31"),
        Exp("Thi tìm hiểu pháp luật về phòng, chống ma túy", ("Tổng phụ trách Đội",),
            ("Công an xã Pa Tần",), "2027-03-31"),
        Exp("Tuyên truyền phòng, chống đuối nước", ("Ban Giám hiệu",),
            ("Giáo viên chủ nhiệm", "cha mẹ học sinh"), "2027-05-31"),
        Exp("Bổ sung sách, tài liệu pháp luật vào Tủ sách", ("Nhân viên thư viện",), (), "2027-05-31"),
    ],
)

# ---------------------------------------------------------------- 6. phường Đức Xuân, Thái Nguyên
PLAN_DUCXUAN = Plan(
    "ducxuan_hoa_giai_2026",
    _hdr("UBND TỈNH THÁI NGUYÊN", "ỦY BAN NHÂN DÂN PHƯỜNG ĐỨC XUÂN", "33/KH-UBND",
         "Đức Xuân, ngày 12 tháng 02 năm 2026",
         "Triển khai công tác hòa giải ở cơ sở trên địa bàn phường năm 2026")
    + [
        P("Căn cứ Luật Hòa giải ở cơ sở ngày 20 tháng 6 năm 2013;"),
        P("Căn cứ Nghị định số 15/2014/NĐ-CP ngày 27/02/2014 của Chính phủ quy định chi tiết một số điều và "
          "biện pháp thi hành Luật Hòa giải ở cơ sở;"),
        P("Căn cứ Kế hoạch số 25/KH-UBND ngày 20/01/2026 của UBND tỉnh Thái Nguyên,"),
        P("UBND phường Đức Xuân ban hành Kế hoạch triển khai công tác hòa giải ở cơ sở năm 2026 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Kiện toàn tổ hòa giải phù hợp với việc sắp xếp tổ dân phố; nâng tỷ lệ hòa giải thành trên 85%."),
        P("- Phân công cụ thể, xác định rõ trách nhiệm của các đơn vị, cá nhân."),
        P("II. NỘI DUNG", bold=True),
        P("1. Kiện toàn tổ chức, đội ngũ hòa giải viên", bold=True),
        P("1.1. Rà soát, kiện toàn các tổ hòa giải ở tổ dân phố sau sắp xếp", bold=True),
        P("Văn phòng HĐND và UBND phường có trách nhiệm hướng dẫn các tổ dân phố rà soát, bầu bổ sung hòa giải "
          "viên, phối hợp với Ủy ban MTTQ Việt Nam phường thực hiện. Thời hạn: trước ngày 31/3/2026."),
        P("1.2. Công nhận tổ trưởng tổ hòa giải, hòa giải viên; cho thôi làm hòa giải viên", bold=True),
        P("Chủ tịch UBND phường ra quyết định công nhận, cho thôi làm hòa giải viên theo đề nghị của Ban Công "
          "tác Mặt trận tổ dân phố."),
        P("2. Nâng cao năng lực cho đội ngũ hòa giải viên", bold=True),
        P("2.1. Tập huấn, bồi dưỡng kỹ năng hòa giải", bold=True),
        P("- Văn phòng HĐND và UBND phường chủ trì tổ chức 02 lớp tập huấn cho tổ trưởng tổ hòa giải và hòa giải "
          "viên mới. Thời hạn: Quý II/2026."),
        P("- Đề nghị Ủy ban MTTQ Việt Nam phường chủ trì hướng dẫn Ban Công tác Mặt trận các tổ dân phố lồng ghép "
          "nội dung hòa giải trong sinh hoạt khu dân cư; phối hợp: Hội Liên hiệp Phụ nữ phường, Hội Cựu chiến "
          "binh phường. Thời hạn: Quý III/2026."),
        P("2.2. Biên soạn, cấp phát tài liệu nghiệp vụ hòa giải ở cơ sở", bold=True),
        P("Phòng Văn hóa - Xã hội có trách nhiệm biên soạn, in ấn sổ tay hòa giải; phối hợp với Trung tâm Dịch "
          "vụ tổng hợp phường cấp phát đến các tổ hòa giải. Thời hạn: tháng 6/2026."),
        P("3. Xây dựng mô hình \"Tổ hòa giải gắn với an ninh trật tự\" tại tổ dân phố Phù Liễn", bold=True),
        P("Công an phường chủ trì; Văn phòng HĐND và UBND phường, Tổ hòa giải tổ dân phố Phù Liễn phối hợp. "
          "Thời hạn: từ tháng 4 đến tháng 9/2026."),
        P("4. Lựa chọn, cử hòa giải viên tham gia Hội thi hòa giải viên giỏi tỉnh Thái Nguyên", bold=True),
        P("Văn phòng HĐND và UBND phường có trách nhiệm phối hợp với các tổ hòa giải ở cơ sở lựa chọn đội "
          "thi. Thời hạn: tháng 8/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Văn phòng HĐND và UBND phường là cơ quan thường trực, theo dõi, tổng hợp, báo cáo kết quả công tác "
          "hòa giải ở cơ sở về Sở Tư pháp trước ngày 10/11/2026."),
        P("2. Kinh phí hỗ trợ tổ hòa giải, thù lao hòa giải viên thực hiện theo Nghị quyết của HĐND tỉnh."),
    ]
    + _end(["Sở Tư pháp;", "TT Đảng ủy, HĐND phường;", "Ủy ban MTTQ Việt Nam phường;", "Lưu: VT, VP."],
           "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hoàng Thị Thu Hà"),
    [
        Exp("Rà soát, kiện toàn các tổ hòa giải", ("Văn phòng HĐND và UBND phường",),
            ("Ủy ban MTTQ Việt Nam phường",), "2026-03-31"),
        Exp("Công nhận tổ trưởng tổ hòa giải, hòa giải viên", ("Chủ tịch UBND phường",), (),
            "2026-12-31", True),
        Exp("Văn phòng HĐND và UBND phường chủ trì tổ chức 02 lớp", ("Văn phòng HĐND và UBND phường",), (),
            "2026-06-30"),
        Exp("Đề nghị Ủy ban MTTQ Việt Nam phường chủ trì hướng dẫn", ("Ủy ban MTTQ Việt Nam phường",),
            ("Hội Liên hiệp Phụ nữ phường", "Hội Cựu chiến binh phường"), "2026-09-30"),
        Exp("Biên soạn, cấp phát tài liệu nghiệp vụ", ("Phòng Văn hóa - Xã hội",),
            ("Trung tâm Dịch vụ tổng hợp phường",), "2026-06-30"),
        Exp("Xây dựng mô hình \"Tổ hòa giải gắn với an ninh trật tự\"", ("Công an phường",),
            ("Văn phòng HĐND và UBND phường", "Tổ hòa giải tổ dân phố Phù Liễn"), "2026-09-30"),
        Exp("Lựa chọn, cử hòa giải viên tham gia Hội thi", ("Văn phòng HĐND và UBND phường",),
            ("các tổ hòa giải ở cơ sở",), "2026-08-31"),
    ],
)

# ---------------------------------------------------------------- 7. xã Vân Hồ, Sơn La
PLAN_VANHO = Plan(
    "vanho_tiep_can_phap_luat_2026",
    _hdr("ỦY BAN NHÂN DÂN TỈNH SƠN LA", "ỦY BAN NHÂN DÂN XÃ VÂN HỒ", "22/KH-UBND",
         "Vân Hồ, ngày 05 tháng 02 năm 2026",
         "Xây dựng xã đạt chuẩn tiếp cận pháp luật năm 2026")
    + [
        P("Căn cứ Quyết định số 25/2021/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ quy định về xã, phường, "
          "thị trấn đạt chuẩn tiếp cận pháp luật;"),
        P("Căn cứ Thông tư số 09/2021/TT-BTP ngày 15/11/2021 của Bộ trưởng Bộ Tư pháp hướng dẫn thi hành Quyết "
          "định số 25/2021/QĐ-TTg;"),
        P("Căn cứ Kết quả đánh giá, công nhận xã đạt chuẩn tiếp cận pháp luật năm 2025 của tỉnh Sơn La,"),
        P("UBND xã Vân Hồ xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Duy trì và nâng cao chất lượng các tiêu chí; phấn đấu đạt từ 85 điểm trở lên, không có chỉ tiêu "
          "nào dưới mức tối thiểu."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        T((
            ("TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "",
             "Kinh phí"),
            ("", "", "", "", "Bắt đầu", "Hoàn thành", ""),
            ("1", "Rà soát, tự đánh giá 25 chỉ tiêu tiếp cận pháp luật của xã",
             "Văn phòng HĐND và UBND xã", "Các phòng chuyên môn thuộc UBND xã; Công an xã",
             "Tháng 01/2026", "Tháng 3/2026", "Ngân sách xã"),
            ("2", "Niêm yết công khai thủ tục hành chính, cập nhật kết quả giải quyết trên Cổng Dịch vụ công "
             "quốc gia", "Trung tâm Phục vụ hành chính công xã", "Văn phòng HĐND và UBND xã",
             "Tháng 01/2026", "Tháng 12/2026", "Không"),
            ("3", "Cải tạo, bổ sung tài liệu Tủ sách pháp luật, Tủ sách pháp luật điện tử",
             "Phòng Văn hóa - Xã hội", "Trung tâm Dịch vụ tổng hợp xã", "Tháng 4/2026", "Tháng 6/2026",
             "15 triệu đồng"),
            ("4", "Giải quyết dứt điểm đơn thư khiếu nại, tố cáo, tranh chấp đất đai tồn đọng",
             "Phòng Kinh tế", "Văn phòng HĐND và UBND xã, Công an xã, Ủy ban Mặt trận Tổ quốc Việt Nam xã",
             "Tháng 02/2026", "Tháng 9/2026", "Không"),
            ("5", "Tổ chức tiếp công dân định kỳ, đối thoại với Nhân dân", "Chủ tịch UBND xã",
             "Văn phòng HĐND và UBND xã", "Tháng 01/2026", "Tháng 12/2026", "Không"),
            ("6", "Tuyên truyền, phổ biến pháp luật về hôn nhân và gia đình cho Nhân dân các bản",
             "Phòng Văn hóa - Xã hội", "Hội Liên hiệp Phụ nữ xã; Trạm Y tế xã", "Quý II/2026", "Quý IV/2026",
             "10 triệu đồng"),
            ("7", "Hoàn thiện hồ sơ đề nghị công nhận xã đạt chuẩn tiếp cận pháp luật năm 2026",
             "Văn phòng HĐND và UBND xã", "Các phòng, đơn vị liên quan", "Tháng 10/2026",
             "Trước ngày 15/11/2026", "Ngân sách xã"),
        ), (8, 52, 30, 40, 20, 22, 22)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Các cơ quan, đơn vị căn cứ nhiệm vụ được giao chủ động triển khai; định kỳ hằng quý báo cáo tiến "
          "độ về Văn phòng HĐND và UBND xã."),
        P("2. Văn phòng HĐND và UBND xã theo dõi, đôn đốc; tham mưu Chủ tịch UBND xã tổ chức đánh giá, "
          "đề nghị công nhận theo quy định."),
    ]
    + _end(["Sở Tư pháp tỉnh Sơn La;", "TT Đảng ủy, HĐND xã;", "Các cơ quan, đơn vị liên quan;", "Lưu: VT."],
           "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Mùa A Lử"),
    [
        Exp("Rà soát, tự đánh giá 25 chỉ tiêu", ("Văn phòng HĐND và UBND xã",),
            ("Các phòng chuyên môn thuộc UBND xã", "Công an xã"), "2026-03-31"),
        Exp("Niêm yết công khai thủ tục hành chính", ("Trung tâm Phục vụ hành chính công xã",),
            ("Văn phòng HĐND và UBND xã",), "2026-12-31"),
        Exp("Cải tạo, bổ sung tài liệu Tủ sách pháp luật", ("Phòng Văn hóa - Xã hội",),
            ("Trung tâm Dịch vụ tổng hợp xã",), "2026-06-30"),
        Exp("Giải quyết dứt điểm đơn thư khiếu nại", ("Phòng Kinh tế",),
            ("Văn phòng HĐND và UBND xã", "Công an xã", "Ủy ban Mặt trận Tổ quốc Việt Nam xã"), "2026-09-30"),
        Exp("Tổ chức tiếp công dân định kỳ", ("Chủ tịch UBND xã",), ("Văn phòng HĐND và UBND xã",),
            "2026-12-31"),
        Exp("Tuyên truyền, phổ biến pháp luật về hôn nhân", ("Phòng Văn hóa - Xã hội",),
            ("Hội Liên hiệp Phụ nữ xã", "Trạm Y tế xã"), "2026-12-31"),
        Exp("Hoàn thiện hồ sơ đề nghị công nhận xã", ("Văn phòng HĐND và UBND xã",),
            ("Các phòng, đơn vị liên quan",), "2026-11-15"),
    ],
)

# ---------------------------------------------------------------- 8. xã Trà Lĩnh, Cao Bằng
PLAN_TRALINH = Plan(
    "tralinh_ma_tuy_mua_ban_nguoi_2026",
    _hdr("ỦY BAN NHÂN DÂN TỈNH CAO BẰNG", "ỦY BAN NHÂN DÂN XÃ TRÀ LĨNH", "15/KH-UBND",
         "Trà Lĩnh, ngày 28 tháng 01 năm 2026",
         "Tuyên truyền, phổ biến pháp luật về phòng, chống ma túy, phòng, chống mua bán người trên địa bàn "
         "xã biên giới năm 2026")
    + [
        P("Căn cứ Luật Phòng, chống ma túy năm 2021; Luật Phòng, chống mua bán người năm 2024;"),
        P("Căn cứ Kế hoạch số 120/KH-UBND ngày 16/01/2026 của UBND tỉnh Cao Bằng về thực hiện công tác phòng, "
          "chống tội phạm và tệ nạn xã hội năm 2026;"),
        P("Ủy ban nhân dân xã Trà Lĩnh ban hành Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Nâng cao nhận thức của Nhân dân khu vực biên giới về tác hại của ma túy, thủ đoạn của tội phạm mua "
          "bán người; không để phát sinh điểm, tụ điểm phức tạp."),
        P("II. NỘI DUNG TUYÊN TRUYỀN", bold=True),
        P("- Luật Phòng, chống ma túy và các văn bản hướng dẫn; Luật Phòng, chống mua bán người năm 2024."),
        P("- Quy định về quản lý biên giới, xuất cảnh, nhập cảnh; thủ đoạn dụ dỗ lao động, kết hôn trái phép."),
        P("III. NHIỆM VỤ CỤ THỂ", bold=True),
        P("- Tuyên truyền pháp luật về phòng, chống ma túy tại các xóm giáp biên"),
        P("+ Chủ trì: Công an xã."),
        P("+ Phối hợp: Đồn Biên phòng Hùng Quốc; Ủy ban Mặt trận Tổ quốc Việt Nam xã và các xóm."),
        P("+ Thời gian: Quý I - Quý IV/2026."),
        P("- Phổ biến pháp luật về phòng, chống mua bán người, xuất cảnh, nhập cảnh trái phép"),
        P("+ Chủ trì: Công an xã, Đồn Biên phòng Hùng Quốc."),
        P("+ Phối hợp: Hội Liên hiệp Phụ nữ xã, Đoàn Thanh niên xã và Trường PTDTBT THCS Trà Lĩnh."),
        P("+ Thời gian: Quý II, III/2026."),
        P("- Tổ chức ký cam kết không vi phạm pháp luật về ma túy đến từng hộ gia đình"),
        P("+ Chủ trì: Trưởng các xóm."),
        P("+ Phối hợp: Công an xã."),
        P("+ Thời gian: Tháng 3 - tháng 4/2026."),
        P("- Lồng ghép tuyên truyền tại các phiên chợ vùng biên"),
        P("+ Chủ trì: Phòng Văn hóa - Xã hội."),
        P("+ Phối hợp: Trung tâm Dịch vụ tổng hợp xã; Ban Quản lý chợ Trà Lĩnh."),
        P("+ Thời gian: Hằng tháng."),
        P("- Tuyên truyền về cai nghiện ma túy, hỗ trợ người sau cai nghiện tái hòa nhập cộng đồng"),
        P("+ Chủ trì: Trạm Y tế xã."),
        P("+ Phối hợp: Công an xã, Phòng Văn hóa - Xã hội."),
        P("+ Thời gian: Tháng 6/2026 (Tháng hành động phòng, chống ma túy)."),
        P("- Triển khai các văn bản mới về phòng, chống ma túy, mua bán người của Trung ương, của tỉnh"),
        P("+ Chủ trì: Văn phòng HĐND và UBND xã."),
        P("+ Phối hợp: Công an xã."),
        P("+ Thời gian: Sau khi văn bản được ban hành."),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Công an xã là cơ quan thường trực, tham mưu UBND xã theo dõi, đôn đốc thực hiện Kế hoạch; tổng "
          "hợp báo cáo 6 tháng trước ngày 15/6/2026, báo cáo năm trước ngày 15/11/2026."),
        P("2. Đề nghị Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội phối hợp giám sát việc thực hiện."),
    ]
    + _end(["Công an tỉnh;", "Sở Tư pháp;", "TT Đảng ủy xã;", "Đồn Biên phòng Hùng Quốc;", "Lưu: VT."],
           "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Nông Văn Thắng"),
    [
        Exp("Tuyên truyền pháp luật về phòng, chống ma túy tại", ("Công an xã",),
            ("Đồn Biên phòng Hùng Quốc", "Ủy ban Mặt trận Tổ quốc Việt Nam xã", "các xóm"), "2026-12-31"),
        Exp("Phổ biến pháp luật về phòng, chống mua bán người", ("Công an xã", "Đồn Biên phòng Hùng Quốc"),
            ("Hội Liên hiệp Phụ nữ xã", "Đoàn Thanh niên xã", "Trường PTDTBT THCS Trà Lĩnh"), "2026-09-30"),
        Exp("Tổ chức ký cam kết không vi phạm", ("Trưởng các xóm",), ("Công an xã",), "2026-04-30"),
        Exp("Lồng ghép tuyên truyền tại các phiên chợ", ("Phòng Văn hóa - Xã hội",),
            ("Trung tâm Dịch vụ tổng hợp xã", "Ban Quản lý chợ Trà Lĩnh"), "2026-12-31"),
        Exp("Tuyên truyền về cai nghiện ma túy", ("Trạm Y tế xã",),
            ("Công an xã", "Phòng Văn hóa - Xã hội"), "2026-06-30"),
        Exp("Triển khai các văn bản mới về phòng, chống ma túy", ("Văn phòng HĐND và UBND xã",),
            ("Công an xã",), "2026-12-31", True),
    ],
)

# ---------------------------------------------------------------- 9. Công an phường Đông Kinh, Lạng Sơn
PLAN_DONGKINH = Plan(
    "dongkinh_cong_an_2026",
    _hdr("CÔNG AN TỈNH LẠNG SƠN", "CÔNG AN PHƯỜNG ĐÔNG KINH", "112/KH-CAP",
         "Đông Kinh, ngày 09 tháng 02 năm 2026",
         "Tuyên truyền, phổ biến pháp luật về an ninh, trật tự năm 2026")
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012;"),
        P("Căn cứ Kế hoạch số 318/KH-CAT-PV01 ngày 19/01/2026 của Công an tỉnh Lạng Sơn về công tác tuyên "
          "truyền năm 2026;"),
        P("Căn cứ Kế hoạch số 19/KH-UBND ngày 23/01/2026 của UBND phường Đông Kinh về phổ biến, giáo dục pháp "
          "luật năm 2026,"),
        P("Công an phường Đông Kinh xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Nâng cao ý thức chấp hành pháp luật về trật tự, an toàn giao thông, cư trú, phòng cháy, chữa cháy "
          "của Nhân dân; góp phần giữ vững an ninh, trật tự trên địa bàn phường."),
        P("II. NỘI DUNG, PHÂN CÔNG THỰC HIỆN", bold=True),
        T((
            ("Nội dung công việc", "Thời gian", "Chủ trì", "Phối hợp", "Ghi chú"),
            ("I. Trật tự, an toàn giao thông", "", "", "", ""),
            ("Tuyên truyền Luật Trật tự, an toàn giao thông đường bộ cho học sinh các trường trên địa bàn",
             "Tháng 3/2026 và tháng 9/2026", "Tổ Cảnh sát khu vực",
             "Đoàn Thanh niên phường; Ban Giám hiệu các trường", "Đầu năm học mới"),
            ("Phát tờ rơi, tuyên truyền lưu động về xử phạt vi phạm nồng độ cồn", "Quý I/2026",
             "Tổ Cảnh sát khu vực", "Trung tâm Dịch vụ tổng hợp phường", "Dịp Tết Nguyên đán"),
            ("II. Cư trú, căn cước, định danh điện tử", "", "", "", ""),
            ("Phổ biến Luật Cư trú, Luật Căn cước tại các tổ dân phố", "Quý II - Quý III/2026",
             "Tổ Quản lý hành chính về trật tự xã hội",
             "Tổ trưởng tổ dân phố, Tổ bảo vệ an ninh, trật tự ở cơ sở", ""),
            ("Hướng dẫn người dân kích hoạt, sử dụng tài khoản định danh điện tử mức độ 2", "Thường xuyên",
             "Tổ Quản lý hành chính về trật tự xã hội", "Đoàn Thanh niên phường", "Đề án 06"),
            ("III. Phòng cháy, chữa cháy và an ninh mạng", "", "", "", ""),
            ("Tuyên truyền pháp luật về phòng cháy, chữa cháy và cứu nạn, cứu hộ tại các hộ kinh doanh",
             "Tháng 5 - tháng 7/2026", "Tổ Tổng hợp",
             "Các chủ hộ kinh doanh, cơ sở lưu trú trên địa bàn", ""),
            ("Cảnh báo phương thức, thủ đoạn lừa đảo qua mạng", "Hằng tháng", "Tổ An ninh",
             "Văn phòng HĐND và UBND phường; Trung tâm Dịch vụ tổng hợp phường", "Đăng trên nhóm Zalo tổ "
             "dân phố"),
            ("Phối hợp tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc (19/8)", "Tháng 8/2026",
             "Lãnh đạo Công an phường", "Ủy ban MTTQ Việt Nam phường", ""),
        ), (60, 28, 32, 42, 28)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("- Các tổ công tác căn cứ nội dung được phân công chủ động triển khai; kết quả báo cáo về Tổ Tổng hợp "
          "trước ngày 25 hằng tháng."),
        P("- Tổ Tổng hợp tham mưu Trưởng Công an phường báo cáo Công an tỉnh (qua Phòng PV01) và UBND phường."),
    ]
    + _end(["Công an tỉnh (PV01);", "UBND phường Đông Kinh;", "Các tổ công tác;", "Lưu: HS."],
           "TRƯỞNG CÔNG AN PHƯỜNG", "Thượng tá Hoàng Văn Định"),
    [
        Exp("Tuyên truyền Luật Trật tự, an toàn giao thông", ("Tổ Cảnh sát khu vực",),
            ("Đoàn Thanh niên phường", "Ban Giám hiệu các trường"), "2026-09-30"),
        Exp("Phát tờ rơi, tuyên truyền lưu động", ("Tổ Cảnh sát khu vực",),
            ("Trung tâm Dịch vụ tổng hợp phường",), "2026-03-31"),
        Exp("Phổ biến Luật Cư trú, Luật Căn cước", ("Tổ Quản lý hành chính về trật tự xã hội",),
            ("Tổ trưởng tổ dân phố", "Tổ bảo vệ an ninh, trật tự ở cơ sở"), "2026-09-30"),
        Exp("Hướng dẫn người dân kích hoạt, sử dụng", ("Tổ Quản lý hành chính về trật tự xã hội",),
            ("Đoàn Thanh niên phường",), "2026-12-31"),
        Exp("Tuyên truyền pháp luật về phòng cháy", ("Tổ Tổng hợp",),
            ("Các chủ hộ kinh doanh, cơ sở lưu trú trên địa bàn",), "2026-07-31"),
        Exp("Cảnh báo phương thức, thủ đoạn lừa đảo", ("Tổ An ninh",),
            ("Văn phòng HĐND và UBND phường", "Trung tâm Dịch vụ tổng hợp phường"), "2026-12-31"),
        Exp("Phối hợp tổ chức Ngày hội toàn dân", ("Lãnh đạo Công an phường",),
            ("Ủy ban MTTQ Việt Nam phường",), "2026-08-31"),
    ],
)

# ---------------------------------------------------------------- 10. xã Mai Châu, Phú Thọ (plan for 2027)
PLAN_MAICHAU = Plan(
    "maichau_pbgdpl_2027",
    _hdr("UBND TỈNH PHÚ THỌ", "ỦY BAN NHÂN DÂN XÃ MAI CHÂU", "205/KH-UBND",
         "Mai Châu, ngày 18 tháng 12 năm 2026",
         "Công tác phổ biến, giáo dục pháp luật năm 2027")
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012;"),
        P("Căn cứ Chỉ thị số 32-CT/TW ngày 09/12/2003 của Ban Bí thư và Kết luận số 80-KL/TW ngày 20/6/2020 "
          "của Ban Bí thư;"),
        P("Căn cứ Kế hoạch số 287/KH-UBND ngày 08/12/2026 của UBND tỉnh Phú Thọ về phổ biến, giáo dục pháp "
          "luật năm 2027;"),
        P("Ủy ban nhân dân xã Mai Châu xây dựng Kế hoạch thực hiện năm 2027 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Đưa pháp luật đến gần người dân, nhất là đồng bào Thái, Mường ở các bản du lịch cộng đồng."),
        P("2. Xác định rõ trách nhiệm chủ trì, phối hợp; bảo đảm tiến độ, hiệu quả."),
        P("II. NHIỆM VỤ", bold=True),
        P("1. Triển khai các luật, nghị quyết có hiệu lực từ năm 2027", bold=True),
        P("Văn phòng HĐND và UBND xã có trách nhiệm tham mưu UBND xã ban hành kế hoạch, phối hợp với các phòng "
          "chuyên môn tổ chức quán triệt cho cán bộ, công chức trong Quý I/2027."),
        P("2. Phổ biến pháp luật về du lịch cộng đồng, an toàn thực phẩm tại các bản du lịch", bold=True),
        P("Phòng Kinh tế chủ trì, phối hợp với Phòng Văn hóa - Xã hội, Trạm Y tế xã và Hợp tác xã du lịch cộng "
          "đồng bản Lác thực hiện từ tháng 3 đến tháng 8/2027."),
        P("3. Phổ biến pháp luật lao động cho người dân đi làm việc tại các khu công nghiệp", bold=True),
        P("Giao Phòng Văn hóa - Xã hội chủ trì; Đoàn Thanh niên xã phối hợp; thời gian: dịp trước và sau Tết "
          "Nguyên đán (tháng 01, 02/2027)."),
        P("4. Phổ biến pháp luật qua hệ thống truyền thanh cơ sở và mạng xã hội", bold=True),
        P("- Trung tâm Dịch vụ tổng hợp xã có trách nhiệm duy trì chuyên mục pháp luật trên loa truyền thanh "
          "02 kỳ/tháng; thời gian: hằng tháng."),
        P("- Văn phòng HĐND và UBND xã cập nhật văn bản mới trên trang Zalo OA của UBND xã, phối hợp với Công "
          "an xã cảnh báo thủ đoạn lừa đảo qua mạng; thời gian: thường xuyên."),
        P("5. Tuyên truyền, vận động Nhân dân thực hiện nếp sống văn minh trong việc cưới, việc tang, lễ hội",
          bold=True),
        P("Đề nghị Ủy ban MTTQ Việt Nam xã chủ trì, phối hợp với Hội Người cao tuổi xã, các trưởng bản tuyên "
          "truyền, vận động; thời gian: cả năm 2027."),
        P("6. Phổ biến các văn bản hướng dẫn thi hành Luật Đất đai (sửa đổi)", bold=True),
        P("Phòng Kinh tế chủ trì, phối hợp với Văn phòng HĐND và UBND xã tổ chức phổ biến ngay sau khi văn bản "
          "hướng dẫn của tỉnh được ban hành."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Trách nhiệm: Thủ trưởng các cơ quan, đơn vị được phân công chịu trách nhiệm trước Chủ tịch UBND xã "
          "về kết quả thực hiện."),
        P("2. Chế độ báo cáo: báo cáo 6 tháng trước ngày 05/6/2027; báo cáo năm trước ngày 05/11/2027 (qua Văn "
          "phòng HĐND và UBND xã)."),
        P("3. Kinh phí: bố trí trong dự toán ngân sách xã năm 2027."),
    ]
    + _end(["Sở Tư pháp tỉnh Phú Thọ;", "TT Đảng ủy, HĐND xã;", "Ủy ban MTTQ Việt Nam xã;", "Lưu: VT."],
           "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Hà Công Minh"),
    [
        Exp("Triển khai các luật, nghị quyết có hiệu lực", ("Văn phòng HĐND và UBND xã",),
            ("các phòng chuyên môn",), "2027-03-31"),
        Exp("Phổ biến pháp luật về du lịch cộng đồng", ("Phòng Kinh tế",),
            ("Phòng Văn hóa - Xã hội", "Trạm Y tế xã", "Hợp tác xã du lịch cộng đồng bản Lác"), "2027-08-31"),
        Exp("Phổ biến pháp luật lao động cho người dân", ("Phòng Văn hóa - Xã hội",),
            ("Đoàn Thanh niên xã",), "2027-02-28"),
        Exp("Trung tâm Dịch vụ tổng hợp xã có trách nhiệm duy trì", ("Trung tâm Dịch vụ tổng hợp xã",), (),
            "2027-12-31"),
        Exp("Văn phòng HĐND và UBND xã cập nhật văn bản", ("Văn phòng HĐND và UBND xã",), ("Công an xã",),
            "2027-12-31"),
        Exp("Tuyên truyền, vận động Nhân dân thực hiện nếp sống", ("Ủy ban MTTQ Việt Nam xã",),
            ("Hội Người cao tuổi xã", "các trưởng bản"), "2027-12-31"),
        Exp("Phổ biến các văn bản hướng dẫn thi hành", ("Phòng Kinh tế",), ("Văn phòng HĐND và UBND xã",),
            "2027-12-31", True),
    ],
)

PLANS: list[Plan] = [
    PLAN_BATXAT, PLAN_HAGIANG, PLAN_DONGVAN, PLAN_TUACHUA, PLAN_PATAN,
    PLAN_DUCXUAN, PLAN_VANHO, PLAN_TRALINH, PLAN_DONGKINH, PLAN_MAICHAU,
]
