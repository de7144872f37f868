package com.penultimate.sysops.local.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penultimate.sysops.local.services.LambdaServiceException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FaultInjectorTest {

    @Test
    void parse_readsRatesPerFunctionTheWildcardAndTheSeed() {
        FaultPlan plan = FaultPlan.parse("NotificationsFunction=0.5; *=0.1, seed=42");

        assertThat(plan.seed()).isEqualTo(42);
        assertThat(plan.rateFor("NotificationsFunction", "sysops-local-notifications")).isEqualTo(0.5);
        assertThat(plan.rateFor("AdminFunction", "sysops-local-admin")).isEqualTo(0.1);
        assertThat(FaultPlan.parse("sysops-local-admin=0.3").rateFor("AdminFunction", "sysops-local-admin"))
                .isEqualTo(0.3);
    }

    @Test
    void parse_refusesRatesOutsideZeroToOneAndPairsWithoutRate() {
        assertThatThrownBy(() -> FaultPlan.parse("*=1.5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FaultPlan.parse("*")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void none_neverInjectsAndRunsTheHandlerOnce() throws Exception {
        FaultInjector injector = FaultInjector.none();
        AtomicInteger runs = new AtomicInteger();

        for (int i = 0; i < 100; i++) {
            assertThat(injector.invoke("F", "f", 3, () -> "ok" + runs.incrementAndGet())).startsWith("ok");
        }

        assertThat(runs.get()).isEqualTo(100);
        assertThat(injector.total()).isZero();
        assertThat(FaultPlan.none().isOff()).isTrue();
    }

    @Test
    void sameSeed_drawsTheSameFaults() {
        assertThat(draws(7)).isEqualTo(draws(7)).isNotEqualTo(draws(8));
    }

    @Test
    void rate_isHonouredAndEveryKindOccurs() {
        FaultInjector injector = new FaultInjector(FaultPlan.everywhere(0.2, 1));
        List<Fault> faults = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            faults.add(injector.next("F", "f"));
        }

        long injected = faults.stream().filter(f -> f != Fault.NONE).count();
        assertThat(injected).isBetween(1_800L, 2_200L);
        assertThat(faults).contains(Fault.FAIL_BEFORE, Fault.FAIL_AFTER, Fault.TIME_OUT);
        assertThat(injector.injected().get("f").values().stream().mapToLong(Long::longValue).sum()).isEqualTo(injected);
    }

    @Test
    void failBefore_doesNotRunTheHandler_failAfterAndTimeOutDo() {
        Map<Fault, String> errorNames = Map.of(Fault.FAIL_BEFORE, "Lambda.ServiceException",
                Fault.FAIL_AFTER, "Lambda.Unknown", Fault.TIME_OUT, "Sandbox.Timedout");
        FaultInjector injector = new FaultInjector(FaultPlan.everywhere(1.0, 3));
        int seen = 0;
        for (int i = 0; i < 30; i++) {
            AtomicInteger runs = new AtomicInteger();
            try {
                injector.invoke("F", "f", 3, () -> "ran " + runs.incrementAndGet());
                throw new AssertionError("a rate of 1 must fail every invocation");
            } catch (LambdaServiceException e) {
                assertThat(e.getCause()).isInstanceOf(InjectedFault.class);
                boolean before = e.errorName().equals(errorNames.get(Fault.FAIL_BEFORE));
                assertThat(errorNames).containsValue(e.errorName());
                assertThat(runs.get()).isEqualTo(before ? 0 : 1);
                seen++;
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
        assertThat(seen).isEqualTo(30);
        assertThat(injector.injected().get("f")).containsOnlyKeys("FAIL_BEFORE", "FAIL_AFTER", "TIME_OUT");
    }

    @Test
    void duplicate_followsTheFunctionsRateAndIsCounted() {
        FaultInjector injector = new FaultInjector(FaultPlan.parse("NotificationsFunction=1,seed=5"));

        assertThat(injector.duplicate("NotificationsFunction", "n")).isTrue();
        assertThat(injector.duplicate("BillingFunction", "b")).isFalse();
        assertThat(injector.injected()).isEqualTo(Map.of("n", Map.of("DUPLICATE", 1L)));
    }

    private static List<Fault> draws(long seed) {
        FaultInjector injector = new FaultInjector(FaultPlan.everywhere(0.5, seed));
        List<Fault> faults = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            faults.add(injector.next("F", "f"));
        }
        return faults;
    }
}
