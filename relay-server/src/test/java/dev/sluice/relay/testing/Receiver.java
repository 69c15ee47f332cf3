package dev.sluice.relay.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A customer's webhook endpoint on loopback: records every request and answers as the test says
 * (by default 200), possibly slowly.
 */
public final class Receiver implements AutoCloseable {
  /** One received request. */
  public record Received(String id, String timestamp, String signature, String body, int status) {
  }

  /** An answer: status, extra headers and a delay before answering. */
  public record Answer(int status, Map<String, String> headers, long delayMillis, int bodyBytes) {
    /** A status with headers after a delay, without a body. */
    public Answer(int status, Map<String, String> headers, long delayMillis) {
      this(status, headers, delayMillis, 0);
    }

    /** A plain status. */
    public static Answer of(int status) {
      return new Answer(status, Map.of(), 0);
    }

    /** A status with a body of this many bytes (a chatty receiver). */
    public static Answer withBody(int status, int bytes) {
      return new Answer(status, Map.of(), 0, bytes);
    }
  }

  private final HttpServer server;
  private final List<Received> received = new ArrayList<>();
  private final ConcurrentLinkedQueue<Answer> script = new ConcurrentLinkedQueue<>();
  private volatile Function<Received, Answer> fallback = r -> Answer.of(200);

  /** Starts a receiver on a free loopback port. */
  public Receiver() throws IOException {
    this(0);
  }

  /** Starts a receiver on a given loopback port (0 for any free one). */
  public Receiver(int port) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.setExecutor(Executors.newFixedThreadPool(32));
    server.createContext("/", exchange -> {
      try (exchange) {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Received r = new Received(exchange.getRequestHeaders().getFirst("webhook-id"),
            exchange.getRequestHeaders().getFirst("webhook-timestamp"),
            exchange.getRequestHeaders().getFirst("webhook-signature"), body, 0);
        Answer answer = script.poll();
        if (answer == null) {
          answer = fallback.apply(r);
        }
        r = new Received(r.id(), r.timestamp(), r.signature(), r.body(), answer.status());
        if (answer.delayMillis() > 0) {
          Thread.sleep(answer.delayMillis());
        }
        synchronized (received) {
          received.add(r);
        }
        answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        if (answer.bodyBytes() > 0) {
          exchange.sendResponseHeaders(answer.status(), answer.bodyBytes());
          byte[] chunk = new byte[8192];
          java.util.Arrays.fill(chunk, (byte) 'x');
          try (var out = exchange.getResponseBody()) {
            for (int left = answer.bodyBytes(); left > 0; left -= chunk.length) {
              out.write(chunk, 0, Math.min(left, chunk.length));
            }
          } catch (IOException e) {
            // the relay stopped reading once it had the status: expected
          }
        } else {
          exchange.sendResponseHeaders(answer.status(), -1);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    server.start();
  }

  /** The endpoint URL. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/sluice";
  }

  /** Answers the next requests in this order, then falls back. */
  public Receiver then(Answer... answers) {
    script.addAll(List.of(answers));
    return this;
  }

  /** The answer once the script is used up. */
  public Receiver otherwise(Function<Received, Answer> answer) {
    this.fallback = answer;
    return this;
  }

  /** Everything received so far, in order of completion. */
  public List<Received> received() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
