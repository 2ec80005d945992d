package net.sellmeapen.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import net.sellmeapen.web.HttpServers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the admin server: the admin panel under {@code BASE_PATH/admin} on its own port. */
public final class AdminServer {

    private static final Logger LOG = LoggerFactory.getLogger(AdminServer.class);

    private AdminServer() {
    }

    /** The admin server with its pages and JSON, not started; says once in the log when it is disabled. */
    public static Javalin create(String basePath, ObjectMapper mapper, AdminTokenFilter filter, AdminPages pages,
            AdminApi api) {
        if (!filter.enabled()) {
            LOG.warn("admin is disabled: set ADMIN_TOKEN (at least {} characters)", AdminTokenFilter.MIN_TOKEN_LENGTH);
        }
        return HttpServers.create(basePath, mapper, routes -> {
            pages.addTo(routes);
            api.addTo(routes);
        });
    }
}
