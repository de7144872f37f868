package com.penultimate.sysops.core.notification;

/** The messages the system sends. */
public enum NotificationKind {
    /** To an expert: a ticket is offered to you; reply ACCEPT or DECLINE. */
    EXPERT_OFFER,
    /** To a customer: your expert accepted and is on the way. */
    EXPERT_ON_THE_WAY,
    /** To managers: a ticket needs a person. */
    TICKET_ESCALATED,
    /** To a customer: how did we do? (with the survey link). */
    SURVEY_INVITATION,
    /** To a customer: reminder of the survey. */
    SURVEY_REMINDER,
    /** To a customer: your support contract renewed; the receipt of the charge. */
    PAYMENT_RECEIPT,
    /** To a customer: your card was declined; when it is tried again, and how to update it. */
    PAYMENT_DECLINED,
    /** To a customer: the last retry was declined too; the contract is suspended until the card is updated. */
    CONTRACT_SUSPENDED;

    /** Whether the message is about a contract's payment rather than a ticket. */
    public boolean isBilling() {
        return this == PAYMENT_RECEIPT || this == PAYMENT_DECLINED || this == CONTRACT_SUSPENDED;
    }
}
