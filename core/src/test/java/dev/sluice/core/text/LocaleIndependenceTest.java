package dev.sluice.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sluice.core.detect.Encoding;
import dev.sluice.core.schema.Importer;
import dev.sluice.core.schema.SchemaReader;
import dev.sluice.core.schema.Transform;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Core reads schemas and names alike whatever the JVM's default locale: under Turkish rules "I"
 * lower-cases to a dotless "ı" and "i" upper-cases to "İ", so a locale-sensitive case change made
 * "trim" a transform no schema could name ("trım") and "WINDOWS-1252" no encoding, on a relay or a
 * CLI run on a Turkish machine. PortableCallsTest keeps such calls out of core.
 */
class LocaleIndependenceTest {
  @Test
  void schemasAndEncodingNamesReadTheSameUnderATurkishDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      for (Transform t : Transform.values()) {
        assertEquals(t, Transform.byName(t.name().toLowerCase(Locale.ROOT)), t.name());
      }
      Importer importer = SchemaReader.read(Map.of("version", 1, "name", "x", "columns", List.of(
          Map.of("key", "a", "transforms", List.of("trim", "title", "normalize")))));
      assertEquals(List.of(Transform.TRIM, Transform.TITLE, Transform.NORMALIZE),
          importer.column("a").transforms());
      assertEquals(Encoding.WINDOWS_1252, Encoding.byName("WINDOWS-1252"));
      assertEquals(Encoding.ISO_8859_5, Encoding.byName("ISO-8859-5"));
    } finally {
      Locale.setDefault(before);
    }
  }
}
