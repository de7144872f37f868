package com.penultimate.sysops.local.asl;

import java.util.concurrent.Executor;

/** What every execution of one engine shares. */
record EngineServices(
    WorkflowClock clock,
    TaskInvoker invoker,
    TaskErrorMapper errorMapper,
    Executor executor,
    TaskTokenRegistry tokens,
    EngineActivity activity,
    ExecutionListener listener,
    ExecutionStore store,
    String region,
    String accountId) {

  /** The error name and cause Step Functions would report for a task that threw {@code failure}. */
  StatesError taskError(Throwable failure) {
    if (failure instanceof TaskFailedException explicit) {
      return new StatesError(explicit.error(), explicit.errorCause());
    }
    TaskError mapped = errorMapper.map(failure);
    return new StatesError(mapped.error(), mapped.cause());
  }

  String arn(String resourceType, String path) {
    return "arn:aws:states:" + region + ":" + accountId + ":" + resourceType + ":" + path;
  }
}
