package dev.sluice.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RelaySettingsTest {
  @Test
  void payloadsCanBeHeldForAtMostTwentyFourHours() {
    assertEquals(Duration.ofHours(24), RelaySettings.builder().build().payloadTtl());
    assertEquals(Duration.ofMinutes(5),
        RelaySettings.builder().payloadTtl(Duration.ofMinutes(5)).build().payloadTtl());
    assertThrows(IllegalArgumentException.class,
        () -> RelaySettings.builder().payloadTtl(Duration.ofHours(24).plusSeconds(1)).build());
    assertThrows(IllegalArgumentException.class,
        () -> RelaySettings.builder().payloadTtl(Duration.ZERO).build());
  }
}
