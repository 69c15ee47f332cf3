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
  private final AtomicLong used = new AtomicLong();
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
    this.budget = budget;
    this.entries = Caffeine.newBuilder()
        .expireAfterWrite(ttl)
        .ticker(ticker)
        .scheduler(Scheduler.systemScheduler())
        .executor(Runnable::run)
        .removalListener((BatchKey key, byte[] sealed, RemovalCause cause) -> {
          used.addAndGet(-(sealed.length + ENTRY_OVERHEAD));
          if (cause == RemovalCause.EXPIRED) {
            onExpired.accept(key);
          }
        })
        .build();
  }

  /** Seals and stores a payload; false when it would go over the budget (nothing is stored). */
  public boolean put(BatchKey key, byte[] plain) {
    byte[] sealed = box.seal(plain, key.binding());
    long size = sealed.length + ENTRY_OVERHEAD;
    if (used.addAndGet(size) > budget) {
      used.addAndGet(-size);
      return false;
    }
    entries.put(key, sealed);
    return true;
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
