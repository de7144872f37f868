package com.penultimate.sysops.local.services;

import com.penultimate.sysops.local.template.CloudFormationYaml;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A SAM template read for a local run, with every reference resolved as it resolves in the local account
 * ({@link LocalArns}): {@code !Ref} of a queue gives its local URL, of a topic or state machine its ARN, of a
 * function or table its name; {@code !GetAtt X.Arn} gives the local ARN. Parameters take their defaults unless
 * overridden (e.g. {@code Stage=local}).
 */
public final class TemplateDocument {
    private static final List<String> NAME_PROPERTIES = List.of("FunctionName", "QueueName", "TopicName",
            "TableName", "Name", "StateMachineName");

    private final Map<String, Object> resources;
    private final Map<String, String> parameters;
    private final URI sqsEndpoint;
    private final LocalIntrinsics intrinsics;

    /**
     * @param document    the template as {@link CloudFormationYaml#read} gives it
     * @param parameters  parameter values that override the defaults
     * @param sqsEndpoint where the local queues are served, for queue URLs; null gives AWS-style URLs
     */
    @SuppressWarnings("unchecked")
    public TemplateDocument(Map<String, Object> document, Map<String, String> parameters, URI sqsEndpoint) {
        this.resources = (Map<String, Object>) document.getOrDefault("Resources", Map.of());
        this.sqsEndpoint = sqsEndpoint;
        Map<String, String> values = new LinkedHashMap<>();
        ((Map<String, Object>) document.getOrDefault("Parameters", Map.of())).forEach((name, p) -> {
            Object value = ((Map<String, Object>) p).get("Default");
            if (value != null) {
                values.put(name, value.toString());
            }
        });
        values.putAll(parameters);
        values.putAll(Map.of("AWS::Region", LocalArns.REGION, "AWS::AccountId", LocalArns.ACCOUNT_ID,
                "AWS::Partition", "aws", "AWS::StackName", "sysops-local", "AWS::URLSuffix", "amazonaws.com"));
        this.parameters = values;
        this.intrinsics = new LocalIntrinsics(this::ref, this::getAtt,
                (Map<String, Object>) document.getOrDefault("Conditions", Map.of()));
    }

    /** Reads {@code templateFile}; see {@link #TemplateDocument(Map, Map, URI)}. */
    public static TemplateDocument read(Path templateFile, Map<String, String> parameters, URI sqsEndpoint)
            throws IOException {
        return new TemplateDocument(CloudFormationYaml.read(templateFile), parameters, sqsEndpoint);
    }

    /** The resources of {@code type}: logical id → {@code Properties}, in template order. */
    @SuppressWarnings("unchecked")
    public Map<String, Map<String, Object>> resources(String type) {
        Map<String, Map<String, Object>> found = new LinkedHashMap<>();
        resources.forEach((id, r) -> {
            Map<String, Object> resource = (Map<String, Object>) r;
            if (type.equals(resource.get("Type"))) {
                found.put(id, (Map<String, Object>) resource.getOrDefault("Properties", Map.of()));
            }
        });
        return found;
    }

    /** The {@code Events} of type {@code eventType} of every {@code AWS::Serverless::Function}. */
    @SuppressWarnings("unchecked")
    public List<FunctionEvent> functionEvents(String eventType) {
        List<FunctionEvent> found = new ArrayList<>();
        resources("AWS::Serverless::Function").forEach((id, props) -> {
            Map<String, Object> events = (Map<String, Object>) props.getOrDefault("Events", Map.of());
            events.forEach((name, e) -> {
                Map<String, Object> event = (Map<String, Object>) e;
                if (eventType.equals(event.get("Type"))) {
                    found.add(new FunctionEvent(id, name, eventType,
                            (Map<String, Object>) event.getOrDefault("Properties", Map.of())));
                }
            });
        });
        return found;
    }

    /** The resource's name: its name property (e.g. {@code QueueName}) resolved, else its logical id. */
    public String physicalName(String logicalId) {
        Map<String, Object> props = properties(logicalId);
        for (String key : NAME_PROPERTIES) {
            if (props.containsKey(key)) {
                return resolve(props.get(key));
            }
        }
        boolean fifo = "AWS::SQS::Queue".equals(type(logicalId)) && "true".equals(resolve(props.get("FifoQueue")));
        return fifo ? logicalId + ".fifo" : logicalId;
    }

    /** A template value (a literal or an intrinsic function) as a string; null for null or AWS::NoValue. */
    public String resolve(Object value) {
        return intrinsics.resolve(value);
    }

    /** The logical id of the resource of {@code type} whose {@code !GetAtt X.<attribute>} is {@code value}. */
    public Optional<String> logicalIdByAttribute(String type, String attribute, String value) {
        return resources(type).keySet().stream().filter(id -> getAtt(id, attribute).equals(value)).findFirst();
    }

    public String type(String logicalId) {
        return (String) resource(logicalId).get("Type");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> properties(String logicalId) {
        return (Map<String, Object>) resource(logicalId).getOrDefault("Properties", Map.of());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> resource(String logicalId) {
        Object resource = resources.get(logicalId);
        if (resource == null) {
            throw new IllegalArgumentException("template has no parameter or resource " + logicalId);
        }
        return (Map<String, Object>) resource;
    }

    private String ref(String name) {
        if (parameters.containsKey(name)) {
            return parameters.get(name);
        }
        String physical = physicalName(name);
        return switch (type(name)) {
            case "AWS::SQS::Queue" -> queueUrl(physical);
            case "AWS::SNS::Topic" -> LocalArns.topic(physical);
            case "AWS::Serverless::StateMachine", "AWS::StepFunctions::StateMachine" -> LocalArns.stateMachine(physical);
            default -> physical;
        };
    }

    private String getAtt(String logicalId, String attribute) {
        String type = type(logicalId);
        String physical = physicalName(logicalId);
        String key = type + "." + attribute;
        return switch (key) {
            case "AWS::Serverless::Function.Arn", "AWS::Lambda::Function.Arn" -> LocalArns.function(physical);
            case "AWS::SQS::Queue.Arn" -> LocalArns.queue(physical);
            case "AWS::SQS::Queue.QueueUrl" -> queueUrl(physical);
            case "AWS::SQS::Queue.QueueName", "AWS::SNS::Topic.TopicName", "AWS::Serverless::StateMachine.Name",
                    "AWS::StepFunctions::StateMachine.Name" -> physical;
            case "AWS::SNS::Topic.TopicArn" -> LocalArns.topic(physical);
            case "AWS::Serverless::StateMachine.Arn", "AWS::StepFunctions::StateMachine.Arn" ->
                    LocalArns.stateMachine(physical);
            case "AWS::DynamoDB::Table.Arn" -> LocalArns.table(physical);
            default -> throw new IllegalArgumentException("cannot resolve !GetAtt " + logicalId + "." + attribute
                    + " (" + type + ") locally");
        };
    }

    private String queueUrl(String queueName) {
        String base = sqsEndpoint == null ? "https://sqs." + LocalArns.REGION + ".amazonaws.com" : sqsEndpoint.toString();
        return base + "/" + LocalArns.ACCOUNT_ID + "/" + queueName;
    }
}
