import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Starts an embedded Neo4j (Community Edition) with its Bolt connector on the loopback interface only.
 *
 * <p>Run without a compile step through Java's single-file source launch, with the jars that
 * neo4j/pom.xml resolves on the class path (CLASSPATH or -cp):
 *
 * <pre>
 *   java -Xmx2g neo4j/Launcher.java --home .neo4j --port 7687 [--page-cache 512m]
 * </pre>
 *
 * <p>Data goes under {@code <home>/data}, Neo4j's own debug log under {@code <home>/logs}. Authentication is
 * disabled: the server listens on 127.0.0.1 only, so only processes on this machine can reach it.
 *
 * <p>Prints one line starting with {@code NEO4J_READY} once the default database answers queries. SIGTERM
 * (or Ctrl-C) shuts the database down cleanly through a shutdown hook. Exit codes: 0 after a clean shutdown,
 * 1 when Neo4j fails to start, 2 on bad arguments, 3 when the Bolt port is already in use.
 */
public final class Launcher {
  private static final String HOST = "127.0.0.1";
  private static final String DATABASE = "neo4j";

  private Launcher() {}

  public static void main(String[] args) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("Launcher: " + e.getMessage());
      System.err.println("usage: java neo4j/Launcher.java --home <dir> --port <bolt port> [--page-cache <size, e.g. 512m>]");
      System.exit(2);
      return;
    }

    if (!portIsFree(options.port)) {
      System.err.println("Launcher: Bolt port " + HOST + ":" + options.port
          + " is already in use by another process; stop it or choose another port (NEO4J_BOLT_PORT).");
      System.exit(3);
      return;
    }

    long started = System.nanoTime();
    DatabaseManagementService service;
    try {
      Files.createDirectories(options.home);
      service = new DatabaseManagementServiceBuilder(options.home)
          .setUserLogProvider(new Log4jLogProvider(System.out, Level.INFO))
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, options.port))
          .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, options.port))
          .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
          .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(HOST))
          .setConfig(GraphDatabaseSettings.auth_enabled, false)
          .setConfig(GraphDatabaseSettings.udc_enabled, false)
          .setConfig(GraphDatabaseSettings.pagecache_memory, options.pageCacheBytes)
          .build();
    } catch (Throwable e) {
      failed("Neo4j failed to start", e);
      return;
    }

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("NEO4J_STOPPING shutting the database down");
      System.out.flush();
      try {
        service.shutdown();
        System.out.println("NEO4J_STOPPED");
      } catch (Throwable e) {
        System.err.println("Launcher: error while shutting Neo4j down: " + e);
      } finally {
        System.out.flush();
        stopped.countDown();
      }
    }, "neo4j-shutdown"));

    String version;
    try {
      GraphDatabaseService db = service.database(DATABASE);
      if (!db.isAvailable(TimeUnit.MINUTES.toMillis(5))) {
        throw new IllegalStateException("database '" + DATABASE + "' did not become available within 5 minutes");
      }
      version = db.executeTransactionally(
          "CALL dbms.components() YIELD versions RETURN versions[0] AS version",
          Map.of(),
          result -> String.valueOf(result.next().get("version")));
    } catch (Throwable e) {
      failed("Neo4j started but its database is not usable", e);
      return;
    }

    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    System.out.println("NEO4J_READY version=" + version + " uri=bolt://" + HOST + ":" + options.port
        + " pid=" + ProcessHandle.current().pid() + " home=" + options.home + " startup_ms=" + millis);
    System.out.flush();

    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Prints the failure with its causes and exits 1 (the shutdown hook, if any, still runs). */
  private static void failed(String what, Throwable e) {
    StringBuilder message = new StringBuilder("Launcher: " + what + ": " + e);
    for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
      message.append("\n  caused by: ").append(cause);
    }
    System.err.println(message);
    e.printStackTrace(System.err);
    System.err.flush();
    System.exit(1);
  }

  private static boolean portIsFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private record Options(Path home, int port, long pageCacheBytes) {
    static Options parse(String[] args) {
      Path home = null;
      Integer port = null;
      long pageCache = 512L * 1024 * 1024;
      for (int i = 0; i < args.length; i++) {
        String name = args[i];
        if (i + 1 >= args.length) throw new IllegalArgumentException("missing value after " + name);
        String value = args[++i];
        switch (name) {
          case "--home" -> home = Path.of(value).toAbsolutePath().normalize();
          case "--port" -> port = parsePort(value);
          case "--page-cache" -> pageCache = parseSize(value);
          default -> throw new IllegalArgumentException("unknown option " + name);
        }
      }
      if (home == null) throw new IllegalArgumentException("--home is required");
      if (port == null) throw new IllegalArgumentException("--port is required");
      return new Options(home, port, pageCache);
    }

    private static int parsePort(String value) {
      try {
        int port = Integer.parseInt(value);
        if (port < 1 || port > 65535) throw new NumberFormatException();
        return port;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--port must be a number from 1 to 65535, got '" + value + "'");
      }
    }

    private static long parseSize(String value) {
      String v = value.trim().toLowerCase();
      long unit = 1;
      if (v.endsWith("k")) unit = 1024L;
      else if (v.endsWith("m")) unit = 1024L * 1024;
      else if (v.endsWith("g")) unit = 1024L * 1024 * 1024;
      String digits = unit == 1 ? v : v.substring(0, v.length() - 1);
      try {
        long n = Long.parseLong(digits);
        if (n <= 0) throw new NumberFormatException();
        return n * unit;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--page-cache must be a size such as 512m or 1g, got '" + value + "'");
      }
    }
  }
}
