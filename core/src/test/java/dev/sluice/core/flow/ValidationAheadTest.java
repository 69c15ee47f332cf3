package dev.sluice.core.flow;

import static dev.sluice.core.flow.ParallelValidationTest.assertSameValidation;
import static dev.sluice.core.flow.ParallelValidationTest.loaded;
import static dev.sluice.core.flow.ParallelValidationTest.orders;
import static dev.sluice.core.flow.ParallelValidationTest.validatedAtOnce;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.core.table.SourceText;
import dev.sluice.core.validate.ValidationSession;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rows checked ahead, with the suggested mapping while a person reads it, and the validation
 * finished on confirming, give exactly a validation begun on confirming: whatever the steps,
 * wherever the confirmation falls, with duplicates, row rules and normal forms; a mapping that
 * builds another table, or a new load, drops what was checked ahead.
 */
class ValidationAheadTest {
  /** The choices of the suggested mapping of {@link ParallelValidationTest#orders}. */
  private static final List<String> SUGGESTED = Arrays.asList("id", "name", "email", "amount",
      "ordered", "shipped", "plan", "phone", null);
  /** The suggested choices but the note column dropped instead of kept: another table. */
  private static final List<String> NOTE_DROPPED = Arrays.asList("id", "name", "email", "amount",
      "ordered", "shipped", "plan", "phone", "");

  @Test
  void rowsCheckedAheadInStepsGiveTheValidationBegunOnConfirming() throws Exception {
    for (long seed = 1; seed <= 3; seed++) {
      String csv = orders(2500, seed);
      ValidationSession once = validatedAtOnce(csv);
      for (int step : new int[] {1, 97, 1000, Integer.MAX_VALUE}) {
        // all rows checked ahead, and confirmed after 0, 1 and 3 steps (the rest on confirming)
        for (int steps : new int[] {Integer.MAX_VALUE, 0, 1, 3}) {
          ImportSession flow = loaded(csv);
          assertTrue(flow.beginAhead());
          for (int s = 0; s < steps && flow.checkAhead(step); s++) {
            // the worker's steps, between which it answers the page
          }
          ValidationSession ahead = flow.validate();
          assertFalse(flow.checkAhead(step), "nothing is left under way once confirmed");
          assertSameValidation(once, ahead, "seed " + seed + ", steps of " + step + ", " + steps);
        }
      }
    }
  }

  @Test
  void aValidationBegunAheadFitsTheSameTableUntilTheValidationTakesIt() throws Exception {
    // the widget begins at the format step and asks again at the mapping step: the worker goes
    // on with the validation under way when it fits (aheadFits), and begins anew otherwise
    String csv = orders(1500, 4);
    ImportSession flow = loaded(csv);
    assertFalse(flow.aheadFits(), "nothing begun");
    assertTrue(flow.beginAhead());
    flow.checkAhead(500);
    assertTrue(flow.aheadFits(), "begun with the suggested mapping");
    flow.applyMapping(SUGGESTED);
    assertTrue(flow.aheadFits(), "the same choices build the same table");
    flow.applyMapping(Arrays.asList("id", "name", "email", "amount", "ordered", "shipped",
        "plan", "", ""));
    assertFalse(flow.aheadFits(), "another table");
    flow.applyMapping(SUGGESTED);
    assertTrue(flow.aheadFits());
    assertSameValidation(validatedAtOnce(csv), flow.validate(), "taken on confirming");
    assertFalse(flow.aheadFits(), "taken by the validation");
  }

  @Test
  void confirmingTheSuggestedChoicesFinishesTheValidationBegunAhead() throws Exception {
    String csv = orders(2000, 7);
    ValidationSession once = loaded(csv).validate();
    ImportSession flow = loaded(csv);
    assertTrue(flow.beginAhead());
    flow.checkAhead(500);
    flow.applyMapping(SUGGESTED); // the page applies the choices it shows, unchanged
    assertSameValidation(once, flow.validate(), "the suggested choices applied");
  }

