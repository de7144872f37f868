package com.penultimate.sysops.core.billing;

/** An amount of money in a currency's minor unit (cents for USD), as payment providers take it. */
public record Price(long amountMinor, String currency) {
    public Price {
        if (amountMinor <= 0) {
            throw new IllegalArgumentException("a price must be positive: " + amountMinor);
        }
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("a currency is an ISO 4217 code such as USD: " + currency);
        }
    }

    /** For people: {@code 98.00 USD}. Every currency we bill has two minor digits. */
    public String display() {
        return String.format("%d.%02d %s", amountMinor / 100, amountMinor % 100, currency);
    }
}
