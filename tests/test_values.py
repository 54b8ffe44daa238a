import pytest

from core import values
from core.values import ValueRejected


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("12.5亿", 1_250_000_000), ("1,250,000,000", 1_250_000_000), ("12.5", 1_250_000_000),
     ("３０００万", 30_000_000), ("约3000万元", 30_000_000), ("100亿元以上", 10_000_000_000), ("", None)],
)
def test_money(typed, stored):
    assert values.parse_money(typed) == stored


@pytest.mark.parametrize("bad", ["abc", "12亿亿", "-5亿", "1.2.3"])
def test_money_rejected(bad):
    with pytest.raises(ValueRejected):
        values.parse_money(bad)


def test_number_keeps_qualifier():
    assert values.parse_number("超2800") == values.Number(2800, "超")
    assert values.parse_number("2200余") == values.Number(2200, "余")
    assert values.parse_number("35%") == values.Number(35)


def test_format_money():
    assert values.format_money_yi(1_250_000_000) == "12.5"
    assert values.format_money_yi(None) == ""


def test_year_and_int_and_bool_and_date():
    assert values.parse_year("2025年") == 2025
    with pytest.raises(ValueRejected):
        values.parse_year("25")
    with pytest.raises(ValueRejected):
        values.parse_int("3.5")
    assert values.parse_bool("是") == 1 and values.parse_bool("否") == 0
    assert values.parse_date("2025年3月3日") == "2025-03-03"
    with pytest.raises(ValueRejected):
        values.parse_date("2025-02-30")


def test_credit_code_and_choice():
    assert values.parse_credit_code("91440300 MA5ABCDE1X") == "91440300MA5ABCDE1X"
    with pytest.raises(ValueRejected):
        values.parse_credit_code("12345")
    roles = {"integrator": ["整机", "Integrator"], "component": ["零部件", "Component supplier"]}
    assert values.parse_choice("整机", roles) == "integrator"
    with pytest.raises(ValueRejected, match="not one of"):
        values.parse_choice("卖家", roles)
