"""Held-out evaluation set 10: ten plans of Central and Highlands agencies, answers written by hand.

Plans (all dated 2026 unless noted), with their layout features:

1. PLAN_YOUTH (Tỉnh Đoàn Gia Lai): bold "1." group headings, non-bold "a)" items with prose
   "Giao X chủ trì, phối hợp với Y"; "Đề nghị Ban Thường vụ Đoàn ..."; numbered items with their own
   assignment paragraph; month range, quarter list, event-triggered ("khi có đề nghị của ...").
2. PLAN_WOMEN (Hội LHPN tỉnh Đắk Lắk): tasks in a 6-column table (STT | Nội dung hoạt động | Đơn vị
   chủ trì | Đơn vị phối hợp | Thời gian thực hiện | Ghi chú) with roman group rows, coord cells with
   line breaks and ";", quarter list, month ranges, "Khi có văn bản đề nghị ..." (event-triggered).
3. PLAN_VETERANS (Hội Cựu chiến binh tỉnh Quảng Trị): bold "1." groups, non-bold "1.1." items with
   "- Chủ trì thực hiện:" / "- Phối hợp:" / "- Thời gian:" on own lines, one item with the labels inline in
   one paragraph; generic groups "Hội Cựu chiến binh các xã, phường, đặc khu"; a bold numbered item
   with "X chủ trì ...; Y và Z phối hợp"; event-triggered ("sau khi ... được ban hành").
4. PLAN_FRONT (Ủy ban MTTQ Việt Nam tỉnh Nghệ An): roman sections, non-bold "1." items, some with the
   heading sentence running into the body; "X chủ trì; Y, Z và các đơn vị có liên quan phối hợp"; items
   with two blocks ("a)"/"b)" and "-") incl. "Đề nghị ..."; unit names with commas and dashes; "khi có
   đề nghị của ..." (event-triggered).
5. PLAN_STEERING (Ban Chỉ đạo phòng, chống tội phạm ... tỉnh Khánh Hòa): "Nhiệm vụ chung" prose, then
   "Nhiệm vụ cụ thể" with non-bold "2.1." items, each with "Nội dung:", "Cơ quan thực hiện:" (lead and
   sometimes "chủ trì, phối hợp với ..."), optional "Cơ quan phối hợp:", "Thời gian thực hiện:" on their
   own lines; quarter range, month range, two dates, event-triggered ("Sau khi Bộ Công an ban hành ...").
6. PLAN_COUNCIL (Hội đồng phối hợp PBGDPL tỉnh Quảng Ngãi, national digital-transformation programme):
   table with a 2-row header (TT | Nhiệm vụ | Cơ quan thực hiện: Chủ trì / Phối hợp | Thời gian hoàn thành
   | Sản phẩm), letter group rows "A"/"B"/"C", a coord list mixing a name with a comma and a plain comma
   list, quarter list, month ranges, "trước ngày ...", "Khi Bộ Tư pháp có hướng dẫn ..." (event-triggered).
7. PLAN_OFFICE (Văn phòng UBND tỉnh Hà Tĩnh, plan for 2027 issued 12/2026): bold "1." groups, "-" items
   with the assignment after the content in the same paragraph, "+" lines for unit and time, an item with
   two "-" blocks each with its own lead; "X chủ trì; Y, Z phối hợp"; "theo đề nghị của ..." and
   "kể từ ngày ký ban hành" (event-triggered); quarter list; all deadlines in 2027.
8. PLAN_JUSTICE (Sở Tư pháp thành phố Huế, Ngày Pháp luật 2026): bold "1." groups and bold "1.1."
   items; "- Đơn vị chủ trì:" / "- Đơn vị phối hợp:" / "- Thời hạn:" on own lines, one item with the labels
   inline in one paragraph; "X có trách nhiệm chủ trì, phối hợp với ..."; "Đề nghị UBND các xã, phường";
   unit names with commas; date range, month range, "khi nhận được ..." (event-triggered).
9. PLAN_HEALTH (Sở Y tế thành phố Đà Nẵng): bold "1." items that hold two "-" blocks each with its own
   lead ("Giao X chủ trì, phối hợp với Y", "X có trách nhiệm ...; phối hợp với ..."), a non-bold item
   whose heading runs into the assignment, "X thực hiện; Y phối hợp"; date range inside parentheses,
   quarter list, "ngay sau khi văn bản được ban hành" (event-triggered).
10. PLAN_COMMUNE (UBND xã Lạc Dương, Lâm Đồng): roman sections, non-bold "1." items and one bold group
   with "a)"/"b)" items; persons as units ("Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội", "Công chức
   Tư pháp - Hộ tịch", "Trưởng các thôn", "Tổ trưởng tổ hòa giải các thôn"); an item with two "-" blocks,
   one of them with two lead units joined by "và"; list of months, month range in parentheses,
   "khi Sở Tư pháp có kế hoạch ..." (event-triggered).
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T

__all__ = ["PLANS", "Exp", "P", "Plan", "T"]


def _hdr(upper: str, agency: str, number: str, place_date: str, *title: str) -> list[P | T]:
    out: list[P | T] = []
    if upper:
        out.append(P(upper, center=True))
    out += [
        P(agency, bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True),
        P("Độc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P(f"Số: {number}", center=True),
        P(place_date, center=True),
        P("KẾ HOẠCH", bold=True, center=True),
    ]
    out += [P(line, bold=True, center=True) for line in title]
    return out


def _end(recipients: list[str], role: str, name: str, pre: str = "") -> list[P | T]:
    out: list[P | T] = [P("Nơi nhận:", bold=True)]
    out += [P(f"- {r}") for r in recipients]
    out += [P("- Lưu: VT.")]
    if pre:
        out.append(P(pre, bold=True, center=True))
    out += [P(role, bold=True, center=True), P("(Đã ký)", center=True), P(name, bold=True, center=True)]
    return out


# ---------------------------------------------------------------- 1. Tỉnh Đoàn Gia Lai
PLAN_YOUTH = Plan(
    name="tinh_doan_gia_lai",
    blocks=[
        *_hdr(
            "BAN CHẤP HÀNH ĐOÀN TNCS HỒ CHÍ MINH",
            "TỈNH GIA LAI",
            "45-KH/TĐTN-TG",
            "Gia Lai, ngày 12 tháng 02 năm 2026",
            "về tuyên truyền, phổ biến, giáo dục pháp luật",
            "trong đoàn viên, thanh thiếu nhi năm 2026",
        ),
        P(
            "Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012; Căn cứ Quyết định số 1521/QĐ-TTg ngày "
            "06/12/2022 của Thủ tướng Chính phủ ban hành Kế hoạch thực hiện Kết luận số 80-KL/TW ngày "
            "20/6/2020 của Ban Bí thư; Căn cứ Kế hoạch số 15/KH-UBND ngày 20/01/2026 của UBND tỉnh về "
            "công tác phổ biến, giáo dục pháp luật năm 2026; Căn cứ Chương trình công tác Đoàn và phong "
            "trào thanh thiếu nhi năm 2026, Ban Thường vụ Tỉnh Đoàn xây dựng Kế hoạch như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "1. Nâng cao nhận thức, ý thức chấp hành pháp luật của đoàn viên, thanh thiếu nhi; phát huy "
            "vai trò xung kích của tổ chức Đoàn trong xây dựng văn hóa tuân thủ pháp luật."
        ),
        P(
            "2. Các hoạt động được triển khai thiết thực, phù hợp với từng đối tượng, địa bàn, nhất là "
            "thanh niên vùng đồng bào dân tộc thiểu số, thanh niên công nhân; tránh hình thức, lãng phí."
        ),
        P("II. NỘI DUNG VÀ GIẢI PHÁP", bold=True),
        P("1. Đổi mới hình thức tuyên truyền, phổ biến pháp luật trên môi trường số", bold=True),
        P(
            "a) Duy trì và nâng cao chất lượng chuyên mục “Thanh niên với pháp luật” trên Trang thông "
            "tin điện tử và Fanpage Tỉnh Đoàn, bảo đảm mỗi tháng ít nhất 02 tin, bài, video ngắn. Giao Ban "
            "Tuyên giáo và Đoàn kết tập hợp thanh niên Tỉnh Đoàn chủ trì, phối hợp với Văn phòng Tỉnh Đoàn "
            "và Đoàn Thanh niên Công an tỉnh thực hiện. Thời gian: hằng tháng."
        ),
        P(
            "b) Tổ chức Cuộc thi trực tuyến tìm hiểu pháp luật về trật tự, an toàn giao thông và phòng, "
            "chống ma túy dành cho đoàn viên, thanh niên. Giao Ban Tuyên giáo và Đoàn kết tập hợp thanh "
            "niên Tỉnh Đoàn chủ trì, phối hợp với Hội đồng Đội tỉnh, Đoàn Thanh niên Công an tỉnh, Đoàn "
            "Thanh niên Bộ Chỉ huy Quân sự tỉnh tổ chức. Thời gian: từ tháng 5 đến tháng 7/2026."
        ),
        P("2. Tuyên truyền, giáo dục pháp luật tại cơ sở và trong trường học", bold=True),
        P(
            "a) Tổ chức sinh hoạt chuyên đề “Học sinh với pháp luật” tại các trường trung học phổ thông, "
            "trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên. Giao Hội đồng Đội tỉnh chủ trì, phối "
            "hợp với Sở Giáo dục và Đào tạo, Đoàn trường các trường trung học phổ thông trên địa bàn tỉnh "
            "thực hiện trong Quý I và Quý IV năm 2026."
        ),
        P(
            "b) Phối hợp tổ chức phiên tòa giả định về các vụ án có người phạm tội là người chưa thành "
            "niên. Giao Đoàn Thanh niên Công an tỉnh chủ trì, phối hợp với Tòa án nhân dân khu vực 1 - Gia "
            "Lai và Đoàn các xã, phường có liên quan thực hiện khi có đề nghị của Ban Thường vụ Đoàn các "
            "xã, phường."
        ),
        P(
            "c) Lồng ghép nội dung tuyên truyền pháp luật vào sinh hoạt chi đoàn, sinh hoạt hè và các "
            "hoạt động tình nguyện. Đề nghị Ban Thường vụ Đoàn các xã, phường chủ động thực hiện thường "
            "xuyên, gắn với Chương trình “Mỗi tháng một chuyên đề pháp luật”."
        ),
        P("3. Tư vấn, hỗ trợ pháp lý cho thanh niên công nhân, thanh niên dân tộc thiểu số", bold=True),
        P(
            "Giao Trung tâm Hoạt động thanh thiếu nhi tỉnh chủ trì, phối hợp với Trung tâm Trợ giúp pháp "
            "lý nhà nước tỉnh Gia Lai, Đoàn Thanh niên các khu công nghiệp tổ chức ít nhất 04 buổi tư vấn "
            "pháp luật lưu động tại các xã vùng sâu, vùng xa và khu nhà trọ công nhân. Thời gian: Quý II, "
            "III/2026."
        ),
        P("4. Tổng hợp, báo cáo kết quả thực hiện Kế hoạch", bold=True),
        P(
            "Văn phòng Tỉnh Đoàn chủ trì tổng hợp, tham mưu Ban Thường vụ Tỉnh Đoàn báo cáo kết quả công "
            "tác phổ biến, giáo dục pháp luật năm 2026 gửi Sở Tư pháp trước ngày 05/12/2026."
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "1. Các ban, đơn vị Tỉnh Đoàn căn cứ chức năng, nhiệm vụ được giao chủ động triển khai Kế "
            "hoạch; kinh phí thực hiện từ nguồn ngân sách chi thường xuyên năm 2026 của Tỉnh Đoàn."
        ),
        P(
            "2. Ban Thường vụ Đoàn các xã, phường, Đoàn trực thuộc báo cáo kết quả 6 tháng trước ngày "
            "10/6/2026 và báo cáo năm trước ngày 25/11/2026 về Tỉnh Đoàn (qua Ban Tuyên giáo và Đoàn kết "
            "tập hợp thanh niên) để tổng hợp."
        ),
        *_end(
            ["Trung ương Đoàn (b/c);", "Thường trực Tỉnh ủy (b/c);", "Sở Tư pháp;",
             "Các ban, đơn vị Tỉnh Đoàn;", "Các cơ sở Đoàn trực thuộc;"],
            "PHÓ BÍ THƯ",
            "Rơ Châm H'Nhung",
            pre="TM. BAN THƯỜNG VỤ TỈNH ĐOÀN",
        ),
    ],
    expected=[
        Exp("Duy trì và nâng cao chất lượng chuyên mục",
            ("Ban Tuyên giáo và Đoàn kết tập hợp thanh niên Tỉnh Đoàn",),
            ("Văn phòng Tỉnh Đoàn", "Đoàn Thanh niên Công an tỉnh"), "2026-12-31"),
        Exp("Tổ chức Cuộc thi trực tuyến tìm hiểu pháp luật",
            ("Ban Tuyên giáo và Đoàn kết tập hợp thanh niên Tỉnh Đoàn",),
            ("Hội đồng Đội tỉnh", "Đoàn Thanh niên Công an tỉnh", "Đoàn Thanh niên Bộ Chỉ huy Quân sự tỉnh"),
            "2026-07-31"),
        Exp("Tổ chức sinh hoạt chuyên đề", ("Hội đồng Đội tỉnh",),
            ("Sở Giáo dục và Đào tạo", "Đoàn trường các trường trung học phổ thông trên địa bàn tỉnh"),
            "2026-12-31"),
        Exp("Phối hợp tổ chức phiên tòa giả định", ("Đoàn Thanh niên Công an tỉnh",),
            ("Tòa án nhân dân khu vực 1 - Gia Lai", "Đoàn các xã, phường có liên quan"),
            "2026-12-31", on_request=True),
        Exp("Lồng ghép nội dung tuyên truyền pháp luật vào sinh hoạt chi đoàn",
            ("Ban Thường vụ Đoàn các xã, phường",), (), "2026-12-31"),
        Exp("Tư vấn, hỗ trợ pháp lý cho thanh niên công nhân", ("Trung tâm Hoạt động thanh thiếu nhi tỉnh",),
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh Gia Lai", "Đoàn Thanh niên các khu công nghiệp"),
            "2026-09-30"),
        Exp("Tổng hợp, báo cáo kết quả thực hiện Kế hoạch", ("Văn phòng Tỉnh Đoàn",), (), "2026-12-05"),
    ],
)


# ---------------------------------------------------------------- 2. Hội LHPN tỉnh Đắk Lắk
PLAN_WOMEN = Plan(
    name="hoi_phu_nu_dak_lak",
    blocks=[
        *_hdr(
            "ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK LẮK",
            "HỘI LHPN TỈNH ĐẮK LẮK",
            "12/KH-HPN",
            "Đắk Lắk, ngày 03 tháng 3 năm 2026",
            "Tuyên truyền, phổ biến, giáo dục pháp luật cho hội viên, phụ nữ năm 2026",
        ),
        P(
            "Thực hiện Kế hoạch số 07/KH-HĐPH ngày 26/01/2026 của Hội đồng phối hợp phổ biến, giáo dục "
            "pháp luật tỉnh về công tác phổ biến, giáo dục pháp luật năm 2026; Chương trình phối hợp số "
            "03/CTPH-HPN-STP ngày 15/4/2025 giữa Hội LHPN tỉnh và Sở Tư pháp, Ban Thường vụ Hội LHPN tỉnh "
            "ban hành Kế hoạch tuyên truyền, phổ biến, giáo dục pháp luật cho hội viên, phụ nữ năm 2026, "
            "cụ thể như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "- Trang bị kiến thức pháp luật thiết thực cho hội viên, phụ nữ, nhất là phụ nữ vùng đồng bào "
            "dân tộc thiểu số, phụ nữ yếu thế; góp phần phòng ngừa bạo lực gia đình, mua bán người, tảo "
            "hôn và hôn nhân cận huyết thống."
        ),
        P(
            "- Các hoạt động được tổ chức theo hướng lồng ghép, sát nhu cầu; phân công rõ đơn vị chủ trì, "
            "đơn vị phối hợp, thời gian thực hiện."
        ),
        P("II. NỘI DUNG, NHIỆM VỤ CỤ THỂ", bold=True),
        T(
            (
                ("STT", "Nội dung hoạt động", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện",
                 "Ghi chú"),
                ("I", "Tuyên truyền, phổ biến pháp luật cho hội viên, phụ nữ", "", "", "", ""),
                ("1", "Tuyên truyền Luật Phòng, chống bạo lực gia đình năm 2022 và các văn bản hướng dẫn "
                 "thi hành qua sinh hoạt chi hội, tổ phụ nữ", "Ban Gia đình - Xã hội",
                 "Hội LHPN các xã, phường;\nCông an tỉnh", "Quý I, II/2026", ""),
                ("2", "Biên soạn, phát hành tờ gấp song ngữ Việt - Ê Đê về phòng, chống mua bán người",
                 "Ban Tuyên giáo - Chính sách luật pháp",
                 "Sở Dân tộc và Tôn giáo; Báo và Phát thanh, Truyền hình Đắk Lắk", "Tháng 3 - 4/2026",
                 "5.000 tờ"),
                ("3", "Tổ chức Hội thi tìm hiểu pháp luật về hôn nhân và gia đình cấp tỉnh năm 2026",
                 "Ban Tuyên giáo - Chính sách luật pháp",
                 "Sở Tư pháp, Sở Văn hóa, Thể thao và Du lịch và Hội LHPN các xã, phường", "Tháng 10/2026",
                 "Chào mừng ngày 20/10"),
                ("II", "Tư vấn, trợ giúp pháp lý và hòa giải ở cơ sở", "", "", "", ""),
                ("4", "Duy trì hoạt động của các mô hình Địa chỉ tin cậy, Câu lạc bộ Phụ nữ với pháp luật "
                 "tại cộng đồng", "Hội LHPN các xã, phường",
                 "Công an xã, phường;\nỦy ban MTTQ Việt Nam các xã, phường", "Thường xuyên", ""),
                ("5", "Phối hợp tổ chức trợ giúp pháp lý lưu động cho phụ nữ dân tộc thiểu số, phụ nữ "
                 "khuyết tật", "Ban Gia đình - Xã hội", "Trung tâm Trợ giúp pháp lý nhà nước tỉnh",
                 "Khi có văn bản đề nghị phối hợp của Trung tâm Trợ giúp pháp lý nhà nước tỉnh", ""),
                ("6", "Bồi dưỡng kỹ năng hòa giải ở cơ sở cho chi hội trưởng phụ nữ",
                 "Ban Tuyên giáo - Chính sách luật pháp", "Sở Tư pháp", "Tháng 6 - 8/2026",
                 "02 lớp"),
                ("III", "Kiểm tra, sơ kết, tổng kết", "", "", "", ""),
                ("7", "Kiểm tra, giám sát việc triển khai công tác tuyên truyền pháp luật tại cơ sở",
                 "Thường trực Hội LHPN tỉnh", "Văn phòng; các ban chuyên môn", "Quý III/2026", ""),
                ("8", "Tổng hợp, báo cáo kết quả công tác phổ biến, giáo dục pháp luật năm 2026",
                 "Văn phòng", "Các ban chuyên môn", "Trước ngày 30/11/2026", ""),
            ),
            widths=(8, 52, 30, 36, 26, 18),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "1. Các ban chuyên môn, Văn phòng Hội LHPN tỉnh theo nhiệm vụ được phân công chủ động xây "
            "dựng kế hoạch chi tiết, dự trù kinh phí trình Thường trực phê duyệt."
        ),
        P(
            "2. Hội LHPN các xã, phường căn cứ Kế hoạch, xây dựng kế hoạch thực hiện phù hợp với điều "
            "kiện địa phương; báo cáo kết quả về Hội LHPN tỉnh (qua Ban Tuyên giáo - Chính sách luật "
            "pháp) trước ngày 20/11/2026."
        ),
        *_end(
            ["Trung ương Hội LHPN Việt Nam (b/c);", "Ủy ban MTTQ Việt Nam tỉnh (b/c);", "Sở Tư pháp;",
             "Hội LHPN các xã, phường;"],
            "CHỦ TỊCH",
            "H Ngọc Niê Kdăm",
            pre="TM. BAN THƯỜNG VỤ",
        ),
    ],
    expected=[
        Exp("Tuyên truyền Luật Phòng, chống bạo lực gia đình", ("Ban Gia đình - Xã hội",),
            ("Hội LHPN các xã, phường", "Công an tỉnh"), "2026-06-30"),
        Exp("Biên soạn, phát hành tờ gấp song ngữ", ("Ban Tuyên giáo - Chính sách luật pháp",),
            ("Sở Dân tộc và Tôn giáo", "Báo và Phát thanh, Truyền hình Đắk Lắk"), "2026-04-30"),
        Exp("Tổ chức Hội thi tìm hiểu pháp luật về hôn nhân", ("Ban Tuyên giáo - Chính sách luật pháp",),
            ("Sở Tư pháp", "Sở Văn hóa, Thể thao và Du lịch", "Hội LHPN các xã, phường"), "2026-10-31"),
        Exp("Duy trì hoạt động của các mô hình Địa chỉ tin cậy", ("Hội LHPN các xã, phường",),
            ("Công an xã, phường", "Ủy ban MTTQ Việt Nam các xã, phường"), "2026-12-31"),
        Exp("Phối hợp tổ chức trợ giúp pháp lý lưu động", ("Ban Gia đình - Xã hội",),
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh",), "2026-12-31", on_request=True),
        Exp("Bồi dưỡng kỹ năng hòa giải ở cơ sở", ("Ban Tuyên giáo - Chính sách luật pháp",),
            ("Sở Tư pháp",), "2026-08-31"),
        Exp("Kiểm tra, giám sát việc triển khai công tác", ("Thường trực Hội LHPN tỉnh",),
            ("Văn phòng", "các ban chuyên môn"), "2026-09-30"),
        Exp("Tổng hợp, báo cáo kết quả công tác", ("Văn phòng",), ("Các ban chuyên môn",), "2026-11-30"),
    ],
)


# ---------------------------------------------------------------- 3. Hội Cựu chiến binh tỉnh Quảng Trị
PLAN_VETERANS = Plan(
    name="hoi_ccb_quang_tri",
    blocks=[
        *_hdr(
            "HỘI CỰU CHIẾN BINH VIỆT NAM",
            "HỘI CCB TỈNH QUẢNG TRỊ",
            "08/KH-CCB",
            "Quảng Trị, ngày 27 tháng 02 năm 2026",
            "Công tác phổ biến, giáo dục pháp luật trong hội viên cựu chiến binh năm 2026",
        ),
        P(
            "Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20/6/2012; Chỉ thị số 32-CT/TW ngày "
            "09/12/2003 của Ban Bí thư Trung ương Đảng; Hướng dẫn số 05/HD-CCB ngày 10/01/2026 của Trung "
            "ương Hội Cựu chiến binh Việt Nam; Kế hoạch số 21/KH-UBND ngày 23/01/2026 của UBND tỉnh Quảng "
            "Trị về phổ biến, giáo dục pháp luật năm 2026, Thường trực Hội Cựu chiến binh tỉnh xây dựng Kế "
            "hoạch với những nội dung sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "Nâng cao hiểu biết pháp luật, ý thức gương mẫu chấp hành pháp luật của cán bộ, hội viên; phát "
            "huy vai trò cựu chiến binh trong hòa giải ở cơ sở, giữ gìn an ninh trật tự, bảo vệ chủ quyền "
            "biển, đảo. Việc triển khai phải thiết thực, gắn với phong trào “Cựu chiến binh gương mẫu”."
        ),
        P("II. NỘI DUNG TRỌNG TÂM", bold=True),
        P("1. Công tác tuyên truyền, phổ biến pháp luật", bold=True),
        P(
            "1.1. Quán triệt, phổ biến các luật, nghị quyết mới của Quốc hội có liên quan trực tiếp đến "
            "hội viên, nhất là pháp luật về đất đai, phòng, chống tham nhũng, chính sách đối với người có "
            "công với cách mạng."
        ),
        P("- Chủ trì thực hiện: Ban Tuyên huấn Hội Cựu chiến binh tỉnh."),
        P("- Phối hợp: Văn phòng Hội; Hội Cựu chiến binh các xã, phường, đặc khu."),
        P(
            "- Thời gian: sau khi các luật, nghị quyết được ban hành và có văn bản hướng dẫn của "
            "Trung ương Hội."
        ),
        P(
            "1.2. Cung cấp tài liệu, sách pháp luật cho các Câu lạc bộ “Cựu chiến binh với pháp luật”. "
            "Chủ trì thực hiện: Văn phòng Hội Cựu chiến binh tỉnh; phối hợp: Sở Tư pháp, Trung tâm Trợ giúp "
            "pháp lý nhà nước tỉnh Quảng Trị; thời gian: 6 tháng đầu năm 2026."
        ),
        P(
            "1.3. Xây dựng chuyên mục phát thanh, truyền hình về gương cựu chiến binh chấp hành tốt "
            "pháp luật."
        ),
        P("- Chủ trì thực hiện: Ban Tuyên huấn Hội Cựu chiến binh tỉnh."),
        P("- Phối hợp: Báo và Phát thanh, Truyền hình Quảng Trị."),
        P("- Thời gian: hằng quý."),
        P("2. Tham gia hòa giải ở cơ sở, bảo đảm an ninh trật tự, bảo vệ chủ quyền biển, đảo", bold=True),
        P(
            "2.1. Vận động hội viên tham gia tổ hòa giải, tổ bảo vệ an ninh, trật tự ở cơ sở; kịp thời "
            "nắm bắt, hòa giải các mâu thuẫn, tranh chấp trong cộng đồng dân cư."
        ),
        P("- Chủ trì thực hiện: Hội Cựu chiến binh các xã, phường, đặc khu."),
        P("- Phối hợp: Công an xã, phường, đặc khu; Ban công tác Mặt trận ở thôn, tổ dân phố."),
        P("- Thời gian: thường xuyên."),
        P(
            "2.2. Tổ chức tọa đàm về vai trò của cựu chiến binh trong giải quyết tranh chấp đất đai, khiếu "
            "nại kéo dài ở cơ sở."
        ),
        P("- Chủ trì thực hiện: Ban Tổ chức - Kiểm tra Hội Cựu chiến binh tỉnh."),
        P(
            "- Phối hợp: Sở Nông nghiệp và Môi trường, Sở Tư pháp và Hội Cựu chiến binh các xã, phường, "
            "đặc khu."
        ),
        P("- Thời gian: tháng 7/2026 (dịp kỷ niệm Ngày Thương binh - Liệt sĩ 27/7)."),
        P("2.3. Tuyên truyền pháp luật về biển, đảo, chống khai thác hải sản bất hợp pháp cho ngư dân."),
        P("- Chủ trì thực hiện: Hội Cựu chiến binh đặc khu Cồn Cỏ."),
        P("- Phối hợp: Bộ Chỉ huy Bộ đội Biên phòng tỉnh."),
        P("- Thời gian: từ tháng 4 đến tháng 6/2026."),
        P("3. Kiểm tra, sơ kết việc thực hiện Kế hoạch", bold=True),
        P(
            "Thường trực Hội Cựu chiến binh tỉnh chủ trì kiểm tra việc thực hiện Kế hoạch tại một số cơ "
            "sở Hội; Văn phòng Hội và các ban chuyên môn phối hợp. Thời gian: Quý IV/2026."
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "Các ban, Văn phòng Hội Cựu chiến binh tỉnh; Hội Cựu chiến binh các xã, phường, đặc khu căn "
            "cứ Kế hoạch này triển khai thực hiện; báo cáo kết quả về Thường trực Hội Cựu chiến binh tỉnh "
            "(qua Ban Tuyên huấn) trước ngày 15/11/2026 để tổng hợp, báo cáo Trung ương Hội và Sở Tư pháp."
        ),
        *_end(
            ["Trung ương Hội CCB Việt Nam (b/c);", "Ủy ban MTTQ Việt Nam tỉnh;", "Sở Tư pháp;",
             "Hội CCB các xã, phường, đặc khu;"],
            "CHỦ TỊCH",
            "Lê Văn Hùng",
            pre="TM. THƯỜNG TRỰC",
        ),
    ],
    expected=[
        Exp("Quán triệt, phổ biến các luật, nghị quyết mới", ("Ban Tuyên huấn Hội Cựu chiến binh tỉnh",),
            ("Văn phòng Hội", "Hội Cựu chiến binh các xã, phường, đặc khu"), "2026-12-31", on_request=True),
        Exp("Cung cấp tài liệu, sách pháp luật", ("Văn phòng Hội Cựu chiến binh tỉnh",),
            ("Sở Tư pháp", "Trung tâm Trợ giúp pháp lý nhà nước tỉnh Quảng Trị"), "2026-06-30"),
        Exp("Xây dựng chuyên mục phát thanh, truyền hình", ("Ban Tuyên huấn Hội Cựu chiến binh tỉnh",),
            ("Báo và Phát thanh, Truyền hình Quảng Trị",), "2026-12-31"),
        Exp("Vận động hội viên tham gia tổ hòa giải", ("Hội Cựu chiến binh các xã, phường, đặc khu",),
            ("Công an xã, phường, đặc khu", "Ban công tác Mặt trận ở thôn, tổ dân phố"), "2026-12-31"),
        Exp("Tổ chức tọa đàm về vai trò của cựu chiến binh",
            ("Ban Tổ chức - Kiểm tra Hội Cựu chiến binh tỉnh",),
            ("Sở Nông nghiệp và Môi trường", "Sở Tư pháp", "Hội Cựu chiến binh các xã, phường, đặc khu"),
            "2026-07-31"),
        Exp("Tuyên truyền pháp luật về biển, đảo", ("Hội Cựu chiến binh đặc khu Cồn Cỏ",),
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh",), "2026-06-30"),
        Exp("Kiểm tra, sơ kết việc thực hiện Kế hoạch", ("Thường trực Hội Cựu chiến binh tỉnh",),
            ("Văn phòng Hội", "các ban chuyên môn"), "2026-12-31"),
    ],
)


# ---------------------------------------------------------------- 4. Ủy ban MTTQ Việt Nam tỉnh Nghệ An
PLAN_FRONT = Plan(
    name="mttq_nghe_an",
    blocks=[
        *_hdr(
            "",
            "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nTỈNH NGHỆ AN\nBAN THƯỜNG TRỰC",
            "19/KH-MTTQ-BTT",
            "Nghệ An, ngày 09 tháng 3 năm 2026",
            "Thực hiện công tác phổ biến, giáo dục pháp luật của Mặt trận Tổ quốc Việt Nam tỉnh năm 2026",
        ),
        P(
            "Căn cứ Luật Mặt trận Tổ quốc Việt Nam; Luật Phổ biến, giáo dục pháp luật; Luật Thực hiện dân "
            "chủ ở cơ sở số 10/2022/QH15; Chương trình phối hợp thống nhất hành động số 01/CTPH-MTTQ ngày "
            "05/01/2026 của Ủy ban MTTQ Việt Nam tỉnh; Kế hoạch số 36/KH-UBND ngày 22/01/2026 của UBND tỉnh "
            "Nghệ An, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh ban hành Kế hoạch như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "1. Phát huy vai trò của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội trong tuyên truyền, "
            "vận động Nhân dân chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước."
        ),
        P(
            "2. Bám sát nhiệm vụ chính trị của địa phương; phối hợp chặt chẽ với chính quyền cùng cấp, "
            "tránh chồng chéo, trùng lặp."
        ),
        P("II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        P(
            "1. Tuyên truyền, phổ biến Luật Mặt trận Tổ quốc Việt Nam (sửa đổi) và Luật Thực hiện dân chủ "
            "ở cơ sở trong các tầng lớp Nhân dân."
        ),
        P(
            "Ban Dân chủ, Pháp luật và Tôn giáo chủ trì; Ban Tuyên giáo, Văn phòng Ủy ban MTTQ Việt Nam "
            "tỉnh và các đơn vị có liên quan phối hợp. Thời gian: Quý I, II/2026."
        ),
        P("2. Phổ biến pháp luật cho đồng bào các dân tộc thiểu số, đồng bào có đạo."),
        P(
            "a) Tổ chức hội nghị phổ biến pháp luật về tín ngưỡng, tôn giáo cho chức sắc, chức việc các tôn "
            "giáo trên địa bàn tỉnh. Ban Dân chủ, Pháp luật và Tôn giáo chủ trì, phối hợp với Sở Dân tộc và "
            "Tôn giáo thực hiện trong tháng 8/2026."
        ),
        P(
            "b) Đề nghị Ủy ban MTTQ Việt Nam các xã, phường phối hợp với Ủy ban nhân dân cùng cấp lồng ghép "
            "tuyên truyền pháp luật thông qua người có uy tín, già làng, trưởng bản ở các xã miền núi; thời "
            "gian: thường xuyên."
        ),
        P(
            "3. Giám sát việc thực hiện pháp luật về phổ biến, giáo dục pháp luật và hòa giải ở cơ sở. Ban "
            "Dân chủ, Pháp luật và Tôn giáo chủ trì, phối hợp với Sở Tư pháp, Hội Luật gia tỉnh xây dựng kế "
            "hoạch giám sát chuyên đề, trình Ban Thường trực phê duyệt và tổ chức giám sát trong Quý "
            "III/2026."
        ),
        P(
            "4. Vận động Nhân dân thực hiện pháp luật về trật tự, an toàn giao thông, phòng, chống ma túy "
            "gắn với Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”. Ban Công "
            "tác phong trào chủ trì; Hội Nông dân tỉnh, Tỉnh Đoàn, Hội Liên hiệp Phụ nữ tỉnh và Hội Cựu "
            "chiến binh tỉnh phối hợp; thời gian thực hiện: cả năm 2026."
        ),
        P("5. Tham gia góp ý, phản biện xã hội đối với dự thảo văn bản của HĐND, UBND tỉnh."),
        P(
            "Ban Dân chủ, Pháp luật và Tôn giáo chủ trì, phối hợp với Hội đồng tư vấn về Dân chủ - Pháp "
            "luật của Ủy ban MTTQ Việt Nam tỉnh tổ chức lấy ý kiến, phản biện khi có đề nghị của cơ quan "
            "chủ trì soạn thảo."
        ),
        P("6. Thông tin, tuyên truyền kết quả công tác phổ biến, giáo dục pháp luật của Mặt trận."),
        P(
            "- Văn phòng Ủy ban MTTQ Việt Nam tỉnh cập nhật tin, bài lên Trang thông tin điện tử của Ủy "
            "ban MTTQ Việt Nam tỉnh; thời gian: hằng tháng."
        ),
        P(
            "- Đề nghị Báo và Phát thanh, Truyền hình Nghệ An phối hợp duy trì chuyên mục “Mặt trận với "
            "cuộc sống”, thời lượng 01 kỳ/tháng."
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "1. Các ban, Văn phòng cơ quan Ủy ban MTTQ Việt Nam tỉnh căn cứ nhiệm vụ được phân công chủ "
            "động triển khai thực hiện, báo cáo kết quả về Ban Thường trực (qua Ban Dân chủ, Pháp luật và "
            "Tôn giáo) trước ngày 10/12/2026."
        ),
        P(
            "2. Ban Thường trực Ủy ban MTTQ Việt Nam các xã, phường căn cứ Kế hoạch này xây dựng kế hoạch "
            "thực hiện phù hợp với tình hình thực tế địa phương."
        ),
        *_end(
            ["Ban Thường trực UBTW MTTQ Việt Nam (b/c);", "Thường trực Tỉnh ủy (b/c);", "UBND tỉnh;",
             "Sở Tư pháp;", "Các tổ chức chính trị - xã hội tỉnh;", "Ủy ban MTTQ Việt Nam các xã, phường;"],
            "PHÓ CHỦ TỊCH",
            "Nguyễn Thị Thu Hường",
            pre="TM. BAN THƯỜNG TRỰC",
        ),
    ],
    expected=[
        Exp("Tuyên truyền, phổ biến Luật Mặt trận Tổ quốc", ("Ban Dân chủ, Pháp luật và Tôn giáo",),
            ("Ban Tuyên giáo", "Văn phòng Ủy ban MTTQ Việt Nam tỉnh", "các đơn vị có liên quan"),
            "2026-06-30"),
        Exp("Tổ chức hội nghị phổ biến pháp luật về tín ngưỡng", ("Ban Dân chủ, Pháp luật và Tôn giáo",),
            ("Sở Dân tộc và Tôn giáo",), "2026-08-31"),
        Exp("Đề nghị Ủy ban MTTQ Việt Nam các xã", ("Ủy ban MTTQ Việt Nam các xã, phường",),
            ("Ủy ban nhân dân cùng cấp",), "2026-12-31"),
        Exp("Giám sát việc thực hiện pháp luật về phổ biến", ("Ban Dân chủ, Pháp luật và Tôn giáo",),
            ("Sở Tư pháp", "Hội Luật gia tỉnh"), "2026-09-30"),
        Exp("Vận động Nhân dân thực hiện pháp luật", ("Ban Công tác phong trào",),
            ("Hội Nông dân tỉnh", "Tỉnh Đoàn", "Hội Liên hiệp Phụ nữ tỉnh", "Hội Cựu chiến binh tỉnh"),
            "2026-12-31"),
        Exp("Tham gia góp ý, phản biện xã hội", ("Ban Dân chủ, Pháp luật và Tôn giáo",),
            ("Hội đồng tư vấn về Dân chủ - Pháp luật của Ủy ban MTTQ Việt Nam tỉnh",), "2026-12-31",
            on_request=True),
        Exp("Văn phòng Ủy ban MTTQ Việt Nam tỉnh cập nhật", ("Văn phòng Ủy ban MTTQ Việt Nam tỉnh",), (),
            "2026-12-31"),
        Exp("Đề nghị Báo và Phát thanh, Truyền hình Nghệ An", ("Báo và Phát thanh, Truyền hình Nghệ An",), (),
            "2026-12-31"),
    ],
)


# ---------------------------------------------------------------- 5. Ban Chỉ đạo tỉnh Khánh Hòa
PLAN_STEERING = Plan(
    name="bcd_khanh_hoa",
    blocks=[
        *_hdr(
            "UBND TỈNH KHÁNH HÒA",
            "BAN CHỈ ĐẠO PHÒNG, CHỐNG TỘI PHẠM,\nTỆ NẠN XÃ HỘI VÀ XÂY DỰNG PHONG TRÀO\n"
            "TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC",
            "04/KH-BCĐ",
            "Khánh Hòa, ngày 18 tháng 3 năm 2026",
            "Tuyên truyền, phổ biến, giáo dục pháp luật về phòng, chống ma túy năm 2026",
        ),
        P(
            "Căn cứ Luật Phòng, chống ma túy năm 2021 và Luật sửa đổi, bổ sung một số điều của Luật Phòng, "
            "chống ma túy năm 2025; Nghị định số 105/2021/NĐ-CP ngày 04/12/2021 của Chính phủ; Quyết định "
            "số 1452/QĐ-TTg ngày 29/11/2022 của Thủ tướng Chính phủ phê duyệt Chương trình phòng, chống ma "
            "túy đến năm 2030; Kế hoạch số 11/KH-UBND ngày 15/01/2026 của UBND tỉnh Khánh Hòa, Ban Chỉ "
            "đạo tỉnh xây dựng Kế hoạch tuyên truyền năm 2026 như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "- Nâng cao nhận thức của Nhân dân, nhất là thanh thiếu niên, học sinh, sinh viên, người lao "
            "động về tác hại của ma túy và trách nhiệm phòng, chống ma túy."
        ),
        P("- Huy động sự vào cuộc của các thành viên Ban Chỉ đạo, cả hệ thống chính trị ở cơ sở."),
        P("II. NHIỆM VỤ", bold=True),
        P("1. Nhiệm vụ chung", bold=True),
        P(
            "Tập trung tuyên truyền các quy định mới của pháp luật về phòng, chống ma túy, cai nghiện ma "
            "túy; đa dạng hóa hình thức tuyên truyền, ưu tiên các địa bàn trọng điểm, phức tạp về ma túy, "
            "khu du lịch, cơ sở kinh doanh dịch vụ có điều kiện về an ninh, trật tự."
        ),
        P("2. Nhiệm vụ cụ thể", bold=True),
        P(
            "2.1. Tổ chức các hoạt động hưởng ứng Tháng hành động phòng, chống ma túy và Ngày Quốc tế phòng, "
            "chống ma túy 26/6"
        ),
        P("Nội dung: Lễ mít tinh, diễu hành cổ động; treo băng rôn, khẩu hiệu tại trung tâm các xã, phường."),
        P(
            "Cơ quan thực hiện: Công an tỉnh chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch, Tỉnh "
            "Đoàn và UBND các xã, phường, đặc khu."
        ),
        P("Thời gian thực hiện: Tháng 6/2026."),
        P("2.2. Tuyên truyền pháp luật phòng, chống ma túy trong trường học"),
        P(
            "Nội dung: Lồng ghép vào hoạt động ngoại khóa, sinh hoạt dưới cờ; tổ chức chuyên đề cho học "
            "sinh trung học cơ sở, trung học phổ thông."
        ),
        P("Cơ quan thực hiện: Sở Giáo dục và Đào tạo."),
        P("Cơ quan phối hợp: Công an tỉnh; Tỉnh Đoàn."),
        P("Thời gian thực hiện: Tháng 9 - 12/2026."),
        P("2.3. Phổ biến quy định về điều trị nghiện các chất dạng thuốc phiện bằng thuốc thay thế"),
        P(
            "Nội dung: Tư vấn, cung cấp thông tin cho người nghiện, gia đình người nghiện; hướng dẫn thủ "
            "tục tham gia điều trị."
        ),
        P(
            "Cơ quan thực hiện: Sở Y tế chủ trì; Trung tâm Kiểm soát bệnh tật tỉnh, các cơ sở điều trị "
            "Methadone phối hợp."
        ),
        P("Thời gian thực hiện: Quý II - Quý IV/2026."),
        P("2.4. Đưa tin, phóng sự, mở chuyên mục về phòng, chống ma túy trên báo chí"),
        P("Cơ quan thực hiện: Báo và Phát thanh, Truyền hình Khánh Hòa."),
        P("Thời gian thực hiện: Thường xuyên."),
        P("2.5. Tuyên truyền phòng, chống ma túy cho ngư dân, lao động trên tàu cá"),
        P(
            "Cơ quan thực hiện: Bộ Chỉ huy Bộ đội Biên phòng tỉnh chủ trì, phối hợp với Sở Nông nghiệp và "
            "Môi trường và UBND các xã, phường ven biển."
        ),
        P("Thời gian thực hiện: Từ tháng 3 đến tháng 9/2026."),
        P("2.6. Cung cấp tài liệu, bồi dưỡng nghiệp vụ cho báo cáo viên, tuyên truyền viên pháp luật"),
        P("Cơ quan thực hiện: Sở Tư pháp."),
        P("Cơ quan phối hợp: Công an tỉnh."),
        P("Thời gian thực hiện: Sau khi Bộ Công an ban hành tài liệu tuyên truyền Luật sửa đổi."),
        P("2.7. Sơ kết, tổng kết công tác tuyên truyền phòng, chống ma túy"),
        P("Cơ quan thực hiện: Công an tỉnh (Cơ quan Thường trực Ban Chỉ đạo)."),
        P("Thời gian thực hiện: Sơ kết trước ngày 15/6/2026; tổng kết trước ngày 10/12/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "1. Các thành viên Ban Chỉ đạo tỉnh căn cứ nhiệm vụ được phân công, chỉ đạo cơ quan, đơn vị "
            "xây dựng kế hoạch cụ thể để triển khai."
        ),
        P(
            "2. Ban Chỉ đạo các xã, phường, đặc khu căn cứ Kế hoạch này triển khai phù hợp với địa bàn; "
            "báo cáo kết quả về Ban Chỉ đạo tỉnh (qua Công an tỉnh) trước ngày 30/11/2026."
        ),
        P(
            "3. Kinh phí thực hiện từ nguồn ngân sách nhà nước bố trí cho công tác phòng, chống ma túy "
            "năm 2026."
        ),
        *_end(
            ["Bộ Công an (b/c);", "Thường trực Tỉnh ủy, HĐND tỉnh (b/c);", "Chủ tịch UBND tỉnh (b/c);",
             "Các thành viên Ban Chỉ đạo tỉnh;", "UBND các xã, phường, đặc khu;"],
            "PHÓ CHỦ TỊCH UBND TỈNH",
            "Trần Hòa Nam",
            pre="KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN",
        ),
    ],
    expected=[
        Exp("Tổ chức các hoạt động hưởng ứng Tháng hành động", ("Công an tỉnh",),
            ("Sở Văn hóa, Thể thao và Du lịch", "Tỉnh Đoàn", "UBND các xã, phường, đặc khu"), "2026-06-30"),
        Exp("Tuyên truyền pháp luật phòng, chống ma túy trong trường học", ("Sở Giáo dục và Đào tạo",),
            ("Công an tỉnh", "Tỉnh Đoàn"), "2026-12-31"),
        Exp("Phổ biến quy định về điều trị nghiện", ("Sở Y tế",),
            ("Trung tâm Kiểm soát bệnh tật tỉnh", "các cơ sở điều trị Methadone"), "2026-12-31"),
        Exp("Đưa tin, phóng sự, mở chuyên mục", ("Báo và Phát thanh, Truyền hình Khánh Hòa",), (),
            "2026-12-31"),
        Exp("Tuyên truyền phòng, chống ma túy cho ngư dân", ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh",),
            ("Sở Nông nghiệp và Môi trường", "UBND các xã, phường ven biển"), "2026-09-30"),
        Exp("Cung cấp tài liệu, bồi dưỡng nghiệp vụ", ("Sở Tư pháp",), ("Công an tỉnh",), "2026-12-31",
            on_request=True),
        Exp("Sơ kết, tổng kết công tác tuyên truyền", ("Công an tỉnh",), (), "2026-12-10"),
    ],
)


# ---------------------------------------------------------------- 6. Hội đồng phối hợp PBGDPL tỉnh Quảng Ngãi
PLAN_COUNCIL = Plan(
    name="hdph_quang_ngai",
    blocks=[
        *_hdr(
            "UBND TỈNH QUẢNG NGÃI",
            "HỘI ĐỒNG PHỐI HỢP PHỔ BIẾN,\nGIÁO DỤC PHÁP LUẬT",
            "09/KH-HĐPH",
            "Quảng Ngãi, ngày 25 tháng 3 năm 2026",
            "Triển khai Chương trình “Tăng cường ứng dụng công nghệ thông tin, chuyển đổi số",
            "trong công tác phổ biến, giáo dục pháp luật giai đoạn 2024 - 2030” năm 2026",
        ),
        P(
            "Căn cứ Quyết định số 1382/QĐ-TTg ngày 11/11/2024 của Thủ tướng Chính phủ phê duyệt Chương "
            "trình “Tăng cường ứng dụng công nghệ thông tin, chuyển đổi số trong công tác phổ biến, giáo "
            "dục pháp luật giai đoạn 2024 - 2030”; Quyết định số 245/QĐ-BTP ngày 14/02/2025 của Bộ trưởng "
            "Bộ Tư pháp; Kế hoạch số 28/KH-UBND ngày 19/01/2026 của UBND tỉnh Quảng Ngãi về phổ biến, giáo "
            "dục pháp luật năm 2026, Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh ban hành Kế hoạch "
            "triển khai Chương trình năm 2026 như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "1. Đẩy mạnh chuyển đổi số trong công tác phổ biến, giáo dục pháp luật, bảo đảm người dân, "
            "doanh nghiệp dễ dàng tiếp cận thông tin pháp luật mọi lúc, mọi nơi, kể cả vùng đồng bào dân "
            "tộc thiểu số và đặc khu Lý Sơn."
        ),
        P("2. Xác định cụ thể nhiệm vụ, cơ quan chủ trì, phối hợp, thời hạn hoàn thành và sản phẩm."),
        P("II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        T(
            (
                ("TT", "Nhiệm vụ", "Cơ quan thực hiện", "", "Thời gian hoàn thành", "Sản phẩm"),
                ("", "", "Chủ trì", "Phối hợp", "", ""),
                ("A", "Xây dựng, vận hành hạ tầng số phục vụ phổ biến, giáo dục pháp luật", "", "", "", ""),
                ("1", "Nâng cấp Trang thông tin phổ biến, giáo dục pháp luật tỉnh, kết nối với Cổng Pháp "
                 "luật quốc gia", "Sở Tư pháp", "Sở Khoa học và Công nghệ; Văn phòng UBND tỉnh",
                 "Quý III/2026",
                 "Trang thông tin được nâng cấp, kết nối"),
                ("2", "Số hóa tài liệu pháp luật, tủ sách pháp luật tại các xã, phường, đặc khu",
                 "UBND các xã, phường, đặc khu", "Sở Tư pháp", "Tháng 4 - 10/2026",
                 "Tủ sách pháp luật điện tử"),
                ("3", "Xây dựng cơ sở dữ liệu báo cáo viên, tuyên truyền viên pháp luật trên địa bàn tỉnh",
                 "Sở Tư pháp", "Các cơ quan, đơn vị thành viên Hội đồng", "Trước ngày 30/9/2026",
                 "Cơ sở dữ liệu được cập nhật"),
                ("B", "Đổi mới nội dung, hình thức phổ biến, giáo dục pháp luật trên môi trường số", "", "",
                 "", ""),
                ("4", "Sản xuất video clip, infographic pháp luật bằng tiếng Việt, tiếng Hrê và tiếng Xơ "
                 "Đăng",
                 "Sở Dân tộc và Tôn giáo", "Báo và Phát thanh, Truyền hình Quảng Ngãi, Sở Tư pháp",
                 "Quý II, Quý III/2026", "20 sản phẩm"),
                ("5", "Tổ chức cuộc thi trực tuyến tìm hiểu pháp luật trên nền tảng số", "Sở Tư pháp",
                 "Công an tỉnh;\nSở Giáo dục và Đào tạo;\nTỉnh Đoàn", "Tháng 11/2026",
                 "Cuộc thi hưởng ứng Ngày Pháp luật"),
                ("6", "Thí điểm ứng dụng trí tuệ nhân tạo trả lời hỏi đáp pháp luật cho người dân, doanh "
                 "nghiệp", "Sở Khoa học và Công nghệ", "Sở Tư pháp; Trung tâm Phục vụ hành chính công tỉnh",
                 "Khi Bộ Tư pháp có hướng dẫn triển khai nền tảng dùng chung", "Ứng dụng hỏi đáp"),
                ("C", "Kiểm tra, đánh giá", "", "", "", ""),
                ("7", "Kiểm tra, đánh giá việc thực hiện Chương trình tại các cơ quan, đơn vị",
                 "Thường trực Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh", "Sở Tư pháp",
                 "Tháng 10 - 11/2026", "Thông báo kết quả kiểm tra"),
                ("8", "Báo cáo kết quả thực hiện Chương trình năm 2026",
                 "Các cơ quan, đơn vị thành viên Hội đồng", "", "Trước ngày 25/11/2026", "Báo cáo"),
            ),
            widths=(8, 56, 28, 36, 24, 28),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "1. Các cơ quan, đơn vị thành viên Hội đồng chủ động bố trí kinh phí trong dự toán được giao để "
            "thực hiện nhiệm vụ; lồng ghép với các chương trình, đề án khác có liên quan."
        ),
        P(
            "2. Sở Tư pháp (cơ quan Thường trực Hội đồng) theo dõi, đôn đốc, tổng hợp, tham mưu Chủ tịch "
            "Hội đồng báo cáo UBND tỉnh và Bộ Tư pháp trước ngày 05/12/2026."
        ),
        *_end(
            ["Bộ Tư pháp (b/c);", "Chủ tịch, các PCT UBND tỉnh;", "Thành viên Hội đồng;",
             "UBND các xã, phường, đặc khu;"],
            "PHÓ CHỦ TỊCH UBND TỈNH",
            "Đặng Ngọc Dũng",
            pre="CHỦ TỊCH HỘI ĐỒNG",
        ),
    ],
    expected=[
        Exp("Nâng cấp Trang thông tin phổ biến", ("Sở Tư pháp",),
            ("Sở Khoa học và Công nghệ", "Văn phòng UBND tỉnh"), "2026-09-30"),
        Exp("Số hóa tài liệu pháp luật, tủ sách pháp luật", ("UBND các xã, phường, đặc khu",),
            ("Sở Tư pháp",), "2026-10-31"),
        Exp("Xây dựng cơ sở dữ liệu báo cáo viên", ("Sở Tư pháp",),
            ("Các cơ quan, đơn vị thành viên Hội đồng",), "2026-09-30"),
        Exp("Sản xuất video clip, infographic pháp luật", ("Sở Dân tộc và Tôn giáo",),
            ("Báo và Phát thanh, Truyền hình Quảng Ngãi", "Sở Tư pháp"), "2026-09-30"),
        Exp("Tổ chức cuộc thi trực tuyến tìm hiểu pháp luật", ("Sở Tư pháp",),
            ("Công an tỉnh", "Sở Giáo dục và Đào tạo", "Tỉnh Đoàn"), "2026-11-30"),
        Exp("Thí điểm ứng dụng trí tuệ nhân tạo", ("Sở Khoa học và Công nghệ",),
            ("Sở Tư pháp", "Trung tâm Phục vụ hành chính công tỉnh"), "2026-12-31", on_request=True),
        Exp("Kiểm tra, đánh giá việc thực hiện Chương trình",
            ("Thường trực Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh",), ("Sở Tư pháp",),
            "2026-11-30"),
        Exp("Báo cáo kết quả thực hiện Chương trình", ("Các cơ quan, đơn vị thành viên Hội đồng",), (),
            "2026-11-25"),
    ],
)


# ---------------------------------------------------------------- 7. Văn phòng UBND tỉnh Hà Tĩnh (2027)
PLAN_OFFICE = Plan(
    name="vp_ubnd_ha_tinh",
    blocks=[
        *_hdr(
            "UBND TỈNH HÀ TĨNH",
            "VĂN PHÒNG",
            "2315/KH-VP",
            "Hà Tĩnh, ngày 24 tháng 12 năm 2026",
            "Công tác phổ biến, giáo dục pháp luật năm 2027 của Văn phòng UBND tỉnh",
        ),
        P(
            "Căn cứ Luật Phổ biến, giáo dục pháp luật; Nghị định số 28/2013/NĐ-CP ngày 04/4/2013 của Chính "
            "phủ; Quyết định số 3108/QĐ-UBND ngày 10/12/2026 của UBND tỉnh ban hành Kế hoạch phổ biến, giáo "
            "dục pháp luật năm 2027; Quyết định số 15/2025/QĐ-UBND ngày 01/7/2025 của UBND tỉnh quy định "
            "chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Văn phòng UBND tỉnh, Văn phòng UBND tỉnh "
            "xây dựng Kế hoạch như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "- Nâng cao ý thức tự giác tìm hiểu, chấp hành pháp luật của cán bộ, công chức, viên chức và "
            "người lao động; thực hiện tốt vai trò tham mưu UBND tỉnh chỉ đạo công tác phổ biến, giáo dục "
            "pháp luật trên địa bàn tỉnh."
        ),
        P("- Bảo đảm thiết thực, không ảnh hưởng đến nhiệm vụ chuyên môn của các phòng, đơn vị."),
        P("II. NỘI DUNG", bold=True),
        P("1. Phổ biến pháp luật cho cán bộ, công chức, viên chức, người lao động Văn phòng", bold=True),
        P(
            "- Tổ chức hội nghị phổ biến các luật, nghị quyết được Quốc hội khóa XVI thông qua tại các kỳ "
            "họp năm 2026. Phòng Hành chính - Tổ chức chủ trì, phối hợp Phòng Nội chính thực hiện; thời "
            "gian: Quý I, III/2027."
        ),
        P(
            "- Giới thiệu văn bản pháp luật mới trên hệ thống quản lý văn bản và điều hành của Văn phòng. "
            "Trung tâm Công báo - Tin học chủ trì; thời gian: hằng tháng."
        ),
        P(
            "- Tổ chức cho công chức, viên chức, người lao động tham gia các cuộc thi tìm hiểu pháp luật "
            "do Trung ương, tỉnh phát động. Phòng Hành chính - Tổ chức chủ trì, phối hợp với Công đoàn cơ "
            "sở Văn phòng và Chi đoàn Văn phòng thực hiện theo đề nghị của Ban Tổ chức cuộc thi."
        ),
        P("2. Tham mưu UBND tỉnh chỉ đạo công tác phổ biến, giáo dục pháp luật", bold=True),
        P(
            "- Tham mưu ban hành văn bản chỉ đạo triển khai Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa "
            "Việt Nam năm 2027:"
        ),
        P("+ Phòng Nội chính chủ trì, phối hợp với Sở Tư pháp thực hiện."),
        P("+ Thời gian: Tháng 10/2027."),
        P(
            "- Theo dõi, đôn đốc các sở, ngành, địa phương thực hiện nhiệm vụ phổ biến, giáo dục pháp luật "
            "được UBND tỉnh giao:"
        ),
        P("+ Phòng Tổng hợp chủ trì; Phòng Nội chính, Phòng Kinh tế, Phòng Khoa giáo - Văn xã phối hợp."),
        P("+ Thời gian: Thường xuyên."),
        P("3. Công khai văn bản quy phạm pháp luật, thủ tục hành chính của tỉnh", bold=True),
        P(
            "- Cập nhật, đăng tải văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành trên Công báo tỉnh "
            "và Cổng thông tin điện tử tỉnh. Trung tâm Công báo - Tin học thực hiện, chậm nhất 02 ngày làm "
            "việc kể từ ngày ký ban hành văn bản."
        ),
        P(
            "- Niêm yết, công khai thủ tục hành chính; hướng dẫn pháp luật cho tổ chức, cá nhân đến giao "
            "dịch. Trung tâm Phục vụ hành chính công tỉnh chủ trì, phối hợp với các sở, ngành có thủ tục "
            "hành chính tiếp nhận tại Trung tâm; thời gian: thường xuyên."
        ),
        P("4. Tổng hợp, báo cáo kết quả thực hiện Kế hoạch", bold=True),
        P(
            "Phòng Hành chính - Tổ chức tổng hợp kết quả của các phòng, đơn vị, tham mưu Lãnh đạo Văn phòng "
            "báo cáo Sở Tư pháp trước ngày 20/11/2027."
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "Trưởng các phòng, Giám đốc các đơn vị thuộc Văn phòng có trách nhiệm triển khai Kế hoạch này; "
            "kinh phí thực hiện bố trí trong dự toán chi thường xuyên năm 2027 của Văn phòng. Trong quá "
            "trình thực hiện, nếu có vướng mắc, phản ánh về Phòng Hành chính - Tổ chức để tổng hợp, báo "
            "cáo Chánh Văn phòng xem xét."
        ),
        *_end(
            ["Sở Tư pháp;", "Chánh VP, các PCVP;", "Các phòng, đơn vị thuộc VP;", "Công đoàn cơ sở VP;"],
            "CHÁNH VĂN PHÒNG",
            "Nguyễn Duy Nghị",
        ),
    ],
    expected=[
        Exp("Tổ chức hội nghị phổ biến các luật, nghị quyết", ("Phòng Hành chính - Tổ chức",),
            ("Phòng Nội chính",), "2027-09-30"),
        Exp("Giới thiệu văn bản pháp luật mới", ("Trung tâm Công báo - Tin học",), (), "2027-12-31"),
        Exp("Tổ chức cho công chức, viên chức, người lao động", ("Phòng Hành chính - Tổ chức",),
            ("Công đoàn cơ sở Văn phòng", "Chi đoàn Văn phòng"), "2027-12-31", on_request=True),
        Exp("Tham mưu ban hành văn bản chỉ đạo", ("Phòng Nội chính",), ("Sở Tư pháp",), "2027-10-31"),
        Exp("Theo dõi, đôn đốc các sở, ngành, địa phương", ("Phòng Tổng hợp",),
            ("Phòng Nội chính", "Phòng Kinh tế", "Phòng Khoa giáo - Văn xã"), "2027-12-31"),
        Exp("Cập nhật, đăng tải văn bản quy phạm pháp luật", ("Trung tâm Công báo - Tin học",), (),
            "2027-12-31", on_request=True),
        Exp("Niêm yết, công khai thủ tục hành chính", ("Trung tâm Phục vụ hành chính công tỉnh",),
            ("các sở, ngành có thủ tục hành chính tiếp nhận tại Trung tâm",), "2027-12-31"),
        Exp("Tổng hợp, báo cáo kết quả thực hiện", ("Phòng Hành chính - Tổ chức",), (), "2027-11-20"),
    ],
)


# ---------------------------------------------------------------- 8. Sở Tư pháp thành phố Huế
_PBGDPL_ROOM = "Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật"

PLAN_JUSTICE = Plan(
    name="so_tu_phap_hue",
    blocks=[
        *_hdr(
            "UBND THÀNH PHỐ HUẾ",
            "SỞ TƯ PHÁP",
            "186/KH-STP",
            "Huế, ngày 14 tháng 8 năm 2026",
            "Tổ chức hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2026",
        ),
        P(
            "Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012; Nghị định số 28/2013/NĐ-CP ngày 04/4/2013 "
            "của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Phổ biến, giáo dục pháp "
            "luật; Công văn số 3412/BTP-PBGDPL ngày 30/7/2026 của Bộ Tư pháp về việc hướng dẫn tổ chức Ngày "
            "Pháp luật năm 2026; Kế hoạch số 52/KH-UBND ngày 12/02/2026 của UBND thành phố Huế, Sở Tư pháp "
            "ban hành Kế hoạch tổ chức hưởng ứng Ngày Pháp luật năm 2026 như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "1. Tôn vinh Hiến pháp, pháp luật; nâng cao ý thức thượng tôn pháp luật của cán bộ, công chức, "
            "viên chức và Nhân dân trên địa bàn thành phố."
        ),
        P(
            "2. Hoạt động hưởng ứng được tổ chức thiết thực, tiết kiệm, gắn với nhiệm vụ chính trị của ngành "
            "Tư pháp và việc triển khai các luật mới có hiệu lực thi hành."
        ),
        P("II. NỘI DUNG, HÌNH THỨC HƯỞNG ỨNG", bold=True),
        P("1. Các hoạt động cao điểm", bold=True),
        P(
            "1.1. Tổ chức Lễ hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2026 cấp "
            "thành phố",
            bold=True,
        ),
        P(f"- Đơn vị chủ trì: {_PBGDPL_ROOM}."),
        P(
            "- Đơn vị phối hợp: Văn phòng Sở; các thành viên Hội đồng phối hợp phổ biến, giáo dục pháp "
            "luật thành phố."
        ),
        P("- Thời hạn: trước ngày 09/11/2026."),
        P("1.2. Phát động cuộc thi tìm hiểu pháp luật trực tuyến thành phố Huế năm 2026", bold=True),
        P(
            f"Đơn vị chủ trì: {_PBGDPL_ROOM}; đơn vị phối hợp: Sở Giáo dục và Đào tạo, Thành Đoàn Huế, Hội "
            "Liên hiệp Phụ nữ thành phố; thời hạn: Tháng 9 - 10/2026."
        ),
        P("1.3. Treo băng rôn, khẩu hiệu hưởng ứng Ngày Pháp luật tại trụ sở cơ quan", bold=True),
        P("- Đơn vị chủ trì: Văn phòng Sở."),
        P("- Thời hạn: từ ngày 01/11/2026 đến ngày 15/11/2026."),
        P("2. Các hoạt động chuyên môn gắn với Ngày Pháp luật", bold=True),
        P("2.1. Trợ giúp pháp lý lưu động tại các xã vùng cao, vùng đồng bào dân tộc thiểu số", bold=True),
        P("- Đơn vị chủ trì: Trung tâm Trợ giúp pháp lý nhà nước thành phố."),
        P("- Đơn vị phối hợp: Ủy ban nhân dân các xã có liên quan."),
        P("- Thời hạn: Quý IV/2026."),
        P("2.2. Phát hành Bản tin Tư pháp số chuyên đề về Ngày Pháp luật", bold=True),
        P(
            f"Văn phòng Sở có trách nhiệm chủ trì, phối hợp với {_PBGDPL_ROOM} biên tập, phát hành Bản tin "
            "đến các xã, phường và tủ sách pháp luật. Thời hạn: Tháng 11/2026."
        ),
        P("2.3. Tuyên truyền về Ngày Pháp luật trên hệ thống thông tin cơ sở", bold=True),
        P(
            "Đề nghị UBND các xã, phường chỉ đạo bộ phận truyền thanh cơ sở phát các tin, bài, khẩu hiệu "
            "tuyên truyền khi nhận được tài liệu tuyên truyền của Sở Tư pháp."
        ),
        P("3. Báo cáo kết quả hưởng ứng Ngày Pháp luật năm 2026", bold=True),
        P(
            f"{_PBGDPL_ROOM} tổng hợp kết quả, tham mưu Giám đốc Sở báo cáo UBND thành phố và Bộ Tư pháp "
            "trước ngày 25/11/2026."
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "Thủ trưởng các phòng, đơn vị thuộc Sở căn cứ Kế hoạch triển khai thực hiện; kinh phí từ nguồn "
            "ngân sách chi thường xuyên năm 2026 của Sở Tư pháp. Đề nghị các cơ quan, đơn vị, địa phương "
            "phối hợp thực hiện và gửi kết quả về Sở Tư pháp trước ngày 20/11/2026."
        ),
        *_end(
            ["Bộ Tư pháp (Vụ PBGDPL) (b/c);", "UBND thành phố (b/c);", "Thành viên HĐPH PBGDPL thành phố;",
             "UBND các xã, phường;", "Giám đốc, các PGĐ Sở;", "Các phòng, đơn vị thuộc Sở;"],
            "GIÁM ĐỐC",
            "Trần Thị Hoài Trâm",
        ),
    ],
    expected=[
        Exp("Tổ chức Lễ hưởng ứng Ngày Pháp luật", (_PBGDPL_ROOM,),
            ("Văn phòng Sở", "các thành viên Hội đồng phối hợp phổ biến, giáo dục pháp luật thành phố"),
            "2026-11-09"),
        Exp("Phát động cuộc thi tìm hiểu pháp luật trực tuyến", (_PBGDPL_ROOM,),
            ("Sở Giáo dục và Đào tạo", "Thành Đoàn Huế", "Hội Liên hiệp Phụ nữ thành phố"), "2026-10-31"),
        Exp("Treo băng rôn, khẩu hiệu hưởng ứng", ("Văn phòng Sở",), (), "2026-11-15"),
        Exp("Trợ giúp pháp lý lưu động tại các xã vùng cao",
            ("Trung tâm Trợ giúp pháp lý nhà nước thành phố",),
            ("Ủy ban nhân dân các xã có liên quan",), "2026-12-31"),
        Exp("Phát hành Bản tin Tư pháp số chuyên đề", ("Văn phòng Sở",), (_PBGDPL_ROOM,), "2026-11-30"),
        Exp("Tuyên truyền về Ngày Pháp luật trên hệ thống", ("UBND các xã, phường",), (), "2026-12-31",
            on_request=True),
        Exp("Báo cáo kết quả hưởng ứng Ngày Pháp luật", (_PBGDPL_ROOM,), (), "2026-11-25"),
    ],
)


# ---------------------------------------------------------------- 9. Sở Y tế thành phố Đà Nẵng
PLAN_HEALTH = Plan(
    name="so_y_te_da_nang",
    blocks=[
        *_hdr(
            "UBND THÀNH PHỐ ĐÀ NẴNG",
            "SỞ Y TẾ",
            "742/KH-SYT",
            "Đà Nẵng, ngày 05 tháng 02 năm 2026",
            "Phổ biến, giáo dục pháp luật ngành Y tế thành phố Đà Nẵng năm 2026",
        ),
        P(
            "Căn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15; Luật Dược số 105/2016/QH13 và Luật sửa đổi, "
            "bổ sung một số điều của Luật Dược số 44/2024/QH15; Quyết định số 412/QĐ-BYT ngày 20/01/2026 của "
            "Bộ Y tế ban hành Kế hoạch phổ biến, giáo dục pháp luật năm 2026; Kế hoạch số 17/KH-UBND ngày "
            "16/01/2026 của UBND thành phố Đà Nẵng, Sở Y tế xây dựng Kế hoạch như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "Nâng cao hiểu biết, ý thức chấp hành pháp luật của công chức, viên chức, người lao động ngành "
            "Y tế và người hành nghề khám bệnh, chữa bệnh, kinh doanh dược; góp phần nâng cao chất lượng "
            "dịch vụ y tế và sự hài lòng của người bệnh. Bám sát nhiệm vụ chuyên môn, có trọng tâm, trọng "
            "điểm; xác định rõ đơn vị chủ trì, phối hợp và thời gian thực hiện."
        ),
        P("II. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True),
        P("1. Phổ biến Luật Khám bệnh, chữa bệnh năm 2023 và các văn bản quy định chi tiết", bold=True),
        P(
            "- Tổ chức hội nghị phổ biến cho lãnh đạo, cán bộ quản lý các bệnh viện, trung tâm y tế khu "
            "vực. Giao Phòng Nghiệp vụ Y chủ trì, phối hợp với Văn phòng Sở thực hiện; thời gian: Quý "
            "II/2026."
        ),
        P(
            "- Các bệnh viện, trung tâm y tế trực thuộc Sở có trách nhiệm phổ biến quy định về giấy phép "
            "hành nghề, cập nhật kiến thức y khoa liên tục đến từng người hành nghề; thời gian: trong năm "
            "2026."
        ),
        P("2. Phổ biến pháp luật về dược, an toàn thực phẩm", bold=True),
        P(
            "- Phòng Nghiệp vụ Dược chủ trì, phối hợp với Văn phòng Sở, Hội Dược học thành phố phổ biến quy "
            "định về kinh doanh dược, kê đơn thuốc cho các cơ sở bán lẻ thuốc trên địa bàn thành phố; thời "
            "gian: từ tháng 4 đến tháng 6/2026."
        ),
        P(
            "- Chi cục An toàn vệ sinh thực phẩm có trách nhiệm tuyên truyền pháp luật về an toàn thực phẩm "
            "cho các cơ sở kinh doanh dịch vụ ăn uống, bếp ăn tập thể tại khu công nghiệp, khu du lịch; phối "
            "hợp với Sở Công Thương, Sở Nông nghiệp và Môi trường và UBND các xã, phường thực hiện trong "
            "Tháng hành động vì an toàn thực phẩm (từ ngày 15/4 đến ngày 15/5/2026)."
        ),
        P(
            "3. Tuyên truyền pháp luật về phòng, chống tác hại của thuốc lá, rượu, bia, nhất là thuốc lá "
            "điện tử, thuốc lá nung nóng trong học sinh, sinh viên. Giao Trung tâm Kiểm soát bệnh tật thành "
            "phố chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Thành Đoàn Đà Nẵng thực hiện; thời gian: Quý "
            "II, Quý IV/2026."
        ),
        P("4. Phổ biến quyền, nghĩa vụ của người bệnh tại cơ sở khám bệnh, chữa bệnh", bold=True),
        P(
            "Các bệnh viện công lập, bệnh viện tư nhân trên địa bàn thành phố thực hiện niêm yết, tuyên "
            "truyền qua hệ thống loa, màn hình tại khu khám bệnh; Phòng Nghiệp vụ Y phối hợp. Thời gian: "
            "thường xuyên."
        ),
        P("5. Cập nhật văn bản pháp luật về y tế trên Cổng thông tin điện tử Sở Y tế", bold=True),
        P("Văn phòng Sở thực hiện ngay sau khi văn bản được ban hành hoặc có hiệu lực thi hành."),
        P("6. Tổng hợp, báo cáo kết quả công tác phổ biến, giáo dục pháp luật", bold=True),
        P(
            "Văn phòng Sở (bộ phận pháp chế) chủ trì, tổng hợp báo cáo Sở Tư pháp và Bộ Y tế trước ngày "
            "30/11/2026."
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "1. Thủ trưởng các phòng chức năng, đơn vị trực thuộc Sở căn cứ nội dung Kế hoạch xây dựng kế "
            "hoạch của đơn vị, bố trí kinh phí từ nguồn chi thường xuyên và nguồn thu hợp pháp."
        ),
        P(
            "2. Các đơn vị báo cáo kết quả thực hiện về Sở Y tế (qua Văn phòng Sở) trước ngày 15/6/2026 (báo "
            "cáo 6 tháng) và trước ngày 15/11/2026 (báo cáo năm)."
        ),
        *_end(
            ["Bộ Y tế (Vụ Pháp chế) (b/c);", "UBND thành phố (b/c);", "Sở Tư pháp;", "Giám đốc, các PGĐ Sở;",
             "Các phòng chức năng, đơn vị trực thuộc;"],
            "GIÁM ĐỐC",
            "Ngô Thị Kim Yến",
        ),
    ],
    expected=[
        Exp("Tổ chức hội nghị phổ biến cho lãnh đạo", ("Phòng Nghiệp vụ Y",), ("Văn phòng Sở",),
            "2026-06-30"),
        Exp("Các bệnh viện, trung tâm y tế trực thuộc Sở có trách nhiệm",
            ("Các bệnh viện, trung tâm y tế trực thuộc Sở",), (), "2026-12-31"),
        Exp("Phòng Nghiệp vụ Dược chủ trì, phối hợp", ("Phòng Nghiệp vụ Dược",),
            ("Văn phòng Sở", "Hội Dược học thành phố"), "2026-06-30"),
        Exp("Chi cục An toàn vệ sinh thực phẩm có trách nhiệm", ("Chi cục An toàn vệ sinh thực phẩm",),
            ("Sở Công Thương", "Sở Nông nghiệp và Môi trường", "UBND các xã, phường"), "2026-05-15"),
        Exp("Tuyên truyền pháp luật về phòng, chống tác hại", ("Trung tâm Kiểm soát bệnh tật thành phố",),
            ("Sở Giáo dục và Đào tạo", "Thành Đoàn Đà Nẵng"), "2026-12-31"),
        Exp("Phổ biến quyền, nghĩa vụ của người bệnh",
            ("Các bệnh viện công lập, bệnh viện tư nhân trên địa bàn thành phố",), ("Phòng Nghiệp vụ Y",),
            "2026-12-31"),
        Exp("Cập nhật văn bản pháp luật về y tế", ("Văn phòng Sở",), (), "2026-12-31", on_request=True),
        Exp("Tổng hợp, báo cáo kết quả công tác", ("Văn phòng Sở",), (), "2026-11-30"),
    ],
)


# ---------------------------------------------------------------- 10. UBND xã Lạc Dương (Lâm Đồng)
PLAN_COMMUNE = Plan(
    name="ubnd_xa_lac_duong",
    blocks=[
        *_hdr(
            "",
            "ỦY BAN NHÂN DÂN\nXÃ LẠC DƯƠNG",
            "07/KH-UBND",
            "Lạc Dương, ngày 20 tháng 01 năm 2026",
            "Phổ biến, giáo dục pháp luật, hòa giải ở cơ sở và xây dựng xã đạt chuẩn tiếp cận pháp luật",
            "năm 2026",
        ),
        P(
            "Căn cứ Luật Tổ chức chính quyền địa phương năm 2025; Luật Hòa giải ở cơ sở năm 2013; Quyết "
            "định số 25/2021/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ quy định về xã, phường, thị trấn "
            "đạt chuẩn tiếp cận pháp luật; Kế hoạch số 40/KH-UBND ngày 08/01/2026 của UBND tỉnh Lâm Đồng về "
            "công tác phổ biến, giáo dục pháp luật năm 2026, Ủy ban nhân dân xã Lạc Dương ban hành Kế hoạch "
            "thực hiện như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "1. Đưa pháp luật đến với Nhân dân, nhất là đồng bào dân tộc thiểu số K'Ho, Cil ở các thôn; "
            "giải quyết kịp thời mâu thuẫn, tranh chấp nhỏ ngay tại cộng đồng."
        ),
        P("2. Phấn đấu duy trì xã đạt chuẩn tiếp cận pháp luật năm 2026."),
        P("II. NHIỆM VỤ", bold=True),
        P(
            "1. Kiện toàn đội ngũ tuyên truyền viên pháp luật, tổ hòa giải ở các thôn sau sắp xếp đơn vị "
            "hành chính. Công chức Tư pháp - Hộ tịch tham mưu UBND xã thực hiện; Ban công tác Mặt trận các "
            "thôn phối hợp. Thời gian: Quý I/2026."
        ),
        P(
            "2. Tổ chức tuyên truyền pháp luật song ngữ Việt - K'Ho tại nhà văn hóa các thôn về đất đai, "
            "hôn nhân và gia đình, phòng, chống mua bán người. Giao Phó Chủ tịch UBND xã phụ trách văn hóa "
            "- xã hội chủ trì, phối hợp với Ủy ban MTTQ Việt Nam xã, Công an xã và Trưởng các thôn tổ chức; "
            "thời gian: tháng 3, tháng 6, tháng 9 và tháng 11/2026."
        ),
        P("3. Công tác hòa giải ở cơ sở", bold=True),
        P(
            "a) Rà soát, nắm bắt các mâu thuẫn, tranh chấp trong Nhân dân, nhất là tranh chấp đất đai, ranh "
            "giới đất rẫy để hòa giải kịp thời. Tổ trưởng tổ hòa giải các thôn thực hiện; Công an xã phối "
            "hợp; thời gian: thường xuyên."
        ),
        P(
            "b) Tổ chức tập huấn kỹ năng hòa giải cho hòa giải viên ở cơ sở. Văn phòng HĐND và UBND xã chủ "
            "trì, phối hợp với Sở Tư pháp thực hiện khi Sở Tư pháp có kế hoạch hỗ trợ tập huấn cho cấp xã."
        ),
        P(
            "4. Đánh giá, chấm điểm các chỉ tiêu xã đạt chuẩn tiếp cận pháp luật năm 2026. Công chức Tư "
            "pháp - Hộ tịch chủ trì, tham mưu UBND xã tự đánh giá; các phòng chuyên môn, Công an xã, Ban "
            "Chỉ huy Quân sự xã phối hợp cung cấp số liệu. Thời gian: tháng 10 - tháng 11/2026."
        ),
        P(
            "5. Tuyên truyền pháp luật về bảo vệ rừng, phòng cháy, chữa cháy rừng trong mùa khô. Phòng Kinh "
            "tế chủ trì, phối hợp với Ban Quản lý Vườn quốc gia Bidoup - Núi Bà và các chủ rừng trên địa bàn "
            "xã thực hiện; thời gian: mùa khô (từ tháng 01 đến tháng 4/2026)."
        ),
        P("6. Tuyên truyền pháp luật trên hệ thống truyền thanh và trong sinh hoạt đoàn thể."),
        P(
            "- Phòng Văn hóa - Xã hội duy trì chuyên mục pháp luật trên hệ thống loa truyền thanh xã, thời "
            "lượng 03 buổi/tuần; thời gian: thường xuyên."
        ),
        P(
            "- Đề nghị Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội xã lồng ghép tuyên truyền "
            "pháp luật trong sinh hoạt hội viên, đoàn viên; thời gian: theo chương trình công tác năm 2026."
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "1. Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội chỉ đạo chung việc triển khai Kế hoạch. Các "
            "phòng chuyên môn, công chức được phân công có trách nhiệm thực hiện đúng tiến độ; kinh phí thực "
            "hiện từ ngân sách xã năm 2026."
        ),
        P(
            "2. Văn phòng HĐND và UBND xã tổng hợp kết quả, báo cáo UBND tỉnh (qua Sở Tư pháp) trước ngày "
            "20/11/2026."
        ),
        *_end(
            ["Sở Tư pháp tỉnh Lâm Đồng (b/c);", "TT Đảng ủy, TT HĐND xã (b/c);", "Chủ tịch, các PCT UBND xã;",
             "Ủy ban MTTQ Việt Nam xã;", "Các phòng chuyên môn;", "Trưởng các thôn;"],
            "PHÓ CHỦ TỊCH",
            "Cil Ha Thuyên",
            pre="TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH",
        ),
    ],
    expected=[
        Exp("Kiện toàn đội ngũ tuyên truyền viên pháp luật", ("Công chức Tư pháp - Hộ tịch",),
            ("Ban công tác Mặt trận các thôn",), "2026-03-31"),
        Exp("Tổ chức tuyên truyền pháp luật song ngữ", ("Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội",),
            ("Ủy ban MTTQ Việt Nam xã", "Công an xã", "Trưởng các thôn"), "2026-11-30"),
        Exp("Rà soát, nắm bắt các mâu thuẫn, tranh chấp", ("Tổ trưởng tổ hòa giải các thôn",),
            ("Công an xã",), "2026-12-31"),
        Exp("Tổ chức tập huấn kỹ năng hòa giải", ("Văn phòng HĐND và UBND xã",), ("Sở Tư pháp",),
            "2026-12-31", on_request=True),
        Exp("Đánh giá, chấm điểm các chỉ tiêu", ("Công chức Tư pháp - Hộ tịch",),
            ("các phòng chuyên môn", "Công an xã", "Ban Chỉ huy Quân sự xã"), "2026-11-30"),
        Exp("Tuyên truyền pháp luật về bảo vệ rừng", ("Phòng Kinh tế",),
            ("Ban Quản lý Vườn quốc gia Bidoup - Núi Bà", "các chủ rừng trên địa bàn xã"), "2026-04-30"),
        Exp("Phòng Văn hóa - Xã hội duy trì chuyên mục", ("Phòng Văn hóa - Xã hội",), (), "2026-12-31"),
        Exp("Đề nghị Ủy ban MTTQ Việt Nam xã",
            ("Ủy ban MTTQ Việt Nam xã", "các tổ chức chính trị - xã hội xã"),
            (), "2026-12-31"),
    ],
)

PLANS: list[Plan] = [
    PLAN_YOUTH, PLAN_WOMEN, PLAN_VETERANS, PLAN_FRONT, PLAN_STEERING, PLAN_COUNCIL,
    PLAN_OFFICE, PLAN_JUSTICE, PLAN_HEALTH, PLAN_COMMUNE,
]
