package com.penultimate.sysops.sms;

import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;

/**
 * Lambda entry point for experts' text replies (ACCEPT / DECLINE / DONE), delivered by the inbound-SMS topic
 * as an SNS event (read as {@link InboundSmsEvent}).
 * Lambda builds handlers with their no-argument constructor, so collaborators are looked up once, when the
 * container starts, rather than injected.
 */
public class SmsRepliesHandler extends MicronautRequestHandler<InboundSmsEvent, SmsReport> {
    private final InboundSmsReplies replies;

    public SmsRepliesHandler() {
        this.replies = getApplicationContext().getBean(InboundSmsReplies.class);
    }

    /** For tests and the local runtime: runs in a context built elsewhere. */
    public SmsRepliesHandler(ApplicationContext context) {
        super(context);
        this.replies = context.getBean(InboundSmsReplies.class);
    }

    @Override
    public SmsReport execute(InboundSmsEvent event) {
        return replies.handle(event.records());
    }
}
