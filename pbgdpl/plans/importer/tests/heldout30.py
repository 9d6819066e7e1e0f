"""Held-out evaluation set 30: ten plans derived from provincial plans, multi-year (2026-2030).

Every plan implements a higher-level plan ("Thực hiện Kế hoạch số …/KH-UBND của UBND tỉnh …") and
covers a multi-year period whose first year (2026) is the plan year. Answers written by hand.

1. PLAN_PT_NNMT - Sở Nông nghiệp và Môi trường Phú Thọ: bold "1." task headings, "- Đơn vị chủ trì:",
   "- Đơn vị phối hợp:", "- Thời gian thực hiện:" label lines; yearly / range / quarter timeframes.
2. PLAN_TQ_GDDT - Sở Giáo dục và Đào tạo Tuyên Quang: prose without assignments, appendix table
   (TT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện | Sản phẩm) with roman group rows.
3. PLAN_NB_YTE - Sở Y tế Ninh Bình: "1." group headings (not bold), "a)" tasks with inline
   "Chủ trì thực hiện: …. Phối hợp: …. Thời gian: …" sentences; one event-triggered task.
4. PLAN_QT_XA - UBND xã Triệu Phong (Quảng Trị): prose "Giao X chủ trì, phối hợp với Y"; items with
   several dash blocks; persons as units (Chủ tịch, Phó Chủ tịch UBND xã); event-triggered block.
5. PLAN_DN_CT - Sở Công Thương Đồng Nai: table with a 2-row header (Phân công thực hiện: Chủ trì |
   Phối hợp), "Ghi chú" column, names with dashes, event-triggered row.
6. PLAN_KH_VHTTDL - Sở Văn hóa, Thể thao và Du lịch Khánh Hòa: "1.1." numbering under group headings,
   "+ Đơn vị chủ trì:" / "+ Đơn vị phối hợp:" / "+ Thời gian:" bullets.
7. PLAN_GL_DTTG - Sở Dân tộc và Tôn giáo Gia Lai: group headings with dash-bullet tasks whose
   assignment is prose ("X chủ trì; Y phối hợp", "Đơn vị thực hiện: …"); a single-item task with "Giao …".
8. PLAN_CM_NV - Sở Nội vụ Cà Mau: table without STT (Nội dung | Thời gian | Cơ quan chủ trì |
   Cơ quan phối hợp | Kinh phí), roman group rows, a "Theo đề nghị của Sở Tư pháp" row.
9. PLAN_AG_KHCN - Sở Khoa học và Công nghệ An Giang: non-bold "1." groups, "a)" tasks with
   "Chủ trì:", "Phối hợp:", "Tiến độ:" on their own lines; quarter-to-quarter range; single-item tasks.
10. PLAN_LD_XD - Sở Xây dựng Lâm Đồng: prose sections then "PHỤ LỤC" task table
   (STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Kinh phí), "sau khi …
   được ban hành" row.

Deadline rules used: plan year 2026; "Hằng năm"/"Thường xuyên"/no time → 2026-12-31; a year → 31/12 of
that year; "giai đoạn 2026-2030"/"2026-2028" → end of the range; quarters/months → their last day.
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T, _header, _purpose


def _bases(lines: list[str]) -> list[P | T]:
    return [P(line) for line in lines]


def _end(section: str, lines: list[str], recipients: list[str], role: str, signer: str) -> list[P | T]:
    out: list[P | T] = [P(section, bold=True)]
    out += [P(line) for line in lines]
    out.append(P("Nơi nhận:", bold=True))
    out += [P(r) for r in recipients]
    out += [P(role, bold=True, center=True), P("(Đã ký)", center=True), P(signer, bold=True, center=True)]
    return out


# ---------------------------------------------------------------- 1. Phú Thọ, Sở NN&MT
PLAN_PT_NNMT = Plan(
    name="pt_nnmt",
    blocks=[
        *_header(
            "UBND TỈNH PHÚ THỌ",
            "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
            "118/KH-SNNMT",
            "Phú Thọ, ngày 26 tháng 01 năm 2026",
            "Phổ biến, giáo dục pháp luật trong lĩnh vực nông nghiệp và môi trường",
            "giai đoạn 2026 - 2030",
        ),
        *_bases([
            "Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;",
            "Căn cứ Quyết định số 1521/QĐ-TTg ngày 06/10/2022 của Thủ tướng Chính phủ ban hành Kế hoạch "
            "thực hiện Kết luận số 80-KL/TW ngày 20/6/2020 của Ban Bí thư;",
            "Thực hiện Kế hoạch số 19/KH-UBND ngày 12/01/2026 của UBND tỉnh Phú Thọ về phổ biến, giáo dục "
            "pháp luật giai đoạn 2026 - 2030, Sở Nông nghiệp và Môi trường ban hành Kế hoạch thực hiện "
            "như sau:",
        ]),
        *_purpose([
            "Triển khai kịp thời, đầy đủ các nhiệm vụ được giao tại Kế hoạch số 19/KH-UBND của UBND tỉnh.",
            "Nâng cao nhận thức, ý thức chấp hành pháp luật về đất đai, tài nguyên, môi trường, nông "
            "nghiệp của cán bộ, công chức, viên chức và Nhân dân.",
            "Xác định rõ nhiệm vụ, đơn vị chủ trì, đơn vị phối hợp và thời gian thực hiện.",
            "Bảo đảm tiết kiệm, hiệu quả, gắn với nhiệm vụ chuyên môn của từng đơn vị.",
        ]),
        P("II. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True),
        P("1. Tuyên truyền, phổ biến Luật Đất đai năm 2024 và các văn bản quy định chi tiết thi hành",
          bold=True),
        P("- Nội dung: Phổ biến các quy định mới về thu hồi đất, bồi thường, hỗ trợ, tái định cư; đăng "
          "ký đất đai, cấp Giấy chứng nhận quyền sử dụng đất."),
        P("- Đơn vị chủ trì: Chi cục Quản lý đất đai."),
        P("- Đơn vị phối hợp: Văn phòng Sở, Văn phòng Đăng ký đất đai tỉnh."),
        P("- Thời gian thực hiện: Hằng năm."),
        P("2. Biên soạn tài liệu hỏi - đáp pháp luật về nông nghiệp, lâm nghiệp, thủy lợi", bold=True),
        P("- Đơn vị chủ trì: Văn phòng Sở."),
        P("- Đơn vị phối hợp: Chi cục Kiểm lâm; Chi cục Thủy lợi; Chi cục Trồng trọt và Bảo vệ thực vật."),
        P("- Thời gian thực hiện: Quý II/2026."),
        P("3. Tập huấn pháp luật về bảo vệ môi trường cho cán bộ cấp xã và doanh nghiệp", bold=True),
        P("- Nội dung: Luật Bảo vệ môi trường năm 2020, quy định về giấy phép môi trường, phân loại chất "
          "thải rắn sinh hoạt tại nguồn."),
        P("- Đơn vị chủ trì: Chi cục Bảo vệ môi trường."),
        P("- Đơn vị phối hợp: UBND các xã, phường."),
        P("- Thời gian thực hiện: Năm 2027."),
        P("4. Phổ biến pháp luật về lâm nghiệp cho đồng bào sinh sống gần rừng", bold=True),
        P("- Đơn vị chủ trì: Chi cục Kiểm lâm."),
        P("- Đơn vị phối hợp: Các Hạt Kiểm lâm khu vực, Ban Quản lý rừng phòng hộ và UBND các xã có rừng."),
        P("- Thời gian thực hiện: Giai đoạn 2026 - 2030."),
        P("5. Cập nhật văn bản pháp luật mới trên Trang thông tin điện tử của Sở", bold=True),
        P("- Đơn vị chủ trì: Văn phòng Sở."),
        P("- Đơn vị phối hợp: Các phòng, đơn vị thuộc Sở."),
        P("- Thời gian thực hiện: Thường xuyên."),
        P("6. Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam (09/11)", bold=True),
        P("- Đơn vị chủ trì: Thanh tra Sở."),
        P("- Đơn vị phối hợp: Công đoàn cơ sở Sở Nông nghiệp và Môi trường, Chi đoàn Thanh niên Sở."),
        P("- Thời gian thực hiện: Tháng 11/2026."),
        P("7. Sơ kết 03 năm thực hiện Kế hoạch", bold=True),
        P("- Đơn vị chủ trì: Văn phòng Sở."),
        P("- Đơn vị phối hợp: Các phòng, đơn vị thuộc Sở."),
        P("- Thời gian thực hiện: Quý IV/2028."),
        *_end(
            "III. TỔ CHỨC THỰC HIỆN",
            [
                "1. Thủ trưởng các phòng, đơn vị thuộc Sở căn cứ nhiệm vụ được giao chủ động xây dựng kế "
                "hoạch hằng năm, bố trí kinh phí để triển khai thực hiện.",
                "2. Văn phòng Sở là đầu mối theo dõi, tổng hợp, báo cáo kết quả thực hiện về Sở Tư pháp "
                "trước ngày 15/11 hằng năm.",
            ],
            ["- Sở Tư pháp (b/c);", "- Giám đốc, các PGĐ Sở;", "- Các phòng, đơn vị thuộc Sở;",
             "- Lưu: VT, VP."],
            "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
            "Nguyễn Văn Thành",
        ),
    ],
    expected=[
        Exp("Tuyên truyền, phổ biến Luật Đất đai năm 2024", ("Chi cục Quản lý đất đai",),
            ("Văn phòng Sở", "Văn phòng Đăng ký đất đai tỉnh"), "2026-12-31"),
        Exp("Biên soạn tài liệu hỏi - đáp pháp luật", ("Văn phòng Sở",),
            ("Chi cục Kiểm lâm", "Chi cục Thủy lợi", "Chi cục Trồng trọt và Bảo vệ thực vật"), "2026-06-30"),
        Exp("Tập huấn pháp luật về bảo vệ môi trường", ("Chi cục Bảo vệ môi trường",),
            ("UBND các xã, phường",), "2027-12-31"),
        Exp("Phổ biến pháp luật về lâm nghiệp cho đồng bào", ("Chi cục Kiểm lâm",),
            ("Các Hạt Kiểm lâm khu vực", "Ban Quản lý rừng phòng hộ", "UBND các xã có rừng"), "2030-12-31"),
        Exp("Cập nhật văn bản pháp luật mới trên Trang", ("Văn phòng Sở",),
            ("Các phòng, đơn vị thuộc Sở",), "2026-12-31"),
        Exp("Hưởng ứng Ngày Pháp luật nước Cộng hòa", ("Thanh tra Sở",),
            ("Công đoàn cơ sở Sở Nông nghiệp và Môi trường", "Chi đoàn Thanh niên Sở"), "2026-11-30"),
        Exp("Sơ kết 03 năm thực hiện Kế hoạch", ("Văn phòng Sở",), ("Các phòng, đơn vị thuộc Sở",),
            "2028-12-31"),
    ],
)

# ---------------------------------------------------------------- 2. Tuyên Quang, Sở GD&ĐT
_TQ_HEAD = ("TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện", "Sản phẩm")
PLAN_TQ_GDDT = Plan(
    name="tq_gddt",
    blocks=[
        *_header(
            "UBND TỈNH TUYÊN QUANG",
            "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
            "245/KH-SGDĐT",
            "Tuyên Quang, ngày 09 tháng 02 năm 2026",
            "Thực hiện Đề án nâng cao hiệu quả công tác giáo dục pháp luật trong nhà trường",
            "giai đoạn 2026 - 2030",
        ),
        *_bases([
            "Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019;",
            "Căn cứ Quyết định số 1316/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án tăng "
            "cường công tác phổ biến, giáo dục pháp luật trong nhà trường;",
            "Thực hiện Kế hoạch số 27/KH-UBND ngày 21/01/2026 của UBND tỉnh Tuyên Quang thực hiện Đề án "
            "giai đoạn 2026 - 2030, Sở Giáo dục và Đào tạo ban hành Kế hoạch triển khai thực hiện như sau:",
        ]),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Cụ thể hóa các nhiệm vụ được giao cho ngành Giáo dục tại Kế hoạch số 27/KH-UBND; 100% "
          "cơ sở giáo dục trực thuộc xây dựng kế hoạch giáo dục pháp luật hằng năm."),
        P("2. Việc triển khai phải gắn với nhiệm vụ năm học, phù hợp với từng cấp học và đặc thù vùng "
          "đồng bào dân tộc thiểu số."),
        P("II. NỘI DUNG", bold=True),
        P("Tập trung đổi mới nội dung, hình thức giáo dục pháp luật trong nhà trường; nâng cao năng lực "
          "đội ngũ giáo viên; tăng cường ứng dụng công nghệ thông tin; kiểm tra, đánh giá định kỳ."),
        P("(Nhiệm vụ cụ thể, đơn vị chủ trì, phối hợp, thời gian thực hiện có Phụ lục kèm theo)"),
        P("III. KINH PHÍ", bold=True),
        P("Kinh phí thực hiện được bố trí trong dự toán chi thường xuyên hằng năm của các đơn vị và các "
          "nguồn hợp pháp khác."),
        *_end(
            "IV. TỔ CHỨC THỰC HIỆN",
            [
                "1. Các phòng chuyên môn thuộc Sở theo chức năng, nhiệm vụ chủ động triển khai các nhiệm vụ "
                "tại Phụ lục.",
                "2. Các đơn vị trực thuộc báo cáo kết quả thực hiện về Sở (qua Văn phòng Sở) trước ngày "
                "30/5 hằng năm để tổng hợp báo cáo UBND tỉnh.",
            ],
            ["- UBND tỉnh (b/c);", "- Sở Tư pháp;", "- Các đơn vị trực thuộc;", "- Lưu: VT, GDPT."],
            "GIÁM ĐỐC",
            "Hoàng Thị Hạnh",
        ),
        P("PHỤ LỤC\nDANH MỤC NHIỆM VỤ THỰC HIỆN ĐỀ ÁN GIAI ĐOẠN 2026 - 2030", bold=True, center=True),
        P("(Kèm theo Kế hoạch số 245/KH-SGDĐT ngày 09/02/2026 của Sở Giáo dục và Đào tạo)", center=True),
        T(
            (
                _TQ_HEAD,
                ("I", "NÂNG CAO NHẬN THỨC VÀ ĐỔI MỚI NỘI DUNG", "", "", "", ""),
                ("1", "Quán triệt, phổ biến Kế hoạch đến cán bộ quản lý các đơn vị trực thuộc",
                 "Phòng Giáo dục phổ thông", "Các phòng chuyên môn thuộc Sở; các trường trung học phổ thông",
                 "Quý I/2026", "Hội nghị quán triệt"),
                ("2", "Lồng ghép nội dung giáo dục pháp luật vào môn Giáo dục kinh tế và pháp luật, "
                 "hoạt động "
                 "trải nghiệm", "Phòng Giáo dục phổ thông",
                 "Các trường trung học phổ thông, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên",
                 "Hằng năm", "Kế hoạch giáo dục nhà trường"),
                ("3", "Tổ chức cuộc thi tìm hiểu pháp luật về an toàn giao thông cho học sinh",
                 "Văn phòng Sở", "Công an tỉnh;\nBan An toàn giao thông tỉnh", "Năm 2027",
                 "Cuộc thi cấp tỉnh"),
                ("II", "NÂNG CAO NĂNG LỰC ĐỘI NGŨ VÀ ĐIỀU KIỆN BẢO ĐẢM", "", "", "", ""),
                ("4", "Bồi dưỡng kiến thức pháp luật cho giáo viên dạy môn Giáo dục kinh tế và pháp luật",
                 "Phòng Tổ chức cán bộ", "Trường Chính trị tỉnh", "2026 - 2028", "Lớp bồi dưỡng"),
                ("5", "Xây dựng, số hóa tủ sách pháp luật trong trường học", "Phòng Giáo dục phổ thông",
                 "Phòng Kế hoạch - Tài chính", "Giai đoạn 2026 - 2030", "Tủ sách pháp luật điện tử"),
                ("6", "Phổ biến pháp luật về phòng, chống bạo lực học đường, xâm hại trẻ em",
                 "Các trường trung học phổ thông", "Công an các xã, phường", "Thường xuyên",
                 "Buổi ngoại khóa"),
                ("III", "KIỂM TRA, ĐÁNH GIÁ", "", "", "", ""),
                ("7", "Kiểm tra việc thực hiện công tác giáo dục pháp luật tại các đơn vị trực thuộc",
                 "Thanh tra Sở", "Phòng Giáo dục phổ thông", "Tháng 9 đến tháng 11/2026", "Báo cáo kiểm tra"),
                ("8", "Tổng kết 05 năm thực hiện Đề án", "Văn phòng Sở", "Các đơn vị trực thuộc",
                 "Quý IV/2030", "Báo cáo tổng kết"),
            ),
            widths=(8, 52, 30, 40, 25, 30),
        ),
    ],
    expected=[
        Exp("Quán triệt, phổ biến Kế hoạch đến cán bộ", ("Phòng Giáo dục phổ thông",),
            ("Các phòng chuyên môn thuộc Sở", "các trường trung học phổ thông"), "2026-03-31"),
        Exp("Lồng ghép nội dung giáo dục pháp luật vào môn", ("Phòng Giáo dục phổ thông",),
            ("Các trường trung học phổ thông",
             "trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên"), "2026-12-31"),
        Exp("Tổ chức cuộc thi tìm hiểu pháp luật", ("Văn phòng Sở",),
            ("Công an tỉnh", "Ban An toàn giao thông tỉnh"), "2027-12-31"),
        Exp("Bồi dưỡng kiến thức pháp luật cho giáo viên", ("Phòng Tổ chức cán bộ",),
            ("Trường Chính trị tỉnh",), "2028-12-31"),
        Exp("Xây dựng, số hóa tủ sách pháp luật", ("Phòng Giáo dục phổ thông",),
            ("Phòng Kế hoạch - Tài chính",), "2030-12-31"),
        Exp("Phổ biến pháp luật về phòng, chống bạo lực học đường", ("Các trường trung học phổ thông",),
            ("Công an các xã, phường",), "2026-12-31"),
        Exp("Kiểm tra việc thực hiện công tác giáo dục", ("Thanh tra Sở",), ("Phòng Giáo dục phổ thông",),
            "2026-11-30"),
        Exp("Tổng kết 05 năm thực hiện Đề án", ("Văn phòng Sở",), ("Các đơn vị trực thuộc",), "2030-12-31"),
    ],
)

# ---------------------------------------------------------------- 3. Ninh Bình, Sở Y tế
PLAN_NB_YTE = Plan(
    name="nb_yte",
    blocks=[
        *_header(
            "UBND TỈNH NINH BÌNH",
            "SỞ Y TẾ",
            "412/KH-SYT",
            "Ninh Bình, ngày 03 tháng 3 năm 2026",
            "Phổ biến, giáo dục pháp luật trong ngành Y tế",
            "giai đoạn 2026 - 2030 và năm 2026",
        ),
        *_bases([
            "Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012;",
            "Căn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15 ngày 09/01/2023;",
            "Thực hiện Kế hoạch số 41/KH-UBND ngày 10/02/2026 của UBND tỉnh Ninh Bình về công tác phổ "
            "biến, giáo dục pháp luật giai đoạn 2026 - 2030; Kế hoạch số 52/KH-HĐPH ngày 14/02/2026 của "
            "Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh,",
            "Sở Y tế ban hành Kế hoạch phổ biến, giáo dục pháp luật giai đoạn 2026 - 2030 và năm 2026, cụ "
            "thể như sau:",
        ]),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Tổ chức thực hiện có hiệu quả Kế hoạch số 41/KH-UBND của UBND tỉnh trong ngành Y tế."),
        P("- Nội dung phổ biến có trọng tâm, trọng điểm, gắn với quyền và nghĩa vụ của người bệnh, người "
          "hành nghề khám bệnh, chữa bệnh."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Nâng cao nhận thức pháp luật về y tế cho cán bộ, viên chức và Nhân dân"),
        P("a) Phổ biến Luật Khám bệnh, chữa bệnh năm 2023 và các văn bản hướng dẫn thi hành. Chủ trì thực "
          "hiện: Phòng Nghiệp vụ Y - Dược. Phối hợp: Bệnh viện Đa khoa tỉnh, Trung tâm Kiểm soát bệnh "
          "tật tỉnh và các cơ sở khám bệnh, chữa bệnh trên địa bàn. Thời gian: hằng năm."),
        P("b) Tuyên truyền pháp luật về an toàn thực phẩm trong Tháng hành động vì an toàn thực phẩm. Chủ "
          "trì thực hiện: Chi cục An toàn vệ sinh thực phẩm. Phối hợp: Báo và Phát thanh, Truyền hình Ninh "
          "Bình; UBND các xã, phường. Thời gian: từ tháng 4 đến tháng 5/2026."),
        P("c) Truyền thông pháp luật về phòng, chống tác hại của thuốc lá và đồ uống có cồn. Chủ trì thực "
          "hiện: Trung tâm Kiểm soát bệnh tật tỉnh. Phối hợp: Văn phòng Sở. Thời gian: giai đoạn "
          "2026 - 2030."),
        P("2. Bồi dưỡng, nâng cao năng lực đội ngũ làm công tác phổ biến, giáo dục pháp luật"),
        P("a) Tập huấn kỹ năng phổ biến, giáo dục pháp luật cho báo cáo viên pháp luật, tuyên truyền viên "
          "của ngành. Chủ trì thực hiện: Văn phòng Sở. Phối hợp: Sở Tư pháp. Thời gian: Quý III/2026."),
        P("b) Phổ biến Quy tắc ứng xử của người hành nghề khám bệnh, chữa bệnh cho viên chức y tế. Chủ trì "
          "thực hiện: Phòng Tổ chức cán bộ. Phối hợp: Công đoàn ngành Y tế. Thời gian: thường xuyên."),
        P("3. Ứng dụng công nghệ thông tin trong phổ biến, giáo dục pháp luật"),
        P("a) Xây dựng, duy trì chuyên mục \u201cPháp luật và sức khỏe\u201d trên Cổng thông tin "
          "điện tử Sở Y tế. Chủ trì thực hiện: Văn phòng Sở. Phối hợp: Trung tâm Kiểm soát bệnh tật "
          "tỉnh. Thời gian: Quý II/2026."),
        P("b) Cung cấp thông tin, tài liệu về pháp luật y tế cho Hội đồng phối hợp phổ biến, giáo dục pháp "
          "luật tỉnh. Chủ trì thực hiện: Thanh tra Sở. Phối hợp: các phòng chức năng thuộc Sở. Thời gian: "
          "khi có yêu cầu của Sở Tư pháp."),
        *_end(
            "III. TỔ CHỨC THỰC HIỆN",
            [
                "Văn phòng Sở chủ trì, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp báo cáo kết quả "
                "năm gửi Sở Tư pháp trước ngày 10/11/2026.",
                "Thủ trưởng các đơn vị trực thuộc căn cứ Kế hoạch này xây dựng kế hoạch của đơn vị và tổ "
                "chức thực hiện. Trong quá trình thực hiện, nếu có vướng mắc, phản ánh về Sở (qua Văn phòng "
                "Sở) để được hướng dẫn.",
            ],
            ["- Sở Tư pháp;", "- Ban Giám đốc Sở;", "- Các đơn vị trực thuộc;", "- Lưu: VT, VP."],
            "GIÁM ĐỐC",
            "Trần Quang Minh",
        ),
    ],
    expected=[
        Exp("Phổ biến Luật Khám bệnh, chữa bệnh năm 2023", ("Phòng Nghiệp vụ Y - Dược",),
            ("Bệnh viện Đa khoa tỉnh", "Trung tâm Kiểm soát bệnh tật tỉnh",
             "các cơ sở khám bệnh, chữa bệnh trên địa bàn"), "2026-12-31"),
        Exp("Tuyên truyền pháp luật về an toàn thực phẩm", ("Chi cục An toàn vệ sinh thực phẩm",),
            ("Báo và Phát thanh, Truyền hình Ninh Bình", "UBND các xã, phường"), "2026-05-31"),
        Exp("Truyền thông pháp luật về phòng, chống tác hại", ("Trung tâm Kiểm soát bệnh tật tỉnh",),
            ("Văn phòng Sở",), "2030-12-31"),
        Exp("Tập huấn kỹ năng phổ biến, giáo dục pháp luật", ("Văn phòng Sở",), ("Sở Tư pháp",),
            "2026-09-30"),
        Exp("Phổ biến Quy tắc ứng xử của người hành nghề", ("Phòng Tổ chức cán bộ",),
            ("Công đoàn ngành Y tế",), "2026-12-31"),
        Exp("Xây dựng, duy trì chuyên mục", ("Văn phòng Sở",), ("Trung tâm Kiểm soát bệnh tật tỉnh",),
            "2026-06-30"),
        Exp("Cung cấp thông tin, tài liệu về pháp luật y tế", ("Thanh tra Sở",),
            ("các phòng chức năng thuộc Sở",), "2026-12-31", on_request=True),
    ],
)

# ---------------------------------------------------------------- 4. Quảng Trị, UBND xã Triệu Phong
PLAN_QT_XA = Plan(
    name="qt_xa",
    blocks=[
        *_header(
            "TỈNH QUẢNG TRỊ",
            "ỦY BAN NHÂN DÂN XÃ TRIỆU PHONG",
            "27/KH-UBND",
            "Triệu Phong, ngày 16 tháng 02 năm 2026",
            "Phổ biến, giáo dục pháp luật, hòa giải ở cơ sở và xây dựng xã đạt chuẩn tiếp cận pháp luật",
            "giai đoạn 2026 - 2030",
        ),
        *_bases([
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
            "Căn cứ Luật Hòa giải ở cơ sở ngày 20 tháng 6 năm 2013;",
            "Căn cứ Quyết định số 25/2021/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ quy định về xã, "
            "phường, thị trấn đạt chuẩn tiếp cận pháp luật;",
            "Thực hiện Kế hoạch số 33/KH-UBND ngày 23/01/2026 của UBND tỉnh Quảng Trị về phổ biến, giáo dục "
            "pháp luật giai đoạn 2026 - 2030, UBND xã Triệu Phong ban hành Kế hoạch thực hiện trên địa bàn "
            "xã như sau:",
        ]),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Đưa pháp luật đến với người dân ở thôn, khu dân cư; phát huy vai trò của tổ hòa giải ở cơ sở; "
          "duy trì và nâng cao chất lượng các tiêu chí tiếp cận pháp luật. Phân công cụ thể, rõ trách "
          "nhiệm của từng cơ quan, cá nhân."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Phổ biến pháp luật cho cán bộ và Nhân dân", bold=True),
        P("- Tổ chức tuyên truyền pháp luật lồng ghép trong các buổi sinh hoạt thôn, họp dân. Giao Phòng "
          "Văn hóa - Xã hội chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam xã và Trưởng các thôn "
          "thực hiện; thời gian: hằng quý."),
        P("- Xây dựng, phát sóng chuyên mục \u201cPháp luật với cuộc sống\u201d trên hệ thống truyền thanh "
          "cơ sở. Giao Trung tâm Dịch vụ tổng hợp xã thực hiện, định kỳ 02 lần/tuần."),
        P("2. Củng cố, kiện toàn tổ hòa giải ở cơ sở", bold=True),
        P("Giao Công chức Tư pháp - Hộ tịch chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam xã rà "
          "soát, kiện toàn các tổ hòa giải sau sáp nhập thôn; đề xuất bồi dưỡng nghiệp vụ cho hòa giải viên. "
          "Thời gian hoàn thành: Quý I/2026."),
        P("3. Xây dựng xã đạt chuẩn tiếp cận pháp luật", bold=True),
        P("Giao Văn phòng HĐND và UBND xã chủ trì, phối hợp với các phòng chuyên môn, đơn vị sự nghiệp "
          "thuộc UBND xã theo dõi, đánh giá các chỉ tiêu tiếp cận pháp luật; tham mưu UBND xã khắc phục các "
          "chỉ tiêu chưa đạt. Thời gian: giai đoạn 2026 - 2030."),
        P("4. Đối thoại chính sách, pháp luật với Nhân dân", bold=True),
        P("Chủ tịch UBND xã chủ trì; Phó Chủ tịch UBND xã phụ trách kinh tế và Công an xã phối hợp tổ "
          "chức đối thoại về những vấn đề người dân quan tâm (đất đai, bồi thường giải phóng mặt bằng, "
          "trật tự xây dựng). Thời gian: 06 tháng/lần."),
        P("5. Phổ biến pháp luật cho các đối tượng đặc thù", bold=True),
        P("- Đối với người lao động có nhu cầu đi làm việc ở nước ngoài: giao Phòng Văn hóa - Xã hội chủ "
          "trì, phối hợp với Hội Liên hiệp Phụ nữ xã, Đoàn Thanh niên Cộng sản Hồ Chí Minh xã phổ biến "
          "quy định về hợp đồng lao động, phòng, chống mua bán người. Thời gian: Quý II và Quý III/2026."),
        P("- Đối với người chấp hành xong án phạt tù trở về địa phương: giao Công an xã chủ trì, phối hợp "
          "với Công chức Tư pháp - Hộ tịch và các đoàn thể chính trị - xã hội xã tổ chức tư vấn, giúp đỡ "
          "tái hòa nhập cộng đồng. Thời gian: khi nhận được thông báo của cơ quan thi hành án hình sự."),
        *_end(
            "III. TỔ CHỨC THỰC HIỆN",
            [
                "1. Các phòng chuyên môn, đơn vị, cá nhân được phân công có trách nhiệm triển khai thực hiện "
                "nghiêm túc Kế hoạch này.",
                "2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội phối hợp "
                "tuyên truyền, vận động đoàn viên, hội viên chấp hành pháp luật.",
                "3. Công chức Tư pháp - Hộ tịch tổng hợp, báo cáo kết quả về UBND xã trước ngày 05/11 hằng "
                "năm để báo cáo Sở Tư pháp.",
            ],
            ["- Sở Tư pháp tỉnh (b/c);", "- TT Đảng ủy, HĐND xã;", "- Chủ tịch, các PCT UBND xã;",
             "- Như mục III;", "- Lưu: VT."],
            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
            "Lê Văn Hùng",
        ),
    ],
    expected=[
        Exp("Tổ chức tuyên truyền pháp luật lồng ghép", ("Phòng Văn hóa - Xã hội",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Trưởng các thôn"), "2026-12-31"),
        Exp("Xây dựng, phát sóng chuyên mục", ("Trung tâm Dịch vụ tổng hợp xã",), (), "2026-12-31"),
        Exp("Củng cố, kiện toàn tổ hòa giải ở cơ sở", ("Công chức Tư pháp - Hộ tịch",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam xã",), "2026-03-31"),
        Exp("Xây dựng xã đạt chuẩn tiếp cận pháp luật", ("Văn phòng HĐND và UBND xã",),
            ("các phòng chuyên môn, đơn vị sự nghiệp thuộc UBND xã",), "2030-12-31"),
        Exp("Đối thoại chính sách, pháp luật với Nhân dân", ("Chủ tịch UBND xã",),
            ("Phó Chủ tịch UBND xã phụ trách kinh tế", "Công an xã"), "2026-12-31"),
        Exp("Đối với người lao động có nhu cầu", ("Phòng Văn hóa - Xã hội",),
            ("Hội Liên hiệp Phụ nữ xã", "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã"), "2026-09-30"),
        Exp("Đối với người chấp hành xong án phạt tù", ("Công an xã",),
            ("Công chức Tư pháp - Hộ tịch", "các đoàn thể chính trị - xã hội xã"), "2026-12-31",
            on_request=True),
    ],
)

# ---------------------------------------------------------------- 5. Đồng Nai, Sở Công Thương
PLAN_DN_CT = Plan(
    name="dn_ct",
    blocks=[
        *_header(
            "UBND TỈNH ĐỒNG NAI",
            "SỞ CÔNG THƯƠNG",
            "356/KH-SCT",
            "Đồng Nai, ngày 27 tháng 02 năm 2026",
            "Phổ biến, giáo dục pháp luật trong lĩnh vực công thương",
            "giai đoạn 2026 - 2030",
        ),
        *_bases([
            "Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20/6/2012;",
            "Căn cứ Luật Điện lực số 61/2024/QH15 ngày 30/11/2024;",
            "Thực hiện Kế hoạch số 58/KH-UBND ngày 05/02/2026 của UBND tỉnh Đồng Nai về phổ biến, giáo dục "
            "pháp luật giai đoạn 2026 - 2030, Sở Công Thương xây dựng Kế hoạch như sau:",
        ]),
        *_purpose([
            "Phổ biến kịp thời các luật mới về điện lực, thương mại điện tử, an toàn hóa chất đến doanh "
            "nghiệp và người dân.",
            "Góp phần cải thiện môi trường kinh doanh, nâng cao ý thức chấp hành pháp luật của doanh nghiệp.",
            "Các nhiệm vụ phải có đơn vị chủ trì, phối hợp, thời gian cụ thể.",
            "Lồng ghép với các hoạt động chuyên môn, tiết kiệm kinh phí.",
        ]),
        P("II. NỘI DUNG, NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        T(
            (
                ("STT", "Nội dung công việc", "Phân công thực hiện", "", "Thời gian", "Ghi chú"),
                ("", "", "Chủ trì", "Phối hợp", "", ""),
                ("1", "Phổ biến Luật Điện lực năm 2024 và các văn bản hướng dẫn thi hành",
                 "Phòng Quản lý năng lượng", "Công ty Điện lực Đồng Nai; UBND các xã, phường",
                 "Năm 2026", ""),
                ("2", "Tuyên truyền pháp luật về bảo vệ quyền lợi người tiêu dùng",
                 "Phòng Quản lý thương mại",
                 "Chi cục Quản lý thị trường tỉnh Đồng Nai, Hội Bảo vệ người tiêu dùng tỉnh", "Hằng năm",
                 "Cao điểm dịp Ngày Quyền của người tiêu dùng Việt Nam 15/3"),
                ("3", "Hướng dẫn pháp luật về thương mại điện tử cho doanh nghiệp nhỏ và vừa",
                 "Trung tâm Khuyến công và Xúc tiến thương mại", "Hiệp hội Doanh nghiệp tỉnh",
                 "2026 - 2027", ""),
                ("4", "Tập huấn quy định về an toàn hóa chất, vật liệu nổ công nghiệp",
                 "Phòng Kỹ thuật an toàn - Môi trường",
                 "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ - Công an tỉnh", "Quý III/2026",
                 "02 lớp"),
                ("5", "Phổ biến cơ chế, chính sách và quy định pháp luật về phát triển cụm công nghiệp",
                 "Phòng Quản lý công nghiệp",
                 "Sở Tài chính, Sở Nông nghiệp và Môi trường, Sở Xây dựng và UBND các xã, phường có cụm "
                 "công nghiệp", "Quý II, III/2026", ""),
                ("6", "Phổ biến văn bản quy phạm pháp luật mới thuộc lĩnh vực công thương",
                 "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
                 "Khi có văn bản mới được ban hành", "Đăng tải Cổng thông tin điện tử Sở"),
                ("7", "Đánh giá, sơ kết giữa kỳ thực hiện Kế hoạch", "Văn phòng Sở",
                 "Các phòng, đơn vị thuộc Sở", "Tháng 12/2028", ""),
            ),
            widths=(10, 55, 32, 45, 22, 30),
        ),
        *_end(
            "III. TỔ CHỨC THỰC HIỆN",
            [
                "1. Trưởng các phòng, đơn vị thuộc Sở chủ động triển khai nhiệm vụ được phân công; bố trí "
                "kinh phí từ nguồn chi thường xuyên của đơn vị.",
                "2. Văn phòng Sở tổng hợp kết quả, tham mưu Giám đốc Sở báo cáo UBND tỉnh, Sở Tư pháp trước "
                "ngày 20/11 hằng năm.",
            ],
            ["- Sở Tư pháp;", "- Giám đốc, các Phó Giám đốc;", "- Các phòng, đơn vị thuộc Sở;",
             "- Lưu: VT, VP."],
            "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
            "Phạm Thị Thu Trang",
        ),
    ],
    expected=[
        Exp("Phổ biến Luật Điện lực năm 2024", ("Phòng Quản lý năng lượng",),
            ("Công ty Điện lực Đồng Nai", "UBND các xã, phường"), "2026-12-31"),
        Exp("Tuyên truyền pháp luật về bảo vệ quyền lợi", ("Phòng Quản lý thương mại",),
            ("Chi cục Quản lý thị trường tỉnh Đồng Nai", "Hội Bảo vệ người tiêu dùng tỉnh"), "2026-12-31"),
        Exp("Hướng dẫn pháp luật về thương mại điện tử", ("Trung tâm Khuyến công và Xúc tiến thương mại",),
            ("Hiệp hội Doanh nghiệp tỉnh",), "2027-12-31"),
        Exp("Tập huấn quy định về an toàn hóa chất", ("Phòng Kỹ thuật an toàn - Môi trường",),
            ("Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ - Công an tỉnh",), "2026-09-30"),
        Exp("Phổ biến cơ chế, chính sách và quy định", ("Phòng Quản lý công nghiệp",),
            ("Sở Tài chính", "Sở Nông nghiệp và Môi trường", "Sở Xây dựng",
             "UBND các xã, phường có cụm công nghiệp"), "2026-09-30"),
        Exp("Phổ biến văn bản quy phạm pháp luật mới", ("Văn phòng Sở",), ("Các phòng, đơn vị thuộc Sở",),
            "2026-12-31", on_request=True),
        Exp("Đánh giá, sơ kết giữa kỳ thực hiện", ("Văn phòng Sở",), ("Các phòng, đơn vị thuộc Sở",),
            "2028-12-31"),
    ],
)

# ---------------------------------------------------------------- 6. Khánh Hòa, Sở VHTTDL
PLAN_KH_VHTTDL = Plan(
    name="kh_vhttdl",
    blocks=[
        *_header(
            "UBND TỈNH KHÁNH HÒA",
            "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
            "89/KH-SVHTTDL",
            "Khánh Hòa, ngày 22 tháng 01 năm 2026",
            "Triển khai công tác phổ biến, giáo dục pháp luật giai đoạn 2026 - 2030",
            "của Sở Văn hóa, Thể thao và Du lịch",
        ),
        *_bases([
            "Thực hiện Kế hoạch số 15/KH-UBND ngày 08/01/2026 của Ủy ban nhân dân tỉnh Khánh Hòa về phổ "
            "biến, giáo dục pháp luật giai đoạn 2026 - 2030; Chỉ thị số 32-CT/TW ngày 09/12/2003 của Ban Bí "
            "thư Trung ương Đảng;",
            "Sở Văn hóa, Thể thao và Du lịch ban hành Kế hoạch triển khai như sau:",
        ]),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Mục đích: Nâng cao hiểu biết pháp luật về di sản văn hóa, du lịch, gia đình, thể thao cho "
          "cán bộ, công chức, viên chức, doanh nghiệp và Nhân dân, nhất là tại khu vực biển, đảo."),
        P("2. Yêu cầu: Bám sát nhiệm vụ UBND tỉnh giao; phân công rõ đơn vị chủ trì, phối hợp."),
        P("II. NHIỆM VỤ TRỌNG TÂM", bold=True),
        P("1. Phổ biến pháp luật chuyên ngành văn hóa, du lịch, gia đình", bold=True),
        P("1.1. Phổ biến Luật Di sản văn hóa năm 2024 và các nghị định hướng dẫn"),
        P("+ Đơn vị chủ trì: Phòng Quản lý di sản văn hóa."),
        P("+ Đơn vị phối hợp: Bảo tàng tỉnh; Ban Quản lý di tích tỉnh."),
        P("+ Thời gian: Năm 2026."),
        P("1.2. Tuyên truyền pháp luật về du lịch cho doanh nghiệp lữ hành, cơ sở lưu trú du lịch"),
        P("+ Đơn vị chủ trì: Phòng Quản lý du lịch."),
        P("+ Đơn vị phối hợp: Hiệp hội Du lịch Khánh Hòa, Trung tâm Xúc tiến du lịch tỉnh."),
        P("+ Thời gian: Hằng năm, trước mùa du lịch cao điểm."),
        P("1.3. Phổ biến pháp luật về phòng, chống bạo lực gia đình nhân Ngày Gia đình Việt Nam 28/6"),
        P("+ Đơn vị chủ trì: Phòng Xây dựng nếp sống văn hóa và Gia đình."),
        P("+ Đơn vị phối hợp: Hội Liên hiệp Phụ nữ tỉnh, Công an tỉnh, UBND các xã, phường, đặc khu."),
        P("+ Thời gian: Tháng 6/2026."),
        P("2. Đổi mới hình thức phổ biến, giáo dục pháp luật", bold=True),
        P("2.1. Biên soạn, phát hành tài liệu pháp luật song ngữ Việt - Raglai"),
        P("+ Đơn vị chủ trì: Phòng Quản lý văn hóa."),
        P("+ Đơn vị phối hợp: Sở Dân tộc và Tôn giáo."),
        P("+ Thời gian: 2027 - 2028."),
        P("2.2. Lồng ghép phổ biến pháp luật trong hoạt động văn hóa, văn nghệ, thể thao quần chúng"),
        P("+ Đơn vị chủ trì: Trung tâm Văn hóa - Điện ảnh tỉnh."),
        P("+ Đơn vị phối hợp: Nhà hát Nghệ thuật truyền thống tỉnh."),
        P("+ Thời gian: Thường xuyên."),
        P("2.3. Kiểm tra, đánh giá hiệu quả công tác phổ biến, giáo dục pháp luật tại các đơn vị"),
        P("+ Đơn vị chủ trì: Thanh tra Sở."),
        P("+ Đơn vị phối hợp: Văn phòng Sở."),
        P("+ Thời gian: Tháng 10 - tháng 11/2026."),
        *_end(
            "III. TỔ CHỨC THỰC HIỆN",
            [
                "Các phòng, đơn vị thuộc Sở có trách nhiệm triển khai các nhiệm vụ được giao; định kỳ báo "
                "cáo kết quả về Văn phòng Sở trước ngày 31/10 hằng năm.",
                "Văn phòng Sở theo dõi, đôn đốc, tổng hợp báo cáo Giám đốc Sở và Sở Tư pháp.",
            ],
            ["- Sở Tư pháp;", "- Lãnh đạo Sở;", "- Các phòng, đơn vị thuộc Sở;", "- Lưu: VT, VP."],
            "GIÁM ĐỐC",
            "Võ Thị Ngọc Lan",
        ),
    ],
    expected=[
        Exp("Phổ biến Luật Di sản văn hóa năm 2024", ("Phòng Quản lý di sản văn hóa",),
            ("Bảo tàng tỉnh", "Ban Quản lý di tích tỉnh"), "2026-12-31"),
        Exp("Tuyên truyền pháp luật về du lịch cho doanh nghiệp", ("Phòng Quản lý du lịch",),
            ("Hiệp hội Du lịch Khánh Hòa", "Trung tâm Xúc tiến du lịch tỉnh"), "2026-12-31"),
        Exp("Phổ biến pháp luật về phòng, chống bạo lực gia đình",
            ("Phòng Xây dựng nếp sống văn hóa và Gia đình",),
            ("Hội Liên hiệp Phụ nữ tỉnh", "Công an tỉnh", "UBND các xã, phường, đặc khu"), "2026-06-30"),
        Exp("Biên soạn, phát hành tài liệu pháp luật song ngữ", ("Phòng Quản lý văn hóa",),
            ("Sở Dân tộc và Tôn giáo",), "2028-12-31"),
        Exp("Lồng ghép phổ biến pháp luật trong hoạt động", ("Trung tâm Văn hóa - Điện ảnh tỉnh",),
            ("Nhà hát Nghệ thuật truyền thống tỉnh",), "2026-12-31"),
        Exp("Kiểm tra, đánh giá hiệu quả công tác", ("Thanh tra Sở",), ("Văn phòng Sở",), "2026-11-30"),
    ],
)

# ---------------------------------------------------------------- 7. Gia Lai, Sở Dân tộc và Tôn giáo
PLAN_GL_DTTG = Plan(
    name="gl_dttg",
    blocks=[
        *_header(
            "UBND TỈNH GIA LAI",
            "SỞ DÂN TỘC VÀ TÔN GIÁO",
            "73/KH-SDTTG",
            "Gia Lai, ngày 11 tháng 3 năm 2026",
            "Phổ biến, giáo dục pháp luật cho đồng bào dân tộc thiểu số và tín đồ các tôn giáo",
            "giai đoạn 2026 - 2030",
        ),
        *_bases([
            "Căn cứ Luật Tín ngưỡng, tôn giáo ngày 18 tháng 11 năm 2016;",
            "Căn cứ Nghị định số 95/2023/NĐ-CP ngày 29/12/2023 của Chính phủ quy định chi tiết và biện pháp "
            "thi hành Luật Tín ngưỡng, tôn giáo;",
            "Căn cứ Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ;",
            "Thực hiện Kế hoạch số 46/KH-UBND ngày 28/01/2026 của UBND tỉnh Gia Lai về phổ biến, giáo dục "
            "pháp luật giai đoạn 2026 - 2030, Sở Dân tộc và Tôn giáo ban hành Kế hoạch như sau:",
        ]),
        *_purpose([
            "Giúp đồng bào dân tộc thiểu số, tín đồ, chức sắc, chức việc hiểu và chấp hành pháp luật.",
            "Góp phần giữ vững an ninh chính trị, trật tự an toàn xã hội vùng đồng bào dân tộc thiểu số.",
            "Nội dung, hình thức phù hợp phong tục, tập quán, ngôn ngữ của từng dân tộc.",
            "Phát huy vai trò người có uy tín trong cộng đồng.",
        ]),
        P("II. NỘI DUNG VÀ PHÂN CÔNG NHIỆM VỤ", bold=True),
        P("1. Phổ biến pháp luật cho đồng bào dân tộc thiểu số", bold=True),
        P("- Phổ biến chính sách, pháp luật về dân tộc thông qua đội ngũ người có uy tín, già làng, trưởng "
          "thôn, làng. Phòng Chính sách dân tộc chủ trì; UBND các xã, phường vùng đồng bào dân tộc thiểu "
          "số phối hợp thực hiện. Thời gian: hằng năm."),
        P("- Biên soạn tờ gấp, sổ tay pháp luật bằng tiếng Jrai, tiếng Bahnar. Văn phòng Sở chủ trì, phối "
          "hợp với Báo và Phát thanh, Truyền hình Gia Lai thực hiện. Thời gian: 2026 - 2027."),
        P("- Tổ chức hội nghị tuyên truyền pháp luật về hôn nhân và gia đình, giảm thiểu tình trạng tảo hôn "
          "và hôn nhân cận huyết thống. Đơn vị thực hiện: Phòng Chính sách dân tộc; phối hợp: Hội Liên "
          "hiệp Phụ nữ tỉnh, Tỉnh đoàn Gia Lai. Thời gian: Quý II, III/2026."),
        P("2. Phổ biến pháp luật về tín ngưỡng, tôn giáo", bold=True),
        P("- Phổ biến Luật Tín ngưỡng, tôn giáo và Nghị định số 95/2023/NĐ-CP cho chức sắc, chức việc, nhà "
          "tu hành. Phòng Quản lý tôn giáo chủ trì; Công an tỉnh, Ban Trị sự Giáo hội Phật giáo Việt Nam "
          "tỉnh Gia Lai phối hợp. Thời gian: giai đoạn 2026 - 2030."),
        P("- Hướng dẫn các tổ chức tôn giáo thực hiện thủ tục đăng ký sinh hoạt tôn giáo tập trung, đăng ký "
          "người phụ trách. Phòng Quản lý tôn giáo thực hiện khi có đề nghị của tổ chức tôn giáo."),
        P("3. Tập huấn nghiệp vụ phổ biến pháp luật cho công chức làm công tác dân tộc, tôn giáo cấp xã",
          bold=True),
        P("Giao Văn phòng Sở chủ trì, phối hợp với Sở Nội vụ tổ chức 02 lớp/năm. Thời gian: Tháng 8/2026."),
        *_end(
            "III. TỔ CHỨC THỰC HIỆN",
            [
                "- Các phòng chuyên môn thuộc Sở căn cứ nội dung Kế hoạch chủ động phối hợp với các cơ quan, "
                "địa phương triển khai thực hiện.",
                "- Văn phòng Sở tham mưu dự toán kinh phí; tổng hợp, báo cáo kết quả về UBND tỉnh (qua Sở "
                "Tư pháp) trước ngày 15/11 hằng năm.",
            ],
            ["- UBND tỉnh (b/c);", "- Sở Tư pháp;", "- Giám đốc, các PGĐ;", "- Các phòng thuộc Sở;",
             "- Lưu: VT."],
            "GIÁM ĐỐC",
            "Rơ Châm Y Nhi",
        ),
    ],
    expected=[
        Exp("Phổ biến chính sách, pháp luật về dân tộc", ("Phòng Chính sách dân tộc",),
            ("UBND các xã, phường vùng đồng bào dân tộc thiểu số",), "2026-12-31"),
        Exp("Biên soạn tờ gấp, sổ tay pháp luật", ("Văn phòng Sở",),
            ("Báo và Phát thanh, Truyền hình Gia Lai",), "2027-12-31"),
        Exp("Tổ chức hội nghị tuyên truyền pháp luật về hôn nhân", ("Phòng Chính sách dân tộc",),
            ("Hội Liên hiệp Phụ nữ tỉnh", "Tỉnh đoàn Gia Lai"), "2026-09-30"),
        Exp("Phổ biến Luật Tín ngưỡng, tôn giáo", ("Phòng Quản lý tôn giáo",),
            ("Công an tỉnh", "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Gia Lai"), "2030-12-31"),
        Exp("Hướng dẫn các tổ chức tôn giáo thực hiện", ("Phòng Quản lý tôn giáo",), (), "2026-12-31",
            on_request=True),
        Exp("Tập huấn nghiệp vụ phổ biến pháp luật cho công chức", ("Văn phòng Sở",), ("Sở Nội vụ",),
            "2026-08-31"),
    ],
)

# ---------------------------------------------------------------- 8. Cà Mau, Sở Nội vụ
PLAN_CM_NV = Plan(
    name="cm_nv",
    blocks=[
        *_header(
            "UBND TỈNH CÀ MAU",
            "SỞ NỘI VỤ",
            "201/KH-SNV",
            "Cà Mau, ngày 30 tháng 01 năm 2026",
            "Phổ biến, giáo dục pháp luật ngành Nội vụ",
            "giai đoạn 2026 - 2030",
        ),
        *_bases([
            "Căn cứ Luật Cán bộ, công chức ngày 24 tháng 6 năm 2025;",
            "Căn cứ Luật Bảo hiểm xã hội số 41/2024/QH15 ngày 29/6/2024;",
            "Thực hiện Kế hoạch số 22/KH-UBND ngày 16/01/2026 của UBND tỉnh Cà Mau về phổ biến, giáo dục "
            "pháp luật giai đoạn 2026 - 2030, Sở Nội vụ ban hành Kế hoạch thực hiện với các nội dung sau:",
        ]),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Tuyên truyền, phổ biến kịp thời pháp luật về công vụ, lao động, người có công đến cán bộ, công "
          "chức, viên chức, người lao động và Nhân dân trên địa bàn tỉnh."),
        P("- Phân công cụ thể; gắn trách nhiệm của người đứng đầu các phòng, đơn vị thuộc Sở."),
        P("II. NỘI DUNG THỰC HIỆN", bold=True),
        T(
            (
                ("Nội dung", "Thời gian", "Cơ quan chủ trì", "Cơ quan phối hợp", "Kinh phí"),
                ("I. PHÁP LUẬT VỀ CÔNG VỤ, THI ĐUA, LƯU TRỮ", "", "", "", ""),
                ("Phổ biến Luật Cán bộ, công chức năm 2025 và các nghị định hướng dẫn", "Quý I, II/2026",
                 "Phòng Công chức, viên chức",
                 "Các cơ quan, đơn vị thuộc UBND tỉnh; UBND các xã, phường", "Ngân sách tỉnh"),
                ("Tuyên truyền pháp luật về thi đua, khen thưởng", "Hằng năm", "Ban Thi đua - Khen thưởng",
                 "Các sở, ban, ngành tỉnh", "Chi thường xuyên"),
                ("Phổ biến Luật Lưu trữ năm 2024 cho người làm công tác văn thư, lưu trữ", "2026 - 2027",
                 "Trung tâm Lưu trữ lịch sử tỉnh", "Văn phòng Sở", "Chi thường xuyên"),
                ("II. PHÁP LUẬT VỀ LAO ĐỘNG, NGƯỜI CÓ CÔNG", "", "", "", ""),
                ("Phổ biến Bộ luật Lao động, Luật Bảo hiểm xã hội năm 2024 cho người lao động trong doanh "
                 "nghiệp", "Năm 2027", "Phòng Lao động - Việc làm",
                 "Liên đoàn Lao động tỉnh; Bảo hiểm xã hội tỉnh Cà Mau", "Ngân sách tỉnh"),
                ("Tuyên truyền pháp luật về ưu đãi người có công với cách mạng", "Tháng 7/2026",
                 "Phòng Người có công", "UBND các xã, phường", "Chi thường xuyên"),
                ("III. NÂNG CAO NĂNG LỰC", "", "", "", ""),
                ("Bồi dưỡng kiến thức pháp luật cho cán bộ, công chức cấp xã sau sắp xếp",
                 "Giai đoạn 2026 - 2030", "Phòng Xây dựng chính quyền và Công tác thanh niên",
                 "Trường Chính trị tỉnh Cà Mau", "Ngân sách tỉnh"),
                ("Cung cấp văn bản, tài liệu cho Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh",
                 "Theo đề nghị của Sở Tư pháp", "Văn phòng Sở", "", "Không"),
            ),
            widths=(70, 28, 38, 45, 24),
        ),
        *_end(
            "III. TỔ CHỨC THỰC HIỆN",
            [
                "1. Thủ trưởng các phòng, đơn vị thuộc Sở tổ chức triển khai thực hiện nhiệm vụ được phân "
                "công tại Kế hoạch này.",
                "2. Văn phòng Sở theo dõi, tổng hợp, báo cáo Giám đốc Sở; gửi báo cáo về Sở Tư pháp trước "
                "ngày 10/11 hằng năm.",
            ],
            ["- Sở Tư pháp (b/c);", "- Giám đốc và các PGĐ Sở;", "- Các phòng, đơn vị thuộc Sở;",
             "- Lưu: VT, VP."],
            "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
            "Huỳnh Văn Tâm",
        ),
    ],
    expected=[
        Exp("Phổ biến Luật Cán bộ, công chức năm 2025", ("Phòng Công chức, viên chức",),
            ("Các cơ quan, đơn vị thuộc UBND tỉnh", "UBND các xã, phường"), "2026-06-30"),
        Exp("Tuyên truyền pháp luật về thi đua, khen thưởng", ("Ban Thi đua - Khen thưởng",),
            ("Các sở, ban, ngành tỉnh",), "2026-12-31"),
        Exp("Phổ biến Luật Lưu trữ năm 2024", ("Trung tâm Lưu trữ lịch sử tỉnh",), ("Văn phòng Sở",),
            "2027-12-31"),
        Exp("Phổ biến Bộ luật Lao động, Luật Bảo hiểm", ("Phòng Lao động - Việc làm",),
            ("Liên đoàn Lao động tỉnh", "Bảo hiểm xã hội tỉnh Cà Mau"), "2027-12-31"),
        Exp("Tuyên truyền pháp luật về ưu đãi người có công", ("Phòng Người có công",),
            ("UBND các xã, phường",), "2026-07-31"),
        Exp("Bồi dưỡng kiến thức pháp luật cho cán bộ",
            ("Phòng Xây dựng chính quyền và Công tác thanh niên",),
            ("Trường Chính trị tỉnh Cà Mau",), "2030-12-31"),
        Exp("Cung cấp văn bản, tài liệu cho Hội đồng", ("Văn phòng Sở",), (), "2026-12-31", on_request=True),
    ],
)

# ---------------------------------------------------------------- 9. An Giang, Sở KH&CN
PLAN_AG_KHCN = Plan(
    name="ag_khcn",
    blocks=[
        *_header(
            "UBND TỈNH AN GIANG",
            "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
            "164/KH-SKHCN",
            "An Giang, ngày 04 tháng 02 năm 2026",
            "Phổ biến, giáo dục pháp luật về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
            "giai đoạn 2026 - 2030",
        ),
        *_bases([
            "Căn cứ Luật Khoa học, công nghệ và đổi mới sáng tạo ngày 27 tháng 6 năm 2025;",
            "Căn cứ Luật Giao dịch điện tử số 20/2023/QH15 ngày 22/6/2023;",
            "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;",
            "Thực hiện Kế hoạch số 31/KH-UBND ngày 20/01/2026 của UBND tỉnh An Giang về công tác phổ biến, "
            "giáo dục pháp luật giai đoạn 2026 - 2030, Sở Khoa học và Công nghệ ban hành Kế hoạch như sau:",
        ]),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Nâng cao nhận thức pháp luật về khoa học, công nghệ, chuyển đổi số của cán bộ, doanh nghiệp, "
          "người dân; kịp thời phổ biến các luật mới; bảo đảm thực chất, hiệu quả, tránh hình thức."),
        P("II. NHIỆM VỤ", bold=True),
        P("1. Phổ biến pháp luật về khoa học, công nghệ và đổi mới sáng tạo"),
        P("a) Phổ biến Luật Khoa học, công nghệ và đổi mới sáng tạo năm 2025 đến các tổ chức khoa học và "
          "công nghệ"),
        P("Chủ trì: Phòng Quản lý khoa học"),
        P("Phối hợp: Các viện, trường, doanh nghiệp khoa học và công nghệ trên địa bàn tỉnh"),
        P("Tiến độ: Năm 2026"),
        P("b) Tuyên truyền pháp luật về sở hữu trí tuệ, tiêu chuẩn, đo lường, chất lượng"),
        P("Chủ trì: Phòng Tiêu chuẩn - Đo lường - Chất lượng"),
        P("Phối hợp: Sở Công Thương, Hiệp hội Doanh nghiệp tỉnh An Giang"),
        P("Tiến độ: Hằng năm"),
        P("2. Phổ biến pháp luật về chuyển đổi số, viễn thông, bưu chính"),
        P("a) Phổ biến Luật Giao dịch điện tử, Luật Dữ liệu và các văn bản hướng dẫn"),
        P("Chủ trì: Phòng Chuyển đổi số"),
        P("Phối hợp: Viễn thông An Giang; Trung tâm Công nghệ thông tin và Truyền thông"),
        P("Tiến độ: Quý III/2026 - Quý II/2027"),
        P("b) Tuyên truyền kỹ năng nhận diện, phòng tránh lừa đảo trực tuyến cho người dân"),
        P("Chủ trì: Trung tâm Công nghệ thông tin và Truyền thông"),
        P("Phối hợp: Công an tỉnh; UBND các xã, phường, đặc khu"),
        P("Tiến độ: Thường xuyên"),
        P("c) Phổ biến quy định về bưu chính, quản lý thông tin thuê bao di động"),
        P("Chủ trì: Phòng Bưu chính, Viễn thông"),
        P("Phối hợp: Bưu điện tỉnh An Giang và các doanh nghiệp viễn thông"),
        P("Tiến độ: Từ tháng 3 đến tháng 6/2026"),
        P("3. Ứng dụng chuyển đổi số trong công tác phổ biến, giáo dục pháp luật của Sở"),
        P("Chủ trì: Văn phòng Sở"),
        P("Phối hợp: Phòng Chuyển đổi số"),
        P("Tiến độ: 2026 - 2030"),
        P("4. Tổng kết thực hiện Kế hoạch giai đoạn 2026 - 2030"),
        P("Chủ trì: Văn phòng Sở"),
        P("Phối hợp: Các phòng, đơn vị thuộc Sở"),
        P("Tiến độ: Quý IV/2030"),
        *_end(
            "III. TỔ CHỨC THỰC HIỆN",
            [
                "Các phòng, đơn vị thuộc Sở chủ động xây dựng kế hoạch chi tiết hằng năm; báo cáo kết quả về "
                "Văn phòng Sở trước ngày 05/11 hằng năm để tổng hợp, báo cáo UBND tỉnh và Sở Tư pháp.",
                "Kinh phí thực hiện từ nguồn ngân sách nhà nước giao cho Sở hằng năm.",
            ],
            ["- Sở Tư pháp;", "- Ban Giám đốc;", "- Các phòng, đơn vị thuộc Sở;", "- Lưu: VT, VP."],
            "GIÁM ĐỐC",
            "Đặng Minh Khoa",
        ),
    ],
    expected=[
        Exp("Phổ biến Luật Khoa học, công nghệ và đổi mới", ("Phòng Quản lý khoa học",),
            ("Các viện, trường, doanh nghiệp khoa học và công nghệ trên địa bàn tỉnh",), "2026-12-31"),
        Exp("Tuyên truyền pháp luật về sở hữu trí tuệ", ("Phòng Tiêu chuẩn - Đo lường - Chất lượng",),
            ("Sở Công Thương", "Hiệp hội Doanh nghiệp tỉnh An Giang"), "2026-12-31"),
        Exp("Phổ biến Luật Giao dịch điện tử", ("Phòng Chuyển đổi số",),
            ("Viễn thông An Giang", "Trung tâm Công nghệ thông tin và Truyền thông"), "2027-06-30"),
        Exp("Tuyên truyền kỹ năng nhận diện, phòng tránh", ("Trung tâm Công nghệ thông tin và Truyền thông",),
            ("Công an tỉnh", "UBND các xã, phường, đặc khu"), "2026-12-31"),
        Exp("Phổ biến quy định về bưu chính", ("Phòng Bưu chính, Viễn thông",),
            ("Bưu điện tỉnh An Giang", "các doanh nghiệp viễn thông"), "2026-06-30"),
        Exp("Ứng dụng chuyển đổi số trong công tác", ("Văn phòng Sở",), ("Phòng Chuyển đổi số",),
            "2030-12-31"),
        Exp("Tổng kết thực hiện Kế hoạch giai đoạn", ("Văn phòng Sở",), ("Các phòng, đơn vị thuộc Sở",),
            "2030-12-31"),
    ],
)

# ---------------------------------------------------------------- 10. Lâm Đồng, Sở Xây dựng
PLAN_LD_XD = Plan(
    name="ld_xd",
    blocks=[
        *_header(
            "UBND TỈNH LÂM ĐỒNG",
            "SỞ XÂY DỰNG",
            "530/KH-SXD",
            "Lâm Đồng, ngày 13 tháng 3 năm 2026",
            "Phổ biến, giáo dục pháp luật lĩnh vực xây dựng, giao thông vận tải",
            "giai đoạn 2026 - 2030",
        ),
        *_bases([
            "Căn cứ Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15 ngày 27/6/2024;",
            "Căn cứ Luật Nhà ở số 27/2023/QH15 ngày 27/11/2023;",
            "Thực hiện Kế hoạch số 64/KH-UBND ngày 03/02/2026 của UBND tỉnh Lâm Đồng về phổ biến, giáo dục "
            "pháp luật giai đoạn 2026 - 2030 và Công văn số 215/STP-PBGDPL ngày 10/02/2026 của Sở Tư pháp, "
            "Sở Xây dựng ban hành Kế hoạch thực hiện như sau:",
        ]),
        *_purpose([
            "Phổ biến các luật mới về giao thông, nhà ở, kinh doanh bất động sản, quy hoạch đến doanh "
            "nghiệp, người dân và công chức cấp xã.",
            "Giảm vi phạm trật tự xây dựng, tai nạn giao thông trên địa bàn tỉnh.",
            "Bám sát Kế hoạch số 64/KH-UBND; phân công rõ trách nhiệm.",
            "Bảo đảm tiến độ và hiệu quả.",
        ]),
        P("II. NỘI DUNG, GIẢI PHÁP", bold=True),
        P("1. Đa dạng hóa hình thức phổ biến: hội nghị, tập huấn, tờ gấp, Cổng thông tin điện tử Sở, "
          "mạng xã hội."),
        P("2. Lồng ghép phổ biến pháp luật trong hoạt động thanh tra, kiểm tra, cấp phép xây dựng."),
        P("3. Các nhiệm vụ cụ thể, cơ quan chủ trì, phối hợp và thời gian hoàn thành được quy định tại Phụ "
          "lục ban hành kèm theo Kế hoạch này."),
        *_end(
            "III. TỔ CHỨC THỰC HIỆN",
            [
                "1. Các phòng, đơn vị thuộc Sở căn cứ Phụ lục tổ chức thực hiện; báo cáo kết quả về Văn "
                "phòng Sở trước ngày 10/11 hằng năm.",
                "2. Văn phòng Sở tổng hợp, tham mưu báo cáo UBND tỉnh và Sở Tư pháp theo quy định.",
            ],
            ["- UBND tỉnh (b/c);", "- Sở Tư pháp;", "- Các phòng, đơn vị thuộc Sở;", "- Lưu: VT, VP."],
            "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
            "K' Điểu",
        ),
        P("PHỤ LỤC", bold=True, center=True),
        P("NHIỆM VỤ PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT GIAI ĐOẠN 2026 - 2030\n(Kèm theo Kế hoạch số 530/KH-SXD "
          "ngày 13/3/2026 của Sở Xây dựng)", bold=True, center=True),
        T(
            (
                ("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành",
                 "Kinh phí"),
                ("1", "Phổ biến Luật Đường bộ, Luật Trật tự, an toàn giao thông đường bộ năm 2024",
                 "Phòng Quản lý vận tải, phương tiện và người lái",
                 "Công an tỉnh; Ban An toàn giao thông tỉnh", "Hằng năm", "Ngân sách tỉnh"),
                ("2", "Phổ biến Luật Nhà ở năm 2023, Luật Kinh doanh bất động sản năm 2023",
                 "Phòng Quản lý nhà và thị trường bất động sản",
                 "Sở Nông nghiệp và Môi trường; Hiệp hội Bất động sản tỉnh Lâm Đồng", "Năm 2026",
                 "Chi thường xuyên"),
                ("3", "Tập huấn pháp luật về quản lý trật tự xây dựng cho công chức cấp xã",
                 "Phòng Quản lý xây dựng", "UBND các xã, phường", "2026 - 2027", "Ngân sách tỉnh"),
                ("4", "Tuyên truyền pháp luật về an toàn lao động trong thi công xây dựng",
                 "Phòng Kinh tế - Quản lý hoạt động xây dựng",
                 "Sở Nội vụ, Hiệp hội Nhà thầu xây dựng tỉnh Lâm Đồng",
                 "Quý III/2026", "Xã hội hóa"),
                ("5", "Phổ biến Luật Quy hoạch đô thị và nông thôn năm 2024", "Phòng Quy hoạch - Kiến trúc",
                 "UBND các xã, phường", "2026 - 2028", "Chi thường xuyên"),
                ("6", "Phổ biến văn bản quy phạm pháp luật mới về xây dựng, giao thông", "Văn phòng Sở",
                 "Các phòng chuyên môn thuộc Sở", "Sau khi văn bản được ban hành", "Không"),
                ("7", "Tổng kết 05 năm thực hiện Kế hoạch", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
                 "Quý IV/2030", "Chi thường xuyên"),
            ),
            widths=(10, 60, 38, 42, 25, 22),
        ),
    ],
    expected=[
        Exp("Phổ biến Luật Đường bộ, Luật Trật tự", ("Phòng Quản lý vận tải, phương tiện và người lái",),
            ("Công an tỉnh", "Ban An toàn giao thông tỉnh"), "2026-12-31"),
        Exp("Phổ biến Luật Nhà ở năm 2023", ("Phòng Quản lý nhà và thị trường bất động sản",),
            ("Sở Nông nghiệp và Môi trường", "Hiệp hội Bất động sản tỉnh Lâm Đồng"), "2026-12-31"),
        Exp("Tập huấn pháp luật về quản lý trật tự", ("Phòng Quản lý xây dựng",), ("UBND các xã, phường",),
            "2027-12-31"),
        Exp("Tuyên truyền pháp luật về an toàn lao động", ("Phòng Kinh tế - Quản lý hoạt động xây dựng",),
            ("Sở Nội vụ", "Hiệp hội Nhà thầu xây dựng tỉnh Lâm Đồng"), "2026-09-30"),
        Exp("Phổ biến Luật Quy hoạch đô thị và nông thôn", ("Phòng Quy hoạch - Kiến trúc",),
            ("UBND các xã, phường",), "2028-12-31"),
        Exp("Phổ biến văn bản quy phạm pháp luật mới", ("Văn phòng Sở",), ("Các phòng chuyên môn thuộc Sở",),
            "2026-12-31", on_request=True),
        Exp("Tổng kết 05 năm thực hiện Kế hoạch", ("Văn phòng Sở",), ("Các phòng, đơn vị thuộc Sở",),
            "2030-12-31"),
    ],
)

PLANS: list[Plan] = [
    PLAN_PT_NNMT,
    PLAN_TQ_GDDT,
    PLAN_NB_YTE,
    PLAN_QT_XA,
    PLAN_DN_CT,
    PLAN_KH_VHTTDL,
    PLAN_GL_DTTG,
    PLAN_CM_NV,
    PLAN_AG_KHCN,
    PLAN_LD_XD,
]
