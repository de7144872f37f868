package com.penultimate.sysops.local.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Local servers listen on the loopback address only. */
public final class Loopback {
    public static final String ADDRESS = "127.0.0.1";

    private Loopback() {
    }

    /** A port free on the loopback address right now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(ADDRESS))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
