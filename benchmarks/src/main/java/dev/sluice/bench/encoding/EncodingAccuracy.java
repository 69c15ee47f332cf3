package dev.sluice.bench.encoding;

import dev.sluice.core.detect.Encoding;
import dev.sluice.core.detect.EncodingDetector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * How often core's encoding detection is right on a corpus of real text in known encodings laid
 * out as the chardet project's {@code tests} folder is (one folder per encoding and language,
 * such as {@code windows-1251-russian}): per folder, the files detected right from their bytes
 * alone and with the language's legacy encoding as the user's ({@link Encoding#legacyFor}). A
 * measurement tool, not a test; the corpus is not ours and stays out of the repository.
 *
 * <pre>
 *   git clone https://github.com/chardet/chardet /tmp/chardet
 *   java -cp "benchmarks/target/classes:$(cat benchmarks/target/bench-classpath.txt)" \
 *     dev.sluice.bench.encoding.EncodingAccuracy /tmp/chardet/tests
 * </pre>
 */
public final class EncodingAccuracy {
  private EncodingAccuracy() {}

  /** Folder, the encoding its files are in (as Sluice names it), and their language. */
  private static final Map<String, List<String>> FOLDERS = new LinkedHashMap<>();

  static {
    folder("Big5", "Big5", "zh-Hant");
    folder("CP932", "Shift_JIS", "ja");
    folder("SHIFT_JIS", "Shift_JIS", "ja");
    folder("CP949", "EUC-KR", "ko");
    folder("EUC-KR", "EUC-KR", "ko");
    folder("GB2312", "GBK", "zh-Hans");
    folder("MacRoman", "macintosh", "en");
    folder("TIS-620", "windows-874", "th");
    for (String[] l : new String[][] {{"croatian", "hr"}, {"czech", "cs"}, {"hungarian", "hu"},
        {"polish", "pl"}, {"romanian", "ro"}, {"slovak", "sk"}, {"slovene", "sl"}}) {
      folder("windows-1250-" + l[0], "windows-1250", l[1]);
    }
    folder("windows-1251-bulgarian", "windows-1251", "bg");
    folder("windows-1251-russian", "windows-1251", "ru");
    folder("windows-1252", "windows-1252", "en");
    folder("iso-8859-1", "windows-1252", "de"); // Windows-1252 decodes ISO-8859-1's letters alike
    folder("windows-1254-turkish", "windows-1254", "tr");
    folder("windows-1255-hebrew", "windows-1255", "he");
    folder("windows-1256-arabic", "windows-1256", "ar");
    folder("iso-8859-7-greek", "windows-1253", "el"); // alike but for a few accented capitals
    folder("KOI8-R", "KOI8-R", "ru");
    folder("EUC-JP", "EUC-JP", "ja");
    folder("utf-8", "UTF-8", "en");
    folder("UTF-16LE", "UTF-16LE", "en");
    folder("UTF-16BE", "UTF-16BE", "en");
  }

  private static void folder(String name, String encoding, String language) {
    FOLDERS.put(name, List.of(encoding, language));
  }

  /** {@code CORPUS_DIR}: the folder that holds the encodings' folders. */
  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : "chardet/tests");
    int files = 0;
    int bytesOnly = 0;
    int withLanguage = 0;
    for (Map.Entry<String, List<String>> f : FOLDERS.entrySet()) {
      Path dir = root.resolve(f.getKey());
      if (!Files.isDirectory(dir)) {
        continue;
      }
      String want = f.getValue().get(0);
      Encoding language = Encoding.legacyFor(f.getValue().get(1));
      int n = 0;
      int right = 0;
      int rightWithLanguage = 0;
      Map<String, Integer> wrong = new TreeMap<>();
      try (Stream<Path> list = Files.list(dir)) {
        for (Path file : list.sorted().toList()) {
          byte[] bytes = Files.readAllBytes(file);
          String alone = EncodingDetector.detect(bytes, true, null).encoding().label();
          String told = EncodingDetector.detect(bytes, true, language).encoding().label();
          n++;
          right += alone.equals(want) ? 1 : 0;
          rightWithLanguage += told.equals(want) ? 1 : 0;
          if (!alone.equals(want)) {
            wrong.merge("bytes alone: " + alone, 1, Integer::sum);
          }
          if (!told.equals(want)) {
            wrong.merge("with language: " + told, 1, Integer::sum);
          }
        }
      }
      files += n;
      bytesOnly += right;
      withLanguage += rightWithLanguage;
      System.out.printf("%-24s %4d files  right from the bytes %4d  with the language %4d  %s%n",
          f.getKey(), n, right, rightWithLanguage, wrong.isEmpty() ? "" : wrong);
    }
    System.out.printf("all: %d files, right from the bytes %d, with the language %d%n", files,
        bytesOnly, withLanguage);
  }
}
