package net.sellmeapen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A process's CPU time, threads, memory and context switches, read from Linux's /proc. */
public record ProcStats(long cpuMicros, int threads, long rssKib, long contextSwitches) {

    /** Clock ticks per second of /proc's CPU times; 100 on every Linux this runs on. */
    private static final long TICKS_PER_SECOND = 100;

    public static ProcStats of(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
            String status = Files.readString(Path.of("/proc/" + pid + "/status"));
            return new ProcStats(ticks * 1_000_000 / TICKS_PER_SECOND, (int) field(status, "Threads:"),
                    field(status, "VmRSS:"), contextSwitches(pid));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read /proc/" + pid + ": " + e.getMessage(), e);
        }
    }

    /** Open file descriptors (sockets included). */
    /**
     * CPU time the process has used, in nanoseconds, summed over all its threads — the JVM's and native
     * ones such as the sentence model's — from each thread's schedstat (nanosecond precision, where
     * /proc/PID/stat counts 10 ms ticks).
     */
    public static long cpuNanos(long pid) {
        try (Stream<Path> tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            long total = 0;
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    total += Long.parseLong(Files.readString(task.resolve("schedstat")).strip().split("\\s+")[0]);
                } catch (IOException gone) {
                    // a thread that ended between listing and reading has nothing more to count
                }
            }
            return total;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read /proc/" + pid + "/task: " + e.getMessage(), e);
        }
    }

    public static int openFiles(long pid) {
        try (Stream<Path> fds = Files.list(Path.of("/proc/" + pid + "/fd"))) {
            return (int) fds.count();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read /proc/" + pid + "/fd: " + e.getMessage(), e);
        }
    }

    private static long contextSwitches(long pid) throws IOException {
        long total = 0;
        try (Stream<Path> tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String status = Files.readString(task.resolve("status"));
                    total += field(status, "voluntary_ctxt_switches:") + field(status, "nonvoluntary_ctxt_switches:");
                } catch (IOException threadEnded) {
                    // the thread ended between the listing and the read
                }
            }
        }
        return total;
    }

    private static long field(String status, String name) {
        for (String line : status.split("\n")) {
            if (line.startsWith(name)) {
                return Long.parseLong(line.substring(name.length()).strip().split("\\s+")[0]);
            }
        }
        return 0;
    }
}
