package com.penultimate.sysops.lambda.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonLineLayoutTest {
    private final Logger logger = new LoggerContext().getLogger("sysops.test");

    @Test
    void doLayout_writesOneParseableJsonObjectWithMdcAndError() throws Exception {
        LoggingEvent event = new LoggingEvent("x", logger, Level.WARN, "offer of {} failed: \"quoted\"\nline two",
                new IllegalStateException("boom"), new Object[] {"T123"});
        event.setMDCPropertyMap(Map.of("ticketId", "T123"));

        String line = new JsonLineLayout().doLayout(event);

        assertThat(line).endsWith("}\n").doesNotContain("\n{");
        Map<String, String> fields = topLevelStrings(line);
        assertThat(fields).containsEntry("level", "WARN").containsEntry("ticketId", "T123")
                .containsEntry("message", "offer of T123 failed: \"quoted\"\nline two");
        assertThat(line).contains("\"type\":\"java.lang.IllegalStateException\"");
    }

    private static Map<String, String> topLevelStrings(String json) throws Exception {
        Map<String, String> fields = new HashMap<>();
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            int depth = 0;
            String name = null;
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t == JsonToken.START_OBJECT) {
                    depth++;
                } else if (t == JsonToken.END_OBJECT) {
                    depth--;
                } else if (t == JsonToken.FIELD_NAME) {
                    name = parser.currentName();
                } else if (t == JsonToken.VALUE_STRING && depth == 1) {
                    fields.put(name, parser.getText());
                }
            }
        }
        return fields;
    }
}
