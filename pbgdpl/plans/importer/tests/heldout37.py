"""Held-out evaluation set 37: ten yearly PBGDPL plans of ten Vietnamese agencies, answers typed by hand.

1. UBND tỉnh Quảng Trị: grid table STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian | Sản phẩm,
   roman-numeral group rows, event-triggered row, quarter/month ranges.
2. Sở Y tế thành phố Cần Thơ: bold "1." headings, labels "Đơn vị chủ trì:", "Đơn vị phối hợp:",
   "Thời gian thực hiện:" on their own lines; one "Đơn vị thực hiện:" without coord; "sau khi ... ban hành".
3. UBND phường Hải Châu (Đà Nẵng): non-bold "a)", "b)", "đ)" items, prose assignments ("Giao X chủ trì,
   phối hợp với Y", "X chủ trì; Y phối hợp", "Đề nghị X"), date deadline, "khi có văn bản hướng dẫn".
4. Trường THPT Nguyễn Trãi (Hải Phòng), school year 2026-2027: table without STT, semester group rows,
   persons as units (Phó Hiệu trưởng, Bí thư Đoàn trường, Giáo viên chủ nhiệm), month ranges across years.
5. Bệnh viện Đa khoa tỉnh Nghệ An: "-" items with inline "Thực hiện: ...; phối hợp: .... Thời gian: ...",
   a name with commas and a dash, "chủ trì ... phối hợp" inside the label, on_request item.
6. Công ty TNHH MTV Xổ số kiến thiết Khánh Hòa: roman numerals, group heading "1." with "1.1.", "1.2.",
   "- Chủ trì thực hiện: ...; phối hợp: ..." and "- Tiến độ: ..." lines, person (Kiểm soát viên) as lead.
7. Hội LHPN tỉnh Lâm Đồng: bold numbered items, one item split into "+" assignment blocks, "Đề nghị ...".
8. Hội đồng phối hợp PBGDPL tỉnh Đồng Nai: table with 2-row header (Đơn vị thực hiện: Chủ trì / Phối hợp),
   Kinh phí and Ghi chú columns, unit list with a comma-name, "Theo đề nghị của Bộ Tư pháp".
9. Bảo hiểm xã hội tỉnh Gia Lai: "1)" items, prose "X có trách nhiệm chủ trì, phối hợp với Y", "Thời hạn:".
10. UBND xã Tam Nông (Đồng Tháp): table STT | Nội dung | Thời gian | Đơn vị thực hiện | Sản phẩm, with lead and
   coord mixed in one cell ("X chủ trì; Y phối hợp"), a person as lead, "Trước ngày 15/12/2026".
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
        P(sub, bold=True, center=True),
    ]


def _end(recipients: list[str], role: str, signer: str) -> list[P | T]:
    out: list[P | T] = [P("Nơi nhận:", bold=True)]
    out += [P(f"- {r}") for r in recipients]
    out += [P("- Lưu: VT."), P(role, bold=True, center=True), P("(Đã ký)", center=True),
            P(signer, bold=True, center=True)]
    return out


LAW_BASE = "Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;"

# ---------------------------------------------------------------- 1. UBND tỉnh Quảng Trị
PLAN_QT = Plan(
    "ubnd_quang_tri",
    _head("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "27/KH-UBND", "Quảng Trị, ngày 20 tháng 01 năm 2026",
          "Phổ biến, giáo dục pháp luật; hòa giải ở cơ sở; xây dựng cấp xã đạt chuẩn tiếp cận pháp luật",
          "năm 2026")
    + [
        P(LAW_BASE),
        P("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
        P("Căn cứ Quyết định số 3796/QĐ-BTP ngày 30 tháng 12 năm 2025 của Bộ Tư pháp ban hành Kế hoạch "
          "công tác phổ biến, giáo dục pháp luật năm 2026;"),
        P("Theo đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 11/TTr-STP ngày 12/01/2026, Ủy ban nhân dân "
          "tỉnh ban hành Kế hoạch thực hiện như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Tiếp tục triển khai hiệu quả Kết luận số 80-KL/TW của Ban Bí thư; nâng cao ý thức chấp hành "
          "pháp luật của cán bộ, công chức, viên chức và Nhân dân trên địa bàn tỉnh sau sắp xếp."),
        P("2. Bám sát nhiệm vụ chính trị của tỉnh, bảo đảm thiết thực, tránh hình thức, lãng phí; gắn trách "
          "nhiệm người đứng đầu cơ quan, đơn vị với công tác phổ biến, giáo dục pháp luật."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("(Chi tiết tại Phụ lục kèm theo Kế hoạch này)"),
        P("PHỤ LỤC: CÁC NHIỆM VỤ PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT NĂM 2026", bold=True, center=True),
        T((
            ("STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện",
             "Sản phẩm"),
            ("I", "CÔNG TÁC THAM MƯU, CHỈ ĐẠO, ĐIỀU HÀNH", "", "", "", ""),
            ("1", "Tham mưu ban hành Kế hoạch phổ biến, giáo dục pháp luật năm 2027 của tỉnh", "Sở Tư pháp",
             "Các sở, ban, ngành tỉnh", "Tháng 12/2026", "Kế hoạch của UBND tỉnh"),
            ("2", "Kiện toàn Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh", "Sở Tư pháp", "Sở Nội vụ",
             "Khi có sự thay đổi về nhân sự thành viên", "Quyết định của Chủ tịch UBND tỉnh"),
            ("II", "PHỔ BIẾN VĂN BẢN PHÁP LUẬT MỚI", "", "", "", ""),
            ("3", "Phổ biến Luật Tổ chức chính quyền địa phương năm 2025 và các văn bản hướng dẫn cho cán bộ, "
             "công chức cấp xã", "Sở Nội vụ", "Sở Tư pháp; UBND các xã, phường, đặc khu", "Quý II/2026",
             "Hội nghị trực tuyến"),
            ("4", "Tuyên truyền pháp luật về đất đai, bảo vệ môi trường cho người dân vùng tái định cư, "
             "vùng ven biển", "Sở Nông nghiệp và Môi trường",
             "UBND các xã, phường, đặc khu; Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Quý II, III/2026",
             "Tài liệu, hội nghị"),
            ("5", "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam "
             "(09/11)", "Sở Tư pháp",
             "Các thành viên Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh", "Tháng 10 - 11/2026",
             "Báo cáo kết quả"),
            ("III", "ỨNG DỤNG CÔNG NGHỆ THÔNG TIN, CHUYỂN ĐỔI SỐ", "", "", "", ""),
            ("6", "Cập nhật, đăng tải văn bản pháp luật mới lên Cổng thông tin điện tử tỉnh",
             "Văn phòng UBND tỉnh", "Sở Tư pháp", "Thường xuyên", "Tin, bài đăng tải"),
            ("7", "Duy trì chuyên mục “Pháp luật và đời sống” trên sóng phát thanh, truyền hình",
             "Báo và Phát thanh, Truyền hình Quảng Trị", "Sở Tư pháp, Công an tỉnh", "Hằng tháng",
             "12 chuyên mục"),
            ("8", "Phổ biến pháp luật về trật tự, an toàn giao thông, phòng, chống ma túy trong thanh thiếu "
             "niên", "Công an tỉnh", "Sở Giáo dục và Đào tạo; Tỉnh đoàn", "Từ tháng 3 đến tháng 9/2026",
             "Hội nghị, tờ gấp"),
        ), (10, 52, 30, 38, 30, 30)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các xã, phường, đặc khu căn cứ Kế hoạch này "
          "xây dựng kế hoạch của cơ quan, đơn vị, địa phương mình và tổ chức thực hiện."),
        P("2. Sở Tư pháp theo dõi, đôn đốc, tổng hợp kết quả, báo cáo UBND tỉnh và Bộ Tư pháp trước ngày "
          "20/11/2026."),
        P("3. Kinh phí thực hiện được bố trí trong dự toán ngân sách năm 2026 của các cơ quan, đơn vị."),
    ]
    + _end(["Bộ Tư pháp (b/c);", "TT Tỉnh ủy, TT HĐND tỉnh (b/c);", "CT, các PCT UBND tỉnh;",
            "Các sở, ban, ngành tỉnh;", "UBND các xã, phường, đặc khu;"],
           "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hoàng Nam"),
    [
        Exp("Tham mưu ban hành Kế hoạch phổ biến", ("Sở Tư pháp",), ("Các sở, ban, ngành tỉnh",),
            "2026-12-31"),
        Exp("Kiện toàn Hội đồng phối hợp phổ biến", ("Sở Tư pháp",), ("Sở Nội vụ",), "2026-12-31", True),
        Exp("Phổ biến Luật Tổ chức chính quyền địa phương", ("Sở Nội vụ",),
            ("Sở Tư pháp", "UBND các xã, phường, đặc khu"), "2026-06-30"),
        Exp("Tuyên truyền pháp luật về đất đai, bảo vệ môi trường", ("Sở Nông nghiệp và Môi trường",),
            ("UBND các xã, phường, đặc khu", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"), "2026-09-30"),
        Exp("Tổ chức các hoạt động hưởng ứng Ngày Pháp luật", ("Sở Tư pháp",),
            ("Các thành viên Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh",), "2026-11-30"),
        Exp("Cập nhật, đăng tải văn bản pháp luật mới", ("Văn phòng UBND tỉnh",), ("Sở Tư pháp",),
            "2026-12-31"),
        Exp("Duy trì chuyên mục “Pháp luật và đời sống”", ("Báo và Phát thanh, Truyền hình Quảng Trị",),
            ("Sở Tư pháp", "Công an tỉnh"), "2026-12-31"),
        Exp("Phổ biến pháp luật về trật tự, an toàn giao thông", ("Công an tỉnh",),
            ("Sở Giáo dục và Đào tạo", "Tỉnh đoàn"), "2026-09-30"),
    ],
)

# ---------------------------------------------------------------- 2. Sở Y tế Cần Thơ
PLAN_YT = Plan(
    "so_y_te_can_tho",
    _head("UBND THÀNH PHỐ CẦN THƠ", "SỞ Y TẾ", "145/KH-SYT", "Cần Thơ, ngày 05 tháng 02 năm 2026",
          "Công tác phổ biến, giáo dục pháp luật ngành Y tế", "năm 2026")
    + [
        P(LAW_BASE),
        P("Căn cứ Kế hoạch số 19/KH-UBND ngày 22 tháng 01 năm 2026 của Ủy ban nhân dân thành phố Cần Thơ về "
          "phổ biến, giáo dục pháp luật năm 2026;"),
        P("Sở Y tế xây dựng Kế hoạch phổ biến, giáo dục pháp luật năm 2026 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Nâng cao hiểu biết, ý thức tuân thủ pháp luật của công chức, viên chức, người lao động ngành "
          "Y tế và người hành nghề khám bệnh, chữa bệnh."),
        P("- Nội dung phổ biến phải trọng tâm, phù hợp từng đối tượng; kết hợp với nhiệm vụ chuyên môn."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        P("1. Phổ biến Luật Khám bệnh, chữa bệnh năm 2023 và các nghị định hướng dẫn thi hành", bold=True),
        P("Tổ chức hội nghị quán triệt cho lãnh đạo các bệnh viện, người phụ trách chuyên môn kỹ thuật."),
        P("Đơn vị chủ trì: Phòng Nghiệp vụ Y"),
        P("Đơn vị phối hợp: Văn phòng Sở; các bệnh viện, trung tâm y tế trực thuộc"),
        P("Thời gian thực hiện: Quý I/2026"),
        P("2. Tuyên truyền pháp luật về an toàn thực phẩm trong Tháng hành động vì an toàn thực phẩm",
          bold=True),
        P("Đơn vị chủ trì: Chi cục An toàn vệ sinh thực phẩm"),
        P("Đơn vị phối hợp: Trung tâm Kiểm soát bệnh tật thành phố, UBND các xã, phường"),
        P("Thời gian thực hiện: Từ ngày 15/4 đến ngày 15/5/2026"),
        P("3. Phổ biến pháp luật về dược, mỹ phẩm cho các cơ sở kinh doanh dược", bold=True),
        P("Đơn vị chủ trì: Phòng Nghiệp vụ Dược"),
        P("Đơn vị phối hợp: Hội Dược học thành phố"),
        P("Thời gian thực hiện: Quý II và Quý III/2026"),
        P("4. Phổ biến quy định về quy tắc ứng xử của công chức, viên chức, người lao động ngành y tế",
          bold=True),
        P("Đơn vị chủ trì: Phòng Tổ chức cán bộ"),
        P("Đơn vị phối hợp: Công đoàn ngành Y tế"),
        P("Thời gian thực hiện: Thường xuyên"),
        P("5. Cập nhật văn bản quy phạm pháp luật mới trên Trang thông tin điện tử của Sở", bold=True),
        P("Đơn vị thực hiện: Văn phòng Sở"),
        P("Thời gian thực hiện: Hằng quý"),
        P("6. Tập huấn văn bản mới về bảo hiểm y tế cho cán bộ làm công tác giám định, thanh toán", bold=True),
        P("Đơn vị chủ trì: Phòng Kế hoạch - Tài chính"),
        P("Đơn vị phối hợp: Bảo hiểm xã hội thành phố Cần Thơ"),
        P("Thời gian thực hiện: Sau khi Nghị định hướng dẫn Luật Bảo hiểm y tế sửa đổi được ban hành"),
        P("7. Truyền thông pháp luật về dân số, phòng, chống bạo lực trên cơ sở giới", bold=True),
        P("Đơn vị chủ trì: Chi cục Dân số"),
        P("Đơn vị phối hợp: Hội Liên hiệp Phụ nữ thành phố và Trung tâm Kiểm soát bệnh tật thành phố"),
        P("Thời gian thực hiện: Tháng 6 và tháng 12/2026"),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Thủ trưởng các phòng, chi cục, đơn vị trực thuộc Sở triển khai Kế hoạch; gửi báo cáo kết quả về "
          "Văn phòng Sở trước ngày 10/11/2026 để tổng hợp, báo cáo Sở Tư pháp."),
    ]
    + _end(["Sở Tư pháp;", "Ban Giám đốc Sở;", "Các phòng, chi cục, đơn vị trực thuộc;"],
           "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Trần Thị Ngọc Lan"),
    [
        Exp("Phổ biến Luật Khám bệnh, chữa bệnh năm 2023", ("Phòng Nghiệp vụ Y",),
            ("Văn phòng Sở", "các bệnh viện, trung tâm y tế trực thuộc"), "2026-03-31"),
        Exp("Tuyên truyền pháp luật về an toàn thực phẩm", ("Chi cục An toàn vệ sinh thực phẩm",),
            ("Trung tâm Kiểm soát bệnh tật thành phố", "UBND các xã, phường"), "2026-05-15"),
        Exp("Phổ biến pháp luật về dược, mỹ phẩm", ("Phòng Nghiệp vụ Dược",), ("Hội Dược học thành phố",),
            "2026-09-30"),
        Exp("Phổ biến quy định về quy tắc ứng xử", ("Phòng Tổ chức cán bộ",), ("Công đoàn ngành Y tế",),
            "2026-12-31"),
        Exp("Cập nhật văn bản quy phạm pháp luật mới", ("Văn phòng Sở",), (), "2026-12-31"),
        Exp("Tập huấn văn bản mới về bảo hiểm y tế", ("Phòng Kế hoạch - Tài chính",),
            ("Bảo hiểm xã hội thành phố Cần Thơ",), "2026-12-31", True),
        Exp("Truyền thông pháp luật về dân số", ("Chi cục Dân số",),
            ("Hội Liên hiệp Phụ nữ thành phố", "Trung tâm Kiểm soát bệnh tật thành phố"), "2026-12-31"),
    ],
)

# ---------------------------------------------------------------- 3. UBND phường Hải Châu
PLAN_HC = Plan(
    "ubnd_phuong_hai_chau",
    _head("THÀNH PHỐ ĐÀ NẴNG", "ỦY BAN NHÂN DÂN PHƯỜNG HẢI CHÂU", "18/KH-UBND",
          "Hải Châu, ngày 23 tháng 01 năm 2026",
          "Triển khai công tác phổ biến, giáo dục pháp luật và hòa giải ở cơ sở", "trên địa bàn phường năm 2026")
    + [
        P(LAW_BASE),
        P("Căn cứ Luật Hòa giải ở cơ sở ngày 20 tháng 6 năm 2013;"),
        P("Căn cứ Kế hoạch số 52/KH-UBND ngày 14/01/2026 của UBND thành phố Đà Nẵng về công tác phổ biến, "
          "giáo dục pháp luật năm 2026;"),
        P("UBND phường Hải Châu ban hành Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH", bold=True),
        P("Đưa pháp luật đến gần người dân, hộ kinh doanh trên địa bàn phường; góp phần giữ gìn trật tự, "
          "mỹ quan đô thị và xây dựng phường văn minh."),
        P("II. YÊU CẦU", bold=True),
        P("Các nhiệm vụ phải có địa chỉ thực hiện cụ thể, thời gian hoàn thành rõ ràng."),
        P("III. NỘI DUNG, NHIỆM VỤ", bold=True),
        P("a) Tuyên truyền, phổ biến các quy định về trật tự đô thị, sử dụng tạm thời lòng đường, vỉa hè trên "
          "các tuyến phố chính. Giao Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp với Công an phường và "
          "Trưởng các tổ dân phố thực hiện. Thời gian: cả năm 2026."),
        P("b) Phổ biến pháp luật về phòng cháy, chữa cháy và cứu nạn, cứu hộ đối với nhà ở kết hợp sản xuất, "
          "kinh doanh. Công an phường chủ trì; Văn phòng HĐND và UBND phường, Ban Chỉ huy Quân sự phường phối "
          "hợp. Thời gian: Quý I và tháng 10/2026."),
        P("c) Niêm yết công khai thủ tục hành chính và hướng dẫn người dân thực hiện dịch vụ công trực tuyến "
          "toàn trình. Giao Trung tâm Phục vụ hành chính công phường thực hiện thường xuyên."),
        P("d) Tổ chức hội nghị phổ biến Luật Đất đai năm 2024 và các quy định về cấp Giấy chứng nhận cho người "
          "dân. Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp Ủy ban Mặt trận Tổ quốc Việt Nam phường tổ "
          "chức. Thời gian: tháng 7/2026."),
        P("đ) Phổ biến pháp luật về hôn nhân và gia đình, phòng, chống bạo lực gia đình. Giao Phòng Văn hóa - "
          "Xã hội chủ trì; Hội Liên hiệp Phụ nữ phường, Đoàn Thanh niên phường phối hợp. Thời gian thực hiện: "
          "tháng 6/2026 (Tháng hành động quốc gia về phòng, chống bạo lực gia đình)."),
        P("e) Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam. Văn phòng HĐND và UBND phường "
          "chủ trì, tham mưu; các ban, ngành, đoàn thể phường phối hợp. Hoàn thành trước ngày 05/11/2026."),
        P("g) Rà soát, kiện toàn tổ hòa giải ở cơ sở sau khi sắp xếp tổ dân phố. Đề nghị Ủy ban Mặt trận Tổ "
          "quốc Việt Nam phường chủ trì, phối hợp với Văn phòng HĐND và UBND phường thực hiện khi có văn bản "
          "hướng dẫn của Sở Tư pháp."),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Văn phòng HĐND và UBND phường là đầu mối theo dõi, tổng hợp; các đơn vị báo cáo kết quả trước ngày "
          "15/11/2026. Kinh phí thực hiện từ nguồn ngân sách phường năm 2026."),
    ]
    + _end(["UBND thành phố (b/c);", "Sở Tư pháp;", "TT Đảng ủy, TT HĐND phường;",
            "Các phòng, đơn vị thuộc UBND phường;"],
           "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Lê Văn Phúc"),
    [
        Exp("Tuyên truyền, phổ biến các quy định về trật tự đô thị", ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Công an phường", "Trưởng các tổ dân phố"), "2026-12-31"),
        Exp("Phổ biến pháp luật về phòng cháy, chữa cháy", ("Công an phường",),
            ("Văn phòng HĐND và UBND phường", "Ban Chỉ huy Quân sự phường"), "2026-10-31"),
        Exp("Niêm yết công khai thủ tục hành chính", ("Trung tâm Phục vụ hành chính công phường",), (),
            "2026-12-31"),
        Exp("Tổ chức hội nghị phổ biến Luật Đất đai", ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam phường",), "2026-07-31"),
        Exp("Phổ biến pháp luật về hôn nhân và gia đình", ("Phòng Văn hóa - Xã hội",),
            ("Hội Liên hiệp Phụ nữ phường", "Đoàn Thanh niên phường"), "2026-06-30"),
        Exp("Hưởng ứng Ngày Pháp luật nước Cộng hòa", ("Văn phòng HĐND và UBND phường",),
            ("các ban, ngành, đoàn thể phường",), "2026-11-05"),
        Exp("Rà soát, kiện toàn tổ hòa giải ở cơ sở", ("Ủy ban Mặt trận Tổ quốc Việt Nam phường",),
            ("Văn phòng HĐND và UBND phường",), "2026-12-31", True),
    ],
)

# ---------------------------------------------------------------- 4. Trường THPT Nguyễn Trãi
PLAN_TH = Plan(
    "thpt_nguyen_trai",
    _head("SỞ GIÁO DỤC VÀ ĐÀO TẠO HẢI PHÒNG", "TRƯỜNG THPT NGUYỄN TRÃI", "86/KH-THPTNT",
          "Hải Phòng, ngày 12 tháng 9 năm 2026",
          "Tuyên truyền, phổ biến, giáo dục pháp luật", "năm học 2026 - 2027")
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012;"),
        P("Căn cứ Thông tư số 32/2020/TT-BGDĐT ngày 15/9/2020 của Bộ Giáo dục và Đào tạo ban hành Điều lệ "
          "trường trung học cơ sở, trường trung học phổ thông và trường phổ thông có nhiều cấp học;"),
        P("Căn cứ Công văn số 2150/SGDĐT-CTTT ngày 28/8/2026 của Sở Giáo dục và Đào tạo về hướng dẫn công tác "
          "phổ biến, giáo dục pháp luật năm học 2026 - 2027;"),
        P("Trường THPT Nguyễn Trãi xây dựng kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Giúp học sinh hình thành ý thức tôn trọng pháp luật, thực hiện nội quy nhà trường, phòng ngừa vi "
          "phạm pháp luật trong lứa tuổi học đường."),
        P("- Cán bộ, giáo viên, nhân viên gương mẫu chấp hành pháp luật; lồng ghép giáo dục pháp luật hợp lý."),
        P("II. NỘI DUNG VÀ LỊCH THỰC HIỆN", bold=True),
        T((
            ("Nội dung công việc", "Thời gian", "Người/bộ phận thực hiện", "Phối hợp", "Ghi chú"),
            ("HỌC KỲ I", "", "", "", ""),
            ("Xây dựng và ban hành kế hoạch phổ biến, giáo dục pháp luật năm học 2026 - 2027", "Tháng 9/2026",
             "Phó Hiệu trưởng phụ trách hoạt động giáo dục", "Tổ Văn phòng", ""),
            ("Lồng ghép nội dung giáo dục pháp luật vào môn Giáo dục kinh tế và pháp luật",
             "Tháng 9/2026 - tháng 5/2027", "Tổ Sử - Địa - GDKT&PL", "Giáo viên chủ nhiệm", "Theo PPCT"),
            ("Tổ chức chuyên đề “An toàn giao thông cho nụ cười ngày mai”", "Tháng 10/2026",
             "Bí thư Đoàn trường", "Công an phường Thành Đông", "Dưới cờ"),
            ("Tuyên truyền phòng, chống bạo lực học đường, xâm hại trẻ em trên không gian mạng",
             "Tháng 11 - 12/2026", "Đoàn trường; Giáo viên chủ nhiệm", "Tổ Tư vấn tâm lý học đường", ""),
            ("HỌC KỲ II", "", "", "", ""),
            ("Phổ biến quy chế thi tốt nghiệp trung học phổ thông năm 2027 cho học sinh lớp 12",
             "Tháng 3/2027", "Phó Hiệu trưởng phụ trách chuyên môn", "Giáo viên chủ nhiệm lớp 12", ""),
            ("Tổ chức cuộc thi tìm hiểu pháp luật về phòng, chống ma túy, thuốc lá điện tử",
             "Tháng 3 - 4/2027", "Bí thư Đoàn trường", "Thư viện nhà trường, Ban đại diện cha mẹ học sinh",
             "Khối 10, 11"),
            ("Sơ kết, tổng kết công tác phổ biến, giáo dục pháp luật năm học", "Tháng 01/2027 và tháng 5/2027",
             "Phó Hiệu trưởng phụ trách hoạt động giáo dục", "Tổ Văn phòng", "Báo cáo Sở"),
        ), (62, 30, 40, 40, 18)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("- Các tổ chuyên môn, giáo viên chủ nhiệm căn cứ kế hoạch triển khai đến học sinh."),
        P("- Tổ Văn phòng tổng hợp báo cáo gửi Sở Giáo dục và Đào tạo trước ngày 25/5/2027."),
    ]
    + _end(["Sở GDĐT (b/c);", "Chi bộ, BGH;", "Các tổ chuyên môn, Đoàn trường;"],
           "HIỆU TRƯỞNG", "Phạm Văn Hùng"),
    [
        Exp("Xây dựng và ban hành kế hoạch phổ biến", ("Phó Hiệu trưởng phụ trách hoạt động giáo dục",),
            ("Tổ Văn phòng",), "2026-09-30"),
        Exp("Lồng ghép nội dung giáo dục pháp luật", ("Tổ Sử - Địa - GDKT&PL",), ("Giáo viên chủ nhiệm",),
            "2027-05-31"),
        Exp("Tổ chức chuyên đề “An toàn giao thông", ("Bí thư Đoàn trường",), ("Công an phường Thành Đông",),
            "2026-10-31"),
        Exp("Tuyên truyền phòng, chống bạo lực học đường", ("Đoàn trường", "Giáo viên chủ nhiệm"),
            ("Tổ Tư vấn tâm lý học đường",), "2026-12-31"),
        Exp("Phổ biến quy chế thi tốt nghiệp", ("Phó Hiệu trưởng phụ trách chuyên môn",),
            ("Giáo viên chủ nhiệm lớp 12",), "2027-03-31"),
        Exp("Tổ chức cuộc thi tìm hiểu pháp luật", ("Bí thư Đoàn trường",),
            ("Thư viện nhà trường", "Ban đại diện cha mẹ học sinh"), "2027-04-30"),
        Exp("Sơ kết, tổng kết công tác phổ biến", ("Phó Hiệu trưởng phụ trách hoạt động giáo dục",),
            ("Tổ Văn phòng",), "2027-05-31"),
    ],
)

# ---------------------------------------------------------------- 5. Bệnh viện Đa khoa tỉnh Nghệ An
PLAN_BV = Plan(
    "bvdk_nghe_an",
    _head("SỞ Y TẾ NGHỆ AN", "BỆNH VIỆN ĐA KHOA TỈNH", "312/KH-BVĐKT", "Nghệ An, ngày 16 tháng 02 năm 2026",
          "Phổ biến, giáo dục pháp luật cho viên chức, người lao động", "năm 2026")
    + [
        P(LAW_BASE),
        P("Căn cứ Kế hoạch số 98/KH-SYT ngày 30/01/2026 của Sở Y tế Nghệ An về công tác phổ biến, giáo dục "
          "pháp luật năm 2026;"),
        P("Bệnh viện Đa khoa tỉnh xây dựng Kế hoạch phổ biến, giáo dục pháp luật năm 2026 với các nội dung "
          "sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Nâng cao nhận thức pháp luật, đạo đức nghề nghiệp của viên chức, người lao động; hạn chế sai sót "
          "chuyên môn, khiếu nại của người bệnh. Việc triển khai phải thiết thực, không ảnh hưởng công tác "
          "khám bệnh, chữa bệnh."),
        P("II. NỘI DUNG", bold=True),
        P("- Phổ biến Luật Khám bệnh, chữa bệnh và quy định về giấy phép hành nghề cho người hành nghề tại "
          "Bệnh viện. Thực hiện: Phòng Kế hoạch tổng hợp; phối hợp: Phòng Tổ chức cán bộ và Phòng Điều dưỡng. "
          "Thời gian: Quý I/2026."),
        P("- Tuyên truyền quy tắc ứng xử, đổi mới phong cách, thái độ phục vụ hướng tới sự hài lòng của người "
          "bệnh. Thực hiện: Phòng Công tác xã hội; phối hợp: các khoa lâm sàng, cận lâm sàng. Thời gian: "
          "thường xuyên."),
        P("- Phổ biến pháp luật về phòng cháy, chữa cháy và an toàn, vệ sinh lao động. Thực hiện: Phòng Hành "
          "chính quản trị; phối hợp: Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ - Công an tỉnh "
          "Nghệ An. Thời gian: tháng 4 và tháng 10/2026."),
        P("- Phổ biến quy định về đấu thầu thuốc, vật tư y tế. Thực hiện: Khoa Dược - Vật tư y tế chủ trì; "
          "Phòng Tài chính kế toán phối hợp. Thời gian: Quý II/2026."),
        P("- Hướng dẫn người bệnh, thân nhân người bệnh về quyền và nghĩa vụ khi khám bệnh, chữa bệnh bảo "
          "hiểm y tế. Thực hiện: Phòng Công tác xã hội, Phòng Kế hoạch tổng hợp. Thời gian: trong năm 2026."),
        P("- Cập nhật văn bản pháp luật mới về y tế trên hệ thống thông tin nội bộ của Bệnh viện. Thực hiện: "
          "Phòng Công nghệ thông tin; phối hợp: Phòng Tổ chức cán bộ. Thời gian: khi có văn bản mới được "
          "ban hành."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Phòng Tổ chức cán bộ là đầu mối theo dõi, tổng hợp, báo cáo Giám đốc và Sở Y tế trước ngày "
          "05/12/2026. Trưởng các khoa, phòng chịu trách nhiệm phổ biến đến từng viên chức, người lao động."),
    ]
    + _end(["Sở Y tế (b/c);", "Ban Giám đốc;", "Các khoa, phòng;"], "GIÁM ĐỐC", "Nguyễn Đức Thành"),
    [
        Exp("Phổ biến Luật Khám bệnh, chữa bệnh và quy định", ("Phòng Kế hoạch tổng hợp",),
            ("Phòng Tổ chức cán bộ", "Phòng Điều dưỡng"), "2026-03-31"),
        Exp("Tuyên truyền quy tắc ứng xử, đổi mới phong cách", ("Phòng Công tác xã hội",),
            ("các khoa lâm sàng, cận lâm sàng",), "2026-12-31"),
        Exp("Phổ biến pháp luật về phòng cháy, chữa cháy", ("Phòng Hành chính quản trị",),
            ("Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ - Công an tỉnh Nghệ An",), "2026-10-31"),
        Exp("Phổ biến quy định về đấu thầu thuốc", ("Khoa Dược - Vật tư y tế",), ("Phòng Tài chính kế toán",),
            "2026-06-30"),
        Exp("Hướng dẫn người bệnh, thân nhân người bệnh", ("Phòng Công tác xã hội", "Phòng Kế hoạch tổng hợp"),
            (), "2026-12-31"),
        Exp("Cập nhật văn bản pháp luật mới về y tế", ("Phòng Công nghệ thông tin",), ("Phòng Tổ chức cán bộ",),
            "2026-12-31", True),
    ],
)

# ---------------------------------------------------------------- 6. Công ty Xổ số kiến thiết Khánh Hòa
PLAN_XS = Plan(
    "xo_so_khanh_hoa",
    _head("UBND TỈNH KHÁNH HÒA", "CÔNG TY TNHH MTV XỔ SỐ KIẾN THIẾT KHÁNH HÒA", "09/KH-XSKT",
          "Khánh Hòa, ngày 03 tháng 3 năm 2026",
          "Phổ biến, giáo dục pháp luật cho người lao động và người quản lý doanh nghiệp", "năm 2026")
    + [
        P(LAW_BASE),
        P("Căn cứ Nghị định số 30/2007/NĐ-CP ngày 01/3/2007 của Chính phủ về kinh doanh xổ số và các văn bản "
          "sửa đổi, bổ sung;"),
        P("Căn cứ Kế hoạch số 40/KH-UBND ngày 26/01/2026 của UBND tỉnh Khánh Hòa về công tác phổ biến, giáo dục "
          "pháp luật năm 2026;"),
        P("Công ty TNHH MTV Xổ số kiến thiết Khánh Hòa ban hành Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Người lao động nắm vững quyền, nghĩa vụ theo pháp luật lao động; hoạt động kinh doanh xổ số tuân thủ "
          "đúng quy định, phòng ngừa sai phạm."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Phổ biến pháp luật cho người lao động", bold=True),
        P("1.1. Phổ biến Bộ luật Lao động, Nội quy lao động và Thỏa ước lao động tập thể của Công ty."),
        P("- Chủ trì thực hiện: Phòng Tổ chức - Hành chính; phối hợp: Công đoàn Công ty."),
        P("- Tiến độ: Quý I/2026."),
        P("1.2. Phổ biến quy định về bảo hiểm xã hội, bảo hiểm thất nghiệp cho người lao động."),
        P("- Chủ trì thực hiện: Phòng Tổ chức - Hành chính; phối hợp: Bảo hiểm xã hội tỉnh Khánh Hòa."),
        P("- Tiến độ: tháng 7/2026."),
        P("2. Phổ biến pháp luật chuyên ngành kinh doanh xổ số", bold=True),
        P("2.1. Phổ biến quy định về kinh doanh xổ số và phòng, chống rửa tiền trong hoạt động trả thưởng."),
        P("- Chủ trì thực hiện: Phòng Kế hoạch - Kinh doanh; phối hợp: Phòng Kế toán - Tài vụ."),
        P("- Tiến độ: Quý II/2026."),
        P("2.2. Hướng dẫn đại lý, người bán lẻ vé số thực hiện quy định về bán vé đúng mệnh giá."),
        P("- Chủ trì thực hiện: Phòng Kế hoạch - Kinh doanh; phối hợp: Chi nhánh Ninh Thuận."),
        P("- Tiến độ: thường xuyên."),
        P("3. Phổ biến pháp luật về phòng, chống tham nhũng, lãng phí và quản lý vốn nhà nước tại doanh nghiệp "
          "cho người quản lý", bold=True),
        P("Giao Kiểm soát viên Công ty chủ trì, phối hợp với Phòng Tổ chức - Hành chính tổ chức. Tiến độ: "
          "Quý III/2026."),
        P("4. Tổ chức cho người lao động tham gia Cuộc thi trực tuyến tìm hiểu pháp luật của tỉnh", bold=True),
        P("Đoàn Thanh niên Công ty chủ trì; Công đoàn Công ty phối hợp. Tiến độ: khi có Kế hoạch tổ chức Cuộc "
          "thi của Ban Tổ chức tỉnh."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Trưởng các phòng, chi nhánh triển khai thực hiện; Phòng Tổ chức - Hành chính tổng hợp kết quả, báo "
          "cáo Chủ tịch Công ty trước ngày 30/11/2026. Kinh phí từ nguồn chi phí quản lý của Công ty."),
    ]
    + _end(["Sở Tư pháp;", "Chủ tịch, Ban Giám đốc Công ty;", "Các phòng, chi nhánh;"],
           "GIÁM ĐỐC", "Võ Thị Thu Hà"),
    [
        Exp("Phổ biến Bộ luật Lao động, Nội quy", ("Phòng Tổ chức - Hành chính",), ("Công đoàn Công ty",),
            "2026-03-31"),
        Exp("Phổ biến quy định về bảo hiểm xã hội", ("Phòng Tổ chức - Hành chính",),
            ("Bảo hiểm xã hội tỉnh Khánh Hòa",), "2026-07-31"),
        Exp("Phổ biến quy định về kinh doanh xổ số", ("Phòng Kế hoạch - Kinh doanh",),
            ("Phòng Kế toán - Tài vụ",), "2026-06-30"),
        Exp("Hướng dẫn đại lý, người bán lẻ vé số", ("Phòng Kế hoạch - Kinh doanh",), ("Chi nhánh Ninh Thuận",),
            "2026-12-31"),
        Exp("Phổ biến pháp luật về phòng, chống tham nhũng", ("Kiểm soát viên Công ty",),
            ("Phòng Tổ chức - Hành chính",), "2026-09-30"),
        Exp("Tổ chức cho người lao động tham gia", ("Đoàn Thanh niên Công ty",), ("Công đoàn Công ty",),
            "2026-12-31", True),
    ],
)

# ---------------------------------------------------------------- 7. Hội LHPN tỉnh Lâm Đồng
PLAN_PN = Plan(
    "hoi_phu_nu_lam_dong",
    _head("ỦY BAN MTTQ VIỆT NAM TỈNH LÂM ĐỒNG", "HỘI LIÊN HIỆP PHỤ NỮ TỈNH", "21/KH-HPN",
          "Lâm Đồng, ngày 10 tháng 02 năm 2026",
          "Tuyên truyền, phổ biến, giáo dục pháp luật cho cán bộ, hội viên, phụ nữ", "năm 2026")
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012;"),
        P("Căn cứ Chương trình công tác năm 2026 của Trung ương Hội Liên hiệp Phụ nữ Việt Nam;"),
        P("Căn cứ Kế hoạch số 33/KH-UBND ngày 20/01/2026 của UBND tỉnh Lâm Đồng về phổ biến, giáo dục pháp "
          "luật năm 2026;"),
        P("Ban Thường vụ Hội LHPN tỉnh xây dựng Kế hoạch thực hiện như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Nâng cao hiểu biết pháp luật cho hội viên, phụ nữ, nhất là phụ nữ vùng đồng bào dân tộc thiểu số, "
          "vùng biên giới, hải đảo; phát huy vai trò của các cấp Hội trong giám sát, phản biện xã hội."),
        P("II. ĐỐI TƯỢNG", bold=True),
        P("Cán bộ Hội các cấp, hội viên, phụ nữ trên địa bàn tỉnh."),
        P("III. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True),
        P("1. Quán triệt, triển khai các văn bản chỉ đạo của Trung ương Hội về công tác pháp luật", bold=True),
        P("Ban Tuyên giáo chủ trì, phối hợp Văn phòng tham mưu Ban Thường vụ tổ chức hội nghị quán triệt. Thời "
          "gian: Quý I/2026."),
        P("2. Tuyên truyền pháp luật về hôn nhân và gia đình, bình đẳng giới", bold=True),
        P("+ Biên soạn tài liệu hỏi - đáp pháp luật về hôn nhân và gia đình bằng song ngữ: Ban Gia đình - Xã "
          "hội chủ trì; thời gian: Quý I/2026."),
        P("+ Tổ chức sinh hoạt chuyên đề pháp luật tại chi hội, tổ phụ nữ: Hội LHPN các xã, phường, đặc khu "
          "thực hiện; thời gian: từ tháng 4 đến tháng 11/2026."),
        P("3. Phối hợp tổ chức trợ giúp pháp lý lưu động cho phụ nữ dân tộc thiểu số", bold=True),
        P("Ban Gia đình - Xã hội chủ trì. Đề nghị Trung tâm Trợ giúp pháp lý nhà nước tỉnh phối hợp cử trợ "
          "giúp viên pháp lý. Thời gian: tháng 5 - 8/2026."),
        P("4. Tuyên truyền pháp luật về phòng, chống mua bán người tại các xã biên giới", bold=True),
        P("Ban Tuyên giáo chủ trì, phối hợp Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Công an tỉnh và Hội LHPN các "
          "xã biên giới. Thời gian: tháng 7/2026, hưởng ứng Ngày toàn quốc phòng, chống mua bán người 30/7."),
        P("5. Hướng dẫn hội viên phụ nữ sử dụng dịch vụ công trực tuyến, phòng tránh lừa đảo qua mạng",
          bold=True),
        P("Hội LHPN các xã, phường, đặc khu chủ trì; Công an các xã, phường, đặc khu phối hợp. Thời gian: "
          "thường xuyên."),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các ban, văn phòng cơ quan Hội LHPN tỉnh và Hội LHPN các xã, phường, đặc khu xây dựng kế hoạch cụ "
          "thể; báo cáo kết quả về Ban Tuyên giáo trước ngày 15/11/2026 để tổng hợp."),
    ]
    + _end(["TW Hội LHPN Việt Nam (b/c);", "Ban Thường trực UBMTTQ tỉnh (b/c);", "Sở Tư pháp;",
            "Hội LHPN các xã, phường, đặc khu;"],
           "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH", "K' Hồng"),
    [
        Exp("Quán triệt, triển khai các văn bản chỉ đạo", ("Ban Tuyên giáo",), ("Văn phòng",), "2026-03-31"),
        Exp("Biên soạn tài liệu hỏi - đáp pháp luật", ("Ban Gia đình - Xã hội",), (), "2026-03-31"),
        Exp("Tổ chức sinh hoạt chuyên đề pháp luật", ("Hội LHPN các xã, phường, đặc khu",), (), "2026-11-30"),
        Exp("Phối hợp tổ chức trợ giúp pháp lý lưu động", ("Ban Gia đình - Xã hội",),
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh",), "2026-08-31"),
        Exp("Tuyên truyền pháp luật về phòng, chống mua bán người", ("Ban Tuyên giáo",),
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Công an tỉnh", "Hội LHPN các xã biên giới"), "2026-07-31"),
        Exp("Hướng dẫn hội viên phụ nữ sử dụng dịch vụ công", ("Hội LHPN các xã, phường, đặc khu",),
            ("Công an các xã, phường, đặc khu",), "2026-12-31"),
    ],
)

# ---------------------------------------------------------------- 8. Hội đồng phối hợp PBGDPL Đồng Nai
PLAN_HD = Plan(
    "hoi_dong_phoi_hop_dong_nai",
    _head("UBND TỈNH ĐỒNG NAI", "HỘI ĐỒNG PHỐI HỢP PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT", "02/KH-HĐPH",
          "Đồng Nai, ngày 28 tháng 01 năm 2026",
          "Hoạt động của Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh", "năm 2026")
    + [
        P(LAW_BASE),
        P("Căn cứ Quyết định số 25/2025/QĐ-TTg ngày 18/8/2025 của Thủ tướng Chính phủ về thành lập, tổ chức và "
          "hoạt động của Hội đồng phối hợp phổ biến, giáo dục pháp luật;"),
        P("Căn cứ Quyết định số 215/QĐ-UBND ngày 10/9/2025 của UBND tỉnh Đồng Nai về việc kiện toàn Hội đồng "
          "phối hợp phổ biến, giáo dục pháp luật tỉnh;"),
        P("Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh ban hành Kế hoạch hoạt động năm 2026 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Phát huy vai trò tham mưu, tư vấn của Hội đồng; tăng cường phối hợp giữa các cơ quan, tổ chức "
          "thành viên sau khi hợp nhất tỉnh Đồng Nai và tỉnh Bình Phước."),
        P("2. Xác định rõ cơ quan chủ trì, phối hợp, thời gian hoàn thành và nguồn kinh phí từng nhiệm vụ."),
        P("II. NỘI DUNG HOẠT ĐỘNG", bold=True),
        T((
            ("TT", "Nội dung hoạt động", "Đơn vị thực hiện", "", "Thời gian", "Kinh phí", "Ghi chú"),
            ("", "", "Chủ trì", "Phối hợp", "", "", ""),
            ("1", "Xây dựng Chương trình công tác năm 2026 của Hội đồng", "Sở Tư pháp",
             "Các thành viên Hội đồng", "Tháng 01/2026", "Ngân sách tỉnh", ""),
            ("2", "Tổ chức phiên họp định kỳ của Hội đồng", "Sở Tư pháp", "Văn phòng UBND tỉnh",
             "Tháng 6 và tháng 12/2026", "Ngân sách tỉnh", "02 phiên"),
            ("3", "Phổ biến pháp luật về sắp xếp đơn vị hành chính, địa giới hành chính mới", "Sở Nội vụ",
             "UBND các xã, phường", "Quý I - Quý II/2026", "Lồng ghép", ""),
            ("4", "Phổ biến pháp luật lao động, công đoàn cho người lao động trong các khu công nghiệp",
             "Ban Quản lý các Khu công nghiệp Đồng Nai", "Liên đoàn Lao động tỉnh; Sở Nội vụ",
             "Quý II, III/2026", "Doanh nghiệp hỗ trợ", ""),
            ("5", "Tuyên truyền pháp luật về an ninh mạng, phòng, chống lừa đảo công nghệ cao",
             "Công an tỉnh", "Sở Khoa học và Công nghệ, Báo và Phát thanh, Truyền hình Đồng Nai", "Cả năm",
             "Ngân sách tỉnh", ""),
            ("6", "Phổ biến pháp luật về quốc phòng, nghĩa vụ quân sự cho thanh niên trong độ tuổi",
             "Bộ Chỉ huy Quân sự tỉnh", "Tỉnh đoàn", "Tháng 11, 12/2026", "Lồng ghép", "Trước đợt giao quân"),
            ("7", "Tập huấn kỹ năng cho báo cáo viên pháp luật, tuyên truyền viên pháp luật", "Sở Tư pháp",
             "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Trước ngày 30/9/2026", "Ngân sách tỉnh", ""),
            ("8", "Tham mưu sơ kết, đánh giá hiệu quả công tác phổ biến, giáo dục pháp luật theo yêu cầu của "
             "Hội đồng phối hợp Trung ương", "Sở Tư pháp", "Các thành viên Hội đồng",
             "Theo đề nghị của Bộ Tư pháp", "", ""),
        ), (8, 52, 28, 36, 24, 22, 20)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Các thành viên Hội đồng căn cứ nhiệm vụ được phân công chủ động triển khai, báo cáo kết quả "
          "6 tháng trước ngày 10/6/2026 và báo cáo năm trước ngày 10/11/2026 về Sở Tư pháp."),
        P("2. Sở Tư pháp - Cơ quan thường trực Hội đồng theo dõi, đôn đốc, tổng hợp báo cáo Chủ tịch Hội đồng."),
    ]
    + _end(["Hội đồng phối hợp PBGDPL Trung ương (b/c);", "Bộ Tư pháp (b/c);", "Chủ tịch UBND tỉnh (b/c);",
            "Thành viên Hội đồng;"],
           "TM. HỘI ĐỒNG\nCHỦ TỊCH\nPHÓ CHỦ TỊCH UBND TỈNH", "Nguyễn Thị Hoàng"),
    [
        Exp("Xây dựng Chương trình công tác năm 2026", ("Sở Tư pháp",), ("Các thành viên Hội đồng",),
            "2026-01-31"),
        Exp("Tổ chức phiên họp định kỳ của Hội đồng", ("Sở Tư pháp",), ("Văn phòng UBND tỉnh",), "2026-12-31"),
        Exp("Phổ biến pháp luật về sắp xếp đơn vị hành chính", ("Sở Nội vụ",), ("UBND các xã, phường",),
            "2026-06-30"),
        Exp("Phổ biến pháp luật lao động, công đoàn", ("Ban Quản lý các Khu công nghiệp Đồng Nai",),
            ("Liên đoàn Lao động tỉnh", "Sở Nội vụ"), "2026-09-30"),
        Exp("Tuyên truyền pháp luật về an ninh mạng", ("Công an tỉnh",),
            ("Sở Khoa học và Công nghệ", "Báo và Phát thanh, Truyền hình Đồng Nai"), "2026-12-31"),
        Exp("Phổ biến pháp luật về quốc phòng, nghĩa vụ quân sự", ("Bộ Chỉ huy Quân sự tỉnh",), ("Tỉnh đoàn",),
            "2026-12-31"),
        Exp("Tập huấn kỹ năng cho báo cáo viên", ("Sở Tư pháp",), ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",),
            "2026-09-30"),
        Exp("Tham mưu sơ kết, đánh giá hiệu quả", ("Sở Tư pháp",), ("Các thành viên Hội đồng",), "2026-12-31",
            True),
    ],
)

# ---------------------------------------------------------------- 9. Bảo hiểm xã hội tỉnh Gia Lai
PLAN_BH = Plan(
    "bhxh_gia_lai",
    _head("BẢO HIỂM XÃ HỘI VIỆT NAM", "BẢO HIỂM XÃ HỘI TỈNH GIA LAI", "76/KH-BHXH",
          "Gia Lai, ngày 09 tháng 02 năm 2026",
          "Phổ biến, giáo dục pháp luật về bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp", "năm 2026")
    + [
        P(LAW_BASE),
        P("Căn cứ Luật Bảo hiểm xã hội ngày 29 tháng 6 năm 2024;"),
        P("Căn cứ Quyết định số 112/QĐ-BHXH ngày 15/01/2026 của Bảo hiểm xã hội Việt Nam ban hành Kế hoạch "
          "phổ biến, giáo dục pháp luật năm 2026;"),
        P("Bảo hiểm xã hội tỉnh Gia Lai xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Góp phần mở rộng diện bao phủ bảo hiểm xã hội, bảo hiểm y tế; người lao động, người sử dụng lao "
          "động hiểu và thực hiện đúng quyền, nghĩa vụ theo quy định mới."),
        P("II. NHIỆM VỤ", bold=True),
        P("1) Tuyên truyền, phổ biến Luật Bảo hiểm xã hội năm 2024 đến người lao động và người sử dụng lao "
          "động tại các doanh nghiệp. Phòng Truyền thông có trách nhiệm chủ trì, phối hợp với Phòng Quản lý "
          "thu, sổ - thẻ và Bảo hiểm xã hội cơ sở tổ chức thực hiện."),
        P("Thời hạn: Quý I, II/2026."),
        P("2) Tổ chức hội nghị đối thoại chính sách bảo hiểm xã hội tự nguyện tại các xã vùng sâu, vùng xa. "
          "Bảo hiểm xã hội cơ sở có trách nhiệm chủ trì; đề nghị UBND các xã, phường phối hợp bố trí địa "
          "điểm, mời người dân tham dự."),
        P("Thời hạn: từ tháng 5 đến tháng 9/2026."),
        P("3) Phổ biến quy định mới về khám bệnh, chữa bệnh bảo hiểm y tế cho các cơ sở y tế ký hợp đồng. "
          "Phòng Giám định bảo hiểm y tế có trách nhiệm chủ trì, phối hợp với Sở Y tế thực hiện."),
        P("Thời hạn: trước ngày 30/6/2026."),
        P("4) Phổ biến chế độ ốm đau, thai sản, trợ cấp hưu trí xã hội theo Luật Bảo hiểm xã hội năm 2024. "
          "Phòng Chế độ bảo hiểm xã hội có trách nhiệm chủ trì, phối hợp với Sở Nội vụ thực hiện."),
        P("Thời hạn: Quý III/2026."),
        P("5) Cập nhật, hệ thống hóa văn bản quy phạm pháp luật về bảo hiểm xã hội, bảo hiểm y tế phục vụ "
          "tra cứu. Văn phòng có trách nhiệm thực hiện."),
        P("Thời hạn: thường xuyên."),
        P("6) Phối hợp với cơ quan báo chí thực hiện chuyên trang, chuyên mục về chính sách bảo hiểm. Phòng "
          "Truyền thông có trách nhiệm chủ trì, phối hợp với Báo và Phát thanh, Truyền hình Gia Lai."),
        P("Thời hạn: hằng tháng."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Trưởng các phòng, Giám đốc Bảo hiểm xã hội cơ sở triển khai thực hiện; báo cáo kết quả 6 tháng "
          "(trước ngày 15/6) và năm (trước ngày 15/11/2026) về Phòng Truyền thông để tổng hợp."),
    ]
    + _end(["BHXH Việt Nam (b/c);", "UBND tỉnh (b/c);", "Sở Tư pháp;", "Các phòng, BHXH cơ sở;"],
           "GIÁM ĐỐC", "Đinh Văn Quang"),
    [
        Exp("Tuyên truyền, phổ biến Luật Bảo hiểm xã hội", ("Phòng Truyền thông",),
            ("Phòng Quản lý thu, sổ - thẻ", "Bảo hiểm xã hội cơ sở"), "2026-06-30"),
        Exp("Tổ chức hội nghị đối thoại chính sách", ("Bảo hiểm xã hội cơ sở",), ("UBND các xã, phường",),
            "2026-09-30"),
        Exp("Phổ biến quy định mới về khám bệnh", ("Phòng Giám định bảo hiểm y tế",), ("Sở Y tế",),
            "2026-06-30"),
        Exp("Phổ biến chế độ ốm đau, thai sản", ("Phòng Chế độ bảo hiểm xã hội",), ("Sở Nội vụ",), "2026-09-30"),
        Exp("Cập nhật, hệ thống hóa văn bản quy phạm", ("Văn phòng",), (), "2026-12-31"),
        Exp("Phối hợp với cơ quan báo chí thực hiện", ("Phòng Truyền thông",),
            ("Báo và Phát thanh, Truyền hình Gia Lai",), "2026-12-31"),
    ],
)

# ---------------------------------------------------------------- 10. UBND xã Tam Nông
PLAN_XA = Plan(
    "ubnd_xa_tam_nong",
    _head("ỦY BAN NHÂN DÂN", "XÃ TAM NÔNG", "12/KH-UBND", "Tam Nông, ngày 15 tháng 01 năm 2026",
          "Phổ biến, giáo dục pháp luật, hòa giải ở cơ sở và xây dựng xã đạt chuẩn tiếp cận pháp luật",
          "năm 2026")
    + [
        P(LAW_BASE),
        P("Căn cứ Quyết định số 25/2021/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ quy định về xã, phường, "
          "thị trấn đạt chuẩn tiếp cận pháp luật;"),
        P("Căn cứ Kế hoạch số 21/KH-UBND ngày 08/01/2026 của UBND tỉnh Đồng Tháp về phổ biến, giáo dục pháp "
          "luật năm 2026;"),
        P("UBND xã Tam Nông xây dựng Kế hoạch thực hiện như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Nâng cao ý thức chấp hành pháp luật của cán bộ, công chức và Nhân dân; giải quyết kịp thời mâu "
          "thuẫn, tranh chấp nhỏ ngay tại cơ sở."),
        P("- Phân công cụ thể, gắn với trách nhiệm người đứng đầu các đơn vị; bảo đảm tiến độ."),
        P("II. NỘI DUNG THỰC HIỆN", bold=True),
        T((
            ("STT", "Nội dung công việc", "Thời gian thực hiện", "Đơn vị thực hiện", "Sản phẩm"),
            ("1", "Ban hành Kế hoạch phổ biến, giáo dục pháp luật, hòa giải ở cơ sở năm 2026", "Tháng 01/2026",
             "Văn phòng HĐND và UBND xã chủ trì", "Kế hoạch"),
            ("2", "Phổ biến pháp luật về thủy sản, đất đai, bảo vệ môi trường cho hộ nuôi trồng thủy sản",
             "Quý II/2026",
             "Phòng Kinh tế chủ trì; Hội Nông dân xã, Ủy ban Mặt trận Tổ quốc Việt Nam xã phối hợp",
             "Hội nghị"),
            ("3", "Tuyên truyền phòng, chống xâm hại trẻ em, đuối nước trẻ em mùa lũ",
             "Tháng 7 - tháng 10/2026",
             "Phòng Văn hóa - Xã hội chủ trì; Trạm Y tế xã; các trường học trên địa bàn xã phối hợp",
             "Tin bài, loa truyền thanh"),
            ("4", "Phổ biến pháp luật về an ninh trật tự, phòng, chống tội phạm ma túy", "Thường xuyên",
             "Công an xã", "Hội nghị, tin bài"),
            ("5", "Tổ chức Ngày Pháp luật Việt Nam tại các ấp", "Tháng 11/2026",
             "Phó Chủ tịch UBND xã chủ trì; Trưởng các ấp phối hợp", "Báo cáo"),
            ("6", "Củng cố, kiện toàn tổ hòa giải, bồi dưỡng kiến thức pháp luật cho hòa giải viên",
             "Quý III/2026",
             "Văn phòng HĐND và UBND xã chủ trì, phối hợp Ủy ban Mặt trận Tổ quốc Việt Nam xã",
             "Quyết định công nhận"),
            ("7", "Đánh giá, công nhận xã đạt chuẩn tiếp cận pháp luật năm 2026", "Trước ngày 15/12/2026",
             "Văn phòng HĐND và UBND xã; các ban, ngành, đoàn thể xã phối hợp", "Hồ sơ đánh giá"),
        ), (10, 62, 30, 60, 28)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Văn phòng HĐND và UBND xã là cơ quan thường trực, giúp UBND xã theo dõi, đôn đốc; tổng hợp báo "
          "cáo UBND tỉnh (qua Sở Tư pháp) trước ngày 20/11/2026."),
        P("2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể phối hợp tuyên truyền đến hội viên."),
    ]
    + _end(["Sở Tư pháp;", "TT Đảng ủy, TT HĐND xã;", "CT, các PCT UBND xã;", "Các ban, ngành, đoàn thể xã;",
            "Trưởng các ấp;"],
           "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Huỳnh Văn Tâm"),
    [
        Exp("Ban hành Kế hoạch phổ biến, giáo dục pháp luật", ("Văn phòng HĐND và UBND xã",), (), "2026-01-31"),
        Exp("Phổ biến pháp luật về thủy sản, đất đai", ("Phòng Kinh tế",),
            ("Hội Nông dân xã", "Ủy ban Mặt trận Tổ quốc Việt Nam xã"), "2026-06-30"),
        Exp("Tuyên truyền phòng, chống xâm hại trẻ em", ("Phòng Văn hóa - Xã hội",),
            ("Trạm Y tế xã", "các trường học trên địa bàn xã"), "2026-10-31"),
        Exp("Phổ biến pháp luật về an ninh trật tự", ("Công an xã",), (), "2026-12-31"),
        Exp("Tổ chức Ngày Pháp luật Việt Nam tại", ("Phó Chủ tịch UBND xã",), ("Trưởng các ấp",), "2026-11-30"),
        Exp("Củng cố, kiện toàn tổ hòa giải", ("Văn phòng HĐND và UBND xã",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam xã",), "2026-09-30"),
        Exp("Đánh giá, công nhận xã đạt chuẩn", ("Văn phòng HĐND và UBND xã",),
            ("các ban, ngành, đoàn thể xã",), "2026-12-15"),
    ],
)

PLANS: list[Plan] = [PLAN_QT, PLAN_YT, PLAN_HC, PLAN_TH, PLAN_BV, PLAN_XS, PLAN_PN, PLAN_HD, PLAN_BH, PLAN_XA]
