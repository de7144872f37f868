package com.penultimate.sysops.local.statemachine;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.penultimate.sysops.local.services.TemplateDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the template's state machines: {@code AWS::Serverless::StateMachine} ({@code DefinitionUri} as a file
 * relative to the repository root, JSON or YAML, or an inline {@code Definition}) and
 * {@code AWS::StepFunctions::StateMachine} ({@code DefinitionString} or {@code Definition}), with their
 * {@code DefinitionSubstitutions} resolved to local values. Express workflows and state machine event sources
 * are refused by name: the local engine runs standard workflows and nothing would start them.
 */
public final class StateMachineTemplate {
    private static final Set<String> TYPES = Set.of("AWS::Serverless::StateMachine", "AWS::StepFunctions::StateMachine");

    private StateMachineTemplate() {
    }

    public static List<StateMachineSpec> read(TemplateDocument template, Path root) {
        List<StateMachineSpec> specs = new ArrayList<>();
        for (String type : TYPES) {
            template.resources(type).forEach((id, props) -> specs.add(spec(template, root, id, props)));
        }
        return specs;
    }

    @SuppressWarnings("unchecked")
    private static StateMachineSpec spec(TemplateDocument template, Path root, String id, Map<String, Object> props) {
        String type = template.resolve(props.getOrDefault("Type", props.getOrDefault("StateMachineType", "STANDARD")));
        if (!"STANDARD".equals(type)) {
            throw new IllegalArgumentException(id + ": " + type + " workflows are not supported locally");
        }
        if (props.containsKey("Events")) {
            throw new IllegalArgumentException(id + ": state machine Events are not supported locally");
        }
        Map<String, String> substitutions = new LinkedHashMap<>();
        ((Map<String, Object>) props.getOrDefault("DefinitionSubstitutions", Map.of()))
                .forEach((name, value) -> substitutions.put(name, template.resolve(value)));
        return new StateMachineSpec(id, template.physicalName(id), definition(template, root, id, props), substitutions);
    }

    private static String definition(TemplateDocument template, Path root, String id, Map<String, Object> props) {
        ObjectMapper json = new ObjectMapper();
        try {
            if (props.get("Definition") != null) {
                return json.writeValueAsString(props.get("Definition"));
            }
            if (props.get("DefinitionString") != null) {
                return template.resolve(props.get("DefinitionString"));
            }
            if (props.get("DefinitionUri") instanceof String uri) {
                String text = Files.readString(root.resolve(uri), StandardCharsets.UTF_8);
                return uri.endsWith(".yaml") || uri.endsWith(".yml")
                        ? json.writeValueAsString(new Yaml(new SafeConstructor(new LoaderOptions())).load(text)) : text;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(id + ": cannot read its definition", e);
        }
        throw new IllegalArgumentException(id + ": needs a Definition, DefinitionString or a local DefinitionUri file");
    }
}
