package dev.sluice.relay;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything the relay is configured with, from flags or environment variables.
 *
 * <p>Defaults give a zero-set-up install: an embedded database in {@code ./sluice-data}, port 7070,
 * a 256 MiB payload budget and the retry schedule of the webhook spec's examples.
 *
 * @param host               the interface to listen on
 * @param port               the port (0 picks a free one)
 * @param dataDir            where the embedded database and the generated secret key live
 * @param databaseUrl        a JDBC URL; null for the embedded H2 database in {@code dataDir}
 * @param databaseUser       the database user, or null
 * @param databasePassword   the database password, or null
 * @param adminKey           the bootstrap admin key ({@code SLUICE_ADMIN_KEY}), or null for none
 * @param secretKey          base64 of the 32-byte key that seals signing secrets at rest; null to
 *                           generate one into {@code dataDir} (set it for several instances)
 * @param egressAllowCidrs   address ranges webhooks may reach although private (tests: loopback)
 * @param payloadBudgetBytes how many bytes of encrypted payloads the relay holds at most
 * @param payloadTtl         how long a payload is kept at most (24 h)
 * @param retrySchedule      the delays between delivery attempts
 * @param deliveryTimeout    how long one delivery attempt may take
 * @param maxBodyBytes       the largest request body accepted
 * @param rateLimitPerMinute requests per minute per key
 * @param instanceId         this instance's name in the delivery table
 * @param clock              the time source (tests move it)
 * @param importerBudgetShare the largest share of the payload budget one importer may hold, so
 *                           that one importer (or whoever has its public key) cannot fill it
 * @param maxPendingBatches  the most batches one importer may have held undelivered at once
 * @param historyRetention   how long import metadata and delivery records are kept
 * @param unauthenticatedPerMinute requests per minute per client address on paths without a
 *                           valid key (failed admin authentication, unknown importer keys)
 * @param orderPoll          how often a batch that arrived before the one ahead of it looks
 *                           whether that one went out (it is also woken when it does)
 */
