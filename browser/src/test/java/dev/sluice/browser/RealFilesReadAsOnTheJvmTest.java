package dev.sluice.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The real-world files of core-jvm's test set (Excel exports in a dozen code pages, UTF-16 with and
 * without a byte order mark, title rows, a Mac Roman file with CR line ends...) read by the
 * browser's engine as the worker reads them (in Node, {@code src/test/js/read-file.mjs}) give the
 * encoding, dialect and rows that core-jvm's CsvFileReaderTest expects of the JVM: the widget and
 * {@code bin/sluice} read a file alike.
 */
class RealFilesReadAsOnTheJvmTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path REAL = Path.of("../core-jvm/src/test/resources/real");

  @Test
  void everyRealFileIsDetectedAndReadAsTheJvmReadsIt() throws IOException, InterruptedException {
    JsonNode expected = JSON.readTree(REAL.resolve("expected.json").toFile());
    List<String> differences = new ArrayList<>();
    int files = 0;
    for (Iterator<String> it = expected.fieldNames(); it.hasNext(); files++) {
      String name = it.next();
      JsonNode want = expected.get(name);
      Process node = new ProcessBuilder("node", "src/test/js/read-file.mjs",
          "target/classes/sluice/sluice-engine.js", REAL.resolve(name).toString())
          .redirectError(ProcessBuilder.Redirect.INHERIT).start();
      String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(node.waitFor(60, TimeUnit.SECONDS));
      assertEquals(0, node.exitValue(), name + ": " + out);
      JsonNode got = JSON.readTree(out);
      JsonNode dialect = got.get("dialect");
      compare(differences, name, "encoding", want.get("encoding").asText(),
          got.get("detected").get("encoding").asText());
      compare(differences, name, "bom", want.get("bom").asBoolean(),
          got.get("detected").get("bomLength").asInt() > 0);
      compare(differences, name, "delimiter", want.get("delimiter").asText(),
          dialect.get("delimiter").asText());
      compare(differences, name, "header", want.get("header").asInt(),
          dialect.get("headerIndex").asInt());
      compare(differences, name, "lineEnding", want.get("lineEnding").asText(),
          dialect.get("lineEnding").asText());
      // the rows from the header on: the header, then the rows parsed (a file without a header
      // row: the rows, the widget's "Column 1" names left out)
      ArrayNode rows = JSON.createArrayNode();
      JsonNode wanted = want.get("rows");
      int header = want.get("header").asInt();
      for (int r = Math.max(header, 0); r < wanted.size(); r++) {
        rows.add(wanted.get(r));
      }
      ArrayNode read = JSON.createArrayNode();
      if (header >= 0 && !got.get("parsed").get("headers").isEmpty()) {
        read.add(got.get("parsed").get("headers"));
      }
      got.get("parsed").get("preview").forEach(read::add);
      compare(differences, name, "rows", rows, read);
    }
    assertEquals(24, files, "the whole real-world set");
    assertEquals(List.of(), differences);
  }

  private static void compare(List<String> differences, String file, String what, Object jvm,
      Object browser) {
    if (!jvm.equals(browser)) {
      differences.add(file + " " + what + ": JVM " + jvm + ", browser " + browser);
    }
  }
}
