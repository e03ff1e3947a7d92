package atlas.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs a Neo4j Community DBMS in this JVM with its Bolt connector, for Cluster Atlas.
 *
 * <p>Protocol with the parent process: one line "READY bolt://host:port" on stdout once Bolt
 * listens; "ERROR <code> <message>" on stderr and a non-zero exit when it cannot start. The DBMS
 * shuts down cleanly on SIGINT/SIGTERM and when stdin closes, so it never outlives its parent.
 */
public final class Launcher {
  static final int EXIT_FAILED = 1;
  static final int EXIT_USAGE = 2;
  static final int EXIT_LOCKED = 3;
  static final int EXIT_PORT_IN_USE = 4;

  private Launcher() {}

  public static void main(String[] args) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      fail(EXIT_USAGE, "usage", e.getMessage());
      return;
    }

    DatabaseManagementService dbms;
    try {
      dbms =
          new DatabaseManagementServiceBuilder(options.home)
              .setConfig(BoltConnector.enabled, true)
              .setConfig(BoltConnector.listen_address, new SocketAddress(options.host, options.port))
              .setConfig(BoltConnector.advertised_address, new SocketAddress(options.host, options.port))
              .setConfig(GraphDatabaseSettings.auth_enabled, false)
              .setConfig(GraphDatabaseSettings.pagecache_memory, options.pageCacheBytes)
              // Bolt's event loops otherwise wait out a 5 s quiet period each at shutdown (10 s per
              // Ctrl-C); the parent closes its driver before asking us to stop, so nothing is cut off.
              .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
              .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(5))
              .build();
    } catch (RuntimeException e) {
      classifyAndFail(e, options);
      return;
    }

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  dbms.shutdown();
                  stopped.countDown();
                },
                "neo4j-shutdown"));
    watchStdin();

    System.out.println("READY bolt://" + options.host + ":" + options.port);
    System.out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The parent holds our stdin open; when it goes away (even by SIGKILL), we exit and shut down. */
  private static void watchStdin() {
    Thread watcher =
        new Thread(
            () -> {
              try (InputStream in = System.in) {
                while (in.read() != -1) {
                  // Anything the parent writes is ignored; only end-of-stream matters.
                }
              } catch (IOException ignored) {
                // A broken pipe means the parent is gone, same as end-of-stream.
              }
              System.exit(0);
            },
            "parent-watcher");
    watcher.setDaemon(true);
    watcher.start();
  }

  private static void classifyAndFail(Throwable error, Options options) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      String message = String.valueOf(cause.getMessage());
      if (cause instanceof BindException || message.contains("Address already in use")) {
        fail(EXIT_PORT_IN_USE, "port-in-use", options.host + ":" + options.port + " is already in use");
      }
      if (cause.getClass().getSimpleName().equals("FileLockException")
          || message.contains("Lock file has been locked")
          || message.contains("already locked")) {
        fail(EXIT_LOCKED, "data-locked", options.home + " is locked by another Neo4j process");
      }
    }
    error.printStackTrace();
    fail(EXIT_FAILED, "start-failed", String.valueOf(error.getMessage()));
  }

  private static void fail(int exitCode, String code, String message) {
    System.err.println("ERROR " + code + " " + message);
    System.err.flush();
    System.exit(exitCode);
  }

  /** Command-line options: --home DIR --host HOST --port PORT --pagecache SIZE (e.g. 256m). */
  static final class Options {
    Path home;
    String host = "127.0.0.1";
    int port = 7687;
    long pageCacheBytes = ByteUnit.mebiBytes(256);

    static Options parse(String[] args) {
      Options options = new Options();
      for (int i = 0; i < args.length; i += 2) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("missing value for " + args[i]);
        }
        String value = args[i + 1];
        switch (args[i]) {
          case "--home" -> options.home = Path.of(value).toAbsolutePath();
          case "--host" -> options.host = value;
          case "--port" -> options.port = Integer.parseInt(value);
          case "--pagecache" -> options.pageCacheBytes = ByteUnit.parse(value);
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      if (options.home == null) {
        throw new IllegalArgumentException("--home is required");
      }
      return options;
    }
  }
}
