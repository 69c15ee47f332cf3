package dev.sluice.core.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class XmlScannerTest {
  private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      + "<!-- a comment with <tags> -->"
      + "<x:sst xmlns:x=\"urn:x\" count='2'><x:si><x:t xml:space=\"preserve\"> A &amp; B &lt;&gt;"
      + " &quot;q&quot; &apos; &#228;&#x65E5;&#x1F600; </x:t></x:si>"
      + "<si><r><t>rich</t></r><r><t> run</t></r><rPh><t>ruby</t></rPh></si>"
      + "<v a=\"x > y\"/><![CDATA[<raw & text>]]></x:sst>";

  private static List<String> events(String xml, int chunk) {
    List<String> events = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    XmlScanner scanner = new XmlScanner(new XmlScanner.Handler() {
      @Override
      public void start(String name, XmlScanner.Attributes a) {
        flush();
        events.add("<" + name + (a.get("count") != null ? " count=" + a.get("count") : "")
            + (a.get("space") != null ? " space=" + a.get("space") : "")
            + (a.get("a") != null ? " a=" + a.get("a") : "") + ">");
      }

      @Override
      public void end(String name) {
        flush();
        events.add("</" + name + ">");
      }

      @Override
      public void text(String t) {
        text.append(t);
      }

      private void flush() {
        if (text.length() > 0) {
          events.add(text.toString());
          text.setLength(0);
        }
      }
    });
    for (int i = 0; i < xml.length(); i += chunk) {
      scanner.feed(xml.substring(i, Math.min(xml.length(), i + chunk)));
    }
    scanner.finish();
    if (text.length() > 0) {
      events.add(text.toString());
    }
    return events;
  }

  @Test
  void elementsAttributesEntitiesAndCdataComeOutDecodedWithPrefixesDropped() {
    assertEquals(List.of("\n", "<sst count=2>", "<si>", "<t space=preserve>",
        " A & B <> \"q\" ' ä日\uD83D\uDE00 ", "</t>", "</si>", "<si>", "<r>", "<t>", "rich",
        "</t>", "</r>", "<r>", "<t>", " run", "</t>", "</r>", "<rPh>", "<t>", "ruby", "</t>",
        "</rPh>", "</si>", "<v a=x > y>", "</v>", "<raw & text>", "</sst>"), events(XML, XML.length()));
  }

  @Test
  void anyChunkingGivesTheSameEvents() {
    List<String> whole = events(XML, XML.length());
    for (int chunk = 1; chunk < 40; chunk++) {
      assertEquals(whole, events(XML, chunk), "chunks of " + chunk);
    }
  }

  @Test
  void markupLeftOpenAtTheEndIsReportedAsACorruptPart() {
    XlsxException e = assertThrows(XlsxException.class, () -> events("<row><c r=\"A1\"", 5));
    assertEquals("XLSX_CORRUPT", e.code());
  }
}
