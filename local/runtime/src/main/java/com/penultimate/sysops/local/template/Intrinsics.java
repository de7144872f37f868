package com.penultimate.sysops.local.template;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the intrinsic functions a local run needs ({@code Ref}, {@code Fn::Sub}, {@code Fn::GetAtt},
 * {@code Fn::If}, {@code Fn::Join}) to strings, given how to name a parameter or a resource.
 */
final class Intrinsics {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

    private final Function<String, String> ref;
    private final Function<List<String>, String> getAtt;
    private final Function<String, Boolean> condition;

    Intrinsics(Function<String, String> ref, Function<List<String>, String> getAtt,
               Function<String, Boolean> condition) {
        this.ref = ref;
        this.getAtt = getAtt;
        this.condition = condition;
    }

    @SuppressWarnings("unchecked")
    String resolve(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Map<?, ?> map && map.size() == 1) {
            Map.Entry<String, Object> call = ((Map<String, Object>) map).entrySet().iterator().next();
            Object arg = call.getValue();
            switch (call.getKey()) {
                case "Ref":
                    return ref.apply((String) arg);
                case "Fn::GetAtt":
                    return getAtt.apply(((List<Object>) arg).stream().map(Object::toString).toList());
                case "Fn::Sub":
                    return substitute(arg);
                case "Fn::If": {
                    List<Object> args = (List<Object>) arg;
                    return resolve(condition.apply((String) args.get(0)) ? args.get(1) : args.get(2));
                }
                case "Fn::Join": {
                    List<Object> args = (List<Object>) arg;
                    return String.join((String) args.get(0),
                            ((List<Object>) args.get(1)).stream().map(this::resolve).toList());
                }
                default:
                    break;
            }
        }
        throw new IllegalArgumentException("cannot resolve " + value + " locally");
    }

    @SuppressWarnings("unchecked")
    private String substitute(Object arg) {
        String text;
        Map<String, Object> variables = Map.of();
        if (arg instanceof List<?> list) {
            text = (String) list.get(0);
            variables = (Map<String, Object>) list.get(1);
        } else {
            text = (String) arg;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement;
            if (variables.containsKey(name)) {
                replacement = resolve(variables.get(name));
            } else if (name.contains(".")) {
                replacement = getAtt.apply(List.of(name.split("\\.", 2)));
            } else {
                replacement = ref.apply(name);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
