"""Held-out evaluation set 7: unseen plans (DOCX and PDF) with answers typed by hand.

Blocks, rendering and the expected-answer format are those of set 3 (``heldout3``): the task title is
matched by prefix, units as sets (each unit separately, as written), deadline as YYYY-MM-DD,
``on_request`` as a bool. Group headings without their own lead unit are not listed.

Plans and their layout features:

1. ``sogddt_hungyen_2026`` - Sở Giáo dục và Đào tạo Hưng Yên, PBGDPL trong nhà trường: Word task table
   "STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm", roman
   group rows, multi-line cells, units with commas ("Sở Văn hóa, Thể thao và Du lịch"), "Hằng năm",
   month ranges, an on-request row ("Khi có văn bản hướng dẫn của Bộ Giáo dục và Đào tạo").
2. ``soyte_haiphong_2026`` - Sở Y tế Hải Phòng, triển khai Luật Khám bệnh, chữa bệnh: bold "1." groups,
   plain "1.1." items, "+ Đơn vị chủ trì:" / "+ Đơn vị phối hợp:" / "+ Thời gian:" bullets, lists mixing
   commas, semicolons and "và", "Quý II, III/2026", "sau khi ... được ban hành".
3. ``bchqs_quangtri_2026`` - Bộ Chỉ huy Quân sự tỉnh Quảng Trị, Luật Phòng thủ dân sự: roman sections,
   "a)" items, assignments in brackets "(Chủ trì: ...; phối hợp: ...; thời gian: ...)", dashes in names.
4. ``haiquan_kv2_hcm_2026`` - Chi cục Hải quan khu vực II (TP. Hồ Chí Minh): Word table with a two-row
   header ("Đơn vị thực hiện" over "Chủ trì" / "Phối hợp"), time column before the units, dates,
   "Từ ... đến ...", "theo đề nghị của ...".
5. ``vksnd_dongthap_2026`` - Viện kiểm sát nhân dân tỉnh Đồng Tháp, Ngày Pháp luật: prose assignments
   ("Giao Văn phòng chủ trì, phối hợp với ... thực hiện", "... chủ trì tham mưu ...; ... phối hợp"),
   "hoàn thành trước ngày ...", persons as units.
6. ``ldld_angiang_2026`` - Liên đoàn Lao động tỉnh An Giang, PBGDPL cho người lao động: items with
   several assignment blocks each with its own lead (one task per block), "- Đơn vị thực hiện:" lines,
   "Từ tháng 4 đến tháng 9/2026".
7. ``bvdk_ducgiang_hanoi_2026`` - Bệnh viện Đa khoa Đức Giang (Hà Nội): table "TT | Nội dung | Thời gian |
   Khoa, phòng chủ trì | Khoa, phòng phối hợp" with persons as units, long wrapped names, "Thường xuyên",
   one row without a timeframe.
8. ``xa_tamduong_laichau_2026`` - UBND xã Tam Đường (Lai Châu), PBGDPL cho đồng bào dân tộc thiểu số and
   hòa giải ở cơ sở: plain (not bold) headings, "- Thực hiện: ...; phối hợp: ...; thời gian: ..." lines,
   persons ("Công chức Tư pháp - Hộ tịch"), "Trong năm", quarters.
9. ``phuong_saigon_hcm_2026`` - UBND phường Sài Gòn (TP. Hồ Chí Minh), tiếp cận pháp luật: table
   "Nội dung | Chủ trì | Phối hợp | Thời gian" with no STT column and group rows, "Cả năm", "Hằng tuần",
   "Quý IV", "Theo hướng dẫn của Sở Tư pháp".
10. ``cty_may_hungyen_2026`` - Công ty Cổ phần May Phố Hiến (private company, Hưng Yên): "Trách nhiệm:" prose,
   "Trách nhiệm: X chủ trì; Y, Z phối hợp." lines, own header, "Tháng 3 và tháng 9/2026", "Hằng quý".
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T, _header, _purpose


def _end(lines: list[str], signer_role: str, signer: str, recipients: list[str]) -> list[P | T]:
    out: list[P | T] = [P(line) for line in lines]
    out += [P("Nơi nhận:"), *[P(f"- {r}") for r in recipients], P("- Lưu: VT.")]
    out += [P(signer_role, bold=True, center=True), P(signer, bold=True, center=True)]
    return out


# ---------------------------------------------------------------- 1: Sở GD&ĐT Hưng Yên, task table
_GD_ROWS: tuple[tuple[str, ...], ...] = (
    ("STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"),
    ("I", "CÔNG TÁC CHỈ ĐẠO, HƯỚNG DẪN", "", "", "", ""),
    (
        "1",
        "Ban hành văn bản hướng dẫn thực hiện nhiệm vụ PBGDPL năm học 2026 - 2027",
        "Văn phòng Sở",
        "Phòng Giáo dục Mầm non - Tiểu học, Phòng Giáo dục Trung học - Giáo dục thường xuyên",
        "Tháng 8/2026",
        "Công văn hướng dẫn",
    ),
    (
        "2",
        "Hướng dẫn triển khai các luật mới liên quan đến ngành giáo dục\n(Luật Nhà giáo và các văn bản quy định chi tiết)",
        "Phòng Tổ chức cán bộ",
        "Thanh tra Sở; Văn phòng Sở",
        "Khi có văn bản hướng dẫn của Bộ Giáo dục và Đào tạo",
        "Văn bản hướng dẫn",
    ),
    ("II", "TỔ CHỨC PBGDPL TRONG NHÀ TRƯỜNG", "", "", "", ""),
    (
        "3",
        "Lồng ghép nội dung giáo dục pháp luật trong chương trình môn Giáo dục công dân, Giáo dục kinh tế và pháp luật",
        "Phòng Giáo dục Trung học - Giáo dục thường xuyên",
        "Các trường trung học phổ thông; các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên",
        "Hằng năm",
        "Kế hoạch giáo dục nhà trường",
    ),
    (
        "4",
        "Tổ chức Cuộc thi “Học sinh với pháp luật về an toàn giao thông”",
        "Phòng Chính trị, tư tưởng và Công tác học sinh, sinh viên",
        "Công an tỉnh, Tỉnh đoàn Hưng Yên và Sở Văn hóa, Thể thao và Du lịch",
        "Từ tháng 3\nđến tháng 5/2026",
        "Cuộc thi; báo cáo tổng kết",
    ),
    (
        "5",
        "Tuyên truyền phòng, chống bạo lực học đường, xâm hại trẻ em và tác hại của thuốc lá điện tử",
        "Phòng Chính trị, tư tưởng và Công tác học sinh, sinh viên",
        "Sở Y tế; Công an tỉnh; các cơ sở giáo dục",
        "Quý I, II/2026",
        "Các buổi ngoại khóa",
    ),
    (
        "6",
        "Bồi dưỡng nghiệp vụ cho giáo viên làm công tác PBGDPL, tư vấn học đường",
        "Phòng Tổ chức cán bộ",
        "Trường Chính trị Nguyễn Văn Linh",
        "Tháng 7/2026",
        "Lớp bồi dưỡng",
    ),
    ("III", "KIỂM TRA, SƠ KẾT", "", "", "", ""),
    (
        "7",
        "Kiểm tra việc thực hiện công tác PBGDPL tại các cơ sở giáo dục trực thuộc",
        "Thanh tra Sở",
        "Văn phòng Sở, Phòng Tổ chức cán bộ",
        "Quý IV/2026",
        "Kết luận kiểm tra",
    ),
    (
        "8",
        "Sơ kết công tác PBGDPL năm 2026, đề xuất khen thưởng",
        "Văn phòng Sở",
        "Các phòng chuyên môn thuộc Sở",
        "Trước ngày 10/12/2026",
        "Báo cáo sơ kết",
    ),
)

PLAN_GD = Plan(
    name="sogddt_hungyen_2026",
    blocks=[
        *_header(
            "UBND TỈNH HƯNG YÊN",
            "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
            "142/KH-SGDĐT",
            "Hưng Yên, ngày 16 tháng 01 năm 2026",
            "Phổ biến, giáo dục pháp luật trong nhà trường năm 2026",
            "của ngành Giáo dục và Đào tạo",
        ),
        P(
            "Căn cứ Kế hoạch số 09/KH-UBND ngày 08/01/2026 của UBND tỉnh Hưng Yên về công tác phổ biến, "
            "giáo dục pháp luật năm 2026; Sở Giáo dục và Đào tạo xây dựng Kế hoạch như sau:"
        ),
        *_purpose(
            [
                "Nâng cao ý thức tôn trọng, chấp hành pháp luật của cán bộ, giáo viên, học sinh.",
                "Xây dựng môi trường giáo dục an toàn, lành mạnh, thân thiện.",
                "Bám sát chương trình giáo dục phổ thông 2018; phù hợp lứa tuổi.",
            ]
        ),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("(Có phụ lục nhiệm vụ kèm theo)"),
        T(_GD_ROWS, widths=(8, 60, 32, 40, 26, 24)),
        *_end(
            [
                "III. TỔ CHỨC THỰC HIỆN",
                "Các cơ sở giáo dục báo cáo kết quả về Sở (qua Văn phòng Sở) trước ngày 30/11/2026.",
            ],
            "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
            "Đào Thị Thu Hà",
            ["Sở Tư pháp (để b/c);", "Các cơ sở giáo dục trực thuộc;"],
        ),
    ],
    expected=[
        Exp(
            "Ban hành văn bản hướng dẫn thực hiện nhiệm vụ PBGDPL",
            ("Văn phòng Sở",),
            ("Phòng Giáo dục Mầm non - Tiểu học", "Phòng Giáo dục Trung học - Giáo dục thường xuyên"),
            "2026-08-31",
        ),
        Exp(
            "Hướng dẫn triển khai các luật mới",
            ("Phòng Tổ chức cán bộ",),
            ("Thanh tra Sở", "Văn phòng Sở"),
            "2026-12-31",
            on_request=True,
        ),
        Exp(
            "Lồng ghép nội dung giáo dục pháp luật",
            ("Phòng Giáo dục Trung học - Giáo dục thường xuyên",),
            (
                "Các trường trung học phổ thông",
                "các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên",
            ),
            "2026-12-31",
        ),
        Exp(
            "Tổ chức Cuộc thi",
            ("Phòng Chính trị, tư tưởng và Công tác học sinh, sinh viên",),
            ("Công an tỉnh", "Tỉnh đoàn Hưng Yên", "Sở Văn hóa, Thể thao và Du lịch"),
            "2026-05-31",
        ),
        Exp(
            "Tuyên truyền phòng, chống bạo lực học đường",
            ("Phòng Chính trị, tư tưởng và Công tác học sinh, sinh viên",),
            ("Sở Y tế", "Công an tỉnh", "các cơ sở giáo dục"),
            "2026-06-30",
        ),
        Exp(
            "Bồi dưỡng nghiệp vụ cho giáo viên",
            ("Phòng Tổ chức cán bộ",),
            ("Trường Chính trị Nguyễn Văn Linh",),
            "2026-07-31",
        ),
        Exp(
            "Kiểm tra việc thực hiện công tác PBGDPL",
            ("Thanh tra Sở",),
            ("Văn phòng Sở", "Phòng Tổ chức cán bộ"),
            "2026-12-31",
        ),
        Exp(
            "Sơ kết công tác PBGDPL năm 2026",
            ("Văn phòng Sở",),
            ("Các phòng chuyên môn thuộc Sở",),
            "2026-12-10",
        ),
    ],
)

# ---------------------------------------------------------------- 2: Sở Y tế Hải Phòng, "+ Đơn vị chủ trì:"
PLAN_YT = Plan(
    name="soyte_haiphong_2026",
    blocks=[
        *_header(
            "UBND THÀNH PHỐ HẢI PHÒNG",
            "SỞ Y TẾ",
            "57/KH-SYT",
            "Hải Phòng, ngày 22 tháng 01 năm 2026",
            "Triển khai thi hành Luật Khám bệnh, chữa bệnh và công tác PBGDPL năm 2026",
            "trong ngành Y tế thành phố",
        ),
        P(
            "Thực hiện Kế hoạch số 15/KH-UBND ngày 12/01/2026 của UBND thành phố về công tác PBGDPL năm "
            "2026, Sở Y tế ban hành Kế hoạch như sau:"
        ),
        *_purpose(
            [
                "Bảo đảm Luật Khám bệnh, chữa bệnh năm 2023 được triển khai đồng bộ, thống nhất.",
                "Nâng cao ý thức chấp hành pháp luật của người hành nghề khám bệnh, chữa bệnh.",
                "Xác định rõ nội dung, thời hạn, đơn vị chủ trì và phối hợp.",
            ]
        ),
        P("II. NỘI DUNG", bold=True),
        P("1. Tuyên truyền, phổ biến Luật Khám bệnh, chữa bệnh", bold=True),
        P("1.1. Biên soạn tài liệu giới thiệu những điểm mới của Luật Khám bệnh, chữa bệnh"),
        P("+ Đơn vị chủ trì: Phòng Nghiệp vụ Y."),
        P("+ Đơn vị phối hợp: Văn phòng Sở, Thanh tra Sở."),
        P("+ Thời gian: Quý I/2026."),
        P(
            "1.2. Tổ chức hội nghị phổ biến Luật cho người hành nghề tại các cơ sở khám bệnh, chữa bệnh tư nhân"
        ),
        P("+ Đơn vị chủ trì: Phòng Nghiệp vụ Y."),
        P(
            "+ Đơn vị phối hợp: Hội Y học thành phố; Hội Hành nghề y tư nhân thành phố và các bệnh viện "
            "tư nhân trên địa bàn."
        ),
        P("+ Thời gian: Quý II, III/2026."),
        P("1.3. Phổ biến quy định về cấp giấy phép hành nghề theo lộ trình mới"),
        P("+ Đơn vị chủ trì: Phòng Quản lý hành nghề y, dược."),
        P("+ Đơn vị phối hợp: Trung tâm Kiểm soát bệnh tật thành phố, Trung tâm Pháp y thành phố."),
        P("+ Thời gian: Sau khi Thông tư hướng dẫn của Bộ Y tế được ban hành."),
        P("2. Phổ biến pháp luật về an toàn thực phẩm và phòng, chống tác hại của thuốc lá", bold=True),
        P("2.1. Truyền thông về an toàn thực phẩm trong dịp Tết và Tháng hành động vì an toàn thực phẩm"),
        P("+ Đơn vị chủ trì: Chi cục An toàn vệ sinh thực phẩm."),
        P(
            "+ Đơn vị phối hợp: Sở Nông nghiệp và Môi trường; Sở Công Thương; Báo và Phát thanh, Truyền hình "
            "Hải Phòng."
        ),
        P("+ Thời gian: Tháng 01 - tháng 5/2026."),
        P("2.2. Tuyên truyền Luật Phòng, chống tác hại của thuốc lá tại cơ sở y tế"),
        P("+ Đơn vị chủ trì: Trung tâm Kiểm soát bệnh tật thành phố."),
        P("+ Đơn vị phối hợp: Các bệnh viện, trung tâm y tế trực thuộc Sở."),
        P("+ Thời gian: Thường xuyên."),
        P("3. Kiện toàn đội ngũ báo cáo viên pháp luật của ngành Y tế", bold=True),
        P("+ Đơn vị chủ trì: Phòng Tổ chức cán bộ."),
        P("+ Đơn vị phối hợp: Văn phòng Sở."),
        P("+ Thời gian: Tháng 4/2026."),
        P("4. Thanh tra, kiểm tra việc chấp hành pháp luật về khám bệnh, chữa bệnh", bold=True),
        P("+ Đơn vị chủ trì: Thanh tra Sở."),
        P("+ Đơn vị phối hợp: Phòng Nghiệp vụ Y, Phòng Quản lý hành nghề y, dược."),
        P("+ Thời gian: Theo kế hoạch thanh tra năm 2026, hoàn thành trước ngày 15/11/2026."),
        *_end(
            [
                "III. TỔ CHỨC THỰC HIỆN",
                "Văn phòng Sở tổng hợp, báo cáo UBND thành phố, Sở Tư pháp trước ngày 05/12/2026.",
            ],
            "GIÁM ĐỐC",
            "Phạm Văn Thịnh",
            ["UBND thành phố (để b/c);", "Sở Tư pháp;", "Các đơn vị trực thuộc;"],
        ),
    ],
    expected=[
        Exp(
            "Biên soạn tài liệu giới thiệu những điểm mới",
            ("Phòng Nghiệp vụ Y",),
            ("Văn phòng Sở", "Thanh tra Sở"),
            "2026-03-31",
        ),
        Exp(
            "Tổ chức hội nghị phổ biến Luật cho người hành nghề",
            ("Phòng Nghiệp vụ Y",),
            (
                "Hội Y học thành phố",
                "Hội Hành nghề y tư nhân thành phố",
                "các bệnh viện tư nhân trên địa bàn",
            ),
            "2026-09-30",
        ),
        Exp(
            "Phổ biến quy định về cấp giấy phép hành nghề",
            ("Phòng Quản lý hành nghề y, dược",),
            ("Trung tâm Kiểm soát bệnh tật thành phố", "Trung tâm Pháp y thành phố"),
            "2026-12-31",
            on_request=True,
        ),
        Exp(
            "Truyền thông về an toàn thực phẩm",
            ("Chi cục An toàn vệ sinh thực phẩm",),
            ("Sở Nông nghiệp và Môi trường", "Sở Công Thương", "Báo và Phát thanh, Truyền hình Hải Phòng"),
            "2026-05-31",
        ),
        Exp(
            "Tuyên truyền Luật Phòng, chống tác hại của thuốc lá",
            ("Trung tâm Kiểm soát bệnh tật thành phố",),
            ("Các bệnh viện, trung tâm y tế trực thuộc Sở",),
            "2026-12-31",
        ),
        Exp(
            "Kiện toàn đội ngũ báo cáo viên pháp luật",
            ("Phòng Tổ chức cán bộ",),
            ("Văn phòng Sở",),
            "2026-04-30",
        ),
        Exp(
            "Thanh tra, kiểm tra việc chấp hành pháp luật",
            ("Thanh tra Sở",),
            ("Phòng Nghiệp vụ Y", "Phòng Quản lý hành nghề y, dược"),
            "2026-11-15",
        ),
    ],
)


# ---------------------------------------------------------------- 3: Bộ CHQS Quảng Trị, bracketed assignments
PLAN_QS = Plan(
    name="bchqs_quangtri_2026",
    blocks=[
        *_header(
            "QUÂN KHU 4",
            "BỘ CHỈ HUY QUÂN SỰ TỈNH QUẢNG TRỊ",
            "318/KH-BCH",
            "Quảng Trị, ngày 09 tháng 02 năm 2026",
            "Tuyên truyền, phổ biến Luật Phòng thủ dân sự và công tác PBGDPL năm 2026",
            "trong lực lượng vũ trang tỉnh",
        ),
        P(
            "Căn cứ Kế hoạch số 27/KH-UBND ngày 20/01/2026 của UBND tỉnh Quảng Trị; Hướng dẫn số 112/HD-CT "
            "ngày 15/01/2026 của Cục Chính trị Quân khu 4, Bộ Chỉ huy Quân sự tỉnh xây dựng Kế hoạch như sau:"
        ),
        *_purpose(
            [
                "Nâng cao hiểu biết pháp luật về phòng thủ dân sự, quốc phòng cho cán bộ, chiến sĩ, dân quân tự vệ.",
                "Xây dựng đơn vị chấp hành nghiêm pháp luật, kỷ luật quân đội.",
                "Kết hợp chặt chẽ với nhiệm vụ huấn luyện, sẵn sàng chiến đấu.",
            ]
        ),
        P("II. NỘI DUNG, HÌNH THỨC", bold=True),
        P("1. Phổ biến Luật Phòng thủ dân sự và các nghị định hướng dẫn", bold=True),
        P(
            "a) Tổ chức hội nghị quán triệt Luật Phòng thủ dân sự cho cán bộ chủ trì các cơ quan, đơn vị "
            "(Chủ trì: Phòng Chính trị; phối hợp: Phòng Tham mưu, Phòng Hậu cần - Kỹ thuật; thời gian: Quý I/2026)."
        ),
        P(
            "b) Biên soạn tài liệu hỏi - đáp về phòng thủ dân sự phát cho Ban Chỉ huy quân sự cấp xã "
            "(Chủ trì: Phòng Tham mưu; phối hợp: Phòng Chính trị; Ban Chỉ huy Phòng thủ khu vực 1 - Đông Hà; "
            "thời gian: Tháng 5/2026)."
        ),
        P(
            "c) Lồng ghép phổ biến Luật trong diễn tập khu vực phòng thủ cấp xã (Chủ trì: Ban Chỉ huy Phòng thủ "
            "khu vực 2 - Vĩnh Linh và Ban Chỉ huy Phòng thủ khu vực 3 - Hướng Hóa; phối hợp: UBND các xã có diễn "
            "tập; thời gian: Quý II, III/2026)."
        ),
        P("2. Giáo dục pháp luật, kỷ luật cho chiến sĩ mới", bold=True),
        P(
            "Tổ chức giáo dục Luật Nghĩa vụ quân sự, Điều lệnh quản lý bộ đội cho chiến sĩ mới nhập ngũ năm 2026 "
            "(Chủ trì: Trung đoàn 842; phối hợp: Phòng Chính trị, Phòng Tham mưu; thời gian: Từ tháng 3 đến "
            "tháng 6/2026)."
        ),
        P("3. Tuyên truyền pháp luật cho Nhân dân vùng biên giới", bold=True),
        P(
            "Phối hợp tuyên truyền pháp luật về biên giới quốc gia, phòng chống mua bán người cho đồng bào "
            "Vân Kiều, Pa Kô (Chủ trì: Ban Chỉ huy Phòng thủ khu vực 3 - Hướng Hóa; phối hợp: Bộ Chỉ huy Bộ đội "
            "Biên phòng tỉnh, Công an tỉnh; thời gian: Thường xuyên)."
        ),
        P("4. Hưởng ứng Ngày Pháp luật Việt Nam 09/11", bold=True),
        P(
            "Tổ chức cuộc thi tìm hiểu pháp luật trực tuyến trong lực lượng vũ trang tỉnh (Chủ trì: Phòng Chính "
            "trị; phối hợp: các cơ quan, đơn vị có liên quan; thời gian: Tháng 10 - 11/2026)."
        ),
        P("5. Trợ giúp pháp lý cho quân nhân, gia đình quân nhân", bold=True),
        P(
            "Phối hợp thực hiện trợ giúp pháp lý khi có yêu cầu (Chủ trì: Ban Pháp chế; phối hợp: Trung tâm Trợ "
            "giúp pháp lý nhà nước tỉnh; thời gian: Theo đề nghị của cơ quan, đơn vị và quân nhân)."
        ),
        *_end(
            [
                "III. TỔ CHỨC THỰC HIỆN",
                "Phòng Chính trị theo dõi, tổng hợp, báo cáo Quân khu và UBND tỉnh trước ngày 25/11/2026.",
            ],
            "CHÍNH ỦY",
            "Đại tá Lê Văn Quang",
            ["Cục Chính trị QK4 (để b/c);", "Sở Tư pháp;", "Các cơ quan, đơn vị;"],
        ),
    ],
    expected=[
        Exp(
            "Tổ chức hội nghị quán triệt Luật Phòng thủ dân sự",
            ("Phòng Chính trị",),
            ("Phòng Tham mưu", "Phòng Hậu cần - Kỹ thuật"),
            "2026-03-31",
        ),
        Exp(
            "Biên soạn tài liệu hỏi - đáp về phòng thủ dân sự",
            ("Phòng Tham mưu",),
            ("Phòng Chính trị", "Ban Chỉ huy Phòng thủ khu vực 1 - Đông Hà"),
            "2026-05-31",
        ),
        Exp(
            "Lồng ghép phổ biến Luật trong diễn tập",
            ("Ban Chỉ huy Phòng thủ khu vực 2 - Vĩnh Linh", "Ban Chỉ huy Phòng thủ khu vực 3 - Hướng Hóa"),
            ("UBND các xã có diễn tập",),
            "2026-09-30",
        ),
        Exp(
            "Giáo dục pháp luật, kỷ luật cho chiến sĩ mới",
            ("Trung đoàn 842",),
            ("Phòng Chính trị", "Phòng Tham mưu"),
            "2026-06-30",
        ),
        Exp(
            "Tuyên truyền pháp luật cho Nhân dân vùng biên giới",
            ("Ban Chỉ huy Phòng thủ khu vực 3 - Hướng Hóa",),
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Công an tỉnh"),
            "2026-12-31",
        ),
        Exp(
            "Hưởng ứng Ngày Pháp luật Việt Nam",
            ("Phòng Chính trị",),
            ("các cơ quan, đơn vị có liên quan",),
            "2026-11-30",
        ),
        Exp(
            "Trợ giúp pháp lý cho quân nhân",
            ("Ban Pháp chế",),
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh",),
            "2026-12-31",
            on_request=True,
        ),
    ],
)


# ---------------------------------------------------------------- 4: Chi cục Hải quan khu vực II, two-row header
_HQ_ROWS: tuple[tuple[str, ...], ...] = (
    ("TT", "Nội dung", "Thời gian thực hiện", "Đơn vị thực hiện", ""),
    ("", "", "", "Chủ trì", "Phối hợp"),
    (
        "1",
        "Phổ biến Luật Hải quan (sửa đổi) và các nghị định hướng dẫn cho công chức hải quan",
        "Quý I/2026",
        "Đội Tổng hợp",
        "Các Hải quan cửa khẩu thuộc Chi cục",
    ),
    (
        "2",
        "Đối thoại doanh nghiệp - hải quan về thủ tục hải quan điện tử, quản lý rủi ro",
        "Từ 01/4/2026 đến 30/6/2026",
        "Đội Nghiệp vụ",
        "Hiệp hội Doanh nghiệp TP. Hồ Chí Minh; Hiệp hội Logistics Việt Nam",
    ),
    (
        "3",
        "Tuyên truyền pháp luật về phòng, chống buôn lậu, gian lận thương mại và hàng giả",
        "Thường xuyên",
        "Đội Kiểm soát hải quan",
        "Công an Thành phố Hồ Chí Minh, Bộ đội Biên phòng Thành phố, Ban Chỉ đạo 389 Thành phố",
    ),
    (
        "4",
        "Cập nhật văn bản mới trên Trang thông tin điện tử, fanpage của Chi cục",
        "Hằng tháng",
        "Đội Tổng hợp",
        "Đội Công nghệ thông tin",
    ),
    (
        "5",
        "Phổ biến các cam kết về thuận lợi hóa thương mại trong các Hiệp định thương mại tự do (EVFTA, CPTPP, RCEP)",
        "Quý II, III/2026",
        "Đội Thuế xuất nhập khẩu",
        "Hải quan cửa khẩu cảng Sài Gòn khu vực I, Hải quan cửa khẩu sân bay quốc tế Tân Sơn Nhất",
    ),
    (
        "6",
        "Tham gia ý kiến dự thảo văn bản quy phạm pháp luật về hải quan",
        "Theo đề nghị của Cục Hải quan",
        "Đội Tổng hợp",
        "Các đội, Hải quan cửa khẩu có liên quan",
    ),
    (
        "7",
        "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam",
        "Tháng 11/2026",
        "Đội Tổng hợp",
        "Công đoàn Chi cục, Chi đoàn Chi cục",
    ),
)

PLAN_HQ = Plan(
    name="haiquan_kv2_hcm_2026",
    blocks=[
        *_header(
            "CỤC HẢI QUAN",
            "CHI CỤC HẢI QUAN KHU VỰC II",
            "85/KH-HQKVII",
            "TP. Hồ Chí Minh, ngày 05 tháng 02 năm 2026",
            "Công tác phổ biến, giáo dục pháp luật và hỗ trợ pháp lý cho doanh nghiệp năm 2026",
            "",
        ),
        P(
            "Thực hiện Kế hoạch số 20/KH-CHQ ngày 13/01/2026 của Cục Hải quan về công tác PBGDPL năm 2026, Chi cục "
            "Hải quan khu vực II xây dựng Kế hoạch thực hiện như sau:"
        ),
        *_purpose(
            [
                "Nâng cao nhận thức, ý thức chấp hành pháp luật hải quan của công chức và cộng đồng doanh nghiệp.",
                "Góp phần cải cách hành chính, tạo thuận lợi thương mại.",
                "Nội dung thiết thực, đúng đối tượng, gắn với nhiệm vụ chuyên môn.",
            ]
        ),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        T(_HQ_ROWS, widths=(8, 70, 28, 30, 54)),
        *_end(
            [
                "III. TỔ CHỨC THỰC HIỆN",
                "Đội Tổng hợp là đầu mối theo dõi, báo cáo Cục Hải quan định kỳ 6 tháng (trước ngày 15/6/2026) "
                "và năm (trước ngày 15/12/2026).",
            ],
            "CHI CỤC TRƯỞNG",
            "Nguyễn Hoàng Tuấn",
            ["Cục Hải quan (để b/c);", "Các đội, Hải quan cửa khẩu;"],
        ),
    ],
    expected=[
        Exp(
            "Phổ biến Luật Hải quan (sửa đổi)",
            ("Đội Tổng hợp",),
            ("Các Hải quan cửa khẩu thuộc Chi cục",),
            "2026-03-31",
        ),
        Exp(
            "Đối thoại doanh nghiệp - hải quan",
            ("Đội Nghiệp vụ",),
            ("Hiệp hội Doanh nghiệp TP. Hồ Chí Minh", "Hiệp hội Logistics Việt Nam"),
            "2026-06-30",
        ),
        Exp(
            "Tuyên truyền pháp luật về phòng, chống buôn lậu",
            ("Đội Kiểm soát hải quan",),
            (
                "Công an Thành phố Hồ Chí Minh",
                "Bộ đội Biên phòng Thành phố",
                "Ban Chỉ đạo 389 Thành phố",
            ),
            "2026-12-31",
        ),
        Exp(
            "Cập nhật văn bản mới trên Trang thông tin điện tử",
            ("Đội Tổng hợp",),
            ("Đội Công nghệ thông tin",),
            "2026-12-31",
        ),
        Exp(
            "Phổ biến các cam kết về thuận lợi hóa thương mại",
            ("Đội Thuế xuất nhập khẩu",),
            (
                "Hải quan cửa khẩu cảng Sài Gòn khu vực I",
                "Hải quan cửa khẩu sân bay quốc tế Tân Sơn Nhất",
            ),
            "2026-09-30",
        ),
        Exp(
            "Tham gia ý kiến dự thảo văn bản quy phạm pháp luật",
            ("Đội Tổng hợp",),
            ("Các đội, Hải quan cửa khẩu có liên quan",),
            "2026-12-31",
            on_request=True,
        ),
        Exp(
            "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật",
            ("Đội Tổng hợp",),
            ("Công đoàn Chi cục", "Chi đoàn Chi cục"),
            "2026-11-30",
        ),
    ],
)


# ---------------------------------------------------------------- 5: VKSND Đồng Tháp, prose assignments
PLAN_VKS = Plan(
    name="vksnd_dongthap_2026",
    blocks=[
        *_header(
            "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO",
            "VIỆN KIỂM SÁT NHÂN DÂN TỈNH ĐỒNG THÁP",
            "21/KH-VKS-VP",
            "Đồng Tháp, ngày 28 tháng 9 năm 2026",
            "Tổ chức hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2026",
            "trong ngành Kiểm sát nhân dân tỉnh Đồng Tháp",
        ),
        P(
            "Căn cứ Công văn số 3105/VKSTC-VP ngày 10/9/2026 của Viện kiểm sát nhân dân tối cao; Kế hoạch số "
            "245/KH-UBND ngày 15/9/2026 của UBND tỉnh Đồng Tháp, Viện kiểm sát nhân dân tỉnh ban hành Kế hoạch:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "Tiếp tục nâng cao nhận thức về vị trí, vai trò của Hiến pháp, pháp luật; gắn việc hưởng ứng Ngày Pháp "
            "luật với thực hiện nhiệm vụ chính trị của Ngành. Tổ chức thiết thực, tiết kiệm, tránh hình thức."
        ),
        P("II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        P("1. Treo băng rôn, khẩu hiệu hưởng ứng Ngày Pháp luật tại trụ sở", bold=True),
        P(
            "Giao Văn phòng chủ trì, phối hợp với Viện kiểm sát nhân dân khu vực 1, Viện kiểm sát nhân dân khu vực 2 "
            "thực hiện. Thời gian: từ ngày 01/11/2026 đến ngày 09/11/2026."
        ),
        P("2. Tổ chức Hội nghị quán triệt các luật mới có hiệu lực năm 2026", bold=True),
        P(
            "Phòng Tổ chức cán bộ chủ trì tham mưu cho Lãnh đạo Viện tổ chức hội nghị trực tuyến đến các Viện kiểm sát "
            "khu vực; Phòng Thực hành quyền công tố và kiểm sát điều tra án hình sự, Phòng Kiểm sát giải quyết các vụ, "
            "việc dân sự, hôn nhân và gia đình phối hợp chuẩn bị nội dung. Hoàn thành trước ngày 31/10/2026."
        ),
        P("3. Tổ chức phiên tòa rút kinh nghiệm kết hợp tuyên truyền pháp luật", bold=True),
        P(
            "Viện kiểm sát nhân dân khu vực 1 chủ trì, phối hợp với Tòa án nhân dân khu vực 1 - Đồng Tháp lựa chọn vụ án "
            "điển hình để xét xử lưu động tại địa phương. Thời gian thực hiện: Tháng 11/2026."
        ),
        P("4. Viết tin, bài về hoạt động hưởng ứng Ngày Pháp luật", bold=True),
        P(
            "Đồng chí Phó Chánh Văn phòng phụ trách công tác thông tin, tuyên truyền chịu trách nhiệm thực hiện, "
            "phối hợp với các phòng nghiệp vụ và các Viện kiểm sát khu vực. Thời gian: Tháng 11 năm 2026."
        ),
        P("5. Tổ chức cuộc thi “Tìm hiểu Hiến pháp và pháp luật” cho đoàn viên thanh niên", bold=True),
        P(
            "Chi đoàn Viện kiểm sát nhân dân tỉnh chủ trì, phối hợp với Công đoàn cơ sở Viện kiểm sát nhân dân tỉnh "
            "và Ban Nữ công tổ chức cuộc thi. Thời gian: Từ 15/10/2026 đến 05/11/2026."
        ),
        P("6. Sơ kết, đánh giá kết quả hưởng ứng Ngày Pháp luật", bold=True),
        P(
            "Văn phòng chủ trì tổng hợp kết quả, báo cáo Viện kiểm sát nhân dân tối cao và UBND tỉnh (qua Sở Tư pháp) "
            "trước ngày 20/11/2026."
        ),
        *_end(
            ["III. TỔ CHỨC THỰC HIỆN", "Yêu cầu các đơn vị nghiêm túc triển khai thực hiện Kế hoạch này."],
            "VIỆN TRƯỞNG",
            "Trần Quốc Việt",
            ["VKSND tối cao (để b/c);", "UBND tỉnh;", "Sở Tư pháp;", "Các đơn vị trực thuộc;"],
        ),
    ],
    expected=[
        Exp(
            "Treo băng rôn, khẩu hiệu hưởng ứng Ngày Pháp luật",
            ("Văn phòng",),
            ("Viện kiểm sát nhân dân khu vực 1", "Viện kiểm sát nhân dân khu vực 2"),
            "2026-11-09",
        ),
        Exp(
            "Tổ chức Hội nghị quán triệt các luật mới",
            ("Phòng Tổ chức cán bộ",),
            (
                "Phòng Thực hành quyền công tố và kiểm sát điều tra án hình sự",
                "Phòng Kiểm sát giải quyết các vụ, việc dân sự, hôn nhân và gia đình",
            ),
            "2026-10-31",
        ),
        Exp(
            "Tổ chức phiên tòa rút kinh nghiệm",
            ("Viện kiểm sát nhân dân khu vực 1",),
            ("Tòa án nhân dân khu vực 1 - Đồng Tháp",),
            "2026-11-30",
        ),
        Exp(
            "Viết tin, bài về hoạt động hưởng ứng Ngày Pháp luật",
            ("Đồng chí Phó Chánh Văn phòng phụ trách công tác thông tin, tuyên truyền",),
            ("các phòng nghiệp vụ", "các Viện kiểm sát khu vực"),
            "2026-11-30",
        ),
        Exp(
            "Tổ chức cuộc thi",
            ("Chi đoàn Viện kiểm sát nhân dân tỉnh",),
            ("Công đoàn cơ sở Viện kiểm sát nhân dân tỉnh", "Ban Nữ công"),
            "2026-11-05",
        ),
        Exp(
            "Sơ kết, đánh giá kết quả hưởng ứng Ngày Pháp luật",
            ("Văn phòng",),
            (),
            "2026-11-20",
        ),
    ],
)

# ---------------------------------------------------------------- 6: LĐLĐ An Giang, several blocks per item
PLAN_LD = Plan(
    name="ldld_angiang_2026",
    blocks=[
        *_header(
            "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM",
            "LIÊN ĐOÀN LAO ĐỘNG TỈNH AN GIANG",
            "34/KH-LĐLĐ",
            "An Giang, ngày 03 tháng 3 năm 2026",
            "Tuyên truyền, phổ biến, giáo dục pháp luật cho đoàn viên, người lao động trong các doanh nghiệp",
            "năm 2026",
        ),
        P(
            "Thực hiện Kế hoạch số 11/KH-TLĐ ngày 12/01/2026 của Tổng Liên đoàn Lao động Việt Nam, Ban Thường vụ Liên "
            "đoàn Lao động tỉnh xây dựng Kế hoạch như sau:"
        ),
        *_purpose(
            [
                "Giúp đoàn viên, người lao động hiểu và thực hiện đúng quyền, nghĩa vụ theo pháp luật lao động.",
                "Góp phần xây dựng quan hệ lao động hài hòa, ổn định, tiến bộ trong doanh nghiệp.",
                "Chú trọng doanh nghiệp có đông lao động, doanh nghiệp chưa có tổ chức công đoàn.",
            ]
        ),
        P("II. NỘI DUNG", bold=True),
        P("1. Biên soạn tài liệu và tuyên truyền Bộ luật Lao động, Luật Công đoàn năm 2024", bold=True),
        P(
            "- Biên soạn sổ tay hỏi - đáp pháp luật lao động, công đoàn: Ban Tuyên giáo chủ trì, phối hợp Ban Chính "
            "sách - Pháp luật; thời gian: Quý I/2026."
        ),
        P(
            "- Tổ chức tuyên truyền tại các khu nhà trọ công nhân: Công đoàn các Khu công nghiệp tỉnh chủ trì, phối "
            "hợp với Liên đoàn Lao động các khu vực và chủ nhà trọ; thời gian: Từ tháng 4 đến tháng 9/2026."
        ),
        P("2. Tư vấn pháp luật, trợ giúp pháp lý cho người lao động", bold=True),
        P(
            "- Duy trì đường dây nóng tư vấn pháp luật: Văn phòng Tư vấn pháp luật Công đoàn tỉnh thực hiện, phối hợp "
            "Trung tâm Trợ giúp pháp lý nhà nước tỉnh; thời gian: Thường xuyên."
        ),
        P(
            "- Tham gia tố tụng, đại diện bảo vệ quyền lợi người lao động: Ban Chính sách - Pháp luật chủ trì; thời "
            "gian: Khi người lao động có yêu cầu."
        ),
        P("3. Phổ biến pháp luật về bảo hiểm xã hội, bảo hiểm thất nghiệp", bold=True),
        P("- Đơn vị thực hiện: Ban Chính sách - Pháp luật."),
        P("- Đơn vị phối hợp: Bảo hiểm xã hội tỉnh An Giang; Sở Nội vụ."),
        P("- Thời gian: Quý II/2026."),
        P("4. Tổ chức Hội thi “Công nhân với pháp luật” năm 2026", bold=True),
        P("- Đơn vị thực hiện: Ban Tuyên giáo."),
        P("- Đơn vị phối hợp: Văn phòng, Ban Tài chính, Công đoàn các Khu công nghiệp tỉnh."),
        P("- Thời gian: Tháng 7 - tháng 8/2026."),
        P("5. Kiểm tra, giám sát việc thực hiện chính sách, pháp luật tại doanh nghiệp", bold=True),
        P("- Đơn vị thực hiện: Ủy ban Kiểm tra LĐLĐ tỉnh."),
        P("- Đơn vị phối hợp: Ban Chính sách - Pháp luật, Thanh tra Sở Nội vụ."),
        P("- Thời gian: Quý III, IV/2026."),
        *_end(
            [
                "III. TỔ CHỨC THỰC HIỆN",
                "Các Liên đoàn Lao động khu vực, Công đoàn ngành báo cáo kết quả về LĐLĐ tỉnh (qua Ban Tuyên giáo) "
                "trước ngày 30/11/2026.",
            ],
            "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH",
            "Lê Thị Kim Ngân",
            ["Tổng LĐLĐ Việt Nam (để b/c);", "Các Liên đoàn Lao động khu vực;"],
        ),
    ],
    expected=[
        Exp(
            "Biên soạn sổ tay hỏi - đáp pháp luật lao động",
            ("Ban Tuyên giáo",),
            ("Ban Chính sách - Pháp luật",),
            "2026-03-31",
        ),
        Exp(
            "Tổ chức tuyên truyền tại các khu nhà trọ công nhân",
            ("Công đoàn các Khu công nghiệp tỉnh",),
            ("Liên đoàn Lao động các khu vực", "chủ nhà trọ"),
            "2026-09-30",
        ),
        Exp(
            "Duy trì đường dây nóng tư vấn pháp luật",
            ("Văn phòng Tư vấn pháp luật Công đoàn tỉnh",),
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh",),
            "2026-12-31",
        ),
        Exp(
            "Tham gia tố tụng, đại diện bảo vệ quyền lợi người lao động",
            ("Ban Chính sách - Pháp luật",),
            (),
            "2026-12-31",
            on_request=True,
        ),
        Exp(
            "Phổ biến pháp luật về bảo hiểm xã hội",
            ("Ban Chính sách - Pháp luật",),
            ("Bảo hiểm xã hội tỉnh An Giang", "Sở Nội vụ"),
            "2026-06-30",
        ),
        Exp(
            "Tổ chức Hội thi",
            ("Ban Tuyên giáo",),
            ("Văn phòng", "Ban Tài chính", "Công đoàn các Khu công nghiệp tỉnh"),
            "2026-08-31",
        ),
        Exp(
            "Kiểm tra, giám sát việc thực hiện chính sách, pháp luật",
            ("Ủy ban Kiểm tra LĐLĐ tỉnh",),
            ("Ban Chính sách - Pháp luật", "Thanh tra Sở Nội vụ"),
            "2026-12-31",
        ),
    ],
)


# ---------------------------------------------------------------- 7: Bệnh viện Đa khoa Đức Giang, table, persons
_BV_ROWS: tuple[tuple[str, ...], ...] = (
    ("TT", "Nội dung", "Thời gian", "Khoa, phòng chủ trì", "Khoa, phòng phối hợp"),
    (
        "1",
        "Phổ biến Luật Khám bệnh, chữa bệnh năm 2023 và Nghị định số 96/2023/NĐ-CP cho bác sĩ, điều dưỡng, "
        "kỹ thuật viên",
        "Quý I/2026",
        "Phòng Kế hoạch tổng hợp",
        "Phòng Điều dưỡng; Phòng Quản lý chất lượng",
    ),
    (
        "2",
        "Tập huấn quy tắc ứng xử, phòng ngừa khiếu nại, tố cáo trong khám bệnh, chữa bệnh",
        "Tháng 4/2026",
        "Phòng Tổ chức cán bộ",
        "Phòng Công tác xã hội, Thanh tra nhân dân Bệnh viện",
    ),
    (
        "3",
        "Tuyên truyền pháp luật về phòng cháy, chữa cháy và cứu nạn, cứu hộ tại các khoa, phòng",
        "Quý II, III/2026",
        "Phòng Hành chính quản trị",
        "Đội phòng cháy, chữa cháy cơ sở; Công an phường Việt Hưng",
    ),
    (
        "4",
        "Cập nhật văn bản pháp luật mới về y tế trên Trang thông tin điện tử và tủ sách pháp luật của Bệnh viện",
        "Thường xuyên",
        "Phòng Công nghệ thông tin",
        "Phòng Kế hoạch tổng hợp",
    ),
    (
        "5",
        "Phổ biến pháp luật về bảo hiểm y tế, thanh toán chi phí khám bệnh, chữa bệnh bảo hiểm y tế",
        "Tháng 6 - tháng 8/2026",
        "Phòng Tài chính kế toán",
        "Bộ phận Giám định bảo hiểm y tế - Bảo hiểm xã hội thành phố Hà Nội đặt tại Bệnh viện",
    ),
    (
        "6",
        "Kiểm tra việc chấp hành quy chế chuyên môn và quy định về kê đơn thuốc",
        "",
        "Phó Giám đốc phụ trách chuyên môn",
        "Phòng Kế hoạch tổng hợp, Khoa Dược - Vật tư thiết bị y tế",
    ),
    (
        "7",
        "Tổ chức hưởng ứng Ngày Pháp luật Việt Nam trong Bệnh viện",
        "Tháng 11/2026",
        "Công đoàn Bệnh viện",
        "Đoàn Thanh niên Bệnh viện; Phòng Tổ chức cán bộ",
    ),
)

PLAN_BV = Plan(
    name="bvdk_ducgiang_hanoi_2026",
    blocks=[
        *_header(
            "SỞ Y TẾ HÀ NỘI",
            "BỆNH VIỆN ĐA KHOA ĐỨC GIANG",
            "96/KH-BVĐKĐG",
            "Hà Nội, ngày 26 tháng 01 năm 2026",
            "Phổ biến, giáo dục pháp luật năm 2026",
            "",
        ),
        P(
            "Căn cứ Kế hoạch số 35/KH-SYT ngày 14/01/2026 của Sở Y tế Hà Nội về công tác PBGDPL năm 2026, Bệnh viện "
            "Đa khoa Đức Giang xây dựng Kế hoạch như sau:"
        ),
        *_purpose(
            [
                "Nâng cao hiểu biết pháp luật của viên chức, người lao động Bệnh viện.",
                "Nâng cao chất lượng khám bệnh, chữa bệnh, hướng tới sự hài lòng của người bệnh.",
                "Bảo đảm không ảnh hưởng đến công tác chuyên môn.",
            ]
        ),
        P("II. NỘI DUNG, PHÂN CÔNG NHIỆM VỤ", bold=True),
        T(_BV_ROWS, widths=(8, 72, 24, 34, 52)),
        *_end(
            [
                "III. TỔ CHỨC THỰC HIỆN",
                "Phòng Tổ chức cán bộ là đầu mối, tổng hợp báo cáo Sở Y tế trước ngày 25/11/2026.",
            ],
            "GIÁM ĐỐC",
            "Nguyễn Văn Thường",
            ["Sở Y tế (để b/c);", "Các khoa, phòng;"],
        ),
    ],
    expected=[
        Exp(
            "Phổ biến Luật Khám bệnh, chữa bệnh năm 2023",
            ("Phòng Kế hoạch tổng hợp",),
            ("Phòng Điều dưỡng", "Phòng Quản lý chất lượng"),
            "2026-03-31",
        ),
        Exp(
            "Tập huấn quy tắc ứng xử",
            ("Phòng Tổ chức cán bộ",),
            ("Phòng Công tác xã hội", "Thanh tra nhân dân Bệnh viện"),
            "2026-04-30",
        ),
        Exp(
            "Tuyên truyền pháp luật về phòng cháy, chữa cháy",
            ("Phòng Hành chính quản trị",),
            ("Đội phòng cháy, chữa cháy cơ sở", "Công an phường Việt Hưng"),
            "2026-09-30",
        ),
        Exp(
            "Cập nhật văn bản pháp luật mới về y tế",
            ("Phòng Công nghệ thông tin",),
            ("Phòng Kế hoạch tổng hợp",),
            "2026-12-31",
        ),
        Exp(
            "Phổ biến pháp luật về bảo hiểm y tế",
            ("Phòng Tài chính kế toán",),
            ("Bộ phận Giám định bảo hiểm y tế - Bảo hiểm xã hội thành phố Hà Nội đặt tại Bệnh viện",),
            "2026-08-31",
        ),
        Exp(
            "Kiểm tra việc chấp hành quy chế chuyên môn",
            ("Phó Giám đốc phụ trách chuyên môn",),
            ("Phòng Kế hoạch tổng hợp", "Khoa Dược - Vật tư thiết bị y tế"),
            "2026-12-31",
        ),
        Exp(
            "Tổ chức hưởng ứng Ngày Pháp luật Việt Nam",
            ("Công đoàn Bệnh viện",),
            ("Đoàn Thanh niên Bệnh viện", "Phòng Tổ chức cán bộ"),
            "2026-11-30",
        ),
    ],
)

# ---------------------------------------------------------------- 8: UBND xã Tam Đường, plain headings
PLAN_XA = Plan(
    name="xa_tamduong_laichau_2026",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN",
            "XÃ TAM ĐƯỜNG",
            "18/KH-UBND",
            "Tam Đường, ngày 12 tháng 02 năm 2026",
            "Phổ biến, giáo dục pháp luật cho đồng bào dân tộc thiểu số và công tác hòa giải ở cơ sở năm 2026",
            "",
        ),
        P(
            "Căn cứ Kế hoạch số 41/KH-UBND ngày 22/01/2026 của UBND tỉnh Lai Châu; Ủy ban nhân dân xã Tam Đường ban "
            "hành Kế hoạch như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU"),
        P(
            "Nâng cao hiểu biết pháp luật của đồng bào Mông, Dao, Thái, Lự trên địa bàn xã; nâng cao chất lượng hòa "
            "giải ở cơ sở, giữ gìn đoàn kết trong cộng đồng dân cư."
        ),
        P("II. NHIỆM VỤ"),
        P("1. Kiện toàn tổ hòa giải và đội ngũ hòa giải viên ở các thôn, bản"),
        P(
            "- Thực hiện: Công chức Tư pháp - Hộ tịch; phối hợp: Ủy ban Mặt trận Tổ quốc Việt Nam xã, Trưởng các thôn, "
            "bản; thời gian: Quý I/2026."
        ),
        P("2. Tổ chức tuyên truyền pháp luật bằng tiếng dân tộc tại nhà văn hóa thôn, bản"),
        P(
            "- Thực hiện: Phòng Văn hóa - Xã hội; phối hợp: Đồn Biên phòng Nậm Loỏng, người có uy tín trong đồng bào dân "
            "tộc thiểu số; thời gian: Trong năm."
        ),
        P("3. Phổ biến pháp luật về hôn nhân và gia đình, phòng chống tảo hôn, hôn nhân cận huyết thống"),
        P(
            "- Thực hiện: Hội Liên hiệp Phụ nữ xã; phối hợp: Trạm Y tế xã, Đoàn Thanh niên xã; thời gian: Quý II, "
            "III/2026."
        ),
        P("4. Bồi dưỡng kỹ năng hòa giải cho hòa giải viên"),
        P(
            "- Thực hiện: Công chức Tư pháp - Hộ tịch; phối hợp: Sở Tư pháp tỉnh Lai Châu; thời gian: Khi có văn bản "
            "hướng dẫn của Sở Tư pháp."
        ),
        P("5. Đánh giá xã đạt chuẩn tiếp cận pháp luật năm 2026"),
        P(
            "- Thực hiện: Văn phòng HĐND và UBND xã; phối hợp: Các thành viên Hội đồng đánh giá, các ban, ngành, đoàn "
            "thể xã; thời gian: Tháng 10/2026."
        ),
        P("6. Xây dựng, duy trì tủ sách pháp luật tại Bưu điện văn hóa xã"),
        P(
            "- Thực hiện: Phòng Văn hóa - Xã hội; phối hợp: Bưu điện văn hóa xã Tam Đường; thời gian: Thường xuyên."
        ),
        P("III. TỔ CHỨC THỰC HIỆN"),
        P(
            "Công chức Tư pháp - Hộ tịch tham mưu báo cáo kết quả về UBND tỉnh (qua Sở Tư pháp) trước ngày 20/11/2026."
        ),
        P("Nơi nhận:"),
        P("- Sở Tư pháp;"),
        P("- Lưu: VT."),
        P("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", bold=True, center=True),
        P("Lò Văn Hặc", bold=True, center=True),
    ],
    expected=[
        Exp(
            "Kiện toàn tổ hòa giải",
            ("Công chức Tư pháp - Hộ tịch",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Trưởng các thôn, bản"),
            "2026-03-31",
        ),
        Exp(
            "Tổ chức tuyên truyền pháp luật bằng tiếng dân tộc",
            ("Phòng Văn hóa - Xã hội",),
            ("Đồn Biên phòng Nậm Loỏng", "người có uy tín trong đồng bào dân tộc thiểu số"),
            "2026-12-31",
        ),
        Exp(
            "Phổ biến pháp luật về hôn nhân và gia đình",
            ("Hội Liên hiệp Phụ nữ xã",),
            ("Trạm Y tế xã", "Đoàn Thanh niên xã"),
            "2026-09-30",
        ),
        Exp(
            "Bồi dưỡng kỹ năng hòa giải",
            ("Công chức Tư pháp - Hộ tịch",),
            ("Sở Tư pháp tỉnh Lai Châu",),
            "2026-12-31",
            on_request=True,
        ),
        Exp(
            "Đánh giá xã đạt chuẩn tiếp cận pháp luật",
            ("Văn phòng HĐND và UBND xã",),
            ("Các thành viên Hội đồng đánh giá", "các ban, ngành, đoàn thể xã"),
            "2026-10-31",
        ),
        Exp(
            "Xây dựng, duy trì tủ sách pháp luật",
            ("Phòng Văn hóa - Xã hội",),
            ("Bưu điện văn hóa xã Tam Đường",),
            "2026-12-31",
        ),
    ],
)


# ---------------------------------------------------------------- 9: UBND phường Sài Gòn, table without STT
_PSG_ROWS: tuple[tuple[str, ...], ...] = (
    ("Nội dung nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian"),
    ("Nhóm nhiệm vụ 1: Bảo đảm tiếp cận thông tin pháp luật", "", "", ""),
    (
        "Niêm yết, công khai thủ tục hành chính và văn bản pháp luật mới tại Trung tâm Phục vụ hành chính công phường",
        "Văn phòng HĐND và UBND phường",
        "Trung tâm Phục vụ hành chính công phường",
        "Cả năm",
    ),
    (
        "Phát thanh chuyên mục “Pháp luật với cuộc sống” trên hệ thống loa truyền thanh của các khu phố",
        "Phòng Văn hóa - Xã hội",
        "Ban điều hành các khu phố",
        "Hằng tuần",
    ),
    ("Nhóm nhiệm vụ 2: Hòa giải ở cơ sở, trợ giúp pháp lý", "", "", ""),
    (
        "Tổ chức tư vấn, trợ giúp pháp lý lưu động cho người có công, hộ nghèo, người cao tuổi",
        "Phòng Văn hóa - Xã hội",
        "Trung tâm Trợ giúp pháp lý nhà nước Thành phố Hồ Chí Minh; Hội Luật gia phường",
        "Quý II/2026",
    ),
    (
        "Tổng kết, khen thưởng hòa giải viên tiêu biểu",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Ủy ban Mặt trận Tổ quốc Việt Nam phường, Công an phường Sài Gòn",
        "Quý IV/2026",
    ),
    ("Nhóm nhiệm vụ 3: Chuyển đổi số, đánh giá tiếp cận pháp luật", "", "", ""),
    (
        "Triển khai ứng dụng tra cứu pháp luật trên nền tảng số cho người dân, doanh nghiệp",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Đoàn Thanh niên phường, các tổ công nghệ số cộng đồng",
        "Từ tháng 3 đến tháng 12/2026",
    ),
    (
        "Tự đánh giá, chấm điểm các tiêu chí tiếp cận pháp luật năm 2026",
        "Văn phòng HĐND và UBND phường",
        "Các cơ quan, đơn vị có liên quan",
        "Theo hướng dẫn của Sở Tư pháp",
    ),
)

PLAN_PSG = Plan(
    name="phuong_saigon_hcm_2026",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN",
            "PHƯỜNG SÀI GÒN",
            "27/KH-UBND",
            "Phường Sài Gòn, ngày 06 tháng 02 năm 2026",
            "Xây dựng phường đạt chuẩn tiếp cận pháp luật năm 2026",
            "",
        ),
        P(
            "Căn cứ Quyết định số 25/2021/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ; Kế hoạch số 60/KH-UBND ngày "
            "19/01/2026 của UBND Thành phố Hồ Chí Minh, UBND phường Sài Gòn ban hành Kế hoạch như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Bảo đảm quyền tiếp cận pháp luật của người dân; phường đạt chuẩn tiếp cận pháp luật năm 2026."),
        P("- Phân công cụ thể, gắn trách nhiệm người đứng đầu."),
        P("II. NHIỆM VỤ VÀ PHÂN CÔNG", bold=True),
        T(_PSG_ROWS, widths=(80, 36, 50, 24)),
        *_end(
            [
                "III. TỔ CHỨC THỰC HIỆN",
                "Văn phòng HĐND và UBND phường theo dõi, báo cáo kết quả trước ngày 15/11/2026.",
            ],
            "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
            "Trương Minh Khoa",
            ["Sở Tư pháp;", "Đảng ủy phường (để b/c);"],
        ),
    ],
    expected=[
        Exp(
            "Niêm yết, công khai thủ tục hành chính",
            ("Văn phòng HĐND và UBND phường",),
            ("Trung tâm Phục vụ hành chính công phường",),
            "2026-12-31",
        ),
        Exp(
            "Phát thanh chuyên mục",
            ("Phòng Văn hóa - Xã hội",),
            ("Ban điều hành các khu phố",),
            "2026-12-31",
        ),
        Exp(
            "Tổ chức tư vấn, trợ giúp pháp lý lưu động",
            ("Phòng Văn hóa - Xã hội",),
            ("Trung tâm Trợ giúp pháp lý nhà nước Thành phố Hồ Chí Minh", "Hội Luật gia phường"),
            "2026-06-30",
        ),
        Exp(
            "Tổng kết, khen thưởng hòa giải viên tiêu biểu",
            ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam phường", "Công an phường Sài Gòn"),
            "2026-12-31",
        ),
        Exp(
            "Triển khai ứng dụng tra cứu pháp luật",
            ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Đoàn Thanh niên phường", "các tổ công nghệ số cộng đồng"),
            "2026-12-31",
        ),
        Exp(
            "Tự đánh giá, chấm điểm các tiêu chí tiếp cận pháp luật",
            ("Văn phòng HĐND và UBND phường",),
            ("Các cơ quan, đơn vị có liên quan",),
            "2026-12-31",
            on_request=True,
        ),
    ],
)

# ---------------------------------------------------------------- 10: private company, "Trách nhiệm:" prose
PLAN_CTY = Plan(
    name="cty_may_hungyen_2026",
    blocks=[
        P("TỔNG CÔNG TY MAY HƯNG YÊN - CTCP", bold=True, center=True),
        P("CÔNG TY CỔ PHẦN MAY PHỐ HIẾN", bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True),
        P("Độc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P("Số: 05/KH-MPH", center=True),
        P("Hưng Yên, ngày 10 tháng 02 năm 2026", center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P("Phổ biến pháp luật cho người lao động năm 2026", bold=True, center=True),
        P(
            "Thực hiện Kế hoạch số 19/KH-LĐLĐ ngày 25/01/2026 của Liên đoàn Lao động tỉnh Hưng Yên, Công ty xây dựng "
            "Kế hoạch phổ biến pháp luật cho người lao động năm 2026 như sau:"
        ),
        P("I. MỤC ĐÍCH", bold=True),
        P("Người lao động nắm được quyền, nghĩa vụ; giảm tranh chấp lao động, ngừng việc tập thể."),
        P("II. NỘI DUNG", bold=True),
        P("1. Phổ biến nội quy lao động, thỏa ước lao động tập thể cho lao động mới tuyển dụng"),
        P("Trách nhiệm: Phòng Tổ chức - Hành chính chủ trì; Ban Chấp hành Công đoàn cơ sở phối hợp."),
        P("Thời gian: Hằng quý."),
        P("2. Tuyên truyền pháp luật về an toàn, vệ sinh lao động, phòng cháy, chữa cháy tại các xưởng may"),
        P(
            "Trách nhiệm: Phòng Kỹ thuật - An toàn chủ trì; Quản đốc các xưởng may và Tổ an toàn vệ sinh "
            "viên phối hợp."
        ),
        P("Thời gian: Tháng 3 và tháng 9/2026."),
        P("3. Phổ biến Luật Bảo hiểm xã hội năm 2024, chế độ ốm đau, thai sản cho lao động nữ"),
        P(
            "Trách nhiệm: Ban Nữ công Công đoàn cơ sở chủ trì; Phòng Tổ chức - Hành chính, Phòng Tài chính - Kế toán phối hợp."
        ),
        P("Thời gian: Quý II/2026."),
        P("4. Tổ chức đối thoại định kỳ giữa người sử dụng lao động và người lao động"),
        P("Trách nhiệm: Phó Tổng Giám đốc phụ trách nhân sự chủ trì; Chủ tịch Công đoàn cơ sở phối hợp."),
        P("Thời gian: Tháng 6 và tháng 12/2026."),
        P("5. Hưởng ứng Ngày Pháp luật Việt Nam bằng hình thức sân khấu hóa tại nhà ăn ca"),
        P("Trách nhiệm: Đoàn Thanh niên Công ty chủ trì; Ban Chấp hành Công đoàn cơ sở phối hợp."),
        P("Thời gian: Tháng 11/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "Phòng Tổ chức - Hành chính tổng hợp kết quả, báo cáo Tổng Giám đốc và Liên đoàn Lao động tỉnh trước ngày 05/12/2026."
        ),
        P("Nơi nhận:"),
        P("- LĐLĐ tỉnh Hưng Yên (để b/c);"),
        P("- Lưu: TCHC."),
        P("TỔNG GIÁM ĐỐC", bold=True, center=True),
        P("Vũ Đức Thắng", bold=True, center=True),
    ],
    expected=[
        Exp(
            "Phổ biến nội quy lao động, thỏa ước lao động tập thể",
            ("Phòng Tổ chức - Hành chính",),
            ("Ban Chấp hành Công đoàn cơ sở",),
            "2026-12-31",
        ),
        Exp(
            "Tuyên truyền pháp luật về an toàn, vệ sinh lao động",
            ("Phòng Kỹ thuật - An toàn",),
            ("Quản đốc các xưởng may", "Tổ an toàn vệ sinh viên"),
            "2026-09-30",
        ),
        Exp(
            "Phổ biến Luật Bảo hiểm xã hội năm 2024",
            ("Ban Nữ công Công đoàn cơ sở",),
            ("Phòng Tổ chức - Hành chính", "Phòng Tài chính - Kế toán"),
            "2026-06-30",
        ),
        Exp(
            "Tổ chức đối thoại định kỳ",
            ("Phó Tổng Giám đốc phụ trách nhân sự",),
            ("Chủ tịch Công đoàn cơ sở",),
            "2026-12-31",
        ),
        Exp(
            "Hưởng ứng Ngày Pháp luật Việt Nam",
            ("Đoàn Thanh niên Công ty",),
            ("Ban Chấp hành Công đoàn cơ sở",),
            "2026-11-30",
        ),
    ],
)


PLANS: list[Plan] = [
    PLAN_GD,
    PLAN_YT,
    PLAN_QS,
    PLAN_HQ,
    PLAN_VKS,
    PLAN_LD,
    PLAN_BV,
    PLAN_XA,
    PLAN_PSG,
    PLAN_CTY,
]
