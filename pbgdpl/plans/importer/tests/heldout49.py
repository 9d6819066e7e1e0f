"""Held-out evaluation set 49: provincial departments and agencies of northern and central provinces.

1. Sở Tư pháp Thanh Hóa: bold "1." headings, "- Đơn vị chủ trì:/Phối hợp:/Thời gian:" lines, one item with
   all labels inline, an event-triggered timeframe ("kể từ ngày văn bản được ban hành").
2. Ban Quản lý các khu công nghiệp Bắc Ninh: table STT | Nội dung | Chủ trì | Phối hợp | Thời gian |
   Sản phẩm, roman group rows, "Theo đề nghị của doanh nghiệp", date range.
3. Thanh tra tỉnh Nghệ An: roman sections, "a) b) c)" prose ("Giao X chủ trì, phối hợp với Y…",
   "X chủ trì; Y và Z phối hợp"), a person as lead (Trưởng đoàn thanh tra).
4. Báo và Phát thanh, Truyền hình Thái Nguyên: table without STT, columns Nội dung | Thời gian | Ban chủ trì
   | Ban, đơn vị phối hợp | Ghi chú, group rows "1. …", names with dashes, on-request row.
5. Văn phòng UBND tỉnh Phú Thọ: "1.1." numbering, labels on their own lines without dashes, a person as
   lead, "sau khi … công bố" timeframe.
6. Sở Nông nghiệp và Môi trường Quảng Trị: table with 2-row header (Phân công: Chủ trì/Phối hợp), Kinh phí
   column, roman group rows, quarter range, "Khi có văn bản hướng dẫn".
7. Sở Giáo dục và Đào tạo Ninh Bình: school year 2026-2027, "-" items with "+" label sub-bullets and prose
   "X chủ trì; Y phối hợp. Thời hạn: …", deadlines in 2027.
8. Sở Y tế Hưng Yên: items with several assignment blocks ("-" and "a) b)"), "Đề nghị X …", on-request.
9. Sở Nội vụ Tuyên Quang: table STT | Nội dung | Thời gian | Cơ quan chủ trì | Cơ quan phối hợp | Ghi chú,
   "Quý II, III", month ranges, "Sau khi Chính phủ ban hành…".
10. Sở Công Thương Lạng Sơn: bold headings followed by prose paragraphs, long unit lists mixing ",", ";"
    and "và", a range crossing the year, responsibilities "có trách nhiệm phối hợp với".
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T, _header, _purpose

_START: list[P | T] = []  # typed start of a block list that mixes paragraphs and tables


def _end(org: list[str], recipients: list[str], role: str, signer: str) -> list[P | T]:
    out: list[P | T] = [P(line) for line in org]
    out.append(P("Nơi nhận:", bold=True))
    out += [P(f"- {r}") for r in recipients]
    out += [P("- Lưu: VT."), P(role, bold=True, center=True), P("(Đã ký)", center=True)]
    out.append(P(signer, bold=True, center=True))
    return out


# ---------------------------------------------------------------- 1. Sở Tư pháp Thanh Hóa
PLAN_STP = Plan(
    "set49_stp_thanhhoa",
    _header(
        "UBND TỈNH THANH HÓA",
        "SỞ TƯ PHÁP",
        "15/KH-STP",
        "Thanh Hóa, ngày 12 tháng 01 năm 2026",
        "Thực hiện công tác phổ biến, giáo dục pháp luật; hòa giải ở cơ sở",
        "và xây dựng cấp xã tiếp cận pháp luật năm 2026",
    )
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;"),
        P("Căn cứ Luật Hòa giải ở cơ sở ngày 20 tháng 6 năm 2013;"),
        P(
            "Căn cứ Quyết định số 86/QĐ-UBND ngày 08/01/2026 của UBND tỉnh Thanh Hóa ban hành Kế hoạch "
            "phổ biến, giáo dục pháp luật năm 2026 trên địa bàn tỉnh;"
        ),
        P("Sở Tư pháp ban hành Kế hoạch thực hiện như sau:"),
    ]
    + _purpose(
        [
            "Triển khai kịp thời, hiệu quả các nhiệm vụ được UBND tỉnh giao về phổ biến, giáo dục pháp luật.",
            "Nâng cao chất lượng hòa giải ở cơ sở và xây dựng cấp xã đạt chuẩn tiếp cận pháp luật.",
            "Xác định cụ thể nội dung, đơn vị chủ trì, thời gian hoàn thành; bảo đảm tiết kiệm, hiệu quả.",
        ]
    )
    + [
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P(
            "1. Tham mưu UBND tỉnh ban hành Kế hoạch phổ biến, giáo dục pháp luật; Kế hoạch công tác "
            "hòa giải ở cơ sở năm 2026",
            bold=True,
        ),
        P("- Đơn vị chủ trì: Phòng Phổ biến, giáo dục pháp luật."),
        P("- Đơn vị phối hợp: Văn phòng Sở; Phòng Xây dựng và kiểm tra văn bản."),
        P("- Thời gian: Tháng 01/2026."),
        P(
            "2. Tổ chức Hội nghị quán triệt, phổ biến các luật mới được Quốc hội khóa XV thông qua "
            "tại Kỳ họp thứ Mười",
            bold=True,
        ),
        P("- Đơn vị chủ trì: Phòng Phổ biến, giáo dục pháp luật."),
        P("- Đơn vị phối hợp: Các cơ quan, đơn vị có liên quan."),
        P("- Thời gian: Quý I, II/2026."),
        P(
            "3. Biên soạn, phát hành tài liệu phổ biến pháp luật cho người dân vùng biên giới, vùng đồng "
            "bào dân tộc thiểu số và miền núi",
            bold=True,
        ),
        P("- Đơn vị chủ trì: Phòng Phổ biến, giáo dục pháp luật."),
        P(
            "- Đơn vị phối hợp: Sở Dân tộc và Tôn giáo, Bộ Chỉ huy Bộ đội Biên phòng tỉnh và UBND các xã "
            "biên giới."
        ),
        P("- Thời gian: Từ tháng 4 đến tháng 9/2026."),
        P(
            "4. Hướng dẫn, kiểm tra việc đánh giá, công nhận xã, phường đạt chuẩn tiếp cận pháp luật",
            bold=True,
        ),
        P("- Đơn vị chủ trì: Phòng Hành chính tư pháp."),
        P("- Đơn vị phối hợp: UBND các xã, phường."),
        P("- Thời gian: Thường xuyên."),
        P("5. Tập huấn nâng cao kỹ năng, nghiệp vụ cho hòa giải viên ở cơ sở", bold=True),
        P("- Đơn vị chủ trì: Phòng Phổ biến, giáo dục pháp luật."),
        P("- Đơn vị phối hợp: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; UBND các xã, phường."),
        P("- Thời gian: Trước ngày 30/6/2026."),
        P(
            "6. Tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam "
            "(09/11)",
            bold=True,
        ),
        P(
            "Đơn vị chủ trì: Phòng Phổ biến, giáo dục pháp luật; đơn vị phối hợp: Văn phòng Sở, Trung tâm "
            "Trợ giúp pháp lý nhà nước tỉnh; thời gian: tháng 10, 11/2026."
        ),
        P(
            "7. Cập nhật văn bản quy phạm pháp luật của tỉnh lên Cơ sở dữ liệu quốc gia về pháp luật",
            bold=True,
        ),
        P("- Đơn vị chủ trì: Phòng Xây dựng và kiểm tra văn bản."),
        P("- Thời gian: Trong thời hạn 03 ngày làm việc kể từ ngày văn bản được ban hành."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
    ]
    + _end(
        [
            "1. Trưởng các phòng, đơn vị thuộc Sở căn cứ nhiệm vụ được giao chủ động triển khai thực hiện.",
            "2. Văn phòng Sở bảo đảm kinh phí; tổng hợp báo cáo kết quả gửi Giám đốc Sở trước ngày "
            "25/11/2026.",
        ],
        ["Bộ Tư pháp (để b/c);", "UBND tỉnh (để b/c);", "Giám đốc, các Phó Giám đốc Sở;",
         "Các phòng, đơn vị thuộc Sở;"],
        "GIÁM ĐỐC",
        "Lê Văn Thắng",
    ),
    [
        Exp("Tham mưu UBND tỉnh ban hành Kế hoạch phổ biến", ("Phòng Phổ biến, giáo dục pháp luật",),
            ("Văn phòng Sở", "Phòng Xây dựng và kiểm tra văn bản"), "2026-01-31"),
        Exp("Tổ chức Hội nghị quán triệt, phổ biến các luật mới", ("Phòng Phổ biến, giáo dục pháp luật",),
            ("Các cơ quan, đơn vị có liên quan",), "2026-06-30"),
        Exp("Biên soạn, phát hành tài liệu phổ biến pháp luật cho người dân",
            ("Phòng Phổ biến, giáo dục pháp luật",),
            ("Sở Dân tộc và Tôn giáo", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "UBND các xã biên giới"),
            "2026-09-30"),
        Exp("Hướng dẫn, kiểm tra việc đánh giá, công nhận xã", ("Phòng Hành chính tư pháp",),
            ("UBND các xã, phường",), "2026-12-31"),
        Exp("Tập huấn nâng cao kỹ năng, nghiệp vụ cho hòa giải viên", ("Phòng Phổ biến, giáo dục pháp luật",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "UBND các xã, phường"), "2026-06-30"),
        Exp("Tổ chức các hoạt động hưởng ứng Ngày Pháp luật", ("Phòng Phổ biến, giáo dục pháp luật",),
            ("Văn phòng Sở", "Trung tâm Trợ giúp pháp lý nhà nước tỉnh"), "2026-11-30"),
        Exp("Cập nhật văn bản quy phạm pháp luật của tỉnh", ("Phòng Xây dựng và kiểm tra văn bản",), (),
            "2026-12-31", on_request=True),
    ],
)

# ---------------------------------------------------------------- 2. BQL các KCN Bắc Ninh
PLAN_KCN = Plan(
    "set49_bql_kcn_bacninh",
    _header(
        "UBND TỈNH BẮC NINH",
        "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP",
        "32/KH-BQL",
        "Bắc Ninh, ngày 20 tháng 01 năm 2026",
        "Phổ biến, giáo dục pháp luật cho doanh nghiệp và người lao động",
        "trong các khu công nghiệp năm 2026",
    )
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012;"),
        P(
            "Căn cứ Nghị định số 35/2022/NĐ-CP ngày 28/5/2022 của Chính phủ quy định về quản lý khu công "
            "nghiệp và khu kinh tế;"
        ),
        P(
            "Căn cứ Kế hoạch số 14/KH-UBND ngày 09/01/2026 của UBND tỉnh Bắc Ninh về phổ biến, giáo dục "
            "pháp luật năm 2026,"
        ),
        P("Ban Quản lý các khu công nghiệp tỉnh xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "Nâng cao ý thức chấp hành pháp luật của doanh nghiệp, người lao động; góp phần giữ vững an "
            "ninh, trật tự, xây dựng quan hệ lao động hài hòa, ổn định trong các khu công nghiệp. Các "
            "hoạt động phải thiết thực, phù hợp với đặc điểm sản xuất, kinh doanh của doanh nghiệp."
        ),
        P("II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        P("(Chi tiết tại Phụ lục kèm theo)"),
        T(
            (
                ("STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành",
                 "Sản phẩm"),
                ("I", "Phổ biến pháp luật cho người lao động", "", "", "", ""),
                ("1", "Phổ biến Bộ luật Lao động và các văn bản hướng dẫn cho người lao động trong khu "
                 "công nghiệp", "Phòng Quản lý lao động",
                 "Liên đoàn Lao động tỉnh; Công đoàn các khu công nghiệp", "Quý II/2026",
                 "Hội nghị; tờ gấp"),
                ("2", "Tổ chức đối thoại chính sách, pháp luật về tiền lương, bảo hiểm xã hội",
                 "Phòng Quản lý lao động", "Bảo hiểm xã hội tỉnh, Sở Nội vụ", "Tháng 7/2026",
                 "Hội nghị đối thoại"),
                ("3", "Tư vấn pháp luật về an toàn, vệ sinh lao động tại doanh nghiệp",
                 "Phòng Quản lý lao động", "Sở Nội vụ, các doanh nghiệp có liên quan",
                 "Theo đề nghị của doanh nghiệp", "Biên bản tư vấn"),
                ("II", "Phổ biến pháp luật cho doanh nghiệp, nhà đầu tư", "", "", "", ""),
                ("4", "Phổ biến Luật Đầu tư, Luật Doanh nghiệp sửa đổi cho nhà đầu tư",
                 "Phòng Quản lý đầu tư", "Văn phòng Ban", "Quý III/2026", "Tài liệu hỏi - đáp"),
                ("5", "Hướng dẫn pháp luật về bảo vệ môi trường trong khu công nghiệp",
                 "Phòng Quản lý môi trường", "Sở Nông nghiệp và Môi trường; Công an tỉnh",
                 "15/5 - 30/9/2026", "Hội nghị; văn bản hướng dẫn"),
                ("6", "Phổ biến quy định về phòng cháy, chữa cháy và cứu nạn, cứu hộ",
                 "Phòng Quản lý quy hoạch và xây dựng", "Công an tỉnh", "Tháng 10/2026", "Diễn tập"),
                ("III", "Công tác khác", "", "", "", ""),
                ("7", "Cập nhật tin bài pháp luật trên Trang thông tin điện tử của Ban", "Văn phòng Ban",
                 "Các phòng chuyên môn", "Hằng tháng", "Tin, bài"),
            ),
            (10, 55, 30, 35, 25, 25),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
    ]
    + _end(
        [
            "1. Các phòng chuyên môn thuộc Ban căn cứ nội dung được phân công chủ động triển khai; định kỳ "
            "6 tháng (trước ngày 10/6) và năm (trước ngày 10/11) báo cáo kết quả về Văn phòng Ban.",
            "2. Đề nghị các doanh nghiệp trong khu công nghiệp tạo điều kiện cho người lao động tham gia.",
        ],
        ["Sở Tư pháp (để b/c);", "Lãnh đạo Ban;", "Các phòng thuộc Ban;"],
        "TRƯỞNG BAN",
        "Nguyễn Đức Long",
    ),
    [
        Exp("Phổ biến Bộ luật Lao động và các văn bản", ("Phòng Quản lý lao động",),
            ("Liên đoàn Lao động tỉnh", "Công đoàn các khu công nghiệp"), "2026-06-30"),
        Exp("Tổ chức đối thoại chính sách, pháp luật về tiền lương", ("Phòng Quản lý lao động",),
            ("Bảo hiểm xã hội tỉnh", "Sở Nội vụ"), "2026-07-31"),
        Exp("Tư vấn pháp luật về an toàn, vệ sinh lao động", ("Phòng Quản lý lao động",),
            ("Sở Nội vụ", "các doanh nghiệp có liên quan"), "2026-12-31", on_request=True),
        Exp("Phổ biến Luật Đầu tư, Luật Doanh nghiệp sửa đổi", ("Phòng Quản lý đầu tư",), ("Văn phòng Ban",),
            "2026-09-30"),
        Exp("Hướng dẫn pháp luật về bảo vệ môi trường", ("Phòng Quản lý môi trường",),
            ("Sở Nông nghiệp và Môi trường", "Công an tỉnh"), "2026-09-30"),
        Exp("Phổ biến quy định về phòng cháy, chữa cháy", ("Phòng Quản lý quy hoạch và xây dựng",),
            ("Công an tỉnh",), "2026-10-31"),
        Exp("Cập nhật tin bài pháp luật trên Trang", ("Văn phòng Ban",), ("Các phòng chuyên môn",),
            "2026-12-31"),
    ],
)

# ---------------------------------------------------------------- 3. Thanh tra tỉnh Nghệ An
PLAN_TTR = Plan(
    "set49_thanhtra_nghean",
    _header(
        "UBND TỈNH NGHỆ AN",
        "THANH TRA TỈNH",
        "05/KH-TTr",
        "Nghệ An, ngày 16 tháng 01 năm 2026",
        "Công tác phổ biến, giáo dục pháp luật năm 2026",
        "của Thanh tra tỉnh",
    )
    + [
        P(
            "Thực hiện Kế hoạch số 31/KH-UBND ngày 12/01/2026 của UBND tỉnh Nghệ An về công tác phổ biến, "
            "giáo dục pháp luật năm 2026; căn cứ chức năng, nhiệm vụ được giao, Thanh tra tỉnh xây dựng "
            "Kế hoạch như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "1. Nâng cao nhận thức, ý thức chấp hành pháp luật về thanh tra, tiếp công dân, giải quyết "
            "khiếu nại, tố cáo, phòng, chống tham nhũng, tiêu cực của cán bộ, công chức và Nhân dân."
        ),
        P("2. Gắn công tác phổ biến pháp luật với nhiệm vụ chuyên môn; tránh hình thức, lãng phí."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG NHIỆM VỤ", bold=True),
        P("1. Phổ biến các văn bản pháp luật mới", bold=True),
        P(
            "a) Phổ biến Luật Thanh tra năm 2025 và các văn bản quy định chi tiết đến toàn thể công chức "
            "trong cơ quan. Giao Văn phòng Thanh tra tỉnh chủ trì, phối hợp với các phòng nghiệp vụ thực "
            "hiện trong Quý I/2026."
        ),
        P(
            "b) Tuyên truyền pháp luật về tiếp công dân, khiếu nại, tố cáo tại các xã, phường có nhiều "
            "đơn thư phức tạp, kéo dài. Phòng Tiếp công dân và Xử lý đơn thư chủ trì; Phòng Nghiệp vụ 2 và "
            "UBND các xã, phường có liên quan phối hợp. Thời gian: Quý II, III/2026."
        ),
        P(
            "c) Phổ biến pháp luật về phòng, chống tham nhũng, tiêu cực cho cán bộ, công chức các sở, ban, "
            "ngành. Phòng Phòng, chống tham nhũng chủ trì, phối hợp với Sở Nội vụ, Sở Tư pháp tổ chức vào "
            "tháng 6 và tháng 12/2026."
        ),
        P("2. Tập huấn nghiệp vụ thanh tra và văn bản pháp luật mới cho công chức", bold=True),
        P(
            "Văn phòng Thanh tra tỉnh chủ trì, phối hợp với Phòng Nghiệp vụ 1 tổ chức 01 lớp tập huấn; "
            "thời gian: tháng 8/2026."
        ),
        P("3. Lồng ghép phổ biến pháp luật qua hoạt động thanh tra, kiểm tra", bold=True),
        P(
            "Trưởng đoàn thanh tra có trách nhiệm lồng ghép phổ biến, hướng dẫn pháp luật cho đối tượng "
            "thanh tra trong quá trình tiến hành thanh tra. Thời gian: thường xuyên."
        ),
        P("4. Đăng tải văn bản, tin bài trên Cổng thông tin điện tử Thanh tra tỉnh", bold=True),
        P("Văn phòng Thanh tra tỉnh chủ trì, các phòng nghiệp vụ phối hợp thực hiện hằng tháng."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
    ]
    + _end(
        [
            "Trưởng các phòng thuộc Thanh tra tỉnh có trách nhiệm tổ chức thực hiện Kế hoạch này. Văn phòng "
            "Thanh tra tỉnh theo dõi, tổng hợp, tham mưu báo cáo UBND tỉnh (qua Sở Tư pháp) trước ngày "
            "20/11/2026.",
        ],
        ["UBND tỉnh (để b/c);", "Sở Tư pháp;", "Chánh Thanh tra, các Phó Chánh Thanh tra;",
         "Các phòng thuộc Thanh tra tỉnh;"],
        "CHÁNH THANH TRA",
        "Hồ Sỹ Nam",
    ),
    [
        Exp("Phổ biến Luật Thanh tra năm 2025", ("Văn phòng Thanh tra tỉnh",), ("các phòng nghiệp vụ",),
            "2026-03-31"),
        Exp("Tuyên truyền pháp luật về tiếp công dân", ("Phòng Tiếp công dân và Xử lý đơn thư",),
            ("Phòng Nghiệp vụ 2", "UBND các xã, phường có liên quan"), "2026-09-30"),
        Exp("Phổ biến pháp luật về phòng, chống tham nhũng", ("Phòng Phòng, chống tham nhũng",),
            ("Sở Nội vụ", "Sở Tư pháp"), "2026-12-31"),
        Exp("Tập huấn nghiệp vụ thanh tra và văn bản", ("Văn phòng Thanh tra tỉnh",), ("Phòng Nghiệp vụ 1",),
            "2026-08-31"),
        Exp("Lồng ghép phổ biến pháp luật qua hoạt động thanh tra", ("Trưởng đoàn thanh tra",), (),
            "2026-12-31"),
        Exp("Đăng tải văn bản, tin bài trên Cổng", ("Văn phòng Thanh tra tỉnh",), ("các phòng nghiệp vụ",),
            "2026-12-31"),
    ],
)

# ---------------------------------------------------------------- 4. Báo và PT-TH Thái Nguyên
PLAN_PTTH = Plan(
    "set49_ptth_thainguyen",
    _header(
        "UBND TỈNH THÁI NGUYÊN",
        "BÁO VÀ PHÁT THANH, TRUYỀN HÌNH THÁI NGUYÊN",
        "09/KH-BPTTH",
        "Thái Nguyên, ngày 22 tháng 01 năm 2026",
        "Tuyên truyền, phổ biến, giáo dục pháp luật",
        "trên các loại hình báo chí năm 2026",
    )
    + [
        P("Căn cứ Luật Báo chí ngày 05 tháng 4 năm 2016;"),
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;"),
        P(
            "Căn cứ Kế hoạch số 08/KH-UBND ngày 07/01/2026 của UBND tỉnh Thái Nguyên về công tác phổ biến, "
            "giáo dục pháp luật năm 2026;"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "- Phát huy vai trò của báo chí trong đưa pháp luật vào cuộc sống; đa dạng hóa hình thức tuyên "
            "truyền trên sóng phát thanh, truyền hình, báo in, báo điện tử và nền tảng số.\n"
            "- Nội dung chính xác, dễ hiểu, phù hợp với từng nhóm đối tượng, nhất là vùng sâu, vùng xa."
        ),
        P("II. NỘI DUNG, THỜI GIAN VÀ PHÂN CÔNG", bold=True),
        T(
            (
                ("Nội dung", "Thời gian thực hiện", "Ban chủ trì", "Ban, đơn vị phối hợp", "Ghi chú"),
                ("1. Trên sóng phát thanh, truyền hình", "", "", "", ""),
                ("Sản xuất chuyên mục \"Pháp luật và đời sống\" phát sóng định kỳ", "Hằng tuần",
                 "Ban Thời sự", "Sở Tư pháp", "Phát sóng tối thứ Năm"),
                ("Xây dựng phóng sự chuyên đề về cải cách hành chính, chuyển đổi số",
                 "Quý II/2026 và Quý IV/2026", "Ban Chuyên đề", "Văn phòng UBND tỉnh; Sở Nội vụ", ""),
                ("Tuyên truyền hưởng ứng Ngày Pháp luật Việt Nam 09/11 trên các kênh", "Tháng 11/2026",
                 "Ban Thời sự", "Ban Chuyên đề, Ban Truyền thông số", ""),
                ("2. Trên báo in, báo điện tử và nền tảng số", "", "", "", ""),
                ("Mở chuyên trang \"Hỏi - đáp pháp luật\" trên báo điện tử", "Từ tháng 3/2026 đến hết năm",
                 "Ban Truyền thông số", "Sở Tư pháp, Hội Luật gia tỉnh", ""),
                ("Đăng tải video ngắn phổ biến pháp luật về trật tự, an toàn giao thông trên mạng xã hội",
                 "Tháng 5 - 8/2026", "Ban Truyền thông số", "Công an tỉnh", "Cao điểm hè"),
                ("Tổ chức tọa đàm trực tuyến về pháp luật đất đai",
                 "Khi có đề nghị của Sở Nông nghiệp và Môi trường", "Ban Chuyên đề",
                 "Sở Nông nghiệp và Môi trường", ""),
                ("3. Công tác nội bộ", "", "", "", ""),
                ("Phổ biến Luật Báo chí sửa đổi cho phóng viên, biên tập viên", "Quý I/2026",
                 "Phòng Tổ chức - Hành chính", "Ban Thư ký tòa soạn", ""),
            ),
            (60, 30, 28, 42, 30),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
    ]
    + _end(
        [
            "1. Trưởng các ban, phòng căn cứ Kế hoạch xây dựng đề cương, kịch bản cụ thể; chịu trách nhiệm "
            "về nội dung tin, bài.",
            "2. Phòng Tổ chức - Hành chính theo dõi, tổng hợp báo cáo kết quả trước ngày 15/11/2026.",
        ],
        ["UBND tỉnh (để b/c);", "Sở Tư pháp;", "Ban Biên tập;", "Các ban, phòng;"],
        "TỔNG BIÊN TẬP",
        "Vũ Thị Hồng Hạnh",
    ),
    [
        Exp("Sản xuất chuyên mục \"Pháp luật và đời sống\"", ("Ban Thời sự",), ("Sở Tư pháp",), "2026-12-31"),
        Exp("Xây dựng phóng sự chuyên đề về cải cách hành chính", ("Ban Chuyên đề",),
            ("Văn phòng UBND tỉnh", "Sở Nội vụ"), "2026-12-31"),
        Exp("Tuyên truyền hưởng ứng Ngày Pháp luật Việt Nam", ("Ban Thời sự",),
            ("Ban Chuyên đề", "Ban Truyền thông số"), "2026-11-30"),
        Exp("Mở chuyên trang \"Hỏi - đáp pháp luật\"", ("Ban Truyền thông số",),
            ("Sở Tư pháp", "Hội Luật gia tỉnh"), "2026-12-31"),
        Exp("Đăng tải video ngắn phổ biến pháp luật", ("Ban Truyền thông số",), ("Công an tỉnh",),
            "2026-08-31"),
        Exp("Tổ chức tọa đàm trực tuyến về pháp luật đất đai", ("Ban Chuyên đề",),
            ("Sở Nông nghiệp và Môi trường",), "2026-12-31", on_request=True),
        Exp("Phổ biến Luật Báo chí sửa đổi cho phóng viên", ("Phòng Tổ chức - Hành chính",),
            ("Ban Thư ký tòa soạn",), "2026-03-31"),
    ],
)

# ---------------------------------------------------------------- 5. Văn phòng UBND tỉnh Phú Thọ
PLAN_VP = Plan(
    "set49_vpubnd_phutho",
    _START + [
        P("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ", bold=True, center=True),
        P("VĂN PHÒNG", bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True),
        P("Độc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P("Số: 21/KH-VPUBND", center=True),
        P("Phú Thọ, ngày 26 tháng 01 năm 2026", center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P("Phổ biến, giáo dục pháp luật năm 2026 của Văn phòng UBND tỉnh", bold=True, center=True),
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012;"),
        P(
            "Căn cứ Quyết định số 152/QĐ-UBND ngày 15/01/2026 của UBND tỉnh Phú Thọ ban hành Kế hoạch phổ "
            "biến, giáo dục pháp luật năm 2026;"
        ),
        P("Văn phòng UBND tỉnh ban hành Kế hoạch phổ biến, giáo dục pháp luật năm 2026 như sau:"),
        P("I. MỤC ĐÍCH", bold=True),
        P("Nâng cao hiểu biết pháp luật, kỹ năng tham mưu của công chức, viên chức, người lao động."),
        P("II. YÊU CẦU", bold=True),
        P("Bám sát nhiệm vụ chính trị của cơ quan; phân công rõ đơn vị chủ trì, thời gian hoàn thành."),
        P("III. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Phổ biến văn bản pháp luật mới", bold=True),
        P(
            "1.1. Quán triệt các luật, nghị quyết mới có hiệu lực năm 2026 đến công chức, viên chức, người "
            "lao động Văn phòng"
        ),
        P("Chủ trì thực hiện: Phòng Hành chính - Tổ chức"),
        P("Phối hợp: Các phòng, đơn vị thuộc Văn phòng"),
        P("Thời gian thực hiện: Quý I/2026"),
        P("1.2. Phổ biến quy định về công tác văn thư, lưu trữ và quản lý văn bản điện tử"),
        P("Chủ trì thực hiện: Phòng Hành chính - Tổ chức"),
        P("Phối hợp: Trung tâm Phục vụ hành chính công tỉnh"),
        P("Thời gian thực hiện: Tháng 4/2026"),
        P("1.3. Phổ biến Luật Bảo vệ dữ liệu cá nhân và các văn bản hướng dẫn"),
        P("Chủ trì thực hiện: Trung tâm Thông tin - Công báo"),
        P("Phối hợp: Phòng Kiểm soát thủ tục hành chính"),
        P("Thời gian thực hiện: Tháng 6/2026"),
        P("2. Phổ biến pháp luật gắn với cải cách thủ tục hành chính", bold=True),
        P("2.1. Tuyên truyền việc thực hiện thủ tục hành chính trên môi trường điện tử"),
        P("Chủ trì thực hiện: Trung tâm Phục vụ hành chính công tỉnh"),
        P("Phối hợp: Sở Khoa học và Công nghệ; UBND các xã, phường"),
        P("Thời gian thực hiện: Thường xuyên"),
        P("2.2. Cập nhật, công khai thủ tục hành chính trên Cổng Dịch vụ công quốc gia"),
        P("Chủ trì thực hiện: Phòng Kiểm soát thủ tục hành chính"),
        P(
            "Thời gian thực hiện: Trong thời hạn 05 ngày làm việc sau khi Chủ tịch UBND tỉnh công bố "
            "danh mục thủ tục hành chính"
        ),
        P("3. Nhiệm vụ khác", bold=True),
        P("3.1. Biên tập, đăng tải văn bản quy phạm pháp luật của tỉnh trên Công báo tỉnh"),
        P("Chủ trì thực hiện: Trung tâm Thông tin - Công báo"),
        P("Thời gian thực hiện: Hằng tháng"),
        P("3.2. Tổ chức kiểm tra, đánh giá kết quả thực hiện Kế hoạch"),
        P("Chủ trì thực hiện: Phó Chánh Văn phòng phụ trách khối Nội chính"),
        P("Phối hợp: Phòng Hành chính - Tổ chức"),
        P("Thời gian thực hiện: Tháng 11 - 12/2026"),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
    ]
    + _end(
        [
            "Trưởng các phòng, Giám đốc các đơn vị thuộc Văn phòng có trách nhiệm triển khai Kế hoạch; "
            "báo cáo kết quả về Phòng Hành chính - Tổ chức trước ngày 05/12/2026 để tổng hợp.",
        ],
        ["Sở Tư pháp;", "Lãnh đạo Văn phòng;", "Các phòng, đơn vị thuộc Văn phòng;"],
        "CHÁNH VĂN PHÒNG",
        "Đinh Công Sứ",
    ),
    [
        Exp("Quán triệt các luật, nghị quyết mới có hiệu lực", ("Phòng Hành chính - Tổ chức",),
            ("Các phòng, đơn vị thuộc Văn phòng",), "2026-03-31"),
        Exp("Phổ biến quy định về công tác văn thư, lưu trữ", ("Phòng Hành chính - Tổ chức",),
            ("Trung tâm Phục vụ hành chính công tỉnh",), "2026-04-30"),
        Exp("Phổ biến Luật Bảo vệ dữ liệu cá nhân", ("Trung tâm Thông tin - Công báo",),
            ("Phòng Kiểm soát thủ tục hành chính",), "2026-06-30"),
        Exp("Tuyên truyền việc thực hiện thủ tục hành chính", ("Trung tâm Phục vụ hành chính công tỉnh",),
            ("Sở Khoa học và Công nghệ", "UBND các xã, phường"), "2026-12-31"),
        Exp("Cập nhật, công khai thủ tục hành chính trên Cổng", ("Phòng Kiểm soát thủ tục hành chính",), (),
            "2026-12-31", on_request=True),
        Exp("Biên tập, đăng tải văn bản quy phạm pháp luật", ("Trung tâm Thông tin - Công báo",), (),
            "2026-12-31"),
        Exp("Tổ chức kiểm tra, đánh giá kết quả thực hiện", ("Phó Chánh Văn phòng phụ trách khối Nội chính",),
            ("Phòng Hành chính - Tổ chức",), "2026-12-31"),
    ],
)

# ---------------------------------------------------------------- 6. Sở NN&MT Quảng Trị
PLAN_NNMT = Plan(
    "set49_snnmt_quangtri",
    _header(
        "UBND TỈNH QUẢNG TRỊ",
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        "47/KH-SNNMT",
        "Quảng Trị, ngày 04 tháng 02 năm 2026",
        "Phổ biến, giáo dục pháp luật trong lĩnh vực nông nghiệp và môi trường",
        "năm 2026",
    )
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012;"),
        P(
            "Căn cứ Quyết định số 210/QĐ-UBND ngày 20/01/2026 của UBND tỉnh Quảng Trị về việc ban hành Kế "
            "hoạch phổ biến, giáo dục pháp luật năm 2026;"
        ),
        P(
            "Căn cứ Quyết định số 12/2025/QĐ-UBND ngày 01/7/2025 của UBND tỉnh quy định chức năng, nhiệm "
            "vụ, quyền hạn và cơ cấu tổ chức của Sở Nông nghiệp và Môi trường;"
        ),
    ]
    + _purpose(
        [
            "Phổ biến kịp thời pháp luật về đất đai, tài nguyên, môi trường, nông nghiệp đến người dân.",
            "Góp phần chống khai thác hải sản bất hợp pháp (IUU), bảo vệ rừng, bảo vệ môi trường.",
            "Lựa chọn nội dung trọng tâm; phối hợp chặt chẽ với chính quyền cấp xã.",
        ]
    )
    + [
        P("II. NỘI DUNG, PHÂN CÔNG THỰC HIỆN", bold=True),
        T(
            (
                ("STT", "Nội dung", "Phân công thực hiện", "", "Thời gian", "Kinh phí"),
                ("", "", "Chủ trì", "Phối hợp", "", ""),
                ("I", "Lĩnh vực đất đai, tài nguyên", "", "", "", ""),
                ("1", "Phổ biến Luật Đất đai năm 2024 và các nghị định hướng dẫn cho công chức địa chính "
                 "cấp xã", "Phòng Quản lý đất đai", "UBND các xã, phường, đặc khu", "Quý II/2026",
                 "Ngân sách tỉnh"),
                ("2", "Tuyên truyền pháp luật về tài nguyên nước, khoáng sản",
                 "Phòng Tài nguyên nước và Khoáng sản", "Công an tỉnh; UBND các xã có mỏ khoáng sản",
                 "Tháng 6 - tháng 8/2026", "Ngân sách tỉnh"),
                ("II", "Lĩnh vực nông nghiệp, thủy sản, lâm nghiệp", "", "", "", ""),
                ("3", "Phổ biến pháp luật về khai thác thủy sản, chống khai thác IUU cho ngư dân",
                 "Chi cục Thủy sản",
                 "Bộ Chỉ huy Bộ đội Biên phòng tỉnh, UBND các xã ven biển và đặc khu Cồn Cỏ",
                 "Quý I - Quý III/2026", "Nguồn vốn chương trình"),
                ("4", "Tập huấn pháp luật về an toàn thực phẩm nông lâm thủy sản",
                 "Chi cục Quản lý chất lượng nông lâm thủy sản", "Sở Y tế", "Tháng 9/2026",
                 "Ngân sách tỉnh"),
                ("5", "Phổ biến Luật Lâm nghiệp và quy định phòng cháy, chữa cháy rừng", "Chi cục Kiểm lâm",
                 "Các Hạt Kiểm lâm; UBND các xã có rừng", "Trước ngày 31/3/2026", "Ngân sách tỉnh"),
                ("III", "Lĩnh vực môi trường", "", "", "", ""),
                ("6", "Tổ chức các hoạt động hưởng ứng Ngày Môi trường thế giới 05/6",
                 "Chi cục Bảo vệ môi trường",
                 "Tỉnh Đoàn, Hội Liên hiệp Phụ nữ tỉnh và các đơn vị có liên quan", "Tháng 5 - 6/2026",
                 "Xã hội hóa"),
                ("7", "Hướng dẫn pháp luật về quản lý chất thải rắn sinh hoạt cho các xã, phường",
                 "Chi cục Bảo vệ môi trường", "",
                 "Khi có văn bản hướng dẫn của Bộ Nông nghiệp và Môi trường", "Ngân sách tỉnh"),
            ),
            (10, 55, 32, 40, 28, 22),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
    ]
    + _end(
        [
            "1. Thủ trưởng các phòng, chi cục, đơn vị thuộc Sở chủ động xây dựng kế hoạch chi tiết, bố trí "
            "kinh phí từ nguồn được giao.",
            "2. Văn phòng Sở là đầu mối theo dõi; các đơn vị báo cáo kết quả trước ngày 15/11/2026.",
        ],
        ["UBND tỉnh (b/c);", "Sở Tư pháp;", "Giám đốc, các PGĐ Sở;", "Các đơn vị thuộc Sở;"],
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
        "Trần Quốc Tuấn",
    ),
    [
        Exp("Phổ biến Luật Đất đai năm 2024", ("Phòng Quản lý đất đai",), ("UBND các xã, phường, đặc khu",),
            "2026-06-30"),
        Exp("Tuyên truyền pháp luật về tài nguyên nước", ("Phòng Tài nguyên nước và Khoáng sản",),
            ("Công an tỉnh", "UBND các xã có mỏ khoáng sản"), "2026-08-31"),
        Exp("Phổ biến pháp luật về khai thác thủy sản", ("Chi cục Thủy sản",),
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "UBND các xã ven biển", "đặc khu Cồn Cỏ"), "2026-09-30"),
        Exp("Tập huấn pháp luật về an toàn thực phẩm", ("Chi cục Quản lý chất lượng nông lâm thủy sản",),
            ("Sở Y tế",), "2026-09-30"),
        Exp("Phổ biến Luật Lâm nghiệp và quy định", ("Chi cục Kiểm lâm",),
            ("Các Hạt Kiểm lâm", "UBND các xã có rừng"), "2026-03-31"),
        Exp("Tổ chức các hoạt động hưởng ứng Ngày Môi trường", ("Chi cục Bảo vệ môi trường",),
            ("Tỉnh Đoàn", "Hội Liên hiệp Phụ nữ tỉnh", "các đơn vị có liên quan"), "2026-06-30"),
        Exp("Hướng dẫn pháp luật về quản lý chất thải", ("Chi cục Bảo vệ môi trường",), (), "2026-12-31",
            on_request=True),
    ],
)

# ---------------------------------------------------------------- 7. Sở GD&ĐT Ninh Bình
PLAN_GD = Plan(
    "set49_sgddt_ninhbinh",
    _header(
        "UBND TỈNH NINH BÌNH",
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
        "1875/KH-SGDĐT",
        "Ninh Bình, ngày 15 tháng 9 năm 2026",
        "Công tác phổ biến, giáo dục pháp luật",
        "năm học 2026-2027",
    )
    + [
        P(
            "Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012; Luật Nhà giáo năm 2025; Thông tư số "
            "08/2024/TT-BGDĐT hướng dẫn công tác giáo dục pháp luật trong cơ sở giáo dục;"
        ),
        P(
            "Căn cứ Quyết định số 2431/QĐ-UBND ngày 20/8/2026 của UBND tỉnh Ninh Bình ban hành Kế hoạch "
            "thời gian năm học 2026-2027;"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "- Trang bị kiến thức pháp luật cần thiết cho cán bộ quản lý, giáo viên, học sinh; xây dựng "
            "môi trường giáo dục an toàn, lành mạnh, thân thiện.\n"
            "- Lồng ghép giáo dục pháp luật trong các môn học, hoạt động trải nghiệm phù hợp lứa tuổi."
        ),
        P("II. NHIỆM VỤ, GIẢI PHÁP", bold=True),
        P("1. Đối với cán bộ quản lý, giáo viên", bold=True),
        P(
            "- Phổ biến Luật Nhà giáo và các văn bản quy định chi tiết cho cán bộ quản lý, giáo viên các "
            "cơ sở giáo dục. Phòng Tổ chức cán bộ chủ trì; Phòng Giáo dục phổ thông, Phòng Giáo dục "
            "thường xuyên phối hợp. Thời hạn: tháng 10/2026."
        ),
        P("2. Đối với học sinh", bold=True),
        P("- Tổ chức tuyên truyền pháp luật về trật tự, an toàn giao thông cho học sinh đầu năm học:"),
        P("+ Chủ trì: Phòng Giáo dục phổ thông;"),
        P("+ Phối hợp: Công an tỉnh, Tỉnh Đoàn;"),
        P("+ Thời hạn: tháng 9 - tháng 10/2026."),
        P("- Tổ chức Cuộc thi tìm hiểu pháp luật trực tuyến dành cho học sinh trung học:"),
        P("+ Chủ trì: Phòng Giáo dục phổ thông;"),
        P("+ Phối hợp: Sở Tư pháp; Sở Khoa học và Công nghệ;"),
        P("+ Thời hạn: Quý I/2027."),
        P(
            "- Phòng ngừa bạo lực học đường, xâm hại trẻ em qua các buổi sinh hoạt dưới cờ, sinh hoạt lớp. "
            "Các trường trung học phổ thông và các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên "
            "chủ trì tổ chức; Công an các xã, phường phối hợp. Thời hạn: từ tháng 9/2026 đến tháng 5/2027."
        ),
        P("3. Đối với cha mẹ học sinh và cộng đồng", bold=True),
        P(
            "- Phổ biến quy định về dạy thêm, học thêm cho cha mẹ học sinh. Phòng Giáo dục phổ thông chủ "
            "trì, phối hợp với Ban đại diện cha mẹ học sinh các trường. Thời hạn: tháng 11/2026."
        ),
        P("4. Công tác kiểm tra", bold=True),
        P(
            "- Kiểm tra công tác phổ biến, giáo dục pháp luật tại các đơn vị trực thuộc. Văn phòng Sở chủ "
            "trì; Phòng Tổ chức cán bộ phối hợp. Thời hạn: tháng 3 - tháng 4/2027."
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
    ]
    + _end(
        [
            "1. Các phòng thuộc Sở, các đơn vị trực thuộc căn cứ Kế hoạch xây dựng kế hoạch của đơn vị, gửi "
            "về Sở (qua Văn phòng) trước ngày 30/9/2026.",
            "2. Báo cáo sơ kết học kỳ I trước ngày 15/01/2027; báo cáo tổng kết năm học trước ngày "
            "31/5/2027.",
        ],
        ["Bộ GDĐT (để b/c);", "UBND tỉnh (để b/c);", "Sở Tư pháp;", "Các đơn vị trực thuộc;"],
        "GIÁM ĐỐC",
        "Phạm Thị Thu Hương",
    ),
    [
        Exp("Phổ biến Luật Nhà giáo và các văn bản", ("Phòng Tổ chức cán bộ",),
            ("Phòng Giáo dục phổ thông", "Phòng Giáo dục thường xuyên"), "2026-10-31"),
        Exp("Tổ chức tuyên truyền pháp luật về trật tự", ("Phòng Giáo dục phổ thông",),
            ("Công an tỉnh", "Tỉnh Đoàn"), "2026-10-31"),
        Exp("Tổ chức Cuộc thi tìm hiểu pháp luật trực tuyến", ("Phòng Giáo dục phổ thông",),
            ("Sở Tư pháp", "Sở Khoa học và Công nghệ"), "2027-03-31"),
        Exp("Phòng ngừa bạo lực học đường, xâm hại trẻ em",
            ("Các trường trung học phổ thông", "các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên"),
            ("Công an các xã, phường",), "2027-05-31"),
        Exp("Phổ biến quy định về dạy thêm, học thêm", ("Phòng Giáo dục phổ thông",),
            ("Ban đại diện cha mẹ học sinh các trường",), "2026-11-30"),
        Exp("Kiểm tra công tác phổ biến, giáo dục pháp luật", ("Văn phòng Sở",), ("Phòng Tổ chức cán bộ",),
            "2027-04-30"),
    ],
)

# ---------------------------------------------------------------- 8. Sở Y tế Hưng Yên
PLAN_YT = Plan(
    "set49_syt_hungyen",
    _header(
        "UBND TỈNH HƯNG YÊN",
        "SỞ Y TẾ",
        "258/KH-SYT",
        "Hưng Yên, ngày 03 tháng 02 năm 2026",
        "Phổ biến, giáo dục pháp luật ngành y tế",
        "năm 2026",
    )
    + [
        P("Căn cứ Luật Khám bệnh, chữa bệnh ngày 09 tháng 01 năm 2023;"),
        P("Căn cứ Luật An toàn thực phẩm ngày 17 tháng 6 năm 2010;"),
        P(
            "Căn cứ Kế hoạch số 22/KH-UBND ngày 14/01/2026 của UBND tỉnh Hưng Yên về phổ biến, giáo dục "
            "pháp luật năm 2026, Sở Y tế xây dựng Kế hoạch thực hiện như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "Nâng cao ý thức tuân thủ pháp luật của người hành nghề khám bệnh, chữa bệnh, cơ sở sản xuất, "
            "kinh doanh thực phẩm và người dân; nội dung phổ biến sát thực tiễn, có trọng tâm."
        ),
        P("II. NỘI DUNG", bold=True),
        P("1. Phổ biến Luật Khám bệnh, chữa bệnh và các văn bản hướng dẫn thi hành"),
        P(
            "- Văn phòng Sở chủ trì tổ chức hội nghị phổ biến cho lãnh đạo các bệnh viện, trung tâm y tế; "
            "thời gian: Quý I/2026."
        ),
        P(
            "- Các đơn vị y tế trực thuộc tổ chức phổ biến cho viên chức, người lao động tại đơn vị; hoàn "
            "thành trước ngày 30/4/2026."
        ),
        P("2. Tuyên truyền pháp luật về phòng, chống tác hại của thuốc lá, rượu, bia"),
        P(
            "Trung tâm Kiểm soát bệnh tật tỉnh chủ trì, phối hợp với Báo và Phát thanh, Truyền hình Hưng "
            "Yên, UBND các xã, phường thực hiện. Thời gian: tháng 5 - tháng 6/2026."
        ),
        P("3. Phổ biến pháp luật về an toàn thực phẩm trong Tháng hành động vì an toàn thực phẩm"),
        P(
            "a) Chi cục An toàn vệ sinh thực phẩm chủ trì, xây dựng nội dung, tài liệu tuyên truyền; thời "
            "gian: tháng 4/2026."
        ),
        P(
            "b) Đề nghị UBND các xã, phường tổ chức truyền thông tại cơ sở, phối hợp với Trạm Y tế xã, "
            "phường; thời gian: từ 15/4 đến 15/5/2026."
        ),
        P("4. Hướng dẫn thực hiện quy định mới về bảo hiểm y tế"),
        P(
            "Phòng Nghiệp vụ Y chủ trì; Bảo hiểm xã hội tỉnh phối hợp. Thời gian: khi có văn bản hướng dẫn "
            "của Bộ Y tế."
        ),
        P("5. Trợ giúp pháp lý cho người bệnh thuộc diện chính sách tại bệnh viện"),
        P(
            "Đề nghị Trung tâm Trợ giúp pháp lý nhà nước tỉnh chủ trì, phối hợp với các bệnh viện tuyến "
            "tỉnh thực hiện theo đề nghị của người bệnh."
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
    ]
    + _end(
        [
            "Thủ trưởng các phòng chức năng, đơn vị trực thuộc Sở có trách nhiệm triển khai Kế hoạch này; "
            "báo cáo kết quả 6 tháng trước ngày 10/6/2026, cả năm trước ngày 10/11/2026 về Văn phòng Sở.",
        ],
        ["UBND tỉnh (để b/c);", "Sở Tư pháp;", "Lãnh đạo Sở;", "Các phòng, đơn vị trực thuộc;"],
        "GIÁM ĐỐC",
        "Nguyễn Văn Điệp",
    ),
    [
        Exp("Văn phòng Sở chủ trì tổ chức hội nghị phổ biến", ("Văn phòng Sở",), (), "2026-03-31"),
        Exp("Các đơn vị y tế trực thuộc tổ chức phổ biến", ("Các đơn vị y tế trực thuộc",), (), "2026-04-30"),
        Exp("Tuyên truyền pháp luật về phòng, chống tác hại", ("Trung tâm Kiểm soát bệnh tật tỉnh",),
            ("Báo và Phát thanh, Truyền hình Hưng Yên", "UBND các xã, phường"), "2026-06-30"),
        Exp("Chi cục An toàn vệ sinh thực phẩm chủ trì, xây dựng", ("Chi cục An toàn vệ sinh thực phẩm",), (),
            "2026-04-30"),
        Exp("Đề nghị UBND các xã, phường tổ chức truyền thông", ("UBND các xã, phường",),
            ("Trạm Y tế xã, phường",), "2026-05-15"),
        Exp("Hướng dẫn thực hiện quy định mới về bảo hiểm y tế", ("Phòng Nghiệp vụ Y",),
            ("Bảo hiểm xã hội tỉnh",), "2026-12-31", on_request=True),
        Exp("Trợ giúp pháp lý cho người bệnh thuộc diện", ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh",),
            ("các bệnh viện tuyến tỉnh",), "2026-12-31", on_request=True),
    ],
)

# ---------------------------------------------------------------- 9. Sở Nội vụ Tuyên Quang
PLAN_NV = Plan(
    "set49_snv_tuyenquang",
    _header(
        "UBND TỈNH TUYÊN QUANG",
        "SỞ NỘI VỤ",
        "64/KH-SNV",
        "Tuyên Quang, ngày 28 tháng 01 năm 2026",
        "Phổ biến, giáo dục pháp luật năm 2026",
        "",
    )
    + [
        P(
            "Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012; Luật Tổ chức chính quyền địa phương năm "
            "2025; Luật Cán bộ, công chức năm 2025;"
        ),
        P(
            "Căn cứ Kế hoạch số 19/KH-UBND ngày 13/01/2026 của UBND tỉnh Tuyên Quang về công tác phổ biến, "
            "giáo dục pháp luật năm 2026;"
        ),
    ]
    + _purpose(
        [
            "Tăng cường hiểu biết pháp luật về công vụ, lao động, người có công cho cán bộ và Nhân dân.",
            "Chú trọng địa bàn vùng cao, vùng đồng bào dân tộc thiểu số.",
            "Các hoạt động được phân công cụ thể, có lộ trình và sản phẩm rõ ràng.",
        ]
    )
    + [
        P("II. NỘI DUNG, PHÂN CÔNG NHIỆM VỤ", bold=True),
        T(
            (
                ("STT", "Nội dung", "Thời gian", "Cơ quan chủ trì", "Cơ quan phối hợp", "Ghi chú"),
                ("1", "Phổ biến Luật Cán bộ, công chức năm 2025 cho cán bộ, công chức cấp xã",
                 "Quý II, III/2026", "Phòng Công chức, viên chức", "UBND các xã, phường", ""),
                ("2", "Phổ biến pháp luật về thi đua, khen thưởng", "Tháng 3 - tháng 5/2026",
                 "Ban Thi đua - Khen thưởng", "Văn phòng Sở", ""),
                ("3", "Tuyên truyền chính sách bảo hiểm xã hội, việc làm cho người lao động vùng cao",
                 "Quý III/2026", "Phòng Lao động - Việc làm",
                 "Bảo hiểm xã hội tỉnh; Trung tâm Dịch vụ việc làm tỉnh; UBND các xã vùng cao", ""),
                ("4", "Phổ biến pháp luật về lưu trữ cho công chức văn thư các cơ quan",
                 "Tháng 8/2026", "Chi cục Văn thư - Lưu trữ", "Trung tâm Lưu trữ lịch sử tỉnh", ""),
                ("5", "Tập huấn pháp luật về tổ chức chính quyền địa phương hai cấp",
                 "Sau khi Chính phủ ban hành nghị định sửa đổi",
                 "Phòng Xây dựng chính quyền và tổ chức phi chính phủ", "Sở Tư pháp", ""),
                ("6", "Phổ biến pháp luật về ưu đãi người có công với cách mạng", "Tháng 7/2026",
                 "Phòng Người có công", "Hội Cựu chiến binh tỉnh, UBND các xã, phường",
                 "Hưởng ứng Ngày Thương binh - Liệt sĩ 27/7"),
                ("7", "Kiểm tra việc thực hiện quy định về văn hóa công vụ", "Quý IV/2026",
                 "Phòng Cải cách hành chính", "Văn phòng Sở", ""),
            ),
            (10, 55, 28, 35, 40, 22),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
    ]
    + _end(
        [
            "1. Các phòng, ban, chi cục, đơn vị thuộc Sở chủ động triển khai nhiệm vụ được giao.",
            "2. Văn phòng Sở tổng hợp, báo cáo Giám đốc Sở và Sở Tư pháp trước ngày 20/11/2026.",
        ],
        ["UBND tỉnh (b/c);", "Sở Tư pháp;", "Lãnh đạo Sở;", "Các phòng, đơn vị thuộc Sở;"],
        "GIÁM ĐỐC",
        "Ma Thế Hồng",
    ),
    [
        Exp("Phổ biến Luật Cán bộ, công chức năm 2025", ("Phòng Công chức, viên chức",),
            ("UBND các xã, phường",), "2026-09-30"),
        Exp("Phổ biến pháp luật về thi đua, khen thưởng", ("Ban Thi đua - Khen thưởng",), ("Văn phòng Sở",),
            "2026-05-31"),
        Exp("Tuyên truyền chính sách bảo hiểm xã hội, việc làm", ("Phòng Lao động - Việc làm",),
            ("Bảo hiểm xã hội tỉnh", "Trung tâm Dịch vụ việc làm tỉnh", "UBND các xã vùng cao"),
            "2026-09-30"),
        Exp("Phổ biến pháp luật về lưu trữ", ("Chi cục Văn thư - Lưu trữ",),
            ("Trung tâm Lưu trữ lịch sử tỉnh",), "2026-08-31"),
        Exp("Tập huấn pháp luật về tổ chức chính quyền",
            ("Phòng Xây dựng chính quyền và tổ chức phi chính phủ",),
            ("Sở Tư pháp",), "2026-12-31", on_request=True),
        Exp("Phổ biến pháp luật về ưu đãi người có công", ("Phòng Người có công",),
            ("Hội Cựu chiến binh tỉnh", "UBND các xã, phường"), "2026-07-31"),
        Exp("Kiểm tra việc thực hiện quy định về văn hóa", ("Phòng Cải cách hành chính",), ("Văn phòng Sở",),
            "2026-12-31"),
    ],
)

# ---------------------------------------------------------------- 10. Sở Công Thương Lạng Sơn
PLAN_CT = Plan(
    "set49_sct_langson",
    _header(
        "UBND TỈNH LẠNG SƠN",
        "SỞ CÔNG THƯƠNG",
        "112/KH-SCT",
        "Lạng Sơn, ngày 06 tháng 02 năm 2026",
        "Phổ biến, giáo dục pháp luật lĩnh vực công thương",
        "năm 2026",
    )
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012;"),
        P("Căn cứ Luật Điện lực năm 2024; Luật Thương mại năm 2005;"),
        P(
            "Căn cứ Kế hoạch số 27/KH-UBND ngày 16/01/2026 của UBND tỉnh Lạng Sơn về phổ biến, giáo dục "
            "pháp luật năm 2026;"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "Đưa pháp luật về thương mại biên giới, điện lực, an toàn hóa chất, thương mại điện tử, bảo vệ "
            "quyền lợi người tiêu dùng đến doanh nghiệp và người dân; bảo đảm thiết thực, hiệu quả."
        ),
        P("II. NHIỆM VỤ", bold=True),
        P("1. Phổ biến pháp luật về thương mại biên giới, xuất nhập khẩu qua cửa khẩu", bold=True),
        P(
            "Giao Phòng Quản lý thương mại chủ trì, phối hợp với Ban Quản lý Khu kinh tế cửa khẩu Đồng "
            "Đăng - Lạng Sơn; Bộ Chỉ huy Bộ đội Biên phòng tỉnh và UBND các xã biên giới tổ chức trong "
            "Quý II/2026."
        ),
        P("2. Tuyên truyền pháp luật về chống buôn lậu, gian lận thương mại và hàng giả", bold=True),
        P(
            "Chi cục Quản lý thị trường chủ trì; Công an tỉnh, Hội Liên hiệp Phụ nữ tỉnh phối hợp. Thời "
            "gian: cao điểm từ tháng 12/2025 đến tháng 02/2026."
        ),
        P("3. Phổ biến Luật Điện lực năm 2024 cho khách hàng sử dụng điện", bold=True),
        P(
            "Phòng Quản lý năng lượng có trách nhiệm phối hợp với Công ty Điện lực Lạng Sơn tổ chức phổ "
            "biến; thời gian: Quý III/2026."
        ),
        P("4. Phổ biến pháp luật về an toàn hóa chất, vật liệu nổ công nghiệp cho doanh nghiệp", bold=True),
        P("Phòng Kỹ thuật an toàn - Môi trường chủ trì thực hiện trong tháng 9/2026."),
        P("5. Phổ biến pháp luật về thương mại điện tử, bảo vệ quyền lợi người tiêu dùng", bold=True),
        P(
            "Phòng Quản lý thương mại chủ trì; Sở Khoa học và Công nghệ, Hội Bảo vệ người tiêu dùng tỉnh và "
            "UBND các xã, phường phối hợp. Thời gian: tháng 3/2026 (hưởng ứng Ngày Quyền của người tiêu "
            "dùng Việt Nam 15/3)."
        ),
        P("6. Hỗ trợ pháp lý cho doanh nghiệp nhỏ và vừa ngành công thương", bold=True),
        P("Văn phòng Sở chủ trì, phối hợp với Sở Tư pháp thực hiện theo đề nghị của doanh nghiệp."),
        P(
            "7. Tuyên truyền chính sách, pháp luật về khuyến công, phát triển công nghiệp nông thôn",
            bold=True,
        ),
        P(
            "Chủ trì: Trung tâm Khuyến công và Xúc tiến thương mại; phối hợp: Phòng Quản lý công nghiệp; "
            "thời gian: thường xuyên."
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
    ]
    + _end(
        [
            "1. Các phòng, đơn vị thuộc Sở căn cứ Kế hoạch tổ chức thực hiện, bảo đảm tiến độ.",
            "2. Văn phòng Sở theo dõi, đôn đốc; tổng hợp báo cáo UBND tỉnh, Sở Tư pháp trước ngày "
            "15/11/2026.",
        ],
        ["Bộ Công Thương (b/c);", "UBND tỉnh (b/c);", "Sở Tư pháp;", "Lãnh đạo Sở;",
         "Các phòng, đơn vị thuộc Sở;"],
        "GIÁM ĐỐC",
        "Hoàng Văn Bảy",
    ),
    [
        Exp("Phổ biến pháp luật về thương mại biên giới", ("Phòng Quản lý thương mại",),
            ("Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
             "UBND các xã biên giới"), "2026-06-30"),
        Exp("Tuyên truyền pháp luật về chống buôn lậu", ("Chi cục Quản lý thị trường",),
            ("Công an tỉnh", "Hội Liên hiệp Phụ nữ tỉnh"), "2026-02-28"),
        Exp("Phổ biến Luật Điện lực năm 2024", ("Phòng Quản lý năng lượng",), ("Công ty Điện lực Lạng Sơn",),
            "2026-09-30"),
        Exp("Phổ biến pháp luật về an toàn hóa chất", ("Phòng Kỹ thuật an toàn - Môi trường",), (),
            "2026-09-30"),
        Exp("Phổ biến pháp luật về thương mại điện tử", ("Phòng Quản lý thương mại",),
            ("Sở Khoa học và Công nghệ", "Hội Bảo vệ người tiêu dùng tỉnh", "UBND các xã, phường"),
            "2026-03-31"),
        Exp("Hỗ trợ pháp lý cho doanh nghiệp nhỏ", ("Văn phòng Sở",), ("Sở Tư pháp",), "2026-12-31",
            on_request=True),
        Exp("Tuyên truyền chính sách, pháp luật về khuyến công",
            ("Trung tâm Khuyến công và Xúc tiến thương mại",),
            ("Phòng Quản lý công nghiệp",), "2026-12-31"),
    ],
)

PLANS: list[Plan] = [
    PLAN_STP, PLAN_KCN, PLAN_TTR, PLAN_PTTH, PLAN_VP, PLAN_NNMT, PLAN_GD, PLAN_YT, PLAN_NV, PLAN_CT,
]
