package com.penultimate.sysops.local.sqs;

/**
 * How many messages a queue holds, as SQS approximates it.
 *
 * @param visible  ready to be received ({@code ApproximateNumberOfMessages})
 * @param inFlight received and not yet deleted or returned ({@code ApproximateNumberOfMessagesNotVisible})
 * @param delayed  sent with a delay not yet over ({@code ApproximateNumberOfMessagesDelayed})
 */
public record QueueDepth(int visible, int inFlight, int delayed) {

    public int total() {
        return visible + inFlight + delayed;
    }
}
