"""Held-out evaluation set 60: mass organisations, police, army, Fatherland Front and unions (2026).

Ten plans written for this set only, answers typed by hand (issue 4 rules).

1. PLAN_CAT (Công an tỉnh Thái Nguyên): task table STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp |
   Thời gian | Sản phẩm, roman group rows, ";"-lists, quarter range, event-triggered row, two dates.
2. PLAN_BCHQS (Bộ Chỉ huy Quân sự tỉnh Nghệ An): bold "1." headings, body paragraph, then dash label lines
   "- Cơ quan chủ trì:", "- Cơ quan phối hợp:", "- Thời gian:"; names with dashes; "khi có" trigger.
3. PLAN_MTTQ (Ban Thường trực Ủy ban MTTQ tỉnh Quảng Trị): non-bold "1." items with prose assignments
   ("X chủ trì, phối hợp với Y"), one item with four dash blocks "content: X chủ trì; thời gian: …",
   "Quý II, III", "khi có đề nghị" trigger.
4. PLAN_LDLD (Liên đoàn Lao động tỉnh Đồng Nai): table without STT, two-row header (Phân công → Chủ trì /
   Phối hợp), letter group rows, "Ghi chú" column, two lead units in one cell, Tổng Liên đoàn trigger.
5. PLAN_TINHDOAN (Tỉnh Đoàn Lâm Đồng, "-KH/TĐTN" number): bold "1." groups, "1.1." tasks with one inline
   line "Đơn vị chủ trì: …; phối hợp: …; thời gian: …", "Tháng 3 - 5/2026", a final heading task in prose.
6. PLAN_HPN (Hội LHPN xã Hiệp Hòa, Bắc Ninh): roman parts, "a)" items, persons as units (Phó Chủ tịch
   Hội LHPN xã, Chi hội trưởng …), one item with two dash blocks, trigger "khi Trung tâm … có kế hoạch".
7. PLAN_CAP (Công an phường Quy Nhơn, Gia Lai): "1." non-bold headings with "+ Chủ trì:", "+ Phối hợp:",
   "+ Thời gian:" bullets, persons as units, event trigger, task without coordinating unit.
8. PLAN_HND (Hội Nông dân tỉnh An Giang, 2027 plan dated 12/2026): table STT | Nội dung hoạt động |
   Thời gian thực hiện | Đơn vị thực hiện | Đơn vị phối hợp | Kinh phí (time before units), 2027 deadlines.
9. PLAN_XA (UBND xã Nam Sách, Hải Phòng): responsibilities grouped BY UNIT: bold unit headings
   ("2. Công an xã", "3. Đề nghị Ủy ban MTTQ Việt Nam xã") with "-" task lines ending in "; thời gian: …";
   four leads in one heading; on-request line.
10. PLAN_BDBP (Bộ Chỉ huy BĐBP tỉnh Quảng Ninh): bold "1." groups with bold "a)" headings and one inline
   line "Chủ trì thực hiện: X. Phối hợp: Y. Tiến độ: Z."; a "3." heading task in prose; trigger.
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T

_START: list[P | T] = []  # typed start of a block list that mixes paragraphs and tables


def _head(org_up: str, org: str, number: str, place_date: str, title: str) -> list[P | T]:
    return [
        P(org_up, center=True),
        P(org, bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True),
        P("Độc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P(f"Số: {number}", center=True),
        P(place_date, center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P(title, bold=True, center=True),
    ]


def _end(recipients: list[str], signer: list[str]) -> list[P | T]:
    out: list[P | T] = [P("Nơi nhận:", bold=True)]
    out += [P(r) for r in recipients]
    out += [P("- Lưu: VT.")]
    out += [P(s, bold=True, center=True) for s in signer]
    return out


# ---------------------------------------------------------------- 1. Công an tỉnh (table)
_CAT_ROWS = (
    ("STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Sản phẩm"),
    ("I", "PHỔ BIẾN PHÁP LUẬT TRONG CÁN BỘ, CHIẾN SĨ", "", "", "", ""),
    ("1", "Quán triệt, phổ biến các luật, nghị quyết mới được Quốc hội thông qua tại Kỳ họp thứ 10, "
     "Quốc hội khóa XV cho cán bộ, chiến sĩ Công an tỉnh",
     "Phòng Tham mưu", "Phòng Công tác đảng và công tác chính trị; Công an các xã, phường",
     "Quý I/2026", "Hội nghị quán triệt trực tuyến"),
    ("2", "Tổ chức Cuộc thi tìm hiểu pháp luật về phòng cháy, chữa cháy và cứu nạn, cứu hộ trong "
     "lực lượng Công an và đoàn viên thanh niên",
     "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",
     "Tỉnh Đoàn Thái Nguyên, Liên đoàn Lao động tỉnh", "Tháng 4 - tháng 9/2026",
     "Cuộc thi; quyết định khen thưởng"),
    ("II", "PHỔ BIẾN PHÁP LUẬT CHO NHÂN DÂN VÀ ĐỐI TƯỢNG ĐẶC THÙ", "", "", "", ""),
    ("3", "Tuyên truyền Luật Trật tự, an toàn giao thông đường bộ, Luật Đường bộ và các nghị định "
     "hướng dẫn trên báo chí, mạng xã hội",
     "Phòng Cảnh sát giao thông", "Báo và Phát thanh, Truyền hình Thái Nguyên; Sở Giáo dục và Đào tạo",
     "Thường xuyên", "Tin, bài, phóng sự"),
    ("4", "Phổ biến pháp luật cho phạm nhân, người bị tạm giam, tạm giữ",
     "Trại tạm giam Công an tỉnh",
     "Phòng Cảnh sát quản lý tạm giữ, tạm giam và thi hành án hình sự tại cộng đồng",
     "Hằng quý", "Buổi sinh hoạt chuyên đề"),
    ("5", "Tuyên truyền pháp luật về phòng, chống tội phạm sử dụng công nghệ cao, lừa đảo chiếm đoạt "
     "tài sản trên không gian mạng",
     "Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao",
     "Sở Khoa học và Công nghệ; Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh",
     "Cả năm 2026", "Cẩm nang, video clip"),
    ("6", "Phổ biến Luật Căn cước, Luật Cư trú và hướng dẫn người dân sử dụng ứng dụng VNeID",
     "Phòng Cảnh sát quản lý hành chính về trật tự xã hội", "Công an các xã, phường",
     "Quý II - Quý III/2026", "Tờ gấp, pano"),
    ("7", "Phổ biến các văn bản quy định chi tiết Luật Phòng, chống ma túy (sửa đổi)",
     "Phòng Cảnh sát điều tra tội phạm về ma túy", "Công an các xã, phường; Sở Y tế",
     "Sau khi văn bản được ban hành", "Tài liệu hỏi - đáp"),
    ("III", "KIỂM TRA, SƠ KẾT, TỔNG KẾT", "", "", "", ""),
    ("8", "Sơ kết 6 tháng, tổng kết năm công tác phổ biến, giáo dục pháp luật",
     "Phòng Tham mưu", "Các phòng nghiệp vụ, Công an các xã, phường",
     "Trước ngày 15/6/2026 và trước ngày 15/11/2026", "Báo cáo"),
)

PLAN_CAT = Plan(
    name="cat_thainguyen",
    blocks=_head(
        "BỘ CÔNG AN", "CÔNG AN TỈNH THÁI NGUYÊN", "215/KH-CAT-PV01",
        "Thái Nguyên, ngày 20 tháng 01 năm 2026",
        "Công tác phổ biến, giáo dục pháp luật trong Công an tỉnh năm 2026",
    ) + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012; Kế hoạch số 12/KH-BCA-X01 ngày 08/01/2026 "
          "của Bộ Công an về công tác phổ biến, giáo dục pháp luật năm 2026; Kế hoạch số 05/KH-HĐPH ngày "
          "12/01/2026 của Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh, Công an tỉnh xây dựng Kế "
          "hoạch thực hiện như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Nâng cao nhận thức, ý thức chấp hành pháp luật của cán bộ, chiến sĩ và Nhân dân; góp phần "
          "giữ vững an ninh chính trị, bảo đảm trật tự, an toàn xã hội trên địa bàn tỉnh."),
        P("2. Công tác phổ biến phải bám sát nhiệm vụ chính trị của lực lượng Công an, có trọng tâm, "
          "trọng điểm, tránh hình thức; phân công rõ đơn vị chủ trì, thời gian và sản phẩm."),
        P("II. NỘI DUNG, PHÂN CÔNG THỰC HIỆN", bold=True),
        P("(Có Phụ lục phân công kèm theo)"),
        T(_CAT_ROWS, widths=(10, 62, 34, 40, 24, 26)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Phòng Tham mưu là đơn vị thường trực, theo dõi, đôn đốc các đơn vị triển khai Kế hoạch."),
        P("2. Phòng Hậu cần bảo đảm kinh phí từ nguồn ngân sách được giao năm 2026."),
        P("3. Thủ trưởng các đơn vị báo cáo kết quả 6 tháng trước ngày 10/6/2026, báo cáo năm trước ngày "
          "10/11/2026 về Công an tỉnh (qua Phòng Tham mưu)."),
    ] + _end(
        ["- Cục Pháp chế và cải cách hành chính, tư pháp (để b/c);", "- Đ/c Giám đốc (để b/c);",
         "- Các đồng chí Phó Giám đốc;", "- Các đơn vị thuộc Công an tỉnh;"],
        ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đại tá Nguyễn Văn Thắng"],
    ),
    expected=[
        Exp("Quán triệt, phổ biến các luật, nghị quyết mới", ("Phòng Tham mưu",),
            ("Phòng Công tác đảng và công tác chính trị", "Công an các xã, phường"), "2026-03-31"),
        Exp("Tổ chức Cuộc thi tìm hiểu pháp luật về phòng cháy",
            ("Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",),
            ("Tỉnh Đoàn Thái Nguyên", "Liên đoàn Lao động tỉnh"), "2026-09-30"),
        Exp("Tuyên truyền Luật Trật tự, an toàn giao thông", ("Phòng Cảnh sát giao thông",),
            ("Báo và Phát thanh, Truyền hình Thái Nguyên", "Sở Giáo dục và Đào tạo"), "2026-12-31"),
        Exp("Phổ biến pháp luật cho phạm nhân, người bị tạm giam", ("Trại tạm giam Công an tỉnh",),
            ("Phòng Cảnh sát quản lý tạm giữ, tạm giam và thi hành án hình sự tại cộng đồng",),
            "2026-12-31"),
        Exp("Tuyên truyền pháp luật về phòng, chống tội phạm sử dụng công nghệ cao",
            ("Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao",),
            ("Sở Khoa học và Công nghệ",
             "Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh"), "2026-12-31"),
        Exp("Phổ biến Luật Căn cước, Luật Cư trú",
            ("Phòng Cảnh sát quản lý hành chính về trật tự xã hội",), ("Công an các xã, phường",),
            "2026-09-30"),
        Exp("Phổ biến các văn bản quy định chi tiết Luật Phòng, chống ma túy",
            ("Phòng Cảnh sát điều tra tội phạm về ma túy",), ("Công an các xã, phường", "Sở Y tế"),
            "2026-12-31", on_request=True),
        Exp("Sơ kết 6 tháng, tổng kết năm công tác", ("Phòng Tham mưu",),
            ("Các phòng nghiệp vụ", "Công an các xã, phường"), "2026-11-15"),
    ],
)


# ---------------------------------------------------------------- 2. Bộ Chỉ huy Quân sự tỉnh (label lines)
def _bch(n: str, head: str, body: str, lead: str, coord: str, time: str) -> list[P | T]:
    out: list[P | T] = [P(f"{n}. {head}", bold=True), P(body), P(f"- Cơ quan chủ trì: {lead}")]
    if coord:
        out.append(P(f"- Cơ quan phối hợp: {coord}"))
    out.append(P(f"- Thời gian: {time}"))
    return out


PLAN_BCHQS = Plan(
    name="bchqs_nghean",
    blocks=_head(
        "QUÂN KHU 4", "BỘ CHỈ HUY QUÂN SỰ TỈNH NGHỆ AN", "86/KH-BCH",
        "Nghệ An, ngày 14 tháng 01 năm 2026",
        "Phổ biến, giáo dục pháp luật trong lực lượng vũ trang tỉnh năm 2026",
    ) + [
        P("Căn cứ Luật Quốc phòng năm 2018; Luật Dân quân tự vệ năm 2019; Chỉ thị số 45/CT-BQP ngày "
          "30/12/2025 của Bộ trưởng Bộ Quốc phòng về công tác pháp chế năm 2026; Kế hoạch số 318/KH-BTL "
          "ngày 05/01/2026 của Bộ Tư lệnh Quân khu 4;"),
        P("Thực hiện Nghị quyết số 02-NQ/ĐU ngày 08/01/2026 của Đảng ủy Quân sự tỉnh về lãnh đạo thực "
          "hiện nhiệm vụ quân sự, quốc phòng năm 2026, Bộ Chỉ huy Quân sự tỉnh xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Giáo dục, nâng cao ý thức chấp hành pháp luật, kỷ luật quân đội cho cán bộ, chiến sĩ, dân "
          "quân tự vệ và Nhân dân; xây dựng cơ quan, đơn vị vững mạnh toàn diện, mẫu mực, tiêu biểu."),
        P("- Nội dung phổ biến sát thực tế; kết hợp chặt chẽ với giáo dục chính trị, huấn luyện."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG", bold=True),
    ]
    + _bch("1", "Quán triệt, phổ biến Luật Quốc phòng, Luật Nghĩa vụ quân sự và các văn bản hướng dẫn",
           "Tổ chức hội nghị quán triệt cho cán bộ chủ trì cơ quan, đơn vị; biên soạn đề cương giới thiệu.",
           "Phòng Chính trị.", "Phòng Tham mưu.", "Tháng 01 - tháng 3/2026.")
    + _bch("2", "Phổ biến Luật Dân quân tự vệ (sửa đổi, bổ sung năm 2025) cho lực lượng dân quân",
           "Lồng ghép vào chương trình huấn luyện dân quân năm thứ nhất và các năm tiếp theo.",
           "Các Ban Chỉ huy Phòng thủ khu vực.", "Ban Chỉ huy quân sự các xã, phường.",
           "Trong thời gian huấn luyện dân quân năm 2026.")
    + _bch("3", "Tuyên truyền Luật Nghĩa vụ quân sự phục vụ tuyển chọn và gọi công dân nhập ngũ năm 2027",
           "Tuyên truyền trên hệ thống truyền thanh cơ sở, tại các điểm sơ tuyển và khám sức khỏe.",
           "Phòng Tham mưu.", "Phòng Chính trị; Ủy ban nhân dân các xã, phường.",
           "Từ tháng 8 đến tháng 12/2026.")
    + _bch("4", "Tổ chức Hội thi tìm hiểu pháp luật trong lực lượng vũ trang tỉnh",
           "Hội thi tổ chức 02 vòng (sơ khảo tại đơn vị, chung khảo tại Bộ Chỉ huy).",
           "Phòng Chính trị.", "Phòng Tham mưu, Phòng Hậu cần - Kỹ thuật.", "Quý III/2026.")
    + _bch("5", "Phổ biến pháp luật về quản lý, bảo vệ công trình quốc phòng và khu quân sự",
           "Phổ biến cho cán bộ, Nhân dân nơi có công trình quốc phòng, khu quân sự, đất quốc phòng.",
           "Phòng Tham mưu.",
           "Sở Nông nghiệp và Môi trường, Ủy ban nhân dân các xã, phường có công trình quốc phòng.",
           "Quý II/2026.")
    + _bch("6", "Duy trì sinh hoạt Ngày pháp luật hằng tháng tại các cơ quan, đơn vị",
           "Tiến hành vào ngày thứ Hai tuần đầu của tháng, thời lượng 01 giờ.",
           "Các cơ quan, đơn vị thuộc Bộ Chỉ huy.", "", "Hằng tháng.")
    + _bch("7", "Bổ sung tài liệu pháp luật cho Tủ sách pháp luật của cơ quan, đơn vị",
           "Cấp phát sách, tài liệu về luật mới ban hành liên quan đến quốc phòng, quân sự.",
           "Phòng Chính trị.", "Phòng Hậu cần - Kỹ thuật.",
           "Khi có văn bản pháp luật mới liên quan đến quốc phòng, quân sự được ban hành.")
    + [
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Phòng Chính trị chủ trì, hướng dẫn, kiểm tra các cơ quan, đơn vị thực hiện Kế hoạch."),
        P("2. Phòng Hậu cần - Kỹ thuật bảo đảm kinh phí theo phân cấp."),
        P("3. Các cơ quan, đơn vị báo cáo kết quả về Bộ Chỉ huy (qua Phòng Chính trị) trước ngày "
          "20/11/2026."),
    ]
    + _end(["- Bộ Tư lệnh Quân khu 4 (để b/c);", "- Thường trực Đảng ủy Quân sự tỉnh;",
            "- Các cơ quan, đơn vị;"],
           ["CHỈ HUY TRƯỞNG", "Đại tá Trần Quang Hưng"]),
    expected=[
        Exp("Quán triệt, phổ biến Luật Quốc phòng, Luật Nghĩa vụ quân sự", ("Phòng Chính trị",),
            ("Phòng Tham mưu",), "2026-03-31"),
        Exp("Phổ biến Luật Dân quân tự vệ", ("Các Ban Chỉ huy Phòng thủ khu vực",),
            ("Ban Chỉ huy quân sự các xã, phường",), "2026-12-31"),
        Exp("Tuyên truyền Luật Nghĩa vụ quân sự phục vụ tuyển chọn", ("Phòng Tham mưu",),
            ("Phòng Chính trị", "Ủy ban nhân dân các xã, phường"), "2026-12-31"),
        Exp("Tổ chức Hội thi tìm hiểu pháp luật trong lực lượng vũ trang", ("Phòng Chính trị",),
            ("Phòng Tham mưu", "Phòng Hậu cần - Kỹ thuật"), "2026-09-30"),
        Exp("Phổ biến pháp luật về quản lý, bảo vệ công trình quốc phòng", ("Phòng Tham mưu",),
            ("Sở Nông nghiệp và Môi trường",
             "Ủy ban nhân dân các xã, phường có công trình quốc phòng"), "2026-06-30"),
        Exp("Duy trì sinh hoạt Ngày pháp luật hằng tháng", ("Các cơ quan, đơn vị thuộc Bộ Chỉ huy",),
            (), "2026-12-31"),
        Exp("Bổ sung tài liệu pháp luật cho Tủ sách", ("Phòng Chính trị",),
            ("Phòng Hậu cần - Kỹ thuật",), "2026-12-31", on_request=True),
    ],
)


# ---------------------------------------------------------------- 3. Ủy ban MTTQ tỉnh (prose)
PLAN_MTTQ = Plan(
    name="mttq_quangtri",
    blocks=_START + [
        P("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", bold=True, center=True),
        P("TỈNH QUẢNG TRỊ", bold=True, center=True),
        P("BAN THƯỜNG TRỰC", bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True),
        P("Độc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P("Số: 48/KH-MTTQ-BTT", center=True),
        P("Quảng Trị, ngày 05 tháng 02 năm 2026", center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P("Tuyên truyền, phổ biến, giáo dục pháp luật của Mặt trận Tổ quốc Việt Nam tỉnh\nvà các tổ chức "
          "chính trị - xã hội năm 2026", bold=True, center=True),
        P("Căn cứ Luật Mặt trận Tổ quốc Việt Nam năm 2015, được sửa đổi, bổ sung năm 2025; Chương trình "
          "phối hợp số 09/CTPH-MTTW-BTP ngày 12/3/2025 giữa Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam "
          "và Bộ Tư pháp; Kế hoạch số 21/KH-UBND ngày 16/01/2026 của UBND tỉnh Quảng Trị về công tác "
          "phổ biến, giáo dục pháp luật năm 2026, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh ban hành Kế "
          "hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Phát huy vai trò của Mặt trận và các tổ chức chính trị - xã hội trong việc tuyên truyền, vận "
          "động Nhân dân, đoàn viên, hội viên chấp hành pháp luật."),
        P("2. Gắn công tác phổ biến pháp luật với giám sát, phản biện xã hội và các cuộc vận động, phong "
          "trào thi đua; bảo đảm thiết thực, tránh trùng lặp."),
        P("II. NỘI DUNG HOẠT ĐỘNG", bold=True),
        P("1. Tuyên truyền, phổ biến Luật Mặt trận Tổ quốc Việt Nam (sửa đổi) và các quy định về tổ chức "
          "bộ máy của Mặt trận sau sắp xếp. Ban Dân chủ - Pháp luật chủ trì, phối hợp với Văn phòng Ủy ban "
          "MTTQ tỉnh tham mưu thực hiện trong Quý I/2026."),
        P("2. Phổ biến pháp luật về thực hiện dân chủ ở cơ sở gắn với Cuộc vận động “Toàn dân đoàn kết xây "
          "dựng nông thôn mới, đô thị văn minh”. Giao Ban Phong trào chủ trì; Ủy ban MTTQ Việt Nam các xã, "
          "phường, đặc khu phối hợp triển khai. Thời gian: cả năm."),
        P("3. Phổ biến, giáo dục pháp luật cho đoàn viên, hội viên các tổ chức chính trị - xã hội"),
        P("- Phổ biến pháp luật về bình đẳng giới, phòng, chống bạo lực gia đình cho hội viên phụ nữ: "
          "Hội Liên hiệp Phụ nữ tỉnh chủ trì; thời gian: Quý II, III/2026."),
        P("- Tuyên truyền pháp luật về đất đai, bảo vệ môi trường nông thôn cho hội viên nông dân: Hội "
          "Nông dân tỉnh chủ trì, Sở Nông nghiệp và Môi trường phối hợp; thời gian: Quý III/2026."),
        P("- Phổ biến pháp luật về an toàn giao thông, phòng, chống ma túy cho đoàn viên, thanh niên: "
          "Tỉnh Đoàn chủ trì, phối hợp với Công an tỉnh; thời gian: từ tháng 6 đến tháng 8/2026."),
        P("- Giới thiệu Pháp lệnh Cựu chiến binh và chính sách đối với cựu chiến binh: Hội Cựu chiến binh "
          "tỉnh chủ trì; thời gian: trong năm 2026."),
        P("4. Tổ chức giám sát việc thực hiện pháp luật về bảo hiểm xã hội, bảo hiểm y tế đối với người "
          "lao động tại doanh nghiệp. Ban Dân chủ - Pháp luật chủ trì, phối hợp với Liên đoàn Lao động "
          "tỉnh, Bảo hiểm xã hội tỉnh thực hiện từ tháng 9 đến tháng 10/2026."),
        P("5. Tham gia góp ý dự thảo văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân "
          "tỉnh. Ban Dân chủ - Pháp luật chủ trì; Hội đồng tư vấn về dân chủ - pháp luật của Ủy ban MTTQ "
          "tỉnh phối hợp. Thời gian: khi có đề nghị của cơ quan chủ trì soạn thảo."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Văn phòng Ủy ban MTTQ tỉnh bảo đảm kinh phí, tổng hợp kết quả thực hiện Kế hoạch."),
        P("2. Đề nghị các tổ chức chính trị - xã hội tỉnh, Ủy ban MTTQ Việt Nam các xã, phường, đặc khu "
          "báo cáo kết quả 6 tháng trước ngày 05/6/2026 và cả năm trước ngày 05/11/2026."),
    ]
    + _end(["- Ban Thường trực UBTW MTTQ Việt Nam (để b/c);", "- Thường trực Tỉnh ủy (để b/c);",
            "- Sở Tư pháp;", "- Các tổ chức chính trị - xã hội tỉnh;",
            "- Ủy ban MTTQ các xã, phường, đặc khu;"],
           ["TM. BAN THƯỜNG TRỰC", "PHÓ CHỦ TỊCH", "Lê Thị Thu Hà"]),
    expected=[
        Exp("Tuyên truyền, phổ biến Luật Mặt trận Tổ quốc Việt Nam", ("Ban Dân chủ - Pháp luật",),
            ("Văn phòng Ủy ban MTTQ tỉnh",), "2026-03-31"),
        Exp("Phổ biến pháp luật về thực hiện dân chủ ở cơ sở", ("Ban Phong trào",),
            ("Ủy ban MTTQ Việt Nam các xã, phường, đặc khu",), "2026-12-31"),
        Exp("Phổ biến pháp luật về bình đẳng giới", ("Hội Liên hiệp Phụ nữ tỉnh",), (), "2026-09-30"),
        Exp("Tuyên truyền pháp luật về đất đai, bảo vệ môi trường", ("Hội Nông dân tỉnh",),
            ("Sở Nông nghiệp và Môi trường",), "2026-09-30"),
        Exp("Phổ biến pháp luật về an toàn giao thông", ("Tỉnh Đoàn",), ("Công an tỉnh",), "2026-08-31"),
        Exp("Giới thiệu Pháp lệnh Cựu chiến binh", ("Hội Cựu chiến binh tỉnh",), (), "2026-12-31"),
        Exp("Tổ chức giám sát việc thực hiện pháp luật về bảo hiểm xã hội", ("Ban Dân chủ - Pháp luật",),
            ("Liên đoàn Lao động tỉnh", "Bảo hiểm xã hội tỉnh"), "2026-10-31"),
        Exp("Tham gia góp ý dự thảo văn bản quy phạm pháp luật", ("Ban Dân chủ - Pháp luật",),
            ("Hội đồng tư vấn về dân chủ - pháp luật của Ủy ban MTTQ tỉnh",), "2026-12-31",
            on_request=True),
    ],
)


# ---------------------------------------------------------------- 4. Liên đoàn Lao động tỉnh (table, no STT)
_LDLD_ROWS = (
    ("Nội dung công việc", "Phân công", "", "Thời gian", "Ghi chú"),
    ("", "Chủ trì", "Phối hợp", "", ""),
    ("A. TUYÊN TRUYỀN TRONG CÔNG NHÂN, VIÊN CHỨC, LAO ĐỘNG", "", "", "", ""),
    ("Tuyên truyền Bộ luật Lao động, Luật Công đoàn năm 2024 và các văn bản hướng dẫn thi hành",
     "Ban Tuyên giáo - Nữ công", "Ban Chính sách - Pháp luật; Công đoàn các khu công nghiệp",
     "Quý I - Quý IV/2026", "Trên Bản tin Công đoàn và Zalo OA"),
    ("Tổ chức diễn đàn đối thoại pháp luật cho công nhân tại các khu công nghiệp",
     "Công đoàn các khu công nghiệp", "Ban Chính sách - Pháp luật, Sở Nội vụ, Bảo hiểm xã hội tỉnh",
     "Tháng 5/2026", "Gắn với Tháng Công nhân"),
    ("Tư vấn pháp luật miễn phí cho đoàn viên, người lao động",
     "Văn phòng tư vấn pháp luật Liên đoàn Lao động tỉnh", "Công đoàn cơ sở",
     "Thường xuyên", "Trực tiếp và qua đường dây nóng"),
    ("B. HỖ TRỢ CÔNG ĐOÀN CƠ SỞ", "", "", "", ""),
    ("Tập huấn kỹ năng thương lượng tập thể cho cán bộ công đoàn cơ sở",
     "Ban Chính sách - Pháp luật", "Ban Tổ chức - Kiểm tra", "Tháng 3 - tháng 4/2026", "02 lớp"),
    ("Phổ biến Luật Bảo hiểm xã hội năm 2024 cho người lao động tại doanh nghiệp ngoài nhà nước",
     "Công đoàn ngành;\nCông đoàn các khu công nghiệp", "Bảo hiểm xã hội tỉnh", "Quý II/2026", ""),
    ("Cung cấp tài liệu pháp luật về chính sách mới liên quan đến người lao động",
     "Ban Tuyên giáo - Nữ công", "Văn phòng",
     "Khi có hướng dẫn của Tổng Liên đoàn Lao động Việt Nam", "Kinh phí công đoàn"),
    ("C. KIỂM TRA, BÁO CÁO", "", "", "", ""),
    ("Tổng hợp, báo cáo kết quả công tác phổ biến, giáo dục pháp luật năm 2026",
     "Ban Chính sách - Pháp luật", "Các công đoàn cấp trên trực tiếp cơ sở",
     "Trước ngày 30/11/2026", ""),
)

PLAN_LDLD = Plan(
    name="ldld_dongnai",
    blocks=_head(
        "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", "LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐỒNG NAI", "31/KH-LĐLĐ",
        "Đồng Nai, ngày 23 tháng 01 năm 2026",
        "Tuyên truyền, phổ biến, giáo dục pháp luật cho đoàn viên, người lao động năm 2026",
    ) + [
        P("Căn cứ Luật Công đoàn năm 2024; Kế hoạch số 115/KH-TLĐ ngày 30/12/2025 của Tổng Liên đoàn "
          "Lao động Việt Nam về công tác tuyên truyền, phổ biến, giáo dục pháp luật năm 2026; Quyết định số "
          "2113/QĐ-UBND ngày 26/12/2025 của UBND tỉnh Đồng Nai ban hành Kế hoạch phổ biến, giáo dục pháp "
          "luật năm 2026;"),
        P("Ban Thường vụ Liên đoàn Lao động tỉnh xây dựng Kế hoạch thực hiện như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Giúp đoàn viên, người lao động hiểu và thực hiện đúng quyền, nghĩa vụ trong quan hệ lao "
          "động; hạn chế tranh chấp lao động, ngừng việc tập thể."),
        P("- Các hoạt động được tổ chức thiết thực, phù hợp thời gian làm việc của công nhân."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        T(_LDLD_ROWS, widths=(70, 36, 40, 26, 28)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Ban Chính sách - Pháp luật là đầu mối theo dõi, đôn đốc việc thực hiện; các công đoàn cấp trên "
          "trực tiếp cơ sở xây dựng kế hoạch cụ thể và gửi báo cáo kết quả về Liên đoàn Lao động tỉnh "
          "trước ngày 20/11/2026."),
    ]
    + _end(["- Tổng Liên đoàn Lao động Việt Nam (để b/c);", "- Thường trực Tỉnh ủy (để b/c);",
            "- Sở Tư pháp;", "- Các công đoàn cấp trên trực tiếp cơ sở;"],
           ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Phạm Văn Long"]),
    expected=[
        Exp("Tuyên truyền Bộ luật Lao động, Luật Công đoàn", ("Ban Tuyên giáo - Nữ công",),
            ("Ban Chính sách - Pháp luật", "Công đoàn các khu công nghiệp"), "2026-12-31"),
        Exp("Tổ chức diễn đàn đối thoại pháp luật", ("Công đoàn các khu công nghiệp",),
            ("Ban Chính sách - Pháp luật", "Sở Nội vụ", "Bảo hiểm xã hội tỉnh"), "2026-05-31"),
        Exp("Tư vấn pháp luật miễn phí cho đoàn viên",
            ("Văn phòng tư vấn pháp luật Liên đoàn Lao động tỉnh",), ("Công đoàn cơ sở",), "2026-12-31"),
        Exp("Tập huấn kỹ năng thương lượng tập thể", ("Ban Chính sách - Pháp luật",),
            ("Ban Tổ chức - Kiểm tra",), "2026-04-30"),
        Exp("Phổ biến Luật Bảo hiểm xã hội năm 2024", ("Công đoàn ngành", "Công đoàn các khu công nghiệp"),
            ("Bảo hiểm xã hội tỉnh",), "2026-06-30"),
        Exp("Cung cấp tài liệu pháp luật về chính sách mới", ("Ban Tuyên giáo - Nữ công",),
            ("Văn phòng",), "2026-12-31", on_request=True),
        Exp("Tổng hợp, báo cáo kết quả công tác", ("Ban Chính sách - Pháp luật",),
            ("Các công đoàn cấp trên trực tiếp cơ sở",), "2026-11-30"),
    ],
)


# ---------------------------------------------------------------- 5. Tỉnh Đoàn (1.1. + inline labels)
def _td(code: str, text: str, labels: str) -> list[P | T]:
    return [P(f"{code}. {text}"), P(labels)]


PLAN_TINHDOAN = Plan(
    name="tinhdoan_lamdong",
    blocks=[
        P("BAN CHẤP HÀNH ĐOÀN TỈNH LÂM ĐỒNG", bold=True, center=True),
        P("***", center=True),
        P("ĐOÀN TNCS HỒ CHÍ MINH", bold=True, center=True),
        P("Số: 152-KH/TĐTN-TG", center=True),
        P("Lâm Đồng, ngày 10 tháng 02 năm 2026", center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P("Tuyên truyền, phổ biến, giáo dục pháp luật cho thanh thiếu nhi năm 2026", bold=True, center=True),
        P("-----", center=True),
        P("Căn cứ Kế hoạch số 95-KH/TWĐTN-BTG ngày 22/12/2025 của Ban Bí thư Trung ương Đoàn về công tác "
          "tuyên truyền, giáo dục năm 2026; căn cứ Kế hoạch số 33/KH-UBND ngày 20/01/2026 của UBND tỉnh "
          "Lâm Đồng về phổ biến, giáo dục pháp luật năm 2026, Ban Thường vụ Tỉnh Đoàn xây dựng Kế hoạch "
          "như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Trang bị kiến thức pháp luật thiết thực cho đoàn viên, thanh thiếu nhi; phát huy vai trò xung "
          "kích của tuổi trẻ trong xây dựng ý thức \"sống và làm việc theo Hiến pháp và pháp luật\"."),
        P("- Đa dạng hình thức, ưu tiên tuyên truyền trên không gian mạng."),
        P("II. ĐỐI TƯỢNG", bold=True),
        P("Cán bộ Đoàn, Hội, Đội; đoàn viên, hội viên, thanh thiếu nhi trên địa bàn tỉnh."),
        P("III. NỘI DUNG VÀ GIẢI PHÁP", bold=True),
        P("1. Đổi mới hình thức tuyên truyền trên không gian mạng", bold=True),
    ]
    + _td("1.1", "Tổ chức chuyên mục tuyên truyền pháp luật trên trang Fanpage Tuổi trẻ Lâm Đồng, mỗi "
          "tuần 01 bài viết, 01 infographic.",
          "Đơn vị chủ trì: Ban Tuyên giáo Tỉnh Đoàn; phối hợp: các cơ sở Đoàn trực thuộc; thời gian: cả "
          "năm 2026.")
    + _td("1.2", "Phát động Cuộc thi trực tuyến tìm hiểu pháp luật về an toàn giao thông dành cho đoàn "
          "viên, thanh niên.",
          "Đơn vị chủ trì: Ban Tuyên giáo Tỉnh Đoàn; phối hợp: Công an tỉnh, Sở Xây dựng; thời gian: "
          "tháng 3 - 5/2026.")
    + [P("2. Phổ biến pháp luật cho thanh thiếu nhi trường học", bold=True)]
    + _td("2.1", "Tổ chức ngoại khóa phòng, chống bạo lực học đường, xâm hại trẻ em tại các trường "
          "tiểu học, trung học cơ sở.",
          "Đơn vị chủ trì: Hội đồng Đội tỉnh; phối hợp: Sở Giáo dục và Đào tạo; thời gian: tháng 9 - "
          "12/2026.")
    + _td("2.2", "Tuyên truyền pháp luật về phòng, chống ma túy cho học sinh, sinh viên trong Tháng hành "
          "động phòng, chống ma túy.",
          "Đơn vị chủ trì: Ban Thư ký Hội Sinh viên Việt Nam tỉnh; phối hợp: Công an tỉnh; Đoàn các "
          "trường đại học, cao đẳng trên địa bàn; thời gian: tháng 6/2026.")
    + [P("3. Phổ biến pháp luật cho thanh niên công nhân, thanh niên nông thôn", bold=True)]
    + _td("3.1", "Phổ biến pháp luật về lao động, hợp đồng lao động cho thanh niên công nhân tại các "
          "doanh nghiệp.",
          "Đơn vị chủ trì: Ban Phong trào Tỉnh Đoàn; phối hợp: Liên đoàn Lao động tỉnh, Đoàn Khối các cơ "
          "quan và doanh nghiệp tỉnh; thời gian: quý II - III/2026.")
    + _td("3.2", "Hỗ trợ pháp lý cho thanh niên dân tộc thiểu số tại các xã vùng sâu, vùng xa.",
          "Đơn vị chủ trì: Đoàn các xã, phường; phối hợp: Trung tâm Trợ giúp pháp lý nhà nước tỉnh; thời "
          "gian: theo đề nghị của cơ sở Đoàn.")
    + [
        P("4. Kiểm tra, sơ kết, tổng kết việc thực hiện Kế hoạch", bold=True),
        P("Ban Tuyên giáo Tỉnh Đoàn chủ trì, phối hợp với Văn phòng Tỉnh Đoàn tham mưu kiểm tra, tổng hợp "
          "kết quả, đề xuất khen thưởng; hoàn thành trước ngày 10/12/2026."),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        P("- Các cơ sở Đoàn trực thuộc căn cứ Kế hoạch xây dựng kế hoạch cụ thể, gửi về Ban Thường vụ "
          "Tỉnh Đoàn (qua Ban Tuyên giáo) trước ngày 28/02/2026."),
        P("- Báo cáo kết quả thực hiện trước ngày 25/11/2026."),
    ]
    + _end(["- Ban Tuyên giáo Trung ương Đoàn (để b/c);", "- Ban Tuyên giáo và Dân vận Tỉnh ủy (để b/c);",
            "- Các cơ sở Đoàn trực thuộc;"],
           ["TM. BAN THƯỜNG VỤ TỈNH ĐOÀN", "PHÓ BÍ THƯ", "Nguyễn Hoàng Minh Tâm"]),
    expected=[
        Exp("Tổ chức chuyên mục tuyên truyền pháp luật trên trang Fanpage", ("Ban Tuyên giáo Tỉnh Đoàn",),
            ("các cơ sở Đoàn trực thuộc",), "2026-12-31"),
        Exp("Phát động Cuộc thi trực tuyến tìm hiểu pháp luật", ("Ban Tuyên giáo Tỉnh Đoàn",),
            ("Công an tỉnh", "Sở Xây dựng"), "2026-05-31"),
        Exp("Tổ chức ngoại khóa phòng, chống bạo lực học đường", ("Hội đồng Đội tỉnh",),
            ("Sở Giáo dục và Đào tạo",), "2026-12-31"),
        Exp("Tuyên truyền pháp luật về phòng, chống ma túy cho học sinh",
            ("Ban Thư ký Hội Sinh viên Việt Nam tỉnh",),
            ("Công an tỉnh", "Đoàn các trường đại học, cao đẳng trên địa bàn"), "2026-06-30"),
        Exp("Phổ biến pháp luật về lao động, hợp đồng lao động", ("Ban Phong trào Tỉnh Đoàn",),
            ("Liên đoàn Lao động tỉnh", "Đoàn Khối các cơ quan và doanh nghiệp tỉnh"), "2026-09-30"),
        Exp("Hỗ trợ pháp lý cho thanh niên dân tộc thiểu số", ("Đoàn các xã, phường",),
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh",), "2026-12-31", on_request=True),
        Exp("Kiểm tra, sơ kết, tổng kết việc thực hiện", ("Ban Tuyên giáo Tỉnh Đoàn",),
            ("Văn phòng Tỉnh Đoàn",), "2026-12-10"),
    ],
)


# ---------------------------------------------------------------- 6. Hội LHPN xã (a) items, persons)
PLAN_HPN = Plan(
    name="hpn_hiephoa",
    blocks=_head(
        "ỦY BAN MTTQ VIỆT NAM XÃ HIỆP HÒA", "HỘI LIÊN HIỆP PHỤ NỮ XÃ HIỆP HÒA", "07/KH-HPN",
        "Hiệp Hòa, ngày 02 tháng 3 năm 2026",
        "Tuyên truyền, phổ biến, giáo dục pháp luật cho hội viên, phụ nữ năm 2026",
    ) + [
        P("Thực hiện Kế hoạch số 12/KH-HPN ngày 15/01/2026 của Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh "
          "Bắc Ninh về công tác tuyên truyền, giáo dục pháp luật năm 2026; Kế hoạch số 09/KH-UBND ngày "
          "22/01/2026 của UBND xã Hiệp Hòa về phổ biến, giáo dục pháp luật năm 2026, Ban Chấp hành Hội "
          "LHPN xã xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Nâng cao hiểu biết pháp luật, kỹ năng tự bảo vệ của hội viên, phụ nữ; góp phần xây dựng gia "
          "đình no ấm, tiến bộ, hạnh phúc, văn minh."),
        P("- Các hoạt động gắn với sinh hoạt chi hội, phù hợp điều kiện của từng thôn."),
        P("II. NỘI DUNG", bold=True),
        P("a) Tuyên truyền Luật Phòng, chống bạo lực gia đình năm 2022 và Luật Bình đẳng giới", bold=True),
        P("Phó Chủ tịch Hội LHPN xã chủ trì, phối hợp với Công an xã và Chi hội phụ nữ các thôn tổ chức "
          "02 buổi nói chuyện chuyên đề tại nhà văn hóa thôn. Thời gian: Quý II và Quý IV/2026."),
        P("b) Thành lập, duy trì hoạt động của Tổ truyền thông cộng đồng", bold=True),
        P("- Kiện toàn Tổ truyền thông cộng đồng tại 12 thôn: Ban Thường vụ Hội LHPN xã chủ trì, hoàn "
          "thành trong tháng 3/2026."),
        P("- Duy trì sinh hoạt định kỳ của Tổ truyền thông cộng đồng: Chi hội trưởng phụ nữ các thôn chủ "
          "trì; Tổ hòa giải ở cơ sở phối hợp; thời gian: hằng tháng."),
        P("c) Phối hợp tổ chức trợ giúp pháp lý lưu động cho phụ nữ", bold=True),
        P("Chủ tịch Hội LHPN xã chủ trì, phối hợp với Trung tâm Trợ giúp pháp lý nhà nước tỉnh, Phòng Văn "
          "hóa - Xã hội xã tổ chức 01 đợt trợ giúp pháp lý lưu động. Thời gian: khi Trung tâm Trợ giúp "
          "pháp lý nhà nước tỉnh có kế hoạch triển khai tại xã."),
        P("d) Tổ chức Hội thi tìm hiểu pháp luật về hôn nhân và gia đình cấp xã", bold=True),
        P("Ban Thường vụ Hội LHPN xã chủ trì; Đoàn Thanh niên xã, Trường Trung học cơ sở Hiệp Hòa phối "
          "hợp. Thời gian: tháng 10/2026 (chào mừng ngày thành lập Hội LHPN Việt Nam 20/10)."),
        P("đ) Phổ biến pháp luật về phòng, chống mua bán người, kết hôn có yếu tố nước ngoài trái pháp "
          "luật", bold=True),
        P("Chi hội phụ nữ các thôn thực hiện lồng ghép trong sinh hoạt chi hội; Công an xã hỗ trợ tài liệu, "
          "báo cáo viên. Thời gian: thường xuyên."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("- Ban Thường vụ Hội LHPN xã phân công đồng chí Ủy viên Ban Thường vụ theo dõi từng thôn."),
        P("- Các chi hội báo cáo kết quả về Hội LHPN xã trước ngày 15/11/2026 để tổng hợp báo cáo Hội "
          "LHPN tỉnh và Đảng ủy xã."),
    ]
    + _end(["- Hội LHPN tỉnh (để b/c);", "- Đảng ủy, UBND xã (để b/c);", "- Ủy ban MTTQ Việt Nam xã;",
            "- Các chi hội phụ nữ;"],
           ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "Ngô Thị Hạnh"]),
    expected=[
        Exp("Tuyên truyền Luật Phòng, chống bạo lực gia đình", ("Phó Chủ tịch Hội LHPN xã",),
            ("Công an xã", "Chi hội phụ nữ các thôn"), "2026-12-31"),
        Exp("Kiện toàn Tổ truyền thông cộng đồng tại 12 thôn", ("Ban Thường vụ Hội LHPN xã",), (),
            "2026-03-31"),
        Exp("Duy trì sinh hoạt định kỳ của Tổ truyền thông", ("Chi hội trưởng phụ nữ các thôn",),
            ("Tổ hòa giải ở cơ sở",), "2026-12-31"),
        Exp("Phối hợp tổ chức trợ giúp pháp lý lưu động", ("Chủ tịch Hội LHPN xã",),
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh", "Phòng Văn hóa - Xã hội xã"), "2026-12-31",
            on_request=True),
        Exp("Tổ chức Hội thi tìm hiểu pháp luật về hôn nhân", ("Ban Thường vụ Hội LHPN xã",),
            ("Đoàn Thanh niên xã", "Trường Trung học cơ sở Hiệp Hòa"), "2026-10-31"),
        Exp("Phổ biến pháp luật về phòng, chống mua bán người", ("Chi hội phụ nữ các thôn",),
            ("Công an xã",), "2026-12-31"),
    ],
)


# ---------------------------------------------------------------- 7. Công an phường ("+" bullets)
def _cap(n: str, head: str, lead: str, coord: str, time: str) -> list[P | T]:
    out: list[P | T] = [P(f"{n}. {head}"), P(f"+ Chủ trì: {lead}")]
    if coord:
        out.append(P(f"+ Phối hợp: {coord}"))
    out.append(P(f"+ Thời gian: {time}"))
    return out


PLAN_CAP = Plan(
    name="cap_quynhon",
    blocks=_head(
        "CÔNG AN TỈNH GIA LAI", "CÔNG AN PHƯỜNG QUY NHƠN", "19/KH-CAP",
        "Quy Nhơn, ngày 09 tháng 02 năm 2026",
        "Tuyên truyền, phổ biến pháp luật về an ninh, trật tự trên địa bàn phường năm 2026",
    ) + [
        P("Căn cứ Kế hoạch số 64/KH-CAT-PV01 ngày 21/01/2026 của Công an tỉnh Gia Lai về công tác phổ "
          "biến, giáo dục pháp luật năm 2026; Kế hoạch số 15/KH-UBND ngày 26/01/2026 của UBND phường Quy "
          "Nhơn, Công an phường xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Nâng cao ý thức tự giác chấp hành pháp luật, cảnh giác với các thủ đoạn phạm tội của Nhân dân; "
          "phát huy sức mạnh của phong trào toàn dân bảo vệ an ninh Tổ quốc."),
        P("II. NỘI DUNG TUYÊN TRUYỀN VÀ PHÂN CÔNG", bold=True),
    ]
    + _cap("1", "Tuyên truyền Luật Phòng, chống ma túy năm 2021 đến các khu phố, tổ dân phố",
           "Phó Trưởng Công an phường phụ trách cảnh sát.",
           "Ủy ban MTTQ Việt Nam phường, Đoàn Thanh niên phường.",
           "Tháng 6/2026 (Tháng hành động phòng, chống ma túy) và duy trì đến hết năm.")
    + _cap("2", "Phổ biến Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở cho thành viên các Tổ "
           "bảo vệ an ninh, trật tự", "Tổ An ninh.", "Tổ Cảnh sát khu vực.", "Quý I/2026.")
    + _cap("3", "Hướng dẫn Nhân dân kỹ năng nhận diện, phòng ngừa lừa đảo qua mạng",
           "Tổ Cảnh sát khu vực.", "Hội Liên hiệp Phụ nữ phường; Hội Người cao tuổi phường.", "Thường xuyên.")
    + _cap("4", "Tuyên truyền, hướng dẫn thực hiện Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ tại các "
           "hộ kinh doanh, cơ sở lưu trú", "Tổ Phòng cháy, chữa cháy và cứu nạn, cứu hộ.",
           "Các Tổ bảo vệ an ninh, trật tự.", "Từ tháng 4 đến tháng 7/2026.")
    + _cap("5", "Phổ biến pháp luật cho người chấp hành xong án phạt tù trở về địa phương",
           "Trưởng Công an phường.", "Ủy ban nhân dân phường và gia đình người chấp hành xong án phạt tù.",
           "Khi có người chấp hành xong án phạt tù về cư trú tại địa phương.")
    + _cap("6", "Tổ chức ký cam kết không vi phạm pháp luật về trật tự, an toàn giao thông đối với học sinh",
           "Tổ Cảnh sát khu vực.",
           "Các trường trung học cơ sở, trung học phổ thông trên địa bàn phường.", "Tháng 9/2026.")
    + _cap("7", "Cập nhật tài liệu tuyên truyền tại bảng tin các khu phố", "Tổ Tổng hợp.", "", "Hằng quý.")
    + [
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("- Tổ Tổng hợp giúp Trưởng Công an phường theo dõi, đôn đốc; tổng hợp báo cáo Công an tỉnh "
          "trước ngày 05/12/2026."),
        P("- Cán bộ, chiến sĩ được phân công chủ động thực hiện, báo cáo kết quả hằng tháng."),
    ]
    + _end(["- Công an tỉnh (PV01) (để b/c);", "- Đảng ủy, UBND phường (để b/c);", "- Các Tổ công tác;"],
           ["TRƯỞNG CÔNG AN PHƯỜNG", "Thượng tá Đặng Văn Phước"]),
    expected=[
        Exp("Tuyên truyền Luật Phòng, chống ma túy năm 2021",
            ("Phó Trưởng Công an phường phụ trách cảnh sát",),
            ("Ủy ban MTTQ Việt Nam phường", "Đoàn Thanh niên phường"), "2026-12-31"),
        Exp("Phổ biến Luật Lực lượng tham gia bảo vệ an ninh", ("Tổ An ninh",), ("Tổ Cảnh sát khu vực",),
            "2026-03-31"),
        Exp("Hướng dẫn Nhân dân kỹ năng nhận diện", ("Tổ Cảnh sát khu vực",),
            ("Hội Liên hiệp Phụ nữ phường", "Hội Người cao tuổi phường"), "2026-12-31"),
        Exp("Tuyên truyền, hướng dẫn thực hiện Luật Phòng cháy",
            ("Tổ Phòng cháy, chữa cháy và cứu nạn, cứu hộ",), ("Các Tổ bảo vệ an ninh, trật tự",),
            "2026-07-31"),
        Exp("Phổ biến pháp luật cho người chấp hành xong án phạt tù", ("Trưởng Công an phường",),
            ("Ủy ban nhân dân phường", "gia đình người chấp hành xong án phạt tù"), "2026-12-31",
            on_request=True),
        Exp("Tổ chức ký cam kết không vi phạm pháp luật", ("Tổ Cảnh sát khu vực",),
            ("Các trường trung học cơ sở, trung học phổ thông trên địa bàn phường",), "2026-09-30"),
        Exp("Cập nhật tài liệu tuyên truyền tại bảng tin", ("Tổ Tổng hợp",), (), "2026-12-31"),
    ],
)


# ---------------------------------------------------------------- 8. Hội Nông dân tỉnh (2027, Kinh phí)
_HND_ROWS = (
    ("STT", "Nội dung hoạt động", "Thời gian thực hiện", "Đơn vị thực hiện", "Đơn vị phối hợp", "Kinh phí"),
    ("I", "Tuyên truyền, phổ biến pháp luật", "", "", "", ""),
    ("1", "Tuyên truyền Luật Đất đai năm 2024 và các văn bản hướng dẫn cho hội viên nông dân",
     "Quý I - Quý II/2027", "Ban Tuyên huấn Hội Nông dân tỉnh", "Sở Nông nghiệp và Môi trường",
     "Ngân sách tỉnh"),
    ("2", "Tổ chức các buổi đối thoại chính sách, pháp luật về nông nghiệp, nông thôn",
     "Tháng 7 - tháng 8/2027", "Hội Nông dân các xã, phường, đặc khu",
     "Ủy ban nhân dân các xã, phường, đặc khu", "Nguồn xã hội hóa"),
    ("3", "Phổ biến pháp luật về an toàn thực phẩm, sử dụng thuốc bảo vệ thực vật",
     "Cả năm", "Ban Kinh tế - Xã hội", "Chi cục Trồng trọt và Bảo vệ thực vật",
     "Kinh phí hoạt động thường xuyên"),
    ("4", "Tuyên truyền pháp luật về chống khai thác hải sản bất hợp pháp, không báo cáo và không theo "
     "quy định (IUU)", "Thường xuyên", "Hội Nông dân các xã, phường, đặc khu ven biển",
     "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", ""),
    ("II", "Xây dựng mô hình, hỗ trợ pháp lý", "", "", "", ""),
    ("5", "Xây dựng, nhân rộng mô hình Câu lạc bộ Nông dân với pháp luật", "Quý III/2027",
     "Ban Tuyên huấn Hội Nông dân tỉnh", "Hội Nông dân các xã, phường, đặc khu; Sở Tư pháp",
     "Ngân sách tỉnh"),
    ("6", "Tập huấn kiến thức pháp luật về hợp đồng liên kết sản xuất, tiêu thụ nông sản", "Tháng 5/2027",
     "Trung tâm Hỗ trợ nông dân", "Ban Kinh tế - Xã hội; Liên minh Hợp tác xã tỉnh", "Quỹ Hỗ trợ nông dân"),
    ("7", "Trợ giúp pháp lý cho hội viên nông dân có hoàn cảnh khó khăn",
     "Khi có yêu cầu của hội viên", "Trung tâm Hỗ trợ nông dân",
     "Trung tâm Trợ giúp pháp lý nhà nước tỉnh", "Không phát sinh"),
)

PLAN_HND = Plan(
    name="hnd_angiang_2027",
    blocks=_head(
        "HỘI NÔNG DÂN VIỆT NAM", "BAN THƯỜNG VỤ HỘI NÔNG DÂN TỈNH AN GIANG", "118/KH-HNDT",
        "An Giang, ngày 18 tháng 12 năm 2026",
        "Công tác tuyên truyền, phổ biến, giáo dục pháp luật và trợ giúp pháp lý cho nông dân năm 2027",
    ) + [
        P("Căn cứ Quyết định số 81/2014/QĐ-TTg ngày 31/12/2014 của Thủ tướng Chính phủ về phối hợp giữa "
          "các bộ, ngành, UBND các cấp với Hội Nông dân Việt Nam trong việc tạo điều kiện để các cấp Hội "
          "tham gia giải quyết khiếu nại, tố cáo của nông dân; Chương trình số 47-CTr/HNDTW ngày 10/12/2026 "
          "của Ban Thường vụ Trung ương Hội Nông dân Việt Nam;"),
        P("Ban Thường vụ Hội Nông dân tỉnh xây dựng Kế hoạch năm 2027 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Nâng cao nhận thức pháp luật, góp phần giảm khiếu kiện, tranh chấp trong nông dân."),
        P("2. Phân công cụ thể, gắn trách nhiệm của từng ban, đơn vị; sử dụng kinh phí đúng quy định."),
        P("II. NỘI DUNG HOẠT ĐỘNG", bold=True),
        T(_HND_ROWS, widths=(10, 64, 28, 36, 36, 26)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Ban Tuyên huấn là cơ quan thường trực; Văn phòng Hội Nông dân tỉnh bảo đảm kinh phí. Hội Nông "
          "dân các xã, phường, đặc khu báo cáo kết quả 6 tháng trước ngày 10/6/2027 và năm trước ngày "
          "10/11/2027."),
    ]
    + _end(["- Trung ương Hội Nông dân Việt Nam (để b/c);", "- Ủy ban MTTQ Việt Nam tỉnh (để b/c);",
            "- Sở Tư pháp;", "- Hội Nông dân các xã, phường, đặc khu;"],
           ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Huỳnh Văn Tâm"]),
    expected=[
        Exp("Tuyên truyền Luật Đất đai năm 2024", ("Ban Tuyên huấn Hội Nông dân tỉnh",),
            ("Sở Nông nghiệp và Môi trường",), "2027-06-30"),
        Exp("Tổ chức các buổi đối thoại chính sách", ("Hội Nông dân các xã, phường, đặc khu",),
            ("Ủy ban nhân dân các xã, phường, đặc khu",), "2027-08-31"),
        Exp("Phổ biến pháp luật về an toàn thực phẩm", ("Ban Kinh tế - Xã hội",),
            ("Chi cục Trồng trọt và Bảo vệ thực vật",), "2027-12-31"),
        Exp("Tuyên truyền pháp luật về chống khai thác hải sản",
            ("Hội Nông dân các xã, phường, đặc khu ven biển",), ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh",),
            "2027-12-31"),
        Exp("Xây dựng, nhân rộng mô hình Câu lạc bộ", ("Ban Tuyên huấn Hội Nông dân tỉnh",),
            ("Hội Nông dân các xã, phường, đặc khu", "Sở Tư pháp"), "2027-09-30"),
        Exp("Tập huấn kiến thức pháp luật về hợp đồng", ("Trung tâm Hỗ trợ nông dân",),
            ("Ban Kinh tế - Xã hội", "Liên minh Hợp tác xã tỉnh"), "2027-05-31"),
        Exp("Trợ giúp pháp lý cho hội viên nông dân", ("Trung tâm Hỗ trợ nông dân",),
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh",), "2027-12-31", on_request=True),
    ],
)


# ---------------------------------------------------------------- 9. UBND xã (tasks grouped by unit)
PLAN_XA = Plan(
    name="ubnd_namsach",
    blocks=_head(
        "ỦY BAN NHÂN DÂN", "XÃ NAM SÁCH", "27/KH-UBND",
        "Nam Sách, ngày 30 tháng 01 năm 2026",
        "Phối hợp với Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội\ntrong công tác phổ biến, "
        "giáo dục pháp luật năm 2026",
    ) + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20/6/2012; Luật Thực hiện dân chủ ở cơ sở năm "
          "2022; Kế hoạch số 302/KH-UBND ngày 29/12/2025 của UBND thành phố Hải Phòng về công tác phổ biến, "
          "giáo dục pháp luật năm 2026;"),
        P("Ủy ban nhân dân xã ban hành Kế hoạch phối hợp như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Huy động sự tham gia của Mặt trận và các đoàn thể vào công tác phổ biến pháp luật ở thôn."),
        P("2. Phân định rõ trách nhiệm của từng cơ quan, đoàn thể; tránh chồng chéo."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Phòng Văn hóa - Xã hội xã", bold=True),
        P("- Tham mưu UBND xã tổ chức các hoạt động hưởng ứng Ngày Pháp luật Việt Nam 09/11; thời gian: "
          "tháng 10 - 11/2026."),
        P("- Cập nhật văn bản pháp luật mới lên Trang thông tin điện tử của xã, phối hợp với Trung tâm "
          "Dịch vụ tổng hợp xã đưa tin trên hệ thống loa truyền thanh; thời gian: thường xuyên."),
        P("2. Công an xã", bold=True),
        P("- Tuyên truyền pháp luật về an ninh, trật tự, phòng, chống tội phạm tại các thôn; thời gian: "
          "cả năm."),
        P("3. Đề nghị Ủy ban MTTQ Việt Nam xã", bold=True),
        P("- Chủ trì, phối hợp với các tổ chức chính trị - xã hội xã vận động Nhân dân thực hiện quy ước, "
          "hương ước của thôn; thời gian: Quý II - Quý III/2026."),
        P("- Giám sát việc thực hiện pháp luật về dân chủ ở cơ sở tại các thôn theo Chương trình giám sát "
          "năm 2026 của Ban Thường trực; hoàn thành trước ngày 30/10/2026."),
        P("4. Đề nghị Hội Liên hiệp Phụ nữ xã, Đoàn Thanh niên xã, Hội Nông dân xã, Hội Cựu chiến binh xã",
          bold=True),
        P("- Lồng ghép phổ biến pháp luật trong sinh hoạt định kỳ của chi hội, chi đoàn; thời gian: hằng "
          "tháng."),
        P("- Cử hội viên, đoàn viên tham gia các đợt tuyên truyền, trợ giúp pháp lý lưu động; thời gian: "
          "khi UBND xã có kế hoạch tổ chức."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Phòng Văn hóa - Xã hội xã là đầu mối, tổng hợp kết quả báo cáo Chủ tịch UBND xã trước ngày "
          "20/11/2026. Kinh phí thực hiện từ ngân sách xã năm 2026."),
    ]
    + _end(["- Thường trực Đảng ủy, HĐND xã (để b/c);", "- Chủ tịch, các Phó Chủ tịch UBND xã;",
            "- Ủy ban MTTQ Việt Nam xã;", "- Các đoàn thể xã;"],
           ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Vũ Đình Khải"]),
    expected=[
        Exp("Tham mưu UBND xã tổ chức các hoạt động hưởng ứng", ("Phòng Văn hóa - Xã hội xã",), (),
            "2026-11-30"),
        Exp("Cập nhật văn bản pháp luật mới lên Trang thông tin", ("Phòng Văn hóa - Xã hội xã",),
            ("Trung tâm Dịch vụ tổng hợp xã",), "2026-12-31"),
        Exp("Tuyên truyền pháp luật về an ninh, trật tự", ("Công an xã",), (), "2026-12-31"),
        Exp("Chủ trì, phối hợp với các tổ chức chính trị", ("Ủy ban MTTQ Việt Nam xã",),
            ("các tổ chức chính trị - xã hội xã",), "2026-09-30"),
        Exp("Giám sát việc thực hiện pháp luật về dân chủ", ("Ủy ban MTTQ Việt Nam xã",), (), "2026-10-30"),
        Exp("Lồng ghép phổ biến pháp luật trong sinh hoạt định kỳ",
            ("Hội Liên hiệp Phụ nữ xã", "Đoàn Thanh niên xã", "Hội Nông dân xã", "Hội Cựu chiến binh xã"),
            (), "2026-12-31"),
        Exp("Cử hội viên, đoàn viên tham gia các đợt tuyên truyền",
            ("Hội Liên hiệp Phụ nữ xã", "Đoàn Thanh niên xã", "Hội Nông dân xã", "Hội Cựu chiến binh xã"),
            (), "2026-12-31", on_request=True),
    ],
)


# ---------------------------------------------------------------- 10. Bộ đội Biên phòng tỉnh (a) + inline)
def _bp(code: str, head: str, line: str) -> list[P | T]:
    return [P(f"{code}) {head}", bold=True), P(line)]


PLAN_BDBP = Plan(
    name="bdbp_quangninh",
    blocks=_head(
        "BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG", "BỘ CHỈ HUY BĐBP TỈNH QUẢNG NINH", "412/KH-BCH",
        "Quảng Ninh, ngày 27 tháng 01 năm 2026",
        "Tuyên truyền, phổ biến, giáo dục pháp luật năm 2026",
    ) + [
        P("Căn cứ Luật Biên phòng Việt Nam năm 2020; Luật Biên giới quốc gia năm 2003; Kế hoạch số "
          "185/KH-BTL ngày 12/01/2026 của Bộ Tư lệnh Bộ đội Biên phòng về công tác tuyên truyền, phổ biến, "
          "giáo dục pháp luật năm 2026; Kế hoạch số 17/KH-UBND ngày 15/01/2026 của UBND tỉnh Quảng Ninh."),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Nâng cao ý thức chấp hành pháp luật của cán bộ, chiến sĩ; vận động Nhân dân khu vực biên giới, "
          "biển đảo tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia."),
        P("II. NỘI DUNG", bold=True),
        P("1. Phổ biến pháp luật trong cán bộ, chiến sĩ", bold=True),
    ]
    + _bp("a", "Quán triệt Luật Biên phòng Việt Nam, Luật Biên giới quốc gia và các văn bản hướng dẫn",
          "Chủ trì thực hiện: Phòng Chính trị. Phối hợp: Phòng Tham mưu. Tiến độ: Quý I/2026.")
    + _bp("b", "Bồi dưỡng kiến thức pháp luật cho đội ngũ cán bộ làm công tác vận động quần chúng",
          "Chủ trì thực hiện: Phòng Chính trị. Phối hợp: các Đồn Biên phòng. Tiến độ: tháng 4 - 6/2026.")
    + [P("2. Phổ biến pháp luật cho Nhân dân khu vực biên giới, biển đảo", bold=True)]
    + _bp("a", "Tuyên truyền pháp luật cho ngư dân về khai thác hải sản, chống khai thác IUU",
          "Chủ trì thực hiện: Hải đội Biên phòng 2, các Đồn Biên phòng ven biển. Phối hợp: Sở Nông nghiệp "
          "và Môi trường; Ủy ban nhân dân các xã, phường, đặc khu ven biển. Tiến độ: thường xuyên trong "
          "năm 2026.")
    + _bp("b", "Phổ biến Hiệp định về quy chế quản lý biên giới đất liền Việt Nam - Trung Quốc cho Nhân "
          "dân các xã biên giới",
          "Chủ trì thực hiện: Các Đồn Biên phòng tuyến biên giới đất liền. Phối hợp: Ủy ban MTTQ Việt Nam "
          "và các tổ chức chính trị - xã hội các xã biên giới. Tiến độ: Quý II và Quý III/2026.")
    + _bp("c", "Duy trì hoạt động Câu lạc bộ pháp luật tại các thôn, bản khu vực biên giới",
          "Chủ trì thực hiện: Đồn Biên phòng Quảng Đức. Phối hợp: Ủy ban nhân dân xã Quảng Đức. Tiến độ: "
          "hằng quý.")
    + [
        P("3. Sơ kết 6 tháng, tổng kết công tác phổ biến, giáo dục pháp luật năm 2026", bold=True),
        P("Phòng Chính trị chủ trì; các cơ quan, đơn vị phối hợp chuẩn bị báo cáo, đề xuất khen thưởng. "
          "Tiến độ: tháng 6 và tháng 12/2026."),
        P("4. Phổ biến văn bản quy phạm pháp luật mới về quốc phòng, biên phòng", bold=True),
        P("Chủ trì thực hiện: Phòng Chính trị. Phối hợp: Phòng Tham mưu, các Đồn Biên phòng. Tiến độ: "
          "ngay khi văn bản mới được ban hành và có hướng dẫn của Bộ Tư lệnh."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Phòng Chính trị giúp Đảng ủy, Chỉ huy Bộ Chỉ huy theo dõi, hướng dẫn thực hiện Kế hoạch."),
        P("2. Các cơ quan, đơn vị báo cáo kết quả 6 tháng trước ngày 15/6/2026, năm trước ngày 15/11/2026."),
    ]
    + _end(["- Bộ Tư lệnh BĐBP (Cục Chính trị) (để b/c);", "- UBND tỉnh (để b/c);", "- Sở Tư pháp;",
            "- Các cơ quan, đơn vị;"],
           ["KT. CHỈ HUY TRƯỞNG", "CHÍNH ỦY", "Đại tá Lê Văn Sơn"]),
    expected=[
        Exp("Quán triệt Luật Biên phòng Việt Nam", ("Phòng Chính trị",), ("Phòng Tham mưu",), "2026-03-31"),
        Exp("Bồi dưỡng kiến thức pháp luật cho đội ngũ cán bộ", ("Phòng Chính trị",),
            ("các Đồn Biên phòng",), "2026-06-30"),
        Exp("Tuyên truyền pháp luật cho ngư dân", ("Hải đội Biên phòng 2", "các Đồn Biên phòng ven biển"),
            ("Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân các xã, phường, đặc khu ven biển"),
            "2026-12-31"),
        Exp("Phổ biến Hiệp định về quy chế quản lý biên giới",
            ("Các Đồn Biên phòng tuyến biên giới đất liền",),
            ("Ủy ban MTTQ Việt Nam và các tổ chức chính trị - xã hội các xã biên giới",), "2026-09-30"),
        Exp("Duy trì hoạt động Câu lạc bộ pháp luật", ("Đồn Biên phòng Quảng Đức",),
            ("Ủy ban nhân dân xã Quảng Đức",), "2026-12-31"),
        Exp("Sơ kết 6 tháng, tổng kết công tác", ("Phòng Chính trị",), ("các cơ quan, đơn vị",),
            "2026-12-31"),
        Exp("Phổ biến văn bản quy phạm pháp luật mới", ("Phòng Chính trị",),
            ("Phòng Tham mưu", "các Đồn Biên phòng"), "2026-12-31", on_request=True),
    ],
)


PLANS: list[Plan] = [
    PLAN_CAT, PLAN_BCHQS, PLAN_MTTQ, PLAN_LDLD, PLAN_TINHDOAN,
    PLAN_HPN, PLAN_CAP, PLAN_HND, PLAN_XA, PLAN_BDBP,
]
