"""Held-out evaluation set 24: plans of sector bodies with their own internal units.

Ten plans written for this set only, answers typed by hand (issue 4 rules).

1. PLAN_COURT (TAND tỉnh Gia Lai): "II." roman parts, non-bold "1." items, dash lines
   "- Đơn vị chủ trì: ...; đơn vị phối hợp: ..." inline, "- Thời gian: ..."; unit names with
   commas and dashes (Phòng Tổ chức cán bộ, Thi đua - Khen thưởng; Tòa án nhân dân khu vực 1 - Gia Lai).
2. PLAN_PROCURACY (VKSND tỉnh Nghệ An): table STT | Nội dung | Chủ trì | Phối hợp | Thời gian hoàn
   thành | Sản phẩm, roman group rows; very long unit names with commas.
3. PLAN_POLICE (Công an tỉnh Quảng Ninh): bold "1." groups, "1.1." tasks with "+ Đơn vị chủ trì:" bullets;
   item 3 bold with its own labels (no subitems), event-triggered timeframe.
4. PLAN_COMMUNE_POLICE (Công an xã, Đắk Lắk): lettered "a)" items with prose assignments
   ("Giao ... chủ trì, phối hợp với ...", "... chủ trì; ... phối hợp"), persons as units.
5. PLAN_MILITARY (Bộ CHQS tỉnh Lào Cai): table without STT, columns Nội dung | Thời gian | Cơ quan chủ trì |
   Cơ quan phối hợp | Ghi chú, group rows, "Ban ... thuộc Phòng ..." names.
6. PLAN_BORDER (BĐBP tỉnh An Giang): numbered items with several dash assignment blocks each (one task per
   block), inline "Chủ trì: ... Phối hợp: ... Thời gian: ..." on one line.
7. PLAN_TAX (Thuế thành phố Hải Phòng): table with a 2-row header (Đơn vị thực hiện: Chủ trì / Phối hợp),
   Kinh phí column, names with commas (Phòng Nghiệp vụ, Dự toán, Pháp chế).
8. PLAN_CUSTOMS (Chi cục Hải quan khu vực VII): bold numbered headings, labels on own lines
   "Chủ trì thực hiện:", "Phối hợp:", "Tiến độ:"; two lead units; person as lead.
9. PLAN_SOCIAL_INS (BHXH tỉnh Thanh Hóa): "1." items whose body is prose ("Giao ... chủ trì", "Đề nghị ...",
   "... có trách nhiệm chủ trì"), "Thời hạn:" lines.
10. PLAN_SBV (Ngân hàng Nhà nước Khu vực 12): "a)" items, "Cơ quan thực hiện: X (chủ trì); Y (phối hợp)."
    and "Thời gian thực hiện:"; names with commas and dashes.
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T, _header


def _ending(org: list[str], recipients: list[str], role: str, signer: str) -> list[P | T]:
    out: list[P | T] = [P(line) for line in org]
    out.append(P("Nơi nhận:"))
    out += [P(f"- {r}") for r in recipients]
    out += [P(role, bold=True, center=True), P("(Đã ký)", center=True), P(signer, bold=True, center=True)]
    return out


# ---------------------------------------------------------------- 1. court
PLAN_COURT = Plan(
    name="tand_gialai",
    blocks=[
        *_header(
            "TÒA ÁN NHÂN DÂN TỐI CAO",
            "TÒA ÁN NHÂN DÂN TỈNH GIA LAI",
            "15/KH-TA",
            "Gia Lai, ngày 12 tháng 01 năm 2026",
            "Công tác phổ biến, giáo dục pháp luật",
            "của Tòa án nhân dân tỉnh Gia Lai năm 2026",
        ),
        P(
            "Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012; Luật Tổ chức Tòa án nhân dân năm 2024 "
            "(được sửa đổi, bổ sung năm 2025);"
        ),
        P(
            "Căn cứ Kế hoạch số 02/KH-TANDTC ngày 06/01/2026 của Tòa án nhân dân tối cao về công tác "
            "phổ biến, giáo dục pháp luật năm 2026;"
        ),
        P(
            "Thực hiện Kế hoạch số 18/KH-UBND ngày 08/01/2026 của Ủy ban nhân dân tỉnh Gia Lai về công tác "
            "phổ biến, giáo dục pháp luật; hòa giải ở cơ sở; xây dựng cấp xã đạt chuẩn tiếp cận pháp luật "
            "năm 2026, Tòa án nhân dân tỉnh Gia Lai ban hành Kế hoạch như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "1. Nâng cao nhận thức, ý thức chấp hành pháp luật của cán bộ, công chức, người lao động trong "
            "Tòa án nhân dân hai cấp tỉnh Gia Lai; gắn công tác phổ biến pháp luật với hoạt động xét xử."
        ),
        P(
            "2. Xác định rõ nội dung, thời gian và đơn vị chịu trách nhiệm; bảo đảm thiết thực, tránh hình "
            "thức, lãng phí."
        ),
        P("II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        P(
            "1. Quán triệt, phổ biến các luật, nghị quyết mới được Quốc hội thông qua tại Kỳ họp thứ 10, "
            "Quốc hội khóa XV liên quan đến tổ chức và hoạt động của Tòa án"
        ),
        P(
            "- Đơn vị chủ trì: Văn phòng Tòa án nhân dân tỉnh; đơn vị phối hợp: Phòng Tổ chức cán bộ, "
            "Thi đua - Khen thưởng; Tòa án nhân dân khu vực 1 - Gia Lai."
        ),
        P("- Thời gian: Quý I/2026."),
        P(
            "2. Tổ chức tập huấn chuyên sâu kỹ năng giải quyết các vụ án hành chính, kinh doanh thương mại "
            "cho Thẩm phán, Thư ký Tòa án"
        ),
        P("- Đơn vị chủ trì: Phòng Giám đốc kiểm tra; đơn vị phối hợp: Tòa Hành chính, Tòa Kinh tế."),
        P("- Thời gian: Quý II và Quý III/2026."),
        P(
            "3. Thực hiện phổ biến pháp luật thông qua hoạt động xét xử, tổ chức phiên tòa rút kinh nghiệm, "
            "phiên tòa xét xử lưu động tại các xã, phường"
        ),
        P(
            "- Đơn vị chủ trì: Tòa Hình sự, Tòa Dân sự, Tòa án nhân dân các khu vực; đơn vị phối hợp: "
            "Viện kiểm sát nhân dân tỉnh Gia Lai, Ủy ban nhân dân các xã, phường nơi tổ chức phiên tòa."
        ),
        P("- Thời gian: Thường xuyên."),
        P(
            "4. Cập nhật bản án, quyết định đã có hiệu lực pháp luật lên Cổng thông tin điện tử công bố "
            "bản án, quyết định của Tòa án"
        ),
        P(
            "- Đơn vị chủ trì: Văn phòng Tòa án nhân dân tỉnh; đơn vị phối hợp: Tòa án nhân dân khu vực 1 - "
            "Gia Lai, Tòa án nhân dân khu vực 2 - Gia Lai và Tòa án nhân dân khu vực 3 - Gia Lai."
        ),
        P("- Thời gian: Hằng tháng."),
        P(
            "5. Phổ biến pháp luật về hòa giải, đối thoại tại Tòa án; giới thiệu kết quả hòa giải thành "
            "trên các phương tiện thông tin đại chúng"
        ),
        P(
            "- Đơn vị chủ trì: Tòa Gia đình và người chưa thành niên; đơn vị phối hợp: Phòng Tổ chức cán bộ, "
            "Thi đua - Khen thưởng."
        ),
        P("- Thời gian: Từ tháng 4 đến tháng 6/2026."),
        P("6. Tổ chức Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam (09/11) trong toàn ngành"),
        P(
            "- Đơn vị chủ trì: Phòng Tổ chức cán bộ, Thi đua - Khen thưởng; đơn vị phối hợp: Văn phòng Tòa án "
            "nhân dân tỉnh; Công đoàn cơ sở Tòa án nhân dân tỉnh."
        ),
        P("- Thời gian: Tháng 11/2026."),
        P("7. Tham gia ý kiến, tuyên truyền dự thảo văn bản quy phạm pháp luật do Tòa án nhân dân tối cao chủ trì"),
        P("- Đơn vị chủ trì: Văn phòng Tòa án nhân dân tỉnh; đơn vị phối hợp: các Tòa chuyên trách."),
        P("- Thời gian: Khi có đề nghị của Tòa án nhân dân tối cao."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        *_ending(
            [
                "1. Thủ trưởng các đơn vị thuộc Tòa án nhân dân tỉnh, Chánh án Tòa án nhân dân các khu vực "
                "căn cứ Kế hoạch này triển khai thực hiện.",
                "2. Giao Văn phòng Tòa án nhân dân tỉnh theo dõi, đôn đốc; tổng hợp báo cáo kết quả gửi "
                "Tòa án nhân dân tối cao trước ngày 05/12/2026.",
                "3. Kinh phí thực hiện từ nguồn ngân sách được giao năm 2026.",
            ],
            ["Tòa án nhân dân tối cao (để b/c);", "Sở Tư pháp tỉnh Gia Lai;", "Các đơn vị thuộc TAND tỉnh;",
             "TAND các khu vực;", "Lưu: VT, VP."],
            "CHÁNH ÁN",
            "Nguyễn Văn Thành",
        ),
    ],
    expected=[
        Exp("Quán triệt, phổ biến các luật, nghị quyết mới", ("Văn phòng Tòa án nhân dân tỉnh",),
            ("Phòng Tổ chức cán bộ, Thi đua - Khen thưởng", "Tòa án nhân dân khu vực 1 - Gia Lai"), "2026-03-31"),
        Exp("Tổ chức tập huấn chuyên sâu kỹ năng giải quyết", ("Phòng Giám đốc kiểm tra",),
            ("Tòa Hành chính", "Tòa Kinh tế"), "2026-09-30"),
        Exp("Thực hiện phổ biến pháp luật thông qua hoạt động xét xử",
            ("Tòa Hình sự", "Tòa Dân sự", "Tòa án nhân dân các khu vực"),
            ("Viện kiểm sát nhân dân tỉnh Gia Lai", "Ủy ban nhân dân các xã, phường nơi tổ chức phiên tòa"),
            "2026-12-31"),
        Exp("Cập nhật bản án, quyết định đã có hiệu lực", ("Văn phòng Tòa án nhân dân tỉnh",),
            ("Tòa án nhân dân khu vực 1 - Gia Lai", "Tòa án nhân dân khu vực 2 - Gia Lai",
             "Tòa án nhân dân khu vực 3 - Gia Lai"), "2026-12-31"),
        Exp("Phổ biến pháp luật về hòa giải, đối thoại tại Tòa án", ("Tòa Gia đình và người chưa thành niên",),
            ("Phòng Tổ chức cán bộ, Thi đua - Khen thưởng",), "2026-06-30"),
        Exp("Tổ chức Ngày Pháp luật nước Cộng hòa", ("Phòng Tổ chức cán bộ, Thi đua - Khen thưởng",),
            ("Văn phòng Tòa án nhân dân tỉnh", "Công đoàn cơ sở Tòa án nhân dân tỉnh"), "2026-11-30"),
        Exp("Tham gia ý kiến, tuyên truyền dự thảo văn bản", ("Văn phòng Tòa án nhân dân tỉnh",),
            ("các Tòa chuyên trách",), "2026-12-31", on_request=True),
    ],
)


# ---------------------------------------------------------------- 2. procuracy
_VKS_HC = (
    "Phòng Kiểm sát việc giải quyết các vụ án hành chính, vụ việc kinh doanh, thương mại, lao động và "
    "những việc khác theo quy định của pháp luật"
)
_VKS_HS = "Phòng Thực hành quyền công tố, kiểm sát điều tra và kiểm sát xét xử sơ thẩm án hình sự"
PLAN_PROCURACY = Plan(
    name="vksnd_nghean",
    blocks=[
        *_header(
            "VIỆN KIỂM SÁT NHÂN DÂN",
            "TỈNH NGHỆ AN",
            "09/KH-VKSNA",
            "Nghệ An, ngày 20 tháng 01 năm 2026",
            "Phổ biến, giáo dục pháp luật năm 2026",
            "trong Viện kiểm sát nhân dân hai cấp tỉnh Nghệ An",
        ),
        P(
            "Căn cứ Luật Tổ chức Viện kiểm sát nhân dân năm 2014 (sửa đổi, bổ sung năm 2025); Quyết định số "
            "15/QĐ-VKSTC ngày 10/01/2026 của Viện trưởng Viện kiểm sát nhân dân tối cao ban hành Kế hoạch "
            "công tác năm 2026;"
        ),
        P(
            "Căn cứ Kế hoạch số 25/KH-UBND ngày 14/01/2026 của Ủy ban nhân dân tỉnh Nghệ An về công tác phổ "
            "biến, giáo dục pháp luật năm 2026, Viện kiểm sát nhân dân tỉnh Nghệ An xây dựng Kế hoạch như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "- Tiếp tục thực hiện có hiệu quả Chỉ thị số 32-CT/TW ngày 09/12/2003 của Ban Bí thư và Kết luận "
            "số 80-KL/TW ngày 20/6/2020 của Ban Bí thư về công tác phổ biến, giáo dục pháp luật."
        ),
        P("- Bảo đảm phân công rõ đơn vị chủ trì, phối hợp, thời gian hoàn thành và sản phẩm cụ thể."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("(Có bảng phân công kèm theo)"),
        T(
            (
                ("STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành",
                 "Sản phẩm"),
                ("I", "PHỔ BIẾN PHÁP LUẬT TRONG NỘI BỘ NGÀNH", "", "", "", ""),
                ("1", "Quán triệt, triển khai Luật Tổ chức Viện kiểm sát nhân dân (sửa đổi) và các văn bản "
                 "hướng dẫn thi hành", "Văn phòng Viện kiểm sát nhân dân tỉnh", "Phòng Tổ chức cán bộ",
                 "Quý I/2026", "Hội nghị quán triệt"),
                ("2", "Tập huấn kỹ năng kiểm sát giải quyết án hành chính, kinh doanh thương mại", _VKS_HC,
                 "Viện kiểm sát nhân dân khu vực 1 - Nghệ An; Viện kiểm sát nhân dân khu vực 2 - Nghệ An",
                 "Tháng 5/2026", "Tài liệu tập huấn"),
                ("3", "Hưởng ứng Ngày Pháp luật Việt Nam 09/11, tổ chức tọa đàm chuyên đề", "Phòng Tổ chức cán bộ",
                 "Đoàn Thanh niên Viện kiểm sát nhân dân tỉnh", "Từ 01/10 đến 09/11/2026", "Báo cáo kết quả"),
                ("II", "PHỔ BIẾN PHÁP LUẬT CHO NGƯỜI DÂN", "", "", "", ""),
                ("4", "Phối hợp tổ chức phiên tòa hình sự xét xử lưu động tại địa bàn xã", _VKS_HS,
                 "Viện kiểm sát nhân dân các khu vực", "Quý II - Quý IV/2026", "Phiên tòa lưu động"),
                ("5", "Tuyên truyền pháp luật về tiếp công dân, giải quyết khiếu nại, tố cáo trong hoạt động "
                 "tư pháp", "Thanh tra Viện kiểm sát nhân dân tỉnh",
                 "Văn phòng Viện kiểm sát nhân dân tỉnh, Phòng Tổ chức cán bộ", "6 tháng cuối năm 2026",
                 "Tin, bài"),
                ("6", "Biên tập, đăng tải tin bài tuyên truyền trên Trang thông tin điện tử Viện kiểm sát "
                 "nhân dân tỉnh", "Văn phòng Viện kiểm sát nhân dân tỉnh",
                 "Các phòng nghiệp vụ; Viện kiểm sát nhân dân các khu vực", "Hằng tháng", "Tin, bài, video"),
                ("7", "Tuyên truyền dự thảo luật do Viện kiểm sát nhân dân tối cao chủ trì soạn thảo",
                 "Văn phòng Viện kiểm sát nhân dân tỉnh", "Các phòng nghiệp vụ",
                 "Khi có hướng dẫn của Viện kiểm sát nhân dân tối cao", "Văn bản góp ý"),
            ),
            widths=(10, 55, 40, 40, 25, 22),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        *_ending(
            [
                "1. Trưởng các phòng nghiệp vụ, Chánh Văn phòng, Chánh Thanh tra, Viện trưởng Viện kiểm sát "
                "nhân dân các khu vực chịu trách nhiệm tổ chức thực hiện Kế hoạch.",
                "2. Các đơn vị báo cáo kết quả thực hiện (qua Văn phòng) trước ngày 25/11/2026 để tổng hợp "
                "báo cáo Viện kiểm sát nhân dân tối cao.",
            ],
            ["Viện KSND tối cao (Vụ 15) - để b/c;", "Sở Tư pháp tỉnh Nghệ An;", "Lãnh đạo Viện;",
             "Các đơn vị thuộc VKSND tỉnh;", "VKSND các khu vực;", "Lưu: VT, VP."],
            "VIỆN TRƯỞNG",
            "Hồ Đức Quang",
        ),
    ],
    expected=[
        Exp("Quán triệt, triển khai Luật Tổ chức Viện kiểm sát", ("Văn phòng Viện kiểm sát nhân dân tỉnh",),
            ("Phòng Tổ chức cán bộ",), "2026-03-31"),
        Exp("Tập huấn kỹ năng kiểm sát giải quyết án hành chính", (_VKS_HC,),
            ("Viện kiểm sát nhân dân khu vực 1 - Nghệ An", "Viện kiểm sát nhân dân khu vực 2 - Nghệ An"),
            "2026-05-31"),
        Exp("Hưởng ứng Ngày Pháp luật Việt Nam 09/11", ("Phòng Tổ chức cán bộ",),
            ("Đoàn Thanh niên Viện kiểm sát nhân dân tỉnh",), "2026-11-09"),
        Exp("Phối hợp tổ chức phiên tòa hình sự xét xử lưu động", (_VKS_HS,),
            ("Viện kiểm sát nhân dân các khu vực",), "2026-12-31"),
        Exp("Tuyên truyền pháp luật về tiếp công dân", ("Thanh tra Viện kiểm sát nhân dân tỉnh",),
            ("Văn phòng Viện kiểm sát nhân dân tỉnh", "Phòng Tổ chức cán bộ"), "2026-12-31"),
        Exp("Biên tập, đăng tải tin bài tuyên truyền", ("Văn phòng Viện kiểm sát nhân dân tỉnh",),
            ("Các phòng nghiệp vụ", "Viện kiểm sát nhân dân các khu vực"), "2026-12-31"),
        Exp("Tuyên truyền dự thảo luật do Viện kiểm sát", ("Văn phòng Viện kiểm sát nhân dân tỉnh",),
            ("Các phòng nghiệp vụ",), "2026-12-31", on_request=True),
    ],
)


# ---------------------------------------------------------------- 3. provincial police
_PCCC = "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ"
_ANM = "Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao"
_QLHC = "Phòng Cảnh sát quản lý hành chính về trật tự xã hội"
_CAX = "Công an các xã, phường, đặc khu"
PLAN_POLICE = Plan(
    name="congan_quangninh",
    blocks=[
        *_header(
            "BỘ CÔNG AN",
            "CÔNG AN TỈNH QUẢNG NINH",
            "112/KH-CAT-PV01",
            "Quảng Ninh, ngày 05 tháng 02 năm 2026",
            "Tuyên truyền, phổ biến, giáo dục pháp luật",
            "trong Công an tỉnh và Nhân dân trên địa bàn năm 2026",
        ),
        P(
            "Thực hiện Kế hoạch số 36/KH-BCA-V03 ngày 15/01/2026 của Bộ Công an về công tác phổ biến, giáo "
            "dục pháp luật năm 2026 và Kế hoạch số 41/KH-UBND ngày 22/01/2026 của Ủy ban nhân dân tỉnh Quảng "
            "Ninh, Công an tỉnh xây dựng Kế hoạch triển khai như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "1. Nâng cao ý thức chấp hành pháp luật về an ninh, trật tự của cán bộ, chiến sĩ và Nhân dân; "
            "góp phần phòng ngừa, đấu tranh với tội phạm và vi phạm pháp luật."
        ),
        P(
            "2. Công tác tuyên truyền phải bám sát tình hình thực tế của địa bàn, có trọng tâm, trọng điểm; "
            "phát huy vai trò của Công an cấp xã trong tuyên truyền tại cơ sở."
        ),
        P("II. NỘI DUNG NHIỆM VỤ", bold=True),
        P("1. Tuyên truyền pháp luật về trật tự, an toàn xã hội", bold=True),
        P("1.1. Tuyên truyền Luật Trật tự, an toàn giao thông đường bộ và Luật Đường bộ năm 2024"),
        P("+ Đơn vị chủ trì: Phòng Cảnh sát giao thông."),
        P(f"+ Đơn vị phối hợp: {_CAX}; Đoàn Thanh niên Công an tỉnh."),
        P("+ Thời gian: Quý I, II/2026."),
        P("1.2. Tuyên truyền pháp luật về phòng cháy, chữa cháy và cứu nạn, cứu hộ tại khu dân cư, cơ sở "
          "kinh doanh có nguy cơ cháy, nổ cao"),
        P(f"+ Đơn vị chủ trì: {_PCCC}."),
        P(f"+ Đơn vị phối hợp: {_CAX}."),
        P("+ Thời gian: Cả năm 2026."),
        P("1.3. Cảnh báo phương thức, thủ đoạn lừa đảo chiếm đoạt tài sản trên không gian mạng"),
        P(f"+ Đơn vị chủ trì: {_ANM}."),
        P("+ Đơn vị phối hợp: Phòng Cảnh sát hình sự; Phòng Tham mưu."),
        P("+ Thời gian: Thường xuyên."),
        P("2. Phổ biến pháp luật về quản lý hành chính và xây dựng phong trào", bold=True),
        P("2.1. Phổ biến Luật Căn cước và các văn bản hướng dẫn thi hành"),
        P(f"+ Đơn vị chủ trì: {_QLHC}."),
        P(f"+ Đơn vị phối hợp: {_CAX}."),
        P("+ Thời gian: Tháng 3 - tháng 5/2026."),
        P("2.2. Tổ chức Hội nghị báo cáo viên pháp luật Công an tỉnh"),
        P("+ Đơn vị chủ trì: Phòng Tham mưu."),
        P("+ Đơn vị phối hợp: Phòng Công tác đảng và công tác chính trị."),
        P("+ Thời gian: Quý III/2026."),
        P("2.3. Xây dựng mô hình “Tổ tự quản về an ninh, trật tự” gắn với phổ biến pháp luật tại khu dân cư"),
        P("+ Đơn vị chủ trì: Phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc."),
        P(f"+ Đơn vị phối hợp: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; {_CAX}."),
        P("+ Thời gian: Năm 2026."),
        P("3. Tuyên truyền các luật mới trong lĩnh vực an ninh, trật tự do Quốc hội thông qua", bold=True),
        P("+ Đơn vị chủ trì: Phòng Tham mưu."),
        P("+ Đơn vị phối hợp: các đơn vị nghiệp vụ Công an tỉnh."),
        P("+ Thời gian: Sau khi luật được thông qua và có hướng dẫn của Bộ Công an."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        *_ending(
            [
                "1. Thủ trưởng các đơn vị, Trưởng Công an các xã, phường, đặc khu căn cứ Kế hoạch này xây "
                "dựng kế hoạch của đơn vị, địa phương.",
                "2. Phòng Tham mưu là đơn vị thường trực, theo dõi, hướng dẫn, kiểm tra việc thực hiện; báo "
                "cáo sơ kết 6 tháng trước ngày 10/6/2026 và tổng kết năm trước ngày 15/11/2026.",
            ],
            ["Vụ Pháp chế và cải cách hành chính, tư pháp - BCA (để b/c);", "Đồng chí Giám đốc (để b/c);",
             "Các đồng chí Phó Giám đốc;", "Các đơn vị thuộc Công an tỉnh;", "Công an các xã, phường, đặc khu;",
             "Lưu: VT, PV01."],
            "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
            "Đại tá Trần Minh Hải",
        ),
    ],
    expected=[
        Exp("Tuyên truyền Luật Trật tự, an toàn giao thông", ("Phòng Cảnh sát giao thông",),
            (_CAX, "Đoàn Thanh niên Công an tỉnh"), "2026-06-30"),
        Exp("Tuyên truyền pháp luật về phòng cháy, chữa cháy", (_PCCC,), (_CAX,), "2026-12-31"),
        Exp("Cảnh báo phương thức, thủ đoạn lừa đảo", (_ANM,), ("Phòng Cảnh sát hình sự", "Phòng Tham mưu"),
            "2026-12-31"),
        Exp("Phổ biến Luật Căn cước và các văn bản", (_QLHC,), (_CAX,), "2026-05-31"),
        Exp("Tổ chức Hội nghị báo cáo viên pháp luật", ("Phòng Tham mưu",),
            ("Phòng Công tác đảng và công tác chính trị",), "2026-09-30"),
        Exp("Xây dựng mô hình “Tổ tự quản về an ninh, trật tự”",
            ("Phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", _CAX), "2026-12-31"),
        Exp("Tuyên truyền các luật mới trong lĩnh vực an ninh", ("Phòng Tham mưu",),
            ("các đơn vị nghiệp vụ Công an tỉnh",), "2026-12-31", on_request=True),
    ],
)


# ---------------------------------------------------------------- 4. commune police
PLAN_COMMUNE_POLICE = Plan(
    name="congan_xa_daklak",
    blocks=[
        *_header(
            "CÔNG AN TỈNH ĐẮK LẮK",
            "CÔNG AN XÃ EA KAR",
            "07/KH-CAX",
            "Ea Kar, ngày 26 tháng 02 năm 2026",
            "Tuyên truyền, phổ biến pháp luật về an ninh, trật tự",
            "trên địa bàn xã Ea Kar năm 2026",
        ),
        P(
            "Thực hiện Kế hoạch số 112/KH-CAT-PV01 ngày 10/02/2026 của Công an tỉnh Đắk Lắk và Kế hoạch số "
            "15/KH-UBND ngày 12/02/2026 của Ủy ban nhân dân xã Ea Kar về công tác phổ biến, giáo dục pháp "
            "luật năm 2026, Công an xã xây dựng Kế hoạch như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "Nâng cao hiểu biết pháp luật của Nhân dân, nhất là đồng bào dân tộc thiểu số ở các thôn, buôn; "
            "phát huy vai trò của lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở."
        ),
        P("II. NỘI DUNG VÀ PHÂN CÔNG", bold=True),
        P(
            "a) Tổ chức tuyên truyền Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở. Giao Tổ Tổng hợp "
            "chủ trì, phối hợp với Ban Chỉ huy các Tổ bảo vệ an ninh, trật tự ở cơ sở thực hiện. Thời gian: "
            "Quý I/2026."
        ),
        P(
            "b) Tuyên truyền về cư trú, căn cước, định danh điện tử và dịch vụ công trực tuyến. Đồng chí Phó "
            "Trưởng Công an xã phụ trách hành chính chủ trì; Tổ Cảnh sát quản lý hành chính về trật tự xã hội, "
            "Tổ Cảnh sát khu vực phối hợp. Thời gian: Thường xuyên."
        ),
        P(
            "c) Tuyên truyền phòng, chống ma túy tại các thôn, buôn, trường học trên địa bàn xã. Tổ Điều tra - "
            "Hình sự chủ trì, phối hợp với Đoàn Thanh niên Cộng sản Hồ Chí Minh xã, Hội Liên hiệp Phụ nữ xã và "
            "Trưởng các thôn, buôn. Thời gian: Tháng 6/2026 (Tháng hành động phòng, chống ma túy)."
        ),
        P(
            "d) Phổ biến quy định về phòng cháy, chữa cháy cho hộ gia đình, hộ kinh doanh kết hợp sản xuất. "
            "Tổ Phòng cháy, chữa cháy và cứu nạn, cứu hộ chủ trì; Tổ Cảnh sát khu vực phối hợp. Thời gian: Từ "
            "tháng 7 đến tháng 9/2026."
        ),
        P(
            "đ) Lồng ghép tuyên truyền pháp luật trong các buổi họp thôn, buôn và sinh hoạt cộng đồng. Cảnh sát "
            "khu vực phụ trách địa bàn có trách nhiệm thực hiện, phối hợp với Trưởng các thôn, buôn. "
            "Thời gian: Hằng tháng."
        ),
        P(
            "e) Tuyên truyền văn bản pháp luật mới liên quan đến tổ chức, hoạt động của lực lượng Công an. "
            "Đồng chí Trưởng Công an xã chủ trì, Tổ Tổng hợp phối hợp. Thời gian: Khi có chỉ đạo của Công "
            "an tỉnh."
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        *_ending(
            [
                "Các Tổ công tác, cán bộ, chiến sĩ Công an xã nghiêm túc triển khai thực hiện. Tổ Tổng hợp "
                "tổng hợp kết quả, báo cáo Công an tỉnh (qua Phòng Tham mưu) trước ngày 20/11/2026.",
            ],
            ["Công an tỉnh (PV01) - để b/c;", "Đảng ủy, UBND xã - để b/c;", "Các Tổ công tác;", "Lưu: CAX."],
            "TRƯỞNG CÔNG AN XÃ",
            "Thiếu tá Y Khuê Niê",
        ),
    ],
    expected=[
        Exp("Tổ chức tuyên truyền Luật Lực lượng tham gia", ("Tổ Tổng hợp",),
            ("Ban Chỉ huy các Tổ bảo vệ an ninh, trật tự ở cơ sở",), "2026-03-31"),
        Exp("Tuyên truyền về cư trú, căn cước, định danh",
            ("Đồng chí Phó Trưởng Công an xã phụ trách hành chính",),
            ("Tổ Cảnh sát quản lý hành chính về trật tự xã hội", "Tổ Cảnh sát khu vực"), "2026-12-31"),
        Exp("Tuyên truyền phòng, chống ma túy tại các thôn", ("Tổ Điều tra - Hình sự",),
            ("Đoàn Thanh niên Cộng sản Hồ Chí Minh xã", "Hội Liên hiệp Phụ nữ xã", "Trưởng các thôn, buôn"),
            "2026-06-30"),
        Exp("Phổ biến quy định về phòng cháy, chữa cháy cho hộ", ("Tổ Phòng cháy, chữa cháy và cứu nạn, cứu hộ",),
            ("Tổ Cảnh sát khu vực",), "2026-09-30"),
        Exp("Lồng ghép tuyên truyền pháp luật trong các buổi", ("Cảnh sát khu vực phụ trách địa bàn",),
            ("Trưởng các thôn, buôn",), "2026-12-31"),
        Exp("Tuyên truyền văn bản pháp luật mới liên quan", ("Đồng chí Trưởng Công an xã",),
            ("Tổ Tổng hợp",), "2026-12-31", on_request=True),
    ],
)


# ---------------------------------------------------------------- 5. military command
_TH = "Ban Tuyên huấn thuộc Phòng Chính trị"
PLAN_MILITARY = Plan(
    name="bchqs_laocai",
    blocks=[
        *_header(
            "QUÂN KHU 2",
            "BỘ CHỈ HUY QUÂN SỰ TỈNH LÀO CAI",
            "245/KH-BCH",
            "Lào Cai, ngày 09 tháng 01 năm 2026",
            "Phổ biến, giáo dục pháp luật năm 2026",
            "trong lực lượng vũ trang tỉnh Lào Cai",
        ),
        P(
            "Căn cứ Luật Quốc phòng năm 2018; Luật Dân quân tự vệ năm 2019; Luật Phòng thủ dân sự năm 2023; "
            "Chỉ thị số 85/CT-BQP ngày 18/12/2025 của Bộ trưởng Bộ Quốc phòng về công tác phổ biến, giáo dục "
            "pháp luật trong Quân đội năm 2026; Kế hoạch số 128/KH-BTL ngày 30/12/2025 của Bộ Tư lệnh Quân "
            "khu 2;"
        ),
        P("Bộ Chỉ huy Quân sự tỉnh xây dựng Kế hoạch phổ biến, giáo dục pháp luật năm 2026 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "- Xây dựng ý thức chấp hành nghiêm pháp luật Nhà nước, kỷ luật Quân đội; giảm vi phạm kỷ luật "
            "nghiêm trọng, không để xảy ra vụ việc vi phạm pháp luật phải xử lý hình sự."
        ),
        P("- Nội dung phổ biến sát đối tượng, gắn với nhiệm vụ quân sự, quốc phòng địa phương."),
        P("II. NỘI DUNG, THỜI GIAN VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        T(
            (
                ("Nội dung", "Thời gian", "Cơ quan chủ trì", "Cơ quan phối hợp", "Ghi chú"),
                ("1. Đối với cán bộ, chiến sĩ trong lực lượng thường trực", "", "", "", ""),
                ("Giáo dục pháp luật cho chiến sĩ mới trong thời gian huấn luyện tân binh", "Quý II/2026",
                 "Trung đoàn Bộ binh 254", _TH, "Theo chương trình huấn luyện"),
                ("Tổ chức Ngày pháp luật trong các cơ quan, đơn vị vào tuần thứ 2 của tháng", "Hằng tháng",
                 "Các cơ quan, đơn vị trực thuộc Bộ Chỉ huy", _TH, ""),
                ("Phổ biến quy định về quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ", "Tháng 8/2026",
                 "Phòng Hậu cần - Kỹ thuật", "Phòng Tham mưu; Ban Bảo vệ an ninh thuộc Phòng Chính trị", ""),
                ("Thi tìm hiểu pháp luật trực tuyến trong lực lượng vũ trang tỉnh", "15/9 - 30/10/2026",
                 "Phòng Chính trị", "Phòng Tham mưu, Phòng Hậu cần - Kỹ thuật",
                 "Kinh phí từ ngân sách quốc phòng"),
                ("2. Đối với dân quân tự vệ, dự bị động viên và thanh niên", "", "", "", ""),
                ("Phổ biến Luật Nghĩa vụ quân sự và các văn bản hướng dẫn cho thanh niên trong độ tuổi gọi "
                 "nhập ngũ", "Tháng 01 - tháng 02/2026", "Ban Chỉ huy quân sự các xã, phường",
                 "Ban Chỉ huy Phòng thủ khu vực 1 - Bắc Hà; Ban Chỉ huy Phòng thủ khu vực 2 - Văn Bàn",
                 "Trước khi giao quân"),
                ("Tuyên truyền Luật Phòng thủ dân sự cho lực lượng dân quân tự vệ", "Quý III/2026",
                 "Phòng Tham mưu",
                 "Ban Chỉ huy quân sự các xã, phường; Ban Chỉ huy quân sự cơ quan, tổ chức", ""),
                ("Phổ biến văn bản quy phạm pháp luật mới về quốc phòng, quân sự địa phương",
                 "Khi có hướng dẫn của Bộ Tư lệnh Quân khu 2", "Phòng Chính trị",
                 "Các cơ quan, đơn vị trực thuộc Bộ Chỉ huy", ""),
            ),
            widths=(60, 28, 35, 45, 22),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        *_ending(
            [
                "1. Phòng Chính trị là cơ quan thường trực, giúp Đảng ủy, Bộ Chỉ huy chỉ đạo, hướng dẫn, kiểm tra "
                "việc thực hiện Kế hoạch.",
                "2. Các cơ quan, đơn vị báo cáo kết quả 6 tháng trước ngày 15/6/2026, báo cáo năm trước ngày "
                "15/11/2026 về Bộ Chỉ huy (qua Phòng Chính trị).",
            ],
            ["Bộ Tư lệnh Quân khu 2 (để b/c);", "Sở Tư pháp tỉnh Lào Cai;", "Thủ trưởng Bộ Chỉ huy;",
             "Các cơ quan, đơn vị;", "Lưu: VT, TH."],
            "KT. CHỈ HUY TRƯỞNG\nPHÓ CHỈ HUY TRƯỞNG - CHÍNH ỦY",
            "Đại tá Lương Văn Hùng",
        ),
    ],
    expected=[
        Exp("Giáo dục pháp luật cho chiến sĩ mới", ("Trung đoàn Bộ binh 254",), (_TH,), "2026-06-30"),
        Exp("Tổ chức Ngày pháp luật trong các cơ quan", ("Các cơ quan, đơn vị trực thuộc Bộ Chỉ huy",), (_TH,),
            "2026-12-31"),
        Exp("Phổ biến quy định về quản lý, sử dụng vũ khí", ("Phòng Hậu cần - Kỹ thuật",),
            ("Phòng Tham mưu", "Ban Bảo vệ an ninh thuộc Phòng Chính trị"), "2026-08-31"),
        Exp("Thi tìm hiểu pháp luật trực tuyến", ("Phòng Chính trị",),
            ("Phòng Tham mưu", "Phòng Hậu cần - Kỹ thuật"), "2026-10-30"),
        Exp("Phổ biến Luật Nghĩa vụ quân sự và các văn bản", ("Ban Chỉ huy quân sự các xã, phường",),
            ("Ban Chỉ huy Phòng thủ khu vực 1 - Bắc Hà", "Ban Chỉ huy Phòng thủ khu vực 2 - Văn Bàn"),
            "2026-02-28"),
        Exp("Tuyên truyền Luật Phòng thủ dân sự cho lực lượng", ("Phòng Tham mưu",),
            ("Ban Chỉ huy quân sự các xã, phường", "Ban Chỉ huy quân sự cơ quan, tổ chức"), "2026-09-30"),
        Exp("Phổ biến văn bản quy phạm pháp luật mới về quốc phòng", ("Phòng Chính trị",),
            ("Các cơ quan, đơn vị trực thuộc Bộ Chỉ huy",), "2026-12-31", on_request=True),
    ],
)


# ---------------------------------------------------------------- 6. border guard
PLAN_BORDER = Plan(
    name="bdbp_angiang",
    blocks=[
        *_header(
            "BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG",
            "BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH AN GIANG",
            "186/KH-BCH",
            "An Giang, ngày 16 tháng 01 năm 2026",
            "Tuyên truyền, phổ biến, giáo dục pháp luật",
            "cho cán bộ, chiến sĩ và Nhân dân khu vực biên giới, biển, đảo năm 2026",
        ),
        P(
            "Căn cứ Luật Biên giới quốc gia năm 2003; Luật Biên phòng Việt Nam năm 2020; Nghị định số "
            "02/2021/NĐ-CP ngày 15/01/2021 của Chính phủ quy định chi tiết và biện pháp thi hành Luật Biên "
            "phòng Việt Nam;"
        ),
        P(
            "Thực hiện Kế hoạch số 95/KH-BTL ngày 05/01/2026 của Bộ Tư lệnh Bộ đội Biên phòng, Bộ Chỉ huy "
            "Bộ đội Biên phòng tỉnh xây dựng Kế hoạch như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "Nâng cao nhận thức pháp luật về chủ quyền, an ninh biên giới quốc gia, biển, đảo; xây dựng "
            "thế trận biên phòng toàn dân vững chắc; hình thức tuyên truyền phù hợp với đồng bào dân tộc "
            "Khmer và ngư dân."
        ),
        P("II. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True),
        P("1. Tuyên truyền pháp luật về biên giới quốc gia cho nhân dân khu vực biên giới đất liền", bold=True),
        P(
            "- Biên soạn tài liệu tuyên truyền Luật Biên giới quốc gia, Luật Biên phòng Việt Nam bằng tiếng "
            "Việt và tiếng Khmer: Phòng Chính trị chủ trì, phối hợp với Phòng Tham mưu; hoàn thành trong "
            "Quý I/2026."
        ),
        P(
            "- Tổ chức tuyên truyền trực tiếp tại các ấp, khóm giáp biên: các Đồn Biên phòng tuyến biên giới "
            "đất liền chủ trì; Ủy ban nhân dân các xã biên giới, Ban Chỉ huy quân sự các xã biên giới phối "
            "hợp; thực hiện Quý II - Quý III/2026."
        ),
        P("2. Phổ biến pháp luật về phòng, chống ma túy, mua bán người và xuất nhập cảnh trái phép", bold=True),
        P(
            "Chủ trì: Phòng Phòng chống ma túy và tội phạm. Phối hợp: Đồn Biên phòng Cửa khẩu quốc tế Tịnh "
            "Biên, Đồn Biên phòng Vĩnh Xương. Thời gian: tháng 6 và tháng 7/2026."
        ),
        P("3. Tuyên truyền pháp luật về thủy sản, chống khai thác hải sản bất hợp pháp (IUU)", bold=True),
        P(
            "- Tuyên truyền cho ngư dân tại các cảng cá, bến cá Hà Tiên, Rạch Giá, Phú Quốc: Hải đội Biên "
            "phòng 2 chủ trì; Đồn Biên phòng Cửa khẩu cảng Hòn Chông, Sở Nông nghiệp và Môi trường phối hợp; "
            "thời gian: thường xuyên."
        ),
        P(
            "- Kiểm tra, kiểm soát tàu cá xuất, nhập bến kết hợp tuyên truyền, ký cam kết không vi phạm vùng "
            "biển nước ngoài: các Đồn Biên phòng ven biển chủ trì, Hải đội Biên phòng 2 phối hợp; thời gian: "
            "trong năm 2026."
        ),
        P(
            "4. Xây dựng, duy trì mô hình “Cụm dân cư an toàn, không có tội phạm ma túy” tại xã Vĩnh Xương. "
            "Đồn Biên phòng Vĩnh Xương chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam xã Vĩnh Xương; "
            "thời gian: cả năm.",
            bold=False,
        ),
        P(
            "5. Tham gia ý kiến vào dự thảo văn bản quy phạm pháp luật liên quan đến Bộ đội Biên phòng. Phòng "
            "Tham mưu chủ trì, Phòng Chính trị phối hợp; thời gian: theo đề nghị của Bộ Tư lệnh Bộ đội Biên "
            "phòng."
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        *_ending(
            [
                "1. Phòng Chính trị chủ trì theo dõi, hướng dẫn các cơ quan, đơn vị triển khai; tổng hợp báo cáo "
                "Bộ Tư lệnh Bộ đội Biên phòng, Ủy ban nhân dân tỉnh trước ngày 30/11/2026.",
                "2. Các Đồn Biên phòng, Hải đội Biên phòng 2 báo cáo kết quả hằng quý về Phòng Chính trị.",
            ],
            ["Bộ Tư lệnh BĐBP (để b/c);", "UBND tỉnh An Giang (để b/c);", "Sở Tư pháp;",
             "Các cơ quan, đơn vị;", "Lưu: VT, CT."],
            "CHỈ HUY TRƯỞNG",
            "Đại tá Danh Sơn",
        ),
    ],
    expected=[
        Exp("Biên soạn tài liệu tuyên truyền Luật Biên giới", ("Phòng Chính trị",), ("Phòng Tham mưu",),
            "2026-03-31"),
        Exp("Tổ chức tuyên truyền trực tiếp tại các ấp", ("các Đồn Biên phòng tuyến biên giới đất liền",),
            ("Ủy ban nhân dân các xã biên giới", "Ban Chỉ huy quân sự các xã biên giới"), "2026-09-30"),
        Exp("Phổ biến pháp luật về phòng, chống ma túy, mua bán người",
            ("Phòng Phòng chống ma túy và tội phạm",),
            ("Đồn Biên phòng Cửa khẩu quốc tế Tịnh Biên", "Đồn Biên phòng Vĩnh Xương"), "2026-07-31"),
        Exp("Tuyên truyền cho ngư dân tại các cảng cá", ("Hải đội Biên phòng 2",),
            ("Đồn Biên phòng Cửa khẩu cảng Hòn Chông", "Sở Nông nghiệp và Môi trường"), "2026-12-31"),
        Exp("Kiểm tra, kiểm soát tàu cá xuất, nhập bến", ("các Đồn Biên phòng ven biển",),
            ("Hải đội Biên phòng 2",), "2026-12-31"),
        Exp("Xây dựng, duy trì mô hình “Cụm dân cư an toàn", ("Đồn Biên phòng Vĩnh Xương",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam xã Vĩnh Xương",), "2026-12-31"),
        Exp("Tham gia ý kiến vào dự thảo văn bản", ("Phòng Tham mưu",), ("Phòng Chính trị",), "2026-12-31",
            on_request=True),
    ],
)


# ---------------------------------------------------------------- 7. tax
_NV = "Phòng Nghiệp vụ, Dự toán, Pháp chế"
_DN1 = "Phòng Quản lý, hỗ trợ doanh nghiệp số 1"
_HKD = "Phòng Quản lý, hỗ trợ hộ kinh doanh, cá nhân"
PLAN_TAX = Plan(
    name="thue_haiphong",
    blocks=[
        *_header(
            "CỤC THUẾ",
            "THUẾ THÀNH PHỐ HẢI PHÒNG",
            "38/KH-HPH",
            "Hải Phòng, ngày 23 tháng 01 năm 2026",
            "Tuyên truyền, phổ biến pháp luật về thuế và hỗ trợ người nộp thuế",
            "năm 2026",
        ),
        P(
            "Căn cứ Luật Quản lý thuế số 38/2019/QH14 và Luật Quản lý thuế (sửa đổi) số 108/2025/QH15; "
            "Quyết định số 1998/QĐ-CT ngày 30/12/2025 của Cục trưởng Cục Thuế ban hành Chương trình tuyên "
            "truyền, hỗ trợ người nộp thuế năm 2026;"
        ),
        P(
            "Căn cứ Kế hoạch số 09/KH-UBND ngày 13/01/2026 của Ủy ban nhân dân thành phố Hải Phòng về công "
            "tác phổ biến, giáo dục pháp luật năm 2026;"
        ),
        P("Thuế thành phố Hải Phòng ban hành Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Giúp người nộp thuế hiểu và thực hiện đúng nghĩa vụ thuế; giảm chi phí tuân thủ."),
        P("2. Tăng cường đối thoại, tiếp nhận và giải đáp kịp thời vướng mắc của người nộp thuế."),
        P("II. NỘI DUNG, PHÂN CÔNG THỰC HIỆN", bold=True),
        T(
            (
                ("STT", "Nội dung", "Đơn vị thực hiện", "", "Thời gian", "Kinh phí"),
                ("", "", "Chủ trì", "Phối hợp", "", ""),
                ("1", "Tuyên truyền Luật Quản lý thuế (sửa đổi) năm 2025 và các nghị định hướng dẫn", _NV,
                 "Các Thuế cơ sở", "Quý I/2026", "Dự toán chi thường xuyên"),
                ("2", "Đối thoại với doanh nghiệp về chính sách thuế mới", _DN1,
                 f"{_NV}; Hiệp hội Doanh nghiệp thành phố Hải Phòng", "Tháng 4, tháng 10/2026",
                 "Dự toán chi thường xuyên"),
                ("3", "Hướng dẫn hộ kinh doanh chuyển đổi từ thuế khoán sang phương pháp kê khai", _HKD,
                 "Thuế cơ sở 1 thành phố Hải Phòng, Thuế cơ sở 2 thành phố Hải Phòng", "01/01 - 30/6/2026",
                 "Lồng ghép"),
                ("4", "Phổ biến pháp luật về hóa đơn điện tử, hóa đơn khởi tạo từ máy tính tiền",
                 "Phòng Thanh tra, kiểm tra", _DN1, "Quý II, III/2026", "Lồng ghép"),
                ("5", "Cập nhật văn bản pháp luật thuế trên Trang thông tin điện tử", "Văn phòng Thuế thành phố",
                 _NV, "Thường xuyên", "Không phát sinh"),
                ("6", "Tập huấn pháp luật cho công chức thuế mới tuyển dụng, điều động", "Phòng Tổ chức cán bộ",
                 _NV, "Tháng 9/2026", "Dự toán chi thường xuyên"),
                ("7", "Tuyên truyền các văn bản hướng dẫn Luật Thuế thu nhập cá nhân (sửa đổi)", _HKD,
                 "Các Thuế cơ sở", "Sau khi Bộ Tài chính ban hành thông tư hướng dẫn", "Lồng ghép"),
            ),
            widths=(10, 60, 35, 40, 25, 22),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        *_ending(
            [
                "1. Trưởng các phòng, Trưởng Thuế cơ sở chịu trách nhiệm triển khai nội dung được phân công.",
                f"2. Giao {_NV} theo dõi, tổng hợp; báo cáo kết quả về Cục Thuế trước ngày 10/12/2026.",
            ],
            ["Cục Thuế (để b/c);", "UBND thành phố Hải Phòng (để b/c);", "Sở Tư pháp;", "Các phòng, Thuế cơ sở;",
             "Lưu: VT, NVDTPC."],
            "TRƯỞNG THUẾ THÀNH PHỐ",
            "Phạm Thị Thu Hà",
        ),
    ],
    expected=[
        Exp("Tuyên truyền Luật Quản lý thuế (sửa đổi)", (_NV,), ("Các Thuế cơ sở",), "2026-03-31"),
        Exp("Đối thoại với doanh nghiệp về chính sách thuế", (_DN1,),
            (_NV, "Hiệp hội Doanh nghiệp thành phố Hải Phòng"), "2026-10-31"),
        Exp("Hướng dẫn hộ kinh doanh chuyển đổi từ thuế khoán", (_HKD,),
            ("Thuế cơ sở 1 thành phố Hải Phòng", "Thuế cơ sở 2 thành phố Hải Phòng"), "2026-06-30"),
        Exp("Phổ biến pháp luật về hóa đơn điện tử", ("Phòng Thanh tra, kiểm tra",), (_DN1,), "2026-09-30"),
        Exp("Cập nhật văn bản pháp luật thuế trên Trang", ("Văn phòng Thuế thành phố",), (_NV,), "2026-12-31"),
        Exp("Tập huấn pháp luật cho công chức thuế", ("Phòng Tổ chức cán bộ",), (_NV,), "2026-09-30"),
        Exp("Tuyên truyền các văn bản hướng dẫn Luật Thuế thu nhập", (_HKD,), ("Các Thuế cơ sở",), "2026-12-31",
            on_request=True),
    ],
)


# ---------------------------------------------------------------- 8. customs
_HN = "Hải quan cửa khẩu quốc tế Hữu Nghị"
_DD = "Hải quan cửa khẩu ga đường sắt quốc tế Đồng Đăng"
PLAN_CUSTOMS = Plan(
    name="haiquan_kv7",
    blocks=[
        *_header(
            "CỤC HẢI QUAN",
            "CHI CỤC HẢI QUAN KHU VỰC VII",
            "204/KH-CCHQKV7",
            "Lạng Sơn, ngày 03 tháng 02 năm 2026",
            "Phổ biến, giáo dục pháp luật và hỗ trợ doanh nghiệp",
            "năm 2026",
        ),
        P(
            "Căn cứ Luật Hải quan số 54/2014/QH13; Quyết định số 382/QĐ-BTC ngày 26/02/2025 của Bộ trưởng "
            "Bộ Tài chính quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Cục Hải quan;"
        ),
        P(
            "Thực hiện Kế hoạch số 120/KH-CHQ ngày 16/01/2026 của Cục Hải quan về công tác phổ biến, giáo dục "
            "pháp luật năm 2026, Chi cục Hải quan khu vực VII xây dựng Kế hoạch như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "Nâng cao hiểu biết, ý thức tuân thủ pháp luật hải quan của công chức và cộng đồng doanh nghiệp "
            "xuất khẩu, nhập khẩu qua các cửa khẩu trên địa bàn tỉnh Lạng Sơn và tỉnh Cao Bằng."
        ),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Phổ biến Luật Hải quan và các nghị định hướng dẫn mới ban hành", bold=True),
        P("Chủ trì thực hiện: Đội Tổng hợp"),
        P("Phối hợp: Đội Nghiệp vụ"),
        P("Tiến độ: Tháng 02 - tháng 3/2026"),
        P("2. Tuyên truyền chính sách hải quan tới doanh nghiệp xuất nhập khẩu qua biên giới", bold=True),
        P(f"Chủ trì thực hiện: {_HN}; {_DD}"),
        P("Phối hợp: Đội Nghiệp vụ"),
        P("Tiến độ: Quý II/2026"),
        P("3. Tuyên truyền phòng, chống buôn lậu, gian lận thương mại và hàng giả", bold=True),
        P("Chủ trì thực hiện: Đội Kiểm soát hải quan"),
        P("Phối hợp: Đội Kiểm soát phòng, chống ma túy; Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lạng Sơn"),
        P("Tiến độ: Cả năm 2026"),
        P("4. Tổ chức Hội nghị đối thoại doanh nghiệp – hải quan năm 2026", bold=True),
        P("Chủ trì thực hiện: Đội Tổng hợp"),
        P(f"Phối hợp: {_HN}, {_DD}, Hiệp hội Doanh nghiệp tỉnh Lạng Sơn"),
        P("Tiến độ: Trước ngày 30/9/2026"),
        P("5. Phổ biến quy định về đạo đức công vụ, phòng, chống tham nhũng, tiêu cực trong công chức", bold=True),
        P("Chủ trì thực hiện: Lãnh đạo Chi cục phụ trách công tác tổ chức cán bộ"),
        P("Phối hợp: Đội Tổng hợp"),
        P("Tiến độ: 6 tháng cuối năm 2026"),
        P("6. Tuyên truyền Luật Thuế xuất khẩu, thuế nhập khẩu (sửa đổi) và biểu thuế mới", bold=True),
        P("Chủ trì thực hiện: Đội Nghiệp vụ"),
        P("Phối hợp: Các Hải quan cửa khẩu"),
        P("Tiến độ: Khi có văn bản hướng dẫn của Cục Hải quan"),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        *_ending(
            [
                "Đội trưởng các Đội, Trưởng Hải quan các cửa khẩu chịu trách nhiệm triển khai; báo cáo kết quả "
                "về Đội Tổng hợp trước ngày 05/12/2026 để tổng hợp báo cáo Cục Hải quan.",
            ],
            ["Cục Hải quan (để b/c);", "Lãnh đạo Chi cục;", "Các Đội, Hải quan cửa khẩu;", "Lưu: VT, TH."],
            "CHI CỤC TRƯỞNG",
            "Hoàng Văn Tuấn",
        ),
    ],
    expected=[
        Exp("Phổ biến Luật Hải quan và các nghị định", ("Đội Tổng hợp",), ("Đội Nghiệp vụ",), "2026-03-31"),
        Exp("Tuyên truyền chính sách hải quan tới doanh nghiệp", (_HN, _DD), ("Đội Nghiệp vụ",), "2026-06-30"),
        Exp("Tuyên truyền phòng, chống buôn lậu, gian lận", ("Đội Kiểm soát hải quan",),
            ("Đội Kiểm soát phòng, chống ma túy", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lạng Sơn"), "2026-12-31"),
        Exp("Tổ chức Hội nghị đối thoại doanh nghiệp", ("Đội Tổng hợp",),
            (_HN, _DD, "Hiệp hội Doanh nghiệp tỉnh Lạng Sơn"), "2026-09-30"),
        Exp("Phổ biến quy định về đạo đức công vụ",
            ("Lãnh đạo Chi cục phụ trách công tác tổ chức cán bộ",), ("Đội Tổng hợp",), "2026-12-31"),
        Exp("Tuyên truyền Luật Thuế xuất khẩu, thuế nhập khẩu", ("Đội Nghiệp vụ",), ("Các Hải quan cửa khẩu",),
            "2026-12-31", on_request=True),
    ],
)


# ---------------------------------------------------------------- 9. social insurance
_TT = "Phòng Truyền thông và Phát triển đối tượng"
_THU = "Phòng Quản lý thu, sổ - thẻ"
PLAN_SOCIAL_INS = Plan(
    name="bhxh_thanhhoa",
    blocks=[
        *_header(
            "BẢO HIỂM XÃ HỘI VIỆT NAM",
            "BẢO HIỂM XÃ HỘI TỈNH THANH HÓA",
            "52/KH-BHXH",
            "Thanh Hóa, ngày 10 tháng 02 năm 2026",
            "Phổ biến, giáo dục pháp luật về bảo hiểm xã hội, bảo hiểm y tế,",
            "bảo hiểm thất nghiệp năm 2026",
        ),
        P(
            "Căn cứ Luật Bảo hiểm xã hội số 41/2024/QH15; Luật Bảo hiểm y tế số 51/2024/QH15 sửa đổi, bổ sung "
            "một số điều của Luật Bảo hiểm y tế; Kế hoạch số 210/KH-BHXH ngày 31/12/2025 của Bảo hiểm xã hội "
            "Việt Nam;"
        ),
        P(
            "Căn cứ Kế hoạch số 30/KH-UBND ngày 21/01/2026 của Ủy ban nhân dân tỉnh Thanh Hóa về công tác phổ "
            "biến, giáo dục pháp luật năm 2026, Bảo hiểm xã hội tỉnh ban hành Kế hoạch như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Mục đích", bold=True),
        P("- Đưa chính sách bảo hiểm xã hội, bảo hiểm y tế đến gần hơn với người lao động, người dân."),
        P("2. Yêu cầu", bold=True),
        P("- Phân công cụ thể, gắn trách nhiệm của người đứng đầu các phòng và Bảo hiểm xã hội cơ sở."),
        P("II. NỘI DUNG THỰC HIỆN", bold=True),
        P("1. Tuyên truyền Luật Bảo hiểm xã hội năm 2024 và các văn bản hướng dẫn thi hành"),
        P(
            f"Giao {_TT} chủ trì, phối hợp với Phòng Chế độ bảo hiểm xã hội, {_THU} tổ chức hội nghị, "
            "biên soạn tờ gấp, hỏi - đáp và tin, bài trên báo chí địa phương."
        ),
        P("Thời hạn: Quý I, II/2026."),
        P("2. Phổ biến Luật Bảo hiểm y tế sửa đổi tới cơ sở khám bệnh, chữa bệnh"),
        P(
            "Phòng Giám định bảo hiểm y tế chủ trì; các Bảo hiểm xã hội cơ sở phối hợp tổ chức tại các cơ sở "
            "khám bệnh, chữa bệnh có ký hợp đồng khám bệnh, chữa bệnh bảo hiểm y tế."
        ),
        P("Thời hạn: Tháng 7 - tháng 8/2026."),
        P("3. Tổ chức hội nghị đối thoại chính sách bảo hiểm xã hội với người lao động tại khu công nghiệp"),
        P(
            f"Đề nghị Liên đoàn Lao động tỉnh phối hợp; {_TT} chủ trì xây dựng nội dung, mời đại diện "
            "doanh nghiệp tham dự."
        ),
        P("Thời hạn: Quý III/2026."),
        P("4. Tuyên truyền pháp luật về xử lý hành vi chậm đóng, trốn đóng bảo hiểm xã hội, bảo hiểm y tế"),
        P(
            f"Phòng Kiểm tra có trách nhiệm chủ trì, phối hợp với {_THU} và Bảo hiểm xã hội cơ sở Hoằng Hóa, "
            "Bảo hiểm xã hội cơ sở Nghi Sơn thực hiện tại các doanh nghiệp nợ đóng kéo dài."
        ),
        P("Thời hạn: Thường xuyên."),
        P("5. Phát triển người tham gia bảo hiểm xã hội tự nguyện, bảo hiểm y tế hộ gia đình"),
        P(
            "Giao Giám đốc các Bảo hiểm xã hội cơ sở chủ trì, phối hợp với Bưu điện tỉnh Thanh Hóa; Ủy ban "
            "nhân dân các xã, phường tổ chức hội nghị tuyên truyền tại thôn, tổ dân phố."
        ),
        P("Thời hạn: Năm 2026."),
        P("6. Cập nhật, đăng tải văn bản mới trên Cổng thông tin điện tử Bảo hiểm xã hội tỉnh"),
        P(f"Văn phòng Bảo hiểm xã hội tỉnh chủ trì, {_TT} phối hợp."),
        P("Thời hạn: Hằng tháng."),
        P("7. Phổ biến các văn bản hướng dẫn về chi trả lương hưu, trợ cấp qua tài khoản cá nhân"),
        P("Giao Phòng Chế độ bảo hiểm xã hội chủ trì, phối hợp với Bưu điện tỉnh Thanh Hóa."),
        P("Thời hạn: Sau khi có hướng dẫn của Bảo hiểm xã hội Việt Nam."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        *_ending(
            [
                "1. Trưởng các phòng, Giám đốc Bảo hiểm xã hội cơ sở căn cứ nhiệm vụ được giao chủ động triển "
                "khai, bảo đảm tiến độ.",
                f"2. {_TT} là đầu mối theo dõi, đôn đốc; tổng hợp kết quả báo cáo Bảo hiểm xã hội Việt Nam, Ủy "
                "ban nhân dân tỉnh (qua Sở Tư pháp) trước ngày 15/11/2026.",
            ],
            ["BHXH Việt Nam (để b/c);", "UBND tỉnh (để b/c);", "Sở Tư pháp;", "Các phòng, BHXH cơ sở;",
             "Lưu: VT, TT."],
            "GIÁM ĐỐC",
            "Lê Thị Hương",
        ),
    ],
    expected=[
        Exp("Tuyên truyền Luật Bảo hiểm xã hội năm 2024", (_TT,), ("Phòng Chế độ bảo hiểm xã hội", _THU),
            "2026-06-30"),
        Exp("Phổ biến Luật Bảo hiểm y tế sửa đổi", ("Phòng Giám định bảo hiểm y tế",),
            ("các Bảo hiểm xã hội cơ sở",), "2026-08-31"),
        Exp("Tổ chức hội nghị đối thoại chính sách bảo hiểm", (_TT,), ("Liên đoàn Lao động tỉnh",), "2026-09-30"),
        Exp("Tuyên truyền pháp luật về xử lý hành vi chậm đóng", ("Phòng Kiểm tra",),
            (_THU, "Bảo hiểm xã hội cơ sở Hoằng Hóa", "Bảo hiểm xã hội cơ sở Nghi Sơn"), "2026-12-31"),
        Exp("Phát triển người tham gia bảo hiểm xã hội tự nguyện", ("Giám đốc các Bảo hiểm xã hội cơ sở",),
            ("Bưu điện tỉnh Thanh Hóa", "Ủy ban nhân dân các xã, phường"), "2026-12-31"),
        Exp("Cập nhật, đăng tải văn bản mới trên Cổng", ("Văn phòng Bảo hiểm xã hội tỉnh",), (_TT,), "2026-12-31"),
        Exp("Phổ biến các văn bản hướng dẫn về chi trả lương hưu", ("Phòng Chế độ bảo hiểm xã hội",),
            ("Bưu điện tỉnh Thanh Hóa",), "2026-12-31", on_request=True),
    ],
)


# ---------------------------------------------------------------- 10. State Bank regional branch
_TTGS = "Phòng Thanh tra, giám sát ngân hàng"
_THNV = "Phòng Tổng hợp, Nghiệp vụ"
PLAN_SBV = Plan(
    name="nhnn_kv12",
    blocks=[
        *_header(
            "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM",
            "NGÂN HÀNG NHÀ NƯỚC KHU VỰC 12",
            "17/KH-KV12",
            "Cần Thơ, ngày 04 tháng 3 năm 2026",
            "Tuyên truyền, phổ biến, giáo dục pháp luật",
            "trong lĩnh vực tiền tệ, ngân hàng năm 2026",
        ),
        P(
            "Căn cứ Luật Ngân hàng Nhà nước Việt Nam số 46/2010/QH12; Luật Các tổ chức tín dụng số "
            "32/2024/QH15; Quyết định số 305/QĐ-NHNN ngày 28/02/2025 của Thống đốc Ngân hàng Nhà nước quy "
            "định chức năng, nhiệm vụ của Ngân hàng Nhà nước Khu vực;"
        ),
        P(
            "Căn cứ Kế hoạch số 12/KH-NHNN ngày 20/01/2026 của Ngân hàng Nhà nước Việt Nam về công tác phổ "
            "biến, giáo dục pháp luật năm 2026,"
        ),
        P("Ngân hàng Nhà nước Khu vực 12 xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Nâng cao hiểu biết pháp luật về tiền tệ, ngân hàng của công chức và khách hàng trên địa bàn."),
        P("- Gắn tuyên truyền với phòng ngừa tội phạm lừa đảo trong lĩnh vực ngân hàng."),
        P("II. NỘI DUNG", bold=True),
        P("a) Phổ biến Luật Các tổ chức tín dụng năm 2024 và các thông tư hướng dẫn cho các tổ chức tín dụng "
          "trên địa bàn."),
        P(f"Cơ quan thực hiện: {_TTGS} (chủ trì); {_THNV} (phối hợp)."),
        P("Thời gian thực hiện: Quý I/2026."),
        P("b) Tuyên truyền pháp luật về phòng, chống rửa tiền, tài trợ khủng bố."),
        P(f"Cơ quan thực hiện: {_TTGS} (chủ trì); các tổ chức tín dụng trên địa bàn (phối hợp)."),
        P("Thời gian thực hiện: Tháng 5/2026."),
        P("c) Hướng dẫn nhận biết tiền thật, tiền giả cho người dân ở vùng nông thôn."),
        P(
            "Cơ quan thực hiện: Phòng Tiền tệ - Kho quỹ (chủ trì); các chi nhánh ngân hàng thương mại, Quỹ "
            "tín dụng nhân dân trên địa bàn (phối hợp)."
        ),
        P("Thời gian thực hiện: Quý II - Quý III/2026."),
        P("d) Tuyên truyền về thanh toán không dùng tiền mặt, phòng ngừa lừa đảo qua tài khoản ngân hàng."),
        P(f"Cơ quan thực hiện: {_THNV} (chủ trì); {_TTGS} và Hội Ngân hàng thành phố Cần Thơ (phối hợp)."),
        P("Thời gian thực hiện: Thường xuyên."),
        P("đ) Tổ chức cho công chức, người lao động tham gia Cuộc thi tìm hiểu pháp luật ngành Ngân hàng."),
        P(
            "Cơ quan thực hiện: Phòng Hành chính - Nhân sự (chủ trì); Công đoàn cơ sở Ngân hàng Nhà nước "
            "Khu vực 12 (phối hợp)."
        ),
        P("Thời gian thực hiện: Tháng 10 - tháng 11/2026."),
        P("e) Phổ biến văn bản quy phạm pháp luật mới về tiền tệ, ngân hàng đến các phòng và tổ chức tín dụng."),
        P(f"Cơ quan thực hiện: {_THNV} (chủ trì); các phòng thuộc Ngân hàng Nhà nước Khu vực 12 (phối hợp)."),
        P("Thời gian thực hiện: Trong thời hạn 15 ngày kể từ khi văn bản được ban hành."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        *_ending(
            [
                "Trưởng các phòng căn cứ Kế hoạch tổ chức thực hiện. Phòng Hành chính - Nhân sự tổng hợp kết "
                "quả, báo cáo Ngân hàng Nhà nước Việt Nam (Vụ Pháp chế) trước ngày 30/11/2026.",
            ],
            ["Vụ Pháp chế - NHNN (để b/c);", "Ban Giám đốc;", "Các phòng;", "Lưu: VT, HCNS."],
            "GIÁM ĐỐC",
            "Trương Minh Trí",
        ),
    ],
    expected=[
        Exp("Phổ biến Luật Các tổ chức tín dụng năm 2024", (_TTGS,), (_THNV,), "2026-03-31"),
        Exp("Tuyên truyền pháp luật về phòng, chống rửa tiền", (_TTGS,),
            ("các tổ chức tín dụng trên địa bàn",), "2026-05-31"),
        Exp("Hướng dẫn nhận biết tiền thật, tiền giả", ("Phòng Tiền tệ - Kho quỹ",),
            ("các chi nhánh ngân hàng thương mại", "Quỹ tín dụng nhân dân trên địa bàn"), "2026-09-30"),
        Exp("Tuyên truyền về thanh toán không dùng tiền mặt", (_THNV,),
            (_TTGS, "Hội Ngân hàng thành phố Cần Thơ"), "2026-12-31"),
        Exp("Tổ chức cho công chức, người lao động tham gia", ("Phòng Hành chính - Nhân sự",),
            ("Công đoàn cơ sở Ngân hàng Nhà nước Khu vực 12",), "2026-11-30"),
        Exp("Phổ biến văn bản quy phạm pháp luật mới về tiền tệ", (_THNV,),
            ("các phòng thuộc Ngân hàng Nhà nước Khu vực 12",), "2026-12-31", on_request=True),
    ],
)


PLANS: list[Plan] = [
    PLAN_COURT,
    PLAN_PROCURACY,
    PLAN_POLICE,
    PLAN_COMMUNE_POLICE,
    PLAN_MILITARY,
    PLAN_BORDER,
    PLAN_TAX,
    PLAN_CUSTOMS,
    PLAN_SOCIAL_INS,
    PLAN_SBV,
]
