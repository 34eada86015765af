"""The document: metadata, the date of force and the period of validity (Notice, Art. 24).

第二十四条 本办法自发布之日起30日后施行,有效期五年,原规定与本办法不一致的,以本办法为准。

Art. 24 These Measures come into force 30 days after the date of publication, and are
valid for five years. Where previous provisions are inconsistent with these Measures,
these Measures prevail.

>>> MEASURES.effective_date, MEASURES.last_day_in_force
(datetime.date(2024, 12, 25), datetime.date(2029, 12, 24))
>>> MEASURES.in_force(date(2029, 12, 24)), MEASURES.in_force(date(2029, 12, 25))
(True, False)

The counting of "30日后" and of the five years is ambiguous (measures.en.md, "Dates");
each reading is named, reading A is the default, and the others can be chosen:

>>> strict = MEASURES.with_readings(effective=EffectiveDateReading.STRICT_AFTER)
>>> strict.effective_date, strict.last_day_in_force
(datetime.date(2024, 12, 26), datetime.date(2029, 12, 25))

The 30 days and the five years are the ``effective_after_days`` and ``validity_years``
of :class:`~cixi_innovation.law.parameters.Parameters`, their one source: a what-if run
counts the Measures with other numbers through :meth:`Measures.with_parameters`:

>>> from cixi_innovation.law.parameters import PARAMETERS
>>> longer = MEASURES.with_parameters(PARAMETERS.replace(effective_after_days=60))
>>> longer.effective_date
datetime.date(2025, 1, 24)
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

import attrs

from cixi_innovation.law.parameters import PARAMETERS, Parameters
from cixi_innovation.values._attrs import frozen
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.days import add_years, to_date
from cixi_innovation.values.errors import OutsideForceError
from cixi_innovation.values.vocabulary import LabelledEnum

if TYPE_CHECKING:
    from cixi_innovation.values.dates import Period

__all__ = [
    "ART_24",
    "MEASURES",
    "EffectiveDateReading",
    "ForceCheck",
    "Measures",
    "PublicationBaseReading",
    "ValidityReading",
]

ART_24 = Citation.article(24)


class EffectiveDateReading(LabelledEnum, noun="施行日期的解读"):
    """How "自发布之日起30日后施行" is counted (measures.en.md, "Dates")."""

    #: (A, default) Civil Code Art. 201: the publication day is not counted; day 30 is
    #: 2024-12-25 and the Measures apply from that day.
    CIVIL_CODE_DAYS = (
        "civil_code_days",
        "不计发布当日,第30日起施行(民法典第二百零一条)",
        "publication day not counted; in force from day 30 (Civil Code Art. 201)",
    )
    #: (B) "after 30 days": the whole 30 days must first run out; in force the day after.
    STRICT_AFTER = (
        "strict_after",
        "30日届满后次日起施行",
        "in force on the day after the 30 days have run out",
    )
    #: (C) the publication day counted as day 1; "after" day 30 gives the same date as A.
    PUBLICATION_DAY_COUNTED = (
        "publication_day_counted",
        "发布当日计为第1日,第30日之后施行",
        "publication day counted as day 1; in force after day 30",
    )


class ValidityReading(LabelledEnum, noun="有效期的解读"):
    """How the five-year validity ("有效期五年") is counted (measures.en.md, "Dates")."""

    #: (A, default) five years from the effective date, half-open: last day 2029-12-24.
    HALF_OPEN_FROM_EFFECTIVE = (
        "half_open_from_effective",
        "自施行之日起五年,至届满前一日止",
        "five years from the effective date, half-open",
    )
    #: Civil Code Art. 201-202 applied to years: the period ends on the corresponding date.
    CIVIL_CODE_YEARS = (
        "civil_code_years",
        "按民法典第二百零一条、第二百零二条计算,至对应日止",
        "Civil Code Art. 201-202: ends on the corresponding date",
    )
    #: Five years from the publication date rather than the effective date.
    FROM_PUBLICATION = (
        "from_publication",
        "自发布之日起五年",
        "five years from the publication date",
    )


class PublicationBaseReading(LabelledEnum, noun="发布之日的解读"):
    """Which date "发布之日" (the date of publication) is (TN 24.1)."""

    #: (default) the publication date of the metadata, 2024-11-25.
    PUBLICATION_DATE = ("publication_date", "发布日期", "publication date (2024-11-25)")
    #: the document date / printing date, 2024-11-08 (not adopted by measures.en.md).
    DOCUMENT_DATE = ("document_date", "成文日期", "document date (2024-11-08)")


class ForceCheck(LabelledEnum, noun="有效期外的处理方式"):
    """What to do with an event or decision dated outside the Measures' force (Art. 24)."""

    #: (default) refuse it with :class:`~cixi_innovation.values.errors.OutsideForceError`.
    REFUSE = ("refuse", "不予受理", "refuse")
    #: accept it, but mark the decision ``in_force=False`` so the caller sees it.
    FLAG = ("flag", "受理并标注不在有效期内", "accept and flag as outside the Measures' force")


