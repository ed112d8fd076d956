package fi.lape.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 by hand over a socket, for what a well-behaved client cannot do: send less body than
 * announced, send it slowly, or hang up in the middle.
 */
final class RawHttp {
  /** A response: its status, media type (without parameters) and body. */
  record Answer(int status, String mediaType, String body) {}

  private RawHttp() {}

  /** Opens a connection to {@code server}. */
  static Socket connect(LapeServer server) {
    try {
      Socket socket = new Socket(server.address().getAddress(), server.port());
      socket.setSoTimeout(20_000);
      return socket;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The head of a POST with {@code contentLength} announced. */
  static byte[] postHead(String path, long contentLength) {
    return ("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        + "Content-Length: " + contentLength + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
  }

  static void send(Socket socket, byte[] bytes) {
    try {
      OutputStream out = socket.getOutputStream();
      out.write(bytes);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads one response: the status line, the headers and a body of Content-Length bytes. */
  static Answer read(Socket socket) {
    try {
      InputStream in = socket.getInputStream();
      String statusLine = line(in);
      int status = Integer.parseInt(statusLine.split(" ")[1]);
      String mediaType = "";
      int length = 0;
      for (String header = line(in); !header.isEmpty(); header = line(in)) {
        String name = header.substring(0, header.indexOf(':')).strip().toLowerCase(Locale.ROOT);
        String value = header.substring(header.indexOf(':') + 1).strip();
        if (name.equals("content-type")) {
          mediaType = value.split(";")[0].strip();
        } else if (name.equals("content-length")) {
          length = Integer.parseInt(value);
        }
      }
      return new Answer(status, mediaType,
          new String(in.readNBytes(length), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new IOException("connection closed before the end of the response head");
      }
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.US_ASCII);
  }
}
