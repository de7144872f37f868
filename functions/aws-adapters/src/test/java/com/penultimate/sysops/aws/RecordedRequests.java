package com.penultimate.sysops.aws;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/** Keeps every request a client sends, as the SDK built it, so tests can assert exactly what went out. */
public final class RecordedRequests implements ExecutionInterceptor {
    private final List<SdkRequest> sent = new CopyOnWriteArrayList<>();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        sent.add(context.request());
    }

    /** The requests of one type, in the order they were sent. */
    public <T extends SdkRequest> List<T> of(Class<T> type) {
        return sent.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public void clear() {
        sent.clear();
    }
}
