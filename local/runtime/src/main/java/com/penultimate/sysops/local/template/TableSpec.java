package com.penultimate.sysops.local.template;

import java.util.Map;

/**
 * A DynamoDB table of the template: its resolved name and its CloudFormation properties (key schema,
 * attribute definitions, indexes, TTL).
 */
public record TableSpec(String logicalId, String tableName, Map<String, Object> properties) {
}
