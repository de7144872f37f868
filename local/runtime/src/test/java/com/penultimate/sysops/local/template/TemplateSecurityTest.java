package com.penultimate.sysops.local.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Security rules template.yaml must keep: least-privilege IAM, a failure destination for every asynchronously
 * invoked function, encryption at rest, API throttling, and secrets read from Secrets Manager or SSM.
 */
class TemplateSecurityTest {
    /** The only actions allowed on every resource, each because AWS gives it no resource ARN to scope to. */
    private static final Map<String, String> WILDCARD_ACTIONS = Map.ofEntries(
            Map.entry("sns:Publish", "SMS to a phone number has no ARN; NotResource arn:aws:sns:*:*:* excludes"
                    + " every topic"),
            Map.entry("xray:PutTraceSegments", "X-Ray has no resource-level permissions"),
            Map.entry("xray:PutTelemetryRecords", "X-Ray has no resource-level permissions"),
            Map.entry("cloudwatch:PutMetricData", "metrics have no ARN; scoped by a cloudwatch:namespace condition"),
            Map.entry("logs:CreateLogDelivery", "Step Functions log delivery is not resource-scoped"),
            Map.entry("logs:GetLogDelivery", "Step Functions log delivery is not resource-scoped"),
            Map.entry("logs:UpdateLogDelivery", "Step Functions log delivery is not resource-scoped"),
            Map.entry("logs:DeleteLogDelivery", "Step Functions log delivery is not resource-scoped"),
            Map.entry("logs:ListLogDeliveries", "Step Functions log delivery is not resource-scoped"),
            Map.entry("logs:PutResourcePolicy", "Step Functions log delivery is not resource-scoped"),
            Map.entry("logs:DescribeResourcePolicies", "Step Functions log delivery is not resource-scoped"),
            Map.entry("logs:DescribeLogGroups", "Step Functions log delivery is not resource-scoped"));

    /** Event sources through which Lambda invokes the function asynchronously. */
    private static final Set<String> ASYNC_EVENTS = Set.of("SNS", "S3", "Schedule", "ScheduleV2", "EventBridgeRule",
            "CloudWatchEvent", "CloudWatchLogs", "IoTRule", "AlexaSkill", "Cognito", "SES");

    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(SECRET|PASSWORD|API_?KEY|_KEY|TOKEN|CREDENTIAL).*");

    private static Map<String, Object> resources;
    private static Map<String, Object> parameters;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws Exception {
        Path root = Path.of("").toAbsolutePath();
        while (!Files.exists(root.resolve("template.yaml"))) {
            root = root.getParent();
        }
        Map<String, Object> template = CloudFormationYaml.read(root.resolve("template.yaml"));
        resources = (Map<String, Object>) template.get("Resources");
        parameters = (Map<String, Object>) template.getOrDefault("Parameters", Map.of());
    }

    @Test
    void wildcardResources_onlyForActionsAwsCannotScope() {
        List<String> violations = new ArrayList<>();
        statements().forEach((where, statement) -> {
            boolean wildcard = statement.containsKey("NotResource") || list(statement.get("Resource")).contains("*");
            if (!wildcard) {
                return;
            }
            for (Object action : list(statement.get("Action"))) {
                if (!WILDCARD_ACTIONS.containsKey(String.valueOf(action))) {
                    violations.add(where + ": " + action + " on every resource");
                } else if ("cloudwatch:PutMetricData".equals(action)
                        && !String.valueOf(statement.get("Condition")).contains("cloudwatch:namespace")) {
                    violations.add(where + ": cloudwatch:PutMetricData without a cloudwatch:namespace condition");
                }
            }
        });
        assertThat(violations).isEmpty();
    }

    @Test
    void managedPolicies_areNotAttached_onlyScopedPolicyTemplatesAndStatements() {
        List<String> named = new ArrayList<>();
        policyLists().forEach((owner, policies) -> policies.stream().filter(String.class::isInstance)
                .forEach(p -> named.add(owner + ": " + p)));
        assertThat(named).as("managed policies grant broad access; write a scoped Statement instead").isEmpty();
    }

    @Test
    void asyncInvokedFunctions_haveADeadLetterQueueOrOnFailureDestination() {
        List<String> missing = new ArrayList<>();
        resourcesOf("AWS::Serverless::Function").forEach((id, props) -> {
            boolean async = map(props.get("Events")).values().stream()
                    .anyMatch(e -> ASYNC_EVENTS.contains(String.valueOf(map(e).get("Type"))));
            boolean dlq = props.containsKey("DeadLetterQueue")
                    || map(map(props.get("EventInvokeConfig")).get("DestinationConfig")).containsKey("OnFailure");
            if (async && !dlq) {
                missing.add(id);
            }
        });
        assertThat(missing).as("functions invoked asynchronously without a failure destination").isEmpty();
    }

    @Test
    void everyDeadLetterQueue_hasAnAlarmOnItsDepth() {
        String text = resources.toString();
        List<String> silent = resourcesOf("AWS::SQS::Queue").keySet().stream()
                .filter(id -> text.contains("[" + id + ", Arn]"))
                .filter(TemplateSecurityTest::isDeadLetterQueue)
                .filter(id -> resourcesOf("AWS::CloudWatch::Alarm").values().stream()
                        .noneMatch(a -> String.valueOf(a.get("Dimensions")).contains("[" + id + ", QueueName]")))
                .toList();
        assertThat(silent).isEmpty();
    }

