"""Held-out evaluation set 15: ten plans where the assignment is organised differently.

1. PLAN_SYT: Sở Y tế; short content part, then "III. PHÂN CÔNG NHIỆM VỤ" with one bold heading per unit
   ("1. Văn phòng Sở:") and dash tasks each ending with its time in parentheses; coord inline.
2. PLAN_DHKT: university (school year 2026-2027); "Nhiệm vụ 1:" labels, label lines "Đơn vị chủ trì:",
   "Đơn vị phối hợp:", "Thời gian:" on their own lines; one event-triggered task.
3. PLAN_BVDK: provincial hospital; table where each row is a unit and the cell holds its tasks
   (dash lines with a time in parentheses); no separate coord column, "phối hợp" inside the cell.
4. PLAN_CTY: enterprise (joint-stock company); task table with "Bộ phận" and "Người thực hiện" columns,
   no STT, "Ghi chú" column; group rows.
5. PLAN_LDLD: provincial labour federation (trade union); short content, tasks in "PHỤ LỤC" titled
   "DANH MỤC NHIỆM VỤ ...", 2-row header (Đơn vị thực hiện: Chủ trì / Phối hợp), "Sản phẩm" column.
6. PLAN_DLS: provincial bar association; "a)" items whose text starts with the time ("Trong tháng 3/2026,
   tổ chức ...") and ends with "Ban A chủ trì, Ban B phối hợp."
7. PLAN_HCCV: notary association; "Hoạt động 1:" labels, inline "Chủ trì: ...; phối hợp: ...; thời gian: ...".
8. PLAN_TGPL: public service unit (legal aid centre); "PHÂN CÔNG NHIỆM VỤ" with roman unit headings and
   "+" tasks, times on "Thời hạn:" inside the task line; a person (Phó Giám đốc) as lead; event-triggered.
9. PLAN_CTN: water supply company; "Nội dung 1:" labels, prose assignments "Giao X chủ trì, phối hợp với Y"
   and "Đề nghị ...", times as quarter ranges.
10. PLAN_CDYT: medical college; mixed: (e) sentences inside numbered items plus a "TỔ CHỨC THỰC HIỆN" part
    listing responsibilities per unit with "a)" unit headings and dash tasks (only those with own times
    are tasks; kinh phí and reporting duties in a plain paragraph after them).
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T, _header, _purpose


def _end(receivers: list[str], role: str, signer: str) -> list[P | T]:
    out: list[P | T] = [P("Nơi nhận:")]
    out += [P(r) for r in receivers]
    out += [P("- Lưu: VT."), P(role, bold=True, center=True), P(signer, bold=True, center=True)]
    return out


# ---------------------------------------------------------------- 1. Sở Y tế
PLAN_SYT = Plan(
    name="syt_phancong",
    blocks=[
        *_header(
            "UBND TỈNH PHÚ THỌ",
            "SỞ Y TẾ",
            "412/KH-SYT",
            "Phú Thọ, ngày 20 tháng 01 năm 2026",
            "Phổ biến, giáo dục pháp luật năm 2026",
            "của Sở Y tế tỉnh Phú Thọ",
        ),
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;"),
        P("Căn cứ Kế hoạch số 58/KH-UBND ngày 09/01/2026 của UBND tỉnh Phú Thọ về công tác phổ biến, "
          "giáo dục pháp luật năm 2026;"),
        P("Sở Y tế ban hành Kế hoạch phổ biến, giáo dục pháp luật năm 2026 như sau:"),
        *_purpose([
            "Nâng cao nhận thức, ý thức chấp hành pháp luật của công chức, viên chức, người lao động ngành y tế.",
            "Gắn công tác PBGDPL với nhiệm vụ chuyên môn của từng đơn vị.",
            "Xác định cụ thể trách nhiệm của từng phòng, đơn vị; bảo đảm tiết kiệm, hiệu quả.",
        ]),
        P("II. NỘI DUNG", bold=True),
        P("1. Phổ biến Luật Khám bệnh, chữa bệnh năm 2023 và các văn bản hướng dẫn thi hành; Luật Dược "
          "(sửa đổi); Luật Phòng, chống tác hại của rượu, bia."),
        P("2. Phổ biến các quy định về đạo đức nghề nghiệp, quy tắc ứng xử của viên chức y tế; phòng, "
          "chống tham nhũng, tiêu cực."),
        P("3. Hình thức: hội nghị, tập huấn, cổng thông tin điện tử, tài liệu, pano, áp phích."),
        P("III. PHÂN CÔNG NHIỆM VỤ", bold=True),
        P("1. Văn phòng Sở:", bold=True),
        P("- Tham mưu Giám đốc Sở kiện toàn Hội đồng phối hợp PBGDPL của Sở (trong tháng 02/2026)."),
        P("- Đăng tải văn bản quy phạm pháp luật mới về y tế trên Trang thông tin điện tử của Sở, phối hợp "
          "với Trung tâm Kiểm soát bệnh tật tỉnh xây dựng chuyên mục hỏi - đáp (thường xuyên)."),
        P("2. Thanh tra Sở:", bold=True),
        P("- Tổ chức tập huấn pháp luật về xử phạt vi phạm hành chính trong lĩnh vực y tế cho cán bộ làm "
          "công tác thanh tra, kiểm tra tại các cơ sở (Quý II/2026)."),
        P("- Phổ biến Luật Phòng, chống tham nhũng và Luật Tiếp công dân gắn với các cuộc thanh tra "
          "(lồng ghép trong năm)."),
        P("3. Phòng Nghiệp vụ Y - Dược:", bold=True),
        P("- Phối hợp với Bệnh viện Đa khoa tỉnh tổ chức hội nghị phổ biến Luật Khám bệnh, chữa bệnh cho "
          "người hành nghề tại cơ sở tư nhân (tháng 4 - tháng 5/2026)."),
        P("- Hướng dẫn các cơ sở bán lẻ thuốc thực hiện quy định về kê đơn, bán thuốc theo đơn "
          "(trước ngày 30/9/2026)."),
        P("4. Phòng Tổ chức cán bộ:", bold=True),
        P("- Lồng ghép nội dung Luật Viên chức (sửa đổi) vào lớp bồi dưỡng viên chức quản lý "
          "(Quý III/2026)."),
        P("5. Các đơn vị sự nghiệp trực thuộc:", bold=True),
        P("Căn cứ Kế hoạch này, xây dựng kế hoạch của đơn vị, gửi về Sở (qua Văn phòng Sở) trước ngày "
          "15/02/2026."),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các phòng, đơn vị báo cáo kết quả 6 tháng trước ngày 10/6/2026 và báo cáo năm trước ngày "
          "15/11/2026 (qua Văn phòng Sở) để tổng hợp, báo cáo Sở Tư pháp."),
        *_end(["- Sở Tư pháp (để b/c);", "- Giám đốc, các PGĐ Sở;", "- Các phòng, đơn vị trực thuộc;"],
              "GIÁM ĐỐC", "Nguyễn Thị Thanh Hà"),
    ],
    expected=[
        Exp("Tham mưu Giám đốc Sở kiện toàn Hội đồng phối hợp PBGDPL", ("Văn phòng Sở",), (), "2026-02-28"),
        Exp("Đăng tải văn bản quy phạm pháp luật mới về y tế", ("Văn phòng Sở",),
            ("Trung tâm Kiểm soát bệnh tật tỉnh",), "2026-12-31"),
        Exp("Tổ chức tập huấn pháp luật về xử phạt vi phạm hành chính", ("Thanh tra Sở",), (), "2026-06-30"),
        Exp("Phổ biến Luật Phòng, chống tham nhũng và Luật Tiếp công dân", ("Thanh tra Sở",), (),
            "2026-12-31"),
        Exp("Phối hợp với Bệnh viện Đa khoa tỉnh tổ chức hội nghị", ("Phòng Nghiệp vụ Y - Dược",),
            ("Bệnh viện Đa khoa tỉnh",), "2026-05-31"),
        Exp("Hướng dẫn các cơ sở bán lẻ thuốc thực hiện quy định", ("Phòng Nghiệp vụ Y - Dược",), (),
            "2026-09-30"),
        Exp("Lồng ghép nội dung Luật Viên chức (sửa đổi) vào lớp", ("Phòng Tổ chức cán bộ",), (),
            "2026-09-30"),
        Exp("Căn cứ Kế hoạch này, xây dựng kế hoạch của đơn vị", ("Các đơn vị sự nghiệp trực thuộc",), (),
            "2026-02-15"),
    ],
)

# ---------------------------------------------------------------- 2. University
PLAN_DHKT = Plan(
    name="dh_nhiemvu",
    blocks=[
        *_header(
            "BỘ GIÁO DỤC VÀ ĐÀO TẠO",
            "TRƯỜNG ĐẠI HỌC KINH TẾ - KỸ THUẬT CÔNG NGHIỆP",
            "1187/KH-ĐHKTKTCN",
            "Hà Nội, ngày 25 tháng 8 năm 2026",
            "Tuyên truyền, phổ biến, giáo dục pháp luật cho người học",
            "năm học 2026 - 2027",
        ),
        P("Căn cứ Luật Giáo dục đại học năm 2012, được sửa đổi, bổ sung năm 2018;"),
        P("Căn cứ Thông tư số 10/2016/TT-BGDĐT ngày 05/4/2016 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành "
          "Quy chế công tác sinh viên đối với chương trình đào tạo đại học hệ chính quy;"),
        P("Căn cứ Công văn số 3650/BGDĐT-GDCTHSSV ngày 04/8/2026 của Bộ Giáo dục và Đào tạo về hướng dẫn "
          "công tác PBGDPL năm học 2026 - 2027;"),
        P("Hiệu trưởng Nhà trường ban hành Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Trang bị cho sinh viên kiến thức pháp luật cần thiết, nhất là pháp luật về an toàn giao thông, "
          "an ninh mạng, phòng, chống ma túy."),
        P("- Các hoạt động thiết thực, phù hợp đặc điểm người học; không phô trương, hình thức."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("Nhiệm vụ 1: Lồng ghép phổ biến pháp luật trong “Tuần sinh hoạt công dân - sinh viên” đầu khóa",
          bold=True),
        P("- Đơn vị chủ trì: Phòng Công tác sinh viên"),
        P("- Đơn vị phối hợp: Khoa Lý luận chính trị; Công an phường Lĩnh Nam"),
        P("- Thời gian: Tháng 9 - tháng 10/2026"),
        P("Nhiệm vụ 2: Tổ chức cuộc thi trực tuyến “Sinh viên với pháp luật về an ninh mạng”", bold=True),
        P("- Đơn vị chủ trì: Đoàn Thanh niên"),
        P("- Đơn vị phối hợp: Hội Sinh viên trường, Trung tâm Thông tin - Thư viện và Phòng Công tác sinh viên"),
        P("- Thời gian: Tháng 11/2026 (hưởng ứng Ngày Pháp luật Việt Nam 09/11)"),
        P("Nhiệm vụ 3: Bổ sung tài liệu pháp luật tại thư viện, xây dựng “Tủ sách pháp luật điện tử”",
          bold=True),
        P("- Đơn vị chủ trì: Trung tâm Thông tin - Thư viện"),
        P("- Thời gian: Thường xuyên"),
        P("Nhiệm vụ 4: Phổ biến quy định về phòng, chống tác hại của thuốc lá điện tử trong ký túc xá",
          bold=True),
        P("- Đơn vị chủ trì: Ban Quản lý Ký túc xá"),
        P("- Đơn vị phối hợp: Trạm Y tế trường"),
        P("- Thời gian: Học kỳ I (từ tháng 9/2026 đến hết tháng 01/2027)"),
        P("Nhiệm vụ 5: Cập nhật, phổ biến văn bản mới về chế độ chính sách đối với người học", bold=True),
        P("- Đơn vị chủ trì: Phòng Đào tạo"),
        P("- Đơn vị phối hợp: Phòng Kế hoạch - Tài chính"),
        P("- Thời gian: Khi có văn bản mới của Bộ Giáo dục và Đào tạo, Bộ Tài chính"),
        P("Nhiệm vụ 6: Tổ chức tọa đàm “An toàn giao thông cho sinh viên” tại hai cơ sở", bold=True),
        P("- Đơn vị chủ trì: Hội Sinh viên trường"),
        P("- Đơn vị phối hợp: Đội Cảnh sát giao thông - Công an tỉnh Ninh Bình; Khoa Cơ khí"),
        P("- Thời gian: Tháng 3/2027"),
        P("Nhiệm vụ 7: Tổng kết, đánh giá công tác PBGDPL năm học 2026 - 2027", bold=True),
        P("- Đơn vị chủ trì: Phòng Công tác sinh viên"),
        P("- Đơn vị phối hợp: Các khoa, phòng, trung tâm"),
        P("- Thời gian: Trước ngày 30/6/2027"),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Phòng Công tác sinh viên là đầu mối theo dõi, đôn đốc; các đơn vị gửi báo cáo kết quả sau mỗi "
          "hoạt động về Phòng Công tác sinh viên. Kinh phí thực hiện từ nguồn kinh phí hoạt động thường "
          "xuyên của Nhà trường."),
        *_end(["- Ban Giám hiệu (để chỉ đạo);", "- Các đơn vị (để thực hiện);"], "HIỆU TRƯỞNG",
              "PGS.TS. Trần Văn Tuấn"),
    ],
    expected=[
        Exp("Lồng ghép phổ biến pháp luật trong “Tuần sinh hoạt công dân", ("Phòng Công tác sinh viên",),
            ("Khoa Lý luận chính trị", "Công an phường Lĩnh Nam"), "2026-10-31"),
        Exp("Tổ chức cuộc thi trực tuyến “Sinh viên với pháp luật", ("Đoàn Thanh niên",),
            ("Hội Sinh viên trường", "Trung tâm Thông tin - Thư viện", "Phòng Công tác sinh viên"),
            "2026-11-30"),
        Exp("Bổ sung tài liệu pháp luật tại thư viện", ("Trung tâm Thông tin - Thư viện",), (), "2026-12-31"),
        Exp("Phổ biến quy định về phòng, chống tác hại của thuốc lá điện tử", ("Ban Quản lý Ký túc xá",),
            ("Trạm Y tế trường",), "2027-01-31"),
        Exp("Cập nhật, phổ biến văn bản mới về chế độ chính sách", ("Phòng Đào tạo",),
            ("Phòng Kế hoạch - Tài chính",), "2026-12-31", on_request=True),
        Exp("Tổ chức tọa đàm “An toàn giao thông cho sinh viên”", ("Hội Sinh viên trường",),
            ("Đội Cảnh sát giao thông - Công an tỉnh Ninh Bình", "Khoa Cơ khí"), "2027-03-31"),
        Exp("Tổng kết, đánh giá công tác PBGDPL năm học", ("Phòng Công tác sinh viên",),
            ("Các khoa, phòng, trung tâm",), "2027-06-30"),
    ],
)

# ---------------------------------------------------------------- 3. Hospital, unit rows
PLAN_BVDK = Plan(
    name="bv_donvi_hang",
    blocks=[
        *_header(
            "SỞ Y TẾ TỈNH NGHỆ AN",
            "BỆNH VIỆN HỮU NGHỊ ĐA KHOA NGHỆ AN",
            "95/KH-BVHNĐK",
            "Nghệ An, ngày 12 tháng 02 năm 2026",
            "Phổ biến, giáo dục pháp luật và xây dựng bệnh viện",
            "chấp hành tốt pháp luật năm 2026",
        ),
        P("Căn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15 ngày 09/01/2023;"),
        P("Căn cứ Kế hoạch số 301/KH-SYT ngày 26/01/2026 của Sở Y tế tỉnh Nghệ An về PBGDPL năm 2026;"),
        *_purpose([
            "Nâng cao hiểu biết pháp luật của viên chức, người lao động và người bệnh, người nhà người bệnh.",
            "Hạn chế khiếu nại, tranh chấp trong khám bệnh, chữa bệnh.",
            "Phân công rõ đơn vị thực hiện, thời gian hoàn thành.",
        ]),
        P("II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        P("Các khoa, phòng thực hiện các nhiệm vụ theo bảng dưới đây:"),
        T(
            (
                ("STT", "Đơn vị", "Nhiệm vụ được giao", "Ghi chú"),
                ("1", "Phòng Tổ chức cán bộ",
                 "- Tổ chức phổ biến Nghị định quy định chế độ tiền lương mới cho viên chức, người lao "
                 "động (Quý I/2026).\n"
                 "- Rà soát, cập nhật nội quy, quy chế làm việc phù hợp quy định mới (trước 30/6/2026).",
                 ""),
                ("2", "Phòng Kế hoạch tổng hợp",
                 "- Phối hợp Phòng Quản lý chất lượng tập huấn quy định về hồ sơ bệnh án điện tử "
                 "(tháng 4/2026).\n"
                 "- Tổ chức sinh hoạt chuyên đề pháp luật về khám bệnh, chữa bệnh cho bác sĩ mới tuyển "
                 "dụng (hằng quý).",
                 "Lồng ghép giao ban"),
                ("3", "Phòng Công tác xã hội",
                 "- Niêm yết, phát tờ gấp về quyền và nghĩa vụ của người bệnh tại khu khám bệnh "
                 "(thường xuyên).\n"
                 "- Phối hợp Phòng Hành chính quản trị và Công an phường Vinh Phú tuyên truyền phòng, chống "
                 "hành vi gây rối trong bệnh viện (tháng 6 - tháng 8/2026).",
                 ""),
                ("4", "Khoa Dược",
                 "- Phổ biến quy định về kê đơn thuốc, sử dụng thuốc kháng sinh cho các khoa lâm sàng "
                 "(trước ngày 15/10/2026).",
                 "Có sản phẩm: tài liệu"),
            ),
            widths=(10, 40, 110, 30),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Phòng Tổ chức cán bộ là đầu mối tham mưu, tổng hợp kết quả, báo cáo Giám đốc và Sở Y tế "
          "trước ngày 20/11/2026."),
        P("2. Phòng Tài chính kế toán bố trí kinh phí theo quy định."),
        *_end(["- Sở Y tế (để b/c);", "- Ban Giám đốc;", "- Các khoa, phòng;"], "GIÁM ĐỐC",
              "BSCKII. Lê Văn Sơn"),
    ],
    expected=[
        Exp("Tổ chức phổ biến Nghị định quy định chế độ tiền lương", ("Phòng Tổ chức cán bộ",), (),
            "2026-03-31"),
        Exp("Rà soát, cập nhật nội quy, quy chế làm việc", ("Phòng Tổ chức cán bộ",), (), "2026-06-30"),
        Exp("Phối hợp Phòng Quản lý chất lượng tập huấn quy định", ("Phòng Kế hoạch tổng hợp",),
            ("Phòng Quản lý chất lượng",), "2026-04-30"),
        Exp("Tổ chức sinh hoạt chuyên đề pháp luật về khám bệnh", ("Phòng Kế hoạch tổng hợp",), (),
            "2026-12-31"),
        Exp("Niêm yết, phát tờ gấp về quyền và nghĩa vụ", ("Phòng Công tác xã hội",), (), "2026-12-31"),
        Exp("Phối hợp Phòng Hành chính quản trị và Công an phường", ("Phòng Công tác xã hội",),
            ("Phòng Hành chính quản trị", "Công an phường Vinh Phú"), "2026-08-31"),
        Exp("Phổ biến quy định về kê đơn thuốc, sử dụng thuốc kháng sinh", ("Khoa Dược",), (),
            "2026-10-15"),
    ],
)

# ---------------------------------------------------------------- 4. Enterprise, Bộ phận / Người thực hiện
PLAN_CTY = Plan(
    name="cty_bophan",
    blocks=[
        P("TỔNG CÔNG TY CÔNG NGHIỆP THỰC PHẨM ĐỒNG NAI", bold=True, center=True),
        P("CÔNG TY CỔ PHẦN CHẾ BIẾN THỰC PHẨM BIÊN HÒA", bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True),
        P("Độc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P("Số: 07/KH-CTBH", center=True),
        P("Đồng Nai, ngày 06 tháng 3 năm 2026", center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P("Phổ biến, giáo dục pháp luật cho người lao động năm 2026", bold=True, center=True),
        P("Căn cứ Bộ luật Lao động năm 2019; Luật Công đoàn năm 2024; Luật An toàn, vệ sinh lao động năm 2015;"),
        P("Căn cứ Nghị định số 145/2020/NĐ-CP ngày 14/12/2020 của Chính phủ quy định chi tiết và hướng dẫn "
          "thi hành một số điều của Bộ luật Lao động về điều kiện lao động và quan hệ lao động;"),
        P("Căn cứ Nghị quyết Hội nghị người lao động năm 2026 của Công ty;"),
        P("Tổng Giám đốc Công ty ban hành Kế hoạch như sau:"),
        P("1. Mục đích, yêu cầu", bold=True),
        P("Giúp người lao động hiểu và thực hiện đúng quy định về hợp đồng lao động, tiền lương, bảo hiểm, "
          "an toàn lao động, an toàn thực phẩm; không ảnh hưởng đến sản xuất."),
        P("2. Nội dung công việc và phân công", bold=True),
        T(
            (
                ("Nội dung công việc", "Bộ phận", "Người thực hiện", "Thời gian", "Ghi chú"),
                ("A. Phổ biến tại chỗ", "", "", "", ""),
                ("Phổ biến Nội quy lao động sửa đổi và Thỏa ước lao động tập thể cho toàn thể người lao động",
                 "Phòng Hành chính - Nhân sự", "Trưởng phòng Hành chính - Nhân sự", "Tháng 3 - 4/2026",
                 "Theo ca sản xuất"),
                ("Huấn luyện an toàn, vệ sinh lao động định kỳ cho công nhân nhóm 3, nhóm 4",
                 "Ban An toàn - Môi trường", "Cán bộ an toàn chuyên trách", "Quý II/2026", ""),
                ("Phổ biến quy định về an toàn thực phẩm, truy xuất nguồn gốc cho tổ trưởng sản xuất",
                 "Phòng Quản lý chất lượng", "Phó phòng Quản lý chất lượng", "Tháng 7/2026", ""),
                ("B. Truyền thông nội bộ", "", "", "", ""),
                ("Biên soạn bản tin pháp luật nội bộ, dán tại bảng tin các xưởng",
                 "Công đoàn cơ sở", "Chủ tịch Công đoàn cơ sở", "Hằng tháng", ""),
                ("Tổ chức hội thi “Người lao động hiểu biết pháp luật” dịp Tháng Công nhân",
                 "Công đoàn cơ sở", "Phó Chủ tịch Công đoàn cơ sở", "Tháng 5/2026", "Phối hợp Đoàn Thanh niên"),
                ("Trả lời thắc mắc của người lao động về bảo hiểm xã hội, bảo hiểm thất nghiệp",
                 "Phòng Hành chính - Nhân sự", "Chuyên viên phụ trách bảo hiểm",
                 "Khi người lao động có yêu cầu", ""),
            ),
            widths=(75, 35, 35, 25, 20),
        ),
        P("3. Tổ chức thực hiện", bold=True),
        P("Phòng Hành chính - Nhân sự tổng hợp kết quả, báo cáo Tổng Giám đốc trước ngày 15/12/2026. "
          "Phòng Tài chính - Kế toán bảo đảm kinh phí từ quỹ phúc lợi."),
        *_end(["- Hội đồng quản trị (b/c);", "- Các phòng, ban, xưởng;"], "TỔNG GIÁM ĐỐC",
              "Phạm Quốc Việt"),
    ],
    expected=[
        Exp("Phổ biến Nội quy lao động sửa đổi và Thỏa ước", ("Phòng Hành chính - Nhân sự",), (),
            "2026-04-30"),
        Exp("Huấn luyện an toàn, vệ sinh lao động định kỳ", ("Ban An toàn - Môi trường",), (), "2026-06-30"),
        Exp("Phổ biến quy định về an toàn thực phẩm, truy xuất", ("Phòng Quản lý chất lượng",), (),
            "2026-07-31"),
        Exp("Biên soạn bản tin pháp luật nội bộ", ("Công đoàn cơ sở",), (), "2026-12-31"),
        Exp("Tổ chức hội thi “Người lao động hiểu biết pháp luật”", ("Công đoàn cơ sở",),
            ("Đoàn Thanh niên",), "2026-05-31"),
        Exp("Trả lời thắc mắc của người lao động về bảo hiểm", ("Phòng Hành chính - Nhân sự",), (),
            "2026-12-31", on_request=True),
    ],
)

# ---------------------------------------------------------------- 5. Trade union, PHỤ LỤC
PLAN_LDLD = Plan(
    name="ldld_phuluc",
    blocks=[
        *_header(
            "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM",
            "LIÊN ĐOÀN LAO ĐỘNG TỈNH BẮC NINH",
            "18/KH-LĐLĐ",
            "Bắc Ninh, ngày 23 tháng 01 năm 2026",
            "Tuyên truyền, phổ biến, giáo dục pháp luật cho đoàn viên,",
            "công nhân, viên chức, lao động năm 2026",
        ),
        P("Căn cứ Luật Công đoàn số 50/2024/QH15 ngày 27/11/2024;"),
        P("Căn cứ Chương trình số 12/CTr-TLĐ ngày 05/01/2026 của Tổng Liên đoàn Lao động Việt Nam về công "
          "tác tuyên truyền, PBGDPL năm 2026;"),
        P("Ban Thường vụ Liên đoàn Lao động tỉnh xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Nâng cao hiểu biết pháp luật của đoàn viên, người lao động, nhất là tại các khu công nghiệp; "
          "góp phần xây dựng quan hệ lao động hài hòa, ổn định, tiến bộ."),
        P("II. NỘI DUNG TRỌNG TÂM", bold=True),
        P("Tập trung tuyên truyền Luật Công đoàn năm 2024, Luật Bảo hiểm xã hội năm 2024, Luật Việc làm năm "
          "2025, pháp luật về an toàn, vệ sinh lao động; các nhiệm vụ cụ thể tại Phụ lục kèm theo."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Ban Tuyên giáo - Nữ công là cơ quan thường trực, theo dõi, tổng hợp, báo cáo Ban Thường vụ."),
        P("2. Công đoàn các khu công nghiệp, công đoàn ngành, công đoàn cơ sở trực thuộc xây dựng kế hoạch, "
          "báo cáo kết quả 6 tháng (trước 15/6) và năm (trước 15/11/2026)."),
        *_end(["- Tổng LĐLĐ Việt Nam (b/c);", "- Thường trực Tỉnh ủy (b/c);", "- Các công đoàn trực thuộc;"],
              "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH", "Ngô Thị Lan Anh"),
        P("PHỤ LỤC", bold=True, center=True),
        P("DANH MỤC NHIỆM VỤ TUYÊN TRUYỀN, PBGDPL NĂM 2026", bold=True, center=True),
        P("(Kèm theo Kế hoạch số 18/KH-LĐLĐ ngày 23/01/2026 của Liên đoàn Lao động tỉnh)", center=True),
        T(
            (
                ("TT", "Nhiệm vụ", "Đơn vị thực hiện", "", "Thời gian", "Sản phẩm"),
                ("", "", "Chủ trì", "Phối hợp", "", ""),
                ("I", "Tuyên truyền trực tiếp", "", "", "", ""),
                ("1", "Tổ chức hội nghị tuyên truyền Luật Bảo hiểm xã hội năm 2024 cho cán bộ công đoàn cơ sở",
                 "Ban Chính sách - Pháp luật", "Bảo hiểm xã hội tỉnh", "Quý I/2026", "Hội nghị"),
                ("2", "Tổ chức “Ngày pháp luật” tại các khu nhà trọ công nhân",
                 "Công đoàn các khu công nghiệp tỉnh",
                 "Ban Tuyên giáo - Nữ công; UBND các phường Yên Phong, Quế Võ", "Tháng 5 - tháng 7/2026",
                 "10 buổi"),
                ("3", "Tư vấn pháp luật lao động miễn phí cho người lao động",
                 "Văn phòng Tư vấn pháp luật Công đoàn tỉnh", "", "Thường xuyên", "Sổ theo dõi"),
                ("II", "Tuyên truyền trên phương tiện thông tin", "", "", "", ""),
                ("4", "Xây dựng chuyên mục “Công đoàn với pháp luật” trên trang thông tin điện tử",
                 "Ban Tuyên giáo - Nữ công", "Văn phòng", "Hằng tháng", "Tin, bài"),
                ("5", "Phối hợp Báo và Phát thanh, Truyền hình Bắc Ninh thực hiện phóng sự về thương lượng "
                 "tập thể", "Ban Quan hệ lao động", "Báo và Phát thanh, Truyền hình Bắc Ninh",
                 "Quý III/2026", "04 phóng sự"),
                ("III", "Kiểm tra, sơ kết", "", "", "", ""),
                ("6", "Kiểm tra việc thực hiện pháp luật về công đoàn tại doanh nghiệp chưa thành lập công "
                 "đoàn cơ sở", "Ủy ban Kiểm tra", "Ban Tổ chức; Công đoàn các khu công nghiệp tỉnh",
                 "Tháng 8 - tháng 10/2026", "Báo cáo"),
                ("7", "Tổng kết công tác tuyên truyền, PBGDPL năm 2026", "Ban Tuyên giáo - Nữ công",
                 "Các ban, Văn phòng", "Trước ngày 10/12/2026", "Báo cáo"),
            ),
            widths=(10, 65, 35, 40, 22, 18),
        ),
    ],
    expected=[
        Exp("Tổ chức hội nghị tuyên truyền Luật Bảo hiểm xã hội", ("Ban Chính sách - Pháp luật",),
            ("Bảo hiểm xã hội tỉnh",), "2026-03-31"),
        Exp("Tổ chức “Ngày pháp luật” tại các khu nhà trọ", ("Công đoàn các khu công nghiệp tỉnh",),
            ("Ban Tuyên giáo - Nữ công", "UBND các phường Yên Phong, Quế Võ"), "2026-07-31"),
        Exp("Tư vấn pháp luật lao động miễn phí", ("Văn phòng Tư vấn pháp luật Công đoàn tỉnh",), (),
            "2026-12-31"),
        Exp("Xây dựng chuyên mục “Công đoàn với pháp luật”", ("Ban Tuyên giáo - Nữ công",), ("Văn phòng",),
            "2026-12-31"),
        Exp("Phối hợp Báo và Phát thanh, Truyền hình Bắc Ninh", ("Ban Quan hệ lao động",),
            ("Báo và Phát thanh, Truyền hình Bắc Ninh",), "2026-09-30"),
        Exp("Kiểm tra việc thực hiện pháp luật về công đoàn", ("Ủy ban Kiểm tra",),
            ("Ban Tổ chức", "Công đoàn các khu công nghiệp tỉnh"), "2026-10-31"),
        Exp("Tổng kết công tác tuyên truyền, PBGDPL năm 2026", ("Ban Tuyên giáo - Nữ công",),
            ("Các ban, Văn phòng",), "2026-12-10"),
    ],
)

# ---------------------------------------------------------------- 6. Bar association, time-first sentences
PLAN_DLS = Plan(
    name="dls_cauthoigian",
    blocks=[
        *_header(
            "LIÊN ĐOÀN LUẬT SƯ VIỆT NAM",
            "ĐOÀN LUẬT SƯ TỈNH GIA LAI",
            "05/KH-ĐLS",
            "Gia Lai, ngày 02 tháng 02 năm 2026",
            "Tham gia phổ biến, giáo dục pháp luật và trợ giúp pháp lý",
            "năm 2026",
        ),
        P("Căn cứ Luật Luật sư năm 2006, được sửa đổi, bổ sung năm 2012;"),
        P("Căn cứ Điều lệ Liên đoàn Luật sư Việt Nam được phê duyệt tại Quyết định số 856/QĐ-TTg ngày "
          "10/7/2023 của Thủ tướng Chính phủ;"),
        P("Căn cứ Kế hoạch số 40/KH-UBND ngày 15/01/2026 của UBND tỉnh Gia Lai về PBGDPL năm 2026;"),
        P("Ban Chủ nhiệm Đoàn Luật sư tỉnh ban hành Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Phát huy vai trò của luật sư trong phổ biến pháp luật, tư vấn pháp luật miễn phí cho người "
          "nghèo, đồng bào dân tộc thiểu số; mỗi luật sư tham gia ít nhất 01 hoạt động trong năm."),
        P("II. CÁC HOẠT ĐỘNG", bold=True),
        P("1. Bồi dưỡng, cập nhật pháp luật cho luật sư", bold=True),
        P("a) Trong tháng 3/2026, tổ chức lớp bồi dưỡng bắt buộc về Bộ luật Tố tụng hình sự (sửa đổi) và "
          "kỹ năng bào chữa cho người dưới 18 tuổi; Ban Đào tạo chủ trì, Văn phòng Đoàn phối hợp."),
        P("b) Quý III/2026, tổ chức tọa đàm về pháp luật đất đai sau sắp xếp đơn vị hành chính; Ban Đào "
          "tạo chủ trì, Hội đồng Khen thưởng - Kỷ luật và Chi đoàn luật sư Pleiku phối hợp."),
        P("2. Tham gia phổ biến pháp luật cho Nhân dân", bold=True),
        P("a) Từ tháng 4 đến tháng 10/2026, tổ chức 06 đợt tư vấn pháp luật lưu động tại các xã vùng "
          "đồng bào dân tộc thiểu số; Ban Trợ giúp pháp lý chủ trì, Sở Tư pháp tỉnh Gia Lai và UBND các "
          "xã được chọn phối hợp."),
        P("b) Hằng tháng, cử luật sư tham gia tiếp công dân định kỳ tại Trụ sở tiếp công dân tỉnh; Văn "
          "phòng Đoàn chủ trì."),
        P("c) Tháng 11/2026, hưởng ứng Ngày Pháp luật Việt Nam, tổ chức ngày hội tư vấn pháp luật miễn phí "
          "tại Quảng trường Đại Đoàn Kết; Ban Chủ nhiệm chủ trì; Ban Trợ giúp pháp lý, Đoàn Thanh niên "
          "Đoàn Luật sư phối hợp."),
        P("d) Khi có đề nghị của cơ quan tiến hành tố tụng, phân công luật sư tham gia bào chữa, trợ giúp "
          "pháp lý miễn phí; Ban Trợ giúp pháp lý chủ trì."),
        P("3. Sơ kết, tổng kết", bold=True),
        P("Trước ngày 05/12/2026, tổng hợp, báo cáo kết quả thực hiện Kế hoạch gửi Liên đoàn Luật sư Việt Nam "
          "và Sở Tư pháp; Văn phòng Đoàn chủ trì, các chi đoàn phối hợp."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các chi đoàn luật sư, tổ chức hành nghề luật sư phổ biến Kế hoạch này đến từng luật sư; kinh phí "
          "từ nguồn thu phí thành viên và nguồn hỗ trợ hợp pháp khác."),
        *_end(["- Liên đoàn Luật sư Việt Nam (b/c);", "- Sở Tư pháp (b/c);", "- Các chi đoàn;"],
              "TM. BAN CHỦ NHIỆM\nCHỦ NHIỆM", "Luật sư Rơ Châm Hiếu"),
    ],
    expected=[
        Exp("Trong tháng 3/2026, tổ chức lớp bồi dưỡng bắt buộc", ("Ban Đào tạo",), ("Văn phòng Đoàn",),
            "2026-03-31"),
        Exp("Quý III/2026, tổ chức tọa đàm về pháp luật đất đai", ("Ban Đào tạo",),
            ("Hội đồng Khen thưởng - Kỷ luật", "Chi đoàn luật sư Pleiku"), "2026-09-30"),
        Exp("Từ tháng 4 đến tháng 10/2026, tổ chức 06 đợt", ("Ban Trợ giúp pháp lý",),
            ("Sở Tư pháp tỉnh Gia Lai", "UBND các xã được chọn"), "2026-10-31"),
        Exp("Hằng tháng, cử luật sư tham gia tiếp công dân", ("Văn phòng Đoàn",), (), "2026-12-31"),
        Exp("Tháng 11/2026, hưởng ứng Ngày Pháp luật Việt Nam", ("Ban Chủ nhiệm",),
            ("Ban Trợ giúp pháp lý", "Đoàn Thanh niên Đoàn Luật sư"), "2026-11-30"),
        Exp("Khi có đề nghị của cơ quan tiến hành tố tụng", ("Ban Trợ giúp pháp lý",), (), "2026-12-31",
            on_request=True),
        Exp("Trước ngày 05/12/2026, tổng hợp, báo cáo kết quả", ("Văn phòng Đoàn",), ("các chi đoàn",),
            "2026-12-05"),
    ],
)

# ---------------------------------------------------------------- 7. Notary association, "Hoạt động"
PLAN_HCCV = Plan(
    name="hccv_hoatdong",
    blocks=[
        P("HỘI CÔNG CHỨNG VIÊN", bold=True, center=True),
        P("THÀNH PHỐ ĐÀ NẴNG", bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True),
        P("Độc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P("Số: 03/KH-HCCV", center=True),
        P("Đà Nẵng, ngày 10 tháng 3 năm 2026", center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P("Bồi dưỡng nghiệp vụ và phổ biến pháp luật về công chứng năm 2026", bold=True, center=True),
        P("Căn cứ Luật Công chứng số 46/2024/QH15 ngày 26/11/2024;"),
        P("Căn cứ Nghị định số 104/2025/NĐ-CP ngày 15/5/2025 của Chính phủ quy định chi tiết một số điều và "
          "biện pháp thi hành Luật Công chứng;"),
        P("Căn cứ Điều lệ Hội Công chứng viên thành phố Đà Nẵng;"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Bảo đảm công chứng viên nắm vững Luật Công chứng năm 2024 và các văn bản hướng dẫn; thực "
          "hiện đúng Bộ Quy tắc đạo đức hành nghề công chứng."),
        P("2. Góp phần phổ biến pháp luật về giao dịch dân sự, đất đai, nhà ở cho người dân."),
        P("II. CÁC HOẠT ĐỘNG", bold=True),
        P("Hoạt động 1: Tổ chức lớp bồi dưỡng nghiệp vụ công chứng giao dịch về bất động sản. Chủ trì: Ban "
          "Bồi dưỡng nghiệp vụ; phối hợp: Sở Tư pháp thành phố Đà Nẵng; thời gian: tháng 4/2026."),
        P("Hoạt động 2: Phổ biến quy định về công chứng điện tử và cơ sở dữ liệu công chứng. Chủ trì: Ban "
          "Thường vụ Hội; phối hợp: Ban Công nghệ thông tin, các tổ chức hành nghề công chứng; thời gian: "
          "sau khi Bộ Tư pháp ban hành Thông tư hướng dẫn."),
        P("Hoạt động 3: Biên soạn sổ tay “Hỏi - đáp pháp luật về công chứng” phát hành cho người dân. Chủ "
          "trì: Văn phòng Hội; thời gian: Quý II - Quý III/2026."),
        P("Hoạt động 4: Tổ chức hội nghị trao đổi kinh nghiệm phòng ngừa rủi ro trong hành nghề. Chủ trì: "
          "Ban Kiểm tra - Giám sát; phối hợp: Văn phòng Hội, Phòng Công chứng số 1 thành phố Đà Nẵng; thời "
          "gian: tháng 9/2026."),
        P("Hoạt động 5: Tham gia tư vấn pháp luật miễn phí hưởng ứng Ngày Pháp luật Việt Nam. Chủ trì: Ban "
          "Thường vụ Hội; phối hợp: Đoàn Luật sư thành phố Đà Nẵng; thời gian: 09/11/2026."),
        P("Hoạt động 6: Tổng kết công tác năm 2026, đề xuất khen thưởng. Chủ trì: Văn phòng Hội; thời "
          "gian: trước ngày 20/12/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các hội viên có trách nhiệm tham gia đầy đủ các hoạt động; Văn phòng Hội theo dõi, tổng hợp kết "
          "quả, báo cáo Sở Tư pháp và Hiệp hội Công chứng viên Việt Nam."),
        *_end(["- Hiệp hội CCV Việt Nam;", "- Sở Tư pháp TP Đà Nẵng;", "- Hội viên;"],
              "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH", "Hoàng Minh Đức"),
    ],
    expected=[
        Exp("Tổ chức lớp bồi dưỡng nghiệp vụ công chứng giao dịch", ("Ban Bồi dưỡng nghiệp vụ",),
            ("Sở Tư pháp thành phố Đà Nẵng",), "2026-04-30"),
        Exp("Phổ biến quy định về công chứng điện tử", ("Ban Thường vụ Hội",),
            ("Ban Công nghệ thông tin", "các tổ chức hành nghề công chứng"), "2026-12-31", on_request=True),
        Exp("Biên soạn sổ tay “Hỏi - đáp pháp luật về công chứng”", ("Văn phòng Hội",), (), "2026-09-30"),
        Exp("Tổ chức hội nghị trao đổi kinh nghiệm phòng ngừa rủi ro", ("Ban Kiểm tra - Giám sát",),
            ("Văn phòng Hội", "Phòng Công chứng số 1 thành phố Đà Nẵng"), "2026-09-30"),
        Exp("Tham gia tư vấn pháp luật miễn phí hưởng ứng", ("Ban Thường vụ Hội",),
            ("Đoàn Luật sư thành phố Đà Nẵng",), "2026-11-09"),
        Exp("Tổng kết công tác năm 2026, đề xuất khen thưởng", ("Văn phòng Hội",), (), "2026-12-20"),
    ],
)

# ---------------------------------------------------------------- 8. Legal aid centre, roman unit headings
PLAN_TGPL = Plan(
    name="tgpl_donvi_lama",
    blocks=[
        *_header(
            "SỞ TƯ PHÁP TỈNH ĐẮK LẮK",
            "TRUNG TÂM TRỢ GIÚP PHÁP LÝ NHÀ NƯỚC",
            "14/KH-TTTGPL",
            "Đắk Lắk, ngày 16 tháng 01 năm 2026",
            "Truyền thông về trợ giúp pháp lý và phổ biến pháp luật",
            "cho người được trợ giúp pháp lý năm 2026",
        ),
        P("Căn cứ Luật Trợ giúp pháp lý năm 2017;"),
        P("Căn cứ Thông tư số 08/2017/TT-BTP ngày 15/11/2017 của Bộ trưởng Bộ Tư pháp quy định chi tiết một "
          "số điều của Luật Trợ giúp pháp lý;"),
        P("Căn cứ Kế hoạch số 22/KH-STP ngày 08/01/2026 của Sở Tư pháp tỉnh Đắk Lắk;"),
        P("A. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Để người dân, nhất là người có công, người nghèo, người dân tộc thiểu số biết quyền được trợ "
          "giúp pháp lý và cách tiếp cận dịch vụ."),
        P("- Kết hợp truyền thông với phổ biến pháp luật tại cơ sở; phân công cụ thể cho từng phòng, chi "
          "nhánh."),
        P("B. PHÂN CÔNG NHIỆM VỤ", bold=True),
        P("I. PHÒNG HÀNH CHÍNH - TỔNG HỢP", bold=True),
        P("+ Cập nhật danh sách người thực hiện trợ giúp pháp lý, đăng trên Cổng thông tin điện tử của Sở "
          "Tư pháp. Thời hạn: trong tháng 02/2026."),
        P("+ In, cấp phát 20.000 tờ gấp về trợ giúp pháp lý cho UBND các xã, phường, phối hợp với Phòng Văn "
          "hóa - Xã hội các xã. Thời hạn: Quý II/2026."),
        P("II. PHÒNG NGHIỆP VỤ", bold=True),
        P("+ Tổ chức 12 đợt truyền thông kết hợp trợ giúp pháp lý lưu động tại các xã vùng sâu, vùng xa. "
          "Thời hạn: từ tháng 3 đến tháng 11/2026."),
        P("+ Hướng dẫn nghiệp vụ cho trợ giúp viên pháp lý mới bổ nhiệm. Thời hạn: khi có quyết định bổ "
          "nhiệm của Giám đốc Sở Tư pháp."),
        P("III. CÁC CHI NHÁNH TRỢ GIÚP PHÁP LÝ SỐ 1, SỐ 2, SỐ 3", bold=True),
        P("+ Phối hợp Công an xã và Hội Liên hiệp Phụ nữ xã tổ chức sinh hoạt pháp luật về phòng, chống bạo "
          "lực gia đình tại địa bàn. Thời hạn: 6 tháng cuối năm 2026."),
        P("IV. PHÓ GIÁM ĐỐC PHỤ TRÁCH NGHIỆP VỤ", bold=True),
        P("+ Trực tiếp chỉ đạo, kiểm tra chất lượng vụ việc trợ giúp pháp lý tham gia tố tụng; tổ chức "
          "đánh giá chất lượng. Thời hạn: tháng 10/2026."),
        P("C. CHẾ ĐỘ BÁO CÁO", bold=True),
        P("Các phòng, chi nhánh báo cáo kết quả về Phòng Hành chính - Tổng hợp trước ngày 05 của tháng cuối "
          "quý; báo cáo năm trước ngày 10/11/2026."),
        *_end(["- Sở Tư pháp (b/c);", "- Cục Phổ biến, giáo dục pháp luật và trợ giúp pháp lý;",
               "- Các phòng, chi nhánh;"], "GIÁM ĐỐC", "Y Ngông Niê"),
    ],
    expected=[
        Exp("Cập nhật danh sách người thực hiện trợ giúp pháp lý", ("PHÒNG HÀNH CHÍNH - TỔNG HỢP",), (),
            "2026-02-28"),
        Exp("In, cấp phát 20.000 tờ gấp về trợ giúp pháp lý", ("PHÒNG HÀNH CHÍNH - TỔNG HỢP",),
            ("Phòng Văn hóa - Xã hội các xã",), "2026-06-30"),
        Exp("Tổ chức 12 đợt truyền thông kết hợp trợ giúp", ("PHÒNG NGHIỆP VỤ",), (), "2026-11-30"),
        Exp("Hướng dẫn nghiệp vụ cho trợ giúp viên pháp lý", ("PHÒNG NGHIỆP VỤ",), (), "2026-12-31",
            on_request=True),
        Exp("Phối hợp Công an xã và Hội Liên hiệp Phụ nữ xã", ("CÁC CHI NHÁNH TRỢ GIÚP PHÁP LÝ SỐ 1, SỐ 2, SỐ 3",),
            ("Công an xã", "Hội Liên hiệp Phụ nữ xã"), "2026-12-31"),
        Exp("Trực tiếp chỉ đạo, kiểm tra chất lượng vụ việc", ("PHÓ GIÁM ĐỐC PHỤ TRÁCH NGHIỆP VỤ",), (),
            "2026-10-31"),
    ],
)

# ---------------------------------------------------------------- 9. Water company, "Nội dung" + prose
PLAN_CTN = Plan(
    name="ctn_noidung",
    blocks=[
        P("UBND TỈNH QUẢNG NGÃI", bold=True, center=True),
        P("CÔNG TY TNHH MỘT THÀNH VIÊN CẤP THOÁT NƯỚC QUẢNG NGÃI", bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True),
        P("Độc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P("Số: 126/KH-CTN", center=True),
        P("Quảng Ngãi, ngày 27 tháng 02 năm 2026", center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P("Tuyên truyền, phổ biến pháp luật năm 2026", bold=True, center=True),
        P("Căn cứ Luật Tài nguyên nước năm 2023;"),
        P("Căn cứ Nghị định số 117/2007/NĐ-CP ngày 11/7/2007 của Chính phủ về sản xuất, cung cấp và tiêu "
          "thụ nước sạch và các văn bản sửa đổi, bổ sung;"),
        P("Căn cứ Quyết định số 210/QĐ-UBND ngày 30/01/2026 của UBND tỉnh Quảng Ngãi ban hành Kế hoạch "
          "PBGDPL năm 2026;"),
        P("Công ty xây dựng Kế hoạch tuyên truyền, phổ biến pháp luật năm 2026 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Người lao động nắm vững pháp luật liên quan đến hoạt động cấp nước; khách hàng hiểu quyền, nghĩa "
          "vụ khi sử dụng nước sạch, hạn chế vi phạm hợp đồng dịch vụ cấp nước."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG", bold=True),
        P("Nội dung 1: Phổ biến Luật Tài nguyên nước và quy định về bảo vệ nguồn nước, hành lang an toàn "
          "công trình cấp nước.", bold=True),
        P("Giao Phòng Kỹ thuật chủ trì, phối hợp với Xí nghiệp Sản xuất nước sạch và Trung tâm Quan trắc "
          "môi trường tỉnh thực hiện trong Quý I - Quý II/2026."),
        P("Nội dung 2: Tuyên truyền sử dụng nước tiết kiệm, an toàn và quy định về hợp đồng dịch vụ cấp "
          "nước.", bold=True),
        P("Phòng Kinh doanh chủ trì; các chi nhánh cấp nước Đức Phổ, Mộ Đức, Sơn Tịnh phối hợp; thực hiện "
          "thường xuyên trong năm, trọng tâm là Tuần lễ quốc gia nước sạch và vệ sinh môi trường."),
        P("Nội dung 3: Phổ biến Bộ luật Lao động, Luật Bảo hiểm xã hội cho người lao động.", bold=True),
        P("Giao Phòng Tổ chức - Hành chính chủ trì thực hiện trong Quý II - Quý III/2026."),
        P("Đề nghị Ban Chấp hành Công đoàn Công ty phối hợp tổ chức đối thoại định kỳ tại nơi làm việc gắn "
          "với giải đáp pháp luật cho người lao động, hoàn thành trước ngày 31/10/2026."),
        P("Nội dung 4: Tập huấn pháp luật về phòng cháy, chữa cháy và cứu nạn, cứu hộ.", bold=True),
        P("Phòng Tổ chức - Hành chính chủ trì, phối hợp Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, "
          "cứu hộ - Công an tỉnh Quảng Ngãi; thời gian: tháng 8/2026."),
        P("Nội dung 5: Phổ biến quy định về quản lý, sử dụng tài sản và thực hành tiết kiệm, chống lãng "
          "phí.", bold=True),
        P("Phòng Tài chính - Kế toán chủ trì; Kiểm soát viên Công ty phối hợp; thời gian: Quý IV/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Trưởng các phòng, giám đốc xí nghiệp, chi nhánh chịu trách nhiệm trước Giám đốc Công ty về kết "
          "quả thực hiện. Phòng Tổ chức - Hành chính tổng hợp, báo cáo Sở Xây dựng trước ngày 20/11/2026."),
        *_end(["- Sở Xây dựng (b/c);", "- Chủ tịch Công ty;", "- Các phòng, xí nghiệp, chi nhánh;"],
              "GIÁM ĐỐC", "Đặng Ngọc Tường"),
    ],
    expected=[
        Exp("Phổ biến Luật Tài nguyên nước và quy định về bảo vệ", ("Phòng Kỹ thuật",),
            ("Xí nghiệp Sản xuất nước sạch", "Trung tâm Quan trắc môi trường tỉnh"), "2026-06-30"),
        Exp("Tuyên truyền sử dụng nước tiết kiệm, an toàn", ("Phòng Kinh doanh",),
            ("các chi nhánh cấp nước Đức Phổ, Mộ Đức, Sơn Tịnh",), "2026-12-31"),
        Exp("Giao Phòng Tổ chức - Hành chính chủ trì thực hiện", ("Phòng Tổ chức - Hành chính",), (),
            "2026-09-30"),
        Exp("Đề nghị Ban Chấp hành Công đoàn Công ty phối hợp", ("Ban Chấp hành Công đoàn Công ty",), (),
            "2026-10-31"),
        Exp("Tập huấn pháp luật về phòng cháy, chữa cháy", ("Phòng Tổ chức - Hành chính",),
            ("Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ - Công an tỉnh Quảng Ngãi",),
            "2026-08-31"),
        Exp("Phổ biến quy định về quản lý, sử dụng tài sản", ("Phòng Tài chính - Kế toán",),
            ("Kiểm soát viên Công ty",), "2026-12-31"),
    ],
)

# ---------------------------------------------------------------- 10. Medical college, mixed
PLAN_CDYT = Plan(
    name="cdyt_honhop",
    blocks=[
        *_header(
            "UBND TỈNH THANH HÓA",
            "TRƯỜNG CAO ĐẲNG Y TẾ THANH HÓA",
            "240/KH-CĐYT",
            "Thanh Hóa, ngày 05 tháng 3 năm 2026",
            "Phổ biến, giáo dục pháp luật năm 2026",
            "",
        ),
        P("Căn cứ Luật Giáo dục nghề nghiệp năm 2014;"),
        P("Căn cứ Kế hoạch số 77/KH-UBND ngày 20/01/2026 của UBND tỉnh Thanh Hóa về công tác PBGDPL, hòa "
          "giải ở cơ sở, xây dựng cấp xã đạt chuẩn tiếp cận pháp luật năm 2026;"),
        P("Căn cứ Kế hoạch số 55/KH-SGDĐT ngày 10/02/2026 của Sở Giáo dục và Đào tạo tỉnh Thanh Hóa;"),
        *_purpose([
            "Nâng cao ý thức pháp luật của viên chức, giảng viên và học sinh, sinh viên.",
            "Giáo dục đạo đức nghề y gắn với pháp luật về khám bệnh, chữa bệnh.",
            "Các nội dung có đơn vị chủ trì, thời gian cụ thể; lồng ghép với hoạt động chuyên môn.",
        ]),
        P("II. NỘI DUNG", bold=True),
        P("1. Phổ biến pháp luật cho học sinh, sinh viên", bold=True),
        P("Trong tháng 3/2026, tổ chức ngoại khóa “Sinh viên ngành y với Luật Phòng, chống ma túy”; Phòng "
          "Công tác học sinh, sinh viên chủ trì, Đoàn Thanh niên và Công an phường Hạc Thành phối hợp."),
        P("Từ tháng 9 đến tháng 11/2026, lồng ghép nội dung pháp luật về quyền của người bệnh vào học phần "
          "Đạo đức nghề nghiệp; Khoa Khoa học cơ bản chủ trì, các khoa chuyên môn phối hợp."),
        P("2. Phổ biến pháp luật cho viên chức, người lao động", bold=True),
        P("Quý II/2026, phổ biến Luật Viên chức, Luật Cán bộ, công chức (sửa đổi) và quy định về đánh giá, "
          "xếp loại; Phòng Tổ chức - Hành chính chủ trì, Công đoàn trường phối hợp."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("a) Phòng Đào tạo:", bold=True),
        P("- Rà soát chương trình môn Pháp luật theo quy định mới của Bộ Lao động - Thương binh và Xã hội "
          "(nay là Bộ Giáo dục và Đào tạo), hoàn thành trước ngày 31/7/2026."),
        P("- Tổ chức cho học sinh, sinh viên năm thứ nhất học tập nội quy, quy chế đào tạo và quy định "
          "về thực hành tại bệnh viện (tháng 9/2026)."),
        P("b) Thư viện:", bold=True),
        P("- Cập nhật sách, tài liệu pháp luật; phục vụ bạn đọc thường xuyên."),
        P("Phòng Kế hoạch - Tài chính bảo đảm kinh phí thực hiện Kế hoạch theo dự toán được duyệt. Các "
          "khoa, phòng, bộ môn căn cứ Kế hoạch chủ động thực hiện; báo cáo kết quả về Phòng Tổ chức - Hành "
          "chính trước ngày 15/11/2026 để tổng hợp, báo cáo Sở Giáo dục và Đào tạo."),
        *_end(["- Sở Giáo dục và Đào tạo (b/c);", "- Ban Giám hiệu;", "- Các khoa, phòng, bộ môn;"],
              "HIỆU TRƯỞNG", "TS. Lê Thị Hằng"),
    ],
    expected=[
        Exp("Trong tháng 3/2026, tổ chức ngoại khóa “Sinh viên ngành y", ("Phòng Công tác học sinh, sinh viên",),
            ("Đoàn Thanh niên", "Công an phường Hạc Thành"), "2026-03-31"),
        Exp("Từ tháng 9 đến tháng 11/2026, lồng ghép nội dung", ("Khoa Khoa học cơ bản",),
            ("các khoa chuyên môn",), "2026-11-30"),
        Exp("Quý II/2026, phổ biến Luật Viên chức, Luật Cán bộ", ("Phòng Tổ chức - Hành chính",),
            ("Công đoàn trường",), "2026-06-30"),
        Exp("Rà soát chương trình môn Pháp luật theo quy định mới", ("Phòng Đào tạo",), (), "2026-07-31"),
        Exp("Tổ chức cho học sinh, sinh viên năm thứ nhất học tập", ("Phòng Đào tạo",), (), "2026-09-30"),
        Exp("Cập nhật sách, tài liệu pháp luật; phục vụ bạn đọc", ("Thư viện",), (), "2026-12-31"),
    ],
)

PLANS: list[Plan] = [
    PLAN_SYT, PLAN_DHKT, PLAN_BVDK, PLAN_CTY, PLAN_LDLD, PLAN_DLS, PLAN_HCCV, PLAN_TGPL, PLAN_CTN, PLAN_CDYT,
]
