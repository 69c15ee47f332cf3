package dev.sluice.relay.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM sealing with a fresh 12-byte IV per message and associated data that binds a sealed
 * value to what it belongs to, so a value copied to another row or entry fails to open.
 *
 * <p>Used for payloads in memory (a key per process) and for webhook signing secrets at rest (the
 * configured or generated secret key), which must be readable again to sign, unlike API keys.
 */
public final class SecretBox {
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private final SecretKey key;

  private SecretBox(byte[] key) {
    if (key.length != 32) {
      throw new IllegalArgumentException("the secret key must be 32 bytes (base64 of 32 bytes)");
    }
    this.key = new SecretKeySpec(key, "AES");
  }

  /** A box with a new random key (payloads: they live in this process only). */
  public static SecretBox random() {
    return new SecretBox(Tokens.bytes(32));
  }

  /** A box with a base64 key. */
  public static SecretBox ofBase64(String base64) {
    return new SecretBox(Base64.getDecoder().decode(base64.trim()));
  }

  /** The box of the configured key, or of a key generated once into {@code dir/secret.key}. */
  public static SecretBox configured(String base64, Path dir) {
    if (base64 != null && !base64.isBlank()) {
      return ofBase64(base64);
    }
    try {
      Files.createDirectories(dir);
      Path file = dir.resolve("secret.key");
      if (!Files.exists(file)) {
        Files.writeString(file, Base64.getEncoder().encodeToString(Tokens.bytes(32)));
        try {
          Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
          // not a POSIX file system: the data directory's own protection applies
        }
      }
      return ofBase64(Files.readString(file));
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot read or create " + dir.resolve("secret.key")
          + ": " + e.getMessage(), e);
    }
  }

  /** IV followed by ciphertext and tag. */
  public byte[] seal(byte[] plain, String associatedData) {
    try {
      byte[] iv = Tokens.bytes(IV_BYTES);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(plain);
      return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /** The plain bytes, or {@link TamperedException} when the value or its binding changed. */
  public byte[] open(byte[] sealed, String associatedData) {
    if (sealed.length < IV_BYTES + TAG_BITS / 8) {
      throw new TamperedException();
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
      cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
    } catch (javax.crypto.AEADBadTagException e) {
      throw new TamperedException();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /** Text sealed as base64. */
  public String sealText(String plain, String associatedData) {
    return Base64.getEncoder().encodeToString(seal(plain.getBytes(StandardCharsets.UTF_8),
        associatedData));
  }

  /** Text opened from base64. */
  public String openText(String sealed, String associatedData) {
    return new String(open(Base64.getDecoder().decode(sealed), associatedData),
        StandardCharsets.UTF_8);
  }

  /** A sealed value that does not open: changed, truncated or moved to another binding. */
  public static final class TamperedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TamperedException() {
      super("sealed value failed authentication (tampered, truncated or moved)");
    }
  }
}
