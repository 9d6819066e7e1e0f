"""Held-out evaluation set 4: six plans written for this set only, with answers written by hand.

Written without reading the extractor. The blocks (``P`` paragraphs, ``T`` Word tables) and the
DOCX/PDF rendering are those of set 3 (``heldout3``). Expected answers follow issue 4: the title is
matched by prefix, units as sets (each unit as written), the deadline as YYYY-MM-DD (no timeframe,
"Thường xuyên", "Hằng năm" → 31/12 of the plan year; quarter → its last day; month → its last day;
range → its end; date → that date) and ``on_request``. Group headings without their own lead unit
are not listed.

Plans (46 tasks):

- ``ubnd_laocai_luat_bvdlcn_2026`` (UBND tỉnh Lào Cai, a law's dissemination plan, 8 tasks): plain
  "1." headings, then prose "Giao X chủ trì, phối hợp với A và B tổ chức …" (units ended by a verb,
  "Sở Khoa học và Công nghệ", "Báo và Phát thanh, Truyền hình Lào Cai", a non-unit "cung cấp cho UBND
  các xã, phường", persons "Trưởng thôn, Tổ trưởng tổ dân phố"), "- Thời gian thực hiện:" lines with a
  quarter, "Quý II, III", a month range, "Thường xuyên", "Sau khi Chính phủ ban hành …", a date.
- ``svhttdl_daklak_2026`` (Sở VHTTDL Đắk Lắk, 8 tasks): Word table STT | Nội dung | Đơn vị chủ trì |
  Đơn vị phối hợp | Thời gian thực hiện | Sản phẩm with roman group rows (empty cells), multi-line
  cells split by ";" and a line break, names with commas, "Trước ngày 09/11/2026".
- ``xa_trungkhanh_caobang_ngaypl_2026`` (UBND xã, Ngày Pháp luật, 7 tasks): bold "1." groups, "1.1."
  items run into "Đơn vị chủ trì: …; Đơn vị phối hợp: …. Thời gian: …" on the same paragraph; persons
  and post-2025 commune units; date ranges, single dates, a task without coordinating units.
- ``hoinongdan_tuyenquang_2026`` (Hội Nông dân tỉnh, 8 tasks): bold "1." headings with "+ Đơn vị chủ
  trì:" plus bullets; item 3 holds three "-" blocks each with its own lead (the item is a group);
  "Hằng quý", "6 tháng cuối năm", "Tháng 6 và tháng 11/2026", "Khi có đề nghị của …".
- ``bvdk_langson_2026`` (Bệnh viện Đa khoa tỉnh, 7 tasks): bold headings without numbers, "Cơ quan
  thực hiện:" / "Phối hợp:" / "Thời gian:" lines; "Sau khi có văn bản hướng dẫn của …".
- ``congty_dienluc_quangninh_2026`` (a power company, 8 tasks): table TT | Nội dung công việc | Thời gian
  hoàn thành | Đơn vị chủ trì thực hiện | Đơn vị phối hợp | Ghi chú (time before the units), long unit
  names with commas ("UBND các xã, phường, đặc khu nơi …", "Cảnh sát Phòng cháy, chữa cháy và cứu nạn,
  cứu hộ - Công an tỉnh"), "Hằng tháng; cao điểm tháng 11/2026" (→ year end, as in seed 001).
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T, _header, _purpose


def _org(lines: list[str], signer_role: str, signer: str, heading: str = "III. TỔ CHỨC THỰC HIỆN") -> list[P | T]:
    out: list[P | T] = [P(heading, bold=True)]
    out += [P(line) for line in lines]
    out += [
        P("Nơi nhận:"),
        P("- Như trên;"),
        P("- Lưu: VT."),
        P(signer_role, bold=True, center=True),
        P(signer, bold=True, center=True),
    ]
    return out


# ------------------------------------------------------------------ plan 1: UBND tỉnh, prose "Giao ... chủ trì"
PLAN_LAOCAI = Plan(
    name="ubnd_laocai_luat_bvdlcn_2026",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN",
            "TỈNH LÀO CAI",
            "46/KH-UBND",
            "Lào Cai, ngày 05 tháng 02 năm 2026",
            "Tuyên truyền, phổ biến Luật Bảo vệ dữ liệu cá nhân trên địa bàn tỉnh Lào Cai năm 2026",
            "",
        ),
        P(
            "Thực hiện Quyết định số 215/QĐ-TTg ngày 20/01/2026 của Thủ tướng Chính phủ ban hành Kế hoạch triển "
            "khai thi hành Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15, Ủy ban nhân dân tỉnh ban hành Kế hoạch "
            "tuyên truyền, phổ biến Luật trên địa bàn tỉnh năm 2026 như sau:"
        ),
        *_purpose(
            [
                "Phổ biến kịp thời, đầy đủ nội dung cơ bản của Luật đến cán bộ, công chức và Nhân dân.",
                "Nâng cao ý thức tự bảo vệ dữ liệu cá nhân của người dân, doanh nghiệp.",
                "Xác định cụ thể nội dung công việc, thời hạn, trách nhiệm của cơ quan, đơn vị.",
            ]
        ),
        P("II. NỘI DUNG", bold=True),
        P("1. Tổ chức hội nghị quán triệt, phổ biến Luật Bảo vệ dữ liệu cá nhân cho cán bộ chủ chốt của tỉnh"),
        P(
            "Giao Công an tỉnh chủ trì, phối hợp với Sở Tư pháp và Sở Khoa học và Công nghệ tổ chức hội nghị "
            "bằng hình thức trực tiếp kết hợp trực tuyến đến các xã, phường."
        ),
        P("- Thời gian thực hiện: Quý I/2026."),
        P("2. Biên soạn tài liệu hỏi - đáp, tờ gấp pháp luật về bảo vệ dữ liệu cá nhân"),
        P(
            "Giao Công an tỉnh chủ trì, phối hợp với Sở Tư pháp biên soạn, phát hành; cung cấp cho UBND các xã, "
            "phường để phục vụ công tác tuyên truyền tại cơ sở."
        ),
        P("- Thời gian thực hiện: Quý II/2026."),
        P("3. Tuyên truyền Luật trên báo chí, Cổng Thông tin điện tử tỉnh và hệ thống thông tin cơ sở"),
        P(
            "Giao Báo và Phát thanh, Truyền hình Lào Cai chủ trì, phối hợp với Công an tỉnh; Sở Văn hóa, Thể "
            "thao và Du lịch mở chuyên mục, đăng tải tin, bài, phóng sự về nội dung của Luật."
        ),
        P("- Thời gian thực hiện: Thường xuyên."),
        P("4. Lồng ghép nội dung bảo vệ dữ liệu cá nhân trong hoạt động giáo dục ngoại khóa tại các trường học"),
        P("Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với Tỉnh đoàn, Công an tỉnh triển khai thực hiện."),
        P("- Thời gian thực hiện: Từ tháng 9 đến tháng 12/2026."),
        P("5. Tập huấn kỹ năng bảo vệ dữ liệu cá nhân cho doanh nghiệp, hợp tác xã"),
        P(
            "Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Công an tỉnh, Hiệp hội Doanh nghiệp tỉnh tổ chức "
            "tập huấn theo chuyên đề."
        ),
        P("- Thời gian thực hiện: Quý II, III/2026."),
        P("6. Rà soát văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành có liên quan đến dữ liệu cá nhân"),
        P("Giao Sở Tư pháp chủ trì, phối hợp với các sở, ban, ngành tỉnh thực hiện rà soát, đề xuất xử lý."),
        P("- Thời gian thực hiện: Sau khi Chính phủ ban hành Nghị định quy định chi tiết thi hành Luật."),
        P("7. Tuyên truyền, phổ biến Luật cho người dân tại thôn, tổ dân phố"),
        P(
            "Giao UBND các xã, phường chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã và Trưởng "
            "thôn, Tổ trưởng tổ dân phố tổ chức tuyên truyền lồng ghép trong các buổi sinh hoạt cộng đồng."
        ),
        P("- Thời gian thực hiện: Năm 2026."),
        P("8. Sơ kết, đánh giá kết quả tuyên truyền, phổ biến Luật"),
        P("Giao Công an tỉnh chủ trì, phối hợp với Sở Tư pháp tổng hợp, báo cáo UBND tỉnh."),
        P("- Thời gian thực hiện: Trước ngày 05/12/2026."),
        *_org(
            [
                "1. Các sở, ban, ngành tỉnh, UBND các xã, phường căn cứ Kế hoạch này chủ động triển khai thực "
                "hiện; báo cáo kết quả về Công an tỉnh trước ngày 25/11/2026.",
                "2. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định.",
            ],
            "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
            "Hoàng Quốc Khánh",
        ),
    ],
    expected=[
        Exp(
            "Tổ chức hội nghị quán triệt, phổ biến Luật",
            ("Công an tỉnh",),
            ("Sở Tư pháp", "Sở Khoa học và Công nghệ"),
            "2026-03-31",
        ),
        Exp("Biên soạn tài liệu hỏi - đáp", ("Công an tỉnh",), ("Sở Tư pháp",), "2026-06-30"),
        Exp(
            "Tuyên truyền Luật trên báo chí",
            ("Báo và Phát thanh, Truyền hình Lào Cai",),
            ("Công an tỉnh", "Sở Văn hóa, Thể thao và Du lịch"),
            "2026-12-31",
        ),
        Exp(
            "Lồng ghép nội dung bảo vệ dữ liệu cá nhân",
            ("Sở Giáo dục và Đào tạo",),
            ("Tỉnh đoàn", "Công an tỉnh"),
            "2026-12-31",
        ),
        Exp(
            "Tập huấn kỹ năng bảo vệ dữ liệu cá nhân",
            ("Sở Khoa học và Công nghệ",),
            ("Công an tỉnh", "Hiệp hội Doanh nghiệp tỉnh"),
            "2026-09-30",
        ),
        Exp(
            "Rà soát văn bản quy phạm pháp luật",
            ("Sở Tư pháp",),
            ("các sở, ban, ngành tỉnh",),
            "2026-12-31",
            on_request=True,
        ),
        Exp(
            "Tuyên truyền, phổ biến Luật cho người dân",
            ("UBND các xã, phường",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã", "Trưởng thôn", "Tổ trưởng tổ dân phố"),
            "2026-12-31",
        ),
        Exp("Sơ kết, đánh giá kết quả", ("Công an tỉnh",), ("Sở Tư pháp",), "2026-12-05"),
    ],
)


# ------------------------------------------------------------------ plan 2: Sở VHTTDL, Word table with group rows
_VH_ROWS: tuple[tuple[str, ...], ...] = (
    ("STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện", "Sản phẩm"),
    ("I", "XÂY DỰNG VĂN BẢN, KẾ HOẠCH", "", "", "", ""),
    (
        "1",
        "Xây dựng Kế hoạch phổ biến, giáo dục pháp luật năm 2026 của Sở",
        "Thanh tra Sở",
        "Văn phòng Sở",
        "Tháng 01/2026",
        "Kế hoạch",
    ),
    (
        "2",
        "Xây dựng Kế hoạch triển khai Luật Di sản văn hóa năm 2024 và các văn bản quy định chi tiết",
        "Phòng Quản lý di sản văn hóa",
        "Bảo tàng tỉnh;\nThanh tra Sở",
        "Quý I/2026",
        "Kế hoạch",
    ),
    ("II", "TỔ CHỨC PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT", "", "", "", ""),
    (
        "3",
        "Tuyên truyền pháp luật về quảng cáo, karaoke, vũ trường trên địa bàn tỉnh",
        "Phòng Quản lý văn hóa và Gia đình",
        "Trung tâm Văn hóa, Điện ảnh và Triển lãm tỉnh;\nUBND các xã, phường",
        "Từ tháng 3 đến tháng 5/2026",
        "Pa nô, áp phích; tin, bài",
    ),
    (
        "4",
        "Phổ biến Luật Phòng, chống bạo lực gia đình tại các xã vùng đồng bào dân tộc thiểu số",
        "Phòng Quản lý văn hóa và Gia đình",
        "Hội Liên hiệp Phụ nữ tỉnh, Đoàn Ca múa dân tộc tỉnh",
        "Quý II, III/2026",
        "Buổi tuyên truyền lưu động",
    ),
    (
        "5",
        "Phổ biến pháp luật về kinh doanh dịch vụ lữ hành, lưu trú du lịch cho doanh nghiệp du lịch",
        "Phòng Quản lý du lịch",
        "Hiệp hội Du lịch tỉnh",
        "Tháng 6/2026",
        "Hội nghị",
    ),
    (
        "6",
        "Duy trì chuyên mục pháp luật trên Trang thông tin điện tử của Sở; bổ sung sách pháp luật tại "
        "Thư viện tỉnh",
        "Văn phòng Sở",
        "Thư viện tỉnh;\nCác phòng, đơn vị thuộc Sở",
        "Thường xuyên",
        "Chuyên mục; đầu sách",
    ),
    (
        "7",
        "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam",
        "Thanh tra Sở",
        "Công đoàn cơ sở Sở Văn hóa, Thể thao và Du lịch; Chi đoàn Sở",
        "Trước ngày 09/11/2026",
        "Báo cáo",
    ),
    ("III", "KIỂM TRA, BÁO CÁO", "", "", "", ""),
    (
        "8",
        "Kiểm tra việc chấp hành pháp luật về thể dục, thể thao tại các cơ sở kinh doanh hoạt động thể thao",
        "Phòng Quản lý thể dục thể thao",
        "Thanh tra Sở",
        "Quý IV/2026",
        "Kết luận kiểm tra",
    ),
)

PLAN_DAKLAK = Plan(
    name="svhttdl_daklak_2026",
    blocks=[
        *_header(
            "UBND TỈNH ĐẮK LẮK",
            "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
            "112/KH-SVHTTDL",
            "Đắk Lắk, ngày 16 tháng 01 năm 2026",
            "Công tác phổ biến, giáo dục pháp luật năm 2026",
            "",
        ),
        P(
            "Căn cứ Kế hoạch số 09/KH-UBND ngày 08/01/2026 của UBND tỉnh Đắk Lắk về công tác phổ biến, giáo dục "
            "pháp luật; hòa giải ở cơ sở; xây dựng cấp xã đạt chuẩn tiếp cận pháp luật năm 2026, Sở Văn hóa, Thể "
            "thao và Du lịch xây dựng Kế hoạch như sau:"
        ),
        *_purpose(
            [
                "Đưa pháp luật về văn hóa, thể thao, du lịch đến gần hơn với người dân, doanh nghiệp.",
                "Nâng cao ý thức chấp hành pháp luật của công chức, viên chức, người lao động của Sở.",
                "Bám sát nhiệm vụ chuyên môn; phân công cụ thể, có sản phẩm rõ ràng.",
            ]
        ),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("(Có Phụ lục phân công nhiệm vụ kèm theo)"),
        T(_VH_ROWS, (10, 62, 35, 40, 25, 20)),
        *_org(
            [
                "1. Thanh tra Sở là đầu mối theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch.",
                "2. Thủ trưởng các phòng, đơn vị thuộc Sở có trách nhiệm triển khai nhiệm vụ được giao; báo cáo "
                "kết quả 6 tháng trước ngày 05/6/2026 và báo cáo năm trước ngày 20/11/2026.",
            ],
            "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
            "Y Ngông Niê",
        ),
    ],
    expected=[
        Exp("Xây dựng Kế hoạch phổ biến, giáo dục pháp luật năm 2026", ("Thanh tra Sở",), ("Văn phòng Sở",), "2026-01-31"),
        Exp(
            "Xây dựng Kế hoạch triển khai Luật Di sản văn hóa",
            ("Phòng Quản lý di sản văn hóa",),
            ("Bảo tàng tỉnh", "Thanh tra Sở"),
            "2026-03-31",
        ),
        Exp(
            "Tuyên truyền pháp luật về quảng cáo, karaoke",
            ("Phòng Quản lý văn hóa và Gia đình",),
            ("Trung tâm Văn hóa, Điện ảnh và Triển lãm tỉnh", "UBND các xã, phường"),
            "2026-05-31",
        ),
        Exp(
            "Phổ biến Luật Phòng, chống bạo lực gia đình",
            ("Phòng Quản lý văn hóa và Gia đình",),
            ("Hội Liên hiệp Phụ nữ tỉnh", "Đoàn Ca múa dân tộc tỉnh"),
            "2026-09-30",
        ),
        Exp(
            "Phổ biến pháp luật về kinh doanh dịch vụ lữ hành",
            ("Phòng Quản lý du lịch",),
            ("Hiệp hội Du lịch tỉnh",),
            "2026-06-30",
        ),
        Exp(
            "Duy trì chuyên mục pháp luật",
            ("Văn phòng Sở",),
            ("Thư viện tỉnh", "Các phòng, đơn vị thuộc Sở"),
            "2026-12-31",
        ),
        Exp(
            "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật",
            ("Thanh tra Sở",),
            ("Công đoàn cơ sở Sở Văn hóa, Thể thao và Du lịch", "Chi đoàn Sở"),
            "2026-11-09",
        ),
        Exp(
            "Kiểm tra việc chấp hành pháp luật về thể dục, thể thao",
            ("Phòng Quản lý thể dục thể thao",),
            ("Thanh tra Sở",),
            "2026-12-31",
        ),
    ],
)


# ------------------------------------------------------------------ plan 3: xã, Ngày Pháp luật, "1.1." + inline labels
PLAN_CAOBANG = Plan(
    name="xa_trungkhanh_caobang_ngaypl_2026",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN",
            "XÃ TRÙNG KHÁNH",
            "87/KH-UBND",
            "Trùng Khánh, ngày 06 tháng 10 năm 2026",
            "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam",
            "(09/11) năm 2026 trên địa bàn xã",
        ),
        P(
            "Thực hiện Kế hoạch số 301/KH-UBND ngày 25/9/2026 của UBND tỉnh Cao Bằng về tổ chức hưởng ứng Ngày "
            "Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2026, UBND xã Trùng Khánh ban hành Kế hoạch "
            "như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "Tôn vinh Hiến pháp, pháp luật; nâng cao ý thức thượng tôn pháp luật của cán bộ và Nhân dân các dân "
            "tộc trên địa bàn xã. Các hoạt động tổ chức thiết thực, tiết kiệm, phù hợp phong tục, tập quán."
        ),
        P("II. NỘI DUNG, HÌNH THỨC HOẠT ĐỘNG", bold=True),
        P("1. Hoạt động tuyên truyền", bold=True),
        P(
            "1.1. Treo băng rôn, khẩu hiệu hưởng ứng Ngày Pháp luật tại trụ sở UBND xã, nhà văn hóa các xóm. "
            "Đơn vị chủ trì: Phòng Văn hóa - Xã hội; Đơn vị phối hợp: Văn phòng HĐND và UBND xã, Trưởng các xóm. "
            "Thời gian: Trước ngày 25/10/2026."
        ),
        P(
            "1.2. Phát thanh các chuyên mục pháp luật bằng tiếng Kinh, tiếng Tày, tiếng Nùng trên hệ thống loa "
            "truyền thanh của xã. Đơn vị chủ trì: Trung tâm Dịch vụ tổng hợp xã; Đơn vị phối hợp: Công chức "
            "Tư pháp - Hộ tịch. Thời gian: Từ ngày 01/11 đến ngày 09/11/2026."
        ),
        P(
            "1.3. Tuyên truyền pháp luật về phòng, chống mua bán người, hôn nhân cận huyết thống tại các xóm giáp "
            "biên giới. Đơn vị chủ trì: Công an xã; Đơn vị phối hợp: Đồn Biên phòng Đàm Thủy, Hội Liên hiệp "
            "Phụ nữ xã. Thời gian: Tháng 11/2026."
        ),
        P("2. Các hoạt động hưởng ứng khác", bold=True),
        P(
            "2.1. Tổ chức cuộc thi tìm hiểu pháp luật cho đoàn viên, thanh niên. Đơn vị chủ trì: Đoàn Thanh niên "
            "Cộng sản Hồ Chí Minh xã; Đơn vị phối hợp: Trường Trung học cơ sở Trùng Khánh; Công chức Tư pháp - Hộ "
            "tịch. Thời gian: Trước ngày 05/11/2026."
        ),
        P(
            "2.2. Tổ chức tiếp công dân, tư vấn pháp luật, trợ giúp pháp lý miễn phí tại trụ sở UBND xã. Đơn vị "
            "chủ trì: Văn phòng HĐND và UBND xã; Đơn vị phối hợp: Chi nhánh Trợ giúp pháp lý nhà nước số 2, Công "
            "chức Tư pháp - Hộ tịch. Thời gian: Ngày 09/11/2026."
        ),
        P(
            "2.3. Tổ chức hòa giải các vụ việc còn tồn đọng tại cộng đồng dân cư. Đơn vị chủ trì: Tổ hòa giải các "
            "xóm; Đơn vị phối hợp: Ban Công tác Mặt trận các xóm. Thời gian: Thường xuyên."
        ),
        P(
            "2.4. Tổng hợp, báo cáo kết quả hưởng ứng Ngày Pháp luật. Đơn vị chủ trì: Công chức Tư pháp - Hộ tịch. "
            "Thời gian: Trước ngày 20/11/2026."
        ),
        *_org(
            [
                "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội phối hợp tuyên "
                "truyền, vận động hội viên, đoàn viên tham gia các hoạt động.",
                "Kinh phí thực hiện từ nguồn ngân sách xã năm 2026.",
            ],
            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
            "Nông Văn Thắng",
        ),
    ],
    expected=[
        Exp(
            "Treo băng rôn, khẩu hiệu",
            ("Phòng Văn hóa - Xã hội",),
            ("Văn phòng HĐND và UBND xã", "Trưởng các xóm"),
            "2026-10-25",
        ),
        Exp(
            "Phát thanh các chuyên mục pháp luật",
            ("Trung tâm Dịch vụ tổng hợp xã",),
            ("Công chức Tư pháp - Hộ tịch",),
            "2026-11-09",
        ),
        Exp(
            "Tuyên truyền pháp luật về phòng, chống mua bán người",
            ("Công an xã",),
            ("Đồn Biên phòng Đàm Thủy", "Hội Liên hiệp Phụ nữ xã"),
            "2026-11-30",
        ),
        Exp(
            "Tổ chức cuộc thi tìm hiểu pháp luật",
            ("Đoàn Thanh niên Cộng sản Hồ Chí Minh xã",),
            ("Trường Trung học cơ sở Trùng Khánh", "Công chức Tư pháp - Hộ tịch"),
            "2026-11-05",
        ),
        Exp(
            "Tổ chức tiếp công dân, tư vấn pháp luật",
            ("Văn phòng HĐND và UBND xã",),
            ("Chi nhánh Trợ giúp pháp lý nhà nước số 2", "Công chức Tư pháp - Hộ tịch"),
            "2026-11-09",
        ),
        Exp(
            "Tổ chức hòa giải các vụ việc còn tồn đọng",
            ("Tổ hòa giải các xóm",),
            ("Ban Công tác Mặt trận các xóm",),
            "2026-12-31",
        ),
        Exp("Tổng hợp, báo cáo kết quả hưởng ứng", ("Công chức Tư pháp - Hộ tịch",), (), "2026-11-20"),
    ],
)


# ------------------------------------------------------------------ plan 4: Hội Nông dân, "+ Đơn vị chủ trì:" bullets, multi-block item
PLAN_TUYENQUANG = Plan(
    name="hoinongdan_tuyenquang_2026",
    blocks=[
        *_header(
            "BAN CHẤP HÀNH HỘI NÔNG DÂN",
            "TỈNH TUYÊN QUANG",
            "21-KH/HNDT",
            "Tuyên Quang, ngày 23 tháng 01 năm 2026",
            "Tuyên truyền, phổ biến, giáo dục pháp luật và trợ giúp pháp lý cho hội viên, nông dân năm 2026",
            "",
        ),
        P(
            "Thực hiện Kế hoạch số 14/KH-HĐPH ngày 12/01/2026 của Hội đồng phối hợp phổ biến, giáo dục pháp luật "
            "tỉnh; Chương trình phối hợp số 05/CTPH-HND-STP giữa Hội Nông dân tỉnh và Sở Tư pháp, Ban Thường vụ Hội "
            "Nông dân tỉnh xây dựng Kế hoạch như sau:"
        ),
        *_purpose(
            [
                "Nâng cao hiểu biết pháp luật, ý thức chấp hành pháp luật của hội viên, nông dân.",
                "Phát huy vai trò của Hội trong tham gia hòa giải ở cơ sở.",
                "Nội dung tuyên truyền sát với nhu cầu của nông dân, nhất là vùng đồng bào dân tộc thiểu số.",
            ]
        ),
        P("II. NỘI DUNG VÀ GIẢI PHÁP", bold=True),
        P("1. Quán triệt, triển khai các văn bản pháp luật mới đến cán bộ Hội các cấp", bold=True),
        P("+ Đơn vị chủ trì: Ban Tuyên huấn."),
        P("+ Đơn vị phối hợp: Văn phòng Hội; Hội Nông dân các xã, phường."),
        P("+ Thời gian: Quý I/2026."),
        P("2. Biên soạn, phát hành bản tin “Nông dân với pháp luật”", bold=True),
        P("+ Đơn vị chủ trì: Ban Tuyên huấn."),
        P("+ Đơn vị phối hợp: Sở Tư pháp."),
        P("+ Thời gian: Hằng quý."),
        P("3. Tổ chức tuyên truyền, phổ biến pháp luật trực tiếp cho hội viên, nông dân", bold=True),
        P(
            "- Hội nghị tuyên truyền Luật Đất đai năm 2024 và pháp luật về bảo vệ môi trường trong sản xuất nông "
            "nghiệp."
        ),
        P("+ Đơn vị chủ trì: Ban Kinh tế - Xã hội."),
        P("+ Đơn vị phối hợp: Sở Nông nghiệp và Môi trường, Sở Tư pháp."),
        P("+ Thời gian: Quý II, III/2026."),
        P("- Sân khấu hóa tìm hiểu pháp luật về hòa giải ở cơ sở tại các xã vùng cao."),
        P("+ Đơn vị chủ trì: Hội Nông dân các xã, phường."),
        P("+ Đơn vị phối hợp: Ban Tuyên huấn; UBND các xã, phường."),
        P("+ Thời gian: Từ tháng 4 đến tháng 8/2026."),
        P("- Tư vấn pháp luật, trợ giúp pháp lý lưu động cho nông dân."),
        P("+ Đơn vị chủ trì: Trung tâm Hỗ trợ nông dân."),
        P("+ Đơn vị phối hợp: Trung tâm Trợ giúp pháp lý nhà nước tỉnh."),
        P("+ Thời gian: 6 tháng cuối năm 2026."),
        P("4. Nhân rộng mô hình “Câu lạc bộ nông dân với pháp luật”", bold=True),
        P("+ Đơn vị chủ trì: Hội Nông dân các xã, phường."),
        P("+ Đơn vị phối hợp: Ban Tuyên huấn."),
        P("+ Thời gian: Năm 2026."),
        P("5. Tham gia góp ý dự thảo văn bản quy phạm pháp luật liên quan đến quyền, lợi ích của nông dân", bold=True),
        P("+ Đơn vị chủ trì: Văn phòng Hội."),
        P("+ Đơn vị phối hợp: Các ban chuyên môn Hội Nông dân tỉnh."),
        P("+ Thời gian: Khi có đề nghị của cơ quan chủ trì soạn thảo."),
        P("6. Sơ kết 6 tháng, tổng kết năm công tác phổ biến, giáo dục pháp luật của Hội", bold=True),
        P("+ Đơn vị chủ trì: Văn phòng Hội."),
        P("+ Đơn vị phối hợp: Ban Tuyên huấn."),
        P("+ Thời gian: Tháng 6 và tháng 11/2026."),
        *_org(
            [
                "Ban Tuyên huấn là đầu mối giúp Ban Thường vụ theo dõi, đôn đốc việc thực hiện Kế hoạch.",
                "Hội Nông dân các xã, phường căn cứ Kế hoạch xây dựng kế hoạch thực hiện phù hợp; báo cáo kết quả "
                "về Hội Nông dân tỉnh (qua Ban Tuyên huấn) trước ngày 15/11/2026.",
            ],
            "T/M BAN THƯỜNG VỤ\nPHÓ CHỦ TỊCH",
            "Ma Thị Hường",
            heading="III. TỔ CHỨC THỰC HIỆN",
        ),
    ],
    expected=[
        Exp(
            "Quán triệt, triển khai các văn bản pháp luật mới",
            ("Ban Tuyên huấn",),
            ("Văn phòng Hội", "Hội Nông dân các xã, phường"),
            "2026-03-31",
        ),
        Exp("Biên soạn, phát hành bản tin", ("Ban Tuyên huấn",), ("Sở Tư pháp",), "2026-12-31"),
        Exp(
            "Hội nghị tuyên truyền Luật Đất đai",
            ("Ban Kinh tế - Xã hội",),
            ("Sở Nông nghiệp và Môi trường", "Sở Tư pháp"),
            "2026-09-30",
        ),
        Exp(
            "Sân khấu hóa tìm hiểu pháp luật",
            ("Hội Nông dân các xã, phường",),
            ("Ban Tuyên huấn", "UBND các xã, phường"),
            "2026-08-31",
        ),
        Exp(
            "Tư vấn pháp luật, trợ giúp pháp lý lưu động",
            ("Trung tâm Hỗ trợ nông dân",),
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh",),
            "2026-12-31",
        ),
        Exp(
            "Nhân rộng mô hình",
            ("Hội Nông dân các xã, phường",),
            ("Ban Tuyên huấn",),
            "2026-12-31",
        ),
        Exp(
            "Tham gia góp ý dự thảo văn bản",
            ("Văn phòng Hội",),
            ("Các ban chuyên môn Hội Nông dân tỉnh",),
            "2026-12-31",
            on_request=True,
        ),
        Exp("Sơ kết 6 tháng, tổng kết năm", ("Văn phòng Hội",), ("Ban Tuyên huấn",), "2026-11-30"),
    ],
)


# ------------------------------------------------------------------ plan 5: Bệnh viện, bold unnumbered headings, "Cơ quan thực hiện:"
PLAN_LANGSON = Plan(
    name="bvdk_langson_2026",
    blocks=[
        *_header(
            "SỞ Y TẾ LẠNG SƠN",
            "BỆNH VIỆN ĐA KHOA TỈNH",
            "35/KH-BVĐK",
            "Lạng Sơn, ngày 12 tháng 02 năm 2026",
            "Phổ biến, giáo dục pháp luật năm 2026",
            "",
        ),
        P(
            "Căn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15; Kế hoạch số 18/KH-SYT ngày 22/01/2026 của Sở Y tế "
            "về công tác phổ biến, giáo dục pháp luật năm 2026, Bệnh viện Đa khoa tỉnh xây dựng Kế hoạch như sau:"
        ),
        *_purpose(
            [
                "Nâng cao hiểu biết pháp luật về khám bệnh, chữa bệnh, y đức cho viên chức, người lao động.",
                "Giảm thiểu sai sót chuyên môn, khiếu nại của người bệnh.",
                "Gắn tuyên truyền với hoạt động chuyên môn hằng ngày của các khoa, phòng.",
            ]
        ),
        P("II. NỘI DUNG", bold=True),
        P("Phổ biến Luật Khám bệnh, chữa bệnh và các văn bản hướng dẫn cho viên chức y tế", bold=True),
        P("Cơ quan thực hiện: Phòng Kế hoạch tổng hợp."),
        P("Phối hợp: Phòng Điều dưỡng, các khoa lâm sàng."),
        P("Thời gian: Quý I/2026."),
        P("Tuyên truyền quyền, nghĩa vụ của người bệnh tại khu vực khám bệnh", bold=True),
        P("Cơ quan thực hiện: Phòng Công tác xã hội."),
        P("Phối hợp: Khoa Khám bệnh."),
        P("Thời gian: Thường xuyên."),
        P("Tập huấn pháp luật về quản lý, sử dụng thuốc và phòng, chống tác hại của thuốc lá", bold=True),
        P("Cơ quan thực hiện: Khoa Dược."),
        P("Phối hợp: Phòng Quản lý chất lượng; Công đoàn Bệnh viện."),
        P("Thời gian: Tháng 6/2026."),
        P("Phổ biến quy định mới về chế độ tiền lương, bảo hiểm xã hội cho viên chức, người lao động", bold=True),
        P("Cơ quan thực hiện: Phòng Tổ chức cán bộ."),
        P("Phối hợp: Phòng Tài chính kế toán."),
        P("Thời gian: Sau khi có văn bản hướng dẫn của Bộ Y tế và Sở Y tế."),
        P("Tổ chức cuộc thi “Viên chức y tế với pháp luật”", bold=True),
        P("Cơ quan thực hiện: Đoàn Thanh niên Bệnh viện."),
        P("Phối hợp: Công đoàn Bệnh viện, Phòng Tổ chức cán bộ."),
        P("Thời gian: Từ ngày 15/10 đến ngày 30/10/2026."),
        P("Tổ chức hưởng ứng Ngày Pháp luật Việt Nam", bold=True),
        P("Cơ quan thực hiện: Phòng Tổ chức cán bộ."),
        P("Phối hợp: Các khoa, phòng."),
        P("Thời gian: Trước ngày 15/11/2026."),
        P("Kiểm tra việc thực hiện quy tắc ứng xử, y đức tại các khoa, phòng", bold=True),
        P("Cơ quan thực hiện: Phòng Quản lý chất lượng."),
        P("Phối hợp: Phòng Điều dưỡng; Phòng Tổ chức cán bộ."),
        P("Thời gian: Quý IV/2026."),
        P("III. KINH PHÍ", bold=True),
        P("Từ nguồn chi thường xuyên của Bệnh viện năm 2026."),
        *_org(
            [
                "Trưởng các khoa, phòng có trách nhiệm phổ biến Kế hoạch đến viên chức, người lao động; báo cáo "
                "kết quả về Phòng Tổ chức cán bộ trước ngày 25/11/2026.",
            ],
            "GIÁM ĐỐC",
            "Lương Văn Tuấn",
            heading="IV. TỔ CHỨC THỰC HIỆN",
        ),
    ],
    expected=[
        Exp(
            "Phổ biến Luật Khám bệnh, chữa bệnh",
            ("Phòng Kế hoạch tổng hợp",),
            ("Phòng Điều dưỡng", "các khoa lâm sàng"),
            "2026-03-31",
        ),
        Exp(
            "Tuyên truyền quyền, nghĩa vụ của người bệnh",
            ("Phòng Công tác xã hội",),
            ("Khoa Khám bệnh",),
            "2026-12-31",
        ),
        Exp(
            "Tập huấn pháp luật về quản lý, sử dụng thuốc",
            ("Khoa Dược",),
            ("Phòng Quản lý chất lượng", "Công đoàn Bệnh viện"),
            "2026-06-30",
        ),
        Exp(
            "Phổ biến quy định mới về chế độ tiền lương",
            ("Phòng Tổ chức cán bộ",),
            ("Phòng Tài chính kế toán",),
            "2026-12-31",
            on_request=True,
        ),
        Exp(
            "Tổ chức cuộc thi",
            ("Đoàn Thanh niên Bệnh viện",),
            ("Công đoàn Bệnh viện", "Phòng Tổ chức cán bộ"),
            "2026-10-30",
        ),
        Exp("Tổ chức hưởng ứng Ngày Pháp luật", ("Phòng Tổ chức cán bộ",), ("Các khoa, phòng",), "2026-11-15"),
        Exp(
            "Kiểm tra việc thực hiện quy tắc ứng xử",
            ("Phòng Quản lý chất lượng",),
            ("Phòng Điều dưỡng", "Phòng Tổ chức cán bộ"),
            "2026-12-31",
        ),
    ],
)


# ------------------------------------------------------------------ plan 6: company, table with time before units, "Ghi chú"
_EVN_ROWS: tuple[tuple[str, ...], ...] = (
    ("TT", "Nội dung công việc", "Thời gian hoàn thành", "Đơn vị chủ trì thực hiện", "Đơn vị phối hợp", "Ghi chú"),
    (
        "1",
        "Ban hành Kế hoạch phổ biến, giáo dục pháp luật năm 2026 của Công ty",
        "Tháng 01/2026",
        "Phòng Pháp chế và Thanh tra",
        "Văn phòng Công ty",
        "",
    ),
    (
        "2",
        "Phổ biến Luật Điện lực số 61/2024/QH15 và các nghị định hướng dẫn cho người lao động",
        "Quý I/2026",
        "Phòng Pháp chế và Thanh tra",
        "Phòng Kỹ thuật;\nPhòng An toàn;\nCác Điện lực trực thuộc",
        "Trực tuyến",
    ),
    (
        "3",
        "Tuyên truyền hành lang an toàn lưới điện cao áp cho người dân các xã, đặc khu",
        "Từ tháng 3 đến tháng 6/2026",
        "Các Điện lực trực thuộc",
        "UBND các xã, phường, đặc khu nơi có lưới điện đi qua",
        "",
    ),
    (
        "4",
        "Phổ biến quy định về giá bán điện, hợp đồng mua bán điện cho khách hàng",
        "Thường xuyên",
        "Phòng Kinh doanh",
        "Trung tâm Chăm sóc khách hàng;\nCác Điện lực trực thuộc",
        "",
    ),
    (
        "5",
        "Tập huấn pháp luật về an toàn, vệ sinh lao động",
        "Tháng 4/2026",
        "Phòng An toàn",
        "Công đoàn Công ty",
        "Tháng hành động ATVSLĐ",
    ),
    (
        "6",
        "Phổ biến Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ năm 2024",
        "Quý III/2026",
        "Phòng An toàn",
        "Cảnh sát Phòng cháy, chữa cháy và cứu nạn, cứu hộ - Công an tỉnh",
        "",
    ),
    (
        "7",
        "Tổ chức hưởng ứng Ngày Pháp luật Việt Nam; Ngày Pháp luật hằng tháng tại Công ty",
        "Hằng tháng; cao điểm tháng 11/2026",
        "Văn phòng Công ty",
        "Đoàn Thanh niên Công ty; Công đoàn Công ty",
        "",
    ),
    (
        "8",
        "Sơ kết, tổng kết công tác phổ biến, giáo dục pháp luật",
        "Trước ngày 10/12/2026",
        "Phòng Pháp chế và Thanh tra",
        "Các phòng, đơn vị",
        "Báo cáo Tổng công ty",
    ),
)

PLAN_QUANGNINH = Plan(
    name="congty_dienluc_quangninh_2026",
    blocks=[
        *_header(
            "TỔNG CÔNG TY ĐIỆN LỰC MIỀN BẮC",
            "CÔNG TY ĐIỆN LỰC QUẢNG NINH",
            "152/KH-PCQN",
            "Quảng Ninh, ngày 09 tháng 01 năm 2026",
            "Công tác phổ biến, giáo dục pháp luật năm 2026",
            "",
        ),
        P(
            "Căn cứ Kế hoạch số 48/KH-EVNNPC ngày 30/12/2025 của Tổng công ty Điện lực miền Bắc về công tác "
            "phổ biến, giáo dục pháp luật năm 2026, Công ty Điện lực Quảng Ninh ban hành Kế hoạch như sau:"
        ),
        *_purpose(
            [
                "Người lao động nắm vững và chấp hành pháp luật về điện lực, an toàn điện.",
                "Khách hàng, người dân hiểu và thực hiện đúng quy định về sử dụng điện, bảo vệ lưới điện.",
                "Nội dung phù hợp đặc thù sản xuất, kinh doanh của Công ty.",
            ]
        ),
        P("II. NỘI DUNG, PHÂN CÔNG THỰC HIỆN", bold=True),
        T(_EVN_ROWS, (8, 62, 30, 35, 40, 20)),
        *_org(
            [
                "Phòng Pháp chế và Thanh tra là đầu mối theo dõi, tổng hợp; các đơn vị báo cáo kết quả trước ngày "
                "01/12/2026.",
            ],
            "GIÁM ĐỐC",
            "Đỗ Mạnh Cường",
        ),
    ],
    expected=[
        Exp(
            "Ban hành Kế hoạch phổ biến, giáo dục pháp luật",
            ("Phòng Pháp chế và Thanh tra",),
            ("Văn phòng Công ty",),
            "2026-01-31",
        ),
        Exp(
            "Phổ biến Luật Điện lực",
            ("Phòng Pháp chế và Thanh tra",),
            ("Phòng Kỹ thuật", "Phòng An toàn", "Các Điện lực trực thuộc"),
            "2026-03-31",
        ),
        Exp(
            "Tuyên truyền hành lang an toàn lưới điện",
            ("Các Điện lực trực thuộc",),
            ("UBND các xã, phường, đặc khu nơi có lưới điện đi qua",),
            "2026-06-30",
        ),
        Exp(
            "Phổ biến quy định về giá bán điện",
            ("Phòng Kinh doanh",),
            ("Trung tâm Chăm sóc khách hàng", "Các Điện lực trực thuộc"),
            "2026-12-31",
        ),
        Exp("Tập huấn pháp luật về an toàn, vệ sinh lao động", ("Phòng An toàn",), ("Công đoàn Công ty",), "2026-04-30"),
        Exp(
            "Phổ biến Luật Phòng cháy, chữa cháy",
            ("Phòng An toàn",),
            ("Cảnh sát Phòng cháy, chữa cháy và cứu nạn, cứu hộ - Công an tỉnh",),
            "2026-09-30",
        ),
        Exp(
            "Tổ chức hưởng ứng Ngày Pháp luật Việt Nam",
            ("Văn phòng Công ty",),
            ("Đoàn Thanh niên Công ty", "Công đoàn Công ty"),
            "2026-12-31",
        ),
        Exp(
            "Sơ kết, tổng kết công tác",
            ("Phòng Pháp chế và Thanh tra",),
            ("Các phòng, đơn vị",),
            "2026-12-10",
        ),
    ],
)

PLANS: list[Plan] = [PLAN_LAOCAI, PLAN_DAKLAK, PLAN_CAOBANG, PLAN_TUYENQUANG, PLAN_LANGSON, PLAN_QUANGNINH]
