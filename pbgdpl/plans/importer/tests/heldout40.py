"""Held-out evaluation set 40: plans of provincial departments and agencies in southern provinces.

1. PLAN_NNMT: Sở Nông nghiệp và Môi trường Đồng Tháp; narrative, bold "1." headings, labels on own lines.
2. PLAN_YTE: Sở Y tế TP. Cần Thơ; grid table STT|Nội dung|Chủ trì|Phối hợp|Thời gian|Ghi chú, group rows.
3. PLAN_THUE: Thuế tỉnh An Giang; prose assignments ("Giao X chủ trì, phối hợp với Y"), inline "Thời hạn:".
4. PLAN_KKT: Ban Quản lý Khu kinh tế tỉnh Tây Ninh; table without STT, "Tiến độ" and "Sản phẩm" columns.
5. PLAN_GD: Sở Giáo dục và Đào tạo TP. Hồ Chí Minh; school year 2026-2027, "a)" items, one item with two
   "-" assignment blocks, persons as units.
6. PLAN_BHXH: Bảo hiểm xã hội tỉnh Cà Mau; table with 2-row header (Chủ trì/Phối hợp, Bắt đầu/Hoàn thành),
   letter group rows, "Kinh phí" column, event-triggered start.
7. PLAN_CA: Công an tỉnh Đồng Nai; "1.1." items with "+ Chủ trì:" labels, prose items, person as unit.
8. PLAN_VH: Sở Văn hóa, Thể thao và Du lịch Lâm Đồng; narrative body, tasks in an annex table with the
   time column before the unit columns; ward names with dashes.
9. PLAN_DTTG: Sở Dân tộc và Tôn giáo Vĩnh Long; "-" items with inline "(Chủ trì: …; phối hợp: …; thời gian: …)",
   one "Đề nghị" prose item.
10. PLAN_KHCN: Sở Khoa học và Công nghệ Tây Ninh; 2027 plan issued 12/2026; table with lead unit column before
    content, "Thời gian hoàn thành" and "Kinh phí" columns, roman group rows.
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T


def _head(parent: str, agency: str, number: str, place_date: str, title: list[str]) -> list[P | T]:
    out: list[P | T] = []
    if parent:
        out.append(P(parent, center=True))
    out += [
        P(agency, bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True),
        P("Độc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P(f"Số: {number}", center=True),
        P(place_date, center=True),
        P("KẾ HOẠCH", bold=True, center=True),
    ]
    out += [P(t, bold=True, center=True) for t in title]
    return out


def _end(recipients: list[str], role: list[str], signer: str) -> list[P | T]:
    out: list[P | T] = [P("Nơi nhận:", bold=True)]
    out += [P(f"- {r}") for r in recipients]
    out += [P("- Lưu: VT.")]
    out += [P(r, bold=True, center=True) for r in role]
    out += [P("(Đã ký)", center=True), P(signer, bold=True, center=True)]
    return out


# ---------------------------------------------------------------- 1. Sở NN&MT Đồng Tháp
PLAN_NNMT = Plan(
    "set40_nnmt_dongthap",
    _head(
        "UBND TỈNH ĐỒNG THÁP",
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        "38/KH-SNNMT",
        "Đồng Tháp, ngày 21 tháng 01 năm 2026",
        ["Phổ biến, giáo dục pháp luật năm 2026"],
    )
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;"),
        P(
            "Căn cứ Quyết định số 1521/QĐ-TTg ngày 06/10/2021 của Thủ tướng Chính phủ ban hành Kế hoạch "
            "thực hiện Kết luận số 80-KL/TW ngày 20/6/2020 của Ban Bí thư;"
        ),
        P(
            "Căn cứ Kế hoạch số 09/KH-UBND ngày 12/01/2026 của Ủy ban nhân dân tỉnh Đồng Tháp về công tác "
            "phổ biến, giáo dục pháp luật; hòa giải ở cơ sở; xây dựng cấp xã đạt chuẩn tiếp cận pháp luật "
            "năm 2026;"
        ),
        P(
            "Sở Nông nghiệp và Môi trường xây dựng Kế hoạch phổ biến, giáo dục pháp luật (PBGDPL) năm 2026 "
            "như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "1. Nâng cao nhận thức, ý thức chấp hành pháp luật của công chức, viên chức, người lao động "
            "thuộc Sở và người dân, doanh nghiệp trong lĩnh vực nông nghiệp, tài nguyên và môi trường."
        ),
        P(
            "2. Nội dung phổ biến bám sát nhiệm vụ chính trị của ngành; hình thức phù hợp với từng đối "
            "tượng, địa bàn, nhất là các xã vùng sâu, vùng xa, các xã ven sông Tiền."
        ),
        P("II. NỘI DUNG, NHIỆM VỤ", bold=True),
        P("1. Phổ biến các luật, nghị quyết mới được Quốc hội thông qua tại Kỳ họp thứ 10", bold=True),
        P(
            "Tổ chức hội nghị quán triệt, giới thiệu nội dung cơ bản của các luật mới thuộc lĩnh vực quản "
            "lý của ngành cho công chức, viên chức, người lao động."
        ),
        P("Đơn vị chủ trì: Văn phòng Sở."),
        P("Phối hợp: Chi cục Kiểm lâm, Chi cục Thủy lợi và các phòng chuyên môn thuộc Sở."),
        P("Thời gian thực hiện: Quý I, II/2026."),
        P(
            "2. Tuyên truyền pháp luật về đất đai, tài nguyên nước, bảo vệ môi trường cho người dân các "
            "xã ven sông Tiền",
            bold=True,
        ),
        P("Đơn vị chủ trì: Chi cục Quản lý đất đai."),
        P(
            "Phối hợp: Trung tâm Quan trắc tài nguyên và môi trường; UBND các xã, phường có liên quan."
        ),
        P("Thời gian thực hiện: Từ tháng 3 đến tháng 9/2026."),
        P(
            "3. Phổ biến quy định về phòng, chống khai thác hải sản bất hợp pháp, không báo cáo và không "
            "theo quy định (IUU)",
            bold=True,
        ),
        P("Đơn vị chủ trì: Chi cục Thủy sản."),
        P("Phối hợp: Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Công an tỉnh."),
        P("Thời gian thực hiện: Thường xuyên."),
        P("4. Cập nhật, đăng tải văn bản pháp luật trên Trang thông tin điện tử của Sở", bold=True),
        P("Đơn vị chủ trì: Văn phòng Sở."),
        P("Thời gian thực hiện: Hằng tháng."),
        P(
            "5. Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam (09/11)",
            bold=True,
        ),
        P(
            "Treo băng rôn, khẩu hiệu; tổ chức tọa đàm, giới thiệu văn bản pháp luật mới tại cơ quan Sở."
        ),
        P("Đơn vị chủ trì: Phòng Pháp chế."),
        P("Phối hợp: Công đoàn cơ sở Sở Nông nghiệp và Môi trường."),
        P("Thời gian thực hiện: Tháng 11/2026."),
        P("6. Tập huấn nghiệp vụ cho công chức làm công tác pháp chế, báo cáo viên pháp luật", bold=True),
        P("Đơn vị chủ trì: Phòng Pháp chế."),
        P("Phối hợp: Sở Tư pháp."),
        P("Thời gian thực hiện: Khi có văn bản hướng dẫn của Sở Tư pháp."),
        P(
            "7. Rà soát, tự kiểm tra văn bản quy phạm pháp luật thuộc lĩnh vực quản lý của ngành",
            bold=True,
        ),
        P("Đơn vị chủ trì: Phòng Pháp chế."),
        P("Phối hợp: các chi cục, đơn vị sự nghiệp trực thuộc Sở."),
        P("Thời gian thực hiện: Trước ngày 30/11/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "1. Thủ trưởng các phòng, chi cục, đơn vị sự nghiệp thuộc Sở căn cứ Kế hoạch này chủ động "
            "triển khai thực hiện; báo cáo kết quả về Sở (qua Phòng Pháp chế) trước ngày 20/11/2026."
        ),
        P(
            "2. Kinh phí thực hiện từ nguồn ngân sách nhà nước giao cho các đơn vị năm 2026 và các nguồn "
            "hợp pháp khác."
        ),
        P(
            "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Phòng Pháp chế "
            "để tổng hợp, báo cáo Giám đốc Sở xem xét, chỉ đạo./."
        ),
    ]
    + _end(
        ["Sở Tư pháp (b/c);", "Giám đốc, các Phó Giám đốc Sở;", "Các phòng, chi cục, đơn vị thuộc Sở;"],
        ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
        "Nguyễn Văn Thành",
    ),
    [
        Exp(
            "Phổ biến các luật, nghị quyết mới được Quốc hội",
            ("Văn phòng Sở",),
            ("Chi cục Kiểm lâm", "Chi cục Thủy lợi", "các phòng chuyên môn thuộc Sở"),
            "2026-06-30",
        ),
        Exp(
            "Tuyên truyền pháp luật về đất đai, tài nguyên nước",
            ("Chi cục Quản lý đất đai",),
            ("Trung tâm Quan trắc tài nguyên và môi trường", "UBND các xã, phường có liên quan"),
            "2026-09-30",
        ),
        Exp(
            "Phổ biến quy định về phòng, chống khai thác hải sản",
            ("Chi cục Thủy sản",),
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Công an tỉnh"),
            "2026-12-31",
        ),
        Exp(
            "Cập nhật, đăng tải văn bản pháp luật trên Trang",
            ("Văn phòng Sở",),
            (),
            "2026-12-31",
        ),
        Exp(
            "Hưởng ứng Ngày Pháp luật nước Cộng hòa",
            ("Phòng Pháp chế",),
            ("Công đoàn cơ sở Sở Nông nghiệp và Môi trường",),
            "2026-11-30",
        ),
        Exp(
            "Tập huấn nghiệp vụ cho công chức làm công tác pháp chế",
            ("Phòng Pháp chế",),
            ("Sở Tư pháp",),
            "2026-12-31",
            on_request=True,
        ),
        Exp(
            "Rà soát, tự kiểm tra văn bản quy phạm pháp luật",
            ("Phòng Pháp chế",),
            ("các chi cục, đơn vị sự nghiệp trực thuộc Sở",),
            "2026-11-30",
        ),
    ],
)


# ---------------------------------------------------------------- 2. Sở Y tế Cần Thơ
PLAN_YTE = Plan(
    "set40_yte_cantho",
    _head(
        "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ",
        "SỞ Y TẾ",
        "112/KH-SYT",
        "Cần Thơ, ngày 05 tháng 02 năm 2026",
        ["Triển khai công tác phổ biến, giáo dục pháp luật ngành Y tế", "thành phố Cần Thơ năm 2026"],
    )
    + [
        P(
            "Thực hiện Kế hoạch số 27/KH-UBND ngày 20/01/2026 của Ủy ban nhân dân thành phố Cần Thơ về "
            "công tác phổ biến, giáo dục pháp luật năm 2026; Công văn số 85/STP-PBGDPL ngày 22/01/2026 của "
            "Sở Tư pháp, Sở Y tế ban hành Kế hoạch như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "- Kịp thời phổ biến các văn bản pháp luật mới về y tế đến cán bộ, công chức, viên chức, người "
            "lao động trong ngành và Nhân dân trên địa bàn thành phố sau hợp nhất."
        ),
        P(
            "- Xác định rõ đơn vị chủ trì, đơn vị phối hợp, thời gian thực hiện; gắn công tác PBGDPL với "
            "thực hiện nhiệm vụ chuyên môn của từng đơn vị."
        ),
        P("II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        P("(Chi tiết theo bảng dưới đây)"),
        T(
            (
                ("STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện", "Ghi chú"),
                ("I", "CÔNG TÁC CHỈ ĐẠO, HƯỚNG DẪN", "", "", "", ""),
                (
                    "1",
                    "Ban hành văn bản hướng dẫn các đơn vị trực thuộc triển khai Kế hoạch PBGDPL năm 2026",
                    "Văn phòng Sở",
                    "Phòng Nghiệp vụ Y",
                    "Tháng 01 - 02/2026",
                    "",
                ),
                ("II", "PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT", "", "", "", ""),
                (
                    "2",
                    "Phổ biến Luật Phòng bệnh và các văn bản quy định chi tiết cho cán bộ y tế dự phòng",
                    "Phòng Nghiệp vụ Y",
                    "Trung tâm Kiểm soát bệnh tật thành phố, các bệnh viện trực thuộc Sở",
                    "Quý II/2026",
                    "Hội nghị trực tiếp kết hợp trực tuyến",
                ),
                (
                    "3",
                    "Tuyên truyền pháp luật về an toàn thực phẩm trong Tháng hành động vì an toàn thực phẩm",
                    "Chi cục An toàn vệ sinh thực phẩm",
                    "UBND các xã, phường; Sở Công Thương; Sở Nông nghiệp và Môi trường",
                    "Từ 15/4 đến 15/5/2026",
                    "",
                ),
                (
                    "4",
                    "Phổ biến quy định về khám bệnh, chữa bệnh và quy tắc ứng xử của nhân viên y tế",
                    "Các bệnh viện, trung tâm y tế trực thuộc",
                    "Phòng Tổ chức cán bộ",
                    "Thường xuyên",
                    "",
                ),
                (
                    "5",
                    "Tổ chức cuộc thi tìm hiểu pháp luật về dân số và chăm sóc sức khỏe sinh sản",
                    "Chi cục Dân số",
                    "Công đoàn ngành Y tế",
                    "Quý III/2026",
                    "Thi trực tuyến",
                ),
                (
                    "6",
                    "Biên soạn tờ gấp pháp luật về phòng, chống dịch bệnh bằng tiếng Khmer",
                    "Trung tâm Kiểm soát bệnh tật thành phố",
                    "Sở Dân tộc và Tôn giáo",
                    "Tháng 6 - 8/2026",
                    "Cấp phát tại các xã có đông đồng bào Khmer",
                ),
                ("III", "KIỂM TRA, BÁO CÁO", "", "", "", ""),
                (
                    "7",
                    "Tổng hợp, báo cáo kết quả công tác PBGDPL năm 2026 gửi Sở Tư pháp",
                    "Văn phòng Sở",
                    "",
                    "Trước ngày 25/11/2026",
                    "",
                ),
            ),
            widths=(8, 55, 30, 40, 25, 25),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "1. Văn phòng Sở là đầu mối theo dõi, đôn đốc các đơn vị triển khai Kế hoạch; tham mưu Giám "
            "đốc Sở báo cáo kết quả theo quy định."
        ),
        P(
            "2. Thủ trưởng các đơn vị trực thuộc chịu trách nhiệm tổ chức thực hiện các nội dung được "
            "phân công; gửi báo cáo kết quả về Sở Y tế (qua Văn phòng Sở) trước ngày 15/11/2026."
        ),
    ]
    + _end(
        ["Sở Tư pháp;", "Ban Giám đốc Sở;", "Các đơn vị trực thuộc;", "Cổng TTĐT Sở Y tế;"],
        ["GIÁM ĐỐC"],
        "Trần Thị Mỹ Hạnh",
    ),
    [
        Exp(
            "Ban hành văn bản hướng dẫn các đơn vị trực thuộc",
            ("Văn phòng Sở",),
            ("Phòng Nghiệp vụ Y",),
            "2026-02-28",
        ),
        Exp(
            "Phổ biến Luật Phòng bệnh và các văn bản",
            ("Phòng Nghiệp vụ Y",),
            ("Trung tâm Kiểm soát bệnh tật thành phố", "các bệnh viện trực thuộc Sở"),
            "2026-06-30",
        ),
        Exp(
            "Tuyên truyền pháp luật về an toàn thực phẩm",
            ("Chi cục An toàn vệ sinh thực phẩm",),
            ("UBND các xã, phường", "Sở Công Thương", "Sở Nông nghiệp và Môi trường"),
            "2026-05-15",
        ),
        Exp(
            "Phổ biến quy định về khám bệnh, chữa bệnh",
            ("Các bệnh viện, trung tâm y tế trực thuộc",),
            ("Phòng Tổ chức cán bộ",),
            "2026-12-31",
        ),
        Exp(
            "Tổ chức cuộc thi tìm hiểu pháp luật về dân số",
            ("Chi cục Dân số",),
            ("Công đoàn ngành Y tế",),
            "2026-09-30",
        ),
        Exp(
            "Biên soạn tờ gấp pháp luật về phòng, chống dịch bệnh",
            ("Trung tâm Kiểm soát bệnh tật thành phố",),
            ("Sở Dân tộc và Tôn giáo",),
            "2026-08-31",
        ),
        Exp(
            "Tổng hợp, báo cáo kết quả công tác PBGDPL",
            ("Văn phòng Sở",),
            (),
            "2026-11-25",
        ),
    ],
)


# ---------------------------------------------------------------- 3. Thuế tỉnh An Giang
PLAN_THUE = Plan(
    "set40_thue_angiang",
    _head(
        "CỤC THUẾ",
        "THUẾ TỈNH AN GIANG",
        "205/KH-ANG",
        "An Giang, ngày 26 tháng 01 năm 2026",
        ["Tuyên truyền, phổ biến, giáo dục pháp luật về thuế năm 2026"],
    )
    + [
        P(
            "Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012; Luật Quản lý thuế số 38/2019/QH14 và Luật "
            "Quản lý thuế (sửa đổi) số 108/2025/QH15;"
        ),
        P(
            "Căn cứ Quyết định số 381/QĐ-CT ngày 15/01/2026 của Cục trưởng Cục Thuế ban hành Chương trình "
            "tuyên truyền, hỗ trợ người nộp thuế năm 2026;"
        ),
        P(
            "Căn cứ Kế hoạch số 18/KH-UBND ngày 14/01/2026 của UBND tỉnh An Giang về công tác PBGDPL năm "
            "2026, Thuế tỉnh An Giang xây dựng Kế hoạch thực hiện như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "Giúp người nộp thuế nắm bắt kịp thời chính sách, pháp luật thuế mới, nhất là việc bỏ thuế "
            "khoán đối với hộ kinh doanh từ năm 2026; nâng cao tính tuân thủ tự nguyện."
        ),
        P(
            "Công tác tuyên truyền phải chính xác, kịp thời, đúng đối tượng, tiết kiệm; phối hợp chặt "
            "chẽ với các cơ quan thông tấn, báo chí và chính quyền cấp xã."
        ),
        P("II. NỘI DUNG THỰC HIỆN", bold=True),
        P(
            "1. Tuyên truyền, hỗ trợ hộ kinh doanh chuyển đổi từ phương pháp khoán sang phương pháp kê "
            "khai, sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền. Giao Phòng Quản lý hộ kinh doanh, cá "
            "nhân và thu khác chủ trì, phối hợp với các Thuế cơ sở thực hiện. Thời hạn: Quý I/2026."
        ),
        P(
            "2. Phổ biến Luật Quản lý thuế (sửa đổi) và các văn bản hướng dẫn thi hành đến công chức thuế "
            "và người nộp thuế. Phòng Nghiệp vụ, dự toán, pháp chế chủ trì; Văn phòng và các Thuế cơ sở "
            "phối hợp. Thời hạn: sau khi các văn bản hướng dẫn được ban hành."
        ),
        P(
            "3. Tổ chức hội nghị đối thoại với doanh nghiệp về chính sách, thủ tục hành chính thuế. Giao "
            "Phòng Quản lý, hỗ trợ doanh nghiệp số 1 chủ trì, phối hợp với Hiệp hội Doanh nghiệp tỉnh, Sở "
            "Tài chính tổ chức. Thời hạn: tháng 4 và tháng 10/2026."
        ),
        P(
            "4. Cập nhật chính sách thuế mới, giải đáp vướng mắc của người nộp thuế trên Trang thông tin "
            "điện tử và các nhóm Zalo hỗ trợ. Văn phòng có trách nhiệm thực hiện. Thời hạn: thường xuyên."
        ),
        P(
            "5. Phổ biến pháp luật về phòng, chống tham nhũng, tiêu cực và quy tắc ứng xử cho công chức "
            "thuế. Giao Phòng Kiểm tra nội bộ chủ trì, phối hợp với Văn phòng thực hiện. Thời hạn: tháng "
            "6/2026."
        ),
        P(
            "6. Xây dựng chuyên mục \"Thuế với người nộp thuế\" phát sóng định kỳ. Văn phòng chủ trì; đề "
            "nghị Báo và Phát thanh, Truyền hình An Giang phối hợp thực hiện. Thời hạn: hằng tháng."
        ),
        P(
            "7. Hướng dẫn quyết toán thuế thu nhập cá nhân năm 2025 cho tổ chức, cá nhân trả thu nhập. Các "
            "Thuế cơ sở chủ trì, phối hợp với Phòng Quản lý hộ kinh doanh, cá nhân và thu khác. Thời hạn: "
            "từ tháng 02 đến ngày 30/4/2026."
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "Trưởng các phòng, Trưởng Thuế cơ sở căn cứ nội dung được giao chủ động xây dựng kế hoạch chi "
            "tiết, tổ chức thực hiện; định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 15/11) báo cáo "
            "kết quả về Thuế tỉnh (qua Phòng Nghiệp vụ, dự toán, pháp chế)."
        ),
        P(
            "Kinh phí thực hiện được bố trí trong dự toán chi thường xuyên năm 2026 của Thuế tỉnh An Giang."
        ),
    ]
    + _end(
        ["Cục Thuế (b/c);", "UBND tỉnh An Giang (b/c);", "Sở Tư pháp;", "Lãnh đạo Thuế tỉnh;",
         "Các phòng, Thuế cơ sở;"],
        ["TRƯỞNG THUẾ TỈNH"],
        "Lâm Quốc Tuấn",
    ),
    [
        Exp(
            "Tuyên truyền, hỗ trợ hộ kinh doanh chuyển đổi",
            ("Phòng Quản lý hộ kinh doanh, cá nhân và thu khác",),
            ("các Thuế cơ sở",),
            "2026-03-31",
        ),
        Exp(
            "Phổ biến Luật Quản lý thuế (sửa đổi)",
            ("Phòng Nghiệp vụ, dự toán, pháp chế",),
            ("Văn phòng", "các Thuế cơ sở"),
            "2026-12-31",
            on_request=True,
        ),
        Exp(
            "Tổ chức hội nghị đối thoại với doanh nghiệp",
            ("Phòng Quản lý, hỗ trợ doanh nghiệp số 1",),
            ("Hiệp hội Doanh nghiệp tỉnh", "Sở Tài chính"),
            "2026-10-31",
        ),
        Exp(
            "Cập nhật chính sách thuế mới, giải đáp vướng mắc",
            ("Văn phòng",),
            (),
            "2026-12-31",
        ),
        Exp(
            "Phổ biến pháp luật về phòng, chống tham nhũng",
            ("Phòng Kiểm tra nội bộ",),
            ("Văn phòng",),
            "2026-06-30",
        ),
        Exp(
            "Xây dựng chuyên mục \"Thuế với người nộp thuế\"",
            ("Văn phòng",),
            ("Báo và Phát thanh, Truyền hình An Giang",),
            "2026-12-31",
        ),
        Exp(
            "Hướng dẫn quyết toán thuế thu nhập cá nhân",
            ("Các Thuế cơ sở",),
            ("Phòng Quản lý hộ kinh doanh, cá nhân và thu khác",),
            "2026-04-30",
        ),
    ],
)


# ---------------------------------------------------------------- 4. Ban Quản lý Khu kinh tế Tây Ninh
PLAN_KKT = Plan(
    "set40_bqlkkt_tayninh",
    _head(
        "UBND TỈNH TÂY NINH",
        "BAN QUẢN LÝ KHU KINH TẾ",
        "57/KH-BQLKKT",
        "Tây Ninh, ngày 10 tháng 02 năm 2026",
        [
            "Phổ biến, giáo dục pháp luật cho doanh nghiệp và người lao động",
            "trong các khu công nghiệp, khu kinh tế năm 2026",
        ],
    )
    + [
        P(
            "Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012; Nghị định số 35/2022/NĐ-CP ngày 28/5/2022 "
            "của Chính phủ quy định về quản lý khu công nghiệp và khu kinh tế;"
        ),
        P(
            "Căn cứ Kế hoạch số 31/KH-UBND ngày 16/01/2026 của UBND tỉnh Tây Ninh về công tác phổ biến, "
            "giáo dục pháp luật năm 2026;"
        ),
        P(
            "Ban Quản lý Khu kinh tế tỉnh ban hành Kế hoạch phổ biến, giáo dục pháp luật năm 2026 với các "
            "nội dung sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "1. Giúp doanh nghiệp, người lao động trong các khu công nghiệp nắm vững quyền, nghĩa vụ theo "
            "quy định pháp luật về lao động, đầu tư, môi trường, phòng cháy, chữa cháy; hạn chế tranh chấp "
            "lao động, ngừng việc tập thể."
        ),
        P(
            "2. Phân công cụ thể, gắn trách nhiệm của từng phòng thuộc Ban; phối hợp chặt chẽ với các sở, "
            "ngành, tổ chức công đoàn."
        ),
        P("II. NỘI DUNG, PHÂN CÔNG THỰC HIỆN", bold=True),
        T(
            (
                ("Nội dung công việc", "Cơ quan thực hiện", "Cơ quan phối hợp", "Tiến độ", "Sản phẩm"),
                (
                    "Phổ biến Bộ luật Lao động và các văn bản hướng dẫn cho người lao động trong các khu "
                    "công nghiệp",
                    "Phòng Quản lý lao động",
                    "Công đoàn các khu công nghiệp tỉnh; Sở Nội vụ",
                    "Quý II - Quý III/2026",
                    "Hội nghị; tờ gấp",
                ),
                (
                    "Tuyên truyền pháp luật về bảo vệ môi trường, thu gom và xử lý nước thải tập trung",
                    "Phòng Quản lý tài nguyên và môi trường",
                    "Sở Nông nghiệp và Môi trường, Phòng Cảnh sát phòng, chống tội phạm về môi trường - "
                    "Công an tỉnh",
                    "Tháng 5 - 6/2026",
                    "Hội nghị tập huấn",
                ),
                (
                    "Hướng dẫn doanh nghiệp thực hiện thủ tục đầu tư theo Luật Đầu tư (sửa đổi)",
                    "Phòng Quản lý đầu tư",
                    "Văn phòng Ban",
                    "Khi có hướng dẫn của Bộ Tài chính",
                    "Tài liệu hướng dẫn",
                ),
                (
                    "Phổ biến pháp luật về phòng cháy, chữa cháy và cứu nạn, cứu hộ tại nhà xưởng",
                    "Phòng Quản lý quy hoạch và xây dựng",
                    "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ - Công an tỉnh; các doanh "
                    "nghiệp trong khu công nghiệp",
                    "Tháng 10/2026",
                    "Diễn tập, hội nghị",
                ),
                (
                    "Tổ chức đối thoại giữa người sử dụng lao động và người lao động về chính sách tiền "
                    "lương, bảo hiểm xã hội",
                    "Phòng Quản lý lao động",
                    "Công đoàn các khu công nghiệp tỉnh, Bảo hiểm xã hội tỉnh",
                    "Tháng 6 và tháng 12/2026",
                    "02 buổi đối thoại",
                ),
                (
                    "Cập nhật văn bản pháp luật mới lên Trang thông tin điện tử của Ban",
                    "Văn phòng Ban",
                    "",
                    "Thường xuyên",
                    "Tin, bài",
                ),
                (
                    "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch gửi UBND tỉnh, Sở Tư pháp",
                    "Văn phòng Ban",
                    "Các phòng thuộc Ban",
                    "Trước 20/11/2026",
                    "Báo cáo",
                ),
            ),
            widths=(60, 35, 45, 25, 25),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "Các phòng thuộc Ban căn cứ nhiệm vụ được phân công chủ động phối hợp tổ chức thực hiện, báo "
            "cáo kết quả về Văn phòng Ban trước ngày 10/11/2026 để tổng hợp."
        ),
        P(
            "Đề nghị Công đoàn các khu công nghiệp tỉnh phối hợp vận động doanh nghiệp tạo điều kiện cho "
            "người lao động tham gia các hoạt động phổ biến pháp luật."
        ),
    ]
    + _end(
        ["UBND tỉnh (b/c);", "Sở Tư pháp;", "Trưởng ban, các Phó Trưởng ban;", "Các phòng thuộc Ban;"],
        ["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"],
        "Huỳnh Văn Dũng",
    ),
    [
        Exp(
            "Phổ biến Bộ luật Lao động và các văn bản",
            ("Phòng Quản lý lao động",),
            ("Công đoàn các khu công nghiệp tỉnh", "Sở Nội vụ"),
            "2026-09-30",
        ),
        Exp(
            "Tuyên truyền pháp luật về bảo vệ môi trường",
            ("Phòng Quản lý tài nguyên và môi trường",),
            (
                "Sở Nông nghiệp và Môi trường",
                "Phòng Cảnh sát phòng, chống tội phạm về môi trường - Công an tỉnh",
            ),
            "2026-06-30",
        ),
        Exp(
            "Hướng dẫn doanh nghiệp thực hiện thủ tục đầu tư",
            ("Phòng Quản lý đầu tư",),
            ("Văn phòng Ban",),
            "2026-12-31",
            on_request=True,
        ),
        Exp(
            "Phổ biến pháp luật về phòng cháy, chữa cháy",
            ("Phòng Quản lý quy hoạch và xây dựng",),
            (
                "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ - Công an tỉnh",
                "các doanh nghiệp trong khu công nghiệp",
            ),
            "2026-10-31",
        ),
        Exp(
            "Tổ chức đối thoại giữa người sử dụng lao động",
            ("Phòng Quản lý lao động",),
            ("Công đoàn các khu công nghiệp tỉnh", "Bảo hiểm xã hội tỉnh"),
            "2026-12-31",
        ),
        Exp(
            "Cập nhật văn bản pháp luật mới lên Trang",
            ("Văn phòng Ban",),
            (),
            "2026-12-31",
        ),
        Exp(
            "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch",
            ("Văn phòng Ban",),
            ("Các phòng thuộc Ban",),
            "2026-11-20",
        ),
    ],
)


# ---------------------------------------------------------------- 5. Sở GD&ĐT TP. Hồ Chí Minh
PLAN_GD = Plan(
    "set40_gddt_hcm",
    _head(
        "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH",
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
        "4127/KH-SGDĐT",
        "Thành phố Hồ Chí Minh, ngày 18 tháng 9 năm 2026",
        ["Công tác phổ biến, giáo dục pháp luật năm học 2026 - 2027"],
    )
    + [
        P(
            "Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012; Thông tư số 08/2026/TT-BGDĐT ngày "
            "12/8/2026 của Bộ trưởng Bộ Giáo dục và Đào tạo hướng dẫn thực hiện nhiệm vụ năm học 2026 - "
            "2027 (phần công tác pháp chế);"
        ),
        P(
            "Căn cứ Kế hoạch số 2210/KH-UBND ngày 30/8/2026 của Ủy ban nhân dân Thành phố về triển khai "
            "nhiệm vụ năm học 2026 - 2027;"
        ),
        P(
            "Sở Giáo dục và Đào tạo xây dựng Kế hoạch công tác phổ biến, giáo dục pháp luật năm học 2026 - "
            "2027 như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "1. Nâng cao ý thức tôn trọng và chấp hành pháp luật của cán bộ quản lý, giáo viên, nhân viên, "
            "học sinh; xây dựng môi trường giáo dục an toàn, lành mạnh, thân thiện."
        ),
        P(
            "2. Lồng ghép có hiệu quả nội dung giáo dục pháp luật vào hoạt động dạy học, giáo dục; không "
            "gây quá tải cho học sinh."
        ),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P(
            "a) Quán triệt các văn bản pháp luật mới liên quan đến ngành giáo dục, nhất là Luật Nhà giáo "
            "và các văn bản hướng dẫn: Văn phòng Sở chủ trì, phối hợp Phòng Tổ chức cán bộ tổ chức hội "
            "nghị cho cán bộ quản lý các đơn vị trực thuộc. Thời gian: tháng 10/2026."
        ),
        P(
            "b) Lồng ghép giáo dục pháp luật trong chương trình môn Giáo dục kinh tế và pháp luật, Giáo "
            "dục công dân: Phòng Giáo dục phổ thông chủ trì hướng dẫn; Hiệu trưởng các trường trung học "
            "phổ thông phối hợp tổ chức thực hiện. Thời gian: từ tháng 9/2026 đến tháng 5/2027."
        ),
        P("c) Tuyên truyền, giáo dục pháp luật về trật tự, an toàn giao thông cho học sinh:"),
        P(
            "- Tổ chức ra quân \"Tháng an toàn giao thông\" và tuyên truyền quy định không giao xe cho học "
            "sinh chưa đủ tuổi: Phòng Giáo dục phổ thông chủ trì, phối hợp với Phòng Cảnh sát giao thông "
            "Công an Thành phố; thời gian: tháng 9/2026."
        ),
        P(
            "- Ký cam kết chấp hành Luật Trật tự, an toàn giao thông đường bộ giữa nhà trường, phụ huynh "
            "và học sinh: các trường trung học phổ thông, các trung tâm giáo dục nghề nghiệp - giáo dục "
            "thường xuyên thực hiện; thời gian: trước ngày 30/10/2026."
        ),
        P(
            "d) Xây dựng, khai thác \"Tủ sách pháp luật\" và thư viện điện tử về pháp luật tại đơn vị: Thủ "
            "trưởng các đơn vị trực thuộc Sở chịu trách nhiệm thực hiện. Thời gian: trước ngày 31/12/2026."
        ),
        P(
            "đ) Tổ chức Cuộc thi \"Học sinh Thành phố với pháp luật\" năm học 2026 - 2027: Phòng Giáo dục "
            "phổ thông chủ trì; Thành Đoàn, Hội Luật gia Thành phố phối hợp. Thời gian: tháng 3 - 4/2027."
        ),
        P(
            "e) Tập huấn kỹ năng phòng, chống bạo lực học đường, xâm hại trẻ em cho giáo viên chủ nhiệm, "
            "nhân viên tư vấn tâm lý: Văn phòng Sở chủ trì, phối hợp với Sở Y tế và Sở Tư pháp. Thời "
            "gian: tháng 11/2026."
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "1. Các phòng thuộc Sở theo chức năng, nhiệm vụ hướng dẫn, kiểm tra việc thực hiện Kế hoạch "
            "tại các đơn vị."
        ),
        P(
            "2. Thủ trưởng các đơn vị trực thuộc báo cáo sơ kết học kỳ I trước ngày 15/01/2027 và tổng kết "
            "năm học trước ngày 25/5/2027 về Sở (qua Văn phòng Sở)."
        ),
    ]
    + _end(
        ["Bộ Giáo dục và Đào tạo (Vụ Pháp chế);", "UBND Thành phố (b/c);", "Sở Tư pháp;",
         "Các đơn vị trực thuộc;"],
        ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
        "Lê Thụy Mỵ Châu",
    ),
    [
        Exp(
            "Quán triệt các văn bản pháp luật mới liên quan",
            ("Văn phòng Sở",),
            ("Phòng Tổ chức cán bộ",),
            "2026-10-31",
        ),
        Exp(
            "Lồng ghép giáo dục pháp luật trong chương trình",
            ("Phòng Giáo dục phổ thông",),
            ("Hiệu trưởng các trường trung học phổ thông",),
            "2027-05-31",
        ),
        Exp(
            "Tổ chức ra quân \"Tháng an toàn giao thông\"",
            ("Phòng Giáo dục phổ thông",),
            ("Phòng Cảnh sát giao thông Công an Thành phố",),
            "2026-09-30",
        ),
        Exp(
            "Ký cam kết chấp hành Luật Trật tự, an toàn giao thông",
            ("các trường trung học phổ thông", "các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên"),
            (),
            "2026-10-30",
        ),
        Exp(
            "Xây dựng, khai thác \"Tủ sách pháp luật\"",
            ("Thủ trưởng các đơn vị trực thuộc Sở",),
            (),
            "2026-12-31",
        ),
        Exp(
            "Tổ chức Cuộc thi \"Học sinh Thành phố với pháp luật\"",
            ("Phòng Giáo dục phổ thông",),
            ("Thành Đoàn", "Hội Luật gia Thành phố"),
            "2027-04-30",
        ),
        Exp(
            "Tập huấn kỹ năng phòng, chống bạo lực học đường",
            ("Văn phòng Sở",),
            ("Sở Y tế", "Sở Tư pháp"),
            "2026-11-30",
        ),
    ],
)


# ---------------------------------------------------------------- 6. BHXH tỉnh Cà Mau
PLAN_BHXH = Plan(
    "set40_bhxh_camau",
    _head(
        "BẢO HIỂM XÃ HỘI VIỆT NAM",
        "BẢO HIỂM XÃ HỘI TỈNH CÀ MAU",
        "96/KH-BHXH",
        "Cà Mau, ngày 28 tháng 01 năm 2026",
        ["Tuyên truyền, phổ biến chính sách, pháp luật về bảo hiểm xã hội, bảo hiểm y tế,",
         "bảo hiểm thất nghiệp năm 2026"],
    )
    + [
        P(
            "Căn cứ Luật Bảo hiểm xã hội số 41/2024/QH15; Luật Bảo hiểm y tế số 51/2024/QH15 sửa đổi, bổ "
            "sung một số điều của Luật Bảo hiểm y tế;"
        ),
        P(
            "Căn cứ Quyết định số 112/QĐ-BHXH ngày 08/01/2026 của Bảo hiểm xã hội Việt Nam ban hành Kế "
            "hoạch truyền thông năm 2026; Kế hoạch số 14/KH-UBND ngày 15/01/2026 của UBND tỉnh Cà Mau về "
            "công tác phổ biến, giáo dục pháp luật năm 2026;"
        ),
        P("Bảo hiểm xã hội tỉnh Cà Mau xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "- Đưa chính sách, pháp luật về bảo hiểm xã hội, bảo hiểm y tế đến với người lao động, người "
            "dân, nhất là lao động khu vực phi chính thức, ngư dân ven biển; phấn đấu đạt chỉ tiêu bao phủ "
            "được giao."
        ),
        P("- Hoạt động tuyên truyền bảo đảm thiết thực, hiệu quả, tiết kiệm, đúng dự toán được giao."),
        P("II. NỘI DUNG, THỜI GIAN, ĐƠN VỊ THỰC HIỆN", bold=True),
        T(
            (
                ("STT", "Nội dung", "Đơn vị thực hiện", "", "Thời gian", "", "Kinh phí"),
                ("", "", "Chủ trì", "Phối hợp", "Bắt đầu", "Hoàn thành", ""),
                ("A", "TUYÊN TRUYỀN CHÍNH SÁCH, PHÁP LUẬT", "", "", "", "", ""),
                (
                    "1",
                    "Tuyên truyền Luật Bảo hiểm xã hội năm 2024 và các nghị định hướng dẫn trên phương tiện "
                    "thông tin đại chúng",
                    "Phòng Quản lý thu và Phát triển người tham gia",
                    "Văn phòng; Bưu điện tỉnh Cà Mau",
                    "01/2026",
                    "12/2026",
                    "Chi thường xuyên",
                ),
                (
                    "2",
                    "Hội nghị đối thoại chính sách bảo hiểm xã hội với người lao động tại doanh nghiệp",
                    "Phòng Chế độ bảo hiểm xã hội",
                    "Liên đoàn Lao động tỉnh",
                    "3/2026",
                    "6/2026",
                    "Chi thường xuyên",
                ),
                (
                    "3",
                    "Phổ biến Luật Bảo hiểm y tế sửa đổi tại cơ sở khám bệnh, chữa bệnh",
                    "Phòng Giám định bảo hiểm y tế",
                    "Sở Y tế; các cơ sở khám bệnh, chữa bệnh có ký hợp đồng",
                    "4/2026",
                    "15/7/2026",
                    "Không phát sinh",
                ),
                (
                    "4",
                    "Tuyên truyền, vận động người dân tham gia bảo hiểm xã hội tự nguyện tại các xã ven biển",
                    "Bảo hiểm xã hội cơ sở Bạc Liêu, Bảo hiểm xã hội cơ sở Năm Căn",
                    "UBND các xã, phường; Bưu điện tỉnh Cà Mau",
                    "5/2026",
                    "10/2026",
                    "Chi thường xuyên",
                ),
                ("B", "PHỔ BIẾN PHÁP LUẬT NỘI NGÀNH", "", "", "", "", ""),
                (
                    "5",
                    "Phổ biến quy định về thanh tra, kiểm tra chuyên ngành đóng bảo hiểm xã hội, bảo hiểm "
                    "thất nghiệp, bảo hiểm y tế",
                    "Phòng Kiểm tra",
                    "",
                    "01/4/2026",
                    "30/9/2026",
                    "Không phát sinh",
                ),
                (
                    "6",
                    "Tập huấn quy trình thu mới cho nhân viên đại lý thu",
                    "Phòng Quản lý thu và Phát triển người tham gia",
                    "Bưu điện tỉnh Cà Mau",
                    "Sau khi Bảo hiểm xã hội Việt Nam ban hành quy trình thu mới",
                    "",
                    "Chi thường xuyên",
                ),
                (
                    "7",
                    "Sơ kết, đánh giá kết quả công tác tuyên truyền, PBGDPL năm 2026",
                    "Văn phòng",
                    "Các phòng nghiệp vụ; Bảo hiểm xã hội cơ sở",
                    "11/2026",
                    "25/11/2026",
                    "",
                ),
            ),
            widths=(8, 55, 32, 32, 18, 18, 20),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "1. Văn phòng là đầu mối theo dõi, hướng dẫn, tổng hợp tình hình thực hiện Kế hoạch; tham mưu "
            "Giám đốc báo cáo Bảo hiểm xã hội Việt Nam và UBND tỉnh theo quy định."
        ),
        P(
            "2. Trưởng các phòng nghiệp vụ, Giám đốc Bảo hiểm xã hội cơ sở căn cứ Kế hoạch tổ chức thực "
            "hiện; báo cáo kết quả 6 tháng trước ngày 10/6/2026, báo cáo năm trước ngày 10/11/2026."
        ),
    ]
    + _end(
        ["BHXH Việt Nam (b/c);", "UBND tỉnh Cà Mau (b/c);", "Sở Tư pháp;", "Giám đốc, các Phó Giám đốc;",
         "Các phòng nghiệp vụ, BHXH cơ sở;"],
        ["GIÁM ĐỐC"],
        "Tô Thanh Phong",
    ),
    [
        Exp(
            "Tuyên truyền Luật Bảo hiểm xã hội năm 2024",
            ("Phòng Quản lý thu và Phát triển người tham gia",),
            ("Văn phòng", "Bưu điện tỉnh Cà Mau"),
            "2026-12-31",
        ),
        Exp(
            "Hội nghị đối thoại chính sách bảo hiểm xã hội",
            ("Phòng Chế độ bảo hiểm xã hội",),
            ("Liên đoàn Lao động tỉnh",),
            "2026-06-30",
        ),
        Exp(
            "Phổ biến Luật Bảo hiểm y tế sửa đổi",
            ("Phòng Giám định bảo hiểm y tế",),
            ("Sở Y tế", "các cơ sở khám bệnh, chữa bệnh có ký hợp đồng"),
            "2026-07-15",
        ),
        Exp(
            "Tuyên truyền, vận động người dân tham gia",
            ("Bảo hiểm xã hội cơ sở Bạc Liêu", "Bảo hiểm xã hội cơ sở Năm Căn"),
            ("UBND các xã, phường", "Bưu điện tỉnh Cà Mau"),
            "2026-10-31",
        ),
        Exp(
            "Phổ biến quy định về thanh tra, kiểm tra chuyên ngành",
            ("Phòng Kiểm tra",),
            (),
            "2026-09-30",
        ),
        Exp(
            "Tập huấn quy trình thu mới cho nhân viên",
            ("Phòng Quản lý thu và Phát triển người tham gia",),
            ("Bưu điện tỉnh Cà Mau",),
            "2026-12-31",
            on_request=True,
        ),
        Exp(
            "Sơ kết, đánh giá kết quả công tác tuyên truyền",
            ("Văn phòng",),
            ("Các phòng nghiệp vụ", "Bảo hiểm xã hội cơ sở"),
            "2026-11-25",
        ),
    ],
)


# ---------------------------------------------------------------- 7. Công an tỉnh Đồng Nai
PLAN_CA = Plan(
    "set40_congan_dongnai",
    _head(
        "BỘ CÔNG AN",
        "CÔNG AN TỈNH ĐỒNG NAI",
        "214/KH-CAT-PV01",
        "Đồng Nai, ngày 03 tháng 02 năm 2026",
        ["Phổ biến, giáo dục pháp luật trong Công an tỉnh và cho Nhân dân năm 2026"],
    )
    + [
        P(
            "Thực hiện Kế hoạch số 45/KH-BCA-V03 ngày 10/01/2026 của Bộ Công an về công tác phổ biến, giáo "
            "dục pháp luật trong Công an nhân dân năm 2026 và Kế hoạch số 22/KH-UBND ngày 19/01/2026 của "
            "UBND tỉnh Đồng Nai, Công an tỉnh xây dựng Kế hoạch thực hiện như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "1. Nâng cao nhận thức, ý thức chấp hành pháp luật của cán bộ, chiến sĩ; phát huy vai trò của "
            "lực lượng Công an trong tuyên truyền, vận động Nhân dân chấp hành pháp luật."
        ),
        P(
            "2. Gắn công tác PBGDPL với phong trào Toàn dân bảo vệ an ninh Tổ quốc và nhiệm vụ bảo đảm an "
            "ninh, trật tự trên địa bàn tỉnh sau sắp xếp."
        ),
        P("II. NHIỆM VỤ VÀ PHÂN CÔNG", bold=True),
        P("1. Phổ biến, giáo dục pháp luật cho cán bộ, chiến sĩ", bold=True),
        P(
            "1.1. Quán triệt Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở và các văn bản mới "
            "của Bộ Công an"
        ),
        P("+ Chủ trì: Phòng Tham mưu."),
        P("+ Phối hợp: Phòng Công tác đảng và công tác chính trị."),
        P("+ Thời gian: Quý I/2026."),
        P("1.2. Tổ chức thi tìm hiểu pháp luật trong đoàn viên thanh niên Công an tỉnh"),
        P("+ Chủ trì: Phòng Công tác đảng và công tác chính trị."),
        P("+ Phối hợp: Đoàn Thanh niên Công an tỉnh."),
        P("+ Thời gian: Tháng 7/2026 - tháng 8/2026."),
        P("2. Phổ biến, giáo dục pháp luật cho Nhân dân", bold=True),
        P("2.1. Tuyên truyền Luật Trật tự, an toàn giao thông đường bộ và quy định xử phạt vi phạm"),
        P(
            "+ Chủ trì: Phòng Cảnh sát giao thông.\n+ Phối hợp: Công an các xã, phường; Sở Xây dựng; Báo và "
            "Phát thanh, Truyền hình Đồng Nai.\n+ Thời gian: Thường xuyên."
        ),
        P(
            "2.2. Phổ biến Luật Cư trú, Luật Căn cước và hướng dẫn sử dụng tài khoản định danh điện tử. "
            "Giao Phòng Cảnh sát quản lý hành chính về trật tự xã hội chủ trì, hướng dẫn Công an các xã, "
            "phường tổ chức thực hiện; thời gian: Quý II, III/2026."
        ),
        P(
            "2.3. Tuyên truyền phòng, chống lừa đảo chiếm đoạt tài sản trên không gian mạng. Phòng An ninh "
            "mạng và phòng, chống tội phạm sử dụng công nghệ cao chủ trì; Trưởng Công an các xã, phường có "
            "trách nhiệm phối hợp. Thời gian: từ tháng 3 đến tháng 12/2026."
        ),
        P(
            "2.4. Xây dựng, nhân rộng mô hình \"Tổ tự quản về an ninh, trật tự\" gắn với phổ biến pháp "
            "luật tại khu dân cư"
        ),
        P("+ Chủ trì: Phòng Xây dựng phong trào bảo vệ An ninh Tổ quốc."),
        P("+ Phối hợp: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, UBND các xã, phường."),
        P("+ Thời gian: Theo đề nghị của UBND các xã, phường."),
        P("3. Kiểm tra, hướng dẫn", bold=True),
        P(
            "3.1. Kiểm tra việc thực hiện công tác PBGDPL tại Công an cấp xã: Phó Giám đốc Công an tỉnh phụ "
            "trách công tác tham mưu làm Trưởng đoàn kiểm tra; Phòng Tham mưu giúp việc. Thời gian: tháng "
            "10/2026."
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "1. Thủ trưởng các phòng nghiệp vụ, Trưởng Công an các xã, phường căn cứ Kế hoạch xây dựng kế "
            "hoạch chi tiết, tổ chức thực hiện nghiêm túc."
        ),
        P(
            "2. Giao Phòng Tham mưu theo dõi, đôn đốc; tổng hợp kết quả báo cáo Bộ Công an (qua Cục Pháp "
            "chế và cải cách hành chính, tư pháp) trước ngày 15/11/2026."
        ),
    ]
    + _end(
        ["Cục Pháp chế và CCHC, TP (để b/c);", "Đồng chí Giám đốc (để b/c);", "Các đồng chí Phó Giám đốc;",
         "Các phòng nghiệp vụ, Công an các xã, phường;"],
        ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
        "Đại tá Nguyễn Hồng Phong",
    ),
    [
        Exp(
            "Quán triệt Luật Lực lượng tham gia bảo vệ an ninh",
            ("Phòng Tham mưu",),
            ("Phòng Công tác đảng và công tác chính trị",),
            "2026-03-31",
        ),
        Exp(
            "Tổ chức thi tìm hiểu pháp luật trong đoàn viên",
            ("Phòng Công tác đảng và công tác chính trị",),
            ("Đoàn Thanh niên Công an tỉnh",),
            "2026-08-31",
        ),
        Exp(
            "Tuyên truyền Luật Trật tự, an toàn giao thông",
            ("Phòng Cảnh sát giao thông",),
            ("Công an các xã, phường", "Sở Xây dựng", "Báo và Phát thanh, Truyền hình Đồng Nai"),
            "2026-12-31",
        ),
        Exp(
            "Phổ biến Luật Cư trú, Luật Căn cước",
            ("Phòng Cảnh sát quản lý hành chính về trật tự xã hội",),
            ("Công an các xã, phường",),
            "2026-09-30",
        ),
        Exp(
            "Tuyên truyền phòng, chống lừa đảo chiếm đoạt",
            ("Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao",),
            ("Trưởng Công an các xã, phường",),
            "2026-12-31",
        ),
        Exp(
            "Xây dựng, nhân rộng mô hình \"Tổ tự quản",
            ("Phòng Xây dựng phong trào bảo vệ An ninh Tổ quốc",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "UBND các xã, phường"),
            "2026-12-31",
            on_request=True,
        ),
        Exp(
            "Kiểm tra việc thực hiện công tác PBGDPL tại Công an cấp xã",
            ("Phó Giám đốc Công an tỉnh phụ trách công tác tham mưu",),
            ("Phòng Tham mưu",),
            "2026-10-31",
        ),
    ],
)


# ---------------------------------------------------------------- 8. Sở VHTTDL Lâm Đồng
PLAN_VH = Plan(
    "set40_vhttdl_lamdong",
    _head(
        "UBND TỈNH LÂM ĐỒNG",
        "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
        "71/KH-SVHTTDL",
        "Lâm Đồng, ngày 12 tháng 02 năm 2026",
        ["Công tác phổ biến, giáo dục pháp luật năm 2026"],
    )
    + [
        P(
            "Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20/6/2012; Luật Di sản văn hóa số 45/2024/QH15;"
        ),
        P(
            "Căn cứ Kế hoạch số 40/KH-UBND ngày 22/01/2026 của UBND tỉnh Lâm Đồng về công tác phổ biến, "
            "giáo dục pháp luật; hòa giải ở cơ sở; chuẩn tiếp cận pháp luật năm 2026."
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "Tăng cường hiểu biết pháp luật trong lĩnh vực văn hóa, gia đình, thể dục thể thao và du lịch "
            "cho cán bộ, công chức, viên chức và các tổ chức, cá nhân hoạt động trong lĩnh vực của ngành, "
            "đặc biệt trên địa bàn tỉnh Lâm Đồng mới với quy mô dân số, địa bàn được mở rộng."
        ),
        P(
            "Xác định cụ thể nội dung, tiến độ, trách nhiệm của các đơn vị; bảo đảm thực hiện thường "
            "xuyên, gắn với nhiệm vụ chuyên môn."
        ),
        P("II. NỘI DUNG", bold=True),
        P(
            "Tập trung phổ biến Luật Di sản văn hóa năm 2024, Luật Phòng, chống bạo lực gia đình, Luật Du "
            "lịch, Luật Quảng cáo và các văn bản quy định chi tiết; các quy định về kinh doanh dịch vụ lưu "
            "trú, quản lý lễ hội trên địa bàn tỉnh."
        ),
        P(
            "Hình thức: hội nghị, tập huấn; tuyên truyền lưu động; trưng bày sách, báo; đăng tải trên "
            "Cổng thông tin điện tử của Sở và các nền tảng mạng xã hội."
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "1. Các phòng, đơn vị thuộc Sở thực hiện các nhiệm vụ theo Phụ lục kèm theo Kế hoạch này; báo "
            "cáo kết quả về Văn phòng Sở trước ngày 05/11/2026."
        ),
        P(
            "2. Văn phòng Sở tham mưu tổng hợp, báo cáo Sở Tư pháp, UBND tỉnh theo quy định. Kinh phí thực "
            "hiện từ dự toán ngân sách năm 2026 được giao cho các đơn vị."
        ),
    ]
    + _end(
        ["UBND tỉnh (b/c);", "Sở Tư pháp;", "Lãnh đạo Sở;", "Các phòng, đơn vị thuộc Sở;"],
        ["GIÁM ĐỐC"],
        "Phạm Thị Hồng Vân",
    )
    + [
        P("PHỤ LỤC", bold=True, center=True),
        P("DANH MỤC NHIỆM VỤ PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT NĂM 2026", bold=True, center=True),
        P("(Kèm theo Kế hoạch số 71/KH-SVHTTDL ngày 12/02/2026 của Sở Văn hóa, Thể thao và Du lịch)",
          center=True),
        T(
            (
                ("STT", "Nhiệm vụ", "Thời gian", "Chủ trì", "Phối hợp"),
                (
                    "1",
                    "Tuyên truyền Luật Di sản văn hóa năm 2024 tại các di tích, điểm du lịch",
                    "Quý II/2026",
                    "Phòng Quản lý di sản văn hóa",
                    "Bảo tàng tỉnh; UBND các xã, phường có di tích",
                ),
                (
                    "2",
                    "Phổ biến pháp luật về phòng, chống bạo lực gia đình nhân Ngày Gia đình Việt Nam 28/6",
                    "Tháng 6/2026",
                    "Phòng Xây dựng nếp sống văn hóa và gia đình",
                    "Hội Liên hiệp Phụ nữ tỉnh, Trung tâm Văn hóa - Nghệ thuật tỉnh",
                ),
                (
                    "3",
                    "Hướng dẫn quy định về kinh doanh dịch vụ lưu trú du lịch, homestay",
                    "Tháng 3 - tháng 5/2026",
                    "Phòng Quản lý du lịch",
                    "Hiệp hội Du lịch tỉnh Lâm Đồng; UBND phường Xuân Hương - Đà Lạt, UBND phường Lâm Viên - "
                    "Đà Lạt",
                ),
                (
                    "4",
                    "Trưng bày sách, báo pháp luật hưởng ứng Ngày Pháp luật Việt Nam",
                    "01/11 - 09/11/2026",
                    "Thư viện tỉnh",
                    "Văn phòng Sở",
                ),
                (
                    "5",
                    "Tuyên truyền lưu động pháp luật bằng tiếng K'Ho, tiếng Chăm cho đồng bào dân tộc thiểu "
                    "số",
                    "Quý III/2026",
                    "Trung tâm Văn hóa - Nghệ thuật tỉnh",
                    "Sở Dân tộc và Tôn giáo",
                ),
                (
                    "6",
                    "Phổ biến quy định về quảng cáo ngoài trời cho doanh nghiệp quảng cáo",
                    "Khi Nghị định sửa đổi Nghị định số 181/2013/NĐ-CP được ban hành",
                    "Phòng Quản lý văn hóa",
                    "UBND các xã, phường",
                ),
                (
                    "7",
                    "Phổ biến pháp luật về thể dục, thể thao cho các câu lạc bộ, cơ sở kinh doanh hoạt động "
                    "thể thao",
                    "Cả năm",
                    "Phòng Quản lý thể dục thể thao",
                    "Trung tâm Huấn luyện và Thi đấu thể dục thể thao tỉnh",
                ),
            ),
            widths=(8, 60, 28, 40, 45),
        ),
    ],
    [
        Exp(
            "Tuyên truyền Luật Di sản văn hóa năm 2024",
            ("Phòng Quản lý di sản văn hóa",),
            ("Bảo tàng tỉnh", "UBND các xã, phường có di tích"),
            "2026-06-30",
        ),
        Exp(
            "Phổ biến pháp luật về phòng, chống bạo lực gia đình",
            ("Phòng Xây dựng nếp sống văn hóa và gia đình",),
            ("Hội Liên hiệp Phụ nữ tỉnh", "Trung tâm Văn hóa - Nghệ thuật tỉnh"),
            "2026-06-30",
        ),
        Exp(
            "Hướng dẫn quy định về kinh doanh dịch vụ lưu trú",
            ("Phòng Quản lý du lịch",),
            (
                "Hiệp hội Du lịch tỉnh Lâm Đồng",
                "UBND phường Xuân Hương - Đà Lạt",
                "UBND phường Lâm Viên - Đà Lạt",
            ),
            "2026-05-31",
        ),
        Exp(
            "Trưng bày sách, báo pháp luật hưởng ứng",
            ("Thư viện tỉnh",),
            ("Văn phòng Sở",),
            "2026-11-09",
        ),
        Exp(
            "Tuyên truyền lưu động pháp luật bằng tiếng K'Ho",
            ("Trung tâm Văn hóa - Nghệ thuật tỉnh",),
            ("Sở Dân tộc và Tôn giáo",),
            "2026-09-30",
        ),
        Exp(
            "Phổ biến quy định về quảng cáo ngoài trời",
            ("Phòng Quản lý văn hóa",),
            ("UBND các xã, phường",),
            "2026-12-31",
            on_request=True,
        ),
        Exp(
            "Phổ biến pháp luật về thể dục, thể thao",
            ("Phòng Quản lý thể dục thể thao",),
            ("Trung tâm Huấn luyện và Thi đấu thể dục thể thao tỉnh",),
            "2026-12-31",
        ),
    ],
)


# ---------------------------------------------------------------- 9. Sở Dân tộc và Tôn giáo Vĩnh Long
PLAN_DTTG = Plan(
    "set40_dttg_vinhlong",
    _head(
        "ỦY BAN NHÂN DÂN TỈNH VĨNH LONG",
        "SỞ DÂN TỘC VÀ TÔN GIÁO",
        "19/KH-SDTTG",
        "Vĩnh Long, ngày 09 tháng 3 năm 2026",
        ["Phổ biến, giáo dục pháp luật cho đồng bào dân tộc thiểu số,",
         "chức sắc, chức việc các tôn giáo năm 2026"],
    )
    + [
        P(
            "Căn cứ Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương "
            "trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi;"
        ),
        P("Căn cứ Luật Tín ngưỡng, tôn giáo năm 2016;"),
        P(
            "Căn cứ Kế hoạch số 36/KH-UBND ngày 23/01/2026 của UBND tỉnh Vĩnh Long về công tác phổ biến, "
            "giáo dục pháp luật năm 2026."
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "- Giúp đồng bào dân tộc Khmer, chức sắc, chức việc, tín đồ các tôn giáo hiểu và chấp hành chủ "
            "trương của Đảng, chính sách, pháp luật của Nhà nước; củng cố khối đại đoàn kết toàn dân tộc."
        ),
        P(
            "- Hình thức phổ biến phù hợp phong tục, tập quán, ngôn ngữ của đồng bào; phát huy vai trò "
            "người có uy tín, sư sãi, achar trong cộng đồng."
        ),
        P("II. NHIỆM VỤ TRỌNG TÂM", bold=True),
        P(
            "- Phổ biến chính sách, pháp luật cho người có uy tín trong đồng bào dân tộc thiểu số (Chủ trì: "
            "Phòng Chính sách dân tộc; phối hợp: UBND các xã, phường có đông đồng bào Khmer; thời gian: Quý "
            "II/2026)."
        ),
        P(
            "- Tuyên truyền Luật Tín ngưỡng, tôn giáo cho chức sắc, chức việc, nhà tu hành (Chủ trì: Phòng "
            "Quản lý tôn giáo; phối hợp: Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, Hội Đoàn kết sư sãi "
            "yêu nước tỉnh; thời gian: tháng 7 - tháng 8/2026)."
        ),
        P(
            "- Biên soạn tài liệu hỏi - đáp pháp luật song ngữ Việt - Khmer (Chủ trì: Văn phòng Sở; phối "
            "hợp: Trường Đại học Trà Vinh; thời gian: Quý III/2026)."
        ),
        P(
            "- Phát sóng chương trình phổ biến pháp luật bằng tiếng Khmer (Chủ trì: Phòng Chính sách dân "
            "tộc; phối hợp: Báo và Phát thanh, Truyền hình Vĩnh Long; thời gian: hằng tháng)."
        ),
        P(
            "- Tổ chức trợ giúp pháp lý lưu động tại các ấp, khóm có đông đồng bào Khmer: đề nghị Trung tâm "
            "Trợ giúp pháp lý nhà nước tỉnh chủ trì, phối hợp với Phòng Chính sách dân tộc thực hiện theo "
            "đề nghị của UBND các xã, phường."
        ),
        P(
            "- Tập huấn nghiệp vụ cho công chức làm công tác dân tộc, tôn giáo cấp xã (Chủ trì: Văn phòng "
            "Sở; phối hợp: Sở Tư pháp; thời gian: trước ngày 30/9/2026)."
        ),
        P(
            "- Hướng dẫn tổ chức các lễ hội Chôl Chnăm Thmây, Sene Dolta, Ok Om Bok đúng quy định pháp luật "
            "(Chủ trì: Phòng Chính sách dân tộc; phối hợp: Sở Văn hóa, Thể thao và Du lịch; Công an tỉnh; "
            "thời gian: tháng 3 - tháng 11/2026)."
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "Trưởng các phòng thuộc Sở căn cứ Kế hoạch tổ chức triển khai; định kỳ báo cáo kết quả về Văn "
            "phòng Sở trước ngày 10 của tháng cuối quý để tổng hợp, báo cáo Giám đốc Sở."
        ),
        P(
            "Đề nghị UBND các xã, phường có đông đồng bào dân tộc thiểu số phối hợp, tạo điều kiện để Sở "
            "triển khai các hoạt động tại địa phương./."
        ),
    ]
    + _end(
        ["UBND tỉnh (b/c);", "Sở Tư pháp;", "Ban Dân vận Tỉnh ủy;", "Giám đốc, các PGĐ Sở;",
         "Các phòng thuộc Sở;"],
        ["GIÁM ĐỐC"],
        "Thạch Sô Phol",
    ),
    [
        Exp(
            "Phổ biến chính sách, pháp luật cho người có uy tín",
            ("Phòng Chính sách dân tộc",),
            ("UBND các xã, phường có đông đồng bào Khmer",),
            "2026-06-30",
        ),
        Exp(
            "Tuyên truyền Luật Tín ngưỡng, tôn giáo cho chức sắc",
            ("Phòng Quản lý tôn giáo",),
            ("Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh", "Hội Đoàn kết sư sãi yêu nước tỉnh"),
            "2026-08-31",
        ),
        Exp(
            "Biên soạn tài liệu hỏi - đáp pháp luật song ngữ",
            ("Văn phòng Sở",),
            ("Trường Đại học Trà Vinh",),
            "2026-09-30",
        ),
        Exp(
            "Phát sóng chương trình phổ biến pháp luật bằng tiếng Khmer",
            ("Phòng Chính sách dân tộc",),
            ("Báo và Phát thanh, Truyền hình Vĩnh Long",),
            "2026-12-31",
        ),
        Exp(
            "Tổ chức trợ giúp pháp lý lưu động tại các ấp",
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh",),
            ("Phòng Chính sách dân tộc",),
            "2026-12-31",
            on_request=True,
        ),
        Exp(
            "Tập huấn nghiệp vụ cho công chức làm công tác dân tộc",
            ("Văn phòng Sở",),
            ("Sở Tư pháp",),
            "2026-09-30",
        ),
        Exp(
            "Hướng dẫn tổ chức các lễ hội Chôl Chnăm Thmây",
            ("Phòng Chính sách dân tộc",),
            ("Sở Văn hóa, Thể thao và Du lịch", "Công an tỉnh"),
            "2026-11-30",
        ),
    ],
)


# ---------------------------------------------------------------- 10. Sở KH&CN Tây Ninh (plan 2027)
PLAN_KHCN = Plan(
    "set40_khcn_tayninh_2027",
    _head(
        "UBND TỈNH TÂY NINH",
        "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
        "402/KH-SKHCN",
        "Tây Ninh, ngày 16 tháng 12 năm 2026",
        ["Phổ biến, giáo dục pháp luật năm 2027"],
    )
    + [
        P(
            "Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012; Luật Khoa học, công nghệ và đổi mới sáng "
            "tạo số 93/2025/QH15; Luật Chuyển đổi số năm 2025;"
        ),
        P(
            "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa "
            "học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"
        ),
        P(
            "Căn cứ Công văn số 1985/STP-PBGDPL ngày 02/12/2026 của Sở Tư pháp tỉnh Tây Ninh về việc xây "
            "dựng kế hoạch phổ biến, giáo dục pháp luật năm 2027,"
        ),
        P("Sở Khoa học và Công nghệ ban hành Kế hoạch phổ biến, giáo dục pháp luật năm 2027 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Mục đích", bold=True),
        P(
            "Phổ biến kịp thời các luật mới trong lĩnh vực khoa học, công nghệ, đổi mới sáng tạo, chuyển "
            "đổi số, bưu chính, viễn thông đến cán bộ, công chức và doanh nghiệp, người dân."
        ),
        P("2. Yêu cầu", bold=True),
        P(
            "Ứng dụng công nghệ số trong phổ biến pháp luật; bảo đảm tiết kiệm, hiệu quả, phân công rõ đơn "
            "vị chủ trì, phối hợp."
        ),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        T(
            (
                ("STT", "Đơn vị chủ trì", "Nội dung công việc", "Thời gian hoàn thành", "Đơn vị phối hợp",
                 "Kinh phí"),
                ("I", "CÁC NHIỆM VỤ CHUNG", "", "", "", ""),
                (
                    "1",
                    "Văn phòng Sở",
                    "Phổ biến các luật mới có hiệu lực năm 2027 liên quan đến lĩnh vực khoa học, công nghệ "
                    "và đổi mới sáng tạo",
                    "Quý I/2027",
                    "Các phòng, đơn vị thuộc Sở",
                    "Ngân sách tỉnh",
                ),
                (
                    "2",
                    "Trung tâm Công nghệ thông tin và Truyền thông",
                    "Duy trì chuyên mục \"Pháp luật và đời sống\" trên Cổng thông tin điện tử của Sở",
                    "Thường xuyên",
                    "Văn phòng Sở",
                    "Chi thường xuyên",
                ),
                ("II", "CÁC NHIỆM VỤ CHUYÊN NGÀNH", "", "", "", ""),
                (
                    "3",
                    "Phòng Bưu chính, Viễn thông",
                    "Tuyên truyền Luật Viễn thông và quy định về quản lý thuê bao di động, chống tin nhắn rác",
                    "Quý II/2027",
                    "Doanh nghiệp viễn thông trên địa bàn tỉnh; Công an tỉnh",
                    "Lồng ghép",
                ),
                (
                    "4",
                    "Phòng Chuyển đổi số",
                    "Phổ biến Luật Giao dịch điện tử, Luật Chuyển đổi số cho công chức UBND cấp xã",
                    "Tháng 4 - tháng 9/2027",
                    "UBND các xã, phường; Trung tâm Công nghệ thông tin và Truyền thông",
                    "Ngân sách tỉnh",
                ),
                (
                    "5",
                    "Phòng Tiêu chuẩn, Đo lường, Chất lượng",
                    "Phổ biến Luật Tiêu chuẩn và Quy chuẩn kỹ thuật (sửa đổi) cho doanh nghiệp sản xuất, "
                    "kinh doanh",
                    "Sau khi Chính phủ ban hành nghị định hướng dẫn",
                    "Hiệp hội Doanh nghiệp tỉnh Tây Ninh",
                    "Lồng ghép",
                ),
                (
                    "6",
                    "Phòng Quản lý khoa học; Phòng Sở hữu trí tuệ",
                    "Tập huấn pháp luật về sở hữu trí tuệ cho doanh nghiệp nhỏ và vừa, hợp tác xã",
                    "Tháng 6/2027",
                    "Liên minh Hợp tác xã tỉnh",
                    "Nguồn sự nghiệp khoa học",
                ),
                ("III", "BÁO CÁO", "", "", "", ""),
                (
                    "7",
                    "Văn phòng Sở",
                    "Báo cáo kết quả công tác phổ biến, giáo dục pháp luật năm 2027",
                    "Trước ngày 15/11/2027",
                    "Các phòng, đơn vị thuộc Sở",
                    "",
                ),
            ),
            widths=(8, 35, 60, 25, 40, 20),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "1. Trưởng các phòng, Giám đốc Trung tâm thuộc Sở chịu trách nhiệm tổ chức thực hiện các nhiệm "
            "vụ được giao; chủ động đề xuất điều chỉnh khi có văn bản pháp luật mới."
        ),
        P(
            "2. Văn phòng Sở theo dõi, kiểm tra, đôn đốc; tham mưu báo cáo 6 tháng trước ngày 10/6/2027 và "
            "báo cáo năm theo yêu cầu của Sở Tư pháp."
        ),
    ]
    + _end(
        ["Sở Tư pháp (b/c);", "Ban Giám đốc Sở;", "Các phòng, đơn vị thuộc Sở;", "Cổng TTĐT Sở;"],
        ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
        "Võ Minh Trí",
    ),
    [
        Exp(
            "Phổ biến các luật mới có hiệu lực năm 2027",
            ("Văn phòng Sở",),
            ("Các phòng, đơn vị thuộc Sở",),
            "2027-03-31",
        ),
        Exp(
            "Duy trì chuyên mục \"Pháp luật và đời sống\"",
            ("Trung tâm Công nghệ thông tin và Truyền thông",),
            ("Văn phòng Sở",),
            "2027-12-31",
        ),
        Exp(
            "Tuyên truyền Luật Viễn thông và quy định",
            ("Phòng Bưu chính, Viễn thông",),
            ("Doanh nghiệp viễn thông trên địa bàn tỉnh", "Công an tỉnh"),
            "2027-06-30",
        ),
        Exp(
            "Phổ biến Luật Giao dịch điện tử, Luật Chuyển đổi số",
            ("Phòng Chuyển đổi số",),
            ("UBND các xã, phường", "Trung tâm Công nghệ thông tin và Truyền thông"),
            "2027-09-30",
        ),
        Exp(
            "Phổ biến Luật Tiêu chuẩn và Quy chuẩn kỹ thuật",
            ("Phòng Tiêu chuẩn, Đo lường, Chất lượng",),
            ("Hiệp hội Doanh nghiệp tỉnh Tây Ninh",),
            "2027-12-31",
            on_request=True,
        ),
        Exp(
            "Tập huấn pháp luật về sở hữu trí tuệ",
            ("Phòng Quản lý khoa học", "Phòng Sở hữu trí tuệ"),
            ("Liên minh Hợp tác xã tỉnh",),
            "2027-06-30",
        ),
        Exp(
            "Báo cáo kết quả công tác phổ biến, giáo dục pháp luật",
            ("Văn phòng Sở",),
            ("Các phòng, đơn vị thuộc Sở",),
            "2027-11-15",
        ),
    ],
)


PLANS: list[Plan] = [
    PLAN_NNMT,
    PLAN_YTE,
    PLAN_THUE,
    PLAN_KKT,
    PLAN_GD,
    PLAN_BHXH,
    PLAN_CA,
    PLAN_VH,
    PLAN_DTTG,
    PLAN_KHCN,
]
