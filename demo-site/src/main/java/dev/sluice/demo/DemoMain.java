package dev.sluice.demo;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * {@code bin/demo}: starts the relay, the demo app and the sample backend on localhost and prints
 * their URLs; Ctrl-C stops them all.
 */
public final class DemoMain {
  private DemoMain() {
  }

  /** Starts the demo on ports 7070 (relay), 7071 (app) and 7072 (backend). */
  public static void main(String[] args) throws Exception {
    String adminKey = System.getenv().getOrDefault("SLUICE_ADMIN_KEY", "demo-admin-key");
    Demo demo = Demo.start(new Demo.Settings(7070, 7071, 7072, Path.of("demo-data"), adminKey,
        List.of(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(30),
            Duration.ofMinutes(2), Duration.ofMinutes(10)), 500));
    Runtime.getRuntime().addShutdownHook(new Thread(demo::close, "demo-shutdown"));
    System.out.println();
    System.out.println("Sluice demo is running (Ctrl-C stops it):");
    System.out.println("  Acme CRM, the host app:  " + demo.appUrl());
    System.out.println("  what the relay knows:    " + demo.appUrl() + "admin.html");
    System.out.println("  relay API:               " + demo.relay().url()
        + "  (admin key: " + adminKey + ")");
    System.out.println("  sample backend:          " + demo.backend().url() + "batches");
    System.out.println("  sample files:            demo-site/samples/");
    System.out.println();
  }
}
