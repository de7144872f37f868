package com.penultimate.sysops.local.schedule;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.penultimate.sysops.local.gateway.LocalEndpoint;

/**
 * {@code POST /local/schedules/fire {name}} → 202: the schedule's function is invoked now, asynchronously, with
 * the event the schedule would send; the answer holds that event.
 */
public final class FireScheduleEndpoint implements LocalEndpoint {
    private final ObjectMapper json = new ObjectMapper();
    private final LocalSchedules schedules;

    public FireScheduleEndpoint(LocalSchedules schedules) {
        this.schedules = schedules;
    }

    @Override
    public String method() {
        return "POST";
    }

    @Override
    public String path() {
        return "/local/schedules/fire";
    }

    @Override
    public Answer handle(byte[] body) throws Exception {
        String name;
        try {
            JsonNode request = json.readTree(body);
            name = request == null ? "" : request.path("name").asText("");
        } catch (Exception e) {
            return problem(400, "body must be JSON: {\"name\": \"<schedule name>\"}");
        }
        if (schedules.schedules().stream().noneMatch(s -> s.name().equals(name))) {
            return problem(404, "no schedule named '" + name + "'; GET /local/schedules lists them");
        }
        String event = schedules.fireNow(name);
        return new Answer(202, json.createObjectNode().put("name", name).set("event", json.readTree(event)).toString());
    }

    private Answer problem(int status, String detail) {
        return new Answer(status, json.createObjectNode().put("title", "Cannot fire the schedule").put("status", status)
                .put("detail", detail).toString());
    }
}
