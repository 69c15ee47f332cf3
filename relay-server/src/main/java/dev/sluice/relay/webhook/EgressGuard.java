package dev.sluice.relay.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.SocketAddressResolver;

/**
 * The SSRF guard: wraps the HTTP client's resolver so the addresses checked are the addresses it
 * connects to (no gap for DNS rebinding). Loopback, private, link-local (cloud metadata at
 * 169.254.169.254), unique-local, CGNAT, multicast and unspecified addresses are refused unless
 * inside an allowed range, and so are these IPv4 addresses written as IPv6 (mapped {@code
 * ::ffff:a.b.c.d}, compatible {@code ::a.b.c.d}, 6to4 {@code 2002:aabb:ccdd::}), NAT64 prefixes and
 * Teredo, whose tunnels reach IPv4 hosts the guard cannot see.
 */
public final class EgressGuard implements SocketAddressResolver {
  private static final List<Cidr> BLOCKED = List.of("0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10",
      "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24", "192.168.0.0/16",
      "198.18.0.0/15", "224.0.0.0/4", "240.0.0.0/4", "::/128", "::1/128", "fc00::/7", "fe80::/10",
      "ff00::/8", "64:ff9b::/96", "64:ff9b:1::/48", "2001::/32").stream().map(Cidr::parse)
      .toList();

  private final SocketAddressResolver delegate;
  private final List<Cidr> allowed;

  /** Guards a resolver; {@code allowed} ranges pass although private. */
  public EgressGuard(SocketAddressResolver delegate, List<Cidr> allowed) {
    this.delegate = delegate;
    this.allowed = List.copyOf(allowed);
  }

  @Override
  public void resolve(String host, int port, Map<String, Object> context,
      Promise<List<InetSocketAddress>> promise) {
    delegate.resolve(host, port, context, Promise.from(addresses -> {
      for (InetSocketAddress a : addresses) {
        if (isBlocked(a.getAddress())) {
          promise.failed(new BlockedDestinationException(host));
          return;
        }
      }
      promise.succeeded(addresses);
    }, promise::failed));
  }

  /** Whether the guard refuses an address. */
  public boolean isBlocked(InetAddress address) {
    InetAddress a = unmapped(address);
    for (Cidr c : allowed) {
      if (c.contains(a)) {
        return false;
      }
    }
    if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress()
        || a.isSiteLocalAddress() || a.isMulticastAddress()) {
      return true;
    }
    for (Cidr c : BLOCKED) {
      if (c.contains(a)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The IPv4 address inside an IPv6 address that carries one: IPv4-mapped ({@code
   * ::ffff:a.b.c.d}), IPv4-compatible ({@code ::a.b.c.d}, deprecated but still routed by some
   * stacks) or 6to4 ({@code 2002:aabb:ccdd::/48}); else the address itself.
   */
  static InetAddress unmapped(InetAddress address) {
    if (address instanceof Inet6Address) {
      byte[] b = address.getAddress();
      boolean zeros = true;
      for (int i = 0; i < 10; i++) {
        zeros &= b[i] == 0;
      }
      int at = -1;
      if (zeros && b[10] == (byte) 0xFF && b[11] == (byte) 0xFF) {
        at = 12;
      } else if (zeros && b[10] == 0 && b[11] == 0 && !address.isLoopbackAddress()
          && !address.isAnyLocalAddress()) {
        at = 12;
      } else if (b[0] == 0x20 && b[1] == 0x02) {
        at = 2;
      }
      if (at >= 0) {
        try {
          return InetAddress.getByAddress(new byte[] {b[at], b[at + 1], b[at + 2], b[at + 3]});
        } catch (UnknownHostException e) {
          return address;
        }
      }
    }
    return address;
  }

  /** A webhook URL that resolves to a refused address. */
  public static final class BlockedDestinationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BlockedDestinationException(String host) {
      super("destination " + host + " resolves to a private or reserved address; allow its range"
          + " with egress.allowCidrs if this is intended");
    }
  }
}
