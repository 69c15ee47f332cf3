package dev.sluice.browser.regex;

import org.teavm.extension.spi.substitution.SimpleSubstitutionPolicy;
import org.teavm.extension.spi.substitution.SubstitutionSink;

/**
 * Tells TeaVM to compile {@link Regex} wherever core uses {@code dev.sluice.core.text.Regex}, so
 * that the engine holds no RE2J (registered in {@code META-INF/services}; used at build time only).
 */
public final class RegexSubstitution extends SimpleSubstitutionPolicy {
  @Override
  public void contribute(SubstitutionSink sink) {
    sink.selectClasses(named("dev.sluice.core.text.Regex"))
        .replacePackage("dev.sluice.core.text", "dev.sluice.browser.regex");
  }
}
