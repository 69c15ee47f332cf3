package dev.sluice.cli;

/** Bad command-line usage; the message says what is wrong and the CLI exits with 2. */
final class UsageException extends RuntimeException {
  UsageException(String message) {
    super(message);
  }
}
