package dev.sluice.browser;

import dev.sluice.core.schema.SchemaReader;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSExport;
import org.teavm.jso.JSObject;

/**
 * The parse and validate calls of {@link WorkerApi}, alone, for a WebAssembly GC build that the
 * side-by-side benchmark runs beside the JavaScript engine (issue 18's optional experiment,
 * {@code mvn -Pwasm-experiment}). Not shipped: WorkerApi as a whole does not compile to Wasm GC
 * ({@code @JSByRef} typed arrays), and the measured gain did not reach the bar for switching.
 */
public final class WasmGcProbe {
  private static ImportWorkflow workflow;

  private WasmGcProbe() {}

  /** TeaVM's entry point; the exported functions do the work. */
  public static void main(String[] args) {}

  /** As {@link WorkerApi#useRegex}: the pattern module, for schemas with patterns. */
  @JSExport
  public static void useRegex(JSObject module) {
    dev.sluice.browser.regex.RegexModuleLink.use(module);
  }

  /** Starts an import for a schema (a parsed JSON object). */
  @JSExport
  public static void start(JSObject schema) {
    workflow = new ImportWorkflow(SchemaReader.read(JsTree.toJava(schema)));
  }

  /** As {@link WorkerApi#beginParse}. */
  @JSExport
  public static void beginParse(String delimiter, String quote, int headerIndex) {
    workflow.beginParse(delimiter.charAt(0), quote.charAt(0), headerIndex);
  }

  /** As {@link WorkerApi#expectChars}. */
  @JSExport
  public static void expectChars(double chars) {
    workflow.expectChars(chars);
  }

  /** As {@link WorkerApi#feed}. */
  @JSExport
  public static int feed(String chunk) {
    workflow.feed(chunk);
    return workflow.parsedRows();
  }

  /** As {@link WorkerApi#finishParse}, for a CSV file. */
  @JSExport
  public static String finishParse() {
    return Json.write(workflow.finishParse());
  }

  /** Maps headers to the schema's column keys, in order (no remembered or custom columns). */
  @JSExport
  public static String applyMapping(JSObject columnPerHeader) {
    workflow.suggestMapping(null);
    List<String> keys = new ArrayList<>();
    for (Object o : (List<?>) JsTree.toJava(columnPerHeader)) {
      keys.add(o instanceof String s ? s : null);
    }
    return Json.write(workflow.applyMapping(keys));
  }

  /** As {@link WorkerApi#validate}. */
  @JSExport
  public static String validate() {
    return Json.write(workflow.validate());
  }
}
