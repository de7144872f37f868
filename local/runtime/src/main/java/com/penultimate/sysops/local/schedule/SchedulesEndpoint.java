package com.penultimate.sysops.local.schedule;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.penultimate.sysops.local.gateway.LocalEndpoint;

/**
 * {@code GET /local/schedules} → the template's schedules:
 * {@code [{name, function, expression, enabled, nextFire?}]}.
 */
public final class SchedulesEndpoint implements LocalEndpoint {
    private final ObjectMapper json = new ObjectMapper();
    private final LocalSchedules schedules;

    public SchedulesEndpoint(LocalSchedules schedules) {
        this.schedules = schedules;
    }

    @Override
    public String method() {
        return "GET";
    }

    @Override
    public String path() {
        return "/local/schedules";
    }

    @Override
    public Answer handle(byte[] body) {
        ArrayNode all = json.createArrayNode();
        for (ScheduleSpec s : schedules.schedules()) {
            ObjectNode node = all.addObject().put("name", s.name()).put("function", s.functionLogicalId())
                    .put("expression", s.expressionText()).put("enabled", s.enabled());
            schedules.nextFire(s.name()).ifPresent(next -> node.put("nextFire", next.toString()));
        }
        return new Answer(200, all.toString());
    }
}
