package dev.sluice.core.validate;

import dev.sluice.core.text.CharCategories;
import dev.sluice.core.text.TextFold;
import java.util.Map;

/**
 * URL cells: http and https URLs with a host name, IPv4 address or {@code localhost}, and an
 * optional port, path, query and fragment. A value without a scheme such as
 * {@code www.example.com/a} is taken as https. Other schemes, {@code javascript:} above all, are
 * rejected. The normal form has the scheme and host in lower case.
 */
final class UrlValidator implements TypeValidator {
  @Override
  public CellResult check(String value) {
    String scheme;
    String rest;
    int colon = value.indexOf("://");
    for (int i = 0; i < colon; i++) {
      char c = value.charAt(i);
      if (c == '/' || c == '?' || c == '#') {
        colon = -1; // a URL without a scheme holding one in its path or query (?u=http://...)
      }
    }
    if (colon >= 0) {
      scheme = TextFold.lower(value.substring(0, colon));
      if (!scheme.equals("http") && !scheme.equals("https")) {
        return invalid("scheme");
      }
      rest = value.substring(colon + 3);
    } else {
      int firstColon = value.indexOf(':');
      int firstSlash = value.indexOf('/');
      if (firstColon >= 0 && (firstSlash < 0 || firstColon < firstSlash)
          && !CharCategories.isDigit(value.charAt(Math.min(firstColon + 1, value.length() - 1)))) {
        return invalid("scheme");
      }
      scheme = "https";
      rest = value;
    }
    for (int i = 0; i < rest.length(); i++) {
      char c = rest.charAt(i);
      if (c <= ' ' || c == '"' || c == '<' || c == '>' || c == '\\' || c == '`' || c == 0x7f) {
        return invalid("character");
      }
    }
    int hostEnd = rest.length();
    for (int i = 0; i < rest.length(); i++) {
      char c = rest.charAt(i);
      if (c == '/' || c == '?' || c == '#') {
        hostEnd = i;
        break;
      }
    }
    String authority = rest.substring(0, hostEnd);
    String path = rest.substring(hostEnd);
    if (authority.indexOf('@') >= 0) {
      return invalid("credentials");
    }
    String host = authority;
    String port = "";
    int portColon = authority.lastIndexOf(':');
    if (portColon >= 0) {
      host = authority.substring(0, portColon);
      port = authority.substring(portColon + 1);
      if (port.isEmpty() || port.length() > 5 || !digits(port)
          || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
        return invalid("port");
      }
      port = ":" + port;
    }
    String lower = TextFold.lower(host);
    if (host.endsWith(".")) {
      lower = lower.substring(0, lower.length() - 1);
    }
    if (!lower.equals("localhost") && !ipv4(lower) && !EmailValidator.validDomain(lower)) {
      return invalid("host");
    }
    if (colon >= 0 && lower == host && value.startsWith(scheme)) {
      return new CellResult.Valid(value); // already in normal form: no copy
    }
    return new CellResult.Valid(scheme + "://" + lower + port + path);
  }

  /**
   * An ASCII {@code http://} or {@code https://} URL (scheme in lower case), or one without a
   * scheme ({@code www.example.com/a}, taken as https), whose host is a name {@link
   * EmailValidator#validDomain} accepts, without credentials or port, and with no char that
   * {@link #check} refuses; other shapes are left to check.
   */
  @Override
  public boolean accepts(String text, int from, int to) {
    return hostAt(text, from, to) >= 0;
  }

  /** Accepted with a scheme and no upper-case letter in its host: the text is its normal form. */
  @Override
  public boolean normalOnceAccepted(String text, int from, int to) {
    int host = hostAt(text, from, to);
    if (host <= from) {
      return false; // no scheme: the normal form adds https://
    }
    for (int i = host; i < to; i++) {
      char c = text.charAt(i);
      if (c == '/' || c == '?' || c == '#') {
        break;
      }
      if (c >= 'A' && c <= 'Z') {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean acceptsAsNormal(String text, int from, int to) {
    return normalOnceAccepted(text, from, to);
  }

  @Override
  public boolean appendNormalAt(String text, int from, int to, StringBuilder out) {
    int host = hostAt(text, from, to);
    if (host < 0) {
      return false;
    }
    if (host == from) {
      out.append("https://");
    } else {
      out.append(text, from, host);
    }
    int i = host;
    for (; i < to; i++) {
      char c = text.charAt(i);
      if (c == '/' || c == '?' || c == '#') {
        break;
      }
      out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
    }
    out.append(text, i, to);
    return true;
  }

  /**
   * Where the host starts in an URL {@link #accepts} takes (after {@code http://} or {@code
   * https://}, or at {@code from} without a scheme), or -1: the path, query and fragment after
   * the host checked as printable ASCII without the chars a URL may not hold, in one pass.
   */
  private static int hostAt(String text, int from, int to) {
    int at = from;
    // "http://" or "https://", read char by char
    if (to - from >= 7 && text.charAt(from) == 'h' && text.charAt(from + 1) == 't'
        && text.charAt(from + 2) == 't' && text.charAt(from + 3) == 'p') {
      int colon = text.charAt(from + 4) == 's' ? from + 5 : from + 4;
      if (to - colon >= 3 && text.charAt(colon) == ':' && text.charAt(colon + 1) == '/'
          && text.charAt(colon + 2) == '/') {
        at = colon + 3;
      }
    }
    // the host, read once (an email's domain rules: credentials, a port, an IP address or any
    // other char are left to the String path, as is http as a host name without its ://)
    int i = EmailValidator.asciiHostEnd(text, at, to, true);
    if (i < 0) {
      return -1;
    }
    for (; i < to; i++) {
      char c = text.charAt(i);
      if (c <= ' ' || c >= 0x7f || c == '"' || c == '<' || c == '>' || c == '\\' || c == '`'
          || c == ':' && at == from) {
        return -1; // without a scheme, a colon may be one (check tells)
      }
    }
    return at;
  }

  private static CellResult invalid(String part) {
    return new CellResult.Invalid("URL_INVALID", Map.of("part", part));
  }

  private static boolean digits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!CharCategories.isDigit(s.charAt(i)) || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Four dot-separated numbers 0-255; scanned by hand (a regex split per cell is slow in JS). */
  private static boolean ipv4(String host) {
    int parts = 0;
    int value = 0;
    int digits = 0;
    for (int i = 0; i <= host.length(); i++) {
      char c = i == host.length() ? '.' : host.charAt(i);
      if (c == '.') {
        if (digits == 0 || value > 255) {
          return false;
        }
        parts++;
        value = 0;
        digits = 0;
      } else if (c >= '0' && c <= '9' && digits < 3) {
        value = value * 10 + (c - '0');
        digits++;
      } else {
        return false;
      }
    }
    return parts == 4;
  }
}
