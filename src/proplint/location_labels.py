"""The template's words for the parts of a document, by key: what :mod:`proplint.locations` names a place with.

English ids, translated through the message catalogue (Danish there).
"""

from __future__ import annotations

from proplint.phrases import N_

ROOTS = {
    "proposal": N_("the proposal"),
    "catalogue": N_("the catalogue"),
    "case-status": N_("the case status report"),
    "effect-status": N_("the effect status report"),
}
TOP = {
    "format": N_("Format"),
    "document": N_("Document kind"),
    "id": N_("Proposal number"),
    "title": N_("Title"),
    "kind": N_("Kind of proposal"),
    "budget": N_("Budget"),
    "submitted": N_("Date"),
    "summary": N_("Short summary"),
    "presenting_administration": N_("Presenting administration"),
    "affected_administrations": N_("Affected administrations"),
    "affected_units": N_("Affected units"),
    "from_innovation_proposal": N_("From an innovation proposal"),
    "service_reduction": N_("Service reduction"),
    "description": N_("Description"),
    "involvement": N_("Involvement"),
    "economy": N_("Economy"),
    "follow_up": N_("Follow-up"),
    "risk": N_("Risk assessment"),
    "consultation": N_("Consultation"),
    "admin_effect": N_("Administrative effect"),
    "future_investment": N_("Future investment"),
    "unit": N_("Unit"),
    "price_level": N_("Price level"),
    "years": N_("Years"),
    "total": N_("Total"),
    "entries": N_("Entries"),
    "committee": N_("Committee"),
    "administration": N_("Administration"),
    "date": N_("Date"),
    "cases": N_("Cases"),
    "strategy": N_("Strategy"),
    "themes": N_("Themes"),
}
FIELDS = {
    # follow-up rows, risk, consultation
    "goal": N_("Goal"),
    "measure": N_("How it is measured"),
    "responsible": N_("Who is responsible"),
    "when": N_("When"),
    "group": N_("Group"),
    "level": N_("Risk level"),
    "text": N_("Text"),
    "party": N_("Party"),
    "answer": N_("Answer"),
    "date": N_("Date of approval"),
    "response": N_("Response"),
    # rows and tables
    "label": N_("Label"),
    "area": N_("Steering area"),
    "type": N_("Type"),
    "details": N_("Details"),
    "title": N_("Title"),
    "unit": N_("Unit"),
    "years": N_("Years"),
    "none": N_("None"),
    # future investment
    "cost": N_("Cost"),
    "expected_adoption": N_("Expected adoption"),
    "potential": N_("Potential"),
    "criteria": N_("Criteria"),
    # catalogue entries
    "id": N_("Proposal number"),
    "kind": N_("Kind of proposal"),
    "source": N_("Source"),
    # cases
    "number": N_("Number"),
    "adopted_in": N_("Adopted in"),
    "status": N_("Status"),
    "investment": N_("Investment"),
    "efficiency": N_("Efficiency"),
    "full_implementation": N_("Full implementation"),
    "prior_compensating_action": N_("Prior compensating action"),
    "remark": N_("Remark"),
    "handling": N_("Handling"),
    "approval_required": N_("Approval required"),
    "consequence": N_("Consequence"),
    # effect status
    "name": N_("Name"),
    "financed_by": N_("Financed by"),
    "phase": N_("Phase"),
    "effect": N_("Effect"),
    "baseline": N_("Baseline"),
    "initiatives": N_("Initiatives"),
    "goals": N_("Effect goals"),
}
SECTIONS = {"permanent": N_("Permanent changes"), "implementation": N_("Implementation costs")}
TOTALS = {"permanent": N_("Total permanent change"), "implementation": N_("Total implementation costs")}
TABLE_1 = N_("Table 1")
