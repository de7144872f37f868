package com.penultimate.sysops.local.template;

import com.penultimate.sysops.local.services.TemplateDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The deployable template's tables and functions as the local runtime needs them, every reference
 * resolved by {@link TemplateDocument} for the local stage, so the local wiring is the deployed wiring.
 */
public final class SamTemplate {
    private final Path root;
    private final TemplateDocument resolver;
    private final Map<String, Object> globals;

    /**
     * @param root     the repository root (CodeUri paths are relative to it)
     * @param document the template as {@link CloudFormationYaml#read} gives it
     * @param resolver resolves references and names in that same document
     */
    @SuppressWarnings("unchecked")
    public SamTemplate(Path root, Map<String, Object> document, TemplateDocument resolver) {
        this.root = root;
        this.resolver = resolver;
        Map<String, Object> allGlobals = (Map<String, Object>) document.getOrDefault("Globals", Map.of());
        this.globals = (Map<String, Object>) allGlobals.getOrDefault("Function", Map.of());
    }

    public List<TableSpec> tables() {
        List<TableSpec> tables = new ArrayList<>();
        resolver.resources("AWS::DynamoDB::Table")
                .forEach((id, props) -> tables.add(new TableSpec(id, resolver.physicalName(id), props)));
        return tables;
    }

    @SuppressWarnings("unchecked")
    public List<FunctionSpec> functions() {
        List<FunctionSpec> functions = new ArrayList<>();
        resolver.resources("AWS::Serverless::Function").forEach((id, props) -> {
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
            functions.add(new FunctionSpec(id, resolver.physicalName(id), (String) props.get("Handler"),
                    root.resolve((String) props.get("CodeUri")), env, routes, Integer.parseInt(timeout.toString())));
        });
        return functions;
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> variables(Map<String, Object> holder) {
        Map<String, Object> environment = (Map<String, Object>) holder.getOrDefault("Environment", Map.of());
        Map<String, Object> variables = (Map<String, Object>) environment.getOrDefault("Variables", Map.of());
        Map<String, String> resolved = new LinkedHashMap<>();
        variables.forEach((k, v) -> resolved.put(k, resolver.resolve(v)));
        return resolved;
    }
}
