"""Held-out evaluation set 6: nine unseen plans (DOCX and PDF) with answers typed by hand.

Written for this set only, from issuers and provinces not used before, rendered with the blocks
and renderers of set 3 (``P``/``T`` blocks, ``to_docx``/``to_pdf``). Expected answers follow issue 4:
title by prefix, lead and coordinating units each separately as written, deadline as YYYY-MM-DD,
``on_request``. Group headings without their own lead unit are not listed; standing
responsibilities of the organisation sections are not listed either.

Layouts, one mix per plan:

1. ``stp_gialai_thangcaodiem_2026`` — Sở Tư pháp tỉnh Gia Lai, Tháng cao điểm Ngày Pháp luật 2026.
   Word table "TT | Nội dung hoạt động | Thời gian thực hiện | Cơ quan chủ trì | Cơ quan phối hợp |
   Ghi chú" (time BEFORE the units), group rows I/II/III, names with commas
   ("Phòng Xây dựng, kiểm tra và theo dõi thi hành pháp luật", "Báo và Phát thanh, Truyền hình
   Gia Lai"), semicolon/comma lists, a range "Từ ngày 15/10 đến ngày 15/11/2026", a single day,
   "Trước ngày 05/12/2026", Quý IV. 8 tasks.
2. ``xa_muongphang_hoagiai_2026`` — UBND xã Mường Phăng (Điện Biên, post-2025 commune),
   hòa giải ở cơ sở. Bold "1." headings, prose "Giao X chủ trì, phối hợp với Y và Z …",
   "X chủ trì, phối hợp với …", "Thời hạn hoàn thành: …", "Trách nhiệm thực hiện: …", persons as units
   ("Công chức Tư pháp - Hộ tịch xã", "Trưởng các thôn, bản"), an item whose body holds two dash
   assignment blocks each with its own lead, "Quý II và Quý III/2026", on request
   ("khi có văn bản hướng dẫn của Sở Tư pháp"), "Thường xuyên". 7 tasks.
3. ``phuong_thuanhoa_pbgdpl_2027`` — UBND phường Thuận Hóa (thành phố Huế), plan for the NEXT year
   (issued 12/2026, plan year 2027). Assignments in brackets after dash bullets and after a
   numbered heading ("(X chủ trì, phối hợp Y; thời gian: …)", "(X chủ trì; Y phối hợp; …)"),
   "Phòng Kinh tế, Hạ tầng và Đô thị", month range "tháng 3 - tháng 5/2027", "cao điểm từ ngày
   01/11 đến ngày 09/11/2027", "theo hướng dẫn của Sở Tư pháp" (on request), "định kỳ hằng tháng",
   person as lead ("Chủ tịch UBND phường"). 7 tasks.
4. ``dhdalat_namhoc_2026_2027`` — Trường Đại học Đà Lạt (Lâm Đồng), school-year plan 2026 - 2027.
   "Nhiệm vụ 1:" headings with "Đơn vị thực hiện:" / "Đơn vị phối hợp:" / "Thời gian:" lines,
   dates across two calendar years, list "A, B và C", "Quý I/2027 (sau khi Nghị định … được ban
   hành)" on request, "Từ tháng 10/2026 đến tháng 6/2027". 7 tasks.
5. ``congan_sonla_luat_matuy_2026`` — Công an tỉnh Sơn La, triển khai Luật Phòng, chống ma túy.
   Word table with the header over TWO rows ("Đơn vị thực hiện" over "Chủ trì | Phối hợp"),
   "Thời gian hoàn thành" and "Sản phẩm" columns, long unit names wrapped in narrow cells
   ("Phòng Cảnh sát quản lý hành chính về trật tự xã hội"), "Sau khi Nghị định quy định chi tiết
   được ban hành" (on request), "Quý II, III/2026", a range. 8 tasks.
6. ``evn_dongnai_pbgdpl_2026`` — Công ty Điện lực Đồng Nai (state-owned enterprise). Bold "1."
   group headings, "1.1." items, "+ Đơn vị chủ trì:" / "+ Đơn vị phối hợp:" / "+ Thời gian thực
   hiện:" plus bullets, "Quý I và Quý II/2026", "Hằng năm", "Thường xuyên", list "A, B và C",
   on request "khi có văn bản chỉ đạo của Tổng công ty Điện lực miền Nam". 8 tasks.
7. ``hdph_phutho_hoatdong_2026`` — Hội đồng phối hợp PBGDPL tỉnh Phú Thọ, activity plan. Word
   table "TT | Nhiệm vụ | Chủ trì | Phối hợp | Thời hạn | Kết quả/Sản phẩm", multi-line cells,
   generic leads ("Các cơ quan chủ trì soạn thảo"), lists mixing commas, semicolons and "và",
   "Tháng 7 và tháng 12/2026", "Từ tháng 10 đến tháng 11/2026". 8 tasks.
8. ``lmhtx_vinhlong_cds_2026`` — Liên minh Hợp tác xã tỉnh Vĩnh Long, chuyển đổi số trong PBGDPL
   (QĐ 766/QĐ-TTg). Roman section numbers, plain (not bold) "1." items, prose "X chủ trì, phối hợp
   với Y và Z thực hiện.", an item with "a)"/"b)" blocks each with its own lead, "Trung tâm Tư vấn,
   Hỗ trợ hợp tác xã", "Sở Nông nghiệp và Môi trường" after "và", "Cơ quan chủ trì: …; Cơ quan
   phối hợp: …", "Thời hạn: trước ngày 25/11/2026", on request "khi có hướng dẫn của Bộ Tư pháp". 8 tasks.
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T, _header, _purpose

__all__ = ["PLANS"]


def _sign(role: str, name: str, recipients: tuple[str, ...] = ("Sở Tư pháp (để b/c)",)) -> list[P | T]:
    out: list[P | T] = [P("Nơi nhận:"), P("- Như trên;")]
    out += [P(f"- {r};") for r in recipients]
    out += [P("- Lưu: VT."), P(role, bold=True, center=True), P(name, bold=True, center=True)]
    return out


# ---------------------------------------------------------------- 1: Sở Tư pháp Gia Lai, table with time first
_GL_ROWS: tuple[tuple[str, ...], ...] = (
    ("TT", "Nội dung hoạt động", "Thời gian thực hiện", "Cơ quan chủ trì", "Cơ quan phối hợp", "Ghi chú"),
    ("I", "CÔNG TÁC CHỈ ĐẠO, HƯỚNG DẪN", "", "", "", ""),
    (
        "1",
        "Ban hành văn bản hướng dẫn các sở, ban, ngành và UBND các xã, phường tổ chức hưởng ứng "
        "Ngày Pháp luật năm 2026",
        "Trước ngày 15/10/2026",
        "Phòng Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý",
        "Văn phòng Sở",
        "",
    ),
    (
        "2",
        "Xây dựng đề cương tuyên truyền các luật, nghị quyết được Quốc hội thông qua tại Kỳ họp thứ 10",
        "Tháng 10/2026",
        "Phòng Xây dựng, kiểm tra và theo dõi thi hành pháp luật",
        "Phòng Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý",
        "Đăng tải trên Cổng thông tin điện tử của Sở",
    ),
    ("II", "CÁC HOẠT ĐỘNG HƯỞNG ỨNG", "", "", "", ""),
    (
        "3",
        "Tổ chức Lễ hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam cấp tỉnh, kết hợp "
        "tôn vinh điển hình tiên tiến trong công tác PBGDPL",
        "Ngày 09/11/2026",
        "Sở Tư pháp",
        "Sở Văn hóa, Thể thao và Du lịch; Báo và Phát thanh, Truyền hình Gia Lai; các thành viên Hội đồng "
        "phối hợp PBGDPL tỉnh",
        "Lồng ghép hội nghị",
    ),
    (
        "4",
        "Tổ chức Cuộc thi trực tuyến “Tìm hiểu pháp luật về phòng, chống ma túy” trên Cổng thông tin "
        "điện tử tỉnh",
        "Từ ngày 15/10 đến ngày 15/11/2026",
        "Phòng Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý",
        "Công an tỉnh, Sở Giáo dục và Đào tạo, Tỉnh đoàn Gia Lai",
        "",
    ),
    (
        "5",
        "Treo băng rôn, khẩu hiệu hưởng ứng Ngày Pháp luật tại trụ sở cơ quan",
        "Từ ngày 01/11 đến ngày 30/11/2026",
        "Văn phòng Sở",
        "Trung tâm Trợ giúp pháp lý nhà nước",
        "Theo mẫu của Bộ Tư pháp",
    ),
    (
        "6",
        "Trợ giúp pháp lý lưu động tại các xã vùng đồng bào dân tộc thiểu số",
        "Tháng 11/2026",
        "Trung tâm Trợ giúp pháp lý nhà nước",
        "UBND các xã có liên quan; Hội Liên hiệp Phụ nữ tỉnh",
        "",
    ),
    (
        "7",
        "Đối thoại chính sách, pháp luật với doanh nghiệp về thủ tục hành chính lĩnh vực tư pháp",
        "Quý IV/2026",
        "Phòng Hành chính tư pháp",
        "Hiệp hội Doanh nghiệp tỉnh Gia Lai, Liên minh Hợp tác xã tỉnh",
        "",
    ),
    ("III", "SƠ KẾT, BÁO CÁO", "", "", "", ""),
    (
        "8",
        "Tổng hợp, báo cáo kết quả Tháng cao điểm về Bộ Tư pháp và UBND tỉnh",
        "Trước ngày 05/12/2026",
        "Phòng Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý",
        "Các sở, ban, ngành, đoàn thể tỉnh; UBND các xã, phường",
        "Báo cáo",
    ),
)

_PBTG = "Phòng Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý"

PLAN_GL = Plan(
    name="stp_gialai_thangcaodiem_2026",
    blocks=[
        *_header(
            "UBND TỈNH GIA LAI",
            "SỞ TƯ PHÁP",
            "412/KH-STP",
            "Gia Lai, ngày 28 tháng 9 năm 2026",
            "Tổ chức Tháng cao điểm hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam",
            "năm 2026",
        ),
        P(
            "Thực hiện Kế hoạch số 201/KH-UBND ngày 15/9/2026 của UBND tỉnh Gia Lai về tổ chức hưởng ứng "
            "Ngày Pháp luật năm 2026, Sở Tư pháp ban hành Kế hoạch tổ chức Tháng cao điểm như sau:"
        ),
        *_purpose(
            [
                "Lan tỏa tinh thần thượng tôn Hiến pháp và pháp luật trong cán bộ và Nhân dân.",
                "Gắn hoạt động hưởng ứng với nhiệm vụ chính trị của ngành Tư pháp.",
                "Hoạt động thiết thực, tránh hình thức, phù hợp với điều kiện của tỉnh sau sắp xếp.",
            ]
        ),
        P("II. NỘI DUNG, THỜI GIAN VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        P("(Chi tiết tại Phụ lục kèm theo)"),
        T(_GL_ROWS, (10, 55, 30, 35, 40, 20)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "1. Phòng Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý là đầu mối theo dõi, đôn đốc việc thực "
            "hiện Kế hoạch; tổng hợp kết quả báo cáo Giám đốc Sở."
        ),
        P("2. Văn phòng Sở bảo đảm kinh phí, cơ sở vật chất cho các hoạt động."),
        *_sign("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Rơ Châm Yơn", ("Bộ Tư pháp (để b/c)", "UBND tỉnh (để b/c)")),
    ],
    expected=[
        Exp("Ban hành văn bản hướng dẫn các sở, ban, ngành", (_PBTG,), ("Văn phòng Sở",), "2026-10-15"),
        Exp(
            "Xây dựng đề cương tuyên truyền các luật",
            ("Phòng Xây dựng, kiểm tra và theo dõi thi hành pháp luật",),
            (_PBTG,),
            "2026-10-31",
        ),
        Exp(
            "Tổ chức Lễ hưởng ứng Ngày Pháp luật",
            ("Sở Tư pháp",),
            (
                "Sở Văn hóa, Thể thao và Du lịch",
                "Báo và Phát thanh, Truyền hình Gia Lai",
                "các thành viên Hội đồng phối hợp PBGDPL tỉnh",
            ),
            "2026-11-09",
        ),
        Exp(
            "Tổ chức Cuộc thi trực tuyến",
            (_PBTG,),
            ("Công an tỉnh", "Sở Giáo dục và Đào tạo", "Tỉnh đoàn Gia Lai"),
            "2026-11-15",
        ),
        Exp(
            "Treo băng rôn, khẩu hiệu",
            ("Văn phòng Sở",),
            ("Trung tâm Trợ giúp pháp lý nhà nước",),
            "2026-11-30",
        ),
        Exp(
            "Trợ giúp pháp lý lưu động",
            ("Trung tâm Trợ giúp pháp lý nhà nước",),
            ("UBND các xã có liên quan", "Hội Liên hiệp Phụ nữ tỉnh"),
            "2026-11-30",
        ),
        Exp(
            "Đối thoại chính sách, pháp luật với doanh nghiệp",
            ("Phòng Hành chính tư pháp",),
            ("Hiệp hội Doanh nghiệp tỉnh Gia Lai", "Liên minh Hợp tác xã tỉnh"),
            "2026-12-31",
        ),
        Exp(
            "Tổng hợp, báo cáo kết quả Tháng cao điểm",
            (_PBTG,),
            ("Các sở, ban, ngành, đoàn thể tỉnh", "UBND các xã, phường"),
            "2026-12-05",
        ),
    ],
)

# ---------------------------------------------------------------- 2: xã Mường Phăng, prose "Giao X chủ trì"
_CCTP = "Công chức Tư pháp - Hộ tịch xã"

PLAN_MP = Plan(
    name="xa_muongphang_hoagiai_2026",
    blocks=[
        *_header(
            "UBND TỈNH ĐIỆN BIÊN",
            "ỦY BAN NHÂN DÂN XÃ MƯỜNG PHĂNG",
            "27/KH-UBND",
            "Mường Phăng, ngày 12 tháng 02 năm 2026",
            "Thực hiện công tác hòa giải ở cơ sở năm 2026",
            "",
        ),
        P(
            "Căn cứ Luật Hòa giải ở cơ sở năm 2013; Kế hoạch số 35/KH-UBND ngày 20/01/2026 của UBND tỉnh "
            "Điện Biên, Ủy ban nhân dân xã Mường Phăng ban hành Kế hoạch thực hiện công tác hòa giải ở cơ "
            "sở năm 2026 như sau:"
        ),
        *_purpose(
            [
                "Giải quyết kịp thời mâu thuẫn, tranh chấp nhỏ trong cộng đồng dân cư các thôn, bản.",
                "Nâng cao năng lực đội ngũ hòa giải viên, nhất là hòa giải viên là người dân tộc Thái, Mông.",
                "Bám sát điều kiện thực tế của xã sau sắp xếp đơn vị hành chính.",
            ]
        ),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Kiện toàn tổ chức, hoạt động của các tổ hòa giải ở cơ sở", bold=True),
        P(
            "Giao Công chức Tư pháp - Hộ tịch xã chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam xã và "
            "Trưởng các thôn, bản rà soát, kiện toàn, bổ sung hòa giải viên bảo đảm mỗi tổ có ít nhất 01 "
            "hòa giải viên nữ. Thời hạn hoàn thành: trước ngày 31/3/2026."
        ),
        P("2. Bồi dưỡng kiến thức pháp luật, kỹ năng hòa giải cho hòa giải viên", bold=True),
        P(
            "Công chức Tư pháp - Hộ tịch xã chủ trì, phối hợp với Trung tâm Trợ giúp pháp lý nhà nước tỉnh "
            "Điện Biên tổ chức 02 lớp tập huấn tại điểm trường bản Che Căn và trụ sở UBND xã."
        ),
        P("Thời gian thực hiện: Quý II và Quý III/2026."),
        P("3. Tuyên truyền pháp luật về hòa giải ở cơ sở bằng tiếng Thái, tiếng Mông", bold=True),
        P(
            "Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp với Trung tâm Dịch vụ tổng hợp xã phát sóng trên hệ "
            "thống loa truyền thanh các bản; lồng ghép trong các buổi họp bản. Thời gian thực hiện: "
            "Thường xuyên."
        ),
        P("4. Bảo đảm kinh phí và chế độ cho hòa giải viên", bold=True),
        P(
            "- Lập dự toán kinh phí hỗ trợ hoạt động hòa giải ở cơ sở, trình UBND xã phê duyệt. Giao Phòng "
            "Kinh tế chủ trì; thời hạn: trước ngày 15/4/2026."
        ),
        P(
            "- Hướng dẫn các tổ hòa giải lập hồ sơ đề nghị thanh toán thù lao theo vụ việc. Giao Công chức Tư "
            "pháp - Hộ tịch xã chủ trì, phối hợp với Phòng Kinh tế; thời hạn: Quý IV/2026."
        ),
        P("5. Đánh giá, công nhận xã đạt chuẩn tiếp cận pháp luật năm 2026", bold=True),
        P(
            "Giao Công chức Tư pháp - Hộ tịch xã chủ trì, phối hợp với các phòng, đơn vị thuộc UBND xã tự "
            "đánh giá, chấm điểm các tiêu chí, lập hồ sơ đề nghị công nhận. Thời hạn hoàn thành: khi có văn "
            "bản hướng dẫn của Sở Tư pháp tỉnh Điện Biên."
        ),
        P("6. Sơ kết, tổng kết công tác hòa giải ở cơ sở", bold=True),
        P("Tổng hợp kết quả hoạt động của các tổ hòa giải, báo cáo UBND xã và Sở Tư pháp."),
        P("Trách nhiệm thực hiện: Công chức Tư pháp - Hộ tịch xã."),
        P("Thời hạn hoàn thành: trước ngày 10/11/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "Trưởng các thôn, bản có trách nhiệm phối hợp chặt chẽ với tổ hòa giải, kịp thời nắm bắt các mâu "
            "thuẫn, tranh chấp phát sinh trên địa bàn."
        ),
        *_sign("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Lò Văn Thành"),
    ],
    expected=[
        Exp(
            "Kiện toàn tổ chức, hoạt động của các tổ hòa giải",
            (_CCTP,),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Trưởng các thôn, bản"),
            "2026-03-31",
        ),
        Exp(
            "Bồi dưỡng kiến thức pháp luật, kỹ năng hòa giải",
            (_CCTP,),
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh Điện Biên",),
            "2026-09-30",
        ),
        Exp(
            "Tuyên truyền pháp luật về hòa giải ở cơ sở bằng tiếng Thái",
            ("Phòng Văn hóa - Xã hội",),
            ("Trung tâm Dịch vụ tổng hợp xã",),
            "2026-12-31",
        ),
        Exp("Lập dự toán kinh phí hỗ trợ hoạt động hòa giải", ("Phòng Kinh tế",), (), "2026-04-15"),
        Exp("Hướng dẫn các tổ hòa giải lập hồ sơ", (_CCTP,), ("Phòng Kinh tế",), "2026-12-31"),
        Exp(
            "Đánh giá, công nhận xã đạt chuẩn tiếp cận pháp luật",
            (_CCTP,),
            ("các phòng, đơn vị thuộc UBND xã",),
            "2026-12-31",
            on_request=True,
        ),
        Exp("Sơ kết, tổng kết công tác hòa giải ở cơ sở", (_CCTP,), (), "2026-11-10"),
    ],
)

# ---------------------------------------------------------------- 3: phường Thuận Hóa, brackets after bullets
_VHXH = "Phòng Văn hóa - Xã hội"
_VP_P = "Văn phòng HĐND và UBND phường"

PLAN_TH = Plan(
    name="phuong_thuanhoa_pbgdpl_2027",
    blocks=[
        *_header(
            "UBND THÀNH PHỐ HUẾ",
            "ỦY BAN NHÂN DÂN PHƯỜNG THUẬN HÓA",
            "318/KH-UBND",
            "Thuận Hóa, ngày 18 tháng 12 năm 2026",
            "Công tác phổ biến, giáo dục pháp luật; hòa giải ở cơ sở và xây dựng phường đạt chuẩn tiếp cận",
            "pháp luật năm 2027",
        ),
        P(
            "Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012; Kế hoạch số 512/KH-UBND ngày 05/12/2026 của "
            "UBND thành phố Huế, UBND phường Thuận Hóa xây dựng Kế hoạch công tác năm 2027 như sau:"
        ),
        *_purpose(
            [
                "Đưa pháp luật đến gần hơn với Nhân dân, hộ kinh doanh và khách du lịch trên địa bàn phường.",
                "Duy trì danh hiệu phường đạt chuẩn tiếp cận pháp luật.",
                "Phân công cụ thể, gắn trách nhiệm của người đứng đầu.",
            ]
        ),
        P("II. NHIỆM VỤ", bold=True),
        P("1. Tuyên truyền, phổ biến pháp luật", bold=True),
        P(
            "- Phổ biến các luật mới có hiệu lực năm 2027 cho cán bộ, công chức phường và Nhân dân (Phòng Văn "
            "hóa - Xã hội chủ trì, phối hợp Ủy ban Mặt trận Tổ quốc Việt Nam phường; thời gian: Quý I/2027)."
        ),
        P(
            "- Duy trì chuyên mục “Pháp luật và đời sống” trên Trang thông tin điện tử phường (Văn phòng HĐND "
            "và UBND phường chủ trì; Trung tâm Phục vụ hành chính công phường phối hợp; thực hiện thường "
            "xuyên)."
        ),
        P(
            "- Tuyên truyền pháp luật về trật tự xây dựng, trật tự đô thị, vệ sinh môi trường cho hộ kinh "
            "doanh trên các tuyến phố du lịch (Phòng Kinh tế, Hạ tầng và Đô thị chủ trì; phối hợp: Công an "
            "phường, Trưởng các tổ dân phố; thời gian: tháng 3 - tháng 5/2027)."
        ),
        P("2. Hòa giải ở cơ sở và xây dựng phường đạt chuẩn tiếp cận pháp luật", bold=True),
        P(
            "- Kiện toàn các tổ hòa giải ở 28 tổ dân phố (Phòng Văn hóa - Xã hội chủ trì, phối hợp Ban Công "
            "tác Mặt trận các tổ dân phố; hoàn thành trong Quý II/2027)."
        ),
        P(
            "- Đánh giá phường đạt chuẩn tiếp cận pháp luật năm 2027 (Phòng Văn hóa - Xã hội chủ trì; các "
            "phòng, đơn vị thuộc UBND phường phối hợp; thời gian: theo hướng dẫn của Sở Tư pháp thành phố "
            "Huế)."
        ),
        P(
            "3. Tổ chức các hoạt động hưởng ứng Ngày Pháp luật Việt Nam năm 2027 (Văn phòng HĐND và UBND "
            "phường chủ trì, phối hợp Đoàn Thanh niên Cộng sản Hồ Chí Minh phường, Hội Cựu chiến binh "
            "phường; thời gian: cao điểm từ ngày 01/11 đến ngày 09/11/2027).",
            bold=True,
        ),
        P(
            "4. Tiếp công dân kết hợp giải đáp pháp luật (Chủ tịch UBND phường chủ trì; Phòng Văn hóa - Xã "
            "hội phối hợp; thời gian: định kỳ hằng tháng).",
            bold=True,
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "1. Phòng Văn hóa - Xã hội là cơ quan thường trực, tham mưu UBND phường theo dõi, đôn đốc, báo "
            "cáo kết quả thực hiện Kế hoạch trước ngày 15/11/2027."
        ),
        P("2. Các phòng, đơn vị thuộc UBND phường chủ động thực hiện nhiệm vụ được giao."),
        *_sign("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Tôn Nữ Minh Châu"),
    ],
    expected=[
        Exp(
            "Phổ biến các luật mới có hiệu lực năm 2027",
            (_VHXH,),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam phường",),
            "2027-03-31",
        ),
        Exp(
            "Duy trì chuyên mục",
            (_VP_P,),
            ("Trung tâm Phục vụ hành chính công phường",),
            "2027-12-31",
        ),
        Exp(
            "Tuyên truyền pháp luật về trật tự xây dựng",
            ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Công an phường", "Trưởng các tổ dân phố"),
            "2027-05-31",
        ),
        Exp(
            "Kiện toàn các tổ hòa giải ở 28 tổ dân phố",
            (_VHXH,),
            ("Ban Công tác Mặt trận các tổ dân phố",),
            "2027-06-30",
        ),
        Exp(
            "Đánh giá phường đạt chuẩn tiếp cận pháp luật",
            (_VHXH,),
            ("các phòng, đơn vị thuộc UBND phường",),
            "2027-12-31",
            on_request=True,
        ),
        Exp(
            "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật",
            (_VP_P,),
            ("Đoàn Thanh niên Cộng sản Hồ Chí Minh phường", "Hội Cựu chiến binh phường"),
            "2027-11-09",
        ),
        Exp(
            "Tiếp công dân kết hợp giải đáp pháp luật",
            ("Chủ tịch UBND phường",),
            (_VHXH,),
            "2027-12-31",
        ),
    ],
)

# ---------------------------------------------------------------- 4: Trường Đại học Đà Lạt, "Nhiệm vụ N:"
PLAN_DL = Plan(
    name="dhdalat_namhoc_2026_2027",
    blocks=[
        *_header(
            "BỘ GIÁO DỤC VÀ ĐÀO TẠO",
            "TRƯỜNG ĐẠI HỌC ĐÀ LẠT",
            "1045/KH-ĐHĐL",
            "Lâm Đồng, ngày 25 tháng 8 năm 2026",
            "Phổ biến, giáo dục pháp luật năm học 2026 - 2027",
            "",
        ),
        P(
            "Thực hiện Công văn số 3920/BGDĐT-PC ngày 10/8/2026 của Bộ Giáo dục và Đào tạo về hướng dẫn công "
            "tác phổ biến, giáo dục pháp luật năm học 2026 - 2027, Trường Đại học Đà Lạt ban hành Kế hoạch "
            "như sau:"
        ),
        *_purpose(
            [
                "Nâng cao ý thức chấp hành pháp luật của viên chức, người lao động và người học.",
                "Phát huy vai trò của Khoa Luật trong tư vấn pháp luật cho cộng đồng.",
                "Lồng ghép với hoạt động chuyên môn, không làm ảnh hưởng kế hoạch đào tạo.",
            ]
        ),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P(
            "Nhiệm vụ 1: Lồng ghép giáo dục pháp luật trong Tuần sinh hoạt công dân - sinh viên đầu khóa",
            bold=True,
        ),
        P("Đơn vị thực hiện: Phòng Công tác sinh viên."),
        P("Đơn vị phối hợp: Khoa Luật, Đoàn Thanh niên Trường và Hội Sinh viên Trường."),
        P("Thời gian: tháng 9 - tháng 10/2026."),
        P("Nhiệm vụ 2: Tổ chức Cuộc thi “Sinh viên với pháp luật” năm học 2026 - 2027", bold=True),
        P("Đơn vị thực hiện: Đoàn Thanh niên Trường."),
        P("Đơn vị phối hợp: Khoa Luật; Phòng Công tác sinh viên."),
        P("Thời gian: từ ngày 01/3 đến ngày 26/3/2027."),
        P(
            "Nhiệm vụ 3: Phổ biến Luật Giáo dục đại học (sửa đổi) và các văn bản hướng dẫn thi hành cho viên "
            "chức, người lao động",
            bold=True,
        ),
        P("Đơn vị thực hiện: Phòng Tổ chức - Hành chính."),
        P("Đơn vị phối hợp: Phòng Đào tạo, Phòng Khoa học - Công nghệ và Hợp tác quốc tế."),
        P("Thời gian: Quý I/2027 (sau khi Nghị định quy định chi tiết Luật được ban hành)."),
        P("Nhiệm vụ 4: Bổ sung tài liệu pháp luật cho Tủ sách pháp luật tại Thư viện Trường", bold=True),
        P("Đơn vị thực hiện: Trung tâm Thông tin - Thư viện."),
        P("Đơn vị phối hợp: Phòng Kế hoạch - Tài chính."),
        P("Thời gian: trước ngày 30/11/2026."),
        P(
            "Nhiệm vụ 5: Tư vấn pháp luật miễn phí cho sinh viên và người dân tại các phường Xuân Hương - Đà "
            "Lạt, Lâm Viên - Đà Lạt",
            bold=True,
        ),
        P("Đơn vị thực hiện: Trung tâm Tư vấn pháp luật Trường Đại học Đà Lạt."),
        P("Đơn vị phối hợp: Hội Luật gia tỉnh Lâm Đồng."),
        P("Thời gian: từ tháng 10/2026 đến tháng 6/2027."),
        P(
            "Nhiệm vụ 6: Phổ biến pháp luật về an toàn giao thông, phòng, chống ma túy cho sinh viên nội trú",
            bold=True,
        ),
        P("Đơn vị thực hiện: Trung tâm Quản lý Ký túc xá."),
        P("Đơn vị phối hợp: Công an phường Lâm Viên - Đà Lạt; Phòng Công tác sinh viên."),
        P("Thời gian: tháng 12/2026."),
        P("Nhiệm vụ 7: Tổng kết công tác phổ biến, giáo dục pháp luật năm học 2026 - 2027", bold=True),
        P("Đơn vị thực hiện: Phòng Tổ chức - Hành chính."),
        P("Đơn vị phối hợp: Các khoa, phòng, trung tâm thuộc Trường."),
        P("Thời gian: trước ngày 15/7/2027."),
        P("III. KINH PHÍ", bold=True),
        P("Kinh phí thực hiện từ nguồn chi thường xuyên năm 2026 và năm 2027 của Trường."),
        *_sign("KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG", "Lê Minh Chiến", ("Bộ GDĐT (Vụ Pháp chế)",)),
    ],
    expected=[
        Exp(
            "Lồng ghép giáo dục pháp luật trong Tuần sinh hoạt công dân",
            ("Phòng Công tác sinh viên",),
            ("Khoa Luật", "Đoàn Thanh niên Trường", "Hội Sinh viên Trường"),
            "2026-10-31",
        ),
        Exp(
            "Tổ chức Cuộc thi",
            ("Đoàn Thanh niên Trường",),
            ("Khoa Luật", "Phòng Công tác sinh viên"),
            "2027-03-26",
        ),
        Exp(
            "Phổ biến Luật Giáo dục đại học",
            ("Phòng Tổ chức - Hành chính",),
            ("Phòng Đào tạo", "Phòng Khoa học - Công nghệ và Hợp tác quốc tế"),
            "2027-03-31",
            on_request=True,
        ),
        Exp(
            "Bổ sung tài liệu pháp luật cho Tủ sách pháp luật",
            ("Trung tâm Thông tin - Thư viện",),
            ("Phòng Kế hoạch - Tài chính",),
            "2026-11-30",
        ),
        Exp(
            "Tư vấn pháp luật miễn phí cho sinh viên",
            ("Trung tâm Tư vấn pháp luật Trường Đại học Đà Lạt",),
            ("Hội Luật gia tỉnh Lâm Đồng",),
            "2027-06-30",
        ),
        Exp(
            "Phổ biến pháp luật về an toàn giao thông",
            ("Trung tâm Quản lý Ký túc xá",),
            ("Công an phường Lâm Viên - Đà Lạt", "Phòng Công tác sinh viên"),
            "2026-12-31",
        ),
        Exp(
            "Tổng kết công tác phổ biến, giáo dục pháp luật năm học",
            ("Phòng Tổ chức - Hành chính",),
            ("Các khoa, phòng, trung tâm thuộc Trường",),
            "2027-07-15",
        ),
    ],
)

# ---------------------------------------------------------------- 5: Công an tỉnh Sơn La, two-row table header
_MT = "Phòng Cảnh sát điều tra tội phạm về ma túy"
_QLHC = "Phòng Cảnh sát quản lý hành chính về trật tự xã hội"

_SL_ROWS: tuple[tuple[str, ...], ...] = (
    ("TT", "Nội dung công việc", "Đơn vị thực hiện", "", "Thời gian hoàn thành", "Sản phẩm"),
    ("", "", "Chủ trì", "Phối hợp", "", ""),
    (
        "1",
        "Tổ chức hội nghị quán triệt, phổ biến Luật Phòng, chống ma túy năm 2025 cho cán bộ chủ chốt Công "
        "an tỉnh",
        "Phòng Tham mưu",
        f"{_MT}; Phòng Công tác đảng và công tác chính trị",
        "Tháng 01/2026",
        "Hội nghị",
    ),
    (
        "2",
        "Biên soạn tài liệu hỏi - đáp về Luật bằng tiếng Việt, tiếng Thái và tiếng Mông",
        _MT,
        "Sở Dân tộc và Tôn giáo; Báo và Phát thanh, Truyền hình Sơn La",
        "Quý I/2026",
        "Tài liệu hỏi - đáp",
    ),
    (
        "3",
        "Rà soát, đề xuất sửa đổi quy trình quản lý người sử dụng trái phép chất ma túy theo quy định "
        "của Luật",
        _QLHC,
        "Công an các xã, phường",
        "Sau khi Nghị định quy định chi tiết được ban hành",
        "Báo cáo rà soát",
    ),
    (
        "4",
        "Phổ biến Luật cho học sinh, sinh viên các trường trung học phổ thông, cao đẳng, đại học trên địa "
        "bàn tỉnh",
        _MT,
        "Sở Giáo dục và Đào tạo; Tỉnh đoàn Sơn La",
        "Quý II, III/2026",
        "Các buổi tuyên truyền",
    ),
    (
        "5",
        "Tuyên truyền về Luật trên hệ thống loa truyền thanh và các trang mạng xã hội của Công an tỉnh",
        "Phòng Tham mưu",
        "Công an các xã, phường",
        "Thường xuyên",
        "Tin, bài, video clip",
    ),
    (
        "6",
        "Tập huấn nghiệp vụ cho Công an xã về quản lý người nghiện, người sử dụng trái phép chất ma túy",
        _QLHC,
        "Phòng Tổ chức cán bộ",
        "Từ ngày 01/6 đến ngày 30/6/2026",
        "Lớp tập huấn",
    ),
    (
        "7",
        "Tổ chức Tháng hành động phòng, chống ma túy và Ngày Quốc tế phòng, chống ma túy",
        _MT,
        "Các sở, ban, ngành, đoàn thể tỉnh; UBND các xã, phường",
        "Tháng 6/2026",
        "Kế hoạch; báo cáo kết quả",
    ),
    (
        "8",
        "Sơ kết 06 tháng, tổng kết 01 năm thi hành Luật trong Công an tỉnh",
        "Phòng Tham mưu",
        "Các phòng nghiệp vụ; Công an các xã, phường",
        "Trước ngày 15/12/2026",
        "Báo cáo",
    ),
)

PLAN_SL = Plan(
    name="congan_sonla_luat_matuy_2026",
    blocks=[
        *_header(
            "BỘ CÔNG AN",
            "CÔNG AN TỈNH SƠN LA",
            "09/KH-CAT-PV01",
            "Sơn La, ngày 08 tháng 01 năm 2026",
            "Triển khai thi hành Luật Phòng, chống ma túy năm 2025",
            "trong Công an tỉnh năm 2026",
        ),
        P(
            "Thực hiện Kế hoạch số 412/KH-BCA ngày 22/12/2025 của Bộ Công an về triển khai thi hành Luật "
            "Phòng, chống ma túy, Công an tỉnh Sơn La xây dựng Kế hoạch triển khai như sau:"
        ),
        *_purpose(
            [
                "Quán triệt đầy đủ nội dung mới của Luật đến toàn thể cán bộ, chiến sĩ.",
                "Nâng cao nhận thức của Nhân dân, nhất là đồng bào vùng biên giới, về tác hại của ma túy.",
                "Xác định rõ đơn vị chủ trì, thời hạn hoàn thành và sản phẩm của từng nội dung.",
            ]
        ),
        P("II. NỘI DUNG VÀ PHÂN CÔNG NHIỆM VỤ", bold=True),
        T(_SL_ROWS, (10, 58, 34, 40, 30, 22)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "Phòng Tham mưu là đơn vị thường trực, giúp Giám đốc Công an tỉnh theo dõi, kiểm tra, đôn đốc và "
            "báo cáo Bộ Công an theo quy định."
        ),
        *_sign("GIÁM ĐỐC", "Đại tá Hoàng Văn Dũng", ("Bộ Công an (C04) (để b/c)",)),
    ],
    expected=[
        Exp(
            "Tổ chức hội nghị quán triệt, phổ biến Luật Phòng, chống ma túy",
            ("Phòng Tham mưu",),
            (_MT, "Phòng Công tác đảng và công tác chính trị"),
            "2026-01-31",
        ),
        Exp(
            "Biên soạn tài liệu hỏi - đáp",
            (_MT,),
            ("Sở Dân tộc và Tôn giáo", "Báo và Phát thanh, Truyền hình Sơn La"),
            "2026-03-31",
        ),
        Exp(
            "Rà soát, đề xuất sửa đổi quy trình",
            (_QLHC,),
            ("Công an các xã, phường",),
            "2026-12-31",
            on_request=True,
        ),
        Exp(
            "Phổ biến Luật cho học sinh, sinh viên",
            (_MT,),
            ("Sở Giáo dục và Đào tạo", "Tỉnh đoàn Sơn La"),
            "2026-09-30",
        ),
        Exp(
            "Tuyên truyền về Luật trên hệ thống loa truyền thanh",
            ("Phòng Tham mưu",),
            ("Công an các xã, phường",),
            "2026-12-31",
        ),
        Exp("Tập huấn nghiệp vụ cho Công an xã", (_QLHC,), ("Phòng Tổ chức cán bộ",), "2026-06-30"),
        Exp(
            "Tổ chức Tháng hành động phòng, chống ma túy",
            (_MT,),
            ("Các sở, ban, ngành, đoàn thể tỉnh", "UBND các xã, phường"),
            "2026-06-30",
        ),
        Exp(
            "Sơ kết 06 tháng, tổng kết 01 năm thi hành Luật",
            ("Phòng Tham mưu",),
            ("Các phòng nghiệp vụ", "Công an các xã, phường"),
            "2026-12-15",
        ),
    ],
)

# ---------------------------------------------------------------- 6: Công ty Điện lực Đồng Nai, "+ Đơn vị chủ trì:"
PLAN_DN = Plan(
    name="evn_dongnai_pbgdpl_2026",
    blocks=[
        *_header(
            "TỔNG CÔNG TY ĐIỆN LỰC MIỀN NAM",
            "CÔNG TY ĐIỆN LỰC ĐỒNG NAI",
            "286/KH-PCĐN",
            "Đồng Nai, ngày 16 tháng 01 năm 2026",
            "Công tác phổ biến, giáo dục pháp luật năm 2026",
            "",
        ),
        P(
            "Căn cứ Kế hoạch số 115/KH-EVNSPC ngày 06/01/2026 của Tổng công ty Điện lực miền Nam về công tác "
            "phổ biến, giáo dục pháp luật năm 2026, Công ty Điện lực Đồng Nai ban hành Kế hoạch như sau:"
        ),
        *_purpose(
            [
                "Nâng cao hiểu biết pháp luật của người lao động và khách hàng sử dụng điện.",
                "Phòng ngừa vi phạm pháp luật trong sản xuất, kinh doanh điện.",
                "Gắn với nhiệm vụ sản xuất kinh doanh, bảo đảm an toàn, tiết kiệm.",
            ]
        ),
        P("II. NỘI DUNG THỰC HIỆN", bold=True),
        P("1. Phổ biến pháp luật cho người lao động", bold=True),
        P("1.1. Phổ biến Luật Điện lực năm 2024 và các nghị định hướng dẫn thi hành", bold=True),
        P("+ Đơn vị chủ trì: Ban Pháp chế."),
        P("+ Đơn vị phối hợp: Ban Kinh doanh; Ban Kỹ thuật; các Điện lực trực thuộc."),
        P("+ Thời gian thực hiện: Quý I và Quý II/2026."),
        P("1.2. Phổ biến Bộ luật Lao động, nội quy lao động, thỏa ước lao động tập thể", bold=True),
        P("+ Đơn vị chủ trì: Ban Tổ chức và Nhân sự."),
        P("+ Đơn vị phối hợp: Công đoàn Công ty."),
        P("+ Thời gian thực hiện: Tháng 3/2026."),
        P("1.3. Phổ biến pháp luật về an toàn, vệ sinh lao động cho công nhân trực tiếp vận hành", bold=True),
        P("+ Đơn vị chủ trì: Ban An toàn."),
        P("+ Đơn vị phối hợp: Ban Tổ chức và Nhân sự, Công đoàn Công ty và các Điện lực trực thuộc."),
        P("+ Thời gian thực hiện: Hằng năm."),
        P("2. Tuyên truyền pháp luật cho khách hàng sử dụng điện", bold=True),
        P(
            "2.1. Tuyên truyền quy định về giá điện, hợp đồng mua bán điện và sử dụng điện tiết kiệm",
            bold=True,
        ),
        P("+ Đơn vị chủ trì: Ban Kinh doanh."),
        P("+ Đơn vị phối hợp: Văn phòng; các Điện lực trực thuộc."),
        P("+ Thời gian thực hiện: Thường xuyên."),
        P("2.2. Tuyên truyền bảo vệ an toàn hành lang lưới điện cao áp", bold=True),
        P("+ Đơn vị chủ trì: Ban Kỹ thuật."),
        P("+ Đơn vị phối hợp: UBND các xã, phường có lưới điện đi qua; Công an tỉnh Đồng Nai."),
        P("+ Thời gian thực hiện: từ ngày 01/4 đến ngày 31/7/2026."),
        P("3. Hưởng ứng Ngày Pháp luật Việt Nam năm 2026", bold=True),
        P("+ Đơn vị chủ trì: Văn phòng."),
        P("+ Đơn vị phối hợp: Ban Pháp chế, Đoàn Thanh niên Công ty."),
        P("+ Thời gian thực hiện: Tháng 11/2026."),
        P("4. Kiểm tra việc tuân thủ pháp luật tại các Điện lực trực thuộc", bold=True),
        P("+ Đơn vị chủ trì: Ban Thanh tra - Bảo vệ."),
        P("+ Đơn vị phối hợp: Ban Pháp chế; Ban Tài chính - Kế toán."),
        P("+ Thời gian thực hiện: Quý III/2026."),
        P("5. Phổ biến các văn bản pháp luật mới liên quan đến ngành điện", bold=True),
        P("+ Đơn vị chủ trì: Ban Pháp chế."),
        P("+ Đơn vị phối hợp: Các ban, đơn vị có liên quan."),
        P("+ Thời gian thực hiện: Khi có văn bản chỉ đạo của Tổng công ty Điện lực miền Nam."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "Ban Pháp chế chịu trách nhiệm theo dõi, hướng dẫn việc thực hiện Kế hoạch; tổng hợp báo cáo "
            "Tổng công ty trước ngày 30/11/2026."
        ),
        *_sign("GIÁM ĐỐC", "Trần Quang Vinh", ("Tổng công ty Điện lực miền Nam (để b/c)",)),
    ],
    expected=[
        Exp(
            "Phổ biến Luật Điện lực năm 2024",
            ("Ban Pháp chế",),
            ("Ban Kinh doanh", "Ban Kỹ thuật", "các Điện lực trực thuộc"),
            "2026-06-30",
        ),
        Exp(
            "Phổ biến Bộ luật Lao động",
            ("Ban Tổ chức và Nhân sự",),
            ("Công đoàn Công ty",),
            "2026-03-31",
        ),
        Exp(
            "Phổ biến pháp luật về an toàn, vệ sinh lao động",
            ("Ban An toàn",),
            ("Ban Tổ chức và Nhân sự", "Công đoàn Công ty", "các Điện lực trực thuộc"),
            "2026-12-31",
        ),
        Exp(
            "Tuyên truyền quy định về giá điện",
            ("Ban Kinh doanh",),
            ("Văn phòng", "các Điện lực trực thuộc"),
            "2026-12-31",
        ),
        Exp(
            "Tuyên truyền bảo vệ an toàn hành lang lưới điện",
            ("Ban Kỹ thuật",),
            ("UBND các xã, phường có lưới điện đi qua", "Công an tỉnh Đồng Nai"),
            "2026-07-31",
        ),
        Exp(
            "Hưởng ứng Ngày Pháp luật Việt Nam năm 2026",
            ("Văn phòng",),
            ("Ban Pháp chế", "Đoàn Thanh niên Công ty"),
            "2026-11-30",
        ),
        Exp(
            "Kiểm tra việc tuân thủ pháp luật",
            ("Ban Thanh tra - Bảo vệ",),
            ("Ban Pháp chế", "Ban Tài chính - Kế toán"),
            "2026-09-30",
        ),
        Exp(
            "Phổ biến các văn bản pháp luật mới",
            ("Ban Pháp chế",),
            ("Các ban, đơn vị có liên quan",),
            "2026-12-31",
            on_request=True,
        ),
    ],
)

# ---------------------------------------------------------------- 7: HĐPH tỉnh Phú Thọ, table with results column
_PT_ROWS: tuple[tuple[str, ...], ...] = (
    ("TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn", "Kết quả/Sản phẩm"),
    (
        "1",
        "Ban hành Kế hoạch hoạt động năm 2026 của Hội đồng phối hợp PBGDPL tỉnh",
        "Sở Tư pháp",
        "Các thành viên Hội đồng",
        "Tháng 01/2026",
        "Kế hoạch",
    ),
    (
        "2",
        "Tổ chức phiên họp định kỳ của Hội đồng:\n- Phiên họp sơ kết 6 tháng;\n- Phiên họp tổng kết năm.",
        "Sở Tư pháp",
        "Văn phòng UBND tỉnh",
        "Tháng 7 và tháng 12/2026",
        "Thông báo kết luận phiên họp",
    ),
    (
        "3",
        "Tham mưu UBND tỉnh chỉ đạo phổ biến các luật, nghị quyết mới được Quốc hội khóa XV thông qua "
        "tại Kỳ họp thứ 10",
        "Sở Tư pháp",
        "Các sở, ban, ngành, đoàn thể tỉnh; UBND các xã, phường",
        "Quý I/2026",
        "Văn bản chỉ đạo",
    ),
    (
        "4",
        "Kiểm tra công tác PBGDPL tại một số sở, ngành và xã, phường",
        "Sở Tư pháp",
        "Ban Tuyên giáo và Dân vận Tỉnh ủy; Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Phú Thọ",
        "Quý III/2026",
        "Kế hoạch kiểm tra;\nbáo cáo kết quả kiểm tra",
    ),
    (
        "5",
        "Hướng dẫn, tổ chức các hoạt động hưởng ứng Ngày Pháp luật năm 2026",
        "Sở Tư pháp",
        "Các thành viên Hội đồng",
        "Từ tháng 10 đến tháng 11/2026",
        "Văn bản hướng dẫn",
    ),
    (
        "6",
        "Truyền thông dự thảo chính sách có tác động lớn đến xã hội trong quá trình xây dựng nghị quyết "
        "của HĐND tỉnh",
        "Các cơ quan chủ trì soạn thảo",
        "Sở Tư pháp; Báo và Phát thanh, Truyền hình Phú Thọ",
        "Năm 2026",
        "Tin, bài, tọa đàm",
    ),
    (
        "7",
        "Phổ biến pháp luật cho đồng bào dân tộc thiểu số ở các xã vùng sâu, vùng xa",
        "Sở Dân tộc và Tôn giáo",
        "Hội Liên hiệp Phụ nữ tỉnh, Hội Nông dân tỉnh và UBND các xã vùng đồng bào dân tộc thiểu số",
        "Quý II và Quý III/2026",
        "Hội nghị, tài liệu song ngữ",
    ),
    (
        "8",
        "Tổng kết hoạt động năm 2026 của Hội đồng; xây dựng phương hướng năm 2027",
        "Sở Tư pháp",
        "Các thành viên Hội đồng",
        "Trước ngày 20/12/2026",
        "Báo cáo tổng kết",
    ),
)

PLAN_PT = Plan(
    name="hdph_phutho_hoatdong_2026",
    blocks=[
        *_header(
            "UBND TỈNH PHÚ THỌ",
            "HỘI ĐỒNG PHỐI HỢP PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT",
            "03/KH-HĐPH",
            "Phú Thọ, ngày 14 tháng 01 năm 2026",
            "Hoạt động của Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh năm 2026",
            "",
        ),
        P(
            "Căn cứ Quyết định số 27/2013/QĐ-TTg ngày 19/5/2013 của Thủ tướng Chính phủ; Kế hoạch số "
            "08/KH-UBND ngày 09/01/2026 của UBND tỉnh Phú Thọ, Hội đồng phối hợp PBGDPL tỉnh ban hành Kế "
            "hoạch hoạt động năm 2026 như sau:"
        ),
        *_purpose(
            [
                "Phát huy vai trò tư vấn của Hội đồng trong công tác PBGDPL trên địa bàn tỉnh sau hợp nhất.",
                "Tăng cường phối hợp giữa các thành viên Hội đồng.",
                "Các hoạt động bám sát nhiệm vụ chính trị, có trọng tâm, trọng điểm.",
            ]
        ),
        P("II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        T(_PT_ROWS, (10, 62, 28, 48, 28, 32)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Sở Tư pháp - Cơ quan Thường trực Hội đồng giúp Hội đồng theo dõi, đôn đốc thực hiện Kế hoạch."),
        P(
            "2. Các thành viên Hội đồng chủ động triển khai nhiệm vụ được phân công, gửi báo cáo kết quả về Sở "
            "Tư pháp trước ngày 01/12/2026."
        ),
        *_sign("CHỦ TỊCH HỘI ĐỒNG\nPHÓ CHỦ TỊCH UBND TỈNH", "Đinh Công Sử", ("Bộ Tư pháp (để b/c)",)),
    ],
    expected=[
        Exp(
            "Ban hành Kế hoạch hoạt động năm 2026",
            ("Sở Tư pháp",),
            ("Các thành viên Hội đồng",),
            "2026-01-31",
        ),
        Exp(
            "Tổ chức phiên họp định kỳ của Hội đồng",
            ("Sở Tư pháp",),
            ("Văn phòng UBND tỉnh",),
            "2026-12-31",
        ),
        Exp(
            "Tham mưu UBND tỉnh chỉ đạo phổ biến các luật",
            ("Sở Tư pháp",),
            ("Các sở, ban, ngành, đoàn thể tỉnh", "UBND các xã, phường"),
            "2026-03-31",
        ),
        Exp(
            "Kiểm tra công tác PBGDPL",
            ("Sở Tư pháp",),
            ("Ban Tuyên giáo và Dân vận Tỉnh ủy", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Phú Thọ"),
            "2026-09-30",
        ),
        Exp(
            "Hướng dẫn, tổ chức các hoạt động hưởng ứng Ngày Pháp luật",
            ("Sở Tư pháp",),
            ("Các thành viên Hội đồng",),
            "2026-11-30",
        ),
        Exp(
            "Truyền thông dự thảo chính sách",
            ("Các cơ quan chủ trì soạn thảo",),
            ("Sở Tư pháp", "Báo và Phát thanh, Truyền hình Phú Thọ"),
            "2026-12-31",
        ),
        Exp(
            "Phổ biến pháp luật cho đồng bào dân tộc thiểu số",
            ("Sở Dân tộc và Tôn giáo",),
            (
                "Hội Liên hiệp Phụ nữ tỉnh",
                "Hội Nông dân tỉnh",
                "UBND các xã vùng đồng bào dân tộc thiểu số",
            ),
            "2026-09-30",
        ),
        Exp(
            "Tổng kết hoạt động năm 2026 của Hội đồng",
            ("Sở Tư pháp",),
            ("Các thành viên Hội đồng",),
            "2026-12-20",
        ),
    ],
)

# ---------------------------------------------------------------- 8: Liên minh HTX Vĩnh Long, prose + a)/b) blocks
_KTPC = "Ban Kiểm tra - Pháp chế"
_VPLM = "Văn phòng Liên minh"
_TTHT = "Trung tâm Tư vấn, Hỗ trợ hợp tác xã"

PLAN_VL = Plan(
    name="lmhtx_vinhlong_cds_2026",
    blocks=[
        *_header(
            "UBND TỈNH VĨNH LONG",
            "LIÊN MINH HỢP TÁC XÃ TỈNH VĨNH LONG",
            "52/KH-LMHTX",
            "Vĩnh Long, ngày 03 tháng 3 năm 2026",
            "Thực hiện chuyển đổi số trong công tác phổ biến, giáo dục pháp luật năm 2026",
            "",
        ),
        P(
            "Thực hiện Quyết định số 766/QĐ-TTg ngày 15/4/2025 của Thủ tướng Chính phủ phê duyệt Đề án "
            "“Chuyển đổi số trong công tác phổ biến, giáo dục pháp luật giai đoạn 2025 - 2030”; Kế hoạch số "
            "61/KH-UBND ngày 10/02/2026 của UBND tỉnh, Liên minh Hợp tác xã tỉnh ban hành Kế hoạch như sau:"
        ),
        *_purpose(
            [
                "Đưa thông tin pháp luật về kinh tế tập thể đến thành viên hợp tác xã trên môi trường số.",
                "Từng bước số hóa tài liệu PBGDPL của Liên minh.",
                "Phù hợp với khả năng tiếp cận công nghệ của thành viên hợp tác xã nông nghiệp.",
            ]
        ),
        P("II. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True),
        P("1. Số hóa tài liệu pháp luật về kinh tế tập thể, hợp tác xã."),
        P(
            "Ban Kiểm tra - Pháp chế chủ trì, phối hợp với Văn phòng Liên minh và Trung tâm Tư vấn, Hỗ trợ "
            "hợp tác xã thực hiện. Thời gian: Quý II/2026."
        ),
        P(
            "2. Xây dựng chuyên mục “Hỏi - đáp pháp luật về hợp tác xã” trên Cổng thông tin điện tử của Liên minh."
        ),
        P(
            "Văn phòng Liên minh chủ trì, phối hợp với Ban Kiểm tra - Pháp chế. Thời gian hoàn thành: tháng 6/2026."
        ),
        P("3. Ứng dụng mạng xã hội trong phổ biến pháp luật cho thành viên hợp tác xã."),
        P(
            "a) Thiết lập, vận hành trang Zalo Official Account của Liên minh để đăng tải thông tin pháp luật: "
            "Văn phòng Liên minh chủ trì, phối hợp với Trung tâm Tư vấn, Hỗ trợ hợp tác xã; thời gian: Quý "
            "I/2026."
        ),
        P(
            "b) Tổ chức livestream giải đáp pháp luật cho các hợp tác xã nông nghiệp: Ban Kiểm tra - Pháp chế "
            "chủ trì, phối hợp với Hội Nông dân tỉnh và Sở Nông nghiệp và Môi trường; thời gian: từ ngày 01/7 "
            "đến ngày 30/9/2026."
        ),
        P("4. Bồi dưỡng kỹ năng số cho cán bộ làm công tác pháp chế của các hợp tác xã."),
        P(
            "Trung tâm Tư vấn, Hỗ trợ hợp tác xã chủ trì, phối hợp với Sở Khoa học và Công nghệ tổ chức 02 lớp "
            "bồi dưỡng. Thời gian: Quý III/2026."
        ),
        P("5. Kết nối, chia sẻ dữ liệu PBGDPL của Liên minh với Cổng Pháp luật quốc gia."),
        P(
            "Ban Kiểm tra - Pháp chế chủ trì, phối hợp với Sở Tư pháp thực hiện. Thời gian: khi có hướng dẫn "
            "của Bộ Tư pháp về kết nối dữ liệu."
        ),
        P("6. Khảo sát mức độ tiếp cận thông tin pháp luật trên môi trường số của thành viên hợp tác xã."),
        P(
            "Văn phòng Liên minh chủ trì, phối hợp với các hợp tác xã, liên hiệp hợp tác xã thành viên. Thời "
            "gian: Quý IV/2026."
        ),
        P("7. Sơ kết, báo cáo kết quả thực hiện Kế hoạch."),
        P("Cơ quan chủ trì: Văn phòng Liên minh; Cơ quan phối hợp: Ban Kiểm tra - Pháp chế."),
        P("Thời hạn: trước ngày 25/11/2026."),
        P("III. KINH PHÍ", bold=True),
        P("Từ nguồn kinh phí hoạt động thường xuyên năm 2026 của Liên minh Hợp tác xã tỉnh."),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "Ban Kiểm tra - Pháp chế là đầu mối tham mưu Thường trực Liên minh theo dõi, đôn đốc các ban, đơn "
            "vị thực hiện Kế hoạch này."
        ),
        *_sign("CHỦ TỊCH", "Nguyễn Thị Ngọc Hân", ("Sở Tư pháp", "Liên minh Hợp tác xã Việt Nam (để b/c)")),
    ],
    expected=[
        Exp(
            "Số hóa tài liệu pháp luật về kinh tế tập thể",
            (_KTPC,),
            (_VPLM, _TTHT),
            "2026-06-30",
        ),
        Exp("Xây dựng chuyên mục", (_VPLM,), (_KTPC,), "2026-06-30"),
        Exp("Thiết lập, vận hành trang Zalo Official Account", (_VPLM,), (_TTHT,), "2026-03-31"),
        Exp(
            "Tổ chức livestream giải đáp pháp luật",
            (_KTPC,),
            ("Hội Nông dân tỉnh", "Sở Nông nghiệp và Môi trường"),
            "2026-09-30",
        ),
        Exp(
            "Bồi dưỡng kỹ năng số cho cán bộ làm công tác pháp chế",
            (_TTHT,),
            ("Sở Khoa học và Công nghệ",),
            "2026-09-30",
        ),
        Exp(
            "Kết nối, chia sẻ dữ liệu PBGDPL",
            (_KTPC,),
            ("Sở Tư pháp",),
            "2026-12-31",
            on_request=True,
        ),
        Exp(
            "Khảo sát mức độ tiếp cận thông tin pháp luật",
            (_VPLM,),
            ("các hợp tác xã, liên hiệp hợp tác xã thành viên",),
            "2026-12-31",
        ),
        Exp("Sơ kết, báo cáo kết quả thực hiện Kế hoạch", (_VPLM,), (_KTPC,), "2026-11-25"),
    ],
)

# ---------------------------------------------------------------- 9: Cục Thống kê, "- Cơ quan chủ trì:" lines
_PCTT = "Ban Pháp chế và Thanh tra"
_TKT = "Thống kê các tỉnh, thành phố"

PLAN_TK = Plan(
    name="cuc_thongke_pbgdpl_2026",
    blocks=[
        *_header(
            "BỘ TÀI CHÍNH",
            "CỤC THỐNG KÊ",
            "58/KH-CTK",
            "Hà Nội, ngày 20 tháng 01 năm 2026",
            "Phổ biến, giáo dục pháp luật và triển khai Luật Thống kê (sửa đổi) năm 2026",
            "",
        ),
        P(
            "Thực hiện Kế hoạch số 25/KH-BTC ngày 08/01/2026 của Bộ Tài chính về công tác phổ biến, giáo dục "
            "pháp luật năm 2026, Cục Thống kê ban hành Kế hoạch như sau:"
        ),
        *_purpose(
            [
                "Phổ biến kịp thời nội dung mới của Luật Thống kê (sửa đổi) đến công chức, viên chức toàn ngành.",
                "Nâng cao ý thức chấp hành nghĩa vụ cung cấp thông tin thống kê của tổ chức, cá nhân.",
                "Gắn với việc thực hiện các cuộc điều tra thống kê năm 2026.",
            ]
        ),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Phổ biến Luật Thống kê (sửa đổi)", bold=True),
        P("1.1. Tổ chức Hội nghị phổ biến Luật Thống kê (sửa đổi) cho công chức, viên chức toàn ngành"),
        P("- Cơ quan chủ trì: Ban Pháp chế và Thanh tra."),
        P("- Cơ quan phối hợp: Văn phòng Cục; Thống kê các tỉnh, thành phố."),
        P("- Thời hạn hoàn thành: Quý I/2026."),
        P("1.2. Biên soạn sổ tay hỏi - đáp Luật Thống kê cho đối tượng cung cấp thông tin"),
        P("- Cơ quan chủ trì: Ban Pháp chế và Thanh tra."),
        P(
            "- Cơ quan phối hợp: Ban Thống kê Dân số và Lao động; Ban Thống kê Công nghiệp và Xây dựng; Trung "
            "tâm Tin học thống kê."
        ),
        P("- Thời hạn hoàn thành: Quý I và Quý II/2026."),
        P("2. Phổ biến pháp luật gắn với các cuộc điều tra thống kê", bold=True),
        P(
            "2.1. Lồng ghép phổ biến nghĩa vụ cung cấp thông tin thống kê trong Tổng điều tra kinh tế năm 2026"
        ),
        P("- Cơ quan chủ trì: Ban Thống kê Công nghiệp và Xây dựng."),
        P("- Cơ quan phối hợp: Thống kê các tỉnh, thành phố; các cơ quan, đơn vị có liên quan."),
        P("- Thời hạn hoàn thành: từ ngày 01/4 đến ngày 31/8/2026."),
        P("2.2. Hướng dẫn xử lý vi phạm hành chính trong lĩnh vực thống kê theo quy định mới"),
        P("- Cơ quan chủ trì: Ban Pháp chế và Thanh tra."),
        P("- Cơ quan phối hợp: Thống kê các tỉnh, thành phố."),
        P(
            "- Thời hạn hoàn thành: sau khi Nghị định quy định xử phạt vi phạm hành chính trong lĩnh vực "
            "thống kê được ban hành."
        ),
        P("3. Tham gia ý kiến dự thảo văn bản quy phạm pháp luật do Bộ Tư pháp lấy ý kiến", bold=True),
        P("- Cơ quan chủ trì: Ban Pháp chế và Thanh tra."),
        P("- Cơ quan phối hợp: Các ban, đơn vị thuộc Cục."),
        P("- Thời hạn hoàn thành: Theo đề nghị của Bộ Tư pháp."),
        P("4. Cập nhật văn bản pháp luật về thống kê trên Cổng thông tin điện tử của Cục", bold=True),
        P("- Cơ quan chủ trì: Trung tâm Tin học thống kê."),
        P("- Cơ quan phối hợp: Ban Pháp chế và Thanh tra."),
        P("- Thời hạn hoàn thành: Thường xuyên."),
        P("5. Tổ chức hưởng ứng Ngày Pháp luật Việt Nam năm 2026", bold=True),
        P("- Cơ quan chủ trì: Văn phòng Cục."),
        P("- Cơ quan phối hợp: Công đoàn Cục Thống kê, Đoàn Thanh niên Cục Thống kê."),
        P("- Thời hạn hoàn thành: Tháng 11/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "Ban Pháp chế và Thanh tra giúp Cục trưởng theo dõi, đôn đốc việc thực hiện; tổng hợp báo cáo Bộ "
            "Tài chính (qua Vụ Pháp chế) trước ngày 05/12/2026."
        ),
        *_sign("KT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG", "Phạm Quang Vinh", ("Bộ Tài chính (Vụ Pháp chế)",)),
    ],
    expected=[
        Exp(
            "Tổ chức Hội nghị phổ biến Luật Thống kê",
            (_PCTT,),
            ("Văn phòng Cục", _TKT),
            "2026-03-31",
        ),
        Exp(
            "Biên soạn sổ tay hỏi - đáp Luật Thống kê",
            (_PCTT,),
            (
                "Ban Thống kê Dân số và Lao động",
                "Ban Thống kê Công nghiệp và Xây dựng",
                "Trung tâm Tin học thống kê",
            ),
            "2026-06-30",
        ),
        Exp(
            "Lồng ghép phổ biến nghĩa vụ cung cấp thông tin thống kê",
            ("Ban Thống kê Công nghiệp và Xây dựng",),
            (_TKT, "các cơ quan, đơn vị có liên quan"),
            "2026-08-31",
        ),
        Exp(
            "Hướng dẫn xử lý vi phạm hành chính trong lĩnh vực thống kê",
            (_PCTT,),
            (_TKT,),
            "2026-12-31",
            on_request=True,
        ),
        Exp(
            "Tham gia ý kiến dự thảo văn bản quy phạm pháp luật",
            (_PCTT,),
            ("Các ban, đơn vị thuộc Cục",),
            "2026-12-31",
            on_request=True,
        ),
        Exp(
            "Cập nhật văn bản pháp luật về thống kê",
            ("Trung tâm Tin học thống kê",),
            (_PCTT,),
            "2026-12-31",
        ),
        Exp(
            "Tổ chức hưởng ứng Ngày Pháp luật Việt Nam năm 2026",
            ("Văn phòng Cục",),
            ("Công đoàn Cục Thống kê", "Đoàn Thanh niên Cục Thống kê"),
            "2026-11-30",
        ),
    ],
)

PLANS: list[Plan] = [PLAN_GL, PLAN_MP, PLAN_TH, PLAN_DL, PLAN_SL, PLAN_DN, PLAN_PT, PLAN_VL, PLAN_TK]
