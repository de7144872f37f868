package com.penultimate.sysops.core.error;

/** A ticket was filed for a product that no contract of the customer's in force covers. */
public final class NoCoveringContractException extends DomainException {
    public NoCoveringContractException(String customerId, String product) {
        super("no active support contract of customer " + customerId + " covers product " + product
                + " today; add a contract for it first");
    }

    private NoCoveringContractException(String message) {
        super(message);
    }

    /** The contract covering the product is suspended: its renewal was not paid. */
    public static NoCoveringContractException suspended(String contractId, String product) {
        return new NoCoveringContractException("support contract " + contractId + " covering product " + product
                + " is suspended because its renewal payment was declined; update the card on file "
                + "(PUT /customers/me/payment-method) and it is charged and resumed at once");
    }

    @Override
    public String code() {
        return "no-active-contract";
    }
}
