"""Held-out plans for the plan extractor: six plans written without looking at the extractor.

They were written (text and expected answers, by hand) before reading
``pbgdpl.plans.importer``'s code or its own fixtures, to measure how it does on plans it was
not tuned on (issue 4: >= 95% of tasks found, each with the right lead and coordinating units
and deadline). Agencies, provinces and layouts differ from the seeds and from each other:

- ``syt``: Sở Y tế, yearly PBGDPL plan; ``1.``/``1.1.`` headings, one-line
  "- Đơn vị chủ trì: …; đơn vị phối hợp: …; thời gian: …" assignments, unit names with commas;
- ``cat``: Công an tỉnh, Law Day plan; a Word table TT | Nội dung | Cơ quan chủ trì | Cơ quan
  phối hợp | Thời gian | Sản phẩm;
- ``phuong``: UBND phường, Đề án 977 plan; assignments inline in prose ("Giao … chủ trì, phối
  hợp với … thực hiện trong Quý III/2026");
- ``sgd``: Sở Giáo dục và Đào tạo, yearly plan; "+" bullets, one item holding two assignment
  blocks;
- ``bdt``: Ban Dân tộc, plan for ethnic-minority areas; label lines without bullets, two lead
  units, "UBND các huyện, thị xã, thành phố";
- ``hnd``: Hội Nông dân, Đề án 407 plan; "- Thực hiện: X chủ trì, phối hợp với Y. Thời gian: …",
  mixed comma/semicolon lists, event-triggered timeframes.

Each plan renders as DOCX (python-docx, bold headings, real Word tables) and as PDF (fpdf2 with
DejaVu Sans). ``evaluate`` scores one extraction against the expected tasks.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass, field
from typing import Any

from pbgdpl.core.text import key

FONT_DIR = "/usr/share/fonts/truetype/dejavu"


@dataclass(frozen=True)
class Expected:
    """A task as a careful reader extracts it. ``title`` is a prefix of the task's title."""

    title: str
    lead: tuple[str, ...]
    coord: tuple[str, ...]
    deadline: str
    on_request: bool = False


# A block of the document: ("h", text) bold paragraph, ("p", text) plain paragraph,
# ("c", text) centred bold line, ("t", rows) table whose first row is the header.
Block = tuple[str, Any]


@dataclass(frozen=True)
class HeldoutPlan:
    slug: str
    blocks: tuple[Block, ...]
    tasks: tuple[Expected, ...]


