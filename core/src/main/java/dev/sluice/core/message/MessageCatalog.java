package dev.sluice.core.message;

import java.util.HashMap;
import java.util.Map;

/**
 * Turns a stable issue code and its named arguments into a message in one language.
 *
 * <p>Templates use {@code {name}} placeholders; a code without a template in the chosen language
 * falls back to English, and a code unknown everywhere is shown as the code itself, so a message is
 * never lost. Plain maps rather than ResourceBundle so that TeaVM compiles the catalogue.
 */
public final class MessageCatalog {
  private static final Map<String, MessageCatalog> CATALOGS = new HashMap<>();

  private final String language;
  private final Map<String, String> templates;
  private final MessageCatalog fallback;

  private MessageCatalog(String language, Map<String, String> templates, MessageCatalog fallback) {
    this.language = language;
    this.templates = templates;
    this.fallback = fallback;
  }

  /** The language of a tag: what comes before its first {@code -} or {@code _}. */
  private static String primary(String tag) {
    for (int i = 0; i < tag.length(); i++) {
      if (tag.charAt(i) == '-' || tag.charAt(i) == '_') {
        return tag.substring(0, i);
      }
    }
    return tag;
  }

  /** The catalogue for a language tag such as {@code de} or {@code de-CH}; English when unknown. */
  public static synchronized MessageCatalog forLanguage(String tag) {
    String language = tag == null ? "en" : primary(tag.toLowerCase());
    MessageCatalog catalog = CATALOGS.get(language);
    if (catalog == null) {
      Map<String, String> templates = Templates.forLanguage(language);
      if (templates == null) {
        return forLanguage("en");
      }
      catalog = new MessageCatalog(language, templates,
          language.equals("en") ? null : forLanguage("en"));
      CATALOGS.put(language, catalog);
    }
    return catalog;
  }

  /**
   * The catalogue for a language tag with more messages of the caller's own: {@code rows} are
   * {code, then a template per language of {@link #languages()}, in that order}. The widget adds
   * its words this way, so core's catalogue carries only what every platform reports.
   */
  public static MessageCatalog forLanguage(String tag, String[][] rows) {
    MessageCatalog base = forLanguage(tag);
    Map<String, String> templates = new HashMap<>(base.templates);
    Map<String, String> extra = Templates.forLanguage(base.language, rows);
    if (extra != null) {
      templates.putAll(extra);
    }
    return new MessageCatalog(base.language, templates,
        base.language.equals("en") ? null : forLanguage("en", rows));
  }

  /**
   * This catalogue with some templates replaced or added (code to template, with the same
   * {@code {name}} placeholders): a host's own wording for any message, in this language.
   */
  public MessageCatalog withOverrides(Map<String, String> overrides) {
    if (overrides == null || overrides.isEmpty()) {
      return this;
    }
    Map<String, String> merged = new HashMap<>(templates);
    merged.putAll(overrides);
    return new MessageCatalog(language, merged, fallback);
  }

  /** The names of a template's {@code {name}} placeholders, in order of first use. */
  public static java.util.Set<String> placeholders(String template) {
    java.util.Set<String> names = new java.util.LinkedHashSet<>();
    int i = template.indexOf('{');
    while (i >= 0) {
      int close = template.indexOf('}', i);
      if (close < 0) {
        break;
      }
      String name = template.substring(i + 1, close);
      boolean word = !name.isEmpty();
      for (int k = 0; k < name.length() && word; k++) {
        char c = name.charAt(k);
        word = Character.isLetterOrDigit(c) || c == '_';
      }
      if (word) {
        names.add(name);
      }
      i = template.indexOf('{', i + 1);
    }
    return names;
  }

  /** The languages that have a catalogue. */
  public static java.util.List<String> languages() {
    return java.util.List.of(Templates.LANGUAGES);
  }

  /** Every code that has a message. */
  public static java.util.List<String> codes() {
    return java.util.List.of(Templates.codes());
  }

  /** The English catalogue. */
  public static MessageCatalog english() {
    return forLanguage("en");
  }

  /** The language of this catalogue. */
  public String language() {
    return language;
  }

  /** Whether this catalogue (not its fallback) has a template for a code. */
  public boolean has(String code) {
    return templates.containsKey(code);
  }

  /** The message for a code with its arguments filled in. */
  public String format(String code, Map<String, ?> arguments) {
    String template = templates.get(code);
    if (template == null) {
      return fallback != null ? fallback.format(code, arguments) : code;
    }
    StringBuilder sb = new StringBuilder(template.length() + 16);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      if (close > i) {
        String name = template.substring(i + 1, close);
        Object value = arguments.get(name);
        sb.append(value != null ? String.valueOf(value) : "{" + name + "}");
        i = close + 1;
      } else {
        sb.append(c);
        i++;
      }
    }
    return sb.toString();
  }
}
