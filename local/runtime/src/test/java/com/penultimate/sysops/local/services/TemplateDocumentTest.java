package com.penultimate.sysops.local.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TemplateDocumentTest {
    private TemplateDocument template;

    @BeforeEach
    void read() throws Exception {
        template = TemplateDocument.read(Path.of(getClass().getResource("/local/names-template.yaml").toURI()),
                Map.of("Stage", "local"), URI.create("http://127.0.0.1:9324"));
    }

    @Test
    void refOfAQueue_isItsLocalUrl_andGetAttArnIsItsLocalArn() {
        assertThat(resolve("Ref", "Jobs")).isEqualTo("http://127.0.0.1:9324/000000000000/sysops-jobs-local");
        assertThat(resolve("Fn::GetAtt", List.of("Jobs", "Arn")))
                .isEqualTo("arn:aws:sqs:us-east-1:000000000000:sysops-jobs-local");
        assertThat(resolve("Fn::GetAtt", List.of("Jobs", "QueueName"))).isEqualTo("sysops-jobs-local");
    }

    @Test
    void fifoQueueWithoutAName_isNamedAfterItsLogicalId() {
        assertThat(template.physicalName("Ordered")).isEqualTo("Ordered.fifo");
    }

    @Test
    void refOfATopicOrStateMachine_isItsArn_andOfAFunctionOrTableItsName() {
        assertThat(resolve("Ref", "Alerts")).isEqualTo("arn:aws:sns:us-east-1:000000000000:sysops-alerts-local");
        assertThat(resolve("Ref", "Lifecycle"))
                .isEqualTo("arn:aws:states:us-east-1:000000000000:stateMachine:sysops-lifecycle-local");
        assertThat(resolve("Ref", "Matcher")).isEqualTo("sysops-matcher-local");
        assertThat(resolve("Ref", "Tickets")).isEqualTo("sysops-tickets-local");
        assertThat(resolve("Fn::GetAtt", List.of("Matcher", "Arn")))
                .isEqualTo("arn:aws:lambda:us-east-1:000000000000:function:sysops-matcher-local");
    }

    @Test
    void conditionsPseudoParametersAndStringFunctions_resolve() {
        assertThat(resolve("Fn::If", List.of("IsNotProd", "relaxed", "strict"))).isEqualTo("relaxed");
        assertThat(resolve("Fn::Sub", "${AWS::Region}/${AWS::AccountId}")).isEqualTo("us-east-1/000000000000");
        assertThat(resolve("Fn::Sub", "${!NotAVariable}")).isEqualTo("${NotAVariable}");
        assertThat(resolve("Fn::Sub", "${Jobs.Arn}")).endsWith(":sysops-jobs-local");
    }

    @Test
    void functionEvents_andLookupByAttribute_findResources() {
        assertThat(template.logicalIdByAttribute("AWS::SQS::Queue", "Arn",
                "arn:aws:sqs:us-east-1:000000000000:sysops-jobs-local")).contains("Jobs");
        assertThat(template.functionEvents("SQS")).isEmpty();
    }

    @Test
    void unknownResourceOrAttribute_isRefusedByName() {
        assertThatThrownBy(() -> resolve("Ref", "Nope")).hasMessageContaining("Nope");
        assertThatThrownBy(() -> resolve("Fn::GetAtt", List.of("Alerts", "Color")))
                .hasMessageContaining("Alerts.Color");
    }

    private String resolve(String function, Object argument) {
        return template.resolve(Map.of(function, argument));
    }
}
