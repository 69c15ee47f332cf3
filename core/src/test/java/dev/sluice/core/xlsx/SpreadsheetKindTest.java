package dev.sluice.core.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SpreadsheetKindTest {
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
      (byte) 0xB1, 0x1A, (byte) 0xE1};

  private static byte[] ole2With(String streamName) {
    byte[] name = streamName.getBytes(StandardCharsets.UTF_16LE);
    byte[] file = new byte[1024];
    System.arraycopy(OLE2, 0, file, 0, OLE2.length);
    System.arraycopy(name, 0, file, 512, name.length);
    return file;
  }

  @Test
  void filesAreToldApartByTheirFirstBytes() {
    assertEquals(SpreadsheetKind.XLSX, SpreadsheetKind.of(new byte[] {'P', 'K', 3, 4, 20, 0}));
    assertEquals(SpreadsheetKind.TEXT, SpreadsheetKind.of("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals(SpreadsheetKind.TEXT, SpreadsheetKind.of(new byte[0]));
    assertEquals(SpreadsheetKind.XLS, SpreadsheetKind.of(ole2With("Workbook")));
    // an encrypted xlsx is an OLE2 file holding the EncryptionInfo and EncryptedPackage streams
    assertEquals(SpreadsheetKind.ENCRYPTED, SpreadsheetKind.of(ole2With("EncryptionInfo")));
  }

  @Test
  void partsThatInflateBeyondTheRatioOrTheCapAreStopped() {
    SpreadsheetKind.checkInflated(1 << 20, 1000); // the first MiB is always allowed
    SpreadsheetKind.checkInflated(50_000_000, 600_000);
    assertEquals("XLSX_TOO_LARGE", assertThrows(XlsxException.class,
        () -> SpreadsheetKind.checkInflated(200_000_000, 200_000)).code());
    assertEquals("XLSX_TOO_LARGE", assertThrows(XlsxException.class,
        () -> SpreadsheetKind.checkInflated((1L << 30) + 1, 1L << 29)).code());
  }
}
