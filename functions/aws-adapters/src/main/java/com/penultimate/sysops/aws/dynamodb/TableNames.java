package com.penultimate.sysops.aws.dynamodb;

/** The names of the tables the repositories use, as the deployment (or a test) chose them. */
public record TableNames(
        String customers,
        String contracts,
        String products,
        String experts,
        String expertCells,
        String tickets,
        String idempotency) {

    /** Every table named {@code prefix} followed by its role, e.g. {@code dev-tickets} for prefix {@code dev-}. */
    public static TableNames prefixed(String prefix) {
        return new TableNames(prefix + "customers", prefix + "contracts", prefix + "products", prefix + "experts",
                prefix + "expert-cells", prefix + "tickets", prefix + "idempotency");
    }
}
