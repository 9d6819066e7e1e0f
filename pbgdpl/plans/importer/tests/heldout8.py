"""Held-out evaluation set 8: ten plans of northern provinces, answers typed by hand.

Plans and layout features:
1. PLAN_SNV (Sở Nội vụ Lào Cai): table STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp |
   Thời gian hoàn thành | Sản phẩm, roman group rows, an event-triggered timeframe, two dates in one cell.
2. PLAN_SNNMT (Sở Nông nghiệp và Môi trường Tuyên Quang): table with a two-row header ("Phân công thực
   hiện" over Chủ trì / Phối hợp) and a "Kinh phí" column, group rows, "sau khi ..." trigger.
3. PLAN_HDPH (Hội đồng phối hợp PBGDPL tỉnh Thái Nguyên): table, lead column BEFORE the content column,
   "Ghi chú" column, two lead units in one cell, long unit lists mixing ",", ";" and "và".
4. PLAN_SDTTG (Sở Dân tộc và Tôn giáo Phú Thọ): prose assignments ("Giao X chủ trì, phối hợp với Y",
   "X có trách nhiệm phối hợp với Y", "X chủ trì; Y phối hợp"), one item with three assignment blocks.
5. PLAN_XA (UBND xã Mường Khương, Lào Cai): prose, persons as units (Phó Chủ tịch UBND xã, Trưởng các
   thôn, bản), "Đề nghị Đồn Biên phòng ...", trigger "khi có văn bản hướng dẫn".
6. PLAN_HND (Hội Nông dân tỉnh Bắc Ninh): bold "2.1." headings with prose, one item with two blocks,
   "Đề nghị Hội Nông dân các xã, phường", trigger "sau khi ... được công bố".
7. PLAN_THPT (Trường THPT Hoa Lư A, Ninh Bình, school year 2026-2027): "+ Chủ trì:" / "+ Phối hợp:" /
   "+ Thời gian:" bullets, persons (Phó Hiệu trưởng, Giáo viên chủ nhiệm các lớp), deadlines in 2027.
8. PLAN_DBP (Đồn Biên phòng Hoành Mô, Quảng Ninh): inline labels in one paragraph ("Chủ trì thực hiện: …
   Phối hợp: … Thời gian thực hiện: …"), a)/b) sub-items under a group item, person units,
   trigger "theo đề nghị của ...".
9. PLAN_BHXH (Bảo hiểm xã hội tỉnh Sơn La): "1.1." numbering, labels on their own lines ("- Đơn vị chủ
   trì:", "- Đơn vị phối hợp:", "- Thời hạn:"), trigger "ngay sau khi ... được ban hành".
10. PLAN_CAP (Công an phường Cửa Nam, Hà Nội): bold numbered headings, labels inline on one line separated
    by ";" with varied label words (Chủ trì / Đơn vị phối hợp / Tiến độ / Thời hạn), person units,
    trigger "khi có chỉ đạo".
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"


def head(upper: str, agency: str, number: str, place_date: str, title: str) -> list[P | T]:
    return [
        P(upper, bold=True, center=True),
        P(agency, bold=True, center=True),
        P(MOTTO, bold=True, center=True),
        P(f"Số: {number}", center=True),
        P(place_date, center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P(title, bold=True, center=True),
    ]


def ending(recipients: list[str], role: str, signer: str) -> list[P | T]:
    out: list[P | T] = [P("Nơi nhận:", bold=True)]
    out += [P(f"- {r}") for r in recipients]
    out += [P(role, bold=True, center=True), P("(Đã ký)", center=True), P(signer, bold=True, center=True)]
    return out


# ------------------------------------------------------------------ 1. Sở Nội vụ Lào Cai (table)
PLAN_SNV = Plan(
    name="snv_laocai_table",
    blocks=[
        *head(
            "UBND TỈNH LÀO CAI",
            "SỞ NỘI VỤ",
            "27/KH-SNV",
            "Lào Cai, ngày 16 tháng 01 năm 2026",
            "Công tác phổ biến, giáo dục pháp luật năm 2026 của Sở Nội vụ",
        ),
        P(
            "Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012; Căn cứ Kế hoạch số 08/KH-UBND"
            " ngày 09/01/2026 của UBND tỉnh Lào Cai về công tác phổ biến, giáo dục pháp luật, hòa giải ở"
            " cơ sở,"
            " xây dựng cấp xã đạt chuẩn tiếp cận pháp luật năm 2026; Căn cứ Kế hoạch số 03/KH-HĐPH ngày"
            " 12/01/2026 của Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh, Sở Nội vụ ban hành Kế hoạch"
            " thực hiện như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "1. Nâng cao nhận thức, ý thức chấp hành pháp luật của cán bộ, công chức, viên chức và người lao"
            " động của Sở; phổ biến kịp thời các văn bản pháp luật mới về tổ chức bộ máy, chính quyền địa"
            " phương hai cấp, cán bộ, công chức, viên chức, lao động, tiền lương."
        ),
        P(
            "2. Việc triển khai phải bám sát Kế hoạch của UBND tỉnh, gắn với nhiệm vụ chuyên môn, bảo đảm"
            " thiết thực, tiết kiệm, tránh hình thức; xác định rõ cơ quan chủ trì, thời hạn, sản phẩm."
        ),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("(Có Phụ lục nhiệm vụ kèm theo)"),
        T(
            rows=(
                (
                    "STT",
                    "Nội dung công việc",
                    "Cơ quan chủ trì",
                    "Cơ quan phối hợp",
                    "Thời gian hoàn thành",
                    "Sản phẩm",
                ),
                ("I", "Xây dựng, ban hành văn bản chỉ đạo, hướng dẫn", "", "", "", ""),
                (
                    "1",
                    "Xây dựng, ban hành Kế hoạch phổ biến, giáo dục pháp luật năm 2026 của Sở Nội vụ",
                    "Văn phòng Sở",
                    "Các phòng, đơn vị thuộc Sở",
                    "Tháng 01/2026",
                    "Kế hoạch",
                ),
                (
                    "2",
                    "Ban hành Kế hoạch triển khai thi hành Luật Cán bộ, công chức năm 2025 và các nghị định"
                    " hướng dẫn",
                    "Phòng Công chức, viên chức",
                    "Văn phòng Sở; Thanh tra Sở",
                    "Quý I/2026",
                    "Kế hoạch của Sở",
                ),
                ("II", "Tổ chức phổ biến, giáo dục pháp luật", "", "", "", ""),
                (
                    "3",
                    "Tổ chức hội nghị phổ biến Luật Tổ chức chính quyền địa phương năm 2025 cho cán bộ,"
                    " công chức cấp xã",
                    "Phòng Xây dựng chính quyền và Công tác thanh niên",
                    "Sở Tư pháp, UBND các xã, phường",
                    "Quý II, III/2026",
                    "Hội nghị; tài liệu",
                ),
                (
                    "4",
                    "Tuyên truyền pháp luật về thi đua, khen thưởng; phổ biến Luật Thi đua, khen thưởng và"
                    " các văn bản hướng dẫn",
                    "Ban Thi đua - Khen thưởng",
                    "Các phòng, đơn vị thuộc Sở; Báo và Phát thanh, Truyền hình Lào Cai",
                    "Trong năm",
                    "Tin, bài",
                ),
                (
                    "5",
                    "Phổ biến các quy định mới về chính sách tiền lương, bảo hiểm xã hội đối với người"
                    " lao động trong doanh nghiệp",
                    "Phòng Lao động - Tiền lương và Bảo hiểm xã hội",
                    "Bảo hiểm xã hội tỉnh Lào Cai, Liên đoàn Lao động tỉnh",
                    "Từ tháng 4 đến tháng 6/2026",
                    "Hội nghị tại các khu công nghiệp",
                ),
                (
                    "6",
                    "Cập nhật văn bản quy phạm pháp luật lĩnh vực nội vụ lên Trang thông tin điện tử của Sở",
                    "Văn phòng Sở",
                    "Các phòng chuyên môn",
                    "Thường xuyên",
                    "Văn bản được cập nhật",
                ),
                (
                    "7",
                    "Hưởng ứng Cuộc thi trực tuyến tìm hiểu pháp luật do tỉnh phát động",
                    "Phòng Công chức, viên chức",
                    "Công đoàn cơ sở Sở Nội vụ; Chi đoàn Thanh niên Sở",
                    "Khi có văn bản phát động của Hội đồng phối hợp PBGDPL tỉnh",
                    "Số lượt tham gia",
                ),
                ("III", "Kiểm tra, sơ kết, báo cáo", "", "", "", ""),
                (
                    "8",
                    "Tổng hợp, báo cáo kết quả công tác phổ biến, giáo dục pháp luật 6 tháng và năm 2026",
                    "Văn phòng Sở",
                    "Các phòng, đơn vị thuộc Sở",
                    "Trước ngày 05/6/2026 và trước ngày 05/11/2026",
                    "Báo cáo",
                ),
            ),
            widths=(8, 52, 30, 36, 26, 22),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "1. Thủ trưởng các phòng, đơn vị thuộc Sở căn cứ nội dung Kế hoạch chủ động triển khai thực hiện;"
            " gửi báo cáo kết quả về Văn phòng Sở trước ngày 25/5/2026 (báo cáo 6 tháng) và trước ngày"
            " 25/10/2026 (báo cáo năm)."
        ),
        P(
            "2. Văn phòng Sở là đầu mối theo dõi, đôn đốc, tổng hợp, báo cáo Giám đốc Sở và Sở Tư pháp."
            " Kinh phí thực hiện từ nguồn chi thường xuyên của Sở năm 2026."
        ),
        *ending(
            ["Sở Tư pháp (b/c);", "Giám đốc, các Phó Giám đốc Sở;", "Các phòng, đơn vị thuộc Sở;",
             "Lưu: VT, VP."],
            "GIÁM ĐỐC",
            "Hoàng Văn Sinh",
        ),
    ],
    expected=[
        Exp(
            "Xây dựng, ban hành Kế hoạch phổ biến, giáo dục pháp luật năm 2026",
            ("Văn phòng Sở",),
            ("Các phòng, đơn vị thuộc Sở",),
            "2026-01-31",
        ),
        Exp(
            "Ban hành Kế hoạch triển khai thi hành Luật Cán bộ",
            ("Phòng Công chức, viên chức",),
            ("Văn phòng Sở", "Thanh tra Sở"),
            "2026-03-31",
        ),
        Exp(
            "Tổ chức hội nghị phổ biến Luật Tổ chức chính quyền địa phương",
            ("Phòng Xây dựng chính quyền và Công tác thanh niên",),
            ("Sở Tư pháp", "UBND các xã, phường"),
            "2026-09-30",
        ),
        Exp(
            "Tuyên truyền pháp luật về thi đua, khen thưởng",
            ("Ban Thi đua - Khen thưởng",),
            ("Các phòng, đơn vị thuộc Sở", "Báo và Phát thanh, Truyền hình Lào Cai"),
            "2026-12-31",
        ),
        Exp(
            "Phổ biến các quy định mới về chính sách tiền lương",
            ("Phòng Lao động - Tiền lương và Bảo hiểm xã hội",),
            ("Bảo hiểm xã hội tỉnh Lào Cai", "Liên đoàn Lao động tỉnh"),
            "2026-06-30",
        ),
        Exp(
            "Cập nhật văn bản quy phạm pháp luật lĩnh vực nội vụ",
            ("Văn phòng Sở",),
            ("Các phòng chuyên môn",),
            "2026-12-31",
        ),
        Exp(
            "Hưởng ứng Cuộc thi trực tuyến tìm hiểu pháp luật",
            ("Phòng Công chức, viên chức",),
            ("Công đoàn cơ sở Sở Nội vụ", "Chi đoàn Thanh niên Sở"),
            "2026-12-31",
            on_request=True,
        ),
        Exp(
            "Tổng hợp, báo cáo kết quả công tác phổ biến",
            ("Văn phòng Sở",),
            ("Các phòng, đơn vị thuộc Sở",),
            "2026-11-05",
        ),
    ],
)

# ------------------------------------------------ 2. Sở NN&MT Tuyên Quang (table, two-row header)
PLAN_SNNMT = Plan(
    name="snnmt_tuyenquang_table2",
    blocks=[
        *head(
            "UBND TỈNH TUYÊN QUANG",
            "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
            "112/KH-SNNMT",
            "Tuyên Quang, ngày 23 tháng 01 năm 2026",
            "Phổ biến, giáo dục pháp luật lĩnh vực nông nghiệp và môi trường năm 2026",
        ),
        P(
            "Thực hiện Kế hoạch số 15/KH-UBND ngày 14/01/2026 của UBND tỉnh Tuyên Quang về công tác phổ"
            " biến, giáo dục pháp luật năm 2026; Quyết định số 977/QĐ-TTg ngày 11/8/2022 của Thủ tướng Chính"
            " phủ phê duyệt Đề án Tăng cường năng lực tiếp cận pháp luật của người dân; Sở Nông nghiệp và"
            " Môi trường xây dựng Kế hoạch như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "- Đưa các quy định pháp luật về đất đai, lâm nghiệp, môi trường, thủy lợi, an toàn thực phẩm đến"
            " với người dân, nhất là đồng bào dân tộc thiểu số ở các xã vùng cao, biên giới."
        ),
        P(
            "- Xác định cụ thể nội dung, đơn vị thực hiện, thời gian và kinh phí; bảo đảm tiết kiệm, hiệu"
            " quả."
        ),
        P("II. NỘI DUNG, NHIỆM VỤ", bold=True),
        T(
            rows=(
                (
                    "TT",
                    "Nội dung nhiệm vụ",
                    "Phân công thực hiện",
                    "",
                    "Thời gian thực hiện",
                    "Kinh phí",
                ),
                ("", "", "Đơn vị chủ trì", "Đơn vị phối hợp", "", ""),
                ("A", "PHỔ BIẾN PHÁP LUẬT CHUYÊN NGÀNH", "", "", "", ""),
                (
                    "1",
                    "Phổ biến Luật Đất đai năm 2024 và các nghị định hướng dẫn cho người dân vùng đồng bào"
                    " dân tộc thiểu số",
                    "Chi cục Quản lý đất đai",
                    "Văn phòng Đăng ký đất đai; UBND các xã, phường",
                    "Quý II/2026",
                    "Ngân sách nhà nước giao năm 2026",
                ),
                (
                    "2",
                    "Tuyên truyền Luật Lâm nghiệp, các quy định về phòng cháy, chữa cháy rừng",
                    "Chi cục Kiểm lâm",
                    "Các Hạt Kiểm lâm khu vực, Ban Quản lý rừng phòng hộ và UBND các xã có rừng",
                    "Tháng 01 - tháng 4/2026",
                    "Lồng ghép",
                ),
                (
                    "3",
                    "Phổ biến pháp luật về bảo vệ môi trường, phân loại chất thải rắn sinh hoạt tại nguồn",
                    "Phòng Môi trường",
                    "Báo và Phát thanh, Truyền hình Tuyên Quang",
                    "Tháng 6/2026 (hưởng ứng Ngày Môi trường thế giới)",
                    "15.000.000 đồng",
                ),
                (
                    "4",
                    "Tập huấn pháp luật về an toàn thực phẩm nông, lâm, thủy sản cho cơ sở sản xuất, kinh"
                    " doanh",
                    "Chi cục Quản lý chất lượng, Chế biến và Phát triển thị trường",
                    "Phòng Kế hoạch - Tài chính",
                    "Quý III/2026",
                    "20.000.000 đồng",
                ),
                (
                    "5",
                    "Phổ biến các quy định mới về phòng, chống thiên tai và khai thác, bảo vệ công trình"
                    " thủy lợi",
                    "Chi cục Thủy lợi",
                    "Ban Chỉ huy Phòng thủ dân sự tỉnh",
                    "Trước mùa mưa lũ (tháng 5/2026)",
                    "Lồng ghép",
                ),
                ("B", "TRUYỀN THÔNG CHÍNH SÁCH, XÂY DỰNG TỦ SÁCH PHÁP LUẬT", "", "", "", ""),
                (
                    "6",
                    "Truyền thông nội dung chính sách dự thảo Nghị quyết của HĐND tỉnh quy định chính sách"
                    " hỗ trợ phát triển sản xuất nông nghiệp hàng hóa",
                    "Phòng Kế hoạch - Tài chính",
                    "Văn phòng Sở; các đơn vị liên quan",
                    "Sau khi dự thảo được UBND tỉnh cho ý kiến",
                    "Theo định mức Thông tư số 56/2023/TT-BTC",
                ),
                (
                    "7",
                    "Xây dựng, cập nhật tủ sách pháp luật điện tử chuyên ngành trên Trang thông tin điện tử"
                    " của Sở",
                    "Văn phòng Sở",
                    "Các phòng, chi cục, đơn vị sự nghiệp thuộc Sở",
                    "Cả năm",
                    "Không",
                ),
            ),
            widths=(8, 56, 30, 38, 26, 26),
        ),
        P("III. KINH PHÍ", bold=True),
        P(
            "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách năm 2026 của Sở; các đơn vị lập"
            " dự toán chi tiết theo Thông tư số 56/2023/TT-BTC ngày 18/8/2023 của Bộ Tài chính."
        ),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "Các phòng, chi cục, đơn vị thuộc Sở tổ chức thực hiện các nhiệm vụ được giao; báo cáo kết quả"
            " (qua Văn phòng Sở) trước ngày 01/6/2026 đối với báo cáo 6 tháng và trước ngày 01/11/2026 đối"
            " với báo cáo năm để tổng hợp, báo cáo Sở Tư pháp."
        ),
        *ending(
            ["Sở Tư pháp;", "Lãnh đạo Sở;", "Các phòng, chi cục, đơn vị thuộc Sở;", "Lưu: VT, VP."],
            "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
            "Ma Thị Thu Hà",
        ),
    ],
    expected=[
        Exp(
            "Phổ biến Luật Đất đai năm 2024 và các nghị định",
            ("Chi cục Quản lý đất đai",),
            ("Văn phòng Đăng ký đất đai", "UBND các xã, phường"),
            "2026-06-30",
        ),
        Exp(
            "Tuyên truyền Luật Lâm nghiệp, các quy định về phòng cháy",
            ("Chi cục Kiểm lâm",),
            ("Các Hạt Kiểm lâm khu vực", "Ban Quản lý rừng phòng hộ", "UBND các xã có rừng"),
            "2026-04-30",
        ),
        Exp(
            "Phổ biến pháp luật về bảo vệ môi trường",
            ("Phòng Môi trường",),
            ("Báo và Phát thanh, Truyền hình Tuyên Quang",),
            "2026-06-30",
        ),
        Exp(
            "Tập huấn pháp luật về an toàn thực phẩm",
            ("Chi cục Quản lý chất lượng, Chế biến và Phát triển thị trường",),
            ("Phòng Kế hoạch - Tài chính",),
            "2026-09-30",
        ),
        Exp(
            "Phổ biến các quy định mới về phòng, chống thiên tai",
            ("Chi cục Thủy lợi",),
            ("Ban Chỉ huy Phòng thủ dân sự tỉnh",),
            "2026-05-31",
        ),
        Exp(
            "Truyền thông nội dung chính sách dự thảo Nghị quyết",
            ("Phòng Kế hoạch - Tài chính",),
            ("Văn phòng Sở", "các đơn vị liên quan"),
            "2026-12-31",
            on_request=True,
        ),
        Exp(
            "Xây dựng, cập nhật tủ sách pháp luật điện tử",
            ("Văn phòng Sở",),
            ("Các phòng, chi cục, đơn vị sự nghiệp thuộc Sở",),
            "2026-12-31",
        ),
    ],
)

# --------------------------------------- 3. HĐPH PBGDPL tỉnh Thái Nguyên (table, lead column first)
PLAN_HDPH = Plan(
    name="hdph_thainguyen_table",
    blocks=[
        *head(
            "UBND TỈNH THÁI NGUYÊN",
            "HỘI ĐỒNG PHỐI HỢP PHỔ BIẾN,\nGIÁO DỤC PHÁP LUẬT",
            "05/KH-HĐPH",
            "Thái Nguyên, ngày 30 tháng 01 năm 2026",
            "Hoạt động của Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh năm 2026",
        ),
        P(
            "Căn cứ Quyết định số 27/2013/QĐ-TTg ngày 19/5/2013 của Thủ tướng Chính phủ quy định về thành"
            " phần và nhiệm vụ, quyền hạn của Hội đồng phối hợp phổ biến, giáo dục pháp luật; Quyết định số"
            " 766/QĐ-TTg ngày 15/4/2025 của Thủ tướng Chính phủ phê duyệt Đề án Chuyển đổi số trong công tác"
            " phổ biến, giáo dục pháp luật giai đoạn 2025 - 2030; Kế hoạch số 21/KH-UBND ngày 20/01/2026 của"
            " UBND tỉnh, Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh (sau đây gọi là Hội đồng) ban"
            " hành Kế hoạch hoạt động năm 2026 như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "1. Phát huy vai trò tư vấn, phối hợp của Hội đồng và các thành viên trong công tác phổ biến,"
            " giáo dục pháp luật (PBGDPL) trên địa bàn tỉnh sau sắp xếp đơn vị hành chính."
        ),
        P(
            "2. Các hoạt động phải cụ thể, khả thi; phân công rõ cơ quan chủ trì, phối hợp; tránh chồng chéo"
            " giữa các sở, ngành và địa phương."
        ),
        P("II. NỘI DUNG HOẠT ĐỘNG", bold=True),
        T(
            rows=(
                (
                    "STT",
                    "Cơ quan chủ trì",
                    "Nội dung hoạt động",
                    "Cơ quan phối hợp",
                    "Thời gian thực hiện",
                    "Ghi chú",
                ),
                (
                    "1",
                    "Sở Tư pháp",
                    "Tham mưu Chủ tịch UBND tỉnh ban hành Kế hoạch tổ chức Ngày Pháp luật nước Cộng hòa xã"
                    " hội chủ nghĩa Việt Nam năm 2026",
                    "Các sở, ban, ngành, đoàn thể tỉnh; UBND các xã, phường",
                    "Tháng 8/2026",
                    "",
                ),
                (
                    "2",
                    "Sở Văn hóa, Thể thao và Du lịch",
                    "Tuyên truyền pháp luật bằng pa nô, áp phích, băng rôn, khẩu hiệu tại trung tâm các xã,"
                    " phường và khu dân cư",
                    "Sở Tư pháp, Báo và Phát thanh, Truyền hình Thái Nguyên và UBND các xã, phường",
                    "Cao điểm từ ngày 01/11 đến ngày 09/11/2026",
                    "Hưởng ứng Ngày Pháp luật",
                ),
                (
                    "3",
                    "Sở Giáo dục và Đào tạo",
                    "Tổ chức Ngày hội pháp luật học đường cho học sinh trung học phổ thông",
                    "Tỉnh đoàn; Công an tỉnh, Sở Tư pháp",
                    "Tháng 10 - tháng 12/2026",
                    "",
                ),
                (
                    "4",
                    "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; Hội Liên hiệp Phụ nữ tỉnh",
                    "Phổ biến pháp luật cho đoàn viên, hội viên ở khu dân cư, gắn với cuộc vận động xây dựng"
                    " gia đình văn hóa",
                    "Hội Nông dân tỉnh, Hội Cựu chiến binh tỉnh; Liên đoàn Lao động tỉnh và Tỉnh đoàn",
                    "Quý II - Quý IV/2026",
                    "Lồng ghép sinh hoạt chi hội",
                ),
                (
                    "5",
                    "Công an tỉnh",
                    "Phổ biến pháp luật về phòng, chống ma túy, mua bán người tại các xã vùng sâu, vùng xa",
                    "Bộ Chỉ huy Quân sự tỉnh; Sở Dân tộc và Tôn giáo; UBND các xã, phường",
                    "Quý III/2026",
                    "",
                ),
                (
                    "6",
                    "Sở Khoa học và Công nghệ",
                    "Hướng dẫn ứng dụng chuyển đổi số trong PBGDPL; kết nối dữ liệu với Cổng Thông tin"
                    " điện tử PBGDPL quốc gia",
                    "Sở Tư pháp; Văn phòng UBND tỉnh",
                    "Tháng 3 - tháng 9/2026",
                    "Theo Quyết định số 766/QĐ-TTg",
                ),
                (
                    "7",
                    "Sở Tư pháp",
                    "Kiểm tra công tác PBGDPL tại một số sở, ngành và xã, phường",
                    "Thành viên Hội đồng phối hợp PBGDPL tỉnh",
                    "Quý IV/2026",
                    "Có kế hoạch riêng",
                ),
                (
                    "8",
                    "Sở Tư pháp",
                    "Tập huấn, bồi dưỡng nghiệp vụ cho báo cáo viên pháp luật tỉnh, tuyên truyền viên pháp"
                    " luật cấp xã",
                    "Sở Nội vụ, UBND các xã, phường",
                    "Khi Bộ Tư pháp ban hành tài liệu bồi dưỡng",
                    "",
                ),
            ),
            widths=(10, 34, 56, 40, 26, 22),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "1. Các thành viên Hội đồng chỉ đạo cơ quan, đơn vị mình triển khai các hoạt động được giao; gửi"
            " báo cáo kết quả về Sở Tư pháp (Cơ quan thường trực của Hội đồng) trước ngày 10/6/2026 và trước"
            " ngày 10/11/2026."
        ),
        P(
            "2. Sở Tư pháp theo dõi, đôn đốc, tổng hợp, báo cáo Chủ tịch Hội đồng và Hội đồng phối hợp"
            " PBGDPL Trung ương theo quy định."
        ),
        *ending(
            ["Hội đồng phối hợp PBGDPL Trung ương (b/c);", "Thường trực Tỉnh ủy;", "Chủ tịch UBND tỉnh;",
             "Thành viên Hội đồng;", "Lưu: VT, STP."],
            "TM. HỘI ĐỒNG\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH THƯỜNG TRỰC",
            "Giám đốc Sở Tư pháp\nĐinh Quang Tuấn",
        ),
    ],
    expected=[
        Exp(
            "Tham mưu Chủ tịch UBND tỉnh ban hành Kế hoạch tổ chức Ngày Pháp luật",
            ("Sở Tư pháp",),
            ("Các sở, ban, ngành, đoàn thể tỉnh", "UBND các xã, phường"),
            "2026-08-31",
        ),
        Exp(
            "Tuyên truyền pháp luật bằng pa nô, áp phích",
            ("Sở Văn hóa, Thể thao và Du lịch",),
            ("Sở Tư pháp", "Báo và Phát thanh, Truyền hình Thái Nguyên", "UBND các xã, phường"),
            "2026-11-09",
        ),
        Exp(
            "Tổ chức Ngày hội pháp luật học đường",
            ("Sở Giáo dục và Đào tạo",),
            ("Tỉnh đoàn", "Công an tỉnh", "Sở Tư pháp"),
            "2026-12-31",
        ),
        Exp(
            "Phổ biến pháp luật cho đoàn viên, hội viên ở khu dân cư",
            ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Hội Liên hiệp Phụ nữ tỉnh"),
            ("Hội Nông dân tỉnh", "Hội Cựu chiến binh tỉnh", "Liên đoàn Lao động tỉnh", "Tỉnh đoàn"),
            "2026-12-31",
        ),
        Exp(
            "Phổ biến pháp luật về phòng, chống ma túy",
            ("Công an tỉnh",),
            ("Bộ Chỉ huy Quân sự tỉnh", "Sở Dân tộc và Tôn giáo", "UBND các xã, phường"),
            "2026-09-30",
        ),
        Exp(
            "Hướng dẫn ứng dụng chuyển đổi số trong PBGDPL",
            ("Sở Khoa học và Công nghệ",),
            ("Sở Tư pháp", "Văn phòng UBND tỉnh"),
            "2026-09-30",
        ),
        Exp(
            "Kiểm tra công tác PBGDPL tại một số sở",
            ("Sở Tư pháp",),
            ("Thành viên Hội đồng phối hợp PBGDPL tỉnh",),
            "2026-12-31",
        ),
        Exp(
            "Tập huấn, bồi dưỡng nghiệp vụ cho báo cáo viên",
            ("Sở Tư pháp",),
            ("Sở Nội vụ", "UBND các xã, phường"),
            "2026-12-31",
            on_request=True,
        ),
    ],
)

# ------------------------------------------- 4. Sở Dân tộc và Tôn giáo Phú Thọ (prose assignments)
PLAN_SDTTG = Plan(
    name="sdttg_phutho_prose",
    blocks=[
        *head(
            "UBND TỈNH PHÚ THỌ",
            "SỞ DÂN TỘC VÀ TÔN GIÁO",
            "19/KH-SDTTG",
            "Phú Thọ, ngày 05 tháng 02 năm 2026",
            "Tuyên truyền, phổ biến, giáo dục pháp luật trong vùng đồng bào dân tộc thiểu số\n"
            "và chức sắc, chức việc, tín đồ các tôn giáo năm 2026",
        ),
        P(
            "Căn cứ Luật Tín ngưỡng, tôn giáo năm 2016; Nghị định số 95/2023/NĐ-CP ngày 29/12/2023 của Chính"
            " phủ quy định chi tiết và biện pháp thi hành Luật Tín ngưỡng, tôn giáo; Quyết định số"
            " 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ; Kế hoạch số 34/KH-UBND ngày 22/01/2026 của"
            " UBND tỉnh Phú Thọ về công tác PBGDPL năm 2026, Sở Dân tộc và Tôn giáo xây dựng Kế hoạch như"
            " sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "Giúp đồng bào dân tộc thiểu số, người có uy tín, chức sắc, chức việc và tín đồ các tôn giáo hiểu"
            " và chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước; nội dung tuyên truyền"
            " ngắn gọn, dễ hiểu, phù hợp phong tục, tập quán và ngôn ngữ của từng dân tộc (Mường, Dao, Tày,"
            " Cao Lan, Mông)."
        ),
        P("II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        P("1. Quán triệt, phổ biến Luật Tín ngưỡng, tôn giáo và Nghị định số 95/2023/NĐ-CP"),
        P(
            "Phòng Quản lý tôn giáo chủ trì, phối hợp với Văn phòng Sở tổ chức hội nghị quán triệt cho công"
            " chức làm công tác tôn giáo ở các xã, phường và đại diện các tổ chức tôn giáo trên địa bàn tỉnh."
            " Thời gian: Quý II/2026."
        ),
        P("2. Phổ biến pháp luật cho đồng bào dân tộc thiểu số ở vùng đặc biệt khó khăn"),
        P(
            "- Giao Phòng Chính sách dân tộc chủ trì, phối hợp với UBND các xã vùng đồng bào dân tộc thiểu"
            " số và miền núi biên soạn, phát hành tờ gấp pháp luật song ngữ Việt - Mường, Việt - Dao; hoàn"
            " thành trong tháng 7/2026."
        ),
        P(
            "- Văn phòng Sở chủ trì tổ chức 04 hội nghị phổ biến pháp luật cho người có uy tín trong đồng bào"
            " dân tộc thiểu số; Phòng Chính sách dân tộc, Thanh tra Sở phối hợp. Thời gian: Quý III/2026."
        ),
        P(
            "- Đề nghị UBND các xã có đông đồng bào dân tộc thiểu số lồng ghép nội dung phổ biến pháp luật"
            " trong các buổi sinh hoạt thôn, xóm, họp dân; thực hiện thường xuyên trong năm."
        ),
        P("3. Tuyên truyền chính sách, pháp luật cho chức sắc, chức việc, nhà tu hành"),
        P(
            "Phòng Quản lý tôn giáo có trách nhiệm phối hợp với Công an tỉnh, Ban Dân vận Tỉnh ủy và UBND"
            " các xã, phường nơi có cơ sở tôn giáo tổ chức các lớp bồi dưỡng kiến thức pháp luật cho chức"
            " sắc, chức việc, nhà tu hành. Thời gian thực hiện: tháng 5 và tháng 10/2026."
        ),
        P("4. Tiếp công dân, giải quyết đơn thư gắn với giải thích, hướng dẫn pháp luật"),
        P(
            "Thanh tra Sở chủ trì; Văn phòng Sở, Phòng Kế hoạch - Tổng hợp phối hợp thực hiện việc giải thích"
            " pháp luật cho công dân khi tiếp công dân và trả lời đơn thư. Thời gian: thường xuyên."
        ),
        P("5. Truyền thông dự thảo Nghị quyết của HĐND tỉnh về chính sách hỗ trợ người có uy tín"),
        P(
            "Giao Phòng Chính sách dân tộc chủ trì, phối hợp với Văn phòng Sở đăng tải dự thảo, tổ chức lấy"
            " ý kiến và tổng hợp, giải trình ý kiến góp ý; thực hiện ngay sau khi dự thảo được UBND tỉnh"
            " thông qua chủ trương xây dựng."
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "Trưởng các phòng, đơn vị thuộc Sở chịu trách nhiệm triển khai nhiệm vụ được giao. Văn phòng Sở"
            " tổng hợp kết quả, tham mưu báo cáo UBND tỉnh, Sở Tư pháp trước ngày 05/6/2026 (6 tháng) và"
            " trước ngày 05/12/2026 (năm). Kinh phí bố trí từ nguồn sự nghiệp của Sở và nguồn Chương trình"
            " mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi."
        ),
        *ending(
            ["UBND tỉnh (b/c);", "Sở Tư pháp;", "Giám đốc, các Phó Giám đốc;", "Các phòng, đơn vị thuộc Sở;",
             "Lưu: VT."],
            "GIÁM ĐỐC",
            "Đinh Công Sứ",
        ),
    ],
    expected=[
        Exp(
            "Quán triệt, phổ biến Luật Tín ngưỡng, tôn giáo",
            ("Phòng Quản lý tôn giáo",),
            ("Văn phòng Sở",),
            "2026-06-30",
        ),
        Exp(
            "Giao Phòng Chính sách dân tộc chủ trì, phối hợp với UBND các xã",
            ("Phòng Chính sách dân tộc",),
            ("UBND các xã vùng đồng bào dân tộc thiểu số và miền núi",),
            "2026-07-31",
        ),
        Exp(
            "Văn phòng Sở chủ trì tổ chức 04 hội nghị",
            ("Văn phòng Sở",),
            ("Phòng Chính sách dân tộc", "Thanh tra Sở"),
            "2026-09-30",
        ),
        Exp(
            "Đề nghị UBND các xã có đông đồng bào",
            ("UBND các xã có đông đồng bào dân tộc thiểu số",),
            (),
            "2026-12-31",
        ),
        Exp(
            "Tuyên truyền chính sách, pháp luật cho chức sắc",
            ("Phòng Quản lý tôn giáo",),
            ("Công an tỉnh", "Ban Dân vận Tỉnh ủy", "UBND các xã, phường nơi có cơ sở tôn giáo"),
            "2026-10-31",
        ),
        Exp(
            "Tiếp công dân, giải quyết đơn thư gắn với",
            ("Thanh tra Sở",),
            ("Văn phòng Sở", "Phòng Kế hoạch - Tổng hợp"),
            "2026-12-31",
        ),
        Exp(
            "Truyền thông dự thảo Nghị quyết của HĐND tỉnh",
            ("Phòng Chính sách dân tộc",),
            ("Văn phòng Sở",),
            "2026-12-31",
            on_request=True,
        ),
    ],
)

# ------------------------------------------- 5. UBND xã Mường Khương, Lào Cai (prose, persons)
PLAN_XA = Plan(
    name="xa_muongkhuong_prose",
    blocks=[
        P("ỦY BAN NHÂN DÂN\nXÃ MƯỜNG KHƯƠNG", bold=True, center=True),
        P(MOTTO, bold=True, center=True),
        P("Số: 14/KH-UBND", center=True),
        P("Mường Khương, ngày 20 tháng 01 năm 2026", center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P(
            "Phổ biến, giáo dục pháp luật; hòa giải ở cơ sở; xây dựng xã đạt chuẩn tiếp cận pháp luật\n"
            "trên địa bàn xã Mường Khương năm 2026",
            bold=True,
            center=True,
        ),
        P(
            "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15; Luật Hòa giải ở cơ sở năm 2013;"
            " Quyết định số 25/2021/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ quy định về xã, phường,"
            " thị trấn đạt chuẩn tiếp cận pháp luật; Kế hoạch số 08/KH-UBND ngày 09/01/2026 của UBND tỉnh Lào"
            " Cai, Ủy ban nhân dân xã Mường Khương ban hành Kế hoạch thực hiện năm 2026 như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "- Đưa pháp luật đến với người dân các thôn, bản vùng cao, biên giới, nhất là đồng bào Mông,"
            " Nùng, Dao, Pa Dí; góp phần giữ vững an ninh, trật tự, xóa bỏ hủ tục lạc hậu."
        ),
        P(
            "- Phân công cụ thể, gắn trách nhiệm người đứng đầu; sử dụng tiếng dân tộc và hình thức trực quan"
            " phù hợp với người dân."
        ),
        P("II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        P("1. Xây dựng và triển khai kế hoạch phổ biến, giáo dục pháp luật, hòa giải ở cơ sở năm 2026"),
        P(
            "Văn phòng HĐND và UBND xã chủ trì tham mưu UBND xã ban hành các kế hoạch, văn bản chỉ đạo; hoàn"
            " thành trong tháng 01/2026."
        ),
        P("2. Tuyên truyền pháp luật bằng tiếng dân tộc trên hệ thống loa truyền thanh thôn, bản"),
        P(
            "Phòng Văn hóa - Xã hội chủ trì, phối hợp với Trưởng các thôn, bản và Trung tâm Dịch vụ tổng hợp"
            " xã biên tập, phát các chuyên mục pháp luật bằng tiếng Mông, tiếng Nùng. Thời gian: hằng tháng"
            " (vào sáng thứ Hai và thứ Năm)."
        ),
        P("3. Kiện toàn tổ hòa giải, bồi dưỡng kỹ năng cho hòa giải viên ở cơ sở"),
        P(
            "Phó Chủ tịch UBND xã chủ trì; Văn phòng HĐND và UBND xã, Ủy ban Mặt trận Tổ quốc Việt Nam xã"
            " phối hợp thực hiện. Hoàn thành trong Quý I/2026."
        ),
        P("4. Phổ biến pháp luật về hôn nhân và gia đình, phòng, chống tảo hôn và hôn nhân cận huyết thống"),
        P(
            "Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp với Trạm Y tế xã, Hội Liên hiệp Phụ nữ xã và Đoàn"
            " Thanh niên xã tổ chức nói chuyện chuyên đề tại các thôn có tỷ lệ tảo hôn cao. Thời gian: Quý II"
            " và Quý III/2026."
        ),
        P("5. Tuyên truyền pháp luật về đất đai, bảo vệ và phát triển rừng"),
        P(
            "Phòng Kinh tế chủ trì; Công an xã, Hạt Kiểm lâm khu vực Mường Khương phối hợp. Thời gian: từ"
            " tháng 3 đến tháng 5/2026 (mùa khô, cao điểm phòng cháy rừng)."
        ),
        P("6. Phổ biến pháp luật về biên giới quốc gia, quản lý cư trú, xuất nhập cảnh"),
        P(
            "Đề nghị Đồn Biên phòng Mường Khương chủ trì, phối hợp với Công an xã, Ban Chỉ huy quân sự xã"
            " tuyên truyền cho nhân dân các thôn giáp biên; thực hiện thường xuyên."
        ),
        P("7. Đánh giá xã đạt chuẩn tiếp cận pháp luật năm 2026"),
        P(
            "Văn phòng HĐND và UBND xã có trách nhiệm phối hợp với các ban, ngành, đoàn thể xã tự đánh giá,"
            " chấm điểm các tiêu chí, niêm yết công khai kết quả; thực hiện khi có văn bản hướng dẫn của Sở"
            " Tư pháp."
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "1. Các ban, ngành, đoàn thể xã, Trưởng các thôn, bản căn cứ Kế hoạch triển khai thực hiện; báo"
            " cáo kết quả về UBND xã (qua Văn phòng HĐND và UBND xã) trước ngày 20/5/2026 và trước ngày"
            " 20/10/2026."
        ),
        P("2. Kinh phí thực hiện từ ngân sách xã năm 2026 và lồng ghép các chương trình mục tiêu quốc gia."),
        *ending(
            ["UBND tỉnh Lào Cai (b/c);", "Sở Tư pháp (b/c);", "Đảng ủy, HĐND xã;", "Các thôn, bản;",
             "Lưu: VT."],
            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
            "Vàng Seo Phìn",
        ),
    ],
    expected=[
        Exp(
            "Xây dựng và triển khai kế hoạch phổ biến",
            ("Văn phòng HĐND và UBND xã",),
            (),
            "2026-01-31",
        ),
        Exp(
            "Tuyên truyền pháp luật bằng tiếng dân tộc",
            ("Phòng Văn hóa - Xã hội",),
            ("Trưởng các thôn, bản", "Trung tâm Dịch vụ tổng hợp xã"),
            "2026-12-31",
        ),
        Exp(
            "Kiện toàn tổ hòa giải, bồi dưỡng kỹ năng",
            ("Phó Chủ tịch UBND xã",),
            ("Văn phòng HĐND và UBND xã", "Ủy ban Mặt trận Tổ quốc Việt Nam xã"),
            "2026-03-31",
        ),
        Exp(
            "Phổ biến pháp luật về hôn nhân và gia đình",
            ("Phòng Văn hóa - Xã hội",),
            ("Trạm Y tế xã", "Hội Liên hiệp Phụ nữ xã", "Đoàn Thanh niên xã"),
            "2026-09-30",
        ),
        Exp(
            "Tuyên truyền pháp luật về đất đai, bảo vệ",
            ("Phòng Kinh tế",),
            ("Công an xã", "Hạt Kiểm lâm khu vực Mường Khương"),
            "2026-05-31",
        ),
        Exp(
            "Phổ biến pháp luật về biên giới quốc gia",
            ("Đồn Biên phòng Mường Khương",),
            ("Công an xã", "Ban Chỉ huy quân sự xã"),
            "2026-12-31",
        ),
        Exp(
            "Đánh giá xã đạt chuẩn tiếp cận pháp luật",
            ("Văn phòng HĐND và UBND xã",),
            ("các ban, ngành, đoàn thể xã",),
            "2026-12-31",
            on_request=True,
        ),
    ],
)

# ------------------------------------------------- 6. Hội Nông dân tỉnh Bắc Ninh (bold 2.1. + prose)
PLAN_HND = Plan(
    name="hnd_bacninh_prose",
    blocks=[
        P("HỘI NÔNG DÂN VIỆT NAM\nBCH HỘI NÔNG DÂN TỈNH BẮC NINH", bold=True, center=True),
        P("*", center=True),
        P("Số: 42-KH/HNDT", center=True),
        P("Bắc Ninh, ngày 10 tháng 02 năm 2026", center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P(
            "Tuyên truyền, phổ biến, giáo dục pháp luật; trợ giúp pháp lý cho hội viên, nông dân năm 2026",
            bold=True,
            center=True,
        ),
        P(
            "Thực hiện Chương trình phối hợp số 02/CTPH-BTP-TWHND ngày 15/3/2023 giữa Bộ Tư pháp và Trung"
            " ương Hội Nông dân Việt Nam; Kế hoạch số 41/KH-UBND ngày 26/01/2026 của UBND tỉnh Bắc Ninh;"
            " Hướng dẫn số 11-HD/HNDTW ngày 05/01/2026 của Ban Thường vụ Trung ương Hội, Ban Thường vụ Hội"
            " Nông dân tỉnh xây dựng Kế hoạch như sau:"
        ),
        P("1. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "Nâng cao hiểu biết pháp luật của cán bộ, hội viên, nông dân, nhất là pháp luật về đất đai, hợp"
            " tác xã, an toàn thực phẩm, giao dịch dân sự; phát huy vai trò của tổ chức Hội trong tham gia"
            " hòa giải ở cơ sở và trợ giúp pháp lý cho nông dân."
        ),
        P("2. NỘI DUNG NHIỆM VỤ", bold=True),
        P(
            "2.1. Tuyên truyền, phổ biến pháp luật cho cán bộ, hội viên nông dân qua sinh hoạt chi, tổ hội",
            bold=True,
        ),
        P(
            "Ban Tuyên huấn chủ trì; Văn phòng, Ban Kinh tế - Xã hội phối hợp biên soạn tài liệu sinh hoạt"
            " chi, tổ hội hằng quý, đăng tải trên Trang thông tin điện tử của Hội. Thời gian: cả năm."
        ),
        P("2.2. Duy trì, nâng cao chất lượng Câu lạc bộ Nông dân với pháp luật", bold=True),
        P(
            "Giao Ban Tổ chức - Kiểm tra chủ trì, phối hợp với Hội Nông dân các xã, phường rà soát, củng cố"
            " các câu lạc bộ hoạt động kém hiệu quả, thành lập mới ở nơi có điều kiện; hoàn thành trước ngày"
            " 30/9/2026."
        ),
        P("2.3. Trợ giúp pháp lý, tư vấn pháp luật cho nông dân", bold=True),
        P(
            "- Trung tâm Hỗ trợ nông dân tỉnh chủ trì, phối hợp với Trung tâm Trợ giúp pháp lý nhà nước tỉnh"
            " tổ chức các đợt trợ giúp pháp lý lưu động tại các xã có đông hội viên là người có công, hộ"
            " nghèo. Thời gian: Quý II, Quý III/2026."
        ),
        P(
            "- Đề nghị Hội Nông dân các xã, phường duy trì hoạt động của Tổ tư vấn pháp luật ở cơ sở, tiếp"
            " nhận và giải đáp vướng mắc pháp luật của hội viên; thực hiện thường xuyên."
        ),
        P("2.4. Tham gia hòa giải ở cơ sở, giải quyết mâu thuẫn, tranh chấp trong nông thôn", bold=True),
        P(
            "Ban Kinh tế - Xã hội có trách nhiệm hướng dẫn cán bộ Hội cơ sở tham gia tổ hòa giải, kịp thời"
            " nắm bắt tâm tư của nông dân, không để phát sinh điểm nóng. Thời gian: trong năm 2026."
        ),
        P("2.5. Tổ chức Hội thi tìm hiểu pháp luật dành cho hội viên nông dân cấp tỉnh năm 2026", bold=True),
        P(
            "Ban Tuyên huấn chủ trì, phối hợp với Sở Tư pháp, Sở Nông nghiệp và Môi trường; Báo và Phát"
            " thanh, Truyền hình Bắc Ninh xây dựng thể lệ, tổ chức vòng sơ khảo và chung khảo. Thời gian: từ"
            " tháng 8 đến tháng 10/2026."
        ),
        P("2.6. Phổ biến các luật mới được Quốc hội thông qua có liên quan đến nông dân", bold=True),
        P(
            "Văn phòng Hội chủ trì tham mưu; các ban chuyên môn phối hợp tổ chức hội nghị phổ biến cho cán bộ"
            " Hội cơ sở. Thời gian: sau khi các luật được công bố và có hướng dẫn của Trung ương Hội."
        ),
        P("3. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "Các ban, đơn vị thuộc Hội Nông dân tỉnh, Hội Nông dân các xã, phường căn cứ Kế hoạch xây dựng"
            " chương trình cụ thể; báo cáo kết quả 6 tháng trước ngày 15/6/2026, báo cáo năm trước ngày"
            " 15/11/2026 về Ban Thường vụ Hội Nông dân tỉnh (qua Ban Tuyên huấn)."
        ),
        *ending(
            ["Ban Thường vụ Trung ương Hội (b/c);", "Thường trực Tỉnh ủy (b/c);", "Sở Tư pháp;",
             "Các ban, đơn vị thuộc Hội;", "Hội Nông dân các xã, phường;", "Lưu: VP, TH."],
            "T/M BAN THƯỜNG VỤ\nPHÓ CHỦ TỊCH",
            "Nguyễn Thị Hằng",
        ),
    ],
    expected=[
        Exp(
            "Tuyên truyền, phổ biến pháp luật cho cán bộ, hội viên",
            ("Ban Tuyên huấn",),
            ("Văn phòng", "Ban Kinh tế - Xã hội"),
            "2026-12-31",
        ),
        Exp(
            "Duy trì, nâng cao chất lượng Câu lạc bộ",
            ("Ban Tổ chức - Kiểm tra",),
            ("Hội Nông dân các xã, phường",),
            "2026-09-30",
        ),
        Exp(
            "Trung tâm Hỗ trợ nông dân tỉnh chủ trì",
            ("Trung tâm Hỗ trợ nông dân tỉnh",),
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh",),
            "2026-09-30",
        ),
        Exp(
            "Đề nghị Hội Nông dân các xã, phường duy trì",
            ("Hội Nông dân các xã, phường",),
            (),
            "2026-12-31",
        ),
        Exp(
            "Tham gia hòa giải ở cơ sở, giải quyết",
            ("Ban Kinh tế - Xã hội",),
            (),
            "2026-12-31",
        ),
        Exp(
            "Tổ chức Hội thi tìm hiểu pháp luật dành cho hội viên",
            ("Ban Tuyên huấn",),
            ("Sở Tư pháp", "Sở Nông nghiệp và Môi trường", "Báo và Phát thanh, Truyền hình Bắc Ninh"),
            "2026-10-31",
        ),
        Exp(
            "Phổ biến các luật mới được Quốc hội thông qua",
            ("Văn phòng Hội",),
            ("các ban chuyên môn",),
            "2026-12-31",
            on_request=True,
        ),
    ],
)

# --------------------------------------- 7. Trường THPT Hoa Lư A, Ninh Bình ("+" label bullets)
PLAN_THPT = Plan(
    name="thpt_hoalua_plus_labels",
    blocks=[
        P("SỞ GIÁO DỤC VÀ ĐÀO TẠO NINH BÌNH\nTRƯỜNG THPT HOA LƯ A", bold=True, center=True),
        P(MOTTO, bold=True, center=True),
        P("Số: 86/KH-THPTHLA", center=True),
        P("Hoa Lư, ngày 15 tháng 9 năm 2026", center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P("Công tác phổ biến, giáo dục pháp luật năm học 2026 - 2027", bold=True, center=True),
        P(
            "Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012; Thông tư số 32/2020/TT-BGDĐT ngày"
            " 15/9/2020 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Điều lệ trường trung học;"
            " Công văn số 2315/SGDĐT-CTTT ngày 28/8/2026 của Sở Giáo dục và Đào tạo Ninh Bình về hướng dẫn"
            " nhiệm vụ công tác học sinh năm học 2026 - 2027; căn cứ tình hình thực tế của nhà trường,"
            " Trường THPT Hoa Lư A xây dựng Kế hoạch như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "- Trang bị cho học sinh kiến thức pháp luật phù hợp lứa tuổi, nhất là về an toàn giao thông,"
            " phòng, chống ma túy, bạo lực học đường, an toàn trên không gian mạng."
        ),
        P(
            "- Cán bộ, giáo viên, nhân viên gương mẫu chấp hành pháp luật; lồng ghép giáo dục pháp luật vào"
            " môn học và hoạt động trải nghiệm, không gây quá tải."
        ),
        P("II. NỘI DUNG, BIỆN PHÁP VÀ PHÂN CÔNG", bold=True),
        P("1. Kiện toàn Ban chỉ đạo công tác phổ biến, giáo dục pháp luật của nhà trường"),
        P("+ Chủ trì: Hiệu trưởng."),
        P("+ Phối hợp: Công đoàn trường, Đoàn trường."),
        P("+ Thời gian: tháng 9/2026."),
        P("2. Lồng ghép nội dung giáo dục pháp luật trong môn Giáo dục kinh tế và pháp luật và các môn học"),
        P("+ Chủ trì: Phó Hiệu trưởng phụ trách chuyên môn."),
        P("+ Phối hợp: Tổ Sử - Địa - Giáo dục kinh tế và pháp luật; tổ trưởng các tổ chuyên môn."),
        P("+ Thời gian: cả năm học (từ tháng 9/2026 đến tháng 5/2027)."),
        P("3. Tổ chức Tuần lễ hưởng ứng Ngày Pháp luật Việt Nam 09/11"),
        P(
            "Hoạt động gồm: chào cờ chuyên đề, thi vẽ tranh cổ động, sân khấu hóa tình huống pháp luật,"
            " trưng bày sách pháp luật."
        ),
        P("+ Chủ trì: Đoàn trường."),
        P("+ Phối hợp: Giáo viên chủ nhiệm các lớp, Thư viện nhà trường."),
        P("+ Thời gian: từ ngày 02/11 đến ngày 09/11/2026."),
        P("4. Phổ biến Luật Trật tự, an toàn giao thông đường bộ năm 2024 cho học sinh"),
        P("+ Chủ trì: Đoàn trường."),
        P("+ Phối hợp: Công an phường Hoa Lư."),
        P("+ Thời gian: tháng 9 và tháng 12/2026."),
        P("5. Tổ chức chuyên đề phòng, chống bạo lực học đường, ma túy và tệ nạn xã hội"),
        P("+ Chủ trì: Phó Hiệu trưởng phụ trách công tác học sinh."),
        P("+ Phối hợp: Bí thư Đoàn trường; Nhân viên y tế trường học và Giáo viên chủ nhiệm các lớp."),
        P("+ Thời gian: học kỳ II (tháng 01/2027 - tháng 3/2027)."),
        P("6. Bổ sung sách, tài liệu cho tủ sách pháp luật của Thư viện nhà trường"),
        P("+ Chủ trì: Nhân viên thư viện."),
        P("+ Phối hợp: Kế toán nhà trường."),
        P("+ Thời gian: tháng 10/2026."),
        P("7. Sơ kết, tổng kết công tác phổ biến, giáo dục pháp luật năm học 2026 - 2027"),
        P("+ Chủ trì: Phó Hiệu trưởng phụ trách chuyên môn."),
        P("+ Phối hợp: Thư ký Hội đồng trường."),
        P("+ Thời gian: trước ngày 25/5/2027."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "Các tổ chuyên môn, tổ văn phòng, Đoàn trường và giáo viên chủ nhiệm căn cứ nhiệm vụ được phân"
            " công xây dựng kế hoạch cụ thể; báo cáo sơ kết học kỳ I trước ngày 10/01/2027. Nhà trường báo"
            " cáo Sở Giáo dục và Đào tạo theo yêu cầu."
        ),
        *ending(
            ["Sở GDĐT (b/c);", "Ban Giám hiệu;", "Các tổ chuyên môn, Đoàn trường;", "Lưu: VT."],
            "HIỆU TRƯỞNG",
            "Phạm Văn Toàn",
        ),
    ],
    expected=[
        Exp(
            "Kiện toàn Ban chỉ đạo công tác phổ biến",
            ("Hiệu trưởng",),
            ("Công đoàn trường", "Đoàn trường"),
            "2026-09-30",
        ),
        Exp(
            "Lồng ghép nội dung giáo dục pháp luật trong môn",
            ("Phó Hiệu trưởng phụ trách chuyên môn",),
            ("Tổ Sử - Địa - Giáo dục kinh tế và pháp luật", "tổ trưởng các tổ chuyên môn"),
            "2027-05-31",
        ),
        Exp(
            "Tổ chức Tuần lễ hưởng ứng Ngày Pháp luật",
            ("Đoàn trường",),
            ("Giáo viên chủ nhiệm các lớp", "Thư viện nhà trường"),
            "2026-11-09",
        ),
        Exp(
            "Phổ biến Luật Trật tự, an toàn giao thông",
            ("Đoàn trường",),
            ("Công an phường Hoa Lư",),
            "2026-12-31",
        ),
        Exp(
            "Tổ chức chuyên đề phòng, chống bạo lực học đường",
            ("Phó Hiệu trưởng phụ trách công tác học sinh",),
            ("Bí thư Đoàn trường", "Nhân viên y tế trường học", "Giáo viên chủ nhiệm các lớp"),
            "2027-03-31",
        ),
        Exp(
            "Bổ sung sách, tài liệu cho tủ sách",
            ("Nhân viên thư viện",),
            ("Kế toán nhà trường",),
            "2026-10-31",
        ),
        Exp(
            "Sơ kết, tổng kết công tác phổ biến",
            ("Phó Hiệu trưởng phụ trách chuyên môn",),
            ("Thư ký Hội đồng trường",),
            "2027-05-25",
        ),
    ],
)

# ------------------------------------ 8. Đồn Biên phòng Hoành Mô, Quảng Ninh (inline labels, a)/b))
PLAN_DBP = Plan(
    name="dbp_hoanhmo_inline_labels",
    blocks=[
        P("BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG\nTỈNH QUẢNG NINH\nĐỒN BIÊN PHÒNG HOÀNH MÔ", bold=True, center=True),
        P(MOTTO, bold=True, center=True),
        P("Số: 35/KH-ĐBP", center=True),
        P("Hoành Mô, ngày 12 tháng 01 năm 2026", center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P(
            "Tuyên truyền, phổ biến, giáo dục pháp luật cho nhân dân khu vực biên giới năm 2026",
            bold=True,
            center=True,
        ),
        P(
            "Thực hiện Kế hoạch số 96/KH-BCH ngày 05/01/2026 của Bộ Chỉ huy Bộ đội Biên phòng tỉnh về công"
            " tác phổ biến, giáo dục pháp luật năm 2026; Luật Biên phòng Việt Nam năm 2020; Nghị định số"
            " 34/2014/NĐ-CP ngày 29/4/2014 của Chính phủ về Quy chế khu vực biên giới đất liền, Đồn Biên"
            " phòng Hoành Mô xây dựng Kế hoạch như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "Nâng cao ý thức tự giác chấp hành pháp luật, tinh thần trách nhiệm bảo vệ chủ quyền lãnh thổ,"
            " an ninh biên giới của nhân dân các thôn, bản biên giới xã Hoành Mô; tuyên truyền bằng tiếng"
            " Dao, tiếng Tày, gắn với các mô hình dân vận khéo."
        ),
        P("II. NỘI DUNG, PHƯƠNG PHÁP TIẾN HÀNH", bold=True),
        P(
            "1. Phổ biến Luật Biên giới quốc gia, Luật Biên phòng Việt Nam cho nhân dân các thôn, bản biên"
            " giới"
        ),
        P(
            "Chủ trì thực hiện: Đội Vận động quần chúng. Phối hợp: UBND xã Hoành Mô, Công an xã Hoành Mô và"
            " Trưởng các thôn, bản biên giới. Thời gian thực hiện: Quý I và Quý III/2026."
        ),
        P("2. Tuyên truyền Hiệp định về quy chế quản lý biên giới đất liền Việt Nam - Trung Quốc"),
        P(
            "Chủ trì thực hiện: Chính trị viên Đồn. Phối hợp: Đội Vận động quần chúng. Thời gian thực hiện:"
            " tháng 4/2026."
        ),
        P("3. Phổ biến pháp luật về phòng, chống ma túy, mua bán người, xuất cảnh, nhập cảnh trái phép"),
        P(
            "Chủ trì thực hiện: Đội Trinh sát. Phối hợp: Đội Phòng, chống ma túy và tội phạm; Hội Liên hiệp"
            " Phụ nữ xã Hoành Mô. Thời gian thực hiện: từ tháng 5 đến tháng 7/2026."
        ),
        P("4. Duy trì các mô hình tuyên truyền pháp luật ở khu vực biên giới"),
        P("a) Duy trì hoạt động Câu lạc bộ pháp luật thôn, bản biên giới"),
        P(
            "Chủ trì thực hiện: Đội Vận động quần chúng. Phối hợp: Đoàn Thanh niên Đồn. Thời gian thực hiện:"
            " hằng tháng."
        ),
        P("b) Ngoại khóa pháp luật cho học sinh các trường trên địa bàn"),
        P(
            "Chủ trì thực hiện: Cán bộ đồn tăng cường về xã. Phối hợp: Trường PTDTBT TH&THCS Hoành Mô. Thời"
            " gian thực hiện: tháng 10/2026."
        ),
        P("5. Tuyên truyền pháp luật thông qua phiên tòa xét xử lưu động"),
        P(
            "Chủ trì thực hiện: Đội Trinh sát. Phối hợp: Tòa án nhân dân khu vực 9 - Quảng Ninh. Thời gian"
            " thực hiện: theo đề nghị của Tòa án nhân dân khu vực 9 - Quảng Ninh."
        ),
        P("6. Sơ kết, tổng kết công tác phổ biến, giáo dục pháp luật"),
        P(
            "Chủ trì thực hiện: Chính trị viên phó. Phối hợp: Các đội, tổ công tác. Thời gian thực hiện:"
            " trước ngày 15/6/2026 và trước ngày 15/11/2026."
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "1. Chính trị viên Đồn chịu trách nhiệm chỉ đạo chung; các đội, tổ công tác căn cứ nhiệm vụ được"
            " giao triển khai thực hiện, báo cáo kết quả hằng tháng vào ngày 20."
        ),
        P(
            "2. Bảo đảm kinh phí: từ nguồn ngân sách bảo đảm của Bộ Chỉ huy Bộ đội Biên phòng tỉnh và kinh"
            " phí chương trình phối hợp với địa phương."
        ),
        *ending(
            ["Bộ Chỉ huy BĐBP tỉnh (b/c);", "Đảng ủy, UBND xã Hoành Mô;", "Các đội, tổ công tác;",
             "Lưu: VT."],
            "CHÍNH TRỊ VIÊN",
            "Thiếu tá Hoàng Văn Dũng",
        ),
    ],
    expected=[
        Exp(
            "Phổ biến Luật Biên giới quốc gia, Luật Biên phòng",
            ("Đội Vận động quần chúng",),
            ("UBND xã Hoành Mô", "Công an xã Hoành Mô", "Trưởng các thôn, bản biên giới"),
            "2026-09-30",
        ),
        Exp(
            "Tuyên truyền Hiệp định về quy chế quản lý",
            ("Chính trị viên Đồn",),
            ("Đội Vận động quần chúng",),
            "2026-04-30",
        ),
        Exp(
            "Phổ biến pháp luật về phòng, chống ma túy",
            ("Đội Trinh sát",),
            ("Đội Phòng, chống ma túy và tội phạm", "Hội Liên hiệp Phụ nữ xã Hoành Mô"),
            "2026-07-31",
        ),
        Exp(
            "Duy trì hoạt động Câu lạc bộ pháp luật",
            ("Đội Vận động quần chúng",),
            ("Đoàn Thanh niên Đồn",),
            "2026-12-31",
        ),
        Exp(
            "Ngoại khóa pháp luật cho học sinh",
            ("Cán bộ đồn tăng cường về xã",),
            ("Trường PTDTBT TH&THCS Hoành Mô",),
            "2026-10-31",
        ),
        Exp(
            "Tuyên truyền pháp luật thông qua phiên tòa",
            ("Đội Trinh sát",),
            ("Tòa án nhân dân khu vực 9 - Quảng Ninh",),
            "2026-12-31",
            on_request=True,
        ),
        Exp(
            "Sơ kết, tổng kết công tác phổ biến",
            ("Chính trị viên phó",),
            ("Các đội, tổ công tác",),
            "2026-11-15",
        ),
    ],
)

# ------------------------------------ 9. Bảo hiểm xã hội tỉnh Sơn La ("1.1." + labels on own lines)
PLAN_BHXH = Plan(
    name="bhxh_sonla_labels",
    blocks=[
        *head(
            "BẢO HIỂM XÃ HỘI VIỆT NAM",
            "BẢO HIỂM XÃ HỘI TỈNH SƠN LA",
            "58/KH-BHXH",
            "Sơn La, ngày 03 tháng 02 năm 2026",
            "Phổ biến, giáo dục pháp luật về bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp năm 2026",
        ),
        P(
            "Căn cứ Luật Bảo hiểm xã hội số 41/2024/QH15; Luật Bảo hiểm y tế số 51/2024/QH15 sửa đổi, bổ sung"
            " một số điều của Luật Bảo hiểm y tế; Nghị định số 158/2025/NĐ-CP ngày 25/6/2025 của Chính phủ"
            " quy định chi tiết một số điều của Luật Bảo hiểm xã hội về bảo hiểm xã hội bắt buộc; Kế hoạch"
            " số 29/KH-UBND ngày 19/01/2026 của UBND tỉnh Sơn La, Bảo hiểm xã hội tỉnh xây dựng Kế hoạch"
            " như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "1. Người lao động, người sử dụng lao động và người dân hiểu đúng, đầy đủ quyền lợi, trách nhiệm"
            " khi tham gia bảo hiểm xã hội (BHXH), bảo hiểm y tế (BHYT); giảm tình trạng chậm đóng, trốn"
            " đóng BHXH."
        ),
        P(
            "2. Hình thức phổ biến phù hợp với vùng đồng bào dân tộc thiểu số, vùng sâu, vùng xa; ứng dụng"
            " mạnh mẽ công nghệ số, ứng dụng VssID."
        ),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Phổ biến chính sách, pháp luật mới về BHXH, BHYT", bold=True),
        P(
            "1.1. Phổ biến Luật Bảo hiểm xã hội năm 2024 (có hiệu lực từ ngày 01/7/2025) và các văn bản hướng"
            " dẫn thi hành"
        ),
        P("- Đơn vị chủ trì: Phòng Truyền thông và Phát triển đối tượng."),
        P("- Đơn vị phối hợp: Phòng Chế độ bảo hiểm xã hội; Phòng Quản lý thu, Bảo hiểm xã hội cơ sở."),
        P("- Thời hạn: Quý I, II/2026."),
        P(
            "1.2. Tổ chức hội nghị đối thoại với người sử dụng lao động về bảo hiểm xã hội, bảo hiểm y tế,"
            " bảo hiểm thất nghiệp"
        ),
        P("- Đơn vị chủ trì: Phòng Quản lý thu."),
        P("- Đơn vị phối hợp: Sở Nội vụ, Liên đoàn Lao động tỉnh, Hiệp hội Doanh nghiệp tỉnh."),
        P("- Thời hạn: tháng 7/2026."),
        P("1.3. Tuyên truyền chính sách bảo hiểm y tế học sinh, sinh viên năm học 2026 - 2027"),
        P("- Đơn vị chủ trì: Bảo hiểm xã hội cơ sở."),
        P("- Đơn vị phối hợp: Sở Giáo dục và Đào tạo, các trường học trên địa bàn tỉnh."),
        P("- Thời hạn: từ tháng 8 đến tháng 10/2026."),
        P("2. Phổ biến pháp luật gắn với thanh tra, kiểm tra và giải đáp chính sách", bold=True),
        P("2.1. Phổ biến quy định về xử lý vi phạm pháp luật về đóng bảo hiểm xã hội, bảo hiểm y tế"),
        P("- Đơn vị chủ trì: Phòng Thanh tra - Kiểm tra."),
        P("- Đơn vị phối hợp: Phòng Quản lý thu."),
        P("- Thời hạn: trong năm 2026."),
        P("2.2. Cập nhật, giải đáp chính sách qua tổng đài, Cổng thông tin điện tử và mạng xã hội"),
        P("- Đơn vị chủ trì: Văn phòng."),
        P(
            "- Đơn vị phối hợp: Phòng Truyền thông và Phát triển đối tượng, Phòng Chế độ bảo hiểm xã hội và"
            " Phòng Giám định bảo hiểm y tế."
        ),
        P("- Thời hạn: thường xuyên."),
        P("2.3. Phổ biến các văn bản quy phạm pháp luật mới về bảo hiểm y tế"),
        P("- Đơn vị chủ trì: Phòng Giám định bảo hiểm y tế."),
        P("- Đơn vị phối hợp: Sở Y tế; các cơ sở khám bệnh, chữa bệnh bảo hiểm y tế."),
        P(
            "- Thời hạn: ngay sau khi văn bản được ban hành và có hướng dẫn của Bảo hiểm xã hội Việt Nam."
        ),
        P("3. Tự kiểm tra, đánh giá và báo cáo kết quả công tác phổ biến, giáo dục pháp luật", bold=True),
        P("- Đơn vị chủ trì: Văn phòng."),
        P("- Đơn vị phối hợp: Các phòng nghiệp vụ, Bảo hiểm xã hội cơ sở."),
        P("- Thời hạn: trước ngày 20/11/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "Trưởng các phòng nghiệp vụ, Giám đốc Bảo hiểm xã hội cơ sở chịu trách nhiệm triển khai Kế hoạch;"
            " báo cáo kết quả 6 tháng trước ngày 10/6/2026 về Văn phòng để tổng hợp, báo cáo Bảo hiểm xã hội"
            " Việt Nam và UBND tỉnh. Kinh phí thực hiện theo dự toán được giao năm 2026."
        ),
        *ending(
            ["Bảo hiểm xã hội Việt Nam (b/c);", "UBND tỉnh (b/c);", "Sở Tư pháp;",
             "Giám đốc, các Phó Giám đốc;",
             "Các phòng nghiệp vụ, BHXH cơ sở;", "Lưu: VT, TT."],
            "GIÁM ĐỐC",
            "Cầm Văn Hướng",
        ),
    ],
    expected=[
        Exp(
            "Phổ biến Luật Bảo hiểm xã hội năm 2024",
            ("Phòng Truyền thông và Phát triển đối tượng",),
            ("Phòng Chế độ bảo hiểm xã hội", "Phòng Quản lý thu", "Bảo hiểm xã hội cơ sở"),
            "2026-06-30",
        ),
        Exp(
            "Tổ chức hội nghị đối thoại với người sử dụng lao động",
            ("Phòng Quản lý thu",),
            ("Sở Nội vụ", "Liên đoàn Lao động tỉnh", "Hiệp hội Doanh nghiệp tỉnh"),
            "2026-07-31",
        ),
        Exp(
            "Tuyên truyền chính sách bảo hiểm y tế học sinh",
            ("Bảo hiểm xã hội cơ sở",),
            ("Sở Giáo dục và Đào tạo", "các trường học trên địa bàn tỉnh"),
            "2026-10-31",
        ),
        Exp(
            "Phổ biến quy định về xử lý vi phạm pháp luật",
            ("Phòng Thanh tra - Kiểm tra",),
            ("Phòng Quản lý thu",),
            "2026-12-31",
        ),
        Exp(
            "Cập nhật, giải đáp chính sách qua tổng đài",
            ("Văn phòng",),
            (
                "Phòng Truyền thông và Phát triển đối tượng",
                "Phòng Chế độ bảo hiểm xã hội",
                "Phòng Giám định bảo hiểm y tế",
            ),
            "2026-12-31",
        ),
        Exp(
            "Phổ biến các văn bản quy phạm pháp luật mới",
            ("Phòng Giám định bảo hiểm y tế",),
            ("Sở Y tế", "các cơ sở khám bệnh, chữa bệnh bảo hiểm y tế"),
            "2026-12-31",
            on_request=True,
        ),
        Exp(
            "Tự kiểm tra, đánh giá và báo cáo kết quả",
            ("Văn phòng",),
            ("Các phòng nghiệp vụ", "Bảo hiểm xã hội cơ sở"),
            "2026-11-20",
        ),
    ],
)

# ----------------------------- 10. Công an phường Cửa Nam, Hà Nội (bold headings + one-line labels)
PLAN_CAP = Plan(
    name="cap_cuanam_oneline_labels",
    blocks=[
        P("CÔNG AN THÀNH PHỐ HÀ NỘI\nCÔNG AN PHƯỜNG CỬA NAM", bold=True, center=True),
        P(MOTTO, bold=True, center=True),
        P("Số: 09/KH-CAP", center=True),
        P("Hà Nội, ngày 08 tháng 01 năm 2026", center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P(
            "Tuyên truyền, phổ biến, giáo dục pháp luật về an ninh, trật tự\ntrên địa bàn phường Cửa Nam"
            " năm 2026",
            bold=True,
            center=True,
        ),
        P(
            "Thực hiện Kế hoạch số 312/KH-CATP ngày 26/12/2025 của Công an thành phố Hà Nội về công tác phổ"
            " biến, giáo dục pháp luật năm 2026; Kế hoạch số 05/KH-UBND ngày 06/01/2026 của UBND phường Cửa"
            " Nam về phổ biến, giáo dục pháp luật, hòa giải ở cơ sở năm 2026, Công an phường Cửa Nam xây dựng"
            " Kế hoạch như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "Nâng cao ý thức chấp hành pháp luật của nhân dân, hộ kinh doanh, cơ sở lưu trú trên địa bàn"
            " phường; phát huy phong trào toàn dân bảo vệ an ninh Tổ quốc; cán bộ, chiến sĩ gương mẫu,"
            " thượng tôn pháp luật."
        ),
        P("II. NỘI DUNG, NHIỆM VỤ", bold=True),
        P(
            "1. Tuyên truyền Luật Căn cước, Luật Cư trú và hướng dẫn sử dụng ứng dụng định danh VNeID",
            bold=True,
        ),
        P(
            "Chủ trì: Tổ Cảnh sát quản lý hành chính; đơn vị phối hợp: Cảnh sát khu vực, Tổ bảo vệ an ninh,"
            " trật tự ở cơ sở; tiến độ: quý I - quý II/2026."
        ),
        P(
            "2. Phổ biến Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ cho hộ kinh doanh, cơ sở lưu trú,"
            " nhà trọ",
            bold=True,
        ),
        P(
            "Chủ trì: Phó Trưởng Công an phường; đơn vị phối hợp: Tổ Cảnh sát quản lý hành chính; UBND"
            " phường; tiến độ: tháng 4 và tháng 10/2026."
        ),
        P("3. Phổ biến pháp luật về phòng, chống lừa đảo chiếm đoạt tài sản trên không gian mạng", bold=True),
        P(
            "Chủ trì: Tổ An ninh; đơn vị phối hợp: Đoàn Thanh niên phường, các trường học trên địa bàn phường"
            " và Ủy ban Mặt trận Tổ quốc Việt Nam phường; tiến độ: thường xuyên."
        ),
        P("4. Phổ biến pháp luật về phòng, chống ma túy, tệ nạn xã hội", bold=True),
        P(
            "Chủ trì: Tổ Cảnh sát hình sự - ma túy; đơn vị phối hợp: Trạm Y tế phường; Hội Cựu chiến binh"
            " phường, Đoàn Thanh niên phường; tiến độ: tháng 6/2026 (Tháng hành động phòng, chống ma túy)."
        ),
        P("5. Tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc gắn với phổ biến pháp luật", bold=True),
        P(
            "Chủ trì: Tổ Tổng hợp; đơn vị phối hợp: UBND phường, Ủy ban Mặt trận Tổ quốc Việt Nam phường;"
            " thời hạn: tháng 8/2026."
        ),
        P("6. Tiếp nhận, giải đáp vướng mắc pháp luật của người dân tại trụ sở và khu dân cư", bold=True),
        P(
            "Chủ trì: Cảnh sát khu vực; thời hạn: thường xuyên, gắn với buổi tiếp công dân định kỳ của"
            " Trưởng Công an phường."
        ),
        P(
            "7. Phổ biến văn bản pháp luật mới về an ninh, trật tự cho cán bộ, chiến sĩ và nhân dân",
            bold=True,
        ),
        P(
            "Chủ trì: Tổ Tổng hợp; đơn vị phối hợp: các tổ công tác thuộc Công an phường; thời hạn: khi có"
            " chỉ đạo, hướng dẫn của Công an thành phố."
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "1. Trưởng Công an phường chỉ đạo chung; các tổ công tác, Cảnh sát khu vực căn cứ nội dung Kế"
            " hoạch triển khai thực hiện nghiêm túc."
        ),
        P(
            "2. Tổ Tổng hợp theo dõi, tổng hợp kết quả, báo cáo Công an thành phố (qua Phòng Tham mưu) trước"
            " ngày 12/6/2026 (6 tháng) và trước ngày 12/11/2026 (năm)."
        ),
        *ending(
            ["Công an thành phố (b/c);", "Đảng ủy, UBND phường Cửa Nam (b/c);", "Các tổ công tác;",
             "Lưu: HS, TTH."],
            "TRƯỞNG CÔNG AN PHƯỜNG",
            "Thượng tá Nguyễn Đức Minh",
        ),
    ],
    expected=[
        Exp(
            "Tuyên truyền Luật Căn cước, Luật Cư trú",
            ("Tổ Cảnh sát quản lý hành chính",),
            ("Cảnh sát khu vực", "Tổ bảo vệ an ninh, trật tự ở cơ sở"),
            "2026-06-30",
        ),
        Exp(
            "Phổ biến Luật Phòng cháy, chữa cháy và cứu nạn",
            ("Phó Trưởng Công an phường",),
            ("Tổ Cảnh sát quản lý hành chính", "UBND phường"),
            "2026-10-31",
        ),
        Exp(
            "Phổ biến pháp luật về phòng, chống lừa đảo",
            ("Tổ An ninh",),
            (
                "Đoàn Thanh niên phường",
                "các trường học trên địa bàn phường",
                "Ủy ban Mặt trận Tổ quốc Việt Nam phường",
            ),
            "2026-12-31",
        ),
        Exp(
            "Phổ biến pháp luật về phòng, chống ma túy",
            ("Tổ Cảnh sát hình sự - ma túy",),
            ("Trạm Y tế phường", "Hội Cựu chiến binh phường", "Đoàn Thanh niên phường"),
            "2026-06-30",
        ),
        Exp(
            "Tổ chức Ngày hội toàn dân bảo vệ an ninh",
            ("Tổ Tổng hợp",),
            ("UBND phường", "Ủy ban Mặt trận Tổ quốc Việt Nam phường"),
            "2026-08-31",
        ),
        Exp(
            "Tiếp nhận, giải đáp vướng mắc pháp luật",
            ("Cảnh sát khu vực",),
            (),
            "2026-12-31",
        ),
        Exp(
            "Phổ biến văn bản pháp luật mới về an ninh",
            ("Tổ Tổng hợp",),
            ("các tổ công tác thuộc Công an phường",),
            "2026-12-31",
            on_request=True,
        ),
    ],
)

PLANS: list[Plan] = [
    PLAN_SNV,
    PLAN_SNNMT,
    PLAN_HDPH,
    PLAN_SDTTG,
    PLAN_XA,
    PLAN_HND,
    PLAN_THPT,
    PLAN_DBP,
    PLAN_BHXH,
    PLAN_CAP,
]
