"""Held-out evaluation set 11: ten 2026 PBGDPL plans from all levels, answers typed by hand.

1. PLAN_BTP (Bộ Tư pháp, Ngày Pháp luật 2026): task table "TT | Nội dung công việc | Đơn vị chủ trì |
   Đơn vị phối hợp | Thời gian hoàn thành | Sản phẩm" with roman group rows (I, II) inside the table.
2. PLAN_STP (Sở Tư pháp tỉnh Lâm Đồng, chuyển đổi số trong PBGDPL): bold "1.1." headings, labels on
   their own dash lines ("- Cơ quan thực hiện:", "- Phối hợp:", "- Thời gian thực hiện:").
3. PLAN_XA (UBND xã Krông Búk, Đắk Lắk, hòa giải ở cơ sở): plain "a)" headings with prose assignments
   ("X chủ trì, phối hợp với Y ... Thời gian: ..."), "Đề nghị ..." for the Front, event-triggered task.
4. PLAN_PHUONG (UBND phường, TP. Hồ Chí Minh, tiếp cận pháp luật): numbered items with several
   dash assignment blocks each ("- Công an phường chủ trì ...; thời gian ..."), one task per block.
5. PLAN_DK (UBND đặc khu Phú Quốc, luật mới có hiệu lực 2026): table without STT, columns
   "Nội dung | Thời gian | Cơ quan chủ trì | Cơ quan phối hợp | Kinh phí | Ghi chú", month ranges.
6. PLAN_THPT (Trường THPT, năm học 2026-2027, PBGDPL for students): roman sections, "a)" bold items,
   "+ Người thực hiện:" / "+ Phối hợp:" / "+ Thời gian:" bullets with persons as units.
7. PLAN_LDLD (Liên đoàn Lao động tỉnh Bắc Ninh, PBGDPL for workers): table with a 2-row header
   ("Phân công thực hiện" over "Chủ trì | Phối hợp"), semicolon-separated unit lists.
8. PLAN_DN (Tổng công ty, enterprise): numbered items with the assignment inline in parentheses at
   the end of the paragraph "(Chủ trì thực hiện: ...; phối hợp: ...; thời hạn: ...)".
9. PLAN_DTTG (Sở Dân tộc và Tôn giáo tỉnh Lào Cai, ethnic minorities): table "STT | Nhiệm vụ |
   Cơ quan, đơn vị thực hiện | Thời gian | Sản phẩm" with "Chủ trì: ...\\nPhối hợp: ..." in one cell.
10. PLAN_TD (Tỉnh đoàn Nghệ An, cuộc thi tìm hiểu pháp luật for youth/students): "-" task headings
   with "+ Đơn vị chủ trì:", "+ Đơn vị phối hợp:", "+ Tiến độ:" bullets; a "Giao ... có trách nhiệm" item.
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T

_START: list[P | T] = []  # an empty typed start for plans written as one list of blocks


def _hdr(left: list[str], number: str, place_date: str, title: list[str]) -> list[P | T]:
    out: list[P | T] = [P(line, bold=i > 0 or len(left) == 1, center=True) for i, line in enumerate(left)]
    out += [
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True),
        P("Độc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P(f"Số: {number}", center=True),
        P(place_date, center=True),
        P("KẾ HOẠCH", bold=True, center=True),
    ]
    out += [P(line, bold=True, center=True) for line in title]
    return out


def _end(recipients: list[str], role: list[str], signer: str) -> list[P | T]:
    out: list[P | T] = [P("Nơi nhận:", bold=True)]
    out += [P(f"- {r}") for r in recipients]
    out += [P("- Lưu: VT.")]
    out += [P(line, bold=True, center=True) for line in role]
    out += [P("(Đã ký)", center=True), P(signer, bold=True, center=True)]
    return out


# ---------------------------------------------------------------- 1. Bộ Tư pháp, Ngày Pháp luật
PLAN_BTP = Plan(
    "btp_ngay_phap_luat_2026",
    _hdr(
        ["BỘ TƯ PHÁP"],
        "1187/KH-BTP",
        "Hà Nội, ngày 22 tháng 9 năm 2026",
        [
            "Tổ chức hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam",
            "năm 2026 tại Bộ Tư pháp",
        ],
    )
    + [
        P(
            "Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012; Nghị định số 28/2013/NĐ-CP "
            "ngày 04 tháng 4 năm 2013 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật "
            "Phổ biến, giáo dục pháp luật;"
        ),
        P(
            "Căn cứ Kết luận số 80-KL/TW ngày 20/6/2020 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số "
            "32-CT/TW; Quyết định số 1521/QĐ-TTg ngày 06/10/2022 của Thủ tướng Chính phủ ban hành Kế hoạch "
            "thực hiện Kết luận số 80-KL/TW;"
        ),
        P(
            "Căn cứ Kế hoạch số 112/KH-HĐPH ngày 08/9/2026 của Hội đồng phối hợp phổ biến, giáo dục pháp "
            "luật Trung ương về tổ chức hưởng ứng Ngày Pháp luật năm 2026,"
        ),
        P(
            "Bộ Tư pháp ban hành Kế hoạch tổ chức hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa "
            "Việt Nam (Ngày Pháp luật) năm 2026 tại Bộ Tư pháp như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "1. Tiếp tục nâng cao nhận thức, ý thức tôn trọng và chấp hành pháp luật của công chức, viên "
            "chức, người lao động thuộc Bộ; lan tỏa tinh thần thượng tôn Hiến pháp và pháp luật trong xã hội."
        ),
        P(
            "2. Hoạt động hưởng ứng được tổ chức thiết thực, tiết kiệm, gắn với nhiệm vụ chính trị của "
            "Ngành; tăng cường ứng dụng công nghệ số, đa dạng hóa hình thức tổ chức."
        ),
        P("II. NỘI DUNG HOẠT ĐỘNG", bold=True),
        P(
            "Chủ đề Ngày Pháp luật năm 2026: \u201cThượng tôn Hiến pháp và pháp luật - nền tảng phát triển "
            "đất nước trong kỷ nguyên mới\u201d. Các hoạt động cụ thể và phân công thực hiện như sau:"
        ),
        T(
            (
                (
                    "TT",
                    "Nội dung công việc",
                    "Đơn vị chủ trì",
                    "Đơn vị phối hợp",
                    "Thời gian hoàn thành",
                    "Sản phẩm",
                ),
                ("I", "HOẠT ĐỘNG TRUYỀN THÔNG, PHỔ BIẾN", "", "", "", ""),
                (
                    "1",
                    "Xây dựng chuyên mục hưởng ứng Ngày Pháp luật năm 2026 trên Cổng thông tin điện tử "
                    "Bộ Tư pháp và Cổng Pháp luật quốc gia",
                    "Cục Công nghệ thông tin",
                    "Vụ Phổ biến, giáo dục pháp luật; Văn phòng Bộ",
                    "Tháng 10/2026",
                    "Chuyên mục được vận hành",
                ),
                (
                    "2",
                    "Treo băng rôn, khẩu hiệu, màn hình LED tại trụ sở cơ quan Bộ",
                    "Văn phòng Bộ",
                    "Các đơn vị thuộc Bộ có trụ sở riêng",
                    "Từ ngày 01/11 đến ngày 10/11/2026",
                    "Băng rôn, khẩu hiệu",
                ),
                (
                    "3",
                    "Thực hiện loạt bài, phóng sự về thực thi pháp luật và các luật mới có hiệu lực năm 2026",
                    "Báo Pháp luật Việt Nam",
                    "Tạp chí Dân chủ và Pháp luật",
                    "Tháng 10 - 11/2026",
                    "Tin, bài, phóng sự",
                ),
                ("II", "HOẠT ĐỘNG CHUYÊN MÔN", "", "", "", ""),
                (
                    "4",
                    "Tổ chức Lễ hưởng ứng Ngày Pháp luật năm 2026 kết hợp tọa đàm chuyên đề về chuyển "
                    "đổi số trong phổ biến pháp luật",
                    "Vụ Phổ biến, giáo dục pháp luật",
                    "Văn phòng Bộ, Cục Công nghệ thông tin, Báo Pháp luật Việt Nam",
                    "Trước ngày 09/11/2026",
                    "Lễ hưởng ứng, tọa đàm",
                ),
                (
                    "5",
                    "Tổ chức phiên tòa giả định, hoạt động ngoại khóa pháp luật cho sinh viên",
                    "Trường Đại học Luật Hà Nội",
                    "Học viện Tư pháp",
                    "Tháng 11/2026",
                    "Phiên tòa giả định",
                ),
                (
                    "6",
                    "Hướng dẫn, theo dõi việc tổ chức hưởng ứng Ngày Pháp luật tại các Sở Tư pháp",
                    "Vụ Phổ biến, giáo dục pháp luật",
                    "",
                    "Quý IV/2026",
                    "Văn bản hướng dẫn",
                ),
                (
                    "7",
                    "Khen thưởng tập thể, cá nhân có thành tích xuất sắc trong tổ chức hưởng ứng Ngày "
                    "Pháp luật",
                    "Vụ Thi đua - Khen thưởng",
                    "Vụ Phổ biến, giáo dục pháp luật",
                    "Theo đề nghị của Hội đồng Thi đua - Khen thưởng Bộ",
                    "Quyết định khen thưởng",
                ),
                (
                    "8",
                    "Tổng hợp, báo cáo kết quả hưởng ứng Ngày Pháp luật năm 2026 của Bộ",
                    "Vụ Phổ biến, giáo dục pháp luật",
                    "Các đơn vị thuộc Bộ",
                    "Trước ngày 05/12/2026",
                    "Báo cáo",
                ),
            ),
            (10, 55, 35, 40, 25, 25),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "1. Thủ trưởng các đơn vị thuộc Bộ có trách nhiệm tổ chức thực hiện Kế hoạch này; gửi báo cáo "
            "kết quả về Bộ (qua Vụ Phổ biến, giáo dục pháp luật) trước ngày 25/11/2026."
        ),
        P(
            "2. Kinh phí thực hiện được bố trí từ nguồn ngân sách nhà nước cấp cho các đơn vị năm 2026. "
            "Cục Kế hoạch - Tài chính hướng dẫn các đơn vị sử dụng kinh phí theo quy định."
        ),
    ]
    + _end(
        [
            "Bộ trưởng (để b/c);",
            "Các Thứ trưởng;",
            "Các đơn vị thuộc Bộ;",
            "Cổng thông tin điện tử Bộ Tư pháp;",
        ],
        ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"],
        "Nguyễn Thanh Tịnh",
    ),
    [
        Exp(
            "Xây dựng chuyên mục hưởng ứng Ngày Pháp luật",
            ("Cục Công nghệ thông tin",),
            ("Vụ Phổ biến, giáo dục pháp luật", "Văn phòng Bộ"),
            "2026-10-31",
        ),
        Exp(
            "Treo băng rôn, khẩu hiệu, màn hình LED",
            ("Văn phòng Bộ",),
            ("Các đơn vị thuộc Bộ có trụ sở riêng",),
            "2026-11-10",
        ),
        Exp(
            "Thực hiện loạt bài, phóng sự về thực thi",
            ("Báo Pháp luật Việt Nam",),
            ("Tạp chí Dân chủ và Pháp luật",),
            "2026-11-30",
        ),
        Exp(
            "Tổ chức Lễ hưởng ứng Ngày Pháp luật năm 2026",
            ("Vụ Phổ biến, giáo dục pháp luật",),
            ("Văn phòng Bộ", "Cục Công nghệ thông tin", "Báo Pháp luật Việt Nam"),
            "2026-11-09",
        ),
        Exp(
            "Tổ chức phiên tòa giả định, hoạt động ngoại khóa",
            ("Trường Đại học Luật Hà Nội",),
            ("Học viện Tư pháp",),
            "2026-11-30",
        ),
        Exp(
            "Hướng dẫn, theo dõi việc tổ chức hưởng ứng",
            ("Vụ Phổ biến, giáo dục pháp luật",),
            (),
            "2026-12-31",
        ),
        Exp(
            "Khen thưởng tập thể, cá nhân có thành tích",
            ("Vụ Thi đua - Khen thưởng",),
            ("Vụ Phổ biến, giáo dục pháp luật",),
            "2026-12-31",
            on_request=True,
        ),
        Exp(
            "Tổng hợp, báo cáo kết quả hưởng ứng",
            ("Vụ Phổ biến, giáo dục pháp luật",),
            ("Các đơn vị thuộc Bộ",),
            "2026-12-05",
        ),
    ],
)

# ---------------------------------------------------------------- 2. Sở Tư pháp, chuyển đổi số
PLAN_STP = Plan(
    "stp_lam_dong_chuyen_doi_so",
    _hdr(
        ["UBND TỈNH LÂM ĐỒNG", "SỞ TƯ PHÁP"],
        "46/KH-STP",
        "Lâm Đồng, ngày 03 tháng 02 năm 2026",
        [
            "Đẩy mạnh chuyển đổi số trong công tác phổ biến, giáo dục pháp luật",
            "trên địa bàn tỉnh Lâm Đồng năm 2026",
        ],
    )
    + [
        P(
            "Căn cứ Quyết định số 1079/QĐ-TTg ngày 25/9/2024 của Thủ tướng Chính phủ phê duyệt Đề án "
            "\u201cTăng cường ứng dụng công nghệ thông tin và chuyển đổi số trong công tác phổ biến, giáo "
            "dục "
            "pháp luật giai đoạn 2024 - 2030\u201d;"
        ),
        P(
            "Căn cứ Kế hoạch số 18/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân tỉnh Lâm Đồng về công tác "
            "phổ biến, giáo dục pháp luật năm 2026; Quyết định số 215/QĐ-UBND ngày 20/01/2026 của UBND tỉnh;"
        ),
        P("Sở Tư pháp xây dựng Kế hoạch thực hiện như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "- Đẩy mạnh ứng dụng công nghệ số, nền tảng số trong PBGDPL, góp phần nâng cao hiệu quả tiếp "
            "cận thông tin pháp luật của người dân, doanh nghiệp trên địa bàn tỉnh sau sắp xếp."
        ),
        P(
            "- Xác định rõ nhiệm vụ, tiến độ và trách nhiệm của các phòng, đơn vị thuộc Sở và cơ quan, "
            "đơn vị có liên quan."
        ),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Hoàn thiện hạ tầng, dữ liệu phục vụ phổ biến pháp luật", bold=True),
        P("1.1. Cập nhật, số hóa tài liệu phổ biến pháp luật lên Trang thông tin PBGDPL tỉnh", bold=True),
        P(
            "Rà soát, số hóa đề cương, tài liệu giới thiệu các luật, nghị quyết mới; chuẩn hóa dữ liệu "
            "theo hướng dẫn của Bộ Tư pháp."
        ),
        P("- Cơ quan thực hiện: Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật."),
        P("- Phối hợp: Văn phòng Sở; Trung tâm Trợ giúp pháp lý nhà nước tỉnh."),
        P("- Thời gian thực hiện: Thường xuyên."),
        P("1.2. Kết nối Trang thông tin PBGDPL tỉnh với Cổng Pháp luật quốc gia", bold=True),
        P("- Cơ quan thực hiện: Văn phòng Sở."),
        P(
            "- Phối hợp: Sở Khoa học và Công nghệ, Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi "
            "hành pháp luật."
        ),
        P("- Thời gian thực hiện: Quý II/2026."),
        P(
            "1.3. Xây dựng cơ sở dữ liệu báo cáo viên pháp luật, tuyên truyền viên pháp luật và hòa giải "
            "viên trên địa bàn tỉnh",
            bold=True,
        ),
        P("- Cơ quan thực hiện: Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật."),
        P("- Phối hợp: UBND các xã, phường, đặc khu."),
        P("- Thời gian thực hiện: Từ tháng 3 đến tháng 8/2026."),
        P("2. Đổi mới hình thức phổ biến trên môi trường số", bold=True),
        P("2.1. Sản xuất video ngắn, infographic giới thiệu luật mới có hiệu lực năm 2026", bold=True),
        P("- Cơ quan thực hiện: Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật."),
        P("- Phối hợp: Báo và Phát thanh, Truyền hình Lâm Đồng."),
        P("- Thời gian thực hiện: Quý I - III/2026."),
        P(
            "2.2. Tổ chức hội nghị phổ biến pháp luật trực tuyến kết nối đến các xã, phường, đặc khu",
            bold=True,
        ),
        P("- Cơ quan thực hiện: Văn phòng Sở."),
        P("- Phối hợp: Sở Khoa học và Công nghệ; UBND các xã, phường, đặc khu."),
        P("- Thời gian thực hiện: Khi có luật, nghị quyết mới được Quốc hội thông qua."),
        P("2.3. Thí điểm trợ lý ảo hỏi - đáp pháp luật trên ứng dụng công dân số của tỉnh", bold=True),
        P("- Cơ quan thực hiện: Sở Khoa học và Công nghệ."),
        P("- Phối hợp: Sở Tư pháp, Công an tỉnh."),
        P("- Thời gian thực hiện: Trước ngày 30/10/2026."),
        P("3. Bồi dưỡng kỹ năng số cho đội ngũ làm công tác phổ biến pháp luật", bold=True),
        P("- Cơ quan thực hiện: Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật."),
        P("- Phối hợp: Hội Luật gia tỉnh; Đoàn Luật sư tỉnh."),
        P("- Thời gian thực hiện: Quý III/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "1. Các phòng, đơn vị thuộc Sở căn cứ nhiệm vụ được giao chủ động triển khai; báo cáo kết quả "
            "về Văn phòng Sở trước ngày 10/6/2026 (báo cáo 6 tháng) và trước ngày 10/11/2026 (báo cáo năm)."
        ),
        P(
            "2. Đề nghị các sở, ngành, UBND các xã, phường, đặc khu phối hợp thực hiện. Trong quá trình "
            "thực hiện, nếu có khó khăn, vướng mắc, phản ánh về Sở Tư pháp để được hướng dẫn."
        ),
    ]
    + _end(
        [
            "UBND tỉnh (b/c);",
            "Bộ Tư pháp (Vụ PBGDPL);",
            "Giám đốc, các PGĐ Sở;",
            "Các phòng, đơn vị thuộc Sở;",
        ],
        ["GIÁM ĐỐC"],
        "Trần Văn Hòa",
    ),
    [
        Exp(
            "Cập nhật, số hóa tài liệu phổ biến pháp luật",
            ("Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật",),
            ("Văn phòng Sở", "Trung tâm Trợ giúp pháp lý nhà nước tỉnh"),
            "2026-12-31",
        ),
        Exp(
            "Kết nối Trang thông tin PBGDPL tỉnh",
            ("Văn phòng Sở",),
            ("Sở Khoa học và Công nghệ", "Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật"),
            "2026-06-30",
        ),
        Exp(
            "Xây dựng cơ sở dữ liệu báo cáo viên",
            ("Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật",),
            ("UBND các xã, phường, đặc khu",),
            "2026-08-31",
        ),
        Exp(
            "Sản xuất video ngắn, infographic giới thiệu",
            ("Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật",),
            ("Báo và Phát thanh, Truyền hình Lâm Đồng",),
            "2026-09-30",
        ),
        Exp(
            "Tổ chức hội nghị phổ biến pháp luật trực tuyến",
            ("Văn phòng Sở",),
            ("Sở Khoa học và Công nghệ", "UBND các xã, phường, đặc khu"),
            "2026-12-31",
            on_request=True,
        ),
        Exp(
            "Thí điểm trợ lý ảo hỏi - đáp",
            ("Sở Khoa học và Công nghệ",),
            ("Sở Tư pháp", "Công an tỉnh"),
            "2026-10-30",
        ),
        Exp(
            "Bồi dưỡng kỹ năng số cho đội ngũ",
            ("Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật",),
            ("Hội Luật gia tỉnh", "Đoàn Luật sư tỉnh"),
            "2026-09-30",
        ),
    ],
)

# ---------------------------------------------------------------- 3. UBND xã, hòa giải ở cơ sở
PLAN_XA = Plan(
    "xa_krong_buk_hoa_giai",
    _hdr(
        ["ỦY BAN NHÂN DÂN", "XÃ KRÔNG BÚK"],
        "27/KH-UBND",
        "Krông Búk, ngày 12 tháng 02 năm 2026",
        ["Thực hiện công tác hòa giải ở cơ sở trên địa bàn xã năm 2026"],
    )
    + [
        P(
            "Căn cứ Luật Hòa giải ở cơ sở năm 2013; Nghị định số 15/2014/NĐ-CP ngày 27/02/2014 của Chính "
            "phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hòa giải ở cơ sở;"
        ),
        P(
            "Căn cứ Kế hoạch số 09/KH-UBND ngày 10/01/2026 của UBND tỉnh Đắk Lắk về công tác phổ biến, giáo "
            "dục pháp luật, hòa giải ở cơ sở và xây dựng xã, phường đạt chuẩn tiếp cận pháp luật năm 2026;"
        ),
        P(
            "Ủy ban nhân dân xã Krông Búk ban hành Kế hoạch thực hiện công tác hòa giải ở cơ sở năm 2026 "
            "như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "1. Kịp thời hòa giải các mâu thuẫn, tranh chấp nhỏ trong cộng đồng dân cư, góp phần giữ gìn "
            "đoàn kết, an ninh trật tự tại các thôn, buôn."
        ),
        P(
            "2. Củng cố, kiện toàn tổ hòa giải; nâng cao kỹ năng cho hòa giải viên, nhất là ở các buôn "
            "đồng bào dân tộc thiểu số."
        ),
        P("II. NỘI DUNG", bold=True),
        P("a) Rà soát, kiện toàn tổ hòa giải và hòa giải viên ở các thôn, buôn sau sắp xếp"),
        P(
            "Phòng Văn hóa - Xã hội chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam xã và Trưởng "
            "các thôn, buôn thực hiện; công nhận, cho thôi hòa giải viên theo quy định. Thời gian: Quý "
            "I/2026."
        ),
        P("b) Tập huấn kỹ năng hòa giải cho hòa giải viên, tổ trưởng tổ hòa giải"),
        P(
            "Phòng Văn hóa - Xã hội chủ trì, phối hợp với Công an xã, Hội Nông dân xã và Hội Liên hiệp "
            "Phụ nữ xã tổ chức 02 lớp tập huấn (có phiên dịch tiếng Ê Đê). Thời gian: Tháng 4 - 5/2026."
        ),
        P("c) Cung cấp tài liệu, sổ theo dõi hoạt động hòa giải cho các tổ hòa giải"),
        P(
            "Giao Văn phòng HĐND và UBND xã chủ trì, phối hợp với Phòng Kinh tế bố trí kinh phí, in ấn và "
            "cấp phát. Thời gian: trước ngày 30/6/2026."
        ),
        P("d) Vận động nhân dân tham gia hòa giải và thực hiện kết quả hòa giải thành"),
        P(
            "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã chủ trì, phối hợp với các tổ chức chính trị - xã "
            "hội xã lồng ghép nội dung vận động trong các buổi sinh hoạt khu dân cư. Thời gian: Cả năm."
        ),
        P("đ) Phối hợp giữa hòa giải ở cơ sở với giải quyết tranh chấp đất đai tại xã"),
        P(
            "Phòng Kinh tế chủ trì, phối hợp với Phòng Văn hóa - Xã hội và các tổ hòa giải thôn, buôn thực "
            "hiện hòa giải tranh chấp đất đai theo Luật Đất đai năm 2024. Thời gian: Thường xuyên."
        ),
        P("e) Khen thưởng hòa giải viên tiêu biểu"),
        P(
            "Phòng Văn hóa - Xã hội chủ trì tham mưu Chủ tịch UBND xã khen thưởng. Thời gian: sau khi có "
            "hướng dẫn của Sở Tư pháp về tổng kết công tác hòa giải ở cơ sở năm 2026."
        ),
        P("g) Báo cáo thống kê kết quả hòa giải ở cơ sở"),
        P(
            "Công chức Tư pháp - Hộ tịch xã chủ trì tổng hợp số liệu từ các tổ hòa giải, báo cáo UBND xã "
            "và Sở Tư pháp. Thời gian: trước ngày 15/11/2026."
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "1. Phòng Văn hóa - Xã hội là đầu mối theo dõi, đôn đốc việc thực hiện Kế hoạch; báo cáo kết "
            "quả về UBND xã trước ngày 20/11/2026."
        ),
        P(
            "2. Kinh phí thực hiện theo Nghị quyết số 12/2025/NQ-HĐND ngày 10/12/2025 của HĐND tỉnh Đắk Lắk "
            "quy định mức chi cho công tác hòa giải ở cơ sở."
        ),
    ]
    + _end(
        [
            "Sở Tư pháp tỉnh Đắk Lắk (b/c);",
            "TT Đảng ủy, TT HĐND xã (b/c);",
            "CT, các PCT UBND xã;",
            "Các thôn, buôn;",
        ],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        "Y Blin Niê",
    ),
    [
        Exp(
            "Rà soát, kiện toàn tổ hòa giải",
            ("Phòng Văn hóa - Xã hội",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Trưởng các thôn, buôn"),
            "2026-03-31",
        ),
        Exp(
            "Tập huấn kỹ năng hòa giải cho hòa giải viên",
            ("Phòng Văn hóa - Xã hội",),
            ("Công an xã", "Hội Nông dân xã", "Hội Liên hiệp Phụ nữ xã"),
            "2026-05-31",
        ),
        Exp(
            "Cung cấp tài liệu, sổ theo dõi", ("Văn phòng HĐND và UBND xã",), ("Phòng Kinh tế",), "2026-06-30"
        ),
        Exp(
            "Vận động nhân dân tham gia hòa giải",
            ("Ủy ban Mặt trận Tổ quốc Việt Nam xã",),
            ("các tổ chức chính trị - xã hội xã",),
            "2026-12-31",
        ),
        Exp(
            "Phối hợp giữa hòa giải ở cơ sở",
            ("Phòng Kinh tế",),
            ("Phòng Văn hóa - Xã hội", "các tổ hòa giải thôn, buôn"),
            "2026-12-31",
        ),
        Exp(
            "Khen thưởng hòa giải viên tiêu biểu",
            ("Phòng Văn hóa - Xã hội",),
            (),
            "2026-12-31",
            on_request=True,
        ),
        Exp("Báo cáo thống kê kết quả hòa giải", ("Công chức Tư pháp - Hộ tịch xã",), (), "2026-11-15"),
    ],
)

# ---------------------------------------------------------------- 4. UBND phường, tiếp cận pháp luật
PLAN_PHUONG = Plan(
    "phuong_binh_tay_tiep_can",
    _hdr(
        ["ỦY BAN NHÂN DÂN", "PHƯỜNG BÌNH TÂY"],
        "58/KH-UBND",
        "Phường Bình Tây, ngày 06 tháng 3 năm 2026",
        [
            "Xây dựng phường đạt chuẩn tiếp cận pháp luật và thực hiện Đề án",
            "\u201cTăng cường năng lực tiếp cận pháp luật của người dân\u201d năm 2026",
        ],
    )
    + [
        P(
            "Căn cứ Quyết định số 25/2021/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ quy định về xã, "
            "phường, thị trấn đạt chuẩn tiếp cận pháp luật; Quyết định số 977/QĐ-TTg ngày 11/8/2022 của Thủ "
            "tướng Chính phủ phê duyệt Đề án \u201cTăng cường năng lực tiếp cận pháp luật của người "
            "dân\u201d;"
        ),
        P(
            "Căn cứ Kế hoạch số 402/KH-UBND ngày 28/01/2026 của UBND Thành phố Hồ Chí Minh về xây dựng xã, "
            "phường, đặc khu đạt chuẩn tiếp cận pháp luật năm 2026;"
        ),
        P("Ủy ban nhân dân phường Bình Tây xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "Bảo đảm quyền tiếp cận thông tin pháp luật của người dân, đặc biệt là tiểu thương, người lao "
            "động tự do, người cao tuổi; phấn đấu phường đạt chuẩn tiếp cận pháp luật năm 2026."
        ),
        P("II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        P("1. Tổ chức tự đánh giá, chấm điểm các chỉ tiêu tiếp cận pháp luật", bold=True),
        P(
            "- Phòng Văn hóa - Xã hội chủ trì, phối hợp với Văn phòng HĐND và UBND phường hướng dẫn các "
            "khu phố thu thập số liệu, tài liệu kiểm chứng; thời gian: tháng 9 - 10/2026."
        ),
        P(
            "- Hội đồng đánh giá tiếp cận pháp luật phường tổ chức họp, đánh giá kết quả, đề nghị công nhận; "
            "thời gian: trước ngày 20/11/2026."
        ),
        P("2. Tăng cường tiếp cận thông tin pháp luật của tiểu thương và người lao động", bold=True),
        P(
            "- Ban Quản lý chợ Bình Tây chủ trì tổ chức phổ biến pháp luật về an toàn thực phẩm, thuế đối "
            "với hộ kinh doanh cho tiểu thương; phối hợp: Phòng Kinh tế, Hạ tầng và Đô thị; Thuế cơ sở 7 "
            "Thành phố Hồ Chí Minh; thời gian: Quý II/2026."
        ),
        P(
            "- Công an phường chủ trì tuyên truyền Luật Trật tự, an toàn giao thông đường bộ, Luật Phòng "
            "cháy, "
            "chữa cháy và cứu nạn, cứu hộ tại các khu nhà trọ công nhân, phối hợp với Đoàn Thanh niên "
            "phường; "
            "thời gian: từ tháng 4 đến tháng 7/2026."
        ),
        P("3. Nâng cao hiệu quả hoạt động của Tủ sách pháp luật và điểm hỗ trợ pháp lý", bold=True),
        P(
            "- Văn phòng HĐND và UBND phường chủ trì, phối hợp với Trung tâm Phục vụ hành chính công phường "
            "bổ sung sách, tài liệu, bố trí máy tra cứu văn bản pháp luật; thời gian: Quý I, II/2026."
        ),
        P(
            "- Đề nghị Chi nhánh Trung tâm Trợ giúp pháp lý nhà nước Thành phố Hồ Chí Minh phối hợp với UBND "
            "phường duy trì điểm tư vấn pháp luật miễn phí định kỳ; thời gian: hằng tháng."
        ),
        P("4. Công khai, minh bạch thủ tục hành chính và thông tin phải công khai", bold=True),
        P(
            "- Trung tâm Phục vụ hành chính công phường chủ trì niêm yết, công khai thủ tục hành chính, "
            "hướng dẫn người dân thực hiện dịch vụ công trực tuyến; thời gian: thường xuyên."
        ),
        P("5. Tổ chức đối thoại chính sách pháp luật với người dân về bồi thường, tái định cư", bold=True),
        P(
            "- Phó Chủ tịch UBND phường phụ trách kinh tế chủ trì; Phòng Kinh tế, Hạ tầng và Đô thị; Ủy ban "
            "Mặt trận Tổ quốc Việt Nam phường và Ban điều hành các khu phố phối hợp; thời gian: Quý III/2026."
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "1. Giao Phòng Văn hóa - Xã hội là cơ quan thường trực, theo dõi, đôn đốc và tổng hợp kết quả; "
            "báo cáo UBND phường và Sở Tư pháp trước ngày 25/11/2026."
        ),
        P(
            "2. Thủ trưởng các cơ quan, đơn vị thuộc UBND phường căn cứ nhiệm vụ được phân công xây dựng kế "
            "hoạch cụ thể để triển khai."
        ),
    ]
    + _end(
        [
            "Sở Tư pháp TP. Hồ Chí Minh;",
            "Thường trực Đảng ủy phường;",
            "Chủ tịch, các PCT UBND phường;",
            "Các khu phố;",
        ],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
        "Lê Hoàng Nam",
    ),
    [
        Exp(
            "Phòng Văn hóa - Xã hội chủ trì, phối hợp với Văn phòng HĐND",
            ("Phòng Văn hóa - Xã hội",),
            ("Văn phòng HĐND và UBND phường",),
            "2026-10-31",
        ),
        Exp(
            "Hội đồng đánh giá tiếp cận pháp luật phường tổ chức",
            ("Hội đồng đánh giá tiếp cận pháp luật phường",),
            (),
            "2026-11-20",
        ),
        Exp(
            "Ban Quản lý chợ Bình Tây chủ trì",
            ("Ban Quản lý chợ Bình Tây",),
            ("Phòng Kinh tế, Hạ tầng và Đô thị", "Thuế cơ sở 7 Thành phố Hồ Chí Minh"),
            "2026-06-30",
        ),
        Exp(
            "Công an phường chủ trì tuyên truyền",
            ("Công an phường",),
            ("Đoàn Thanh niên phường",),
            "2026-07-31",
        ),
        Exp(
            "Văn phòng HĐND và UBND phường chủ trì, phối hợp",
            ("Văn phòng HĐND và UBND phường",),
            ("Trung tâm Phục vụ hành chính công phường",),
            "2026-06-30",
        ),
        Exp(
            "Đề nghị Chi nhánh Trung tâm Trợ giúp pháp lý",
            ("Chi nhánh Trung tâm Trợ giúp pháp lý nhà nước Thành phố Hồ Chí Minh",),
            ("UBND phường",),
            "2026-12-31",
        ),
        Exp(
            "Công khai, minh bạch thủ tục hành chính",
            ("Trung tâm Phục vụ hành chính công phường",),
            (),
            "2026-12-31",
        ),
        Exp(
            "Tổ chức đối thoại chính sách pháp luật",
            ("Phó Chủ tịch UBND phường phụ trách kinh tế",),
            (
                "Phòng Kinh tế, Hạ tầng và Đô thị",
                "Ủy ban Mặt trận Tổ quốc Việt Nam phường",
                "Ban điều hành các khu phố",
            ),
            "2026-09-30",
        ),
    ],
)

# ---------------------------------------------------------------- 5. Đặc khu Phú Quốc, luật mới
PLAN_DK = Plan(
    "dac_khu_phu_quoc_luat_moi",
    _hdr(
        ["ỦY BAN NHÂN DÂN", "ĐẶC KHU PHÚ QUỐC"],
        "14/KH-UBND",
        "Phú Quốc, ngày 26 tháng 01 năm 2026",
        ["Phổ biến các luật, nghị quyết mới có hiệu lực năm 2026", "trên địa bàn đặc khu Phú Quốc"],
    )
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012; Luật Tổ chức chính quyền địa phương năm 2025;"),
        P(
            "Căn cứ Kế hoạch số 31/KH-UBND ngày 19/01/2026 của UBND tỉnh An Giang về tổ chức triển khai thi "
            "hành các luật, nghị quyết được Quốc hội khóa XV thông qua tại Kỳ họp thứ 10;"
        ),
        P(
            "Ủy ban nhân dân đặc khu Phú Quốc ban hành Kế hoạch phổ biến các luật, nghị quyết mới có hiệu "
            "lực "
            "năm 2026 như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "1. Giúp cán bộ, công chức, ngư dân, doanh nghiệp du lịch và người dân trên đặc khu kịp thời nắm "
            "bắt nội dung cơ bản, điểm mới của các luật có hiệu lực từ ngày 01/01/2026 và 01/7/2026."
        ),
        P(
            "2. Nội dung phổ biến có trọng tâm, phù hợp từng nhóm đối tượng; gắn với đặc thù kinh tế biển, "
            "du lịch của đặc khu."
        ),
        P("II. NỘI DUNG, THỜI GIAN VÀ PHÂN CÔNG", bold=True),
        T(
            (
                ("Nội dung", "Thời gian", "Cơ quan chủ trì", "Cơ quan phối hợp", "Kinh phí", "Ghi chú"),
                (
                    "Hội nghị quán triệt các luật có hiệu lực từ 01/01/2026 cho cán bộ, công chức đặc khu",
                    "Tháng 02/2026",
                    "Phòng Văn hóa - Xã hội",
                    "Văn phòng HĐND và UBND đặc khu",
                    "Ngân sách đặc khu",
                    "Mời báo cáo viên Sở Tư pháp",
                ),
                (
                    "Phổ biến pháp luật về thủy sản, chống khai thác IUU cho ngư dân, chủ tàu cá",
                    "Tháng 3 - 5/2026",
                    "Phòng Kinh tế",
                    "Đồn Biên phòng Dương Đông; Hạt Kiểm lâm đặc khu; Hội Nghề cá đặc khu",
                    "Ngân sách đặc khu",
                    "Tại các bến cá",
                ),
                (
                    "Tuyên truyền pháp luật về du lịch, bảo vệ môi trường cho doanh nghiệp, cơ sở lưu trú",
                    "Quý II, III/2026",
                    "Phòng Kinh tế",
                    "Hiệp hội Du lịch đặc khu Phú Quốc, Ban Quản lý Khu kinh tế Phú Quốc",
                    "Xã hội hóa",
                    "",
                ),
                (
                    "Phát sóng chuyên mục \u201cLuật mới trong cuộc sống\u201d trên hệ thống truyền thanh",
                    "Hằng tháng",
                    "Trung tâm Văn hóa, Thể thao và Truyền thanh đặc khu",
                    "Phòng Văn hóa - Xã hội",
                    "Ngân sách đặc khu",
                    "02 kỳ/tháng",
                ),
                (
                    "Phổ biến Luật Phòng, chống ma túy (sửa đổi) và pháp luật về an ninh trật tự cho người "
                    "lao "
                    "động ngoại tỉnh, khách du lịch",
                    "Từ tháng 6 đến tháng 9/2026",
                    "Công an đặc khu",
                    "Đoàn Thanh niên đặc khu",
                    "Ngân sách ngành",
                    "",
                ),
                (
                    "Biên soạn tờ gấp hỏi - đáp pháp luật bằng tiếng Việt, tiếng Anh phát tại cảng, sân bay",
                    "Quý III/2026",
                    "Phòng Văn hóa - Xã hội",
                    "Cảng vụ Hàng hải Kiên Giang - Đại diện Phú Quốc",
                    "Ngân sách đặc khu",
                    "5.000 tờ",
                ),
                (
                    "Tổ chức hội nghị phổ biến các luật mới được Quốc hội thông qua tại Kỳ họp cuối năm 2026",
                    "Sau khi có kế hoạch triển khai của UBND tỉnh",
                    "Phòng Văn hóa - Xã hội",
                    "Các cơ quan, đơn vị có liên quan",
                    "Ngân sách đặc khu",
                    "",
                ),
            ),
            (60, 28, 32, 40, 22, 25),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "1. Phòng Văn hóa - Xã hội là cơ quan đầu mối, hướng dẫn, đôn đốc; tổng hợp báo cáo kết quả về "
            "UBND đặc khu trước ngày 05/12/2026."
        ),
        P(
            "2. Các cơ quan được giao chủ trì báo cáo kết quả thực hiện về Phòng Văn hóa - Xã hội trước ngày "
            "25/11/2026 để tổng hợp báo cáo Sở Tư pháp tỉnh An Giang."
        ),
    ]
    + _end(
        [
            "Sở Tư pháp tỉnh An Giang;",
            "TT Đảng ủy đặc khu;",
            "Chủ tịch, PCT UBND đặc khu;",
            "Các cơ quan, đơn vị trên địa bàn;",
        ],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        "Nguyễn Minh Triết",
    ),
    [
        Exp(
            "Hội nghị quán triệt các luật có hiệu lực",
            ("Phòng Văn hóa - Xã hội",),
            ("Văn phòng HĐND và UBND đặc khu",),
            "2026-02-28",
        ),
        Exp(
            "Phổ biến pháp luật về thủy sản",
            ("Phòng Kinh tế",),
            ("Đồn Biên phòng Dương Đông", "Hạt Kiểm lâm đặc khu", "Hội Nghề cá đặc khu"),
            "2026-05-31",
        ),
        Exp(
            "Tuyên truyền pháp luật về du lịch",
            ("Phòng Kinh tế",),
            ("Hiệp hội Du lịch đặc khu Phú Quốc", "Ban Quản lý Khu kinh tế Phú Quốc"),
            "2026-09-30",
        ),
        Exp(
            "Phát sóng chuyên mục \u201cLuật mới trong cuộc sống\u201d",
            ("Trung tâm Văn hóa, Thể thao và Truyền thanh đặc khu",),
            ("Phòng Văn hóa - Xã hội",),
            "2026-12-31",
        ),
        Exp(
            "Phổ biến Luật Phòng, chống ma túy",
            ("Công an đặc khu",),
            ("Đoàn Thanh niên đặc khu",),
            "2026-09-30",
        ),
        Exp(
            "Biên soạn tờ gấp hỏi - đáp pháp luật",
            ("Phòng Văn hóa - Xã hội",),
            ("Cảng vụ Hàng hải Kiên Giang - Đại diện Phú Quốc",),
            "2026-09-30",
        ),
        Exp(
            "Tổ chức hội nghị phổ biến các luật mới",
            ("Phòng Văn hóa - Xã hội",),
            ("Các cơ quan, đơn vị có liên quan",),
            "2026-12-31",
            on_request=True,
        ),
    ],
)

# ---------------------------------------------------------------- 6. Trường THPT, năm học 2026-2027
PLAN_THPT = Plan(
    "thpt_nguyen_du_nam_hoc",
    _START
    + [
        P("SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐỒNG THÁP", center=True),
        P("TRƯỜNG THPT NGUYỄN DU", bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True),
        P("Độc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P("Số: 112/KH-THPTND", center=True),
        P("Cao Lãnh, ngày 15 tháng 9 năm 2026", center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P("Phổ biến, giáo dục pháp luật năm học 2026 - 2027", bold=True, center=True),
        P(
            "Căn cứ Công văn số 2150/SGDĐT-CTTT ngày 05/9/2026 của Sở Giáo dục và Đào tạo tỉnh Đồng Tháp "
            "về hướng dẫn thực hiện nhiệm vụ công tác chính trị, tư tưởng, học sinh năm học 2026 - 2027;"
        ),
        P(
            "Căn cứ Kế hoạch số 245/KH-THPTND ngày 01/9/2026 của Trường THPT Nguyễn Du về thực hiện nhiệm vụ "
            "năm học 2026 - 2027, Trường THPT Nguyễn Du xây dựng kế hoạch PBGDPL như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "- Trang bị cho học sinh kiến thức pháp luật về an toàn giao thông, phòng, chống bạo lực học "
            "đường, an toàn trên không gian mạng; hình thành thói quen sống và làm việc theo pháp luật."
        ),
        P("- Các hoạt động được tổ chức lồng ghép, không gây quá tải cho học sinh."),
        P("II. NỘI DUNG VÀ GIẢI PHÁP", bold=True),
        P("a) Tích hợp giáo dục pháp luật trong môn Giáo dục kinh tế và pháp luật", bold=True),
        P("+ Người thực hiện: Tổ trưởng tổ Sử - Địa - GDKT&PL."),
        P("+ Phối hợp: Phó Hiệu trưởng phụ trách chuyên môn."),
        P("+ Thời gian: Từ tháng 9/2026 đến tháng 5/2027."),
        P("b) Sinh hoạt dưới cờ chủ đề \u201cAn toàn giao thông cho nụ cười ngày mai\u201d", bold=True),
        P("+ Người thực hiện: Bí thư Đoàn trường."),
        P("+ Phối hợp: Giáo viên chủ nhiệm các lớp; Công an phường Mỹ Trà."),
        P("+ Thời gian: Tháng 10/2026."),
        P("c) Tổ chức cuộc thi \u201cHọc sinh với pháp luật\u201d hưởng ứng Ngày Pháp luật", bold=True),
        P("+ Người thực hiện: Phó Hiệu trưởng phụ trách hoạt động ngoài giờ."),
        P("+ Phối hợp: Đoàn trường, Tổ Sử - Địa - GDKT&PL, Thư viện nhà trường."),
        P("+ Thời gian: Từ ngày 15/10 đến ngày 09/11/2026."),
        P(
            "d) Phổ biến quy định về phòng, chống bạo lực học đường và an toàn trên không gian mạng",
            bold=True,
        ),
        P("+ Người thực hiện: Giáo viên chủ nhiệm các lớp."),
        P("+ Phối hợp: Tổ Tư vấn tâm lý học đường."),
        P("+ Thời gian: Tháng 12/2026 và tháng 3/2027."),
        P("đ) Bổ sung sách, tài liệu pháp luật cho Tủ sách pháp luật nhà trường", bold=True),
        P("+ Người thực hiện: Nhân viên thư viện."),
        P("+ Phối hợp: Kế toán nhà trường."),
        P("+ Thời gian: Quý IV/2026."),
        P("e) Phổ biến pháp luật cho cán bộ, giáo viên, nhân viên về Luật Nhà giáo", bold=True),
        P("+ Người thực hiện: Chủ tịch Công đoàn cơ sở."),
        P("+ Phối hợp: Hiệu trưởng."),
        P("+ Thời gian: Tháng 01/2027."),
        P("g) Sơ kết, tổng kết công tác PBGDPL năm học", bold=True),
        P("+ Người thực hiện: Phó Hiệu trưởng phụ trách hoạt động ngoài giờ."),
        P("+ Thời gian: trước ngày 20/5/2027."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "Các tổ chuyên môn, giáo viên chủ nhiệm, Đoàn trường căn cứ kế hoạch triển khai; báo cáo kết quả "
            "học kỳ I về Phó Hiệu trưởng trước ngày 10/01/2027 để tổng hợp báo cáo Sở Giáo dục và Đào tạo."
        ),
    ]
    + _end(
        ["Sở GDĐT (b/c);", "Ban Giám hiệu;", "Các tổ chuyên môn, Đoàn trường;"],
        ["HIỆU TRƯỞNG"],
        "Phạm Thị Thu Hà",
    ),
    [
        Exp(
            "Tích hợp giáo dục pháp luật trong môn",
            ("Tổ trưởng tổ Sử - Địa - GDKT&PL",),
            ("Phó Hiệu trưởng phụ trách chuyên môn",),
            "2027-05-31",
        ),
        Exp(
            "Sinh hoạt dưới cờ chủ đề",
            ("Bí thư Đoàn trường",),
            ("Giáo viên chủ nhiệm các lớp", "Công an phường Mỹ Trà"),
            "2026-10-31",
        ),
        Exp(
            "Tổ chức cuộc thi \u201cHọc sinh với pháp luật\u201d",
            ("Phó Hiệu trưởng phụ trách hoạt động ngoài giờ",),
            ("Đoàn trường", "Tổ Sử - Địa - GDKT&PL", "Thư viện nhà trường"),
            "2026-11-09",
        ),
        Exp(
            "Phổ biến quy định về phòng, chống bạo lực",
            ("Giáo viên chủ nhiệm các lớp",),
            ("Tổ Tư vấn tâm lý học đường",),
            "2027-03-31",
        ),
        Exp(
            "Bổ sung sách, tài liệu pháp luật", ("Nhân viên thư viện",), ("Kế toán nhà trường",), "2026-12-31"
        ),
        Exp(
            "Phổ biến pháp luật cho cán bộ, giáo viên",
            ("Chủ tịch Công đoàn cơ sở",),
            ("Hiệu trưởng",),
            "2027-01-31",
        ),
        Exp(
            "Sơ kết, tổng kết công tác PBGDPL",
            ("Phó Hiệu trưởng phụ trách hoạt động ngoài giờ",),
            (),
            "2027-05-20",
        ),
    ],
)

# ---------------------------------------------------------------- 7. LĐLĐ tỉnh, PBGDPL for workers
PLAN_LDLD = Plan(
    "ldld_bac_ninh_cong_nhan",
    _hdr(
        ["TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", "LIÊN ĐOÀN LAO ĐỘNG TỈNH BẮC NINH"],
        "09/KH-LĐLĐ",
        "Bắc Ninh, ngày 20 tháng 01 năm 2026",
        ["Tuyên truyền, phổ biến, giáo dục pháp luật cho đoàn viên, người lao động năm 2026"],
    )
    + [
        P("Căn cứ Luật Công đoàn năm 2024; Bộ luật Lao động năm 2019; Luật Bảo hiểm xã hội năm 2024;"),
        P(
            "Căn cứ Chương trình số 05/CTr-TLĐ ngày 08/01/2026 của Đoàn Chủ tịch Tổng Liên đoàn Lao động "
            "Việt "
            "Nam về công tác tuyên truyền, phổ biến, giáo dục pháp luật năm 2026; Kế hoạch số 21/KH-UBND "
            "ngày "
            "14/01/2026 của UBND tỉnh Bắc Ninh về công tác PBGDPL năm 2026;"
        ),
        P("Ban Thường vụ Liên đoàn Lao động tỉnh xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "1. Nâng cao hiểu biết pháp luật lao động, công đoàn, bảo hiểm xã hội cho đoàn viên, người lao "
            "động, nhất là công nhân tại các khu công nghiệp; giảm tranh chấp lao động, ngừng việc tập thể."
        ),
        P("2. Đổi mới hình thức tuyên truyền, tăng cường tuyên truyền qua mạng xã hội, nhóm Zalo công nhân."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        T(
            (
                ("STT", "Nội dung", "Phân công thực hiện", "", "Thời gian"),
                ("", "", "Chủ trì", "Phối hợp", ""),
                (
                    "1",
                    "Tuyên truyền Luật Công đoàn năm 2024 và các văn bản hướng dẫn thi hành đến công đoàn "
                    "cơ sở",
                    "Ban Tuyên giáo - Nữ công",
                    "Các công đoàn cấp trên trực tiếp cơ sở; Báo Lao động Bắc Ninh",
                    "Quý I, II/2026",
                ),
                (
                    "2",
                    "Tổ chức \u201cNgày hội pháp luật công nhân\u201d tại các khu công nghiệp",
                    "Công đoàn các khu công nghiệp tỉnh",
                    "Sở Nội vụ; Bảo hiểm xã hội tỉnh Bắc Ninh; Thanh tra tỉnh",
                    "Tháng 5/2026",
                ),
                (
                    "3",
                    "Tư vấn pháp luật miễn phí, hỗ trợ người lao động trong tranh chấp lao động",
                    "Trung tâm Tư vấn pháp luật Công đoàn tỉnh",
                    "Ban Chính sách - Pháp luật",
                    "Thường xuyên",
                ),
                (
                    "4",
                    "Đối thoại, thương lượng tập thể gắn với phổ biến pháp luật về tiền lương, thời giờ làm "
                    "việc",
                    "Ban Chính sách - Pháp luật",
                    "Công đoàn các khu công nghiệp tỉnh, công đoàn cơ sở doanh nghiệp",
                    "Quý II - IV/2026",
                ),
                (
                    "5",
                    "Cuộc thi trực tuyến \u201cTìm hiểu pháp luật lao động và công đoàn\u201d năm 2026",
                    "Ban Tuyên giáo - Nữ công",
                    "Văn phòng Liên đoàn Lao động tỉnh; Sở Tư pháp",
                    "Từ 01/8 đến 30/9/2026",
                ),
                (
                    "6",
                    "Phổ biến pháp luật về bảo hiểm xã hội, bảo hiểm thất nghiệp cho lao động nữ, lao động "
                    "lớn tuổi",
                    "Ban Tuyên giáo - Nữ công",
                    "Bảo hiểm xã hội tỉnh Bắc Ninh",
                    "Tháng 7 - 8/2026",
                ),
                (
                    "7",
                    "Tập huấn nghiệp vụ tuyên truyền pháp luật cho cán bộ công đoàn cơ sở",
                    "Ban Tổ chức - Kiểm tra",
                    "Ban Tuyên giáo - Nữ công; Ban Chính sách - Pháp luật",
                    "Theo hướng dẫn của Tổng Liên đoàn",
                ),
                (
                    "8",
                    "Sơ kết 6 tháng, tổng kết năm công tác PBGDPL trong công nhân, viên chức, lao động",
                    "Văn phòng Liên đoàn Lao động tỉnh",
                    "Các ban Liên đoàn Lao động tỉnh",
                    "Tháng 6 và tháng 12/2026",
                ),
            ),
            (10, 70, 35, 45, 28),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "1. Các ban, đơn vị trực thuộc Liên đoàn Lao động tỉnh chủ động xây dựng kế hoạch chi tiết; các "
            "công đoàn cấp trên trực tiếp cơ sở báo cáo kết quả 6 tháng trước ngày 15/6/2026, báo cáo năm "
            "trước "
            "ngày 15/11/2026 về Liên đoàn Lao động tỉnh (qua Ban Tuyên giáo - Nữ công)."
        ),
        P("2. Kinh phí thực hiện từ nguồn tài chính công đoàn năm 2026 theo phân cấp."),
    ]
    + _end(
        [
            "Tổng LĐLĐ Việt Nam (b/c);",
            "Thường trực Tỉnh ủy (b/c);",
            "Sở Tư pháp;",
            "Các công đoàn cấp trên trực tiếp cơ sở;",
        ],
        ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH"],
        "Nguyễn Thị Hằng",
    ),
    [
        Exp(
            "Tuyên truyền Luật Công đoàn năm 2024",
            ("Ban Tuyên giáo - Nữ công",),
            ("Các công đoàn cấp trên trực tiếp cơ sở", "Báo Lao động Bắc Ninh"),
            "2026-06-30",
        ),
        Exp(
            "Tổ chức \u201cNgày hội pháp luật công nhân\u201d",
            ("Công đoàn các khu công nghiệp tỉnh",),
            ("Sở Nội vụ", "Bảo hiểm xã hội tỉnh Bắc Ninh", "Thanh tra tỉnh"),
            "2026-05-31",
        ),
        Exp(
            "Tư vấn pháp luật miễn phí, hỗ trợ người lao động",
            ("Trung tâm Tư vấn pháp luật Công đoàn tỉnh",),
            ("Ban Chính sách - Pháp luật",),
            "2026-12-31",
        ),
        Exp(
            "Đối thoại, thương lượng tập thể gắn với",
            ("Ban Chính sách - Pháp luật",),
            ("Công đoàn các khu công nghiệp tỉnh", "công đoàn cơ sở doanh nghiệp"),
            "2026-12-31",
        ),
        Exp(
            "Cuộc thi trực tuyến \u201cTìm hiểu pháp luật lao động",
            ("Ban Tuyên giáo - Nữ công",),
            ("Văn phòng Liên đoàn Lao động tỉnh", "Sở Tư pháp"),
            "2026-09-30",
        ),
        Exp(
            "Phổ biến pháp luật về bảo hiểm xã hội",
            ("Ban Tuyên giáo - Nữ công",),
            ("Bảo hiểm xã hội tỉnh Bắc Ninh",),
            "2026-08-31",
        ),
        Exp(
            "Tập huấn nghiệp vụ tuyên truyền pháp luật",
            ("Ban Tổ chức - Kiểm tra",),
            ("Ban Tuyên giáo - Nữ công", "Ban Chính sách - Pháp luật"),
            "2026-12-31",
            on_request=True,
        ),
        Exp(
            "Sơ kết 6 tháng, tổng kết năm",
            ("Văn phòng Liên đoàn Lao động tỉnh",),
            ("Các ban Liên đoàn Lao động tỉnh",),
            "2026-12-31",
        ),
    ],
)

# ---------------------------------------------------------------- 8. Enterprise, inline parentheses
PLAN_DN = Plan(
    "tct_cang_hang_khong_pbgdpl",
    _hdr(
        ["TỔNG CÔNG TY CẢNG HÀNG KHÔNG VIỆT NAM - CTCP", "CẢNG HÀNG KHÔNG QUỐC TẾ ĐÀ NẴNG"],
        "215/KH-CHKĐN",
        "Đà Nẵng, ngày 09 tháng 02 năm 2026",
        ["Công tác phổ biến, giáo dục pháp luật năm 2026"],
    )
    + [
        P(
            "Căn cứ Luật Hàng không dân dụng Việt Nam năm 2006, được sửa đổi, bổ sung năm 2014; Nghị định số "
            "92/2016/NĐ-CP ngày 01/7/2016 của Chính phủ quy định về các ngành, nghề kinh doanh có điều kiện "
            "trong lĩnh vực hàng không dân dụng;"
        ),
        P(
            "Căn cứ Kế hoạch số 102/KH-TCTCHK ngày 16/01/2026 của Tổng công ty Cảng hàng không Việt Nam - "
            "CTCP "
            "về công tác phổ biến, giáo dục pháp luật năm 2026;"
        ),
        P("Cảng hàng không quốc tế Đà Nẵng ban hành Kế hoạch công tác PBGDPL năm 2026 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "Nâng cao ý thức chấp hành pháp luật về an ninh, an toàn hàng không, lao động, phòng cháy chữa "
            "cháy "
            "của người lao động; bảo đảm mọi người lao động được phổ biến đầy đủ quy định liên quan vị trí "
            "việc "
            "làm."
        ),
        P("II. NỘI DUNG CÔNG VIỆC", bold=True),
        P(
            "1. Phổ biến các văn bản pháp luật mới về hàng không dân dụng có hiệu lực năm 2026 cho cán bộ "
            "quản "
            "lý, người lao động (Chủ trì thực hiện: Phòng Pháp chế - Thanh tra; phối hợp: Trung tâm Khai "
            "thác "
            "ga, Trung tâm An ninh hàng không; thời hạn: Quý I/2026)."
        ),
        P(
            "2. Huấn luyện định kỳ pháp luật về an ninh hàng không cho nhân viên kiểm soát an ninh (Chủ trì "
            "thực "
            "hiện: Trung tâm An ninh hàng không; phối hợp: Phòng Tổ chức - Hành chính; thời hạn: Tháng 4 và "
            "tháng 10/2026)."
        ),
        P(
            "3. Phổ biến Bộ luật Lao động, nội quy lao động, thỏa ước lao động tập thể cho người lao động "
            "mới "
            "tuyển dụng (Chủ trì thực hiện: Phòng Tổ chức - Hành chính; phối hợp: Công đoàn Cảng hàng không "
            "quốc tế Đà Nẵng; thời hạn: khi có người lao động mới tuyển dụng)."
        ),
        P(
            "4. Tuyên truyền pháp luật về phòng cháy, chữa cháy và cứu nạn, cứu hộ năm 2024; tổ chức diễn "
            "tập "
            "khẩn nguy sân bay (Chủ trì thực hiện: Đội Cứu nạn, cứu hỏa; phối hợp: Phòng Cảnh sát phòng "
            "cháy, "
            "chữa cháy và cứu nạn, cứu hộ - Công an thành phố Đà Nẵng; thời hạn: Quý III/2026)."
        ),
        P(
            "5. Cập nhật văn bản pháp luật, quy chế nội bộ lên phần mềm quản lý văn bản điện tử của Cảng "
            "(Chủ trì thực hiện: Phòng Kỹ thuật - Công nghệ thông tin; phối hợp: Phòng Pháp chế - Thanh tra; "
            "thời hạn: thường xuyên)."
        ),
        P(
            "6. Tổ chức cuộc thi tìm hiểu pháp luật về an toàn hàng không dành cho đoàn viên thanh niên "
            "(Chủ trì thực hiện: Đoàn Thanh niên Cảng; phối hợp: Công đoàn Cảng hàng không quốc tế Đà Nẵng, "
            "Phòng Pháp chế - Thanh tra; thời hạn: từ tháng 9 đến tháng 11/2026)."
        ),
        P(
            "7. Phổ biến pháp luật về phòng, chống tham nhũng, tiêu cực và thực hành tiết kiệm cho cán bộ "
            "quản "
            "lý (Chủ trì thực hiện: Phòng Pháp chế - Thanh tra; thời hạn: trước ngày 30/6/2026)."
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "1. Phòng Pháp chế - Thanh tra là đầu mối theo dõi, đôn đốc, tổng hợp kết quả thực hiện; báo cáo "
            "Tổng công ty trước ngày 10/12/2026."
        ),
        P(
            "2. Trưởng các phòng, trung tâm, đội căn cứ kế hoạch này tổ chức thực hiện tại đơn vị mình; "
            "kinh phí "
            "thực hiện từ chi phí quản lý của Cảng năm 2026."
        ),
    ]
    + _end(
        ["Tổng công ty (Ban Pháp chế) (b/c);", "Giám đốc, các Phó Giám đốc;", "Các phòng, trung tâm, đội;"],
        ["GIÁM ĐỐC"],
        "Đỗ Văn Lâm",
    ),
    [
        Exp(
            "Phổ biến các văn bản pháp luật mới về hàng không",
            ("Phòng Pháp chế - Thanh tra",),
            ("Trung tâm Khai thác ga", "Trung tâm An ninh hàng không"),
            "2026-03-31",
        ),
        Exp(
            "Huấn luyện định kỳ pháp luật về an ninh",
            ("Trung tâm An ninh hàng không",),
            ("Phòng Tổ chức - Hành chính",),
            "2026-10-31",
        ),
        Exp(
            "Phổ biến Bộ luật Lao động, nội quy",
            ("Phòng Tổ chức - Hành chính",),
            ("Công đoàn Cảng hàng không quốc tế Đà Nẵng",),
            "2026-12-31",
            on_request=True,
        ),
        Exp(
            "Tuyên truyền pháp luật về phòng cháy",
            ("Đội Cứu nạn, cứu hỏa",),
            ("Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ - Công an thành phố Đà Nẵng",),
            "2026-09-30",
        ),
        Exp(
            "Cập nhật văn bản pháp luật, quy chế nội bộ",
            ("Phòng Kỹ thuật - Công nghệ thông tin",),
            ("Phòng Pháp chế - Thanh tra",),
            "2026-12-31",
        ),
        Exp(
            "Tổ chức cuộc thi tìm hiểu pháp luật",
            ("Đoàn Thanh niên Cảng",),
            ("Công đoàn Cảng hàng không quốc tế Đà Nẵng", "Phòng Pháp chế - Thanh tra"),
            "2026-11-30",
        ),
        Exp(
            "Phổ biến pháp luật về phòng, chống tham nhũng", ("Phòng Pháp chế - Thanh tra",), (), "2026-06-30"
        ),
    ],
)

# ------------------------------------------------ 9. Sở Dân tộc và Tôn giáo, ethnic minorities
PLAN_DTTG = Plan(
    "so_dttg_lao_cai_dtts",
    _hdr(
        ["UBND TỈNH LÀO CAI", "SỞ DÂN TỘC VÀ TÔN GIÁO"],
        "33/KH-SDTTG",
        "Lào Cai, ngày 24 tháng 02 năm 2026",
        [
            "Phổ biến, giáo dục pháp luật và tuyên truyền, vận động đồng bào vùng dân tộc thiểu số",
            "và miền núi tỉnh Lào Cai năm 2026",
        ],
    )
    + [
        P(
            "Căn cứ Quyết định số 1898/QĐ-TTg ngày 28/11/2021 của Thủ tướng Chính phủ phê duyệt Tiểu dự án 1 "
            "thuộc Dự án 10 - Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân "
            "tộc "
            "thiểu số và miền núi giai đoạn 2021 - 2030;"
        ),
        P(
            "Căn cứ Kế hoạch số 40/KH-UBND ngày 22/01/2026 của UBND tỉnh Lào Cai về công tác phổ biến, giáo "
            "dục "
            "pháp luật năm 2026;"
        ),
        P("Sở Dân tộc và Tôn giáo xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "- Nâng cao hiểu biết pháp luật, ý thức chấp hành pháp luật của đồng bào dân tộc thiểu số; phòng "
            "ngừa tảo hôn, hôn nhân cận huyết thống, mua bán người, xuất nhập cảnh trái phép."
        ),
        P("- Phát huy vai trò người có uy tín trong cộng đồng; sử dụng tiếng dân tộc trong tuyên truyền."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        T(
            (
                ("STT", "Nhiệm vụ", "Cơ quan, đơn vị thực hiện", "Thời gian", "Sản phẩm"),
                (
                    "1",
                    "Biên soạn, phát hành tài liệu song ngữ Việt - Mông, Việt - Dao về pháp luật hôn nhân "
                    "và gia đình",
                    "Chủ trì: Phòng Chính sách dân tộc\nPhối hợp: Sở Tư pháp; Sở Y tế",
                    "Quý II/2026",
                    "Tài liệu song ngữ",
                ),
                (
                    "2",
                    "Tổ chức hội nghị phổ biến pháp luật cho người có uy tín trong đồng bào dân tộc thiểu số",
                    "Chủ trì: Phòng Chính sách dân tộc\nPhối hợp: Công an tỉnh, Bộ Chỉ huy Bộ đội Biên phòng "
                    "tỉnh và UBND các xã vùng biên giới",
                    "Quý II, III/2026",
                    "02 hội nghị",
                ),
                (
                    "3",
                    "Phổ biến pháp luật về tín ngưỡng, tôn giáo cho chức sắc, chức việc và tín đồ",
                    "Chủ trì: Phòng Quản lý tôn giáo\nPhối hợp: Ban Tôn giáo - Dân tộc (Công an tỉnh)",
                    "Tháng 6 - 8/2026",
                    "Hội nghị, tài liệu",
                ),
                (
                    "4",
                    "Xây dựng chuyên mục pháp luật bằng tiếng dân tộc trên Báo và Phát thanh, Truyền hình "
                    "Lào Cai",
                    "Chủ trì: Văn phòng Sở\nPhối hợp: Báo và Phát thanh, Truyền hình Lào Cai",
                    "Hằng tháng",
                    "12 chuyên mục",
                ),
                (
                    "5",
                    "Hỗ trợ các xã xây dựng mô hình \u201cTủ sách pháp luật bản\u201d gắn với nhà văn hóa "
                    "thôn",
                    "Chủ trì: UBND các xã vùng đồng bào dân tộc thiểu số\nPhối hợp: Phòng Chính sách dân tộc",
                    "Từ tháng 5 đến tháng 10/2026",
                    "Mô hình tủ sách",
                ),
                (
                    "6",
                    "Tập huấn kỹ năng PBGDPL cho cán bộ làm công tác dân tộc ở xã",
                    "Chủ trì: Phòng Chính sách dân tộc",
                    "Khi có hướng dẫn của Bộ Dân tộc và Tôn giáo",
                    "Lớp tập huấn",
                ),
                (
                    "7",
                    "Kiểm tra, đánh giá kết quả PBGDPL vùng đồng bào dân tộc thiểu số",
                    "Chủ trì: Thanh tra Sở\nPhối hợp: Phòng Chính sách dân tộc, Phòng Quản lý tôn giáo",
                    "Quý IV/2026",
                    "Báo cáo kiểm tra",
                ),
            ),
            (10, 65, 55, 28, 28),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "1. Các phòng, đơn vị thuộc Sở căn cứ nhiệm vụ được giao chủ động triển khai, bảo đảm tiến độ; "
            "báo "
            "cáo kết quả về Văn phòng Sở trước ngày 20/11/2026."
        ),
        P("2. Văn phòng Sở tham mưu tổng hợp báo cáo UBND tỉnh (qua Sở Tư pháp) trước ngày 30/11/2026."),
    ]
    + _end(
        [
            "UBND tỉnh (b/c);",
            "Bộ Dân tộc và Tôn giáo (b/c);",
            "Sở Tư pháp;",
            "Lãnh đạo Sở;",
            "Các phòng, đơn vị thuộc Sở;",
        ],
        ["GIÁM ĐỐC"],
        "Giàng Seo Vần",
    ),
    [
        Exp(
            "Biên soạn, phát hành tài liệu song ngữ",
            ("Phòng Chính sách dân tộc",),
            ("Sở Tư pháp", "Sở Y tế"),
            "2026-06-30",
        ),
        Exp(
            "Tổ chức hội nghị phổ biến pháp luật cho người có uy tín",
            ("Phòng Chính sách dân tộc",),
            ("Công an tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "UBND các xã vùng biên giới"),
            "2026-09-30",
        ),
        Exp(
            "Phổ biến pháp luật về tín ngưỡng, tôn giáo",
            ("Phòng Quản lý tôn giáo",),
            ("Ban Tôn giáo - Dân tộc (Công an tỉnh)",),
            "2026-08-31",
        ),
        Exp(
            "Xây dựng chuyên mục pháp luật bằng tiếng dân tộc",
            ("Văn phòng Sở",),
            ("Báo và Phát thanh, Truyền hình Lào Cai",),
            "2026-12-31",
        ),
        Exp(
            "Hỗ trợ các xã xây dựng mô hình",
            ("UBND các xã vùng đồng bào dân tộc thiểu số",),
            ("Phòng Chính sách dân tộc",),
            "2026-10-31",
        ),
        Exp(
            "Tập huấn kỹ năng PBGDPL cho cán bộ",
            ("Phòng Chính sách dân tộc",),
            (),
            "2026-12-31",
            on_request=True,
        ),
        Exp(
            "Kiểm tra, đánh giá kết quả PBGDPL",
            ("Thanh tra Sở",),
            ("Phòng Chính sách dân tộc", "Phòng Quản lý tôn giáo"),
            "2026-12-31",
        ),
    ],
)

# ---------------------------------------------------------------- 10. Tỉnh đoàn, cuộc thi tìm hiểu pháp luật
PLAN_TD = Plan(
    "tinh_doan_nghe_an_cuoc_thi",
    _START
    + [
        P("BAN CHẤP HÀNH TỈNH NGHỆ AN", bold=True, center=True),
        P("***", center=True),
        P("ĐOÀN TNCS HỒ CHÍ MINH", bold=True, center=True),
        P("Số: 186-KH/TĐTN-TG", center=True),
        P("Nghệ An, ngày 08 tháng 4 năm 2026", center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P(
            "Tổ chức Cuộc thi trực tuyến \u201cThanh niên Nghệ An tìm hiểu pháp luật\u201d năm 2026",
            bold=True,
            center=True,
        ),
        P("-----", center=True),
        P(
            "Thực hiện Chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2026; Kế hoạch số "
            "52/KH-HĐPH ngày 18/3/2026 của Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh Nghệ An, Ban "
            "Thường vụ Tỉnh đoàn ban hành Kế hoạch tổ chức Cuộc thi với các nội dung sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "1. Nâng cao hiểu biết pháp luật của đoàn viên, thanh niên, học sinh, sinh viên; phòng ngừa vi "
            "phạm "
            "pháp luật trên không gian mạng, vi phạm an toàn giao thông trong thanh thiếu niên."
        ),
        P("2. Cuộc thi được tổ chức trên nền tảng số, thu hút đông đảo thanh niên tham gia, tiết kiệm."),
        P("II. ĐỐI TƯỢNG, NỘI DUNG, HÌNH THỨC", bold=True),
        P(
            "Đối tượng: đoàn viên, thanh niên, học sinh THPT, sinh viên các trường đại học, cao đẳng trên "
            "địa "
            "bàn tỉnh. Nội dung: Hiến pháp năm 2013 (sửa đổi, bổ sung năm 2025), Luật Thanh niên, Luật Trật "
            "tự, "
            "an toàn giao thông đường bộ, Luật An ninh mạng năm 2025 và các luật mới có hiệu lực năm 2026."
        ),
        P("III. CÁC HOẠT ĐỘNG CHÍNH", bold=True),
        P("- Xây dựng thể lệ, bộ câu hỏi và phần mềm thi trực tuyến"),
        P("+ Đơn vị chủ trì: Ban Tuyên giáo Tỉnh đoàn."),
        P("+ Đơn vị phối hợp: Sở Tư pháp, Trung tâm Công nghệ thông tin - Sở Khoa học và Công nghệ."),
        P("+ Tiến độ: hoàn thành trước ngày 30/4/2026."),
        P("- Phát động Cuộc thi và truyền thông trên các nền tảng số của Đoàn"),
        P("+ Đơn vị chủ trì: Ban Tuyên giáo Tỉnh đoàn."),
        P("+ Đơn vị phối hợp: Báo và Phát thanh, Truyền hình Nghệ An; Đoàn các xã, phường."),
        P("+ Tiến độ: tháng 5/2026."),
        P("- Vận động học sinh, sinh viên tham gia Cuộc thi"),
        P("+ Đơn vị chủ trì: Đoàn Thanh niên Sở Giáo dục và Đào tạo, Đoàn các trường đại học, cao đẳng."),
        P("+ Đơn vị phối hợp: Hội Sinh viên Việt Nam tỉnh."),
        P("+ Tiến độ: từ tháng 5 đến tháng 7/2026."),
        P("- Tổ chức các tuần thi trực tuyến và công bố kết quả từng tuần"),
        P("+ Đơn vị chủ trì: Ban Tổ chức Cuộc thi."),
        P("+ Đơn vị phối hợp: Ban Tuyên giáo Tỉnh đoàn."),
        P("+ Tiến độ: 10 tuần, từ 18/5 đến 26/7/2026."),
        P("- Tổ chức vòng chung kết sân khấu hóa và trao giải"),
        P("+ Đơn vị chủ trì: Ban Tuyên giáo Tỉnh đoàn; Văn phòng Tỉnh đoàn."),
        P("+ Đơn vị phối hợp: Hội đồng phối hợp PBGDPL tỉnh; Nhà Văn hóa Thanh niên tỉnh."),
        P("+ Tiến độ: tháng 8/2026."),
        P("- Tổng kết, khen thưởng tập thể, cá nhân có thành tích"),
        P(
            "Giao Ban Tổ chức - Kiểm tra Tỉnh đoàn có trách nhiệm tham mưu Ban Thường vụ Tỉnh đoàn khen "
            "thưởng "
            "các đơn vị có số lượt dự thi cao, phối hợp với Ban Tuyên giáo Tỉnh đoàn tổng hợp kết quả; hoàn "
            "thành trong tháng 9/2026."
        ),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Thành lập Ban Tổ chức Cuộc thi do đồng chí Phó Bí thư Tỉnh đoàn làm Trưởng ban."),
        P(
            "2. Các cơ sở Đoàn trực thuộc căn cứ kế hoạch triển khai; báo cáo kết quả về Ban Thường vụ Tỉnh "
            "đoàn (qua Ban Tuyên giáo) trước ngày 15/8/2026."
        ),
        P("3. Kinh phí tổ chức Cuộc thi từ nguồn PBGDPL do Sở Tư pháp hỗ trợ và nguồn xã hội hóa."),
    ]
    + _end(
        [
            "Trung ương Đoàn (b/c);",
            "Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c);",
            "Sở Tư pháp;",
            "Các cơ sở Đoàn trực thuộc;",
        ],
        ["TM. BAN THƯỜNG VỤ TỈNH ĐOÀN", "PHÓ BÍ THƯ"],
        "Hồ Thị Phương",
    ),
    [
        Exp(
            "Xây dựng thể lệ, bộ câu hỏi",
            ("Ban Tuyên giáo Tỉnh đoàn",),
            ("Sở Tư pháp", "Trung tâm Công nghệ thông tin - Sở Khoa học và Công nghệ"),
            "2026-04-30",
        ),
        Exp(
            "Phát động Cuộc thi và truyền thông",
            ("Ban Tuyên giáo Tỉnh đoàn",),
            ("Báo và Phát thanh, Truyền hình Nghệ An", "Đoàn các xã, phường"),
            "2026-05-31",
        ),
        Exp(
            "Vận động học sinh, sinh viên tham gia",
            ("Đoàn Thanh niên Sở Giáo dục và Đào tạo", "Đoàn các trường đại học, cao đẳng"),
            ("Hội Sinh viên Việt Nam tỉnh",),
            "2026-07-31",
        ),
        Exp(
            "Tổ chức các tuần thi trực tuyến",
            ("Ban Tổ chức Cuộc thi",),
            ("Ban Tuyên giáo Tỉnh đoàn",),
            "2026-07-26",
        ),
        Exp(
            "Tổ chức vòng chung kết sân khấu hóa",
            ("Ban Tuyên giáo Tỉnh đoàn", "Văn phòng Tỉnh đoàn"),
            ("Hội đồng phối hợp PBGDPL tỉnh", "Nhà Văn hóa Thanh niên tỉnh"),
            "2026-08-31",
        ),
        Exp(
            "Tổng kết, khen thưởng tập thể, cá nhân",
            ("Ban Tổ chức - Kiểm tra Tỉnh đoàn",),
            ("Ban Tuyên giáo Tỉnh đoàn",),
            "2026-09-30",
        ),
    ],
)

PLANS: list[Plan] = [
    PLAN_BTP,
    PLAN_STP,
    PLAN_XA,
    PLAN_PHUONG,
    PLAN_DK,
    PLAN_THPT,
    PLAN_LDLD,
    PLAN_DN,
    PLAN_DTTG,
    PLAN_TD,
]
