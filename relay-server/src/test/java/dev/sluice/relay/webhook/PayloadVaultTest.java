package dev.sluice.relay.webhook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.relay.crypto.SecretBox;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PayloadVaultTest {
  private final AtomicLong nanos = new AtomicLong(1);
  private final List<BatchKey> expired = new ArrayList<>();
  private final BatchKey key = new BatchKey("imp_1", "import-1", 0);
  private final byte[] rows = "{\"rows\":[{\"email\":\"secret@example.com\"}]}"
      .getBytes(StandardCharsets.UTF_8);

  private PayloadVault vault(long budget) {
    return new PayloadVault(budget, Duration.ofHours(24), nanos::get, expired::add);
  }

  @Test
  void keepsPayloadsEncryptedAndGivesThemBack() {
    PayloadVault vault = vault(1 << 20);
    assertTrue(vault.put(key, rows));
    byte[] stored = vault.sealedForTest(key);
    assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains("secret@example.com"),
        "held encrypted");
    assertArrayEquals(rows, vault.get(key));
    assertTrue(vault.put(new BatchKey("imp_1", "import-1", 1), rows));
    assertFalse(java.util.Arrays.equals(stored, vault.sealedForTest(new BatchKey("imp_1",
        "import-1", 1))), "a fresh IV per entry");
  }

  @Test
  void aTamperedPayloadDoesNotOpen() {
    PayloadVault vault = vault(1 << 20);
    vault.put(key, rows);
    vault.sealedForTest(key)[20] ^= 1;
    assertThrows(SecretBox.TamperedException.class, () -> vault.get(key));
  }

  @Test
  void whenTheBudgetIsFullNewPayloadsAreRefusedAndNothingIsEvicted() {
    PayloadVault vault = vault(3 * (rows.length + 150));
    int stored = 0;
    for (int i = 0; i < 10; i++) {
      if (vault.put(new BatchKey("imp_1", "import-1", i), rows)) {
        stored++;
      }
    }
    assertEquals(3, stored);
    for (int i = 0; i < 3; i++) {
      assertArrayEquals(rows, vault.get(new BatchKey("imp_1", "import-1", i)), "kept");
    }
    vault.remove(new BatchKey("imp_1", "import-1", 0));
    assertTrue(vault.put(new BatchKey("imp_1", "import-1", 99), rows), "room again after delivery");
  }

  @Test
  void payloadsExpire24HoursAfterReceiptAndFreeTheirBudget() {
    PayloadVault vault = vault(1 << 20);
    vault.put(key, rows);
    nanos.addAndGet(Duration.ofHours(24).minusSeconds(1).toNanos());
    vault.cleanUp();
    assertArrayEquals(rows, vault.get(key));
    nanos.addAndGet(Duration.ofSeconds(2).toNanos());
    vault.cleanUp();
    assertNull(vault.get(key));
    assertEquals(List.of(key), expired);
    assertEquals(0, vault.usedBytes());
  }
}
