package dev.sluice.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Core calls no JDK method whose browser build (TeaVM 0.15) answers otherwise than the JVM: {@code
 * String.strip()} is JavaScript's {@code trim()} there (it also takes no-break spaces), {@code
 * isBlank()} sees only U+0020, and {@code Character.toTitleCase} gives digraphs their upper case.
 * Such a call made the widget and the relay disagree on a cell; {@link Spaces} and {@link
 * TextFold#titleCase} answer the same in both.
 */
class BrowserDivergentCallsTest {
  private static final List<String> DIVERGENT = List.of(".strip()", ".stripLeading()",
      ".stripTrailing()", ".isBlank()", "Character.toTitleCase(");

  @Test
  void coreCallsNoJdkMethodThatTheBrowserBuildAnswersOtherwise() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          String code = lines.get(i).strip();
          if (code.startsWith("*") || code.startsWith("//") || code.startsWith("/*")) {
            continue; // comments
          }
          for (String call : DIVERGENT) {
            if (code.contains(call)) {
              found.add(file.getFileName() + ":" + (i + 1) + " " + call);
            }
          }
        }
      }
    }
    assertEquals(List.of(), found, "use Spaces.strip / Spaces.isBlank / TextFold.titleCase");
  }
}
