package net.sellmeapen.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import net.sellmeapen.web.HttpServers;

/** Builds the admin server: the admin panel under {@code BASE_PATH/admin} on its own port. */
public final class AdminServer {

    private AdminServer() {
    }

    /** The admin server with its pages, forms and JSON, not started; browsers get errors as pages. */
    public static Javalin create(String basePath, ObjectMapper mapper, AdminViews views, AdminPages pages,
            AdminForms forms, AdminApi api) {
        return HttpServers.create(basePath, "/admin", mapper, null, routes -> {
            pages.addTo(routes);
            forms.addTo(routes);
            api.addTo(routes);
        }, views.errorPage());
    }
}
