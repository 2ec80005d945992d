package net.sellmeapen.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import net.sellmeapen.errors.WrongStateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class SessionLocksTest {

    @Test
    void one_session_waits_for_itself_another_does_not_and_nothing_is_kept_afterwards() throws Exception {
        SessionLocks locks = new SessionLocks(Duration.ofSeconds(5));
        ExecutorService threads = Executors.newFixedThreadPool(2); // the common pool may have one thread
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> {
            try (SessionLocks.Held held = locks.lock("a")) {
                holding.countDown();
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, threads);
        holding.await();
        try (SessionLocks.Held other = locks.lock("b")) {
            assertThat(locks.size()).isEqualTo(2); // "b" did not wait for "a"
        }
        CompletableFuture<Long> second = CompletableFuture.supplyAsync(() -> {
            try (SessionLocks.Held held = locks.lock("a")) {
                return System.nanoTime();
            }
        }, threads);
        Thread.sleep(200);
        assertThat(second).as("the same session waits").isNotDone();
        long released = System.nanoTime();
        release.countDown();
        first.get(5, TimeUnit.SECONDS);
        assertThat(second.get(5, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(released);
        assertThat(locks.size()).isZero();
        threads.shutdown();
    }

    @Test
    void a_request_that_waits_too_long_gets_a_409_and_leaves_nothing_behind() throws Exception {
        SessionLocks locks = new SessionLocks(Duration.ofMillis(100));
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try (SessionLocks.Held held = locks.lock("a")) {
            CompletableFuture<Void> waiter = CompletableFuture.runAsync(() -> locks.lock("a").close(), thread);
            assertThatThrownBy(() -> waiter.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(WrongStateException.class);
        } finally {
            thread.shutdown();
        }
        assertThat(locks.size()).isZero();
    }
}
