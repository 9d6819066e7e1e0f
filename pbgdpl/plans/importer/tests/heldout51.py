"""Held-out evaluation set 51: ten plans of legal dissemination work (PBGDPL) written for this set only.

Emphasis: less common but real structures.

1. PLAN_STP_111: Sở Tư pháp tỉnh; three-level numbering "1.1.1." with bold 2nd level group headings;
   labels "Đơn vị chủ trì:", "Phối hợp:", "Thời gian thực hiện:" on their own lines.
2. PLAN_XA_PHULUC: UBND xã; text says tasks are in the appendix; "PHỤ LỤC" table after the signer,
   columns STT | Nội dung | Chủ trì | Phối hợp | Thời gian | Ghi chú.
3. PLAN_PHUONG_PHANCONG: UBND phường; Part II lists numbered tasks with timeframes only; Part III
   "PHÂN CÔNG THỰC HIỆN" assigns lead/coord units per task number ("Nhiệm vụ 1:" ...).
4. PLAN_HD_DOITUONG: Hội đồng PHPBGDPL tỉnh; tasks grouped by target audience ("Đối với cán bộ, công
   chức", "Đối với người lao động", ...), group headings without lead; "+" items with inline assignment.
5. PLAN_SGD_MIX: Sở Giáo dục và Đào tạo, school year 2026-2027; part 1 prose items "a)", part 2 a
   table without STT (Nội dung | Đơn vị thực hiện | Phối hợp | Thời gian).
6. PLAN_NNMT_BLOCKS: Sở Nông nghiệp và Môi trường; bold "Lĩnh vực" groups, each with 1-2 assignment
   blocks as paragraphs ("Giao X chủ trì...", "X chủ trì; Y phối hợp", "Đề nghị X"), event-triggered.
7. PLAN_TINH_PHULUC2: UBND tỉnh, plan for 2027 issued late 2026; appendix table with 2-row header,
   group rows, "Sản phẩm" column; column order Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian.
8. PLAN_LDLD_DOITUONG: Liên đoàn Lao động tỉnh; audience groups lettered "A.", "B.", "C.", "-" items,
   labels inline "(Chủ trì: ...; phối hợp: ...; thời gian: ...)".
9. PLAN_XA_PHANCONG_DONVI: UBND xã; Part II numbered tasks "1.1.", "1.2."; Part III assigns per unit
   ("Công chức Tư pháp - Hộ tịch: chủ trì ... điểm 1.2, 2.1 và 2.2 Mục II"); a person as a unit.
10. PLAN_SYT_MIX3: Sở Y tế; three-level numbering with one 2nd level section given as a table and the
   rest as prose "1.1.1." items with "Thời hạn:" labels.
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T, _header, _purpose


def _end(lines: list[str], recipients: list[str], role: str, signer: str) -> list[P | T]:
    out: list[P | T] = [P(line) for line in lines]
    out.append(P("Nơi nhận:"))
    out += [P(f"- {r}") for r in recipients]
    out += [P(role, bold=True, center=True), P("(Đã ký)", center=True), P(signer, bold=True, center=True)]
    return out


# ------------------------------------------------------------------ 1. Sở Tư pháp, 1.1.1
PLAN_STP_111 = Plan(
    "stp_111",
    _header(
        "UBND TỈNH QUẢNG NGÃI",
        "SỞ TƯ PHÁP",
        "18/KH-STP",
        "Quảng Ngãi, ngày 20 tháng 01 năm 2026",
        "Phổ biến, giáo dục pháp luật năm 2026",
        "của Sở Tư pháp tỉnh Quảng Ngãi",
    )
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;"),
        P("Căn cứ Kế hoạch số 05/KH-UBND ngày 09/01/2026 của UBND tỉnh về công tác phổ biến, giáo dục "
          "pháp luật năm 2026;"),
        P("Sở Tư pháp ban hành Kế hoạch phổ biến, giáo dục pháp luật năm 2026 như sau:"),
    ]
    + _purpose([
        "Triển khai kịp thời, hiệu quả các văn bản luật mới ban hành đến cán bộ và Nhân dân.",
        "Nâng cao ý thức chấp hành pháp luật của cán bộ, công chức, viên chức trong ngành Tư pháp.",
        "Bám sát nhiệm vụ chính trị của tỉnh; phân công cụ thể, gắn trách nhiệm người đứng đầu.",
    ])
    + [
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Công tác tham mưu, chỉ đạo", bold=True),
        P("1.1. Tham mưu văn bản", bold=True),
        P("1.1.1. Tham mưu Hội đồng phối hợp PBGDPL tỉnh ban hành Kế hoạch hoạt động năm 2026"),
        P("Đơn vị chủ trì: Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật."),
        P("Phối hợp: Văn phòng Sở; các thành viên Hội đồng phối hợp PBGDPL tỉnh."),
        P("Thời gian thực hiện: Tháng 02/2026."),
        P("1.1.2. Hướng dẫn UBND cấp xã đánh giá, công nhận xã, phường đạt chuẩn tiếp cận pháp luật"),
        P("Đơn vị chủ trì: Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật."),
        P("Phối hợp: UBND các xã, phường, đặc khu."),
        P("Thời gian thực hiện: Quý I/2026."),
        P("1.2. Kiểm tra, sơ kết", bold=True),
        P("1.2.1. Kiểm tra công tác phổ biến, giáo dục pháp luật tại một số sở, ngành và địa phương"),
        P("Đơn vị chủ trì: Thanh tra Sở."),
        P("Phối hợp: Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật; Văn phòng Sở."),
        P("Thời gian thực hiện: Quý III, IV/2026."),
        P("2. Tổ chức các hoạt động phổ biến pháp luật", bold=True),
        P("2.1. Phổ biến văn bản mới", bold=True),
        P("2.1.1. Tổ chức Hội nghị giới thiệu Luật Ban hành văn bản quy phạm pháp luật (sửa đổi) "
          "và các văn bản hướng dẫn thi hành"),
        P("Đơn vị chủ trì: Phòng Xây dựng, kiểm tra và theo dõi thi hành văn bản."),
        P("Phối hợp: Văn phòng Sở, Sở Khoa học và Công nghệ."),
        P("Thời gian thực hiện: Tháng 3 - tháng 4/2026."),
        P("2.1.2. Biên soạn, phát hành tài liệu hỏi - đáp pháp luật về hộ tịch, quốc tịch, chứng thực"),
        P("Đơn vị chủ trì: Phòng Hành chính tư pháp - Bổ trợ tư pháp."),
        P("Phối hợp: Trung tâm Trợ giúp pháp lý nhà nước tỉnh."),
        P("Thời gian thực hiện: Quý II/2026."),
        P("2.2. Phổ biến pháp luật cho đối tượng đặc thù", bold=True),
        P("2.2.1. Trợ giúp pháp lý lưu động kết hợp tuyên truyền pháp luật tại các xã vùng đồng bào "
          "dân tộc thiểu số"),
        P("Đơn vị chủ trì: Trung tâm Trợ giúp pháp lý nhà nước tỉnh."),
        P("Phối hợp: Ban Dân tộc và Tôn giáo tỉnh; UBND các xã có liên quan."),
        P("Thời gian thực hiện: Trong năm 2026."),
        P("2.2.2. Phổ biến pháp luật cho phạm nhân, trại viên theo đề nghị của cơ sở giam giữ"),
        P("Đơn vị chủ trì: Trung tâm Trợ giúp pháp lý nhà nước tỉnh."),
        P("Phối hợp: Công an tỉnh."),
        P("Thời gian thực hiện: Theo đề nghị của Công an tỉnh."),
        P("III. KINH PHÍ", bold=True),
        P("Kinh phí thực hiện từ nguồn ngân sách nhà nước giao cho Sở Tư pháp năm 2026."),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Các phòng, đơn vị thuộc Sở căn cứ Kế hoạch này chủ động triển khai thực hiện."),
        P("2. Văn phòng Sở bảo đảm kinh phí; tổng hợp báo cáo kết quả gửi Giám đốc Sở trước ngày "
          "25/11/2026."),
    ]
    + _end([], ["Bộ Tư pháp (b/c);", "UBND tỉnh (b/c);", "Ban Giám đốc Sở;", "Lưu: VT, PBGDPL."],
           "GIÁM ĐỐC", "Nguyễn Văn Phúc"),
    [
        Exp("Tham mưu Hội đồng phối hợp PBGDPL tỉnh ban hành",
            ("Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật",),
            ("Văn phòng Sở", "các thành viên Hội đồng phối hợp PBGDPL tỉnh"), "2026-02-28"),
        Exp("Hướng dẫn UBND cấp xã đánh giá, công nhận",
            ("Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật",),
            ("UBND các xã, phường, đặc khu",), "2026-03-31"),
        Exp("Kiểm tra công tác phổ biến, giáo dục pháp luật tại",
            ("Thanh tra Sở",),
            ("Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật", "Văn phòng Sở"),
            "2026-12-31"),
        Exp("Tổ chức Hội nghị giới thiệu Luật Ban hành",
            ("Phòng Xây dựng, kiểm tra và theo dõi thi hành văn bản",),
            ("Văn phòng Sở", "Sở Khoa học và Công nghệ"), "2026-04-30"),
        Exp("Biên soạn, phát hành tài liệu hỏi - đáp",
            ("Phòng Hành chính tư pháp - Bổ trợ tư pháp",),
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh",), "2026-06-30"),
        Exp("Trợ giúp pháp lý lưu động kết hợp tuyên truyền",
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh",),
            ("Ban Dân tộc và Tôn giáo tỉnh", "UBND các xã có liên quan"), "2026-12-31"),
        Exp("Phổ biến pháp luật cho phạm nhân, trại viên",
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh",), ("Công an tỉnh",), "2026-12-31", True),
    ],
)

# ------------------------------------------------------------------ 2. UBND xã, Phụ lục
_PL2 = T(
    (
        ("STT", "Nội dung công việc", "Chủ trì", "Phối hợp", "Thời gian", "Ghi chú"),
        ("1", "Tuyên truyền Luật Đất đai năm 2024 và các văn bản hướng dẫn tại các thôn",
         "Công chức Nông nghiệp - Môi trường", "Trưởng các thôn; Đài truyền thanh xã", "Quý I - Quý II/2026",
         "Lồng ghép họp thôn"),
        ("2", "Phổ biến Luật Phòng, chống ma túy năm 2021 (sửa đổi, bổ sung năm 2025) cho thanh thiếu niên",
         "Công an xã", "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã, Trường THCS Nghĩa Hành", "Tháng 6/2026",
         "Hưởng ứng Ngày toàn dân phòng, chống ma túy"),
        ("3", "Kiện toàn, bồi dưỡng kiến thức pháp luật cho hòa giải viên ở cơ sở",
         "Công chức Tư pháp - Hộ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Quý II/2026", ""),
        ("4", "Tổ chức Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam (09/11)",
         "Công chức Tư pháp - Hộ tịch", "Các ban, ngành, đoàn thể xã", "Tháng 11/2026", ""),
        ("5", "Tuyên truyền pháp luật về phòng cháy, chữa cháy và cứu nạn, cứu hộ đến hộ kinh doanh",
         "Công an xã", "Công chức Văn hóa - Xã hội", "Tháng 9 - 10/2026", ""),
        ("6", "Cập nhật, niêm yết thủ tục hành chính, văn bản pháp luật mới tại Tủ sách pháp luật xã",
         "Văn phòng HĐND và UBND xã", "", "Thường xuyên", ""),
        ("7", "Phổ biến chính sách bảo hiểm xã hội tự nguyện, bảo hiểm y tế hộ gia đình",
         "Công chức Văn hóa - Xã hội", "Hội Liên hiệp Phụ nữ xã, Hội Nông dân xã và Bảo hiểm xã hội cơ sở",
         "Khi có văn bản hướng dẫn của Bảo hiểm xã hội tỉnh", ""),
    ),
    (10, 50, 30, 40, 28, 28),
)

PLAN_XA_PHULUC = Plan(
    "xa_phuluc",
    _header(
        "UBND XÃ NGHĨA HÀNH",
        "ỦY BAN NHÂN DÂN",
        "09/KH-UBND",
        "Nghĩa Hành, ngày 14 tháng 01 năm 2026",
        "Phổ biến, giáo dục pháp luật; hòa giải ở cơ sở",
        "trên địa bàn xã năm 2026",
    )
    + [
        P("Căn cứ Luật Hòa giải ở cơ sở năm 2013;"),
        P("Căn cứ Kế hoạch số 05/KH-UBND ngày 09/01/2026 của UBND tỉnh Quảng Ngãi;"),
        P("UBND xã ban hành Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Đưa pháp luật vào cuộc sống, góp phần giữ vững an ninh trật tự tại địa bàn dân cư. Việc tổ chức "
          "thực hiện phải thiết thực, tránh hình thức, lãng phí."),
        P("II. NỘI DUNG", bold=True),
        P("Tập trung phổ biến các luật mới ban hành, các văn bản liên quan trực tiếp đến đời sống Nhân dân; "
          "củng cố tổ hòa giải; thực hiện tiêu chí xã đạt chuẩn tiếp cận pháp luật."),
        P("(Nội dung, đơn vị thực hiện và thời gian cụ thể tại Phụ lục kèm theo Kế hoạch này)", center=True),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Công chức Tư pháp - Hộ tịch là đầu mối theo dõi, đôn đốc; tổng hợp báo cáo Chủ tịch UBND xã "
          "trước ngày 20/11/2026."),
        P("2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã phối hợp giám sát việc thực hiện Kế hoạch."),
    ]
    + _end([], ["Sở Tư pháp tỉnh (b/c);", "TT Đảng ủy, HĐND xã;", "Lưu: VT."],
           "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Lê Thị Thu Hà")
    + [
        P("PHỤ LỤC", bold=True, center=True),
        P("NHIỆM VỤ PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT NĂM 2026", bold=True, center=True),
        P("(Kèm theo Kế hoạch số 09/KH-UBND ngày 14/01/2026 của UBND xã Nghĩa Hành)", center=True),
        _PL2,
    ],
    [
        Exp("Tuyên truyền Luật Đất đai năm 2024",
            ("Công chức Nông nghiệp - Môi trường",), ("Trưởng các thôn", "Đài truyền thanh xã"),
            "2026-06-30"),
        Exp("Phổ biến Luật Phòng, chống ma túy",
            ("Công an xã",),
            ("Đoàn Thanh niên Cộng sản Hồ Chí Minh xã", "Trường THCS Nghĩa Hành"), "2026-06-30"),
        Exp("Kiện toàn, bồi dưỡng kiến thức pháp luật",
            ("Công chức Tư pháp - Hộ tịch",), ("Ủy ban Mặt trận Tổ quốc Việt Nam xã",), "2026-06-30"),
        Exp("Tổ chức Ngày Pháp luật nước Cộng hòa",
            ("Công chức Tư pháp - Hộ tịch",), ("Các ban, ngành, đoàn thể xã",), "2026-11-30"),
        Exp("Tuyên truyền pháp luật về phòng cháy",
            ("Công an xã",), ("Công chức Văn hóa - Xã hội",), "2026-10-31"),
        Exp("Cập nhật, niêm yết thủ tục hành chính",
            ("Văn phòng HĐND và UBND xã",), (), "2026-12-31"),
        Exp("Phổ biến chính sách bảo hiểm xã hội",
            ("Công chức Văn hóa - Xã hội",),
            ("Hội Liên hiệp Phụ nữ xã", "Hội Nông dân xã", "Bảo hiểm xã hội cơ sở"), "2026-12-31", True),
    ],
)

# ------------------------------------------------------------------ 3. UBND phường, Phân công per task
PLAN_PHUONG_PHANCONG = Plan(
    "phuong_phancong",
    _header(
        "UBND PHƯỜNG THỦ DẦU MỘT",
        "ỦY BAN NHÂN DÂN",
        "27/KH-UBND",
        "Thủ Dầu Một, ngày 05 tháng 02 năm 2026",
        "Tuyên truyền, phổ biến pháp luật về trật tự đô thị,",
        "bảo vệ môi trường trên địa bàn phường năm 2026",
    )
    + [
        P("Căn cứ Luật Bảo vệ môi trường năm 2020;"),
        P("Căn cứ Nghị định số 45/2022/NĐ-CP ngày 07/7/2022 của Chính phủ quy định về xử phạt vi phạm "
          "hành chính trong lĩnh vực bảo vệ môi trường;"),
        P("Căn cứ Kế hoạch số 112/KH-UBND ngày 15/01/2026 của UBND Thành phố Hồ Chí Minh;"),
    ]
    + _purpose([
        "Nâng cao nhận thức của Nhân dân, hộ kinh doanh về giữ gìn trật tự, mỹ quan đô thị.",
        "Giảm số vụ vi phạm lấn chiếm vỉa hè, xả rác, xả thải không đúng quy định.",
        "Phân công rõ trách nhiệm của từng cơ quan, đơn vị, khu phố.",
    ])
    + [
        P("II. NỘI DUNG, HÌNH THỨC", bold=True),
        P("1. Phổ biến quy định về quản lý, sử dụng lòng đường, vỉa hè đến hộ kinh doanh mặt tiền các tuyến "
          "đường chính. Thời gian: tháng 3/2026."),
        P("2. Tuyên truyền phân loại chất thải rắn sinh hoạt tại nguồn trên hệ thống loa, trang thông tin "
          "điện tử phường. Thời gian: thường xuyên."),
        P("3. Tổ chức đối thoại chính sách pháp luật về bồi thường, hỗ trợ, tái định cư cho các hộ dân bị "
          "ảnh hưởng dự án. Thời gian: Quý II/2026."),
        P("4. Tổ chức cuộc thi trực tuyến tìm hiểu pháp luật về bảo vệ môi trường. Thời gian: từ tháng 5 "
          "đến tháng 7/2026."),
        P("5. Phát tờ gấp, pano, áp phích tại khu dân cư, chợ, trường học. Thời gian: Quý II, III/2026."),
        P("6. Lồng ghép phổ biến pháp luật trong các buổi sinh hoạt khu phố, tổ dân phố. Thời gian: hằng "
          "tháng."),
        P("7. Sơ kết đánh giá, khen thưởng tập thể, cá nhân có thành tích. Thời gian: trước ngày "
          "15/12/2026."),
        P("III. PHÂN CÔNG THỰC HIỆN", bold=True),
        P("Nhiệm vụ 1: Phòng Kinh tế, Hạ tầng và Đô thị chủ trì; Công an phường, Đội Quản lý trật tự đô thị "
          "phối hợp."),
        P("Nhiệm vụ 2: Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp với Trung tâm Cung ứng dịch vụ "
          "công phường và Ban điều hành các khu phố."),
        P("Nhiệm vụ 3: Văn phòng HĐND và UBND phường chủ trì; Phòng Văn hóa - Xã hội, Ủy ban Mặt trận Tổ "
          "quốc Việt Nam phường phối hợp."),
        P("Nhiệm vụ 4: Đoàn Thanh niên Cộng sản Hồ Chí Minh phường chủ trì, phối hợp với Phòng Văn hóa - "
          "Xã hội."),
        P("Nhiệm vụ 5: Phòng Văn hóa - Xã hội chủ trì thực hiện."),
        P("Nhiệm vụ 6: Ban điều hành các khu phố chủ trì; Hội Cựu chiến binh phường, Hội Liên hiệp Phụ nữ "
          "phường phối hợp."),
        P("Nhiệm vụ 7: Văn phòng HĐND và UBND phường chủ trì, phối hợp Phòng Kinh tế, Hạ tầng và Đô thị."),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các đơn vị được phân công báo cáo kết quả về UBND phường (qua Văn phòng HĐND và UBND phường) "
          "trước ngày 05/12/2026."),
    ]
    + _end([], ["UBND Thành phố (b/c);", "Thường trực Đảng ủy phường;", "Lưu: VT."],
           "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Trần Minh Tuấn"),
    [
        Exp("Phổ biến quy định về quản lý, sử dụng lòng đường",
            ("Phòng Kinh tế, Hạ tầng và Đô thị",), ("Công an phường", "Đội Quản lý trật tự đô thị"),
            "2026-03-31"),
        Exp("Tuyên truyền phân loại chất thải rắn",
            ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Trung tâm Cung ứng dịch vụ công phường", "Ban điều hành các khu phố"), "2026-12-31"),
        Exp("Tổ chức đối thoại chính sách pháp luật",
            ("Văn phòng HĐND và UBND phường",),
            ("Phòng Văn hóa - Xã hội", "Ủy ban Mặt trận Tổ quốc Việt Nam phường"), "2026-06-30"),
        Exp("Tổ chức cuộc thi trực tuyến tìm hiểu",
            ("Đoàn Thanh niên Cộng sản Hồ Chí Minh phường",), ("Phòng Văn hóa - Xã hội",), "2026-07-31"),
        Exp("Phát tờ gấp, pano, áp phích",
            ("Phòng Văn hóa - Xã hội",), (), "2026-09-30"),
        Exp("Lồng ghép phổ biến pháp luật trong các buổi",
            ("Ban điều hành các khu phố",), ("Hội Cựu chiến binh phường", "Hội Liên hiệp Phụ nữ phường"),
            "2026-12-31"),
        Exp("Sơ kết đánh giá, khen thưởng tập thể",
            ("Văn phòng HĐND và UBND phường",), ("Phòng Kinh tế, Hạ tầng và Đô thị",), "2026-12-15"),
    ],
)

# ------------------------------------------------------------------ 4. Hội đồng tỉnh, by audience
PLAN_HD_DOITUONG = Plan(
    "hd_doituong",
    _header(
        "UBND TỈNH ĐỒNG THÁP",
        "HỘI ĐỒNG PHỐI HỢP PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT",
        "03/KH-HĐPH",
        "Đồng Tháp, ngày 22 tháng 01 năm 2026",
        "Hoạt động của Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh",
        "năm 2026",
    )
    + [
        P("Căn cứ Quyết định số 27/2013/QĐ-TTg ngày 19/5/2013 của Thủ tướng Chính phủ quy định về thành phần "
          "và nhiệm vụ, quyền hạn của Hội đồng phối hợp phổ biến, giáo dục pháp luật;"),
        P("Căn cứ Quyết định số 214/QĐ-UBND ngày 12/8/2025 của UBND tỉnh về kiện toàn Hội đồng phối hợp "
          "phổ biến, giáo dục pháp luật tỉnh;"),
    ]
    + _purpose([
        "Phát huy vai trò tham mưu, phối hợp của các thành viên Hội đồng.",
        "Đổi mới nội dung, hình thức phổ biến pháp luật phù hợp từng nhóm đối tượng.",
        "Bảo đảm chất lượng, hiệu quả, tránh trùng lặp giữa các cơ quan, đơn vị.",
    ])
    + [
        P("II. NHIỆM VỤ THEO TỪNG NHÓM ĐỐI TƯỢNG", bold=True),
        P("1. Đối với cán bộ, công chức, viên chức", bold=True),
        P("+ Tổ chức hội nghị bồi dưỡng kiến thức pháp luật về chính quyền địa phương hai cấp cho cán bộ, "
          "công chức cấp xã: Sở Nội vụ chủ trì, phối hợp Sở Tư pháp; thời gian: Quý I/2026."),
        P("+ Quán triệt Luật Cán bộ, công chức năm 2025 và các nghị định hướng dẫn: các sở, ban, ngành tỉnh "
          "chủ động thực hiện tại cơ quan, đơn vị mình; thời gian: sau khi Chính phủ ban hành nghị định "
          "hướng dẫn."),
        P("2. Đối với người dân ở nông thôn, vùng biên giới", bold=True),
        P("+ Tuyên truyền pháp luật về biên giới quốc gia, phòng chống buôn lậu qua biên giới: Bộ Chỉ huy "
          "Bộ đội Biên phòng tỉnh chủ trì; UBND các xã biên giới và Hội Nông dân tỉnh phối hợp; thời gian: "
          "cả năm."),
        P("+ Phổ biến pháp luật về đất đai, nông nghiệp, khai thác thủy sản: Sở Nông nghiệp và Môi trường "
          "chủ trì, phối hợp Hội Nông dân tỉnh, Liên minh Hợp tác xã tỉnh; thời gian: Quý II - Quý "
          "III/2026."),
        P("3. Đối với thanh thiếu niên, học sinh, sinh viên", bold=True),
        P("+ Tổ chức “Tuần lễ pháp luật học đường” tại các trường trung học phổ thông: Sở Giáo dục và Đào "
          "tạo chủ trì; Tỉnh đoàn, Công an tỉnh phối hợp; thời gian: tháng 10/2026."),
        P("4. Đối với doanh nghiệp, người lao động", bold=True),
        P("+ Đối thoại chính sách, pháp luật về thuế, hải quan với doanh nghiệp: Thuế tỉnh Đồng Tháp chủ "
          "trì; "
          "Hiệp hội Doanh nghiệp tỉnh phối hợp; thời gian: tháng 6/2026."),
        P("+ Tuyên truyền Bộ luật Lao động, Luật Bảo hiểm xã hội năm 2024 cho công nhân trong các khu công "
          "nghiệp: Liên đoàn Lao động tỉnh chủ trì; Ban Quản lý các khu công nghiệp tỉnh, Bảo hiểm xã hội "
          "tỉnh phối hợp; thời gian: từ tháng 4 đến tháng 8/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Các thành viên Hội đồng chịu trách nhiệm tổ chức thực hiện nhiệm vụ được giao; báo cáo kết quả "
          "về Hội đồng (qua Sở Tư pháp - Cơ quan thường trực) trước ngày 15/11/2026."),
        P("2. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch."),
    ]
    + _end([], ["Hội đồng PHPBGDPL Trung ương (b/c);", "Thường trực Tỉnh ủy (b/c);", "Thành viên Hội đồng;",
                "Lưu: VT, STP."], "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH UBND TỈNH\nPHÓ CHỦ TỊCH HỘI ĐỒNG",
           "Huỳnh Văn Nghĩa"),
    [
        Exp("Tổ chức hội nghị bồi dưỡng kiến thức pháp luật về chính quyền",
            ("Sở Nội vụ",), ("Sở Tư pháp",), "2026-03-31"),
        Exp("Quán triệt Luật Cán bộ, công chức năm 2025",
            ("các sở, ban, ngành tỉnh",), (), "2026-12-31", True),
        Exp("Tuyên truyền pháp luật về biên giới quốc gia",
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh",), ("UBND các xã biên giới", "Hội Nông dân tỉnh"),
            "2026-12-31"),
        Exp("Phổ biến pháp luật về đất đai, nông nghiệp",
            ("Sở Nông nghiệp và Môi trường",), ("Hội Nông dân tỉnh", "Liên minh Hợp tác xã tỉnh"),
            "2026-09-30"),
        Exp("Tổ chức “Tuần lễ pháp luật học đường”",
            ("Sở Giáo dục và Đào tạo",), ("Tỉnh đoàn", "Công an tỉnh"), "2026-10-31"),
        Exp("Đối thoại chính sách, pháp luật về thuế",
            ("Thuế tỉnh Đồng Tháp",), ("Hiệp hội Doanh nghiệp tỉnh",), "2026-06-30"),
        Exp("Tuyên truyền Bộ luật Lao động, Luật Bảo hiểm",
            ("Liên đoàn Lao động tỉnh",),
            ("Ban Quản lý các khu công nghiệp tỉnh", "Bảo hiểm xã hội tỉnh"), "2026-08-31"),
    ],
)

# ------------------------------------------------------------------ 5. Sở GD&ĐT, prose + table
_T5 = T(
    (
        ("Nội dung", "Đơn vị thực hiện", "Phối hợp", "Thời gian"),
        ("Tổ chức Cuộc thi “Học sinh với pháp luật về an toàn giao thông” cấp tỉnh",
         "Phòng Giáo dục phổ thông", "Phòng Cảnh sát giao thông Công an tỉnh", "Tháng 01 - 03/2027"),
        ("Tập huấn kỹ năng tư vấn tâm lý, phòng chống bạo lực học đường cho giáo viên chủ nhiệm",
         "Phòng Chính trị, tư tưởng và Công tác học sinh", "Trường Đại học Quy Nhơn", "Tháng 11/2026"),
        ("Xây dựng và duy trì tủ sách pháp luật điện tử trên cổng thông tin của Sở",
         "Văn phòng Sở", "Trung tâm Chuyển đổi số và Công nghệ thông tin",
         "Tháng 9/2026 - tháng 5/2027"),
        ("Phổ biến quy định về dạy thêm, học thêm cho cán bộ quản lý, giáo viên",
         "Thanh tra Sở", "Phòng Giáo dục phổ thông; các trường THPT", "Tháng 9 - tháng 10/2026"),
    ),
    (70, 40, 45, 30),
)

PLAN_SGD_MIX = Plan(
    "sgd_mix",
    _header(
        "UBND TỈNH GIA LAI",
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
        "1985/KH-SGDĐT",
        "Gia Lai, ngày 08 tháng 9 năm 2026",
        "Công tác phổ biến, giáo dục pháp luật năm học 2026 - 2027",
        "",
    )
    + [
        P("Căn cứ Thông tư số 03/2022/TT-BGDĐT ngày 18/01/2022 của Bộ trưởng Bộ Giáo dục và Đào tạo quy "
          "định nội dung giáo dục pháp luật trong nhà trường;"),
        P("Căn cứ Chỉ thị số 1022/CT-BGDĐT ngày 20/8/2026 của Bộ trưởng Bộ Giáo dục và Đào tạo về nhiệm vụ "
          "năm học 2026 - 2027;"),
    ]
    + _purpose([
        "Nâng cao hiểu biết pháp luật, ý thức tuân thủ pháp luật của học sinh, giáo viên.",
        "Xây dựng môi trường giáo dục an toàn, lành mạnh, thân thiện.",
        "Gắn phổ biến pháp luật với các hoạt động giáo dục trong và ngoài giờ lên lớp.",
    ])
    + [
        P("II. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True),
        P("1. Công tác chỉ đạo, hướng dẫn", bold=True),
        P("a) Hướng dẫn các cơ sở giáo dục lồng ghép nội dung giáo dục pháp luật trong môn Giáo dục kinh tế "
          "và pháp luật. Phòng Giáo dục phổ thông chủ trì thực hiện; thời gian: tháng 9/2026."),
        P("b) Rà soát, kiện toàn đội ngũ báo cáo viên, tuyên truyền viên pháp luật của ngành."),
        P("Giao Văn phòng Sở chủ trì, phối hợp với Phòng Tổ chức cán bộ thực hiện; hoàn thành trước ngày "
          "30/10/2026."),
        P("c) Đề nghị Trường Chính trị tỉnh chủ trì mở lớp bồi dưỡng kiến thức quản lý nhà nước, pháp luật "
          "cho cán bộ quản lý trường học; Văn phòng Sở phối hợp lập danh sách học viên. Thời gian: Quý "
          "I/2027."),
        P("2. Các hoạt động cụ thể", bold=True),
        _T5,
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Các phòng thuộc Sở, các đơn vị trực thuộc xây dựng kế hoạch chi tiết, báo cáo kết quả học kỳ I "
          "trước ngày 10/01/2027 và cả năm học trước ngày 31/5/2027."),
        P("2. Văn phòng Sở theo dõi, tổng hợp, tham mưu Giám đốc Sở báo cáo Bộ Giáo dục và Đào tạo."),
    ]
    + _end([], ["Bộ GDĐT (b/c);", "UBND tỉnh (b/c);", "Các trường THPT;", "Lưu: VT, VP."],
           "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Đặng Thị Mỹ Dung"),
    [
        Exp("Hướng dẫn các cơ sở giáo dục lồng ghép",
            ("Phòng Giáo dục phổ thông",), (), "2026-09-30"),
        Exp("Rà soát, kiện toàn đội ngũ báo cáo viên",
            ("Văn phòng Sở",), ("Phòng Tổ chức cán bộ",), "2026-10-30"),
        Exp("Đề nghị Trường Chính trị tỉnh chủ trì",
            ("Trường Chính trị tỉnh",), ("Văn phòng Sở",), "2027-03-31"),
        Exp("Tổ chức Cuộc thi “Học sinh với pháp luật",
            ("Phòng Giáo dục phổ thông",), ("Phòng Cảnh sát giao thông Công an tỉnh",), "2027-03-31"),
        Exp("Tập huấn kỹ năng tư vấn tâm lý",
            ("Phòng Chính trị, tư tưởng và Công tác học sinh",), ("Trường Đại học Quy Nhơn",), "2026-11-30"),
        Exp("Xây dựng và duy trì tủ sách pháp luật điện tử",
            ("Văn phòng Sở",), ("Trung tâm Chuyển đổi số và Công nghệ thông tin",), "2027-05-31"),
        Exp("Phổ biến quy định về dạy thêm, học thêm",
            ("Thanh tra Sở",), ("Phòng Giáo dục phổ thông", "các trường THPT"), "2026-10-31"),
    ],
)

# ------------------------------------------------------------------ 6. Sở NN&MT, several blocks per item
PLAN_NNMT_BLOCKS = Plan(
    "nnmt_blocks",
    _header(
        "UBND TỈNH NGHỆ AN",
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        "412/KH-SNNMT",
        "Nghệ An, ngày 03 tháng 3 năm 2026",
        "Tuyên truyền, phổ biến pháp luật về nông nghiệp, tài nguyên và môi trường",
        "năm 2026",
    )
    + [
        P("Căn cứ Luật Đất đai ngày 18/01/2024; Luật Thủy lợi ngày 19/6/2017;"),
        P("Căn cứ Quyết định số 150/QĐ-TTg ngày 28/01/2022 của Thủ tướng Chính phủ phê duyệt Chiến lược phát "
          "triển nông nghiệp và nông thôn bền vững giai đoạn 2021 - 2030;"),
        P("Căn cứ Kế hoạch số 88/KH-UBND ngày 10/02/2026 của UBND tỉnh Nghệ An;"),
    ]
    + _purpose([
        "Phổ biến kịp thời chính sách mới trong lĩnh vực nông nghiệp, đất đai, môi trường.",
        "Hạn chế vi phạm pháp luật về khai thác khoáng sản, thủy sản, bảo vệ rừng.",
        "Phối hợp chặt chẽ giữa các đơn vị thuộc Sở và chính quyền cấp xã.",
    ])
    + [
        P("II. NHIỆM VỤ", bold=True),
        P("Tập trung phổ biến các nội dung sau, phân công theo từng lĩnh vực:"),
        P("1. Lĩnh vực đất đai, khoáng sản", bold=True),
        P("Giao Chi cục Quản lý đất đai chủ trì, phối hợp với Văn phòng Đăng ký đất đai tỉnh tổ chức hội "
          "nghị "
          "phổ biến quy định về cấp Giấy chứng nhận quyền sử dụng đất cho công chức địa chính cấp xã; thời "
          "gian "
          "thực hiện: Quý II/2026."),
        P("Giao Phòng Khoáng sản và Tài nguyên nước chủ trì tuyên truyền về phòng, chống khai thác cát, sỏi "
          "trái phép trên các tuyến sông Lam, sông Cả; Công an tỉnh, UBND các xã ven sông phối hợp; thời "
          "gian "
          "thực hiện: tháng 4 - tháng 9/2026."),
        P("2. Lĩnh vực thủy sản, kiểm ngư", bold=True),
        P("Chi cục Thủy sản và Kiểm ngư chủ trì; Bộ Chỉ huy Bộ đội Biên phòng tỉnh, UBND các xã, phường ven "
          "biển phối hợp tuyên truyền quy định chống khai thác hải sản bất hợp pháp, không báo cáo và không "
          "theo quy định (IUU) cho ngư dân; thời gian: thường xuyên."),
        P("Trung tâm Khuyến nông tỉnh lồng ghép phổ biến quy định về đăng ký, đăng kiểm tàu cá trong các "
          "lớp tập huấn kỹ thuật nuôi trồng, khai thác thủy sản; thời gian: Quý II/2026."),
        P("3. Lĩnh vực lâm nghiệp", bold=True),
        P("Chi cục Kiểm lâm có trách nhiệm tổ chức ký cam kết bảo vệ rừng, phòng cháy chữa cháy rừng với các "
          "hộ dân sống gần rừng, phối hợp với các Ban Quản lý rừng phòng hộ; thời gian: trước ngày "
          "30/4/2026."),
        P("Đề nghị UBND các xã có rừng chủ trì tuyên truyền Luật Lâm nghiệp tại thôn, bản; Hạt Kiểm lâm "
          "các khu vực phối hợp; thời gian: Quý I/2026."),
        P("4. Lĩnh vực môi trường", bold=True),
        P("Giao Chi cục Bảo vệ môi trường chủ trì phổ biến Nghị định hướng dẫn Luật Bảo vệ môi trường "
          "(sửa đổi) cho các doanh nghiệp, cơ sở sản xuất; phối hợp: Ban Quản lý Khu kinh tế Đông Nam; "
          "thời gian: sau khi Nghị định được Chính phủ ban hành."),
        P("Trung tâm Quan trắc tài nguyên và môi trường chủ trì cung cấp thông tin, số liệu môi trường cho "
          "các cơ quan báo chí phục vụ tuyên truyền; thời gian: hằng quý."),
        P("5. Lĩnh vực thủy lợi, phòng chống thiên tai", bold=True),
        P("Giao Chi cục Thủy lợi chủ trì, phối hợp với Báo và Phát thanh, Truyền hình Nghệ An xây dựng "
          "chuyên mục pháp luật về phòng, chống thiên tai; thời gian: tháng 5/2026 - tháng 10/2026."),
        P("Văn phòng Sở chủ trì đăng tải văn bản pháp luật về thủy lợi, đê điều trên Cổng thông tin điện "
          "tử của Sở; thời gian: thường xuyên."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Thủ trưởng các đơn vị thuộc Sở chịu trách nhiệm triển khai, báo cáo kết quả về Văn phòng Sở trước "
          "ngày 20/11/2026 để tổng hợp báo cáo UBND tỉnh, Sở Tư pháp."),
    ]
    + _end([], ["UBND tỉnh (b/c);", "Sở Tư pháp;", "Giám đốc, các PGĐ Sở;", "Lưu: VT, VP."],
           "GIÁM ĐỐC", "Hoàng Quốc Việt"),
    [
        Exp("Giao Chi cục Quản lý đất đai chủ trì",
            ("Chi cục Quản lý đất đai",), ("Văn phòng Đăng ký đất đai tỉnh",), "2026-06-30"),
        Exp("Giao Phòng Khoáng sản và Tài nguyên nước",
            ("Phòng Khoáng sản và Tài nguyên nước",), ("Công an tỉnh", "UBND các xã ven sông"), "2026-09-30"),
        Exp("Chi cục Thủy sản và Kiểm ngư chủ trì",
            ("Chi cục Thủy sản và Kiểm ngư",),
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "UBND các xã, phường ven biển"), "2026-12-31"),
        Exp("Trung tâm Khuyến nông tỉnh lồng ghép",
            ("Trung tâm Khuyến nông tỉnh",), (), "2026-06-30"),
        Exp("Chi cục Kiểm lâm có trách nhiệm",
            ("Chi cục Kiểm lâm",), ("các Ban Quản lý rừng phòng hộ",), "2026-04-30"),
        Exp("Đề nghị UBND các xã có rừng",
            ("UBND các xã có rừng",), ("Hạt Kiểm lâm các khu vực",), "2026-03-31"),
        Exp("Giao Chi cục Bảo vệ môi trường chủ trì",
            ("Chi cục Bảo vệ môi trường",), ("Ban Quản lý Khu kinh tế Đông Nam",), "2026-12-31", True),
        Exp("Trung tâm Quan trắc tài nguyên và môi trường",
            ("Trung tâm Quan trắc tài nguyên và môi trường",), (), "2026-12-31"),
        Exp("Giao Chi cục Thủy lợi chủ trì",
            ("Chi cục Thủy lợi",), ("Báo và Phát thanh, Truyền hình Nghệ An",), "2026-10-31"),
        Exp("Văn phòng Sở chủ trì đăng tải",
            ("Văn phòng Sở",), (), "2026-12-31"),
    ],
)

# ------------------------------------------------------------------ 7. UBND tỉnh 2027, appendix 2-row header
_PL7 = T(
    (
        ("TT", "Nội dung nhiệm vụ", "Phân công thực hiện", "", "Thời gian hoàn thành", "Sản phẩm"),
        ("", "", "Cơ quan chủ trì", "Cơ quan phối hợp", "", ""),
        ("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "", "", "", ""),
        ("1", "Ban hành Kế hoạch hoạt động của Hội đồng phối hợp PBGDPL tỉnh năm 2027", "Sở Tư pháp",
         "Thành viên Hội đồng", "Tháng 01/2027", "Kế hoạch"),
        ("2", "Ban hành Kế hoạch triển khai Luật Thủ đô, các luật được Quốc hội thông qua tại kỳ họp đầu "
              "tiên khóa XVI", "Sở Tư pháp",
         "Các sở, ban, ngành tỉnh; UBND các xã, phường", "Sau khi Thủ tướng Chính phủ ban hành Quyết định "
         "danh mục luật", "Kế hoạch"),
        ("II", "TỔ CHỨC PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT", "", "", "", ""),
        ("3", "Phổ biến pháp luật về quảng cáo, an ninh mạng, giao dịch điện tử",
         "Sở Khoa học và Công nghệ", "Công an tỉnh; Sở Văn hóa, Thể thao và Du lịch", "Quý II/2027",
         "Hội nghị, tài liệu"),
        ("4", "Tuyên truyền pháp luật về an toàn thực phẩm trong Tháng hành động vì an toàn thực phẩm",
         "Sở Y tế", "Sở Công Thương, Sở Nông nghiệp và Môi trường và UBND các xã, phường",
         "Tháng 4 - 5/2027", "Tin, bài; pano"),
        ("5", "Phổ biến pháp luật về bình đẳng giới, phòng chống bạo lực gia đình",
         "Sở Văn hóa, Thể thao và Du lịch", "Hội Liên hiệp Phụ nữ tỉnh", "Quý III/2027", "Tọa đàm"),
        ("III", "XÂY DỰNG CẤP XÃ ĐẠT CHUẨN TIẾP CẬN PHÁP LUẬT", "", "", "", ""),
        ("6", "Đánh giá, công nhận xã, phường đạt chuẩn tiếp cận pháp luật năm 2027",
         "UBND các xã, phường", "Sở Tư pháp", "Tháng 11 - 12/2027", "Quyết định công nhận"),
        ("7", "Bồi dưỡng nghiệp vụ cho công chức Tư pháp - Hộ tịch cấp xã mới được tuyển dụng", "Sở Tư pháp",
         "Sở Nội vụ", "Quý II, Quý III/2027", "Lớp bồi dưỡng"),
    ),
    (10, 55, 30, 40, 28, 25),
)

PLAN_TINH_PHULUC2 = Plan(
    "tinh_phuluc2",
    _header(
        "ỦY BAN NHÂN DÂN",
        "TỈNH LÂM ĐỒNG",
        "356/KH-UBND",
        "Lâm Đồng, ngày 21 tháng 12 năm 2026",
        "Phổ biến, giáo dục pháp luật; hòa giải ở cơ sở; xây dựng cấp xã",
        "đạt chuẩn tiếp cận pháp luật năm 2027",
    )
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012;"),
        P("Căn cứ Quyết định số 25/2021/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ quy định về xã, "
          "phường, thị trấn đạt chuẩn tiếp cận pháp luật;"),
        P("Căn cứ Chỉ thị số 07/CT-TTg ngày 05/3/2026 của Thủ tướng Chính phủ;"),
        P("UBND tỉnh ban hành Kế hoạch thực hiện năm 2027 như sau:"),
    ]
    + _purpose([
        "Triển khai đồng bộ công tác phổ biến, giáo dục pháp luật trên địa bàn tỉnh sau hợp nhất.",
        "Bảo đảm 100% xã, phường được đánh giá tiếp cận pháp luật đúng quy định.",
        "Các nhiệm vụ phải có cơ quan chủ trì, thời hạn và sản phẩm cụ thể.",
    ])
    + [
        P("II. NHIỆM VỤ", bold=True),
        P("Các nhiệm vụ cụ thể được phân công tại Phụ lục ban hành kèm theo Kế hoạch này."),
        P("III. KINH PHÍ", bold=True),
        P("Kinh phí bố trí trong dự toán ngân sách năm 2027 của các cơ quan, đơn vị, địa phương."),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Sở Tư pháp là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch."),
        P("2. Các cơ quan được giao chủ trì báo cáo kết quả về Sở Tư pháp trước ngày 10/11/2027 để tổng hợp "
          "báo cáo UBND tỉnh và Bộ Tư pháp."),
    ]
    + _end([], ["Bộ Tư pháp (b/c);", "TT Tỉnh ủy, TT HĐND tỉnh;", "CT, các PCT UBND tỉnh;", "Lưu: VT, NC."],
           "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Võ Ngọc Hiệp")
    + [
        P("Phụ lục", bold=True, center=True),
        P("DANH MỤC NHIỆM VỤ PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT NĂM 2027", bold=True, center=True),
        P("(Ban hành kèm theo Kế hoạch số 356/KH-UBND ngày 21/12/2026 của UBND tỉnh)", center=True),
        _PL7,
    ],
    [
        Exp("Ban hành Kế hoạch hoạt động của Hội đồng",
            ("Sở Tư pháp",), ("Thành viên Hội đồng",), "2027-01-31"),
        Exp("Ban hành Kế hoạch triển khai Luật Thủ đô",
            ("Sở Tư pháp",), ("Các sở, ban, ngành tỉnh", "UBND các xã, phường"), "2027-12-31", True),
        Exp("Phổ biến pháp luật về quảng cáo",
            ("Sở Khoa học và Công nghệ",), ("Công an tỉnh", "Sở Văn hóa, Thể thao và Du lịch"), "2027-06-30"),
        Exp("Tuyên truyền pháp luật về an toàn thực phẩm",
            ("Sở Y tế",), ("Sở Công Thương", "Sở Nông nghiệp và Môi trường", "UBND các xã, phường"),
            "2027-05-31"),
        Exp("Phổ biến pháp luật về bình đẳng giới",
            ("Sở Văn hóa, Thể thao và Du lịch",), ("Hội Liên hiệp Phụ nữ tỉnh",), "2027-09-30"),
        Exp("Đánh giá, công nhận xã, phường đạt chuẩn",
            ("UBND các xã, phường",), ("Sở Tư pháp",), "2027-12-31"),
        Exp("Bồi dưỡng nghiệp vụ cho công chức Tư pháp",
            ("Sở Tư pháp",), ("Sở Nội vụ",), "2027-09-30"),
    ],
)

# ------------------------------------------------------------------ 8. LĐLĐ tỉnh, audiences, inline labels
PLAN_LDLD_DOITUONG = Plan(
    "ldld_doituong",
    _header(
        "TỔNG LĐLĐ VIỆT NAM",
        "LIÊN ĐOÀN LAO ĐỘNG TỈNH BẮC NINH",
        "21/KH-LĐLĐ",
        "Bắc Ninh, ngày 26 tháng 02 năm 2026",
        "Tuyên truyền, phổ biến, giáo dục pháp luật cho đoàn viên,",
        "người lao động năm 2026",
    )
    + [
        P("Căn cứ Luật Công đoàn năm 2024;"),
        P("Căn cứ Hướng dẫn số 05/HD-TLĐ ngày 15/01/2026 của Tổng Liên đoàn Lao động Việt Nam;"),
        P("Căn cứ Kế hoạch số 40/KH-UBND ngày 30/01/2026 của UBND tỉnh Bắc Ninh;"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Giúp đoàn viên, người lao động hiểu và thực hiện đúng quyền, nghĩa vụ; phòng ngừa tranh chấp lao "
          "động, ngừng việc tập thể. Nội dung phù hợp với từng nhóm đối tượng, thời gian làm việc theo ca."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG THEO ĐỐI TƯỢNG", bold=True),
        P("A. Đối với cán bộ công đoàn các cấp", bold=True),
        P("- Tập huấn kỹ năng đối thoại, thương lượng tập thể tại doanh nghiệp (Chủ trì: Ban Quan hệ lao "
          "động; "
          "phối hợp: Trường Đại học Công đoàn; thời gian: Quý II/2026)."),
        P("- Phổ biến Luật Công đoàn năm 2024 và Điều lệ Công đoàn Việt Nam (Chủ trì: Ban Tổ chức; phối hợp: "
          "Công đoàn các khu công nghiệp, công đoàn ngành; thời gian: tháng 3/2026)."),
        P("B. Đối với công nhân lao động trong các khu công nghiệp", bold=True),
        P("- Tổ chức “Tháng Công nhân” với chủ đề pháp luật về tiền lương, an toàn vệ sinh lao động (Chủ "
          "trì: "
          "Công đoàn các khu công nghiệp; phối hợp: Sở Nội vụ, Ban Quản lý các khu công nghiệp; thời gian: "
          "tháng 5/2026)."),
        P("- Tư vấn pháp luật miễn phí tại nhà trọ công nhân (Chủ trì: Văn phòng Tư vấn pháp luật Công đoàn "
          "tỉnh; phối hợp: UBND các phường có khu nhà trọ tập trung; thời gian: hằng tháng)."),
        P("C. Đối với lao động nữ, lao động khu vực phi chính thức", bold=True),
        P("- Tuyên truyền chính sách thai sản, bảo hiểm xã hội tự nguyện cho lao động nữ, lao động tự do "
          "(Chủ trì: Ban Nữ công; phối hợp: Bảo hiểm xã hội tỉnh; thời gian: từ tháng 6 đến tháng 9/2026)."),
        P("- Phổ biến pháp luật về quyền lợi của người lao động khi chấm dứt hợp đồng lao động (Chủ trì: Ban "
          "Chính sách - Pháp luật; thời gian: khi doanh nghiệp có kế hoạch cắt giảm lao động)."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Các ban, văn phòng LĐLĐ tỉnh, công đoàn cấp trên trực tiếp cơ sở xây dựng kế hoạch chi tiết."),
        P("2. Ban Chính sách - Pháp luật theo dõi, tổng hợp, báo cáo Thường trực trước ngày 30/11/2026."),
    ]
    + _end([], ["Tổng LĐLĐ Việt Nam (b/c);", "Thường trực Tỉnh ủy (b/c);", "Lưu: VT, CSPL."],
           "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH", "Nguyễn Thị Hồng Nhung"),
    [
        Exp("Tập huấn kỹ năng đối thoại, thương lượng",
            ("Ban Quan hệ lao động",), ("Trường Đại học Công đoàn",), "2026-06-30"),
        Exp("Phổ biến Luật Công đoàn năm 2024",
            ("Ban Tổ chức",), ("Công đoàn các khu công nghiệp", "công đoàn ngành"), "2026-03-31"),
        Exp("Tổ chức “Tháng Công nhân” với chủ đề",
            ("Công đoàn các khu công nghiệp",), ("Sở Nội vụ", "Ban Quản lý các khu công nghiệp"),
            "2026-05-31"),
        Exp("Tư vấn pháp luật miễn phí tại nhà trọ",
            ("Văn phòng Tư vấn pháp luật Công đoàn tỉnh",),
            ("UBND các phường có khu nhà trọ tập trung",), "2026-12-31"),
        Exp("Tuyên truyền chính sách thai sản",
            ("Ban Nữ công",), ("Bảo hiểm xã hội tỉnh",), "2026-09-30"),
        Exp("Phổ biến pháp luật về quyền lợi của người lao động",
            ("Ban Chính sách - Pháp luật",), (), "2026-12-31", True),
    ],
)

# ------------------------------------------------------------------ 9. UBND xã, Phân công per unit
PLAN_XA_PHANCONG_DONVI = Plan(
    "xa_phancong_donvi",
    _header(
        "UBND XÃ TÂN PHÚ",
        "ỦY BAN NHÂN DÂN",
        "15/KH-UBND",
        "Tân Phú, ngày 10 tháng 3 năm 2026",
        "Tuyên truyền, phổ biến pháp luật và thực hiện tiêu chí",
        "tiếp cận pháp luật năm 2026",
    )
    + [
        P("Căn cứ Quyết định số 25/2021/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ;"),
        P("Căn cứ Thông tư số 09/2021/TT-BTP ngày 15/11/2021 của Bộ trưởng Bộ Tư pháp;"),
        P("Căn cứ Kế hoạch số 61/KH-UBND ngày 20/02/2026 của UBND tỉnh Đồng Nai;"),
    ]
    + _purpose([
        "Duy trì, nâng cao chất lượng các tiêu chí xã đạt chuẩn tiếp cận pháp luật.",
        "Tăng cường phổ biến pháp luật tại ấp, khu dân cư.",
        "Phân công cụ thể cho từng bộ phận, công chức chuyên môn.",
    ])
    + [
        P("II. NỘI DUNG THỰC HIỆN", bold=True),
        P("1. Nhóm nhiệm vụ phổ biến pháp luật", bold=True),
        P("1.1. Phổ biến các luật, nghị quyết mới được Quốc hội thông qua tại các buổi họp ấp. Thời gian: "
          "Quý II và Quý IV/2026."),
        P("1.2. Tổ chức phiên tòa giả định về phòng, chống bạo lực gia đình tại Nhà văn hóa ấp 3. Thời gian: "
          "tháng 6/2026."),
        P("1.3. Duy trì chuyên mục “Pháp luật và đời sống” trên hệ thống truyền thanh xã. Thời gian: thường "
          "xuyên."),
        P("2. Nhóm nhiệm vụ hòa giải ở cơ sở, tiếp cận pháp luật", bold=True),
        P("2.1. Hướng dẫn các tổ hòa giải ghi chép sổ theo dõi hoạt động hòa giải. Thời gian: tháng 4/2026."),
        P("2.2. Tự chấm điểm, lập hồ sơ đề nghị công nhận xã đạt chuẩn tiếp cận pháp luật năm 2026. Thời "
          "gian: "
          "trước ngày 15/12/2026."),
        P("2.3. Công khai thông tin về ngân sách, quy hoạch sử dụng đất trên trang thông tin điện tử xã. "
          "Thời gian: tháng 7/2026."),
        P("2.4. Tư vấn, hướng dẫn thủ tục đăng ký thường trú, tạm trú cho người lao động nhập cư. Thời gian: "
          "khi có yêu cầu của người dân."),
        P("III. PHÂN CÔNG NHIỆM VỤ", bold=True),
        P("1. Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội: chủ trì thực hiện nội dung tại điểm 1.1 Mục "
          "II; "
          "Ủy ban Mặt trận Tổ quốc Việt Nam xã phối hợp."),
        P("2. Công chức Tư pháp - Hộ tịch: chủ trì thực hiện các nội dung tại điểm 1.2, 2.1 và 2.2 Mục II; "
          "phối hợp với Hội Liên hiệp Phụ nữ xã thực hiện điểm 1.2, phối hợp Ban Công tác Mặt trận các ấp "
          "thực hiện điểm 2.1."),
        P("3. Công chức Văn hóa - Xã hội: chủ trì thực hiện điểm 1.3 Mục II."),
        P("4. Văn phòng HĐND và UBND xã: chủ trì thực hiện điểm 2.3 Mục II, phối hợp với Công chức Tài chính "
          "- Kế toán."),
        P("5. Công an xã: chủ trì thực hiện điểm 2.4 Mục II."),
        P("IV. CHẾ ĐỘ BÁO CÁO", bold=True),
        P("Các bộ phận báo cáo kết quả về Công chức Tư pháp - Hộ tịch trước ngày 25/11/2026 để tổng hợp."),
    ]
    + _end([], ["Sở Tư pháp tỉnh (b/c);", "TT Đảng ủy xã (b/c);", "Lưu: VT."],
           "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Phạm Văn Lộc"),
    [
        Exp("Phổ biến các luật, nghị quyết mới",
            ("Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam xã",), "2026-12-31"),
        Exp("Tổ chức phiên tòa giả định",
            ("Công chức Tư pháp - Hộ tịch",), ("Hội Liên hiệp Phụ nữ xã",), "2026-06-30"),
        Exp("Duy trì chuyên mục “Pháp luật và đời sống”",
            ("Công chức Văn hóa - Xã hội",), (), "2026-12-31"),
        Exp("Hướng dẫn các tổ hòa giải ghi chép",
            ("Công chức Tư pháp - Hộ tịch",), ("Ban Công tác Mặt trận các ấp",), "2026-04-30"),
        Exp("Tự chấm điểm, lập hồ sơ đề nghị",
            ("Công chức Tư pháp - Hộ tịch",), (), "2026-12-15"),
        Exp("Công khai thông tin về ngân sách",
            ("Văn phòng HĐND và UBND xã",), ("Công chức Tài chính - Kế toán",), "2026-07-31"),
        Exp("Tư vấn, hướng dẫn thủ tục đăng ký",
            ("Công an xã",), (), "2026-12-31", True),
    ],
)

# ------------------------------------------------------------------ 10. Sở Y tế, 1.1.1 prose + table
_T10 = T(
    (
        ("STT", "Hoạt động", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Kinh phí"),
        ("1", "Truyền thông Luật Khám bệnh, chữa bệnh năm 2023 trên Báo và Phát thanh, Truyền hình tỉnh",
         "Trung tâm Kiểm soát bệnh tật tỉnh", "Phòng Nghiệp vụ Y - Dược", "Quý I - Quý IV/2026",
         "Ngân sách tỉnh"),
        ("2", "Phổ biến quy định về phòng, chống tác hại của thuốc lá điện tử, thuốc lá nung nóng tại "
              "các bệnh viện", "Bệnh viện Đa khoa tỉnh Cà Mau", "Các bệnh viện tuyến tỉnh; Trung tâm Y tế "
         "các khu vực", "Tháng 5/2026", "Nguồn thu sự nghiệp"),
        ("3", "Tập huấn pháp luật về quảng cáo mỹ phẩm, thực phẩm bảo vệ sức khỏe cho doanh nghiệp",
         "Chi cục An toàn vệ sinh thực phẩm", "Sở Công Thương", "Tháng 8/2026", "Ngân sách tỉnh"),
    ),
    (10, 60, 35, 40, 25, 25),
)

PLAN_SYT_MIX3 = Plan(
    "syt_mix3",
    _header(
        "UBND TỈNH CÀ MAU",
        "SỞ Y TẾ",
        "735/KH-SYT",
        "Cà Mau, ngày 17 tháng 3 năm 2026",
        "Phổ biến, giáo dục pháp luật ngành Y tế năm 2026",
        "",
    )
    + [
        P("Căn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15 ngày 09/01/2023;"),
        P("Căn cứ Kế hoạch số 73/KH-UBND ngày 25/02/2026 của UBND tỉnh Cà Mau về công tác phổ biến, giáo dục "
          "pháp luật năm 2026;"),
    ]
    + _purpose([
        "Nâng cao nhận thức pháp luật, y đức của đội ngũ y, bác sĩ, nhân viên y tế.",
        "Tuyên truyền pháp luật về y tế đến người dân, người bệnh.",
        "Kết hợp linh hoạt các hình thức trực tiếp và trên môi trường số.",
    ])
    + [
        P("II. NỘI DUNG", bold=True),
        P("1. Phổ biến pháp luật trong nội bộ ngành", bold=True),
        P("1.1. Đối với công chức, viên chức quản lý", bold=True),
        P("1.1.1. Quán triệt Luật Phòng bệnh năm 2025 và các nghị định hướng dẫn thi hành cho lãnh đạo "
          "các đơn vị trực thuộc. Chủ trì thực hiện: Văn phòng Sở; Phối hợp: Phòng Nghiệp vụ Y - Dược."),
        P("Thời hạn: Quý II/2026."),
        P("1.1.2. Bồi dưỡng kiến thức pháp luật về đấu thầu thuốc, vật tư y tế cho bộ phận mua sắm của các "
          "bệnh viện. Chủ trì thực hiện: Phòng Kế hoạch - Tài chính; Phối hợp: Thanh tra Sở, Sở Tài chính."),
        P("Thời hạn: tháng 7 - tháng 8/2026."),
        P("1.2. Đối với người hành nghề khám bệnh, chữa bệnh", bold=True),
        P("1.2.1. Phổ biến quy định về cập nhật kiến thức y khoa liên tục, gia hạn giấy phép hành nghề. Chủ "
          "trì thực hiện: Phòng Nghiệp vụ Y - Dược; Phối hợp: Hội Y học tỉnh, Hội Điều dưỡng tỉnh."),
        P("Thời hạn: khi Bộ Y tế ban hành Thông tư sửa đổi."),
        P("1.2.2. Tổ chức ký cam kết thực hiện Quy tắc ứng xử của người hành nghề tại cơ sở khám bệnh, chữa "
          "bệnh công lập. Chủ trì thực hiện: Thủ trưởng các đơn vị trực thuộc Sở."),
        P("Thời hạn: trước ngày 30/6/2026."),
        P("2. Phổ biến pháp luật cho người dân, người bệnh", bold=True),
        P("Các hoạt động cụ thể như bảng sau:"),
        _T10,
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Văn phòng Sở là đơn vị đầu mối, hướng dẫn, kiểm tra, tổng hợp kết quả thực hiện Kế hoạch."),
        P("2. Thủ trưởng các đơn vị trực thuộc báo cáo kết quả 6 tháng trước ngày 15/6/2026, báo cáo năm "
          "trước ngày 15/11/2026."),
    ]
    + _end([], ["UBND tỉnh (b/c);", "Sở Tư pháp;", "Các đơn vị trực thuộc;", "Lưu: VT, VP."],
           "GIÁM ĐỐC", "Lâm Thị Kim Ngân"),
    [
        Exp("Quán triệt Luật Phòng bệnh năm 2025",
            ("Văn phòng Sở",), ("Phòng Nghiệp vụ Y - Dược",), "2026-06-30"),
        Exp("Bồi dưỡng kiến thức pháp luật về đấu thầu",
            ("Phòng Kế hoạch - Tài chính",), ("Thanh tra Sở", "Sở Tài chính"), "2026-08-31"),
        Exp("Phổ biến quy định về cập nhật kiến thức y khoa",
            ("Phòng Nghiệp vụ Y - Dược",), ("Hội Y học tỉnh", "Hội Điều dưỡng tỉnh"), "2026-12-31", True),
        Exp("Tổ chức ký cam kết thực hiện Quy tắc ứng xử",
            ("Thủ trưởng các đơn vị trực thuộc Sở",), (), "2026-06-30"),
        Exp("Truyền thông Luật Khám bệnh, chữa bệnh",
            ("Trung tâm Kiểm soát bệnh tật tỉnh",), ("Phòng Nghiệp vụ Y - Dược",), "2026-12-31"),
        Exp("Phổ biến quy định về phòng, chống tác hại",
            ("Bệnh viện Đa khoa tỉnh Cà Mau",),
            ("Các bệnh viện tuyến tỉnh", "Trung tâm Y tế các khu vực"), "2026-05-31"),
        Exp("Tập huấn pháp luật về quảng cáo mỹ phẩm",
            ("Chi cục An toàn vệ sinh thực phẩm",), ("Sở Công Thương",), "2026-08-31"),
    ],
)

PLANS: list[Plan] = [
    PLAN_STP_111,
    PLAN_XA_PHULUC,
    PLAN_PHUONG_PHANCONG,
    PLAN_HD_DOITUONG,
    PLAN_SGD_MIX,
    PLAN_NNMT_BLOCKS,
    PLAN_TINH_PHULUC2,
    PLAN_LDLD_DOITUONG,
    PLAN_XA_PHANCONG_DONVI,
    PLAN_SYT_MIX3,
]
