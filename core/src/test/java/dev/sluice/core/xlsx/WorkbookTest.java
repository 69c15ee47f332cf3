package dev.sluice.core.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WorkbookTest {
  private static final String NS = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
      + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

  @Test
  void visibleSheetsAreLookedAtFirstForDataThenHiddenOnesInTabOrder() {
    Workbook workbook = Workbook.read("<workbook " + NS + "><workbookPr date1904=\"on\"/><sheets>"
        + "<sheet name=\"Lists\" sheetId=\"1\" state=\"hidden\" r:id=\"rId1\"/>"
        + "<sheet name=\"Orders\" sheetId=\"2\" r:id=\"rId2\"/>"
        + "<sheet name=\"Codes\" sheetId=\"3\" state=\"veryHidden\" r:id=\"rId3\"/>"
        + "<sheet name=\"Notes\" sheetId=\"4\" state=\"visible\" r:id=\"rId4\"/>"
        + "</sheets></workbook>", null);
    assertEquals(List.of("Lists", "Orders", "Codes", "Notes"),
        workbook.sheets().stream().map(Workbook.Sheet::name).toList(), "tab order");
    assertEquals(List.of("Orders", "Notes", "Lists", "Codes"),
        workbook.searchOrder().stream().map(Workbook.Sheet::name).toList());
    assertTrue(workbook.date1904(), "on is true (ST_OnOff)");
  }
}
