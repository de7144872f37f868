package com.penultimate.sysops.core.port;

/** Sends a text message (SNS when deployed). Throws on failure so the message is retried. */
public interface SmsSender {
    /** Returns the provider's message id. */
    String send(String phoneNumber, String text);
}
