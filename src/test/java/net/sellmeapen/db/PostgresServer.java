package net.sellmeapen.db;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A throwaway PostgreSQL cluster for tests: {@code initdb} in a temporary folder, started with
 * {@code pg_ctl} on a free port of the loopback address, gone after {@link #close()}. PostgreSQL
 * refuses to run as root, so as root it runs as the {@code postgres} user the Debian package makes.
 */
public final class PostgresServer implements AutoCloseable {

    private static final String USER = "sellmeapen";

    private final Path bin;
    private final Path folder;
    private final int port;
    private final boolean asPostgres;

    private PostgresServer(Path bin, Path folder, int port, boolean asPostgres) {
        this.bin = bin;
        this.folder = folder;
        this.port = port;
        this.asPostgres = asPostgres;
    }

    /** The folder with {@code initdb} and {@code pg_ctl}: Debian's newest, else the PATH's; empty when none. */
    public static Optional<Path> binaries() {
        List<Path> candidates = new ArrayList<>();
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                versions.map(version -> version.resolve("bin"))
                        .sorted(Comparator.comparing((Path p) -> p.getParent().getFileName().toString(),
                                Comparator.comparingInt(PostgresServer::versionNumber)).reversed())
                        .forEach(candidates::add);
            } catch (IOException ignored) {
                // fall back to the PATH
            }
        }
        for (String entry : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!entry.isEmpty()) {
                candidates.add(Path.of(entry));
            }
        }
        return candidates.stream().filter(dir -> Files.isExecutable(dir.resolve("initdb"))
                && Files.isExecutable(dir.resolve("pg_ctl"))).findFirst();
    }

    private static int versionNumber(String name) {
        try {
            return Integer.parseInt(name.replaceAll("\\D", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * For a test class: starts a cluster, or skips the test where PostgreSQL is not installed —
     * unless {@code -Dpostgres.tests.required=true} (as {@code scripts/test} runs), which fails instead.
     */
    public static PostgresServer startForTest() throws Exception {
        boolean present = binaries().isPresent();
        if (!present && Boolean.getBoolean("postgres.tests.required")) {
            throw new IllegalStateException("PostgreSQL is required (-Dpostgres.tests.required=true) but initdb was"
                    + " not found: apt-get install postgresql");
        }
        Assumptions.assumeTrue(present, "PostgreSQL is not installed");
        return start();
    }

    /** Makes and starts a cluster for tests (no fsync); fails with PostgreSQL's own words when it cannot. */
    public static PostgresServer start() throws Exception {
        return start(false);
    }

    /**
     * Makes and starts a cluster; a durable one flushes every commit as a production server does (the
     * benchmark's), otherwise fsync is off for speed.
     */
    public static PostgresServer start(boolean durable) throws Exception {
        Path bin = binaries().orElseThrow(() -> new IllegalStateException("PostgreSQL is not installed"));
        boolean root = "root".equals(System.getProperty("user.name"));
        Path folder = Files.createTempDirectory("sellmeapen-pg");
        if (root) {
            run(List.of("chown", "postgres:postgres", folder.toString()), false);
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        PostgresServer server = new PostgresServer(bin, folder, port, root);
        server.pg("initdb", "-D", folder.resolve("data").toString(), "-U", USER, "-A", "trust", "-E", "UTF8",
                "--locale=C", "--no-sync");
        server.pg("pg_ctl", "-D", folder.resolve("data").toString(), "-l", folder.resolve("log").toString(), "-w",
                "-t", "60", "-o", "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1" + (durable ? ""
                        : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"), "start");
        return server;
    }

    private void pg(String program, String... arguments) throws Exception {
        List<String> command = new ArrayList<>();
        if (asPostgres) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(arguments));
        run(command, true);
    }

    private static void run(List<String> command, boolean check) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish");
        }
        if (check && process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }

    /** A new, empty database on this server, as a JDBC URL. */
    public String createDatabase(String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url("postgres"), USER, "")) {
            connection.createStatement().execute("CREATE DATABASE " + name);
        }
        return url(name);
    }

    public String user() {
        return USER;
    }

    private String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    @Override
    public void close() throws Exception {
        try {
            pg("pg_ctl", "-D", folder.resolve("data").toString(), "-m", "immediate", "-w", "stop");
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
