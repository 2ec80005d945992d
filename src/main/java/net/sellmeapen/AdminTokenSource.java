package net.sellmeapen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import net.sellmeapen.db.Database;
import net.sellmeapen.security.RandomTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the admin token comes from: {@code ADMIN_TOKEN}; else the file {@code ADMIN_TOKEN_FILE}
 * names; else {@code admin-token} beside the database, created on first start with a random token
 * readable by its owner only. The log says which file to read, never the token itself.
 */
final class AdminTokenSource {

    static final String DEFAULT_FILE = "admin-token";
    private static final Logger LOG = LoggerFactory.getLogger(AdminTokenSource.class);

    private AdminTokenSource() {
    }

    /** Thrown when the admin token cannot be had; the message names the variable or file. */
    static final class UnusableAdminTokenException extends RuntimeException {
        UnusableAdminTokenException(String message) {
            super(message);
        }
    }

    static String resolve(Config config) {
        if (config.adminToken().isPresent()) {
            return config.adminToken().get();
        }
        if (config.adminTokenFile().isPresent()) {
            Path file = Path.of(config.adminTokenFile().get()).toAbsolutePath();
            return read(file, "ADMIN_TOKEN_FILE (" + file + ")");
        }
        Path file = Database.fileOf(config.databaseUrl()).resolveSibling(DEFAULT_FILE);
        if (Files.exists(file)) {
            LOG.info("admin: sign in with the token in {} (set ADMIN_TOKEN or ADMIN_TOKEN_FILE to choose your own)",
                    file);
            return read(file, file.toString());
        }
        String token = RandomTokens.newSecret();
        try {
            Files.createDirectories(file.getParent());
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, token + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (FileAlreadyExistsException raced) {
            return read(file, file.toString());
        } catch (IOException e) {
            throw new UnusableAdminTokenException("cannot write the admin token file " + file + ": " + e.getMessage()
                    + " (set ADMIN_TOKEN or ADMIN_TOKEN_FILE)");
        }
        LOG.info("admin: a token was created in {}; sign in with it (set ADMIN_TOKEN or ADMIN_TOKEN_FILE to choose"
                + " your own)", file);
        return token;
    }

    private static String read(Path file, String what) {
        String token;
        try {
            token = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UnusableAdminTokenException("cannot read the admin token from " + what + ": " + e.getMessage());
        }
        if (token.length() < Config.MIN_ADMIN_TOKEN_LENGTH || token.length() > 1024) {
            throw new UnusableAdminTokenException("the admin token in " + what + " must be " + Config.MIN_ADMIN_TOKEN_LENGTH
                    + " to 1024 characters");
        }
        return token;
    }
}
