package com.penultimate.sysops.local.metering;

import java.nio.charset.StandardCharsets;

/**
 * Counts SQS requests by action ({@code sqs.requests.<Action>}), as billed: a batch is one request. Receives that
 * came back empty are also counted in {@code sqs.emptyReceives}: they are the pollers' idle cost, paid by the
 * hour whatever the traffic, not by the ticket.
 */
public final class SqsRequestMeter implements WireMeter {
    private final Usage usage;

    public SqsRequestMeter(Usage usage) {
        this.usage = usage;
    }

    @Override
    public Exchange request(String operation, byte[] body) {
        usage.increment("sqs.requests." + operation);
        return new Exchange() {
            @Override
            public byte[] body() {
                return body;
            }

            @Override
            public byte[] response(int status, byte[] answer) {
                if (operation.equals("ReceiveMessage") && status == 200 && !carriesMessages(answer)) {
                    usage.increment("sqs.emptyReceives");
                }
                return answer;
            }
        };
    }

    private static boolean carriesMessages(byte[] answer) {
        String text = new String(answer, StandardCharsets.UTF_8);
        return text.contains("\"ReceiptHandle\"") || text.contains("<ReceiptHandle>");
    }
}
