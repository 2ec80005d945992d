package net.sellmeapen.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import java.util.function.Consumer;
import net.sellmeapen.web.HttpServers;
import net.sellmeapen.web.RequestLog;
import net.sellmeapen.web.TrustedProxies;

/**
 * Builds the admin server: the admin panel under {@code BASE_PATH/admin} on its own port, plus the
 * operator routes given (health, metrics) beside it.
 */
public final class AdminServer {

    private AdminServer() {
    }

    /** The admin server with its pages, forms and JSON, not started; browsers get errors as pages. */
    public static Javalin create(String basePath, ObjectMapper mapper, AdminViews views, TrustedProxies proxies,
            RequestLog log, AdminPages pages, AdminForms forms, AdminApi api, Consumer<RoutesConfig> operations) {
        return HttpServers.create(new HttpServers.Settings(basePath, "/admin", null, views.errorPage(), proxies, log),
                mapper, routes -> {
                    pages.addTo(routes);
                    forms.addTo(routes);
                    api.addTo(routes);
                    operations.accept(routes);
                });
    }
}
