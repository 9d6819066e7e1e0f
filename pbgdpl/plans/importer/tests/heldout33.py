"""Held-out evaluation set 33: ten yearly PBGDPL plans of southern agencies, answers written by hand.

1. UBND TP. Hồ Chí Minh: task table STT | Nội dung | Chủ trì | Phối hợp | Thời gian | Sản phẩm with roman
   group rows; "đặc khu" groups; an event-triggered timeframe; quarter pair and month range.
2. Sở Tư pháp tỉnh Đồng Nai: bold "1." headings, "- Đơn vị chủ trì:" / "- Đơn vị phối hợp:" / "- Thời gian
   thực hiện:" label lines; a group heading "5." with a), b) sub-items; unit name with a comma.
3. UBND phường Ninh Kiều (Cần Thơ): prose assignments ("Giao X chủ trì, phối hợp với Y", "X chủ trì; Y phối
   hợp", "Đề nghị X"), one item with two dash assignment blocks, "khi có hướng dẫn" timeframe.
4. Trường THPT Lê Quý Đôn (Tây Ninh), school year 2026-2027: table STT | Thời gian | Nội dung |
   Người thực hiện | Phối hợp | Ghi chú (time before content), persons as units, months across two years.
5. Bệnh viện Đa khoa tỉnh Cà Mau: "1.1." numbering, labels inline in one paragraph ("Chủ trì thực hiện: …;
   phối hợp: …. Thời hạn: …"), generic group with a comma, "từ tháng … đến tháng …" range.
6. Thuế tỉnh An Giang: roman numerals, one item with two "+" assignment blocks, inline "X chủ trì; Y phối
   hợp", labels "Đơn vị chủ trì:" inline, names with commas ("Báo và Phát thanh, Truyền hình An Giang").
7. Tổng Công ty Cấp nước Sài Gòn - TNHH MTV (enterprise): table with a 2-row header (Đơn vị thực hiện split
   into Chủ trì / Phối hợp) and a "Kinh phí" column; names with dashes; "Khi …" trigger.
8. Hội LHPN tỉnh Đồng Tháp (mass organisation): non-bold "1." headings, "- Thực hiện: X chủ trì, phối hợp
   với Y" and "- Thời gian:" lines, "Đề nghị" sentence, "Theo đề nghị của …" trigger, one task without coord.
9. Sở Nông nghiệp và Môi trường tỉnh Vĩnh Long: table TT | Nội dung công việc | Thời gian | Chủ trì | Phối hợp
   | Sản phẩm (time before units), names with commas, "Sau khi … ban hành" trigger.
10. UBND xã Tri Tôn (An Giang), 2027 plan issued December 2026: "Nhiệm vụ" items under roman headings, one
    paragraph "Chủ trì: …. Phối hợp: …. Tiến độ: …", persons as units (Phó Chủ tịch UBND xã, Trưởng các ấp).
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T


def _head(up: str, agency: str, number: str, place_date: str, title: list[str]) -> list[P | T]:
    out: list[P | T] = [
        P(up, bold=False, center=True),
        P(agency, bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True),
        P("Độc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P(f"Số: {number}", center=True),
        P(place_date, center=True),
        P("KẾ HOẠCH", bold=True, center=True),
    ]
    out += [P(t, bold=True, center=True) for t in title]
    return out


def _sign(recipients: list[str], role: str, name: str, kt: str = "") -> list[P | T]:
    out: list[P | T] = [P("Nơi nhận:", bold=True)]
    out += [P(f"- {r}") for r in recipients]
    out += [P("- Lưu: VT.")]
    if kt:
        out.append(P(kt, bold=True, center=True))
    out += [P(role, bold=True, center=True), P("(Đã ký)", center=True), P(name, bold=True, center=True)]
    return out


# ------------------------------------------------------------------ 1. UBND TP. Hồ Chí Minh
_HCM_ALL = "UBND các phường, xã, đặc khu"
PLAN_HCM = Plan(
    name="33-01 UBND TP. Hồ Chí Minh (bảng nhiệm vụ, nhóm La Mã)",
    blocks=_head(
        "",
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH",
        "45/KH-UBND",
        "Thành phố Hồ Chí Minh, ngày 16 tháng 01 năm 2026",
        ["Phổ biến, giáo dục pháp luật; hòa giải ở cơ sở; xây dựng xã, phường, đặc khu",
         "đạt chuẩn tiếp cận pháp luật trên địa bàn Thành phố năm 2026"],
    )
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;"),
        P("Căn cứ Luật Hòa giải ở cơ sở ngày 20 tháng 6 năm 2013;"),
        P("Căn cứ Quyết định số 25/2021/QĐ-TTg ngày 22 tháng 7 năm 2021 của Thủ tướng Chính phủ quy định về "
          "xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật;"),
        P("Căn cứ Chỉ thị số 32-CT/TW ngày 09 tháng 12 năm 2003 của Ban Bí thư Trung ương Đảng; Kết luận số "
          "80-KL/TW ngày 20 tháng 6 năm 2020 của Ban Bí thư;"),
        P("Theo đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 118/TTr-STP ngày 06 tháng 01 năm 2026, Ủy "
          "ban nhân dân Thành phố ban hành Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Tiếp tục triển khai hiệu quả Luật Phổ biến, giáo dục pháp luật, Luật Hòa giải ở cơ sở; bảo đảm "
          "công tác phổ biến, giáo dục pháp luật phù hợp với mô hình chính quyền địa phương hai cấp."),
        P("2. Xác định cụ thể nội dung, thời hạn, trách nhiệm của cơ quan, đơn vị; bảo đảm sự phối hợp chặt "
          "chẽ, tránh hình thức, lãng phí."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("(Chi tiết theo bảng dưới đây)"),
        T(
            (
                ("STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện",
                 "Sản phẩm"),
                ("I", "Công tác tham mưu, chỉ đạo, hướng dẫn", "", "", "", ""),
                ("1", "Tham mưu xây dựng, ban hành Kế hoạch hoạt động của Hội đồng phối hợp phổ biến, giáo "
                      "dục pháp luật Thành phố năm 2026", "Sở Tư pháp",
                 "Các cơ quan thành viên Hội đồng phối hợp phổ biến, giáo dục pháp luật Thành phố",
                 "Quý I/2026", "Kế hoạch"),
                ("2", "Tổ chức hội nghị phổ biến các luật, nghị quyết mới được Quốc hội thông qua tại Kỳ họp "
                 "thứ nhất, Quốc hội khóa XVI", "Sở Tư pháp", f"Các sở, ban, ngành Thành phố; {_HCM_ALL}",
                 "Sau khi luật, nghị quyết được công bố", "Hội nghị trực tiếp kết hợp trực tuyến"),
                ("II", "Truyền thông chính sách, pháp luật", "", "", "", ""),
                ("3", "Tuyên truyền chính sách, pháp luật về tổ chức chính quyền địa phương hai cấp, sắp xếp "
                 "đơn vị hành chính trên báo chí, mạng xã hội", "Sở Văn hóa và Thể thao",
                 "Báo Sài Gòn Giải Phóng, Báo Người Lao Động và Đài Truyền hình Thành phố Hồ Chí Minh",
                 "Cả năm", "Tin, bài, phóng sự"),
                ("4", "Phổ biến pháp luật về trật tự, an toàn giao thông đường bộ cho học sinh, sinh viên",
                 "Công an Thành phố", "Sở Xây dựng; Sở Giáo dục và Đào tạo", "Tháng 6 - tháng 9/2026",
                 "Chuyên đề, tờ gấp"),
                ("5", "Phổ biến pháp luật về lao động, bảo hiểm xã hội cho người lao động tại các khu chế "
                      "xuất, khu công nghiệp", "Liên đoàn Lao động Thành phố",
                 "Sở Nội vụ, Ban Quản lý các Khu chế xuất và công nghiệp Thành phố", "Thường xuyên",
                 "Hội nghị, tư vấn pháp luật"),
                ("III", "Hòa giải ở cơ sở; chuẩn tiếp cận pháp luật", "", "", "", ""),
                ("6", "Tập huấn, bồi dưỡng kỹ năng cho hòa giải viên ở cơ sở tại các khu phố, ấp mới sau "
                 "sắp xếp", "Sở Tư pháp",
                 f"Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố; {_HCM_ALL}", "Quý II, III/2026",
                 "Lớp tập huấn"),
                ("7", "Tự đánh giá, đề nghị công nhận xã, phường, đặc khu đạt chuẩn tiếp cận pháp "
                      "luật năm 2026", _HCM_ALL, "Sở Tư pháp", "Trước ngày 15/12/2026", "Hồ sơ đánh giá"),
            ),
            (10, 52, 28, 40, 28, 24),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các phường, xã, đặc khu căn cứ Kế hoạch này xây "
          "dựng kế hoạch của cơ quan, địa phương, gửi Sở Tư pháp trước ngày 28/02/2026."),
        P("2. Kinh phí thực hiện từ nguồn ngân sách nhà nước theo phân cấp hiện hành và Thông tư số "
          "56/2023/TT-BTC ngày 18 tháng 8 năm 2023 của Bộ Tài chính."),
        P("3. Sở Tư pháp theo dõi, đôn đốc, tổng hợp báo cáo kết quả thực hiện về Ủy ban nhân dân Thành phố "
          "trước ngày 05/12/2026."),
    ]
    + _sign(["Bộ Tư pháp;", "Thường trực Thành ủy;", "TTUB: CT, các PCT;", "Các sở, ban, ngành Thành phố;",
             "UBND các phường, xã, đặc khu;"], "PHÓ CHỦ TỊCH", "Nguyễn Văn Dũng", "KT. CHỦ TỊCH"),
    expected=[
        Exp("Tham mưu xây dựng, ban hành Kế hoạch hoạt động", ("Sở Tư pháp",),
            ("Các cơ quan thành viên Hội đồng phối hợp phổ biến, giáo dục pháp luật Thành phố",),
            "2026-03-31"),
        Exp("Tổ chức hội nghị phổ biến các luật, nghị quyết mới", ("Sở Tư pháp",),
            ("Các sở, ban, ngành Thành phố", _HCM_ALL), "2026-12-31", True),
        Exp("Tuyên truyền chính sách, pháp luật về tổ chức chính quyền", ("Sở Văn hóa và Thể thao",),
            ("Báo Sài Gòn Giải Phóng", "Báo Người Lao Động", "Đài Truyền hình Thành phố Hồ Chí Minh"),
            "2026-12-31"),
        Exp("Phổ biến pháp luật về trật tự, an toàn giao thông", ("Công an Thành phố",),
            ("Sở Xây dựng", "Sở Giáo dục và Đào tạo"), "2026-09-30"),
        Exp("Phổ biến pháp luật về lao động, bảo hiểm xã hội", ("Liên đoàn Lao động Thành phố",),
            ("Sở Nội vụ", "Ban Quản lý các Khu chế xuất và công nghiệp Thành phố"), "2026-12-31"),
        Exp("Tập huấn, bồi dưỡng kỹ năng cho hòa giải viên", ("Sở Tư pháp",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố", _HCM_ALL), "2026-09-30"),
        Exp("Tự đánh giá, đề nghị công nhận xã, phường", (_HCM_ALL,), ("Sở Tư pháp",), "2026-12-15"),
    ],
)


# ------------------------------------------------------------------ 2. Sở Tư pháp Đồng Nai
_PBGD = "Phòng Phổ biến, giáo dục pháp luật"
_HCTP = "Phòng Hành chính tư pháp"
PLAN_DN = Plan(
    name="33-02 Sở Tư pháp Đồng Nai (tiêu đề đậm, dòng nhãn)",
    blocks=_head(
        "UBND TỈNH ĐỒNG NAI",
        "SỞ TƯ PHÁP",
        "27/KH-STP",
        "Đồng Nai, ngày 22 tháng 01 năm 2026",
        ["Công tác phổ biến, giáo dục pháp luật, hòa giải ở cơ sở năm 2026", "của Sở Tư pháp tỉnh Đồng Nai"],
    )
    + [
        P("Căn cứ Kế hoạch số 12/KH-UBND ngày 14/01/2026 của UBND tỉnh Đồng Nai về công tác phổ biến, giáo "
          "dục pháp luật, hòa giải ở cơ sở trên địa bàn tỉnh năm 2026;"),
        P("Căn cứ Quyết định số 1521/QĐ-TTg ngày 06/10/2020 của Thủ tướng Chính phủ ban hành Kế hoạch thực "
          "hiện Kết luận số 80-KL/TW;"),
        P("Sở Tư pháp xây dựng Kế hoạch thực hiện như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Triển khai kịp thời, đồng bộ các nhiệm vụ được UBND tỉnh giao, gắn với việc hoàn thiện tổ chức "
          "bộ máy sau hợp nhất tỉnh Đồng Nai và tỉnh Bình Phước."),
        P("- Phân công rõ đơn vị chủ trì, phối hợp, thời gian hoàn thành; bảo đảm tiết kiệm, hiệu quả."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Tổ chức quán triệt, phổ biến Luật Ban hành văn bản quy phạm pháp luật năm 2025 và các văn bản "
          "quy định chi tiết", bold=True),
        P("- Đơn vị chủ trì: Phòng Xây dựng và Kiểm tra văn bản."),
        P(f"- Đơn vị phối hợp: Văn phòng Sở; {_PBGD}."),
        P("- Thời gian thực hiện: Quý I/2026."),
        P("2. Biên soạn, phát hành tài liệu phổ biến pháp luật song ngữ cho đồng bào dân tộc thiểu số",
          bold=True),
        P(f"- Đơn vị chủ trì: {_PBGD}."),
        P("- Đơn vị phối hợp: Sở Dân tộc và Tôn giáo; UBND các xã, phường có đông đồng bào dân tộc "
          "thiểu số."),
        P("- Thời gian thực hiện: Tháng 4 - 6/2026."),
        P("3. Kiện toàn, bồi dưỡng đội ngũ báo cáo viên pháp luật tỉnh", bold=True),
        P(f"- Đơn vị chủ trì: {_PBGD}."),
        P("- Đơn vị phối hợp: Văn phòng Sở."),
        P("- Thời gian thực hiện: Sau khi UBND tỉnh ban hành Quyết định kiện toàn Hội đồng phối hợp phổ "
          "biến, giáo dục pháp luật tỉnh."),
        P("4. Trợ giúp pháp lý lưu động tại các xã biên giới, vùng sâu, vùng xa", bold=True),
        P("- Đơn vị chủ trì: Trung tâm Trợ giúp pháp lý nhà nước tỉnh."),
        P("- Đơn vị phối hợp: Bộ Chỉ huy Bộ đội Biên phòng tỉnh, UBND các xã biên giới."),
        P("- Thời gian thực hiện: Quý II - Quý IV/2026."),
        P("5. Công tác hòa giải ở cơ sở", bold=True),
        P("a) Hướng dẫn UBND các xã, phường kiện toàn tổ hòa giải sau khi sắp xếp ấp, khu phố"),
        P(f"- Đơn vị chủ trì: {_HCTP}."),
        P("- Đơn vị phối hợp: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh."),
        P("- Thời gian thực hiện: Tháng 3/2026."),
        P("b) Tổ chức Hội thi hòa giải viên giỏi tỉnh Đồng Nai lần thứ V"),
        P(f"- Đơn vị chủ trì: {_HCTP}."),
        P("- Đơn vị phối hợp: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Hội Liên hiệp Phụ nữ tỉnh và "
          "Tỉnh đoàn."),
        P("- Thời gian thực hiện: Tháng 8 - 10/2026."),
        P("6. Cập nhật văn bản quy phạm pháp luật của tỉnh lên Cơ sở dữ liệu quốc gia về pháp luật",
          bold=True),
        P("- Đơn vị chủ trì: Văn phòng Sở."),
        P("- Đơn vị phối hợp: Phòng Xây dựng và Kiểm tra văn bản."),
        P("- Thời gian thực hiện: Thường xuyên."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Trưởng các phòng, đơn vị thuộc Sở có trách nhiệm triển khai thực hiện Kế hoạch; báo cáo kết "
          "quả 6 tháng trước ngày 10/6/2026 và báo cáo năm trước ngày 10/11/2026 (qua Phòng Phổ biến, giáo "
          "dục pháp luật)."),
        P("2. Văn phòng Sở bố trí kinh phí thực hiện Kế hoạch trong dự toán được giao năm 2026."),
    ]
    + _sign(["UBND tỉnh (b/c);", "Giám đốc, các PGĐ Sở;", "Các phòng, đơn vị thuộc Sở;"], "GIÁM ĐỐC",
            "Trần Thị Mỹ Hạnh"),
    expected=[
        Exp("Tổ chức quán triệt, phổ biến Luật Ban hành văn bản", ("Phòng Xây dựng và Kiểm tra văn bản",),
            ("Văn phòng Sở", _PBGD), "2026-03-31"),
        Exp("Biên soạn, phát hành tài liệu phổ biến pháp luật song ngữ", (_PBGD,),
            ("Sở Dân tộc và Tôn giáo", "UBND các xã, phường có đông đồng bào dân tộc thiểu số"),
            "2026-06-30"),
        Exp("Kiện toàn, bồi dưỡng đội ngũ báo cáo viên", (_PBGD,), ("Văn phòng Sở",), "2026-12-31", True),
        Exp("Trợ giúp pháp lý lưu động tại các xã biên giới", ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh",),
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "UBND các xã biên giới"), "2026-12-31"),
        Exp("Hướng dẫn UBND các xã, phường kiện toàn tổ hòa giải", (_HCTP,),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",), "2026-03-31"),
        Exp("Tổ chức Hội thi hòa giải viên giỏi", (_HCTP,),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Hội Liên hiệp Phụ nữ tỉnh", "Tỉnh đoàn"),
            "2026-10-31"),
        Exp("Cập nhật văn bản quy phạm pháp luật của tỉnh", ("Văn phòng Sở",),
            ("Phòng Xây dựng và Kiểm tra văn bản",), "2026-12-31"),
    ],
)


# ------------------------------------------------------------------ 3. UBND phường Ninh Kiều, Cần Thơ
_VHXH = "Phòng Văn hóa - Xã hội"
_VP_P = "Văn phòng HĐND và UBND phường"
_MT_P = "Ủy ban Mặt trận Tổ quốc Việt Nam phường"
PLAN_CT = Plan(
    name="33-03 UBND phường Ninh Kiều, Cần Thơ (giao việc bằng văn xuôi)",
    blocks=_head(
        "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ",
        "ỦY BAN NHÂN DÂN\nPHƯỜNG NINH KIỀU",
        "09/KH-UBND",
        "Ninh Kiều, ngày 03 tháng 02 năm 2026",
        ["Thực hiện công tác phổ biến, giáo dục pháp luật và hòa giải ở cơ sở",
         "trên địa bàn phường năm 2026"],
    )
    + [
        P("Thực hiện Kế hoạch số 21/KH-UBND ngày 20/01/2026 của Ủy ban nhân dân thành phố Cần Thơ về công "
          "tác phổ biến, giáo dục pháp luật năm 2026; Ủy ban nhân dân phường Ninh Kiều ban hành Kế hoạch "
          "thực hiện trên địa bàn phường, cụ thể như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Nâng cao hiểu biết pháp luật, ý thức chấp hành pháp luật của cán bộ, công chức và Nhân dân trên "
          "địa bàn phường; gắn công tác phổ biến, giáo dục pháp luật với nhiệm vụ phát triển kinh tế - xã "
          "hội, bảo đảm quốc phòng, an ninh của phường."),
        P("II. ĐỐI TƯỢNG", bold=True),
        P("Cán bộ, công chức phường; người dân, hộ kinh doanh, học sinh và người lao động trên địa bàn."),
        P("III. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True),
        P("1. Phổ biến pháp luật trên hệ thống truyền thanh và trang thông tin điện tử phường", bold=True),
        P(f"Giao {_VHXH} chủ trì, phối hợp với {_VP_P}, Trung tâm Phục vụ hành chính công phường thực hiện "
          "đăng tải tin, bài, văn bản pháp luật mới, thiết thực với người dân. Thời gian: thường xuyên trong "
          "năm 2026."),
        P("2. Phổ biến pháp luật về đất đai, xây dựng, trật tự đô thị cho hộ kinh doanh", bold=True),
        P("Phòng Kinh tế, Hạ tầng và Đô thị chủ trì; Công an phường, Ban điều hành các khu vực phối hợp tổ "
          "chức hội nghị, đối thoại tại các khu vực có nhiều hộ kinh doanh ven sông. Thời gian: "
          "Quý II/2026."),
        P("3. Tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam",
          bold=True),
        P(f"{_VP_P} chủ trì tham mưu, phối hợp với {_MT_P} và các tổ chức chính trị - xã hội phường tổ chức "
          "các hoạt động hưởng ứng thiết thực, tiết kiệm. Thời gian: tháng 10 đến tháng 11/2026."),
        P("4. Tuyên truyền pháp luật về phòng, chống ma túy, tội phạm trong thanh thiếu niên", bold=True),
        P("- Công an phường chủ trì tổ chức tuyên truyền tại các khu vực, nhà trọ và trường học trên địa "
          "bàn; thời gian: Tháng 6/2026."),
        P("- Đoàn Thanh niên phường chủ trì, phối hợp với các trường học trên địa bàn tổ chức sân chơi pháp "
          "luật cho đoàn viên, thanh thiếu nhi trong dịp hè; thời gian: Tháng 7 - 8/2026."),
        P("5. Củng cố, kiện toàn tổ hòa giải ở các khu vực", bold=True),
        P(f"Đề nghị {_MT_P} chủ trì, phối hợp với {_VHXH} rà soát, kiện toàn tổ hòa giải, bổ sung hòa giải "
          "viên là người có uy tín trong cộng đồng. Hoàn thành trước ngày 30/4/2026."),
        P("6. Xây dựng phường đạt chuẩn tiếp cận pháp luật năm 2026", bold=True),
        P(f"{_VHXH} có trách nhiệm tham mưu Ủy ban nhân dân phường tự đánh giá, chấm điểm các chỉ tiêu tiếp "
          "cận pháp luật, lập hồ sơ đề nghị công nhận. Thời gian: khi có văn bản hướng dẫn của Sở Tư pháp."),
        P("IV. KINH PHÍ", bold=True),
        P("Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách phường năm 2026."),
        P("V. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Thủ trưởng các phòng, đơn vị thuộc UBND phường triển khai thực hiện Kế hoạch; báo cáo kết quả về "
          "Văn phòng HĐND và UBND phường trước ngày 25/11/2026 để tổng hợp, báo cáo Sở Tư pháp."),
    ]
    + _sign(["Sở Tư pháp TP. Cần Thơ;", "TT. Đảng ủy, TT. HĐND phường;", "CT, các PCT UBND phường;",
             "Các phòng, đơn vị thuộc phường;"], "CHỦ TỊCH", "Lê Hoàng Phúc", "TM. ỦY BAN NHÂN DÂN"),
    expected=[
        Exp("Phổ biến pháp luật trên hệ thống truyền thanh", (_VHXH,),
            (_VP_P, "Trung tâm Phục vụ hành chính công phường"), "2026-12-31"),
        Exp("Phổ biến pháp luật về đất đai, xây dựng", ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Công an phường", "Ban điều hành các khu vực"), "2026-06-30"),
        Exp("Tổ chức các hoạt động hưởng ứng Ngày Pháp luật", (_VP_P,),
            (_MT_P, "các tổ chức chính trị - xã hội phường"), "2026-11-30"),
        Exp("Công an phường chủ trì tổ chức tuyên truyền", ("Công an phường",), (), "2026-06-30"),
        Exp("Đoàn Thanh niên phường chủ trì, phối hợp", ("Đoàn Thanh niên phường",),
            ("các trường học trên địa bàn",), "2026-08-31"),
        Exp("Củng cố, kiện toàn tổ hòa giải", (_MT_P,), (_VHXH,), "2026-04-30"),
        Exp("Xây dựng phường đạt chuẩn tiếp cận pháp luật", (_VHXH,), (), "2026-12-31", True),
    ],
)


# ------------------------------------------------------------------ 4. THPT Lê Quý Đôn, Tây Ninh
_PHT = "Phó Hiệu trưởng phụ trách"
PLAN_TN = Plan(
    name="33-04 Trường THPT Lê Quý Đôn, Tây Ninh (năm học, cột thời gian trước)",
    blocks=_head(
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH TÂY NINH",
        "TRƯỜNG THPT LÊ QUÝ ĐÔN",
        "86/KH-THPTLQĐ",
        "Tân Ninh, ngày 15 tháng 9 năm 2026",
        ["Công tác phổ biến, giáo dục pháp luật năm học 2026 - 2027"],
    )
    + [
        P("Căn cứ Thông tư số 32/2020/TT-BGDĐT ngày 15/9/2020 của Bộ Giáo dục và Đào tạo ban hành Điều lệ "
          "trường trung học cơ sở, trường trung học phổ thông và trường phổ thông có nhiều cấp học;"),
        P("Căn cứ Công văn số 3105/SGDĐT-GDTrH ngày 28/8/2026 của Sở Giáo dục và Đào tạo tỉnh Tây Ninh về "
          "hướng dẫn nhiệm vụ giáo dục pháp luật năm học 2026 - 2027;"),
        P("Trường THPT Lê Quý Đôn xây dựng kế hoạch phổ biến, giáo dục pháp luật năm học 2026 - 2027 như "
          "sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Giúp học sinh, cán bộ, giáo viên, nhân viên nắm vững các quy định pháp luật gắn với cuộc sống, "
          "học tập hằng ngày; hình thành ý thức tôn trọng và chấp hành pháp luật."),
        P("- Lồng ghép phổ biến pháp luật vào hoạt động dạy học, hoạt động trải nghiệm; không gây quá tải."),
        P("II. NỘI DUNG VÀ TIẾN ĐỘ THỰC HIỆN", bold=True),
        T(
            (
                ("STT", "Thời gian", "Nội dung công việc", "Người thực hiện", "Phối hợp", "Ghi chú"),
                ("1", "Tháng 9/2026", "Xây dựng kế hoạch phổ biến, giáo dục pháp luật năm học, phân công "
                 "thành viên phụ trách", _PHT, "Tổ Văn phòng", ""),
                ("2", "Tháng 10/2026", "Tuyên truyền Luật Trật tự, an toàn giao thông đường bộ cho học sinh "
                 "qua tiết chào cờ", "Đoàn Thanh niên trường", "Giáo viên chủ nhiệm; Công an phường Tân Ninh",
                 "Ký cam kết"),
                ("3", "Tháng 11/2026", "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật Việt Nam (09/11)",
                 "Tổ Sử - Địa - GDKT&PL", "Thư viện trường, Đoàn Thanh niên trường", "Trưng bày sách"),
                ("4", "Tháng 12/2026 - tháng 01/2027", "Lồng ghép giáo dục pháp luật về phòng, chống bạo lực "
                 "học đường trong môn Giáo dục kinh tế và pháp luật", "Giáo viên bộ môn GDKT&PL", "",
                 "Khối 10, 11"),
                ("5", "Tháng 3/2027", "Tổ chức cuộc thi tìm hiểu pháp luật về an ninh mạng cho học sinh",
                 "Đoàn Thanh niên trường", "Tổ Tin học; Ban đại diện cha mẹ học sinh", "Thi trực tuyến"),
                ("6", "Tháng 5/2027", "Sơ kết công tác phổ biến, giáo dục pháp luật năm học, báo cáo Sở Giáo "
                 "dục và Đào tạo", _PHT, "Tổ Văn phòng", ""),
            ),
            (10, 28, 62, 32, 36, 22),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("- Hiệu trưởng chỉ đạo chung; Phó Hiệu trưởng phụ trách theo dõi, đôn đốc việc thực hiện kế "
          "hoạch."),
        P("- Các tổ chuyên môn, Đoàn Thanh niên, giáo viên chủ nhiệm triển khai theo nhiệm vụ được phân "
          "công; báo cáo kết quả học kỳ I trước ngày 10/01/2027 và cả năm học trước ngày 20/5/2027."),
    ]
    + _sign(["Sở GDĐT (b/c);", "BGH;", "Các tổ chuyên môn, Đoàn TN;"], "HIỆU TRƯỞNG", "Võ Thanh Tùng"),
    expected=[
        Exp("Xây dựng kế hoạch phổ biến, giáo dục pháp luật năm học", (_PHT,), ("Tổ Văn phòng",),
            "2026-09-30"),
        Exp("Tuyên truyền Luật Trật tự, an toàn giao thông", ("Đoàn Thanh niên trường",),
            ("Giáo viên chủ nhiệm", "Công an phường Tân Ninh"), "2026-10-31"),
        Exp("Tổ chức các hoạt động hưởng ứng Ngày Pháp luật", ("Tổ Sử - Địa - GDKT&PL",),
            ("Thư viện trường", "Đoàn Thanh niên trường"), "2026-11-30"),
        Exp("Lồng ghép giáo dục pháp luật về phòng, chống bạo lực", ("Giáo viên bộ môn GDKT&PL",), (),
            "2027-01-31"),
        Exp("Tổ chức cuộc thi tìm hiểu pháp luật về an ninh mạng", ("Đoàn Thanh niên trường",),
            ("Tổ Tin học", "Ban đại diện cha mẹ học sinh"), "2027-03-31"),
        Exp("Sơ kết công tác phổ biến, giáo dục pháp luật", (_PHT,), ("Tổ Văn phòng",), "2027-05-31"),
    ],
)


# ------------------------------------------------------------------ 5. BVĐK tỉnh Cà Mau
_KHTH = "Phòng Kế hoạch tổng hợp"
_TCCB = "Phòng Tổ chức cán bộ"
_CTXH = "Phòng Công tác xã hội"
_TCKT = "Phòng Tài chính kế toán"
PLAN_CM = Plan(
    name="33-05 Bệnh viện Đa khoa tỉnh Cà Mau (1.1., nhãn trong đoạn)",
    blocks=_head(
        "SỞ Y TẾ TỈNH CÀ MAU",
        "BỆNH VIỆN ĐA KHOA TỈNH",
        "152/KH-BVĐK",
        "Cà Mau, ngày 09 tháng 02 năm 2026",
        ["Phổ biến, giáo dục pháp luật tại Bệnh viện Đa khoa tỉnh Cà Mau năm 2026"],
    )
    + [
        P("Căn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15 ngày 09/01/2023;"),
        P("Căn cứ Kế hoạch số 40/KH-SYT ngày 26/01/2026 của Sở Y tế tỉnh Cà Mau về công tác phổ biến, giáo "
          "dục pháp luật ngành y tế năm 2026;"),
        P("Bệnh viện Đa khoa tỉnh Cà Mau xây dựng Kế hoạch phổ biến, giáo dục pháp luật năm 2026 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Nâng cao nhận thức, ý thức chấp hành pháp luật của viên chức, người lao động; góp phần nâng "
          "cao chất lượng khám bệnh, chữa bệnh và sự hài lòng của người bệnh."),
        P("2. Hoạt động phổ biến pháp luật bảo đảm thiết thực, không ảnh hưởng đến công tác chuyên môn."),
        P("II. NỘI DUNG THỰC HIỆN", bold=True),
        P("1. Phổ biến văn bản pháp luật mới cho viên chức, người lao động", bold=True),
        P("1.1. Phổ biến Luật Khám bệnh, chữa bệnh và các văn bản hướng dẫn thi hành cho nhân viên y tế. "
          f"Chủ trì thực hiện: {_KHTH}; phối hợp: các khoa lâm sàng, cận lâm sàng. Thời hạn: Quý I/2026."),
        P("1.2. Phổ biến quy định về bảo hiểm y tế, thanh toán chi phí khám bệnh, chữa bệnh bảo hiểm y tế. "
          f"Chủ trì thực hiện: {_TCKT}; phối hợp: Bảo hiểm xã hội tỉnh Cà Mau, {_KHTH}. Thời hạn: Quý "
          "II/2026."),
        P("1.3. Phổ biến quy tắc ứng xử, đạo đức nghề nghiệp và pháp luật về phòng, chống tham nhũng, tiêu "
          f"cực. Chủ trì thực hiện: {_TCCB}; phối hợp: Công đoàn cơ sở Bệnh viện và Đoàn Thanh niên Bệnh "
          "viện. Thời hạn: thường xuyên."),
        P("2. Truyền thông pháp luật cho người bệnh và thân nhân người bệnh", bold=True),
        P("2.1. Niêm yết, cập nhật quyền và nghĩa vụ của người bệnh tại khu khám bệnh, các khoa điều trị. "
          f"Chủ trì thực hiện: {_CTXH}; phối hợp: Khoa Khám bệnh. Thời hạn: Tháng 3/2026."),
        P("2.2. Tư vấn pháp luật về chính sách bảo hiểm y tế, hỗ trợ người bệnh nghèo, người bệnh có hoàn "
          f"cảnh khó khăn. Chủ trì thực hiện: {_CTXH}; phối hợp: {_TCKT}; Hội Chữ thập đỏ tỉnh. Thời hạn: từ "
          "tháng 4 đến tháng 12/2026."),
        P("3. Rà soát, tự kiểm tra quy chế, quy định nội bộ của Bệnh viện. Chủ trì thực hiện: "
          f"{_TCCB}; phối hợp: Phòng Hành chính quản trị. Thời hạn: trước ngày 30/11/2026.", bold=False),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(f"1. {_TCCB} là đầu mối theo dõi, đôn đốc, tổng hợp kết quả thực hiện, báo cáo Sở Y tế trước ngày "
          "15/11/2026."),
        P("2. Trưởng các khoa, phòng phổ biến nội dung Kế hoạch đến toàn thể viên chức, người lao động của "
          "đơn vị."),
    ]
    + _sign(["Sở Y tế (b/c);", "Ban Giám đốc;", "Các khoa, phòng;"], "GIÁM ĐỐC", "BSCKII. Huỳnh Quang Minh"),
    expected=[
        Exp("Phổ biến Luật Khám bệnh, chữa bệnh", (_KHTH,), ("các khoa lâm sàng, cận lâm sàng",),
            "2026-03-31"),
        Exp("Phổ biến quy định về bảo hiểm y tế", (_TCKT,), ("Bảo hiểm xã hội tỉnh Cà Mau", _KHTH),
            "2026-06-30"),
        Exp("Phổ biến quy tắc ứng xử, đạo đức nghề nghiệp", (_TCCB,),
            ("Công đoàn cơ sở Bệnh viện", "Đoàn Thanh niên Bệnh viện"), "2026-12-31"),
        Exp("Niêm yết, cập nhật quyền và nghĩa vụ", (_CTXH,), ("Khoa Khám bệnh",), "2026-03-31"),
        Exp("Tư vấn pháp luật về chính sách bảo hiểm y tế", (_CTXH,), (_TCKT, "Hội Chữ thập đỏ tỉnh"),
            "2026-12-31"),
        Exp("Rà soát, tự kiểm tra quy chế, quy định", (_TCCB,), ("Phòng Hành chính quản trị",), "2026-11-30"),
    ],
)


# ------------------------------------------------------------------ 6. Thuế tỉnh An Giang
_NVPC = "Phòng Nghiệp vụ, dự toán, pháp chế"
_DN1 = "Phòng Quản lý, hỗ trợ doanh nghiệp số 1"
PLAN_AG = Plan(
    name="33-06 Thuế tỉnh An Giang (La Mã, khối + trong một mục)",
    blocks=_head(
        "CỤC THUẾ",
        "THUẾ TỈNH AN GIANG",
        "318/KH-AGI",
        "An Giang, ngày 30 tháng 01 năm 2026",
        ["Tuyên truyền, phổ biến, giáo dục pháp luật năm 2026"],
    )
    + [
        P("Căn cứ Quyết định số 381/QĐ-CT ngày 28/02/2025 của Cục trưởng Cục Thuế quy định chức năng, nhiệm "
          "vụ, quyền hạn và cơ cấu tổ chức của Thuế tỉnh, thành phố;"),
        P("Căn cứ Kế hoạch số 55/KH-CT ngày 12/01/2026 của Cục Thuế về công tác phổ biến, giáo dục pháp luật "
          "năm 2026;"),
        P("Thuế tỉnh An Giang ban hành Kế hoạch tuyên truyền, phổ biến, giáo dục pháp luật năm 2026 "
          "như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Kịp thời đưa chính sách, pháp luật thuế mới đến người nộp thuế, nâng cao tính tuân thủ tự "
          "nguyện."),
        P("- Nội dung tuyên truyền ngắn gọn, dễ hiểu, phù hợp từng nhóm người nộp thuế."),
        P("II. NỘI DUNG VÀ HÌNH THỨC THỰC HIỆN", bold=True),
        P("1. Tuyên truyền, hỗ trợ người nộp thuế về chính sách thuế mới có hiệu lực năm 2026", bold=True),
        P(f"+ {_DN1} chủ trì tổ chức hội nghị tập huấn, đối thoại về Luật Thuế thu nhập doanh nghiệp (sửa "
          f"đổi) cho doanh nghiệp; phối hợp: {_NVPC}. Thời gian: Quý I, II/2026."),
        P("+ Các Thuế cơ sở thuộc Thuế tỉnh chủ trì tuyên truyền chính sách đối với hộ kinh doanh chuyển đổi "
          "từ thuế khoán sang phương pháp kê khai; phối hợp: UBND các xã, phường, đặc khu và Phòng Quản lý "
          "hộ kinh doanh, cá nhân. Thời gian: Cả năm 2026."),
        P("2. Phổ biến pháp luật cho công chức, người lao động trong cơ quan thuế", bold=True),
        P("Văn phòng Thuế tỉnh chủ trì; Phòng Tổ chức cán bộ phối hợp tổ chức sinh hoạt pháp luật định kỳ, "
          "giới thiệu văn bản mới về cán bộ, công chức, công vụ. Thời gian: hằng quý."),
        P("3. Hỗ trợ người nộp thuế sử dụng hóa đơn điện tử, ứng dụng eTax Mobile", bold=True),
        P("Đơn vị chủ trì: Phòng Quản lý, hỗ trợ doanh nghiệp số 2. Đơn vị phối hợp: Sở Khoa học và Công "
          "nghệ, các tổ chức cung cấp dịch vụ hóa đơn điện tử. Thời gian: Tháng 5 - tháng 7/2026."),
        P("4. Tổ chức Hội nghị tuyên dương người nộp thuế tiêu biểu năm 2025", bold=True),
        P(f"Đơn vị chủ trì: {_NVPC}. Đơn vị phối hợp: Văn phòng; Báo và Phát thanh, Truyền hình An Giang. "
          "Thời gian: sau khi có Quyết định khen thưởng của Cục trưởng Cục Thuế."),
        P("5. Cập nhật văn bản pháp luật thuế trên Trang thông tin điện tử Thuế tỉnh", bold=True),
        P("Đơn vị chủ trì: Văn phòng. Đơn vị phối hợp: các phòng thuộc Thuế tỉnh. Thời gian: thường xuyên."),
        P("6. Tham gia các hoạt động hưởng ứng Ngày Pháp luật Việt Nam", bold=True),
        P(f"Đơn vị chủ trì: {_NVPC}. Đơn vị phối hợp: Sở Tư pháp tỉnh An Giang. Thời gian: Tháng 11/2026."),
        P("III. KINH PHÍ", bold=True),
        P("Sử dụng từ nguồn kinh phí hoạt động thường xuyên của Thuế tỉnh năm 2026."),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        P(f"Các phòng, Thuế cơ sở triển khai Kế hoạch; báo cáo kết quả về {_NVPC} trước ngày 20/6/2026 (6 "
          "tháng) và trước ngày 20/11/2026 (cả năm) để tổng hợp báo cáo Cục Thuế."),
    ]
    + _sign(["Cục Thuế (b/c);", "Sở Tư pháp tỉnh An Giang;", "Lãnh đạo Thuế tỉnh;", "Các phòng, Thuế cơ sở;"],
            "PHÓ TRƯỞNG THUẾ TỈNH", "Đặng Văn Lộc", "KT. TRƯỞNG THUẾ TỈNH"),
    expected=[
        Exp(f"{_DN1} chủ trì tổ chức hội nghị", (_DN1,), (_NVPC,), "2026-06-30"),
        Exp("Các Thuế cơ sở thuộc Thuế tỉnh chủ trì", ("Các Thuế cơ sở thuộc Thuế tỉnh",),
            ("UBND các xã, phường, đặc khu", "Phòng Quản lý hộ kinh doanh, cá nhân"), "2026-12-31"),
        Exp("Phổ biến pháp luật cho công chức, người lao động", ("Văn phòng Thuế tỉnh",),
            ("Phòng Tổ chức cán bộ",), "2026-12-31"),
        Exp("Hỗ trợ người nộp thuế sử dụng hóa đơn điện tử", ("Phòng Quản lý, hỗ trợ doanh nghiệp số 2",),
            ("Sở Khoa học và Công nghệ", "các tổ chức cung cấp dịch vụ hóa đơn điện tử"), "2026-07-31"),
        Exp("Tổ chức Hội nghị tuyên dương người nộp thuế", (_NVPC,),
            ("Văn phòng", "Báo và Phát thanh, Truyền hình An Giang"), "2026-12-31", True),
        Exp("Cập nhật văn bản pháp luật thuế", ("Văn phòng",), ("các phòng thuộc Thuế tỉnh",), "2026-12-31"),
        Exp("Tham gia các hoạt động hưởng ứng Ngày Pháp luật", (_NVPC,), ("Sở Tư pháp tỉnh An Giang",),
            "2026-11-30"),
    ],
)


# ------------------------------------------------------------------ 7. SAWACO (doanh nghiệp)
_TTPC = "Ban Thanh tra - Pháp chế"
_TCHC = "Phòng Tổ chức - Hành chính"
_CD = "Công đoàn Tổng Công ty"
_DTN = "Đoàn Thanh niên Tổng Công ty"
PLAN_SW = Plan(
    name="33-07 Tổng Công ty Cấp nước Sài Gòn (bảng tiêu đề 2 dòng, Kinh phí)",
    blocks=_head(
        "ỦY BAN NHÂN DÂN TP. HỒ CHÍ MINH",
        "TỔNG CÔNG TY CẤP NƯỚC SÀI GÒN\nTRÁCH NHIỆM HỮU HẠN MỘT THÀNH VIÊN",
        "1045/KH-TCT",
        "Thành phố Hồ Chí Minh, ngày 10 tháng 3 năm 2026",
        ["Tuyên truyền, phổ biến, giáo dục pháp luật năm 2026",
         "của Tổng Công ty Cấp nước Sài Gòn - TNHH MTV"],
    )
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012;"),
        P("Căn cứ Nghị định số 47/2021/NĐ-CP ngày 01/4/2021 của Chính phủ quy định chi tiết một số điều của "
          "Luật Doanh nghiệp;"),
        P("Căn cứ Kế hoạch số 45/KH-UBND ngày 16/01/2026 của Ủy ban nhân dân Thành phố Hồ Chí Minh;"),
        P("Tổng Công ty Cấp nước Sài Gòn - TNHH MTV (SAWACO) xây dựng kế hoạch như sau:"),
        P("1. MỤC ĐÍCH", bold=True),
        P("Giúp người quản lý, người lao động nắm vững quy định pháp luật liên quan đến hoạt động sản xuất, "
          "kinh doanh nước sạch; tuân thủ pháp luật trong quản trị doanh nghiệp."),
        P("2. YÊU CẦU", bold=True),
        P("Tuyên truyền gắn với nhiệm vụ sản xuất, không ảnh hưởng đến việc cấp nước liên tục cho khách "
          "hàng."),
        P("3. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        T(
            (
                ("STT", "Nội dung", "Đơn vị thực hiện", "", "Thời gian", "Kinh phí"),
                ("", "", "Chủ trì", "Phối hợp", "", ""),
                ("1", "Phổ biến Luật Tài nguyên nước năm 2023 và các nghị định hướng dẫn cho cán bộ quản lý, "
                 "kỹ thuật", "Phòng Kỹ thuật - Công nghệ",
                 f"{_TTPC}; các Công ty cổ phần cấp nước thành viên", "Quý II/2026", "Chi phí quản lý"),
                ("2", "Tuyên truyền pháp luật về lao động, an toàn, vệ sinh lao động cho công nhân vận hành",
                 _CD, _TCHC, "Tháng 5 - 6/2026", "Kinh phí công đoàn"),
                ("3", "Phổ biến quy định về phòng, chống tham nhũng, lãng phí và thực hiện dân chủ ở cơ sở "
                      "tại nơi làm việc", _TTPC, _DTN, "Quý III/2026", "Chi phí quản lý"),
                ("4", "Tuyên truyền cho khách hàng về quyền, nghĩa vụ trong sử dụng nước sạch và giá nước",
                 "Phòng Dịch vụ khách hàng",
                 "Các Công ty cổ phần cấp nước, Xí nghiệp Truyền dẫn nước sạch", "Thường xuyên",
                 "Chi phí bán hàng"),
                ("5", "Tổ chức cuộc thi trực tuyến \"Người lao động SAWACO với pháp luật\"", _DTN,
                 f"{_CD}, {_TCHC}", "Tháng 9 - 10/2026", "30.000.000 đồng"),
                ("6", "Rà soát, sửa đổi quy chế, quy định nội bộ cho phù hợp với pháp luật mới", _TTPC,
                 "Các phòng, ban chuyên môn", "Khi văn bản pháp luật mới có hiệu lực", "Không phát sinh"),
            ),
            (10, 60, 30, 38, 26, 26),
        ),
        P("4. TỔ CHỨC THỰC HIỆN", bold=True),
        P(f"- {_TTPC} là đầu mối giúp Tổng Giám đốc theo dõi việc thực hiện Kế hoạch, tổng hợp báo cáo Sở Tư "
          "pháp trước ngày 30/11/2026."),
        P("- Thủ trưởng các đơn vị trực thuộc, Công ty cổ phần cấp nước có vốn góp của Tổng Công ty căn cứ "
          "Kế hoạch chủ động triển khai tại đơn vị."),
    ]
    + _sign(["Sở Tư pháp TP.HCM;", "HĐTV, BTGĐ;", "Các đơn vị trực thuộc;"], "PHÓ TỔNG GIÁM ĐỐC",
            "Bùi Thanh Giang", "KT. TỔNG GIÁM ĐỐC"),
    expected=[
        Exp("Phổ biến Luật Tài nguyên nước năm 2023", ("Phòng Kỹ thuật - Công nghệ",),
            (_TTPC, "các Công ty cổ phần cấp nước thành viên"), "2026-06-30"),
        Exp("Tuyên truyền pháp luật về lao động, an toàn", (_CD,), (_TCHC,), "2026-06-30"),
        Exp("Phổ biến quy định về phòng, chống tham nhũng", (_TTPC,), (_DTN,), "2026-09-30"),
        Exp("Tuyên truyền cho khách hàng về quyền, nghĩa vụ", ("Phòng Dịch vụ khách hàng",),
            ("Các Công ty cổ phần cấp nước", "Xí nghiệp Truyền dẫn nước sạch"), "2026-12-31"),
        Exp("Tổ chức cuộc thi trực tuyến", (_DTN,), (_CD, _TCHC), "2026-10-31"),
        Exp("Rà soát, sửa đổi quy chế, quy định nội bộ", (_TTPC,), ("Các phòng, ban chuyên môn",),
            "2026-12-31", True),
    ],
)


# ------------------------------------------------------------------ 8. Hội LHPN tỉnh Đồng Tháp
_CSLP = "Ban Chính sách - Luật pháp"
_GDXH = "Ban Gia đình - Xã hội"
_HPN_XA = "Hội LHPN các xã, phường"
PLAN_DT = Plan(
    name="33-08 Hội LHPN tỉnh Đồng Tháp (dòng - Thực hiện:, Đề nghị)",
    blocks=_head(
        "ỦY BAN MTTQ VIỆT NAM TỈNH ĐỒNG THÁP",
        "HỘI LHPN TỈNH ĐỒNG THÁP",
        "14/KH-HPN",
        "Đồng Tháp, ngày 05 tháng 02 năm 2026",
        ["Tuyên truyền, phổ biến, giáo dục pháp luật cho hội viên, phụ nữ năm 2026"],
    )
    + [
        P("Căn cứ Chương trình phối hợp số 05/CTPH-BTP-HLHPNVN ngày 17/3/2023 giữa Bộ Tư pháp và Trung ương "
          "Hội Liên hiệp Phụ nữ Việt Nam về phổ biến, giáo dục pháp luật giai đoạn 2023 - 2027;"),
        P("Căn cứ Kế hoạch số 16/KH-UBND ngày 19/01/2026 của UBND tỉnh Đồng Tháp về công tác phổ biến, giáo "
          "dục pháp luật năm 2026;"),
        P("Ban Thường vụ Hội LHPN tỉnh xây dựng kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Nâng cao hiểu biết pháp luật cho hội viên, phụ nữ, nhất là phụ nữ vùng biên giới, phụ nữ yếu "
          "thế."),
        P("- Phát huy vai trò của các cấp Hội trong tham gia hòa giải ở cơ sở, bảo vệ quyền và lợi ích hợp "
          "pháp của phụ nữ, trẻ em."),
        P("II. NỘI DUNG", bold=True),
        P("1. Tuyên truyền Luật Phòng, chống bạo lực gia đình năm 2022 cho hội viên tại các chi hội"),
        P(f"- Thực hiện: {_GDXH} chủ trì, phối hợp với {_HPN_XA}."),
        P("- Thời gian: Quý II - III/2026."),
        P("2. Tổ chức đối thoại chính sách, pháp luật về đất đai, hôn nhân và gia đình tại cơ sở"),
        P(f"- Thực hiện: {_CSLP} chủ trì, phối hợp với Sở Tư pháp; Tòa án nhân dân tỉnh Đồng Tháp."),
        P("- Thời gian: Tháng 7/2026."),
        P("3. Phổ biến pháp luật trên trang thông tin điện tử, fanpage của Hội"),
        P("- Thực hiện: Ban Tuyên giáo chủ trì, phối hợp với Văn phòng."),
        P("- Thời gian: Thường xuyên."),
        P("4. Duy trì, nhân rộng mô hình \"Tổ phụ nữ tham gia hòa giải ở cơ sở\""),
        P(f"- Đề nghị {_HPN_XA} chủ trì thực hiện, phối hợp với {_CSLP} để được hướng dẫn, theo dõi."),
        P("- Thời gian: Trong năm 2026."),
        P("5. Lồng ghép tuyên truyền pháp luật về phòng, chống mua bán người tại các xã biên giới"),
        P(f"- Thực hiện: {_GDXH} chủ trì, phối hợp với Công an tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh."),
        P("- Thời gian: Tháng 7 đến tháng 9/2026."),
        P("6. Tham gia góp ý dự thảo văn bản quy phạm pháp luật liên quan đến phụ nữ, trẻ em"),
        P(f"- Thực hiện: {_CSLP}."),
        P("- Thời gian: Theo đề nghị của cơ quan chủ trì soạn thảo."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(f"- {_CSLP} tham mưu Ban Thường vụ theo dõi, hướng dẫn, tổng hợp kết quả thực hiện."),
        P(f"- {_HPN_XA} xây dựng kế hoạch cụ thể, báo cáo kết quả về Hội LHPN tỉnh (qua {_CSLP}) trước "
          "ngày 15/11/2026."),
    ]
    + _sign(["TW Hội LHPN Việt Nam (b/c);", "Sở Tư pháp;", "Các Ban, Văn phòng;", "Hội LHPN các xã, phường;"],
            "CHỦ TỊCH", "Nguyễn Thị Kim Thoa", "TM. BAN THƯỜNG VỤ"),
    expected=[
        Exp("Tuyên truyền Luật Phòng, chống bạo lực gia đình", (_GDXH,), (_HPN_XA,), "2026-09-30"),
        Exp("Tổ chức đối thoại chính sách, pháp luật", (_CSLP,),
            ("Sở Tư pháp", "Tòa án nhân dân tỉnh Đồng Tháp"), "2026-07-31"),
        Exp("Phổ biến pháp luật trên trang thông tin điện tử", ("Ban Tuyên giáo",), ("Văn phòng",),
            "2026-12-31"),
        Exp("Duy trì, nhân rộng mô hình", (_HPN_XA,), (_CSLP,), "2026-12-31"),
        Exp("Lồng ghép tuyên truyền pháp luật về phòng, chống mua bán người", (_GDXH,),
            ("Công an tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"), "2026-09-30"),
        Exp("Tham gia góp ý dự thảo văn bản", (_CSLP,), (), "2026-12-31", True),
    ],
)


# ------------------------------------------------------------------ 9. Sở NN&MT Vĩnh Long
_VPS = "Văn phòng Sở"
PLAN_VL = Plan(
    name="33-09 Sở Nông nghiệp và Môi trường Vĩnh Long (bảng, thời gian trước chủ trì)",
    blocks=_head(
        "UBND TỈNH VĨNH LONG",
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        "63/KH-SNNMT",
        "Vĩnh Long, ngày 27 tháng 01 năm 2026",
        ["Phổ biến, giáo dục pháp luật năm 2026", "của Sở Nông nghiệp và Môi trường"],
    )
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20/6/2012;"),
        P("Căn cứ Quyết định số 1098/QĐ-BNNMT ngày 31/3/2025 của Bộ Nông nghiệp và Môi trường;"),
        P("Căn cứ Kế hoạch số 19/KH-UBND ngày 15/01/2026 của UBND tỉnh Vĩnh Long về công tác phổ biến, giáo "
          "dục pháp luật năm 2026;"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Mục đích", bold=True),
        P("a) Phổ biến kịp thời pháp luật về nông nghiệp, đất đai, tài nguyên, môi trường đến công chức, "
          "viên chức và người dân, doanh nghiệp."),
        P("2. Yêu cầu", bold=True),
        P("a) Bám sát nhiệm vụ chính trị của ngành; lồng ghép với hoạt động chuyên môn, khuyến nông, chuyển "
          "đổi số."),
        P("II. NHIỆM VỤ, PHÂN CÔNG THỰC HIỆN", bold=True),
        T(
            (
                ("TT", "Nội dung công việc", "Thời gian", "Chủ trì", "Phối hợp", "Sản phẩm"),
                ("1", "Phổ biến Luật Đất đai năm 2024 và các nghị định hướng dẫn cho công chức địa chính cấp "
                 "xã", "Quý I/2026", "Văn phòng Đăng ký đất đai",
                 "Chi cục Quản lý đất đai; UBND các xã, phường", "Hội nghị"),
                ("2", "Tuyên truyền quy định về chống khai thác hải sản bất hợp pháp, không báo cáo và không "
                 "theo quy định (IUU)", "Thường xuyên", "Chi cục Thủy sản, Biển và Hải đảo",
                 "Bộ Chỉ huy Bộ đội Biên phòng tỉnh, UBND các xã ven biển", "Tờ rơi, pa nô"),
                ("3", "Phổ biến pháp luật về bảo vệ môi trường, phân loại chất thải rắn sinh hoạt tại nguồn",
                 "Tháng 4 - 6/2026", "Chi cục Bảo vệ môi trường",
                 "Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh", "Phóng sự, tọa đàm"),
                ("4", "Tập huấn quy định về an toàn thực phẩm nông lâm thủy sản, truy xuất nguồn gốc",
                 "Quý II, III/2026", "Chi cục Chất lượng, Chế biến và Phát triển thị trường",
                 "Hội Nông dân tỉnh", "Lớp tập huấn"),
                ("5", "Phổ biến Luật Thủy lợi, pháp luật về phòng, chống thiên tai, xâm nhập mặn",
                 "Tháng 01 - 3/2026", "Chi cục Thủy lợi",
                 "Văn phòng thường trực Ban Chỉ huy Phòng thủ dân sự tỉnh", "Tài liệu"),
                ("6", "Cập nhật, đăng tải văn bản quy phạm pháp luật trên Cổng thông tin điện tử của Sở",
                 "Thường xuyên", _VPS, "Các phòng, chi cục, đơn vị trực thuộc Sở", "Tin, bài"),
                ("7", "Tổ chức phổ biến văn bản quy phạm pháp luật của HĐND, UBND tỉnh thuộc lĩnh vực của "
                 "ngành", "Sau khi văn bản được ban hành", _VPS,
                 "Phòng chuyên môn tham mưu ban hành văn bản", "Công văn, hội nghị"),
            ),
            (10, 64, 26, 34, 40, 22),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Văn phòng Sở chịu trách nhiệm theo dõi, đôn đốc; tổng hợp báo cáo UBND tỉnh, Sở Tư pháp trước "
          "ngày 25/11/2026."),
        P("2. Thủ trưởng các phòng, chi cục, đơn vị trực thuộc Sở tổ chức thực hiện; báo cáo kết quả về Văn "
          "phòng Sở trước ngày 15/11/2026."),
    ]
    + _sign(["UBND tỉnh (b/c);", "Sở Tư pháp;", "GĐ, các PGĐ Sở;", "Các phòng, chi cục, đơn vị;"],
            "PHÓ GIÁM ĐỐC", "Phạm Văn Hùng", "KT. GIÁM ĐỐC"),
    expected=[
        Exp("Phổ biến Luật Đất đai năm 2024", ("Văn phòng Đăng ký đất đai",),
            ("Chi cục Quản lý đất đai", "UBND các xã, phường"), "2026-03-31"),
        Exp("Tuyên truyền quy định về chống khai thác hải sản", ("Chi cục Thủy sản, Biển và Hải đảo",),
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "UBND các xã ven biển"), "2026-12-31"),
        Exp("Phổ biến pháp luật về bảo vệ môi trường", ("Chi cục Bảo vệ môi trường",),
            ("Tỉnh đoàn", "Hội Liên hiệp Phụ nữ tỉnh"), "2026-06-30"),
        Exp("Tập huấn quy định về an toàn thực phẩm",
            ("Chi cục Chất lượng, Chế biến và Phát triển thị trường",),
            ("Hội Nông dân tỉnh",), "2026-09-30"),
        Exp("Phổ biến Luật Thủy lợi, pháp luật", ("Chi cục Thủy lợi",),
            ("Văn phòng thường trực Ban Chỉ huy Phòng thủ dân sự tỉnh",), "2026-03-31"),
        Exp("Cập nhật, đăng tải văn bản quy phạm", (_VPS,), ("Các phòng, chi cục, đơn vị trực thuộc Sở",),
            "2026-12-31"),
        Exp("Tổ chức phổ biến văn bản quy phạm pháp luật của HĐND", (_VPS,),
            ("Phòng chuyên môn tham mưu ban hành văn bản",), "2026-12-31", True),
    ],
)


# ------------------------------------------------------------------ 10. UBND xã Tri Tôn, An Giang (2027)
_VP_X = "Văn phòng HĐND và UBND xã"
_MT_X = "Ủy ban Mặt trận Tổ quốc Việt Nam xã"
_VH_X = "Phòng Văn hóa - Xã hội"
PLAN_TT = Plan(
    name="33-10 UBND xã Tri Tôn, An Giang (kế hoạch 2027, đoạn Chủ trì/Phối hợp/Tiến độ)",
    blocks=_head(
        "ỦY BAN NHÂN DÂN TỈNH AN GIANG",
        "ỦY BAN NHÂN DÂN XÃ TRI TÔN",
        "187/KH-UBND",
        "Tri Tôn, ngày 18 tháng 12 năm 2026",
        ["Công tác phổ biến, giáo dục pháp luật; hòa giải ở cơ sở;", "xây dựng xã đạt chuẩn tiếp cận pháp "
                                                                     "luật năm 2027"],
    )
    + [
        P("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
        P("Căn cứ Quyết định số 25/2021/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ;"),
        P("Căn cứ Nghị quyết số 42/NQ-HĐND ngày 10/12/2026 của Hội đồng nhân dân xã Tri Tôn về nhiệm vụ phát "
          "triển kinh tế - xã hội năm 2027;"),
        P("Ủy ban nhân dân xã Tri Tôn xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Đưa pháp luật đến với Nhân dân, nhất là đồng bào dân tộc Khmer; xây dựng xã đạt chuẩn tiếp cận "
          "pháp luật; phân công cụ thể cho từng bộ phận, cá nhân."),
        P("II. NHIỆM VỤ TRỌNG TÂM", bold=True),
        P("Nhiệm vụ 1. Kiện toàn Hội đồng phối hợp phổ biến, giáo dục pháp luật xã", bold=True),
        P(f"Chủ trì: {_VP_X}. Phối hợp: {_VH_X}. Tiến độ: Tháng 01/2027."),
        P("Nhiệm vụ 2. Phổ biến pháp luật song ngữ Việt - Khmer tại các chùa, phum, sóc", bold=True),
        P(f"Chủ trì: {_VH_X}. Phối hợp: Ban quản trị các chùa Khmer, Ban Nhân dân các ấp. Tiến độ: Tháng "
          "4/2027 (dịp Tết Chôl Chnăm Thmây)."),
        P("Nhiệm vụ 3. Phổ biến pháp luật về đất đai, xử lý lấn chiếm đất công", bold=True),
        P("Chủ trì: Phòng Kinh tế. Phối hợp: Công an xã. Tiến độ: Quý II/2027."),
        P("Nhiệm vụ 4. Tuyên truyền Luật Nghĩa vụ quân sự, chuẩn bị tuyển quân năm 2028", bold=True),
        P("Chủ trì: Ban Chỉ huy Quân sự xã. Phối hợp: Công an xã, Đoàn Thanh niên xã. Tiến độ: Tháng 10 - "
          "12/2027."),
        P("Nhiệm vụ 5. Kiện toàn, bồi dưỡng kiến thức pháp luật cho hòa giải viên ở cơ sở", bold=True),
        P(f"Chủ trì: {_MT_X}. Phối hợp: {_VH_X}, Trưởng các ấp. Tiến độ: Quý I, II/2027."),
        P("Nhiệm vụ 6. Đánh giá, chấm điểm xã đạt chuẩn tiếp cận pháp luật năm 2027", bold=True),
        P(f"Chủ trì: Phó Chủ tịch UBND xã. Phối hợp: {_VP_X} và các thành viên Hội đồng đánh giá. Tiến độ: "
          "trước ngày 20/11/2027."),
        P("Nhiệm vụ 7. Tổ chức hưởng ứng Ngày Pháp luật Việt Nam năm 2027", bold=True),
        P(f"Chủ trì: {_VP_X}. Phối hợp: {_MT_X}; Trường THCS Tri Tôn. Tiến độ: Tháng 11/2027."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(f"1. {_VP_X} là cơ quan thường trực, theo dõi việc thực hiện, báo cáo UBND xã và Sở Tư pháp trước "
          "ngày 30/11/2027."),
        P("2. Kinh phí thực hiện từ dự toán ngân sách xã năm 2027."),
    ]
    + _sign(["Sở Tư pháp tỉnh An Giang;", "TT. Đảng ủy, HĐND xã;", "CT, các PCT UBND xã;",
             "Các phòng, ban, ngành, đoàn thể xã;", "Trưởng các ấp;"], "CHỦ TỊCH", "Chau Sóc Kha",
            "TM. ỦY BAN NHÂN DÂN"),
    expected=[
        Exp("Kiện toàn Hội đồng phối hợp phổ biến", (_VP_X,), (_VH_X,), "2027-01-31"),
        Exp("Phổ biến pháp luật song ngữ Việt - Khmer", (_VH_X,),
            ("Ban quản trị các chùa Khmer", "Ban Nhân dân các ấp"), "2027-04-30"),
        Exp("Phổ biến pháp luật về đất đai, xử lý", ("Phòng Kinh tế",), ("Công an xã",), "2027-06-30"),
        Exp("Tuyên truyền Luật Nghĩa vụ quân sự", ("Ban Chỉ huy Quân sự xã",),
            ("Công an xã", "Đoàn Thanh niên xã"), "2027-12-31"),
        Exp("Kiện toàn, bồi dưỡng kiến thức pháp luật", (_MT_X,), (_VH_X, "Trưởng các ấp"), "2027-06-30"),
        Exp("Đánh giá, chấm điểm xã đạt chuẩn", ("Phó Chủ tịch UBND xã",),
            (_VP_X, "các thành viên Hội đồng đánh giá"), "2027-11-20"),
        Exp("Tổ chức hưởng ứng Ngày Pháp luật", (_VP_X,), (_MT_X, "Trường THCS Tri Tôn"), "2027-11-30"),
    ],
)


PLANS: list[Plan] = [
    PLAN_HCM, PLAN_DN, PLAN_CT, PLAN_TN, PLAN_CM, PLAN_AG, PLAN_SW, PLAN_DT, PLAN_VL, PLAN_TT,
]
