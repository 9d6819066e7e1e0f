"""Held-out evaluation set 25: ten plans of schools, a university, a hospital, a state enterprise,
mass organisations and the provincial PBGDPL coordination council (all written for this set only).

1. PLAN_UNI   - Trường Đại học (Đắk Lắk), năm học 2026-2027: table STT | Nội dung | Chủ trì | Phối hợp |
   Thời gian | Sản phẩm, roman-numeral group rows, month ranges across 2026-2027.
2. PLAN_HOSP  - Bệnh viện Đa khoa tỉnh Gia Lai: bold "1." headings, labels "- Đơn vị chủ trì:",
   "- Đơn vị phối hợp:", "- Thời gian thực hiện:" on their own lines, "Thường xuyên", quarters.
3. PLAN_DOAN  - Tỉnh Đoàn Khánh Hòa: "a)" items with prose "Giao Ban ... chủ trì, phối hợp với ...",
   inline time in the sentence, "Đề nghị" for a second item, event-triggered timeframe.
4. PLAN_LHPN  - Hội LHPN tỉnh Quảng Ngãi: table without STT, two-row header (Đơn vị thực hiện →
   Chủ trì / Phối hợp), "Ghi chú" column, time column before units.
5. PLAN_LDLD  - Liên đoàn Lao động tỉnh Phú Thọ: "1.1." numbering, inline "Chủ trì thực hiện: …;
   phối hợp: …. Tiến độ: …", long unit lists mixing ";" and "và".
6. PLAN_HLG   - Hội Luật gia tỉnh Lâm Đồng: roman numerals, "+" bullets for "Chủ trì"/"Phối hợp"/
   "Thời hạn", persons as units, "theo đề nghị của" (on_request).
7. PLAN_HND   - Hội Nông dân tỉnh Đồng Tháp: numbered items each with several dash-bullet assignment
   blocks ("- Ban Tuyên huấn chủ trì …", "- Hội Nông dân các xã, phường …").
8. PLAN_HDPH  - Hội đồng phối hợp PBGDPL tỉnh An Giang, plan for 2027 issued 12/2026: table STT |
   Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành, group rows "A.", "B.", long
   lists with commas inside names.
9. PLAN_CTY   - Công ty TNHH MTV Cao su (state enterprise, Gia Lai): prose "X có trách nhiệm …",
   "Đề nghị Công đoàn Công ty …", "trước ngày …" dates, "Hằng tháng".
10. PLAN_THPT - Trường THPT (Tuyên Quang), năm học 2026-2027: table STT | Thời gian | Nội dung công việc |
    Người thực hiện | Người phối hợp | Ghi chú, persons as units.
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T, _header, _purpose


def _end(lines: list[str], recipients: list[str], role: str, signer: str, head: str) -> list[P | T]:
    out: list[P | T] = [P(head, bold=True)]
    out += [P(line) for line in lines]
    out += [P("Nơi nhận:", bold=True)]
    out += [P(r) for r in recipients]
    out += [P(role, bold=True, center=True), P("(Đã ký)", center=True), P(signer, bold=True, center=True)]
    return out


# ---------------------------------------------------------------- 1. university (table, school year)
PLAN_UNI = Plan(
    name="uni_daklak",
    blocks=[
        *_header(
            "BỘ GIÁO DỤC VÀ ĐÀO TẠO",
            "TRƯỜNG ĐẠI HỌC TÂY NGUYÊN",
            "1875/KH-ĐHTN",
            "Đắk Lắk, ngày 28 tháng 8 năm 2026",
            "Phổ biến, giáo dục pháp luật cho viên chức, người lao động và người học",
            "năm học 2026 - 2027",
        ),
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20/6/2012;"),
        P("Căn cứ Quyết định số 1285/QĐ-BGDĐT ngày 14/5/2025 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành "
          "Kế hoạch phổ biến, giáo dục pháp luật trong ngành Giáo dục giai đoạn 2025 - 2030;"),
        P("Căn cứ Công văn số 4412/BGDĐT-PC ngày 05/8/2026 của Bộ Giáo dục và Đào tạo về việc hướng dẫn "
          "công tác pháp chế, phổ biến, giáo dục pháp luật năm học 2026 - 2027;"),
        P("Hiệu trưởng Trường Đại học Tây Nguyên ban hành Kế hoạch như sau:"),
        *_purpose([
            "Nâng cao nhận thức, ý thức chấp hành pháp luật của viên chức, người lao động và người học.",
            "Gắn công tác PBGDPL với nhiệm vụ đào tạo, nghiên cứu khoa học của Nhà trường.",
            "Các nội dung phổ biến phải thiết thực, đúng đối tượng, không hình thức.",
            "Phân công rõ đơn vị chủ trì, phối hợp và thời gian thực hiện.",
        ]),
        P("II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        T(
            (
                ("STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Sản phẩm"),
                ("I", "Công tác chỉ đạo, hướng dẫn", "", "", "", ""),
                ("1", "Kiện toàn Tổ pháp chế và bộ phận phụ trách công tác PBGDPL của Trường",
                 "Phòng Tổ chức cán bộ", "Phòng Hành chính - Pháp chế", "Tháng 9/2026",
                 "Quyết định kiện toàn"),
                ("2", "Ban hành văn bản hướng dẫn các khoa, phòng, trung tâm thực hiện Kế hoạch",
                 "Phòng Hành chính - Pháp chế", "Các khoa, phòng, trung tâm", "Tháng 9 - 10/2026",
                 "Công văn hướng dẫn"),
                ("II", "Phổ biến, giáo dục pháp luật", "", "", "", ""),
                ("3", "Tổ chức “Tuần sinh hoạt công dân - học sinh, sinh viên” đầu khóa cho sinh viên khóa 2026",
                 "Phòng Công tác sinh viên", "Đoàn Thanh niên; Hội Sinh viên; Công an phường Tân Lập",
                 "Tháng 9/2026", "Báo cáo kết quả"),
                ("4", "Lồng ghép nội dung pháp luật về an toàn giao thông, phòng chống ma túy vào sinh hoạt lớp",
                 "Các khoa đào tạo", "Phòng Công tác sinh viên, Đoàn Thanh niên",
                 "Tháng 10/2026 - 5/2027", "Biên bản sinh hoạt lớp"),
                ("5", "Tổ chức Cuộc thi “Sinh viên với pháp luật” năm 2027",
                 "Đoàn Thanh niên", "Khoa Luật - Chính trị; Hội Sinh viên và Phòng Tài chính - Kế toán",
                 "Quý I/2027", "Kế hoạch, thể lệ, kết quả cuộc thi"),
                ("6", "Cập nhật văn bản pháp luật mới trên Trang thông tin điện tử của Trường",
                 "Trung tâm Thông tin - Thư viện", "Phòng Hành chính - Pháp chế", "Tháng 9/2026 - 6/2027",
                 "Chuyên mục pháp luật"),
                ("III", "Kiểm tra, sơ kết, tổng kết", "", "", "", ""),
                ("7", "Tổng hợp, báo cáo kết quả công tác PBGDPL năm học 2026 - 2027",
                 "Phòng Hành chính - Pháp chế", "Các đơn vị trực thuộc Trường", "Tháng 6/2027",
                 "Báo cáo tổng kết"),
            ),
            (10, 55, 32, 38, 25, 30),
        ),
        *_end(
            [
                "1. Thủ trưởng các đơn vị có trách nhiệm triển khai Kế hoạch này đến toàn thể viên chức, "
                "người lao động và người học của đơn vị.",
                "2. Phòng Hành chính - Pháp chế là đầu mối theo dõi, đôn đốc; tổng hợp báo cáo Hiệu trưởng "
                "trước ngày 15/6/2027.",
                "3. Phòng Tài chính - Kế toán bảo đảm kinh phí từ nguồn chi thường xuyên của Trường.",
            ],
            ["- Bộ GDĐT (Vụ Pháp chế) (để b/c);", "- Ban Giám hiệu;", "- Các đơn vị;", "- Lưu: VT, HCPC."],
            "KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG",
            "Nguyễn Văn Thành",
            "III. TỔ CHỨC THỰC HIỆN",
        ),
    ],
    expected=[
        Exp("Kiện toàn Tổ pháp chế và bộ phận", ("Phòng Tổ chức cán bộ",), ("Phòng Hành chính - Pháp chế",),
            "2026-09-30"),
        Exp("Ban hành văn bản hướng dẫn các khoa", ("Phòng Hành chính - Pháp chế",),
            ("Các khoa, phòng, trung tâm",), "2026-10-31"),
        Exp("Tổ chức “Tuần sinh hoạt công dân", ("Phòng Công tác sinh viên",),
            ("Đoàn Thanh niên", "Hội Sinh viên", "Công an phường Tân Lập"), "2026-09-30"),
        Exp("Lồng ghép nội dung pháp luật về an toàn giao thông", ("Các khoa đào tạo",),
            ("Phòng Công tác sinh viên", "Đoàn Thanh niên"), "2027-05-31"),
        Exp("Tổ chức Cuộc thi “Sinh viên với pháp luật”", ("Đoàn Thanh niên",),
            ("Khoa Luật - Chính trị", "Hội Sinh viên", "Phòng Tài chính - Kế toán"), "2027-03-31"),
        Exp("Cập nhật văn bản pháp luật mới trên", ("Trung tâm Thông tin - Thư viện",),
            ("Phòng Hành chính - Pháp chế",), "2027-06-30"),
        Exp("Tổng hợp, báo cáo kết quả công tác", ("Phòng Hành chính - Pháp chế",),
            ("Các đơn vị trực thuộc Trường",), "2027-06-30"),
    ],
)


# ---------------------------------------------------------------- 2. hospital (labels on own lines)
PLAN_HOSP = Plan(
    name="hosp_gialai",
    blocks=[
        *_header(
            "SỞ Y TẾ TỈNH GIA LAI",
            "BỆNH VIỆN ĐA KHOA TỈNH",
            "215/KH-BVĐK",
            "Gia Lai, ngày 20 tháng 01 năm 2026",
            "Công tác phổ biến, giáo dục pháp luật",
            "tại Bệnh viện Đa khoa tỉnh năm 2026",
        ),
        P("Căn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15 ngày 09/01/2023;"),
        P("Căn cứ Kế hoạch số 38/KH-SYT ngày 12/01/2026 của Sở Y tế tỉnh Gia Lai về công tác phổ biến, "
          "giáo dục pháp luật năm 2026;"),
        P("Bệnh viện Đa khoa tỉnh xây dựng Kế hoạch công tác PBGDPL năm 2026 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Kịp thời phổ biến các văn bản pháp luật mới trong lĩnh vực y tế đến viên chức, người lao động "
          "của Bệnh viện; nâng cao ý thức chấp hành quy chế chuyên môn, quy tắc ứng xử."),
        P("- Bảo đảm thực hiện nghiêm quy định về quyền và nghĩa vụ của người bệnh, người hành nghề."),
        P("II. NỘI DUNG TRỌNG TÂM", bold=True),
        P("1. Phổ biến Luật Khám bệnh, chữa bệnh và các văn bản hướng dẫn thi hành", bold=True),
        P("- Hình thức: hội nghị, sinh hoạt khoa, niêm yết tại khoa, phòng."),
        P("- Đơn vị chủ trì: Phòng Kế hoạch tổng hợp."),
        P("- Đơn vị phối hợp: Phòng Điều dưỡng; các khoa lâm sàng, cận lâm sàng."),
        P("- Thời gian thực hiện: Quý I/2026."),
        P("2. Tuyên truyền Quy tắc ứng xử và pháp luật về phòng, chống tham nhũng, tiêu cực", bold=True),
        P("- Đơn vị chủ trì: Phòng Tổ chức cán bộ."),
        P("- Đơn vị phối hợp: Công đoàn Bệnh viện, Chi đoàn Thanh niên."),
        P("- Thời gian thực hiện: Thường xuyên."),
        P("3. Phổ biến pháp luật về bảo hiểm y tế cho người bệnh và thân nhân người bệnh", bold=True),
        P("- Đơn vị chủ trì: Phòng Công tác xã hội."),
        P("- Đơn vị phối hợp: Phòng Tài chính kế toán; Bảo hiểm xã hội tỉnh Gia Lai."),
        P("- Thời gian thực hiện: Quý II - Quý III/2026."),
        P("4. Tập huấn pháp luật về phòng cháy, chữa cháy và cứu nạn, cứu hộ", bold=True),
        P("- Đơn vị chủ trì: Phòng Hành chính quản trị."),
        P("- Đơn vị phối hợp: Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ - Công an tỉnh."),
        P("- Thời gian thực hiện: Tháng 4/2026."),
        P("5. Rà soát, hệ thống hóa quy chế, quy trình nội bộ theo quy định pháp luật mới", bold=True),
        P("- Đơn vị chủ trì: Tổ Pháp chế Bệnh viện."),
        P("- Đơn vị phối hợp: Các khoa, phòng có liên quan."),
        P("- Thời gian thực hiện: Khi có văn bản quy phạm pháp luật mới được ban hành."),
        P("6. Tổ chức Hội thi “Điều dưỡng giỏi gắn với kiến thức pháp luật” năm 2026", bold=True),
        P("- Đơn vị chủ trì: Phòng Điều dưỡng."),
        P("- Đơn vị phối hợp: Công đoàn Bệnh viện; Phòng Kế hoạch tổng hợp và Phòng Tài chính kế toán."),
        P("- Thời gian thực hiện: Từ tháng 8 đến tháng 10/2026."),
        *_end(
            [
                "- Trưởng các khoa, phòng phổ biến Kế hoạch đến toàn thể viên chức, người lao động.",
                "- Phòng Kế hoạch tổng hợp tổng hợp kết quả, báo cáo Sở Y tế trước ngày 05/12/2026.",
            ],
            ["- Sở Y tế (b/c);", "- Ban Giám đốc;", "- Các khoa, phòng;", "- Lưu: VT, KHTH."],
            "GIÁM ĐỐC",
            "Rơ Mah Tuấn",
            "III. TỔ CHỨC THỰC HIỆN",
        ),
    ],
    expected=[
        Exp("Phổ biến Luật Khám bệnh, chữa bệnh", ("Phòng Kế hoạch tổng hợp",),
            ("Phòng Điều dưỡng", "các khoa lâm sàng, cận lâm sàng"), "2026-03-31"),
        Exp("Tuyên truyền Quy tắc ứng xử và", ("Phòng Tổ chức cán bộ",),
            ("Công đoàn Bệnh viện", "Chi đoàn Thanh niên"), "2026-12-31"),
        Exp("Phổ biến pháp luật về bảo hiểm y tế", ("Phòng Công tác xã hội",),
            ("Phòng Tài chính kế toán", "Bảo hiểm xã hội tỉnh Gia Lai"), "2026-09-30"),
        Exp("Tập huấn pháp luật về phòng cháy", ("Phòng Hành chính quản trị",),
            ("Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ - Công an tỉnh",), "2026-04-30"),
        Exp("Rà soát, hệ thống hóa quy chế", ("Tổ Pháp chế Bệnh viện",), ("Các khoa, phòng có liên quan",),
            "2026-12-31", on_request=True),
        Exp("Tổ chức Hội thi “Điều dưỡng giỏi", ("Phòng Điều dưỡng",),
            ("Công đoàn Bệnh viện", "Phòng Kế hoạch tổng hợp", "Phòng Tài chính kế toán"), "2026-10-31"),
    ],
)


# ---------------------------------------------------------------- 3. provincial youth union (prose)
PLAN_DOAN = Plan(
    name="doan_khanhhoa",
    blocks=[
        P("BAN CHẤP HÀNH ĐOÀN TỈNH KHÁNH HÒA", bold=True, center=True),
        P("***", center=True),
        P("ĐOÀN TNCS HỒ CHÍ MINH", bold=True, center=True),
        P("Số: 142-KH/TĐTN-TG", center=True),
        P("Khánh Hòa, ngày 03 tháng 3 năm 2026", center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P("Tuyên truyền, phổ biến, giáo dục pháp luật cho đoàn viên, thanh thiếu nhi năm 2026",
          bold=True, center=True),
        P("-----", center=True),
        P("Thực hiện Chương trình số 05-CTr/TWĐTN-TG ngày 10/01/2026 của Ban Bí thư Trung ương Đoàn về công "
          "tác giáo dục chính trị, tư tưởng năm 2026; Kế hoạch số 29/KH-UBND ngày 22/01/2026 của Ủy ban nhân "
          "dân tỉnh về công tác phổ biến, giáo dục pháp luật năm 2026, Ban Thường vụ Tỉnh Đoàn ban hành kế "
          "hoạch như sau:"),
        P("I. MỤC ĐÍCH - YÊU CẦU", bold=True),
        P("1. Nâng cao hiểu biết pháp luật, ý thức “sống và làm việc theo Hiến pháp và pháp luật” trong đoàn "
          "viên, thanh thiếu nhi."),
        P("2. Các hoạt động phải đa dạng, phù hợp lứa tuổi, ứng dụng nền tảng số."),
        P("II. NỘI DUNG, GIẢI PHÁP", bold=True),
        P("1. Đẩy mạnh tuyên truyền trên không gian mạng", bold=True),
        P("a) Xây dựng chuyên mục “Thanh niên với pháp luật” trên Fanpage Tỉnh Đoàn Khánh Hòa. Giao Ban "
          "Tuyên giáo Tỉnh Đoàn chủ trì, phối hợp với Báo và Phát thanh, Truyền hình Khánh Hòa thực hiện "
          "định kỳ hằng tháng."),
        P("b) Tổ chức cuộc thi trực tuyến “Tìm hiểu Luật Thanh niên năm 2020” trên nền tảng số. Giao Ban "
          "Phong trào Tỉnh Đoàn chủ trì, phối hợp với Ban Tuyên giáo Tỉnh Đoàn và Sở Tư pháp thực hiện "
          "trong tháng 6/2026."),
        P("2. Phổ biến pháp luật cho thanh thiếu nhi trường học và thanh niên công nhân", bold=True),
        P("a) Tổ chức chuỗi tọa đàm “Học đường an toàn, nói không với bạo lực” tại các trường trung học phổ "
          "thông. Ban Trường học Tỉnh Đoàn chủ trì; Hội đồng Đội tỉnh, Công an tỉnh phối hợp. Thời gian: "
          "tháng 9 - 11/2026."),
        P("b) Đề nghị Đoàn Thanh niên Công an tỉnh chủ trì tổ chức các buổi tuyên truyền pháp luật về phòng, "
          "chống ma túy, tội phạm công nghệ cao cho thanh niên công nhân các khu công nghiệp, phối hợp với "
          "Ban Công nhân, lao động Tỉnh Đoàn và Đoàn Khối các cơ quan và doanh nghiệp tỉnh; hoàn thành trước "
          "ngày 30/10/2026."),
        P("3. Hỗ trợ pháp lý cho thanh niên", bold=True),
        P("Giao Trung tâm Hỗ trợ thanh niên tỉnh chủ trì, phối hợp với Trung tâm Trợ giúp pháp lý nhà nước "
          "tỉnh và Hội Luật gia tỉnh tổ chức tư vấn pháp luật lưu động tại các xã, đặc khu khi có đề nghị "
          "của Đoàn cơ sở."),
        P("4. Tham mưu sơ kết 6 tháng, tổng kết công tác PBGDPL của tổ chức Đoàn", bold=True),
        P("Văn phòng Tỉnh Đoàn chủ trì, phối hợp với các ban chuyên môn Tỉnh Đoàn; thời gian: tháng 6 và "
          "tháng 12/2026."),
        *_end(
            [
                "1. Các ban, đơn vị Tỉnh Đoàn căn cứ nhiệm vụ được phân công chủ động triển khai.",
                "2. Ban Thường vụ Đoàn các xã, phường, đặc khu và Đoàn trực thuộc xây dựng kế hoạch cụ thể, "
                "báo cáo kết quả về Tỉnh Đoàn (qua Ban Tuyên giáo) trước ngày 25/11/2026.",
            ],
            ["- Trung ương Đoàn (b/c);", "- Thường trực Tỉnh ủy (b/c);", "- Sở Tư pháp;",
             "- Các cơ sở Đoàn trực thuộc;", "- Lưu: VP, TG."],
            "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN\nPHÓ BÍ THƯ",
            "Lê Thị Mỹ Duyên",
            "III. TỔ CHỨC THỰC HIỆN",
        ),
    ],
    expected=[
        Exp("Xây dựng chuyên mục “Thanh niên với pháp luật”", ("Ban Tuyên giáo Tỉnh Đoàn",),
            ("Báo và Phát thanh, Truyền hình Khánh Hòa",), "2026-12-31"),
        Exp("Tổ chức cuộc thi trực tuyến “Tìm hiểu Luật Thanh niên", ("Ban Phong trào Tỉnh Đoàn",),
            ("Ban Tuyên giáo Tỉnh Đoàn", "Sở Tư pháp"), "2026-06-30"),
        Exp("Tổ chức chuỗi tọa đàm “Học đường an toàn", ("Ban Trường học Tỉnh Đoàn",),
            ("Hội đồng Đội tỉnh", "Công an tỉnh"), "2026-11-30"),
        Exp("Đề nghị Đoàn Thanh niên Công an tỉnh", ("Đoàn Thanh niên Công an tỉnh",),
            ("Ban Công nhân, lao động Tỉnh Đoàn", "Đoàn Khối các cơ quan và doanh nghiệp tỉnh"), "2026-10-30"),
        Exp("Hỗ trợ pháp lý cho thanh niên", ("Trung tâm Hỗ trợ thanh niên tỉnh",),
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh", "Hội Luật gia tỉnh"), "2026-12-31", on_request=True),
        Exp("Tham mưu sơ kết 6 tháng, tổng kết", ("Văn phòng Tỉnh Đoàn",),
            ("các ban chuyên môn Tỉnh Đoàn",), "2026-12-31"),
    ],
)


# ---------------------------------------------------------------- 4. women's union (table, no STT)
PLAN_LHPN = Plan(
    name="lhpn_quangngai",
    blocks=[
        *_header(
            "HỘI LHPN VIỆT NAM",
            "HỘI LHPN TỈNH QUẢNG NGÃI",
            "27/KH-ĐCT",
            "Quảng Ngãi, ngày 10 tháng 02 năm 2026",
            "Tuyên truyền, phổ biến, giáo dục pháp luật và trợ giúp pháp lý",
            "cho hội viên, phụ nữ năm 2026",
        ),
        P("Căn cứ Hướng dẫn số 04/HD-ĐCT ngày 08/01/2026 của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam về "
          "công tác tuyên truyền, giáo dục năm 2026;"),
        P("Căn cứ Quyết định số 112/QĐ-UBND ngày 19/01/2026 của UBND tỉnh Quảng Ngãi ban hành Kế hoạch phổ "
          "biến, giáo dục pháp luật năm 2026,"),
        P("Ban Thường vụ Hội LHPN tỉnh xây dựng kế hoạch thực hiện như sau:"),
        *_purpose([
            "Trang bị kiến thức pháp luật thiết thực cho hội viên, phụ nữ, nhất là phụ nữ vùng đồng bào "
            "dân tộc thiểu số.",
            "Góp phần phòng ngừa bạo lực gia đình, mua bán người, tảo hôn.",
            "Phát huy vai trò các chi hội, tổ phụ nữ trong tuyên truyền pháp luật.",
            "Đảm bảo tiết kiệm, lồng ghép với các chương trình, dự án.",
        ]),
        P("II. NỘI DUNG CỤ THỂ", bold=True),
        T(
            (
                ("Nội dung hoạt động", "Thời gian", "Đơn vị thực hiện", "", "Ghi chú"),
                ("", "", "Chủ trì", "Phối hợp", ""),
                ("Tổ chức Hội nghị tập huấn kỹ năng tuyên truyền pháp luật cho Chủ tịch Hội LHPN cấp xã",
                 "Tháng 3/2026", "Ban Tuyên giáo - Chính sách, luật pháp", "Sở Tư pháp",
                 "Kinh phí Trung ương hỗ trợ"),
                ("Truyền thông phòng, chống bạo lực gia đình và mua bán người tại các xã miền núi",
                 "Quý II, III/2026", "Ban Gia đình - Xã hội",
                 "Công an tỉnh; Bộ Chỉ huy Bộ đội Biên phòng tỉnh; Hội LHPN các xã Sơn Tây, Ba Tơ, Minh Long",
                 "Lồng ghép Dự án 8"),
                ("Duy trì, nhân rộng mô hình “Địa chỉ tin cậy” tại cộng đồng",
                 "Cả năm", "Hội LHPN các xã, phường, đặc khu", "Ban Gia đình - Xã hội", ""),
                ("Tư vấn, trợ giúp pháp lý miễn phí cho phụ nữ thuộc diện nghèo, cận nghèo",
                 "Theo đề nghị của Hội LHPN cơ sở", "Trung tâm Tư vấn pháp luật - Hội LHPN tỉnh",
                 "Trung tâm Trợ giúp pháp lý nhà nước tỉnh", ""),
                ("Tổ chức Cuộc thi “Phụ nữ Quảng Ngãi tìm hiểu pháp luật về hôn nhân và gia đình”",
                 "Từ 01/8 đến 15/10/2026", "Ban Tuyên giáo - Chính sách, luật pháp",
                 "Báo và Phát thanh, Truyền hình Quảng Ngãi, Văn phòng Hội LHPN tỉnh", "Thi trực tuyến"),
                ("Giám sát việc thực hiện chính sách, pháp luật về bình đẳng giới tại doanh nghiệp",
                 "Quý IV/2026", "Ban Tuyên giáo - Chính sách, luật pháp",
                 "Liên đoàn Lao động tỉnh và Sở Nội vụ", ""),
            ),
            (55, 25, 35, 40, 25),
        ),
        *_end(
            [
                "- Các ban, đơn vị Hội LHPN tỉnh chủ động phối hợp triển khai theo phân công tại Kế hoạch.",
                "- Hội LHPN các xã, phường, đặc khu báo cáo kết quả 6 tháng trước ngày 10/6/2026, "
                "báo cáo năm trước ngày 10/11/2026.",
            ],
            ["- TW Hội LHPN Việt Nam (b/c);", "- Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c);",
             "- Hội LHPN các xã, phường, đặc khu;", "- Lưu: VT, TG."],
            "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH",
            "Phạm Thị Hồng Nhung",
            "III. TỔ CHỨC THỰC HIỆN",
        ),
    ],
    expected=[
        Exp("Tổ chức Hội nghị tập huấn kỹ năng", ("Ban Tuyên giáo - Chính sách, luật pháp",), ("Sở Tư pháp",),
            "2026-03-31"),
        Exp("Truyền thông phòng, chống bạo lực gia đình", ("Ban Gia đình - Xã hội",),
            ("Công an tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
             "Hội LHPN các xã Sơn Tây, Ba Tơ, Minh Long"), "2026-09-30"),
        Exp("Duy trì, nhân rộng mô hình “Địa chỉ", ("Hội LHPN các xã, phường, đặc khu",),
            ("Ban Gia đình - Xã hội",), "2026-12-31"),
        Exp("Tư vấn, trợ giúp pháp lý miễn phí", ("Trung tâm Tư vấn pháp luật - Hội LHPN tỉnh",),
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh",), "2026-12-31", on_request=True),
        Exp("Tổ chức Cuộc thi “Phụ nữ Quảng Ngãi", ("Ban Tuyên giáo - Chính sách, luật pháp",),
            ("Báo và Phát thanh, Truyền hình Quảng Ngãi", "Văn phòng Hội LHPN tỉnh"), "2026-10-15"),
        Exp("Giám sát việc thực hiện chính sách", ("Ban Tuyên giáo - Chính sách, luật pháp",),
            ("Liên đoàn Lao động tỉnh", "Sở Nội vụ"), "2026-12-31"),
    ],
)


# ---------------------------------------------------------------- 5. provincial labour federation (1.1.)
PLAN_LDLD = Plan(
    name="ldld_phutho",
    blocks=[
        *_header(
            "TỔNG LĐLĐ VIỆT NAM",
            "LIÊN ĐOÀN LAO ĐỘNG TỈNH PHÚ THỌ",
            "46/KH-LĐLĐ",
            "Phú Thọ, ngày 16 tháng 3 năm 2026",
            "Tuyên truyền, phổ biến, giáo dục pháp luật cho đoàn viên công đoàn, người lao động",
            "năm 2026",
        ),
        P("Căn cứ Luật Công đoàn số 50/2024/QH15 ngày 27/11/2024;"),
        P("Căn cứ Chương trình phối hợp số 09/CTr-TLĐ-BTP ngày 21/4/2025 giữa Tổng Liên đoàn Lao động Việt "
          "Nam và Bộ Tư pháp về PBGDPL cho người lao động giai đoạn 2025 - 2030;"),
        P("Ban Thường vụ Liên đoàn Lao động tỉnh ban hành Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Nâng cao nhận thức pháp luật lao động, công đoàn, bảo hiểm xã hội cho đoàn viên, người lao động; "
          "hỗ trợ xây dựng quan hệ lao động hài hòa, ổn định, tiến bộ."),
        P("II. NHIỆM VỤ VÀ PHÂN CÔNG", bold=True),
        P("1. Tuyên truyền, phổ biến pháp luật", bold=True),
        P("1.1. Phổ biến Luật Công đoàn năm 2024, Bộ luật Lao động và các văn bản hướng dẫn. Chủ trì thực "
          "hiện: Ban Tuyên giáo - Nữ công; phối hợp: Ban Chính sách - Pháp luật, các công đoàn cơ sở trực "
          "thuộc. Tiến độ: Quý II/2026."),
        P("1.2. Tuyên truyền Luật Bảo hiểm xã hội năm 2024 cho người lao động tại các khu công nghiệp Thụy "
          "Vân, Phú Hà, Bá Thiện. Chủ trì thực hiện: Công đoàn các Khu công nghiệp tỉnh; phối hợp: Bảo hiểm xã "
          "hội tỉnh; Sở Nội vụ và Ban Quản lý các khu công nghiệp tỉnh. Tiến độ: tháng 5 - 7/2026."),
        P("1.3. Tổ chức “Ngày pháp luật” tại doanh nghiệp có đông công nhân. Chủ trì thực hiện: Công đoàn "
          "cơ sở các doanh nghiệp; phối hợp: Ban Chính sách - Pháp luật. Tiến độ: ngày 09/11/2026."),
        P("2. Tư vấn pháp luật, hỗ trợ pháp lý", bold=True),
        P("2.1. Duy trì hoạt động của Văn phòng Tư vấn pháp luật Công đoàn tỉnh, tiếp nhận và giải đáp "
          "vướng mắc của người lao động. Chủ trì thực hiện: Văn phòng Tư vấn pháp luật Công đoàn tỉnh; "
          "phối hợp: Ban Chính sách - Pháp luật. Tiến độ: Thường xuyên."),
        P("2.2. Đại diện bảo vệ quyền, lợi ích hợp pháp của người lao động trong các vụ tranh chấp lao động. "
          "Chủ trì thực hiện: Ban Chính sách - Pháp luật; phối hợp: Văn phòng Tư vấn pháp luật Công đoàn tỉnh, "
          "Công đoàn cấp trên trực tiếp cơ sở. Tiến độ: khi người lao động có yêu cầu."),
        P("3. Kiểm tra, sơ kết, tổng kết", bold=True),
        P("3.1. Kiểm tra việc thực hiện pháp luật về an toàn, vệ sinh lao động tại doanh nghiệp. Chủ trì "
          "thực hiện: Ủy ban Kiểm tra Liên đoàn Lao động tỉnh; phối hợp: Sở Y tế, Sở Nội vụ; Công an tỉnh và "
          "Công đoàn ngành Công Thương. Tiến độ: Quý III/2026."),
        P("3.2. Tổng kết công tác PBGDPL năm 2026. Chủ trì thực hiện: Văn phòng Liên đoàn Lao động tỉnh; "
          "phối hợp: các ban của Liên đoàn Lao động tỉnh. Tiến độ: trước ngày 15/12/2026."),
        *_end(
            [
                "1. Các ban, đơn vị thuộc Liên đoàn Lao động tỉnh triển khai nhiệm vụ được phân công.",
                "2. Công đoàn cấp trên trực tiếp cơ sở hướng dẫn công đoàn cơ sở thực hiện, báo cáo kết "
                "quả về Liên đoàn Lao động tỉnh (qua Ban Tuyên giáo - Nữ công) trước ngày 30/11/2026.",
            ],
            ["- Tổng LĐLĐ Việt Nam (b/c);", "- Thường trực Tỉnh ủy (b/c);", "- Sở Tư pháp;",
             "- Các CĐ cấp trên trực tiếp cơ sở;", "- Lưu: VT, TG-NC."],
            "TM. BAN THƯỜNG VỤ\nPHÓ CHỦ TỊCH",
            "Đinh Công Sơn",
            "III. TỔ CHỨC THỰC HIỆN",
        ),
    ],
    expected=[
        Exp("Phổ biến Luật Công đoàn năm 2024", ("Ban Tuyên giáo - Nữ công",),
            ("Ban Chính sách - Pháp luật", "các công đoàn cơ sở trực thuộc"), "2026-06-30"),
        Exp("Tuyên truyền Luật Bảo hiểm xã hội năm 2024", ("Công đoàn các Khu công nghiệp tỉnh",),
            ("Bảo hiểm xã hội tỉnh", "Sở Nội vụ", "Ban Quản lý các khu công nghiệp tỉnh"), "2026-07-31"),
        Exp("Tổ chức “Ngày pháp luật” tại doanh nghiệp", ("Công đoàn cơ sở các doanh nghiệp",),
            ("Ban Chính sách - Pháp luật",), "2026-11-09"),
        Exp("Duy trì hoạt động của Văn phòng Tư vấn", ("Văn phòng Tư vấn pháp luật Công đoàn tỉnh",),
            ("Ban Chính sách - Pháp luật",), "2026-12-31"),
        Exp("Đại diện bảo vệ quyền, lợi ích hợp pháp", ("Ban Chính sách - Pháp luật",),
            ("Văn phòng Tư vấn pháp luật Công đoàn tỉnh", "Công đoàn cấp trên trực tiếp cơ sở"),
            "2026-12-31", on_request=True),
        Exp("Kiểm tra việc thực hiện pháp luật về an toàn", ("Ủy ban Kiểm tra Liên đoàn Lao động tỉnh",),
            ("Sở Y tế", "Sở Nội vụ", "Công an tỉnh", "Công đoàn ngành Công Thương"), "2026-09-30"),
        Exp("Tổng kết công tác PBGDPL năm 2026", ("Văn phòng Liên đoàn Lao động tỉnh",),
            ("các ban của Liên đoàn Lao động tỉnh",), "2026-12-15"),
    ],
)


# ---------------------------------------------------------------- 6. lawyers' association (+ bullets)
PLAN_HLG = Plan(
    name="hlg_lamdong",
    blocks=[
        *_header(
            "HỘI LUẬT GIA VIỆT NAM",
            "HỘI LUẬT GIA TỈNH LÂM ĐỒNG",
            "08/KH-HLG",
            "Lâm Đồng, ngày 25 tháng 02 năm 2026",
            "Triển khai công tác phổ biến, giáo dục pháp luật, tư vấn pháp luật",
            "và trợ giúp pháp lý của Hội Luật gia tỉnh năm 2026",
        ),
        P("Căn cứ Điều lệ Hội Luật gia Việt Nam được phê duyệt tại Quyết định số 1046/QĐ-BNV ngày "
          "14/10/2024 của Bộ trưởng Bộ Nội vụ;"),
        P("Căn cứ Quyết định số 25/2018/QĐ-TTg ngày 29/5/2018 của Thủ tướng Chính phủ về việc giao nhiệm vụ "
          "cho Hội Luật gia Việt Nam thực hiện công tác PBGDPL;"),
        P("Căn cứ Kế hoạch số 17/KH-HĐPH ngày 05/02/2026 của Hội đồng phối hợp PBGDPL tỉnh Lâm Đồng,"),
        P("Ban Thường vụ Hội Luật gia tỉnh xây dựng Kế hoạch với các nội dung sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Phát huy vai trò của hội viên luật gia trong công tác PBGDPL, tư vấn pháp luật miễn phí."),
        P("2. Hoạt động của Hội phải phối hợp chặt chẽ với cơ quan tư pháp và chính quyền cơ sở."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Phổ biến Hiến pháp và các luật mới được Quốc hội thông qua cho hội viên và Nhân dân"),
        P("+ Chủ trì: Ban Phổ biến giáo dục pháp luật của Hội;"),
        P("+ Phối hợp: Chi hội Luật gia Tòa án nhân dân tỉnh, Chi hội Luật gia Viện kiểm sát nhân dân tỉnh;"),
        P("+ Thời hạn: Quý II và Quý III năm 2026."),
        P("2. Tham gia góp ý dự thảo văn bản quy phạm pháp luật của tỉnh"),
        P("+ Chủ trì: Phó Chủ tịch Thường trực Hội;"),
        P("+ Phối hợp: Ban Nghiên cứu khoa học pháp lý;"),
        P("+ Thời hạn: theo đề nghị của Sở Tư pháp và các cơ quan chủ trì soạn thảo."),
        P("3. Duy trì hoạt động Trung tâm Tư vấn pháp luật của Hội"),
        P("+ Chủ trì: Giám đốc Trung tâm Tư vấn pháp luật;"),
        P("+ Phối hợp: Văn phòng Hội; các Chi hội Luật gia trực thuộc;"),
        P("+ Thời hạn: thường xuyên trong năm."),
        P("4. Tổ chức tư vấn pháp luật lưu động tại các xã vùng đồng bào dân tộc thiểu số"),
        P("+ Chủ trì: Trung tâm Tư vấn pháp luật;"),
        P("+ Phối hợp: UBND các xã Đam Rông, Lạc Dương, Quảng Trực và Hội Nông dân tỉnh;"),
        P("+ Thời hạn: tháng 4 - tháng 9/2026."),
        P("5. Bồi dưỡng kiến thức pháp luật, kỹ năng tuyên truyền cho hội viên là hòa giải viên ở cơ sở"),
        P("+ Chủ trì: Chủ tịch Hội;"),
        P("+ Phối hợp: Sở Tư pháp; Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh;"),
        P("+ Thời hạn: trước ngày 31/7/2026."),
        P("6. Sơ kết, tổng kết và khen thưởng"),
        P("+ Chủ trì: Văn phòng Hội;"),
        P("+ Thời hạn: tháng 12/2026."),
        P("III. KINH PHÍ", bold=True),
        P("Kinh phí thực hiện từ nguồn ngân sách nhà nước giao cho Hội theo Quyết định số 25/2018/QĐ-TTg và "
          "nguồn xã hội hóa hợp pháp."),
        *_end(
            [
                "Các ban, Chi hội trực thuộc căn cứ Kế hoạch chủ động triển khai; báo cáo kết quả về Văn phòng "
                "Hội trước ngày 20/11/2026 để tổng hợp báo cáo Trung ương Hội và Sở Tư pháp.",
            ],
            ["- TW Hội Luật gia Việt Nam (b/c);", "- Sở Tư pháp;", "- Các Chi hội trực thuộc;", "- Lưu: VP."],
            "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH",
            "K' Brơi",
            "IV. TỔ CHỨC THỰC HIỆN",
        ),
    ],
    expected=[
        Exp("Phổ biến Hiến pháp và các luật mới", ("Ban Phổ biến giáo dục pháp luật của Hội",),
            ("Chi hội Luật gia Tòa án nhân dân tỉnh", "Chi hội Luật gia Viện kiểm sát nhân dân tỉnh"),
            "2026-09-30"),
        Exp("Tham gia góp ý dự thảo văn bản", ("Phó Chủ tịch Thường trực Hội",),
            ("Ban Nghiên cứu khoa học pháp lý",), "2026-12-31", on_request=True),
        Exp("Duy trì hoạt động Trung tâm Tư vấn", ("Giám đốc Trung tâm Tư vấn pháp luật",),
            ("Văn phòng Hội", "các Chi hội Luật gia trực thuộc"), "2026-12-31"),
        Exp("Tổ chức tư vấn pháp luật lưu động", ("Trung tâm Tư vấn pháp luật",),
            ("UBND các xã Đam Rông, Lạc Dương, Quảng Trực", "Hội Nông dân tỉnh"), "2026-09-30"),
        Exp("Bồi dưỡng kiến thức pháp luật, kỹ năng", ("Chủ tịch Hội",),
            ("Sở Tư pháp", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"), "2026-07-31"),
        Exp("Sơ kết, tổng kết và khen thưởng", ("Văn phòng Hội",), (), "2026-12-31"),
    ],
)


# ---------------------------------------------------------------- 7. farmers' association (multi-block items)
PLAN_HND = Plan(
    name="hnd_dongthap",
    blocks=[
        *_header(
            "HỘI NÔNG DÂN VIỆT NAM",
            "BCH HỘI NÔNG DÂN TỈNH ĐỒNG THÁP",
            "61-KH/HNDT",
            "Đồng Tháp, ngày 06 tháng 4 năm 2026",
            "Thực hiện công tác tuyên truyền, phổ biến, giáo dục pháp luật",
            "trong hội viên, nông dân năm 2026",
        ),
        P("Thực hiện Quyết định số 81/QĐ-TTg ngày 19/01/2023 của Thủ tướng Chính phủ phê duyệt Đề án “Hội "
          "Nông dân Việt Nam tham gia tuyên truyền, phổ biến, giáo dục pháp luật, hòa giải cơ sở, tư vấn, "
          "trợ giúp pháp lý cho nông dân giai đoạn 2023 - 2030”; Kế hoạch số 44/KH-UBND ngày 30/01/2026 của "
          "UBND tỉnh Đồng Tháp, Ban Thường vụ Hội Nông dân tỉnh ban hành Kế hoạch như sau:"),
        *_purpose([
            "Nâng cao hiểu biết pháp luật về đất đai, môi trường, an toàn thực phẩm cho hội viên, nông dân.",
            "Củng cố tổ hòa giải, câu lạc bộ nông dân với pháp luật ở cơ sở.",
            "Bám sát nhu cầu thực tế của nông dân, gắn với sản xuất kinh doanh.",
            "Phân công cụ thể, kiểm tra, đôn đốc thường xuyên.",
        ]),
        P("II. NHIỆM VỤ, GIẢI PHÁP", bold=True),
        P("1. Tuyên truyền Luật Đất đai năm 2024 và pháp luật về bảo vệ môi trường nông thôn"),
        P("- Ban Tuyên huấn Hội Nông dân tỉnh chủ trì biên soạn tài liệu hỏi - đáp, phát hành đến các chi "
          "hội, phối hợp với Sở Nông nghiệp và Môi trường; hoàn thành trong Quý II/2026."),
        P("- Hội Nông dân các xã, phường tổ chức sinh hoạt chuyên đề tại chi, tổ hội; phối hợp với UBND "
          "cấp xã; thời gian: tháng 6 - 10/2026."),
        P("2. Củng cố, nâng cao chất lượng Câu lạc bộ “Nông dân với pháp luật”"),
        P("- Ban Xây dựng Hội chủ trì rà soát, kiện toàn các câu lạc bộ; phối hợp với Ban Tuyên huấn; thời "
          "gian: Quý III/2026."),
        P("- Đề nghị Sở Tư pháp hỗ trợ tài liệu, báo cáo viên pháp luật cho sinh hoạt câu lạc bộ; phối hợp: "
          "Ban Tuyên huấn Hội Nông dân tỉnh; thời gian: cả năm."),
        P("3. Tư vấn, trợ giúp pháp lý cho nông dân"),
        P("- Trung tâm Hỗ trợ nông dân tỉnh chủ trì, phối hợp với Trung tâm Trợ giúp pháp lý nhà nước tỉnh "
          "Đồng Tháp tổ chức tư vấn tại trụ sở và lưu động; thời gian: hằng tháng."),
        P("- Văn phòng Hội Nông dân tỉnh tiếp nhận đơn thư, chuyển cơ quan có thẩm quyền giải quyết khi nhận "
          "được phản ánh, kiến nghị của hội viên."),
        P("4. Sơ kết việc thực hiện Đề án 81 giai đoạn 2023 - 2026"),
        P("Văn phòng Hội Nông dân tỉnh chủ trì, phối hợp với các ban chuyên môn và Hội Nông dân các xã, "
          "phường; hoàn thành trước ngày 20/11/2026."),
        *_end(
            [
                "- Các ban chuyên môn, đơn vị trực thuộc Hội Nông dân tỉnh căn cứ nhiệm vụ được giao triển khai.",
                "- Hội Nông dân các xã, phường báo cáo định kỳ 6 tháng (trước ngày 05/6/2026) và năm (trước ngày "
                "05/11/2026) về Ban Tuyên huấn.",
            ],
            ["- TW Hội NDVN (b/c);", "- Thường trực Tỉnh ủy (b/c);", "- Hội ND các xã, phường;", "- Lưu: VP."],
            "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH",
            "Nguyễn Văn Hùng",
            "III. TỔ CHỨC THỰC HIỆN",
        ),
    ],
    expected=[
        Exp("Ban Tuyên huấn Hội Nông dân tỉnh chủ trì", ("Ban Tuyên huấn Hội Nông dân tỉnh",),
            ("Sở Nông nghiệp và Môi trường",), "2026-06-30"),
        Exp("Hội Nông dân các xã, phường tổ chức", ("Hội Nông dân các xã, phường",), ("UBND cấp xã",),
            "2026-10-31"),
        Exp("Ban Xây dựng Hội chủ trì rà soát", ("Ban Xây dựng Hội",), ("Ban Tuyên huấn",), "2026-09-30"),
        Exp("Đề nghị Sở Tư pháp hỗ trợ tài liệu", ("Sở Tư pháp",), ("Ban Tuyên huấn Hội Nông dân tỉnh",),
            "2026-12-31"),
        Exp("Trung tâm Hỗ trợ nông dân tỉnh chủ trì", ("Trung tâm Hỗ trợ nông dân tỉnh",),
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh Đồng Tháp",), "2026-12-31"),
        Exp("Văn phòng Hội Nông dân tỉnh tiếp nhận", ("Văn phòng Hội Nông dân tỉnh",), (), "2026-12-31",
            on_request=True),
        Exp("Sơ kết việc thực hiện Đề án 81", ("Văn phòng Hội Nông dân tỉnh",),
            ("các ban chuyên môn", "Hội Nông dân các xã, phường"), "2026-11-20"),
    ],
)


# ---------------------------------------------------------------- 8. provincial coordination council (2027)
PLAN_HDPH = Plan(
    name="hdph_angiang_2027",
    blocks=[
        *_header(
            "UBND TỈNH AN GIANG",
            "HỘI ĐỒNG PHỐI HỢP PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT",
            "52/KH-HĐPH",
            "An Giang, ngày 18 tháng 12 năm 2026",
            "Hoạt động của Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh",
            "năm 2027",
        ),
        P("Căn cứ Quyết định số 25/2024/QĐ-TTg ngày 18/12/2024 của Thủ tướng Chính phủ quy định về Hội đồng "
          "phối hợp phổ biến, giáo dục pháp luật;"),
        P("Căn cứ Quyết định số 2873/QĐ-UBND ngày 02/10/2025 của Chủ tịch UBND tỉnh An Giang về việc kiện "
          "toàn Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh;"),
        P("Hội đồng phối hợp PBGDPL tỉnh ban hành Kế hoạch hoạt động năm 2027 như sau:"),
        *_purpose([
            "Phát huy vai trò tham mưu, tư vấn của Hội đồng trong chỉ đạo công tác PBGDPL trên địa bàn tỉnh.",
            "Tăng cường phối hợp giữa các cơ quan, tổ chức thành viên.",
            "Các thành viên Hội đồng chủ động thực hiện nhiệm vụ theo phân công.",
            "Bảo đảm tiến độ, chất lượng, hiệu quả.",
        ]),
        P("II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        T(
            (
                ("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"),
                ("A.", "HOẠT ĐỘNG CHỈ ĐẠO, ĐIỀU HÀNH CỦA HỘI ĐỒNG", "", "", ""),
                ("1", "Tham mưu ban hành Kế hoạch phổ biến, giáo dục pháp luật năm 2027 của UBND tỉnh",
                 "Sở Tư pháp", "Các cơ quan, tổ chức thành viên Hội đồng",
                 "Tháng 01/2027"),
                ("2", "Tổ chức phiên họp định kỳ của Hội đồng 6 tháng đầu năm và cuối năm",
                 "Sở Tư pháp", "Văn phòng UBND tỉnh", "Tháng 6 và tháng 12/2027"),
                ("B.", "PHỔ BIẾN PHÁP LUẬT TRỌNG TÂM", "", "", ""),
                ("3", "Tổ chức hội nghị giới thiệu văn bản luật mới được Quốc hội khóa XVI thông qua",
                 "Sở Tư pháp",
                 "Sở Nội vụ; Sở Tài chính; Sở Văn hóa, Thể thao và Du lịch; Ủy ban Mặt trận Tổ quốc Việt "
                 "Nam tỉnh",
                 "Sau khi các luật được công bố"),
                ("4", "Phổ biến pháp luật về khai thác, bảo vệ nguồn lợi thủy sản cho ngư dân vùng biển "
                 "Kiên Hải, Phú Quốc",
                 "Sở Nông nghiệp và Môi trường", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Hải đoàn Biên phòng "
                 "và UBND các xã, đặc khu ven biển", "Quý II/2027"),
                ("5", "Tuyên truyền pháp luật về chuyển đổi số, an ninh mạng, phòng chống lừa đảo trực tuyến",
                 "Sở Khoa học và Công nghệ", "Công an tỉnh; Báo và Phát thanh, Truyền hình An Giang",
                 "Quý I - Quý IV/2027"),
                ("6", "Phổ biến pháp luật trong nhà trường, hướng dẫn sinh hoạt dưới cờ về pháp luật",
                 "Sở Giáo dục và Đào tạo", "Tỉnh Đoàn, Hội đồng Đội tỉnh", "Tháng 9 - 12/2027"),
                ("C.", "KIỂM TRA, SƠ KẾT, TỔNG KẾT", "", "", ""),
                ("7", "Kiểm tra công tác PBGDPL tại một số sở, ngành và UBND xã, phường",
                 "Sở Tư pháp", "Thành viên Hội đồng được phân công", "Quý III/2027"),
                ("8", "Tổng kết hoạt động Hội đồng năm 2027, xây dựng kế hoạch năm 2028",
                 "Sở Tư pháp", "Các thành viên Hội đồng", "Trước ngày 20/12/2027"),
            ),
            (12, 60, 35, 50, 28),
        ),
        *_end(
            [
                "1. Các thành viên Hội đồng căn cứ Kế hoạch chỉ đạo cơ quan, đơn vị mình thực hiện; gửi báo "
                "cáo kết quả về Sở Tư pháp trước ngày 10/6/2027 (6 tháng) và trước ngày 10/11/2027 (năm).",
                "2. Sở Tài chính bố trí kinh phí hoạt động của Hội đồng trong dự toán ngân sách năm 2027.",
            ],
            ["- Bộ Tư pháp (b/c);", "- Chủ tịch, các PCT UBND tỉnh;", "- Thành viên Hội đồng;",
             "- UBND các xã, phường, đặc khu;", "- Lưu: VT, STP."],
            "CHỦ TỊCH HỘI ĐỒNG\nPHÓ CHỦ TỊCH UBND TỈNH",
            "Lê Trung Hồ",
            "III. TỔ CHỨC THỰC HIỆN",
        ),
    ],
    expected=[
        Exp("Tham mưu ban hành Kế hoạch phổ biến", ("Sở Tư pháp",),
            ("Các cơ quan, tổ chức thành viên Hội đồng",), "2027-01-31"),
        Exp("Tổ chức phiên họp định kỳ của Hội đồng", ("Sở Tư pháp",), ("Văn phòng UBND tỉnh",), "2027-12-31"),
        Exp("Tổ chức hội nghị giới thiệu văn bản luật", ("Sở Tư pháp",),
            ("Sở Nội vụ", "Sở Tài chính", "Sở Văn hóa, Thể thao và Du lịch",
             "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"), "2027-12-31", on_request=True),
        Exp("Phổ biến pháp luật về khai thác, bảo vệ", ("Sở Nông nghiệp và Môi trường",),
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Hải đoàn Biên phòng", "UBND các xã, đặc khu ven biển"),
            "2027-06-30"),
        Exp("Tuyên truyền pháp luật về chuyển đổi số", ("Sở Khoa học và Công nghệ",),
            ("Công an tỉnh", "Báo và Phát thanh, Truyền hình An Giang"), "2027-12-31"),
        Exp("Phổ biến pháp luật trong nhà trường", ("Sở Giáo dục và Đào tạo",),
            ("Tỉnh Đoàn", "Hội đồng Đội tỉnh"), "2027-12-31"),
        Exp("Kiểm tra công tác PBGDPL tại một số", ("Sở Tư pháp",), ("Thành viên Hội đồng được phân công",),
            "2027-09-30"),
        Exp("Tổng kết hoạt động Hội đồng năm 2027", ("Sở Tư pháp",), ("Các thành viên Hội đồng",),
            "2027-12-20"),
    ],
)


# ---------------------------------------------------------------- 9. state enterprise (prose responsibilities)
PLAN_CTY = Plan(
    name="cty_caosu_gialai",
    blocks=[
        P("TẬP ĐOÀN CÔNG NGHIỆP CAO SU VIỆT NAM", bold=True, center=True),
        P("CÔNG TY TNHH MỘT THÀNH VIÊN CAO SU CHƯ PRÔNG", bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P("Số: 96/KH-CSCP", center=True),
        P("Gia Lai, ngày 12 tháng 3 năm 2026", center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P("Phổ biến, giáo dục pháp luật cho người lao động Công ty năm 2026", bold=True, center=True),
        P("Căn cứ Luật Quản lý, sử dụng vốn nhà nước đầu tư vào sản xuất, kinh doanh tại doanh nghiệp số "
          "68/2025/QH15 ngày 14/6/2025;"),
        P("Căn cứ Kế hoạch số 211/KH-CNCSVN ngày 28/01/2026 của Tập đoàn Công nghiệp Cao su Việt Nam về công "
          "tác pháp chế và phổ biến, giáo dục pháp luật năm 2026;"),
        P("Tổng Giám đốc Công ty ban hành Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Người lao động, nhất là công nhân khai thác là người đồng bào dân tộc thiểu số, hiểu và chấp "
          "hành pháp luật lao động, an toàn vệ sinh lao động, bảo vệ rừng."),
        P("- Hình thức phổ biến phù hợp với đặc thù sản xuất tại nông trường."),
        P("II. NỘI DUNG VÀ TRÁCH NHIỆM THỰC HIỆN", bold=True),
        P("1. Phòng Tổ chức - Lao động có trách nhiệm phổ biến Bộ luật Lao động, nội quy lao động, thỏa ước "
          "lao động tập thể đến người lao động mới tuyển dụng, phối hợp với Công đoàn Công ty; thời hạn: "
          "Quý I và Quý III/2026."),
        P("2. Phòng Kỹ thuật - Quản lý chất lượng có trách nhiệm tập huấn pháp luật về an toàn, vệ sinh lao "
          "động, sử dụng hóa chất trong khai thác mủ cho công nhân các nông trường; phối hợp với các Nông "
          "trường Ia Púch, Ia Me, Ia Bang và Trạm Y tế Công ty; hoàn thành trước ngày 30/4/2026."),
        P("3. Ban Bảo vệ - Quân sự có trách nhiệm phối hợp với Công an xã Chư Prông, Hạt Kiểm lâm khu vực "
          "tuyên truyền pháp luật về bảo vệ tài sản, phòng cháy chữa cháy vườn cây trong mùa khô; thời gian: "
          "tháng 01 - tháng 4/2026."),
        P("4. Phòng Tài chính - Kế toán có trách nhiệm phổ biến các quy định mới về thuế, hóa đơn điện tử, "
          "quản lý vốn nhà nước tại doanh nghiệp cho cán bộ quản lý; thời gian: Quý II/2026."),
        P("5. Đề nghị Công đoàn Công ty chủ trì tổ chức Hội thi “An toàn vệ sinh viên giỏi” gắn với tìm hiểu "
          "pháp luật; Đoàn Thanh niên Công ty, Phòng Tổ chức - Lao động phối hợp; thời gian: tháng 7/2026."),
        P("6. Văn phòng Công ty có trách nhiệm cập nhật văn bản pháp luật mới lên hệ thống văn phòng điện "
          "tử, tủ sách pháp luật của Công ty và các nông trường; thời gian: hằng tháng."),
        P("7. Ban Pháp chế có trách nhiệm rà soát quy chế nội bộ, đề xuất sửa đổi khi Tập đoàn ban hành "
          "hướng dẫn mới; phối hợp: các phòng nghiệp vụ."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Giám đốc các nông trường, Trưởng các phòng, ban triển khai Kế hoạch này; Ban Pháp chế theo dõi, "
          "tổng hợp, báo cáo Tổng Giám đốc và Tập đoàn trước ngày 05/12/2026."),
        P("Nơi nhận:", bold=True),
        P("- Tập đoàn CNCS Việt Nam (b/c);\n- Hội đồng thành viên;\n- Các phòng, ban, nông trường;\n- Lưu: VT, "
          "PC."),
        P("TỔNG GIÁM ĐỐC", bold=True, center=True),
        P("Trần Quốc Việt", bold=True, center=True),
    ],
    expected=[
        Exp("Phòng Tổ chức - Lao động có trách nhiệm", ("Phòng Tổ chức - Lao động",), ("Công đoàn Công ty",),
            "2026-09-30"),
        Exp("Phòng Kỹ thuật - Quản lý chất lượng", ("Phòng Kỹ thuật - Quản lý chất lượng",),
            ("các Nông trường Ia Púch, Ia Me, Ia Bang", "Trạm Y tế Công ty"), "2026-04-30"),
        Exp("Ban Bảo vệ - Quân sự có trách nhiệm", ("Ban Bảo vệ - Quân sự",),
            ("Công an xã Chư Prông", "Hạt Kiểm lâm khu vực"), "2026-04-30"),
        Exp("Phòng Tài chính - Kế toán có trách nhiệm", ("Phòng Tài chính - Kế toán",), (), "2026-06-30"),
        Exp("Đề nghị Công đoàn Công ty chủ trì", ("Công đoàn Công ty",),
            ("Đoàn Thanh niên Công ty", "Phòng Tổ chức - Lao động"), "2026-07-31"),
        Exp("Văn phòng Công ty có trách nhiệm cập nhật", ("Văn phòng Công ty",), (), "2026-12-31"),
        Exp("Ban Pháp chế có trách nhiệm rà soát", ("Ban Pháp chế",), ("các phòng nghiệp vụ",), "2026-12-31",
            on_request=True),
    ],
)


# ---------------------------------------------------------------- 10. high school (table, persons)
PLAN_THPT = Plan(
    name="thpt_tuyenquang",
    blocks=[
        *_header(
            "SỞ GD&ĐT TUYÊN QUANG",
            "TRƯỜNG THPT CHUYÊN TUYÊN QUANG",
            "112/KH-THPTC",
            "Tuyên Quang, ngày 15 tháng 9 năm 2026",
            "Tuyên truyền, phổ biến, giáo dục pháp luật",
            "năm học 2026 - 2027",
        ),
        P("Căn cứ Thông tư số 32/2020/TT-BGDĐT ngày 15/9/2020 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành "
          "Điều lệ trường trung học cơ sở, trường trung học phổ thông và trường phổ thông có nhiều cấp học;"),
        P("Căn cứ Công văn số 1620/SGDĐT-TTr ngày 05/9/2026 của Sở Giáo dục và Đào tạo Tuyên Quang về hướng "
          "dẫn công tác PBGDPL năm học 2026 - 2027;"),
        P("Trường THPT Chuyên Tuyên Quang xây dựng kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Giúp học sinh hình thành ý thức tôn trọng pháp luật, kỹ năng tự bảo vệ; cán bộ, giáo viên, nhân "
          "viên nắm vững quy định về đạo đức nhà giáo, Luật Nhà giáo năm 2025."),
        P("II. KẾ HOẠCH CỤ THỂ", bold=True),
        T(
            (
                ("STT", "Thời gian", "Nội dung công việc", "Người thực hiện", "Người phối hợp", "Ghi chú"),
                ("1", "Tháng 9/2026", "Xây dựng và triển khai kế hoạch PBGDPL năm học 2026 - 2027",
                 "Phó Hiệu trưởng phụ trách công tác PBGDPL", "Tổ Văn phòng", ""),
                ("2", "Tháng 9 - 10/2026",
                 "Phổ biến Luật Nhà giáo năm 2025 và quy định về đạo đức nhà giáo cho toàn thể giáo viên",
                 "Hiệu trưởng", "Chủ tịch Công đoàn trường; các Tổ trưởng chuyên môn", "Họp hội đồng"),
                ("3", "Tháng 10/2026",
                 "Tuyên truyền Luật Trật tự, an toàn giao thông đường bộ, cam kết không vi phạm cho học sinh",
                 "Bí thư Đoàn trường", "Giáo viên chủ nhiệm, Công an phường Minh Xuân", "Sinh hoạt dưới cờ"),
                ("4", "Tháng 11/2026",
                 "Ngày Pháp luật Việt Nam 9/11: tổ chức thi “Rung chuông vàng” tìm hiểu pháp luật",
                 "Đoàn Thanh niên trường", "Tổ Giáo dục công dân - Lịch sử - Địa lý", ""),
                ("5", "Tháng 12/2026 - tháng 3/2027",
                 "Lồng ghép giáo dục pháp luật về phòng chống xâm hại, bạo lực học đường trong môn Giáo dục "
                 "kinh tế và pháp luật",
                 "Giáo viên bộ môn Giáo dục kinh tế và pháp luật", "Nhân viên tư vấn tâm lý học đường", ""),
                ("6", "Tháng 3/2027",
                 "Ngoại khóa về phòng, chống ma túy và tệ nạn xã hội",
                 "Bí thư Đoàn trường", "Công an tỉnh Tuyên Quang; Trạm Y tế phường Minh Xuân", ""),
                ("7", "Tháng 5/2027", "Sơ kết, đánh giá công tác PBGDPL năm học, báo cáo Sở GD&ĐT",
                 "Phó Hiệu trưởng phụ trách công tác PBGDPL", "Tổ Văn phòng", "Báo cáo bằng văn bản"),
            ),
            (10, 25, 60, 35, 35, 25),
        ),
        *_end(
            [
                "- Các tổ chuyên môn, tổ văn phòng, Đoàn Thanh niên căn cứ kế hoạch thực hiện.",
                "- Giáo viên chủ nhiệm lồng ghép nội dung pháp luật trong giờ sinh hoạt lớp.",
            ],
            ["- Sở GD&ĐT (b/c);", "- Ban Giám hiệu;", "- Các tổ, Đoàn TN;", "- Lưu: VT."],
            "HIỆU TRƯỞNG",
            "Hoàng Thị Thu Hà",
            "III. TỔ CHỨC THỰC HIỆN",
        ),
    ],
    expected=[
        Exp("Xây dựng và triển khai kế hoạch PBGDPL", ("Phó Hiệu trưởng phụ trách công tác PBGDPL",),
            ("Tổ Văn phòng",), "2026-09-30"),
        Exp("Phổ biến Luật Nhà giáo năm 2025", ("Hiệu trưởng",),
            ("Chủ tịch Công đoàn trường", "các Tổ trưởng chuyên môn"), "2026-10-31"),
        Exp("Tuyên truyền Luật Trật tự, an toàn giao thông", ("Bí thư Đoàn trường",),
            ("Giáo viên chủ nhiệm", "Công an phường Minh Xuân"), "2026-10-31"),
        Exp("Ngày Pháp luật Việt Nam 9/11", ("Đoàn Thanh niên trường",),
            ("Tổ Giáo dục công dân - Lịch sử - Địa lý",), "2026-11-30"),
        Exp("Lồng ghép giáo dục pháp luật về phòng chống", ("Giáo viên bộ môn Giáo dục kinh tế và pháp luật",),
            ("Nhân viên tư vấn tâm lý học đường",), "2027-03-31"),
        Exp("Ngoại khóa về phòng, chống ma túy", ("Bí thư Đoàn trường",),
            ("Công an tỉnh Tuyên Quang", "Trạm Y tế phường Minh Xuân"), "2027-03-31"),
        Exp("Sơ kết, đánh giá công tác PBGDPL năm học", ("Phó Hiệu trưởng phụ trách công tác PBGDPL",),
            ("Tổ Văn phòng",), "2027-05-31"),
    ],
)


PLANS: list[Plan] = [
    PLAN_UNI, PLAN_HOSP, PLAN_DOAN, PLAN_LHPN, PLAN_LDLD,
    PLAN_HLG, PLAN_HND, PLAN_HDPH, PLAN_CTY, PLAN_THPT,
]
