"""Held-out evaluation set 45: ten plans written for this set only, answers typed by hand.

1. PLAN_NA27   UBND tỉnh Nghệ An, kế hoạch PBGDPL năm 2027 (ban hành 12/2026): one big table
               STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian | Sản phẩm, roman group rows.
2. PLAN_XTL    UBND xã Tân Lập (Phú Thọ) 2026: "1." bold items, "a)" sub-items, labels on own lines
               ("- Đơn vị chủ trì:", "- Phối hợp:", "- Thời gian thực hiện:"), event-triggered timeframe.
3. PLAN_GDDN   Sở GD&ĐT Đồng Nai, năm học 2026-2027: parts II and III both hold tasks, inline
               "Đơn vị thực hiện: …; phối hợp: …; thời gian: …" sentences, month ranges across years.
4. PLAN_PBD27  UBND phường Ba Đình (Hà Nội) 2027, issued 12/2026: prose "Giao X chủ trì, phối hợp với Y",
               "Thời hạn:" lines, quarter ranges, person as unit.
5. PLAN_HDLD   Hội đồng phối hợp PBGDPL tỉnh Lâm Đồng 2026: parts II (chung) and III (chuyên đề), 1.1./2.1.
               numbering, one item with two assignment blocks ("- Sở Tư pháp chủ trì…", "- Đề nghị…").
6. PLAN_NNAG   Sở Nông nghiệp và Môi trường An Giang 2026: table without STT, 2-row header
               (Phân công → Chủ trì / Phối hợp), Ghi chú column, date deadlines "trước ngày …".
7. PLAN_XEA    UBND xã Ea Kly (Đắk Lắk) 2026, đồng bào DTTS: "-" tasks with "+" label lines, persons as
               units (Phó Chủ tịch UBND xã, công chức), "khi có văn bản hướng dẫn" trigger.
8. PLAN_SYT27  Sở Y tế TP. Hồ Chí Minh 2027 (issued 11/2026): roman numeral sections, bold task headings,
               one inline label line "Chủ trì thực hiện: …; Phối hợp: …; Tiến độ: …".
9. PLAN_QTNPL  UBND tỉnh Quảng Trị, Ngày Pháp luật 2026: table STT | Nội dung hoạt động | Thời gian |
               Chủ trì | Phối hợp | Kinh phí, date ranges "Từ ngày … đến ngày …".
10. PLAN_PHP27 UBND phường Hồng Bàng (Hải Phòng) 2027: II. NHIỆM VỤ TRỌNG TÂM and III. NHIỆM VỤ THƯỜNG XUYÊN,
               "X có trách nhiệm …" and "Đề nghị …" assignments, "X chủ trì; Y phối hợp" sentences.
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T, _header, _purpose


def _end(section: str, lines: list[str], recipients: list[str], role: str, signer: str) -> list[P | T]:
    out: list[P | T] = [P(section, bold=True)]
    out += [P(line) for line in lines]
    out += [P("Nơi nhận:", bold=True)]
    out += [P(r) for r in recipients]
    out += [P(role, bold=True, center=True), P("(Đã ký)", center=True), P(signer, bold=True, center=True)]
    return out


# ---------------------------------------------------------------- 1. Nghệ An 2027, table
PLAN_NA27 = Plan(
    name="na27",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN", "412/KH-UBND", "Nghệ An, ngày 18 tháng 12 năm 2026",
            "Phổ biến, giáo dục pháp luật; hòa giải ở cơ sở; xây dựng cấp xã đạt chuẩn tiếp cận pháp luật",
            "năm 2027",
        ),
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;"),
        P("Căn cứ Luật Hòa giải ở cơ sở ngày 20 tháng 6 năm 2013;"),
        P("Căn cứ Quyết định số 25/2021/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ quy định về xã, "
          "phường, thị trấn đạt chuẩn tiếp cận pháp luật;"),
        P("Căn cứ Công văn số 5120/BTP-PBGDPL ngày 27/11/2026 của Bộ Tư pháp về hướng dẫn công tác phổ biến, "
          "giáo dục pháp luật năm 2027;"),
        P("Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:"),
        *_purpose([
            "Triển khai kịp thời, hiệu quả công tác phổ biến, giáo dục pháp luật năm 2027 gắn với nhiệm vụ "
            "chính trị của tỉnh.",
            "Nâng cao ý thức chấp hành pháp luật của cán bộ, công chức và Nhân dân.",
            "Xác định cụ thể nội dung, thời hạn, tiến độ hoàn thành và trách nhiệm của cơ quan, đơn vị.",
            "Bảo đảm sự phối hợp chặt chẽ giữa các sở, ban, ngành và Ủy ban nhân dân cấp xã.",
        ]),
        P("II. NỘI DUNG, NHIỆM VỤ", bold=True),
        P("(Chi tiết tại Phụ lục kèm theo)"),
        T(rows=(
            ("STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Sản phẩm"),
            ("I", "CÔNG TÁC PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT", "", "", "", ""),
            ("1", "Ban hành Kế hoạch công tác của Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh năm "
                  "2027",
             "Sở Tư pháp", "Các cơ quan thành viên Hội đồng", "Tháng 01/2027", "Kế hoạch"),
            ("2", "Tổ chức phổ biến các luật, nghị quyết được Quốc hội khóa XVI thông qua tại kỳ họp thứ "
                  "nhất, thứ hai", "Sở Tư pháp", "Sở, ban, ngành cấp tỉnh; UBND các xã, phường",
             "Quý I, II/2027", "Hội nghị"),
            ("3", "Phổ biến pháp luật về an toàn giao thông, phòng cháy, chữa cháy và cứu nạn, cứu hộ cho "
             "học sinh, sinh viên", "Công an tỉnh", "Sở Giáo dục và Đào tạo; Tỉnh đoàn Nghệ An",
             "Tháng 3 - tháng 9/2027", "Chuyên đề, tài liệu"),
            ("4", "Duy trì chuyên mục “Pháp luật và đời sống” trên sóng phát thanh, truyền hình",
             "Báo và Phát thanh, Truyền hình Nghệ An", "Sở Tư pháp", "Thường xuyên", "Chuyên mục"),
            ("II", "CÔNG TÁC HÒA GIẢI Ở CƠ SỞ", "", "", "", ""),
            ("5", "Tổ chức bồi dưỡng kỹ năng, nghiệp vụ cho hòa giải viên ở cơ sở tại các xã miền núi",
             "Sở Tư pháp", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, UBND các xã", "Quý III/2027",
             "Lớp tập huấn"),
            ("III", "XÂY DỰNG CẤP XÃ ĐẠT CHUẨN TIẾP CẬN PHÁP LUẬT", "", "", "", ""),
            ("6", "Đánh giá, công nhận xã, phường đạt chuẩn tiếp cận pháp luật năm 2026",
             "UBND các xã, phường", "Sở Tư pháp", "Trước ngày 15/02/2027", "Quyết định công nhận"),
            ("7", "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch năm 2027 gửi Bộ Tư pháp", "Sở Tư pháp",
             "Các sở, ban, ngành; UBND các xã, phường", "Trước ngày 05/11/2027", "Báo cáo"),
        ), widths=(8, 60, 28, 36, 22, 20)),
        *_end("III. TỔ CHỨC THỰC HIỆN", [
            "1. Các sở, ban, ngành, UBND các xã, phường căn cứ Kế hoạch này xây dựng kế hoạch của đơn vị.",
            "2. Kinh phí thực hiện từ nguồn ngân sách nhà nước theo phân cấp hiện hành.",
            "3. Giao Sở Tư pháp theo dõi, đôn đốc, báo cáo UBND tỉnh kết quả trước ngày 10/11/2027.",
        ], ["- Bộ Tư pháp (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);", "- Các sở, ban, ngành;",
            "- UBND các xã, phường;", "- Lưu: VT, NC."],
            "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Văn Đệ"),
    ],
    expected=[
        Exp("Ban hành Kế hoạch công tác của Hội đồng", ("Sở Tư pháp",),
            ("Các cơ quan thành viên Hội đồng",), "2027-01-31"),
        Exp("Tổ chức phổ biến các luật, nghị quyết", ("Sở Tư pháp",),
            ("Sở, ban, ngành cấp tỉnh", "UBND các xã, phường"), "2027-06-30"),
        Exp("Phổ biến pháp luật về an toàn giao thông", ("Công an tỉnh",),
            ("Sở Giáo dục và Đào tạo", "Tỉnh đoàn Nghệ An"), "2027-09-30"),
        Exp("Duy trì chuyên mục “Pháp luật và đời sống”", ("Báo và Phát thanh, Truyền hình Nghệ An",),
            ("Sở Tư pháp",), "2027-12-31"),
        Exp("Tổ chức bồi dưỡng kỹ năng, nghiệp vụ cho hòa giải viên", ("Sở Tư pháp",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "UBND các xã"), "2027-09-30"),
        Exp("Đánh giá, công nhận xã, phường đạt chuẩn", ("UBND các xã, phường",), ("Sở Tư pháp",),
            "2027-02-15"),
        Exp("Tổng hợp, báo cáo kết quả thực hiện Kế hoạch", ("Sở Tư pháp",),
            ("Các sở, ban, ngành", "UBND các xã, phường"), "2027-11-05"),
    ],
)

# ---------------------------------------------------------------- 2. xã Tân Lập 2026, labels on own lines
PLAN_XTL = Plan(
    name="xtl",
    blocks=[
        *_header(
            "TỈNH PHÚ THỌ", "ỦY BAN NHÂN DÂN XÃ TÂN LẬP", "36/KH-UBND", "Tân Lập, ngày 20 tháng 01 năm 2026",
            "Công tác phổ biến, giáo dục pháp luật và hòa giải ở cơ sở", "trên địa bàn xã năm 2026",
        ),
        P("Căn cứ Kế hoạch số 102/KH-UBND ngày 09/01/2026 của UBND tỉnh Phú Thọ về công tác phổ biến, giáo "
          "dục pháp luật năm 2026;"),
        P("Căn cứ tình hình thực tế của địa phương, UBND xã Tân Lập xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Nâng cao nhận thức pháp luật cho cán bộ và Nhân dân trên địa bàn xã; phòng ngừa vi phạm pháp "
          "luật."),
        P("- Việc triển khai phải thiết thực, tránh hình thức, phù hợp với từng đối tượng."),
        P("II. NỘI DUNG", bold=True),
        P("1. Tuyên truyền, phổ biến văn bản pháp luật mới", bold=True),
        P("a) Tổ chức hội nghị quán triệt các văn bản pháp luật mới cho cán bộ, công chức, người hoạt động "
          "không chuyên trách ở thôn, khu dân cư."),
        P("- Đơn vị chủ trì: Văn phòng HĐND và UBND xã."),
        P("- Phối hợp: Phòng Văn hóa - Xã hội; Công an xã."),
        P("- Thời gian thực hiện: Quý II/2026."),
        P("b) Phát thanh các tin, bài phổ biến pháp luật trên hệ thống loa truyền thanh của xã."),
        P("- Đơn vị chủ trì: Phòng Văn hóa - Xã hội."),
        P("- Phối hợp: Trưởng các thôn, khu dân cư."),
        P("- Thời gian thực hiện: Hằng tháng."),
        P("2. Công tác hòa giải ở cơ sở", bold=True),
        P("a) Kiện toàn, củng cố tổ hòa giải ở các thôn; đề nghị công nhận hòa giải viên mới."),
        P("- Đơn vị chủ trì: Ủy ban Mặt trận Tổ quốc Việt Nam xã."),
        P("- Phối hợp: Văn phòng HĐND và UBND xã, Trưởng ban công tác Mặt trận các thôn."),
        P("- Thời gian thực hiện: Tháng 3 - tháng 4/2026."),
        P("b) Tham gia tập huấn nghiệp vụ hòa giải do tỉnh tổ chức."),
        P("- Đơn vị chủ trì: Văn phòng HĐND và UBND xã."),
        P("- Phối hợp: Các tổ hòa giải."),
        P("- Thời gian thực hiện: Khi có văn bản triệu tập của Sở Tư pháp."),
        P("3. Phổ biến pháp luật về đất đai, môi trường cho người dân", bold=True),
        P("- Đơn vị chủ trì: Phòng Kinh tế."),
        P("- Phối hợp: Hội Nông dân xã, Hội Liên hiệp phụ nữ xã và Đoàn Thanh niên xã."),
        P("- Thời gian thực hiện: Quý III/2026."),
        P("4. Tự đánh giá, chấm điểm các chỉ tiêu tiếp cận pháp luật năm 2026", bold=True),
        P("- Đơn vị chủ trì: Văn phòng HĐND và UBND xã."),
        P("- Phối hợp: Các ban, ngành, đoàn thể xã."),
        P("- Thời gian thực hiện: Trước ngày 20/11/2026."),
        *_end("III. TỔ CHỨC THỰC HIỆN", [
            "Các ban, ngành, đoàn thể xã, trưởng các thôn căn cứ chức năng, nhiệm vụ tổ chức thực hiện.",
            "Văn phòng HĐND và UBND xã tổng hợp, báo cáo kết quả về UBND tỉnh (qua Sở Tư pháp) trước "
            "ngày 25/11/2026.",
        ], ["- Sở Tư pháp tỉnh Phú Thọ;", "- TT Đảng ủy, HĐND xã;", "- Các ban, ngành, đoàn thể xã;",
            "- Lưu: VT."], "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Hà Văn Quang"),
    ],
    expected=[
        Exp("Tổ chức hội nghị quán triệt các văn bản", ("Văn phòng HĐND và UBND xã",),
            ("Phòng Văn hóa - Xã hội", "Công an xã"), "2026-06-30"),
        Exp("Phát thanh các tin, bài phổ biến pháp luật", ("Phòng Văn hóa - Xã hội",),
            ("Trưởng các thôn, khu dân cư",), "2026-12-31"),
        Exp("Kiện toàn, củng cố tổ hòa giải", ("Ủy ban Mặt trận Tổ quốc Việt Nam xã",),
            ("Văn phòng HĐND và UBND xã", "Trưởng ban công tác Mặt trận các thôn"), "2026-04-30"),
        Exp("Tham gia tập huấn nghiệp vụ hòa giải", ("Văn phòng HĐND và UBND xã",),
            ("Các tổ hòa giải",), "2026-12-31", on_request=True),
        Exp("Phổ biến pháp luật về đất đai, môi trường", ("Phòng Kinh tế",),
            ("Hội Nông dân xã", "Hội Liên hiệp phụ nữ xã", "Đoàn Thanh niên xã"), "2026-09-30"),
        Exp("Tự đánh giá, chấm điểm các chỉ tiêu", ("Văn phòng HĐND và UBND xã",),
            ("Các ban, ngành, đoàn thể xã",), "2026-11-20"),
    ],
)

# ---------------------------------------------------------------- 3. Sở GD&ĐT Đồng Nai, school year
PLAN_GDDN = Plan(
    name="gddn",
    blocks=[
        *_header(
            "UBND TỈNH ĐỒNG NAI", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "2235/KH-SGDĐT",
            "Đồng Nai, ngày 15 tháng 9 năm 2026",
            "Phổ biến, giáo dục pháp luật trong trường học", "năm học 2026 - 2027",
        ),
        P("Căn cứ Thông tư số 17/2025/TT-BGDĐT ngày 12/8/2025 của Bộ trưởng Bộ Giáo dục và Đào tạo hướng dẫn "
          "nhiệm vụ năm học;"),
        P("Căn cứ Kế hoạch số 88/KH-UBND ngày 10/01/2026 của UBND tỉnh Đồng Nai về công tác phổ biến, giáo "
          "dục pháp luật năm 2026;"),
        P("Sở Giáo dục và Đào tạo ban hành Kế hoạch phổ biến, giáo dục pháp luật năm học 2026 - 2027 như "
          "sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Trang bị kiến thức pháp luật cho cán bộ quản lý, giáo viên, nhân viên và học sinh; gắn giáo dục "
          "pháp luật với giáo dục đạo đức, lối sống. Các hoạt động bảo đảm an toàn, tiết kiệm, hiệu quả."),
        P("II. NHIỆM VỤ TRỌNG TÂM", bold=True),
        P("1. Rà soát, bổ sung tủ sách pháp luật tại các cơ sở giáo dục. Đơn vị thực hiện: Văn phòng Sở; "
          "phối hợp: các trường trung học phổ thông trực thuộc; thời gian: tháng 9 - tháng 12/2026."),
        P("2. Lồng ghép nội dung giáo dục pháp luật vào môn Giáo dục kinh tế và pháp luật, hoạt động trải "
          "nghiệm. Đơn vị thực hiện: Phòng Giáo dục phổ thông; phối hợp: các cơ sở giáo dục; thời gian: cả "
          "năm học "
          "(đến tháng 5/2027)."),
        P("3. Tổ chức Cuộc thi “Học sinh với pháp luật” cấp tỉnh. Đơn vị thực hiện: Phòng Chính trị, tư "
          "tưởng và Công tác học sinh, sinh viên; phối hợp: Tỉnh đoàn Đồng Nai, Công an tỉnh; thời gian: "
          "tháng 3/2027."),
        P("4. Tập huấn pháp luật về phòng, chống bạo lực học đường và xâm hại trẻ em cho giáo viên chủ "
          "nhiệm. Đơn vị thực hiện: Phòng Chính trị, tư tưởng và Công tác học sinh, sinh viên; phối hợp: Sở "
          "Y tế, "
          "Công an tỉnh; thời gian: tháng 10 - tháng 11/2026."),
        P("III. CÁC NHIỆM VỤ KHÁC", bold=True),
        P("1. Cập nhật văn bản quy phạm pháp luật mới về giáo dục trên Cổng thông tin điện tử của Sở. "
          "Đơn vị thực hiện: Văn phòng Sở; thời gian: hằng tháng, đến hết tháng 5/2027."),
        P("2. Phổ biến quy định về thi tốt nghiệp trung học phổ thông năm 2027 cho học sinh lớp 12 và phụ "
          "huynh. Đơn vị thực hiện: Phòng Quản lý chất lượng; phối hợp: các trường trung học phổ thông, "
          "trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên; thời gian: tháng 01 - tháng 4/2027."),
        P("3. Thanh tra, kiểm tra việc thực hiện công tác phổ biến, giáo dục pháp luật tại một số đơn vị. "
          "Đơn vị thực hiện: Thanh tra Sở; phối hợp: Văn phòng Sở; thời gian: theo kế hoạch thanh tra được "
          "Giám đốc Sở phê duyệt, trước ngày 31/5/2027."),
        *_end("IV. TỔ CHỨC THỰC HIỆN", [
            "Thủ trưởng các phòng chuyên môn thuộc Sở, hiệu trưởng các trường trực thuộc chịu trách nhiệm "
            "triển khai Kế hoạch; báo cáo sơ kết học kỳ I trước ngày 15/01/2027, tổng kết trước ngày "
            "10/6/2027 về "
            "Sở (qua Văn phòng Sở).",
        ], ["- UBND tỉnh (b/c);", "- Sở Tư pháp;", "- Các phòng thuộc Sở;", "- Các đơn vị trực thuộc;",
            "- Lưu: VT, VP."], "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Trần Thị Hồng Nhung"),
    ],
    expected=[
        Exp("Rà soát, bổ sung tủ sách pháp luật", ("Văn phòng Sở",),
            ("các trường trung học phổ thông trực thuộc",), "2026-12-31"),
        Exp("Lồng ghép nội dung giáo dục pháp luật vào môn", ("Phòng Giáo dục phổ thông",),
            ("các cơ sở giáo dục",), "2027-05-31"),
        Exp("Tổ chức Cuộc thi “Học sinh với pháp luật”",
            ("Phòng Chính trị, tư tưởng và Công tác học sinh, sinh viên",),
            ("Tỉnh đoàn Đồng Nai", "Công an tỉnh"), "2027-03-31"),
        Exp("Tập huấn pháp luật về phòng, chống bạo lực học đường",
            ("Phòng Chính trị, tư tưởng và Công tác học sinh, sinh viên",),
            ("Sở Y tế", "Công an tỉnh"), "2026-11-30"),
        Exp("Cập nhật văn bản quy phạm pháp luật mới", ("Văn phòng Sở",), (), "2027-05-31"),
        Exp("Phổ biến quy định về thi tốt nghiệp", ("Phòng Quản lý chất lượng",),
            ("các trường trung học phổ thông",
             "trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên"), "2027-04-30"),
        Exp("Thanh tra, kiểm tra việc thực hiện công "
            "tác", ("Thanh tra Sở",), ("Văn phòng Sở",), "2027-05-31"),
    ],
)

# ---------------------------------------------------------------- 4. phường Ba Đình 2027, prose "Giao …"
PLAN_PBD27 = Plan(
    name="pbd27",
    blocks=[
        *_header(
            "UỶ BAN NHÂN DÂN", "PHƯỜNG BA ĐÌNH", "298/KH-UBND", "Ba Đình, ngày 24 tháng 12 năm 2026",
            "Triển khai công tác phổ biến, giáo dục pháp luật, hòa giải ở cơ sở", "năm 2027",
        ),
        P("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
        P("Căn cứ Kế hoạch số 401/KH-UBND ngày 15/12/2026 của UBND Thành phố Hà Nội về công tác phổ biến, "
          "giáo dục pháp luật năm 2027;"),
        P("UBND phường Ba Đình xây dựng Kế hoạch triển khai như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Tiếp tục đổi mới nội dung, hình thức phổ biến pháp luật, ứng dụng chuyển đổi số."),
        P("2. Phân công cụ thể, gắn trách nhiệm người đứng đầu các cơ quan, đơn vị."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Phổ biến pháp luật về trật tự đô thị, xây dựng và phòng cháy, chữa cháy", bold=True),
        P("Giao Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp với Công an phường, Tổ dân phố các khu "
          "vực tổ chức tuyên truyền tới hộ kinh doanh, chủ nhà cho thuê trọ."),
        P("Thời hạn: Quý I, Quý II năm 2027."),
        P("2. Xây dựng, cập nhật “Tủ sách pháp luật điện tử” trên Trang thông tin điện tử phường", bold=True),
        P("Giao Văn phòng HĐND và UBND phường chủ trì, phối hợp với Trung tâm Phục vụ hành chính công phường "
          "thực hiện."),
        P("Thời hạn: Thường xuyên."),
        P("3. Tổ chức các hoạt động hưởng ứng Ngày Pháp luật Việt Nam 09/11/2027", bold=True),
        P("Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam phường, Đoàn "
          "Thanh niên Cộng sản Hồ Chí Minh phường và các trường học trên địa bàn thực hiện."),
        P("Thời hạn: Từ tháng 10 đến tháng 11/2027."),
        P("4. Tuyên truyền pháp luật về nghĩa vụ quân sự, dân quân tự vệ", bold=True),
        P("Giao Ban Chỉ huy quân sự phường chủ trì, phối hợp với Công an phường thực hiện."),
        P("Thời hạn: Tháng 01 - tháng 02/2027."),
        P("5. Kiện toàn đội ngũ báo cáo viên, tuyên truyền viên pháp luật của phường", bold=True),
        P("Đồng chí Phó Chủ tịch UBND phường phụ trách văn hóa - xã hội chủ trì; Văn phòng HĐND và UBND "
          "phường phối hợp."),
        P("Thời hạn: Khi có hướng dẫn của Sở Tư pháp Thành phố."),
        P("6. Hướng dẫn pháp luật về thủ tục hành chính trực tuyến cho người dân", bold=True),
        P("Giao Trung tâm Phục vụ hành chính công phường chủ trì, phối hợp với Đoàn Thanh niên Cộng sản Hồ "
          "Chí Minh phường (tổ công nghệ số cộng đồng) thực hiện."),
        P("Thời hạn: Quý II - Quý III/2027."),
        P("7. Sơ kết, đánh giá công tác hòa giải ở cơ sở", bold=True),
        P("Giao Ủy ban Mặt trận Tổ quốc Việt Nam phường chủ trì, phối hợp với Văn phòng HĐND và UBND phường "
          "thực hiện."),
        P("Thời hạn: Trước ngày 30/10/2027."),
        *_end("III. TỔ CHỨC THỰC HIỆN", [
            "Các cơ quan, đơn vị được giao nhiệm vụ chủ động triển khai, báo cáo kết quả (qua Văn phòng HĐND "
            "và UBND phường) trước ngày 05/11/2027 để tổng hợp báo cáo UBND Thành phố.",
        ], ["- Sở Tư pháp Thành phố Hà Nội;", "- Thường trực Đảng ủy phường;",
            "- Các đơn vị thuộc UBND phường;",
            "- Lưu: VT."], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Lê Minh Tuấn"),
    ],
    expected=[
        Exp("Phổ biến pháp luật về trật tự đô thị", ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Công an phường", "Tổ dân phố các khu vực"), "2027-06-30"),
        Exp("Xây dựng, cập nhật “Tủ sách pháp luật điện tử”", ("Văn phòng HĐND và UBND phường",),
            ("Trung tâm Phục vụ hành chính công phường",), "2027-12-31"),
        Exp("Tổ chức các hoạt động hưởng ứng Ngày Pháp luật", ("Phòng Văn hóa - Xã hội",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam phường", "Đoàn Thanh niên Cộng sản Hồ Chí Minh phường",
             "các trường học trên địa bàn"), "2027-11-30"),
        Exp("Tuyên truyền pháp luật về nghĩa vụ quân sự", ("Ban Chỉ huy quân sự phường",),
            ("Công an phường",), "2027-02-28"),
        Exp("Kiện toàn đội ngũ báo cáo viên", ("Phó Chủ tịch UBND phường phụ trách văn hóa - xã hội",),
            ("Văn phòng HĐND và UBND phường",), "2027-12-31", on_request=True),
        Exp("Hướng dẫn pháp luật về thủ tục hành chính", ("Trung tâm Phục vụ hành chính công phường",),
            ("Đoàn Thanh niên Cộng sản Hồ Chí Minh phường",), "2027-09-30"),
        Exp("Sơ kết, đánh giá công tác hòa giải", ("Ủy ban Mặt trận Tổ quốc Việt Nam phường",),
            ("Văn phòng HĐND và UBND phường",), "2027-10-30"),
    ],
)

# ---------------------------------------------------------------- 5. HĐPH Lâm Đồng 2026, parts II and III
PLAN_HDLD = Plan(
    name="hdld",
    blocks=[
        *_header(
            "UBND TỈNH LÂM ĐỒNG", "HỘI ĐỒNG PHỐI HỢP PHỔ BIẾN,\nGIÁO DỤC PHÁP LUẬT", "05/KH-HĐPH",
            "Lâm Đồng, ngày 12 tháng 02 năm 2026",
            "Hoạt động của Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh", "năm 2026",
        ),
        P("Căn cứ Quyết định số 27/2013/QĐ-TTg ngày 19/5/2013 của Thủ tướng Chính phủ quy định về thành phần "
          "và nhiệm vụ, quyền hạn của Hội đồng phối hợp phổ biến, giáo dục pháp luật;"),
        P("Căn cứ Quyết định số 215/QĐ-UBND ngày 20/8/2025 của UBND tỉnh Lâm Đồng về việc kiện toàn Hội đồng "
          "phối hợp phổ biến, giáo dục pháp luật tỉnh;"),
        P("Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh (sau đây gọi là Hội đồng) ban hành Kế hoạch "
          "hoạt động năm 2026 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Phát huy vai trò tham mưu, phối hợp của Hội đồng; bảo đảm sự thống nhất trong chỉ đạo công tác "
          "phổ biến, giáo dục pháp luật trên địa bàn tỉnh sau sắp xếp đơn vị hành chính."),
        P("II. NHIỆM VỤ CHUNG", bold=True),
        P("1. Công tác tham mưu, chỉ đạo", bold=True),
        P("1.1. Tham mưu UBND tỉnh ban hành kế hoạch triển khai các luật mới có hiệu lực năm 2026."),
        P("Cơ quan thực hiện: Sở Tư pháp (cơ quan thường trực Hội đồng). Thời gian: Quý I/2026."),
        P("1.2. Kiểm tra công tác phổ biến, giáo dục pháp luật tại một số sở, ngành và UBND các xã, phường, "
          "đặc khu."),
        P("Cơ quan thực hiện: Sở Tư pháp; phối hợp: Văn phòng UBND tỉnh, Sở Nội vụ. Thời gian: tháng 8 - "
          "tháng 10/2026."),
        P("2. Phổ biến pháp luật cho cán bộ, công chức, viên chức", bold=True),
        P("- Sở Tư pháp chủ trì tổ chức Hội nghị báo cáo viên pháp luật tỉnh định kỳ hằng quý."),
        P("- Đề nghị Ban Tuyên giáo và Dân vận Tỉnh ủy phối hợp lồng ghép nội dung pháp luật mới trong hội "
          "nghị báo cáo viên của Tỉnh ủy; thời gian: khi có chương trình hội nghị của Tỉnh ủy."),
        P("III. NHIỆM VỤ CỤ THỂ THEO CHUYÊN ĐỀ", bold=True),
        P("1. Phổ biến pháp luật về đất đai, tài nguyên rừng cho người dân vùng đồng bào dân tộc thiểu số"),
        P("Chủ trì: Sở Nông nghiệp và Môi trường; phối hợp: Sở Dân tộc và Tôn giáo, UBND các xã có đông đồng "
          "bào dân tộc thiểu số. Thời gian: Quý II, III/2026."),
        P("2. Phổ biến pháp luật về phòng, chống mua bán người, xuất nhập cảnh trái phép"),
        P("Chủ trì: Công an tỉnh; phối hợp: Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Hội Liên hiệp Phụ nữ tỉnh. "
          "Thời gian: Cả năm."),
        P("3. Phổ biến pháp luật về khoa học, công nghệ, chuyển đổi số và an ninh mạng"),
        P("Chủ trì: Sở Khoa học và Công nghệ; phối hợp: Công an tỉnh; Hiệp hội Doanh nghiệp tỉnh. "
          "Thời gian: Tháng 6 - tháng 9/2026."),
        P("4. Phổ biến pháp luật về lao động, bảo hiểm xã hội cho người lao động trong doanh nghiệp"),
        P("Chủ trì: Sở Nội vụ; phối hợp: Liên đoàn Lao động tỉnh, Bảo hiểm xã hội tỉnh Lâm Đồng. "
          "Thời gian: Tháng 4 - tháng 5/2026."),
        *_end("IV. TỔ CHỨC THỰC HIỆN", [
            "1. Thành viên Hội đồng chịu trách nhiệm tổ chức thực hiện các nội dung được phân công.",
            "2. Các cơ quan báo cáo kết quả về cơ quan thường trực Hội đồng (Sở Tư pháp) trước ngày "
            "10/11/2026.",
        ], ["- Hội đồng PHPBGDPL Trung ương (b/c);", "- UBND tỉnh (b/c);", "- Thành viên Hội đồng;",
            "- Lưu: VT, HĐPH."], "CHỦ TỊCH HỘI ĐỒNG\nPHÓ CHỦ TỊCH UBND TỈNH", "Võ Ngọc Hiệp"),
    ],
    expected=[
        Exp("Tham mưu UBND tỉnh ban hành kế hoạch triển khai", ("Sở Tư pháp",), (), "2026-03-31"),
        Exp("Kiểm tra công tác phổ biến, giáo dục pháp luật", ("Sở Tư pháp",),
            ("Văn phòng UBND tỉnh", "Sở Nội vụ"), "2026-10-31"),
        Exp("Sở Tư pháp chủ trì tổ chức Hội nghị", ("Sở Tư pháp",), (), "2026-12-31"),
        Exp("Đề nghị Ban Tuyên giáo và Dân vận Tỉnh ủy", ("Ban Tuyên giáo và Dân vận Tỉnh ủy",), (),
            "2026-12-31", on_request=True),
        Exp("Phổ biến pháp luật về đất đai, tài nguyên rừng", ("Sở Nông nghiệp và Môi trường",),
            ("Sở Dân tộc và Tôn giáo", "UBND các xã có đông đồng bào dân tộc thiểu số"), "2026-09-30"),
        Exp("Phổ biến pháp luật về phòng, chống mua bán người", ("Công an tỉnh",),
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Hội Liên hiệp Phụ nữ tỉnh"), "2026-12-31"),
        Exp("Phổ biến pháp luật về khoa học, công nghệ", ("Sở Khoa học và Công nghệ",),
            ("Công an tỉnh", "Hiệp hội Doanh nghiệp tỉnh"), "2026-09-30"),
        Exp("Phổ biến pháp luật về lao động, bảo hiểm", ("Sở Nội vụ",),
            ("Liên đoàn Lao động tỉnh", "Bảo hiểm xã hội tỉnh Lâm Đồng"), "2026-05-31"),
    ],
)

# ---------------------------------------------------------------- 6. Sở NN&MT An Giang, 2-row header
PLAN_NNAG = Plan(
    name="nnag",
    blocks=[
        *_header(
            "UBND TỈNH AN GIANG", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "147/KH-SNNMT",
            "An Giang, ngày 03 tháng 3 năm 2026",
            "Phổ biến, giáo dục pháp luật năm 2026", "",
        ),
        P("Căn cứ Quyết định số 1120/QĐ-UBND ngày 01/7/2025 của UBND tỉnh An Giang quy định chức năng, nhiệm "
          "vụ, quyền hạn và cơ cấu tổ chức của Sở Nông nghiệp và Môi trường;"),
        P("Căn cứ Kế hoạch số 59/KH-UBND ngày 22/01/2026 của UBND tỉnh về công tác phổ biến, giáo dục pháp "
          "luật năm 2026;"),
        P("Sở Nông nghiệp và Môi trường xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Phổ biến kịp thời pháp luật chuyên ngành nông nghiệp, đất đai, môi trường, thủy sản đến công "
          "chức và người dân."),
        P("- Bám sát nhiệm vụ chuyên môn, lồng ghép với hoạt động khuyến nông, thanh tra, kiểm tra."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        T(rows=(
            ("Nội dung công việc", "Thời gian", "Phân công", "", "Ghi chú"),
            ("", "", "Chủ trì", "Phối hợp", ""),
            ("Phổ biến Luật Đất đai năm 2024 và các nghị định hướng dẫn cho công chức địa chính cấp xã",
             "Quý "
             "II/2026", "Văn phòng Đăng ký đất đai", "Phòng Quản lý đất đai; UBND các xã, phường, đặc khu",
             "Trực tuyến kết hợp trực tiếp"),
            ("Tuyên truyền quy định chống khai thác thủy sản bất hợp pháp, không báo cáo và không theo quy "
             "định (IUU) cho ngư dân", "Trước ngày 30/4/2026", "Chi cục Thủy sản và Kiểm ngư",
             "Bộ Chỉ huy Bộ đội Biên phòng tỉnh; Đồn Biên phòng Hòn Sơn; UBND các xã ven biển", ""),
            ("Phổ biến pháp luật về bảo vệ môi trường làng nghề, xử lý chất thải chăn nuôi",
             "Tháng 6 - 8/2026", "Chi cục Bảo vệ môi trường", "Trung tâm Khuyến nông, Hội Nông dân tỉnh", ""),
            ("Hướng dẫn quy định về giống cây trồng, phân bón, thuốc bảo vệ thực vật cho hộ sản xuất, đại lý",
             "Quý III/2026", "Chi cục Trồng trọt và Bảo vệ thực vật", "UBND các xã, phường có liên quan",
             "Lồng ghép hội thảo đầu bờ"),
            ("Cập nhật văn bản mới lên Trang thông tin điện tử của Sở", "Thường xuyên", "Văn phòng Sở",
             "Các phòng, chi cục, đơn vị thuộc Sở", ""),
            ("Biên soạn tờ gấp hỏi - đáp pháp luật về thủy lợi, phòng chống thiên tai", "Tháng 5/2026",
             "Chi cục Thủy lợi", "Văn phòng Sở", "5.000 tờ"),
            ("Tổ chức phổ biến văn bản mới do Bộ Nông nghiệp và Môi trường ban hành",
             "Khi có văn bản hướng dẫn của Bộ", "Phòng Pháp chế - Thanh tra", "Các đơn vị có liên quan", ""),
        ), widths=(62, 24, 32, 42, 24)),
        *_end("III. TỔ CHỨC THỰC HIỆN", [
            "Thủ trưởng các đơn vị thuộc Sở triển khai Kế hoạch; báo cáo kết quả 6 tháng trước ngày "
            "10/6/2026, báo cáo năm trước ngày 05/11/2026 về Sở (qua Văn phòng Sở).",
            "Kinh phí thực hiện từ dự toán ngân sách năm 2026 của các đơn vị.",
        ], ["- Sở Tư pháp;", "- Giám đốc, các PGĐ Sở;", "- Các đơn vị thuộc Sở;", "- Lưu: VT, VP."],
            "GIÁM ĐỐC", "Nguyễn Thanh Phong"),
    ],
    expected=[
        Exp("Phổ biến Luật Đất đai năm 2024", ("Văn phòng Đăng ký đất đai",),
            ("Phòng Quản lý đất đai", "UBND các xã, phường, đặc khu"), "2026-06-30"),
        Exp("Tuyên truyền quy định chống khai thác thủy sản", ("Chi cục Thủy sản và Kiểm ngư",),
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Đồn Biên phòng Hòn Sơn", "UBND các xã ven biển"),
             "2026-04-30"),
        Exp("Phổ biến pháp luật về bảo vệ môi trường làng nghề", ("Chi cục Bảo vệ môi trường",),
            ("Trung tâm Khuyến nông", "Hội Nông dân tỉnh"), "2026-08-31"),
        Exp("Hướng dẫn quy định về giống cây trồng", ("Chi cục Trồng trọt và Bảo vệ thực vật",),
            ("UBND các xã, phường có liên quan",), "2026-09-30"),
        Exp("Cập nhật văn bản mới lên Trang thông tin", ("Văn phòng Sở",),
            ("Các phòng, chi cục, đơn vị thuộc Sở",), "2026-12-31"),
        Exp("Biên soạn tờ gấp hỏi - đáp pháp luật", ("Chi cục Thủy lợi",), ("Văn phòng Sở",), "2026-05-31"),
        Exp("Tổ chức phổ biến văn bản mới do Bộ", ("Phòng Pháp chế - Thanh tra",),
            ("Các đơn vị có liên quan",), "2026-12-31", on_request=True),
    ],
)

# ---------------------------------------------------------------- 7. xã Ea Kly 2026, "-" / "+" bullets
PLAN_XEA = Plan(
    name="xea",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK", "ỦY BAN NHÂN DÂN XÃ EA KLY", "51/KH-UBND",
            "Ea Kly, ngày 27 tháng 02 năm 2026",
            "Tăng cường phổ biến, giáo dục pháp luật cho đồng bào dân tộc thiểu "
            "số", "trên địa bàn xã năm 2026",
        ),
        P("Căn cứ Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình "
          "mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi;"),
        P("Căn cứ Kế hoạch số 1530/KH-UBND ngày 30/01/2026 của UBND tỉnh Đắk Lắk;"),
        P("UBND xã Ea Kly ban hành Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Giúp đồng bào dân tộc thiểu số hiểu và chấp hành pháp luật; sử dụng tiếng Ê Đê, người có uy tín "
          "trong buôn làm cầu nối tuyên truyền."),
        P("II. NỘI DUNG, NHIỆM VỤ VÀ PHÂN CÔNG", bold=True),
        P("- Tổ chức tuyên truyền pháp luật bằng song ngữ Việt - Ê Đê tại các buôn:"),
        P("+ Chủ trì: Phòng Văn hóa - Xã hội;"),
        P("+ Phối hợp: Người có uy tín trong đồng bào dân tộc thiểu số, Trưởng các buôn;"),
        P("+ Thời gian: Quý II và Quý IV/2026."),
        P("- Phổ biến pháp luật về hôn nhân và gia đình, phòng ngừa tảo hôn, hôn nhân cận huyết thống:"),
        P("+ Chủ trì: Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội;"),
        P("+ Phối hợp: Hội Liên hiệp Phụ nữ xã; Đoàn Thanh niên xã; Trạm Y tế xã;"),
        P("+ Thời gian: Tháng 4 đến tháng 7/2026."),
        P("- Tư vấn, trợ giúp pháp lý lưu động cho người dân tộc thiểu số thuộc hộ nghèo:"),
        P("+ Chủ trì: Công chức Văn phòng - Thống kê (phụ trách tư pháp);"),
        P("+ Phối hợp: Trung tâm Trợ giúp pháp lý nhà nước tỉnh Đắk Lắk;"),
        P("+ Thời gian: Theo đề nghị của Trung tâm Trợ giúp pháp lý nhà nước tỉnh."),
        P("- Tuyên truyền pháp luật về phòng, chống ma túy và an ninh, trật tự tại buôn:"),
        P("+ Chủ trì: Công an xã;"),
        P("+ Phối hợp: Ban Chỉ huy quân sự xã và Ủy ban Mặt trận Tổ quốc Việt Nam xã;"),
        P("+ Thời gian: Trong năm 2026."),
        P("- Phổ biến các chính sách mới về hỗ trợ đất ở, nhà ở, nước sinh hoạt:"),
        P("+ Chủ trì: Phòng Kinh tế;"),
        P("+ Phối hợp: Trưởng các buôn;"),
        P("+ Thời gian: Khi có văn bản hướng dẫn của UBND tỉnh."),
        P("- Xây dựng mô hình “Buôn không có tội phạm và tệ nạn xã hội” tại buôn Ea Kly và buôn Hăng Yăng:"),
        P("+ Chủ trì: Ủy ban Mặt trận Tổ quốc Việt Nam xã;"),
        P("+ Phối hợp: Công an xã, Phòng Văn hóa - Xã hội;"),
        P("+ Thời gian: Từ tháng 5/2026 đến tháng 10/2026."),
        *_end("III. TỔ CHỨC THỰC HIỆN", [
            "Các đơn vị, cá nhân được phân công chủ động phối hợp thực hiện; định kỳ báo cáo kết quả về UBND "
            "xã (qua Văn phòng HĐND và UBND xã) trước ngày 15/11/2026.",
        ], ["- UBND tỉnh Đắk Lắk (b/c);", "- Sở Tư pháp, Sở Dân tộc và Tôn giáo;", "- TT Đảng ủy, HĐND xã;",
            "- Lưu: VT."], "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Y Thuấn Niê"),
    ],
    expected=[
        Exp("Tổ chức tuyên truyền pháp luật bằng song ngữ", ("Phòng Văn hóa - Xã hội",),
            ("Người có uy tín trong đồng bào dân tộc thiểu số", "Trưởng các buôn"), "2026-12-31"),
        Exp("Phổ biến pháp luật về hôn nhân và gia "
            "đình", ("Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội",),
            ("Hội Liên hiệp Phụ nữ xã", "Đoàn Thanh niên xã", "Trạm Y tế xã"), "2026-07-31"),
        Exp("Tư vấn, trợ giúp pháp lý lưu động", ("Công chức Văn phòng - Thống kê",),
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh Đắk Lắk",), "2026-12-31", on_request=True),
        Exp("Tuyên truyền pháp luật về phòng, chống ma túy", ("Công an xã",),
            ("Ban Chỉ huy quân sự xã", "Ủy ban Mặt trận Tổ quốc Việt Nam xã"), "2026-12-31"),
        Exp("Phổ biến các chính sách mới về hỗ trợ đất ở", ("Phòng Kinh tế",), ("Trưởng các buôn",),
            "2026-12-31", on_request=True),
        Exp("Xây dựng mô hình “Buôn không có tội phạm", ("Ủy ban Mặt trận Tổ quốc Việt Nam xã",),
            ("Công an xã", "Phòng Văn hóa - Xã hội"), "2026-10-31"),
    ],
)

# ---------------------------------------------------------------- 8. Sở Y tế TP.HCM 2027, roman sections
PLAN_SYT27 = Plan(
    name="syt27",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "SỞ Y TẾ", "8120/KH-SYT",
            "Thành phố Hồ Chí Minh, ngày 30 tháng 11 năm 2026",
            "Công tác phổ biến, giáo dục pháp luật của ngành Y tế Thành phố", "năm 2027",
        ),
        P("Căn cứ Luật Khám bệnh, chữa bệnh ngày 09 tháng 01 năm 2023;"),
        P("Căn cứ Quyết định số 3315/QĐ-UBND ngày 20/11/2026 của Ủy ban nhân dân Thành phố ban hành Kế hoạch "
          "phổ biến, giáo dục pháp luật năm 2027;"),
        P("Sở Y tế xây dựng Kế hoạch với các nội dung sau:"),
        P("I. MỤC ĐÍCH - YÊU CẦU", bold=True),
        P("1. Nâng cao hiểu biết pháp luật về y tế cho công chức, viên chức, người lao động và người dân."),
        P("2. Nội dung phổ biến có trọng tâm, trọng điểm; bảo đảm tiết kiệm."),
        P("II. NỘI DUNG TRỌNG TÂM", bold=True),
        P("1. Phổ biến Luật Khám bệnh, chữa bệnh và các văn bản hướng dẫn về giấy phép hành nghề", bold=True),
        P("Chủ trì thực hiện: Phòng Nghiệp vụ Y; Phối hợp: Hội Y học Thành phố Hồ Chí Minh, các bệnh viện "
          "trực thuộc; Tiến độ: Quý I - Quý II/2027."),
        P("2. Tập huấn pháp luật về an toàn thực phẩm cho cơ sở kinh doanh dịch vụ ăn uống", bold=True),
        P("Chủ trì thực hiện: Chi cục An toàn vệ sinh thực phẩm; Phối hợp: Sở Công Thương; UBND các xã, "
          "phường, đặc khu; Tiến độ: Tháng 3, tháng 8/2027."),
        P("3. Tuyên truyền pháp luật về dược, mỹ phẩm và quảng cáo thực phẩm chức năng", bold=True),
        P("Chủ trì thực hiện: Phòng Quản lý Dược; Phối hợp: Thanh tra Sở, Trung tâm Kiểm nghiệm thuốc, mỹ "
          "phẩm, thực phẩm; Tiến độ: Cả năm 2027."),
        P("III. CÁC NHIỆM VỤ THƯỜNG XUYÊN", bold=True),
        P("1. Phổ biến quy tắc ứng xử, pháp luật về phòng, chống tham nhũng cho viên chức y tế", bold=True),
        P("Chủ trì thực hiện: Phòng Tổ chức cán bộ; Phối hợp: Công đoàn ngành Y tế; Tiến độ: Hằng quý."),
        P("2. Giải đáp pháp luật qua đường dây nóng và chuyên mục hỏi - đáp trên Cổng thông tin của Sở",
          bold=True),
        P("Chủ trì thực hiện: Văn phòng Sở; Phối hợp: Phòng Pháp chế; Tiến độ: Thường xuyên."),
        P("3. Tổ chức Hội thi “Cán bộ y tế giỏi pháp luật” năm 2027", bold=True),
        P("Chủ trì thực hiện: Phòng Pháp chế; Phối hợp: Công đoàn ngành Y tế, Đoàn Thanh niên Sở Y tế; "
          "Tiến độ: Từ tháng 7 đến tháng 9/2027."),
        P("4. Tổng kết công tác phổ biến, giáo dục pháp luật năm 2027", bold=True),
        P("Chủ trì thực hiện: Phòng Pháp chế; Phối hợp: Các phòng chức năng thuộc Sở; Tiến độ: Trước ngày "
          "20/11/2027."),
        *_end("IV. TỔ CHỨC THỰC HIỆN", [
            "Giao Phòng Pháp chế làm đầu mối theo dõi, đôn đốc; các đơn vị báo cáo kết quả về Sở Y tế (qua "
            "Phòng Pháp chế) trước ngày 15/11/2027.",
        ], ["- UBND Thành phố (b/c);", "- Sở Tư pháp;", "- Ban Giám đốc Sở;", "- Các đơn vị trực thuộc;",
            "- Lưu: VT, PC."], "GIÁM ĐỐC", "Tăng Chí Thượng"),
    ],
    expected=[
        Exp("Phổ biến Luật Khám bệnh, chữa bệnh", ("Phòng Nghiệp vụ Y",),
            ("Hội Y học Thành phố Hồ Chí Minh", "các bệnh viện trực thuộc"), "2027-06-30"),
        Exp("Tập huấn pháp luật về an toàn thực phẩm", ("Chi cục An toàn vệ sinh thực phẩm",),
            ("Sở Công Thương", "UBND các xã, phường, đặc khu"), "2027-08-31"),
        Exp("Tuyên truyền pháp luật về dược, mỹ phẩm", ("Phòng Quản lý Dược",),
            ("Thanh tra Sở", "Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm"), "2027-12-31"),
        Exp("Phổ biến quy tắc ứng xử, pháp luật về phòng", ("Phòng Tổ chức cán bộ",),
            ("Công đoàn ngành Y tế",), "2027-12-31"),
        Exp("Giải đáp pháp luật qua đường dây nóng", ("Văn phòng Sở",), ("Phòng Pháp chế",), "2027-12-31"),
        Exp("Tổ chức Hội thi “Cán bộ y tế giỏi pháp luật”", ("Phòng Pháp chế",),
            ("Công đoàn ngành Y tế", "Đoàn Thanh niên Sở Y tế"), "2027-09-30"),
        Exp("Tổng kết công tác phổ biến, giáo dục pháp luật", ("Phòng Pháp chế",),
            ("Các phòng chức năng thuộc Sở",), "2027-11-20"),
    ],
)

# ---------------------------------------------------------------- 9. Quảng Trị, Ngày Pháp luật 2026, table
PLAN_QTNPL = Plan(
    name="qtnpl",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "265/KH-UBND", "Quảng Trị, ngày 02 tháng 10 năm 2026",
            "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam",
            "năm 2026 trên địa bàn tỉnh",
        ),
        P("Căn cứ Điều 8 Luật Phổ biến, giáo dục pháp luật năm 2012;"),
        P("Căn cứ Công văn số 3900/BTP-PBGDPL ngày 10/9/2026 của Bộ Tư pháp hướng dẫn tổ chức Ngày Pháp luật "
          "năm 2026;"),
        P("UBND tỉnh ban hành Kế hoạch tổ chức các hoạt động hưởng ứng Ngày Pháp luật năm 2026 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Tôn vinh Hiến pháp, pháp luật; nâng cao ý thức thượng tôn pháp luật trong xã hội."),
        P("2. Tổ chức thiết thực, tránh phô trương, hình thức; gắn với nhiệm vụ chính trị của từng cơ quan."),
        P("II. HÌNH THỨC, NỘI DUNG HOẠT ĐỘNG", bold=True),
        T(rows=(
            ("STT", "Nội dung hoạt động", "Thời gian", "Chủ trì", "Phối hợp", "Kinh phí"),
            ("1", "Treo băng rôn, pa nô, khẩu hiệu hưởng ứng Ngày Pháp luật tại trụ sở cơ quan, nơi công "
                  "cộng",
             "Từ ngày 25/10 đến ngày 15/11/2026", "Sở Văn hóa, Thể thao và Du lịch",
             "UBND các xã, phường, đặc khu", "Ngân sách tỉnh"),
            ("2", "Tổ chức Lễ phát động hưởng ứng Ngày Pháp luật năm 2026 cấp tỉnh", "Ngày 05/11/2026",
             "Sở Tư pháp", "Văn phòng UBND tỉnh; Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Ngân sách tỉnh"),
            ("3", "Tổ chức Cuộc thi tìm hiểu pháp luật trực tuyến “Thanh niên Quảng Trị với Hiến pháp”",
             "Từ ngày 15/10 đến ngày 05/11/2026", "Tỉnh đoàn Quảng Trị",
             "Sở Tư pháp, Sở Khoa học và Công nghệ",
             "Xã hội hóa"),
            ("4", "Xây dựng phóng sự, chuyên trang về Ngày Pháp luật trên báo, đài", "Tháng 11/2026",
             "Báo và Phát thanh, Truyền hình Quảng Trị", "Sở Tư pháp", "Kinh phí đơn vị"),
            ("5", "Tổ chức đối thoại chính sách, pháp luật với doanh nghiệp về thuế, hải quan",
             "Trước ngày 08/11/2026", "Thuế tỉnh Quảng Trị", "Chi cục Hải quan khu vực XI; Hiệp hội Doanh "
             "nghiệp tỉnh", "Kinh phí đơn vị"),
            ("6", "Phổ biến pháp luật, trợ giúp pháp lý lưu động tại các xã biên giới",
             "Tháng 10 - 11/2026", "Trung tâm Trợ giúp pháp lý nhà nước tỉnh",
             "Bộ Chỉ huy Bộ đội Biên phòng tỉnh, UBND các xã biên giới", "Ngân sách tỉnh"),
        ), widths=(8, 62, 30, 30, 38, 20)),
        *_end("III. TỔ CHỨC THỰC HIỆN", [
            "1. Các cơ quan, đơn vị, UBND các xã, phường, đặc khu căn cứ Kế hoạch này tổ chức các hoạt động "
            "hưởng ứng phù hợp.",
            "2. Sở Tư pháp tổng hợp kết quả, báo cáo UBND tỉnh và Bộ Tư pháp trước ngày 25/11/2026.",
        ], ["- Bộ Tư pháp (b/c);", "- TT Tỉnh ủy, HĐND tỉnh;", "- Các sở, ban, ngành;",
            "- UBND các xã, phường, đặc khu;", "- Lưu: VT, NC."],
            "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hoàng Nam"),
    ],
    expected=[
        Exp("Treo băng rôn, pa nô, khẩu hiệu", ("Sở Văn hóa, Thể thao và Du lịch",),
            ("UBND các xã, phường, đặc khu",), "2026-11-15"),
        Exp("Tổ chức Lễ phát động hưởng ứng Ngày Pháp luật", ("Sở Tư pháp",),
            ("Văn phòng UBND tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"), "2026-11-05"),
        Exp("Tổ chức Cuộc thi tìm hiểu pháp luật trực tuyến", ("Tỉnh đoàn Quảng Trị",),
            ("Sở Tư pháp", "Sở Khoa học và Công nghệ"), "2026-11-05"),
        Exp("Xây dựng phóng sự, chuyên trang về Ngày Pháp "
            "luật", ("Báo và Phát thanh, Truyền hình Quảng Trị",),
            ("Sở Tư pháp",), "2026-11-30"),
        Exp("Tổ chức đối thoại chính sách, pháp luật với doanh nghiệp", ("Thuế tỉnh Quảng Trị",),
            ("Chi cục Hải quan khu vực XI", "Hiệp hội Doanh nghiệp tỉnh"), "2026-11-08"),
        Exp("Phổ biến pháp luật, trợ giúp pháp lý lưu động", ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh",),
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "UBND các xã biên giới"), "2026-11-30"),
    ],
)

# ---------------------------------------------------------------- 10. phường Hồng Bàng 2027, parts II/III
PLAN_PHP27 = Plan(
    name="php27",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN\nPHƯỜNG HỒNG BÀNG", "", "315/KH-UBND", "Hồng Bàng, ngày 16 tháng 12 năm 2026",
            "Công tác phổ biến, giáo dục pháp luật, hòa giải ở cơ sở và chuẩn tiếp cận pháp luật",
            "năm 2027",
        ),
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012; Luật Hòa giải ở cơ sở năm 2013;"),
        P("Căn cứ Kế hoạch số 288/KH-UBND ngày 08/12/2026 của UBND thành phố Hải Phòng về công tác phổ biến, "
          "giáo dục pháp luật năm 2027;"),
        P("UBND phường Hồng Bàng ban hành Kế hoạch thực hiện như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Triển khai đồng bộ các nhiệm vụ phổ biến, giáo dục pháp luật năm 2027 trên địa bàn phường."),
        P("- Đề cao trách nhiệm của người đứng đầu; huy động sự tham gia của tổ dân phố, doanh nghiệp."),
        P("II. NHIỆM VỤ TRỌNG TÂM", bold=True),
        P("1. Phổ biến nội dung cơ bản của các luật mới có hiệu lực từ 01/01/2027 cho cán bộ, công chức và "
          "Nhân dân. Văn phòng HĐND và UBND phường chủ trì; Phòng Văn hóa - Xã hội, Công an phường phối hợp. "
          "Hoàn thành trong Quý I/2027."),
        P("2. Tuyên truyền pháp luật về bảo vệ môi trường, phân loại rác thải tại nguồn, trật tự vỉa hè. "
          "Phòng Kinh tế, Hạ tầng và Đô thị có trách nhiệm chủ trì thực hiện, phối hợp với Tổ trưởng các tổ "
          "dân phố; thời gian: tháng 4 - tháng 6/2027."),
        P("3. Phổ biến pháp luật về lao động, an toàn, vệ sinh lao động cho công nhân tại các doanh nghiệp "
          "đóng trên địa bàn. Đề nghị Công đoàn phường chủ trì, phối hợp với Phòng Văn hóa - Xã hội thực "
          "hiện; thời gian: Quý II, Quý III/2027."),
        P("4. Đánh giá, xếp loại tổ hòa giải và khen thưởng hòa giải viên tiêu biểu. Ủy ban Mặt trận Tổ quốc "
          "Việt Nam phường chủ trì; Văn phòng HĐND và UBND phường phối hợp; thời gian: tháng 12/2027."),
        P("III. NHIỆM VỤ THƯỜNG XUYÊN", bold=True),
        P("1. Duy trì hoạt động của các điểm truy cập pháp luật tại Nhà văn hóa các tổ dân phố. Phòng Văn "
          "hóa - Xã hội có trách nhiệm thực hiện; thời gian: thường xuyên."),
        P("2. Lồng ghép phổ biến pháp luật trong hoạt động tiếp công dân, giải quyết thủ tục hành chính. "
          "Trung tâm Phục vụ hành chính công phường chủ trì; thời gian: cả năm."),
        P("3. Tuyên truyền pháp luật về phòng, chống tội phạm, tệ nạn xã hội trong thanh thiếu niên. "
          "Công an phường chủ trì; Đoàn Thanh niên phường, các trường trung học cơ sở trên địa bàn phối hợp; "
          "thời gian: theo đợt cao điểm, hoàn thành trước ngày 31/8/2027."),
        *_end("IV. TỔ CHỨC THỰC HIỆN", [
            "Các cơ quan, đơn vị, tổ dân phố căn cứ nhiệm vụ được giao xây dựng kế hoạch chi tiết; báo cáo "
            "kết quả 6 tháng trước ngày 10/6/2027, báo cáo năm trước ngày 10/11/2027 về UBND phường (qua Văn "
            "phòng HĐND và UBND phường).",
        ], ["- Sở Tư pháp thành phố Hải Phòng;", "- TT Đảng ủy, HĐND phường;", "- Các đơn vị thuộc phường;",
            "- Lưu: VT."], "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Phạm Đức Long"),
    ],
    expected=[
        Exp("Phổ biến nội dung cơ bản của các luật mới", ("Văn phòng HĐND và UBND phường",),
            ("Phòng Văn hóa - Xã hội", "Công an phường"), "2027-03-31"),
        Exp("Tuyên truyền pháp luật về bảo vệ môi trường", ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Tổ trưởng các tổ dân phố",), "2027-06-30"),
        Exp("Phổ biến pháp luật về lao động, an toàn", ("Công đoàn phường",),
            ("Phòng Văn hóa - Xã hội",), "2027-09-30"),
        Exp("Đánh giá, xếp loại tổ hòa giải", ("Ủy ban Mặt trận Tổ quốc Việt Nam phường",),
            ("Văn phòng HĐND và UBND phường",), "2027-12-31"),
        Exp("Duy trì hoạt động của các điểm truy cập", ("Phòng Văn hóa - Xã hội",), (), "2027-12-31"),
        Exp("Lồng ghép phổ biến pháp luật trong hoạt động", ("Trung tâm Phục vụ hành chính công phường",), (),
            "2027-12-31"),
        Exp("Tuyên truyền pháp luật về phòng, chống tội phạm", ("Công an phường",),
            ("Đoàn Thanh niên phường", "các trường trung học cơ sở trên địa bàn"), "2027-08-31"),
    ],
)

PLANS: list[Plan] = [
    PLAN_NA27, PLAN_XTL, PLAN_GDDN, PLAN_PBD27, PLAN_HDLD,
    PLAN_NNAG, PLAN_XEA, PLAN_SYT27, PLAN_QTNPL, PLAN_PHP27,
]
