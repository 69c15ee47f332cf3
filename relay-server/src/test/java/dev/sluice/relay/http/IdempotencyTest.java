package dev.sluice.relay.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sluice.relay.store.Database;
import java.nio.file.Files;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class IdempotencyTest {
  @Test
  void aKeyWhoseFirstRequestIsStillRunningGets409AndTheFirstAnswerAfterwards() throws Exception {
    try (Database db = Database.open(null, null, null, Files.createTempDirectory("sluice-idem"))) {
      Idempotency idempotency = new Idempotency(db, Clock.systemUTC());
      CountDownLatch started = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      CompletableFuture<Idempotency.Reply> first = CompletableFuture.supplyAsync(() ->
          idempotency.run("caller /v1/x", "k1", "{}", () -> {
            started.countDown();
            try {
              release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return new Idempotency.Reply(201, "{\"n\":1}");
          }, replayed -> { }));
      started.await(10, TimeUnit.SECONDS);
      ApiException busy = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class,
          () -> idempotency.run("caller /v1/x", "k1", "{}",
              () -> new Idempotency.Reply(201, "{\"n\":2}"), replayed -> { }));
      assertEquals(ApiError.IDEMPOTENCY_IN_FLIGHT, busy.error());
      release.countDown();
      assertEquals("{\"n\":1}", first.get(10, TimeUnit.SECONDS).json());
      boolean[] replay = new boolean[1];
      assertEquals("{\"n\":1}", idempotency.run("caller /v1/x", "k1", "{}",
          () -> new Idempotency.Reply(201, "{\"n\":3}"), r -> replay[0] = r).json());
      assertEquals(true, replay[0]);
      assertEquals("{\"n\":4}", idempotency.run("other /v1/x", "k1", "{}",
          () -> new Idempotency.Reply(201, "{\"n\":4}"), r -> { }).json(),
          "another caller's key space is separate");
    }
  }

  @Test
  void aServerErrorForgetsTheKeySoTheClientCanRetry() throws Exception {
    try (Database db = Database.open(null, null, null, Files.createTempDirectory("sluice-idem"))) {
      Idempotency idempotency = new Idempotency(db, Clock.systemUTC());
      org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
          () -> idempotency.run("c", "k", "{}", () -> {
            throw new IllegalStateException("boom");
          }, r -> { }));
      assertEquals(201, idempotency.run("c", "k", "{}", () -> new Idempotency.Reply(201, "{}"),
          r -> { }).status());
    }
  }

  @Test
  void anErrorSuchAsAStackOverflowAlsoFreesTheKeyAndASecretIsNeverStoredForReplay()
      throws Exception {
    try (Database db = Database.open(null, null, null, Files.createTempDirectory("sluice-idem"))) {
      Idempotency idempotency = new Idempotency(db, Clock.systemUTC());
      org.junit.jupiter.api.Assertions.assertThrows(StackOverflowError.class,
          () -> idempotency.run("c", "k", "{}", () -> {
            throw new StackOverflowError();
          }, r -> { }));
      Idempotency.Reply first = idempotency.run("c", "k", "{}",
          () -> new Idempotency.Reply(201, "{\"key\":\"sk_secret\"}", "{\"key\":null}"),
          r -> { });
      assertEquals("{\"key\":\"sk_secret\"}", first.json(), "the first answer shows it");
      assertEquals("{\"key\":null}", idempotency.run("c", "k", "{}",
          () -> new Idempotency.Reply(500, "{}"), r -> { }).json(), "a replay does not");
      assertEquals(0, db.query("select body from idempotency where body like '%sk_secret%'",
          rs -> rs.getString(1)).size(), "nor is it stored");
    }
  }
}
