package dev.sluice.relay;

/**
 * {@code java -jar sluice-relay.jar [--name=value ...]}: starts the relay until interrupted.
 */
public final class RelayMain {
  private RelayMain() {
  }

  /** Starts the relay; exit 2 with a message on bad settings. */
  public static void main(String[] args) throws Exception {
    RelaySettings settings;
    try {
      settings = RelaySettings.fromArgs(args, System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println("sluice-relay: " + e.getMessage());
      System.exit(2);
      return;
    }
    RelayServer server = RelayServer.start(settings);
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "sluice-shutdown"));
    System.out.println("Sluice relay listening on " + server.url()
        + (settings.databaseUrl() == null ? " (embedded database in "
            + settings.dataDir().toAbsolutePath() + ")" : ""));
  }
}
