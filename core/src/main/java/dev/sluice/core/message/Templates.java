package dev.sluice.core.message;

import java.util.HashMap;
import java.util.Map;

/**
 * The message templates of every language, by code: one row per code with en, de, fr, es and ja.
 *
 * <p>Plain arrays rather than resource files so that TeaVM compiles them into the bundle.
 */
final class Templates {
  static final String[] LANGUAGES = {"en", "de", "fr", "es", "ja"};

  private static final String[][] ROWS = {
    {"STRAY_QUOTE",
      "Line {line}, column {column}: a quote inside an unquoted field was kept as text. If the "
          + "field should be quoted, enclose it in quotes and double the quotes inside it.",
      "Zeile {line}, Spalte {column}: ein Anführungszeichen in einem Feld ohne Anführungszeichen "
          + "wurde als Text übernommen. Soll das Feld in Anführungszeichen stehen, setzen Sie es in "
          + "Anführungszeichen und verdoppeln Sie die inneren.",
      "Ligne {line}, colonne {column} : un guillemet dans un champ non entre guillemets a été "
          + "gardé comme texte. Si le champ doit être entre guillemets, entourez-le et doublez les "
          + "guillemets intérieurs.",
      "Línea {line}, columna {column}: una comilla dentro de un campo sin comillas se mantuvo como "
          + "texto. Si el campo debe ir entre comillas, enciérrelo y duplique las comillas internas.",
      "{line}行目 {column}列目: 引用符で囲まれていないフィールド内の引用符を文字として扱いました。"
          + "引用符で囲む場合は、フィールド全体を囲み、内部の引用符を二重にしてください。"},
    {"TEXT_AFTER_CLOSING_QUOTE",
      "Line {line}, column {column}: text follows the closing quote of a field; the field was kept "
          + "as written, quotes included. Double the quotes inside quoted fields.",
      "Zeile {line}, Spalte {column}: nach dem schließenden Anführungszeichen folgt Text; das Feld "
          + "wurde wie geschrieben übernommen. Verdoppeln Sie Anführungszeichen in Feldern.",
      "Ligne {line}, colonne {column} : du texte suit le guillemet fermant ; le champ a été gardé "
          + "tel quel. Doublez les guillemets à l'intérieur des champs entre guillemets.",
      "Línea {line}, columna {column}: hay texto después de la comilla de cierre; el campo se "
          + "mantuvo tal cual. Duplique las comillas dentro de los campos entre comillas.",
      "{line}行目 {column}列目: 閉じ引用符の後に文字があります。フィールドはそのまま保持しました。"
          + "引用符で囲んだフィールド内の引用符は二重にしてください。"},
    {"SPACE_AFTER_CLOSING_QUOTE",
      "Line {line}, column {column}: spaces after the closing quote of a field were dropped and "
          + "the quoted value kept. Remove the spaces between the quote and the delimiter.",
      "Zeile {line}, Spalte {column}: Leerzeichen nach dem schließenden Anführungszeichen wurden "
          + "entfernt und der Wert in Anführungszeichen übernommen. Entfernen Sie die Leerzeichen "
          + "vor dem Trennzeichen.",
      "Ligne {line}, colonne {column} : les espaces après le guillemet fermant ont été supprimés "
          + "et la valeur entre guillemets gardée. Supprimez les espaces avant le séparateur.",
      "Línea {line}, columna {column}: se quitaron los espacios tras la comilla de cierre y se "
          + "mantuvo el valor entre comillas. Quite los espacios antes del separador.",
      "{line}行目 {column}列目: 閉じ引用符の後の空白を削除し、引用符内の値を保持しました。"
          + "引用符と区切り文字の間の空白を削除してください。"},
    {"DELIMITER_IS_QUOTE",
      "The delimiter and the quote character are the same. Choose a different one for either.",
      "Trennzeichen und Anführungszeichen sind gleich. Wählen Sie für eines der beiden ein "
          + "anderes Zeichen.",
      "Le séparateur et le caractère de guillemet sont identiques. Choisissez-en un autre pour "
          + "l'un des deux.",
      "El separador y el carácter de comillas son iguales. Elija otro para uno de los dos.",
      "区切り文字と引用符が同じです。どちらかを別の文字にしてください。"},
    {"UNCLOSED_QUOTE",
      "Line {line}, column {column}: this quote is never closed; it was read as text and the lines "
          + "after it as normal rows. Close the quote or remove it.",
      "Zeile {line}, Spalte {column}: dieses Anführungszeichen wird nie geschlossen; es wurde als "
          + "Text gelesen. Schließen oder entfernen Sie es.",
      "Ligne {line}, colonne {column} : ce guillemet n'est jamais fermé ; il a été lu comme du "
          + "texte. Fermez-le ou supprimez-le.",
      "Línea {line}, columna {column}: esta comilla nunca se cierra; se leyó como texto. Ciérrela "
          + "o elimínela.",
      "{line}行目 {column}列目: この引用符は閉じられていないため文字として読みました。"
          + "引用符を閉じるか削除してください。"},
    {"XLSX_CORRUPT",
      "This Excel file is damaged and cannot be read. Open it in Excel or LibreOffice, save it "
          + "again as .xlsx (or as CSV) and try once more.",
      "Diese Excel-Datei ist beschädigt und kann nicht gelesen werden. Öffnen Sie sie in Excel "
          + "oder LibreOffice, speichern Sie sie erneut als .xlsx (oder als CSV) und versuchen Sie "
          + "es noch einmal.",
      "Ce fichier Excel est endommagé et ne peut pas être lu. Ouvrez-le dans Excel ou LibreOffice, "
          + "enregistrez-le à nouveau en .xlsx (ou en CSV) et réessayez.",
      "Este archivo de Excel está dañado y no se puede leer. Ábralo en Excel o LibreOffice, "
          + "guárdelo de nuevo como .xlsx (o como CSV) e inténtelo otra vez.",
      "このExcelファイルは破損しているため読み込めません。ExcelまたはLibreOfficeで開き、"
          + ".xlsx（またはCSV）として保存し直してから、もう一度お試しください。"},
    {"XLSX_ENCRYPTED",
      "This workbook is protected with a password. Open it in Excel, remove the password (File > "
          + "Info > Protect Workbook) or save a copy as CSV, and upload that.",
      "Diese Arbeitsmappe ist mit einem Kennwort geschützt. Öffnen Sie sie in Excel, entfernen "
          + "Sie das Kennwort (Datei > Informationen > Arbeitsmappe schützen) oder speichern Sie "
          + "eine Kopie als CSV und laden Sie diese hoch.",
      "Ce classeur est protégé par un mot de passe. Ouvrez-le dans Excel, retirez le mot de passe "
          + "(Fichier > Informations > Protéger le classeur) ou enregistrez une copie en CSV, puis "
          + "importez-la.",
      "Este libro está protegido con contraseña. Ábralo en Excel, quite la contraseña (Archivo > "
          + "Información > Proteger libro) o guarde una copia como CSV y súbala.",
      "このブックはパスワードで保護されています。Excelで開いてパスワードを解除する"
          + "（ファイル > 情報 > ブックの保護）か、CSVとして保存したコピーをアップロードしてください。"},
    {"XLS_UNSUPPORTED",
      "Old Excel 97-2003 files (.xls) cannot be read here. In Excel or LibreOffice, choose Save As "
          + "and pick Excel Workbook (.xlsx) or CSV, then upload that file.",
      "Alte Excel-97-2003-Dateien (.xls) können hier nicht gelesen werden. Wählen Sie in Excel "
          + "oder LibreOffice \"Speichern unter\" und dann Excel-Arbeitsmappe (.xlsx) oder CSV, und "
          + "laden Sie diese Datei hoch.",
      "Les anciens fichiers Excel 97-2003 (.xls) ne peuvent pas être lus ici. Dans Excel ou "
          + "LibreOffice, choisissez Enregistrer sous, puis Classeur Excel (.xlsx) ou CSV, et "
          + "importez ce fichier.",
      "Los archivos antiguos de Excel 97-2003 (.xls) no se pueden leer aquí. En Excel o "
          + "LibreOffice, elija Guardar como y luego Libro de Excel (.xlsx) o CSV, y suba ese "
          + "archivo.",
      "旧形式のExcel 97-2003ファイル（.xls）はここでは読み込めません。ExcelまたはLibreOfficeで"
          + "「名前を付けて保存」から Excelブック（.xlsx）またはCSVを選び、そのファイルを"
          + "アップロードしてください。"},
    {"XLSX_TOO_LARGE",
      "This Excel file unpacks to far more data than its size suggests (over {limit} MB in one "
          + "sheet, or more than 100 times its packed size), so it was not opened. Save the sheet "
          + "you need as CSV and upload that.",
      "Diese Excel-Datei entpackt sich zu weit mehr Daten, als ihre Größe erwarten lässt (über "
          + "{limit} MB in einem Blatt oder mehr als das 100-Fache der gepackten Größe), daher wurde "
          + "sie nicht geöffnet. Speichern Sie das benötigte Blatt als CSV und laden Sie es hoch.",
      "Ce fichier Excel se décompresse en bien plus de données que sa taille ne le laisse penser "
          + "(plus de {limit} Mo dans une feuille, ou plus de 100 fois sa taille compressée) ; il "
          + "n'a donc pas été ouvert. Enregistrez la feuille voulue en CSV et importez-la.",
      "Este archivo de Excel se descomprime en muchos más datos de lo que indica su tamaño (más "
          + "de {limit} MB en una hoja, o más de 100 veces su tamaño comprimido), así que no se "
          + "abrió. Guarde la hoja que necesita como CSV y súbala.",
      "このExcelファイルは展開するとサイズに比べて大きすぎるデータになるため（1シートで{limit} MB超、"
          + "または圧縮サイズの100倍超）、開きませんでした。必要なシートをCSVとして保存して"
          + "アップロードしてください。"},
    {"XLSX_NO_SHEETS",
      "This workbook has no sheet with data. Check that you picked the right file.",
      "Diese Arbeitsmappe enthält kein Blatt mit Daten. Prüfen Sie, ob Sie die richtige Datei "
          + "gewählt haben.",
      "Ce classeur ne contient aucune feuille avec des données. Vérifiez que vous avez choisi le "
          + "bon fichier.",
      "Este libro no tiene ninguna hoja con datos. Compruebe que eligió el archivo correcto.",
      "このブックにはデータのあるシートがありません。正しいファイルを選んだか確認してください。"},
    {"XLSX_SHEET_NOT_FOUND",
      "There is no sheet named \"{sheet}\". The workbook has: {sheets}.",
      "Es gibt kein Blatt namens \"{sheet}\". Die Arbeitsmappe enthält: {sheets}.",
      "Aucune feuille ne s'appelle « {sheet} ». Le classeur contient : {sheets}.",
      "No hay ninguna hoja llamada \"{sheet}\". El libro contiene: {sheets}.",
      "「{sheet}」という名前のシートはありません。このブックのシート: {sheets}。"},
    {"RAGGED_ROW",
      "Row {record} (line {line}) has {actual} fields but the header has {expected}. Look for a "
          + "missing or extra delimiter in that row.",
      "Zeile {record} (Dateizeile {line}) hat {actual} Felder, die Kopfzeile aber {expected}. "
          + "Prüfen Sie, ob dort ein Trennzeichen fehlt oder zu viel ist.",
      "La ligne {record} (ligne {line} du fichier) a {actual} champs mais l'en-tête en a "
          + "{expected}. Cherchez un séparateur manquant ou en trop.",
      "La fila {record} (línea {line}) tiene {actual} campos pero el encabezado tiene {expected}. "
          + "Busque un delimitador que falte o sobre.",
      "{record}行目（ファイルの{line}行目）のフィールド数は{actual}ですが、見出しは{expected}です。"
          + "区切り文字の過不足を確認してください。"},
    {"FIELD_TOO_LARGE",
      "Line {line}, column {column}: a field is longer than {limit} characters. Check the "
          + "delimiter and quote settings, or split the file.",
      "Zeile {line}, Spalte {column}: ein Feld ist länger als {limit} Zeichen. Prüfen Sie "
          + "Trennzeichen und Anführungszeichen oder teilen Sie die Datei.",
      "Ligne {line}, colonne {column} : un champ dépasse {limit} caractères. Vérifiez le "
          + "séparateur et les guillemets, ou divisez le fichier.",
      "Línea {line}, columna {column}: un campo supera {limit} caracteres. Revise el delimitador "
          + "y las comillas, o divida el archivo.",
      "{line}行目 {column}列目: フィールドが{limit}文字を超えています。区切り文字と引用符の設定を"
          + "確認するか、ファイルを分割してください。"},
    {"TOO_MANY_FIELDS",
      "Line {line}: a row has more than {limit} fields. Check the delimiter setting.",
      "Zeile {line}: eine Zeile hat mehr als {limit} Felder. Prüfen Sie das Trennzeichen.",
      "Ligne {line} : une ligne a plus de {limit} champs. Vérifiez le séparateur.",
      "Línea {line}: una fila tiene más de {limit} campos. Revise el delimitador.",
      "{line}行目: フィールドが{limit}個を超えています。区切り文字の設定を確認してください。"},
    {"CUSTOM_COLUMNS_OFF",
      "This importer does not take custom fields.",
      "Dieser Import nimmt keine eigenen Felder an.",
      "Cet import n’accepte pas de champs personnalisés.",
      "Este importador no acepta campos personalizados.",
      "このインポーターはカスタム項目を受け付けません。"},
    {"CUSTOM_NAME_INVALID",
      "Give each custom field a name of 1 to {max} characters.",
      "Geben Sie jedem eigenen Feld einen Namen mit 1 bis {max} Zeichen.",
      "Donnez à chaque champ personnalisé un nom de 1 à {max} caractères.",
      "Dé a cada campo personalizado un nombre de 1 a {max} caracteres.",
      "各カスタム項目に1〜{max}文字の名前を付けてください。"},
    {"CUSTOM_NAME_TAKEN",
      "A custom field needs a name that no column or other custom field has.",
      "Ein eigenes Feld braucht einen Namen, den keine Spalte und kein anderes eigenes Feld hat.",
      "Un champ personnalisé a besoin d’un nom qu’aucune colonne ni aucun autre champ n’a.",
      "Un campo personalizado necesita un nombre que ninguna columna ni otro campo tenga.",
      "カスタム項目には、列や他のカスタム項目と重ならない名前が必要です。"},
    {"COLUMN_MISSING",
      "The file has no column for \"{column}\", which is required. Choose the file column that "
          + "holds it, or add it to the file.",
      "Die Datei hat keine Spalte für „{column}“, die erforderlich ist. Wählen Sie die passende "
          + "Spalte oder ergänzen Sie sie in der Datei.",
      "Le fichier n'a pas de colonne pour « {column} », qui est obligatoire. Choisissez la colonne "
          + "correspondante ou ajoutez-la au fichier.",
      "El archivo no tiene una columna para «{column}», que es obligatoria. Elija la columna "
          + "correspondiente o añádala al archivo.",
      "必須の「{column}」に対応する列がファイルにありません。該当する列を選ぶか、ファイルに追加してください。"},
    {"VALUE_REQUIRED",
      "{column} is required.",
      "{column} ist ein Pflichtfeld.",
      "{column} est obligatoire.",
      "{column} es obligatorio.",
      "{column}は必須です。"},
    {"TEXT_TOO_SHORT",
      "{column} must be at least {min} characters long.",
      "{column} muss mindestens {min} Zeichen lang sein.",
      "{column} doit comporter au moins {min} caractères.",
      "{column} debe tener al menos {min} caracteres.",
      "{column}は{min}文字以上にしてください。"},
    {"TEXT_TOO_LONG",
      "{column} must be at most {max} characters long.",
      "{column} darf höchstens {max} Zeichen lang sein.",
      "{column} doit comporter au plus {max} caractères.",
      "{column} debe tener como máximo {max} caracteres.",
      "{column}は{max}文字以内にしてください。"},
    {"TEXT_PATTERN",
      "{column} does not have the expected form.",
      "{column} hat nicht die erwartete Form.",
      "{column} n'a pas la forme attendue.",
      "{column} no tiene la forma esperada.",
      "{column}の形式が正しくありません。"},
    {"NUMBER_INVALID",
      "{column} must be a number, such as 1234.5 or 1.234,5.",
      "{column} muss eine Zahl sein, z. B. 1234,5 oder 1.234,5.",
      "{column} doit être un nombre, par exemple 1234,5 ou 1 234,5.",
      "{column} debe ser un número, por ejemplo 1234,5 o 1.234,5.",
      "{column}は数値で入力してください（例: 1234.5）。"},
    {"NUMBER_AMBIGUOUS",
      "{column}: it is unclear whether the separator is a decimal point or groups thousands. "
          + "Write the number with both separators (1,234.0) or without grouping (1234).",
      "{column}: unklar, ob das Trennzeichen Dezimal- oder Tausendertrennzeichen ist. Schreiben "
          + "Sie die Zahl mit beiden Zeichen (1.234,0) oder ohne Gruppierung (1234).",
      "{column} : on ne sait pas si le séparateur est décimal ou sépare les milliers. Écrivez le "
          + "nombre avec les deux séparateurs (1 234,0) ou sans regroupement (1234).",
      "{column}: no está claro si el separador es decimal o de miles. Escriba el número con ambos "
          + "separadores (1.234,0) o sin agrupar (1234).",
      "{column}: 区切り文字が小数点か桁区切りか判断できません。1,234.0 のように両方を書くか、"
          + "1234 のように区切らずに書いてください。"},
    {"NUMBER_NOT_INTEGER",
      "{column} must be a whole number.",
      "{column} muss eine ganze Zahl sein.",
      "{column} doit être un nombre entier.",
      "{column} debe ser un número entero.",
      "{column}は整数で入力してください。"},
    {"NUMBER_TOO_SMALL",
      "{column} must be at least {min}.",
      "{column} muss mindestens {min} sein.",
      "{column} doit être au moins {min}.",
      "{column} debe ser como mínimo {min}.",
      "{column}は{min}以上にしてください。"},
    {"NUMBER_TOO_LARGE",
      "{column} must be at most {max}.",
      "{column} darf höchstens {max} sein.",
      "{column} doit être au plus {max}.",
      "{column} debe ser como máximo {max}.",
      "{column}は{max}以下にしてください。"},
    {"CURRENCY_INVALID",
      "{column} must be an amount, such as 12.50, €12,50 or 12.50 USD.",
      "{column} muss ein Betrag sein, z. B. 12,50 €, 12,50 oder 12.50 USD.",
      "{column} doit être un montant, par exemple 12,50 €, 12,50 ou 12.50 USD.",
      "{column} debe ser un importe, por ejemplo 12,50 €, 12,50 o 12.50 USD.",
      "{column}は金額で入力してください（例: 12.50、¥1,200）。"},
    {"CURRENCY_MISMATCH",
      "{column} must be in {currency}.",
      "{column} muss in {currency} angegeben sein.",
      "{column} doit être en {currency}.",
      "{column} debe estar en {currency}.",
      "{column}は{currency}で入力してください。"},
    {"BOOLEAN_INVALID",
      "{column} must be yes or no (also true/false, 1/0, x).",
      "{column} muss ja oder nein sein (auch wahr/falsch, 1/0, x).",
      "{column} doit être oui ou non (aussi vrai/faux, 1/0, x).",
      "{column} debe ser sí o no (también verdadero/falso, 1/0, x).",
      "{column}は「はい」か「いいえ」で入力してください（true/false、1/0 も可）。"},
    {"EMAIL_INVALID",
      "{column} must be an email address, such as name@example.com.",
      "{column} muss eine E-Mail-Adresse sein, z. B. name@example.com.",
      "{column} doit être une adresse e-mail, par exemple nom@exemple.fr.",
      "{column} debe ser una dirección de correo, por ejemplo nombre@ejemplo.es.",
      "{column}はメールアドレスで入力してください（例: name@example.com）。"},
    {"URL_INVALID",
      "{column} must be a web address, such as https://example.com.",
      "{column} muss eine Webadresse sein, z. B. https://example.com.",
      "{column} doit être une adresse web, par exemple https://exemple.fr.",
      "{column} debe ser una dirección web, por ejemplo https://ejemplo.es.",
      "{column}はWebアドレスで入力してください（例: https://example.com）。"},
    {"PHONE_INVALID",
      "{column} must be a phone number, such as +1 415 555 0100.",
      "{column} muss eine Telefonnummer sein, z. B. +49 30 1234567.",
      "{column} doit être un numéro de téléphone, par exemple +33 1 23 45 67 89.",
      "{column} debe ser un número de teléfono, por ejemplo +34 912 345 678.",
      "{column}は電話番号で入力してください（例: +81 3-1234-5678）。"},
    {"PHONE_NO_COUNTRY",
      "{column} needs a country code, such as +44 20 7946 0958.",
      "{column} braucht eine Landesvorwahl, z. B. +49 30 1234567.",
      "{column} doit avoir un indicatif de pays, par exemple +33 1 23 45 67 89.",
      "{column} necesita un prefijo de país, por ejemplo +34 912 345 678.",
      "{column}には国番号が必要です（例: +81 3-1234-5678）。"},
    {"PHONE_WRONG_LENGTH",
      "{column}: a phone number in {country} has {min} to {max} digits after the country code.",
      "{column}: eine Telefonnummer in {country} hat nach der Landesvorwahl {min} bis {max} "
          + "Ziffern.",
      "{column} : un numéro en {country} a de {min} à {max} chiffres après l'indicatif.",
      "{column}: un número de {country} tiene de {min} a {max} dígitos tras el prefijo.",
      "{column}: {country}の電話番号は国番号の後が{min}～{max}桁です。"},
    {"DATE_INVALID",
      "{column} must be a date in one of these formats: {formats}.",
      "{column} muss ein Datum in einem dieser Formate sein: {formats}.",
      "{column} doit être une date dans l'un de ces formats : {formats}.",
      "{column} debe ser una fecha en uno de estos formatos: {formats}.",
      "{column}は次のいずれかの形式の日付で入力してください: {formats}"},
    {"DATETIME_INVALID",
      "{column} must be a date and time in one of these formats: {formats}.",
      "{column} muss Datum und Uhrzeit in einem dieser Formate sein: {formats}.",
      "{column} doit être une date et une heure dans l'un de ces formats : {formats}.",
      "{column} debe ser una fecha y hora en uno de estos formatos: {formats}.",
      "{column}は次のいずれかの形式の日時で入力してください: {formats}"},
    {"DATE_AMBIGUOUS",
      "{column} could be {first} or {second}. Write it as year-month-day (such as {first}).",
      "{column} könnte {first} oder {second} sein. Schreiben Sie Jahr-Monat-Tag (z. B. {first}).",
      "{column} peut être {first} ou {second}. Écrivez-la en année-mois-jour (par exemple "
          + "{first}).",
      "{column} puede ser {first} o {second}. Escríbala como año-mes-día (por ejemplo {first}).",
      "{column}は{first}とも{second}とも読めます。年-月-日（例: {first}）で入力してください。"},
    {"ENUM_INVALID",
      "{column} must be one of: {allowed}.",
      "{column} muss einer dieser Werte sein: {allowed}.",
      "{column} doit être l'une de ces valeurs : {allowed}.",
      "{column} debe ser uno de: {allowed}.",
      "{column}は次のいずれかにしてください: {allowed}"},
    {"ENUM_INVALID_SUGGEST",
      "{column} must be one of: {allowed}. Did you mean {suggestion}?",
      "{column} muss einer dieser Werte sein: {allowed}. Meinten Sie {suggestion}?",
      "{column} doit être l'une de ces valeurs : {allowed}. Vouliez-vous dire {suggestion} ?",
      "{column} debe ser uno de: {allowed}. ¿Quiso decir {suggestion}?",
      "{column}は次のいずれかにしてください: {allowed}。{suggestion}のことですか？"},
    {"UUID_INVALID",
      "{column} must be a UUID, such as 123e4567-e89b-12d3-a456-426614174000.",
      "{column} muss eine UUID sein, z. B. 123e4567-e89b-12d3-a456-426614174000.",
      "{column} doit être un UUID, par exemple 123e4567-e89b-12d3-a456-426614174000.",
      "{column} debe ser un UUID, por ejemplo 123e4567-e89b-12d3-a456-426614174000.",
      "{column}はUUIDで入力してください（例: 123e4567-e89b-12d3-a456-426614174000）。"},
    {"COUNTRY_INVALID",
      "{column} must be a country: a code such as DE or DEU, or an English name.",
      "{column} muss ein Land sein: ein Code wie DE oder DEU oder ein englischer Name.",
      "{column} doit être un pays : un code comme FR ou FRA, ou un nom anglais.",
      "{column} debe ser un país: un código como ES o ESP, o un nombre en inglés.",
      "{column}は国で入力してください（JP や JPN などのコード、または英語名）。"},
    {"DUPLICATE_VALUE",
      "{columns} must be unique; row {otherRow} has the same value.",
      "{columns} muss eindeutig sein; Zeile {otherRow} hat denselben Wert.",
      "{columns} doit être unique ; la ligne {otherRow} a la même valeur.",
      "{columns} debe ser único; la fila {otherRow} tiene el mismo valor.",
      "{columns}は重複できません。{otherRow}行目に同じ値があります。"},
    {"ROW_AT_LEAST_ONE",
      "Fill in at least one of: {columns}.",
      "Füllen Sie mindestens eines dieser Felder aus: {columns}.",
      "Remplissez au moins l'un de ces champs : {columns}.",
      "Complete al menos uno de: {columns}.",
      "次のうち少なくとも1つを入力してください: {columns}"},
    {"ROW_REQUIRED_WHEN",
      "{column} is required when {other} is {values}.",
      "{column} ist erforderlich, wenn {other} {values} ist.",
      "{column} est obligatoire quand {other} vaut {values}.",
      "{column} es obligatorio cuando {other} es {values}.",
      "{other}が{values}の場合、{column}は必須です。"},
    {"ROW_REQUIRED_WHEN_FILLED",
      "{column} is required when {other} is filled in.",
      "{column} ist erforderlich, wenn {other} ausgefüllt ist.",
      "{column} est obligatoire quand {other} est rempli.",
      "{column} es obligatorio cuando {other} tiene un valor.",
      "{other}を入力した場合、{column}は必須です。"},
    {"ROW_COMPARE",
      "{column} must be {operator} {other}.",
      "{column} muss {operator} {other} sein.",
      "{column} doit être {operator} {other}.",
      "{column} debe ser {operator} {other}.",
      "{column}は{other}に対して {operator} でなければなりません。"},
    {"ROW_LIMIT",
      "The file has more than {limit} rows, the most this importer takes. Split it into smaller files.",
      "Die Datei hat mehr als {limit} Zeilen, mehr als dieser Import annimmt. Teilen Sie sie in kleinere Dateien.",
      "Le fichier a plus de {limit} lignes, le maximum de cet import. Divisez-le en fichiers plus petits.",
      "El archivo tiene más de {limit} filas, el máximo de esta importación. Divídalo en archivos más pequeños.",
      "ファイルの行数が上限の{limit}行を超えています。小さなファイルに分割してください。"},
  };

  private Templates() {}

  /** Every code that has a template. */
  static String[] codes() {
    String[] codes = new String[ROWS.length];
    for (int i = 0; i < ROWS.length; i++) {
      codes[i] = ROWS[i][0];
    }
    return codes;
  }

  static Map<String, String> forLanguage(String language) {
    return forLanguage(language, ROWS);
  }

  /** A language's column of a table of rows in {@link #LANGUAGES} order; null when unknown. */
  static Map<String, String> forLanguage(String language, String[][] rows) {
    int column = -1;
    for (int i = 0; i < LANGUAGES.length; i++) {
      if (LANGUAGES[i].equals(language)) {
        column = i + 1;
      }
    }
    if (column < 0) {
      return null;
    }
    Map<String, String> t = new HashMap<>();
    for (String[] row : rows) {
      t.put(row[0], row[column]);
    }
    return t;
  }
}
