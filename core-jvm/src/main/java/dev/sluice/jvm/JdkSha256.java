package dev.sluice.jvm;

import dev.sluice.core.hash.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 with the JDK's {@code MessageDigest}, for the relay and the CLI. */
public final class JdkSha256 implements Sha256 {
  /** A shared instance; a digest is made per call. */
  public static final JdkSha256 INSTANCE = new JdkSha256();

  @Override
  public String hex(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
