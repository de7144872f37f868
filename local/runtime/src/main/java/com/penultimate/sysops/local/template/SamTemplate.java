package com.penultimate.sysops.local.template;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The deployable template read for a local run: its tables and functions with every name resolved for
 * one stage, so the local wiring is the deployed wiring.
 */
public final class SamTemplate {
    private final Path root;
    private final Map<String, Object> resources;
    private final Map<String, Object> globals;
    private final Intrinsics intrinsics;

    @SuppressWarnings("unchecked")
    private SamTemplate(Path root, Map<String, Object> document, Map<String, String> parameters) {
        this.root = root;
        this.resources = (Map<String, Object>) document.getOrDefault("Resources", Map.of());
        Map<String, Object> allGlobals = (Map<String, Object>) document.getOrDefault("Globals", Map.of());
        this.globals = (Map<String, Object>) allGlobals.getOrDefault("Function", Map.of());
        Map<String, String> values = new LinkedHashMap<>(defaults(document));
        values.putAll(parameters);
        values.put("AWS::Region", "us-east-1");
        values.put("AWS::AccountId", "000000000000");
        values.put("AWS::Partition", "aws");
        values.put("AWS::StackName", "sysops-local");
        this.intrinsics = new Intrinsics(name -> values.containsKey(name) ? values.get(name) : nameOf(name),
                att -> "arn:aws:local:::" + att.get(0), condition -> false);
    }

    /** Reads {@code template.yaml} under {@code root}; {@code parameters} override parameter defaults. */
    public static SamTemplate load(Path root, Map<String, String> parameters) throws IOException {
        return new SamTemplate(root, CloudFormationYaml.read(root.resolve("template.yaml")), parameters);
    }

    public List<TableSpec> tables() {
        List<TableSpec> tables = new ArrayList<>();
        forEach("AWS::DynamoDB::Table", (id, props) -> tables.add(new TableSpec(id, nameOf(id), props)));
        return tables;
    }

    @SuppressWarnings("unchecked")
    public List<FunctionSpec> functions() {
        List<FunctionSpec> functions = new ArrayList<>();
        forEach("AWS::Serverless::Function", (id, props) -> {
            Map<String, String> env = new LinkedHashMap<>();
            env.putAll(variables(globals));
            env.putAll(variables(props));
            List<HttpRoute> routes = new ArrayList<>();
            Map<String, Object> events = (Map<String, Object>) props.getOrDefault("Events", Map.of());
            events.values().forEach(e -> {
                Map<String, Object> event = (Map<String, Object>) e;
                if ("HttpApi".equals(event.get("Type"))) {
                    Map<String, Object> p = (Map<String, Object>) event.get("Properties");
                    Map<String, Object> auth = (Map<String, Object>) p.getOrDefault("Auth", Map.of());
                    boolean open = "NONE".equals(auth.get("Authorizer"));
                    routes.add(new HttpRoute(((String) p.get("Method")).toUpperCase(), (String) p.get("Path"), !open));
                }
            });
            Object timeout = props.getOrDefault("Timeout", globals.getOrDefault("Timeout", 3));
            functions.add(new FunctionSpec(id, nameOf(id), (String) props.get("Handler"),
                    root.resolve((String) props.get("CodeUri")), env, routes, Integer.parseInt(timeout.toString())));
        });
        return functions;
    }

    /** What {@code Ref} gives for a resource locally: its explicit name property resolved, else its logical id. */
    @SuppressWarnings("unchecked")
    String nameOf(String logicalId) {
        Map<String, Object> resource = (Map<String, Object>) resources.get(logicalId);
        if (resource == null) {
            throw new IllegalArgumentException("template has no parameter or resource " + logicalId);
        }
        Map<String, Object> props = (Map<String, Object>) resource.getOrDefault("Properties", Map.of());
        for (String key : List.of("TableName", "FunctionName", "QueueName", "TopicName", "Name", "StateMachineName")) {
            if (props.containsKey(key)) {
                return intrinsics.resolve(props.get(key));
            }
        }
        return logicalId;
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> variables(Map<String, Object> holder) {
        Map<String, Object> environment = (Map<String, Object>) holder.getOrDefault("Environment", Map.of());
        Map<String, Object> variables = (Map<String, Object>) environment.getOrDefault("Variables", Map.of());
        Map<String, String> resolved = new LinkedHashMap<>();
        variables.forEach((k, v) -> resolved.put(k, intrinsics.resolve(v)));
        return resolved;
    }

    @SuppressWarnings("unchecked")
    private void forEach(String type, java.util.function.BiConsumer<String, Map<String, Object>> action) {
        resources.forEach((id, r) -> {
            Map<String, Object> resource = (Map<String, Object>) r;
            if (type.equals(resource.get("Type"))) {
                action.accept(id, (Map<String, Object>) resource.getOrDefault("Properties", Map.of()));
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> defaults(Map<String, Object> document) {
        Map<String, String> values = new LinkedHashMap<>();
        ((Map<String, Object>) document.getOrDefault("Parameters", Map.of())).forEach((name, p) -> {
            Object value = ((Map<String, Object>) p).get("Default");
            if (value != null) {
                values.put(name, value.toString());
            }
        });
        return values;
    }
}
