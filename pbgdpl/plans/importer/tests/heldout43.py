"""Held-out set 43: ten plans (schools, university, hospital, tax, customs, social insurance,
central bank branch, state enterprises), answers written by hand.

1. PLAN_THPT   - high school, school year 2026-2027: table STT | Nội dung công việc | Bộ phận chủ trì |
                 Bộ phận phối hợp | Thời gian | Ghi chú; ranges spanning into 2027.
2. PLAN_DH     - university: "1.1." items under bold group headings, labels "- Đơn vị chủ trì:" on own
                 lines; one item with inline "Chủ trì: …; phối hợp: …"; event-triggered timeframe.
3. PLAN_BV     - provincial hospital: table TT | Nội dung hoạt động | Thời gian | Khoa, phòng chủ trì |
                 Khoa, phòng phối hợp | Ghi chú with roman group rows; "Theo đề nghị của Sở Y tế".
4. PLAN_THUE   - provincial tax office: "1." / "a)" headings with prose "Giao X chủ trì, phối hợp với…",
                 "X chủ trì; Y phối hợp", "Đề nghị…", "X có trách nhiệm…"; names with commas.
5. PLAN_HQ     - customs branch: table with 2-row header (Phân công thực hiện: Chủ trì | Phối hợp),
                 Sản phẩm column, an empty coord cell, on-request row.
6. PLAN_BHXH   - social insurance: roman sections, "1." bold items with inline labels in one paragraph,
                 one item with two assignment blocks ("-"), event-triggered timeframe.
7. PLAN_NHNN   - central bank regional branch: "+" assignment blocks, "Đề nghị" with three leads,
                 range into January 2027, "sau khi … được ban hành".
8. PLAN_THUYLOI - state irrigation company: table TT | Nội dung | Thời gian | Đơn vị chủ trì |
                 Đơn vị phối hợp | Kinh phí; two leads in one cell; person (Kiểm soát viên) as coord.
9. PLAN_THCS   - lower secondary school of a ward: non-bold "1." headings, persons as units,
                 "Chủ trì thực hiện: … Phối hợp: … Thời gian: …" inline on one line.
10. PLAN_DIEN  - power company: table without STT, Nhiệm vụ | Cơ quan thực hiện ("Chủ trì: …\\nPhối hợp: …")
                 | Thời hạn | Sản phẩm, bold group rows, date range "15/7/2026 - 15/8/2026".
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T


def _hdr(up: str, agency: str, number: str, place_date: str, title: list[str]) -> list[P | T]:
    out: list[P | T] = [
        P(up, bold=True, center=True),
        P(agency, bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True),
        P("Độc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P(f"Số: {number}"),
        P(place_date, center=True),
        P("KẾ HOẠCH", bold=True, center=True),
    ]
    out += [P(t, bold=True, center=True) for t in title]
    return out


def _bases(lines: list[str], tail: str) -> list[P | T]:
    out: list[P | T] = [P(line) for line in lines]
    return out + [P(tail)]


def _end(recipients: list[str], role: str, name: str) -> list[P | T]:
    out: list[P | T] = [P("Nơi nhận:", bold=True)]
    out += [P(f"- {r}") for r in recipients]
    out += [P("- Lưu: VT."), P(role, bold=True, center=True), P("(Đã ký)", center=True),
            P(name, bold=True, center=True)]
    return out


# ---------------------------------------------------------------- 1. high school
PLAN_THPT = Plan(
    "set43_thpt_daklak",
    _hdr("SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐẮK LẮK", "TRƯỜNG THPT NGUYỄN DU", "215/KH-THPTND",
         "Đắk Lắk, ngày 15 tháng 9 năm 2026",
         ["Tuyên truyền, phổ biến, giáo dục pháp luật năm học 2026-2027"])
    + _bases([
        "Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;",
        "Căn cứ Thông tư số 32/2020/TT-BGDĐT ngày 15/9/2020 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành "
        "Điều lệ trường trung học cơ sở, trường trung học phổ thông và trường phổ thông có nhiều cấp học;",
        "Căn cứ Kế hoạch số 1874/KH-SGDĐT ngày 28/8/2026 của Sở Giáo dục và Đào tạo về công tác phổ biến, "
        "giáo dục pháp luật năm học 2026-2027;",
    ], "Trường THPT Nguyễn Du xây dựng Kế hoạch tuyên truyền, phổ biến, giáo dục pháp luật (PBGDPL) năm học "
       "2026-2027 như sau:")
    + [
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Nâng cao nhận thức, ý thức chấp hành pháp luật của cán bộ, giáo viên, nhân viên và học sinh; "
          "xây dựng môi trường giáo dục an toàn, lành mạnh, thân thiện."),
        P("2. Hoạt động tuyên truyền phải thiết thực, phù hợp với lứa tuổi học sinh, lồng ghép với các hoạt "
          "động giáo dục, không gây quá tải."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        T((
            ("STT", "Nội dung công việc", "Bộ phận chủ trì", "Bộ phận phối hợp", "Thời gian", "Ghi chú"),
            ("1", "Xây dựng, ban hành kế hoạch PBGDPL năm học 2026-2027 của nhà trường",
             "Phó Hiệu trưởng phụ trách nội chính", "Tổ Văn phòng; Đoàn Thanh niên trường", "Tháng 9/2026",
             ""),
            ("2", "Tổ chức tuyên truyền Luật Trật tự, an toàn giao thông đường bộ cho học sinh đầu năm học",
             "Đoàn Thanh niên trường", "Giáo viên chủ nhiệm các lớp, Công an xã Ea Kao",
             "Tháng 9 - tháng 10/2026", "Lồng ghép tiết chào cờ"),
            ("3", "Lồng ghép giáo dục pháp luật trong môn Giáo dục kinh tế và pháp luật",
             "Tổ Sử - Địa - GDKT&PL", "Thư viện trường", "Từ tháng 9/2026 đến tháng 5/2027",
             "Theo phân phối chương trình"),
            ("4", "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam",
             "Ban Chấp hành Công đoàn trường", "Đoàn Thanh niên trường, Tổ Văn phòng",
             "Trước ngày 09/11/2026", ""),
            ("5", "Tuyên truyền phòng, chống bạo lực học đường, xâm hại trẻ em và an toàn trên không "
                "gian mạng",
             "Tổ Tư vấn tâm lý học đường", "Giáo viên chủ nhiệm các lớp; Ban đại diện cha mẹ học sinh",
             "Tháng 12/2026 - tháng 01/2027", ""),
            ("6", "Tổ chức cuộc thi tìm hiểu pháp luật “Học sinh với pháp luật” cấp trường",
             "Đoàn Thanh niên trường", "Tổ Sử - Địa - GDKT&PL, Ban đại diện cha mẹ học sinh",
             "Tháng 3/2027", "Kinh phí từ nguồn xã hội hóa"),
            ("7", "Sơ kết, tổng kết công tác PBGDPL năm học 2026-2027",
             "Phó Hiệu trưởng phụ trách nội chính", "Tổ trưởng các tổ chuyên môn", "Tháng 5/2027", ""),
        ), widths=(8, 60, 32, 40, 26, 24)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các tổ, bộ phận, cá nhân được phân công căn cứ Kế hoạch chủ động triển khai; báo cáo kết quả về "
          "Phó Hiệu trưởng phụ trách nội chính trước ngày 20/12/2026 (học kỳ I) và 15/5/2027 (cả năm học) "
          "để tổng hợp báo cáo Sở Giáo dục và Đào tạo."),
    ]
    + _end(["Sở GDĐT (b/c);", "Các tổ, bộ phận;"], "HIỆU TRƯỞNG", "Lê Văn Tâm"),
    [
        Exp("Xây dựng, ban hành kế hoạch PBGDPL năm học", ("Phó Hiệu trưởng phụ trách nội chính",),
            ("Tổ Văn phòng", "Đoàn Thanh niên trường"), "2026-09-30"),
        Exp("Tổ chức tuyên truyền Luật Trật tự, an toàn giao thông", ("Đoàn Thanh niên trường",),
            ("Giáo viên chủ nhiệm các lớp", "Công an xã Ea Kao"), "2026-10-31"),
        Exp("Lồng ghép giáo dục pháp luật trong môn Giáo dục", ("Tổ Sử - Địa - GDKT&PL",),
            ("Thư viện trường",), "2027-05-31"),
        Exp("Tổ chức các hoạt động hưởng ứng Ngày Pháp luật", ("Ban Chấp hành Công đoàn trường",),
            ("Đoàn Thanh niên trường", "Tổ Văn phòng"), "2026-11-09"),
        Exp("Tuyên truyền phòng, chống bạo lực học đường", ("Tổ Tư vấn tâm lý học đường",),
            ("Giáo viên chủ nhiệm các lớp", "Ban đại diện cha mẹ học sinh"), "2027-01-31"),
        Exp("Tổ chức cuộc thi tìm hiểu pháp luật", ("Đoàn Thanh niên trường",),
            ("Tổ Sử - Địa - GDKT&PL", "Ban đại diện cha mẹ học sinh"), "2027-03-31"),
        Exp("Sơ kết, tổng kết công tác PBGDPL năm học", ("Phó Hiệu trưởng phụ trách nội chính",),
            ("Tổ trưởng các tổ chuyên môn",), "2027-05-31"),
    ],
)

# ---------------------------------------------------------------- 2. university
PLAN_DH = Plan(
    "set43_dai_hoc_vinh_long",
    _hdr("BỘ GIÁO DỤC VÀ ĐÀO TẠO", "TRƯỜNG ĐẠI HỌC SƯ PHẠM KỸ THUẬT VĨNH LONG", "48/KH-ĐHSPKTVL",
         "Vĩnh Long, ngày 20 tháng 01 năm 2026",
         ["Phổ biến, giáo dục pháp luật năm 2026"])
    + _bases([
        "Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012;",
        "Căn cứ Luật Giáo dục đại học năm 2012 và Luật sửa đổi, bổ sung một số điều của Luật Giáo dục đại "
        "học năm 2018;",
        "Căn cứ Quyết định số 3967/QĐ-BGDĐT ngày 30/12/2025 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành "
        "Kế hoạch công tác phổ biến, giáo dục pháp luật năm 2026 của Bộ Giáo dục và Đào tạo;",
    ], "Hiệu trưởng Trường Đại học Sư phạm Kỹ thuật Vĩnh Long ban hành Kế hoạch phổ biến, giáo dục pháp luật "
       "năm 2026 với các nội dung sau:")
    + [
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Tăng cường hiểu biết pháp luật, ý thức tuân thủ pháp luật của viên chức, người lao động và "
            "người "
          "học; gắn công tác PBGDPL với nhiệm vụ chuyên môn của Trường."),
        P("- Xác định rõ đơn vị chủ trì, đơn vị phối hợp, thời gian thực hiện; bảo đảm tiết kiệm, hiệu quả."),
        P("II. NỘI DUNG, NHIỆM VỤ", bold=True),
        P("1. Công tác xây dựng, hoàn thiện thể chế nội bộ", bold=True),
        P("1.1. Xây dựng và ban hành Kế hoạch phổ biến, giáo dục pháp luật năm 2026 của Trường"),
        P("- Đơn vị chủ trì: Phòng Tổ chức - Hành chính."),
        P("- Đơn vị phối hợp: Phòng Công tác sinh viên, các khoa."),
        P("- Thời gian thực hiện: Tháng 01/2026."),
        P("1.2. Rà soát, sửa đổi quy chế, quy định nội bộ cho phù hợp với Luật Giáo dục đại học (sửa đổi)"),
        P("- Đơn vị chủ trì: Phòng Thanh tra - Pháp chế."),
        P("- Đơn vị phối hợp: Phòng Đào tạo; Phòng Khoa học công nghệ và Hợp tác quốc tế; Phòng Kế hoạch - "
          "Tài chính."),
        P("- Thời gian thực hiện: Sau khi Luật Giáo dục đại học (sửa đổi) và các văn bản quy định chi tiết "
          "được ban hành."),
        P("2. Phổ biến, giáo dục pháp luật cho người học", bold=True),
        P("2.1. Tổ chức Tuần sinh hoạt công dân - sinh viên đầu khóa cho sinh viên khóa tuyển sinh 2026"),
        P("- Đơn vị chủ trì: Phòng Công tác sinh viên."),
        P("- Đơn vị phối hợp: Đoàn Thanh niên, Hội Sinh viên trường và Công an tỉnh Vĩnh Long."),
        P("- Thời gian thực hiện: Tháng 9 - tháng 10/2026."),
        P("2.2. Giảng dạy học phần Pháp luật đại cương, Pháp luật về nghề nghiệp theo chương trình đào tạo"),
        P("- Đơn vị chủ trì: Khoa Khoa học cơ bản."),
        P("- Đơn vị phối hợp: Phòng Đào tạo."),
        P("- Thời gian thực hiện: Thường xuyên."),
        P("2.3. Tổ chức tọa đàm phòng, chống ma túy, tệ nạn xã hội và tín dụng đen trong sinh viên. Chủ trì: "
          "Đoàn Thanh niên trường; phối hợp: Trạm Y tế, Ban Quản lý Ký túc xá. Thời gian: Quý II và "
          "Quý IV/2026."),
        P("3. Phổ biến, giáo dục pháp luật cho viên chức, người lao động", bold=True),
        P("3.1. Phổ biến các văn bản mới về chế độ, chính sách đối với viên chức, người lao động"),
        P("- Đơn vị chủ trì: Phòng Tổ chức - Hành chính."),
        P("- Đơn vị phối hợp: Công đoàn Trường."),
        P("- Thời gian thực hiện: Hằng quý."),
        P("3.2. Cập nhật văn bản pháp luật mới trên Trang thông tin điện tử của Trường"),
        P("- Đơn vị chủ trì: Trung tâm Thông tin - Thư viện."),
        P("- Đơn vị phối hợp: Phòng Thanh tra - Pháp chế."),
        P("- Thời gian thực hiện: Thường xuyên."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Phòng Tổ chức - Hành chính là đầu mối theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp báo "
          "cáo Hiệu trưởng trước ngày 05/12/2026."),
        P("2. Phòng Kế hoạch - Tài chính bố trí kinh phí thực hiện từ nguồn chi thường xuyên của Trường."),
        P("3. Trưởng các đơn vị có trách nhiệm triển khai Kế hoạch tại đơn vị mình."),
    ]
    + _end(["Bộ GDĐT (Vụ Pháp chế);", "Ban Giám hiệu;", "Các đơn vị thuộc Trường;"],
           "KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG", "Trần Minh Khoa"),
    [
        Exp("Xây dựng và ban hành Kế hoạch phổ biến", ("Phòng Tổ chức - Hành chính",),
            ("Phòng Công tác sinh viên", "các khoa"), "2026-01-31"),
        Exp("Rà soát, sửa đổi quy chế, quy định nội bộ", ("Phòng Thanh tra - Pháp chế",),
            ("Phòng Đào tạo", "Phòng Khoa học công nghệ và Hợp tác quốc tế", "Phòng Kế hoạch - Tài chính"),
            "2026-12-31", on_request=True),
        Exp("Tổ chức Tuần sinh hoạt công dân", ("Phòng Công tác sinh viên",),
            ("Đoàn Thanh niên", "Hội Sinh viên trường", "Công an tỉnh Vĩnh Long"), "2026-10-31"),
        Exp("Giảng dạy học phần Pháp luật đại cương", ("Khoa Khoa học cơ bản",), ("Phòng Đào tạo",),
            "2026-12-31"),
        Exp("Tổ chức tọa đàm phòng, chống ma túy", ("Đoàn Thanh niên trường",),
            ("Trạm Y tế", "Ban Quản lý Ký túc xá"), "2026-12-31"),
        Exp("Phổ biến các văn bản mới về chế độ", ("Phòng Tổ chức - Hành chính",), ("Công đoàn Trường",),
            "2026-12-31"),
        Exp("Cập nhật văn bản pháp luật mới trên Trang", ("Trung tâm Thông tin - Thư viện",),
            ("Phòng Thanh tra - Pháp chế",), "2026-12-31"),
    ],
)

# ---------------------------------------------------------------- 3. hospital
PLAN_BV = Plan(
    "set43_benh_vien_quang_ngai",
    _hdr("SỞ Y TẾ TỈNH QUẢNG NGÃI", "BỆNH VIỆN ĐA KHOA TỈNH", "96/KH-BVĐK",
         "Quảng Ngãi, ngày 12 tháng 02 năm 2026",
         ["Tuyên truyền, phổ biến, giáo dục pháp luật năm 2026"])
    + _bases([
        "Căn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15;",
        "Căn cứ Kế hoạch số 512/KH-SYT ngày 30/01/2026 của Sở Y tế tỉnh Quảng Ngãi về công tác phổ biến, "
        "giáo dục pháp luật năm 2026;",
    ], "Bệnh viện Đa khoa tỉnh xây dựng Kế hoạch thực hiện như sau:")
    + [
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Nâng cao hiểu biết pháp luật của viên chức, người lao động; bảo đảm quyền, lợi ích hợp pháp của "
          "người bệnh; góp phần nâng cao chất lượng khám bệnh, chữa bệnh."),
        P("II. NỘI DUNG HOẠT ĐỘNG", bold=True),
        T((
            ("TT", "Nội dung hoạt động", "Thời gian", "Khoa, phòng chủ trì", "Khoa, phòng phối hợp",
                "Ghi chú"),
            ("I", "Đối với viên chức, người lao động", "", "", "", ""),
            ("1", "Phổ biến Luật Khám bệnh, chữa bệnh năm 2023 và các nghị định hướng dẫn cho bác sĩ, "
                  "điều dưỡng", "Quý I/2026", "Phòng Kế hoạch tổng hợp",
             "Phòng Điều dưỡng; các khoa lâm sàng", ""),
            ("2", "Tập huấn quy tắc ứng xử, kỹ năng giao tiếp của người hành nghề", "Tháng 4 - 6/2026",
             "Phòng Tổ chức cán bộ", "Phòng Công tác xã hội, Phòng Điều dưỡng", ""),
            ("3", "Phổ biến quy định về phòng cháy, chữa cháy và cứu nạn, cứu hộ", "Tháng 10/2026",
             "Phòng Hành chính quản trị", "Đội phòng cháy, chữa cháy cơ sở; Công an phường Cẩm Thành",
             "Kết hợp thực tập phương án"),
            ("II", "Đối với người bệnh, người nhà người bệnh", "", "", "", ""),
            ("4", "Tư vấn pháp luật về bảo hiểm y tế tại khu vực tiếp đón", "Thường xuyên",
             "Phòng Công tác xã hội", "Bảo hiểm xã hội tỉnh Quảng Ngãi; Khoa Khám bệnh", ""),
            ("5", "Phát thanh nội bộ về quyền và nghĩa vụ của người bệnh", "Hằng tuần",
             "Phòng Công tác xã hội", "Các khoa lâm sàng", ""),
            ("6", "Treo pano, áp phích về phòng, chống tác hại của thuốc lá tại khu vực công cộng",
             "Từ 31/5 đến 30/6/2026", "Khoa Kiểm soát nhiễm khuẩn", "Phòng Hành chính quản trị",
             "Hưởng ứng Ngày Thế giới không thuốc lá"),
            ("III", "Nhiệm vụ khác", "", "", "", ""),
            ("7", "Cung cấp hồ sơ, tài liệu phục vụ kiểm tra công tác PBGDPL", "Theo đề nghị của Sở Y tế",
             "Phòng Tổ chức cán bộ", "Các khoa, phòng có liên quan", ""),
            ("8", "Báo cáo kết quả công tác PBGDPL năm 2026", "Trước ngày 25/11/2026",
             "Phòng Tổ chức cán bộ", "Các khoa, phòng", "Gửi Sở Y tế"),
        ), widths=(8, 62, 24, 30, 40, 26)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Trưởng các khoa, phòng chịu trách nhiệm triển khai Kế hoạch; Phòng Tài chính kế toán bảo đảm kinh "
          "phí theo quy định. Trong quá trình thực hiện, nếu có vướng mắc, báo cáo Giám đốc (qua Phòng "
          "Tổ chức "
          "cán bộ) để xem xét, giải quyết."),
    ]
    + _end(["Sở Y tế (b/c);", "Ban Giám đốc;", "Các khoa, phòng;"], "GIÁM ĐỐC", "BSCKII. Phạm Đức Hùng"),
    [
        Exp("Phổ biến Luật Khám bệnh, chữa bệnh năm 2023", ("Phòng Kế hoạch tổng hợp",),
            ("Phòng Điều dưỡng", "các khoa lâm sàng"), "2026-03-31"),
        Exp("Tập huấn quy tắc ứng xử, kỹ năng giao tiếp", ("Phòng Tổ chức cán bộ",),
            ("Phòng Công tác xã hội", "Phòng Điều dưỡng"), "2026-06-30"),
        Exp("Phổ biến quy định về phòng cháy", ("Phòng Hành chính quản trị",),
            ("Đội phòng cháy, chữa cháy cơ sở", "Công an phường Cẩm Thành"), "2026-10-31"),
        Exp("Tư vấn pháp luật về bảo hiểm y tế", ("Phòng Công tác xã hội",),
            ("Bảo hiểm xã hội tỉnh Quảng Ngãi", "Khoa Khám bệnh"), "2026-12-31"),
        Exp("Phát thanh nội bộ về quyền và nghĩa vụ", ("Phòng Công tác xã hội",), ("Các khoa lâm sàng",),
            "2026-12-31"),
        Exp("Treo pano, áp phích về phòng, chống tác hại", ("Khoa Kiểm soát nhiễm khuẩn",),
            ("Phòng Hành chính quản trị",), "2026-06-30"),
        Exp("Cung cấp hồ sơ, tài liệu phục vụ kiểm tra", ("Phòng Tổ chức cán bộ",),
            ("Các khoa, phòng có liên quan",), "2026-12-31", on_request=True),
        Exp("Báo cáo kết quả công tác PBGDPL năm 2026", ("Phòng Tổ chức cán bộ",), ("Các khoa, phòng",),
            "2026-11-25"),
    ],
)

# ---------------------------------------------------------------- 4. tax office
PLAN_THUE = Plan(
    "set43_thue_nghe_an",
    _hdr("CỤC THUẾ", "THUẾ TỈNH NGHỆ AN", "312/KH-NAN", "Nghệ An, ngày 05 tháng 02 năm 2026",
         ["Tuyên truyền, phổ biến, giáo dục pháp luật và hỗ trợ người nộp thuế năm 2026"])
    + _bases([
        "Căn cứ Luật Quản lý thuế và các văn bản hướng dẫn thi hành;",
        "Căn cứ Quyết định số 85/QĐ-CT ngày 14/01/2026 của Cục trưởng Cục Thuế ban hành Kế hoạch phổ biến, "
        "giáo dục pháp luật năm 2026 của Cục Thuế;",
    ], "Thuế tỉnh Nghệ An xây dựng Kế hoạch như sau:")
    + [
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Giúp người nộp thuế nắm vững, thực hiện đúng quy định pháp luật về thuế, nhất là các quy định "
          "mới về quản lý thuế đối với hộ kinh doanh."),
        P("2. Nâng cao ý thức chấp hành pháp luật, đạo đức công vụ của công chức thuế."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Tuyên truyền, hỗ trợ người nộp thuế", bold=True),
        P("a) Phổ biến Luật Quản lý thuế (sửa đổi) và các văn bản hướng dẫn thi hành"),
        P("Giao Phòng Nghiệp vụ, Dự toán, Pháp chế chủ trì, phối hợp với Phòng Quản lý, hỗ trợ doanh nghiệp "
          "số 1, Phòng Quản lý, hỗ trợ doanh nghiệp số 2 và các Thuế cơ sở tổ chức hội nghị phổ biến "
          "cho công "
          "chức và người nộp thuế. Thời gian: Quý I, II/2026."),
        P("b) Tổ chức đối thoại với hộ kinh doanh chuyển đổi sang phương pháp kê khai"),
        P("Các Thuế cơ sở chủ trì tổ chức hội nghị đối thoại tại địa bàn quản lý; Phòng Quản lý, hỗ trợ "
            "doanh "
          "nghiệp số 1 phối hợp chuẩn bị nội dung trả lời. Thời gian: tháng 3 và tháng 9/2026."),
        P("c) Tuyên truyền trên các phương tiện thông tin đại chúng"),
        P("Văn phòng có trách nhiệm phối hợp với Báo và Phát thanh, Truyền hình Nghệ An xây dựng chuyên mục "
          "“Thuế với cuộc sống”, đăng tải tin, bài về chính sách thuế mới. Thực hiện thường xuyên trong "
          "năm."),
        P("2. Phổ biến, giáo dục pháp luật trong nội bộ", bold=True),
        P("a) Bồi dưỡng kiến thức pháp luật cho công chức mới tuyển dụng, công chức được điều động, luân "
          "chuyển: Phòng Tổ chức cán bộ chủ trì; Phòng Nghiệp vụ, Dự toán, Pháp chế phối hợp. Hoàn thành "
          "trong tháng 6/2026."),
        P("b) Phổ biến Luật Phòng, chống tham nhũng và Luật Cán bộ, công chức năm 2025: Phòng Thanh tra - "
          "Kiểm tra chủ trì, phối hợp với Phòng Tổ chức cán bộ và Đảng ủy Thuế tỉnh. Thời gian: Quý "
          "III/2026."),
        P("c) Cập nhật cơ sở dữ liệu văn bản pháp luật về thuế trên Trang thông tin điện tử: Đề nghị Phòng "
          "Công nghệ thông tin thực hiện, phối hợp với Văn phòng; thời gian: khi có văn bản mới được "
          "ban hành."),
        P("d) Tổng hợp, báo cáo kết quả thực hiện Kế hoạch: Phòng Nghiệp vụ, Dự toán, Pháp chế chủ trì tổng "
          "hợp, báo cáo Cục Thuế trước ngày 30/11/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Thủ trưởng các phòng, Trưởng Thuế cơ sở căn cứ Kế hoạch tổ chức thực hiện; gửi báo cáo kết quả "
          "về Phòng Nghiệp vụ, Dự toán, Pháp chế trước ngày 15/11/2026. Kinh phí thực hiện từ dự toán chi "
          "ngân sách năm 2026 được giao."),
    ]
    + _end(["Cục Thuế (b/c);", "Lãnh đạo Thuế tỉnh;", "Các phòng, Thuế cơ sở;"],
           "TRƯỞNG THUẾ TỈNH", "Nguyễn Văn Hải"),
    [
        Exp("Phổ biến Luật Quản lý thuế (sửa đổi)", ("Phòng Nghiệp vụ, Dự toán, Pháp chế",),
            ("Phòng Quản lý, hỗ trợ doanh nghiệp số 1", "Phòng Quản lý, hỗ trợ doanh nghiệp số 2",
             "các Thuế cơ sở"), "2026-06-30"),
        Exp("Tổ chức đối thoại với hộ kinh doanh", ("Các Thuế cơ sở",),
            ("Phòng Quản lý, hỗ trợ doanh nghiệp số 1",), "2026-09-30"),
        Exp("Tuyên truyền trên các phương tiện thông tin", ("Văn phòng",),
            ("Báo và Phát thanh, Truyền hình Nghệ An",), "2026-12-31"),
        Exp("Bồi dưỡng kiến thức pháp luật cho công chức", ("Phòng Tổ chức cán bộ",),
            ("Phòng Nghiệp vụ, Dự toán, Pháp chế",), "2026-06-30"),
        Exp("Phổ biến Luật Phòng, chống tham nhũng", ("Phòng Thanh tra - Kiểm tra",),
            ("Phòng Tổ chức cán bộ", "Đảng ủy Thuế tỉnh"), "2026-09-30"),
        Exp("Cập nhật cơ sở dữ liệu văn bản pháp luật", ("Phòng Công nghệ thông tin",), ("Văn phòng",),
            "2026-12-31", on_request=True),
        Exp("Tổng hợp, báo cáo kết quả thực hiện Kế hoạch", ("Phòng Nghiệp vụ, Dự toán, Pháp chế",), (),
            "2026-11-30"),
    ],
)

# ---------------------------------------------------------------- 5. customs
PLAN_HQ = Plan(
    "set43_hai_quan_quang_ninh",
    _hdr("CỤC HẢI QUAN", "CHI CỤC HẢI QUAN KHU VỰC VIII", "57/KH-KVVIII",
         "Quảng Ninh, ngày 09 tháng 01 năm 2026",
         ["Phổ biến, giáo dục pháp luật và hỗ trợ doanh nghiệp năm 2026"])
    + _bases([
        "Căn cứ Luật Hải quan ngày 23/6/2014;",
        "Căn cứ Kế hoạch số 36/KH-CHQ ngày 05/01/2026 của Cục Hải quan về công tác phổ biến, giáo dục pháp "
        "luật năm 2026;",
    ], "Chi cục Hải quan khu vực VIII ban hành Kế hoạch như sau:")
    + [
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Kịp thời phổ biến các quy định mới về hải quan đến công chức và cộng đồng doanh nghiệp."),
        P("- Gắn công tác phổ biến pháp luật với cải cách thủ tục hành chính, hiện đại hóa hải quan."),
        P("II. NỘI DUNG VÀ TIẾN ĐỘ THỰC HIỆN", bold=True),
        T((
            ("STT", "Nội dung công việc", "Phân công thực hiện", "", "Thời gian hoàn thành", "Sản phẩm"),
            ("", "", "Chủ trì", "Phối hợp", "", ""),
            ("1", "Quán triệt, phổ biến các quy định mới về thủ tục hải quan điện tử",
             "Đội Nghiệp vụ", "Các Hải quan cửa khẩu trực thuộc", "Quý I/2026", "Hội nghị quán triệt"),
            ("2", "Tổ chức hội nghị đối thoại doanh nghiệp - hải quan năm 2026", "Đội Tổng hợp",
             "Hiệp hội Doanh nghiệp tỉnh Quảng Ninh; Đội Nghiệp vụ", "Tháng 6/2026",
             "Báo cáo kết quả đối thoại"),
            ("3", "Tuyên truyền pháp luật về phòng, chống buôn lậu, gian lận thương mại cho cư dân biên giới",
             "Đội Kiểm soát hải quan", "Bộ đội Biên phòng tỉnh Quảng Ninh, UBND các xã, phường biên giới",
             "Quý II - Quý III/2026", "Tờ rơi, buổi tuyên truyền"),
            ("4", "Hướng dẫn doanh nghiệp thực hiện thủ tục qua Cơ chế một cửa quốc gia",
             "Hải quan cửa khẩu quốc tế Móng Cái", "Hải quan cửa khẩu cảng Cái Lân", "Thường xuyên", ""),
            ("5", "Cập nhật, niêm yết công khai thủ tục hành chính tại trụ sở", "Đội Tổng hợp", "",
             "Khi có quyết định công bố thủ tục hành chính mới", "Bảng niêm yết"),
            ("6", "Bồi dưỡng nghiệp vụ, pháp luật về xuất xứ hàng hóa cho công chức", "Đội Nghiệp vụ",
             "Đội Kiểm soát hải quan", "Tháng 8 đến tháng 10/2026", "Lớp bồi dưỡng"),
            ("7", "Báo cáo kết quả công tác phổ biến, giáo dục pháp luật năm 2026", "Đội Tổng hợp",
             "Các đội thuộc Chi cục", "Trước 15/12/2026", "Báo cáo gửi Cục Hải quan"),
        ), widths=(10, 60, 30, 40, 28, 28)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Đội trưởng các đội, Trưởng các Hải quan cửa khẩu chịu trách nhiệm tổ chức thực hiện; định kỳ 6 "
          "tháng (trước ngày 10/6/2026) và năm (trước ngày 10/12/2026) gửi báo cáo về Đội Tổng hợp."),
    ]
    + _end(["Cục Hải quan (b/c);", "Lãnh đạo Chi cục;", "Các đội, Hải quan cửa khẩu;"],
           "CHI CỤC TRƯỞNG", "Đỗ Quang Vinh"),
    [
        Exp("Quán triệt, phổ biến các quy định mới", ("Đội Nghiệp vụ",),
            ("Các Hải quan cửa khẩu trực thuộc",),
            "2026-03-31"),
        Exp("Tổ chức hội nghị đối thoại doanh nghiệp", ("Đội Tổng hợp",),
            ("Hiệp hội Doanh nghiệp tỉnh Quảng Ninh", "Đội Nghiệp vụ"), "2026-06-30"),
        Exp("Tuyên truyền pháp luật về phòng, chống buôn lậu", ("Đội Kiểm soát hải quan",),
            ("Bộ đội Biên phòng tỉnh Quảng Ninh", "UBND các xã, phường biên giới"), "2026-09-30"),
        Exp("Hướng dẫn doanh nghiệp thực hiện thủ tục", ("Hải quan cửa khẩu quốc tế Móng Cái",),
            ("Hải quan cửa khẩu cảng Cái Lân",), "2026-12-31"),
        Exp("Cập nhật, niêm yết công khai thủ tục", ("Đội Tổng hợp",), (), "2026-12-31", on_request=True),
        Exp("Bồi dưỡng nghiệp vụ, pháp luật về xuất xứ", ("Đội Nghiệp vụ",), ("Đội Kiểm soát hải quan",),
            "2026-10-31"),
        Exp("Báo cáo kết quả công tác phổ biến", ("Đội Tổng hợp",), ("Các đội thuộc Chi cục",), "2026-12-15"),
    ],
)

# ---------------------------------------------------------------- 6. social insurance
PLAN_BHXH = Plan(
    "set43_bhxh_dong_thap",
    _hdr("BẢO HIỂM XÃ HỘI VIỆT NAM", "BẢO HIỂM XÃ HỘI TỈNH ĐỒNG THÁP", "140/KH-BHXH",
         "Đồng Tháp, ngày 23 tháng 01 năm 2026",
         ["Phổ biến, giáo dục pháp luật về bảo hiểm xã hội, bảo hiểm y tế năm 2026"])
    + _bases([
        "Căn cứ Luật Bảo hiểm xã hội số 41/2024/QH15;",
        "Căn cứ Luật Bảo hiểm y tế và Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế năm 2024;",
        "Căn cứ Kế hoạch số 95/KH-BHXH ngày 08/01/2026 của Bảo hiểm xã hội Việt Nam;",
    ], "Bảo hiểm xã hội tỉnh Đồng Tháp xây dựng Kế hoạch như sau:")
    + [
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Đưa chính sách bảo hiểm xã hội, bảo hiểm y tế đến gần hơn với người dân, người lao động; phấn "
          "đấu hoàn thành chỉ tiêu phát triển người tham gia được giao năm 2026."),
        P("II. NỘI DUNG THỰC HIỆN", bold=True),
        P("1. Phổ biến Luật Bảo hiểm xã hội năm 2024 và các văn bản hướng dẫn", bold=True),
        P("Chủ trì: Phòng Chế độ bảo hiểm xã hội; phối hợp: Văn phòng, Phòng Quản lý thu và Phát triển người "
          "tham gia; thời gian: Quý I - Quý II/2026."),
        P("2. Phổ biến quy định mới về khám bệnh, chữa bệnh bảo hiểm y tế", bold=True),
        P("Chủ trì: Phòng Giám định bảo hiểm y tế; phối hợp: Sở Y tế; các cơ sở khám bệnh, chữa bệnh bảo "
          "hiểm y tế trên địa bàn tỉnh; thời gian: tháng 5/2026."),
        P("3. Tuyên truyền chính sách bảo hiểm xã hội tự nguyện, bảo hiểm y tế hộ gia đình", bold=True),
        P("- Phòng Quản lý thu và Phát triển người tham gia chủ trì biên soạn tài liệu, tờ gấp, video clip; "
          "thời gian: Quý I/2026."),
        P("- Bảo hiểm xã hội cơ sở các khu vực chủ trì, phối hợp với UBND các xã, phường và Bưu điện tỉnh "
          "Đồng Tháp tổ chức hội nghị tuyên truyền tại cộng đồng; thời gian: từ tháng 4 đến tháng 11/2026."),
        P("4. Đối thoại với người lao động tại doanh nghiệp chậm đóng, nợ đóng bảo hiểm xã hội", bold=True),
        P("Chủ trì: Phòng Thanh tra - Kiểm tra; phối hợp: Liên đoàn Lao động tỉnh, Sở Nội vụ; thời gian: "
          "Quý III/2026."),
        P("5. Tổ chức cuộc thi trực tuyến tìm hiểu chính sách bảo hiểm xã hội, bảo hiểm y tế", bold=True),
        P("Văn phòng chủ trì, phối hợp với Tỉnh Đoàn Đồng Tháp tổ chức; thời gian: tháng 7 - tháng 8/2026."),
        P("6. Cập nhật bộ tài liệu hỏi - đáp về chế độ, chính sách", bold=True),
        P("Phòng Chế độ bảo hiểm xã hội có trách nhiệm cập nhật khi Bảo hiểm xã hội Việt Nam ban hành văn "
          "bản hướng dẫn mới."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Văn phòng là đầu mối tham mưu, theo dõi, tổng hợp kết quả thực hiện, báo cáo Giám đốc và Bảo "
          "hiểm xã hội Việt Nam trước ngày 05/12/2026."),
        P("2. Trưởng các phòng nghiệp vụ, Giám đốc Bảo hiểm xã hội cơ sở chịu trách nhiệm trước Giám đốc "
          "về kết quả thực hiện nhiệm vụ được giao."),
    ]
    + _end(["BHXH Việt Nam (b/c);", "Sở Tư pháp;", "Các phòng, BHXH cơ sở;"], "GIÁM ĐỐC", "Võ Thị Thu Hà"),
    [
        Exp("Phổ biến Luật Bảo hiểm xã hội năm 2024", ("Phòng Chế độ bảo hiểm xã hội",),
            ("Văn phòng", "Phòng Quản lý thu và Phát triển người tham gia"), "2026-06-30"),
        Exp("Phổ biến quy định mới về khám bệnh", ("Phòng Giám định bảo hiểm y tế",),
            ("Sở Y tế", "các cơ sở khám bệnh, chữa bệnh bảo hiểm y tế trên địa bàn tỉnh"), "2026-05-31"),
        Exp("Phòng Quản lý thu và Phát triển người tham gia chủ trì biên soạn",
            ("Phòng Quản lý thu và Phát triển người tham gia",), (), "2026-03-31"),
        Exp("Bảo hiểm xã hội cơ sở các khu vực chủ trì", ("Bảo hiểm xã hội cơ sở các khu vực",),
            ("UBND các xã, phường", "Bưu điện tỉnh Đồng Tháp"), "2026-11-30"),
        Exp("Đối thoại với người lao động tại doanh nghiệp", ("Phòng Thanh tra - Kiểm tra",),
            ("Liên đoàn Lao động tỉnh", "Sở Nội vụ"), "2026-09-30"),
        Exp("Tổ chức cuộc thi trực tuyến tìm hiểu", ("Văn phòng",), ("Tỉnh Đoàn Đồng Tháp",), "2026-08-31"),
        Exp("Cập nhật bộ tài liệu hỏi - đáp", ("Phòng Chế độ bảo hiểm xã hội",), (), "2026-12-31",
            on_request=True),
    ],
)

# ---------------------------------------------------------------- 7. central bank branch
PLAN_NHNN = Plan(
    "set43_nhnn_khu_vuc",
    _hdr("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM", "NGÂN HÀNG NHÀ NƯỚC\nCHI NHÁNH KHU VỰC 10", "27/KH-KV10",
         "Đà Nẵng, ngày 16 tháng 01 năm 2026",
         ["Công tác phổ biến, giáo dục pháp luật năm 2026"])
    + _bases([
        "Căn cứ Luật Ngân hàng Nhà nước Việt Nam năm 2010;",
        "Căn cứ Luật Các tổ chức tín dụng số 32/2024/QH15;",
        "Căn cứ Quyết định số 112/QĐ-NHNN ngày 09/01/2026 của Thống đốc Ngân hàng Nhà nước ban hành Kế "
        "hoạch phổ biến, giáo dục pháp luật năm 2026 của ngành Ngân hàng;",
    ], "Ngân hàng Nhà nước Chi nhánh Khu vực 10 (sau đây gọi là Chi nhánh) ban hành Kế hoạch như sau:")
    + [
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Phổ biến kịp thời chính sách, pháp luật về tiền tệ, ngân hàng đến công chức Chi nhánh, các tổ "
          "chức tín dụng và người dân; phòng ngừa rủi ro, vi phạm trong hoạt động ngân hàng."),
        P("II. NỘI DUNG", bold=True),
        P("1. Phổ biến Luật Các tổ chức tín dụng năm 2024 và Luật sửa đổi, bổ sung năm 2025", bold=True),
        P("Phòng Thanh tra, giám sát ngân hàng chủ trì tổ chức hội nghị phổ biến, phối hợp với các tổ chức "
          "tín dụng trên địa bàn. Thời gian: Quý II/2026."),
        P("2. Tuyên truyền phòng, chống rửa tiền, lừa đảo qua dịch vụ ngân hàng số", bold=True),
        P("+ Phòng Tổng hợp, Nội chính và Kiểm soát nội bộ chủ trì xây dựng tài liệu, tin bài tuyên truyền; "
          "hoàn thành trong tháng 4/2026."),
        P("+ Đề nghị Agribank Chi nhánh thành phố Đà Nẵng, BIDV Chi nhánh Hải Vân và các ngân hàng "
            "thương mại "
          "trên địa bàn tổ chức tuyên truyền tại quầy giao dịch, trên ứng dụng ngân hàng; thời gian: từ "
          "tháng "
          "5 đến hết tháng 12/2026."),
        P("3. Phổ biến quy định về quản lý ngoại hối, hoạt động kinh doanh vàng", bold=True),
        P("Phòng Quản lý ngoại hối chủ trì; Công an thành phố Đà Nẵng, Chi cục Quản lý thị trường thành phố "
          "Đà Nẵng phối hợp. Thời gian: Quý III/2026."),
        P("4. Phổ biến pháp luật cho công chức, người lao động của Chi nhánh", bold=True),
        P("Phòng Hành chính, Nhân sự có trách nhiệm lồng ghép phổ biến văn bản mới trong các cuộc họp giao "
          "ban, sinh hoạt chi bộ; thời gian: hằng tháng."),
        P("5. Hướng dẫn quỹ tín dụng nhân dân thực hiện quy định mới về an toàn hoạt động", bold=True),
        P("Phòng Thanh tra, giám sát ngân hàng chủ trì, phối hợp với Hiệp hội Quỹ tín dụng nhân dân "
            "Việt Nam; "
          "thời gian: sau khi Thông tư hướng dẫn của Ngân hàng Nhà nước được ban hành."),
        P("6. Tuyên truyền nhận biết tiền thật, tiền giả và bảo vệ đồng tiền Việt Nam", bold=True),
        P("Phòng Tiền tệ - Kho quỹ chủ trì, phối hợp với các tổ chức tín dụng trên địa bàn; thời gian: tháng "
          "12/2026 - tháng 01/2027 (dịp trước Tết Nguyên đán)."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Phòng Tổng hợp, Nội chính và Kiểm soát nội bộ là đầu mối theo dõi, đôn đốc, tổng hợp báo cáo "
          "Thống đốc (qua Vụ Pháp chế) trước ngày 10/12/2026. Các phòng gửi báo cáo trước ngày 01/12/2026."),
    ]
    + _end(["Vụ Pháp chế - NHNN;", "Ban Giám đốc;", "Các phòng thuộc Chi nhánh;", "Các TCTD trên địa bàn;"],
           "GIÁM ĐỐC", "Huỳnh Văn Thành"),
    [
        Exp("Phổ biến Luật Các tổ chức tín dụng", ("Phòng Thanh tra, giám sát ngân hàng",),
            ("các tổ chức tín dụng trên địa bàn",), "2026-06-30"),
        Exp("Phòng Tổng hợp, Nội chính và Kiểm soát nội bộ chủ trì",
            ("Phòng Tổng hợp, Nội chính và Kiểm soát nội bộ",), (), "2026-04-30"),
        Exp("Đề nghị Agribank Chi nhánh thành phố Đà Nẵng",
            ("Agribank Chi nhánh thành phố Đà Nẵng", "BIDV Chi nhánh Hải Vân",
             "các ngân hàng thương mại trên địa bàn"), (), "2026-12-31"),
        Exp("Phổ biến quy định về quản lý ngoại hối", ("Phòng Quản lý ngoại hối",),
            ("Công an thành phố Đà Nẵng", "Chi cục Quản lý thị trường thành phố Đà Nẵng"), "2026-09-30"),
        Exp("Phổ biến pháp luật cho công chức, người lao động", ("Phòng Hành chính, Nhân sự",), (),
            "2026-12-31"),
        Exp("Hướng dẫn quỹ tín dụng nhân dân thực hiện", ("Phòng Thanh tra, giám sát ngân hàng",),
            ("Hiệp hội Quỹ tín dụng nhân dân Việt Nam",), "2026-12-31", on_request=True),
        Exp("Tuyên truyền nhận biết tiền thật, tiền giả", ("Phòng Tiền tệ - Kho quỹ",),
            ("các tổ chức tín dụng trên địa bàn",), "2027-01-31"),
    ],
)

# ---------------------------------------------------------------- 8. irrigation company
PLAN_THUYLOI = Plan(
    "set43_cty_thuy_loi_lam_dong",
    _hdr("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
        "CÔNG TY TNHH MỘT THÀNH VIÊN\nKHAI THÁC CÔNG TRÌNH THỦY LỢI LÂM ĐỒNG",
         "19/KH-CTTL", "Lâm Đồng, ngày 26 tháng 02 năm 2026",
         ["Phổ biến, giáo dục pháp luật năm 2026"])
    + _bases([
        "Căn cứ Luật Thủy lợi ngày 19/6/2017;",
        "Căn cứ Kế hoạch số 245/KH-UBND ngày 20/01/2026 của UBND tỉnh Lâm Đồng về công tác phổ biến, giáo "
        "dục pháp luật năm 2026;",
    ], "Công ty TNHH MTV Khai thác công trình thủy lợi Lâm Đồng (sau đây gọi tắt là Công ty) xây dựng Kế "
       "hoạch như sau:")
    + [
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Nâng cao ý thức chấp hành pháp luật của người lao động và người dân vùng hưởng lợi; bảo đảm an "
          "toàn công trình thủy lợi, an toàn lao động trong sản xuất."),
        P("II. NHIỆM VỤ VÀ PHÂN CÔNG", bold=True),
        T((
            ("TT", "Nội dung", "Thời gian", "Đơn vị chủ trì", "Đơn vị phối hợp", "Kinh phí"),
            ("1", "Phổ biến Luật Thủy lợi, quy định về bảo vệ công trình thủy lợi cho người dân vùng "
                "hưởng lợi",
             "Tháng 3 - tháng 4/2026", "Phòng Kỹ thuật - Quản lý nước",
             "Các xí nghiệp thủy lợi; UBND các xã có công trình thủy lợi", "Chi phí quản lý doanh nghiệp"),
            ("2", "Tập huấn an toàn, vệ sinh lao động hưởng ứng Tháng hành động", "Tháng 5/2026",
             "Ban An toàn - Vệ sinh lao động", "Công đoàn Công ty", "Chi phí quản lý doanh nghiệp"),
            ("3", "Phổ biến Bộ luật Lao động, nội quy lao động và thỏa ước lao động tập thể", "Quý III/2026",
             "Phòng Tổ chức - Hành chính", "Công đoàn Công ty", ""),
            ("4", "Tuyên truyền phòng, chống thiên tai và quy trình vận hành hồ chứa mùa mưa lũ",
             "Trước ngày 31/7/2026", "Xí nghiệp Thủy lợi Đức Trọng, Xí nghiệp Thủy lợi Đơn Dương",
             "Ban Chỉ huy Phòng thủ dân sự tỉnh Lâm Đồng", "Quỹ phòng, chống thiên tai"),
            ("5", "Phổ biến quy định về quản lý, đầu tư vốn nhà nước tại doanh nghiệp", "Tháng 8/2026",
             "Phòng Kế toán - Tài vụ", "Kiểm soát viên Công ty", ""),
            ("6", "Tham gia hưởng ứng Ngày Pháp luật Việt Nam", "Tháng 11/2026",
             "Phòng Tổ chức - Hành chính", "Đoàn Thanh niên Công ty, Công đoàn Công ty", "Quỹ phúc lợi"),
            ("7", "Cung cấp thông tin, tài liệu về tình hình thực hiện pháp luật thủy lợi",
             "Khi có yêu cầu của Sở Nông nghiệp và Môi trường", "Phòng Kỹ thuật - Quản lý nước",
             "Phòng Tổ chức - Hành chính", ""),
        ), widths=(8, 62, 28, 34, 40, 28)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Giám đốc các xí nghiệp, trưởng các phòng, ban tổ chức thực hiện Kế hoạch; Phòng Tổ chức - Hành "
          "chính tổng hợp kết quả, tham mưu Giám đốc Công ty báo cáo UBND tỉnh (qua Sở Tư pháp) trước ngày "
          "20/11/2026."),
    ]
    + _end(["UBND tỉnh (b/c);", "Sở Tư pháp;", "Chủ tịch, Kiểm soát viên Công ty;", "Các phòng, xí nghiệp;"],
           "GIÁM ĐỐC", "Ngô Văn Phúc"),
    [
        Exp("Phổ biến Luật Thủy lợi, quy định về bảo vệ", ("Phòng Kỹ thuật - Quản lý nước",),
            ("Các xí nghiệp thủy lợi", "UBND các xã có công trình thủy lợi"), "2026-04-30"),
        Exp("Tập huấn an toàn, vệ sinh lao động", ("Ban An toàn - Vệ sinh lao động",), ("Công đoàn Công ty",),
            "2026-05-31"),
        Exp("Phổ biến Bộ luật Lao động, nội quy lao động", ("Phòng Tổ chức - Hành chính",),
            ("Công đoàn Công ty",), "2026-09-30"),
        Exp("Tuyên truyền phòng, chống thiên tai và quy trình",
            ("Xí nghiệp Thủy lợi Đức Trọng", "Xí nghiệp Thủy lợi Đơn Dương"),
            ("Ban Chỉ huy Phòng thủ dân sự tỉnh Lâm Đồng",), "2026-07-31"),
        Exp("Phổ biến quy định về quản lý, đầu tư vốn", ("Phòng Kế toán - Tài vụ",),
            ("Kiểm soát viên Công ty",),
            "2026-08-31"),
        Exp("Tham gia hưởng ứng Ngày Pháp luật Việt Nam", ("Phòng Tổ chức - Hành chính",),
            ("Đoàn Thanh niên Công ty", "Công đoàn Công ty"), "2026-11-30"),
        Exp("Cung cấp thông tin, tài liệu về tình hình", ("Phòng Kỹ thuật - Quản lý nước",),
            ("Phòng Tổ chức - Hành chính",), "2026-12-31", on_request=True),
    ],
)

# ---------------------------------------------------------------- 9. lower secondary school
PLAN_THCS = Plan(
    "set43_thcs_hoi_phu",
    _hdr("UBND PHƯỜNG HỘI PHÚ", "TRƯỜNG THCS NGUYỄN HUỆ", "08/KH-THCSNH",
         "Hội Phú, ngày 12 tháng 01 năm 2026",
         ["Tuyên truyền, phổ biến, giáo dục pháp luật năm 2026"])
    + _bases([
        "Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012;",
        "Căn cứ Kế hoạch số 17/KH-UBND ngày 06/01/2026 của UBND phường Hội Phú về công tác phổ biến, giáo "
        "dục pháp luật năm 2026;",
    ], "Trường THCS Nguyễn Huệ xây dựng Kế hoạch như sau:")
    + [
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Giáo dục ý thức tôn trọng, chấp hành pháp luật cho học sinh; phòng ngừa vi phạm pháp luật trong "
          "nhà trường."),
        P("- Phân công cụ thể cho từng cá nhân, bộ phận; gắn với đánh giá thi đua cuối năm."),
        P("II. NỘI DUNG, BIỆN PHÁP", bold=True),
        P("1. Tuyên truyền Luật Trẻ em, Luật Phòng, chống mua bán người qua tiết chào cờ đầu tuần"),
        P("Chủ trì thực hiện: Tổng phụ trách Đội. Phối hợp: Giáo viên chủ nhiệm các lớp. Thời gian: "
            "hằng tuần."),
        P("2. Tổ chức cho học sinh ký cam kết chấp hành pháp luật về trật tự, an toàn giao thông"),
        P("Chủ trì thực hiện: Giáo viên chủ nhiệm các lớp. Phối hợp: Ban đại diện cha mẹ học sinh. Thời "
            "gian: "
          "tháng 9/2026."),
        P("3. Lồng ghép giáo dục pháp luật trong môn Giáo dục công dân và hoạt động trải nghiệm"),
        P("Chủ trì thực hiện: Tổ Xã hội. Thời gian: thường xuyên."),
        P("4. Phổ biến Luật Nhà giáo năm 2025 và các văn bản hướng dẫn cho giáo viên, nhân viên"),
        P("Chủ trì thực hiện: Phó Hiệu trưởng Nguyễn Thị Lan. Phối hợp: Chủ tịch Công đoàn trường. Thời "
            "gian: "
          "tháng 01 - tháng 02/2026."),
        P("5. Tuyên truyền phòng, chống ma túy, vật liệu nổ, pháo nổ"),
        P("Giao Tổng phụ trách Đội phối hợp với Công an phường Hội Phú tổ chức buổi ngoại khóa cho học sinh "
          "toàn trường trong tháng 12/2026."),
        P("6. Bổ sung, khai thác tủ sách pháp luật của nhà trường"),
        P("Chủ trì thực hiện: Nhân viên thư viện. Phối hợp: Chi đoàn giáo viên. Thời gian: Quý I/2026."),
        P("7. Kiểm tra, đánh giá kết quả thực hiện Kế hoạch"),
        P("Chủ trì thực hiện: Hiệu trưởng. Phối hợp: Ban Thanh tra nhân dân. Thời gian: tháng 11/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các cá nhân, bộ phận được phân công triển khai thực hiện nghiêm túc; báo cáo kết quả về Hiệu "
          "trưởng trước ngày 25/11/2026 để tổng hợp báo cáo UBND phường Hội Phú."),
    ]
    + _end(["UBND phường (b/c);", "CB, GV, NV;"], "HIỆU TRƯỞNG", "Rơ Châm Hyên"),
    [
        Exp("Tuyên truyền Luật Trẻ em, Luật Phòng", ("Tổng phụ trách Đội",), ("Giáo viên chủ nhiệm các lớp",),
            "2026-12-31"),
        Exp("Tổ chức cho học sinh ký cam kết", ("Giáo viên chủ nhiệm các lớp",),
            ("Ban đại diện cha mẹ học sinh",), "2026-09-30"),
        Exp("Lồng ghép giáo dục pháp luật trong môn", ("Tổ Xã hội",), (), "2026-12-31"),
        Exp("Phổ biến Luật Nhà giáo năm 2025", ("Phó Hiệu trưởng Nguyễn Thị Lan",),
            ("Chủ tịch Công đoàn trường",), "2026-02-28"),
        Exp("Tuyên truyền phòng, chống ma túy, vật liệu nổ", ("Tổng phụ trách Đội",),
            ("Công an phường Hội Phú",), "2026-12-31"),
        Exp("Bổ sung, khai thác tủ sách pháp luật", ("Nhân viên thư viện",), ("Chi đoàn giáo viên",),
            "2026-03-31"),
        Exp("Kiểm tra, đánh giá kết quả thực hiện", ("Hiệu trưởng",), ("Ban Thanh tra nhân dân",),
            "2026-11-30"),
    ],
)

# ---------------------------------------------------------------- 10. power company
PLAN_DIEN = Plan(
    "set43_dien_luc_ha_tinh",
    _hdr("TỔNG CÔNG TY ĐIỆN LỰC MIỀN BẮC", "CÔNG TY ĐIỆN LỰC HÀ TĨNH", "1025/KH-PCHT",
         "Hà Tĩnh, ngày 02 tháng 3 năm 2026",
         ["Tuyên truyền, phổ biến pháp luật năm 2026"])
    + _bases([
        "Căn cứ Luật Điện lực số 61/2024/QH15;",
        "Căn cứ Kế hoạch số 411/KH-EVNNPC ngày 10/02/2026 của Tổng công ty Điện lực miền Bắc về công tác "
        "phổ biến, giáo dục pháp luật năm 2026;",
    ], "Công ty Điện lực Hà Tĩnh ban hành Kế hoạch như sau:")
    + [
        P("1. Mục đích, yêu cầu", bold=True),
        P("Nâng cao hiểu biết pháp luật của người lao động và khách hàng sử dụng điện; giảm thiểu vi phạm "
          "hành lang an toàn lưới điện, tai nạn điện trong dân."),
        P("2. Nhiệm vụ, phân công thực hiện", bold=True),
        T((
            ("Nhiệm vụ", "Cơ quan thực hiện", "Thời hạn", "Sản phẩm"),
            ("A. NỘI BỘ CÔNG TY", "", "", ""),
            ("Phổ biến Luật Điện lực năm 2024 và các nghị định hướng dẫn",
             "Chủ trì: Phòng Thanh tra - Bảo vệ - Pháp chế\nPhối hợp: Phòng Kỹ thuật, Phòng Kinh doanh",
             "Quý I/2026", "Hội nghị, tài liệu"),
            ("Tập huấn an toàn điện cho công nhân quản lý vận hành",
             "Chủ trì: Phòng An toàn\nPhối hợp: Công đoàn Công ty Điện lực Hà Tĩnh", "Tháng 5/2026",
             "Lớp tập huấn, sát hạch"),
            ("Phổ biến quy định về phòng, chống tham nhũng, thực hành tiết kiệm",
             "Chủ trì: Phòng Tổng hợp\nPhối hợp: Ủy ban Kiểm tra Đảng ủy Công ty", "Tháng 6 và tháng 12/2026",
             "Hội nghị"),
            ("Phổ biến pháp luật về đấu thầu cho bộ phận mua sắm",
             "Chủ trì: Phòng Kế hoạch và Vật tư\nPhối hợp: Phòng Tài chính kế toán", "15/7/2026 - 15/8/2026",
             "Tài liệu"),
            ("B. KHÁCH HÀNG VÀ NGƯỜI DÂN", "", "", ""),
            ("Tuyên truyền bảo vệ hành lang an toàn lưới điện cao áp",
             "Chủ trì: Các Điện lực trực thuộc\nPhối hợp: UBND các xã, phường có đường dây đi qua",
             "Tháng 4 - tháng 9/2026", "Tờ rơi, loa phát thanh"),
            ("Hướng dẫn khách hàng sử dụng điện an toàn, tiết kiệm và biểu giá điện mới",
             "Chủ trì: Phòng Kinh doanh\nPhối hợp: Báo và Phát thanh, Truyền hình Hà Tĩnh",
             "Khi có quyết định điều chỉnh giá bán lẻ điện", "Tin, bài"),
            ("C. BÁO CÁO", "", "", ""),
            ("Tổng hợp, báo cáo kết quả công tác tuyên truyền, phổ biến pháp luật",
             "Chủ trì: Phòng Thanh tra - Bảo vệ - Pháp chế", "Trước ngày 10/12/2026", "Báo cáo"),
        ), widths=(70, 60, 32, 28)),
        P("3. Tổ chức thực hiện", bold=True),
        P("Trưởng các đơn vị căn cứ nhiệm vụ được giao xây dựng kế hoạch chi tiết, bố trí nhân lực thực "
            "hiện; "
          "báo cáo kết quả về Phòng Thanh tra - Bảo vệ - Pháp chế trước ngày 30/11/2026."),
    ]
    + _end(["Tổng công ty (b/c);", "Ban Giám đốc;", "Các đơn vị;"], "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
           "Lê Anh Tuấn"),
    [
        Exp("Phổ biến Luật Điện lực năm 2024", ("Phòng Thanh tra - Bảo vệ - Pháp chế",),
            ("Phòng Kỹ thuật", "Phòng Kinh doanh"), "2026-03-31"),
        Exp("Tập huấn an toàn điện cho công nhân", ("Phòng An toàn",),
            ("Công đoàn Công ty Điện lực Hà Tĩnh",), "2026-05-31"),
        Exp("Phổ biến quy định về phòng, chống tham nhũng", ("Phòng Tổng hợp",),
            ("Ủy ban Kiểm tra Đảng ủy Công ty",), "2026-12-31"),
        Exp("Phổ biến pháp luật về đấu thầu", ("Phòng Kế hoạch và Vật tư",), ("Phòng Tài chính kế toán",),
            "2026-08-15"),
        Exp("Tuyên truyền bảo vệ hành lang an toàn", ("Các Điện lực trực thuộc",),
            ("UBND các xã, phường có đường dây đi qua",), "2026-09-30"),
        Exp("Hướng dẫn khách hàng sử dụng điện an toàn", ("Phòng Kinh doanh",),
            ("Báo và Phát thanh, Truyền hình Hà Tĩnh",), "2026-12-31", on_request=True),
        Exp("Tổng hợp, báo cáo kết quả công tác tuyên truyền", ("Phòng Thanh tra - Bảo vệ - Pháp chế",), (),
            "2026-12-10"),
    ],
)

PLANS: list[Plan] = [PLAN_THPT, PLAN_DH, PLAN_BV, PLAN_THUE, PLAN_HQ, PLAN_BHXH, PLAN_NHNN, PLAN_THUYLOI,
                     PLAN_THCS, PLAN_DIEN]
