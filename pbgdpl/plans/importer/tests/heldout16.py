"""Held-out evaluation set 16: ten PBGDPL plans of 2026, written for this set only, answers by hand.

Plans and layout features:
1. SYT_TABLE   - Sở Y tế tỉnh: 5-column table (STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp |
   Thời gian), roman-numeral group rows inside the table, quarter and month ranges.
2. UBND_TINH   - UBND tỉnh: numbered prose items "Giao X chủ trì, phối hợp với Y ..." with a separate
   "Thời gian thực hiện:" line; "Đề nghị ..." item; event-triggered item.
3. UBND_XA     - UBND xã: "1.1."-numbered items with label lines "Chủ trì thực hiện:", "Phối hợp:",
   "Thời gian:"; persons (Phó Chủ tịch UBND xã, công chức Tư pháp - Hộ tịch) as units.
4. CONG_AN     - Công an tỉnh: "a)" items under bold numbered groups, labels inline in one paragraph
   ("Đơn vị chủ trì: ...; phối hợp: ...; thời gian: ...").
5. QUAN_SU     - Bộ Chỉ huy Quân sự tỉnh: table without STT, columns Nội dung | Thời gian | Chủ trì |
   Phối hợp | Ghi chú, bold group rows.
6. TRUONG      - Trường THPT, school year 2026-2027: table with Thời gian first, "Người thực hiện"
   (persons and groups), "Sản phẩm" column; deadlines in 2027.
7. BENH_VIEN   - Bệnh viện đa khoa: numbered items each with two or three "-" assignment blocks
   (prose "X chủ trì; Y phối hợp ...", "Tiến độ:" lines).
8. HOI_PHU_NU  - Hội LHPN tỉnh: roman numerals, "+" sub-items, prose "... có trách nhiệm ..." and
   "Thời hạn:" inline; long unit lists mixing ",", ";" and "và".
9. UBND_PHUONG - UBND phường: table with a 2-row header (Đơn vị thực hiện: Chủ trì / Phối hợp) and
   "Kinh phí" column; date deadlines "trước ngày ...".
10. DOANH_NGHIEP - Công ty cổ phần: "-" bullet tasks with prose assignment, "Đề nghị" to the trade union,
   event-triggered item, month deadlines.
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T


def _head(up: str, agency: str, number: str, place_date: str, title: str, sub: str = "") -> list[P | T]:
    out: list[P | T] = []
    if up:
        out.append(P(up, bold=True, center=True))
    out += [
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


# ---------------------------------------------------------------- 1. Sở Y tế
PLAN_SYT = Plan(
    name="SYT_TABLE",
    blocks=[
        *_head("UBND TỈNH ĐỒNG THÁP", "SỞ Y TẾ", "412/KH-SYT", "Đồng Tháp, ngày 09 tháng 02 năm 2026",
               "Phổ biến, giáo dục pháp luật năm 2026 của ngành Y tế"),
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;"),
        P("Căn cứ Quyết định số 2871/QĐ-UBND ngày 26/12/2025 của UBND tỉnh ban hành Kế hoạch phổ biến, "
          "giáo dục pháp luật; hòa giải ở cơ sở; xây dựng cấp xã tiếp cận pháp luật năm 2026;"),
        P("Sở Y tế xây dựng Kế hoạch phổ biến, giáo dục pháp luật năm 2026 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Nâng cao nhận thức, ý thức chấp hành pháp luật của công chức, viên chức, người lao động "
          "trong ngành Y tế; gắn công tác PBGDPL với nhiệm vụ chuyên môn."),
        P("2. Việc triển khai phải thiết thực, tránh hình thức; bảo đảm đúng tiến độ."),
        P("II. NỘI DUNG, NHIỆM VỤ", bold=True),
        T((
            ("STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"),
            ("I", "Công tác chỉ đạo, điều hành", "", "", ""),
            ("1", "Kiện toàn Hội đồng phối hợp phổ biến, giáo dục pháp luật của Sở Y tế",
             "Văn phòng Sở", "Phòng Tổ chức cán bộ", "Quý I/2026"),
            ("2", "Xây dựng, ban hành kế hoạch PBGDPL năm 2026 của các đơn vị trực thuộc",
             "Các đơn vị trực thuộc Sở", "", "Tháng 02-3/2026"),
            ("II", "Nội dung phổ biến", "", "", ""),
            ("3", "Phổ biến Luật Khám bệnh, chữa bệnh và các văn bản quy định chi tiết cho người hành nghề",
             "Phòng Nghiệp vụ Y", "Bệnh viện Đa khoa tỉnh; Trung tâm Y tế các khu vực",
             "Quý II - Quý III/2026"),
            ("4", "Tuyên truyền pháp luật về an toàn thực phẩm trong Tháng hành động vì an toàn thực phẩm",
             "Chi cục An toàn vệ sinh thực phẩm", "Trung tâm Kiểm soát bệnh tật; Đài Phát thanh và "
             "Truyền hình Đồng Tháp", "Tháng 4-5/2026"),
            ("5", "Tập huấn pháp luật về dược, mỹ phẩm cho cơ sở kinh doanh dược",
             "Phòng Nghiệp vụ Dược", "Hội Dược học tỉnh", "Tháng 8/2026"),
            ("6", "Cập nhật văn bản quy phạm pháp luật về y tế lên Trang thông tin điện tử của Sở",
             "Văn phòng Sở", "Các phòng chức năng", "Thường xuyên"),
            ("III", "Kiểm tra, sơ kết", "", "", ""),
            ("7", "Kiểm tra việc thực hiện công tác PBGDPL tại một số đơn vị trực thuộc",
             "Thanh tra Sở", "Văn phòng Sở", "Quý IV/2026"),
        ), widths=(8, 62, 35, 45, 25)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Văn phòng Sở là đầu mối theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp báo cáo kết quả "
          "gửi Sở Tư pháp trước ngày 05/12/2026."),
        P("2. Kinh phí thực hiện Kế hoạch được bố trí từ dự toán ngân sách năm 2026 của các đơn vị."),
        *_end(["Sở Tư pháp (b/c);", "Giám đốc, các PGĐ Sở;", "Các đơn vị trực thuộc;", "Lưu: VT, VP."],
              "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Nguyễn Thị Kim Hằng"),
    ],
    expected=[
        Exp("Kiện toàn Hội đồng phối hợp phổ biến", ("Văn phòng Sở",), ("Phòng Tổ chức cán bộ",),
            "2026-03-31"),
        Exp("Xây dựng, ban hành kế hoạch PBGDPL năm 2026", ("Các đơn vị trực thuộc Sở",), (), "2026-03-31"),
        Exp("Phổ biến Luật Khám bệnh, chữa bệnh", ("Phòng Nghiệp vụ Y",),
            ("Bệnh viện Đa khoa tỉnh", "Trung tâm Y tế các khu vực"), "2026-09-30"),
        Exp("Tuyên truyền pháp luật về an toàn thực phẩm", ("Chi cục An toàn vệ sinh thực phẩm",),
            ("Trung tâm Kiểm soát bệnh tật", "Đài Phát thanh và Truyền hình Đồng Tháp"), "2026-05-31"),
        Exp("Tập huấn pháp luật về dược, mỹ phẩm", ("Phòng Nghiệp vụ Dược",), ("Hội Dược học tỉnh",),
            "2026-08-31"),
        Exp("Cập nhật văn bản quy phạm pháp luật về y tế", ("Văn phòng Sở",), ("Các phòng chức năng",),
            "2026-12-31"),
        Exp("Kiểm tra việc thực hiện công tác PBGDPL", ("Thanh tra Sở",), ("Văn phòng Sở",), "2026-12-31"),
    ],
)

# ---------------------------------------------------------------- 2. UBND tỉnh, prose
PLAN_TINH = Plan(
    name="UBND_TINH",
    blocks=[
        *_head("", "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN", "35/KH-UBND", "Nghệ An, ngày 20 tháng 01 năm 2026",
               "Triển khai công tác phổ biến, giáo dục pháp luật trên địa bàn tỉnh năm 2026"),
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012;"),
        P("Căn cứ Nghị định số 28/2013/NĐ-CP ngày 04/4/2013 của Chính phủ; Quyết định số 3812/QĐ-HĐPH "
          "ngày 18/12/2025 của Hội đồng phối hợp PBGDPL Trung ương;"),
        P("Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Tổ chức thực hiện có hiệu quả công tác PBGDPL, góp phần nâng cao ý thức pháp luật của Nhân dân."),
        P("- Xác định rõ nội dung, cơ quan chủ trì, thời hạn hoàn thành; bảo đảm phối hợp chặt chẽ."),
        P("II. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True),
        P("1. Phổ biến các luật, nghị quyết mới được Quốc hội thông qua tại Kỳ họp thứ 10, Quốc hội khóa XV",
          bold=True),
        P("Giao Sở Tư pháp chủ trì, phối hợp với Ban Tuyên giáo và Dân vận Tỉnh ủy, Sở Văn hóa, Thể thao và "
          "Du lịch tổ chức hội nghị phổ biến cho cán bộ chủ chốt các sở, ngành và UBND các xã, phường."),
        P("Thời gian thực hiện: Quý I, II năm 2026."),
        P("2. Tăng cường ứng dụng chuyển đổi số trong công tác phổ biến, giáo dục pháp luật", bold=True),
        P("Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tư pháp xây dựng chuyên mục pháp luật "
          "trực tuyến trên Cổng thông tin điện tử tỉnh và nền tảng mạng xã hội."),
        P("Thời gian thực hiện: Từ tháng 3 đến tháng 10/2026."),
        P("3. Phổ biến pháp luật về đất đai, môi trường cho người dân vùng nông thôn, miền núi", bold=True),
        P("Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Dân tộc và Tôn giáo, UBND các xã "
          "miền núi thực hiện."),
        P("Thời gian thực hiện: Năm 2026."),
        P("4. Tổ chức Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam (09/11)", bold=True),
        P("Giao Sở Tư pháp chủ trì, phối hợp với các sở, ban, ngành cấp tỉnh và UBND các xã, phường tổ chức "
          "các hoạt động hưởng ứng."),
        P("Thời gian thực hiện: Tháng 10 - tháng 11/2026."),
        P("5. Tuyên truyền pháp luật về an toàn giao thông, phòng cháy, chữa cháy", bold=True),
        P("Giao Công an tỉnh chủ trì, phối hợp với Sở Xây dựng, Báo và Phát thanh, Truyền hình Nghệ An "
          "thực hiện thường xuyên, cao điểm vào các dịp lễ, Tết."),
        P("Thời gian thực hiện: Thường xuyên."),
        P("6. Phổ biến, giáo dục pháp luật trong nhà trường", bold=True),
        P("Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với Tỉnh đoàn Nghệ An, Công an tỉnh lồng ghép nội "
          "dung giáo dục pháp luật vào hoạt động ngoại khóa năm học 2026-2027."),
        P("Thời gian thực hiện: Tháng 9 - tháng 12/2026."),
        P("7. Phổ biến văn bản pháp luật mới về tổ chức chính quyền địa phương hai cấp", bold=True),
        P("Giao Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp tổ chức phổ biến cho cán bộ, công chức cấp xã."),
        P("Thời gian thực hiện: Sau khi các văn bản hướng dẫn của Trung ương được ban hành."),
        P("8. Tuyên truyền, vận động Nhân dân chấp hành pháp luật", bold=True),
        P("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội cấp tỉnh phối "
          "hợp với Sở Tư pháp lồng ghép tuyên truyền pháp luật trong các cuộc vận động."),
        P("Thời gian thực hiện: Cả năm 2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Các sở, ban, ngành, UBND các xã, phường căn cứ Kế hoạch này xây dựng kế hoạch của đơn vị; báo "
          "cáo kết quả về Sở Tư pháp trước ngày 30/11/2026 để tổng hợp."),
        P("2. Giao Sở Tài chính bố trí kinh phí thực hiện Kế hoạch theo quy định."),
        P("3. Sở Tư pháp theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch này."),
        *_end(["Bộ Tư pháp (b/c);", "TT Tỉnh ủy, TT HĐND tỉnh;", "Chủ tịch, các PCT UBND tỉnh;",
               "Các sở, ban, ngành cấp tỉnh;", "UBND các xã, phường;", "Lưu: VT, NC."],
              "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Bùi Đình Long"),
    ],
    expected=[
        Exp("Phổ biến các luật, nghị quyết mới được Quốc hội", ("Sở Tư pháp",),
            ("Ban Tuyên giáo và Dân vận Tỉnh ủy", "Sở Văn hóa, Thể thao và Du lịch"), "2026-06-30"),
        Exp("Tăng cường ứng dụng chuyển đổi số", ("Sở Khoa học và Công nghệ",), ("Sở Tư pháp",), "2026-10-31"),
        Exp("Phổ biến pháp luật về đất đai, môi trường", ("Sở Nông nghiệp và Môi trường",),
            ("Sở Dân tộc và Tôn giáo", "UBND các xã miền núi"), "2026-12-31"),
        Exp("Tổ chức Ngày Pháp luật nước Cộng hòa", ("Sở Tư pháp",),
            ("các sở, ban, ngành cấp tỉnh", "UBND các xã, phường"), "2026-11-30"),
        Exp("Tuyên truyền pháp luật về an toàn giao thông", ("Công an tỉnh",),
            ("Sở Xây dựng", "Báo và Phát thanh, Truyền hình Nghệ An"), "2026-12-31"),
        Exp("Phổ biến, giáo dục pháp luật trong nhà trường", ("Sở Giáo dục và Đào tạo",),
            ("Tỉnh đoàn Nghệ An", "Công an tỉnh"), "2026-12-31"),
        Exp("Phổ biến văn bản pháp luật mới về tổ chức", ("Sở Nội vụ",), ("Sở Tư pháp",), "2026-12-31",
            on_request=True),
        Exp("Tuyên truyền, vận động Nhân dân chấp hành", (
            "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "các tổ chức chính trị - xã hội cấp tỉnh"),
            ("Sở Tư pháp",), "2026-12-31"),
    ],
)

# ---------------------------------------------------------------- 3. UBND xã, label lines
PLAN_XA = Plan(
    name="UBND_XA",
    blocks=[
        *_head("ỦY BAN NHÂN DÂN", "XÃ TÂN PHÚ", "18/KH-UBND", "Tân Phú, ngày 03 tháng 3 năm 2026",
               "Phổ biến, giáo dục pháp luật, hòa giải ở cơ sở và xây dựng xã đạt chuẩn tiếp cận pháp luật "
               "năm 2026"),
        P("Căn cứ Luật Hòa giải ở cơ sở ngày 20/6/2013;"),
        P("Căn cứ Quyết định số 25/2021/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ quy định về xã, "
          "phường, thị trấn đạt chuẩn tiếp cận pháp luật;"),
        P("Căn cứ Kế hoạch số 41/KH-UBND ngày 28/01/2026 của UBND tỉnh Đồng Nai;"),
        P("UBND xã Tân Phú xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Đưa pháp luật đến gần người dân ở các ấp; nâng cao chất lượng hòa giải ở cơ sở; giữ vững xã đạt "
          "chuẩn tiếp cận pháp luật."),
        P("II. NỘI DUNG THỰC HIỆN", bold=True),
        P("1. Công tác phổ biến, giáo dục pháp luật", bold=True),
        P("1.1. Tổ chức tuyên truyền pháp luật tại các ấp thông qua sinh hoạt định kỳ của chi bộ, đoàn thể"),
        P("- Chủ trì thực hiện: Công chức Tư pháp - Hộ tịch"),
        P("- Phối hợp: Trưởng các ấp; Ủy ban Mặt trận Tổ quốc Việt Nam xã"),
        P("- Thời gian: Hằng tháng"),
        P("1.2. Phát thanh nội dung pháp luật trên hệ thống loa truyền thanh của xã"),
        P("- Chủ trì thực hiện: Văn phòng HĐND và UBND xã"),
        P("- Phối hợp: Công chức Tư pháp - Hộ tịch"),
        P("- Thời gian: Thường xuyên"),
        P("1.3. Tổ chức hội nghị phổ biến pháp luật về đất đai, xây dựng cho hộ dân có nhà, đất bị thu hồi"),
        P("- Chủ trì thực hiện: Phòng Kinh tế"),
        P("- Phối hợp: Công an xã, Trưởng ấp Phú Lợi, Trưởng ấp Phú Hòa"),
        P("- Thời gian: Quý II/2026"),
        P("2. Công tác hòa giải ở cơ sở", bold=True),
        P("2.1. Kiện toàn tổ hòa giải và bồi dưỡng nghiệp vụ cho hòa giải viên"),
        P("- Chủ trì thực hiện: Phó Chủ tịch UBND xã Nguyễn Văn Tám"),
        P("- Phối hợp: Công chức Tư pháp - Hộ tịch, Ủy ban Mặt trận Tổ quốc Việt Nam xã"),
        P("- Thời gian: Tháng 4 - tháng 6/2026"),
        P("3. Xây dựng xã đạt chuẩn tiếp cận pháp luật", bold=True),
        P("3.1. Tự đánh giá, chấm điểm các chỉ tiêu tiếp cận pháp luật năm 2026"),
        P("- Chủ trì thực hiện: Công chức Tư pháp - Hộ tịch"),
        P("- Phối hợp: các công chức chuyên môn có liên quan"),
        P("- Thời gian: trước ngày 15/11/2026"),
        P("3.2. Niêm yết công khai kết quả đánh giá và lấy ý kiến Nhân dân"),
        P("- Chủ trì thực hiện: Văn phòng HĐND và UBND xã"),
        P("- Phối hợp: Trưởng các ấp"),
        P("- Thời gian: Sau khi có kết quả tự đánh giá"),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Công chức Tư pháp - Hộ tịch có trách nhiệm tham mưu UBND xã theo dõi, tổng hợp kết quả, báo cáo "
          "UBND tỉnh (qua Sở Tư pháp) trước ngày 25/11/2026. Kinh phí thực hiện từ ngân sách xã."),
        *_end(["Sở Tư pháp;", "TT Đảng ủy, TT HĐND xã;", "CT, các PCT UBND xã;", "Các ấp;", "Lưu: VT."],
              "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Lê Hoàng Phúc"),
    ],
    expected=[
        Exp("Tổ chức tuyên truyền pháp luật tại các ấp", ("Công chức Tư pháp - Hộ tịch",),
            ("Trưởng các ấp", "Ủy ban Mặt trận Tổ quốc Việt Nam xã"), "2026-12-31"),
        Exp("Phát thanh nội dung pháp luật trên hệ thống", ("Văn phòng HĐND và UBND xã",),
            ("Công chức Tư pháp - Hộ tịch",), "2026-12-31"),
        Exp("Tổ chức hội nghị phổ biến pháp luật về đất đai", ("Phòng Kinh tế",),
            ("Công an xã", "Trưởng ấp Phú Lợi", "Trưởng ấp Phú Hòa"), "2026-06-30"),
        Exp("Kiện toàn tổ hòa giải và bồi dưỡng", ("Phó Chủ tịch UBND xã Nguyễn Văn Tám",),
            ("Công chức Tư pháp - Hộ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam xã"), "2026-06-30"),
        Exp("Tự đánh giá, chấm điểm các chỉ tiêu", ("Công chức Tư pháp - Hộ tịch",),
            ("các công chức chuyên môn có liên quan",), "2026-11-15"),
        Exp("Niêm yết công khai kết quả đánh giá", ("Văn phòng HĐND và UBND xã",), ("Trưởng các ấp",),
            "2026-12-31", on_request=True),
    ],
)

# ---------------------------------------------------------------- 4. Công an tỉnh, a) items inline labels
PLAN_CA = Plan(
    name="CONG_AN",
    blocks=[
        *_head("BỘ CÔNG AN", "CÔNG AN TỈNH GIA LAI", "127/KH-CAT-PV01", "Gia Lai, ngày 14 tháng 02 năm 2026",
               "Công tác phổ biến, giáo dục pháp luật năm 2026 của Công an tỉnh"),
        P("Thực hiện Kế hoạch số 95/KH-BCA-V03 ngày 10/01/2026 của Bộ Công an về công tác phổ biến, giáo "
          "dục pháp luật năm 2026 trong Công an nhân dân; Kế hoạch số 22/KH-UBND ngày 15/01/2026 của UBND "
          "tỉnh Gia Lai, Công an tỉnh xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Nâng cao nhận thức pháp luật, ý thức chấp hành điều lệnh, kỷ luật của cán bộ, chiến sĩ; "
          "đẩy mạnh tuyên truyền pháp luật trong quần chúng Nhân dân."),
        P("2. Bảo đảm bí mật nhà nước, không làm ảnh hưởng nhiệm vụ chiến đấu, sẵn sàng chiến đấu."),
        P("II. NỘI DUNG", bold=True),
        P("1. Phổ biến, giáo dục pháp luật cho cán bộ, chiến sĩ", bold=True),
        P("a) Quán triệt các luật mới có hiệu lực năm 2026 liên quan đến tổ chức, hoạt động của Công an "
          "nhân dân. Đơn vị chủ trì: Phòng Tham mưu; phối hợp: Phòng Tổ chức cán bộ; thời gian: Quý I/2026."),
        P("b) Tổ chức Hội thi tìm hiểu pháp luật trong Công an tỉnh. Đơn vị chủ trì: Phòng Công tác đảng và "
          "công tác chính trị; phối hợp: Đoàn Thanh niên Công an tỉnh, Công đoàn Công an tỉnh; thời gian: "
          "tháng 7 - tháng 8/2026."),
        P("c) Bồi dưỡng kiến thức pháp luật về xử lý vi phạm hành chính cho cán bộ Công an xã, phường. Đơn "
          "vị chủ trì: Phòng Pháp chế; phối hợp: Công an các xã, phường, đặc khu; thời gian: "
          "Quý II, III/2026."),
        P("2. Tuyên truyền pháp luật trong Nhân dân", bold=True),
        P("a) Tuyên truyền Luật Trật tự, an toàn giao thông đường bộ tại trường học, khu dân cư. Đơn vị chủ "
          "trì: Phòng Cảnh sát giao thông; phối hợp: Sở Giáo dục và Đào tạo, Tỉnh đoàn; thời gian: "
          "thường xuyên."),
        P("b) Phổ biến pháp luật về phòng, chống tội phạm sử dụng công nghệ cao, lừa đảo trên không gian "
          "mạng. Đơn vị chủ trì: Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao; phối "
          "hợp: Phòng Tham mưu, Báo và Phát thanh, Truyền hình Gia Lai; thời gian: cả năm."),
        P("c) Tuyên truyền Luật Căn cước và Đề án 06 về dữ liệu dân cư. Đơn vị chủ trì: Phòng Cảnh sát quản "
          "lý hành chính về trật tự xã hội; phối hợp: Công an các xã, phường, đặc khu; thời gian: từ tháng "
          "3 đến tháng 9/2026."),
        P("d) Phổ biến các văn bản hướng dẫn Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ sửa đổi. Đơn vị "
          "chủ trì: Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ; thời gian: khi có văn bản "
          "hướng dẫn của Bộ Công an."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Phòng Pháp chế là cơ quan thường trực, giúp Giám đốc Công an tỉnh theo dõi, hướng dẫn; tổng "
          "hợp báo cáo kết quả về Cục Pháp chế và cải cách hành chính, tư pháp trước ngày 20/11/2026."),
        P("2. Thủ trưởng các đơn vị căn cứ Kế hoạch tổ chức thực hiện nghiêm túc, hiệu quả."),
        *_end(["Cục Pháp chế và CCHC, TP - BCA (để b/c);", "Đ/c Giám đốc (để b/c);", "Các đ/c PGĐ;",
               "Các đơn vị thuộc Công an tỉnh;", "Lưu: VT, PV01."],
              "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Đại tá Trần Quốc Việt"),
    ],
    expected=[
        Exp("Quán triệt các luật mới có hiệu lực năm 2026", ("Phòng Tham mưu",), ("Phòng Tổ chức cán bộ",),
            "2026-03-31"),
        Exp("Tổ chức Hội thi tìm hiểu pháp luật", ("Phòng Công tác đảng và công tác chính trị",),
            ("Đoàn Thanh niên Công an tỉnh", "Công đoàn Công an tỉnh"), "2026-08-31"),
        Exp("Bồi dưỡng kiến thức pháp luật về xử lý", ("Phòng Pháp chế",),
            ("Công an các xã, phường, đặc khu",), "2026-09-30"),
        Exp("Tuyên truyền Luật Trật tự, an toàn giao thông", ("Phòng Cảnh sát giao thông",),
            ("Sở Giáo dục và Đào tạo", "Tỉnh đoàn"), "2026-12-31"),
        Exp("Phổ biến pháp luật về phòng, chống tội phạm", (
            "Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao",),
            ("Phòng Tham mưu", "Báo và Phát thanh, Truyền hình Gia Lai"), "2026-12-31"),
        Exp("Tuyên truyền Luật Căn cước và Đề án 06", (
            "Phòng Cảnh sát quản lý hành chính về trật tự xã hội",),
            ("Công an các xã, phường, đặc khu",), "2026-09-30"),
        Exp("Phổ biến các văn bản hướng dẫn Luật Phòng cháy", (
            "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",), (), "2026-12-31", on_request=True),
    ],
)

# ---------------------------------------------------------------- 5. Bộ CHQS tỉnh, table without STT
PLAN_QS = Plan(
    name="QUAN_SU",
    blocks=[
        *_head("QUÂN KHU 9", "BỘ CHỈ HUY QUÂN SỰ TỈNH AN GIANG", "86/KH-BCH", "An Giang, ngày 26 tháng 01 năm 2026",
               "Phổ biến, giáo dục pháp luật năm 2026"),
        P("Căn cứ Chỉ thị số 45/CT-BQP ngày 08/12/2025 của Bộ trưởng Bộ Quốc phòng về công tác phổ biến, "
          "giáo dục pháp luật trong Quân đội năm 2026;"),
        P("Căn cứ Kế hoạch số 214/KH-BTL ngày 29/12/2025 của Bộ Tư lệnh Quân khu 9;"),
        P("Bộ Chỉ huy Quân sự tỉnh xây dựng Kế hoạch phổ biến, giáo dục pháp luật năm 2026, cụ thể như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Giáo dục nâng cao ý thức chấp hành pháp luật, kỷ luật Quân đội; phấn đấu không có quân nhân vi "
          "phạm pháp luật nghiêm trọng; xây dựng đơn vị vững mạnh toàn diện \"mẫu mực, tiêu biểu\"."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        T((
            ("Nội dung", "Thời gian", "Chủ trì", "Phối hợp", "Ghi chú"),
            ("Giáo dục pháp luật cho cán bộ, chiến sĩ", "", "", "", ""),
            ("- Tổ chức giáo dục Luật Nghĩa vụ quân sự, Luật Quốc phòng cho chiến sĩ mới nhập ngũ năm 2026",
             "Tháng 3 - 4/2026", "Phòng Chính trị", "Phòng Tham mưu; Tiểu đoàn Huấn luyện - Cơ động",
             "Theo chương trình huấn luyện"),
            ("- Duy trì \"Ngày Pháp luật\" hằng tháng ở các cơ quan, đơn vị",
             "Hằng tháng", "Các cơ quan, đơn vị trực thuộc", "Trợ lý Pháp chế", ""),
            ("- Hội thi Tìm hiểu pháp luật dành cho quân nhân trẻ", "Tháng 9/2026", "Phòng Chính trị",
             "Ban Thanh niên, Hội đồng phổ biến, giáo dục pháp luật Bộ CHQS tỉnh", "Cấp tỉnh"),
            ("Tuyên truyền pháp luật về quốc phòng ở địa phương", "", "", "", ""),
            ("- Phổ biến pháp luật về dân quân tự vệ, lực lượng dự bị động viên cho cán bộ cấp xã",
             "Quý II/2026", "Phòng Tham mưu", "Ban Chỉ huy quân sự các xã, phường; Sở Tư pháp", ""),
            ("- Phối hợp tuyên truyền pháp luật về biên giới quốc gia cho Nhân dân khu vực biên giới",
             "Quý III/2026", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
             "Ban Chỉ huy Phòng thủ khu vực 1 - Tịnh Biên, Ban Chỉ huy Phòng thủ khu vực 2 - An Phú",
             "Kết hợp dân vận"),
            ("Kiểm tra, sơ kết, tổng kết", "", "", "", ""),
            ("- Kiểm tra công tác PBGDPL ở các đơn vị; sơ kết 6 tháng", "Tháng 6 - 7/2026",
             "Phòng Chính trị", "Phòng Tham mưu, Phòng Hậu cần - Kỹ thuật", "Báo cáo Quân khu"),
        ), widths=(70, 25, 32, 45, 25)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Phòng Chính trị là cơ quan thường trực, tham mưu cho Đảng ủy, Bộ Chỉ huy lãnh đạo, chỉ đạo; "
          "tổng hợp báo cáo kết quả về Cục Chính trị Quân khu trước ngày 15/11/2026."),
        P("2. Các cơ quan, đơn vị bảo đảm thời gian, quân số; kinh phí từ ngân sách quốc phòng thường xuyên."),
        *_end(["Cục Chính trị QK9 (b/c);", "Đảng ủy, Chỉ huy BCH;", "Các cơ quan, đơn vị;", "Lưu: VT, CT."],
              "CHÍNH ỦY", "Đại tá Huỳnh Văn Thanh"),
    ],
    expected=[
        Exp("Tổ chức giáo dục Luật Nghĩa vụ quân sự", ("Phòng Chính trị",),
            ("Phòng Tham mưu", "Tiểu đoàn Huấn luyện - Cơ động"), "2026-04-30"),
        Exp("Duy trì \"Ngày Pháp luật\" hằng tháng", ("Các cơ quan, đơn vị trực thuộc",), ("Trợ lý Pháp chế",),
            "2026-12-31"),
        Exp("Hội thi Tìm hiểu pháp luật dành cho", ("Phòng Chính trị",),
            ("Ban Thanh niên", "Hội đồng phổ biến, giáo dục pháp luật Bộ CHQS tỉnh"), "2026-09-30"),
        Exp("Phổ biến pháp luật về dân quân tự vệ", ("Phòng Tham mưu",),
            ("Ban Chỉ huy quân sự các xã, phường", "Sở Tư pháp"), "2026-06-30"),
        Exp("Phối hợp tuyên truyền pháp luật về biên giới", ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh",),
            ("Ban Chỉ huy Phòng thủ khu vực 1 - Tịnh Biên", "Ban Chỉ huy Phòng thủ khu vực 2 - An Phú"),
            "2026-09-30"),
        Exp("Kiểm tra công tác PBGDPL ở các đơn vị", ("Phòng Chính trị",),
            ("Phòng Tham mưu", "Phòng Hậu cần - Kỹ thuật"), "2026-07-31"),
    ],
)

# ---------------------------------------------------------------- 6. Trường THPT, school year table
PLAN_TRUONG = Plan(
    name="TRUONG",
    blocks=[
        *_head("SỞ GD&ĐT TỈNH QUẢNG TRỊ", "TRƯỜNG THPT LÊ QUÝ ĐÔN", "52/KH-THPTLQĐ",
               "Quảng Trị, ngày 15 tháng 9 năm 2026",
               "Phổ biến, giáo dục pháp luật năm học 2026 - 2027"),
        P("Căn cứ Thông tư số 32/2020/TT-BGDĐT ngày 15/9/2020 của Bộ Giáo dục và Đào tạo ban hành Điều lệ "
          "trường trung học cơ sở, trường trung học phổ thông và trường phổ thông có nhiều cấp học;"),
        P("Căn cứ Công văn số 1876/SGDĐT-CTTT ngày 28/8/2026 của Sở Giáo dục và Đào tạo về hướng dẫn công "
          "tác phổ biến, giáo dục pháp luật năm học 2026 - 2027;"),
        P("Trường THPT Lê Quý Đôn xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Giúp học sinh hiểu và chấp hành pháp luật, nội quy nhà trường; phòng ngừa bạo lực học đường."),
        P("- Hình thức tuyên truyền phù hợp lứa tuổi, gắn với hoạt động trải nghiệm."),
        P("II. NỘI DUNG VÀ LỊCH THỰC HIỆN", bold=True),
        T((
            ("Thời gian", "Nội dung công việc", "Người thực hiện", "Phối hợp", "Sản phẩm"),
            ("Tháng 9/2026", "Quán triệt nội quy, quy tắc ứng xử và pháp luật về an toàn giao thông cho "
             "học sinh đầu năm học", "Phó Hiệu trưởng phụ trách công tác học sinh", "Giáo viên chủ nhiệm",
             "Biên bản sinh hoạt lớp"),
            ("Tháng 10/2026", "Tổ chức chuyên đề \"Phòng, chống bạo lực học đường và xâm hại trẻ em\"",
             "Đoàn trường", "Công an phường Đông Hà; Tổ Giáo dục công dân", "Hình ảnh, báo cáo"),
            ("Tháng 11/2026", "Hưởng ứng Ngày Pháp luật Việt Nam: thi vẽ tranh, tiểu phẩm về pháp luật",
             "Tổ Giáo dục công dân", "Đoàn trường, Ban đại diện cha mẹ học sinh", "Sản phẩm dự thi"),
            ("Tháng 12/2026 - tháng 01/2027", "Tuyên truyền pháp luật về phòng, chống ma túy, thuốc lá "
             "điện tử", "Tổ Sinh - Hóa", "Trạm Y tế phường Đông Hà", "Bài tuyên truyền dưới cờ"),
            ("Tháng 3/2027", "Bổ sung sách, tài liệu pháp luật cho tủ sách pháp luật của thư viện",
             "Cô Nguyễn Thị Hoa - nhân viên thư viện", "Bộ phận kế toán", "Danh mục sách"),
            ("Tháng 5/2027", "Tổng kết công tác PBGDPL năm học, khen thưởng tập thể, cá nhân tiêu biểu",
             "Hiệu trưởng", "Công đoàn trường; Đoàn trường", "Báo cáo tổng kết"),
        ), widths=(28, 65, 38, 38, 28)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("- Phó Hiệu trưởng phụ trách công tác học sinh chịu trách nhiệm chỉ đạo, kiểm tra việc thực hiện."),
        P("- Giáo viên chủ nhiệm lồng ghép nội dung pháp luật trong giờ sinh hoạt lớp."),
        P("- Báo cáo kết quả về Sở Giáo dục và Đào tạo trước ngày 25/5/2027."),
        *_end(["Sở GD&ĐT (b/c);", "Các tổ chuyên môn;", "Đoàn trường;", "Lưu: VT."],
              "HIỆU TRƯỞNG", "Trần Minh Đức"),
    ],
    expected=[
        Exp("Quán triệt nội quy, quy tắc ứng xử", ("Phó Hiệu trưởng phụ trách công tác học sinh",),
            ("Giáo viên chủ nhiệm",), "2026-09-30"),
        Exp("Tổ chức chuyên đề \"Phòng, chống bạo lực học đường", ("Đoàn trường",),
            ("Công an phường Đông Hà", "Tổ Giáo dục công dân"), "2026-10-31"),
        Exp("Hưởng ứng Ngày Pháp luật Việt Nam", ("Tổ Giáo dục công dân",),
            ("Đoàn trường", "Ban đại diện cha mẹ học sinh"), "2026-11-30"),
        Exp("Tuyên truyền pháp luật về phòng, chống ma túy", ("Tổ Sinh - Hóa",),
            ("Trạm Y tế phường Đông Hà",), "2027-01-31"),
        Exp("Bổ sung sách, tài liệu pháp luật", ("Cô Nguyễn Thị Hoa - nhân viên thư viện",),
            ("Bộ phận kế toán",), "2027-03-31"),
        Exp("Tổng kết công tác PBGDPL năm học", ("Hiệu trưởng",), ("Công đoàn trường", "Đoàn trường"),
            "2027-05-31"),
    ],
)

# ---------------------------------------------------------------- 7. Bệnh viện, items with several blocks
PLAN_BV = Plan(
    name="BENH_VIEN",
    blocks=[
        *_head("SỞ Y TẾ THÀNH PHỐ HẢI PHÒNG", "BỆNH VIỆN ĐA KHOA KIẾN AN", "09/KH-BVĐKKA",
               "Hải Phòng, ngày 05 tháng 3 năm 2026",
               "Tuyên truyền, phổ biến, giáo dục pháp luật năm 2026"),
        P("Căn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15 ngày 09/01/2023;"),
        P("Căn cứ Kế hoạch số 118/KH-SYT ngày 12/02/2026 của Sở Y tế thành phố Hải Phòng về phổ biến, giáo "
          "dục pháp luật năm 2026;"),
        P("Bệnh viện Đa khoa Kiến An ban hành Kế hoạch tuyên truyền, PBGDPL năm 2026 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Mục đích: giúp viên chức, người lao động nắm vững quy định pháp luật liên quan đến hoạt động "
          "khám bệnh, chữa bệnh, quy tắc ứng xử và quyền, nghĩa vụ của người bệnh."),
        P("2. Yêu cầu: tổ chức thiết thực, không ảnh hưởng công tác chuyên môn, cấp cứu người bệnh."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG", bold=True),
        P("1. Phổ biến Luật Khám bệnh, chữa bệnh và quy tắc ứng xử của viên chức y tế", bold=True),
        P("- Phòng Tổ chức cán bộ chủ trì tổ chức hội nghị phổ biến cho toàn thể viên chức, người lao động; "
          "Phòng Kế hoạch tổng hợp phối hợp chuẩn bị tài liệu. Tiến độ: Quý II/2026."),
        P("- Các khoa lâm sàng, cận lâm sàng chủ trì quán triệt trong giao ban khoa; Phòng Điều dưỡng phối "
          "hợp theo dõi. Tiến độ: hằng tháng."),
        P("2. Tuyên truyền pháp luật cho người bệnh, người nhà người bệnh", bold=True),
        P("- Phòng Công tác xã hội chủ trì xây dựng pano, tờ gấp về quyền và nghĩa vụ của người bệnh, nội "
          "quy bệnh viện; Khoa Khám bệnh, Khoa Cấp cứu phối hợp phát tờ gấp. Tiến độ: tháng 4 - 6/2026."),
        P("- Tổ truyền thông giáo dục sức khỏe chủ trì phát nội dung pháp luật về phòng, chống tác hại của "
          "thuốc lá trên hệ thống loa nội bộ. Tiến độ: thường xuyên."),
        P("3. Phổ biến pháp luật về phòng cháy, chữa cháy và an toàn, vệ sinh lao động", bold=True),
        P("- Phòng Hành chính quản trị chủ trì phối hợp với Đội Cảnh sát PCCC và CNCH khu vực Kiến An tổ "
          "chức tập huấn, diễn tập phương án chữa cháy. Tiến độ: tháng 9/2026."),
        P("- Khoa Kiểm soát nhiễm khuẩn chủ trì phổ biến quy định về quản lý chất thải y tế; Phòng Vật tư - "
          "Thiết bị y tế và Công đoàn bệnh viện phối hợp. Tiến độ: Quý III/2026."),
        P("4. Phổ biến pháp luật về đấu thầu thuốc, vật tư y tế", bold=True),
        P("- Khoa Dược chủ trì phối hợp với Phòng Tài chính kế toán phổ biến các thông tư mới về đấu thầu "
          "cho thành viên tổ chuyên gia. Tiến độ: sau khi Bộ Y tế ban hành thông tư hướng dẫn."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Phòng Tổ chức cán bộ là đầu mối tham mưu, theo dõi, tổng hợp kết quả, báo cáo Ban Giám đốc và Sở "
          "Y tế trước ngày 30/11/2026. Trưởng các khoa, phòng có trách nhiệm triển khai Kế hoạch này."),
        *_end(["Sở Y tế (b/c);", "Ban Giám đốc;", "Các khoa, phòng;", "Lưu: VT, TCCB."],
              "GIÁM ĐỐC", "BSCKII. Phạm Văn Hùng"),
    ],
    expected=[
        Exp("Phòng Tổ chức cán bộ chủ trì tổ chức hội nghị", ("Phòng Tổ chức cán bộ",),
            ("Phòng Kế hoạch tổng hợp",), "2026-06-30"),
        Exp("Các khoa lâm sàng, cận lâm sàng chủ trì", ("Các khoa lâm sàng, cận lâm sàng",),
            ("Phòng Điều dưỡng",), "2026-12-31"),
        Exp("Phòng Công tác xã hội chủ trì xây dựng", ("Phòng Công tác xã hội",),
            ("Khoa Khám bệnh", "Khoa Cấp cứu"), "2026-06-30"),
        Exp("Tổ truyền thông giáo dục sức khỏe chủ trì", ("Tổ truyền thông giáo dục sức khỏe",), (),
            "2026-12-31"),
        Exp("Phòng Hành chính quản trị chủ trì phối hợp", ("Phòng Hành chính quản trị",),
            ("Đội Cảnh sát PCCC và CNCH khu vực Kiến An",), "2026-09-30"),
        Exp("Khoa Kiểm soát nhiễm khuẩn chủ trì", ("Khoa Kiểm soát nhiễm khuẩn",),
            ("Phòng Vật tư - Thiết bị y tế", "Công đoàn bệnh viện"), "2026-09-30"),
        Exp("Phổ biến pháp luật về đấu thầu thuốc", ("Khoa Dược",), ("Phòng Tài chính kế toán",),
            "2026-12-31", on_request=True),
    ],
)

# ---------------------------------------------------------------- 8. Hội LHPN tỉnh, roman + "+" items
PLAN_PN = Plan(
    name="HOI_PHU_NU",
    blocks=[
        *_head("HỘI LHPN VIỆT NAM", "HỘI LHPN TỈNH THÁI NGUYÊN", "14/KH-HPN", "Thái Nguyên, ngày 02 tháng 3 năm 2026",
               "Tham gia phổ biến, giáo dục pháp luật cho hội viên, phụ nữ năm 2026"),
        P("Thực hiện Chương trình công tác năm 2026 của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam; Kế hoạch "
          "số 17/KH-UBND ngày 22/01/2026 của UBND tỉnh Thái Nguyên về công tác PBGDPL năm 2026, Ban Thường "
          "vụ Hội LHPN tỉnh xây dựng Kế hoạch thực hiện như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Nâng cao hiểu biết pháp luật, kỹ năng tự bảo vệ cho hội viên, phụ nữ, nhất là phụ nữ vùng đồng "
          "bào dân tộc thiểu số."),
        P("- Phát huy vai trò của Hội trong tham gia hòa giải, trợ giúp pháp lý cho phụ nữ."),
        P("II. NỘI DUNG HOẠT ĐỘNG", bold=True),
        P("1. Tuyên truyền, phổ biến pháp luật", bold=True),
        P("+ Tổ chức tuyên truyền Luật Phòng, chống bạo lực gia đình và Luật Bình đẳng giới tại các chi hội. "
          "Ban Tuyên giáo có trách nhiệm chủ trì; Ban Gia đình - Xã hội, Hội LHPN các xã, phường phối hợp. "
          "Thời hạn: Quý II, III/2026."),
        P("+ Biên soạn, phát hành sổ tay pháp luật song ngữ Việt - Tày, Việt - Nùng cho phụ nữ dân tộc thiểu "
          "số. Ban Dân tộc - Tôn giáo chủ trì, phối hợp Sở Tư pháp và Sở Dân tộc và Tôn giáo. "
          "Thời hạn: trước ngày 30/9/2026."),
        P("+ Tổ chức cuộc thi trực tuyến \"Phụ nữ Thái Nguyên với pháp luật\" trên trang Facebook của Hội. "
          "Ban Tuyên giáo chủ trì; Văn phòng Hội LHPN tỉnh, Báo Thái Nguyên và Trung tâm Truyền thông tỉnh "
          "phối hợp. Thời hạn: tháng 10-11/2026."),
        P("2. Hỗ trợ pháp lý, hòa giải ở cơ sở", bold=True),
        P("+ Duy trì hoạt động của các địa chỉ tin cậy, nhà tạm lánh tại cộng đồng. Ban Gia đình - Xã hội "
          "chủ trì; phối hợp: Công an tỉnh; Trung tâm Trợ giúp pháp lý nhà nước tỉnh; Hội LHPN các xã, "
          "phường. Thời hạn: cả năm."),
        P("+ Tập huấn kỹ năng hòa giải cho cán bộ Hội là hòa giải viên ở cơ sở. Ban Tổ chức - Kiểm tra chủ "
          "trì, phối hợp với Sở Tư pháp tổ chức. Thời hạn: tháng 5/2026."),
        P("3. Tham gia xây dựng pháp luật", bold=True),
        P("+ Lấy ý kiến hội viên, phụ nữ góp ý dự thảo luật, nghị quyết liên quan đến quyền của phụ nữ, trẻ "
          "em. Ban Chính sách - Luật pháp chủ trì. Thời hạn: theo đề nghị của Trung ương Hội và UBND tỉnh."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Ban Tuyên giáo tham mưu Ban Thường vụ theo dõi, đôn đốc việc thực hiện Kế hoạch."),
        P("2. Hội LHPN các xã, phường căn cứ Kế hoạch, xây dựng kế hoạch phù hợp; báo cáo kết quả về Hội "
          "LHPN tỉnh (qua Ban Tuyên giáo) trước ngày 20/11/2026."),
        *_end(["TW Hội LHPN Việt Nam (b/c);", "Sở Tư pháp;", "Các ban, đơn vị Hội LHPN tỉnh;",
               "Hội LHPN các xã, phường;", "Lưu: VT, TG."],
              "TM. BAN THƯỜNG VỤ\nPHÓ CHỦ TỊCH", "Hoàng Thị Thu Trang"),
    ],
    expected=[
        Exp("Tổ chức tuyên truyền Luật Phòng, chống bạo lực", ("Ban Tuyên giáo",),
            ("Ban Gia đình - Xã hội", "Hội LHPN các xã, phường"), "2026-09-30"),
        Exp("Biên soạn, phát hành sổ tay pháp luật", ("Ban Dân tộc - Tôn giáo",),
            ("Sở Tư pháp", "Sở Dân tộc và Tôn giáo"), "2026-09-30"),
        Exp("Tổ chức cuộc thi trực tuyến", ("Ban Tuyên giáo",),
            ("Văn phòng Hội LHPN tỉnh", "Báo Thái Nguyên", "Trung tâm Truyền thông tỉnh"), "2026-11-30"),
        Exp("Duy trì hoạt động của các địa chỉ tin cậy", ("Ban Gia đình - Xã hội",),
            ("Công an tỉnh", "Trung tâm Trợ giúp pháp lý nhà nước tỉnh", "Hội LHPN các xã, phường"),
            "2026-12-31"),
        Exp("Tập huấn kỹ năng hòa giải cho cán bộ Hội", ("Ban Tổ chức - Kiểm tra",), ("Sở Tư pháp",),
            "2026-05-31"),
        Exp("Lấy ý kiến hội viên, phụ nữ góp ý", ("Ban Chính sách - Luật pháp",), (), "2026-12-31",
            on_request=True),
    ],
)

# ---------------------------------------------------------------- 9. UBND phường, 2-row header table
PLAN_PHUONG = Plan(
    name="UBND_PHUONG",
    blocks=[
        *_head("ỦY BAN NHÂN DÂN", "PHƯỜNG HÒA KHÁNH", "46/KH-UBND", "Đà Nẵng, ngày 11 tháng 02 năm 2026",
               "Thực hiện công tác phổ biến, giáo dục pháp luật; hòa giải ở cơ sở; xây dựng phường đạt chuẩn "
               "tiếp cận pháp luật năm 2026"),
        P("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16/6/2025;"),
        P("Căn cứ Kế hoạch số 63/KH-UBND ngày 30/01/2026 của UBND thành phố Đà Nẵng về công tác PBGDPL; "
          "hòa giải ở cơ sở; chuẩn tiếp cận pháp luật năm 2026;"),
        P("Theo đề nghị của Phòng Văn hóa - Xã hội, UBND phường Hòa Khánh ban hành Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Triển khai kịp thời, đồng bộ các nhiệm vụ PBGDPL trên địa bàn phường sau sắp xếp."),
        P("2. Phân công cụ thể, gắn trách nhiệm người đứng đầu; sử dụng kinh phí tiết kiệm, hiệu quả."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("(Chi tiết tại bảng phân công dưới đây)"),
        T((
            ("TT", "Nhiệm vụ", "Đơn vị thực hiện", "", "Thời gian hoàn thành", "Kinh phí"),
            ("", "", "Chủ trì", "Phối hợp", "", ""),
            ("1", "Ban hành Kế hoạch và kiện toàn Hội đồng phối hợp PBGDPL phường",
             "Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND phường", "Trước ngày 28/02/2026",
             "Không"),
            ("2", "Tổ chức hội nghị phổ biến pháp luật về đất đai, trật tự đô thị cho tổ trưởng tổ dân phố",
             "Phòng Kinh tế, Hạ tầng và Đô thị", "Công an phường; Ủy ban MTTQ Việt Nam phường",
             "Tháng 4/2026", "Ngân sách phường"),
            ("3", "Tuyên truyền pháp luật về lao động, bảo hiểm xã hội cho công nhân Khu công nghiệp "
             "Hòa Khánh", "Phòng Văn hóa - Xã hội", "Công đoàn cơ sở các doanh nghiệp; Liên đoàn Lao động "
             "thành phố", "Quý II - III/2026", "Xã hội hóa"),
            ("4", "Củng cố các tổ hòa giải ở cơ sở; hỗ trợ thù lao cho hòa giải viên theo vụ việc",
             "Phòng Văn hóa - Xã hội", "Ban công tác Mặt trận các tổ dân phố", "Thường xuyên",
             "Ngân sách phường"),
            ("5", "Đăng tải văn bản pháp luật mới trên Trang thông tin điện tử và nhóm Zalo tổ dân phố",
             "Văn phòng HĐND và UBND phường", "Tổ trưởng tổ dân phố", "Hằng tháng", "Không"),
            ("6", "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật Việt Nam năm 2026",
             "Phòng Văn hóa - Xã hội", "Các ban, ngành, đoàn thể phường; Trường THCS Nguyễn Lương Bằng",
             "Từ 01/11 đến 09/11/2026", "Ngân sách phường"),
            ("7", "Đánh giá, công nhận phường đạt chuẩn tiếp cận pháp luật năm 2026",
             "Chủ tịch UBND phường", "Phòng Văn hóa - Xã hội", "Trước ngày 10/12/2026", "Không"),
        ), widths=(10, 62, 34, 44, 28, 22)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Phòng Văn hóa - Xã hội là đầu mối tham mưu UBND phường theo dõi, đôn đốc; tổng hợp báo cáo "
          "UBND thành phố (qua Sở Tư pháp) trước ngày 15/12/2026."),
        P("2. Văn phòng HĐND và UBND phường phối hợp bố trí kinh phí theo dự toán được giao."),
        P("3. Đề nghị Ủy ban MTTQ Việt Nam phường và các đoàn thể phối hợp tuyên truyền trong hội viên."),
        *_end(["Sở Tư pháp TP Đà Nẵng;", "TT Đảng ủy, TT HĐND phường;", "CT, các PCT UBND phường;",
               "Các tổ dân phố;", "Lưu: VT, VHXH."],
              "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Võ Thị Mỹ Linh"),
    ],
    expected=[
        Exp("Ban hành Kế hoạch và kiện toàn Hội đồng", ("Phòng Văn hóa - Xã hội",),
            ("Văn phòng HĐND và UBND phường",), "2026-02-28"),
        Exp("Tổ chức hội nghị phổ biến pháp luật về đất đai", ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Công an phường", "Ủy ban MTTQ Việt Nam phường"), "2026-04-30"),
        Exp("Tuyên truyền pháp luật về lao động, bảo hiểm", ("Phòng Văn hóa - Xã hội",),
            ("Công đoàn cơ sở các doanh nghiệp", "Liên đoàn Lao động thành phố"), "2026-09-30"),
        Exp("Củng cố các tổ hòa giải ở cơ sở", ("Phòng Văn hóa - Xã hội",),
            ("Ban công tác Mặt trận các tổ dân phố",), "2026-12-31"),
        Exp("Đăng tải văn bản pháp luật mới", ("Văn phòng HĐND và UBND phường",), ("Tổ trưởng tổ dân phố",),
            "2026-12-31"),
        Exp("Tổ chức các hoạt động hưởng ứng Ngày Pháp luật", ("Phòng Văn hóa - Xã hội",),
            ("Các ban, ngành, đoàn thể phường", "Trường THCS Nguyễn Lương Bằng"), "2026-11-09"),
        Exp("Đánh giá, công nhận phường đạt chuẩn", ("Chủ tịch UBND phường",), ("Phòng Văn hóa - Xã hội",),
            "2026-12-10"),
    ],
)

# ---------------------------------------------------------------- 10. Doanh nghiệp, "-" bullets, prose
PLAN_DN = Plan(
    name="DOANH_NGHIEP",
    blocks=[
        *_head("TỔNG CÔNG TY ĐIỆN LỰC MIỀN NAM", "CÔNG TY ĐIỆN LỰC CẦN THƠ", "1208/KH-PCCT",
               "Cần Thơ, ngày 16 tháng 3 năm 2026",
               "Phổ biến, giáo dục pháp luật cho người lao động năm 2026"),
        P("Căn cứ Bộ luật Lao động số 45/2019/QH14 ngày 20/11/2019;"),
        P("Căn cứ Luật Điện lực số 61/2024/QH15 ngày 30/11/2024 và các văn bản hướng dẫn thi hành;"),
        P("Căn cứ Văn bản số 845/EVNSPC-PC ngày 02/3/2026 của Tổng công ty Điện lực miền Nam về công tác "
          "pháp chế, phổ biến pháp luật năm 2026;"),
        P("Công ty Điện lực Cần Thơ lập Kế hoạch như sau:"),
        P("1. Mục tiêu", bold=True),
        P("Người lao động hiểu và thực hiện đúng pháp luật về điện lực, an toàn lao động, phòng, chống tham "
          "nhũng; giảm vi phạm hành lang an toàn lưới điện trên địa bàn."),
        P("2. Các nhiệm vụ trọng tâm", bold=True),
        P("- Phổ biến Luật Điện lực năm 2024 và các nghị định hướng dẫn về giá điện, mua bán điện cho cán "
          "bộ kinh doanh: Phòng Kinh doanh chủ trì, phối hợp với Phòng Pháp chế - Thanh tra bảo vệ thực "
          "hiện trong tháng 4 và tháng 5/2026."),
        P("- Huấn luyện an toàn, vệ sinh lao động định kỳ cho công nhân quản lý vận hành lưới điện: Phòng "
          "An toàn chủ trì; các Điện lực Ninh Kiều, Cái Răng, Bình Thủy, Ô Môn và Trung tâm Huấn luyện "
          "phối hợp; hoàn thành trước ngày 30/6/2026."),
        P("- Tuyên truyền cho người dân về hành lang an toàn lưới điện cao áp: giao các Điện lực trực thuộc "
          "chủ trì, phối hợp với UBND các xã, phường nơi có tuyến đường dây đi qua; thực hiện Quý II và "
          "Quý IV/2026."),
        P("- Phổ biến quy định về phòng, chống tham nhũng, tiêu cực và kiểm soát xung đột lợi ích: Phòng "
          "Pháp chế - Thanh tra bảo vệ chủ trì; Văn phòng, Phòng Tổ chức và Nhân sự phối hợp; thời gian "
          "Quý III/2026."),
        P("- Đề nghị Công đoàn Công ty phối hợp Phòng Tổ chức và Nhân sự phổ biến Bộ luật Lao động, thỏa ước "
          "lao động tập thể mới ký kết đến đoàn viên, người lao động sau khi thỏa ước được ký kết."),
        P("- Cập nhật văn bản pháp luật mới lên hệ thống văn phòng điện tử (E-Office) của Công ty: Văn phòng "
          "Công ty thực hiện thường xuyên."),
        P("- Tổ chức Hội thi \"An toàn - Pháp luật\" năm 2026 cho công nhân trẻ: Đoàn Thanh niên Công ty chủ "
          "trì, phối hợp với Công đoàn Công ty và Phòng An toàn; tổ chức vào tháng 8/2026."),
        P("3. Tổ chức thực hiện", bold=True),
        P("Phòng Pháp chế - Thanh tra bảo vệ là đầu mối theo dõi, tổng hợp; các đơn vị báo cáo kết quả thực "
          "hiện 6 tháng trước ngày 10/6/2026 và cả năm trước ngày 10/11/2026. Chi phí thực hiện hạch toán "
          "vào chi phí quản lý của Công ty."),
        *_end(["EVNSPC (b/c);", "Giám đốc, các PGĐ;", "Công đoàn, Đoàn TN Công ty;", "Các đơn vị trực thuộc;",
               "Lưu: VT, PC."],
              "GIÁM ĐỐC", "Lâm Quang Hiếu"),
    ],
    expected=[
        Exp("Phổ biến Luật Điện lực năm 2024", ("Phòng Kinh doanh",), ("Phòng Pháp chế - Thanh tra bảo vệ",),
            "2026-05-31"),
        Exp("Huấn luyện an toàn, vệ sinh lao động định kỳ", ("Phòng An toàn",),
            ("các Điện lực Ninh Kiều, Cái Răng, Bình Thủy, Ô Môn", "Trung tâm Huấn luyện"), "2026-06-30"),
        Exp("Tuyên truyền cho người dân về hành lang", ("các Điện lực trực thuộc",),
            ("UBND các xã, phường nơi có tuyến đường dây đi qua",), "2026-12-31"),
        Exp("Phổ biến quy định về phòng, chống tham nhũng", ("Phòng Pháp chế - Thanh tra bảo vệ",),
            ("Văn phòng", "Phòng Tổ chức và Nhân sự"), "2026-09-30"),
        Exp("Đề nghị Công đoàn Công ty phối hợp", ("Công đoàn Công ty",), ("Phòng Tổ chức và Nhân sự",),
            "2026-12-31", on_request=True),
        Exp("Cập nhật văn bản pháp luật mới lên hệ thống", ("Văn phòng Công ty",), (), "2026-12-31"),
        Exp("Tổ chức Hội thi \"An toàn - Pháp luật\"", ("Đoàn Thanh niên Công ty",),
            ("Công đoàn Công ty", "Phòng An toàn"), "2026-08-31"),
    ],
)

PLANS: list[Plan] = [PLAN_SYT, PLAN_TINH, PLAN_XA, PLAN_CA, PLAN_QS, PLAN_TRUONG, PLAN_BV, PLAN_PN,
                     PLAN_PHUONG, PLAN_DN]
