package netc.runtime;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A small fixed pool of worker threads that large kernels split their work over. The calling thread is one of the
 * {@link #threads()} workers: a pool of {@code n} threads starts {@code n - 1} daemon threads, once. No thread is
 * created per call.
 *
 * <p>{@link #run} hands out task indices dynamically (an atomic counter), so a core that is busy with something
 * else simply takes fewer tasks. Idle workers spin for a short while ({@code -Dnetc.spinMicros}, default 100) so that
 * the next layer finds them awake, then park.
 *
 * <p>Kernels use {@link #common()}, sized by {@code -Dnetc.threads} or else {@link Runtime#availableProcessors()}, and
 * changeable with {@link #setCommonThreads(int)}. {@link #run} may be called from several threads at once: a call that
 * finds the pool busy runs its tasks on the calling thread alone. Kernels (and the models built on them) are safe to
 * call from one thread at a time per model instance.
 */
public final class Parallel implements AutoCloseable {

    /** One task of a {@link #run}: {@code task} is in {@code [0, tasks)}. */
    @FunctionalInterface
    public interface Body {
        void run(int task);
    }

    private static final long SPIN_NANOS = TimeUnit.MICROSECONDS.toNanos(Long.getLong("netc.spinMicros", 100));
    private static volatile Parallel common;

    private final int threads;
    private final Worker[] workers;
    private final ReentrantLock lock = new ReentrantLock();
    /** (generation << 32) | next task index; a worker claims a task only within the generation it woke for. */
    private final AtomicLong ticket = new AtomicLong();
    private final AtomicInteger done = new AtomicInteger();
    private volatile Job current;
    private volatile Throwable failure;
    private volatile boolean closed;

    private Parallel(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1: " + threads);
        this.threads = threads;
        this.workers = new Worker[threads - 1];
        for (int i = 0; i < workers.length; i++) {
            workers[i] = new Worker();
            Thread t = new Thread(workers[i], "netc-worker-" + (i + 1));
            t.setDaemon(true);
            workers[i].thread = t;
            t.start();
        }
    }

    /** A new pool of {@code threads} threads (the caller counts as one). Close it when done. */
    public static Parallel create(int threads) {
        return new Parallel(threads);
    }

    /** The pool kernels use. */
    public static Parallel common() {
        Parallel p = common;
        if (p == null) {
            synchronized (Parallel.class) {
                p = common;
                if (p == null) {
                    int n = Integer.getInteger("netc.threads", Runtime.getRuntime().availableProcessors());
                    common = p = new Parallel(Math.max(1, n));
                }
            }
        }
        return p;
    }

    /** Replaces the common pool by one of {@code threads} threads (the old one is closed once idle). */
    public static synchronized void setCommonThreads(int threads) {
        Parallel old = common;
        if (old != null && old.threads == threads) return;
        common = new Parallel(threads);
        if (old != null) old.close();
    }

    /** How many threads (including the caller) share the work of one {@link #run}. */
    public int threads() {
        return threads;
    }

    /**
     * Runs {@code body} for every task index in {@code [0, tasks)}, spread over the pool, and returns when all are
     * done. The first exception a task throws is rethrown here (as is, if unchecked).
     */
    public void run(int tasks, Body body) {
        if (tasks <= 0) return;
        // inline: trivial, no workers, a nested call from inside a task, or the pool busy with another caller
        if (tasks == 1 || workers.length == 0 || closed || lock.isHeldByCurrentThread() || !lock.tryLock()) {
            for (int t = 0; t < tasks; t++) body.run(t);
            return;
        }
        try {
            failure = null;
            done.set(0);
            long gen = (ticket.get() >>> 32) + 1;
            ticket.set(gen << 32);
            Job job = new Job(gen, body, tasks);
            current = job;
            for (Worker w : workers) {
                if (w.parked) LockSupport.unpark(w.thread);
            }
            work(job);
            int spins = 0;
            while (done.get() < tasks) {
                if (++spins < 10_000) Thread.onSpinWait();
                else Thread.yield();
            }
            current = null;
            Throwable f = failure;
            if (f != null) {
                failure = null;
                if (f instanceof RuntimeException r) throw r;
                if (f instanceof Error e) throw e;
                throw new RuntimeException(f);
            }
        } finally {
            lock.unlock();
        }
    }

    private record Job(long gen, Body body, int tasks) {}

    private void work(Job job) {
        while (true) {
            long v = ticket.get();
            if ((v >>> 32) != job.gen) return;
            int index = (int) v;
            if (index >= job.tasks) return;
            if (!ticket.compareAndSet(v, v + 1)) continue;
            try {
                job.body.run(index);
            } catch (Throwable e) {
                if (failure == null) failure = e;
            } finally {
                done.incrementAndGet();
            }
        }
    }

    /** Stops the worker threads (they finish the current {@link #run} first). */
    @Override
    public void close() {
        closed = true;
        for (Worker w : workers) LockSupport.unpark(w.thread);
    }

    private final class Worker implements Runnable {
        Thread thread;
        volatile boolean parked;

        @Override
        public void run() {
            Job seen = null;
            while (!closed) {
                Job j = current;
                if (j != seen) {
                    seen = j;
                    if (j != null) work(j);
                    continue;
                }
                long start = System.nanoTime();
                while (current == seen && !closed && System.nanoTime() - start < SPIN_NANOS) {
                    Thread.onSpinWait();
                }
                if (current != seen || closed) continue;
                parked = true;
                if (current == seen && !closed) LockSupport.park(this);
                parked = false;
            }
        }
    }
}