def _header(agency_parent: str, agency: str, number: str, place_date: str, subtitle: str) -> list[Block]:
    return [
        ("c", agency_parent),
        ("c", agency),
        ("c", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("c", "Độc lập - Tự do - Hạnh phúc"),
        ("p", f"Số: {number}"),
        ("p", place_date),
        ("c", "KẾ HOẠCH"),
        ("c", subtitle),
    ]


# --------------------------------------------------------------------------------------------
# 1. Sở Y tế Thái Nguyên, PBGDPL 2025: one-line assignments with semicolons.
SYT = HeldoutPlan(
    slug="syt",
    blocks=(
        *_header(
            "UBND TỈNH THÁI NGUYÊN",
            "SỞ Y TẾ",
            "25/KH-SYT",
            "Thái Nguyên, ngày 10 tháng 02 năm 2025",
            "Công tác phổ biến, giáo dục pháp luật năm 2025 của Sở Y tế",
        ),
        (
            "p",
            "Căn cứ Kế hoạch số 18/KH-UBND ngày 20/01/2025 của UBND tỉnh Thái Nguyên về công tác phổ "
            "biến, giáo dục pháp luật năm 2025; Sở Y tế ban hành Kế hoạch công tác phổ biến, giáo dục "
            "pháp luật (PBGDPL) năm 2025 như sau:",
        ),
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("p", "1. Mục đích"),
        (
            "p",
            "- Nâng cao nhận thức, ý thức chấp hành pháp luật của công chức, viên chức, người lao động "
            "ngành y tế và người bệnh, người nhà người bệnh.",
        ),
        ("p", "2. Yêu cầu"),
        (
            "p",
            "- Nội dung phổ biến có trọng tâm, gắn với nhiệm vụ chuyên môn; bảo đảm tiết kiệm, hiệu quả.",
        ),
        ("h", "II. NHIỆM VỤ, GIẢI PHÁP"),
        ("h", "1. Xây dựng, ban hành văn bản chỉ đạo, hướng dẫn"),
        ("p", "1.1. Xây dựng Kế hoạch PBGDPL năm 2025 và các kế hoạch chuyên đề của Sở"),
        (
            "p",
            "- Đơn vị chủ trì: Phòng Pháp chế - Thanh tra; đơn vị phối hợp: Văn phòng Sở, Phòng Nghiệp "
            "vụ Y; thời gian: Quý I/2025.",
        ),
        (
            "p",
            "1.2. Hướng dẫn các bệnh viện, trung tâm y tế tổ chức hưởng ứng Ngày Pháp luật nước Cộng hòa "
            "xã hội chủ nghĩa Việt Nam",
        ),
        (
            "p",
            "- Đơn vị chủ trì: Văn phòng Sở; đơn vị phối hợp: Phòng Pháp chế - Thanh tra; thời gian: "
            "Quý III/2025.",
        ),
        ("h", "2. Phổ biến pháp luật chuyên ngành y tế"),
        (
            "p",
            "2.1. Phổ biến Luật Khám bệnh, chữa bệnh năm 2023 và các văn bản hướng dẫn thi hành cho viên "
            "chức, người lao động các cơ sở khám bệnh, chữa bệnh",
        ),
        (
            "p",
            "- Đơn vị chủ trì: Phòng Nghiệp vụ Y; đơn vị phối hợp: Phòng Pháp chế - Thanh tra, Bệnh viện "
            "Đa khoa tỉnh; thời gian: Quý II, III/2025.",
        ),
        (
            "p",
            "2.2. Tuyên truyền pháp luật về an toàn thực phẩm trong Tháng hành động vì an toàn thực phẩm",
        ),
        (
            "p",
            "- Đơn vị chủ trì: Chi cục An toàn vệ sinh thực phẩm; đơn vị phối hợp: Sở Văn hóa, Thể thao "
            "và Du lịch, Báo và Phát thanh, Truyền hình Thái Nguyên; UBND các xã, phường; thời gian: từ "
            "ngày 15/4 đến ngày 15/5/2025.",
        ),
        ("h", "3. Tổ chức các hoạt động hưởng ứng Ngày Pháp luật Việt Nam (09/11)"),
        (
            "p",
            "- Đơn vị chủ trì: Văn phòng Sở; đơn vị phối hợp: Công đoàn ngành Y tế, Đoàn Thanh niên "
            "Sở Y tế; thời gian: cao điểm từ ngày 01/11 đến ngày 09/11/2025.",
        ),
        ("h", "4. Lồng ghép phổ biến pháp luật trong hoạt động thanh tra, kiểm tra lĩnh vực dược, mỹ phẩm"),
        (
            "p",
            "- Đơn vị chủ trì: Phòng Pháp chế - Thanh tra; đơn vị phối hợp: Phòng Nghiệp vụ Dược; thời "
            "gian: Cả năm.",
        ),
        ("h", "5. Cập nhật văn bản pháp luật về y tế trên Trang thông tin điện tử của Sở"),
        (
            "p",
            "- Đơn vị chủ trì: Văn phòng Sở; đơn vị phối hợp: Các phòng chuyên môn, đơn vị thuộc Sở; "
            "thời gian: Năm 2025.",
        ),
        ("h", "6. Sơ kết, tổng kết công tác PBGDPL"),
        (
            "p",
            "- Đơn vị chủ trì: Phòng Pháp chế - Thanh tra; đơn vị phối hợp: Các phòng, đơn vị thuộc Sở; "
            "thời gian: khi có yêu cầu của Sở Tư pháp.",
        ),
        ("h", "III. TỔ CHỨC THỰC HIỆN"),
        (
            "p",
            "1. Phòng Pháp chế - Thanh tra là đầu mối theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp "
            "báo cáo kết quả gửi Sở Tư pháp trước ngày 15/11/2025.",
        ),
        (
            "p",
            "2. Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách năm 2025 của Sở.",
        ),
        ("p", "Nơi nhận: - Sở Tư pháp; - Giám đốc, các Phó Giám đốc Sở; - Lưu: VT, PC-TTr."),
        ("c", "KT. GIÁM ĐỐC"),
        ("c", "PHÓ GIÁM ĐỐC"),
        ("c", "Nguyễn Thị Hoa"),
    ),
    tasks=(
        Expected(
            "Xây dựng Kế hoạch PBGDPL năm 2025",
            ("Phòng Pháp chế - Thanh tra",),
            ("Văn phòng Sở", "Phòng Nghiệp vụ Y"),
            "2025-03-31",
        ),
        Expected(
            "Hướng dẫn các bệnh viện, trung tâm y tế tổ chức hưởng ứng",
            ("Văn phòng Sở",),
            ("Phòng Pháp chế - Thanh tra",),
            "2025-09-30",
        ),
        Expected(
            "Phổ biến Luật Khám bệnh, chữa bệnh năm 2023",
            ("Phòng Nghiệp vụ Y",),
            ("Phòng Pháp chế - Thanh tra", "Bệnh viện Đa khoa tỉnh"),
            "2025-09-30",
        ),
        Expected(
            "Tuyên truyền pháp luật về an toàn thực phẩm",
            ("Chi cục An toàn vệ sinh thực phẩm",),
            (
                "Sở Văn hóa, Thể thao và Du lịch",
                "Báo và Phát thanh, Truyền hình Thái Nguyên",
                "UBND các xã, phường",
            ),
            "2025-05-15",
        ),
        Expected(
            "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật",
            ("Văn phòng Sở",),
            ("Công đoàn ngành Y tế", "Đoàn Thanh niên Sở Y tế"),
            "2025-11-09",
        ),
        Expected(
            "Lồng ghép phổ biến pháp luật trong hoạt động thanh tra",
            ("Phòng Pháp chế - Thanh tra",),
            ("Phòng Nghiệp vụ Dược",),
            "2025-12-31",
        ),
        Expected(
            "Cập nhật văn bản pháp luật về y tế",
            ("Văn phòng Sở",),
            ("Các phòng chuyên môn, đơn vị thuộc Sở",),
            "2025-12-31",
        ),
        Expected(
            "Sơ kết, tổng kết công tác PBGDPL",
            ("Phòng Pháp chế - Thanh tra",),
            ("Các phòng, đơn vị thuộc Sở",),
            "2025-12-31",
            on_request=True,
        ),
    ),
)

# --------------------------------------------------------------------------------------------
# 2. Công an tỉnh Lâm Đồng, Law Day 2024: the tasks are a Word table.
_CAT_ROWS = [
    ["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian", "Sản phẩm"],
    [
        "1",
        "Xây dựng Kế hoạch tổ chức hưởng ứng Ngày Pháp luật năm 2024 trong Công an tỉnh",
        "Phòng Tham mưu",
        "Phòng Pháp chế; Phòng Công tác đảng và công tác chính trị",
        "Quý III/2024",
        "Kế hoạch",
    ],
    [
        "2",
        "Treo băng rôn, khẩu hiệu hưởng ứng Ngày Pháp luật tại trụ sở các đơn vị",
        "Phòng Hậu cần",
        "Công an các huyện, thành phố",
        "Từ ngày 25/10 đến ngày 15/11/2024",
        "Băng rôn, khẩu hiệu",
    ],
    [
        "3",
        "Tổ chức Hội thi tìm hiểu pháp luật về trật tự, an toàn giao thông cho đoàn viên thanh niên",
        "Đoàn Thanh niên Công an tỉnh",
        "Phòng Cảnh sát giao thông; Sở Giáo dục và Đào tạo",
        "Quý III/2024",
        "Hội thi",
    ],
    [
        "4",
        "Tuyên truyền Luật Căn cước năm 2023 và Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở",
        "Phòng Cảnh sát quản lý hành chính về trật tự xã hội",
        "Công an các huyện, thành phố; Đài Phát thanh - Truyền hình Lâm Đồng",
        "Quý II, III/2024",
        "Tin, bài; hội nghị",
    ],
    [
        "5",
        "Tổ chức tọa đàm “Pháp luật với phòng, chống ma túy trong học đường”",
        "Phòng Cảnh sát điều tra tội phạm về ma túy",
        "Sở Giáo dục và Đào tạo, Tỉnh đoàn Lâm Đồng",
        "Ngày 09/11/2024",
        "Tọa đàm",
    ],
    [
        "6",
        "Phổ biến pháp luật qua hoạt động tiếp công dân, giải quyết khiếu nại, tố cáo",
        "Thanh tra Công an tỉnh",
        "Các phòng nghiệp vụ",
        "Cả năm",
        "Báo cáo",
    ],
    [
        "7",
        "Tuyên truyền trên Trang thông tin điện tử Công an tỉnh và mạng xã hội",
        "Phòng Tham mưu",
        "Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao",
        "Trong năm 2024",
        "Tin, bài, video",
    ],
    [
        "8",
        "Báo cáo kết quả hưởng ứng Ngày Pháp luật năm 2024",
        "Phòng Pháp chế",
        "Các đơn vị có liên quan",
        "Sau khi kết thúc đợt cao điểm, theo yêu cầu của Bộ Công an",
        "Báo cáo",
    ],
]

CAT = HeldoutPlan(
    slug="cat",
    blocks=(
        *_header(
            "BỘ CÔNG AN",
            "CÔNG AN TỈNH LÂM ĐỒNG",
            "312/KH-CAT-PV01",
            "Lâm Đồng, ngày 05 tháng 8 năm 2024",
            "Tổ chức hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2024",
        ),
        (
            "p",
            "Thực hiện Kế hoạch số 95/KH-UBND ngày 22/7/2024 của UBND tỉnh Lâm Đồng về tổ chức hưởng ứng "
            "Ngày Pháp luật năm 2024, Công an tỉnh xây dựng Kế hoạch thực hiện như sau:",
        ),
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        (
            "p",
            "Tiếp tục tôn vinh Hiến pháp, pháp luật; nâng cao ý thức thượng tôn pháp luật của cán bộ, "
            "chiến sĩ và Nhân dân; việc tổ chức bảo đảm thiết thực, tránh hình thức.",
        ),
        ("h", "II. NỘI DUNG, HÌNH THỨC VÀ PHÂN CÔNG THỰC HIỆN"),
        ("p", "Các nhiệm vụ cụ thể được phân công như sau:"),
        ("t", _CAT_ROWS),
        ("h", "III. TỔ CHỨC THỰC HIỆN"),
        (
            "p",
            "Thủ trưởng các đơn vị căn cứ Kế hoạch này triển khai thực hiện; báo cáo kết quả về Công an "
            "tỉnh (qua Phòng Pháp chế) trước ngày 20/11/2024.",
        ),
        ("p", "Nơi nhận: - Đồng chí Giám đốc; - Các đơn vị thuộc Công an tỉnh; - Lưu: VT, PV01."),
        ("c", "KT. GIÁM ĐỐC"),
        ("c", "PHÓ GIÁM ĐỐC"),
        ("c", "Đại tá Trần Văn Minh"),
    ),
    tasks=(
        Expected(
            "Xây dựng Kế hoạch tổ chức hưởng ứng Ngày Pháp luật năm 2024",
            ("Phòng Tham mưu",),
            ("Phòng Pháp chế", "Phòng Công tác đảng và công tác chính trị"),
            "2024-09-30",
        ),
        Expected(
            "Treo băng rôn, khẩu hiệu",
            ("Phòng Hậu cần",),
            ("Công an các huyện, thành phố",),
            "2024-11-15",
        ),
        Expected(
            "Tổ chức Hội thi tìm hiểu pháp luật",
            ("Đoàn Thanh niên Công an tỉnh",),
            ("Phòng Cảnh sát giao thông", "Sở Giáo dục và Đào tạo"),
            "2024-09-30",
        ),
        Expected(
            "Tuyên truyền Luật Căn cước năm 2023",
            ("Phòng Cảnh sát quản lý hành chính về trật tự xã hội",),
            ("Công an các huyện, thành phố", "Đài Phát thanh - Truyền hình Lâm Đồng"),
            "2024-09-30",
        ),
        Expected(
            "Tổ chức tọa đàm",
            ("Phòng Cảnh sát điều tra tội phạm về ma túy",),
            ("Sở Giáo dục và Đào tạo", "Tỉnh đoàn Lâm Đồng"),
            "2024-11-09",
        ),
        Expected(
            "Phổ biến pháp luật qua hoạt động tiếp công dân",
            ("Thanh tra Công an tỉnh",),
            ("Các phòng nghiệp vụ",),
            "2024-12-31",
        ),
        Expected(
            "Tuyên truyền trên Trang thông tin điện tử Công an tỉnh",
            ("Phòng Tham mưu",),
            ("Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao",),
            "2024-12-31",
        ),
        Expected(
            "Báo cáo kết quả hưởng ứng Ngày Pháp luật",
            ("Phòng Pháp chế",),
            ("Các đơn vị có liên quan",),
            "2024-12-31",
            on_request=True,
        ),
    ),
)

# --------------------------------------------------------------------------------------------
# 3. UBND phường Tân Định (TP. Hồ Chí Minh), Đề án 977 in 2026: assignments inline in prose.
PHUONG = HeldoutPlan(
    slug="phuong",
    blocks=(
        *_header(
            "ỦY BAN NHÂN DÂN",
            "PHƯỜNG TÂN ĐỊNH",
            "14/KH-UBND",
            "Tân Định, ngày 12 tháng 01 năm 2026",
            "Thực hiện Đề án “Tăng cường năng lực tiếp cận pháp luật của người dân” trên địa bàn phường "
            "năm 2026",
        ),
        (
            "p",
            "Thực hiện Quyết định số 977/QĐ-TTg ngày 11/8/2022 của Thủ tướng Chính phủ phê duyệt Đề án "
            "“Tăng cường năng lực tiếp cận pháp luật của người dân”; Kế hoạch số 210/KH-UBND ngày "
            "25/12/2025 của Ủy ban nhân dân Thành phố, Ủy ban nhân dân phường Tân Định ban hành Kế hoạch "
            "như sau:",
        ),
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        (
            "p",
            "Tạo chuyển biến trong việc tìm hiểu, sử dụng pháp luật của người dân; gắn việc thực hiện Đề "
            "án với xây dựng phường đạt chuẩn tiếp cận pháp luật.",
        ),
        ("h", "II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN"),
        (
            "p",
            "1. Tuyên truyền, quán triệt nội dung Đề án cho cán bộ, công chức phường và người hoạt động "
            "không chuyên trách ở khu phố. Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp với Ủy ban Mặt "
            "trận Tổ quốc Việt Nam phường thực hiện trong Quý I/2026.",
        ),
        (
            "p",
            "2. Khảo sát nhu cầu tìm hiểu pháp luật của người dân trên địa bàn phường. Văn phòng HĐND và "
            "UBND phường chủ trì thực hiện, hoàn thành trước ngày 30/6/2026.",
        ),
        (
            "p",
            "3. Duy trì Tủ sách pháp luật và điểm tiếp cận pháp luật tại Trung tâm Phục vụ hành chính công "
            "phường. Trung tâm Phục vụ hành chính công phường chủ trì; Phòng Văn hóa - Xã hội phối hợp; "
            "thực hiện thường xuyên trong năm 2026.",
        ),
        (
            "p",
            "4. Tổ chức đối thoại chính sách, pháp luật về đất đai, xây dựng với người dân. Giao Phòng "
            "Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp với Phòng Văn hóa - Xã hội, Công an phường thực "
            "hiện trong Quý III/2026.",
        ),
        (
            "p",
            "5. Hỗ trợ pháp lý cho người dân thuộc hộ nghèo, người khuyết tật, người cao tuổi. Giao Phòng "
            "Văn hóa - Xã hội chủ trì, phối hợp với Trung tâm Trợ giúp pháp lý nhà nước Thành phố thực "
            "hiện khi có đề nghị của người dân.",
        ),
        (
            "p",
            "6. Kiện toàn, bồi dưỡng kỹ năng cho đội ngũ hòa giải viên ở cơ sở. Giao Phòng Văn hóa - Xã "
            "hội chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam phường, Ban điều hành các khu phố "
            "thực hiện từ tháng 3 đến tháng 10/2026.",
        ),
        (
            "p",
            "7. Đánh giá, công nhận phường đạt chuẩn tiếp cận pháp luật năm 2026. Giao Phòng Văn hóa - Xã "
            "hội chủ trì, phối hợp với các phòng chuyên môn, đơn vị thuộc Ủy ban nhân dân phường tham mưu "
            "thực hiện sau khi có hướng dẫn của Sở Tư pháp.",
        ),
        ("h", "III. KINH PHÍ"),
        ("p", "Kinh phí thực hiện từ nguồn ngân sách phường năm 2026 và các nguồn hợp pháp khác."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        (
            "p",
            "Phòng Văn hóa - Xã hội theo dõi, tổng hợp, báo cáo kết quả thực hiện về Ủy ban nhân dân phường "
            "trước ngày 25/11/2026.",
        ),
        ("p", "Nơi nhận: - Sở Tư pháp; - TT Đảng ủy, TT HĐND phường; - Lưu: VT."),
        ("c", "TM. ỦY BAN NHÂN DÂN"),
        ("c", "CHỦ TỊCH"),
        ("c", "Lê Quang Vinh"),
    ),
    tasks=(
        Expected(
            "Tuyên truyền, quán triệt nội dung Đề án",
            ("Phòng Văn hóa - Xã hội",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam phường",),
            "2026-03-31",
        ),
        Expected(
            "Khảo sát nhu cầu tìm hiểu pháp luật",
            ("Văn phòng HĐND và UBND phường",),
            (),
            "2026-06-30",
        ),
        Expected(
            "Duy trì Tủ sách pháp luật",
            ("Trung tâm Phục vụ hành chính công phường",),
            ("Phòng Văn hóa - Xã hội",),
            "2026-12-31",
        ),
        Expected(
            "Tổ chức đối thoại chính sách, pháp luật về đất đai",
            ("Phòng Kinh tế, Hạ tầng và Đô thị",),
            ("Phòng Văn hóa - Xã hội", "Công an phường"),
            "2026-09-30",
        ),
        Expected(
            "Hỗ trợ pháp lý cho người dân",
            ("Phòng Văn hóa - Xã hội",),
            ("Trung tâm Trợ giúp pháp lý nhà nước Thành phố",),
            "2026-12-31",
            on_request=True,
        ),
        Expected(
            "Kiện toàn, bồi dưỡng kỹ năng cho đội ngũ hòa giải viên",
            ("Phòng Văn hóa - Xã hội",),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam phường", "Ban điều hành các khu phố"),
            "2026-10-31",
        ),
        Expected(
            "Đánh giá, công nhận phường đạt chuẩn tiếp cận pháp luật",
            ("Phòng Văn hóa - Xã hội",),
            ("Các phòng chuyên môn, đơn vị thuộc Ủy ban nhân dân phường",),
            "2026-12-31",
            on_request=True,
        ),
    ),
)

# --------------------------------------------------------------------------------------------
# 4. Sở Giáo dục và Đào tạo Nghệ An, PBGDPL 2024: "+" bullets; item 5 holds two blocks.
SGD = HeldoutPlan(
    slug="sgd",
    blocks=(
        *_header(
            "UBND TỈNH NGHỆ AN",
            "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
            "102/KH-SGD&ĐT",
            "Nghệ An, ngày 26 tháng 01 năm 2024",
            "Phổ biến, giáo dục pháp luật năm 2024 của ngành Giáo dục và Đào tạo",
        ),
        (
            "p",
            "Căn cứ Kế hoạch số 40/KH-UBND ngày 15/01/2024 của UBND tỉnh Nghệ An về công tác phổ biến, "
            "giáo dục pháp luật năm 2024, Sở Giáo dục và Đào tạo xây dựng Kế hoạch như sau:",
        ),
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        (
            "p",
            "+ Nâng cao hiểu biết pháp luật của cán bộ, giáo viên, học sinh; phòng ngừa vi phạm pháp luật "
            "trong trường học.",
        ),
        ("h", "II. NHIỆM VỤ CỤ THỂ"),
        (
            "h",
            "1. Quán triệt, phổ biến các luật mới được Quốc hội thông qua tại Kỳ họp thứ 6 cho cán bộ, công "
            "chức cơ quan Sở",
        ),
        ("p", "+ Đơn vị chủ trì: Phòng Tổ chức cán bộ"),
        ("p", "+ Đơn vị phối hợp: Văn phòng Sở; Công đoàn cơ quan Sở"),
        ("p", "+ Thời gian thực hiện: Quý I, II/2024"),
        ("p", "+ Sản phẩm: Hội nghị quán triệt"),
        ("h", "2. Lồng ghép giáo dục pháp luật trong chương trình giáo dục phổ thông"),
        ("p", "+ Đơn vị chủ trì: Phòng Giáo dục Trung học"),
        (
            "p",
            "+ Đơn vị phối hợp: Phòng Giáo dục Mầm non và Tiểu học, các trường trung học phổ thông",
        ),
        ("p", "+ Thời gian thực hiện: từ tháng 9/2024 đến tháng 12/2024"),
        ("p", "+ Sản phẩm: Văn bản hướng dẫn; báo cáo kết quả"),
        ("h", "3. Tổ chức Cuộc thi “Học sinh với pháp luật về an toàn giao thông”"),
        ("p", "+ Đơn vị chủ trì: Phòng Giáo dục chính trị và Công tác học sinh, sinh viên"),
        ("p", "+ Đơn vị phối hợp: Công an tỉnh, Tỉnh đoàn Nghệ An, Ban An toàn giao thông tỉnh"),
        ("p", "+ Thời gian thực hiện: Quý IV/2024"),
        ("p", "+ Sản phẩm: Cuộc thi; quyết định khen thưởng"),
        ("h", "4. Xây dựng, củng cố Tủ sách pháp luật trong trường học"),
        ("p", "+ Đơn vị chủ trì: Văn phòng Sở"),
        ("p", "+ Đơn vị phối hợp: Các trường trung học phổ thông trực thuộc"),
        ("p", "+ Thời gian thực hiện: Cả năm 2024"),
        ("h", "5. Tổ chức các hoạt động hưởng ứng Ngày Pháp luật Việt Nam (09/11)"),
        (
            "p",
            "- Tại cơ quan Sở: tổ chức hội nghị chuyên đề pháp luật cho cán bộ, công chức, người lao động.",
        ),
        ("p", "+ Đơn vị chủ trì: Văn phòng Sở"),
        ("p", "+ Đơn vị phối hợp: Công đoàn cơ quan Sở"),
        ("p", "+ Thời gian thực hiện: Quý IV/2024"),
        ("p", "- Tại các trường học: tổ chức tiết chào cờ, sinh hoạt lớp với chủ đề pháp luật."),
        ("p", "+ Đơn vị chủ trì: Các trường trung học phổ thông trực thuộc"),
        ("p", "+ Đơn vị phối hợp: Đoàn Thanh niên các trường"),
        ("p", "+ Thời gian thực hiện: từ ngày 04/11 đến ngày 09/11/2024"),
        ("h", "6. Kiểm tra công tác PBGDPL tại các cơ sở giáo dục"),
        ("p", "+ Đơn vị chủ trì: Thanh tra Sở"),
        ("p", "+ Đơn vị phối hợp: Phòng Tổ chức cán bộ"),
        ("p", "+ Thời gian thực hiện: Quý III/2024, khi có chỉ đạo của UBND tỉnh"),
        ("h", "7. Báo cáo kết quả công tác PBGDPL năm 2024"),
        ("p", "+ Đơn vị chủ trì: Phòng Tổ chức cán bộ"),
        ("p", "+ Đơn vị phối hợp: Các phòng thuộc Sở"),
        ("p", "+ Thời gian thực hiện: từ ngày 01/11 đến ngày 25/11/2024"),
        ("h", "III. TỔ CHỨC THỰC HIỆN"),
        (
            "p",
            "Trưởng các phòng thuộc Sở, Hiệu trưởng các trường trực thuộc triển khai Kế hoạch này; báo cáo "
            "kết quả về Sở (qua Phòng Tổ chức cán bộ).",
        ),
        ("p", "Nơi nhận: - UBND tỉnh; - Sở Tư pháp; - Các phòng thuộc Sở; - Lưu: VT, TCCB."),
        ("c", "GIÁM ĐỐC"),
        ("c", "Thái Văn Thành"),
    ),
    tasks=(
        Expected(
            "Quán triệt, phổ biến các luật mới",
            ("Phòng Tổ chức cán bộ",),
            ("Văn phòng Sở", "Công đoàn cơ quan Sở"),
            "2024-06-30",
        ),
        Expected(
            "Lồng ghép giáo dục pháp luật",
            ("Phòng Giáo dục Trung học",),
            ("Phòng Giáo dục Mầm non và Tiểu học", "các trường trung học phổ thông"),
            "2024-12-31",
        ),
        Expected(
            "Tổ chức Cuộc thi",
            ("Phòng Giáo dục chính trị và Công tác học sinh, sinh viên",),
            ("Công an tỉnh", "Tỉnh đoàn Nghệ An", "Ban An toàn giao thông tỉnh"),
            "2024-12-31",
        ),
        Expected(
            "Xây dựng, củng cố Tủ sách pháp luật",
            ("Văn phòng Sở",),
            ("Các trường trung học phổ thông trực thuộc",),
            "2024-12-31",
        ),
        Expected(
            "Tại cơ quan Sở",
            ("Văn phòng Sở",),
            ("Công đoàn cơ quan Sở",),
            "2024-12-31",
        ),
        Expected(
            "Tại các trường học",
            ("Các trường trung học phổ thông trực thuộc",),
            ("Đoàn Thanh niên các trường",),
            "2024-11-09",
        ),
        Expected(
            "Kiểm tra công tác PBGDPL",
            ("Thanh tra Sở",),
            ("Phòng Tổ chức cán bộ",),
            "2024-09-30",
            on_request=True,
        ),
        Expected(
            "Báo cáo kết quả công tác PBGDPL năm 2024",
            ("Phòng Tổ chức cán bộ",),
            ("Các phòng thuộc Sở",),
            "2024-11-25",
        ),
    ),
)

# --------------------------------------------------------------------------------------------
# 5. Ban Dân tộc tỉnh Gia Lai, 2024: label lines without bullets, two lead units.
BDT = HeldoutPlan(
    slug="bdt",
    blocks=(
        *_header(
            "UBND TỈNH GIA LAI",
            "BAN DÂN TỘC",
            "08/KH-BDT",
            "Gia Lai, ngày 04 tháng 3 năm 2024",
            "Tuyên truyền, phổ biến, giáo dục pháp luật cho đồng bào dân tộc thiểu số năm 2024",
        ),
        (
            "p",
            "Thực hiện Quyết định số 1898/QĐ-TTg ngày 28/11/2021 của Thủ tướng Chính phủ phê duyệt Đề án "
            "“Hỗ trợ hoạt động bình đẳng giới vùng dân tộc thiểu số” và Kế hoạch số 312/KH-UBND ngày "
            "06/02/2024 của UBND tỉnh, Ban Dân tộc tỉnh xây dựng Kế hoạch như sau:",
        ),
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        (
            "p",
            "a) Giúp đồng bào dân tộc thiểu số hiểu và chấp hành pháp luật, trước hết là pháp luật về hôn "
            "nhân và gia đình, đất đai, phòng, chống mua bán người.",
        ),
        (
            "p",
            "b) Hình thức tuyên truyền phù hợp phong tục, tập quán, sử dụng tiếng dân tộc khi cần thiết.",
        ),
        ("h", "II. NỘI DUNG"),
        ("h", "1. Biên soạn, phát hành tài liệu pháp luật song ngữ"),
        (
            "p",
            "1.1. Biên soạn tờ gấp pháp luật song ngữ Việt - Jrai, Việt - Bahnar về phòng, chống tảo hôn và "
            "hôn nhân cận huyết thống",
        ),
        ("p", "Cơ quan chủ trì: Phòng Chính sách dân tộc"),
        ("p", "Cơ quan phối hợp: Sở Tư pháp; Hội Liên hiệp Phụ nữ tỉnh"),
        ("p", "Thời gian: Quý II/2024"),
        ("p", "1.2. Cấp phát tài liệu cho người có uy tín trong đồng bào dân tộc thiểu số"),
        ("p", "Cơ quan chủ trì: Văn phòng Ban"),
        ("p", "Cơ quan phối hợp: UBND các huyện, thị xã, thành phố"),
        ("p", "Thời gian: Quý III/2024"),
        ("h", "2. Tổ chức hội nghị tuyên truyền, phổ biến pháp luật cho người có uy tín"),
        ("p", "Cơ quan chủ trì: Phòng Chính sách dân tộc; Văn phòng Ban"),
        ("p", "Cơ quan phối hợp: Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Công an tỉnh"),
        ("p", "Thời gian: từ tháng 6 đến tháng 8/2024"),
        ("h", "3. Phát sóng chuyên mục pháp luật bằng tiếng Jrai, tiếng Bahnar"),
        ("p", "Cơ quan chủ trì: Văn phòng Ban"),
        ("p", "Cơ quan phối hợp: Đài Phát thanh - Truyền hình Gia Lai"),
        ("p", "Thời gian: Hằng tháng trong năm 2024"),
        ("h", "4. Trợ giúp pháp lý lưu động tại các xã đặc biệt khó khăn"),
        ("p", "Cơ quan chủ trì: Trung tâm Trợ giúp pháp lý nhà nước tỉnh"),
        (
            "p",
            "Cơ quan phối hợp: Phòng Chính sách dân tộc; UBND các xã vùng đồng bào dân tộc thiểu số",
        ),
        ("p", "Thời gian: Theo đề nghị của UBND các huyện"),
        ("h", "5. Sơ kết 6 tháng, tổng kết năm thực hiện Kế hoạch"),
        ("p", "Cơ quan chủ trì: Văn phòng Ban"),
        ("p", "Cơ quan phối hợp: Các phòng chuyên môn thuộc Ban"),
        ("p", "Thời gian: Tháng 6/2024 và tháng 11/2024"),
        ("h", "III. TỔ CHỨC THỰC HIỆN"),
        (
            "p",
            "Văn phòng Ban chủ trì theo dõi, đôn đốc; các phòng chuyên môn căn cứ nhiệm vụ được giao chủ "
            "động triển khai. Kinh phí từ nguồn sự nghiệp năm 2024 giao Ban Dân tộc.",
        ),
        ("p", "Nơi nhận: - UBND tỉnh; - Sở Tư pháp; - Lưu: VT, CSDT."),
        ("c", "TRƯỞNG BAN"),
        ("c", "Rơ Châm Long"),
    ),
    tasks=(
        Expected(
            "Biên soạn tờ gấp pháp luật song ngữ",
            ("Phòng Chính sách dân tộc",),
            ("Sở Tư pháp", "Hội Liên hiệp Phụ nữ tỉnh"),
            "2024-06-30",
        ),
        Expected(
            "Cấp phát tài liệu cho người có uy tín",
            ("Văn phòng Ban",),
            ("UBND các huyện, thị xã, thành phố",),
            "2024-09-30",
        ),
        Expected(
            "Tổ chức hội nghị tuyên truyền, phổ biến pháp luật cho người có uy tín",
            ("Phòng Chính sách dân tộc", "Văn phòng Ban"),
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Công an tỉnh"),
            "2024-08-31",
        ),
        Expected(
            "Phát sóng chuyên mục pháp luật",
            ("Văn phòng Ban",),
            ("Đài Phát thanh - Truyền hình Gia Lai",),
            "2024-12-31",
        ),
        Expected(
            "Trợ giúp pháp lý lưu động",
            ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh",),
            ("Phòng Chính sách dân tộc", "UBND các xã vùng đồng bào dân tộc thiểu số"),
            "2024-12-31",
            on_request=True,
        ),
        Expected(
            "Sơ kết 6 tháng, tổng kết năm",
            ("Văn phòng Ban",),
            ("Các phòng chuyên môn thuộc Ban",),
            "2024-11-30",
        ),
    ),
)

# --------------------------------------------------------------------------------------------
# 6. Hội Nông dân tỉnh Đồng Tháp, Đề án 407 and PBGDPL 2025: "- Thực hiện: X chủ trì, phối hợp …".
HND = HeldoutPlan(
    slug="hnd",
    blocks=(
        *_header(
            "TỈNH HỘI NÔNG DÂN ĐỒNG THÁP",
            "BAN THƯỜNG VỤ",
            "45-KH/HNDT",
            "Đồng Tháp, ngày 20 tháng 02 năm 2025",
            "Tham gia truyền thông dự thảo chính sách và phổ biến, giáo dục pháp luật cho hội viên nông dân "
            "năm 2025",
        ),
        (
            "p",
            "Thực hiện Quyết định số 407/QĐ-TTg ngày 30/3/2022 của Thủ tướng Chính phủ và Kế hoạch số "
            "27/KH-UBND ngày 10/02/2025 của UBND tỉnh, Ban Thường vụ Hội Nông dân tỉnh ban hành Kế hoạch "
            "như sau:",
        ),
        ("h", "1. MỤC ĐÍCH, YÊU CẦU"),
        (
            "p",
            "Hội viên, nông dân được biết, góp ý các dự thảo chính sách liên quan trực tiếp đến quyền, lợi "
            "ích của mình; nâng cao ý thức chấp hành pháp luật ở nông thôn.",
        ),
        ("h", "2. TRUYỀN THÔNG DỰ THẢO CHÍNH SÁCH"),
        (
            "p",
            "2.1. Truyền thông nội dung dự thảo Luật sửa đổi, bổ sung một số điều của Luật Đất đai liên quan "
            "đến quyền lợi của nông dân",
        ),
        ("p", "- Chủ trì: Ban Tuyên huấn."),
        ("p", "- Phối hợp: Ban Kinh tế - Xã hội, Văn phòng."),
        ("p", "- Thời gian: Sau khi có văn bản đề nghị của Sở Tư pháp."),
        (
            "p",
            "2.2. Tổ chức hội nghị lấy ý kiến hội viên về dự thảo chính sách hỗ trợ phát triển hợp tác xã "
            "nông nghiệp",
        ),
        (
            "p",
            "- Thực hiện: Ban Kinh tế - Xã hội chủ trì, phối hợp với Liên minh Hợp tác xã tỉnh, Sở Nông "
            "nghiệp và Môi trường. Thời gian: Quý III/2025.",
        ),
        ("p", "2.3. Đăng tải dự thảo chính sách trên Trang thông tin điện tử và fanpage của Hội"),
        (
            "p",
            "- Thực hiện: Văn phòng chủ trì; Ban Tuyên huấn phối hợp. Thời gian: trong 05 ngày làm việc "
            "kể từ khi nhận được dự thảo của cơ quan soạn thảo.",
        ),
        ("p", "2.4. Tổng hợp ý kiến của hội viên, nông dân gửi cơ quan chủ trì soạn thảo"),
        (
            "p",
            "- Thực hiện: Ban Kinh tế - Xã hội chủ trì, phối hợp với Ban Tuyên huấn; Hội Nông dân các "
            "xã, phường. Thời gian: Quý II, III/2025.",
        ),
        ("h", "3. PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT CHO HỘI VIÊN"),
        ("p", "3.1. Tổ chức Hội thi “Nhà nông với pháp luật” cấp tỉnh"),
        (
            "p",
            "- Thực hiện: Ban Tuyên huấn chủ trì, phối hợp với Sở Tư pháp, Sở Văn hóa, Thể thao và Du lịch, "
            "Báo và Phát thanh, Truyền hình Đồng Tháp. Thời gian: Quý IV/2025.",
        ),
        ("p", "3.2. Xây dựng, duy trì Câu lạc bộ “Nông dân với pháp luật”"),
        (
            "p",
            "- Thực hiện: Hội Nông dân các xã, phường chủ trì; Ban Tổ chức - Kiểm tra phối hợp. Thời gian: "
            "cả năm.",
        ),
        ("h", "4. TỔ CHỨC THỰC HIỆN"),
        (
            "p",
            "Ban Tuyên huấn tham mưu Ban Thường vụ theo dõi, đôn đốc thực hiện Kế hoạch; báo cáo kết quả "
            "trước ngày 30/11/2025.",
        ),
        ("p", "Nơi nhận: - Trung ương Hội NDVN; - Sở Tư pháp; - Lưu: VP."),
        ("c", "T/M BAN THƯỜNG VỤ"),
        ("c", "CHỦ TỊCH"),
        ("c", "Nguyễn Văn Dũng"),
    ),
    tasks=(
        Expected(
            "Truyền thông nội dung dự thảo Luật",
            ("Ban Tuyên huấn",),
            ("Ban Kinh tế - Xã hội", "Văn phòng"),
            "2025-12-31",
            on_request=True,
        ),
        Expected(
            "Tổ chức hội nghị lấy ý kiến hội viên",
            ("Ban Kinh tế - Xã hội",),
            ("Liên minh Hợp tác xã tỉnh", "Sở Nông nghiệp và Môi trường"),
            "2025-09-30",
        ),
        Expected(
            "Đăng tải dự thảo chính sách",
            ("Văn phòng",),
            ("Ban Tuyên huấn",),
            "2025-12-31",
            on_request=True,
        ),
        Expected(
            "Tổng hợp ý kiến của hội viên",
            ("Ban Kinh tế - Xã hội",),
            ("Ban Tuyên huấn", "Hội Nông dân các xã, phường"),
            "2025-09-30",
        ),
        Expected(
            "Tổ chức Hội thi",
            ("Ban Tuyên huấn",),
            (
                "Sở Tư pháp",
                "Sở Văn hóa, Thể thao và Du lịch",
                "Báo và Phát thanh, Truyền hình Đồng Tháp",
            ),
            "2025-12-31",
        ),
        Expected(
            "Xây dựng, duy trì Câu lạc bộ",
            ("Hội Nông dân các xã, phường",),
            ("Ban Tổ chức - Kiểm tra",),
            "2025-12-31",
        ),
    ),
)

PLANS: tuple[HeldoutPlan, ...] = (SYT, CAT, PHUONG, SGD, BDT, HND)
FORMATS = ("docx", "pdf")


# --------------------------------------------------------------------------------------------
# Rendering
def docx_bytes(plan: HeldoutPlan) -> bytes:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc = Document()
    for kind, value in plan.blocks:
        if kind == "t":
            rows = value
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    cell = table.cell(r, c)
                    cell.text = text
                    if r == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            continue
        para = doc.add_paragraph()
        run = para.add_run(value)
        if kind in ("h", "c"):
            run.bold = True
        if kind == "c":
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def pdf_bytes(plan: HeldoutPlan) -> bytes:
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    logging.getLogger("fontTools").setLevel(logging.WARNING)  # its subsetter logs every glyph at INFO

    pdf = FPDF(format="A4")
    pdf.set_margins(20, 15, 15)
    pdf.add_font("DejaVu", "", f"{FONT_DIR}/DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", f"{FONT_DIR}/DejaVuSans-Bold.ttf")
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for kind, value in plan.blocks:
        if kind == "t":
            pdf.set_font("DejaVu", "", 8)
            with pdf.table(col_widths=(6, 40, 22, 30, 20, 16), first_row_as_headings=True) as table:
                for row in value:
                    cells = table.row()
                    for text in row:
                        cells.cell(text)
            pdf.ln(2)
            continue
        pdf.set_font("DejaVu", "B" if kind in ("h", "c") else "", 11)
        pdf.multi_cell(
            width, 6, value, align="C" if kind == "c" else "J", new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        pdf.ln(1)
    return bytes(pdf.output())


def render(plan: HeldoutPlan, fmt: str) -> bytes:
    return docx_bytes(plan) if fmt == "docx" else pdf_bytes(plan)


# --------------------------------------------------------------------------------------------
# Scoring
def _units(names: Any) -> set[str]:
    return {key(n) for n in names or ()}


@dataclass
class TaskResult:
    expected: Expected
    found: dict[str, Any] | None
    lead: bool = False
    coord: bool = False
    deadline: bool = False
    on_request: bool = False

    @property
    def fully_right(self) -> bool:
        return self.found is not None and self.lead and self.coord and self.deadline


@dataclass
class PlanScore:
    slug: str
    fmt: str
    results: list[TaskResult] = field(default_factory=list)
    extracted: int = 0
    error: str = ""

    @property
    def expected(self) -> int:
        return len(self.results)

    @property
    def found(self) -> int:
        return sum(r.found is not None for r in self.results)

    def count(self, attr: str) -> int:
        return sum(r.found is not None and bool(getattr(r, attr)) for r in self.results)


def evaluate(plan: HeldoutPlan, fmt: str, extraction: dict[str, Any]) -> PlanScore:
    """Match each expected task to an extracted one whose title starts with the expected prefix."""
    tasks = list(extraction.get("tasks") or [])
    used: set[int] = set()
    score = PlanScore(plan.slug, fmt, extracted=len(tasks))
    for exp in plan.tasks:
        prefix = key(exp.title)
        hit = next(
            (
                i
                for i, t in enumerate(tasks)
                if i not in used and key(t.get("title") or "").startswith(prefix)
            ),
            None,
        )
        if hit is None:
            score.results.append(TaskResult(exp, None))
            continue
        used.add(hit)
        t = tasks[hit]
        score.results.append(
            TaskResult(
                exp,
                t,
                lead=_units(t.get("lead_units")) == _units(exp.lead),
                coord=_units(t.get("coordinating_units")) == _units(exp.coord),
                deadline=t.get("deadline") == exp.deadline,
                on_request=bool(t.get("on_request")) == exp.on_request,
            )
        )
    return score


FIELDS = ("lead", "coord", "deadline", "on_request", "fully_right")


def summary_lines(scores: list[PlanScore]) -> list[str]:
    """Per-plan and total figures, then one line per miss or wrong field."""

    def pct(a: int, b: int) -> str:
        return f"{100 * a / b:5.1f}%" if b else "  n/a"

    lines = [
        f"{'plan':<8} {'fmt':<6} {'found':>9} {'lead':>6} {'coord':>6} {'deadl.':>6} {'on_req':>6} {'full':>6} extra"
    ]
    rows = [*scores]
    for s in rows:
        f = s.found
        lines.append(
            f"{s.slug:<8} {s.fmt:<6} {f:>3}/{s.expected:<3} {s.count('lead'):>6} {s.count('coord'):>6} "
            f"{s.count('deadline'):>6} {s.count('on_request'):>6} {s.count('fully_right'):>6} "
            f"{s.extracted - f}" + (f"  ERROR: {s.error}" if s.error else "")
        )
    formats = list(dict.fromkeys(s.fmt for s in scores))
    for fmt in (*formats, None):
        sel = [s for s in scores if fmt is None or s.fmt == fmt]
        exp = sum(s.expected for s in sel)
        found = sum(s.found for s in sel)
        figs = "  ".join(f"{name} {pct(sum(s.count(name) for s in sel), found)}" for name in FIELDS)
        lines.append(f"TOTAL {fmt or 'all'}: found {found}/{exp} = {pct(found, exp)}; of found: {figs}")
    for s in scores:
        for r in s.results:
            if r.found is None:
                lines.append(f"  MISS {s.slug}/{s.fmt}: {r.expected.title!r}")
                continue
            wrong = [n for n in FIELDS[:4] if not getattr(r, n)]
            if wrong:
                got = {
                    "lead": r.found.get("lead_units"),
                    "coord": r.found.get("coordinating_units"),
                    "deadline": r.found.get("deadline"),
                    "on_request": r.found.get("on_request"),
                }
                lines.append(
                    f"  WRONG {s.slug}/{s.fmt} {r.expected.title!r}: "
                    + "; ".join(f"{n}={got[n]!r}" for n in wrong)
                )
    return lines


def score_file(plan: HeldoutPlan, fmt: str, data: bytes, suffix: str) -> PlanScore:
    """Run the extractor on one rendering of ``plan``; a refused file counts every task as missed."""
    from pbgdpl.plans.importer import PlanImportError, extract

    try:
        extraction = extract(data, filename=f"{plan.slug}.{suffix}")
    except PlanImportError as exc:
        score = evaluate(plan, fmt, {"tasks": []})
        score.error = str(exc)
        return score
    return evaluate(plan, fmt, extraction)


def run_all() -> list[PlanScore]:
    return [score_file(plan, fmt, render(plan, fmt), fmt) for plan in PLANS for fmt in FORMATS]


def totals(scores: list[PlanScore]) -> tuple[float, float]:
    """(share of expected tasks found, share of found tasks with lead, coord and deadline right)."""
    exp = sum(s.expected for s in scores)
    found = sum(s.found for s in scores)
    full = sum(s.count("fully_right") for s in scores)
    return found / exp, (full / found if found else 0.0)
