package com.penultimate.sysops.local.statemachine;

import com.penultimate.sysops.local.asl.DefinitionSubstitutions;
import com.penultimate.sysops.local.asl.ExecutionListener;
import com.penultimate.sysops.local.asl.ExecutionStore;
import com.penultimate.sysops.local.asl.RoutingTaskInvoker;
import com.penultimate.sysops.local.asl.StateMachineDefinition;
import com.penultimate.sysops.local.asl.TaskInvoker;
import com.penultimate.sysops.local.asl.WorkflowClock;
import com.penultimate.sysops.local.asl.WorkflowEngine;
import com.penultimate.sysops.local.asl.WorkflowEngineBuilder;
import com.penultimate.sysops.local.services.LambdaInvoker;
import com.penultimate.sysops.local.services.LocalArns;
import com.penultimate.sysops.local.services.TemplateDocument;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * The template's state machines registered in one local workflow engine, under their resolved names (so their
 * local ARNs are what {@code !Ref} gives), definitions loaded with their substitutions applied. Lambda tasks go
 * to the template's functions through a {@link LambdaInvoker}; service integrations to what the builder is given.
 */
public final class LocalStateMachines implements AutoCloseable {
    private final WorkflowEngine engine;
    private final List<StateMachineSpec> specs;

    private LocalStateMachines(WorkflowEngine engine, List<StateMachineSpec> specs) {
        this.engine = engine;
        this.specs = List.copyOf(specs);
    }

    /** State machines of {@code template}; definition files are found under {@code root}. */
    public static Builder builder(TemplateDocument template, Path root) {
        return new Builder(template, root);
    }

    /** The engine, for the local Step Functions API and for tests. */
    public WorkflowEngine engine() {
        return engine;
    }

    public List<StateMachineSpec> specs() {
        return specs;
    }

    /** The local ARN of the state machine with this logical id. */
    public String arn(String logicalId) {
        return specs.stream().filter(s -> s.logicalId().equals(logicalId)).findFirst()
                .map(s -> LocalArns.stateMachine(s.name()))
                .orElseThrow(() -> new IllegalArgumentException("no state machine " + logicalId + " in the template"));
    }

    /**
     * Takes no new executions and waits up to {@code grace} for steps and task invocations in flight; executions
     * parked on a Wait or a task token stay RUNNING, and with an execution store their checkpoints let the next
     * start {@link WorkflowEngine#resume() resume} them.
     */
    public boolean close(Duration grace) throws InterruptedException {
        engine.shutdown();
        return engine.awaitTermination(grace);
    }

    @Override
    public void close() throws InterruptedException {
        close(Duration.ofSeconds(30));
    }

    /** Configures the engine; a {@link LambdaInvoker} is required. */
    public static final class Builder {
        private final TemplateDocument template;
        private final Path root;
        private final Map<String, TaskInvoker> integrations = new LinkedHashMap<>();
        private final WorkflowEngineBuilder engine = WorkflowEngine.builder()
                .withRegionAndAccount(LocalArns.REGION, LocalArns.ACCOUNT_ID)
                .withErrorMapper(LambdaTasks.errorMapper());
        private LambdaInvoker invoker;

        private Builder(TemplateDocument template, Path root) {
            this.template = template;
            this.root = root;
        }

        public Builder withLambdaInvoker(LambdaInvoker lambdaInvoker) {
            this.invoker = lambdaInvoker;
            return this;
        }

        /** A service integration, e.g. {@link ServiceTasks#SQS_SEND_MESSAGE} → {@link ServiceTasks#sqsSendMessage}. */
        public Builder withIntegration(String resource, TaskInvoker integration) {
            integrations.put(resource, integration);
            return this;
        }

        /** The workflow clock; e.g. {@code TimeScale.from(System.getenv()).clock()}. Real time if not set. */
        public Builder withClock(WorkflowClock clock) {
            engine.withClock(clock);
            return this;
        }

        /** Keeps running executions' checkpoints there, to resume after a restart; in memory only if not set. */
        public Builder withExecutionStore(ExecutionStore store) {
            engine.withExecutionStore(store);
            return this;
        }

        public Builder withListener(ExecutionListener listener) {
            engine.withListener(listener);
            return this;
        }

        /** Runs steps on the caller's executor, e.g. {@code Runnable::run} in tests. */
        public Builder withExecutor(Executor executor) {
            engine.withExecutor(executor);
            return this;
        }

        /** Reads, validates and registers every state machine of the template. */
        public LocalStateMachines build() {
            if (invoker == null) {
                throw new IllegalStateException("a LambdaInvoker is required");
            }
            Map<String, String> functions = new LinkedHashMap<>();
            for (String type : List.of("AWS::Serverless::Function", "AWS::Lambda::Function")) {
                template.resources(type).keySet().forEach(id -> functions.put(id, template.physicalName(id)));
            }
            List<StateMachineSpec> specs = StateMachineTemplate.read(template, root);
            Map<String, StateMachineDefinition> definitions = new LinkedHashMap<>();
            for (StateMachineSpec spec : specs) {
                try {
                    definitions.put(spec.name(), StateMachineDefinition.parse(
                            DefinitionSubstitutions.apply(spec.definition(), spec.substitutions())));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(spec.logicalId() + ": " + e.getMessage(), e);
                }
            }
            RoutingTaskInvoker routes = LambdaTasks.routes(functions, invoker);
            integrations.forEach(routes::withIntegration);
            WorkflowEngine built = engine.withTaskInvoker(routes).build();
            definitions.forEach(built::register);
            return new LocalStateMachines(built, specs);
        }
    }
}