  @Test
  void aMappingThatBuildsAnotherTableIsValidatedFromTheStart() throws Exception {
    String csv = orders(2000, 3);
    // phone not imported, and the note column dropped instead of kept as an extra
    List<String> other = Arrays.asList("id", "name", "email", "amount", "ordered", "shipped",
        "plan", "", "");
    ImportSession fresh = loaded(csv);
    fresh.applyMapping(other);
    ValidationSession expected = fresh.validate();
    assertNotEquals(loaded(csv).validate().summary(), expected.summary(),
        "the other mapping validates differently, so using the rows checked ahead would show");
    for (int steps : new int[] {0, 2, Integer.MAX_VALUE}) {
      ImportSession flow = loaded(csv);
      assertTrue(flow.beginAhead());
      for (int s = 0; s < steps && flow.checkAhead(300); s++) {
        // checked ahead with the suggested mapping
      }
      flow.applyMapping(other);
      assertSameValidation(expected, flow.validate(), "after " + steps + " steps ahead");
    }
  }

  @Test
  void rowsJoinedAheadAreTheValidationOfTheMappingConfirmedAndNoOther() throws Exception {
    String csv = orders(1200, 6);
    ValidationSession once = validatedAtOnce(csv);
    ImportSession flow = loaded(csv);
    assertFalse(flow.validatedFits(), "nothing validated yet");
    assertTrue(flow.beginAhead());
    int steps = 0;
    while (flow.checkAhead(100)) {
      steps++;
    }
    assertEquals(11, steps, "twelve steps of 100 rows, the last one joining them too");
    flow.applyMapping(SUGGESTED);
    assertSameValidation(once, flow.validate(), "confirmed");
    assertTrue(flow.validatedFits());
    flow.applyMapping(Arrays.asList("id", "name", "email", "amount", "ordered", "shipped", "plan",
        "", null));
    assertFalse(flow.validatedFits(), "phone not imported: another table");
  }

  @Test
  void aValidationOfRangesFinishedAheadFitsTheSameTableOnly() throws Exception {
    String csv = orders(900, 8);
    ValidationSession once = validatedAtOnce(csv);
    ImportSession flow = loaded(csv);
    flow.beginValidationOfRanges(); // no helper kept a range here: this worker checks every row
    ValidationSession.PartVerdicts v = flow.checkPart(0, 900);
    flow.finishValidation(v.written(), v.clean(), v.keyHashes());
    assertTrue(flow.validatedFits(), "finished with the suggested mapping");
    assertSameValidation(once, flow.validation(), "finished ahead");
    flow.applyMapping(NOTE_DROPPED);
    assertFalse(flow.validatedFits(), "the note column dropped: another table");
  }

  @Test
  void aValidationOfRangesBegunAheadFitsOnlyAMappingThatBuildsTheSameTable() throws Exception {
    ImportSession flow = loaded(orders(300, 4));
    assertFalse(flow.pendingFits(), "nothing begun");
    flow.beginValidationOfRanges(); // the helpers check their ranges with the suggested mapping
    assertTrue(flow.pendingFits());
    flow.applyMapping(SUGGESTED);
    assertTrue(flow.pendingFits(), "the suggested choices, applied");
    flow.applyMapping(NOTE_DROPPED);
    assertFalse(flow.pendingFits(), "the note column dropped");
    flow.applyMapping(Arrays.asList("id", "name", "email", "amount", "shipped", "ordered", "plan",
        "phone", null));
    assertFalse(flow.pendingFits(), "two columns swapped");
  }

  @Test
  void editsAfterAValidationFinishedAheadAreCheckedAsAfterAnyOther() throws Exception {
    String csv = orders(1500, 5);
    ImportSession once = loaded(csv);
    once.validate();
    ImportSession ahead = loaded(csv);
    assertTrue(ahead.beginAhead());
    while (ahead.checkAhead(200)) {
      // every row checked ahead
    }
    ahead.validate();
    // a duplicate made by an edit, one removed, and a broken row rule
    for (ImportSession flow : List.of(once, ahead)) {
      flow.edit(10, "email", "u20@example.com");
      flow.edit(20, "id", "999999");
      flow.edit(30, "shipped", "2020-01-01");
    }
    assertSameValidation(once.validation(), ahead.validation(), "after three edits");
  }

  @Test
  void aNewLoadDropsTheValidationBegunAhead() throws Exception {
    ImportSession flow = loaded(orders(800, 2));
    assertTrue(flow.beginAhead());
    assertTrue(flow.checkAhead(100));
    flow.beginLoad(0, new SourceText(), '"', n -> "c" + n);
    assertFalse(flow.checkAhead(100), "the rows of the old file are not checked on");
    assertFalse(flow.beginAhead(), "nothing to check before the new file is loaded");
  }
}
