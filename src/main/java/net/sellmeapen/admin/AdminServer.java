package net.sellmeapen.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.time.Clock;
import net.sellmeapen.Config;
import net.sellmeapen.db.Database;
import net.sellmeapen.training.TrainingService;
import net.sellmeapen.web.HttpServers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the admin server: the admin panel under {@code BASE_PATH/admin} on its own port. */
public final class AdminServer {

    private static final Logger LOG = LoggerFactory.getLogger(AdminServer.class);

    private AdminServer() {
    }

    /** The admin server, not started; says once in the log when it is disabled for want of a token. */
    public static Javalin create(Config config, Database database, ObjectMapper mapper, TrainingService training,
            Clock clock) {
        AdminTokenFilter filter = new AdminTokenFilter(config.adminToken(), config.basePath() + "/admin", clock);
        if (!filter.enabled()) {
            LOG.warn("admin is disabled: set ADMIN_TOKEN (at least {} characters)", AdminTokenFilter.MIN_TOKEN_LENGTH);
        }
        AdminRoutes routes = new AdminRoutes(new AdminRepository(database), training, filter,
                new AdminViews(config.basePath(), filter), mapper, clock);
        return HttpServers.create(config.basePath(), mapper, routes::addTo);
    }
}
