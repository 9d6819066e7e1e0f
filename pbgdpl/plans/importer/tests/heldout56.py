"""Held-out set 56: ten plans of southern provinces and Ho Chi Minh City, answers typed by hand.

1. UBND TP. Hồ Chí Minh, PBGDPL 2026 (long): roman parts, bold "1." items, "a)" sub-items with
   "- Cơ quan chủ trì:" / "- Cơ quan phối hợp:" / "- Thời gian:" label lines; an event-triggered item.
2. Sở Tư pháp TP. Hồ Chí Minh: one task table STT | Nội dung | Chủ trì | Phối hợp | Thời gian | Sản phẩm
   with roman group rows, lists mixing ";" and "và".
3. UBND phường Sài Gòn: non-bold "1." headings, prose "Giao X chủ trì, phối hợp với Y", one item with
   two dash assignment blocks, a person as lead.
4. UBND đặc khu Phú Quốc (An Giang): "+ Đơn vị chủ trì:" / "+ Đơn vị phối hợp:" / "+ Thời gian:" bullets.
5. Sở Nông nghiệp và Môi trường TP. Cần Thơ: table with a 2-row header (Đơn vị thực hiện split into
   Chủ trì / Phối hợp) and a "Ghi chú" column; one "theo đề nghị" row.
6. UBND xã Cái Bè (Đồng Tháp): "1.1." numbering, inline "Chủ trì: …; phối hợp: …; thời gian: …",
   one item with three assignment blocks.
7. Sở GD&ĐT Tây Ninh, school year 2026-2027: dash tasks with trailing "(Đơn vị thực hiện: …)" sentences.
8. UBND đặc khu Côn Đảo: table without STT, columns Nội dung | Thời gian | Chủ trì | Phối hợp.
9. UBND tỉnh Cà Mau (long): roman parts, bold items, "X chủ trì; Y phối hợp" and "Đề nghị X …" prose,
   date deadlines, persons as units.
10. Hội đồng phối hợp PBGDPL tỉnh Vĩnh Long, plan 2027 issued 12/2026: "Chủ trì thực hiện:" /
    "Phối hợp:" / "Tiến độ:" label lines, month ranges.
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T, _header, _purpose


def _end(org: list[str], recipients: list[str], role: str, signer: str) -> list[P | T]:
    out: list[P | T] = []
    out += [P(line) for line in org]
    out.append(P("Nơi nhận:", bold=True))
    out += [P(f"- {r}") for r in recipients]
    out += [P(role, bold=True, center=True), P("(Đã ký)", center=True), P(signer, bold=True, center=True)]
    return out


# ------------------------------------------------------------------ 1. UBND TP. Hồ Chí Minh
PLAN_HCM = Plan(
    name="ubnd_tphcm_pbgdpl_2026",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN",
            "THÀNH PHỐ HỒ CHÍ MINH",
            "412/KH-UBND",
            "Thành phố Hồ Chí Minh, ngày 23 tháng 01 năm 2026",
            "Phổ biến, giáo dục pháp luật, hòa giải ở cơ sở và xây dựng, đánh giá chuẩn tiếp cận pháp luật",
            "trên địa bàn Thành phố Hồ Chí Minh năm 2026",
        ),
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;"),
        P("Căn cứ Luật Hòa giải ở cơ sở ngày 20 tháng 6 năm 2013;"),
        P("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
        P("Căn cứ Kết luận số 80-KL/TW ngày 20 tháng 6 năm 2024 của Ban Bí thư về đổi mới công tác phổ biến, "
          "giáo dục pháp luật;"),
        P("Căn cứ Quyết định số 25/2021/QĐ-TTg ngày 22 tháng 7 năm 2021 của Thủ tướng Chính phủ quy định về "
          "xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật;"),
        P("Căn cứ Kế hoạch số 06/KH-HĐPH ngày 08 tháng 01 năm 2026 của Hội đồng phối hợp phổ biến, giáo dục "
          "pháp luật Trung ương;"),
        P("Ủy ban nhân dân Thành phố ban hành Kế hoạch thực hiện như sau:"),
        *_purpose([
            "Triển khai kịp thời, hiệu quả các văn bản pháp luật mới đến cán bộ, công chức và Nhân dân "
            "Thành phố sau khi sắp xếp tổ chức chính quyền địa phương hai cấp.",
            "Nâng cao ý thức chấp hành pháp luật của người dân, doanh nghiệp, người lao động.",
            "Bám sát nhiệm vụ chính trị của Thành phố, gắn với chuyển đổi số.",
            "Phân công cụ thể, rõ trách nhiệm của từng cơ quan, đơn vị; bảo đảm tiết kiệm, hiệu quả.",
        ]),
        P("II. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True),
        P("1. Phổ biến, quán triệt các luật, nghị quyết mới được thông qua", bold=True),
        P("a) Tổ chức quán triệt, phổ biến các luật, nghị quyết được Quốc hội thông qua tại Kỳ họp thứ 10, "
          "Quốc hội khóa XV cho đội ngũ báo cáo viên pháp luật Thành phố"),
        P("- Cơ quan chủ trì: Sở Tư pháp."),
        P("- Cơ quan phối hợp: Sở Nội vụ, Sở Văn hóa và Thể thao, Báo Sài Gòn Giải Phóng, "
          "Đài Truyền hình Thành phố Hồ Chí Minh."),
        P("- Thời gian: Quý I và Quý II năm 2026."),
        P("b) Phổ biến các văn bản quy phạm pháp luật mới thuộc ngành, lĩnh vực quản lý cho đối tượng chịu "
          "sự tác động trực tiếp"),
        P("- Cơ quan chủ trì: Các sở, ban, ngành Thành phố."),
        P("- Cơ quan phối hợp: Sở Tư pháp."),
        P("- Thời gian: Cả năm 2026."),
        P("2. Tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam "
          "(09/11) năm 2026", bold=True),
        P("Tổ chức mít tinh, tọa đàm, thi tìm hiểu pháp luật trực tuyến; treo băng rôn, khẩu hiệu tại "
          "trụ sở các cơ quan, đơn vị và nơi công cộng."),
        P("- Cơ quan chủ trì: Sở Tư pháp."),
        P("- Cơ quan phối hợp: Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh; các sở, ban, ngành; "
          "Ủy ban nhân dân các phường, xã, đặc khu."),
        P("- Thời gian: Tháng 10 và tháng 11 năm 2026."),
        P("3. Đẩy mạnh chuyển đổi số trong công tác phổ biến, giáo dục pháp luật", bold=True),
        P("a) Duy trì, cập nhật thường xuyên Trang thông tin điện tử phổ biến, giáo dục pháp luật Thành phố "
          "và Cổng Pháp luật quốc gia"),
        P("- Cơ quan chủ trì: Sở Tư pháp."),
        P("- Cơ quan phối hợp: Sở Khoa học và Công nghệ."),
        P("- Thời gian: Thường xuyên."),
        P("b) Xây dựng, phát sóng chuyên mục “Pháp luật và đời sống” trên sóng truyền hình và nền tảng số"),
        P("- Cơ quan chủ trì: Đài Truyền hình Thành phố Hồ Chí Minh."),
        P("- Cơ quan phối hợp: Sở Tư pháp, Sở Văn hóa và Thể thao."),
        P("- Thời gian: Hằng tháng."),
        P("4. Phổ biến pháp luật lao động, bảo hiểm xã hội cho người lao động tại các khu chế xuất, "
          "khu công nghiệp", bold=True),
        P("- Cơ quan chủ trì: Ban Quản lý các Khu chế xuất và công nghiệp Thành phố Hồ Chí Minh."),
        P("- Cơ quan phối hợp: Liên đoàn Lao động Thành phố, Sở Nội vụ và Bảo hiểm xã hội Thành phố."),
        P("- Thời gian: Quý II - Quý III/2026."),
        P("5. Tuyên truyền pháp luật về biển, đảo, phòng chống khai thác hải sản bất hợp pháp cho ngư dân "
          "xã Cần Giờ, đặc khu Côn Đảo và các phường ven biển", bold=True),
        P("- Cơ quan chủ trì: Bộ Chỉ huy Bộ đội Biên phòng Thành phố."),
        P("- Cơ quan phối hợp: Sở Nông nghiệp và Môi trường; Ủy ban nhân dân đặc khu Côn Đảo; Ủy ban nhân "
          "dân xã Cần Giờ và Ủy ban nhân dân phường Vũng Tàu."),
        P("- Thời gian: Trong năm 2026."),
        P("6. Củng cố, kiện toàn tổ hòa giải và bồi dưỡng kỹ năng cho hòa giải viên ở cơ sở", bold=True),
        P("- Cơ quan chủ trì: Sở Tư pháp."),
        P("- Cơ quan phối hợp: Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh, Ủy ban nhân dân các "
          "phường, xã, đặc khu."),
        P("- Thời gian: Từ tháng 3 đến tháng 9 năm 2026."),
        P("7. Đánh giá, công nhận phường, xã, đặc khu đạt chuẩn tiếp cận pháp luật năm 2026", bold=True),
        P("- Cơ quan chủ trì: Ủy ban nhân dân các phường, xã, đặc khu."),
        P("- Cơ quan phối hợp: Sở Tư pháp."),
        P("- Thời gian: Khi có văn bản hướng dẫn của Bộ Tư pháp về bộ tiêu chí mới."),
        P("8. Kiểm tra, sơ kết, tổng kết công tác phổ biến, giáo dục pháp luật năm 2026", bold=True),
        P("- Cơ quan chủ trì: Hội đồng phối hợp phổ biến, giáo dục pháp luật Thành phố."),
        P("- Cơ quan phối hợp: Sở Tư pháp."),
        P("- Thời gian: Tháng 12/2026."),
        P("III. KINH PHÍ THỰC HIỆN", bold=True),
        P("Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước theo phân cấp hiện hành và "
          "các nguồn hợp pháp khác theo Thông tư số 56/2023/TT-BTC ngày 18/8/2023 của Bộ Tài chính."),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        *_end(
            [
                "1. Các sở, ban, ngành Thành phố, Ủy ban nhân dân các phường, xã, đặc khu căn cứ Kế hoạch "
                "này xây dựng kế hoạch của cơ quan, đơn vị mình và tổ chức thực hiện.",
                "2. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch.",
                "3. Sở Tư pháp theo dõi, đôn đốc, tổng hợp báo cáo Ủy ban nhân dân Thành phố. Các cơ quan, "
                "đơn vị gửi báo cáo kết quả về Sở Tư pháp trước ngày 15/11/2026.",
            ],
            ["Bộ Tư pháp;", "Thường trực Thành ủy;", "TTUB: CT, các PCT;", "Các sở, ban, ngành Thành phố;",
             "UBND các phường, xã, đặc khu;", "Lưu: VT, (NC)."],
            "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
            "Nguyễn Văn Dũng",
        ),
    ],
    expected=[
        Exp("Tổ chức quán triệt, phổ biến các luật, nghị quyết được Quốc hội thông qua",
            ("Sở Tư pháp",),
            ("Sở Nội vụ", "Sở Văn hóa và Thể thao", "Báo Sài Gòn Giải Phóng",
             "Đài Truyền hình Thành phố Hồ Chí Minh"),
            "2026-06-30"),
        Exp("Phổ biến các văn bản quy phạm pháp luật mới thuộc ngành", ("Các sở, ban, ngành Thành phố",),
            ("Sở Tư pháp",), "2026-12-31"),
        Exp("Tổ chức các hoạt động hưởng ứng Ngày Pháp luật", ("Sở Tư pháp",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh", "các sở, ban, ngành",
             "Ủy ban nhân dân các phường, xã, đặc khu"),
            "2026-11-30"),
        Exp("Duy trì, cập nhật thường xuyên Trang thông tin điện tử", ("Sở Tư pháp",),
            ("Sở Khoa học và Công nghệ",), "2026-12-31"),
        Exp("Xây dựng, phát sóng chuyên mục “Pháp luật và đời sống”",
            ("Đài Truyền hình Thành phố Hồ Chí Minh",), ("Sở Tư pháp", "Sở Văn hóa và Thể thao"),
            "2026-12-31"),
        Exp("Phổ biến pháp luật lao động, bảo hiểm xã hội cho người lao động",
            ("Ban Quản lý các Khu chế xuất và công nghiệp Thành phố Hồ Chí Minh",),
            ("Liên đoàn Lao động Thành phố", "Sở Nội vụ", "Bảo hiểm xã hội Thành phố"), "2026-09-30"),
        Exp("Tuyên truyền pháp luật về biển, đảo, phòng chống khai thác",
            ("Bộ Chỉ huy Bộ đội Biên phòng Thành phố",),
            ("Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân đặc khu Côn Đảo",
             "Ủy ban nhân dân xã Cần Giờ", "Ủy ban nhân dân phường Vũng Tàu"),
            "2026-12-31"),
        Exp("Củng cố, kiện toàn tổ hòa giải và bồi dưỡng kỹ năng", ("Sở Tư pháp",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh",
            "Ủy ban nhân dân các phường, xã, đặc khu"),
            "2026-09-30"),
        Exp("Đánh giá, công nhận phường, xã, đặc khu đạt chuẩn", ("Ủy ban nhân dân các phường, xã, đặc khu",),
            ("Sở Tư pháp",), "2026-12-31", on_request=True),
        Exp("Kiểm tra, sơ kết, tổng kết công tác phổ biến",
            ("Hội đồng phối hợp phổ biến, giáo dục pháp luật Thành phố",), ("Sở Tư pháp",), "2026-12-31"),
    ],
)


# ------------------------------------------------------------------ 2. Sở Tư pháp TP. Hồ Chí Minh (table)
_STP_ROWS = (
    ("STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện", "Sản phẩm"),
    ("I", "CÔNG TÁC PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT", "", "", "", ""),
    ("1", "Tham mưu Kế hoạch phổ biến, giáo dục pháp luật năm 2026 của Hội đồng phối hợp Thành phố",
     "Phòng Phổ biến, giáo dục pháp luật", "Văn phòng Sở", "Tháng 01/2026", "Kế hoạch"),
    ("2", "Biên soạn tài liệu hỏi - đáp pháp luật về hộ tịch, chứng thực sau sắp xếp đơn vị hành chính",
     "Phòng Hành chính tư pháp", "Phòng Phổ biến, giáo dục pháp luật; Trung tâm Trợ giúp pháp lý nhà nước",
     "Quý II/2026", "Tài liệu"),
    ("3", "Tổ chức hội nghị bồi dưỡng nghiệp vụ cho báo cáo viên pháp luật Thành phố và tuyên truyền "
     "viên pháp luật cấp xã",
     "Phòng Phổ biến, giáo dục pháp luật", "Văn phòng Sở và Ủy ban nhân dân các phường, xã, đặc khu",
     "Tháng 4 - tháng 6/2026", "Hội nghị"),
    ("4", "Trợ giúp pháp lý lưu động kết hợp phổ biến pháp luật cho người dân tại xã Bình Châu, "
     "xã Long Sơn, đặc khu Côn Đảo",
     "Trung tâm Trợ giúp pháp lý nhà nước", "Ủy ban nhân dân các xã, đặc khu có liên quan",
     "Quý III/2026", "Báo cáo"),
    ("II", "CÔNG TÁC HÒA GIẢI Ở CƠ SỞ", "", "", "", ""),
    ("5", "Hướng dẫn kiện toàn tổ hòa giải ở khu phố, ấp sau khi sắp xếp",
     "Phòng Phổ biến, giáo dục pháp luật", "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố",
     "Trước ngày 30/4/2026", "Văn bản hướng dẫn"),
    ("6", "Thi hòa giải viên giỏi Thành phố lần thứ V",
     "Phòng Phổ biến, giáo dục pháp luật", "Sở Nội vụ; Báo Pháp luật Thành phố Hồ Chí Minh và Đài "
     "Tiếng nói Nhân dân Thành phố", "Quý III, IV/2026", "Hội thi"),
    ("III", "CÔNG TÁC KHÁC", "", "", "", ""),
    ("7", "Cung cấp thông tin pháp luật cho doanh nghiệp về công chứng, đấu giá tài sản, thừa phát lại",
     "Phòng Bổ trợ tư pháp", "Hiệp hội Doanh nghiệp Thành phố Hồ Chí Minh", "Trong năm 2026",
     "Tin, bài"),
    ("8", "Kiểm tra việc thực hiện công tác phổ biến, giáo dục pháp luật tại một số sở, ngành, phường, xã",
     "Thanh tra Sở", "Phòng Phổ biến, giáo dục pháp luật", "Tháng 9 đến tháng 10/2026", "Kết luận kiểm tra"),
)

PLAN_STP = Plan(
    name="stp_tphcm_pbgdpl_2026",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH",
            "SỞ TƯ PHÁP",
            "158/KH-STP",
            "Thành phố Hồ Chí Minh, ngày 12 tháng 02 năm 2026",
            "Công tác phổ biến, giáo dục pháp luật và hòa giải ở cơ sở",
            "của Sở Tư pháp năm 2026",
        ),
        P("Căn cứ Kế hoạch số 412/KH-UBND ngày 23/01/2026 của Ủy ban nhân dân Thành phố về phổ biến, "
          "giáo dục pháp luật, hòa giải ở cơ sở năm 2026;"),
        P("Căn cứ Quyết định số 1520/QĐ-UBND ngày 30/6/2025 của Ủy ban nhân dân Thành phố quy định chức "
          "năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tư pháp;"),
        P("Sở Tư pháp xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Cụ thể hóa các nhiệm vụ được Ủy ban nhân dân Thành phố giao; xác định rõ nội dung, đơn vị chủ "
          "trì, thời hạn hoàn thành."),
        P("- Các phòng, đơn vị thuộc Sở chủ động phối hợp, bảo đảm chất lượng, tiến độ."),
        P("II. NỘI DUNG CÔNG VIỆC", bold=True),
        P("(Chi tiết theo Phụ lục đính kèm)"),
        P("PHỤ LỤC\nNHIỆM VỤ CÔNG TÁC PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT NĂM 2026", bold=True, center=True),
        T(_STP_ROWS, widths=(10, 60, 32, 40, 24, 20)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        *_end(
            [
                "1. Trưởng các phòng, Thủ trưởng các đơn vị thuộc Sở chịu trách nhiệm tổ chức thực hiện các "
                "nhiệm vụ được phân công.",
                "2. Phòng Phổ biến, giáo dục pháp luật theo dõi, tổng hợp; các đơn vị báo cáo kết quả 6 "
                "tháng trước ngày 10/6/2026 và báo cáo năm trước ngày 10/11/2026.",
            ],
            ["UBND Thành phố (để b/c);", "Ban Giám đốc Sở;", "Các phòng, đơn vị thuộc Sở;",
                "Lưu: VT, PBGDPL."],
            "GIÁM ĐỐC",
            "Trần Thị Bích Ngọc",
        ),
    ],
    expected=[
        Exp("Tham mưu Kế hoạch phổ biến, giáo dục pháp luật năm 2026",
            ("Phòng Phổ biến, giáo dục pháp luật",),
            ("Văn phòng Sở",), "2026-01-31"),
        Exp("Biên soạn tài liệu hỏi - đáp pháp luật", ("Phòng Hành chính tư pháp",),
            ("Phòng Phổ biến, giáo dục pháp luật", "Trung tâm Trợ giúp pháp lý nhà nước"), "2026-06-30"),
        Exp("Tổ chức hội nghị bồi dưỡng nghiệp vụ cho báo cáo viên", ("Phòng Phổ biến, giáo dục pháp luật",),
            ("Văn phòng Sở", "Ủy ban nhân dân các phường, xã, đặc khu"), "2026-06-30"),
        Exp("Trợ giúp pháp lý lưu động kết hợp phổ biến", ("Trung tâm Trợ giúp pháp lý nhà nước",),
            ("Ủy ban nhân dân các xã, đặc khu có liên quan",), "2026-09-30"),
        Exp("Hướng dẫn kiện toàn tổ hòa giải ở khu phố", ("Phòng Phổ biến, giáo dục pháp luật",),
            ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố",), "2026-04-30"),
        Exp("Thi hòa giải viên giỏi Thành phố lần thứ V", ("Phòng Phổ biến, giáo dục pháp luật",),
            ("Sở Nội vụ", "Báo Pháp luật Thành phố Hồ Chí Minh", "Đài Tiếng nói Nhân dân Thành phố"),
            "2026-12-31"),
        Exp("Cung cấp thông tin pháp luật cho doanh nghiệp", ("Phòng Bổ trợ tư pháp",),
            ("Hiệp hội Doanh nghiệp Thành phố Hồ Chí Minh",), "2026-12-31"),
        Exp("Kiểm tra việc thực hiện công tác phổ biến", ("Thanh tra Sở",),
            ("Phòng Phổ biến, giáo dục pháp luật",), "2026-10-31"),
    ],
)


# ------------------------------------------------------------------ 3. UBND phường Sài Gòn (prose)
PLAN_SG = Plan(
    name="ubnd_phuong_saigon_2026",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN",
            "PHƯỜNG SÀI GÒN",
            "27/KH-UBND",
            "Phường Sài Gòn, ngày 05 tháng 02 năm 2026",
            "Triển khai công tác phổ biến, giáo dục pháp luật, hòa giải ở cơ sở",
            "trên địa bàn phường Sài Gòn năm 2026",
        ),
        P("Thực hiện Kế hoạch số 412/KH-UBND ngày 23/01/2026 của Ủy ban nhân dân Thành phố Hồ Chí Minh; "
          "Hướng dẫn số 03/HD-STP ngày 28/01/2026 của Sở Tư pháp, Ủy ban nhân dân phường Sài Gòn xây dựng "
          "Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Đưa pháp luật đến với người dân, hộ kinh doanh, doanh nghiệp trên địa bàn phường, nhất là khu "
          "vực trung tâm có mật độ du khách và hoạt động thương mại cao. Gắn công tác phổ biến, giáo dục "
          "pháp luật với xây dựng văn minh đô thị."),
        P("II. NỘI DUNG THỰC HIỆN", bold=True),
        P("1. Tuyên truyền pháp luật về trật tự, văn minh đô thị và lòng đường, vỉa hè"),
        P("Giao Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp với Công an phường, Ban điều hành các "
          "khu phố tổ chức tuyên truyền, vận động hộ kinh doanh ký cam kết. Thời gian: quý I và quý "
          "II/2026."),
        P("2. Phổ biến pháp luật cho hộ kinh doanh, doanh nghiệp nhỏ"),
        P("- Phòng Kinh tế, Hạ tầng và Đô thị chủ trì tuyên truyền các quy định về thuế khoán, hóa đơn điện "
          "tử đối với hộ kinh doanh; phối hợp với Thuế cơ sở 1 Thành phố Hồ Chí Minh. Thực hiện trong "
          "tháng 3 - tháng 5/2026."),
        P("- Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường vận động hội viên, đoàn viên là tiểu thương "
          "tham gia các buổi đối thoại chính sách, pháp luật; phối hợp với Hội Liên hiệp Phụ nữ phường. "
          "Thời gian: tháng 6/2026."),
        P("3. Phổ biến pháp luật về phòng, chống ma túy, bảo đảm an ninh trật tự tại các cơ sở kinh doanh "
          "dịch vụ ban đêm"),
        P("Công an phường chủ trì; Phòng Văn hóa - Xã hội, Đoàn Thanh niên Cộng sản Hồ Chí Minh phường "
          "phối hợp thực hiện. Thời gian: thường xuyên."),
        P("4. Xây dựng tủ sách pháp luật điện tử và mã QR tra cứu thủ tục hành chính"),
        P("Giao Trung tâm Phục vụ hành chính công phường chủ trì, phối hợp với Văn phòng Hội đồng nhân "
          "dân và Ủy ban nhân dân phường thực hiện, hoàn thành trước ngày 30/6/2026."),
        P("5. Kiện toàn tổ hòa giải ở cơ sở, bồi dưỡng hòa giải viên"),
        P("Phó Chủ tịch Ủy ban nhân dân phường phụ trách khối văn hóa - xã hội chỉ đạo, chủ trì; công chức "
          "Tư pháp - Hộ tịch và Ban Công tác Mặt trận các khu phố phối hợp. Thời gian: Quý II/2026."),
        P("6. Tổng hợp, báo cáo kết quả thực hiện"),
        P("Giao Phòng Văn hóa - Xã hội chủ trì tham mưu báo cáo định kỳ 6 tháng, năm gửi Sở Tư pháp; "
          "thời gian theo yêu cầu của Sở Tư pháp."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        *_end(
            [
                "Các phòng, ban, đơn vị thuộc phường căn cứ nhiệm vụ được giao triển khai thực hiện, báo cáo "
                "kết quả về Phòng Văn hóa - Xã hội trước ngày 05/12/2026 để tổng hợp.",
            ],
            ["Sở Tư pháp TP.HCM;", "TT Đảng ủy, TT HĐND phường;", "CT, các PCT UBND phường;",
             "Các phòng, ban, đơn vị;", "Lưu: VT."],
            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
            "Lê Hoàng Phúc",
        ),
    ],
    expected=[
        Exp("Tuyên truyền pháp luật về trật tự, văn minh đô thị", ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Công an phường", "Ban điều hành các khu phố"), "2026-06-30"),
        Exp("Phòng Kinh tế, Hạ tầng và Đô thị chủ trì tuyên truyền", ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Thuế cơ sở 1 Thành phố Hồ Chí Minh",), "2026-05-31"),
        Exp("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường vận động",
            ("Ủy ban Mặt trận Tổ quốc Việt Nam phường",), ("Hội Liên hiệp Phụ nữ phường",), "2026-06-30"),
        Exp("Phổ biến pháp luật về phòng, chống ma túy", ("Công an phường",),
            ("Phòng Văn hóa - Xã hội", "Đoàn Thanh niên Cộng sản Hồ Chí Minh phường"), "2026-12-31"),
        Exp("Xây dựng tủ sách pháp luật điện tử", ("Trung tâm Phục vụ hành chính công phường",),
            ("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường",), "2026-06-30"),
        Exp("Kiện toàn tổ hòa giải ở cơ sở",
            ("Phó Chủ tịch Ủy ban nhân dân phường phụ trách khối văn hóa - xã hội",),
            ("công chức Tư pháp - Hộ tịch", "Ban Công tác Mặt trận các khu phố"), "2026-06-30"),
        Exp("Tổng hợp, báo cáo kết quả thực hiện", ("Phòng Văn hóa - Xã hội",), (), "2026-12-31",
            on_request=True),
    ],
)


# ------------------------------------------------------------------ 4. UBND đặc khu Phú Quốc ("+" labels)
PLAN_PQ = Plan(
    name="ubnd_dackhu_phuquoc_2026",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN TỈNH AN GIANG",
            "ỦY BAN NHÂN DÂN ĐẶC KHU PHÚ QUỐC",
            "45/KH-UBND",
            "Phú Quốc, ngày 09 tháng 02 năm 2026",
            "Phổ biến, giáo dục pháp luật năm 2026",
            "trên địa bàn đặc khu Phú Quốc",
        ),
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012;"),
        P("Căn cứ Kế hoạch số 31/KH-UBND ngày 20/01/2026 của Ủy ban nhân dân tỉnh An Giang về công tác phổ "
          "biến, giáo dục pháp luật năm 2026;"),
        P("Ủy ban nhân dân đặc khu Phú Quốc ban hành Kế hoạch thực hiện như sau:"),
        *_purpose([
            "Nâng cao hiểu biết pháp luật của người dân, du khách, doanh nghiệp du lịch trên đặc khu.",
            "Phục vụ chuẩn bị tổ chức Hội nghị APEC 2027 tại Phú Quốc.",
            "Hoạt động thiết thực, phù hợp đặc thù đảo, xã đảo và vùng biển.",
            "Lồng ghép với các hoạt động chuyên môn của cơ quan, đơn vị.",
        ]),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Tuyên truyền pháp luật về du lịch, kinh doanh dịch vụ lưu trú, bảo vệ quyền lợi người tiêu "
          "dùng cho các cơ sở kinh doanh", bold=True),
        P("+ Đơn vị chủ trì: Phòng Kinh tế, Hạ tầng và Đô thị."),
        P("+ Đơn vị phối hợp: Công an đặc khu; Hiệp hội Du lịch Phú Quốc."),
        P("+ Thời gian: Quý II/2026."),
        P("2. Phổ biến pháp luật về đất đai, xây dựng, trật tự đô thị", bold=True),
        P("+ Đơn vị chủ trì: Phòng Kinh tế, Hạ tầng và Đô thị."),
        P("+ Đơn vị phối hợp: Chi nhánh Văn phòng Đăng ký đất đai Phú Quốc, Trung tâm Phục vụ hành chính "
          "công đặc khu."),
        P("+ Thời gian: Quý I - Quý III/2026."),
        P("3. Tuyên truyền pháp luật về biển, đảo, chống khai thác IUU cho ngư dân xã đảo Hòn Thơm và khu "
          "vực An Thới", bold=True),
        P("+ Đơn vị chủ trì: Đồn Biên phòng An Thới."),
        P("+ Đơn vị phối hợp: Phòng Kinh tế, Hạ tầng và Đô thị; Ban Chỉ huy Quân sự đặc khu và Hội Nghề cá "
          "đặc khu."),
        P("+ Thời gian: Thường xuyên, cao điểm trong tháng 4 và tháng 5/2026."),
        P("4. Phổ biến pháp luật về phòng, chống bạo lực gia đình, bảo vệ trẻ em", bold=True),
        P("+ Đơn vị chủ trì: Phòng Văn hóa - Xã hội."),
        P("+ Đơn vị phối hợp: Hội Liên hiệp Phụ nữ đặc khu, Trường Trung học phổ thông Phú Quốc."),
        P("+ Thời gian: Tháng 6/2026."),
        P("5. Tổ chức Ngày Pháp luật Việt Nam năm 2026", bold=True),
        P("+ Đơn vị chủ trì: Văn phòng Hội đồng nhân dân và Ủy ban nhân dân đặc khu."),
        P("+ Đơn vị phối hợp: Các cơ quan, đơn vị trên địa bàn đặc khu."),
        P("+ Thời gian: Tháng 11/2026."),
        P("6. Triển khai văn bản luật mới có hiệu lực trong năm 2026", bold=True),
        P("+ Đơn vị chủ trì: Văn phòng Hội đồng nhân dân và Ủy ban nhân dân đặc khu."),
        P("+ Đơn vị phối hợp: Các phòng chuyên môn thuộc Ủy ban nhân dân đặc khu."),
        P("+ Thời gian: Sau khi Ủy ban nhân dân tỉnh ban hành kế hoạch triển khai."),
        P("7. Phổ biến pháp luật cho học sinh các trường trên địa bàn", bold=True),
        P("+ Đơn vị chủ trì: Phòng Văn hóa - Xã hội."),
        P("+ Đơn vị phối hợp: Công an đặc khu; Đoàn Thanh niên Cộng sản Hồ Chí Minh đặc khu."),
        P("+ Thời gian: Tháng 9 - tháng 12/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        *_end(
            [
                "1. Thủ trưởng các cơ quan, đơn vị căn cứ Kế hoạch chủ động triển khai thực hiện.",
                "2. Văn phòng Hội đồng nhân dân và Ủy ban nhân dân đặc khu theo dõi, tổng hợp, báo cáo "
                "Ủy ban nhân dân đặc khu và Sở Tư pháp trước ngày 20/11/2026.",
            ],
            ["Sở Tư pháp tỉnh An Giang;", "TT Đảng ủy đặc khu;", "CT, PCT UBND đặc khu;",
             "Các cơ quan, đơn vị;", "Lưu: VT."],
            "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
            "Huỳnh Quang Hưng",
        ),
    ],
    expected=[
        Exp("Tuyên truyền pháp luật về du lịch, kinh doanh dịch vụ lưu trú",
            ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Công an đặc khu", "Hiệp hội Du lịch Phú Quốc"), "2026-06-30"),
        Exp("Phổ biến pháp luật về đất đai, xây dựng", ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Chi nhánh Văn phòng Đăng ký đất đai Phú Quốc", "Trung tâm Phục vụ hành chính công đặc khu"),
            "2026-09-30"),
        Exp("Tuyên truyền pháp luật về biển, đảo, chống khai thác IUU", ("Đồn Biên phòng An Thới",),
            ("Phòng Kinh tế, Hạ tầng và Đô thị", "Ban Chỉ huy Quân sự đặc khu", "Hội Nghề cá đặc khu"),
            "2026-12-31"),
        Exp("Phổ biến pháp luật về phòng, chống bạo lực gia đình", ("Phòng Văn hóa - Xã hội",),
            ("Hội Liên hiệp Phụ nữ đặc khu", "Trường Trung học phổ thông Phú Quốc"), "2026-06-30"),
        Exp("Tổ chức Ngày Pháp luật Việt Nam năm 2026",
            ("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân đặc khu",),
            ("Các cơ quan, đơn vị trên địa bàn đặc khu",), "2026-11-30"),
        Exp("Triển khai văn bản luật mới có hiệu lực",
            ("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân đặc khu",),
            ("Các phòng chuyên môn thuộc Ủy ban nhân dân đặc khu",), "2026-12-31", on_request=True),
        Exp("Phổ biến pháp luật cho học sinh các trường", ("Phòng Văn hóa - Xã hội",),
            ("Công an đặc khu", "Đoàn Thanh niên Cộng sản Hồ Chí Minh đặc khu"), "2026-12-31"),
    ],
)


# ------------------------------------------------------------------ 5. Sở NN&MT TP. Cần Thơ (2-row header)
_CT_ROWS = (
    ("STT", "Nội dung", "Đơn vị thực hiện", "", "Thời gian hoàn thành", "Ghi chú"),
    ("", "", "Chủ trì", "Phối hợp", "", ""),
    ("1", "Phổ biến Luật Đất đai năm 2024 và các nghị định hướng dẫn cho công chức địa chính các xã, phường",
     "Chi cục Quản lý đất đai", "Văn phòng Đăng ký đất đai thành phố", "Quý I/2026", "Lồng ghép tập huấn"),
    ("2", "Tuyên truyền pháp luật thủy sản, chống khai thác IUU tại các xã ven biển thuộc khu vực "
     "Sóc Trăng cũ", "Chi cục Thủy sản và Kiểm ngư",
     "Ủy ban nhân dân các xã ven biển; Bộ đội Biên phòng thành phố", "Tháng 3 - tháng 8/2026", ""),
    ("3", "Phổ biến quy định về phòng, chống dịch bệnh động vật, kiểm soát giết mổ",
     "Chi cục Chăn nuôi và Thú y", "Ủy ban nhân dân các xã, phường", "Quý II, III/2026", ""),
    ("4", "Hướng dẫn nông dân sử dụng thuốc bảo vệ thực vật an toàn, đúng quy định",
     "Chi cục Trồng trọt và Bảo vệ thực vật", "Trung tâm Khuyến nông; Hội Nông dân thành phố",
     "Trong năm 2026", "Theo mùa vụ"),
    ("5", "Phổ biến Luật Bảo vệ môi trường cho doanh nghiệp trong các khu công nghiệp",
     "Chi cục Bảo vệ môi trường", "Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ",
     "Tháng 10/2026", ""),
    ("6", "Cung cấp tài liệu, cử báo cáo viên tham gia các hội nghị phổ biến pháp luật của thành phố",
     "Văn phòng Sở", "Các chi cục, đơn vị thuộc Sở", "Theo đề nghị của Sở Tư pháp", ""),
    ("7", "Tổng kết, đánh giá công tác phổ biến, giáo dục pháp luật năm 2026",
     "Văn phòng Sở", "Thanh tra Sở", "Trước ngày 25/11/2026", "Báo cáo"),
)

PLAN_CT = Plan(
    name="snnmt_cantho_2026",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ",
            "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
            "96/KH-SNNMT",
            "Cần Thơ, ngày 26 tháng 01 năm 2026",
            "Phổ biến, giáo dục pháp luật năm 2026",
            "của Sở Nông nghiệp và Môi trường thành phố Cần Thơ",
        ),
        P("Căn cứ Kế hoạch số 18/KH-UBND ngày 14/01/2026 của Ủy ban nhân dân thành phố Cần Thơ về công tác "
          "phổ biến, giáo dục pháp luật năm 2026;"),
        P("Căn cứ Quyết định số 45/QĐ-UBND ngày 01/7/2025 của Ủy ban nhân dân thành phố về việc thành lập "
          "Sở Nông nghiệp và Môi trường thành phố Cần Thơ;"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Phổ biến kịp thời các văn bản pháp luật thuộc lĩnh vực nông nghiệp, môi trường đến cán bộ, "
          "công chức, viên chức và người dân."),
        P("2. Bảo đảm thiết thực, hiệu quả, tránh hình thức, phù hợp với điều kiện của từng đơn vị."),
        P("II. NỘI DUNG, PHÂN CÔNG THỰC HIỆN", bold=True),
        T(_CT_ROWS, widths=(10, 66, 32, 38, 26, 20)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        *_end(
            [
                "1. Văn phòng Sở là đầu mối theo dõi, đôn đốc việc thực hiện Kế hoạch.",
                "2. Các chi cục, đơn vị thuộc Sở gửi báo cáo kết quả về Văn phòng Sở trước ngày 15/11/2026.",
            ],
            ["Sở Tư pháp;", "Ban Giám đốc Sở;", "Các phòng, chi cục, đơn vị thuộc Sở;", "Lưu: VT, VP."],
            "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
            "Trần Thanh Hải",
        ),
    ],
    expected=[
        Exp("Phổ biến Luật Đất đai năm 2024", ("Chi cục Quản lý đất đai",),
            ("Văn phòng Đăng ký đất đai thành phố",), "2026-03-31"),
        Exp("Tuyên truyền pháp luật thủy sản, chống khai thác IUU", ("Chi cục Thủy sản và Kiểm ngư",),
            ("Ủy ban nhân dân các xã ven biển", "Bộ đội Biên phòng thành phố"), "2026-08-31"),
        Exp("Phổ biến quy định về phòng, chống dịch bệnh động vật", ("Chi cục Chăn nuôi và Thú y",),
            ("Ủy ban nhân dân các xã, phường",), "2026-09-30"),
        Exp("Hướng dẫn nông dân sử dụng thuốc bảo vệ thực vật", ("Chi cục Trồng trọt và Bảo vệ thực vật",),
            ("Trung tâm Khuyến nông", "Hội Nông dân thành phố"), "2026-12-31"),
        Exp("Phổ biến Luật Bảo vệ môi trường cho doanh nghiệp", ("Chi cục Bảo vệ môi trường",),
            ("Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ",), "2026-10-31"),
        Exp("Cung cấp tài liệu, cử báo cáo viên", ("Văn phòng Sở",), ("Các chi cục, đơn vị thuộc Sở",),
            "2026-12-31", on_request=True),
        Exp("Tổng kết, đánh giá công tác phổ biến", ("Văn phòng Sở",), ("Thanh tra Sở",), "2026-11-25"),
    ],
)


# ------------------------------------------------------------------ 6. UBND xã Cái Bè (1.1. numbering)
PLAN_CB = Plan(
    name="ubnd_xa_caibe_2026",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN",
            "XÃ CÁI BÈ",
            "19/KH-UBND",
            "Cái Bè, ngày 03 tháng 3 năm 2026",
            "Tuyên truyền, phổ biến, giáo dục pháp luật và xây dựng xã đạt chuẩn tiếp cận pháp luật",
            "năm 2026",
        ),
        P("Căn cứ Quyết định số 25/2021/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ;"),
        P("Căn cứ Kế hoạch số 52/KH-UBND ngày 10/02/2026 của Ủy ban nhân dân tỉnh Đồng Tháp về phổ biến, "
          "giáo dục pháp luật năm 2026;"),
        P("Ủy ban nhân dân xã Cái Bè xây dựng Kế hoạch như sau:"),
        P("1. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1.1. Nâng cao nhận thức pháp luật của cán bộ, Nhân dân trên địa bàn xã, nhất là đồng bào vùng "
          "cù lao và người dân làm nghề trên sông."),
        P("1.2. Phấn đấu xã đạt chuẩn tiếp cận pháp luật năm 2026."),
        P("2. NHIỆM VỤ", bold=True),
        P("2.1. Tuyên truyền pháp luật về giao thông đường thủy nội địa cho chủ phương tiện, người dân "
          "vùng cù lao. Chủ trì: Công an xã; phối hợp: Ban Chỉ huy Quân sự xã, Đoàn Thanh niên xã; thời "
          "gian: tháng 4 - tháng 7/2026."),
        P("2.2. Phổ biến pháp luật gắn với phát triển kinh tế vườn, làng nghề"),
        P("a) Phòng Kinh tế chủ trì hướng dẫn quy định về an toàn thực phẩm, chỉ dẫn địa lý đối với các "
          "cơ sở làm kẹo dừa, bánh phồng; phối hợp: Trạm Y tế xã. Thời gian: Quý II/2026."),
        P("b) Đề nghị Hội Nông dân xã tuyên truyền pháp luật về hợp tác xã, tổ hợp tác cho hội viên; "
          "phối hợp: Phòng Kinh tế. Thời gian: Quý III/2026."),
        P("c) Hội Liên hiệp Phụ nữ xã phổ biến pháp luật về hôn nhân và gia đình, phòng chống mua bán "
          "người cho phụ nữ lao động xa quê. Thời gian: tháng 8/2026."),
        P("2.3. Rà soát, đánh giá các chỉ tiêu chuẩn tiếp cận pháp luật năm 2026. Chủ trì: Văn phòng Hội "
          "đồng nhân dân và Ủy ban nhân dân xã; phối hợp: các ban, ngành, đoàn thể xã; thời gian: hoàn "
          "thành trước ngày 15/10/2026."),
        P("2.4. Củng cố hoạt động của các tổ hòa giải ấp. Chủ trì: Ủy ban Mặt trận Tổ quốc Việt Nam xã; "
          "phối hợp: công chức Tư pháp - Hộ tịch, Trưởng các ấp; thời gian: cả năm."),
        P("3. TỔ CHỨC THỰC HIỆN", bold=True),
        *_end(
            [
                "Các ban, ngành, đoàn thể xã, Trưởng các ấp tổ chức thực hiện; báo cáo kết quả về Văn phòng "
                "Hội đồng nhân dân và Ủy ban nhân dân xã trước ngày 30/11/2026.",
            ],
            ["Phòng PBGDPL - Sở Tư pháp;", "TT Đảng ủy xã;", "Chủ tịch, PCT UBND xã;", "Các ấp;", "Lưu: VT."],
            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
            "Nguyễn Thị Mỹ Linh",
        ),
    ],
    expected=[
        Exp("Tuyên truyền pháp luật về giao thông đường thủy nội địa", ("Công an xã",),
            ("Ban Chỉ huy Quân sự xã", "Đoàn Thanh niên xã"), "2026-07-31"),
        Exp("Phòng Kinh tế chủ trì hướng dẫn quy định về an toàn thực phẩm", ("Phòng Kinh tế",),
            ("Trạm Y tế xã",), "2026-06-30"),
        Exp("Đề nghị Hội Nông dân xã tuyên truyền pháp luật", ("Hội Nông dân xã",), ("Phòng Kinh tế",),
            "2026-09-30"),
        Exp("Hội Liên hiệp Phụ nữ xã phổ biến pháp luật", ("Hội Liên hiệp Phụ nữ xã",), (), "2026-08-31"),
        Exp("Rà soát, đánh giá các chỉ tiêu chuẩn tiếp cận",
            ("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã",), ("các ban, ngành, đoàn thể xã",),
            "2026-10-15"),
        Exp("Củng cố hoạt động của các tổ hòa giải ấp", ("Ủy ban Mặt trận Tổ quốc Việt Nam xã",),
            ("công chức Tư pháp - Hộ tịch", "Trưởng các ấp"), "2026-12-31"),
    ],
)


# ------------------------------------------------------------------ 7. Sở GD&ĐT Tây Ninh (school year)
PLAN_TN = Plan(
    name="sgddt_tayninh_2026_2027",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN TỈNH TÂY NINH",
            "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
            "2315/KH-SGDĐT",
            "Tây Ninh, ngày 08 tháng 9 năm 2026",
            "Công tác phổ biến, giáo dục pháp luật trong trường học",
            "năm học 2026 - 2027",
        ),
        P("Căn cứ Thông tư số 32/2020/TT-BGDĐT ngày 15/9/2020 của Bộ Giáo dục và Đào tạo;"),
        P("Căn cứ Quyết định số 1928/QĐ-TTg ngày 20/11/2009 của Thủ tướng Chính phủ phê duyệt Đề án "
          "“Nâng cao chất lượng công tác phổ biến, giáo dục pháp luật trong nhà trường”;"),
        P("Căn cứ Công văn số 4120/BGDĐT-PC ngày 25/8/2026 của Bộ Giáo dục và Đào tạo về hướng dẫn công tác "
          "pháp chế, phổ biến, giáo dục pháp luật năm học 2026 - 2027;"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Giáo dục ý thức tôn trọng và chấp hành pháp luật cho học sinh, nhà giáo, người lao động trong "
          "các cơ sở giáo dục trên địa bàn tỉnh."),
        P("- Kế hoạch phải cụ thể, phù hợp với lứa tuổi học sinh và đặc điểm vùng biên giới."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG", bold=True),
        P("- Tổ chức tuần sinh hoạt công dân đầu năm học, quán triệt nội quy, quy định về an toàn giao "
          "thông, phòng chống bạo lực học đường. (Đơn vị thực hiện: Phòng Chính trị, tư tưởng và Công tác "
          "học sinh, sinh viên chủ trì; các trường trung học phổ thông phối hợp; thời gian: tháng 9/2026)."),
        P("- Biên soạn tài liệu tuyên truyền pháp luật song ngữ Việt - Khmer cho học sinh các xã biên giới. "
          "(Đơn vị thực hiện: Phòng Giáo dục phổ thông chủ trì; Trường Phổ thông Dân tộc nội trú tỉnh và "
          "Ủy ban nhân dân các xã biên giới phối hợp; thời gian: tháng 10 - tháng 12/2026)."),
        P("- Tổ chức Cuộc thi “Học sinh với pháp luật về an ninh mạng” cấp tỉnh. (Đơn vị thực hiện: "
          "Văn phòng Sở chủ trì; Công an tỉnh, Tỉnh đoàn phối hợp; thời gian: tháng 01 - tháng 3/2027)."),
        P("- Bồi dưỡng kiến thức pháp luật về viên chức, nhà giáo cho cán bộ quản lý các trường. (Đơn vị "
          "thực hiện: Phòng Tổ chức cán bộ chủ trì; Phòng Pháp chế - Thanh tra phối hợp; thời gian: "
          "Quý IV/2026)."),
        P("- Thanh tra, kiểm tra việc thực hiện công tác phổ biến, giáo dục pháp luật tại một số cơ sở giáo "
          "dục. (Đơn vị thực hiện: Phòng Pháp chế - Thanh tra chủ trì; thời gian: tháng 3 - tháng 4/2027)."),
        P("- Tổng kết công tác phổ biến, giáo dục pháp luật năm học 2026 - 2027. (Đơn vị thực hiện: Phòng "
          "Pháp chế - Thanh tra chủ trì; các phòng chuyên môn thuộc Sở phối hợp; thời gian: trước ngày "
          "31/5/2027)."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        *_end(
            [
                "Thủ trưởng các cơ sở giáo dục trực thuộc căn cứ Kế hoạch xây dựng kế hoạch của đơn vị, gửi "
                "về Sở (qua Phòng Pháp chế - Thanh tra) trước ngày 30/9/2026; báo cáo học kỳ I trước ngày "
                "10/01/2027.",
            ],
            ["Bộ GDĐT (Vụ Pháp chế);", "Sở Tư pháp;", "Giám đốc, các PGĐ Sở;", "Các phòng thuộc Sở;",
             "Các trường THPT, trường PTDTNT;", "Lưu: VT, PCTTr."],
            "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
            "Võ Minh Tâm",
        ),
    ],
    expected=[
        Exp("Tổ chức tuần sinh hoạt công dân đầu năm học",
            ("Phòng Chính trị, tư tưởng và Công tác học sinh, sinh viên",),
            ("các trường trung học phổ thông",), "2026-09-30"),
        Exp("Biên soạn tài liệu tuyên truyền pháp luật song ngữ", ("Phòng Giáo dục phổ thông",),
            ("Trường Phổ thông Dân tộc nội trú tỉnh", "Ủy ban nhân dân các xã biên giới"), "2026-12-31"),
        Exp("Tổ chức Cuộc thi “Học sinh với pháp luật", ("Văn phòng Sở",), ("Công an tỉnh", "Tỉnh đoàn"),
            "2027-03-31"),
        Exp("Bồi dưỡng kiến thức pháp luật về viên chức", ("Phòng Tổ chức cán bộ",),
            ("Phòng Pháp chế - Thanh tra",), "2026-12-31"),
        Exp("Thanh tra, kiểm tra việc thực hiện công tác", ("Phòng Pháp chế - Thanh tra",), (), "2027-04-30"),
        Exp("Tổng kết công tác phổ biến, giáo dục pháp luật năm học", ("Phòng Pháp chế - Thanh tra",),
            ("các phòng chuyên môn thuộc Sở",), "2027-05-31"),
    ],
)


# ------------------------------------------------------------------ 8. UBND đặc khu Côn Đảo (table, no STT)
_CD_ROWS = (
    ("Nội dung công việc", "Thời gian", "Cơ quan chủ trì", "Cơ quan phối hợp"),
    ("Phổ biến pháp luật về bảo tồn di tích quốc gia đặc biệt và Vườn quốc gia Côn Đảo cho du khách, "
     "hộ kinh doanh", "Quý II/2026", "Phòng Văn hóa - Xã hội",
     "Ban Quản lý Vườn quốc gia Côn Đảo; Trung tâm Bảo tồn di tích quốc gia Côn Đảo"),
    ("Tuyên truyền pháp luật về phòng cháy, chữa cháy rừng mùa khô", "Tháng 01 - tháng 4/2026",
     "Hạt Kiểm lâm Vườn quốc gia Côn Đảo", "Công an đặc khu, Ban Chỉ huy Quân sự đặc khu"),
    ("Phổ biến quy định về quản lý chất thải rắn, rác thải nhựa trên đảo", "Quý III/2026",
     "Phòng Kinh tế, Hạ tầng và Đô thị", "Ủy ban Mặt trận Tổ quốc Việt Nam đặc khu"),
    ("Tuyên truyền pháp luật về biên giới biển cho ngư dân, tàu thuyền neo đậu tại cảng Bến Đầm",
     "Thường xuyên", "Đồn Biên phòng Côn Đảo", "Phòng Kinh tế, Hạ tầng và Đô thị"),
    ("Tổ chức các hoạt động hưởng ứng Ngày Pháp luật Việt Nam", "Tháng 11/2026",
     "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân đặc khu", "Các cơ quan, đơn vị, trường học trên "
     "địa bàn"),
    ("Triển khai các văn bản hướng dẫn của Thành phố về mô hình chính quyền đặc khu",
     "Khi Thành phố ban hành văn bản", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân đặc khu",
     "Các phòng chuyên môn"),
)

PLAN_CD = Plan(
    name="ubnd_dackhu_condao_2026",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH",
            "ỦY BAN NHÂN DÂN ĐẶC KHU CÔN ĐẢO",
            "14/KH-UBND",
            "Côn Đảo, ngày 16 tháng 01 năm 2026",
            "Phổ biến, giáo dục pháp luật, hòa giải ở cơ sở năm 2026",
            "",
        ),
        P("Căn cứ Nghị quyết số 1685/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về việc sắp "
          "xếp các đơn vị hành chính cấp xã của Thành phố Hồ Chí Minh năm 2025;"),
        P("Căn cứ Kế hoạch số 412/KH-UBND ngày 23/01/2026 của Ủy ban nhân dân Thành phố Hồ Chí Minh;"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Bảo đảm người dân, du khách và lực lượng vũ trang trên đặc khu được tiếp cận thông tin pháp luật "
          "kịp thời; các hoạt động gắn với bảo tồn di tích và bảo vệ môi trường biển đảo."),
        P("II. NỘI DUNG, THỜI GIAN VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        T(_CD_ROWS, widths=(70, 28, 40, 50)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        *_end(
            [
                "Thủ trưởng các cơ quan, đơn vị được phân công chủ động thực hiện; báo cáo kết quả về Văn "
                "phòng Hội đồng nhân dân và Ủy ban nhân dân đặc khu trước ngày 20/11/2026 để tổng hợp, báo "
                "cáo Sở Tư pháp.",
            ],
            ["Sở Tư pháp TP.HCM;", "TT Đảng ủy đặc khu;", "CT, các PCT;", "Các cơ quan, đơn vị;", "Lưu: VT."],
            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
            "Lê Văn Phong",
        ),
    ],
    expected=[
        Exp("Phổ biến pháp luật về bảo tồn di tích quốc gia", ("Phòng Văn hóa - Xã hội",),
            ("Ban Quản lý Vườn quốc gia Côn Đảo", "Trung tâm Bảo tồn di tích quốc gia Côn Đảo"),
            "2026-06-30"),
        Exp("Tuyên truyền pháp luật về phòng cháy, chữa cháy rừng", ("Hạt Kiểm lâm Vườn quốc gia Côn Đảo",),
            ("Công an đặc khu", "Ban Chỉ huy Quân sự đặc khu"), "2026-04-30"),
        Exp("Phổ biến quy định về quản lý chất thải rắn", ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam đặc khu",), "2026-09-30"),
        Exp("Tuyên truyền pháp luật về biên giới biển", ("Đồn Biên phòng Côn Đảo",),
            ("Phòng Kinh tế, Hạ tầng và Đô thị",), "2026-12-31"),
        Exp("Tổ chức các hoạt động hưởng ứng Ngày Pháp luật",
            ("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân đặc khu",),
            ("Các cơ quan, đơn vị, trường học trên địa bàn",), "2026-11-30"),
        Exp("Triển khai các văn bản hướng dẫn của Thành phố",
            ("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân đặc khu",), ("Các phòng chuyên môn",),
            "2026-12-31", on_request=True),
    ],
)


# ------------------------------------------------------------------ 9. UBND tỉnh Cà Mau (long, prose)
PLAN_CM = Plan(
    name="ubnd_camau_pbgdpl_2026",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN",
            "TỈNH CÀ MAU",
            "37/KH-UBND",
            "Cà Mau, ngày 30 tháng 01 năm 2026",
            "Thực hiện công tác phổ biến, giáo dục pháp luật, hòa giải ở cơ sở",
            "và chuẩn tiếp cận pháp luật trên địa bàn tỉnh Cà Mau năm 2026",
        ),
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20/6/2012;"),
        P("Căn cứ Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành "
          "chính cấp tỉnh;"),
        P("Căn cứ Quyết định số 977/QĐ-TTg ngày 11/8/2022 của Thủ tướng Chính phủ phê duyệt Đề án “Tăng "
          "cường năng lực tiếp cận pháp luật của người dân”;"),
        P("Căn cứ Kế hoạch số 06/KH-HĐPH ngày 08/01/2026 của Hội đồng phối hợp phổ biến, giáo dục pháp "
          "luật Trung ương;"),
        P("Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Mục đích: Triển khai đồng bộ công tác phổ biến, giáo dục pháp luật sau hợp nhất tỉnh Bạc "
          "Liêu và tỉnh Cà Mau; tạo chuyển biến trong ý thức chấp hành pháp luật của Nhân dân."),
        P("2. Yêu cầu: Xác định cụ thể nội dung, cơ quan chủ trì, phối hợp và thời hạn hoàn thành."),
        P("II. NHIỆM VỤ TRỌNG TÂM", bold=True),
        P("A. Phổ biến, giáo dục pháp luật", bold=True),
        P("1. Tuyên truyền các văn bản luật mới có hiệu lực năm 2026", bold=True),
        P("Sở Tư pháp chủ trì; các sở, ban, ngành tỉnh và Ủy ban nhân dân các xã, phường phối hợp thực hiện. "
          "Thời gian thực hiện: Quý I - Quý IV/2026."),
        P("2. Phổ biến pháp luật về đất đai, môi trường, thích ứng biến đổi khí hậu, sạt lở bờ biển",
            bold=True),
        P("Sở Nông nghiệp và Môi trường chủ trì; Sở Xây dựng, Bộ Chỉ huy Bộ đội Biên phòng tỉnh và Ủy ban "
          "nhân dân các xã ven biển phối hợp. Thời gian thực hiện: Quý II/2026."),
        P("3. Tuyên truyền pháp luật về chống khai thác hải sản bất hợp pháp, không báo cáo và không theo "
          "quy định", bold=True),
        P("Bộ Chỉ huy Bộ đội Biên phòng tỉnh chủ trì; Sở Nông nghiệp và Môi trường; Chi cục Thủy sản, "
          "Kiểm ngư và Đảo; Ủy ban nhân dân các xã có cảng cá phối hợp. Thời gian thực "
          "hiện: từ ngày 01/3/2026 đến ngày 31/8/2026."),
        P("4. Phổ biến pháp luật trên báo chí, Cổng Thông tin điện tử tỉnh", bold=True),
        P("Đề nghị Báo và Phát thanh, Truyền hình Cà Mau chủ trì, phối hợp với Sở Tư pháp, Sở Khoa học và "
          "Công nghệ mở chuyên trang, chuyên mục pháp luật. Thời gian: Hằng tháng."),
        P("B. Hòa giải ở cơ sở và chuẩn tiếp cận pháp luật", bold=True),
        P("5. Tập huấn kỹ năng hòa giải cho hòa giải viên khu vực Bạc Liêu cũ", bold=True),
        P("Sở Tư pháp chủ trì; Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp. Thời gian: "
          "trước ngày 30/6/2026."),
        P("6. Đánh giá, công nhận cấp xã đạt chuẩn tiếp cận pháp luật", bold=True),
        P("Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm tự đánh giá, đề nghị công nhận; Sở Tư "
          "pháp, Sở Nội vụ phối hợp thẩm định. Thời gian: Tháng 12/2026 đến ngày 15/01/2027."),
        P("C. Các nhiệm vụ khác", bold=True),
        P("7. Thực hiện Đề án “Tăng cường năng lực tiếp cận pháp luật của người dân”", bold=True),
        P("Sở Tư pháp chủ trì, phối hợp với các cơ quan có liên quan thực hiện theo hướng dẫn của Bộ Tư "
          "pháp khi có văn bản hướng dẫn."),
        P("8. Kiểm tra công tác phổ biến, giáo dục pháp luật tại các sở, ngành và cấp xã", bold=True),
        P("Giám đốc Sở Tư pháp - Phó Chủ tịch Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh chủ trì "
          "đoàn kiểm tra; Văn phòng Ủy ban nhân dân tỉnh phối hợp. Thời gian: Quý III/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        *_end(
            [
                "1. Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân các xã, phường triển khai "
                "thực hiện Kế hoạch; Sở Tài chính tham mưu bố trí kinh phí.",
                "2. Các cơ quan, đơn vị báo cáo kết quả về Sở Tư pháp trước ngày 10/11/2026 để tổng hợp "
                "báo cáo Ủy ban nhân dân tỉnh và Bộ Tư pháp.",
            ],
            ["Bộ Tư pháp;", "TT Tỉnh ủy, TT HĐND tỉnh;", "CT, các PCT UBND tỉnh;", "Các sở, ban, ngành tỉnh;",
             "UBND các xã, phường;", "Lưu: VT, NC."],
            "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
            "Lâm Văn Bi",
        ),
    ],
    expected=[
        Exp("Tuyên truyền các văn bản luật mới có hiệu lực năm 2026", ("Sở Tư pháp",),
            ("các sở, ban, ngành tỉnh", "Ủy ban nhân dân các xã, phường"), "2026-12-31"),
        Exp("Phổ biến pháp luật về đất đai, môi trường, thích ứng", ("Sở Nông nghiệp và Môi trường",),
            ("Sở Xây dựng", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Ủy ban nhân dân các xã ven biển"),
            "2026-06-30"),
        Exp("Tuyên truyền pháp luật về chống khai thác hải sản", ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh",),
            ("Sở Nông nghiệp và Môi trường", "Chi cục Thủy sản, Kiểm ngư và Đảo",
             "Ủy ban nhân dân các xã có cảng cá"),
            "2026-08-31"),
        Exp("Phổ biến pháp luật trên báo chí, Cổng Thông tin", ("Báo và Phát thanh, Truyền hình Cà Mau",),
            ("Sở Tư pháp", "Sở Khoa học và Công nghệ"), "2026-12-31"),
        Exp("Tập huấn kỹ năng hòa giải cho hòa giải viên", ("Sở Tư pháp",),
            ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",), "2026-06-30"),
        Exp("Đánh giá, công nhận cấp xã đạt chuẩn", ("Chủ tịch Ủy ban nhân dân các xã, phường",),
            ("Sở Tư pháp", "Sở Nội vụ"), "2027-01-15"),
        Exp("Thực hiện Đề án “Tăng cường năng lực tiếp cận", ("Sở Tư pháp",), ("các cơ quan có liên quan",),
            "2026-12-31", on_request=True),
        Exp("Kiểm tra công tác phổ biến, giáo dục pháp luật tại",
            ("Giám đốc Sở Tư pháp - Phó Chủ tịch Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh",),
            ("Văn phòng Ủy ban nhân dân tỉnh",), "2026-09-30"),
    ],
)


# ------------------------------------------------------------------ 10. HĐPH PBGDPL tỉnh Vĩnh Long (2027)
PLAN_VL = Plan(
    name="hdph_vinhlong_2027",
    blocks=[
        *_header(
            "UBND TỈNH VĨNH LONG",
            "HỘI ĐỒNG PHỐI HỢP PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT",
            "09/KH-HĐPH",
            "Vĩnh Long, ngày 18 tháng 12 năm 2026",
            "Hoạt động của Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh",
            "năm 2027",
        ),
        P("Căn cứ Quyết định số 27/2013/QĐ-TTg ngày 19/5/2013 của Thủ tướng Chính phủ quy định về thành "
          "phần và nhiệm vụ, quyền hạn của Hội đồng phối hợp phổ biến, giáo dục pháp luật;"),
        P("Căn cứ Quyết định số 2105/QĐ-UBND ngày 15/9/2025 của Ủy ban nhân dân tỉnh Vĩnh Long về việc kiện "
          "toàn Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh;"),
        P("Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh (sau đây gọi là Hội đồng) ban hành Kế hoạch "
          "hoạt động năm 2027 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Phát huy vai trò tham mưu, phối hợp của Hội đồng; bảo đảm các thành viên thực hiện đầy đủ nhiệm "
          "vụ được phân công trên địa bàn tỉnh sau hợp nhất Vĩnh Long, Bến Tre, Trà Vinh."),
        P("II. NỘI DUNG HOẠT ĐỘNG", bold=True),
        P("1. Ban hành Kế hoạch phổ biến, giáo dục pháp luật năm 2027 và văn bản chỉ đạo, hướng dẫn thực "
          "hiện", bold=True),
        P("Chủ trì thực hiện: Thường trực Hội đồng."),
        P("Phối hợp: Các thành viên Hội đồng."),
        P("Tiến độ: Tháng 01/2027."),
        P("2. Phổ biến pháp luật cho đồng bào dân tộc Khmer tại các xã vùng Trà Vinh cũ", bold=True),
        P("Chủ trì thực hiện: Sở Dân tộc và Tôn giáo."),
        P("Phối hợp: Hội Đoàn kết sư sãi yêu nước tỉnh; Ủy ban nhân dân các xã có đông đồng bào Khmer."),
        P("Tiến độ: Từ tháng 3 đến tháng 5/2027."),
        P("3. Tuyên truyền pháp luật về phòng, chống xâm nhập mặn, tài nguyên nước cho nông dân vùng "
          "ven biển Bến Tre cũ", bold=True),
        P("Chủ trì thực hiện: Sở Nông nghiệp và Môi trường."),
        P("Phối hợp: Hội Nông dân tỉnh, Đài Phát thanh và Truyền hình Vĩnh Long."),
        P("Tiến độ: Quý I/2027."),
        P("4. Tổ chức Hội nghị giao ban Hội đồng 6 tháng và cuối năm", bold=True),
        P("Chủ trì thực hiện: Chủ tịch Hội đồng."),
        P("Phối hợp: Sở Tư pháp, Văn phòng Ủy ban nhân dân tỉnh."),
        P("Tiến độ: Tháng 7 và tháng 12/2027."),
        P("5. Phổ biến pháp luật cho công nhân tại các khu công nghiệp Giao Long, An Hiệp, Hòa Phú",
            bold=True),
        P("Chủ trì thực hiện: Liên đoàn Lao động tỉnh."),
        P("Phối hợp: Ban Quản lý các khu công nghiệp tỉnh; Sở Nội vụ; Sở Tư pháp."),
        P("Tiến độ: Quý II - Quý III/2027."),
        P("6. Cung cấp tài liệu, bồi dưỡng báo cáo viên pháp luật tỉnh về luật mới", bold=True),
        P("Chủ trì thực hiện: Sở Tư pháp."),
        P("Phối hợp: Các cơ quan chủ trì soạn thảo văn bản."),
        P("Tiến độ: Sau khi các luật được Quốc hội thông qua và công bố."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        *_end(
            [
                "1. Các thành viên Hội đồng chủ động triển khai theo chức năng, nhiệm vụ được phân công.",
                "2. Thường trực Hội đồng đôn đốc, tổng hợp; thành viên gửi báo cáo 6 tháng trước ngày "
                "15/6/2027, báo cáo năm trước ngày 15/11/2027.",
            ],
            ["Hội đồng phối hợp PBGDPL Trung ương;", "TT Tỉnh ủy, UBND tỉnh;", "Thành viên Hội đồng;",
             "Lưu: VT, Sở Tư pháp."],
            "TM. HỘI ĐỒNG\nCHỦ TỊCH\nPHÓ CHỦ TỊCH UBND TỈNH",
            "Nguyễn Quỳnh Thiện",
        ),
    ],
    expected=[
        Exp("Ban hành Kế hoạch phổ biến, giáo dục pháp luật năm 2027", ("Thường trực Hội đồng",),
            ("Các thành viên Hội đồng",), "2027-01-31"),
        Exp("Phổ biến pháp luật cho đồng bào dân tộc Khmer", ("Sở Dân tộc và Tôn giáo",),
            ("Hội Đoàn kết sư sãi yêu nước tỉnh", "Ủy ban nhân dân các xã có đông đồng bào Khmer"),
            "2027-05-31"),
        Exp("Tuyên truyền pháp luật về phòng, chống xâm nhập mặn", ("Sở Nông nghiệp và Môi trường",),
            ("Hội Nông dân tỉnh", "Đài Phát thanh và Truyền hình Vĩnh Long"), "2027-03-31"),
        Exp("Tổ chức Hội nghị giao ban Hội đồng", ("Chủ tịch Hội đồng",),
            ("Sở Tư pháp", "Văn phòng Ủy ban nhân dân tỉnh"), "2027-12-31"),
        Exp("Phổ biến pháp luật cho công nhân tại các khu công nghiệp", ("Liên đoàn Lao động tỉnh",),
            ("Ban Quản lý các khu công nghiệp tỉnh", "Sở Nội vụ", "Sở Tư pháp"), "2027-09-30"),
        Exp("Cung cấp tài liệu, bồi dưỡng báo cáo viên", ("Sở Tư pháp",),
            ("Các cơ quan chủ trì soạn thảo văn bản",), "2027-12-31", on_request=True),
    ],
)

PLANS: list[Plan] = [PLAN_HCM, PLAN_STP, PLAN_SG, PLAN_PQ, PLAN_CT, PLAN_CB, PLAN_TN, PLAN_CD,
                     PLAN_CM, PLAN_VL]
