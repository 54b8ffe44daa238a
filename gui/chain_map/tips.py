"""The chain map's tooltips in the UI's language: what a component box, a layer header and an integrator
stand for — counts, the survey behind them (when, by whom, from which list), facts still to check, and
dependence through supply links only (the standard BOM is said apart)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.analysis.chain_map import ChainMap, MapComponent, MapIntegrator
from gui import labels


def _sep() -> str:
    return "、" if labels.lang() == "zh" else ", "


def survey_line(survey) -> str:
    """"Suppliers surveyed: 2026-05-10, 市工信局产业处, 机器人企业名单" or "Suppliers not yet surveyed"."""
    if survey is None:
        return QCoreApplication.translate("ChainMapView", "Suppliers not yet surveyed: none recorded is not none found")
    facts = _sep().join(p for p in (survey.on.isoformat(), survey.by, survey.list) if p)
    return QCoreApplication.translate("ChainMapView", "Suppliers surveyed: {facts}").format(facts=facts)


def component_tip(comp: MapComponent, data: ChainMap, name) -> str:
    lines = [comp.name_zh] + ([comp.name_en] if comp.name_en else [])
    if comp.surveyed or comp.local_suppliers:
        lines.append(QCoreApplication.translate("ChainMapView", "Local suppliers: {n} (wanted {wanted}); in mass production: {mass}").format(
            n=comp.local_suppliers, wanted=comp.wanted, mass=comp.mass))
    lines.append(survey_line(comp.survey))
    if comp.facts_to_check:
        lines.append(QCoreApplication.translate("ChainMapView", "Supplier facts still to be checked: {n}").format(n=comp.facts_to_check))
    if data.district:
        lines.append(QCoreApplication.translate("ChainMapView", "Suppliers in {district}: {n}").format(district=data.district, n=comp.suppliers_total))
    else:
        lines.append(QCoreApplication.translate("ChainMapView", "Suppliers (local or not): {n}").format(n=comp.suppliers_total))
    lines.append(QCoreApplication.translate("ChainMapView", "Centres serving it: {n}").format(n=comp.centres_total))
    lines.append(QCoreApplication.translate("ChainMapView", "Integrators with a supply link: {n}").format(n=comp.integrators_linked))
    if comp.in_standard_bom:
        lines.append(QCoreApplication.translate("ChainMapView", "In the standard BOM (for reference; not counted as depending)"))
    if comp.flags:
        lines.append(QCoreApplication.translate("ChainMapView", "Flags: {flags}").format(flags=_sep().join(labels.flag_name(f) for f in comp.flags)))
    lines.append(QCoreApplication.translate("ChainMapView", "Click to open it in the Components table."))
    return "\n".join(lines)


def layer_counts(layer) -> str:
    """The counts under a layer's name: not yet surveyed, no local supplier, facts to check."""
    return QCoreApplication.translate("ChainMapView", "{not_surveyed} not yet surveyed · {no_local} no local supplier · {to_check} to check").format(
        not_surveyed=layer.not_surveyed, no_local=layer.no_local, to_check=layer.facts_to_check)


def layer_tip(layer, name: str) -> str:
    """A layer of the map (MapLayer) or of the coverage analysis (LayerCoverage): its counts and survey."""
    total = layer.components if isinstance(layer.components, int) else len(layer.components)
    lines = [QCoreApplication.translate("ChainMapView", "{name}: {total} components, {covered} with a local supplier").format(
                 name=name, total=total, covered=layer.covered),
             QCoreApplication.translate("ChainMapView", "Not yet surveyed (no supplier recorded, nobody has looked): {n}").format(n=layer.not_surveyed),
             QCoreApplication.translate("ChainMapView", "Surveyed, no local supplier found: {n}").format(n=layer.no_local),
             QCoreApplication.translate("ChainMapView", "Supplier facts still to be checked: {n}").format(n=layer.facts_to_check)]
    if layer.survey is not None:
        lines.append(survey_line(layer.survey))
    if getattr(layer, "centres_total", 0):
        lines.append(QCoreApplication.translate("ChainMapView", "Centres serving the layer: {n}").format(n=layer.centres_total))
    return "\n".join(lines)


def integrator_tip(integ: MapIntegrator) -> str:
    tip = [integ.name_zh, integ.name_en or "", integ.district or "",
           QCoreApplication.translate("ChainMapView", "Supply links to {n} components on the map").format(n=len(integ.component_ids)),
           QCoreApplication.translate("ChainMapView", "Click to open it in the Firms table.")]
    return "\n".join(t for t in tip if t)


def bom_tip(n: int) -> str:
    return QCoreApplication.translate("ChainMapView", "The {n} components of the standard humanoid bill of materials (marked with a blue strip): "
               "for reference only; an integrator depends on a component through a supply link. Point at this "
               "box to see them.").format(n=n)
