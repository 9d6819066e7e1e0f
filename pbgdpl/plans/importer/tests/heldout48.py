"""Held-out evaluation set 48: ten PBGDPL plans written for this set only, answers typed by hand.

Plans and layout features:
1. PLAN_QNG - UBND tỉnh Quảng Ngãi: grid table STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp |
   Thời gian | Sản phẩm; unit lists with ";" and "và"; quarter ranges; one "theo đề nghị" row.
2. PLAN_XA - UBND xã Tân Hiệp (An Giang): bold "1." headings, prose "Giao X chủ trì, phối hợp với Y",
   persons as units (Công chức Tư pháp - Hộ tịch), "Thời gian:" on its own line.
3. PLAN_BHXH - Bảo hiểm xã hội tỉnh Nghệ An: roman sections, "a)" items with label lines
   "Đơn vị chủ trì:", "Đơn vị phối hợp:", "Thời gian thực hiện:"; one event-triggered task.
4. PLAN_THPT - Trường THPT Lê Quý Đôn (Đà Nẵng), school year 2026-2027: table without STT,
   columns Thời gian | Nội dung công việc | Người thực hiện | Người phối hợp | Ghi chú; persons as units.
5. PLAN_PN - Hội LHPN tỉnh Gia Lai: "-" items with the assignment inline in parentheses.
6. PLAN_YT - Sở Y tế thành phố Hải Phòng: table with 2-row header, group rows (bold, no STT),
   "Kinh phí" column; "Tháng 3 - 5/2026" ranges.
7. PLAN_PHUONG - UBND phường Ba Đình (Hà Nội): "1.1." numbering, one item with two assignment blocks.
8. PLAN_NNMT - Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng: "+" items, "Đề nghị X ..." prose,
   inline "Chủ trì: ...; phối hợp: ...; thời hạn: ...".
9. PLAN_DOAN - Tỉnh đoàn Cà Mau: table Thời gian | Nội dung | Đơn vị thực hiện with
   "Chủ trì:"/"Phối hợp:" lines inside the cell, "Ghi chú" column.
10. PLAN_CA - Công an tỉnh Thanh Hóa: bold unnumbered headings, "X có trách nhiệm ..." prose,
    "Từ tháng 3 đến tháng 6/2026" range, "trước ngày ..." dates.
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
    out += [P(f"- {r}") for r in recipients]
    out += [P("- Lưu: VT."), P(role, bold=True, center=True), P(signer, bold=True, center=True)]
    return out


# ---------------------------------------------------------------- 1. provincial, table
_QNG_ROWS = (
    ("STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian", "Sản phẩm"),
    ("1", "Tổ chức phổ biến các luật, nghị quyết mới được Quốc hội thông qua tại Kỳ họp thứ nhất, "
     "Quốc hội khóa XVI cho cán bộ, công chức, viên chức", "Sở Tư pháp",
     "Các sở, ban, ngành tỉnh; UBND các xã, phường, đặc khu", "Quý II - III/2026",
     "Hội nghị trực tiếp kết hợp trực tuyến"),
    ("2", "Biên soạn, phát hành tài liệu phổ biến pháp luật về đất đai, tài nguyên, môi trường cho "
     "người dân vùng ven biển", "Sở Nông nghiệp và Môi trường", "Sở Tư pháp và UBND các xã ven biển",
     "Quý III/2026", "Tờ gấp, sổ tay hỏi - đáp"),
    ("3", "Xây dựng chuyên mục \"Pháp luật và đời sống\" trên sóng phát thanh, truyền hình tỉnh",
     "Báo và Phát thanh, Truyền hình Quảng Ngãi", "Sở Tư pháp; Sở Văn hóa, Thể thao và Du lịch",
     "Hằng tháng", "04 chuyên mục/tháng"),
    ("4", "Phổ biến pháp luật về an toàn giao thông cho học sinh các trường trung học phổ thông",
     "Sở Giáo dục và Đào tạo", "Công an tỉnh, Đoàn TNCS Hồ Chí Minh tỉnh", "Tháng 9 - 11/2026",
     "Các buổi ngoại khóa"),
    ("5", "Tổ chức Cuộc thi trực tuyến tìm hiểu pháp luật về phòng, chống ma túy",
     "Công an tỉnh", "Sở Tư pháp, Sở Khoa học và Công nghệ và các cơ quan, đơn vị có liên quan",
     "Tháng 6/2026", "Cuộc thi trên Cổng thông tin điện tử tỉnh"),
    ("6", "Tuyên truyền, phổ biến pháp luật về lao động, bảo hiểm xã hội cho người lao động tại các "
     "doanh nghiệp", "Sở Nội vụ", "Liên đoàn Lao động tỉnh; Bảo hiểm xã hội tỉnh", "Cả năm",
     "Hội nghị, tài liệu"),
    ("7", "Hướng dẫn tổ chức Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2026",
     "Sở Tư pháp", "Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh", "Trước ngày 15/10/2026",
     "Văn bản hướng dẫn"),
    ("8", "Tổ chức hội nghị phổ biến các văn bản quy phạm pháp luật chuyên ngành mới ban hành",
     "Các sở, ban, ngành tỉnh", "Sở Tư pháp", "Theo đề nghị của Sở Tư pháp", "Hội nghị"),
)

PLAN_QNG = Plan(
    name="ubnd_tinh_quang_ngai_2026",
    blocks=[
        *_head("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "38/KH-UBND", "Quảng Ngãi, ngày 20 tháng 01 năm 2026",
               "Phổ biến, giáo dục pháp luật trên địa bàn tỉnh Quảng Ngãi năm 2026"),
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;"),
        P("Căn cứ Quyết định số 2215/QĐ-UBND ngày 28 tháng 12 năm 2025 của Chủ tịch Ủy ban nhân dân tỉnh "
          "ban hành Chương trình công tác năm 2026;"),
        P("Ủy ban nhân dân tỉnh ban hành Kế hoạch phổ biến, giáo dục pháp luật năm 2026 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Mục đích", bold=True),
        P("- Nâng cao hiệu quả công tác phổ biến, giáo dục pháp luật, góp phần thực hiện thắng lợi nhiệm vụ "
          "phát triển kinh tế - xã hội của tỉnh sau khi sắp xếp đơn vị hành chính."),
        P("2. Yêu cầu", bold=True),
        P("- Xác định rõ nội dung, cơ quan chủ trì, thời gian hoàn thành; bảo đảm tiết kiệm, hiệu quả."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("(Chi tiết tại Phụ lục kèm theo)"),
        P("PHỤ LỤC\nNHIỆM VỤ PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT NĂM 2026", bold=True, center=True),
        P("(Kèm theo Kế hoạch số 38/KH-UBND ngày 20/01/2026 của UBND tỉnh)", center=True),
        T(_QNG_ROWS, widths=(8, 52, 28, 36, 22, 30)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Các sở, ban, ngành tỉnh và UBND các xã, phường, đặc khu căn cứ Kế hoạch này xây dựng kế hoạch "
          "của cơ quan, đơn vị, địa phương mình."),
        P("2. Kinh phí thực hiện được bố trí trong dự toán ngân sách năm 2026 của các cơ quan, đơn vị."),
        P("3. Sở Tư pháp theo dõi, đôn đốc, tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 30/11/2026."),
        *_end(["Bộ Tư pháp (b/c);", "TT Tỉnh ủy, TT HĐND tỉnh;", "CT, các PCT UBND tỉnh;",
               "Các sở, ban, ngành tỉnh;", "UBND các xã, phường, đặc khu;"],
              "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Trần Phước Hiền"),
    ],
    expected=[
        Exp("Tổ chức phổ biến các luật, nghị quyết mới", ("Sở Tư pháp",),
            ("Các sở, ban, ngành tỉnh", "UBND các xã, phường, đặc khu"), "2026-09-30"),
        Exp("Biên soạn, phát hành tài liệu phổ biến pháp luật về đất đai", ("Sở Nông nghiệp và Môi trường",),
            ("Sở Tư pháp", "UBND các xã ven biển"), "2026-09-30"),
        Exp("Xây dựng chuyên mục \"Pháp luật và đời sống\"", ("Báo và Phát thanh, Truyền hình Quảng Ngãi",),
            ("Sở Tư pháp", "Sở Văn hóa, Thể thao và Du lịch"), "2026-12-31"),
        Exp("Phổ biến pháp luật về an toàn giao thông", ("Sở Giáo dục và Đào tạo",),
            ("Công an tỉnh", "Đoàn TNCS Hồ Chí Minh tỉnh"), "2026-11-30"),
        Exp("Tổ chức Cuộc thi trực tuyến tìm hiểu pháp luật", ("Công an tỉnh",),
            ("Sở Tư pháp", "Sở Khoa học và Công nghệ", "các cơ quan, đơn vị có liên quan"), "2026-06-30"),
        Exp("Tuyên truyền, phổ biến pháp luật về lao động", ("Sở Nội vụ",),
            ("Liên đoàn Lao động tỉnh", "Bảo hiểm xã hội tỉnh"), "2026-12-31"),
        Exp("Hướng dẫn tổ chức Ngày Pháp luật", ("Sở Tư pháp",),
            ("Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh",), "2026-10-15"),
        Exp("Tổ chức hội nghị phổ biến các văn bản quy phạm", ("Các sở, ban, ngành tỉnh",), ("Sở Tư pháp",),
            "2026-12-31", on_request=True),
    ],
)

# ---------------------------------------------------------------- 2. commune, prose
PLAN_XA = Plan(
    name="ubnd_xa_tan_hiep_2026",
    blocks=[
        *_head("ỦY BAN NHÂN DÂN", "XÃ TÂN HIỆP", "12/KH-UBND", "Tân Hiệp, ngày 09 tháng 02 năm 2026",
               "Tuyên truyền, phổ biến, giáo dục pháp luật và hòa giải ở cơ sở năm 2026"),
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012; Luật Hòa giải ở cơ sở năm 2013;"),
        P("Căn cứ Kế hoạch số 45/KH-UBND ngày 22/01/2026 của UBND tỉnh An Giang về phổ biến, giáo dục pháp "
          "luật năm 2026;"),
        P("UBND xã Tân Hiệp xây dựng Kế hoạch thực hiện như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Đưa pháp luật đến gần hơn với Nhân dân, nhất là đồng bào dân tộc Khmer và người dân các ấp vùng "
          "sâu; việc triển khai phải thiết thực, tránh hình thức."),
        P("II. NỘI DUNG", bold=True),
        P("1. Tổ chức tuyên truyền pháp luật tại các ấp thông qua sinh hoạt tổ nhân dân tự quản", bold=True),
        P("Giao Công chức Tư pháp - Hộ tịch chủ trì, phối hợp với Ban Nhân dân các ấp và Mặt trận Tổ quốc "
          "Việt Nam xã tổ chức thực hiện."),
        P("Thời gian: Quý II và Quý III năm 2026."),
        P("2. Phát thanh pháp luật trên hệ thống loa truyền thanh của xã", bold=True),
        P("Giao Văn phòng HĐND và UBND xã chủ trì, phối hợp với Công chức Tư pháp - Hộ tịch thực hiện."),
        P("Thời gian: Hằng tuần (vào thứ Hai và thứ Năm)."),
        P("3. Kiện toàn, bồi dưỡng nghiệp vụ cho hòa giải viên ở cơ sở", bold=True),
        P("Giao Phó Chủ tịch UBND xã chủ trì; Công chức Tư pháp - Hộ tịch, Ủy ban Mặt trận Tổ quốc Việt Nam "
          "xã phối hợp."),
        P("Thời gian: Tháng 4/2026."),
        P("4. Tuyên truyền pháp luật về phòng, chống ma túy, bạo lực gia đình", bold=True),
        P("Giao Công an xã chủ trì, phối hợp với Hội Liên hiệp Phụ nữ xã, Đoàn Thanh niên xã thực hiện."),
        P("Thời gian: Tháng 6 và tháng 11/2026."),
        P("5. Phổ biến pháp luật về trồng trọt, bảo vệ thực vật cho nông dân", bold=True),
        P("Giao Phòng Kinh tế chủ trì, phối hợp với Hội Nông dân xã và Trạm Khuyến nông thực hiện."),
        P("Thời gian: Trước vụ Hè Thu, chậm nhất ngày 30/4/2026."),
        P("6. Hưởng ứng Ngày Pháp luật Việt Nam 09/11", bold=True),
        P("Giao Công chức Tư pháp - Hộ tịch chủ trì tham mưu tổ chức; các ban, ngành, đoàn thể xã phối hợp."),
        P("Thời gian: Tháng 10 - 11/2026."),
        P("7. Cập nhật tủ sách pháp luật điện tử của xã", bold=True),
        P("Giao Công chức Văn hóa - Xã hội chủ trì thực hiện khi có văn bản hướng dẫn của Sở Tư pháp."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các ban, ngành, đoàn thể xã, Ban Nhân dân các ấp triển khai thực hiện Kế hoạch này; báo cáo kết "
          "quả về UBND xã (qua Công chức Tư pháp - Hộ tịch) trước ngày 20/11/2026."),
        *_end(["UBND tỉnh (qua Sở Tư pháp);", "Đảng ủy, HĐND xã;", "Các ban, ngành, đoàn thể xã;",
               "Ban Nhân dân các ấp;"], "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Danh Sà Rết"),
    ],
    expected=[
        Exp("Tổ chức tuyên truyền pháp luật tại các ấp", ("Công chức Tư pháp - Hộ tịch",),
            ("Ban Nhân dân các ấp", "Mặt trận Tổ quốc Việt Nam xã"), "2026-09-30"),
        Exp("Phát thanh pháp luật trên hệ thống loa", ("Văn phòng HĐND và UBND xã",),
            ("Công chức Tư pháp - Hộ tịch",), "2026-12-31"),
        Exp("Kiện toàn, bồi dưỡng nghiệp vụ cho hòa giải viên", ("Phó Chủ tịch UBND xã",),
            ("Công chức Tư pháp - Hộ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam xã"), "2026-04-30"),
        Exp("Tuyên truyền pháp luật về phòng, chống ma túy", ("Công an xã",),
            ("Hội Liên hiệp Phụ nữ xã", "Đoàn Thanh niên xã"), "2026-11-30"),
        Exp("Phổ biến pháp luật về trồng trọt", ("Phòng Kinh tế",),
            ("Hội Nông dân xã", "Trạm Khuyến nông"), "2026-04-30"),
        Exp("Hưởng ứng Ngày Pháp luật Việt Nam", ("Công chức Tư pháp - Hộ tịch",),
            ("các ban, ngành, đoàn thể xã",), "2026-11-30"),
        Exp("Cập nhật tủ sách pháp luật điện tử", ("Công chức Văn hóa - Xã hội",), (), "2026-12-31",
            on_request=True),
    ],
)

# ---------------------------------------------------------------- 3. sector branch, label lines
PLAN_BHXH = Plan(
    name="bhxh_nghe_an_2026",
    blocks=[
        *_head("BẢO HIỂM XÃ HỘI VIỆT NAM", "BẢO HIỂM XÃ HỘI TỈNH NGHỆ AN", "215/KH-BHXH",
               "Nghệ An, ngày 03 tháng 3 năm 2026",
               "Công tác phổ biến, giáo dục pháp luật năm 2026"),
        P("Căn cứ Luật Bảo hiểm xã hội số 41/2024/QH15; Luật Bảo hiểm y tế sửa đổi, bổ sung năm 2024;"),
        P("Căn cứ Kế hoạch số 108/KH-BHXH ngày 15/01/2026 của Bảo hiểm xã hội Việt Nam;"),
        P("Bảo hiểm xã hội tỉnh Nghệ An xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Nâng cao nhận thức của người lao động, người sử dụng lao động về chính sách bảo hiểm xã hội, "
          "bảo hiểm y tế, bảo hiểm thất nghiệp."),
        P("- Gắn công tác phổ biến pháp luật với nhiệm vụ chuyên môn của từng đơn vị."),
        P("II. NỘI DUNG VÀ GIẢI PHÁP", bold=True),
        P("1. Phổ biến pháp luật trong nội bộ ngành", bold=True),
        P("a) Quán triệt Luật Bảo hiểm xã hội năm 2024 và các văn bản hướng dẫn cho công chức, viên chức"),
        P("Đơn vị chủ trì: Phòng Tổ chức - Hành chính"),
        P("Đơn vị phối hợp: Phòng Chính sách, Pháp chế; Bảo hiểm xã hội cơ sở"),
        P("Thời gian thực hiện: Quý I/2026"),
        P("b) Tổ chức kiểm tra, sát hạch kiến thức pháp luật chuyên ngành đối với viên chức làm công tác "
          "thu, cấp sổ thẻ"),
        P("Đơn vị chủ trì: Phòng Chính sách, Pháp chế"),
        P("Đơn vị phối hợp: Phòng Quản lý thu - Sổ, thẻ"),
        P("Thời gian thực hiện: Tháng 8/2026"),
        P("2. Phổ biến pháp luật cho người dân, doanh nghiệp", bold=True),
        P("a) Tổ chức hội nghị đối thoại với doanh nghiệp về chính sách bảo hiểm xã hội, bảo hiểm thất "
          "nghiệp"),
        P("Đơn vị chủ trì: Phòng Truyền thông và Phát triển đối tượng"),
        P("Đơn vị phối hợp: Sở Nội vụ, Liên đoàn Lao động tỉnh, Hiệp hội Doanh nghiệp tỉnh"),
        P("Thời gian thực hiện: Quý II, Quý III/2026"),
        P("b) Phối hợp tuyên truyền chính sách bảo hiểm y tế học sinh, sinh viên năm học 2026-2027"),
        P("Đơn vị chủ trì: Phòng Truyền thông và Phát triển đối tượng"),
        P("Đơn vị phối hợp: Sở Giáo dục và Đào tạo; các cơ sở giáo dục đại học, giáo dục nghề nghiệp "
          "trên địa bàn"),
        P("Thời gian thực hiện: Từ tháng 8 đến tháng 10/2026"),
        P("c) Tuyên truyền về bảo hiểm xã hội tự nguyện tại các xã miền núi"),
        P("Đơn vị chủ trì: Bảo hiểm xã hội cơ sở"),
        P("Đơn vị phối hợp: UBND các xã, Bưu điện tỉnh"),
        P("Thời gian thực hiện: Thường xuyên"),
        P("3. Công tác rà soát, hệ thống hóa văn bản", bold=True),
        P("a) Rà soát văn bản hướng dẫn nghiệp vụ đã hết hiệu lực, đề xuất bãi bỏ"),
        P("Đơn vị chủ trì: Phòng Chính sách, Pháp chế"),
        P("Đơn vị phối hợp: Các phòng nghiệp vụ"),
        P("Thời gian thực hiện: Trước ngày 30/6/2026"),
        P("b) Phổ biến các văn bản mới của Bảo hiểm xã hội Việt Nam"),
        P("Đơn vị chủ trì: Văn phòng"),
        P("Đơn vị phối hợp: Phòng Chính sách, Pháp chế"),
        P("Thời gian thực hiện: Sau khi văn bản được ban hành"),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Trưởng các phòng nghiệp vụ, Giám đốc Bảo hiểm xã hội cơ sở có trách nhiệm triển khai Kế hoạch; "
          "báo cáo kết quả 6 tháng trước ngày 15/6/2026, cả năm trước ngày 15/11/2026 (qua Phòng Chính sách, "
          "Pháp chế)."),
        *_end(["BHXH Việt Nam (để b/c);", "UBND tỉnh (để b/c);", "Sở Tư pháp;", "Các phòng; BHXH cơ sở;"],
              "GIÁM ĐỐC", "Nguyễn Văn Lâm"),
    ],
    expected=[
        Exp("Quán triệt Luật Bảo hiểm xã hội năm 2024", ("Phòng Tổ chức - Hành chính",),
            ("Phòng Chính sách, Pháp chế", "Bảo hiểm xã hội cơ sở"), "2026-03-31"),
        Exp("Tổ chức kiểm tra, sát hạch kiến thức", ("Phòng Chính sách, Pháp chế",),
            ("Phòng Quản lý thu - Sổ, thẻ",), "2026-08-31"),
        Exp("Tổ chức hội nghị đối thoại với doanh nghiệp", ("Phòng Truyền thông và Phát triển đối tượng",),
            ("Sở Nội vụ", "Liên đoàn Lao động tỉnh", "Hiệp hội Doanh nghiệp tỉnh"), "2026-09-30"),
        Exp("Phối hợp tuyên truyền chính sách bảo hiểm y tế", ("Phòng Truyền thông và Phát triển đối tượng",),
            ("Sở Giáo dục và Đào tạo", "các cơ sở giáo dục đại học, giáo dục nghề nghiệp trên địa bàn"),
            "2026-10-31"),
        Exp("Tuyên truyền về bảo hiểm xã hội tự nguyện", ("Bảo hiểm xã hội cơ sở",),
            ("UBND các xã", "Bưu điện tỉnh"), "2026-12-31"),
        Exp("Rà soát văn bản hướng dẫn nghiệp vụ", ("Phòng Chính sách, Pháp chế",), ("Các phòng nghiệp vụ",),
            "2026-06-30"),
        Exp("Phổ biến các văn bản mới của Bảo hiểm", ("Văn phòng",), ("Phòng Chính sách, Pháp chế",),
            "2026-12-31", on_request=True),
    ],
)

# ---------------------------------------------------------------- 4. school, table without STT
_THPT_ROWS = (
    ("Thời gian", "Nội dung công việc", "Người thực hiện", "Người phối hợp", "Ghi chú"),
    ("Tháng 9/2026", "Quán triệt nội quy nhà trường, quy định về văn hóa học đường cho học sinh đầu năm học",
     "Giáo viên chủ nhiệm", "Đoàn trường", "Tiết sinh hoạt lớp tuần 1"),
    ("Tháng 10/2026", "Tổ chức chuyên đề phòng, chống bạo lực học đường và xâm hại trẻ em",
     "Phó Hiệu trưởng phụ trách công tác học sinh", "Công an phường Hải Châu; Đoàn trường",
     "Dưới cờ"),
    ("Tháng 11/2026", "Hưởng ứng Ngày Pháp luật Việt Nam: tổ chức \"Rung chuông vàng - Em yêu pháp luật\"",
     "Đoàn trường", "Tổ Ngữ văn - Giáo dục kinh tế và pháp luật", "Khối 10, 11"),
    ("Tháng 12/2026 - 01/2027", "Tuyên truyền Luật Trật tự, an toàn giao thông đường bộ dịp Tết Nguyên đán",
     "Tổ Ngữ văn - Giáo dục kinh tế và pháp luật", "Giáo viên chủ nhiệm, Ban đại diện cha mẹ học sinh",
     "Ký cam kết"),
    ("Tháng 3/2027", "Phổ biến quy định về an ninh mạng, sử dụng mạng xã hội an toàn cho học sinh",
     "Tổ Tin học - Công nghệ", "Đoàn trường", ""),
    ("Tháng 4/2027", "Tham gia Cuộc thi tìm hiểu pháp luật trực tuyến dành cho học sinh trung học",
     "Phó Hiệu trưởng phụ trách công tác học sinh", "Đoàn trường và giáo viên chủ nhiệm",
     "Theo hướng dẫn của Sở"),
    ("Tháng 9/2026 - 5/2027", "Bổ sung sách, tài liệu pháp luật và giới thiệu sách pháp luật tại thư viện",
     "Nhân viên thư viện", "", "Mỗi tháng 01 chủ đề"),
)

PLAN_THPT = Plan(
    name="thpt_le_quy_don_2026_2027",
    blocks=[
        *_head("SỞ GIÁO DỤC VÀ ĐÀO TẠO TP ĐÀ NẴNG", "TRƯỜNG THPT LÊ QUÝ ĐÔN", "97/KH-THPTLQĐ",
               "Đà Nẵng, ngày 12 tháng 9 năm 2026",
               "Tuyên truyền, phổ biến, giáo dục pháp luật năm học 2026 - 2027"),
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;"),
        P("Căn cứ Công văn số 2870/SGDĐT-CTTT ngày 28/8/2026 của Sở Giáo dục và Đào tạo thành phố Đà Nẵng "
          "về hướng dẫn thực hiện nhiệm vụ công tác học sinh năm học 2026 - 2027;"),
        P("Trường THPT Lê Quý Đôn xây dựng kế hoạch tuyên truyền, phổ biến, giáo dục pháp luật năm học "
          "2026 - 2027 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Giúp học sinh hình thành ý thức tôn trọng, chấp hành pháp luật, nội quy nhà trường."),
        P("2. Hình thức tuyên truyền phù hợp lứa tuổi, lồng ghép vào các hoạt động giáo dục."),
        P("II. NỘI DUNG VÀ LỊCH THỰC HIỆN", bold=True),
        T(_THPT_ROWS, widths=(26, 62, 34, 36, 24)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("- Phó Hiệu trưởng phụ trách công tác học sinh chỉ đạo chung, theo dõi việc thực hiện."),
        P("- Các tổ chuyên môn, giáo viên chủ nhiệm lồng ghép nội dung giáo dục pháp luật trong bài dạy, "
          "tiết sinh hoạt lớp."),
        P("- Đoàn trường báo cáo kết quả về Ban Giám hiệu trước ngày 20/5/2027."),
        *_end(["Sở GDĐT (b/c);", "Ban Giám hiệu;", "Các tổ chuyên môn, Đoàn trường;"],
              "HIỆU TRƯỞNG", "Lê Thị Thu Hà"),
    ],
    expected=[
        Exp("Quán triệt nội quy nhà trường", ("Giáo viên chủ nhiệm",), ("Đoàn trường",), "2026-09-30"),
        Exp("Tổ chức chuyên đề phòng, chống bạo lực học đường",
            ("Phó Hiệu trưởng phụ trách công tác học sinh",),
            ("Công an phường Hải Châu", "Đoàn trường"), "2026-10-31"),
        Exp("Hưởng ứng Ngày Pháp luật Việt Nam", ("Đoàn trường",),
            ("Tổ Ngữ văn - Giáo dục kinh tế và pháp luật",), "2026-11-30"),
        Exp("Tuyên truyền Luật Trật tự, an toàn giao thông", ("Tổ Ngữ văn - Giáo dục kinh tế và pháp luật",),
            ("Giáo viên chủ nhiệm", "Ban đại diện cha mẹ học sinh"), "2027-01-31"),
        Exp("Phổ biến quy định về an ninh mạng", ("Tổ Tin học - Công nghệ",), ("Đoàn trường",), "2027-03-31"),
        Exp("Tham gia Cuộc thi tìm hiểu pháp luật trực tuyến",
            ("Phó Hiệu trưởng phụ trách công tác học sinh",),
            ("Đoàn trường", "giáo viên chủ nhiệm"), "2027-04-30"),
        Exp("Bổ sung sách, tài liệu pháp luật", ("Nhân viên thư viện",), (), "2027-05-31"),
    ],
)

# ---------------------------------------------------------------- 5. women's union, inline parentheses
PLAN_PN = Plan(
    name="hoi_lhpn_gia_lai_2026",
    blocks=[
        *_head("HỘI LHPN VIỆT NAM", "BAN THƯỜNG VỤ HỘI LHPN TỈNH GIA LAI", "09/KH-BTV",
               "Quy Nhơn, ngày 26 tháng 02 năm 2026",
               "Thực hiện công tác tuyên truyền, phổ biến, giáo dục pháp luật năm 2026"),
        P("Thực hiện Kế hoạch số 31/KH-ĐCT ngày 10/01/2026 của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam "
          "và Kế hoạch số 52/KH-UBND ngày 23/01/2026 của UBND tỉnh Gia Lai về công tác phổ biến, giáo dục "
          "pháp luật năm 2026, Ban Thường vụ Hội LHPN tỉnh xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Nâng cao hiểu biết pháp luật cho hội viên, phụ nữ, nhất là phụ nữ dân tộc thiểu số, phụ nữ "
          "vùng ven biển; góp phần phòng ngừa bạo lực gia đình, mua bán người."),
        P("- Các cấp Hội chủ động, sáng tạo trong hình thức tuyên truyền."),
        P("II. ĐỐI TƯỢNG", bold=True),
        P("Cán bộ, hội viên, phụ nữ trên địa bàn tỉnh."),
        P("III. NHIỆM VỤ TRỌNG TÂM", bold=True),
        P("1. Tuyên truyền, phổ biến pháp luật", bold=True),
        P("- Tổ chức tuyên truyền Luật Phòng, chống bạo lực gia đình năm 2022 tại các chi hội phụ nữ "
          "(Ban Gia "
          "đình - Xã hội chủ trì, phối hợp với Công an tỉnh; thời gian: Quý II/2026)."),
        P("- Biên soạn bản tin \"Phụ nữ với pháp luật\" đăng trên trang Fanpage của Hội (Ban Tuyên giáo chủ "
          "trì; Văn phòng phối hợp; thực hiện hằng quý)."),
        P("- Tập huấn kỹ năng tuyên truyền pháp luật cho báo cáo viên, tuyên truyền viên cơ sở Hội (Ban "
          "Tuyên "
          "giáo chủ trì, phối hợp với Sở Tư pháp; thời gian: tháng 7/2026)."),
        P("2. Tư vấn, trợ giúp pháp lý và giám sát", bold=True),
        P("- Tư vấn pháp luật, trợ giúp pháp lý lưu động cho phụ nữ dân tộc thiểu số tại các xã vùng cao "
          "(Trung tâm Tư vấn pháp luật - Hỗ trợ phụ nữ chủ trì, phối hợp với Trung tâm Trợ giúp pháp lý nhà "
          "nước tỉnh và Hội LHPN các xã, phường; thời gian: tháng 5 - 9/2026)."),
        P("- Giám sát việc thực hiện chính sách, pháp luật liên quan đến quyền của phụ nữ và trẻ em (Ban "
          "Chính sách - Luật pháp chủ trì; Ban Gia đình - Xã hội, Ban Tuyên giáo phối hợp; thời gian: theo "
          "đề nghị của Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh)."),
        P("- Sơ kết mô hình \"Tổ phụ nữ tìm hiểu pháp luật\" (Ban Chính sách - Luật pháp chủ trì; Hội LHPN "
          "các xã, phường phối hợp; hoàn thành trước ngày 20/10/2026)."),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các ban, đơn vị chuyên môn Hội LHPN tỉnh; Hội LHPN các xã, phường căn cứ Kế hoạch triển khai thực "
          "hiện, báo cáo kết quả về Ban Thường vụ Hội LHPN tỉnh (qua Ban Chính sách - Luật pháp) trước ngày "
          "10/11/2026."),
        *_end(["TW Hội LHPN Việt Nam (b/c);", "Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c);", "Sở Tư pháp;",
               "Hội LHPN các xã, phường;"], "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH", "Nguyễn Thị Thanh Lịch"),
    ],
    expected=[
        Exp("Tổ chức tuyên truyền Luật Phòng, chống bạo lực gia đình", ("Ban Gia đình - Xã hội",),
            ("Công an tỉnh",), "2026-06-30"),
        Exp("Biên soạn bản tin \"Phụ nữ với pháp luật\"", ("Ban Tuyên giáo",), ("Văn phòng",), "2026-12-31"),
        Exp("Tập huấn kỹ năng tuyên truyền pháp luật", ("Ban Tuyên giáo",), ("Sở Tư pháp",), "2026-07-31"),
        Exp("Tư vấn pháp luật, trợ giúp pháp lý lưu động", ("Trung tâm Tư vấn pháp luật - Hỗ trợ phụ nữ",),
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh", "Hội LHPN các xã, phường"), "2026-09-30"),
        Exp("Giám sát việc thực hiện chính sách, pháp luật", ("Ban Chính sách - Luật pháp",),
            ("Ban Gia đình - Xã hội", "Ban Tuyên giáo"), "2026-12-31", on_request=True),
        Exp("Sơ kết mô hình \"Tổ phụ nữ tìm hiểu pháp luật\"", ("Ban Chính sách - Luật pháp",),
            ("Hội LHPN các xã, phường",), "2026-10-20"),
    ],
)

# ---------------------------------------------------------------- 6. health department, 2-row header
_YT_ROWS = (
    ("STT", "Nội dung hoạt động", "Phân công", "", "Thời gian hoàn thành", "Kinh phí"),
    ("", "", "Chủ trì", "Phối hợp", "", ""),
    ("I", "PHỔ BIẾN PHÁP LUẬT TRONG NGÀNH Y TẾ", "", "", "", ""),
    ("1", "Phổ biến Luật Khám bệnh, chữa bệnh năm 2023 và các nghị định hướng dẫn cho người hành nghề",
     "Phòng Nghiệp vụ Y - Dược", "Các bệnh viện, trung tâm y tế trực thuộc", "Tháng 3 - 5/2026",
     "Chi thường xuyên"),
    ("2", "Tập huấn quy tắc ứng xử, đạo đức nghề nghiệp cho viên chức y tế", "Phòng Tổ chức cán bộ",
     "Công đoàn ngành Y tế; Bệnh viện Hữu nghị Việt Tiệp", "Quý II/2026", "30 triệu đồng"),
    ("3", "Cập nhật văn bản pháp luật về y tế trên Trang thông tin điện tử của Sở", "Văn phòng Sở",
     "Thanh tra Sở", "Thường xuyên", "Không"),
    ("II", "PHỔ BIẾN PHÁP LUẬT CHO NGƯỜI DÂN", "", "", "", ""),
    ("4", "Truyền thông pháp luật về an toàn thực phẩm trong Tháng hành động vì an toàn thực phẩm",
     "Chi cục An toàn vệ sinh thực phẩm",
     "UBND các xã, phường, đặc khu; Báo và Phát thanh, Truyền hình Hải Phòng", "Tháng 4 - 5/2026",
     "45 triệu đồng"),
    ("5", "Phổ biến Luật Phòng, chống tác hại của thuốc lá tại trường học, nơi công cộng",
     "Trung tâm Kiểm soát bệnh tật thành phố", "Sở Giáo dục và Đào tạo, Sở Văn hóa, Thể thao và Du lịch",
     "Tháng 5 - 6/2026", "Dự án phòng chống tác hại thuốc lá"),
    ("6", "Tuyên truyền các quy định mới về chính sách dân số, chăm sóc sức khỏe người cao tuổi",
     "Chi cục Dân số", "Hội Liên hiệp Phụ nữ thành phố, Hội Người cao tuổi thành phố", "Quý III - IV/2026",
     "Chương trình mục tiêu"),
    ("III", "KIỂM TRA, SƠ KẾT", "", "", "", ""),
    ("7", "Kiểm tra việc thực hiện công tác phổ biến, giáo dục pháp luật tại các đơn vị trực thuộc",
     "Thanh tra Sở", "Phòng Tổ chức cán bộ", "Tháng 10/2026", ""),
    ("8", "Tổng hợp, báo cáo kết quả công tác phổ biến, giáo dục pháp luật năm 2026", "Văn phòng Sở",
     "Các đơn vị trực thuộc", "Trước ngày 25/11/2026", ""),
)

PLAN_YT = Plan(
    name="so_y_te_hai_phong_2026",
    blocks=[
        *_head("UBND THÀNH PHỐ HẢI PHÒNG", "SỞ Y TẾ", "146/KH-SYT", "Hải Phòng, ngày 04 tháng 02 năm 2026",
               "Phổ biến, giáo dục pháp luật ngành Y tế năm 2026"),
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012;"),
        P("Căn cứ Kế hoạch số 27/KH-UBND ngày 16/01/2026 của UBND thành phố Hải Phòng về công tác phổ biến, "
          "giáo dục pháp luật năm 2026;"),
        P("Sở Y tế xây dựng Kế hoạch phổ biến, giáo dục pháp luật năm 2026 với các nội dung sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Cán bộ, viên chức, người lao động ngành Y tế nắm vững, chấp hành nghiêm pháp luật chuyên "
          "ngành."),
        P("- Nhân dân được tiếp cận thông tin pháp luật về y tế kịp thời, chính xác."),
        P("II. NỘI DUNG, PHÂN CÔNG THỰC HIỆN", bold=True),
        T(_YT_ROWS, widths=(10, 60, 30, 38, 24, 24)),
        P("III. KINH PHÍ", bold=True),
        P("Từ nguồn chi thường xuyên năm 2026 của Sở và các đơn vị; nguồn chương trình, dự án (nếu có)."),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Thủ trưởng các phòng chức năng, đơn vị trực thuộc Sở tổ chức thực hiện Kế hoạch; định kỳ báo cáo "
          "6 tháng (trước ngày 10/6) và năm (trước ngày 15/11) về Sở Y tế (qua Văn phòng Sở)."),
        *_end(["UBND thành phố (b/c);", "Sở Tư pháp;", "Giám đốc, các Phó Giám đốc Sở;",
               "Các phòng, đơn vị trực thuộc;"], "GIÁM ĐỐC", "Vũ Văn Thành"),
    ],
    expected=[
        Exp("Phổ biến Luật Khám bệnh, chữa bệnh năm 2023", ("Phòng Nghiệp vụ Y - Dược",),
            ("Các bệnh viện, trung tâm y tế trực thuộc",), "2026-05-31"),
        Exp("Tập huấn quy tắc ứng xử, đạo đức nghề nghiệp", ("Phòng Tổ chức cán bộ",),
            ("Công đoàn ngành Y tế", "Bệnh viện Hữu nghị Việt Tiệp"), "2026-06-30"),
        Exp("Cập nhật văn bản pháp luật về y tế", ("Văn phòng Sở",), ("Thanh tra Sở",), "2026-12-31"),
        Exp("Truyền thông pháp luật về an toàn thực phẩm", ("Chi cục An toàn vệ sinh thực phẩm",),
            ("UBND các xã, phường, đặc khu", "Báo và Phát thanh, Truyền hình Hải Phòng"), "2026-05-31"),
        Exp("Phổ biến Luật Phòng, chống tác hại của thuốc lá", ("Trung tâm Kiểm soát bệnh tật thành phố",),
            ("Sở Giáo dục và Đào tạo", "Sở Văn hóa, Thể thao và Du lịch"), "2026-06-30"),
        Exp("Tuyên truyền các quy định mới về chính sách dân số", ("Chi cục Dân số",),
            ("Hội Liên hiệp Phụ nữ thành phố", "Hội Người cao tuổi thành phố"), "2026-12-31"),
        Exp("Kiểm tra việc thực hiện công tác phổ biến", ("Thanh tra Sở",), ("Phòng Tổ chức cán bộ",),
            "2026-10-31"),
        Exp("Tổng hợp, báo cáo kết quả công tác",
            ("Văn phòng Sở",), ("Các đơn vị trực thuộc",), "2026-11-25"),
    ],
)

# ---------------------------------------------------------------- 7. ward, 1.1. numbering
PLAN_PHUONG = Plan(
    name="ubnd_phuong_ba_dinh_2026",
    blocks=[
        *_head("ỦY BAN NHÂN DÂN", "PHƯỜNG BA ĐÌNH", "29/KH-UBND", "Ba Đình, ngày 13 tháng 01 năm 2026",
               "Công tác phổ biến, giáo dục pháp luật; hòa giải ở cơ sở; xây dựng phường đạt chuẩn tiếp cận "
               "pháp luật năm 2026"),
        P("Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;"),
        P("Căn cứ Kế hoạch số 14/KH-UBND ngày 08/01/2026 của UBND thành phố Hà Nội về công tác phổ biến, "
          "giáo dục pháp luật năm 2026;"),
        P("UBND phường Ba Đình ban hành Kế hoạch như sau:"),
        P("1. Mục đích, yêu cầu", bold=True),
        P("Tiếp tục đổi mới hình thức phổ biến pháp luật, ứng dụng chuyển đổi số; phù hợp đặc thù phường "
          "trung tâm chính trị - hành chính của Thủ đô, có nhiều di tích và cơ quan Trung ương."),
        P("2. Nhiệm vụ cụ thể", bold=True),
        P("2.1. Phổ biến các văn bản pháp luật mới tới cán bộ, công chức phường và Nhân dân", bold=True),
        P("Văn phòng HĐND và UBND phường chủ trì, phối hợp với Phòng Văn hóa - Xã hội và Ủy ban Mặt trận Tổ "
          "quốc Việt Nam phường thực hiện. Thời gian: Quý I - II/2026."),
        P("2.2. Tuyên truyền pháp luật về trật tự đô thị, phòng cháy, chữa cháy tại khu dân cư", bold=True),
        P("- Phòng Kinh tế, Hạ tầng và Đô thị chủ trì tuyên truyền các quy định về trật tự xây dựng, vỉa hè, "
          "lòng đường, phối hợp với Tổ trưởng các tổ dân phố; thời gian: Quý II/2026."),
        P("- Công an phường chủ trì tuyên truyền quy định về phòng cháy, chữa cháy tại nhà ở kết hợp kinh "
          "doanh, chung cư cũ, phối hợp với Phòng Kinh tế, Hạ tầng và Đô thị; thời gian: tháng 6 - 8/2026."),
        P("2.3. Tổ chức \"Ngày hội pháp luật\" cho thanh thiếu nhi trong dịp hè", bold=True),
        P("Chủ trì thực hiện: Đoàn Thanh niên phường."),
        P("Phối hợp: Phòng Văn hóa - Xã hội; các trường tiểu học, trung học cơ sở trên địa bàn."),
        P("Thời hạn: tháng 7/2026."),
        P("2.4. Duy trì mô hình \"Tổ dân phố tự quản về an ninh trật tự và hòa giải\"", bold=True),
        P("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường chủ trì, phối hợp với Công an phường, Tổ trưởng "
          "các tổ dân phố thực hiện trong cả năm 2026."),
        P("2.5. Bồi dưỡng kiến thức pháp luật, kỹ năng hòa giải cho hòa giải viên", bold=True),
        P("Phòng Văn hóa - Xã hội chủ trì; Văn phòng HĐND và UBND phường phối hợp. Thời gian: Quý III/2026."),
        P("2.6. Phổ biến pháp luật về thuế đối với hộ kinh doanh chuyển đổi sang phương pháp kê khai",
          bold=True),
        P("Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp với Thuế cơ sở 1 thành phố Hà Nội tổ chức đối "
          "thoại, hướng dẫn hộ kinh doanh. Thời gian: tháng 3/2026 và tháng 9/2026."),
        P("3. Tổ chức thực hiện", bold=True),
        P("Các phòng, đơn vị thuộc UBND phường, Công an phường, Tổ trưởng các tổ dân phố căn cứ nhiệm "
          "vụ được "
          "giao triển khai thực hiện; báo cáo kết quả về UBND phường (qua Phòng Văn hóa - Xã hội) trước ngày "
          "05/12/2026 để tổng hợp, báo cáo UBND thành phố."),
        *_end(["UBND thành phố (qua Sở Tư pháp);", "Thường trực Đảng ủy, HĐND phường;",
               "Ủy ban MTTQ Việt Nam phường;", "Các phòng, đơn vị thuộc UBND phường;"],
              "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đỗ Minh Châu"),
    ],
    expected=[
        Exp("Phổ biến các văn bản pháp luật mới tới", ("Văn phòng HĐND và UBND phường",),
            ("Phòng Văn hóa - Xã hội", "Ủy ban Mặt trận Tổ quốc Việt Nam phường"), "2026-06-30"),
        Exp("Phòng Kinh tế, Hạ tầng và Đô thị chủ trì tuyên truyền", ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Tổ trưởng các tổ dân phố",), "2026-06-30"),
        Exp("Công an phường chủ trì tuyên truyền", ("Công an phường",), ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            "2026-08-31"),
        Exp("Tổ chức \"Ngày hội pháp luật\" cho thanh thiếu nhi", ("Đoàn Thanh niên phường",),
            ("Phòng Văn hóa - Xã hội", "các trường tiểu học, trung học cơ sở trên địa bàn"), "2026-07-31"),
        Exp("Duy trì mô hình \"Tổ dân phố tự quản", ("Ủy ban Mặt trận Tổ quốc Việt Nam phường",),
            ("Công an phường", "Tổ trưởng các tổ dân phố"), "2026-12-31"),
        Exp("Bồi dưỡng kiến thức pháp luật, kỹ năng hòa giải", ("Phòng Văn hóa - Xã hội",),
            ("Văn phòng HĐND và UBND phường",), "2026-09-30"),
        Exp("Phổ biến pháp luật về thuế đối với hộ kinh doanh", ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Thuế cơ sở 1 thành phố Hà Nội",), "2026-09-30"),
    ],
)

# ---------------------------------------------------------------- 8. agriculture & environment, "+" items
PLAN_NNMT = Plan(
    name="so_nnmt_lam_dong_2026",
    blocks=[
        *_head("UBND TỈNH LÂM ĐỒNG", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "412/KH-SNNMT",
               "Lâm Đồng, ngày 10 tháng 3 năm 2026",
               "Tuyên truyền, phổ biến, giáo dục pháp luật lĩnh vực nông nghiệp và môi trường năm 2026"),
        P("Căn cứ Luật Đất đai năm 2024; Luật Lâm nghiệp năm 2017; Luật Thủy sản năm 2017;"),
        P("Căn cứ Kế hoạch số 66/KH-UBND ngày 30/01/2026 của UBND tỉnh Lâm Đồng về phổ biến, giáo dục pháp "
          "luật năm 2026;"),
        P("Sở Nông nghiệp và Môi trường xây dựng Kế hoạch thực hiện như sau:"),
        P("1. Mục đích, yêu cầu", bold=True),
        P("Nâng cao ý thức chấp hành pháp luật về đất đai, rừng, thủy sản và bảo vệ môi trường của tổ chức, "
          "cá nhân trên địa bàn tỉnh sau hợp nhất; bám sát đặc điểm từng vùng (Tây Nguyên, ven biển, "
          "hải đảo)."),
        P("2. Nhiệm vụ cụ thể", bold=True),
        P("a) Phổ biến pháp luật về đất đai"),
        P("+ Tổ chức hội nghị phổ biến Luật Đất đai năm 2024 và các văn bản hướng dẫn cho công chức địa "
          "chính "
          "cấp xã. Chủ trì: Chi cục Quản lý đất đai; phối hợp: Văn phòng Đăng ký đất đai tỉnh, UBND các xã, "
          "phường, đặc khu; thời hạn: Quý II/2026."),
        P("+ Biên soạn tài liệu hỏi - đáp về thu hồi đất, bồi thường, hỗ trợ, tái định cư. Chủ trì: Chi cục "
          "Quản lý đất đai; phối hợp: Thanh tra Sở; thời hạn: tháng 8/2026."),
        P("b) Phổ biến pháp luật về lâm nghiệp, thủy sản"),
        P("+ Tuyên truyền pháp luật về bảo vệ và phát triển rừng cho cộng đồng dân cư sống gần rừng. "
          "Chủ trì: "
          "Chi cục Kiểm lâm; phối hợp: các Ban quản lý rừng phòng hộ, Vườn quốc gia Bidoup - Núi Bà và UBND "
          "các xã có rừng; thời hạn: từ tháng 01 đến tháng 4/2026 (mùa khô)."),
        P("+ Phổ biến quy định về chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định "
          "(IUU) cho ngư dân. Chủ trì: Chi cục Biển, Hải đảo và Thủy sản; phối hợp: Bộ Chỉ huy Bộ đội Biên "
          "phòng tỉnh; UBND các xã, phường ven biển; UBND đặc khu Phú Quý; thời hạn: thường xuyên."),
        P("c) Tuyên truyền pháp luật về bảo vệ môi trường trong sản xuất nông nghiệp"),
        P("Đề nghị Hội Nông dân tỉnh chủ trì tuyên truyền cho hội viên về thu gom bao gói thuốc bảo vệ thực "
          "vật, xử lý chất thải chăn nuôi; Chi cục Trồng trọt và Bảo vệ thực vật phối hợp cung cấp tài liệu. "
          "Thời gian: Quý III/2026."),
        P("d) Phổ biến văn bản quy phạm pháp luật mới ban hành thuộc lĩnh vực quản lý của ngành"),
        P("Văn phòng Sở chủ trì, phối hợp với các phòng, chi cục thuộc Sở thực hiện ngay sau khi văn "
          "bản được "
          "ban hành."),
        P("3. Tổ chức thực hiện", bold=True),
        P("Thủ trưởng các phòng, chi cục, đơn vị thuộc Sở triển khai Kế hoạch; gửi báo cáo kết quả về Văn "
          "phòng Sở trước ngày 20/11/2026. Kinh phí thực hiện từ dự toán ngân sách năm 2026 được giao."),
        *_end(["UBND tỉnh (b/c);", "Sở Tư pháp;", "Hội Nông dân tỉnh;", "Giám đốc, các PGĐ Sở;",
               "Các phòng, chi cục, đơn vị thuộc Sở;"], "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "K' Nhuận"),
    ],
    expected=[
        Exp("Tổ chức hội nghị phổ biến Luật Đất đai năm 2024", ("Chi cục Quản lý đất đai",),
            ("Văn phòng Đăng ký đất đai tỉnh", "UBND các xã, phường, đặc khu"), "2026-06-30"),
        Exp("Biên soạn tài liệu hỏi - đáp về thu hồi đất", ("Chi cục Quản lý đất đai",), ("Thanh tra Sở",),
            "2026-08-31"),
        Exp("Tuyên truyền pháp luật về bảo vệ và phát triển rừng", ("Chi cục Kiểm lâm",),
            ("các Ban quản lý rừng phòng hộ", "Vườn quốc gia Bidoup - Núi Bà", "UBND các xã có rừng"),
            "2026-04-30"),
        Exp("Phổ biến quy định về chống khai thác hải sản", ("Chi cục Biển, Hải đảo và Thủy sản",),
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "UBND các xã, phường ven biển", "UBND đặc khu Phú Quý"),
            "2026-12-31"),
        Exp("Tuyên truyền pháp luật về bảo vệ môi trường", ("Hội Nông dân tỉnh",),
            ("Chi cục Trồng trọt và Bảo vệ thực vật",), "2026-09-30"),
        Exp("Phổ biến văn bản quy phạm pháp luật mới", ("Văn phòng Sở",), ("các phòng, chi cục thuộc Sở",),
            "2026-12-31", on_request=True),
    ],
)

# ---------------------------------------------------------------- 9. youth union, table with labels in cell
_DOAN_ROWS = (
    ("Thời gian", "Nội dung", "Đơn vị thực hiện", "Ghi chú"),
    ("Tháng 3/2026", "Tổ chức diễn đàn \"Thanh niên với pháp luật\" nhân Tháng Thanh niên",
     "Chủ trì: Ban Tuyên giáo Tỉnh đoàn\nPhối hợp: Sở Tư pháp, Hội Luật gia tỉnh", "Cấp tỉnh"),
    ("Tháng 5 - 6/2026", "Tuyên truyền phòng, chống ma túy, tệ nạn xã hội trong thanh thiếu nhi dịp hè",
     "Chủ trì: Hội đồng Đội tỉnh\nPhối hợp: Công an tỉnh; Đoàn các xã, phường", ""),
    ("Quý II - Quý III/2026",
     "Thành lập, duy trì câu lạc bộ \"Thanh niên công nhân tìm hiểu pháp luật\" tại các khu công nghiệp",
     "Chủ trì: Ban Phong trào Tỉnh đoàn\nPhối hợp: Ban Quản lý Khu kinh tế tỉnh, Liên đoàn Lao động tỉnh",
     "Ít nhất 02 CLB"),
    ("Tháng 8/2026", "Tập huấn nghiệp vụ tuyên truyền pháp luật trên không gian mạng cho cán bộ Đoàn",
     "Chủ trì: Ban Tuyên giáo Tỉnh đoàn\nPhối hợp: Công an tỉnh", "Hình thức trực tuyến"),
    ("Tháng 11/2026",
     "Tổ chức Cuộc thi \"Thanh niên Cà Mau tìm hiểu Hiến pháp và pháp luật\" hưởng ứng Ngày Pháp luật",
     "Chủ trì: Văn phòng Tỉnh đoàn\nPhối hợp: Ban Tuyên giáo Tỉnh đoàn; Trung tâm Hoạt động thanh thiếu nhi "
     "tỉnh", ""),
    ("Cả năm", "Phát động thanh niên tình nguyện tham gia tư vấn pháp luật miễn phí tại các ấp, khóm",
     "Chủ trì: Đoàn các xã, phường\nPhối hợp: Chi hội Luật gia trẻ tỉnh", "Gắn với Chủ nhật xanh"),
    ("Khi có hướng dẫn của Trung ương Đoàn",
     "Triển khai Cuộc thi trực tuyến toàn quốc tìm hiểu pháp luật dành cho đoàn viên, thanh niên",
     "Chủ trì: Ban Tuyên giáo Tỉnh đoàn\nPhối hợp: Các cơ sở Đoàn trực thuộc", ""),
)

PLAN_DOAN = Plan(
    name="tinh_doan_ca_mau_2026",
    blocks=[
        *_head("BCH ĐOÀN TNCS HỒ CHÍ MINH", "TỈNH CÀ MAU", "18-KH/TĐTN-TG",
               "Cà Mau, ngày 05 tháng 02 năm 2026",
               "Tuyên truyền, phổ biến, giáo dục pháp luật cho đoàn viên, thanh thiếu nhi năm 2026"),
        P("Căn cứ Chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2026 của Ban Thường vụ Tỉnh "
          "đoàn; Kế hoạch số 40/KH-UBND ngày 21/01/2026 của UBND tỉnh Cà Mau về phổ biến, giáo dục pháp luật "
          "năm 2026, Ban Thường vụ Tỉnh đoàn xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH - YÊU CẦU", bold=True),
        P("- Trang bị kiến thức pháp luật cần thiết cho đoàn viên, thanh thiếu nhi; xây dựng hình ảnh thanh "
          "niên Cà Mau \"sống và làm việc theo Hiến pháp và pháp luật\"."),
        P("- Nội dung phù hợp từng đối tượng: thanh niên công nhân, thanh niên nông thôn, học sinh, "
          "sinh viên."),
        P("II. NỘI DUNG, THỜI GIAN VÀ PHÂN CÔNG", bold=True),
        T(_DOAN_ROWS, widths=(30, 70, 60, 30)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Ban Tuyên giáo Tỉnh đoàn là đầu mối theo dõi, tham mưu Ban Thường vụ Tỉnh đoàn chỉ đạo thực "
          "hiện Kế hoạch."),
        P("2. Các cơ sở Đoàn trực thuộc xây dựng kế hoạch cụ thể, báo cáo kết quả về Tỉnh đoàn (qua Ban "
          "Tuyên "
          "giáo) trước ngày 15/11/2026."),
        *_end(["BBT Trung ương Đoàn (b/c);", "Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c);", "Sở Tư pháp;",
               "Các cơ sở Đoàn trực thuộc;"], "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN\nPHÓ BÍ THƯ", "Lâm Quốc Khải"),
    ],
    expected=[
        Exp("Tổ chức diễn đàn \"Thanh niên với pháp luật\"", ("Ban Tuyên giáo Tỉnh đoàn",),
            ("Sở Tư pháp", "Hội Luật gia tỉnh"), "2026-03-31"),
        Exp("Tuyên truyền phòng, chống ma túy, tệ nạn", ("Hội đồng Đội tỉnh",),
            ("Công an tỉnh", "Đoàn các xã, phường"), "2026-06-30"),
        Exp("Thành lập, duy trì câu lạc bộ", ("Ban Phong trào Tỉnh đoàn",),
            ("Ban Quản lý Khu kinh tế tỉnh", "Liên đoàn Lao động tỉnh"), "2026-09-30"),
        Exp("Tập huấn nghiệp vụ tuyên truyền pháp luật", ("Ban Tuyên giáo Tỉnh đoàn",), ("Công an tỉnh",),
            "2026-08-31"),
        Exp("Tổ chức Cuộc thi \"Thanh niên Cà Mau", ("Văn phòng Tỉnh đoàn",),
            ("Ban Tuyên giáo Tỉnh đoàn", "Trung tâm Hoạt động thanh thiếu nhi tỉnh"), "2026-11-30"),
        Exp("Phát động thanh niên tình nguyện tham gia",
            ("Đoàn các xã, phường",), ("Chi hội Luật gia trẻ tỉnh",),
            "2026-12-31"),
        Exp("Triển khai Cuộc thi trực tuyến toàn quốc", ("Ban Tuyên giáo Tỉnh đoàn",),
            ("Các cơ sở Đoàn trực thuộc",), "2026-12-31", on_request=True),
    ],
)

# ---------------------------------------------------------------- 10. provincial police, unnumbered headings
PLAN_CA = Plan(
    name="cong_an_thanh_hoa_2026",
    blocks=[
        *_head("CÔNG AN TỈNH THANH HÓA", "", "86/KH-CAT-PV01", "Thanh Hóa, ngày 16 tháng 02 năm 2026",
               "Phổ biến, giáo dục pháp luật trong Công an tỉnh và tuyên truyền pháp luật cho Nhân dân "
               "năm 2026"),
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012; Luật Công an nhân dân năm 2018 (sửa đổi, bổ "
          "sung năm 2023);"),
        P("Căn cứ Kế hoạch số 175/KH-BCA-V03 ngày 12/01/2026 của Bộ Công an về công tác phổ biến, giáo dục "
          "pháp luật năm 2026;"),
        P("Công an tỉnh xây dựng Kế hoạch triển khai như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Nâng cao ý thức chấp hành pháp luật của cán bộ, chiến sĩ và Nhân dân; phòng ngừa, đấu tranh có "
          "hiệu quả với các loại tội phạm, vi phạm pháp luật."),
        P("II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        P("Tuyên truyền Luật Căn cước, Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ", bold=True),
        P("Phòng Tham mưu có trách nhiệm chủ trì, phối hợp với Phòng Cảnh sát quản lý hành chính về trật tự "
          "xã hội, Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ xây dựng nội dung, tổ chức tuyên "
          "truyền trên các phương tiện thông tin đại chúng. Thời gian: từ tháng 3 đến tháng 6/2026."),
        P("Phổ biến pháp luật cho người bị tạm giữ, tạm giam", bold=True),
        P("Trại tạm giam Công an tỉnh có trách nhiệm tổ chức thực hiện; Phòng Hồ sơ phối hợp cung cấp tài "
          "liệu. Thời gian: hằng quý."),
        P("Tuyên truyền phòng, chống tội phạm lừa đảo chiếm đoạt tài sản trên không gian mạng", bold=True),
        P("Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao có trách nhiệm chủ trì, "
          "phối hợp "
          "với Công an các xã, phường và Báo và Phát thanh, Truyền hình Thanh Hóa thực hiện. Thời gian: Quý "
          "II - IV/2026."),
        P("Phổ biến pháp luật về trật tự, an toàn giao thông cho học sinh, sinh viên", bold=True),
        P("Phòng Cảnh sát giao thông chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Tỉnh đoàn Thanh Hóa thực "
          "hiện trong tháng 9 và tháng 10/2026."),
        P("Tổ chức hội nghị tuyên truyền pháp luật về an ninh quốc gia tại vùng đồng bào dân tộc thiểu số",
          bold=True),
        P("Phòng An ninh đối nội có trách nhiệm chủ trì; Công an các xã miền núi, Sở Dân tộc và Tôn "
          "giáo phối "
          "hợp. Hoàn thành trước ngày 30/9/2026."),
        P("Tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc gắn với phổ biến pháp luật", bold=True),
        P("Công an các xã, phường chủ trì tổ chức tại địa bàn, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam "
          "cùng cấp. Thời gian: tháng 8/2026."),
        P("Phổ biến các văn bản pháp luật mới trong Công an nhân dân", bold=True),
        P("Phòng Tham mưu có trách nhiệm phổ biến ngay sau khi Bộ Công an ban hành văn bản hướng dẫn; các "
          "phòng nghiệp vụ phối hợp."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Thủ trưởng các phòng nghiệp vụ, Trưởng Công an các xã, phường chịu trách nhiệm triển khai Kế "
          "hoạch; "
          "báo cáo kết quả về Công an tỉnh (qua Phòng Tham mưu) trước ngày 10/11/2026."),
        *_end(["Bộ Công an (V03) (b/c);", "Đồng chí Giám đốc (b/c);", "Các đồng chí Phó Giám đốc;",
               "Các phòng nghiệp vụ; Công an các xã, phường;"], "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
              "Đại tá Lê Văn Trung"),
    ],
    expected=[
        Exp("Tuyên truyền Luật Căn cước, Luật Phòng cháy", ("Phòng Tham mưu",),
            ("Phòng Cảnh sát quản lý hành chính về trật tự xã hội",
             "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ"), "2026-06-30"),
        Exp("Phổ biến pháp luật cho người bị tạm giữ", ("Trại tạm giam Công an tỉnh",), ("Phòng Hồ sơ",),
            "2026-12-31"),
        Exp("Tuyên truyền phòng, chống tội phạm lừa đảo",
            ("Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao",),
            ("Công an các xã, phường", "Báo và Phát thanh, Truyền hình Thanh Hóa"), "2026-12-31"),
        Exp("Phổ biến pháp luật về trật tự, an toàn giao thông", ("Phòng Cảnh sát giao thông",),
            ("Sở Giáo dục và Đào tạo", "Tỉnh đoàn Thanh Hóa"), "2026-10-31"),
        Exp("Tổ chức hội nghị tuyên truyền pháp luật về an ninh", ("Phòng An ninh đối nội",),
            ("Công an các xã miền núi", "Sở Dân tộc và Tôn giáo"), "2026-09-30"),
        Exp("Tổ chức Ngày hội toàn dân bảo vệ an ninh", ("Công an các xã, phường",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam cùng cấp",), "2026-08-31"),
        Exp("Phổ biến các văn bản pháp luật mới trong Công an", ("Phòng Tham mưu",), ("các phòng nghiệp vụ",),
            "2026-12-31", on_request=True),
    ],
)

PLANS: list[Plan] = [
    PLAN_QNG, PLAN_XA, PLAN_BHXH, PLAN_THPT, PLAN_PN, PLAN_YT, PLAN_PHUONG, PLAN_NNMT, PLAN_DOAN, PLAN_CA,
]