    @Test
    void tablesQueuesAndTopics_areEncryptedAtRest() {
        List<String> plain = new ArrayList<>();
        resourcesOf("AWS::DynamoDB::Table").forEach((id, p) -> {
            if (!Boolean.TRUE.equals(map(p.get("SSESpecification")).get("SSEEnabled"))) {
                plain.add(id);
            }
        });
        resourcesOf("AWS::SQS::Queue").forEach((id, p) -> {
            if (!Boolean.TRUE.equals(p.get("SqsManagedSseEnabled")) && !p.containsKey("KmsMasterKeyId")) {
                plain.add(id);
            }
        });
        resourcesOf("AWS::SNS::Topic").forEach((id, p) -> {
            if (!p.containsKey("KmsMasterKeyId")) {
                plain.add(id);
            }
        });
        assertThat(plain).isEmpty();
    }

    @Test
    void everyHttpApi_isThrottled() {
        Map<String, Map<String, Object>> apis = resourcesOf("AWS::Serverless::HttpApi");
        assertThat(apis).isNotEmpty();
        apis.forEach((id, p) -> {
            Map<String, Object> route = map(p.get("DefaultRouteSettings"));
            assertThat(route.get("ThrottlingBurstLimit")).as(id).isInstanceOf(Integer.class);
            assertThat(route.get("ThrottlingRateLimit")).as(id).isInstanceOf(Number.class);
        });
    }

    @Test
    void secrets_reachFunctionsAsSecretsManagerOrSsmReferences_neverAsValues() {
        List<String> exposed = new ArrayList<>();
        resourcesOf("AWS::Serverless::Function").forEach((id, p) -> map(map(p.get("Environment")).get("Variables"))
                .forEach((name, value) -> {
                    if (SECRET_NAME.matcher(name).matches() && !isSecretReference(value)) {
                        exposed.add(id + "." + name + " = " + value);
                    }
                }));
        parameters.forEach((name, p) -> {
            String type = String.valueOf(map(p).get("Type"));
            if (SECRET_NAME.matcher(name.replaceAll("([a-z])([A-Z])", "$1_$2")).matches()
                    && !type.startsWith("AWS::SSM::Parameter") && !Boolean.TRUE.equals(map(p).get("NoEcho"))) {
                exposed.add("parameter " + name);
            }
        });
        assertThat(exposed).isEmpty();
        assertThat(resourcesOf("AWS::SecretsManager::Secret")).as("the survey key's secret").isNotEmpty();
    }

    private static boolean isSecretReference(Object value) {
        if (value instanceof Map<?, ?> ref && ref.get("Ref") instanceof String target && resources.containsKey(target)) {
            String type = String.valueOf(map(resources.get(target)).get("Type"));
            return type.equals("AWS::SecretsManager::Secret") || type.equals("AWS::SSM::Parameter");
        }
        return String.valueOf(value).contains("{{resolve:secretsmanager:")
                || String.valueOf(value).contains("{{resolve:ssm:");
    }

    private static boolean isDeadLetterQueue(String queueId) {
        String arn = "[" + queueId + ", Arn]";
        for (Object r : resources.values()) {
            Map<String, Object> props = map(map(r).get("Properties"));
            if (String.valueOf(props.get("RedrivePolicy")).contains(arn)
                    || String.valueOf(props.get("DeadLetterQueue")).contains(arn)
                    || String.valueOf(props.get("Events")).contains("Destination={Fn::GetAtt=" + arn)
                    || String.valueOf(props.get("EventInvokeConfig")).contains("Destination={Fn::GetAtt=" + arn)) {
                return true;
            }
        }
        return false;
    }

    /** Every inline IAM statement: where it is → the statement. */
    private static Map<String, Map<String, Object>> statements() {
        Map<String, Map<String, Object>> found = new LinkedHashMap<>();
        policyLists().forEach((owner, policies) -> policies.stream().map(TemplateSecurityTest::map)
                .filter(p -> p.containsKey("Statement"))
                .flatMap(p -> list(p.get("Statement")).stream())
                .forEach(s -> found.put(owner + "/" + map(s).getOrDefault("Sid", found.size()), map(s))));
        resources.forEach((id, r) -> {
            Map<String, Object> props = map(map(r).get("Properties"));
            List<Object> documents = new ArrayList<>(list(props.get("Policies")).stream()
                    .map(p -> map(p).get("PolicyDocument")).toList());
            documents.add(props.get("PolicyDocument"));
            documents.stream().map(TemplateSecurityTest::map).flatMap(d -> list(d.get("Statement")).stream())
                    .forEach(s -> found.put(id + "/" + map(s).getOrDefault("Sid", found.size()), map(s)));
        });
        return found;
    }

    /** The SAM {@code Policies} of every function and state machine. */
    private static Map<String, List<Object>> policyLists() {
        Map<String, List<Object>> found = new LinkedHashMap<>();
        for (String type : List.of("AWS::Serverless::Function", "AWS::Serverless::StateMachine")) {
            resourcesOf(type).forEach((id, p) -> found.put(id, list(p.get("Policies"))));
        }
        return found;
    }

    private static Map<String, Map<String, Object>> resourcesOf(String type) {
        Map<String, Map<String, Object>> found = new LinkedHashMap<>();
        resources.forEach((id, r) -> {
            if (type.equals(map(r).get("Type"))) {
                found.put(id, map(map(r).get("Properties")));
            }
        });
        return found;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        if (value == null) {
            return List.of();
        }
        return value instanceof List<?> l ? (List<Object>) l : List.of(value);
    }
}
