"""A complete, realistic demo survey per line of business, so a newcomer can try every step.

Photos are drawn here (no sample files needed) and carry EXIF capture times like a camera's.
"""

from __future__ import annotations

import io
import tempfile
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from fieldapp.core.consent import ConsentAnswer
from fieldapp.core.evidence import PhotoCategory
from fieldapp.core.survey import LineOfBusiness, SafetyAnswerValue
from fieldapp.core.timestamps import format_offset, local_now
from fieldapp.resources import checklist_for
from fieldapp.services.demo_valuation import add_demo_valuation
from fieldapp.services.field import (
    FieldWorkspace,
    answer_safety_item,
    record_consent,
    save_party,
    set_notes,
    start_survey,
)
from fieldapp.services.photos import add_photos, describe_photo

CHINA_STANDARD_TIME = timezone(timedelta(hours=8))


@dataclass(frozen=True)
class DemoPhoto:
    file_name: str
    caption: str
    category: PhotoCategory
    colour: tuple[int, int, int]


@dataclass(frozen=True)
class DemoCase:
    claim_serial: str  # the claim number is BA310 + report date + this serial
    policy_number: str
    address: str
    latitude: float
    longitude: float
    description: str
    surveyor: str
    parties: tuple[dict[str, object], ...]
    survey_notes: str
    # Answers other than a plain "yes": checklist item id -> (answer, note).
    special_answers: dict[str, tuple[SafetyAnswerValue, str]]
    photos: tuple[DemoPhoto, ...]


