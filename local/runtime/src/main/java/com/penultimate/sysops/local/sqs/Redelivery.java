package com.penultimate.sysops.local.sqs;

import software.amazon.awssdk.services.sqs.model.Message;

/** Picks messages an event source delivers twice, as SQS's at-least-once delivery sometimes does. */
@FunctionalInterface
public interface Redelivery {

    /** Whether {@code message}, handled once by {@code source}'s function, is delivered to it again. */
    boolean again(SqsEventSource source, Message message);
}
