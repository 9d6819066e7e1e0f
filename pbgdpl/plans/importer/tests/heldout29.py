"""Held-out evaluation set 29: ten PBGDPL campaign and programme plans, answers typed by hand.

1. PLAN_LAOCAI_NPL: UBND tỉnh Lào Cai, Ngày Pháp luật 2026; task table STT | Nội dung | Cơ quan chủ trì |
   Cơ quan phối hợp | Thời gian thực hiện, with roman group rows; month, date-range and "trước ngày" times.
2. PLAN_DONGNAI_CONTEST: Sở Tư pháp Đồng Nai, online legal knowledge contest; bold "1." items, non-bold
   "a)" sub-items with prose assignments "Giao X chủ trì, phối hợp với Y ...", "Đề nghị X ...".
3. PLAN_EAKAR_HGCS: UBND xã Ea Kar (Đắk Lắk), hòa giải ở cơ sở; "- Người thực hiện:" / "- Phối hợp:" /
   "- Thời hạn:" label lines, persons as units (Phó Chủ tịch UBND xã, công chức), event-triggered time.
4. PLAN_HALONG_CTCPL: UBND phường Hạ Long (Quảng Ninh), chuẩn tiếp cận pháp luật; table without STT,
   columns Nhiệm vụ | Thời gian | Đơn vị thực hiện | Đơn vị phối hợp | Sản phẩm, group rows by criterion.
5. PLAN_GIALAI_DTTS: Sở Dân tộc và Tôn giáo Gia Lai, PBGDPL for ethnic minorities; roman parts, "1.1."
   headings with an inline parenthesised "(Chủ trì: ...; phối hợp: ...; thời gian: ...)".
6. PLAN_BACNINH_KCN: Ban Quản lý các khu công nghiệp Bắc Ninh, workers in industrial zones; table with a
   2-row header (Đơn vị thực hiện split into Chủ trì / Phối hợp), Thời gian and Ghi chú columns.
7. PLAN_THANHHOA_GD: Sở Giáo dục và Đào tạo Thanh Hóa, school year 2026-2027; "+" bullet items each
   followed by "X có trách nhiệm ..." / "X chủ trì; Y phối hợp" prose and "Tiến độ:" lines.
8. PLAN_CAMAU_TSPL: UBND tỉnh Cà Mau, tủ sách pháp luật; numbered items with several "-" assignment blocks
   in one item (one task per block), quarters and long unit lists with ";" and "và".
9. PLAN_HATINH_HOITHI: Sở Tư pháp Hà Tĩnh, hội thi hòa giải viên giỏi; "Bước 1..." headings with an inline
   label line "Chủ trì thực hiện: ...; Phối hợp: ...; Tiến độ: ..."; a triggered timeframe.
10. PLAN_LAMDONG_2027: UBND tỉnh Lâm Đồng, PBGDPL plan 2027 issued December 2026; table STT | Nội dung
    công việc | Thời hạn | Chủ trì | Phối hợp | Kinh phí, "Hằng tháng", "Thường xuyên", triggered times.
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T, _header, _purpose


def _end(org_title: str, org: list[str], recipients: list[str], role: str, signer: str) -> list[P | T]:
    out: list[P | T] = [P(org_title, bold=True)]
    out += [P(x) for x in org]
    out += [P("Nơi nhận:", bold=True)]
    out += [P(f"- {r}") for r in recipients]
    out += [P(role, bold=True, center=True), P("(Đã ký)", center=True), P(signer, bold=True, center=True)]
    return out


# ------------------------------------------------------------------ 1. Lào Cai, Ngày Pháp luật
PLAN_LAOCAI_NPL = Plan(
    name="laocai_ngay_phap_luat_2026",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI", "187/KH-UBND", "Lào Cai, ngày 15 tháng 9 năm 2026",
            "Tổ chức hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam",
            "trên địa bàn tỉnh Lào Cai năm 2026",
        ),
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;"),
        P("Căn cứ Nghị định số 28/2013/NĐ-CP ngày 04/4/2013 của Chính phủ quy định chi tiết một số điều và biện"
          " pháp thi hành Luật Phổ biến, giáo dục pháp luật;"),
        P("Căn cứ Công văn số 4127/BTP-PBGDPL ngày 28/8/2026 của Bộ Tư pháp về việc tổ chức hưởng ứng Ngày"
          " Pháp luật năm 2026;"),
        P("Theo đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 212/TTr-STP ngày 08/9/2026, Ủy ban nhân dân"
          " tỉnh ban hành Kế hoạch như sau:"),
        *_purpose([
            "Tiếp tục tuyên truyền sâu rộng về vị trí, vai trò của Hiến pháp, pháp luật; nâng cao ý thức"
            " thượng tôn pháp luật trong cán bộ, công chức, viên chức và Nhân dân các dân tộc tỉnh Lào Cai.",
            "Gắn việc hưởng ứng Ngày Pháp luật với các nhiệm vụ chính trị của các cơ quan, đơn vị, địa phương.",
            "Hoạt động hưởng ứng thiết thực, tránh hình thức, phù hợp điều kiện vùng cao, biên giới.",
            "Phân công cụ thể, bảo đảm sự phối hợp chặt chẽ giữa các cơ quan, đơn vị.",
        ]),
        P("II. NỘI DUNG, HÌNH THỨC VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        P("Chủ đề năm 2026: “Thượng tôn pháp luật - nền tảng của kỷ nguyên phát triển”."),
        T(
            (
                ("STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"),
                ("I", "Hoạt động tuyên truyền chung", "", "", ""),
                ("1", "Treo băng rôn, khẩu hiệu, pa nô hưởng ứng Ngày Pháp luật tại trụ sở cơ quan và nơi"
                      " công cộng", "Các sở, ban, ngành tỉnh; UBND các xã, phường", "", "Từ 01/11 đến 10/11/2026"),
                ("2", "Xây dựng chuyên trang, chuyên mục, phóng sự về Ngày Pháp luật bằng tiếng Việt, tiếng"
                      " Mông, tiếng Dao", "Báo và Phát thanh, Truyền hình Lào Cai", "Sở Tư pháp",
                 "Tháng 10 và tháng 11/2026"),
                ("3", "Biên soạn, phát hành tài liệu hỏi - đáp pháp luật song ngữ cấp cho các thôn, bản vùng"
                      " biên giới", "Sở Tư pháp", "Sở Dân tộc và Tôn giáo; Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
                 "Quý IV/2026"),
                ("II", "Hoạt động trọng tâm", "", "", ""),
                ("4", "Tổ chức Lễ mít tinh hưởng ứng Ngày Pháp luật và tọa đàm “Pháp luật với đồng bào vùng"
                      " cao”", "Sở Tư pháp", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Tỉnh đoàn, Hội Liên hiệp"
                      " Phụ nữ tỉnh", "Ngày 09/11/2026"),
                ("5", "Tổ chức “Ngày hội tư vấn pháp luật miễn phí” tại các chợ phiên vùng cao",
                 "Trung tâm Trợ giúp pháp lý nhà nước tỉnh", "Đoàn Luật sư tỉnh; UBND các xã có chợ phiên",
                 "Tháng 11/2026"),
                ("6", "Tổ chức tiếp dân, đối thoại chính sách pháp luật với người dân và doanh nghiệp",
                 "Chủ tịch UBND các xã, phường", "Công an các xã, phường", "Trước ngày 20/11/2026"),
                ("7", "Tổng hợp, báo cáo kết quả hưởng ứng Ngày Pháp luật năm 2026 về Bộ Tư pháp",
                 "Sở Tư pháp", "", "Trước ngày 05/12/2026"),
            ),
            widths=(10, 70, 40, 45, 30),
        ),
        *_end(
            "III. TỔ CHỨC THỰC HIỆN",
            [
                "1. Các sở, ban, ngành, UBND các xã, phường căn cứ Kế hoạch này xây dựng kế hoạch hưởng ứng"
                " phù hợp, gửi báo cáo kết quả về Sở Tư pháp trước ngày 25/11/2026.",
                "2. Kinh phí thực hiện từ nguồn ngân sách nhà nước giao trong dự toán năm 2026.",
                "3. Giao Sở Tư pháp theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch này.",
            ],
            ["Bộ Tư pháp (b/c);", "TT. Tỉnh ủy, TT. HĐND tỉnh;", "Chủ tịch, các PCT UBND tỉnh;",
             "Các sở, ban, ngành tỉnh;", "UBND các xã, phường;", "Lưu: VT, NC."],
            "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hoàng Quốc Khánh",
        ),
    ],
    expected=[
        Exp("Treo băng rôn, khẩu hiệu, pa nô", ("Các sở, ban, ngành tỉnh", "UBND các xã, phường"), (),
            "2026-11-10"),
        Exp("Xây dựng chuyên trang, chuyên mục, phóng sự", ("Báo và Phát thanh, Truyền hình Lào Cai",),
            ("Sở Tư pháp",), "2026-11-30"),
        Exp("Biên soạn, phát hành tài liệu hỏi - đáp", ("Sở Tư pháp",),
            ("Sở Dân tộc và Tôn giáo", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"), "2026-12-31"),
        Exp("Tổ chức Lễ mít tinh hưởng ứng", ("Sở Tư pháp",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Tỉnh đoàn", "Hội Liên hiệp Phụ nữ tỉnh"), "2026-11-09"),
        Exp("Tổ chức “Ngày hội tư vấn pháp luật miễn phí”", ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh",),
            ("Đoàn Luật sư tỉnh", "UBND các xã có chợ phiên"), "2026-11-30"),
        Exp("Tổ chức tiếp dân, đối thoại chính sách", ("Chủ tịch UBND các xã, phường",),
            ("Công an các xã, phường",), "2026-11-20"),
        Exp("Tổng hợp, báo cáo kết quả hưởng ứng", ("Sở Tư pháp",), (), "2026-12-05"),
    ],
)

# ------------------------------------------------------------------ 2. Đồng Nai, cuộc thi
PLAN_DONGNAI_CONTEST = Plan(
    name="dongnai_cuoc_thi_2026",
    blocks=[
        *_header(
            "UBND TỈNH ĐỒNG NAI", "SỞ TƯ PHÁP", "96/KH-STP", "Đồng Nai, ngày 12 tháng 5 năm 2026",
            "Tổ chức Cuộc thi trực tuyến “Tìm hiểu pháp luật về trật tự, an toàn giao thông”",
            "trên địa bàn tỉnh Đồng Nai năm 2026",
        ),
        P("Căn cứ Kế hoạch số 58/KH-UBND ngày 20/02/2026 của UBND tỉnh về công tác phổ biến, giáo dục pháp"
          " luật năm 2026;"),
        P("Căn cứ Quyết định số 1021/QĐ-UBND ngày 06/5/2026 của UBND tỉnh về việc cho phép tổ chức Cuộc thi,"
          " Sở Tư pháp xây dựng Kế hoạch tổ chức Cuộc thi như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Nâng cao hiểu biết pháp luật về trật tự, an toàn giao thông đường bộ cho cán bộ, công chức, đoàn"
          " viên, thanh niên, học sinh và Nhân dân trên địa bàn tỉnh."),
        P("- Cuộc thi được tổ chức công khai, khách quan, tiết kiệm, thu hút đông đảo người tham gia."),
        P("II. ĐỐI TƯỢNG, THỜI GIAN, HÌNH THỨC", bold=True),
        P("Công dân Việt Nam từ đủ 15 tuổi trở lên đang sinh sống, học tập, làm việc trên địa bàn tỉnh. Cuộc thi"
          " diễn ra trong 06 tuần trên Cổng thông tin điện tử Sở Tư pháp, từ ngày 01/7 đến 15/8/2026."),
        P("III. NỘI DUNG CÔNG VIỆC VÀ PHÂN CÔNG", bold=True),
        P("1. Công tác chuẩn bị", bold=True),
        P("a) Xây dựng thể lệ, bộ câu hỏi và đáp án Cuộc thi. Giao Phòng Phổ biến, giáo dục pháp luật chủ trì,"
          " phối hợp với Phòng Xây dựng, kiểm tra và theo dõi thi hành pháp luật và Công an tỉnh thực hiện,"
          " hoàn thành trước ngày 10/6/2026."),
        P("b) Thiết lập phần mềm thi trực tuyến, bảo đảm an toàn thông tin. Giao Văn phòng Sở chủ trì, phối hợp"
          " với Sở Khoa học và Công nghệ; thời gian: tháng 6/2026."),
        P("c) Ban hành quyết định thành lập Ban Tổ chức, Ban Giám khảo và Tổ Thư ký Cuộc thi: Giám đốc Sở Tư"
          " pháp; thời gian: tháng 6/2026."),
        P("2. Công tác tuyên truyền, phát động Cuộc thi", bold=True),
        P("a) Đăng tải thể lệ, tin bài về Cuộc thi trên các phương tiện thông tin đại chúng. Đề nghị Báo và"
          " Phát thanh, Truyền hình Đồng Nai phối hợp với Phòng Phổ biến, giáo dục pháp luật thực hiện trong"
          " thời gian diễn ra Cuộc thi (từ 01/7 đến 15/8/2026)."),
        P("b) Vận động đoàn viên, hội viên, học sinh tham gia Cuộc thi. Đề nghị Tỉnh Đoàn Đồng Nai, Sở Giáo"
          " dục và Đào tạo, Liên đoàn Lao động tỉnh chủ động vận động; UBND các xã, phường phối hợp thực hiện"
          " từ tháng 7 đến tháng 8/2026."),
        P("3. Chấm thi, tổng kết và trao giải", bold=True),
        P("a) Chấm thi, xét giải và công bố kết quả. Ban Giám khảo chủ trì; Tổ Thư ký Cuộc thi phối hợp; hoàn"
          " thành trước ngày 31/8/2026."),
        P("b) Tổ chức Lễ tổng kết, trao giải Cuộc thi gắn với hoạt động hưởng ứng Ngày Pháp luật. Giao Phòng"
          " Phổ biến, giáo dục pháp luật chủ trì, phối hợp với Văn phòng Sở và Công an tỉnh tổ chức vào tháng"
          " 11/2026."),
        P("IV. KINH PHÍ", bold=True),
        P("Kinh phí tổ chức Cuộc thi được bố trí từ dự toán ngân sách năm 2026 của Sở Tư pháp theo Thông tư số"
          " 56/2023/TT-BTC ngày 18/8/2023 của Bộ Tài chính."),
        *_end(
            "V. TỔ CHỨC THỰC HIỆN",
            [
                "Các phòng, đơn vị thuộc Sở căn cứ nhiệm vụ được giao triển khai thực hiện; báo cáo kết quả về"
                " Phòng Phổ biến, giáo dục pháp luật trước ngày 15/9/2026 để tổng hợp.",
            ],
            ["UBND tỉnh (b/c);", "Các cơ quan phối hợp;", "Giám đốc, các PGĐ Sở;", "Lưu: VT, PBGDPL."],
            "GIÁM ĐỐC", "Lê Thị Thanh Hương",
        ),
    ],
    expected=[
        Exp("Xây dựng thể lệ, bộ câu hỏi", ("Phòng Phổ biến, giáo dục pháp luật",),
            ("Phòng Xây dựng, kiểm tra và theo dõi thi hành pháp luật", "Công an tỉnh"), "2026-06-10"),
        Exp("Thiết lập phần mềm thi trực tuyến", ("Văn phòng Sở",), ("Sở Khoa học và Công nghệ",),
            "2026-06-30"),
        Exp("Ban hành quyết định thành lập Ban Tổ chức", ("Giám đốc Sở Tư pháp",), (), "2026-06-30"),
        Exp("Đăng tải thể lệ, tin bài", ("Báo và Phát thanh, Truyền hình Đồng Nai",),
            ("Phòng Phổ biến, giáo dục pháp luật",), "2026-08-15"),
        Exp("Vận động đoàn viên, hội viên, học sinh",
            ("Tỉnh Đoàn Đồng Nai", "Sở Giáo dục và Đào tạo", "Liên đoàn Lao động tỉnh"),
            ("UBND các xã, phường",), "2026-08-31"),
        Exp("Chấm thi, xét giải và công bố", ("Ban Giám khảo",), ("Tổ Thư ký Cuộc thi",), "2026-08-31"),
        Exp("Tổ chức Lễ tổng kết, trao giải", ("Phòng Phổ biến, giáo dục pháp luật",),
            ("Văn phòng Sở", "Công an tỉnh"), "2026-11-30"),
    ],
)

# ------------------------------------------------------------------ 3. xã Ea Kar, hòa giải ở cơ sở
PLAN_EAKAR_HGCS = Plan(
    name="eakar_hoa_giai_2026",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN", "XÃ EA KAR", "24/KH-UBND", "Ea Kar, ngày 22 tháng 01 năm 2026",
            "Thực hiện công tác hòa giải ở cơ sở", "trên địa bàn xã Ea Kar năm 2026",
        ),
        P("Căn cứ Luật Hòa giải ở cơ sở năm 2013; Nghị định số 15/2014/NĐ-CP ngày 27/02/2014 của Chính phủ;"),
        P("Căn cứ Kế hoạch số 17/KH-UBND ngày 09/01/2026 của UBND tỉnh Đắk Lắk về công tác hòa giải ở cơ sở"
          " năm 2026;"),
        P("UBND xã Ea Kar xây dựng Kế hoạch thực hiện như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Kịp thời hòa giải các mâu thuẫn, tranh chấp nhỏ tại các thôn, buôn, tổ dân phố; góp phần giữ gìn"
          " đoàn kết, ổn định trật tự tại cơ sở. Bảo đảm sự phối hợp giữa UBND xã với Ủy ban MTTQ Việt Nam xã"
          " và các tổ chức chính trị - xã hội."),
        P("II. NỘI DUNG THỰC HIỆN", bold=True),
        P("1. Kiện toàn tổ hòa giải, bầu bổ sung hòa giải viên tại các thôn, buôn"),
        P("- Người thực hiện: Công chức Tư pháp - Hộ tịch"),
        P("- Phối hợp: Ban Thường trực Ủy ban MTTQ Việt Nam xã; Trưởng các thôn, buôn"),
        P("- Thời hạn: Quý I/2026"),
        P("2. Tập huấn, bồi dưỡng kỹ năng hòa giải cho hòa giải viên, chú trọng hòa giải viên là người uy tín"
          " trong đồng bào dân tộc thiểu số"),
        P("- Người thực hiện: Phó Chủ tịch UBND xã"),
        P("- Phối hợp: Công chức Tư pháp - Hộ tịch, Trung tâm Trợ giúp pháp lý nhà nước tỉnh Đắk Lắk"),
        P("- Thời hạn: Quý II - Quý III/2026"),
        P("3. Thực hiện thủ tục công nhận kết quả hòa giải thành ngoài Tòa án"),
        P("- Người thực hiện: Tòa án nhân dân khu vực 6 - Đắk Lắk"),
        P("- Phối hợp: Công chức Tư pháp - Hộ tịch"),
        P("- Thời hạn: Khi có yêu cầu của các bên tranh chấp"),
        P("4. Chi thù lao cho hòa giải viên, hỗ trợ hòa giải viên gặp tai nạn, rủi ro"),
        P("- Người thực hiện: Phòng Kinh tế xã"),
        P("- Phối hợp: Văn phòng HĐND và UBND xã"),
        P("- Thời hạn: Hằng quý"),
        P("5. Lồng ghép tuyên truyền pháp luật trong các buổi sinh hoạt tổ hòa giải, sinh hoạt cộng đồng tại"
          " nhà văn hóa thôn, buôn"),
        P("- Người thực hiện: Các tổ hòa giải; Trưởng thôn, buôn, tổ dân phố"),
        P("- Phối hợp: Công an xã"),
        P("- Thời hạn: Thường xuyên"),
        P("6. Sơ kết 6 tháng, tổng kết năm công tác hòa giải ở cơ sở"),
        P("- Người thực hiện: Công chức Tư pháp - Hộ tịch"),
        P("- Thời hạn: Trước ngày 10/6/2026 và trước ngày 05/12/2026"),
        P("III. KINH PHÍ", bold=True),
        P("Thực hiện theo Nghị quyết số 09/2025/NQ-HĐND ngày 10/7/2025 của HĐND tỉnh Đắk Lắk."),
        *_end(
            "IV. TỔ CHỨC THỰC HIỆN",
            [
                "Đề nghị Ủy ban MTTQ Việt Nam xã phối hợp chỉ đạo, hướng dẫn hoạt động hòa giải ở cơ sở.",
                "Công chức Tư pháp - Hộ tịch tham mưu UBND xã báo cáo kết quả về Sở Tư pháp trước ngày"
                " 15/12/2026.",
            ],
            ["Sở Tư pháp (b/c);", "TT Đảng ủy, TT HĐND xã;", "UBMTTQ Việt Nam xã;", "Các thôn, buôn;",
             "Lưu: VT."],
            "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Y Thuôn Niê",
        ),
    ],
    expected=[
        Exp("Kiện toàn tổ hòa giải, bầu bổ sung", ("Công chức Tư pháp - Hộ tịch",),
            ("Ban Thường trực Ủy ban MTTQ Việt Nam xã", "Trưởng các thôn, buôn"), "2026-03-31"),
        Exp("Tập huấn, bồi dưỡng kỹ năng hòa giải", ("Phó Chủ tịch UBND xã",),
            ("Công chức Tư pháp - Hộ tịch", "Trung tâm Trợ giúp pháp lý nhà nước tỉnh Đắk Lắk"), "2026-09-30"),
        Exp("Thực hiện thủ tục công nhận kết quả hòa giải", ("Tòa án nhân dân khu vực 6 - Đắk Lắk",),
            ("Công chức Tư pháp - Hộ tịch",), "2026-12-31", on_request=True),
        Exp("Chi thù lao cho hòa giải viên", ("Phòng Kinh tế xã",), ("Văn phòng HĐND và UBND xã",),
            "2026-12-31"),
        Exp("Lồng ghép tuyên truyền pháp luật trong", ("Các tổ hòa giải", "Trưởng thôn, buôn, tổ dân phố"),
            ("Công an xã",), "2026-12-31"),
        Exp("Sơ kết 6 tháng, tổng kết năm", ("Công chức Tư pháp - Hộ tịch",), (), "2026-12-05"),
    ],
)

# ------------------------------------------------------------------ 4. phường Hạ Long, chuẩn tiếp cận PL
PLAN_HALONG_CTCPL = Plan(
    name="halong_chuan_tiep_can_2026",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN", "PHƯỜNG HẠ LONG", "52/KH-UBND", "Hạ Long, ngày 03 tháng 3 năm 2026",
            "Xây dựng phường đạt chuẩn tiếp cận pháp luật năm 2026", "",
        ),
        P("Căn cứ Quyết định số 25/2021/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ quy định về xã, phường,"
          " thị trấn đạt chuẩn tiếp cận pháp luật;"),
        P("Căn cứ Thông tư số 09/2021/TT-BTP ngày 15/11/2021 của Bộ Tư pháp hướng dẫn thi hành Quyết định số"
          " 25/2021/QĐ-TTg;"),
        P("Căn cứ Kế hoạch số 41/KH-UBND ngày 11/02/2026 của UBND tỉnh Quảng Ninh,"),
        P("UBND phường Hạ Long ban hành Kế hoạch xây dựng phường đạt chuẩn tiếp cận pháp luật năm 2026 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Duy trì và nâng cao chất lượng các tiêu chí tiếp cận pháp luật; phấn đấu đạt từ 90 điểm trở lên."),
        P("2. Xác định rõ trách nhiệm của từng bộ phận, cá nhân đối với từng chỉ tiêu được giao."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        T(
            (
                ("Nhiệm vụ", "Thời gian", "Đơn vị thực hiện", "Đơn vị phối hợp", "Sản phẩm"),
                ("Tiêu chí 1: Ban hành văn bản quy phạm pháp luật", "", "", "", ""),
                ("Rà soát, tự kiểm tra văn bản quy phạm pháp luật do HĐND, UBND phường ban hành",
                 "Quý II/2026", "Công chức Văn phòng HĐND và UBND phường",
                 "Phòng Kinh tế, Hạ tầng và Đô thị; Phòng Văn hóa - Xã hội", "Báo cáo kết quả rà soát"),
                ("Tiêu chí 2: Tiếp cận thông tin, phổ biến, giáo dục pháp luật", "", "", "", ""),
                ("Cập nhật, niêm yết công khai thông tin theo Luật Tiếp cận thông tin trên Trang thông tin"
                 " điện tử phường", "Thường xuyên", "Văn phòng HĐND và UBND phường", "",
                 "Chuyên mục được cập nhật"),
                ("Tổ chức hội nghị phổ biến pháp luật về đất đai, xây dựng cho người dân các khu phố",
                 "Tháng 4 - tháng 6/2026", "Phòng Kinh tế, Hạ tầng và Đô thị",
                 "Ban Công tác Mặt trận các khu phố", "03 hội nghị"),
                ("Duy trì, bổ sung sách, tài liệu cho Tủ sách pháp luật điện tử và tủ sách tại nhà văn hóa"
                 " khu phố", "Quý III/2026", "Phòng Văn hóa - Xã hội", "Thư viện tỉnh Quảng Ninh",
                 "Danh mục tài liệu bổ sung"),
                ("Tiêu chí 3: Hòa giải ở cơ sở", "", "", "", ""),
                ("Kiện toàn, bồi dưỡng tổ hòa giải ở các khu phố; thống kê vụ việc hòa giải",
                 "Quý I - Quý II/2026", "Phòng Văn hóa - Xã hội", "Ủy ban MTTQ Việt Nam phường",
                 "Quyết định công nhận tổ hòa giải"),
                ("Tiêu chí 4 và 5: Thực hiện dân chủ ở cơ sở; quốc phòng, an ninh", "", "", "", ""),
                ("Tuyên truyền Luật Thực hiện dân chủ ở cơ sở, pháp luật về phòng, chống ma túy tại các khu"
                 " phố", "Cả năm", "Công an phường", "Ban Chỉ huy Quân sự phường; Đoàn Thanh niên phường",
                 "Buổi tuyên truyền"),
                ("Đánh giá chuẩn tiếp cận pháp luật", "", "", "", ""),
                ("Tự chấm điểm, lập hồ sơ đề nghị công nhận phường đạt chuẩn tiếp cận pháp luật",
                 "Trước ngày 15/11/2026", "Hội đồng đánh giá phường",
                 "Các phòng chuyên môn, đơn vị thuộc UBND phường", "Hồ sơ đề nghị công nhận"),
            ),
            widths=(70, 25, 35, 35, 30),
        ),
        *_end(
            "III. TỔ CHỨC THỰC HIỆN",
            [
                "Giao Phòng Văn hóa - Xã hội là cơ quan thường trực, tham mưu UBND phường theo dõi, đôn đốc việc"
                " thực hiện Kế hoạch; tổng hợp báo cáo UBND tỉnh (qua Sở Tư pháp) trước ngày 20/11/2026.",
                "Kinh phí thực hiện được bố trí trong dự toán chi thường xuyên của phường năm 2026.",
            ],
            ["Sở Tư pháp tỉnh Quảng Ninh;", "TT Đảng ủy phường;", "Các phòng, đơn vị;", "Lưu: VT."],
            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Vũ Thị Minh Phương",
        ),
    ],
    expected=[
        Exp("Rà soát, tự kiểm tra văn bản", ("Công chức Văn phòng HĐND và UBND phường",),
            ("Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Văn hóa - Xã hội"), "2026-06-30"),
        Exp("Cập nhật, niêm yết công khai thông tin", ("Văn phòng HĐND và UBND phường",), (), "2026-12-31"),
        Exp("Tổ chức hội nghị phổ biến pháp luật về đất đai", ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Ban Công tác Mặt trận các khu phố",), "2026-06-30"),
        Exp("Duy trì, bổ sung sách, tài liệu", ("Phòng Văn hóa - Xã hội",), ("Thư viện tỉnh Quảng Ninh",),
            "2026-09-30"),
        Exp("Kiện toàn, bồi dưỡng tổ hòa giải", ("Phòng Văn hóa - Xã hội",), ("Ủy ban MTTQ Việt Nam phường",),
            "2026-06-30"),
        Exp("Tuyên truyền Luật Thực hiện dân chủ", ("Công an phường",),
            ("Ban Chỉ huy Quân sự phường", "Đoàn Thanh niên phường"), "2026-12-31"),
        Exp("Tự chấm điểm, lập hồ sơ đề nghị", ("Hội đồng đánh giá phường",),
            ("Các phòng chuyên môn, đơn vị thuộc UBND phường",), "2026-11-15"),
    ],
)

# ------------------------------------------------------------------ 5. Gia Lai, đồng bào DTTS
PLAN_GIALAI_DTTS = Plan(
    name="gialai_dtts_2026",
    blocks=[
        *_header(
            "UBND TỈNH GIA LAI", "SỞ DÂN TỘC VÀ TÔN GIÁO", "38/KH-SDTTG", "Gia Lai, ngày 27 tháng 02 năm 2026",
            "Phổ biến, giáo dục pháp luật và tuyên truyền, vận động đồng bào dân tộc thiểu số",
            "trên địa bàn tỉnh năm 2026",
        ),
        P("Căn cứ Quyết định số 1521/QĐ-TTg ngày 06/10/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Tăng"
          " cường công tác phổ biến, giáo dục pháp luật và tuyên truyền, vận động đồng bào vùng dân tộc thiểu"
          " số và miền núi giai đoạn 2021-2025”, kéo dài thực hiện theo Công văn số 812/TTg-QHĐP;"),
        P("Căn cứ Kế hoạch số 33/KH-UBND ngày 16/01/2026 của UBND tỉnh Gia Lai,"),
        P("Sở Dân tộc và Tôn giáo xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Nâng cao nhận thức pháp luật, ý thức chấp hành pháp luật của đồng bào Jrai, Bahnar và các dân tộc"
          " thiểu số khác; phát huy vai trò người có uy tín. Nội dung, hình thức phù hợp phong tục, tập quán,"
          " ngôn ngữ của từng dân tộc."),
        P("II. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True),
        P("1. Công tác biên soạn tài liệu và truyền thông", bold=True),
        P("1.1. Biên soạn, dịch sang tiếng Jrai, tiếng Bahnar tài liệu pháp luật về đất đai, hôn nhân và gia"
          " đình, phòng chống tảo hôn (Chủ trì: Phòng Chính sách dân tộc; phối hợp: Sở Tư pháp, Đài Phát"
          " thanh và Truyền hình Gia Lai; thời gian: quý II/2026)."),
        P("1.2. Phát sóng chương trình “Pháp luật với buôn làng” bằng tiếng dân tộc thiểu số (Chủ trì: Báo và"
          " Phát thanh, Truyền hình Gia Lai; phối hợp: Phòng Chính sách dân tộc; thời gian: hằng tháng)."),
        P("2. Tuyên truyền trực tiếp tại cơ sở", bold=True),
        P("2.1. Tổ chức hội nghị phổ biến pháp luật cho người có uy tín trong đồng bào dân tộc thiểu số (Chủ"
          " trì: Phòng Công tác tôn giáo và người có uy tín; phối hợp: Ủy ban MTTQ Việt Nam các xã, phường;"
          " thời gian: tháng 5 - tháng 8/2026)."),
        P("2.2. Tuyên truyền pháp luật lưu động kết hợp trợ giúp pháp lý tại các làng đặc biệt khó khăn (Chủ"
          " trì: Trung tâm Trợ giúp pháp lý nhà nước tỉnh; phối hợp: Phòng Chính sách dân tộc, UBND các xã"
          " vùng đồng bào dân tộc thiểu số; thời gian: quý III/2026)."),
        P("2.3. Tổ chức Hội thi “Già làng, người có uy tín với pháp luật” (Chủ trì: Phòng Công tác tôn giáo và"
          " người có uy tín; phối hợp: Sở Văn hóa, Thể thao và Du lịch, Hội Nông dân tỉnh; thời gian: tháng"
          " 10/2026)."),
        P("3. Kiểm tra, đánh giá", bold=True),
        P("3.1. Kiểm tra việc thực hiện công tác PBGDPL vùng đồng bào dân tộc thiểu số tại các xã (Chủ trì:"
          " Thanh tra Sở; phối hợp: Văn phòng Sở; thời gian: quý IV/2026)."),
        P("3.2. Khảo sát nhu cầu tìm hiểu pháp luật của đồng bào để xây dựng kế hoạch năm 2027 (Chủ trì: Văn"
          " phòng Sở; thời gian: theo hướng dẫn của Sở Tư pháp)."),
        *_end(
            "III. TỔ CHỨC THỰC HIỆN",
            [
                "1. Các phòng, đơn vị thuộc Sở chủ động triển khai nhiệm vụ được giao; báo cáo kết quả về Văn"
                " phòng Sở trước ngày 30/11/2026.",
                "2. Văn phòng Sở theo dõi, tổng hợp, tham mưu Giám đốc Sở báo cáo UBND tỉnh.",
            ],
            ["UBND tỉnh (b/c);", "Sở Tư pháp;", "Các phòng, đơn vị thuộc Sở;", "Lưu: VT, CSDT."],
            "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Rơ Châm H'Blơi",
        ),
    ],
    expected=[
        Exp("Biên soạn, dịch sang tiếng Jrai", ("Phòng Chính sách dân tộc",),
            ("Sở Tư pháp", "Đài Phát thanh và Truyền hình Gia Lai"), "2026-06-30"),
        Exp("Phát sóng chương trình “Pháp luật với buôn làng”", ("Báo và Phát thanh, Truyền hình Gia Lai",),
            ("Phòng Chính sách dân tộc",), "2026-12-31"),
        Exp("Tổ chức hội nghị phổ biến pháp luật cho người có uy tín",
            ("Phòng Công tác tôn giáo và người có uy tín",), ("Ủy ban MTTQ Việt Nam các xã, phường",),
            "2026-08-31"),
        Exp("Tuyên truyền pháp luật lưu động kết hợp", ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh",),
            ("Phòng Chính sách dân tộc", "UBND các xã vùng đồng bào dân tộc thiểu số"), "2026-09-30"),
        Exp("Tổ chức Hội thi “Già làng, người có uy tín", ("Phòng Công tác tôn giáo và người có uy tín",),
            ("Sở Văn hóa, Thể thao và Du lịch", "Hội Nông dân tỉnh"), "2026-10-31"),
        Exp("Kiểm tra việc thực hiện công tác PBGDPL", ("Thanh tra Sở",), ("Văn phòng Sở",), "2026-12-31"),
        Exp("Khảo sát nhu cầu tìm hiểu pháp luật", ("Văn phòng Sở",), (), "2026-12-31", on_request=True),
    ],
)

# ------------------------------------------------------------------ 6. Bắc Ninh, công nhân KCN
PLAN_BACNINH_KCN = Plan(
    name="bacninh_kcn_2026",
    blocks=[
        *_header(
            "UBND TỈNH BẮC NINH", "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP", "71/KH-BQL",
            "Bắc Ninh, ngày 10 tháng 3 năm 2026",
            "Phổ biến, giáo dục pháp luật cho người lao động và người sử dụng lao động",
            "trong các khu công nghiệp trên địa bàn tỉnh năm 2026",
        ),
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012; Bộ luật Lao động năm 2019; Luật Công đoàn năm"
          " 2024;"),
        P("Căn cứ Kế hoạch số 66/KH-UBND ngày 30/01/2026 của UBND tỉnh Bắc Ninh về công tác phổ biến, giáo dục"
          " pháp luật năm 2026;"),
        P("Căn cứ Chương trình phối hợp số 05/CTPH-BQL-LĐLĐ ngày 14/4/2025 giữa Ban Quản lý các khu công"
          " nghiệp và Liên đoàn Lao động tỉnh,"),
        P("Ban Quản lý các khu công nghiệp tỉnh ban hành Kế hoạch như sau:"),
        *_purpose([
            "Nâng cao hiểu biết pháp luật về lao động, bảo hiểm xã hội, an toàn, vệ sinh lao động, cư trú cho"
            " người lao động trong các khu công nghiệp.",
            "Góp phần xây dựng quan hệ lao động hài hòa, ổn định, hạn chế tranh chấp lao động, đình công.",
            "Hình thức tuyên truyền phù hợp với thời gian làm việc theo ca của người lao động.",
            "Phối hợp chặt chẽ với doanh nghiệp, công đoàn cơ sở.",
        ]),
        P("II. NỘI DUNG VÀ PHÂN CÔNG NHIỆM VỤ", bold=True),
        T(
            (
                ("TT", "Nội dung hoạt động", "Đơn vị thực hiện", "", "Thời gian", "Ghi chú"),
                ("", "", "Chủ trì", "Phối hợp", "", ""),
                ("1", "Tổ chức hội nghị tuyên truyền Bộ luật Lao động, Luật Bảo hiểm xã hội năm 2024 cho cán"
                      " bộ công đoàn cơ sở và người sử dụng lao động", "Phòng Quản lý lao động",
                 "Công đoàn các khu công nghiệp tỉnh; Bảo hiểm xã hội tỉnh", "Quý II/2026", "02 hội nghị"),
                ("2", "Tuyên truyền pháp luật tại khu nhà trọ công nhân, nhà ở xã hội cho công nhân",
                 "Công đoàn các khu công nghiệp tỉnh", "Công an các xã, phường có khu công nghiệp",
                 "Tháng 6 - tháng 9/2026", "Ngoài giờ làm việc"),
                ("3", "Đối thoại pháp luật về an toàn, vệ sinh lao động, phòng cháy, chữa cháy tại doanh"
                      " nghiệp", "Phòng Quản lý lao động", "Sở Nội vụ, Công an tỉnh (Phòng Cảnh sát"
                      " PCCC và CNCH)", "Quý III/2026", ""),
                ("4", "Xây dựng tủ sách pháp luật, góc pháp luật tại nhà văn hóa công nhân",
                 "Liên đoàn Lao động tỉnh", "Phòng Quản lý doanh nghiệp", "Tháng 7/2026",
                 "Lồng ghép Tháng Công nhân"),
                ("5", "Phát hành tờ gấp, clip ngắn bằng mã QR về quyền và nghĩa vụ của người lao động",
                 "Văn phòng Ban", "Phòng Quản lý lao động", "Trong năm 2026", ""),
                ("6", "Hưởng ứng Ngày Pháp luật Việt Nam (09/11) tại các khu công nghiệp",
                 "Phòng Quản lý doanh nghiệp", "Các doanh nghiệp trong khu công nghiệp", "Tháng 11/2026", ""),
                ("7", "Cung cấp thông tin pháp luật mới cho doanh nghiệp FDI", "Phòng Quản lý đầu tư",
                 "", "Khi có văn bản pháp luật mới được ban hành", "Bằng tiếng Anh, tiếng Hàn"),
            ),
            widths=(10, 65, 30, 40, 25, 25),
        ),
        *_end(
            "IV. TỔ CHỨC THỰC HIỆN",
            [
                "Các phòng, đơn vị thuộc Ban căn cứ nhiệm vụ được phân công chủ động triển khai; định kỳ báo cáo"
                " kết quả 6 tháng (trước ngày 10/6/2026) và năm (trước ngày 10/11/2026) về Văn phòng Ban.",
                "Đề nghị Liên đoàn Lao động tỉnh, Công đoàn các khu công nghiệp tỉnh phối hợp triển khai.",
            ],
            ["UBND tỉnh (b/c);", "Sở Tư pháp;", "Liên đoàn Lao động tỉnh;", "Lãnh đạo Ban;", "Lưu: VT, QLLĐ."],
            "KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN", "Nguyễn Đức Thắng",
        ),
    ],
    expected=[
        Exp("Tổ chức hội nghị tuyên truyền Bộ luật Lao động", ("Phòng Quản lý lao động",),
            ("Công đoàn các khu công nghiệp tỉnh", "Bảo hiểm xã hội tỉnh"), "2026-06-30"),
        Exp("Tuyên truyền pháp luật tại khu nhà trọ", ("Công đoàn các khu công nghiệp tỉnh",),
            ("Công an các xã, phường có khu công nghiệp",), "2026-09-30"),
        Exp("Đối thoại pháp luật về an toàn", ("Phòng Quản lý lao động",),
            ("Sở Nội vụ", "Công an tỉnh (Phòng Cảnh sát PCCC và CNCH)"), "2026-09-30"),
        Exp("Xây dựng tủ sách pháp luật, góc pháp luật", ("Liên đoàn Lao động tỉnh",),
            ("Phòng Quản lý doanh nghiệp",), "2026-07-31"),
        Exp("Phát hành tờ gấp, clip ngắn", ("Văn phòng Ban",), ("Phòng Quản lý lao động",), "2026-12-31"),
        Exp("Hưởng ứng Ngày Pháp luật Việt Nam", ("Phòng Quản lý doanh nghiệp",),
            ("Các doanh nghiệp trong khu công nghiệp",), "2026-11-30"),
        Exp("Cung cấp thông tin pháp luật mới", ("Phòng Quản lý đầu tư",), (), "2026-12-31", on_request=True),
    ],
)

# ------------------------------------------------------------------ 7. Thanh Hóa, ngành giáo dục
PLAN_THANHHOA_GD = Plan(
    name="thanhhoa_giao_duc_2026_2027",
    blocks=[
        *_header(
            "UBND TỈNH THANH HÓA", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "3105/KH-SGDĐT", "Thanh Hóa, ngày 18 tháng 9 năm 2026",
            "Công tác phổ biến, giáo dục pháp luật và hưởng ứng Ngày Pháp luật",
            "trong ngành Giáo dục năm học 2026-2027",
        ),
        P("Căn cứ Quyết định số 1928/QĐ-TTg ngày 20/11/2009 của Thủ tướng Chính phủ phê duyệt Đề án “Nâng cao"
          " chất lượng công tác phổ biến, giáo dục pháp luật trong nhà trường”;"),
        P("Căn cứ Thông tư số 22/2026/TT-BGDĐT ngày 14/8/2026 của Bộ Giáo dục và Đào tạo; Công văn số"
          " 4410/BGDĐT-PC ngày 26/8/2026 về hướng dẫn công tác pháp chế năm học 2026-2027;"),
        P("Sở Giáo dục và Đào tạo xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Đưa nội dung giáo dục pháp luật vào nhà trường một cách thiết thực, gắn với giáo dục kỹ năng"
          " sống, văn hóa học đường, phòng chống bạo lực học đường."),
        P("2. Các hoạt động bảo đảm an toàn, phù hợp lứa tuổi và không gây quá tải cho học sinh."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("+ Tổ chức tuần sinh hoạt công dân - học sinh đầu năm học, quán triệt nội quy, quy định pháp luật về"
          " an toàn giao thông, phòng chống ma túy."),
        P("Các trường trung học phổ thông và các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên có trách"
          " nhiệm tổ chức thực hiện; Công an tỉnh phối hợp cử báo cáo viên."),
        P("Tiến độ: tháng 9 - tháng 10/2026."),
        P("+ Tổ chức Cuộc thi “Học sinh với pháp luật về không gian mạng” cấp tỉnh."),
        P("Phòng Chính trị, tư tưởng và Công tác học sinh chủ trì; Phòng Giáo dục phổ thông, Tỉnh đoàn Thanh"
          " Hóa phối hợp."),
        P("Tiến độ: phát động tháng 10/2026, trao giải trước ngày 09/11/2026."),
        P("+ Hưởng ứng Ngày Pháp luật Việt Nam tại các cơ sở giáo dục: tiết chào cờ chủ đề pháp luật, sân khấu"
          " hóa, thi vẽ tranh."),
        P("UBND các xã, phường chỉ đạo các trường mầm non, tiểu học, trung học cơ sở trên địa bàn thực hiện;"
          " các trường trung học phổ thông chủ động tổ chức."),
        P("Tiến độ: từ ngày 01/11 đến ngày 09/11/2026."),
        P("+ Bồi dưỡng kiến thức pháp luật cho giáo viên dạy môn Giáo dục công dân, Giáo dục kinh tế và pháp"
          " luật."),
        P("Phòng Giáo dục phổ thông có trách nhiệm xây dựng chương trình, mời báo cáo viên của Sở Tư pháp;"
          " Trường Đại học Hồng Đức phối hợp."),
        P("Tiến độ: tháng 12/2026 - tháng 01/2027."),
        P("+ Bổ sung tủ sách pháp luật của thư viện trường học; số hóa tài liệu pháp luật lên thư viện số."),
        P("Văn phòng Sở chủ trì; các cơ sở giáo dục trực thuộc Sở phối hợp thực hiện."),
        P("Tiến độ: học kỳ I năm học 2026-2027 (trước ngày 15/01/2027)."),
        P("+ Phổ biến văn bản pháp luật mới về giáo dục cho cán bộ quản lý, giáo viên, nhân viên."),
        P("Phòng Tổ chức cán bộ - Pháp chế có trách nhiệm thực hiện."),
        P("Tiến độ: trong năm 2026, ngay sau khi văn bản được ban hành."),
        P("+ Sơ kết công tác PBGDPL học kỳ I và tổng kết năm học."),
        P("Phòng Tổ chức cán bộ - Pháp chế chủ trì, phối hợp với Văn phòng Sở."),
        P("Tiến độ: tháng 01/2027 và tháng 5/2027."),
        *_end(
            "III. TỔ CHỨC THỰC HIỆN",
            [
                "Thủ trưởng các đơn vị trực thuộc Sở chịu trách nhiệm tổ chức thực hiện Kế hoạch tại đơn vị;"
                " báo cáo kết quả hưởng ứng Ngày Pháp luật về Sở (qua Phòng Tổ chức cán bộ - Pháp chế) trước"
                " ngày 15/11/2026.",
            ],
            ["Bộ GDĐT (b/c);", "UBND tỉnh (b/c);", "Sở Tư pháp;", "Các đơn vị trực thuộc;",
             "UBND các xã, phường;", "Lưu: VT, TCCB-PC."],
            "GIÁM ĐỐC", "Trịnh Văn Hùng",
        ),
    ],
    expected=[
        Exp("Tổ chức tuần sinh hoạt công dân - học sinh",
            ("Các trường trung học phổ thông",
             "các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên"), ("Công an tỉnh",), "2026-10-31"),
        Exp("Tổ chức Cuộc thi “Học sinh với pháp luật", ("Phòng Chính trị, tư tưởng và Công tác học sinh",),
            ("Phòng Giáo dục phổ thông", "Tỉnh đoàn Thanh Hóa"), "2026-11-09"),
        Exp("Hưởng ứng Ngày Pháp luật Việt Nam tại", ("UBND các xã, phường", "các trường trung học phổ thông"),
            (), "2026-11-09"),
        Exp("Bồi dưỡng kiến thức pháp luật cho giáo viên", ("Phòng Giáo dục phổ thông",),
            ("Trường Đại học Hồng Đức",), "2027-01-31"),
        Exp("Bổ sung tủ sách pháp luật của thư viện", ("Văn phòng Sở",),
            ("các cơ sở giáo dục trực thuộc Sở",), "2027-01-15"),
        Exp("Phổ biến văn bản pháp luật mới về giáo dục", ("Phòng Tổ chức cán bộ - Pháp chế",), (),
            "2026-12-31", on_request=True),
        Exp("Sơ kết công tác PBGDPL học kỳ I", ("Phòng Tổ chức cán bộ - Pháp chế",), ("Văn phòng Sở",),
            "2027-05-31"),
    ],
)

# ------------------------------------------------------------------ 8. Cà Mau, tủ sách pháp luật
PLAN_CAMAU_TSPL = Plan(
    name="camau_tu_sach_2026",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN", "TỈNH CÀ MAU", "112/KH-UBND", "Cà Mau, ngày 08 tháng 4 năm 2026",
            "Xây dựng, quản lý và khai thác Tủ sách pháp luật", "trên địa bàn tỉnh Cà Mau năm 2026",
        ),
        P("Căn cứ Quyết định số 14/2019/QĐ-TTg ngày 13/3/2019 của Thủ tướng Chính phủ về xây dựng, quản lý,"
          " khai thác Tủ sách pháp luật;"),
        P("Căn cứ Quyết định số 1236/QĐ-UBND ngày 28/7/2025 của UBND tỉnh Cà Mau về kiện toàn Hội đồng phối"
          " hợp phổ biến, giáo dục pháp luật tỉnh;"),
        P("Xét đề nghị của Giám đốc Sở Tư pháp, UBND tỉnh ban hành Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Bảo đảm Tủ sách pháp luật tại các xã, phường, cơ quan, đơn vị, trường học được duy trì, cập nhật,"
          " khai thác hiệu quả, nhất là sau khi sắp xếp đơn vị hành chính cấp xã."),
        P("- Đẩy mạnh chuyển đổi số, khai thác Tủ sách pháp luật điện tử."),
        P("II. NHIỆM VỤ", bold=True),
        P("1. Rà soát, sắp xếp lại Tủ sách pháp luật sau khi hợp nhất các xã, phường"),
        P("- UBND các xã, phường chủ trì rà soát, sắp xếp tủ sách tại trụ sở và các điểm bưu điện văn hóa xã;"
          " hoàn thành trong quý II/2026."),
        P("- Sở Tư pháp hướng dẫn, tổng hợp kết quả rà soát trên toàn tỉnh, báo cáo UBND tỉnh trong quý"
          " III/2026."),
        P("2. Bổ sung sách, tài liệu pháp luật"),
        P("- Sở Tư pháp chủ trì, phối hợp với Sở Tài chính bố trí kinh phí mua sách, tài liệu cấp cho các xã,"
          " phường vùng sâu, vùng xa, ven biển; thực hiện quý II, III/2026."),
        P("- Bộ Chỉ huy Bộ đội Biên phòng tỉnh bổ sung tài liệu pháp luật về biển, đảo, chống khai thác hải sản"
          " bất hợp pháp (IUU) cho tủ sách tại các đồn, trạm biên phòng và trên tàu cá; Sở Nông nghiệp và Môi"
          " trường; Chi cục Thủy sản phối hợp; thời gian: tháng 3 - tháng 6/2026."),
        P("3. Xây dựng, duy trì Tủ sách pháp luật điện tử"),
        P("- Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tư pháp nâng cấp Tủ sách pháp luật điện tử tích"
          " hợp trên Cổng thông tin điện tử tỉnh; thời gian: quý III/2026."),
        P("- Các sở, ban, ngành tỉnh; Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội"
          " tỉnh cung cấp tài liệu, sách pháp luật điện tử thuộc lĩnh vực quản lý; thời gian: thường xuyên."),
        P("4. Kiểm tra việc quản lý, khai thác Tủ sách pháp luật"),
        P("Sở Tư pháp chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch và Thư viện tỉnh kiểm tra tại một"
          " số xã, phường, cơ quan; thời gian: tháng 10/2026."),
        *_end(
            "III. TỔ CHỨC THỰC HIỆN",
            [
                "1. Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các xã, phường có trách nhiệm tổ chức"
                " thực hiện Kế hoạch này; báo cáo kết quả về Sở Tư pháp trước ngày 15/11/2026.",
                "2. Sở Tài chính tham mưu bố trí kinh phí theo quy định.",
            ],
            ["Bộ Tư pháp;", "TT Tỉnh ủy; TT HĐND tỉnh;", "CT, các PCT UBND tỉnh;", "Các sở, ban, ngành tỉnh;",
             "UBND các xã, phường;", "Lưu: VT, NC (Tr)."],
            "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Lâm Văn Bi",
        ),
    ],
    expected=[
        Exp("UBND các xã, phường chủ trì rà soát", ("UBND các xã, phường",), (), "2026-06-30"),
        Exp("Sở Tư pháp hướng dẫn, tổng hợp kết quả", ("Sở Tư pháp",), (), "2026-09-30"),
        Exp("Sở Tư pháp chủ trì, phối hợp với Sở Tài chính", ("Sở Tư pháp",), ("Sở Tài chính",), "2026-09-30"),
        Exp("Bộ Chỉ huy Bộ đội Biên phòng tỉnh bổ sung", ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh",),
            ("Sở Nông nghiệp và Môi trường", "Chi cục Thủy sản"), "2026-06-30"),
        Exp("Sở Khoa học và Công nghệ chủ trì", ("Sở Khoa học và Công nghệ",), ("Sở Tư pháp",), "2026-09-30"),
        Exp("Các sở, ban, ngành tỉnh; Ủy ban Mặt trận",
            ("Các sở, ban, ngành tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
             "các tổ chức chính trị - xã hội tỉnh"), (), "2026-12-31"),
        Exp("Kiểm tra việc quản lý, khai thác", ("Sở Tư pháp",),
            ("Sở Văn hóa, Thể thao và Du lịch", "Thư viện tỉnh"), "2026-10-31"),
    ],
)

# ------------------------------------------------------------------ 9. Hà Tĩnh, hội thi hòa giải viên giỏi
PLAN_HATINH_HOITHI = Plan(
    name="hatinh_hoi_thi_hgv_2026",
    blocks=[
        *_header(
            "UBND TỈNH HÀ TĨNH", "SỞ TƯ PHÁP", "145/KH-STP", "Hà Tĩnh, ngày 02 tháng 6 năm 2026",
            "Tổ chức Hội thi “Hòa giải viên giỏi” tỉnh Hà Tĩnh lần thứ IV năm 2026", "",
        ),
        P("Căn cứ Luật Hòa giải ở cơ sở năm 2013;"),
        P("Căn cứ Thông tư số 04/2025/TT-BTP ngày 30/5/2025 của Bộ Tư pháp quy định về tổ chức Hội thi hòa giải"
          " viên giỏi;"),
        P("Căn cứ Kế hoạch số 29/KH-UBND ngày 21/01/2026 của UBND tỉnh về công tác PBGDPL, hòa giải ở cơ sở"
          " năm 2026, Sở Tư pháp xây dựng Kế hoạch tổ chức Hội thi như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Tôn vinh hòa giải viên ở cơ sở; trao đổi kinh nghiệm, kỹ năng hòa giải; lựa chọn đội thi tham dự Hội"
          " thi toàn quốc (nếu có). Hội thi tổ chức thiết thực, tiết kiệm, an toàn."),
        P("II. ĐỐI TƯỢNG, NỘI DUNG, HÌNH THỨC", bold=True),
        P("Mỗi xã, phường thành lập 01 đội thi gồm 03 hòa giải viên. Hội thi gồm 03 phần: chào hỏi, kiến thức,"
          " xử lý tình huống hòa giải (tiểu phẩm)."),
        P("III. CÁC BƯỚC TRIỂN KHAI", bold=True),
        P("Bước 1. Ban hành thể lệ, thành lập Ban Tổ chức, Ban Giám khảo Hội thi", bold=True),
        P("Chủ trì thực hiện: Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật; Phối hợp: Văn"
          " phòng Sở; Tiến độ: tháng 6/2026."),
        P("Bước 2. Tổ chức vòng sơ khảo tại các xã, phường và cụm thi", bold=True),
        P("Chủ trì thực hiện: UBND các xã, phường; Phối hợp: Ủy ban MTTQ Việt Nam các xã, phường, Hội Nông dân,"
          " Hội Liên hiệp Phụ nữ cấp xã; Tiến độ: tháng 7 - tháng 8/2026."),
        P("Bước 3. Tổ chức vòng chung khảo cấp tỉnh", bold=True),
        P("Chủ trì thực hiện: Ban Tổ chức Hội thi; Phối hợp: Báo và Phát thanh, Truyền hình Hà Tĩnh,"
          " Nhà Văn hóa - Điện ảnh tỉnh; Tiến độ: từ ngày 15/9 đến ngày"
          " 18/9/2026."),
        P("Bước 4. Khen thưởng các tập thể, cá nhân đạt giải", bold=True),
        P("Chủ trì thực hiện: Giám đốc Sở Tư pháp; Phối hợp: Ban Thi đua - Khen thưởng thuộc Sở Nội vụ; Tiến"
          " độ: trước ngày 30/9/2026."),
        P("Bước 5. Cử đội tham dự Hội thi hòa giải viên giỏi toàn quốc", bold=True),
        P("Chủ trì thực hiện: Phó Giám đốc Sở phụ trách lĩnh vực; Phối hợp: đội thi đạt giải Nhất; Tiến độ:"
          " theo đề nghị của Bộ Tư pháp."),
        P("Bước 6. Tổng kết, rút kinh nghiệm và nhân rộng mô hình hòa giải điển hình", bold=True),
        P("Chủ trì thực hiện: Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật; Tiến độ: quý"
          " IV/2026."),
        P("IV. KINH PHÍ", bold=True),
        P("Từ nguồn kinh phí PBGDPL, hòa giải ở cơ sở năm 2026 của Sở Tư pháp và ngân sách các xã, phường theo"
          " Thông tư số 56/2023/TT-BTC."),
        *_end(
            "V. TỔ CHỨC THỰC HIỆN",
            [
                "UBND các xã, phường đăng ký danh sách đội thi về Sở Tư pháp trước ngày 10/7/2026; báo cáo kết quả"
                " vòng sơ khảo trước ngày 31/8/2026.",
                "Văn phòng Sở bảo đảm cơ sở vật chất, kinh phí tổ chức Hội thi.",
            ],
            ["Bộ Tư pháp (Cục PBGDPL);", "UBND tỉnh (b/c);", "UBND các xã, phường;", "Lưu: VT, PBGDPL."],
            "GIÁM ĐỐC", "Nguyễn Thị Bích Hạnh",
        ),
    ],
    expected=[
        Exp("Ban hành thể lệ, thành lập Ban Tổ chức",
            ("Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật",), ("Văn phòng Sở",),
            "2026-06-30"),
        Exp("Tổ chức vòng sơ khảo tại các xã", ("UBND các xã, phường",),
            ("Ủy ban MTTQ Việt Nam các xã, phường", "Hội Nông dân", "Hội Liên hiệp Phụ nữ cấp xã"), "2026-08-31"),
        Exp("Tổ chức vòng chung khảo cấp tỉnh", ("Ban Tổ chức Hội thi",),
            ("Báo và Phát thanh, Truyền hình Hà Tĩnh",
             "Nhà Văn hóa - Điện ảnh tỉnh"), "2026-09-18"),
        Exp("Khen thưởng các tập thể, cá nhân", ("Giám đốc Sở Tư pháp",),
            ("Ban Thi đua - Khen thưởng thuộc Sở Nội vụ",), "2026-09-30"),
        Exp("Cử đội tham dự Hội thi hòa giải viên", ("Phó Giám đốc Sở phụ trách lĩnh vực",),
            ("đội thi đạt giải Nhất",), "2026-12-31", on_request=True),
        Exp("Tổng kết, rút kinh nghiệm và nhân rộng",
            ("Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật",), (), "2026-12-31"),
    ],
)

# ------------------------------------------------------------------ 10. Lâm Đồng, kế hoạch năm 2027
PLAN_LAMDONG_2027 = Plan(
    name="lamdong_pbgdpl_2027",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "415/KH-UBND", "Lâm Đồng, ngày 24 tháng 12 năm 2026",
            "Công tác phổ biến, giáo dục pháp luật; hòa giải ở cơ sở; xây dựng cấp xã đạt chuẩn tiếp cận pháp"
            " luật", "trên địa bàn tỉnh Lâm Đồng năm 2027",
        ),
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật; Luật Hòa giải ở cơ sở;"),
        P("Căn cứ Kết luận số 80-KL/TW ngày 20/6/2020 của Ban Bí thư; Quyết định số 1052/QĐ-BTP ngày 04/12/2026"
          " của Bộ Tư pháp ban hành Kế hoạch công tác PBGDPL năm 2027;"),
        P("Căn cứ Kế hoạch số 92-KH/TU ngày 15/11/2026 của Tỉnh ủy Lâm Đồng,"),
        P("Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"),
        *_purpose([
            "Triển khai đồng bộ, hiệu quả công tác PBGDPL, hòa giải ở cơ sở, chuẩn tiếp cận pháp luật năm 2027.",
            "Tập trung phổ biến các luật, nghị quyết mới được Quốc hội thông qua.",
            "Bám sát nhiệm vụ chính trị của tỉnh sau hợp nhất; bảo đảm thiết thực, hiệu quả.",
            "Đề cao trách nhiệm người đứng đầu các cơ quan, đơn vị, địa phương.",
        ]),
        P("II. NHIỆM VỤ", bold=True),
        T(
            (
                ("STT", "Nội dung công việc", "Thời hạn", "Chủ trì", "Phối hợp", "Kinh phí"),
                ("1", "Phổ biến các luật, nghị quyết được Quốc hội khóa XVI thông qua tại kỳ họp thứ nhất, thứ"
                      " hai", "Sau khi Hội đồng phối hợp PBGDPL Trung ương có văn bản hướng dẫn", "Sở Tư pháp",
                 "Thành viên Hội đồng phối hợp PBGDPL tỉnh", "Ngân sách tỉnh"),
                ("2", "Cập nhật văn bản, tin bài lên Trang Phổ biến, giáo dục pháp luật tỉnh và Cổng Pháp luật"
                      " quốc gia", "Hằng tháng", "Sở Tư pháp", "Sở Khoa học và Công nghệ", "Chi thường xuyên"),
                ("3", "Truyền thông chính sách trong quá trình xây dựng dự thảo nghị quyết của HĐND tỉnh",
                 "Thường xuyên", "Các sở, ban, ngành chủ trì soạn thảo",
                 "Báo và Phát thanh, Truyền hình Lâm Đồng", "Chi thường xuyên"),
                ("4", "PBGDPL cho đồng bào dân tộc K’Ho, Mạ, Chu Ru, M’Nông và đồng bào có đạo",
                 "Quý II - Quý III/2027", "Sở Dân tộc và Tôn giáo",
                 "Ủy ban MTTQ Việt Nam tỉnh; Bộ Chỉ huy Quân sự tỉnh và UBND các xã vùng đồng bào dân tộc"
                 " thiểu số", "Ngân sách tỉnh"),
                ("5", "Đánh giá, công nhận cấp xã đạt chuẩn tiếp cận pháp luật năm 2026",
                 "Quý I/2027", "Chủ tịch UBND tỉnh",
                 "Sở Tư pháp (cơ quan thường trực Hội đồng đánh giá)", ""),
                ("6", "Tập huấn nghiệp vụ hòa giải ở cơ sở cho hòa giải viên các xã, phường, đặc khu Phú Quý",
                 "Tháng 4 đến tháng 7/2027", "Sở Tư pháp", "UBND các xã, phường, đặc khu", "Ngân sách tỉnh"),
                ("7", "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước CHXHCN Việt Nam năm 2027",
                 "Tháng 10 - 11/2027", "Các sở, ban, ngành, đoàn thể tỉnh, UBND các xã, phường, đặc khu",
                 "Sở Tư pháp", "Theo phân cấp"),
                ("8", "Sơ kết 5 năm thực hiện Quyết định số 25/2021/QĐ-TTg",
                 "Theo hướng dẫn của Bộ Tư pháp", "Sở Tư pháp", "Sở Nội vụ", ""),
            ),
            widths=(10, 65, 30, 35, 40, 20),
        ),
        *_end(
            "III. TỔ CHỨC THỰC HIỆN",
            [
                "1. Các sở, ban, ngành tỉnh, UBND các xã, phường, đặc khu xây dựng kế hoạch năm 2027 trước ngày"
                " 31/01/2027; báo cáo 6 tháng trước ngày 10/6/2027 và báo cáo năm trước ngày 10/11/2027 về Sở"
                " Tư pháp.",
                "2. Sở Tài chính tham mưu bố trí kinh phí; Sở Tư pháp theo dõi, đôn đốc, tổng hợp.",
            ],
            ["Bộ Tư pháp (b/c);", "TT Tỉnh ủy, TT HĐND tỉnh;", "CT, các PCT UBND tỉnh;",
             "Thành viên HĐPH PBGDPL tỉnh;", "UBND các xã, phường, đặc khu;", "Lưu: VT, NC."],
            "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đinh Văn Tuấn",
        ),
    ],
    expected=[
        Exp("Phổ biến các luật, nghị quyết được Quốc hội", ("Sở Tư pháp",),
            ("Thành viên Hội đồng phối hợp PBGDPL tỉnh",), "2027-12-31", on_request=True),
        Exp("Cập nhật văn bản, tin bài lên Trang", ("Sở Tư pháp",), ("Sở Khoa học và Công nghệ",), "2027-12-31"),
        Exp("Truyền thông chính sách trong quá trình", ("Các sở, ban, ngành chủ trì soạn thảo",),
            ("Báo và Phát thanh, Truyền hình Lâm Đồng",), "2027-12-31"),
        Exp("PBGDPL cho đồng bào dân tộc K’Ho", ("Sở Dân tộc và Tôn giáo",),
            ("Ủy ban MTTQ Việt Nam tỉnh", "Bộ Chỉ huy Quân sự tỉnh",
             "UBND các xã vùng đồng bào dân tộc thiểu số"), "2027-09-30"),
        Exp("Đánh giá, công nhận cấp xã đạt chuẩn", ("Chủ tịch UBND tỉnh",),
            ("Sở Tư pháp (cơ quan thường trực Hội đồng đánh giá)",), "2027-03-31"),
        Exp("Tập huấn nghiệp vụ hòa giải ở cơ sở", ("Sở Tư pháp",), ("UBND các xã, phường, đặc khu",),
            "2027-07-31"),
        Exp("Tổ chức các hoạt động hưởng ứng Ngày Pháp luật",
            ("Các sở, ban, ngành, đoàn thể tỉnh", "UBND các xã, phường, đặc khu"), ("Sở Tư pháp",),
            "2027-11-30"),
        Exp("Sơ kết 5 năm thực hiện Quyết định", ("Sở Tư pháp",), ("Sở Nội vụ",), "2027-12-31",
            on_request=True),
    ],
)

PLANS: list[Plan] = [
    PLAN_LAOCAI_NPL,
    PLAN_DONGNAI_CONTEST,
    PLAN_EAKAR_HGCS,
    PLAN_HALONG_CTCPL,
    PLAN_GIALAI_DTTS,
    PLAN_BACNINH_KCN,
    PLAN_THANHHOA_GD,
    PLAN_CAMAU_TSPL,
    PLAN_HATINH_HOITHI,
    PLAN_LAMDONG_2027,
]
