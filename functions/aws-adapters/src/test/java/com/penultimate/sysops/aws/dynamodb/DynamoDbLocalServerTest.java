package com.penultimate.sysops.aws.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DynamoDbLocalServerTest {

    @Test
    void endpoint_isOnLoopback() {
        assertThat(DynamoDbLocalServer.endpoint().getHost()).isEqualTo("127.0.0.1");
        assertThat(DynamoDbLocalServer.client().listTables().tableNames()).isNotNull();
    }

    @Test
    void server_refusesConnectionsOnOtherInterfaces() throws SocketException {
        Optional<InetAddress> external = NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst();
        assumeTrue(external.isPresent(), "this machine has no non-loopback IPv4 address to try");
        int port = DynamoDbLocalServer.endpoint().getPort();

        assertThatThrownBy(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(external.get(), port), 1000);
            }
        }).isInstanceOf(IOException.class);
    }
}
