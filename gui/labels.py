"""Translated names of tables, columns and choice values (lupdate reads the QT_TRANSLATE_NOOP marks)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QT_TRANSLATE_NOOP3, QCoreApplication

TABLE_NAMES = {
    "firms": QT_TRANSLATE_NOOP("labels", "Firms"),
    "components": QT_TRANSLATE_NOOP("labels", "Components"),
    "layers": QT_TRANSLATE_NOOP("labels", "Layers"),
    "capabilities": QT_TRANSLATE_NOOP("labels", "Capabilities"),
    "supply_links": QT_TRANSLATE_NOOP("labels", "Supply links"),
    "centres": QT_TRANSLATE_NOOP("labels", "Centres"),
    "plans": QT_TRANSLATE_NOOP("labels", "Plans"),
    "targets": QT_TRANSLATE_NOOP("labels", "Targets"),
    "observations": QT_TRANSLATE_NOOP("labels", "Observations"),
    "sources": QT_TRANSLATE_NOOP("labels", "Sources"),
}

COLUMN_NAMES = {
    "name_zh": QT_TRANSLATE_NOOP("labels", "Name (Chinese)"),
    "name_en": QT_TRANSLATE_NOOP("labels", "Name (English)"),
    "short_name": QT_TRANSLATE_NOOP("labels", "Short name"),
    "aliases": QT_TRANSLATE_NOOP("labels", "Aliases"),
    "credit_code": QT_TRANSLATE_NOOP("labels", "Credit code"),
    "city": QT_TRANSLATE_NOOP("labels", "City"),
    "district": QT_TRANSLATE_NOOP("labels", "District"),
    "role": QT_TRANSLATE_NOOP("labels", "Role"),
    "founded_year": QT_TRANSLATE_NOOP("labels", "Founded"),
    "valuation_cny": QT_TRANSLATE_NOOP("labels", "Valuation (100M CNY)"),
    "revenue_cny": QT_TRANSLATE_NOOP("labels", "Revenue (100M CNY)"),
    "employees": QT_TRANSLATE_NOOP("labels", "Employees"),
    "listed": QT_TRANSLATE_NOOP("labels", "Listed"),
    "products": QT_TRANSLATE_NOOP("labels", "Products"),
    "website": QT_TRANSLATE_NOOP("labels", "Website"),
    "cluster_join_year": QT_TRANSLATE_NOOP("labels", "Joined cluster"),
    "needs_check": QT_TRANSLATE_NOOP("labels", "Needs check"),
    "source_id": QT_TRANSLATE_NOOP("labels", "Source"),
    "notes": QT_TRANSLATE_NOOP("labels", "Notes"),
    "layer_id": QT_TRANSLATE_NOOP("labels", "Layer"),
    "parent_id": QT_TRANSLATE_NOOP("labels", "Parent"),
    "wanted_suppliers": QT_TRANSLATE_NOOP("labels", "Wanted suppliers"),
    "criticality": QT_TRANSLATE_NOOP("labels", "Criticality"),
    "in_standard_bom": QT_TRANSLATE_NOOP("labels", "Standard BOM"),
    "key": QT_TRANSLATE_NOOP("labels", "Key"),
    "sort_order": QT_TRANSLATE_NOOP("labels", "Order"),
    "description": QT_TRANSLATE_NOOP("labels", "Description"),
    "firm_id": QT_TRANSLATE_NOOP("labels", "Firm"),
    "component_id": QT_TRANSLATE_NOOP("labels", "Component"),
    "product": QT_TRANSLATE_NOOP("labels", "Product"),
    "stage": QT_TRANSLATE_NOOP("labels", "Stage"),
    "local": QT_TRANSLATE_NOOP("labels", "Local"),
    "supplier_id": QT_TRANSLATE_NOOP("labels", "Supplier"),
    "customer_id": QT_TRANSLATE_NOOP("labels", "Customer"),
    "type": QT_TRANSLATE_NOOP("labels", "Type"),
    "level": QT_TRANSLATE_NOOP("labels", "Level"),
    "host": QT_TRANSLATE_NOOP("labels", "Host"),
    "status": QT_TRANSLATE_NOOP("labels", "Status"),
    "status_date": QT_TRANSLATE_NOOP("labels", "Status date"),
    "code": QT_TRANSLATE_NOOP("labels", "Code"),
    "title_zh": QT_TRANSLATE_NOOP("labels", "Title (Chinese)"),
    "title_en": QT_TRANSLATE_NOOP("labels", "Title (English)"),
    "issuer": QT_TRANSLATE_NOOP("labels", "Issuer"),
    "issue_date": QT_TRANSLATE_NOOP("labels", "Issued"),
    "start_year": QT_TRANSLATE_NOOP("labels", "Start year"),
    "deadline_year": QT_TRANSLATE_NOOP("labels", "Deadline"),
    "plan_id": QT_TRANSLATE_NOOP("labels", "Plan"),
    "op": QT_TRANSLATE_NOOP("labels", "Comparison"),
    "value": QT_TRANSLATE_NOOP("labels", "Value"),
    "unit": QT_TRANSLATE_NOOP("labels", "Unit"),
    "kind": QT_TRANSLATE_NOOP("labels", "Kind"),
    "wording_zh": QT_TRANSLATE_NOOP("labels", "Original wording"),
    "baseline_value": QT_TRANSLATE_NOOP("labels", "Baseline"),
    "baseline_year": QT_TRANSLATE_NOOP("labels", "Baseline year"),
    "lead_department": QT_TRANSLATE_NOOP("labels", "Lead department"),
    "definition": QT_TRANSLATE_NOOP("labels", "Definition"),
    "geography": QT_TRANSLATE_NOOP("labels", "Geography"),
    "on_track_ratio": QT_TRANSLATE_NOOP("labels", "On-track ratio"),
    "acceleration_ratio": QT_TRANSLATE_NOOP("labels", "Acceleration ratio"),
    "rule": QT_TRANSLATE_NOOP("labels", "Rule"),
    "rule_params": QT_TRANSLATE_NOOP("labels", "Rule parameters"),
    "target_id": QT_TRANSLATE_NOOP("labels", "Target"),
    "metric_zh": QT_TRANSLATE_NOOP("labels", "Metric (Chinese)"),
    "metric_en": QT_TRANSLATE_NOOP("labels", "Metric (English)"),
    "qualifier": QT_TRANSLATE_NOOP("labels", "Qualifier"),
    "as_of": QT_TRANSLATE_NOOP("labels", "As of"),
    "as_of_precision": QT_TRANSLATE_NOOP("labels", "Precision"),
    "confidence": QT_TRANSLATE_NOOP("labels", "Confidence"),
    "quote": QT_TRANSLATE_NOOP("labels", "Quote"),
    "ref": QT_TRANSLATE_NOOP("labels", "Ref"),
    "title": QT_TRANSLATE_NOOP("labels", "Title"),
    "publisher": QT_TRANSLATE_NOOP("labels", "Publisher"),
    "date": QT_TRANSLATE_NOOP("labels", "Date"),
    "url": QT_TRANSLATE_NOOP("labels", "URL"),
    "file": QT_TRANSLATE_NOOP("labels", "File"),
}

CHOICE_NAMES = {
    "integrator": QT_TRANSLATE_NOOP("labels", "Integrator"),
    "component": QT_TRANSLATE_NOOP("labels", "Component supplier"),
    "brain_software": QT_TRANSLATE_NOOP("labels", "Brain & software"),
    "platform": QT_TRANSLATE_NOOP("labels", "Platform"),
    "rd": QT_TRANSLATE_NOOP("labels", "R&D"),
    "prototype": QT_TRANSLATE_NOOP("labels", "Prototype"),
    "pilot": QT_TRANSLATE_NOOP("labels", "Pilot"),
    "mass": QT_TRANSLATE_NOOP("labels", "Mass production"),
    "innovation_centre": QT_TRANSLATE_NOOP("labels", "Innovation centre"),
    "lab": QT_TRANSLATE_NOOP("labels", "Laboratory"),
    "institute": QT_TRANSLATE_NOOP("labels", "Institute"),
    "incubator": QT_TRANSLATE_NOOP("labels", "Incubator"),
    "compute": QT_TRANSLATE_NOOP("labels", "Compute centre"),
    "data_exchange": QT_TRANSLATE_NOOP("labels", "Data exchange"),
    "cluster_area": QT_TRANSLATE_NOOP("labels", "Cluster area"),
    "park": QT_TRANSLATE_NOOP("labels", "Park"),
    "national": QT_TRANSLATE_NOOP("labels", "National"),
    "provincial": QT_TRANSLATE_NOOP("labels", "Provincial"),
    "municipal": QT_TRANSLATE_NOOP("labels", "Municipal"),
    "district": QT_TRANSLATE_NOOP3("labels", "District", "administrative level"),
    "planned": QT_TRANSLATE_NOOP("labels", "Planned"),
    "building": QT_TRANSLATE_NOOP("labels", "Being built"),
    "operating": QT_TRANSLATE_NOOP("labels", "Operating"),
    "stock": QT_TRANSLATE_NOOP("labels", "Stock"),
    "flow": QT_TRANSLATE_NOOP("labels", "Flow (new since plan start)"),
    "rate": QT_TRANSLATE_NOOP("labels", "Rate"),
    "stretch": QT_TRANSLATE_NOOP("labels", "Stretch"),
    "qualitative": QT_TRANSLATE_NOOP("labels", "Qualitative"),
    "level": QT_TRANSLATE_NOOP3("labels", "Level", "observation kind"),
    "achieved": QT_TRANSLATE_NOOP("labels", "Achieved"),
    "on_track": QT_TRANSLATE_NOOP("labels", "On track"),
    "behind": QT_TRANSLATE_NOOP("labels", "Behind"),
    "stalled": QT_TRANSLATE_NOOP("labels", "Stalled"),
    "day": QT_TRANSLATE_NOOP("labels", "Day"),
    "month": QT_TRANSLATE_NOOP("labels", "Month"),
    "quarter": QT_TRANSLATE_NOOP("labels", "Quarter"),
    "half": QT_TRANSLATE_NOOP("labels", "Half-year"),
    "year": QT_TRANSLATE_NOOP("labels", "Year"),
    "high": QT_TRANSLATE_NOOP("labels", "High"),
    "medium": QT_TRANSLATE_NOOP("labels", "Medium"),
    "low": QT_TRANSLATE_NOOP("labels", "Low"),
    "news": QT_TRANSLATE_NOOP("labels", "News"),
    "policy": QT_TRANSLATE_NOOP("labels", "Policy"),
    "analyst": QT_TRANSLATE_NOOP("labels", "Analyst"),
    "web": QT_TRANSLATE_NOOP("labels", "Web page"),
    "general_knowledge": QT_TRANSLATE_NOOP("labels", "General knowledge"),
    "user": QT_TRANSLATE_NOOP("labels", "User"),
    "other": QT_TRANSLATE_NOOP("labels", "Other"),
    "no_local_supplier": QT_TRANSLATE_NOOP("labels", "No local supplier"),
    "single_source": QT_TRANSLATE_NOOP("labels", "Single source"),
    "below_wanted": QT_TRANSLATE_NOOP("labels", "Fewer than wanted"),
    "none_in_mass_production": QT_TRANSLATE_NOOP("labels", "None in mass production"),
    "met": QT_TRANSLATE_NOOP("labels", "Met"),
    "acceleration_needed": QT_TRANSLATE_NOOP("labels", "Acceleration needed"),
    "limited_progress": QT_TRANSLATE_NOOP("labels", "Limited progress"),
    "deterioration": QT_TRANSLATE_NOOP("labels", "Deterioration"),
    "no_data": QT_TRANSLATE_NOOP("labels", "No data"),
    "not_comparable": QT_TRANSLATE_NOOP("labels", "Not comparable"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def table_name(table: str) -> str:
    return tr(TABLE_NAMES.get(table, table))


def column_name(column: str) -> str:
    return tr(COLUMN_NAMES.get(column, column))


# Choice values whose English name is also a column name: translated with a disambiguation.
CHOICE_DISAMBIGUATION = {"district": "administrative level", "level": "observation kind"}


def choice_name(value) -> str:
    if value is None:
        return ""
    if value not in CHOICE_NAMES:
        return str(value)
    return QCoreApplication.translate("labels", CHOICE_NAMES[value], CHOICE_DISAMBIGUATION.get(value))


def choice_aliases(value: str) -> list[str]:
    """Every name a planner may type for a choice: the stored value, the English and the current label."""
    names = [value]
    if value in CHOICE_NAMES:
        names += [CHOICE_NAMES[value], tr(CHOICE_NAMES[value])]
    return names


def _lupdate_marks() -> None:  # never called: pyside6-lupdate misses QT_TRANSLATE_NOOP3 but reads these calls
    QCoreApplication.translate("labels", "District", "administrative level")
    QCoreApplication.translate("labels", "Level", "observation kind")
