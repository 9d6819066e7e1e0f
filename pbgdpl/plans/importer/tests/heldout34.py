"""Held-out evaluation set 34: ten PBGDPL plans (2026) from ten agencies, answers typed by hand.

1. UBND tỉnh Quảng Ngãi, yearly plan: one table STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp |
   Thời gian | Sản phẩm, roman group rows (I, II, III), ";" lists, event-triggered row, quarter ranges.
2. Sở Y tế Đồng Tháp, thematic (Luật Khám bệnh, chữa bệnh): bold "1." groups, non-bold "1.1." tasks,
   "- Đơn vị chủ trì:" / "- Đơn vị phối hợp:" / "- Thời gian thực hiện:" labels on own lines.
3. UBND phường Hải Châu (Đà Nẵng), campaign (Ngày Pháp luật): prose assignments "Giao X chủ trì, phối
   hợp với Y …", "Đề nghị …", "X có trách nhiệm …"; item 4 holds two dash assignment blocks.
4. Trường THPT Nguyễn Trãi (Tây Ninh), school year 2026-2027: bold "1." groups, "a)" tasks, persons as
   units ("Hiệu trưởng", "Bí thư Đoàn trường"), inline "Người phụ trách: …; phối hợp: …", 2027 months.
5. Bệnh viện Đa khoa tỉnh Lào Cai: table without STT, 2-row header (Phân công thực hiện split into
   chủ trì / phối hợp), letter group rows, "Ghi chú" column, event-triggered row.
6. Công ty CP Cấp nước Bắc Ninh: bold numbered headings, one inline line "Chủ trì: …; phối hợp: …;
   thời gian: …", dashed unit names, event-triggered task.
7. Hội LHPN tỉnh Nghệ An, thematic (bạo lực gia đình, mua bán người): "+" assignment blocks in items 1
   and 3, "Đề nghị … chủ trì; … phối hợp", "Cơ quan thực hiện:" with two leads, "Tiến độ:".
8. Hội đồng phối hợp PBGDPL thành phố Hải Phòng: roman parts, bold "1." tasks, "Cơ quan thực hiện:",
   "Cơ quan phối hợp:", "Thời hạn:" labels; persons (Chủ tịch Hội đồng), "sau khi … ban hành".
9. Thuế tỉnh An Giang: table TT | Nhiệm vụ | Thời gian hoàn thành | Đơn vị chủ trì | Đơn vị phối hợp |
   Ghi chú (time column before units), unit names with commas, roman group rows.
10. UBND xã Mường Nhé (Điện Biên): dash bullets, each one paragraph "Title. X chủ trì; Y phối hợp
    thực hiện. Thời gian: …", person as lead, event-triggered legal-aid task.
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T


def head(parent: str, agency: str, number: str, place_date: str, *title: str) -> list[P | T]:
    out: list[P | T] = []
    if parent:
        out.append(P(parent, center=True))
    out += [
        P(agency, bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True),
        P("Độc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P(f"Số: {number}", center=True),
        P(place_date, center=True),
        P("KẾ HOẠCH", bold=True, center=True),
    ]
    out += [P(t, bold=True, center=True) for t in title]
    return out


def ending(recipients: list[str], role: str, signer: str) -> list[P | T]:
    out: list[P | T] = [P("Nơi nhận:", bold=True)]
    out += [P(f"- {r}") for r in recipients]
    out += [P("- Lưu: VT.")]
    out += [P(line, bold=True, center=True) for line in role.split("\n")]
    out.append(P(signer, bold=True, center=True))
    return out


# ---------------------------------------------------------------- 1. UBND tỉnh Quảng Ngãi
PLAN_QNGAI = Plan(
    name="ubnd_quang_ngai_2026",
    blocks=[
        *head("", "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI", "21/KH-UBND", "Quảng Ngãi, ngày 23 tháng 01 năm 2026",
              "Công tác phổ biến, giáo dục pháp luật; hòa giải ở cơ sở; xây dựng, đánh giá",
              "tiếp cận pháp luật trên địa bàn tỉnh Quảng Ngãi năm 2026"),
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012; Luật Hòa giải ở cơ sở ngày "
          "20 tháng 6 năm 2013;"),
        P("Căn cứ Quyết định số 25/2021/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ quy định về xã, "
          "phường, thị trấn đạt chuẩn tiếp cận pháp luật;"),
        P("Căn cứ Kết luận số 80-KL/TW ngày 20/6/2024 của Ban Bí thư và Quyết định số 1521/QĐ-BTP ngày "
          "26/12/2025 của Bộ Tư pháp ban hành Kế hoạch công tác PBGDPL năm 2026;"),
        P("Xét đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 14/TTr-STP ngày 12/01/2026, Ủy ban nhân dân "
          "tỉnh ban hành Kế hoạch thực hiện như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Triển khai kịp thời, hiệu quả các nhiệm vụ PBGDPL theo chỉ đạo của Trung ương và của Tỉnh ủy; "
          "gắn công tác PBGDPL với tổ chức thi hành pháp luật sau sắp xếp đơn vị hành chính."),
        P("2. Xác định cụ thể nội dung, tiến độ, trách nhiệm của cơ quan chủ trì và cơ quan phối hợp; "
          "bảo đảm thiết thực, tránh hình thức, tiết kiệm."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("(Có Phụ lục phân công nhiệm vụ kèm theo)"),
        P("PHỤ LỤC PHÂN CÔNG NHIỆM VỤ", bold=True, center=True),
        T((
            ("STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện",
             "Sản phẩm"),
            ("I", "CÔNG TÁC CHỈ ĐẠO, HƯỚNG DẪN", "", "", "", ""),
            ("1", "Ban hành Kế hoạch phổ biến, giáo dục pháp luật; hòa giải ở cơ sở; xây dựng, đánh giá "
             "tiếp cận pháp luật năm 2026 của cơ quan, địa phương",
             "Các sở, ban, ngành; UBND các xã, phường, đặc khu", "", "Quý I/2026", "Kế hoạch"),
            ("2", "Kiện toàn Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh",
             "Sở Tư pháp", "Các cơ quan thành viên Hội đồng", "Khi có sự thay đổi về nhân sự",
             "Quyết định của Chủ tịch UBND tỉnh"),
            ("II", "PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT", "", "", "", ""),
            ("3", "Tổ chức phổ biến các luật, nghị quyết được Quốc hội khóa XV thông qua tại Kỳ họp thứ 10 "
             "và các văn bản quy định chi tiết", "Sở Tư pháp",
             "Các sở, ban, ngành; Báo và Phát thanh, Truyền hình Quảng Ngãi", "Quý I - Quý III/2026",
             "Hội nghị; tài liệu"),
            ("4", "Phổ biến pháp luật cho đồng bào dân tộc thiểu số ở vùng đồng bào dân tộc thiểu số "
             "và miền núi", "Sở Dân tộc và Tôn giáo",
             "Bộ Chỉ huy Bộ đội Biên phòng tỉnh; UBND các xã có liên quan", "Tháng 4 - tháng 10/2026",
             "Hội nghị, tờ gấp song ngữ"),
            ("5", "Tuyên truyền pháp luật về chuyển đổi số, an ninh mạng, phòng, chống lừa đảo trực tuyến",
             "Sở Khoa học và Công nghệ", "Công an tỉnh, Sở Tư pháp", "Cả năm 2026", "Tin, bài; video clip"),
            ("6", "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam "
             "(09/11)", "Sở Tư pháp",
             "Thành viên Hội đồng phối hợp PBGDPL tỉnh; UBND các xã, phường, đặc khu",
             "Tháng 10 - tháng 11/2026", "Báo cáo kết quả"),
            ("III", "HÒA GIẢI Ở CƠ SỞ; CHUẨN TIẾP CẬN PHÁP LUẬT", "", "", "", ""),
            ("7", "Đánh giá, công nhận xã, phường, đặc khu đạt chuẩn tiếp cận pháp luật năm 2026",
             "Chủ tịch UBND các xã, phường, đặc khu", "Sở Tư pháp", "Trước ngày 15/12/2026",
             "Quyết định công nhận"),
            ("8", "Bồi dưỡng, tập huấn kỹ năng hòa giải cho hòa giải viên ở cơ sở", "Sở Tư pháp",
             "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; UBND các xã, phường, đặc khu", "Quý II, III/2026",
             "Lớp tập huấn"),
        ), widths=(8, 52, 30, 40, 25, 25)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các xã, phường, đặc khu căn cứ Kế hoạch này "
          "xây dựng kế hoạch của cơ quan, địa phương và tổ chức thực hiện."),
        P("2. Kinh phí thực hiện từ nguồn ngân sách nhà nước theo phân cấp và Thông tư số 56/2023/TT-BTC."),
        P("3. Sở Tư pháp theo dõi, đôn đốc; tổng hợp báo cáo UBND tỉnh, Bộ Tư pháp trước ngày 20/12/2026."),
        *ending(["Bộ Tư pháp (b/c);", "TT Tỉnh ủy, TT HĐND tỉnh;", "CT, các PCT UBND tỉnh;",
                 "Các sở, ban, ngành;", "UBND các xã, phường, đặc khu;"],
                "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Trần Phước Hiền"),
    ],
    expected=[
        Exp("Ban hành Kế hoạch phổ biến, giáo dục pháp luật",
            ("Các sở, ban, ngành", "UBND các xã, phường, đặc khu"), (), "2026-03-31"),
        Exp("Kiện toàn Hội đồng phối hợp phổ biến", ("Sở Tư pháp",), ("Các cơ quan thành viên Hội đồng",),
            "2026-12-31", on_request=True),
        Exp("Tổ chức phổ biến các luật, nghị quyết", ("Sở Tư pháp",),
            ("Các sở, ban, ngành", "Báo và Phát thanh, Truyền hình Quảng Ngãi"), "2026-09-30"),
        Exp("Phổ biến pháp luật cho đồng bào dân tộc thiểu số", ("Sở Dân tộc và Tôn giáo",),
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "UBND các xã có liên quan"), "2026-10-31"),
        Exp("Tuyên truyền pháp luật về chuyển đổi số", ("Sở Khoa học và Công nghệ",),
            ("Công an tỉnh", "Sở Tư pháp"), "2026-12-31"),
        Exp("Tổ chức các hoạt động hưởng ứng Ngày Pháp luật", ("Sở Tư pháp",),
            ("Thành viên Hội đồng phối hợp PBGDPL tỉnh", "UBND các xã, phường, đặc khu"), "2026-11-30"),
        Exp("Đánh giá, công nhận xã, phường, đặc khu", ("Chủ tịch UBND các xã, phường, đặc khu",),
            ("Sở Tư pháp",), "2026-12-15"),
        Exp("Bồi dưỡng, tập huấn kỹ năng hòa giải", ("Sở Tư pháp",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "UBND các xã, phường, đặc khu"), "2026-09-30"),
    ],
)


# ---------------------------------------------------------------- 2. Sở Y tế Đồng Tháp
def _labels(lead: str, coord: str, time: str) -> list[P | T]:
    out: list[P | T] = [P(f"- Đơn vị chủ trì: {lead}.")]
    if coord:
        out.append(P(f"- Đơn vị phối hợp: {coord}."))
    out.append(P(f"- Thời gian thực hiện: {time}."))
    return out


PLAN_DTHAP = Plan(
    name="so_y_te_dong_thap_kcb_2026",
    blocks=[
        *head("UBND TỈNH ĐỒNG THÁP", "SỞ Y TẾ", "45/KH-SYT", "Đồng Tháp, ngày 09 tháng 02 năm 2026",
              "Phổ biến, giáo dục pháp luật về khám bệnh, chữa bệnh",
              "trong ngành Y tế tỉnh Đồng Tháp năm 2026"),
        P("Căn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15 ngày 09/01/2023; Nghị định số 96/2023/NĐ-CP "
          "ngày 30/12/2023 của Chính phủ quy định chi tiết một số điều của Luật Khám bệnh, chữa bệnh;"),
        P("Căn cứ Kế hoạch số 33/KH-UBND ngày 26/01/2026 của UBND tỉnh về công tác PBGDPL năm 2026;"),
        P("Sở Y tế xây dựng Kế hoạch phổ biến, giáo dục pháp luật về khám bệnh, chữa bệnh năm 2026 "
          "như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Nâng cao nhận thức, ý thức chấp hành pháp luật của người hành nghề và người bệnh.\n"
          "- Nội dung phổ biến phải chính xác, phù hợp từng đối tượng; gắn với nhiệm vụ chuyên môn."),
        P("II. NỘI DUNG THỰC HIỆN", bold=True),
        P("1. Công tác quán triệt, triển khai", bold=True),
        P("1.1. Tổ chức hội nghị quán triệt Luật Khám bệnh, chữa bệnh năm 2023 và các nghị định hướng "
          "dẫn cho lãnh đạo các đơn vị trực thuộc"),
        *_labels("Phòng Nghiệp vụ Y", "Văn phòng Sở; Phòng Kế hoạch - Tài chính", "Quý I/2026"),
        P("1.2. Biên soạn, phát hành tài liệu hỏi - đáp về quyền và nghĩa vụ của người bệnh"),
        *_labels("Phòng Nghiệp vụ Y", "Trung tâm Kiểm soát bệnh tật tỉnh", "Tháng 3 - tháng 5/2026"),
        P("2. Phổ biến cho người hành nghề và người bệnh", bold=True),
        P("2.1. Phổ biến quy định về giấy phép hành nghề, cập nhật kiến thức y khoa liên tục cho người "
          "hành nghề khám bệnh, chữa bệnh"),
        *_labels("Phòng Nghiệp vụ Y", "Bệnh viện Đa khoa Đồng Tháp, Bệnh viện Đa khoa khu vực Tiền Giang "
                 "và các bệnh viện tuyến tỉnh", "Quý II/2026"),
        P("2.2. Tuyên truyền quy tắc ứng xử, đổi mới phong cách, thái độ phục vụ của cán bộ y tế "
          "hướng tới sự hài lòng của người bệnh"),
        *_labels("Các bệnh viện, trung tâm y tế trực thuộc Sở", "Công đoàn ngành Y tế", "Thường xuyên"),
        P("2.3. Truyền thông pháp luật về an toàn thực phẩm trong Tháng hành động vì an toàn thực phẩm"),
        *_labels("Chi cục An toàn vệ sinh thực phẩm",
                 "Trung tâm Kiểm soát bệnh tật tỉnh; Trung tâm Y tế các khu vực",
                 "Từ ngày 15/4 đến ngày 15/5/2026"),
        P("3. Kiểm tra, sơ kết", bold=True),
        P("3.1. Kiểm tra việc thực hiện quy định về khám bệnh, chữa bệnh tại các cơ sở y tế tư nhân"),
        *_labels("Phòng Nghiệp vụ Y", "Phòng Nghiệp vụ Dược và Văn phòng Sở", "Quý III - Quý IV/2026"),
        P("3.2. Sơ kết 01 năm triển khai Kế hoạch, đề xuất khen thưởng tập thể, cá nhân"),
        *_labels("Văn phòng Sở", "Các phòng chức năng thuộc Sở", "Tháng 12/2026"),
        P("III. KINH PHÍ", bold=True),
        P("Từ nguồn ngân sách chi thường xuyên của Sở Y tế và các đơn vị năm 2026."),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Thủ trưởng các phòng, đơn vị trực thuộc triển khai thực hiện; báo cáo kết quả (qua Văn phòng "
          "Sở) trước ngày 30/11/2026 để tổng hợp báo cáo UBND tỉnh, Sở Tư pháp."),
        *ending(["Sở Tư pháp;", "Giám đốc, các PGĐ Sở;", "Các phòng, đơn vị trực thuộc;"],
                "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Nguyễn Thị Kim Thoa"),
    ],
    expected=[
        Exp("Tổ chức hội nghị quán triệt Luật Khám bệnh", ("Phòng Nghiệp vụ Y",),
            ("Văn phòng Sở", "Phòng Kế hoạch - Tài chính"), "2026-03-31"),
        Exp("Biên soạn, phát hành tài liệu hỏi - đáp", ("Phòng Nghiệp vụ Y",),
            ("Trung tâm Kiểm soát bệnh tật tỉnh",), "2026-05-31"),
        Exp("Phổ biến quy định về giấy phép hành nghề", ("Phòng Nghiệp vụ Y",),
            ("Bệnh viện Đa khoa Đồng Tháp", "Bệnh viện Đa khoa khu vực Tiền Giang",
             "các bệnh viện tuyến tỉnh"), "2026-06-30"),
        Exp("Tuyên truyền quy tắc ứng xử, đổi mới phong cách", ("Các bệnh viện, trung tâm y tế trực thuộc Sở",),
            ("Công đoàn ngành Y tế",), "2026-12-31"),
        Exp("Truyền thông pháp luật về an toàn thực phẩm", ("Chi cục An toàn vệ sinh thực phẩm",),
            ("Trung tâm Kiểm soát bệnh tật tỉnh", "Trung tâm Y tế các khu vực"), "2026-05-15"),
        Exp("Kiểm tra việc thực hiện quy định về khám bệnh", ("Phòng Nghiệp vụ Y",),
            ("Phòng Nghiệp vụ Dược", "Văn phòng Sở"), "2026-12-31"),
        Exp("Sơ kết 01 năm triển khai Kế hoạch", ("Văn phòng Sở",), ("Các phòng chức năng thuộc Sở",),
            "2026-12-31"),
    ],
)


# ---------------------------------------------------------------- 3. UBND phường Hải Châu
PLAN_HCHAU = Plan(
    name="ubnd_phuong_hai_chau_ngay_phap_luat_2026",
    blocks=[
        *head("", "ỦY BAN NHÂN DÂN\nPHƯỜNG HẢI CHÂU", "187/KH-UBND", "Hải Châu, ngày 12 tháng 10 năm 2026",
              "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam",
              "năm 2026 trên địa bàn phường Hải Châu"),
        P("Thực hiện Kế hoạch số 412/KH-UBND ngày 25/9/2026 của UBND thành phố Đà Nẵng về tổ chức Ngày "
          "Pháp luật năm 2026 và Công văn số 2150/STP-PBGDPL ngày 30/9/2026 của Sở Tư pháp, UBND phường "
          "ban hành Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Tạo đợt sinh hoạt chính trị, pháp lý sâu rộng trong cán bộ và Nhân dân; hoạt động hưởng ứng "
          "phải thiết thực, gắn với nhiệm vụ chính trị của phường, tránh phô trương, hình thức."),
        P("II. CHỦ ĐỀ", bold=True),
        P("\u201cThượng tôn Hiến pháp và pháp luật - Nền tảng phát triển bền vững đất nước\u201d."),
        P("III. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        P("1. Treo băng rôn, khẩu hiệu, pano tuyên truyền Ngày Pháp luật tại trụ sở cơ quan, các tuyến "
          "đường chính", bold=True),
        P("Giao Văn phòng HĐND và UBND phường chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam "
          "phường thực hiện. Thời gian: từ ngày 01/11 đến ngày 15/11/2026."),
        P("2. Tuyên truyền trên hệ thống loa truyền thanh, trang thông tin điện tử và nhóm Zalo "
          "của các tổ dân phố", bold=True),
        P("Phòng Văn hóa - Xã hội phường chủ trì; Ban điều hành các tổ dân phố phối hợp thực hiện. "
          "Thời gian: tháng 11/2026."),
        P("3. Tổ chức hội nghị tuyên truyền pháp luật về trật tự, an toàn giao thông và phòng cháy, "
          "chữa cháy cho hộ kinh doanh", bold=True),
        P("Giao Công an phường chủ trì, phối hợp với Phòng Kinh tế, Hạ tầng và Đô thị phường và Đoàn "
          "Thanh niên Cộng sản Hồ Chí Minh phường tổ chức trước ngày 09/11/2026."),
        P("4. Hưởng ứng Ngày Pháp luật trong trường học và đoàn viên, thanh niên", bold=True),
        P("- Giao Phòng Văn hóa - Xã hội phường chủ trì, phối hợp với các trường học trên địa bàn phường "
          "tổ chức tiết sinh hoạt dưới cờ về chủ đề pháp luật. Thời gian: trong tháng 11/2026."),
        P("- Đề nghị Đoàn Thanh niên Cộng sản Hồ Chí Minh phường tổ chức cuộc thi tìm hiểu pháp luật trực "
          "tuyến dành cho đoàn viên, thanh niên. Thời gian: từ ngày 20/10 đến ngày 09/11/2026."),
        P("5. Tư vấn pháp luật, trợ giúp pháp lý miễn phí cho người dân tại Trung tâm Phục vụ hành chính "
          "công phường", bold=True),
        P("Văn phòng HĐND và UBND phường có trách nhiệm phối hợp với Trung tâm Trợ giúp pháp lý nhà nước "
          "thành phố Đà Nẵng tổ chức vào ngày 09/11/2026."),
        P("6. Lồng ghép tuyên truyền Ngày Pháp luật trong sinh hoạt của các đoàn thể", bold=True),
        P("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường và các tổ chức chính trị - xã hội phường chỉ "
          "đạo các chi hội, tổ hội lồng ghép nội dung tuyên truyền. Thời gian: tháng 10 - tháng 11/2026."),
        P("7. Tổng hợp, báo cáo kết quả", bold=True),
        P("Văn phòng HĐND và UBND phường tổng hợp kết quả, tham mưu UBND phường báo cáo Sở Tư pháp "
          "trước ngày 25/11/2026."),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các cơ quan, đơn vị được phân công chủ động triển khai, gửi báo cáo kết quả về UBND phường "
          "(qua Văn phòng HĐND và UBND phường) trước ngày 20/11/2026."),
        *ending(["Sở Tư pháp TP Đà Nẵng (b/c);", "TT Đảng ủy, TT HĐND phường;", "Các đơn vị thuộc phường;",
                 "Các tổ dân phố;"], "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Lê Văn Thắng"),
    ],
    expected=[
        Exp("Treo băng rôn, khẩu hiệu, pano tuyên truyền", ("Văn phòng HĐND và UBND phường",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam phường",), "2026-11-15"),
        Exp("Tuyên truyền trên hệ thống loa truyền thanh", ("Phòng Văn hóa - Xã hội phường",),
            ("Ban điều hành các tổ dân phố",), "2026-11-30"),
        Exp("Tổ chức hội nghị tuyên truyền pháp luật về trật tự", ("Công an phường",),
            ("Phòng Kinh tế, Hạ tầng và Đô thị phường", "Đoàn Thanh niên Cộng sản Hồ Chí Minh phường"),
            "2026-11-09"),
        Exp("Giao Phòng Văn hóa - Xã hội phường chủ trì", ("Phòng Văn hóa - Xã hội phường",),
            ("các trường học trên địa bàn phường",), "2026-11-30"),
        Exp("Đề nghị Đoàn Thanh niên Cộng sản Hồ Chí Minh", ("Đoàn Thanh niên Cộng sản Hồ Chí Minh phường",),
            (), "2026-11-09"),
        Exp("Tư vấn pháp luật, trợ giúp pháp lý miễn phí", ("Văn phòng HĐND và UBND phường",),
            ("Trung tâm Trợ giúp pháp lý nhà nước thành phố Đà Nẵng",), "2026-11-09"),
        Exp("Lồng ghép tuyên truyền Ngày Pháp luật trong sinh hoạt",
            ("Ủy ban Mặt trận Tổ quốc Việt Nam phường", "các tổ chức chính trị - xã hội phường"), (),
            "2026-11-30"),
        Exp("Tổng hợp, báo cáo kết quả", ("Văn phòng HĐND và UBND phường",), (), "2026-11-25"),
    ],
)


# ---------------------------------------------------------------- 4. Trường THPT Nguyễn Trãi
def _school(lead: str, coord: str, time: str) -> P:
    return P(f"- Người phụ trách: {lead}; phối hợp: {coord}.\n- Thời gian: {time}.")


PLAN_SCHOOL = Plan(
    name="thpt_nguyen_trai_tay_ninh_2026_2027",
    blocks=[
        *head("SỞ GD&ĐT TỈNH TÂY NINH", "TRƯỜNG THPT NGUYỄN TRÃI", "112/KH-THPTNT",
              "Tân Ninh, ngày 18 tháng 9 năm 2026",
              "Công tác phổ biến, giáo dục pháp luật năm học 2026-2027"),
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012; Luật Nhà giáo số 73/2025/QH15;"),
        P("Căn cứ Công văn số 2840/SGDĐT-CTTT ngày 05/9/2026 của Sở Giáo dục và Đào tạo về hướng dẫn "
          "công tác PBGDPL năm học 2026-2027;"),
        P("Trường THPT Nguyễn Trãi xây dựng kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Giúp cán bộ, giáo viên, nhân viên và học sinh hiểu, chấp hành pháp luật; xây dựng môi trường "
          "giáo dục an toàn, lành mạnh, thân thiện, phòng, chống bạo lực học đường."),
        P("II. NỘI DUNG, BIỆN PHÁP", bold=True),
        P("1. Đối với cán bộ, giáo viên, nhân viên", bold=True),
        P("a) Quán triệt các văn bản pháp luật mới về giáo dục, Luật Nhà giáo năm 2025 và các văn bản "
          "hướng dẫn"),
        _school("Hiệu trưởng", "Chủ tịch Công đoàn trường", "Tháng 9 - tháng 10/2026"),
        P("b) Bổ sung tủ sách pháp luật, cập nhật văn bản mới trên trang thông tin điện tử của nhà trường"),
        _school("Nhân viên thư viện", "Tổ Văn phòng", "Từ tháng 9/2026 đến tháng 5/2027"),
        P("2. Đối với học sinh", bold=True),
        P("a) Lồng ghép nội dung giáo dục pháp luật trong môn Giáo dục kinh tế và pháp luật, hoạt động "
          "trải nghiệm, hướng nghiệp"),
        _school("Phó Hiệu trưởng phụ trách chuyên môn", "Tổ trưởng chuyên môn, giáo viên bộ môn",
                "Từ tháng 9/2026 đến tháng 5/2027"),
        P("b) Tổ chức cuộc thi tìm hiểu pháp luật về an toàn giao thông, phòng, chống ma túy cho học sinh"),
        _school("Bí thư Đoàn trường", "Giáo viên chủ nhiệm các lớp và Công an phường Tân Ninh",
                "Tháng 11/2026"),
        P("c) Sinh hoạt dưới cờ chủ đề \u201cHọc sinh với văn hóa giao thông\u201d và phòng, chống bạo "
          "lực học đường"),
        _school("Phó Hiệu trưởng phụ trách công tác học sinh", "Ban Đại diện cha mẹ học sinh trường",
                "Tháng 3/2027"),
        P("3. Kiểm tra, đánh giá", bold=True),
        P("a) Kiểm tra, nhắc nhở việc chấp hành nội quy nhà trường và pháp luật về an toàn giao thông của "
          "học sinh"),
        _school("Tổ Giám thị", "Đội Cờ đỏ", "Từ tháng 9/2026 đến tháng 5/2027"),
        P("b) Tổng kết năm học về công tác phổ biến, giáo dục pháp luật"),
        _school("Phó Hiệu trưởng phụ trách công tác học sinh", "Bí thư Đoàn trường", "Tháng 5/2027"),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các tổ chuyên môn, tổ Văn phòng, Đoàn trường căn cứ kế hoạch triển khai thực hiện; báo cáo "
          "sơ kết học kỳ I trước ngày 10/01/2027, tổng kết trước ngày 20/5/2027."),
        *ending(["Sở GD&ĐT (b/c);", "BGH, CĐ, ĐTN;", "Các tổ chuyên môn;"], "HIỆU TRƯỞNG",
                "Phạm Thị Hồng Nhung"),
    ],
    expected=[
        Exp("Quán triệt các văn bản pháp luật mới về giáo dục", ("Hiệu trưởng",),
            ("Chủ tịch Công đoàn trường",), "2026-10-31"),
        Exp("Bổ sung tủ sách pháp luật, cập nhật văn bản", ("Nhân viên thư viện",), ("Tổ Văn phòng",),
            "2027-05-31"),
        Exp("Lồng ghép nội dung giáo dục pháp luật trong môn", ("Phó Hiệu trưởng phụ trách chuyên môn",),
            ("Tổ trưởng chuyên môn", "giáo viên bộ môn"), "2027-05-31"),
        Exp("Tổ chức cuộc thi tìm hiểu pháp luật về an toàn", ("Bí thư Đoàn trường",),
            ("Giáo viên chủ nhiệm các lớp", "Công an phường Tân Ninh"), "2026-11-30"),
        Exp("Sinh hoạt dưới cờ chủ đề", ("Phó Hiệu trưởng phụ trách công tác học sinh",),
            ("Ban Đại diện cha mẹ học sinh trường",), "2027-03-31"),
        Exp("Kiểm tra, nhắc nhở việc chấp hành nội quy", ("Tổ Giám thị",), ("Đội Cờ đỏ",), "2027-05-31"),
        Exp("Tổng kết năm học về công tác phổ biến", ("Phó Hiệu trưởng phụ trách công tác học sinh",),
            ("Bí thư Đoàn trường",), "2027-05-31"),
    ],
)


# ---------------------------------------------------------------- 5. Bệnh viện Đa khoa tỉnh Lào Cai
PLAN_HOSP = Plan(
    name="bvdk_lao_cai_2026",
    blocks=[
        *head("SỞ Y TẾ TỈNH LÀO CAI", "BỆNH VIỆN ĐA KHOA TỈNH", "09/KH-BVĐK", "Lào Cai, ngày 20 tháng 01 năm 2026",
              "Phổ biến, giáo dục pháp luật năm 2026"),
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012; Luật Bảo hiểm y tế số 51/2024/QH15;"),
        P("Căn cứ Kế hoạch số 18/KH-SYT ngày 12/01/2026 của Sở Y tế tỉnh Lào Cai về công tác PBGDPL "
          "năm 2026;"),
        P("Bệnh viện Đa khoa tỉnh xây dựng Kế hoạch phổ biến, giáo dục pháp luật năm 2026 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Nâng cao ý thức chấp hành pháp luật của viên chức, người lao động; bảo đảm quyền được thông "
          "tin của người bệnh và người nhà người bệnh."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG", bold=True),
        T((
            ("Nội dung công việc", "Phân công thực hiện", "", "Thời gian", "Ghi chú"),
            ("", "Khoa, phòng chủ trì", "Khoa, phòng phối hợp", "", ""),
            ("A. PHỔ BIẾN PHÁP LUẬT CHO VIÊN CHỨC, NGƯỜI LAO ĐỘNG", "", "", "", ""),
            ("1. Phổ biến Luật Khám bệnh, chữa bệnh và Luật sửa đổi, bổ sung một số điều của Luật Bảo "
             "hiểm y tế năm 2024", "Phòng Tổ chức cán bộ", "Phòng Kế hoạch tổng hợp; Phòng Điều dưỡng",
             "Quý I/2026", "Hội nghị trực tuyến"),
            ("2. Phổ biến quy định về phòng, chống tham nhũng, tiêu cực; quy tắc ứng xử của viên chức y tế",
             "Phòng Tổ chức cán bộ", "Ban Thanh tra nhân dân, Công đoàn Bệnh viện", "Quý II/2026", ""),
            ("3. Tập huấn pháp luật về quản lý chất thải y tế, bảo vệ môi trường",
             "Khoa Kiểm soát nhiễm khuẩn", "Phòng Hành chính quản trị", "Tháng 6/2026", ""),
            ("B. TUYÊN TRUYỀN, TƯ VẤN PHÁP LUẬT CHO NGƯỜI BỆNH", "", "", "", ""),
            ("4. Niêm yết, tuyên truyền quyền và nghĩa vụ của người bệnh, quy định khám, chữa bệnh bảo "
             "hiểm y tế tại khu vực tiếp đón", "Phòng Công tác xã hội",
             "Khoa Khám bệnh; Phòng Tài chính - Kế toán", "Thường xuyên", "Bảng tin, màn hình LED"),
            ("5. Tư vấn pháp luật về hiến, lấy, ghép mô, bộ phận cơ thể người cho người nhà người bệnh",
             "Phòng Công tác xã hội", "Khoa Hồi sức tích cực - Chống độc và Khoa Ngoại tổng hợp",
             "Khi có trường hợp phát sinh", ""),
            ("C. KIỂM TRA, BÁO CÁO", "", "", "", ""),
            ("6. Kiểm tra việc chấp hành quy định về kê đơn thuốc, đơn thuốc điện tử tại các khoa lâm sàng",
             "Khoa Dược", "Phòng Kế hoạch tổng hợp, Phòng Quản lý chất lượng", "Quý III/2026", ""),
            ("7. Báo cáo kết quả công tác phổ biến, giáo dục pháp luật năm 2026 gửi Sở Y tế",
             "Phòng Tổ chức cán bộ", "Các khoa, phòng", "Trước ngày 05/12/2026", ""),
        ), widths=(60, 30, 40, 25, 25)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Phòng Tổ chức cán bộ là đầu mối theo dõi, đôn đốc việc thực hiện Kế hoạch."),
        P("2. Trưởng các khoa, phòng có trách nhiệm phổ biến đến toàn thể viên chức, người lao động."),
        *ending(["Sở Y tế (b/c);", "Ban Giám đốc;", "Các khoa, phòng;"], "GIÁM ĐỐC", "Hoàng Văn Tuấn"),
    ],
    expected=[
        Exp("Phổ biến Luật Khám bệnh, chữa bệnh và Luật sửa đổi", ("Phòng Tổ chức cán bộ",),
            ("Phòng Kế hoạch tổng hợp", "Phòng Điều dưỡng"), "2026-03-31"),
        Exp("Phổ biến quy định về phòng, chống tham nhũng", ("Phòng Tổ chức cán bộ",),
            ("Ban Thanh tra nhân dân", "Công đoàn Bệnh viện"), "2026-06-30"),
        Exp("Tập huấn pháp luật về quản lý chất thải", ("Khoa Kiểm soát nhiễm khuẩn",),
            ("Phòng Hành chính quản trị",), "2026-06-30"),
        Exp("Niêm yết, tuyên truyền quyền và nghĩa vụ", ("Phòng Công tác xã hội",),
            ("Khoa Khám bệnh", "Phòng Tài chính - Kế toán"), "2026-12-31"),
        Exp("Tư vấn pháp luật về hiến, lấy, ghép mô", ("Phòng Công tác xã hội",),
            ("Khoa Hồi sức tích cực - Chống độc", "Khoa Ngoại tổng hợp"), "2026-12-31", on_request=True),
        Exp("Kiểm tra việc chấp hành quy định về kê đơn", ("Khoa Dược",),
            ("Phòng Kế hoạch tổng hợp", "Phòng Quản lý chất lượng"), "2026-09-30"),
        Exp("Báo cáo kết quả công tác phổ biến", ("Phòng Tổ chức cán bộ",), ("Các khoa, phòng",),
            "2026-12-05"),
    ],
)


# ---------------------------------------------------------------- 6. Công ty CP Cấp nước Bắc Ninh
PLAN_WATER = Plan(
    name="cty_cap_nuoc_bac_ninh_2026",
    blocks=[
        *head("", "CÔNG TY CỔ PHẦN\nCẤP NƯỚC BẮC NINH", "05/KH-CNBN", "Bắc Ninh, ngày 14 tháng 01 năm 2026",
              "Tuyên truyền, phổ biến, giáo dục pháp luật cho người lao động năm 2026"),
        P("Căn cứ Bộ luật Lao động số 45/2019/QH14; Luật An toàn, vệ sinh lao động số 84/2015/QH13;"),
        P("Căn cứ Kế hoạch số 27/KH-UBND ngày 22/01/2026 của UBND tỉnh Bắc Ninh về công tác PBGDPL "
          "năm 2026; Nghị quyết số 01/NQ-HĐQT ngày 08/01/2026 của Hội đồng quản trị Công ty;"),
        P("Công ty Cổ phần Cấp nước Bắc Ninh ban hành Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Giúp người lao động nắm vững quyền, nghĩa vụ theo pháp luật lao động, nội quy, quy chế Công ty;"
          "\n- Hình thức tuyên truyền gọn, phù hợp sản xuất theo ca, không ảnh hưởng cấp nước liên tục."),
        P("II. NỘI DUNG TUYÊN TRUYỀN VÀ PHÂN CÔNG", bold=True),
        P("1. Phổ biến Bộ luật Lao động, Luật Bảo hiểm xã hội năm 2024 và nội quy lao động Công ty",
          bold=True),
        P("Chủ trì: Phòng Tổ chức - Hành chính; phối hợp: Công đoàn Công ty; thời gian: Quý I/2026."),
        P("2. Tuyên truyền pháp luật về an toàn, vệ sinh lao động, phòng cháy, chữa cháy tại các nhà máy "
          "nước", bold=True),
        P("Chủ trì: Phòng Kỹ thuật - An toàn; phối hợp: các nhà máy nước, Xí nghiệp cấp nước số 1 và Xí "
          "nghiệp cấp nước số 2; thời gian: tháng 5 - tháng 6/2026 (gắn với Tháng hành động về an toàn, "
          "vệ sinh lao động)."),
        P("3. Phổ biến Luật Tài nguyên nước năm 2023 và quy chuẩn kỹ thuật về chất lượng nước sạch sử dụng "
          "cho mục đích sinh hoạt", bold=True),
        P("Chủ trì: Phòng Quản lý chất lượng nước; phối hợp: Phòng Kỹ thuật - An toàn; thời gian: "
          "Quý II, III/2026."),
        P("4. Phổ biến quy định về hóa đơn điện tử, quản lý thuế và phòng, chống rửa tiền", bold=True),
        P("Chủ trì: Phòng Tài chính - Kế toán; thời gian: tháng 6/2026."),
        P("5. Tuyên truyền cho khách hàng quy định về sử dụng nước sạch, xử lý vi phạm hợp đồng dịch vụ "
          "cấp nước", bold=True),
        P("Chủ trì: Phòng Kinh doanh; phối hợp: các chi nhánh cấp nước; UBND các xã, phường nơi có mạng "
          "lưới cấp nước; thời gian: thường xuyên."),
        P("6. Tổ chức cho người lao động tham gia cuộc thi tìm hiểu pháp luật do Liên đoàn Lao động tỉnh "
          "phát động", bold=True),
        P("Chủ trì: Công đoàn Công ty; phối hợp: Đoàn Thanh niên Công ty; thời gian: khi có văn bản phát "
          "động của Liên đoàn Lao động tỉnh."),
        P("III. KINH PHÍ", bold=True),
        P("Kinh phí thực hiện được hạch toán vào chi phí quản lý doanh nghiệp năm 2026 và nguồn kinh phí "
          "công đoàn theo quy định."),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Trưởng các phòng, Giám đốc các xí nghiệp, nhà máy, chi nhánh tổ chức thực hiện; gửi kết quả về "
          "Phòng Tổ chức - Hành chính trước ngày 25/11/2026 để tổng hợp báo cáo Tổng Giám đốc."),
        *ending(["HĐQT, Ban Tổng Giám đốc;", "Công đoàn Công ty;", "Các phòng, xí nghiệp, nhà máy;"],
                "TỔNG GIÁM ĐỐC", "Nguyễn Đức Hải"),
    ],
    expected=[
        Exp("Phổ biến Bộ luật Lao động, Luật Bảo hiểm xã hội", ("Phòng Tổ chức - Hành chính",),
            ("Công đoàn Công ty",), "2026-03-31"),
        Exp("Tuyên truyền pháp luật về an toàn, vệ sinh lao động", ("Phòng Kỹ thuật - An toàn",),
            ("các nhà máy nước", "Xí nghiệp cấp nước số 1", "Xí nghiệp cấp nước số 2"), "2026-06-30"),
        Exp("Phổ biến Luật Tài nguyên nước năm 2023", ("Phòng Quản lý chất lượng nước",),
            ("Phòng Kỹ thuật - An toàn",), "2026-09-30"),
        Exp("Phổ biến quy định về hóa đơn điện tử", ("Phòng Tài chính - Kế toán",), (), "2026-06-30"),
        Exp("Tuyên truyền cho khách hàng quy định về sử dụng", ("Phòng Kinh doanh",),
            ("các chi nhánh cấp nước", "UBND các xã, phường nơi có mạng lưới cấp nước"), "2026-12-31"),
        Exp("Tổ chức cho người lao động tham gia cuộc thi", ("Công đoàn Công ty",),
            ("Đoàn Thanh niên Công ty",), "2026-12-31", on_request=True),
    ],
)


# ---------------------------------------------------------------- 7. Hội LHPN tỉnh Nghệ An
PLAN_WOMEN = Plan(
    name="hoi_lhpn_nghe_an_bao_luc_gia_dinh_2026",
    blocks=[
        *head("HỘI LHPN VIỆT NAM\nTỈNH NGHỆ AN", "BAN THƯỜNG VỤ", "14/KH-BTV", "Nghệ An, ngày 03 tháng 3 năm 2026",
              "Tuyên truyền, phổ biến pháp luật về phòng, chống bạo lực gia đình,",
              "phòng, chống mua bán người năm 2026"),
        P("Thực hiện Luật Phòng, chống bạo lực gia đình số 13/2022/QH15; Luật Phòng, chống mua bán người "
          "số 53/2024/QH15; Chương trình phối hợp số 05/CTPH-MTTQ-HPN ngày 15/01/2026 giữa Ban Thường trực "
          "Ủy ban MTTQ Việt Nam tỉnh và Hội LHPN tỉnh, Ban Thường vụ Hội LHPN tỉnh xây dựng Kế hoạch "
          "như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Nâng cao nhận thức của hội viên, phụ nữ về phòng, chống bạo lực gia đình, mua bán người."),
        P("2. Hoạt động phải hướng về cơ sở, ưu tiên địa bàn vùng cao, biên giới miền Tây Nghệ An."),
        P("II. ĐỐI TƯỢNG", bold=True),
        P("Cán bộ, hội viên, phụ nữ; trọng tâm là phụ nữ dân tộc thiểu số, phụ nữ đi làm ăn xa."),
        P("III. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True),
        P("1. Truyền thông trên các phương tiện thông tin đại chúng và mạng xã hội", bold=True),
        P("+ Ban Tuyên giáo - Chính sách - Luật pháp chủ trì, phối hợp với Báo và Phát thanh, Truyền hình "
          "Nghệ An xây dựng chuyên mục \u201cPhụ nữ với pháp luật\u201d; thời gian: hằng tháng."),
        P("+ Văn phòng Hội cập nhật tin, bài trên Trang thông tin điện tử và fanpage của Hội; thời gian: "
          "thường xuyên."),
        P("2. Tổ chức các buổi truyền thông trực tiếp về phòng, chống bạo lực gia đình tại khu dân cư"),
        P("Đề nghị Hội LHPN các xã, phường chủ trì; Công an xã, phường và các chi hội phụ nữ phối hợp thực "
          "hiện. Tiến độ: Quý II - Quý IV/2026."),
        P("3. Phòng, chống mua bán người tại các xã biên giới", bold=True),
        P("+ Ban Gia đình - Xã hội chủ trì, phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức 05 buổi "
          "truyền thông tại các xã biên giới; thời gian: tháng 6 - tháng 8/2026."),
        P("+ Hội LHPN các xã biên giới phối hợp với các Đồn Biên phòng trên địa bàn rà soát, lập danh sách "
          "phụ nữ đi làm ăn xa, có nguy cơ bị mua bán; thời gian: Quý III/2026."),
        P("4. Duy trì hoạt động của các Địa chỉ tin cậy, nhà tạm lánh tại cộng đồng", bold=True),
        P("Cơ quan thực hiện: Ban Gia đình - Xã hội; Hội LHPN các xã, phường."),
        P("Tiến độ: Cả năm."),
        P("5. Tổ chức hội thi tìm hiểu pháp luật về hôn nhân và gia đình cấp tỉnh", bold=True),
        P("Chủ trì: Ban Tuyên giáo - Chính sách - Luật pháp."),
        P("Phối hợp: Sở Tư pháp, Công an tỉnh."),
        P("Tiến độ: dự kiến tháng 10/2026."),
        P("6. Tổng hợp, báo cáo kết quả thực hiện", bold=True),
        P("Văn phòng Hội tổng hợp, báo cáo kết quả về Trung ương Hội LHPN Việt Nam và Ban Thường trực Ủy "
          "ban MTTQ Việt Nam tỉnh trước ngày 30/11/2026."),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các ban, đơn vị cơ quan Hội LHPN tỉnh, Hội LHPN các xã, phường căn cứ Kế hoạch triển khai; báo "
          "cáo 6 tháng trước ngày 10/6/2026, báo cáo năm trước ngày 15/11/2026."),
        *ending(["TW Hội LHPN Việt Nam (b/c);", "BTT Ủy ban MTTQ VN tỉnh (b/c);", "Hội LHPN các xã, phường;"],
                "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH", "Lê Thị Thu Hằng"),
    ],
    expected=[
        Exp("Ban Tuyên giáo - Chính sách - Luật pháp chủ trì", ("Ban Tuyên giáo - Chính sách - Luật pháp",),
            ("Báo và Phát thanh, Truyền hình Nghệ An",), "2026-12-31"),
        Exp("Văn phòng Hội cập nhật tin, bài", ("Văn phòng Hội",), (), "2026-12-31"),
        Exp("Tổ chức các buổi truyền thông trực tiếp", ("Hội LHPN các xã, phường",),
            ("Công an xã, phường", "các chi hội phụ nữ"), "2026-12-31"),
        Exp("Ban Gia đình - Xã hội chủ trì", ("Ban Gia đình - Xã hội",),
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh",), "2026-08-31"),
        Exp("Hội LHPN các xã biên giới phối hợp", ("Hội LHPN các xã biên giới",),
            ("các Đồn Biên phòng trên địa bàn",), "2026-09-30"),
        Exp("Duy trì hoạt động của các Địa chỉ tin cậy", ("Ban Gia đình - Xã hội", "Hội LHPN các xã, phường"),
            (), "2026-12-31"),
        Exp("Tổ chức hội thi tìm hiểu pháp luật", ("Ban Tuyên giáo - Chính sách - Luật pháp",),
            ("Sở Tư pháp", "Công an tỉnh"), "2026-10-31"),
        Exp("Tổng hợp, báo cáo kết quả thực hiện", ("Văn phòng Hội",), (), "2026-11-30"),
    ],
)


# ---------------------------------------------------------------- 8. Hội đồng phối hợp PBGDPL Hải Phòng
def _council(lead: str, coord: str, time: str) -> list[P | T]:
    out: list[P | T] = [P(f"- Cơ quan thực hiện: {lead}.")]
    if coord:
        out.append(P(f"- Cơ quan phối hợp: {coord}."))
    out.append(P(f"- Thời hạn: {time}."))
    return out


PLAN_COUNCIL = Plan(
    name="hdph_pbgdpl_hai_phong_2026",
    blocks=[
        *head("UBND THÀNH PHỐ HẢI PHÒNG", "HỘI ĐỒNG PHỐI HỢP\nPHỔ BIẾN, GIÁO DỤC PHÁP LUẬT", "02/KH-HĐPH",
              "Hải Phòng, ngày 30 tháng 01 năm 2026",
              "Hoạt động của Hội đồng phối hợp phổ biến, giáo dục pháp luật thành phố năm 2026"),
        P("Căn cứ Quyết định số 27/2013/QĐ-TTg ngày 19/5/2013 của Thủ tướng Chính phủ quy định về thành "
          "phần và nhiệm vụ, quyền hạn của Hội đồng phối hợp phổ biến, giáo dục pháp luật;"),
        P("Căn cứ Quyết định số 3105/QĐ-UBND ngày 12/8/2025 của UBND thành phố về việc kiện toàn Hội đồng "
          "phối hợp PBGDPL thành phố; Kế hoạch số 19/KH-UBND ngày 20/01/2026 của UBND thành phố;"),
        P("Hội đồng phối hợp PBGDPL thành phố ban hành Kế hoạch hoạt động năm 2026 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Phát huy vai trò tư vấn của Hội đồng; phân công cụ thể từng thành viên, gắn trách nhiệm người "
          "đứng đầu; bảo đảm phối hợp chặt chẽ giữa các cơ quan, tổ chức."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Xây dựng, ban hành Kế hoạch hoạt động của Hội đồng năm 2026", bold=True),
        *_council("Thường trực Hội đồng", "", "Tháng 01/2026"),
        P("2. Tổ chức phiên họp định kỳ 6 tháng và cuối năm của Hội đồng", bold=True),
        *_council("Chủ tịch Hội đồng", "Thường trực Hội đồng, các thành viên Hội đồng",
                  "Tháng 7 và tháng 12/2026"),
        P("3. Tham mưu Ban Thường vụ Thành ủy ban hành văn bản chỉ đạo tăng cường công tác PBGDPL sau "
          "sắp xếp tổ chức bộ máy", bold=True),
        *_council("Sở Tư pháp", "Ban Tuyên giáo và Dân vận Thành ủy", "Quý II/2026"),
        P("4. Tổ chức phổ biến các luật, nghị quyết mới thuộc lĩnh vực quản lý của ngành", bold=True),
        *_council("Các cơ quan thành viên Hội đồng", "Sở Tư pháp",
                  "Sau khi văn bản được ban hành, có hiệu lực thi hành"),
        P("5. Kiểm tra, khảo sát công tác PBGDPL tại một số sở, ngành, xã, phường, đặc khu", bold=True),
        *_council("Phó Chủ tịch Thường trực Hội đồng", "Sở Tư pháp; Sở Nội vụ, Sở Giáo dục và Đào tạo",
                  "Quý III/2026"),
        P("6. Chỉ đạo tổ chức Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2026", bold=True),
        *_council("Thường trực Hội đồng",
                  "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố, Báo và Phát thanh, Truyền hình Hải Phòng, "
                  "UBND các xã, phường, đặc khu", "Tháng 10 - tháng 11/2026"),
        P("7. Đánh giá hiệu quả công tác PBGDPL năm 2026 theo Bộ tiêu chí đánh giá của Bộ Tư pháp",
          bold=True),
        *_council("Các cơ quan thành viên Hội đồng", "", "Trước ngày 20/11/2026"),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Các thành viên Hội đồng chủ động triển khai nhiệm vụ được phân công; báo cáo kết quả 6 tháng "
          "trước ngày 15/6/2026 và năm trước ngày 15/11/2026 (qua Sở Tư pháp)."),
        P("2. Kinh phí hoạt động của Hội đồng bảo đảm từ dự toán ngân sách năm 2026 giao cho Sở Tư pháp."),
        *ending(["Bộ Tư pháp (b/c);", "TT Thành ủy, TT HĐND TP (b/c);", "Chủ tịch UBND TP (b/c);",
                 "Thành viên Hội đồng;"], "TM. HỘI ĐỒNG\nCHỦ TỊCH\nPHÓ CHỦ TỊCH UBND THÀNH PHỐ",
               "Nguyễn Minh Hùng"),
    ],
    expected=[
        Exp("Xây dựng, ban hành Kế hoạch hoạt động", ("Thường trực Hội đồng",), (), "2026-01-31"),
        Exp("Tổ chức phiên họp định kỳ 6 tháng", ("Chủ tịch Hội đồng",),
            ("Thường trực Hội đồng", "các thành viên Hội đồng"), "2026-12-31"),
        Exp("Tham mưu Ban Thường vụ Thành ủy ban hành", ("Sở Tư pháp",), ("Ban Tuyên giáo và Dân vận Thành ủy",),
            "2026-06-30"),
        Exp("Tổ chức phổ biến các luật, nghị quyết mới", ("Các cơ quan thành viên Hội đồng",), ("Sở Tư pháp",),
            "2026-12-31", on_request=True),
        Exp("Kiểm tra, khảo sát công tác PBGDPL", ("Phó Chủ tịch Thường trực Hội đồng",),
            ("Sở Tư pháp", "Sở Nội vụ", "Sở Giáo dục và Đào tạo"), "2026-09-30"),
        Exp("Chỉ đạo tổ chức Ngày Pháp luật", ("Thường trực Hội đồng",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam thành phố", "Báo và Phát thanh, Truyền hình Hải Phòng",
             "UBND các xã, phường, đặc khu"), "2026-11-30"),
        Exp("Đánh giá hiệu quả công tác PBGDPL năm 2026", ("Các cơ quan thành viên Hội đồng",), (),
            "2026-11-20"),
    ],
)


# ---------------------------------------------------------------- 9. Thuế tỉnh An Giang
PLAN_TAX = Plan(
    name="thue_tinh_an_giang_2026",
    blocks=[
        *head("CỤC THUẾ", "THUẾ TỈNH AN GIANG", "318/KH-ANG", "An Giang, ngày 06 tháng 02 năm 2026",
              "Phổ biến, giáo dục pháp luật và tuyên truyền, hỗ trợ người nộp thuế năm 2026"),
        P("Căn cứ Luật Quản lý thuế số 108/2025/QH15; Quyết định số 381/QĐ-CT ngày 15/01/2026 của Cục "
          "Thuế về công tác tuyên truyền, hỗ trợ người nộp thuế năm 2026;"),
        P("Căn cứ Kế hoạch số 40/KH-UBND ngày 23/01/2026 của UBND tỉnh An Giang về công tác PBGDPL năm "
          "2026;"),
        P("Thuế tỉnh An Giang xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Mục đích", bold=True),
        P("Nâng cao hiểu biết pháp luật thuế của công chức và người nộp thuế; tăng tỷ lệ tuân thủ tự "
          "nguyện, thúc đẩy kê khai, nộp thuế điện tử."),
        P("2. Yêu cầu", bold=True),
        P("Phân công rõ đơn vị chủ trì, phối hợp, thời gian hoàn thành; bám sát chính sách thuế mới."),
        P("II. NỘI DUNG THỰC HIỆN", bold=True),
        T((
            ("TT", "Nhiệm vụ", "Thời gian hoàn thành", "Đơn vị chủ trì", "Đơn vị phối hợp", "Ghi chú"),
            ("I", "Phổ biến pháp luật trong nội bộ", "", "", "", ""),
            ("1", "Phổ biến Luật Quản lý thuế năm 2025, Luật Thuế thu nhập doanh nghiệp năm 2025 cho công "
             "chức thuế", "Quý I/2026", "Phòng Nghiệp vụ, Dự toán, Pháp chế", "Văn phòng", "Hội nghị"),
            ("2", "Cập nhật, đăng tải văn bản pháp luật thuế mới trên Trang thông tin điện tử",
             "Thường xuyên", "Văn phòng", "Phòng Nghiệp vụ, Dự toán, Pháp chế", ""),
            ("II", "Tuyên truyền, hỗ trợ người nộp thuế", "", "", "", ""),
            ("3", "Tổ chức đối thoại với người nộp thuế là doanh nghiệp về chính sách thuế mới",
             "Quý II, III/2026", "Phòng Quản lý, hỗ trợ doanh nghiệp số 1",
             "Phòng Quản lý, hỗ trợ doanh nghiệp số 2; Hiệp hội Doanh nghiệp tỉnh", "02 hội nghị"),
            ("4", "Hỗ trợ hộ kinh doanh chuyển đổi từ thuế khoán sang kê khai, sử dụng hóa đơn điện tử",
             "Từ tháng 01 đến tháng 6/2026", "Các Thuế cơ sở", "UBND các xã, phường, đặc khu", ""),
            ("5", "Tuyên truyền, hướng dẫn quyết toán thuế thu nhập cá nhân năm 2025",
             "Tháng 02 - tháng 4/2026", "Các Thuế cơ sở", "Văn phòng", ""),
            ("6", "Tuyên truyền quy định về thuế đối với hoạt động kinh doanh thương mại điện tử, kinh "
             "doanh trên nền tảng số", "Cả năm", "Phòng Quản lý, hỗ trợ doanh nghiệp số 1",
             "Sở Công Thương, Sở Khoa học và Công nghệ", ""),
            ("7", "Phối hợp với Báo và Phát thanh, Truyền hình An Giang thực hiện chuyên mục "
             "\u201cThuế và cuộc sống\u201d", "Hằng tháng", "Văn phòng",
             "Báo và Phát thanh, Truyền hình An Giang", "12 chuyên mục"),
            ("III", "Sơ kết, tổng kết", "", "", "", ""),
            ("8", "Tổng hợp, đánh giá kết quả công tác PBGDPL năm 2026, báo cáo Cục Thuế",
             "Trước ngày 10/12/2026", "Phòng Nghiệp vụ, Dự toán, Pháp chế", "Các phòng và các Thuế cơ sở",
             ""),
        ), widths=(8, 55, 25, 35, 40, 20)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Trưởng các phòng, Trưởng Thuế cơ sở tổ chức triển khai; định kỳ báo cáo kết quả hằng quý "
          "(trước ngày 20 của tháng cuối quý) về Phòng Nghiệp vụ, Dự toán, Pháp chế."),
        *ending(["Cục Thuế (b/c);", "UBND tỉnh (b/c);", "Sở Tư pháp;", "Các phòng, Thuế cơ sở;"],
                "KT. TRƯỞNG THUẾ TỈNH\nPHÓ TRƯỞNG THUẾ TỈNH", "Trương Minh Phúc"),
    ],
    expected=[
        Exp("Phổ biến Luật Quản lý thuế năm 2025", ("Phòng Nghiệp vụ, Dự toán, Pháp chế",), ("Văn phòng",),
            "2026-03-31"),
        Exp("Cập nhật, đăng tải văn bản pháp luật thuế", ("Văn phòng",), ("Phòng Nghiệp vụ, Dự toán, Pháp chế",),
            "2026-12-31"),
        Exp("Tổ chức đối thoại với người nộp thuế", ("Phòng Quản lý, hỗ trợ doanh nghiệp số 1",),
            ("Phòng Quản lý, hỗ trợ doanh nghiệp số 2", "Hiệp hội Doanh nghiệp tỉnh"), "2026-09-30"),
        Exp("Hỗ trợ hộ kinh doanh chuyển đổi từ thuế khoán", ("Các Thuế cơ sở",),
            ("UBND các xã, phường, đặc khu",), "2026-06-30"),
        Exp("Tuyên truyền, hướng dẫn quyết toán thuế", ("Các Thuế cơ sở",), ("Văn phòng",), "2026-04-30"),
        Exp("Tuyên truyền quy định về thuế đối với", ("Phòng Quản lý, hỗ trợ doanh nghiệp số 1",),
            ("Sở Công Thương", "Sở Khoa học và Công nghệ"), "2026-12-31"),
        Exp("Phối hợp với Báo và Phát thanh", ("Văn phòng",), ("Báo và Phát thanh, Truyền hình An Giang",),
            "2026-12-31"),
        Exp("Tổng hợp, đánh giá kết quả công tác PBGDPL", ("Phòng Nghiệp vụ, Dự toán, Pháp chế",),
            ("Các phòng", "các Thuế cơ sở"), "2026-12-10"),
    ],
)


# ---------------------------------------------------------------- 10. UBND xã Mường Nhé
PLAN_COMMUNE = Plan(
    name="ubnd_xa_muong_nhe_2026",
    blocks=[
        *head("", "ỦY BAN NHÂN DÂN\nXÃ MƯỜNG NHÉ", "08/KH-UBND", "Mường Nhé, ngày 27 tháng 01 năm 2026",
              "Công tác phổ biến, giáo dục pháp luật, hòa giải ở cơ sở năm 2026"),
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012; Luật Hòa giải ở cơ sở năm 2013;"),
        P("Căn cứ Kế hoạch số 25/KH-UBND ngày 16/01/2026 của UBND tỉnh Điện Biên về công tác PBGDPL, hòa "
          "giải ở cơ sở năm 2026;"),
        P("Ủy ban nhân dân xã Mường Nhé xây dựng Kế hoạch thực hiện như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Mục đích: Đưa pháp luật đến với đồng bào các dân tộc trên địa bàn xã; giữ vững an ninh "
          "biên giới, trật tự an toàn xã hội."),
        P("2. Yêu cầu: Hình thức tuyên truyền phù hợp phong tục, ngôn ngữ của đồng bào Mông, Hà Nhì, Dao."),
        P("II. NỘI DUNG", bold=True),
        P("1. Nội dung trọng tâm", bold=True),
        P("Luật Đất đai năm 2024, Luật Lâm nghiệp, pháp luật về phòng, chống ma túy, mua bán người, hôn "
          "nhân và gia đình, xuất nhập cảnh."),
        P("2. Nhiệm vụ cụ thể", bold=True),
        P("- Ban hành kế hoạch và các văn bản triển khai công tác PBGDPL, hòa giải ở cơ sở năm 2026 trên "
          "địa bàn xã. Văn phòng HĐND và UBND xã chủ trì thực hiện. Thời gian: Quý I/2026."),
        P("- Tuyên truyền pháp luật bằng tiếng Mông, tiếng Hà Nhì qua hệ thống loa truyền thanh các bản. "
          "Phòng Văn hóa - Xã hội xã chủ trì; Đồn Biên phòng Mường Nhé, Trưởng bản các bản phối hợp thực "
          "hiện. Thời gian: hằng tháng."),
        P("- Tuyên truyền pháp luật về phòng, chống ma túy, mua bán người, xuất cảnh trái phép. Công an "
          "xã chủ trì, phối hợp với Đồn Biên phòng Mường Nhé và Ủy ban MTTQ Việt Nam xã thực hiện. Thời "
          "gian: Quý II - Quý IV/2026."),
        P("- Phổ biến pháp luật về đất đai, bảo vệ và phát triển rừng cho người dân các bản giáp ranh "
          "khu bảo tồn. Phòng Kinh tế xã chủ trì; Ban Quản lý Khu bảo tồn thiên nhiên Mường Nhé phối hợp. "
          "Thời gian: tháng 3 - tháng 5/2026."),
        P("- Kiện toàn, bồi dưỡng kỹ năng cho các tổ hòa giải ở cơ sở. Phó Chủ tịch UBND xã chủ trì; "
          "Văn phòng HĐND và UBND xã, Ủy ban MTTQ Việt Nam xã phối hợp. Thời gian: tháng 6/2026."),
        P("- Tự đánh giá, chấm điểm các tiêu chí tiếp cận pháp luật năm 2026. Văn phòng HĐND và UBND xã "
          "chủ trì; các ban, ngành, đoàn thể xã phối hợp. Thời gian: trước ngày 30/11/2026."),
        P("- Phối hợp tổ chức trợ giúp pháp lý lưu động cho người dân tộc thiểu số, hộ nghèo. Văn phòng "
          "HĐND và UBND xã chủ trì, phối hợp với Trung tâm Trợ giúp pháp lý nhà nước tỉnh Điện Biên. "
          "Thời gian: khi Trung tâm Trợ giúp pháp lý nhà nước tỉnh có kế hoạch."),
        P("III. KINH PHÍ", bold=True),
        P("Kinh phí thực hiện bố trí trong dự toán ngân sách xã năm 2026 và lồng ghép các chương trình mục "
          "tiêu quốc gia."),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các cơ quan, đơn vị thuộc UBND xã, Trưởng bản các bản có trách nhiệm triển khai Kế hoạch; báo "
          "cáo kết quả về UBND xã (qua Văn phòng HĐND và UBND xã) trước ngày 25/11/2026."),
        *ending(["Sở Tư pháp tỉnh (b/c);", "TT Đảng ủy, TT HĐND xã;", "Ủy ban MTTQ Việt Nam xã;",
                 "Các bản;"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Giàng A Dế"),
    ],
    expected=[
        Exp("Ban hành kế hoạch và các văn bản triển khai", ("Văn phòng HĐND và UBND xã",), (), "2026-03-31"),
        Exp("Tuyên truyền pháp luật bằng tiếng Mông", ("Phòng Văn hóa - Xã hội xã",),
            ("Đồn Biên phòng Mường Nhé", "Trưởng bản các bản"), "2026-12-31"),
        Exp("Tuyên truyền pháp luật về phòng, chống ma túy", ("Công an xã",),
            ("Đồn Biên phòng Mường Nhé", "Ủy ban MTTQ Việt Nam xã"), "2026-12-31"),
        Exp("Phổ biến pháp luật về đất đai, bảo vệ", ("Phòng Kinh tế xã",),
            ("Ban Quản lý Khu bảo tồn thiên nhiên Mường Nhé",), "2026-05-31"),
        Exp("Kiện toàn, bồi dưỡng kỹ năng cho các tổ hòa giải", ("Phó Chủ tịch UBND xã",),
            ("Văn phòng HĐND và UBND xã", "Ủy ban MTTQ Việt Nam xã"), "2026-06-30"),
        Exp("Tự đánh giá, chấm điểm các tiêu chí", ("Văn phòng HĐND và UBND xã",),
            ("các ban, ngành, đoàn thể xã",), "2026-11-30"),
        Exp("Phối hợp tổ chức trợ giúp pháp lý lưu động", ("Văn phòng HĐND và UBND xã",),
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh Điện Biên",), "2026-12-31", on_request=True),
    ],
)


PLANS: list[Plan] = [
    PLAN_QNGAI, PLAN_DTHAP, PLAN_HCHAU, PLAN_SCHOOL, PLAN_HOSP,
    PLAN_WATER, PLAN_WOMEN, PLAN_COUNCIL, PLAN_TAX, PLAN_COMMUNE,
]
