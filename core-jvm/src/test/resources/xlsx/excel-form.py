# Writes excel-form.xlsx, excel-report.xlsx and excel-formats.xlsx into a folder: workbooks in
# the form Excel writes (no Excel on the build machines). excel-form's numbers are stored with 17
# significant digits as Excel stores them (a typed 19.99 is 19.989999999999998), chars XML cannot
# hold as _xHHHH_ (a carriage return is _x000D_), hours in [h]:mm and distances in 0.0 "km";
# excel-report has a report's title and a blank row above its table, and a hidden sheet of lists
# before it; excel-formats has ZIP codes, phone numbers and SSNs stored as numbers under Excel's
# special formats. See XlsxFileReaderTest.
# Run: python3 excel-form.py DIR
import zipfile, sys
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
def s(strings, i): return ('s', strings.index(i))
FORM_STRINGS = ["Product","Price","Weight","Share","Total","Id","Ratio","Added","Code","Tea","Coffee","Cocoa","19.989999999999998","007","1E-3","Note","line one_x000D_\nline two","Hours","Distance"]
FORM_ROWS = [
 [s(FORM_STRINGS, "Product"),s(FORM_STRINGS, "Price"),s(FORM_STRINGS, "Weight"),s(FORM_STRINGS, "Share"),s(FORM_STRINGS, "Total"),s(FORM_STRINGS, "Id"),s(FORM_STRINGS, "Ratio"),s(FORM_STRINGS, "Added"),s(FORM_STRINGS, "Code"),s(FORM_STRINGS, "Note"),s(FORM_STRINGS, "Hours"),s(FORM_STRINGS, "Distance")],
 [s(FORM_STRINGS, "Tea"),('n',"19.989999999999998"),('n',"6.9999999999999999E-4"),('f',"0.1+0.2","0.30000000000000004"),('n',"1234.5599999999999"),('n',"1.2345678901234567E+19"),('f',"1/3","0.33333333333333331"),('d',"45383"),s(FORM_STRINGS, "19.989999999999998"),s(FORM_STRINGS, "line one_x000D_\nline two"),('st',2,"1.5"),('st',3,"12.5")],
 [s(FORM_STRINGS, "Coffee"),('n',"68.400000000000006"),('n',"9.9999999999999995E-8"),('n',"35.700000000000003"),('n',"-1234.5599999999999"),('n',"42"),('f',"0.1*3/0.3","0.99999999999999989"),('d',"45000"),s(FORM_STRINGS, "007"),('i',"tab_x0009_here"),('st',2,"2.0833333333333332E-2"),('st',3,"0.40000000000000002")],
 [s(FORM_STRINGS, "Cocoa"),('n',"4.0999999999999996"),('n',"5.0000000000000001E-3"),('n',"2.0499999999999998"),('n',"100.09999999999999"),('n',"0"),('n',"1E-3"),('d',"45000.5"),s(FORM_STRINGS, "1E-3"),('str','"_x005F_x000D_ typed"',"_x005F_x000D_ typed"),('st',2,"41.666666666666664"),('st',3,"1000")],
]
REPORT_STRINGS = ["Contacts exported 2024-03-01","Name","Email","Phone","Anna","anna@example.com","Bob","bob@example.com","free","pro"]
REPORT_ROWS = {1: [s(REPORT_STRINGS, "Contacts exported 2024-03-01")],
 3: [s(REPORT_STRINGS, "Name"),s(REPORT_STRINGS, "Email"),s(REPORT_STRINGS, "Phone")],
 4: [s(REPORT_STRINGS, "Anna"),s(REPORT_STRINGS, "anna@example.com"),('n',"4155557693")],
 5: [s(REPORT_STRINGS, "Bob"),s(REPORT_STRINGS, "bob@example.com"),('n',"4155550100")]}

# numbers under Excel's special formats (styles 4 to 7: Zip Code, Phone Number, Social Security
# Number, Zip Code + 4) and #,##0 (style 8): stored as numbers, shown with leading zeros and
# separators
FORMATS_STRINGS = ["Name","Zip","Phone","SSN","Zip4","Count","Anna","Bob","Cem"]
FORMATS_ROWS = {1: [s(FORMATS_STRINGS, n) for n in ["Name","Zip","Phone","SSN","Zip4","Count"]],
 2: [s(FORMATS_STRINGS, "Anna"),('st',4,"2134"),('st',5,"4155557693"),('st',6,"78051120"),('st',7,"21340001"),('st',8,"1234")],
 3: [s(FORMATS_STRINGS, "Bob"),('st',4,"90210"),('st',5,"5551234"),('st',6,"123456789"),('st',7,"902101234"),('st',8,"12")],
 4: [s(FORMATS_STRINGS, "Cem"),('st',4,"501"),('st',5,"2125550100"),('st',6,"1"),('st',7,"5010000"),('st',8,"1234567")]}

