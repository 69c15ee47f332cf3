package dev.sluice.relay.webhook;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import com.github.benmanes.caffeine.cache.Scheduler;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.sluice.relay.crypto.SecretBox;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Undelivered batches, encrypted in memory (AES-256-GCM, a fresh IV per entry, a key that exists
 * only in this process), each removed on delivery or at the latest {@code ttl} after receipt.
 *
 * <p>The memory budget is checked before an entry goes in; entries are never evicted to make room,
 * because an evicted batch would be a lost batch. Callers tell the uploader to retry later instead.
 */
public final class PayloadVault {
  private static final int ENTRY_OVERHEAD = 96;
  private final SecretBox box = SecretBox.random();
  private final long budget;
  private final long importerBudget;
  private final int maxPending;
  private final AtomicLong used = new AtomicLong();
  /** Per importer id: bytes held and batches held. */
  private final java.util.concurrent.ConcurrentHashMap<String, long[]> byImporter =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** What {@link #store} did. */
  public enum Outcome {
    /** Sealed and held. */
    STORED,
    /** The whole budget is used up. */
    RELAY_FULL,
    /** The importer's share of the budget or its cap on pending batches is used up. */
    IMPORTER_FULL
  }
  private final Cache<BatchKey, byte[]> entries;

  /**
   * A vault.
   *
   * @param budget    the most bytes of ciphertext held at once
   * @param ttl       the hard expiry from receipt
   * @param ticker    the time source (tests move it)
   * @param onExpired told of every batch that expired undelivered
   */
  public PayloadVault(long budget, Duration ttl, Ticker ticker, Consumer<BatchKey> onExpired) {
    this(budget, 1.0, Integer.MAX_VALUE, ttl, ticker, onExpired);
  }

  /**
   * A vault where one importer may hold at most {@code importerShare} of the budget and {@code
   * maxPending} batches: whoever has an importer's public key cannot fill the relay for all.
   */
  public PayloadVault(long budget, double importerShare, int maxPending, Duration ttl,
      Ticker ticker, Consumer<BatchKey> onExpired) {
    this.budget = budget;
    this.importerBudget = (long) (budget * importerShare);
    this.maxPending = maxPending;
    this.entries = Caffeine.newBuilder()
        .expireAfterWrite(ttl)
        .ticker(ticker)
        .scheduler(Scheduler.systemScheduler())
        .executor(Runnable::run)
        .removalListener((BatchKey key, byte[] sealed, RemovalCause cause) -> {
          used.addAndGet(-(sealed.length + ENTRY_OVERHEAD));
          account(key.importerId(), -(sealed.length + ENTRY_OVERHEAD), -1);
          if (cause == RemovalCause.EXPIRED) {
            onExpired.accept(key);
          }
        })
        .build();
  }

  /** Seals and stores a payload; false when it would go over a budget (nothing is stored). */
  public boolean put(BatchKey key, byte[] plain) {
    return store(key, plain) == Outcome.STORED;
  }

  /** Seals and stores a payload within the budget and the importer's share of it. */
  public Outcome store(BatchKey key, byte[] plain) {
    byte[] sealed = box.seal(plain, key.binding());
    long size = sealed.length + ENTRY_OVERHEAD;
    if (used.addAndGet(size) > budget) {
      used.addAndGet(-size);
      return Outcome.RELAY_FULL;
    }
    long[] mine = account(key.importerId(), size, 1);
    if (mine[0] > importerBudget || mine[1] > maxPending) {
      account(key.importerId(), -size, -1);
      used.addAndGet(-size);
      return Outcome.IMPORTER_FULL;
    }
    entries.put(key, sealed);
    return Outcome.STORED;
  }

  /** Adds to an importer's bytes and batches held; returns the new totals. */
  private long[] account(String importerId, long bytes, int batches) {
    long[] totals = new long[2];
    byImporter.compute(importerId, (id, held) -> {
      long[] h = held == null ? new long[2] : held;
      h[0] += bytes;
      h[1] += batches;
      totals[0] = h[0];
      totals[1] = h[1];
      return h[1] <= 0 ? null : h;
    });
    return totals;
  }

  /** The payload, or null when it is gone; {@link SecretBox.TamperedException} if it changed. */
  public byte[] get(BatchKey key) {
    byte[] sealed = entries.getIfPresent(key);
    return sealed == null ? null : box.open(sealed, key.binding());
  }

  /** Forgets a payload (delivered or given up). */
  public void remove(BatchKey key) {
    entries.invalidate(key);
  }

  /** Bytes held, overhead included. */
  public long usedBytes() {
    return used.get();
  }

  /** Entries held. */
  public long size() {
    return entries.estimatedSize();
  }

  /** Runs pending expiries now. */
  public void cleanUp() {
    entries.cleanUp();
  }

  /** The stored ciphertext itself, for tests that tamper with it. */
  byte[] sealedForTest(BatchKey key) {
    return entries.getIfPresent(key);
  }
}
