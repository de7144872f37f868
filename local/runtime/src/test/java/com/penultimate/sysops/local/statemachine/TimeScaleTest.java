package com.penultimate.sysops.local.statemachine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TimeScaleTest {

    @Test
    void unset_isRealTime() {
        assertThat(TimeScale.from(Map.of()).multiplier()).isEqualTo(1);
    }

    @Test
    void set_isTheMultiplier() {
        assertThat(TimeScale.from(Map.of("SYSOPS_TIME_SCALE", "60")).multiplier()).isEqualTo(60);
    }

    @Test
    void slowerThanRealTimeOrNotANumber_isRefusedByName() {
        assertThatThrownBy(() -> TimeScale.from(Map.of("SYSOPS_TIME_SCALE", "0.5")))
                .hasMessageContaining("SYSOPS_TIME_SCALE");
        assertThatThrownBy(() -> TimeScale.from(Map.of("SYSOPS_TIME_SCALE", "fast")))
                .hasMessageContaining("SYSOPS_TIME_SCALE");
    }
}
