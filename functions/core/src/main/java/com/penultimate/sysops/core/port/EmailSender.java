package com.penultimate.sysops.core.port;

/** Sends an email (SES when deployed). Throws on failure so the message is retried. */
public interface EmailSender {
    /** Returns the provider's message id. */
    String send(String toAddress, String subject, String textBody);
}
