package dev.sluice.jvm;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.core.message.MessageCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Message catalogues on the JVM: English from core, every other language from its pack in core's
 * jar ({@code dev/sluice/core/message/<language>.json}), numbers and dates written as the
 * language writes them.
 */
public final class MessagePacks {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, MessageCatalog> CATALOGS = new ConcurrentHashMap<>();

  private MessagePacks() {}

  /** The catalogue for a language tag such as {@code de-CH}; English when no pack serves it. */
  public static MessageCatalog forLanguage(String tag) {
    String language = MessageCatalog.languageOf(tag);
    return CATALOGS.computeIfAbsent(language, l -> MessageCatalog.english()
        .translated(l, l.equals("en") ? Map.of() : pack(l))
        .withFormats(new JvmFormats(l)));
  }

  /** A language's pack: code to template. */
  public static Map<String, String> pack(String language) {
    String path = "/dev/sluice/core/message/" + language + ".json";
    try (InputStream in = MessageCatalog.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("no message pack " + path + " in core's jar");
      }
      return JSON.readValue(in, new TypeReference<Map<String, String>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException("message pack " + path + " is unreadable", e);
    }
  }
}
