"""Held-out evaluation set 35: ten PBGDPL plans (2026) from ten Vietnamese agencies, answers by hand.

1. UBND tỉnh Lào Cai, yearly plan: one task table (STT | Nội dung công việc | Cơ quan chủ trì |
   Cơ quan phối hợp | Thời gian thực hiện | Sản phẩm) with roman group rows; lists mixing "," ";" "và";
   a unit name with a comma ("Báo và Phát thanh, Truyền hình Lào Cai"); quarter pairs, month ranges.
2. Sở Y tế thành phố Cần Thơ, thematic plan (Luật Khám bệnh, chữa bệnh): bold "1." headings followed
   by "- Đơn vị chủ trì:" / "- Đơn vị phối hợp:" / "- Thời gian thực hiện:" lines (some with a
   "- Nội dung:" line first, one without coordinators); one event-triggered timeframe.
3. UBND xã Mỹ Thọ (Đồng Tháp), campaign plan for Ngày Pháp luật: non-bold "1." headings with prose
   assignments ("Giao X chủ trì, phối hợp với Y …", "Đề nghị X …", "X chủ trì; Y phối hợp"), time inside
   the sentence ("trước ngày …", "từ ngày … đến ngày …"), a person as lead (Chủ tịch UBND xã).
4. Trường THPT Chu Văn An (Hà Nội), school-year plan 2026-2027: table without STT, time column first
   (Thời gian | Nội dung công việc | Người thực hiện | Phối hợp | Ghi chú), "HỌC KỲ I/II" group rows,
   persons as units, deadlines in 2026 and 2027.
5. Bệnh viện Đa khoa tỉnh Quảng Ninh, yearly plan: "1." group headings and "1.1." tasks; assignments
   either on a following line "Chủ trì: …; phối hợp: …. Thời gian: …." or in parentheses at the end of the
   heading line; a unit with comma and dash; one event-triggered timeframe.
6. Công ty Cổ phần Cảng Đà Nẵng (enterprise): roman sections, "1." items; item 1 has two assignment
   blocks ("- Phòng …: chủ trì …"), others with inline "Cơ quan thực hiện: …; phối hợp: …"; "theo đề nghị".
7. Hội LHPN tỉnh Gia Lai (mass organisation), thematic plan on phòng, chống bạo lực gia đình: "-" task
   lines with "+ Chủ trì:", "+ Phối hợp:", "+ Thời gian:" bullets; one task in prose "Đề nghị …";
   one "khi có hướng dẫn" timeframe; a council-like lead (Thường trực Hội LHPN tỉnh).
8. Hội đồng phối hợp PBGDPL tỉnh Nghệ An, council plan: table with a two-row header ("Đơn vị thực
   hiện" over "Chủ trì" / "Phối hợp"), "Thời hạn hoàn thành" and "Kinh phí" columns, roman group rows,
   a person as lead (Chủ tịch Hội đồng), two leads in one cell, "sau khi … thông qua" (on request).
9. UBND phường Hải Châu (Đà Nẵng), yearly plan: bold "1." headings, "Nội dung:" line, then
   "Cơ quan thực hiện: X (chủ trì); Y, Z (phối hợp)" and "Thời hạn: …" lines; ward unit names with
   commas; one "sau khi … ban hành" timeframe.
10. Bảo hiểm xã hội tỉnh Thái Nguyên, campaign plan: bold "Nhiệm vụ 1:" labels with "Trách nhiệm:"
    prose and "Tiến độ:" lines, then a table of peak activities without STT (Hoạt động | Thời gian |
    Đơn vị chủ trì | Đơn vị phối hợp); one "khi Chính phủ ban hành …" timeframe.
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T


def _hdr(left: list[str], number: str, place_date: str, title: list[str]) -> list[P | T]:
    out: list[P | T] = [P(line, bold=True, center=True) for line in left]
    out += [
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True),
        P("Độc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P(f"Số: {number}", center=True),
        P(place_date, center=True),
        P("KẾ HOẠCH", bold=True, center=True),
    ]
    out += [P(line, bold=True, center=True) for line in title]
    return out


def _end(recipients: list[str], role: list[str], signer: str) -> list[P | T]:
    out: list[P | T] = [P("Nơi nhận:")]
    out += [P(f"- {r}") for r in recipients]
    out += [P(line, bold=True, center=True) for line in role]
    out += [P("(Đã ký)", center=True), P(signer, bold=True, center=True)]
    return out


# ---------------------------------------------------------------- 1. UBND tỉnh Lào Cai (table)
_LC_ROWS = (
    ("STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Sản phẩm"),
    ("I", "CÔNG TÁC CHỈ ĐẠO, HƯỚNG DẪN, KIỆN TOÀN", "", "", "", ""),
    ("1", "Ban hành Kế hoạch phổ biến, giáo dục pháp luật năm 2026 của cơ quan, đơn vị, địa phương",
     "Các sở, ban, ngành tỉnh; UBND các xã, phường", "Sở Tư pháp", "Quý I/2026", "Kế hoạch"),
    ("2", "Kiện toàn Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh và đội ngũ báo cáo viên pháp "
     "luật cấp tỉnh", "Sở Tư pháp", "Sở Nội vụ và các cơ quan, đơn vị có liên quan", "Tháng 3/2026",
     "Quyết định kiện toàn"),
    ("II", "PHỔ BIẾN PHÁP LUẬT TRỌNG TÂM", "", "", "", ""),
    ("3", "Phổ biến các luật, nghị quyết mới được Quốc hội khóa XV thông qua tại Kỳ họp thứ 10",
     "Sở Tư pháp", "Các thành viên Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh", "Quý I, II/2026",
     "Hội nghị trực tiếp kết hợp trực tuyến"),
    ("4", "Tuyên truyền pháp luật về đất đai, bảo vệ môi trường, tài nguyên nước cho người dân vùng "
     "tái định cư các công trình thủy điện", "Sở Nông nghiệp và Môi trường",
     "UBND các xã, phường; Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Từ tháng 4 đến tháng 10/2026",
     "Tài liệu, tờ gấp song ngữ"),
    ("5", "Phổ biến pháp luật về phòng, chống mua bán người, xuất cảnh, nhập cảnh trái phép cho nhân dân "
     "khu vực biên giới", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Công an tỉnh, Sở Tư pháp và UBND các xã "
     "biên giới", "Cả năm 2026", "Các buổi tuyên truyền tại thôn, bản"),
    ("6", "Duy trì chuyên mục \"Pháp luật và đời sống\" trên sóng phát thanh, truyền hình và báo điện tử",
     "Báo và Phát thanh, Truyền hình Lào Cai", "Sở Tư pháp", "Hằng tháng", "12 chuyên mục"),
    ("III", "ỨNG DỤNG CÔNG NGHỆ THÔNG TIN, CHUYỂN ĐỔI SỐ", "", "", "", ""),
    ("7", "Cập nhật, số hóa tài liệu phổ biến, giáo dục pháp luật lên Cổng Pháp luật quốc gia và Trang "
     "thông tin điện tử phổ biến, giáo dục pháp luật tỉnh", "Sở Tư pháp", "Sở Khoa học và Công nghệ",
     "Thường xuyên", "Dữ liệu được cập nhật"),
    ("8", "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2026",
     "Sở Tư pháp", "Sở Văn hóa, Thể thao và Du lịch; các sở, ngành; UBND các xã, phường",
     "Tháng 10 - 11/2026", "Lễ hưởng ứng; báo cáo kết quả"),
)

PLAN_LAOCAI = Plan(
    name="set35_laocai_ubnd_table",
    blocks=[
        *_hdr(["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI"], "18/KH-UBND", "Lào Cai, ngày 20 tháng 01 năm 2026",
              ["Phổ biến, giáo dục pháp luật; hòa giải ở cơ sở; xây dựng cấp xã đạt chuẩn tiếp cận pháp luật",
               "trên địa bàn tỉnh Lào Cai năm 2026"]),
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20/6/2012; Luật Hòa giải ở cơ sở ngày 20/6/2013;"),
        P("Căn cứ Kết luận số 80-KL/TW ngày 20/6/2020 của Ban Bí thư; Nghị quyết số 66-NQ/TW ngày 30/4/2025 "
          "của Bộ Chính trị về đổi mới công tác xây dựng và thi hành pháp luật;"),
        P("Căn cứ Quyết định số 3726/QĐ-BTP ngày 24/12/2025 của Bộ trưởng Bộ Tư pháp ban hành Kế hoạch công "
          "tác phổ biến, giáo dục pháp luật năm 2026;"),
        P("Theo đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 09/TTr-STP ngày 12/01/2026, Ủy ban nhân dân "
          "tỉnh ban hành Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Triển khai kịp thời, hiệu quả các nhiệm vụ phổ biến, giáo dục pháp luật (PBGDPL) năm 2026, gắn "
          "với việc vận hành chính quyền địa phương hai cấp."),
        P("2. Xác định cụ thể nội dung, thời hạn, cơ quan chủ trì, phối hợp; bảo đảm tính khả thi, tiết kiệm."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("(Chi tiết tại Phụ lục kèm theo)"),
        P("PHỤ LỤC: DANH MỤC NHIỆM VỤ PBGDPL NĂM 2026", bold=True, center=True),
        T(_LC_ROWS, widths=(8, 52, 30, 36, 24, 28)),
        P("III. KINH PHÍ THỰC HIỆN", bold=True),
        P("Kinh phí thực hiện Kế hoạch được bảo đảm từ ngân sách nhà nước theo phân cấp hiện hành và Thông tư "
          "số 56/2023/TT-BTC ngày 18/8/2023 của Bộ Tài chính."),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Các sở, ban, ngành, UBND các xã, phường căn cứ Kế hoạch này chủ động triển khai; báo cáo kết quả "
          "(qua Sở Tư pháp) trước ngày 05/12/2026."),
        P("2. Sở Tư pháp theo dõi, đôn đốc, tổng hợp, báo cáo UBND tỉnh và Bộ Tư pháp theo quy định."),
        *_end(["Bộ Tư pháp (b/c);", "TT Tỉnh ủy, TT HĐND tỉnh (b/c);", "Các sở, ban, ngành tỉnh;",
               "UBND các xã, phường;", "Lưu: VT, NC."],
              ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Nguyễn Thành Sinh"),
    ],
    expected=[
        Exp("Ban hành Kế hoạch phổ biến, giáo dục pháp luật năm 2026",
            ("Các sở, ban, ngành tỉnh", "UBND các xã, phường"), ("Sở Tư pháp",), "2026-03-31"),
        Exp("Kiện toàn Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh", ("Sở Tư pháp",),
            ("Sở Nội vụ", "các cơ quan, đơn vị có liên quan"), "2026-03-31"),
        Exp("Phổ biến các luật, nghị quyết mới", ("Sở Tư pháp",),
            ("Các thành viên Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh",), "2026-06-30"),
        Exp("Tuyên truyền pháp luật về đất đai, bảo vệ môi trường", ("Sở Nông nghiệp và Môi trường",),
            ("UBND các xã, phường", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"), "2026-10-31"),
        Exp("Phổ biến pháp luật về phòng, chống mua bán người", ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh",),
            ("Công an tỉnh", "Sở Tư pháp", "UBND các xã biên giới"), "2026-12-31"),
        Exp("Duy trì chuyên mục \"Pháp luật và đời sống\"", ("Báo và Phát thanh, Truyền hình Lào Cai",),
            ("Sở Tư pháp",), "2026-12-31"),
        Exp("Cập nhật, số hóa tài liệu phổ biến", ("Sở Tư pháp",), ("Sở Khoa học và Công nghệ",),
            "2026-12-31"),
        Exp("Tổ chức các hoạt động hưởng ứng Ngày Pháp luật", ("Sở Tư pháp",),
            ("Sở Văn hóa, Thể thao và Du lịch", "các sở, ngành", "UBND các xã, phường"), "2026-11-30"),
    ],
)


# ---------------------------------------------------------------- 2. Sở Y tế Cần Thơ (label lines)
PLAN_CANTHO = Plan(
    name="set35_cantho_soyte_labels",
    blocks=[
        *_hdr(["UBND THÀNH PHỐ CẦN THƠ", "SỞ Y TẾ"], "215/KH-SYT", "Cần Thơ, ngày 06 tháng 02 năm 2026",
              ["Tuyên truyền, phổ biến Luật Khám bệnh, chữa bệnh và các văn bản quy định chi tiết",
               "trong ngành Y tế thành phố Cần Thơ năm 2026"]),
        P("Căn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15 ngày 09/01/2023;"),
        P("Căn cứ Nghị định số 96/2023/NĐ-CP ngày 30/12/2023 của Chính phủ quy định chi tiết một số điều "
          "của Luật Khám bệnh, chữa bệnh;"),
        P("Căn cứ Kế hoạch số 41/KH-UBND ngày 26/01/2026 của UBND thành phố Cần Thơ về công tác phổ biến, "
          "giáo dục pháp luật năm 2026;"),
        P("Sở Y tế xây dựng Kế hoạch tuyên truyền, phổ biến như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Nâng cao nhận thức, ý thức chấp hành pháp luật về khám bệnh, chữa bệnh của công chức, viên "
          "chức, người lao động ngành Y tế và người dân trên địa bàn thành phố."),
        P("- Việc tuyên truyền phải thiết thực, đúng đối tượng, không hình thức, lãng phí."),
        P("II. NỘI DUNG, HÌNH THỨC VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        P("1. Quán triệt, phổ biến nội dung Luật Khám bệnh, chữa bệnh cho lãnh đạo, công chức Sở", bold=True),
        P("- Hình thức: hội nghị trực tiếp tại Sở, kết nối trực tuyến đến các đơn vị trực thuộc."),
        P("- Đơn vị chủ trì: Văn phòng Sở."),
        P("- Đơn vị phối hợp: Phòng Nghiệp vụ Y; Thanh tra Sở."),
        P("- Thời gian thực hiện: Quý I/2026."),
        P("2. Biên soạn, phát hành tài liệu hỏi - đáp về quyền và nghĩa vụ của người bệnh", bold=True),
        P("- Nội dung: tập trung quyền được thông tin, giữ bí mật, quyền từ chối khám bệnh, chữa bệnh."),
        P("- Đơn vị chủ trì: Phòng Nghiệp vụ Y."),
        P("- Đơn vị phối hợp: Trung tâm Kiểm soát bệnh tật thành phố."),
        P("- Thời gian thực hiện: Tháng 4 - 5/2026."),
        P("3. Tập huấn chuyên sâu về cấp giấy phép hành nghề, đăng ký hành nghề khám bệnh, chữa bệnh",
          bold=True),
        P("- Đơn vị chủ trì: Phòng Nghiệp vụ Y."),
        P("- Đơn vị phối hợp: Phòng Tổ chức cán bộ."),
        P("- Thời gian thực hiện: Quý III/2026."),
        P("4. Phổ biến pháp luật về quản lý giá thuốc, đấu thầu thuốc tại cơ sở y tế công lập", bold=True),
        P("- Đơn vị chủ trì: Phòng Nghiệp vụ Dược."),
        P("- Đơn vị phối hợp: Phòng Kế hoạch - Tài chính và các cơ sở khám bệnh, chữa bệnh công lập."),
        P("- Thời gian thực hiện: trước ngày 30/6/2026."),
        P("5. Đăng tải tin, bài tuyên truyền trên Cổng thông tin điện tử Sở Y tế", bold=True),
        P("- Đơn vị chủ trì: Văn phòng Sở."),
        P("- Thời gian thực hiện: Thường xuyên."),
        P("6. Phổ biến các thông tư hướng dẫn mới của Bộ Y tế về khám bệnh, chữa bệnh", bold=True),
        P("- Đơn vị chủ trì: Thanh tra Sở."),
        P("- Đơn vị phối hợp: Các phòng chức năng thuộc Sở."),
        P("- Thời gian thực hiện: Khi Bộ Y tế ban hành thông tư hướng dẫn."),
        P("7. Tổ chức Hội thi \"Cán bộ y tế với pháp luật\" năm 2026", bold=True),
        P("- Đơn vị chủ trì: Công đoàn ngành Y tế thành phố."),
        P("- Đơn vị phối hợp: Văn phòng Sở; Đoàn Thanh niên Sở Y tế."),
        P("- Thời gian thực hiện: Từ tháng 9/2026 đến tháng 11/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Thủ trưởng các đơn vị trực thuộc Sở có trách nhiệm tổ chức quán triệt, phổ biến Luật tại đơn vị; "
          "gửi báo cáo kết quả về Sở Y tế (qua Văn phòng Sở) trước ngày 20/11/2026."),
        P("2. Văn phòng Sở là đầu mối theo dõi, tổng hợp, báo cáo Giám đốc Sở và Sở Tư pháp."),
        *_end(["Sở Tư pháp (để b/c);", "Ban Giám đốc Sở;", "Các phòng, đơn vị trực thuộc;", "Lưu: VT, VP."],
              ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Trần Thị Kim Hoa"),
    ],
    expected=[
        Exp("Quán triệt, phổ biến nội dung Luật Khám bệnh", ("Văn phòng Sở",),
            ("Phòng Nghiệp vụ Y", "Thanh tra Sở"), "2026-03-31"),
        Exp("Biên soạn, phát hành tài liệu hỏi - đáp", ("Phòng Nghiệp vụ Y",),
            ("Trung tâm Kiểm soát bệnh tật thành phố",), "2026-05-31"),
        Exp("Tập huấn chuyên sâu về cấp giấy phép", ("Phòng Nghiệp vụ Y",), ("Phòng Tổ chức cán bộ",),
            "2026-09-30"),
        Exp("Phổ biến pháp luật về quản lý giá thuốc", ("Phòng Nghiệp vụ Dược",),
            ("Phòng Kế hoạch - Tài chính", "các cơ sở khám bệnh, chữa bệnh công lập"), "2026-06-30"),
        Exp("Đăng tải tin, bài tuyên truyền", ("Văn phòng Sở",), (), "2026-12-31"),
        Exp("Phổ biến các thông tư hướng dẫn mới", ("Thanh tra Sở",), ("Các phòng chức năng thuộc Sở",),
            "2026-12-31", on_request=True),
        Exp("Tổ chức Hội thi \"Cán bộ y tế", ("Công đoàn ngành Y tế thành phố",),
            ("Văn phòng Sở", "Đoàn Thanh niên Sở Y tế"), "2026-11-30"),
    ],
)


# ---------------------------------------------------------------- 3. UBND xã Mỹ Thọ (prose)
PLAN_MYTHO = Plan(
    name="set35_mytho_xa_prose",
    blocks=[
        *_hdr(["ỦY BAN NHÂN DÂN", "XÃ MỸ THỌ"], "142/KH-UBND", "Mỹ Thọ, ngày 02 tháng 10 năm 2026",
              ["Tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam",
               "năm 2026 trên địa bàn xã"]),
        P("Thực hiện Kế hoạch số 305/KH-UBND ngày 18/9/2026 của UBND tỉnh Đồng Tháp về tổ chức hưởng ứng Ngày "
          "Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2026; Hướng dẫn số 27/HD-STP ngày 22/9/2026 "
          "của Sở Tư pháp, Ủy ban nhân dân xã Mỹ Thọ xây dựng Kế hoạch thực hiện như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Tạo đợt sinh hoạt chính trị, pháp lý sâu rộng trong cán bộ, công chức và Nhân dân; gắn hoạt động "
          "hưởng ứng với giải quyết những vướng mắc pháp luật phát sinh tại cơ sở. Các hoạt động tổ chức "
          "thiết thực, tiết kiệm, tránh hình thức."),
        P("II. NỘI DUNG, HÌNH THỨC HƯỞNG ỨNG", bold=True),
        P("1. Treo băng rôn, khẩu hiệu hưởng ứng Ngày Pháp luật"),
        P("Giao Phòng Văn hóa - Xã hội xã chủ trì, phối hợp với Trưởng các ấp thực hiện treo băng rôn tại "
          "trụ sở UBND xã, các trục đường chính và nhà văn hóa ấp, từ ngày 25/10/2026 đến ngày 15/11/2026."),
        P("2. Tổ chức Lễ hưởng ứng Ngày Pháp luật năm 2026 của xã"),
        P("Văn phòng HĐND và UBND xã chủ trì, tham mưu Chủ tịch UBND xã tổ chức Lễ hưởng ứng lồng ghép với "
          "hội nghị biểu dương hòa giải viên tiêu biểu; Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn "
          "thể chính trị - xã hội xã phối hợp vận động đoàn viên, hội viên tham dự. Hoàn thành trước ngày "
          "09/11/2026."),
        P("3. Trợ giúp pháp lý lưu động, tư vấn pháp luật miễn phí cho người dân"),
        P("Đề nghị Trung tâm Trợ giúp pháp lý nhà nước tỉnh chủ trì, phối hợp với Văn phòng HĐND và UBND xã tổ "
          "chức 01 đợt trợ giúp pháp lý lưu động tại ấp Mỹ Phú trong tháng 11/2026."),
        P("4. Tổ chức cuộc thi tìm hiểu pháp luật trực tuyến cho đoàn viên, thanh niên"),
        P("Đoàn Thanh niên Cộng sản Hồ Chí Minh xã chủ trì; Phòng Văn hóa - Xã hội xã phối hợp xây dựng bộ "
          "câu hỏi, thể lệ. Thời gian: từ tháng 10 đến tháng 11/2026."),
        P("5. Tổ chức đối thoại chính sách, pháp luật với Nhân dân về đất đai, xây dựng"),
        P("Chủ tịch UBND xã chủ trì buổi đối thoại; Văn phòng HĐND và UBND xã, Phòng Kinh tế xã phối hợp "
          "chuẩn bị nội dung, tổng hợp ý kiến, kiến nghị của Nhân dân. Thời gian: Quý IV/2026."),
        P("6. Tuyên truyền trên hệ thống loa truyền thanh xã"),
        P("Giao Phòng Văn hóa - Xã hội xã biên tập, phát sóng các tin, bài về Ngày Pháp luật và các luật mới có "
          "hiệu lực; Trưởng các ấp phối hợp tiếp âm tại các cụm loa ấp. Phát sóng hằng ngày từ ngày "
          "01/11/2026 đến ngày 10/11/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các phòng, đơn vị thuộc UBND xã, Trưởng các ấp căn cứ nhiệm vụ được giao triển khai thực hiện. "
          "Văn phòng HĐND và UBND xã tổng hợp kết quả, báo cáo UBND xã và Sở Tư pháp trước ngày 20/11/2026."),
        P("Kinh phí thực hiện từ dự toán ngân sách xã năm 2026."),
        *_end(["Sở Tư pháp tỉnh Đồng Tháp;", "TT Đảng ủy, TT HĐND xã;", "UBMTTQVN xã;", "Các ấp;",
               "Lưu: VT."], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Lê Văn Tâm"),
    ],
    expected=[
        Exp("Treo băng rôn, khẩu hiệu hưởng ứng", ("Phòng Văn hóa - Xã hội xã",), ("Trưởng các ấp",),
            "2026-11-15"),
        Exp("Tổ chức Lễ hưởng ứng Ngày Pháp luật năm 2026", ("Văn phòng HĐND và UBND xã",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam xã", "các đoàn thể chính trị - xã hội xã"), "2026-11-09"),
        Exp("Trợ giúp pháp lý lưu động, tư vấn", ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh",),
            ("Văn phòng HĐND và UBND xã",), "2026-11-30"),
        Exp("Tổ chức cuộc thi tìm hiểu pháp luật trực tuyến",
            ("Đoàn Thanh niên Cộng sản Hồ Chí Minh xã",), ("Phòng Văn hóa - Xã hội xã",), "2026-11-30"),
        Exp("Tổ chức đối thoại chính sách, pháp luật", ("Chủ tịch UBND xã",),
            ("Văn phòng HĐND và UBND xã", "Phòng Kinh tế xã"), "2026-12-31"),
        Exp("Tuyên truyền trên hệ thống loa", ("Phòng Văn hóa - Xã hội xã",), ("Trưởng các ấp",),
            "2026-11-10"),
    ],
)


# ---------------------------------------------------------------- 4. THPT Chu Văn An (time-first table)
_CVA_ROWS = (
    ("Thời gian", "Nội dung công việc", "Người thực hiện", "Phối hợp", "Ghi chú"),
    ("HỌC KỲ I", "", "", "", ""),
    ("Tháng 9/2026", "Xây dựng, ban hành Kế hoạch PBGDPL năm học 2026-2027 của nhà trường",
     "Phó Hiệu trưởng phụ trách công tác học sinh", "Tổ Văn phòng", "Trình Hiệu trưởng ký"),
    ("Tháng 9 - 10/2026", "Tuyên truyền Luật Trật tự, an toàn giao thông đường bộ cho học sinh đầu năm học",
     "Đoàn Thanh niên trường", "Giáo viên chủ nhiệm các lớp; Công an phường Tây Hồ",
     "Ký cam kết với cha mẹ học sinh"),
    ("Tháng 11/2026", "Sinh hoạt dưới cờ chủ đề \"Ngày Pháp luật Việt Nam\" (09/11)", "Đoàn Thanh niên trường",
     "Tổ Ngữ văn, Tổ Lịch sử - Địa lý - GDKT&PL", "Tiết chào cờ tuần 10"),
    ("Tháng 12/2026", "Phổ biến pháp luật về phòng, chống bạo lực học đường, xâm hại trẻ em",
     "Tổ Tư vấn tâm lý học đường", "Giáo viên chủ nhiệm", "Lồng ghép giờ sinh hoạt lớp"),
    ("HỌC KỲ II", "", "", "", ""),
    ("Tháng 01 - 3/2027", "Tổ chức cuộc thi \"Học sinh Chu Văn An với pháp luật\" cấp trường",
     "Đoàn Thanh niên trường", "Thư viện trường; Ban đại diện cha mẹ học sinh", "Vòng sơ khảo trực tuyến"),
    ("Tháng 3/2027", "Tuyên truyền Luật Phòng, chống tác hại của thuốc lá, cảnh báo thuốc lá điện tử",
     "Nhân viên y tế trường học", "Đoàn Thanh niên trường", ""),
    ("Tháng 5/2027", "Sơ kết, đánh giá công tác PBGDPL năm học; đề xuất khen thưởng",
     "Phó Hiệu trưởng phụ trách công tác học sinh", "Tổ Văn phòng", ""),
)

PLAN_CVA = Plan(
    name="set35_chuvanan_school_timefirst",
    blocks=[
        *_hdr(["SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ NỘI", "TRƯỜNG THPT CHU VĂN AN"], "87/KH-CVA",
              "Hà Nội, ngày 08 tháng 9 năm 2026",
              ["Công tác phổ biến, giáo dục pháp luật năm học 2026-2027"]),
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012;"),
        P("Căn cứ Quyết định số 1521/QĐ-TTg ngày 06/10/2020 của Thủ tướng Chính phủ; Công văn số "
          "3120/SGDĐT-CTHSSV ngày 25/8/2026 của Sở Giáo dục và Đào tạo Hà Nội về hướng dẫn công tác "
          "PBGDPL năm học 2026-2027;"),
        P("Căn cứ tình hình thực tế, Trường THPT Chu Văn An xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Giúp học sinh hiểu biết, tôn trọng và tự giác chấp hành pháp luật; phòng ngừa vi phạm pháp luật "
          "trong học sinh."),
        P("2. Nội dung phù hợp lứa tuổi, lồng ghép trong hoạt động dạy học, giáo dục; không gây quá tải."),
        P("II. NỘI DUNG VÀ LỊCH TRIỂN KHAI", bold=True),
        T(_CVA_ROWS, widths=(24, 62, 36, 40, 28)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("- Ban Giám hiệu chỉ đạo chung; các tổ chuyên môn, giáo viên chủ nhiệm lồng ghép nội dung pháp luật "
          "vào bài giảng, giờ sinh hoạt lớp."),
        P("- Tổ Văn phòng tổng hợp kết quả, báo cáo Sở Giáo dục và Đào tạo trước ngày 25/5/2027."),
        *_end(["Sở GD&ĐT Hà Nội (để b/c);", "Ban Giám hiệu;", "Các tổ chuyên môn, Đoàn Thanh niên;",
               "Lưu: VT."], ["HIỆU TRƯỞNG"], "Nguyễn Văn Hưng"),
    ],
    expected=[
        Exp("Xây dựng, ban hành Kế hoạch PBGDPL năm học", ("Phó Hiệu trưởng phụ trách công tác học sinh",),
            ("Tổ Văn phòng",), "2026-09-30"),
        Exp("Tuyên truyền Luật Trật tự, an toàn giao thông", ("Đoàn Thanh niên trường",),
            ("Giáo viên chủ nhiệm các lớp", "Công an phường Tây Hồ"), "2026-10-31"),
        Exp("Sinh hoạt dưới cờ chủ đề", ("Đoàn Thanh niên trường",),
            ("Tổ Ngữ văn", "Tổ Lịch sử - Địa lý - GDKT&PL"), "2026-11-30"),
        Exp("Phổ biến pháp luật về phòng, chống bạo lực học đường", ("Tổ Tư vấn tâm lý học đường",),
            ("Giáo viên chủ nhiệm",), "2026-12-31"),
        Exp("Tổ chức cuộc thi \"Học sinh Chu Văn An", ("Đoàn Thanh niên trường",),
            ("Thư viện trường", "Ban đại diện cha mẹ học sinh"), "2027-03-31"),
        Exp("Tuyên truyền Luật Phòng, chống tác hại", ("Nhân viên y tế trường học",),
            ("Đoàn Thanh niên trường",), "2027-03-31"),
        Exp("Sơ kết, đánh giá công tác PBGDPL", ("Phó Hiệu trưởng phụ trách công tác học sinh",),
            ("Tổ Văn phòng",), "2027-05-31"),
    ],
)


# ---------------------------------------------------------------- 5. BVĐK tỉnh Quảng Ninh (1.1.)
PLAN_QNH = Plan(
    name="set35_quangninh_hospital_11",
    blocks=[
        *_hdr(["SỞ Y TẾ QUẢNG NINH", "BỆNH VIỆN ĐA KHOA TỈNH"], "36/KH-BVĐKT",
              "Quảng Ninh, ngày 23 tháng 01 năm 2026",
              ["Phổ biến, giáo dục pháp luật năm 2026"]),
        P("Căn cứ Kế hoạch số 12/KH-SYT ngày 14/01/2026 của Sở Y tế Quảng Ninh về công tác phổ biến, giáo dục "
          "pháp luật năm 2026;"),
        P("Căn cứ Quyết định số 2088/QĐ-BYT ngày 06/6/2025 của Bộ Y tế; chức năng, nhiệm vụ của Bệnh viện,"),
        P("Bệnh viện Đa khoa tỉnh xây dựng Kế hoạch phổ biến, giáo dục pháp luật năm 2026 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Bảo đảm 100% viên chức, người lao động được phổ biến các văn bản pháp luật mới liên quan đến "
          "chuyên môn; nâng cao chất lượng phục vụ người bệnh. Việc phổ biến gắn với nhiệm vụ chuyên môn, "
          "không ảnh hưởng đến công tác khám bệnh, chữa bệnh."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        P("1. Phổ biến văn bản pháp luật mới cho viên chức, người lao động", bold=True),
        P("1.1. Phổ biến Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế và hướng dẫn thanh toán "
          "chi phí khám bệnh, chữa bệnh bảo hiểm y tế."),
        P("Chủ trì: Phòng Kế hoạch tổng hợp; phối hợp: Phòng Tài chính kế toán, Phòng Công tác xã hội. Thời "
          "gian: Quý I/2026."),
        P("1.2. Phổ biến quy định về quy tắc ứng xử của viên chức, người lao động ngành Y tế (Phòng Tổ chức "
          "cán bộ chủ trì; Phòng Điều dưỡng và các khoa lâm sàng phối hợp; thực hiện trong Quý II/2026)."),
        P("1.3. Quán triệt Luật Dược và các quy định về kê đơn thuốc trong điều trị ngoại trú."),
        P("Chủ trì: Khoa Dược; phối hợp: Hội đồng Thuốc và điều trị. Thời gian: Quý II, III/2026."),
        P("2. Phổ biến pháp luật cho người bệnh và người nhà người bệnh", bold=True),
        P("2.1. Niêm yết quyền, nghĩa vụ của người bệnh tại khu khám bệnh và các khoa điều trị."),
        P("Chủ trì: Phòng Công tác xã hội; phối hợp: Khoa Khám bệnh. Thời gian: Tháng 3/2026."),
        P("2.2. Tư vấn pháp luật về bảo hiểm y tế tại Bộ phận tiếp đón người bệnh."),
        P("Chủ trì: Phòng Công tác xã hội, Phòng Kế hoạch tổng hợp. Thời gian: Thường xuyên."),
        P("3. Bồi dưỡng kiến thức pháp luật chuyên ngành", bold=True),
        P("3.1. Tập huấn pháp luật về phòng cháy, chữa cháy và cứu nạn, cứu hộ tại cơ sở khám bệnh, chữa "
          "bệnh (Phòng Hành chính quản trị chủ trì; Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ - "
          "Công an tỉnh phối hợp; Tháng 5 - 6/2026)."),
        P("3.2. Học tập các văn bản mới về phòng, chống tham nhũng, tiêu cực trong ngành Y tế."),
        P("Chủ trì: Phòng Tổ chức cán bộ; phối hợp: Công đoàn Bệnh viện. Thời gian: khi có văn bản chỉ đạo "
          "của Sở Y tế."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Trưởng các khoa, phòng có trách nhiệm phổ biến đến viên chức, người lao động thuộc khoa, phòng mình. "
          "Phòng Tổ chức cán bộ là đầu mối tổng hợp, báo cáo Sở Y tế 6 tháng (trước ngày 10/6/2026) và năm "
          "(trước ngày 10/11/2026)."),
        *_end(["Sở Y tế (b/c);", "Ban Giám đốc;", "Các khoa, phòng;", "Lưu: VT, TCCB."],
              ["GIÁM ĐỐC"], "Vũ Mạnh Cường"),
    ],
    expected=[
        Exp("Phổ biến Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế", ("Phòng Kế hoạch tổng hợp",),
            ("Phòng Tài chính kế toán", "Phòng Công tác xã hội"), "2026-03-31"),
        Exp("Phổ biến quy định về quy tắc ứng xử", ("Phòng Tổ chức cán bộ",),
            ("Phòng Điều dưỡng", "các khoa lâm sàng"), "2026-06-30"),
        Exp("Quán triệt Luật Dược và các quy định", ("Khoa Dược",), ("Hội đồng Thuốc và điều trị",),
            "2026-09-30"),
        Exp("Niêm yết quyền, nghĩa vụ của người bệnh", ("Phòng Công tác xã hội",), ("Khoa Khám bệnh",),
            "2026-03-31"),
        Exp("Tư vấn pháp luật về bảo hiểm y tế", ("Phòng Công tác xã hội", "Phòng Kế hoạch tổng hợp"), (),
            "2026-12-31"),
        Exp("Tập huấn pháp luật về phòng cháy, chữa cháy", ("Phòng Hành chính quản trị",),
            ("Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ - Công an tỉnh",), "2026-06-30"),
        Exp("Học tập các văn bản mới về phòng, chống tham nhũng", ("Phòng Tổ chức cán bộ",),
            ("Công đoàn Bệnh viện",), "2026-12-31", on_request=True),
    ],
)


# ---------------------------------------------------------------- 6. Cảng Đà Nẵng (enterprise)
PLAN_PORT = Plan(
    name="set35_danangport_enterprise_blocks",
    blocks=[
        P("CÔNG TY CỔ PHẦN CẢNG ĐÀ NẴNG", bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True),
        P("Độc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P("Số: 112/KH-CĐN", center=True),
        P("Đà Nẵng, ngày 10 tháng 02 năm 2026", center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P("Tuyên truyền, phổ biến pháp luật cho người lao động năm 2026", bold=True, center=True),
        P("Căn cứ Bộ luật Lao động số 45/2019/QH14; Luật An toàn, vệ sinh lao động số 84/2015/QH13; Bộ luật "
          "Hàng hải Việt Nam số 95/2015/QH13;"),
        P("Căn cứ Quy chế phối hợp số 05/QCPH-CĐN-CĐ ngày 15/3/2024 giữa Tổng Giám đốc và Ban Chấp hành Công "
          "đoàn Công ty;"),
        P("Tổng Giám đốc Công ty ban hành Kế hoạch tuyên truyền, phổ biến pháp luật năm 2026 như sau:"),
        P("I. MỤC ĐÍCH", bold=True),
        P("Người lao động nắm vững quyền, nghĩa vụ; chấp hành nghiêm quy định về an toàn lao động, an ninh "
          "cảng biển; giảm tai nạn lao động và tranh chấp lao động."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG", bold=True),
        P("1. Tuyên truyền, phổ biến Bộ luật Lao động và các văn bản hướng dẫn", bold=True),
        P("- Phòng Tổ chức - Hành chính: chủ trì rà soát, phổ biến nội quy lao động, thỏa ước lao động tập "
          "thể sửa đổi đến toàn thể người lao động; hoàn thành trong Quý I/2026."),
        P("- Công đoàn Công ty: tổ chức đối thoại định kỳ tại nơi làm việc, giải đáp vướng mắc về tiền lương, "
          "chế độ; phối hợp với Phòng Tổ chức - Hành chính thực hiện trong Quý II và Quý IV/2026."),
        P("2. Phổ biến pháp luật về an toàn, vệ sinh lao động trong khai thác cảng", bold=True),
        P("Ban An toàn - Pháp chế chủ trì; Xí nghiệp Cảng Tiên Sa, Xí nghiệp Cảng Sơn Trà và Xí nghiệp Cảng "
          "Sông Hàn phối hợp tổ chức huấn luyện, diễn tập. Thời gian: Tháng 4 - 5/2026 (hưởng ứng Tháng "
          "hành động về an toàn, vệ sinh lao động)."),
        P("3. Phổ biến quy định về an ninh cảng biển, phòng, chống buôn lậu và gian lận thương mại",
          bold=True),
        P("Cơ quan thực hiện: Ban An toàn - Pháp chế; phối hợp: Cảng vụ Hàng hải Đà Nẵng, Hải quan cửa khẩu "
          "cảng Đà Nẵng. Thời gian: Quý III/2026."),
        P("4. Cập nhật văn bản pháp luật mới trên hệ thống văn phòng điện tử của Công ty", bold=True),
        P("Cơ quan thực hiện: Phòng Kỹ thuật - Công nghệ; phối hợp: Ban An toàn - Pháp chế. Thời gian: "
          "Thường xuyên."),
        P("5. Phổ biến pháp luật về thuế, hóa đơn điện tử cho bộ phận kế toán, kinh doanh", bold=True),
        P("Cơ quan thực hiện: Phòng Tài chính - Kế toán; phối hợp: Phòng Kinh doanh - Tiếp thị. Thời gian: "
          "theo đề nghị của cơ quan thuế."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Giám đốc các Xí nghiệp, Trưởng các phòng, ban tổ chức thực hiện; báo cáo kết quả về Ban An toàn - "
          "Pháp chế trước ngày 15/12/2026 để tổng hợp báo cáo Tổng Giám đốc."),
        *_end(["Hội đồng quản trị (b/c);", "Ban Tổng Giám đốc;", "Công đoàn Công ty;", "Các đơn vị;",
               "Lưu: VT, ATPC."], ["TỔNG GIÁM ĐỐC"], "Trần Lê Tuấn"),
    ],
    expected=[
        Exp("Phòng Tổ chức - Hành chính: chủ trì rà soát", ("Phòng Tổ chức - Hành chính",), (), "2026-03-31"),
        Exp("Công đoàn Công ty: tổ chức đối thoại", ("Công đoàn Công ty",), ("Phòng Tổ chức - Hành chính",),
            "2026-12-31"),
        Exp("Phổ biến pháp luật về an toàn, vệ sinh lao động", ("Ban An toàn - Pháp chế",),
            ("Xí nghiệp Cảng Tiên Sa", "Xí nghiệp Cảng Sơn Trà", "Xí nghiệp Cảng Sông Hàn"), "2026-05-31"),
        Exp("Phổ biến quy định về an ninh cảng biển", ("Ban An toàn - Pháp chế",),
            ("Cảng vụ Hàng hải Đà Nẵng", "Hải quan cửa khẩu cảng Đà Nẵng"), "2026-09-30"),
        Exp("Cập nhật văn bản pháp luật mới", ("Phòng Kỹ thuật - Công nghệ",), ("Ban An toàn - Pháp chế",),
            "2026-12-31"),
        Exp("Phổ biến pháp luật về thuế, hóa đơn", ("Phòng Tài chính - Kế toán",),
            ("Phòng Kinh doanh - Tiếp thị",), "2026-12-31", on_request=True),
    ],
)


# ---------------------------------------------------------------- 7. Hội LHPN tỉnh Gia Lai (+ bullets)
PLAN_WOMEN = Plan(
    name="set35_gialai_women_plus",
    blocks=[
        *_hdr(["HỘI LHPN VIỆT NAM", "BAN THƯỜNG VỤ HỘI LHPN TỈNH GIA LAI"], "21/KH-BTV",
              "Gia Lai, ngày 03 tháng 3 năm 2026",
              ["Tuyên truyền, phổ biến pháp luật về phòng, chống bạo lực gia đình",
               "trong hội viên, phụ nữ năm 2026"]),
        P("Thực hiện Kế hoạch số 09/KH-ĐCT ngày 20/01/2026 của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam; "
          "Luật Phòng, chống bạo lực gia đình số 13/2022/QH15 và Nghị định số 76/2023/NĐ-CP ngày 01/11/2023 "
          "của Chính phủ, Ban Thường vụ Hội LHPN tỉnh xây dựng kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Nâng cao nhận thức của hội viên, phụ nữ và cộng đồng về phòng, chống bạo lực gia đình."),
        P("- Phát huy vai trò của Hội các cấp trong phát hiện, hỗ trợ nạn nhân bạo lực gia đình."),
        P("II. ĐỐI TƯỢNG", bold=True),
        P("Cán bộ Hội các cấp, hội viên phụ nữ, ưu tiên phụ nữ vùng đồng bào dân tộc thiểu số."),
        P("III. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True),
        P("- Truyền thông Luật Phòng, chống bạo lực gia đình năm 2022 tới hội viên qua sinh hoạt chi hội"),
        P("+ Chủ trì: Ban Tuyên giáo"),
        P("+ Phối hợp: Hội LHPN các xã, phường"),
        P("+ Thời gian: Quý II/2026"),
        P("- Nhân rộng mô hình \"Địa chỉ tin cậy ở cộng đồng\" tại các xã vùng sâu"),
        P("+ Chủ trì: Ban Gia đình - Xã hội"),
        P("+ Phối hợp: Sở Văn hóa, Thể thao và Du lịch; Công an tỉnh"),
        P("+ Thời gian: Từ tháng 3 đến tháng 9/2026"),
        P("- Hưởng ứng Tháng hành động quốc gia về phòng, chống bạo lực gia đình (tháng 6)"),
        P("Đề nghị Hội LHPN các xã, phường chủ trì, phối hợp với Công an xã, phường tổ chức nói chuyện chuyên "
          "đề, sân khấu hóa tại thôn, làng, tổ dân phố; thời gian trong tháng 6/2026."),
        P("- Tập huấn kỹ năng hòa giải mâu thuẫn gia đình cho chi hội trưởng phụ nữ"),
        P("+ Chủ trì: Ban Chính sách - Luật pháp"),
        P("+ Phối hợp: Sở Tư pháp"),
        P("+ Thời gian: khi có hướng dẫn của Trung ương Hội LHPN Việt Nam"),
        P("- Đối thoại chính sách với phụ nữ về quyền được bảo vệ, hỗ trợ nạn nhân bạo lực gia đình"),
        P("+ Chủ trì: Thường trực Hội LHPN tỉnh"),
        P("+ Phối hợp: Ban Chính sách - Luật pháp"),
        P("+ Thời gian: Quý III/2026"),
        P("- Phối hợp giám sát việc thực hiện pháp luật về bình đẳng giới và phòng, chống bạo lực gia đình"),
        P("+ Chủ trì: Ban Chính sách - Luật pháp"),
        P("+ Phối hợp: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
        P("+ Thời gian: Quý IV/2026"),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các ban, đơn vị cơ quan Hội LHPN tỉnh, Hội LHPN các xã, phường căn cứ kế hoạch triển khai thực hiện; "
          "báo cáo kết quả về Ban Tuyên giáo trước ngày 30/11/2026 để tổng hợp báo cáo Trung ương Hội."),
        *_end(["Đoàn Chủ tịch TW Hội (b/c);", "Thường trực Tỉnh ủy (b/c);", "Hội LHPN các xã, phường;",
               "Lưu: VP, BTG."], ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH"], "Nguyễn Thị Thu Hà"),
    ],
    expected=[
        Exp("Truyền thông Luật Phòng, chống bạo lực gia đình", ("Ban Tuyên giáo",),
            ("Hội LHPN các xã, phường",), "2026-06-30"),
        Exp("Nhân rộng mô hình \"Địa chỉ tin cậy", ("Ban Gia đình - Xã hội",),
            ("Sở Văn hóa, Thể thao và Du lịch", "Công an tỉnh"), "2026-09-30"),
        Exp("Hưởng ứng Tháng hành động quốc gia", ("Hội LHPN các xã, phường",), ("Công an xã, phường",),
            "2026-06-30"),
        Exp("Tập huấn kỹ năng hòa giải mâu thuẫn", ("Ban Chính sách - Luật pháp",), ("Sở Tư pháp",),
            "2026-12-31", on_request=True),
        Exp("Đối thoại chính sách với phụ nữ", ("Thường trực Hội LHPN tỉnh",), ("Ban Chính sách - Luật pháp",),
            "2026-09-30"),
        Exp("Phối hợp giám sát việc thực hiện pháp luật", ("Ban Chính sách - Luật pháp",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",), "2026-12-31"),
    ],
)


# ---------------------------------------------------------------- 8. HĐPH PBGDPL tỉnh Nghệ An (2-row header)
_NA_ROWS = (
    ("STT", "Nhiệm vụ", "Đơn vị thực hiện", "", "Thời hạn hoàn thành", "Kinh phí"),
    ("", "", "Chủ trì", "Phối hợp", "", ""),
    ("I", "HOẠT ĐỘNG CHUNG CỦA HỘI ĐỒNG", "", "", "", ""),
    ("1", "Xây dựng, ban hành Kế hoạch hoạt động năm 2026 của Hội đồng", "Sở Tư pháp",
     "Các thành viên Hội đồng", "Tháng 01/2026", "Ngân sách tỉnh"),
    ("2", "Tổ chức phiên họp định kỳ 6 tháng và cuối năm của Hội đồng", "Chủ tịch Hội đồng", "Sở Tư pháp",
     "Tháng 7 và tháng 12/2026", "Ngân sách tỉnh"),
    ("3", "Kiểm tra, khảo sát công tác PBGDPL tại một số sở, ngành và xã, phường", "Sở Tư pháp",
     "Văn phòng UBND tỉnh; Sở Nội vụ", "Quý III/2026", "Ngân sách tỉnh"),
    ("4", "Tổ chức hội nghị phổ biến các luật mới được Quốc hội thông qua", "Sở Tư pháp",
     "Các thành viên Hội đồng", "Sau khi Quốc hội thông qua các luật tại kỳ họp", "Ngân sách tỉnh"),
    ("II", "HOẠT ĐỘNG CỦA CÁC CƠ QUAN THÀNH VIÊN", "", "", "", ""),
    ("5", "Phổ biến pháp luật cho cán bộ, chiến sĩ và Nhân dân khu vực biên giới, vùng đồng bào dân tộc "
     "thiểu số", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh; Bộ Chỉ huy Quân sự tỉnh", "Sở Dân tộc và Tôn giáo",
     "Cả năm", "Kinh phí của đơn vị"),
    ("6", "Phổ biến pháp luật về lao động, việc làm, bảo hiểm xã hội cho người lao động tại các khu công "
     "nghiệp", "Liên đoàn Lao động tỉnh", "Sở Nội vụ, Bảo hiểm xã hội tỉnh, Ban Quản lý Khu kinh tế "
     "Đông Nam", "Quý II - Quý III/2026", "Kinh phí công đoàn"),
    ("7", "Giáo dục pháp luật cho học sinh, sinh viên trong nhà trường", "Sở Giáo dục và Đào tạo",
     "Tỉnh đoàn; các cơ sở giáo dục nghề nghiệp", "Tháng 9 - 12/2026", "Ngân sách ngành"),
    ("8", "Thông tin, tuyên truyền pháp luật trên báo in, báo điện tử, phát thanh, truyền hình",
     "Báo và Phát thanh, Truyền hình Nghệ An", "Sở Văn hóa, Thể thao và Du lịch", "Thường xuyên",
     "Đặt hàng"),
)

PLAN_NGHEAN = Plan(
    name="set35_nghean_council_2rowheader",
    blocks=[
        *_hdr(["UBND TỈNH NGHỆ AN", "HỘI ĐỒNG PHỐI HỢP", "PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT"], "04/KH-HĐPH",
              "Nghệ An, ngày 29 tháng 01 năm 2026",
              ["Hoạt động của Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh năm 2026"]),
        P("Căn cứ Quyết định số 25/2025/QĐ-TTg ngày 04/8/2025 của Thủ tướng Chính phủ quy định về Hội đồng "
          "phối hợp phổ biến, giáo dục pháp luật;"),
        P("Căn cứ Kế hoạch số 66/KH-UBND ngày 22/01/2026 của UBND tỉnh về công tác phổ biến, giáo dục pháp "
          "luật năm 2026; Kế hoạch số 01/KH-HĐPH ngày 12/01/2026 của Hội đồng phối hợp PBGDPL Trung ương,"),
        P("Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh ban hành Kế hoạch hoạt động năm 2026 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Nâng cao hiệu quả phối hợp giữa các cơ quan thành viên trong tư vấn, chỉ đạo công tác PBGDPL."),
        P("2. Hoạt động của Hội đồng bám sát nhiệm vụ chính trị của tỉnh; phân công rõ người, rõ việc."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        T(_NA_ROWS, widths=(10, 62, 34, 38, 26, 22)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Các thành viên Hội đồng chịu trách nhiệm trước Chủ tịch Hội đồng về nhiệm vụ được phân công; gửi "
          "báo cáo 6 tháng trước ngày 10/6/2026 và báo cáo năm trước ngày 20/11/2026 về Sở Tư pháp (Cơ "
          "quan Thường trực Hội đồng)."),
        P("2. Sở Tư pháp giúp Hội đồng theo dõi, đôn đốc việc thực hiện Kế hoạch."),
        *_end(["Hội đồng PHPBGDPL Trung ương (b/c);", "Thường trực Tỉnh ủy, UBND tỉnh (b/c);",
               "Thành viên Hội đồng;", "Lưu: VT, HĐPH."],
              ["TM. HỘI ĐỒNG", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Hoàng Thị Thu Trang"),
    ],
    expected=[
        Exp("Xây dựng, ban hành Kế hoạch hoạt động", ("Sở Tư pháp",), ("Các thành viên Hội đồng",),
            "2026-01-31"),
        Exp("Tổ chức phiên họp định kỳ 6 tháng", ("Chủ tịch Hội đồng",), ("Sở Tư pháp",), "2026-12-31"),
        Exp("Kiểm tra, khảo sát công tác PBGDPL", ("Sở Tư pháp",), ("Văn phòng UBND tỉnh", "Sở Nội vụ"),
            "2026-09-30"),
        Exp("Tổ chức hội nghị phổ biến các luật mới", ("Sở Tư pháp",), ("Các thành viên Hội đồng",),
            "2026-12-31", on_request=True),
        Exp("Phổ biến pháp luật cho cán bộ, chiến sĩ",
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Bộ Chỉ huy Quân sự tỉnh"), ("Sở Dân tộc và Tôn giáo",),
            "2026-12-31"),
        Exp("Phổ biến pháp luật về lao động, việc làm", ("Liên đoàn Lao động tỉnh",),
            ("Sở Nội vụ", "Bảo hiểm xã hội tỉnh", "Ban Quản lý Khu kinh tế Đông Nam"), "2026-09-30"),
        Exp("Giáo dục pháp luật cho học sinh, sinh viên", ("Sở Giáo dục và Đào tạo",),
            ("Tỉnh đoàn", "các cơ sở giáo dục nghề nghiệp"), "2026-12-31"),
        Exp("Thông tin, tuyên truyền pháp luật trên báo", ("Báo và Phát thanh, Truyền hình Nghệ An",),
            ("Sở Văn hóa, Thể thao và Du lịch",), "2026-12-31"),
    ],
)


# ---------------------------------------------------------------- 9. UBND phường Hải Châu ("(chủ trì)")
PLAN_HAICHAU = Plan(
    name="set35_haichau_ward_parenthetical",
    blocks=[
        P("ỦY BAN NHÂN DÂN", bold=True, center=True),
        P("PHƯỜNG HẢI CHÂU", bold=True, center=True),
        P("Số: 27/KH-UBND", center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True),
        P("Độc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P("Hải Châu, ngày 26 tháng 01 năm 2026", center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P("Công tác phổ biến, giáo dục pháp luật, hòa giải ở cơ sở và xây dựng phường đạt chuẩn tiếp cận "
          "pháp luật năm 2026", bold=True, center=True),
        P("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;"),
        P("Căn cứ Kế hoạch số 19/KH-UBND ngày 16/01/2026 của UBND thành phố Đà Nẵng về công tác phổ biến, "
          "giáo dục pháp luật năm 2026;"),
        P("Căn cứ Quyết định số 25/2021/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ quy định về xã, phường, "
          "thị trấn đạt chuẩn tiếp cận pháp luật,"),
        P("UBND phường Hải Châu ban hành Kế hoạch thực hiện như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Đưa pháp luật đến với Nhân dân, nhất là các quy định mới về chính quyền địa phương hai cấp, trật "
          "tự đô thị, đất đai; duy trì phường đạt chuẩn tiếp cận pháp luật. Phân công cụ thể, gắn trách nhiệm "
          "người đứng đầu."),
        P("II. NỘI DUNG THỰC HIỆN", bold=True),
        P("1. Tuyên truyền pháp luật về trật tự đô thị, vệ sinh môi trường, lấn chiếm vỉa hè", bold=True),
        P("Nội dung: phổ biến Nghị quyết của HĐND thành phố về quản lý, sử dụng tạm thời lòng đường, vỉa hè."),
        P("Cơ quan thực hiện: Phòng Kinh tế, Hạ tầng và Đô thị phường (chủ trì); Công an phường, Tổ trưởng tổ "
          "dân phố (phối hợp)."),
        P("Thời hạn: Quý II/2026."),
        P("2. Củng cố, kiện toàn tổ hòa giải ở cơ sở; bồi dưỡng hòa giải viên", bold=True),
        P("Cơ quan thực hiện: Văn phòng HĐND và UBND phường (chủ trì); Ủy ban Mặt trận Tổ quốc Việt Nam phường "
          "(phối hợp)."),
        P("Thời hạn: Quý I/2026."),
        P("3. Tuyên truyền pháp luật về thuế, hóa đơn điện tử cho hộ kinh doanh", bold=True),
        P("Cơ quan thực hiện: Phòng Kinh tế, Hạ tầng và Đô thị phường (chủ trì); Thuế cơ sở 1 thành phố Đà "
          "Nẵng (phối hợp)."),
        P("Thời hạn: Tháng 5 - 7/2026."),
        P("4. Tuyên truyền pháp luật về phòng, chống ma túy cho thanh thiếu niên", bold=True),
        P("Cơ quan thực hiện: Công an phường (chủ trì); Đoàn Thanh niên phường và các trường học trên địa bàn "
          "(phối hợp)."),
        P("Thời hạn: Tháng 6/2026 (Tháng hành động phòng, chống ma túy)."),
        P("5. Duy trì, nâng cao kết quả phường đạt chuẩn tiếp cận pháp luật", bold=True),
        P("Cơ quan thực hiện: Văn phòng HĐND và UBND phường (chủ trì); các thành viên Hội đồng đánh giá chuẩn "
          "tiếp cận pháp luật phường (phối hợp)."),
        P("Thời hạn: trước ngày 15/11/2026."),
        P("6. Cập nhật tủ sách pháp luật điện tử của phường", bold=True),
        P("Cơ quan thực hiện: Văn phòng HĐND và UBND phường."),
        P("Thời hạn: Thường xuyên."),
        P("7. Phổ biến các văn bản pháp luật mới về tổ chức, hoạt động của chính quyền địa phương", bold=True),
        P("Cơ quan thực hiện: Văn phòng HĐND và UBND phường (chủ trì); các phòng, đơn vị thuộc UBND phường "
          "(phối hợp)."),
        P("Thời hạn: sau khi văn bản được ban hành, có hiệu lực thi hành."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các phòng, đơn vị thuộc UBND phường, Tổ trưởng tổ dân phố tổ chức thực hiện; báo cáo kết quả về Văn "
          "phòng HĐND và UBND phường trước ngày 25/11/2026 để tổng hợp, báo cáo UBND thành phố."),
        *_end(["UBND thành phố Đà Nẵng (b/c);", "Sở Tư pháp;", "TT Đảng ủy phường;", "Lưu: VT."],
              ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Phan Văn Hùng"),
    ],
    expected=[
        Exp("Tuyên truyền pháp luật về trật tự đô thị", ("Phòng Kinh tế, Hạ tầng và Đô thị phường",),
            ("Công an phường", "Tổ trưởng tổ dân phố"), "2026-06-30"),
        Exp("Củng cố, kiện toàn tổ hòa giải", ("Văn phòng HĐND và UBND phường",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam phường",), "2026-03-31"),
        Exp("Tuyên truyền pháp luật về thuế, hóa đơn", ("Phòng Kinh tế, Hạ tầng và Đô thị phường",),
            ("Thuế cơ sở 1 thành phố Đà Nẵng",), "2026-07-31"),
        Exp("Tuyên truyền pháp luật về phòng, chống ma túy", ("Công an phường",),
            ("Đoàn Thanh niên phường", "các trường học trên địa bàn"), "2026-06-30"),
        Exp("Duy trì, nâng cao kết quả phường", ("Văn phòng HĐND và UBND phường",),
            ("các thành viên Hội đồng đánh giá chuẩn tiếp cận pháp luật phường",), "2026-11-15"),
        Exp("Cập nhật tủ sách pháp luật điện tử", ("Văn phòng HĐND và UBND phường",), (), "2026-12-31"),
        Exp("Phổ biến các văn bản pháp luật mới", ("Văn phòng HĐND và UBND phường",),
            ("các phòng, đơn vị thuộc UBND phường",), "2026-12-31", on_request=True),
    ],
)


# ---------------------------------------------------------------- 10. BHXH tỉnh Thái Nguyên (Nhiệm vụ + table)
_TN_ROWS = (
    ("Hoạt động", "Thời gian", "Đơn vị chủ trì", "Đơn vị phối hợp"),
    ("Hội nghị tập huấn chính sách cho nhân viên đại lý thu bảo hiểm xã hội, bảo hiểm y tế", "Quý II/2026",
     "Bảo hiểm xã hội các cơ sở", "Bưu điện tỉnh Thái Nguyên"),
    ("Phóng sự chuyên đề về bảo hiểm xã hội tự nguyện trên sóng truyền hình", "Tháng 7/2026",
     "Phòng Truyền thông", "Báo và Phát thanh, Truyền hình Thái Nguyên"),
    ("Tuyên truyền chính sách mới khi có văn bản hướng dẫn Luật Bảo hiểm y tế (sửa đổi)",
     "Khi Chính phủ ban hành nghị định hướng dẫn", "Phòng Giám định bảo hiểm y tế", "Sở Y tế"),
)

PLAN_BHXH = Plan(
    name="set35_thainguyen_bhxh_tasks_table",
    blocks=[
        *_hdr(["BẢO HIỂM XÃ HỘI VIỆT NAM", "BẢO HIỂM XÃ HỘI TỈNH THÁI NGUYÊN"], "58/KH-BHXH",
              "Thái Nguyên, ngày 12 tháng 3 năm 2026",
              ["Đợt cao điểm tuyên truyền, phổ biến Luật Bảo hiểm xã hội năm 2024",
               "và chính sách bảo hiểm y tế năm 2026"]),
        P("Căn cứ Luật Bảo hiểm xã hội số 41/2024/QH15 ngày 29/6/2024; Luật Bảo hiểm y tế số 51/2024/QH15;"),
        P("Căn cứ Kế hoạch số 402/KH-BHXH ngày 10/02/2026 của Bảo hiểm xã hội Việt Nam về công tác truyền "
          "thông năm 2026;"),
        P("Bảo hiểm xã hội tỉnh xây dựng Kế hoạch tuyên truyền như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Tạo chuyển biến về nhận thức của người dân, người sử dụng lao động đối với chính sách bảo hiểm xã "
          "hội, bảo hiểm y tế; phấn đấu tăng số người tham gia bảo hiểm xã hội tự nguyện."),
        P("II. NHIỆM VỤ TRỌNG TÂM", bold=True),
        P("Nhiệm vụ 1: Phổ biến những điểm mới của Luật Bảo hiểm xã hội năm 2024 cho công chức, viên chức "
          "ngành", bold=True),
        P("Trách nhiệm: Phòng Truyền thông chủ trì; Phòng Chế độ bảo hiểm xã hội, Phòng Quản lý thu phối hợp."),
        P("Tiến độ: Quý I/2026."),
        P("Nhiệm vụ 2: Tổ chức hội nghị đối thoại với người sử dụng lao động về trách nhiệm đóng bảo hiểm "
          "xã hội", bold=True),
        P("Trách nhiệm: Phòng Quản lý thu chủ trì, phối hợp với Liên đoàn Lao động tỉnh và Sở Nội vụ."),
        P("Tiến độ: Tháng 4 và tháng 8/2026."),
        P("Nhiệm vụ 3: Tuyên truyền qua mạng xã hội, Zalo OA và ứng dụng VssID", bold=True),
        P("Trách nhiệm: Phòng Truyền thông."),
        P("Tiến độ: Hằng tháng."),
        P("Nhiệm vụ 4: Vận động học sinh, sinh viên tham gia bảo hiểm y tế", bold=True),
        P("Trách nhiệm: Đề nghị Sở Giáo dục và Đào tạo chủ trì chỉ đạo các cơ sở giáo dục tổ chức tuyên "
          "truyền đầu năm học; Bảo hiểm xã hội các cơ sở phối hợp cung cấp tài liệu."),
        P("Tiến độ: Tháng 8 - 10/2026."),
        P("III. CÁC HOẠT ĐỘNG CAO ĐIỂM", bold=True),
        T(_TN_ROWS, widths=(70, 34, 40, 46)),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Trưởng các phòng nghiệp vụ, Giám đốc Bảo hiểm xã hội các cơ sở chịu trách nhiệm triển khai; báo "
          "cáo kết quả về Phòng Truyền thông trước ngày 25 hằng tháng và báo cáo tổng kết trước ngày "
          "05/12/2026."),
        *_end(["Bảo hiểm xã hội Việt Nam (b/c);", "UBND tỉnh (b/c);", "Sở Tư pháp;",
               "Các phòng, BHXH cơ sở;", "Lưu: VT, TT."], ["GIÁM ĐỐC"], "Đỗ Văn Thắng"),
    ],
    expected=[
        Exp("Phổ biến những điểm mới của Luật Bảo hiểm xã hội", ("Phòng Truyền thông",),
            ("Phòng Chế độ bảo hiểm xã hội", "Phòng Quản lý thu"), "2026-03-31"),
        Exp("Tổ chức hội nghị đối thoại với người sử dụng lao động", ("Phòng Quản lý thu",),
            ("Liên đoàn Lao động tỉnh", "Sở Nội vụ"), "2026-08-31"),
        Exp("Tuyên truyền qua mạng xã hội", ("Phòng Truyền thông",), (), "2026-12-31"),
        Exp("Vận động học sinh, sinh viên tham gia", ("Sở Giáo dục và Đào tạo",),
            ("Bảo hiểm xã hội các cơ sở",), "2026-10-31"),
        Exp("Hội nghị tập huấn chính sách cho nhân viên", ("Bảo hiểm xã hội các cơ sở",),
            ("Bưu điện tỉnh Thái Nguyên",), "2026-06-30"),
        Exp("Phóng sự chuyên đề về bảo hiểm xã hội", ("Phòng Truyền thông",),
            ("Báo và Phát thanh, Truyền hình Thái Nguyên",), "2026-07-31"),
        Exp("Tuyên truyền chính sách mới khi có văn bản", ("Phòng Giám định bảo hiểm y tế",), ("Sở Y tế",),
            "2026-12-31", on_request=True),
    ],
)


PLANS: list[Plan] = [
    PLAN_LAOCAI, PLAN_CANTHO, PLAN_MYTHO, PLAN_CVA, PLAN_QNH,
    PLAN_PORT, PLAN_WOMEN, PLAN_NGHEAN, PLAN_HAICHAU, PLAN_BHXH,
]
