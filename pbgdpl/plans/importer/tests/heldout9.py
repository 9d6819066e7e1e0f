"""Held-out evaluation set 9: ten plans of Southern agencies, written for this set only, answers by hand.

Plans and layout features:

1. PLAN_KCN_DN - Ban Quản lý các Khu công nghiệp Đồng Nai. Task table with columns in an unusual order:
   STT | Thời gian thực hiện | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp; ";"/"," unit lists; quarter
   ranges, month ranges, "Khi có yêu cầu của doanh nghiệp" (event-triggered).
2. PLAN_XSKT_CT - Công ty TNHH MTV Xổ số kiến thiết Cần Thơ (state enterprise). Table with roman group rows
   and "Sản phẩm" and "Kinh phí" columns; date range, "Trước ngày", "Khi có văn bản mới" (event).
3. PLAN_BV_CM - Bệnh viện Đa khoa tỉnh Cà Mau. Prose body, the task table is in a "PHỤ LỤC" after the
   signature; "Khoa, phòng chủ trì" headers, "Ghi chú" column, names with commas.
4. PLAN_DH_DT - Trường Đại học Đồng Tháp. Table without separate coord column: one cell
   "Chủ trì: …\\nPhối hợp: …"; two leads in one row; "Trước ngày".
5. PLAN_THUE_TN - Thuế tỉnh Tây Ninh. "1.1." numbering, labelled lines on their own lines
   ("Đơn vị chủ trì:", "Đơn vị phối hợp:", "Thời hạn hoàn thành:"); item 2.1 holds two "-" blocks with "+"
   labels; names with commas ("Báo và Phát thanh, Truyền hình Tây Ninh").
6. PLAN_TAND_HCM - Tòa án nhân dân khu vực 1 - Thành phố Hồ Chí Minh. Inline labels on one line
   ("Chủ trì thực hiện: …; phối hợp: …; thời gian thực hiện: …"); persons as units; dashed names; event.
7. PLAN_THADS_AG - Thi hành án dân sự tỉnh An Giang. Bold headings, "a)" sub-items and "-" blocks each
   with "+ Chủ trì:/+ Phối hợp:/+ Tiến độ:" lines; event-triggered timeframe.
8. PLAN_PHUONG_BT - UBND phường Bến Thành (TP. Hồ Chí Minh). Prose: "Giao X chủ trì, phối hợp với Y …",
   "X chủ trì; Y phối hợp"; item with two blocks; persons as units (Chủ tịch UBND phường).
9. PLAN_SCT_VL - Sở Công Thương tỉnh Vĩnh Long. Roman/"1."/"a)" prose; "Đề nghị X …"; an item with two
   "-" blocks; event-triggered timeframe.
10. PLAN_SGD_CT - Sở Giáo dục và Đào tạo thành phố Cần Thơ. Prose "X có trách nhiệm …"; item with two
   blocks (block titles start with the unit); "trước ngày", date ranges, event-triggered timeframe.
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T

Y = "2026-12-31"


def _hdr(parent: str, agency: str, number: str, place_date: str, title: str) -> list[P | T]:
    out: list[P | T] = []
    if parent:
        out.append(P(parent, center=True))
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


def _sign(recipients: list[str], role: str, signer: str) -> list[P | T]:
    out: list[P | T] = [P("Nơi nhận:", bold=True)]
    out += [P(r) for r in recipients]
    out += [P(role, bold=True, center=True), P("(Đã ký)", center=True), P(signer, bold=True, center=True)]
    return out


# ---------------------------------------------------------------- 1. industrial parks, table time first
PLAN_KCN_DN = Plan(
    name="kcn_dongnai_table_time_first",
    blocks=[
        *_hdr(
            "UBND TỈNH ĐỒNG NAI",
            "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP",
            "18/KH-KCNĐN",
            "Đồng Nai, ngày 20 tháng 01 năm 2026",
            "Phổ biến, giáo dục pháp luật năm 2026\ncho doanh nghiệp và người lao động trong các khu công nghiệp",
        ),
        P(
            "Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012; Căn cứ Quyết định số "
            "1521/QĐ-TTg ngày 06/10/2022 của Thủ tướng Chính phủ ban hành Kế hoạch thực hiện Kết luận số "
            "80-KL/TW ngày 20/6/2020 của Ban Bí thư; Căn cứ Kế hoạch số 27/KH-UBND ngày 09/01/2026 của UBND tỉnh "
            "Đồng Nai về công tác phổ biến, giáo dục pháp luật, hòa giải ở cơ sở và xây dựng cấp xã đạt chuẩn "
            "tiếp cận pháp luật năm 2026;"
        ),
        P(
            "Ban Quản lý các Khu công nghiệp Đồng Nai (sau đây gọi là Ban Quản lý) ban hành Kế hoạch phổ biến, "
            "giáo dục pháp luật năm 2026 như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "1. Nâng cao nhận thức, ý thức chấp hành pháp luật của công chức, viên chức, người lao động thuộc "
            "Ban Quản lý; của doanh nghiệp và người lao động đang làm việc trong các khu công nghiệp trên địa bàn "
            "tỉnh, góp phần giữ vững an ninh trật tự, xây dựng quan hệ lao động hài hòa, ổn định."
        ),
        P(
            "2. Nội dung phổ biến có trọng tâm, trọng điểm, gắn với nhiệm vụ quản lý nhà nước về đầu tư, lao "
            "động, môi trường, xây dựng trong khu công nghiệp; bảo đảm tiết kiệm, hiệu quả, tránh hình thức."
        ),
        P("II. NỘI DUNG, THỜI GIAN VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        T(
            (
                ("STT", "Thời gian thực hiện", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp"),
                (
                    "1",
                    "Quý I/2026",
                    "Quán triệt, phổ biến các luật, nghị quyết mới được Quốc hội thông qua tại Kỳ họp thứ 10, "
                    "Quốc hội khóa XV cho công chức, người lao động của Ban Quản lý",
                    "Văn phòng Ban",
                    "Các phòng chuyên môn thuộc Ban",
                ),
                (
                    "2",
                    "Từ tháng 3 đến tháng 10/2026",
                    "Tổ chức hội nghị phổ biến pháp luật về lao động, bảo hiểm xã hội, an toàn, vệ sinh lao "
                    "động cho doanh nghiệp trong các khu công nghiệp",
                    "Phòng Quản lý lao động",
                    "Công đoàn các Khu công nghiệp Đồng Nai; Sở Nội vụ; Bảo hiểm xã hội tỉnh Đồng Nai",
                ),
                (
                    "3",
                    "Quý II, III/2026",
                    "Phổ biến quy định về bảo vệ môi trường, đấu nối và xử lý nước thải tập trung cho chủ đầu "
                    "tư hạ tầng và doanh nghiệp thứ cấp",
                    "Phòng Quản lý Tài nguyên và Môi trường",
                    "Sở Nông nghiệp và Môi trường, Công an tỉnh Đồng Nai",
                ),
                (
                    "4",
                    "Thường xuyên",
                    "Cập nhật văn bản pháp luật, thủ tục hành chính mới lên Trang thông tin điện tử của Ban "
                    "Quản lý và nhóm Zalo doanh nghiệp",
                    "Văn phòng Ban",
                    "Trung tâm Dịch vụ hỗ trợ doanh nghiệp khu công nghiệp",
                ),
                (
                    "5",
                    "Khi có yêu cầu của doanh nghiệp",
                    "Tư vấn, giải đáp vướng mắc pháp luật về đầu tư, đất đai, xây dựng cho nhà đầu tư",
                    "Phòng Quản lý Đầu tư; Phòng Quản lý Quy hoạch - Xây dựng",
                    "Văn phòng Ban",
                ),
                (
                    "6",
                    "Trước ngày 30/11/2026",
                    "Kiểm tra việc chấp hành pháp luật lao động, phòng cháy, chữa cháy tại doanh nghiệp có "
                    "đông người lao động",
                    "Phòng Quản lý lao động",
                    "Sở Nội vụ, Công an tỉnh Đồng Nai và Liên đoàn Lao động tỉnh",
                ),
                (
                    "7",
                    "Tháng 11/2026",
                    "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam "
                    "trong các khu công nghiệp",
                    "Văn phòng Ban",
                    "Công đoàn các Khu công nghiệp Đồng Nai, Đoàn Thanh niên Ban Quản lý",
                ),
            ),
            widths=(10, 28, 70, 38, 44),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "1. Văn phòng Ban là đầu mối tham mưu Trưởng Ban theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng "
            "hợp, báo cáo kết quả về Sở Tư pháp trước ngày 05/6/2026 (báo cáo 6 tháng) và trước ngày 05/11/2026 "
            "(báo cáo năm)."
        ),
        P(
            "2. Các phòng chuyên môn căn cứ nhiệm vụ được phân công chủ động triển khai, gửi kết quả về Văn phòng "
            "Ban trước ngày 25/5/2026 và trước ngày 25/10/2026."
        ),
        P(
            "3. Kinh phí thực hiện từ nguồn ngân sách nhà nước giao cho Ban Quản lý năm 2026 và các nguồn hợp "
            "pháp khác theo Thông tư số 56/2023/TT-BTC ngày 18/8/2023 của Bộ Tài chính."
        ),
        *_sign(
            ["- Sở Tư pháp;", "- Lãnh đạo Ban;", "- Các phòng, đơn vị thuộc Ban;", "- Lưu: VT, VP."],
            "KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN",
            "Lê Văn Phúc",
        ),
    ],
    expected=[
        Exp(
            "Quán triệt, phổ biến các luật, nghị quyết mới",
            ("Văn phòng Ban",),
            ("Các phòng chuyên môn thuộc Ban",),
            "2026-03-31",
        ),
        Exp(
            "Tổ chức hội nghị phổ biến pháp luật về lao động",
            ("Phòng Quản lý lao động",),
            ("Công đoàn các Khu công nghiệp Đồng Nai", "Sở Nội vụ", "Bảo hiểm xã hội tỉnh Đồng Nai"),
            "2026-10-31",
        ),
        Exp(
            "Phổ biến quy định về bảo vệ môi trường",
            ("Phòng Quản lý Tài nguyên và Môi trường",),
            ("Sở Nông nghiệp và Môi trường", "Công an tỉnh Đồng Nai"),
            "2026-09-30",
        ),
        Exp(
            "Cập nhật văn bản pháp luật, thủ tục hành chính mới",
            ("Văn phòng Ban",),
            ("Trung tâm Dịch vụ hỗ trợ doanh nghiệp khu công nghiệp",),
            Y,
        ),
        Exp(
            "Tư vấn, giải đáp vướng mắc pháp luật về đầu tư",
            ("Phòng Quản lý Đầu tư", "Phòng Quản lý Quy hoạch - Xây dựng"),
            ("Văn phòng Ban",),
            Y,
            on_request=True,
        ),
        Exp(
            "Kiểm tra việc chấp hành pháp luật lao động",
            ("Phòng Quản lý lao động",),
            ("Sở Nội vụ", "Công an tỉnh Đồng Nai", "Liên đoàn Lao động tỉnh"),
            "2026-11-30",
        ),
        Exp(
            "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật",
            ("Văn phòng Ban",),
            ("Công đoàn các Khu công nghiệp Đồng Nai", "Đoàn Thanh niên Ban Quản lý"),
            "2026-11-30",
        ),
    ],
)


# ---------------------------------------------------------------- 2. state enterprise, Sản phẩm/Kinh phí columns
PLAN_XSKT_CT = Plan(
    name="xskt_cantho_table_products_budget",
    blocks=[
        *_hdr(
            "UBND THÀNH PHỐ CẦN THƠ",
            "CÔNG TY TNHH MỘT THÀNH VIÊN\nXỔ SỐ KIẾN THIẾT CẦN THƠ",
            "06/KH-XSKT",
            "Cần Thơ, ngày 26 tháng 01 năm 2026",
            "Tuyên truyền, phổ biến, giáo dục pháp luật năm 2026",
        ),
        P(
            "Căn cứ Bộ luật Lao động số 45/2019/QH14; Luật Công đoàn số 50/2024/QH15; Nghị định số "
            "30/2007/NĐ-CP ngày 01/3/2007 của Chính phủ về kinh doanh xổ số; Căn cứ Kế hoạch số 12/KH-UBND ngày "
            "14/01/2026 của UBND thành phố Cần Thơ về phổ biến, giáo dục pháp luật năm 2026; Căn cứ tình hình "
            "thực tế tại doanh nghiệp, Công ty TNHH MTV Xổ số kiến thiết Cần Thơ (sau đây gọi là Công ty) xây "
            "dựng Kế hoạch như sau:"
        ),
        P("I. MỤC ĐÍCH - YÊU CẦU", bold=True),
        P(
            "- Giúp người lao động, đại lý xổ số hiểu và chấp hành đúng quy định pháp luật về lao động, kinh "
            "doanh xổ số, phòng, chống tham nhũng, tiêu cực; nâng cao ý thức tuân thủ pháp luật trong doanh "
            "nghiệp.\n- Việc tổ chức thực hiện phải thiết thực, phù hợp với đặc thù sản xuất kinh doanh, không "
            "ảnh hưởng đến hoạt động phát hành vé số."
        ),
        P("II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        T(
            (
                (
                    "STT",
                    "Nội dung công việc",
                    "Đơn vị chủ trì",
                    "Đơn vị phối hợp",
                    "Thời gian hoàn thành",
                    "Sản phẩm",
                    "Kinh phí (đồng)",
                ),
                ("I", "PHỔ BIẾN PHÁP LUẬT CHO NGƯỜI LAO ĐỘNG VÀ ĐẠI LÝ", "", "", "", "", ""),
                (
                    "1",
                    "Phổ biến Bộ luật Lao động, Luật Công đoàn năm 2024 và các văn bản hướng dẫn cho người "
                    "lao động của Công ty",
                    "Phòng Tổ chức - Hành chính",
                    "Công đoàn Công ty",
                    "Quý II/2026",
                    "Hội nghị; tài liệu phát cho người lao động",
                    "15.000.000",
                ),
                (
                    "2",
                    "Phổ biến quy định pháp luật về kinh doanh xổ số, phòng, chống gian lận vé số cho đại lý "
                    "xổ số",
                    "Phòng Kế hoạch - Kinh doanh",
                    "Các chi nhánh trực thuộc Công ty; Công đoàn Công ty",
                    "Từ tháng 4 đến tháng 6/2026",
                    "03 hội nghị tại các chi nhánh",
                    "30.000.000",
                ),
                (
                    "3",
                    "Tổ chức cuộc thi trực tuyến \"Tìm hiểu pháp luật về phòng, chống tham nhũng, tiêu cực\" "
                    "trong Công ty",
                    "Chi đoàn Thanh niên Công ty",
                    "Công đoàn Công ty, Phòng Tổ chức - Hành chính",
                    "Từ ngày 01/8 đến ngày 15/9/2026",
                    "Thể lệ, đề thi; quyết định khen thưởng",
                    "20.000.000",
                ),
                ("II", "RÀ SOÁT, HOÀN THIỆN QUY CHẾ NỘI BỘ", "", "", "", "", ""),
                (
                    "4",
                    "Rà soát, sửa đổi Nội quy lao động, Quy chế dân chủ ở cơ sở tại nơi làm việc",
                    "Phòng Tổ chức - Hành chính",
                    "Ban Chấp hành Công đoàn Công ty",
                    "Trước ngày 30/9/2026",
                    "Nội quy, Quy chế được ban hành",
                    "Không phát sinh",
                ),
                (
                    "5",
                    "Cập nhật, hướng dẫn các quy định mới về thuế, hóa đơn điện tử, chế độ kế toán doanh "
                    "nghiệp",
                    "Phòng Kế toán - Tài vụ",
                    "Các phòng, chi nhánh",
                    "Khi có văn bản mới được ban hành",
                    "Văn bản hướng dẫn nội bộ",
                    "Không phát sinh",
                ),
                ("III", "CÁC HOẠT ĐỘNG KHÁC", "", "", "", "", ""),
                (
                    "6",
                    "Duy trì Tủ sách pháp luật tại trụ sở Công ty, bổ sung sách, tài liệu pháp luật mới",
                    "Phòng Tổ chức - Hành chính",
                    "",
                    "Cả năm",
                    "Tủ sách được bổ sung",
                    "5.000.000",
                ),
                (
                    "7",
                    "Tổng kết công tác phổ biến, giáo dục pháp luật năm 2026, đề xuất nhiệm vụ năm 2027",
                    "Phòng Tổ chức - Hành chính",
                    "Các phòng, chi nhánh",
                    "Tháng 12/2026",
                    "Báo cáo tổng kết",
                    "Không phát sinh",
                ),
            ),
            widths=(9, 52, 28, 30, 24, 28, 19),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "1. Phòng Tổ chức - Hành chính là đầu mối theo dõi, đôn đốc các phòng, chi nhánh thực hiện Kế hoạch; "
            "tổng hợp kết quả báo cáo Sở Tư pháp và Sở Tài chính thành phố trước ngày 10/6/2026 và trước ngày "
            "10/11/2026."
        ),
        P(
            "2. Phòng Kế toán - Tài vụ bố trí kinh phí thực hiện từ chi phí quản lý doanh nghiệp năm 2026 theo "
            "dự toán được Chủ tịch Công ty phê duyệt."
        ),
        P("3. Trưởng các phòng, Giám đốc các chi nhánh chịu trách nhiệm triển khai đến người lao động, đại lý."),
        *_sign(
            ["- Sở Tư pháp TP. Cần Thơ;", "- Chủ tịch Công ty;", "- Các phòng, chi nhánh;", "- Lưu: VT, TCHC."],
            "GIÁM ĐỐC",
            "Trần Thị Ngọc Hân",
        ),
    ],
    expected=[
        Exp(
            "Phổ biến Bộ luật Lao động, Luật Công đoàn",
            ("Phòng Tổ chức - Hành chính",),
            ("Công đoàn Công ty",),
            "2026-06-30",
        ),
        Exp(
            "Phổ biến quy định pháp luật về kinh doanh xổ số",
            ("Phòng Kế hoạch - Kinh doanh",),
            ("Các chi nhánh trực thuộc Công ty", "Công đoàn Công ty"),
            "2026-06-30",
        ),
        Exp(
            "Tổ chức cuộc thi trực tuyến",
            ("Chi đoàn Thanh niên Công ty",),
            ("Công đoàn Công ty", "Phòng Tổ chức - Hành chính"),
            "2026-09-15",
        ),
        Exp(
            "Rà soát, sửa đổi Nội quy lao động",
            ("Phòng Tổ chức - Hành chính",),
            ("Ban Chấp hành Công đoàn Công ty",),
            "2026-09-30",
        ),
        Exp(
            "Cập nhật, hướng dẫn các quy định mới về thuế",
            ("Phòng Kế toán - Tài vụ",),
            ("Các phòng, chi nhánh",),
            Y,
            on_request=True,
        ),
        Exp(
            "Duy trì Tủ sách pháp luật tại trụ sở Công ty",
            ("Phòng Tổ chức - Hành chính",),
            (),
            Y,
        ),
        Exp(
            "Tổng kết công tác phổ biến, giáo dục pháp luật năm 2026",
            ("Phòng Tổ chức - Hành chính",),
            ("Các phòng, chi nhánh",),
            Y,
        ),
    ],
)


# ---------------------------------------------------------------- 3. hospital, table in PHỤ LỤC after signature
PLAN_BV_CM = Plan(
    name="benhvien_camau_appendix_table",
    blocks=[
        *_hdr(
            "SỞ Y TẾ TỈNH CÀ MAU",
            "BỆNH VIỆN ĐA KHOA TỈNH CÀ MAU",
            "45/KH-BVĐK",
            "Cà Mau, ngày 05 tháng 02 năm 2026",
            "Phổ biến, giáo dục pháp luật năm 2026",
        ),
        P(
            "Căn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15; Căn cứ Kế hoạch số 09/KH-SYT ngày 16/01/2026 của "
            "Sở Y tế tỉnh Cà Mau về công tác phổ biến, giáo dục pháp luật năm 2026; Căn cứ Quyết định số "
            "3869/QĐ-BYT ngày 28/8/2019 của Bộ Y tế ban hành các mẫu phiếu và hướng dẫn khảo sát hài lòng người "
            "bệnh và nhân viên y tế;"
        ),
        P("Bệnh viện Đa khoa tỉnh Cà Mau xây dựng Kế hoạch phổ biến, giáo dục pháp luật năm 2026 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "1. Giúp viên chức, người lao động nắm vững quy định pháp luật về khám bệnh, chữa bệnh, bảo hiểm y "
            "tế, quy tắc ứng xử; nâng cao chất lượng phục vụ người bệnh.\n2. Tuyên truyền cho người bệnh và "
            "thân nhân người bệnh về quyền, nghĩa vụ khi khám bệnh, chữa bệnh; nội quy bệnh viện.\n3. Hoạt "
            "động phổ biến pháp luật lồng ghép với công tác chuyên môn, không làm ảnh hưởng đến khám, chữa bệnh."
        ),
        P("II. NỘI DUNG VÀ HÌNH THỨC", bold=True),
        P(
            "1. Nội dung: các văn bản pháp luật mới về y tế, bảo hiểm y tế, phòng cháy, chữa cháy; quy tắc ứng "
            "xử của công chức, viên chức; Luật Phòng, chống tác hại của rượu, bia; Luật Phòng, chống tác hại "
            "của thuốc lá."
        ),
        P(
            "2. Hình thức: hội nghị, sinh hoạt khoa, phòng; màn hình LED tại khu khám bệnh; tờ rơi, pa-nô; "
            "Trang thông tin điện tử và fanpage của Bệnh viện."
        ),
        P(
            "3. Nhiệm vụ cụ thể, khoa, phòng chủ trì, phối hợp và thời gian thực hiện: chi tiết tại Phụ lục kèm "
            "theo Kế hoạch này."
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "1. Phòng Tổ chức cán bộ là thường trực, tham mưu Giám đốc theo dõi, kiểm tra việc thực hiện; tổng "
            "hợp báo cáo Sở Y tế trước ngày 15/6/2026 (6 tháng) và trước ngày 15/11/2026 (năm)."
        ),
        P(
            "2. Trưởng các khoa, phòng có trách nhiệm phổ biến Kế hoạch đến toàn thể viên chức, người lao động "
            "của khoa, phòng mình và thực hiện nhiệm vụ được phân công tại Phụ lục."
        ),
        P("3. Phòng Tài chính - Kế toán bảo đảm kinh phí từ nguồn chi thường xuyên của Bệnh viện."),
        *_sign(
            ["- Sở Y tế (b/c);", "- Ban Giám đốc;", "- Các khoa, phòng;", "- Lưu: VT, TCCB."],
            "GIÁM ĐỐC",
            "BSCKII. Huỳnh Quang Minh",
        ),
        P("PHỤ LỤC", bold=True, center=True),
        P("NHIỆM VỤ PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT NĂM 2026", bold=True, center=True),
        P(
            "(Kèm theo Kế hoạch số 45/KH-BVĐK ngày 05/02/2026 của Bệnh viện Đa khoa tỉnh Cà Mau)",
            center=True,
        ),
        T(
            (
                ("STT", "Nhiệm vụ", "Khoa, phòng chủ trì", "Khoa, phòng phối hợp", "Thời gian", "Ghi chú"),
                (
                    "1",
                    "Phổ biến Luật Khám bệnh, chữa bệnh năm 2023 và các văn bản quy định chi tiết cho viên "
                    "chức, người lao động",
                    "Phòng Tổ chức cán bộ",
                    "Phòng Kế hoạch tổng hợp",
                    "Quý I/2026",
                    "Lồng ghép giao ban",
                ),
                (
                    "2",
                    "Tập huấn quy tắc ứng xử, kỹ năng giao tiếp của nhân viên y tế với người bệnh",
                    "Phòng Điều dưỡng",
                    "Phòng Công tác xã hội; các khoa lâm sàng",
                    "Tháng 3 - tháng 4/2026",
                    "",
                ),
                (
                    "3",
                    "Phổ biến quy định về bảo hiểm y tế, quyền và nghĩa vụ của người bệnh tại khu vực chờ khám",
                    "Phòng Công tác xã hội",
                    "Khoa Khám bệnh, Phòng Tài chính - Kế toán",
                    "Hằng tháng",
                    "Màn hình LED, tờ rơi",
                ),
                (
                    "4",
                    "Phổ biến pháp luật về phòng cháy, chữa cháy và cứu nạn, cứu hộ; tổ chức diễn tập phương "
                    "án chữa cháy",
                    "Phòng Hành chính quản trị",
                    "Đội phòng cháy, chữa cháy cơ sở; Công an phường Tân Thành",
                    "Quý III/2026",
                    "",
                ),
                (
                    "5",
                    "Tuyên truyền Luật Phòng, chống tác hại của rượu, bia và Luật Phòng, chống tác hại của "
                    "thuốc lá cho người bệnh, thân nhân",
                    "Khoa Khám bệnh",
                    "Phòng Công tác xã hội",
                    "Trước ngày 31/5/2026",
                    "Hưởng ứng Ngày Thế giới không thuốc lá",
                ),
                (
                    "6",
                    "Cập nhật văn bản pháp luật mới về y tế trên Trang thông tin điện tử của Bệnh viện",
                    "Tổ Công nghệ thông tin",
                    "Phòng Kế hoạch tổng hợp",
                    "Thường xuyên",
                    "",
                ),
                (
                    "7",
                    "Tham gia Hội thi \"Cán bộ y tế với pháp luật\" do Sở Y tế tổ chức",
                    "Ban Chấp hành Công đoàn Bệnh viện",
                    "Phòng Tổ chức cán bộ",
                    "Khi có kế hoạch tổ chức Hội thi của Sở Y tế",
                    "",
                ),
            ),
            widths=(10, 62, 32, 36, 28, 22),
        ),
    ],
    expected=[
        Exp(
            "Phổ biến Luật Khám bệnh, chữa bệnh năm 2023",
            ("Phòng Tổ chức cán bộ",),
            ("Phòng Kế hoạch tổng hợp",),
            "2026-03-31",
        ),
        Exp(
            "Tập huấn quy tắc ứng xử, kỹ năng giao tiếp",
            ("Phòng Điều dưỡng",),
            ("Phòng Công tác xã hội", "các khoa lâm sàng"),
            "2026-04-30",
        ),
        Exp(
            "Phổ biến quy định về bảo hiểm y tế",
            ("Phòng Công tác xã hội",),
            ("Khoa Khám bệnh", "Phòng Tài chính - Kế toán"),
            Y,
        ),
        Exp(
            "Phổ biến pháp luật về phòng cháy, chữa cháy",
            ("Phòng Hành chính quản trị",),
            ("Đội phòng cháy, chữa cháy cơ sở", "Công an phường Tân Thành"),
            "2026-09-30",
        ),
        Exp(
            "Tuyên truyền Luật Phòng, chống tác hại của rượu",
            ("Khoa Khám bệnh",),
            ("Phòng Công tác xã hội",),
            "2026-05-31",
        ),
        Exp(
            "Cập nhật văn bản pháp luật mới về y tế",
            ("Tổ Công nghệ thông tin",),
            ("Phòng Kế hoạch tổng hợp",),
            Y,
        ),
        Exp(
            "Tham gia Hội thi \"Cán bộ y tế với pháp luật\"",
            ("Ban Chấp hành Công đoàn Bệnh viện",),
            ("Phòng Tổ chức cán bộ",),
            Y,
            on_request=True,
        ),
    ],
)


# ---------------------------------------------------------------- 4. university, lead/coord in one cell
PLAN_DH_DT = Plan(
    name="daihoc_dongthap_combined_units_cell",
    blocks=[
        *_hdr(
            "UBND TỈNH ĐỒNG THÁP",
            "TRƯỜNG ĐẠI HỌC ĐỒNG THÁP",
            "112/KH-ĐHĐT",
            "Đồng Tháp, ngày 09 tháng 02 năm 2026",
            "Công tác phổ biến, giáo dục pháp luật năm 2026",
        ),
        P(
            "Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012; Căn cứ Thông tư số 07/2025/TT-BGDĐT của Bộ "
            "trưởng Bộ Giáo dục và Đào tạo quy định về công tác phổ biến, giáo dục pháp luật trong cơ sở giáo "
            "dục; Căn cứ Kế hoạch số 35/KH-UBND ngày 22/01/2026 của Ủy ban nhân dân tỉnh Đồng Tháp về công tác "
            "phổ biến, giáo dục pháp luật năm 2026; Hiệu trưởng Trường Đại học Đồng Tháp ban hành Kế hoạch "
            "công tác phổ biến, giáo dục pháp luật năm 2026 như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Mục đích", bold=True),
        P(
            "Trang bị kiến thức pháp luật cần thiết cho viên chức, giảng viên, người lao động và người học; "
            "hình thành thói quen tìm hiểu, chấp hành pháp luật; góp phần xây dựng môi trường giáo dục an toàn, "
            "lành mạnh, thân thiện."
        ),
        P("2. Yêu cầu", bold=True),
        P(
            "Các hoạt động được tổ chức phù hợp với kế hoạch năm học, lồng ghép với hoạt động đào tạo, công tác "
            "sinh viên và hoạt động của Đoàn thể; phân công rõ đơn vị chủ trì, phối hợp."
        ),
        P("II. NỘI DUNG, ĐƠN VỊ THỰC HIỆN VÀ THỜI GIAN", bold=True),
        T(
            (
                ("TT", "Nội dung công việc", "Đơn vị thực hiện", "Thời gian"),
                (
                    "1",
                    "Phổ biến các văn bản quy phạm pháp luật mới về giáo dục đại học, tự chủ đại học cho viên "
                    "chức, giảng viên",
                    "Chủ trì: Phòng Tổ chức - Hành chính\nPhối hợp: Các khoa, phòng, trung tâm",
                    "Quý I, II/2026",
                ),
                (
                    "2",
                    "Rà soát, hệ thống hóa văn bản nội bộ của Trường; đề xuất sửa đổi, bổ sung quy chế không "
                    "còn phù hợp",
                    "Chủ trì: Phòng Thanh tra - Pháp chế, Phòng Tổ chức - Hành chính\nPhối hợp: Các đơn vị "
                    "thuộc Trường",
                    "Trước ngày 30/6/2026",
                ),
                (
                    "3",
                    "Lồng ghép giáo dục pháp luật trong học phần Pháp luật đại cương và các học phần lý luận "
                    "chính trị",
                    "Chủ trì: Khoa Lý luận chính trị\nPhối hợp: Phòng Đào tạo",
                    "Từ tháng 8 đến tháng 12/2026",
                ),
                (
                    "4",
                    "Tổ chức \"Tuần sinh hoạt công dân - sinh viên\" đầu khóa, phổ biến pháp luật về an toàn "
                    "giao thông, phòng, chống ma túy",
                    "Chủ trì: Phòng Công tác sinh viên\nPhối hợp: Đoàn Thanh niên Trường, Hội Sinh viên Trường; "
                    "Công an phường Cao Lãnh",
                    "Tháng 9 - tháng 10/2026",
                ),
                (
                    "5",
                    "Tổ chức Cuộc thi \"Sinh viên với pháp luật\" năm 2026",
                    "Chủ trì: Đoàn Thanh niên Trường\nPhối hợp: Khoa Lý luận chính trị, Phòng Công tác sinh viên",
                    "Trước ngày 09/11/2026",
                ),
                (
                    "6",
                    "Tư vấn pháp luật cho sinh viên về hợp đồng thuê nhà trọ, lao động bán thời gian, phòng, "
                    "chống lừa đảo qua mạng",
                    "Chủ trì: Phòng Công tác sinh viên\nPhối hợp: Trung tâm Trợ giúp pháp lý nhà nước tỉnh "
                    "Đồng Tháp",
                    "Thường xuyên",
                ),
                (
                    "7",
                    "Bổ sung tài liệu pháp luật cho Thư viện; duy trì chuyên mục \"Góc pháp luật\" trên Cổng "
                    "thông tin điện tử của Trường",
                    "Chủ trì: Trung tâm Thông tin - Thư viện\nPhối hợp: Phòng Tổ chức - Hành chính",
                    "Cả năm",
                ),
            ),
            widths=(10, 85, 65, 30),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "1. Phòng Thanh tra - Pháp chế là đầu mối giúp Hiệu trưởng theo dõi, tổng hợp kết quả thực hiện Kế "
            "hoạch; báo cáo Sở Tư pháp, Bộ Giáo dục và Đào tạo theo quy định (báo cáo năm gửi trước ngày "
            "20/11/2026)."
        ),
        P(
            "2. Thủ trưởng các đơn vị thuộc Trường căn cứ nhiệm vụ được giao chủ động xây dựng kế hoạch chi tiết, "
            "gửi kết quả về Phòng Thanh tra - Pháp chế trước ngày 10/11/2026."
        ),
        P("3. Phòng Kế hoạch - Tài chính cân đối kinh phí từ nguồn thu sự nghiệp của Trường."),
        *_sign(
            ["- Bộ GDĐT (để b/c);", "- Sở Tư pháp;", "- Ban Giám hiệu;", "- Các đơn vị;", "- Lưu: VT, TTPC."],
            "HIỆU TRƯỞNG",
            "PGS.TS. Nguyễn Văn Đệ",
        ),
    ],
    expected=[
        Exp(
            "Phổ biến các văn bản quy phạm pháp luật mới",
            ("Phòng Tổ chức - Hành chính",),
            ("Các khoa, phòng, trung tâm",),
            "2026-06-30",
        ),
        Exp(
            "Rà soát, hệ thống hóa văn bản nội bộ",
            ("Phòng Thanh tra - Pháp chế", "Phòng Tổ chức - Hành chính"),
            ("Các đơn vị thuộc Trường",),
            "2026-06-30",
        ),
        Exp(
            "Lồng ghép giáo dục pháp luật trong học phần",
            ("Khoa Lý luận chính trị",),
            ("Phòng Đào tạo",),
            Y,
        ),
        Exp(
            "Tổ chức \"Tuần sinh hoạt công dân - sinh viên\"",
            ("Phòng Công tác sinh viên",),
            ("Đoàn Thanh niên Trường", "Hội Sinh viên Trường", "Công an phường Cao Lãnh"),
            "2026-10-31",
        ),
        Exp(
            "Tổ chức Cuộc thi \"Sinh viên với pháp luật\"",
            ("Đoàn Thanh niên Trường",),
            ("Khoa Lý luận chính trị", "Phòng Công tác sinh viên"),
            "2026-11-09",
        ),
        Exp(
            "Tư vấn pháp luật cho sinh viên",
            ("Phòng Công tác sinh viên",),
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh Đồng Tháp",),
            Y,
        ),
        Exp(
            "Bổ sung tài liệu pháp luật cho Thư viện",
            ("Trung tâm Thông tin - Thư viện",),
            ("Phòng Tổ chức - Hành chính",),
            Y,
        ),
    ],
)


# ---------------------------------------------------------------- 5. tax, labelled lines on own lines
PLAN_THUE_TN = Plan(
    name="thue_tayninh_labelled_lines",
    blocks=[
        *_hdr(
            "CỤC THUẾ",
            "THUẾ TỈNH TÂY NINH",
            "214/KH-TTN",
            "Tây Ninh, ngày 23 tháng 01 năm 2026",
            "Tuyên truyền, phổ biến, giáo dục pháp luật và hỗ trợ người nộp thuế năm 2026",
        ),
        P(
            "Căn cứ Luật Quản lý thuế số 38/2019/QH14 và Luật Quản lý thuế (sửa đổi); Căn cứ Quyết định số "
            "381/QĐ-CT ngày 10/01/2026 của Cục trưởng Cục Thuế về công tác tuyên truyền, hỗ trợ người nộp thuế "
            "năm 2026; Căn cứ Kế hoạch số 41/KH-UBND ngày 16/01/2026 của UBND tỉnh Tây Ninh về công tác phổ "
            "biến, giáo dục pháp luật năm 2026, Thuế tỉnh Tây Ninh xây dựng Kế hoạch như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "- Nâng cao hiểu biết, ý thức tự giác chấp hành pháp luật thuế của người nộp thuế; bảo đảm công "
            "chức thuế nắm vững, thực hiện đúng các quy định mới về quản lý thuế.\n- Kịp thời hỗ trợ hộ kinh "
            "doanh chuyển đổi sang phương pháp kê khai; tiếp tục đẩy mạnh hóa đơn điện tử, thuế điện tử.\n- "
            "Phân công cụ thể, gắn trách nhiệm người đứng đầu các phòng, Thuế cơ sở."
        ),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Phổ biến, giáo dục pháp luật cho công chức, người lao động", bold=True),
        P("1.1. Quán triệt Luật Quản lý thuế (sửa đổi) và các nghị định, thông tư hướng dẫn thi hành", bold=True),
        P("Đơn vị chủ trì: Phòng Nghiệp vụ - Dự toán - Pháp chế"),
        P("Đơn vị phối hợp: Văn phòng Thuế tỉnh; các Thuế cơ sở trực thuộc"),
        P("Thời hạn hoàn thành: Quý I/2026"),
        P(
            "1.2. Bồi dưỡng kỹ năng tuyên truyền, hỗ trợ cho công chức làm công tác tiếp nhận, giải đáp vướng "
            "mắc của người nộp thuế",
            bold=True,
        ),
        P("Đơn vị chủ trì: Phòng Tổ chức cán bộ"),
        P("Đơn vị phối hợp: Phòng Nghiệp vụ - Dự toán - Pháp chế"),
        P("Thời hạn hoàn thành: Từ tháng 5 đến tháng 7/2026"),
        P("2. Tuyên truyền, hỗ trợ người nộp thuế", bold=True),
        P("2.1. Tổ chức tập huấn, đối thoại chính sách thuế mới", bold=True),
        P("- Tập huấn, đối thoại với doanh nghiệp trong các khu công nghiệp, khu kinh tế:"),
        P("+ Đơn vị chủ trì: Phòng Quản lý, hỗ trợ doanh nghiệp số 1"),
        P("+ Đơn vị phối hợp: Ban Quản lý Khu kinh tế tỉnh Tây Ninh"),
        P("+ Thời hạn hoàn thành: Quý II/2026"),
        P("- Hướng dẫn hộ kinh doanh chuyển đổi từ phương pháp khoán sang phương pháp kê khai:"),
        P("+ Đơn vị chủ trì: Các Thuế cơ sở trực thuộc Thuế tỉnh"),
        P(
            "+ Đơn vị phối hợp: Phòng Quản lý hộ kinh doanh, cá nhân và thu khác; UBND các xã, phường"
        ),
        P("+ Thời hạn hoàn thành: Trước ngày 31/3/2026"),
        P(
            "2.2. Cập nhật chính sách thuế mới trên Trang thông tin điện tử, Zalo OA và Fanpage của Thuế tỉnh",
            bold=True,
        ),
        P("Đơn vị chủ trì: Văn phòng Thuế tỉnh"),
        P("Thời hạn hoàn thành: Thường xuyên"),
        P(
            "2.3. Phối hợp xây dựng chuyên mục \"Thuế và cuộc sống\" phát sóng trên sóng phát thanh, truyền "
            "hình tỉnh",
            bold=True,
        ),
        P("Đơn vị chủ trì: Văn phòng Thuế tỉnh"),
        P("Đơn vị phối hợp: Báo và Phát thanh, Truyền hình Tây Ninh"),
        P("Thời hạn hoàn thành: Hằng tháng"),
        P(
            "3. Lồng ghép phổ biến pháp luật thuế qua công tác thanh tra, kiểm tra, quản lý nợ và cưỡng chế nợ "
            "thuế",
            bold=True,
        ),
        P("Đơn vị chủ trì: Phòng Thanh tra - Kiểm tra số 1, Phòng Thanh tra - Kiểm tra số 2"),
        P("Đơn vị phối hợp: Các Thuế cơ sở trực thuộc Thuế tỉnh"),
        P("Thời hạn hoàn thành: Trong năm 2026"),
        P("4. Tổ chức các hoạt động hưởng ứng Ngày Pháp luật Việt Nam năm 2026", bold=True),
        P("Đơn vị chủ trì: Phòng Nghiệp vụ - Dự toán - Pháp chế"),
        P("Đơn vị phối hợp: Công đoàn cơ sở Thuế tỉnh, Chi đoàn Thanh niên Thuế tỉnh"),
        P("Thời hạn hoàn thành: Từ ngày 01/11 đến ngày 09/11/2026"),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "1. Phòng Nghiệp vụ - Dự toán - Pháp chế là đầu mối theo dõi, đôn đốc, tổng hợp kết quả; báo cáo Cục "
            "Thuế và UBND tỉnh (qua Sở Tư pháp) trước ngày 20/6/2026 và trước ngày 20/11/2026."
        ),
        P(
            "2. Trưởng các phòng, Trưởng Thuế cơ sở căn cứ Kế hoạch triển khai thực hiện; gửi báo cáo kết quả về "
            "Thuế tỉnh (qua Phòng Nghiệp vụ - Dự toán - Pháp chế) trước ngày 15/6/2026 và trước ngày 15/11/2026."
        ),
        *_sign(
            ["- Cục Thuế (b/c);", "- UBND tỉnh Tây Ninh;", "- Sở Tư pháp;", "- Các phòng, Thuế cơ sở;", "- Lưu: VT."],
            "KT. TRƯỞNG THUẾ TỈNH\nPHÓ TRƯỞNG THUẾ TỈNH",
            "Võ Thị Kim Loan",
        ),
    ],
    expected=[
        Exp(
            "Quán triệt Luật Quản lý thuế (sửa đổi)",
            ("Phòng Nghiệp vụ - Dự toán - Pháp chế",),
            ("Văn phòng Thuế tỉnh", "các Thuế cơ sở trực thuộc"),
            "2026-03-31",
        ),
        Exp(
            "Bồi dưỡng kỹ năng tuyên truyền, hỗ trợ",
            ("Phòng Tổ chức cán bộ",),
            ("Phòng Nghiệp vụ - Dự toán - Pháp chế",),
            "2026-07-31",
        ),
        Exp(
            "Tập huấn, đối thoại với doanh nghiệp",
            ("Phòng Quản lý, hỗ trợ doanh nghiệp số 1",),
            ("Ban Quản lý Khu kinh tế tỉnh Tây Ninh",),
            "2026-06-30",
        ),
        Exp(
            "Hướng dẫn hộ kinh doanh chuyển đổi",
            ("Các Thuế cơ sở trực thuộc Thuế tỉnh",),
            ("Phòng Quản lý hộ kinh doanh, cá nhân và thu khác", "UBND các xã, phường"),
            "2026-03-31",
        ),
        Exp(
            "Cập nhật chính sách thuế mới",
            ("Văn phòng Thuế tỉnh",),
            (),
            Y,
        ),
        Exp(
            "Phối hợp xây dựng chuyên mục \"Thuế và cuộc sống\"",
            ("Văn phòng Thuế tỉnh",),
            ("Báo và Phát thanh, Truyền hình Tây Ninh",),
            Y,
        ),
        Exp(
            "Lồng ghép phổ biến pháp luật thuế",
            ("Phòng Thanh tra - Kiểm tra số 1", "Phòng Thanh tra - Kiểm tra số 2"),
            ("Các Thuế cơ sở trực thuộc Thuế tỉnh",),
            Y,
        ),
        Exp(
            "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật",
            ("Phòng Nghiệp vụ - Dự toán - Pháp chế",),
            ("Công đoàn cơ sở Thuế tỉnh", "Chi đoàn Thanh niên Thuế tỉnh"),
            "2026-11-09",
        ),
    ],
)


# ---------------------------------------------------------------- 6. court, inline labels, persons as units
PLAN_TAND_HCM = Plan(
    name="toaan_kv1_hcm_inline_labels",
    blocks=[
        *_hdr(
            "TÒA ÁN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH",
            "TÒA ÁN NHÂN DÂN KHU VỰC 1\nTHÀNH PHỐ HỒ CHÍ MINH",
            "03/KH-TA",
            "Thành phố Hồ Chí Minh, ngày 12 tháng 01 năm 2026",
            "Công tác phổ biến, giáo dục pháp luật năm 2026\ncủa Tòa án nhân dân khu vực 1 - Thành phố Hồ Chí Minh",
        ),
        P(
            "Căn cứ Luật Tổ chức Tòa án nhân dân số 34/2024/QH15; Căn cứ Luật Hòa giải, đối thoại tại Tòa án số "
            "58/2020/QH14; Căn cứ Kế hoạch số 15/KH-TANDTC ngày 05/01/2026 của Tòa án nhân dân tối cao về công "
            "tác phổ biến, giáo dục pháp luật năm 2026 và Kế hoạch số 02/KH-TA ngày 08/01/2026 của Tòa án nhân "
            "dân Thành phố Hồ Chí Minh, Chánh án Tòa án nhân dân khu vực 1 - Thành phố Hồ Chí Minh ban hành Kế "
            "hoạch như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "Bảo đảm Thẩm phán, Thư ký, Thẩm tra viên và người lao động nắm vững các quy định pháp luật mới, nhất "
            "là pháp luật về tố tụng và tổ chức Tòa án sau khi sắp xếp tổ chức bộ máy; tăng cường phổ biến pháp "
            "luật thông qua hoạt động xét xử, hòa giải, đối thoại, góp phần nâng cao ý thức pháp luật của người "
            "dân trên địa bàn các phường thuộc thẩm quyền."
        ),
        P("II. NỘI DUNG THỰC HIỆN", bold=True),
        P(
            "1. Tổ chức quán triệt Luật Tổ chức Tòa án nhân dân năm 2024, các luật tố tụng được sửa đổi, bổ sung "
            "cho Thẩm phán, Thư ký, Thẩm tra viên."
        ),
        P(
            "Chủ trì thực hiện: Văn phòng Tòa án; phối hợp: Công đoàn cơ sở Tòa án; thời gian thực hiện: Quý "
            "I/2026."
        ),
        P(
            "2. Phổ biến pháp luật thông qua xét xử các vụ án hình sự; tổ chức phiên tòa rút kinh nghiệm, phiên "
            "tòa xét xử lưu động tại địa bàn dân cư."
        ),
        P(
            "Chủ trì thực hiện: Phó Chánh án phụ trách công tác xét xử hình sự; phối hợp: Viện kiểm sát nhân dân "
            "khu vực 1 - Thành phố Hồ Chí Minh, Công an các phường có liên quan; thời gian thực hiện: Cả năm 2026."
        ),
        P(
            "3. Giải thích pháp luật về hòa giải, đối thoại tại Tòa án cho đương sự khi nhận đơn khởi kiện, đơn "
            "yêu cầu."
        ),
        P(
            "Chủ trì thực hiện: Hòa giải viên tại Tòa án; phối hợp: Bộ phận tiếp nhận đơn; thời gian thực hiện: "
            "Thường xuyên."
        ),
        P("4. Tiếp công dân, trả lời, hướng dẫn pháp luật cho người dân đến liên hệ tại trụ sở Tòa án."),
        P(
            "Chủ trì thực hiện: Chánh án, các Phó Chánh án; phối hợp: Văn phòng Tòa án, Bộ phận tiếp nhận đơn; "
            "thời gian thực hiện: Thứ Năm hằng tuần."
        ),
        P(
            "5. Công khai bản án, quyết định đã có hiệu lực pháp luật trên Cổng thông tin điện tử Tòa án nhân dân "
            "theo quy định."
        ),
        P(
            "Chủ trì thực hiện: các Thẩm phán; phối hợp: Thư ký Tòa án; thời gian thực hiện: Từ tháng 01 đến "
            "tháng 12/2026."
        ),
        P(
            "6. Triển khai văn bản giải đáp vướng mắc, hướng dẫn áp dụng pháp luật của Tòa án nhân dân tối cao "
            "đến toàn thể Thẩm phán."
        ),
        P(
            "Chủ trì thực hiện: Văn phòng Tòa án; phối hợp: các Thẩm phán; thời gian thực hiện: Khi Tòa án nhân "
            "dân tối cao ban hành văn bản giải đáp, hướng dẫn."
        ),
        P(
            "7. Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam: treo băng rôn, tổ chức tọa "
            "đàm về văn hóa pháp đình."
        ),
        P(
            "Chủ trì thực hiện: Chi đoàn Thanh niên Tòa án; phối hợp: Công đoàn cơ sở Tòa án; thời gian thực "
            "hiện: Tháng 10 - 11/2026."
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "1. Văn phòng Tòa án có trách nhiệm theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp báo cáo Tòa "
            "án nhân dân Thành phố Hồ Chí Minh trước ngày 25/5/2026 (6 tháng) và trước ngày 25/10/2026 (năm)."
        ),
        P(
            "2. Thẩm phán, Thư ký, Thẩm tra viên và người lao động có trách nhiệm thực hiện nghiêm túc Kế hoạch "
            "này. Quá trình thực hiện có khó khăn, vướng mắc báo cáo Chánh án để chỉ đạo giải quyết./."
        ),
        *_sign(
            ["- TAND TP. Hồ Chí Minh (b/c);", "- Chánh án, các Phó Chánh án;", "- Các Thẩm phán;", "- Lưu: VT."],
            "CHÁNH ÁN",
            "Phạm Hoàng Duy",
        ),
    ],
    expected=[
        Exp(
            "Tổ chức quán triệt Luật Tổ chức Tòa án",
            ("Văn phòng Tòa án",),
            ("Công đoàn cơ sở Tòa án",),
            "2026-03-31",
        ),
        Exp(
            "Phổ biến pháp luật thông qua xét xử",
            ("Phó Chánh án phụ trách công tác xét xử hình sự",),
            ("Viện kiểm sát nhân dân khu vực 1 - Thành phố Hồ Chí Minh", "Công an các phường có liên quan"),
            Y,
        ),
        Exp(
            "Giải thích pháp luật về hòa giải, đối thoại",
            ("Hòa giải viên tại Tòa án",),
            ("Bộ phận tiếp nhận đơn",),
            Y,
        ),
        Exp(
            "Tiếp công dân, trả lời, hướng dẫn pháp luật",
            ("Chánh án", "các Phó Chánh án"),
            ("Văn phòng Tòa án", "Bộ phận tiếp nhận đơn"),
            Y,
        ),
        Exp(
            "Công khai bản án, quyết định",
            ("các Thẩm phán",),
            ("Thư ký Tòa án",),
            Y,
        ),
        Exp(
            "Triển khai văn bản giải đáp vướng mắc",
            ("Văn phòng Tòa án",),
            ("các Thẩm phán",),
            Y,
            on_request=True,
        ),
        Exp(
            "Hưởng ứng Ngày Pháp luật nước Cộng hòa",
            ("Chi đoàn Thanh niên Tòa án",),
            ("Công đoàn cơ sở Tòa án",),
            "2026-11-30",
        ),
    ],
)


# ---------------------------------------------------------------- 7. civil judgment enforcement, "+" labels
PLAN_THADS_AG = Plan(
    name="thads_angiang_plus_labels_blocks",
    blocks=[
        *_hdr(
            "CỤC QUẢN LÝ THI HÀNH ÁN DÂN SỰ",
            "THI HÀNH ÁN DÂN SỰ TỈNH AN GIANG",
            "27/KH-THADS",
            "An Giang, ngày 04 tháng 02 năm 2026",
            "Phổ biến, giáo dục pháp luật năm 2026 trong hệ thống\nThi hành án dân sự tỉnh An Giang",
        ),
        P(
            "Căn cứ Luật Thi hành án dân sự; Căn cứ Quyết định số 125/QĐ-BTP ngày 15/01/2026 của Bộ trưởng Bộ Tư "
            "pháp ban hành Kế hoạch công tác phổ biến, giáo dục pháp luật năm 2026 của Bộ Tư pháp; Căn cứ Kế "
            "hoạch số 19/KH-UBND ngày 13/01/2026 của UBND tỉnh An Giang;"
        ),
        P("Thi hành án dân sự tỉnh An Giang ban hành Kế hoạch phổ biến, giáo dục pháp luật năm 2026 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "1. Nâng cao nhận thức pháp luật, kỹ năng nghiệp vụ của Chấp hành viên, Thẩm tra viên, Thư ký thi "
            "hành án; giúp đương sự và người dân hiểu rõ quyền, nghĩa vụ trong thi hành án dân sự, tự nguyện "
            "thi hành án.\n2. Việc phổ biến gắn với nhiệm vụ chuyên môn, bảo đảm hiệu quả, tiết kiệm."
        ),
        P("II. NHIỆM VỤ", bold=True),
        P("1. Quán triệt Luật Thi hành án dân sự (sửa đổi) và các văn bản hướng dẫn thi hành", bold=True),
        P("+ Chủ trì: Phòng Nghiệp vụ và Tổ chức thi hành án"),
        P("+ Phối hợp: Văn phòng; các Phòng Thi hành án dân sự khu vực"),
        P("+ Tiến độ: Tháng 02 - tháng 3/2026"),
        P("2. Phổ biến pháp luật về khiếu nại, tố cáo, tiếp công dân cho công chức làm công tác tiếp dân", bold=True),
        P("+ Chủ trì: Phòng Kiểm tra, giải quyết khiếu nại, tố cáo"),
        P("+ Phối hợp: Văn phòng"),
        P("+ Tiến độ: Quý II/2026"),
        P("3. Phổ biến pháp luật cho đương sự và người dân", bold=True),
        P("a) Niêm yết công khai thủ tục thi hành án, quyền và nghĩa vụ của đương sự tại trụ sở cơ quan"),
        P("+ Chủ trì: Văn phòng"),
        P("+ Phối hợp: Các Phòng Thi hành án dân sự khu vực"),
        P("+ Tiến độ: Thường xuyên"),
        P(
            "b) Giải thích, hướng dẫn pháp luật cho đương sự khi làm việc, xác minh điều kiện thi hành án, "
            "vận động tự nguyện thi hành án"
        ),
        P("+ Chủ trì: Chấp hành viên các Phòng Thi hành án dân sự khu vực"),
        P("+ Phối hợp: Thư ký thi hành án"),
        P("+ Tiến độ: Cả năm"),
        P("4. Đối thoại, giải thích pháp luật trong quá trình tổ chức cưỡng chế thi hành án", bold=True),
        P("- Đối với các vụ việc có giá trị lớn, phức tạp, kéo dài:"),
        P("+ Chủ trì: Phòng Nghiệp vụ và Tổ chức thi hành án"),
        P(
            "+ Phối hợp: Phòng Thi hành án dân sự khu vực nơi có tài sản cưỡng chế; UBND xã, phường nơi tổ chức "
            "cưỡng chế"
        ),
        P("+ Tiến độ: Khi có kế hoạch cưỡng chế được Trưởng Thi hành án dân sự tỉnh phê duyệt"),
        P("- Đối với các vụ việc còn lại:"),
        P("+ Chủ trì: Các Phòng Thi hành án dân sự khu vực"),
        P("+ Tiến độ: Thường xuyên"),
        P(
            "5. Phối hợp đưa tin, bài về kết quả thi hành án dân sự và giải thích pháp luật trên phương tiện "
            "thông tin đại chúng",
            bold=True,
        ),
        P("+ Chủ trì: Văn phòng"),
        P("+ Phối hợp: Sở Tư pháp; Báo và Phát thanh, Truyền hình An Giang"),
        P("+ Tiến độ: Hằng quý"),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "1. Văn phòng chủ trì theo dõi, đôn đốc các phòng chuyên môn, các Phòng Thi hành án dân sự khu vực "
            "thực hiện Kế hoạch; tổng hợp báo cáo Cục Quản lý thi hành án dân sự trước ngày 05/6/2026 và trước "
            "ngày 05/11/2026."
        ),
        P(
            "2. Trưởng các Phòng Thi hành án dân sự khu vực căn cứ Kế hoạch xây dựng kế hoạch của đơn vị; gửi "
            "báo cáo kết quả về Văn phòng trước ngày 30/5/2026 và trước ngày 30/10/2026."
        ),
        P("3. Kinh phí thực hiện từ dự toán ngân sách năm 2026 được giao."),
        *_sign(
            ["- Cục QLTHADS (b/c);", "- UBND tỉnh;", "- Sở Tư pháp;", "- Các phòng, Phòng THADS khu vực;", "- Lưu: VT."],
            "TRƯỞNG THI HÀNH ÁN DÂN SỰ TỈNH",
            "Đặng Văn Toàn",
        ),
    ],
    expected=[
        Exp(
            "Quán triệt Luật Thi hành án dân sự",
            ("Phòng Nghiệp vụ và Tổ chức thi hành án",),
            ("Văn phòng", "các Phòng Thi hành án dân sự khu vực"),
            "2026-03-31",
        ),
        Exp(
            "Phổ biến pháp luật về khiếu nại, tố cáo",
            ("Phòng Kiểm tra, giải quyết khiếu nại, tố cáo",),
            ("Văn phòng",),
            "2026-06-30",
        ),
        Exp(
            "Niêm yết công khai thủ tục thi hành án",
            ("Văn phòng",),
            ("Các Phòng Thi hành án dân sự khu vực",),
            Y,
        ),
        Exp(
            "Giải thích, hướng dẫn pháp luật cho đương sự",
            ("Chấp hành viên các Phòng Thi hành án dân sự khu vực",),
            ("Thư ký thi hành án",),
            Y,
        ),
        Exp(
            "Đối với các vụ việc có giá trị lớn",
            ("Phòng Nghiệp vụ và Tổ chức thi hành án",),
            (
                "Phòng Thi hành án dân sự khu vực nơi có tài sản cưỡng chế",
                "UBND xã, phường nơi tổ chức cưỡng chế",
            ),
            Y,
            on_request=True,
        ),
        Exp(
            "Đối với các vụ việc còn lại",
            ("Các Phòng Thi hành án dân sự khu vực",),
            (),
            Y,
        ),
        Exp(
            "Phối hợp đưa tin, bài về kết quả",
            ("Văn phòng",),
            ("Sở Tư pháp", "Báo và Phát thanh, Truyền hình An Giang"),
            Y,
        ),
    ],
)


# ---------------------------------------------------------------- 8. ward UBND, prose "Giao …"
PLAN_PHUONG_BT = Plan(
    name="ubnd_phuong_benthanh_prose_giao",
    blocks=[
        *_hdr(
            "",
            "ỦY BAN NHÂN DÂN\nPHƯỜNG BẾN THÀNH",
            "09/KH-UBND",
            "Bến Thành, ngày 15 tháng 01 năm 2026",
            "Phổ biến, giáo dục pháp luật; hòa giải ở cơ sở và xây dựng phường\nđạt chuẩn tiếp cận pháp luật "
            "năm 2026",
        ),
        P(
            "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15; Luật Hòa giải ở cơ sở năm 2013; Quyết "
            "định số 25/2021/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ quy định về xã, phường, thị trấn đạt "
            "chuẩn tiếp cận pháp luật; Kế hoạch số 118/KH-UBND ngày 08/01/2026 của Ủy ban nhân dân Thành phố Hồ "
            "Chí Minh về công tác phổ biến, giáo dục pháp luật năm 2026;"
        ),
        P("Ủy ban nhân dân phường Bến Thành ban hành Kế hoạch thực hiện như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "- Phổ biến kịp thời các văn bản pháp luật mới đến cán bộ, công chức phường và Nhân dân, nhất là "
            "hộ kinh doanh, người lao động, người nước ngoài lưu trú trên địa bàn trung tâm thành phố.\n- Nâng "
            "cao chất lượng hòa giải ở cơ sở; giữ vững phường đạt chuẩn tiếp cận pháp luật."
        ),
        P("II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        P(
            "1. Tổ chức phổ biến các văn bản pháp luật mới về đất đai, xây dựng, trật tự đô thị cho người dân, "
            "hộ kinh doanh trên địa bàn phường. Giao Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp với Văn "
            "phòng HĐND và UBND phường, Ủy ban Mặt trận Tổ quốc Việt Nam phường tổ chức thực hiện trong Quý II "
            "và Quý III năm 2026."
        ),
        P("2. Củng cố tổ hòa giải ở cơ sở và nâng cao năng lực hòa giải viên"),
        P(
            "- Rà soát, kiện toàn các tổ hòa giải tại các khu phố: giao Văn phòng HĐND và UBND phường chủ trì, "
            "phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam phường và Ban điều hành các khu phố thực hiện, hoàn "
            "thành trước ngày 31/3/2026."
        ),
        P(
            "- Tập huấn kỹ năng hòa giải cho hòa giải viên ở cơ sở: Văn phòng HĐND và UBND phường chủ trì; Trung "
            "tâm Trợ giúp pháp lý nhà nước Thành phố Hồ Chí Minh phối hợp; thời gian: tháng 5/2026."
        ),
        P(
            "3. Tuyên truyền pháp luật về phòng cháy, chữa cháy; phòng, chống ma túy; cư trú và quản lý người "
            "nước ngoài. Giao Công an phường Bến Thành chủ trì, phối hợp với Đoàn Thanh niên Cộng sản Hồ Chí Minh "
            "phường, Ban điều hành các khu phố thực hiện thường xuyên trong năm."
        ),
        P(
            "4. Phổ biến pháp luật về an toàn thực phẩm, thương mại, bảo vệ quyền lợi người tiêu dùng cho tiểu "
            "thương. Giao Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp với Ban Quản lý chợ Bến Thành, "
            "Phòng Văn hóa - Xã hội; thời gian: từ tháng 4 đến tháng 6/2026."
        ),
        P(
            "5. Tổ chức các hoạt động hưởng ứng Ngày Pháp luật Việt Nam năm 2026. Giao Phòng Văn hóa - Xã hội "
            "chủ trì, phối hợp với Văn phòng HĐND và UBND phường, các trường học trên địa bàn phường tổ chức "
            "trước ngày 09/11/2026."
        ),
        P(
            "6. Tự đánh giá, chấm điểm phường đạt chuẩn tiếp cận pháp luật năm 2026. Giao Văn phòng HĐND và "
            "UBND phường chủ trì, phối hợp với các thành viên Hội đồng đánh giá tiếp cận pháp luật phường tham "
            "mưu, hoàn thành trước ngày 15/11/2026."
        ),
        P(
            "7. Tổ chức đối thoại với người dân, giải đáp chính sách, pháp luật: Chủ tịch UBND phường chủ trì; "
            "Phó Chủ tịch UBND phường, Trưởng Phòng Văn hóa - Xã hội và Chánh Văn phòng HĐND và UBND phường phối "
            "hợp; thực hiện vào tháng 6 và tháng 12 năm 2026."
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "1. Văn phòng HĐND và UBND phường là cơ quan thường trực, tham mưu UBND phường theo dõi, kiểm tra, "
            "tổng hợp kết quả báo cáo UBND Thành phố (qua Sở Tư pháp) trước ngày 10/6/2026 và trước ngày "
            "10/11/2026."
        ),
        P(
            "2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường và các tổ chức chính trị - xã hội phường phối "
            "hợp tuyên truyền, vận động hội viên, đoàn viên và Nhân dân chấp hành pháp luật."
        ),
        P("3. Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách phường năm 2026."),
        *_sign(
            ["- UBND Thành phố (b/c);", "- Sở Tư pháp;", "- TT Đảng ủy, TT HĐND phường;", "- Lưu: VT."],
            "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
            "Nguyễn Thị Thanh Thảo",
        ),
    ],
    expected=[
        Exp(
            "Tổ chức phổ biến các văn bản pháp luật mới",
            ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Văn phòng HĐND và UBND phường", "Ủy ban Mặt trận Tổ quốc Việt Nam phường"),
            "2026-09-30",
        ),
        Exp(
            "Rà soát, kiện toàn các tổ hòa giải",
            ("Văn phòng HĐND và UBND phường",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam phường", "Ban điều hành các khu phố"),
            "2026-03-31",
        ),
        Exp(
            "Tập huấn kỹ năng hòa giải cho hòa giải viên",
            ("Văn phòng HĐND và UBND phường",),
            ("Trung tâm Trợ giúp pháp lý nhà nước Thành phố Hồ Chí Minh",),
            "2026-05-31",
        ),
        Exp(
            "Tuyên truyền pháp luật về phòng cháy",
            ("Công an phường Bến Thành",),
            ("Đoàn Thanh niên Cộng sản Hồ Chí Minh phường", "Ban điều hành các khu phố"),
            Y,
        ),
        Exp(
            "Phổ biến pháp luật về an toàn thực phẩm",
            ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Ban Quản lý chợ Bến Thành", "Phòng Văn hóa - Xã hội"),
            "2026-06-30",
        ),
        Exp(
            "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật",
            ("Phòng Văn hóa - Xã hội",),
            ("Văn phòng HĐND và UBND phường", "các trường học trên địa bàn phường"),
            "2026-11-09",
        ),
        Exp(
            "Tự đánh giá, chấm điểm phường đạt chuẩn",
            ("Văn phòng HĐND và UBND phường",),
            ("các thành viên Hội đồng đánh giá tiếp cận pháp luật phường",),
            "2026-11-15",
        ),
        Exp(
            "Tổ chức đối thoại với người dân",
            ("Chủ tịch UBND phường",),
            (
                "Phó Chủ tịch UBND phường",
                "Trưởng Phòng Văn hóa - Xã hội",
                "Chánh Văn phòng HĐND và UBND phường",
            ),
            Y,
        ),
    ],
)


# ---------------------------------------------------------------- 9. Department of Industry and Trade, "Đề nghị …"
PLAN_SCT_VL = Plan(
    name="socongthuong_vinhlong_prose_denghi",
    blocks=[
        *_hdr(
            "UBND TỈNH VĨNH LONG",
            "SỞ CÔNG THƯƠNG",
            "31/KH-SCT",
            "Vĩnh Long, ngày 28 tháng 01 năm 2026",
            "Phổ biến, giáo dục pháp luật lĩnh vực công thương năm 2026",
        ),
        P(
            "Căn cứ Kế hoạch số 22/KH-UBND ngày 12/01/2026 của Ủy ban nhân dân tỉnh Vĩnh Long về công tác phổ "
            "biến, giáo dục pháp luật năm 2026; Căn cứ Quyết định số 766/QĐ-TTg ngày 15/4/2025 của Thủ tướng Chính "
            "phủ phê duyệt Đề án chuyển đổi số trong công tác phổ biến, giáo dục pháp luật giai đoạn 2025 - 2030;"
        ),
        P("Sở Công Thương xây dựng Kế hoạch phổ biến, giáo dục pháp luật năm 2026 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "Kịp thời phổ biến các luật, nghị định mới trong lĩnh vực điện lực, hóa chất, thương mại điện tử, "
            "bảo vệ quyền lợi người tiêu dùng đến công chức, doanh nghiệp và người dân trên địa bàn tỉnh sau "
            "hợp nhất; huy động các hiệp hội, doanh nghiệp cùng tham gia; bảo đảm thiết thực, hiệu quả."
        ),
        P("II. NHIỆM VỤ, GIẢI PHÁP", bold=True),
        P("1. Phổ biến pháp luật trong cơ quan", bold=True),
        P(
            "a) Quán triệt các luật thuộc lĩnh vực công thương có hiệu lực trong năm 2026 (Luật Hóa chất năm "
            "2025, Luật Thương mại điện tử và các văn bản hướng dẫn). Văn phòng Sở chủ trì; các phòng chuyên môn, "
            "Chi cục Quản lý thị trường tỉnh Vĩnh Long phối hợp. Thời gian: Quý I/2026."
        ),
        P(
            "b) Bồi dưỡng nghiệp vụ, phổ biến quy định xử phạt vi phạm hành chính trong hoạt động thương mại, "
            "sản xuất, buôn bán hàng giả. Chi cục Quản lý thị trường tỉnh Vĩnh Long chủ trì tổ chức cho công "
            "chức các Đội Quản lý thị trường, hoàn thành trong tháng 4/2026."
        ),
        P("2. Phổ biến pháp luật cho doanh nghiệp, người tiêu dùng", bold=True),
        P(
            "a) Tuyên truyền pháp luật về bảo vệ quyền lợi người tiêu dùng, thương mại điện tử, phòng, chống "
            "gian lận thương mại trên không gian mạng. Phòng Quản lý thương mại chủ trì, phối hợp với Trung tâm "
            "Khuyến công và Xúc tiến thương mại thực hiện từ tháng 3 đến tháng 12/2026."
        ),
        P("b) Phổ biến pháp luật về sử dụng điện an toàn, tiết kiệm và hiệu quả"),
        P(
            "- Biên soạn, phát hành tài liệu, tờ gấp về an toàn điện, tiết kiệm điện: Phòng Quản lý năng lượng "
            "chủ trì; hoàn thành trong Quý II/2026."
        ),
        P(
            "- Tổ chức tuyên truyền trực tiếp đến hộ dân, cơ sở sản xuất ở vùng nông thôn: đề nghị Công ty Điện "
            "lực Vĩnh Long chủ trì, phối hợp với UBND các xã, phường thực hiện trong Quý III/2026."
        ),
        P(
            "c) Phổ biến quy định về xuất xứ hàng hóa, phòng vệ thương mại cho doanh nghiệp xuất khẩu. Đề nghị "
            "Hiệp hội Doanh nghiệp tỉnh Vĩnh Long, Hội Doanh nhân trẻ tỉnh Vĩnh Long chủ trì phổ biến đến hội "
            "viên; Phòng Quản lý thương mại phối hợp cung cấp tài liệu. Thời gian: khi có văn bản hướng dẫn mới "
            "của Bộ Công Thương."
        ),
        P(
            "3. Kiểm tra, hướng dẫn việc chấp hành pháp luật về an toàn hóa chất, an toàn thực phẩm thuộc lĩnh "
            "vực công thương",
            bold=True,
        ),
        P(
            "Phòng Kỹ thuật an toàn - Môi trường chủ trì; Chi cục Quản lý thị trường tỉnh Vĩnh Long, UBND các "
            "xã, phường phối hợp. Thời gian: trước ngày 30/10/2026."
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "1. Văn phòng Sở là đầu mối theo dõi, tổng hợp; tham mưu Giám đốc Sở báo cáo UBND tỉnh (qua Sở Tư "
            "pháp) kết quả 6 tháng trước ngày 10/6/2026, kết quả năm trước ngày 10/11/2026."
        ),
        P(
            "2. Trưởng các phòng, Chi cục trưởng Chi cục Quản lý thị trường, Giám đốc Trung tâm Khuyến công và "
            "Xúc tiến thương mại căn cứ nhiệm vụ được giao triển khai thực hiện, gửi báo cáo về Văn phòng Sở "
            "trước ngày 05/6/2026 và trước ngày 05/11/2026."
        ),
        P(
            "3. Đề nghị các hiệp hội, doanh nghiệp phối hợp chặt chẽ với Sở Công Thương trong quá trình triển "
            "khai Kế hoạch."
        ),
        *_sign(
            ["- UBND tỉnh (b/c);", "- Sở Tư pháp;", "- Giám đốc, các PGĐ Sở;", "- Các phòng, đơn vị;", "- Lưu: VT, VP."],
            "GIÁM ĐỐC",
            "Trương Văn Nghĩa",
        ),
    ],
    expected=[
        Exp(
            "Quán triệt các luật thuộc lĩnh vực công thương",
            ("Văn phòng Sở",),
            ("các phòng chuyên môn", "Chi cục Quản lý thị trường tỉnh Vĩnh Long"),
            "2026-03-31",
        ),
        Exp(
            "Bồi dưỡng nghiệp vụ, phổ biến quy định xử phạt",
            ("Chi cục Quản lý thị trường tỉnh Vĩnh Long",),
            (),
            "2026-04-30",
        ),
        Exp(
            "Tuyên truyền pháp luật về bảo vệ quyền lợi người tiêu dùng",
            ("Phòng Quản lý thương mại",),
            ("Trung tâm Khuyến công và Xúc tiến thương mại",),
            Y,
        ),
        Exp(
            "Biên soạn, phát hành tài liệu, tờ gấp",
            ("Phòng Quản lý năng lượng",),
            (),
            "2026-06-30",
        ),
        Exp(
            "Tổ chức tuyên truyền trực tiếp đến hộ dân",
            ("Công ty Điện lực Vĩnh Long",),
            ("UBND các xã, phường",),
            "2026-09-30",
        ),
        Exp(
            "Phổ biến quy định về xuất xứ hàng hóa",
            ("Hiệp hội Doanh nghiệp tỉnh Vĩnh Long", "Hội Doanh nhân trẻ tỉnh Vĩnh Long"),
            ("Phòng Quản lý thương mại",),
            Y,
            on_request=True,
        ),
        Exp(
            "Kiểm tra, hướng dẫn việc chấp hành pháp luật",
            ("Phòng Kỹ thuật an toàn - Môi trường",),
            ("Chi cục Quản lý thị trường tỉnh Vĩnh Long", "UBND các xã, phường"),
            "2026-10-30",
        ),
    ],
)


# ---------------------------------------------------------------- 10. Department of Education, "… có trách nhiệm …"
PLAN_SGD_CT = Plan(
    name="sogiaoduc_cantho_prose_trachnhiem",
    blocks=[
        *_hdr(
            "UBND THÀNH PHỐ CẦN THƠ",
            "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
            "158/KH-SGDĐT",
            "Cần Thơ, ngày 19 tháng 01 năm 2026",
            "Thực hiện công tác phổ biến, giáo dục pháp luật năm 2026 của ngành Giáo dục và Đào tạo",
        ),
        P(
            "Căn cứ Luật Giáo dục số 43/2019/QH14; Luật Phổ biến, giáo dục pháp luật năm 2012; Căn cứ Kế hoạch số "
            "12/KH-UBND ngày 14/01/2026 của UBND thành phố Cần Thơ về phổ biến, giáo dục pháp luật năm 2026; Căn "
            "cứ Công văn số 6789/BGDĐT-PC ngày 30/12/2025 của Bộ Giáo dục và Đào tạo về hướng dẫn công tác pháp chế "
            "năm 2026;"
        ),
        P("Sở Giáo dục và Đào tạo ban hành Kế hoạch thực hiện như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "1. Nâng cao hiệu quả giáo dục pháp luật trong nhà trường, hình thành ý thức tôn trọng pháp luật cho "
            "học sinh; bảo đảm cán bộ quản lý, giáo viên nắm vững quy định mới của ngành.\n2. Phân công rõ trách "
            "nhiệm của các phòng thuộc Sở và các cơ sở giáo dục; gắn với nhiệm vụ năm học."
        ),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Hướng dẫn thực hiện nhiệm vụ phổ biến, giáo dục pháp luật trong các cơ sở giáo dục", bold=True),
        P(
            "Phòng Chính trị, tư tưởng có trách nhiệm tham mưu Giám đốc Sở ban hành văn bản hướng dẫn; phối hợp "
            "với Văn phòng Sở theo dõi, đôn đốc việc thực hiện. Hoàn thành trước ngày 28/02/2026."
        ),
        P("2. Tích hợp giáo dục pháp luật trong các môn học và hoạt động giáo dục", bold=True),
        P(
            "- Phòng Giáo dục Trung học có trách nhiệm hướng dẫn các trường trung học tích hợp nội dung pháp "
            "luật trong môn Giáo dục công dân, Giáo dục kinh tế và pháp luật; thời gian: tháng 3/2026."
        ),
        P(
            "- Phòng Giáo dục Tiểu học, Phòng Giáo dục Mầm non có trách nhiệm hướng dẫn lồng ghép nội dung an "
            "toàn giao thông, phòng, chống xâm hại trẻ em trong hoạt động giáo dục; thời gian: từ tháng 3 đến "
            "tháng 5/2026."
        ),
        P("3. Tổ chức Cuộc thi \"Học sinh với pháp luật\" cấp thành phố năm 2026", bold=True),
        P(
            "Phòng Chính trị, tư tưởng có trách nhiệm xây dựng thể lệ và chủ trì tổ chức Cuộc thi; Thành Đoàn "
            "Cần Thơ, Hội Liên hiệp Thanh niên Việt Nam thành phố phối hợp. Thời gian: từ tháng 9 đến tháng "
            "11/2026."
        ),
        P("4. Phổ biến pháp luật về an toàn giao thông cho học sinh trước kỳ nghỉ Tết Nguyên đán", bold=True),
        P(
            "Hiệu trưởng các trường trung học phổ thông có trách nhiệm phối hợp với Phòng Cảnh sát giao thông - "
            "Công an thành phố Cần Thơ tổ chức cho học sinh ký cam kết, sinh hoạt dưới cờ về an toàn giao thông; "
            "hoàn thành trước ngày 10/02/2026."
        ),
        P("5. Phổ biến quy định về dạy thêm, học thêm và kiểm tra việc thực hiện", bold=True),
        P(
            "Thanh tra Sở có trách nhiệm chủ trì, phối hợp với Phòng Giáo dục Trung học và UBND các xã, phường "
            "phổ biến Thông tư số 29/2024/TT-BGDĐT, kiểm tra việc thực hiện; thời gian: từ ngày 15/8 đến ngày "
            "30/9/2026."
        ),
        P("6. Cập nhật tủ sách pháp luật điện tử của ngành", bold=True),
        P(
            "Văn phòng Sở có trách nhiệm cập nhật văn bản pháp luật về giáo dục lên chuyên mục \"Tủ sách pháp "
            "luật\" trên Cổng thông tin điện tử của Sở; các cơ sở giáo dục trực thuộc phối hợp khai thác, giới "
            "thiệu cho giáo viên, học sinh. Thời gian: thường xuyên."
        ),
        P("7. Phổ biến văn bản quy phạm pháp luật mới về giáo dục được ban hành trong năm", bold=True),
        P(
            "Các phòng chuyên môn thuộc Sở có trách nhiệm chủ trì phổ biến văn bản thuộc lĩnh vực được giao "
            "đến các cơ sở giáo dục; Văn phòng Sở phối hợp đăng tải. Thời gian: khi có văn bản quy phạm pháp "
            "luật mới được ban hành."
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "1. Văn phòng Sở chủ trì theo dõi, tổng hợp kết quả; báo cáo UBND thành phố (qua Sở Tư pháp) và Bộ "
            "Giáo dục và Đào tạo trước ngày 05/6/2026 và trước ngày 05/11/2026."
        ),
        P(
            "2. Thủ trưởng các cơ sở giáo dục trực thuộc có trách nhiệm xây dựng kế hoạch của đơn vị, gửi báo "
            "cáo kết quả về Sở (qua Văn phòng) trước ngày 25/5/2026 và trước ngày 25/10/2026."
        ),
        *_sign(
            ["- UBND thành phố (b/c);", "- Sở Tư pháp;", "- Các phòng thuộc Sở;", "- Các cơ sở giáo dục;", "- Lưu: VT."],
            "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
            "Lâm Thị Mỹ Xuyên",
        ),
    ],
    expected=[
        Exp(
            "Hướng dẫn thực hiện nhiệm vụ phổ biến",
            ("Phòng Chính trị, tư tưởng",),
            ("Văn phòng Sở",),
            "2026-02-28",
        ),
        Exp(
            "Phòng Giáo dục Trung học có trách nhiệm",
            ("Phòng Giáo dục Trung học",),
            (),
            "2026-03-31",
        ),
        Exp(
            "Phòng Giáo dục Tiểu học, Phòng Giáo dục Mầm non",
            ("Phòng Giáo dục Tiểu học", "Phòng Giáo dục Mầm non"),
            (),
            "2026-05-31",
        ),
        Exp(
            "Tổ chức Cuộc thi \"Học sinh với pháp luật\"",
            ("Phòng Chính trị, tư tưởng",),
            ("Thành Đoàn Cần Thơ", "Hội Liên hiệp Thanh niên Việt Nam thành phố"),
            "2026-11-30",
        ),
        Exp(
            "Phổ biến pháp luật về an toàn giao thông",
            ("Hiệu trưởng các trường trung học phổ thông",),
            ("Phòng Cảnh sát giao thông - Công an thành phố Cần Thơ",),
            "2026-02-10",
        ),
        Exp(
            "Phổ biến quy định về dạy thêm, học thêm",
            ("Thanh tra Sở",),
            ("Phòng Giáo dục Trung học", "UBND các xã, phường"),
            "2026-09-30",
        ),
        Exp(
            "Cập nhật tủ sách pháp luật điện tử",
            ("Văn phòng Sở",),
            ("các cơ sở giáo dục trực thuộc",),
            Y,
        ),
        Exp(
            "Phổ biến văn bản quy phạm pháp luật mới",
            ("Các phòng chuyên môn thuộc Sở",),
            ("Văn phòng Sở",),
            Y,
            on_request=True,
        ),
    ],
)


PLANS: list[Plan] = [
    PLAN_KCN_DN,
    PLAN_XSKT_CT,
    PLAN_BV_CM,
    PLAN_DH_DT,
    PLAN_THUE_TN,
    PLAN_TAND_HCM,
    PLAN_THADS_AG,
    PLAN_PHUONG_BT,
    PLAN_SCT_VL,
    PLAN_SGD_CT,
]
