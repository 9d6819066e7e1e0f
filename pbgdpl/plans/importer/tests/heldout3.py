"""Held-out evaluation set 3: five plans written for this set only, with answers written by hand.

Each plan is a list of blocks (paragraphs, bold headings, Word tables) rendered both as DOCX
(python-docx) and as PDF (fpdf2, DejaVu Sans, grid tables with top-aligned cells). The expected
answers follow issue 4: the task title is matched by prefix (``key``), units as sets of ``key``,
deadline as YYYY-MM-DD, ``on_request`` as a bool. Group headings without a lead unit are not listed.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass, field

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


@dataclass(frozen=True)
class P:
    text: str
    bold: bool = False
    center: bool = False


@dataclass(frozen=True)
class T:
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[int, ...] = ()


@dataclass(frozen=True)
class Exp:
    title: str
    lead: tuple[str, ...]
    coord: tuple[str, ...]
    deadline: str
    on_request: bool = False


@dataclass
class Plan:
    name: str
    blocks: list[P | T]
    expected: list[Exp] = field(default_factory=list)


def _header(agency_up: str, agency: str, number: str, place_date: str, title: str, subtitle: str) -> list[P | T]:
    return [
        P(agency_up, bold=True, center=True),
        P(agency, bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True),
        P("Độc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P(f"Số: {number}", center=True),
        P(place_date, center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P(title, bold=True, center=True),
        P(subtitle, bold=True, center=True),
    ]


def _purpose(lines: list[str]) -> list[P | T]:
    out: list[P | T] = [P("I. MỤC ĐÍCH, YÊU CẦU", bold=True), P("1. Mục đích", bold=True)]
    out += [P(f"- {line}") for line in lines[:2]]
    out += [P("2. Yêu cầu", bold=True)]
    out += [P(f"- {line}") for line in lines[2:]]
    return out


def _footer(extra: list[str], signer_role: str, signer: str) -> list[P | T]:
    out: list[P | T] = [P("IV. TỔ CHỨC THỰC HIỆN", bold=True)]
    out += [P(line) for line in extra]
    out += [
        P("Nơi nhận:"),
        P("- Như trên;"),
        P("- Sở Tư pháp (để b/c);"),
        P("- Lưu: VT."),
        P(signer_role, bold=True, center=True),
        P(signer, bold=True, center=True),
    ]
    return out


# ---------------------------------------------------------------- plan 1: Sở NN&PTNT, "- Chủ trì:" lines
PLAN_NN = Plan(
    name="snn_hatinh_2025",
    blocks=[
        *_header(
            "UBND TỈNH HÀ TĨNH",
            "SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN",
            "215/KH-SNN",
            "Hà Tĩnh, ngày 20 tháng 01 năm 2025",
            "Công tác phổ biến, giáo dục pháp luật năm 2025",
            "của Sở Nông nghiệp và Phát triển nông thôn",
        ),
        P(
            "Căn cứ Kế hoạch số 18/KH-UBND ngày 10/01/2025 của UBND tỉnh về công tác phổ biến, giáo dục "
            "pháp luật (PBGDPL) năm 2025; Sở Nông nghiệp và Phát triển nông thôn ban hành Kế hoạch như sau:"
        ),
        *_purpose(
            [
                "Nâng cao nhận thức pháp luật về trồng trọt, chăn nuôi, thủy sản, lâm nghiệp cho nông dân.",
                "Gắn PBGDPL với nhiệm vụ chuyên môn của Ngành.",
                "Bảo đảm thiết thực, hiệu quả, tiết kiệm; đúng đối tượng.",
            ]
        ),
        P("II. NỘI DUNG THỰC HIỆN", bold=True),
        P("1. Xây dựng và ban hành kế hoạch PBGDPL chuyên đề về an toàn thực phẩm nông lâm thủy sản", bold=True),
        P("- Chủ trì: Chi cục Quản lý chất lượng Nông lâm sản và Thủy sản; phối hợp: Văn phòng Sở; thời gian: Quý I/2025."),
        P("2. Tuyên truyền Luật Trồng trọt, Luật Chăn nuôi và các văn bản hướng dẫn thi hành cho nông dân", bold=True),
        P(
            "- Chủ trì: Chi cục Trồng trọt và Bảo vệ thực vật, Chi cục Chăn nuôi và Thú y; phối hợp: Hội Nông dân "
            "tỉnh, UBND các huyện, thị xã, thành phố; thời gian: Từ tháng 3 đến tháng 10/2025."
        ),
        P("3. Phổ biến pháp luật về lâm nghiệp, phòng cháy, chữa cháy rừng cho cộng đồng dân cư sống gần rừng", bold=True),
        P(
            "- Chủ trì: Chi cục Kiểm lâm; phối hợp: Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh, các Ban Quản lý rừng "
            "phòng hộ; thời gian: Quý II, III/2025."
        ),
        P("4. Tổ chức Hội nghị tập huấn pháp luật về thủy sản và chống khai thác IUU", bold=True),
        P(
            "- Chủ trì: Chi cục Thủy sản; phối hợp: Bộ đội Biên phòng tỉnh; Sở Tài chính; thời gian: Tháng 5/2025."
        ),
        P("5. Cập nhật văn bản pháp luật chuyên ngành lên Trang thông tin điện tử của Sở", bold=True),
        P("- Chủ trì: Văn phòng Sở; phối hợp: Các phòng, đơn vị thuộc Sở; thời gian: Thường xuyên."),
        P("6. Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2025", bold=True),
        P("- Chủ trì: Thanh tra Sở; phối hợp: Công đoàn Sở, Đoàn Thanh niên Sở; thời gian: Tháng 11/2025."),
        P("7. Rà soát, hệ thống hóa văn bản quy phạm pháp luật thuộc lĩnh vực nông nghiệp", bold=True),
        P(
            "- Chủ trì: Thanh tra Sở; phối hợp: Các phòng, đơn vị thuộc Sở; thời gian: Khi có văn bản hướng dẫn "
            "của Sở Tư pháp."
        ),
        *_footer(
            ["Văn phòng Sở theo dõi, tổng hợp báo cáo kết quả về Sở Tư pháp trước ngày 05/12/2025."],
            "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
            "Nguyễn Văn Hòa",
        ),
    ],
    expected=[
        Exp(
            "Xây dựng và ban hành kế hoạch PBGDPL chuyên đề",
            ("Chi cục Quản lý chất lượng Nông lâm sản và Thủy sản",),
            ("Văn phòng Sở",),
            "2025-03-31",
        ),
        Exp(
            "Tuyên truyền Luật Trồng trọt, Luật Chăn nuôi",
            ("Chi cục Trồng trọt và Bảo vệ thực vật", "Chi cục Chăn nuôi và Thú y"),
            ("Hội Nông dân tỉnh", "UBND các huyện, thị xã, thành phố"),
            "2025-10-31",
        ),
        Exp(
            "Phổ biến pháp luật về lâm nghiệp",
            ("Chi cục Kiểm lâm",),
            ("Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "các Ban Quản lý rừng phòng hộ"),
            "2025-09-30",
        ),
        Exp(
            "Tổ chức Hội nghị tập huấn pháp luật về thủy sản",
            ("Chi cục Thủy sản",),
            ("Bộ đội Biên phòng tỉnh", "Sở Tài chính"),
            "2025-05-31",
        ),
        Exp(
            "Cập nhật văn bản pháp luật chuyên ngành",
            ("Văn phòng Sở",),
            ("Các phòng, đơn vị thuộc Sở",),
            "2025-12-31",
        ),
        Exp(
            "Hưởng ứng Ngày Pháp luật",
            ("Thanh tra Sở",),
            ("Công đoàn Sở", "Đoàn Thanh niên Sở"),
            "2025-11-30",
        ),
        Exp(
            "Rà soát, hệ thống hóa văn bản quy phạm pháp luật",
            ("Thanh tra Sở",),
            ("Các phòng, đơn vị thuộc Sở",),
            "2025-12-31",
            on_request=True,
        ),
    ],
)

# ---------------------------------------------------------------- plan 2: Cục Thuế, Word task table
_TAX_ROWS: tuple[tuple[str, ...], ...] = (
    ("STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện", "Sản phẩm"),
    (
        "1",
        "Xây dựng Kế hoạch PBGDPL năm 2025 của Cục Thuế",
        "Phòng Pháp chế",
        "Văn phòng Cục",
        "Tháng 01/2025",
        "Kế hoạch",
    ),
    (
        "2",
        "Tuyên truyền, hỗ trợ người nộp thuế về Luật Quản lý thuế và các nghị định hướng dẫn",
        "Phòng Tuyên truyền - Hỗ trợ người nộp thuế",
        "Các Chi cục Thuế khu vực; Báo Bình Định, Đài Phát thanh và Truyền hình Bình Định",
        "Năm 2025",
        "Tin, bài; chuyên mục",
    ),
    (
        "3",
        "Tổ chức đối thoại với doanh nghiệp về chính sách thuế mới",
        "Phòng Tuyên truyền - Hỗ trợ người nộp thuế",
        "Hiệp hội Doanh nghiệp tỉnh, Liên đoàn Thương mại và Công nghiệp Việt Nam chi nhánh tại tỉnh",
        "Quý II/2025",
        "Hội nghị đối thoại",
    ),
    (
        "4",
        "Phổ biến quy định về hóa đơn điện tử cho hộ kinh doanh",
        "Phòng Quản lý hộ kinh doanh, cá nhân và thu khác",
        "Các Chi cục Thuế khu vực",
        "Từ 01/3/2025 đến 30/6/2025",
        "Tài liệu hướng dẫn",
    ),
    (
        "5",
        "Bồi dưỡng kiến thức pháp luật cho công chức thuế",
        "Phòng Tổ chức cán bộ",
        "Phòng Pháp chế",
        "Quý III/2025",
        "Lớp bồi dưỡng",
    ),
    (
        "6",
        "Phổ biến các luật thuế sửa đổi được Quốc hội thông qua",
        "Phòng Pháp chế",
        "Phòng Tuyên truyền - Hỗ trợ người nộp thuế",
        "Sau khi Luật được Quốc hội thông qua",
        "Hội nghị phổ biến",
    ),
    (
        "7",
        "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật Việt Nam",
        "Văn phòng Cục",
        "Công đoàn Cục Thuế; Đoàn Thanh niên Cục Thuế",
        "Tháng 10 - tháng 11/2025",
        "Báo cáo kết quả",
    ),
    (
        "8",
        "Kiểm tra, đánh giá việc thực hiện công tác PBGDPL tại các Chi cục Thuế khu vực",
        "Phòng Kiểm tra nội bộ",
        "Phòng Pháp chế",
        "Trước ngày 15/11/2025",
        "Báo cáo kiểm tra",
    ),
)

PLAN_TAX = Plan(
    name="cucthue_binhdinh_2025",
    blocks=[
        *_header(
            "TỔNG CỤC THUẾ",
            "CỤC THUẾ TỈNH BÌNH ĐỊNH",
            "35/KH-CTBĐI",
            "Bình Định, ngày 08 tháng 01 năm 2025",
            "Phổ biến, giáo dục pháp luật và hỗ trợ pháp lý cho người nộp thuế năm 2025",
            "",
        ),
        P(
            "Thực hiện Quyết định số 1521/QĐ-BTC ngày 25/12/2024 của Bộ Tài chính, Cục Thuế tỉnh Bình Định "
            "xây dựng Kế hoạch phổ biến, giáo dục pháp luật năm 2025 như sau:"
        ),
        *_purpose(
            [
                "Nâng cao ý thức tuân thủ pháp luật thuế của người nộp thuế.",
                "Nâng cao năng lực thực thi pháp luật của công chức thuế.",
                "Hoạt động phải cụ thể, có sản phẩm rõ ràng.",
            ]
        ),
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("(Chi tiết tại bảng dưới đây)"),
        T(_TAX_ROWS, (10, 50, 35, 40, 25, 25)),
        P("III. KINH PHÍ", bold=True),
        P("Kinh phí thực hiện từ nguồn ngân sách được giao năm 2025 của Cục Thuế."),
        *_footer(
            ["Các phòng, Chi cục Thuế khu vực báo cáo kết quả về Phòng Pháp chế trước ngày 01/12/2025."],
            "CỤC TRƯỞNG",
            "Trần Minh Quang",
        ),
    ],
    expected=[
        Exp("Xây dựng Kế hoạch PBGDPL năm 2025", ("Phòng Pháp chế",), ("Văn phòng Cục",), "2025-01-31"),
        Exp(
            "Tuyên truyền, hỗ trợ người nộp thuế",
            ("Phòng Tuyên truyền - Hỗ trợ người nộp thuế",),
            (
                "Các Chi cục Thuế khu vực",
                "Báo Bình Định",
                "Đài Phát thanh và Truyền hình Bình Định",
            ),
            "2025-12-31",
        ),
        Exp(
            "Tổ chức đối thoại với doanh nghiệp",
            ("Phòng Tuyên truyền - Hỗ trợ người nộp thuế",),
            (
                "Hiệp hội Doanh nghiệp tỉnh",
                "Liên đoàn Thương mại và Công nghiệp Việt Nam chi nhánh tại tỉnh",
            ),
            "2025-06-30",
        ),
        Exp(
            "Phổ biến quy định về hóa đơn điện tử",
            ("Phòng Quản lý hộ kinh doanh, cá nhân và thu khác",),
            ("Các Chi cục Thuế khu vực",),
            "2025-06-30",
        ),
        Exp(
            "Bồi dưỡng kiến thức pháp luật cho công chức thuế",
            ("Phòng Tổ chức cán bộ",),
            ("Phòng Pháp chế",),
            "2025-09-30",
        ),
        Exp(
            "Phổ biến các luật thuế sửa đổi",
            ("Phòng Pháp chế",),
            ("Phòng Tuyên truyền - Hỗ trợ người nộp thuế",),
            "2025-12-31",
            on_request=True,
        ),
        Exp(
            "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật",
            ("Văn phòng Cục",),
            ("Công đoàn Cục Thuế", "Đoàn Thanh niên Cục Thuế"),
            "2025-11-30",
        ),
        Exp(
            "Kiểm tra, đánh giá việc thực hiện công tác PBGDPL",
            ("Phòng Kiểm tra nội bộ",),
            ("Phòng Pháp chế",),
            "2025-11-15",
        ),
    ],
)

# ---------------------------------------------------------------- plan 3: UBND phường, prose assignments
PLAN_WARD = Plan(
    name="phuong_hoacuong_2024",
    blocks=[
        *_header(
            "ỦY BAN NHÂN DÂN",
            "PHƯỜNG HÒA CƯỜNG BẮC",
            "52/KH-UBND",
            "Hải Châu, ngày 05 tháng 3 năm 2024",
            "Tổ chức hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam",
            "và công tác PBGDPL trên địa bàn phường năm 2024",
        ),
        P(
            "Thực hiện Kế hoạch số 27/KH-UBND ngày 15/02/2024 của UBND quận Hải Châu, UBND phường Hòa Cường "
            "Bắc xây dựng Kế hoạch như sau:"
        ),
        *_purpose(
            [
                "Đưa pháp luật đến gần người dân trên địa bàn các tổ dân phố.",
                "Duy trì phường đạt chuẩn tiếp cận pháp luật.",
                "Huy động cả hệ thống chính trị ở phường tham gia.",
            ]
        ),
        P("II. NỘI DUNG", bold=True),
        P("1. Tuyên truyền pháp luật trên hệ thống loa truyền thanh của phường", bold=True),
        P(
            "Giao Công chức Văn hóa - Xã hội phường chủ trì, phối hợp với Công chức Tư pháp - Hộ tịch phường "
            "thực hiện trong năm 2024."
        ),
        P("2. Tổ chức hội thi tìm hiểu pháp luật cho đoàn viên, hội viên", bold=True),
        P(
            "Giao Ủy ban Mặt trận Tổ quốc Việt Nam phường chủ trì, phối hợp với Hội Liên hiệp Phụ nữ phường, "
            "Đoàn Thanh niên Cộng sản Hồ Chí Minh phường, Hội Cựu chiến binh phường thực hiện trong Quý III/2024."
        ),
        P("3. Củng cố, kiện toàn các tổ hòa giải ở cơ sở", bold=True),
        P(
            "Giao Công chức Tư pháp - Hộ tịch phường chủ trì, phối hợp với Ban công tác Mặt trận các tổ dân phố "
            "thực hiện từ tháng 4 đến tháng 6/2024."
        ),
        P("4. Phổ biến pháp luật về trật tự, an toàn giao thông và phòng, chống ma túy", bold=True),
        P(
            "Giao Công an phường chủ trì, phối hợp với Trường THCS Nguyễn Huệ, Trường Tiểu học Lê Lai thực hiện "
            "trong tháng 9/2024."
        ),
        P("5. Đánh giá phường đạt chuẩn tiếp cận pháp luật năm 2024", bold=True),
        P(
            "Giao Công chức Tư pháp - Hộ tịch phường chủ trì, phối hợp với các ban, ngành, đoàn thể phường "
            "thực hiện khi có hướng dẫn của Phòng Tư pháp quận."
        ),
        P("6. Treo băng rôn, khẩu hiệu hưởng ứng Ngày Pháp luật Việt Nam (09/11)", bold=True),
        P(
            "Giao Công chức Văn hóa - Xã hội phường chủ trì, phối hợp với Trưởng các tổ dân phố thực hiện "
            "từ ngày 01/11/2024 đến ngày 10/11/2024."
        ),
        *_footer(
            ["Công chức Tư pháp - Hộ tịch phường tham mưu báo cáo kết quả về UBND quận trước ngày 20/11/2024."],
            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
            "Lê Thị Thu Hà",
        ),
    ],
    expected=[
        Exp(
            "Tuyên truyền pháp luật trên hệ thống loa",
            ("Công chức Văn hóa - Xã hội phường",),
            ("Công chức Tư pháp - Hộ tịch phường",),
            "2024-12-31",
        ),
        Exp(
            "Tổ chức hội thi tìm hiểu pháp luật",
            ("Ủy ban Mặt trận Tổ quốc Việt Nam phường",),
            (
                "Hội Liên hiệp Phụ nữ phường",
                "Đoàn Thanh niên Cộng sản Hồ Chí Minh phường",
                "Hội Cựu chiến binh phường",
            ),
            "2024-09-30",
        ),
        Exp(
            "Củng cố, kiện toàn các tổ hòa giải",
            ("Công chức Tư pháp - Hộ tịch phường",),
            ("Ban công tác Mặt trận các tổ dân phố",),
            "2024-06-30",
        ),
        Exp(
            "Phổ biến pháp luật về trật tự, an toàn giao thông",
            ("Công an phường",),
            ("Trường THCS Nguyễn Huệ", "Trường Tiểu học Lê Lai"),
            "2024-09-30",
        ),
        Exp(
            "Đánh giá phường đạt chuẩn tiếp cận pháp luật",
            ("Công chức Tư pháp - Hộ tịch phường",),
            ("các ban, ngành, đoàn thể phường",),
            "2024-12-31",
            on_request=True,
        ),
        Exp(
            "Treo băng rôn, khẩu hiệu hưởng ứng Ngày Pháp luật",
            ("Công chức Văn hóa - Xã hội phường",),
            ("Trưởng các tổ dân phố",),
            "2024-11-10",
        ),
    ],
)

# ---------------------------------------------------------------- plan 4: Hội LHPN, Đề án 977, group headings + "+ Đơn vị chủ trì:"
PLAN_WOMEN = Plan(
    name="hoiphunu_nghean_977_2025",
    blocks=[
        *_header(
            "TỈNH HỘI NGHỆ AN",
            "HỘI LIÊN HIỆP PHỤ NỮ TỈNH NGHỆ AN",
            "09/KH-HPN",
            "Nghệ An, ngày 12 tháng 02 năm 2025",
            "Thực hiện Đề án 977 “Tăng cường năng lực tiếp cận pháp luật của người dân”",
            "trong hệ thống Hội năm 2025",
        ),
        P(
            "Căn cứ Quyết định số 977/QĐ-TTg ngày 11/8/2022 của Thủ tướng Chính phủ; Kế hoạch số 102/KH-UBND "
            "ngày 20/02/2023 của UBND tỉnh, Ban Thường vụ Hội LHPN tỉnh xây dựng Kế hoạch như sau:"
        ),
        *_purpose(
            [
                "Nâng cao năng lực tiếp cận pháp luật của hội viên, phụ nữ, nhất là phụ nữ dân tộc thiểu số.",
                "Phát huy vai trò của Hội trong giám sát, phản biện xã hội.",
                "Lồng ghép với các phong trào thi đua của Hội.",
            ]
        ),
        P("II. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True),
        P("1. Truyền thông nâng cao nhận thức về tiếp cận pháp luật", bold=True),
        P("1.1. Biên soạn tài liệu hỏi - đáp pháp luật về hôn nhân và gia đình, bình đẳng giới"),
        P("+ Đơn vị chủ trì: Ban Gia đình - Xã hội."),
        P("+ Đơn vị phối hợp: Ban Tuyên giáo, Trung tâm Tư vấn pháp luật Hội LHPN tỉnh."),
        P("+ Thời gian: Quý II/2025."),
        P("1.2. Tổ chức truyền thông pháp luật tại các thôn, bản vùng đồng bào dân tộc thiểu số"),
        P("+ Đơn vị chủ trì: Ban Tuyên giáo."),
        P(
            "+ Đơn vị phối hợp: Hội LHPN các huyện Kỳ Sơn, Tương Dương, Quế Phong; Ban Dân tộc tỉnh."
        ),
        P("+ Thời gian: Từ tháng 4 đến tháng 9/2025."),
        P("2. Nâng cao chất lượng trợ giúp pháp lý, tư vấn pháp luật cho phụ nữ", bold=True),
        P("2.1. Duy trì hoạt động của các Câu lạc bộ “Phụ nữ với pháp luật”"),
        P("+ Đơn vị chủ trì: Hội LHPN các huyện, thành phố, thị xã."),
        P("+ Đơn vị phối hợp: Trung tâm Trợ giúp pháp lý nhà nước tỉnh."),
        P("+ Thời gian: Cả năm."),
        P("2.2. Tập huấn kỹ năng tư vấn pháp luật cho cán bộ Hội cơ sở"),
        P("+ Đơn vị chủ trì: Trung tâm Tư vấn pháp luật Hội LHPN tỉnh."),
        P("+ Đơn vị phối hợp: Sở Tư pháp, Văn phòng Hội LHPN tỉnh."),
        P("+ Thời gian: Quý III, IV/2025."),
        P("3. Tham gia góp ý dự thảo văn bản quy phạm pháp luật liên quan đến phụ nữ, trẻ em", bold=True),
        P("+ Đơn vị chủ trì: Ban Chính sách - Luật pháp."),
        P("+ Đơn vị phối hợp: Các ban, đơn vị thuộc Hội LHPN tỉnh."),
        P("+ Thời gian: Theo đề nghị của cơ quan chủ trì soạn thảo."),
        P("4. Sơ kết 03 năm thực hiện Đề án 977 trong hệ thống Hội", bold=True),
        P("+ Đơn vị chủ trì: Ban Chính sách - Luật pháp."),
        P("+ Đơn vị phối hợp: Văn phòng Hội LHPN tỉnh."),
        P("+ Thời gian: Tháng 8/2025."),
        *_footer(
            ["Hội LHPN các huyện, thành phố, thị xã báo cáo kết quả về Tỉnh Hội trước ngày 25/11/2025."],
            "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH",
            "Võ Thị Minh Sinh",
        ),
    ],
    expected=[
        Exp(
            "Biên soạn tài liệu hỏi - đáp pháp luật",
            ("Ban Gia đình - Xã hội",),
            ("Ban Tuyên giáo", "Trung tâm Tư vấn pháp luật Hội LHPN tỉnh"),
            "2025-06-30",
        ),
        Exp(
            "Tổ chức truyền thông pháp luật tại các thôn, bản",
            ("Ban Tuyên giáo",),
            ("Hội LHPN các huyện Kỳ Sơn, Tương Dương, Quế Phong", "Ban Dân tộc tỉnh"),
            "2025-09-30",
        ),
        Exp(
            "Duy trì hoạt động của các Câu lạc bộ",
            ("Hội LHPN các huyện, thành phố, thị xã",),
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh",),
            "2025-12-31",
        ),
        Exp(
            "Tập huấn kỹ năng tư vấn pháp luật",
            ("Trung tâm Tư vấn pháp luật Hội LHPN tỉnh",),
            ("Sở Tư pháp", "Văn phòng Hội LHPN tỉnh"),
            "2025-12-31",
        ),
        Exp(
            "Tham gia góp ý dự thảo văn bản",
            ("Ban Chính sách - Luật pháp",),
            ("Các ban, đơn vị thuộc Hội LHPN tỉnh",),
            "2025-12-31",
            on_request=True,
        ),
        Exp(
            "Sơ kết 03 năm thực hiện Đề án 977",
            ("Ban Chính sách - Luật pháp",),
            ("Văn phòng Hội LHPN tỉnh",),
            "2025-08-31",
        ),
    ],
)

# ---------------------------------------------------------------- plan 5: Ban Quản lý KCN, Đề án 407, table with groups
_KCN_ROWS: tuple[tuple[str, ...], ...] = (
    ("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"),
    ("I", "Truyền thông chính sách trong xây dựng văn bản", "", "", ""),
    (
        "1",
        "Truyền thông dự thảo Quyết định quy định quản lý hoạt động trong khu công nghiệp",
        "Phòng Quản lý đầu tư",
        "Văn phòng Ban; Trung tâm Dịch vụ hỗ trợ đầu tư",
        "Trong quá trình soạn thảo (năm 2025)",
    ),
    (
        "2",
        "Lấy ý kiến doanh nghiệp, người lao động về chính sách nhà ở công nhân",
        "Phòng Quản lý quy hoạch và xây dựng",
        "Công đoàn các Khu công nghiệp tỉnh",
        "Quý II/2025",
    ),
    ("II", "Phổ biến pháp luật cho doanh nghiệp và người lao động", "", "", ""),
    (
        "3",
        "Phổ biến Bộ luật Lao động, Luật Bảo hiểm xã hội năm 2024 cho người lao động",
        "Phòng Quản lý lao động",
        "Công đoàn các Khu công nghiệp tỉnh, Bảo hiểm xã hội tỉnh",
        "Từ tháng 02 đến tháng 11 năm 2025",
    ),
    (
        "4",
        "Tập huấn pháp luật về bảo vệ môi trường cho doanh nghiệp",
        "Phòng Quản lý tài nguyên và môi trường",
        "Sở Tài nguyên và Môi trường",
        "Quý III/2025",
    ),
    (
        "5",
        "Đối thoại với doanh nghiệp FDI về thủ tục đầu tư",
        "Trung tâm Dịch vụ hỗ trợ đầu tư",
        "Phòng Quản lý đầu tư; Sở Kế hoạch và Đầu tư",
        "Tháng 6 và tháng 12/2025",
    ),
    (
        "6",
        "Tổ chức Ngày Pháp luật Việt Nam tại Ban Quản lý",
        "Văn phòng Ban",
        "Chi đoàn Ban Quản lý các khu công nghiệp",
        "Tháng 11/2025",
    ),
    (
        "7",
        "Cập nhật văn bản pháp luật mới trên Cổng thông tin điện tử của Ban",
        "Văn phòng Ban",
        "Các phòng, đơn vị thuộc Ban",
        "",
    ),
)

PLAN_KCN = Plan(
    name="bqlkcn_bacninh_407_2025",
    blocks=[
        *_header(
            "UBND TỈNH BẮC NINH",
            "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP",
            "14/KH-BQL",
            "Bắc Ninh, ngày 22 tháng 01 năm 2025",
            "Triển khai Đề án 407 và công tác phổ biến, giáo dục pháp luật năm 2025",
            "",
        ),
        P(
            "Thực hiện Quyết định số 407/QĐ-TTg ngày 30/3/2022 của Thủ tướng Chính phủ phê duyệt Đề án "
            "“Tổ chức truyền thông chính sách có tác động lớn đến xã hội trong quá trình xây dựng văn bản quy "
            "phạm pháp luật giai đoạn 2022 - 2027”, Ban Quản lý các khu công nghiệp ban hành Kế hoạch như sau:"
        ),
        *_purpose(
            [
                "Tạo đồng thuận của doanh nghiệp, người lao động đối với chính sách mới.",
                "Nâng cao hiểu biết pháp luật của người lao động trong khu công nghiệp.",
                "Phân công rõ trách nhiệm, thời hạn hoàn thành.",
            ]
        ),
        P("II. NHIỆM VỤ", bold=True),
        T(_KCN_ROWS, (12, 60, 38, 45, 35)),
        P("III. KINH PHÍ", bold=True),
        P("Từ dự toán ngân sách năm 2025 giao cho Ban Quản lý các khu công nghiệp."),
        *_footer(
            ["Văn phòng Ban tổng hợp kết quả, báo cáo Sở Tư pháp trước ngày 01/12/2025."],
            "TRƯỞNG BAN",
            "Phạm Đức Long",
        ),
    ],
    expected=[
        Exp(
            "Truyền thông dự thảo Quyết định quy định quản lý",
            ("Phòng Quản lý đầu tư",),
            ("Văn phòng Ban", "Trung tâm Dịch vụ hỗ trợ đầu tư"),
            "2025-12-31",
        ),
        Exp(
            "Lấy ý kiến doanh nghiệp, người lao động",
            ("Phòng Quản lý quy hoạch và xây dựng",),
            ("Công đoàn các Khu công nghiệp tỉnh",),
            "2025-06-30",
        ),
        Exp(
            "Phổ biến Bộ luật Lao động",
            ("Phòng Quản lý lao động",),
            ("Công đoàn các Khu công nghiệp tỉnh", "Bảo hiểm xã hội tỉnh"),
            "2025-11-30",
        ),
        Exp(
            "Tập huấn pháp luật về bảo vệ môi trường",
            ("Phòng Quản lý tài nguyên và môi trường",),
            ("Sở Tài nguyên và Môi trường",),
            "2025-09-30",
        ),
        Exp(
            "Đối thoại với doanh nghiệp FDI",
            ("Trung tâm Dịch vụ hỗ trợ đầu tư",),
            ("Phòng Quản lý đầu tư", "Sở Kế hoạch và Đầu tư"),
            "2025-12-31",
        ),
        Exp(
            "Tổ chức Ngày Pháp luật Việt Nam tại Ban Quản lý",
            ("Văn phòng Ban",),
            ("Chi đoàn Ban Quản lý các khu công nghiệp",),
            "2025-11-30",
        ),
        Exp(
            "Cập nhật văn bản pháp luật mới",
            ("Văn phòng Ban",),
            ("Các phòng, đơn vị thuộc Ban",),
            "2025-12-31",
        ),
    ],
)

PLANS: list[Plan] = [PLAN_NN, PLAN_TAX, PLAN_WARD, PLAN_WOMEN, PLAN_KCN]


# ---------------------------------------------------------------- rendering
def to_docx(plan: Plan) -> bytes:
    from docx import Document
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc = Document()
    for block in plan.blocks:
        if isinstance(block, T):
            table = doc.add_table(rows=len(block.rows), cols=len(block.rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(block.rows):
                for c, text in enumerate(row):
                    cell = table.cell(r, c)
                    cell.text = text
                    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
                    if r == 0 or (row[0] and not row[0].isdigit()):
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            continue
        if not block.text:
            continue
        for line in block.text.split("\n"):
            para = doc.add_paragraph()
            run = para.add_run(line)
            run.bold = block.bold
            if block.center:
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def to_pdf(plan: Plan) -> bytes:
    from fpdf import FPDF
    from fpdf.enums import VAlign

    logging.getLogger("fontTools").setLevel(logging.WARNING)

    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_BOLD)
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    for block in plan.blocks:
        if isinstance(block, T):
            pdf.set_font("DejaVu", "", 9)
            with pdf.table(
                col_widths=block.widths or None,
                v_align=VAlign.T,
                text_align="LEFT",
                line_height=5,
            ) as table:
                for row in block.rows:
                    tr = table.row()
                    for text in row:
                        tr.cell(text)
            pdf.ln(2)
            continue
        if not block.text:
            continue
        pdf.set_font("DejaVu", "B" if block.bold else "", 11)
        for line in block.text.split("\n"):
            pdf.multi_cell(0, 6, line, align="C" if block.center else "J", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
