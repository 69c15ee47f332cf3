package dev.sluice.relay.webhook;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EgressGuardTest {
  private final EgressGuard guard = new EgressGuard(null, List.of());

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "127.1.2.3", "10.0.0.1", "172.16.5.4", "192.168.1.1",
      "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "::1", "::", "fe80::1", "fc00::1",
      "fd12:3456::1", "::ffff:127.0.0.1", "::ffff:169.254.169.254", "::ffff:10.1.1.1",
      "::127.0.0.1", "::169.254.169.254", "::10.0.0.1", "2002:7f00:1::1", "2002:a9fe:a9fe::",
      "2002:c0a8:101:1::1", "64:ff9b:1::a00:1", "2001:0:4136:e378:8000:63bf:3fff:fdd2"})
  void refusesPrivateAndReservedAddresses(String address) throws Exception {
    assertTrue(guard.isBlocked(InetAddress.getByName(address)), address);
  }

  @ParameterizedTest
  @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8",
      "::8.8.8.8", "2002:808:808::1", "2001:4860:4860::8888"})
  void letsPublicAddressesThrough(String address) throws Exception {
    assertFalse(guard.isBlocked(InetAddress.getByName(address)), address);
  }

  @Test
  void allowedRangesOverrideTheBlockList() throws Exception {
    EgressGuard loopbackAllowed = new EgressGuard(null, List.of(Cidr.parse("127.0.0.0/8")));
    assertFalse(loopbackAllowed.isBlocked(InetAddress.getByName("127.0.0.1")));
    assertTrue(loopbackAllowed.isBlocked(InetAddress.getByName("10.0.0.1")));
    assertTrue(loopbackAllowed.isBlocked(InetAddress.getByName("169.254.169.254")));
  }

  @Test
  void aRangeThatIsNotALiteralIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> Cidr.parse("example.com/8"));
    assertThrows(IllegalArgumentException.class, () -> Cidr.parse("10.0.0.0/33"));
  }
}
