package com.penultimate.sysops.local.statemachine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.penultimate.sysops.local.asl.RoutingTaskInvoker;
import com.penultimate.sysops.local.asl.TaskError;
import com.penultimate.sysops.local.asl.TaskErrorMapper;
import com.penultimate.sysops.local.asl.TaskFailedException;
import com.penultimate.sysops.local.services.LambdaInvoker;
import com.penultimate.sysops.local.services.LambdaServiceException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Lambda tasks of local state machines: each function of the template is reachable by its name (so by its
 * local ARN, plain or through {@code arn:aws:states:::lambda:invoke}); the payload goes in as JSON and the
 * function's answer comes back as the task result. A function error is named as Lambda's Java runtime names it
 * (the exception's class name); a {@link LambdaServiceException} keeps its service error name.
 */
final class LambdaTasks {
    private LambdaTasks() {
    }

    /** Routes each function name of {@code functionNames} (logical id → name) to {@code invoker}. */
    static RoutingTaskInvoker routes(Map<String, String> functionNames, LambdaInvoker invoker) {
        ObjectMapper json = new ObjectMapper();
        RoutingTaskInvoker routes = new RoutingTaskInvoker();
        functionNames.forEach((logicalId, name) -> routes.withFunction(name, (payload, context) -> {
            try {
                String answer = invoker.invoke(logicalId, json.writeValueAsString(payload));
                JsonNode result = answer == null || answer.isBlank() ? NullNode.getInstance() : json.readTree(answer);
                return result.isMissingNode() ? NullNode.getInstance() : result;
            } catch (LambdaServiceException e) {
                throw new TaskFailedException(e.errorName(), e.getMessage());
            }
        }));
        return routes;
    }

    /** Lambda's naming, applied to the function's own exception rather than to a reflective wrapper of it. */
    static TaskErrorMapper errorMapper() {
        TaskErrorMapper lambda = TaskErrorMapper.lambdaStyle();
        return failure -> {
            Throwable cause = failure;
            while (cause.getCause() != null && (cause instanceof InvocationTargetException
                    || cause instanceof UndeclaredThrowableException || cause instanceof ExecutionException
                    || cause instanceof CompletionException)) {
                cause = cause.getCause();
            }
            TaskError error = lambda.map(cause);
            return new TaskError(error.error(), error.cause());
        };
    }
}
