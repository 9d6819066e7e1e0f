"""Held-out evaluation set 66: plans implementing a higher-level plan, a new law or a scheme (Đề án).

Ten plans written for this set only, answers typed by hand (issue 4 rules).

1. PLAN_MBN  UBND tỉnh Quảng Ngãi, KH triển khai Luật Phòng, chống mua bán người 2024: roman sections,
   bold "1." tasks, label lines "- Cơ quan chủ trì:", "- Cơ quan phối hợp:", "- Thời gian hoàn thành:";
   one task "sau khi Bộ Công an ban hành" (on_request).
2. PLAN_STP  Sở Tư pháp Đồng Nai thực hiện KH số ../KH-UBND (PBGDPL 2026): table STT | Nội dung | Đơn vị
   chủ trì | Đơn vị phối hợp | Thời gian | Ghi chú, group rows "I", "II" without lead, quarter ranges.
3. PLAN_XA   UBND xã Tân Phú (Đề án "Tăng cường PBGDPL ở cơ sở"): a)/b) items with prose assignments
   "Giao X chủ trì, phối hợp với Y ...", "Đề nghị ...", persons as units (Phó Chủ tịch UBND xã).
4. PLAN_THPT Trường THPT, năm học 2026-2027 thực hiện KH của Sở GD&ĐT: dash tasks, "+ Người phụ trách:",
   "+ Phối hợp:", "+ Thời gian:" with months of 2026/2027.
5. PLAN_PCCC Công an tỉnh Lâm Đồng, Luật PCCC và CNCH: table without STT, columns Nội dung | Thời gian |
   Chủ trì | Phối hợp | Sản phẩm; "Theo yêu cầu" timeframe.
6. PLAN_BHYT Sở Y tế Hà Tĩnh, Luật BHYT sửa đổi: "1.1." numbered tasks, labels "Đơn vị chủ trì:",
   "Phối hợp:", "Thời hạn:" on own lines (non-bold), dates "trước ngày".
7. PLAN_DD   UBND phường Hải Châu, thực hiện KH số ../KH-UBND của UBND thành phố về Luật Đất đai: items
   with several dash assignment blocks; "X chủ trì; Y phối hợp" inline.
8. PLAN_HND  Hội Nông dân tỉnh Gia Lai, Đề án PBGDPL cho nông dân: table with two-row header (Đơn vị thực
   hiện -> Chủ trì / Phối hợp), Kinh phí column.
9. PLAN_NNMT Sở Nông nghiệp và Môi trường Thái Nguyên, Luật Địa chất và khoáng sản: bold headings running
   into body "X chủ trì, phối hợp Y", "Tiến độ:" inline; month ranges.
10. PLAN_VL  Sở Nội vụ Cần Thơ, Luật Việc làm 2025: bold "1." items, a)/b) tasks, one "+ Chủ trì thực
   hiện: X; phối hợp: Y; thời gian thực hiện: Z." line each; an item with two prose assignment blocks.
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T, _header


def _end(lines: list[str], noi_nhan: list[str], role: str, signer: str, heading: str) -> list[P | T]:
    out: list[P | T] = [P(heading, bold=True)]
    out += [P(x) for x in lines]
    out += [P("Nơi nhận:", bold=True)] + [P(x) for x in noi_nhan]
    out += [P(role, bold=True, center=True), P("(Đã ký)", center=True), P(signer, bold=True, center=True)]
    return out


# ------------------------------------------------------------------ 1
PLAN_MBN = Plan(
    "mbn_quang_ngai",
    _header("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "58/KH-UBND", "Quảng Ngãi, ngày 12 tháng 3 năm 2026",
            "TRIỂN KHAI THI HÀNH LUẬT PHÒNG, CHỐNG MUA BÁN NGƯỜI NĂM 2024",
            "TRÊN ĐỊA BÀN TỈNH QUẢNG NGÃI") + [
        P("Căn cứ Luật Phòng, chống mua bán người ngày 28 tháng 11 năm 2024;"),
        P("Căn cứ Quyết định số 1024/QĐ-TTg ngày 19 tháng 9 năm 2025 của Thủ tướng Chính phủ ban hành "
          "Kế hoạch triển khai thi hành Luật Phòng, chống mua bán người;"),
        P("Theo đề nghị của Giám đốc Công an tỉnh tại Tờ trình số 412/TTr-CAT-PC02 ngày 02/3/2026, Ủy ban "
          "nhân dân tỉnh ban hành Kế hoạch triển khai thi hành Luật như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Xác định cụ thể nội dung công việc, thời hạn, tiến độ hoàn thành và trách nhiệm của các "
          "cơ quan, "
          "đơn vị, địa phương trong việc triển khai thi hành Luật bảo đảm kịp thời, đồng bộ, thống nhất."),
        P("2. Bảo đảm sự phối hợp chặt chẽ giữa các sở, ban, ngành và UBND các xã, phường, đặc khu."),
        P("II. NỘI DUNG", bold=True),
        P("1. Tổ chức quán triệt, phổ biến nội dung Luật và các văn bản quy định chi tiết", bold=True),
        P("a) Tổ chức hội nghị quán triệt, tập huấn chuyên sâu nội dung Luật cho đội ngũ cán bộ làm công tác "
          "phòng, chống mua bán người của các lực lượng chức năng."),
        P("- Cơ quan chủ trì: Công an tỉnh."),
        P("- Cơ quan phối hợp: Bộ Chỉ huy Bộ đội Biên phòng tỉnh; Sở Tư pháp; Sở Y tế; Tòa án nhân dân tỉnh, "
          "Viện kiểm sát nhân dân tỉnh."),
        P("- Thời gian hoàn thành: Quý II/2026."),
        P("b) Biên soạn tài liệu, tờ gấp giới thiệu nội dung cơ bản của Luật; tuyên truyền trên Báo và Phát "
          "thanh, Truyền hình Quảng Ngãi, hệ thống thông tin cơ sở."),
        P("- Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch."),
        P("- Cơ quan phối hợp: Công an tỉnh, Báo và Phát thanh, Truyền hình Quảng Ngãi và UBND các xã, "
          "phường, đặc khu."),
        P("- Thời gian hoàn thành: Thường xuyên."),
        P("2. Rà soát văn bản quy phạm pháp luật có liên quan", bold=True),
        P("Rà soát các văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành liên quan đến phòng, chống mua "
          "bán người để kiến nghị sửa đổi, bổ sung, thay thế hoặc bãi bỏ cho phù hợp."),
        P("- Cơ quan chủ trì: Sở Tư pháp."),
        P("- Cơ quan phối hợp: Các sở, ban, ngành tỉnh có liên quan."),
        P("- Thời gian hoàn thành: Trước ngày 30/6/2026."),
        P("3. Xây dựng quy chế phối hợp tiếp nhận, xác minh, bảo vệ và hỗ trợ nạn nhân", bold=True),
        P("- Cơ quan chủ trì: Công an tỉnh."),
        P("- Cơ quan phối hợp: Sở Y tế, Sở Nội vụ, Bộ Chỉ huy Bộ đội Biên phòng tỉnh."),
        P("- Thời gian hoàn thành: Sau khi Bộ Công an ban hành thông tư hướng dẫn."),
        P("4. Kiện toàn cơ sở hỗ trợ nạn nhân mua bán người tại Cơ sở Bảo trợ xã hội tổng hợp tỉnh",
          bold=True),
        P("- Cơ quan chủ trì: Sở Y tế."),
        P("- Cơ quan phối hợp: Sở Tài chính; Công an tỉnh."),
        P("- Thời gian hoàn thành: Quý III - Quý IV/2026."),
        P("5. Bố trí kinh phí bảo đảm triển khai thi hành Luật", bold=True),
        P("- Cơ quan chủ trì: Sở Tài chính."),
        P("- Cơ quan phối hợp: Công an tỉnh và các cơ quan, đơn vị có liên quan."),
        P("- Thời gian hoàn thành: Hằng năm."),
    ] + _end(
        ["1. Các sở, ban, ngành tỉnh; Chủ tịch UBND các xã, phường, đặc khu căn cứ Kế hoạch này tổ chức "
         "triển khai thực hiện; báo cáo kết quả về Công an tỉnh trước ngày 15/11/2026 để tổng hợp.",
         "2. Giao Công an tỉnh theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch này."],
        ["- Bộ Công an (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- CT, các PCT UBND tỉnh;", "- Lưu: VT, NCb."],
        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Văn Phước", "III. TỔ CHỨC THỰC HIỆN"),
    [
        Exp("Tổ chức hội nghị quán triệt, tập huấn chuyên sâu", ("Công an tỉnh",),
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Sở Tư pháp", "Sở Y tế", "Tòa án nhân dân tỉnh",
             "Viện kiểm sát nhân dân tỉnh"), "2026-06-30"),
        Exp("Biên soạn tài liệu, tờ gấp giới thiệu", ("Sở Văn hóa, Thể thao và Du lịch",),
            ("Công an tỉnh", "Báo và Phát thanh, Truyền hình Quảng Ngãi", "UBND các xã, phường, đặc khu"),
            "2026-12-31"),
        Exp("Rà soát văn bản quy phạm pháp luật có liên quan", ("Sở Tư pháp",),
            ("Các sở, ban, ngành tỉnh có liên quan",), "2026-06-30"),
        Exp("Xây dựng quy chế phối hợp tiếp nhận, xác minh", ("Công an tỉnh",),
            ("Sở Y tế", "Sở Nội vụ", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"), "2026-12-31", True),
        Exp("Kiện toàn cơ sở hỗ trợ nạn nhân mua bán người", ("Sở Y tế",),
            ("Sở Tài chính", "Công an tỉnh"), "2026-12-31"),
        Exp("Bố trí kinh phí bảo đảm triển khai", ("Sở Tài chính",),
            ("Công an tỉnh", "các cơ quan, đơn vị có liên quan"), "2026-12-31"),
    ],
)


# ------------------------------------------------------------------ 2
_STP_ROWS = (
    ("STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Ghi chú"),
    ("I", "CÔNG TÁC THAM MƯU, CHỈ ĐẠO", "", "", "", ""),
    ("1", "Tham mưu Hội đồng phối hợp PBGDPL tỉnh ban hành Kế hoạch hoạt động năm 2026",
     "Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật", "Văn phòng Sở", "Quý I/2026",
     "Hoàn thành trước khi tổ chức phiên họp"),
    ("2", "Hướng dẫn các sở, ngành, UBND các xã, phường triển khai Luật PBGDPL và các luật mới được Quốc hội "
     "thông qua tại Kỳ họp thứ 10",
     "Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật", "", "Sau khi có văn bản hướng dẫn "
     "của Bộ Tư pháp", ""),
    ("II", "TỔ CHỨC CÁC HOẠT ĐỘNG PBGDPL", "", "", "", ""),
    ("3", "Tổ chức Hội nghị giới thiệu văn bản luật mới cho báo cáo viên pháp luật tỉnh",
     "Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật",
     "Phòng Xây dựng và Kiểm tra văn bản; Trung tâm Trợ giúp pháp lý nhà nước", "Quý II - Quý III/2026", ""),
    ("4", "Cập nhật, đăng tải thông tin pháp luật trên Trang PBGDPL thuộc Cổng thông tin điện tử của Sở",
     "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở", "Thường xuyên", ""),
    ("5", "Tổ chức trợ giúp pháp lý lưu động kết hợp tuyên truyền pháp luật tại các xã vùng đồng bào dân tộc "
     "thiểu số", "Trung tâm Trợ giúp pháp lý nhà nước", "UBND các xã có liên quan", "Tháng 4 - tháng 9/2026",
     "Lồng ghép Chương trình MTQG"),
    ("6", "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam",
     "Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật",
     "Văn phòng Sở, Phòng Hành chính tư pháp, Trung tâm Dịch vụ đấu giá tài sản", "Tháng 10, 11/2026",
     "Cao điểm từ 01/11 đến 09/11"),
    ("III", "KIỂM TRA, SƠ KẾT, BÁO CÁO", "", "", "", ""),
    ("7", "Kiểm tra công tác PBGDPL, hòa giải ở cơ sở, xây dựng cấp xã đạt chuẩn tiếp cận pháp luật",
     "Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật", "Thanh tra Sở", "Quý III/2026",
     "Theo Kế hoạch kiểm tra riêng"),
    ("8", "Tổng hợp, xây dựng báo cáo kết quả công tác PBGDPL năm 2026 gửi UBND tỉnh, Bộ Tư pháp",
     "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở", "Trước ngày 05/12/2026", ""),
)

PLAN_STP = Plan(
    "stp_dong_nai",
    _header("UBND TỈNH ĐỒNG NAI", "SỞ TƯ PHÁP", "37/KH-STP", "Đồng Nai, ngày 20 tháng 01 năm 2026",
            "Thực hiện Kế hoạch số 15/KH-UBND ngày 09/01/2026 của UBND tỉnh",
            "về công tác phổ biến, giáo dục pháp luật năm 2026") + [
        P("Thực hiện Kế hoạch số 15/KH-UBND ngày 09/01/2026 của Ủy ban nhân dân tỉnh về công tác phổ biến, "
          "giáo dục pháp luật; hòa giải ở cơ sở; xây dựng cấp xã đạt chuẩn tiếp cận pháp luật năm 2026; "
          "Căn cứ Quyết định số 09/2025/QĐ-UBND ngày 14/7/2025 của UBND tỉnh quy định chức năng, nhiệm vụ, "
          "quyền hạn và cơ cấu tổ chức của Sở Tư pháp, Sở Tư pháp ban hành Kế hoạch thực hiện như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Cụ thể hóa các nhiệm vụ được UBND tỉnh giao cho Sở Tư pháp tại Kế hoạch số 15/KH-UBND."),
        P("- Phân công rõ trách nhiệm, tiến độ; bảo đảm tiết kiệm, hiệu quả, tránh hình thức."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("(Chi tiết tại Phụ lục kèm theo)", center=True),
        T(_STP_ROWS, (10, 62, 40, 40, 22, 26)),
    ] + _end(
        ["Trưởng các phòng, đơn vị thuộc Sở có trách nhiệm triển khai các nhiệm vụ được phân công; báo cáo "
         "kết quả 6 tháng trước ngày 05/6/2026, báo cáo năm trước ngày 25/11/2026 (qua Văn phòng Sở).",
         "Trong quá trình thực hiện, nếu có vướng mắc, kịp thời phản ánh về Giám đốc Sở để chỉ đạo."],
        ["- UBND tỉnh (b/c);", "- Giám đốc, các PGĐ Sở;", "- Các phòng, đơn vị thuộc Sở;", "- Lưu: VT, "
                                                                                           "PBGDPL."],
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Lê Thị Thanh Hương", "III. TỔ CHỨC THỰC HIỆN"),
    [
        Exp("Tham mưu Hội đồng phối hợp PBGDPL tỉnh ban hành",
            ("Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật",), ("Văn phòng Sở",),
            "2026-03-31"),
        Exp("Hướng dẫn các sở, ngành, UBND các xã, phường triển khai",
            ("Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật",), (), "2026-12-31", True),
        Exp("Tổ chức Hội nghị giới thiệu văn bản luật mới",
            ("Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật",),
            ("Phòng Xây dựng và Kiểm tra văn bản", "Trung tâm Trợ giúp pháp lý nhà nước"), "2026-09-30"),
        Exp("Cập nhật, đăng tải thông tin pháp luật", ("Văn phòng Sở",), ("Các phòng, đơn vị thuộc Sở",),
            "2026-12-31"),
        Exp("Tổ chức trợ giúp pháp lý lưu động kết hợp", ("Trung tâm Trợ giúp pháp lý nhà nước",),
            ("UBND các xã có liên quan",), "2026-09-30"),
        Exp("Tổ chức các hoạt động hưởng ứng Ngày Pháp luật",
            ("Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật",),
            ("Văn phòng Sở", "Phòng Hành chính tư pháp", "Trung tâm Dịch vụ đấu giá tài sản"), "2026-11-30"),
        Exp("Kiểm tra công tác PBGDPL, hòa giải ở cơ sở",
            ("Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật",), ("Thanh tra Sở",),
            "2026-09-30"),
        Exp("Tổng hợp, xây dựng báo cáo kết quả công tác", ("Văn phòng Sở",), ("Các phòng, đơn vị thuộc Sở",),
            "2026-12-05"),
    ],
)


# ------------------------------------------------------------------ 3
PLAN_XA = Plan(
    "xa_tan_phu",
    _header("ỦY BAN NHÂN DÂN", "XÃ TÂN PHÚ", "112/KH-UBND",
            "Tân Phú, ngày 05 tháng 02 năm 2026",
            "Thực hiện Đề án \"Tăng cường công tác phổ biến, giáo dục pháp luật ở cơ sở\"",
            "trên địa bàn xã năm 2026") + [
        P("Căn cứ Quyết định số 2115/QĐ-UBND ngày 28/10/2025 của UBND tỉnh Đồng Tháp phê duyệt Đề án "
          "\"Tăng cường công tác phổ biến, giáo dục pháp luật ở cơ sở giai đoạn 2025 - 2030\";"),
        P("Căn cứ Kế hoạch số 08/KH-UBND ngày 12/01/2026 của UBND tỉnh về thực hiện Đề án năm 2026;"),
        P("UBND xã Tân Phú xây dựng Kế hoạch thực hiện, cụ thể như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Triển khai kịp thời, có hiệu quả các nhiệm vụ của Đề án phù hợp với điều kiện thực tế của "
          "xã; nâng cao ý thức chấp hành pháp luật của cán bộ và Nhân dân."),
        P("II. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True),
        P("1. Củng cố, kiện toàn đội ngũ làm công tác PBGDPL ở cơ sở", bold=True),
        P("a) Kiện toàn Hội đồng phối hợp PBGDPL xã; rà soát, công nhận tuyên truyền viên pháp luật ở "
          "các ấp. "
          "Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp với Văn phòng HĐND và UBND xã tham mưu thực hiện "
          "trong Quý I/2026."),
        P("b) Bồi dưỡng kỹ năng cho hòa giải viên, tuyên truyền viên pháp luật. Công chức Tư pháp - Hộ tịch "
          "chủ trì; Ủy ban MTTQ Việt Nam xã và Trưởng ấp phối hợp. Thời gian: tháng 5 đến tháng 7/2026."),
        P("2. Đổi mới hình thức phổ biến pháp luật", bold=True),
        P("a) Duy trì chuyên mục \"Pháp luật với cuộc sống\" trên hệ thống truyền thanh xã vào thứ Sáu hằng "
          "tuần. Giao Trung tâm Dịch vụ tổng hợp xã thực hiện, phối hợp Phòng Văn hóa - Xã hội cung cấp nội "
          "dung."),
        P("b) Xây dựng mô hình \"Tổ Zalo pháp luật\" tại các ấp, khu dân cư. Phó Chủ tịch UBND xã phụ trách "
          "khối văn hóa - xã hội trực tiếp chỉ đạo; Phòng Văn hóa - Xã hội, Đoàn Thanh niên xã phối "
          "hợp. Hoàn thành trong tháng 6/2026."),
        P("3. Phổ biến pháp luật cho các nhóm đối tượng đặc thù", bold=True),
        P("Đề nghị Ủy ban MTTQ Việt Nam xã chủ trì, phối hợp với Hội Liên hiệp Phụ nữ, Hội Nông dân, Hội Cựu "
          "chiến binh xã tổ chức tuyên truyền pháp luật cho hội viên, người lao động tự do, người "
          "khuyết tật; thời gian: cả năm."),
        P("4. Tổ chức Ngày Pháp luật Việt Nam năm 2026", bold=True),
        P("Giao Công chức Tư pháp - Hộ tịch chủ trì tham mưu UBND xã tổ chức các hoạt động hưởng ứng; "
          "Công an "
          "xã, Trường THCS Tân Phú, Trường Tiểu học Tân Phú phối hợp thực hiện. Thời gian: tháng 11/2026."),
        P("5. Sơ kết việc thực hiện Đề án", bold=True),
        P("Văn phòng HĐND và UBND xã chủ trì tổng hợp, báo cáo UBND tỉnh (qua Sở Tư pháp) khi có yêu cầu."),
        P("III. KINH PHÍ THỰC HIỆN", bold=True),
        P("Kinh phí được bố trí từ dự toán ngân sách xã năm 2026 và các nguồn hợp pháp khác."),
    ] + _end(
        ["Các phòng, đơn vị, công chức được giao nhiệm vụ căn cứ Kế hoạch triển khai thực hiện; định kỳ báo "
         "cáo kết quả về UBND xã (qua Công chức Tư pháp - Hộ tịch) trước ngày 20/11/2026."],
        ["- Phòng PBGDPL, Sở Tư pháp;", "- TT. Đảng ủy xã;", "- CT, các PCT UBND xã;", "- Lưu: VT."],
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Trần Văn Lợi", "IV. TỔ CHỨC THỰC HIỆN"),
    [
        Exp("Kiện toàn Hội đồng phối hợp PBGDPL xã", ("Phòng Văn hóa - Xã hội",),
            ("Văn phòng HĐND và UBND xã",), "2026-03-31"),
        Exp("Bồi dưỡng kỹ năng cho hòa giải viên", ("Công chức Tư pháp - Hộ tịch",),
            ("Ủy ban MTTQ Việt Nam xã", "Trưởng ấp"), "2026-07-31"),
        Exp("Duy trì chuyên mục \"Pháp luật với cuộc sống\"", ("Trung tâm Dịch vụ tổng hợp xã",),
            ("Phòng Văn hóa - Xã hội",), "2026-12-31"),
        Exp("Xây dựng mô hình \"Tổ Zalo pháp luật\"",
            ("Phó Chủ tịch UBND xã phụ trách khối văn hóa - xã hội",),
            ("Phòng Văn hóa - Xã hội", "Đoàn Thanh niên xã"), "2026-06-30"),
        Exp("Phổ biến pháp luật cho các nhóm đối tượng đặc thù", ("Ủy ban MTTQ Việt Nam xã",),
            ("Hội Liên hiệp Phụ nữ", "Hội Nông dân", "Hội Cựu chiến binh xã"), "2026-12-31"),
        Exp("Tổ chức Ngày Pháp luật Việt Nam năm 2026", ("Công chức Tư pháp - Hộ tịch",),
            ("Công an xã", "Trường THCS Tân Phú", "Trường Tiểu học Tân Phú"), "2026-11-30"),
        Exp("Sơ kết việc thực hiện Đề án", ("Văn phòng HĐND và UBND xã",), (), "2026-12-31", True),
    ],
)


# ------------------------------------------------------------------ 4
PLAN_THPT = Plan(
    "thpt_nguyen_du",
    _header("SỞ GD&ĐT TỈNH ĐẮK LẮK", "TRƯỜNG THPT NGUYỄN DU", "86/KH-THPTND",
            "Buôn Ma Thuột, ngày 15 tháng 9 năm 2026",
            "Phổ biến, giáo dục pháp luật năm học 2026 - 2027",
            "(Thực hiện Kế hoạch số 1745/KH-SGDĐT ngày 03/9/2026 của Sở Giáo dục và Đào tạo)") + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20/6/2012;"),
        P("Căn cứ Thông tư số 17/2025/TT-BGDĐT ngày 12/8/2025 của Bộ Giáo dục và Đào tạo quy định về công "
          "tác phổ biến, giáo dục pháp luật trong cơ sở giáo dục;"),
        P("Thực hiện Kế hoạch số 1745/KH-SGDĐT ngày 03/9/2026 của Sở Giáo dục và Đào tạo về công tác phổ "
          "biến, giáo dục pháp luật năm học 2026 - 2027, Trường THPT Nguyễn Du xây dựng kế hoạch như sau:"),
        P("I. MỤC ĐÍCH - YÊU CẦU", bold=True),
        P("- Nâng cao nhận thức pháp luật, ý thức chấp hành pháp luật cho cán bộ, giáo viên, nhân viên và "
          "học sinh; xây dựng trường học an toàn, thân thiện."),
        P("- Các hoạt động thiết thực, phù hợp lứa tuổi học sinh, không gây quá tải."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        P("- Tổ chức tuyên truyền Luật Giao thông đường bộ và Luật Trật tự, an toàn giao thông đường bộ "
          "trong tiết chào cờ đầu năm học"),
        P("+ Người phụ trách: Bí thư Đoàn trường."),
        P("+ Phối hợp: Giáo viên chủ nhiệm các lớp; Công an phường Tân Lập."),
        P("+ Thời gian: Tháng 9 - tháng 10/2026."),
        P("- Lồng ghép giáo dục pháp luật trong môn Giáo dục kinh tế và pháp luật, Lịch sử, Ngữ văn"),
        P("+ Người phụ trách: Tổ trưởng Tổ Sử - Địa - GDKT&PL."),
        P("+ Phối hợp: Tổ Ngữ văn."),
        P("+ Thời gian: Suốt năm học (từ tháng 9/2026 đến tháng 5/2027)."),
        P("- Tổ chức cuộc thi \"Học sinh với pháp luật về phòng, chống ma túy và tệ nạn xã hội\""),
        P("+ Người phụ trách: Phó Hiệu trưởng phụ trách hoạt động giáo dục."),
        P("+ Phối hợp: Đoàn trường, Ban đại diện cha mẹ học sinh."),
        P("+ Thời gian: Tháng 3/2027."),
        P("- Bổ sung sách, tài liệu pháp luật cho Tủ sách pháp luật của nhà trường"),
        P("+ Người phụ trách: Nhân viên thư viện."),
        P("+ Phối hợp: Kế toán."),
        P("+ Thời gian: Học kỳ I (hoàn thành trước ngày 31/12/2026)."),
        P("- Tư vấn tâm lý, pháp lý học đường cho học sinh có hoàn cảnh đặc biệt"),
        P("+ Người phụ trách: Tổ Tư vấn tâm lý học đường."),
        P("+ Thời gian: Từ tháng 9/2026 đến tháng 5/2027, khi có học sinh, phụ huynh đề nghị."),
        P("- Sơ kết học kỳ I, tổng kết năm học về công tác PBGDPL; báo cáo Sở GD&ĐT"),
        P("+ Người phụ trách: Phó Hiệu trưởng phụ trách hoạt động giáo dục."),
        P("+ Phối hợp: Các tổ chuyên môn, Văn phòng."),
        P("+ Thời gian: Tháng 01/2027 và tháng 5/2027."),
    ] + _end(
        ["- Hiệu trưởng chỉ đạo chung; Phó Hiệu trưởng phụ trách hoạt động giáo dục theo dõi, đôn đốc.",
         "- Các tổ chuyên môn, cá nhân được phân công xây dựng kế hoạch chi tiết, báo cáo kết quả về "
         "nhà trường trước ngày 10/5/2027."],
        ["- Sở GD&ĐT (b/c);", "- Hiệu trưởng, các PHT;", "- Các tổ chuyên môn, Đoàn trường;", "- Lưu: VT."],
        "HIỆU TRƯỞNG", "Phạm Thị Minh Nguyệt", "III. TỔ CHỨC THỰC HIỆN"),
    [
        Exp("Tổ chức tuyên truyền Luật Giao thông đường bộ", ("Bí thư Đoàn trường",),
            ("Giáo viên chủ nhiệm các lớp", "Công an phường Tân Lập"), "2026-10-31"),
        Exp("Lồng ghép giáo dục pháp luật trong môn", ("Tổ trưởng Tổ Sử - Địa - GDKT&PL",), ("Tổ Ngữ văn",),
            "2027-05-31"),
        Exp("Tổ chức cuộc thi \"Học sinh với pháp luật", ("Phó Hiệu trưởng phụ trách hoạt động giáo dục",),
            ("Đoàn trường", "Ban đại diện cha mẹ học sinh"), "2027-03-31"),
        Exp("Bổ sung sách, tài liệu pháp luật", ("Nhân viên thư viện",), ("Kế toán",), "2026-12-31"),
        Exp("Tư vấn tâm lý, pháp lý học đường", ("Tổ Tư vấn tâm lý học đường",), (), "2027-05-31", True),
        Exp("Sơ kết học kỳ I, tổng kết năm học", ("Phó Hiệu trưởng phụ trách hoạt động giáo dục",),
            ("Các tổ chuyên môn", "Văn phòng"), "2027-05-31"),
    ],
)


# ------------------------------------------------------------------ 5
_PCCC_ROWS = (
    ("Nội dung nhiệm vụ", "Thời gian", "Đơn vị chủ trì", "Đơn vị phối hợp", "Sản phẩm"),
    ("Tổ chức hội nghị quán triệt Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ cho lãnh đạo, chỉ huy các "
     "đơn vị", "Tháng 02/2026", "Phòng Cảnh sát PCCC và CNCH", "Phòng Tham mưu; Phòng Xây dựng phong trào "
     "bảo vệ An ninh Tổ quốc", "Hội nghị; tài liệu quán triệt"),
    ("Biên soạn, phát hành sổ tay hỏi - đáp về Luật PCCC và CNCH", "Quý II/2026", "Phòng Cảnh sát PCCC và "
     "CNCH", "Sở Văn hóa, Thể thao và Du lịch", "02 vạn cuốn sổ tay"),
    ("Tuyên truyền, hướng dẫn kỹ năng thoát nạn cho hộ gia đình, nhà ở kết hợp kinh doanh, cơ sở nhà trọ",
     "Từ tháng 3 đến tháng 10/2026", "Công an các xã, phường", "Ủy ban MTTQ Việt Nam các xã, phường; các "
     "hội, đoàn thể", "Buổi tuyên truyền, video clip"),
    ("Tập huấn nghiệp vụ PCCC và CNCH cho lực lượng phòng cháy và chữa cháy cơ sở, lực lượng dân phòng",
     "Quý III/2026", "Phòng Cảnh sát PCCC và CNCH", "Công an các xã, phường", "Lớp tập huấn; chứng nhận"),
    ("Hướng dẫn, trả lời kiến nghị của cơ quan, tổ chức, cá nhân về áp dụng quy định của Luật", "Theo yêu "
     "cầu", "Phòng Tham mưu", "Phòng Cảnh sát PCCC và CNCH", "Văn bản trả lời"),
    ("Tổng kết công tác tuyên truyền Luật, đề xuất khen thưởng tập thể, cá nhân có thành tích", "Tháng "
     "12/2026", "Phòng Công tác đảng và công tác chính trị", "Phòng Tham mưu, Phòng Tổ chức cán bộ",
     "Báo cáo tổng kết; quyết định khen thưởng"),
)

PLAN_PCCC = Plan(
    "pccc_lam_dong",
    _header("BỘ CÔNG AN", "CÔNG AN TỈNH LÂM ĐỒNG", "145/KH-CAT-PC07", "Lâm Đồng, ngày 26 tháng 01 năm 2026",
            "Tuyên truyền, phổ biến Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ",
            "năm 2026") + [
        P("Căn cứ Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ ngày 29/11/2024;"),
        P("Căn cứ Nghị định số 105/2025/NĐ-CP ngày 15/5/2025 của Chính phủ quy định chi tiết một số điều và "
          "biện pháp thi hành Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ;"),
        P("Thực hiện Kế hoạch số 22/KH-BCA-C07 ngày 08/01/2026 của Bộ Công an, Công an tỉnh xây dựng Kế "
          "hoạch tuyên truyền, phổ biến Luật với nội dung sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Nâng cao nhận thức, trách nhiệm của cơ quan, tổ chức, hộ gia đình và cá nhân trong công tác phòng "
          "cháy, chữa cháy và cứu nạn, cứu hộ; phòng ngừa, hạn chế thấp nhất thiệt hại do cháy, nổ gây ra."),
        P("II. NỘI DUNG, PHÂN CÔNG NHIỆM VỤ", bold=True),
        T(_PCCC_ROWS, (70, 28, 34, 40, 30)),
    ] + _end(
        ["1. Phòng Cảnh sát PCCC và CNCH là đơn vị thường trực, giúp Giám đốc Công an tỉnh theo dõi, đôn đốc "
         "việc thực hiện Kế hoạch.",
         "2. Các đơn vị, Công an các xã, phường báo cáo kết quả thực hiện về Công an tỉnh (qua Phòng "
         "Cảnh sát PCCC và CNCH) trước ngày 20/11/2026."],
        ["- Đồng chí Giám đốc (để b/c);", "- Các đồng chí PGĐ;", "- Các đơn vị thuộc CAT;", "- Lưu: VT, "
                                                                                            "PC07."],
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Đại tá Hoàng Văn Tuấn", "III. TỔ CHỨC THỰC HIỆN"),
    [
        Exp("Tổ chức hội nghị quán triệt Luật Phòng cháy", ("Phòng Cảnh sát PCCC và CNCH",),
            ("Phòng Tham mưu", "Phòng Xây dựng phong trào bảo vệ An ninh Tổ quốc"), "2026-02-28"),
        Exp("Biên soạn, phát hành sổ tay hỏi - đáp", ("Phòng Cảnh sát PCCC và CNCH",),
            ("Sở Văn hóa, Thể thao và Du lịch",), "2026-06-30"),
        Exp("Tuyên truyền, hướng dẫn kỹ năng thoát nạn", ("Công an các xã, phường",),
            ("Ủy ban MTTQ Việt Nam các xã, phường", "các hội, đoàn thể"), "2026-10-31"),
        Exp("Tập huấn nghiệp vụ PCCC và CNCH cho lực lượng", ("Phòng Cảnh sát PCCC và CNCH",),
            ("Công an các xã, phường",), "2026-09-30"),
        Exp("Hướng dẫn, trả lời kiến nghị của cơ quan", ("Phòng Tham mưu",), ("Phòng Cảnh sát PCCC và CNCH",),
            "2026-12-31", True),
        Exp("Tổng kết công tác tuyên truyền Luật", ("Phòng Công tác đảng và công tác chính trị",),
            ("Phòng Tham mưu", "Phòng Tổ chức cán bộ"), "2026-12-31"),
    ],
)


# ------------------------------------------------------------------ 6
PLAN_BHYT = Plan(
    "bhyt_ha_tinh",
    _header("UBND TỈNH HÀ TĨNH", "SỞ Y TẾ", "204/KH-SYT", "Hà Tĩnh, ngày 09 tháng 3 năm 2026",
            "Triển khai thực hiện Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế",
            "trong ngành Y tế tỉnh Hà Tĩnh") + [
        P("Căn cứ Luật số 51/2024/QH15 sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế;"),
        P("Căn cứ Nghị định số 188/2025/NĐ-CP ngày 01/7/2025 của Chính phủ quy định chi tiết và hướng "
          "dẫn thi hành một số điều của Luật Bảo hiểm y tế;"),
        P("Thực hiện Kế hoạch số 71/KH-UBND ngày 20/02/2026 của UBND tỉnh triển khai Luật sửa đổi, bổ sung "
          "một số điều của Luật Bảo hiểm y tế trên địa bàn tỉnh, Sở Y tế ban hành Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Mục đích: Bảo đảm các quy định mới về phạm vi quyền lợi, mức hưởng, liên thông khám bệnh, chữa "
          "bệnh bảo hiểm y tế được triển khai thống nhất tại các cơ sở khám bệnh, chữa bệnh."),
        P("2. Yêu cầu: Phân công cụ thể, gắn trách nhiệm người đứng đầu; có sự phối hợp chặt chẽ với "
          "Bảo hiểm xã hội tỉnh."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Công tác phổ biến, quán triệt", bold=True),
        P("1.1. Tổ chức hội nghị phổ biến nội dung mới của Luật cho lãnh đạo, cán bộ phụ trách bảo hiểm y tế "
          "của các cơ sở khám bệnh, chữa bệnh"),
        P("Đơn vị chủ trì: Phòng Nghiệp vụ Y - Dược."),
        P("Phối hợp: Bảo hiểm xã hội tỉnh Hà Tĩnh; Văn phòng Sở."),
        P("Thời hạn: trước ngày 15/4/2026."),
        P("1.2. Xây dựng và đăng tải bộ câu hỏi - trả lời về quyền lợi người tham gia bảo hiểm y tế "
          "trên Cổng thông tin điện tử của Sở"),
        P("Đơn vị chủ trì: Trung tâm Kiểm soát bệnh tật tỉnh."),
        P("Phối hợp: Phòng Nghiệp vụ Y - Dược, Văn phòng Sở."),
        P("Thời hạn: Quý II/2026."),
        P("1.3. Niêm yết, tư vấn chính sách bảo hiểm y tế tại khu vực đón tiếp người bệnh"),
        P("Đơn vị chủ trì: Các bệnh viện, trung tâm y tế khu vực."),
        P("Phối hợp: Trạm Y tế các xã, phường."),
        P("Thời hạn: Thường xuyên."),
        P("2. Công tác chuyên môn, quản lý", bold=True),
        P("2.1. Rà soát, cập nhật danh mục kỹ thuật, thuốc, vật tư y tế thanh toán bảo hiểm y tế theo quy "
          "định mới"),
        P("Đơn vị chủ trì: Phòng Nghiệp vụ Y - Dược."),
        P("Phối hợp: Bệnh viện Đa khoa tỉnh, Bệnh viện Y dược cổ truyền - Phục hồi chức năng tỉnh và các đơn "
          "vị có liên quan."),
        P("Thời hạn: Tháng 5 - 6/2026."),
        P("2.2. Triển khai liên thông dữ liệu khám bệnh, chữa bệnh bảo hiểm y tế, giấy chuyển tuyến điện tử"),
        P("Đơn vị chủ trì: Phòng Kế hoạch - Tài chính."),
        P("Phối hợp: Sở Khoa học và Công nghệ; Bảo hiểm xã hội tỉnh Hà Tĩnh."),
        P("Thời hạn: Khi Bộ Y tế ban hành hướng dẫn kỹ thuật."),
        P("2.3. Kiểm tra việc thực hiện chính sách bảo hiểm y tế tại các cơ sở khám bệnh, chữa bệnh"),
        P("Đơn vị chủ trì: Thanh tra Sở."),
        P("Phối hợp: Phòng Nghiệp vụ Y - Dược; Bảo hiểm xã hội tỉnh Hà Tĩnh."),
        P("Thời hạn: Quý III, IV/2026."),
    ] + _end(
        ["Thủ trưởng các phòng chức năng, đơn vị trực thuộc Sở tổ chức thực hiện Kế hoạch; báo cáo kết quả "
         "về Sở Y tế (qua Phòng Nghiệp vụ Y - Dược) trước ngày 30/11/2026 để tổng hợp báo cáo UBND tỉnh."],
        ["- UBND tỉnh (b/c);", "- BHXH tỉnh;", "- Các đơn vị trực thuộc;", "- Lưu: VT, NVY."],
        "GIÁM ĐỐC", "Nguyễn Tuấn Anh", "III. TỔ CHỨC THỰC HIỆN"),
    [
        Exp("Tổ chức hội nghị phổ biến nội dung mới", ("Phòng Nghiệp vụ Y - Dược",),
            ("Bảo hiểm xã hội tỉnh Hà Tĩnh", "Văn phòng Sở"), "2026-04-15"),
        Exp("Xây dựng và đăng tải bộ câu hỏi", ("Trung tâm Kiểm soát bệnh tật tỉnh",),
            ("Phòng Nghiệp vụ Y - Dược", "Văn phòng Sở"), "2026-06-30"),
        Exp("Niêm yết, tư vấn chính sách bảo hiểm y tế", ("Các bệnh viện, trung tâm y tế khu vực",),
            ("Trạm Y tế các xã, phường",), "2026-12-31"),
        Exp("Rà soát, cập nhật danh mục kỹ thuật", ("Phòng Nghiệp vụ Y - Dược",),
            ("Bệnh viện Đa khoa tỉnh", "Bệnh viện Y dược cổ truyền - Phục hồi chức năng tỉnh",
             "các đơn vị có liên quan"), "2026-06-30"),
        Exp("Triển khai liên thông dữ liệu khám bệnh", ("Phòng Kế hoạch - Tài chính",),
            ("Sở Khoa học và Công nghệ", "Bảo hiểm xã hội tỉnh Hà Tĩnh"), "2026-12-31", True),
        Exp("Kiểm tra việc thực hiện chính sách bảo hiểm y tế", ("Thanh tra Sở",),
            ("Phòng Nghiệp vụ Y - Dược", "Bảo hiểm xã hội tỉnh Hà Tĩnh"), "2026-12-31"),
    ],
)


# ------------------------------------------------------------------ 7
PLAN_DD = Plan(
    "dat_dai_hai_chau",
    _header("ỦY BAN NHÂN DÂN", "PHƯỜNG HẢI CHÂU", "96/KH-UBND", "Hải Châu, ngày 18 tháng 02 năm 2026",
            "Thực hiện Kế hoạch số 302/KH-UBND ngày 30/01/2026 của UBND thành phố Đà Nẵng",
            "về tuyên truyền, phổ biến Luật Đất đai và các văn bản hướng dẫn thi hành năm 2026") + [
        P("Thực hiện Kế hoạch số 302/KH-UBND ngày 30/01/2026 của UBND thành phố Đà Nẵng về tuyên truyền, "
          "phổ biến Luật Đất đai năm 2024 và các văn bản hướng dẫn thi hành năm 2026; Nghị quyết số "
          "18-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương, UBND phường Hải Châu ban hành Kế hoạch:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Đưa các quy định của Luật Đất đai đến với người dân, tổ chức trên địa bàn phường; hạn chế khiếu "
          "nại, tranh chấp đất đai phát sinh; gắn với thực hiện thủ tục hành chính về đất đai."),
        P("II. NỘI DUNG THỰC HIỆN", bold=True),
        P("1. Tuyên truyền trực tiếp tại khu dân cư", bold=True),
        P("- Phòng Kinh tế, Hạ tầng và Đô thị chủ trì tổ chức 06 buổi hội nghị tuyên truyền tại các tổ dân "
          "phố về đăng ký đất đai, cấp Giấy chứng nhận; Ủy ban MTTQ Việt Nam phường phối hợp vận động "
          "Nhân dân tham dự. Thời gian: Quý II và Quý III/2026."),
        P("- Đề nghị Ủy ban MTTQ Việt Nam phường chỉ đạo Ban Công tác Mặt trận các tổ dân phố lồng ghép nội "
          "dung Luật Đất đai trong các buổi sinh hoạt định kỳ; thời gian: hằng tháng."),
        P("2. Tuyên truyền trên hệ thống thông tin cơ sở và mạng xã hội", bold=True),
        P("- Văn phòng HĐND và UBND phường chủ trì; Phòng Kinh tế, Hạ tầng và Đô thị phối hợp cung cấp nội "
          "dung đăng tải trên Trang thông tin điện tử, nhóm Zalo các tổ dân phố. Thời gian: thường xuyên."),
        P("- Trung tâm Phục vụ hành chính công phường niêm yết công khai thủ tục hành chính lĩnh vực "
          "đất đai, hướng dẫn người dân nộp hồ sơ trực tuyến; hoàn thành trước ngày 31/3/2026."),
        P("3. Hòa giải tranh chấp đất đai ở cơ sở", bold=True),
        P("Phòng Văn hóa - Xã hội chủ trì, phối hợp với các tổ hòa giải ở tổ dân phố, Công an phường "
          "củng cố, bồi dưỡng kiến thức pháp luật đất đai cho hòa giải viên; Tháng 6 - tháng 8/2026."),
        P("4. Rà soát, cập nhật văn bản quy phạm pháp luật về đất đai của thành phố", bold=True),
        P("Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, rà soát và đề xuất UBND phường kiến nghị thành phố sửa "
          "đổi khi có quy định mới của Trung ương."),
        P("III. KINH PHÍ", bold=True),
        P("Sử dụng từ nguồn kinh phí PBGDPL của phường năm 2026."),
    ] + _end(
        ["Các phòng, đơn vị thuộc UBND phường triển khai thực hiện nghiêm túc Kế hoạch này. Giao Phòng Văn "
         "hóa - Xã hội theo dõi, tổng hợp, báo cáo UBND thành phố (qua Sở Tư pháp) trước ngày 25/11/2026."],
        ["- UBND thành phố (b/c);", "- Sở Nông nghiệp và Môi trường;", "- TT Đảng ủy phường;", "- Lưu: VT."],
        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đặng Thị Thu Trang", "IV. TỔ CHỨC THỰC HIỆN"),
    [
        Exp("Phòng Kinh tế, Hạ tầng và Đô thị chủ trì tổ chức 06 buổi",
            ("Phòng Kinh tế, Hạ tầng và Đô thị",), ("Ủy ban MTTQ Việt Nam phường",), "2026-09-30"),
        Exp("Đề nghị Ủy ban MTTQ Việt Nam phường chỉ đạo", ("Ủy ban MTTQ Việt Nam phường",), (),
            "2026-12-31"),
        Exp("Văn phòng HĐND và UBND phường chủ trì", ("Văn phòng HĐND và UBND phường",),
            ("Phòng Kinh tế, Hạ tầng và Đô thị",), "2026-12-31"),
        Exp("Trung tâm Phục vụ hành chính công phường niêm yết", ("Trung tâm Phục vụ hành chính công "
                                                                  "phường",),
            (), "2026-03-31"),
        Exp("Hòa giải tranh chấp đất đai ở cơ sở", ("Phòng Văn hóa - Xã hội",),
            ("các tổ hòa giải ở tổ dân phố", "Công an phường"), "2026-08-31"),
        Exp("Rà soát, cập nhật văn bản quy phạm pháp luật về đất đai", ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            (), "2026-12-31", True),
    ],
)


# ------------------------------------------------------------------ 8
_HND_ROWS = (
    ("TT", "Nội dung hoạt động", "Đơn vị thực hiện", "", "Thời gian thực hiện", "Kinh phí"),
    ("", "", "Chủ trì", "Phối hợp", "", ""),
    ("1", "Biên soạn tài liệu hỏi - đáp pháp luật về đất đai, môi trường, an toàn thực phẩm dành cho nông "
     "dân", "Ban Xây dựng Hội", "Văn phòng Hội Nông dân tỉnh", "Quý II/2026", "Kinh phí Đề án"),
    ("2", "Tổ chức 04 lớp tập huấn kỹ năng tuyên truyền pháp luật cho cán bộ Hội cơ sở", "Ban Kinh tế - Xã "
     "hội", "Sở Tư pháp; Trung tâm Hỗ trợ nông dân tỉnh", "Tháng 4 - tháng 6/2026", "Ngân sách tỉnh"),
    ("3", "Duy trì hoạt động Câu lạc bộ \"Nông dân với pháp luật\" tại các chi hội", "Hội Nông dân các xã, "
     "phường", "Công chức Tư pháp - Hộ tịch các xã, phường", "Cả năm", "Xã hội hóa"),
    ("4", "Tư vấn, trợ giúp pháp lý cho hội viên nông dân tại các xã khó khăn", "Trung tâm Hỗ trợ nông dân "
     "tỉnh", "Trung tâm Trợ giúp pháp lý nhà nước tỉnh Gia Lai; Hội Luật gia tỉnh", "Quý III/2026",
     "Kinh phí Đề án"),
    ("5", "Tổ chức Hội thi \"Nông dân tìm hiểu pháp luật\" cấp tỉnh năm 2026", "Ban Tuyên giáo", "Sở "
     "Tư pháp, Sở Nông nghiệp và Môi trường, Báo và Phát thanh, Truyền hình Gia Lai", "Tháng 9/2026",
     "Ngân sách tỉnh"),
    ("6", "Sơ kết 02 năm thực hiện Đề án; báo cáo Trung ương Hội Nông dân Việt Nam", "Văn phòng Hội Nông "
     "dân tỉnh", "Các ban chuyên môn", "Tháng 11/2026", ""),
)

PLAN_HND = Plan(
    "hnd_gia_lai",
    _header("HỘI NÔNG DÂN VIỆT NAM", "BCH HỘI NÔNG DÂN TỈNH GIA LAI",
            "214-KH/HNDT", "Gia Lai, ngày 02 tháng 3 năm 2026",
            "Thực hiện Đề án \"Hội Nông dân Việt Nam tham gia tuyên truyền, phổ biến pháp luật, tư vấn, "
            "trợ giúp pháp lý cho nông dân giai đoạn 2025 - 2030\"", "năm 2026") + [
        P("Thực hiện Quyết định số 1548/QĐ-TTg ngày 21/11/2024 của Thủ tướng Chính phủ phê duyệt Đề án; Kế "
          "hoạch số 389-KH/HNDTW ngày 10/01/2026 của Ban Thường vụ Trung ương Hội Nông dân Việt Nam, Ban "
          "Thường vụ Hội Nông dân tỉnh xây dựng kế hoạch thực hiện năm 2026 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Nâng cao hiểu biết pháp luật, ý thức tuân thủ pháp luật của cán bộ, hội viên nông dân."),
        P("- Phát huy vai trò của các cấp Hội trong tham gia hòa giải, tư vấn pháp luật ở cơ sở."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG", bold=True),
        T(_HND_ROWS, (10, 66, 34, 44, 28, 24)),
    ] + _end(
        ["1. Các ban, đơn vị của Hội Nông dân tỉnh căn cứ nhiệm vụ được phân công chủ động xây dựng kế hoạch "
         "chi tiết, dự toán kinh phí.",
         "2. Đề nghị Hội Nông dân các xã, phường xây dựng kế hoạch triển khai phù hợp tình hình địa "
         "phương, báo cáo kết quả về Ban Thường vụ Hội Nông dân tỉnh (qua Văn phòng) trước ngày 10/11/2026."],
        ["- TW Hội NDVN (b/c);", "- Thường trực Tỉnh ủy (b/c);", "- Sở Tư pháp;", "- Lưu: VP."],
        "T/M BAN THƯỜNG VỤ\nPHÓ CHỦ TỊCH", "Rơ Mah Khuất", "III. TỔ CHỨC THỰC HIỆN"),
    [
        Exp("Biên soạn tài liệu hỏi - đáp pháp luật", ("Ban Xây dựng Hội",), ("Văn phòng Hội Nông dân tỉnh",),
            "2026-06-30"),
        Exp("Tổ chức 04 lớp tập huấn kỹ năng", ("Ban Kinh tế - Xã hội",),
            ("Sở Tư pháp", "Trung tâm Hỗ trợ nông dân tỉnh"), "2026-06-30"),
        Exp("Duy trì hoạt động Câu lạc bộ", ("Hội Nông dân các xã, phường",),
            ("Công chức Tư pháp - Hộ tịch các xã, phường",), "2026-12-31"),
        Exp("Tư vấn, trợ giúp pháp lý cho hội viên", ("Trung tâm Hỗ trợ nông dân tỉnh",),
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh Gia Lai", "Hội Luật gia tỉnh"), "2026-09-30"),
        Exp("Tổ chức Hội thi \"Nông dân tìm hiểu pháp luật\"", ("Ban Tuyên giáo",),
            ("Sở Tư pháp", "Sở Nông nghiệp và Môi trường", "Báo và Phát thanh, Truyền hình Gia Lai"),
            "2026-09-30"),
        Exp("Sơ kết 02 năm thực hiện Đề án", ("Văn phòng Hội Nông dân tỉnh",), ("Các ban chuyên môn",),
            "2026-11-30"),
    ],
)


# ------------------------------------------------------------------ 9
PLAN_NNMT = Plan(
    "ks_thai_nguyen",
    _header("UBND TỈNH THÁI NGUYÊN", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "512/KH-SNNMT",
            "Thái Nguyên, ngày 06 tháng 4 năm 2026",
            "Triển khai Luật Địa chất và khoáng sản năm 2024", "và các văn bản quy định chi tiết") + [
        P("Căn cứ Luật Địa chất và khoáng sản số 54/2024/QH15 ngày 29/11/2024;"),
        P("Căn cứ Nghị định số 193/2025/NĐ-CP ngày 02/7/2025 quy định chi tiết một số điều của Luật Địa chất "
          "và khoáng sản;"),
        P("Căn cứ Kế hoạch số 119/KH-UBND ngày 17/3/2026 của UBND tỉnh Thái Nguyên;"),
        P("Sở Nông nghiệp và Môi trường xây dựng Kế hoạch triển khai như sau:"),
        P("A. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Tổ chức triển khai kịp thời, đồng bộ Luật; tăng cường quản lý nhà nước về khoáng sản, ngăn chặn "
          "hoạt động khai thác khoáng sản trái phép."),
        P("B. NHIỆM VỤ TRỌNG TÂM", bold=True),
        P("1. Phổ biến Luật cho doanh nghiệp hoạt động khoáng sản. Phòng Khoáng sản và Tài nguyên nước "
          "chủ trì, phối hợp Hiệp hội Doanh nghiệp tỉnh tổ chức hội nghị; Tiến độ: tháng 5/2026.", bold=True),
        P("Nội dung tập trung vào các quy định mới về cấp phép, đấu giá quyền khai thác, khoáng sản "
          "nhóm IV."),
        P("2. Tập huấn chuyên sâu cho công chức các xã, phường. Phòng Khoáng sản và Tài nguyên nước chủ trì; "
          "Văn phòng Đăng ký đất đai, Trung tâm Kỹ thuật Tài nguyên và Môi trường phối hợp; Tiến độ: "
          "tháng 6 - tháng 7/2026.", bold=True),
        P("3. Xây dựng dự thảo Quyết định phân cấp cấp giấy phép khai thác khoáng sản nhóm IV cho UBND cấp "
          "xã. Phòng Pháp chế - Thanh tra chủ trì tham mưu; Sở Tư pháp, Sở Tài chính phối hợp thẩm định; "
          "Tiến độ: trình UBND tỉnh trước ngày 30/6/2026.", bold=True),
        P("4. Khoanh định khu vực cấm, tạm thời cấm hoạt động khoáng sản. Phòng Khoáng sản và Tài "
          "nguyên nước "
          "chủ trì; Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh, Sở Xây dựng, Sở Công Thương phối hợp; Tiến "
          "độ: Quý III - IV/2026.", bold=True),
        P("5. Kiểm tra, xử lý vi phạm trong hoạt động khai thác cát, sỏi lòng sông. Phòng Pháp chế - Thanh "
          "tra chủ trì; UBND các xã, phường ven sông Cầu, Công an tỉnh phối hợp; Tiến độ: thường xuyên.",
          bold=True),
        P("6. Cập nhật cơ sở dữ liệu địa chất, khoáng sản tỉnh. Trung tâm Kỹ thuật Tài nguyên và Môi trường "
          "chủ trì; Tiến độ: khi Bộ Nông nghiệp và Môi trường hướng dẫn chuẩn dữ liệu.", bold=True),
        P("7. Đưa tin, bài phản ánh kết quả triển khai Luật. Đề nghị Báo và Phát thanh, Truyền hình Thái "
          "Nguyên chủ trì, phối hợp với Văn phòng Sở thực hiện; Tiến độ: Quý II - Quý IV/2026.", bold=True),
    ] + _end(
        ["Giao Phòng Khoáng sản và Tài nguyên nước là đầu mối theo dõi, đôn đốc; tổng hợp báo cáo kết quả "
         "triển khai Luật gửi UBND tỉnh trước ngày 15/12/2026."],
        ["- UBND tỉnh (b/c);", "- Giám đốc, các PGĐ Sở;", "- Các phòng, đơn vị thuộc Sở;", "- Lưu: VT, KS."],
        "GIÁM ĐỐC", "Đỗ Quang Huy", "C. TỔ CHỨC THỰC HIỆN"),
    [
        Exp("Phổ biến Luật cho doanh nghiệp hoạt động khoáng sản", ("Phòng Khoáng sản và Tài nguyên nước",),
            ("Hiệp hội Doanh nghiệp tỉnh",), "2026-05-31"),
        Exp("Tập huấn chuyên sâu cho công chức", ("Phòng Khoáng sản và Tài nguyên nước",),
            ("Văn phòng Đăng ký đất đai", "Trung tâm Kỹ thuật Tài nguyên và Môi trường"), "2026-07-31"),
        Exp("Xây dựng dự thảo Quyết định phân cấp", ("Phòng Pháp chế - Thanh tra",),
            ("Sở Tư pháp", "Sở Tài chính"), "2026-06-30"),
        Exp("Khoanh định khu vực cấm, tạm thời cấm", ("Phòng Khoáng sản và Tài nguyên nước",),
            ("Bộ Chỉ huy Quân sự tỉnh", "Công an tỉnh", "Sở Xây dựng", "Sở Công Thương"), "2026-12-31"),
        Exp("Kiểm tra, xử lý vi phạm trong hoạt động", ("Phòng Pháp chế - Thanh tra",),
            ("UBND các xã, phường ven sông Cầu", "Công an tỉnh"), "2026-12-31"),
        Exp("Cập nhật cơ sở dữ liệu địa chất", ("Trung tâm Kỹ thuật Tài nguyên và Môi trường",), (),
            "2026-12-31", True),
        Exp("Đưa tin, bài phản ánh kết quả", ("Báo và Phát thanh, Truyền hình Thái Nguyên",), ("Văn "
                                                                                               "phòng Sở",),
            "2026-12-31"),
    ],
)


# ------------------------------------------------------------------ 10
PLAN_VL = Plan(
    "viec_lam_can_tho",
    _header("UBND THÀNH PHỐ CẦN THƠ", "SỞ NỘI VỤ", "88/KH-SNV", "Cần Thơ, ngày 14 tháng 01 năm 2026",
            "Tuyên truyền, phổ biến và triển khai thi hành Luật Việc làm năm 2025",
            "trên địa bàn thành phố Cần Thơ") + [
        P("Căn cứ Luật Việc làm số 74/2025/QH15 ngày 16/6/2025, có hiệu lực từ ngày 01/01/2026;"),
        P("Căn cứ Quyết định số 2250/QĐ-TTg ngày 10/10/2025 của Thủ tướng Chính phủ ban hành Kế hoạch triển "
          "khai thi hành Luật Việc làm;"),
        P("Thực hiện Kế hoạch số 05/KH-UBND ngày 06/01/2026 của UBND thành phố Cần Thơ, Sở Nội vụ ban hành "
          "Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Người lao động, người sử dụng lao động nắm được quyền, nghĩa vụ về bảo hiểm thất nghiệp, đăng "
          "ký lao động, hỗ trợ tạo việc làm theo Luật mới."),
        P("2. Việc triển khai bảo đảm kịp thời, đúng tiến độ, gắn với chuyển đổi số trong quản lý lao động."),
        P("II. NHIỆM VỤ", bold=True),
        P("1. Phổ biến, quán triệt nội dung Luật", bold=True),
        P("a) Tổ chức hội nghị phổ biến Luật Việc làm cho cán bộ, công chức làm công tác lao động, việc làm "
          "các xã, phường"),
        P("+ Chủ trì thực hiện: Phòng Lao động - Tiền lương - Bảo hiểm xã hội; phối hợp: Trung tâm Dịch vụ "
          "việc làm thành phố; thời gian thực hiện: Quý I/2026."),
        P("b) Tuyên truyền tại các khu công nghiệp, khu chế xuất; phát tờ rơi cho người lao động"),
        P("+ Chủ trì thực hiện: Trung tâm Dịch vụ việc làm thành phố; phối hợp: Ban Quản lý các khu chế xuất "
          "và công nghiệp Cần Thơ, Liên đoàn Lao động thành phố và các doanh nghiệp; thời gian thực hiện: "
          "tháng 3 - tháng 11/2026."),
        P("2. Xây dựng văn bản thuộc thẩm quyền của địa phương", bold=True),
        P("Tham mưu UBND thành phố ban hành quy định về chính sách hỗ trợ tạo việc làm từ nguồn ngân "
          "sách địa phương ủy thác qua Ngân hàng Chính sách xã hội."),
        P("+ Chủ trì thực hiện: Phòng Việc làm - An toàn lao động; phối hợp: Sở Tài chính; Chi nhánh "
          "Ngân hàng "
          "Chính sách xã hội thành phố Cần Thơ; thời gian thực hiện: sau khi Chính phủ ban hành nghị "
          "định quy định chi tiết."),
        P("3. Triển khai đăng ký lao động, cơ sở dữ liệu về người lao động", bold=True),
        P("Phòng Việc làm - An toàn lao động chủ trì hướng dẫn UBND các xã, phường thu thập, cập nhật "
          "thông tin "
          "đăng ký lao động; phối hợp: Công an thành phố (kết nối Cơ sở dữ liệu quốc gia về dân cư). "
          "Thời gian thực hiện: từ tháng 02 đến hết tháng 9/2026."),
        P("UBND các xã, phường có trách nhiệm bố trí công chức, tổ chức cập nhật dữ liệu lao động trên địa "
          "bàn; thời gian thực hiện: thường xuyên."),
        P("4. Giải đáp vướng mắc về bảo hiểm thất nghiệp", bold=True),
        P("+ Chủ trì thực hiện: Trung tâm Dịch vụ việc làm thành phố; phối hợp: Bảo hiểm xã hội thành "
          "phố Cần Thơ; thời gian thực hiện: theo đề nghị của người lao động, doanh nghiệp."),
        P("5. Kiểm tra việc thi hành Luật tại doanh nghiệp", bold=True),
        P("+ Chủ trì thực hiện: Thanh tra Sở; phối hợp: Phòng Lao động - Tiền lương - Bảo hiểm xã hội, Liên "
          "đoàn Lao động thành phố; thời gian thực hiện: Quý III/2026."),
    ] + _end(
        ["Các phòng, đơn vị thuộc Sở được giao nhiệm vụ chủ động triển khai; báo cáo kết quả 6 tháng trước "
         "ngày 10/6/2026, năm trước ngày 10/12/2026 về Sở Nội vụ (qua Văn phòng Sở)."],
        ["- UBND thành phố (b/c);", "- Bộ Nội vụ (b/c);", "- Các phòng, đơn vị thuộc Sở;", "- Lưu: VT, VL."],
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Huỳnh Thanh Sơn", "III. TỔ CHỨC THỰC HIỆN"),
    [
        Exp("Tổ chức hội nghị phổ biến Luật Việc làm", ("Phòng Lao động - Tiền lương - Bảo hiểm xã hội",),
            ("Trung tâm Dịch vụ việc làm thành phố",), "2026-03-31"),
        Exp("Tuyên truyền tại các khu công nghiệp", ("Trung tâm Dịch vụ việc làm thành phố",),
            ("Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ", "Liên đoàn Lao động thành phố",
             "các doanh nghiệp"), "2026-11-30"),
        Exp("Xây dựng văn bản thuộc thẩm quyền của địa phương", ("Phòng Việc làm - An toàn lao động",),
            ("Sở Tài chính", "Chi nhánh Ngân hàng Chính sách xã hội thành phố Cần Thơ"), "2026-12-31", True),
        Exp("Phòng Việc làm - An toàn lao động chủ trì hướng dẫn", ("Phòng Việc làm - An toàn lao động",),
            ("Công an thành phố",), "2026-09-30"),
        Exp("UBND các xã, phường có trách nhiệm bố trí", ("UBND các xã, phường",), (), "2026-12-31"),
        Exp("Giải đáp vướng mắc về bảo hiểm thất nghiệp", ("Trung tâm Dịch vụ việc làm thành phố",),
            ("Bảo hiểm xã hội thành phố Cần Thơ",), "2026-12-31", True),
        Exp("Kiểm tra việc thi hành Luật tại doanh nghiệp", ("Thanh tra Sở",),
            ("Phòng Lao động - Tiền lương - Bảo hiểm xã hội", "Liên đoàn Lao động thành phố"), "2026-09-30"),
    ],
)

PLANS: list[Plan] = [PLAN_MBN, PLAN_STP, PLAN_XA, PLAN_THPT, PLAN_PCCC, PLAN_BHYT, PLAN_DD, PLAN_HND,
                     PLAN_NNMT, PLAN_VL]
