package net.sellmeapen;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar run with {@code java -jar} as an operator would, on free ports in a folder of its
 * own, its output collected line by line; for the tests of the jar, nginx in front of it, and shutdown.
 */
public final class RunningJar implements AutoCloseable {

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final String JAR = System.getProperty("sellmeapen.jar", "target/sellmeapen.jar");

    private final Process process;
    private final Thread reader;
    private final List<String> output = new CopyOnWriteArrayList<>();
    public final int appPort;
    public final int adminPort;

    private RunningJar(Process process, int appPort, int adminPort) {
        this.process = process;
        this.appPort = appPort;
        this.adminPort = adminPort;
        this.reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    output.add(line);
                }
            } catch (IOException ended) {
                // the process is gone
            }
        }, "jar-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the jar in {@code dir} with the environment given (ports, database, base path are set here). */
    public static RunningJar start(Path dir, Map<String, String> env) {
        return start(dir, env, List.of("--enable-native-access=ALL-UNNAMED"));
    }

    /** As {@link #start(Path, Map)}, with the JVM options given (the benchmark uses the product's own). */
    public static RunningJar start(Path dir, Map<String, String> env, List<String> jvmOptions) {
        try {
            int appPort = freePort();
            int adminPort = freePort();
            List<String> command = new java.util.ArrayList<>();
            command.add(JAVA);
            command.addAll(jvmOptions);
            command.addAll(List.of("-jar", Path.of(JAR).toAbsolutePath().toString()));
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
            builder.environment().keySet().removeIf(key -> key.startsWith("OPENAI") || key.startsWith("ADMIN_")
                    || key.equals("DATABASE_URL") || key.equals("BASE_PATH") || key.endsWith("_PORT")
                    || key.equals("TRUSTED_PROXIES") || key.equals("LOG_FORMAT") || key.equals("METRICS_TOKEN"));
            builder.environment().put("APP_PORT", Integer.toString(appPort));
            builder.environment().put("ADMIN_PORT", Integer.toString(adminPort));
            // a test that sets a key but no endpoint must still never reach OpenAI: point it nowhere
            if (env.containsKey("OPENAI_API_KEY")) {
                builder.environment().put("OPENAI_BASE_URL", TestApp.NOWHERE);
            }
            builder.environment().putAll(env);
            RunningJar jar = new RunningJar(builder.start(), appPort, adminPort);
            jar.awaitLine("is ready", Duration.ofSeconds(90));
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for a line of output containing the text; fails with the output so far when it does not come. */
    public String awaitLine(String text, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : output) {
                if (line.contains(text)) {
                    return line;
                }
            }
            if (!process.isAlive()) {
                break;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no line with '" + text + "' within " + timeout + "; output:\n"
                + String.join("\n", output));
    }

    /** The process id, for reading its CPU time, threads and memory from /proc. */
    public long pid() {
        return process.pid();
    }

    public List<String> output() {
        return List.copyOf(output);
    }

    public String base() {
        return "http://localhost:" + appPort + "/SellMeAPenExt";
    }

    /** Sends SIGTERM and waits for the exit code. */
    public int terminate(Duration timeout) throws InterruptedException {
        process.toHandle().destroy(); // SIGTERM; Process.destroy() would also close the output we still read
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the jar did not stop within " + timeout + " of SIGTERM");
        }
        reader.join(5_000); // every line it printed is read
        return process.exitValue();
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}
