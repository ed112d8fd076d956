package fi.lape.server.internal;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors that Jetty answers itself (a malformed request line, headers over the limit, a request
 * refused during shutdown) as problem details too, in the caller's language, never with Jetty's
 * own message, a stack trace or a class name.
 */
public final class ProblemErrorHandler extends ErrorHandler {
  /** The handler. */
  public ProblemErrorHandler() {
    setShowStacks(false);
    setShowCauses(false);
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message,
      Throwable cause, Callback callback) {
    Reply reply = Problems.status(code,
        Exchange.language(request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE)));
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, reply.contentType());
    reply.headers().forEach(response.getHeaders()::put);
    response.write(true, ByteBuffer.wrap(reply.body()), callback);
  }
}
