"""Held-out evaluation set 32: ten PBGDPL plans of 2026 (one school year 2026-2027, one 2027 plan issued
late 2026) from agencies of the central provinces and the Central Highlands, answers typed by hand.

1. UBND tỉnh Thanh Hóa: provincial plan, task table STT | Nội dung | Chủ trì | Phối hợp | Thời gian |
   Sản phẩm, with roman-numeral group rows; ";" and "," unit lists; event-triggered rows.
2. Sở Nông nghiệp và Môi trường tỉnh Quảng Trị: bold "1." group headings, "1.1." tasks, labels on own
   lines ("- Đơn vị chủ trì:", "- Đơn vị phối hợp:", "- Thời gian thực hiện:"); also "3." tasks w/o subs.
3. UBND xã Đồng Lộc (Hà Tĩnh): prose assignments ("Giao X chủ trì, phối hợp với Y", "X chủ trì; Y phối
   hợp", "X có trách nhiệm"), persons as units, one item with two "-" blocks led by the activity.
4. Trường THPT Lê Quý Đôn (Lâm Đồng): school year 2026-2027, table TT | Thời gian | Nội dung công việc |
   Người thực hiện | Phối hợp | Ghi chú (time before content), month ranges across years, dashed ward name.
5. Sở Văn hóa, Thể thao và Du lịch thành phố Huế: bold headings; inline "Chủ trì: …; phối hợp: …; thời
   gian: …"; one heading with a) b) blocks; run-in heading "3. … : X chủ trì …"; "sau khi … ban hành".
6. Hội Liên hiệp Phụ nữ thành phố Đà Nẵng: roman headings, "-" task bullets with "+ Chủ trì:",
   "+ Phối hợp:", "+ Thời gian:" sub-bullets; two lead units in one task.
7. Thuế tỉnh Quảng Ngãi: table with a 2-row header (Đơn vị thực hiện / Chủ trì | Phối hợp), group rows,
   "Ghi chú" column, names with commas and dashes, an empty coordination cell, "Khi có văn bản …".
8. UBND phường Pleiku (Gia Lai): table without STT, columns Nội dung | Thời gian | Chủ trì | Phối hợp |
   Kinh phí; ward-level units with commas; "Khi có hướng dẫn …".
9. Sở Y tế tỉnh Đắk Lắk: bold "1." headings with labels "- Chủ trì thực hiện:", "- Phối hợp:",
   "- Tiến độ:"; prose "X chủ trì; Y, Z phối hợp"; a) b) blocks; "Đề nghị X chủ trì"; date range.
10. Hội đồng phối hợp PBGDPL tỉnh Khánh Hòa: 2027 plan issued 12/2026, labels without dashes
   ("Cơ quan chủ trì:", "Cơ quan phối hợp:", "Thời hạn:"), long mixed ","/";"/"và" lists, "Theo đề nghị".
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T


def _hdr(left: str, number: str, place_date: str, title: str) -> list[P | T]:
    return [
        P(left, bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P(f"Số: {number}", center=True),
        P(place_date, center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P(title, bold=True, center=True),
    ]


def _end(recipients: list[str], role: str, signer: str) -> list[P | T]:
    out: list[P | T] = [P("Nơi nhận:", bold=True)]
    out += [P(r) for r in recipients]
    out += [P(role, bold=True, center=True), P("(Đã ký)", center=True), P(signer, bold=True, center=True)]
    return out


# ---------------------------------------------------------------- 1. UBND tỉnh Thanh Hóa (table)
PLAN_TH = Plan(
    name="32-01 UBND tỉnh Thanh Hóa",
    blocks=[
        *_hdr(
            "ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA",
            "28/KH-UBND",
            "Thanh Hóa, ngày 20 tháng 01 năm 2026",
            "Công tác phổ biến, giáo dục pháp luật; hòa giải ở cơ sở;\n"
            "xây dựng cấp xã đạt chuẩn tiếp cận pháp luật trên địa bàn tỉnh năm 2026",
        ),
        P(
            "Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20/6/2012; Luật Hòa giải ở cơ sở ngày 20/6/2013; "
            "Căn cứ Quyết định số 25/2021/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ ban hành quy định "
            "về xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật; Căn cứ Kết luận số 80-KL/TW ngày "
            "20/6/2020 của Ban Bí thư; Quyết định số 3891/QĐ-BTP ngày 26/12/2025 của Bộ Tư pháp ban hành "
            "Kế hoạch công tác phổ biến, giáo dục pháp luật năm 2026;"
        ),
        P("Xét đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 512/TTr-STP ngày 09/01/2026, Ủy ban nhân "
          "dân tỉnh ban hành Kế hoạch thực hiện như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Mục đích: Triển khai kịp thời, hiệu quả các văn bản pháp luật mới, nhất là các luật, nghị "
          "quyết được Quốc hội thông qua năm 2025; nâng cao ý thức chấp hành pháp luật của cán bộ, "
          "công chức, viên chức và Nhân dân trên địa bàn tỉnh."),
        P("2. Yêu cầu: Xác định rõ nội dung, thời hạn, cơ quan chủ trì, cơ quan phối hợp; bảo đảm thiết "
          "thực, tránh hình thức, phù hợp với mô hình chính quyền địa phương hai cấp."),
        P("II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        P("(Chi tiết tại bảng dưới đây)", center=True),
        T(
            (
                ("STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành",
                 "Sản phẩm"),
                ("I", "CÔNG TÁC CHỈ ĐẠO, HƯỚNG DẪN", "", "", "", ""),
                ("1", "Ban hành Kế hoạch phổ biến, giáo dục pháp luật chuyên đề về các luật mới năm 2026",
                 "Sở Tư pháp", "Các sở, ban, ngành cấp tỉnh", "Quý I/2026", "Kế hoạch của UBND tỉnh"),
                ("2", "Kiện toàn Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh", "Sở Tư pháp",
                 "Sở Nội vụ", "Khi có sự thay đổi về thành viên", "Quyết định kiện toàn"),
                ("3", "Hướng dẫn, kiểm tra việc xây dựng xã, phường đạt chuẩn tiếp cận pháp luật",
                 "Sở Tư pháp", "UBND các xã, phường", "Quý II, III/2026", "Văn bản hướng dẫn; báo cáo"),
                ("II", "CÁC HOẠT ĐỘNG PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT", "", "", "", ""),
                ("4", "Tuyên truyền, phổ biến các luật, nghị quyết mới được Quốc hội thông qua",
                 "Các sở, ban, ngành cấp tỉnh; UBND các xã, phường", "Sở Tư pháp",
                 "Từ tháng 7 đến tháng 10/2026", "Hội nghị, tài liệu"),
                ("5", "Duy trì chuyên mục \"Pháp luật và đời sống\" trên sóng phát thanh, truyền hình",
                 "Báo và Phát thanh, Truyền hình Thanh Hóa",
                 "Sở Tư pháp, Sở Văn hóa, Thể thao và Du lịch", "Thường xuyên", "Chuyên mục hằng tuần"),
                ("6", "Phổ biến pháp luật về biển, đảo, chống khai thác hải sản bất hợp pháp (IUU) cho ngư "
                 "dân các xã ven biển", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
                 "Sở Nông nghiệp và Môi trường; Công an tỉnh; UBND các xã, phường ven biển",
                 "Tháng 3 - tháng 9/2026", "Các buổi tuyên truyền"),
                ("7", "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam",
                 "Sở Tư pháp", "Thành viên Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh",
                 "Tháng 11/2026", "Kế hoạch, báo cáo"),
                ("III", "BẢO ĐẢM ĐIỀU KIỆN THỰC HIỆN", "", "", "", ""),
                ("8", "Bố trí kinh phí thực hiện công tác phổ biến, giáo dục pháp luật năm 2026", "Sở Tài chính",
                 "Sở Tư pháp", "Theo đề nghị của Sở Tư pháp", "Dự toán được giao"),
            ),
            widths=(8, 52, 30, 36, 24, 26),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Các sở, ban, ngành cấp tỉnh, UBND các xã, phường căn cứ Kế hoạch này xây dựng kế hoạch của "
          "cơ quan, địa phương; báo cáo kết quả (qua Sở Tư pháp) trước ngày 15/11/2026."),
        P("2. Sở Tư pháp theo dõi, đôn đốc, tổng hợp, báo cáo UBND tỉnh, Bộ Tư pháp theo quy định."),
        *_end(["- Bộ Tư pháp (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);", "- Chủ tịch, các PCT UBND tỉnh;",
               "- Các sở, ban, ngành cấp tỉnh;", "- UBND các xã, phường;", "- Lưu: VT, NC."],
              "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đầu Thanh Tùng"),
    ],
    expected=[
        Exp("Ban hành Kế hoạch phổ biến, giáo dục pháp luật chuyên đề", ("Sở Tư pháp",),
            ("Các sở, ban, ngành cấp tỉnh",), "2026-03-31"),
        Exp("Kiện toàn Hội đồng phối hợp phổ biến", ("Sở Tư pháp",), ("Sở Nội vụ",), "2026-12-31", True),
        Exp("Hướng dẫn, kiểm tra việc xây dựng xã", ("Sở Tư pháp",), ("UBND các xã, phường",), "2026-09-30"),
        Exp("Tuyên truyền, phổ biến các luật, nghị quyết mới",
            ("Các sở, ban, ngành cấp tỉnh", "UBND các xã, phường"), ("Sở Tư pháp",), "2026-10-31"),
        Exp("Duy trì chuyên mục \"Pháp luật và đời sống\"", ("Báo và Phát thanh, Truyền hình Thanh Hóa",),
            ("Sở Tư pháp", "Sở Văn hóa, Thể thao và Du lịch"), "2026-12-31"),
        Exp("Phổ biến pháp luật về biển, đảo, chống khai thác", ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh",),
            ("Sở Nông nghiệp và Môi trường", "Công an tỉnh", "UBND các xã, phường ven biển"), "2026-09-30"),
        Exp("Tổ chức các hoạt động hưởng ứng Ngày Pháp luật", ("Sở Tư pháp",),
            ("Thành viên Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh",), "2026-11-30"),
        Exp("Bố trí kinh phí thực hiện công tác", ("Sở Tài chính",), ("Sở Tư pháp",), "2026-12-31", True),
    ],
)

# ---------------------------------------------------------------- 2. Sở NN&MT Quảng Trị (1.1., labels)
PLAN_QT = Plan(
    name="32-02 Sở Nông nghiệp và Môi trường Quảng Trị",
    blocks=[
        *_hdr(
            "UBND TỈNH QUẢNG TRỊ\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
            "145/KH-SNNMT",
            "Quảng Trị, ngày 05 tháng 02 năm 2026",
            "Phổ biến, giáo dục pháp luật năm 2026 của Sở Nông nghiệp và Môi trường",
        ),
        P("Thực hiện Kế hoạch số 31/KH-UBND ngày 22/01/2026 của UBND tỉnh Quảng Trị về công tác phổ biến, "
          "giáo dục pháp luật năm 2026; Quyết định số 1521/QĐ-BNNMT ngày 30/12/2025 của Bộ Nông nghiệp và "
          "Môi trường, Sở Nông nghiệp và Môi trường xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Tuyên truyền sâu rộng pháp luật về đất đai, tài nguyên, môi trường, nông nghiệp, thủy sản đến "
          "cán bộ, công chức, viên chức và người dân, nhất là vùng đồng bào dân tộc thiểu số, ven biển."),
        P("- Phân công cụ thể, gắn trách nhiệm của người đứng đầu các phòng, đơn vị thuộc Sở."),
        P("II. NỘI DUNG, NHIỆM VỤ", bold=True),
        P("1. Công tác xây dựng văn bản, cập nhật cơ sở dữ liệu", bold=True),
        P("1.1. Xây dựng, ban hành Kế hoạch phổ biến, giáo dục pháp luật năm 2026 của Sở"),
        P("- Đơn vị chủ trì: Văn phòng Sở.\n- Đơn vị phối hợp: Các phòng, đơn vị thuộc Sở.\n"
          "- Thời gian thực hiện: Tháng 01/2026."),
        P("1.2. Rà soát, cập nhật văn bản quy phạm pháp luật thuộc lĩnh vực quản lý lên Cơ sở dữ liệu "
          "quốc gia về pháp luật"),
        P("- Đơn vị chủ trì: Phòng Pháp chế.\n- Đơn vị phối hợp: Các Chi cục, phòng chuyên môn thuộc Sở.\n"
          "- Thời gian thực hiện: Thường xuyên."),
        P("2. Phổ biến pháp luật chuyên ngành", bold=True),
        P("2.1. Phổ biến Luật Đất đai năm 2024 và các văn bản hướng dẫn cho người dân vùng đồng bào dân tộc "
          "thiểu số, miền núi"),
        P("- Đơn vị chủ trì: Phòng Quản lý đất đai.\n"
          "- Đơn vị phối hợp: Văn phòng Đăng ký đất đai; UBND các xã có liên quan.\n"
          "- Thời gian thực hiện: Quý II - Quý III/2026."),
        P("2.2. Tuyên truyền pháp luật về thủy sản, chống khai thác bất hợp pháp, không báo cáo và không "
          "theo quy định (IUU)"),
        P("- Đơn vị chủ trì: Chi cục Thủy sản, Biển và Hải đảo.\n"
          "- Đơn vị phối hợp: Bộ Chỉ huy Bộ đội Biên phòng tỉnh, UBND các xã, phường, đặc khu ven biển.\n"
          "- Thời gian thực hiện: Cả năm 2026."),
        P("2.3. Phổ biến pháp luật về lâm nghiệp, phòng cháy và chữa cháy rừng cho chủ rừng, hộ nhận khoán"),
        P("- Đơn vị chủ trì: Chi cục Kiểm lâm.\n"
          "- Đơn vị phối hợp: Các Hạt Kiểm lâm và các Ban Quản lý rừng phòng hộ.\n"
          "- Thời gian thực hiện: Từ tháng 3 đến tháng 8/2026."),
        P("3. Tổ chức hội nghị tập huấn, bồi dưỡng kiến thức pháp luật cho công chức, viên chức", bold=True),
        P("- Đơn vị chủ trì: Văn phòng Sở.\n- Đơn vị phối hợp: Phòng Pháp chế.\n"
          "- Thời gian thực hiện: Quý III/2026."),
        P("4. Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2026", bold=True),
        P("- Đơn vị chủ trì: Văn phòng Sở.\n- Đơn vị phối hợp: Công đoàn Sở; Đoàn Thanh niên Sở.\n"
          "- Thời gian thực hiện: Tháng 10 - tháng 11/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Thủ trưởng các phòng, đơn vị thuộc Sở chịu trách nhiệm triển khai Kế hoạch này; báo cáo kết "
          "quả 6 tháng trước ngày 10/6/2026, báo cáo năm trước ngày 05/11/2026 (qua Văn phòng Sở)."),
        P("2. Văn phòng Sở theo dõi, tổng hợp, báo cáo Giám đốc Sở và Sở Tư pháp."),
        *_end(["- UBND tỉnh (b/c);", "- Sở Tư pháp;", "- Giám đốc, các PGĐ Sở;", "- Các phòng, đơn vị thuộc Sở;",
               "- Lưu: VT, VP."], "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Lê Văn Hòa"),
    ],
    expected=[
        Exp("Xây dựng, ban hành Kế hoạch phổ biến", ("Văn phòng Sở",), ("Các phòng, đơn vị thuộc Sở",),
            "2026-01-31"),
        Exp("Rà soát, cập nhật văn bản quy phạm pháp luật", ("Phòng Pháp chế",),
            ("Các Chi cục, phòng chuyên môn thuộc Sở",), "2026-12-31"),
        Exp("Phổ biến Luật Đất đai năm 2024", ("Phòng Quản lý đất đai",),
            ("Văn phòng Đăng ký đất đai", "UBND các xã có liên quan"), "2026-09-30"),
        Exp("Tuyên truyền pháp luật về thủy sản", ("Chi cục Thủy sản, Biển và Hải đảo",),
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "UBND các xã, phường, đặc khu ven biển"), "2026-12-31"),
        Exp("Phổ biến pháp luật về lâm nghiệp", ("Chi cục Kiểm lâm",),
            ("Các Hạt Kiểm lâm", "các Ban Quản lý rừng phòng hộ"), "2026-08-31"),
        Exp("Tổ chức hội nghị tập huấn, bồi dưỡng", ("Văn phòng Sở",), ("Phòng Pháp chế",), "2026-09-30"),
        Exp("Hưởng ứng Ngày Pháp luật nước Cộng hòa", ("Văn phòng Sở",), ("Công đoàn Sở", "Đoàn Thanh niên Sở"),
            "2026-11-30"),
    ],
)

# ---------------------------------------------------------------- 3. UBND xã Đồng Lộc, Hà Tĩnh (prose)
PLAN_HT = Plan(
    name="32-03 UBND xã Đồng Lộc",
    blocks=[
        *_hdr(
            "ỦY BAN NHÂN DÂN\nXÃ ĐỒNG LỘC",
            "09/KH-UBND",
            "Đồng Lộc, ngày 16 tháng 01 năm 2026",
            "Triển khai công tác phổ biến, giáo dục pháp luật, hòa giải ở cơ sở\n"
            "và xây dựng xã đạt chuẩn tiếp cận pháp luật năm 2026",
        ),
        P("Căn cứ Kế hoạch số 24/KH-UBND ngày 12/01/2026 của UBND tỉnh Hà Tĩnh về công tác phổ biến, giáo "
          "dục pháp luật năm 2026; Hướng dẫn số 03/HD-STP ngày 08/01/2026 của Sở Tư pháp tỉnh Hà Tĩnh;"),
        P("Ủy ban nhân dân xã Đồng Lộc xây dựng Kế hoạch thực hiện như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Nâng cao hiểu biết, ý thức tuân thủ pháp luật của cán bộ, công chức và Nhân dân trong xã; phấn "
          "đấu năm 2026 xã được công nhận đạt chuẩn tiếp cận pháp luật. Các nội dung phải cụ thể, phân "
          "công rõ người, rõ việc, rõ thời gian."),
        P("II. NỘI DUNG THỰC HIỆN", bold=True),
        P("1. Quán triệt, phổ biến các văn bản pháp luật mới cho cán bộ, công chức xã", bold=True),
        P("Giao Văn phòng HĐND và UBND xã chủ trì, phối hợp với Phòng Văn hóa - Xã hội tham mưu tổ chức hội "
          "nghị quán triệt các luật có hiệu lực từ ngày 01/01/2026. Thời gian: Quý I/2026."),
        P("2. Tuyên truyền pháp luật trên hệ thống loa truyền thanh cơ sở", bold=True),
        P("Phòng Văn hóa - Xã hội chủ trì; Trưởng các thôn phối hợp xây dựng lịch phát thanh, đọc các "
          "chuyên mục pháp luật vào buổi sáng, buổi chiều. Thực hiện hằng tháng."),
        P("3. Củng cố tổ chức và nâng cao hiệu quả hòa giải ở cơ sở", bold=True),
        P("- Rà soát, kiện toàn các tổ hòa giải ở thôn: công chức Tư pháp - Hộ tịch chủ trì, phối hợp với "
          "Ủy ban Mặt trận Tổ quốc Việt Nam xã thực hiện, hoàn thành trước ngày 30/4/2026."),
        P("- Bồi dưỡng kỹ năng, nghiệp vụ hòa giải cho hòa giải viên: đề nghị Ủy ban Mặt trận Tổ quốc Việt "
          "Nam xã chủ trì, phối hợp với công chức Tư pháp - Hộ tịch tổ chức; thời gian: Quý III/2026."),
        P("4. Xây dựng xã đạt chuẩn tiếp cận pháp luật năm 2026", bold=True),
        P("Phó Chủ tịch UBND xã chủ trì chỉ đạo; công chức Tư pháp - Hộ tịch, các thành viên Hội đồng đánh "
          "giá chuẩn tiếp cận pháp luật xã phối hợp tự chấm điểm, lập hồ sơ đề nghị công nhận. Thời gian: "
          "từ tháng 6 đến tháng 11/2026."),
        P("5. Tuyên truyền pháp luật về an toàn giao thông, phòng, chống ma túy cho thanh thiếu niên", bold=True),
        P("Giao Công an xã chủ trì, phối hợp với Đoàn Thanh niên Cộng sản Hồ Chí Minh xã và các trường học "
          "trên địa bàn thực hiện. Thời gian: trong năm 2026."),
        P("6. Phổ biến chính sách hỗ trợ sản xuất nông nghiệp, pháp luật về đất đai cho nông dân", bold=True),
        P("Phòng Kinh tế chủ trì, phối hợp với Hội Nông dân xã tổ chức các buổi phổ biến tại nhà văn hóa "
          "thôn. Thời gian: Quý II/2026."),
        P("7. Niêm yết, công khai thủ tục hành chính và hướng dẫn người dân sử dụng dịch vụ công trực tuyến",
          bold=True),
        P("Trung tâm Phục vụ hành chính công xã có trách nhiệm thực hiện thường xuyên."),
        P("III. KINH PHÍ", bold=True),
        P("Kinh phí thực hiện từ nguồn ngân sách xã năm 2026 và các nguồn hợp pháp khác."),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các bộ phận, cá nhân được phân công triển khai thực hiện Kế hoạch; công chức Tư pháp - Hộ tịch "
          "tổng hợp, tham mưu UBND xã báo cáo kết quả về Sở Tư pháp trước ngày 20/11/2026."),
        *_end(["- Sở Tư pháp (b/c);", "- TT Đảng ủy, HĐND xã (b/c);", "- CT, các PCT UBND xã;",
               "- Các thôn;", "- Lưu: VT."], "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Nguyễn Văn Thắng"),
    ],
    expected=[
        Exp("Quán triệt, phổ biến các văn bản pháp luật mới", ("Văn phòng HĐND và UBND xã",),
            ("Phòng Văn hóa - Xã hội",), "2026-03-31"),
        Exp("Tuyên truyền pháp luật trên hệ thống loa", ("Phòng Văn hóa - Xã hội",), ("Trưởng các thôn",),
            "2026-12-31"),
        Exp("Rà soát, kiện toàn các tổ hòa giải", ("công chức Tư pháp - Hộ tịch",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam xã",), "2026-04-30"),
        Exp("Bồi dưỡng kỹ năng, nghiệp vụ hòa giải", ("Ủy ban Mặt trận Tổ quốc Việt Nam xã",),
            ("công chức Tư pháp - Hộ tịch",), "2026-09-30"),
        Exp("Xây dựng xã đạt chuẩn tiếp cận pháp luật", ("Phó Chủ tịch UBND xã",),
            ("công chức Tư pháp - Hộ tịch", "các thành viên Hội đồng đánh giá chuẩn tiếp cận pháp luật xã"),
            "2026-11-30"),
        Exp("Tuyên truyền pháp luật về an toàn giao thông", ("Công an xã",),
            ("Đoàn Thanh niên Cộng sản Hồ Chí Minh xã", "các trường học trên địa bàn"), "2026-12-31"),
        Exp("Phổ biến chính sách hỗ trợ sản xuất", ("Phòng Kinh tế",), ("Hội Nông dân xã",), "2026-06-30"),
        Exp("Niêm yết, công khai thủ tục hành chính", ("Trung tâm Phục vụ hành chính công xã",), (),
            "2026-12-31"),
    ],
)

# ---------------------------------------------------------------- 4. Trường THPT, Lâm Đồng (school year)
PLAN_LD = Plan(
    name="32-04 Trường THPT Lê Quý Đôn (Lâm Đồng)",
    blocks=[
        *_hdr(
            "SỞ GD&ĐT LÂM ĐỒNG\nTRƯỜNG THPT LÊ QUÝ ĐÔN",
            "68/KH-THPTLQĐ",
            "Lâm Đồng, ngày 18 tháng 9 năm 2026",
            "Phổ biến, giáo dục pháp luật năm học 2026 - 2027",
        ),
        P("Căn cứ Thông tư số 32/2020/TT-BGDĐT ngày 15/9/2020 của Bộ Giáo dục và Đào tạo ban hành Điều lệ "
          "trường trung học; Công văn số 2950/SGDĐT-VP ngày 04/9/2026 của Sở Giáo dục và Đào tạo tỉnh Lâm "
          "Đồng về hướng dẫn công tác phổ biến, giáo dục pháp luật năm học 2026 - 2027;"),
        P("Trường THPT Lê Quý Đôn xây dựng kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Giúp học sinh, cán bộ, giáo viên, nhân viên hiểu và chấp hành pháp luật, nội quy nhà trường.\n"
          "- Lồng ghép phù hợp với môn Giáo dục kinh tế và pháp luật, hoạt động trải nghiệm."),
        P("II. NỘI DUNG VÀ LỊCH THỰC HIỆN", bold=True),
        T(
            (
                ("TT", "Thời gian", "Nội dung công việc", "Người thực hiện", "Phối hợp", "Ghi chú"),
                ("1", "Tháng 9/2026", "Xây dựng, ban hành kế hoạch phổ biến, giáo dục pháp luật năm học",
                 "Hiệu trưởng", "Tổ Văn phòng", ""),
                ("2", "Tháng 9 - tháng 10/2026",
                 "Tuyên truyền nội quy nhà trường, Luật Trật tự, an toàn giao thông đường bộ cho học sinh "
                 "đầu cấp", "Giáo viên chủ nhiệm", "Đoàn trường; Công an phường Xuân Hương - Đà Lạt",
                 "Sinh hoạt dưới cờ"),
                ("3", "Tháng 11/2026",
                 "Tổ chức cuộc thi \"Học sinh với pháp luật\" hưởng ứng Ngày Pháp luật Việt Nam",
                 "Đoàn trường", "Tổ Sử - Địa - GDKT&PL; Ban đại diện cha mẹ học sinh", ""),
                ("4", "Tháng 12/2026 - tháng 01/2027",
                 "Lồng ghép giáo dục pháp luật về phòng, chống bạo lực học đường, an toàn trên không gian "
                 "mạng vào tiết sinh hoạt lớp", "Giáo viên chủ nhiệm", "Tổ tư vấn tâm lý học đường", ""),
                ("5", "Tháng 3/2027", "Ngoại khóa phổ biến Luật Phòng, chống ma túy cho học sinh toàn trường",
                 "Đoàn trường", "Công an phường Xuân Hương - Đà Lạt, Trạm Y tế phường", "Khối 10, 11"),
                ("6", "Tháng 9/2026 - tháng 5/2027",
                 "Bổ sung sách, tài liệu pháp luật cho tủ sách pháp luật của thư viện",
                 "Nhân viên thư viện", "Tổ Văn phòng", "Kinh phí chi thường xuyên"),
                ("7", "Tháng 5/2027", "Sơ kết, đánh giá công tác phổ biến, giáo dục pháp luật năm học",
                 "Phó Hiệu trưởng", "Các tổ chuyên môn và Đoàn trường", ""),
            ),
            widths=(8, 26, 62, 28, 40, 22),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các tổ chuyên môn, giáo viên chủ nhiệm, Đoàn trường triển khai theo kế hoạch; Phó Hiệu trưởng "
          "tổng hợp báo cáo Sở Giáo dục và Đào tạo trước ngày 20/5/2027."),
        *_end(["- Sở GD&ĐT (b/c);", "- BGH;", "- Các tổ CM, Đoàn trường;", "- Lưu: VT."],
              "HIỆU TRƯỞNG", "Phạm Thị Thu Hà"),
    ],
    expected=[
        Exp("Xây dựng, ban hành kế hoạch phổ biến", ("Hiệu trưởng",), ("Tổ Văn phòng",), "2026-09-30"),
        Exp("Tuyên truyền nội quy nhà trường", ("Giáo viên chủ nhiệm",),
            ("Đoàn trường", "Công an phường Xuân Hương - Đà Lạt"), "2026-10-31"),
        Exp("Tổ chức cuộc thi \"Học sinh với pháp luật\"", ("Đoàn trường",),
            ("Tổ Sử - Địa - GDKT&PL", "Ban đại diện cha mẹ học sinh"), "2026-11-30"),
        Exp("Lồng ghép giáo dục pháp luật về phòng", ("Giáo viên chủ nhiệm",), ("Tổ tư vấn tâm lý học đường",),
            "2027-01-31"),
        Exp("Ngoại khóa phổ biến Luật Phòng, chống ma túy", ("Đoàn trường",),
            ("Công an phường Xuân Hương - Đà Lạt", "Trạm Y tế phường"), "2027-03-31"),
        Exp("Bổ sung sách, tài liệu pháp luật", ("Nhân viên thư viện",), ("Tổ Văn phòng",), "2027-05-31"),
        Exp("Sơ kết, đánh giá công tác phổ biến", ("Phó Hiệu trưởng",), ("Các tổ chuyên môn", "Đoàn trường"),
            "2027-05-31"),
    ],
)

# ---------------------------------------------------------------- 5. Sở VHTTDL Huế (inline labels)
PLAN_HUE = Plan(
    name="32-05 Sở Văn hóa, Thể thao và Du lịch thành phố Huế",
    blocks=[
        *_hdr(
            "UBND THÀNH PHỐ HUẾ\nSỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
            "37/KH-SVHTTDL",
            "Thành phố Huế, ngày 11 tháng 02 năm 2026",
            "Phổ biến, giáo dục pháp luật năm 2026",
        ),
        P("Căn cứ Kế hoạch số 40/KH-UBND ngày 26/01/2026 của UBND thành phố Huế về công tác phổ biến, giáo "
          "dục pháp luật năm 2026; Luật Di sản văn hóa số 45/2024/QH15; Luật Du lịch số 09/2017/QH14;"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Đưa pháp luật về di sản, du lịch, văn hóa, gia đình, thể thao đến với cộng đồng, doanh nghiệp, "
          "du khách; gắn với xây dựng Huế là đô thị di sản."),
        P("II. NỘI DUNG", bold=True),
        P("1. Phổ biến pháp luật về di sản văn hóa cho cộng đồng dân cư trong vùng bảo vệ di tích", bold=True),
        P("Tập trung các quy định mới của Luật Di sản văn hóa năm 2024 về bảo vệ, phát huy giá trị di tích. "
          "Chủ trì: Phòng Quản lý di sản; phối hợp: Trung tâm Bảo tồn Di tích Cố đô Huế, UBND các phường có "
          "di tích; thời gian: Quý II/2026."),
        P("2. Phổ biến Luật Du lịch và quy định về kinh doanh dịch vụ du lịch", bold=True),
        P("a) Tập huấn cho chủ cơ sở lưu trú du lịch, hướng dẫn viên du lịch. Chủ trì: Phòng Quản lý du "
          "lịch; phối hợp: Hiệp hội Du lịch Huế; thời gian: tháng 3 - tháng 4/2026."),
        P("b) Biên soạn, phát hành tờ gấp song ngữ về quyền và nghĩa vụ của khách du lịch. Chủ trì: Trung "
          "tâm Thông tin xúc tiến du lịch; phối hợp: Văn phòng Sở; thời gian: Quý II/2026."),
        P("3. Phổ biến pháp luật về phòng, chống bạo lực gia đình: Phòng Văn hóa và Gia đình chủ trì, phối "
          "hợp với Hội Liên hiệp Phụ nữ thành phố và UBND các xã, phường tổ chức truyền thông trong Tháng "
          "hành động quốc gia về phòng, chống bạo lực gia đình (tháng 6/2026)."),
        P("4. Tuyên truyền pháp luật về thể dục, thể thao và phòng, chống doping trong thể thao", bold=True),
        P("Chủ trì: Trung tâm Huấn luyện và Thi đấu thể thao; phối hợp: Phòng Quản lý thể dục, thể thao; "
          "thời gian: trong năm 2026."),
        P("5. Cập nhật, đăng tải văn bản pháp luật mới trên Trang thông tin điện tử của Sở", bold=True),
        P("Chủ trì: Văn phòng Sở; phối hợp: các phòng chuyên môn; thời gian: thường xuyên."),
        P("6. Tổ chức hội nghị phổ biến văn bản quy phạm pháp luật mới trong lĩnh vực văn hóa, thể thao và "
          "du lịch", bold=True),
        P("Văn phòng Sở chủ trì, phối hợp với các phòng, đơn vị liên quan thực hiện sau khi văn bản được "
          "ban hành, có hiệu lực."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Trưởng các phòng, Thủ trưởng các đơn vị thuộc Sở triển khai thực hiện; báo cáo kết quả về Văn "
          "phòng Sở trước ngày 25/11/2026 để tổng hợp báo cáo UBND thành phố (qua Sở Tư pháp)."),
        *_end(["- UBND thành phố (b/c);", "- Sở Tư pháp;", "- Lãnh đạo Sở;", "- Các phòng, đơn vị thuộc Sở;",
               "- Lưu: VT, VP."], "GIÁM ĐỐC", "Phan Thanh Hải"),
    ],
    expected=[
        Exp("Phổ biến pháp luật về di sản văn hóa", ("Phòng Quản lý di sản",),
            ("Trung tâm Bảo tồn Di tích Cố đô Huế", "UBND các phường có di tích"), "2026-06-30"),
        Exp("Tập huấn cho chủ cơ sở lưu trú", ("Phòng Quản lý du lịch",), ("Hiệp hội Du lịch Huế",),
            "2026-04-30"),
        Exp("Biên soạn, phát hành tờ gấp song ngữ", ("Trung tâm Thông tin xúc tiến du lịch",),
            ("Văn phòng Sở",), "2026-06-30"),
        Exp("Phổ biến pháp luật về phòng, chống bạo lực gia đình", ("Phòng Văn hóa và Gia đình",),
            ("Hội Liên hiệp Phụ nữ thành phố", "UBND các xã, phường"), "2026-06-30"),
        Exp("Tuyên truyền pháp luật về thể dục, thể thao", ("Trung tâm Huấn luyện và Thi đấu thể thao",),
            ("Phòng Quản lý thể dục, thể thao",), "2026-12-31"),
        Exp("Cập nhật, đăng tải văn bản pháp luật mới", ("Văn phòng Sở",), ("các phòng chuyên môn",),
            "2026-12-31"),
        Exp("Tổ chức hội nghị phổ biến văn bản quy phạm", ("Văn phòng Sở",),
            ("các phòng, đơn vị liên quan",), "2026-12-31", True),
    ],
)

# ---------------------------------------------------------------- 6. Hội LHPN thành phố Đà Nẵng (+ labels)
PLAN_DN = Plan(
    name="32-06 Hội Liên hiệp Phụ nữ thành phố Đà Nẵng",
    blocks=[
        *_hdr(
            "HỘI LHPN VIỆT NAM\nBAN THƯỜNG VỤ HỘI LHPN\nTHÀNH PHỐ ĐÀ NẴNG",
            "06/KH-HPN",
            "Đà Nẵng, ngày 27 tháng 01 năm 2026",
            "Tuyên truyền, phổ biến, giáo dục pháp luật cho hội viên, phụ nữ năm 2026",
        ),
        P("Thực hiện Hướng dẫn số 12/HD-ĐCT ngày 05/01/2026 của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam; "
          "Kế hoạch số 18/KH-UBND ngày 15/01/2026 của UBND thành phố Đà Nẵng về công tác phổ biến, giáo dục "
          "pháp luật năm 2026, Ban Thường vụ Hội LHPN thành phố xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Nâng cao nhận thức pháp luật, kỹ năng tự bảo vệ của hội viên, phụ nữ, nhất là phụ nữ vùng "
          "cao, phụ nữ yếu thế.\n- Hoạt động thiết thực, gắn với các phong trào thi đua của Hội."),
        P("II. NỘI DUNG HOẠT ĐỘNG", bold=True),
        P("1. Tuyên truyền, phổ biến pháp luật", bold=True),
        P("- Tuyên truyền Luật Phòng, chống bạo lực gia đình, Luật Hôn nhân và gia đình cho hội viên phụ nữ"),
        P("+ Chủ trì: Ban Gia đình - Xã hội.\n+ Phối hợp: Hội LHPN các xã, phường.\n"
          "+ Thời gian: Quý II, III/2026."),
        P("- Tổ chức tọa đàm \"Phụ nữ với pháp luật về đất đai, thừa kế\""),
        P("+ Chủ trì: Ban Tuyên giáo - Chính sách luật pháp.\n"
          "+ Phối hợp: Sở Tư pháp; Trung tâm Trợ giúp pháp lý nhà nước thành phố.\n+ Thời gian: Tháng 8/2026."),
        P("- Tuyên truyền pháp luật trên Fanpage, Zalo OA của Hội LHPN thành phố"),
        P("+ Chủ trì: Văn phòng.\n+ Phối hợp: Các ban chuyên môn.\n+ Thời gian: Thường xuyên."),
        P("2. Trợ giúp pháp lý, hòa giải và xây dựng mô hình", bold=True),
        P("- Phối hợp trợ giúp pháp lý lưu động cho phụ nữ các xã vùng cao"),
        P("+ Chủ trì: Ban Tuyên giáo - Chính sách luật pháp.\n"
          "+ Phối hợp: Hội LHPN các xã vùng cao, Trung tâm Trợ giúp pháp lý nhà nước thành phố.\n"
          "+ Thời gian: Từ tháng 5 đến tháng 10/2026."),
        P("- Tham gia hòa giải ở cơ sở các mâu thuẫn, tranh chấp về hôn nhân và gia đình"),
        P("+ Chủ trì: Ban Gia đình - Xã hội; Hội LHPN các xã, phường.\n"
          "+ Phối hợp: Ban Công tác Mặt trận các thôn, tổ dân phố.\n+ Thời gian: Trong năm 2026."),
        P("- Xây dựng, nhân rộng mô hình \"Chi hội phụ nữ không có người vi phạm pháp luật\""),
        P("+ Chủ trì: Hội LHPN các xã, phường.\n+ Phối hợp: Công an các xã, phường.\n+ Thời gian: Cả năm."),
        P("3. Nâng cao năng lực đội ngũ", bold=True),
        P("- Tập huấn kỹ năng tuyên truyền pháp luật cho báo cáo viên, tuyên truyền viên cơ sở của Hội"),
        P("+ Chủ trì: Ban Tuyên giáo - Chính sách luật pháp.\n+ Phối hợp: Văn phòng.\n+ Thời gian: Quý I/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Các ban, Văn phòng Hội LHPN thành phố theo chức năng, nhiệm vụ triển khai thực hiện."),
        P("2. Hội LHPN các xã, phường xây dựng kế hoạch cụ thể, báo cáo kết quả 6 tháng trước ngày "
          "05/6/2026 và báo cáo năm trước ngày 05/11/2026 về Ban Tuyên giáo - Chính sách luật pháp."),
        *_end(["- TW Hội LHPN Việt Nam (b/c);", "- Ban Thường trực UBMTTQ VN thành phố (b/c);",
               "- Sở Tư pháp;", "- Hội LHPN các xã, phường;", "- Lưu: VP, TG."],
              "TM. BAN THƯỜNG VỤ\nPHÓ CHỦ TỊCH", "Trần Thị Ngọc Diệp"),
    ],
    expected=[
        Exp("Tuyên truyền Luật Phòng, chống bạo lực gia đình", ("Ban Gia đình - Xã hội",),
            ("Hội LHPN các xã, phường",), "2026-09-30"),
        Exp("Tổ chức tọa đàm \"Phụ nữ với pháp luật", ("Ban Tuyên giáo - Chính sách luật pháp",),
            ("Sở Tư pháp", "Trung tâm Trợ giúp pháp lý nhà nước thành phố"), "2026-08-31"),
        Exp("Tuyên truyền pháp luật trên Fanpage, Zalo OA", ("Văn phòng",), ("Các ban chuyên môn",),
            "2026-12-31"),
        Exp("Phối hợp trợ giúp pháp lý lưu động", ("Ban Tuyên giáo - Chính sách luật pháp",),
            ("Hội LHPN các xã vùng cao", "Trung tâm Trợ giúp pháp lý nhà nước thành phố"), "2026-10-31"),
        Exp("Tham gia hòa giải ở cơ sở", ("Ban Gia đình - Xã hội", "Hội LHPN các xã, phường"),
            ("Ban Công tác Mặt trận các thôn, tổ dân phố",), "2026-12-31"),
        Exp("Xây dựng, nhân rộng mô hình \"Chi hội", ("Hội LHPN các xã, phường",), ("Công an các xã, phường",),
            "2026-12-31"),
        Exp("Tập huấn kỹ năng tuyên truyền pháp luật", ("Ban Tuyên giáo - Chính sách luật pháp",),
            ("Văn phòng",), "2026-03-31"),
    ],
)

# ---------------------------------------------------------------- 7. Thuế tỉnh Quảng Ngãi (2-row header)
PLAN_QNG = Plan(
    name="32-07 Thuế tỉnh Quảng Ngãi",
    blocks=[
        *_hdr(
            "CỤC THUẾ\nTHUẾ TỈNH QUẢNG NGÃI",
            "52/KH-QNG",
            "Quảng Ngãi, ngày 09 tháng 02 năm 2026",
            "Công tác phổ biến, giáo dục pháp luật năm 2026",
        ),
        P("Căn cứ Luật Quản lý thuế số 108/2025/QH15; Quyết định số 120/QĐ-CT ngày 14/01/2026 của Cục "
          "Thuế về ban hành Kế hoạch phổ biến, giáo dục pháp luật năm 2026 của Cục Thuế; Kế hoạch số "
          "22/KH-UBND ngày 19/01/2026 của UBND tỉnh Quảng Ngãi;"),
        P("Thuế tỉnh Quảng Ngãi ban hành Kế hoạch phổ biến, giáo dục pháp luật năm 2026 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Bảo đảm công chức, người lao động nắm vững chính sách thuế mới; người nộp thuế, hộ kinh doanh "
          "hiểu và tự giác thực hiện nghĩa vụ thuế."),
        P("2. Phân công rõ trách nhiệm, thời hạn; kết hợp chặt chẽ với công tác hỗ trợ người nộp thuế."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG", bold=True),
        T(
            (
                ("STT", "Nội dung công việc", "Đơn vị thực hiện", "", "Thời gian hoàn thành", "Ghi chú"),
                ("", "", "Chủ trì", "Phối hợp", "", ""),
                ("A", "PHỔ BIẾN PHÁP LUẬT TRONG NỘI BỘ", "", "", "", ""),
                ("1", "Phổ biến Luật Quản lý thuế (sửa đổi) và các văn bản hướng dẫn cho công chức thuế",
                 "Phòng Nghiệp vụ, Dự toán, Pháp chế", "Văn phòng Thuế tỉnh", "Quý I/2026",
                 "Trực tuyến đến các Thuế cơ sở"),
                ("2", "Tổ chức kiểm tra công tác phổ biến, giáo dục pháp luật tại các Thuế cơ sở",
                 "Phòng Nghiệp vụ, Dự toán, Pháp chế", "Phòng Kiểm tra nội bộ", "Tháng 9 - 10/2026", ""),
                ("3", "Triển khai các văn bản chỉ đạo của Cục Thuế về phổ biến, giáo dục pháp luật",
                 "Văn phòng Thuế tỉnh", "Các phòng thuộc Thuế tỉnh",
                 "Khi có văn bản chỉ đạo của Cục Thuế", ""),
                ("B", "TUYÊN TRUYỀN, HỖ TRỢ NGƯỜI NỘP THUẾ", "", "", "", ""),
                ("4", "Tổ chức hội nghị đối thoại với người nộp thuế về chính sách thuế mới",
                 "Phòng Tuyên truyền - Hỗ trợ người nộp thuế", "Các Thuế cơ sở; Hiệp hội Doanh nghiệp tỉnh",
                 "Quý II - Quý IV/2026", "Ít nhất 02 hội nghị"),
                ("5", "Hướng dẫn hộ kinh doanh chuyển đổi từ thuế khoán sang kê khai, sử dụng hóa đơn điện tử",
                 "Các Thuế cơ sở",
                 "Phòng Tuyên truyền - Hỗ trợ người nộp thuế; UBND các xã, phường, đặc khu",
                 "Trước ngày 30/6/2026", ""),
                ("6", "Cập nhật chính sách thuế mới trên Trang thông tin điện tử và ứng dụng eTax Mobile",
                 "Phòng Tuyên truyền - Hỗ trợ người nộp thuế", "", "Thường xuyên", ""),
                ("7", "Phối hợp xây dựng chuyên mục \"Thuế và cuộc sống\" trên sóng phát thanh, truyền hình",
                 "Văn phòng Thuế tỉnh", "Báo và Phát thanh, Truyền hình Quảng Ngãi", "Hằng tháng",
                 "01 số/tháng"),
            ),
            widths=(10, 60, 34, 38, 26, 22),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Trưởng các phòng, Trưởng Thuế cơ sở có trách nhiệm tổ chức thực hiện Kế hoạch; gửi báo cáo kết "
          "quả về Phòng Nghiệp vụ, Dự toán, Pháp chế trước ngày 10/11/2026 để tổng hợp báo cáo Cục Thuế."),
        *_end(["- Cục Thuế (b/c);", "- UBND tỉnh (b/c);", "- Sở Tư pháp;", "- Lãnh đạo Thuế tỉnh;",
               "- Các phòng, Thuế cơ sở;", "- Lưu: VT, NVDTPC."], "KT. TRƯỞNG THUẾ TỈNH\nPHÓ TRƯỞNG THUẾ TỈNH",
              "Võ Minh Trí"),
    ],
    expected=[
        Exp("Phổ biến Luật Quản lý thuế (sửa đổi)", ("Phòng Nghiệp vụ, Dự toán, Pháp chế",),
            ("Văn phòng Thuế tỉnh",), "2026-03-31"),
        Exp("Tổ chức kiểm tra công tác phổ biến", ("Phòng Nghiệp vụ, Dự toán, Pháp chế",),
            ("Phòng Kiểm tra nội bộ",), "2026-10-31"),
        Exp("Triển khai các văn bản chỉ đạo của Cục Thuế", ("Văn phòng Thuế tỉnh",),
            ("Các phòng thuộc Thuế tỉnh",), "2026-12-31", True),
        Exp("Tổ chức hội nghị đối thoại với người nộp thuế", ("Phòng Tuyên truyền - Hỗ trợ người nộp thuế",),
            ("Các Thuế cơ sở", "Hiệp hội Doanh nghiệp tỉnh"), "2026-12-31"),
        Exp("Hướng dẫn hộ kinh doanh chuyển đổi", ("Các Thuế cơ sở",),
            ("Phòng Tuyên truyền - Hỗ trợ người nộp thuế", "UBND các xã, phường, đặc khu"), "2026-06-30"),
        Exp("Cập nhật chính sách thuế mới trên Trang", ("Phòng Tuyên truyền - Hỗ trợ người nộp thuế",), (),
            "2026-12-31"),
        Exp("Phối hợp xây dựng chuyên mục \"Thuế và cuộc sống\"", ("Văn phòng Thuế tỉnh",),
            ("Báo và Phát thanh, Truyền hình Quảng Ngãi",), "2026-12-31"),
    ],
)

# ---------------------------------------------------------------- 8. UBND phường Pleiku, Gia Lai (no STT)
PLAN_GL = Plan(
    name="32-08 UBND phường Pleiku",
    blocks=[
        *_hdr(
            "ỦY BAN NHÂN DÂN\nPHƯỜNG PLEIKU",
            "17/KH-UBND",
            "Pleiku, ngày 23 tháng 01 năm 2026",
            "Thực hiện công tác phổ biến, giáo dục pháp luật trên địa bàn phường năm 2026",
        ),
        P("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15; Kế hoạch số 35/KH-UBND ngày "
          "15/01/2026 của UBND tỉnh Gia Lai về công tác phổ biến, giáo dục pháp luật năm 2026;"),
        P("UBND phường Pleiku ban hành Kế hoạch thực hiện với các nội dung sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Tăng cường hiểu biết pháp luật của Nhân dân, nhất là đồng bào dân tộc thiểu số tại các làng "
          "trên địa bàn; giữ vững an ninh, trật tự đô thị.\n"
          "- Đổi mới hình thức phổ biến, phù hợp đặc điểm từng khu dân cư."),
        P("II. NỘI DUNG, NHIỆM VỤ CỤ THỂ", bold=True),
        T(
            (
                ("Nội dung", "Thời gian thực hiện", "Cơ quan, đơn vị chủ trì", "Cơ quan, đơn vị phối hợp",
                 "Kinh phí"),
                ("Tuyên truyền pháp luật về trật tự đô thị, xây dựng, lấn chiếm vỉa hè, lòng đường",
                 "Quý I - Quý II/2026", "Phòng Kinh tế, Hạ tầng và Đô thị",
                 "Công an phường; Ban Công tác Mặt trận các tổ dân phố", "Ngân sách phường"),
                ("Phổ biến pháp luật cho đồng bào dân tộc thiểu số tại các làng bằng tiếng Jrai",
                 "Tháng 4 - tháng 9/2026", "Phòng Văn hóa - Xã hội",
                 "Người có uy tín trong đồng bào dân tộc thiểu số, Trưởng các thôn, làng",
                 "Chương trình mục tiêu quốc gia"),
                ("Tổ chức \"Ngày pháp luật\" hằng tháng tại Trung tâm Phục vụ hành chính công phường",
                 "Hằng tháng", "Trung tâm Phục vụ hành chính công phường", "Văn phòng HĐND và UBND phường",
                 "Không"),
                ("Kiện toàn đội ngũ tuyên truyền viên pháp luật phường", "Tháng 3/2026",
                 "Văn phòng HĐND và UBND phường", "Ủy ban Mặt trận Tổ quốc Việt Nam phường", "Không"),
                ("Tuyên truyền Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ cho hộ kinh doanh, nhà trọ",
                 "Quý III/2026", "Công an phường", "Phòng Kinh tế, Hạ tầng và Đô thị, các tổ dân phố",
                 "Ngân sách phường"),
                ("Tự đánh giá, chấm điểm phường đạt chuẩn tiếp cận pháp luật",
                 "Khi có hướng dẫn của Sở Tư pháp", "Văn phòng HĐND và UBND phường",
                 "Các cơ quan, đơn vị thuộc UBND phường", "Không"),
            ),
            widths=(62, 28, 34, 42, 24),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Văn phòng HĐND và UBND phường là cơ quan thường trực, theo dõi, đôn đốc thực hiện Kế hoạch."),
        P("2. Các cơ quan, đơn vị được giao chủ trì báo cáo kết quả trước ngày 15/11/2026."),
        P("3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường và các tổ chức chính trị - xã hội phường phối "
          "hợp tuyên truyền đến đoàn viên, hội viên."),
        *_end(["- UBND tỉnh (b/c);", "- Sở Tư pháp;", "- TT Đảng ủy, HĐND phường;", "- CT, PCT UBND phường;",
               "- Các tổ dân phố, thôn, làng;", "- Lưu: VT."], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
              "Rơ Châm Ly"),
    ],
    expected=[
        Exp("Tuyên truyền pháp luật về trật tự đô thị", ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Công an phường", "Ban Công tác Mặt trận các tổ dân phố"), "2026-06-30"),
        Exp("Phổ biến pháp luật cho đồng bào dân tộc", ("Phòng Văn hóa - Xã hội",),
            ("Người có uy tín trong đồng bào dân tộc thiểu số", "Trưởng các thôn, làng"), "2026-09-30"),
        Exp("Tổ chức \"Ngày pháp luật\" hằng tháng", ("Trung tâm Phục vụ hành chính công phường",),
            ("Văn phòng HĐND và UBND phường",), "2026-12-31"),
        Exp("Kiện toàn đội ngũ tuyên truyền viên", ("Văn phòng HĐND và UBND phường",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam phường",), "2026-03-31"),
        Exp("Tuyên truyền Luật Phòng cháy, chữa cháy", ("Công an phường",),
            ("Phòng Kinh tế, Hạ tầng và Đô thị", "các tổ dân phố"), "2026-09-30"),
        Exp("Tự đánh giá, chấm điểm phường đạt chuẩn", ("Văn phòng HĐND và UBND phường",),
            ("Các cơ quan, đơn vị thuộc UBND phường",), "2026-12-31", True),
    ],
)

# ---------------------------------------------------------------- 9. Sở Y tế Đắk Lắk (mixed)
PLAN_DL = Plan(
    name="32-09 Sở Y tế tỉnh Đắk Lắk",
    blocks=[
        *_hdr(
            "UBND TỈNH ĐẮK LẮK\nSỞ Y TẾ",
            "204/KH-SYT",
            "Đắk Lắk, ngày 03 tháng 02 năm 2026",
            "Phổ biến, giáo dục pháp luật ngành Y tế năm 2026",
        ),
        P("Căn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15; Luật Bảo hiểm y tế sửa đổi, bổ sung năm 2024 "
          "(Luật số 51/2024/QH15); Kế hoạch số 29/KH-UBND ngày 20/01/2026 của UBND tỉnh Đắk Lắk về công "
          "tác phổ biến, giáo dục pháp luật năm 2026;"),
        P("Sở Y tế xây dựng Kế hoạch phổ biến, giáo dục pháp luật năm 2026 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Giúp người hành nghề khám bệnh, chữa bệnh, cơ sở kinh doanh dược, thực phẩm và Nhân dân nắm "
          "được quy định pháp luật về y tế; gắn với nâng cao chất lượng phục vụ người bệnh."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Phổ biến Luật Khám bệnh, chữa bệnh năm 2023 và các nghị định hướng dẫn cho người hành nghề",
          bold=True),
        P("- Chủ trì thực hiện: Phòng Nghiệp vụ Y.\n"
          "- Phối hợp: Các bệnh viện; các Trung tâm Y tế khu vực.\n- Tiến độ: Quý I - Quý II/2026."),
        P("2. Tuyên truyền pháp luật về an toàn thực phẩm", bold=True),
        P("Chi cục An toàn vệ sinh thực phẩm chủ trì; Trung tâm Kiểm soát bệnh tật tỉnh, UBND các xã, "
          "phường phối hợp thực hiện trong Tháng hành động vì an toàn thực phẩm (từ ngày 15/4 đến ngày "
          "15/5/2026)."),
        P("3. Phổ biến pháp luật về dược, mỹ phẩm cho các cơ sở kinh doanh dược", bold=True),
        P("- Chủ trì thực hiện: Phòng Nghiệp vụ Dược.\n- Phối hợp: Hội Dược học tỉnh.\n- Tiến độ: Tháng 7/2026."),
        P("4. Tuyên truyền Luật Bảo hiểm y tế sửa đổi, bổ sung cho người bệnh và người lao động", bold=True),
        P("- Chủ trì thực hiện: Văn phòng Sở.\n- Phối hợp: Bảo hiểm xã hội tỉnh Đắk Lắk; các cơ sở khám bệnh, "
          "chữa bệnh.\n- Tiến độ: Quý III/2026."),
        P("5. Phổ biến pháp luật về dân số và phòng, chống HIV/AIDS", bold=True),
        P("a) Truyền thông chính sách dân số trong tình hình mới: Chi cục Dân số chủ trì, phối hợp với Trạm "
          "Y tế các xã, phường; thời gian: Quý II, III/2026."),
        P("b) Phổ biến Luật Phòng, chống HIV/AIDS cho nhóm đối tượng nguy cơ cao: Trung tâm Kiểm soát bệnh "
          "tật tỉnh chủ trì; thời gian: tháng 11 - 12/2026, hưởng ứng Tháng hành động quốc gia phòng, "
          "chống HIV/AIDS."),
        P("6. Cuộc thi tìm hiểu pháp luật về lao động, bảo hiểm xã hội cho người lao động ngành y tế",
          bold=True),
        P("Đề nghị Công đoàn ngành Y tế chủ trì, phối hợp với Văn phòng Sở tổ chức cuộc thi theo hình thức "
          "trực tuyến; thời gian: tháng 10/2026."),
        P("7. Duy trì tủ sách pháp luật, cập nhật văn bản mới tại các đơn vị", bold=True),
        P("Văn phòng Sở có trách nhiệm thực hiện thường xuyên; các đơn vị trực thuộc phối hợp cung cấp "
          "nhu cầu tài liệu."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("- Thủ trưởng các phòng, đơn vị trực thuộc Sở triển khai thực hiện Kế hoạch; định kỳ báo cáo kết "
          "quả về Văn phòng Sở trước ngày 05/6/2026 (6 tháng) và trước ngày 05/11/2026 (năm).\n"
          "- Văn phòng Sở tổng hợp, tham mưu Giám đốc Sở báo cáo UBND tỉnh, Sở Tư pháp."),
        *_end(["- UBND tỉnh (b/c);", "- Sở Tư pháp;", "- Giám đốc, các PGĐ Sở;", "- Các đơn vị trực thuộc;",
               "- Lưu: VT, VP."], "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Y Ngông Niê"),
    ],
    expected=[
        Exp("Phổ biến Luật Khám bệnh, chữa bệnh", ("Phòng Nghiệp vụ Y",),
            ("Các bệnh viện", "các Trung tâm Y tế khu vực"), "2026-06-30"),
        Exp("Tuyên truyền pháp luật về an toàn thực phẩm", ("Chi cục An toàn vệ sinh thực phẩm",),
            ("Trung tâm Kiểm soát bệnh tật tỉnh", "UBND các xã, phường"), "2026-05-15"),
        Exp("Phổ biến pháp luật về dược, mỹ phẩm", ("Phòng Nghiệp vụ Dược",), ("Hội Dược học tỉnh",),
            "2026-07-31"),
        Exp("Tuyên truyền Luật Bảo hiểm y tế", ("Văn phòng Sở",),
            ("Bảo hiểm xã hội tỉnh Đắk Lắk", "các cơ sở khám bệnh, chữa bệnh"), "2026-09-30"),
        Exp("Truyền thông chính sách dân số", ("Chi cục Dân số",), ("Trạm Y tế các xã, phường",), "2026-09-30"),
        Exp("Phổ biến Luật Phòng, chống HIV/AIDS", ("Trung tâm Kiểm soát bệnh tật tỉnh",), (), "2026-12-31"),
        Exp("Cuộc thi tìm hiểu pháp luật về lao động", ("Công đoàn ngành Y tế",), ("Văn phòng Sở",),
            "2026-10-31"),
        Exp("Duy trì tủ sách pháp luật", ("Văn phòng Sở",), ("các đơn vị trực thuộc",), "2026-12-31"),
    ],
)

# ---------------------------------------------------------------- 10. HĐPH PBGDPL tỉnh Khánh Hòa (2027)
PLAN_KH = Plan(
    name="32-10 Hội đồng phối hợp PBGDPL tỉnh Khánh Hòa",
    blocks=[
        *_hdr(
            "UBND TỈNH KHÁNH HÒA\nHỘI ĐỒNG PHỐI HỢP\nPHỔ BIẾN, GIÁO DỤC PHÁP LUẬT",
            "95/KH-HĐPH",
            "Khánh Hòa, ngày 22 tháng 12 năm 2026",
            "Hoạt động của Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh năm 2027",
        ),
        P("Căn cứ Quyết định số 27/2013/QĐ-TTg ngày 19/5/2013 của Thủ tướng Chính phủ quy định về thành "
          "phần và nhiệm vụ, quyền hạn của Hội đồng phối hợp phổ biến, giáo dục pháp luật; Quyết định số "
          "2804/QĐ-UBND ngày 05/9/2025 của UBND tỉnh Khánh Hòa về việc kiện toàn Hội đồng phối hợp phổ "
          "biến, giáo dục pháp luật tỉnh; Quy chế hoạt động số 01/QC-HĐPH ngày 20/9/2025;"),
        P("Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh ban hành Kế hoạch hoạt động năm 2027 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Phát huy vai trò tham mưu, tư vấn của Hội đồng trong phối hợp, chỉ đạo công tác phổ biến, "
          "giáo dục pháp luật trên địa bàn tỉnh sau hợp nhất."),
        P("2. Các thành viên Hội đồng chủ động thực hiện nhiệm vụ được phân công; tránh chồng chéo."),
        P("II. NHIỆM VỤ", bold=True),
        P("1. Hoạt động chung của Hội đồng", bold=True),
        P("a) Ban hành Kế hoạch hoạt động và phân công nhiệm vụ thành viên Hội đồng năm 2027"),
        P("Cơ quan chủ trì: Sở Tư pháp\nCơ quan phối hợp: Các thành viên Hội đồng\nThời hạn: Tháng 01/2027"),
        P("b) Tổ chức phiên họp định kỳ 6 tháng, cuối năm của Hội đồng"),
        P("Cơ quan chủ trì: Thường trực Hội đồng\nCơ quan phối hợp: Sở Tư pháp\n"
          "Thời hạn: Tháng 7/2027 và tháng 12/2027"),
        P("c) Đề xuất khen thưởng tập thể, cá nhân có thành tích trong công tác phổ biến, giáo dục pháp luật"),
        P("Cơ quan chủ trì: Sở Nội vụ\nCơ quan phối hợp: Sở Tư pháp\n"
          "Thời hạn: Theo đề nghị của Thường trực Hội đồng"),
        P("2. Phối hợp phổ biến pháp luật cho đối tượng đặc thù", bold=True),
        P("a) Phổ biến pháp luật cho đồng bào dân tộc thiểu số vùng miền núi phía Tây của tỉnh"),
        P("Cơ quan chủ trì: Sở Dân tộc và Tôn giáo\n"
          "Cơ quan phối hợp: Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh; UBND các xã miền "
          "núi và Hội Liên hiệp Phụ nữ tỉnh\nThời hạn: Quý II - Quý III/2027"),
        P("b) Phổ biến pháp luật về biển, đảo cho ngư dân, du khách và quân, dân đặc khu Trường Sa"),
        P("Cơ quan chủ trì: Bộ Chỉ huy Bộ đội Biên phòng tỉnh\n"
          "Cơ quan phối hợp: UBND đặc khu Trường Sa; Sở Nông nghiệp và Môi trường\nThời hạn: Cả năm 2027"),
        P("c) Đưa nội dung giáo dục pháp luật vào hoạt động ngoại khóa của học sinh, sinh viên"),
        P("Cơ quan chủ trì: Sở Giáo dục và Đào tạo\n"
          "Cơ quan phối hợp: Các trường đại học, cao đẳng trên địa bàn tỉnh\nThời hạn: Trong năm 2027"),
        P("3. Chuyển đổi số trong phổ biến, giáo dục pháp luật", bold=True),
        P("Xây dựng, vận hành Trang thông tin phổ biến, giáo dục pháp luật tỉnh Khánh Hòa tích hợp trên "
          "Cổng thông tin điện tử tỉnh."),
        P("Cơ quan chủ trì: Sở Tư pháp\nCơ quan phối hợp: Sở Khoa học và Công nghệ\nThời hạn: Quý III/2027"),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Thành viên Hội đồng chịu trách nhiệm tổ chức thực hiện các nhiệm vụ được phân công; gửi báo "
          "cáo kết quả về Sở Tư pháp (Cơ quan thường trực Hội đồng) trước ngày 10/6/2027 và ngày 10/11/2027."),
        P("2. Sở Tư pháp tham mưu Chủ tịch Hội đồng theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch."),
        *_end(["- Bộ Tư pháp (b/c);", "- Chủ tịch UBND tỉnh (b/c);", "- Thành viên Hội đồng;",
               "- UBND các xã, phường, đặc khu;", "- Lưu: VT, STP."],
              "TM. HỘI ĐỒNG\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH THƯỜNG TRỰC", "Nguyễn Thanh Hà"),
    ],
    expected=[
        Exp("Ban hành Kế hoạch hoạt động và phân công", ("Sở Tư pháp",), ("Các thành viên Hội đồng",),
            "2027-01-31"),
        Exp("Tổ chức phiên họp định kỳ 6 tháng", ("Thường trực Hội đồng",), ("Sở Tư pháp",), "2027-12-31"),
        Exp("Đề xuất khen thưởng tập thể, cá nhân", ("Sở Nội vụ",), ("Sở Tư pháp",), "2027-12-31", True),
        Exp("Phổ biến pháp luật cho đồng bào dân tộc", ("Sở Dân tộc và Tôn giáo",),
            ("Bộ Chỉ huy Quân sự tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "UBND các xã miền núi",
             "Hội Liên hiệp Phụ nữ tỉnh"), "2027-09-30"),
        Exp("Phổ biến pháp luật về biển, đảo", ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh",),
            ("UBND đặc khu Trường Sa", "Sở Nông nghiệp và Môi trường"), "2027-12-31"),
        Exp("Đưa nội dung giáo dục pháp luật vào", ("Sở Giáo dục và Đào tạo",),
            ("Các trường đại học, cao đẳng trên địa bàn tỉnh",), "2027-12-31"),
        Exp("Chuyển đổi số trong phổ biến, giáo dục", ("Sở Tư pháp",), ("Sở Khoa học và Công nghệ",), "2027-09-30"),
    ],
)

PLANS: list[Plan] = [PLAN_TH, PLAN_QT, PLAN_HT, PLAN_LD, PLAN_HUE, PLAN_DN, PLAN_QNG, PLAN_GL, PLAN_DL, PLAN_KH]
