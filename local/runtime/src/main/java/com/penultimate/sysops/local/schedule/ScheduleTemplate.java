package com.penultimate.sysops.local.schedule;

import com.penultimate.sysops.local.services.FunctionEvent;
import com.penultimate.sysops.local.services.TemplateDocument;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads functions' {@code Type: Schedule} and {@code Type: ScheduleV2} events. Retry policies, dead-letter
 * queues and flexible windows are delivery details a local run does not need; start and end dates change when a
 * schedule fires and are refused by name.
 */
public final class ScheduleTemplate {
    private static final Set<String> REFUSED = Set.of("StartDate", "EndDate");

    private ScheduleTemplate() {
    }

    public static List<ScheduleSpec> read(TemplateDocument template) {
        List<ScheduleSpec> schedules = new ArrayList<>();
        template.functionEvents("Schedule").forEach(e -> schedules.add(spec(template, e, false)));
        template.functionEvents("ScheduleV2").forEach(e -> schedules.add(spec(template, e, true)));
        return schedules;
    }

    private static ScheduleSpec spec(TemplateDocument template, FunctionEvent event, boolean scheduler) {
        Map<String, Object> p = event.properties();
        String where = event.functionLogicalId() + "." + event.eventName();
        p.keySet().stream().filter(REFUSED::contains).findFirst().ifPresent(k -> {
            throw new IllegalArgumentException(where + ": schedule property " + k + " is not supported locally");
        });
        String text = template.resolve(p.get(scheduler ? "ScheduleExpression" : "Schedule"));
        if (text == null) {
            throw new IllegalArgumentException(where + ": the schedule expression is missing");
        }
        String timezone = template.resolve(p.get("ScheduleExpressionTimezone"));
        ZoneId zone = timezone == null ? ZoneOffset.UTC : ZoneId.of(timezone);
        String name = template.resolve(p.get("Name"));
        boolean enabled = !"false".equals(template.resolve(p.get("Enabled")))
                && !"DISABLED".equals(template.resolve(p.get("State")));
        try {
            return new ScheduleSpec(event.functionLogicalId(), event.eventName(),
                    name == null ? event.functionLogicalId() + event.eventName() : name, text,
                    ScheduleExpression.parse(text, zone), template.resolve(p.get("Input")), enabled, scheduler);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }
}
