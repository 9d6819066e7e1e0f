"""Held-out set 21: ten 2026 PBGDPL plans from the Red River delta and the northern midlands and mountains.

1. UBND tỉnh Phú Thọ: bold numbered items "1." with label lines "Cơ quan chủ trì:", "Cơ quan phối hợp:",
   "Thời gian thực hiện:"; quarter ranges; one event-triggered item.
2. UBND phường Hồng Hà (Hà Nội): roman sections, items "1." in prose "Giao X chủ trì, phối hợp với Y";
   one item with two assignment blocks; "Đề nghị ..." to mass organisations.
3. Trường THPT Lý Thái Tổ (Bắc Ninh), school year 2026-2027: items "a)" with persons as units
   ("Người thực hiện:", "Phối hợp:") and month ranges.
4. Bệnh viện Đa khoa tỉnh Lào Cai: task table (STT | Nội dung | Khoa, phòng chủ trì | Phối hợp | Thời gian)
   with group rows.
5. Công an tỉnh Thái Nguyên: items "1.1." with inline "(Chủ trì: ...; phối hợp: ...; thời gian: ...)";
   one item with several blocks "+".
6. Bộ CHQS tỉnh Tuyên Quang: table without STT, columns Nội dung | Thời gian | Cơ quan chủ trì |
   Cơ quan phối hợp | Sản phẩm.
7. Hội LHPN tỉnh Hưng Yên: non-bold items "-" with sentence assignments "X có trách nhiệm ...".
8. UBND xã Mường Bú (Sơn La): items "1." with sub-lines "- Chủ trì thực hiện:", "- Phối hợp:",
   "- Thời hạn:", persons as units, event-triggered timeframe.
9. Công ty Cổ phần Cảng Hải Phòng: items "2.1." with "Đơn vị thực hiện:" / "Tiến độ:" inline.
10. Tỉnh Đoàn Ninh Bình: table with 2-row header and Ghi chú column.
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T

_START: list[P | T] = []  # an empty typed start for plans written as one list of blocks


def _head(up: str, agency: str, number: str, place_date: str, title: str) -> list[P | T]:
    return [
        P(up, bold=True, center=True),
        P(agency, bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True),
        P("Độc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P(f"Số: {number}", center=True),
        P(place_date, center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P(title, bold=True, center=True),
    ]


def _end(recipients: list[str], role: str, signer: str) -> list[P | T]:
    out: list[P | T] = [P("Nơi nhận:")]
    out += [P(f"- {r}") for r in recipients]
    out += [P(role, bold=True, center=True), P(signer, bold=True, center=True)]
    return out


# ---------------------------------------------------------------- 1. UBND tỉnh Phú Thọ
PLAN_PT = Plan(
    "ubnd_phu_tho_2026",
    _head(
        "ỦY BAN NHÂN DÂN",
        "TỈNH PHÚ THỌ",
        "38/KH-UBND",
        "Phú Thọ, ngày 16 tháng 01 năm 2026",
        "Phổ biến, giáo dục pháp luật; hòa giải ở cơ sở và chuẩn tiếp cận pháp luật năm 2026",
    )
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;"),
        P("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
        P(
            "Căn cứ Quyết định số 45/QĐ-BTP ngày 12/01/2026 của Bộ trưởng Bộ Tư pháp ban hành Kế hoạch"
            " công tác"
            " phổ biến, giáo dục pháp luật năm 2026;"
        ),
        P("Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "1. Triển khai kịp thời, hiệu quả các văn bản pháp luật mới, nhất là pháp luật về tổ chức chính"
            " quyền"
            " địa phương hai cấp sau sắp xếp."
        ),
        P(
            "2. Bảo đảm sự phối hợp chặt chẽ giữa các sở, ban, ngành và UBND các xã, phường trên địa bàn"
            " tỉnh."
        ),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Tham mưu kiện toàn Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh", bold=True),
        P("Cơ quan chủ trì: Sở Tư pháp."),
        P("Cơ quan phối hợp: Sở Nội vụ; các thành viên Hội đồng."),
        P("Thời gian thực hiện: Quý I/2026."),
        P(
            "2. Phổ biến các luật, nghị quyết mới được Quốc hội khóa XV thông qua tại Kỳ họp thứ 10",
            bold=True,
        ),
        P("Cơ quan chủ trì: Các sở, ban, ngành tỉnh theo lĩnh vực quản lý."),
        P("Cơ quan phối hợp: Sở Tư pháp, Báo và Phát thanh, Truyền hình Phú Thọ."),
        P("Thời gian thực hiện: Quý I - Quý III/2026."),
        P("3. Tổ chức Hội nghị tập huấn nghiệp vụ cho đội ngũ báo cáo viên pháp luật tỉnh", bold=True),
        P("Cơ quan chủ trì: Sở Tư pháp."),
        P("Cơ quan phối hợp: Ban Tuyên giáo và Dân vận Tỉnh ủy, Trường Chính trị tỉnh."),
        P("Thời gian thực hiện: Tháng 4 - tháng 5/2026."),
        P("4. Truyền thông về chính sách pháp luật đất đai, tài nguyên và bảo vệ môi trường", bold=True),
        P("Cơ quan chủ trì: Sở Nông nghiệp và Môi trường."),
        P("Cơ quan phối hợp: UBND các xã, phường; Báo và Phát thanh, Truyền hình Phú Thọ."),
        P("Thời gian thực hiện: Thường xuyên."),
        P(
            "5. Phổ biến pháp luật cho đồng bào dân tộc thiểu số tại các xã vùng cao khu vực Hòa Bình cũ",
            bold=True,
        ),
        P("Cơ quan chủ trì: Sở Dân tộc và Tôn giáo."),
        P(
            "Cơ quan phối hợp: Bộ Chỉ huy Bộ đội Biên phòng tỉnh; Hội Nông dân tỉnh và UBND các xã có liên"
            " quan."
        ),
        P("Thời gian thực hiện: Quý II, III/2026."),
        P("6. Triển khai đánh giá, công nhận xã, phường đạt chuẩn tiếp cận pháp luật năm 2026", bold=True),
        P("Cơ quan chủ trì: UBND các xã, phường."),
        P("Cơ quan phối hợp: Sở Tư pháp."),
        P("Thời gian thực hiện: Trước ngày 15/12/2026."),
        P("7. Phổ biến văn bản hướng dẫn thi hành Luật Tổ chức chính quyền địa phương (sửa đổi)", bold=True),
        P("Cơ quan chủ trì: Sở Nội vụ."),
        P("Cơ quan phối hợp: Sở Tư pháp."),
        P("Thời gian thực hiện: Khi có văn bản hướng dẫn của Chính phủ, Bộ Nội vụ."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "1. Các sở, ban, ngành, UBND các xã, phường căn cứ Kế hoạch này xây dựng kế hoạch của cơ quan,"
            " đơn vị;"
            " báo cáo kết quả về Sở Tư pháp trước ngày 25/11/2026."
        ),
        P("2. Giao Sở Tư pháp theo dõi, đôn đốc, tổng hợp kết quả báo cáo UBND tỉnh."),
        P("3. Kinh phí thực hiện từ nguồn ngân sách nhà nước được giao trong dự toán năm 2026."),
    ]
    + _end(
        ["Bộ Tư pháp (b/c);", "TT Tỉnh ủy, TT HĐND tỉnh;", "Các sở, ban, ngành;", "Lưu: VT, NC."],
        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
        "Nguyễn Văn Khánh",
    ),
    [
        Exp(
            "Tham mưu kiện toàn Hội đồng phối hợp",
            ("Sở Tư pháp",),
            ("Sở Nội vụ", "các thành viên Hội đồng"),
            "2026-03-31",
        ),
        Exp(
            "Phổ biến các luật, nghị quyết mới",
            ("Các sở, ban, ngành tỉnh",),
            ("Sở Tư pháp", "Báo và Phát thanh, Truyền hình Phú Thọ"),
            "2026-09-30",
        ),
        Exp(
            "Tổ chức Hội nghị tập huấn nghiệp vụ",
            ("Sở Tư pháp",),
            ("Ban Tuyên giáo và Dân vận Tỉnh ủy", "Trường Chính trị tỉnh"),
            "2026-05-31",
        ),
        Exp(
            "Truyền thông về chính sách pháp luật",
            ("Sở Nông nghiệp và Môi trường",),
            ("UBND các xã, phường", "Báo và Phát thanh, Truyền hình Phú Thọ"),
            "2026-12-31",
        ),
        Exp(
            "Phổ biến pháp luật cho đồng bào",
            ("Sở Dân tộc và Tôn giáo",),
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Hội Nông dân tỉnh", "UBND các xã có liên quan"),
            "2026-09-30",
        ),
        Exp("Triển khai đánh giá, công nhận xã", ("UBND các xã, phường",), ("Sở Tư pháp",), "2026-12-15"),
        Exp("Phổ biến văn bản hướng dẫn thi hành", ("Sở Nội vụ",), ("Sở Tư pháp",), "2026-12-31", True),
    ],
)

# ---------------------------------------------------------------- 2. UBND phường Hồng Hà
PLAN_HH = Plan(
    "ubnd_phuong_hong_ha_2026",
    _head(
        "ỦY BAN NHÂN DÂN",
        "PHƯỜNG HỒNG HÀ",
        "12/KH-UBND",
        "Hồng Hà, ngày 20 tháng 01 năm 2026",
        "Công tác phổ biến, giáo dục pháp luật trên địa bàn phường năm 2026",
    )
    + [
        P(
            "Căn cứ Kế hoạch số 21/KH-UBND ngày 09/01/2026 của UBND thành phố Hà Nội về công tác phổ biến,"
            " giáo dục"
            " pháp luật năm 2026;"
        ),
        P("UBND phường Hồng Hà xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "- Nâng cao nhận thức, ý thức chấp hành pháp luật của cán bộ, công chức và Nhân dân trên địa bàn"
            " phường."
        ),
        P(
            "- Gắn công tác PBGDPL với nhiệm vụ phát triển kinh tế - xã hội, bảo đảm trật tự đô thị ven sông"
            " Hồng."
        ),
        P("II. NỘI DUNG", bold=True),
        P(
            "1. Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp với Công an phường và Văn phòng HĐND và UBND"
            " phường"
            " tổ chức tuyên truyền pháp luật về trật tự an toàn giao thông, phòng cháy, chữa cháy tại các tổ"
            " dân"
            " phố. Thời gian: Quý II/2026."
        ),
        P(
            "2. Phòng Kinh tế, Hạ tầng và Đô thị chủ trì tuyên truyền, phổ biến quy định về quản lý trật tự"
            " xây dựng,"
            " lấn chiếm hành lang thoát lũ; Ban Chỉ huy Quân sự phường, các Tổ trưởng tổ dân phố phối hợp"
            " thực hiện."
            " Thời gian: cả năm 2026."
        ),
        P("3. Về hòa giải ở cơ sở:"),
        P(
            "- Công chức Tư pháp - Hộ tịch tham mưu kiện toàn các tổ hòa giải ở tổ dân phố sau sắp xếp; phối"
            " hợp với"
            " Ủy ban Mặt trận Tổ quốc Việt Nam phường. Hoàn thành trong tháng 3/2026."
        ),
        P(
            "- Tổ chức bồi dưỡng kỹ năng hòa giải cho hòa giải viên: Phòng Văn hóa - Xã hội chủ trì, phối"
            " hợp Trung"
            " tâm trợ giúp pháp lý nhà nước thành phố Hà Nội, thực hiện từ tháng 6 đến tháng 8/2026."
        ),
        P(
            "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường chỉ đạo Hội Cựu chiến binh, Hội Liên hiệp"
            " phụ nữ,"
            " Đoàn Thanh niên phường lồng ghép phổ biến pháp luật trong sinh hoạt chi hội. Thời gian: hằng"
            " tháng."
        ),
        P(
            "5. Công an phường có trách nhiệm tuyên truyền pháp luật về phòng, chống tội phạm sử dụng công"
            " nghệ cao,"
            " lừa đảo trực tuyến cho người cao tuổi; phối hợp với Hội Người cao tuổi phường. Thời gian: Quý"
            " III và"
            " Quý IV/2026."
        ),
        P(
            "6. Văn phòng HĐND và UBND phường chủ trì cập nhật văn bản pháp luật lên Trang thông tin điện tử"
            " phường"
            " khi có văn bản mới được ban hành."
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "Các phòng, đơn vị căn cứ nhiệm vụ được giao triển khai thực hiện; báo cáo kết quả về UBND"
            " phường (qua"
            " công chức Tư pháp - Hộ tịch) trước ngày 20/11/2026 để tổng hợp."
        ),
    ]
    + _end(
        ["UBND thành phố Hà Nội (b/c);", "Sở Tư pháp;", "Đảng ủy, HĐND phường;", "Lưu: VT."],
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
        "Trần Thị Minh Hằng",
    ),
    [
        Exp(
            "Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp với Công an phường",
            ("Phòng Văn hóa - Xã hội",),
            ("Công an phường", "Văn phòng HĐND và UBND phường"),
            "2026-06-30",
        ),
        Exp(
            "Phòng Kinh tế, Hạ tầng và Đô thị chủ trì",
            ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Ban Chỉ huy Quân sự phường", "các Tổ trưởng tổ dân phố"),
            "2026-12-31",
        ),
        Exp(
            "Công chức Tư pháp - Hộ tịch tham mưu",
            ("Công chức Tư pháp - Hộ tịch",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam phường",),
            "2026-03-31",
        ),
        Exp(
            "Tổ chức bồi dưỡng kỹ năng hòa giải",
            ("Phòng Văn hóa - Xã hội",),
            ("Trung tâm trợ giúp pháp lý nhà nước thành phố Hà Nội",),
            "2026-08-31",
        ),
        Exp(
            "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường",
            ("Ủy ban Mặt trận Tổ quốc Việt Nam phường",),
            ("Hội Cựu chiến binh", "Hội Liên hiệp phụ nữ", "Đoàn Thanh niên phường"),
            "2026-12-31",
        ),
        Exp(
            "Công an phường có trách nhiệm tuyên truyền",
            ("Công an phường",),
            ("Hội Người cao tuổi phường",),
            "2026-12-31",
        ),
        Exp(
            "Văn phòng HĐND và UBND phường chủ trì cập nhật",
            ("Văn phòng HĐND và UBND phường",),
            (),
            "2026-12-31",
            True,
        ),
    ],
)


# ---------------------------------------------------------------- 3. Trường THPT Lý Thái Tổ
PLAN_THPT = Plan(
    "thpt_ly_thai_to_2026_2027",
    _START
    + [
        P("SỞ GIÁO DỤC VÀ ĐÀO TẠO BẮC NINH", center=True),
        P("TRƯỜNG THPT LÝ THÁI TỔ", bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True),
        P("Độc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P("Số: 145/KH-THPTLTT", center=True),
        P("Từ Sơn, ngày 08 tháng 9 năm 2026", center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P("Phổ biến, giáo dục pháp luật năm học 2026-2027", bold=True, center=True),
        P(
            "Căn cứ Thông tư số 32/2020/TT-BGDĐT ngày 15/9/2020 của Bộ GD&ĐT ban hành Điều lệ trường trung"
            " học;"
        ),
        P(
            "Căn cứ Công văn số 2215/SGDĐT-CTTT ngày 25/8/2026 của Sở GD&ĐT Bắc Ninh về hướng dẫn công tác"
            " PBGDPL"
            " năm học 2026-2027;"
        ),
        P("Trường THPT Lý Thái Tổ xây dựng kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "Trang bị cho học sinh kiến thức pháp luật phù hợp lứa tuổi; xây dựng môi trường học đường an"
            " toàn,"
            " thân thiện, phòng chống bạo lực học đường."
        ),
        P("II. NỘI DUNG VÀ HÌNH THỨC", bold=True),
        P("1. Đối với cán bộ, giáo viên, nhân viên", bold=True),
        P(
            "a) Quán triệt Luật Nhà giáo và các văn bản hướng dẫn thi hành tại hội nghị viên chức đầu năm"
            " học."
        ),
        P("Người thực hiện: Hiệu trưởng. Phối hợp: Chủ tịch Công đoàn trường."),
        P("Thời gian: tháng 9 - tháng 10/2026."),
        P("b) Bồi dưỡng kiến thức pháp luật về bảo vệ dữ liệu cá nhân, an toàn thông tin trong nhà trường."),
        P("Người thực hiện: Phó Hiệu trưởng phụ trách chuyên môn. Phối hợp: Tổ Tin học."),
        P("Thời gian: tháng 11/2026."),
        P("2. Đối với học sinh", bold=True),
        P(
            "a) Lồng ghép nội dung giáo dục pháp luật trong môn Giáo dục kinh tế và pháp luật, Giáo dục quốc"
            " phòng"
            " và an ninh."
        ),
        P("Người thực hiện: Các tổ chuyên môn. Phối hợp: Giáo viên chủ nhiệm."),
        P("Thời gian: từ tháng 9/2026 đến tháng 5/2027."),
        P('b) Tổ chức chuyên đề "Học sinh với an toàn giao thông và phòng, chống ma túy" dưới cờ.'),
        P(
            "Người thực hiện: Đoàn Thanh niên trường. Phối hợp: Công an phường Đồng Nguyên; Ban Đại diện"
            " cha mẹ"
            " học sinh."
        ),
        P("Thời gian: tháng 12/2026 và tháng 3/2027."),
        P('c) Tổ chức cuộc thi "Tìm hiểu pháp luật về phòng, chống bạo lực học đường" cấp trường.'),
        P(
            "Người thực hiện: Phó Hiệu trưởng phụ trách công tác học sinh. Phối hợp: Đoàn Thanh niên trường,"
            " Thư"
            " viện."
        ),
        P("Thời gian: từ 15/01/2027 đến 28/02/2027."),
        P("3. Củng cố tủ sách pháp luật", bold=True),
        P("Bổ sung tài liệu pháp luật mới cho tủ sách pháp luật nhà trường, lập danh mục tra cứu."),
        P("Người thực hiện: Thư viện. Phối hợp: Kế toán. Thời gian: tháng 10/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "Các bộ phận, cá nhân được phân công triển khai thực hiện nghiêm túc; báo cáo sơ kết học kỳ I"
            " trước ngày"
            " 10/01/2027, tổng kết trước ngày 20/5/2027."
        ),
    ]
    + _end(["Sở GD&ĐT (b/c);", "Các tổ chuyên môn;", "Lưu: VT."], "HIỆU TRƯỞNG", "Nguyễn Đức Thắng"),
    [
        Exp(
            "Quán triệt Luật Nhà giáo và các", ("Hiệu trưởng",), ("Chủ tịch Công đoàn trường",), "2026-10-31"
        ),
        Exp(
            "Bồi dưỡng kiến thức pháp luật về bảo vệ dữ liệu",
            ("Phó Hiệu trưởng phụ trách chuyên môn",),
            ("Tổ Tin học",),
            "2026-11-30",
        ),
        Exp(
            "Lồng ghép nội dung giáo dục pháp luật",
            ("Các tổ chuyên môn",),
            ("Giáo viên chủ nhiệm",),
            "2027-05-31",
        ),
        Exp(
            'Tổ chức chuyên đề "Học sinh với an toàn giao thông',
            ("Đoàn Thanh niên trường",),
            ("Công an phường Đồng Nguyên", "Ban Đại diện cha mẹ học sinh"),
            "2027-03-31",
        ),
        Exp(
            'Tổ chức cuộc thi "Tìm hiểu pháp luật',
            ("Phó Hiệu trưởng phụ trách công tác học sinh",),
            ("Đoàn Thanh niên trường", "Thư viện"),
            "2027-02-28",
        ),
        Exp("Củng cố tủ sách pháp luật", ("Thư viện",), ("Kế toán",), "2026-10-31"),
    ],
)

# ---------------------------------------------------------------- 4. BVĐK tỉnh Lào Cai
PLAN_BV = Plan(
    "bvdk_lao_cai_2026",
    _head(
        "SỞ Y TẾ TỈNH LÀO CAI",
        "BỆNH VIỆN ĐA KHOA TỈNH",
        "27/KH-BVĐK",
        "Lào Cai, ngày 05 tháng 02 năm 2026",
        "Tuyên truyền, phổ biến, giáo dục pháp luật năm 2026",
    )
    + [
        P("Căn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15;"),
        P(
            "Căn cứ Kế hoạch số 19/KH-SYT ngày 22/01/2026 của Sở Y tế tỉnh Lào Cai về công tác PBGDPL năm"
            " 2026;"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Nâng cao ý thức chấp hành pháp luật, quy tắc ứng xử của viên chức, người lao động bệnh viện."),
        P("- Nội dung phổ biến thiết thực, gắn với chuyên môn khám bệnh, chữa bệnh."),
        P("II. NỘI DUNG, PHÂN CÔNG THỰC HIỆN", bold=True),
        T(
            (
                ("STT", "Nội dung công việc", "Khoa, phòng chủ trì", "Phối hợp", "Thời gian"),
                ("I", "Phổ biến văn bản pháp luật chuyên ngành", "", "", ""),
                (
                    "1",
                    "Phổ biến Luật Khám bệnh, chữa bệnh và các nghị định hướng dẫn về giấy phép hành nghề",
                    "Phòng Kế hoạch tổng hợp",
                    "Phòng Tổ chức cán bộ",
                    "Quý I/2026",
                ),
                (
                    "2",
                    "Tập huấn quy định về kê đơn thuốc điện tử, liên thông đơn thuốc",
                    "Khoa Dược",
                    "Phòng Công nghệ thông tin; các khoa lâm sàng",
                    "Tháng 3 - 4/2026",
                ),
                (
                    "3",
                    "Phổ biến quy định về phòng, chống nhiễm khuẩn và quản lý chất thải y tế",
                    "Khoa Kiểm soát nhiễm khuẩn",
                    "Phòng Hành chính quản trị",
                    "Quý II/2026",
                ),
                ("II", "Phổ biến pháp luật chung", "", "", ""),
                (
                    "4",
                    "Quán triệt pháp luật về phòng, chống tham nhũng, tiêu cực; quy tắc ứng xử của viên chức"
                    " y tế",
                    "Phòng Tổ chức cán bộ",
                    "Công đoàn bệnh viện, Đoàn Thanh niên",
                    "Quý II, III/2026",
                ),
                (
                    "5",
                    "Tuyên truyền chính sách bảo hiểm y tế cho người bệnh, người nhà người bệnh",
                    "Phòng Công tác xã hội",
                    "Phòng Tài chính kế toán và Bảo hiểm xã hội tỉnh Lào Cai",
                    "Thường xuyên",
                ),
                (
                    "6",
                    "Phổ biến văn bản mới về chế độ, chính sách đối với viên chức y tế",
                    "Phòng Tổ chức cán bộ",
                    "Phòng Tài chính kế toán",
                    "Sau khi văn bản được ban hành",
                ),
                (
                    "7",
                    "Tổng hợp, báo cáo kết quả công tác PBGDPL năm 2026 gửi Sở Y tế",
                    "Phòng Hành chính quản trị",
                    "Các khoa, phòng",
                    "Trước ngày 30/11/2026",
                ),
            ),
            widths=(10, 60, 35, 40, 25),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "Trưởng các khoa, phòng chịu trách nhiệm triển khai nội dung được phân công; Phòng Hành chính"
            " quản trị"
            " là đầu mối theo dõi, tổng hợp."
        ),
    ]
    + _end(
        ["Sở Y tế (b/c);", "Ban Giám đốc;", "Các khoa, phòng;", "Lưu: VT, HCQT."], "GIÁM ĐỐC", "Hoàng Văn Sơn"
    ),
    [
        Exp(
            "Phổ biến Luật Khám bệnh, chữa bệnh",
            ("Phòng Kế hoạch tổng hợp",),
            ("Phòng Tổ chức cán bộ",),
            "2026-03-31",
        ),
        Exp(
            "Tập huấn quy định về kê đơn",
            ("Khoa Dược",),
            ("Phòng Công nghệ thông tin", "các khoa lâm sàng"),
            "2026-04-30",
        ),
        Exp(
            "Phổ biến quy định về phòng, chống nhiễm khuẩn",
            ("Khoa Kiểm soát nhiễm khuẩn",),
            ("Phòng Hành chính quản trị",),
            "2026-06-30",
        ),
        Exp(
            "Quán triệt pháp luật về phòng, chống tham nhũng",
            ("Phòng Tổ chức cán bộ",),
            ("Công đoàn bệnh viện", "Đoàn Thanh niên"),
            "2026-09-30",
        ),
        Exp(
            "Tuyên truyền chính sách bảo hiểm y tế",
            ("Phòng Công tác xã hội",),
            ("Phòng Tài chính kế toán", "Bảo hiểm xã hội tỉnh Lào Cai"),
            "2026-12-31",
        ),
        Exp(
            "Phổ biến văn bản mới về chế độ",
            ("Phòng Tổ chức cán bộ",),
            ("Phòng Tài chính kế toán",),
            "2026-12-31",
            True,
        ),
        Exp(
            "Tổng hợp, báo cáo kết quả công tác",
            ("Phòng Hành chính quản trị",),
            ("Các khoa, phòng",),
            "2026-11-30",
        ),
    ],
)


# ---------------------------------------------------------------- 5. Công an tỉnh Thái Nguyên
PLAN_CA = Plan(
    "cong_an_thai_nguyen_2026",
    _head(
        "CÔNG AN TỈNH THÁI NGUYÊN",
        "",
        "156/KH-CAT-PV01",
        "Thái Nguyên, ngày 28 tháng 01 năm 2026",
        "Tuyên truyền, phổ biến, giáo dục pháp luật trong Công an tỉnh năm 2026",
    )
    + [
        P(
            "Thực hiện Kế hoạch số 14/KH-BCA-V03 ngày 10/01/2026 của Bộ Công an về công tác PBGDPL năm"
            " 2026; Kế"
            " hoạch số 22/KH-UBND ngày 14/01/2026 của UBND tỉnh Thái Nguyên, Công an tỉnh xây dựng Kế"
            " hoạch như"
            " sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "1. Nâng cao nhận thức pháp luật, ý thức kỷ luật của cán bộ, chiến sĩ; phục vụ hiệu quả nhiệm vụ"
            " bảo đảm"
            " an ninh, trật tự."
        ),
        P("2. Bám sát chức năng, nhiệm vụ của từng đơn vị, không hình thức."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG", bold=True),
        P("1. Phổ biến pháp luật trong Công an tỉnh", bold=True),
        P(
            "1.1. Quán triệt Luật Công an nhân dân (sửa đổi), Luật Phòng cháy, chữa cháy và cứu nạn, cứu"
            " hộ cho"
            " cán bộ, chiến sĩ (Chủ trì: Phòng Tham mưu; phối hợp: Phòng Cảnh sát phòng cháy, chữa cháy và"
            " cứu nạn,"
            " cứu hộ; thời gian: Quý I/2026)."
        ),
        P(
            "1.2. Tổ chức thi tìm hiểu pháp luật về điều lệnh, quy chế, quy trình công tác trong CAND (Chủ"
            " trì:"
            " Phòng Tổ chức cán bộ; phối hợp: Đoàn Thanh niên Công an tỉnh, Công đoàn Công an tỉnh; thời"
            " gian:"
            " tháng 7 đến tháng 9/2026)."
        ),
        P("2. Tuyên truyền pháp luật cho Nhân dân", bold=True),
        P("2.1. Tuyên truyền pháp luật về trật tự, an toàn giao thông:"),
        P(
            "+ Phòng Cảnh sát giao thông chủ trì, phối hợp với Báo và Phát thanh, Truyền hình Thái Nguyên"
            " xây dựng"
            ' chuyên mục "An toàn giao thông" định kỳ hằng tháng.'
        ),
        P(
            "+ Công an các xã, phường tổ chức tuyên truyền tại trường học, khu dân cư về đội mũ bảo hiểm,"
            " không"
            " giao xe cho người chưa đủ tuổi; phối hợp với các trường học trên địa bàn. Thời gian: Tháng 8"
            " và tháng"
            " 9/2026 (trước năm học mới)."
        ),
        P(
            "2.2. Tuyên truyền phòng, chống ma túy, mua bán người tại các xã vùng cao khu vực Bắc Kạn cũ"
            " (Chủ trì:"
            " Phòng Cảnh sát điều tra tội phạm về ma túy; phối hợp: Công an các xã Bằng Vân, Thượng Quan,"
            " Cốc Đán"
            " và Ủy ban MTTQ Việt Nam các xã; thời gian: Quý II - Quý IV/2026)."
        ),
        P(
            "2.3. Phổ biến pháp luật về căn cước, định danh và xác thực điện tử (Chủ trì: Phòng Cảnh sát"
            " quản lý"
            " hành chính về trật tự xã hội; thời gian: thường xuyên)."
        ),
        P(
            "2.4. Phổ biến văn bản quy phạm pháp luật mới thuộc lĩnh vực an ninh, trật tự (Chủ trì: Phòng"
            " Tham mưu;"
            " phối hợp: các phòng nghiệp vụ; thời gian: ngay sau khi văn bản được ban hành)."
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Phòng Tham mưu là cơ quan thường trực, giúp Ban Giám đốc theo dõi, đôn đốc, kiểm tra."),
        P(
            "2. Các đơn vị báo cáo kết quả (6 tháng trước ngày 10/6/2026; năm trước ngày 10/11/2026) về Công"
            " an tỉnh"
            " (qua Phòng Tham mưu)."
        ),
    ]
    + _end(
        [
            "Cục Pháp chế và cải cách hành chính, tư pháp (để b/c);",
            "Đ/c Giám đốc (để b/c);",
            "Các đơn vị thuộc Công an tỉnh;",
            "Lưu: VT, PV01.",
        ],
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
        "Đại tá Lê Quang Huy",
    ),
    [
        Exp(
            "Quán triệt Luật Công an nhân dân",
            ("Phòng Tham mưu",),
            ("Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",),
            "2026-03-31",
        ),
        Exp(
            "Tổ chức thi tìm hiểu pháp luật về điều lệnh",
            ("Phòng Tổ chức cán bộ",),
            ("Đoàn Thanh niên Công an tỉnh", "Công đoàn Công an tỉnh"),
            "2026-09-30",
        ),
        Exp(
            "Phòng Cảnh sát giao thông chủ trì",
            ("Phòng Cảnh sát giao thông",),
            ("Báo và Phát thanh, Truyền hình Thái Nguyên",),
            "2026-12-31",
        ),
        Exp(
            "Công an các xã, phường tổ chức tuyên truyền",
            ("Công an các xã, phường",),
            ("các trường học trên địa bàn",),
            "2026-09-30",
        ),
        Exp(
            "Tuyên truyền phòng, chống ma túy, mua bán người",
            ("Phòng Cảnh sát điều tra tội phạm về ma túy",),
            ("Công an các xã Bằng Vân, Thượng Quan, Cốc Đán", "Ủy ban MTTQ Việt Nam các xã"),
            "2026-12-31",
        ),
        Exp(
            "Phổ biến pháp luật về căn cước",
            ("Phòng Cảnh sát quản lý hành chính về trật tự xã hội",),
            (),
            "2026-12-31",
        ),
        Exp(
            "Phổ biến văn bản quy phạm pháp luật mới",
            ("Phòng Tham mưu",),
            ("các phòng nghiệp vụ",),
            "2026-12-31",
            True,
        ),
    ],
)

# ---------------------------------------------------------------- 6. Bộ CHQS tỉnh Tuyên Quang
PLAN_QS = Plan(
    "bchqs_tuyen_quang_2026",
    _head(
        "QUÂN KHU 2",
        "BỘ CHỈ HUY QUÂN SỰ TỈNH TUYÊN QUANG",
        "89/KH-BCH",
        "Tuyên Quang, ngày 12 tháng 01 năm 2026",
        "Phổ biến, giáo dục pháp luật năm 2026",
    )
    + [
        P(
            "Căn cứ Kế hoạch số 35/KH-BTL ngày 05/01/2026 của Bộ Tư lệnh Quân khu 2 về phổ biến, giáo dục"
            " pháp luật"
            " năm 2026;"
        ),
        P("Căn cứ tình hình thực tiễn, Bộ Chỉ huy Quân sự tỉnh xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "Nâng cao ý thức chấp hành pháp luật, kỷ luật Quân đội; giữ vững an toàn đơn vị, xây dựng lực"
            " lượng vũ"
            " trang địa phương vững mạnh toàn diện."
        ),
        P("II. NỘI DUNG, PHÂN CÔNG VÀ THỜI GIAN", bold=True),
        T(
            (
                ("Nội dung", "Thời gian", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm"),
                (
                    "Quán triệt Luật Nghĩa vụ quân sự, Luật Dân quân tự vệ cho Ban Chỉ huy Quân sự các xã,"
                    " phường",
                    "Quý I/2026",
                    "Phòng Tham mưu",
                    "Các Ban Chỉ huy phòng thủ khu vực",
                    "Hội nghị quán triệt",
                ),
                (
                    "Tuyên truyền pháp luật về quốc phòng, an ninh cho đồng bào các xã biên giới Hà Giang cũ",
                    "Quý II đến Quý IV/2026",
                    "Phòng Chính trị",
                    "Bộ Chỉ huy Bộ đội Biên phòng tỉnh; UBND các xã biên giới",
                    "Tài liệu song ngữ",
                ),
                (
                    'Tổ chức Hội thi "Cán bộ, chiến sĩ tìm hiểu pháp luật"',
                    "Tháng 6 - tháng 7/2026",
                    "Phòng Chính trị",
                    "Phòng Tham mưu, Phòng Hậu cần - Kỹ thuật",
                    "Hội thi cấp tỉnh",
                ),
                (
                    "Phổ biến pháp luật về an toàn giao thông, phòng chống cháy nổ kho tàng",
                    "Thường xuyên",
                    "Phòng Hậu cần - Kỹ thuật",
                    "Các cơ quan, đơn vị trực thuộc",
                    "Chuyên đề",
                ),
                (
                    "Giáo dục pháp luật cho chiến sĩ mới nhập ngũ năm 2026",
                    "Tháng 3 - tháng 4/2026",
                    "Trung đoàn 246",
                    "Phòng Chính trị",
                    "Giáo án, bài giảng",
                ),
                (
                    "Phổ biến văn bản mới của Bộ Quốc phòng về chế độ, chính sách quân nhân",
                    "Khi có văn bản hướng dẫn",
                    "Phòng Chính trị",
                    "Phòng Tài chính",
                    "Thông báo",
                ),
            ),
            widths=(60, 28, 30, 45, 27),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "Phòng Chính trị là cơ quan thường trực Hội đồng PBGDPL, tham mưu cho Đảng ủy, Bộ Chỉ huy tổ"
            " chức thực"
            " hiện; tổng hợp báo cáo Bộ Tư lệnh Quân khu 2 trước ngày 15/11/2026."
        ),
    ]
    + _end(
        ["Bộ Tư lệnh Quân khu 2 (b/c);", "Các cơ quan, đơn vị;", "Lưu: VT, CT."],
        "KT. CHỈ HUY TRƯỞNG\nPHÓ CHỈ HUY TRƯỞNG CHÍNH TRỊ",
        "Đại tá Ma Văn Thuận",
    ),
    [
        Exp(
            "Quán triệt Luật Nghĩa vụ quân sự",
            ("Phòng Tham mưu",),
            ("Các Ban Chỉ huy phòng thủ khu vực",),
            "2026-03-31",
        ),
        Exp(
            "Tuyên truyền pháp luật về quốc phòng",
            ("Phòng Chính trị",),
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "UBND các xã biên giới"),
            "2026-12-31",
        ),
        Exp(
            'Tổ chức Hội thi "Cán bộ, chiến sĩ',
            ("Phòng Chính trị",),
            ("Phòng Tham mưu", "Phòng Hậu cần - Kỹ thuật"),
            "2026-07-31",
        ),
        Exp(
            "Phổ biến pháp luật về an toàn giao thông",
            ("Phòng Hậu cần - Kỹ thuật",),
            ("Các cơ quan, đơn vị trực thuộc",),
            "2026-12-31",
        ),
        Exp("Giáo dục pháp luật cho chiến sĩ mới", ("Trung đoàn 246",), ("Phòng Chính trị",), "2026-04-30"),
        Exp(
            "Phổ biến văn bản mới của Bộ Quốc phòng",
            ("Phòng Chính trị",),
            ("Phòng Tài chính",),
            "2026-12-31",
            True,
        ),
    ],
)


# ---------------------------------------------------------------- 7. Hội LHPN tỉnh Hưng Yên
PLAN_PN = Plan(
    "hoi_lhpn_hung_yen_2026",
    _head(
        "HỘI LHPN VIỆT NAM",
        "BAN THƯỜNG VỤ HỘI LHPN TỈNH HƯNG YÊN",
        "07/KH-BTV",
        "Hưng Yên, ngày 03 tháng 02 năm 2026",
        "Tuyên truyền, phổ biến, giáo dục pháp luật cho hội viên, phụ nữ năm 2026",
    )
    + [
        P(
            "Căn cứ Chương trình phối hợp số 02/CTPH-BTP-ĐCT ngày 15/3/2023 giữa Bộ Tư pháp và Hội LHPN Việt"
            " Nam;"
        ),
        P(
            "Căn cứ Kế hoạch số 15/KH-UBND ngày 13/01/2026 của UBND tỉnh Hưng Yên về công tác PBGDPL năm"
            " 2026;"
        ),
        P("Ban Thường vụ Hội LHPN tỉnh xây dựng kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "- Nâng cao hiểu biết pháp luật, kỹ năng tự bảo vệ của hội viên, phụ nữ, nhất là phụ nữ vùng ven"
            " biển"
            " khu vực Thái Bình cũ."
        ),
        P("- Các hoạt động tiết kiệm, hiệu quả, lồng ghép với sinh hoạt chi hội."),
        P("II. NỘI DUNG HOẠT ĐỘNG", bold=True),
        P(
            "- Tuyên truyền Luật Phòng, chống bạo lực gia đình, Luật Bình đẳng giới tại sinh hoạt chi hội."
            " Ban Tuyên"
            " giáo - Chính sách, Luật pháp có trách nhiệm biên soạn tài liệu, phối hợp với Hội LHPN các xã,"
            " phường triển khai; thời gian Quý II/2026."
        ),
        P(
            "- Tổ chức tư vấn pháp luật lưu động về hôn nhân và gia đình cho phụ nữ khu công nghiệp: Ban"
            " Tuyên giáo -"
            " Chính sách, Luật pháp chủ trì, phối hợp với Sở Tư pháp và Công đoàn các Khu công nghiệp tỉnh;"
            " thực"
            " hiện tháng 5 đến tháng 10/2026."
        ),
        P(
            "- Ban Gia đình - Xã hội có trách nhiệm phối hợp với Công an tỉnh tuyên truyền phòng, chống mua"
            " bán người,"
            " kết hôn có yếu tố nước ngoài trái pháp luật cho phụ nữ các xã ven biển. Thời gian: Quý"
            " III/2026."
        ),
        P(
            '- Duy trì, nhân rộng mô hình "Địa chỉ tin cậy", "Nhà tạm lánh" tại cộng đồng. Hội LHPN các'
            " xã, phường"
            " thực hiện; Văn phòng Hội LHPN tỉnh theo dõi, hướng dẫn. Thời gian: cả năm."
        ),
        P(
            '- Tổ chức Cuộc thi trực tuyến "Phụ nữ Hưng Yên với pháp luật" hưởng ứng Ngày Pháp luật Việt Nam:'
            " Ban Tuyên giáo - Chính sách, Luật pháp chủ trì; Văn phòng, Ban Tổ chức - Kiểm tra phối hợp;"
            " thời gian"
            " từ 01/10 đến 09/11/2026."
        ),
        P(
            "- Tham gia góp ý dự thảo văn bản quy phạm pháp luật liên quan đến phụ nữ, trẻ em theo đề nghị"
            " của cơ"
            " quan soạn thảo. Ban Tuyên giáo - Chính sách, Luật pháp thực hiện."
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "Các ban, văn phòng Hội LHPN tỉnh căn cứ nhiệm vụ được giao chủ động triển khai. Hội LHPN các"
            " xã, phường"
            " xây dựng kế hoạch và báo cáo kết quả về Ban Thường vụ Hội LHPN tỉnh (qua Ban Tuyên giáo -"
            " Chính sách,"
            " Luật pháp) trước ngày 15/11/2026."
        ),
    ]
    + _end(
        ["Trung ương Hội LHPN Việt Nam (b/c);", "Sở Tư pháp;", "Hội LHPN các xã, phường;", "Lưu: VT."],
        "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH",
        "Đỗ Thị Thu Hương",
    ),
    [
        Exp(
            "Tuyên truyền Luật Phòng, chống bạo lực",
            ("Ban Tuyên giáo - Chính sách, Luật pháp",),
            ("Hội LHPN các xã, phường",),
            "2026-06-30",
        ),
        Exp(
            "Tổ chức tư vấn pháp luật lưu động",
            ("Ban Tuyên giáo - Chính sách, Luật pháp",),
            ("Sở Tư pháp", "Công đoàn các Khu công nghiệp tỉnh"),
            "2026-10-31",
        ),
        Exp(
            "Ban Gia đình - Xã hội có trách nhiệm",
            ("Ban Gia đình - Xã hội",),
            ("Công an tỉnh",),
            "2026-09-30",
        ),
        Exp(
            "Duy trì, nhân rộng mô hình",
            ("Hội LHPN các xã, phường",),
            ("Văn phòng Hội LHPN tỉnh",),
            "2026-12-31",
        ),
        Exp(
            "Tổ chức Cuộc thi trực tuyến",
            ("Ban Tuyên giáo - Chính sách, Luật pháp",),
            ("Văn phòng", "Ban Tổ chức - Kiểm tra"),
            "2026-11-09",
        ),
        Exp(
            "Tham gia góp ý dự thảo văn bản",
            ("Ban Tuyên giáo - Chính sách, Luật pháp",),
            (),
            "2026-12-31",
            True,
        ),
    ],
)

# ---------------------------------------------------------------- 8. UBND xã Mường Bú
PLAN_MB = Plan(
    "ubnd_xa_muong_bu_2026",
    _head(
        "ỦY BAN NHÂN DÂN",
        "XÃ MƯỜNG BÚ",
        "09/KH-UBND",
        "Mường Bú, ngày 22 tháng 01 năm 2026",
        "Thực hiện công tác phổ biến, giáo dục pháp luật, hòa giải ở cơ sở năm 2026",
    )
    + [
        P("Căn cứ Luật Hòa giải ở cơ sở năm 2013;"),
        P("Căn cứ Kế hoạch số 31/KH-UBND ngày 15/01/2026 của UBND tỉnh Sơn La về công tác PBGDPL năm 2026;"),
        P("UBND xã Mường Bú ban hành Kế hoạch thực hiện như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Mục đích: Đưa pháp luật đến với đồng bào các dân tộc Thái, Mông, Kinh trên địa bàn xã."),
        P("2. Yêu cầu: Hình thức phù hợp phong tục, tập quán; sử dụng tiếng dân tộc khi cần thiết."),
        P("II. NHIỆM VỤ", bold=True),
        P("1. Tuyên truyền pháp luật bằng tiếng Thái, tiếng Mông trên hệ thống loa truyền thanh các bản"),
        P("- Chủ trì thực hiện: Phòng Văn hóa - Xã hội."),
        P("- Phối hợp: Trưởng các bản, Bí thư chi bộ các bản."),
        P("- Thời hạn: Hằng tháng."),
        P("2. Phổ biến pháp luật về đất đai, lâm nghiệp, bảo vệ và phát triển rừng"),
        P("- Chủ trì thực hiện: Phòng Kinh tế."),
        P("- Phối hợp: Hạt Kiểm lâm khu vực Mường La; Công an xã."),
        P("- Thời hạn: Quý II - Quý III/2026."),
        P("3. Kiện toàn, bồi dưỡng tổ hòa giải và hòa giải viên ở cơ sở tại 24 bản"),
        P("- Chủ trì thực hiện: Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội."),
        P("- Phối hợp: Ủy ban MTTQ Việt Nam xã, công chức Tư pháp - Hộ tịch."),
        P("- Thời hạn: trước ngày 30/6/2026."),
        P("4. Tuyên truyền phòng, chống tảo hôn, hôn nhân cận huyết thống"),
        P("- Chủ trì thực hiện: Hội Liên hiệp phụ nữ xã."),
        P("- Phối hợp: Trạm Y tế xã; Trường PTDTBT THCS Mường Bú và Đoàn Thanh niên xã."),
        P("- Thời hạn: Tháng 3, tháng 9/2026."),
        P("5. Tuyên truyền chính sách bồi thường, hỗ trợ, tái định cư các dự án trên địa bàn"),
        P("- Chủ trì thực hiện: Phòng Kinh tế."),
        P("- Phối hợp: Ban quản lý dự án, Tổ công tác bồi thường, giải phóng mặt bằng xã."),
        P("- Thời hạn: Khi có quyết định thu hồi đất của cấp có thẩm quyền."),
        P("6. Xây dựng, củng cố tủ sách pháp luật tại Bộ phận một cửa xã"),
        P("- Chủ trì thực hiện: Văn phòng HĐND và UBND xã."),
        P("- Thời hạn: Năm 2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "Giao công chức Tư pháp - Hộ tịch tham mưu UBND xã theo dõi, đôn đốc việc thực hiện; các cơ"
            " quan, đơn vị"
            " báo cáo kết quả trước ngày 10/11/2026."
        ),
    ]
    + _end(
        ["UBND tỉnh Sơn La (b/c);", "Sở Tư pháp;", "TT Đảng ủy, HĐND xã;", "Các bản;", "Lưu: VT."],
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
        "Lò Văn Piềng",
    ),
    [
        Exp(
            "Tuyên truyền pháp luật bằng tiếng Thái",
            ("Phòng Văn hóa - Xã hội",),
            ("Trưởng các bản", "Bí thư chi bộ các bản"),
            "2026-12-31",
        ),
        Exp(
            "Phổ biến pháp luật về đất đai",
            ("Phòng Kinh tế",),
            ("Hạt Kiểm lâm khu vực Mường La", "Công an xã"),
            "2026-09-30",
        ),
        Exp(
            "Kiện toàn, bồi dưỡng tổ hòa giải",
            ("Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội",),
            ("Ủy ban MTTQ Việt Nam xã", "công chức Tư pháp - Hộ tịch"),
            "2026-06-30",
        ),
        Exp(
            "Tuyên truyền phòng, chống tảo hôn",
            ("Hội Liên hiệp phụ nữ xã",),
            ("Trạm Y tế xã", "Trường PTDTBT THCS Mường Bú", "Đoàn Thanh niên xã"),
            "2026-09-30",
        ),
        Exp(
            "Tuyên truyền chính sách bồi thường",
            ("Phòng Kinh tế",),
            ("Ban quản lý dự án", "Tổ công tác bồi thường, giải phóng mặt bằng xã"),
            "2026-12-31",
            True,
        ),
        Exp("Xây dựng, củng cố tủ sách pháp luật", ("Văn phòng HĐND và UBND xã",), (), "2026-12-31"),
    ],
)


# ---------------------------------------------------------------- 9. Công ty CP Cảng Hải Phòng
PLAN_CANG = Plan(
    "cang_hai_phong_2026",
    _START
    + [
        P("CÔNG TY CỔ PHẦN CẢNG HẢI PHÒNG", bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True),
        P("Độc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P("Số: 215/KH-CHP", center=True),
        P("Hải Phòng, ngày 10 tháng 02 năm 2026", center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P("Phổ biến, giáo dục pháp luật cho người lao động năm 2026", bold=True, center=True),
        P("Căn cứ Bộ luật Lao động ngày 20/11/2019; Luật An toàn, vệ sinh lao động ngày 25/6/2015;"),
        P("Căn cứ Nghị quyết Hội đồng quản trị số 05/NQ-HĐQT ngày 20/01/2026;"),
        P("Tổng Giám đốc Công ty ban hành Kế hoạch như sau:"),
        P("1. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "Giúp người lao động nắm vững quyền, nghĩa vụ theo pháp luật lao động, an toàn lao động, hàng"
            " hải; hạn"
            " chế vi phạm, tai nạn lao động trong khai thác cảng."
        ),
        P("2. NỘI DUNG CÔNG VIỆC", bold=True),
        P(
            "2.1. Phổ biến Bộ luật Lao động, Nội quy lao động và Thỏa ước lao động tập thể sửa đổi. Đơn vị"
            " thực hiện:"
            " Ban Tổ chức - Tiền lương; phối hợp: Công đoàn Công ty. Tiến độ: Quý I/2026."
        ),
        P(
            "2.2. Huấn luyện an toàn, vệ sinh lao động và phòng cháy, chữa cháy tại cầu bến. Đơn vị thực"
            " hiện: Ban"
            " An toàn - Pháp chế; phối hợp: Xí nghiệp Xếp dỡ Hoàng Diệu, Xí nghiệp Xếp dỡ Tân Vũ, Chi nhánh"
            " Cảng"
            " Lạch Huyện. Tiến độ: tháng 3 - tháng 6/2026."
        ),
        P(
            "2.3. Phổ biến quy định pháp luật hàng hải, phòng ngừa ô nhiễm môi trường biển. Đơn vị thực"
            " hiện: Ban"
            " Kỹ thuật - Công nghệ; phối hợp: Cảng vụ Hàng hải Hải Phòng. Tiến độ: Quý II, Quý III/2026."
        ),
        P(
            "2.4. Tuyên truyền pháp luật về thuế, hóa đơn điện tử và kế toán cho bộ phận tài chính. Đơn vị"
            " thực hiện:"
            " Ban Tài chính - Kế toán. Tiến độ: Tháng 7/2026."
        ),
        P(
            "2.5. Phổ biến quy định về hải quan, thủ tục giao nhận hàng hóa xuất nhập khẩu. Đơn vị thực"
            " hiện: Ban"
            " Kinh doanh; phối hợp: Chi cục Hải quan khu vực Hải Phòng, Trung tâm Điều độ. Tiến độ: thường"
            " xuyên."
        ),
        P(
            "2.6. Cập nhật, phổ biến văn bản pháp luật mới liên quan đến hoạt động của Công ty. Đơn vị thực"
            " hiện:"
            " Ban An toàn - Pháp chế. Tiến độ: khi văn bản mới có hiệu lực."
        ),
        P(
            "2.7. Tổ chức Ngày Pháp luật Việt Nam tại Công ty. Đơn vị thực hiện: Công đoàn Công ty và Đoàn"
            " Thanh"
            " niên Công ty; phối hợp: Ban An toàn - Pháp chế. Tiến độ: trước ngày 09/11/2026."
        ),
        P("3. TỔ CHỨC THỰC HIỆN", bold=True),
        P(
            "Ban An toàn - Pháp chế là đầu mối theo dõi, tổng hợp kết quả báo cáo Tổng Giám đốc trước ngày"
            " 05/12/2026. Kinh phí chi từ nguồn chi phí quản lý doanh nghiệp."
        ),
    ]
    + _end(
        ["HĐQT (b/c);", "Ban Tổng Giám đốc;", "Các đơn vị;", "Lưu: VT, ATPC."],
        "TỔNG GIÁM ĐỐC",
        "Phạm Hồng Minh",
    ),
    [
        Exp(
            "Phổ biến Bộ luật Lao động, Nội quy",
            ("Ban Tổ chức - Tiền lương",),
            ("Công đoàn Công ty",),
            "2026-03-31",
        ),
        Exp(
            "Huấn luyện an toàn, vệ sinh lao động",
            ("Ban An toàn - Pháp chế",),
            ("Xí nghiệp Xếp dỡ Hoàng Diệu", "Xí nghiệp Xếp dỡ Tân Vũ", "Chi nhánh Cảng Lạch Huyện"),
            "2026-06-30",
        ),
        Exp(
            "Phổ biến quy định pháp luật hàng hải",
            ("Ban Kỹ thuật - Công nghệ",),
            ("Cảng vụ Hàng hải Hải Phòng",),
            "2026-09-30",
        ),
        Exp("Tuyên truyền pháp luật về thuế", ("Ban Tài chính - Kế toán",), (), "2026-07-31"),
        Exp(
            "Phổ biến quy định về hải quan",
            ("Ban Kinh doanh",),
            ("Chi cục Hải quan khu vực Hải Phòng", "Trung tâm Điều độ"),
            "2026-12-31",
        ),
        Exp("Cập nhật, phổ biến văn bản pháp luật mới", ("Ban An toàn - Pháp chế",), (), "2026-12-31", True),
        Exp(
            "Tổ chức Ngày Pháp luật Việt Nam",
            ("Công đoàn Công ty", "Đoàn Thanh niên Công ty"),
            ("Ban An toàn - Pháp chế",),
            "2026-11-09",
        ),
    ],
)

# ---------------------------------------------------------------- 10. Tỉnh Đoàn Ninh Bình
PLAN_TD = Plan(
    "tinh_doan_ninh_binh_2026",
    _START
    + [
        P("BAN CHẤP HÀNH ĐOÀN TỈNH NINH BÌNH", bold=True, center=True),
        P("***", center=True),
        P("ĐOÀN TNCS HỒ CHÍ MINH", bold=True, center=True),
        P("Số: 46-KH/TĐTN-TG", center=True),
        P("Ninh Bình, ngày 25 tháng 02 năm 2026", center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P(
            "Tuyên truyền, phổ biến, giáo dục pháp luật cho đoàn viên, thanh thiếu nhi năm 2026",
            bold=True,
            center=True,
        ),
        P("Căn cứ Luật Thanh niên năm 2020;"),
        P("Căn cứ Chương trình công tác Đoàn và phong trào thanh thiếu nhi tỉnh Ninh Bình năm 2026;"),
        P("Ban Thường vụ Tỉnh Đoàn xây dựng kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P(
            "- Nâng cao ý thức tôn trọng, chấp hành pháp luật của đoàn viên, thanh thiếu nhi trên địa bàn"
            " tỉnh sau"
            " hợp nhất các tỉnh Hà Nam, Nam Định, Ninh Bình."
        ),
        P("- Phát huy vai trò xung kích của tổ chức Đoàn trong công tác PBGDPL."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        T(
            (
                ("TT", "Nội dung hoạt động", "Phân công thực hiện", "", "Thời gian", "Ghi chú"),
                ("", "", "Chủ trì", "Phối hợp", "", ""),
                (
                    "1",
                    'Tổ chức Diễn đàn "Thanh niên với văn hóa giao thông"',
                    "Ban Tuyên giáo Tỉnh Đoàn",
                    "Ban An toàn giao thông tỉnh, Phòng Cảnh sát giao thông Công an tỉnh",
                    "Tháng 4/2026",
                    "",
                ),
                (
                    "2",
                    "Cuộc thi tìm hiểu pháp luật về an ninh mạng trên nền tảng số",
                    "Ban Tuyên giáo Tỉnh Đoàn",
                    "Sở Khoa học và Công nghệ; Trường Đại học Hoa Lư",
                    "Tháng 5 - 7/2026",
                    "Thi trực tuyến",
                ),
                (
                    "3",
                    "Tuyên truyền phòng, chống ma túy trong trường học",
                    "Hội Sinh viên Việt Nam tỉnh",
                    "Sở Giáo dục và Đào tạo",
                    "Quý II - III/2026",
                    "",
                ),
                (
                    "4",
                    'Xây dựng mô hình "Câu lạc bộ pháp luật thanh niên" tại các xã, phường',
                    "Đoàn các xã, phường",
                    "Ban Thanh niên nông thôn, công nhân và đô thị Tỉnh Đoàn",
                    "Cả năm",
                    "Mỗi xã ít nhất 01 CLB",
                ),
                (
                    "5",
                    "Phổ biến pháp luật cho thanh niên công nhân các khu công nghiệp Hòa Xá, Đồng Văn",
                    "Ban Thanh niên nông thôn, công nhân và đô thị Tỉnh Đoàn",
                    "Liên đoàn Lao động tỉnh",
                    "Quý III/2026",
                    "",
                ),
                (
                    "6",
                    "Tổ chức Ngày hội thiếu nhi vui khỏe - tìm hiểu Luật Trẻ em",
                    "Hội đồng Đội tỉnh",
                    "Cung Văn hóa thiếu nhi tỉnh",
                    "Trước ngày 01/6/2026",
                    "",
                ),
                (
                    "7",
                    "Tham gia phản biện xã hội các dự thảo chính sách liên quan đến thanh niên",
                    "Ban Tuyên giáo Tỉnh Đoàn",
                    "",
                    "Theo đề nghị của Ủy ban MTTQ Việt Nam tỉnh",
                    "",
                ),
            ),
            widths=(8, 52, 34, 40, 28, 25),
        ),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Ban Tuyên giáo Tỉnh Đoàn là đầu mối theo dõi, hướng dẫn, tổng hợp kết quả."),
        P("2. Các cơ sở Đoàn trực thuộc báo cáo kết quả về Ban Thường vụ Tỉnh Đoàn trước ngày 20/11/2026."),
    ]
    + _end(
        [
            "Trung ương Đoàn (b/c);",
            "Thường trực Tỉnh ủy (b/c);",
            "Các cơ sở Đoàn trực thuộc;",
            "Lưu: VP, TG.",
        ],
        "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN\nBÍ THƯ",
        "Vũ Thị Ngọc Lan",
    ),
    [
        Exp(
            'Tổ chức Diễn đàn "Thanh niên với văn hóa',
            ("Ban Tuyên giáo Tỉnh Đoàn",),
            ("Ban An toàn giao thông tỉnh", "Phòng Cảnh sát giao thông Công an tỉnh"),
            "2026-04-30",
        ),
        Exp(
            "Cuộc thi tìm hiểu pháp luật về an ninh mạng",
            ("Ban Tuyên giáo Tỉnh Đoàn",),
            ("Sở Khoa học và Công nghệ", "Trường Đại học Hoa Lư"),
            "2026-07-31",
        ),
        Exp(
            "Tuyên truyền phòng, chống ma túy trong trường học",
            ("Hội Sinh viên Việt Nam tỉnh",),
            ("Sở Giáo dục và Đào tạo",),
            "2026-09-30",
        ),
        Exp(
            'Xây dựng mô hình "Câu lạc bộ pháp luật',
            ("Đoàn các xã, phường",),
            ("Ban Thanh niên nông thôn, công nhân và đô thị Tỉnh Đoàn",),
            "2026-12-31",
        ),
        Exp(
            "Phổ biến pháp luật cho thanh niên công nhân",
            ("Ban Thanh niên nông thôn, công nhân và đô thị Tỉnh Đoàn",),
            ("Liên đoàn Lao động tỉnh",),
            "2026-09-30",
        ),
        Exp(
            "Tổ chức Ngày hội thiếu nhi vui khỏe",
            ("Hội đồng Đội tỉnh",),
            ("Cung Văn hóa thiếu nhi tỉnh",),
            "2026-06-01",
        ),
        Exp("Tham gia phản biện xã hội các dự thảo", ("Ban Tuyên giáo Tỉnh Đoàn",), (), "2026-12-31", True),
    ],
)

PLANS: list[Plan] = [
    PLAN_PT,
    PLAN_HH,
    PLAN_THPT,
    PLAN_BV,
    PLAN_CA,
    PLAN_QS,
    PLAN_PN,
    PLAN_MB,
    PLAN_CANG,
    PLAN_TD,
]
