package dev.sluice.relay.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * An address range such as {@code 10.0.0.0/8} or {@code fc00::/7}.
 *
 * @param network the network's address bytes
 * @param bits    the prefix length
 */
public record Cidr(byte[] network, int bits) {

  /** Parses {@code address/bits} (a bare address is a single host); literals only, no lookups. */
  public static Cidr parse(String text) {
    String t = text.trim();
    int slash = t.indexOf('/');
    String host = slash < 0 ? t : t.substring(0, slash);
    if (!host.matches("[0-9a-fA-F:.]+")) {
      throw new IllegalArgumentException("'" + text + "' is not an IP range such as 10.0.0.0/8");
    }
    try {
      byte[] address = InetAddress.getByName(host).getAddress();
      int bits = slash < 0 ? address.length * 8 : Integer.parseInt(t.substring(slash + 1));
      if (bits < 0 || bits > address.length * 8) {
        throw new IllegalArgumentException("prefix length out of range in '" + text + "'");
      }
      return new Cidr(address, bits);
    } catch (UnknownHostException | NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is not an IP range such as 10.0.0.0/8", e);
    }
  }

  /** Whether an address is inside the range (IPv4 and IPv6 ranges never contain each other). */
  public boolean contains(InetAddress address) {
    byte[] a = address.getAddress();
    if (a.length != network.length) {
      return false;
    }
    int full = bits / 8;
    for (int i = 0; i < full; i++) {
      if (a[i] != network[i]) {
        return false;
      }
    }
    int rest = bits % 8;
    if (rest == 0) {
      return true;
    }
    int mask = 0xFF << (8 - rest) & 0xFF;
    return (a[full] & mask) == (network[full] & mask);
  }
}
