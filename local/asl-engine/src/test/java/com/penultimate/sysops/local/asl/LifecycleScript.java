package com.penultimate.sysops.local.asl;

import java.util.List;

/**
 * What the ticket lifecycle's outside world does, the same for every interpreter: the expert-matching function's
 * results in order ({@code matches}), and the answers sent, in order, to the tasks that wait on a token
 * ({@code answers}). The ticket-workflow function echoes its payload, as moto's Lambda does when nothing is queued
 * for it (the definition discards that result), and so does the matching function once its results run out.
 */
record LifecycleScript(String workflowFunctionArn, String matchingFunctionArn, List<String> matches,
                       List<String> answers) {
    static final String TICKET = "T1";
    static final String INPUT = "{\"ticketId\":\"T1\",\"offers\":0,\"waits\":0}";
}
