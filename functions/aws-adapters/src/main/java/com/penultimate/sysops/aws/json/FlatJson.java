package com.penultimate.sysops.aws.json;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * JSON for flat objects: one level of fields whose values are strings, numbers, booleans or null. Small on
 * purpose, for message bodies and workflow input, so adapters need no JSON library; anything nested is refused.
 */
public final class FlatJson {
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private FlatJson() {
    }

    /** The object with {@code fields} in their iteration order; values must be String, Number, Boolean or null. */
    public static String write(Map<String, ?> fields) {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((name, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            quote(name, json).append(':');
            if (value == null || value instanceof Boolean) {
                json.append(value);
            } else if (value instanceof String text) {
                quote(text, json);
            } else if (value instanceof Number number && NUMBER.matcher(number.toString()).matches()) {
                json.append(number);
            } else {
                throw new IllegalArgumentException("field " + name + " is neither text, a finite number, "
                        + "a boolean nor null");
            }
        });
        return json.append('}').toString();
    }

    /**
     * The fields of a flat object: strings unescaped, numbers and booleans as their JSON text, null as null.
     * Throws {@link IllegalArgumentException} on anything that is not such an object.
     */
    public static Map<String, String> read(String json) {
        return new Reader(json).object();
    }

    /** {@code text} as a JSON string literal, quotes included. */
    public static String quote(String text) {
        return quote(text, new StringBuilder()).toString();
    }

    private static StringBuilder quote(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }

    /** A recursive-descent reader of one flat object. */
    private static final class Reader {
        private final String json;
        private int at;

        Reader(String json) {
            this.json = json;
        }

        Map<String, String> object() {
            Map<String, String> fields = new LinkedHashMap<>();
            expect('{');
            if (!peek('}')) {
                do {
                    String name = string();
                    expect(':');
                    if (fields.containsKey(name)) {
                        throw malformed("field " + name + " appears twice");
                    }
                    fields.put(name, value());
                } while (skip(','));
            }
            expect('}');
            whitespace();
            if (at != json.length()) {
                throw malformed("text after the object");
            }
            return fields;
        }

        private String value() {
            whitespace();
            if (peek('"')) {
                return string();
            }
            int start = at;
            while (at < json.length() && ",}] \t\r\n".indexOf(json.charAt(at)) < 0) {
                at++;
            }
            String literal = json.substring(start, at);
            if (literal.equals("null")) {
                return null;
            }
            if (literal.equals("true") || literal.equals("false") || NUMBER.matcher(literal).matches()) {
                return literal;
            }
            throw malformed(literal.startsWith("{") || literal.startsWith("[")
                    ? "nested values are not supported" : "not a value: " + literal);
        }

        private String string() {
            expect('"');
            StringBuilder text = new StringBuilder();
            while (true) {
                char c = next();
                if (c == '"') {
                    return text.toString();
                }
                if (c < 0x20) {
                    throw malformed("control character in a string");
                }
                text.append(c == '\\' ? escaped() : c);
            }
        }

        private char escaped() {
            char c = next();
            return switch (c) {
                case '"', '\\', '/' -> c;
                case 'b' -> '\b';
                case 'f' -> '\f';
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 't' -> '\t';
                case 'u' -> unicode();
                default -> throw malformed("bad escape \\" + c);
            };
        }

        private char unicode() {
            if (at + 4 > json.length()) {
                throw malformed("short \\u escape");
            }
            try {
                char c = (char) Integer.parseInt(json.substring(at, at + 4), 16);
                at += 4;
                return c;
            } catch (NumberFormatException e) {
                throw malformed("bad \\u escape");
            }
        }

        private void expect(char c) {
            whitespace();
            if (next() != c) {
                throw malformed("expected '" + c + "'");
            }
        }

        private boolean skip(char c) {
            whitespace();
            if (peek(c)) {
                at++;
                return true;
            }
            return false;
        }

        private boolean peek(char c) {
            whitespace();
            return at < json.length() && json.charAt(at) == c;
        }

        private char next() {
            if (at >= json.length()) {
                throw malformed("unexpected end");
            }
            return json.charAt(at++);
        }

        private void whitespace() {
            while (at < json.length() && " \t\r\n".indexOf(json.charAt(at)) >= 0) {
                at++;
            }
        }

        private IllegalArgumentException malformed(String problem) {
            return new IllegalArgumentException("not a flat JSON object (" + problem + " at offset " + at + ")");
        }
    }
}
