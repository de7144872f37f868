package com.penultimate.sysops.sms;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A text message received by the two-way SMS number, as AWS End User Messaging publishes it to the inbound
 * topic. Phone numbers and bodies are personal data: they are never logged.
 *
 * @param originationNumber the sender's number (E.164)
 * @param destinationNumber our number that received it
 * @param messageKeyword    the keyword the number is registered for
 * @param messageBody       what the sender wrote
 * @param inboundMessageId  the provider's id of this message
 * @param previousPublishedMessageId the id of the message it answers, when known
 */
@Serdeable
record InboundSms(@Nullable String originationNumber,
                  @Nullable String destinationNumber,
                  @Nullable String messageKeyword,
                  @Nullable String messageBody,
                  @Nullable String inboundMessageId,
                  @Nullable String previousPublishedMessageId) {

    /** True when the message has what a reply needs: who sent it and what they wrote. */
    boolean isComplete() {
        return originationNumber != null && !originationNumber.isBlank() && messageBody != null;
    }
}
