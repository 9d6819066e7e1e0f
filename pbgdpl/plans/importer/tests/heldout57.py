"""Held-out evaluation set 57: sector bodies and organisations (Công an, Quân sự, Biên phòng, Hải quan,
Thuế, Kho bạc, BHXH, Mặt trận, Đoàn, Hội Nông dân, Hội Cựu chiến binh, Liên đoàn Lao động).

1. PLAN_CA: Công an tỉnh Thái Nguyên; table STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |
   Sản phẩm; Quý ranges, "Thường xuyên", event-triggered row.
2. PLAN_QS: Bộ CHQS tỉnh Nghệ An; bold "1." items with labels on own lines ("Cơ quan chủ trì:", "Phối hợp:",
   "Thời gian:"), one item with two "-" assignment blocks.
3. PLAN_BP: Bộ Chỉ huy BĐBP tỉnh Quảng Trị; roman numerals, non-bold "a)" tasks, inline "X chủ trì; Y phối
   hợp. Thời gian: ..."; month ranges.
4. PLAN_HQ: Chi cục Hải quan khu vực; table without STT, column order Nội dung | Thời gian | Chủ trì |
   Phối hợp | Ghi chú, group rows with roman numerals.
5. PLAN_THUE: Thuế tỉnh Lào Cai; "1.1." numbering, prose "Giao X chủ trì, phối hợp với Y ...", dates
   "trước ngày".
6. PLAN_KB: Kho bạc Nhà nước khu vực VIII; 2-row table header (Đơn vị thực hiện: Chủ trì / Phối hợp),
   Kinh phí column.
7. PLAN_BHXH: BHXH tỉnh Đồng Tháp; "-" items with inline "Đơn vị thực hiện:" / "Thời hạn:", "+" sub-tasks.
8. PLAN_MTTQ: Ủy ban MTTQ Việt Nam xã; "Đề nghị X ..." prose, Đoàn/Hội CCB/Hội Nông dân/Hội LHPN as leads,
   persons as units.
9. PLAN_HND: Hội Nông dân tỉnh Gia Lai; table STT | Nội dung | Thời gian | Đơn vị thực hiện (Chủ trì: ..;
   Phối hợp: .. inside one cell) | Kinh phí.
10. PLAN_LDLD: Liên đoàn Lao động tỉnh Đồng Nai; plan for 2027 issued 12/2026; "Chủ trì thực hiện:" and
   "Tiến độ:" labels; event-triggered; long unit lists with ";" and "và".
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T, _header, _purpose


def _end(org: list[str], recv: list[str], role: str, signer: str) -> list[P | T]:
    out: list[P | T] = [P(line) for line in org]
    out += [P("Nơi nhận:")] + [P(f"- {r}") for r in recv] + [P("- Lưu: VT.")]
    out += [P(role, bold=True, center=True), P(signer, bold=True, center=True)]
    return out


# ---------------------------------------------------------------- 1. Công an tỉnh
PLAN_CA = Plan(
    "set57_congan_thainguyen",
    _header(
        "BỘ CÔNG AN",
        "CÔNG AN TỈNH THÁI NGUYÊN",
        "215/KH-CAT-PX03",
        "Thái Nguyên, ngày 14 tháng 01 năm 2026",
        "Phổ biến, giáo dục pháp luật trong Công an tỉnh năm 2026",
        "",
    )
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012; Quyết định số 1521/QĐ-TTg ngày 06/10/2020 "
          "của Thủ tướng Chính phủ; Kế hoạch số 09/KH-BCA-V03 ngày 08/01/2026 của Bộ Công an về công tác "
          "phổ biến, giáo dục pháp luật năm 2026; Kế hoạch số 12/KH-UBND ngày 10/01/2026 của UBND tỉnh "
          "Thái Nguyên, Công an tỉnh xây dựng Kế hoạch thực hiện như sau:"),
    ]
    + _purpose([
        "Nâng cao nhận thức, ý thức chấp hành pháp luật của cán bộ, chiến sĩ và Nhân dân.",
        "Gắn công tác phổ biến pháp luật với phong trào Toàn dân bảo vệ an ninh Tổ quốc.",
        "Bám sát nhiệm vụ chính trị của lực lượng Công an, bảo đảm thiết thực, hiệu quả.",
    ])
    + [
        P("II. NỘI DUNG, NHIỆM VỤ", bold=True),
        T((
            ("STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Sản phẩm"),
            ("1", "Quán triệt, phổ biến Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ và các văn bản hướng "
             "dẫn cho cán bộ, chiến sĩ", "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",
             "Phòng Tham mưu; Công an các xã, phường", "Quý I-II/2026", "Hội nghị quán triệt"),
            ("2", "Tuyên truyền pháp luật về phòng, chống tội phạm sử dụng công nghệ cao, lừa đảo chiếm đoạt "
             "tài sản trên không gian mạng",
             "Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao",
             "Phòng Cảnh sát hình sự, Báo và Phát thanh, Truyền hình Thái Nguyên", "Thường xuyên",
             "Tin, bài, video clip"),
            ("3", "Phổ biến pháp luật về trật tự, an toàn giao thông cho học sinh các trường trung học phổ "
             "thông", "Phòng Cảnh sát giao thông", "Sở Giáo dục và Đào tạo, Tỉnh đoàn Thái Nguyên",
             "Tháng 9 - tháng 10/2026", "Buổi tuyên truyền"),
            ("4", "Tổ chức Cuộc thi tìm hiểu Luật Căn cước trong cán bộ, chiến sĩ", "Phòng Chính trị",
             "Phòng Cảnh sát quản lý hành chính về trật tự xã hội", "Quý III/2026", "Cuộc thi"),
            ("5", "Phổ biến các luật, pháp lệnh mới về an ninh, trật tự được Quốc hội, Ủy ban Thường vụ Quốc "
             "hội thông qua", "Phòng Tham mưu", "Các phòng nghiệp vụ",
             "Khi có văn bản mới được ban hành", "Tài liệu phổ biến"),
            ("6", "Tuyên truyền pháp luật về phòng, chống ma túy tại cộng đồng dân cư",
             "Phòng Cảnh sát điều tra tội phạm về ma túy", "Công an các xã, phường; Ủy ban Mặt trận Tổ quốc "
             "Việt Nam các xã, phường", "Tháng 6/2026", "Mít tinh, tọa đàm"),
            ("7", "Phổ biến pháp luật cho phạm nhân, trại viên, người bị tạm giữ, tạm giam",
             "Trại tạm giam Công an tỉnh", "Phòng Cảnh sát quản lý tạm giữ, tạm giam và thi hành án hình sự "
             "tại cộng đồng", "Cả năm", "Buổi sinh hoạt pháp luật"),
        ), (10, 52, 34, 36, 22, 26)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
    ]
    + _end(
        ["1. Phòng Tham mưu là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch.",
         "2. Các đơn vị báo cáo kết quả thực hiện về Công an tỉnh (qua Phòng Tham mưu) trước ngày "
         "25/11/2026."],
        ["Bộ Công an (V03) (để b/c);", "UBND tỉnh (để b/c);", "Các đơn vị thuộc Công an tỉnh;"],
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
        "Đại tá Hoàng Văn Thắng",
    ),
    [
        Exp("Quán triệt, phổ biến Luật Phòng cháy, chữa cháy",
            ("Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",),
            ("Phòng Tham mưu", "Công an các xã, phường"), "2026-06-30"),
        Exp("Tuyên truyền pháp luật về phòng, chống tội phạm sử dụng công nghệ cao",
            ("Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao",),
            ("Phòng Cảnh sát hình sự", "Báo và Phát thanh, Truyền hình Thái Nguyên"), "2026-12-31"),
        Exp("Phổ biến pháp luật về trật tự, an toàn giao thông", ("Phòng Cảnh sát giao thông",),
            ("Sở Giáo dục và Đào tạo", "Tỉnh đoàn Thái Nguyên"), "2026-10-31"),
        Exp("Tổ chức Cuộc thi tìm hiểu Luật Căn cước", ("Phòng Chính trị",),
            ("Phòng Cảnh sát quản lý hành chính về trật tự xã hội",), "2026-09-30"),
        Exp("Phổ biến các luật, pháp lệnh mới về an ninh", ("Phòng Tham mưu",), ("Các phòng nghiệp vụ",),
            "2026-12-31", on_request=True),
        Exp("Tuyên truyền pháp luật về phòng, chống ma túy", ("Phòng Cảnh sát điều tra tội phạm về ma túy",),
            ("Công an các xã, phường", "Ủy ban Mặt trận Tổ quốc Việt Nam các xã, phường"), "2026-06-30"),
        Exp("Phổ biến pháp luật cho phạm nhân, trại viên", ("Trại tạm giam Công an tỉnh",),
            ("Phòng Cảnh sát quản lý tạm giữ, tạm giam và thi hành án hình sự tại cộng đồng",), "2026-12-31"),
    ],
)

# ---------------------------------------------------------------- 2. Bộ CHQS tỉnh
PLAN_QS = Plan(
    "set57_quansu_nghean",
    _header(
        "QUÂN KHU 4",
        "BỘ CHỈ HUY QUÂN SỰ TỈNH NGHỆ AN",
        "86/KH-BCH",
        "Nghệ An, ngày 20 tháng 01 năm 2026",
        "Công tác phổ biến, giáo dục pháp luật năm 2026",
        "",
    )
    + [
        P("Căn cứ Chỉ thị số 75/CT-BQP ngày 15/12/2025 của Bộ trưởng Bộ Quốc phòng về công tác pháp chế "
          "năm 2026;"),
        P("Căn cứ Kế hoạch số 4102/KH-BTL ngày 29/12/2025 của Bộ Tư lệnh Quân khu 4 về phổ biến, giáo dục "
          "pháp luật năm 2026;"),
        P("Bộ Chỉ huy Quân sự tỉnh xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Nâng cao ý thức tự giác chấp hành pháp luật, kỷ luật Quân đội; xây dựng đơn vị vững mạnh toàn "
          "diện \"mẫu mực, tiêu biểu\"; bảo đảm đúng quy định, thiết thực, không phô trương, hình thức."),
        P("II. NỘI DUNG VÀ BIỆN PHÁP", bold=True),
        P("1. Phổ biến Luật Nghĩa vụ quân sự và các văn bản hướng dẫn về tuyển chọn, gọi công dân nhập ngũ",
          bold=True),
        P("Cơ quan chủ trì: Phòng Tham mưu"),
        P("Phối hợp: Ban Chỉ huy phòng thủ khu vực; Công an tỉnh"),
        P("Thời gian: Tháng 10 - tháng 12/2026"),
        P("2. Tuyên truyền Luật Lực lượng dự bị động viên, Luật Dân quân tự vệ cho cán bộ, chiến sĩ dân quân",
          bold=True),
        P("Cơ quan chủ trì: Ban Chỉ huy Quân sự các xã, phường"),
        P("Phối hợp: Phòng Chính trị"),
        P("Thời gian: Quý II/2026"),
        P("3. Sinh hoạt chuyên đề pháp luật hằng tháng tại các cơ quan, đơn vị", bold=True),
        P("Cơ quan chủ trì: Phòng Chính trị"),
        P("Phối hợp: Các cơ quan, đơn vị trực thuộc"),
        P("Thời gian: Hằng tháng"),
        P("4. Phổ biến pháp luật về quản lý, bảo vệ đất quốc phòng, công trình quốc phòng và khu quân sự",
          bold=True),
        P("- Phòng Hậu cần - Kỹ thuật chủ trì biên soạn tài liệu, tổ chức phổ biến cho cán bộ, nhân viên; "
          "thời gian: Quý III/2026."),
        P("- Ban Chỉ huy phòng thủ khu vực chủ trì, phối hợp với Ủy ban nhân dân các xã, phường tuyên truyền "
          "cho Nhân dân sinh sống gần khu quân sự; thời gian: Quý IV/2026."),
        P("5. Hội thi \"Cán bộ pháp chế giỏi\" cấp Bộ Chỉ huy", bold=True),
        P("Cơ quan chủ trì: Ban Pháp chế"),
        P("Phối hợp: Phòng Chính trị, Phòng Tham mưu"),
        P("Thời gian: Trước ngày 30/8/2026"),
        P("6. Triển khai văn bản quy phạm pháp luật mới về quốc phòng, quân sự", bold=True),
        P("Cơ quan chủ trì: Ban Pháp chế"),
        P("Phối hợp: Các cơ quan, đơn vị"),
        P("Thời gian: Khi có hướng dẫn của Bộ Tư lệnh Quân khu"),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
    ]
    + _end(
        ["Ban Pháp chế giúp Bộ Chỉ huy theo dõi, đôn đốc; tổng hợp báo cáo kết quả về Quân khu trước ngày "
         "15/11/2026."],
        ["Bộ Tư lệnh Quân khu 4 (để b/c);", "Thủ trưởng Bộ Chỉ huy;", "Các cơ quan, đơn vị;"],
        "CHỈ HUY TRƯỞNG",
        "Đại tá Nguyễn Hữu Phúc",
    ),
    [
        Exp("Phổ biến Luật Nghĩa vụ quân sự", ("Phòng Tham mưu",),
            ("Ban Chỉ huy phòng thủ khu vực", "Công an tỉnh"), "2026-12-31"),
        Exp("Tuyên truyền Luật Lực lượng dự bị động viên", ("Ban Chỉ huy Quân sự các xã, phường",),
            ("Phòng Chính trị",), "2026-06-30"),
        Exp("Sinh hoạt chuyên đề pháp luật hằng tháng", ("Phòng Chính trị",),
            ("Các cơ quan, đơn vị trực thuộc",), "2026-12-31"),
        Exp("Phòng Hậu cần - Kỹ thuật chủ trì biên soạn", ("Phòng Hậu cần - Kỹ thuật",), (), "2026-09-30"),
        Exp("Ban Chỉ huy phòng thủ khu vực chủ trì", ("Ban Chỉ huy phòng thủ khu vực",),
            ("Ủy ban nhân dân các xã, phường",), "2026-12-31"),
        Exp("Hội thi \"Cán bộ pháp chế giỏi\"", ("Ban Pháp chế",), ("Phòng Chính trị", "Phòng Tham mưu"),
            "2026-08-30"),
        Exp("Triển khai văn bản quy phạm pháp luật mới", ("Ban Pháp chế",), ("Các cơ quan, đơn vị",),
            "2026-12-31", on_request=True),
    ],
)

# ---------------------------------------------------------------- 3. Biên phòng
PLAN_BP = Plan(
    "set57_bienphong_quangtri",
    _header(
        "BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG",
        "BỘ CHỈ HUY BĐBP TỈNH QUẢNG TRỊ",
        "158/KH-BCH",
        "Quảng Trị, ngày 05 tháng 02 năm 2026",
        "Tuyên truyền, phổ biến pháp luật cho cán bộ, Nhân dân khu vực biên giới, biển năm 2026",
        "",
    )
    + [
        P("Căn cứ Luật Biên phòng Việt Nam năm 2020; Nghị định số 106/2021/NĐ-CP ngày 06/12/2021 của "
          "Chính phủ; Kế hoạch số 221/KH-BTL ngày 16/01/2026 của Bộ Tư lệnh Bộ đội Biên phòng; Bộ Chỉ huy "
          "Bộ đội Biên phòng tỉnh ban hành Kế hoạch tuyên truyền, phổ biến pháp luật năm 2026 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Góp phần nâng cao nhận thức pháp luật về biên giới quốc gia, ý thức tự quản đường biên, cột "
          "mốc."),
        P("2. Tuyên truyền bằng hình thức phù hợp với đồng bào dân tộc thiểu số, ngư dân."),
        P("II. NỘI DUNG", bold=True),
        P("1. Tuyên truyền pháp luật về biên giới", bold=True),
        P("a) Phổ biến Luật Biên giới quốc gia, Hiệp định về quy chế quản lý biên giới Việt Nam - Lào cho "
          "đồng bào các xã biên giới. Đồn Biên phòng các xã biên giới chủ trì; Ủy ban nhân dân các xã biên "
          "giới, Hội Cựu chiến binh các xã biên giới phối hợp. Thời gian: tháng 3 đến tháng 11/2026."),
        P("b) Vận động Nhân dân tham gia phong trào \"Toàn dân tham gia tự quản đường biên, mốc quốc giới và "
          "an ninh trật tự thôn, bản\". Phòng Vận động quần chúng chủ trì; Ủy ban Mặt trận Tổ quốc Việt Nam "
          "tỉnh phối hợp. Thời gian: thường xuyên."),
        P("2. Tuyên truyền pháp luật về biển, đảo", bold=True),
        P("a) Tuyên truyền chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU) "
          "cho ngư dân. Hải đội Biên phòng 2 chủ trì; Sở Nông nghiệp và Môi trường, Chi cục Thủy sản phối "
          "hợp. Thời gian: tháng 4 - tháng 8/2026."),
        P("b) Phổ biến Luật Biển Việt Nam tại các cảng cá, bến thuyền. Đồn Biên phòng Cửa khẩu cảng Cửa Việt "
          "chủ trì; Ban Quản lý cảng cá phối hợp. Thời gian: Quý II/2026."),
        P("3. Phòng, chống ma túy, mua bán người qua biên giới", bold=True),
        P("a) Tổ chức tọa đàm pháp luật về phòng, chống mua bán người tại các trường dân tộc nội trú. Phòng "
          "Phòng, chống ma túy và tội phạm chủ trì; Đoàn Thanh niên Bộ Chỉ huy, Hội Liên hiệp Phụ nữ tỉnh "
          "phối hợp. Thời gian: tháng 9 - tháng 10/2026."),
        P("b) Cung cấp tài liệu song ngữ Việt - Lào, Việt - Pa Cô cho đội ngũ già làng, người có uy tín. "
          "Phòng Chính trị chủ trì. Thời gian: sau khi Bộ Tư lệnh cấp phát tài liệu."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
    ]
    + _end(
        ["Phòng Chính trị là cơ quan thường trực; các đơn vị báo cáo sơ kết 6 tháng trước ngày 15/6/2026 và "
         "tổng kết trước ngày 15/11/2026."],
        ["Bộ Tư lệnh BĐBP (để b/c);", "Tỉnh ủy, UBND tỉnh (để b/c);", "Các đồn, đơn vị;"],
        "CHỈ HUY TRƯỞNG",
        "Đại tá Lê Quang Đạo",
    ),
    [
        Exp("Phổ biến Luật Biên giới quốc gia, Hiệp định", ("Đồn Biên phòng các xã biên giới",),
            ("Ủy ban nhân dân các xã biên giới", "Hội Cựu chiến binh các xã biên giới"), "2026-11-30"),
        Exp("Vận động Nhân dân tham gia phong trào", ("Phòng Vận động quần chúng",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",), "2026-12-31"),
        Exp("Tuyên truyền chống khai thác hải sản bất hợp pháp", ("Hải đội Biên phòng 2",),
            ("Sở Nông nghiệp và Môi trường", "Chi cục Thủy sản"), "2026-08-31"),
        Exp("Phổ biến Luật Biển Việt Nam tại các cảng cá", ("Đồn Biên phòng Cửa khẩu cảng Cửa Việt",),
            ("Ban Quản lý cảng cá",), "2026-06-30"),
        Exp("Tổ chức tọa đàm pháp luật về phòng, chống mua bán người",
            ("Phòng Phòng, chống ma túy và tội phạm",),
            ("Đoàn Thanh niên Bộ Chỉ huy", "Hội Liên hiệp Phụ nữ tỉnh"), "2026-10-31"),
        Exp("Cung cấp tài liệu song ngữ Việt - Lào", ("Phòng Chính trị",), (), "2026-12-31",
            on_request=True),
    ],
)

# ---------------------------------------------------------------- 4. Hải quan
PLAN_HQ = Plan(
    "set57_haiquan_kv",
    _header(
        "CỤC HẢI QUAN",
        "CHI CỤC HẢI QUAN KHU VỰC V",
        "47/KH-CCHQKV.V",
        "Hải Phòng, ngày 22 tháng 01 năm 2026",
        "Công tác phổ biến, giáo dục pháp luật và hỗ trợ pháp lý cho doanh nghiệp năm 2026",
        "",
    )
    + [
        P("Căn cứ Luật Hải quan năm 2014; Nghị định số 55/2019/NĐ-CP ngày 24/6/2019 của Chính phủ về hỗ trợ "
          "pháp lý cho doanh nghiệp nhỏ và vừa; Kế hoạch số 118/KH-CHQ ngày 09/01/2026 của Cục Hải quan;"),
        P("Chi cục Hải quan khu vực V xây dựng Kế hoạch như sau:"),
    ]
    + _purpose([
        "Phổ biến kịp thời chính sách, pháp luật về hải quan cho công chức và cộng đồng doanh nghiệp.",
        "Tạo thuận lợi thương mại, nâng cao tính tuân thủ của doanh nghiệp.",
        "Phân công rõ đơn vị chủ trì, thời gian hoàn thành.",
    ])
    + [
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        T((
            ("Nội dung công việc", "Thời gian", "Chủ trì", "Phối hợp", "Ghi chú"),
            ("I. Phổ biến pháp luật cho công chức", "", "", "", ""),
            ("Tập huấn Nghị định sửa đổi, bổ sung Nghị định số 08/2015/NĐ-CP về thủ tục hải quan",
             "Quý I/2026", "Đội Nghiệp vụ", "Các Hải quan cửa khẩu trực thuộc", "Hình thức trực tuyến"),
            ("Quán triệt Luật Phòng, chống tham nhũng, quy tắc ứng xử của công chức hải quan",
             "Tháng 5/2026", "Đội Tổng hợp", "Công đoàn Chi cục, Chi đoàn Thanh niên", ""),
            ("Cập nhật văn bản mới trên Trang thông tin điện tử của Chi cục", "Thường xuyên", "Đội Tổng hợp",
             "", ""),
            ("II. Hỗ trợ pháp lý cho doanh nghiệp", "", "", "", ""),
            ("Đối thoại doanh nghiệp về thủ tục hải quan đối với hàng gia công, sản xuất xuất khẩu",
             "Tháng 6 và tháng 11/2026", "Đội Kiểm tra sau thông quan",
             "Hiệp hội Doanh nghiệp thành phố Hải Phòng; Ban Quản lý Khu kinh tế Hải Phòng", ""),
            ("Giải đáp vướng mắc của doanh nghiệp qua bộ phận hỗ trợ", "Cả năm",
             "Hải quan cửa khẩu cảng Hải Phòng khu vực 1", "Đội Nghiệp vụ", ""),
            ("Phổ biến quy định về kiểm soát hải quan, phòng chống buôn lậu cho đại lý làm thủ tục hải quan",
             "Quý III/2026", "Đội Kiểm soát hải quan", "Bộ đội Biên phòng thành phố, Công an thành phố", ""),
            ("Hướng dẫn doanh nghiệp thực hiện quy định mới về xuất xứ hàng hóa",
             "Khi Bộ Tài chính ban hành Thông tư hướng dẫn", "Đội Nghiệp vụ", "Đội Tổng hợp", ""),
        ), (60, 28, 32, 40, 26)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
    ]
    + _end(
        ["Thủ trưởng các đơn vị chịu trách nhiệm tổ chức thực hiện; Đội Tổng hợp tổng hợp kết quả, báo cáo "
         "Cục Hải quan trước ngày 05/12/2026."],
        ["Cục Hải quan (Vụ Pháp chế) (để b/c);", "Lãnh đạo Chi cục;", "Các Đội, Hải quan cửa khẩu;"],
        "CHI CỤC TRƯỞNG",
        "Phạm Minh Khôi",
    ),
    [
        Exp("Tập huấn Nghị định sửa đổi, bổ sung Nghị định", ("Đội Nghiệp vụ",),
            ("Các Hải quan cửa khẩu trực thuộc",), "2026-03-31"),
        Exp("Quán triệt Luật Phòng, chống tham nhũng", ("Đội Tổng hợp",),
            ("Công đoàn Chi cục", "Chi đoàn Thanh niên"), "2026-05-31"),
        Exp("Cập nhật văn bản mới trên Trang thông tin", ("Đội Tổng hợp",), (), "2026-12-31"),
        Exp("Đối thoại doanh nghiệp về thủ tục hải quan", ("Đội Kiểm tra sau thông quan",),
            ("Hiệp hội Doanh nghiệp thành phố Hải Phòng", "Ban Quản lý Khu kinh tế Hải Phòng"), "2026-11-30"),
        Exp("Giải đáp vướng mắc của doanh nghiệp", ("Hải quan cửa khẩu cảng Hải Phòng khu vực 1",),
            ("Đội Nghiệp vụ",), "2026-12-31"),
        Exp("Phổ biến quy định về kiểm soát hải quan", ("Đội Kiểm soát hải quan",),
            ("Bộ đội Biên phòng thành phố", "Công an thành phố"), "2026-09-30"),
        Exp("Hướng dẫn doanh nghiệp thực hiện quy định mới", ("Đội Nghiệp vụ",), ("Đội Tổng hợp",),
            "2026-12-31", on_request=True),
    ],
)

# ---------------------------------------------------------------- 5. Thuế tỉnh
PLAN_THUE = Plan(
    "set57_thue_laocai",
    _header(
        "CỤC THUẾ",
        "THUẾ TỈNH LÀO CAI",
        "302/KH-LCA",
        "Lào Cai, ngày 26 tháng 01 năm 2026",
        "Tuyên truyền, hỗ trợ người nộp thuế và phổ biến pháp luật về thuế năm 2026",
        "",
    )
    + [
        P("Căn cứ Luật Quản lý thuế số 38/2019/QH14 và Luật số 56/2024/QH15 sửa đổi, bổ sung một số điều;"),
        P("Căn cứ Quyết định số 215/QĐ-CT ngày 02/01/2026 của Cục trưởng Cục Thuế về chương trình công tác "
          "năm 2026;"),
        P("Thuế tỉnh Lào Cai ban hành Kế hoạch thực hiện như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Giúp người nộp thuế hiểu và tự giác chấp hành nghĩa vụ thuế; chuyển đổi hộ kinh doanh nộp thuế "
          "khoán sang kê khai theo đúng lộ trình."),
        P("II. NHIỆM VỤ", bold=True),
        P("1. Công tác tuyên truyền", bold=True),
        P("1.1. Tuyên truyền chính sách thuế mới có hiệu lực từ năm 2026 trên các phương tiện thông tin đại "
          "chúng"),
        P("Giao Phòng Tuyên truyền và Hỗ trợ người nộp thuế chủ trì, phối hợp với Báo và Phát thanh, Truyền "
          "hình Lào Cai thực hiện; hoàn thành trước ngày 31/3/2026."),
        P("1.2. Tuyên truyền về việc bỏ thuế khoán, chuyển đổi hộ kinh doanh sang phương pháp kê khai"),
        P("Giao Thuế cơ sở 1 tỉnh Lào Cai, Thuế cơ sở 2 tỉnh Lào Cai chủ trì, phối hợp với Ủy ban nhân dân "
          "các xã, phường tổ chức tuyên truyền đến từng hộ kinh doanh; thời gian từ tháng 01 đến tháng "
          "6/2026."),
        P("1.3. Phổ biến pháp luật về hóa đơn điện tử khởi tạo từ máy tính tiền"),
        P("Giao Phòng Quản lý hộ kinh doanh, cá nhân và thu khác chủ trì, phối hợp với Sở Công Thương, Hội "
          "Doanh nhân trẻ tỉnh; thời gian: Quý II/2026."),
        P("2. Công tác hỗ trợ người nộp thuế", bold=True),
        P("2.1. Tổ chức đối thoại với người nộp thuế"),
        P("Giao Phòng Tuyên truyền và Hỗ trợ người nộp thuế chủ trì, phối hợp với Liên minh Hợp tác xã tỉnh, "
          "Hiệp hội Doanh nghiệp tỉnh; trước ngày 30/9/2026."),
        P("2.2. Giải đáp vướng mắc về quyết toán thuế thu nhập cá nhân"),
        P("Giao Phòng Tuyên truyền và Hỗ trợ người nộp thuế chủ trì; thời gian: tháng 3 - tháng 4/2026."),
        P("3. Hướng dẫn thực hiện các văn bản quy phạm pháp luật về thuế mới ban hành", bold=True),
        P("Giao Phòng Nghiệp vụ - Dự toán - Pháp chế chủ trì, phối hợp với các phòng, Thuế cơ sở thực hiện "
          "khi có văn bản hướng dẫn của Cục Thuế."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
    ]
    + _end(
        ["Trưởng các phòng, Trưởng Thuế cơ sở tổ chức thực hiện nghiêm túc. Phòng Tuyên truyền và Hỗ trợ "
         "người nộp thuế tổng hợp báo cáo Cục Thuế định kỳ hằng quý."],
        ["Cục Thuế (để b/c);", "UBND tỉnh Lào Cai (để b/c);", "Các phòng, Thuế cơ sở;"],
        "TRƯỞNG THUẾ TỈNH",
        "Vũ Thị Thanh Hà",
    ),
    [
        Exp("Tuyên truyền chính sách thuế mới có hiệu lực", ("Phòng Tuyên truyền và Hỗ trợ người nộp thuế",),
            ("Báo và Phát thanh, Truyền hình Lào Cai",), "2026-03-31"),
        Exp("Tuyên truyền về việc bỏ thuế khoán", ("Thuế cơ sở 1 tỉnh Lào Cai", "Thuế cơ sở 2 tỉnh Lào Cai"),
            ("Ủy ban nhân dân các xã, phường",), "2026-06-30"),
        Exp("Phổ biến pháp luật về hóa đơn điện tử", ("Phòng Quản lý hộ kinh doanh, cá nhân và thu khác",),
            ("Sở Công Thương", "Hội Doanh nhân trẻ tỉnh"), "2026-06-30"),
        Exp("Tổ chức đối thoại với người nộp thuế", ("Phòng Tuyên truyền và Hỗ trợ người nộp thuế",),
            ("Liên minh Hợp tác xã tỉnh", "Hiệp hội Doanh nghiệp tỉnh"), "2026-09-30"),
        Exp("Giải đáp vướng mắc về quyết toán thuế", ("Phòng Tuyên truyền và Hỗ trợ người nộp thuế",), (),
            "2026-04-30"),
        Exp("Hướng dẫn thực hiện các văn bản quy phạm pháp luật", ("Phòng Nghiệp vụ - Dự toán - Pháp chế",),
            ("các phòng", "Thuế cơ sở"), "2026-12-31", on_request=True),
    ],
)

# ---------------------------------------------------------------- 6. Kho bạc
PLAN_KB = Plan(
    "set57_khobac_kv8",
    _header(
        "KHO BẠC NHÀ NƯỚC",
        "KHO BẠC NHÀ NƯỚC KHU VỰC VIII",
        "19/KH-KBNN.KVVIII",
        "Vinh, ngày 03 tháng 02 năm 2026",
        "Phổ biến, giáo dục pháp luật năm 2026",
        "",
    )
    + [
        P("Căn cứ Quyết định số 2613/QĐ-BTC ngày 28/12/2025 của Bộ trưởng Bộ Tài chính ban hành Kế hoạch "
          "phổ biến, giáo dục pháp luật năm 2026 của Bộ Tài chính; Công văn số 54/KBNN-PC ngày 08/01/2026 "
          "của Kho bạc Nhà nước, Kho bạc Nhà nước khu vực VIII ban hành Kế hoạch như sau:"),
    ]
    + _purpose([
        "Phổ biến kịp thời Luật Ngân sách nhà nước năm 2025 và các văn bản hướng dẫn.",
        "Nâng cao kỹ năng thực thi pháp luật về kiểm soát chi của công chức Kho bạc.",
        "Bảo đảm tiết kiệm, lồng ghép với hội nghị chuyên môn.",
    ])
    + [
        P("II. NỘI DUNG", bold=True),
        T((
            ("STT", "Nhiệm vụ", "Đơn vị thực hiện", "", "Thời gian hoàn thành", "Kinh phí"),
            ("", "", "Chủ trì", "Phối hợp", "", ""),
            ("1", "Tập huấn Luật Ngân sách nhà nước năm 2025 và Nghị định hướng dẫn",
             "Phòng Kiểm soát chi", "Phòng Kế toán nhà nước; Phòng Giao dịch số 1", "Quý I/2026",
             "Chi thường xuyên"),
            ("2", "Phổ biến quy định về dịch vụ công trực tuyến của Kho bạc cho đơn vị sử dụng ngân sách",
             "Phòng Giao dịch các xã, phường", "Ủy ban nhân dân các xã, phường", "Tháng 4 - tháng 7/2026",
             "Lồng ghép"),
            ("3", "Phổ biến Luật Phòng, chống rửa tiền, Luật Kế toán sửa đổi", "Phòng Kế toán nhà nước",
             "Phòng Tổ chức - Hành chính", "Quý III/2026", ""),
            ("4", "Tổ chức Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam",
             "Phòng Tổ chức - Hành chính", "Công đoàn Kho bạc Nhà nước khu vực VIII, Đoàn Thanh niên",
             "Tháng 11/2026", "Chi thường xuyên"),
            ("5", "Rà soát văn bản nội bộ, quy trình nghiệp vụ theo quy định mới", "Phòng Kiểm soát chi",
             "Các phòng chuyên môn", "Khi Kho bạc Nhà nước ban hành quy trình mới", ""),
        ), (10, 56, 32, 40, 26, 24)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
    ]
    + _end(
        ["Phòng Tổ chức - Hành chính là đầu mối theo dõi; các đơn vị báo cáo kết quả trước ngày 30/11/2026."],
        ["Kho bạc Nhà nước (Vụ Pháp chế);", "Ban Giám đốc;", "Các phòng, Phòng Giao dịch;"],
        "GIÁM ĐỐC",
        "Trần Văn Lộc",
    ),
    [
        Exp("Tập huấn Luật Ngân sách nhà nước năm 2025", ("Phòng Kiểm soát chi",),
            ("Phòng Kế toán nhà nước", "Phòng Giao dịch số 1"), "2026-03-31"),
        Exp("Phổ biến quy định về dịch vụ công trực tuyến", ("Phòng Giao dịch các xã, phường",),
            ("Ủy ban nhân dân các xã, phường",), "2026-07-31"),
        Exp("Phổ biến Luật Phòng, chống rửa tiền", ("Phòng Kế toán nhà nước",),
            ("Phòng Tổ chức - Hành chính",),
            "2026-09-30"),
        Exp("Tổ chức Ngày Pháp luật nước Cộng hòa", ("Phòng Tổ chức - Hành chính",),
            ("Công đoàn Kho bạc Nhà nước khu vực VIII", "Đoàn Thanh niên"), "2026-11-30"),
        Exp("Rà soát văn bản nội bộ, quy trình nghiệp vụ", ("Phòng Kiểm soát chi",),
            ("Các phòng chuyên môn",),
            "2026-12-31", on_request=True),
    ],
)

# ---------------------------------------------------------------- 7. BHXH
PLAN_BHXH = Plan(
    "set57_bhxh_dongthap",
    _header(
        "BẢO HIỂM XÃ HỘI VIỆT NAM",
        "BẢO HIỂM XÃ HỘI TỈNH ĐỒNG THÁP",
        "412/KH-BHXH",
        "Đồng Tháp, ngày 10 tháng 02 năm 2026",
        "Tuyên truyền, phổ biến chính sách, pháp luật về bảo hiểm xã hội, bảo hiểm y tế năm 2026",
        "",
    )
    + [
        P("Căn cứ Luật Bảo hiểm xã hội số 41/2024/QH15; Luật Bảo hiểm y tế sửa đổi, bổ sung năm 2024;"),
        P("Căn cứ Kế hoạch số 95/KH-BHXH ngày 12/01/2026 của Bảo hiểm xã hội Việt Nam,"),
        P("Bảo hiểm xã hội tỉnh xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Phấn đấu tỷ lệ bao phủ bảo hiểm y tế đạt trên 95% dân số; phát triển người tham gia bảo hiểm xã "
          "hội tự nguyện."),
        P("- Đổi mới hình thức tuyên truyền, chú trọng nền tảng số."),
        P("II. NỘI DUNG VÀ HÌNH THỨC", bold=True),
        P("- Tổ chức hội nghị khách hàng với các doanh nghiệp về Luật Bảo hiểm xã hội năm 2024. Đơn vị thực "
          "hiện: Phòng Truyền thông và Phát triển người tham gia; Phòng Quản lý thu - Sổ, thẻ. Thời hạn: "
          "Quý II/2026."),
        P("- Tuyên truyền trực tiếp, vận động người dân tham gia bảo hiểm xã hội tự nguyện, bảo hiểm y tế hộ "
          "gia đình:"),
        P("+ Bảo hiểm xã hội cơ sở chủ trì, phối hợp với Ủy ban nhân dân các xã, phường tổ chức hội nghị tại "
          "thôn, ấp. Thời hạn: từ tháng 3 đến tháng 10/2026."),
        P("+ Đề nghị Hội Nông dân tỉnh, Hội Liên hiệp Phụ nữ tỉnh phối hợp vận động hội viên tham gia. Thời "
          "hạn: cả năm 2026."),
        P("- Phối hợp với Liên đoàn Lao động tỉnh phổ biến pháp luật về đóng bảo hiểm xã hội cho người lao "
          "động tại các khu công nghiệp. Đơn vị thực hiện: Phòng Thanh tra - Kiểm tra. Thời hạn: tháng "
          "8/2026."),
        P("- Phổ biến pháp luật về bảo hiểm y tế học sinh, sinh viên năm học 2026-2027. Đơn vị thực hiện: "
          "Phòng Truyền thông và Phát triển người tham gia, phối hợp Sở Giáo dục và Đào tạo. Thời hạn: trước "
          "ngày 15/10/2026."),
        P("- Cập nhật hỏi - đáp chính sách trên Cổng thông tin điện tử, ứng dụng VssID. Đơn vị thực hiện: "
          "Văn "
          "phòng. Thời hạn: hằng tháng."),
        P("- Tuyên truyền các văn bản hướng dẫn Luật Bảo hiểm y tế. Đơn vị thực hiện: Phòng Giám định bảo "
          "hiểm "
          "y tế. Thời hạn: khi Bảo hiểm xã hội Việt Nam có văn bản hướng dẫn."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
    ]
    + _end(
        ["Phòng Truyền thông và Phát triển người tham gia theo dõi, tổng hợp; báo cáo 6 tháng trước ngày "
         "20/6/2026, báo cáo năm trước ngày 20/11/2026."],
        ["BHXH Việt Nam (để b/c);", "UBND tỉnh (để b/c);", "Các phòng, BHXH cơ sở;"],
        "GIÁM ĐỐC",
        "Nguyễn Thị Bích Ngọc",
    ),
    [
        Exp("Tổ chức hội nghị khách hàng với các doanh nghiệp",
            ("Phòng Truyền thông và Phát triển người tham gia", "Phòng Quản lý thu - Sổ, thẻ"), (),
            "2026-06-30"),
        Exp("Bảo hiểm xã hội cơ sở chủ trì, phối hợp", ("Bảo hiểm xã hội cơ sở",),
            ("Ủy ban nhân dân các xã, phường",), "2026-10-31"),
        Exp("Đề nghị Hội Nông dân tỉnh, Hội Liên hiệp",
            ("Hội Nông dân tỉnh", "Hội Liên hiệp Phụ nữ tỉnh"), (),
            "2026-12-31"),
        Exp("Phối hợp với Liên đoàn Lao động tỉnh phổ biến", ("Phòng Thanh tra - Kiểm tra",),
            ("Liên đoàn Lao động tỉnh",), "2026-08-31"),
        Exp("Phổ biến pháp luật về bảo hiểm y tế học sinh",
            ("Phòng Truyền thông và Phát triển người tham gia",),
            ("Sở Giáo dục và Đào tạo",), "2026-10-15"),
        Exp("Cập nhật hỏi - đáp chính sách", ("Văn phòng",), (), "2026-12-31"),
        Exp("Tuyên truyền các văn bản hướng dẫn Luật Bảo hiểm y tế", ("Phòng Giám định bảo hiểm y tế",), (),
            "2026-12-31", on_request=True),
    ],
)

# ---------------------------------------------------------------- 8. Mặt trận xã
PLAN_MTTQ = Plan(
    "set57_mttq_xa",
    _header(
        "ỦY BAN MTTQ VIỆT NAM TỈNH AN GIANG",
        "ỦY BAN MTTQ VIỆT NAM XÃ PHÚ TÂN",
        "07/KH-MTTQ",
        "Phú Tân, ngày 02 tháng 3 năm 2026",
        "Phối hợp tuyên truyền, phổ biến, giáo dục pháp luật trong Nhân dân năm 2026",
        "",
    )
    + [
        P("Căn cứ Điều lệ Mặt trận Tổ quốc Việt Nam; Chương trình phối hợp số 02/CTPH-UBND-MTTQ ngày "
          "15/8/2025 giữa Ủy ban nhân dân xã và Ủy ban Mặt trận Tổ quốc Việt Nam xã; Kế hoạch số 31/KH-UBND "
          "ngày 20/02/2026 của Ủy ban nhân dân xã Phú Tân về phổ biến, giáo dục pháp luật năm 2026;"),
        P("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Phát huy vai trò của Mặt trận và các tổ chức chính trị - xã hội trong tuyên truyền pháp luật đến "
          "đoàn viên, hội viên và Nhân dân; gắn với Cuộc vận động \"Toàn dân đoàn kết xây dựng nông thôn "
          "mới, "
          "đô thị văn minh\"."),
        P("II. NỘI DUNG", bold=True),
        P("1. Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã chủ trì tuyên truyền pháp luật về thực "
          "hiện "
          "dân chủ ở cơ sở, phối hợp với Ban Công tác Mặt trận các ấp; thời gian: Quý II/2026."),
        P("2. Đề nghị Đoàn Thanh niên Cộng sản Hồ Chí Minh xã tổ chức sân chơi \"Thanh niên với pháp luật\" "
          "về an toàn giao thông, phòng chống ma túy; phối hợp Công an xã; thời gian: tháng 7 - tháng "
          "8/2026."),
        P("3. Đề nghị Hội Cựu chiến binh xã tuyên truyền pháp luật về đất đai, hòa giải ở cơ sở trong hội "
          "viên; phối hợp Công chức Tư pháp - Hộ tịch; thời gian: thường xuyên."),
        P("4. Đề nghị Hội Nông dân xã phổ biến pháp luật về sử dụng thuốc bảo vệ thực vật, an toàn thực phẩm "
          "cho nông dân; phối hợp Trạm Khuyến nông, Hợp tác xã nông nghiệp Phú Tân; thời gian: Quý "
          "III/2026."),
        P("5. Đề nghị Hội Liên hiệp Phụ nữ xã tuyên truyền Luật Phòng, chống bạo lực gia đình năm 2022 và "
          "Luật Hôn nhân và gia đình; thời gian: tháng 6/2026."),
        P("6. Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam xã phụ trách giám sát việc tuyên truyền pháp "
          "luật "
          "tại các ấp, phối hợp Ban Thanh tra nhân dân xã; thời gian: trước ngày 30/11/2026."),
        P("7. Các tổ chức thành viên tuyên truyền văn bản pháp luật mới khi có đề nghị của Ủy ban nhân dân "
          "xã; "
          "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã phối hợp."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
    ]
    + _end(
        ["Các tổ chức chính trị - xã hội, Ban Công tác Mặt trận các ấp triển khai thực hiện; báo cáo kết quả "
         "về Ban Thường trực trước ngày 05/12/2026."],
        ["Ủy ban MTTQ Việt Nam tỉnh (để b/c);", "Đảng ủy, UBND xã;", "Các tổ chức thành viên;"],
        "TM. BAN THƯỜNG TRỰC\nCHỦ TỊCH",
        "Đặng Văn Sơn",
    ),
    [
        Exp("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã chủ trì",
            ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã",), ("Ban Công tác Mặt trận các ấp",),
            "2026-06-30"),
        Exp("Đề nghị Đoàn Thanh niên Cộng sản Hồ Chí Minh", ("Đoàn Thanh niên Cộng sản Hồ Chí Minh xã",),
            ("Công an xã",), "2026-08-31"),
        Exp("Đề nghị Hội Cựu chiến binh xã tuyên truyền", ("Hội Cựu chiến binh xã",),
            ("Công chức Tư pháp - Hộ tịch",), "2026-12-31"),
        Exp("Đề nghị Hội Nông dân xã phổ biến", ("Hội Nông dân xã",),
            ("Trạm Khuyến nông", "Hợp tác xã nông nghiệp Phú Tân"), "2026-09-30"),
        Exp("Đề nghị Hội Liên hiệp Phụ nữ xã tuyên truyền", ("Hội Liên hiệp Phụ nữ xã",), (), "2026-06-30"),
        Exp("Phó Chủ tịch Ủy ban Mặt trận Tổ quốc", ("Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam xã",),
            ("Ban Thanh tra nhân dân xã",), "2026-11-30"),
        Exp("Các tổ chức thành viên tuyên truyền văn bản", ("Các tổ chức thành viên",),
            ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã",), "2026-12-31", on_request=True),
    ],
)

# ---------------------------------------------------------------- 9. Hội Nông dân tỉnh
PLAN_HND = Plan(
    "set57_hoinongdan_gialai",
    _header(
        "HỘI NÔNG DÂN VIỆT NAM",
        "BAN CHẤP HÀNH HỘI NÔNG DÂN TỈNH GIA LAI",
        "24-KH/HNDT",
        "Gia Lai, ngày 16 tháng 01 năm 2026",
        "Tuyên truyền, phổ biến, giáo dục pháp luật và trợ giúp pháp lý cho hội viên, nông dân năm 2026",
        "",
    )
    + [
        P("Căn cứ Quyết định số 21/QĐ-TTg ngày 06/01/2021 của Thủ tướng Chính phủ phê duyệt Đề án \"Hội Nông "
          "dân Việt Nam tham gia tuyên truyền, phổ biến pháp luật, hỗ trợ pháp lý cho nông dân\"; Kế hoạch "
          "số "
          "115-KH/HNDTW ngày 05/01/2026 của Ban Thường vụ Trung ương Hội Nông dân Việt Nam; Ban Thường vụ "
          "Hội "
          "Nông dân tỉnh xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Nâng cao hiểu biết pháp luật, kỹ năng tự bảo vệ quyền lợi hợp pháp của hội viên, nông dân, nhất "
          "là "
          "đồng bào dân tộc thiểu số."),
        P("II. NỘI DUNG, THỜI GIAN, PHÂN CÔNG", bold=True),
        T((
            ("TT", "Nội dung", "Thời gian", "Đơn vị thực hiện", "Kinh phí"),
            ("1", "Tập huấn kỹ năng tuyên truyền pháp luật cho báo cáo viên, tuyên truyền viên Hội", "Quý "
                "II/2026",
             "Chủ trì: Ban Tuyên giáo Hội Nông dân tỉnh\nPhối hợp: Sở Tư pháp", "Đề án 21"),
            ("2", "Tuyên truyền Luật Đất đai năm 2024 cho hội viên vùng đồng bào dân tộc thiểu số",
             "Quý II-III/2026", "Chủ trì: Hội Nông dân các xã, phường\nPhối hợp: Sở Nông nghiệp và Môi "
                                "trường; "
             "Ban Dân tộc - Tôn giáo tỉnh", "Ngân sách Hội"),
            ("3", "Duy trì hoạt động Câu lạc bộ \"Nông dân với pháp luật\"", "Thường xuyên",
             "Chủ trì: Hội Nông dân các xã, phường", "Xã hội hóa"),
            ("4", "Tổ chức Hội thi \"Nhà nông đua tài\" lồng ghép kiến thức pháp luật", "Tháng 8/2026",
             "Chủ trì: Ban Kinh tế - Xã hội Hội Nông dân tỉnh\nPhối hợp: Trung tâm Hỗ trợ nông dân tỉnh",
             "Ngân sách tỉnh"),
            ("5", "Trợ giúp pháp lý lưu động cho nông dân tại các xã khó khăn", "Tháng 5 - tháng 10/2026",
             "Chủ trì: Trung tâm Hỗ trợ nông dân tỉnh\nPhối hợp: Trung tâm Trợ giúp pháp lý nhà nước tỉnh "
             "Gia "
             "Lai", "Đề án 21"),
            ("6", "Tuyên truyền pháp luật về hợp tác xã, liên kết sản xuất", "Quý IV/2026",
             "Chủ trì: Ban Kinh tế - Xã hội Hội Nông dân tỉnh\nPhối hợp: Liên minh Hợp tác xã tỉnh",
             "Ngân sách Hội"),
            ("7", "Tham gia góp ý dự thảo văn bản quy phạm pháp luật liên quan đến nông nghiệp, nông dân",
             "Theo đề nghị của cơ quan chủ trì soạn thảo", "Chủ trì: Văn phòng Hội Nông dân tỉnh", ""),
        ), (10, 62, 28, 62, 24)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
    ]
    + _end(
        ["Ban Tuyên giáo Hội Nông dân tỉnh tham mưu theo dõi; Hội Nông dân các xã, phường báo cáo kết quả "
         "trước ngày 20/11/2026."],
        ["Trung ương Hội Nông dân Việt Nam (để b/c);", "Ban Thường vụ Tỉnh ủy (để b/c);",
         "Hội Nông dân các xã, phường;"],
        "T/M BAN THƯỜNG VỤ\nCHỦ TỊCH",
        "Rơ Châm Hương",
    ),
    [
        Exp("Tập huấn kỹ năng tuyên truyền pháp luật", ("Ban Tuyên giáo Hội Nông dân tỉnh",), ("Sở Tư pháp",),
            "2026-06-30"),
        Exp("Tuyên truyền Luật Đất đai năm 2024", ("Hội Nông dân các xã, phường",),
            ("Sở Nông nghiệp và Môi trường", "Ban Dân tộc - Tôn giáo tỉnh"), "2026-09-30"),
        Exp("Duy trì hoạt động Câu lạc bộ", ("Hội Nông dân các xã, phường",), (), "2026-12-31"),
        Exp("Tổ chức Hội thi \"Nhà nông đua tài\"", ("Ban Kinh tế - Xã hội Hội Nông dân tỉnh",),
            ("Trung tâm Hỗ trợ nông dân tỉnh",), "2026-08-31"),
        Exp("Trợ giúp pháp lý lưu động cho nông dân", ("Trung tâm Hỗ trợ nông dân tỉnh",),
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh Gia Lai",), "2026-10-31"),
        Exp("Tuyên truyền pháp luật về hợp tác xã", ("Ban Kinh tế - Xã hội Hội Nông dân tỉnh",),
            ("Liên minh Hợp tác xã tỉnh",), "2026-12-31"),
        Exp("Tham gia góp ý dự thảo văn bản", ("Văn phòng Hội Nông dân tỉnh",), (), "2026-12-31",
            on_request=True),
    ],
)

# ---------------------------------------------------------------- 10. Liên đoàn Lao động tỉnh (2027)
PLAN_LDLD = Plan(
    "set57_ldld_dongnai_2027",
    _header(
        "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM",
        "LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐỒNG NAI",
        "118/KH-LĐLĐ",
        "Đồng Nai, ngày 18 tháng 12 năm 2026",
        "Tuyên truyền, phổ biến, giáo dục pháp luật cho đoàn viên, người lao động năm 2027",
        "",
    )
    + [
        P("Căn cứ Luật Công đoàn số 50/2024/QH15; Bộ luật Lao động năm 2019;"),
        P("Căn cứ Kế hoạch số 286/KH-TLĐ ngày 01/12/2026 của Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam "
          "về công tác tuyên truyền, phổ biến, giáo dục pháp luật năm 2027;"),
        P("Ban Thường vụ Liên đoàn Lao động tỉnh xây dựng Kế hoạch như sau:"),
    ]
    + _purpose([
        "Đoàn viên, người lao động hiểu rõ quyền, nghĩa vụ theo Bộ luật Lao động và Luật Công đoàn.",
        "Góp phần xây dựng quan hệ lao động hài hòa, ổn định, tiến bộ trong doanh nghiệp.",
        "Ưu tiên khu công nghiệp, doanh nghiệp có đông lao động; phối hợp chặt chẽ với cơ quan nhà nước.",
    ])
    + [
        P("II. NHIỆM VỤ, GIẢI PHÁP", bold=True),
        P("1. Tuyên truyền Luật Công đoàn năm 2024 và Điều lệ Công đoàn Việt Nam khóa XIII", bold=True),
        P("Chủ trì thực hiện: Ban Tuyên giáo Liên đoàn Lao động tỉnh."),
        P("Phối hợp: Công đoàn các Khu công nghiệp Đồng Nai; công đoàn cơ sở trực thuộc và Báo Đồng Nai."),
        P("Tiến độ: Quý I - Quý II/2027."),
        P("2. Phổ biến pháp luật về tiền lương, bảo hiểm xã hội, an toàn, vệ sinh lao động tại doanh nghiệp",
          bold=True),
        P("Chủ trì thực hiện: Ban Chính sách - Pháp luật Liên đoàn Lao động tỉnh."),
        P("Phối hợp: Sở Nội vụ, Bảo hiểm xã hội tỉnh Đồng Nai; Công đoàn các Khu công nghiệp Đồng Nai và "
          "Công đoàn Viên chức tỉnh."),
        P("Tiến độ: Tháng 3 - tháng 9/2027."),
        P("3. Tư vấn pháp luật, trợ giúp pháp lý miễn phí cho đoàn viên, người lao động", bold=True),
        P("Chủ trì thực hiện: Văn phòng Tư vấn pháp luật Công đoàn tỉnh."),
        P("Tiến độ: Thường xuyên."),
        P("4. Tổ chức Hội thi \"Công nhân, viên chức, lao động với pháp luật\" cấp tỉnh", bold=True),
        P("Chủ trì thực hiện: Ban Tuyên giáo Liên đoàn Lao động tỉnh."),
        P("Phối hợp: Tỉnh đoàn Đồng Nai, Hội Cựu chiến binh tỉnh, Ban Quản lý các Khu công nghiệp Đồng Nai."),
        P("Tiến độ: Tháng 10/2027."),
        P("5. Đối thoại chính sách, pháp luật giữa lãnh đạo tỉnh với công nhân lao động", bold=True),
        P("Chủ trì thực hiện: Chủ tịch Liên đoàn Lao động tỉnh; Phó Chủ tịch Thường trực Liên đoàn Lao động "
          "tỉnh."),
        P("Phối hợp: Ủy ban nhân dân các xã, phường có khu công nghiệp."),
        P("Tiến độ: Trước ngày 28/7/2027 (dịp kỷ niệm Ngày thành lập Công đoàn Việt Nam)."),
        P("6. Hướng dẫn đoàn viên thực hiện các quy định mới của pháp luật lao động", bold=True),
        P("Chủ trì thực hiện: Ban Chính sách - Pháp luật Liên đoàn Lao động tỉnh."),
        P("Phối hợp: Các công đoàn cấp trên trực tiếp cơ sở."),
        P("Tiến độ: Khi Chính phủ ban hành nghị định hướng dẫn."),
        P("7. Tuyên truyền pháp luật về phòng, chống tác hại của rượu, bia và ma túy trong công nhân",
          bold=True),
        P("Chủ trì thực hiện: Công đoàn các Khu công nghiệp Đồng Nai."),
        P("Phối hợp: Công an tỉnh, Sở Y tế."),
        P("Tiến độ: Quý III/2027."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
    ]
    + _end(
        ["Các công đoàn cấp trên trực tiếp cơ sở xây dựng kế hoạch triển khai; báo cáo kết quả về Liên đoàn "
         "Lao động tỉnh (qua Ban Tuyên giáo) trước ngày 15/11/2027."],
        ["Tổng Liên đoàn Lao động Việt Nam (để b/c);", "Thường trực Tỉnh ủy (để b/c);",
         "Các công đoàn cấp trên trực tiếp cơ sở;"],
        "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH",
        "Nguyễn Thị Như Ý",
    ),
    [
        Exp("Tuyên truyền Luật Công đoàn năm 2024", ("Ban Tuyên giáo Liên đoàn Lao động tỉnh",),
            ("Công đoàn các Khu công nghiệp Đồng Nai", "công đoàn cơ sở trực thuộc", "Báo Đồng Nai"),
            "2027-06-30"),
        Exp("Phổ biến pháp luật về tiền lương, bảo hiểm xã hội",
            ("Ban Chính sách - Pháp luật Liên đoàn Lao động tỉnh",),
            ("Sở Nội vụ", "Bảo hiểm xã hội tỉnh Đồng Nai", "Công đoàn các Khu công nghiệp Đồng Nai",
             "Công đoàn Viên chức tỉnh"), "2027-09-30"),
        Exp("Tư vấn pháp luật, trợ giúp pháp lý miễn phí", ("Văn phòng Tư vấn pháp luật Công đoàn tỉnh",), (),
            "2027-12-31"),
        Exp("Tổ chức Hội thi \"Công nhân, viên chức", ("Ban Tuyên giáo Liên đoàn Lao động tỉnh",),
            ("Tỉnh đoàn Đồng Nai", "Hội Cựu chiến binh tỉnh", "Ban Quản lý các Khu công nghiệp Đồng Nai"),
            "2027-10-31"),
        Exp("Đối thoại chính sách, pháp luật giữa lãnh đạo tỉnh",
            ("Chủ tịch Liên đoàn Lao động tỉnh", "Phó Chủ tịch Thường trực Liên đoàn Lao động tỉnh"),
            ("Ủy ban nhân dân các xã, phường có khu công nghiệp",), "2027-07-28"),
        Exp("Hướng dẫn đoàn viên thực hiện các quy định mới",
            ("Ban Chính sách - Pháp luật Liên đoàn Lao động tỉnh",),
            ("Các công đoàn cấp trên trực tiếp cơ sở",), "2027-12-31", on_request=True),
        Exp("Tuyên truyền pháp luật về phòng, chống tác hại", ("Công đoàn các Khu công nghiệp Đồng Nai",),
            ("Công an tỉnh", "Sở Y tế"), "2027-09-30"),
    ],
)

PLANS: list[Plan] = [
    PLAN_CA, PLAN_QS, PLAN_BP, PLAN_HQ, PLAN_THUE, PLAN_KB, PLAN_BHXH, PLAN_MTTQ, PLAN_HND, PLAN_LDLD,
]
