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
 * 169.254.169.254), unique-local, CGNAT, multicast, unspecified and IPv4-mapped IPv6 forms of these
 * are refused unless inside an allowed range.
 */
public final class EgressGuard implements SocketAddressResolver {
  private static final List<Cidr> BLOCKED = List.of("0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10",
      "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24", "192.168.0.0/16",
      "198.18.0.0/15", "224.0.0.0/4", "240.0.0.0/4", "::/128", "::1/128", "fc00::/7", "fe80::/10",
      "ff00::/8", "64:ff9b::/96").stream().map(Cidr::parse).toList();

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

  /** The IPv4 address inside an IPv4-mapped ({@code ::ffff:a.b.c.d}) IPv6 address. */
  static InetAddress unmapped(InetAddress address) {
    if (address instanceof Inet6Address) {
      byte[] b = address.getAddress();
      boolean mapped = true;
      for (int i = 0; i < 10; i++) {
        mapped &= b[i] == 0;
      }
      if (mapped && b[10] == (byte) 0xFF && b[11] == (byte) 0xFF) {
        try {
          return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
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
