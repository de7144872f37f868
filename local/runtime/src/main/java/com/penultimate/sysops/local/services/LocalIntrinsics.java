package com.penultimate.sysops.local.services;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves CloudFormation intrinsic functions to strings, given what {@code Ref} and {@code Fn::GetAtt} give:
 * {@code Ref}, {@code Fn::GetAtt}, {@code Fn::Sub}, {@code Fn::Join}, {@code Fn::Select}, {@code Fn::Split},
 * {@code Fn::If} with the template's conditions ({@code Fn::Equals}, {@code Fn::Not}, {@code Fn::And},
 * {@code Fn::Or}, {@code Condition}). Anything else is refused by name.
 */
final class LocalIntrinsics {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

    private final Function<String, String> ref;
    private final BiFunction<String, String, String> getAtt;
    private final Map<String, Object> conditions;

    LocalIntrinsics(Function<String, String> ref, BiFunction<String, String, String> getAtt,
                    Map<String, Object> conditions) {
        this.ref = ref;
        this.getAtt = getAtt;
        this.conditions = conditions;
    }

    /** The value as a string; null for null and {@code !Ref AWS::NoValue}. */
    @SuppressWarnings("unchecked")
    String resolve(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value == null ? null : value.toString();
        }
        if (!(value instanceof Map<?, ?> map) || map.size() != 1) {
            throw new IllegalArgumentException("cannot resolve " + value + " to a string locally");
        }
        Map.Entry<String, Object> call = ((Map<String, Object>) map).entrySet().iterator().next();
        Object arg = call.getValue();
        return switch (call.getKey()) {
            case "Ref" -> "AWS::NoValue".equals(arg) ? null : ref.apply((String) arg);
            case "Fn::GetAtt" -> getAtt((List<Object>) arg);
            case "Fn::Sub" -> substitute(arg);
            case "Fn::Join" -> String.join((String) ((List<Object>) arg).get(0), list(((List<Object>) arg).get(1)));
            case "Fn::Select" -> list(((List<Object>) arg).get(1))
                    .get(Integer.parseInt(resolve(((List<Object>) arg).get(0))));
            case "Fn::If" -> {
                List<Object> args = (List<Object>) arg;
                yield resolve(condition((String) args.get(0)) ? args.get(1) : args.get(2));
            }
            default -> throw new IllegalArgumentException(call.getKey() + " is not supported locally: " + value);
        };
    }

    /** Evaluates the template condition {@code name}. */
    boolean condition(String name) {
        if (!conditions.containsKey(name)) {
            throw new IllegalArgumentException("template has no condition " + name);
        }
        return evaluate(conditions.get(name));
    }

    @SuppressWarnings("unchecked")
    private boolean evaluate(Object expression) {
        Map.Entry<String, Object> call = ((Map<String, Object>) expression).entrySet().iterator().next();
        Object arg = call.getValue();
        return switch (call.getKey()) {
            case "Fn::Equals" -> {
                List<Object> args = (List<Object>) arg;
                yield String.valueOf(resolve(args.get(0))).equals(String.valueOf(resolve(args.get(1))));
            }
            case "Fn::Not" -> !evaluate(((List<Object>) arg).get(0));
            case "Fn::And" -> ((List<Object>) arg).stream().allMatch(this::evaluate);
            case "Fn::Or" -> ((List<Object>) arg).stream().anyMatch(this::evaluate);
            case "Condition", "Fn::Condition" -> condition((String) arg);
            default -> throw new IllegalArgumentException(call.getKey() + " is not a condition function");
        };
    }

    @SuppressWarnings("unchecked")
    private List<String> list(Object value) {
        if (value instanceof List<?> items) {
            return items.stream().map(this::resolve).toList();
        }
        if (value instanceof Map<?, ?> map && map.containsKey("Fn::Split")) {
            List<Object> args = (List<Object>) map.get("Fn::Split");
            return Arrays.asList(resolve(args.get(1)).split(Pattern.quote((String) args.get(0)), -1));
        }
        throw new IllegalArgumentException("cannot resolve " + value + " to a list locally");
    }

    private String getAtt(List<Object> arg) {
        List<String> parts = new ArrayList<>(arg.stream().map(this::resolve).toList());
        if (parts.size() == 1) {
            parts = List.of(parts.get(0).split("\\.", 2));
        }
        return getAtt.apply(parts.get(0), parts.get(1));
    }

    @SuppressWarnings("unchecked")
    private String substitute(Object arg) {
        String text = arg instanceof List<?> list ? (String) list.get(0) : (String) arg;
        Map<String, Object> variables = arg instanceof List<?> list ? (Map<String, Object>) list.get(1) : Map.of();
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement;
            if (name.startsWith("!")) {
                replacement = "${" + name.substring(1) + "}";
            } else if (variables.containsKey(name)) {
                replacement = resolve(variables.get(name));
            } else if (name.contains(".") && !name.startsWith("AWS::")) {
                String[] parts = name.split("\\.", 2);
                replacement = getAtt.apply(parts[0], parts[1]);
            } else {
                replacement = ref.apply(name);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
