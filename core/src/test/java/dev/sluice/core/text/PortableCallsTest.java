package dev.sluice.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Core calls no JDK method whose answer depends on where it runs. In the browser build (TeaVM
 * 0.15) {@code String.strip()} is JavaScript's {@code trim()} (it also takes no-break spaces),
 * {@code isBlank()} sees only U+0020 and {@code Character.toTitleCase} gives digraphs their upper
 * case; on a JVM set to Turkish a case change without a locale turns "I" into a dotless "ı". Each
 * made the widget, the relay and the CLI disagree on a cell or a name.
 */
class PortableCallsTest {
  private static final Map<String, String> INSTEAD = Map.of(
      ".strip()", "Spaces.strip", ".stripLeading()", "Spaces.strip",
      ".stripTrailing()", "Spaces.strip", ".isBlank()", "Spaces.isBlank",
      "Character.toTitleCase(", "TextFold.titleCase",
      ".toLowerCase()", "toLowerCase(Locale.ROOT) or TextFold.lower",
      ".toUpperCase()", "toUpperCase(Locale.ROOT) or TextFold.upper");

  @Test
  void coreCallsNoJdkMethodThatAnswersOtherwiseInTheBrowserOrAnotherLocale() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          String code = lines.get(i).trim();
          if (code.startsWith("*") || code.startsWith("//") || code.startsWith("/*")) {
            continue; // comments
          }
          for (Map.Entry<String, String> call : INSTEAD.entrySet()) {
            if (code.contains(call.getKey())) {
              found.add(file.getFileName() + ":" + (i + 1) + " " + call.getKey() + ": use "
                  + call.getValue());
            }
          }
        }
      }
    }
    assertEquals(List.of(), found);
  }
}