public record RelaySettings(String host, int port, Path dataDir, String databaseUrl,
    String databaseUser, String databasePassword, String adminKey, String secretKey,
    List<String> egressAllowCidrs, long payloadBudgetBytes, Duration payloadTtl,
    List<Duration> retrySchedule, Duration deliveryTimeout, long maxBodyBytes,
    int rateLimitPerMinute, String instanceId, Clock clock, double importerBudgetShare,
    int maxPendingBatches, Duration historyRetention, int unauthenticatedPerMinute,
    Duration orderPoll) {

  /** The longest a payload may be held: the privacy promise, not a default. */
  public static final Duration MAX_PAYLOAD_TTL = Duration.ofHours(24);

  /** Copies the lists; refuses a payload lifetime that is not within 24 hours. */
  public RelaySettings {
    if (payloadTtl == null || payloadTtl.isNegative() || payloadTtl.isZero()
        || payloadTtl.compareTo(MAX_PAYLOAD_TTL) > 0) {
      throw new IllegalArgumentException("payloadTtl must be more than 0 and at most 24 hours, "
          + "not " + payloadTtl);
    }
    if (!(importerBudgetShare > 0 && importerBudgetShare <= 1)) {
      throw new IllegalArgumentException("importerBudgetShare must be more than 0 and at most 1");
    }
    if (maxPendingBatches < 1 || unauthenticatedPerMinute < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
    if (historyRetention == null || historyRetention.isNegative() || historyRetention.isZero()) {
      throw new IllegalArgumentException("historyRetention must be positive");
    }
    if (orderPoll == null || orderPoll.isNegative() || orderPoll.isZero()) {
      throw new IllegalArgumentException("orderPoll must be positive");
    }
    egressAllowCidrs = List.copyOf(egressAllowCidrs);
    retrySchedule = List.copyOf(retrySchedule);
  }

  /** The shortest admin key the relay accepts from its command line or environment. */
  public static final int MIN_ADMIN_KEY_LENGTH = 32;

  /** Starts from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder with these settings. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.host = host;
    b.port = port;
    b.dataDir = dataDir;
    b.databaseUrl = databaseUrl;
    b.databaseUser = databaseUser;
    b.databasePassword = databasePassword;
    b.adminKey = adminKey;
    b.secretKey = secretKey;
    b.egressAllowCidrs = egressAllowCidrs;
    b.payloadBudgetBytes = payloadBudgetBytes;
    b.payloadTtl = payloadTtl;
    b.retrySchedule = retrySchedule;
    b.deliveryTimeout = deliveryTimeout;
    b.maxBodyBytes = maxBodyBytes;
    b.rateLimitPerMinute = rateLimitPerMinute;
    b.instanceId = instanceId;
    b.clock = clock;
    b.importerBudgetShare = importerBudgetShare;
    b.maxPendingBatches = maxPendingBatches;
    b.orderPoll = orderPoll;
    b.historyRetention = historyRetention;
    b.unauthenticatedPerMinute = unauthenticatedPerMinute;
    return b;
  }

  /**
   * Reads {@code --name=value} flags, then {@code SLUICE_NAME} environment variables, over the
   * defaults. Unknown flags are an error, so that a typo does not silently keep a default.
   */
  public static RelaySettings fromArgs(String[] args, Map<String, String> env) {
    Builder b = new Builder();
    Map<String, String> values = new java.util.HashMap<>();
    for (String name : FLAGS) {
      String fromEnv = env.get("SLUICE_" + name.toUpperCase(java.util.Locale.ROOT)
          .replace('.', '_').replace('-', '_'));
      if (fromEnv != null && !fromEnv.isBlank()) {
        values.put(name, fromEnv);
      }
    }
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (!arg.startsWith("--") || eq < 0) {
        throw new IllegalArgumentException("expected --name=value, got '" + arg + "'");
      }
      String name = arg.substring(2, eq);
      if (!FLAGS.contains(name)) {
        throw new IllegalArgumentException("unknown flag --" + name + "; known: " + FLAGS);
      }
      values.put(name, arg.substring(eq + 1));
    }
    values.forEach((name, value) -> b.set(name, value));
    RelaySettings settings = b.build();
    String key = settings.adminKey();
    if (key != null && !key.isBlank() && key.length() < MIN_ADMIN_KEY_LENGTH) {
      // a guessable bootstrap key is the whole admin API: refuse it (the demo starts its relay
      // in code, with its own key)
      throw new IllegalArgumentException("the admin key must be at least " + MIN_ADMIN_KEY_LENGTH
          + " characters; make one with: openssl rand -hex 32");
    }
    return settings;
  }

  private static final List<String> FLAGS = List.of("host", "port", "data-dir", "database-url",
      "database-user", "database-password", "admin-key", "secret-key", "egress.allowCidrs",
      "payload-budget-mb", "retry-schedule", "max-body-mb", "rate-limit-per-minute",
      "instance-id", "importer-budget-share", "max-pending-batches", "history-retention-days",
      "unauthenticated-per-minute");

  /** Builds settings. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port = 7070;
    private Path dataDir = Path.of("sluice-data");
    private String databaseUrl;
    private String databaseUser;
    private String databasePassword;
    private String adminKey;
    private String secretKey;
    private List<String> egressAllowCidrs = List.of();
    private long payloadBudgetBytes = 256L << 20;
    private Duration payloadTtl = MAX_PAYLOAD_TTL;
    private List<Duration> retrySchedule = List.of(Duration.ofSeconds(5), Duration.ofMinutes(5),
        Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10));
    private Duration deliveryTimeout = Duration.ofSeconds(15);
    private long maxBodyBytes = 16L << 20;
    private int rateLimitPerMinute = 600;
    private String instanceId = "relay-" + ProcessHandle.current().pid();
    private Clock clock = Clock.systemUTC();
    private double importerBudgetShare = 0.5;
    private int maxPendingBatches = 2000;
    private Duration historyRetention = Duration.ofDays(90);
    private int unauthenticatedPerMinute = 30;
    private Duration orderPoll = Duration.ofSeconds(1);

    private Builder() {
    }

    private void set(String name, String v) {
      try {
        switch (name) {
          case "host" -> host = v;
          case "port" -> port = Integer.parseInt(v);
          case "data-dir" -> dataDir = Path.of(v);
          case "database-url" -> databaseUrl = v;
          case "database-user" -> databaseUser = v;
          case "database-password" -> databasePassword = v;
          case "admin-key" -> adminKey = v;
          case "secret-key" -> secretKey = v;
          case "egress.allowCidrs" -> egressAllowCidrs = List.of(v.split("\\s*,\\s*"));
          case "payload-budget-mb" -> payloadBudgetBytes = Long.parseLong(v) << 20;
          case "retry-schedule" -> {
            List<Duration> d = new ArrayList<>();
            for (String s : v.split("\\s*,\\s*")) {
              d.add(Duration.parse("PT" + s.toUpperCase(java.util.Locale.ROOT)));
            }
            retrySchedule = d;
          }
          case "max-body-mb" -> maxBodyBytes = Long.parseLong(v) << 20;
          case "rate-limit-per-minute" -> rateLimitPerMinute = Integer.parseInt(v);
          case "instance-id" -> instanceId = v;
          case "importer-budget-share" -> importerBudgetShare = Double.parseDouble(v);
          case "max-pending-batches" -> maxPendingBatches = Integer.parseInt(v);
          case "history-retention-days" -> historyRetention = Duration.ofDays(Long.parseLong(v));
          case "unauthenticated-per-minute" -> unauthenticatedPerMinute = Integer.parseInt(v);
          default -> throw new IllegalArgumentException("unknown setting " + name);
        }
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("bad value for " + name + ": '" + v + "' ("
            + e.getMessage() + ")", e);
      }
    }

    /** The interface to listen on. */
    public Builder host(String v) {
      host = v;
      return this;
    }

    /** The port; 0 picks a free one. */
    public Builder port(int v) {
      port = v;
      return this;
    }

    /** Where the embedded database and generated key live. */
    public Builder dataDir(Path v) {
      dataDir = v;
      return this;
    }

    /** A JDBC URL with its credentials. */
    public Builder database(String url, String user, String password) {
      databaseUrl = url;
      databaseUser = user;
      databasePassword = password;
      return this;
    }

    /** The bootstrap admin key. */
    public Builder adminKey(String v) {
      adminKey = v;
      return this;
    }

    /** Base64 of the 32-byte key sealing signing secrets. */
    public Builder secretKey(String v) {
      secretKey = v;
      return this;
    }

    /** Ranges webhooks may reach although private. */
    public Builder egressAllowCidrs(List<String> v) {
      egressAllowCidrs = v;
      return this;
    }

    /** The payload memory budget in bytes. */
    public Builder payloadBudgetBytes(long v) {
      payloadBudgetBytes = v;
      return this;
    }

    /** How long a payload is kept at most. */
    public Builder payloadTtl(Duration v) {
      payloadTtl = v;
      return this;
    }

    /** The delays between delivery attempts. */
    public Builder retrySchedule(List<Duration> v) {
      retrySchedule = v;
      return this;
    }

    /** How long one delivery attempt may take. */
    public Builder deliveryTimeout(Duration v) {
      deliveryTimeout = v;
      return this;
    }

    /** The largest request body. */
    public Builder maxBodyBytes(long v) {
      maxBodyBytes = v;
      return this;
    }

    /** Requests per minute per key. */
    public Builder rateLimitPerMinute(int v) {
      rateLimitPerMinute = v;
      return this;
    }

    /** This instance's name. */
    public Builder instanceId(String v) {
      instanceId = v;
      return this;
    }

    /** The time source. */
    public Builder clock(Clock v) {
      clock = v;
      return this;
    }

    /** The largest share of the payload budget one importer may hold (0-1]. */
    public Builder importerBudgetShare(double v) {
      importerBudgetShare = v;
      return this;
    }

    /** The most undelivered batches one importer may have held at once. */
    public Builder maxPendingBatches(int v) {
      maxPendingBatches = v;
      return this;
    }

    /** How long import history and delivery records are kept. */
    public Builder historyRetention(Duration v) {
      historyRetention = v;
      return this;
    }

    /** Requests per minute per client address on unauthenticated or failed paths. */
    public Builder unauthenticatedPerMinute(int v) {
      unauthenticatedPerMinute = v;
      return this;
    }

    /** How often a batch waiting for the one ahead of it looks again (1 s). */
    public Builder orderPoll(Duration v) {
      orderPoll = v;
      return this;
    }

    /** The settings. */
    public RelaySettings build() {
      return new RelaySettings(host, port, dataDir, databaseUrl, databaseUser, databasePassword,
          adminKey, secretKey, egressAllowCidrs, payloadBudgetBytes, payloadTtl, retrySchedule,
          deliveryTimeout, maxBodyBytes, rateLimitPerMinute, instanceId, clock,
          importerBudgetShare, maxPendingBatches, historyRetention, unauthenticatedPerMinute,
          orderPoll);
    }
  }
}
