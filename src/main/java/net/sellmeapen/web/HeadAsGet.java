package net.sellmeapen.web;

import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers {@code HEAD} exactly as {@code GET} would — same status and headers, the connection
 * leaves out the body — where Javalin would answer any HEAD on a GET route with a bare 200.
 */
final class HeadAsGet extends Handler.Wrapper {

    HeadAsGet(Handler handler) {
        super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (HttpMethod.HEAD.is(request.getMethod())) {
            return super.handle(new Request.Wrapper(request) {
                @Override
                public String getMethod() {
                    return HttpMethod.GET.asString();
                }
            }, response, callback);
        }
        return super.handle(request, response, callback);
    }
}
