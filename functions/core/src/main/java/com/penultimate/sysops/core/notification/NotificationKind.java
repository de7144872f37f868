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
    SURVEY_REMINDER
}
