"""Held-out evaluation set 65: ten plans of central and highland provinces, answers typed by hand.

1. PLAN_GL_TINH - UBND tỉnh Gia Lai, PBGDPL 2026: table STT|Nội dung|Chủ trì|Phối hợp|Thời gian|Sản phẩm,
   roman group rows, units joined by ";" and "và", a "theo đề nghị" row.
2. PLAN_DN_STP - Sở Tư pháp TP Đà Nẵng: bold "1." headings, "a)" items with "- Đơn vị chủ trì:",
   "- Phối hợp:", "- Thời gian thực hiện:" lines; one group heading without units.
3. PLAN_HUE_PHUONG - UBND phường Thuận Hóa (Huế): prose assignments "Giao X chủ trì, phối hợp với Y",
   "X có trách nhiệm", "Đề nghị ...", timeframes inside sentences, persons as units.
4. PLAN_QNG_NGAYPL - UBND tỉnh Quảng Ngãi, Ngày Pháp luật 2026: table STT|Nội dung|Thời gian|Đơn vị thực
   hiện|Đơn vị phối hợp|Ghi chú, date-bounded deadlines ("trước ngày").
5. PLAN_DL_SGD - Sở GD&ĐT Đắk Lắk, school year 2026-2027: "1.1." bold headings, one inline label line
   "Chủ trì: ...; phối hợp: ...; thời gian: ...".
6. PLAN_LD_XA - UBND xã Lạc Dương (Lâm Đồng): "-" tasks with "+ Đơn vị chủ trì:" bullets, officials as units.
7. PLAN_KH_SNNMT - Sở Nông nghiệp và Môi trường Khánh Hòa: table without STT, 2-row header
   (Đơn vị thực hiện: Chủ trì/Phối hợp), group rows, "Kinh phí" column.
8. PLAN_HUE_MATUY - UBND thành phố Huế, PBGDPL phòng, chống ma túy: roman parts, numbered items with
   several assignment blocks ("- X chủ trì ..."), event-triggered timeframe.
9. PLAN_GL_DTTG - Sở Dân tộc và Tôn giáo Gia Lai: "Nhiệm vụ 1:" headings, "Cơ quan thực hiện:" /
   "Cơ quan phối hợp:" / "Thời hạn:" labels inline in one paragraph, "Đề nghị" items.
10. PLAN_DL_PHUONG - UBND phường Buôn Ma Thuột (Đắk Lắk): table TT|Nhiệm vụ|Thời gian|Chủ trì|Phối hợp,
    quarter ranges, "+" sub-rows numbered "1.1".
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout3 import Exp, P, Plan, T

NN = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
DL = "Độc lập - Tự do - Hạnh phúc"


def _head(up: str, agency: str, number: str, place_date: str, title: str, sub: str = "") -> list[P | T]:
    out: list[P | T] = [
        P(up, bold=True, center=True),
        P(agency, bold=True, center=True),
        P(NN, bold=True, center=True),
        P(DL, bold=True, center=True),
        P(f"Số: {number}", center=True),
        P(place_date, center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P(title, bold=True, center=True),
    ]
    if sub:
        out.append(P(sub, bold=True, center=True))
    return out


def _end(recipients: list[str], role: str, name: str) -> list[P | T]:
    out: list[P | T] = [P("Nơi nhận:", bold=True)]
    out += [P(f"- {r}") for r in recipients]
    out += [P("- Lưu: VT."), P(role, bold=True, center=True), P("(Đã ký)", center=True),
            P(name, bold=True, center=True)]
    return out


# ---------------------------------------------------------------- 1. Gia Lai province, table
_GL_ROWS = (
    ("STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Sản phẩm"),
    ("I", "CÔNG TÁC CHỈ ĐẠO, HƯỚNG DẪN", "", "", "", ""),
    ("1", "Ban hành văn bản hướng dẫn, đôn đốc triển khai công tác phổ biến, giáo dục pháp luật năm 2026",
     "Sở Tư pháp", "Các sở, ban, ngành tỉnh; UBND các xã, phường", "Quý I/2026", "Văn bản hướng dẫn"),
    ("2", "Kiện toàn Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh và Tổ thư ký giúp việc Hội đồng",
     "Sở Tư pháp", "Sở Nội vụ và các cơ quan thành viên Hội đồng", "Tháng 3/2026",
     "Quyết định kiện toàn"),
    ("II", "PHỔ BIẾN PHÁP LUẬT CHO CÁC ĐỐI TƯỢNG ĐẶC THÙ", "", "", "", ""),
    ("3", "Phổ biến pháp luật về đất đai, bảo vệ rừng, tài nguyên nước cho đồng bào dân tộc thiểu số "
     "vùng Tây Nguyên của tỉnh", "Sở Nông nghiệp và Môi trường",
     "Sở Dân tộc và Tôn giáo; Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; UBND các xã vùng đồng bào dân tộc "
     "thiểu số", "Quý II - Quý III/2026", "Hội nghị, tài liệu song ngữ"),
    ("4", "Tuyên truyền pháp luật về phòng, chống mua bán người, xuất nhập cảnh trái phép tại các xã "
     "biên giới", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Công an tỉnh, UBND các xã biên giới",
     "Từ tháng 4 đến tháng 8/2026", "Các buổi tuyên truyền lưu động"),
    ("5", "Phổ biến pháp luật cho người lao động trong các doanh nghiệp, khu kinh tế cửa khẩu",
     "Sở Nội vụ", "Liên đoàn Lao động tỉnh và Ban Quản lý Khu kinh tế tỉnh", "Năm 2026", "Hội nghị"),
    ("III", "CÁC NHIỆM VỤ KHÁC", "", "", "", ""),
    ("6", "Xây dựng, phát sóng chuyên mục “Pháp luật và đời sống” trên sóng phát thanh, truyền hình tỉnh",
     "Báo và Phát thanh, Truyền hình Gia Lai", "Sở Tư pháp", "Hằng tháng", "12 chuyên mục"),
    ("7", "Tổ chức đợt cao điểm tuyên truyền các luật mới được Quốc hội thông qua",
     "Các sở, ban, ngành tỉnh", "Sở Tư pháp", "Theo đề nghị của Bộ Tư pháp", "Báo cáo kết quả"),
)

PLAN_GL_TINH = Plan(
    name="gialai_tinh_pbgdpl_2026",
    blocks=_head("ỦY BAN NHÂN DÂN", "TỈNH GIA LAI", "27/KH-UBND", "Gia Lai, ngày 16 tháng 01 năm 2026",
                 "Phổ biến, giáo dục pháp luật; hòa giải ở cơ sở và chuẩn tiếp cận pháp luật năm 2026")
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;"),
        P("Căn cứ Quyết định số 1521/QĐ-TTg ngày 06/10/2021 của Thủ tướng Chính phủ ban hành Kế hoạch thực "
          "hiện Kết luận số 80-KL/TW ngày 20/6/2020 của Ban Bí thư;"),
        P("Căn cứ Kế hoạch số 14/KH-HĐPH ngày 08/01/2026 của Hội đồng phối hợp phổ biến, giáo dục pháp luật "
          "Trung ương; theo đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 05/TTr-STP ngày 09/01/2026,"),
        P("Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Tiếp tục nâng cao hiệu quả công tác phổ biến, giáo dục pháp luật trên địa bàn tỉnh sau khi "
          "sắp xếp đơn vị hành chính, tổ chức chính quyền địa phương hai cấp."),
        P("2. Bảo đảm bám sát nhiệm vụ chính trị của tỉnh, đúng trọng tâm, trọng điểm, phù hợp đặc thù vùng "
          "đồng bào dân tộc thiểu số, biên giới, ven biển."),
        P("II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold=True),
        P("(Chi tiết tại Phụ lục kèm theo)", center=True),
        T(_GL_ROWS, widths=(10, 60, 30, 40, 25, 25)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Các sở, ban, ngành tỉnh, UBND các xã, phường căn cứ Kế hoạch này chủ động xây dựng kế hoạch "
          "của "
          "cơ quan, đơn vị, địa phương mình và tổ chức thực hiện."),
        P("2. Kinh phí thực hiện từ nguồn ngân sách nhà nước theo phân cấp hiện hành."),
        P("3. Các cơ quan, đơn vị báo cáo kết quả thực hiện về Sở Tư pháp trước ngày 15/11/2026 để tổng hợp, "
          "báo cáo UBND tỉnh và Bộ Tư pháp."),
    ]
    + _end(["Bộ Tư pháp (b/c);", "TT Tỉnh ủy, TT HĐND tỉnh (b/c);", "Chủ tịch, các PCT UBND tỉnh;",
            "Các sở, ban, ngành tỉnh;", "UBND các xã, phường;"],
           "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Thị Thanh Lịch"),
    expected=[
        Exp("Ban hành văn bản hướng dẫn, đôn đốc triển khai", ("Sở Tư pháp",),
            ("Các sở, ban, ngành tỉnh", "UBND các xã, phường"), "2026-03-31"),
        Exp("Kiện toàn Hội đồng phối hợp phổ biến", ("Sở Tư pháp",),
            ("Sở Nội vụ", "các cơ quan thành viên Hội đồng"), "2026-03-31"),
        Exp("Phổ biến pháp luật về đất đai, bảo vệ rừng", ("Sở Nông nghiệp và Môi trường",),
            ("Sở Dân tộc và Tôn giáo", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
             "UBND các xã vùng đồng bào dân tộc thiểu số"), "2026-09-30"),
        Exp("Tuyên truyền pháp luật về phòng, chống mua bán người", ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh",),
            ("Công an tỉnh", "UBND các xã biên giới"), "2026-08-31"),
        Exp("Phổ biến pháp luật cho người lao động", ("Sở Nội vụ",),
            ("Liên đoàn Lao động tỉnh", "Ban Quản lý Khu kinh tế tỉnh"), "2026-12-31"),
        Exp("Xây dựng, phát sóng chuyên mục", ("Báo và Phát thanh, Truyền hình Gia Lai",), ("Sở Tư pháp",),
            "2026-12-31"),
        Exp("Tổ chức đợt cao điểm tuyên truyền các luật mới", ("Các sở, ban, ngành tỉnh",), ("Sở Tư pháp",),
            "2026-12-31", on_request=True),
    ],
)

# ---------------------------------------------------------------- 2. Đà Nẵng Sở Tư pháp, labels on lines
PLAN_DN_STP = Plan(
    name="danang_stp_2026",
    blocks=_head("UBND THÀNH PHỐ ĐÀ NẴNG", "SỞ TƯ PHÁP", "41/KH-STP", "Đà Nẵng, ngày 22 tháng 01 năm 2026",
                 "Triển khai công tác phổ biến, giáo dục pháp luật của Sở Tư pháp năm 2026")
    + [
        P("Thực hiện Kế hoạch số 19/KH-UBND ngày 12/01/2026 của UBND thành phố Đà Nẵng về công tác phổ biến, "
          "giáo dục pháp luật năm 2026; Quyết định số 25/2021/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ "
          "về xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật, Sở Tư pháp xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Cụ thể hóa các nhiệm vụ được UBND thành phố giao; xác định rõ đơn vị chủ trì, thời hạn hoàn "
          "thành."),
        P("- Việc triển khai bảo đảm thiết thực, tiết kiệm, ứng dụng mạnh mẽ công nghệ số."),
        P("II. NỘI DUNG", bold=True),
        P("1. Công tác tham mưu, chỉ đạo", bold=True),
        P("a) Tham mưu UBND thành phố ban hành Kế hoạch công tác phổ biến, giáo dục pháp luật, hòa giải ở "
          "cơ sở năm 2026 và hướng dẫn các xã, phường triển khai thực hiện."),
        P("- Đơn vị chủ trì: Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật."),
        P("- Phối hợp: Văn phòng Sở, Thanh tra Sở."),
        P("- Thời gian thực hiện: Tháng 01 - tháng 02/2026."),
        P("b) Đánh giá tình hình thi hành Luật Hòa giải ở cơ sở sau sắp xếp đơn vị hành chính cấp xã."),
        P("- Đơn vị chủ trì: Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật."),
        P("- Phối hợp: UBND các xã, phường; Ủy ban Mặt trận Tổ quốc Việt Nam thành phố."),
        P("- Thời gian thực hiện: Quý II/2026."),
        P("2. Tổ chức các hoạt động phổ biến pháp luật", bold=True),
        P("a) Biên soạn, phát hành tài liệu hỏi - đáp pháp luật về đất đai, xây dựng, trật tự đô thị cho "
          "người dân ven biển, hải đảo."),
        P("- Đơn vị chủ trì: Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật."),
        P("- Phối hợp: Sở Xây dựng; Sở Nông nghiệp và Môi trường."),
        P("- Thời gian thực hiện: Quý II, III/2026."),
        P("b) Tổ chức Cuộc thi trực tuyến “Tìm hiểu pháp luật về chính quyền địa phương hai cấp”."),
        P("- Đơn vị chủ trì: Văn phòng Sở."),
        P("- Phối hợp: Sở Khoa học và Công nghệ, Sở Nội vụ, Báo và Phát thanh, Truyền hình Đà Nẵng."),
        P("- Thời gian thực hiện: Từ tháng 5 đến tháng 7/2026."),
        P("c) Trợ giúp pháp lý lưu động kết hợp phổ biến pháp luật tại các xã vùng miền núi phía Tây thành "
          "phố."),
        P("- Đơn vị chủ trì: Trung tâm Trợ giúp pháp lý nhà nước thành phố."),
        P("- Phối hợp: UBND các xã miền núi."),
        P("- Thời gian thực hiện: Cả năm 2026."),
        P("3. Xây dựng, khai thác Trang thông tin điện tử phổ biến, giáo dục pháp luật", bold=True),
        P("Cập nhật thường xuyên văn bản quy phạm pháp luật mới, tài liệu tuyên truyền lên Trang thông tin "
          "điện tử của Sở."),
        P("- Đơn vị chủ trì: Văn phòng Sở."),
        P("- Phối hợp: Các phòng, đơn vị thuộc Sở."),
        P("- Thời gian thực hiện: Thường xuyên."),
        P("4. Kiểm tra, đánh giá chuẩn tiếp cận pháp luật", bold=True),
        P("Kiểm tra, hướng dẫn việc đánh giá xã, phường đạt chuẩn tiếp cận pháp luật năm 2026."),
        P("- Đơn vị chủ trì: Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật."),
        P("- Phối hợp: Thanh tra Sở."),
        P("- Thời gian thực hiện: Trước ngày 30/11/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Trưởng các phòng, đơn vị thuộc Sở có trách nhiệm triển khai Kế hoạch này; định kỳ báo cáo kết "
          "quả về Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật trước ngày 05/12/2026."),
        P("2. Văn phòng Sở bảo đảm kinh phí thực hiện Kế hoạch."),
    ]
    + _end(["UBND thành phố (b/c);", "Giám đốc, các PGĐ Sở;", "Các phòng, đơn vị thuộc Sở;"],
           "GIÁM ĐỐC", "Trần Văn Thanh"),
    expected=[
        Exp("Tham mưu UBND thành phố ban hành Kế hoạch",
            ("Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật",),
            ("Văn phòng Sở", "Thanh tra Sở"), "2026-02-28"),
        Exp("Đánh giá tình hình thi hành Luật Hòa giải",
            ("Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật",),
            ("UBND các xã, phường", "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố"),
            "2026-06-30"),
        Exp("Biên soạn, phát hành tài liệu hỏi - đáp",
            ("Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật",),
            ("Sở Xây dựng", "Sở Nông nghiệp và Môi trường"), "2026-09-30"),
        Exp("Tổ chức Cuộc thi trực tuyến", ("Văn phòng Sở",),
            ("Sở Khoa học và Công "
             "nghệ", "Sở Nội vụ", "Báo và Phát thanh, Truyền hình Đà Nẵng"), "2026-07-31"),
        Exp("Trợ giúp pháp lý lưu động kết hợp", ("Trung tâm Trợ giúp pháp lý nhà nước thành phố",),
            ("UBND các xã miền núi",), "2026-12-31"),
        Exp("Xây dựng, khai thác Trang thông tin điện tử", ("Văn phòng Sở",),
            ("Các phòng, đơn vị thuộc Sở",), "2026-12-31"),
        Exp("Kiểm tra, đánh giá chuẩn tiếp cận pháp luật",
            ("Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật",), ("Thanh tra Sở",),
            "2026-11-30"),
    ],
)

# ---------------------------------------------------------------- 3. Huế ward, prose assignments
PLAN_HUE_PHUONG = Plan(
    name="hue_phuong_thuanhoa_2026",
    blocks=_head("THÀNH PHỐ HUẾ", "ỦY BAN NHÂN DÂN PHƯỜNG THUẬN HÓA", "12/KH-UBND",
                 "Thuận Hóa, ngày 05 tháng 02 năm 2026",
                 "Tuyên truyền, phổ biến, giáo dục pháp luật và hòa giải ở cơ sở năm 2026")
    + [
        P("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
        P("Căn cứ Kế hoạch số 33/KH-UBND ngày 20/01/2026 của UBND thành phố Huế về công tác phổ biến, giáo "
          "dục "
          "pháp luật năm 2026;"),
        P("Ủy ban nhân dân phường Thuận Hóa xây dựng Kế hoạch với các nội dung sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Nâng cao ý thức chấp hành pháp luật của cán bộ, công chức và Nhân dân trên địa bàn phường; gắn "
          "công tác phổ biến pháp luật với giữ gìn trật tự đô thị di sản, phát triển du lịch."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Phổ biến pháp luật về bảo vệ di sản văn hóa, trật tự đô thị khu vực Kinh thành Huế", bold=True),
        P("Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp với Công an phường, Ban quản lý các tổ dân phố "
          "tổ chức tuyên truyền tại các khu dân cư trong Kinh thành; thời gian thực hiện trong Quý II/2026."),
        P("2. Tuyên truyền pháp luật về kinh doanh dịch vụ du lịch, an toàn thực phẩm", bold=True),
        P("Phòng Kinh tế, Hạ tầng và Đô thị chủ trì; Trạm Y tế phường, Hội Doanh nhân phường phối hợp thực "
          "hiện. Thời gian: tháng 4 và tháng 5/2026."),
        P("3. Củng cố, kiện toàn tổ hòa giải ở cơ sở", bold=True),
        P("Giao Phó Chủ tịch UBND phường phụ trách khối văn hóa - xã hội chủ trì, chỉ đạo rà soát, kiện toàn "
          "các tổ hòa giải sau khi sáp nhập tổ dân phố; công chức Tư pháp - Hộ tịch và Ủy ban Mặt trận Tổ "
          "quốc Việt Nam phường phối hợp thực hiện, hoàn thành trước ngày 31/3/2026."),
        P("4. Bồi dưỡng kỹ năng cho hòa giải viên ở cơ sở", bold=True),
        P("Giao công chức Tư pháp - Hộ tịch chủ trì, phối hợp với Trung tâm Trợ giúp pháp lý nhà nước "
          "thành phố "
          "Huế tổ chức 01 lớp bồi dưỡng khi có tài liệu hướng dẫn của Sở Tư pháp."),
        P("5. Phổ biến pháp luật trong trường học", bold=True),
        P("Đề nghị các trường Trung học cơ sở, Tiểu học và Mầm non trên địa bàn phường lồng ghép nội dung "
          "giáo dục pháp luật vào các hoạt động ngoại khóa, phối hợp với Đoàn Thanh niên phường; thời gian "
          "thực hiện theo năm học 2025-2026 (từ tháng 02 đến tháng 5/2026)."),
        P("6. Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam (09/11)", bold=True),
        P("Công chức Tư pháp - Hộ tịch chủ trì tổ chức các hoạt động hưởng ứng; các ban, "
          "ngành, đoàn thể phường phối hợp. Thời gian: Tháng 10 - 11/2026."),
        P("7. Đánh giá, công nhận phường đạt chuẩn tiếp cận pháp luật", bold=True),
        P("Hội đồng đánh giá chuẩn tiếp cận pháp luật phường tự đánh giá, lập hồ sơ đề nghị công nhận gửi "
          "UBND thành phố Huế trong tháng 12/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các bộ phận chuyên môn, đơn vị thuộc UBND phường căn cứ nhiệm vụ được giao tổ chức thực hiện; báo "
          "cáo kết quả về UBND phường (qua công chức Tư pháp - Hộ tịch) trước ngày 20/11/2026."),
    ]
    + _end(["UBND thành phố Huế (b/c);", "Sở Tư pháp (b/c);", "TT Đảng ủy, HĐND phường;",
            "Các ban, ngành, đoàn thể phường;", "Các tổ dân phố;"], "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
           "Hoàng Văn Dũng"),
    expected=[
        Exp("Phổ biến pháp luật về bảo vệ di sản văn hóa", ("Phòng Văn hóa - Xã hội",),
            ("Công an phường", "Ban quản lý các tổ dân phố"), "2026-06-30"),
        Exp("Tuyên truyền pháp luật về kinh doanh dịch vụ du lịch", ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Trạm Y tế phường", "Hội Doanh nhân phường"), "2026-05-31"),
        Exp("Củng cố, kiện toàn tổ hòa giải ở cơ sở",
            ("Phó Chủ tịch UBND phường phụ trách khối văn hóa - xã hội",),
            ("công chức Tư pháp - Hộ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam phường"), "2026-03-31"),
        Exp("Bồi dưỡng kỹ năng cho hòa giải viên", ("công chức Tư pháp - Hộ tịch",),
            ("Trung tâm Trợ giúp pháp lý nhà nước thành phố Huế",), "2026-12-31", on_request=True),
        Exp("Phổ biến pháp luật trong trường học",
            ("các trường Trung học cơ sở, Tiểu học và Mầm non trên địa bàn phường",),
            ("Đoàn Thanh niên phường",), "2026-05-31"),
        Exp("Hưởng ứng Ngày Pháp luật nước Cộng hòa", ("Công chức Tư pháp - Hộ tịch",),
            ("các ban, ngành, đoàn thể phường",), "2026-11-30"),
        Exp("Đánh giá, công nhận phường đạt "
            "chuẩn", ("Hội đồng đánh giá chuẩn tiếp cận pháp luật phường",), (),
            "2026-12-31"),
    ],
)

# ---------------------------------------------------------------- 4. Quảng Ngãi, Ngày Pháp luật table
_QNG_ROWS = (
    ("STT", "Nội dung hoạt động", "Thời gian", "Đơn vị thực hiện", "Đơn vị phối hợp", "Ghi chú"),
    ("1", "Treo băng rôn, khẩu hiệu, pano hưởng ứng Ngày Pháp luật tại trụ sở cơ quan, nơi công cộng",
     "Từ ngày 01/11 đến ngày 15/11/2026", "Các sở, ban, ngành tỉnh; UBND các xã, phường, đặc khu",
     "", "Khẩu hiệu theo Phụ lục II"),
    ("2", "Tổ chức Lễ hưởng ứng Ngày Pháp luật cấp tỉnh gắn với tôn vinh điển hình tiên tiến trong xây dựng, "
     "thi hành pháp luật", "Trước ngày 09/11/2026", "Sở Tư pháp",
     "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh, Văn phòng UBND tỉnh, Sở Nội vụ", ""),
    ("3", "Phát động Cuộc thi viết “Pháp luật với đồng bào dân tộc thiểu số miền núi Quảng Ngãi”",
     "Tháng 8 - tháng 10/2026", "Sở Dân tộc và Tôn giáo", "Sở Tư pháp và Hội Liên hiệp Phụ nữ tỉnh",
     "Kinh phí xã hội hóa"),
    ("4", "Đối thoại chính sách, pháp luật với doanh nghiệp tại Khu kinh tế Dung Quất",
     "Tháng 10/2026", "Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi",
     "Sở Tài chính; Thuế tỉnh Quảng Ngãi; Hiệp hội Doanh nghiệp tỉnh", ""),
    ("5", "Tuyên truyền pháp luật về khai thác thủy sản, chống khai thác IUU cho ngư dân",
     "Quý III và Quý IV/2026", "Sở Nông nghiệp và Môi trường",
     "Bộ Chỉ huy Bộ đội Biên phòng tỉnh; UBND các xã, phường ven biển; UBND đặc khu Lý Sơn", ""),
    ("6", "Phát sóng phóng sự, tọa đàm chuyên đề về Ngày Pháp luật", "Tháng 11/2026",
     "Báo và Phát thanh, Truyền hình Quảng Ngãi", "Sở Tư pháp", ""),
    ("7", "Tổng hợp, báo cáo kết quả hưởng ứng Ngày Pháp luật năm 2026 gửi Bộ Tư pháp, UBND tỉnh",
     "Trước ngày 10/12/2026", "Sở Tư pháp", "", "Theo Công văn hướng dẫn của Bộ Tư pháp"),
)

PLAN_QNG_NGAYPL = Plan(
    name="quangngai_ngay_phap_luat_2026",
    blocks=_head("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "156/KH-UBND", "Quảng Ngãi, ngày 28 tháng 7 năm 2026",
                 "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam",
                 "năm 2026 trên địa bàn tỉnh")
    + [
        P("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012; Nghị định số 28/2013/NĐ-CP ngày 04/4/2013 "
          "của Chính phủ; Công văn số 3120/BTP-PBGDPL ngày 10/7/2026 của Bộ Tư pháp về việc hướng dẫn tổ "
          "chức "
          "Ngày Pháp luật năm 2026;"),
        P("Xét đề nghị của Giám đốc Sở Tư pháp, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Mục đích", bold=True),
        P("Tiếp tục tôn vinh Hiến pháp, pháp luật; nâng cao ý thức thượng tôn pháp luật trong Nhân dân."),
        P("2. Yêu cầu", bold=True),
        P("Hoạt động hưởng ứng được tổ chức thiết thực, tránh hình thức, phù hợp với điều kiện thực tế của "
          "từng cơ quan, địa phương, nhất là vùng miền núi, hải đảo."),
        P("II. NỘI DUNG, HÌNH THỨC VÀ PHÂN CÔNG", bold=True),
        T(_QNG_ROWS, widths=(10, 62, 28, 35, 35, 20)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Giao Sở Tư pháp - Cơ quan Thường trực Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh theo "
          "dõi, đôn đốc, hướng dẫn việc thực hiện Kế hoạch."),
        P("2. Các cơ quan, đơn vị, địa phương gửi báo cáo kết quả về Sở Tư pháp trước ngày 25/11/2026."),
    ]
    + _end(["Bộ Tư pháp "
            "(b/c);", "TT Tỉnh ủy, TT HĐND tỉnh;", "CT, PCT UBND tỉnh;", "Các sở, ban, ngành tỉnh;",
            "UBND các xã, phường, đặc khu;"], "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Võ Phiên"),
    expected=[
        Exp("Treo băng rôn, khẩu hiệu, pano", ("Các sở, ban, ngành tỉnh", "UBND các xã, phường, đặc khu"), (),
            "2026-11-15"),
        Exp("Tổ chức Lễ hưởng ứng Ngày Pháp luật cấp tỉnh", ("Sở Tư pháp",),
            ("Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân "
             "tỉnh", "Văn phòng UBND tỉnh", "Sở Nội vụ"),
            "2026-11-09"),
        Exp("Phát động Cuộc thi viết", ("Sở Dân tộc và Tôn giáo",),
            ("Sở Tư pháp", "Hội Liên hiệp Phụ nữ tỉnh"), "2026-10-31"),
        Exp("Đối thoại chính sách, pháp luật với doanh nghiệp",
            ("Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi",),
            ("Sở Tài chính", "Thuế tỉnh Quảng Ngãi", "Hiệp hội Doanh nghiệp tỉnh"), "2026-10-31"),
        Exp("Tuyên truyền pháp luật về khai thác thủy sản", ("Sở Nông nghiệp và Môi trường",),
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "UBND các xã, phường ven biển", "UBND đặc khu Lý Sơn"),
            "2026-12-31"),
        Exp("Phát sóng phóng sự, tọa đàm chuyên đề", ("Báo và Phát thanh, Truyền hình Quảng Ngãi",),
            ("Sở Tư pháp",), "2026-11-30"),
        Exp("Tổng hợp, báo cáo kết quả hưởng ứng", ("Sở Tư pháp",), (), "2026-12-10"),
    ],
)

# ---------------------------------------------------------------- 5. Đắk Lắk Sở GD&ĐT, school year
PLAN_DL_SGD = Plan(
    name="daklak_sgddt_2026_2027",
    blocks=_head("UBND TỈNH ĐẮK LẮK", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "1874/KH-SGDĐT",
                 "Đắk Lắk, ngày 10 tháng 9 năm 2026",
                 "Công tác phổ biến, giáo dục pháp luật năm học 2026-2027")
    + [
        P("Căn cứ Thông tư số 32/2020/TT-BGDĐT ngày 15/9/2020 của Bộ trưởng Bộ Giáo dục và Đào tạo;"),
        P("Căn cứ Quyết định số 2150/QĐ-UBND ngày 25/8/2026 của UBND tỉnh ban hành Kế hoạch thời gian năm "
          "học 2026-2027;"),
        P("Sở Giáo dục và Đào tạo ban hành Kế hoạch công tác phổ biến, giáo dục pháp luật năm học "
          "2026-2027 như "
          "sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Nâng cao nhận thức pháp luật, ý thức chấp hành pháp luật cho cán bộ quản lý, giáo viên, nhân "
          "viên, học sinh, học viên."),
        P("2. Chú trọng giáo dục pháp luật cho học sinh dân tộc thiểu số tại các trường phổ thông dân tộc "
          "nội trú, bán trú."),
        P("II. NHIỆM VỤ TRỌNG TÂM", bold=True),
        P("1. Công tác tham mưu, chỉ đạo", bold=True),
        P("1.1. Xây dựng và ban hành văn bản hướng dẫn nhiệm vụ phổ biến, giáo dục pháp luật cho các cơ sở "
          "giáo dục", bold=True),
        P("Chủ trì: Văn phòng Sở; phối hợp: Phòng Giáo dục phổ thông, Phòng Giáo dục thường xuyên - Chuyên "
          "nghiệp; thời gian: tháng 9 - 10/2026."),
        P("1.2. Kiện toàn Tổ phổ biến, giáo dục pháp luật của ngành và đội ngũ báo cáo viên", bold=True),
        P("Chủ trì: Phòng Tổ chức cán bộ; phối hợp: Văn phòng Sở; thời gian: tháng 10/2026."),
        P("2. Nội dung phổ biến, giáo dục pháp luật", bold=True),
        P("2.1. Giáo dục pháp luật về an toàn giao thông, phòng chống ma túy, bạo lực học đường", bold=True),
        P("Chủ trì: Phòng Giáo dục phổ thông; phối hợp: Công an tỉnh, Tỉnh Đoàn Đắk Lắk; thời gian: Học kỳ I "
          "(từ tháng 9/2026 đến tháng 01/2027)."),
        P("2.2. Tổ chức Cuộc thi “Học sinh với pháp luật” cấp tỉnh", bold=True),
        P("Chủ trì: Phòng Giáo dục phổ thông; phối hợp: Sở Tư pháp, Công đoàn ngành Giáo dục; thời gian: "
          "tháng 3 - tháng 4/2027."),
        P("2.3. Phổ biến pháp luật về giáo dục, viên chức, chế độ chính sách nhà giáo", bold=True),
        P("Chủ trì: Phòng Tổ chức cán bộ; phối hợp: Thanh tra Sở, các cơ sở giáo dục trực thuộc; thời gian: "
          "tháng 9/2026 - tháng 5/2027."),
        P("2.4. Lồng ghép giáo dục pháp luật bằng tiếng dân tộc cho học sinh các trường phổ thông dân tộc "
          "nội trú", bold=True),
        P("Chủ trì: Các trường phổ thông dân tộc nội trú; phối hợp: Phòng Giáo dục phổ thông; thời gian: "
          "Học kỳ II năm học 2026-2027 (tháng 01 - tháng 5/2027)."),
        P("3. Sơ kết, tổng kết", bold=True),
        P("3.1. Tổng kết công tác phổ biến, giáo dục pháp luật năm học 2026-2027", bold=True),
        P("Chủ trì: Văn phòng Sở; phối hợp: các phòng chuyên môn thuộc Sở; thời gian: trước ngày 30/6/2027."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("- Các phòng thuộc Sở, các cơ sở giáo dục trực thuộc căn cứ Kế hoạch này xây dựng kế hoạch của đơn "
          "vị; báo cáo sơ kết học kỳ I trước ngày 15/01/2027, báo cáo tổng kết trước ngày 15/6/2027."),
        P("- Đề nghị UBND các xã, phường chỉ đạo các trường mầm non, tiểu học, trung học cơ sở trên địa bàn "
          "triển khai thực hiện."),
    ]
    + _end(["Bộ GDĐT (b/c);", "UBND tỉnh (b/c);", "Giám đốc, các PGĐ Sở;", "Các phòng thuộc Sở;",
            "Các cơ sở giáo dục trực thuộc;"], "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Lê Thị Hồng Nhung"),
    expected=[
        Exp("Xây dựng và ban hành văn bản hướng dẫn", ("Văn phòng Sở",),
            ("Phòng Giáo dục phổ thông", "Phòng Giáo dục thường xuyên - Chuyên nghiệp"), "2026-10-31"),
        Exp("Kiện toàn Tổ phổ biến, giáo dục pháp luật", ("Phòng Tổ chức cán bộ",), ("Văn phòng Sở",),
            "2026-10-31"),
        Exp("Giáo dục pháp luật về an toàn giao thông", ("Phòng Giáo dục phổ thông",),
            ("Công an tỉnh", "Tỉnh Đoàn Đắk Lắk"), "2027-01-31"),
        Exp("Tổ chức Cuộc thi “Học sinh với pháp luật”", ("Phòng Giáo dục phổ thông",),
            ("Sở Tư pháp", "Công đoàn ngành Giáo dục"), "2027-04-30"),
        Exp("Phổ biến pháp luật về giáo dục, viên chức", ("Phòng Tổ chức cán bộ",),
            ("Thanh tra Sở", "các cơ sở giáo dục trực thuộc"), "2027-05-31"),
        Exp("Lồng ghép giáo dục pháp luật bằng tiếng dân tộc", ("Các trường phổ thông dân tộc nội trú",),
            ("Phòng Giáo dục phổ thông",), "2027-05-31"),
        Exp("Tổng kết công tác phổ biến, giáo dục pháp luật năm học", ("Văn phòng Sở",),
            ("các phòng chuyên môn thuộc Sở",), "2027-06-30"),
    ],
)

# ---------------------------------------------------------------- 6. Lâm Đồng commune, "+" label bullets
PLAN_LD_XA = Plan(
    name="lamdong_xa_lacduong_2026",
    blocks=_head("ỦY BAN NHÂN DÂN", "XÃ LẠC DƯƠNG", "09/KH-UBND", "Lạc Dương, ngày 23 tháng 01 năm 2026",
                 "Công tác phổ biến, giáo dục pháp luật, hòa giải ở cơ sở, xây dựng xã đạt chuẩn",
                 "tiếp cận pháp luật năm 2026")
    + [
        P("Căn cứ Quyết định số 25/2021/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ;"),
        P("Căn cứ Kế hoạch số 58/KH-UBND ngày 14/01/2026 của UBND tỉnh Lâm Đồng về công tác phổ biến, giáo "
          "dục "
          "pháp luật năm 2026;"),
        P("Căn cứ Nghị quyết số 04/NQ-HĐND ngày 30/12/2025 của HĐND xã về nhiệm vụ phát triển kinh tế - xã "
          "hội năm 2026;"),
        P("UBND xã Lạc Dương ban hành Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Nâng cao hiểu biết pháp luật cho Nhân dân, nhất là đồng bào Cơ Ho, Chil tại các thôn, buôn."),
        P("- Phân công cụ thể, gắn trách nhiệm người đứng đầu; phấn đấu xã đạt chuẩn tiếp cận pháp luật."),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("- Tuyên truyền pháp luật về quản lý, bảo vệ rừng, phòng cháy chữa cháy rừng mùa khô 2026."),
        P("+ Đơn vị chủ trì: Phòng Kinh tế."),
        P("+ Đơn vị phối hợp: Ban Quản lý rừng phòng hộ Lâm Viên, Hạt Kiểm lâm Lạc Dương, Trưởng các thôn."),
        P("+ Thời gian: Tháng 01 - tháng 4/2026."),
        P("- Phổ biến pháp luật về hôn nhân và gia đình, phòng chống tảo hôn, hôn nhân cận huyết thống."),
        P("+ Đơn vị chủ trì: Hội Liên hiệp Phụ nữ xã."),
        P("+ Đơn vị phối hợp: Công chức Văn hóa - Xã hội; Trạm Y tế xã; người có uy tín trong đồng bào."),
        P("+ Thời gian: Quý II, III/2026."),
        P("- Tuyên truyền pháp luật về an ninh trật tự, phòng chống tội phạm, tín dụng đen."),
        P("+ Đơn vị chủ trì: Công an xã."),
        P("+ Đơn vị phối hợp: Đoàn Thanh niên Cộng sản Hồ Chí Minh xã và Hội Cựu chiến binh xã."),
        P("+ Thời gian: Thường xuyên."),
        P("- Kiện toàn, bồi dưỡng hòa giải viên ở các thôn, tổ dân phố."),
        P("+ Đơn vị chủ trì: Công chức Tư pháp - Hộ tịch."),
        P("+ Đơn vị phối hợp: Ủy ban Mặt trận Tổ quốc Việt Nam xã."),
        P("+ Thời gian: Quý I/2026."),
        P("- Chỉ đạo, kiểm tra thực hiện các tiêu chí xã đạt chuẩn tiếp cận pháp luật."),
        P("+ Đơn vị chủ trì: Phó Chủ tịch UBND xã."),
        P("+ Đơn vị phối hợp: Các thành viên Hội đồng đánh giá chuẩn tiếp cận pháp luật xã."),
        P("+ Thời gian: Trước ngày 15/11/2026."),
        P("- Cập nhật, niêm yết thủ tục hành chính và văn bản pháp luật tại Tủ sách pháp luật, Trung tâm "
          "Phục "
          "vụ hành chính công xã."),
        P("+ Đơn vị chủ trì: Văn phòng HĐND và UBND xã."),
        P("+ Đơn vị phối hợp: Trung tâm Phục vụ hành chính công xã."),
        P("+ Thời gian: Khi có văn bản mới được ban hành."),
        P("III. KINH PHÍ", bold=True),
        P("Kinh phí thực hiện từ nguồn ngân sách xã năm 2026 và các nguồn hợp pháp khác."),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các cơ quan, đơn vị, công chức được phân công tổ chức thực hiện nghiêm túc; báo cáo kết quả về "
          "UBND "
          "xã (qua công chức Tư pháp - Hộ tịch) trước ngày 10/11/2026 để tổng hợp báo cáo UBND tỉnh."),
    ]
    + _end(["UBND tỉnh Lâm Đồng (b/c);", "Sở Tư pháp (b/c);", "TT Đảng ủy xã (b/c);", "TT HĐND xã;",
            "Các ban, ngành, đoàn thể xã;", "Các thôn;"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
           "Liêng Hót Ha Thuyên"),
    expected=[
        Exp("Tuyên truyền pháp luật về quản lý, bảo vệ rừng", ("Phòng Kinh tế",),
            ("Ban Quản lý rừng phòng hộ Lâm "
             "Viên", "Hạt Kiểm lâm Lạc Dương", "Trưởng các thôn"), "2026-04-30"),
        Exp("Phổ biến pháp luật về hôn nhân và gia đình", ("Hội Liên hiệp Phụ nữ xã",),
            ("Công chức Văn hóa - Xã hội", "Trạm Y tế xã", "người có uy tín trong đồng bào"), "2026-09-30"),
        Exp("Tuyên truyền pháp luật về an ninh trật tự", ("Công an xã",),
            ("Đoàn Thanh niên Cộng sản Hồ Chí Minh xã", "Hội Cựu chiến binh xã"), "2026-12-31"),
        Exp("Kiện toàn, bồi dưỡng hòa giải viên", ("Công chức Tư pháp - Hộ tịch",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam xã",), "2026-03-31"),
        Exp("Chỉ đạo, kiểm tra thực hiện các tiêu chí", ("Phó Chủ tịch UBND xã",),
            ("Các thành viên Hội đồng đánh giá chuẩn tiếp cận pháp luật xã",), "2026-11-15"),
        Exp("Cập nhật, niêm yết thủ tục hành chính", ("Văn phòng HĐND và UBND xã",),
            ("Trung tâm Phục vụ hành chính công xã",), "2026-12-31", on_request=True),
    ],
)

# ---------------------------------------------------------------- 7. Khánh Hòa Sở NN&MT, 2-row header
_KH_ROWS = (
    ("Nội dung nhiệm vụ", "Đơn vị thực hiện", "", "Thời hạn hoàn thành", "Kinh phí"),
    ("", "Chủ trì", "Phối hợp", "", ""),
    ("A. Phổ biến văn bản pháp luật mới", "", "", "", ""),
    ("1. Quán triệt Luật Đất đai năm 2024 và các nghị định hướng dẫn cho công chức địa chính cấp xã",
     "Chi cục Quản lý đất đai", "Văn phòng Đăng ký đất đai tỉnh; UBND các xã, phường, đặc khu",
     "Quý I - Quý II/2026", "Ngân sách Sở"),
    ("2. Phổ biến Luật Thủy sản, quy định chống khai thác hải sản bất hợp pháp, không báo cáo và không theo "
     "quy định (IUU) tại các cảng cá", "Chi cục Thủy sản và Biển, đảo", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh, "
     "Ban Quản lý cảng cá Khánh Hòa", "Tháng 3 - tháng 9/2026", "Kinh phí IUU"),
    ("3. Phổ biến pháp luật về bảo vệ môi trường, quản lý chất thải rắn sinh hoạt",
     "Chi cục Bảo vệ môi "
     "trường", "Sở Xây dựng, Sở Y tế và UBND các phường ven biển", "Năm 2026", "Ngân sách Sở"),
    ("B. Các hoạt động hỗ trợ", "", "", "", ""),
    ("4. Tập huấn pháp luật về trồng trọt, bảo vệ và kiểm dịch thực vật cho hợp tác xã nông nghiệp",
     "Chi cục Trồng trọt và Bảo vệ thực vật", "Liên minh Hợp tác xã tỉnh", "Tháng 6/2026", "Xã hội hóa"),
    ("5. Cập nhật văn bản pháp luật chuyên ngành lên Cổng thông tin điện tử của Sở",
     "Văn phòng Sở", "Các phòng, chi cục, đơn vị sự nghiệp thuộc Sở", "Thường xuyên", "Không"),
    ("6. Phối hợp tổ chức Ngày Môi trường thế giới, Tháng hành động vì môi trường",
     "Chi cục Bảo vệ môi trường", "Tỉnh Đoàn Khánh Hòa; Hội Liên hiệp Phụ nữ tỉnh",
     "Từ 01/6 đến 30/6/2026", "Ngân sách Sở"),
    ("7. Sơ kết, đánh giá công tác phổ biến, giáo dục pháp luật của ngành",
     "Phòng Pháp chế - Thanh tra", "Văn phòng Sở", "Trước ngày 20/11/2026", "Không"),
)

PLAN_KH_SNNMT = Plan(
    name="khanhhoa_snnmt_2026",
    blocks=_head("UBND TỈNH KHÁNH HÒA", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "215/KH-SNNMT",
                 "Khánh Hòa, ngày 03 tháng 02 năm 2026",
                 "Phổ biến, giáo dục pháp luật ngành nông nghiệp và môi trường năm 2026")
    + [
        P("Căn cứ Quyết định số 1012/QĐ-UBND ngày 29/4/2025 của UBND tỉnh quy định chức năng, nhiệm vụ, "
          "quyền hạn và cơ cấu tổ chức của Sở Nông nghiệp và Môi trường;"),
        P("Căn cứ Kế hoạch số 41/KH-UBND ngày 15/01/2026 của UBND tỉnh Khánh Hòa về phổ biến, giáo dục pháp "
          "luật năm 2026; Kế hoạch số 88/KH-BNNMT ngày 06/01/2026 của Bộ Nông nghiệp và Môi trường;"),
        P("Sở Nông nghiệp và Môi trường xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Phổ biến kịp thời các văn bản pháp luật chuyên ngành mới đến công chức, viên chức, người lao "
          "động và Nhân dân, doanh nghiệp, ngư dân."),
        P("2. Các hoạt động phải cụ thể, có sản phẩm, gắn với nhiệm vụ chuyên môn của từng đơn vị."),
        P("II. NHIỆM VỤ", bold=True),
        P("Các nhiệm vụ cụ thể, đơn vị chủ trì, phối hợp và thời hạn hoàn thành như sau:"),
        T(_KH_ROWS, widths=(70, 35, 45, 28, 22)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Phòng Pháp chế - Thanh tra là đầu mối theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch."),
        P("2. Văn phòng Sở bố trí kinh phí theo dự toán được giao."),
        P("3. Các đơn vị báo cáo kết quả 6 tháng trước ngày 10/6/2026, báo cáo năm trước ngày 10/11/2026."),
    ]
    + _end(["UBND tỉnh (b/c);", "Sở Tư pháp;", "Giám đốc, các PGĐ Sở;", "Các phòng, chi cục, đơn vị;"],
           "GIÁM ĐỐC", "Võ Tấn Thái"),
    expected=[
        Exp("Quán triệt Luật Đất đai năm 2024", ("Chi cục Quản lý đất đai",),
            ("Văn phòng Đăng ký đất đai tỉnh", "UBND các xã, phường, đặc khu"), "2026-06-30"),
        Exp("Phổ biến Luật Thủy sản, quy định chống", ("Chi cục Thủy sản và Biển, đảo",),
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Ban Quản lý cảng cá Khánh Hòa"), "2026-09-30"),
        Exp("Phổ biến pháp luật về bảo vệ môi trường", ("Chi cục Bảo vệ môi trường",),
            ("Sở Xây dựng", "Sở Y tế", "UBND các phường ven biển"), "2026-12-31"),
        Exp("Tập huấn pháp luật về trồng trọt", ("Chi cục Trồng trọt và Bảo vệ thực vật",),
            ("Liên minh Hợp tác xã tỉnh",), "2026-06-30"),
        Exp("Cập nhật văn bản pháp luật chuyên ngành", ("Văn phòng Sở",),
            ("Các phòng, chi cục, đơn vị sự nghiệp thuộc Sở",), "2026-12-31"),
        Exp("Phối hợp tổ chức Ngày Môi trường thế giới", ("Chi cục Bảo vệ môi trường",),
            ("Tỉnh Đoàn Khánh Hòa", "Hội Liên hiệp Phụ nữ tỉnh"), "2026-06-30"),
        Exp("Sơ kết, đánh giá công tác phổ biến", ("Phòng Pháp chế - Thanh tra",), ("Văn phòng Sở",),
            "2026-11-20"),
    ],
)

# ---------------------------------------------------------------- 8. Huế city, several blocks per item
PLAN_HUE_MATUY = Plan(
    name="hue_tp_matuy_2026",
    blocks=_head("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HUẾ", "74/KH-UBND", "Huế, ngày 02 tháng 3 năm 2026",
                 "Tuyên truyền, phổ biến, giáo dục pháp luật về phòng, chống ma túy",
                 "trên địa bàn thành phố Huế năm 2026")
    + [
        P("Căn cứ Luật Phòng, chống ma túy số 73/2021/QH14 ngày 30/3/2021; Nghị định số 116/2021/NĐ-CP ngày "
          "21/12/2021 của Chính phủ;"),
        P("Căn cứ Chỉ thị số 36-CT/TW ngày 16/6/2019 của Bộ Chính trị; Quyết định số 1969/QĐ-TTg ngày "
          "15/11/2024 của Thủ tướng Chính phủ;"),
        P("UBND thành phố ban hành Kế hoạch tuyên truyền, phổ biến, giáo dục pháp luật về phòng, chống ma "
          "túy "
          "năm 2026 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Nâng cao nhận thức của các tầng lớp Nhân dân về tác hại của ma túy; huy động cả hệ thống chính "
          "trị tham gia phòng, chống ma túy."),
        P("2. Tập trung địa bàn trọng điểm, đối tượng có nguy cơ cao; bảo đảm thường xuyên, liên tục."),
        P("II. NỘI DUNG VÀ PHÂN CÔNG NHIỆM VỤ", bold=True),
        P("1. Tuyên truyền trên các phương tiện thông tin đại chúng", bold=True),
        P("- Báo và Phát thanh, Truyền hình thành phố Huế chủ trì mở chuyên trang, chuyên mục về phòng, "
          "chống ma túy, phối hợp với Công an thành phố cung cấp thông tin; thời gian: hằng tháng."),
        P("- Sở Văn hóa và Thể thao chủ trì chỉ đạo hệ thống thông tin cơ sở, loa truyền thanh xã, phường "
          "đẩy "
          "mạnh tuyên truyền trong Tháng hành động phòng, chống ma túy (tháng 6/2026)."),
        P("2. Tuyên truyền trong nhà trường và thanh, thiếu niên", bold=True),
        P("- Sở Giáo dục và Đào tạo chủ trì, phối hợp với Công an thành phố, Thành Đoàn Huế tổ chức ngoại "
          "khóa "
          "“Nói không với ma túy” tại các trường trung học phổ thông, trung tâm giáo dục nghề nghiệp - giáo "
          "dục thường xuyên; thời gian: Quý I và Quý IV/2026."),
        P("- Thành Đoàn Huế chủ trì tổ chức diễn đàn thanh niên với phòng, chống ma túy, thuốc lá điện tử; "
          "thời gian: tháng 7/2026."),
        P("3. Tuyên truyền tại địa bàn trọng điểm, người sử dụng trái phép chất ma túy", bold=True),
        P("Công an thành phố chủ trì, phối hợp với Sở Y tế; Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và "
          "UBND các xã, phường có địa bàn trọng điểm tổ chức tuyên truyền, tư vấn pháp luật; thời gian: Quý "
          "II - Quý IV/2026."),
        P("4. Phổ biến văn bản mới về cai nghiện ma túy", bold=True),
        P("Sở Y tế chủ trì, phối hợp với Sở Tư pháp biên soạn tài liệu phổ biến, tập huấn cho cán bộ làm "
          "công tác cai nghiện cấp xã; thời gian: sau khi văn bản hướng dẫn Luật sửa đổi, bổ sung một số "
          "điều "
          "của Luật Phòng, chống ma túy được ban hành."),
        P("5. Kiểm tra, sơ kết, tổng kết", bold=True),
        P("Công an thành phố (Thường trực Ban Chỉ đạo) chủ trì kiểm tra việc thực hiện Kế hoạch tại các cơ "
          "quan, địa phương; tham mưu sơ kết 6 tháng trước ngày 15/6/2026 và tổng kết trước ngày "
          "15/12/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Các sở, ban, ngành, UBND các xã, phường căn cứ nhiệm vụ được giao xây dựng kế hoạch cụ thể."),
        P("2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các tổ chức chính trị - xã hội chỉ đạo "
          "hệ "
          "thống cơ sở tham gia tuyên truyền."),
        P("3. Báo cáo kết quả gửi Công an thành phố trước ngày 05/12/2026 để tổng hợp."),
    ]
    + _end(["Bộ Công an (b/c);", "TT Thành ủy, TT HĐND thành phố;", "CT, các PCT UBND thành phố;",
            "Các sở, ban, "
            "ngành;", "UBND các xã, phường;"], "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Thanh Bình"),
    expected=[
        Exp("Báo và Phát thanh, Truyền hình thành phố Huế chủ trì mở",
            ("Báo và Phát thanh, Truyền hình thành phố Huế",), ("Công an thành phố",), "2026-12-31"),
        Exp("Sở Văn hóa và Thể thao chủ trì chỉ đạo", ("Sở Văn hóa và Thể thao",), (), "2026-06-30"),
        Exp("Sở Giáo dục và Đào tạo chủ trì", ("Sở Giáo dục và Đào tạo",),
            ("Công an thành phố", "Thành Đoàn Huế"), "2026-12-31"),
        Exp("Thành Đoàn Huế chủ trì tổ chức diễn đàn", ("Thành Đoàn Huế",), (), "2026-07-31"),
        Exp("Tuyên truyền tại địa bàn trọng điểm", ("Công an thành phố",),
            ("Sở Y tế", "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố",
             "UBND các xã, phường có địa bàn trọng điểm"), "2026-12-31"),
        Exp("Phổ biến văn bản mới về cai "
            "nghiện", ("Sở Y tế",), ("Sở Tư pháp",), "2026-12-31", on_request=True),
        Exp("Kiểm tra, sơ kết, tổng kết", ("Công an thành phố",), (), "2026-12-15"),
    ],
)

# -------------------------------------------------- 9. Gia Lai Sở DT&TG, "Nhiệm vụ N:" inline labels
PLAN_GL_DTTG = Plan(
    name="gialai_sdttg_2026",
    blocks=_head("UBND TỈNH GIA "
                 "LAI", "SỞ DÂN TỘC VÀ TÔN GIÁO", "36/KH-SDTTG", "Gia Lai, ngày 09 tháng 02 năm 2026",
                 "Phổ biến, giáo dục pháp luật và tuyên truyền, vận động đồng bào vùng dân tộc thiểu số",
                 "và miền núi năm 2026")
    + [
        P("Căn cứ Quyết định số 1898/QĐ-TTg ngày 28/11/2017 của Thủ tướng Chính phủ phê duyệt Đề án hỗ trợ "
          "hoạt động bình đẳng giới vùng dân tộc thiểu số; Quyết định số 1719/QĐ-TTg ngày 14/10/2021;"),
        P("Căn cứ Kế hoạch số 27/KH-UBND ngày 16/01/2026 của UBND tỉnh Gia Lai;"),
        P("Sở Dân tộc và Tôn giáo xây dựng Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Đổi mới hình thức phổ biến pháp luật phù hợp phong tục, tập quán, ngôn ngữ của đồng bào Jrai, "
          "Bahnar, Hrê, Chăm; phát huy vai trò người có uy tín."),
        P("II. NHIỆM VỤ", bold=True),
        P("Nhiệm vụ 1: Biên soạn tài liệu song ngữ Việt - Jrai, Việt - Bahnar về pháp luật đất đai, hôn nhân "
          "và gia đình", bold=True),
        P("Cơ quan thực hiện: Phòng Chính sách dân tộc. Cơ quan phối hợp: Trường Cao đẳng Gia Lai, Báo và "
          "Phát thanh, Truyền hình Gia Lai. Thời hạn: Quý II/2026."),
        P("Nhiệm vụ 2: Bồi dưỡng kiến thức pháp luật cho người có uy tín trong đồng bào dân tộc thiểu số",
          bold=True),
        P("Cơ quan thực hiện: Phòng Chính sách dân tộc. Cơ quan phối hợp: Sở Tư pháp; Công an tỉnh; UBND các "
          "xã có người có uy tín. Thời hạn: tháng 5 - tháng 8/2026."),
        P("Nhiệm vụ 3: Phổ biến pháp luật về tín ngưỡng, tôn giáo cho chức sắc, chức việc", bold=True),
        P("Cơ quan thực hiện: Phòng Quản lý tôn giáo. Cơ quan phối hợp: Ban Tôn giáo - Dân tộc Ủy ban Mặt "
          "trận Tổ quốc Việt Nam tỉnh. Thời hạn: Quý III/2026."),
        P("Nhiệm vụ 4: Tuyên truyền phòng, chống tảo hôn và hôn nhân cận huyết thống", bold=True),
        P("Đề nghị Hội Liên hiệp Phụ nữ tỉnh chủ trì, phối hợp với Phòng Chính sách dân tộc triển khai tại "
          "các xã có tỷ lệ tảo hôn cao. Thời hạn: Năm 2026."),
        P("Nhiệm vụ 5: Trợ giúp pháp lý cho người dân tộc thiểu số cư trú ở xã đặc biệt khó khăn", bold=True),
        P("Đề nghị Trung tâm Trợ giúp pháp lý nhà nước tỉnh chủ trì thực hiện; Phòng Chính sách dân tộc phối "
          "hợp cung cấp danh sách. Thời hạn: theo đề nghị của UBND các xã."),
        P("Nhiệm vụ 6: Tổng hợp, báo cáo kết quả thực hiện Kế hoạch", bold=True),
        P("Cơ quan thực hiện: Văn phòng Sở. Thời hạn: Trước ngày 25/11/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Các phòng, đơn vị thuộc Sở căn cứ nhiệm vụ được phân công chủ động triển khai, báo cáo kết quả "
          "về Văn phòng Sở trước ngày 20/11/2026."),
        P("2. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, kịp thời báo cáo Giám đốc Sở xem xét."),
    ]
    + _end(["UBND tỉnh (b/c);", "Sở Tư pháp;", "Giám đốc, các PGĐ Sở;", "Các phòng, đơn vị thuộc Sở;"],
           "GIÁM ĐỐC", "Ksor Hiên"),
    expected=[
        Exp("Biên soạn tài liệu song ngữ Việt - Jrai", ("Phòng Chính sách dân tộc",),
            ("Trường Cao đẳng Gia Lai", "Báo và Phát thanh, Truyền hình Gia Lai"), "2026-06-30"),
        Exp("Bồi dưỡng kiến thức pháp luật cho người có uy tín", ("Phòng Chính sách dân tộc",),
            ("Sở Tư pháp", "Công an tỉnh", "UBND các xã có người có uy tín"), "2026-08-31"),
        Exp("Phổ biến pháp luật về tín ngưỡng, tôn giáo", ("Phòng Quản lý tôn giáo",),
            ("Ban Tôn giáo - Dân tộc Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",), "2026-09-30"),
        Exp("Tuyên truyền phòng, chống tảo hôn", ("Hội Liên hiệp Phụ nữ tỉnh",),
            ("Phòng Chính sách dân tộc",), "2026-12-31"),
        Exp("Trợ giúp pháp lý cho người dân tộc thiểu số", ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh",),
            ("Phòng Chính sách dân tộc",), "2026-12-31", on_request=True),
        Exp("Tổng hợp, báo cáo kết quả thực hiện Kế hoạch", ("Văn phòng Sở",), (), "2026-11-25"),
    ],
)

# -------------------------------------------------- 10. Buôn Ma Thuột ward, table TT|Nhiệm vụ|Thời gian
_BMT_ROWS = (
    ("TT", "Nhiệm vụ", "Thời gian", "Chủ trì", "Phối hợp"),
    ("1", "Tuyên truyền pháp luật về trật tự, an toàn giao thông, trật tự đô thị",
     "Quý I - Quý IV/2026", "Công an phường", "Phòng Kinh tế, Hạ tầng và Đô thị; các tổ dân phố, buôn"),
    ("2", "Phổ biến pháp luật về đất đai, giải quyết tranh chấp đất đai tại các buôn đồng bào Êđê",
     "Quý II/2026", "Phòng Kinh tế, Hạ tầng và Đô thị",
     "Công chức Tư pháp - Hộ tịch, Trưởng các buôn và già làng"),
    ("3", "Tổ chức hội nghị phổ biến pháp luật về lao động, bảo hiểm xã hội cho người lao động tự do",
     "Tháng 7, 8/2026", "Phòng Văn hóa - Xã hội", "Bảo hiểm xã hội cơ sở Buôn Ma Thuột; Liên đoàn Lao động "
     "phường"),
    ("4", "Hòa giải ở cơ sở", "", "", ""),
    ("4.1", "Kiện toàn tổ hòa giải và bổ sung hòa giải viên là người Êđê", "Quý I/2026",
     "Ủy ban Mặt trận Tổ quốc Việt Nam phường", "Công chức Tư pháp - Hộ tịch"),
    ("4.2", "Thi hòa giải viên giỏi cấp phường", "Tháng 9/2026", "Công chức Tư pháp - Hộ tịch",
     "Ủy ban Mặt trận Tổ quốc Việt Nam phường, Hội Nông dân phường, Hội Cựu chiến binh phường"),
    ("5", "Xây dựng mô hình “Buôn không có tội phạm và tệ nạn xã hội”", "Từ tháng 3 đến tháng 10/2026",
     "Công an phường", "Đoàn Thanh niên phường và Hội Liên hiệp Phụ nữ phường"),
    ("6", "Đánh giá chuẩn tiếp cận pháp luật năm 2026", "Tháng 11/2026", "Hội đồng đánh giá chuẩn tiếp cận "
     "pháp luật phường", "Các bộ phận chuyên môn thuộc UBND phường"),
)

PLAN_DL_PHUONG = Plan(
    name="daklak_phuong_bmt_2026",
    blocks=_head("ỦY BAN NHÂN DÂN", "PHƯỜNG BUÔN MA THUỘT", "21/KH-UBND",
                 "Buôn Ma Thuột, ngày 06 tháng 02 năm 2026",
                 "Phổ biến, giáo dục pháp luật, hòa giải ở cơ sở năm 2026")
    + [
        P("Căn cứ Luật Hòa giải ở cơ sở ngày 20 tháng 6 năm 2013;"),
        P("Căn cứ Kế hoạch số 35/KH-UBND ngày 19/01/2026 của UBND tỉnh Đắk Lắk về công tác phổ biến, giáo "
          "dục "
          "pháp luật năm 2026;"),
        P("Ủy ban nhân dân phường Buôn Ma Thuột ban hành Kế hoạch như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Đưa pháp luật đến gần người dân các tổ dân phố, buôn; phòng ngừa vi phạm pháp luật, tranh chấp "
          "tại cơ sở."),
        P("- Phân công rõ trách nhiệm, thời gian; bảo đảm hiệu quả, tiết kiệm."),
        P("II. NHIỆM VỤ, PHÂN CÔNG THỰC HIỆN", bold=True),
        T(_BMT_ROWS, widths=(10, 70, 28, 35, 45)),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Công chức Tư pháp - Hộ tịch theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp báo cáo UBND phường "
          "trước "
          "ngày 30/11/2026. Các cơ quan, đơn vị báo cáo kết quả trước ngày 20/11/2026."),
    ]
    + _end(["UBND tỉnh Đắk Lắk (b/c);", "Sở Tư pháp (b/c);", "TT Đảng ủy, TT HĐND phường;",
            "Các ban, ngành, đoàn thể phường;", "Các tổ dân phố, buôn;"], "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
           "Y Ngông Niê"),
    expected=[
        Exp("Tuyên truyền pháp luật về trật tự, an toàn giao thông", ("Công an phường",),
            ("Phòng Kinh tế, Hạ tầng và Đô thị", "các tổ dân phố, buôn"), "2026-12-31"),
        Exp("Phổ biến pháp luật về đất đai, giải quyết", ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Công chức Tư pháp - Hộ tịch", "Trưởng các buôn", "già làng"), "2026-06-30"),
        Exp("Tổ chức hội nghị phổ biến pháp luật về lao động", ("Phòng Văn hóa - Xã hội",),
            ("Bảo hiểm xã hội cơ sở Buôn Ma Thuột", "Liên đoàn Lao động phường"), "2026-08-31"),
        Exp("Kiện toàn tổ hòa giải và bổ sung", ("Ủy ban Mặt trận Tổ quốc Việt Nam phường",),
            ("Công chức Tư pháp - Hộ tịch",), "2026-03-31"),
        Exp("Thi hòa giải viên giỏi cấp phường", ("Công chức Tư pháp - Hộ tịch",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam phường", "Hội Nông dân phường", "Hội Cựu chiến binh phường"),
            "2026-09-30"),
        Exp("Xây dựng mô hình “Buôn không có tội phạm", ("Công an phường",),
            ("Đoàn Thanh niên phường", "Hội Liên hiệp Phụ nữ phường"), "2026-10-31"),
        Exp("Đánh giá chuẩn tiếp cận pháp luật năm "
            "2026", ("Hội đồng đánh giá chuẩn tiếp cận pháp luật phường",),
            ("Các bộ phận chuyên môn thuộc UBND phường",), "2026-11-30"),
    ],
)

PLANS: list[Plan] = [PLAN_GL_TINH, PLAN_DN_STP, PLAN_HUE_PHUONG, PLAN_QNG_NGAYPL, PLAN_DL_SGD, PLAN_LD_XA,
                     PLAN_KH_SNNMT, PLAN_HUE_MATUY, PLAN_GL_DTTG, PLAN_DL_PHUONG]
