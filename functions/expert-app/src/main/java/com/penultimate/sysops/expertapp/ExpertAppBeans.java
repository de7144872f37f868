package com.penultimate.sysops.expertapp;

import com.penultimate.sysops.aws.dynamodb.DynamoDbCustomerRepository;
import com.penultimate.sysops.aws.dynamodb.DynamoDbTicketRepository;
import com.penultimate.sysops.aws.kb.DynamoDbArticleRepository;
import com.penultimate.sysops.aws.kb.DynamoDbSearchIndex;
import com.penultimate.sysops.aws.workflow.StepFunctionsTicketWorkflow;
import com.penultimate.sysops.core.kb.KnowledgeBase;
import com.penultimate.sysops.core.lifecycle.ArticleDrafts;
import com.penultimate.sysops.core.lifecycle.ExpertDesk;
import com.penultimate.sysops.core.port.CustomerRepository;
import com.penultimate.sysops.core.port.IdGenerator;
import com.penultimate.sysops.core.port.TicketRepository;
import com.penultimate.sysops.core.port.TicketWorkflow;
import com.penultimate.sysops.kb.text.LuceneTextAnalyzer;
import com.penultimate.sysops.lambda.settings.SysopsSettings;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * Wires the expert's desk to the Tickets and Customers tables and to the waiting ticket workflows, and the
 * drafting of articles from completed tickets to the knowledge base.
 */
@Factory
class ExpertAppBeans {

    @Singleton
    TicketWorkflow workflow(SfnClient stepFunctions, SysopsSettings settings) {
        return new StepFunctionsTicketWorkflow(stepFunctions, settings.stateMachineArn());
    }

    @Singleton
    CustomerRepository customers(DynamoDbClient dynamoDb, SysopsSettings settings) {
        return new DynamoDbCustomerRepository(dynamoDb, settings.table("customers"));
    }

    @Singleton
    TicketRepository tickets(DynamoDbClient dynamoDb, SysopsSettings settings, Clock clock) {
        // This function never creates tickets, so its repository needs no idempotency table.
        return new DynamoDbTicketRepository(dynamoDb, settings.table("tickets"), null, clock);
    }

    @Singleton
    ExpertDesk desk(TicketRepository tickets, TicketWorkflow workflow) {
        return new ExpertDesk(tickets, workflow, ExpertDesk.CATCH_UP);
    }

    @Singleton
    @Bean(preDestroy = "close")
    LuceneTextAnalyzer analyzer() {
        return LuceneTextAnalyzer.english();
    }

    @Singleton
    ArticleDrafts drafts(TicketRepository tickets, DynamoDbClient dynamoDb, SysopsSettings settings,
                         LuceneTextAnalyzer analyzer, IdGenerator ids, Clock clock) {
        String kb = settings.table("kb");
        return new ArticleDrafts(tickets, new KnowledgeBase(new DynamoDbArticleRepository(dynamoDb, kb),
                new DynamoDbSearchIndex(dynamoDb, kb), analyzer, ids, clock));
    }
}
