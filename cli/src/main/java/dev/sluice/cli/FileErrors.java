package dev.sluice.cli;

import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Explains why a file could not be read, in words a user can act on. */
final class FileErrors {
  private FileErrors() {}

  static int cannotRead(Path file, Exception e, PrintStream err) {
    Throwable cause = e.getCause() != null && !(e instanceof java.io.IOException) ? e.getCause() : e;
    String why;
    if (cause instanceof NoSuchFileException) {
      why = "no such file";
    } else if (cause instanceof AccessDeniedException) {
      why = "permission denied";
    } else if (Files.isDirectory(file)) {
      why = "it is a directory, not a file";
    } else {
      why = cause.getClass().getSimpleName()
          + (cause.getMessage() != null ? ": " + cause.getMessage() : "");
    }
    err.println("sluice: cannot read '" + file + "': " + why);
    return Main.USAGE;
  }
}
