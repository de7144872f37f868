package com.penultimate.sysops.core.billing;

import com.penultimate.sysops.core.model.SupportContract;

/**
 * What a year of support costs: one yearly price per covered product, the same for every product. A flat price
 * keeps the product catalogue free of commercial data; a per-product price would change only this class.
 */
public record PricePlan(Price yearlyPerProduct) {

    public Price priceOf(SupportContract contract) {
        return new Price(yearlyPerProduct.amountMinor() * contract.products().size(), yearlyPerProduct.currency());
    }
}
