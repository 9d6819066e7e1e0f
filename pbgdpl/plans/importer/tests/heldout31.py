"""Held-out evaluation set 31: ten yearly PBGDPL plans of agencies of the northern provinces.

Answers typed by hand (issue 4 rules). Plans and their layout features:

1. UBND tỉnh Lào Cai (provincial): 6-column task table (STT, Nội dung, Cơ quan chủ trì, Cơ quan phối
   hợp, Thời gian, Sản phẩm) with roman-numeral group rows; quarter and "Quý II, III" timeframes.
2. Sở Y tế tỉnh Quảng Ninh (department): bold "1.1." headings, labels "Đơn vị chủ trì:", "Đơn vị phối
   hợp:", "Thời gian thực hiện:" on their own lines; one event-triggered timeframe.
3. UBND xã Thanh Sơn, Phú Thọ (commune): dash items with prose "Giao X chủ trì, phối hợp với Y";
   persons as units (Phó Chủ tịch UBND xã, công chức Tư pháp - Hộ tịch); month ranges.
4. Tỉnh Đoàn Thái Nguyên (mass organisation): "a)" items with one inline line "Chủ trì: …; phối hợp: …;
   thời gian: …"; long unit lists mixing "," ";" "và".
5. Trường THPT Tiên Lữ, Hưng Yên (school, 2026-2027 school year): table without STT (Nội dung công
   việc, Người/bộ phận thực hiện, Phối hợp, Thời gian, Ghi chú); persons as leads; month ranges into 2027.
6. Công an tỉnh Lạng Sơn (sector body): roman numerals, numbered tasks with "+ Đơn vị chủ trì:",
   "+ Đơn vị phối hợp:", "+ Thời hạn:" bullets; "theo đề nghị của" timeframe.
7. UBND phường Lê Chân, Hải Phòng (ward): table with a 2-row header (Đơn vị thực hiện: Chủ trì /
   Phối hợp) and Kinh phí column; dates "trước ngày".
8. Hội LHPN tỉnh Sơn La (mass organisation): numbered items with several assignment blocks each
   ("- X chủ trì …"; "- Y thực hiện …"); non-bold headings.
9. Sở Nông nghiệp và Môi trường tỉnh Ninh Bình (department): prose "Đề nghị X …", "X có trách nhiệm …",
   inline "Tiến độ:"; "sau khi … được ban hành" timeframe.
10. Hội đồng phối hợp PBGDPL tỉnh Tuyên Quang (2027 plan issued December 2026): table with columns
   Nội dung | Thời gian | Chủ trì | Phối hợp | Ghi chú, numbering "1", "2" in the content, group rows.
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T


def _head(up: str, agency: str, number: str, place_date: str, title: str, sub: str = "") -> list[P | T]:
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
    out += [P(r) for r in recipients]
    out += [P(role, bold=True, center=True), P("(Đã ký)", center=True), P(signer, bold=True, center=True)]
    return out


# ------------------------------------------------------------------ 1. UBND tỉnh Lào Cai
PLAN_LAOCAI = Plan(
    "set31_ubnd_laocai",
    _head(
        "ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI", "58/KH-UBND", "Lào Cai, ngày 23 tháng 01 năm 2026",
        "Phổ biến, giáo dục pháp luật trên địa bàn tỉnh Lào Cai năm 2026",
    )
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;"),
        P("Căn cứ Kết luận số 80-KL/TW ngày 20/6/2024 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số "
          "32-CT/TW của Ban Bí thư;"),
        P("Căn cứ Kế hoạch số 14/KH-HĐPH ngày 09/01/2026 của Hội đồng phối hợp phổ biến, giáo dục pháp "
          "luật Trung ương về công tác năm 2026;"),
        P("Ủy ban nhân dân tỉnh ban hành Kế hoạch phổ biến, giáo dục pháp luật năm 2026 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Mục đích", bold=True),
        P("- Triển khai kịp thời, hiệu quả các văn bản pháp luật mới, nhất là các văn bản liên quan đến "
          "tổ chức chính quyền địa phương hai cấp."),
        P("- Nâng cao ý thức tuân thủ pháp luật của cán bộ và Nhân dân, đồng bào dân tộc thiểu số vùng cao."),
        P("2. Yêu cầu", bold=True),
        P("- Bám sát nhiệm vụ chính trị của tỉnh; xác định rõ cơ quan chủ trì, thời hạn, sản phẩm."),
        P("II. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True),
        P("(Chi tiết tại Phụ lục kèm theo)"),
        P("PHỤ LỤC NHIỆM VỤ PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT NĂM 2026", bold=True, center=True),
        P("(Kèm theo Kế hoạch số 58/KH-UBND ngày 23/01/2026 của UBND tỉnh)", center=True),
        T(
            (
                ("STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian",
                 "Sản phẩm"),
                ("I", "Công tác chỉ đạo, hướng dẫn", "", "", "", ""),
                ("1", "Ban hành văn bản chỉ đạo, hướng dẫn công tác phổ biến, giáo dục pháp luật năm 2026",
                 "Sở Tư pháp", "Các sở, ban, ngành tỉnh", "Quý I/2026", "Văn bản hướng dẫn"),
                ("2", "Kiện toàn Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh và Tổ giúp việc",
                 "Sở Tư pháp", "Sở Nội vụ", "Tháng 3/2026", "Quyết định kiện toàn"),
                ("II", "Phổ biến pháp luật cho đối tượng đặc thù", "", "", "", ""),
                ("3", "Tổ chức phổ biến pháp luật cho đồng bào dân tộc thiểu số bằng tiếng Mông, tiếng "
                 "Dao tại các xã vùng cao", "Ban Dân tộc tỉnh",
                 "Sở Văn hóa, Thể thao và Du lịch; Đài Phát thanh và Truyền hình tỉnh; UBND các xã, phường",
                 "Quý II, III/2026", "Chương trình phát thanh song ngữ"),
                ("4", "Phổ biến pháp luật về phòng, chống mua bán người, xuất nhập cảnh trái phép tại khu "
                 "vực biên giới", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
                 "Công an tỉnh, UBND các xã biên giới", "Cả năm", "Hội nghị, tờ gấp"),
                ("5", "Tuyên truyền pháp luật về đất đai, bảo vệ rừng cho người dân vùng sạt lở",
                 "Sở Nông nghiệp và Môi trường", "Hội Nông dân tỉnh", "Tháng 4 - tháng 8/2026",
                 "Pa nô, tờ rơi"),
                ("III", "Ứng dụng công nghệ, chuyển đổi số", "", "", "", ""),
                ("6", "Cập nhật, số hóa tài liệu phổ biến pháp luật trên Cổng Pháp luật quốc gia và Trang "
                 "thông tin điện tử tỉnh", "Sở Tư pháp", "Sở Khoa học và Công nghệ", "Thường xuyên",
                 "Tài liệu điện tử"),
                ("7", "Tổ chức Cuộc thi trực tuyến tìm hiểu pháp luật về chính quyền địa phương hai cấp",
                 "Sở Nội vụ", "Sở Tư pháp; Báo và Phát thanh, Truyền hình Lào Cai",
                 "Từ tháng 6 đến tháng 9/2026", "Cuộc thi"),
            ),
            (8, 48, 30, 40, 22, 26),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Sở Tư pháp là cơ quan thường trực, giúp UBND tỉnh theo dõi, đôn đốc việc thực hiện Kế hoạch; "
          "tổng hợp, báo cáo kết quả trước ngày 20/11/2026."),
        P("2. Các sở, ban, ngành, UBND các xã, phường căn cứ Kế hoạch xây dựng kế hoạch của đơn vị; báo cáo "
          "kết quả về Sở Tư pháp trước ngày 05/11/2026."),
        P("3. Kinh phí thực hiện từ nguồn ngân sách nhà nước giao trong dự toán năm 2026."),
    ]
    + _end(["- Hội đồng PHPBGDPL Trung ương;", "- TT Tỉnh ủy, HĐND tỉnh;", "- Các sở, ban, ngành;",
            "- UBND các xã, phường;", "- Lưu: VT, NC."],
           "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hoàng Quốc Khánh"),
    [
        Exp("Ban hành văn bản chỉ đạo, hướng dẫn công tác", ("Sở Tư pháp",), ("Các sở, ban, ngành tỉnh",),
            "2026-03-31"),
        Exp("Kiện toàn Hội đồng phối hợp phổ biến", ("Sở Tư pháp",), ("Sở Nội vụ",), "2026-03-31"),
        Exp("Tổ chức phổ biến pháp luật cho đồng bào dân tộc", ("Ban Dân tộc tỉnh",),
            ("Sở Văn hóa, Thể thao và Du lịch", "Đài Phát thanh và Truyền hình tỉnh", "UBND các xã, phường"),
            "2026-09-30"),
        Exp("Phổ biến pháp luật về phòng, chống mua bán người", ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh",),
            ("Công an tỉnh", "UBND các xã biên giới"), "2026-12-31"),
        Exp("Tuyên truyền pháp luật về đất đai, bảo vệ rừng", ("Sở Nông nghiệp và Môi trường",),
            ("Hội Nông dân tỉnh",), "2026-08-31"),
        Exp("Cập nhật, số hóa tài liệu phổ biến pháp luật", ("Sở Tư pháp",), ("Sở Khoa học và Công nghệ",),
            "2026-12-31"),
        Exp("Tổ chức Cuộc thi trực tuyến tìm hiểu pháp luật", ("Sở Nội vụ",),
            ("Sở Tư pháp", "Báo và Phát thanh, Truyền hình Lào Cai"), "2026-09-30"),
    ],
)

# ------------------------------------------------------------------ 2. Sở Y tế Quảng Ninh
PLAN_SYT = Plan(
    "set31_syt_quangninh",
    _head(
        "UBND TỈNH QUẢNG NINH", "SỞ Y TẾ", "112/KH-SYT", "Quảng Ninh, ngày 10 tháng 02 năm 2026",
        "Công tác phổ biến, giáo dục pháp luật ngành Y tế năm 2026",
    )
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012;"),
        P("Căn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15;"),
        P("Căn cứ Kế hoạch số 21/KH-UBND ngày 16/01/2026 của UBND tỉnh Quảng Ninh về phổ biến, giáo dục "
          "pháp luật năm 2026;"),
        P("Sở Y tế xây dựng Kế hoạch thực hiện như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Nâng cao nhận thức pháp luật cho công chức, viên chức, người lao động ngành Y tế; gắn công tác "
          "phổ biến pháp luật với cải cách hành chính và chuyển đổi số y tế."),
        P("II. NỘI DUNG VÀ NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Phổ biến văn bản pháp luật mới", bold=True),
        P("1.1. Quán triệt Luật Khám bệnh, chữa bệnh và các nghị định hướng dẫn cho đội ngũ y, bác sĩ",
          bold=True),
        P("- Đơn vị chủ trì: Phòng Nghiệp vụ Y"),
        P("- Đơn vị phối hợp: Bệnh viện Đa khoa tỉnh, Trung tâm Y tế các khu vực"),
        P("- Thời gian thực hiện: Quý I - Quý II/2026"),
        P("1.2. Tuyên truyền pháp luật về an toàn thực phẩm trong dịp Tết và mùa du lịch", bold=True),
        P("- Đơn vị chủ trì: Chi cục An toàn vệ sinh thực phẩm"),
        P("- Đơn vị phối hợp: Sở Công Thương; Sở Nông nghiệp và Môi trường; UBND các xã, phường, đặc khu"),
        P("- Thời gian thực hiện: Tháng 01 - tháng 02/2026 và tháng 5 - tháng 8/2026"),
        P("1.3. Phổ biến các văn bản mới về bảo hiểm y tế khi Luật sửa đổi có hiệu lực", bold=True),
        P("- Đơn vị chủ trì: Phòng Kế hoạch - Tài chính"),
        P("- Đơn vị phối hợp: Bảo hiểm xã hội tỉnh"),
        P("- Thời gian thực hiện: Khi có văn bản hướng dẫn của Bộ Y tế"),
        P("2. Đổi mới hình thức phổ biến", bold=True),
        P("2.1. Xây dựng chuyên mục “Pháp luật và sức khỏe” trên Cổng thông tin điện tử Sở Y tế", bold=True),
        P("- Đơn vị chủ trì: Văn phòng Sở"),
        P("- Đơn vị phối hợp: Trung tâm Kiểm soát bệnh tật tỉnh"),
        P("- Thời gian thực hiện: Thường xuyên"),
        P("2.2. Tổ chức hội thi “Cán bộ y tế với pháp luật” cấp ngành", bold=True),
        P("- Đơn vị chủ trì: Công đoàn ngành Y tế"),
        P("- Đơn vị phối hợp: Văn phòng Sở, Thanh tra Sở và các đơn vị trực thuộc"),
        P("- Thời gian thực hiện: Tháng 10/2026"),
        P("3. Phổ biến pháp luật gắn với thanh tra, kiểm tra", bold=True),
        P("3.1. Lồng ghép phổ biến pháp luật về hành nghề y, dược tư nhân trong các đợt thanh tra",
          bold=True),
        P("- Đơn vị chủ trì: Thanh tra Sở"),
        P("- Đơn vị phối hợp: Phòng Nghiệp vụ Dược"),
        P("- Thời gian thực hiện: Theo kế hoạch thanh tra năm 2026"),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Văn phòng Sở là đầu mối theo dõi, tổng hợp, báo cáo Sở Tư pháp trước ngày 10/11/2026."),
        P("2. Thủ trưởng các phòng, đơn vị trực thuộc chịu trách nhiệm triển khai Kế hoạch; báo cáo kết "
          "quả về Văn phòng Sở trước ngày 31/10/2026."),
    ]
    + _end(["- Sở Tư pháp (b/c);", "- Giám đốc, các PGĐ Sở;", "- Các đơn vị trực thuộc;", "- Lưu: VT, VP."],
           "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Vũ Thị Hồng Nhung"),
    [
        Exp("Quán triệt Luật Khám bệnh, chữa bệnh", ("Phòng Nghiệp vụ Y",),
            ("Bệnh viện Đa khoa tỉnh", "Trung tâm Y tế các khu vực"), "2026-06-30"),
        Exp("Tuyên truyền pháp luật về an toàn thực phẩm", ("Chi cục An toàn vệ sinh thực phẩm",),
            ("Sở Công Thương", "Sở Nông nghiệp và Môi trường", "UBND các xã, phường, đặc khu"), "2026-08-31"),
        Exp("Phổ biến các văn bản mới về bảo hiểm y tế", ("Phòng Kế hoạch - Tài chính",),
            ("Bảo hiểm xã hội tỉnh",), "2026-12-31", True),
        Exp("Xây dựng chuyên mục “Pháp luật và sức khỏe”", ("Văn phòng Sở",),
            ("Trung tâm Kiểm soát bệnh tật tỉnh",), "2026-12-31"),
        Exp("Tổ chức hội thi “Cán bộ y tế với pháp luật”", ("Công đoàn ngành Y tế",),
            ("Văn phòng Sở", "Thanh tra Sở", "các đơn vị trực thuộc"), "2026-10-31"),
        Exp("Lồng ghép phổ biến pháp luật về hành nghề", ("Thanh tra Sở",), ("Phòng Nghiệp vụ Dược",),
            "2026-12-31"),
    ],
)

# ------------------------------------------------------------------ 3. UBND xã Thanh Sơn, Phú Thọ
PLAN_XA = Plan(
    "set31_xa_thanhson",
    _head(
        "ỦY BAN NHÂN DÂN", "XÃ THANH SƠN", "09/KH-UBND", "Thanh Sơn, ngày 05 tháng 02 năm 2026",
        "Phổ biến, giáo dục pháp luật; hòa giải ở cơ sở và xây dựng xã đạt chuẩn tiếp cận pháp luật năm 2026",
    )
    + [
        P("Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;"),
        P("Căn cứ Luật Hòa giải ở cơ sở năm 2013;"),
        P("Căn cứ Kế hoạch số 35/KH-UBND ngày 20/01/2026 của UBND tỉnh Phú Thọ;"),
        P("UBND xã Thanh Sơn xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Đưa pháp luật đến với Nhân dân các thôn, bản, khu dân cư; phát huy vai trò của tổ hòa giải."),
        P("- Phân công cụ thể, gắn trách nhiệm của người đứng đầu."),
        P("II. NỘI DUNG", bold=True),
        P("1. Phổ biến, giáo dục pháp luật", bold=True),
        P("- Tổ chức hội nghị tuyên truyền pháp luật về đất đai, hôn nhân và gia đình tại các khu dân cư. "
          "Giao công chức Tư pháp - Hộ tịch chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam xã và "
          "Trưởng các thôn, khu thực hiện. Thời gian: tháng 3 đến tháng 6/2026."),
        P("- Duy trì phát sóng chuyên mục pháp luật trên hệ thống loa truyền thanh của xã 02 buổi/tuần. "
          "Giao Trung tâm Dịch vụ tổng hợp xã thực hiện. Thời gian: thường xuyên."),
        P("- Tuyên truyền pháp luật về phòng cháy, chữa cháy và trật tự an toàn giao thông cho học sinh "
          "các trường trên địa bàn. Giao Công an xã chủ trì, phối hợp với các trường Mầm non, Tiểu học, "
          "Trung học cơ sở. Thời gian: tháng 9 - tháng 11/2026."),
        P("2. Hòa giải ở cơ sở", bold=True),
        P("- Kiện toàn, củng cố các tổ hòa giải; bồi dưỡng kỹ năng cho hòa giải viên. Giao Phó Chủ tịch "
          "UBND xã chủ trì, phối hợp với công chức Tư pháp - Hộ tịch và Ban Công tác Mặt trận các thôn, khu. "
          "Thời gian: Quý II/2026."),
        P("3. Xây dựng xã đạt chuẩn tiếp cận pháp luật", bold=True),
        P("- Rà soát, tự đánh giá các chỉ tiêu tiếp cận pháp luật năm 2026. Giao Hội đồng đánh giá chuẩn "
          "tiếp cận pháp luật xã chủ trì; Văn phòng HĐND và UBND xã, Phòng Văn hóa - Xã hội phối hợp. "
          "Thời gian: trước ngày 15/11/2026."),
        P("- Cập nhật thủ tục hành chính, niêm yết công khai tại Trung tâm Phục vụ hành chính công xã. "
          "Giao Văn phòng HĐND và UBND xã thực hiện. Thời gian: cả năm 2026."),
        P("- Tổ chức Ngày Pháp luật Việt Nam 09/11. Giao công chức Tư pháp - Hộ tịch chủ trì, phối hợp "
          "với Đoàn Thanh niên, Hội Liên hiệp Phụ nữ xã. Thời gian: tháng 11/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Công chức Tư pháp - Hộ tịch theo dõi, tổng hợp kết quả, báo cáo Chủ tịch UBND xã và Sở Tư pháp "
          "trước ngày 25/11/2026. Đề nghị Ủy ban MTTQ Việt Nam xã và các đoàn thể phối hợp thực hiện."),
    ]
    + _end(["- Sở Tư pháp tỉnh Phú Thọ;", "- TT Đảng ủy, HĐND xã;", "- CT, PCT UBND xã;", "- Các thôn, khu;",
            "- Lưu: VT."], "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Đinh Văn Hùng"),
    [
        Exp("Tổ chức hội nghị tuyên truyền pháp luật về đất đai", ("công chức Tư pháp - Hộ tịch",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Trưởng các thôn, khu"), "2026-06-30"),
        Exp("Duy trì phát sóng chuyên mục pháp luật", ("Trung tâm Dịch vụ tổng hợp xã",), (), "2026-12-31"),
        Exp("Tuyên truyền pháp luật về phòng cháy, chữa cháy", ("Công an xã",),
            ("các trường Mầm non, Tiểu học, Trung học cơ sở",), "2026-11-30"),
        Exp("Kiện toàn, củng cố các tổ hòa giải", ("Phó Chủ tịch UBND xã",),
            ("công chức Tư pháp - Hộ tịch", "Ban Công tác Mặt trận các thôn, khu"), "2026-06-30"),
        Exp("Rà soát, tự đánh giá các chỉ tiêu", ("Hội đồng đánh giá chuẩn tiếp cận pháp luật xã",),
            ("Văn phòng HĐND và UBND xã", "Phòng Văn hóa - Xã hội"), "2026-11-15"),
        Exp("Cập nhật thủ tục hành chính, niêm yết công khai", ("Văn phòng HĐND và UBND xã",), (),
            "2026-12-31"),
        Exp("Tổ chức Ngày Pháp luật Việt Nam", ("công chức Tư pháp - Hộ tịch",),
            ("Đoàn Thanh niên", "Hội Liên hiệp Phụ nữ xã"), "2026-11-30"),
    ],
)

# ------------------------------------------------------------------ 4. Tỉnh Đoàn Thái Nguyên
PLAN_DOAN = Plan(
    "set31_tinhdoan_thainguyen",
    _head(
        "ĐOÀN TNCS HỒ CHÍ MINH", "BCH TỈNH THÁI NGUYÊN", "27-KH/TĐTN-TTNTN",
        "Thái Nguyên, ngày 12 tháng 02 năm 2026",
        "Tuyên truyền, phổ biến, giáo dục pháp luật trong đoàn viên, thanh niên năm 2026",
    )
    + [
        P("Căn cứ Chỉ thị số 32-CT/TW ngày 09/12/2003 của Ban Bí thư và Kết luận số 80-KL/TW ngày "
          "20/6/2024 của Bộ Chính trị;"),
        P("Căn cứ Chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2026 của Ban Bí thư Trung "
          "ương Đoàn; Kế hoạch số 19/KH-UBND ngày 14/01/2026 của UBND tỉnh Thái Nguyên,"),
        P("Ban Thường vụ Tỉnh Đoàn xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Nâng cao ý thức chấp hành pháp luật của đoàn viên, thanh niên; phòng ngừa vi phạm pháp luật "
          "trong thanh thiếu niên."),
        P("2. Các hoạt động thiết thực, phù hợp đặc điểm từng đối tượng thanh niên."),
        P("II. NỘI DUNG, GIẢI PHÁP", bold=True),
        P("1. Tuyên truyền trên không gian mạng", bold=True),
        P("a) Sản xuất video clip, infographic phổ biến pháp luật về an ninh mạng, phòng chống lừa đảo "
          "trực tuyến đăng trên fanpage “Tuổi trẻ Thái Nguyên”."),
        P("Chủ trì: Ban Tuyên giáo Tỉnh Đoàn; phối hợp: Công an tỉnh, Đoàn Thanh niên Công an tỉnh; "
          "thời gian: hằng tháng."),
        P("b) Tổ chức cuộc thi trực tuyến “Thanh niên với Hiến pháp và pháp luật” năm 2026."),
        P("Chủ trì: Ban Tuyên giáo Tỉnh Đoàn; phối hợp: Sở Tư pháp, Sở Giáo dục và Đào tạo, Hội Liên hiệp "
          "thanh niên Việt Nam tỉnh; thời gian: tháng 8 - tháng 10/2026."),
        P("2. Tuyên truyền trực tiếp tại cơ sở", bold=True),
        P("a) Tổ chức “Phiên tòa giả định” về phòng, chống ma túy trong trường học."),
        P("Chủ trì: Hội đồng Đội tỉnh; phối hợp: Tòa án nhân dân tỉnh, Viện kiểm sát nhân dân tỉnh và "
          "Đoàn trường các trường THPT; thời gian: Quý II, III/2026."),
        P("b) Tư vấn pháp luật miễn phí cho thanh niên công nhân tại các khu công nghiệp Yên Bình, Điềm "
          "Thụy."),
        P("Chủ trì: Ban Đoàn kết tập hợp thanh niên; phối hợp: Trung tâm Trợ giúp pháp lý nhà nước tỉnh; "
          "Liên đoàn Lao động tỉnh; Đoàn Khối các cơ quan và doanh nghiệp tỉnh; thời gian: tháng 5/2026."),
        P("c) Tuyên truyền pháp luật về hôn nhân và gia đình, phòng chống tảo hôn cho thanh niên dân tộc "
          "thiểu số vùng cao."),
        P("Chủ trì: Đoàn Thanh niên các xã vùng cao; phối hợp: Hội Liên hiệp Phụ nữ tỉnh; thời gian: "
          "Quý III/2026."),
        P("3. Bồi dưỡng báo cáo viên, tuyên truyền viên", bold=True),
        P("a) Tập huấn kỹ năng tuyên truyền pháp luật cho cán bộ Đoàn cơ sở."),
        P("Chủ trì: Ban Tổ chức - Kiểm tra Tỉnh Đoàn; phối hợp: Trường Chính trị tỉnh; thời gian: trước "
          "ngày 30/6/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Ban Tuyên giáo Tỉnh Đoàn là đơn vị thường trực, theo dõi, đôn đốc thực hiện Kế hoạch."),
        P("2. Các Đoàn cơ sở trực thuộc căn cứ Kế hoạch triển khai phù hợp; báo cáo kết quả về Ban Thường "
          "vụ Tỉnh Đoàn (qua Ban Tuyên giáo) trước ngày 15/11/2026."),
    ]
    + _end(["- Trung ương Đoàn (b/c);", "- Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c);",
            "- Các Đoàn cơ sở trực thuộc;", "- Lưu: VP, TG."],
           "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN\nPHÓ BÍ THƯ", "Lường Thị Thu Trang"),
    [
        Exp("Sản xuất video clip, infographic phổ biến pháp luật", ("Ban Tuyên giáo Tỉnh Đoàn",),
            ("Công an tỉnh", "Đoàn Thanh niên Công an tỉnh"), "2026-12-31"),
        Exp("Tổ chức cuộc thi trực tuyến “Thanh niên với Hiến pháp", ("Ban Tuyên giáo Tỉnh Đoàn",),
            ("Sở Tư pháp", "Sở Giáo dục và Đào tạo", "Hội Liên hiệp thanh niên Việt Nam tỉnh"), "2026-10-31"),
        Exp("Tổ chức “Phiên tòa giả định” về phòng, chống ma túy", ("Hội đồng Đội tỉnh",),
            ("Tòa án nhân dân tỉnh", "Viện kiểm sát nhân dân tỉnh", "Đoàn trường các trường THPT"),
            "2026-09-30"),
        Exp("Tư vấn pháp luật miễn phí cho thanh niên công nhân", ("Ban Đoàn kết tập hợp thanh niên",),
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh", "Liên đoàn Lao động tỉnh",
             "Đoàn Khối các cơ quan và doanh nghiệp tỉnh"), "2026-05-31"),
        Exp("Tuyên truyền pháp luật về hôn nhân và gia đình", ("Đoàn Thanh niên các xã vùng cao",),
            ("Hội Liên hiệp Phụ nữ tỉnh",), "2026-09-30"),
        Exp("Tập huấn kỹ năng tuyên truyền pháp luật cho cán bộ Đoàn", ("Ban Tổ chức - Kiểm tra Tỉnh Đoàn",),
            ("Trường Chính trị tỉnh",), "2026-06-30"),
    ],
)

# ------------------------------------------------------------------ 5. Trường THPT Tiên Lữ, Hưng Yên
PLAN_THPT = Plan(
    "set31_thpt_tienlu",
    _head(
        "SỞ GD&ĐT HƯNG YÊN", "TRƯỜNG THPT TIÊN LỮ", "45/KH-THPTTL", "Tiên Lữ, ngày 15 tháng 9 năm 2026",
        "Công tác phổ biến, giáo dục pháp luật năm học 2026-2027",
    )
    + [
        P("Căn cứ Thông tư liên tịch số 14/2014/TTLT-BGDĐT-BTP ngày 09/5/2014 hướng dẫn phối hợp thực "
          "hiện phổ biến, giáo dục pháp luật trong nhà trường;"),
        P("Căn cứ Công văn số 2105/SGDĐT-CTTT ngày 05/9/2026 của Sở Giáo dục và Đào tạo Hưng Yên về hướng "
          "dẫn công tác PBGDPL năm học 2026-2027;"),
        P("Trường THPT Tiên Lữ xây dựng kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Giáo dục ý thức tôn trọng, chấp hành pháp luật cho học sinh; xây dựng trường học an toàn."),
        P("- Lồng ghép nội dung pháp luật vào các môn học và hoạt động trải nghiệm."),
        P("II. NỘI DUNG, THỜI GIAN VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        T(
            (
                ("Nội dung công việc", "Người/bộ phận thực hiện", "Phối hợp", "Thời gian", "Ghi chú"),
                ("Quán triệt nội quy nhà trường, Luật Giao thông đường bộ và Luật Trật tự, an toàn giao "
                 "thông đường bộ cho học sinh đầu năm học", "Phó Hiệu trưởng phụ trách nền nếp",
                 "Giáo viên chủ nhiệm; Công an xã Tiên Lữ", "Tháng 9/2026", "Tuần sinh hoạt công dân"),
                ("Lồng ghép giáo dục pháp luật trong môn Giáo dục kinh tế và pháp luật",
                 "Tổ Sử - Địa - GDKT&PL", "", "Tháng 9/2026 - tháng 5/2027", "Theo phân phối chương trình"),
                ("Tổ chức chuyên đề phòng chống bạo lực học đường, xâm hại trẻ em",
                 "Đoàn Thanh niên nhà trường", "Tổ Tư vấn học đường, Ban đại diện cha mẹ học sinh",
                 "Tháng 11/2026", ""),
                ("Bổ sung sách, tài liệu pháp luật cho Tủ sách pháp luật", "Cán bộ thư viện",
                 "Bộ phận Kế toán", "Tháng 10 - tháng 12/2026", "Kinh phí chi thường xuyên"),
                ("Hưởng ứng Ngày Pháp luật Việt Nam (09/11) bằng hoạt động sân khấu hóa",
                 "Đoàn Thanh niên nhà trường", "Các lớp 10, 11, 12", "Từ ngày 01/11 đến ngày 09/11/2026", ""),
                ("Sơ kết, tổng kết công tác phổ biến, giáo dục pháp luật", "Hiệu trưởng",
                 "Thư ký Hội đồng trường", "Tháng 01/2027 và tháng 5/2027", "Báo cáo Sở GD&ĐT"),
            ),
            (52, 32, 34, 28, 28),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("- Các tổ chuyên môn, giáo viên chủ nhiệm thực hiện nghiêm túc kế hoạch."),
        P("- Phó Hiệu trưởng phụ trách nền nếp tổng hợp, báo cáo kết quả học kỳ I trước ngày 10/01/2027 và "
          "cả năm học trước ngày 20/5/2027."),
    ]
    + _end(["- Sở GD&ĐT (để b/c);", "- BGH, các tổ chuyên môn;", "- Đoàn Thanh niên;", "- Lưu: VT."],
           "HIỆU TRƯỞNG", "Trần Văn Bình"),
    [
        Exp("Quán triệt nội quy nhà trường, Luật Giao thông", ("Phó Hiệu trưởng phụ trách nền nếp",),
            ("Giáo viên chủ nhiệm", "Công an xã Tiên Lữ"), "2026-09-30"),
        Exp("Lồng ghép giáo dục pháp luật trong môn", ("Tổ Sử - Địa - GDKT&PL",), (), "2027-05-31"),
        Exp("Tổ chức chuyên đề phòng chống bạo lực học đường", ("Đoàn Thanh niên nhà trường",),
            ("Tổ Tư vấn học đường", "Ban đại diện cha mẹ học sinh"), "2026-11-30"),
        Exp("Bổ sung sách, tài liệu pháp luật", ("Cán bộ thư viện",), ("Bộ phận Kế toán",), "2026-12-31"),
        Exp("Hưởng ứng Ngày Pháp luật Việt Nam", ("Đoàn Thanh niên nhà trường",), ("Các lớp 10, 11, 12",),
            "2026-11-09"),
        Exp("Sơ kết, tổng kết công tác phổ biến", ("Hiệu trưởng",), ("Thư ký Hội đồng trường",),
            "2027-05-31"),
    ],
)

# ------------------------------------------------------------------ 6. Công an tỉnh Lạng Sơn
PLAN_CA = Plan(
    "set31_congan_langson",
    _head(
        "UBND TỈNH LẠNG SƠN", "CÔNG AN TỈNH", "215/KH-CAT-PX01", "Lạng Sơn, ngày 20 tháng 01 năm 2026",
        "Tuyên truyền, phổ biến, giáo dục pháp luật của Công an tỉnh năm 2026",
    )
    + [
        P("Thực hiện Kế hoạch số 88/KH-BCA-V03 ngày 06/01/2026 của Bộ Công an về công tác phổ biến, giáo "
          "dục pháp luật năm 2026 và Kế hoạch số 12/KH-UBND ngày 13/01/2026 của UBND tỉnh Lạng Sơn, "
          "Công an tỉnh xây dựng Kế hoạch thực hiện như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Tăng cường hiệu quả phổ biến pháp luật về an ninh, trật tự; phát huy sức mạnh của phong trào "
          "toàn dân bảo vệ an ninh Tổ quốc ở khu vực biên giới."),
        P("II. NỘI DUNG", bold=True),
        P("1. Tuyên truyền Luật Căn cước, Luật Trật tự, an toàn giao thông đường bộ và các nghị định "
          "hướng dẫn", bold=True),
        P("+ Đơn vị chủ trì: Phòng Tham mưu"),
        P("+ Đơn vị phối hợp: Phòng Cảnh sát quản lý hành chính về trật tự xã hội, Phòng Cảnh sát giao "
          "thông, Công an các xã, phường"),
        P("+ Thời hạn: Quý I, II/2026"),
        P("2. Phổ biến pháp luật về phòng, chống tội phạm ma túy, buôn lậu qua biên giới", bold=True),
        P("+ Đơn vị chủ trì: Phòng Cảnh sát điều tra tội phạm về ma túy"),
        P("+ Đơn vị phối hợp: Bộ Chỉ huy Bộ đội Biên phòng tỉnh; Cục Hải quan khu vực"),
        P("+ Thời hạn: Thường xuyên"),
        P("3. Tuyên truyền phòng, chống lừa đảo chiếm đoạt tài sản trên không gian mạng", bold=True),
        P("+ Đơn vị chủ trì: Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao"),
        P("+ Đơn vị phối hợp: Báo và Phát thanh, Truyền hình Lạng Sơn"),
        P("+ Thời hạn: Từ tháng 02 đến tháng 12/2026"),
        P("4. Giáo dục pháp luật cho phạm nhân, trại viên, người bị tạm giữ, tạm giam", bold=True),
        P("+ Đơn vị chủ trì: Trại tạm giam Công an tỉnh"),
        P("+ Thời hạn: Hằng tháng"),
        P("5. Phổ biến pháp luật cho đồng bào các xã biên giới qua mô hình “Tổ tự quản an ninh, trật tự”",
          bold=True),
        P("+ Đơn vị chủ trì: Phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc"),
        P("+ Đơn vị phối hợp: Công an các xã biên giới, Ủy ban MTTQ Việt Nam các xã"),
        P("+ Thời hạn: Quý II - Quý IV/2026"),
        P("6. Cung cấp báo cáo viên pháp luật cho các hội nghị của sở, ngành, địa phương", bold=True),
        P("+ Đơn vị chủ trì: Phòng Tham mưu"),
        P("+ Đơn vị phối hợp: Các phòng nghiệp vụ liên quan"),
        P("+ Thời hạn: Theo đề nghị của các cơ quan, đơn vị"),
        P("7. Tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc 19/8 gắn với phổ biến pháp luật", bold=True),
        P("+ Đơn vị chủ trì: Công an các xã, phường"),
        P("+ Đơn vị phối hợp: Phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc"),
        P("+ Thời hạn: Tháng 7 - tháng 8/2026"),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Phòng Tham mưu là đơn vị thường trực, hướng dẫn, kiểm tra, tổng hợp kết quả báo cáo Bộ Công "
          "an (qua Vụ Pháp chế) và UBND tỉnh trước ngày 15/11/2026."),
        P("2. Thủ trưởng các đơn vị, Trưởng Công an các xã, phường chịu trách nhiệm trước Giám đốc Công an "
          "tỉnh về kết quả thực hiện."),
    ]
    + _end(["- Đ/c Giám đốc (để b/c);", "- Các đ/c PGĐ;", "- Sở Tư pháp;", "- Các đơn vị thuộc CAT;",
            "- Lưu: VT, PX01."], "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Đại tá Hoàng Văn Thắng"),
    [
        Exp("Tuyên truyền Luật Căn cước, Luật Trật tự", ("Phòng Tham mưu",),
            ("Phòng Cảnh sát quản lý hành chính về trật tự xã hội", "Phòng Cảnh sát giao thông",
             "Công an các xã, phường"), "2026-06-30"),
        Exp("Phổ biến pháp luật về phòng, chống tội phạm ma túy",
            ("Phòng Cảnh sát điều tra tội phạm về ma túy",),
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Cục Hải quan khu vực"), "2026-12-31"),
        Exp("Tuyên truyền phòng, chống lừa đảo chiếm đoạt",
            ("Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao",),
            ("Báo và Phát thanh, Truyền hình Lạng Sơn",), "2026-12-31"),
        Exp("Giáo dục pháp luật cho phạm nhân, trại viên", ("Trại tạm giam Công an tỉnh",), (), "2026-12-31"),
        Exp("Phổ biến pháp luật cho đồng bào các xã biên giới",
            ("Phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc",),
            ("Công an các xã biên giới", "Ủy ban MTTQ Việt Nam các xã"), "2026-12-31"),
        Exp("Cung cấp báo cáo viên pháp luật cho các hội nghị", ("Phòng Tham mưu",),
            ("Các phòng nghiệp vụ liên quan",), "2026-12-31", True),
        Exp("Tổ chức Ngày hội toàn dân bảo vệ an ninh", ("Công an các xã, phường",),
            ("Phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc",), "2026-08-31"),
    ],
)

# ------------------------------------------------------------------ 7. UBND phường Lê Chân, Hải Phòng
PLAN_PHUONG = Plan(
    "set31_phuong_lechan",
    _head(
        "ỦY BAN NHÂN DÂN", "PHƯỜNG LÊ CHÂN", "17/KH-UBND", "Lê Chân, ngày 26 tháng 01 năm 2026",
        "Triển khai công tác phổ biến, giáo dục pháp luật và trợ giúp pháp lý trên địa bàn phường năm 2026",
    )
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật; Luật Trợ giúp pháp lý năm 2017;"),
        P("Căn cứ Quyết định số 25/2021/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ quy định về xã, "
          "phường, thị trấn đạt chuẩn tiếp cận pháp luật;"),
        P("Căn cứ Kế hoạch số 40/KH-UBND ngày 15/01/2026 của UBND thành phố Hải Phòng,"),
        P("UBND phường Lê Chân ban hành Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Đẩy mạnh phổ biến pháp luật gắn với xây dựng đô thị văn minh, trật tự đô thị, vệ sinh môi "
          "trường trên địa bàn phường."),
        P("2. Phân công rõ nhiệm vụ, thời gian hoàn thành và kinh phí thực hiện."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        T(
            (
                ("STT", "Nội dung", "Đơn vị thực hiện", "", "Thời gian hoàn thành", "Kinh phí"),
                ("", "", "Chủ trì", "Phối hợp", "", ""),
                ("1", "Phổ biến quy định về trật tự đô thị, lấn chiếm vỉa hè, lòng đường cho hộ kinh doanh "
                 "các tuyến phố", "Phòng Kinh tế, Hạ tầng và Đô thị", "Công an phường; Tổ dân phố",
                 "Trước ngày 30/4/2026", "Ngân sách phường"),
                ("2", "Tổ chức hội nghị phổ biến Luật Đất đai năm 2024 về cấp giấy chứng nhận, bồi "
                 "thường giải phóng mặt bằng", "Phòng Kinh tế, Hạ tầng và Đô thị",
                 "Văn phòng HĐND và UBND phường", "Quý II/2026", "Ngân sách phường"),
                ("3", "Trợ giúp pháp lý lưu động cho người có công, hộ nghèo, người khuyết tật",
                 "Trung tâm Trợ giúp pháp lý nhà nước thành phố Hải Phòng",
                 "Phòng Văn hóa - Xã hội; Hội Cựu chiến binh phường", "Tháng 6/2026", "Không"),
                ("4", "Bồi dưỡng nghiệp vụ cho hòa giải viên ở 42 tổ hòa giải", "Phòng Văn hóa - Xã hội",
                 "Ủy ban Mặt trận Tổ quốc Việt Nam phường", "Trước ngày 31/7/2026", "15.000.000 đồng"),
                ("5", "Tuyên truyền pháp luật về bảo vệ môi trường, phân loại chất thải rắn sinh hoạt tại "
                 "nguồn", "Tổ dân phố", "Hội Liên hiệp Phụ nữ phường, Đoàn Thanh niên phường",
                 "Tháng 3 - tháng 9/2026", "Xã hội hóa"),
                ("6", "Đánh giá, công nhận phường đạt chuẩn tiếp cận pháp luật năm 2026",
                 "Văn phòng HĐND và UBND phường", "Các phòng chuyên môn thuộc UBND phường",
                 "Trước ngày 15/12/2026", ""),
                ("7", "Cập nhật, niêm yết văn bản pháp luật mới tại Tủ sách pháp luật và Trung tâm phục vụ "
                 "hành chính công", "Trung tâm Phục vụ hành chính công phường", "", "Thường xuyên", ""),
            ),
            (9, 52, 34, 38, 26, 24),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("- Phòng Văn hóa - Xã hội là đầu mối theo dõi, hướng dẫn, tổng hợp báo cáo Chủ tịch UBND phường."),
        P("- Các đơn vị báo cáo kết quả 6 tháng trước ngày 10/6/2026, cả năm trước ngày 10/11/2026."),
        P("- Đề nghị Ủy ban MTTQ Việt Nam phường và các tổ chức chính trị - xã hội phối hợp tuyên truyền."),
    ]
    + _end(["- Sở Tư pháp TP Hải Phòng;", "- TT Đảng ủy, TT HĐND phường;", "- Chủ tịch, các PCT UBND phường;",
            "- Các tổ dân phố;", "- Lưu: VT."], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
           "Phạm Thị Lan Anh"),
    [
        Exp("Phổ biến quy định về trật tự đô thị", ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Công an phường", "Tổ dân phố"), "2026-04-30"),
        Exp("Tổ chức hội nghị phổ biến Luật Đất đai", ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Văn phòng HĐND và UBND phường",), "2026-06-30"),
        Exp("Trợ giúp pháp lý lưu động cho người có công",
            ("Trung tâm Trợ giúp pháp lý nhà nước thành phố Hải Phòng",),
            ("Phòng Văn hóa - Xã hội", "Hội Cựu chiến binh phường"), "2026-06-30"),
        Exp("Bồi dưỡng nghiệp vụ cho hòa giải viên", ("Phòng Văn hóa - Xã hội",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam phường",), "2026-07-31"),
        Exp("Tuyên truyền pháp luật về bảo vệ môi trường", ("Tổ dân phố",),
            ("Hội Liên hiệp Phụ nữ phường", "Đoàn Thanh niên phường"), "2026-09-30"),
        Exp("Đánh giá, công nhận phường đạt chuẩn", ("Văn phòng HĐND và UBND phường",),
            ("Các phòng chuyên môn thuộc UBND phường",), "2026-12-15"),
        Exp("Cập nhật, niêm yết văn bản pháp luật mới", ("Trung tâm Phục vụ hành chính công phường",), (),
            "2026-12-31"),
    ],
)

# ------------------------------------------------------------------ 8. Hội LHPN tỉnh Sơn La
PLAN_PN = Plan(
    "set31_hlhpn_sonla",
    _head(
        "HỘI LHPN VIỆT NAM", "BAN THƯỜNG VỤ HỘI LHPN TỈNH SƠN LA", "08/KH-BTV",
        "Sơn La, ngày 03 tháng 3 năm 2026",
        "Tuyên truyền, phổ biến, giáo dục pháp luật cho hội viên, phụ nữ năm 2026",
    )
    + [
        P("Căn cứ Chương trình phối hợp số 05/CTPH-BTP-ĐCT ngày 12/5/2023 giữa Bộ Tư pháp và Đoàn Chủ tịch "
          "Trung ương Hội LHPN Việt Nam;"),
        P("Căn cứ Kế hoạch số 30/KH-UBND ngày 21/01/2026 của UBND tỉnh Sơn La về phổ biến, giáo dục pháp "
          "luật năm 2026;"),
        P("Ban Thường vụ Hội LHPN tỉnh xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU"),
        P("- Nâng cao hiểu biết pháp luật cho hội viên, phụ nữ, nhất là phụ nữ dân tộc thiểu số."),
        P("- Góp phần phòng, chống bạo lực gia đình, mua bán người, tảo hôn và hôn nhân cận huyết thống."),
        P("II. NỘI DUNG HOẠT ĐỘNG"),
        P("1. Truyền thông pháp luật về phòng, chống bạo lực gia đình"),
        P("- Ban Tuyên giáo - Chính sách luật pháp Hội LHPN tỉnh chủ trì biên soạn tài liệu hỏi - đáp "
          "song ngữ Việt - Thái về Luật Phòng, chống bạo lực gia đình; phối hợp với Sở Văn hóa, Thể thao "
          "và Du lịch thẩm định nội dung. Hoàn thành trong Quý II/2026."),
        P("- Hội LHPN các xã, phường tổ chức sinh hoạt chuyên đề tại chi hội, lồng ghép trong các buổi "
          "sinh hoạt định kỳ; thời gian: tháng 6 - tháng 11/2026."),
        P("2. Hỗ trợ pháp lý cho phụ nữ yếu thế"),
        P("- Văn phòng Hội LHPN tỉnh phối hợp với Trung tâm Trợ giúp pháp lý nhà nước tỉnh Sơn La tổ "
          "chức 10 đợt tư vấn pháp luật lưu động tại các xã khu vực biên giới; thời gian: Quý II, III/2026."),
        P("- Các “Địa chỉ tin cậy” tại cộng đồng tiếp nhận, hỗ trợ phụ nữ bị bạo lực; Hội LHPN các xã, "
          "phường phối hợp Công an xã, phường thực hiện thường xuyên."),
        P("3. Tuyên truyền phòng, chống mua bán người, tảo hôn"),
        P("- Ban Tuyên giáo - Chính sách luật pháp Hội LHPN tỉnh chủ trì, phối hợp với Công an tỉnh, Bộ "
          "Chỉ huy Bộ đội Biên phòng tỉnh tổ chức hội nghị tuyên truyền tại các xã biên giới. Thời gian: "
          "tháng 7/2026."),
        P("- Hội LHPN các xã Sốp Cộp, Mường Lèo, Chiềng Khương phát động mô hình “Không tảo hôn”; thời "
          "gian: từ tháng 4 đến tháng 12/2026."),
        P("4. Sơ kết, đánh giá"),
        P("- Ban Tổ chức - Kiểm tra Hội LHPN tỉnh kiểm tra, giám sát việc thực hiện tại một số cơ sở Hội; "
          "thời gian: tháng 10/2026."),
        P("- Hội LHPN các xã, phường tự đánh giá kết quả, gửi báo cáo về Ban Tuyên giáo - Chính sách luật "
          "pháp Hội LHPN tỉnh trước ngày 05/11/2026."),
        P("III. TỔ CHỨC THỰC HIỆN"),
        P("Ban Tuyên giáo - Chính sách luật pháp là đầu mối tham mưu, theo dõi; các cơ sở Hội báo cáo "
          "kết quả "
          "về Ban Thường vụ Hội LHPN tỉnh trước ngày 20/11/2026 để tổng hợp báo cáo Trung ương Hội và UBND "
          "tỉnh."),
    ]
    + _end(["- Đoàn Chủ tịch TW Hội (b/c);", "- Sở Tư pháp;", "- Hội LHPN các xã, phường;",
            "- Lưu: VT, TG."], "TM. BAN THƯỜNG VỤ\nPHÓ CHỦ TỊCH", "Lò Thị Hương"),
    [
        Exp("Ban Tuyên giáo - Chính sách luật pháp Hội LHPN tỉnh chủ trì biên soạn",
            ("Ban Tuyên giáo - Chính sách luật pháp Hội LHPN tỉnh",),
            ("Sở Văn hóa, Thể thao và Du lịch",), "2026-06-30"),
        Exp("Hội LHPN các xã, phường tổ chức sinh hoạt", ("Hội LHPN các xã, phường",), (), "2026-11-30"),
        Exp("Văn phòng Hội LHPN tỉnh phối hợp với Trung tâm", ("Văn phòng Hội LHPN tỉnh",),
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh Sơn La",), "2026-09-30"),
        Exp("Các “Địa chỉ tin cậy” tại cộng đồng", ("Hội LHPN các xã, phường",),
            ("Công an xã, phường",), "2026-12-31"),
        Exp("Ban Tuyên giáo - Chính sách luật pháp Hội LHPN tỉnh chủ trì, phối hợp với Công an",
            ("Ban Tuyên giáo - Chính sách luật pháp Hội LHPN tỉnh",),
            ("Công an tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"), "2026-07-31"),
        Exp("Hội LHPN các xã Sốp Cộp, Mường Lèo", ("Hội LHPN các xã Sốp Cộp, Mường Lèo, Chiềng Khương",), (),
            "2026-12-31"),
        Exp("Ban Tổ chức - Kiểm tra Hội LHPN tỉnh kiểm tra", ("Ban Tổ chức - Kiểm tra Hội LHPN tỉnh",), (),
            "2026-10-31"),
        Exp("Hội LHPN các xã, phường tự đánh giá", ("Hội LHPN các xã, phường",), (), "2026-11-05"),
    ],
)

# ------------------------------------------------------------------ 9. Sở NN&MT Ninh Bình
PLAN_NNMT = Plan(
    "set31_snnmt_ninhbinh",
    _head(
        "UBND TỈNH NINH BÌNH", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "326/KH-SNNMT",
        "Ninh Bình, ngày 09 tháng 02 năm 2026",
        "Phổ biến, giáo dục pháp luật lĩnh vực nông nghiệp và môi trường năm 2026",
    )
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012;"),
        P("Căn cứ Quyết định số 2241/QĐ-BNNMT ngày 30/12/2025 của Bộ Nông nghiệp và Môi trường ban hành "
          "Kế hoạch phổ biến, giáo dục pháp luật năm 2026;"),
        P("Căn cứ Kế hoạch số 26/KH-UBND ngày 19/01/2026 của UBND tỉnh Ninh Bình;"),
        P("Sở Nông nghiệp và Môi trường ban hành Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Đưa các quy định mới về đất đai, tài nguyên nước, bảo vệ môi trường, trồng trọt, chăn nuôi đến "
          "người dân, doanh nghiệp; bảo đảm thiết thực, tiết kiệm."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Phổ biến Luật Đất đai năm 2024 và các văn bản quy định chi tiết của tỉnh.", bold=True),
        P("Chi cục Quản lý đất đai chủ trì, phối hợp với Văn phòng Đăng ký đất đai và UBND các xã, "
          "phường tổ chức hội nghị tại các khu vực sáp nhập. Tiến độ: Quý II/2026."),
        P("2. Tuyên truyền pháp luật về bảo vệ môi trường làng nghề, khu vực nông thôn.", bold=True),
        P("Chi cục Bảo vệ môi trường có trách nhiệm xây dựng phóng sự, tờ gấp; phối hợp Báo Ninh Bình, "
          "Hội Nông dân tỉnh thực hiện. Tiến độ: tháng 4 - tháng 10/2026."),
        P("3. Phổ biến pháp luật về an toàn thực phẩm nông lâm thủy sản.", bold=True),
        P("Chi cục Chất lượng, Chế biến và Phát triển thị trường chủ trì; Chi cục Chăn nuôi và Thú y, "
          "Chi cục Trồng trọt và Bảo vệ thực vật phối hợp. Tiến độ: cả năm."),
        P("4. Phổ biến Luật Thủy lợi, phòng, chống thiên tai cho người dân vùng trũng, ven biển.", bold=True),
        P("Chi cục Thủy lợi chủ trì thực hiện, phối hợp với Ban Chỉ huy phòng thủ dân sự các xã ven biển. "
          "Tiến độ: trước mùa mưa bão, hoàn thành trước ngày 31/5/2026."),
        P("5. Phổ biến các văn bản hướng dẫn Luật Địa chất và khoáng sản.", bold=True),
        P("Phòng Tài nguyên nước, Địa chất và Khoáng sản có trách nhiệm tổ chức phổ biến sau khi Nghị "
          "định hướng dẫn được ban hành; phối hợp Thanh tra Sở. Tiến độ: theo thời gian ban hành văn bản."),
        P("6. Đề nghị các cơ quan phối hợp", bold=True),
        P("Đề nghị Hội Nông dân tỉnh phối hợp lồng ghép phổ biến pháp luật về đất đai, môi trường trong "
          "sinh hoạt chi hội nông dân; thời gian: trong năm 2026."),
        P("Đề nghị Sở Giáo dục và Đào tạo chỉ đạo các trường học tổ chức ngoại khóa về bảo vệ môi trường, "
          "ứng phó biến đổi khí hậu nhân Ngày Môi trường thế giới 05/6; thời gian: tháng 5 - tháng 6/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Văn phòng Sở là đầu mối tham mưu, theo dõi, đôn đốc; tổng hợp báo cáo UBND tỉnh, Sở Tư pháp "
          "trước ngày 12/11/2026."),
        P("2. Thủ trưởng các phòng, chi cục, đơn vị trực thuộc bố trí kinh phí từ dự toán được giao."),
    ]
    + _end(["- UBND tỉnh (b/c);", "- Sở Tư pháp;", "- Giám đốc, các PGĐ Sở;", "- Các phòng, đơn vị thuộc Sở;",
            "- Lưu: VT, VP."], "GIÁM ĐỐC", "Nguyễn Đức Thịnh"),
    [
        Exp("Phổ biến Luật Đất đai năm 2024", ("Chi cục Quản lý đất đai",),
            ("Văn phòng Đăng ký đất đai", "UBND các xã, phường"), "2026-06-30"),
        Exp("Tuyên truyền pháp luật về bảo vệ môi trường làng nghề", ("Chi cục Bảo vệ môi trường",),
            ("Báo Ninh Bình", "Hội Nông dân tỉnh"), "2026-10-31"),
        Exp("Phổ biến pháp luật về an toàn thực phẩm",
            ("Chi cục Chất lượng, Chế biến và Phát triển thị trường",),
            ("Chi cục Chăn nuôi và Thú y", "Chi cục Trồng trọt và Bảo vệ thực vật"), "2026-12-31"),
        Exp("Phổ biến Luật Thủy lợi, phòng, chống thiên tai", ("Chi cục Thủy lợi",),
            ("Ban Chỉ huy phòng thủ dân sự các xã ven biển",), "2026-05-31"),
        Exp("Phổ biến các văn bản hướng dẫn Luật Địa chất",
            ("Phòng Tài nguyên nước, Địa chất và Khoáng sản",),
            ("Thanh tra Sở",), "2026-12-31", True),
        Exp("Đề nghị Hội Nông dân tỉnh phối hợp lồng ghép", ("Hội Nông dân tỉnh",), (), "2026-12-31"),
        Exp("Đề nghị Sở Giáo dục và Đào tạo chỉ đạo", ("Sở Giáo dục và Đào tạo",), (), "2026-06-30"),
    ],
)

# ------------------------------------------------------------------ 10. HĐPH PBGDPL tỉnh Tuyên Quang (2027)
PLAN_HDPH = Plan(
    "set31_hdph_tuyenquang",
    _head(
        "UBND TỈNH TUYÊN QUANG", "HỘI ĐỒNG PHỐI HỢP PHỔ BIẾN,\nGIÁO DỤC PHÁP LUẬT", "05/KH-HĐPH",
        "Tuyên Quang, ngày 18 tháng 12 năm 2026",
        "Hoạt động của Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh năm 2027",
    )
    + [
        P("Căn cứ Quyết định số 27/2013/QĐ-TTg ngày 19/5/2013 của Thủ tướng Chính phủ quy định về thành "
          "phần và nhiệm vụ, quyền hạn của Hội đồng phối hợp phổ biến, giáo dục pháp luật;"),
        P("Căn cứ Quyết định số 1142/QĐ-UBND ngày 04/8/2025 của UBND tỉnh Tuyên Quang về kiện toàn Hội "
          "đồng phối hợp phổ biến, giáo dục pháp luật tỉnh;"),
        P("Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh ban hành Kế hoạch hoạt động năm 2027 "
          "như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Phát huy vai trò tham mưu, phối hợp của Hội đồng; các thành viên chủ động thực hiện nhiệm vụ "
          "được phân công trên địa bàn tỉnh sau hợp nhất."),
        P("II. NỘI DUNG HOẠT ĐỘNG", bold=True),
        T(
            (
                ("Nội dung", "Thời gian", "Chủ trì", "Phối hợp", "Ghi chú"),
                ("A. Hoạt động chung của Hội đồng", "", "", "", ""),
                ("1. Tổ chức phiên họp định kỳ 6 tháng và cuối năm của Hội đồng",
                 "Tháng 6/2027 và tháng 12/2027", "Thường trực Hội đồng", "Sở Tư pháp", ""),
                ("2. Kiểm tra công tác phổ biến, giáo dục pháp luật tại một số sở, ngành, xã, phường",
                 "Quý III/2027", "Sở Tư pháp", "Thành viên Hội đồng; Văn phòng UBND tỉnh", "Theo Quyết định "
                 "thành lập Đoàn kiểm tra"),
                ("B. Hoạt động của các thành viên Hội đồng", "", "", "", ""),
                ("3. Phổ biến pháp luật về du lịch cộng đồng, bảo tồn di sản tại Cao nguyên đá Đồng Văn",
                 "Quý II/2027", "Sở Văn hóa, Thể thao và Du lịch", "UBND các xã Đồng Văn, Mèo Vạc, Lũng Cú",
                 ""),
                ("4. Giáo dục pháp luật cho người lao động tại các doanh nghiệp khai thác khoáng sản",
                 "Năm 2027", "Liên đoàn Lao động tỉnh", "Sở Nông nghiệp và Môi trường", ""),
                ("5. Tổ chức Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2027",
                 "Tháng 10 - tháng 11/2027", "Sở Tư pháp",
                 "Các cơ quan, đơn vị thành viên Hội đồng; UBND các xã, phường", ""),
                ("6. Tổ chức triển khai các luật, nghị quyết được thông qua tại Kỳ họp thứ nhất Quốc hội "
                 "khóa XVI", "Sau khi có văn bản hướng dẫn của Hội đồng phối hợp PBGDPL Trung ương",
                 "Sở Tư pháp", "Các sở, ban, ngành", ""),
                ("7. Phổ biến pháp luật về nghĩa vụ quân sự, dân quân tự vệ cho thanh niên trong độ tuổi",
                 "Quý IV/2026 - Quý I/2027", "Bộ Chỉ huy Quân sự tỉnh",
                 "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh", "Trước đợt gọi nhập ngũ"),
            ),
            (60, 30, 30, 36, 24),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Sở Tư pháp - Cơ quan thường trực của Hội đồng giúp Hội đồng theo dõi, đôn đốc thực hiện Kế "
          "hoạch; tổng hợp báo cáo Chủ tịch UBND tỉnh trước ngày 15/11/2027."),
        P("2. Thành viên Hội đồng chịu trách nhiệm triển khai nhiệm vụ được giao; gửi báo cáo 6 tháng trước "
          "ngày 05/6/2027, báo cáo năm trước ngày 05/11/2027 về Sở Tư pháp."),
    ]
    + _end(["- Hội đồng PHPBGDPL Trung ương (b/c);", "- Chủ tịch, các PCT UBND tỉnh;",
            "- Thành viên Hội đồng;", "- Lưu: VT, STP."], "TM. HỘI ĐỒNG\nCHỦ TỊCH\n"
           "PHÓ CHỦ TỊCH UBND TỈNH", "Nguyễn Thị Minh Thu"),
    [
        Exp("Tổ chức phiên họp định kỳ 6 tháng", ("Thường trực Hội đồng",), ("Sở Tư pháp",), "2027-12-31"),
        Exp("Kiểm tra công tác phổ biến, giáo dục pháp luật tại", ("Sở Tư pháp",),
            ("Thành viên Hội đồng", "Văn phòng UBND tỉnh"), "2027-09-30"),
        Exp("Phổ biến pháp luật về du lịch cộng đồng", ("Sở Văn hóa, Thể thao và Du lịch",),
            ("UBND các xã Đồng Văn, Mèo Vạc, Lũng Cú",), "2027-06-30"),
        Exp("Giáo dục pháp luật cho người lao động", ("Liên đoàn Lao động tỉnh",),
            ("Sở Nông nghiệp và Môi trường",), "2027-12-31"),
        Exp("Tổ chức Ngày Pháp luật nước Cộng hòa", ("Sở Tư pháp",),
            ("Các cơ quan, đơn vị thành viên Hội đồng", "UBND các xã, phường"), "2027-11-30"),
        Exp("Tổ chức triển khai các luật, nghị quyết", ("Sở Tư pháp",), ("Các sở, ban, ngành",),
            "2027-12-31", True),
        Exp("Phổ biến pháp luật về nghĩa vụ quân sự", ("Bộ Chỉ huy Quân sự tỉnh",),
            ("Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh",), "2027-03-31"),
    ],
)

PLANS: list[Plan] = [
    PLAN_LAOCAI, PLAN_SYT, PLAN_XA, PLAN_DOAN, PLAN_THPT, PLAN_CA, PLAN_PHUONG, PLAN_PN, PLAN_NNMT, PLAN_HDPH,
]
