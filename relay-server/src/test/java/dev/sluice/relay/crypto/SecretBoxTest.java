package dev.sluice.relay.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SecretBoxTest {
  @Test
  void aSealedValueOpensOnlyUnderItsOwnBinding() {
    SecretBox box = SecretBox.random();
    String sealed = box.sealText("whsec_abc", "imp_1/sec_1");
    assertEquals("whsec_abc", box.openText(sealed, "imp_1/sec_1"));
    assertThrows(SecretBox.TamperedException.class, () -> box.openText(sealed, "imp_2/sec_1"),
        "copied to another importer's row it does not open");
    assertThrows(SecretBox.TamperedException.class,
        () -> SecretBox.random().openText(sealed, "imp_1/sec_1"), "another key does not open it");
  }

  @Test
  void theGeneratedKeyIsKeptInTheDataDirectoryAndReused() throws Exception {
    Path dir = Files.createTempDirectory("sluice-key");
    String sealed = SecretBox.configured(null, dir).sealText("whsec_abc", "x");
    assertEquals("whsec_abc", SecretBox.configured(null, dir).openText(sealed, "x"),
        "the same key after a restart");
    assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
        Files.getPosixFilePermissions(dir.resolve("secret.key"))));
    assertNotEquals(sealed, SecretBox.configured(null, dir).sealText("whsec_abc", "x"),
        "a fresh IV each time");
  }

  @Test
  void aConfiguredKeyOfTheWrongLengthIsRefusedClearly() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SecretBox.ofBase64("c2hvcnQ="));
    assertEquals("the secret key must be 32 bytes (base64 of 32 bytes)", e.getMessage());
  }
}
