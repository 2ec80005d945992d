package net.sellmeapen;

import java.time.Clock;
import net.sellmeapen.db.DatabaseUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts Sell Me A Pen from the environment; bad configuration stops it with one line naming the variable. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // chosen before the first logger exists; Config validates LOG_FORMAT again and names it if wrong
        if ("json".equalsIgnoreCase(String.valueOf(System.getenv("LOG_FORMAT")).strip())
                && System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-json.xml");
        }
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        // The sentence model's tokenizer unpacks its native library here rather than in the home folder,
        // which a container's user may not be able to write.
        if (System.getProperty("DJL_CACHE_DIR") == null && System.getenv("DJL_CACHE_DIR") == null) {
            System.setProperty("DJL_CACHE_DIR", System.getProperty("java.io.tmpdir") + "/sellmeapen-djl");
        }
        Logger log = LoggerFactory.getLogger(Main.class);
        if (args.length == 1 && args[0].equals("--warm-up")) {
            warmUp(log);
            return;
        }
        if (args.length > 0 && args[0].equals("migrate-data")) {
            System.exit(MigrateData.run(args, System.getenv()));
            return;
        }
        if (args.length > 0) {
            System.err.println("sellmeapen: unknown arguments " + String.join(" ", args) + "; run without any to"
                    + " start the server, or: " + MigrateData.USAGE.substring("usage: ".length()));
            System.exit(2);
            return;
        }
        Config config;
        try {
            config = Config.fromEnvironment(System.getenv());
        } catch (Config.InvalidConfigException e) {
            System.err.println("sellmeapen: configuration error: " + e.getMessage());
            System.exit(2);
            return;
        }
        Application application;
        try {
            application = Application.start(config, Clock.systemUTC());
        } catch (Application.PortInUseException | AdminTokenSource.UnusableAdminTokenException e) {
            System.err.println("sellmeapen: cannot start: " + e.getMessage());
            System.exit(1);
            return;
        } catch (DatabaseUnavailableException e) {
            System.err.println("sellmeapen: " + e.getMessage() + " (check DATABASE_URL)");
            System.exit(1);
            return;
        } catch (RuntimeException e) {
            System.err.println("sellmeapen: cannot start: " + rootMessage(e));
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(application::close, "shutdown"));
        stopOnSignal("TERM", application, log);
        stopOnSignal("INT", application, log);
        log.info("Sell Me A Pen is ready: trainee page at {}/, admin at {}/admin (database {}; {})",
                application.traineeUri(), application.adminUri(),
                net.sellmeapen.db.Database.forLog(config.databaseUrl()), application.engines());
    }

    /**
     * SIGTERM (or Ctrl-C) stops the product gracefully and exits 0, as a supervisor expects of an
     * orderly stop (the JVM's own handling would exit 143).
     */
    private static void stopOnSignal(String name, Application application, Logger log) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> {
                Thread stop = new Thread(() -> {
                    log.info("stopping (SIG{}): finishing requests in flight, ending voice sessions", name);
                    application.close();
                    log.info("stopped");
                    System.exit(0);
                }, "stop-on-signal");
                // not a daemon (it would inherit that from the signal dispatcher): otherwise the JVM
                // may end as soon as the servers' threads have, before "stopped" is logged
                stop.setDaemon(false);
                stop.start();
            });
        } catch (IllegalArgumentException unsupported) {
            // this platform has no such signal: the shutdown hook still closes the application
        }
    }

    /** {@code --warm-up}: one offline session against a throw-away copy of the product, then exit (see {@link WarmUp}). */
    private static void warmUp(Logger log) {
        int status;
        try {
            status = WarmUp.run();
            log.info("warm-up done");
        } catch (Exception e) {
            System.err.println("sellmeapen: warm-up failed: " + rootMessage(e));
            status = 1;
        }
        System.exit(status);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
