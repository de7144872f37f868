package com.penultimate.sysops.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class LoopbackServersTest {

    @Test
    void serversListenOnLoopbackOnAFreePortWithNagleOff() throws Exception {
        HttpServer server = LoopbackServers.create(0, 16);
        try {
            assertThat(server.getAddress().getAddress()).isEqualTo(InetAddress.getByName("127.0.0.1"));
            assertThat(server.getAddress().getPort()).isPositive();
            // Read by the JDK when its first server starts; without it every exchange can stall 40 ms on an ACK.
            assertThat(System.getProperty(LoopbackServers.NO_DELAY)).isEqualTo("true");
        } finally {
            server.stop(0);
        }
    }
}
