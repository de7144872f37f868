package com.penultimate.sysops.local.gateway;

/** A route the local runtime answers itself (health, tokens, outbox); never deployed. */
public interface LocalEndpoint {
    String method();

    String path();

    /** Answers a request body with a status and a JSON body. */
    Answer handle(byte[] body) throws Exception;

    /** A status and a JSON body. */
    record Answer(int status, String json) {
    }
}
