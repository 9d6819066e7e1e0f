"""Held-out evaluation set 27: ten PBGDPL plans whose tasks are assigned mostly in prose.

1. UBND tỉnh Lạng Sơn, KH PBGDPL 2026: bold "1." items, body "Giao X chủ trì, phối hợp với Y";
   one item with a)/b) blocks ("heading: giao X ..."), one item with two "- X có trách nhiệm" blocks,
   generic groups with commas, "Quý I, II/2026", "tháng 10, 11/2026; cao điểm ...".
2. Sở Y tế tỉnh Nghệ An: non-bold "1." items, "X chủ trì; Y phối hợp" sentences, time inside the
   sentence, an item with two dash blocks, event-triggered time ("khi Bộ Y tế ban hành ...").
3. UBND xã Tân Lập (Phú Thọ): commune plan, "Giao ... chủ trì", "Đề nghị Hội ... chủ trì", person as
   lead ("đồng chí Phó Chủ tịch UBND xã"), lettered blocks "a) Đối với ...: giao ...", on-request item.
4. Sở GD&ĐT TP Cần Thơ, năm học 2026-2027: roman sections, "Đề nghị X phối hợp; Y chủ trì" (coord first),
   unit names with commas ("Phòng Chính trị, tư tưởng và Công tác học sinh, sinh viên"), ranges into 2027.
5. Công an tỉnh Quảng Trị: bold headings, "X có trách nhiệm chủ trì ...", "Thời gian:" on its own line,
   "Công an các xã, phường, đặc khu", item with two blocks starting with unit names.
6. UBND phường Hạc Thành (Thanh Hóa): bold group headings, a)-d) sub-items, prose then
   "Thời gian thực hiện:" label line, several leads in one sentence, on-request TGPL item.
7. Hội đồng phối hợp PBGDPL tỉnh Đồng Nai: "+" bullets "Việc: X chủ trì; Y phối hợp", unit with a dash
   ("Sở Tư pháp - Cơ quan Thường trực Hội đồng"), lists mixing ";" and ",", a person-role lead.
8. Sở Nông nghiệp và Môi trường Gia Lai: "1.1." numbering, time phrase first ("Trong Quý I và Quý II/2026,
   giao ..."), one 2.1 item with two dash blocks, event-triggered item.
9. Sở Công Thương Tây Ninh: a)/b)/c) inline "heading: X chủ trì; Y phối hợp; thời gian: ...", blocks
   without bullets, "Đề nghị Công ty ...", "theo kế hoạch kiểm tra của Sở Tư pháp" (on request).
10. UBND tỉnh Ninh Bình, KH PBGDPL năm 2027 (issued 12/2026): tasks are the assignments themselves,
   "1. Sở Tư pháp có trách nhiệm:" with a)-c) sub-tasks, then "2. Sở ... chủ trì, phối hợp với ..." items.
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T, _header, _purpose  # noqa: F401


def _commune_header(
    upper: str, agency: str, number: str, place_date: str, title: str, subtitle: str
) -> list[P | T]:
    return [
        P(f"{upper}\n{agency}", bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P(f"Số: {number}"),
        P(place_date),
        P("KẾ HOẠCH", bold=True, center=True),
        P(f"{title}\n{subtitle}", bold=True, center=True),
    ]


def _ending(recipients: list[str], role: str, signer: str) -> list[P | T]:
    out: list[P | T] = [P("Nơi nhận:", bold=True)]
    out += [P(r) for r in recipients]
    out += [P(role, bold=True, center=True), P("(Đã ký)", center=True), P(signer, bold=True, center=True)]
    return out


# ---------------------------------------------------------------- 1. UBND tỉnh Lạng Sơn
PLAN_LS = Plan(
    "ubnd_langson_2026",
    _header(
        "ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN", "28/KH-UBND", "Lạng Sơn, ngày 20 tháng 01 năm 2026",
        "Phổ biến, giáo dục pháp luật, hòa giải ở cơ sở và xây dựng cấp xã đạt chuẩn tiếp cận pháp luật",
        "năm 2026",
    )
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20/6/2012; Luật Hòa giải ở cơ sở ngày 20/6/2013;"),
        P("Căn cứ Quyết định số 25/2021/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ quy định về xã, "
          "phường, thị trấn đạt chuẩn tiếp cận pháp luật;"),
        P("Căn cứ Kết luận số 80-KL/TW ngày 20/6/2020 của Ban Bí thư; Kế hoạch số 1156/KH-BTP ngày "
          "29/12/2025 của Bộ Tư pháp; theo đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 14/TTr-STP "
          "ngày 12/01/2026, UBND tỉnh ban hành Kế hoạch thực hiện như sau:"),
    ]
    + _purpose([
        "Triển khai kịp thời, hiệu quả các văn bản pháp luật mới ban hành đến cán bộ và Nhân dân.",
        "Nâng cao ý thức chấp hành pháp luật, góp phần giữ vững an ninh chính trị vùng biên giới.",
        "Bám sát nhiệm vụ chính trị của tỉnh; bảo đảm thiết thực, tránh hình thức, lãng phí.",
        "Phân công rõ cơ quan chủ trì, phối hợp và thời gian hoàn thành.",
    ])
    + [
        P("II. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True),
        P("1. Tổ chức phổ biến các luật, nghị quyết mới được Quốc hội thông qua", bold=True),
        P("Giao Sở Tư pháp chủ trì, phối hợp với các sở, ban, ngành tỉnh và UBND các xã, phường tham mưu "
          "tổ chức hội nghị trực tuyến phổ biến các luật, nghị quyết được thông qua tại Kỳ họp thứ 10, Quốc "
          "hội khóa XV cho cán bộ chủ chốt của tỉnh và cơ sở. Thời gian thực hiện: Quý I, II/2026."),
        P("2. Tuyên truyền pháp luật trên các phương tiện thông tin đại chúng", bold=True),
        P("a) Xây dựng chuyên trang, chuyên mục pháp luật: Báo và Phát thanh, Truyền hình Lạng Sơn chủ trì, "
          "phối hợp với Sở Tư pháp duy trì chuyên mục \"Pháp luật và đời sống\", phát sóng, đăng tải định "
          "kỳ hằng tháng."),
        P("b) Cập nhật văn bản pháp luật trên Cổng Thông tin điện tử tỉnh: giao Văn phòng UBND tỉnh chủ trì; "
          "Sở Tư pháp, Sở Khoa học và Công nghệ phối hợp, thực hiện thường xuyên."),
        P("3. Phổ biến pháp luật cho đồng bào dân tộc thiểu số, người dân khu vực biên giới", bold=True),
        P("Sở Dân tộc và Tôn giáo chủ trì; Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Công an tỉnh, UBND các xã "
          "biên giới phối hợp tổ chức các đợt tuyên truyền lưu động bằng tiếng Tày, tiếng Nùng tại các "
          "thôn, bản giáp biên, hoàn thành trước ngày 30/9/2026."),
        P("4. Kiện toàn và nâng cao năng lực đội ngũ hòa giải viên ở cơ sở", bold=True),
        P("- UBND các xã, phường có trách nhiệm rà soát, kiện toàn tổ hòa giải, bổ sung hòa giải viên là "
          "người có uy tín trong cộng đồng, hoàn thành trong Quý II/2026."),
        P("- Sở Tư pháp có trách nhiệm phối hợp với Hội Liên hiệp Phụ nữ tỉnh tổ chức tập huấn kỹ năng hòa "
          "giải cho hòa giải viên mới được công nhận; thời gian từ tháng 7 đến tháng 9/2026."),
        P("5. Đánh giá, công nhận xã, phường đạt chuẩn tiếp cận pháp luật", bold=True),
        P("Giao Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ và UBND các xã, phường hướng dẫn, theo dõi việc "
          "tự đánh giá, chấm điểm các tiêu chí tiếp cận pháp luật năm 2026; tổng hợp hồ sơ trình Chủ tịch "
          "UBND tỉnh xem xét, công nhận trước ngày 15/11/2026."),
        P("6. Tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam",
          bold=True),
        P("Các sở, ban, ngành tỉnh, UBND các xã, phường chủ trì tổ chức tại cơ quan, địa phương mình với "
          "hình "
          "thức phù hợp; Sở Tư pháp phối hợp hướng dẫn, theo dõi. Thời gian: tháng 10, 11/2026; cao điểm "
          "từ ngày 01/11 đến ngày 09/11/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các xã, phường căn cứ Kế hoạch này xây dựng "
          "kế hoạch của cơ quan, địa phương; báo cáo kết quả (kỳ báo cáo năm) về Sở Tư pháp trước ngày "
          "15/11/2026 để tổng hợp."),
        P("2. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định tại Thông tư số "
          "56/2023/TT-BTC ngày 18/8/2023 của Bộ Tài chính."),
        P("3. Giao Sở Tư pháp theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch này./."),
    ]
    + _ending(["- Bộ Tư pháp (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Các sở, ban, ngành tỉnh;",
               "- UBND các xã, phường;", "- Lưu: VT, NC."],
              "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đoàn Thu Hà"),
    [
        Exp("Tổ chức phổ biến các luật, nghị quyết mới", ("Sở Tư pháp",),
            ("các sở, ban, ngành tỉnh", "UBND các xã, phường"), "2026-06-30"),
        Exp("Xây dựng chuyên trang, chuyên mục pháp luật", ("Báo và Phát thanh, Truyền hình Lạng Sơn",),
            ("Sở Tư pháp",), "2026-12-31"),
        Exp("Cập nhật văn bản pháp luật trên Cổng Thông tin", ("Văn phòng UBND tỉnh",),
            ("Sở Tư pháp", "Sở Khoa học và Công nghệ"), "2026-12-31"),
        Exp("Phổ biến pháp luật cho đồng bào dân tộc thiểu số", ("Sở Dân tộc và Tôn giáo",),
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Công an tỉnh", "UBND các xã biên giới"), "2026-09-30"),
        Exp("UBND các xã, phường có trách nhiệm rà soát", ("UBND các xã, phường",), (), "2026-06-30"),
        Exp("Sở Tư pháp có trách nhiệm phối hợp với Hội", ("Sở Tư pháp",),
            ("Hội Liên hiệp Phụ nữ tỉnh",), "2026-09-30"),
        Exp("Đánh giá, công nhận xã, phường đạt chuẩn", ("Sở Tư pháp",),
            ("Sở Nội vụ", "UBND các xã, phường"), "2026-11-15"),
        Exp("Tổ chức các hoạt động hưởng ứng Ngày Pháp luật", ("Các sở, ban, ngành tỉnh",
            "UBND các xã, phường"),
            ("Sở Tư pháp",), "2026-11-30"),
    ],
)

# ---------------------------------------------------------------- 2. Sở Y tế Nghệ An
PLAN_YT = Plan(
    "syt_nghean_2026",
    _header(
        "UBND TỈNH NGHỆ AN", "SỞ Y TẾ", "145/KH-SYT", "Nghệ An, ngày 05 tháng 02 năm 2026",
        "Công tác phổ biến, giáo dục pháp luật ngành Y tế", "năm 2026",
    )
    + [
        P("Thực hiện Kế hoạch số 62/KH-UBND ngày 23/01/2026 của UBND tỉnh Nghệ An về phổ biến, giáo dục "
          "pháp luật năm 2026; Kế hoạch số 08/KH-BYT ngày 06/01/2026 của Bộ Y tế, Sở Y tế xây dựng Kế "
          "hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Nâng cao nhận thức, ý thức chấp hành pháp luật của công chức, viên chức, người lao động trong "
          "ngành; gắn công tác phổ biến pháp luật với nhiệm vụ chuyên môn của từng đơn vị. Các hoạt động "
          "phải cụ thể, có trọng tâm, tiết kiệm."),
        P("II. NỘI DUNG PHỔ BIẾN", bold=True),
        P("Luật Phòng bệnh năm 2025; Luật Khám bệnh, chữa bệnh năm 2023; Luật Dược sửa đổi, bổ sung năm "
          "2024; "
          "Luật Phòng, chống tác hại của thuốc lá và các văn bản hướng dẫn thi hành."),
        P("III. NHIỆM VỤ CỤ THỂ VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        P("1. Phổ biến Luật Phòng bệnh và các văn bản quy định chi tiết"),
        P("Văn phòng Sở chủ trì; Phòng Nghiệp vụ Y - Dược, Trung tâm Kiểm soát bệnh tật tỉnh phối hợp tổ "
          "chức hội nghị phổ biến cho lãnh đạo, cán bộ chủ chốt các đơn vị trực thuộc trong tháng 5/2026."),
        P("2. Tuyên truyền pháp luật về khám bệnh, chữa bệnh và quy tắc ứng xử của nhân viên y tế"),
        P("Các bệnh viện, trung tâm y tế trực thuộc Sở chủ trì thực hiện tại đơn vị mình, gắn với việc đổi "
          "mới phong cách, thái độ phục vụ người bệnh; Phòng Nghiệp vụ Y - Dược phối hợp hướng dẫn, kiểm "
          "tra. Thực hiện thường xuyên trong năm 2026."),
        P("3. Truyền thông pháp luật về dân số và phòng, chống tác hại của thuốc lá"),
        P("- Về chính sách dân số: Chi cục Dân số chủ trì; Trạm Y tế các xã, phường phối hợp tuyên truyền "
          "chính sách "
          "dân số mới, vận động sinh đủ hai con, trong Quý II và Quý III/2026."),
        P("- Về phòng, chống tác hại của thuốc lá: Trung tâm Kiểm soát bệnh tật tỉnh chủ trì; Báo và Phát "
          "thanh, Truyền hình Nghệ An phối hợp thực hiện, cao điểm là Tuần lễ Quốc gia không thuốc lá "
          "(từ ngày 25/5 đến ngày 31/5/2026)."),
        P("4. Phổ biến các quy định mới về đấu thầu thuốc, vật tư y tế"),
        P("Phòng Kế hoạch - Tài chính chủ trì; Phòng Nghiệp vụ Y - Dược phối hợp tổ chức phổ biến cho các "
          "đơn vị khi Bộ Y tế ban hành Thông tư sửa đổi, bổ sung quy định về đấu thầu thuốc tại cơ sở y tế "
          "công lập."),
        P("5. Bồi dưỡng kiến thức pháp luật cho công chức, viên chức làm công tác pháp chế"),
        P("Phòng Tổ chức cán bộ chủ trì; Văn phòng Sở phối hợp mở 02 lớp bồi dưỡng về kỹ năng xây dựng, "
          "kiểm tra văn bản; thời gian từ tháng 8 đến tháng 10/2026."),
        P("6. Cập nhật văn bản pháp luật lên Trang thông tin điện tử của Sở"),
        P("Văn phòng Sở có trách nhiệm cập nhật kịp thời các văn bản quy phạm pháp luật mới về y tế, duy trì "
          "chuyên mục hỏi - đáp pháp luật; thực hiện hằng tháng."),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Thủ trưởng các đơn vị trực thuộc chịu trách nhiệm triển khai Kế hoạch tại đơn vị; báo cáo kết quả "
          "6 tháng trước ngày 10/6/2026 và báo cáo năm trước ngày 10/11/2026 về Văn phòng Sở để tổng hợp, "
          "báo cáo Sở Tư pháp và Bộ Y tế. Kinh phí thực hiện từ nguồn chi thường xuyên của đơn vị."),
    ]
    + _ending(["- Sở Tư pháp (b/c);", "- Giám đốc, các PGĐ Sở;", "- Các đơn vị trực thuộc;",
        "- Lưu: VT, VP."],
              "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Nguyễn Thị Hồng Vân"),
    [
        Exp("Phổ biến Luật Phòng bệnh và các văn bản", ("Văn phòng Sở",),
            ("Phòng Nghiệp vụ Y - Dược", "Trung tâm Kiểm soát bệnh tật tỉnh"), "2026-05-31"),
        Exp("Tuyên truyền pháp luật về khám bệnh, chữa bệnh",
            ("Các bệnh viện, trung tâm y tế trực thuộc Sở",),
            ("Phòng Nghiệp vụ Y - Dược",), "2026-12-31"),
        Exp("Về chính sách dân số", ("Chi cục Dân số",), ("Trạm Y tế các xã, phường",),
            "2026-09-30"),
        Exp("Về phòng, chống tác hại của thuốc lá", ("Trung tâm Kiểm soát bệnh tật tỉnh",),
            ("Báo và Phát thanh, Truyền hình Nghệ An",), "2026-05-31"),
        Exp("Phổ biến các quy định mới về đấu thầu thuốc", ("Phòng Kế hoạch - Tài chính",),
            ("Phòng Nghiệp vụ Y - Dược",), "2026-12-31", on_request=True),
        Exp("Bồi dưỡng kiến thức pháp luật cho công chức", ("Phòng Tổ chức cán bộ",), ("Văn phòng Sở",),
            "2026-10-31"),
        Exp("Cập nhật văn bản pháp luật lên Trang thông tin", ("Văn phòng Sở",), (), "2026-12-31"),
    ],
)

# ---------------------------------------------------------------- 3. UBND xã Tân Lập (Phú Thọ)
PLAN_XA = Plan(
    "ubnd_xa_tanlap_2026",
    _commune_header(
        "ỦY BAN NHÂN DÂN", "XÃ TÂN LẬP", "12/KH-UBND", "Tân Lập, ngày 14 tháng 01 năm 2026",
        "Tuyên truyền, phổ biến, giáo dục pháp luật và hòa giải ở cơ sở", "trên địa bàn xã năm 2026",
    )
    + [
        P("Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;"),
        P("Căn cứ Kế hoạch số 215/KH-UBND ngày 30/12/2025 của UBND tỉnh Phú Thọ về công tác phổ biến, giáo "
          "dục pháp luật, hòa giải ở cơ sở năm 2026;"),
        P("Ủy ban nhân dân xã Tân Lập xây dựng Kế hoạch thực hiện trên địa bàn xã như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Đưa pháp luật đến gần với người dân, nhất là các thôn vùng sâu, đồng bào dân tộc Mường."),
        P("- Xác định cụ thể nội dung, bộ phận chủ trì, thời gian thực hiện; bảo đảm tiết kiệm, hiệu quả."),
        P("II. NỘI DUNG, NHIỆM VỤ", bold=True),
        P("1. Quán triệt, triển khai Kế hoạch phổ biến pháp luật năm 2026 của xã"),
        P("Giao Văn phòng HĐND và UBND xã chủ trì tham mưu tổ chức hội nghị quán triệt cho cán bộ, công "
          "chức, Bí thư chi bộ, Trưởng thôn; hoàn thành trong tháng 02/2026."),
        P("2. Tuyên truyền pháp luật trên hệ thống loa truyền thanh cơ sở"),
        P("Phòng Văn hóa - Xã hội chủ trì, phối hợp với Trưởng các thôn, khu dân cư biên soạn tin, bài, "
          "phát trên hệ thống loa mỗi tuần 02 buổi vào sáng thứ Hai và thứ Năm; thực hiện thường xuyên."),
        P("3. Phổ biến pháp luật về đất đai, bảo vệ môi trường"),
        P("a) Đối với việc phổ biến Luật Đất đai năm 2024 và các nghị định hướng dẫn: giao Phòng Kinh tế chủ "
          "trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam xã tổ chức hội nghị tại các thôn, trong "
          "Quý III/2026."),
        P("b) Đối với việc tuyên truyền phân loại rác thải sinh hoạt tại nguồn: đề nghị Hội Liên hiệp Phụ nữ "
          "xã chủ trì, phối hợp với Đoàn Thanh niên Cộng sản Hồ Chí Minh xã vận động hội viên, đoàn viên "
          "thực hiện; thời gian từ tháng 4 đến tháng 6/2026."),
        P("4. Củng cố, kiện toàn tổ hòa giải ở cơ sở"),
        P("Giao đồng chí Phó Chủ tịch UBND xã chủ trì, chỉ đạo; Phòng Văn hóa - Xã hội và Ban Công tác Mặt "
          "trận các thôn phối hợp rà soát, kiện toàn các tổ hòa giải, đề nghị công nhận hòa giải viên, "
          "xong trước ngày 30/6/2026."),
        P("5. Hỗ trợ pháp lý cho người dân tại Trung tâm Phục vụ hành chính công xã"),
        P("Trung tâm Phục vụ hành chính công xã có trách nhiệm bố trí góc thông tin pháp luật, hướng dẫn "
          "người dân; phối hợp với Trung tâm Trợ giúp pháp lý nhà nước tỉnh Phú Thọ tổ chức trợ giúp pháp "
          "lý lưu động tại xã khi có đề nghị của Trung tâm."),
        P("6. Xây dựng xã đạt chuẩn tiếp cận pháp luật năm 2026"),
        P("Văn phòng HĐND và UBND xã chủ trì, phối hợp với các phòng chuyên môn, Công an xã tự chấm điểm "
          "các chỉ tiêu, lập hồ sơ đề nghị công nhận, gửi Sở Tư pháp trước ngày 10/11/2026."),
        P("III. KINH PHÍ", bold=True),
        P("Kinh phí thực hiện được bố trí trong dự toán ngân sách xã năm 2026."),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các phòng chuyên môn, đơn vị thuộc UBND xã, Trưởng các thôn triển khai thực hiện Kế hoạch; báo "
          "cáo kết quả về Văn phòng HĐND và UBND xã trước ngày 05/11/2026 để tổng hợp, báo cáo Sở Tư pháp."),
    ]
    + _ending(["- Sở Tư pháp tỉnh Phú Thọ;", "- TT Đảng ủy, TT HĐND xã;", "- Các thôn;", "- Lưu: VT."],
              "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Bùi Văn Thắng"),
    [
        Exp("Quán triệt, triển khai Kế hoạch phổ biến pháp luật", ("Văn phòng HĐND và UBND xã",), (),
            "2026-02-28"),
        Exp("Tuyên truyền pháp luật trên hệ thống loa", ("Phòng Văn hóa - Xã hội",),
            ("Trưởng các thôn, khu dân cư",), "2026-12-31"),
        Exp("Đối với việc phổ biến Luật Đất đai năm 2024", ("Phòng Kinh tế",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam xã",), "2026-09-30"),
        Exp("Đối với việc tuyên truyền phân loại rác thải", ("Hội Liên hiệp Phụ nữ xã",),
            ("Đoàn Thanh niên Cộng sản Hồ Chí Minh xã",), "2026-06-30"),
        Exp("Củng cố, kiện toàn tổ hòa giải ở cơ sở", ("Phó Chủ tịch UBND xã",),
            ("Phòng Văn hóa - Xã hội", "Ban Công tác Mặt trận các thôn"), "2026-06-30"),
        Exp("Hỗ trợ pháp lý cho người dân tại Trung tâm", ("Trung tâm Phục vụ hành chính công xã",),
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh Phú Thọ",), "2026-12-31", on_request=True),
        Exp("Xây dựng xã đạt chuẩn tiếp cận pháp luật", ("Văn phòng HĐND và UBND xã",),
            ("các phòng chuyên môn", "Công an xã"), "2026-11-10"),
    ],
)

# ---------------------------------------------------------------- 4. Sở GD&ĐT TP Cần Thơ (năm học)
PLAN_GD = Plan(
    "sgddt_cantho_2026_2027",
    _header(
        "UBND THÀNH PHỐ CẦN THƠ", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "2318/KH-SGDĐT",
        "Cần Thơ, ngày 18 tháng 9 năm 2026",
        "Phổ biến, giáo dục pháp luật trong các cơ sở giáo dục", "năm học 2026 - 2027",
    )
    + [
        P("Căn cứ Luật Giáo dục năm 2019; Luật Nhà giáo năm 2025;"),
        P("Căn cứ Quyết định số 1165/QĐ-BGDĐT ngày 15/8/2026 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành "
          "Khung kế hoạch thời gian năm học 2026 - 2027; Kế hoạch số 190/KH-UBND ngày 02/02/2026 của UBND "
          "thành phố Cần Thơ,"),
        P("Sở Giáo dục và Đào tạo ban hành Kế hoạch phổ biến, giáo dục pháp luật năm học 2026 - 2027 như "
          "sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Giáo dục ý thức tôn trọng, chấp hành pháp luật cho học sinh; trang bị kiến thức pháp luật cần "
          "thiết cho đội ngũ nhà giáo, cán bộ quản lý."),
        P("2. Lồng ghép nội dung giáo dục pháp luật vào hoạt động dạy học và hoạt động trải nghiệm phù hợp "
          "với từng cấp học; không gây quá tải cho học sinh."),
        P("II. NỘI DUNG, NHIỆM VỤ", bold=True),
        P("1. Tổ chức tuyên truyền pháp luật đầu năm học và tuần sinh hoạt công dân"),
        P("Phòng Chính trị, tư tưởng và Công tác học sinh, sinh viên chủ trì, phối hợp với Phòng Giáo dục "
          "Trung học hướng dẫn các trường tổ chức tuần sinh hoạt công dân, phổ biến nội quy, quy định của "
          "ngành trong tháng 10/2026."),
        P("2. Phổ biến pháp luật về trật tự, an toàn giao thông cho học sinh"),
        P("Đề nghị Phòng Cảnh sát giao thông Công an thành phố phối hợp; Phòng Chính trị, tư tưởng và Công "
          "tác "
          "học sinh, sinh viên chủ trì tổ chức ký cam kết chấp hành Luật Trật tự, an toàn giao thông đường "
          "bộ, ngoại khóa về văn hóa giao thông; thời gian từ tháng 9 đến tháng 12/2026."),
        P("3. Phòng, chống bạo lực học đường, xâm hại trẻ em"),
        P("- Các trường trung học phổ thông, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên có trách "
          "nhiệm lồng ghép nội dung phòng, chống bạo lực học đường trong tiết sinh hoạt dưới cờ, sinh hoạt "
          "lớp, thực hiện từ tháng 9/2026 đến tháng 5/2027."),
        P("- Đề nghị Thành Đoàn Cần Thơ chủ trì, phối hợp với Sở Giáo dục và Đào tạo tổ chức Cuộc thi "
          "\"Học sinh với pháp luật\" cho học sinh trung học, thời gian Quý I/2027."),
        P("4. Tập huấn cho đội ngũ giáo viên dạy môn Giáo dục kinh tế và pháp luật"),
        P("Phòng Giáo dục Trung học chủ trì; Văn phòng Sở phối hợp bảo đảm điều kiện, kinh phí; tổ chức "
          "tập huấn trong tháng 11/2026."),
        P("5. Rà soát, bổ sung tủ sách pháp luật trong nhà trường"),
        P("Thủ trưởng các đơn vị trực thuộc chịu trách nhiệm rà soát, bổ sung sách, tài liệu pháp luật, khai "
          "thác Tủ sách pháp luật điện tử; hoàn thành trước ngày 31/12/2026."),
        P("6. Phổ biến chế độ, chính sách mới đối với nhà giáo"),
        P("Phòng Tổ chức cán bộ chủ trì, phối hợp với Công đoàn ngành Giáo dục thành phố phổ biến đến từng "
          "nhà giáo trong Quý IV/2026, sau khi Chính phủ ban hành các nghị định quy định chi tiết Luật "
          "Nhà giáo."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Các phòng thuộc Sở theo chức năng, nhiệm vụ hướng dẫn, kiểm tra các đơn vị thực hiện."),
        P("2. Thủ trưởng các đơn vị trực thuộc xây dựng kế hoạch của đơn vị, báo cáo sơ kết học kỳ I trước "
          "ngày 15/01/2027 và tổng kết năm học trước ngày 31/5/2027 về Sở (qua Văn phòng Sở)."),
    ]
    + _ending(["- Bộ GDĐT (b/c);", "- Sở Tư pháp;", "- Các đơn vị trực thuộc;", "- Lưu: VT, CTTT."],
              "GIÁM ĐỐC", "Trần Thanh Bình"),
    [
        Exp("Tổ chức tuyên truyền pháp luật đầu năm học",
            ("Phòng Chính trị, tư tưởng và Công tác học sinh, sinh viên",), ("Phòng Giáo dục Trung học",),
            "2026-10-31"),
        Exp("Phổ biến pháp luật về trật tự, an toàn giao thông",
            ("Phòng Chính trị, tư tưởng và Công tác học sinh, sinh viên",),
            ("Phòng Cảnh sát giao thông Công an thành phố",), "2026-12-31"),
        Exp("Các trường trung học phổ thông, trung tâm giáo dục",
            ("Các trường trung học phổ thông", "trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên"), (),
            "2027-05-31"),
        Exp("Đề nghị Thành Đoàn Cần Thơ chủ trì", ("Thành Đoàn Cần Thơ",), ("Sở Giáo dục và Đào tạo",),
            "2027-03-31"),
        Exp("Tập huấn cho đội ngũ giáo viên dạy môn", ("Phòng Giáo dục Trung học",), ("Văn phòng Sở",),
            "2026-11-30"),
        Exp("Rà soát, bổ sung tủ sách pháp luật", ("Thủ trưởng các đơn vị trực thuộc",), (), "2026-12-31"),
        Exp("Phổ biến chế độ, chính sách mới đối với nhà giáo", ("Phòng Tổ chức cán bộ",),
            ("Công đoàn ngành Giáo dục thành phố",), "2026-12-31", on_request=True),
    ],
)

# ---------------------------------------------------------------- 5. Công an tỉnh Quảng Trị
PLAN_CA = Plan(
    "congan_quangtri_2026",
    _header(
        "UBND TỈNH QUẢNG TRỊ", "CÔNG AN TỈNH", "87/KH-CAT-PV01", "Quảng Trị, ngày 09 tháng 02 năm 2026",
        "Tuyên truyền, phổ biến, giáo dục pháp luật trong Công an tỉnh và Nhân dân",
        "năm 2026",
    )
    + [
        P("Thực hiện Kế hoạch số 12/KH-BCA-V03 ngày 10/01/2026 của Bộ Công an về công tác phổ biến, giáo "
          "dục pháp luật năm 2026 và Kế hoạch số 41/KH-UBND ngày 20/01/2026 của UBND tỉnh Quảng Trị, Công an "
          "tỉnh xây dựng Kế hoạch thực hiện, cụ thể như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Nâng cao nhận thức pháp luật của cán bộ, chiến sĩ và Nhân dân, góp phần phòng ngừa vi phạm pháp "
          "luật, tội phạm; bảo đảm an ninh, trật tự trên địa bàn tỉnh. Công tác tuyên truyền phải đúng "
          "định hướng, kịp thời, phù hợp với từng địa bàn, đối tượng."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG NHIỆM VỤ", bold=True),
        P("1. Tuyên truyền Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ", bold=True),
        P("Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ có trách nhiệm chủ trì, phối hợp với Công "
          "an các xã, phường, đặc khu tổ chức tuyên truyền, hướng dẫn kỹ năng thoát nạn tại khu dân cư, nhà "
          "ở kết hợp kinh doanh, cơ sở lưu trú."),
        P("Thời gian: Quý II - Quý III/2026."),
        P("2. Phổ biến pháp luật về trật tự, an toàn giao thông", bold=True),
        P("Phòng Cảnh sát giao thông có trách nhiệm chủ trì; Phòng Tham mưu, Báo và Phát thanh, Truyền hình "
          "Quảng Trị phối hợp tuyên truyền các hành vi vi phạm và mức xử phạt, nhất là trong dịp Tết Nguyên "
          "đán Bính Ngọ và các kỳ nghỉ lễ."),
        P("Thời gian: cả năm 2026."),
        P("3. Phòng ngừa tội phạm lừa đảo chiếm đoạt tài sản trên không gian mạng", bold=True),
        P("Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao có trách nhiệm xây dựng tài "
          "liệu, "
          "video clip cảnh báo các phương thức, thủ đoạn lừa đảo mới, hoàn thành trong tháng 4/2026."),
        P("Công an các xã, phường, đặc khu có trách nhiệm phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam cùng "
          "cấp phổ biến tài liệu trên đến từng hộ gia đình qua các nhóm Zalo thôn, tổ dân phố, thực hiện "
          "từ tháng 5/2026 đến hết năm."),
        P("4. Tuyên truyền Luật Căn cước và các tiện ích của Đề án 06", bold=True),
        P("Giao Phòng Cảnh sát quản lý hành chính về trật tự xã hội chủ trì, phối hợp với Công an các xã, "
          "phường, đặc khu thực hiện; thời gian hoàn thành trước ngày 30/6/2026."),
        P("5. Phổ biến pháp luật cho cán bộ, chiến sĩ Công an tỉnh", bold=True),
        P("Phòng Công tác đảng và công tác chính trị có trách nhiệm chủ trì, phối hợp với Phòng Tham mưu "
          "lồng "
          "ghép nội dung phổ biến văn bản mới trong sinh hoạt chính trị, sinh hoạt chi bộ hằng tháng."),
        P("6. Xây dựng, nhân rộng các mô hình tự quản về an ninh, trật tự", bold=True),
        P("Phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc chủ trì; Công an các xã, phường, đặc khu và Hội "
          "Cựu chiến binh tỉnh phối hợp thực hiện theo đề nghị của Ban Chỉ đạo phong trào toàn dân bảo vệ "
          "an ninh Tổ quốc tỉnh."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Phòng Tham mưu là đơn vị thường trực, giúp Giám đốc Công an tỉnh theo dõi, đôn đốc việc thực "
          "hiện Kế hoạch."),
        P("2. Các đơn vị báo cáo kết quả về Công an tỉnh (qua Phòng Tham mưu) trước ngày 05/6/2026 (báo cáo "
          "6 tháng) và trước ngày 05/11/2026 (báo cáo năm)."),
    ]
    + _ending(["- Bộ Công an (V03) (để b/c);", "- Đồng chí Giám đốc (để b/c);", "- Các đơn vị thuộc Công an "
               "tỉnh;", "- Công an các xã, phường, đặc khu;", "- Lưu: VT, PV01."],
              "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Đại tá Lê Quang Hòa"),
    [
        Exp("Tuyên truyền Luật Phòng cháy, chữa cháy",
            ("Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",),
                ("Công an các xã, phường, đặc khu",),
            "2026-09-30"),
        Exp("Phổ biến pháp luật về trật tự, an toàn giao thông", ("Phòng Cảnh sát giao thông",),
            ("Phòng Tham mưu", "Báo và Phát thanh, Truyền hình Quảng Trị"), "2026-12-31"),
        Exp("Phòng An ninh mạng và phòng, chống tội phạm",
            ("Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao",), (), "2026-04-30"),
        Exp("Công an các xã, phường, đặc khu có trách nhiệm", ("Công an các xã, phường, đặc khu",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam cùng cấp",), "2026-12-31"),
        Exp("Tuyên truyền Luật Căn cước và các tiện ích",
            ("Phòng Cảnh sát quản lý hành chính về trật tự xã hội",), ("Công an các xã, phường, đặc khu",),
            "2026-06-30"),
        Exp("Phổ biến pháp luật cho cán bộ, chiến sĩ", ("Phòng Công tác đảng và công tác chính trị",),
            ("Phòng Tham mưu",), "2026-12-31"),
        Exp("Xây dựng, nhân rộng các mô hình tự quản", ("Phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc",),
            ("Công an các xã, phường, đặc khu", "Hội Cựu chiến binh tỉnh"), "2026-12-31", on_request=True),
    ],
)

# ---------------------------------------------------------------- 6. UBND phường Hạc Thành
PLAN_PH = Plan(
    "ubnd_phuong_hacthanh_2026",
    _commune_header(
        "ỦY BAN NHÂN DÂN", "PHƯỜNG HẠC THÀNH", "09/KH-UBND", "Hạc Thành, ngày 22 tháng 01 năm 2026",
        "Công tác phổ biến, giáo dục pháp luật, hòa giải ở cơ sở", "năm 2026",
    )
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012; Luật Hòa giải ở cơ sở năm 2013;"),
        P("Căn cứ Kế hoạch số 18/KH-UBND ngày 16/01/2026 của UBND tỉnh Thanh Hóa về công tác phổ biến, giáo "
          "dục pháp luật năm 2026;"),
        P("UBND phường Hạc Thành ban hành Kế hoạch công tác phổ biến, giáo dục pháp luật, hòa giải ở cơ sở "
          "năm 2026, cụ thể như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Tăng cường hiểu biết pháp luật của cán bộ, công chức và Nhân dân trên địa bàn phường, nhất là "
          "pháp luật về trật tự đô thị, thuế, đất đai."),
        P("- Phân công cụ thể, gắn trách nhiệm người đứng đầu; đánh giá được kết quả thực hiện."),
        P("II. NHIỆM VỤ", bold=True),
        P("1. Phổ biến pháp luật cho cán bộ, công chức và Nhân dân", bold=True),
        P("a) Tổ chức hội nghị phổ biến pháp luật cho cán bộ, công chức phường"),
        P("Giao Văn phòng HĐND và UBND phường chủ trì, phối hợp với Phòng Văn hóa - Xã hội tham mưu tổ chức "
          "02 hội nghị phổ biến các văn bản pháp luật mới."),
        P("Thời gian thực hiện: tháng 3 và tháng 9/2026."),
        P("b) Phổ biến pháp luật qua trang Zalo, Fanpage của phường"),
        P("Giao Phòng Văn hóa - Xã hội chủ trì; các tổ dân phố phối hợp chia sẻ tin, bài đến các hộ gia "
          "đình."),
        P("Thời gian thực hiện: thường xuyên."),
        P("c) Tuyên truyền pháp luật về trật tự đô thị, lấn chiếm vỉa hè, lòng đường"),
        P("Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp với Công an phường, Đội Quản lý trật tự đô thị "
          "phường và Ban điều hành các tổ dân phố vận động các hộ kinh doanh ký cam kết."),
        P("Thời gian thực hiện: Quý II/2026."),
        P("d) Phổ biến quy định về thuế đối với hộ kinh doanh"),
        P("Giao Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp với Thuế cơ sở 2 tỉnh Thanh Hóa phổ biến "
          "quy định về khai thuế, hóa đơn điện tử khởi tạo từ máy tính tiền cho hộ kinh doanh."),
        P("Thời gian thực hiện: tháng 01 - tháng 02/2026."),
        P("2. Hòa giải ở cơ sở, trợ giúp pháp lý", bold=True),
        P("a) Kiện toàn tổ hòa giải và bồi dưỡng hòa giải viên"),
        P("Văn phòng HĐND và UBND phường chủ trì; đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường phối hợp "
          "rà soát, kiện toàn tổ hòa giải ở các tổ dân phố sau sắp xếp."),
        P("Thời gian thực hiện: từ tháng 3 đến tháng 5/2026."),
        P("b) Trợ giúp pháp lý cho người thuộc diện được trợ giúp pháp lý"),
        P("Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp với Trung tâm Trợ giúp pháp lý nhà nước tỉnh tổ "
          "chức "
          "trợ giúp pháp lý lưu động tại phường."),
        P("Thời gian thực hiện: khi có đề nghị của Trung tâm Trợ giúp pháp lý nhà nước tỉnh."),
        P("3. Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2026", bold=True),
        P("Các phòng chuyên môn thuộc UBND phường, Công an phường, Ban Chỉ huy Quân sự phường có trách nhiệm "
          "tổ chức các hoạt động hưởng ứng tại cơ quan, đơn vị; Văn phòng HĐND và UBND phường phối hợp "
          "theo dõi, tổng hợp kết quả."),
        P("Thời gian thực hiện: tháng 11/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các phòng, đơn vị, Ban điều hành các tổ dân phố căn cứ Kế hoạch triển khai thực hiện, báo cáo "
          "kết quả về UBND phường (qua Văn phòng HĐND và UBND phường) trước ngày 10/11/2026."),
    ]
    + _ending(["- UBND tỉnh (b/c);", "- Sở Tư pháp;", "- Đảng ủy, HĐND phường;", "- Lưu: VT."],
              "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Lê Thị Mai"),
    [
        Exp("Tổ chức hội nghị phổ biến pháp luật cho cán bộ", ("Văn phòng HĐND và UBND phường",),
            ("Phòng Văn hóa - Xã hội",), "2026-09-30"),
        Exp("Phổ biến pháp luật qua trang Zalo, Fanpage", ("Phòng Văn hóa - Xã hội",), ("các tổ dân phố",),
            "2026-12-31"),
        Exp("Tuyên truyền pháp luật về trật tự đô thị", ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Công an phường", "Đội Quản lý trật tự đô thị phường", "Ban điều hành các tổ dân phố"),
            "2026-06-30"),
        Exp("Phổ biến quy định về thuế đối với hộ kinh doanh", ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Thuế cơ sở 2 tỉnh Thanh Hóa",), "2026-02-28"),
        Exp("Kiện toàn tổ hòa giải và bồi dưỡng hòa giải viên", ("Văn phòng HĐND và UBND phường",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam phường",), "2026-05-31"),
        Exp("Trợ giúp pháp lý cho người thuộc diện", ("Phòng Văn hóa - Xã hội",),
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh",), "2026-12-31", on_request=True),
        Exp("Hưởng ứng Ngày Pháp luật nước Cộng hòa",
            ("Các phòng chuyên môn thuộc UBND phường", "Công an phường", "Ban Chỉ huy Quân sự phường"),
            ("Văn phòng HĐND và UBND phường",), "2026-11-30"),
    ],
)

# ---------------------------------------------------------------- 7. HĐPH PBGDPL tỉnh Đồng Nai
PLAN_HD = Plan(
    "hdph_dongnai_2026",
    _header(
        "UBND TỈNH ĐỒNG NAI", "HỘI ĐỒNG PHỐI HỢP PHỔ BIẾN,\nGIÁO DỤC PHÁP LUẬT", "05/KH-HĐPH",
        "Đồng Nai, ngày 26 tháng 02 năm 2026",
        "Hoạt động của Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh", "năm 2026",
    )
    + [
        P("Căn cứ Quyết định số 27/2013/QĐ-TTg ngày 19/5/2013 của Thủ tướng Chính phủ quy định về thành phần "
          "và nhiệm vụ, quyền hạn của Hội đồng phối hợp phổ biến, giáo dục pháp luật;"),
        P("Căn cứ Quyết định số 412/QĐ-UBND ngày 05/8/2025 của UBND tỉnh Đồng Nai về việc kiện toàn Hội đồng "
          "phối hợp phổ biến, giáo dục pháp luật tỉnh; Kế hoạch số 36/KH-UBND ngày 21/01/2026 của UBND "
          "tỉnh,"),
        P("Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh (sau đây gọi là Hội đồng) ban hành Kế hoạch "
          "hoạt động năm 2026 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Phát huy vai trò tham mưu, phối hợp của Hội đồng và từng thành viên; bảo đảm sự phối hợp chặt chẽ "
          "giữa các cơ quan, tổ chức trong công tác phổ biến, giáo dục pháp luật sau khi hợp nhất tỉnh."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Tham mưu, tổ chức hoạt động của Hội đồng", bold=True),
        P("+ Tham mưu ban hành Kế hoạch hoạt động năm 2026 và Quy chế hoạt động sửa đổi của Hội đồng: Sở Tư "
          "pháp - Cơ quan Thường trực Hội đồng chủ trì; các thành viên Hội đồng phối hợp. Hoàn thành trong "
          "Quý I/2026."),
        P("+ Tổ chức phiên họp định kỳ 6 tháng và cuối năm của Hội đồng: Sở Tư pháp - Cơ quan Thường trực "
          "Hội đồng chủ trì, phối hợp với Văn phòng UBND tỉnh chuẩn bị nội dung, thực hiện trong tháng 6 và "
          "tháng 12/2026."),
        P("2. Phổ biến pháp luật cho các nhóm đối tượng đặc thù", bold=True),
        P("+ Phổ biến pháp luật cho người lao động trong các khu công nghiệp: đề nghị Liên đoàn Lao động "
          "tỉnh "
          "chủ trì, phối hợp với Ban Quản lý các khu công nghiệp Đồng Nai và Sở Nội vụ thực hiện, từ tháng 4 "
          "đến tháng 8/2026."),
        P("+ Phổ biến pháp luật cho phạm nhân, người bị tạm giam: đề nghị Trại giam Xuân Lộc, Trại tạm giam "
          "Công an tỉnh chủ trì; Sở Tư pháp phối hợp cung cấp tài liệu; thực hiện định kỳ hằng quý."),
        P("+ Phổ biến pháp luật cho đồng bào dân tộc thiểu số: Sở Dân tộc và Tôn giáo chủ trì; Ủy ban Mặt "
          "trận Tổ quốc Việt Nam tỉnh; UBND các xã có đông đồng bào dân tộc thiểu số phối hợp, thời gian "
          "Quý III/2026."),
        P("3. Tổ chức Cuộc thi trực tuyến tìm hiểu Hiến pháp và pháp luật năm 2026", bold=True),
        P("Giao Sở Tư pháp - Cơ quan Thường trực Hội đồng chủ trì, phối hợp với Sở Khoa học và Công nghệ, "
          "Báo "
          "và Phát thanh, Truyền hình Đồng Nai xây dựng thể lệ, bộ câu hỏi, tổ chức cuộc thi; thời gian từ "
          "ngày 15/9/2026 đến ngày 30/10/2026."),
        P("4. Kiểm tra hoạt động phổ biến, giáo dục pháp luật của các thành viên Hội đồng", bold=True),
        P("Phó Chủ tịch Thường trực Hội đồng chủ trì; Sở Nội vụ, Sở Văn hóa, Thể thao và Du lịch cử thành "
          "viên phối hợp, tiến hành kiểm tra tại một số sở, ngành và xã, phường trong tháng 10/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các thành viên Hội đồng có trách nhiệm chỉ đạo cơ quan, đơn vị mình thực hiện; gửi báo cáo kết "
          "quả "
          "về Cơ quan Thường trực Hội đồng trước ngày 20/11/2026. Kinh phí hoạt động của Hội đồng bố trí "
          "trong dự toán của Sở Tư pháp."),
    ]
    + _ending(["- Bộ Tư pháp;", "- Chủ tịch, các PCT UBND tỉnh;", "- Thành viên Hội đồng;",
        "- Lưu: VT, STP."],
              "TM. HỘI ĐỒNG\nCHỦ TỊCH\nPHÓ CHỦ TỊCH UBND TỈNH", "Võ Tấn Đức"),
    [
        Exp("Tham mưu ban hành Kế hoạch hoạt động năm 2026", ("Sở Tư pháp - Cơ quan Thường trực Hội đồng",),
            ("các thành viên Hội đồng",), "2026-03-31"),
        Exp("Tổ chức phiên họp định kỳ 6 tháng", ("Sở Tư pháp - Cơ quan Thường trực Hội đồng",),
            ("Văn phòng UBND tỉnh",), "2026-12-31"),
        Exp("Phổ biến pháp luật cho người lao động", ("Liên đoàn Lao động tỉnh",),
            ("Ban Quản lý các khu công nghiệp Đồng Nai", "Sở Nội vụ"), "2026-08-31"),
        Exp("Phổ biến pháp luật cho phạm nhân, người bị tạm giam",
            ("Trại giam Xuân Lộc", "Trại tạm giam Công an tỉnh"), ("Sở Tư pháp",), "2026-12-31"),
        Exp("Phổ biến pháp luật cho đồng bào dân tộc thiểu số", ("Sở Dân tộc và Tôn giáo",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "UBND các xã có đông đồng bào dân tộc thiểu số"),
            "2026-09-30"),
        Exp("Tổ chức Cuộc thi trực tuyến tìm hiểu Hiến pháp", ("Sở Tư pháp - Cơ quan Thường trực Hội đồng",),
            ("Sở Khoa học và Công nghệ", "Báo và Phát thanh, Truyền hình Đồng Nai"), "2026-10-30"),
        Exp("Kiểm tra hoạt động phổ biến, giáo dục pháp luật", ("Phó Chủ tịch Thường trực Hội đồng",),
            ("Sở Nội vụ", "Sở Văn hóa, Thể thao và Du lịch"), "2026-10-31"),
    ],
)

# ---------------------------------------------------------------- 8. Sở NN&MT Gia Lai
PLAN_NN = Plan(
    "snnmt_gialai_2026",
    _header(
        "UBND TỈNH GIA LAI", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "356/KH-SNNMT",
          "Gia Lai, ngày 03 tháng 3 năm 2026",
        "Phổ biến, giáo dục pháp luật lĩnh vực nông nghiệp và môi trường", "năm 2026",
    )
    + [
        P("Căn cứ Quyết định số 2135/QĐ-BNNMT ngày 24/12/2025 của Bộ Nông nghiệp và Môi trường ban hành Kế "
          "hoạch phổ biến, giáo dục pháp luật năm 2026;"),
        P("Căn cứ Kế hoạch số 77/KH-UBND ngày 28/01/2026 của UBND tỉnh Gia Lai về phổ biến, giáo dục pháp "
          "luật năm 2026,"),
        P("Sở Nông nghiệp và Môi trường xây dựng Kế hoạch thực hiện như sau:"),
    ]
    + _purpose([
        "Phổ biến kịp thời các văn bản pháp luật mới về nông nghiệp, đất đai, môi trường, thủy sản.",
        "Nâng cao ý thức chấp hành pháp luật của người dân, doanh nghiệp, ngư dân.",
        "Bám sát kế hoạch của Bộ và của tỉnh, lồng ghép với các hoạt động chuyên môn.",
    ])
    + [
        P("II. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True),
        P("1. Phổ biến pháp luật trong lĩnh vực nông nghiệp, thủy sản", bold=True),
        P("1.1. Tuyên truyền Luật Lâm nghiệp và quy định về phòng cháy, chữa cháy rừng. Ngay từ đầu mùa khô "
          "(tháng 01 - tháng 4/2026), giao Chi cục Kiểm lâm chủ trì, phối hợp với UBND các xã có rừng, các "
          "Ban quản lý rừng phòng hộ, đặc dụng tổ chức tuyên truyền tại các thôn, làng giáp rừng."),
        P("1.2. Phổ biến quy định về chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy "
          "định (IUU). Trong Quý I và Quý II/2026, Chi cục Thủy sản và Biển đảo chủ trì; Bộ Chỉ huy Bộ đội "
          "Biên phòng tỉnh, UBND các xã, phường ven biển phối hợp tuyên truyền đến từng chủ tàu, thuyền "
          "trưởng."),
        P("1.3. Phổ biến quy định về quản lý thuốc bảo vệ thực vật, phân bón. Chi cục Trồng trọt và Bảo vệ "
          "thực vật chủ trì, phối hợp với Trung tâm Khuyến nông lồng ghép trong các lớp tập huấn, hội thảo "
          "đầu bờ; thực hiện theo mùa vụ trong năm 2026."),
        P("2. Phổ biến pháp luật trong lĩnh vực đất đai, môi trường", bold=True),
        P("2.1. Phổ biến Luật Đất đai năm 2024 và các văn bản hướng dẫn thi hành"),
        P("- Phòng Quản lý đất đai chủ trì tổ chức hội nghị tập huấn cho công chức làm công tác địa chính "
          "các xã, phường sau sắp xếp; thời gian trong tháng 3/2026."),
        P("- Văn phòng Đăng ký đất đai có trách nhiệm niêm yết công khai, hướng dẫn thủ tục đăng ký đất đai, "
          "cấp Giấy chứng nhận tại các Chi nhánh; thực hiện thường xuyên."),
        P("2.2. Tuyên truyền Luật Bảo vệ môi trường và phân loại chất thải rắn sinh hoạt. Đến hết tháng "
          "9/2026, Phòng Môi trường chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Tỉnh Đoàn Gia Lai tổ chức "
          "các hoạt động tuyên truyền trong trường học và khu dân cư."),
        P("3. Cập nhật văn bản quy phạm pháp luật và trả lời phản ánh, kiến nghị", bold=True),
        P("Văn phòng Sở chủ trì; các phòng, chi cục, đơn vị thuộc Sở phối hợp cập nhật lên Trang thông tin "
          "điện tử của Sở khi có văn bản mới được ban hành hoặc khi có phản ánh, kiến nghị của tổ chức, cá "
          "nhân về quy định hành chính."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Văn phòng Sở là đầu mối theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch."),
        P("2. Thủ trưởng các phòng, chi cục, đơn vị thuộc Sở báo cáo kết quả thực hiện về Văn phòng Sở "
          "trước ngày 25/5/2026 (6 tháng) và trước ngày 25/10/2026 (năm)."),
    ]
    + _ending(["- Bộ NN&MT (Vụ Pháp chế);", "- Sở Tư pháp;", "- Lãnh đạo Sở;", "- Lưu: VT, VP."],
              "GIÁM ĐỐC", "Phạm Văn Lâm"),
    [
        Exp("Tuyên truyền Luật Lâm nghiệp và quy định", ("Chi cục Kiểm lâm",),
            ("UBND các xã có rừng", "các Ban quản lý rừng phòng hộ, đặc dụng"), "2026-04-30"),
        Exp("Phổ biến quy định về chống khai thác hải sản", ("Chi cục Thủy sản và Biển đảo",),
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "UBND các xã, phường ven biển"), "2026-06-30"),
        Exp("Phổ biến quy định về quản lý thuốc bảo vệ", ("Chi cục Trồng trọt và Bảo vệ thực vật",),
            ("Trung tâm Khuyến nông",), "2026-12-31"),
        Exp("Phòng Quản lý đất đai chủ trì tổ chức", ("Phòng Quản lý đất đai",), (), "2026-03-31"),
        Exp("Văn phòng Đăng ký đất đai có trách nhiệm", ("Văn phòng Đăng ký đất đai",), (), "2026-12-31"),
        Exp("Tuyên truyền Luật Bảo vệ môi trường", ("Phòng Môi trường",),
            ("Sở Giáo dục và Đào tạo", "Tỉnh Đoàn Gia Lai"), "2026-09-30"),
        Exp("Cập nhật văn bản quy phạm pháp luật và trả lời", ("Văn phòng Sở",),
            ("các phòng, chi cục, đơn vị thuộc Sở",), "2026-12-31", on_request=True),
    ],
)

# ---------------------------------------------------------------- 9. Sở Công Thương Tây Ninh
PLAN_CT = Plan(
    "sct_tayninh_2026",
    _header(
        "ỦY BAN NHÂN DÂN TỈNH TÂY NINH", "SỞ CÔNG THƯƠNG", "274/KH-SCT",
          "Tây Ninh, ngày 11 tháng 02 năm 2026",
        "Triển khai công tác phổ biến, giáo dục pháp luật", "năm 2026",
    )
    + [
        P("Căn cứ Kế hoạch số 55/KH-UBND ngày 23/01/2026 của UBND tỉnh Tây Ninh về công tác phổ biến, giáo "
          "dục pháp luật năm 2026; Quyết định số 3801/QĐ-BCT ngày 26/12/2025 của Bộ Công Thương, Sở Công "
          "Thương ban hành Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Kịp thời phổ biến các quy định mới của ngành Công Thương đến doanh nghiệp, cơ sở sản xuất, kinh "
          "doanh và người tiêu dùng; xác định rõ trách nhiệm của từng phòng, đơn vị."),
        P("II. NỘI DUNG THỰC HIỆN", bold=True),
        P("1. Phổ biến pháp luật cho doanh nghiệp, cơ sở sản xuất, kinh doanh", bold=True),
        P("a) Phổ biến quy định về an toàn hóa chất, vật liệu nổ công nghiệp: Phòng Quản lý công nghiệp chủ "
          "trì; Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh phối hợp; thời gian: "
          "tháng 5 - 7/2026."),
        P("b) Hỗ trợ pháp lý cho doanh nghiệp nhỏ và vừa ngành công thương: Trung tâm Khuyến công và Xúc "
          "tiến thương mại chủ trì, phối hợp với Hiệp hội Doanh nghiệp tỉnh, thực hiện trong Quý III/2026."),
        P("c) Phổ biến pháp luật về an toàn thực phẩm trong ngành công thương: Phòng Quản lý công nghiệp chủ "
          "trì; Chi cục Quản lý thị trường tỉnh Tây Ninh phối hợp; thời gian: Quý II, Quý III/2026."),
        P("2. Tuyên truyền pháp luật về bảo vệ quyền lợi người tiêu dùng", bold=True),
        P("Tuyên truyền chống buôn lậu, gian lận thương mại và hàng giả: Chi cục Quản lý thị trường tỉnh Tây "
          "Ninh chủ trì thực hiện tại các chợ, siêu thị, cửa hàng tiện lợi, nhất là dịp cao điểm trước Tết "
          "Nguyên đán, hoàn thành trước ngày 15/02/2026."),
        P("Hưởng ứng Ngày Quyền của người tiêu dùng Việt Nam (15/3): Phòng Quản lý thương mại chủ trì, phối "
          "hợp với Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và Báo và Phát thanh, Truyền hình Tây Ninh tổ chức "
          "các hoạt động hưởng ứng trong tháng 3/2026."),
        P("3. Phổ biến pháp luật về sử dụng năng lượng tiết kiệm, hiệu quả và an toàn điện", bold=True),
        P("Đề nghị Công ty Điện lực Tây Ninh chủ trì, phối hợp với Phòng Quản lý năng lượng và UBND các xã, "
          "phường tuyên truyền về bảo vệ an toàn hành lang lưới điện cao áp; thời gian: từ tháng 3 đến "
          "tháng 10/2026."),
        P("4. Tự kiểm tra công tác phổ biến, giáo dục pháp luật tại các đơn vị thuộc Sở", bold=True),
        P("Văn phòng Sở có trách nhiệm tham mưu, phối hợp với các phòng, chi cục thuộc Sở tổ chức tự kiểm "
          "tra; "
          "thời gian theo kế hoạch kiểm tra của Sở Tư pháp."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Trưởng các phòng, Chi cục trưởng, Giám đốc Trung tâm triển khai thực hiện; báo cáo kết quả về "
          "Văn phòng Sở trước ngày 01/6/2026 và ngày 01/11/2026. Trong quá trình thực hiện nếu có vướng mắc, "
          "phản ánh về Văn phòng Sở để tổng hợp, báo cáo Giám đốc Sở xem xét, chỉ đạo."),
    ]
    + _ending(["- UBND tỉnh (b/c);", "- Sở Tư pháp;", "- Giám đốc, các PGĐ Sở;", "- Lưu: VT, VP."],
              "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Huỳnh Văn Sơn"),
    [
        Exp("Phổ biến quy định về an toàn hóa chất", ("Phòng Quản lý công nghiệp",),
            ("Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh",), "2026-07-31"),
        Exp("Hỗ trợ pháp lý cho doanh nghiệp nhỏ và vừa", ("Trung tâm Khuyến công và Xúc tiến thương mại",),
            ("Hiệp hội Doanh nghiệp tỉnh",), "2026-09-30"),
        Exp("Phổ biến pháp luật về an toàn thực phẩm", ("Phòng Quản lý công nghiệp",),
            ("Chi cục Quản lý thị trường tỉnh Tây Ninh",), "2026-09-30"),
        Exp("Tuyên truyền chống buôn lậu, gian lận thương mại", ("Chi cục Quản lý thị trường tỉnh Tây Ninh",),
            (), "2026-02-15"),
        Exp("Hưởng ứng Ngày Quyền của người tiêu dùng", ("Phòng Quản lý thương mại",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Báo và Phát thanh, Truyền hình Tây Ninh"),
                "2026-03-31"),
        Exp("Phổ biến pháp luật về sử dụng năng lượng", ("Công ty Điện lực Tây Ninh",),
            ("Phòng Quản lý năng lượng", "UBND các xã, phường"), "2026-10-31"),
        Exp("Tự kiểm tra công tác phổ biến, giáo dục", ("Văn phòng Sở",), ("các phòng, chi cục thuộc Sở",),
            "2026-12-31", on_request=True),
    ],
)

# ---------------------------------------------------------------- 10. UBND tỉnh Ninh Bình, năm 2027
PLAN_NB = Plan(
    "ubnd_ninhbinh_2027",
    _header(
        "ỦY BAN NHÂN DÂN", "TỈNH NINH BÌNH", "402/KH-UBND", "Ninh Bình, ngày 18 tháng 12 năm 2026",
        "Công tác phổ biến, giáo dục pháp luật trên địa bàn tỉnh", "năm 2027",
    )
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012;"),
        P("Căn cứ Quyết định số 1521/QĐ-TTg ngày 06/10/2022 của Thủ tướng Chính phủ ban hành Chương trình "
          "phổ biến, giáo dục pháp luật giai đoạn 2022 - 2027; Chỉ thị số 32-CT/TW ngày 09/12/2003 của Ban "
          "Bí thư;"),
        P("Theo đề nghị của Sở Tư pháp tại Tờ trình số 285/TTr-STP ngày 10/12/2026, UBND tỉnh ban hành Kế "
          "hoạch phổ biến, giáo dục pháp luật năm 2027 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Tổ chức thực hiện có hiệu quả năm cuối của Chương trình phổ biến, giáo dục pháp luật giai "
          "đoạn 2022 - 2027; chuẩn bị tổng kết Chương trình."),
        P("2. Phân công nhiệm vụ cụ thể cho các cơ quan, địa phương, gắn với trách nhiệm người đứng đầu."),
        P("II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        P("1. Sở Tư pháp có trách nhiệm:"),
        P("a) Chủ trì, phối hợp với các sở, ban, ngành tỉnh tham mưu Hội đồng phối hợp phổ biến, giáo dục "
          "pháp luật tỉnh ban hành Kế hoạch hoạt động năm 2027, hoàn thành trong tháng 01/2027;"),
        P("b) Hướng dẫn, kiểm tra việc đánh giá xã, phường đạt chuẩn tiếp cận pháp luật; tổng hợp hồ sơ, "
          "trình Chủ tịch UBND tỉnh xem xét công nhận trong Quý IV/2027;"),
        P("c) Tổ chức hội nghị phổ biến các luật, nghị quyết được Quốc hội khóa XVI thông qua tại kỳ họp "
          "thứ hai, sau khi các luật được công bố."),
        P("2. Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Báo và Phát thanh, Truyền hình Ninh "
          "Bình, "
          "UBND các xã, phường chỉ đạo hệ thống thông tin cơ sở, đài truyền thanh cấp xã tuyên truyền pháp "
          "luật, thực hiện thường xuyên trong năm 2027."),
        P("3. Sở Nội vụ có trách nhiệm chủ trì, phối hợp với Sở Tư pháp đưa nội dung kiến thức pháp luật vào "
          "chương trình bồi dưỡng cán bộ, công chức cấp xã; thực hiện từ Quý II đến Quý III/2027."),
        P("4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh chỉ đạo "
          "hệ thống Mặt trận các cấp lồng ghép tuyên truyền pháp luật trong sinh hoạt của khu dân cư, hội "
          "viên, đoàn viên; Sở Tư pháp phối hợp cung cấp tài liệu."),
        P("5. UBND các xã, phường có trách nhiệm xây dựng, ban hành kế hoạch phổ biến, giáo dục pháp luật "
          "năm 2027 của địa phương, hoàn thành trước ngày 31/01/2027; chủ động bố trí nguồn lực thực hiện."),
        P("6. Sở Tài chính chủ trì, phối hợp với Sở Tư pháp tham mưu UBND tỉnh bố trí kinh phí thực hiện các "
          "nhiệm vụ phổ biến, giáo dục pháp luật trong dự toán ngân sách năm 2027."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các xã, phường tổ chức thực hiện Kế hoạch này; "
          "báo cáo kết quả 6 tháng trước ngày 05/6/2027 và báo cáo năm trước ngày 05/11/2027 về Sở Tư pháp "
          "để "
          "tổng hợp, báo cáo UBND tỉnh và Bộ Tư pháp. Giao Sở Tư pháp theo dõi, đôn đốc việc thực hiện./."),
    ]
    + _ending(["- Bộ Tư pháp (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;",
               "- Như mục II;", "- Lưu: VT, NC."],
              "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Trần Anh Dũng"),
    [
        Exp("Chủ trì, phối hợp với các sở, ban, ngành tỉnh tham mưu", ("Sở Tư pháp",),
            ("các sở, ban, ngành tỉnh",), "2027-01-31"),
        Exp("Hướng dẫn, kiểm tra việc đánh giá xã, phường", ("Sở Tư pháp",), (), "2027-12-31"),
        Exp("Tổ chức hội nghị phổ biến các luật, nghị quyết", ("Sở Tư pháp",), (), "2027-12-31",
            on_request=True),
        Exp("Sở Văn hóa, Thể thao và Du lịch chủ trì", ("Sở Văn hóa, Thể thao và Du lịch",),
            ("Báo và Phát thanh, Truyền hình Ninh Bình", "UBND các xã, phường"), "2027-12-31"),
        Exp("Sở Nội vụ có trách nhiệm chủ trì", ("Sở Nội vụ",), ("Sở Tư pháp",), "2027-09-30"),
        Exp("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
            ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "các tổ chức chính trị - xã hội tỉnh"), ("Sở Tư pháp",),
            "2027-12-31"),
        Exp("UBND các xã, phường có trách nhiệm xây dựng", ("UBND các xã, phường",), (), "2027-01-31"),
        Exp("Sở Tài chính chủ trì, phối hợp với Sở Tư pháp", ("Sở Tài chính",), ("Sở Tư pháp",),
            "2027-12-31"),
    ],
)

PLANS: list[Plan] = [PLAN_LS, PLAN_YT, PLAN_XA, PLAN_GD, PLAN_CA, PLAN_PH, PLAN_HD, PLAN_NN, PLAN_CT, PLAN_NB]
