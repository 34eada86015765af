"""Who takes part under the Measures (申请主体、审批与考核机关、专题组成员单位).

The applicants and proposers of a platform (Art. 6, 13, 18), the bodies that review,
approve, assess and inspect, and the seven member units of the Innovation Deepening
Task Group (Art. 6), as bilingual enumerations:

>>> Body.FINANCE_BUREAU.zh, Applicant.parse("enterprise") is Applicant.ENTERPRISE
('市财政局', True)
"""

from __future__ import annotations

from cixi_innovation.values.vocabulary import LabelledEnum

__all__ = ["Applicant", "Body", "TaskGroupUnit"]


class Applicant(LabelledEnum, noun="申请主体"):
    """Who applies for or proposes a platform (Art. 6, 13, 18)."""

    TOWN_GOVERNMENT = ("town_government", "镇政府", "town government")
    SUBDISTRICT_OFFICE = ("subdistrict_office", "街道办事处", "sub-district office")
    INDUSTRIAL_PLATFORM = ("industrial_platform", "产业平台", "industrial platform")
    CHAIN_LEADER_ENTERPRISE = ("chain_leader", "链主型企业", "chain-leader enterprise")
    INDUSTRY_ASSOCIATION = ("industry_association", "行业协会", "industry association")
    ENTERPRISE = ("enterprise", "企业", "enterprise")
    UNIVERSITY_OR_INSTITUTE = ("university_or_institute", "高校科研院所", "university or institute")
    SCIENCE_AND_TECHNOLOGY_BUREAU = (
        "bureau",
        "市科技局",
        "Municipal Science and Technology Bureau",
    )


class Body(LabelledEnum, noun="单位"):
    """The bodies that review, approve, assess and inspect under the Measures."""

    SCIENCE_AND_TECHNOLOGY_BUREAU = (
        "bureau",
        "市科技局",
        "Municipal Science and Technology Bureau",
    )
    FINANCE_BUREAU = ("finance_bureau", "市财政局", "Municipal Finance Bureau")
    LEADER_IN_CHARGE = (
        "leader_in_charge",
        "市政府分管领导",
        "municipal government leader in charge",
    )
    EXECUTIVE_MEETING = (
        "executive_meeting",
        "市政府常务会议",
        "executive meeting of the municipal government",
    )
    HIGHER_LEVEL = ("higher_level", "上级", "higher-level authorities")
    EXPERT_PANEL = ("expert_panel", "评审专家", "expert reviewers")
    CONSTRUCTION_UNIT = ("construction_unit", "建设单位", "construction unit")
    HOST_UNIT = ("host_unit", "依托单位", "host unit")
    CHAIN_LEADER_ENTERPRISE = ("chain_leader", "链主型企业", "chain-leader enterprise")


class TaskGroupUnit(LabelledEnum, noun="专题组成员单位"):
    """The seven functional units of the Innovation Deepening Task Group (创新深化专题组, Art. 6)."""

    DEVELOPMENT_AND_REFORM = (
        "development_reform",
        "市发改局",
        "Municipal Development and Reform Bureau",
    )
    ECONOMY_AND_IT = (
        "economy_it",
        "市经信局",
        "Municipal Economy and Information Technology Bureau",
    )
    EDUCATION = ("education", "市教育局", "Municipal Education Bureau")
    FINANCE = ("finance", "市财政局", "Municipal Finance Bureau")
    COMMERCE = ("commerce", "市商务局", "Municipal Commerce Bureau")
    MARKET_SUPERVISION = (
        "market_supervision",
        "市市场监管局",
        "Municipal Market Supervision Bureau",
    )
    FINANCIAL_DEVELOPMENT = (
        "financial_development",
        "市金融发展服务中心",
        "Municipal Financial Development Service Center",
    )
