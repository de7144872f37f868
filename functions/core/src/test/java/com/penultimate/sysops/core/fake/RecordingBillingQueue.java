package com.penultimate.sysops.core.fake;

import com.penultimate.sysops.core.billing.BillingJob;
import com.penultimate.sysops.core.port.BillingQueue;
import java.util.ArrayList;
import java.util.List;

/** A {@link BillingQueue} that keeps what was enqueued, and hands it out to run. */
public final class RecordingBillingQueue implements BillingQueue {
    private final List<BillingJob> jobs = new ArrayList<>();

    @Override
    public synchronized void enqueue(BillingJob job) {
        jobs.add(job);
    }

    public synchronized List<BillingJob> enqueued() {
        return List.copyOf(jobs);
    }

    /** Everything enqueued so far, removed from the queue. */
    public synchronized List<BillingJob> drain() {
        List<BillingJob> drained = List.copyOf(jobs);
        jobs.clear();
        return drained;
    }
}
