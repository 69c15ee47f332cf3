package dev.sluice.core.message;

import dev.sluice.core.text.CharCategories;
import dev.sluice.core.text.TextFold;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a stable issue code and its named arguments into a message in one language.
 *
 * <p>English is compiled in; every other language is a pack of templates (code to template) that
 * a platform loads only when a user needs it (the JVM from core's jar, the widget as a module
 * beside its engine) and hands to {@link #translated}. A code a pack lacks falls back to English,
 * and a code unknown everywhere is shown as the code itself, so a message is never lost.
 *
 * <p>Templates use {@code {name}} placeholders; {@code {name:date}} shows an ISO date argument as
 * the reader's language writes dates, and whole-number arguments are grouped the same way (see
 * {@link ArgumentFormats}). Plain maps rather than ResourceBundle so that TeaVM compiles it.
 */
public final class MessageCatalog {
  /**
   * The languages Sluice ships, as the names of their packs: English (compiled in) first, then
   * the packs. Brazilian Portuguese and Simplified Chinese serve every tag of their language.
   */
  private static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "ja", "it", "nl",
      "pt-BR", "pl", "sv", "da", "nb", "fi", "cs", "tr", "zh-Hans", "ko", "ar", "he");

  private static MessageCatalog english;

  private final String language;
  private final Map<String, String> templates;
  private final ArgumentFormats formats;

  private MessageCatalog(String language, Map<String, String> templates, ArgumentFormats formats) {
    this.language = language;
    this.templates = templates;
    this.formats = formats;
  }

  /** The English catalogue, with plain digits and ISO dates. */
  public static synchronized MessageCatalog english() {
    if (english == null) {
      english = new MessageCatalog("en", Templates.english(), ArgumentFormats.PLAIN);
    }
    return english;
  }

  /** The languages that have a catalogue, as pack names ({@code en}, {@code de}, {@code pt-BR}). */
  public static List<String> languages() {
    return LANGUAGES;
  }

  /**
   * The shipped language that serves a language tag such as {@code de-CH}, {@code pt-PT},
   * {@code zh-TW} or {@code no}: a name of {@link #languages()}, {@code en} when none does.
   */
  public static String languageOf(String tag) {
    if (tag == null) {
      return "en";
    }
    String primary = TextFold.lower(tag);
    for (int i = 0; i < primary.length(); i++) {
      if (primary.charAt(i) == '-' || primary.charAt(i) == '_') {
        primary = primary.substring(0, i);
        break;
      }
    }
    switch (primary) {
      case "no":
      case "nn":
        return "nb";
      case "iw":
        return "he";
      case "pt":
        return "pt-BR";
      case "zh":
        return "zh-Hans";
      default:
        return LANGUAGES.contains(primary) ? primary : "en";
    }
  }

  /** Every code that has a message. */
  public static List<String> codes() {
    return List.of(Templates.codes());
  }

  /**
   * This catalogue in another language: the pack's templates, and this catalogue's for every
   * code the pack lacks (so a pack may be partial and a host's extra codes stay).
   */
  public MessageCatalog translated(String language, Map<String, String> pack) {
    Map<String, String> merged = new HashMap<>(templates);
    if (pack != null) {
      merged.putAll(pack);
    }
    return new MessageCatalog(language, merged, formats);
  }

  /**
   * This catalogue with some templates added or replaced (code to template, with the same
   * {@code {name}} placeholders): a platform's own words, or a host's wording of any message.
   */
  public MessageCatalog withTemplates(Map<String, String> added) {
    if (added == null || added.isEmpty()) {
      return this;
    }
    return translated(language, added);
  }

  /** This catalogue showing numbers and dates the way {@code formats} writes them. */
  public MessageCatalog withFormats(ArgumentFormats formats) {
    return new MessageCatalog(language, templates, formats);
  }

  /** The names of a template's {@code {name}} placeholders, in order of first use. */
  public static Set<String> placeholders(String template) {
    Set<String> names = new LinkedHashSet<>();
    int i = template.indexOf('{');
    while (i >= 0) {
      int close = template.indexOf('}', i);
      if (close < 0) {
        break;
      }
      String name = name(template, i + 1, close);
      if (name != null) {
        names.add(name);
      }
      i = template.indexOf('{', i + 1);
    }
    return names;
  }

  /** The argument name of a placeholder's text ({@code first} of {@code first:date}), or null. */
  private static String name(String template, int from, int to) {
    int colon = template.indexOf(':', from);
    int end = colon >= 0 && colon < to ? colon : to;
    if (end == from) {
      return null;
    }
    for (int k = from; k < end; k++) {
      char c = template.charAt(k);
      if (!CharCategories.isLetterOrDigit(c) && c != '_') {
        return null;
      }
    }
    if (end < to) {
      String style = template.substring(end + 1, to);
      if (!style.equals("date")) {
        return null;
      }
    }
    return template.substring(from, end);
  }

  /** The language of this catalogue, as a name of {@link #languages()}. */
  public String language() {
    return language;
  }

  /** Whether this catalogue has a template for a code, in its language or from English. */
  public boolean has(String code) {
    return templates.containsKey(code);
  }

  /** Every code this catalogue has a template for, in its language or from English. */
  public Set<String> codesWithTemplates() {
    return java.util.Collections.unmodifiableSet(templates.keySet());
  }

  /** The message for a code with its arguments filled in. */
  public String format(String code, Map<String, ?> arguments) {
    String template = templates.get(code);
    if (template == null) {
      return code;
    }
    StringBuilder sb = new StringBuilder(template.length() + 16);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      String name = close > i ? name(template, i + 1, close) : null;
      if (name != null) {
        Object value = arguments.get(name);
        boolean date = close - i - 1 > name.length();
        if (value == null) {
          sb.append(template, i, close + 1); // a missing argument stays visible
        } else if (date) {
          sb.append(formats.date(value.toString()));
        } else if (value instanceof Integer || value instanceof Long) {
          sb.append(formats.number(((Number) value).longValue()));
        } else if (value instanceof NumberRange range) {
          sb.append(formats.number(range.from()));
          if (range.to() != range.from()) {
            sb.append('\u2013').append(formats.number(range.to()));
          }
        } else {
          sb.append(value);
        }
        i = close + 1;
      } else {
        sb.append(c);
        i++;
      }
    }
    return sb.toString();
  }
}
