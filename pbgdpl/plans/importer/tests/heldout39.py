"""Held-out evaluation set 39: ten PBGDPL plans of 2026 (five commune/ward bodies, five provincial).

1. UBND phường Hạc Thành (Thanh Hóa): roman parts, bold "1." tasks, "- Chủ trì:"/"- Phối hợp:"/"- Thời gian:"
   labels on their own lines; one event-triggered item.
2. Hội LHPN xã Tân Hòa (Đồng Tháp): non-bold "1." items, prose "Giao ... chủ trì, phối hợp với ..."; an item
   with two assignment blocks ("-" bullets); quarter ranges.
3. Đoàn TNCS Hồ Chí Minh phường Bến Thành (TP. Hồ Chí Minh): task table STT | Nội dung | Thời gian |
   Chủ trì | Phối hợp, group rows with roman numerals.
4. UBND xã Krông Nô (Lâm Đồng): table with a 2-row header (Đơn vị thực hiện: Chủ trì / Phối hợp) and
   "Kinh phí" column; "Tháng 3-4/2026" range; "theo đề nghị" timeframe.
5. Ban Thường trực Ủy ban MTTQ Việt Nam xã Hòa Vang (Đà Nẵng): "a)" items with "+ Đơn vị chủ trì:" bullets,
   inline "Thời gian thực hiện:"; persons as units.
6. Sở Tư pháp tỉnh Quảng Ninh: table Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn | Sản phẩm,
   no STT, group rows; long unit lists with ";" and "và".
7. Sở Nông nghiệp và Môi trường tỉnh Gia Lai: "1.1." numbering, inline labels "Đơn vị chủ trì: ...;
   phối hợp: ...; thời gian: ..."; names with commas.
8. Sở Giáo dục và Đào tạo TP. Cần Thơ (plan for 2027 issued late 2026): roman + "1." bold headings, prose
   "X chủ trì; Y phối hợp", "trước ngày" dates.
9. UBND tỉnh Tây Ninh (Hội đồng phối hợp PBGDPL): "Đề nghị X ..." and "X có trách nhiệm ..." assignments,
   several assignment blocks in one numbered item, "sau khi ... được ban hành".
10. Sở Y tế tỉnh Khánh Hòa: table Nội dung | Cơ quan chủ trì | Thời gian | Cơ quan phối hợp | Ghi chú,
   with STT as "1", group rows, "Hằng quý"/"Thường xuyên"/"Quý II, III" timeframes.
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T, _header, _purpose

_START: list[P | T] = []  # an empty typed start, so that mypy reads each plan's blocks as list[P | T]


def _sign(role: str, name: str, recipients: list[str]) -> list[P | T]:
    out: list[P | T] = [P("Nơi nhận:")]
    out += [P(r) for r in recipients]
    out += [P(role, bold=True, center=True), P("(Đã ký)", center=True), P(name, bold=True, center=True)]
    return out


# ---------------------------------------------------------------- 1. UBND phường Hạc Thành
PLAN_HAC_THANH = Plan(
    "ubnd_phuong_hac_thanh",
    _header(
        "UBND TỈNH THANH HÓA",
        "ỦY BAN NHÂN DÂN PHƯỜNG HẠC THÀNH",
        "27/KH-UBND",
        "Hạc Thành, ngày 20 tháng 01 năm 2026",
        "Phổ biến, giáo dục pháp luật; hòa giải ở cơ sở; xây dựng phường đạt chuẩn tiếp cận pháp luật",
        "năm 2026",
    )
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;"),
        P("Căn cứ Luật Hòa giải ở cơ sở ngày 20 tháng 6 năm 2013;"),
        P("Căn cứ Kế hoạch số 15/KH-UBND ngày 12/01/2026 của UBND tỉnh Thanh Hóa về công tác phổ biến, "
          "giáo dục pháp luật năm 2026;"),
        P("Ủy ban nhân dân phường Hạc Thành ban hành Kế hoạch thực hiện như sau:"),
    ]
    + _purpose([
        "Triển khai kịp thời, hiệu quả các văn bản pháp luật mới đến cán bộ, công chức và Nhân dân trên "
        "địa bàn phường.",
        "Nâng cao ý thức tôn trọng, chấp hành pháp luật; góp phần giữ vững an ninh trật tự ở khu dân cư.",
        "Bám sát nhiệm vụ chính trị của phường, gắn với chuyển đổi số.",
        "Xác định rõ đơn vị chủ trì, phối hợp, thời gian hoàn thành.",
    ])
    + [
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Tuyên truyền, phổ biến các luật, nghị quyết mới được Quốc hội thông qua", bold=True),
        P("Tổ chức hội nghị quán triệt, giới thiệu nội dung cơ bản của các luật mới cho cán bộ, công chức, "
          "Bí thư chi bộ, Trưởng tổ dân phố."),
        P("- Chủ trì: Văn phòng HĐND và UBND phường."),
        P("- Phối hợp: Phòng Kinh tế, Hạ tầng và Đô thị; Phòng Văn hóa - Xã hội."),
        P("- Thời gian: Quý I, II/2026."),
        P("2. Cập nhật tài liệu pháp luật lên Trang thông tin điện tử phường", bold=True),
        P("- Chủ trì: Phòng Văn hóa - Xã hội."),
        P("- Phối hợp: Trung tâm Phục vụ hành chính công phường."),
        P("- Thời gian: Thường xuyên."),
        P("3. Củng cố, kiện toàn tổ hòa giải ở cơ sở", bold=True),
        P("Rà soát, kiện toàn tổ hòa giải tại 28 tổ dân phố; bồi dưỡng kỹ năng hòa giải cho hòa giải viên."),
        P("- Chủ trì: Văn phòng HĐND và UBND phường."),
        P("- Phối hợp: Ủy ban MTTQ Việt Nam phường, Trưởng các tổ dân phố."),
        P("- Thời gian: Tháng 3 - tháng 5/2026."),
        P("4. Tuyên truyền pháp luật về trật tự đô thị, an toàn thực phẩm", bold=True),
        P("- Chủ trì: Phòng Kinh tế, Hạ tầng và Đô thị."),
        P("- Phối hợp: Công an phường, Đội Quản lý trật tự đô thị."),
        P("- Thời gian: Tháng 4/2026 và tháng 9/2026."),
        P("5. Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam (09/11)", bold=True),
        P("- Chủ trì: Văn phòng HĐND và UBND phường."),
        P("- Phối hợp: Các phòng chuyên môn và các đoàn thể chính trị - xã hội phường."),
        P("- Thời gian: Tháng 10 - 11/2026."),
        P("6. Tổ chức phổ biến các văn bản hướng dẫn thi hành Luật Đất đai", bold=True),
        P("- Chủ trì: Phòng Kinh tế, Hạ tầng và Đô thị."),
        P("- Phối hợp: Văn phòng đăng ký đất đai - Chi nhánh Hạc Thành."),
        P("- Thời gian: Khi có văn bản hướng dẫn của cấp trên."),
        P("7. Đánh giá, công nhận phường đạt chuẩn tiếp cận pháp luật năm 2026", bold=True),
        P("- Chủ trì: Chủ tịch UBND phường."),
        P("- Phối hợp: Văn phòng HĐND và UBND phường."),
        P("- Thời gian: Trước ngày 20/12/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Văn phòng HĐND và UBND phường là đầu mối theo dõi, tổng hợp, báo cáo kết quả thực hiện về "
          "UBND phường và Sở Tư pháp trước ngày 05/12/2026."),
        P("2. Kinh phí thực hiện từ nguồn ngân sách phường năm 2026."),
    ]
    + _sign("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Lê Văn Thắng",
            ["- Sở Tư pháp tỉnh (b/c);", "- TT Đảng ủy, HĐND phường;", "- Lưu: VT."]),
    [
        Exp("Tuyên truyền, phổ biến các luật, nghị quyết mới", ("Văn phòng HĐND và UBND phường",),
            ("Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Văn hóa - Xã hội"), "2026-06-30"),
        Exp("Cập nhật tài liệu pháp luật lên Trang", ("Phòng Văn hóa - Xã hội",),
            ("Trung tâm Phục vụ hành chính công phường",), "2026-12-31"),
        Exp("Củng cố, kiện toàn tổ hòa giải", ("Văn phòng HĐND và UBND phường",),
            ("Ủy ban MTTQ Việt Nam phường", "Trưởng các tổ dân phố"), "2026-05-31"),
        Exp("Tuyên truyền pháp luật về trật tự đô thị", ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Công an phường", "Đội Quản lý trật tự đô thị"), "2026-09-30"),
        Exp("Hưởng ứng Ngày Pháp luật nước", ("Văn phòng HĐND và UBND phường",),
            ("Các phòng chuyên môn", "các đoàn thể chính trị - xã hội phường"), "2026-11-30"),
        Exp("Tổ chức phổ biến các văn bản hướng dẫn", ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Văn phòng đăng ký đất đai - Chi nhánh Hạc Thành",), "2026-12-31", on_request=True),
        Exp("Đánh giá, công nhận phường đạt chuẩn", ("Chủ tịch UBND phường",),
            ("Văn phòng HĐND và UBND phường",), "2026-12-20"),
    ],
)

# ---------------------------------------------------------------- 2. Hội LHPN xã Tân Hòa
PLAN_PN_TAN_HOA = Plan(
    "hoi_phu_nu_xa_tan_hoa",
    _START
    + [
        P("HỘI LHPN TỈNH ĐỒNG THÁP", center=True),
        P("HỘI LHPN XÃ TÂN HÒA", bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True),
        P("Độc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P("Số: 03/KH-HPN", center=True),
        P("Tân Hòa, ngày 14 tháng 02 năm 2026", center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P("Tuyên truyền, phổ biến, giáo dục pháp luật cho hội viên, phụ nữ năm 2026", bold=True, center=True),
        P("Thực hiện Kế hoạch số 09/KH-UBND ngày 22/01/2026 của UBND xã Tân Hòa về công tác phổ biến, giáo "
          "dục pháp luật năm 2026; Chương trình công tác năm 2026 của Hội LHPN tỉnh Đồng Tháp, Ban Thường vụ "
          "Hội LHPN xã Tân Hòa xây dựng kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Nâng cao hiểu biết pháp luật cho hội viên, phụ nữ, nhất là phụ nữ vùng nông thôn, phụ nữ "
          "có hoàn cảnh khó khăn."),
        P("- Các hoạt động thiết thực, lồng ghép trong sinh hoạt chi hội, tổ phụ nữ."),
        P("II. NỘI DUNG HOẠT ĐỘNG", bold=True),
        P("1. Tuyên truyền pháp luật về phòng, chống bạo lực gia đình và bình đẳng giới. Giao Ban Chấp hành "
          "Hội LHPN xã chủ trì, phối hợp với Công an xã và Ban Chỉ huy Quân sự xã tổ chức 02 buổi nói chuyện "
          "chuyên đề tại các ấp. Thời gian: Quý II và Quý IV/2026."),
        P("2. Tổ chức sinh hoạt chuyên đề \"Phụ nữ với pháp luật\" tại các chi hội. Giao Chi hội trưởng các "
          "chi hội phụ nữ ấp thực hiện; Cán bộ chuyên trách Hội phụ nữ xã phối hợp, hướng dẫn. "
          "Thời gian: hằng tháng."),
        P("3. Phổ biến pháp luật về phòng, chống mua bán người và xuất cảnh trái phép:"),
        P("- Ban Chấp hành Hội LHPN xã chủ trì tuyên truyền qua nhóm Zalo, Facebook của Hội, phối hợp với "
          "Đoàn Thanh niên xã; thời gian: tháng 5 - tháng 7/2026."),
        P("- Chi hội trưởng các chi hội phụ nữ ấp rà soát, nắm tình hình phụ nữ đi làm ăn xa, phối hợp với "
          "Trưởng ấp và Công an xã; thời gian: Quý III/2026."),
        P("4. Hội thi \"Phụ nữ Tân Hòa tìm hiểu pháp luật\". Giao Ban Thường vụ Hội LHPN xã chủ trì, phối "
          "hợp với Văn phòng HĐND và UBND xã, Phòng Văn hóa - Xã hội xã tổ chức. Thời gian: tháng 10/2026."),
        P("5. Tư vấn pháp luật, trợ giúp pháp lý cho phụ nữ yếu thế. Giao Cán bộ chuyên trách Hội phụ nữ xã "
          "phối hợp với Trung tâm Trợ giúp pháp lý nhà nước tỉnh Đồng Tháp tổ chức khi có đề nghị của hội "
          "viên, phụ nữ."),
        P("6. Sơ kết, tổng kết công tác tuyên truyền pháp luật trong Hội. Giao Ban Thường vụ Hội LHPN xã "
          "thực hiện. Thời gian: tháng 6/2026 và tháng 12/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các chi hội căn cứ kế hoạch triển khai thực hiện, báo cáo kết quả về Ban Thường vụ Hội LHPN xã "
          "trước ngày 25 hằng tháng."),
    ]
    + _sign("TM. BAN THƯỜNG VỤ\nCHỦ TỊCH", "Nguyễn Thị Mỹ Hạnh",
            ["- Hội LHPN tỉnh (b/c);", "- Đảng ủy, UBND xã (b/c);", "- Các chi hội;", "- Lưu: VP."]),
    [
        Exp("Tuyên truyền pháp luật về phòng, chống bạo lực", ("Ban Chấp hành Hội LHPN xã",),
            ("Công an xã", "Ban Chỉ huy Quân sự xã"), "2026-12-31"),
        Exp("Tổ chức sinh hoạt chuyên đề \"Phụ nữ với pháp luật\"",
            ("Chi hội trưởng các chi hội phụ nữ ấp",), ("Cán bộ chuyên trách Hội phụ nữ xã",), "2026-12-31"),
        Exp("Ban Chấp hành Hội LHPN xã chủ trì tuyên truyền", ("Ban Chấp hành Hội LHPN xã",),
            ("Đoàn Thanh niên xã",), "2026-07-31"),
        Exp("Chi hội trưởng các chi hội phụ nữ ấp rà soát", ("Chi hội trưởng các chi hội phụ nữ ấp",),
            ("Trưởng ấp", "Công an xã"), "2026-09-30"),
        Exp("Hội thi \"Phụ nữ Tân Hòa tìm hiểu", ("Ban Thường vụ Hội LHPN xã",),
            ("Văn phòng HĐND và UBND xã", "Phòng Văn hóa - Xã hội xã"), "2026-10-31"),
        Exp("Tư vấn pháp luật, trợ giúp pháp lý cho", ("Cán bộ chuyên trách Hội phụ nữ xã",),
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh Đồng Tháp",), "2026-12-31", on_request=True),
        Exp("Sơ kết, tổng kết công tác tuyên truyền", ("Ban Thường vụ Hội LHPN xã",), (), "2026-12-31"),
    ],
)

# ---------------------------------------------------------------- 3. Đoàn phường Bến Thành
_BT_ROWS = (
    ("STT", "Nội dung", "Thời gian", "Chủ trì", "Phối hợp"),
    ("I", "TUYÊN TRUYỀN TRỰC TIẾP", "", "", ""),
    ("1", "Tổ chức diễn đàn \"Thanh niên với văn hóa giao thông\"", "Tháng 3/2026",
     "Ban Thường vụ Đoàn phường", "Công an phường; Đội Cảnh sát giao thông"),
    ("2", "Ra quân \"Ngày thứ Bảy tìm hiểu pháp luật\" tại các khu phố", "Tháng 5 - tháng 8/2026",
     "Chi đoàn các khu phố", "Hội Liên hiệp Thanh niên Việt Nam phường"),
    ("3", "Tuyên truyền phòng, chống ma túy trong thanh thiếu niên dịp hè", "Tháng 6 - 7/2026",
     "Ban Thường vụ Đoàn phường", "Công an phường, Trạm Y tế phường"),
    ("II", "TUYÊN TRUYỀN TRÊN KHÔNG GIAN MẠNG", "", "", ""),
    ("4", "Đăng tải infographic, video pháp luật trên fanpage Tuổi trẻ Bến Thành", "Thường xuyên",
     "Đội hình truyền thông Đoàn phường", ""),
    ("5", "Cuộc thi trực tuyến tìm hiểu Luật An ninh mạng", "Quý III/2026",
     "Ban Thường vụ Đoàn phường", "Phòng Văn hóa - Xã hội phường và Công an phường"),
    ("III", "HỖ TRỢ PHÁP LÝ, KIỂM TRA", "", "", ""),
    ("6", "Phối hợp tư vấn pháp luật miễn phí cho thanh niên công nhân, lao động tự do",
     "Theo đề nghị của Liên đoàn Lao động Thành phố", "Ban Thường vụ Đoàn phường",
     "Văn phòng luật sư tình nguyện; Công đoàn phường"),
    ("7", "Kiểm tra, đánh giá việc thực hiện kế hoạch tại các chi đoàn", "Tháng 11/2026",
     "Bí thư Đoàn phường", "Phó Bí thư Đoàn phường"),
)
PLAN_DOAN_BEN_THANH = Plan(
    "doan_phuong_ben_thanh",
    _START
    + [
        P("ĐOÀN TNCS HỒ CHÍ MINH TP. HỒ CHÍ MINH", center=True),
        P("BCH ĐOÀN PHƯỜNG BẾN THÀNH", bold=True, center=True),
        P("***", center=True),
        P("ĐOÀN TNCS HỒ CHÍ MINH", bold=True, center=True),
        P("Số: 12-KH/ĐTN", center=True),
        P("Bến Thành, ngày 02 tháng 3 năm 2026", center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P("Tuyên truyền, giáo dục pháp luật cho đoàn viên, thanh thiếu nhi năm 2026", bold=True,
          center=True),
        P("-----", center=True),
        P("Căn cứ Chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2026 của Thành Đoàn TP. Hồ "
          "Chí Minh; căn cứ Kế hoạch số 41/KH-UBND ngày 28/01/2026 của UBND phường Bến Thành về phổ biến, "
          "giáo dục pháp luật năm 2026, Ban Thường vụ Đoàn phường Bến Thành xây dựng kế hoạch như sau:"),
        P("I. MỤC ĐÍCH - YÊU CẦU", bold=True),
        P("1. Giúp đoàn viên, thanh niên hiểu biết, chấp hành pháp luật, tích cực tham gia tuyên truyền "
          "pháp luật trong cộng đồng."),
        P("2. Hình thức phong phú, ứng dụng mạng xã hội, phù hợp với lứa tuổi."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        T(_BT_ROWS, (10, 62, 30, 40, 48)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("- Văn phòng Đoàn phường theo dõi, đôn đốc; các chi đoàn báo cáo kết quả định kỳ 6 tháng (trước "
          "ngày 10/6) và năm (trước ngày 10/11/2026)."),
        P("- Kinh phí: từ nguồn kinh phí hoạt động Đoàn và vận động xã hội hóa."),
    ]
    + _sign("TM. BAN THƯỜNG VỤ ĐOÀN PHƯỜNG\nBÍ THƯ", "Trần Minh Khoa",
            ["- Thành Đoàn (b/c);", "- Đảng ủy phường (b/c);", "- Các chi đoàn;", "- Lưu VP."]),
    [
        Exp("Tổ chức diễn đàn \"Thanh niên với văn hóa", ("Ban Thường vụ Đoàn phường",),
            ("Công an phường", "Đội Cảnh sát giao thông"), "2026-03-31"),
        Exp("Ra quân \"Ngày thứ Bảy tìm hiểu", ("Chi đoàn các khu phố",),
            ("Hội Liên hiệp Thanh niên Việt Nam phường",), "2026-08-31"),
        Exp("Tuyên truyền phòng, chống ma túy trong", ("Ban Thường vụ Đoàn phường",),
            ("Công an phường", "Trạm Y tế phường"), "2026-07-31"),
        Exp("Đăng tải infographic, video pháp luật trên", ("Đội hình truyền thông Đoàn phường",), (),
            "2026-12-31"),
        Exp("Cuộc thi trực tuyến tìm hiểu Luật", ("Ban Thường vụ Đoàn phường",),
            ("Phòng Văn hóa - Xã hội phường", "Công an phường"), "2026-09-30"),
        Exp("Phối hợp tư vấn pháp luật miễn phí", ("Ban Thường vụ Đoàn phường",),
            ("Văn phòng luật sư tình nguyện", "Công đoàn phường"), "2026-12-31", on_request=True),
        Exp("Kiểm tra, đánh giá việc thực hiện kế hoạch", ("Bí thư Đoàn phường",),
            ("Phó Bí thư Đoàn phường",), "2026-11-30"),
    ],
)

# ---------------------------------------------------------------- 4. UBND xã Krông Nô
_KN_ROWS = (
    ("TT", "Nội dung công việc", "Đơn vị thực hiện", "", "Thời gian hoàn thành", "Kinh phí"),
    ("", "", "Chủ trì", "Phối hợp", "", ""),
    ("1", "Phổ biến pháp luật cho đồng bào dân tộc thiểu số bằng tiếng M'nông tại các bon",
     "Phòng Văn hóa - Xã hội", "Người có uy tín trong đồng bào dân tộc thiểu số; Trưởng các bon",
     "Tháng 3-4/2026", "Ngân sách xã"),
    ("2", "Xây dựng, duy trì tủ sách pháp luật điện tử của xã", "Văn phòng HĐND và UBND xã",
     "Phòng Văn hóa - Xã hội", "Cả năm", "Ngân sách xã"),
    ("3", "Tuyên truyền Luật Lâm nghiệp, phòng cháy, chữa cháy rừng mùa khô",
     "Phòng Kinh tế", "Hạt Kiểm lâm khu vực Krông Nô, Công an xã", "Tháng 01 - tháng 4/2026",
     "Lồng ghép"),
    ("4", "Tập huấn nghiệp vụ cho hòa giải viên ở cơ sở", "Văn phòng HĐND và UBND xã",
     "Ủy ban MTTQ Việt Nam xã", "Quý II/2026", "Ngân sách xã"),
    ("5", "Cung cấp thông tin pháp luật cho doanh nghiệp, hợp tác xã trên địa bàn",
     "Phòng Kinh tế", "", "Theo đề nghị của doanh nghiệp, hợp tác xã", "Không"),
    ("6", "Phổ biến pháp luật về đất đai, giải quyết tranh chấp đất đai", "Phó Chủ tịch UBND xã",
     "Phòng Kinh tế; Văn phòng HĐND và UBND xã", "Tháng 7 - 9/2026", "Ngân sách xã"),
)
PLAN_KRONG_NO = Plan(
    "ubnd_xa_krong_no",
    _header(
        "UBND TỈNH LÂM ĐỒNG",
        "ỦY BAN NHÂN DÂN XÃ KRÔNG NÔ",
        "18/KH-UBND",
        "Krông Nô, ngày 06 tháng 02 năm 2026",
        "Công tác phổ biến, giáo dục pháp luật năm 2026",
        "trên địa bàn xã Krông Nô",
    )
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012;"),
        P("Căn cứ Quyết định số 1521/QĐ-TTg ngày 06/10/2020 của Thủ tướng Chính phủ;"),
        P("Căn cứ Kế hoạch số 112/KH-UBND ngày 15/01/2026 của UBND tỉnh Lâm Đồng;"),
        P("UBND xã Krông Nô ban hành Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Đưa pháp luật đến với đồng bào dân tộc thiểu số, vùng sâu, vùng xa; bảo đảm thiết thực, "
          "tiết kiệm, hiệu quả."),
        P("II. NHIỆM VỤ VÀ PHÂN CÔNG", bold=True),
        P("(Chi tiết tại bảng dưới đây)"),
        T(_KN_ROWS, (8, 52, 30, 42, 28, 22)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các đơn vị được phân công chủ trì chủ động xây dựng kế hoạch chi tiết; gửi báo cáo kết quả về "
          "Văn phòng HĐND và UBND xã trước ngày 30/11/2026 để tổng hợp báo cáo UBND tỉnh."),
    ]
    + _sign("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Y Thuận Niê",
            ["- Sở Tư pháp;", "- TT Đảng ủy xã;", "- Như mục III;", "- Lưu: VT, VP."]),
    [
        Exp("Phổ biến pháp luật cho đồng bào dân tộc", ("Phòng Văn hóa - Xã hội",),
            ("Người có uy tín trong đồng bào dân tộc thiểu số", "Trưởng các bon"), "2026-04-30"),
        Exp("Xây dựng, duy trì tủ sách pháp luật", ("Văn phòng HĐND và UBND xã",),
            ("Phòng Văn hóa - Xã hội",), "2026-12-31"),
        Exp("Tuyên truyền Luật Lâm nghiệp, phòng cháy", ("Phòng Kinh tế",),
            ("Hạt Kiểm lâm khu vực Krông Nô", "Công an xã"), "2026-04-30"),
        Exp("Tập huấn nghiệp vụ cho hòa giải viên", ("Văn phòng HĐND và UBND xã",),
            ("Ủy ban MTTQ Việt Nam xã",), "2026-06-30"),
        Exp("Cung cấp thông tin pháp luật cho doanh nghiệp", ("Phòng Kinh tế",), (), "2026-12-31",
            on_request=True),
        Exp("Phổ biến pháp luật về đất đai, giải quyết", ("Phó Chủ tịch UBND xã",),
            ("Phòng Kinh tế", "Văn phòng HĐND và UBND xã"), "2026-09-30"),
    ],
)

# ---------------------------------------------------------------- 5. MTTQ xã Hòa Vang
PLAN_MTTQ_HOA_VANG = Plan(
    "mttq_xa_hoa_vang",
    _START
    + [
        P("ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ ĐÀ NẴNG", center=True),
        P("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nXÃ HÒA VANG", bold=True, center=True),
        P("BAN THƯỜNG TRỰC", bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True),
        P("Độc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P("Số: 07/KH-MTTQ-BTT", center=True),
        P("Hòa Vang, ngày 10 tháng 3 năm 2026", center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P("Tham gia tuyên truyền, phổ biến, giáo dục pháp luật và hòa giải ở cơ sở năm 2026", bold=True,
          center=True),
        P("Căn cứ Nghị quyết liên tịch số 01/2014/NQLT/CP-UBTWMTTQVN hướng dẫn phối hợp thực hiện một số "
          "quy định của pháp luật về hòa giải ở cơ sở;"),
        P("Căn cứ Kế hoạch số 33/KH-UBND ngày 05/02/2026 của UBND xã Hòa Vang;"),
        P("Ban Thường trực Ủy ban MTTQ Việt Nam xã xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Phát huy vai trò của Mặt trận và các tổ chức thành viên trong vận động Nhân dân chấp hành "
          "pháp luật, xây dựng khu dân cư văn minh."),
        P("II. NỘI DUNG", bold=True),
        P("1. Tuyên truyền trong Nhân dân", bold=True),
        P("a) Lồng ghép phổ biến pháp luật trong các buổi sinh hoạt khu dân cư"),
        P("+ Đơn vị chủ trì: Ban Công tác Mặt trận các thôn."),
        P("+ Đơn vị phối hợp: Chi hội Nông dân, Chi hội Phụ nữ, Chi hội Cựu chiến binh các thôn."),
        P("Thời gian thực hiện: hằng quý."),
        P("b) Tuyên truyền Luật Mặt trận Tổ quốc Việt Nam (sửa đổi) và các văn bản hướng dẫn"),
        P("+ Đơn vị chủ trì: Ban Thường trực Ủy ban MTTQ Việt Nam xã."),
        P("+ Đơn vị phối hợp: Các tổ chức chính trị - xã hội xã."),
        P("Thời gian thực hiện: sau khi các văn bản hướng dẫn được ban hành."),
        P("c) Vận động Nhân dân thực hiện quy ước thôn, nếp sống văn minh trong việc cưới, việc tang"),
        P("+ Đơn vị chủ trì: Phó Chủ tịch Ủy ban MTTQ Việt Nam xã."),
        P("+ Đơn vị phối hợp: Trưởng thôn, Ban Công tác Mặt trận các thôn."),
        P("Thời gian thực hiện: Quý II - Quý III/2026."),
        P("2. Hòa giải ở cơ sở", bold=True),
        P("a) Giới thiệu, bầu bổ sung hòa giải viên tại các tổ hòa giải còn thiếu"),
        P("+ Đơn vị chủ trì: Ban Công tác Mặt trận các thôn."),
        P("+ Đơn vị phối hợp: Văn phòng HĐND và UBND xã."),
        P("Thời gian thực hiện: tháng 4/2026."),
        P("b) Tổ chức Ngày hội Đại đoàn kết toàn dân tộc gắn với tuyên truyền pháp luật"),
        P("+ Đơn vị chủ trì: Ban Thường trực Ủy ban MTTQ Việt Nam xã."),
        P("+ Đơn vị phối hợp: UBND xã; Ban Công tác Mặt trận các thôn và các tổ chức thành viên."),
        P("Thời gian thực hiện: từ 01/10 đến 18/11/2026."),
        P("3. Giám sát, phản biện xã hội", bold=True),
        P("a) Giám sát việc thực hiện quy chế dân chủ ở cơ sở và tiếp công dân"),
        P("+ Đơn vị chủ trì: Ban Thanh tra nhân dân xã."),
        P("+ Đơn vị phối hợp: Ban Thường trực Ủy ban MTTQ Việt Nam xã."),
        P("Thời gian thực hiện: 6 tháng cuối năm 2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các tổ chức thành viên, Ban Công tác Mặt trận các thôn báo cáo kết quả thực hiện về Ban Thường "
          "trực Ủy ban MTTQ Việt Nam xã trước ngày 15/6/2026 (6 tháng) và 15/11/2026 (cả năm)."),
    ]
    + _sign("TM. BAN THƯỜNG TRỰC\nCHỦ TỊCH", "Phan Văn Hùng",
            ["- BTT UB MTTQ Việt Nam TP (b/c);", "- Đảng ủy xã (b/c);", "- UBND xã;", "- Lưu."]),
    [
        Exp("Lồng ghép phổ biến pháp luật trong các buổi", ("Ban Công tác Mặt trận các thôn",),
            ("Chi hội Nông dân", "Chi hội Phụ nữ", "Chi hội Cựu chiến binh các thôn"), "2026-12-31"),
        Exp("Tuyên truyền Luật Mặt trận Tổ quốc Việt Nam", ("Ban Thường trực Ủy ban MTTQ Việt Nam xã",),
            ("Các tổ chức chính trị - xã hội xã",), "2026-12-31", on_request=True),
        Exp("Vận động Nhân dân thực hiện quy ước", ("Phó Chủ tịch Ủy ban MTTQ Việt Nam xã",),
            ("Trưởng thôn", "Ban Công tác Mặt trận các thôn"), "2026-09-30"),
        Exp("Giới thiệu, bầu bổ sung hòa giải viên", ("Ban Công tác Mặt trận các thôn",),
            ("Văn phòng HĐND và UBND xã",), "2026-04-30"),
        Exp("Tổ chức Ngày hội Đại đoàn kết", ("Ban Thường trực Ủy ban MTTQ Việt Nam xã",),
            ("UBND xã", "Ban Công tác Mặt trận các thôn", "các tổ chức thành viên"), "2026-11-18"),
        Exp("Giám sát việc thực hiện quy chế dân chủ", ("Ban Thanh tra nhân dân xã",),
            ("Ban Thường trực Ủy ban MTTQ Việt Nam xã",), "2026-12-31"),
    ],
)

# ---------------------------------------------------------------- 6. Sở Tư pháp Quảng Ninh
_QN_ROWS = (
    ("Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn", "Sản phẩm"),
    ("A. XÂY DỰNG, HOÀN THIỆN THỂ CHẾ VỀ PBGDPL", "", "", "", ""),
    ("Tham mưu UBND tỉnh ban hành Kế hoạch thực hiện Đề án \"Nâng cao năng lực, hiệu quả phổ biến, "
     "giáo dục pháp luật\" giai đoạn 2026-2030", "Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành "
     "pháp luật", "Các sở, ban, ngành; UBND các xã, phường, đặc khu", "Quý I/2026",
     "Kế hoạch của UBND tỉnh"),
    ("Rà soát, kiện toàn Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh",
     "Văn phòng Sở", "Sở Nội vụ", "Tháng 02/2026", "Quyết định kiện toàn"),
    ("B. TRUYỀN THÔNG PHÁP LUẬT", "", "", "", ""),
    ("Tổ chức hội nghị trực tuyến giới thiệu các luật mới cho báo cáo viên pháp luật tỉnh",
     "Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật",
     "Sở Khoa học và Công nghệ; Báo và Phát thanh, Truyền hình Quảng Ninh và các cơ quan thành viên Hội "
     "đồng", "Sau khi các luật được Quốc hội thông qua", "Hội nghị; tài liệu"),
    ("Biên soạn tài liệu pháp luật song ngữ Việt - Trung cho cư dân biên giới",
     "Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật",
     "Bộ Chỉ huy Bộ đội Biên phòng tỉnh, UBND xã Hải Sơn, UBND phường Móng Cái 1",
     "Tháng 5 - tháng 8/2026", "3.000 cuốn tài liệu"),
    ("Vận hành chuyên mục \"Pháp luật và đời sống\" trên Cổng thông tin điện tử Sở", "Văn phòng Sở",
     "", "Hằng tháng", "Tin, bài"),
    ("C. TRỢ GIÚP PHÁP LÝ, HÒA GIẢI Ở CƠ SỞ", "", "", "", ""),
    ("Thực hiện trợ giúp pháp lý lưu động tại các xã vùng đồng bào dân tộc thiểu số, miền núi",
     "Trung tâm Trợ giúp pháp lý nhà nước tỉnh", "Ban Dân tộc - Tôn giáo; UBND các xã có liên quan",
     "Quý II, III/2026", "Đợt trợ giúp pháp lý"),
    ("Hướng dẫn, kiểm tra công tác hòa giải ở cơ sở và xây dựng cấp xã đạt chuẩn tiếp cận pháp luật",
     "Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật", "Ủy ban MTTQ Việt Nam tỉnh",
     "Tháng 9 - 10/2026", "Báo cáo kiểm tra"),
)
PLAN_STP_QUANG_NINH = Plan(
    "so_tu_phap_quang_ninh",
    _START
    + [
        P("UBND TỈNH QUẢNG NINH", center=True),
        P("SỞ TƯ PHÁP", bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True),
        P("Độc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P("Số: 45/KH-STP", center=True),
        P("Quảng Ninh, ngày 16 tháng 01 năm 2026", center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P("Công tác phổ biến, giáo dục pháp luật, trợ giúp pháp lý và hòa giải ở cơ sở\ncủa Sở Tư pháp "
          "năm 2026", bold=True, center=True),
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13;"),
        P("Căn cứ Luật Trợ giúp pháp lý số 11/2017/QH14;"),
        P("Căn cứ Quyết định số 3456/QĐ-UBND ngày 30/12/2025 của UBND tỉnh Quảng Ninh giao chỉ tiêu "
          "kế hoạch năm 2026;"),
        P("Sở Tư pháp ban hành Kế hoạch công tác phổ biến, giáo dục pháp luật năm 2026 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Thực hiện hiệu quả vai trò cơ quan thường trực Hội đồng phối hợp phổ biến, giáo dục pháp "
          "luật tỉnh."),
        P("2. Nhiệm vụ cụ thể, gắn trách nhiệm của từng phòng, đơn vị thuộc Sở."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        T(_QN_ROWS, (62, 42, 46, 22, 28)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Trưởng các phòng, Giám đốc các đơn vị thuộc Sở có trách nhiệm tổ chức thực hiện các nhiệm vụ "
          "được giao, báo cáo kết quả về Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật "
          "trước ngày 25/11/2026."),
        P("2. Văn phòng Sở bảo đảm kinh phí thực hiện trong dự toán được giao năm 2026."),
    ]
    + _sign("GIÁM ĐỐC", "Vũ Thị Thu Trang",
            ["- Bộ Tư pháp (b/c);", "- UBND tỉnh (b/c);", "- Ban Giám đốc Sở;", "- Các phòng, đơn vị;",
             "- Lưu: VT, PBGDPL."]),
    [
        Exp("Tham mưu UBND tỉnh ban hành Kế hoạch thực hiện Đề án",
            ("Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật",),
            ("Các sở, ban, ngành", "UBND các xã, phường, đặc khu"), "2026-03-31"),
        Exp("Rà soát, kiện toàn Hội đồng phối hợp", ("Văn phòng Sở",), ("Sở Nội vụ",), "2026-02-28"),
        Exp("Tổ chức hội nghị trực tuyến giới thiệu các luật mới",
            ("Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật",),
            ("Sở Khoa học và Công nghệ", "Báo và Phát thanh, Truyền hình Quảng Ninh",
             "các cơ quan thành viên Hội đồng"), "2026-12-31", on_request=True),
        Exp("Biên soạn tài liệu pháp luật song ngữ",
            ("Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật",),
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "UBND xã Hải Sơn", "UBND phường Móng Cái 1"),
            "2026-08-31"),
        Exp("Vận hành chuyên mục \"Pháp luật và đời sống\"", ("Văn phòng Sở",), (), "2026-12-31"),
        Exp("Thực hiện trợ giúp pháp lý lưu động", ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh",),
            ("Ban Dân tộc - Tôn giáo", "UBND các xã có liên quan"), "2026-09-30"),
        Exp("Hướng dẫn, kiểm tra công tác hòa giải",
            ("Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật",),
            ("Ủy ban MTTQ Việt Nam tỉnh",), "2026-10-31"),
    ],
)

# ---------------------------------------------------------------- 7. Sở NN&MT Gia Lai
PLAN_NNMT_GIA_LAI = Plan(
    "so_nnmt_gia_lai",
    _header(
        "UBND TỈNH GIA LAI",
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        "212/KH-SNNMT",
        "Gia Lai, ngày 23 tháng 01 năm 2026",
        "Phổ biến, giáo dục pháp luật trong lĩnh vực nông nghiệp và môi trường",
        "năm 2026",
    )
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20/6/2012;"),
        P("Căn cứ Luật Đất đai ngày 18/01/2024; Luật Bảo vệ môi trường ngày 17/11/2020;"),
        P("Căn cứ Kế hoạch số 58/KH-UBND ngày 09/01/2026 của UBND tỉnh Gia Lai về công tác phổ biến, "
          "giáo dục pháp luật năm 2026;"),
        P("Sở Nông nghiệp và Môi trường xây dựng Kế hoạch như sau:"),
    ]
    + _purpose([
        "Phổ biến kịp thời chính sách, pháp luật về đất đai, môi trường, nông nghiệp, lâm nghiệp, "
        "thủy sản đến cán bộ, công chức, viên chức và người dân.",
        "Nâng cao ý thức chấp hành pháp luật của tổ chức, cá nhân trong sản xuất, kinh doanh.",
        "Bảo đảm thiết thực, tránh hình thức, lồng ghép với nhiệm vụ chuyên môn.",
        "Đơn vị được giao nhiệm vụ chủ động tổ chức thực hiện đúng tiến độ.",
    ])
    + [
        P("II. NỘI DUNG", bold=True),
        P("1. Phổ biến pháp luật cho cán bộ, công chức, viên chức", bold=True),
        P("1.1. Quán triệt Luật Địa chất và khoáng sản và các nghị định hướng dẫn. Đơn vị chủ trì: Phòng "
          "Tài nguyên nước, Khoáng sản và Biến đổi khí hậu; phối hợp: Thanh tra Sở; thời gian: Quý I/2026."),
        P("1.2. Tập huấn nghiệp vụ quản lý đất đai cho công chức địa chính cấp xã. Đơn vị chủ trì: Chi cục "
          "Quản lý đất đai; phối hợp: Văn phòng Đăng ký đất đai, UBND các xã, phường; thời gian: tháng "
          "4 - tháng 6/2026."),
        P("2. Phổ biến pháp luật cho người dân, doanh nghiệp", bold=True),
        P("2.1. Tuyên truyền pháp luật về an toàn thực phẩm nông, lâm, thủy sản. Đơn vị chủ trì: Chi cục "
          "Chất lượng, Chế biến và Phát triển thị trường; phối hợp: Sở Y tế, Sở Công Thương; thời gian: "
          "tháng Hành động vì an toàn thực phẩm (15/4 - 15/5/2026)."),
        P("2.2. Phổ biến quy định về khai thác thủy sản bất hợp pháp, không báo cáo, không theo quy định "
          "(IUU) cho ngư dân. Đơn vị chủ trì: Chi cục Thủy sản và Biển đảo; phối hợp: Bộ Chỉ huy Bộ đội "
          "Biên phòng tỉnh, UBND các xã, phường ven biển; thời gian: thường xuyên."),
        P("2.3. Tuyên truyền Luật Lâm nghiệp, phòng cháy, chữa cháy rừng. Đơn vị chủ trì: Chi cục Kiểm lâm; "
          "phối hợp: các Ban Quản lý rừng phòng hộ, Công ty TNHH MTV Lâm nghiệp Kông Chiêng; thời gian: "
          "mùa khô (tháng 01 - tháng 4/2026)."),
        P("2.4. Đối thoại chính sách về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất. Đơn vị "
          "chủ trì: Chi cục Quản lý đất đai; phối hợp: Trung tâm Phát triển quỹ đất tỉnh; thời gian: theo "
          "đề nghị của UBND các xã, phường có dự án."),
        P("3. Theo dõi, đánh giá", bold=True),
        P("3.1. Tổng hợp, báo cáo kết quả công tác phổ biến, giáo dục pháp luật của Sở. Đơn vị chủ trì: "
          "Văn phòng Sở; thời gian: trước ngày 30/11/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Thủ trưởng các đơn vị thuộc Sở căn cứ nhiệm vụ được giao triển khai thực hiện; Văn phòng Sở "
          "theo dõi, đôn đốc, tổng hợp báo cáo Giám đốc Sở và Sở Tư pháp."),
    ]
    + _sign("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Rơ Mah Tuấn",
            ["- Sở Tư pháp;", "- Giám đốc, các PGĐ Sở;", "- Các đơn vị thuộc Sở;", "- Lưu: VT, VP."]),
    [
        Exp("Quán triệt Luật Địa chất và khoáng sản",
            ("Phòng Tài nguyên nước, Khoáng sản và Biến đổi khí hậu",), ("Thanh tra Sở",), "2026-03-31"),
        Exp("Tập huấn nghiệp vụ quản lý đất đai", ("Chi cục Quản lý đất đai",),
            ("Văn phòng Đăng ký đất đai", "UBND các xã, phường"), "2026-06-30"),
        Exp("Tuyên truyền pháp luật về an toàn thực phẩm",
            ("Chi cục Chất lượng, Chế biến và Phát triển thị trường",), ("Sở Y tế", "Sở Công Thương"),
            "2026-05-15"),
        Exp("Phổ biến quy định về khai thác thủy sản", ("Chi cục Thủy sản và Biển đảo",),
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "UBND các xã, phường ven biển"), "2026-12-31"),
        Exp("Tuyên truyền Luật Lâm nghiệp, phòng cháy", ("Chi cục Kiểm lâm",),
            ("các Ban Quản lý rừng phòng hộ", "Công ty TNHH MTV Lâm nghiệp Kông Chiêng"), "2026-04-30"),
        Exp("Đối thoại chính sách về bồi thường", ("Chi cục Quản lý đất đai",),
            ("Trung tâm Phát triển quỹ đất tỉnh",), "2026-12-31", on_request=True),
        Exp("Tổng hợp, báo cáo kết quả công tác", ("Văn phòng Sở",), (), "2026-11-30"),
    ],
)

# ---------------------------------------------------------------- 8. Sở GD&ĐT Cần Thơ (plan for 2027)
PLAN_GDDT_CAN_THO = Plan(
    "so_gddt_can_tho_2027",
    _START
    + [
        P("UBND THÀNH PHỐ CẦN THƠ", center=True),
        P("SỞ GIÁO DỤC VÀ ĐÀO TẠO", bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True),
        P("Độc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P("Số: 3915/KH-SGDĐT", center=True),
        P("Cần Thơ, ngày 28 tháng 12 năm 2026", center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P("Phổ biến, giáo dục pháp luật trong ngành Giáo dục và Đào tạo thành phố Cần Thơ năm 2027",
          bold=True, center=True),
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012;"),
        P("Căn cứ Quyết định số 1928/QĐ-TTg ngày 20/11/2009 của Thủ tướng Chính phủ phê duyệt Đề án "
          "\"Nâng cao chất lượng công tác phổ biến, giáo dục pháp luật trong nhà trường\";"),
        P("Căn cứ Kế hoạch số 287/KH-UBND ngày 15/12/2026 của UBND thành phố Cần Thơ về công tác phổ "
          "biến, giáo dục pháp luật năm 2027;"),
        P("Sở Giáo dục và Đào tạo ban hành Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Nâng cao nhận thức pháp luật, ý thức chấp hành pháp luật của cán bộ quản lý, giáo viên, "
          "nhân viên, học sinh."),
        P("2. Gắn giáo dục pháp luật với giáo dục đạo đức, lối sống, kỹ năng sống cho học sinh."),
        P("II. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True),
        P("1. Phổ biến văn bản pháp luật mới về giáo dục", bold=True),
        P("Tổ chức phổ biến Luật Nhà giáo, các nghị định, thông tư hướng dẫn cho cán bộ quản lý các cơ sở "
          "giáo dục. Văn phòng Sở chủ trì; Phòng Tổ chức cán bộ và Phòng Giáo dục trung học phối hợp. "
          "Hoàn thành trước ngày 31/3/2027."),
        P("2. Dạy học tích hợp nội dung giáo dục pháp luật", bold=True),
        P("Hướng dẫn các trường tích hợp nội dung pháp luật trong môn Giáo dục công dân, Giáo dục kinh tế và "
          "pháp luật, hoạt động trải nghiệm. Phòng Giáo dục trung học chủ trì; Phòng Giáo dục mầm non và "
          "tiểu học, Phòng Giáo dục thường xuyên - Chuyên nghiệp phối hợp. Thực hiện: học kỳ II năm học "
          "2026-2027 (tháng 01 - tháng 5/2027)."),
        P("3. Phòng, chống bạo lực học đường, xâm hại trẻ em", bold=True),
        P("Tổ chức tuyên truyền, tư vấn tâm lý học đường về phòng, chống bạo lực học đường, xâm hại trẻ em. "
          "Phòng Chính trị tư tưởng - Công tác học sinh chủ trì; Công an thành phố Cần Thơ, Thành Đoàn Cần "
          "Thơ phối hợp. Thời gian: tháng 8 - tháng 10/2027."),
        P("4. Cuộc thi \"Học sinh với pháp luật\" cấp thành phố", bold=True),
        P("Phòng Chính trị tư tưởng - Công tác học sinh chủ trì xây dựng thể lệ, tổ chức cuộc thi; Sở Tư "
          "pháp, Hội Luật gia thành phố phối hợp. Thời gian: trước ngày 15/11/2027."),
        P("5. Bồi dưỡng đội ngũ giáo viên dạy môn Giáo dục kinh tế và pháp luật", bold=True),
        P("Phòng Giáo dục trung học chủ trì; Trường Đại học Cần Thơ phối hợp. Thời gian: dịp hè, tháng "
          "7/2027."),
        P("6. Triển khai các văn bản quy phạm pháp luật mới về giáo dục nghề nghiệp", bold=True),
        P("Phòng Giáo dục thường xuyên - Chuyên nghiệp chủ trì; Sở Nội vụ phối hợp. Thời gian: khi có văn "
          "bản hướng dẫn của Bộ Giáo dục và Đào tạo."),
        P("7. Kiểm tra công tác phổ biến, giáo dục pháp luật tại các cơ sở giáo dục", bold=True),
        P("Thanh tra Sở chủ trì; Văn phòng Sở phối hợp. Thời gian: Quý IV/2027, lồng ghép kiểm tra chuyên "
          "môn."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Các phòng thuộc Sở theo chức năng, nhiệm vụ triển khai thực hiện kế hoạch."),
        P("2. Các trường trung học phổ thông, trung tâm giáo dục thường xuyên xây dựng kế hoạch của đơn vị; "
          "báo cáo kết quả về Sở (qua Văn phòng Sở) trước ngày 20/11/2027."),
    ]
    + _sign("GIÁM ĐỐC", "Trần Thanh Bình",
            ["- UBND thành phố (b/c);", "- Sở Tư pháp;", "- Các phòng thuộc Sở;", "- Các đơn vị trực thuộc;",
             "- Lưu: VT, VP."]),
    [
        Exp("Phổ biến văn bản pháp luật mới về giáo dục", ("Văn phòng Sở",),
            ("Phòng Tổ chức cán bộ", "Phòng Giáo dục trung học"), "2027-03-31"),
        Exp("Dạy học tích hợp nội dung giáo dục pháp luật", ("Phòng Giáo dục trung học",),
            ("Phòng Giáo dục mầm non và tiểu học", "Phòng Giáo dục thường xuyên - Chuyên nghiệp"),
            "2027-05-31"),
        Exp("Phòng, chống bạo lực học đường, xâm hại", ("Phòng Chính trị tư tưởng - Công tác học sinh",),
            ("Công an thành phố Cần Thơ", "Thành Đoàn Cần Thơ"), "2027-10-31"),
        Exp("Cuộc thi \"Học sinh với pháp luật\" cấp thành phố",
            ("Phòng Chính trị tư tưởng - Công tác học sinh",), ("Sở Tư pháp", "Hội Luật gia thành phố"),
            "2027-11-15"),
        Exp("Bồi dưỡng đội ngũ giáo viên dạy môn", ("Phòng Giáo dục trung học",),
            ("Trường Đại học Cần Thơ",), "2027-07-31"),
        Exp("Triển khai các văn bản quy phạm pháp luật mới", ("Phòng Giáo dục thường xuyên - Chuyên nghiệp",),
            ("Sở Nội vụ",), "2027-12-31", on_request=True),
        Exp("Kiểm tra công tác phổ biến, giáo dục pháp luật tại", ("Thanh tra Sở",), ("Văn phòng Sở",),
            "2027-12-31"),
    ],
)

# ---------------------------------------------------------------- 9. UBND tỉnh Tây Ninh
PLAN_UBND_TAY_NINH = Plan(
    "ubnd_tinh_tay_ninh",
    _START
    + [
        P("ỦY BAN NHÂN DÂN\nTỈNH TÂY NINH", bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True),
        P("Độc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P("Số: 96/KH-UBND", center=True),
        P("Tây Ninh, ngày 19 tháng 01 năm 2026", center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P("Phổ biến, giáo dục pháp luật, hòa giải ở cơ sở, chuẩn tiếp cận pháp luật trên địa bàn tỉnh "
          "Tây Ninh năm 2026", bold=True, center=True),
        P("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;"),
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20/6/2012;"),
        P("Căn cứ Quyết định số 25/2021/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ quy định về xã, "
          "phường, thị trấn đạt chuẩn tiếp cận pháp luật;"),
        P("Theo đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 18/TTr-STP ngày 12/01/2026,"),
        P("Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Triển khai đồng bộ, hiệu quả công tác phổ biến, giáo dục pháp luật sau khi sắp xếp đơn vị "
          "hành chính; tập trung vào địa bàn biên giới, khu công nghiệp."),
        P("- Phân công cụ thể, bảo đảm sự phối hợp chặt chẽ giữa các cơ quan, đơn vị."),
        P("II. NHIỆM VỤ", bold=True),
        P("1. Kiện toàn Hội đồng phối hợp phổ biến, giáo dục pháp luật các cấp", bold=True),
        P("Sở Tư pháp có trách nhiệm tham mưu UBND tỉnh kiện toàn Hội đồng phối hợp phổ biến, giáo dục "
          "pháp luật tỉnh, ban hành quy chế hoạt động, hoàn thành trong tháng 3/2026."),
        P("2. Phổ biến pháp luật cho người lao động trong các khu công nghiệp", bold=True),
        P("Ban Quản lý các khu kinh tế tỉnh chủ trì, phối hợp với Liên đoàn Lao động tỉnh, Sở Nội vụ tổ "
          "chức tuyên truyền pháp luật lao động, bảo hiểm xã hội tại các doanh nghiệp; thời gian: Quý II, "
          "III/2026."),
        P("3. Phổ biến pháp luật cho cư dân khu vực biên giới", bold=True),
        P("- Bộ Chỉ huy Bộ đội Biên phòng tỉnh chủ trì tuyên truyền Luật Biên giới quốc gia, quy chế khu "
          "vực biên giới đất liền; phối hợp: UBND các xã biên giới; thời gian: cả năm."),
        P("- Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chủ trì vận động Nhân dân khu vực biên giới tự "
          "quản đường biên, mốc quốc giới, phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh; thời gian: "
          "thường xuyên."),
        P("4. Triển khai các nghị quyết của Hội đồng nhân dân tỉnh", bold=True),
        P("Các sở, ban, ngành tỉnh theo lĩnh vực được giao chủ trì tham mưu ban hành và tổ chức phổ biến "
          "nghị quyết; Sở Tư pháp, Báo và Phát thanh, Truyền hình Tây Ninh phối hợp; thời gian: sau khi "
          "nghị quyết được Hội đồng nhân dân tỉnh ban hành."),
        P("5. Đánh giá, công nhận cấp xã đạt chuẩn tiếp cận pháp luật", bold=True),
        P("UBND các xã, phường tự đánh giá, đề nghị công nhận đạt chuẩn tiếp cận pháp luật năm 2026, gửi "
          "Sở Tư pháp trước ngày 15/01/2027."),
        P("Giám đốc Sở Tư pháp có trách nhiệm thẩm định hồ sơ, tham mưu Chủ tịch UBND tỉnh quyết định "
          "công nhận; phối hợp: Sở Nội vụ; thời gian: tháng 02/2027."),
        P("6. Tuyên truyền pháp luật trên báo chí, hệ thống thông tin cơ sở", bold=True),
        P("Sở Văn hóa, Thể thao và Du lịch chủ trì hướng dẫn hệ thống thông tin cơ sở tuyên truyền pháp "
          "luật; Sở Khoa học và Công nghệ, Báo và Phát thanh, Truyền hình Tây Ninh phối hợp thực hiện. "
          "Thời gian: thường xuyên."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các xã, phường căn cứ Kế hoạch này xây "
          "dựng kế hoạch của cơ quan, đơn vị."),
        P("2. Sở Tư pháp theo dõi, đôn đốc, tổng hợp, báo cáo UBND tỉnh, Bộ Tư pháp trước ngày 10/12/2026."),
        P("3. Sở Tài chính bố trí kinh phí thực hiện theo quy định."),
    ]
    + _sign("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Hồng Thanh",
            ["- Bộ Tư pháp;", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- CT, các PCT UBND tỉnh;",
             "- Các sở, ban, ngành tỉnh;", "- UBND các xã, phường;", "- Lưu: VT."]),
    [
        Exp("Kiện toàn Hội đồng phối hợp phổ biến", ("Sở Tư pháp",), (), "2026-03-31"),
        Exp("Phổ biến pháp luật cho người lao động", ("Ban Quản lý các khu kinh tế tỉnh",),
            ("Liên đoàn Lao động tỉnh", "Sở Nội vụ"), "2026-09-30"),
        Exp("Bộ Chỉ huy Bộ đội Biên phòng tỉnh chủ trì", ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh",),
            ("UBND các xã biên giới",), "2026-12-31"),
        Exp("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",),
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh",), "2026-12-31"),
        Exp("Triển khai các nghị quyết của Hội đồng", ("Các sở, ban, ngành tỉnh",),
            ("Sở Tư pháp", "Báo và Phát thanh, Truyền hình Tây Ninh"), "2026-12-31", on_request=True),
        Exp("UBND các xã, phường tự đánh giá", ("UBND các xã, phường",), (), "2027-01-15"),
        Exp("Giám đốc Sở Tư pháp có trách nhiệm thẩm định", ("Giám đốc Sở Tư pháp",), ("Sở Nội vụ",),
            "2027-02-28"),
        Exp("Tuyên truyền pháp luật trên báo chí", ("Sở Văn hóa, Thể thao và Du lịch",),
            ("Sở Khoa học và Công nghệ", "Báo và Phát thanh, Truyền hình Tây Ninh"), "2026-12-31"),
    ],
)

# ---------------------------------------------------------------- 10. Sở Y tế Khánh Hòa
_KH_ROWS = (
    ("STT", "Nội dung", "Cơ quan chủ trì", "Thời gian", "Cơ quan phối hợp", "Ghi chú"),
    ("I", "Phổ biến pháp luật cho công chức, viên chức, người lao động ngành y tế", "", "", "", ""),
    ("1", "Giới thiệu Luật Khám bệnh, chữa bệnh và các văn bản hướng dẫn cho người hành nghề",
     "Phòng Nghiệp vụ Y - Dược", "Quý I/2026", "Các bệnh viện tuyến tỉnh; Trung tâm Y tế các khu vực",
     "Hình thức trực tuyến"),
    ("2", "Bồi dưỡng kiến thức pháp luật về đạo đức nghề nghiệp, quy tắc ứng xử",
     "Phòng Tổ chức - Hành chính", "Quý II, III/2026", "Công đoàn ngành Y tế", ""),
    ("3", "Sinh hoạt \"Ngày Pháp luật\" tại các đơn vị trực thuộc", "Thủ trưởng các đơn vị trực thuộc Sở",
     "Hằng quý", "", "Lồng ghép giao ban"),
    ("II", "Phổ biến pháp luật cho Nhân dân, cơ sở kinh doanh", "", "", "", ""),
    ("4", "Tuyên truyền pháp luật về an toàn thực phẩm dịp Tết Nguyên đán và mùa lễ hội, du lịch",
     "Chi cục An toàn vệ sinh thực phẩm", "Tháng 01 - 02/2026 và tháng 5 - 8/2026",
     "Sở Công Thương, Sở Nông nghiệp và Môi trường, Sở Văn hóa, Thể thao và Du lịch", ""),
    ("5", "Phổ biến Luật Phòng bệnh, quy định về tiêm chủng, phòng chống dịch",
     "Trung tâm Kiểm soát bệnh tật tỉnh", "Thường xuyên", "UBND các xã, phường, đặc khu Trường Sa",
     "Phát thanh cơ sở"),
    ("6", "Hướng dẫn pháp luật về dược, mỹ phẩm cho cơ sở kinh doanh", "Phòng Nghiệp vụ Y - Dược",
     "Khi có thay đổi quy định", "Hội Dược học tỉnh", "Theo văn bản mới ban hành"),
    ("III", "Kiểm tra, báo cáo", "", "", "", ""),
    ("7", "Kiểm tra việc thực hiện công tác phổ biến, giáo dục pháp luật tại các đơn vị",
     "Thanh tra Sở", "Tháng 10/2026", "Phòng Tổ chức - Hành chính", "Lồng ghép thanh tra, kiểm tra"),
    ("8", "Tổng hợp, báo cáo kết quả thực hiện gửi Sở Tư pháp", "Văn phòng Sở", "Trước ngày 05/12/2026",
     "", ""),
)
PLAN_SYT_KHANH_HOA = Plan(
    "so_y_te_khanh_hoa",
    _header(
        "UBND TỈNH KHÁNH HÒA",
        "SỞ Y TẾ",
        "508/KH-SYT",
        "Khánh Hòa, ngày 05 tháng 02 năm 2026",
        "Triển khai công tác phổ biến, giáo dục pháp luật",
        "ngành Y tế tỉnh Khánh Hòa năm 2026",
    )
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;"),
        P("Căn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15;"),
        P("Căn cứ Kế hoạch số 74/KH-UBND ngày 13/01/2026 của UBND tỉnh Khánh Hòa;"),
        P("Sở Y tế xây dựng Kế hoạch triển khai công tác phổ biến, giáo dục pháp luật năm 2026 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Mục đích: nâng cao ý thức chấp hành pháp luật trong hoạt động khám bệnh, chữa bệnh, dược, "
          "an toàn thực phẩm."),
        P("2. Yêu cầu: bám sát kế hoạch của UBND tỉnh; phân công rõ trách nhiệm."),
        P("II. NỘI DUNG, PHÂN CÔNG THỰC HIỆN", bold=True),
        T(_KH_ROWS, (10, 58, 36, 28, 42, 26)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Các phòng chức năng, đơn vị trực thuộc Sở căn cứ nội dung được phân công tổ chức triển khai, "
          "báo cáo kết quả về Văn phòng Sở trước ngày 25/11/2026."),
        P("2. Kinh phí: sử dụng từ nguồn kinh phí chi thường xuyên năm 2026 của các đơn vị."),
        P("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị báo cáo Sở Y tế (qua Văn phòng "
          "Sở) để xem xét, giải quyết./."),
    ]
    + _sign("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Bùi Quang Sang",
            ["- UBND tỉnh (b/c);", "- Sở Tư pháp;", "- Các đơn vị trực thuộc;", "- Lưu: VT, VP."]),
    [
        Exp("Giới thiệu Luật Khám bệnh, chữa bệnh", ("Phòng Nghiệp vụ Y - Dược",),
            ("Các bệnh viện tuyến tỉnh", "Trung tâm Y tế các khu vực"), "2026-03-31"),
        Exp("Bồi dưỡng kiến thức pháp luật về đạo đức", ("Phòng Tổ chức - Hành chính",),
            ("Công đoàn ngành Y tế",), "2026-09-30"),
        Exp("Sinh hoạt \"Ngày Pháp luật\" tại các đơn vị", ("Thủ trưởng các đơn vị trực thuộc Sở",), (),
            "2026-12-31"),
        Exp("Tuyên truyền pháp luật về an toàn thực phẩm dịp", ("Chi cục An toàn vệ sinh thực phẩm",),
            ("Sở Công Thương", "Sở Nông nghiệp và Môi trường", "Sở Văn hóa, Thể thao và Du lịch"),
            "2026-08-31"),
        Exp("Phổ biến Luật Phòng bệnh, quy định", ("Trung tâm Kiểm soát bệnh tật tỉnh",),
            ("UBND các xã, phường, đặc khu Trường Sa",), "2026-12-31"),
        Exp("Hướng dẫn pháp luật về dược, mỹ phẩm", ("Phòng Nghiệp vụ Y - Dược",), ("Hội Dược học tỉnh",),
            "2026-12-31", on_request=True),
        Exp("Kiểm tra việc thực hiện công tác phổ biến", ("Thanh tra Sở",), ("Phòng Tổ chức - Hành chính",),
            "2026-10-31"),
        Exp("Tổng hợp, báo cáo kết quả thực hiện gửi", ("Văn phòng Sở",), (), "2026-12-05"),
    ],
)

PLANS: list[Plan] = [
    PLAN_HAC_THANH,
    PLAN_PN_TAN_HOA,
    PLAN_DOAN_BEN_THANH,
    PLAN_KRONG_NO,
    PLAN_MTTQ_HOA_VANG,
    PLAN_STP_QUANG_NINH,
    PLAN_NNMT_GIA_LAI,
    PLAN_GDDT_CAN_THO,
    PLAN_UBND_TAY_NINH,
    PLAN_SYT_KHANH_HOA,
]
