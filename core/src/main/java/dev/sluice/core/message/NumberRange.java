package dev.sluice.core.message;

/**
 * A message argument for a range of whole numbers, which the catalogue writes as one number where
 * both ends are one ("10 digits") and as two with a dash otherwise ("6–13 digits"), each in the
 * language's number format.
 *
 * @param from the smallest number
 * @param to the largest number
 */
public record NumberRange(long from, long to) {}
