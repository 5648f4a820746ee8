package app.rounddown.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Several instances of the app running one job at the same moment, as a load-balanced deployment would. */
public final class Instances {
    private Instances() {
    }

    /** Starts the job on {@code count} threads at once and waits for all of them; a failure in any is rethrown. */
    public static void runAtOnce(int count, Callable<?> job) throws Exception {
        ExecutorService instances = Executors.newFixedThreadPool(count);
        CountDownLatch together = new CountDownLatch(1);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int instance = 0; instance < count; instance++) {
                runs.add(instances.submit(() -> {
                    together.await();
                    return job.call();
                }));
            }
            together.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            instances.shutdown();
        }
    }
}
