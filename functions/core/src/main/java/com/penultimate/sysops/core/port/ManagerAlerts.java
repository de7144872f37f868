package com.penultimate.sysops.core.port;

/** Tells the managers something needs them (an SNS topic they subscribe to when deployed). */
public interface ManagerAlerts {
    /** Returns the provider's message id. */
    String publish(String subject, String text);
}
