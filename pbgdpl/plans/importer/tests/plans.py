"""Eight plans written for these tests, each in its own agency's layout, with the answers written by hand.

A plan is a spec (header, purposes, tasks, organisation, signature) plus a layout; ``render`` turns it
into the paragraphs and tables a Word or PDF file holds. The expected tasks (units as separate names,
deadlines, on_request) are typed here by a person reading the plan, never computed by the extractor.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class T:
    """One task as a careful reader writes it down."""

    title: str
    lead: list[str]
    coord: list[str]
    time: str | None
    deadline: str
    on_request: bool = False
    products: list[str] = field(default_factory=list)
    body: str = ""
    lead_text: str | None = None  # how the plan writes the lead units, when not a plain list
    coord_text: str | None = None


@dataclass
class G:
    """A group heading (no lead unit of its own) and the tasks under it."""

    title: str
    tasks: list[T]


@dataclass
class Plan:
    slug: str
    layout: str
    issuer: list[str]
    number: str
    place: str
    date_line: str
    date: str | None
    year: int
    title: list[str]
    preamble: str
    cited: list[str]
    purposes: list[str]
    items: list[G | T]
    organisation: list[str]
    recipients: list[str]
    signer: list[str]
    sep: str = ", "
    task_section: str = "II. NHIỆM VỤ VÀ GIẢI PHÁP"

    def expected(self) -> dict[str, Any]:
        tasks: list[dict[str, Any]] = []
        for item in self.items:
            if isinstance(item, G):
                for task in item.tasks:
                    tasks.append({**_task(task), "parent_title": item.title})
            else:
                tasks.append(_task(item))
        return {
            "place": self.place,
            "date": self.date,
            "year": self.year,
            "number": self.number,
            "cited_numbers": self.cited,
            "tasks": tasks,
        }


def _task(task: T) -> dict[str, Any]:
    out: dict[str, Any] = {
        "title": task.title,
        "lead_units": task.lead,
        "coordinating_units": task.coord,
        "timeframe": task.time,
        "deadline": task.deadline,
        "on_request": task.on_request,
    }
    if task.products:
        out["products"] = task.products
    return out


# ---------------------------------------------------------------------------------------------
# The plans
# ---------------------------------------------------------------------------------------------

NGHE_AN = Plan(
    slug="so-tu-phap-nghe-an-2025",
    layout="plus_bullets",
    issuer=["UBND TỈNH NGHỆ AN", "SỞ TƯ PHÁP"],
    number="45/KH-STP",
    place="Nghệ An",
    date_line="Nghệ An, ngày 10 tháng 01 năm 2025",
    date="2025-01-10",
    year=2025,
    title=["Công tác phổ biến, giáo dục pháp luật năm 2025"],
    preamble=(
        "Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012; thực hiện Kế hoạch số 12/KH-UBND ngày "
        "05/01/2025 của UBND tỉnh về công tác phổ biến, giáo dục pháp luật năm 2025, Sở Tư pháp ban hành "
        "Kế hoạch như sau:"
    ),
    cited=["12/KH-UBND"],
    purposes=[
        "Triển khai kịp thời, hiệu quả công tác phổ biến, giáo dục pháp luật trong ngành Tư pháp.",
        "Nâng cao ý thức tôn trọng và chấp hành pháp luật của cán bộ, công chức và Nhân dân.",
    ],
    items=[
        G(
            "Tham mưu ban hành văn bản chỉ đạo, hướng dẫn",
            [
                T(
                    "Tham mưu UBND tỉnh ban hành Kế hoạch công tác phổ biến, giáo dục pháp luật năm 2026",
                    ["Phòng Phổ biến, giáo dục pháp luật"],
                    ["Văn phòng Sở", "Phòng Hành chính tư pháp"],
                    "Tháng 12/2025",
                    "2025-12-31",
                    products=["Kế hoạch của UBND tỉnh"],
                ),
                T(
                    "Hướng dẫn các sở, ban, ngành tổ chức Ngày Pháp luật Việt Nam năm 2025",
                    ["Phòng Phổ biến, giáo dục pháp luật"],
                    [
                        "Sở Văn hóa, Thể thao và Du lịch",
                        "Sở Khoa học và Công nghệ",
                        "Đài Phát thanh và Truyền hình tỉnh",
                    ],
                    "Từ ngày 15/9 đến ngày 30/9/2025",
                    "2025-09-30",
                    products=["Văn bản hướng dẫn"],
                ),
            ],
        ),
        G(
            "Tổ chức các hoạt động phổ biến, giáo dục pháp luật",
            [
                T(
                    "Biên soạn tài liệu phổ biến pháp luật cho đồng bào dân tộc thiểu số",
                    ["Phòng Phổ biến, giáo dục pháp luật"],
                    ["Ban Dân tộc và Tôn giáo", "UBND các huyện, thị xã, thành phố"],
                    "Quý II, III/2025",
                    "2025-09-30",
                    products=["Tờ gấp pháp luật", "sổ tay hỏi đáp"],
                ),
                T(
                    "Tập huấn nghiệp vụ cho báo cáo viên pháp luật cấp tỉnh",
                    ["Phòng Phổ biến, giáo dục pháp luật"],
                    ["Trường Chính trị tỉnh"],
                    "Quý III/2025 (khi có hướng dẫn của Bộ Tư pháp)",
                    "2025-09-30",
                    on_request=True,
                    products=["Lớp tập huấn"],
                ),
                T(
                    "Duy trì chuyên mục Pháp luật và đời sống trên Trang thông tin điện tử của Sở",
                    ["Văn phòng Sở"],
                    ["Các phòng, đơn vị thuộc Sở"],
                    "Cả năm",
                    "2025-12-31",
                    products=["Tin, bài"],
                ),
            ],
        ),
        T(
            "Kiểm tra công tác phổ biến, giáo dục pháp luật tại các địa phương",
            ["Thanh tra Sở"],
            ["Phòng Phổ biến, giáo dục pháp luật", "Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh"],
            "Quý IV/2025",
            "2025-12-31",
            products=["Báo cáo kết quả kiểm tra"],
        ),
    ],
    organisation=[
        "1. Phòng Phổ biến, giáo dục pháp luật chủ trì, theo dõi, đôn đốc việc thực hiện Kế hoạch.",
        "2. Các phòng, đơn vị thuộc Sở gửi báo cáo kết quả về Sở trước ngày 15/6 (đối với báo cáo 6 tháng).",
    ],
    recipients=["Bộ Tư pháp (để báo cáo)", "UBND tỉnh (để báo cáo)", "Lưu: VT, PBGDPL"],
    signer=["GIÁM ĐỐC", "Trần Quốc Bảo"],
    sep="; ",
)

GIO_LINH = Plan(
    slug="ubnd-huyen-gio-linh-977-2024",
    layout="table",
    issuer=["ỦY BAN NHÂN DÂN", "HUYỆN GIO LINH"],
    number="88/KH-UBND",
    place="Gio Linh",
    date_line="Gio Linh, ngày 20 tháng 3 năm 2024",
    date="2024-03-20",
    year=2024,
    title=[
        "Thực hiện Đề án “Tăng cường năng lực tiếp cận pháp luật của người dân”",
        "trên địa bàn huyện năm 2024",
    ],
    preamble=(
        "Thực hiện Quyết định số 977/QĐ-TTg ngày 11/8/2022 của Thủ tướng Chính phủ và Kế hoạch số 140/KH-UBND "
        "ngày 02/10/2022 của UBND tỉnh Quảng Trị, UBND huyện ban hành Kế hoạch thực hiện năm 2024 như sau:"
    ),
    cited=["977/QĐ-TTg", "140/KH-UBND"],
    purposes=["Nâng cao năng lực tiếp cận pháp luật của người dân trên địa bàn huyện."],
    items=[
        G(
            "Nâng cao nhận thức của người dân về tiếp cận pháp luật",
            [
                T(
                    "Tuyên truyền về quyền tiếp cận thông tin trên hệ thống truyền thanh cơ sở",
                    ["Trung tâm Văn hóa, Thể thao và Truyền thanh"],
                    ["Phòng Tư pháp", "UBND các xã, thị trấn"],
                    "Hằng tháng",
                    "2024-12-31",
                    products=["Chuyên mục phát thanh"],
                ),
                T(
                    "Khảo sát nhu cầu tìm hiểu pháp luật của người dân tại 05 xã vùng biển",
                    ["Phòng Tư pháp"],
                    ["Hội Liên hiệp Phụ nữ huyện", "Huyện đoàn"],
                    "Tháng 4 - tháng 5/2024",
                    "2024-05-31",
                    products=["Báo cáo khảo sát"],
                ),
            ],
        ),
        G(
            "Nâng cao trách nhiệm của cơ quan nhà nước trong hỗ trợ người dân",
            [
                T(
                    "Công khai số điện thoại đường dây nóng tiếp nhận phản ánh, kiến nghị",
                    ["Văn phòng HĐND và UBND huyện"],
                    ["Phòng Nội vụ", "UBND các xã, thị trấn"],
                    "Quý I/2024",
                    "2024-03-31",
                    products=["Thông báo công khai"],
                ),
                T(
                    "Tổ chức đối thoại chính sách pháp luật với doanh nghiệp",
                    ["Phòng Tài chính - Kế hoạch"],
                    ["Phòng Tư pháp", "Chi cục Thuế khu vực"],
                    "Khi có yêu cầu của UBND tỉnh",
                    "2024-12-31",
                    on_request=True,
                    products=["Hội nghị đối thoại"],
                ),
                T(
                    "Rà soát, bổ sung tủ sách pháp luật tại nhà văn hóa thôn",
                    ["UBND các xã, thị trấn"],
                    ["Phòng Văn hóa, Thông tin và Thể thao"],
                    "Từ 01/6 đến 30/9/2024",
                    "2024-09-30",
                    products=["Tủ sách được bổ sung"],
                ),
            ],
        ),
        G(
            "Kiểm tra, sơ kết",
            [
                T(
                    "Sơ kết 02 năm thực hiện Đề án trên địa bàn huyện",
                    ["Phòng Tư pháp"],
                    ["Các cơ quan, đơn vị có liên quan"],
                    "Theo hướng dẫn của Sở Tư pháp",
                    "2024-12-31",
                    on_request=True,
                    products=["Báo cáo sơ kết"],
                ),
            ],
        ),
    ],
    organisation=[
        "1. Phòng Tư pháp là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch này.",
        "2. Các cơ quan, đơn vị báo cáo kết quả về Phòng Tư pháp trước ngày 20/11 (đối với báo cáo năm).",
    ],
    recipients=["UBND tỉnh", "Sở Tư pháp", "Lưu: VT"],
    signer=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Hòa"],
)

BINH_DINH = Plan(
    slug="so-y-te-binh-dinh-407-2023",
    layout="dash_blocks",
    issuer=["UBND TỈNH BÌNH ĐỊNH", "SỞ Y TẾ"],
    number="1203/KH-SYT",
    place="Bình Định",
    date_line="Bình Định, ngày 06 tháng 4 năm 2023",
    date="2023-04-06",
    year=2023,
    title=["Truyền thông dự thảo chính sách có tác động lớn đến xã hội", "trong ngành Y tế năm 2023"],
    preamble=(
        "Thực hiện Quyết định số 407/QĐ-TTg ngày 30/3/2022 của Thủ tướng Chính phủ phê duyệt Đề án tổ chức "
        "truyền thông chính sách có tác động lớn đến xã hội trong quá trình xây dựng văn bản quy phạm pháp luật "
        "giai đoạn 2022 - 2027; Kế hoạch số 51/KH-UBND ngày 09/5/2022 của UBND tỉnh, Sở Y tế xây dựng Kế hoạch "
        "như sau:"
    ),
    cited=["407/QĐ-TTg", "51/KH-UBND"],
    purposes=["Bảo đảm 100% dự thảo chính sách có tác động lớn do Sở chủ trì soạn thảo được truyền thông."],
    items=[
        G(
            "Truyền thông dự thảo Nghị quyết quy định chính sách hỗ trợ nhân viên y tế thôn, bản",
            [
                T(
                    "Đăng tải toàn văn dự thảo và bản thuyết minh chính sách trên Cổng thông tin điện tử của Sở",
                    ["Văn phòng Sở"],
                    ["Phòng Tổ chức cán bộ"],
                    "Trong thời gian lấy ý kiến dự thảo",
                    "2023-12-31",
                ),
                T(
                    "Tổ chức hội nghị lấy ý kiến nhân viên y tế thôn, bản và đại diện người dân",
                    ["Phòng Tổ chức cán bộ"],
                    ["Trung tâm Y tế các huyện, thị xã, thành phố", "Hội Liên hiệp Phụ nữ tỉnh"],
                    "Quý II/2023",
                    "2023-06-30",
                    products=["Hội nghị", "báo cáo tiếp thu, giải trình"],
                ),
                T(
                    "Phối hợp với Báo Bình Định đăng tải bài viết giới thiệu nội dung cơ bản của chính sách",
                    ["Văn phòng Sở"],
                    ["Báo Bình Định", "Đài Phát thanh và Truyền hình tỉnh"],
                    "Sau khi có văn bản đề nghị của Thường trực HĐND tỉnh",
                    "2023-12-31",
                    on_request=True,
                    products=["Bài viết"],
                ),
            ],
        ),
        G(
            "Truyền thông dự thảo Quyết định quy định giá dịch vụ khám bệnh, chữa bệnh",
            [
                T(
                    "Xây dựng bộ câu hỏi - trả lời về những điểm mới của dự thảo",
                    ["Phòng Kế hoạch - Tài chính"],
                    ["Phòng Nghiệp vụ Y"],
                    "Tháng 7/2023",
                    "2023-07-31",
                    products=["Bộ hỏi - đáp"],
                ),
                T(
                    "Tổ chức đối thoại với các cơ sở khám bệnh, chữa bệnh ngoài công lập",
                    ["Phòng Nghiệp vụ Y"],
                    ["Hội Y học tỉnh", "Bảo hiểm xã hội tỉnh"],
                    "Từ ngày 01/8 đến ngày 15/9/2023",
                    "2023-09-15",
                    products=["Biên bản đối thoại"],
                ),
            ],
        ),
        T(
            "Tổng hợp, báo cáo kết quả truyền thông chính sách năm 2023",
            ["Văn phòng Sở"],
            ["Các phòng chức năng thuộc Sở"],
            "Trước ngày 30/11/2023",
            "2023-11-30",
            products=["Báo cáo"],
        ),
    ],
    organisation=["1. Văn phòng Sở là đầu mối theo dõi việc thực hiện Kế hoạch này."],
    recipients=["Sở Tư pháp", "Giám đốc, các Phó Giám đốc Sở", "Lưu: VT, VP"],
    signer=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Phạm Thị Lan"],
    task_section="II. NỘI DUNG TRUYỀN THÔNG",
)

LAM_DONG = Plan(
    slug="so-vhttdl-lam-dong-ngay-phap-luat-2024",
    layout="bold_inline",
    issuer=["UBND TỈNH LÂM ĐỒNG", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"],
    number="318/KH-SVHTTDL",
    place="Lâm Đồng",
    date_line="Lâm Đồng, ngày 02 tháng 10 năm 2024",
    date="2024-10-02",
    year=2024,
    title=["Tổ chức hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2024"],
    preamble=(
        "Thực hiện Kế hoạch số 07/KH-HĐPH ngày 15/9/2024 của Hội đồng phối hợp phổ biến, giáo dục pháp luật "
        "tỉnh, Sở Văn hóa, Thể thao và Du lịch ban hành Kế hoạch như sau:"
    ),
    cited=["07/KH-HĐPH"],
    purposes=["Lan tỏa tinh thần thượng tôn pháp luật trong cán bộ, công chức, viên chức và người lao động."],
    items=[
        T(
            "Treo băng rôn, khẩu hiệu hưởng ứng Ngày Pháp luật tại trụ sở Sở và các đơn vị",
            ["Văn phòng Sở"],
            ["Trung tâm Văn hóa Nghệ thuật tỉnh", "Thư viện tỉnh"],
            "Từ ngày 01/11 đến ngày 10/11/2024",
            "2024-11-10",
        ),
        T(
            "Tổ chức Hội thi tìm hiểu pháp luật về di sản văn hóa cho đoàn viên thanh niên",
            ["Phòng Quản lý Di sản văn hóa"],
            ["Đoàn Thanh niên Sở", "Công đoàn Sở", "Bảo tàng Lâm Đồng"],
            "Tháng 11/2024",
            "2024-11-30",
            products=["Hội thi", "báo cáo kết quả"],
        ),
        T(
            "Giới thiệu sách pháp luật tại Thư viện tỉnh",
            ["Thư viện tỉnh"],
            ["Phòng Quản lý văn hóa"],
            "Quý IV/2024",
            "2024-12-31",
        ),
        T(
            "Đăng tải tin, bài về các hoạt động hưởng ứng trên Trang thông tin điện tử của Sở",
            ["Văn phòng Sở"],
            ["Các phòng, đơn vị"],
            "Trong năm",
            "2024-12-31",
            products=["Tin, bài"],
        ),
        T(
            "Phối hợp tổ chức Lễ mít tinh hưởng ứng Ngày Pháp luật của tỉnh",
            ["Văn phòng Sở"],
            ["Sở Tư pháp", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"],
            "Theo đề nghị của Sở Tư pháp",
            "2024-12-31",
            on_request=True,
        ),
    ],
    organisation=["Văn phòng Sở tổng hợp kết quả, báo cáo Sở Tư pháp trước ngày 20/11/2024."],
    recipients=["Sở Tư pháp", "Lưu: VT, VP"],
    signer=["GIÁM ĐỐC", "Nguyễn Minh Tâm"],
    task_section="II. NỘI DUNG, HÌNH THỨC HƯỞNG ỨNG",
)

TAN_PHU = Plan(
    slug="ubnd-xa-tan-phu-2025",
    layout="giao_sentence",
    issuer=["UBND TỈNH ĐỒNG NAI", "ỦY BAN NHÂN DÂN XÃ TÂN PHÚ"],
    number="15/KH-UBND",
    place="Tân Phú",
    date_line="Tân Phú, ngày 18 tháng 8 năm 2025",
    date="2025-08-18",
    year=2025,
    title=["Phổ biến, giáo dục pháp luật và hòa giải ở cơ sở", "từ nay đến cuối năm 2025"],
    preamble=(
        "Thực hiện Luật Tổ chức chính quyền địa phương số 72/2025/QH15 và Kế hoạch số 230/KH-UBND ngày "
        "01/8/2025 của UBND tỉnh Đồng Nai, UBND xã Tân Phú ban hành Kế hoạch như sau:"
    ),
    cited=["72/2025/QH15", "230/KH-UBND"],
    purposes=["Đưa pháp luật đến gần người dân sau khi sắp xếp đơn vị hành chính."],
    items=[
        G(
            "Phổ biến pháp luật sau sắp xếp đơn vị hành chính",
            [
                T(
                    "Tuyên truyền về tổ chức chính quyền địa phương hai cấp trên hệ thống loa truyền thanh",
                    ["Văn phòng HĐND và UBND xã"],
                    ["Công an xã", "Ủy ban Mặt trận Tổ quốc Việt Nam xã"],
                    "Tháng 9/2025",
                    "2025-09-30",
                ),
                T(
                    "Cấp phát tờ gấp hướng dẫn thủ tục hành chính sau sắp xếp tại Trung tâm phục vụ hành chính công",
                    ["Trung tâm phục vụ hành chính công xã"],
                    ["Phòng Văn hóa - Xã hội"],
                    "Quý III, IV/2025",
                    "2025-12-31",
                ),
            ],
        ),
        G(
            "Hòa giải ở cơ sở",
            [
                T(
                    "Kiện toàn tổ hòa giải ở các ấp sau sáp nhập",
                    ["Phòng Văn hóa - Xã hội"],
                    ["Ban Công tác Mặt trận các ấp", "Trưởng ấp"],
                    "Trước ngày 30/10/2025",
                    "2025-10-30",
                ),
                T(
                    "Bồi dưỡng kỹ năng hòa giải cho hòa giải viên",
                    ["Phòng Văn hóa - Xã hội"],
                    ["Tòa án nhân dân khu vực 3"],
                    "Khi nhận được tài liệu của Sở Tư pháp",
                    "2025-12-31",
                    on_request=True,
                ),
            ],
        ),
        T(
            "Đánh giá, công nhận xã đạt chuẩn tiếp cận pháp luật năm 2025",
            ["Phòng Văn hóa - Xã hội"],
            ["Các ban, ngành, đoàn thể xã"],
            "Tháng 12/2025",
            "2025-12-31",
        ),
    ],
    organisation=["Phòng Văn hóa - Xã hội theo dõi, tổng hợp, báo cáo UBND xã."],
    recipients=["UBND tỉnh", "Sở Tư pháp", "Lưu: VT"],
    signer=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Võ Thành Nhân"],
    task_section="II. NHIỆM VỤ CỤ THỂ",
)

THAI_NGUYEN = Plan(
    slug="so-gddt-thai-nguyen-2024",
    layout="table_two_rows",
    issuer=["UBND TỈNH THÁI NGUYÊN", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
    number="77/KH-SGDĐT",
    place="Thái Nguyên",
    date_line="Thái Nguyên, ngày 25 tháng 01 năm 2024",
    date="2024-01-25",
    year=2024,
    title=["Phổ biến, giáo dục pháp luật trong nhà trường năm 2024"],
    preamble=(
        "Căn cứ Thông tư số 56/2023/TT-BTC ngày 18/8/2023 của Bộ Tài chính; thực hiện Kế hoạch số 09/KH-UBND "
        "ngày 12/01/2024 của UBND tỉnh, Sở Giáo dục và Đào tạo xây dựng Kế hoạch như sau:"
    ),
    cited=["56/2023/TT-BTC", "09/KH-UBND"],
    purposes=["Hình thành ý thức tuân thủ pháp luật cho học sinh, sinh viên."],
    items=[
        G(
            "Giáo dục pháp luật trong chương trình chính khóa",
            [
                T(
                    "Lồng ghép nội dung pháp luật về an toàn giao thông vào môn Giáo dục công dân",
                    ["Phòng Giáo dục Trung học"],
                    ["Các trường trung học phổ thông"],
                    "Năm học 2024 - 2025",
                    "2024-12-31",
                    products=["Kế hoạch bài dạy"],
                ),
                T(
                    "Bồi dưỡng giáo viên dạy Giáo dục công dân, Giáo dục kinh tế và pháp luật",
                    ["Phòng Giáo dục Trung học"],
                    ["Trường Đại học Sư phạm - Đại học Thái Nguyên"],
                    "Tháng 7/2024",
                    "2024-07-31",
                    products=["Lớp bồi dưỡng"],
                ),
            ],
        ),
        G(
            "Hoạt động ngoại khóa",
            [
                T(
                    "Tổ chức cuộc thi “Học sinh với pháp luật” cấp tỉnh",
                    ["Phòng Chính trị, tư tưởng và Công tác học sinh"],
                    ["Tỉnh đoàn", "Công an tỉnh", "Sở Tư pháp"],
                    "Từ tháng 3 đến tháng 4/2024",
                    "2024-04-30",
                    products=["Cuộc thi", "báo cáo tổng kết"],
                ),
                T(
                    "Xây dựng mô hình câu lạc bộ pháp luật trong trường học",
                    ["Các trường trung học phổ thông"],
                    ["Phòng Chính trị, tư tưởng và Công tác học sinh"],
                    "Quý II/2024",
                    "2024-06-30",
                    products=["Câu lạc bộ pháp luật"],
                ),
                T(
                    "Tuyên truyền phòng, chống bạo lực học đường",
                    ["Phòng Chính trị, tư tưởng và Công tác học sinh"],
                    ["Công an tỉnh", "Hội Liên hiệp Phụ nữ tỉnh"],
                    "Khi được Bộ Giáo dục và Đào tạo yêu cầu",
                    "2024-12-31",
                    on_request=True,
                    products=["Hội nghị tuyên truyền"],
                ),
            ],
        ),
        G(
            "Bảo đảm điều kiện",
            [
                T(
                    "Bổ sung sách pháp luật cho thư viện trường học",
                    ["Phòng Kế hoạch - Tài chính"],
                    ["Các trường trung học phổ thông"],
                    "6 tháng cuối năm",
                    "2024-12-31",
                    products=["Sách pháp luật"],
                ),
            ],
        ),
    ],
    organisation=["Các đơn vị báo cáo kết quả về Sở trước ngày 10/12/2024 (đối với báo cáo năm)."],
    recipients=["Bộ GDĐT", "UBND tỉnh", "Lưu: VT"],
    signer=["GIÁM ĐỐC", "Đỗ Thị Hương"],
    task_section="II. NHIỆM VỤ",
)

KON_TUM = Plan(
    slug="hdph-kon-tum-766-2025",
    layout="runs_into_body",
    issuer=["UBND TỈNH KON TUM", "HỘI ĐỒNG PHỐI HỢP PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT"],
    number="05/KH-HĐPH",
    place="Kon Tum",
    date_line="Kon Tum, ngày 12 tháng 5 năm 2025",
    date="2025-05-12",
    year=2025,
    title=["Chuyển đổi số trong công tác phổ biến, giáo dục pháp luật năm 2025"],
    preamble=(
        "Thực hiện Quyết định số 766/QĐ-TTg ngày 15/4/2025 của Thủ tướng Chính phủ, Hội đồng phối hợp phổ biến, "
        "giáo dục pháp luật tỉnh ban hành Kế hoạch như sau:"
    ),
    cited=["766/QĐ-TTg"],
    purposes=["Đưa thông tin pháp luật đến người dân bằng phương tiện số."],
    items=[
        T(
            "Xây dựng kho dữ liệu số phổ biến, giáo dục pháp luật của tỉnh",
            ["Sở Tư pháp"],
            ["Sở Khoa học và Công nghệ", "Văn phòng UBND tỉnh"],
            "Quý III/2025",
            "2025-09-30",
            body="Kho dữ liệu gồm văn bản dự thảo, văn bản đang có hiệu lực và các tình huống pháp luật.",
            lead_text="Sở Tư pháp chủ trì, phối hợp với Sở Khoa học và Công nghệ, Văn phòng UBND tỉnh",
        ),
        T(
            "Tiếp nhận và phân loại câu hỏi pháp luật của người dân qua Cổng thông tin điện tử",
            ["Văn phòng UBND tỉnh"],
            ["Sở Tư pháp", "Sở Nội vụ"],
            "Từ tháng 6 đến tháng 12/2025",
            "2025-12-31",
            body="Câu hỏi được chuyển đến cơ quan có thẩm quyền trả lời trong 05 ngày làm việc.",
            lead_text="Văn phòng UBND tỉnh chủ trì, phối hợp với Sở Tư pháp và Sở Nội vụ",
        ),
        T(
            "Tổ chức đối thoại trực tuyến về pháp luật đất đai",
            ["Sở Nông nghiệp và Môi trường"],
            ["Đài Phát thanh - Truyền hình tỉnh", "UBND các xã, phường"],
            "Tháng 10/2025",
            "2025-10-31",
            body="Mỗi buổi đối thoại được truyền trực tiếp trên nền tảng số.",
        ),
        T(
            "Thí điểm trợ lý ảo trả lời câu hỏi pháp luật có dẫn nguồn",
            ["Sở Khoa học và Công nghệ"],
            ["Sở Tư pháp", "Viettel Kon Tum"],
            "Sau khi có hướng dẫn của Bộ Tư pháp",
            "2025-12-31",
            on_request=True,
            body="Câu trả lời phải dẫn căn cứ pháp lý.",
        ),
    ],
    organisation=["Sở Tư pháp là cơ quan thường trực của Hội đồng, theo dõi, đôn đốc thực hiện Kế hoạch."],
    recipients=["Bộ Tư pháp", "Thường trực Tỉnh ủy", "Lưu: VT"],
    signer=["CHỦ TỊCH HỘI ĐỒNG", "PHÓ CHỦ TỊCH UBND TỈNH", "A Pớt"],
    task_section="II. NHIỆM VỤ",
)

CA_MAU = Plan(
    slug="so-nnmt-ca-mau-2026",
    layout="letter_labels",
    issuer=["UBND TỈNH CÀ MAU", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"],
    number="201/KH-SNNMT",
    place="Cà Mau",
    date_line="Cà Mau, ngày 05 tháng 02 năm 2026",
    date="2026-02-05",
    year=2026,
    title=["Phổ biến, giáo dục pháp luật về nông nghiệp và môi trường năm 2026"],
    preamble=(
        "Thực hiện Kế hoạch số 18/KH-UBND ngày 20/01/2026 của UBND tỉnh Cà Mau; Kết luận số 80-KL/TW ngày "
        "20/6/2020 của Ban Bí thư, Sở Nông nghiệp và Môi trường ban hành Kế hoạch như sau:"
    ),
    cited=["18/KH-UBND", "80-KL/TW"],
    purposes=["Nâng cao hiểu biết pháp luật về đất đai, thủy sản, môi trường cho người dân."],
    items=[
        G(
            "Phổ biến pháp luật chuyên ngành",
            [
                T(
                    "Phổ biến Luật Đất đai năm 2024 và các văn bản hướng dẫn cho người dân vùng ven biển",
                    ["Chi cục Quản lý đất đai"],
                    ["UBND các xã, phường", "Hội Nông dân tỉnh"],
                    "Quý I, II/2026",
                    "2026-06-30",
                ),
                T(
                    "Tuyên truyền quy định chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định",
                    ["Chi cục Thủy sản"],
                    ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Đài Phát thanh và Truyền hình tỉnh", "Báo Cà Mau"],
                    "Cao điểm từ ngày 01/3 đến ngày 30/4/2026",
                    "2026-04-30",
                ),
            ],
        ),
        G(
            "Hỗ trợ pháp lý cho doanh nghiệp",
            [
                T(
                    "Giải đáp vướng mắc pháp luật về môi trường cho doanh nghiệp chế biến thủy sản",
                    ["Chi cục Bảo vệ môi trường"],
                    ["Hiệp hội Chế biến và Xuất khẩu thủy sản tỉnh"],
                    "Theo yêu cầu của doanh nghiệp",
                    "2026-12-31",
                    on_request=True,
                ),
                T(
                    "Tổ chức tọa đàm về thủ tục cấp giấy phép môi trường",
                    ["Chi cục Bảo vệ môi trường"],
                    ["Trung tâm Phục vụ hành chính công tỉnh"],
                    "Tháng 8/2026",
                    "2026-08-31",
                ),
            ],
        ),
        T(
            "Sơ kết 6 tháng công tác phổ biến, giáo dục pháp luật của Sở",
            ["Văn phòng Sở"],
            ["Các chi cục", "Các phòng, đơn vị thuộc Sở"],
            "6 tháng đầu năm",
            "2026-06-30",
        ),
    ],
    organisation=[
        "1. Văn phòng Sở theo dõi, đôn đốc thực hiện Kế hoạch.",
        "2. Các đơn vị gửi báo cáo về Văn phòng Sở trước ngày 05/6 (đối với báo cáo 6 tháng) và trước ngày "
        "05/11 (đối với báo cáo năm).",
    ],
    recipients=["UBND tỉnh", "Sở Tư pháp", "Lưu: VT, VP"],
    signer=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Huỳnh Văn Sáu"],
    sep=", ",
)

PLANS = [NGHE_AN, GIO_LINH, BINH_DINH, LAM_DONG, TAN_PHU, THAI_NGUYEN, KON_TUM, CA_MAU]
