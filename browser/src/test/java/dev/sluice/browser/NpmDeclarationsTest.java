package dev.sluice.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.core.message.MessageCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The npm package's hand-written declarations keep up with core: every code of core's message
 * catalogue is in IssueCode or FileIssueCode, and every code there is one core has (the examples'
 * tsc run checks the rest of the declarations against real apps).
 */
class NpmDeclarationsTest {

  private static Set<String> union(String declarations, String type) {
    Matcher m = Pattern.compile("export type " + type + " = ([^;]+);").matcher(declarations);
    assertTrue(m.find(), type + " is declared");
    Set<String> codes = new TreeSet<>();
    Matcher code = Pattern.compile("\"([A-Z0-9_]+)\"").matcher(m.group(1));
    while (code.find()) {
      codes.add(code.group(1));
    }
    return codes;
  }

  @Test
  void theDeclaredIssueAndFileCodesAreExactlyTheCodesOfCoresCatalogue() throws Exception {
    String declarations = Files.readString(Path.of("src/main/npm/index.d.ts"));
    Set<String> declared = new TreeSet<>(union(declarations, "IssueCode"));
    declared.addAll(union(declarations, "FileIssueCode"));
    declared.remove("HOOK_ISSUE"); // a hook's issue without a code of the host's: no template
    Set<String> catalogue = new TreeSet<>();
    for (String code : MessageCatalog.codes()) {
      catalogue.add(code.replaceAll("#.*", ""));
    }
    assertEquals(catalogue, declared);
  }
}
