"""Held-out set 20: ten 2026 plans (Mekong delta, South-East, Central Highlands), answers by hand.

1. SO_TP_CANTHO: Sở Tư pháp TP Cần Thơ, Ngày Pháp luật 2026; Word table STT|Nội dung|Chủ trì|Phối hợp|Thời gian.
2. XA_HOAGIAI: UBND xã (Đắk Lắk), hòa giải ở cơ sở; "1." bold items, prose "Giao X chủ trì, phối hợp với Y".
3. THPT_DONGNAI: trường THPT (Đồng Nai), năm học 2026-2027; "-" items, label lines, persons as units.
4. SO_NNMT_VL: Sở Nông nghiệp và Môi trường Vĩnh Long, new laws 2026; 2-row table header, group rows, Sản phẩm.
5. HND_ANGIANG: Hội Nông dân An Giang, tiếp cận pháp luật; roman + "a)" items, inline "Chủ trì:...; Phối hợp:...".
6. PHUONG_HCM: UBND phường (TP HCM), chuyển đổi số PBGDPL; table without STT, Ghi chú column, event trigger.
7. CTY_TAYNINH: company in KCN (Tây Ninh), workers; "1.1." items, labels on own lines.
8. SO_GDDT_LD: Sở GDĐT Lâm Đồng, contest; table with Kinh phí column, columns Thời gian before units.
9. XA_CAMAU: UBND xã (Cà Mau), tủ sách pháp luật; "X chủ trì; Y phối hợp" prose and "Đề nghị".
10. SO_DTTG_GL: Sở Dân tộc và Tôn giáo Gia Lai, vùng DTTS; table with group rows, ranges, event triggers.
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T


def _hdr(up: str, agency: str, number: str, place_date: str, title: str, sub: str = "") -> list[P | T]:
    out: list[P | T] = [
        P(up, bold=True, center=True),
        P(agency, bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True),
        P("Độc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P(f"Số: {number}", center=True),
        P(place_date, center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P(title, bold=True, center=True),
    ]
    if sub:
        out.append(P(sub, bold=True, center=True))
    return out


def _end(recipients: list[str], role: str, name: str) -> list[P | T]:
    out: list[P | T] = [P("Nơi nhận:")]
    out += [P(f"- {r}") for r in recipients]
    out += [P("- Lưu: VT."), P(role, bold=True, center=True), P(name, bold=True, center=True)]
    return out


# ---------------------------------------------------------------- 1
SO_TP_CANTHO = Plan(
    "SO_TP_CANTHO",
    _hdr("UBND THÀNH PHỐ CẦN THƠ", "SỞ TƯ PHÁP", "45/KH-STP", "Cần Thơ, ngày 12 tháng 9 năm 2026",
         "Tổ chức hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam",
         "năm 2026 trên địa bàn thành phố Cần Thơ")
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;"),
        P("Căn cứ Kế hoạch số 212/KH-UBND ngày 28 tháng 8 năm 2026 của Ủy ban nhân dân thành phố về tổ "
          "chức hưởng ứng Ngày Pháp luật năm 2026;"),
        P("Sở Tư pháp ban hành Kế hoạch tổ chức hưởng ứng Ngày Pháp luật năm 2026 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Tiếp tục đổi mới, nâng cao hiệu quả tổ chức Ngày Pháp luật; tôn vinh Hiến pháp, pháp luật, "
          "nâng cao ý thức thượng tôn pháp luật trong cán bộ, công chức và Nhân dân."),
        P("2. Hoạt động hưởng ứng thiết thực, gắn với nhiệm vụ chính trị của từng cơ quan, đơn vị; tránh "
          "hình thức, lãng phí."),
        P("II. NỘI DUNG, HÌNH THỨC HƯỞNG ỨNG", bold=True),
        T((
            ("STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"),
            ("1", "Tham mưu UBND thành phố ban hành văn bản chỉ đạo, hướng dẫn tổ chức hưởng ứng Ngày Pháp "
             "luật năm 2026", "Phòng Phổ biến, giáo dục pháp luật", "Văn phòng Sở", "Tháng 9/2026"),
            ("2", "Tổ chức Lễ mít tinh hưởng ứng Ngày Pháp luật cấp thành phố gắn với tổng kết, khen thưởng",
             "Sở Tư pháp", "Sở Văn hóa, Thể thao và Du lịch; Đài Phát thanh và Truyền hình Cần Thơ; "
             "UBND phường Ninh Kiều", "Trước ngày 09/11/2026"),
            ("3", "Treo băng rôn, khẩu hiệu, pano tuyên truyền tại trụ sở cơ quan và các tuyến đường chính",
             "Văn phòng Sở", "Trung tâm Trợ giúp pháp lý nhà nước", "Từ ngày 01/11 đến ngày 15/11/2026"),
            ("4", "Xây dựng chuyên mục “Ngày Pháp luật 2026” trên Cổng thông tin điện tử của Sở và Trang "
             "thông tin phổ biến, giáo dục pháp luật thành phố", "Phòng Phổ biến, giáo dục pháp luật",
             "Trung tâm Dịch vụ bán đấu giá tài sản, Phòng Hành chính tư pháp", "Tháng 10 - tháng 11/2026"),
            ("5", "Tổ chức tư vấn, trợ giúp pháp lý lưu động miễn phí cho người dân tại các xã khó khăn",
             "Trung tâm Trợ giúp pháp lý nhà nước", "UBND các xã, phường có liên quan",
             "Quý IV/2026"),
            ("6", "Phối hợp tổ chức tọa đàm “Pháp luật với doanh nghiệp” về các luật mới có hiệu lực năm 2026",
             "Phòng Xây dựng, kiểm tra và theo dõi thi hành pháp luật", "Hiệp hội Doanh nghiệp thành phố "
             "Cần Thơ và Liên đoàn Lao động thành phố", "Tháng 11/2026"),
            ("7", "Tổng hợp, báo cáo kết quả hưởng ứng Ngày Pháp luật năm 2026 gửi Bộ Tư pháp, UBND thành phố",
             "Phòng Phổ biến, giáo dục pháp luật", "", "Trước ngày 15/12/2026"),
        ), widths=(10, 70, 40, 45, 30)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Các phòng, đơn vị thuộc Sở căn cứ nội dung Kế hoạch chủ động triển khai; báo cáo kết quả về "
          "Phòng Phổ biến, giáo dục pháp luật trước ngày 05/12/2026."),
        P("2. Văn phòng Sở bảo đảm kinh phí từ nguồn chi thường xuyên năm 2026."),
    ]
    + _end(["Bộ Tư pháp (Vụ PBGDPL);", "UBND thành phố (b/c);", "Các phòng, đơn vị thuộc Sở;"],
           "GIÁM ĐỐC", "Trần Văn Hiếu"),
    [
        Exp("Tham mưu UBND thành phố ban hành văn bản chỉ đạo", ("Phòng Phổ biến, giáo dục pháp luật",),
            ("Văn phòng Sở",), "2026-09-30"),
        Exp("Tổ chức Lễ mít tinh hưởng ứng Ngày Pháp luật", ("Sở Tư pháp",),
            ("Sở Văn hóa, Thể thao và Du lịch", "Đài Phát thanh và Truyền hình Cần Thơ",
             "UBND phường Ninh Kiều"), "2026-11-09"),
        Exp("Treo băng rôn, khẩu hiệu, pano tuyên truyền", ("Văn phòng Sở",),
            ("Trung tâm Trợ giúp pháp lý nhà nước",), "2026-11-15"),
        Exp("Xây dựng chuyên mục “Ngày Pháp luật 2026”", ("Phòng Phổ biến, giáo dục pháp luật",),
            ("Trung tâm Dịch vụ bán đấu giá tài sản", "Phòng Hành chính tư pháp"), "2026-11-30"),
        Exp("Tổ chức tư vấn, trợ giúp pháp lý lưu động", ("Trung tâm Trợ giúp pháp lý nhà nước",),
            ("UBND các xã, phường có liên quan",), "2026-12-31"),
        Exp("Phối hợp tổ chức tọa đàm “Pháp luật với doanh nghiệp”",
            ("Phòng Xây dựng, kiểm tra và theo dõi thi hành pháp luật",),
            ("Hiệp hội Doanh nghiệp thành phố Cần Thơ", "Liên đoàn Lao động thành phố"), "2026-11-30"),
        Exp("Tổng hợp, báo cáo kết quả hưởng ứng Ngày", ("Phòng Phổ biến, giáo dục pháp luật",), (),
            "2026-12-15"),
    ],
)

# ---------------------------------------------------------------- 2
XA_HOAGIAI = Plan(
    "XA_HOAGIAI",
    _hdr("ỦY BAN NHÂN DÂN", "XÃ EA KAR", "18/KH-UBND", "Ea Kar, ngày 20 tháng 01 năm 2026",
         "Thực hiện công tác hòa giải ở cơ sở năm 2026")
    + [
        P("Căn cứ Luật Hòa giải ở cơ sở ngày 20 tháng 6 năm 2013;"),
        P("Căn cứ Nghị định số 15/2014/NĐ-CP ngày 27/02/2014 của Chính phủ quy định chi tiết một số điều "
          "và biện pháp thi hành Luật Hòa giải ở cơ sở;"),
        P("Căn cứ Kế hoạch số 09/KH-UBND ngày 12/01/2026 của UBND tỉnh Đắk Lắk;"),
        P("UBND xã Ea Kar ban hành Kế hoạch thực hiện công tác hòa giải ở cơ sở năm 2026, cụ thể như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Kịp thời giải quyết mâu thuẫn, tranh chấp nhỏ ngay từ cơ sở, góp phần giữ gìn đoàn kết trong "
          "thôn, buôn, hạn chế đơn thư vượt cấp."),
        P("- Phân công cụ thể, rõ trách nhiệm; bảo đảm kinh phí cho hoạt động hòa giải theo quy định."),
        P("II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        P("1. Kiện toàn tổ hòa giải, hòa giải viên", bold=True),
        P("Rà soát, kiện toàn 34 tổ hòa giải ở các thôn, buôn, tổ dân phố; bổ sung hòa giải viên là người "
          "có uy tín, già làng, người biết tiếng dân tộc. Giao Công chức Tư pháp - Hộ tịch chủ trì, phối hợp "
          "với Ủy ban Mặt trận Tổ quốc Việt Nam xã và Trưởng các thôn, buôn thực hiện; hoàn thành trong Quý "
          "I/2026."),
        P("2. Tập huấn, bồi dưỡng kỹ năng hòa giải", bold=True),
        P("Tổ chức 02 lớp tập huấn nghiệp vụ, kỹ năng hòa giải cho hòa giải viên, chú trọng kỹ năng hòa "
          "giải tranh chấp đất đai, hôn nhân và gia đình. Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp với "
          "Công an xã thực hiện trong tháng 4 và tháng 5/2026."),
        P("3. Cung cấp tài liệu phục vụ hòa giải", bold=True),
        P("Biên soạn, cấp phát sổ theo dõi hoạt động hòa giải, tài liệu hỏi - đáp pháp luật bằng tiếng "
          "Việt và tiếng Ê Đê cho các tổ hòa giải. Văn phòng HĐND và UBND xã chủ trì; Công chức Tư pháp - "
          "Hộ tịch phối hợp. Thời gian: Quý II/2026."),
        P("4. Thực hiện hòa giải các vụ việc", bold=True),
        P("Tiếp nhận, tiến hành hòa giải kịp thời các mâu thuẫn, tranh chấp phát sinh tại cộng đồng dân cư. "
          "Các tổ hòa giải ở cơ sở thực hiện; Công an xã, Công chức Địa chính - Nông nghiệp - Xây dựng và "
          "Môi trường phối hợp khi có yêu cầu. Thời gian: thường xuyên."),
        P("5. Triển khai Cuộc thi hòa giải viên giỏi cấp xã", bold=True),
        P("Tổ chức Cuộc thi hòa giải viên giỏi cấp xã năm 2026 và lựa chọn đội tham gia cấp tỉnh. Giao Ủy "
          "ban Mặt trận Tổ quốc Việt Nam xã chủ trì, phối hợp với Phòng Văn hóa - Xã hội, Đoàn Thanh niên "
          "Cộng sản Hồ Chí Minh xã và Hội Liên hiệp Phụ nữ xã tổ chức khi có hướng dẫn của Sở Tư pháp."),
        P("6. Bảo đảm kinh phí cho công tác hòa giải", bold=True),
        P("Lập dự toán, chi thù lao cho hòa giải viên theo vụ việc và hỗ trợ hoạt động của tổ hòa giải theo "
          "Nghị quyết của HĐND tỉnh. Giao Kế toán ngân sách xã thực hiện; thời gian: hằng quý."),
        P("7. Sơ kết, báo cáo kết quả công tác hòa giải", bold=True),
        P("Sơ kết 6 tháng, tổng kết năm công tác hòa giải ở cơ sở, đề xuất khen thưởng tổ hòa giải, hòa "
          "giải viên tiêu biểu. Giao Công chức Tư pháp - Hộ tịch chủ trì thực hiện, hoàn thành trước ngày "
          "30/11/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Trưởng các thôn, buôn, tổ dân phố phối hợp chặt chẽ với tổ hòa giải; báo cáo kết quả về UBND xã "
          "(qua Công chức Tư pháp - Hộ tịch) trước ngày 15/6 và ngày 15/11/2026."),
    ]
    + _end(["Phòng Phổ biến, giáo dục pháp luật - Sở Tư pháp;", "TT Đảng ủy, TT HĐND xã;",
            "Các thôn, buôn, tổ dân phố;"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Y Bhin Niê"),
    [
        Exp("Kiện toàn tổ hòa giải, hòa giải viên", ("Công chức Tư pháp - Hộ tịch",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Trưởng các thôn, buôn"), "2026-03-31"),
        Exp("Tập huấn, bồi dưỡng kỹ năng hòa giải", ("Phòng Văn hóa - Xã hội",), ("Công an xã",),
            "2026-05-31"),
        Exp("Cung cấp tài liệu phục vụ hòa giải", ("Văn phòng HĐND và UBND xã",),
            ("Công chức Tư pháp - Hộ tịch",), "2026-06-30"),
        Exp("Thực hiện hòa giải các vụ việc", ("Các tổ hòa giải ở cơ sở",),
            ("Công an xã", "Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường"), "2026-12-31"),
        Exp("Triển khai Cuộc thi hòa giải viên giỏi", ("Ủy ban Mặt trận Tổ quốc Việt Nam xã",),
            ("Phòng Văn hóa - Xã hội", "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã", "Hội Liên hiệp Phụ nữ xã"),
            "2026-12-31", on_request=True),
        Exp("Bảo đảm kinh phí cho công tác hòa giải", ("Kế toán ngân sách xã",), (), "2026-12-31"),
        Exp("Sơ kết, báo cáo kết quả công tác", ("Công chức Tư pháp - Hộ tịch",), (), "2026-11-30"),
    ],
)

# ---------------------------------------------------------------- 3
THPT_DONGNAI = Plan(
    "THPT_DONGNAI",
    _hdr("SỞ GIÁO DỤC VÀ ĐÀO TẠO ĐỒNG NAI", "TRƯỜNG THPT NGUYỄN HỮU CẢNH", "112/KH-THPTNHC",
         "Đồng Nai, ngày 15 tháng 9 năm 2026",
         "Công tác phổ biến, giáo dục pháp luật năm học 2026 - 2027")
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012;"),
        P("Căn cứ Công văn số 2310/SGDĐT-CTTT ngày 05/9/2026 của Sở Giáo dục và Đào tạo về hướng dẫn "
          "thực hiện công tác PBGDPL năm học 2026 - 2027;"),
        P("Căn cứ tình hình thực tế, Trường THPT Nguyễn Hữu Cảnh xây dựng kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Trang bị cho học sinh kiến thức pháp luật về an toàn giao thông, phòng chống ma túy, bạo lực "
          "học đường, an toàn trên không gian mạng."),
        P("- Cán bộ, giáo viên, nhân viên gương mẫu chấp hành pháp luật; hoạt động phù hợp lứa tuổi."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG", bold=True),
        P("- Quán triệt các văn bản pháp luật mới liên quan đến ngành giáo dục cho cán bộ, giáo viên, "
          "nhân viên trong buổi họp Hội đồng sư phạm đầu năm học."),
        P("+ Người thực hiện: Hiệu trưởng"),
        P("+ Phối hợp: Chủ tịch Công đoàn trường"),
        P("+ Thời gian: Tháng 9/2026"),
        P("- Tổ chức tuyên truyền pháp luật về an toàn giao thông qua tiết sinh hoạt dưới cờ và ký cam "
          "kết không vi phạm luật giao thông."),
        P("+ Người thực hiện: Đoàn trường"),
        P("+ Phối hợp: Giáo viên chủ nhiệm các lớp, Công an xã Tân Triều"),
        P("+ Thời gian: Tháng 9 - tháng 10/2026"),
        P("- Lồng ghép giáo dục pháp luật vào môn Giáo dục kinh tế và pháp luật, Lịch sử, Ngữ văn theo "
          "chương trình."),
        P("+ Người thực hiện: Phó Hiệu trưởng phụ trách chuyên môn"),
        P("+ Phối hợp: Tổ trưởng các tổ chuyên môn"),
        P("+ Thời gian: Từ tháng 9/2026 đến tháng 5/2027"),
        P("- Tổ chức ngoại khóa “Học sinh với Ngày Pháp luật” hưởng ứng Ngày Pháp luật 09/11."),
        P("+ Người thực hiện: Tổ Sử - Địa - GDKT&PL"),
        P("+ Phối hợp: Đoàn trường; Ban đại diện cha mẹ học sinh"),
        P("+ Thời gian: Từ 02/11 đến 09/11/2026"),
        P("- Cập nhật sách, báo, tài liệu pháp luật vào tủ sách pháp luật tại thư viện; giới thiệu sách "
          "pháp luật mới mỗi tháng."),
        P("+ Người thực hiện: Nhân viên thư viện"),
        P("+ Thời gian: Hằng tháng, từ tháng 9 đến tháng 12/2026"),
        P("- Phối hợp tổ chức chuyên đề phòng, chống ma túy và tệ nạn xã hội trong học đường."),
        P("+ Người thực hiện: Phó Hiệu trưởng phụ trách công tác học sinh"),
        P("+ Phối hợp: Đoàn trường, Y tế trường học, Công an xã Tân Triều"),
        P("+ Thời gian: Tháng 12/2026"),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các bộ phận, cá nhân được phân công thực hiện nghiêm túc kế hoạch; Đoàn trường tổng hợp kết "
          "quả báo cáo Hiệu trưởng trước ngày 20/5/2027."),
    ]
    + _end(["Sở GDĐT (b/c);", "Các tổ chuyên môn, Đoàn trường;"], "HIỆU TRƯỞNG", "Lê Thị Mỹ Hạnh"),
    [
        Exp("Quán triệt các văn bản pháp luật mới", ("Hiệu trưởng",), ("Chủ tịch Công đoàn trường",),
            "2026-09-30"),
        Exp("Tổ chức tuyên truyền pháp luật về an toàn giao thông", ("Đoàn trường",),
            ("Giáo viên chủ nhiệm các lớp", "Công an xã Tân Triều"), "2026-10-31"),
        Exp("Lồng ghép giáo dục pháp luật vào môn", ("Phó Hiệu trưởng phụ trách chuyên môn",),
            ("Tổ trưởng các tổ chuyên môn",), "2027-05-31"),
        Exp("Tổ chức ngoại khóa “Học sinh với Ngày Pháp luật”", ("Tổ Sử - Địa - GDKT&PL",),
            ("Đoàn trường", "Ban đại diện cha mẹ học sinh"), "2026-11-09"),
        Exp("Cập nhật sách, báo, tài liệu pháp luật", ("Nhân viên thư viện",), (), "2026-12-31"),
        Exp("Phối hợp tổ chức chuyên đề phòng, chống ma túy", ("Phó Hiệu trưởng phụ trách công tác học sinh",),
            ("Đoàn trường", "Y tế trường học", "Công an xã Tân Triều"), "2026-12-31"),
    ],
)

# ---------------------------------------------------------------- 4
SO_NNMT_VL = Plan(
    "SO_NNMT_VL",
    _hdr("UBND TỈNH VĨNH LONG", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "87/KH-SNNMT",
         "Vĩnh Long, ngày 03 tháng 02 năm 2026",
         "Phổ biến các luật, nghị quyết mới có hiệu lực năm 2026 thuộc lĩnh vực nông nghiệp và môi trường")
    + [
        P("Căn cứ Quyết định số 145/QĐ-UBND ngày 22/01/2026 của UBND tỉnh Vĩnh Long ban hành Kế hoạch "
          "phổ biến, giáo dục pháp luật năm 2026;"),
        P("Căn cứ chức năng, nhiệm vụ, quyền hạn của Sở Nông nghiệp và Môi trường,"),
        P("Sở Nông nghiệp và Môi trường xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Kịp thời phổ biến nội dung cơ bản của các luật mới được Quốc hội thông qua, có hiệu lực "
          "trong năm 2026 đến công chức, viên chức, người lao động và người dân, doanh nghiệp."),
        P("2. Xác định rõ đơn vị chủ trì, sản phẩm và thời hạn hoàn thành."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        T((
            ("TT", "Nhiệm vụ", "Thời gian", "Phân công", "", "Sản phẩm"),
            ("", "", "", "Chủ trì", "Phối hợp", ""),
            ("I", "Phổ biến trong nội bộ Sở", "", "", "", ""),
            ("1", "Tổ chức hội nghị quán triệt Luật Đất đai (sửa đổi) và các nghị định hướng dẫn cho công "
             "chức, viên chức", "Quý I/2026", "Văn phòng Sở", "Phòng Quản lý đất đai", "Hội nghị"),
            ("2", "Biên soạn tài liệu hỏi - đáp về Luật Tài nguyên nước và Luật Địa chất và khoáng sản",
             "Tháng 3 - tháng 5/2026", "Phòng Tài nguyên nước, khoáng sản và khí tượng thủy văn",
             "Văn phòng Sở", "Tài liệu"),
            ("3", "Cập nhật văn bản pháp luật mới lên Trang thông tin điện tử của Sở",
             "Thường xuyên", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở", "Tin, bài"),
            ("II", "Phổ biến cho người dân, doanh nghiệp", "", "", "", ""),
            ("4", "Tuyên truyền pháp luật về bảo vệ môi trường cho cơ sở sản xuất, kinh doanh tại các khu, "
             "cụm công nghiệp", "Quý II, III/2026", "Chi cục Bảo vệ môi trường",
             "Ban Quản lý các khu công nghiệp tỉnh; UBND các xã, phường", "Hội nghị, tờ gấp"),
            ("5", "Phổ biến pháp luật về trồng trọt, chăn nuôi, thủy sản cho hợp tác xã, tổ hợp tác và "
             "nông dân", "Tháng 4 - tháng 8/2026", "Chi cục Trồng trọt và Bảo vệ thực vật",
             "Chi cục Chăn nuôi, Thú y và Thủy sản, Hội Nông dân tỉnh và Liên minh Hợp tác xã tỉnh",
             "Lớp tập huấn"),
            ("6", "Tổ chức đối thoại chính sách về thu hồi đất, bồi thường, hỗ trợ, tái định cư",
             "Theo đề nghị của UBND cấp xã", "Phòng Quản lý đất đai",
             "Văn phòng Đăng ký đất đai", "Buổi đối thoại"),
            ("7", "Phối hợp với Báo và Phát thanh, Truyền hình Vĩnh Long thực hiện chuyên mục “Nông nghiệp "
             "và pháp luật”", "Hằng tháng", "Trung tâm Khuyến nông",
             "Báo và Phát thanh, Truyền hình Vĩnh Long", "Chuyên mục"),
            ("8", "Sơ kết, đánh giá kết quả phổ biến các luật mới, báo cáo Sở Tư pháp",
             "Trước ngày 30/11/2026", "Văn phòng Sở", "", "Báo cáo"),
        ), widths=(10, 62, 26, 34, 38, 20)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Thủ trưởng các phòng, chi cục, đơn vị trực thuộc chịu trách nhiệm triển khai nhiệm vụ được phân "
          "công, gửi báo cáo về Văn phòng Sở định kỳ 6 tháng (trước ngày 10/6) và năm (trước ngày 10/11)."),
    ]
    + _end(["Sở Tư pháp;", "Ban Giám đốc Sở;", "Các phòng, chi cục, đơn vị thuộc Sở;"],
           "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Nguyễn Thanh Phong"),
    [
        Exp("Tổ chức hội nghị quán triệt Luật Đất đai", ("Văn phòng Sở",), ("Phòng Quản lý đất đai",),
            "2026-03-31"),
        Exp("Biên soạn tài liệu hỏi - đáp về Luật Tài nguyên nước",
            ("Phòng Tài nguyên nước, khoáng sản và khí tượng thủy văn",), ("Văn phòng Sở",), "2026-05-31"),
        Exp("Cập nhật văn bản pháp luật mới lên Trang", ("Văn phòng Sở",), ("Các phòng, đơn vị thuộc Sở",),
            "2026-12-31"),
        Exp("Tuyên truyền pháp luật về bảo vệ môi trường", ("Chi cục Bảo vệ môi trường",),
            ("Ban Quản lý các khu công nghiệp tỉnh", "UBND các xã, phường"), "2026-09-30"),
        Exp("Phổ biến pháp luật về trồng trọt, chăn nuôi", ("Chi cục Trồng trọt và Bảo vệ thực vật",),
            ("Chi cục Chăn nuôi, Thú y và Thủy sản", "Hội Nông dân tỉnh", "Liên minh Hợp tác xã tỉnh"),
            "2026-08-31"),
        Exp("Tổ chức đối thoại chính sách về thu hồi đất", ("Phòng Quản lý đất đai",),
            ("Văn phòng Đăng ký đất đai",), "2026-12-31", on_request=True),
        Exp("Phối hợp với Báo và Phát thanh, Truyền hình", ("Trung tâm Khuyến nông",),
            ("Báo và Phát thanh, Truyền hình Vĩnh Long",), "2026-12-31"),
        Exp("Sơ kết, đánh giá kết quả phổ biến", ("Văn phòng Sở",), (), "2026-11-30"),
    ],
)

# ---------------------------------------------------------------- 5
HND_ANGIANG = Plan(
    "HND_ANGIANG",
    _hdr("HỘI NÔNG DÂN VIỆT NAM", "BAN CHẤP HÀNH HỘI NÔNG DÂN TỈNH AN GIANG", "35-KH/HNDT",
         "An Giang, ngày 26 tháng 02 năm 2026",
         "Tăng cường tiếp cận pháp luật và phổ biến, giáo dục pháp luật cho hội viên, nông dân năm 2026")
    + [
        P("Căn cứ Điều lệ Hội Nông dân Việt Nam; Chương trình phối hợp số 05/CTPH-BTP-TWHND giữa Bộ Tư "
          "pháp và Trung ương Hội Nông dân Việt Nam giai đoạn 2025 - 2030;"),
        P("Căn cứ Kế hoạch số 60/KH-UBND ngày 30/01/2026 của UBND tỉnh An Giang về công tác phổ biến, giáo "
          "dục pháp luật; hòa giải ở cơ sở; xây dựng cấp xã tiếp cận pháp luật năm 2026;"),
        P("Ban Thường vụ Hội Nông dân tỉnh xây dựng kế hoạch thực hiện như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Nâng cao hiểu biết pháp luật, khả năng tiếp cận pháp luật của hội viên, nông dân, nhất là nông "
          "dân vùng biên giới, đồng bào Khmer; gắn với phong trào nông dân sản xuất, kinh doanh giỏi."),
        P("II. NHIỆM VỤ TRỌNG TÂM", bold=True),
        P("1. Tuyên truyền, phổ biến pháp luật", bold=True),
        P("a) Tổ chức hội nghị phổ biến Luật Hợp tác xã, Luật Đất đai và các quy định về sản xuất lúa chất "
          "lượng cao, phát thải thấp cho cán bộ Hội và hội viên nông dân. Chủ trì: Ban Tuyên giáo - Kinh tế; "
          "phối hợp: Sở Nông nghiệp và Môi trường, Sở Tư pháp; thời gian: Quý II/2026."),
        P("b) Tuyên truyền pháp luật trên Trang thông tin điện tử, nhóm Zalo chi hội và bản tin “Nông dân An "
          "Giang”. Chủ trì: Văn phòng Hội Nông dân tỉnh; thời gian: thường xuyên."),
        P("c) Biên soạn, cấp phát tài liệu song ngữ Việt - Khmer về pháp luật đất đai, phòng chống buôn lậu "
          "qua biên giới. Chủ trì: Ban Tuyên giáo - Kinh tế; phối hợp: Bộ Chỉ huy Bộ đội Biên phòng tỉnh; "
          "thời gian: tháng 6 đến tháng 9/2026."),
        P("2. Trợ giúp pháp lý, tư vấn pháp luật", bold=True),
        P("a) Duy trì hoạt động của Trung tâm Tư vấn pháp luật Hội Nông dân tỉnh, tư vấn miễn phí cho hội "
          "viên. Chủ trì: Trung tâm Hỗ trợ nông dân; phối hợp: Trung tâm Trợ giúp pháp lý nhà nước tỉnh An "
          "Giang; thời gian: cả năm."),
        P("b) Tổ chức các buổi trợ giúp pháp lý lưu động kết hợp đối thoại với nông dân tại các xã biên "
          "giới. Chủ trì: Hội Nông dân các xã, phường, đặc khu; phối hợp: Trung tâm Trợ giúp pháp lý nhà "
          "nước tỉnh An Giang, UBND các xã biên giới; thời gian: khi có đề nghị của cơ sở Hội."),
        P("3. Xây dựng mô hình, hưởng ứng Ngày Pháp luật", bold=True),
        P("a) Nhân rộng mô hình “Câu lạc bộ nông dân với pháp luật” tại các chi hội. Chủ trì: Ban Tổ chức - "
          "Kiểm tra; phối hợp: Hội Nông dân các xã, phường, đặc khu; thời gian: năm 2026."),
        P("b) Tổ chức hội thi “Nông dân tìm hiểu pháp luật” hưởng ứng Ngày Pháp luật Việt Nam. Chủ trì: "
          "Ban Tuyên giáo - Kinh tế; phối hợp: Sở Tư pháp, Đài Phát thanh - Truyền hình An Giang; thời gian: "
          "trước ngày 09/11/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các ban chuyên môn, Văn phòng Hội Nông dân tỉnh và Hội Nông dân các xã, phường, đặc khu căn cứ kế "
          "hoạch triển khai thực hiện; báo cáo kết quả về Ban Thường vụ (qua Ban Tuyên giáo - Kinh tế) trước "
          "ngày 20/11/2026."),
    ]
    + _end(["Trung ương Hội NDVN (b/c);", "Sở Tư pháp;", "Hội Nông dân các xã, phường, đặc khu;"],
           "T/M BAN THƯỜNG VỤ\nPHÓ CHỦ TỊCH", "Chau Sóc Khonl"),
    [
        Exp("Tổ chức hội nghị phổ biến Luật Hợp tác xã", ("Ban Tuyên giáo - Kinh tế",),
            ("Sở Nông nghiệp và Môi trường", "Sở Tư pháp"), "2026-06-30"),
        Exp("Tuyên truyền pháp luật trên Trang thông tin", ("Văn phòng Hội Nông dân tỉnh",), (), "2026-12-31"),
        Exp("Biên soạn, cấp phát tài liệu song ngữ", ("Ban Tuyên giáo - Kinh tế",),
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh",), "2026-09-30"),
        Exp("Duy trì hoạt động của Trung tâm Tư vấn", ("Trung tâm Hỗ trợ nông dân",),
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh An Giang",), "2026-12-31"),
        Exp("Tổ chức các buổi trợ giúp pháp lý lưu động", ("Hội Nông dân các xã, phường, đặc khu",),
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh An Giang", "UBND các xã biên giới"), "2026-12-31",
            on_request=True),
        Exp("Nhân rộng mô hình “Câu lạc bộ nông dân", ("Ban Tổ chức - Kiểm tra",),
            ("Hội Nông dân các xã, phường, đặc khu",), "2026-12-31"),
        Exp("Tổ chức hội thi “Nông dân tìm hiểu pháp luật”", ("Ban Tuyên giáo - Kinh tế",),
            ("Sở Tư pháp", "Đài Phát thanh - Truyền hình An Giang"), "2026-11-09"),
    ],
)

# ---------------------------------------------------------------- 6
PHUONG_HCM = Plan(
    "PHUONG_HCM",
    _hdr("ỦY BAN NHÂN DÂN", "PHƯỜNG THỦ DẦU MỘT", "41/KH-UBND", "Thủ Dầu Một, ngày 09 tháng 3 năm 2026",
         "Ứng dụng công nghệ thông tin, chuyển đổi số trong công tác phổ biến, giáo dục pháp luật",
         "trên địa bàn phường năm 2026")
    + [
        P("Căn cứ Quyết định số 1521/QĐ-TTg ngày 06/10/2022 của Thủ tướng Chính phủ ban hành Kế hoạch "
          "triển khai thi hành Kết luận số 80-KL/TW;"),
        P("Căn cứ Kế hoạch số 318/KH-UBND ngày 20/01/2026 của UBND Thành phố Hồ Chí Minh về chuyển đổi "
          "số trong công tác phổ biến, giáo dục pháp luật;"),
        P("Ủy ban nhân dân phường ban hành Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Mục đích: đa dạng hóa hình thức phổ biến pháp luật trên môi trường số, giúp người dân tiếp "
          "cận thông tin pháp luật nhanh chóng, thuận tiện, mọi lúc, mọi nơi."),
        P("2. Yêu cầu: bảo đảm an toàn thông tin; nội dung chính xác, dễ hiểu; phân công cụ thể."),
        P("II. NHIỆM VỤ VÀ PHÂN CÔNG", bold=True),
        T((
            ("Nhiệm vụ", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời hạn hoàn thành", "Ghi chú"),
            ("Xây dựng chuyên mục “Pháp luật và đời sống” trên Trang thông tin điện tử phường, cập nhật "
             "văn bản mới", "Văn phòng HĐND và UBND phường", "Phòng Văn hóa - Xã hội",
             "Tháng 4/2026", "Duy trì cập nhật hằng tuần"),
            ("Lập và vận hành nhóm Zalo “Hỏi đáp pháp luật” của các khu phố", "Phòng Văn hóa - Xã hội",
             "Trưởng khu phố; Ban công tác Mặt trận khu phố", "Quý II/2026", ""),
            ("Số hóa tủ sách pháp luật của phường, gắn mã QR tra cứu tại Bộ phận Một cửa",
             "Trung tâm Phục vụ hành chính công phường", "Văn phòng HĐND và UBND phường",
             "Từ tháng 5 đến tháng 7/2026", "Sử dụng kinh phí chuyển đổi số"),
            ("Tổ chức tập huấn kỹ năng khai thác Cổng Pháp luật quốc gia cho công chức, tuyên truyền viên "
             "pháp luật", "Phòng Văn hóa - Xã hội", "Trung tâm Chuyển đổi số Thành phố",
             "Tháng 6/2026", ""),
            ("Phát sóng tin, bài phổ biến pháp luật trên hệ thống loa truyền thanh thông minh",
             "Trung tâm Cung ứng dịch vụ công phường", "Công an phường, Ban Chỉ huy Quân sự phường",
             "Hằng tuần", "Thứ Hai, Thứ Năm"),
            ("Phổ biến quy định mới về định danh điện tử, giao dịch điện tử cho hộ kinh doanh, người cao "
             "tuổi", "Công an phường", "Đoàn Thanh niên phường; Hội Cựu chiến binh phường",
             "Quý III/2026", "Tổ công nghệ số cộng đồng hỗ trợ"),
            ("Cung cấp nội dung phổ biến chính sách, pháp luật mới khi Thành phố ban hành văn bản hướng dẫn",
             "Văn phòng HĐND và UBND phường", "Các đơn vị có liên quan",
             "Khi có văn bản hướng dẫn", ""),
        ), widths=(70, 35, 40, 25, 25)),
        P("III. KINH PHÍ", bold=True),
        P("Kinh phí thực hiện từ dự toán ngân sách phường năm 2026 và các nguồn hợp pháp khác."),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Giao Phòng Văn hóa - Xã hội theo dõi, đôn đốc; tổng hợp báo cáo UBND phường và Sở Tư pháp trước "
          "ngày 25/11/2026."),
    ]
    + _end(["Sở Tư pháp TP.HCM;", "TT Đảng ủy, TT HĐND phường;", "Các khu phố;"],
           "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Võ Minh Tuấn"),
    [
        Exp("Xây dựng chuyên mục “Pháp luật và đời sống”", ("Văn phòng HĐND và UBND phường",),
            ("Phòng Văn hóa - Xã hội",), "2026-04-30"),
        Exp("Lập và vận hành nhóm Zalo", ("Phòng Văn hóa - Xã hội",),
            ("Trưởng khu phố", "Ban công tác Mặt trận khu phố"), "2026-06-30"),
        Exp("Số hóa tủ sách pháp luật của phường", ("Trung tâm Phục vụ hành chính công phường",),
            ("Văn phòng HĐND và UBND phường",), "2026-07-31"),
        Exp("Tổ chức tập huấn kỹ năng khai thác Cổng", ("Phòng Văn hóa - Xã hội",),
            ("Trung tâm Chuyển đổi số Thành phố",), "2026-06-30"),
        Exp("Phát sóng tin, bài phổ biến pháp luật", ("Trung tâm Cung ứng dịch vụ công phường",),
            ("Công an phường", "Ban Chỉ huy Quân sự phường"), "2026-12-31"),
        Exp("Phổ biến quy định mới về định danh điện tử", ("Công an phường",),
            ("Đoàn Thanh niên phường", "Hội Cựu chiến binh phường"), "2026-09-30"),
        Exp("Cung cấp nội dung phổ biến chính sách", ("Văn phòng HĐND và UBND phường",),
            ("Các đơn vị có liên quan",), "2026-12-31", on_request=True),
    ],
)

# ---------------------------------------------------------------- 7
CTY_TAYNINH = Plan(
    "CTY_TAYNINH",
    _hdr("CÔNG TY TNHH MAY MẶC PHƯỚC ĐÔNG", "", "07/KH-CTY", "Tây Ninh, ngày 05 tháng 01 năm 2026",
         "Phổ biến, giáo dục pháp luật cho người lao động năm 2026")
    + [
        P("Căn cứ Bộ luật Lao động ngày 20 tháng 11 năm 2019; Luật Bảo hiểm xã hội năm 2024; Luật Công "
          "đoàn năm 2024;"),
        P("Căn cứ Hướng dẫn số 02/HD-BQLKKT ngày 28/12/2025 của Ban Quản lý Khu kinh tế tỉnh Tây Ninh;"),
        P("Ban Giám đốc Công ty xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Giúp người lao động hiểu rõ quyền, nghĩa vụ theo pháp luật lao động, bảo hiểm, an toàn vệ sinh "
          "lao động; hạn chế tranh chấp lao động, ngừng việc tập thể."),
        P("II. NỘI DUNG THỰC HIỆN", bold=True),
        P("1. Phổ biến pháp luật lao động, bảo hiểm", bold=True),
        P("1.1. Phổ biến các điểm mới của Luật Bảo hiểm xã hội năm 2024 cho người lao động theo từng ca"),
        P("Đơn vị chủ trì: Phòng Nhân sự"),
        P("Đơn vị phối hợp: Ban Chấp hành Công đoàn cơ sở; Bảo hiểm xã hội cơ sở Trảng Bàng"),
        P("Thời gian thực hiện: Quý I/2026"),
        P("1.2. Niêm yết nội quy lao động, thỏa ước lao động tập thể sửa đổi tại các xưởng và nhà ăn"),
        P("Đơn vị chủ trì: Phòng Hành chính - Nhân sự"),
        P("Thời gian thực hiện: Tháng 02/2026"),
        P("1.3. Tổ chức đối thoại định kỳ giữa người sử dụng lao động và tập thể người lao động"),
        P("Đơn vị chủ trì: Ban Giám đốc"),
        P("Đơn vị phối hợp: Ban Chấp hành Công đoàn cơ sở"),
        P("Thời gian thực hiện: 6 tháng/lần, hoàn thành trước ngày 31/12/2026"),
        P("2. Phổ biến pháp luật về an toàn, vệ sinh lao động và phòng cháy, chữa cháy", bold=True),
        P("2.1. Huấn luyện an toàn, vệ sinh lao động cho người lao động mới và định kỳ"),
        P("Đơn vị chủ trì: Bộ phận An toàn - Môi trường"),
        P("Đơn vị phối hợp: Trưởng các xưởng may"),
        P("Thời gian thực hiện: Tháng 3 - tháng 4/2026"),
        P("2.2. Tuyên truyền, diễn tập phòng cháy, chữa cháy và cứu nạn, cứu hộ"),
        P("Đơn vị chủ trì: Đội phòng cháy, chữa cháy cơ sở"),
        P("Đơn vị phối hợp: Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ - Công an tỉnh Tây Ninh"),
        P("Thời gian thực hiện: Tháng 10/2026"),
        P("3. Các hoạt động khác", bold=True),
        P("3.1. Tổ chức hội thi “Công nhân với pháp luật” nhân Tháng Công nhân"),
        P("Đơn vị chủ trì: Ban Chấp hành Công đoàn cơ sở"),
        P("Đơn vị phối hợp: Đoàn Thanh niên Công ty, Phòng Hành chính - Nhân sự"),
        P("Thời gian thực hiện: Tháng 5/2026"),
        P("3.2. Tư vấn pháp luật cho người lao động về hợp đồng lao động, hôn nhân, cư trú"),
        P("Đơn vị chủ trì: Ban Chấp hành Công đoàn cơ sở"),
        P("Đơn vị phối hợp: Trung tâm Tư vấn pháp luật Liên đoàn Lao động tỉnh"),
        P("Thời gian thực hiện: Khi người lao động có yêu cầu"),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Phòng Hành chính - Nhân sự là đầu mối theo dõi, tổng hợp; báo cáo Ban Giám đốc và Ban Quản lý "
          "Khu kinh tế tỉnh trước ngày 15/12/2026."),
    ]
    + _end(["Ban Quản lý Khu kinh tế tỉnh;", "Công đoàn Khu kinh tế;", "Các phòng, xưởng;"],
           "TỔNG GIÁM ĐỐC", "Lâm Quốc Bảo"),
    [
        Exp("Phổ biến các điểm mới của Luật Bảo hiểm", ("Phòng Nhân sự",),
            ("Ban Chấp hành Công đoàn cơ sở", "Bảo hiểm xã hội cơ sở Trảng Bàng"), "2026-03-31"),
        Exp("Niêm yết nội quy lao động, thỏa ước", ("Phòng Hành chính - Nhân sự",), (), "2026-02-28"),
        Exp("Tổ chức đối thoại định kỳ giữa người", ("Ban Giám đốc",), ("Ban Chấp hành Công đoàn cơ sở",),
            "2026-12-31"),
        Exp("Huấn luyện an toàn, vệ sinh lao động", ("Bộ phận An toàn - Môi trường",),
            ("Trưởng các xưởng may",), "2026-04-30"),
        Exp("Tuyên truyền, diễn tập phòng cháy, chữa cháy", ("Đội phòng cháy, chữa cháy cơ sở",),
            ("Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ - Công an tỉnh Tây Ninh",), "2026-10-31"),
        Exp("Tổ chức hội thi “Công nhân với pháp luật”", ("Ban Chấp hành Công đoàn cơ sở",),
            ("Đoàn Thanh niên Công ty", "Phòng Hành chính - Nhân sự"), "2026-05-31"),
        Exp("Tư vấn pháp luật cho người lao động", ("Ban Chấp hành Công đoàn cơ sở",),
            ("Trung tâm Tư vấn pháp luật Liên đoàn Lao động tỉnh",), "2026-12-31", on_request=True),
    ],
)

# ---------------------------------------------------------------- 8
SO_GDDT_LD = Plan(
    "SO_GDDT_LD",
    _hdr("UBND TỈNH LÂM ĐỒNG", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "1964/KH-SGDĐT", "Lâm Đồng, ngày 18 tháng 8 năm 2026",
         "Tổ chức Cuộc thi trực tuyến “Học sinh Lâm Đồng tìm hiểu pháp luật” năm 2026")
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20/6/2012;"),
        P("Căn cứ Thông tư số 19/2024/TT-BGDĐT của Bộ trưởng Bộ Giáo dục và Đào tạo;"),
        P("Căn cứ Kế hoạch số 402/KH-UBND ngày 10/02/2026 của UBND tỉnh Lâm Đồng về công tác phổ biến, "
          "giáo dục pháp luật năm 2026,"),
        P("Sở Giáo dục và Đào tạo xây dựng Kế hoạch tổ chức Cuộc thi như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Nâng cao hiểu biết pháp luật của học sinh về Hiến pháp, an toàn giao thông, phòng, chống xâm "
          "hại trẻ em, an ninh mạng; hưởng ứng Ngày Pháp luật Việt Nam 09/11."),
        P("- Cuộc thi được tổ chức trên nền tảng trực tuyến, bảo đảm khách quan, công bằng, tiết kiệm."),
        P("II. ĐỐI TƯỢNG, THỜI GIAN, HÌNH THỨC", bold=True),
        P("Học sinh trung học cơ sở, trung học phổ thông trên địa bàn tỉnh; thi trắc nghiệm trực tuyến từ "
          "ngày 15/9/2026 đến ngày 20/10/2026."),
        P("III. PHÂN CÔNG NHIỆM VỤ", bold=True),
        T((
            ("STT", "Công việc", "Thời gian", "Bộ phận chủ trì", "Bộ phận phối hợp", "Kinh phí"),
            ("1", "Thành lập Ban Tổ chức, Ban Giám khảo, Tổ Thư ký Cuộc thi", "Trước ngày 30/8/2026",
             "Phòng Chính trị, tư tưởng và Công tác học sinh", "Văn phòng Sở", "Không"),
            ("2", "Xây dựng ngân hàng câu hỏi, đáp án và thể lệ Cuộc thi", "Tháng 8 - 9/2026",
             "Phòng Chính trị, tư tưởng và Công tác học sinh", "Sở Tư pháp; Công an tỉnh",
             "Ngân sách sự nghiệp giáo dục"),
            ("3", "Thiết lập, vận hành hệ thống thi trực tuyến và bảo đảm an toàn thông tin",
             "Từ 01/9 đến 20/10/2026", "Phòng Kế hoạch - Tài chính", "Viettel Lâm Đồng, VNPT Lâm Đồng",
             "Hợp đồng dịch vụ"),
            ("4", "Phát động, hướng dẫn học sinh tham gia Cuộc thi", "Tháng 9/2026",
             "Các trường trung học phổ thông; Trường Phổ thông Dân tộc nội trú tỉnh", "UBND các xã, phường, đặc khu",
             "Đơn vị tự đảm bảo"),
            ("5", "Tuyên truyền về Cuộc thi trên các phương tiện thông tin đại chúng", "Tháng 9 - 10/2026",
             "Văn phòng Sở", "Báo và Phát thanh, Truyền hình Lâm Đồng", "Không"),
            ("6", "Chấm thi, tổng hợp kết quả, đề xuất khen thưởng", "Trước ngày 31/10/2026",
             "Ban Giám khảo Cuộc thi", "Tổ Thư ký Cuộc thi", "Ngân sách sự nghiệp giáo dục"),
            ("7", "Tổ chức Lễ tổng kết, trao giải gắn với hưởng ứng Ngày Pháp luật", "Ngày 09/11/2026",
             "Văn phòng Sở", "Tỉnh đoàn Lâm Đồng; Hội đồng Đội tỉnh", "Ngân sách sự nghiệp giáo dục"),
        ), widths=(10, 60, 25, 40, 40, 25)),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Phòng Chính trị, tư tưởng và Công tác học sinh là thường trực Cuộc thi, theo dõi, đôn đốc các "
          "đơn vị thực hiện."),
        P("2. Thủ trưởng các đơn vị trực thuộc Sở, Hiệu trưởng các trường chịu trách nhiệm vận động học sinh "
          "tham gia; báo cáo số lượng tham gia về Sở trước ngày 25/10/2026."),
    ]
    + _end(["UBND tỉnh (b/c);", "Sở Tư pháp;", "Các đơn vị trực thuộc;"],
           "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "K' Nhung"),
    [
        Exp("Thành lập Ban Tổ chức, Ban Giám khảo", ("Phòng Chính trị, tư tưởng và Công tác học sinh",),
            ("Văn phòng Sở",), "2026-08-30"),
        Exp("Xây dựng ngân hàng câu hỏi, đáp án", ("Phòng Chính trị, tư tưởng và Công tác học sinh",),
            ("Sở Tư pháp", "Công an tỉnh"), "2026-09-30"),
        Exp("Thiết lập, vận hành hệ thống thi trực tuyến", ("Phòng Kế hoạch - Tài chính",),
            ("Viettel Lâm Đồng", "VNPT Lâm Đồng"), "2026-10-20"),
        Exp("Phát động, hướng dẫn học sinh tham gia",
            ("Các trường trung học phổ thông", "Trường Phổ thông Dân tộc nội trú tỉnh"),
            ("UBND các xã, phường, đặc khu",), "2026-09-30"),
        Exp("Tuyên truyền về Cuộc thi trên các phương tiện", ("Văn phòng Sở",),
            ("Báo và Phát thanh, Truyền hình Lâm Đồng",), "2026-10-31"),
        Exp("Chấm thi, tổng hợp kết quả, đề xuất", ("Ban Giám khảo Cuộc thi",), ("Tổ Thư ký Cuộc thi",),
            "2026-10-31"),
        Exp("Tổ chức Lễ tổng kết, trao giải", ("Văn phòng Sở",), ("Tỉnh đoàn Lâm Đồng", "Hội đồng Đội tỉnh"),
            "2026-11-09"),
    ],
)

# ---------------------------------------------------------------- 9
XA_CAMAU = Plan(
    "XA_CAMAU",
    _hdr("ỦY BAN NHÂN DÂN", "XÃ ĐẤT MŨI", "26/KH-UBND", "Đất Mũi, ngày 14 tháng 4 năm 2026",
         "Xây dựng, quản lý và khai thác Tủ sách pháp luật năm 2026")
    + [
        P("Căn cứ Quyết định số 14/2019/QĐ-TTg ngày 13/3/2019 của Thủ tướng Chính phủ về xây dựng, quản "
          "lý, khai thác Tủ sách pháp luật;"),
        P("Căn cứ Kế hoạch số 77/KH-STP ngày 25/3/2026 của Sở Tư pháp tỉnh Cà Mau;"),
        P("UBND xã Đất Mũi xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Phát huy hiệu quả Tủ sách pháp luật tại Trụ sở UBND xã và các ấp; ưu tiên tài liệu về khai "
          "thác thủy sản, chống khai thác hải sản bất hợp pháp (IUU), bảo vệ rừng ngập mặn."),
        P("II. NỘI DUNG", bold=True),
        P("1. Rà soát, sắp xếp lại Tủ sách pháp luật tại Bộ phận Một cửa và nhà văn hóa các ấp; thanh lý "
          "sách hết hiệu lực. Công chức Văn phòng - Thống kê chủ trì; Trưởng ấp các ấp phối hợp; hoàn thành "
          "trong tháng 5/2026."),
        P("2. Bổ sung sách, tài liệu pháp luật mới, nhất là Luật Thủy sản, Luật Lâm nghiệp và các văn bản "
          "về chống khai thác IUU. Công chức Tư pháp - Hộ tịch chủ trì; Kế toán ngân sách xã phối hợp bảo "
          "đảm kinh phí; thời gian Quý II - Quý III/2026."),
        P("3. Xây dựng Tủ sách pháp luật điện tử, kết nối với Tủ sách pháp luật điện tử của tỉnh. Công chức "
          "Văn phòng - Thống kê chủ trì; Công chức Tư pháp - Hộ tịch và Đoàn Thanh niên xã phối hợp; thời "
          "gian hoàn thành trước ngày 30/9/2026."),
        P("4. Luân chuyển sách pháp luật đến tàu cá, tổ đoàn kết sản xuất trên biển. Đề nghị Đồn Biên phòng "
          "Đất Mũi chủ trì, phối hợp với Hội Nghề cá xã và Tổ đoàn kết sản xuất trên biển thực hiện; thời "
          "gian: 6 tháng cuối năm 2026."),
        P("5. Tổ chức Ngày đọc sách pháp luật tại trường học. Đề nghị Trường THCS Đất Mũi và Trường Tiểu "
          "học Đất Mũi chủ động thực hiện; Công chức Văn hóa - Xã hội phối hợp; thời gian: tháng 11/2026."),
        P("6. Cử người quản lý, theo dõi mượn, trả sách, mở sổ theo dõi. Phó Chủ tịch UBND xã phụ trách văn "
          "hóa - xã hội chỉ đạo, Công chức Tư pháp - Hộ tịch thực hiện thường xuyên."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Công chức Tư pháp - Hộ tịch theo dõi, tổng hợp kết quả, tham mưu UBND xã báo cáo Sở Tư pháp trước "
          "ngày 10/12/2026."),
    ]
    + _end(["Sở Tư pháp tỉnh Cà Mau;", "TT Đảng ủy, HĐND xã;", "Các ấp;"],
           "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Nguyễn Văn Út"),
    [
        Exp("Rà soát, sắp xếp lại Tủ sách pháp luật", ("Công chức Văn phòng - Thống kê",),
            ("Trưởng ấp các ấp",), "2026-05-31"),
        Exp("Bổ sung sách, tài liệu pháp luật mới", ("Công chức Tư pháp - Hộ tịch",),
            ("Kế toán ngân sách xã",), "2026-09-30"),
        Exp("Xây dựng Tủ sách pháp luật điện tử", ("Công chức Văn phòng - Thống kê",),
            ("Công chức Tư pháp - Hộ tịch", "Đoàn Thanh niên xã"), "2026-09-30"),
        Exp("Luân chuyển sách pháp luật đến tàu cá", ("Đồn Biên phòng Đất Mũi",),
            ("Hội Nghề cá xã", "Tổ đoàn kết sản xuất trên biển"), "2026-12-31"),
        Exp("Tổ chức Ngày đọc sách pháp luật", ("Trường THCS Đất Mũi", "Trường Tiểu học Đất Mũi"),
            ("Công chức Văn hóa - Xã hội",), "2026-11-30"),
        Exp("Cử người quản lý, theo dõi mượn", ("Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội",
                                                "Công chức Tư pháp - Hộ tịch"), (), "2026-12-31"),
    ],
)

# ---------------------------------------------------------------- 10
SO_DTTG_GL = Plan(
    "SO_DTTG_GL",
    _hdr("UBND TỈNH GIA LAI", "SỞ DÂN TỘC VÀ TÔN GIÁO", "58/KH-SDTTG", "Gia Lai, ngày 27 tháng 01 năm 2026",
         "Phổ biến, giáo dục pháp luật và tuyên truyền, vận động đồng bào vùng dân tộc thiểu số",
         "và miền núi năm 2026")
    + [
        P("Căn cứ Quyết định số 1009/QĐ-TTg ngày 13/6/2025 của Thủ tướng Chính phủ phê duyệt Đề án hỗ trợ "
          "hoạt động phổ biến, giáo dục pháp luật vùng dân tộc thiểu số giai đoạn 2026 - 2030;"),
        P("Căn cứ Kế hoạch số 35/KH-UBND ngày 16/01/2026 của UBND tỉnh Gia Lai;"),
        P("Sở Dân tộc và Tôn giáo xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Nâng cao nhận thức, ý thức chấp hành pháp luật của đồng bào dân tộc thiểu số; phòng ngừa "
          "tảo hôn, hôn nhân cận huyết thống; đấu tranh với hoạt động lợi dụng tôn giáo trái pháp luật."),
        P("2. Nội dung, hình thức phù hợp phong tục, tập quán, ngôn ngữ của từng dân tộc (Gia Rai, Ba Na)."),
        P("II. NHIỆM VỤ, GIẢI PHÁP", bold=True),
        T((
            ("TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Ghi chú"),
            ("1", "Hoạt động tại cơ sở", "", "", "", ""),
            ("1.1", "Tổ chức hội nghị phổ biến pháp luật cho người có uy tín, già làng, trưởng thôn, làng",
             "Phòng Chính sách dân tộc", "Sở Tư pháp, UBND các xã vùng đồng bào dân tộc thiểu số",
             "Quý II - Quý III/2026", "08 hội nghị"),
            ("1.2", "Tuyên truyền phòng, chống tảo hôn và hôn nhân cận huyết thống tại các làng",
             "Phòng Chính sách dân tộc", "Hội Liên hiệp Phụ nữ tỉnh; Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh",
             "Tháng 3 - tháng 10/2026", ""),
            ("1.3", "Phổ biến Luật Tín ngưỡng, tôn giáo cho chức sắc, chức việc các tổ chức tôn giáo",
             "Phòng Quản lý tôn giáo", "Ban Tôn giáo - Công an tỉnh", "Quý III/2026", ""),
            ("2", "Tài liệu, thông tin", "", "", "", ""),
            ("2.1", "Biên soạn tờ gấp, băng đĩa song ngữ tiếng Việt - tiếng Gia Rai, Ba Na",
             "Văn phòng Sở", "Báo và Phát thanh, Truyền hình Gia Lai", "Trước ngày 30/6/2026",
             "Cấp phát đến thôn, làng"),
            ("2.2", "Cung cấp thông tin, tài liệu pháp luật cho người có uy tín theo Quyết định của Thủ "
             "tướng Chính phủ", "Văn phòng Sở", "Bưu điện tỉnh Gia Lai", "Hằng quý", ""),
            ("3", "Kiểm tra, sơ kết", "", "", "", ""),
            ("3.1", "Kiểm tra việc thực hiện chính sách, pháp luật tại một số xã vùng dân tộc thiểu số",
             "Thanh tra Sở", "Phòng Chính sách dân tộc", "Tháng 9/2026", ""),
            ("3.2", "Cập nhật, phổ biến chính sách mới sau khi Nghị định hướng dẫn Luật Tín ngưỡng, tôn giáo "
             "(sửa đổi) được ban hành", "Phòng Quản lý tôn giáo", "Văn phòng Sở",
             "Sau khi văn bản được ban hành", ""),
        ), widths=(10, 62, 32, 42, 26, 22)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các phòng chuyên môn, Văn phòng Sở, Thanh tra Sở triển khai nhiệm vụ được giao, báo cáo kết quả "
          "(qua Văn phòng Sở) định kỳ 6 tháng trước ngày 10/6/2026 và năm trước ngày 10/11/2026."),
    ]
    + _end(["UBND tỉnh (b/c);", "Sở Tư pháp;", "Ban Giám đốc Sở;", "Các phòng thuộc Sở;"],
           "GIÁM ĐỐC", "Rơ Mah Tuân"),
    [
        Exp("Tổ chức hội nghị phổ biến pháp luật cho người có uy tín", ("Phòng Chính sách dân tộc",),
            ("Sở Tư pháp", "UBND các xã vùng đồng bào dân tộc thiểu số"), "2026-09-30"),
        Exp("Tuyên truyền phòng, chống tảo hôn", ("Phòng Chính sách dân tộc",),
            ("Hội Liên hiệp Phụ nữ tỉnh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh"), "2026-10-31"),
        Exp("Phổ biến Luật Tín ngưỡng, tôn giáo cho chức sắc", ("Phòng Quản lý tôn giáo",),
            ("Ban Tôn giáo - Công an tỉnh",), "2026-09-30"),
        Exp("Biên soạn tờ gấp, băng đĩa song ngữ", ("Văn phòng Sở",),
            ("Báo và Phát thanh, Truyền hình Gia Lai",), "2026-06-30"),
        Exp("Cung cấp thông tin, tài liệu pháp luật cho người có uy tín", ("Văn phòng Sở",),
            ("Bưu điện tỉnh Gia Lai",), "2026-12-31"),
        Exp("Kiểm tra việc thực hiện chính sách, pháp luật", ("Thanh tra Sở",), ("Phòng Chính sách dân tộc",),
            "2026-09-30"),
        Exp("Cập nhật, phổ biến chính sách mới sau khi", ("Phòng Quản lý tôn giáo",), ("Văn phòng Sở",),
            "2026-12-31", on_request=True),
    ],
)

PLANS: list[Plan] = [
    SO_TP_CANTHO,
    XA_HOAGIAI,
    THPT_DONGNAI,
    SO_NNMT_VL,
    HND_ANGIANG,
    PHUONG_HCM,
    CTY_TAYNINH,
    SO_GDDT_LD,
    XA_CAMAU,
    SO_DTTG_GL,
]
