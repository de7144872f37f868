package com.penultimate.sysops.aws.kb;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/** Captures every request a client sends, to assert the exact requests an adapter makes. */
final class RecordedRequests implements ExecutionInterceptor {
    private final List<SdkRequest> sent = new CopyOnWriteArrayList<>();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        sent.add(context.request());
    }

    List<SdkRequest> all() {
        return List.copyOf(sent);
    }

    <T extends SdkRequest> List<T> of(Class<T> type) {
        return sent.stream().filter(type::isInstance).map(type::cast).toList();
    }

    void clear() {
        sent.clear();
    }
}
