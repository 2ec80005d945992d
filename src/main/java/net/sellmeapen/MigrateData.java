package net.sellmeapen;

import java.util.Map;
import net.sellmeapen.db.DataMove;
import net.sellmeapen.db.Database;
import net.sellmeapen.db.DatabaseUnavailableException;

/**
 * {@code java -jar sellmeapen.jar migrate-data --from <jdbc url> --to <jdbc url>}: moves the data of
 * one database into another, empty one ({@link DataMove}); the PostgreSQL side signs in with
 * {@code DATABASE_USER} and {@code DATABASE_PASSWORD} from the environment (never the command line,
 * which other users of the machine can read). Prints what it moved; exits 0 when done, 1 when the
 * move failed or was refused, 2 for a wrong command line.
 */
final class MigrateData {

    static final String USAGE = "usage: java -jar sellmeapen.jar migrate-data --from <jdbc url> --to <jdbc url>"
            + "  (e.g. --from jdbc:sqlite:data/sellmeapen.db --to jdbc:postgresql://db:5432/sellmeapen; the"
            + " PostgreSQL side uses DATABASE_USER and DATABASE_PASSWORD)";

    private MigrateData() {
    }

    /** Runs the command; returns the exit status. */
    static int run(String[] args, Map<String, String> env) {
        if (args.length != 5 || !args[1].equals("--from") || !args[3].equals("--to")) {
            System.err.println("sellmeapen: " + USAGE);
            return 2;
        }
        String fromUrl = args[2];
        String toUrl = args[4];
        for (String url : new String[] {fromUrl, toUrl}) {
            if (!url.startsWith("jdbc:sqlite:") && !Database.isPostgres(url)) {
                System.err.println("sellmeapen: not a jdbc:sqlite: or jdbc:postgresql: URL: " + Database.forLog(url)
                        + "\n" + USAGE);
                return 2;
            }
        }
        if (fromUrl.equals(toUrl)) {
            System.err.println("sellmeapen: --from and --to name the same database");
            return 2;
        }
        String user = env.get("DATABASE_USER");
        String password = env.get("DATABASE_PASSWORD");
        try (Database from = opened(fromUrl, user, password, true); Database to = opened(toUrl, user, password, false)) {
            System.out.println("Moving " + Database.forLog(fromUrl) + " -> " + Database.forLog(toUrl));
            Map<String, Integer> moved = new DataMove(from, to).run();
            moved.forEach((table, rows) -> System.out.printf("  %-18s %8d rows%n", table, rows));
            System.out.println("Done: every table holds the same number of rows on both sides.");
            return 0;
        } catch (DataMove.TargetNotEmptyException | DatabaseUnavailableException | IllegalStateException e) {
            System.err.println("sellmeapen: migrate-data: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            System.err.println("sellmeapen: migrate-data failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            return 1;
        }
    }

    /** Opens and migrates the database; the source's SQLite file must exist (a target's is made). */
    private static Database opened(String url, String user, String password, boolean source) {
        if (source && !Database.isPostgres(url) && !java.nio.file.Files.exists(Database.fileOf(url))) {
            throw new IllegalStateException("there is no SQLite file at " + Database.fileOf(url));
        }
        Database database = Database.openInBackground(url, user, password);
        database.awaitOpen();
        return database;
    }
}
