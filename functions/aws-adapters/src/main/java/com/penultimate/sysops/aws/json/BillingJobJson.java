package com.penultimate.sysops.aws.json;

import com.penultimate.sysops.core.billing.BillingJob;
import com.penultimate.sysops.core.billing.BillingStep;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@link BillingJob} as the JSON body of a billing queue message: {@code {"customerId", "contractId",
 * "periodEnd", "step"}}. Unknown fields are ignored; a body lacking a field, or with a malformed date or step,
 * is refused with {@link IllegalArgumentException}.
 */
public final class BillingJobJson {
    private BillingJobJson() {
    }

    public static String write(BillingJob job) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("customerId", job.customerId());
        fields.put("contractId", job.contractId());
        fields.put("periodEnd", job.periodEnd().toString());
        fields.put("step", job.step().label());
        return FlatJson.write(fields);
    }

    public static BillingJob read(String json) {
        Map<String, String> fields = FlatJson.read(json);
        try {
            return new BillingJob(required(fields, "customerId"), required(fields, "contractId"),
                    LocalDate.parse(required(fields, "periodEnd")), new BillingStep(required(fields, "step")));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("billing job has a malformed periodEnd", e);
        }
    }

    private static String required(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("billing job lacks " + name);
        }
        return value;
    }
}
