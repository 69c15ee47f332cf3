package dev.sluice.relay.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers itself, before a request reaches a route (a path with {@code %00} or a
 * stray {@code %ff}, headers too large, a URI too long), in the relay's JSON error shape rather
 * than Jetty's HTML page, so that a client reads every error the same way.
 */
public final class JsonErrorPages extends ErrorHandler {
  @Override
  protected void generateResponse(Request request, Response response, int code, String message,
      Throwable cause, Callback callback) {
    ApiError error = code == 404 ? ApiError.NOT_FOUND : code == 413 ? ApiError.PAYLOAD_TOO_LARGE
        : code >= 500 ? ApiError.INTERNAL : ApiError.MALFORMED_REQUEST;
    // Jetty's reason names the part it could not read, never the request's content
    Map<String, Object> details = error == ApiError.MALFORMED_REQUEST
        ? Map.of("status", code, "problem", message == null ? "" : message) : Map.of("status", code);
    byte[] body = RelayJson.error(new ApiException(error, details)).getBytes(StandardCharsets.UTF_8);
    response.setStatus(code);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.write(true, ByteBuffer.wrap(body), callback);
  }
}