def sheet_xml(rows, merged):
  xml=['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet %s %s><sheetData>' % (NS,R)]
  for ri,row in rows.items():
    xml.append('<row r="%d">' % ri)
    for ci,c in enumerate(row):
      ref="%s%d"%(chr(65+ci),ri)
      if c[0]=='s': xml.append('<c r="%s" t="s"><v>%d</v></c>'%(ref,c[1]))
      elif c[0]=='n': xml.append('<c r="%s"><v>%s</v></c>'%(ref,c[1]))
      elif c[0]=='i': xml.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>'%(ref,c[1]))
      elif c[0]=='str': xml.append('<c r="%s" t="str"><f>%s</f><v>%s</v></c>'%(ref,c[1].replace('"','&quot;'),c[2]))
      elif c[0]=='st': xml.append('<c r="%s" s="%d"><v>%s</v></c>'%(ref,c[1],c[2]))
      elif c[0]=='d': xml.append('<c r="%s" s="1"><v>%s</v></c>'%(ref,c[1]))
      else: xml.append('<c r="%s"><f>%s</f><v>%s</v></c>'%(ref,c[1],c[2]))
    xml.append('</row>')
  xml.append('</sheetData>' + ('<mergeCells count="1"><mergeCell ref="%s"/></mergeCells>' % merged if merged else ''))
  xml.append('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>')
  return ''.join(xml)

# sheets: (name, rows by row number, merged range or None, state: None or "hidden")
def write(strings, sheets, path):
  n = len(sheets)
  sst='<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst %s count="%d" uniqueCount="%d">'%(NS,len(strings),len(strings))+''.join('<si><t>%s</t></si>'%x for x in strings)+'</sst>'
  styles='<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet %s><numFmts count="6"><numFmt numFmtId="164" formatCode="[h]:mm"/><numFmt numFmtId="165" formatCode="0.0\\ &quot;km&quot;"/><numFmt numFmtId="166" formatCode="00000"/><numFmt numFmtId="167" formatCode="[&lt;=9999999]###\\-####;\\(###\\)\\ ###\\-####"/><numFmt numFmtId="168" formatCode="000\\-00\\-0000"/><numFmt numFmtId="169" formatCode="00000\\-0000"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="9"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="167" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="168" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="169" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>'%NS
  rels='<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
  wb='<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook %s %s><sheets>%s</sheets></workbook>'%(NS,R,''.join('<sheet name="%s" sheetId="%d"%s r:id="rId%d"/>'%(name,i+1,' state="%s"'%state if state else '',i+1) for i,(name,rows,merged,state) in enumerate(sheets)))
  wbrels='<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'+''.join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>'%(i+1,i+1) for i in range(n))+'<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'%(n+1,n+2)
  ct='<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'+''.join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'%(i+1) for i in range(n))+'<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
  parts=[("[Content_Types].xml",ct),("_rels/.rels",rels),("xl/workbook.xml",wb),("xl/_rels/workbook.xml.rels",wbrels)]
  parts+=[("xl/worksheets/sheet%d.xml"%(i+1),sheet_xml(rows,merged)) for i,(name,rows,merged,state) in enumerate(sheets)]
  parts+=[("xl/styles.xml",styles),("xl/sharedStrings.xml",sst)]
  with zipfile.ZipFile(path,'w',zipfile.ZIP_DEFLATED) as z:
    for name,data in parts:
      zi=zipfile.ZipInfo(name,(2024,4,1,12,0,0)); zi.compress_type=zipfile.ZIP_DEFLATED
      z.writestr(zi,data)

write(FORM_STRINGS, [("Prices", dict(enumerate(FORM_ROWS, 1)), None, None)],
  sys.argv[1] + "/excel-form.xlsx")
# a hidden sheet of lists before the report's sheet, as templates have them
write(REPORT_STRINGS, [("Lists", {1: [s(REPORT_STRINGS, "free")], 2: [s(REPORT_STRINGS, "pro")]}, None, "hidden"),
  ("Contacts", REPORT_ROWS, "A1:C1", None)], sys.argv[1] + "/excel-report.xlsx")
write(FORMATS_STRINGS, [("Customers", FORMATS_ROWS, None, None)], sys.argv[1] + "/excel-formats.xlsx")
