package com.penultimate.sysops.local.faults;

/** The cause carried by an injected failure, so that logs tell injected faults from real ones. */
public final class InjectedFault extends RuntimeException {
    public InjectedFault(Fault fault) {
        super("injected fault: " + fault, null, false, false);
    }
}
