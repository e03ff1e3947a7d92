package atlas.neo4j;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.time.Duration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Runs a Neo4j Community DBMS in this JVM with its Bolt connector, for Cluster Atlas.
 *
 * <p>Protocol with the parent process: one line "READY bolt://host:port" on stdout once Bolt
 * listens, then "PLUGINS <registered> <failed> <ms>" once GDS and APOC are registered; "ERROR <code>
 * <message>" on stderr and a non-zero exit when it cannot start. The DBMS
 * shuts down cleanly on SIGINT/SIGTERM and when stdin closes, so it never outlives its parent.
 *
 * <p>Graph Data Science and APOC core are on the classpath, not in a plugins folder, so their
 * procedures and functions are registered here once the DBMS runs (see {@link Plugins}).
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
              // GDS and APOC reach into the kernel; only their namespaces get that right.
              .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("gds.*", "apoc.*"))
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
    // Registering ~300 plugin classes takes seconds (class loading, not the scan): the graph serves
    // meanwhile, and only the analysis waits for the PLUGINS line.
    Thread plugins = new Thread(() -> Plugins.register(dbms), "plugin-registration");
    plugins.setDaemon(true);
    plugins.start();
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

  /**
   * Registers every class of GDS and APOC that declares a procedure or function. The jars are
   * scanned as bytes for the annotations' descriptors, so only those few hundred classes are loaded.
   */
  static final class Plugins {
    private static final List<String> PACKAGES = List.of("org/neo4j/gds/", "apoc/");
    private static final String PROCEDURE = "Lorg/neo4j/procedure/Procedure;";
    private static final String FUNCTION = "Lorg/neo4j/procedure/UserFunction;";
    private static final String AGGREGATION = "Lorg/neo4j/procedure/UserAggregationFunction;";

    private Plugins() {}

    static void register(DatabaseManagementService dbms) {
      long started = System.nanoTime();
      GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
      GlobalProcedures procedures = db.getDependencyResolver().resolveDependency(GlobalProcedures.class);
      int registered = 0;
      int failed = 0;
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        if (!entry.endsWith(".jar")) continue;
        try (JarFile jar = new JarFile(entry)) {
          for (Enumeration<JarEntry> it = jar.entries(); it.hasMoreElements(); ) {
            JarEntry file = it.nextElement();
            String name = file.getName();
            if (!name.endsWith(".class") || PACKAGES.stream().noneMatch(name::startsWith)) continue;
            String bytes;
            try (InputStream in = jar.getInputStream(file)) {
              bytes = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            }
            boolean procedure = bytes.contains(PROCEDURE);
            boolean function = bytes.contains(FUNCTION);
            boolean aggregation = bytes.contains(AGGREGATION);
            if (!procedure && !function && !aggregation) continue;
            String className = name.substring(0, name.length() - ".class".length()).replace('/', '.');
            try {
              Class<?> type = Class.forName(className, false, Launcher.class.getClassLoader());
              if (procedure) procedures.registerProcedure(type);
              if (function) procedures.registerFunction(type);
              if (aggregation) procedures.registerAggregationFunction(type);
              registered += 1;
            } catch (Exception | LinkageError e) {
              // One class that cannot load must not stop the DBMS; the count below says so.
              failed += 1;
              System.err.println("WARN plugin " + className + ": " + e);
            }
          }
        } catch (IOException e) {
          System.err.println("WARN plugin jar " + entry + ": " + e);
        }
      }
      long ms = (System.nanoTime() - started) / 1_000_000;
      System.out.println("PLUGINS " + registered + " " + failed + " " + ms);
      System.out.flush();
    }
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
