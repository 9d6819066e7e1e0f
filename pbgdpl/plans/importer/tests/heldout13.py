"""Held-out evaluation set 13: plans implementing new laws and central programmes (2026).

Plans and layout features:
1. PLAN_TMDT - UBND tỉnh Nghệ An, triển khai thi hành Luật Thương mại điện tử: one 7-column table
   (STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm | Ghi chú).
2. PLAN_BVMT - Vụ Pháp chế Bộ NN&MT: table with "Hình thức văn bản" and "Cấp trình" columns, group rows
   per section (I., II.), event-triggered "Theo tiến độ xây dựng văn bản của Bộ".
3. PLAN_YTE - Sở Y tế TP Hải Phòng, thực hiện Đề án: prose "Giao …" items, one item with two blocks.
4. PLAN_DHKT - Trường Đại học (public unit), thi hành Luật Giáo dục đại học: labels on own lines
   ("Đơn vị chủ trì:", "Phối hợp:", "Thời gian thực hiện:").
5. PLAN_PHUONG - UBND phường, kế hoạch hành động: roman sections, a) b) items, "X chủ trì, phối hợp với Y
   tham mưu …" prose, person as unit.
6. PLAN_KS - Sở NN&MT Lâm Đồng, Luật Địa chất và khoáng sản: table without STT, 2-row header,
   columns Nội dung | Chủ trì | Phối hợp | Thời gian | Kết quả.
7. PLAN_HQ - Cục Hải quan: tasks split into one table per section with column order
   STT | Nội dung | Thời hạn | Đơn vị chủ trì | Đơn vị phối hợp | Sản phẩm.
8. PLAN_NQ66 - UBND tỉnh Đồng Tháp, kế hoạch hành động: "1.1." numbering, inline labels
   "Chủ trì thực hiện: …; phối hợp: …; thời hạn: …".
9. PLAN_SGD - Sở GD&ĐT, năm học 2026-2027 (issued late 2026): "-" items with "+" assignment lines
   ("+ Đơn vị chủ trì", "+ Tiến độ").
10. PLAN_PBGDPL - Sở Tư pháp Cần Thơ, Luật Phổ biến, giáo dục pháp luật: table with "Kinh phí" column,
   "Định kỳ hằng năm", month ranges, "Đề nghị …" requests.
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
    out += [P(f"- {r};") for r in recipients]
    out += [P("- Lưu: VT."), P(role, bold=True, center=True), P("(Đã ký)", center=True),
            P(signer, bold=True, center=True)]
    return out


# ------------------------------------------------------------------ 1
_T1 = (
    ("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành",
     "Sản phẩm/Dự kiến kết quả", "Ghi chú"),
    ("1", "Tổ chức hội nghị quán triệt, phổ biến nội dung Luật Thương mại điện tử cho cán bộ, công chức",
     "Sở Công Thương", "Sở Tư pháp; UBND các xã, phường", "Trước ngày 01/7/2026 (ngày Luật có hiệu lực)",
     "Hội nghị được tổ chức", ""),
    ("2", "Rà soát các văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành liên quan đến thương mại "
     "điện tử", "Sở Công Thương", "Sở Tư pháp, các sở, ban, ngành có liên quan", "Tháng 4 - tháng 5/2026",
     "Báo cáo kết quả rà soát", "Kiến nghị sửa đổi, bổ sung, thay thế"),
    ("3", "Xây dựng Quyết định của UBND tỉnh quy định về quản lý hoạt động thương mại điện tử trên địa bàn "
     "tỉnh", "Sở Công Thương", "Sở Khoa học và Công nghệ; Sở Tài chính; Công an tỉnh",
     "Quý III/2026", "Quyết định của UBND tỉnh", "Sau khi có Nghị định hướng dẫn"),
    ("4", "Biên soạn tài liệu, tờ gấp hỏi - đáp về Luật Thương mại điện tử phục vụ doanh nghiệp và người "
     "tiêu dùng", "Sở Tư pháp", "Sở Công Thương", "Quý II/2026", "Tài liệu, tờ gấp", ""),
    ("5", "Tuyên truyền nội dung Luật trên Báo và Phát thanh, Truyền hình Nghệ An, Cổng thông tin điện "
     "tử tỉnh", "Báo và Phát thanh, Truyền hình Nghệ An", "Sở Công Thương, Sở Văn hóa, Thể thao và Du lịch",
     "Năm 2026 và các năm tiếp theo", "Chuyên trang, chuyên mục", ""),
    ("6", "Tập huấn chuyên sâu về kỹ năng quản lý, kiểm tra hoạt động thương mại điện tử",
     "Sở Công Thương", "Quản lý thị trường tỉnh Nghệ An; Thuế tỉnh Nghệ An", "Tháng 8/2026",
     "Lớp tập huấn", ""),
    ("7", "Kiểm tra, đánh giá tình hình thi hành Luật Thương mại điện tử trên địa bàn tỉnh",
     "Sở Công Thương", "Sở Tư pháp và các cơ quan có liên quan", "Định kỳ hằng năm",
     "Báo cáo UBND tỉnh, Bộ Công Thương", ""),
)

PLAN_TMDT = Plan(
    "tmdt_nghean",
    _head("ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN", "42/KH-UBND", "Nghệ An, ngày 23 tháng 01 năm 2026",
          "Triển khai thi hành Luật Thương mại điện tử trên địa bàn tỉnh Nghệ An")
    + [
        P("Căn cứ Luật Thương mại điện tử số 122/2025/QH15 ngày 10 tháng 12 năm 2025;"),
        P("Căn cứ Quyết định số 58/QĐ-TTg ngày 12 tháng 01 năm 2026 của Thủ tướng Chính phủ ban hành Kế hoạch "
          "triển khai thi hành Luật Thương mại điện tử;"),
        P("Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thi hành Luật trên địa bàn tỉnh như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Xác định cụ thể nội dung công việc, thời hạn, tiến độ hoàn thành và trách nhiệm của các cơ quan, "
          "đơn vị trong việc triển khai thi hành Luật."),
        P("2. Bảo đảm sự phối hợp chặt chẽ, thường xuyên giữa các cơ quan; kịp thời tháo gỡ khó khăn, vướng mắc."),
        P("II. NỘI DUNG, NHIỆM VỤ CỤ THỂ", bold=True),
        P("(Chi tiết tại Phụ lục kèm theo)"),
        T(_T1, (10, 50, 25, 30, 25, 25, 15)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Sở Công Thương là cơ quan đầu mối, theo dõi, đôn đốc, hướng dẫn việc thực hiện Kế hoạch; tổng hợp, "
          "báo cáo UBND tỉnh kết quả thực hiện trước ngày 10/12/2026."),
        P("2. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định."),
        P("3. Các sở, ban, ngành, UBND các xã, phường căn cứ Kế hoạch này tổ chức triển khai thực hiện."),
    ]
    + _end(["Bộ Công Thương", "TT Tỉnh ủy, TT HĐND tỉnh", "Các sở, ban, ngành"], "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
           "Phùng Thành Vinh"),
    [
        Exp("Tổ chức hội nghị quán triệt, phổ biến nội dung Luật", ("Sở Công Thương",),
            ("Sở Tư pháp", "UBND các xã, phường"), "2026-07-01"),
        Exp("Rà soát các văn bản quy phạm pháp luật do HĐND", ("Sở Công Thương",),
            ("Sở Tư pháp", "các sở, ban, ngành có liên quan"), "2026-05-31"),
        Exp("Xây dựng Quyết định của UBND tỉnh quy định", ("Sở Công Thương",),
            ("Sở Khoa học và Công nghệ", "Sở Tài chính", "Công an tỉnh"), "2026-09-30"),
        Exp("Biên soạn tài liệu, tờ gấp hỏi - đáp", ("Sở Tư pháp",), ("Sở Công Thương",), "2026-06-30"),
        Exp("Tuyên truyền nội dung Luật trên Báo", ("Báo và Phát thanh, Truyền hình Nghệ An",),
            ("Sở Công Thương", "Sở Văn hóa, Thể thao và Du lịch"), "2026-12-31"),
        Exp("Tập huấn chuyên sâu về kỹ năng quản lý", ("Sở Công Thương",),
            ("Quản lý thị trường tỉnh Nghệ An", "Thuế tỉnh Nghệ An"), "2026-08-31"),
        Exp("Kiểm tra, đánh giá tình hình thi hành Luật", ("Sở Công Thương",),
            ("Sở Tư pháp", "các cơ quan có liên quan"), "2026-12-31"),
    ],
)

# ------------------------------------------------------------------ 2
_T2 = (
    ("STT", "Nội dung công việc", "Hình thức văn bản", "Cấp trình", "Đơn vị chủ trì", "Đơn vị phối hợp",
     "Thời gian hoàn thành"),
    ("I. XÂY DỰNG VĂN BẢN QUY ĐỊNH CHI TIẾT", "", "", "", "", "", ""),
    ("1", "Xây dựng Nghị định quy định chi tiết một số điều của Luật sửa đổi, bổ sung một số điều của Luật "
     "Bảo vệ môi trường", "Nghị định", "Chính phủ", "Cục Môi trường",
     "Vụ Pháp chế; Vụ Kế hoạch - Tài chính; các bộ, ngành liên quan", "Tháng 5/2026"),
    ("2", "Xây dựng Thông tư hướng dẫn kỹ thuật quan trắc môi trường", "Thông tư", "Bộ trưởng",
     "Cục Môi trường", "Vụ Khoa học và Công nghệ, Vụ Pháp chế", "Theo tiến độ xây dựng văn bản của Bộ"),
    ("II. RÀ SOÁT, HỆ THỐNG HÓA VĂN BẢN", "", "", "", "", "", ""),
    ("3", "Rà soát văn bản quy phạm pháp luật thuộc lĩnh vực bảo vệ môi trường do Bộ ban hành",
     "Báo cáo", "Bộ trưởng", "Vụ Pháp chế", "Cục Môi trường, Cục Biến đổi khí hậu", "Quý II/2026"),
    ("III. PHỔ BIẾN, TẬP HUẤN", "", "", "", "", "", ""),
    ("4", "Tổ chức hội nghị phổ biến Luật cho các Sở Nông nghiệp và Môi trường", "Hội nghị", "",
     "Vụ Pháp chế", "Cục Môi trường", "Trước ngày 01/7/2026 (ngày Luật có hiệu lực)"),
    ("5", "Biên soạn sổ tay hướng dẫn nghiệp vụ thực hiện thủ tục cấp giấy phép môi trường", "Tài liệu", "",
     "Cục Môi trường", "Trung tâm Truyền thông tài nguyên và môi trường", "Quý III, IV/2026"),
    ("6", "Tập huấn cho đội ngũ công chức làm công tác quản lý môi trường cấp tỉnh, cấp xã", "Lớp tập huấn",
     "", "Trường Cán bộ quản lý nông nghiệp và môi trường", "Cục Môi trường; Vụ Tổ chức cán bộ",
     "Năm 2026 và các năm tiếp theo"),
    ("IV. KIỂM TRA, BÁO CÁO", "", "", "", "", "", ""),
    ("7", "Kiểm tra tình hình thi hành Luật tại một số địa phương", "Báo cáo", "Bộ trưởng",
     "Thanh tra Bộ", "Vụ Pháp chế; Cục Môi trường", "Tháng 10 - tháng 11/2026"),
)

PLAN_BVMT = Plan(
    "bvmt_vuphapche",
    _head("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "VỤ PHÁP CHẾ", "15/KH-PC", "Hà Nội, ngày 04 tháng 02 năm 2026",
          "Triển khai thi hành Luật sửa đổi, bổ sung một số điều của Luật Bảo vệ môi trường")
    + [
        P("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Bảo vệ môi trường số 130/2025/QH15;"),
        P("Căn cứ Quyết định số 214/QĐ-BNNMT ngày 20 tháng 01 năm 2026 của Bộ trưởng Bộ Nông nghiệp và Môi "
          "trường giao nhiệm vụ tham mưu triển khai thi hành Luật;"),
        P("Vụ Pháp chế xây dựng Kế hoạch như sau:"),
        P("1. Mục đích, yêu cầu", bold=True),
        P("a) Bảo đảm Luật được triển khai kịp thời, đồng bộ, thống nhất và hiệu quả."),
        P("b) Xác định rõ nội dung, thời hạn, sản phẩm và trách nhiệm của các đơn vị thuộc Bộ."),
        P("2. Nhiệm vụ cụ thể", bold=True),
        T(_T2, (8, 50, 18, 15, 25, 30, 22)),
        P("3. Tổ chức thực hiện", bold=True),
        P("a) Thủ trưởng các đơn vị được giao chủ trì chịu trách nhiệm trước Bộ trưởng về tiến độ, chất lượng "
          "các nhiệm vụ."),
        P("b) Vụ Pháp chế theo dõi, tổng hợp, báo cáo Bộ trưởng kết quả thực hiện trước ngày 15/12/2026."),
    ]
    + _end(["Bộ trưởng (để b/c)", "Thứ trưởng (để b/c)", "Các đơn vị thuộc Bộ"], "VỤ TRƯỞNG",
           "Nguyễn Thị Hương Giang"),
    [
        Exp("Xây dựng Nghị định quy định chi tiết một số điều", ("Cục Môi trường",),
            ("Vụ Pháp chế", "Vụ Kế hoạch - Tài chính", "các bộ, ngành liên quan"), "2026-05-31"),
        Exp("Xây dựng Thông tư hướng dẫn kỹ thuật quan trắc", ("Cục Môi trường",),
            ("Vụ Khoa học và Công nghệ", "Vụ Pháp chế"), "2026-12-31", on_request=True),
        Exp("Rà soát văn bản quy phạm pháp luật thuộc lĩnh vực", ("Vụ Pháp chế",),
            ("Cục Môi trường", "Cục Biến đổi khí hậu"), "2026-06-30"),
        Exp("Tổ chức hội nghị phổ biến Luật cho các Sở", ("Vụ Pháp chế",), ("Cục Môi trường",), "2026-07-01"),
        Exp("Biên soạn sổ tay hướng dẫn nghiệp vụ", ("Cục Môi trường",),
            ("Trung tâm Truyền thông tài nguyên và môi trường",), "2026-12-31"),
        Exp("Tập huấn cho đội ngũ công chức làm công tác", ("Trường Cán bộ quản lý nông nghiệp và môi trường",),
            ("Cục Môi trường", "Vụ Tổ chức cán bộ"), "2026-12-31"),
        Exp("Kiểm tra tình hình thi hành Luật tại một số", ("Thanh tra Bộ",),
            ("Vụ Pháp chế", "Cục Môi trường"), "2026-11-30"),
    ],
)

# ------------------------------------------------------------------ 3
PLAN_YTE = Plan(
    "yte_haiphong",
    _head("UBND THÀNH PHỐ HẢI PHÒNG", "SỞ Y TẾ", "318/KH-SYT", "Hải Phòng, ngày 10 tháng 3 năm 2026",
          "Thực hiện Đề án “Tăng cường công tác phổ biến, giáo dục pháp luật về khám bệnh, chữa bệnh "
          "giai đoạn 2026 - 2030” năm 2026")
    + [
        P("Căn cứ Quyết định số 1720/QĐ-TTg ngày 28 tháng 11 năm 2025 của Thủ tướng Chính phủ phê duyệt Đề án;"),
        P("Căn cứ Kế hoạch số 77/KH-UBND ngày 20 tháng 02 năm 2026 của UBND thành phố Hải Phòng;"),
        P("Sở Y tế ban hành Kế hoạch thực hiện năm 2026 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Cụ thể hóa các nhiệm vụ của Đề án phù hợp với điều kiện của ngành y tế thành phố."),
        P("- Nâng cao nhận thức, ý thức chấp hành pháp luật của người hành nghề khám bệnh, chữa bệnh."),
        P("II. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True),
        P("1. Quán triệt, phổ biến nội dung Đề án", bold=True),
        P("Giao Văn phòng Sở chủ trì, phối hợp với Thanh tra Sở tổ chức quán triệt nội dung Đề án đến toàn "
          "thể công chức, viên chức, người lao động. Thời gian: Quý I/2026."),
        P("2. Rà soát, cập nhật văn bản pháp luật về khám bệnh, chữa bệnh", bold=True),
        P("Giao Phòng Nghiệp vụ Y chủ trì, phối hợp với Văn phòng Sở rà soát, cập nhật văn bản quy phạm pháp "
          "luật mới trên Trang thông tin điện tử của Sở. Thời gian: Thường xuyên."),
        P("3. Tổ chức các lớp bồi dưỡng kiến thức pháp luật cho người hành nghề", bold=True),
        P("- Giao Phòng Nghiệp vụ Y chủ trì, phối hợp với Bệnh viện Hữu nghị Việt Tiệp, Bệnh viện Trẻ em Hải "
          "Phòng tổ chức 02 lớp bồi dưỡng cho người hành nghề tại các bệnh viện tuyến thành phố. Thời gian: "
          "Tháng 6 - tháng 9/2026."),
        P("- Trung tâm Kiểm soát bệnh tật thành phố chủ trì, phối hợp với các Trạm Y tế xã, phường, đặc khu tổ "
          "chức bồi dưỡng cho người hành nghề tại cơ sở y tế tuyến cơ sở. Thời gian: Quý IV/2026."),
        P("4. Xây dựng mô hình điểm “Bệnh viện tuân thủ pháp luật”", bold=True),
        P("Giao Phòng Nghiệp vụ Y chủ trì, phối hợp với Phòng Kế hoạch - Tài chính tham mưu Giám đốc Sở lựa "
          "chọn 02 bệnh viện thực hiện mô hình điểm. Thời gian: khi có hướng dẫn của Bộ Y tế."),
        P("5. Thanh tra, kiểm tra việc chấp hành pháp luật về khám bệnh, chữa bệnh", bold=True),
        P("Giao Thanh tra Sở chủ trì, phối hợp với Phòng Nghiệp vụ Y, Công an thành phố thực hiện theo kế "
          "hoạch thanh tra năm 2026 được phê duyệt. Thời gian: Năm 2026."),
        P("6. Sơ kết, báo cáo kết quả thực hiện", bold=True),
        P("Giao Văn phòng Sở tổng hợp kết quả thực hiện, tham mưu báo cáo UBND thành phố, Bộ Y tế trước "
          "ngày 05/12/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Thủ trưởng các phòng, đơn vị thuộc Sở căn cứ nhiệm vụ được giao triển khai thực hiện nghiêm túc; "
          "báo cáo kết quả về Văn phòng Sở trước ngày 30/11/2026."),
    ]
    + _end(["UBND thành phố (để b/c)", "Giám đốc, các PGĐ Sở", "Các đơn vị trực thuộc"], "GIÁM ĐỐC",
           "Vũ Thị Thanh Hoa"),
    [
        Exp("Quán triệt, phổ biến nội dung Đề án", ("Văn phòng Sở",), ("Thanh tra Sở",), "2026-03-31"),
        Exp("Rà soát, cập nhật văn bản pháp luật", ("Phòng Nghiệp vụ Y",), ("Văn phòng Sở",), "2026-12-31"),
        Exp("Giao Phòng Nghiệp vụ Y chủ trì, phối hợp với Bệnh viện Hữu nghị", ("Phòng Nghiệp vụ Y",),
            ("Bệnh viện Hữu nghị Việt Tiệp", "Bệnh viện Trẻ em Hải Phòng"), "2026-09-30"),
        Exp("Trung tâm Kiểm soát bệnh tật thành phố chủ trì", ("Trung tâm Kiểm soát bệnh tật thành phố",),
            ("các Trạm Y tế xã, phường, đặc khu",), "2026-12-31"),
        Exp("Xây dựng mô hình điểm “Bệnh viện tuân thủ", ("Phòng Nghiệp vụ Y",),
            ("Phòng Kế hoạch - Tài chính",), "2026-12-31", on_request=True),
        Exp("Thanh tra, kiểm tra việc chấp hành pháp luật", ("Thanh tra Sở",),
            ("Phòng Nghiệp vụ Y", "Công an thành phố"), "2026-12-31"),
        Exp("Sơ kết, báo cáo kết quả thực hiện", ("Văn phòng Sở",), (), "2026-12-05"),
    ],
)

# ------------------------------------------------------------------ 4
PLAN_DHKT = Plan(
    "dh_luatgddh",
    _head("BỘ GIÁO DỤC VÀ ĐÀO TẠO", "TRƯỜNG ĐẠI HỌC SƯ PHẠM KỸ THUẬT VINH", "27/KH-ĐHSPKTV",
          "Nghệ An, ngày 16 tháng 3 năm 2026",
          "Triển khai thi hành Luật Giáo dục đại học (sửa đổi) tại Trường")
    + [
        P("Căn cứ Luật Giáo dục đại học số 125/2025/QH15 ngày 10 tháng 12 năm 2025;"),
        P("Căn cứ Kế hoạch số 102/KH-BGDĐT ngày 09 tháng 02 năm 2026 của Bộ Giáo dục và Đào tạo triển khai thi "
          "hành Luật Giáo dục đại học;"),
        P("Căn cứ Nghị quyết số 05/NQ-HĐT ngày 02 tháng 3 năm 2026 của Hội đồng trường;"),
        P("Hiệu trưởng ban hành Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Bảo đảm viên chức, người lao động và người học nắm vững nội dung Luật; kịp thời sửa đổi quy chế, "
          "quy định nội bộ phù hợp với Luật."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Tổ chức quán triệt nội dung Luật cho viên chức, người lao động"),
        P("Đơn vị chủ trì: Phòng Tổ chức - Hành chính"),
        P("Phối hợp: Công đoàn Trường; các khoa, trung tâm"),
        P("Thời gian thực hiện: Tháng 4/2026"),
        P("2. Rà soát, sửa đổi Quy chế tổ chức và hoạt động của Trường"),
        P("Đơn vị chủ trì: Phòng Tổ chức - Hành chính"),
        P("Phối hợp: Phòng Thanh tra - Pháp chế, Hội đồng trường"),
        P("Thời gian thực hiện: Trước ngày 01/7/2026 (ngày Luật có hiệu lực)"),
        P("3. Rà soát, sửa đổi Quy chế đào tạo trình độ đại học, thạc sĩ"),
        P("Đơn vị chủ trì: Phòng Đào tạo"),
        P("Phối hợp: Phòng Khảo thí và Đảm bảo chất lượng; các khoa chuyên môn"),
        P("Thời gian thực hiện: Quý III/2026"),
        P("4. Xây dựng quy định về tự chủ tài chính, thu học phí theo Luật"),
        P("Đơn vị chủ trì: Phòng Kế hoạch - Tài chính"),
        P("Phối hợp: Phòng Đào tạo, Phòng Công tác học sinh - sinh viên"),
        P("Thời gian thực hiện: Sau khi Nghị định hướng dẫn của Chính phủ được ban hành"),
        P("5. Tuyên truyền, phổ biến Luật cho người học trong “Tuần sinh hoạt công dân - học sinh, sinh viên”"),
        P("Đơn vị chủ trì: Phòng Công tác học sinh - sinh viên"),
        P("Phối hợp: Đoàn Thanh niên Cộng sản Hồ Chí Minh Trường, Hội Sinh viên Trường"),
        P("Thời gian thực hiện: Tháng 9 - tháng 10/2026"),
        P("6. Cập nhật nội dung Luật vào học phần Pháp luật đại cương"),
        P("Đơn vị chủ trì: Khoa Lý luận chính trị - Pháp luật"),
        P("Thời gian thực hiện: Năm học 2026 - 2027, hoàn thành trong năm 2026"),
        P("7. Kiểm tra việc thực hiện quy chế, quy định nội bộ sau khi sửa đổi"),
        P("Đơn vị chủ trì: Phòng Thanh tra - Pháp chế"),
        P("Phối hợp: Các đơn vị có liên quan"),
        P("Thời gian thực hiện: Quý IV/2026"),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Trưởng các đơn vị có trách nhiệm triển khai nhiệm vụ được giao, báo cáo kết quả về Phòng Tổ chức - "
          "Hành chính trước ngày 15/12/2026 để tổng hợp, báo cáo Hiệu trưởng."),
    ]
    + _end(["Bộ GDĐT (để b/c)", "Hội đồng trường", "Ban Giám hiệu", "Các đơn vị"], "HIỆU TRƯỞNG",
           "PGS.TS. Nguyễn Văn Hùng"),
    [
        Exp("Tổ chức quán triệt nội dung Luật cho viên chức", ("Phòng Tổ chức - Hành chính",),
            ("Công đoàn Trường", "các khoa, trung tâm"), "2026-04-30"),
        Exp("Rà soát, sửa đổi Quy chế tổ chức và hoạt động", ("Phòng Tổ chức - Hành chính",),
            ("Phòng Thanh tra - Pháp chế", "Hội đồng trường"), "2026-07-01"),
        Exp("Rà soát, sửa đổi Quy chế đào tạo trình độ", ("Phòng Đào tạo",),
            ("Phòng Khảo thí và Đảm bảo chất lượng", "các khoa chuyên môn"), "2026-09-30"),
        Exp("Xây dựng quy định về tự chủ tài chính", ("Phòng Kế hoạch - Tài chính",),
            ("Phòng Đào tạo", "Phòng Công tác học sinh - sinh viên"), "2026-12-31", on_request=True),
        Exp("Tuyên truyền, phổ biến Luật cho người học", ("Phòng Công tác học sinh - sinh viên",),
            ("Đoàn Thanh niên Cộng sản Hồ Chí Minh Trường", "Hội Sinh viên Trường"), "2026-10-31"),
        Exp("Cập nhật nội dung Luật vào học phần", ("Khoa Lý luận chính trị - Pháp luật",), (), "2026-12-31"),
        Exp("Kiểm tra việc thực hiện quy chế, quy định nội bộ", ("Phòng Thanh tra - Pháp chế",),
            ("Các đơn vị có liên quan",), "2026-12-31"),
    ],
)

# ------------------------------------------------------------------ 5
PLAN_PHUONG = Plan(
    "phuong_hanhdong",
    _head("ỦY BAN NHÂN DÂN", "PHƯỜNG HÒA KHÁNH", "64/KH-UBND", "Đà Nẵng, ngày 05 tháng 02 năm 2026",
          "Hành động thực hiện Đề án “Chuyển đổi số trong công tác phổ biến, giáo dục pháp luật” "
          "trên địa bàn phường năm 2026")
    + [
        P("Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;"),
        P("Căn cứ Kế hoạch số 25/KH-UBND ngày 15 tháng 01 năm 2026 của UBND thành phố Đà Nẵng;"),
        P("UBND phường Hòa Khánh ban hành Kế hoạch hành động như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Ứng dụng công nghệ số trong phổ biến pháp luật đến người dân, doanh nghiệp trên địa bàn phường; "
          "phân công cụ thể, gắn trách nhiệm người đứng đầu."),
        P("II. NHIỆM VỤ TRỌNG TÂM", bold=True),
        P("1. Về hạ tầng và dữ liệu", bold=True),
        P("a) Phòng Văn hóa - Xã hội chủ trì, phối hợp với Trung tâm Phục vụ hành chính công phường tham mưu "
          "xây dựng chuyên mục “Pháp luật và đời sống” trên Trang thông tin điện tử phường, hoàn thành trong "
          "Quý II/2026."),
        P("b) Văn phòng HĐND và UBND phường chủ trì, phối hợp với Phòng Kinh tế, Hạ tầng và Đô thị tham mưu số "
          "hóa tủ sách pháp luật của phường, hoàn thành trước ngày 30/9/2026."),
        P("2. Về tuyên truyền, phổ biến", bold=True),
        P("a) Phòng Văn hóa - Xã hội chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam phường, Đoàn "
          "Thanh niên phường và các tổ dân phố tham mưu lập nhóm Zalo “Pháp luật khu dân cư” tại 100% tổ dân "
          "phố. Thời gian: Tháng 3 - tháng 6/2026."),
        P("b) Công an phường chủ trì tuyên truyền pháp luật về phòng, chống lừa đảo trên không gian mạng qua "
          "hệ thống loa truyền thanh thông minh. Thời gian: Thường xuyên."),
        P("3. Về bồi dưỡng kỹ năng số", bold=True),
        P("a) Phó Chủ tịch UBND phường phụ trách văn hóa - xã hội chủ trì chỉ đạo tổ chức 02 lớp bồi dưỡng kỹ "
          "năng số cho tổ công nghệ số cộng đồng; Phòng Văn hóa - Xã hội phối hợp. Thời gian: Quý III/2026."),
        P("b) Hội Liên hiệp Phụ nữ phường, Hội Cựu chiến binh phường, Hội Nông dân phường có trách nhiệm hướng "
          "dẫn hội viên cài đặt, sử dụng ứng dụng tra cứu pháp luật trên thiết bị di động."),
        P("4. Kiểm tra, đánh giá kết quả thực hiện", bold=True),
        P("Văn phòng HĐND và UBND phường chủ trì, phối hợp với các phòng chuyên môn kiểm tra, đánh giá kết "
          "quả thực hiện, tham mưu báo cáo UBND thành phố trước ngày 10/12/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Giao Văn phòng HĐND và UBND phường theo dõi, đôn đốc việc thực hiện Kế hoạch. Đề nghị Ủy ban Mặt "
          "trận Tổ quốc Việt Nam phường phối hợp giám sát."),
    ]
    + _end(["UBND thành phố (để b/c)", "Phòng Tư pháp - Sở Tư pháp", "TT Đảng ủy, TT HĐND phường"],
           "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Lê Văn Tâm"),
    [
        Exp("Phòng Văn hóa - Xã hội chủ trì, phối hợp với Trung tâm", ("Phòng Văn hóa - Xã hội",),
            ("Trung tâm Phục vụ hành chính công phường",), "2026-06-30"),
        Exp("Văn phòng HĐND và UBND phường chủ trì, phối hợp với Phòng Kinh tế",
            ("Văn phòng HĐND và UBND phường",), ("Phòng Kinh tế, Hạ tầng và Đô thị",), "2026-09-30"),
        Exp("Phòng Văn hóa - Xã hội chủ trì, phối hợp với Ủy ban", ("Phòng Văn hóa - Xã hội",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam phường", "Đoàn Thanh niên phường", "các tổ dân phố"),
            "2026-06-30"),
        Exp("Công an phường chủ trì tuyên truyền pháp luật", ("Công an phường",), (), "2026-12-31"),
        Exp("Phó Chủ tịch UBND phường phụ trách văn hóa", ("Phó Chủ tịch UBND phường phụ trách văn hóa - xã hội",),
            ("Phòng Văn hóa - Xã hội",), "2026-09-30"),
        Exp("Hội Liên hiệp Phụ nữ phường, Hội Cựu chiến binh",
            ("Hội Liên hiệp Phụ nữ phường", "Hội Cựu chiến binh phường", "Hội Nông dân phường"), (),
            "2026-12-31"),
        Exp("Kiểm tra, đánh giá kết quả thực hiện", ("Văn phòng HĐND và UBND phường",), ("các phòng chuyên môn",), "2026-12-10"),
    ],
)

# ------------------------------------------------------------------ 6
_T6 = (
    ("Nội dung", "Cơ quan, đơn vị", "", "Thời gian", "Kết quả"),
    ("", "Chủ trì", "Phối hợp", "", ""),
    ("Quán triệt, phổ biến Luật Địa chất và khoáng sản và các văn bản hướng dẫn", "Sở Nông nghiệp và Môi "
     "trường", "UBND các xã, phường, đặc khu Phú Quý", "Quý I/2026", "Hội nghị trực tuyến"),
    ("Rà soát quy hoạch, kế hoạch thăm dò, khai thác khoáng sản nhóm III, nhóm IV trên địa bàn tỉnh",
     "Sở Nông nghiệp và Môi trường", "Sở Xây dựng; Sở Công Thương; Sở Tài chính",
     "Tháng 3 - tháng 6/2026", "Báo cáo rà soát"),
    ("Tham mưu UBND tỉnh ban hành quy định phân cấp cấp giấy phép khai thác khoáng sản cho UBND cấp xã",
     "Sở Nông nghiệp và Môi trường", "Sở Tư pháp, Sở Nội vụ", "Trước ngày 01/7/2026 (ngày Luật có hiệu "
     "lực)", "Quyết định của UBND tỉnh"),
    ("Tập huấn nghiệp vụ quản lý khoáng sản cho công chức địa chính - nông nghiệp - xây dựng và môi "
     "trường cấp xã", "Sở Nông nghiệp và Môi trường", "UBND các xã, phường, đặc khu Phú Quý",
     "Quý II - Quý III/2026", "Lớp tập huấn"),
    ("Tuyên truyền về bảo vệ khoáng sản chưa khai thác trên các phương tiện thông tin đại chúng",
     "Báo và Phát thanh, Truyền hình Lâm Đồng", "Sở Nông nghiệp và Môi trường", "Năm 2026 và các năm tiếp "
     "theo", "Tin, bài, phóng sự"),
    ("Kiểm tra hoạt động khai thác khoáng sản, xử lý vi phạm theo quy định của Luật",
     "Sở Nông nghiệp và Môi trường", "Công an tỉnh Lâm Đồng và UBND các xã, phường có khoáng sản",
     "Theo kế hoạch kiểm tra năm 2026", "Kết luận kiểm tra"),
)

PLAN_KS = Plan(
    "khoangsan_lamdong",
    _head("UBND TỈNH LÂM ĐỒNG", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "112/KH-SNNMT",
          "Lâm Đồng, ngày 08 tháng 01 năm 2026",
          "Triển khai thi hành Luật Địa chất và khoáng sản và Luật sửa đổi, bổ sung năm 2025")
    + [
        P("Căn cứ Luật Địa chất và khoáng sản số 54/2024/QH15; Luật sửa đổi, bổ sung một số điều của Luật Địa "
          "chất và khoáng sản số 97/2025/QH15;"),
        P("Căn cứ Quyết định số 31/QĐ-UBND ngày 05 tháng 01 năm 2026 của UBND tỉnh Lâm Đồng;"),
        P("Sở Nông nghiệp và Môi trường xây dựng Kế hoạch triển khai như sau:"),
        P("1. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Triển khai kịp thời, đầy đủ các quy định mới; bảo đảm quản lý chặt chẽ tài nguyên khoáng sản sau "
          "sắp xếp đơn vị hành chính."),
        P("2. NỘI DUNG, THỜI GIAN VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        T(_T6, (55, 30, 35, 25, 25)),
        P("3. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Phòng Khoáng sản là đầu mối giúp Giám đốc Sở theo dõi, đôn đốc; tổng hợp báo cáo UBND tỉnh, Bộ Nông "
          "nghiệp và Môi trường trước ngày 20/12/2026."),
    ]
    + _end(["UBND tỉnh (để b/c)", "Ban Giám đốc Sở", "UBND các xã, phường, đặc khu"], "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
           "Trần Đình Văn"),
    [
        Exp("Quán triệt, phổ biến Luật Địa chất và khoáng sản", ("Sở Nông nghiệp và Môi trường",),
            ("UBND các xã, phường, đặc khu Phú Quý",), "2026-03-31"),
        Exp("Rà soát quy hoạch, kế hoạch thăm dò", ("Sở Nông nghiệp và Môi trường",),
            ("Sở Xây dựng", "Sở Công Thương", "Sở Tài chính"), "2026-06-30"),
        Exp("Tham mưu UBND tỉnh ban hành quy định phân cấp", ("Sở Nông nghiệp và Môi trường",),
            ("Sở Tư pháp", "Sở Nội vụ"), "2026-07-01"),
        Exp("Tập huấn nghiệp vụ quản lý khoáng sản", ("Sở Nông nghiệp và Môi trường",),
            ("UBND các xã, phường, đặc khu Phú Quý",), "2026-09-30"),
        Exp("Tuyên truyền về bảo vệ khoáng sản chưa khai thác", ("Báo và Phát thanh, Truyền hình Lâm Đồng",),
            ("Sở Nông nghiệp và Môi trường",), "2026-12-31"),
        Exp("Kiểm tra hoạt động khai thác khoáng sản", ("Sở Nông nghiệp và Môi trường",),
            ("Công an tỉnh Lâm Đồng", "UBND các xã, phường có khoáng sản"), "2026-12-31"),
    ],
)

# ------------------------------------------------------------------ 7
_H7 = ("STT", "Nội dung", "Thời hạn", "Đơn vị chủ trì", "Đơn vị phối hợp", "Sản phẩm")
_W7 = (8, 55, 25, 25, 35, 25)

PLAN_HQ = Plan(
    "haiquan_luat",
    _head("BỘ TÀI CHÍNH", "CỤC HẢI QUAN", "09/KH-CHQ", "Hà Nội, ngày 22 tháng 01 năm 2026",
          "Triển khai thi hành Luật sửa đổi, bổ sung một số điều của Luật Hải quan")
    + [
        P("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Hải quan số 118/2025/QH15;"),
        P("Căn cứ Quyết định số 96/QĐ-BTC ngày 14 tháng 01 năm 2026 của Bộ trưởng Bộ Tài chính ban hành Kế "
          "hoạch triển khai thi hành Luật;"),
        P("Cục Hải quan ban hành Kế hoạch triển khai thi hành Luật như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Tổ chức triển khai thi hành Luật kịp thời, thống nhất trong toàn ngành Hải quan."),
        P("2. Phân công cụ thể, gắn với trách nhiệm của các đơn vị thuộc và trực thuộc Cục."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Xây dựng, hoàn thiện văn bản hướng dẫn", bold=True),
        T((_H7,
           ("1", "Xây dựng dự thảo Thông tư sửa đổi Thông tư quy định về thủ tục hải quan", "Tháng 4/2026",
            "Ban Giám sát quản lý về hải quan", "Ban Pháp chế; Vụ Chính sách thuế", "Dự thảo Thông tư"),
           ("2", "Xây dựng quy trình nghiệp vụ hướng dẫn áp dụng thống nhất", "Theo tiến độ xây dựng văn bản "
            "của Bộ", "Ban Nghiệp vụ thuế hải quan", "Ban Giám sát quản lý về hải quan",
            "Quyết định của Cục trưởng")), _W7),
        P("2. Phổ biến, tập huấn", bold=True),
        T((_H7,
           ("1", "Tổ chức hội nghị tập huấn nội dung Luật cho công chức toàn ngành", "Trước ngày 01/7/2026 "
            "(ngày Luật có hiệu lực)", "Ban Pháp chế", "Trường Hải quan Việt Nam", "Hội nghị trực tuyến"),
           ("2", "Đối thoại, giải đáp vướng mắc cho cộng đồng doanh nghiệp xuất nhập khẩu", "Quý III/2026",
            "Chi cục Hải quan khu vực I", "Hiệp hội Doanh nghiệp dịch vụ Logistics Việt Nam",
            "Hội nghị đối thoại"),
           ("3", "Đăng tải nội dung Luật, tài liệu hỏi - đáp trên Cổng thông tin điện tử Hải quan",
            "Thường xuyên", "Văn phòng Cục", "Ban Pháp chế", "Chuyên mục")), _W7),
        P("3. Rà soát, kiểm tra", bold=True),
        T((_H7,
           ("1", "Rà soát thủ tục hành chính lĩnh vực hải quan để cắt giảm, đơn giản hóa", "Quý II - Quý III/2026",
            "Ban Cải cách hiện đại hóa", "Các Ban, Chi cục Hải quan khu vực", "Phương án cắt giảm"),
           ("2", "Kiểm tra việc triển khai thi hành Luật tại các Chi cục Hải quan khu vực", "Tháng 11/2026",
            "Ban Pháp chế", "Ban Kiểm tra nội bộ", "Báo cáo kiểm tra")), _W7),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Ban Pháp chế là đầu mối tổng hợp, báo cáo Lãnh đạo Cục và Bộ Tài chính tình hình thực hiện Kế hoạch "
          "trước ngày 25/11/2026. Thủ trưởng các đơn vị chịu trách nhiệm tổ chức thực hiện."),
    ]
    + _end(["Bộ trưởng (để b/c)", "Lãnh đạo Cục", "Các đơn vị thuộc và trực thuộc Cục"], "CỤC TRƯỞNG",
           "Nguyễn Văn Thọ"),
    [
        Exp("Xây dựng dự thảo Thông tư sửa đổi Thông tư", ("Ban Giám sát quản lý về hải quan",),
            ("Ban Pháp chế", "Vụ Chính sách thuế"), "2026-04-30"),
        Exp("Xây dựng quy trình nghiệp vụ hướng dẫn", ("Ban Nghiệp vụ thuế hải quan",),
            ("Ban Giám sát quản lý về hải quan",), "2026-12-31", on_request=True),
        Exp("Tổ chức hội nghị tập huấn nội dung Luật", ("Ban Pháp chế",), ("Trường Hải quan Việt Nam",),
            "2026-07-01"),
        Exp("Đối thoại, giải đáp vướng mắc cho cộng đồng", ("Chi cục Hải quan khu vực I",),
            ("Hiệp hội Doanh nghiệp dịch vụ Logistics Việt Nam",), "2026-09-30"),
        Exp("Đăng tải nội dung Luật, tài liệu hỏi", ("Văn phòng Cục",), ("Ban Pháp chế",), "2026-12-31"),
        Exp("Rà soát thủ tục hành chính lĩnh vực hải quan", ("Ban Cải cách hiện đại hóa",),
            ("Các Ban, Chi cục Hải quan khu vực",), "2026-09-30"),
        Exp("Kiểm tra việc triển khai thi hành Luật tại", ("Ban Pháp chế",), ("Ban Kiểm tra nội bộ",),
            "2026-11-30"),
    ],
)

# ------------------------------------------------------------------ 8
PLAN_NQ66 = Plan(
    "dongthap_nq66",
    _head("ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG THÁP", "205/KH-UBND", "Đồng Tháp, ngày 12 tháng 3 năm 2026",
          "HÀNH ĐỘNG THỰC HIỆN NGHỊ QUYẾT SỐ 66-NQ/TW NGÀY 30/4/2025 CỦA BỘ CHÍNH TRỊ VỀ ĐỔI MỚI CÔNG TÁC "
          "XÂY DỰNG VÀ THI HÀNH PHÁP LUẬT", "Năm 2026")
    + [
        P("Căn cứ Nghị quyết số 66-NQ/TW ngày 30 tháng 4 năm 2025 của Bộ Chính trị;"),
        P("Căn cứ Nghị quyết số 140/NQ-CP ngày 17 tháng 5 năm 2025 của Chính phủ ban hành Chương trình hành "
          "động thực hiện Nghị quyết số 66-NQ/TW;"),
        P("Căn cứ Chương trình hành động số 12-CTr/TU ngày 20 tháng 01 năm 2026 của Tỉnh ủy Đồng Tháp;"),
        P("UBND tỉnh ban hành Kế hoạch hành động năm 2026 như sau:"),
        P("I. MỤC TIÊU", bold=True),
        P("Tạo chuyển biến mạnh mẽ trong công tác xây dựng, thi hành pháp luật tại địa phương; 100% dự thảo "
          "văn bản quy phạm pháp luật của tỉnh được thẩm định, lấy ý kiến đúng quy định."),
        P("II. NHIỆM VỤ, GIẢI PHÁP", bold=True),
        P("1. Nâng cao chất lượng xây dựng văn bản quy phạm pháp luật", bold=True),
        P("1.1. Ban hành Quy chế phối hợp xây dựng văn bản quy phạm pháp luật của tỉnh. Chủ trì thực hiện: Sở "
          "Tư pháp; phối hợp: Văn phòng UBND tỉnh, Văn phòng Đoàn ĐBQH và HĐND tỉnh; thời hạn: Quý II/2026."),
        P("1.2. Rà soát, đánh giá toàn bộ văn bản quy phạm pháp luật của tỉnh Tiền Giang (cũ) và tỉnh Đồng "
          "Tháp (cũ) còn hiệu lực. Chủ trì thực hiện: các sở, ban, ngành tỉnh; phối hợp: Sở Tư pháp; thời "
          "hạn: trước ngày 30/6/2026."),
        P("2. Tổ chức thi hành pháp luật", bold=True),
        P("2.1. Tổ chức phổ biến các luật mới có hiệu lực từ ngày 01/7/2026. Chủ trì thực hiện: Sở Tư pháp; "
          "phối hợp: Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh, các cơ quan thành viên; thời hạn: "
          "Tháng 6 - tháng 8/2026."),
        P("2.2. Theo dõi tình hình thi hành pháp luật trong lĩnh vực đất đai, đầu tư. Chủ trì thực hiện: Sở "
          "Nông nghiệp và Môi trường, Sở Tài chính; phối hợp: Sở Tư pháp; thời hạn: Năm 2026."),
        P("2.3. Xây dựng cơ sở dữ liệu văn bản pháp luật của tỉnh kết nối với Cơ sở dữ liệu quốc gia về pháp "
          "luật. Chủ trì thực hiện: Sở Khoa học và Công nghệ; phối hợp: Sở Tư pháp và Văn phòng UBND tỉnh; "
          "thời hạn: khi Bộ Tư pháp hướng dẫn kết nối."),
        P("3. Bảo đảm nguồn lực", bold=True),
        P("3.1. Bố trí kinh phí bảo đảm cho công tác xây dựng, thi hành pháp luật. Chủ trì thực hiện: Sở Tài "
          "chính; phối hợp: Sở Tư pháp; thời hạn: Tháng 11/2026 (cùng thời điểm lập dự toán năm 2027)."),
        P("3.2. Bồi dưỡng nghiệp vụ cho đội ngũ làm công tác pháp chế tại các sở, ngành và công chức tư pháp - "
          "hộ tịch cấp xã. Chủ trì thực hiện: Sở Nội vụ; phối hợp: Sở Tư pháp, UBND các xã, phường; thời hạn: "
          "Quý III/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các xã, phường xây dựng kế hoạch cụ thể của "
          "ngành, địa phương."),
        P("2. Sở Tư pháp theo dõi, tổng hợp, báo cáo UBND tỉnh kết quả thực hiện trước ngày 05/12/2026."),
    ]
    + _end(["Bộ Tư pháp", "TT Tỉnh ủy (để b/c)", "Các sở, ban, ngành tỉnh", "UBND các xã, phường"],
           "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Phước Thiện"),
    [
        Exp("Ban hành Quy chế phối hợp xây dựng văn bản", ("Sở Tư pháp",),
            ("Văn phòng UBND tỉnh", "Văn phòng Đoàn ĐBQH và HĐND tỉnh"), "2026-06-30"),
        Exp("Rà soát, đánh giá toàn bộ văn bản quy phạm", ("các sở, ban, ngành tỉnh",), ("Sở Tư pháp",),
            "2026-06-30"),
        Exp("Tổ chức phổ biến các luật mới có hiệu lực", ("Sở Tư pháp",),
            ("Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh", "các cơ quan thành viên"), "2026-08-31"),
        Exp("Theo dõi tình hình thi hành pháp luật trong lĩnh vực",
            ("Sở Nông nghiệp và Môi trường", "Sở Tài chính"), ("Sở Tư pháp",), "2026-12-31"),
        Exp("Xây dựng cơ sở dữ liệu văn bản pháp luật", ("Sở Khoa học và Công nghệ",),
            ("Sở Tư pháp", "Văn phòng UBND tỉnh"), "2026-12-31", on_request=True),
        Exp("Bố trí kinh phí bảo đảm cho công tác", ("Sở Tài chính",), ("Sở Tư pháp",), "2026-11-30"),
        Exp("Bồi dưỡng nghiệp vụ cho đội ngũ làm công tác", ("Sở Nội vụ",),
            ("Sở Tư pháp", "UBND các xã, phường"), "2026-09-30"),
    ],
)

# ------------------------------------------------------------------ 9
PLAN_SGD = Plan(
    "sgd_namhoc",
    _head("UBND TỈNH THANH HÓA", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "3105/KH-SGDĐT", "Thanh Hóa, ngày 25 tháng 9 năm 2026",
          "Thực hiện Đề án “Nâng cao chất lượng giáo dục pháp luật trong nhà trường”",
          "năm học 2026 - 2027")
    + [
        P("Căn cứ Quyết định số 1451/QĐ-TTg ngày 15 tháng 10 năm 2025 của Thủ tướng Chính phủ phê duyệt Đề "
          "án “Nâng cao chất lượng giáo dục pháp luật trong nhà trường giai đoạn 2026 - 2030”;"),
        P("Căn cứ Kế hoạch số 290/KH-UBND ngày 20 tháng 12 năm 2025 của UBND tỉnh Thanh Hóa;"),
        P("Sở Giáo dục và Đào tạo xây dựng Kế hoạch thực hiện trong năm học 2026 - 2027 như sau:"),
        P("A. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Đưa nội dung giáo dục pháp luật vào các hoạt động giáo dục một cách thiết thực, phù hợp lứa tuổi."),
        P("- Gắn trách nhiệm của người đứng đầu cơ sở giáo dục với kết quả thực hiện."),
        P("B. NHIỆM VỤ CỤ THỂ", bold=True),
        P("- Tổ chức tập huấn giáo viên dạy môn Giáo dục công dân, Giáo dục kinh tế và pháp luật:"),
        P("+ Đơn vị chủ trì: Phòng Giáo dục trung học"),
        P("+ Đơn vị phối hợp: Trường Đại học Hồng Đức; các trường trung học phổ thông"),
        P("+ Tiến độ: Tháng 10 - tháng 11/2026"),
        P("- Xây dựng bộ tài liệu tích hợp giáo dục pháp luật cho học sinh tiểu học:"),
        P("+ Đơn vị chủ trì: Phòng Giáo dục mầm non - tiểu học"),
        P("+ Đơn vị phối hợp: Phòng Văn hóa - Xã hội các xã, phường"),
        P("+ Tiến độ: Quý IV/2026"),
        P("- Tổ chức cuộc thi “Học sinh với pháp luật” cấp tỉnh:"),
        P("+ Đơn vị chủ trì: Văn phòng Sở"),
        P("+ Đơn vị phối hợp: Sở Tư pháp, Tỉnh đoàn Thanh Hóa, Công an tỉnh"),
        P("+ Tiến độ: Tháng 11 - tháng 12/2026"),
        P("- Phối hợp tuyên truyền pháp luật về an toàn giao thông, phòng chống ma túy trong trường học:"),
        P("+ Đơn vị chủ trì: Phòng Chính trị tư tưởng - Công tác học sinh"),
        P("+ Đơn vị phối hợp: Phòng Cảnh sát giao thông, Phòng Cảnh sát điều tra tội phạm về ma túy - Công an "
          "tỉnh"),
        P("+ Tiến độ: Thường xuyên trong năm học (từ tháng 9/2026 đến tháng 5/2027)"),
        P("- Kiểm tra việc thực hiện giáo dục pháp luật tại các cơ sở giáo dục:"),
        P("+ Đơn vị chủ trì: Thanh tra Sở"),
        P("+ Đơn vị phối hợp: Các phòng chuyên môn thuộc Sở"),
        P("+ Tiến độ: Theo kế hoạch kiểm tra năm học, hoàn thành đợt 1 trong tháng 12/2026"),
        P("- Tham mưu sơ kết học kỳ I việc thực hiện Đề án:"),
        P("+ Đơn vị chủ trì: Văn phòng Sở"),
        P("+ Tiến độ: Tháng 01/2027"),
        P("C. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các phòng thuộc Sở, các đơn vị trực thuộc căn cứ Kế hoạch triển khai thực hiện; báo cáo kết quả về "
          "Sở (qua Văn phòng Sở) trước ngày 25/12/2026."),
    ]
    + _end(["UBND tỉnh (để b/c)", "Bộ GDĐT (để b/c)", "Các đơn vị trực thuộc"], "GIÁM ĐỐC", "Nguyễn Văn Thi"),
    [
        Exp("Tổ chức tập huấn giáo viên dạy môn Giáo dục", ("Phòng Giáo dục trung học",),
            ("Trường Đại học Hồng Đức", "các trường trung học phổ thông"), "2026-11-30"),
        Exp("Xây dựng bộ tài liệu tích hợp giáo dục pháp luật", ("Phòng Giáo dục mầm non - tiểu học",),
            ("Phòng Văn hóa - Xã hội các xã, phường",), "2026-12-31"),
        Exp("Tổ chức cuộc thi “Học sinh với pháp luật”", ("Văn phòng Sở",),
            ("Sở Tư pháp", "Tỉnh đoàn Thanh Hóa", "Công an tỉnh"), "2026-12-31"),
        Exp("Phối hợp tuyên truyền pháp luật về an toàn giao thông",
            ("Phòng Chính trị tư tưởng - Công tác học sinh",),
            ("Phòng Cảnh sát giao thông", "Phòng Cảnh sát điều tra tội phạm về ma túy - Công an tỉnh"),
            "2027-05-31"),
        Exp("Kiểm tra việc thực hiện giáo dục pháp luật", ("Thanh tra Sở",),
            ("Các phòng chuyên môn thuộc Sở",), "2026-12-31"),
        Exp("Tham mưu sơ kết học kỳ I việc thực hiện", ("Văn phòng Sở",), (), "2027-01-31"),
    ],
)

# ------------------------------------------------------------------ 10
_T10 = (
    ("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian", "Kinh phí", "Ghi chú"),
    ("1", "Tham mưu UBND thành phố ban hành Kế hoạch triển khai thi hành Luật Phổ biến, giáo dục pháp luật "
     "(sửa đổi)", "Sở Tư pháp", "Văn phòng UBND thành phố", "Tháng 02/2026", "Ngân sách thành phố", ""),
    ("2", "Kiện toàn Hội đồng phối hợp phổ biến, giáo dục pháp luật thành phố và Tổ thư ký giúp việc",
     "Sở Tư pháp", "Sở Nội vụ; các cơ quan thành viên Hội đồng", "Quý I/2026", "", ""),
    ("3", "Tổ chức hội nghị quán triệt nội dung Luật cho báo cáo viên pháp luật thành phố, công chức tư "
     "pháp - hộ tịch xã, phường", "Sở Tư pháp", "UBND các xã, phường", "Trước ngày 01/7/2026 (ngày Luật "
     "có hiệu lực)", "Ngân sách thành phố", "Hình thức trực tiếp kết hợp trực tuyến"),
    ("4", "Rà soát, đề xuất sửa đổi các văn bản của thành phố về tủ sách pháp luật, hòa giải ở cơ sở",
     "Sở Tư pháp", "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố, Sở Tài chính", "Tháng 7 - tháng 9/2026",
     "", ""),
    ("5", "Đặt hàng các cơ quan báo chí thực hiện chuyên mục “Pháp luật với cuộc sống”", "Sở Văn hóa, Thể "
     "thao và Du lịch", "Sở Tư pháp; Báo và Phát thanh, Truyền hình Cần Thơ",
     "Năm 2026 và các năm tiếp theo", "Ngân sách thành phố", ""),
    ("6", "Tổ chức “Ngày Pháp luật Việt Nam” (09/11)", "Sở Tư pháp",
     "Các sở, ban, ngành; UBND các xã, phường; các doanh nghiệp nhà nước", "Định kỳ hằng năm", "Lồng ghép",
     ""),
    ("7", "Hướng dẫn, kiểm tra việc thực hiện Luật tại các xã, phường", "Sở Tư pháp",
     "Thành viên Hội đồng phối hợp phổ biến, giáo dục pháp luật thành phố", "Tháng 10 - tháng 11/2026",
     "Ngân sách thành phố", ""),
)

PLAN_PBGDPL = Plan(
    "pbgdpl_cantho",
    _head("UBND THÀNH PHỐ CẦN THƠ", "SỞ TƯ PHÁP", "58/KH-STP", "Cần Thơ, ngày 14 tháng 01 năm 2026",
          "Triển khai thi hành Luật Phổ biến, giáo dục pháp luật (sửa đổi) trên địa bàn thành phố Cần Thơ")
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật số 129/2025/QH15 ngày 11 tháng 12 năm 2025;"),
        P("Căn cứ Quyết định số 38/QĐ-BTP ngày 08 tháng 01 năm 2026 của Bộ trưởng Bộ Tư pháp;"),
        P("Thực hiện chỉ đạo của UBND thành phố tại Công văn số 112/UBND-NC ngày 10 tháng 01 năm 2026,"
          " Sở Tư pháp xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Mục đích", bold=True),
        P("Tổ chức triển khai thi hành Luật kịp thời, đồng bộ, hiệu quả; nâng cao nhận thức của cán bộ, công "
          "chức và Nhân dân về các quy định mới."),
        P("2. Yêu cầu", bold=True),
        P("Bảo đảm sự phối hợp chặt chẽ giữa Sở Tư pháp với các cơ quan, đơn vị và địa phương."),
        P("II. NỘI DUNG", bold=True),
        T(_T10, (8, 55, 22, 35, 22, 18, 20)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Phòng Phổ biến, giáo dục pháp luật là đơn vị đầu mối giúp Giám đốc Sở theo dõi, đôn đốc việc "
          "thực hiện Kế hoạch."),
        P("2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các tổ chức chính trị - xã hội phối hợp "
          "thực hiện các nội dung liên quan."),
        P("3. Văn phòng Sở tham mưu bố trí kinh phí; báo cáo kết quả về UBND thành phố, Bộ Tư pháp trước ngày "
          "15/12/2026."),
    ]
    + _end(["Bộ Tư pháp (để b/c)", "UBND thành phố (để b/c)", "Thành viên Hội đồng PHPBGDPL thành phố"],
           "GIÁM ĐỐC", "Trương Quốc Hùng"),
    [
        Exp("Tham mưu UBND thành phố ban hành Kế hoạch", ("Sở Tư pháp",), ("Văn phòng UBND thành phố",),
            "2026-02-28"),
        Exp("Kiện toàn Hội đồng phối hợp phổ biến", ("Sở Tư pháp",),
            ("Sở Nội vụ", "các cơ quan thành viên Hội đồng"), "2026-03-31"),
        Exp("Tổ chức hội nghị quán triệt nội dung Luật", ("Sở Tư pháp",), ("UBND các xã, phường",),
            "2026-07-01"),
        Exp("Rà soát, đề xuất sửa đổi các văn bản", ("Sở Tư pháp",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam thành phố", "Sở Tài chính"), "2026-09-30"),
        Exp("Đặt hàng các cơ quan báo chí thực hiện", ("Sở Văn hóa, Thể thao và Du lịch",),
            ("Sở Tư pháp", "Báo và Phát thanh, Truyền hình Cần Thơ"), "2026-12-31"),
        Exp("Tổ chức “Ngày Pháp luật Việt Nam”", ("Sở Tư pháp",),
            ("Các sở, ban, ngành", "UBND các xã, phường", "các doanh nghiệp nhà nước"), "2026-12-31"),
        Exp("Hướng dẫn, kiểm tra việc thực hiện Luật", ("Sở Tư pháp",),
            ("Thành viên Hội đồng phối hợp phổ biến, giáo dục pháp luật thành phố",), "2026-11-30"),
    ],
)

PLANS: list[Plan] = [PLAN_TMDT, PLAN_BVMT, PLAN_YTE, PLAN_DHKT, PLAN_PHUONG, PLAN_KS, PLAN_HQ, PLAN_NQ66,
                     PLAN_SGD, PLAN_PBGDPL]
