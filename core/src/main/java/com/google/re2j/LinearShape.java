package com.google.re2j;

import java.util.ArrayList;
import java.util.List;

/**
 * The shape of an RE2J pattern that spells every whole match one code point at a time, from a set
 * per step, with at most one step repeated: {@code ^[0-9]{5}$}, {@code [A-Z]{2}-\d{4}}, {@code
 * [A-Za-z ]+}. Such a pattern is matched by a loop over the text ({@code
 * dev.sluice.core.text.PatternShape}) where RE2J's machine, compiled by TeaVM, took over a
 * microsecond a cell.
 *
 * <p>The shape is read from the tree RE2J's own parser makes of the pattern, with the flags {@code
 * Pattern.compile} gives it, so nothing of the syntax is parsed twice; this class sits in RE2J's
 * package because that parser is not public. Anything else (alternatives, groups repeated, word
 * boundaries, anchors inside, two repeated steps) has no shape, and RE2J matches it.
 */
public final class LinearShape {
  private LinearShape() {}

  /** Every code point. */
  private static final int[] ANY = {0, Unicode.MAX_RUNE};
  /** Every code point but a line feed. */
  private static final int[] ANY_NOT_NL = {0, '\n' - 1, '\n' + 1, Unicode.MAX_RUNE};

  /**
   * The shape of a pattern, or null when it has none (or is not valid): {@code [steps, repeated
   * step or -1, its least count, its most or -1 for no bound]}, then per step the number of its
   * ranges and each range's first and last code point, ranges ascending.
   */
  public static int[] of(String pattern) {
    Regexp re;
    try {
      re = Parser.parse(pattern, RE2.PERL); // as Pattern.compile(pattern) parses it
    } catch (PatternSyntaxException e) {
      return null;
    }
    Walk walk = new Walk();
    if (!walk.add(re)) {
      return null;
    }
    int size = 4;
    for (int[] step : walk.steps) {
      size += 1 + step.length;
    }
    int[] shape = new int[size];
    shape[0] = walk.steps.size();
    shape[1] = walk.repeated;
    shape[2] = walk.min;
    shape[3] = walk.max;
    int at = 4;
    for (int[] step : walk.steps) {
      shape[at++] = step.length / 2;
      System.arraycopy(step, 0, shape, at, step.length);
      at += step.length;
    }
    return shape;
  }

  /** The steps of a pattern in order, as its tree is walked. */
  private static final class Walk {
    final List<int[]> steps = new ArrayList<>();
    int repeated = -1;
    int min;
    int max;
    /** Whether an end anchor was passed: no step may follow it. */
    boolean ended;

    /** Adds a part of the tree; false when it has no shape. */
    boolean add(Regexp re) {
      switch (re.op) {
        case EMPTY_MATCH:
          return true;
        case BEGIN_TEXT:
        case BEGIN_LINE:
          // true at the start of a whole match only: nothing may come before it
          return steps.isEmpty() && !ended;
        case END_TEXT:
        case END_LINE:
          ended = true; // true at the end only: nothing may come after it
          return true;
        case CAPTURE:
          return add(re.subs[0]);
        case CONCAT:
          for (Regexp sub : re.subs) {
            if (!add(sub)) {
              return false;
            }
          }
          return true;
        case LITERAL:
        case CHAR_CLASS:
        case ANY_CHAR:
        case ANY_CHAR_NOT_NL:
          if (ended) {
            return false;
          }
          if (re.op != Regexp.Op.LITERAL) {
            steps.add(oneStep(re));
            return true;
          }
          for (int rune : re.runes) {
            steps.add(literal(rune, (re.flags & RE2.FOLD_CASE) != 0));
          }
          return true;
        case QUEST:
          return repeat(re.subs[0], 0, 1);
        case STAR:
          return repeat(re.subs[0], 0, -1);
        case PLUS:
          return repeat(re.subs[0], 1, -1);
        case REPEAT:
          return repeat(re.subs[0], re.min, re.max);
        default:
          return false;
      }
    }

    /** Adds a step repeated {@code min} to {@code max} times (-1: no bound). */
    private boolean repeat(Regexp sub, int min, int max) {
      while (sub.op == Regexp.Op.CAPTURE) {
        sub = sub.subs[0];
      }
      int[] step = oneStep(sub);
      if (step == null || ended) {
        return false;
      }
      if (min == max) { // a fixed count is that many steps
        for (int i = 0; i < min; i++) {
          steps.add(step);
        }
        return true;
      }
      if (repeated >= 0) {
        return false; // two repeated steps: where one ends is a search, RE2J's work
      }
      repeated = steps.size();
      this.min = min;
      this.max = max;
      steps.add(step);
      return true;
    }
  }

  /** The code points one step of a tree matches, or null when it is more than one step. */
  private static int[] oneStep(Regexp re) {
    switch (re.op) {
      case CHAR_CLASS:
        return re.runes.clone();
      case ANY_CHAR:
        return ANY.clone();
      case ANY_CHAR_NOT_NL:
        return ANY_NOT_NL.clone();
      case LITERAL:
        return re.runes.length == 1
            ? literal(re.runes[0], (re.flags & RE2.FOLD_CASE) != 0) : null;
      default:
        return null;
    }
  }

  /**
   * The code points a literal matches: itself, and with case folding every code point of its
   * orbit, as RE2J's {@code Unicode.equalsIgnoreCase} finds them.
   */
  private static int[] literal(int rune, boolean foldCase) {
    List<Integer> runes = new ArrayList<>();
    runes.add(rune);
    if (foldCase) {
      for (int r = Unicode.simpleFold(rune); r != rune; r = Unicode.simpleFold(r)) {
        runes.add(r);
      }
    }
    runes.sort(null);
    int[] ranges = new int[2 * runes.size()];
    for (int i = 0; i < runes.size(); i++) {
      ranges[2 * i] = ranges[2 * i + 1] = runes.get(i);
    }
    return ranges;
  }
}