CASES: dict[LineOfBusiness, DemoCase] = {
    LineOfBusiness.MOTOR: DemoCase(
        claim_serial="00815",
        policy_number="PDAA202631010000012345",
        address="上海市浦东新区世纪大道与东方路交叉口（东向西方向）",
        latitude=31.2286,
        longitude=121.5199,
        description="标的车沿世纪大道由东向西行驶，在东方路口等红灯时被后方第三者车辆追尾。"
        "标的车后保险杠、尾门及左尾灯受损，第三者车辆前保险杠受损。无人受伤。",
        surveyor="李明",
        parties=(
            {
                "role": "insured",
                "name": "王芳",
                "phone": "13812345678",
                "details": {"plate": "沪A·D1234", "vehicle": "大众朗逸 2021 白色"},
            },
            {
                "role": "third_party",
                "name": "陈强",
                "phone": "13998765432",
                "details": {"plate": "沪B·67890", "vehicle": "丰田卡罗拉 2019 灰色"},
            },
        ),
        special_answers={
            "police_called": (SafetyAnswerValue.YES, "122 接警回执号 SH20261124-0815")
        },
        survey_notes=(
            "第三者当场承认未保持安全车距，交警认定第三者全责（待出具事故认定书）。"
            "标的车尾门关闭时有异响，需拆检确认内部支架是否变形。"
        ),
        photos=(
            DemoPhoto(
                "DSC_0098.JPG", "事故现场全景：标的车左前方", PhotoCategory.OVERVIEW, (92, 110, 128)
            ),
            DemoPhoto(
                "DSC_0099.JPG", "事故现场全景：标的车右前方", PhotoCategory.OVERVIEW, (96, 112, 126)
            ),
            DemoPhoto(
                "DSC_0100.JPG",
                "事故现场全景：标的车左后方，两车停于停止线后",
                PhotoCategory.OVERVIEW,
                (88, 106, 130),
            ),
            DemoPhoto(
                "DSC_0101.JPG", "事故现场全景：标的车右后方", PhotoCategory.OVERVIEW, (90, 108, 124)
            ),
            DemoPhoto(
                "DSC_0102.JPG",
                "标的车后保险杠凹陷、漆面开裂",
                PhotoCategory.DAMAGE_CLOSEUP,
                (170, 60, 50),
            ),
            DemoPhoto(
                "DSC_0103.JPG", "标的车尾门下沿变形", PhotoCategory.DAMAGE_CLOSEUP, (150, 80, 60)
            ),
            DemoPhoto("DSC_0104.JPG", "标的车号牌", PhotoCategory.PLATE_VIN, (40, 70, 150)),
            DemoPhoto("DSC_0105.JPG", "仪表盘里程 38,412 km", PhotoCategory.ODOMETER, (30, 30, 30)),
            DemoPhoto(
                "DSC_0106.JPG",
                "第三者车辆前保险杠受损",
                PhotoCategory.DAMAGE_CLOSEUP,
                (120, 120, 120),
            ),
        ),
    ),
    LineOfBusiness.PROPERTY: DemoCase(
        claim_serial="00417",
        policy_number="PQYC202631010000004821",
        address="浙江省杭州市余杭区仓前街道良睦路1399号 3号仓库",
        latitude=30.2905,
        longitude=120.0035,
        description="仓库二楼消防喷淋管道接头夜间爆裂，积水漫入一楼货架区，"
        "部分纸箱包装的小家电库存及货架底层受淹。",
        surveyor="赵静",
        parties=(
            {
                "role": "insured",
                "name": "杭州良睦商贸有限公司（联系人：孙伟）",
                "phone": "13705712345",
                "details": {},
            },
            {
                "role": "witness",
                "name": "周建国（夜班保安）",
                "phone": "13606661234",
                "details": {},
            },
        ),
        special_answers={
            "fire_extinguished": (SafetyAnswerValue.NOT_APPLICABLE, "水损事故，无火情"),
            "authorities_notified": (
                SafetyAnswerValue.NOT_APPLICABLE,
                "未涉及消防出警，物业已关闭供水总阀",
            ),
        },
        survey_notes=(
            "受淹库存以进货发票核对账面价值；货架底层板材膨胀，需更换。"
            "爆裂接头已封存，待第三方检测是否存在产品质量问题（可能追偿）。"
        ),
        photos=(
            DemoPhoto(
                "IMG_2201.JPG",
                "一楼货架区全景，地面积水约5厘米",
                PhotoCategory.OVERVIEW,
                (70, 100, 120),
            ),
            DemoPhoto(
                "IMG_2202.JPG", "二楼喷淋管爆裂接头", PhotoCategory.DAMAGE_CLOSEUP, (140, 90, 40)
            ),
            DemoPhoto(
                "IMG_2203.JPG",
                "受淹小家电纸箱，包装变形",
                PhotoCategory.DAMAGE_CLOSEUP,
                (160, 120, 80),
            ),
            DemoPhoto(
                "IMG_2204.JPG",
                "库存进货发票（编号尾号0457）",
                PhotoCategory.DOCUMENT,
                (220, 220, 210),
            ),
        ),
    ),
    LineOfBusiness.PERSONAL_ACCIDENT: DemoCase(
        claim_serial="00233",
        policy_number="PEAC202631010000007788",
        address="广东省深圳市南山区科技园科苑路15号 写字楼B座楼梯间",
        latitude=22.5405,
        longitude=113.9530,
        description="被保险人下楼时在楼梯间踏空摔倒，右腕着地，经医院诊断为右桡骨远端骨折，"
        "已行手术内固定，住院5天。",
        surveyor="黄晓雯",
        parties=(
            {
                "role": "injured_person",
                "name": "刘洋",
                "phone": "13501234567",
                "details": {"id_number": "440305199203150618"},
            },
            {"role": "witness", "name": "吴敏（同事）", "phone": "13760001234", "details": {}},
        ),
        special_answers={
            "police_called": (SafetyAnswerValue.NOT_APPLICABLE, "无第三方，非刑事情形"),
        },
        survey_notes=(
            "楼梯间照明正常，台阶防滑条完好；伤残等级待治疗终结后鉴定。"
            "医疗费用以医院收费票据原件为准。"
        ),
        photos=(
            DemoPhoto("IMG_0301.JPG", "事发楼梯间全景", PhotoCategory.OVERVIEW, (110, 110, 100)),
            DemoPhoto("IMG_0302.JPG", "出院小结首页", PhotoCategory.DOCUMENT, (230, 230, 225)),
            DemoPhoto("IMG_0303.JPG", "医疗费用票据", PhotoCategory.DOCUMENT, (225, 220, 200)),
        ),
    ),
}


