package com.penultimate.sysops.local;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * Creates the JDK HTTP servers the local runtime answers on (API gateway, AWS service endpoints, metering
 * proxies), bound to 127.0.0.1 with Nagle's algorithm off on every accepted socket.
 *
 * <p>The JDK server writes a response's headers and its body in two small packets. With Nagle on, the body waits
 * for the client to acknowledge the headers, and a client that delays its acknowledgement (Linux does, by up to
 * 40 ms) stalls every exchange: measured on this 2-core VM, a GetItem through the metering proxy took 68–76 ms
 * against 10–16 ms straight to DynamoDB Local, and a 300-byte answer from a bare JDK server 49–53 ms against 3–7 ms
 * with Nagle off. The JDK reads {@code sun.net.httpserver.nodelay} once, when its first server starts, so it is
 * set here before any server of this runtime is created.
 */
public final class LoopbackServers {
    public static final String NO_DELAY = "sun.net.httpserver.nodelay";

    static {
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
    }

    private LoopbackServers() {
    }

    /** An unstarted server on 127.0.0.1 at {@code port} (0: a free one). */
    public static HttpServer create(int port, int backlog) throws IOException {
        return HttpServer.create(new InetSocketAddress("127.0.0.1", port), backlog);
    }
}
