package dev.sluice.browser.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.bidi.module.Network;
import org.openqa.selenium.bidi.network.Header;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Real headless Chromium (Debian's, through its ChromeDriver) with every network request the
 * browser makes captured over WebDriver BiDi: URL, method and headers.
 */
public final class Chromium implements AutoCloseable {
  /** One request seen by the browser. */
  public record Request(String method, String url, List<String> headers) {}

  private final ChromeDriver driver;
  private final Network network;
  private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
  private final Path profile;

  /** Starts a browser with a fresh profile. */
  public Chromium() throws IOException {
    this(new String[0]);
  }

  /**
   * Starts a browser with a fresh profile and more command-line switches (a benchmark's
   * {@code --trace-startup...}: a Chrome trace without the DevTools protocol, whose bindings stop
   * at Chromium 150 here).
   */
  public Chromium(String... switches) throws IOException {
    profile = Files.createTempDirectory("sluice-chromium");
    ChromeOptions options = new ChromeOptions();
    // -Dchromium.binary=SCRIPT: a script that starts /usr/bin/chromium with more switches or its
    // output kept (V8's --js-flags=--trace-gc prints to the renderer's stdout), for measurements
    options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--disable-dev-shm-usage", "--window-size=1280,900",
        "--user-data-dir=" + profile);
    options.addArguments(switches);
    options.setCapability("webSocketUrl", true);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
        .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
    network = new Network(driver);
    network.onBeforeRequestSent(event -> {
      List<String> headers = new ArrayList<>();
      for (Header h : event.getRequest().getHeaders()) {
        headers.add(h.getName() + ": " + (h.getValue() == null ? "" : h.getValue().getValue()));
      }
      requests.add(new Request(event.getRequest().getMethod(), event.getRequest().getUrl(),
          headers));
    });
  }

  /** The driver. */
  public ChromeDriver driver() {
    return driver;
  }

  /** Every request the browser made so far. */
  public List<Request> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  /** Saves a screenshot under {@code browser/target/screenshots/}. */
  public Path screenshot(String name) throws IOException {
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    Path file = dir.resolve(name + ".png");
    Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    return file;
  }

  @Override
  public void close() {
    try {
      network.close();
    } catch (Exception e) {
      // the session is going away anyway
    }
    driver.quit();
  }
}
