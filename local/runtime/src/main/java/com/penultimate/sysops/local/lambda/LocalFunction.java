package com.penultimate.sysops.local.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.CustomPojoSerializer;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.penultimate.sysops.local.metering.InvocationMeter;
import com.penultimate.sysops.local.faults.FaultInjector;
import com.penultimate.sysops.local.template.FunctionSpec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.HashMap;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * One function of the template loaded from its deployable jar in a class loader of its own, its handler
 * built as Lambda would build it, and invoked with JSON through the serializer the jar registers for the
 * Lambda runtime.
 */
public final class LocalFunction implements AutoCloseable {
    private static final String MICRONAUT_CONTEXT = "io.micronaut.context.ApplicationContext";

    private final FunctionSpec spec;
    private final FunctionClassLoader loader;
    private final RequestHandler<Object, Object> handler;
    private final CustomPojoSerializer serializer;
    private final Type inputType;
    private final Type outputType;
    private final AutoCloseable context;
    private final InvocationMeter meter;
    private final FunctionLogger logger;
    private volatile FaultInjector faults = FaultInjector.none();

    /**
     * Loads {@code spec}'s jar and builds its handler. {@code overrides} are settings the local runtime
     * supplies on top of the function's environment (endpoints, the local token key).
     */
    public LocalFunction(FunctionSpec spec, Map<String, String> overrides) throws Exception {
        this(spec, overrides, InvocationMeter.NONE);
    }

    /** As above, telling {@code meter} of every invocation and its duration. */
    @SuppressWarnings("unchecked")
    public LocalFunction(FunctionSpec spec, Map<String, String> overrides, InvocationMeter meter) throws Exception {
        if (!Files.isRegularFile(spec.codeUri())) {
            throw new IllegalStateException(spec.logicalId() + ": " + spec.codeUri()
                    + " does not exist; build it first (./mvnw -DskipTests package)");
        }
        this.spec = spec;
        this.meter = meter;
        this.logger = new FunctionLogger(spec.name());
        this.loader = new FunctionClassLoader(spec.name(), spec.codeUri().toUri().toURL());
        Map<String, Object> properties = properties(spec.environment(), overrides);
        Class<?> handlerClass = loader.loadClass(spec.handler());
        Object[] built = inLoader(() -> build(handlerClass, properties));
        this.handler = (RequestHandler<Object, Object>) built[0];
        this.context = (AutoCloseable) built[1];
        this.serializer = ServiceLoader.load(CustomPojoSerializer.class, loader).findFirst().orElseThrow(
                () -> new IllegalStateException(spec.logicalId() + " registers no CustomPojoSerializer"));
        Type[] io = handlerTypes(handlerClass);
        this.inputType = io[0];
        this.outputType = io[1];
    }

    public FunctionSpec spec() {
        return spec;
    }

    /** The Lambda context of a new invocation: a fresh request id, the deadline from the function's timeout. */
    public InvocationContext newInvocation() {
        return new InvocationContext(spec.name(), spec.timeoutSeconds(), logger);
    }

    /** Reads a JSON event into the handler's input type, as the Lambda runtime would before invoking it. */
    public Object decode(String eventJson) throws Exception {
        return inLoader(() -> serializer.fromJson(
                new ByteArrayInputStream(eventJson.getBytes(StandardCharsets.UTF_8)), inputType));
    }

    /**
     * Injects faults into every later invocation by {@code injector}'s plan (every trigger, the HTTP API
     * included, invokes through here).
     */
    public void injectFaults(FaultInjector injector) {
        this.faults = injector;
    }

    /**
     * Invokes the handler with a JSON event and returns its JSON answer. An injected fault fails the invocation
     * before or after the handler runs, as {@link FaultInjector#invoke} describes.
     */
    public String invoke(String eventJson, Context lambdaContext) throws Exception {
        long started = System.nanoTime();
        try {
            return faults.invoke(spec.logicalId(), spec.name(), spec.timeoutSeconds(), () -> run(eventJson, lambdaContext));
        } finally {
            meter.invoked(spec.logicalId(), System.nanoTime() - started);
        }
    }

    private String run(String eventJson, Context lambdaContext) throws Exception {
        return inLoader(() -> {
            Object input = serializer.fromJson(
                    new ByteArrayInputStream(eventJson.getBytes(StandardCharsets.UTF_8)), inputType);
            Object output = handler.handleRequest(input, lambdaContext);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            serializer.toJson(output, out, outputType);
            return out.toString(StandardCharsets.UTF_8);
        });
    }

    @Override
    public void close() throws Exception {
        try {
            if (context != null) {
                inLoader(() -> {
                    context.close();
                    return null;
                });
            }
        } finally {
            loader.close();
        }
    }

    private Object[] build(Class<?> handlerClass, Map<String, Object> properties) throws Exception {
        Class<?> contextClass;
        try {
            contextClass = loader.loadClass(MICRONAUT_CONTEXT);
            handlerClass.getConstructor(contextClass);
        } catch (ClassNotFoundException | NoSuchMethodException plainHandler) {
            return new Object[] {handlerClass.getConstructor().newInstance(), null};
        }
        // A Micronaut function: give its context the function's environment as properties, since every
        // function shares this JVM's real environment variables.
        Object builder = contextClass.getMethod("builder", ClassLoader.class).invoke(null, loader);
        Class<?> builderClass = builder.getClass();
        builder = method(builderClass, "properties", Map.class).invoke(builder, properties);
        builder = method(builderClass, "environments", String[].class).invoke(builder,
                (Object) new String[] {"function", "lambda", "local"});
        builder = method(builderClass, "deduceEnvironment", Boolean.class).invoke(builder, Boolean.FALSE);
        Object context = method(builderClass, "start").invoke(builder);
        return new Object[] {handlerClass.getConstructor(contextClass).newInstance(context), context};
    }

    private static Method method(Class<?> type, String name, Class<?>... parameters) throws NoSuchMethodException {
        Method method = type.getMethod(name, parameters);
        method.setAccessible(true);
        return method;
    }

    /**
     * Environment variables as the property names Micronaut derives from them: every way of joining the
     * lower-cased words with '.' or '-' ({@code SYSOPS_TABLES_EXPERT_CELLS} gives
     * {@code sysops.tables.expert-cells} among others), since functions here share one real environment.
     */
    static Map<String, Object> properties(Map<String, String> environment, Map<String, String> overrides) {
        Map<String, Object> properties = new TreeMap<>();
        environment.forEach((name, value) -> {
            String[] words = name.toLowerCase(Locale.ROOT).split("_");
            for (int joins = 0; joins < 1 << (words.length - 1); joins++) {
                StringBuilder key = new StringBuilder(words[0]);
                for (int i = 1; i < words.length; i++) {
                    key.append((joins & (1 << (i - 1))) == 0 ? '.' : '-').append(words[i]);
                }
                properties.put(key.toString(), value);
            }
        });
        properties.putAll(overrides);
        return properties;
    }

    /**
     * The handler's input and output types, with type variables resolved down the class hierarchy (a
     * handler usually extends a generic base such as {@code MicronautRequestHandler<I, O>}).
     */
    static Type[] handlerTypes(Class<?> handlerClass) {
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
                    Type[] io = p.getActualTypeArguments();
                    return new Type[] {resolve(io[0], bound), resolve(io[1], bound)};
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
        if (resolved instanceof TypeVariable<?>) {
            throw new IllegalStateException("handler type " + type + " is not bound to a concrete class");
        }
        return resolved;
    }

    private <T> T inLoader(Callable<T> work) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return work.call();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
