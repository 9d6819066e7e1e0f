"""Held-out evaluation set 5: six plans written for this set only, with answers written by hand.

Written without reading the extractor; same block model, rendering and answer rules as set 4
(see ``heldout4``). Group headings without their own lead unit are not listed.

Plans (48 tasks):

- ``hdph_thanhhoa_2026`` (Hội đồng phối hợp PBGDPL tỉnh, 9 tasks): bold "1." groups with "a)" items and
  "- Cơ quan chủ trì:" / "- Cơ quan phối hợp:" / "- Thời gian:" lines, lists mixing commas, semicolons
  and "và" ("Sở Văn hóa, Thể thao và Du lịch, Sở Tư pháp và các cơ quan, đơn vị liên quan"), names with
  "và" ("Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp tỉnh"), "Quý III/2026 (sau khi …)"
  (on request), a numbered item with its own lead after the groups.
- ``thpt_luongvantuy_ninhbinh_hk1_2026`` (a school, 7 tasks): table STT | Thời gian | Nội dung công việc |
  Người/bộ phận phụ trách | Phối hợp thực hiện (time first), persons as units, every deadline explicit.
- ``phuong_ninhkieu_cantho_thang_hanh_dong_2026`` (UBND phường, Tháng hành động, 8 tasks): dash bullets
  under bold groups, the assignment in brackets at the end "(X chủ trì, phối hợp A, B; trước ngày …)",
  "Phòng Kinh tế, Hạ tầng và Đô thị", "theo đề nghị của …", a task without coordinating units.
- ``tinhdoan_khanhhoa_2026`` (Tỉnh đoàn, 8 tasks): "1.1." items (not bold) with "Đơn vị chủ trì: …;
  Đơn vị phối hợp: …." on one line and "Thời gian thực hiện:" on the next; "Đoàn Thanh niên các xã,
  phường, đặc khu"; "Hằng năm", "Tháng 6 - tháng 8/2026", "Khi có văn bản đề nghị của …".
- ``bhxh_tayninh_luat_bhxh_2026`` (Bảo hiểm xã hội tỉnh, 8 tasks): bold "1." headings, one paragraph
  "Chủ trì: …; phối hợp: …; thời gian: …"; item 3 holds three "-" blocks "activity: X chủ trì, phối hợp
  với A và B; thời gian: …" (the item is a group); "Phòng Quản lý thu - Sổ, thẻ", "các cơ sở khám bệnh,
  chữa bệnh", "Hằng tháng", "khi … có văn bản hướng dẫn".
- ``snnmt_camau_2027`` (Sở Nông nghiệp và Môi trường, 8 tasks): next year's plan (2027) issued in
  December 2026; table STT | Nhiệm vụ | Cơ quan, đơn vị chủ trì | Cơ quan, đơn vị phối hợp | Thời gian
  hoàn thành | Kết quả/sản phẩm with roman group rows, units split by "," plus a line break and by ";", "Quý I, II/2027",
  "Theo đề nghị của Sở Tư pháp" (→ 31/12/2027).
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T, _header, _purpose
from pbgdpl.plans.importer.tests.heldout4 import _org

# ------------------------------------------------------------------ plan 1: HĐPH tỉnh, "1." groups + "a)" items, "- Cơ quan chủ trì:"
PLAN_THANHHOA = Plan(
    name="hdph_thanhhoa_2026",
    blocks=[
        *_header(
            "UBND TỈNH THANH HÓA",
            "HỘI ĐỒNG PHỐI HỢP PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT",
            "05/KH-HĐPH",
            "Thanh Hóa, ngày 26 tháng 01 năm 2026",
            "Hoạt động của Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh năm 2026",
            "",
        ),
        P(
            "Thực hiện Kế hoạch số 22/KH-UBND ngày 15/01/2026 của UBND tỉnh về công tác phổ biến, giáo dục pháp "
            "luật năm 2026, Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh (sau đây gọi là Hội đồng) ban hành "
            "Kế hoạch hoạt động năm 2026 như sau:"
        ),
        *_purpose(
            [
                "Phát huy vai trò tham mưu, phối hợp của Hội đồng và các thành viên Hội đồng.",
                "Triển khai kịp thời các luật, nghị quyết mới của Quốc hội.",
                "Hoạt động của Hội đồng thiết thực, đúng quy chế; phân công rõ cơ quan chủ trì, phối hợp.",
            ]
        ),
        P("II. NHIỆM VỤ", bold=True),
        P("1. Tham mưu ban hành văn bản chỉ đạo, hướng dẫn công tác phổ biến, giáo dục pháp luật", bold=True),
        P("a) Tham mưu UBND tỉnh ban hành Kế hoạch triển khai Chương trình phổ biến, giáo dục pháp luật giai đoạn 2026 - 2030"),
        P("- Cơ quan chủ trì: Sở Tư pháp."),
        P("- Cơ quan phối hợp: Các thành viên Hội đồng."),
        P("- Thời gian: Quý I/2026."),
        P("b) Hướng dẫn các sở, ban, ngành, UBND các xã, phường xây dựng kế hoạch phổ biến, giáo dục pháp luật năm 2027"),
        P("- Cơ quan chủ trì: Sở Tư pháp."),
        P("- Thời gian: Tháng 12/2026."),
        P("2. Phổ biến các luật, nghị quyết mới được Quốc hội thông qua", bold=True),
        P("a) Tổ chức Hội nghị phổ biến các luật được thông qua tại Kỳ họp thứ nhất, Quốc hội khóa XVI"),
        P("- Cơ quan chủ trì: Sở Tư pháp."),
        P(
            "- Cơ quan phối hợp: Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh; Sở Khoa học và Công "
            "nghệ."
        ),
        P("- Thời gian: Quý III/2026 (sau khi các luật được Quốc hội thông qua)."),
        P("b) Tuyên truyền các luật mới trên các phương tiện thông tin đại chúng"),
        P("- Cơ quan chủ trì: Báo và Phát thanh, Truyền hình Thanh Hóa."),
        P(
            "- Cơ quan phối hợp: Sở Văn hóa, Thể thao và Du lịch, Sở Tư pháp và các cơ quan, đơn vị liên quan."
        ),
        P("- Thời gian: Thường xuyên."),
        P("3. Phổ biến, giáo dục pháp luật cho đối tượng đặc thù", bold=True),
        P("a) Phổ biến, giáo dục pháp luật cho đồng bào dân tộc thiểu số ở vùng miền núi, biên giới"),
        P("- Cơ quan chủ trì: Sở Dân tộc và Tôn giáo."),
        P(
            "- Cơ quan phối hợp: Bộ Chỉ huy Bộ đội Biên phòng tỉnh; UBND các xã vùng đồng bào dân tộc thiểu số "
            "và miền núi."
        ),
        P("- Thời gian: Quý II, III/2026."),
        P("b) Phổ biến, giáo dục pháp luật cho người lao động trong các doanh nghiệp"),
        P("- Cơ quan chủ trì: Liên đoàn Lao động tỉnh."),
        P(
            "- Cơ quan phối hợp: Sở Nội vụ; Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp tỉnh."
        ),
        P("- Thời gian: Từ tháng 5 đến tháng 7/2026."),
        P("c) Phổ biến, giáo dục pháp luật cho phạm nhân, người bị tạm giữ, tạm giam"),
        P("- Cơ quan chủ trì: Công an tỉnh."),
        P("- Cơ quan phối hợp: Sở Tư pháp."),
        P("- Thời gian: Năm 2026."),
        P("4. Tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2026", bold=True),
        P("- Cơ quan chủ trì: Sở Tư pháp."),
        P("- Cơ quan phối hợp: Các thành viên Hội đồng; UBND các xã, phường."),
        P("- Thời gian: Từ ngày 15/10 đến ngày 09/11/2026."),
        P("5. Kiểm tra công tác phổ biến, giáo dục pháp luật tại một số sở, ngành và xã, phường", bold=True),
        P("- Cơ quan chủ trì: Sở Tư pháp."),
        P("- Cơ quan phối hợp: Văn phòng UBND tỉnh, Sở Nội vụ."),
        P("- Thời gian: Quý III/2026."),
        *_org(
            [
                "1. Các thành viên Hội đồng chủ động triển khai nhiệm vụ được phân công; gửi báo cáo kết quả về "
                "Thường trực Hội đồng (qua Sở Tư pháp) trước ngày 15/11/2026.",
                "2. Sở Tư pháp là cơ quan thường trực Hội đồng, giúp Hội đồng theo dõi, đôn đốc thực hiện Kế hoạch.",
            ],
            "CHỦ TỊCH HỘI ĐỒNG\nPHÓ CHỦ TỊCH UBND TỈNH",
            "Lê Đức Giang",
        ),
    ],
    expected=[
        Exp(
            "Tham mưu UBND tỉnh ban hành Kế hoạch triển khai Chương trình",
            ("Sở Tư pháp",),
            ("Các thành viên Hội đồng",),
            "2026-03-31",
        ),
        Exp("Hướng dẫn các sở, ban, ngành", ("Sở Tư pháp",), (), "2026-12-31"),
        Exp(
            "Tổ chức Hội nghị phổ biến các luật",
            ("Sở Tư pháp",),
            ("Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh", "Sở Khoa học và Công nghệ"),
            "2026-09-30",
            on_request=True,
        ),
        Exp(
            "Tuyên truyền các luật mới trên các phương tiện",
            ("Báo và Phát thanh, Truyền hình Thanh Hóa",),
            ("Sở Văn hóa, Thể thao và Du lịch", "Sở Tư pháp", "các cơ quan, đơn vị liên quan"),
            "2026-12-31",
        ),
        Exp(
            "Phổ biến, giáo dục pháp luật cho đồng bào dân tộc thiểu số",
            ("Sở Dân tộc và Tôn giáo",),
            (
                "Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
                "UBND các xã vùng đồng bào dân tộc thiểu số và miền núi",
            ),
            "2026-09-30",
        ),
        Exp(
            "Phổ biến, giáo dục pháp luật cho người lao động",
            ("Liên đoàn Lao động tỉnh",),
            ("Sở Nội vụ", "Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp tỉnh"),
            "2026-07-31",
        ),
        Exp(
            "Phổ biến, giáo dục pháp luật cho phạm nhân",
            ("Công an tỉnh",),
            ("Sở Tư pháp",),
            "2026-12-31",
        ),
        Exp(
            "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật",
            ("Sở Tư pháp",),
            ("Các thành viên Hội đồng", "UBND các xã, phường"),
            "2026-11-09",
        ),
        Exp(
            "Kiểm tra công tác phổ biến, giáo dục pháp luật",
            ("Sở Tư pháp",),
            ("Văn phòng UBND tỉnh", "Sở Nội vụ"),
            "2026-09-30",
        ),
    ],
)


# ------------------------------------------------------------------ plan 2: school, table with the time column first
_SCHOOL_ROWS: tuple[tuple[str, ...], ...] = (
    ("STT", "Thời gian", "Nội dung công việc", "Người/bộ phận phụ trách", "Phối hợp thực hiện"),
    (
        "1",
        "Tháng 9/2026",
        "Phổ biến nội quy nhà trường, quy tắc ứng xử và pháp luật về trật tự, an toàn giao thông cho học sinh khối 10",
        "Phó Hiệu trưởng phụ trách công tác học sinh",
        "Giáo viên chủ nhiệm các lớp;\nĐoàn Thanh niên trường",
    ),
    (
        "2",
        "Từ 15/9 đến 30/9/2026",
        "Ký cam kết không vi phạm pháp luật về giao thông, không sử dụng thuốc lá điện tử và chất gây nghiện",
        "Giáo viên chủ nhiệm các lớp",
        "Ban Đại diện cha mẹ học sinh",
    ),
    (
        "3",
        "Tháng 10/2026",
        "Tổ chức chuyên đề “Phòng, chống bạo lực học đường, xâm hại trẻ em”",
        "Đoàn Thanh niên trường",
        "Công an phường Hoa Lư;\nTổ Ngữ văn - Giáo dục công dân",
    ),
    (
        "4",
        "Từ 20/10 đến 15/11/2026",
        "Cuộc thi tìm hiểu pháp luật trực tuyến “Học sinh với pháp luật”",
        "Tổ Ngữ văn - Giáo dục công dân",
        "Đoàn Thanh niên trường, Thư viện nhà trường",
    ),
    (
        "5",
        "Ngày 09/11/2026",
        "Tổ chức chào cờ chuyên đề hưởng ứng Ngày Pháp luật Việt Nam",
        "Đoàn Thanh niên trường",
        "Công đoàn trường",
    ),
    (
        "6",
        "Tháng 11 - 12/2026",
        "Giới thiệu, trưng bày sách pháp luật tại Thư viện nhà trường",
        "Nhân viên thư viện",
        "Tổ Ngữ văn - Giáo dục công dân",
    ),
    (
        "7",
        "Trước ngày 20/12/2026",
        "Sơ kết công tác phổ biến, giáo dục pháp luật học kỳ I",
        "Phó Hiệu trưởng phụ trách công tác học sinh",
        "Đoàn Thanh niên trường; Giáo viên chủ nhiệm các lớp",
    ),
)

PLAN_NINHBINH = Plan(
    name="thpt_luongvantuy_ninhbinh_hk1_2026",
    blocks=[
        *_header(
            "SỞ GD&ĐT NINH BÌNH",
            "TRƯỜNG THPT CHUYÊN LƯƠNG VĂN TỤY",
            "118/KH-THPTC",
            "Ninh Bình, ngày 04 tháng 9 năm 2026",
            "Phổ biến, giáo dục pháp luật học kỳ I năm học 2026 - 2027",
            "",
        ),
        P(
            "Căn cứ Kế hoạch số 2105/KH-SGDĐT ngày 25/8/2026 của Sở GD&ĐT Ninh Bình về công tác phổ biến, giáo "
            "dục pháp luật trong các cơ sở giáo dục; nhà trường xây dựng Kế hoạch như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Giúp học sinh hiểu và tự giác chấp hành pháp luật, nội quy nhà trường."),
        P("- Các hoạt động lồng ghép với giờ chào cờ, sinh hoạt lớp, hoạt động trải nghiệm."),
        P("II. NỘI DUNG VÀ TIẾN ĐỘ THỰC HIỆN", bold=True),
        T(_SCHOOL_ROWS, (10, 28, 72, 40, 40)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "Các tổ chuyên môn, giáo viên chủ nhiệm, Đoàn Thanh niên trường căn cứ Kế hoạch triển khai thực hiện. "
            "Trong quá trình thực hiện, có vướng mắc báo cáo Hiệu trưởng để chỉ đạo."
        ),
        P("Nơi nhận:"),
        P("- Sở GD&ĐT (để b/c);"),
        P("- Lưu: VT."),
        P("HIỆU TRƯỞNG", bold=True, center=True),
        P("Đinh Thị Ngọc Hà", bold=True, center=True),
    ],
    expected=[
        Exp(
            "Phổ biến nội quy nhà trường",
            ("Phó Hiệu trưởng phụ trách công tác học sinh",),
            ("Giáo viên chủ nhiệm các lớp", "Đoàn Thanh niên trường"),
            "2026-09-30",
        ),
        Exp(
            "Ký cam kết không vi phạm pháp luật",
            ("Giáo viên chủ nhiệm các lớp",),
            ("Ban Đại diện cha mẹ học sinh",),
            "2026-09-30",
        ),
        Exp(
            "Tổ chức chuyên đề",
            ("Đoàn Thanh niên trường",),
            ("Công an phường Hoa Lư", "Tổ Ngữ văn - Giáo dục công dân"),
            "2026-10-31",
        ),
        Exp(
            "Cuộc thi tìm hiểu pháp luật trực tuyến",
            ("Tổ Ngữ văn - Giáo dục công dân",),
            ("Đoàn Thanh niên trường", "Thư viện nhà trường"),
            "2026-11-15",
        ),
        Exp("Tổ chức chào cờ chuyên đề", ("Đoàn Thanh niên trường",), ("Công đoàn trường",), "2026-11-09"),
        Exp(
            "Giới thiệu, trưng bày sách pháp luật",
            ("Nhân viên thư viện",),
            ("Tổ Ngữ văn - Giáo dục công dân",),
            "2026-12-31",
        ),
        Exp(
            "Sơ kết công tác phổ biến, giáo dục pháp luật học kỳ I",
            ("Phó Hiệu trưởng phụ trách công tác học sinh",),
            ("Đoàn Thanh niên trường", "Giáo viên chủ nhiệm các lớp"),
            "2026-12-20",
        ),
    ],
)


# ------------------------------------------------------------------ plan 3: phường, Tháng hành động, dash bullets with the assignment in brackets
PLAN_CANTHO = Plan(
    name="phuong_ninhkieu_cantho_thang_hanh_dong_2026",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN",
            "PHƯỜNG NINH KIỀU",
            "64/KH-UBND",
            "Ninh Kiều, ngày 15 tháng 5 năm 2026",
            "Tổ chức Tháng hành động phòng, chống ma túy và Ngày Quốc tế phòng, chống ma túy 26/6 năm 2026",
            "",
        ),
        P(
            "Thực hiện Kế hoạch số 120/KH-UBND ngày 05/5/2026 của UBND thành phố Cần Thơ về tổ chức Tháng hành "
            "động phòng, chống ma túy năm 2026; Ủy ban nhân dân phường Ninh Kiều ban hành Kế hoạch như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "Nâng cao nhận thức của Nhân dân về tác hại của ma túy, pháp luật về phòng, chống ma túy; huy động cả "
            "hệ thống chính trị và Nhân dân tham gia; các hoạt động thiết thực, tránh hình thức."
        ),
        P("II. NỘI DUNG HOẠT ĐỘNG", bold=True),
        P("1. Hoạt động tuyên truyền", bold=True),
        P(
            "- Tổ chức lễ ra quân hưởng ứng Tháng hành động phòng, chống ma túy (Công an phường chủ trì, phối hợp "
            "Ủy ban MTTQ Việt Nam phường, Đoàn Thanh niên phường; thực hiện ngày 01/6/2026)."
        ),
        P(
            "- Treo băng rôn, khẩu hiệu tuyên truyền tại các tuyến đường chính, khu dân cư (Phòng Kinh tế, Hạ tầng "
            "và Đô thị chủ trì, phối hợp Phòng Văn hóa - Xã hội; hoàn thành trước ngày 30/5/2026)."
        ),
        P(
            "- Phát thanh tin, bài tuyên truyền trên hệ thống loa truyền thanh và trang Zalo của phường (Phòng "
            "Văn hóa - Xã hội chủ trì, phối hợp Trưởng các khu vực; thực hiện trong tháng 6/2026)."
        ),
        P(
            "- Tuyên truyền pháp luật về phòng, chống ma túy cho thanh thiếu nhi sinh hoạt hè tại địa phương "
            "(Đoàn Thanh niên phường chủ trì, phối hợp Công an phường, Ban điều hành các khu vực; từ ngày 05/6 "
            "đến ngày 25/6/2026)."
        ),
        P("2. Hoạt động kiểm tra, hỗ trợ", bold=True),
        P(
            "- Rà soát, lập danh sách người sử dụng trái phép chất ma túy, người nghiện ma túy trên địa bàn (Công "
            "an phường chủ trì, phối hợp Trạm Y tế phường; hoàn thành trước ngày 20/6/2026)."
        ),
        P(
            "- Kiểm tra các cơ sở kinh doanh dịch vụ karaoke, quán bar, nhà nghỉ (Tổ công tác liên ngành của "
            "phường chủ trì; thời gian: Quý II, III/2026)."
        ),
        P(
            "- Tổ chức đối thoại, tư vấn pháp luật cho gia đình có người nghiện ma túy (Phòng Văn hóa - Xã hội chủ "
            "trì, phối hợp Hội Liên hiệp Phụ nữ phường, Hội Cựu chiến binh phường; theo đề nghị của Công an thành "
            "phố)."
        ),
        P(
            "- Tổng hợp, báo cáo kết quả Tháng hành động về UBND thành phố (Công an phường chủ trì, phối hợp Phòng "
            "Văn hóa - Xã hội; trước ngày 05/7/2026)."
        ),
        *_org(
            [
                "Đề nghị Ủy ban MTTQ Việt Nam phường và các tổ chức chính trị - xã hội phường phối hợp thực hiện.",
                "Kinh phí thực hiện từ nguồn ngân sách phường năm 2026 và các nguồn hợp pháp khác.",
            ],
            "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
            "Trần Thanh Phong",
        ),
    ],
    expected=[
        Exp(
            "Tổ chức lễ ra quân",
            ("Công an phường",),
            ("Ủy ban MTTQ Việt Nam phường", "Đoàn Thanh niên phường"),
            "2026-06-01",
        ),
        Exp(
            "Treo băng rôn, khẩu hiệu tuyên truyền",
            ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Phòng Văn hóa - Xã hội",),
            "2026-05-30",
        ),
        Exp("Phát thanh tin, bài tuyên truyền", ("Phòng Văn hóa - Xã hội",), ("Trưởng các khu vực",), "2026-06-30"),
        Exp(
            "Tuyên truyền pháp luật về phòng, chống ma túy cho thanh thiếu nhi",
            ("Đoàn Thanh niên phường",),
            ("Công an phường", "Ban điều hành các khu vực"),
            "2026-06-25",
        ),
        Exp("Rà soát, lập danh sách", ("Công an phường",), ("Trạm Y tế phường",), "2026-06-20"),
        Exp(
            "Kiểm tra các cơ sở kinh doanh dịch vụ karaoke",
            ("Tổ công tác liên ngành của phường",),
            (),
            "2026-09-30",
        ),
        Exp(
            "Tổ chức đối thoại, tư vấn pháp luật",
            ("Phòng Văn hóa - Xã hội",),
            ("Hội Liên hiệp Phụ nữ phường", "Hội Cựu chiến binh phường"),
            "2026-12-31",
            on_request=True,
        ),
        Exp("Tổng hợp, báo cáo kết quả Tháng hành động", ("Công an phường",), ("Phòng Văn hóa - Xã hội",), "2026-07-05"),
    ],
)


# ------------------------------------------------------------------ plan 4: Tỉnh đoàn, "1.1." + labels on one line
def _doan(code: str, title: str, lead: str, coord: str, time: str) -> list[P | T]:
    return [
        P(f"{code} {title}"),
        P(f"Đơn vị chủ trì: {lead}; Đơn vị phối hợp: {coord}."),
        P(f"Thời gian thực hiện: {time}."),
    ]


PLAN_KHANHHOA = Plan(
    name="tinhdoan_khanhhoa_2026",
    blocks=[
        *_header(
            "BAN CHẤP HÀNH ĐOÀN TỈNH KHÁNH HÒA",
            "***",
            "186-KH/TĐTN-TG",
            "Khánh Hòa, ngày 10 tháng 02 năm 2026",
            "Tuyên truyền, phổ biến, giáo dục pháp luật cho đoàn viên, thanh thiếu nhi năm 2026",
            "",
        ),
        P(
            "Thực hiện Chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2026; Kế hoạch số 11/KH-HĐPH "
            "ngày 20/01/2026 của Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh, Ban Thường vụ Tỉnh đoàn ban "
            "hành Kế hoạch như sau:"
        ),
        *_purpose(
            [
                "Nâng cao ý thức tìm hiểu, chấp hành pháp luật của đoàn viên, thanh thiếu nhi.",
                "Phát huy vai trò xung kích của tuổi trẻ trong tuyên truyền pháp luật trên không gian mạng.",
                "Hình thức tuyên truyền sáng tạo, phù hợp lứa tuổi, vùng miền.",
            ]
        ),
        P("II. NỘI DUNG, GIẢI PHÁP", bold=True),
        P("1. Đẩy mạnh tuyên truyền pháp luật trên môi trường số", bold=True),
        *_doan(
            "1.1.",
            "Tuyên truyền các luật mới có hiệu lực năm 2026 trên Fanpage “Tuổi trẻ Khánh Hòa”",
            "Ban Tuyên giáo Tỉnh đoàn",
            "Sở Tư pháp",
            "Thường xuyên",
        ),
        *_doan(
            "1.2.",
            "Thực hiện chuỗi video ngắn “Mỗi tuần một điều luật”",
            "Ban Tuyên giáo Tỉnh đoàn",
            "Đoàn Trường Đại học Nha Trang, Đoàn Trường Đại học Khánh Hòa",
            "Từ tháng 3 đến tháng 10/2026",
        ),
        P("2. Tổ chức các hoạt động giáo dục pháp luật trực tiếp", bold=True),
        *_doan(
            "2.1.",
            "Tổ chức Cuộc thi trực tuyến tìm hiểu Luật Thanh niên năm 2020",
            "Ban Phong trào Tỉnh đoàn",
            "Hội Liên hiệp Thanh niên Việt Nam tỉnh; Đoàn Thanh niên các xã, phường, đặc khu",
            "Quý II, III/2026",
        ),
        *_doan(
            "2.2.",
            "Tổ chức phiên tòa giả định về tội phạm lừa đảo trên không gian mạng",
            "Đoàn Thanh niên Công an tỉnh",
            "Tòa án nhân dân tỉnh, Viện kiểm sát nhân dân tỉnh",
            "Tháng 7/2026",
        ),
        *_doan(
            "2.3.",
            "Tập huấn kỹ năng tuyên truyền pháp luật cho cán bộ Đoàn cơ sở",
            "Văn phòng Tỉnh đoàn",
            "Ban Tuyên giáo Tỉnh đoàn",
            "Quý I/2026",
        ),
        P("3. Phổ biến pháp luật cho đối tượng đặc thù", bold=True),
        *_doan(
            "3.1.",
            "Phổ biến pháp luật cho thanh thiếu nhi vùng biển, đảo và đặc khu Trường Sa",
            "Đoàn Thanh niên các xã, phường, đặc khu",
            "Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
            "Hằng năm",
        ),
        *_doan(
            "3.2.",
            "Giáo dục pháp luật về phòng, chống đuối nước, xâm hại trẻ em trong dịp hè",
            "Hội đồng Đội tỉnh",
            "Trung tâm Hoạt động thanh thiếu nhi tỉnh",
            "Tháng 6 - tháng 8/2026",
        ),
        *_doan(
            "3.3.",
            "Tham gia góp ý dự thảo văn bản quy phạm pháp luật liên quan đến thanh niên, trẻ em",
            "Ban Tuyên giáo Tỉnh đoàn",
            "Các ban, đơn vị thuộc Tỉnh đoàn",
            "Khi có văn bản đề nghị của cơ quan chủ trì soạn thảo",
        ),
        *_org(
            [
                "Ban Tuyên giáo Tỉnh đoàn là đầu mối theo dõi, tổng hợp, báo cáo Ban Thường vụ Tỉnh đoàn.",
                "Đoàn Thanh niên các xã, phường, đặc khu và Đoàn trực thuộc báo cáo kết quả trước ngày 20/11/2026.",
            ],
            "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN\nPHÓ BÍ THƯ",
            "Nguyễn Thị Thu Hằng",
        ),
    ],
    expected=[
        Exp("Tuyên truyền các luật mới có hiệu lực", ("Ban Tuyên giáo Tỉnh đoàn",), ("Sở Tư pháp",), "2026-12-31"),
        Exp(
            "Thực hiện chuỗi video ngắn",
            ("Ban Tuyên giáo Tỉnh đoàn",),
            ("Đoàn Trường Đại học Nha Trang", "Đoàn Trường Đại học Khánh Hòa"),
            "2026-10-31",
        ),
        Exp(
            "Tổ chức Cuộc thi trực tuyến",
            ("Ban Phong trào Tỉnh đoàn",),
            ("Hội Liên hiệp Thanh niên Việt Nam tỉnh", "Đoàn Thanh niên các xã, phường, đặc khu"),
            "2026-09-30",
        ),
        Exp(
            "Tổ chức phiên tòa giả định",
            ("Đoàn Thanh niên Công an tỉnh",),
            ("Tòa án nhân dân tỉnh", "Viện kiểm sát nhân dân tỉnh"),
            "2026-07-31",
        ),
        Exp(
            "Tập huấn kỹ năng tuyên truyền pháp luật",
            ("Văn phòng Tỉnh đoàn",),
            ("Ban Tuyên giáo Tỉnh đoàn",),
            "2026-03-31",
        ),
        Exp(
            "Phổ biến pháp luật cho thanh thiếu nhi vùng biển",
            ("Đoàn Thanh niên các xã, phường, đặc khu",),
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh",),
            "2026-12-31",
        ),
        Exp(
            "Giáo dục pháp luật về phòng, chống đuối nước",
            ("Hội đồng Đội tỉnh",),
            ("Trung tâm Hoạt động thanh thiếu nhi tỉnh",),
            "2026-08-31",
        ),
        Exp(
            "Tham gia góp ý dự thảo văn bản",
            ("Ban Tuyên giáo Tỉnh đoàn",),
            ("Các ban, đơn vị thuộc Tỉnh đoàn",),
            "2026-12-31",
            on_request=True,
        ),
    ],
)


# ------------------------------------------------------------------ plan 5: BHXH tỉnh, "Chủ trì: …; phối hợp: …; thời gian: …" + multi-block item
PLAN_TAYNINH = Plan(
    name="bhxh_tayninh_luat_bhxh_2026",
    blocks=[
        *_header(
            "BẢO HIỂM XÃ HỘI VIỆT NAM",
            "BẢO HIỂM XÃ HỘI TỈNH TÂY NINH",
            "97/KH-BHXH",
            "Tây Ninh, ngày 14 tháng 01 năm 2026",
            "Tuyên truyền, phổ biến pháp luật về bảo hiểm xã hội, bảo hiểm y tế năm 2026",
            "",
        ),
        P(
            "Căn cứ Luật Bảo hiểm xã hội số 41/2024/QH15; Kế hoạch số 4410/KH-BHXH ngày 26/12/2025 của Bảo hiểm xã "
            "hội Việt Nam về công tác truyền thông năm 2026, Bảo hiểm xã hội tỉnh Tây Ninh xây dựng Kế hoạch như sau:"
        ),
        *_purpose(
            [
                "Người lao động, người sử dụng lao động và Nhân dân hiểu rõ quyền, nghĩa vụ tham gia bảo hiểm.",
                "Mở rộng diện bao phủ bảo hiểm xã hội tự nguyện, bảo hiểm y tế hộ gia đình.",
                "Công chức, viên chức ngành nắm vững những điểm mới của Luật để hướng dẫn người dân.",
            ]
        ),
        P("II. NỘI DUNG", bold=True),
        P("1. Xây dựng, ban hành Kế hoạch truyền thông năm 2026", bold=True),
        P("Chủ trì: Phòng Truyền thông và Phát triển đối tượng; phối hợp: Văn phòng; thời gian: Tháng 01/2026."),
        P("2. Phổ biến những điểm mới của Luật Bảo hiểm xã hội cho công chức, viên chức, người lao động trong Ngành", bold=True),
        P(
            "Chủ trì: Phòng Chế độ bảo hiểm xã hội; phối hợp: Phòng Truyền thông và Phát triển đối tượng, Bảo hiểm "
            "xã hội cơ sở; thời gian: Quý I/2026."
        ),
        P("3. Tuyên truyền, đối thoại với người lao động, người sử dụng lao động và người dân", bold=True),
        P(
            "- Đối thoại chính sách bảo hiểm xã hội với doanh nghiệp trong các khu công nghiệp: Phòng Quản lý thu - "
            "Sổ, thẻ chủ trì, phối hợp với Liên đoàn Lao động tỉnh và Ban Quản lý các khu kinh tế tỉnh; thời gian: "
            "Quý II/2026."
        ),
        P(
            "- Hội nghị tuyên truyền bảo hiểm xã hội tự nguyện cho người dân các xã biên giới: Bảo hiểm xã hội cơ "
            "sở chủ trì, phối hợp với UBND các xã biên giới, Bưu điện tỉnh; thời gian: từ tháng 4 đến tháng 9/2026."
        ),
        P(
            "- Tư vấn, hướng dẫn trực tiếp cho người dân đến giao dịch: Bộ phận Tiếp nhận và Trả kết quả thủ tục "
            "hành chính chủ trì; thời gian: thường xuyên."
        ),
        P("4. Phối hợp mở chuyên mục “Bảo hiểm xã hội - An sinh cho mọi nhà”", bold=True),
        P(
            "Chủ trì: Phòng Truyền thông và Phát triển đối tượng; phối hợp: Báo và Phát thanh, Truyền hình Tây "
            "Ninh; thời gian: Hằng tháng."
        ),
        P("5. Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam", bold=True),
        P(
            "Chủ trì: Văn phòng; phối hợp: Công đoàn cơ sở, Chi đoàn Bảo hiểm xã hội tỉnh; thời gian: Tháng 11/2026."
        ),
        P("6. Triển khai các văn bản hướng dẫn thi hành Luật Bảo hiểm y tế sửa đổi", bold=True),
        P(
            "Chủ trì: Phòng Giám định bảo hiểm y tế; phối hợp: Sở Y tế, các cơ sở khám bệnh, chữa bệnh; thời gian: "
            "khi Bảo hiểm xã hội Việt Nam có văn bản hướng dẫn."
        ),
        *_org(
            [
                "Phòng Truyền thông và Phát triển đối tượng chủ trì theo dõi, đôn đốc; tổng hợp kết quả báo cáo "
                "Bảo hiểm xã hội Việt Nam trước ngày 10/12/2026.",
            ],
            "GIÁM ĐỐC",
            "Võ Văn Thành",
        ),
    ],
    expected=[
        Exp(
            "Xây dựng, ban hành Kế hoạch truyền thông",
            ("Phòng Truyền thông và Phát triển đối tượng",),
            ("Văn phòng",),
            "2026-01-31",
        ),
        Exp(
            "Phổ biến những điểm mới của Luật Bảo hiểm xã hội",
            ("Phòng Chế độ bảo hiểm xã hội",),
            ("Phòng Truyền thông và Phát triển đối tượng", "Bảo hiểm xã hội cơ sở"),
            "2026-03-31",
        ),
        Exp(
            "Đối thoại chính sách bảo hiểm xã hội",
            ("Phòng Quản lý thu - Sổ, thẻ",),
            ("Liên đoàn Lao động tỉnh", "Ban Quản lý các khu kinh tế tỉnh"),
            "2026-06-30",
        ),
        Exp(
            "Hội nghị tuyên truyền bảo hiểm xã hội tự nguyện",
            ("Bảo hiểm xã hội cơ sở",),
            ("UBND các xã biên giới", "Bưu điện tỉnh"),
            "2026-09-30",
        ),
        Exp(
            "Tư vấn, hướng dẫn trực tiếp",
            ("Bộ phận Tiếp nhận và Trả kết quả thủ tục hành chính",),
            (),
            "2026-12-31",
        ),
        Exp(
            "Phối hợp mở chuyên mục",
            ("Phòng Truyền thông và Phát triển đối tượng",),
            ("Báo và Phát thanh, Truyền hình Tây Ninh",),
            "2026-12-31",
        ),
        Exp(
            "Hưởng ứng Ngày Pháp luật",
            ("Văn phòng",),
            ("Công đoàn cơ sở", "Chi đoàn Bảo hiểm xã hội tỉnh"),
            "2026-11-30",
        ),
        Exp(
            "Triển khai các văn bản hướng dẫn thi hành Luật Bảo hiểm y tế",
            ("Phòng Giám định bảo hiểm y tế",),
            ("Sở Y tế", "các cơ sở khám bệnh, chữa bệnh"),
            "2026-12-31",
            on_request=True,
        ),
    ],
)


# ------------------------------------------------------------------ plan 6: Sở NN&MT, next year's plan (2027) issued in 2026, table with group rows
_NNMT_ROWS: tuple[tuple[str, ...], ...] = (
    (
        "STT",
        "Nhiệm vụ",
        "Cơ quan, đơn vị chủ trì",
        "Cơ quan, đơn vị phối hợp",
        "Thời gian hoàn thành",
        "Kết quả/sản phẩm",
    ),
    ("I", "PHỔ BIẾN PHÁP LUẬT CHUYÊN NGÀNH", "", "", "", ""),
    (
        "1",
        "Phổ biến Luật Đất đai và các nghị định hướng dẫn cho công chức làm công tác địa chính cấp xã",
        "Phòng Quản lý đất đai",
        "Văn phòng Đăng ký đất đai;\nUBND các xã, phường",
        "Quý I, II/2027",
        "Hội nghị tập huấn",
    ),
    (
        "2",
        "Tuyên truyền pháp luật về chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định "
        "(IUU)",
        "Chi cục Thủy sản và Kiểm ngư",
        "Bộ Chỉ huy Bộ đội Biên phòng tỉnh,\nCông an tỉnh,\nUBND các xã, phường ven biển",
        "Thường xuyên",
        "Tờ rơi; buổi tuyên truyền tại cảng cá",
    ),
    (
        "3",
        "Phổ biến Luật Trồng trọt, Luật Chăn nuôi cho hợp tác xã, tổ hợp tác",
        "Chi cục Trồng trọt, Chăn nuôi và Thú y",
        "Liên minh Hợp tác xã tỉnh",
        "Từ tháng 3 đến tháng 6/2027",
        "Hội nghị",
    ),
    (
        "4",
        "Tuyên truyền pháp luật về bảo vệ môi trường, phân loại chất thải rắn sinh hoạt tại nguồn",
        "Chi cục Bảo vệ môi trường",
        "Sở GD&ĐT; Tỉnh đoàn; Hội Liên hiệp Phụ nữ tỉnh",
        "Tháng 6/2027",
        "Lễ mít tinh; tin, bài",
    ),
    (
        "5",
        "Phổ biến Luật Tài nguyên nước cho tổ chức, cá nhân khai thác nước dưới đất",
        "Phòng Tài nguyên nước, Khoáng sản và Biến đổi khí hậu",
        "Trung tâm Quan trắc tài nguyên và môi trường",
        "Quý III/2027",
        "Hội nghị",
    ),
    ("II", "CÁC NHIỆM VỤ KHÁC", "", "", "", ""),
    (
        "6",
        "Ban hành Kế hoạch phổ biến, giáo dục pháp luật năm 2027 của Sở",
        "Văn phòng Sở",
        "Các phòng, đơn vị thuộc Sở",
        "Tháng 01/2027",
        "Kế hoạch",
    ),
    (
        "7",
        "Cung cấp thông tin, tài liệu phục vụ hoạt động của Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh",
        "Văn phòng Sở",
        "Các phòng, đơn vị thuộc Sở",
        "Theo đề nghị của Sở Tư pháp",
        "Văn bản cung cấp",
    ),
    (
        "8",
        "Duy trì Ngày Pháp luật hằng tháng; hưởng ứng Ngày Pháp luật Việt Nam năm 2027",
        "Văn phòng Sở",
        "Công đoàn Sở; Đoàn Thanh niên Sở",
        "Trước ngày 09/11/2027",
        "Báo cáo kết quả",
    ),
)

PLAN_CAMAU = Plan(
    name="snnmt_camau_2027",
    blocks=[
        *_header(
            "UBND TỈNH CÀ MAU",
            "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
            "1520/KH-SNNMT",
            "Cà Mau, ngày 18 tháng 12 năm 2026",
            "Công tác phổ biến, giáo dục pháp luật năm 2027",
            "",
        ),
        P(
            "Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012; Công văn số 845/STP-PBGDPL ngày 01/12/2026 của Sở "
            "Tư pháp về việc xây dựng kế hoạch phổ biến, giáo dục pháp luật năm 2027, Sở Nông nghiệp và Môi trường "
            "ban hành Kế hoạch phổ biến, giáo dục pháp luật năm 2027 như sau:"
        ),
        *_purpose(
            [
                "Phổ biến kịp thời pháp luật về nông nghiệp, đất đai, môi trường, thủy sản đến người dân.",
                "Góp phần gỡ “thẻ vàng” IUU và phát triển nông nghiệp bền vững.",
                "Phân công cụ thể, gắn trách nhiệm người đứng đầu phòng, đơn vị.",
            ]
        ),
        P("II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        T(_NNMT_ROWS, (10, 62, 38, 42, 25, 25)),
        P("III. KINH PHÍ", bold=True),
        P("Kinh phí thực hiện từ nguồn ngân sách nhà nước năm 2027 giao cho Sở và các đơn vị."),
        *_org(
            [
                "Các phòng, đơn vị thuộc Sở báo cáo kết quả 6 tháng trước ngày 05/6/2027 và báo cáo năm trước "
                "ngày 05/11/2027 về Văn phòng Sở để tổng hợp.",
            ],
            "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
            "Huỳnh Quốc Việt",
            heading="IV. TỔ CHỨC THỰC HIỆN",
        ),
    ],
    expected=[
        Exp(
            "Phổ biến Luật Đất đai",
            ("Phòng Quản lý đất đai",),
            ("Văn phòng Đăng ký đất đai", "UBND các xã, phường"),
            "2027-06-30",
        ),
        Exp(
            "Tuyên truyền pháp luật về chống khai thác hải sản",
            ("Chi cục Thủy sản và Kiểm ngư",),
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Công an tỉnh", "UBND các xã, phường ven biển"),
            "2027-12-31",
        ),
        Exp(
            "Phổ biến Luật Trồng trọt, Luật Chăn nuôi",
            ("Chi cục Trồng trọt, Chăn nuôi và Thú y",),
            ("Liên minh Hợp tác xã tỉnh",),
            "2027-06-30",
        ),
        Exp(
            "Tuyên truyền pháp luật về bảo vệ môi trường",
            ("Chi cục Bảo vệ môi trường",),
            ("Sở GD&ĐT", "Tỉnh đoàn", "Hội Liên hiệp Phụ nữ tỉnh"),
            "2027-06-30",
        ),
        Exp(
            "Phổ biến Luật Tài nguyên nước",
            ("Phòng Tài nguyên nước, Khoáng sản và Biến đổi khí hậu",),
            ("Trung tâm Quan trắc tài nguyên và môi trường",),
            "2027-09-30",
        ),
        Exp(
            "Ban hành Kế hoạch phổ biến, giáo dục pháp luật năm 2027",
            ("Văn phòng Sở",),
            ("Các phòng, đơn vị thuộc Sở",),
            "2027-01-31",
        ),
        Exp(
            "Cung cấp thông tin, tài liệu",
            ("Văn phòng Sở",),
            ("Các phòng, đơn vị thuộc Sở",),
            "2027-12-31",
            on_request=True,
        ),
        Exp(
            "Duy trì Ngày Pháp luật hằng tháng",
            ("Văn phòng Sở",),
            ("Công đoàn Sở", "Đoàn Thanh niên Sở"),
            "2027-11-09",
        ),
    ],
)

PLANS: list[Plan] = [PLAN_THANHHOA, PLAN_NINHBINH, PLAN_CANTHO, PLAN_KHANHHOA, PLAN_TAYNINH, PLAN_CAMAU]
