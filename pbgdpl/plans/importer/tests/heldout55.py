"""Held-out evaluation set 55: ten plans written for this set only, answers typed by hand.

Plans and layout features:
1. PLAN_QT   UBND tỉnh Quảng Trị: task table STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp |
   Thời gian | Sản phẩm, roman-numeral group rows, units separated by ";" and "và", quarter ranges.
2. PLAN_NNMT Sở Nông nghiệp và Môi trường Lâm Đồng: "1.1." numbering, bold group headings, labels
   "- Đơn vị chủ trì:", "- Phối hợp:", "- Thời gian thực hiện:" on their own lines, event timeframe.
3. PLAN_HT   UBND phường Hạc Thành (Thanh Hóa): a) b) items with prose "Giao X chủ trì, phối hợp
   với Y ..." and the time in a trailing sentence; person as lead (Phó Chủ tịch UBND phường).
4. PLAN_PN   Hội LHPN tỉnh Nghệ An: dash items, "+ Chủ trì:" / "+ Phối hợp:" / "+ Thời gian:" bullets.
5. PLAN_TP   UBND xã Tân Phú (Đồng Nai): table without STT, columns Nội dung công việc | Thời gian |
   Đơn vị thực hiện | Đơn vị phối hợp | Ghi chú; month ranges, "Hằng tháng", a "theo đề nghị" row.
6. PLAN_GD   Sở GD&ĐT Hà Nội, school year 2026-2027: roman + "1." headings, several assignment
   blocks inside one numbered item (dash blocks, "X chủ trì ...", "Các ... thực hiện").
7. PLAN_CA   Công an tỉnh Quảng Ninh: table with a 2-row header (Phân công: Chủ trì / Phối hợp),
   Kinh phí column, units with line breaks in cells.
8. PLAN_DT   Tỉnh Đoàn Gia Lai: bold numbered headings, prose "X có trách nhiệm ...", "Đề nghị X ...",
   event-triggered timeframes.
9. PLAN_STP  Sở Tư pháp TP. Hồ Chí Minh, 2027 plan issued 12/2026: inline labels "Cơ quan thực hiện:",
   "Cơ quan phối hợp:", "Thời hạn:" in one line; persons as units.
10. PLAN_BD  UBND phường Ba Đình (Hà Nội): "-" items, "X chủ trì; Y phối hợp" sentences, "Tiến độ:"
   label, mass organisations (Ủy ban MTTQ, Hội Cựu chiến binh ...), a date deadline "trước ngày".
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T


def _head(up: str, agency: str, number: str, place_date: str, title: str) -> list[P | T]:
    out: list[P | T] = []
    if up:
        out.append(P(up, center=True))
    out += [
        P(agency, bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True),
        P("Độc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P(f"Số: {number}", center=True),
        P(place_date, center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P(title, bold=True, center=True),
    ]
    return out


def _end(recipients: list[str], role: str, name: str) -> list[P | T]:
    out: list[P | T] = [P("Nơi nhận:", bold=True)]
    out += [P(f"- {r}") for r in recipients]
    out += [P("- Lưu: VT."), P(role, bold=True, center=True), P("(Đã ký)", center=True),
            P(name, bold=True, center=True)]
    return out


# ------------------------------------------------------------------ 1. province, table
PLAN_QT = Plan(
    "qt_ubnd_tinh_bang",
    _head(
        "ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "45/KH-UBND", "Quảng Trị, ngày 20 tháng 01 năm 2026",
        "Phổ biến, giáo dục pháp luật, hòa giải ở cơ sở và chuẩn tiếp cận pháp luật năm 2026",
    ) + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012; Căn cứ Quyết định số "
          "1521/QĐ-TTg ngày 06/10/2025 của Thủ tướng Chính phủ; Căn cứ Kế hoạch số 12/KH-HĐPH ngày "
          "08/01/2026 của Hội đồng phối hợp PBGDPL tỉnh, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Triển khai kịp thời, hiệu quả công tác PBGDPL gắn với thực hiện Kết luận số 80-KL/TW ngày "
          "20/6/2024 của Ban Bí thư; nâng cao ý thức chấp hành pháp luật của cán bộ và Nhân dân."),
        P("2. Xác định rõ nội dung, thời hạn, trách nhiệm của các cơ quan, đơn vị; bảo đảm tiết kiệm, "
          "thiết thực, phù hợp với mô hình chính quyền địa phương hai cấp."),
        P("II. NỘI DUNG, NHIỆM VỤ", bold=True),
        P("(Chi tiết tại Phụ lục kèm theo)"),
        T((
            ("STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian", "Sản phẩm"),
            ("I", "CÔNG TÁC PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT", "", "", "", ""),
            ("1", "Tổ chức Hội nghị tập huấn chuyên sâu cho đội ngũ báo cáo viên pháp luật tỉnh",
             "Sở Tư pháp", "Các sở, ban, ngành; Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
             "Quý II/2026", "Hội nghị"),
            ("2", "Tuyên truyền chính sách, pháp luật mới trên Báo và Phát thanh, Truyền hình Quảng Trị",
             "Báo và Phát thanh, Truyền hình Quảng Trị", "Sở Tư pháp và các cơ quan chuyên môn thuộc "
             "UBND tỉnh", "Cả năm", "Chuyên trang, chuyên mục"),
            ("3", "Phổ biến pháp luật về biển, đảo và biên giới cho Nhân dân khu vực biên giới",
             "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Bộ Chỉ huy Quân sự tỉnh; Sở Ngoại vụ; UBND các xã, "
             "đặc khu có liên quan", "Quý II - Quý III/2026", "Các buổi tuyên truyền"),
            ("4", "Xây dựng, cập nhật tài liệu PBGDPL bằng tiếng dân tộc thiểu số",
             "Sở Dân tộc và Tôn giáo", "Sở Tư pháp, Sở Văn hóa, Thể thao và Du lịch",
             "Tháng 3 - tháng 8/2026", "Tài liệu"),
            ("II", "HÒA GIẢI Ở CƠ SỞ, CHUẨN TIẾP CẬN PHÁP LUẬT", "", "", "", ""),
            ("5", "Bồi dưỡng kỹ năng cho hòa giải viên ở cơ sở", "UBND các xã, phường, đặc khu",
             "Sở Tư pháp", "Quý III/2026", "Lớp bồi dưỡng"),
            ("6", "Đánh giá, công nhận xã, phường đạt chuẩn tiếp cận pháp luật",
             "Chủ tịch UBND các xã, phường, đặc khu", "Hội đồng đánh giá tiếp cận pháp luật",
             "Trước ngày 15/12/2026", "Quyết định công nhận"),
            ("7", "Kiểm tra việc thực hiện công tác PBGDPL, hòa giải ở cơ sở",
             "Hội đồng phối hợp PBGDPL tỉnh", "Sở Tư pháp; Sở Nội vụ",
             "Quý III, IV/2026", "Báo cáo kết quả kiểm tra"),
        ), (8, 52, 32, 40, 25, 25)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Các sở, ban, ngành, UBND các xã, phường, đặc khu căn cứ Kế hoạch này xây dựng kế hoạch của "
          "cơ quan, đơn vị; báo cáo kết quả về Sở Tư pháp trước ngày 20/11/2026."),
        P("2. Sở Tài chính bố trí kinh phí thực hiện theo Thông tư số 56/2023/TT-BTC."),
        P("3. Sở Tư pháp theo dõi, đôn đốc, tổng hợp báo cáo UBND tỉnh."),
    ] + _end(["Bộ Tư pháp;", "TT Tỉnh ủy, TT HĐND tỉnh;", "Các sở, ban, ngành;",
              "UBND các xã, phường, đặc khu;"], "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hoàng Nam"),
    [
        Exp("Tổ chức Hội nghị tập huấn chuyên sâu", ("Sở Tư pháp",),
            ("Các sở, ban, ngành", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"), "2026-06-30"),
        Exp("Tuyên truyền chính sách, pháp luật mới trên Báo",
            ("Báo và Phát thanh, Truyền hình Quảng Trị",),
            ("Sở Tư pháp", "các cơ quan chuyên môn thuộc UBND tỉnh"), "2026-12-31"),
        Exp("Phổ biến pháp luật về biển, đảo", ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh",),
            ("Bộ Chỉ huy Quân sự tỉnh", "Sở Ngoại vụ", "UBND các xã, đặc khu có liên quan"), "2026-09-30"),
        Exp("Xây dựng, cập nhật tài liệu PBGDPL", ("Sở Dân tộc và Tôn giáo",),
            ("Sở Tư pháp", "Sở Văn hóa, Thể thao và Du lịch"), "2026-08-31"),
        Exp("Bồi dưỡng kỹ năng cho hòa giải viên", ("UBND các xã, phường, đặc khu",), ("Sở Tư pháp",),
            "2026-09-30"),
        Exp("Đánh giá, công nhận xã, phường", ("Chủ tịch UBND các xã, phường, đặc khu",),
            ("Hội đồng đánh giá tiếp cận pháp luật",), "2026-12-15"),
        Exp("Kiểm tra việc thực hiện công tác PBGDPL", ("Hội đồng phối hợp PBGDPL tỉnh",),
            ("Sở Tư pháp", "Sở Nội vụ"), "2026-12-31"),
    ],
)

# ------------------------------------------------------------------ 2. department, 1.1 + labels
PLAN_NNMT = Plan(
    "ld_so_nnmt_nhan",
    _head(
        "UBND TỈNH LÂM ĐỒNG", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "118/KH-SNNMT",
        "Lâm Đồng, ngày 05 tháng 02 năm 2026",
        "Tuyên truyền, phổ biến pháp luật về nông nghiệp và môi trường năm 2026",
    ) + [
        P("Căn cứ Luật Bảo vệ môi trường năm 2020; Luật Đất đai năm 2024;"),
        P("Căn cứ Kế hoạch số 45/KH-UBND ngày 15/01/2026 của UBND tỉnh Lâm Đồng về công tác PBGDPL năm "
          "2026;"),
        P("Sở Nông nghiệp và Môi trường xây dựng Kế hoạch với các nội dung sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Nâng cao nhận thức pháp luật về đất đai, tài nguyên, môi trường, nông nghiệp cho cán bộ, "
          "công chức, viên chức và người dân."),
        P("- Các hoạt động phải bám sát nhiệm vụ chuyên môn, có trọng tâm, trọng điểm."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Phổ biến pháp luật trong nội bộ cơ quan", bold=True),
        P("1.1. Quán triệt các luật, nghị định mới ban hành thuộc lĩnh vực quản lý của Sở"),
        P("- Đơn vị chủ trì: Văn phòng Sở."),
        P("- Phối hợp: Các phòng chuyên môn thuộc Sở; Chi cục Kiểm lâm; Chi cục Quản lý đất đai."),
        P("- Thời gian thực hiện: Quý I, II/2026."),
        P("1.2. Đăng tải văn bản quy phạm pháp luật mới trên Cổng thông tin điện tử của Sở"),
        P("- Đơn vị chủ trì: Trung tâm Chuyển đổi số và Dữ liệu nông nghiệp, môi trường."),
        P("- Phối hợp: Văn phòng Sở; Phòng Pháp chế - Thanh tra."),
        P("- Thời gian thực hiện: Thường xuyên."),
        P("2. Phổ biến pháp luật cho người dân, doanh nghiệp", bold=True),
        P("2.1. Tuyên truyền Luật Đất đai năm 2024 và các văn bản hướng dẫn tại các xã, phường"),
        P("- Đơn vị chủ trì: Chi cục Quản lý đất đai."),
        P("- Phối hợp: Văn phòng Đăng ký đất đai; UBND các xã, phường."),
        P("- Thời gian thực hiện: Từ tháng 4 đến tháng 9/2026."),
        P("2.2. Phổ biến quy định về phòng, chống dịch bệnh động vật, an toàn thực phẩm nông lâm thủy sản"),
        P("- Đơn vị chủ trì: Chi cục Chăn nuôi, Thú y và Thủy sản."),
        P("- Phối hợp: Chi cục Trồng trọt và Bảo vệ thực vật, Hội Nông dân tỉnh và UBND các xã, phường "
          "có liên quan."),
        P("- Thời gian thực hiện: Quý II - III/2026."),
        P("2.3. Tuyên truyền pháp luật về lâm nghiệp, phòng cháy, chữa cháy rừng"),
        P("- Đơn vị chủ trì: Chi cục Kiểm lâm."),
        P("- Phối hợp: Các Ban quản lý rừng phòng hộ, Vườn quốc gia Bidoup - Núi Bà."),
        P("- Thời gian thực hiện: Tháng 1 - tháng 5/2026 (mùa khô)."),
        P("3. Các nhiệm vụ khác", bold=True),
        P("3.1. Tổ chức Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam trong toàn Sở"),
        P("- Đơn vị chủ trì: Phòng Pháp chế - Thanh tra."),
        P("- Phối hợp: Công đoàn cơ sở Sở; Đoàn Thanh niên Sở."),
        P("- Thời gian thực hiện: Tháng 11/2026."),
        P("3.2. Tham gia các hội thi, cuộc thi tìm hiểu pháp luật do tỉnh phát động"),
        P("- Đơn vị chủ trì: Văn phòng Sở."),
        P("- Phối hợp: Các đơn vị trực thuộc Sở."),
        P("- Thời gian thực hiện: Khi có văn bản phát động của Hội đồng phối hợp PBGDPL tỉnh."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Thủ trưởng các phòng, đơn vị trực thuộc Sở có trách nhiệm triển khai Kế hoạch này; báo cáo kết "
          "quả về Phòng Pháp chế - Thanh tra trước ngày 15/11/2026 để tổng hợp."),
    ] + _end(["Sở Tư pháp (b/c);", "Giám đốc, các PGĐ Sở;", "Các phòng, đơn vị thuộc Sở;"],
             "GIÁM ĐỐC", "Trần Văn Hiệp"),
    [
        Exp("Quán triệt các luật, nghị định mới", ("Văn phòng Sở",),
            ("Các phòng chuyên môn thuộc Sở", "Chi cục Kiểm lâm", "Chi cục Quản lý đất đai"), "2026-06-30"),
        Exp("Đăng tải văn bản quy phạm pháp luật mới",
            ("Trung tâm Chuyển đổi số và Dữ liệu nông nghiệp, môi trường",),
            ("Văn phòng Sở", "Phòng Pháp chế - Thanh tra"), "2026-12-31"),
        Exp("Tuyên truyền Luật Đất đai năm 2024", ("Chi cục Quản lý đất đai",),
            ("Văn phòng Đăng ký đất đai", "UBND các xã, phường"), "2026-09-30"),
        Exp("Phổ biến quy định về phòng, chống dịch bệnh", ("Chi cục Chăn nuôi, Thú y và Thủy sản",),
            ("Chi cục Trồng trọt và Bảo vệ thực vật", "Hội Nông dân tỉnh",
             "UBND các xã, phường có liên quan"),
            "2026-09-30"),
        Exp("Tuyên truyền pháp luật về lâm nghiệp", ("Chi cục Kiểm lâm",),
            ("Các Ban quản lý rừng phòng hộ", "Vườn quốc gia Bidoup - Núi Bà"), "2026-05-31"),
        Exp("Tổ chức Ngày Pháp luật nước", ("Phòng Pháp chế - Thanh tra",),
            ("Công đoàn cơ sở Sở", "Đoàn Thanh niên Sở"), "2026-11-30"),
        Exp("Tham gia các hội thi, cuộc thi", ("Văn phòng Sở",), ("Các đơn vị trực thuộc Sở",),
            "2026-12-31", True),
    ],
)

# ------------------------------------------------------------------ 3. ward, a) b) prose
PLAN_HT = Plan(
    "th_phuong_hac_thanh",
    _head(
        "ỦY BAN NHÂN DÂN", "PHƯỜNG HẠC THÀNH", "27/KH-UBND", "Hạc Thành, ngày 10 tháng 02 năm 2026",
        "Công tác phổ biến, giáo dục pháp luật và hòa giải ở cơ sở năm 2026",
    ) + [
        P("Thực hiện Kế hoạch số 38/KH-UBND ngày 22/01/2026 của UBND tỉnh Thanh Hóa; căn cứ Nghị định số "
          "15/2014/NĐ-CP ngày 27/02/2014 của Chính phủ, UBND phường Hạc Thành xây dựng kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Đưa pháp luật đến gần hơn với người dân trên địa bàn phường; phát huy vai trò của tổ hòa giải "
          "ở các tổ dân phố. Bảo đảm đúng đối tượng, tránh hình thức."),
        P("II. NỘI DUNG", bold=True),
        P("1. Tuyên truyền, phổ biến pháp luật", bold=True),
        P("a) Tuyên truyền trên hệ thống loa truyền thanh của phường các văn bản pháp luật mới. Giao "
          "Phòng Văn hóa - Xã hội chủ trì, phối hợp với Văn phòng HĐND và UBND phường thực hiện. Thời "
          "gian: hằng tháng."),
        P("b) Phổ biến pháp luật về trật tự, an toàn giao thông, phòng chống ma túy cho học sinh các "
          "trường trên địa bàn. Giao Công an phường chủ trì, phối hợp với các trường Tiểu học, THCS "
          "trên địa bàn và Đoàn Thanh niên phường tổ chức thực hiện trong tháng 3 và tháng 9/2026."),
        P("c) Phổ biến pháp luật về đất đai, xây dựng, trật tự đô thị tại các tổ dân phố. Giao Phòng Kinh "
          "tế, Hạ tầng và Đô thị chủ trì, phối hợp với Ban công tác Mặt trận các tổ dân phố; thời gian "
          "thực hiện: Quý II, III/2026."),
        P("2. Hòa giải ở cơ sở", bold=True),
        P("a) Kiện toàn, củng cố các tổ hòa giải; đề nghị công nhận hòa giải viên. Giao Phó Chủ tịch UBND "
          "phường chủ trì; công chức Tư pháp - Hộ tịch, Trưởng các tổ dân phố phối hợp thực hiện, hoàn "
          "thành trước ngày 30/4/2026."),
        P("b) Tổ chức tập huấn nghiệp vụ hòa giải cho hòa giải viên. Giao Phòng Văn hóa - Xã hội chủ trì; "
          "Ủy ban Mặt trận Tổ quốc Việt Nam phường phối hợp. Thời gian: Tháng 6/2026."),
        P("3. Xây dựng phường đạt chuẩn tiếp cận pháp luật", bold=True),
        P("Tự đánh giá, chấm điểm các chỉ tiêu tiếp cận pháp luật năm 2026. Giao Văn phòng HĐND và UBND "
          "phường chủ trì, phối hợp với các cơ quan, đơn vị có liên quan thực hiện; hoàn thành trong "
          "tháng 10/2026."),
        P("4. Tổ chức hưởng ứng Ngày Pháp luật Việt Nam 09/11", bold=True),
        P("Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp với Công an phường, Trường THCS Điện Biên, Đoàn "
          "Thanh niên phường và Hội Liên hiệp Phụ nữ phường tổ chức các hoạt động hưởng ứng; thời gian: "
          "tháng 11/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các phòng, đơn vị thuộc UBND phường, các tổ dân phố triển khai thực hiện; định kỳ 6 tháng, năm "
          "báo cáo kết quả về UBND phường (qua Phòng Văn hóa - Xã hội) trước ngày 10/6 và 10/11/2026."),
    ] + _end(["TT Đảng ủy, HĐND phường;", "Chủ tịch, các PCT UBND phường;", "Các tổ dân phố;"],
             "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Lê Thị Hoa"),
    [
        Exp("Tuyên truyền trên hệ thống loa truyền thanh", ("Phòng Văn hóa - Xã hội",),
            ("Văn phòng HĐND và UBND phường",), "2026-12-31"),
        Exp("Phổ biến pháp luật về trật tự, an toàn giao thông", ("Công an phường",),
            ("các trường Tiểu học, THCS trên địa bàn", "Đoàn Thanh niên phường"), "2026-09-30"),
        Exp("Phổ biến pháp luật về đất đai, xây dựng", ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Ban công tác Mặt trận các tổ dân phố",), "2026-09-30"),
        Exp("Kiện toàn, củng cố các tổ hòa giải",
            ("Phó Chủ tịch UBND phường",),
            ("công chức Tư pháp - Hộ tịch", "Trưởng các tổ dân phố"), "2026-04-30"),
        Exp("Tổ chức tập huấn nghiệp vụ hòa giải", ("Phòng Văn hóa - Xã hội",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam phường",), "2026-06-30"),
        Exp("Xây dựng phường đạt chuẩn tiếp cận", ("Văn phòng HĐND và UBND phường",),
            ("các cơ quan, đơn vị có liên quan",), "2026-10-31"),
        Exp("Tổ chức hưởng ứng Ngày Pháp luật", ("Phòng Văn hóa - Xã hội",),
            ("Công an phường", "Trường THCS Điện Biên", "Đoàn Thanh niên phường",
             "Hội Liên hiệp Phụ nữ phường"),
            "2026-11-30"),
    ],
)

# ------------------------------------------------------------------ 4. mass organisation, + bullets
PLAN_PN = Plan(
    "na_hoi_phu_nu",
    _head(
        "HỘI LHPN VIỆT NAM", "BAN THƯỜNG VỤ HỘI LHPN TỈNH NGHỆ AN", "09/KH-BTV",
        "Nghệ An, ngày 03 tháng 3 năm 2026",
        "Tuyên truyền, phổ biến, giáo dục pháp luật cho hội viên, phụ nữ năm 2026",
    ) + [
        P("Căn cứ Chương trình phối hợp số 05/CTPH-BTP-HLHPN ngày 12/5/2023 giữa Bộ Tư pháp và Hội LHPN "
          "Việt Nam; căn cứ Kế hoạch số 210/KH-UBND ngày 30/12/2025 của UBND tỉnh Nghệ An; Ban Thường vụ "
          "Hội LHPN tỉnh xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Nâng cao hiểu biết pháp luật, kỹ năng tự bảo vệ của hội viên, phụ nữ, nhất là phụ nữ vùng "
          "đồng bào dân tộc thiểu số, miền núi."),
        P("- Gắn hoạt động tuyên truyền với các phong trào thi đua của Hội."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        P("- Tổ chức truyền thông pháp luật về phòng, chống bạo lực gia đình, mua bán người tại các xã "
          "vùng cao"),
        P("+ Chủ trì: Ban Tuyên giáo - Chính sách Luật pháp."),
        P("+ Phối hợp: Công an tỉnh; Sở Y tế; Hội LHPN các xã miền núi, biên giới."),
        P("+ Thời gian: Quý II và Quý III/2026."),
        P("- Duy trì, nhân rộng mô hình \"Tổ phụ nữ hòa giải\", \"Câu lạc bộ phụ nữ với pháp luật\""),
        P("+ Chủ trì: Hội LHPN các xã, phường."),
        P("+ Phối hợp: UBND các xã, phường; Ban Công tác Mặt trận ở khu dân cư."),
        P("+ Thời gian: Cả năm 2026."),
        P("- Tư vấn pháp luật, trợ giúp pháp lý miễn phí cho phụ nữ yếu thế"),
        P("+ Chủ trì: Trung tâm Tư vấn pháp luật và Hỗ trợ phụ nữ tỉnh."),
        P("+ Phối hợp: Trung tâm Trợ giúp pháp lý nhà nước tỉnh, Đoàn Luật sư tỉnh."),
        P("+ Thời gian: Thường xuyên."),
        P("- Tổ chức cuộc thi trực tuyến \"Phụ nữ Nghệ An tìm hiểu pháp luật\""),
        P("+ Chủ trì: Ban Tuyên giáo - Chính sách Luật pháp, Văn phòng Hội LHPN tỉnh."),
        P("+ Phối hợp: Sở Tư pháp, Báo và Phát thanh, Truyền hình Nghệ An."),
        P("+ Thời gian: Tháng 7 - tháng 10/2026."),
        P("- Tham gia giám sát, phản biện xã hội đối với dự thảo văn bản liên quan đến quyền, lợi ích của "
          "phụ nữ"),
        P("+ Chủ trì: Ban Tuyên giáo - Chính sách Luật pháp."),
        P("+ Phối hợp: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh."),
        P("+ Thời gian: Theo đề nghị của cơ quan chủ trì soạn thảo."),
        P("- Sơ kết 6 tháng, tổng kết năm công tác tuyên truyền pháp luật của Hội"),
        P("+ Chủ trì: Văn phòng Hội LHPN tỉnh."),
        P("+ Phối hợp: Các ban chuyên môn cơ quan Hội LHPN tỉnh."),
        P("+ Thời gian: tháng 6 và tháng 12/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Hội LHPN các xã, phường căn cứ Kế hoạch xây dựng kế hoạch triển khai phù hợp; báo cáo kết quả "
          "về Hội LHPN tỉnh (qua Ban Tuyên giáo - Chính sách Luật pháp) trước ngày 25/11/2026."),
    ] + _end(["TW Hội LHPN Việt Nam (b/c);", "Sở Tư pháp;", "Hội LHPN các xã, phường;"],
             "TM. BAN THƯỜNG VỤ\nPHÓ CHỦ TỊCH", "Nguyễn Thị Thu Hà"),
    [
        Exp("Tổ chức truyền thông pháp luật về phòng", ("Ban Tuyên giáo - Chính sách Luật pháp",),
            ("Công an tỉnh", "Sở Y tế", "Hội LHPN các xã miền núi, biên giới"), "2026-09-30"),
        Exp("Duy trì, nhân rộng mô hình", ("Hội LHPN các xã, phường",),
            ("UBND các xã, phường", "Ban Công tác Mặt trận ở khu dân cư"), "2026-12-31"),
        Exp("Tư vấn pháp luật, trợ giúp pháp lý", ("Trung tâm Tư vấn pháp luật và Hỗ trợ phụ nữ tỉnh",),
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh", "Đoàn Luật sư tỉnh"), "2026-12-31"),
        Exp("Tổ chức cuộc thi trực tuyến",
            ("Ban Tuyên giáo - Chính sách Luật pháp", "Văn phòng Hội LHPN tỉnh"),
            ("Sở Tư pháp", "Báo và Phát thanh, Truyền hình Nghệ An"), "2026-10-31"),
        Exp("Tham gia giám sát, phản biện xã hội", ("Ban Tuyên giáo - Chính sách Luật pháp",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",), "2026-12-31", True),
        Exp("Sơ kết 6 tháng, tổng kết năm", ("Văn phòng Hội LHPN tỉnh",),
            ("Các ban chuyên môn cơ quan Hội LHPN tỉnh",), "2026-12-31"),
    ],
)

# ------------------------------------------------------------------ 5. commune, table without STT
PLAN_TP = Plan(
    "dn_xa_tan_phu",
    _head(
        "ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI", "ỦY BAN NHÂN DÂN XÃ TÂN PHÚ", "19/KH-UBND",
        "Tân Phú, ngày 26 tháng 01 năm 2026",
        "Thực hiện công tác phổ biến, giáo dục pháp luật trên địa bàn xã năm 2026",
    ) + [
        P("Căn cứ Luật Hòa giải ở cơ sở năm 2013; Quyết định số 25/2021/QĐ-TTg ngày 22/7/2021 của Thủ "
          "tướng Chính phủ; Kế hoạch số 77/KH-UBND ngày 14/01/2026 của UBND tỉnh Đồng Nai."),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Tăng cường hiệu quả tuyên truyền pháp luật đến từng ấp; giữ vững xã đạt chuẩn tiếp cận pháp "
          "luật."),
        P("II. NỘI DUNG, PHÂN CÔNG NHIỆM VỤ", bold=True),
        T((
            ("Nội dung công việc", "Thời gian", "Đơn vị thực hiện", "Đơn vị phối hợp", "Ghi chú"),
            ("Phát thanh chuyên mục \"Pháp luật với cuộc sống\" trên Đài truyền thanh xã", "Hằng tháng",
             "Trung tâm Dịch vụ tổng hợp xã", "Phòng Văn hóa - Xã hội", "Mỗi tháng 04 số"),
            ("Tuyên truyền pháp luật về phòng cháy, chữa cháy rừng, bảo vệ rừng tại các ấp giáp rừng",
             "Tháng 01 - 4/2026", "Công an xã", "Ban Chỉ huy Quân sự xã, Hạt Kiểm lâm Tân Phú và Trưởng "
             "các ấp", ""),
            ("Phổ biến Luật Trật tự, an toàn giao thông đường bộ cho đoàn viên, thanh niên",
             "Tháng 5 - 7/2026", "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã", "Công an xã", ""),
            ("Tổ chức đối thoại chính sách, pháp luật về đất đai với người dân",
             "Quý III/2026", "Phòng Kinh tế", "Ủy ban MTTQ Việt Nam xã; Hội Nông dân xã", "Tại 02 ấp"),
            ("Cung cấp thông tin, tài liệu cho tủ sách pháp luật tại Nhà văn hóa các ấp",
             "Theo đề nghị của Trưởng ấp", "Văn phòng HĐND và UBND xã", "", ""),
            ("Tập huấn kỹ năng hòa giải cho Tổ hòa giải các ấp", "Trước ngày 30/6/2026",
             "Phòng Văn hóa - Xã hội", "Ủy ban MTTQ Việt Nam xã", "Mời báo cáo viên tỉnh"),
            ("Báo cáo kết quả chấm điểm chuẩn tiếp cận pháp luật", "Tháng 11/2026",
             "Công chức Tư pháp - Hộ tịch", "Các phòng, đơn vị thuộc UBND xã", ""),
        ), (60, 25, 35, 40, 25)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Các phòng, đơn vị, Trưởng các ấp căn cứ nhiệm vụ được giao chủ động thực hiện."),
        P("2. Đề nghị Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội phối hợp tuyên truyền "
          "trong hội viên, đoàn viên."),
        P("3. Báo cáo kết quả gửi UBND xã trước ngày 20/11/2026."),
    ] + _end(["UBND tỉnh (qua Sở Tư pháp);", "TT Đảng ủy, HĐND xã;", "Các ấp;"],
             "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Võ Minh Tâm"),
    [
        Exp("Phát thanh chuyên mục \"Pháp luật với cuộc sống\"", ("Trung tâm Dịch vụ tổng hợp xã",),
            ("Phòng Văn hóa - Xã hội",), "2026-12-31"),
        Exp("Tuyên truyền pháp luật về phòng cháy", ("Công an xã",),
            ("Ban Chỉ huy Quân sự xã", "Hạt Kiểm lâm Tân Phú", "Trưởng các ấp"), "2026-04-30"),
        Exp("Phổ biến Luật Trật tự, an toàn giao thông", ("Đoàn Thanh niên Cộng sản Hồ Chí Minh xã",),
            ("Công an xã",), "2026-07-31"),
        Exp("Tổ chức đối thoại chính sách, pháp luật", ("Phòng Kinh tế",),
            ("Ủy ban MTTQ Việt Nam xã", "Hội Nông dân xã"), "2026-09-30"),
        Exp("Cung cấp thông tin, tài liệu cho tủ sách", ("Văn phòng HĐND và UBND xã",), (),
            "2026-12-31", True),
        Exp("Tập huấn kỹ năng hòa giải cho", ("Phòng Văn hóa - Xã hội",), ("Ủy ban MTTQ Việt Nam xã",),
            "2026-06-30"),
        Exp("Báo cáo kết quả chấm điểm chuẩn", ("Công chức Tư pháp - Hộ tịch",),
            ("Các phòng, đơn vị thuộc UBND xã",), "2026-11-30"),
    ],
)

# ------------------------------------------------------------------ 6. education dept, school year
PLAN_GD = Plan(
    "hn_so_gddt_namhoc",
    _head(
        "UBND THÀNH PHỐ HÀ NỘI", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "3120/KH-SGDĐT",
        "Hà Nội, ngày 15 tháng 9 năm 2026",
        "Phổ biến, giáo dục pháp luật trong các cơ sở giáo dục năm học 2026-2027",
    ) + [
        P("Căn cứ Thông tư số 19/2024/TT-BGDĐT ngày 12/12/2024 của Bộ Giáo dục và Đào tạo; Kế hoạch số "
          "250/KH-UBND ngày 28/8/2026 của UBND Thành phố về công tác PBGDPL;"),
        P("Sở Giáo dục và Đào tạo Hà Nội ban hành kế hoạch phổ biến, giáo dục pháp luật năm học "
          "2026-2027 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Hình thành ý thức tôn trọng pháp luật, văn hóa pháp lý cho học sinh, sinh viên; tích hợp "
          "nội dung giáo dục pháp luật vào các môn học, hoạt động giáo dục."),
        P("II. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True),
        P("1. Lồng ghép giáo dục pháp luật trong chương trình chính khóa", bold=True),
        P("- Phòng Giáo dục Trung học chủ trì hướng dẫn tích hợp nội dung pháp luật vào môn Giáo dục "
          "công dân, Giáo dục kinh tế và pháp luật; hoàn thành trong tháng 10/2026."),
        P("- Các trường trung học phổ thông và các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên "
          "tổ chức thực hiện từ tháng 9/2026 đến tháng 5/2027."),
        P("2. Giáo dục pháp luật ngoại khóa", bold=True),
        P("- Phòng Chính trị tư tưởng và Công tác học sinh, sinh viên chủ trì, phối hợp với Công an "
          "Thành phố, Thành đoàn Hà Nội tổ chức chuyên đề phòng chống bạo lực học đường, ma túy, tội phạm "
          "công nghệ cao; thời gian: từ tháng 10/2026 đến tháng 3/2027."),
        P("- Phòng Giáo dục Mầm non và Tiểu học phối hợp với UBND các xã, phường hướng dẫn giáo dục an "
          "toàn giao thông cho học sinh tiểu học, thực hiện trong Học kỳ I năm học (tháng 9/2026 - tháng "
          "01/2027)."),
        P("3. Bồi dưỡng đội ngũ giáo viên dạy pháp luật", bold=True),
        P("Giao Phòng Tổ chức cán bộ chủ trì, phối hợp với Trường Đại học Luật Hà Nội, Sở Tư pháp Hà Nội "
          "tổ chức bồi dưỡng kiến thức pháp luật cho giáo viên cốt cán; thời gian: tháng 12/2026."),
        P("4. Tổ chức Cuộc thi \"Học sinh Thủ đô với pháp luật\"", bold=True),
        P("Văn phòng Sở chủ trì; Phòng Chính trị tư tưởng và Công tác học sinh, sinh viên, Trung tâm "
          "Thông tin và Truyền thông giáo dục phối hợp. Thời gian: Quý I/2027."),
        P("5. Kiểm tra, đánh giá công tác PBGDPL trong nhà trường", bold=True),
        P("Thanh tra Sở chủ trì, phối hợp với các phòng chức năng thực hiện lồng ghép trong kiểm tra "
          "chuyên môn; hoàn thành trước ngày 15/5/2027."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Thủ trưởng các đơn vị trực thuộc có trách nhiệm xây dựng kế hoạch của đơn vị; báo cáo sơ kết "
          "học kỳ I trước ngày 15/01/2027, tổng kết năm học trước ngày 31/5/2027 về Sở (qua Văn phòng)."),
    ] + _end(["UBND Thành phố (để b/c);", "Sở Tư pháp;", "Các đơn vị trực thuộc;"],
             "GIÁM ĐỐC", "Trần Thế Cương"),
    [
        Exp("Phòng Giáo dục Trung học chủ trì hướng dẫn", ("Phòng Giáo dục Trung học",), (), "2026-10-31"),
        Exp("Các trường trung học phổ thông và các",
            ("Các trường trung học phổ thông",
             "các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên"), (), "2027-05-31"),
        Exp("Phòng Chính trị tư tưởng và Công tác",
            ("Phòng Chính trị tư tưởng và Công tác học sinh, sinh viên",),
            ("Công an Thành phố", "Thành đoàn Hà Nội"), "2027-03-31"),
        Exp("Phòng Giáo dục Mầm non và Tiểu học", ("Phòng Giáo dục Mầm non và Tiểu học",),
            ("UBND các xã, phường",), "2027-01-31"),
        Exp("Bồi dưỡng đội ngũ giáo viên dạy", ("Phòng Tổ chức cán bộ",),
            ("Trường Đại học Luật Hà Nội", "Sở Tư pháp Hà Nội"), "2026-12-31"),
        Exp("Tổ chức Cuộc thi \"Học sinh Thủ đô", ("Văn phòng Sở",),
            ("Phòng Chính trị tư tưởng và Công tác học sinh, sinh viên",
             "Trung tâm Thông tin và Truyền thông giáo dục"), "2027-03-31"),
        Exp("Kiểm tra, đánh giá công tác PBGDPL", ("Thanh tra Sở",), ("các phòng chức năng",),
            "2027-05-15"),
    ],
)

# ------------------------------------------------------------------ 7. police, 2-row header table
PLAN_CA = Plan(
    "qn_cong_an_tinh",
    _head(
        "BỘ CÔNG AN", "CÔNG AN TỈNH QUẢNG NINH", "215/KH-CAT-PV01",
        "Quảng Ninh, ngày 12 tháng 02 năm 2026",
        "Phổ biến, giáo dục pháp luật trong Công an tỉnh và cho quần chúng Nhân dân năm 2026",
    ) + [
        P("Căn cứ Thông tư số 62/2020/TT-BCA ngày 18/6/2020 của Bộ trưởng Bộ Công an; Kế hoạch số "
          "31/KH-UBND ngày 19/01/2026 của UBND tỉnh Quảng Ninh; Công an tỉnh xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Nâng cao nhận thức, ý thức chấp hành pháp luật của cán bộ, chiến sĩ và Nhân dân; góp phần "
          "giữ vững an ninh, trật tự trên địa bàn tỉnh."),
        P("2. Phân công cụ thể, rõ trách nhiệm của từng đơn vị; bảo đảm bí mật nhà nước."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG", bold=True),
        T((
            ("STT", "Nội dung công việc", "Phân công", "", "Thời gian", "Kinh phí"),
            ("", "", "Chủ trì", "Phối hợp", "", ""),
            ("1", "Quán triệt Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở và văn bản hướng dẫn",
             "Phòng Tham mưu", "Phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc;\nCông an các xã, "
             "phường, đặc khu", "Quý I/2026", "Ngân sách Bộ Công an"),
            ("2", "Tuyên truyền phòng, chống lừa đảo chiếm đoạt tài sản trên không gian mạng",
             "Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao",
             "Sở Khoa học và Công nghệ;\nBáo và Phát thanh, Truyền hình Quảng Ninh", "Cả năm 2026",
             "Xã hội hóa"),
            ("3", "Phổ biến pháp luật về phòng cháy, chữa cháy và cứu nạn, cứu hộ tại khu công nghiệp, "
             "cơ sở kinh doanh karaoke, nhà trọ", "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",
             "Ban Quản lý Khu kinh tế tỉnh,\nCông an các xã, phường", "Tháng 3 - tháng 10/2026",
             "Ngân sách tỉnh"),
            ("4", "Tuyên truyền Luật Trật tự, an toàn giao thông đường bộ trong học sinh THPT",
             "Phòng Cảnh sát giao thông", "Sở Giáo dục và Đào tạo;\nTỉnh đoàn Quảng Ninh",
             "Tháng 9 - 12/2026", ""),
            ("5", "Phổ biến pháp luật về cư trú, căn cước cho người lao động ngoại tỉnh",
             "Phòng Cảnh sát quản lý hành chính về trật tự xã hội", "Công an các phường; Công an đặc khu "
             "Vân Đồn, Công an đặc khu Cô Tô", "Quý II/2026", ""),
            ("6", "Giáo dục pháp luật cho phạm nhân, trại viên tại cơ sở giam giữ",
             "Trại tạm giam Công an tỉnh", "Phòng Tham mưu", "Hằng tháng", "Ngân sách Bộ Công an"),
            ("7", "Tham gia ý kiến, phản biện dự thảo văn bản quy phạm pháp luật về an ninh, trật tự",
             "Phòng Pháp chế và quản lý khoa học", "Các phòng nghiệp vụ có liên quan",
             "Khi có đề nghị của Bộ Công an", ""),
        ), (8, 50, 35, 40, 25, 22)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Trưởng các phòng nghiệp vụ, Trưởng Công an các xã, phường, đặc khu chịu trách nhiệm trước "
          "Giám đốc Công an tỉnh về việc thực hiện Kế hoạch."),
        P("2. Phòng Pháp chế và quản lý khoa học theo dõi, tổng hợp, báo cáo Giám đốc trước ngày "
          "25/11/2026."),
    ] + _end(["Cục Pháp chế và cải cách hành chính, tư pháp - BCA;", "Đ/c Giám đốc;",
              "Các đơn vị thuộc Công an tỉnh;"], "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Đại tá Phạm Văn Quý"),
    [
        Exp("Quán triệt Luật Lực lượng tham gia", ("Phòng Tham mưu",),
            ("Phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc", "Công an các xã, phường, đặc khu"),
            "2026-03-31"),
        Exp("Tuyên truyền phòng, chống lừa đảo",
            ("Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao",),
            ("Sở Khoa học và Công nghệ", "Báo và Phát thanh, Truyền hình Quảng Ninh"), "2026-12-31"),
        Exp("Phổ biến pháp luật về phòng cháy",
            ("Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",),
            ("Ban Quản lý Khu kinh tế tỉnh", "Công an các xã, phường"), "2026-10-31"),
        Exp("Tuyên truyền Luật Trật tự, an toàn", ("Phòng Cảnh sát giao thông",),
            ("Sở Giáo dục và Đào tạo", "Tỉnh đoàn Quảng Ninh"), "2026-12-31"),
        Exp("Phổ biến pháp luật về cư trú", ("Phòng Cảnh sát quản lý hành chính về trật tự xã hội",),
            ("Công an các phường", "Công an đặc khu Vân Đồn", "Công an đặc khu Cô Tô"), "2026-06-30"),
        Exp("Giáo dục pháp luật cho phạm nhân", ("Trại tạm giam Công an tỉnh",), ("Phòng Tham mưu",),
            "2026-12-31"),
        Exp("Tham gia ý kiến, phản biện dự thảo", ("Phòng Pháp chế và quản lý khoa học",),
            ("Các phòng nghiệp vụ có liên quan",), "2026-12-31", True),
    ],
)

# ------------------------------------------------------------------ 8. youth union, prose
PLAN_DT = Plan(
    "gl_tinh_doan",
    _head(
        "ĐOÀN TNCS HỒ CHÍ MINH", "BCH ĐOÀN TỈNH GIA LAI", "56-KH/TĐTN-PT",
        "Gia Lai, ngày 02 tháng 3 năm 2026",
        "Tuổi trẻ Gia Lai tìm hiểu, chấp hành pháp luật năm 2026",
    ) + [
        P("Căn cứ Chỉ thị số 32-CT/TW ngày 09/12/2003 của Ban Bí thư; Kế hoạch số 18/KH-UBND ngày "
          "20/01/2026 của UBND tỉnh Gia Lai; Ban Thường vụ Tỉnh đoàn ban hành Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Phát huy vai trò xung kích của đoàn viên, thanh niên trong tuyên truyền, phổ biến pháp luật; "
          "phòng ngừa vi phạm pháp luật trong thanh thiếu niên."),
        P("II. NỘI DUNG HOẠT ĐỘNG", bold=True),
        P("1. Tuyên truyền pháp luật trên mạng xã hội", bold=True),
        P("Ban Tuyên giáo Tỉnh đoàn có trách nhiệm xây dựng các ấn phẩm số (infographic, video ngắn) "
          "phổ biến pháp luật, phối hợp với Ban Thường vụ các Đoàn xã, phường đăng tải, lan tỏa. Thời "
          "gian: thường xuyên trong năm."),
        P("2. Thành lập, duy trì đội hình thanh niên tình nguyện hỗ trợ pháp lý", bold=True),
        P("Ban Phong trào Tỉnh đoàn có trách nhiệm hướng dẫn; Đoàn Trường Đại học Luật - Phân hiệu tại "
          "Gia Lai, Hội Luật gia tỉnh phối hợp; hoàn thành việc thành lập trong Quý II/2026."),
        P("3. Tổ chức diễn đàn \"Thanh niên với văn hóa giao thông\"", bold=True),
        P("Đề nghị Đoàn Thanh niên Công an tỉnh chủ trì, phối hợp với Ban Phong trào Tỉnh đoàn tổ chức; "
          "thời gian: tháng 8/2026."),
        P("4. Giáo dục pháp luật cho thanh thiếu niên có nguy cơ vi phạm pháp luật", bold=True),
        P("Ban Thường vụ các Đoàn xã, phường có trách nhiệm rà soát, lập danh sách, phân công đoàn viên "
          "giúp đỡ; phối hợp với Công an xã, phường. Thời gian: Quý II - Quý IV/2026."),
        P("5. Hưởng ứng các cuộc thi tìm hiểu pháp luật trực tuyến", bold=True),
        P("Văn phòng Tỉnh đoàn có trách nhiệm đôn đốc đoàn viên tham gia khi có văn bản phát động của "
          "Trung ương Đoàn hoặc Hội đồng phối hợp PBGDPL tỉnh."),
        P("6. Sơ kết việc thực hiện Kế hoạch", bold=True),
        P("Ban Tuyên giáo Tỉnh đoàn chủ trì tham mưu sơ kết, báo cáo Ban Thường vụ Tỉnh đoàn trước ngày "
          "10/12/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các cơ sở Đoàn trực thuộc căn cứ Kế hoạch triển khai thực hiện; báo cáo kết quả về Tỉnh đoàn "
          "(qua Ban Tuyên giáo) trước ngày 30/11/2026."),
    ] + _end(["Trung ương Đoàn (b/c);", "Thường trực Tỉnh ủy (b/c);", "Sở Tư pháp;",
              "Các cơ sở Đoàn trực thuộc;"], "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN\nBÍ THƯ", "Rơ Mah Tuân"),
    [
        Exp("Tuyên truyền pháp luật trên mạng xã hội", ("Ban Tuyên giáo Tỉnh đoàn",),
            ("Ban Thường vụ các Đoàn xã, phường",), "2026-12-31"),
        Exp("Thành lập, duy trì đội hình thanh niên", ("Ban Phong trào Tỉnh đoàn",),
            ("Đoàn Trường Đại học Luật - Phân hiệu tại Gia Lai", "Hội Luật gia tỉnh"), "2026-06-30"),
        Exp("Tổ chức diễn đàn \"Thanh niên với", ("Đoàn Thanh niên Công an tỉnh",),
            ("Ban Phong trào Tỉnh đoàn",), "2026-08-31"),
        Exp("Giáo dục pháp luật cho thanh thiếu niên", ("Ban Thường vụ các Đoàn xã, phường",),
            ("Công an xã, phường",), "2026-12-31"),
        Exp("Hưởng ứng các cuộc thi tìm hiểu", ("Văn phòng Tỉnh đoàn",), (), "2026-12-31", True),
        Exp("Sơ kết việc thực hiện Kế hoạch", ("Ban Tuyên giáo Tỉnh đoàn",), (), "2026-12-10"),
    ],
)

# ------------------------------------------------------------------ 9. justice dept, inline labels
PLAN_STP = Plan(
    "hcm_so_tu_phap_2027",
    _head(
        "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "SỞ TƯ PHÁP", "4870/KH-STP",
        "Thành phố Hồ Chí Minh, ngày 18 tháng 12 năm 2026",
        "Công tác phổ biến, giáo dục pháp luật của Sở Tư pháp năm 2027",
    ) + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012; Nghị định số 28/2013/NĐ-CP; Quyết định số "
          "3050/QĐ-UBND ngày 30/11/2026 của UBND Thành phố ban hành Kế hoạch PBGDPL năm 2027;"),
        P("Sở Tư pháp ban hành Kế hoạch thực hiện như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Thực hiện đầy đủ vai trò cơ quan thường trực Hội đồng phối hợp PBGDPL Thành phố."),
        P("2. Nội dung phổ biến phải chính xác, kịp thời, phù hợp với từng nhóm đối tượng."),
        P("II. NHIỆM VỤ", bold=True),
        P("1. Tham mưu Hội đồng phối hợp PBGDPL Thành phố ban hành Kế hoạch hoạt động năm 2027.", bold=True),
        P("Cơ quan thực hiện: Phòng Phổ biến, giáo dục pháp luật. Cơ quan phối hợp: Văn phòng Sở. "
          "Thời hạn: Tháng 01/2027."),
        P("2. Tổ chức Hội nghị giới thiệu các luật mới được Quốc hội thông qua tại Kỳ họp thứ nhất.",
          bold=True),
        P("Cơ quan thực hiện: Phòng Phổ biến, giáo dục pháp luật. Cơ quan phối hợp: Phòng Xây dựng, kiểm "
          "tra và theo dõi thi hành pháp luật; Hội đồng phối hợp PBGDPL các xã, phường, đặc khu. Thời hạn: "
          "Sau khi Quốc hội thông qua các luật."),
        P("3. Bồi dưỡng nghiệp vụ cho đội ngũ báo cáo viên pháp luật Thành phố.", bold=True),
        P("Cơ quan thực hiện: Phó Giám đốc Sở phụ trách công tác PBGDPL; Phòng Phổ biến, giáo dục pháp "
          "luật. Cơ quan phối hợp: Ban Tuyên giáo và Dân vận Thành ủy. Thời hạn: Quý II/2027."),
        P("4. Trợ giúp pháp lý lưu động kết hợp phổ biến pháp luật tại các xã vùng ven, đặc khu Cần Giờ.",
          bold=True),
        P("Cơ quan thực hiện: Trung tâm Trợ giúp pháp lý nhà nước Thành phố. Cơ quan phối hợp: UBND các "
          "xã, đặc khu. Thời hạn: Tháng 3 - tháng 11/2027."),
        P("5. Cập nhật Trang thông tin phổ biến, giáo dục pháp luật Thành phố.", bold=True),
        P("Cơ quan thực hiện: Văn phòng Sở. Cơ quan phối hợp: Các phòng, đơn vị thuộc Sở. Thời hạn: "
          "Thường xuyên."),
        P("6. Hướng dẫn, theo dõi việc đánh giá xã, phường, đặc khu đạt chuẩn tiếp cận pháp luật.",
          bold=True),
        P("Cơ quan thực hiện: Phòng Phổ biến, giáo dục pháp luật. Cơ quan phối hợp: Sở Nội vụ, Sở Tài "
          "chính. Thời hạn: trước ngày 20/12/2027."),
        P("7. Kiểm tra công tác PBGDPL tại một số sở, ngành và UBND xã, phường.", bold=True),
        P("Cơ quan thực hiện: Chánh Thanh tra Sở; Trưởng Phòng Phổ biến, giáo dục pháp luật. Thời hạn: "
          "Quý III/2027."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Trưởng các phòng, Thủ trưởng các đơn vị thuộc Sở tổ chức thực hiện nhiệm vụ được giao; báo cáo "
          "kết quả 6 tháng trước ngày 10/6/2027 và năm trước ngày 10/11/2027."),
    ] + _end(["Bộ Tư pháp (b/c);", "UBND Thành phố (b/c);", "Ban Giám đốc Sở;",
              "Các phòng, đơn vị thuộc Sở;"], "GIÁM ĐỐC", "Nguyễn Thị Kim Oanh"),
    [
        Exp("Tham mưu Hội đồng phối hợp PBGDPL", ("Phòng Phổ biến, giáo dục pháp luật",),
            ("Văn phòng Sở",), "2027-01-31"),
        Exp("Tổ chức Hội nghị giới thiệu các luật", ("Phòng Phổ biến, giáo dục pháp luật",),
            ("Phòng Xây dựng, kiểm tra và theo dõi thi hành pháp luật",
             "Hội đồng phối hợp PBGDPL các xã, phường, đặc khu"), "2027-12-31", True),
        Exp("Bồi dưỡng nghiệp vụ cho đội ngũ",
            ("Phó Giám đốc Sở phụ trách công tác PBGDPL", "Phòng Phổ biến, giáo dục pháp luật"),
            ("Ban Tuyên giáo và Dân vận Thành ủy",), "2027-06-30"),
        Exp("Trợ giúp pháp lý lưu động kết hợp", ("Trung tâm Trợ giúp pháp lý nhà nước Thành phố",),
            ("UBND các xã, đặc khu",), "2027-11-30"),
        Exp("Cập nhật Trang thông tin phổ biến", ("Văn phòng Sở",), ("Các phòng, đơn vị thuộc Sở",),
            "2027-12-31"),
        Exp("Hướng dẫn, theo dõi việc đánh giá", ("Phòng Phổ biến, giáo dục pháp luật",),
            ("Sở Nội vụ", "Sở Tài chính"), "2027-12-20"),
        Exp("Kiểm tra công tác PBGDPL tại",
            ("Chánh Thanh tra Sở", "Trưởng Phòng Phổ biến, giáo dục pháp luật"),
            (), "2027-09-30"),
    ],
)

# ------------------------------------------------------------------ 10. ward, dash items, mass orgs
PLAN_BD = Plan(
    "hn_phuong_ba_dinh",
    _head(
        "", "ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH", "32/KH-UBND", "Ba Đình, ngày 23 tháng 01 năm 2026",
        "Tuyên truyền, phổ biến, giáo dục pháp luật năm 2026 trên địa bàn phường Ba Đình",
    ) + [
        P("Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;"),
        P("Căn cứ Kế hoạch số 20/KH-UBND ngày 16/01/2026 của UBND thành phố Hà Nội;"),
        P("Căn cứ Nghị quyết số 05/NQ-HĐND ngày 30/12/2025 của HĐND phường về nhiệm vụ năm 2026;"),
        P("UBND phường Ba Đình ban hành Kế hoạch với những nội dung sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Nâng cao hiệu quả PBGDPL gắn với xây dựng phường văn minh, hiện đại."),
        P("- Huy động sự tham gia của Mặt trận Tổ quốc, các tổ chức chính trị - xã hội và Nhân dân."),
        P("II. NỘI DUNG THỰC HIỆN", bold=True),
        P("- Tuyên truyền các quy định về xây dựng, quản lý trật tự đô thị, vệ sinh môi trường trên "
          "tuyến phố. Phòng Kinh tế, Hạ tầng và Đô thị chủ trì; Đội Quản lý trật tự đô thị phường, các "
          "Tổ dân phố phối hợp. Tiến độ: Quý I - Quý II/2026."),
        P("- Phổ biến pháp luật về bầu cử đại biểu Quốc hội và đại biểu HĐND các cấp nhiệm kỳ 2026-2031. "
          "Văn phòng HĐND và UBND phường chủ trì; Ủy ban MTTQ Việt Nam phường phối hợp. Tiến độ: trước "
          "ngày 10/3/2026."),
        P("- Tuyên truyền pháp luật về chế độ, chính sách đối với người có công, cựu chiến binh. Hội Cựu "
          "chiến binh phường chủ trì; Phòng Văn hóa - Xã hội phối hợp. Tiến độ: Tháng 7/2026."),
        P("- Tổ chức sinh hoạt chuyên đề pháp luật tại các chi hội. Hội Liên hiệp Phụ nữ phường, Đoàn "
          "Thanh niên phường và Hội Người cao tuổi phường chủ trì; Ban Công tác Mặt trận các khu dân cư "
          "phối hợp. Tiến độ: 6 tháng một lần (tháng 6 và tháng 12/2026)."),
        P("- Phổ biến Luật Thủ đô, quy định về kinh doanh vỉa hè cho hộ kinh doanh. Công an phường chủ "
          "trì; Phòng Kinh tế, Hạ tầng và Đô thị; Đội Quản lý trật tự đô thị phường phối hợp. Tiến độ: "
          "Tháng 4 - tháng 6/2026."),
        P("- Tổ chức \"Ngày hội pháp luật\" hưởng ứng Ngày Pháp luật Việt Nam tại Vườn hoa Lý Tự Trọng. "
          "Phòng Văn hóa - Xã hội chủ trì; Ủy ban MTTQ Việt Nam phường, Hội Cựu chiến binh phường, Hội "
          "Liên hiệp Phụ nữ phường và Đoàn Thanh niên phường phối hợp. Tiến độ: từ 01/11 đến 09/11/2026."),
        P("- Rà soát, bổ sung sách, tài liệu cho Tủ sách pháp luật của phường. Văn phòng HĐND và UBND "
          "phường chủ trì thực hiện. Tiến độ: khi có văn bản pháp luật mới được ban hành."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Các phòng, đơn vị thuộc UBND phường căn cứ Kế hoạch chủ động triển khai."),
        P("2. Đề nghị Ủy ban MTTQ Việt Nam phường và các tổ chức chính trị - xã hội phối hợp thực hiện."),
        P("3. Giao Phòng Văn hóa - Xã hội tổng hợp, báo cáo UBND phường trước ngày 15/11/2026."),
    ] + _end(["UBND Thành phố (qua Sở Tư pháp);", "TT Đảng ủy, HĐND phường;", "UBMTTQ Việt Nam phường;"],
             "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Đặng Văn Hải"),
    [
        Exp("Tuyên truyền các quy định về xây dựng", ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Đội Quản lý trật tự đô thị phường", "các Tổ dân phố"), "2026-06-30"),
        Exp("Phổ biến pháp luật về bầu cử", ("Văn phòng HĐND và UBND phường",),
            ("Ủy ban MTTQ Việt Nam phường",), "2026-03-10"),
        Exp("Tuyên truyền pháp luật về chế độ", ("Hội Cựu chiến binh phường",), ("Phòng Văn hóa - Xã hội",),
            "2026-07-31"),
        Exp("Tổ chức sinh hoạt chuyên đề pháp luật",
            ("Hội Liên hiệp Phụ nữ phường", "Đoàn Thanh niên phường", "Hội Người cao tuổi phường"),
            ("Ban Công tác Mặt trận các khu dân cư",), "2026-12-31"),
        Exp("Phổ biến Luật Thủ đô, quy định", ("Công an phường",),
            ("Phòng Kinh tế, Hạ tầng và Đô thị", "Đội Quản lý trật tự đô thị phường"), "2026-06-30"),
        Exp("Tổ chức \"Ngày hội pháp luật\"", ("Phòng Văn hóa - Xã hội",),
            ("Ủy ban MTTQ Việt Nam phường", "Hội Cựu chiến binh phường", "Hội Liên hiệp Phụ nữ phường",
             "Đoàn Thanh niên phường"), "2026-11-09"),
        Exp("Rà soát, bổ sung sách, tài liệu", ("Văn phòng HĐND và UBND phường",), (), "2026-12-31", True),
    ],
)

PLANS: list[Plan] = [PLAN_QT, PLAN_NNMT, PLAN_HT, PLAN_PN, PLAN_TP, PLAN_GD, PLAN_CA, PLAN_DT, PLAN_STP,
                     PLAN_BD]
