package net.sellmeapen.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers requests outside the base path, which the application never sees: the site root
 * redirects to where the product is, anything else is a 404 that says where to look, in our JSON
 * error shape rather than Jetty's bare page.
 */
final class OutsideBasePath extends Handler.Abstract.NonBlocking {

    private final String home;
    private final byte[] notFound;

    /** @param home where the root redirects to, e.g. {@code /SellMeAPenExt/} */
    OutsideBasePath(String home, ObjectMapper mapper) {
        this.home = home;
        try {
            this.notFound = mapper.writeValueAsBytes(ErrorBody.of("nothing here: Sell Me A Pen is at " + home, null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = request.getHttpURI().getPath();
        if (path == null || path.isEmpty() || path.equals("/")) {
            Response.sendRedirect(request, response, callback, home);
            return true;
        }
        response.setStatus(404);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.write(true, ByteBuffer.wrap(notFound), callback);
        return true;
    }
}
