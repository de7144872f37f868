package com.penultimate.sysops.billing;

import com.penultimate.sysops.core.billing.Price;
import com.penultimate.sysops.core.billing.PricePlan;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * What a year of support costs ({@code SYSOPS_BILLING_YEARLY_PRICE_PER_PRODUCT_MINOR}, {@code SYSOPS_BILLING_CURRENCY})
 * and which card provider charges it ({@code SYSOPS_BILLING_PAYMENT_PROVIDER}).
 *
 * @param yearlyPricePerProductMinor the yearly price of one covered product, in minor units (4900 = 49.00)
 * @param currency                   ISO 4217 code
 * @param paymentProvider            {@value #SIMULATED} is the only provider built: the simulated one, by name
 */
@ConfigurationProperties("sysops.billing")
public record BillingSettings(@Nullable Long yearlyPricePerProductMinor, @Nullable String currency,
                              @Nullable String paymentProvider) {
    static final String SIMULATED = "simulated";

    PricePlan prices() {
        if (yearlyPricePerProductMinor == null || currency == null) {
            throw new IllegalStateException("sysops.billing.yearly-price-per-product-minor and sysops.billing.currency "
                    + "are not configured (SYSOPS_BILLING_YEARLY_PRICE_PER_PRODUCT_MINOR, SYSOPS_BILLING_CURRENCY)");
        }
        return new PricePlan(new Price(yearlyPricePerProductMinor, currency));
    }

    /** The chosen provider; a deployment must name it, so nobody charges the simulated one by accident. */
    String provider() {
        if (!SIMULATED.equals(paymentProvider)) {
            throw new IllegalStateException("sysops.billing.payment-provider is " + paymentProvider
                    + "; the only provider built is '" + SIMULATED + "' (SYSOPS_BILLING_PAYMENT_PROVIDER)");
        }
        return paymentProvider;
    }
}
