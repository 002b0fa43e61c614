package dev.servicestandards.spring.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import dev.servicestandards.spring.EscalationMonitor;

/**
 * Runs the starter's periodic work on two daemon threads of its own ({@code standards-1},
 * {@code standards-2}), apart from the application's schedulers: the monitor's tick, the scan
 * for new revisions, and webhook delivery. Starts after the monitor and stops before it. A task
 * that throws is logged and runs again at its next turn. Internal.
 */
public final class StandardsScheduler implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(StandardsScheduler.class);

    /** A periodic task. */
    public record Task(String name, Duration every, Runnable action) {
    }

    private final List<Task> tasks;
    private ScheduledExecutorService executor;

    public StandardsScheduler(List<Task> tasks) {
        this.tasks = tasks.stream().filter(t -> !t.every().isZero() && !t.every().isNegative()).toList();
    }

    /** The tasks that run (those with a positive interval). */
    public List<String> taskNames() {
        List<String> names = new ArrayList<>();
        tasks.forEach(t -> names.add(t.name() + " every " + t.every()));
        return names;
    }

    @Override
    public synchronized void start() {
        if (executor != null || tasks.isEmpty()) {
            return;
        }
        AtomicInteger n = new AtomicInteger();
        executor = Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "standards-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        for (Task task : tasks) {
            long ms = task.every().toMillis();
            executor.scheduleWithFixedDelay(() -> run(task), ms, ms, TimeUnit.MILLISECONDS);
        }
        LOG.debug("standards: scheduled {}", taskNames());
    }

    private static void run(Task task) {
        try {
            task.action().run();
        } catch (RuntimeException e) {
            LOG.error("standards: {} failed; it runs again at its next turn", task.name(), e);
        }
    }

    @Override
    public synchronized void stop() {
        if (executor == null) {
            return;
        }
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        executor = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    @Override
    public int getPhase() {
        return EscalationMonitor.PHASE + 512;
    }
}
