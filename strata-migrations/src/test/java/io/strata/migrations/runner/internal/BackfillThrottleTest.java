package io.strata.migrations.runner.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BackfillThrottleTest {

    @Test
    void aPauseIsTakenAfterEveryBatch() {
        BackfillThrottle throttle = new BackfillThrottle(Duration.ofMillis(50), 0);
        assertThat(throttle.after(1_000, Duration.ofSeconds(1))).isEqualTo(Duration.ofMillis(50));
        assertThat(throttle.after(1_000_000, Duration.ZERO)).isEqualTo(Duration.ofMillis(50));
    }

    @Test
    void aRateCapWaitsUntilTheRowsSoFarAreWithinIt() {
        BackfillThrottle throttle = new BackfillThrottle(Duration.ZERO, 1_000);
        // 500 rows at 1,000 rows/s take at least 0.5 s: done in 0.2 s, wait 0.3 s
        assertThat(throttle.after(500, Duration.ofMillis(200))).isEqualTo(Duration.ofMillis(300));
        // slower than the cap: no wait
        assertThat(throttle.after(500, Duration.ofSeconds(1))).isEqualTo(Duration.ZERO);
    }

    @Test
    void theLongerOfPauseAndRateWaitWins() {
        BackfillThrottle throttle = new BackfillThrottle(Duration.ofMillis(100), 1_000);
        assertThat(throttle.after(500, Duration.ofMillis(200))).isEqualTo(Duration.ofMillis(300));
        assertThat(throttle.after(500, Duration.ofMillis(450))).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void noThrottleNoWait() {
        assertThat(new BackfillThrottle(Duration.ZERO, 0).after(1_000_000, Duration.ZERO)).isZero();
    }
}
