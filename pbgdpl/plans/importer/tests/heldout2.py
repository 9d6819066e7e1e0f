"""Held-out plans, set 2: six plans written without reading the extractor or the other fixtures.

Each plan is a list of blocks (paragraphs and tables) rendered to DOCX (python-docx) and to PDF
(fpdf2, DejaVu Sans, tables drawn as grids with top-aligned cells), with its expected tasks typed by
hand: a title prefix, lead and coordinating units as written, the deadline by issue 4's rules and
whether the timeframe waits on an outside event.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import cast

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_ITALIC = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


@dataclass(frozen=True)
class P:
    """A paragraph: ``style`` is "" (body), "b" (bold heading), "c" (centred bold), "i" (centred italic)."""

    text: str
    style: str = ""


@dataclass(frozen=True)
class Table:
    header: list[str]
    rows: list[list[str]]
    widths: list[float]  # millimetres, sum ≈ 180


@dataclass(frozen=True)
class Task:
    title: str  # a prefix of the expected task title
    lead: list[str]
    coordinating: list[str]
    deadline: str
    on_request: bool = False


@dataclass
class Plan:
    name: str
    slug: str
    year: int
    blocks: list[P | Table]
    tasks: list[Task] = field(default_factory=list)


def _letterhead(parent: str, agency: str, number: str, place_date: str) -> list[P | Table]:
    return [
        P(parent, "c"),
        P(agency, "c"),
        P(f"Số: {number}", "i"),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "c"),
        P("Độc lập - Tự do - Hạnh phúc", "c"),
        P(place_date, "i"),
    ]


# --------------------------------------------------------------------------------------------
# 1. Sở Tài nguyên và Môi trường Quảng Ngãi, yearly plan 2025: "- Cơ quan chủ trì:" label lines.
# --------------------------------------------------------------------------------------------
STNMT = Plan(
    name="Sở TN&MT Quảng Ngãi 2025 (label lines)",
    slug="stnmt_quang_ngai",
    year=2025,
    blocks=[
        *_letterhead(
            "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI",
            "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG",
            "18/KH-STNMT",
            "Quảng Ngãi, ngày 20 tháng 01 năm 2025",
        ),
        P("KẾ HOẠCH", "c"),
        P("Phổ biến, giáo dục pháp luật năm 2025 của Sở Tài nguyên và Môi trường", "c"),
        P(
            "Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20/6/2012; căn cứ Kế hoạch số 05/KH-UBND ngày "
            "10/01/2025 của UBND tỉnh Quảng Ngãi về công tác phổ biến, giáo dục pháp luật; hòa giải ở cơ sở; "
            "xây dựng cấp xã đạt chuẩn tiếp cận pháp luật năm 2025, Sở Tài nguyên và Môi trường ban hành Kế "
            "hoạch phổ biến, giáo dục pháp luật năm 2025 như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", "b"),
        P("1. Mục đích", "b"),
        P(
            "- Đưa pháp luật về đất đai, tài nguyên nước, khoáng sản và bảo vệ môi trường đến với cán bộ, "
            "công chức, viên chức, người lao động của Sở và người dân, doanh nghiệp trên địa bàn tỉnh."
        ),
        P(
            "- Góp phần nâng cao ý thức chấp hành pháp luật, hạn chế vi phạm trong lĩnh vực tài nguyên và môi trường."
        ),
        P("2. Yêu cầu", "b"),
        P(
            "- Nội dung phổ biến thiết thực, có trọng tâm, gắn với nhiệm vụ chuyên môn của ngành; hình thức "
            "phù hợp với từng nhóm đối tượng; tiết kiệm, tránh hình thức."
        ),
        P("II. NỘI DUNG VÀ HÌNH THỨC PHỔ BIẾN", "b"),
        P("1. Phổ biến Luật Đất đai năm 2024 và các văn bản quy định chi tiết thi hành", "b"),
        P(
            "Tổ chức hội nghị phổ biến cho cán bộ, công chức ngành tài nguyên và môi trường cấp tỉnh, cấp "
            "huyện và công chức địa chính cấp xã; phát hành tài liệu hỏi - đáp về những điểm mới của Luật."
        ),
        P("- Cơ quan chủ trì: Văn phòng Đăng ký đất đai"),
        P("- Cơ quan phối hợp: Phòng Đất đai; Phòng Tài nguyên và Môi trường các huyện, thị xã, thành phố"),
        P("- Thời gian: Quý I/2025"),
        P(
            "2. Tuyên truyền Luật Tài nguyên nước năm 2023 và Luật Bảo vệ môi trường năm 2020 trên Trang thông "
            "tin điện tử của Sở",
            "b",
        ),
        P("- Cơ quan chủ trì: Văn phòng Sở"),
        P("- Cơ quan phối hợp: Chi cục Bảo vệ môi trường, Phòng Tài nguyên nước - Khoáng sản"),
        P("- Thời gian: Thường xuyên"),
        P("3. Biên soạn, phát hành tờ gấp pháp luật về bảo vệ môi trường trong sản xuất nông nghiệp", "b"),
        P("- Cơ quan chủ trì: Chi cục Bảo vệ môi trường"),
        P("- Cơ quan phối hợp: Trung tâm Quan trắc tài nguyên và môi trường, Hội Nông dân tỉnh"),
        P("- Thời gian: Quý II, III/2025"),
        P("4. Hưởng ứng Ngày Môi trường thế giới (05/6) và Tuần lễ Biển và Hải đảo Việt Nam", "b"),
        P(
            "Tổ chức mít tinh, ra quân làm sạch bờ biển tại các huyện ven biển; lồng ghép phổ biến Luật Tài "
            "nguyên, môi trường biển và hải đảo cho ngư dân."
        ),
        P("- Cơ quan chủ trì: Chi cục Biển và Hải đảo"),
        P("- Cơ quan phối hợp: Đoàn Thanh niên Sở; UBND huyện Bình Sơn, UBND huyện Đức Phổ"),
        P("- Thời gian: Từ ngày 25/5/2025 đến ngày 10/6/2025"),
        P("5. Phổ biến pháp luật về khoáng sản cho các doanh nghiệp được cấp phép khai thác khoáng sản", "b"),
        P("- Cơ quan chủ trì: Phòng Tài nguyên nước - Khoáng sản"),
        P("- Cơ quan phối hợp: Thanh tra Sở; Sở Công Thương"),
        P("- Thời gian: Khi có văn bản chỉ đạo của UBND tỉnh"),
        P("6. Lồng ghép phổ biến pháp luật trong hoạt động thanh tra, kiểm tra và tiếp công dân", "b"),
        P("- Cơ quan chủ trì: Thanh tra Sở"),
        P("- Cơ quan phối hợp: Các phòng, đơn vị thuộc Sở"),
        P("- Thời gian: Cả năm"),
        P("7. Tổ chức cuộc thi trực tuyến tìm hiểu pháp luật đất đai cho công chức, viên chức của Sở", "b"),
        P("- Cơ quan chủ trì: Công đoàn cơ sở Sở Tài nguyên và Môi trường"),
        P("- Cơ quan phối hợp: Văn phòng Sở, Đoàn Thanh niên Sở"),
        P("- Thời gian: Từ tháng 9 đến tháng 11/2025"),
        P("8. Duy trì tủ sách pháp luật và cập nhật văn bản mới của ngành", "b"),
        P("- Cơ quan chủ trì: Văn phòng Sở"),
        P("- Thời gian: Năm 2025"),
        P("III. TỔ CHỨC THỰC HIỆN", "b"),
        P(
            "1. Văn phòng Sở là đầu mối theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp kết quả, báo cáo "
            "Sở Tư pháp trước ngày 25/11/2025."
        ),
        P(
            "2. Thủ trưởng các phòng, đơn vị thuộc Sở căn cứ Kế hoạch này chủ động triển khai; trong quá trình "
            "thực hiện có vướng mắc, phản ánh về Văn phòng Sở để tổng hợp, báo cáo Giám đốc Sở."
        ),
        P("Nơi nhận:", "b"),
        P("- Sở Tư pháp; - Giám đốc, các PGĐ Sở; - Lưu: VT, VP."),
        P("KT. GIÁM ĐỐC", "c"),
        P("PHÓ GIÁM ĐỐC", "c"),
        P("Nguyễn Văn Thạnh", "c"),
    ],
    tasks=[
        Task(
            "Phổ biến Luật Đất đai năm 2024",
            ["Văn phòng Đăng ký đất đai"],
            ["Phòng Đất đai", "Phòng Tài nguyên và Môi trường các huyện, thị xã, thành phố"],
            "2025-03-31",
        ),
        Task(
            "Tuyên truyền Luật Tài nguyên nước năm 2023",
            ["Văn phòng Sở"],
            ["Chi cục Bảo vệ môi trường", "Phòng Tài nguyên nước - Khoáng sản"],
            "2025-12-31",
        ),
        Task(
            "Biên soạn, phát hành tờ gấp pháp luật",
            ["Chi cục Bảo vệ môi trường"],
            ["Trung tâm Quan trắc tài nguyên và môi trường", "Hội Nông dân tỉnh"],
            "2025-09-30",
        ),
        Task(
            "Hưởng ứng Ngày Môi trường thế giới",
            ["Chi cục Biển và Hải đảo"],
            ["Đoàn Thanh niên Sở", "UBND huyện Bình Sơn", "UBND huyện Đức Phổ"],
            "2025-06-10",
        ),
        Task(
            "Phổ biến pháp luật về khoáng sản",
            ["Phòng Tài nguyên nước - Khoáng sản"],
            ["Thanh tra Sở", "Sở Công Thương"],
            "2025-12-31",
            on_request=True,
        ),
        Task(
            "Lồng ghép phổ biến pháp luật trong hoạt động thanh tra",
            ["Thanh tra Sở"],
            ["Các phòng, đơn vị thuộc Sở"],
            "2025-12-31",
        ),
        Task(
            "Tổ chức cuộc thi trực tuyến tìm hiểu pháp luật đất đai",
            ["Công đoàn cơ sở Sở Tài nguyên và Môi trường"],
            ["Văn phòng Sở", "Đoàn Thanh niên Sở"],
            "2025-11-30",
        ),
        Task("Duy trì tủ sách pháp luật", ["Văn phòng Sở"], [], "2025-12-31"),
    ],
)

# --------------------------------------------------------------------------------------------
# 2. Bộ Chỉ huy Quân sự tỉnh Hà Giang, Law Day 2024: a Word table "STT | Nội dung hoạt động | …".
# --------------------------------------------------------------------------------------------
BCHQS = Plan(
    name="Bộ CHQS tỉnh Hà Giang, Ngày Pháp luật 2024 (table)",
    slug="bchqs_ha_giang",
    year=2024,
    blocks=[
        *_letterhead(
            "QUÂN KHU 2",
            "BỘ CHỈ HUY QUÂN SỰ TỈNH HÀ GIANG",
            "215/KH-BCH",
            "Hà Giang, ngày 02 tháng 10 năm 2024",
        ),
        P("KẾ HOẠCH", "c"),
        P(
            "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2024",
            "c",
        ),
        P(
            "Thực hiện Hướng dẫn số 1120/HD-CT ngày 12/9/2024 của Cục Chính trị Quân khu 2 và Kế hoạch số "
            "312/KH-UBND ngày 20/9/2024 của UBND tỉnh Hà Giang về tổ chức Ngày Pháp luật năm 2024, Bộ Chỉ huy "
            "Quân sự tỉnh xây dựng Kế hoạch như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", "b"),
        P(
            "1. Tiếp tục quán triệt, tuyên truyền sâu rộng ý nghĩa, tầm quan trọng của Ngày Pháp luật; nâng "
            "cao ý thức tôn trọng và chấp hành pháp luật, kỷ luật của cán bộ, chiến sĩ, dân quân tự vệ và lực "
            "lượng dự bị động viên."
        ),
        P(
            "2. Hoạt động hưởng ứng phải thiết thực, gắn với nhiệm vụ chính trị của đơn vị, bảo đảm an toàn, "
            "tiết kiệm."
        ),
        P("II. NỘI DUNG, HÌNH THỨC VÀ PHÂN CÔNG THỰC HIỆN", "b"),
        P("Các hoạt động cụ thể được phân công theo bảng sau:"),
        Table(
            header=[
                "STT",
                "Nội dung hoạt động",
                "Cơ quan, đơn vị chủ trì",
                "Cơ quan, đơn vị phối hợp",
                "Thời gian",
                "Ghi chú",
            ],
            rows=[
                [
                    "1",
                    "Xây dựng, ban hành Kế hoạch hưởng ứng Ngày Pháp luật năm 2024 của Bộ Chỉ huy",
                    "Phòng Chính trị",
                    "Phòng Tham mưu",
                    "Trước ngày 15/10/2024",
                    "Kế hoạch",
                ],
                [
                    "2",
                    "Treo băng rôn, khẩu hiệu tuyên truyền tại doanh trại các cơ quan, đơn vị",
                    "Ban Tuyên huấn",
                    "Ban Chỉ huy Quân sự các huyện, thành phố; Trung đoàn 866",
                    "Từ 01/11 đến 15/11/2024",
                    "",
                ],
                [
                    "3",
                    "Hội nghị phổ biến Luật Nghĩa vụ quân sự, Luật Dân quân tự vệ cho cán bộ chủ chốt cấp xã",
                    "Ban Dân quân tự vệ",
                    "Ban Chỉ huy Quân sự các huyện, thành phố",
                    "Quý IV/2024",
                    "Lồng ghép tập huấn",
                ],
                [
                    "4",
                    "Tổ chức cuộc thi “Tìm hiểu pháp luật trong Quân đội” cho quân nhân",
                    "Phòng Chính trị",
                    "Đoàn Thanh niên; Hội đồng Phổ biến, giáo dục pháp luật Bộ Chỉ huy",
                    "Tháng 10 - tháng 11/2024",
                    "",
                ],
                [
                    "5",
                    "Sinh hoạt chuyên đề “Ngày Pháp luật” tại các cơ quan, đơn vị",
                    "Các cơ quan, đơn vị thuộc Bộ Chỉ huy",
                    "",
                    "Ngày 08/11/2024",
                    "",
                ],
                [
                    "6",
                    "Phối hợp tuyên truyền pháp luật về quốc phòng, an ninh trên Báo Hà Giang, Đài Phát thanh "
                    "và Truyền hình tỉnh",
                    "Ban Tuyên huấn",
                    "Báo Hà Giang, Đài Phát thanh và Truyền hình tỉnh",
                    "Tháng 11/2024",
                    "",
                ],
                [
                    "7",
                    "Tuyên truyền pháp luật cho dân quân, quân nhân dự bị trong huấn luyện",
                    "Ban Chỉ huy Quân sự các huyện, thành phố",
                    "Ban Chỉ huy Quân sự các xã, phường, thị trấn",
                    "Cả năm",
                    "",
                ],
                [
                    "8",
                    "Tọa đàm về trợ giúp pháp lý cho quân nhân và gia đình quân nhân",
                    "Phòng Chính trị",
                    "Trung tâm Trợ giúp pháp lý nhà nước tỉnh",
                    "Khi có hướng dẫn của Cục Chính trị Quân khu 2",
                    "",
                ],
                [
                    "9",
                    "Sơ kết, báo cáo kết quả hưởng ứng Ngày Pháp luật về Quân khu 2 và UBND tỉnh",
                    "Phòng Chính trị",
                    "Phòng Tham mưu, Phòng Hậu cần - Kỹ thuật",
                    "Trước ngày 20/11/2024",
                    "Báo cáo",
                ],
            ],
            widths=[10, 56, 30, 36, 28, 20],
        ),
        P("III. TỔ CHỨC THỰC HIỆN", "b"),
        P(
            "1. Phòng Chính trị chủ trì, hướng dẫn, kiểm tra các cơ quan, đơn vị thực hiện Kế hoạch; tổng hợp "
            "báo cáo Chỉ huy trưởng."
        ),
        P("2. Các cơ quan, đơn vị căn cứ Kế hoạch triển khai thực hiện nghiêm túc, hiệu quả."),
        P("CHỈ HUY TRƯỞNG", "c"),
        P("Đại tá Hoàng Văn Dũng", "c"),
    ],
    tasks=[
        Task("Xây dựng, ban hành Kế hoạch hưởng ứng", ["Phòng Chính trị"], ["Phòng Tham mưu"], "2024-10-15"),
        Task(
            "Treo băng rôn, khẩu hiệu",
            ["Ban Tuyên huấn"],
            ["Ban Chỉ huy Quân sự các huyện, thành phố", "Trung đoàn 866"],
            "2024-11-15",
        ),
        Task(
            "Hội nghị phổ biến Luật Nghĩa vụ quân sự",
            ["Ban Dân quân tự vệ"],
            ["Ban Chỉ huy Quân sự các huyện, thành phố"],
            "2024-12-31",
        ),
        Task(
            "Tổ chức cuộc thi",
            ["Phòng Chính trị"],
            ["Đoàn Thanh niên", "Hội đồng Phổ biến, giáo dục pháp luật Bộ Chỉ huy"],
            "2024-11-30",
        ),
        Task("Sinh hoạt chuyên đề", ["Các cơ quan, đơn vị thuộc Bộ Chỉ huy"], [], "2024-11-08"),
        Task(
            "Phối hợp tuyên truyền pháp luật về quốc phòng",
            ["Ban Tuyên huấn"],
            ["Báo Hà Giang", "Đài Phát thanh và Truyền hình tỉnh"],
            "2024-11-30",
        ),
        Task(
            "Tuyên truyền pháp luật cho dân quân",
            ["Ban Chỉ huy Quân sự các huyện, thành phố"],
            ["Ban Chỉ huy Quân sự các xã, phường, thị trấn"],
            "2024-12-31",
        ),
        Task(
            "Tọa đàm về trợ giúp pháp lý",
            ["Phòng Chính trị"],
            ["Trung tâm Trợ giúp pháp lý nhà nước tỉnh"],
            "2024-12-31",
            on_request=True,
        ),
        Task(
            "Sơ kết, báo cáo kết quả hưởng ứng",
            ["Phòng Chính trị"],
            ["Phòng Tham mưu", "Phòng Hậu cần - Kỹ thuật"],
            "2024-11-20",
        ),
    ],
)

# --------------------------------------------------------------------------------------------
# 3. UBND xã Tả Van (Lào Cai), Đề án 977 in 2025: "1.1." items, "Chủ trì: …; Phối hợp: …",
#    "(Thời gian thực hiện: …)".
# --------------------------------------------------------------------------------------------
TA_VAN = Plan(
    name="UBND xã Tả Van (Lào Cai), Đề án 977 2025 (1.1. + Chủ trì/Phối hợp)",
    slug="xa_ta_van",
    year=2025,
    blocks=[
        *_letterhead(
            "ỦY BAN NHÂN DÂN THỊ XÃ SA PA",
            "ỦY BAN NHÂN DÂN XÃ TẢ VAN",
            "09/KH-UBND",
            "Tả Van, ngày 14 tháng 02 năm 2025",
        ),
        P("KẾ HOẠCH", "c"),
        P(
            "Thực hiện Đề án “Tăng cường năng lực tiếp cận pháp luật của người dân” trên địa bàn xã Tả Van "
            "năm 2025",
            "c",
        ),
        P(
            "Căn cứ Quyết định số 977/QĐ-TTg ngày 11/8/2022 của Thủ tướng Chính phủ; Kế hoạch số 21/KH-UBND "
            "ngày 24/01/2025 của UBND thị xã Sa Pa, UBND xã Tả Van xây dựng Kế hoạch thực hiện như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", "b"),
        P(
            "Nâng cao hiểu biết pháp luật của đồng bào dân tộc Mông, Dao trên địa bàn xã; phát huy vai trò "
            "của người có uy tín, trưởng thôn trong tuyên truyền, hòa giải; hoàn thành các chỉ tiêu xã đạt "
            "chuẩn tiếp cận pháp luật."
        ),
        P("II. NHIỆM VỤ CỤ THỂ", "b"),
        P("1. Nâng cao nhận thức pháp luật của người dân", "b"),
        P("1.1. Tuyên truyền pháp luật bằng tiếng Mông, tiếng Dao trên hệ thống loa truyền thanh của xã"),
        P("Chủ trì: Công chức Văn hóa - Xã hội; Phối hợp: Công chức Tư pháp - Hộ tịch, Trưởng các thôn."),
        P("(Thời gian thực hiện: hằng tháng)"),
        P("1.2. Phổ biến pháp luật tại các buổi sinh hoạt thôn, bản và họp dân"),
        P(
            "Chủ trì: Công chức Tư pháp - Hộ tịch; Phối hợp: Ủy ban Mặt trận Tổ quốc Việt Nam xã, Hội Liên "
            "hiệp Phụ nữ xã, Đoàn Thanh niên xã."
        ),
        P("(Thời gian thực hiện: Quý II và Quý III/2025)"),
        P("2. Nâng cao chất lượng hòa giải ở cơ sở", "b"),
        P("2.1. Kiện toàn, củng cố các tổ hòa giải ở thôn, bản"),
        P("Chủ trì: Công chức Tư pháp - Hộ tịch; Phối hợp: Ban công tác Mặt trận các thôn."),
        P("(Thời gian thực hiện: trong tháng 3/2025)"),
        P("2.2. Đề nghị Phòng Tư pháp thị xã tập huấn kỹ năng hòa giải cho hòa giải viên"),
        P("Chủ trì: Công chức Tư pháp - Hộ tịch; Phối hợp: Phòng Tư pháp thị xã Sa Pa."),
        P("(Thời gian thực hiện: khi Phòng Tư pháp thị xã có kế hoạch tập huấn)"),
        P("3. Xây dựng xã đạt chuẩn tiếp cận pháp luật", "b"),
        P("3.1. Tự đánh giá, chấm điểm các chỉ tiêu tiếp cận pháp luật năm 2025"),
        P("Chủ trì: Công chức Tư pháp - Hộ tịch; Phối hợp: các công chức chuyên môn, Công an xã."),
        P("(Thời gian thực hiện: từ ngày 01/10/2025 đến ngày 31/10/2025)"),
        P("3.2. Cập nhật, niêm yết công khai thủ tục hành chính tại Bộ phận Một cửa"),
        P("Chủ trì: Công chức Văn phòng - Thống kê; Phối hợp: Công chức Tư pháp - Hộ tịch."),
        P("(Thời gian thực hiện: thường xuyên)"),
        P("4. Hưởng ứng Ngày Pháp luật Việt Nam (09/11)", "b"),
        P(
            "Chủ trì: Công chức Tư pháp - Hộ tịch; Phối hợp: Trường Tiểu học và Trung học cơ sở Tả Van, "
            "Đoàn Thanh niên xã."
        ),
        P("(Thời gian thực hiện: trong tháng 11/2025)"),
        P("III. TỔ CHỨC THỰC HIỆN", "b"),
        P(
            "Công chức Tư pháp - Hộ tịch giúp UBND xã theo dõi, đôn đốc thực hiện Kế hoạch; báo cáo kết quả "
            "về Phòng Tư pháp thị xã trước ngày 05/12/2025."
        ),
        P("TM. ỦY BAN NHÂN DÂN", "c"),
        P("CHỦ TỊCH", "c"),
        P("Giàng A Phử", "c"),
    ],
    tasks=[
        Task(
            "Tuyên truyền pháp luật bằng tiếng Mông",
            ["Công chức Văn hóa - Xã hội"],
            ["Công chức Tư pháp - Hộ tịch", "Trưởng các thôn"],
            "2025-12-31",
        ),
        Task(
            "Phổ biến pháp luật tại các buổi sinh hoạt thôn",
            ["Công chức Tư pháp - Hộ tịch"],
            ["Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Hội Liên hiệp Phụ nữ xã", "Đoàn Thanh niên xã"],
            "2025-09-30",
        ),
        Task(
            "Kiện toàn, củng cố các tổ hòa giải",
            ["Công chức Tư pháp - Hộ tịch"],
            ["Ban công tác Mặt trận các thôn"],
            "2025-03-31",
        ),
        Task(
            "Đề nghị Phòng Tư pháp thị xã tập huấn",
            ["Công chức Tư pháp - Hộ tịch"],
            ["Phòng Tư pháp thị xã Sa Pa"],
            "2025-12-31",
            on_request=True,
        ),
        Task(
            "Tự đánh giá, chấm điểm các chỉ tiêu",
            ["Công chức Tư pháp - Hộ tịch"],
            ["các công chức chuyên môn", "Công an xã"],
            "2025-10-31",
        ),
        Task(
            "Cập nhật, niêm yết công khai thủ tục hành chính",
            ["Công chức Văn phòng - Thống kê"],
            ["Công chức Tư pháp - Hộ tịch"],
            "2025-12-31",
        ),
        Task(
            "Hưởng ứng Ngày Pháp luật Việt Nam",
            ["Công chức Tư pháp - Hộ tịch"],
            ["Trường Tiểu học và Trung học cơ sở Tả Van", "Đoàn Thanh niên xã"],
            "2025-11-30",
        ),
    ],
)

# --------------------------------------------------------------------------------------------
# 4. Liên đoàn Lao động tỉnh Bình Dương 2024: groups 1./2., tasks a)/b), "* Đơn vị thực hiện: …".
# --------------------------------------------------------------------------------------------
LDLD = Plan(
    name="LĐLĐ tỉnh Bình Dương 2024 (a)/b) + '* Đơn vị thực hiện')",
    slug="ldld_binh_duong",
    year=2024,
    blocks=[
        *_letterhead(
            "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM",
            "LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH DƯƠNG",
            "36/KH-LĐLĐ",
            "Bình Dương, ngày 05 tháng 3 năm 2024",
        ),
        P("KẾ HOẠCH", "c"),
        P("Tuyên truyền, phổ biến, giáo dục pháp luật cho đoàn viên, người lao động năm 2024", "c"),
        P(
            "Thực hiện Chương trình số 12/CTr-TLĐ ngày 10/01/2024 của Tổng Liên đoàn Lao động Việt Nam và Kế "
            "hoạch số 402/KH-UBND ngày 25/01/2024 của UBND tỉnh Bình Dương, Ban Thường vụ Liên đoàn Lao động "
            "tỉnh xây dựng Kế hoạch như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", "b"),
        P(
            "- Giúp đoàn viên, người lao động hiểu và thực hiện đúng quyền, nghĩa vụ theo pháp luật lao động, "
            "công đoàn, bảo hiểm xã hội; góp phần xây dựng quan hệ lao động hài hòa, ổn định."
        ),
        P("- Gắn tuyên truyền với tư vấn, hỗ trợ pháp lý tại doanh nghiệp, khu nhà trọ công nhân."),
        P("II. NHIỆM VỤ VÀ GIẢI PHÁP", "b"),
        P("1. Tuyên truyền, phổ biến pháp luật", "b"),
        P(
            "a) Tuyên truyền Bộ luật Lao động năm 2019, Luật Công đoàn năm 2024 và Luật Bảo hiểm xã hội năm "
            "2024 cho đoàn viên tại các doanh nghiệp."
        ),
        P(
            "* Đơn vị thực hiện: Ban Chính sách - Pháp luật chủ trì, phối hợp với Ban Tuyên giáo và Công đoàn "
            "các khu công nghiệp."
        ),
        P("* Thời gian: Quý II/2024."),
        P("b) Phát hành Bản tin Công đoàn Bình Dương số chuyên đề pháp luật."),
        P("* Đơn vị thực hiện: Ban Tuyên giáo."),
        P("* Thời gian: Hằng quý."),
        P("2. Tư vấn pháp luật, hỗ trợ pháp lý cho người lao động", "b"),
        P("a) Duy trì hoạt động tư vấn pháp luật trực tiếp và qua đường dây nóng của Công đoàn."),
        P("* Đơn vị thực hiện: Văn phòng tư vấn pháp luật chủ trì; Ban Chính sách - Pháp luật phối hợp."),
        P("* Thời gian: Thường xuyên."),
        P("b) Tổ chức “Ngày hội pháp luật” tại các doanh nghiệp có đông công nhân."),
        P("* Đơn vị chủ trì: Liên đoàn Lao động các huyện, thị xã, thành phố."),
        P(
            "* Đơn vị phối hợp: Ban Chính sách - Pháp luật, Văn phòng tư vấn pháp luật; Sở Lao động - Thương "
            "binh và Xã hội."
        ),
        P("* Thời gian: Từ tháng 6 đến tháng 8/2024."),
        P("c) Hỗ trợ người lao động tham gia tố tụng tại Tòa án nhân dân các cấp."),
        P("* Đơn vị thực hiện: Văn phòng tư vấn pháp luật."),
        P("* Thời gian: Theo đề nghị của người lao động."),
        P("3. Kiểm tra, giám sát việc thực hiện pháp luật lao động", "b"),
        P("a) Giám sát việc thực hiện chế độ, chính sách đối với người lao động tại doanh nghiệp."),
        P("* Đơn vị chủ trì: Ban Chính sách - Pháp luật."),
        P("* Đơn vị phối hợp: Ủy ban Kiểm tra; Công đoàn các khu công nghiệp."),
        P("* Thời gian: Quý III/2024."),
        P("b) Tham gia Đoàn kiểm tra liên ngành về an toàn, vệ sinh lao động."),
        P("* Đơn vị thực hiện: Ban Chính sách - Pháp luật."),
        P("* Thời gian: Khi có quyết định thành lập Đoàn của UBND tỉnh."),
        P("4. Sơ kết, tổng kết việc thực hiện Kế hoạch", "b"),
        P("* Đơn vị thực hiện: Văn phòng chủ trì, phối hợp với các ban chuyên môn."),
        P("* Thời gian: Trước ngày 15/12/2024."),
        P("III. TỔ CHỨC THỰC HIỆN", "b"),
        P(
            "Các ban, đơn vị thuộc Liên đoàn Lao động tỉnh, Liên đoàn Lao động các huyện, thị xã, thành phố "
            "căn cứ Kế hoạch tổ chức thực hiện và báo cáo kết quả về Ban Chính sách - Pháp luật."
        ),
        P("TM. BAN THƯỜNG VỤ", "c"),
        P("CHỦ TỊCH", "c"),
        P("Trần Thị Hồng Nhung", "c"),
    ],
    tasks=[
        Task(
            "Tuyên truyền Bộ luật Lao động năm 2019",
            ["Ban Chính sách - Pháp luật"],
            ["Ban Tuyên giáo", "Công đoàn các khu công nghiệp"],
            "2024-06-30",
        ),
        Task("Phát hành Bản tin Công đoàn", ["Ban Tuyên giáo"], [], "2024-12-31"),
        Task(
            "Duy trì hoạt động tư vấn pháp luật",
            ["Văn phòng tư vấn pháp luật"],
            ["Ban Chính sách - Pháp luật"],
            "2024-12-31",
        ),
        Task(
            "Tổ chức “Ngày hội pháp luật”",
            ["Liên đoàn Lao động các huyện, thị xã, thành phố"],
            [
                "Ban Chính sách - Pháp luật",
                "Văn phòng tư vấn pháp luật",
                "Sở Lao động - Thương binh và Xã hội",
            ],
            "2024-08-31",
        ),
        Task(
            "Hỗ trợ người lao động tham gia tố tụng",
            ["Văn phòng tư vấn pháp luật"],
            [],
            "2024-12-31",
            on_request=True,
        ),
        Task(
            "Giám sát việc thực hiện chế độ",
            ["Ban Chính sách - Pháp luật"],
            ["Ủy ban Kiểm tra", "Công đoàn các khu công nghiệp"],
            "2024-09-30",
        ),
        Task(
            "Tham gia Đoàn kiểm tra liên ngành",
            ["Ban Chính sách - Pháp luật"],
            [],
            "2024-12-31",
            on_request=True,
        ),
        Task("Sơ kết, tổng kết việc thực hiện Kế hoạch", ["Văn phòng"], ["các ban chuyên môn"], "2024-12-15"),
    ],
)

# --------------------------------------------------------------------------------------------
# 5. Sở Tư pháp tỉnh Cà Mau 2026, legal aid and mediation: "Giao X chủ trì, phối hợp với Y …".
# --------------------------------------------------------------------------------------------
STP_CA_MAU = Plan(
    name="Sở Tư pháp Cà Mau 2026, trợ giúp pháp lý/hòa giải (Giao … chủ trì)",
    slug="stp_ca_mau",
    year=2026,
    blocks=[
        *_letterhead(
            "UBND TỈNH CÀ MAU",
            "SỞ TƯ PHÁP",
            "27/KH-STP",
            "Cà Mau, ngày 22 tháng 01 năm 2026",
        ),
        P("KẾ HOẠCH", "c"),
        P("Phổ biến pháp luật về trợ giúp pháp lý và hòa giải ở cơ sở năm 2026", "c"),
        P(
            "Căn cứ Luật Trợ giúp pháp lý năm 2017, Luật Hòa giải ở cơ sở năm 2013 và Kế hoạch số 14/KH-UBND "
            "ngày 08/01/2026 của UBND tỉnh Cà Mau, Sở Tư pháp ban hành Kế hoạch như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", "b"),
        P(
            "Bảo đảm người được trợ giúp pháp lý, nhất là người dân vùng ven biển, đồng bào Khmer biết và "
            "thực hiện được quyền được trợ giúp pháp lý; nâng cao chất lượng hòa giải ở cơ sở."
        ),
        P("II. NHIỆM VỤ", "b"),
        P("1. Truyền thông về trợ giúp pháp lý tại các xã ven biển, xã có đông đồng bào Khmer", "b"),
        P(
            "Giao Trung tâm Trợ giúp pháp lý nhà nước chủ trì, phối hợp với Hội Luật gia tỉnh, Đoàn Luật sư "
            "tỉnh và UBND các huyện, thành phố tổ chức thực hiện trong Quý II/2026."
        ),
        P(
            "2. Xây dựng chuyên mục “Pháp luật và đời sống” trên Đài Phát thanh - Truyền hình Cà Mau. Giao "
            "Phòng Phổ biến, giáo dục pháp luật chủ trì, phối hợp với Đài Phát thanh - Truyền hình Cà Mau "
            "thực hiện. Thời gian: hằng tháng."
        ),
        P("3. Tập huấn nghiệp vụ cho trợ giúp viên pháp lý và cộng tác viên", "b"),
        P(
            "Giao Trung tâm Trợ giúp pháp lý nhà nước chủ trì, phối hợp với Phòng Phổ biến, giáo dục pháp "
            "luật tổ chức thực hiện (Thời gian thực hiện: Quý III/2026)."
        ),
        P("4. Cập nhật, khai thác Cơ sở dữ liệu về hòa giải ở cơ sở", "b"),
        P(
            "Giao Phòng Phổ biến, giáo dục pháp luật chủ trì, phối hợp với Phòng Tư pháp các huyện, thành phố "
            "tổ chức thực hiện. Thời gian: Cả năm."
        ),
        P("5. Đánh giá, công nhận cấp xã đạt chuẩn tiếp cận pháp luật năm 2026", "b"),
        P(
            "Giao Phòng Phổ biến, giáo dục pháp luật chủ trì, phối hợp với Sở Nội vụ tham mưu Chủ tịch UBND "
            "tỉnh xem xét, công nhận. Thời gian: sau khi có kết quả tự đánh giá của UBND các xã, phường, thị "
            "trấn."
        ),
        P("6. Kiểm tra công tác trợ giúp pháp lý tại các Chi nhánh Trợ giúp pháp lý", "b"),
        P(
            "Giao Thanh tra Sở chủ trì, phối hợp với Trung tâm Trợ giúp pháp lý nhà nước thực hiện từ ngày "
            "01/8/2026 đến ngày 30/9/2026."
        ),
        P("7. Sơ kết 6 tháng, tổng kết năm", "b"),
        P("Giao Văn phòng Sở chủ trì tổng hợp, báo cáo Giám đốc Sở. Thời gian: tháng 6 và tháng 12/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", "b"),
        P(
            "Thủ trưởng các phòng, đơn vị thuộc Sở chịu trách nhiệm triển khai Kế hoạch; định kỳ báo cáo kết "
            "quả về Văn phòng Sở trước ngày 10/6/2026 (6 tháng) và trước ngày 10/12/2026 (năm)."
        ),
        P("GIÁM ĐỐC", "c"),
        P("Lâm Thành Sĩ", "c"),
    ],
    tasks=[
        Task(
            "Truyền thông về trợ giúp pháp lý",
            ["Trung tâm Trợ giúp pháp lý nhà nước"],
            ["Hội Luật gia tỉnh", "Đoàn Luật sư tỉnh", "UBND các huyện, thành phố"],
            "2026-06-30",
        ),
        Task(
            "Xây dựng chuyên mục “Pháp luật và đời sống”",
            ["Phòng Phổ biến, giáo dục pháp luật"],
            ["Đài Phát thanh - Truyền hình Cà Mau"],
            "2026-12-31",
        ),
        Task(
            "Tập huấn nghiệp vụ cho trợ giúp viên",
            ["Trung tâm Trợ giúp pháp lý nhà nước"],
            ["Phòng Phổ biến, giáo dục pháp luật"],
            "2026-09-30",
        ),
        Task(
            "Cập nhật, khai thác Cơ sở dữ liệu",
            ["Phòng Phổ biến, giáo dục pháp luật"],
            ["Phòng Tư pháp các huyện, thành phố"],
            "2026-12-31",
        ),
        Task(
            "Đánh giá, công nhận cấp xã đạt chuẩn",
            ["Phòng Phổ biến, giáo dục pháp luật"],
            ["Sở Nội vụ"],
            "2026-12-31",
            on_request=True,
        ),
        Task(
            "Kiểm tra công tác trợ giúp pháp lý",
            ["Thanh tra Sở"],
            ["Trung tâm Trợ giúp pháp lý nhà nước"],
            "2026-09-30",
        ),
        Task("Sơ kết 6 tháng, tổng kết năm", ["Văn phòng Sở"], [], "2026-12-31"),
    ],
)

# --------------------------------------------------------------------------------------------
# 6. Trường Cao đẳng Y tế Đồng Nai 2025: a task table with group rows (I, II, III).
# --------------------------------------------------------------------------------------------
CD_YTE = Plan(
    name="Trường CĐ Y tế Đồng Nai 2025 (table with group rows)",
    slug="cd_yte_dong_nai",
    year=2025,
    blocks=[
        *_letterhead(
            "SỞ Y TẾ TỈNH ĐỒNG NAI",
            "TRƯỜNG CAO ĐẲNG Y TẾ ĐỒNG NAI",
            "45/KH-CĐYT",
            "Đồng Nai, ngày 10 tháng 02 năm 2025",
        ),
        P("KẾ HOẠCH", "c"),
        P("Công tác phổ biến, giáo dục pháp luật năm 2025", "c"),
        P(
            "Thực hiện Kế hoạch số 18/KH-SYT ngày 20/01/2025 của Sở Y tế về công tác phổ biến, giáo dục pháp "
            "luật năm 2025, Trường Cao đẳng Y tế Đồng Nai xây dựng Kế hoạch như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", "b"),
        P(
            "1. Nâng cao nhận thức pháp luật, ý thức chấp hành nội quy, quy chế của học sinh, sinh viên; "
            "trang bị kiến thức pháp luật về y tế cho viên chức, người lao động của Trường."
        ),
        P("2. Các hoạt động được phân công cụ thể, có sản phẩm, thời hạn hoàn thành."),
        P("II. NỘI DUNG CÔNG VIỆC VÀ PHÂN CÔNG", "b"),
        Table(
            header=[
                "TT",
                "Nội dung công việc",
                "Đơn vị chủ trì",
                "Đơn vị phối hợp",
                "Thời gian hoàn thành",
                "Sản phẩm dự kiến",
            ],
            rows=[
                ["I", "Phổ biến, giáo dục pháp luật cho học sinh, sinh viên", "", "", "", ""],
                [
                    "1",
                    "Lồng ghép giáo dục pháp luật trong tuần sinh hoạt công dân đầu khóa cho học sinh, sinh "
                    "viên khóa mới",
                    "Phòng Công tác học sinh, sinh viên",
                    "Khoa Khoa học cơ bản; Đoàn Thanh niên, Hội Sinh viên Trường",
                    "Tháng 9 - 10/2025",
                    "Chương trình sinh hoạt đầu khóa",
                ],
                [
                    "2",
                    "Nói chuyện chuyên đề pháp luật về phòng, chống ma túy và an toàn giao thông",
                    "Đoàn Thanh niên",
                    "Công an phường Tân Biên, Phòng Công tác học sinh, sinh viên",
                    "Quý II/2025",
                    "02 buổi nói chuyện",
                ],
                [
                    "3",
                    "Cuộc thi “Sinh viên với pháp luật” hưởng ứng Ngày Pháp luật",
                    "Đoàn Thanh niên",
                    "Phòng Công tác học sinh, sinh viên; các khoa",
                    "Từ 15/10/2025 đến 09/11/2025",
                    "Quyết định khen thưởng",
                ],
                ["II", "Phổ biến pháp luật cho viên chức, người lao động", "", "", "", ""],
                [
                    "4",
                    "Phổ biến Luật Khám bệnh, chữa bệnh năm 2023 và các văn bản hướng dẫn",
                    "Phòng Tổ chức - Hành chính",
                    "Khoa Y, Khoa Dược",
                    "Quý I/2025",
                    "Hội nghị phổ biến",
                ],
                [
                    "5",
                    "Cập nhật văn bản pháp luật mới lên Trang thông tin điện tử của Trường",
                    "Phòng Tổ chức - Hành chính",
                    "Trung tâm Thông tin - Thư viện",
                    "Thường xuyên",
                    "Tin, bài",
                ],
                [
                    "6",
                    "Bổ sung sách, tài liệu pháp luật cho Thư viện",
                    "Trung tâm Thông tin - Thư viện",
                    "Phòng Tài chính - Kế toán",
                    "Khi được cấp kinh phí bổ sung",
                    "Sách, tài liệu",
                ],
                ["III", "Kiểm tra, báo cáo", "", "", "", ""],
                [
                    "7",
                    "Kiểm tra việc chấp hành nội quy của học sinh, sinh viên tại ký túc xá",
                    "Phòng Công tác học sinh, sinh viên",
                    "Ban Quản lý ký túc xá",
                    "Cả năm",
                    "Biên bản kiểm tra",
                ],
                [
                    "8",
                    "Báo cáo kết quả công tác phổ biến, giáo dục pháp luật năm 2025 gửi Sở Y tế",
                    "Phòng Tổ chức - Hành chính",
                    "Các khoa, phòng, trung tâm",
                    "Trước ngày 20/11/2025",
                    "Báo cáo",
                ],
            ],
            widths=[10, 54, 30, 34, 26, 26],
        ),
        P("III. TỔ CHỨC THỰC HIỆN", "b"),
        P(
            "Phòng Tổ chức - Hành chính là đầu mối theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch; các "
            "khoa, phòng, trung tâm căn cứ nhiệm vụ được giao chủ động triển khai."
        ),
        P("HIỆU TRƯỞNG", "c"),
        P("Phạm Minh Tâm", "c"),
    ],
    tasks=[
        Task(
            "Lồng ghép giáo dục pháp luật trong tuần sinh hoạt công dân",
            ["Phòng Công tác học sinh, sinh viên"],
            ["Khoa Khoa học cơ bản", "Đoàn Thanh niên", "Hội Sinh viên Trường"],
            "2025-10-31",
        ),
        Task(
            "Nói chuyện chuyên đề pháp luật",
            ["Đoàn Thanh niên"],
            ["Công an phường Tân Biên", "Phòng Công tác học sinh, sinh viên"],
            "2025-06-30",
        ),
        Task(
            "Cuộc thi “Sinh viên với pháp luật”",
            ["Đoàn Thanh niên"],
            ["Phòng Công tác học sinh, sinh viên", "các khoa"],
            "2025-11-09",
        ),
        Task(
            "Phổ biến Luật Khám bệnh, chữa bệnh",
            ["Phòng Tổ chức - Hành chính"],
            ["Khoa Y", "Khoa Dược"],
            "2025-03-31",
        ),
        Task(
            "Cập nhật văn bản pháp luật mới",
            ["Phòng Tổ chức - Hành chính"],
            ["Trung tâm Thông tin - Thư viện"],
            "2025-12-31",
        ),
        Task(
            "Bổ sung sách, tài liệu pháp luật",
            ["Trung tâm Thông tin - Thư viện"],
            ["Phòng Tài chính - Kế toán"],
            "2025-12-31",
            on_request=True,
        ),
        Task(
            "Kiểm tra việc chấp hành nội quy",
            ["Phòng Công tác học sinh, sinh viên"],
            ["Ban Quản lý ký túc xá"],
            "2025-12-31",
        ),
        Task(
            "Báo cáo kết quả công tác phổ biến",
            ["Phòng Tổ chức - Hành chính"],
            ["Các khoa, phòng, trung tâm"],
            "2025-11-20",
        ),
    ],
)

PLANS: list[Plan] = [STNMT, BCHQS, TA_VAN, LDLD, STP_CA_MAU, CD_YTE]


# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------
def to_docx(plan: Plan) -> bytes:
    """The plan as a Word document: bold headings, centred letterhead, real tables with a grid."""
    from docx import Document
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(13)
    for block in plan.blocks:
        if isinstance(block, Table):
            table = doc.add_table(rows=1 + len(block.rows), cols=len(block.header))
            table.style = "Table Grid"
            for r, values in enumerate([block.header, *block.rows]):
                for c, value in enumerate(values):
                    cell = table.cell(r, c)
                    cell.width = Mm(block.widths[c])
                    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
                    cell.text = ""
                    run = cell.paragraphs[0].add_run(value)
                    run.bold = r == 0 or (c == 1 and not values[2])
            continue
        paragraph = doc.add_paragraph()
        run = paragraph.add_run(block.text)
        if block.style in ("b", "c"):
            run.bold = True
        if block.style in ("c", "i"):
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if block.style == "i":
            run.italic = True
        if block.style == "":
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def to_pdf(plan: Plan) -> bytes:
    """The plan as a PDF with a text layer (fpdf2, DejaVu Sans), tables as grids, cells top-aligned."""
    import logging

    from fpdf import FPDF

    logging.getLogger("fontTools").setLevel(logging.WARNING)
    pdf = FPDF(format="A4")
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_BOLD)
    pdf.add_font("DejaVu", "I", FONT_ITALIC)
    pdf.add_page()
    line = 5.5
    for block in plan.blocks:
        if isinstance(block, Table):
            _pdf_table(pdf, block)
            continue
        style = {"": "", "b": "B", "c": "B", "i": "I"}[block.style]
        pdf.set_font("DejaVu", style, 11)
        align = "C" if block.style in ("c", "i") else "J"
        pdf.multi_cell(0, line, block.text, align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    return bytes(pdf.output())


def _pdf_table(pdf: object, table: Table) -> None:
    from fpdf import FPDF

    assert isinstance(pdf, FPDF)
    line = 4.6
    for r, values in enumerate([table.header, *table.rows]):
        bold = r == 0 or not values[2]
        pdf.set_font("DejaVu", "B" if bold else "", 9)
        cell_lines: list[list[str]] = [
            cast("list[str]", pdf.multi_cell(w - 2, line, v, dry_run=True, output="LINES")) if v else [""]
            for w, v in zip(table.widths, values, strict=True)
        ]
        height = max(len(lines) for lines in cell_lines) * line + 2
        if pdf.get_y() + height > pdf.h - pdf.b_margin:
            pdf.add_page()
        y = pdf.get_y()
        x = pdf.l_margin
        for w, lines in zip(table.widths, cell_lines, strict=True):
            pdf.rect(x, y, w, height)
            for i, text in enumerate(lines):
                pdf.set_xy(x + 1, y + 1 + i * line)
                pdf.cell(w - 2, line, text)
            x += w
        pdf.set_xy(pdf.l_margin, y + height)
    pdf.ln(2)


# --------------------------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------------------------
FORMATS = ("docx", "pdf")


@dataclass
class Score:
    plan: str
    fmt: str
    expected: int = 0
    found: int = 0
    lead: int = 0
    coordinating: int = 0
    deadline: int = 0
    on_request: int = 0
    all_right: int = 0
    misses: list[str] = field(default_factory=list)
    error: str | None = None


def render(plan: Plan, fmt: str) -> bytes:
    return to_docx(plan) if fmt == "docx" else to_pdf(plan)


def print_with_libreoffice(plans: list[Plan]) -> dict[str, bytes]:
    """Each plan's DOCX printed to PDF by LibreOffice (what an office produces), by slug; {} without soffice."""
    import shutil
    import subprocess  # noqa: S404 - runs the local LibreOffice on files we wrote
    import tempfile
    from pathlib import Path

    soffice = shutil.which("soffice")
    if not soffice:
        return {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = []
        for plan in plans:
            path = folder / f"{plan.slug}.docx"
            path.write_bytes(to_docx(plan))
            paths.append(str(path))
        profile = (folder / "profile").as_uri()
        subprocess.run(  # noqa: S603 - fixed arguments, no shell
            [
                soffice,
                f"-env:UserInstallation={profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                *paths,
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
        return {plan.slug: (folder / f"{plan.slug}.pdf").read_bytes() for plan in plans}


def _keys(names: list[str]) -> set[str]:
    from pbgdpl.core.text import key

    return {key(n) for n in names if key(n)}


def score(plan: Plan, fmt: str, raw: bytes | None = None) -> Score:
    """Run the extractor on ``plan`` rendered as ``fmt`` (or on ``raw``) and compare its tasks with the expected."""
    from pbgdpl.core.text import key
    from pbgdpl.plans.importer import PlanImportError, extract

    result = Score(plan.name, fmt, expected=len(plan.tasks))
    suffix = "pdf" if fmt.startswith("pdf") else fmt
    try:
        data = extract(raw if raw is not None else render(plan, fmt), f"{plan.slug}.{suffix}")
    except PlanImportError as exc:
        result.error = str(exc)
        result.misses = [f"not found: {t.title}" for t in plan.tasks]
        return result
    extracted = data.get("tasks", [])
    used: set[int] = set()
    for task in plan.tasks:
        prefix = key(task.title)
        candidates = [
            i
            for i, got in enumerate(extracted)
            if i not in used and key(got.get("title", "")).startswith(prefix)
        ]
        if not candidates:
            result.misses.append(f"not found: {task.title}")
            continue
        # Prefer a candidate carrying units (a group heading may share the prefix).
        i = next((i for i in candidates if extracted[i].get("lead_units")), candidates[0])
        used.add(i)
        got = extracted[i]
        result.found += 1
        lead_ok = _keys(got.get("lead_units", [])) == _keys(task.lead)
        coord_ok = _keys(got.get("coordinating_units", [])) == _keys(task.coordinating)
        deadline_ok = got.get("deadline") == task.deadline
        request_ok = bool(got.get("on_request")) == task.on_request
        result.lead += lead_ok
        result.coordinating += coord_ok
        result.deadline += deadline_ok
        result.on_request += request_ok
        result.all_right += lead_ok and coord_ok and deadline_ok
        wrong = []
        if not lead_ok:
            wrong.append(f"lead {got.get('lead_units')} ≠ {task.lead}")
        if not coord_ok:
            wrong.append(f"coordinating {got.get('coordinating_units')} ≠ {task.coordinating}")
        if not deadline_ok:
            wrong.append(f"deadline {got.get('deadline')} ≠ {task.deadline}")
        if not request_ok:
            wrong.append(f"on_request {got.get('on_request')} ≠ {task.on_request}")
        if wrong:
            result.misses.append(f"{task.title}: " + "; ".join(wrong))
    return result


def total(scores: list[Score], fmt: str = "all") -> Score:
    out = Score("total", fmt)
    for s in scores:
        for name in ("expected", "found", "lead", "coordinating", "deadline", "on_request", "all_right"):
            setattr(out, name, getattr(out, name) + getattr(s, name))
    return out


def line(s: Score) -> str:
    found = f"{s.found}/{s.expected} ({100 * s.found / max(s.expected, 1):.1f}%)"
    right = f"{s.all_right}/{s.found} ({100 * s.all_right / max(s.found, 1):.1f}%)"
    return (
        f"{s.plan[:58]:58} {s.fmt:6} found {found:16} lead {s.lead}/{s.found} coord {s.coordinating}/{s.found} "
        f"deadline {s.deadline}/{s.found} on_request {s.on_request}/{s.found} all-right {right}"
    )
