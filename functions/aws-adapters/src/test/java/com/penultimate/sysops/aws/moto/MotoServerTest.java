package com.penultimate.sysops.aws.moto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MotoServerTest {

    @Test
    void endpoint_isOnLoopbackAndAnswers() {
        assertThat(MotoServer.endpoint().getHost()).isEqualTo("127.0.0.1");
        assertThat(MotoServer.modelData()).startsWith("{");
    }

    @Test
    void missingServer_failsOnlyUnderCi() {
        assertThat(MotoServer.ciRequiresMoto("true")).isTrue();
        assertThat(MotoServer.ciRequiresMoto(null)).isFalse();
        assertThat(MotoServer.ciRequiresMoto("false")).isFalse();
    }

    @Test
    void onPath_findsNoCommandThatDoesNotExist() {
        assertThat(MotoServer.onPath("no-such-command-" + System.nanoTime())).isNull();
    }
}
