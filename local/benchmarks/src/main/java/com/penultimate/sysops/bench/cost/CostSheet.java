package com.penultimate.sysops.bench.cost;

import com.penultimate.sysops.local.metering.UsageSnapshot;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * What a measured period's usage costs at list prices, by service, scaled to 1,000 tickets. A write DynamoDB
 * refused by its condition is billed at least one write unit but reports none, so it is charged one.
 */
public record CostSheet(Map<String, Double> perThousandTickets, double total) {

    public static CostSheet of(UsageSnapshot used, int tickets, Prices prices, FunctionSizes sizes) {
        double scale = 1000.0 / tickets;
        Map<String, Double> cost = new LinkedHashMap<>();
        double requests = 0;
        double compute = 0;
        for (String function : functions(used)) {
            requests += prices.cost("lambda.requests", used.get("lambda.invocations." + function));
            double gbSeconds = used.get("lambda.billedMs." + function) / 1000.0 * sizes.memoryMb(function) / 1024.0;
            compute += prices.cost("lambda.gbSecond." + sizes.architecture(function), gbSeconds);
        }
        cost.put("Lambda requests", requests);
        cost.put("Lambda compute (GB-s)", compute);
        cost.put("Step Functions transitions", prices.cost("stepfunctions.transitions",
                used.get("stepfunctions.transitions")));
        cost.put("DynamoDB reads (RRU)", prices.cost("dynamodb.rru", used.sum("dynamodb.rru.")));
        cost.put("DynamoDB writes (WRU)", prices.cost("dynamodb.wru",
                used.sum("dynamodb.wru.") + used.get("dynamodb.refusedWrites")));
        cost.put("SQS requests", prices.cost("sqs.requests", used.sum("sqs.requests.") - used.get("sqs.emptyReceives")));
        cost.put("SNS SMS", prices.cost("sns.sms", used.get("sns.sms")));
        cost.put("SNS publishes", prices.cost("sns.publish", used.get("sns.publish")));
        cost.put("SES emails", prices.cost("ses.emails", used.get("ses.emails")));
        cost.put("EventBridge events", prices.cost("events.entries", used.get("events.entries")));
        cost.replaceAll((service, usd) -> usd * scale);
        return new CostSheet(Map.copyOf(cost), cost.values().stream().mapToDouble(Double::doubleValue).sum());
    }

    private static TreeSet<String> functions(UsageSnapshot used) {
        TreeSet<String> functions = new TreeSet<>();
        used.counters().keySet().stream().filter(c -> c.startsWith("lambda.invocations."))
                .forEach(c -> functions.add(c.substring("lambda.invocations.".length())));
        return functions;
    }

    /** Prints each service's cost, in the order of {@link #of}, and the total. */
    public void print(PrintStream out) {
        for (String service : new String[] {"Lambda requests", "Lambda compute (GB-s)", "Step Functions transitions",
                "DynamoDB reads (RRU)", "DynamoDB writes (WRU)", "SQS requests", "SNS SMS", "SNS publishes",
                "SES emails", "EventBridge events"}) {
            out.printf("  %-28s $%10.4f%n", service, perThousandTickets.get(service));
        }
        out.printf("  %-28s $%10.4f%n", "TOTAL per 1,000 tickets", total);
    }
}