@frozen
class Measures:
    """The Interim Measures as a document: metadata and the period in which they apply.

    ``MEASURES`` is the instance with the default readings; :meth:`with_readings`
    gives the same document counted under other readings.
    """

    def __repr__(self) -> str:
        # the package's default shows by its name: signatures read ``=MEASURES``
        if self is MEASURES:
            return "MEASURES"
        from cixi_innovation.values._attrs import fields_repr  # only when another value is shown

        return fields_repr(self)

    title_zh: str = "慈溪市产业创新平台管理暂行办法"
    title_en: str = (
        "Interim Measures of Cixi City for the Management of Industrial Innovation Platforms"
    )
    notice_title_zh: str = "慈溪市人民政府办公室关于印发慈溪市产业创新平台管理暂行办法的通知"
    document_number: str = "慈政办发〔2024〕57号"
    normative_number: str = "BCXD01—2024—0008"
    index_number: str = "12330282688011591A/2024-182476"
    issuing_body_zh: str = "市政府办公室"
    issuing_body_en: str = "Municipal Government Office"
    category_zh: str = "行政规范性文件"
    category_en: str = "administrative normative document"
    policy_level_zh: str = "县级政策"
    policy_level_en: str = "county-level policy"
    document_date: date = date(2024, 11, 8)
    publication_date: date = date(2024, 11, 25)
    #: the numbers of the Measures; the 30 days and five years of Art. 24 are read from them.
    parameters: Parameters = PARAMETERS
    effective_reading: EffectiveDateReading = EffectiveDateReading.CIVIL_CODE_DAYS
    validity_reading: ValidityReading = ValidityReading.HALF_OPEN_FROM_EFFECTIVE
    base_reading: PublicationBaseReading = PublicationBaseReading.PUBLICATION_DATE

    def with_readings(
        self,
        *,
        effective: EffectiveDateReading | str | None = None,
        validity: ValidityReading | str | None = None,
        base: PublicationBaseReading | str | None = None,
    ) -> Measures:
        """The same Measures counted under other readings of Art. 24 (members or codes).

        Raises:
            InvalidChoiceError: an unknown reading, naming its argument.
        """
        return attrs.evolve(
            self,
            effective_reading=self.effective_reading
            if effective is None
            else EffectiveDateReading.parse(effective, field="effective"),
            validity_reading=self.validity_reading
            if validity is None
            else ValidityReading.parse(validity, field="validity"),
            base_reading=self.base_reading
            if base is None
            else PublicationBaseReading.parse(base, field="base"),
        )

    def with_parameters(self, parameters: Parameters) -> Measures:
        """The same Measures counted with the Art. 24 numbers of ``parameters``."""
        return attrs.evolve(self, parameters=parameters)

    @property
    def effective_after_days(self) -> int:
        """The days after publication before the Measures apply ("30日后"), from the parameters."""
        return self.parameters.effective_after_days

    @property
    def validity_years(self) -> int:
        """The years of validity ("有效期五年"), from the parameters."""
        return self.parameters.validity_years

    @property
    def base_date(self) -> date:
        """The date "发布之日" under the chosen reading."""
        if self.base_reading is PublicationBaseReading.DOCUMENT_DATE:
            return self.document_date
        return self.publication_date

    @property
    def effective_date(self) -> date:
        """The first day the Measures apply (施行): 2024-12-25 under the default reading."""
        day = self.base_date + timedelta(days=self.effective_after_days)
        if self.effective_reading is EffectiveDateReading.STRICT_AFTER:
            day += timedelta(days=1)
        return day

    @property
    def end_exclusive(self) -> date:
        """The first day the Measures no longer apply: 2029-12-25 under the default reading."""
        if self.validity_reading is ValidityReading.FROM_PUBLICATION:
            return add_years(self.base_date, self.validity_years)
        end = add_years(self.effective_date, self.validity_years)
        if self.validity_reading is ValidityReading.CIVIL_CODE_YEARS:
            end += timedelta(days=1)
        return end

    @property
    def last_day_in_force(self) -> date:
        """The last day the Measures apply: 2029-12-24 under the default reading."""
        return self.end_exclusive - timedelta(days=1)

    @property
    def period(self) -> Period:
        """The period of force, half-open: ``[effective_date, end_exclusive)``."""
        # imported when asked for: a rule decides with the dates, not with a Period
        from cixi_innovation.values.dates import Period

        return Period(self.effective_date, self.end_exclusive)

    def in_force(self, day: date | str) -> bool:
        """True when the Measures apply on ``day`` (Art. 24), a date or an ISO date string.

        Raises:
            InvalidDateError: ``day`` is not a date (``None``, a datetime, a malformed string).
        """
        return self.effective_date <= to_date(day, field="day", article=ART_24) < self.end_exclusive

    def check_in_force(self, day: date, *, field: str = "date") -> date:
        """Return ``day`` if the Measures apply on it, else raise :class:`~cixi_innovation.values.errors.OutsideForceError`."""
        if not self.in_force(day):
            raise OutsideForceError(
                f"{day} is outside the Measures' force {self.period}",
                zh=f"{day} 不在《办法》施行期间 {self.period} 之内",
                field=field,
                article=ART_24,
            )
        return day

    def gate(
        self, day: date, check: ForceCheck = ForceCheck.REFUSE, *, field: str = "date"
    ) -> bool:
        """Apply the force ``check`` of Art. 24 to ``day``.

        Returns True when in force and False when out of force and flagged; raises
        :class:`~cixi_innovation.values.errors.OutsideForceError` when out of force and refused.

        >>> MEASURES.gate(date(2030, 1, 1), ForceCheck.FLAG)
        False
        """
        if self.in_force(day):
            return True
        if check is ForceCheck.FLAG:
            return False
        self.check_in_force(day, field=field)
        raise AssertionError("unreachable")  # pragma: no cover, no mutate - check_in_force raised

    # Mutation testing, not mutated: any default other than zh is English
    def summary(self, lang: str = "en") -> str:  # pragma: no mutate
        """A few lines describing the document and its period of force."""
        if lang == "zh":
            return "\n".join(
                [
                    f"《{self.title_zh}》({self.document_number})",
                    f"规范性文件编号:{self.normative_number}  索引号:{self.index_number}",
                    f"发布机构:{self.issuing_body_zh}  成文日期:{self.document_date}"
                    f"  发布日期:{self.publication_date}",
                    f"施行日期:{self.effective_date}  有效期至:{self.last_day_in_force}"
                    "(第二十四条)",
                ]
            )
        return "\n".join(
            [
                f"{self.title_en} ({self.document_number})",
                f"Normative document number: {self.normative_number}"
                f"  Index number: {self.index_number}",
                f"Issued by: {self.issuing_body_en}  Document date: {self.document_date}"
                f"  Published: {self.publication_date}",
                f"In force from {self.effective_date} to {self.last_day_in_force} inclusive"
                " (Art. 24)",
            ]
        )


#: The Measures under the default readings of measures.en.md.
MEASURES = Measures()
