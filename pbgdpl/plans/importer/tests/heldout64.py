"""Held-out evaluation set 64: ten plans written for this set only, answers typed by hand.

1. PLAN_QNG (UBND tỉnh Quảng Ngãi, 2026): task table STT | Nội dung công việc | Cơ quan chủ trì |
   Cơ quan phối hợp | Thời gian hoàn thành, with roman-numeral group rows; one event-triggered row.
2. PLAN_STP (Sở Tư pháp tỉnh Đồng Tháp, 2026): bold "1." headings, then "- Đơn vị chủ trì:",
   "- Đơn vị phối hợp:", "- Thời gian thực hiện:" lines; unit names with commas; "Sau khi …".
3. PLAN_XA (UBND xã Phú Lộc, TP Cần Thơ, 2026): loose prose, non-bold headings, assignments spread over
   several sentences, abbreviations (MTTQ, HLHPN, CCB, ĐTN, HĐND, LĐLĐ, Ban CHQS).
4. PLAN_LDLD (LĐLĐ tỉnh Nghệ An, 2026): "2.1." numbering, one line "Chủ trì: …; phối hợp: …. Thời gian: …".
5. PLAN_PHUONG (UBND phường Hải Châu, 2026): table without STT, columns Nội dung | Thời gian | Chủ trì |
   Phối hợp | Ghi chú; one "Khi có hướng dẫn" row.
6. PLAN_SGD (Sở GD&ĐT Lâm Đồng, school year 2026-2027): bold group headings with "a)", "b)" items and
   prose "Giao X chủ trì, phối hợp với Y …"; deadlines in 2027.
7. PLAN_HPN (Hội LHPN tỉnh Thanh Hóa, 2026): items with several assignment blocks ("-" and "a)/b)"),
   "Phối hợp:"/"Tiến độ:" sentences, "Đề nghị …" with HLHPN/MTTQ abbreviations, "khi có yêu cầu".
8. PLAN_NNMT (Sở Nông nghiệp và Môi trường Gia Lai, 2026): table with a 2-row header (Đơn vị thực hiện:
   Chủ trì / Phối hợp), Sản phẩm and Kinh phí columns.
9. PLAN_XA2027 (UBND xã Nam Đàn, Nghệ An, plan for 2027 issued 12/2026): "+ Cơ quan thực hiện:",
   "+ Phối hợp:", "+ Tiến độ:" bullets.
10. PLAN_DOAN (Tỉnh Đoàn Hà Tĩnh, 2026): loose prose, "Giao …", "Đề nghị … phối hợp" before the lead,
   event-triggered timeframe, date range "15/10 - 15/11/2026".
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T


def _head(up: str, agency: str, number: str, place_date: str, title: str) -> list[P | T]:
    out: list[P | T] = [P(up, center=True)]
    if agency:
        out.append(P(agency, bold=True, center=True))
    out += [
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True),
        P("Độc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P(f"Số: {number}", center=True),
        P(place_date, center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P(title, bold=True, center=True),
    ]
    return out


def _sign(recipients: list[str], role: str, name: str) -> list[P | T]:
    out: list[P | T] = [P("Nơi nhận:", bold=True)]
    out += [P(f"- {r}") for r in recipients]
    out += [P("- Lưu: VT."), P(role, bold=True, center=True), P("(Đã ký)", center=True)]
    out.append(P(name, bold=True, center=True))
    return out


# ---------------------------------------------------------------- 1. UBND tỉnh, task table
PLAN_QNG = Plan(
    name="qng_ubnd_tinh_table",
    blocks=[
        *_head(
            "ỦY BAN NHÂN DÂN",
            "TỈNH QUẢNG NGÃI",
            "45/KH-UBND",
            "Quảng Ngãi, ngày 20 tháng 01 năm 2026",
            "Công tác phổ biến, giáo dục pháp luật năm 2026 trên địa bàn tỉnh Quảng Ngãi",
        ),
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;"),
        P("Căn cứ Chỉ thị số 32-CT/TW ngày 09/12/2003 của Ban Bí thư Trung ương Đảng về tăng cường sự "
          "lãnh đạo của Đảng trong công tác phổ biến, giáo dục pháp luật;"),
        P("Căn cứ Quyết định số 1521/QĐ-TTg ngày 06/10/2021 của Thủ tướng Chính phủ ban hành Kế hoạch "
          "thực hiện Kết luận số 80-KL/TW;"),
        P("Theo đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 12/TTr-STP ngày 10/01/2026, Ủy ban nhân dân "
          "tỉnh ban hành Kế hoạch phổ biến, giáo dục pháp luật năm 2026 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Mục đích", bold=True),
        P("- Triển khai kịp thời, hiệu quả các văn bản pháp luật mới ban hành, nhất là các luật được Quốc "
          "hội khóa XV thông qua; nâng cao ý thức chấp hành pháp luật của cán bộ và Nhân dân."),
        P("- Gắn công tác phổ biến, giáo dục pháp luật với tổ chức chính quyền địa phương hai cấp."),
        P("2. Yêu cầu", bold=True),
        P("- Nội dung, hình thức phù hợp với từng đối tượng, địa bàn; ưu tiên ứng dụng công nghệ số."),
        P("- Bảo đảm sự phối hợp chặt chẽ giữa các cơ quan, đơn vị, địa phương."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("(Chi tiết tại Phụ lục kèm theo)"),
        T(
            (
                ("STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"),
                ("I", "Công tác chỉ đạo, hướng dẫn", "", "", ""),
                ("1", "Ban hành Kế hoạch hoạt động của Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh "
                 "năm 2026", "Sở Tư pháp", "Các thành viên Hội đồng phối hợp PBGDPL tỉnh", "Tháng 02/2026"),
                ("2", "Tổ chức Hội nghị phổ biến các luật mới được Quốc hội thông qua tại Kỳ họp thứ 10",
                 "Sở Tư pháp", "Văn phòng UBND tỉnh; Sở Nội vụ; Sở Tài chính", "Quý I, II/2026"),
                ("II", "Phổ biến pháp luật theo chuyên đề, đối tượng", "", "", ""),
                ("3", "Tuyên truyền pháp luật về đất đai, bảo vệ môi trường cho người dân vùng ven biển",
                 "Sở Nông nghiệp và Môi trường",
                 "Ủy ban nhân dân các xã, phường, đặc khu; Đài Phát thanh và Truyền hình tỉnh", "Năm 2026"),
                ("4", "Phổ biến pháp luật về trật tự, an toàn giao thông trong trường học", "Công an tỉnh",
                 "Sở Giáo dục và Đào tạo, Tỉnh Đoàn", "Tháng 9 - tháng 11/2026"),
                ("5", "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa "
                      "Việt Nam (09/11)", "Sở Tư pháp", "Các sở, ban, ngành; UBND các xã, phường, đặc khu",
                 "Tháng 11/2026"),
                ("6", "Phổ biến pháp luật về chuyển đổi số, giao dịch điện tử cho doanh nghiệp nhỏ và vừa",
                 "Sở Khoa học và Công nghệ", "Hiệp hội Doanh nghiệp tỉnh; Sở Công Thương", "Quý III/2026"),
                ("III", "Củng cố đội ngũ, nguồn lực", "", "", ""),
                ("7", "Kiện toàn đội ngũ báo cáo viên pháp luật tỉnh", "Sở Tư pháp", "Sở Nội vụ",
                 "Khi có văn bản hướng dẫn của Bộ Tư pháp"),
                ("8", "Tập huấn nghiệp vụ hòa giải ở cơ sở cho hòa giải viên", "Sở Tư pháp",
                 "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; UBND các xã, phường, đặc khu", "Quý II/2026"),
            ),
            widths=(10, 60, 30, 45, 30),
        ),
        P("III. KINH PHÍ THỰC HIỆN", bold=True),
        P("Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách năm 2026 của các cơ quan, đơn vị "
          "theo phân cấp ngân sách hiện hành."),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Các sở, ban, ngành, UBND các xã, phường, đặc khu căn cứ Kế hoạch này xây dựng kế hoạch của "
          "cơ quan, đơn vị, địa phương mình; báo cáo kết quả thực hiện về Sở Tư pháp trước ngày 05/11/2026."),
        P("2. Sở Tư pháp theo dõi, đôn đốc, tổng hợp, báo cáo UBND tỉnh và Bộ Tư pháp theo quy định."),
        *_sign(["Bộ Tư pháp (b/c);", "TT Tỉnh ủy, TT HĐND tỉnh (b/c);", "CT, các PCT UBND tỉnh;",
                "Các sở, ban, ngành tỉnh;", "UBND các xã, phường, đặc khu;"],
               "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Văn Phước"),
    ],
    expected=[
        Exp("Ban hành Kế hoạch hoạt động của Hội đồng phối hợp", ("Sở Tư pháp",),
            ("Các thành viên Hội đồng phối hợp PBGDPL tỉnh",), "2026-02-28"),
        Exp("Tổ chức Hội nghị phổ biến các luật mới", ("Sở Tư pháp",),
            ("Văn phòng UBND tỉnh", "Sở Nội vụ", "Sở Tài chính"), "2026-06-30"),
        Exp("Tuyên truyền pháp luật về đất đai, bảo vệ môi trường", ("Sở Nông nghiệp và Môi trường",),
            ("Ủy ban nhân dân các xã, phường, đặc khu", "Đài Phát thanh và Truyền hình tỉnh"), "2026-12-31"),
        Exp("Phổ biến pháp luật về trật tự, an toàn giao thông", ("Công an tỉnh",),
            ("Sở Giáo dục và Đào tạo", "Tỉnh Đoàn"), "2026-11-30"),
        Exp("Tổ chức các hoạt động hưởng ứng Ngày Pháp luật", ("Sở Tư pháp",),
            ("Các sở, ban, ngành", "UBND các xã, phường, đặc khu"), "2026-11-30"),
        Exp("Phổ biến pháp luật về chuyển đổi số", ("Sở Khoa học và Công nghệ",),
            ("Hiệp hội Doanh nghiệp tỉnh", "Sở Công Thương"), "2026-09-30"),
        Exp("Kiện toàn đội ngũ báo cáo viên pháp luật tỉnh", ("Sở Tư pháp",), ("Sở Nội vụ",),
            "2026-12-31", on_request=True),
        Exp("Tập huấn nghiệp vụ hòa giải ở cơ sở", ("Sở Tư pháp",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "UBND các xã, phường, đặc khu"), "2026-06-30"),
    ],
)

# ---------------------------------------------------------------- 2. Sở Tư pháp, label lines
PLAN_STP = Plan(
    name="dongthap_stp_labels",
    blocks=[
        *_head(
            "UBND TỈNH ĐỒNG THÁP",
            "SỞ TƯ PHÁP",
            "28/KH-STP",
            "Đồng Tháp, ngày 14 tháng 02 năm 2026",
            "Triển khai công tác phổ biến, giáo dục pháp luật, hòa giải ở cơ sở\n"
            "và xây dựng cấp xã đạt chuẩn tiếp cận pháp luật năm 2026",
        ),
        P("Căn cứ Kế hoạch số 19/KH-UBND ngày 22/01/2026 của UBND tỉnh về công tác phổ biến, giáo dục "
          "pháp luật năm 2026; Quyết định số 25/2021/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ quy "
          "định về xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật;"),
        P("Sở Tư pháp xây dựng Kế hoạch thực hiện như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Xác định cụ thể nhiệm vụ, đơn vị chủ trì, thời gian thực hiện; bảo đảm hoàn thành các chỉ tiêu "
          "UBND tỉnh giao. Các phòng, đơn vị thuộc Sở chủ động, phối hợp chặt chẽ trong quá trình thực "
          "hiện."),
        P("II. NỘI DUNG THỰC HIỆN", bold=True),
        P("1. Tham mưu UBND tỉnh ban hành Kế hoạch đánh giá xã, phường đạt chuẩn tiếp cận pháp luật năm 2026",
          bold=True),
        P("- Đơn vị chủ trì: Phòng Phổ biến, giáo dục pháp luật."),
        P("- Đơn vị phối hợp: Văn phòng Sở."),
        P("- Thời gian thực hiện: Tháng 3/2026."),
        P("2. Cập nhật, đăng tải văn bản pháp luật trên Trang thông tin điện tử của Sở", bold=True),
        P("- Đơn vị chủ trì: Văn phòng Sở."),
        P("- Đơn vị phối hợp: Phòng Xây dựng và kiểm tra văn bản, Phòng Hành chính tư pháp."),
        P("- Thời gian thực hiện: Thường xuyên."),
        P("3. Biên soạn tài liệu hỏi - đáp pháp luật về hộ tịch, chứng thực", bold=True),
        P("- Đơn vị chủ trì: Phòng Hành chính tư pháp."),
        P("- Đơn vị phối hợp: Phòng Phổ biến, giáo dục pháp luật và Trung tâm Trợ giúp pháp lý nhà nước."),
        P("- Thời gian thực hiện: Quý II/2026."),
        P("4. Tổ chức trợ giúp pháp lý lưu động tại các xã biên giới", bold=True),
        P("- Đơn vị chủ trì: Trung tâm Trợ giúp pháp lý nhà nước."),
        P("- Đơn vị phối hợp: Bộ Chỉ huy Bộ đội Biên phòng tỉnh; UBND các xã biên giới."),
        P("- Thời gian thực hiện: Từ tháng 4 đến tháng 10/2026."),
        P("5. Kiểm tra công tác phổ biến, giáo dục pháp luật tại một số sở, ngành và xã, phường", bold=True),
        P("- Đơn vị chủ trì: Phòng Phổ biến, giáo dục pháp luật."),
        P("- Đơn vị phối hợp: Văn phòng Sở."),
        P("- Thời gian thực hiện: Quý III, IV/2026."),
        P("6. Hướng dẫn nghiệp vụ hòa giải ở cơ sở cho công chức làm công tác tư pháp cấp xã", bold=True),
        P("- Đơn vị chủ trì: Phòng Phổ biến, giáo dục pháp luật."),
        P("- Đơn vị phối hợp: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh."),
        P("- Thời gian thực hiện: Sau khi Bộ Tư pháp ban hành tài liệu hướng dẫn nghiệp vụ."),
        P("7. Tổng hợp, báo cáo kết quả công tác phổ biến, giáo dục pháp luật năm 2026", bold=True),
        P("- Đơn vị chủ trì: Văn phòng Sở."),
        P("- Đơn vị phối hợp: Các phòng, đơn vị thuộc Sở."),
        P("- Thời gian thực hiện: Trước ngày 15/11/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Trưởng các phòng, Giám đốc các đơn vị thuộc Sở có trách nhiệm triển khai Kế hoạch này; báo cáo "
          "kết quả (qua Phòng Phổ biến, giáo dục pháp luật) trước ngày 30/10/2026 để tổng hợp."),
        *_sign(["UBND tỉnh (b/c);", "Giám đốc, các PGĐ Sở;", "Các phòng, đơn vị thuộc Sở;"],
               "GIÁM ĐỐC", "Trần Thị Mỹ Hạnh"),
    ],
    expected=[
        Exp("Tham mưu UBND tỉnh ban hành Kế hoạch đánh giá", ("Phòng Phổ biến, giáo dục pháp luật",),
            ("Văn phòng Sở",), "2026-03-31"),
        Exp("Cập nhật, đăng tải văn bản pháp luật", ("Văn phòng Sở",),
            ("Phòng Xây dựng và kiểm tra văn bản", "Phòng Hành chính tư pháp"), "2026-12-31"),
        Exp("Biên soạn tài liệu hỏi - đáp pháp luật", ("Phòng Hành chính tư pháp",),
            ("Phòng Phổ biến, giáo dục pháp luật", "Trung tâm Trợ giúp pháp lý nhà nước"), "2026-06-30"),
        Exp("Tổ chức trợ giúp pháp lý lưu động", ("Trung tâm Trợ giúp pháp lý nhà nước",),
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "UBND các xã biên giới"), "2026-10-31"),
        Exp("Kiểm tra công tác phổ biến, giáo dục pháp luật", ("Phòng Phổ biến, giáo dục pháp luật",),
            ("Văn phòng Sở",), "2026-12-31"),
        Exp("Hướng dẫn nghiệp vụ hòa giải ở cơ sở", ("Phòng Phổ biến, giáo dục pháp luật",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",), "2026-12-31", on_request=True),
        Exp("Tổng hợp, báo cáo kết quả công tác", ("Văn phòng Sở",),
            ("Các phòng, đơn vị thuộc Sở",), "2026-11-15"),
    ],
)

# ---------------------------------------------------------------- 3. UBND xã, loose prose
PLAN_XA = Plan(
    name="cantho_xa_loose",
    blocks=[
        *_head(
            "ỦY BAN NHÂN DÂN",
            "XÃ PHÚ LỘC",
            "07/KH-UBND",
            "Phú Lộc, ngày 05 tháng 02 năm 2026",
            "Tuyên truyền, phổ biến, giáo dục pháp luật năm 2026",
        ),
        P("Thực hiện Kế hoạch số 31/KH-UBND ngày 16/01/2026 của UBND thành phố Cần Thơ về công tác phổ biến, "
          "giáo dục pháp luật năm 2026; Nghị quyết số 05/NQ-HĐND ngày 25/12/2025 của HĐND xã về nhiệm vụ "
          "phát triển kinh tế - xã hội năm 2026, UBND xã xây dựng kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Nhằm đưa pháp luật đến với người dân các ấp, góp phần giữ vững an ninh chính trị, trật tự an "
          "toàn xã hội. Việc tuyên truyền phải thiết thực, tránh hình thức, phù hợp với phong tục, tập "
          "quán địa phương."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        P("1. Tuyên truyền pháp luật về đất đai, xây dựng cho nhân dân các ấp"),
        P("Phòng Kinh tế xã là đơn vị chủ trì. Trong quá trình thực hiện, phối hợp với MTTQ xã và Trưởng "
          "các ấp để tổ chức tuyên truyền tại nhà văn hóa ấp. Thời gian: quý II và quý III năm 2026."),
        P("2. Phổ biến Luật Phòng, chống bạo lực gia đình năm 2022"),
        P("Giao HLHPN xã thực hiện. Phòng Văn hóa - Xã hội phối hợp, cung cấp tài liệu. Thực hiện trong "
          "tháng 6/2026 (Tháng hành động quốc gia về phòng, chống bạo lực gia đình)."),
        P("3. Tuyên truyền pháp luật về nghĩa vụ quân sự, dân quân tự vệ"),
        P("Ban CHQS xã chủ trì. Đề nghị Hội CCB xã và ĐTN xã phối hợp vận động thanh niên trong độ tuổi gọi "
          "nhập ngũ. Hoàn thành trước ngày 31/10/2026."),
        P("4. Giám sát việc thực hiện pháp luật về trật tự an toàn giao thông trên địa bàn xã"),
        P("Thường trực HĐND xã chủ trì theo chương trình giám sát năm 2026. Công an xã và Văn phòng HĐND và "
          "UBND xã phối hợp cung cấp thông tin, số liệu. Thời gian: quý III/2026."),
        P("5. Kiện toàn, nâng cao chất lượng hoạt động các tổ hòa giải ở cơ sở"),
        P("MTTQ xã chủ trì hướng dẫn kiện toàn tổ hòa giải ở các ấp. Công chức Tư pháp - Hộ tịch phối hợp "
          "theo dõi, tổng hợp. Thời gian: cả năm."),
        P("6. Tuyên truyền pháp luật lao động, công đoàn cho người lao động tại các doanh nghiệp trên địa "
          "bàn"),
        P("Phòng Văn hóa - Xã hội chủ trì tổ chức. Đề nghị LĐLĐ thành phố hỗ trợ báo cáo viên. Thời gian: "
          "tháng 5/2026 (Tháng Công nhân)."),
        P("7. Phổ biến pháp luật cho học sinh các trường trên địa bàn xã"),
        P("ĐTN xã chủ trì, phối hợp với Trường THCS Phú Lộc và Trường Tiểu học Phú Lộc tổ chức các buổi "
          "ngoại khóa. Xong trước ngày 20/12/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các ban, ngành, đoàn thể xã căn cứ nhiệm vụ được giao chủ động triển khai; báo cáo kết quả về "
          "UBND xã (qua Văn phòng HĐND và UBND xã) trước ngày 25/11/2026. Đề nghị MTTQ xã và các tổ chức "
          "chính trị - xã hội phối hợp giám sát việc thực hiện Kế hoạch."),
        *_sign(["TT Đảng ủy, TT HĐND xã (b/c);", "CT, các PCT UBND xã;", "MTTQ và các đoàn thể xã;",
                "Trưởng các ấp;"], "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Lê Hoàng Thái"),
    ],
    expected=[
        Exp("Tuyên truyền pháp luật về đất đai, xây dựng", ("Phòng Kinh tế xã",),
            ("MTTQ xã", "Trưởng các ấp"), "2026-09-30"),
        Exp("Phổ biến Luật Phòng, chống bạo lực gia đình", ("HLHPN xã",), ("Phòng Văn hóa - Xã hội",),
            "2026-06-30"),
        Exp("Tuyên truyền pháp luật về nghĩa vụ quân sự", ("Ban CHQS xã",), ("Hội CCB xã", "ĐTN xã"),
            "2026-10-31"),
        Exp("Giám sát việc thực hiện pháp luật về trật tự", ("Thường trực HĐND xã",),
            ("Công an xã", "Văn phòng HĐND và UBND xã"), "2026-09-30"),
        Exp("Kiện toàn, nâng cao chất lượng hoạt động", ("MTTQ xã",), ("Công chức Tư pháp - Hộ tịch",),
            "2026-12-31"),
        Exp("Tuyên truyền pháp luật lao động, công đoàn", ("Phòng Văn hóa - Xã hội",), ("LĐLĐ thành phố",),
            "2026-05-31"),
        Exp("Phổ biến pháp luật cho học sinh các trường", ("ĐTN xã",),
            ("Trường THCS Phú Lộc", "Trường Tiểu học Phú Lộc"), "2026-12-20"),
    ],
)

# ---------------------------------------------------------------- 4. LĐLĐ tỉnh, "2.1." + inline labels
PLAN_LDLD = Plan(
    name="nghean_ldld_inline",
    blocks=[
        *_head(
            "TỔNG LĐLĐ VIỆT NAM",
            "LĐLĐ TỈNH NGHỆ AN",
            "16/KH-LĐLĐ",
            "Nghệ An, ngày 03 tháng 3 năm 2026",
            "Tuyên truyền, phổ biến, giáo dục pháp luật cho đoàn viên, người lao động năm 2026",
        ),
        P("Căn cứ Luật Công đoàn năm 2024; Quyết định số 1750/QĐ-TLĐ ngày 12/12/2025 của Đoàn Chủ tịch Tổng "
          "Liên đoàn Lao động Việt Nam; Kế hoạch số 102/KH-UBND ngày 10/02/2026 của UBND tỉnh Nghệ An,"),
        P("Ban Thường vụ Liên đoàn Lao động tỉnh xây dựng Kế hoạch như sau:"),
        P("1. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1.1. Nâng cao hiểu biết pháp luật của đoàn viên, người lao động; góp phần xây dựng quan hệ lao "
          "động hài hòa, ổn định, tiến bộ."),
        P("1.2. Các hoạt động phải bám sát cơ sở, phù hợp với điều kiện làm việc của công nhân."),
        P("2. NHIỆM VỤ CỤ THỂ", bold=True),
        P("2.1. Tuyên truyền Bộ luật Lao động, Luật Công đoàn năm 2024 cho đoàn viên, người lao động"),
        P("Chủ trì: Ban Tuyên giáo - Nữ công; phối hợp: Ban Chính sách - Pháp luật và Quan hệ lao động, "
          "các công đoàn ngành. Thời gian: Cả năm 2026."),
        P("2.2. Tư vấn pháp luật miễn phí cho người lao động tại các khu công nghiệp"),
        P("Chủ trì: Trung tâm Tư vấn pháp luật Công đoàn tỉnh; phối hợp: Công đoàn Khu kinh tế Đông Nam. "
          "Thời gian: Hằng tháng."),
        P("2.3. Tổ chức Cuộc thi trực tuyến tìm hiểu pháp luật về bảo hiểm xã hội"),
        P("Chủ trì: Ban Chính sách - Pháp luật và Quan hệ lao động; phối hợp: Bảo hiểm xã hội tỉnh, Ban "
          "Tuyên giáo - Nữ công. Thời gian: tháng 7 - tháng 9/2026."),
        P("2.4. Đối thoại chính sách, pháp luật với công nhân nhân Tháng Công nhân"),
        P("Chủ trì: Văn phòng LĐLĐ tỉnh; phối hợp: Sở Nội vụ, Ban Quản lý Khu kinh tế Đông Nam Nghệ An. "
          "Thời gian: Tháng 5/2026."),
        P("2.5. Kiểm tra việc thực hiện quy chế dân chủ ở cơ sở tại doanh nghiệp"),
        P("Chủ trì: Ủy ban Kiểm tra LĐLĐ tỉnh; phối hợp: Ban Tổ chức, các công đoàn cơ sở có liên quan. "
          "Thời gian: Quý III, IV/2026."),
        P("2.6. Tập huấn kỹ năng thương lượng tập thể cho cán bộ công đoàn cơ sở"),
        P("Chủ trì: Ban Chính sách - Pháp luật và Quan hệ lao động. Thời gian: khi có hướng dẫn của Tổng "
          "Liên đoàn Lao động Việt Nam."),
        P("3. TỔ CHỨC THỰC HIỆN", bold=True),
        P("3.1. Các ban, đơn vị thuộc LĐLĐ tỉnh, công đoàn ngành, công đoàn cơ sở trực thuộc triển khai Kế "
          "hoạch; báo cáo kết quả 6 tháng trước ngày 15/6/2026, cả năm trước ngày 15/11/2026."),
        P("3.2. Giao Ban Tuyên giáo - Nữ công theo dõi, tổng hợp, báo cáo Thường trực LĐLĐ tỉnh."),
        *_sign(["Tổng LĐLĐ Việt Nam (b/c);", "Ban Tuyên giáo Tỉnh ủy (b/c);", "Các ban, đơn vị LĐLĐ tỉnh;",
                "Các công đoàn ngành, CĐCS trực thuộc;"], "TM. BAN THƯỜNG VỤ\nPHÓ CHỦ TỊCH", "Hồ Thị Lan "
                                                                                             "Anh"),
    ],
    expected=[
        Exp("Tuyên truyền Bộ luật Lao động, Luật Công đoàn", ("Ban Tuyên giáo - Nữ công",),
            ("Ban Chính sách - Pháp luật và Quan hệ lao động", "các công đoàn ngành"), "2026-12-31"),
        Exp("Tư vấn pháp luật miễn phí cho người lao động", ("Trung tâm Tư vấn pháp luật Công đoàn tỉnh",),
            ("Công đoàn Khu kinh tế Đông Nam",), "2026-12-31"),
        Exp("Tổ chức Cuộc thi trực tuyến tìm hiểu", ("Ban Chính sách - Pháp luật và Quan hệ lao động",),
            ("Bảo hiểm xã hội tỉnh", "Ban Tuyên giáo - Nữ công"), "2026-09-30"),
        Exp("Đối thoại chính sách, pháp luật với công nhân", ("Văn phòng LĐLĐ tỉnh",),
            ("Sở Nội vụ", "Ban Quản lý Khu kinh tế Đông Nam Nghệ An"), "2026-05-31"),
        Exp("Kiểm tra việc thực hiện quy chế dân chủ", ("Ủy ban Kiểm tra LĐLĐ tỉnh",),
            ("Ban Tổ chức", "các công đoàn cơ sở có liên quan"), "2026-12-31"),
        Exp("Tập huấn kỹ năng thương lượng tập thể", ("Ban Chính sách - Pháp luật và Quan hệ lao động",), (),
            "2026-12-31", on_request=True),
    ],
)

# ---------------------------------------------------------------- 5. UBND phường, table without STT
PLAN_PHUONG = Plan(
    name="danang_phuong_table_nostt",
    blocks=[
        *_head(
            "ỦY BAN NHÂN DÂN",
            "PHƯỜNG HẢI CHÂU",
            "21/KH-UBND",
            "Hải Châu, ngày 09 tháng 01 năm 2026",
            "Phổ biến, giáo dục pháp luật và hòa giải ở cơ sở năm 2026",
        ),
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012; Luật Hòa giải ở cơ sở năm 2013;"),
        P("Căn cứ Kế hoạch số 05/KH-UBND ngày 06/01/2026 của UBND thành phố Đà Nẵng về công tác phổ biến, "
          "giáo dục pháp luật năm 2026;"),
        P("UBND phường Hải Châu ban hành Kế hoạch phổ biến, giáo dục pháp luật năm 2026 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Tiếp tục đổi mới nội dung, hình thức phổ biến pháp luật phù hợp với phường trung tâm đô thị."),
        P("- Phân công rõ trách nhiệm của từng cơ quan, tổ chức; gắn với phong trào “Toàn dân đoàn kết xây "
          "dựng đời sống văn hóa”."),
        P("II. NỘI DUNG, PHÂN CÔNG THỰC HIỆN", bold=True),
        T(
            (
                ("Nội dung công việc", "Thời gian", "Chủ trì", "Phối hợp", "Ghi chú"),
                ("Xây dựng và triển khai Kế hoạch phổ biến, giáo dục pháp luật năm 2026 của phường",
                 "Tháng 01/2026", "Văn phòng HĐND và UBND phường", "Các ban, ngành, đoàn thể phường", ""),
                ("Tuyên truyền pháp luật về trật tự đô thị, vệ sinh môi trường tại các tổ dân phố",
                 "Thường xuyên", "Phòng Kinh tế, Hạ tầng và Đô thị",
                 "Công an phường; Tổ trưởng các tổ dân phố", "Lồng ghép sinh hoạt tổ dân phố"),
                ("Phổ biến pháp luật về phòng cháy, chữa cháy và cứu nạn, cứu hộ cho hộ kinh doanh",
                 "Tháng 4/2026 - Tháng 6/2026", "Công an phường",
                 "Phòng Kinh tế, Hạ tầng và Đô thị; Ban Quản lý chợ Hàn", ""),
                ("Tuyên truyền pháp luật về bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp",
                 "Tháng 01 - 02/2026", "Ủy ban MTTQ Việt Nam phường",
                 "Phòng Văn hóa - Xã hội; Đoàn TNCS Hồ Chí Minh phường", "Trước ngày bầu cử"),
                ("Tổ chức các hoạt động hưởng ứng Ngày Pháp luật Việt Nam", "Tháng 10 - 11/2026",
                 "Phòng Văn hóa - Xã hội", "Các tổ chức chính trị - xã hội phường", ""),
                ("Phổ biến pháp luật về người cao tuổi, chính sách an sinh xã hội", "Quý III/2026",
                 "Phòng Văn hóa - Xã hội", "Hội Người cao tuổi phường, Hội CCB phường", ""),
                ("Đánh giá, công nhận phường đạt chuẩn tiếp cận pháp luật", "Khi có hướng dẫn của Sở Tư pháp",
                 "Văn phòng HĐND và UBND phường", "", "Theo Quyết định số 25/2021/QĐ-TTg"),
            ),
            widths=(62, 28, 32, 40, 28),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Văn phòng HĐND và UBND phường là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch; "
          "tổng hợp báo cáo UBND phường trước ngày 10/11/2026. Đề nghị Ủy ban MTTQ Việt Nam phường và các tổ "
          "chức chính trị - xã hội phối hợp thực hiện."),
        *_sign(["UBND thành phố (b/c);", "Sở Tư pháp (b/c);", "TT Đảng ủy, TT HĐND phường;",
                "Các ban, ngành, đoàn thể phường;"],
               "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đặng Văn Minh"),
    ],
    expected=[
        Exp("Xây dựng và triển khai Kế hoạch phổ biến", ("Văn phòng HĐND và UBND phường",),
            ("Các ban, ngành, đoàn thể phường",), "2026-01-31"),
        Exp("Tuyên truyền pháp luật về trật tự đô thị", ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Công an phường", "Tổ trưởng các tổ dân phố"), "2026-12-31"),
        Exp("Phổ biến pháp luật về phòng cháy, chữa cháy", ("Công an phường",),
            ("Phòng Kinh tế, Hạ tầng và Đô thị", "Ban Quản lý chợ Hàn"), "2026-06-30"),
        Exp("Tuyên truyền pháp luật về bầu cử đại biểu", ("Ủy ban MTTQ Việt Nam phường",),
            ("Phòng Văn hóa - Xã hội", "Đoàn TNCS Hồ Chí Minh phường"), "2026-02-28"),
        Exp("Tổ chức các hoạt động hưởng ứng Ngày Pháp luật", ("Phòng Văn hóa - Xã hội",),
            ("Các tổ chức chính trị - xã hội phường",), "2026-11-30"),
        Exp("Phổ biến pháp luật về người cao tuổi", ("Phòng Văn hóa - Xã hội",),
            ("Hội Người cao tuổi phường", "Hội CCB phường"), "2026-09-30"),
        Exp("Đánh giá, công nhận phường đạt chuẩn", ("Văn phòng HĐND và UBND phường",), (),
            "2026-12-31", on_request=True),
    ],
)

# ---------------------------------------------------------------- 6. Sở GD&ĐT, school year, a)/b) prose
PLAN_SGD = Plan(
    name="lamdong_sgd_schoolyear",
    blocks=[
        *_head(
            "UBND TỈNH LÂM ĐỒNG",
            "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
            "1350/KH-SGDĐT",
            "Lâm Đồng, ngày 15 tháng 9 năm 2026",
            "Phổ biến, giáo dục pháp luật trong ngành Giáo dục năm học 2026-2027",
        ),
        P("Căn cứ Luật Nhà giáo ngày 16/6/2025; Thông tư số 38/2021/TT-BGDĐT ngày 30/12/2021 của Bộ "
          "trưởng Bộ Giáo dục và Đào tạo; Quyết định số 2840/QĐ-BGDĐT ngày 25/8/2026 của Bộ Giáo dục và "
          "Đào tạo ban hành Kế hoạch phổ biến, giáo dục pháp luật năm học 2026-2027;"),
        P("Sở Giáo dục và Đào tạo ban hành Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Nâng cao nhận thức, ý thức tôn trọng và chấp hành pháp luật của cán bộ, nhà giáo, người lao "
          "động và học sinh; xây dựng môi trường giáo dục an toàn, lành mạnh, thân thiện."),
        P("II. NHIỆM VỤ VÀ PHÂN CÔNG", bold=True),
        P("1. Phổ biến pháp luật cho cán bộ quản lý, nhà giáo", bold=True),
        P("a) Phổ biến Luật Nhà giáo năm 2025 và các văn bản hướng dẫn thi hành. Giao Phòng Tổ chức cán "
          "bộ chủ trì, phối hợp với Công đoàn ngành Giáo dục tỉnh tổ chức hội nghị trực tuyến đến các cơ "
          "sở giáo dục; hoàn thành trong tháng 10/2026."),
        P("b) Bồi dưỡng kiến thức pháp luật về tiếp công dân, giải quyết khiếu nại, tố cáo cho hiệu trưởng. "
          "Giao Văn phòng Sở chủ trì, phối hợp với Phòng Giáo dục trung học và Phòng Giáo dục mầm non - tiểu "
          "học thực hiện trong quý IV/2026."),
        P("2. Giáo dục pháp luật cho học sinh", bold=True),
        P("a) Lồng ghép nội dung giáo dục pháp luật trong các môn học và hoạt động trải nghiệm. Giao "
          "Phòng Giáo dục trung học chủ trì; các trường THPT; các trường phổ thông dân tộc nội trú phối "
          "hợp thực hiện. Thời gian: từ tháng 9/2026 đến tháng 5/2027."),
        P("b) Tổ chức Cuộc thi “Học sinh với pháp luật về an toàn giao thông” cấp tỉnh. Giao Phòng Giáo dục "
          "trung học chủ trì, phối hợp với Công an tỉnh và Tỉnh Đoàn; thời gian tổ chức: tháng 3/2027."),
        P("c) Tuyên truyền phòng, chống bạo lực học đường, xâm hại trẻ em. Các cơ sở giáo dục trực thuộc chủ "
          "trì thực hiện; Phòng Giáo dục trung học phối hợp hướng dẫn, kiểm tra. Hoàn thành trước ngày "
          "15/01/2027."),
        P("3. Cập nhật văn bản pháp luật mới lên Cổng thông tin điện tử của Sở", bold=True),
        P("Giao Văn phòng Sở chủ trì thực hiện định kỳ hằng tháng, đến hết tháng 5/2027."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Thủ trưởng các phòng thuộc Sở, hiệu trưởng các trường trực thuộc có trách nhiệm triển khai Kế "
          "hoạch; báo cáo sơ kết học kỳ I trước ngày 20/01/2027, tổng kết năm học trước ngày 31/5/2027 "
          "(qua Văn phòng Sở)."),
        *_sign(["Bộ GDĐT (b/c);", "UBND tỉnh (b/c);", "Sở Tư pháp;", "Các phòng thuộc Sở;",
                "Các đơn vị trực thuộc;"], "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Phạm Thị Thu Trang"),
    ],
    expected=[
        Exp("Phổ biến Luật Nhà giáo năm 2025", ("Phòng Tổ chức cán bộ",),
            ("Công đoàn ngành Giáo dục tỉnh",), "2026-10-31"),
        Exp("Bồi dưỡng kiến thức pháp luật về tiếp công dân", ("Văn phòng Sở",),
            ("Phòng Giáo dục trung học", "Phòng Giáo dục mầm non - tiểu học"), "2026-12-31"),
        Exp("Lồng ghép nội dung giáo dục pháp luật", ("Phòng Giáo dục trung học",),
            ("các trường THPT", "các trường phổ thông dân tộc nội trú"), "2027-05-31"),
        Exp("Tổ chức Cuộc thi “Học sinh với pháp luật", ("Phòng Giáo dục trung học",),
            ("Công an tỉnh", "Tỉnh Đoàn"), "2027-03-31"),
        Exp("Tuyên truyền phòng, chống bạo lực học đường", ("Các cơ sở giáo dục trực thuộc",),
            ("Phòng Giáo dục trung học",), "2027-01-15"),
        Exp("Cập nhật văn bản pháp luật mới lên Cổng", ("Văn phòng Sở",), (), "2027-05-31"),
    ],
)

# ---------------------------------------------------------------- 7. Hội LHPN tỉnh, several blocks per item
PLAN_HPN = Plan(
    name="thanhhoa_hlhpn_blocks",
    blocks=[
        *_head(
            "HỘI LHPN VIỆT NAM",
            "BCH HỘI LHPN TỈNH THANH HÓA",
            "09/KH-BTV",
            "Thanh Hóa, ngày 26 tháng 01 năm 2026",
            "Tuyên truyền, phổ biến, giáo dục pháp luật cho cán bộ, hội viên, phụ nữ năm 2026",
        ),
        P("Căn cứ Chương trình phối hợp số 03/CTPH-BTP-HLHPNVN ngày 08/3/2023 giữa Bộ Tư pháp và Trung "
          "ương Hội LHPN Việt Nam; Kế hoạch số 88/KH-UBND ngày 29/01/2026 của UBND tỉnh Thanh Hóa;"),
        P("Ban Thường vụ Hội LHPN tỉnh xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Trang bị kiến thức pháp luật cần thiết cho hội viên, phụ nữ, nhất là phụ nữ vùng dân tộc thiểu "
          "số, miền núi; các cấp Hội chủ động phối hợp với các ngành trong quá trình triển khai."),
        P("II. NỘI DUNG HOẠT ĐỘNG", bold=True),
        P("1. Tuyên truyền Luật Hôn nhân và gia đình, Luật Bình đẳng giới", bold=True),
        P("- Ban Tuyên giáo chủ trì biên soạn tài liệu, tờ gấp tuyên truyền; Ban Pháp luật - Chính sách phối "
          "hợp thẩm định nội dung. Hoàn thành trong quý I/2026."),
        P("- Hội LHPN các xã, phường tổ chức sinh hoạt chuyên đề tại các chi hội, lồng ghép vào sinh hoạt "
          "định kỳ. Thời gian: quý II, III/2026."),
        P("2. Xây dựng, nhân rộng mô hình “Địa chỉ tin cậy” tại cộng đồng", bold=True),
        P("Ban Gia đình - Xã hội chủ trì. Phối hợp: Công an tỉnh, Sở Y tế. Tiến độ: tháng 3 đến tháng "
          "8/2026."),
        P("3. Trợ giúp pháp lý cho phụ nữ yếu thế, nạn nhân bị mua bán", bold=True),
        P("Ban Pháp luật - Chính sách chủ trì, phối hợp với Trung tâm Trợ giúp pháp lý nhà nước tỉnh thực "
          "hiện khi có yêu cầu của hội viên, phụ nữ."),
        P("4. Giám sát việc thực hiện pháp luật về bình đẳng giới", bold=True),
        P("Đề nghị Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh chủ trì giám sát; HLHPN tỉnh cử cán bộ tham gia "
          "đoàn giám sát. Thời gian: Quý III/2026."),
        P("5. Tổ chức Cuộc thi trực tuyến “Phụ nữ với pháp luật”", bold=True),
        P("a) Ban Tuyên giáo xây dựng thể lệ, bộ câu hỏi, trình Ban Thường vụ phê duyệt trước ngày "
          "30/4/2026."),
        P("b) Văn phòng Hội LHPN tỉnh bảo đảm kinh phí, tổng hợp kết quả, tổ chức trao giải; thời gian: "
          "tháng 6/2026."),
        P("6. Tập huấn kiến thức pháp luật, kỹ năng tuyên truyền cho cán bộ Hội cơ sở", bold=True),
        P("Ban Tổ chức chủ trì, phối hợp Trường Chính trị tỉnh. Thời gian: Quý IV/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các ban, Văn phòng Hội LHPN tỉnh theo chức năng, nhiệm vụ triển khai Kế hoạch. Hội LHPN các xã, "
          "phường, Hội phụ nữ cơ sở trực thuộc báo cáo kết quả về Ban Tuyên giáo trước ngày 20/11/2026."),
        *_sign(["TW Hội LHPN Việt Nam (b/c);", "Ban Dân vận Tỉnh ủy (b/c);", "Sở Tư pháp;",
                "Hội LHPN các xã, phường;"], "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH", "Lê Thị Hoài Thu"),
    ],
    expected=[
        Exp("Ban Tuyên giáo chủ trì biên soạn tài liệu", ("Ban Tuyên giáo",), ("Ban Pháp luật - Chính sách",),
            "2026-03-31"),
        Exp("Hội LHPN các xã, phường tổ chức sinh hoạt", ("Hội LHPN các xã, phường",), (), "2026-09-30"),
        Exp("Xây dựng, nhân rộng mô hình “Địa chỉ tin cậy”", ("Ban Gia đình - Xã hội",),
            ("Công an tỉnh", "Sở Y tế"), "2026-08-31"),
        Exp("Trợ giúp pháp lý cho phụ nữ yếu thế", ("Ban Pháp luật - Chính sách",),
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh",), "2026-12-31", on_request=True),
        Exp("Giám sát việc thực hiện pháp luật về bình đẳng giới",
            ("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh",), ("HLHPN tỉnh",), "2026-09-30"),
        Exp("Ban Tuyên giáo xây dựng thể lệ", ("Ban Tuyên giáo",), (), "2026-04-30"),
        Exp("Văn phòng Hội LHPN tỉnh bảo đảm kinh phí", ("Văn phòng Hội LHPN tỉnh",), (), "2026-06-30"),
        Exp("Tập huấn kiến thức pháp luật, kỹ năng tuyên truyền", ("Ban Tổ chức",),
            ("Trường Chính trị tỉnh",),
            "2026-12-31"),
    ],
)

# ---------------------------------------------------------------- 8. Sở NN&MT, 2-row header table
PLAN_NNMT = Plan(
    name="gialai_snnmt_tworow",
    blocks=[
        *_head(
            "UBND TỈNH GIA LAI",
            "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
            "214/KH-SNNMT",
            "Gia Lai, ngày 02 tháng 02 năm 2026",
            "Phổ biến, giáo dục pháp luật ngành nông nghiệp và môi trường năm 2026",
        ),
        P("Căn cứ Luật Đất đai số 31/2024/QH15; Luật Lâm nghiệp số 16/2017/QH14; Luật Thủy sản số "
          "18/2017/QH14;"),
        P("Căn cứ Quyết định số 12/2025/QĐ-UBND ngày 30/7/2025 của UBND tỉnh quy định chức năng, nhiệm "
          "vụ, quyền hạn và cơ cấu tổ chức của Sở Nông nghiệp và Môi trường;"),
        P("Sở Nông nghiệp và Môi trường ban hành Kế hoạch phổ biến, giáo dục pháp luật năm 2026 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Phổ biến kịp thời các quy định mới về đất đai, lâm nghiệp, thủy sản, môi trường đến cán bộ, "
          "công chức và người dân, doanh nghiệp."),
        P("2. Lồng ghép với các chương trình, dự án của ngành; tiết kiệm, hiệu quả."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG NHIỆM VỤ", bold=True),
        T(
            (
                ("TT", "Nội dung", "Đơn vị thực hiện", "", "Thời gian", "Sản phẩm", "Kinh phí"),
                ("", "", "Chủ trì", "Phối hợp", "", "", ""),
                ("1", "Phổ biến Luật Đất đai năm 2024 và các nghị định hướng dẫn cho công chức địa chính "
                      "cấp xã",
                 "Chi cục Quản lý đất đai", "Văn phòng Đăng ký đất đai tỉnh; UBND các xã, phường",
                 "Quý II/2026", "Hội nghị tập huấn", "Ngân sách tỉnh"),
                ("2", "Tuyên truyền Luật Lâm nghiệp, phòng cháy, chữa cháy rừng cho cộng đồng dân cư "
                      "thôn, làng",
                 "Chi cục Kiểm lâm", "Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh", "Tháng 01 - 4/2026",
                 "Pano, tờ rơi", "Ngân sách tỉnh"),
                ("3", "Phổ biến pháp luật về thủy sản, chống khai thác hải sản bất hợp pháp (IUU) cho ngư "
                      "dân",
                 "Chi cục Thủy sản và Biển đảo",
                 "Bộ Chỉ huy Bộ đội Biên phòng tỉnh; UBND các xã, phường ven biển", "Thường xuyên",
                 "Tin bài, ấn phẩm", "Nguồn kinh phí chống khai thác IUU"),
                ("4", "Tập huấn pháp luật về bảo vệ môi trường cho cơ sở chăn nuôi tập trung",
                 "Phòng Môi trường", "Chi cục Chăn nuôi và Thú y", "Quý III/2026", "Báo cáo kết quả", ""),
                ("5", "Phổ biến quy định về bảo đảm an toàn thực phẩm nông, lâm, thủy sản",
                 "Chi cục Chăn nuôi và Thú y", "Chi cục Trồng trọt và Bảo vệ thực vật, Sở Y tế",
                 "Tháng 6 - 8/2026", "Hội nghị", "Ngân sách tỉnh"),
                ("6", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật thuộc lĩnh vực quản lý của Sở",
                 "Văn phòng Sở", "Các phòng, chi cục, đơn vị thuộc Sở", "Trước ngày 31/3/2026",
                 "Danh mục văn bản", "Không"),
            ),
            widths=(8, 55, 28, 38, 22, 22, 22),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Văn phòng Sở là đầu mối theo dõi, tổng hợp; tham mưu báo cáo kết quả thực hiện gửi Sở Tư pháp "
          "trước ngày 10/11/2026."),
        P("2. Các phòng, chi cục, đơn vị thuộc Sở lập dự toán kinh phí, triển khai nhiệm vụ được phân công; "
          "trong quá trình thực hiện có vướng mắc báo cáo Giám đốc Sở (qua Văn phòng Sở)."),
        *_sign(["UBND tỉnh (b/c);", "Sở Tư pháp;", "Giám đốc, các PGĐ Sở;", "Các phòng, chi cục, đơn vị;"],
               "GIÁM ĐỐC", "Nguyễn Hữu Quế"),
    ],
    expected=[
        Exp("Phổ biến Luật Đất đai năm 2024", ("Chi cục Quản lý đất đai",),
            ("Văn phòng Đăng ký đất đai tỉnh", "UBND các xã, phường"), "2026-06-30"),
        Exp("Tuyên truyền Luật Lâm nghiệp, phòng cháy", ("Chi cục Kiểm lâm",),
            ("Bộ Chỉ huy Quân sự tỉnh", "Công an tỉnh"), "2026-04-30"),
        Exp("Phổ biến pháp luật về thủy sản", ("Chi cục Thủy sản và Biển đảo",),
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "UBND các xã, phường ven biển"), "2026-12-31"),
        Exp("Tập huấn pháp luật về bảo vệ môi trường", ("Phòng Môi trường",), ("Chi cục Chăn nuôi và Thú y",),
            "2026-09-30"),
        Exp("Phổ biến quy định về bảo đảm an toàn thực phẩm", ("Chi cục Chăn nuôi và Thú y",),
            ("Chi cục Trồng trọt và Bảo vệ thực vật", "Sở Y tế"), "2026-08-31"),
        Exp("Rà soát, hệ thống hóa văn bản quy phạm", ("Văn phòng Sở",), ("Các phòng, chi cục, đơn vị "
                                                                          "thuộc Sở",),
            "2026-03-31"),
    ],
)

# ---------------------------------------------------------------- 9. UBND xã, plan 2027, "+" bullets
PLAN_XA2027 = Plan(
    name="nghean_xa_2027_plus",
    blocks=[
        *_head(
            "ỦY BAN NHÂN DÂN",
            "XÃ NAM ĐÀN",
            "186/KH-UBND",
            "Nam Đàn, ngày 24 tháng 12 năm 2026",
            "Công tác phổ biến, giáo dục pháp luật; hòa giải ở cơ sở năm 2027",
        ),
        P("Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;"),
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012; Nghị định số 28/2013/NĐ-CP ngày 05/4/2013 của "
          "Chính phủ;"),
        P("Căn cứ Kế hoạch số 720/KH-UBND ngày 10/12/2026 của UBND tỉnh Nghệ An,"),
        P("UBND xã Nam Đàn xây dựng Kế hoạch năm 2027, cụ thể như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Đưa các văn bản pháp luật mới có hiệu lực năm 2027 đến với cán bộ, Nhân dân trên địa bàn xã."),
        P("- Huy động sự vào cuộc của cả hệ thống chính trị, phát huy vai trò của tổ hòa giải, Trưởng các "
          "xóm."),
        P("II. NHIỆM VỤ, GIẢI PHÁP", bold=True),
        P("1. Tuyên truyền, phổ biến các luật mới có hiệu lực từ ngày 01/01/2027"),
        P("+ Cơ quan thực hiện: Văn phòng HĐND và UBND xã"),
        P("+ Phối hợp: Các ban, ngành, đoàn thể xã; Trưởng các xóm"),
        P("+ Tiến độ: Quý I/2027"),
        P("2. Tuyên truyền pháp luật về phòng, chống ma túy trong thanh thiếu niên"),
        P("+ Cơ quan thực hiện: Công an xã"),
        P("+ Phối hợp: ĐTN xã, Trường THCS Kim Liên"),
        P("+ Tiến độ: Tháng 6/2027"),
        P("3. Duy trì hoạt động “Ngày Pháp luật” vào thứ Hai tuần đầu hằng tháng tại trụ sở UBND xã"),
        P("+ Cơ quan thực hiện: Văn phòng HĐND và UBND xã"),
        P("+ Tiến độ: Hằng tháng"),
        P("4. Phổ biến pháp luật về hòa giải ở cơ sở, thực hiện dân chủ ở cơ sở"),
        P("+ Cơ quan thực hiện: Ủy ban MTTQ Việt Nam xã"),
        P("+ Phối hợp: Các tổ hòa giải ở cơ sở"),
        P("+ Tiến độ: Quý II, III/2027"),
        P("5. Tuyên truyền pháp luật về bảo hiểm xã hội tự nguyện, bảo hiểm y tế hộ gia đình"),
        P("+ Cơ quan thực hiện: Phòng Văn hóa - Xã hội"),
        P("+ Phối hợp: HLHPN xã; Hội Nông dân xã và Hội CCB xã"),
        P("+ Tiến độ: Từ tháng 3 đến tháng 9/2027"),
        P("6. Tự đánh giá, chấm điểm xã đạt chuẩn tiếp cận pháp luật năm 2027"),
        P("+ Cơ quan thực hiện: Hội đồng đánh giá chuẩn tiếp cận pháp luật xã"),
        P("+ Phối hợp: Văn phòng HĐND và UBND xã"),
        P("+ Tiến độ: Khi có hướng dẫn của UBND tỉnh"),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Văn phòng HĐND và UBND xã tham mưu Chủ tịch UBND xã theo dõi, đôn đốc, kiểm tra; tổng hợp "
          "báo cáo kết quả về Sở Tư pháp trước ngày 05/11/2027."),
        P("2. Đề nghị Ủy ban MTTQ Việt Nam xã và các đoàn thể chính trị - xã hội phối hợp tuyên truyền "
          "đến đoàn viên, hội viên."),
        *_sign(["Sở Tư pháp (b/c);", "TT Đảng ủy, TT HĐND xã (b/c);", "Chủ tịch, các PCT UBND xã;",
                "MTTQ, các đoàn thể xã;", "Các xóm;"], "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Nguyễn Đình Hùng"),
    ],
    expected=[
        Exp("Tuyên truyền, phổ biến các luật mới", ("Văn phòng HĐND và UBND xã",),
            ("Các ban, ngành, đoàn thể xã", "Trưởng các xóm"), "2027-03-31"),
        Exp("Tuyên truyền pháp luật về phòng, chống ma túy", ("Công an xã",),
            ("ĐTN xã", "Trường THCS Kim Liên"), "2027-06-30"),
        Exp("Duy trì hoạt động “Ngày Pháp luật”", ("Văn phòng HĐND và UBND xã",), (), "2027-12-31"),
        Exp("Phổ biến pháp luật về hòa giải ở cơ sở", ("Ủy ban MTTQ Việt Nam xã",),
            ("Các tổ hòa giải ở cơ sở",), "2027-09-30"),
        Exp("Tuyên truyền pháp luật về bảo hiểm xã hội", ("Phòng Văn hóa - Xã hội",),
            ("HLHPN xã", "Hội Nông dân xã", "Hội CCB xã"), "2027-09-30"),
        Exp("Tự đánh giá, chấm điểm xã đạt chuẩn", ("Hội đồng đánh giá chuẩn tiếp cận pháp luật xã",),
            ("Văn phòng HĐND và UBND xã",), "2027-12-31", on_request=True),
    ],
)

# ---------------------------------------------------------------- 10. Tỉnh Đoàn, loose prose
PLAN_DOAN = Plan(
    name="hatinh_tinhdoan_prose",
    blocks=[
        *_head(
            "BCH ĐOÀN TỈNH HÀ TĨNH",
            "BAN THƯỜNG VỤ",
            "85-KH/TĐTN-TG",
            "Hà Tĩnh, ngày 18 tháng 02 năm 2026",
            "Tăng cường công tác tuyên truyền, giáo dục pháp luật cho đoàn viên, thanh thiếu nhi năm 2026",
        ),
        P("Căn cứ Luật Thanh niên năm 2020; Chương trình công tác Đoàn và phong trào thanh thiếu nhi năm "
          "2026 của Ban Thường vụ Tỉnh đoàn; Kế hoạch số 60/KH-UBND ngày 27/01/2026 của UBND tỉnh Hà "
          "Tĩnh, Ban Thường vụ Tỉnh đoàn ban hành Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Giúp đoàn viên, thanh thiếu nhi hiểu và chấp hành pháp luật; phát huy vai trò xung kích của "
          "tuổi trẻ trong tuyên truyền pháp luật tại cộng đồng. Hoạt động gắn với các phong trào lớn của "
          "Đoàn."),
        P("II. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True),
        P("1. Tổ chức đợt sinh hoạt chính trị về Hiến pháp và pháp luật trong đoàn viên", bold=True),
        P("Ban Tuyên giáo Tỉnh đoàn chủ trì xây dựng hướng dẫn và tài liệu sinh hoạt. Các cơ sở Đoàn trực "
          "thuộc phối hợp triển khai đến từng chi đoàn. Thời gian: tháng 3/2026."),
        P("2. Ra quân đội hình thanh niên tình nguyện tuyên truyền pháp luật hè", bold=True),
        P("Giao Ban Phong trào Tỉnh đoàn chủ trì. Đề nghị Sở Tư pháp hỗ trợ tài liệu, báo cáo viên; Công "
          "an tỉnh phối hợp bảo đảm an ninh, trật tự trong thời gian ra quân. Thời gian: tháng 6 - 8/2026."),
        P("3. Thành lập, duy trì các câu lạc bộ “Thanh niên với pháp luật”", bold=True),
        P("Đoàn các xã, phường chủ trì; Ban Tổ chức - Kiểm tra Tỉnh đoàn phối hợp hướng dẫn, theo dõi. Thời "
          "gian: cả năm."),
        P("4. Phổ biến pháp luật cho thanh niên công nhân tại các khu kinh tế, khu công nghiệp", bold=True),
        P("Đề nghị LĐLĐ tỉnh phối hợp. Đoàn Khối các cơ quan và doanh nghiệp tỉnh chủ trì thực hiện trong "
          "quý III/2026."),
        P("5. Tuyên truyền pháp luật về nghĩa vụ quân sự cho thanh niên chuẩn bị nhập ngũ", bold=True),
        P("Ban Phong trào Tỉnh đoàn chủ trì, phối hợp với Bộ CHQS tỉnh và Hội CCB tỉnh; thực hiện sau khi "
          "UBND tỉnh giao chỉ tiêu tuyển quân năm 2027."),
        P("6. Phát động cuộc thi tìm hiểu pháp luật trực tuyến trên Cổng thông tin điện tử Tỉnh đoàn",
          bold=True),
        P("Ban Tuyên giáo Tỉnh đoàn chủ trì, phối hợp Ban Thanh niên trường học và Hội đồng Đội tỉnh. "
          "Thời gian: 15/10 - 15/11/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các cơ sở Đoàn trực thuộc xây dựng kế hoạch triển khai, gửi về Tỉnh đoàn (qua Ban Tuyên giáo) "
          "trước ngày 10/3/2026; báo cáo kết quả năm trước ngày 15/11/2026. Ban Tuyên giáo Tỉnh đoàn theo "
          "dõi, tổng hợp, đề xuất khen thưởng."),
        *_sign(["Trung ương Đoàn (b/c);", "Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c);", "Sở Tư pháp;",
                "Các ban, đơn vị Tỉnh đoàn;", "Các cơ sở Đoàn trực thuộc;"],
               "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN\nPHÓ BÍ THƯ", "Trần Quốc Việt"),
    ],
    expected=[
        Exp("Tổ chức đợt sinh hoạt chính trị", ("Ban Tuyên giáo Tỉnh đoàn",), ("Các cơ sở Đoàn trực thuộc",),
            "2026-03-31"),
        Exp("Ra quân đội hình thanh niên tình nguyện", ("Ban Phong trào Tỉnh đoàn",),
            ("Sở Tư pháp", "Công an tỉnh"), "2026-08-31"),
        Exp("Thành lập, duy trì các câu lạc bộ", ("Đoàn các xã, phường",),
            ("Ban Tổ chức - Kiểm tra Tỉnh đoàn",), "2026-12-31"),
        Exp("Phổ biến pháp luật cho thanh niên công nhân", ("Đoàn Khối các cơ quan và doanh nghiệp tỉnh",),
            ("LĐLĐ tỉnh",), "2026-09-30"),
        Exp("Tuyên truyền pháp luật về nghĩa vụ quân sự", ("Ban Phong trào Tỉnh đoàn",),
            ("Bộ CHQS tỉnh", "Hội CCB tỉnh"), "2026-12-31", on_request=True),
        Exp("Phát động cuộc thi tìm hiểu pháp luật", ("Ban Tuyên giáo Tỉnh đoàn",),
            ("Ban Thanh niên trường học", "Hội đồng Đội tỉnh"), "2026-11-15"),
    ],
)

PLANS: list[Plan] = [
    PLAN_QNG,
    PLAN_STP,
    PLAN_XA,
    PLAN_LDLD,
    PLAN_PHUONG,
    PLAN_SGD,
    PLAN_HPN,
    PLAN_NNMT,
    PLAN_XA2027,
    PLAN_DOAN,
]
