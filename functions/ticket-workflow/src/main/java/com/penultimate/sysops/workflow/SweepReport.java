package com.penultimate.sysops.workflow;

import io.micronaut.serde.annotation.Serdeable;

/**
 * What one sweep did.
 *
 * @param stale          tickets found past their deadline
 * @param started        workflows this sweep started
 * @param alreadyStarted tickets whose workflow already runs or ran (an execution with the ticket's name exists)
 * @param failed         tickets whose workflow could not be started now; the next sweep tries again
 * @param deferred       stale tickets left for the next sweep because this one ran short of time
 */
@Serdeable
public record SweepReport(int stale, int started, int alreadyStarted, int failed, int deferred) {
}
