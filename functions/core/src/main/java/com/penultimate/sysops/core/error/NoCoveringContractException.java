package com.penultimate.sysops.core.error;

/** A ticket was filed for a product that no contract of the customer's in force covers. */
public final class NoCoveringContractException extends DomainException {
    public NoCoveringContractException(String customerId, String product) {
        super("no active support contract of customer " + customerId + " covers product " + product
                + " today; add a contract for it first");
    }

    @Override
    public String code() {
        return "no-active-contract";
    }
}
