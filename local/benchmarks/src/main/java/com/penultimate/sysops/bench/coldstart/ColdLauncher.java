package com.penultimate.sysops.bench.coldstart;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.CustomPojoSerializer;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.penultimate.sysops.local.lambda.InvocationContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * {@code main(handlerClass, eventFile)} in a fresh JVM whose class path is this launcher and one deployable
 * jar: builds the handler as Lambda does (no-argument constructor, the jar's {@link CustomPojoSerializer}),
 * invokes it once with the event and an {@link InvocationContext} (named by {@code AWS_LAMBDA_FUNCTION_NAME}, its
 * deadline {@value #TIMEOUT_VARIABLE} seconds away, as Lambda passes one to every invocation) and prints one line,
 * {@code COLDSTART heap=<bytes> rss=<bytes> answer=<json>},
 * then exits. It and the classes packed with it depend on nothing but the JDK and the Lambda runtime interfaces
 * the jar carries.
 */
public final class ColdLauncher {
    static final String MARK = "COLDSTART ";
    static final String TIMEOUT_VARIABLE = "COLDSTART_TIMEOUT_SECONDS";

    private ColdLauncher() {
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        Class<?> handlerClass = Class.forName(args[0]);
        RequestHandler<Object, Object> handler =
                (RequestHandler<Object, Object>) handlerClass.getConstructor().newInstance();
        String answer;
        try {
            answer = invoke(handler, handlerClass, Files.readString(Path.of(args[1])), invocation());
        } catch (RuntimeException functionError) {
            // What Lambda answers when the handler throws: the function ran, and this is its answer.
            answer = "{\"errorType\":\"" + functionError.getClass().getName() + "\",\"errorMessage\":\""
                    + String.valueOf(functionError.getMessage()).replace("\"", "'") + "\"}";
        }
        Runtime runtime = Runtime.getRuntime();
        System.out.println(MARK + "heap=" + (runtime.totalMemory() - runtime.freeMemory()) + " rss=" + rss()
                + " answer=" + answer.replace('\n', ' '));
        System.out.flush();
        // The function's context would keep the JVM alive; a Lambda container is frozen here anyway.
        Runtime.getRuntime().halt(0);
    }

    private static InvocationContext invocation() {
        String name = System.getenv("AWS_LAMBDA_FUNCTION_NAME");
        String timeout = System.getenv(TIMEOUT_VARIABLE);
        return new InvocationContext(name == null ? "coldstart" : name,
                timeout == null ? 30 : Integer.parseInt(timeout), new StandardErrorLogger());
    }

    private static String invoke(RequestHandler<Object, Object> handler, Class<?> handlerClass, String event,
                                 Context context) {
        Optional<CustomPojoSerializer> serializer = ServiceLoader.load(CustomPojoSerializer.class).findFirst();
        if (serializer.isEmpty()) {
            return String.valueOf(handler.handleRequest(event, context));
        }
        Type[] io = handlerTypes(handlerClass);
        Object input = serializer.get().fromJson(
                new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), io[0]);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        serializer.get().toJson(handler.handleRequest(input, context), out, io[1]);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static long rss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return 1024 * Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (java.io.IOException notLinux) {
            return -1;
        }
        return -1;
    }

    /** The handler's input and output types, type variables resolved down its class hierarchy. */
    private static Type[] handlerTypes(Class<?> handlerClass) {
        Map<TypeVariable<?>, Type> bound = new HashMap<>();
        for (Type type = handlerClass; type != null; ) {
            Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
            if (type instanceof ParameterizedType p) {
                TypeVariable<?>[] variables = raw.getTypeParameters();
                for (int i = 0; i < variables.length; i++) {
                    bound.put(variables[i], resolve(p.getActualTypeArguments()[i], bound));
                }
            }
            for (Type candidate : raw.getGenericInterfaces()) {
                if (candidate instanceof ParameterizedType p && p.getRawType() == RequestHandler.class) {
                    return new Type[] {resolve(p.getActualTypeArguments()[0], bound),
                            resolve(p.getActualTypeArguments()[1], bound)};
                }
            }
            type = raw.getGenericSuperclass();
        }
        throw new IllegalStateException(handlerClass + " is not a RequestHandler");
    }

    private static Type resolve(Type type, Map<TypeVariable<?>, Type> bound) {
        Type resolved = type;
        while (resolved instanceof TypeVariable<?> variable && bound.containsKey(variable)) {
            resolved = bound.get(variable);
        }
        return resolved;
    }
}
