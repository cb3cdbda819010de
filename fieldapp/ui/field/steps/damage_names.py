"""The words of the damage step in the user's language: the core's codes for severity, action,
valuation method and repair line, the names of an item's fields and of the policy terms, and
money shown with two decimals and its currency."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def severity_name(code: str) -> str:
    return {
        "": translate("damage", "not stated"),
        "minor": translate("damage", "minor"),
        "moderate": translate("damage", "moderate"),
        "severe": translate("damage", "severe"),
        "total": translate("damage", "total"),
    }.get(code, code)


def action_name(code: str) -> str:
    return {
        "": translate("damage", "not stated"),
        "repair": translate("damage", "repair"),
        "replace": translate("damage", "replace"),
    }.get(code, code)


def method_name(code: str) -> str:
    return {
        "replacement_cost": translate("damage", "Replacement cost"),
        "market_value": translate("damage", "Market value"),
        "book_value": translate("damage", "Book value"),
        "expert_appraisal": translate("damage", "Expert appraisal"),
    }.get(code, code)


def repair_line_name(code: str) -> str:
    return {
        "item": translate("damage", "whole item"),
        "part": translate("damage", "part"),
        "labour": translate("damage", "labour"),
        "paint": translate("damage", "paint"),
    }.get(code, code)


def item_field_name(name: str) -> str:
    """The label of an item's field (the core's field name)."""
    return {
        "description": translate("damage", "What is damaged"),
        "area": translate("damage", "Area or part"),
        "kind": translate("damage", "Kind of damage"),
        "severity": translate("damage", "Severity"),
        "action": translate("damage", "Repair or replace"),
        "causal_link": translate("damage", "Why it belongs to this incident"),
        "method": translate("damage", "Valuation method"),
        "repair_line": translate("damage", "Estimate line"),
        "quantity": translate("damage", "Quantity"),
        "unit_cost": translate("damage", "Unit cost (new)"),
        "depreciation_percent": translate("damage", "Depreciation %"),
        "depreciation_basis": translate("damage", "Basis of the depreciation"),
        "assessed_value": translate("damage", "Assessed value"),
        "salvage": translate("damage", "Salvage value"),
        "appraiser": translate("damage", "Appraiser"),
        "appraisal_basis": translate("damage", "Basis of the appraisal"),
        "photos": translate("damage", "Photos showing it"),
    }.get(name, name)


def term_name(name: str) -> str:
    return {
        "currency": translate("damage", "Currency"),
        "sum_insured": translate("damage", "Sum insured"),
        "value_at_risk": translate("damage", "Value at risk"),
        "deductible": translate("damage", "Deductible"),
        "limit": translate("damage", "Limit"),
        "vehicle_actual_value": translate("damage", "Vehicle's actual value"),
        "disability_grade": translate("damage", "Disability grade (1–10)"),
        "medical_expenses": translate("damage", "Medical expenses"),
        "medical_limit": translate("damage", "Medical limit"),
    }.get(name, name)


def money_shown(amount: Decimal | None, currency: str) -> str:
    """1,234.50 CNY; an empty cell for no amount."""
    return "" if amount is None else f"{amount:,.2f} {currency}"


def amount_typed(amount: Decimal | None) -> str:
    """An amount as the user would type it back (two decimals, thousands separated)."""
    return "" if amount is None else f"{amount:,.2f}"
