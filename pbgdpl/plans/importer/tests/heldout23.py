"""Held-out evaluation set 23: ten plans of communes, wards and special zones (2026-2027).

Written for this set only, answers typed by hand (issue 4 rules). Plans:

1. UBND xã Thanh Sơn (Phú Thọ), PBGDPL 2026: roman sections, bold "1." task headings, each followed by
   dash label lines "- Chủ trì:", "- Phối hợp:", "- Thời gian:"; persons (công chức Tư pháp - Hộ tịch),
   an event-triggered timeframe, a month range.
2. UBND phường Hạc Thành (Thanh Hóa), PBGDPL 2026: one task table STT | Nội dung công việc | Đơn vị chủ
   trì | Đơn vị phối hợp | Thời gian thực hiện | Ghi chú, with roman group rows (I, II, III).
3. Hội đồng phối hợp PBGDPL xã Ea Kly (Đắk Lắk), 2026: bold numbered headings, assignments in prose
   ("Giao X chủ trì, phối hợp với Y", "Đề nghị A, B, … và C …", "X chủ trì; Y và Z phối hợp").
4. UBND đặc khu Phú Quốc (An Giang), PBGDPL biển, đảo, du lịch 2026: table without STT, two-row header
   (Phân công thực hiện: Chủ trì / Phối hợp), Thời hạn and Sản phẩm columns, names with dashes.
5. UBND phường Lê Chân (Hải Phòng), 2026: bold "1." groups with "a)" items, labels "Người thực hiện:",
   persons as units (Phó Chủ tịch UBND phường), one item with two dash assignment blocks.
6. UBND xã Yên Thành (Nghệ An), hòa giải ở cơ sở 2026: "1." groups and "1.1." items with labels on own
   lines "Cơ quan thực hiện:", "Cơ quan phối hợp:", "Thời hạn:"; mixed ";" "," "và" unit lists.
7. UBND xã Mường Khương (Lào Cai), PBGDPL 2026: dash tasks with "+ Đơn vị chủ trì:" / "+ Đơn vị phối
   hợp:" / "+ Thời gian:" bullets under bold group headings; event-triggered timeframe.
8. UBND phường Bến Thành (TP. Hồ Chí Minh), Ngày Pháp luật 2026: table STT | Nội dung | Thời gian |
   Cơ quan chủ trì | Cơ quan phối hợp (time before units), date ranges.
9. UBND xã Khánh Bình (Cà Mau), PBGDPL 2026: non-bold numbered paragraphs where the heading sentence runs
   into the body, "X chủ trì; Y phối hợp", "Đề nghị X chủ trì, phối hợp với …", "khi có yêu cầu".
10. UBND đặc khu Vân Đồn (Quảng Ninh), PBGDPL 2027 issued 12/2026: table STT | Nhiệm vụ | Chủ trì thực hiện
    | Phối hợp thực hiện | Tiến độ | Kinh phí, letter group rows (A, B), line breaks inside cells.
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T, _header, _purpose


def _bases(lines: list[str]) -> list[P | T]:
    return [P(line) for line in lines]


def _ending(org: list[P | T], recipients: list[str], signer: list[str]) -> list[P | T]:
    out: list[P | T] = list(org)
    out.append(P("Nơi nhận:", bold=True))
    out += [P(r) for r in recipients]
    out += [P(s, bold=True, center=True) for s in signer]
    return out


# ---------------------------------------------------------------- 1. xã Thanh Sơn, Phú Thọ
PLAN_THANHSON = Plan(
    name="xa_thanh_son_phu_tho",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN", "XÃ THANH SƠN", "12/KH-UBND", "Thanh Sơn, ngày 15 tháng 01 năm 2026",
            "Phổ biến, giáo dục pháp luật; hòa giải ở cơ sở năm 2026", "trên địa bàn xã Thanh Sơn",
        ),
        *_bases([
            "Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20/6/2012;",
            "Căn cứ Quyết định số 25/2021/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ quy định về xã, "
            "phường, thị trấn đạt chuẩn tiếp cận pháp luật;",
            "Căn cứ Kế hoạch số 38/KH-UBND ngày 06/01/2026 của UBND tỉnh Phú Thọ về công tác phổ biến, "
            "giáo dục pháp luật năm 2026;",
            "UBND xã Thanh Sơn ban hành Kế hoạch phổ biến, giáo dục pháp luật; hòa giải ở cơ sở năm 2026 "
            "như sau:",
        ]),
        *_purpose([
            "Triển khai kịp thời các văn bản pháp luật mới đến cán bộ, công chức và Nhân dân trong xã.",
            "Nâng cao ý thức tự giác chấp hành pháp luật, giảm khiếu kiện, tranh chấp trong cộng đồng dân cư.",
            "Nội dung phổ biến sát với tình hình thực tế của xã sau sắp xếp đơn vị hành chính.",
            "Bảo đảm tiết kiệm, lồng ghép với các hoạt động văn hóa, xã hội ở thôn.",
        ]),
        P("II. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True),
        P("1. Tuyên truyền, phổ biến các văn bản pháp luật mới ban hành năm 2026", bold=True),
        P("- Nội dung: các luật, nghị quyết của Quốc hội, văn bản của tỉnh liên quan trực tiếp đến người dân."),
        P("- Chủ trì: Công chức Tư pháp - Hộ tịch."),
        P("- Phối hợp: Văn phòng HĐND và UBND xã; Ủy ban MTTQ Việt Nam xã và các đoàn thể chính trị - xã hội xã."),
        P("- Thời gian: Thường xuyên trong năm 2026."),
        P("2. Tổ chức hội nghị phổ biến pháp luật cho cán bộ, công chức xã", bold=True),
        P("- Chủ trì: Văn phòng HĐND và UBND xã."),
        P("- Phối hợp: Công chức Tư pháp - Hộ tịch."),
        P("- Thời gian: Quý II/2026."),
        P("3. Phổ biến pháp luật cho đồng bào dân tộc thiểu số tại các thôn", bold=True),
        P("- Hình thức: nói chuyện chuyên đề, phát tờ gấp song ngữ tại nhà văn hóa thôn."),
        P("- Chủ trì: Phòng Văn hóa - Xã hội."),
        P("- Phối hợp: Trưởng các thôn, Hội Nông dân xã, Hội Liên hiệp Phụ nữ xã."),
        P("- Thời gian: Từ tháng 3 đến tháng 9/2026."),
        P("4. Cập nhật văn bản pháp luật lên Trang thông tin điện tử của xã", bold=True),
        P("- Chủ trì: Văn phòng HĐND và UBND xã."),
        P("- Phối hợp: Các phòng chuyên môn thuộc UBND xã."),
        P("- Thời gian: Hằng tháng."),
        P("5. Kiện toàn tổ hòa giải ở cơ sở và bồi dưỡng hòa giải viên", bold=True),
        P("- Chủ trì: Công chức Tư pháp - Hộ tịch."),
        P("- Phối hợp: Ủy ban MTTQ Việt Nam xã, Trưởng các thôn."),
        P("- Thời gian: Khi có văn bản hướng dẫn của Sở Tư pháp."),
        P("6. Đánh giá xã đạt chuẩn tiếp cận pháp luật năm 2026", bold=True),
        P("- Chủ trì: Công chức Tư pháp - Hộ tịch."),
        P("- Phối hợp: Các phòng chuyên môn thuộc UBND xã."),
        P("- Thời gian: Trước ngày 15/11/2026."),
        P("7. Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam 09/11", bold=True),
        P("- Chủ trì: Phòng Văn hóa - Xã hội."),
        P("- Phối hợp: Đoàn Thanh niên Cộng sản Hồ Chí Minh xã, Hội Cựu chiến binh xã, Trường THCS Thanh Sơn."),
        P("- Thời gian: Tháng 10 - tháng 11/2026."),
        P("III. KINH PHÍ", bold=True),
        P("Kinh phí thực hiện từ nguồn ngân sách xã năm 2026 đã được giao và các nguồn hợp pháp khác."),
    ] + _ending(
        [
            P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
            P("1. Các phòng chuyên môn, đơn vị thuộc UBND xã căn cứ Kế hoạch này chủ động triển khai thực hiện."),
            P("2. Công chức Tư pháp - Hộ tịch theo dõi, tổng hợp, báo cáo kết quả về UBND xã trước ngày "
              "05/12/2026."),
        ],
        ["- Sở Tư pháp (b/c);", "- TT Đảng ủy, HĐND xã;", "- Chủ tịch, các PCT UBND xã;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hà Văn Quang"],
    ),
    expected=[
        Exp("Tuyên truyền, phổ biến các văn bản pháp luật mới", ("Công chức Tư pháp - Hộ tịch",),
            ("Văn phòng HĐND và UBND xã", "Ủy ban MTTQ Việt Nam xã", "các đoàn thể chính trị - xã hội xã"),
            "2026-12-31"),
        Exp("Tổ chức hội nghị phổ biến pháp luật cho cán bộ", ("Văn phòng HĐND và UBND xã",),
            ("Công chức Tư pháp - Hộ tịch",), "2026-06-30"),
        Exp("Phổ biến pháp luật cho đồng bào dân tộc thiểu số", ("Phòng Văn hóa - Xã hội",),
            ("Trưởng các thôn", "Hội Nông dân xã", "Hội Liên hiệp Phụ nữ xã"), "2026-09-30"),
        Exp("Cập nhật văn bản pháp luật lên Trang thông tin", ("Văn phòng HĐND và UBND xã",),
            ("Các phòng chuyên môn thuộc UBND xã",), "2026-12-31"),
        Exp("Kiện toàn tổ hòa giải ở cơ sở", ("Công chức Tư pháp - Hộ tịch",),
            ("Ủy ban MTTQ Việt Nam xã", "Trưởng các thôn"), "2026-12-31", on_request=True),
        Exp("Đánh giá xã đạt chuẩn tiếp cận pháp luật", ("Công chức Tư pháp - Hộ tịch",),
            ("Các phòng chuyên môn thuộc UBND xã",), "2026-11-15"),
        Exp("Hưởng ứng Ngày Pháp luật nước Cộng hòa", ("Phòng Văn hóa - Xã hội",),
            ("Đoàn Thanh niên Cộng sản Hồ Chí Minh xã", "Hội Cựu chiến binh xã", "Trường THCS Thanh Sơn"),
            "2026-11-30"),
    ],
)

# ---------------------------------------------------------------- 2. phường Hạc Thành, Thanh Hóa
_P2_ROWS = (
    ("STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện", "Ghi chú"),
    ("I", "Công tác phổ biến, giáo dục pháp luật", "", "", "", ""),
    ("1", "Xây dựng, ban hành Kế hoạch phổ biến, giáo dục pháp luật năm 2026 của phường",
     "Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND phường", "Tháng 01/2026", ""),
    ("2", "Tuyên truyền Luật Trật tự, an toàn giao thông đường bộ cho người dân trên địa bàn",
     "Công an phường", "Đoàn Thanh niên phường; Trưởng các khu phố", "Quý I, II/2026", ""),
    ("3", "Phổ biến pháp luật về đất đai, xây dựng, trật tự đô thị", "Phòng Kinh tế, Hạ tầng và Đô thị",
     "Phòng Văn hóa - Xã hội, Ủy ban MTTQ Việt Nam phường", "Quý III/2026", "Tại 12 khu phố"),
    ("4", "Tổ chức cuộc thi tìm hiểu pháp luật trực tuyến trên địa bàn phường", "Phòng Văn hóa - Xã hội",
     "Đoàn Thanh niên phường, Hội Liên hiệp Phụ nữ phường", "Tháng 8 - 10/2026", "Theo thể lệ riêng"),
    ("II", "Công tác hòa giải ở cơ sở", "", "", "", ""),
    ("5", "Rà soát, kiện toàn các tổ hòa giải ở khu phố", "Phòng Văn hóa - Xã hội",
     "Ban công tác Mặt trận các khu phố", "Quý I/2026", "Khi có biến động"),
    ("6", "Thống kê, báo cáo kết quả hòa giải ở cơ sở năm 2026", "Các tổ hòa giải",
     "Phòng Văn hóa - Xã hội", "Trước ngày 05/12/2026", ""),
    ("III", "Xây dựng phường đạt chuẩn tiếp cận pháp luật", "", "", "", ""),
    ("7", "Tự đánh giá, chấm điểm các chỉ tiêu tiếp cận pháp luật",
     "Phòng Văn hóa - Xã hội", "Các phòng chuyên môn, Công an phường, Ban Chỉ huy Quân sự phường",
     "Tháng 11/2026", ""),
)
PLAN_HACTHANH = Plan(
    name="phuong_hac_thanh_thanh_hoa",
    blocks=[
        *_header(
            "UBND TỈNH THANH HÓA", "ỦY BAN NHÂN DÂN PHƯỜNG HẠC THÀNH", "09/KH-UBND",
            "Hạc Thành, ngày 20 tháng 01 năm 2026",
            "Công tác phổ biến, giáo dục pháp luật, hòa giải ở cơ sở", "và xây dựng phường đạt chuẩn tiếp cận "
            "pháp luật năm 2026",
        ),
        *_bases([
            "Căn cứ Luật Hòa giải ở cơ sở ngày 20/6/2013;",
            "Căn cứ Kế hoạch số 21/KH-UBND ngày 08/01/2026 của UBND tỉnh Thanh Hóa về công tác phổ biến, "
            "giáo dục pháp luật, hòa giải ở cơ sở năm 2026;",
            "Ủy ban nhân dân phường ban hành Kế hoạch thực hiện như sau:",
        ]),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Cụ thể hóa nhiệm vụ của tỉnh phù hợp với điều kiện của phường sau khi sắp xếp."),
        P("- Phân công rõ trách nhiệm của từng phòng, đơn vị; bảo đảm tiến độ, chất lượng."),
        P("II. NỘI DUNG, NHIỆM VỤ", bold=True),
        P("(Có phụ lục phân công kèm theo)"),
        T(_P2_ROWS, widths=(10, 60, 32, 40, 26, 22)),
    ] + _ending(
        [
            P("III. TỔ CHỨC THỰC HIỆN", bold=True),
            P("Phòng Văn hóa - Xã hội là cơ quan thường trực, hướng dẫn, đôn đốc và tổng hợp kết quả thực hiện "
              "Kế hoạch, báo cáo UBND phường 6 tháng trước ngày 10/6/2026, cả năm trước ngày 10/12/2026."),
            P("Các phòng, đơn vị được phân công chủ động bố trí kinh phí, triển khai đúng tiến độ."),
        ],
        ["- UBND tỉnh, Sở Tư pháp (b/c);", "- Đảng ủy phường;", "- Như phụ lục;", "- Lưu: VT, VHXH."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Thị Hằng"],
    ),
    expected=[
        Exp("Xây dựng, ban hành Kế hoạch phổ biến", ("Phòng Văn hóa - Xã hội",),
            ("Văn phòng HĐND và UBND phường",), "2026-01-31"),
        Exp("Tuyên truyền Luật Trật tự, an toàn giao thông", ("Công an phường",),
            ("Đoàn Thanh niên phường", "Trưởng các khu phố"), "2026-06-30"),
        Exp("Phổ biến pháp luật về đất đai", ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Phòng Văn hóa - Xã hội", "Ủy ban MTTQ Việt Nam phường"), "2026-09-30"),
        Exp("Tổ chức cuộc thi tìm hiểu pháp luật", ("Phòng Văn hóa - Xã hội",),
            ("Đoàn Thanh niên phường", "Hội Liên hiệp Phụ nữ phường"), "2026-10-31"),
        Exp("Rà soát, kiện toàn các tổ hòa giải", ("Phòng Văn hóa - Xã hội",),
            ("Ban công tác Mặt trận các khu phố",), "2026-03-31"),
        Exp("Thống kê, báo cáo kết quả hòa giải", ("Các tổ hòa giải",), ("Phòng Văn hóa - Xã hội",),
            "2026-12-05"),
        Exp("Tự đánh giá, chấm điểm các chỉ tiêu", ("Phòng Văn hóa - Xã hội",),
            ("Các phòng chuyên môn", "Công an phường", "Ban Chỉ huy Quân sự phường"), "2026-11-30"),
    ],
)

# ---------------------------------------------------------------- 3. HĐPH xã Ea Kly, Đắk Lắk
PLAN_EAKLY = Plan(
    name="hdph_xa_ea_kly_dak_lak",
    blocks=[
        *_header(
            "UBND XÃ EA KLY", "HỘI ĐỒNG PHỐI HỢP PBGDPL", "05/KH-HĐPH", "Ea Kly, ngày 26 tháng 01 năm 2026",
            "Hoạt động của Hội đồng phối hợp phổ biến, giáo dục pháp luật", "xã Ea Kly năm 2026",
        ),
        *_bases([
            "Căn cứ Quyết định số 27/2013/QĐ-TTg ngày 19/5/2013 của Thủ tướng Chính phủ quy định về thành "
            "phần và nhiệm vụ, quyền hạn của Hội đồng phối hợp phổ biến, giáo dục pháp luật;",
            "Căn cứ Quyết định số 112/QĐ-UBND ngày 14/8/2025 của UBND xã Ea Kly về việc thành lập Hội đồng phối "
            "hợp phổ biến, giáo dục pháp luật xã;",
            "Hội đồng phối hợp phổ biến, giáo dục pháp luật xã (sau đây gọi là Hội đồng) xây dựng Kế hoạch "
            "hoạt động năm 2026 như sau:",
        ]),
        *_purpose([
            "Phát huy vai trò tham mưu, phối hợp của các thành viên Hội đồng.",
            "Đưa pháp luật đến gần người dân, nhất là đồng bào dân tộc thiểu số tại các buôn.",
            "Các thành viên chủ động thực hiện nhiệm vụ được phân công.",
            "Lồng ghép với các phong trào thi đua, cuộc vận động tại khu dân cư.",
        ]),
        P("II. NỘI DUNG HOẠT ĐỘNG", bold=True),
        P("1. Quán triệt, phổ biến các văn bản của Trung ương, của tỉnh về công tác phổ biến, giáo dục pháp "
          "luật", bold=True),
        P("Giao Phòng Văn hóa - Xã hội (cơ quan thường trực Hội đồng) chủ trì, phối hợp với các thành viên Hội "
          "đồng tham mưu tổ chức quán triệt đến cán bộ, công chức, người hoạt động không chuyên trách. "
          "Thời gian: Quý I/2026."),
        P("2. Phổ biến pháp luật cho hội viên, đoàn viên", bold=True),
        P("Đề nghị Ủy ban MTTQ Việt Nam xã, Hội Liên hiệp Phụ nữ xã, Đoàn Thanh niên Cộng sản Hồ Chí Minh xã, "
          "Hội Cựu chiến binh xã và Hội Nông dân xã chủ động lồng ghép nội dung phổ biến pháp luật trong sinh "
          "hoạt định kỳ của tổ chức mình. Thời gian: Thường xuyên."),
        P("3. Truyền thông pháp luật trên hệ thống loa truyền thanh", bold=True),
        P("Giao Văn phòng HĐND và UBND xã xây dựng chuyên mục \"Pháp luật với cuộc sống\", phối hợp với Phòng "
          "Văn hóa - Xã hội cung cấp nội dung; phát sóng tối thiểu 02 lần/tuần trong năm 2026."),
        P("4. Phổ biến pháp luật cho người dân tộc thiểu số, người có uy tín", bold=True),
        P("Phòng Văn hóa - Xã hội chủ trì; Công an xã và Trưởng các buôn, thôn phối hợp tổ chức ít nhất 04 buổi "
          "nói chuyện chuyên đề tại các buôn. Thời gian: Quý II - Quý III/2026."),
        P("5. Tổ chức trợ giúp pháp lý lưu động cho người dân", bold=True),
        P("Đề nghị Trung tâm Trợ giúp pháp lý nhà nước tỉnh Đắk Lắk phối hợp với Phòng Văn hóa - Xã hội tổ "
          "chức trợ giúp pháp lý lưu động tại xã. Thời gian: khi có kế hoạch của Sở Tư pháp."),
        P("6. Tổ chức hưởng ứng Ngày Pháp luật Việt Nam trong trường học", bold=True),
        P("Phòng Văn hóa - Xã hội chủ trì, phối hợp với Trường THCS Nguyễn Du, Trường Tiểu học Kim Đồng tổ chức "
          "chào cờ, sân khấu hóa tìm hiểu pháp luật. Thời gian: tháng 11/2026."),
        P("7. Sơ kết, tổng kết hoạt động của Hội đồng", bold=True),
        P("Thường trực Hội đồng chủ trì, các thành viên Hội đồng phối hợp tổng hợp kết quả, báo cáo Chủ tịch "
          "UBND xã trước ngày 25/11/2026."),
    ] + _ending(
        [
            P("III. TỔ CHỨC THỰC HIỆN", bold=True),
            P("Các thành viên Hội đồng căn cứ nhiệm vụ được giao xây dựng chương trình công tác; định kỳ 6 tháng "
              "(trước ngày 05/6/2026) và năm (trước ngày 05/11/2026) báo cáo kết quả về Thường trực Hội đồng."),
        ],
        ["- Hội đồng PHPBGDPL tỉnh (b/c);", "- UBND xã;", "- Thành viên Hội đồng;", "- Lưu: VT, HĐPH."],
        ["TM. HỘI ĐỒNG", "CHỦ TỊCH", "PHÓ CHỦ TỊCH UBND XÃ", "Y Thuôn Niê"],
    ),
    expected=[
        Exp("Quán triệt, phổ biến các văn bản của Trung ương", ("Phòng Văn hóa - Xã hội",),
            ("các thành viên Hội đồng",), "2026-03-31"),
        Exp("Phổ biến pháp luật cho hội viên, đoàn viên",
            ("Ủy ban MTTQ Việt Nam xã", "Hội Liên hiệp Phụ nữ xã", "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã",
             "Hội Cựu chiến binh xã", "Hội Nông dân xã"), (), "2026-12-31"),
        Exp("Truyền thông pháp luật trên hệ thống loa", ("Văn phòng HĐND và UBND xã",),
            ("Phòng Văn hóa - Xã hội",), "2026-12-31"),
        Exp("Phổ biến pháp luật cho người dân tộc thiểu số", ("Phòng Văn hóa - Xã hội",),
            ("Công an xã", "Trưởng các buôn, thôn"), "2026-09-30"),
        Exp("Tổ chức trợ giúp pháp lý lưu động", ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh Đắk Lắk",),
            ("Phòng Văn hóa - Xã hội",), "2026-12-31", on_request=True),
        Exp("Tổ chức hưởng ứng Ngày Pháp luật Việt Nam", ("Phòng Văn hóa - Xã hội",),
            ("Trường THCS Nguyễn Du", "Trường Tiểu học Kim Đồng"), "2026-11-30"),
        Exp("Sơ kết, tổng kết hoạt động của Hội đồng", ("Thường trực Hội đồng",), ("các thành viên Hội đồng",),
            "2026-11-25"),
    ],
)

# ---------------------------------------------------------------- 4. đặc khu Phú Quốc, An Giang
_P4_ROWS = (
    ("Nội dung", "Phân công thực hiện", "", "Thời hạn hoàn thành", "Sản phẩm"),
    ("", "Chủ trì", "Phối hợp", "", ""),
    ("Tuyên truyền pháp luật về khai thác, bảo vệ nguồn lợi thủy sản, chống khai thác IUU", "Phòng Kinh tế",
     "Đồn Biên phòng Cửa Cạn; Hải đội 2 - Bộ Chỉ huy Bộ đội Biên phòng tỉnh; Hội Nông dân đặc khu",
     "Quý I - Quý IV/2026", "Tờ gấp, buổi tuyên truyền tại bến cá"),
    ("Phổ biến pháp luật về du lịch, bảo vệ môi trường cho hộ kinh doanh lưu trú", "Phòng Kinh tế",
     "Phòng Văn hóa - Xã hội, Ban Quản lý các khu du lịch", "Tháng 4 - tháng 6/2026", "02 hội nghị"),
    ("Biên soạn tài liệu song ngữ Việt - Anh về cư trú, xuất nhập cảnh cho người nước ngoài",
     "Công an đặc khu Phú Quốc", "Phòng Văn hóa - Xã hội", "Quý II/2026", "Tài liệu song ngữ"),
    ("Duy trì chuyên mục pháp luật trên sóng phát thanh, truyền hình",
     "Trung tâm Truyền thông và Văn hóa đặc khu", "Các phòng chuyên môn", "Thường xuyên",
     "Chuyên mục hằng tháng"),
    ("Hướng dẫn, kiện toàn tổ hòa giải ở cơ sở tại các khu phố, ấp", "Phòng Văn hóa - Xã hội",
     "Ủy ban MTTQ Việt Nam đặc khu; Trưởng các khu phố, ấp", "Khi có văn bản hướng dẫn của Sở Tư pháp",
     "Quyết định kiện toàn"),
    ("Tổ chức Ngày hội pháp luật cho ngư dân", "Phòng Văn hóa - Xã hội",
     "Đồn Biên phòng Cửa Cạn, Hội Nông dân đặc khu và Đoàn Thanh niên đặc khu", "Trước ngày 30/10/2026",
     "Ngày hội"),
    ("Sơ kết 6 tháng, tổng kết năm công tác phổ biến, giáo dục pháp luật", "Văn phòng HĐND và UBND đặc khu",
     "Phòng Văn hóa - Xã hội", "Tháng 6 và tháng 12/2026", "Báo cáo"),
)
PLAN_PHUQUOC = Plan(
    name="dac_khu_phu_quoc_an_giang",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN", "ĐẶC KHU PHÚ QUỐC", "31/KH-UBND", "Phú Quốc, ngày 03 tháng 02 năm 2026",
            "Phổ biến, giáo dục pháp luật về biển, đảo, du lịch", "trên địa bàn đặc khu Phú Quốc năm 2026",
        ),
        *_bases([
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;",
            "Căn cứ Kế hoạch số 15/KH-UBND ngày 12/01/2026 của UBND tỉnh An Giang về công tác phổ biến, giáo "
            "dục pháp luật năm 2026;",
            "Ủy ban nhân dân đặc khu Phú Quốc ban hành Kế hoạch như sau:",
        ]),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Nâng cao hiểu biết pháp luật của ngư dân, người kinh doanh du lịch, du khách và người nước ngoài cư "
          "trú trên đặc khu; bảo đảm phân công cụ thể, có sản phẩm đầu ra."),
        P("II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        T(_P4_ROWS, widths=(62, 30, 46, 30, 32)),
    ] + _ending(
        [
            P("III. TỔ CHỨC THỰC HIỆN", bold=True),
            P("Thủ trưởng các phòng, đơn vị được giao chủ trì chịu trách nhiệm trước Chủ tịch UBND đặc khu về "
              "tiến độ, chất lượng; gửi báo cáo về Phòng Văn hóa - Xã hội trước ngày 30/11/2026 để tổng hợp."),
        ],
        ["- Sở Tư pháp tỉnh An Giang;", "- TT Đảng ủy, HĐND đặc khu;", "- Các đơn vị tại phụ lục;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Minh Khoa"],
    ),
    expected=[
        Exp("Tuyên truyền pháp luật về khai thác, bảo vệ", ("Phòng Kinh tế",),
            ("Đồn Biên phòng Cửa Cạn", "Hải đội 2 - Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Hội Nông dân đặc khu"),
            "2026-12-31"),
        Exp("Phổ biến pháp luật về du lịch", ("Phòng Kinh tế",),
            ("Phòng Văn hóa - Xã hội", "Ban Quản lý các khu du lịch"), "2026-06-30"),
        Exp("Biên soạn tài liệu song ngữ Việt - Anh", ("Công an đặc khu Phú Quốc",), ("Phòng Văn hóa - Xã hội",),
            "2026-06-30"),
        Exp("Duy trì chuyên mục pháp luật trên sóng", ("Trung tâm Truyền thông và Văn hóa đặc khu",),
            ("Các phòng chuyên môn",), "2026-12-31"),
        Exp("Hướng dẫn, kiện toàn tổ hòa giải", ("Phòng Văn hóa - Xã hội",),
            ("Ủy ban MTTQ Việt Nam đặc khu", "Trưởng các khu phố, ấp"), "2026-12-31", on_request=True),
        Exp("Tổ chức Ngày hội pháp luật cho ngư dân", ("Phòng Văn hóa - Xã hội",),
            ("Đồn Biên phòng Cửa Cạn", "Hội Nông dân đặc khu", "Đoàn Thanh niên đặc khu"), "2026-10-30"),
        Exp("Sơ kết 6 tháng, tổng kết năm", ("Văn phòng HĐND và UBND đặc khu",), ("Phòng Văn hóa - Xã hội",),
            "2026-12-31"),
    ],
)

# ---------------------------------------------------------------- 5. phường Lê Chân, Hải Phòng
PLAN_LECHAN = Plan(
    name="phuong_le_chan_hai_phong",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN", "PHƯỜNG LÊ CHÂN", "18/KH-UBND", "Lê Chân, ngày 22 tháng 01 năm 2026",
            "Triển khai công tác phổ biến, giáo dục pháp luật năm 2026", "",
        ),
        *_bases([
            "Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012;",
            "Căn cứ Kế hoạch số 09/KH-UBND ngày 07/01/2026 của UBND thành phố Hải Phòng về phổ biến, giáo dục "
            "pháp luật năm 2026;",
            "Căn cứ tình hình thực tế tại địa phương, UBND phường Lê Chân xây dựng Kế hoạch như sau:",
        ]),
        *_purpose([
            "Nâng cao nhận thức pháp luật cho Nhân dân các tổ dân phố.",
            "Phòng ngừa vi phạm pháp luật, tệ nạn xã hội trên địa bàn phường.",
            "Xác định rõ người thực hiện, thời gian hoàn thành từng nội dung.",
            "Thường xuyên kiểm tra, đôn đốc.",
        ]),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Công tác chỉ đạo, điều hành", bold=True),
        P("a) Ban hành các văn bản chỉ đạo, hướng dẫn triển khai công tác phổ biến, giáo dục pháp luật năm 2026."),
        P("Người thực hiện: Công chức Tư pháp - Hộ tịch; phối hợp: Văn phòng HĐND và UBND phường. "
          "Thời gian: Tháng 01 - 02/2026."),
        P("b) Kiểm tra việc thực hiện công tác phổ biến, giáo dục pháp luật tại các tổ dân phố."),
        P("Chủ trì: Phó Chủ tịch UBND phường. Phối hợp: Công chức Tư pháp - Hộ tịch, Trưởng các tổ dân phố. "
          "Thời gian: Quý III/2026."),
        P("2. Công tác phổ biến, giáo dục pháp luật", bold=True),
        P("a) Phổ biến pháp luật về phòng, chống ma túy, bạo lực gia đình tại các tổ dân phố:"),
        P("- Công an phường chủ trì tuyên truyền pháp luật về phòng, chống ma túy tại các tổ dân phố, phối hợp "
          "với Đoàn Thanh niên phường. Thời gian: Quý II/2026."),
        P("- Hội Liên hiệp Phụ nữ phường chủ trì tuyên truyền Luật Phòng, chống bạo lực gia đình, phối hợp với "
          "Phòng Văn hóa - Xã hội và Trưởng các tổ dân phố. Thời gian: Tháng 6/2026."),
        P("b) Tuyên truyền pháp luật qua nhóm Zalo, trang Facebook của phường."),
        P("Văn phòng HĐND và UBND phường chủ trì; Trưởng các tổ dân phố phối hợp chia sẻ thông tin đến các nhóm "
          "Zalo của tổ. Thời gian: Thường xuyên."),
        P("c) Phổ biến pháp luật lao động cho người lao động tại doanh nghiệp."),
        P("Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp với Công đoàn phường tổ chức tại các doanh nghiệp "
          "trên địa bàn. Thời gian: Quý III, IV/2026."),
        P("3. Công tác hòa giải ở cơ sở", bold=True),
        P("a) Tập huấn kỹ năng hòa giải cho hòa giải viên các tổ dân phố."),
        P("Chủ trì: Công chức Tư pháp - Hộ tịch. Phối hợp: Ủy ban MTTQ Việt Nam phường. Thời gian: Tháng 5/2026."),
    ] + _ending(
        [
            P("III. TỔ CHỨC THỰC HIỆN", bold=True),
            P("Giao Công chức Tư pháp - Hộ tịch theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp báo cáo UBND "
              "phường và Sở Tư pháp trước ngày 08/12/2026."),
            P("Đề nghị Ủy ban MTTQ Việt Nam phường và các tổ chức chính trị - xã hội phường phối hợp thực hiện."),
        ],
        ["- Sở Tư pháp;", "- Đảng ủy phường;", "- Các tổ dân phố;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Đức Thịnh"],
    ),
    expected=[
        Exp("Ban hành các văn bản chỉ đạo, hướng dẫn", ("Công chức Tư pháp - Hộ tịch",),
            ("Văn phòng HĐND và UBND phường",), "2026-02-28"),
        Exp("Kiểm tra việc thực hiện công tác phổ biến", ("Phó Chủ tịch UBND phường",),
            ("Công chức Tư pháp - Hộ tịch", "Trưởng các tổ dân phố"), "2026-09-30"),
        Exp("Công an phường chủ trì tuyên truyền pháp luật", ("Công an phường",), ("Đoàn Thanh niên phường",),
            "2026-06-30"),
        Exp("Hội Liên hiệp Phụ nữ phường chủ trì", ("Hội Liên hiệp Phụ nữ phường",),
            ("Phòng Văn hóa - Xã hội", "Trưởng các tổ dân phố"), "2026-06-30"),
        Exp("Tuyên truyền pháp luật qua nhóm Zalo", ("Văn phòng HĐND và UBND phường",),
            ("Trưởng các tổ dân phố",), "2026-12-31"),
        Exp("Phổ biến pháp luật lao động cho người lao động", ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Công đoàn phường",), "2026-12-31"),
        Exp("Tập huấn kỹ năng hòa giải cho hòa giải viên", ("Công chức Tư pháp - Hộ tịch",),
            ("Ủy ban MTTQ Việt Nam phường",), "2026-05-31"),
    ],
)

# ---------------------------------------------------------------- 6. xã Yên Thành, Nghệ An (hòa giải)
PLAN_YENTHANH = Plan(
    name="xa_yen_thanh_nghe_an_hoa_giai",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN", "XÃ YÊN THÀNH", "24/KH-UBND", "Yên Thành, ngày 10 tháng 02 năm 2026",
            "Thực hiện công tác hòa giải ở cơ sở năm 2026", "",
        ),
        *_bases([
            "Căn cứ Luật Hòa giải ở cơ sở ngày 20/6/2013;",
            "Căn cứ Nghị định số 15/2014/NĐ-CP ngày 27/02/2014 của Chính phủ quy định chi tiết một số điều và "
            "biện pháp thi hành Luật Hòa giải ở cơ sở;",
            "Căn cứ Kế hoạch số 55/KH-UBND ngày 20/01/2026 của UBND tỉnh Nghệ An;",
        ]),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Củng cố tổ chức, nâng cao năng lực đội ngũ hòa giải viên; giải quyết kịp thời mâu thuẫn, tranh chấp "
          "nhỏ ngay tại xóm, góp phần giữ gìn an ninh trật tự."),
        P("II. NỘI DUNG, NHIỆM VỤ", bold=True),
        P("1. Củng cố, kiện toàn tổ chức", bold=True),
        P("1.1. Rà soát, kiện toàn tổ hòa giải và tổ trưởng tổ hòa giải"),
        P("Cơ quan thực hiện: Công chức Tư pháp - Hộ tịch; Ban công tác Mặt trận các xóm."),
        P("Cơ quan phối hợp: Trưởng các xóm."),
        P("Thời hạn: Quý I/2026."),
        P("1.2. Công nhận, cho thôi làm hòa giải viên"),
        P("Cơ quan thực hiện: Chủ tịch UBND xã."),
        P("Cơ quan phối hợp: Ủy ban MTTQ Việt Nam xã."),
        P("Thời hạn: Khi có đề nghị của Ban công tác Mặt trận."),
        P("2. Nâng cao năng lực hòa giải viên", bold=True),
        P("2.1. Tổ chức tập huấn, bồi dưỡng nghiệp vụ hòa giải"),
        P("Cơ quan thực hiện: Phòng Văn hóa - Xã hội."),
        P("Cơ quan phối hợp: Ủy ban MTTQ Việt Nam xã, Công an xã."),
        P("Thời hạn: Tháng 7 - tháng 8/2026."),
        P("2.2. Cung cấp tài liệu, sổ sách hòa giải cho các tổ"),
        P("Cơ quan thực hiện: Văn phòng HĐND và UBND xã."),
        P("Thời hạn: Quý II/2026."),
        P("3. Hoạt động hòa giải và thi đua", bold=True),
        P("3.1. Thực hiện hòa giải các vụ việc mâu thuẫn, tranh chấp"),
        P("Cơ quan thực hiện: Các tổ hòa giải ở cơ sở."),
        P("Cơ quan phối hợp: Trưởng các xóm; Công an xã; Hội Nông dân xã, Hội Cựu chiến binh xã và Hội Liên hiệp "
          "Phụ nữ xã."),
        P("Thời hạn: Thường xuyên."),
        P("3.2. Tham gia Hội thi hòa giải viên giỏi cấp tỉnh"),
        P("Cơ quan thực hiện: Phòng Văn hóa - Xã hội."),
        P("Cơ quan phối hợp: Ủy ban MTTQ Việt Nam xã."),
        P("Thời hạn: Sau khi Sở Tư pháp ban hành kế hoạch tổ chức Hội thi."),
        P("III. KINH PHÍ", bold=True),
        P("Thực hiện theo Nghị quyết số 12/2025/NQ-HĐND ngày 18/7/2025 của HĐND tỉnh Nghệ An về mức chi hỗ trợ "
          "công tác hòa giải ở cơ sở."),
    ] + _ending(
        [
            P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
            P("Phòng Văn hóa - Xã hội tham mưu UBND xã triển khai, kiểm tra; báo cáo kết quả năm gửi Sở Tư pháp "
              "trước ngày 10/11/2026."),
        ],
        ["- Sở Tư pháp (b/c);", "- UB MTTQ xã;", "- Các xóm;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Phan Văn Hào"],
    ),
    expected=[
        Exp("Rà soát, kiện toàn tổ hòa giải và tổ trưởng",
            ("Công chức Tư pháp - Hộ tịch", "Ban công tác Mặt trận các xóm"), ("Trưởng các xóm",), "2026-03-31"),
        Exp("Công nhận, cho thôi làm hòa giải viên", ("Chủ tịch UBND xã",), ("Ủy ban MTTQ Việt Nam xã",),
            "2026-12-31", on_request=True),
        Exp("Tổ chức tập huấn, bồi dưỡng nghiệp vụ", ("Phòng Văn hóa - Xã hội",),
            ("Ủy ban MTTQ Việt Nam xã", "Công an xã"), "2026-08-31"),
        Exp("Cung cấp tài liệu, sổ sách hòa giải", ("Văn phòng HĐND và UBND xã",), (), "2026-06-30"),
        Exp("Thực hiện hòa giải các vụ việc", ("Các tổ hòa giải ở cơ sở",),
            ("Trưởng các xóm", "Công an xã", "Hội Nông dân xã", "Hội Cựu chiến binh xã", "Hội Liên hiệp Phụ nữ xã"),
            "2026-12-31"),
        Exp("Tham gia Hội thi hòa giải viên giỏi", ("Phòng Văn hóa - Xã hội",), ("Ủy ban MTTQ Việt Nam xã",),
            "2026-12-31", on_request=True),
    ],
)

# ---------------------------------------------------------------- 7. xã Mường Khương, Lào Cai
PLAN_MUONGKHUONG = Plan(
    name="xa_muong_khuong_lao_cai",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN", "XÃ MƯỜNG KHƯƠNG", "07/KH-UBND", "Mường Khương, ngày 16 tháng 01 năm 2026",
            "Công tác phổ biến, giáo dục pháp luật và xây dựng xã đạt chuẩn", "tiếp cận pháp luật năm 2026",
        ),
        *_bases([
            "Căn cứ Quyết định số 25/2021/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ;",
            "Căn cứ Kế hoạch số 27/KH-UBND ngày 09/01/2026 của UBND tỉnh Lào Cai về công tác phổ biến, giáo "
            "dục pháp luật năm 2026;",
        ]),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Đổi mới hình thức phổ biến phù hợp với đồng bào dân tộc Mông, Dao, Nùng, Phù Lá."),
        P("- Phấn đấu xã đạt chuẩn tiếp cận pháp luật năm 2026."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Phổ biến, giáo dục pháp luật", bold=True),
        P("- Phổ biến nội dung các luật, nghị quyết mới thông qua tại kỳ họp Quốc hội"),
        P("+ Đơn vị chủ trì: Phòng Văn hóa - Xã hội."),
        P("+ Đơn vị phối hợp: Các cơ quan, đơn vị thuộc UBND xã."),
        P("+ Thời gian: Sau khi các luật được công bố và có hướng dẫn của UBND tỉnh."),
        P("- Tuyên truyền pháp luật bằng tiếng dân tộc Mông, Dao tại các thôn vùng cao"),
        P("+ Đơn vị chủ trì: Phòng Văn hóa - Xã hội; Trung tâm Dịch vụ tổng hợp xã."),
        P("+ Đơn vị phối hợp: Người có uy tín trong đồng bào dân tộc thiểu số, Trưởng các thôn."),
        P("+ Thời gian: Quý II - Quý IV/2026."),
        P("- Phổ biến pháp luật về phòng, chống mua bán người, xuất cảnh trái phép"),
        P("+ Đơn vị chủ trì: Công an xã."),
        P("+ Đơn vị phối hợp: Đồn Biên phòng Mường Khương, Hội Liên hiệp Phụ nữ xã."),
        P("+ Thời gian: Từ tháng 4 đến tháng 7/2026."),
        P("- Lồng ghép phổ biến pháp luật trong sinh hoạt chi hội, chi đoàn"),
        P("+ Đơn vị chủ trì: Hội Nông dân xã, Hội Cựu chiến binh xã, Đoàn Thanh niên xã."),
        P("+ Thời gian: Hằng tháng."),
        P("2. Xây dựng xã đạt chuẩn tiếp cận pháp luật", bold=True),
        P("- Xây dựng, duy trì tủ sách pháp luật tại nhà văn hóa các thôn"),
        P("+ Đơn vị chủ trì: Văn phòng HĐND và UBND xã."),
        P("+ Đơn vị phối hợp: Trưởng các thôn."),
        P("+ Thời gian: Năm 2026."),
        P("- Tiếp nhận, giải đáp vướng mắc pháp luật tại Trung tâm Phục vụ hành chính công xã"),
        P("+ Đơn vị chủ trì: Trung tâm Phục vụ hành chính công xã."),
        P("+ Đơn vị phối hợp: Công chức Tư pháp - Hộ tịch."),
        P("+ Thời gian: Thường xuyên."),
        P("- Đánh giá, công nhận xã đạt chuẩn tiếp cận pháp luật"),
        P("+ Đơn vị chủ trì: Phòng Văn hóa - Xã hội."),
        P("+ Đơn vị phối hợp: Các thành viên Hội đồng đánh giá chuẩn tiếp cận pháp luật xã."),
        P("+ Thời gian: Trước ngày 30/11/2026."),
    ] + _ending(
        [
            P("III. TỔ CHỨC THỰC HIỆN", bold=True),
            P("Các cơ quan, đơn vị, Trưởng các thôn có trách nhiệm triển khai Kế hoạch; báo cáo kết quả (qua Phòng "
              "Văn hóa - Xã hội) trước ngày 20/11/2026."),
        ],
        ["- Sở Tư pháp;", "- Đảng ủy xã;", "- Các thôn;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Vàng Seo Dìn"],
    ),
    expected=[
        Exp("Phổ biến nội dung các luật, nghị quyết mới", ("Phòng Văn hóa - Xã hội",),
            ("Các cơ quan, đơn vị thuộc UBND xã",), "2026-12-31", on_request=True),
        Exp("Tuyên truyền pháp luật bằng tiếng dân tộc", ("Phòng Văn hóa - Xã hội", "Trung tâm Dịch vụ tổng hợp xã"),
            ("Người có uy tín trong đồng bào dân tộc thiểu số", "Trưởng các thôn"), "2026-12-31"),
        Exp("Phổ biến pháp luật về phòng, chống mua bán người", ("Công an xã",),
            ("Đồn Biên phòng Mường Khương", "Hội Liên hiệp Phụ nữ xã"), "2026-07-31"),
        Exp("Lồng ghép phổ biến pháp luật trong sinh hoạt",
            ("Hội Nông dân xã", "Hội Cựu chiến binh xã", "Đoàn Thanh niên xã"), (), "2026-12-31"),
        Exp("Xây dựng, duy trì tủ sách pháp luật", ("Văn phòng HĐND và UBND xã",), ("Trưởng các thôn",),
            "2026-12-31"),
        Exp("Tiếp nhận, giải đáp vướng mắc pháp luật", ("Trung tâm Phục vụ hành chính công xã",),
            ("Công chức Tư pháp - Hộ tịch",), "2026-12-31"),
        Exp("Đánh giá, công nhận xã đạt chuẩn", ("Phòng Văn hóa - Xã hội",),
            ("Các thành viên Hội đồng đánh giá chuẩn tiếp cận pháp luật xã",), "2026-11-30"),
    ],
)

# ---------------------------------------------------------------- 8. phường Bến Thành, TP.HCM
_P8_ROWS = (
    ("STT", "Nội dung", "Thời gian", "Cơ quan chủ trì", "Cơ quan phối hợp"),
    ("1", "Treo băng rôn, pano, khẩu hiệu hưởng ứng Ngày Pháp luật", "Từ ngày 01/11 đến ngày 15/11/2026",
     "Phòng Văn hóa - Xã hội", "Ban điều hành các khu phố"),
    ("2", "Tổ chức Lễ hưởng ứng Ngày Pháp luật Việt Nam năm 2026", "Ngày 09/11/2026",
     "Văn phòng HĐND và UBND phường", "Phòng Văn hóa - Xã hội; Ủy ban MTTQ Việt Nam phường"),
    ("3", "Tổ chức tọa đàm \"Pháp luật với thanh niên\"", "Tháng 10/2026", "Đoàn Thanh niên phường",
     "Công an phường, Trường THPT Trưng Vương"),
    ("4", "Tư vấn pháp luật miễn phí cho người dân về hôn nhân, gia đình, thừa kế",
     "Tuần lễ từ 02/11 - 08/11/2026", "Hội Liên hiệp Phụ nữ phường",
     "Phòng Văn hóa - Xã hội, Đoàn Luật sư Thành phố Hồ Chí Minh"),
    ("5", "Phát động cuộc thi viết \"Chung tay xây dựng phường văn minh, thượng tôn pháp luật\"",
     "Tháng 9 - 10/2026", "Phòng Văn hóa - Xã hội", "Các trường học trên địa bàn phường"),
    ("6", "Báo cáo kết quả hưởng ứng Ngày Pháp luật", "Trước ngày 20/11/2026", "Phòng Văn hóa - Xã hội",
     "Các đơn vị, đoàn thể phường"),
)
PLAN_BENTHANH = Plan(
    name="phuong_ben_thanh_hcm_ngay_phap_luat",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN", "PHƯỜNG BẾN THÀNH", "142/KH-UBND", "Thành phố Hồ Chí Minh, ngày 05 tháng 9 năm 2026",
            "Tổ chức hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam",
            "năm 2026 trên địa bàn phường Bến Thành",
        ),
        *_bases([
            "Căn cứ Điều 8 Luật Phổ biến, giáo dục pháp luật năm 2012;",
            "Căn cứ Kế hoạch số 4512/KH-UBND ngày 20/8/2026 của UBND Thành phố Hồ Chí Minh về tổ chức hưởng "
            "ứng Ngày Pháp luật năm 2026;",
        ]),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Tôn vinh Hiến pháp, pháp luật; tạo đợt sinh hoạt pháp luật sâu rộng trong Nhân dân, thu hút du khách "
          "và người lao động trên địa bàn trung tâm Thành phố."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG", bold=True),
        T(_P8_ROWS, widths=(10, 70, 36, 36, 38)),
    ] + _ending(
        [
            P("III. TỔ CHỨC THỰC HIỆN", bold=True),
            P("Các đơn vị được phân công chủ động phối hợp thực hiện; kinh phí từ nguồn ngân sách phường và xã "
              "hội hóa. Trong quá trình thực hiện có vướng mắc, phản ánh về Phòng Văn hóa - Xã hội."),
        ],
        ["- Sở Tư pháp TP.HCM;", "- Thường trực Đảng ủy phường;", "- Như phân công;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đỗ Thị Ngọc Lan"],
    ),
    expected=[
        Exp("Treo băng rôn, pano, khẩu hiệu", ("Phòng Văn hóa - Xã hội",), ("Ban điều hành các khu phố",),
            "2026-11-15"),
        Exp("Tổ chức Lễ hưởng ứng Ngày Pháp luật", ("Văn phòng HĐND và UBND phường",),
            ("Phòng Văn hóa - Xã hội", "Ủy ban MTTQ Việt Nam phường"), "2026-11-09"),
        Exp("Tổ chức tọa đàm", ("Đoàn Thanh niên phường",),
            ("Công an phường", "Trường THPT Trưng Vương"), "2026-10-31"),
        Exp("Tư vấn pháp luật miễn phí cho người dân", ("Hội Liên hiệp Phụ nữ phường",),
            ("Phòng Văn hóa - Xã hội", "Đoàn Luật sư Thành phố Hồ Chí Minh"), "2026-11-08"),
        Exp("Phát động cuộc thi viết", ("Phòng Văn hóa - Xã hội",), ("Các trường học trên địa bàn phường",),
            "2026-10-31"),
        Exp("Báo cáo kết quả hưởng ứng Ngày Pháp luật", ("Phòng Văn hóa - Xã hội",),
            ("Các đơn vị, đoàn thể phường",), "2026-11-20"),
    ],
)

# ---------------------------------------------------------------- 9. xã Khánh Bình, Cà Mau
PLAN_KHANHBINH = Plan(
    name="xa_khanh_binh_ca_mau",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN", "XÃ KHÁNH BÌNH", "15/KH-UBND", "Khánh Bình, ngày 28 tháng 01 năm 2026",
            "Phổ biến, giáo dục pháp luật năm 2026", "",
        ),
        *_bases([
            "Căn cứ Kế hoạch số 33/KH-UBND ngày 13/01/2026 của UBND tỉnh Cà Mau về công tác phổ biến, giáo dục "
            "pháp luật; hòa giải ở cơ sở năm 2026;",
            "Căn cứ Kế hoạch số 02/KH-HĐPH ngày 15/01/2026 của Hội đồng phối hợp phổ biến, giáo dục pháp luật "
            "tỉnh;",
        ]),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Tiếp tục đưa pháp luật vào cuộc sống ở các ấp ven biển; chú trọng đối tượng ngư dân, hộ nghèo, học "
          "sinh và người lao động đi làm ăn xa."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG NHIỆM VỤ", bold=True),
        P("1. Phổ biến pháp luật về bảo vệ, phát triển rừng phòng hộ ven biển. Phòng Kinh tế chủ trì; Ban Quản "
          "lý rừng phòng hộ biển Tây và Trưởng các ấp phối hợp. Thời gian: Quý II/2026."),
        P("2. Tuyên truyền pháp luật về an toàn thực phẩm, phòng, chống hàng giả. Phòng Văn hóa - Xã hội chủ "
          "trì; Trạm Y tế xã, Công an xã phối hợp. Thời gian: tháng 01 và tháng 9/2026."),
        P("3. Vận động Nhân dân chấp hành pháp luật gắn với phong trào \"Toàn dân đoàn kết xây dựng đời sống văn "
          "hóa\". Đề nghị Ủy ban MTTQ Việt Nam xã chủ trì, phối hợp với Hội Nông dân xã, Hội Liên hiệp Phụ nữ "
          "xã, Hội Cựu chiến binh xã, Đoàn Thanh niên xã thực hiện. Thời gian: cả năm."),
        P("4. Phổ biến pháp luật cho học sinh trong các trường học. Trường THCS Khánh Bình, Trường Tiểu học "
          "Khánh Bình 1 chủ trì; Công an xã phối hợp. Thời gian: tháng 3 - tháng 12/2026."),
        P("5. Đăng tải tin, bài phổ biến pháp luật trên Trang thông tin điện tử xã và nhóm Zalo các ấp. Văn phòng "
          "HĐND và UBND xã chủ trì; các phòng chuyên môn thuộc UBND xã phối hợp cung cấp nội dung. Thời gian: "
          "thường xuyên."),
        P("6. Trợ giúp pháp lý cho người thuộc hộ nghèo, đối tượng chính sách. Đề nghị Trung tâm Trợ giúp pháp "
          "lý nhà nước tỉnh Cà Mau phối hợp với Phòng Văn hóa - Xã hội thực hiện khi có yêu cầu của người dân."),
        P("7. Tổng kết công tác phổ biến, giáo dục pháp luật năm 2026. Phòng Văn hóa - Xã hội chủ trì; thời gian: "
          "trước ngày 05/12/2026."),
    ] + _ending(
        [
            P("III. TỔ CHỨC THỰC HIỆN", bold=True),
            P("Thủ trưởng các phòng chuyên môn, Trưởng các ấp căn cứ nhiệm vụ được giao tổ chức thực hiện, báo "
              "cáo kết quả về UBND xã (qua Phòng Văn hóa - Xã hội) 6 tháng trước ngày 05/6/2026, năm trước ngày "
              "25/11/2026."),
        ],
        ["- Sở Tư pháp tỉnh Cà Mau;", "- Đảng ủy xã;", "- UB MTTQ VN xã;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lâm Văn Sơn"],
    ),
    expected=[
        Exp("Phổ biến pháp luật về bảo vệ, phát triển rừng", ("Phòng Kinh tế",),
            ("Ban Quản lý rừng phòng hộ biển Tây", "Trưởng các ấp"), "2026-06-30"),
        Exp("Tuyên truyền pháp luật về an toàn thực phẩm", ("Phòng Văn hóa - Xã hội",),
            ("Trạm Y tế xã", "Công an xã"), "2026-09-30"),
        Exp("Vận động Nhân dân chấp hành pháp luật", ("Ủy ban MTTQ Việt Nam xã",),
            ("Hội Nông dân xã", "Hội Liên hiệp Phụ nữ xã", "Hội Cựu chiến binh xã", "Đoàn Thanh niên xã"),
            "2026-12-31"),
        Exp("Phổ biến pháp luật cho học sinh", ("Trường THCS Khánh Bình", "Trường Tiểu học Khánh Bình 1"),
            ("Công an xã",), "2026-12-31"),
        Exp("Đăng tải tin, bài phổ biến pháp luật", ("Văn phòng HĐND và UBND xã",),
            ("các phòng chuyên môn thuộc UBND xã",), "2026-12-31"),
        Exp("Trợ giúp pháp lý cho người thuộc hộ nghèo", ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh Cà Mau",),
            ("Phòng Văn hóa - Xã hội",), "2026-12-31", on_request=True),
        Exp("Tổng kết công tác phổ biến, giáo dục pháp luật", ("Phòng Văn hóa - Xã hội",), (), "2026-12-05"),
    ],
)

# ---------------------------------------------------------------- 10. đặc khu Vân Đồn, Quảng Ninh (2027)
_P10_ROWS = (
    ("STT", "Nhiệm vụ", "Chủ trì thực hiện", "Phối hợp thực hiện", "Tiến độ", "Kinh phí"),
    ("A", "PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT", "", "", "", ""),
    ("1", "Phổ biến pháp luật về biển, đảo và quy định khai thác thủy sản cho ngư dân", "Phòng Kinh tế",
     "Đồn Biên phòng Cái Rồng;\nHội Nông dân đặc khu", "Quý I - Quý III/2027", "Ngân sách đặc khu"),
    ("2", "Tuyên truyền pháp luật về đầu tư, kinh doanh du lịch cho doanh nghiệp, hộ kinh doanh",
     "Phòng Kinh tế", "Hiệp hội Du lịch Vân Đồn", "Tháng 3 - tháng 5/2027", "Xã hội hóa"),
    ("3", "Phổ biến pháp luật lao động cho công nhân tại Khu kinh tế Vân Đồn",
     "Ban Quản lý Khu kinh tế tỉnh Quảng Ninh", "Công đoàn đặc khu,\nPhòng Văn hóa - Xã hội", "Quý II/2027",
     "Ngân sách tỉnh"),
    ("4", "Phổ biến quy định về cư trú, xuất nhập cảnh cho khách du lịch và người nước ngoài",
     "Công an đặc khu", "Phòng Văn hóa - Xã hội", "Thường xuyên", "Ngân sách đặc khu"),
    ("B", "HÒA GIẢI Ở CƠ SỞ, TIẾP CẬN PHÁP LUẬT", "", "", "", ""),
    ("5", "Bồi dưỡng kỹ năng cho hòa giải viên ở các thôn, khu phố", "Phòng Văn hóa - Xã hội",
     "Ủy ban MTTQ Việt Nam đặc khu", "Tháng 6/2027", "15 triệu đồng"),
    ("6", "Cập nhật, công khai thủ tục hành chính và tài liệu pháp luật tại Trung tâm Phục vụ hành chính công",
     "Trung tâm Phục vụ hành chính công đặc khu", "Văn phòng HĐND và UBND đặc khu",
     "Khi có quyết định công bố thủ tục hành chính mới của Chủ tịch UBND tỉnh", "Không phát sinh"),
    ("7", "Tự đánh giá đặc khu đạt chuẩn tiếp cận pháp luật năm 2027", "Phòng Văn hóa - Xã hội",
     "Các thành viên Hội đồng đánh giá", "Trước ngày 15/11/2027", ""),
)
PLAN_VANDON = Plan(
    name="dac_khu_van_don_quang_ninh_2027",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN", "ĐẶC KHU VÂN ĐỒN", "268/KH-UBND", "Vân Đồn, ngày 21 tháng 12 năm 2026",
            "Công tác phổ biến, giáo dục pháp luật; hòa giải ở cơ sở", "năm 2027",
        ),
        *_bases([
            "Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20/6/2012;",
            "Căn cứ Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị về đổi mới công tác xây dựng và thi "
            "hành pháp luật;",
            "Căn cứ Kế hoạch số 301/KH-UBND ngày 10/12/2026 của UBND tỉnh Quảng Ninh;",
        ]),
        *_purpose([
            "Nâng cao chất lượng phổ biến pháp luật gắn với phát triển kinh tế biển và du lịch của đặc khu.",
            "Xây dựng đặc khu đạt chuẩn tiếp cận pháp luật năm 2027.",
            "Bám sát nhiệm vụ chính trị của đặc khu; bảo đảm tiết kiệm, hiệu quả.",
            "Các nhiệm vụ phải có đơn vị chủ trì, tiến độ và nguồn kinh phí rõ ràng.",
        ]),
        P("II. NHIỆM VỤ TRỌNG TÂM", bold=True),
        T(_P10_ROWS, widths=(10, 64, 36, 36, 28, 24)),
    ] + _ending(
        [
            P("III. TỔ CHỨC THỰC HIỆN", bold=True),
            P("1. Phòng Văn hóa - Xã hội: hướng dẫn, kiểm tra, tổng hợp kết quả thực hiện Kế hoạch; tham mưu báo "
              "cáo UBND tỉnh (qua Sở Tư pháp) trước ngày 01/12/2027."),
            P("2. Phòng Kinh tế: bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách năm 2027."),
            P("3. Đề nghị Ủy ban MTTQ Việt Nam đặc khu và các tổ chức chính trị - xã hội phối hợp thực hiện."),
        ],
        ["- UBND tỉnh (b/c);", "- Sở Tư pháp;", "- TT Đảng ủy, HĐND đặc khu;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Vũ Quốc Trung"],
    ),
    expected=[
        Exp("Phổ biến pháp luật về biển, đảo", ("Phòng Kinh tế",),
            ("Đồn Biên phòng Cái Rồng", "Hội Nông dân đặc khu"), "2027-09-30"),
        Exp("Tuyên truyền pháp luật về đầu tư", ("Phòng Kinh tế",), ("Hiệp hội Du lịch Vân Đồn",), "2027-05-31"),
        Exp("Phổ biến pháp luật lao động cho công nhân", ("Ban Quản lý Khu kinh tế tỉnh Quảng Ninh",),
            ("Công đoàn đặc khu", "Phòng Văn hóa - Xã hội"), "2027-06-30"),
        Exp("Phổ biến quy định về cư trú", ("Công an đặc khu",), ("Phòng Văn hóa - Xã hội",), "2027-12-31"),
        Exp("Bồi dưỡng kỹ năng cho hòa giải viên", ("Phòng Văn hóa - Xã hội",), ("Ủy ban MTTQ Việt Nam đặc khu",),
            "2027-06-30"),
        Exp("Cập nhật, công khai thủ tục hành chính", ("Trung tâm Phục vụ hành chính công đặc khu",),
            ("Văn phòng HĐND và UBND đặc khu",), "2027-12-31", on_request=True),
        Exp("Tự đánh giá đặc khu đạt chuẩn", ("Phòng Văn hóa - Xã hội",), ("Các thành viên Hội đồng đánh giá",),
            "2027-11-15"),
    ],
)

PLANS: list[Plan] = [
    PLAN_THANHSON, PLAN_HACTHANH, PLAN_EAKLY, PLAN_PHUQUOC, PLAN_LECHAN,
    PLAN_YENTHANH, PLAN_MUONGKHUONG, PLAN_BENTHANH, PLAN_KHANHBINH, PLAN_VANDON,
]
