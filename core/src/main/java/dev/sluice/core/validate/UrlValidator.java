package dev.sluice.core.validate;

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
          && !Character.isDigit(value.charAt(Math.min(firstColon + 1, value.length() - 1)))) {
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
   * An ASCII {@code http://} or {@code https://} URL (scheme in lower case) whose host is a name
   * {@link EmailValidator#validDomain} accepts, without credentials or port, and with no char that
   * {@link #check} refuses; other shapes are left to check.
   */
  @Override
  public boolean accepts(String text, int from, int to) {
    // "http://" or "https://", read char by char: one pass over the cell in all
    if (to - from < 7 || text.charAt(from) != 'h' || text.charAt(from + 1) != 't'
        || text.charAt(from + 2) != 't' || text.charAt(from + 3) != 'p') {
      return false;
    }
    int at = text.charAt(from + 4) == 's' ? from + 5 : from + 4;
    if (to - at < 3 || text.charAt(at) != ':' || text.charAt(at + 1) != '/'
        || text.charAt(at + 2) != '/') {
      return false;
    }
    at += 3;
    // the host, read once (an email's domain rules), then the path, query and fragment:
    // printable ASCII without the chars a URL may not hold
    int i = EmailValidator.asciiHostEnd(text, at, to, true);
    if (i < 0) {
      return false; // credentials, a port or any other char: the String path checks those
    }
    for (; i < to; i++) {
      char c = text.charAt(i);
      if (c <= ' ' || c >= 0x7f || c == '"' || c == '<' || c == '>' || c == '\\' || c == '`') {
        return false;
      }
    }
    return true;
  }

  private static CellResult invalid(String part) {
    return new CellResult.Invalid("URL_INVALID", Map.of("part", part));
  }

  private static boolean digits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i)) || s.charAt(i) > '9') {
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
