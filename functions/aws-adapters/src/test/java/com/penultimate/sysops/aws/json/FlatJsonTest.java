package com.penultimate.sysops.aws.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FlatJsonTest {

    @Test
    void write_keepsFieldOrderAndWritesEveryKindOfValue() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("text", "a");
        fields.put("count", 0);
        fields.put("ratio", 0.5);
        fields.put("done", true);
        fields.put("none", null);

        assertThat(FlatJson.write(fields))
                .isEqualTo("{\"text\":\"a\",\"count\":0,\"ratio\":0.5,\"done\":true,\"none\":null}");
    }

    @Test
    void write_escapesQuotesBackslashesAndControlCharacters() {
        assertThat(FlatJson.write(Map.of("s", "say \"hi\"\\\n\t\u0001é")))
                .isEqualTo("{\"s\":\"say \\\"hi\\\"\\\\\\n\\t\\u0001é\"}");
    }

    @Test
    void write_refusesValuesJsonCannotHold() {
        assertThatThrownBy(() -> FlatJson.write(Map.of("n", Double.NaN))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FlatJson.write(Map.of("m", Map.of()))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void read_givesBackWhatWriteWrote() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("s", "line\nbreak \"quoted\" \\ é ✓");
        fields.put("n", -12.5e3);
        fields.put("b", false);
        fields.put("z", null);

        Map<String, String> read = FlatJson.read(FlatJson.write(fields));

        assertThat(read).containsEntry("s", "line\nbreak \"quoted\" \\ é ✓").containsEntry("n", "-12500.0")
                .containsEntry("b", "false").containsEntry("z", null).hasSize(4);
    }

    @Test
    void read_acceptsWhitespaceAndEveryEscape() {
        assertThat(FlatJson.read(" {\n \"a\" : \"\\u0041\\/\\b\\f\\r\" ,\"b\":1 } "))
                .isEqualTo(Map.of("a", "A/\b\f\r", "b", "1"));
        assertThat(FlatJson.read("{}")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[]", "{", "{\"a\"}", "{\"a\":}", "{\"a\":{\"b\":1}}", "{\"a\":[1]}",
            "{\"a\":tru}", "{\"a\":01}", "{\"a\":\"x\"} extra", "{\"a\":1,\"a\":2}", "{\"a\":\"\\x\"}",
            "{\"a\":\"\\u12\"}", "{\"a\":\"unterminated}", "{a:1}"})
    void read_refusesWhatIsNotAFlatObject(String json) {
        assertThatThrownBy(() -> FlatJson.read(json)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a flat JSON object");
    }
}
