"""Writes of the assessment app: open an assessment (values pulled from the data), enter values with evidence,
and move it along the workflow. Scores are recomputed by :mod:`.scoring` on every change."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from functools import partial
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from pbgdpl.core import audit, calendar, policy
from pbgdpl.core.uploads import EVIDENCE_TYPES, check_upload
from pbgdpl.org.models import Unit, UnitType

from . import scoring, sources, workflow
from .models import Assessment, CriteriaSet, EvidenceFile, Indicator, SetKind, Source, Value


def _rescore(assessment: Assessment) -> scoring.Result:
    result = scoring.score(assessment)
    assessment.total, assessment.max_total = result.total, result.max_total
    assessment.rating, assessment.recognised = result.rating, result.recognised
    assessment.save(update_fields=["total", "max_total", "rating", "recognised"])
    return result


def _indicators(cset: CriteriaSet) -> list[Indicator]:
    return list(Indicator.objects.filter(criterion__group__criteria_set=cset).order_by(
        "criterion__group__position", "criterion__position", "position"))


def _pull(assessment: Assessment, indicators: list[Indicator]) -> dict[str, Any]:
    """Measured values from the data for indicators that have a source (and were not overwritten by hand)."""
    pulled: dict[str, Any] = {}
    stored = {v.indicator_id: v for v in assessment.values.all()}
    for ind in indicators:
        value = stored.get(ind.pk) or Value(assessment=assessment, indicator=ind)
        if ind.source != Source.MANUAL and (value.pk is None or value.from_data):
            measured = sources.measure(ind.source, assessment.unit, assessment.year)
            value.measured = measured
            value.points = scoring.clamp(scoring.band_points(ind.bands, measured), ind.max_points)
            value.from_data = True
            pulled[ind.code] = str(measured) if measured is not None else None
        value.save()
    return pulled


@transaction.atomic
def assessment_create(*, by: Any, criteria_set: CriteriaSet, unit: Unit, year: int) -> Assessment:
    assessment = Assessment(criteria_set=criteria_set, unit=unit, year=year)
    policy.require(by, "change", assessment)
    if (criteria_set.kind == SetKind.COMMUNE) != (unit.type == UnitType.COMMUNE):
        raise ValidationError(_("Bộ tiêu chí “%(s)s” không áp dụng cho %(u)s.")
                              % {"s": criteria_set.name, "u": unit.display_name})
    try:
        with transaction.atomic():
            assessment.save()
    except IntegrityError:
        raise ValidationError(_("%(u)s đã có bản tự đánh giá năm %(y)d theo bộ tiêu chí này.")
                              % {"u": unit.display_name, "y": year}) from None
    pulled = _pull(assessment, _indicators(criteria_set))
    _rescore(assessment)
    audit.record(actor=by, action="assessment.create", target=assessment, data={"pulled": pulled})
    return assessment


def _locked(assessment: Assessment) -> Assessment:
    locked = Assessment.objects.select_for_update(of=("self",)).select_related("criteria_set", "unit", "unit__parent") \
        .get(pk=assessment.pk)
    if locked.status not in workflow.EDITABLE:
        raise ValidationError(_("Bản tự đánh giá đang ở trạng thái “%(s)s”: không sửa được.")
                              % {"s": locked.get_status_display()})
    return locked


def _number(raw: Any) -> Decimal | None:
    text = str(raw if raw is not None else "").strip().replace(",", ".")
    if not text:
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        raise ValidationError(_("“%(v)s” không phải là số.") % {"v": raw}) from None


@transaction.atomic
def assessment_refresh(*, by: Any, assessment: Assessment) -> Assessment:
    """Pull the data-backed values again."""
    assessment = _locked(assessment)
    policy.require(by, "change", assessment)
    pulled = _pull(assessment, _indicators(assessment.criteria_set))
    _rescore(assessment)
    audit.record(actor=by, action="assessment.refresh", target=assessment, data={"pulled": pulled})
    return assessment


@transaction.atomic
def assessment_edit(*, by: Any, assessment: Assessment, entries: dict[str, dict[str, Any]],
                    disqualified: bool | None = None, disqualify_note: str | None = None) -> Assessment:
    """``entries`` maps indicator codes to {"measured": …} (points from the bands) or {"points": …}, with
    "evidence". A value typed in replaces the one from the data and needs evidence."""
    assessment = _locked(assessment)
    policy.require(by, "change", assessment)
    before = {"total": assessment.total}
    indicators = {i.code: i for i in _indicators(assessment.criteria_set)}
    stored = {v.indicator_id: v for v in assessment.values.all()}
    errors: dict[str, list[str]] = {}
    changes: dict[str, Any] = {}
    for code, entry in entries.items():
        ind = indicators.get(code)
        if ind is None:
            errors.setdefault(code, []).append(_("Không có chỉ tiêu %(c)s.") % {"c": code})
            continue
        value = stored.get(ind.pk) or Value(assessment=assessment, indicator=ind)
        try:
            measured = _number(entry.get("measured")) if "measured" in entry else value.measured
            points = _number(entry.get("points")) if "points" in entry else None
        except ValidationError as error:
            errors.setdefault(code, []).extend(error.messages)
            continue
        evidence = str(entry.get("evidence", value.evidence) or "").strip()
        if ind.bands:
            new_points = scoring.band_points(ind.bands, measured)
        else:
            new_points = points if points is not None else value.points
        if new_points < 0 or new_points > ind.max_points:
            errors.setdefault(code, []).append(_("%(c)s: điểm phải từ 0 đến %(m)s.") % {"c": code,
                                                                                      "m": ind.max_points})
            continue
        manual_change = (measured != value.measured) or (not ind.bands and new_points != value.points)
        if manual_change and not evidence and not (value.pk and value.files.exists()):
            errors.setdefault(code, []).append(_("%(c)s: cần ghi hoặc đính kèm minh chứng cho giá trị nhập tay.")
                                               % {"c": code})
            continue
        if manual_change:
            value.from_data = False
            changes[code] = {"measured": measured, "points": new_points}
        value.measured, value.points, value.evidence = measured, new_points, evidence
        value.save()
    if errors:
        raise ValidationError(errors)
    if disqualified is not None and disqualified != assessment.disqualified:
        changes["disqualified"] = disqualified
        assessment.disqualified = disqualified
    if disqualify_note is not None:
        assessment.disqualify_note = disqualify_note.strip()
    if assessment.disqualified and not assessment.disqualify_note:
        raise ValidationError({"disqualify_note": [_("Ghi rõ trường hợp không được công nhận.")]})
    assessment.save()
    _rescore(assessment)
    audit.record(actor=by, action="assessment.edit", target=assessment, before=before,
                 after={"total": assessment.total, "rating": assessment.rating}, data=changes)
    return assessment


# --- Evidence files ---------------------------------------------------------------------------------


@transaction.atomic
def evidence_add(*, by: Any, assessment: Assessment, indicator_code: str, upload: Any) -> EvidenceFile:
    """Attach ``upload`` to the value of one indicator, while the assessment can still be edited. The file is
    checked (type by its first bytes, size) before anything is stored."""
    policy.require(by, "attach", assessment)
    assessment = _locked(assessment)
    indicator = next((i for i in _indicators(assessment.criteria_set) if i.code == indicator_code), None)
    if indicator is None:
        raise ValidationError(_("Không có chỉ tiêu %(c)s.") % {"c": indicator_code})
    content_type = check_upload(upload, EVIDENCE_TYPES)
    value, _created = Value.objects.get_or_create(assessment=assessment, indicator=indicator)
    name = (upload.name or "minh-chung")[:255]
    item = EvidenceFile(value=value, name=name, size=upload.size or 0, content_type=content_type,
                        uploaded_by=by if getattr(by, "is_authenticated", False) else None)
    item.file.save(name, upload, save=False)
    try:
        item.save()
        audit.record(actor=by, action="assessment.evidence_add", target=assessment,
                     data={"indicator": indicator.code, "file": item.name, "size": item.size})
    except BaseException:
        item.file.delete(save=False)  # the row is not written: the stored file must not stay behind
        raise
    return item


@transaction.atomic
def evidence_delete(*, by: Any, item: EvidenceFile) -> None:
    """Remove an evidence file while its assessment can still be edited; the stored file goes after commit."""
    item = EvidenceFile.objects.select_related("value__assessment__unit__parent", "value__indicator").get(pk=item.pk)
    policy.require(by, "delete", item)
    assessment = _locked(item.value.assessment)
    audit.record(actor=by, action="assessment.evidence_delete", target=assessment,
                 data={"indicator": item.value.indicator.code, "file": item.name, "size": item.size})
    transaction.on_commit(partial(item.file.delete, save=False))
    item.delete()


def needs_publication(assessment: Assessment) -> bool:
    return assessment.criteria_set.publish_working_days > 0


def approvable_from(assessment: Assessment) -> Any:
    """The first day the level above may approve a published score (None when nothing is published)."""
    if not needs_publication(assessment) or assessment.published_on is None:
        return None
    return calendar.add_working_days(assessment.published_on, assessment.criteria_set.publish_working_days)


@transaction.atomic
def assessment_transition(*, by: Any, assessment: Assessment, action: str, comment: str = "",
                          today: Any = None) -> Assessment:
    transition = workflow.TRANSITIONS.get(action)
    if transition is None:
        raise ValidationError(_("Thao tác không hợp lệ."))
    assessment = Assessment.objects.select_for_update(of=("self",)).select_related("criteria_set", "unit", "unit__parent") \
        .get(pk=assessment.pk)
    policy.require(by, transition.permission, assessment)
    publication = needs_publication(assessment)
    if transition not in workflow.available(assessment.status, publication):
        raise ValidationError(_("Không thể “%(a)s”: bản tự đánh giá đang ở trạng thái “%(s)s”.")
                              % {"a": transition.label, "s": assessment.get_status_display()})
    comment = comment.strip()
    if transition.needs_comment and not comment:
        raise ValidationError({"comment": [_("Cần ghi rõ lý do.")]})
    today = today or timezone.localdate()
    if action == "approve" and publication:
        first = approvable_from(assessment)
        if first is None or today < first:
            raise ValidationError(_("Kết quả tự chấm phải được công khai ít nhất %(n)d ngày làm việc: được phê duyệt "
                                    "từ ngày %(d)s.") % {"n": assessment.criteria_set.publish_working_days,
                                                         "d": first.strftime("%d/%m/%Y") if first else "?"})
    source = assessment.status
    now = timezone.now()
    if action == "publish":
        assessment.published_on = today
        assessment.submitted_at = now
    elif action == "submit":
        assessment.submitted_at = now
    else:
        assessment.decided_at, assessment.decided_by = now, by
        assessment.review_comment = comment or assessment.review_comment
    if action in ("submit", "publish"):
        _rescore(assessment)
    assessment.status = transition.target
    assessment.save()
    audit.record(actor=by, action=f"assessment.{action}", target=assessment, before={"status": source},
                 after={"status": assessment.status, "total": assessment.total},
                 data={"comment": comment} if comment else None)
    return assessment