def create_demo_survey(
    workspace: FieldWorkspace, line: LineOfBusiness | str = LineOfBusiness.MOTOR
) -> str:
    """Create a filled-in demo survey of the given line and return its id."""
    line = LineOfBusiness(line)
    case = CASES[line]
    # Every demo case is in China: its times carry China Standard Time, as a surveyor's would.
    now = local_now().astimezone(CHINA_STANDARD_TIME).replace(second=0, microsecond=0)
    occurred = now - timedelta(hours=2, minutes=now.minute % 5)
    survey = start_survey(
        workspace,
        claim_number=f"BA310{occurred:%Y%m%d}{case.claim_serial}",
        policy_number=case.policy_number,
        line_of_business=line,
        occurred_at=occurred,
        surveyor=case.surveyor,
        address=case.address,
        description=case.description,
        latitude=case.latitude,
        longitude=case.longitude,
    )
    for party in case.parties:
        # The privacy notice is read out and each person answers before their data is saved.
        consent = record_consent(
            workspace,
            survey.survey_id,
            person_name=str(party["name"]),
            answer=ConsentAnswer.GRANTED,
            language="zh-Hans",
            covers_sensitive="id_number" in party["details"],  # type: ignore[operator]
        )
        save_party(workspace, survey.survey_id, consent_id=consent.consent_id, **party)  # type: ignore[arg-type]
    for item in checklist_for(line).items:
        answer, note = case.special_answers.get(item.item_id, (SafetyAnswerValue.YES, ""))
        answer_safety_item(
            workspace, survey.survey_id, item_id=item.item_id, answer=answer, note=note
        )
    # The photos go through the same import pipeline as a surveyor's own files.
    with tempfile.TemporaryDirectory(prefix="fieldapp-demo-") as folder:
        paths = []
        for n, photo in enumerate(case.photos):
            taken = occurred + timedelta(minutes=35 + 3 * n)
            path = Path(folder) / photo.file_name
            path.write_bytes(_draw_photo(photo, taken, case, survey.survey_id))
            paths.append(path)
        report = add_photos(workspace, survey.survey_id, paths)
    for photo, outcome in zip(case.photos, report.outcomes, strict=True):
        assert outcome.photo is not None, outcome.line
        describe_photo(
            workspace,
            survey.survey_id,
            outcome.photo.photo_id,
            caption=photo.caption,
            category=photo.category,
        )
    add_demo_valuation(
        workspace, survey.survey_id, line, [o.photo.photo_id for o in report.outcomes if o.photo]
    )
    set_notes(workspace, survey.survey_id, case.survey_notes)
    return survey.survey_id


def _draw_photo(photo: DemoPhoto, taken: datetime, case: DemoCase, survey_id: str) -> bytes:
    """A camera-like JPEG: a simple scene, its label, and EXIF capture time with offset."""
    width, height = 1600, 1200
    image = Image.new("RGB", (width, height), photo.colour)
    draw = ImageDraw.Draw(image)
    for band in range(0, height, 40):  # a gradient so the JPEG is not trivially flat
        shade = tuple(min(255, c + band // 12) for c in photo.colour)
        draw.rectangle((0, band, width, band + 40), fill=shade)
    draw.rectangle(
        (width // 4, height // 3, width * 3 // 4, height * 3 // 4), outline=(250, 250, 250), width=8
    )
    font = ImageFont.load_default(size=56)
    draw.text(
        (60, 60), photo.category.value.replace("_", " ").upper(), fill=(255, 255, 255), font=font
    )
    draw.text(
        (60, height - 120),
        # The survey's id in the picture: each demo survey has photos of its own.
        f"{photo.file_name}  {taken:%Y-%m-%d %H:%M}  #{survey_id[:8]}",
        fill=(255, 255, 255),
        font=font,
    )
    exif = Image.Exif()
    exif[0x010F] = "DemoCam"  # Make
    exif[0x0110] = "FieldDemo 1"  # Model
    exif_ifd = exif.get_ifd(0x8769)
    exif_ifd[0x9003] = taken.strftime("%Y:%m:%d %H:%M:%S")  # DateTimeOriginal
    exif_ifd[0x9011] = format_offset(taken)  # OffsetTimeOriginal
    gps = exif.get_ifd(0x8825)  # a few metres from the stated place, as a phone would record
    gps[1], gps[2] = "N", _dms(case.latitude + 0.0001)
    gps[3], gps[4] = "E", _dms(case.longitude - 0.0001)
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=85, exif=exif)
    return out.getvalue()


def _dms(degrees: float) -> tuple[float, float, float]:
    whole = int(degrees)
    minutes = (degrees - whole) * 60
    return (float(whole), float(int(minutes)), round((minutes - int(minutes)) * 60, 4))
