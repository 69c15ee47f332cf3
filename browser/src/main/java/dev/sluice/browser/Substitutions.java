package dev.sluice.browser;

import org.teavm.extension.spi.substitution.SimpleSubstitutionPolicy;
import org.teavm.extension.spi.substitution.SubstitutionSink;

/**
 * The core classes TeaVM compiles from this module instead (registered in {@code META-INF/services};
 * used at build time only): {@code Regex} runs on the pattern module loaded on demand, {@code
 * Decimals} on JavaScript's numbers, so that the engine holds neither RE2J nor the JDK's double
 * tables, {@code CharSearch} on JavaScript's native {@code indexOf}, which the CSV parser
 * calls per field, {@code CharCategories} on JavaScript's Unicode property escapes, so that it
 * holds no category table, and {@code RootCase} on JavaScript's case mapping, so that it holds no
 * {@code java.util.Locale}.
 */
public final class Substitutions extends SimpleSubstitutionPolicy {
  @Override
  public void contribute(SubstitutionSink sink) {
    sink.selectClasses(named("dev.sluice.core.text.Regex"))
        .replacePackage("dev.sluice.core.text", "dev.sluice.browser.regex");
    sink.selectClasses(named("dev.sluice.core.text.Decimals"))
        .replacePackage("dev.sluice.core.text", "dev.sluice.browser.text");
    sink.selectClasses(named("dev.sluice.core.text.CharSearch"))
        .replacePackage("dev.sluice.core.text", "dev.sluice.browser.text");
    sink.selectClasses(named("dev.sluice.core.text.RootCase"))
        .replacePackage("dev.sluice.core.text", "dev.sluice.browser.text");
    sink.selectClasses(named("dev.sluice.core.text.CharCategories"))
        .replacePackage("dev.sluice.core.text", "dev.sluice.browser.text");
  }
}
