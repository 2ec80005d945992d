package net.sellmeapen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import net.sellmeapen.RunningJar;

/**
 * The Node stack the benchmark measures us against ({@code scripts/bench-node/server.js}: Express 4
 * and better-sqlite3 for the API, {@code ws} for the voice relay), run from the folder
 * {@code scripts/bench} installed it in, in its own process on a free port with its own database.
 */
final class NodeBaseline implements AutoCloseable {

    final int port;
    private final Process process;

    private NodeBaseline(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    /** Starts {@code node server.js} in the folder (which holds its node_modules), relaying to the upstream. */
    static NodeBaseline start(Path folder, String upstreamUrl) throws IOException {
        int port = RunningJar.freePort();
        Path database = Files.createTempDirectory("bench-node").resolve("baseline.db");
        ProcessBuilder builder = new ProcessBuilder("node", "server.js").directory(folder.toFile())
                .redirectErrorStream(true).redirectOutput(Path.of("target/bench/node.log").toFile());
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("UPSTREAM_URL", upstreamUrl);
        builder.environment().put("DB_FILE", database.toString());
        return new NodeBaseline(port, builder.start());
    }

    String base() {
        return "http://127.0.0.1:" + port + "/SellMeAPenExt";
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
