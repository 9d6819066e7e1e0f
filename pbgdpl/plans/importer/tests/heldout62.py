"""Held-out evaluation set 62: ten thematic and campaign plans (2026, one 2026-2027 school year, one 2027
plan issued in December 2026), written for this set only, with answers typed by hand.

1. PLAN_NPL  - UBND tỉnh Quảng Ngãi, hưởng ứng Ngày Pháp luật 2026: task table STT | Nội dung | Cơ quan chủ
   trì | Cơ quan phối hợp | Thời gian | Sản phẩm, roman group rows inside the table.
2. PLAN_ATTP - Sở Y tế tỉnh Đồng Nai, Tháng hành động vì an toàn thực phẩm: "1.1." numbering, labels on
   their own dash lines ("- Đơn vị chủ trì:", "- Đơn vị phối hợp:", "- Thời gian thực hiện:").
3. PLAN_MATUY - UBND xã (Lâm Đồng), Tháng hành động phòng, chống ma túy: "a)" items with prose
   assignments ("Giao X chủ trì, phối hợp với Y ..."), a person as lead unit, date ranges.
4. PLAN_ATGT - Công an tỉnh Nghệ An, cao điểm bảo đảm trật tự ATGT dịp Tết: table without STT, two-row
   header (Phân công: Chủ trì / Phối hợp), Thời gian before units, "Ghi chú" column, month ranges.
5. PLAN_BLGD - Hội LHPN tỉnh Thanh Hóa, Tháng hành động vì bình đẳng giới: roman headings, dash items with
   inline parenthesised assignment "(Chủ trì: ...; phối hợp: ...; thời gian: ...)".
6. PLAN_DATDAI - Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng, chuyên đề pháp luật đất đai: bold headings,
   "+ Đơn vị chủ trì:" bullets, one item with two assignment blocks, event-triggered timeframe.
7. PLAN_TRUONG - Trường THPT (Cần Thơ), năm học 2026-2027, ATGT và phòng, chống bạo lực học đường: table
   TT | Thời gian | Nội dung | Người thực hiện | Phối hợp; persons as units; months of 2026 and 2027.
8. PLAN_THUE - Thuế tỉnh Thái Nguyên, tuyên truyền chính sách thuế mới: bold unnumbered headings, prose
   "X chủ trì; Y phối hợp" with "Tiến độ:" inline, "Đề nghị ..." block, quarter deadlines.
9. PLAN_PCCC - UBND phường Hạc Thành (Thanh Hóa), tuyên truyền PCCC và CNCH: "1." items with
   "Cơ quan thực hiện:"/"Phối hợp:"/"Thời hạn:" inline on one line, "X có trách nhiệm ..." blocks.
10. PLAN_CDS - Sở Khoa học và Công nghệ tỉnh Phú Thọ, plan for 2027 issued 12/2026 on digital
   transformation law: table STT | Nội dung | Thời gian | Chủ trì | Phối hợp | Kinh phí, group rows,
   quarter ranges, "theo đề nghị của" timeframe.
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T, _header, _purpose


def _bases(lines: list[str]) -> list[P | T]:
    return [P(line) for line in lines]


def _end(org: list[str], recipients: list[str], role: str, signer: str) -> list[P | T]:
    out: list[P | T] = [P(line) for line in org]
    out.append(P("Nơi nhận:", bold=True))
    out += [P(f"- {r}") for r in recipients]
    out += [P(role, bold=True, center=True), P("(Đã ký)", center=True), P(signer, bold=True, center=True)]
    return out


# ---------------------------------------------------------------- 1. Ngày Pháp luật, UBND tỉnh (table)
PLAN_NPL = Plan(
    "ngay_phap_luat_quang_ngai",
    _header(
        "ỦY BAN NHÂN DÂN",
        "TỈNH QUẢNG NGÃI",
        "214/KH-UBND",
        "Quảng Ngãi, ngày 02 tháng 10 năm 2026",
        "Tổ chức hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam",
        "năm 2026 trên địa bàn tỉnh Quảng Ngãi",
    )
    + _bases([
        "Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;",
        "Căn cứ Nghị định số 28/2013/NĐ-CP ngày 04/4/2013 của Chính phủ quy định chi tiết một số điều và "
        "biện pháp thi hành Luật Phổ biến, giáo dục pháp luật;",
        "Căn cứ Công văn số 4127/BTP-PBGDPL ngày 15/8/2026 của Bộ Tư pháp về việc hướng dẫn tổ chức hưởng "
        "ứng Ngày Pháp luật năm 2026;",
        "Theo đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 356/TTr-STP ngày 25/9/2026, Ủy ban nhân dân "
        "tỉnh ban hành Kế hoạch tổ chức hưởng ứng Ngày Pháp luật năm 2026 như sau:",
    ])
    + _purpose([
        "Tiếp tục đưa Ngày Pháp luật thực sự trở thành ngày hội tôn vinh Hiến pháp, pháp luật.",
        "Nâng cao ý thức thượng tôn pháp luật của cán bộ, công chức, viên chức và Nhân dân.",
        "Hoạt động hưởng ứng bảo đảm thiết thực, tiết kiệm, tránh hình thức.",
        "Gắn hưởng ứng Ngày Pháp luật với thực hiện nhiệm vụ chính trị của cơ quan, đơn vị, địa phương.",
    ])
    + [
        P("II. NỘI DUNG, HÌNH THỨC VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        P("Chi tiết tại bảng phân công dưới đây:"),
        T(
            (
                ("STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian", "Sản phẩm"),
                ("I", "Hoạt động chỉ đạo, hướng dẫn", "", "", "", ""),
                ("1", "Hướng dẫn các sở, ban, ngành, địa phương tổ chức hưởng ứng Ngày Pháp luật năm 2026",
                 "Sở Tư pháp", "Hội đồng phối hợp PBGDPL tỉnh", "Tháng 10/2026", "Văn bản hướng dẫn"),
                ("2", "Treo băng rôn, pa nô, khẩu hiệu hưởng ứng Ngày Pháp luật tại trụ sở cơ quan, nơi công "
                 "cộng", "Các sở, ban, ngành tỉnh; UBND các xã, phường, đặc khu",
                 "", "Từ ngày 01/11 đến ngày 15/11/2026", "Băng rôn, pa nô"),
                ("II", "Hoạt động tuyên truyền, phổ biến", "", "", "", ""),
                ("3", "Xây dựng chuyên mục, phóng sự về Ngày Pháp luật trên sóng phát thanh, truyền hình",
                 "Báo và Phát thanh, Truyền hình Quảng Ngãi", "Sở Tư pháp; Sở Văn hóa, Thể thao và Du lịch",
                 "Tháng 11/2026", "Chuyên mục, phóng sự"),
                ("4", "Tổ chức Cuộc thi trực tuyến tìm hiểu Hiến pháp và pháp luật năm 2026",
                 "Sở Tư pháp", "Sở Khoa học và Công nghệ, Tỉnh đoàn Quảng Ngãi và Công an tỉnh",
                 "Tháng 9 - tháng 11/2026", "Cuộc thi được tổ chức; quyết định khen thưởng"),
                ("5", "Tuyên truyền pháp luật cho đồng bào dân tộc thiểu số tại các xã miền núi",
                 "Sở Dân tộc và Tôn giáo", "UBND các xã miền núi; Bộ Chỉ huy Quân sự tỉnh", "Quý IV/2026",
                 "Hội nghị tuyên truyền"),
                ("III", "Lễ hưởng ứng và sơ kết", "", "", "", ""),
                ("6", "Tổ chức Lễ hưởng ứng Ngày Pháp luật cấp tỉnh gắn với tôn vinh điển hình tiên tiến",
                 "Sở Tư pháp", "Văn phòng UBND tỉnh, Sở Nội vụ", "Trước ngày 09/11/2026",
                 "Lễ hưởng ứng"),
                ("7", "Báo cáo kết quả hưởng ứng Ngày Pháp luật năm 2026 gửi Bộ Tư pháp",
                 "Sở Tư pháp", "Các cơ quan, đơn vị, địa phương", "Trước ngày 15/12/2026", "Báo cáo"),
            ),
            (10, 52, 30, 34, 26, 28),
        ),
    ]
    + _end(
        [
            "III. TỔ CHỨC THỰC HIỆN",
            "1. Các sở, ban, ngành tỉnh, UBND các xã, phường, đặc khu căn cứ Kế hoạch này chủ động tổ chức "
            "hưởng ứng Ngày Pháp luật phù hợp với tình hình thực tế; báo cáo kết quả về Sở Tư pháp trước "
            "ngày "
            "01/12/2026.",
            "2. Kinh phí thực hiện từ nguồn ngân sách nhà nước bố trí cho công tác PBGDPL năm 2026.",
            "3. Sở Tư pháp theo dõi, đôn đốc, tổng hợp kết quả, báo cáo UBND tỉnh.",
        ],
        ["Bộ Tư pháp (b/c);", "TT Tỉnh ủy, TT HĐND tỉnh;", "CT, các PCT UBND tỉnh;", "Như mục III;",
         "Lưu: VT, NC."],
        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
        "Trần Phước Hiền",
    ),
    [
        Exp("Hướng dẫn các sở, ban, ngành, địa phương tổ chức", ("Sở Tư pháp",),
            ("Hội đồng phối hợp PBGDPL tỉnh",), "2026-10-31"),
        Exp("Treo băng rôn, pa nô, khẩu hiệu", ("Các sở, ban, ngành tỉnh", "UBND các xã, phường, đặc khu"),
            (), "2026-11-15"),
        Exp("Xây dựng chuyên mục, phóng sự về Ngày Pháp luật", ("Báo và Phát thanh, Truyền hình Quảng Ngãi",),
            ("Sở Tư pháp", "Sở Văn hóa, Thể thao và Du lịch"), "2026-11-30"),
        Exp("Tổ chức Cuộc thi trực tuyến tìm hiểu Hiến pháp", ("Sở Tư pháp",),
            ("Sở Khoa học và Công nghệ", "Tỉnh đoàn Quảng Ngãi", "Công an tỉnh"), "2026-11-30"),
        Exp("Tuyên truyền pháp luật cho đồng bào dân tộc thiểu số", ("Sở Dân tộc và Tôn giáo",),
            ("UBND các xã miền núi", "Bộ Chỉ huy Quân sự tỉnh"), "2026-12-31"),
        Exp("Tổ chức Lễ hưởng ứng Ngày Pháp luật cấp tỉnh", ("Sở Tư pháp",),
            ("Văn phòng UBND tỉnh", "Sở Nội vụ"), "2026-11-09"),
        Exp("Báo cáo kết quả hưởng ứng Ngày Pháp luật", ("Sở Tư pháp",),
            ("Các cơ quan, đơn vị, địa phương",), "2026-12-15"),
    ],
)

# ---------------------------------------------------------------- 2. ATTP, Sở Y tế ("1.1." + labels)
PLAN_ATTP = Plan(
    "thang_attp_dong_nai",
    _header(
        "UBND TỈNH ĐỒNG NAI",
        "SỞ Y TẾ",
        "1187/KH-SYT",
        "Đồng Nai, ngày 08 tháng 4 năm 2026",
        "Tuyên truyền, phổ biến pháp luật về an toàn thực phẩm",
        "trong “Tháng hành động vì an toàn thực phẩm” năm 2026",
    )
    + _bases([
        "Căn cứ Luật An toàn thực phẩm năm 2010;",
        "Căn cứ Nghị định số 15/2018/NĐ-CP ngày 02/02/2018 của Chính phủ quy định chi tiết thi hành một số "
        "điều của Luật An toàn thực phẩm;",
        "Căn cứ Kế hoạch số 96/KH-BCĐLNVSATTP ngày 20/3/2026 của Ban Chỉ đạo liên ngành trung ương về vệ "
        "sinh an toàn thực phẩm;",
        "Căn cứ Kế hoạch số 58/KH-UBND ngày 01/4/2026 của UBND tỉnh Đồng Nai,",
        "Sở Y tế xây dựng Kế hoạch tuyên truyền như sau:",
    ])
    + _purpose([
        "Nâng cao nhận thức, trách nhiệm của người sản xuất, kinh doanh và người tiêu dùng thực phẩm.",
        "Phổ biến kịp thời các quy định mới về an toàn thực phẩm.",
        "Nội dung tuyên truyền ngắn gọn, dễ hiểu, phù hợp từng nhóm đối tượng.",
        "Phối hợp chặt chẽ giữa ngành y tế với các sở, ngành và chính quyền cơ sở.",
    ])
    + [
        P("II. NỘI DUNG TUYÊN TRUYỀN", bold=True),
        P("Quy định của Luật An toàn thực phẩm, các nghị định hướng dẫn; chủ đề Tháng hành động năm 2026 "
          "“Tăng cường trách nhiệm của người sản xuất, kinh doanh thực phẩm”."),
        P("III. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Công tác chỉ đạo, truyền thông", bold=True),
        P("1.1. Tổ chức Lễ phát động Tháng hành động vì an toàn thực phẩm cấp tỉnh"),
        P("- Đơn vị chủ trì: Chi cục An toàn vệ sinh thực phẩm."),
        P("- Đơn vị phối hợp: Sở Công Thương, Sở Nông nghiệp và Môi trường, UBND phường Trấn Biên."),
        P("- Thời gian thực hiện: ngày 15/4/2026."),
        P("1.2. Biên soạn, cấp phát tờ gấp, áp phích về an toàn thực phẩm tại chợ, bếp ăn tập thể"),
        P("- Đơn vị chủ trì: Trung tâm Kiểm soát bệnh tật tỉnh."),
        P("- Đơn vị phối hợp: Chi cục An toàn vệ sinh thực phẩm; Ban quản lý các chợ."),
        P("- Thời gian thực hiện: tháng 4 - tháng 5/2026."),
        P("1.3. Đưa tin, bài trên Cổng thông tin điện tử của Sở và mạng xã hội"),
        P("- Đơn vị chủ trì: Văn phòng Sở."),
        P("- Đơn vị phối hợp: Các phòng chức năng thuộc Sở."),
        P("- Thời gian thực hiện: Thường xuyên."),
        P("2. Phổ biến pháp luật cho các nhóm đối tượng", bold=True),
        P("2.1. Tập huấn kiến thức pháp luật về an toàn thực phẩm cho chủ cơ sở kinh doanh dịch vụ ăn uống"),
        P("- Đơn vị chủ trì: Chi cục An toàn vệ sinh thực phẩm."),
        P("- Đơn vị phối hợp: UBND các xã, phường có liên quan."),
        P("- Thời gian thực hiện: Quý II/2026."),
        P("2.2. Tuyên truyền về an toàn thực phẩm trong bếp ăn tập thể trường học, khu công nghiệp"),
        P("- Đơn vị chủ trì: Trung tâm Kiểm soát bệnh tật tỉnh."),
        P("- Đơn vị phối hợp: Sở Giáo dục và Đào tạo; Ban Quản lý các khu công nghiệp Đồng Nai; "
          "Liên đoàn Lao động tỉnh."),
        P("- Thời gian thực hiện: từ ngày 15/4 đến ngày 15/5/2026."),
        P("2.3. Phổ biến quy định xử phạt vi phạm hành chính về an toàn thực phẩm khi kiểm tra liên ngành"),
        P("- Đơn vị chủ trì: Thanh tra Sở."),
        P("- Đơn vị phối hợp: Đoàn kiểm tra liên ngành tỉnh."),
        P("- Thời gian thực hiện: trong thời gian diễn ra Tháng hành động (15/4 - 15/5/2026)."),
        P("3. Tổng hợp, báo cáo", bold=True),
        P("3.1. Tổng hợp kết quả Tháng hành động, báo cáo UBND tỉnh và Bộ Y tế"),
        P("- Đơn vị chủ trì: Chi cục An toàn vệ sinh thực phẩm."),
        P("- Đơn vị phối hợp: Các đơn vị trực thuộc Sở."),
        P("- Thời gian thực hiện: trước ngày 25/5/2026."),
    ]
    + _end(
        [
            "IV. TỔ CHỨC THỰC HIỆN",
            "Thủ trưởng các đơn vị trực thuộc Sở triển khai thực hiện Kế hoạch; gửi báo cáo kết quả về Chi "
            "cục "
            "An toàn vệ sinh thực phẩm trước ngày 20/5/2026 để tổng hợp.",
        ],
        ["Cục An toàn thực phẩm - Bộ Y tế;", "UBND tỉnh (b/c);", "Giám đốc, các PGĐ Sở;", "Lưu: VT, ATTP."],
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
        "Nguyễn Thị Kim Loan",
    ),
    [
        Exp("Tổ chức Lễ phát động Tháng hành động", ("Chi cục An toàn vệ sinh thực phẩm",),
            ("Sở Công Thương", "Sở Nông nghiệp và Môi trường", "UBND phường Trấn Biên"), "2026-04-15"),
        Exp("Biên soạn, cấp phát tờ gấp, áp phích", ("Trung tâm Kiểm soát bệnh tật tỉnh",),
            ("Chi cục An toàn vệ sinh thực phẩm", "Ban quản lý các chợ"), "2026-05-31"),
        Exp("Đưa tin, bài trên Cổng thông tin điện tử", ("Văn phòng Sở",),
            ("Các phòng chức năng thuộc Sở",), "2026-12-31"),
        Exp("Tập huấn kiến thức pháp luật về an toàn thực phẩm", ("Chi cục An toàn vệ sinh thực phẩm",),
            ("UBND các xã, phường có liên quan",), "2026-06-30"),
        Exp("Tuyên truyền về an toàn thực phẩm trong bếp ăn", ("Trung tâm Kiểm soát bệnh tật tỉnh",),
            ("Sở Giáo dục và Đào tạo", "Ban Quản lý các khu công nghiệp Đồng Nai", "Liên đoàn Lao động tỉnh"),
            "2026-05-15"),
        Exp("Phổ biến quy định xử phạt vi phạm hành chính", ("Thanh tra Sở",),
            ("Đoàn kiểm tra liên ngành tỉnh",), "2026-05-15"),
        Exp("Tổng hợp kết quả Tháng hành động", ("Chi cục An toàn vệ sinh thực phẩm",),
            ("Các đơn vị trực thuộc Sở",), "2026-05-25"),
    ],
)

# ---------------------------------------------------------------- 3. ma túy, UBND xã (prose "Giao X chủ trì")
PLAN_MATUY = Plan(
    "ma_tuy_xa_dinh_van",
    _header(
        "ỦY BAN NHÂN DÂN",
        "XÃ ĐINH VĂN LÂM HÀ",
        "46/KH-UBND",
        "Đinh Văn Lâm Hà, ngày 20 tháng 5 năm 2026",
        "Tuyên truyền pháp luật về phòng, chống ma túy hưởng ứng Tháng hành động",
        "phòng, chống ma túy và Ngày Quốc tế phòng, chống ma túy 26/6 năm 2026",
    )
    + _bases([
        "Căn cứ Luật Phòng, chống ma túy ngày 30 tháng 3 năm 2021 và Luật sửa đổi, bổ sung một số điều của "
        "Luật Phòng, chống ma túy năm 2025;",
        "Căn cứ Nghị định số 116/2021/NĐ-CP ngày 21/12/2021 của Chính phủ quy định chi tiết một số điều "
        "của Luật Phòng, chống ma túy, Luật Xử lý vi phạm hành chính về cai nghiện ma túy và quản lý sau "
        "cai;",
        "Thực hiện Kế hoạch số 112/KH-UBND ngày 12/5/2026 của UBND tỉnh Lâm Đồng,",
        "UBND xã Đinh Văn Lâm Hà ban hành Kế hoạch như sau:",
    ])
    + [
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Nâng cao nhận thức của Nhân dân, nhất là thanh thiếu niên, về tác hại của ma túy; huy động cả hệ "
          "thống chính trị tham gia phòng, chống ma túy; hoạt động thiết thực, không phô trương, hình thức."),
        P("II. NỘI DUNG HOẠT ĐỘNG", bold=True),
        P("a) Tổ chức Lễ ra quân hưởng ứng Tháng hành động phòng, chống ma túy. Giao Công an xã chủ trì, "
          "phối "
          "hợp với Ban Chỉ huy Quân sự xã, Đoàn Thanh niên Cộng sản Hồ Chí Minh xã tổ chức; thời gian: ngày "
          "01/6/2026."),
        P("b) Tuyên truyền trên hệ thống loa truyền thanh các thôn về tác hại của ma túy, các quy định mới "
          "về quản lý người sử dụng trái phép chất ma túy. Giao Trung tâm Dịch vụ tổng hợp xã chủ trì, phối "
          "hợp với Công an xã thực hiện từ ngày 01/6 đến ngày 30/6/2026."),
        P("c) Tổ chức tuyên truyền pháp luật về phòng, chống ma túy cho học sinh các trường trên địa bàn. "
          "Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp với Công an xã và các trường học trên địa bàn xã. "
          "Thời gian: trước khi học sinh nghỉ hè, hoàn thành trước ngày 31/5/2026."),
        P("d) Rà soát, lập danh sách người sử dụng trái phép chất ma túy, người nghiện ma túy trên địa bàn "
          "để "
          "tư vấn, giáo dục pháp luật. Giao Công an xã chủ trì; Trưởng thôn, Tổ trưởng tổ dân phố phối hợp. "
          "Thời gian hoàn thành: tháng 6/2026."),
        P("đ) Chỉ đạo chung các hoạt động của Tháng hành động, kiểm tra việc tổ chức tại các thôn. Giao Phó "
          "Chủ tịch UBND xã phụ trách khối văn hóa - xã hội chủ trì, Văn phòng HĐND và UBND xã giúp việc. "
          "Thời gian: tháng 6/2026."),
        P("e) Vận động gia đình, dòng họ ký cam kết không để người thân vi phạm pháp luật về ma túy. Đề nghị "
          "Ủy ban Mặt trận Tổ quốc Việt Nam xã chủ trì, phối hợp với Hội Liên hiệp Phụ nữ xã, Hội Cựu chiến "
          "binh xã và Hội Nông dân xã thực hiện; thời gian: Quý II - Quý III/2026."),
        P("g) Sơ kết, báo cáo kết quả thực hiện Tháng hành động về UBND tỉnh (qua Công an tỉnh). Giao Công "
          "an "
          "xã chủ trì tổng hợp, báo cáo trước ngày 05/7/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các cơ quan, đơn vị được giao nhiệm vụ triển khai thực hiện nghiêm túc Kế hoạch này; báo cáo kết "
          "quả "
          "về UBND xã (qua Công an xã) trước ngày 30/6/2026. Kinh phí từ ngân sách xã năm 2026."),
    ]
    + _end(
        [],
        ["Công an tỉnh (b/c);", "TT Đảng ủy, TT HĐND xã;", "CT, PCT UBND xã;", "Các đơn vị có tên tại mục "
            "II;",
         "Lưu: VT."],
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
        "K'Brăk",
    ),
    [
        Exp("Tổ chức Lễ ra quân hưởng ứng Tháng hành động", ("Công an xã",),
            ("Ban Chỉ huy Quân sự xã", "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã"), "2026-06-01"),
        Exp("Tuyên truyền trên hệ thống loa truyền thanh", ("Trung tâm Dịch vụ tổng hợp xã",),
            ("Công an xã",), "2026-06-30"),
        Exp("Tổ chức tuyên truyền pháp luật về phòng, chống ma túy cho học sinh", ("Phòng Văn hóa - Xã hội",),
            ("Công an xã", "các trường học trên địa bàn xã"), "2026-05-31"),
        Exp("Rà soát, lập danh sách người sử dụng", ("Công an xã",),
            ("Trưởng thôn", "Tổ trưởng tổ dân phố"), "2026-06-30"),
        Exp("Chỉ đạo chung các hoạt động của Tháng hành động",
            ("Phó Chủ tịch UBND xã phụ trách khối văn hóa - xã hội",), ("Văn phòng HĐND và UBND xã",),
            "2026-06-30"),
        Exp("Vận động gia đình, dòng họ ký cam kết", ("Ủy ban Mặt trận Tổ quốc Việt Nam xã",),
            ("Hội Liên hiệp Phụ nữ xã", "Hội Cựu chiến binh xã", "Hội Nông dân xã"), "2026-09-30"),
        Exp("Sơ kết, báo cáo kết quả thực hiện Tháng hành động", ("Công an xã",), (), "2026-07-05"),
    ],
)

# ---------------------------------------------------------------- 4. ATGT Tết, Công an tỉnh (2-row header)
PLAN_ATGT = Plan(
    "atgt_tet_nghe_an",
    _header(
        "UBND TỈNH NGHỆ AN",
        "CÔNG AN TỈNH",
        "35/KH-CAT-PC08",
        "Nghệ An, ngày 06 tháng 01 năm 2026",
        "Tuyên truyền, phổ biến pháp luật về trật tự, an toàn giao thông",
        "trong đợt cao điểm Tết Nguyên đán Bính Ngọ và mùa Lễ hội Xuân năm 2026",
    )
    + _bases([
        "Căn cứ Luật Trật tự, an toàn giao thông đường bộ năm 2024;",
        "Căn cứ Nghị định số 168/2024/NĐ-CP ngày 26/12/2024 của Chính phủ quy định xử phạt vi phạm hành "
        "chính về trật tự, an toàn giao thông trong lĩnh vực giao thông đường bộ;",
        "Căn cứ Kế hoạch số 02/KH-BCA-C08 ngày 02/01/2026 của Bộ Công an;",
        "Công an tỉnh xây dựng Kế hoạch tuyên truyền như sau:",
    ])
    + _purpose([
        "Nâng cao ý thức chấp hành pháp luật giao thông của người tham gia giao thông dịp Tết.",
        "Kiềm chế, giảm tai nạn giao thông trên cả ba tiêu chí.",
        "Tuyên truyền gắn với tuần tra, kiểm soát, xử lý vi phạm.",
        "Huy động các cơ quan báo chí, chính quyền cơ sở cùng tham gia.",
    ])
    + [
        P("II. NỘI DUNG VÀ PHÂN CÔNG NHIỆM VỤ", bold=True),
        T(
            (
                ("Nội dung công việc", "Thời gian", "Phân công", "", "Ghi chú"),
                ("", "", "Chủ trì", "Phối hợp", ""),
                ("Tuyên truyền quy định xử phạt nồng độ cồn, chở quá số người quy định trên phương tiện "
                 "thông "
                 "tin đại chúng", "Tháng 01 - 02/2026", "Phòng Cảnh sát giao thông",
                 "Phòng Tham mưu; Báo và Phát thanh, Truyền hình Nghệ An", "Chuyên mục “An toàn giao thông”"),
                ("Tổ chức ký cam kết chấp hành pháp luật giao thông cho học sinh, sinh viên trước kỳ nghỉ "
                 "Tết",
                 "Trước ngày 10/02/2026", "Công an các xã, phường",
                 "Các trường học trên địa bàn; Đoàn Thanh niên", ""),
                ("Tuyên truyền lưu động tại các bến xe, tuyến đường trọng điểm",
                 "Từ ngày 20/01 đến ngày 05/3/2026", "Phòng Cảnh sát giao thông",
                 "Sở Xây dựng, Công an các xã, phường", "Xe tuyên truyền lưu động"),
                ("Phổ biến pháp luật giao thông đường thủy cho chủ phương tiện chở khách dịp lễ hội",
                 "Tháng 02/2026", "Phòng Cảnh sát đường thủy",
                 "UBND các xã ven biển và ven sông Lam", ""),
                ("Phát hành tin, bài, video clip về hậu quả tai nạn giao thông trên trang mạng xã hội của "
                 "Công "
                 "an tỉnh", "Từ ngày 15/01 đến ngày 05/3/2026", "Phòng Tham mưu",
                 "Phòng Cảnh sát giao thông", "Fanpage Công an Nghệ An"),
                ("Tổng hợp, báo cáo kết quả đợt cao điểm về Cục Cảnh sát giao thông", "Trước ngày 10/3/2026",
                 "Phòng Cảnh sát giao thông", "Các đơn vị nghiệp vụ, Công an các xã, phường", ""),
            ),
            (58, 30, 32, 42, 28),
        ),
    ]
    + _end(
        [
            "III. TỔ CHỨC THỰC HIỆN",
            "Trưởng các phòng nghiệp vụ, Trưởng Công an các xã, phường tổ chức triển khai Kế hoạch; báo cáo "
            "nhanh kết quả hằng tuần về Phòng Cảnh sát giao thông (qua Đội Tuyên truyền, hướng dẫn) vào thứ "
            "Sáu.",
        ],
        ["Cục CSGT - Bộ Công an (b/c);", "Đồng chí Giám đốc (b/c);", "Các đồng chí Phó Giám đốc;",
         "Lưu: VT, PC08."],
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
        "Đại tá Nguyễn Đức Hải",
    ),
    [
        Exp("Tuyên truyền quy định xử phạt nồng độ cồn", ("Phòng Cảnh sát giao thông",),
            ("Phòng Tham mưu", "Báo và Phát thanh, Truyền hình Nghệ An"), "2026-02-28"),
        Exp("Tổ chức ký cam kết chấp hành pháp luật giao thông", ("Công an các xã, phường",),
            ("Các trường học trên địa bàn", "Đoàn Thanh niên"), "2026-02-10"),
        Exp("Tuyên truyền lưu động tại các bến xe", ("Phòng Cảnh sát giao thông",),
            ("Sở Xây dựng", "Công an các xã, phường"), "2026-03-05"),
        Exp("Phổ biến pháp luật giao thông đường thủy", ("Phòng Cảnh sát đường thủy",),
            ("UBND các xã ven biển và ven sông Lam",), "2026-02-28"),
        Exp("Phát hành tin, bài, video clip về hậu quả", ("Phòng Tham mưu",),
            ("Phòng Cảnh sát giao thông",), "2026-03-05"),
        Exp("Tổng hợp, báo cáo kết quả đợt cao điểm", ("Phòng Cảnh sát giao thông",),
            ("Các đơn vị nghiệp vụ", "Công an các xã, phường"), "2026-03-10"),
    ],
)

# ---------------------------------------------------------------- 5. bình đẳng giới, Hội LHPN (inline parens)
PLAN_BLGD = Plan(
    "binh_dang_gioi_hlhpn_thanh_hoa",
    _header(
        "HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM",
        "BAN THƯỜNG VỤ HỘI LHPN TỈNH THANH HÓA",
        "27/KH-BTV",
        "Thanh Hóa, ngày 28 tháng 10 năm 2026",
        "Tuyên truyền pháp luật về bình đẳng giới, phòng, chống bạo lực gia đình",
        "trong Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2026",
    )
    + _bases([
        "Căn cứ Luật Bình đẳng giới năm 2006; Luật Phòng, chống bạo lực gia đình năm 2022;",
        "Căn cứ Hướng dẫn số 19/HD-ĐCT ngày 10/10/2026 của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam;",
        "Căn cứ Kế hoạch số 245/KH-UBND ngày 20/10/2026 của UBND tỉnh Thanh Hóa về tổ chức Tháng hành động "
        "vì "
        "bình đẳng giới năm 2026,",
        "Ban Thường vụ Hội LHPN tỉnh xây dựng Kế hoạch như sau:",
    ])
    + [
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Nâng cao nhận thức của hội viên, phụ nữ và cộng đồng về bình đẳng giới, phòng, chống bạo lực "
          "gia đình."),
        P("- Các hoạt động thiết thực, hướng về cơ sở, gắn với phong trào thi đua của Hội."),
        P("II. THỜI GIAN, CHỦ ĐỀ", bold=True),
        P("Tháng hành động diễn ra từ ngày 15/11 đến ngày 15/12/2026, chủ đề “Chung tay hành động vì bình "
          "đẳng "
          "giới, chấm dứt bạo lực trên cơ sở giới”."),
        P("III. CÁC HOẠT ĐỘNG TRỌNG TÂM", bold=True),
        P("- Tổ chức Lễ phát động Tháng hành động cấp tỉnh kết hợp diễu hành hưởng ứng (Chủ trì: Ban Tuyên "
          "giáo - Chính sách luật pháp; phối hợp: Văn phòng Hội, Sở Y tế; thời gian: ngày 15/11/2026)."),
        P("- Tọa đàm “Pháp luật với phòng, chống bạo lực gia đình” dành cho cán bộ Hội cơ sở (Chủ trì: Ban "
          "Tuyên giáo - Chính sách luật pháp; phối hợp: Sở Tư pháp, Công an tỉnh; thời gian: tháng "
          "11/2026)."),
        P("- Tư vấn pháp luật, hỗ trợ pháp lý miễn phí cho phụ nữ bị bạo lực tại các Địa chỉ tin cậy ở cộng "
          "đồng (Chủ trì: Trung tâm Tư vấn pháp luật và Hỗ trợ phụ nữ tỉnh; phối hợp: Trung tâm Trợ giúp "
          "pháp lý "
          "nhà nước tỉnh và Hội LHPN các xã, phường; thời gian: từ ngày 15/11 đến ngày 15/12/2026)."),
        P("- Truyền thông trên trang thông tin điện tử và các nhóm Zalo của Hội về quyền của phụ nữ, trẻ em "
          "gái (Chủ trì: Văn phòng Hội; thời gian: Thường xuyên)."),
        P("- Sân khấu hóa tuyên truyền pháp luật về bình đẳng giới tại các xã miền núi Mường Lát, Quan Sơn, "
          "Bá Thước (Chủ trì: Ban Dân tộc - Tôn giáo của Hội; phối hợp: UBND các xã Mường Lát, Quan Sơn, Bá "
          "Thước; thời gian: tháng 12/2026)."),
        P("- Kiểm tra, giám sát việc tổ chức Tháng hành động ở cơ sở (Chủ trì: Thường trực Hội LHPN tỉnh; "
          "phối hợp: Ban Tổ chức - Kiểm tra; thời gian: đầu tháng 12/2026)."),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Các ban, đơn vị thuộc Hội LHPN tỉnh theo chức năng, nhiệm vụ chủ động triển khai các hoạt động "
          "được giao."),
        P("2. Hội LHPN các xã, phường xây dựng kế hoạch hưởng ứng phù hợp; báo cáo kết quả về Ban Thường vụ "
          "Hội LHPN tỉnh (qua Ban Tuyên giáo - Chính sách luật pháp) trước ngày 20/12/2026."),
    ]
    + _end(
        [],
        ["TW Hội LHPN Việt Nam (b/c);", "Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c);", "Sở Y tế;",
         "Hội LHPN các xã, phường;", "Lưu: VT, TG."],
        "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH",
        "Lê Thị Hằng",
    ),
    [
        Exp("Tổ chức Lễ phát động Tháng hành động cấp tỉnh", ("Ban Tuyên giáo - Chính sách luật pháp",),
            ("Văn phòng Hội", "Sở Y tế"), "2026-11-15"),
        Exp("Tọa đàm “Pháp luật với phòng, chống bạo lực", ("Ban Tuyên giáo - Chính sách luật pháp",),
            ("Sở Tư pháp", "Công an tỉnh"), "2026-11-30"),
        Exp("Tư vấn pháp luật, hỗ trợ pháp lý miễn phí",
            ("Trung tâm Tư vấn pháp luật và Hỗ trợ phụ nữ tỉnh",),
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh", "Hội LHPN các xã, phường"), "2026-12-15"),
        Exp("Truyền thông trên trang thông tin điện tử", ("Văn phòng Hội",), (), "2026-12-31"),
        Exp("Sân khấu hóa tuyên truyền pháp luật", ("Ban Dân tộc - Tôn giáo của Hội",),
            ("UBND các xã Mường Lát, Quan Sơn, Bá Thước",), "2026-12-31"),
        Exp("Kiểm tra, giám sát việc tổ chức Tháng hành động", ("Thường trực Hội LHPN tỉnh",),
            ("Ban Tổ chức - Kiểm tra",), "2026-12-31"),
    ],
)

# ------------------------------------------------------------ 6. đất đai, Sở NN&MT ("+" bullets, 2 blocks)
PLAN_DATDAI = Plan(
    "dat_dai_so_nnmt_lam_dong",
    _header(
        "UBND TỈNH LÂM ĐỒNG",
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        "402/KH-SNNMT",
        "Lâm Đồng, ngày 12 tháng 3 năm 2026",
        "Phổ biến, giáo dục pháp luật chuyên đề về đất đai",
        "và các văn bản hướng dẫn thi hành năm 2026",
    )
    + _bases([
        "Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024; Luật sửa đổi, bổ sung một số điều của Luật Đất đai "
        "năm 2025;",
        "Căn cứ Nghị định số 102/2024/NĐ-CP ngày 30/7/2024 của Chính phủ quy định chi tiết thi hành một số "
        "điều của Luật Đất đai;",
        "Căn cứ Kế hoạch số 38/KH-UBND ngày 25/02/2026 của UBND tỉnh Lâm Đồng về công tác PBGDPL năm 2026;",
        "Sở Nông nghiệp và Môi trường ban hành Kế hoạch như sau:",
    ])
    + _purpose([
        "Đưa các quy định mới về đất đai đến với cán bộ, công chức và người sử dụng đất.",
        "Giảm khiếu nại, tranh chấp đất đai phát sinh do thiếu hiểu biết pháp luật.",
        "Phân công rõ đơn vị chủ trì, phối hợp, thời gian hoàn thành.",
        "Kết hợp phổ biến pháp luật với giải quyết thủ tục hành chính về đất đai.",
    ])
    + [
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Tổ chức hội nghị phổ biến Luật Đất đai sửa đổi cho công chức địa chính cấp xã", bold=True),
        P("+ Đơn vị chủ trì: Chi cục Quản lý đất đai."),
        P("+ Đơn vị phối hợp: Văn phòng đăng ký đất đai tỉnh; Phòng Kinh tế các xã."),
        P("+ Thời gian: Quý II/2026."),
        P("2. Biên soạn tài liệu hỏi - đáp về thu hồi đất, bồi thường, hỗ trợ, tái định cư", bold=True),
        P("+ Đơn vị chủ trì: Phòng Pháp chế - Thanh tra."),
        P("+ Đơn vị phối hợp: Chi cục Quản lý đất đai, Trung tâm Phát triển quỹ đất tỉnh."),
        P("+ Thời gian: tháng 5 - tháng 7/2026."),
        P("3. Phổ biến pháp luật đất đai qua hoạt động tiếp dân và giải quyết thủ tục", bold=True),
        P("Niêm yết công khai, hướng dẫn người dân quy định về đăng ký biến động, cấp Giấy chứng nhận tại bộ "
          "phận một cửa:"),
        P("+ Đơn vị chủ trì: Văn phòng đăng ký đất đai tỉnh."),
        P("+ Đơn vị phối hợp: Các Chi nhánh Văn phòng đăng ký đất đai."),
        P("+ Thời gian: Thường xuyên."),
        P("Lồng ghép giải thích pháp luật trong buổi tiếp công dân định kỳ của Sở:"),
        P("+ Đơn vị chủ trì: Phòng Pháp chế - Thanh tra."),
        P("+ Đơn vị phối hợp: Văn phòng Sở."),
        P("+ Thời gian: Hằng tháng."),
        P("4. Phổ biến văn bản mới của Trung ương về giá đất, bảng giá đất", bold=True),
        P("+ Đơn vị chủ trì: Chi cục Quản lý đất đai."),
        P("+ Đơn vị phối hợp: Sở Tài chính; Sở Tư pháp; UBND các xã, phường, đặc khu Phú Quý."),
        P("+ Thời gian: khi có văn bản mới được ban hành."),
        P("5. Đăng tải chuyên mục “Hỏi - đáp pháp luật đất đai” trên Cổng thông tin điện tử của Sở",
          bold=True),
        P("+ Đơn vị chủ trì: Văn phòng Sở."),
        P("+ Đơn vị phối hợp: Phòng Pháp chế - Thanh tra; Trung tâm Công nghệ thông tin và Dữ liệu."),
        P("+ Thời gian: từ tháng 4/2026 đến tháng 12/2026."),
        P("6. Sơ kết 06 tháng, tổng kết công tác phổ biến pháp luật đất đai", bold=True),
        P("+ Đơn vị chủ trì: Phòng Pháp chế - Thanh tra."),
        P("+ Đơn vị phối hợp: Các phòng, đơn vị thuộc Sở."),
        P("+ Thời gian: trước ngày 10/12/2026."),
    ]
    + _end(
        [
            "III. TỔ CHỨC THỰC HIỆN",
            "1. Thủ trưởng các phòng, đơn vị thuộc Sở có trách nhiệm tổ chức thực hiện các nhiệm vụ được "
            "giao, "
            "báo cáo kết quả 06 tháng trước ngày 10/6/2026 và cả năm trước ngày 01/12/2026 (qua Phòng Pháp "
            "chế - Thanh tra).",
            "2. Kinh phí thực hiện từ dự toán ngân sách năm 2026 của Sở.",
        ],
        ["UBND tỉnh (b/c);", "Sở Tư pháp;", "Giám đốc, các PGĐ Sở;", "Các phòng, đơn vị thuộc Sở;",
            "Lưu: VT, PCTT."],
        "GIÁM ĐỐC",
        "Phạm Sĩ Hùng",
    ),
    [
        Exp("Tổ chức hội nghị phổ biến Luật Đất đai sửa đổi", ("Chi cục Quản lý đất đai",),
            ("Văn phòng đăng ký đất đai tỉnh", "Phòng Kinh tế các xã"), "2026-06-30"),
        Exp("Biên soạn tài liệu hỏi - đáp về thu hồi đất", ("Phòng Pháp chế - Thanh tra",),
            ("Chi cục Quản lý đất đai", "Trung tâm Phát triển quỹ đất tỉnh"), "2026-07-31"),
        Exp("Niêm yết công khai, hướng dẫn người dân", ("Văn phòng đăng ký đất đai tỉnh",),
            ("Các Chi nhánh Văn phòng đăng ký đất đai",), "2026-12-31"),
        Exp("Lồng ghép giải thích pháp luật trong buổi tiếp công dân", ("Phòng Pháp chế - Thanh tra",),
            ("Văn phòng Sở",), "2026-12-31"),
        Exp("Phổ biến văn bản mới của Trung ương về giá đất", ("Chi cục Quản lý đất đai",),
            ("Sở Tài chính", "Sở Tư pháp", "UBND các xã, phường, đặc khu Phú Quý"), "2026-12-31", True),
        Exp("Đăng tải chuyên mục “Hỏi - đáp pháp luật đất đai”", ("Văn phòng Sở",),
            ("Phòng Pháp chế - Thanh tra", "Trung tâm Công nghệ thông tin và Dữ liệu"), "2026-12-31"),
        Exp("Sơ kết 06 tháng, tổng kết công tác phổ biến", ("Phòng Pháp chế - Thanh tra",),
            ("Các phòng, đơn vị thuộc Sở",), "2026-12-10"),
    ],
)

# ---------------------------------------------------------------- 7. trường THPT, năm học 2026-2027 (table)
PLAN_TRUONG = Plan(
    "truong_thpt_can_tho",
    _header(
        "SỞ GD&ĐT THÀNH PHỐ CẦN THƠ",
        "TRƯỜNG THPT NGUYỄN VIỆT HỒNG",
        "112/KH-THPTNVH",
        "Cần Thơ, ngày 15 tháng 9 năm 2026",
        "Tuyên truyền, giáo dục pháp luật về an toàn giao thông",
        "và phòng, chống bạo lực học đường năm học 2026 - 2027",
    )
    + _bases([
        "Căn cứ Nghị định số 80/2017/NĐ-CP ngày 17/7/2017 của Chính phủ quy định về môi trường giáo dục an "
        "toàn, lành mạnh, thân thiện, phòng, chống bạo lực học đường;",
        "Căn cứ Kế hoạch số 2890/KH-SGDĐT ngày 05/9/2026 của Sở Giáo dục và Đào tạo thành phố Cần Thơ về "
        "công "
        "tác PBGDPL năm học 2026 - 2027;",
        "Trường THPT Nguyễn Việt Hồng xây dựng Kế hoạch như sau:",
    ])
    + _purpose([
        "Giúp học sinh hiểu và chấp hành quy định về an toàn giao thông, ứng xử văn hóa trong trường học.",
        "Xây dựng môi trường giáo dục an toàn, không có bạo lực học đường.",
        "Hoạt động phù hợp lứa tuổi, lồng ghép trong giờ chào cờ, sinh hoạt lớp.",
        "Có sự phối hợp giữa nhà trường, gia đình và Công an phường.",
    ])
    + [
        P("II. NỘI DUNG VÀ LỊCH THỰC HIỆN", bold=True),
        T(
            (
                ("TT", "Thời gian", "Nội dung", "Người thực hiện", "Phối hợp"),
                ("1", "Tháng 9/2026", "Tổ chức cho học sinh ký cam kết chấp hành Luật Trật tự, an toàn giao "
                 "thông đường bộ và không đi xe máy khi chưa đủ tuổi", "Giáo viên chủ nhiệm các lớp",
                 "Ban đại diện cha mẹ học sinh"),
                ("2", "Tháng 10/2026", "Ngoại khóa “Văn hóa giao thông cho học sinh” trong tiết chào cờ",
                 "Bí thư Đoàn trường", "Công an phường Ninh Kiều; Tổ Giáo dục công dân"),
                ("3", "Tháng 11/2026", "Hội thi tìm hiểu pháp luật về phòng, chống bạo lực học đường và xâm "
                 "hại trẻ em", "Phó Hiệu trưởng phụ trách hoạt động giáo dục", "Đoàn trường, Tổ Ngữ văn "
                 "- Giáo dục công dân"),
                ("4", "Tháng 12/2026 - tháng 01/2027", "Lồng ghép nội dung phòng, chống bạo lực học đường, "
                 "an toàn trên không gian mạng vào các tiết sinh hoạt lớp", "Giáo viên chủ nhiệm các lớp",
                 "Nhân viên tư vấn tâm lý học đường"),
                ("5", "Tháng 3/2027", "Chuyên đề “Học sinh với an ninh mạng” do báo cáo viên pháp luật "
                 "trình bày", "Bí thư Đoàn trường", "Công an thành phố Cần Thơ"),
                ("6", "Tháng 9/2026 - tháng 5/2027", "Duy trì tủ sách pháp luật, giới thiệu sách pháp luật "
                                                     "mới tại thư viện",
                 "Nhân viên thư viện", ""),
                ("7", "Trước ngày 20/5/2027", "Tổng kết, báo cáo kết quả công tác tuyên truyền về Sở GD&ĐT",
                 "Phó Hiệu trưởng phụ trách hoạt động giáo dục", "Văn phòng nhà trường"),
            ),
            (10, 32, 70, 40, 38),
        ),
    ]
    + _end(
        [
            "III. TỔ CHỨC THỰC HIỆN",
            "Các tổ chuyên môn, giáo viên chủ nhiệm, Đoàn trường thực hiện theo phân công; báo cáo kết quả "
            "học kỳ I trước ngày 05/01/2027 và cả năm học trước ngày 15/5/2027 về Phó Hiệu trưởng phụ trách.",
        ],
        ["Sở GD&ĐT (b/c);", "Chi bộ (b/c);", "Các tổ, đoàn thể;", "Lưu: VT."],
        "HIỆU TRƯỞNG",
        "Trần Minh Tâm",
    ),
    [
        Exp("Tổ chức cho học sinh ký cam kết chấp hành", ("Giáo viên chủ nhiệm các lớp",),
            ("Ban đại diện cha mẹ học sinh",), "2026-09-30"),
        Exp("Ngoại khóa “Văn hóa giao thông cho học sinh”", ("Bí thư Đoàn trường",),
            ("Công an phường Ninh Kiều", "Tổ Giáo dục công dân"), "2026-10-31"),
        Exp("Hội thi tìm hiểu pháp luật về phòng, chống bạo lực", ("Phó Hiệu trưởng phụ trách hoạt động giáo "
            "dục",),
            ("Đoàn trường", "Tổ Ngữ văn - Giáo dục công dân"), "2026-11-30"),
        Exp("Lồng ghép nội dung phòng, chống bạo lực học đường", ("Giáo viên chủ nhiệm các lớp",),
            ("Nhân viên tư vấn tâm lý học đường",), "2027-01-31"),
        Exp("Chuyên đề “Học sinh với an ninh mạng”", ("Bí thư Đoàn trường",),
            ("Công an thành phố Cần Thơ",), "2027-03-31"),
        Exp("Duy trì tủ sách pháp luật, giới thiệu sách", ("Nhân viên thư viện",), (), "2027-05-31"),
        Exp("Tổng kết, báo cáo kết quả công tác tuyên truyền", ("Phó Hiệu trưởng phụ trách hoạt động giáo "
            "dục",),
            ("Văn phòng nhà trường",), "2027-05-20"),
    ],
)

# ---------------------------------------------------------------- 8. thuế, Thuế tỉnh (prose, "Tiến độ:")
PLAN_THUE = Plan(
    "thue_thai_nguyen",
    _header(
        "CỤC THUẾ",
        "THUẾ TỈNH THÁI NGUYÊN",
        "318/KH-TTN",
        "Thái Nguyên, ngày 24 tháng 02 năm 2026",
        "Tuyên truyền, phổ biến chính sách, pháp luật thuế mới",
        "cho người nộp thuế năm 2026",
    )
    + _bases([
        "Căn cứ Luật Quản lý thuế năm 2019 và Luật Quản lý thuế (sửa đổi) năm 2025;",
        "Căn cứ Luật Thuế giá trị gia tăng năm 2024; Luật Thuế thu nhập doanh nghiệp năm 2025;",
        "Căn cứ Quyết định số 381/QĐ-CT ngày 26/3/2025 của Cục trưởng Cục Thuế;",
        "Căn cứ Kế hoạch số 120/KH-CT ngày 15/01/2026 của Cục Thuế về công tác tuyên truyền, hỗ trợ người "
        "nộp "
        "thuế năm 2026,",
        "Thuế tỉnh Thái Nguyên xây dựng Kế hoạch như sau:",
    ])
    + [
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Giúp người nộp thuế nắm bắt kịp thời chính sách thuế mới, việc chuyển đổi hộ kinh doanh từ thuế "
          "khoán sang kê khai; tuyên truyền đúng, đủ, kịp thời, đến tận người nộp thuế."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG", bold=True),
        P("Tuyên truyền về việc bỏ thuế khoán đối với hộ kinh doanh", bold=True),
        P("Phòng Quản lý hộ kinh doanh, cá nhân chủ trì; Thuế cơ sở 1, Thuế cơ sở 2, Thuế cơ sở 3 phối hợp "
          "tổ "
          "chức hội nghị hướng dẫn hộ kinh doanh kê khai, sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền. "
          "Tiến độ: Quý I - Quý II/2026."),
        P("Đối thoại với doanh nghiệp về chính sách thuế", bold=True),
        P("Phòng Tuyên truyền và Hỗ trợ người nộp thuế chủ trì; Hiệp hội Doanh nghiệp tỉnh và Liên minh Hợp "
          "tác xã tỉnh phối hợp tổ chức 02 hội nghị đối thoại. Tiến độ: tháng 6 và tháng 11/2026."),
        P("Hỗ trợ quyết toán thuế thu nhập cá nhân", bold=True),
        P("Thuế cơ sở 1 chủ trì, phối hợp với Phòng Tuyên truyền và Hỗ trợ người nộp thuế bố trí bàn hỗ trợ "
          "quyết toán thuế thu nhập cá nhân năm 2025 tại trụ sở. Tiến độ: từ ngày 01/3 đến ngày 04/5/2026."),
        P("Tuyên truyền trên phương tiện thông tin đại chúng", bold=True),
        P("Đề nghị Báo và Phát thanh, Truyền hình Thái Nguyên duy trì chuyên mục “Thuế và Cuộc sống”; Phòng "
          "Tuyên truyền và Hỗ trợ người nộp thuế phối hợp cung cấp nội dung. Tiến độ: Hằng tháng."),
        P("Phổ biến các thông tư hướng dẫn Luật Quản lý thuế (sửa đổi)", bold=True),
        P("Phòng Pháp chế chủ trì; các phòng chuyên môn, các Thuế cơ sở phối hợp phổ biến ngay sau khi Bộ "
          "Tài "
          "chính ban hành thông tư hướng dẫn."),
        P("Khảo sát mức độ hài lòng của người nộp thuế", bold=True),
        P("Phòng Tuyên truyền và Hỗ trợ người nộp thuế chủ trì; Văn phòng Thuế tỉnh phối hợp. Tiến độ: "
          "Quý IV/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Trưởng các phòng, Trưởng Thuế cơ sở tổ chức thực hiện; báo cáo kết quả định kỳ 6 tháng (trước "
          "ngày "
          "15/6/2026) và năm (trước ngày 15/12/2026) về Phòng Tuyên truyền và Hỗ trợ người nộp thuế."),
    ]
    + _end(
        [],
        ["Cục Thuế (b/c);", "UBND tỉnh Thái Nguyên (b/c);", "Lãnh đạo Thuế tỉnh;", "Lưu: VT, TTHT."],
        "KT. TRƯỞNG THUẾ TỈNH\nPHÓ TRƯỞNG THUẾ TỈNH",
        "Đỗ Văn Thắng",
    ),
    [
        Exp("Tuyên truyền về việc bỏ thuế khoán", ("Phòng Quản lý hộ kinh doanh, cá nhân",),
            ("Thuế cơ sở 1", "Thuế cơ sở 2", "Thuế cơ sở 3"), "2026-06-30"),
        Exp("Đối thoại với doanh nghiệp về chính sách thuế", ("Phòng Tuyên truyền và Hỗ trợ người nộp thuế",),
            ("Hiệp hội Doanh nghiệp tỉnh", "Liên minh Hợp tác xã tỉnh"), "2026-11-30"),
        Exp("Hỗ trợ quyết toán thuế thu nhập cá nhân", ("Thuế cơ sở 1",),
            ("Phòng Tuyên truyền và Hỗ trợ người nộp thuế",), "2026-05-04"),
        Exp("Tuyên truyền trên phương tiện thông tin đại chúng", ("Báo và Phát thanh, Truyền hình Thái "
            "Nguyên",),
            ("Phòng Tuyên truyền và Hỗ trợ người nộp thuế",), "2026-12-31"),
        Exp("Phổ biến các thông tư hướng dẫn Luật Quản lý thuế", ("Phòng Pháp chế",),
            ("các phòng chuyên môn", "các Thuế cơ sở"), "2026-12-31", True),
        Exp("Khảo sát mức độ hài lòng của người nộp thuế", ("Phòng Tuyên truyền và Hỗ trợ người nộp thuế",),
            ("Văn phòng Thuế tỉnh",), "2026-12-31"),
    ],
)

# ---------------------------------------------------------------- 9. PCCC, UBND phường (inline labels)
PLAN_PCCC = Plan(
    "pccc_phuong_hac_thanh",
    _header(
        "ỦY BAN NHÂN DÂN",
        "PHƯỜNG HẠC THÀNH",
        "89/KH-UBND",
        "Hạc Thành, ngày 03 tháng 8 năm 2026",
        "Tuyên truyền, phổ biến pháp luật về phòng cháy, chữa cháy và cứu nạn, cứu hộ",
        "hưởng ứng “Ngày toàn dân phòng cháy, chữa cháy” 04/10 năm 2026",
    )
    + _bases([
        "Căn cứ Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ ngày 29 tháng 11 năm 2024;",
        "Căn cứ Nghị định số 105/2025/NĐ-CP ngày 15/5/2025 của Chính phủ quy định chi tiết một số điều và "
        "biện pháp thi hành Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ;",
        "Căn cứ Kế hoạch số 176/KH-UBND ngày 22/7/2026 của UBND tỉnh Thanh Hóa;",
        "UBND phường Hạc Thành xây dựng Kế hoạch như sau:",
    ])
    + _purpose([
        "Nâng cao ý thức phòng cháy của hộ gia đình, nhất là nhà ở kết hợp sản xuất, kinh doanh.",
        "Phổ biến các quy định mới của Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ năm 2024.",
        "Tuyên truyền sâu rộng đến từng tổ dân phố, khu chung cư, cơ sở kinh doanh.",
        "Gắn tuyên truyền với kiểm tra, hướng dẫn khắc phục nguy cơ cháy, nổ.",
    ])
    + [
        P("II. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True),
        P("1. Tuyên truyền trên hệ thống truyền thanh phường và các trang mạng xã hội của phường. Cơ quan "
          "thực "
          "hiện: Trung tâm Dịch vụ tổng hợp phường. Phối hợp: Công an phường. Thời hạn: từ tháng 8/2026 đến "
          "hết tháng 10/2026."),
        P("2. Tổ chức phổ biến quy định về phòng cháy đối với nhà ở kết hợp sản xuất, kinh doanh và nhà trọ. "
          "Cơ quan thực hiện: Công an phường. Phối hợp: Tổ trưởng các tổ dân phố; Ban quản lý các khu chung "
          "cư. Thời hạn: Quý III/2026."),
        P("3. Tổ chức diễn tập phương án chữa cháy và cứu nạn, cứu hộ tại khu dân cư kết hợp tuyên truyền"),
        P("Công an phường có trách nhiệm xây dựng kịch bản, chủ trì tổ chức diễn tập tại tổ dân phố Đông Sơn "
          "3; "
          "phối hợp: Đội Cảnh sát PCCC và CNCH khu vực Hạc Thành - Công an tỉnh Thanh Hóa. Thời hạn: trước "
          "ngày "
          "04/10/2026."),
        P("Phòng Kinh tế, Hạ tầng và Đô thị có trách nhiệm bảo đảm hậu cần, phương tiện cho buổi diễn tập; "
          "phối hợp: Văn phòng HĐND và UBND phường. Thời hạn: trước ngày 04/10/2026."),
        P("4. Vận động các hộ gia đình trang bị bình chữa cháy, lắp lối thoát nạn thứ hai. Đề nghị Ủy ban "
          "Mặt "
          "trận Tổ quốc Việt Nam phường chủ trì, phối hợp với các tổ chức chính trị - xã hội phường thực "
          "hiện. "
          "Thời hạn: năm 2026."),
        P("5. Phổ biến văn bản hướng dẫn mới về PCCC đối với cơ sở kinh doanh karaoke, quán bar. Cơ quan "
          "thực "
          "hiện: Phòng Văn hóa - Xã hội. Phối hợp: Công an phường. Thời hạn: khi có văn bản hướng dẫn của "
          "Công "
          "an tỉnh."),
        P("6. Tổng hợp kết quả, báo cáo UBND tỉnh. Cơ quan thực hiện: Công an phường. Phối hợp: Văn phòng "
          "HĐND "
          "và UBND phường. Thời hạn: trước ngày 20/10/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các phòng, đơn vị thuộc UBND phường, các tổ dân phố căn cứ nhiệm vụ được giao tổ chức thực hiện; "
          "báo "
          "cáo kết quả về UBND phường (qua Công an phường) trước ngày 15/10/2026."),
    ]
    + _end(
        [],
        ["UBND tỉnh (b/c);", "Công an tỉnh (b/c);", "TT Đảng ủy, TT HĐND phường;", "Các đơn vị tại mục II;",
         "Lưu: VT."],
        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
        "Lê Văn Quang",
    ),
    [
        Exp("Tuyên truyền trên hệ thống truyền thanh phường", ("Trung tâm Dịch vụ tổng hợp phường",),
            ("Công an phường",), "2026-10-31"),
        Exp("Tổ chức phổ biến quy định về phòng cháy", ("Công an phường",),
            ("Tổ trưởng các tổ dân phố", "Ban quản lý các khu chung cư"), "2026-09-30"),
        Exp("Công an phường có trách nhiệm xây dựng kịch bản", ("Công an phường",),
            ("Đội Cảnh sát PCCC và CNCH khu vực Hạc Thành - Công an tỉnh Thanh Hóa",), "2026-10-04"),
        Exp("Phòng Kinh tế, Hạ tầng và Đô thị có trách nhiệm", ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Văn phòng HĐND và UBND phường",), "2026-10-04"),
        Exp("Vận động các hộ gia đình trang bị bình chữa cháy", ("Ủy ban Mặt trận Tổ quốc Việt Nam phường",),
            ("các tổ chức chính trị - xã hội phường",), "2026-12-31"),
        Exp("Phổ biến văn bản hướng dẫn mới về PCCC", ("Phòng Văn hóa - Xã hội",),
            ("Công an phường",), "2026-12-31", True),
        Exp("Tổng hợp kết quả, báo cáo UBND tỉnh", ("Công an phường",),
            ("Văn phòng HĐND và UBND phường",), "2026-10-20"),
    ],
)

# ---------------------------------------------------------------- 10. chuyển đổi số 2027, Sở KH&CN (table)
PLAN_CDS = Plan(
    "chuyen_doi_so_phu_tho_2027",
    _header(
        "UBND TỈNH PHÚ THỌ",
        "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
        "1530/KH-SKHCN",
        "Phú Thọ, ngày 18 tháng 12 năm 2026",
        "Tuyên truyền, phổ biến pháp luật về chuyển đổi số, dữ liệu và giao dịch điện tử",
        "năm 2027",
    )
    + _bases([
        "Căn cứ Luật Giao dịch điện tử năm 2023; Luật Dữ liệu năm 2024; Luật Công nghiệp công nghệ số năm "
        "2025;",
        "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công "
        "nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;",
        "Căn cứ Kế hoạch số 301/KH-UBND ngày 04/12/2026 của UBND tỉnh Phú Thọ về công tác PBGDPL năm 2027;",
        "Sở Khoa học và Công nghệ ban hành Kế hoạch như sau:",
    ])
    + _purpose([
        "Phổ biến sâu rộng pháp luật về chuyển đổi số đến cơ quan nhà nước, doanh nghiệp và người dân.",
        "Góp phần nâng cao kỹ năng số, an toàn thông tin cho người dân.",
        "Bám sát nhiệm vụ chuyển đổi số của tỉnh năm 2027.",
        "Sử dụng hiệu quả nền tảng số trong phổ biến pháp luật.",
    ])
    + [
        P("II. NHIỆM VỤ", bold=True),
        P("(Có Phụ lục phân công kèm theo)", center=True),
        P("PHỤ LỤC PHÂN CÔNG NHIỆM VỤ", bold=True, center=True),
        T(
            (
                ("STT", "Nội dung", "Thời gian", "Chủ trì", "Phối hợp", "Kinh phí"),
                ("A", "PHỔ BIẾN VĂN BẢN PHÁP LUẬT MỚI", "", "", "", ""),
                ("1", "Hội nghị phổ biến Luật Dữ liệu và các nghị định hướng dẫn cho cán bộ, công chức",
                    "Quý I/2027",
                 "Phòng Chuyển đổi số", "Sở Tư pháp; Văn phòng UBND tỉnh", "Ngân sách Sở"),
                ("2", "Phổ biến quy định về chữ ký số, định danh điện tử cho doanh nghiệp nhỏ và vừa",
                 "Quý II, III/2027", "Phòng Bưu chính, Viễn thông và Công nghệ số",
                 "Hiệp hội Doanh nghiệp tỉnh và Sở Tài chính", "Xã hội hóa"),
                ("3", "Phổ biến văn bản quy định chi tiết Luật Công nghiệp công nghệ số",
                 "Theo đề nghị của Bộ Khoa học và Công nghệ", "Văn phòng Sở", "Các phòng chuyên môn thuộc Sở",
                 "Ngân sách Sở"),
                ("B", "NÂNG CAO KỸ NĂNG SỐ, AN TOÀN THÔNG TIN", "", "", "", ""),
                ("4", "Tập huấn kỹ năng nhận diện lừa đảo trực tuyến cho thành viên Tổ công nghệ số cộng "
                      "đồng",
                 "Tháng 3 - tháng 5/2027", "Trung tâm Chuyển đổi số tỉnh",
                 "Công an tỉnh; UBND các xã, phường", "Ngân sách tỉnh"),
                ("5", "Chiến dịch truyền thông “Tháng tiêu dùng số, an toàn trên không gian mạng”",
                 "Tháng 10/2027", "Trung tâm Chuyển đổi số tỉnh", "Báo và Phát thanh, Truyền hình Phú Thọ",
                 "Ngân sách tỉnh"),
                ("C", "KIỂM TRA, BÁO CÁO", "", "", "", ""),
                ("6", "Kiểm tra việc thực hiện quy định về an toàn thông tin tại các sở, ngành",
                 "Quý III/2027", "Thanh tra Sở", "Phòng Bưu chính, Viễn thông và Công nghệ số", ""),
                ("7", "Báo cáo kết quả thực hiện Kế hoạch", "Trước ngày 25/11/2027", "Văn phòng Sở",
                 "Các phòng, đơn vị thuộc Sở", ""),
            ),
            (10, 58, 26, 32, 40, 22),
        ),
    ]
    + _end(
        [
            "III. TỔ CHỨC THỰC HIỆN",
            "1. Thủ trưởng các phòng, đơn vị thuộc Sở tổ chức thực hiện các nhiệm vụ được phân công tại Phụ "
            "lục.",
            "2. Văn phòng Sở theo dõi, đôn đốc, tổng hợp; báo cáo UBND tỉnh (qua Sở Tư pháp) trước ngày "
            "01/12/2027.",
        ],
        ["UBND tỉnh (b/c);", "Sở Tư pháp;", "Lãnh đạo Sở;", "Các phòng, đơn vị thuộc Sở;", "Lưu: VT, VP."],
        "GIÁM ĐỐC",
        "Nguyễn Minh Tuấn",
    ),
    [
        Exp("Hội nghị phổ biến Luật Dữ liệu", ("Phòng Chuyển đổi số",),
            ("Sở Tư pháp", "Văn phòng UBND tỉnh"), "2027-03-31"),
        Exp("Phổ biến quy định về chữ ký số", ("Phòng Bưu chính, Viễn thông và Công nghệ số",),
            ("Hiệp hội Doanh nghiệp tỉnh", "Sở Tài chính"), "2027-09-30"),
        Exp("Phổ biến văn bản quy định chi tiết Luật Công nghiệp", ("Văn phòng Sở",),
            ("Các phòng chuyên môn thuộc Sở",), "2027-12-31", True),
        Exp("Tập huấn kỹ năng nhận diện lừa đảo trực tuyến", ("Trung tâm Chuyển đổi số tỉnh",),
            ("Công an tỉnh", "UBND các xã, phường"), "2027-05-31"),
        Exp("Chiến dịch truyền thông “Tháng tiêu dùng số", ("Trung tâm Chuyển đổi số tỉnh",),
            ("Báo và Phát thanh, Truyền hình Phú Thọ",), "2027-10-31"),
        Exp("Kiểm tra việc thực hiện quy định về an toàn thông tin", ("Thanh tra Sở",),
            ("Phòng Bưu chính, Viễn thông và Công nghệ số",), "2027-09-30"),
        Exp("Báo cáo kết quả thực hiện Kế hoạch", ("Văn phòng Sở",),
            ("Các phòng, đơn vị thuộc Sở",), "2027-11-25"),
    ],
)

PLANS: list[Plan] = [
    PLAN_NPL, PLAN_ATTP, PLAN_MATUY, PLAN_ATGT, PLAN_BLGD,
    PLAN_DATDAI, PLAN_TRUONG, PLAN_THUE, PLAN_PCCC, PLAN_CDS,
]
