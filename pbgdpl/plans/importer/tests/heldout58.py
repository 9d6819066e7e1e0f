"""Held-out evaluation set 58: ten plans of provincial departments and agencies, answers typed by hand.

1. PLAN_TP_TN (Sở Tư pháp tỉnh Thái Nguyên, 2026): bold "1." headings, each followed by "- Đơn vị chủ
   trì:", "- Đơn vị phối hợp:", "- Thời gian thực hiện:" lines; one event-triggered timeframe.
2. PLAN_YT_HP (Sở Y tế thành phố Hải Phòng, 2026): grid table STT | Nội dung công việc | Đơn vị chủ trì |
   Đơn vị phối hợp | Thời gian thực hiện | Ghi chú, roman-numeral group rows, a "trước ngày" date.
3. PLAN_NNMT_LD (Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng, 2026): group headings "1." without units,
   "a)" items with prose ("Giao X chủ trì, phối hợp với Y", "X chủ trì; Y phối hợp", "X có trách nhiệm")
   and a trailing "Thời gian:" sentence; two stand-alone numbered tasks.
4. PLAN_GD_NA (Sở Giáo dục và Đào tạo tỉnh Nghệ An, school year 2026-2027): table without STT, columns
   Nội dung | Thời gian | Đơn vị thực hiện | Đơn vị phối hợp | Sản phẩm; one group row; ranges into 2027.
5. PLAN_NV_QT (Sở Nội vụ tỉnh Quảng Trị, 2026): roman sections, "1." group headings, "1.1." tasks with an
   inline parenthesis "(Chủ trì: …; phối hợp: …; thời gian: …)".
6. PLAN_KCN_BN (Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh, 2026): "-" tasks with the labels inline
   in one sentence; one item with two "+" assignment blocks; "theo đề nghị" timeframe.
7. PLAN_VH_KH (Sở Văn hóa, Thể thao và Du lịch tỉnh Khánh Hòa, 2026): table with a two-row header
   (Đơn vị thực hiện → Chủ trì | Phối hợp) and a "Kinh phí" column, group rows "I", "II".
8. PLAN_CT_AG (Sở Công Thương tỉnh An Giang, 2026): non-bold numbered headings; next paragraph with
   "Cơ quan thực hiện: …; phối hợp: …; thời hạn/tiến độ: …" inline.
9. PLAN_TC_CT (Sở Tài chính thành phố Cần Thơ, 2026): bold "1." headings with prose assignment
   paragraphs ("Đề nghị …", "có trách nhiệm", "Giao …"), "Hoàn thành trong tháng …".
10. PLAN_DTTG_CB (Sở Dân tộc và Tôn giáo tỉnh Cao Bằng, plan for 2027 issued 12/2026): table
   STT | Nhiệm vụ | Thời gian hoàn thành | Cơ quan chủ trì | Cơ quan phối hợp | Ghi chú.
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T, _header, _purpose


def _end(org: list[str], recipients: list[str], role: str, signer: str) -> list[P | T]:
    out: list[P | T] = [P(line) for line in org]
    out.append(P("Nơi nhận:"))
    out += [P(f"- {r}") for r in recipients]
    out += [P("- Lưu: VT."), P(role, bold=True, center=True), P(signer, bold=True, center=True)]
    return out


# ---------------------------------------------------------------- 1. Sở Tư pháp Thái Nguyên
PLAN_TP_TN = Plan(
    name="set58_tp_thainguyen",
    blocks=[
        *_header(
            "UBND TỈNH THÁI NGUYÊN",
            "SỞ TƯ PHÁP",
            "27/KH-STP",
            "Thái Nguyên, ngày 16 tháng 01 năm 2026",
            "Triển khai công tác phổ biến, giáo dục pháp luật năm 2026",
            "trên địa bàn tỉnh Thái Nguyên",
        ),
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;"),
        P(
            "Căn cứ Quyết định số 3814/QĐ-UBND ngày 24 tháng 12 năm 2025 của Ủy ban nhân dân tỉnh ban hành "
            "Kế hoạch phổ biến, giáo dục pháp luật năm 2026;"
        ),
        P("Sở Tư pháp xây dựng Kế hoạch triển khai như sau:"),
        *_purpose(
            [
                "Tổ chức thực hiện có hiệu quả công tác phổ biến, giáo dục pháp luật năm 2026.",
                "Nâng cao ý thức tôn trọng, chấp hành pháp luật của cán bộ và Nhân dân.",
                "Bám sát nhiệm vụ chính trị của tỉnh; bảo đảm thiết thực, tránh hình thức.",
                "Phân công cụ thể, gắn trách nhiệm của cơ quan, đơn vị chủ trì và phối hợp.",
            ]
        ),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P(
            "1. Tham mưu UBND tỉnh ban hành Kế hoạch triển khai thi hành các luật mới được thông qua",
            bold=True,
        ),
        P("- Đơn vị chủ trì: Sở Tư pháp."),
        P("- Đơn vị phối hợp: Văn phòng UBND tỉnh."),
        P("- Thời gian thực hiện: Quý I/2026."),
        P(
            "2. Tổ chức Hội nghị phổ biến các luật, nghị quyết được Quốc hội khóa XV thông qua tại Kỳ họp "
            "thứ "
            "10",
            bold=True,
        ),
        P("- Đơn vị chủ trì: Sở Tư pháp."),
        P(
            "- Đơn vị phối hợp: Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh; Báo và Phát thanh, "
            "Truyền hình Thái Nguyên."
        ),
        P("- Thời gian thực hiện: Tháng 3 - 4/2026."),
        P("3. Cập nhật, đăng tải văn bản quy phạm pháp luật lên Cổng Pháp luật quốc gia", bold=True),
        P("- Đơn vị chủ trì: Các sở, ban, ngành tỉnh."),
        P("- Đơn vị phối hợp: Sở Tư pháp."),
        P("- Thời gian thực hiện: Thường xuyên."),
        P("4. Phổ biến pháp luật cho người dân tộc thiểu số, đồng bào vùng sâu, vùng xa", bold=True),
        P("- Đơn vị chủ trì: Sở Dân tộc và Tôn giáo."),
        P("- Đơn vị phối hợp: Sở Tư pháp, UBND các xã, phường có đông đồng bào dân tộc thiểu số."),
        P("- Thời gian thực hiện: Trong năm 2026."),
        P("5. Xây dựng, quản lý và khai thác có hiệu quả Tủ sách pháp luật ở cơ sở", bold=True),
        P("- Đơn vị chủ trì: UBND các xã, phường."),
        P("- Đơn vị phối hợp: Sở Tư pháp."),
        P("- Thời gian thực hiện: Cả năm."),
        P("6. Kiện toàn, bồi dưỡng đội ngũ báo cáo viên pháp luật tỉnh", bold=True),
        P("- Đơn vị chủ trì: Sở Tư pháp."),
        P("- Đơn vị phối hợp: Sở Nội vụ và các cơ quan, đơn vị có báo cáo viên pháp luật."),
        P("- Thời gian thực hiện: Khi có văn bản hướng dẫn của Bộ Tư pháp."),
        P(
            "7. Tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam",
            bold=True,
        ),
        P("- Đơn vị chủ trì: Sở Tư pháp."),
        P(
            "- Đơn vị phối hợp: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; các sở, ban, ngành tỉnh; UBND các "
            "xã, phường."
        ),
        P("- Thời gian thực hiện: Tháng 10 - 11/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        *_end(
            [
                "1. Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật là đầu mối theo dõi, "
                "đôn đốc việc thực hiện Kế hoạch.",
                "2. Các cơ quan, đơn vị báo cáo kết quả về Sở Tư pháp trước ngày 20/11/2026 để tổng hợp.",
            ],
            ["UBND tỉnh (b/c);", "Các sở, ban, ngành tỉnh;", "UBND các xã, phường;"],
            "GIÁM ĐỐC",
            "Hoàng Văn Thạch",
        ),
    ],
    expected=[
        Exp(
            "Tham mưu UBND tỉnh ban hành Kế hoạch triển khai",
            ("Sở Tư pháp",),
            ("Văn phòng UBND tỉnh",),
            "2026-03-31",
        ),
        Exp(
            "Tổ chức Hội nghị phổ biến các luật, nghị quyết",
            ("Sở Tư pháp",),
            (
                "Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh",
                "Báo và Phát thanh, Truyền hình Thái Nguyên",
            ),
            "2026-04-30",
        ),
        Exp(
            "Cập nhật, đăng tải văn bản quy phạm pháp luật",
            ("Các sở, ban, ngành tỉnh",),
            ("Sở Tư pháp",),
            "2026-12-31",
        ),
        Exp(
            "Phổ biến pháp luật cho người dân tộc thiểu số",
            ("Sở Dân tộc và Tôn giáo",),
            ("Sở Tư pháp", "UBND các xã, phường có đông đồng bào dân tộc thiểu số"),
            "2026-12-31",
        ),
        Exp(
            "Xây dựng, quản lý và khai thác có hiệu quả",
            ("UBND các xã, phường",),
            ("Sở Tư pháp",),
            "2026-12-31",
        ),
        Exp(
            "Kiện toàn, bồi dưỡng đội ngũ báo cáo viên",
            ("Sở Tư pháp",),
            ("Sở Nội vụ", "các cơ quan, đơn vị có báo cáo viên pháp luật"),
            "2026-12-31",
            on_request=True,
        ),
        Exp(
            "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật",
            ("Sở Tư pháp",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "các sở, ban, ngành tỉnh", "UBND các xã, phường"),
            "2026-11-30",
        ),
    ],
)

# ---------------------------------------------------------------- 2. Sở Y tế Hải Phòng
_YT_ROWS = (
    ("STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện", "Ghi chú"),
    ("I", "Phổ biến pháp luật trong ngành y tế", "", "", "", ""),
    (
        "1",
        "Quán triệt, phổ biến Luật Khám bệnh, chữa bệnh năm 2023 và các văn bản hướng dẫn thi hành",
        "Phòng Nghiệp vụ Y",
        "Văn phòng Sở; các bệnh viện trực thuộc Sở",
        "Quý I/2026",
        "Hình thức trực tiếp kết hợp trực tuyến",
    ),
    (
        "2",
        "Bồi dưỡng kiến thức pháp luật cho cán bộ làm công tác pháp chế các đơn vị",
        "Văn phòng Sở",
        "Sở Tư pháp",
        "Tháng 6/2026",
        "",
    ),
    (
        "3",
        "Phổ biến văn bản mới về hành nghề y, dược tư nhân",
        "Phòng Nghiệp vụ Dược",
        "Phòng Nghiệp vụ Y",
        "Theo đề nghị của các cơ sở hành nghề",
        "",
    ),
    ("II", "Phổ biến pháp luật cho Nhân dân", "", "", "", ""),
    (
        "4",
        "Phổ biến quy định pháp luật về an toàn thực phẩm tại các chợ, bếp ăn tập thể",
        "Chi cục An toàn vệ sinh thực phẩm",
        "UBND các xã, phường, đặc khu",
        "Tháng 4 - 5/2026",
        "Tháng hành động vì an toàn thực phẩm",
    ),
    (
        "5",
        "Tuyên truyền pháp luật về phòng, chống tác hại của thuốc lá và thuốc lá điện tử",
        "Trung tâm Kiểm soát bệnh tật thành phố",
        "Báo và Phát thanh, Truyền hình Hải Phòng; các đơn vị y tế",
        "Thường xuyên",
        "",
    ),
    (
        "6",
        "Tổ chức đối thoại chính sách pháp luật về bảo hiểm y tế với người bệnh",
        "Phòng Kế hoạch - Tài chính",
        "Bảo hiểm xã hội thành phố Hải Phòng",
        "Quý III/2026",
        "",
    ),
    (
        "7",
        "Rà soát, cập nhật tài liệu trên Tủ sách pháp luật điện tử của Sở",
        "Văn phòng Sở",
        "Các phòng chức năng thuộc Sở",
        "Trước ngày 15/12/2026",
        "",
    ),
)

PLAN_YT_HP = Plan(
    name="set58_yte_haiphong",
    blocks=[
        *_header(
            "UBND THÀNH PHỐ HẢI PHÒNG",
            "SỞ Y TẾ",
            "112/KH-SYT",
            "Hải Phòng, ngày 09 tháng 02 năm 2026",
            "Phổ biến, giáo dục pháp luật năm 2026",
            "của ngành Y tế thành phố Hải Phòng",
        ),
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012;"),
        P(
            "Căn cứ Kế hoạch số 45/KH-UBND ngày 20/01/2026 của UBND thành phố về công tác phổ biến, giáo dục "
            "pháp luật năm 2026;"
        ),
        P("Căn cứ Quyết định số 188/QĐ-BYT ngày 15/01/2026 của Bộ Y tế;"),
        P("Sở Y tế ban hành Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "- Nâng cao nhận thức, ý thức chấp hành pháp luật của công chức, viên chức, người lao động ngành "
            "y tế và Nhân dân thành phố."
        ),
        P("- Nội dung phổ biến phải trọng tâm, trọng điểm, phù hợp từng đối tượng."),
        P("II. NỘI DUNG, THỜI GIAN VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        P("(Chi tiết tại bảng dưới đây)"),
        T(_YT_ROWS, widths=(8, 52, 30, 34, 24, 26)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        *_end(
            [
                "1. Văn phòng Sở là đầu mối tham mưu, theo dõi, tổng hợp kết quả thực hiện Kế hoạch.",
                "2. Thủ trưởng các đơn vị trực thuộc căn cứ Kế hoạch này xây dựng kế hoạch của đơn vị; báo "
                "cáo "
                "kết quả 6 tháng trước ngày 10/6/2026, cả năm trước ngày 10/11/2026.",
                "3. Kinh phí thực hiện từ nguồn ngân sách chi thường xuyên của các đơn vị.",
            ],
            ["Sở Tư pháp;", "Các phòng, đơn vị thuộc Sở;"],
            "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
            "Nguyễn Thị Hồng Vân",
        ),
    ],
    expected=[
        Exp(
            "Quán triệt, phổ biến Luật Khám bệnh, chữa bệnh",
            ("Phòng Nghiệp vụ Y",),
            ("Văn phòng Sở", "các bệnh viện trực thuộc Sở"),
            "2026-03-31",
        ),
        Exp(
            "Bồi dưỡng kiến thức pháp luật cho cán bộ làm công tác pháp chế",
            ("Văn phòng Sở",),
            ("Sở Tư pháp",),
            "2026-06-30",
        ),
        Exp(
            "Phổ biến văn bản mới về hành nghề",
            ("Phòng Nghiệp vụ Dược",),
            ("Phòng Nghiệp vụ Y",),
            "2026-12-31",
            on_request=True,
        ),
        Exp(
            "Phổ biến quy định pháp luật về an toàn thực phẩm",
            ("Chi cục An toàn vệ sinh thực phẩm",),
            ("UBND các xã, phường, đặc khu",),
            "2026-05-31",
        ),
        Exp(
            "Tuyên truyền pháp luật về phòng, chống tác hại",
            ("Trung tâm Kiểm soát bệnh tật thành phố",),
            ("Báo và Phát thanh, Truyền hình Hải Phòng", "các đơn vị y tế"),
            "2026-12-31",
        ),
        Exp(
            "Tổ chức đối thoại chính sách pháp luật về bảo hiểm y tế",
            ("Phòng Kế hoạch - Tài chính",),
            ("Bảo hiểm xã hội thành phố Hải Phòng",),
            "2026-09-30",
        ),
        Exp(
            "Rà soát, cập nhật tài liệu trên Tủ sách",
            ("Văn phòng Sở",),
            ("Các phòng chức năng thuộc Sở",),
            "2026-12-15",
        ),
    ],
)

# ---------------------------------------------------------------- 3. Sở NN&MT Lâm Đồng
PLAN_NNMT_LD = Plan(
    name="set58_nnmt_lamdong",
    blocks=[
        *_header(
            "UBND TỈNH LÂM ĐỒNG",
            "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
            "508/KH-SNNMT",
            "Lâm Đồng, ngày 03 tháng 3 năm 2026",
            "Công tác phổ biến, giáo dục pháp luật năm 2026",
            "",
        ),
        P(
            "Căn cứ Quyết định số 412/QĐ-UBND ngày 30/01/2026 của UBND tỉnh Lâm Đồng ban hành Kế hoạch phổ "
            "biến, giáo dục pháp luật; hòa giải ở cơ sở; xây dựng cấp xã đạt chuẩn tiếp cận pháp luật năm "
            "2026;"
        ),
        P("Sở Nông nghiệp và Môi trường xây dựng Kế hoạch thực hiện với các nội dung sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "Phổ biến kịp thời các văn bản pháp luật mới về nông nghiệp, đất đai, môi trường, lâm nghiệp, "
            "biển và hải đảo đến cán bộ, công chức và người dân; gắn công tác phổ biến pháp luật với nhiệm "
            "vụ "
            "chuyên môn của từng đơn vị."
        ),
        P("II. NỘI DUNG VÀ PHÂN CÔNG NHIỆM VỤ", bold=True),
        P("1. Phổ biến pháp luật trong lĩnh vực nông nghiệp, lâm nghiệp"),
        P(
            "a) Phổ biến Luật Trồng trọt, Luật Chăn nuôi và các văn bản hướng dẫn cho hợp tác xã, tổ hợp tác "
            "và nông dân. Giao Chi cục Trồng trọt và Bảo vệ thực vật chủ trì, phối hợp với Chi cục Chăn "
            "nuôi, "
            "Thú y và Thủy sản tổ chức thực hiện. Thời gian: Quý II/2026."
        ),
        P(
            "b) Tuyên truyền pháp luật về lâm nghiệp, phòng cháy, chữa cháy rừng mùa khô. Chi cục Kiểm lâm "
            "chủ "
            "trì; UBND các xã, phường có rừng và các Ban Quản lý rừng phòng hộ phối hợp. Thời gian: từ tháng "
            "01 đến tháng 4/2026."
        ),
        P("2. Phổ biến pháp luật về đất đai, môi trường, tài nguyên"),
        P(
            "a) Phổ biến Luật Đất đai năm 2024 và các nghị định quy định chi tiết. Giao Phòng Quản lý đất "
            "đai "
            "chủ trì, phối hợp với Văn phòng Đăng ký đất đai tỉnh và Trung tâm Phát triển quỹ đất tỉnh thực "
            "hiện. Thời gian: trong năm 2026."
        ),
        P(
            "b) Tuyên truyền quy định về phân loại chất thải rắn sinh hoạt tại nguồn theo Luật Bảo vệ môi "
            "trường. Phòng Môi trường có trách nhiệm chủ trì, phối hợp với Đoàn Thanh niên Sở, UBND các xã, "
            "phường tổ chức các đợt ra quân. Thời gian: tháng 6/2026 (hưởng ứng Ngày Môi trường thế giới)."
        ),
        P(
            "c) Phổ biến quy định pháp luật về tài nguyên nước, khoáng sản, biển và hải đảo cho các tổ chức, "
            "cá nhân khai thác. Phòng Biển, Tài nguyên nước và Khoáng sản chủ trì; Văn phòng Sở phối hợp. "
            "Thời gian: Quý III - IV/2026."
        ),
        P("3. Tổ chức Cuộc thi tìm hiểu pháp luật trực tuyến về nông nghiệp và môi trường"),
        P(
            "Văn phòng Sở chủ trì xây dựng thể lệ, bộ câu hỏi; các phòng, chi cục, đơn vị sự nghiệp trực "
            "thuộc Sở phối hợp vận động công chức, viên chức, người lao động tham gia. Thời gian: tháng "
            "8 - 10/2026."
        ),
        P("4. Triển khai các văn bản quy phạm pháp luật mới được ban hành"),
        P(
            "Các phòng, chi cục thuộc Sở chủ trì theo lĩnh vực được giao; Văn phòng Sở phối hợp đăng tải "
            "trên "
            "Trang thông tin điện tử của Sở. Thời gian: sau khi văn bản được ban hành."
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        *_end(
            [
                "Thủ trưởng các phòng, chi cục, đơn vị thuộc Sở có trách nhiệm triển khai Kế hoạch; báo cáo "
                "kết quả (qua Văn phòng Sở) trước ngày 15/11/2026.",
            ],
            ["UBND tỉnh (b/c);", "Sở Tư pháp;", "Giám đốc, các Phó Giám đốc Sở;"],
            "GIÁM ĐỐC",
            "Phạm Quang Trung",
        ),
    ],
    expected=[
        Exp(
            "Phổ biến Luật Trồng trọt, Luật Chăn nuôi",
            ("Chi cục Trồng trọt và Bảo vệ thực vật",),
            ("Chi cục Chăn nuôi, Thú y và Thủy sản",),
            "2026-06-30",
        ),
        Exp(
            "Tuyên truyền pháp luật về lâm nghiệp",
            ("Chi cục Kiểm lâm",),
            ("UBND các xã, phường có rừng", "các Ban Quản lý rừng phòng hộ"),
            "2026-04-30",
        ),
        Exp(
            "Phổ biến Luật Đất đai năm 2024",
            ("Phòng Quản lý đất đai",),
            ("Văn phòng Đăng ký đất đai tỉnh", "Trung tâm Phát triển quỹ đất tỉnh"),
            "2026-12-31",
        ),
        Exp(
            "Tuyên truyền quy định về phân loại chất thải",
            ("Phòng Môi trường",),
            ("Đoàn Thanh niên Sở", "UBND các xã, phường"),
            "2026-06-30",
        ),
        Exp(
            "Phổ biến quy định pháp luật về tài nguyên nước",
            ("Phòng Biển, Tài nguyên nước và Khoáng sản",),
            ("Văn phòng Sở",),
            "2026-12-31",
        ),
        Exp(
            "Tổ chức Cuộc thi tìm hiểu pháp luật trực tuyến",
            ("Văn phòng Sở",),
            ("các phòng, chi cục, đơn vị sự nghiệp trực thuộc Sở",),
            "2026-10-31",
        ),
        Exp(
            "Triển khai các văn bản quy phạm pháp luật mới",
            ("Các phòng, chi cục thuộc Sở",),
            ("Văn phòng Sở",),
            "2026-12-31",
            on_request=True,
        ),
    ],
)

# ---------------------------------------------------------------- 4. Sở GD&ĐT Nghệ An (năm học)
_GD_ROWS = (
    ("Nội dung", "Thời gian", "Đơn vị thực hiện", "Đơn vị phối hợp", "Sản phẩm"),
    (
        "Quán triệt Kế hoạch phổ biến, giáo dục pháp luật năm học 2026-2027 đến các đơn vị",
        "Tháng 9/2026",
        "Văn phòng Sở",
        "Các phòng chuyên môn thuộc Sở",
        "Công văn hướng dẫn",
    ),
    (
        "Tổ chức tuyên truyền pháp luật về trật tự, an toàn giao thông cho học sinh đầu năm học",
        "Tháng 9 - 10/2026",
        "Các trường trung học phổ thông",
        "Phòng Cảnh sát giao thông Công an tỉnh",
        "Buổi ngoại khóa",
    ),
    ("Giáo dục pháp luật trong nhà trường", "", "", "", ""),
    (
        "Lồng ghép giáo dục pháp luật trong môn Giáo dục kinh tế và pháp luật, Giáo dục công dân",
        "Từ tháng 9/2026 đến tháng 5/2027",
        "Phòng Giáo dục phổ thông",
        "Các cơ sở giáo dục trung học",
        "Kế hoạch bài dạy",
    ),
    (
        "Phổ biến pháp luật về phòng, chống bạo lực học đường, xâm hại trẻ em",
        "Quý IV/2026",
        "Phòng Chính trị, tư tưởng và Công tác học sinh",
        "Công an tỉnh; Hội Liên hiệp Phụ nữ tỉnh",
        "Tài liệu tuyên truyền",
    ),
    (
        "Bồi dưỡng kiến thức pháp luật cho giáo viên dạy môn Giáo dục công dân",
        "Tháng 12/2026",
        "Phòng Giáo dục phổ thông",
        "Trường Đại học Vinh",
        "Lớp bồi dưỡng",
    ),
    (
        'Tổ chức Cuộc thi "Học sinh với pháp luật" cấp tỉnh',
        "Tháng 3/2027",
        "Phòng Chính trị, tư tưởng và Công tác học sinh",
        "Tỉnh đoàn Nghệ An, Sở Tư pháp",
        "Quyết định khen thưởng",
    ),
    (
        "Sơ kết, đánh giá công tác phổ biến, giáo dục pháp luật năm học 2026-2027",
        "Trước ngày 20/5/2027",
        "Văn phòng Sở",
        "Các đơn vị trực thuộc",
        "Báo cáo",
    ),
)

PLAN_GD_NA = Plan(
    name="set58_gddt_nghean",
    blocks=[
        *_header(
            "UBND TỈNH NGHỆ AN",
            "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
            "2145/KH-SGDĐT",
            "Nghệ An, ngày 28 tháng 8 năm 2026",
            "Phổ biến, giáo dục pháp luật năm học 2026-2027",
            "",
        ),
        P(
            "Thực hiện Kế hoạch số 76/KH-UBND ngày 02/02/2026 của UBND tỉnh Nghệ An về công tác phổ biến, "
            "giáo dục pháp luật năm 2026; căn cứ Công văn số 4410/BGDĐT-PC ngày 12/8/2026 của Bộ Giáo dục và "
            "Đào tạo hướng dẫn công tác pháp chế năm học 2026-2027, Sở Giáo dục và Đào tạo xây dựng Kế hoạch "
            "như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Trang bị kiến thức pháp luật cần thiết cho cán bộ quản lý, giáo viên, học sinh."),
        P("2. Hình thức phổ biến đa dạng, phù hợp lứa tuổi, gắn với hoạt động giáo dục trong nhà trường."),
        P("II. NỘI DUNG, TIẾN ĐỘ THỰC HIỆN", bold=True),
        T(_GD_ROWS, widths=(60, 26, 34, 36, 24)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        *_end(
            [
                "Các đơn vị trực thuộc xây dựng kế hoạch năm học của đơn vị, gửi về Sở (qua Văn phòng) trước "
                "ngày 30/9/2026. Trong quá trình thực hiện, nếu có vướng mắc, phản ánh về Sở để được hướng "
                "dẫn.",
            ],
            ["Bộ GDĐT (để b/c);", "UBND tỉnh (để b/c);", "Các đơn vị trực thuộc;"],
            "GIÁM ĐỐC",
            "Thái Văn Thành",
        ),
    ],
    expected=[
        Exp(
            "Quán triệt Kế hoạch phổ biến, giáo dục pháp luật năm học",
            ("Văn phòng Sở",),
            ("Các phòng chuyên môn thuộc Sở",),
            "2026-09-30",
        ),
        Exp(
            "Tổ chức tuyên truyền pháp luật về trật tự, an toàn giao thông",
            ("Các trường trung học phổ thông",),
            ("Phòng Cảnh sát giao thông Công an tỉnh",),
            "2026-10-31",
        ),
        Exp(
            "Lồng ghép giáo dục pháp luật trong môn",
            ("Phòng Giáo dục phổ thông",),
            ("Các cơ sở giáo dục trung học",),
            "2027-05-31",
        ),
        Exp(
            "Phổ biến pháp luật về phòng, chống bạo lực học đường",
            ("Phòng Chính trị, tư tưởng và Công tác học sinh",),
            ("Công an tỉnh", "Hội Liên hiệp Phụ nữ tỉnh"),
            "2026-12-31",
        ),
        Exp(
            "Bồi dưỡng kiến thức pháp luật cho giáo viên",
            ("Phòng Giáo dục phổ thông",),
            ("Trường Đại học Vinh",),
            "2026-12-31",
        ),
        Exp(
            'Tổ chức Cuộc thi "Học sinh với pháp luật"',
            ("Phòng Chính trị, tư tưởng và Công tác học sinh",),
            ("Tỉnh đoàn Nghệ An", "Sở Tư pháp"),
            "2027-03-31",
        ),
        Exp(
            "Sơ kết, đánh giá công tác phổ biến", ("Văn phòng Sở",), ("Các đơn vị trực thuộc",), "2027-05-20"
        ),
    ],
)

# ---------------------------------------------------------------- 5. Sở Nội vụ Quảng Trị
PLAN_NV_QT = Plan(
    name="set58_noivu_quangtri",
    blocks=[
        *_header(
            "UBND TỈNH QUẢNG TRỊ",
            "SỞ NỘI VỤ",
            "64/KH-SNV",
            "Quảng Trị, ngày 21 tháng 01 năm 2026",
            "Phổ biến, giáo dục pháp luật năm 2026 của Sở Nội vụ",
            "",
        ),
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012;"),
        P("Căn cứ Luật Cán bộ, công chức ngày 24 tháng 6 năm 2025;"),
        P(
            "Căn cứ Kế hoạch số 19/KH-UBND ngày 12/01/2026 của UBND tỉnh Quảng Trị về phổ biến, giáo dục "
            "pháp luật năm 2026;"
        ),
        P("Sở Nội vụ ban hành Kế hoạch thực hiện như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "Kịp thời phổ biến các quy định mới về tổ chức bộ máy, chính quyền địa phương hai cấp, công "
            "chức, "
            "viên chức, lao động, người có công; bảo đảm thiết thực, hiệu quả, tiết kiệm."
        ),
        P("II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        P("1. Phổ biến pháp luật về tổ chức bộ máy, công chức, viên chức", bold=True),
        P(
            "1.1. Phổ biến Luật Cán bộ, công chức năm 2025 và các nghị định hướng dẫn cho công chức cấp "
            "tỉnh, "
            "cấp xã (Chủ trì: Phòng Công chức, viên chức; phối hợp: Văn phòng Sở; thời gian: Quý I/2026)."
        ),
        P(
            "1.2. Hướng dẫn thực hiện Luật Tổ chức chính quyền địa phương năm 2025 đối với chính quyền cấp "
            "xã "
            "(Chủ trì: Phòng Xây dựng chính quyền và Công tác thanh niên; phối hợp: UBND các xã, phường, đặc "
            "khu; Sở Tư pháp; thời gian: Quý II/2026)."
        ),
        P("2. Phổ biến pháp luật về lao động, người có công, thi đua - khen thưởng", bold=True),
        P(
            "2.1. Tuyên truyền pháp luật về lao động, tiền lương, bảo hiểm xã hội cho người lao động (Chủ "
            "trì: "
            "Phòng Lao động - Tiền lương - Bảo hiểm xã hội; phối hợp: Liên đoàn Lao động tỉnh, Bảo hiểm xã "
            "hội "
            "tỉnh; thời gian: tháng 5/2026, hưởng ứng Tháng Công nhân)."
        ),
        P(
            "2.2. Phổ biến chính sách, pháp luật ưu đãi người có công với cách mạng (Chủ trì: Phòng Người có "
            "công; phối hợp: Trung tâm Điều dưỡng người có công tỉnh; thời gian: tháng 7/2026)."
        ),
        P(
            "2.3. Phổ biến Luật Thi đua, khen thưởng và các văn bản hướng dẫn (Chủ trì: Ban Thi đua - Khen "
            "thưởng; phối hợp: các cơ quan, đơn vị thuộc tỉnh; thời gian: cả năm)."
        ),
        P("3. Tập huấn nghiệp vụ văn thư, lưu trữ theo quy định mới", bold=True),
        P(
            "(Chủ trì: Trung tâm Lưu trữ lịch sử tỉnh; phối hợp: Văn phòng Sở; thời gian: khi Bộ Nội vụ ban "
            "hành thông tư hướng dẫn)."
        ),
        P("4. Kiểm tra việc thực hiện pháp luật về công vụ, công chức", bold=True),
        P(
            "(Chủ trì: Phòng Công chức, viên chức; phối hợp: Văn phòng Sở và Phòng Xây dựng chính quyền và "
            "Công tác thanh niên; thời gian: từ tháng 9 đến tháng 11/2026)."
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        *_end(
            [
                "1. Trưởng các phòng, Thủ trưởng các đơn vị thuộc Sở triển khai thực hiện Kế hoạch này.",
                "2. Văn phòng Sở theo dõi, tổng hợp, báo cáo Giám đốc Sở và Sở Tư pháp trước ngày "
                "25/11/2026.",
            ],
            ["Sở Tư pháp;", "Lãnh đạo Sở;", "Các phòng, đơn vị thuộc Sở;"],
            "GIÁM ĐỐC",
            "Lê Quang Tuấn",
        ),
    ],
    expected=[
        Exp(
            "Phổ biến Luật Cán bộ, công chức năm 2025",
            ("Phòng Công chức, viên chức",),
            ("Văn phòng Sở",),
            "2026-03-31",
        ),
        Exp(
            "Hướng dẫn thực hiện Luật Tổ chức chính quyền địa phương",
            ("Phòng Xây dựng chính quyền và Công tác thanh niên",),
            ("UBND các xã, phường, đặc khu", "Sở Tư pháp"),
            "2026-06-30",
        ),
        Exp(
            "Tuyên truyền pháp luật về lao động, tiền lương",
            ("Phòng Lao động - Tiền lương - Bảo hiểm xã hội",),
            ("Liên đoàn Lao động tỉnh", "Bảo hiểm xã hội tỉnh"),
            "2026-05-31",
        ),
        Exp(
            "Phổ biến chính sách, pháp luật ưu đãi người có công",
            ("Phòng Người có công",),
            ("Trung tâm Điều dưỡng người có công tỉnh",),
            "2026-07-31",
        ),
        Exp(
            "Phổ biến Luật Thi đua, khen thưởng",
            ("Ban Thi đua - Khen thưởng",),
            ("các cơ quan, đơn vị thuộc tỉnh",),
            "2026-12-31",
        ),
        Exp(
            "Tập huấn nghiệp vụ văn thư, lưu trữ",
            ("Trung tâm Lưu trữ lịch sử tỉnh",),
            ("Văn phòng Sở",),
            "2026-12-31",
            on_request=True,
        ),
        Exp(
            "Kiểm tra việc thực hiện pháp luật về công vụ",
            ("Phòng Công chức, viên chức",),
            ("Văn phòng Sở", "Phòng Xây dựng chính quyền và Công tác thanh niên"),
            "2026-11-30",
        ),
    ],
)

# ---------------------------------------------------------------- 6. BQL các KCN Bắc Ninh
PLAN_KCN_BN = Plan(
    name="set58_bqlkcn_bacninh",
    blocks=[
        *_header(
            "UBND TỈNH BẮC NINH",
            "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP",
            "38/KH-BQL",
            "Bắc Ninh, ngày 12 tháng 02 năm 2026",
            "Phổ biến, giáo dục pháp luật cho doanh nghiệp và người lao động",
            "trong các khu công nghiệp năm 2026",
        ),
        P(
            "Căn cứ Nghị định số 55/2019/NĐ-CP ngày 24/6/2019 của Chính phủ về hỗ trợ pháp lý cho doanh "
            "nghiệp nhỏ và vừa; Kế hoạch số 102/KH-UBND ngày 26/01/2026 của UBND tỉnh Bắc Ninh, Ban Quản lý "
            "các khu công nghiệp tỉnh ban hành Kế hoạch như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Hỗ trợ doanh nghiệp, nhà đầu tư nắm bắt kịp thời quy định pháp luật mới."),
        P("- Nâng cao ý thức chấp hành pháp luật lao động, môi trường, phòng cháy, chữa cháy."),
        P("II. NỘI DUNG THỰC HIỆN", bold=True),
        P("1. Phổ biến pháp luật về đầu tư, doanh nghiệp", bold=True),
        P(
            "- Tổ chức hội nghị phổ biến Luật Đầu tư, Luật Doanh nghiệp sửa đổi cho doanh nghiệp có vốn đầu "
            "tư nước ngoài. Đơn vị chủ trì: Phòng Quản lý đầu tư; phối hợp: Sở Tài chính, các công ty đầu tư "
            "kinh doanh hạ tầng khu công nghiệp; thời gian: Quý II/2026."
        ),
        P(
            "- Giải đáp vướng mắc pháp luật cho nhà đầu tư, doanh nghiệp trong quá trình triển khai dự án. "
            "Đơn vị chủ trì: các phòng chuyên môn thuộc Ban; thời gian: theo đề nghị của doanh nghiệp."
        ),
        P("2. Phổ biến pháp luật về lao động và phòng cháy, chữa cháy", bold=True),
        P(
            "+ Tuyên truyền pháp luật về lao động, hợp đồng lao động, thỏa ước lao động tập thể: Phòng Quản "
            "lý lao động chủ trì, phối hợp với Công đoàn các khu công nghiệp tỉnh thực hiện trong tháng 4 - "
            "6/2026."
        ),
        P(
            "+ Hướng dẫn quy định về phòng cháy, chữa cháy và cứu nạn, cứu hộ tại nhà xưởng: Phòng Quản lý "
            "quy "
            "hoạch và xây dựng chủ trì, phối hợp với Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ "
            "Công an tỉnh thực hiện trong Quý III/2026."
        ),
        P("3. Phổ biến pháp luật về bảo vệ môi trường", bold=True),
        P(
            "- Phổ biến quy định về bảo vệ môi trường, giấy phép môi trường trong khu công nghiệp. Đơn vị "
            "chủ "
            "trì: Phòng Quản lý môi trường; phối hợp: Sở Nông nghiệp và Môi trường; thời gian: tháng 6/2026."
        ),
        P("4. Thông tin pháp luật cho doanh nghiệp", bold=True),
        P(
            "- Cung cấp thông tin pháp luật trên Trang thông tin điện tử của Ban và nhóm Zalo doanh nghiệp. "
            "Đơn vị chủ trì: Văn phòng Ban; phối hợp: các phòng chuyên môn; thời gian: thường xuyên."
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        *_end(
            [
                "Văn phòng Ban là đầu mối theo dõi, đôn đốc; các phòng chuyên môn báo cáo kết quả thực hiện "
                "trước ngày 15/11/2026. Kinh phí thực hiện từ nguồn kinh phí chi thường xuyên của Ban.",
            ],
            ["UBND tỉnh (b/c);", "Sở Tư pháp;", "Các phòng thuộc Ban;"],
            "TRƯỞNG BAN",
            "Nguyễn Đức Hải",
        ),
    ],
    expected=[
        Exp(
            "Tổ chức hội nghị phổ biến Luật Đầu tư",
            ("Phòng Quản lý đầu tư",),
            ("Sở Tài chính", "các công ty đầu tư kinh doanh hạ tầng khu công nghiệp"),
            "2026-06-30",
        ),
        Exp(
            "Giải đáp vướng mắc pháp luật cho nhà đầu tư",
            ("các phòng chuyên môn thuộc Ban",),
            (),
            "2026-12-31",
            on_request=True,
        ),
        Exp(
            "Tuyên truyền pháp luật về lao động, hợp đồng lao động",
            ("Phòng Quản lý lao động",),
            ("Công đoàn các khu công nghiệp tỉnh",),
            "2026-06-30",
        ),
        Exp(
            "Hướng dẫn quy định về phòng cháy, chữa cháy",
            ("Phòng Quản lý quy hoạch và xây dựng",),
            ("Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh",),
            "2026-09-30",
        ),
        Exp(
            "Phổ biến quy định về bảo vệ môi trường",
            ("Phòng Quản lý môi trường",),
            ("Sở Nông nghiệp và Môi trường",),
            "2026-06-30",
        ),
        Exp(
            "Cung cấp thông tin pháp luật trên Trang thông tin",
            ("Văn phòng Ban",),
            ("các phòng chuyên môn",),
            "2026-12-31",
        ),
    ],
)

# ---------------------------------------------------------------- 7. Sở VHTTDL Khánh Hòa
_VH_ROWS = (
    ("STT", "Nội dung", "Đơn vị thực hiện", "", "Thời gian", "Kinh phí"),
    ("", "", "Chủ trì", "Phối hợp", "", ""),
    ("I", "Lĩnh vực văn hóa, gia đình", "", "", "", ""),
    (
        "1",
        "Phổ biến Luật Di sản văn hóa năm 2024 và các nghị định hướng dẫn",
        "Phòng Quản lý di sản văn hóa",
        "Bảo tàng tỉnh",
        "Quý II/2026",
        "Ngân sách Sở",
    ),
    (
        "2",
        "Tuyên truyền Luật Phòng, chống bạo lực gia đình năm 2022",
        "Phòng Gia đình và Thư viện",
        "Hội Liên hiệp Phụ nữ tỉnh; UBND các xã, phường, đặc khu",
        "Tháng 6/2026",
        "Ngân sách Sở",
    ),
    (
        "3",
        "Phổ biến quy định pháp luật về quảng cáo ngoài trời",
        "Phòng Quản lý văn hóa",
        "Sở Xây dựng",
        "Tháng 7 - 9/2026",
        "",
    ),
    (
        "4",
        "Kiểm tra, hướng dẫn thực hiện pháp luật tại các cơ sở kinh doanh karaoke, vũ trường",
        "Phòng Quản lý văn hóa",
        "Công an tỉnh, Thanh tra tỉnh",
        "Thường xuyên",
        "",
    ),
    ("II", "Lĩnh vực thể thao, du lịch", "", "", "", ""),
    (
        "5",
        "Phổ biến Luật Thể dục, thể thao cho các câu lạc bộ, cơ sở kinh doanh dịch vụ thể thao",
        "Phòng Quản lý thể dục thể thao",
        "Trung tâm Huấn luyện và Thi đấu thể thao tỉnh",
        "Quý III/2026",
        "Ngân sách Sở",
    ),
    (
        "6",
        "Tập huấn pháp luật du lịch cho hướng dẫn viên, cơ sở lưu trú",
        "Phòng Quản lý du lịch",
        "Hiệp hội Du lịch tỉnh Khánh Hòa",
        "Tháng 4 - 5/2026",
        "Xã hội hóa",
    ),
    (
        "7",
        "Biên soạn, phát hành tờ gấp pháp luật song ngữ Việt - Anh cho du khách",
        "Trung tâm Thông tin xúc tiến du lịch",
        "Phòng Quản lý du lịch",
        "Quý II/2026",
        "Xã hội hóa",
    ),
)

PLAN_VH_KH = Plan(
    name="set58_vhttdl_khanhhoa",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA",
            "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
            "301/KH-SVHTTDL",
            "Khánh Hòa, ngày 25 tháng 02 năm 2026",
            "Tuyên truyền, phổ biến, giáo dục pháp luật năm 2026",
            "",
        ),
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20/6/2012;"),
        P(
            "Căn cứ Kế hoạch số 1260/KH-UBND ngày 05/02/2026 của UBND tỉnh Khánh Hòa về công tác phổ biến, "
            "giáo dục pháp luật năm 2026;"
        ),
        P("Căn cứ Quyết định số 95/QĐ-BVHTTDL ngày 14/01/2026 của Bộ Văn hóa, Thể thao và Du lịch;"),
        P("Sở Văn hóa, Thể thao và Du lịch ban hành Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "1. Mục đích: Đưa pháp luật về văn hóa, gia đình, thể thao và du lịch đến với người dân, doanh "
            "nghiệp và du khách; góp phần xây dựng môi trường văn hóa, du lịch văn minh."
        ),
        P("2. Yêu cầu: Bám sát nhiệm vụ của ngành; gắn phổ biến pháp luật với quản lý nhà nước tại cơ sở."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        T(_VH_ROWS, widths=(10, 56, 32, 38, 22, 22)),
        P("III. KINH PHÍ", bold=True),
        P("Kinh phí thực hiện từ dự toán ngân sách năm 2026 của Sở và nguồn xã hội hóa hợp pháp."),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        *_end(
            [
                "1. Văn phòng Sở theo dõi, đôn đốc các phòng, đơn vị thực hiện Kế hoạch.",
                "2. Các phòng, đơn vị gửi báo cáo kết quả về Văn phòng Sở trước ngày 10/11/2026.",
            ],
            ["UBND tỉnh (b/c);", "Sở Tư pháp;", "Các phòng, đơn vị thuộc Sở;"],
            "GIÁM ĐỐC",
            "Nguyễn Văn Hòa",
        ),
    ],
    expected=[
        Exp(
            "Phổ biến Luật Di sản văn hóa năm 2024",
            ("Phòng Quản lý di sản văn hóa",),
            ("Bảo tàng tỉnh",),
            "2026-06-30",
        ),
        Exp(
            "Tuyên truyền Luật Phòng, chống bạo lực gia đình",
            ("Phòng Gia đình và Thư viện",),
            ("Hội Liên hiệp Phụ nữ tỉnh", "UBND các xã, phường, đặc khu"),
            "2026-06-30",
        ),
        Exp(
            "Phổ biến quy định pháp luật về quảng cáo",
            ("Phòng Quản lý văn hóa",),
            ("Sở Xây dựng",),
            "2026-09-30",
        ),
        Exp(
            "Kiểm tra, hướng dẫn thực hiện pháp luật tại các cơ sở",
            ("Phòng Quản lý văn hóa",),
            ("Công an tỉnh", "Thanh tra tỉnh"),
            "2026-12-31",
        ),
        Exp(
            "Phổ biến Luật Thể dục, thể thao",
            ("Phòng Quản lý thể dục thể thao",),
            ("Trung tâm Huấn luyện và Thi đấu thể thao tỉnh",),
            "2026-09-30",
        ),
        Exp(
            "Tập huấn pháp luật du lịch cho hướng dẫn viên",
            ("Phòng Quản lý du lịch",),
            ("Hiệp hội Du lịch tỉnh Khánh Hòa",),
            "2026-05-31",
        ),
        Exp(
            "Biên soạn, phát hành tờ gấp pháp luật song ngữ",
            ("Trung tâm Thông tin xúc tiến du lịch",),
            ("Phòng Quản lý du lịch",),
            "2026-06-30",
        ),
    ],
)

# ---------------------------------------------------------------- 8. Sở Công Thương An Giang
PLAN_CT_AG = Plan(
    name="set58_congthuong_angiang",
    blocks=[
        *_header(
            "UBND TỈNH AN GIANG",
            "SỞ CÔNG THƯƠNG",
            "415/KH-SCT",
            "An Giang, ngày 10 tháng 02 năm 2026",
            "Phổ biến, giáo dục pháp luật năm 2026",
            "",
        ),
        P(
            "Căn cứ Kế hoạch số 88/KH-UBND ngày 22/01/2026 của UBND tỉnh An Giang về phổ biến, giáo dục pháp "
            "luật năm 2026; Quyết định số 210/QĐ-BCT ngày 20/01/2026 của Bộ Công Thương ban hành Kế hoạch "
            "phổ "
            "biến, giáo dục pháp luật năm 2026 của Bộ Công Thương;"
        ),
        P("Sở Công Thương xây dựng Kế hoạch thực hiện như sau:"),
        *_purpose(
            [
                "Phổ biến kịp thời pháp luật về công thương đến doanh nghiệp, tiểu thương, người tiêu dùng.",
                "Góp phần phòng ngừa vi phạm pháp luật trong hoạt động sản xuất, kinh doanh.",
                "Nội dung, hình thức phổ biến phù hợp với đặc thù địa bàn biên giới, biển đảo của tỉnh.",
            ]
        ),
        P("II. NHIỆM VỤ", bold=True),
        P("1. Phổ biến Luật Điện lực năm 2024 và các văn bản hướng dẫn thi hành"),
        P(
            "Cơ quan thực hiện: Phòng Quản lý năng lượng; phối hợp: Công ty Điện lực An Giang; thời hạn: "
            "Quý II/2026."
        ),
        P("2. Tuyên truyền pháp luật về thương mại điện tử, bảo vệ quyền lợi người tiêu dùng"),
        P(
            "Cơ quan thực hiện: Phòng Quản lý thương mại; phối hợp: Chi cục Quản lý thị trường, Hội Bảo vệ "
            "người tiêu dùng tỉnh; tiến độ: tháng 3/2026 (hưởng ứng Ngày Quyền của người tiêu dùng Việt Nam)."
        ),
        P("3. Phổ biến quy định về an toàn hóa chất, vật liệu nổ công nghiệp"),
        P(
            "Cơ quan thực hiện: Phòng Kỹ thuật an toàn - Môi trường; phối hợp: các doanh nghiệp sản xuất, "
            "kinh "
            "doanh hóa chất trên địa bàn tỉnh; thời hạn: Quý III/2026."
        ),
        P("4. Phổ biến pháp luật về chống buôn lậu, gian lận thương mại và hàng giả khu vực biên giới"),
        P(
            "Cơ quan thực hiện: Chi cục Quản lý thị trường; phối hợp: Bộ Chỉ huy Bộ đội Biên phòng tỉnh; "
            "Công "
            "an tỉnh và UBND các xã, phường biên giới; thời hạn: tháng 01 - 02/2026 (cao điểm Tết Nguyên "
            "đán)."
        ),
        P("5. Triển khai các văn bản mới về xuất khẩu, nhập khẩu hàng hóa"),
        P(
            "Cơ quan thực hiện: Phòng Quản lý thương mại; thời hạn: khi có văn bản hướng dẫn của Bộ Công "
            "Thương."
        ),
        P("6. Cập nhật tài liệu, văn bản pháp luật vào Tủ sách pháp luật của Sở"),
        P("Cơ quan thực hiện: Văn phòng Sở; thời hạn: hằng tháng."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        *_end(
            [
                "Thủ trưởng các phòng, đơn vị thuộc Sở chủ động triển khai; định kỳ 6 tháng (trước ngày "
                "05/6) "
                "và năm (trước ngày 05/11/2026) báo cáo kết quả về Văn phòng Sở để tổng hợp, báo cáo Sở Tư "
                "pháp.",
            ],
            ["Sở Tư pháp;", "Ban Giám đốc Sở;", "Các phòng, đơn vị thuộc Sở;"],
            "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
            "Trần Minh Khoa",
        ),
    ],
    expected=[
        Exp(
            "Phổ biến Luật Điện lực năm 2024",
            ("Phòng Quản lý năng lượng",),
            ("Công ty Điện lực An Giang",),
            "2026-06-30",
        ),
        Exp(
            "Tuyên truyền pháp luật về thương mại điện tử",
            ("Phòng Quản lý thương mại",),
            ("Chi cục Quản lý thị trường", "Hội Bảo vệ người tiêu dùng tỉnh"),
            "2026-03-31",
        ),
        Exp(
            "Phổ biến quy định về an toàn hóa chất",
            ("Phòng Kỹ thuật an toàn - Môi trường",),
            ("các doanh nghiệp sản xuất, kinh doanh hóa chất trên địa bàn tỉnh",),
            "2026-09-30",
        ),
        Exp(
            "Phổ biến pháp luật về chống buôn lậu",
            ("Chi cục Quản lý thị trường",),
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Công an tỉnh", "UBND các xã, phường biên giới"),
            "2026-02-28",
        ),
        Exp(
            "Triển khai các văn bản mới về xuất khẩu",
            ("Phòng Quản lý thương mại",),
            (),
            "2026-12-31",
            on_request=True,
        ),
        Exp("Cập nhật tài liệu, văn bản pháp luật vào Tủ sách", ("Văn phòng Sở",), (), "2026-12-31"),
    ],
)

# ---------------------------------------------------------------- 9. Sở Tài chính Cần Thơ
PLAN_TC_CT = Plan(
    name="set58_taichinh_cantho",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ",
            "SỞ TÀI CHÍNH",
            "756/KH-STC",
            "Cần Thơ, ngày 18 tháng 02 năm 2026",
            "Công tác phổ biến, giáo dục pháp luật năm 2026",
            "",
        ),
        P(
            "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2025; Kế hoạch số 31/KH-UBND ngày 16/01/2026 "
            "của UBND thành phố Cần Thơ về công tác phổ biến, giáo dục pháp luật năm 2026, Sở Tài chính ban "
            "hành Kế hoạch như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "Phổ biến kịp thời các luật, nghị định mới trong lĩnh vực tài chính, ngân sách, đầu tư, tài sản "
            "công, doanh nghiệp; bảo đảm công chức, viên chức nắm vững và thực thi đúng quy định."
        ),
        P("II. NỘI DUNG THỰC HIỆN", bold=True),
        P("1. Phổ biến Luật Ngân sách nhà nước năm 2025 và các văn bản hướng dẫn", bold=True),
        P(
            "Phòng Quản lý ngân sách chủ trì, phối hợp với Văn phòng Sở tổ chức hội nghị phổ biến cho kế "
            "toán ngân sách các xã, phường. Hoàn thành trong tháng 3/2026."
        ),
        P("2. Phổ biến Luật Quản lý, sử dụng tài sản công (sửa đổi)", bold=True),
        P(
            "Phòng Quản lý giá và công sản có trách nhiệm chủ trì; Phòng Tài chính hành chính sự nghiệp phối "
            "hợp. Thời gian: Quý II/2026."
        ),
        P("3. Hướng dẫn pháp luật về đầu tư công, quyết toán dự án hoàn thành", bold=True),
        P(
            "Phòng Quản lý đầu tư chủ trì, phối hợp với Ban Quản lý dự án đầu tư xây dựng thành phố; Kho bạc "
            "Nhà nước khu vực XX. Tiến độ: Quý III/2026."
        ),
        P("4. Phổ biến pháp luật về doanh nghiệp, hộ kinh doanh", bold=True),
        P(
            "Phòng Đăng ký kinh doanh chủ trì thực hiện. Đề nghị Thuế thành phố Cần Thơ và Hiệp hội Doanh "
            "nghiệp thành phố Cần Thơ phối hợp. Thời gian: từ tháng 5 đến tháng 7/2026."
        ),
        P("5. Đối thoại với doanh nghiệp về thủ tục hành chính lĩnh vực tài chính", bold=True),
        P(
            "Giao Văn phòng Sở chủ trì, phối hợp với các phòng chuyên môn và Trung tâm Phục vụ hành chính "
            "công "
            "thành phố tổ chức. Thời gian: tháng 10/2026."
        ),
        P("6. Phổ biến các văn bản mới về giá, thẩm định giá", bold=True),
        P(
            "Phòng Quản lý giá và công sản chủ trì thực hiện ngay sau khi văn bản quy phạm pháp luật mới "
            "được "
            "ban hành."
        ),
        P("7. Tự kiểm tra việc thực hiện công tác phổ biến, giáo dục pháp luật tại Sở", bold=True),
        P("Văn phòng Sở chủ trì; các phòng, đơn vị thuộc Sở phối hợp; hoàn thành trước ngày 30/11/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        *_end(
            [
                "1. Trưởng các phòng, Thủ trưởng đơn vị thuộc Sở chịu trách nhiệm triển khai nhiệm vụ được "
                "giao.",
                "2. Văn phòng Sở tổng hợp kết quả, tham mưu báo cáo UBND thành phố (qua Sở Tư pháp) trước "
                "ngày "
                "15/12/2026.",
            ],
            ["UBND thành phố (b/c);", "Sở Tư pháp;", "Các phòng, đơn vị thuộc Sở;"],
            "GIÁM ĐỐC",
            "Trương Thanh Phong",
        ),
    ],
    expected=[
        Exp(
            "Phổ biến Luật Ngân sách nhà nước năm 2025",
            ("Phòng Quản lý ngân sách",),
            ("Văn phòng Sở",),
            "2026-03-31",
        ),
        Exp(
            "Phổ biến Luật Quản lý, sử dụng tài sản công",
            ("Phòng Quản lý giá và công sản",),
            ("Phòng Tài chính hành chính sự nghiệp",),
            "2026-06-30",
        ),
        Exp(
            "Hướng dẫn pháp luật về đầu tư công",
            ("Phòng Quản lý đầu tư",),
            ("Ban Quản lý dự án đầu tư xây dựng thành phố", "Kho bạc Nhà nước khu vực XX"),
            "2026-09-30",
        ),
        Exp(
            "Phổ biến pháp luật về doanh nghiệp, hộ kinh doanh",
            ("Phòng Đăng ký kinh doanh",),
            ("Thuế thành phố Cần Thơ", "Hiệp hội Doanh nghiệp thành phố Cần Thơ"),
            "2026-07-31",
        ),
        Exp(
            "Đối thoại với doanh nghiệp về thủ tục hành chính",
            ("Văn phòng Sở",),
            ("các phòng chuyên môn", "Trung tâm Phục vụ hành chính công thành phố"),
            "2026-10-31",
        ),
        Exp(
            "Phổ biến các văn bản mới về giá",
            ("Phòng Quản lý giá và công sản",),
            (),
            "2026-12-31",
            on_request=True,
        ),
        Exp(
            "Tự kiểm tra việc thực hiện công tác phổ biến",
            ("Văn phòng Sở",),
            ("các phòng, đơn vị thuộc Sở",),
            "2026-11-30",
        ),
    ],
)

# ---------------------------------------------------------------- 10. Sở DT&TG Cao Bằng (năm 2027)
_DT_ROWS = (
    ("STT", "Nhiệm vụ", "Thời gian hoàn thành", "Cơ quan chủ trì", "Cơ quan phối hợp", "Ghi chú"),
    (
        "1",
        "Phổ biến chính sách dân tộc thuộc Chương trình mục tiêu quốc gia giai đoạn 2026 - 2030",
        "Quý I/2027",
        "Phòng Chính sách dân tộc",
        "UBND các xã có đông đồng bào dân tộc thiểu số",
        "",
    ),
    (
        "2",
        "Bồi dưỡng kiến thức pháp luật cho người có uy tín trong đồng bào dân tộc thiểu số",
        "Tháng 4 - 6/2027",
        "Văn phòng Sở",
        "Sở Tư pháp; Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
        "02 lớp",
    ),
    (
        "3",
        "Phổ biến Luật Tín ngưỡng, tôn giáo cho chức sắc, chức việc, nhà tu hành",
        "Quý II/2027",
        "Phòng Quản lý tôn giáo",
        "Công an tỉnh",
        "",
    ),
    (
        "4",
        "Tuyên truyền phòng, chống tảo hôn và hôn nhân cận huyết thống",
        "Quý III/2027",
        "Phòng Chính sách dân tộc",
        "Hội Liên hiệp Phụ nữ tỉnh, Tỉnh đoàn Cao Bằng",
        "Lồng ghép Đề án 498",
    ),
    (
        "5",
        "Trợ giúp pháp lý cho đồng bào dân tộc thiểu số ở vùng đặc biệt khó khăn",
        "Thường xuyên",
        "Trung tâm Trợ giúp pháp lý nhà nước tỉnh",
        "Sở Dân tộc và Tôn giáo",
        "Đề nghị phối hợp",
    ),
    (
        "6",
        "Phổ biến pháp luật về biên giới quốc gia cho đồng bào khu vực biên giới",
        "Năm 2027",
        "Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
        "UBND các xã biên giới; Phòng Chính sách dân tộc",
        "Đề nghị phối hợp",
    ),
    (
        "7",
        "Tổng kết công tác phổ biến, giáo dục pháp luật năm 2027",
        "Trước ngày 05/12/2027",
        "Văn phòng Sở",
        "Các phòng thuộc Sở",
        "",
    ),
)

PLAN_DTTG_CB = Plan(
    name="set58_dttg_caobang",
    blocks=[
        *_header(
            "UBND TỈNH CAO BẰNG",
            "SỞ DÂN TỘC VÀ TÔN GIÁO",
            "197/KH-SDTTG",
            "Cao Bằng, ngày 22 tháng 12 năm 2026",
            "Phổ biến, giáo dục pháp luật vùng đồng bào dân tộc thiểu số",
            "và trong lĩnh vực tín ngưỡng, tôn giáo năm 2027",
        ),
        P("Căn cứ Luật Tín ngưỡng, tôn giáo ngày 18 tháng 11 năm 2016;"),
        P(
            "Căn cứ Quyết định số 1898/QĐ-TTg ngày 28/11/2017 của Thủ tướng Chính phủ phê duyệt Đề án Hỗ trợ "
            "hoạt động phổ biến, giáo dục pháp luật và tuyên truyền, vận động đồng bào vùng dân tộc thiểu số;"
        ),
        P(
            "Căn cứ Chương trình công tác năm 2027 của UBND tỉnh Cao Bằng, Sở Dân tộc và Tôn giáo xây dựng "
            "Kế "
            "hoạch như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "- Nâng cao hiểu biết pháp luật, ý thức chấp hành pháp luật của đồng bào dân tộc thiểu số, chức "
            "sắc, chức việc, tín đồ các tôn giáo; góp phần giữ vững an ninh chính trị, trật tự an toàn xã "
            "hội."
        ),
        P("- Sử dụng tiếng dân tộc (Tày, Nùng, Mông) khi cần thiết; nội dung ngắn gọn, dễ hiểu."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        T(_DT_ROWS, widths=(10, 56, 24, 34, 38, 20)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        *_end(
            [
                "1. Các phòng, đơn vị thuộc Sở căn cứ nhiệm vụ được giao chủ động triển khai thực hiện.",
                "2. Đề nghị các cơ quan, đơn vị phối hợp thực hiện Kế hoạch; gửi kết quả về Sở Dân tộc và "
                "Tôn "
                "giáo trước ngày 20/11/2027 để tổng hợp.",
            ],
            ["UBND tỉnh (b/c);", "Sở Tư pháp;", "Các cơ quan phối hợp;"],
            "GIÁM ĐỐC",
            "Nông Thanh Tùng",
        ),
    ],
    expected=[
        Exp(
            "Phổ biến chính sách dân tộc thuộc Chương trình",
            ("Phòng Chính sách dân tộc",),
            ("UBND các xã có đông đồng bào dân tộc thiểu số",),
            "2027-03-31",
        ),
        Exp(
            "Bồi dưỡng kiến thức pháp luật cho người có uy tín",
            ("Văn phòng Sở",),
            ("Sở Tư pháp", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
            "2027-06-30",
        ),
        Exp(
            "Phổ biến Luật Tín ngưỡng, tôn giáo", ("Phòng Quản lý tôn giáo",), ("Công an tỉnh",), "2027-06-30"
        ),
        Exp(
            "Tuyên truyền phòng, chống tảo hôn",
            ("Phòng Chính sách dân tộc",),
            ("Hội Liên hiệp Phụ nữ tỉnh", "Tỉnh đoàn Cao Bằng"),
            "2027-09-30",
        ),
        Exp(
            "Trợ giúp pháp lý cho đồng bào dân tộc thiểu số",
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh",),
            ("Sở Dân tộc và Tôn giáo",),
            "2027-12-31",
        ),
        Exp(
            "Phổ biến pháp luật về biên giới quốc gia",
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh",),
            ("UBND các xã biên giới", "Phòng Chính sách dân tộc"),
            "2027-12-31",
        ),
        Exp(
            "Tổng kết công tác phổ biến, giáo dục pháp luật năm 2027",
            ("Văn phòng Sở",),
            ("Các phòng thuộc Sở",),
            "2027-12-05",
        ),
    ],
)

PLANS: list[Plan] = [
    PLAN_TP_TN,
    PLAN_YT_HP,
    PLAN_NNMT_LD,
    PLAN_GD_NA,
    PLAN_NV_QT,
    PLAN_KCN_BN,
    PLAN_VH_KH,
    PLAN_CT_AG,
    PLAN_TC_CT,
    PLAN_DTTG_CB,
]
