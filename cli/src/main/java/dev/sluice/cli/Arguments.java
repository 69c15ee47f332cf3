package dev.sluice.cli;

import dev.sluice.core.detect.Encoding;
import dev.sluice.jvm.CsvFileReader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The options and the one file argument of a command.
 *
 * @param file    the input file
 * @param options every {@code --name value} pair, and {@code --flag} as "true"
 */
record Arguments(Path file, Map<String, String> options) {
  private static final java.util.Set<String> FLAGS = java.util.Set.of("strict");

  static Arguments parse(String[] args) {
    Map<String, String> options = new HashMap<>();
    Path file = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.startsWith("--")) {
        String name = a.substring(2);
        String value;
        int eq = name.indexOf('=');
        if (eq >= 0) {
          value = name.substring(eq + 1);
          name = name.substring(0, eq);
        } else if (FLAGS.contains(name)) {
          value = "true";
        } else {
          if (i + 1 >= args.length) {
            throw new UsageException("option --" + name + " needs a value");
          }
          value = args[++i];
        }
        options.put(name, value);
      } else if (file == null) {
        file = Path.of(a);
      } else {
        throw new UsageException("one file at a time; got '" + file + "' and '" + a + "'");
      }
    }
    if (file == null) {
      throw new UsageException("no input file given");
    }
    return new Arguments(file, options);
  }

  void allow(String... names) {
    java.util.Set<String> allowed = java.util.Set.of(names);
    for (String name : options.keySet()) {
      if (!allowed.contains(name)) {
        throw new UsageException("unknown option --" + name);
      }
    }
  }

  CsvFileReader.Options readOptions() {
    Encoding encoding = null;
    String e = options.get("encoding");
    if (e != null) {
      encoding = Encoding.byName(e);
      if (encoding == null) {
        StringBuilder names = new StringBuilder();
        for (Encoding known : Encoding.values()) {
          names.append(names.length() == 0 ? "" : ", ").append(known.label());
        }
        throw new UsageException("unknown encoding '" + e + "'; use one of " + names);
      }
    }
    Integer header = null;
    String h = options.get("header");
    if (h != null) {
      try {
        header = Integer.parseInt(h);
      } catch (NumberFormatException ex) {
        header = -2;
      }
      if (header < -1) {
        throw new UsageException("--header takes a row index (0 or more) or -1 for none, not '"
            + h + "'");
      }
    }
    Character delimiter = character("delimiter");
    Character quote = character("quote");
    if (delimiter != null && delimiter.equals(quote)) {
      throw new UsageException("--delimiter and --quote must be different characters");
    }
    if (quote != null && quote == '\\') {
      throw new UsageException("--quote cannot be a backslash: a backslash before a quote inside"
          + " quoted fields (\\\") is an escape; say so with --escape backslash");
    }
    Boolean backslash = null;
    String escape = options.get("escape");
    if (escape != null) {
      if (!escape.equals("backslash") && !escape.equals("doubled")) {
        throw new UsageException("--escape takes backslash (\\\" inside quoted fields) or"
            + " doubled (\"\"), not '" + escape + "'");
      }
      backslash = escape.equals("backslash");
    }
    String lang = options.get("lang");
    return new CsvFileReader.Options(encoding, delimiter, quote, header,
        !options.containsKey("strict"), lang == null ? null : Encoding.legacyFor(lang), backslash);
  }

  private Character character(String name) {
    String v = options.get(name);
    if (v == null) {
      return null;
    }
    if (v.equals("tab") || v.equals("\\t") || v.equals("\t")) {
      return '\t';
    }
    if (v.equals("semicolon")) {
      return ';';
    }
    if (v.equals("comma")) {
      return ',';
    }
    if (v.equals("pipe")) {
      return '|';
    }
    if (v.length() != 1 || v.charAt(0) == '\r' || v.charAt(0) == '\n') {
      throw new UsageException("--" + name + " takes one character (or 'tab'), not '" + v + "'");
    }
    return v.charAt(0);
  }
}
