package dev.sluice.core.match;

import dev.sluice.core.text.TextFold;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names files give the common columns of people and companies, in the languages the widget
 * speaks: a header {@code Given Name}, {@code Surname}, {@code Postal Code}, {@code Vorname} or
 * {@code Courriel} is matched to a column named {@code first_name}, {@code last_name}, {@code zip},
 * {@code First name} or {@code Email} without the importer listing it as an alias.
 *
 * <p>Why built in: these are the headers of exports from CRMs, spreadsheets and address books
 * in every language; an importer's author lists the aliases of their own domain, not every
 * language's word for a postal code. A name belongs to one group at most; two names match when
 * they are in the same group, folded as {@link TextFold#compact} folds them.
 */
final class HeaderSynonyms {
  private HeaderSynonyms() {}

  /**
   * The groups, one a line, their names between {@code |}: one string each rather than an array
   * of strings, which TeaVM builds element by element (the table cost the widget 3 KB so).
   */
  private static final String[] GROUPS = {
    "first name|given name|given names|forename|first|fname|vorname|prenom|nombre|nome|"
        + "voornaam|imie|fornavn|fornamn|etunimi|jmeno|名",
    "last name|surname|family name|last|lname|nachname|familienname|nom|nom de famille|"
        + "apellido|apellidos|cognome|sobrenome|achternaam|nazwisko|efternavn|etternavn|"
        + "efternamn|sukunimi|prijmeni|soyad|soyadi|姓|성",
    "name|full name|contact name|customer name|nom complet|vollstandiger name|"
        + "nombre completo|nome completo|naam|volledige naam|imie i nazwisko|namn|navn|nimi|"
        + "cele jmeno|ad soyad|氏名|姓名",
    "email|email address|mail|mail address|courriel|adresse email|adresse electronique|"
        + "correo|correo electronico|email adresse|posta elettronica|indirizzo email|e post|"
        + "e postadress|sahkoposti|eposta|メール|メールアドレス|이메일|电子邮件|邮箱",
    "phone|phone number|telephone|telephone number|tel|mobile|mobile phone|mobile number|"
        + "cell|cell phone|telefon|telefonnummer|handy|mobil|portable|numero de telephone|"
        + "telefono|movil|celular|cellulare|telefoon|telefoonnummer|mobiel|puhelin|"
        + "puhelinnumero|telefonni cislo|telefon numarasi|電話|電話番号|携帯|전화|전화번호|电话|手机",
    "zip|zip code|postal code|postcode|plz|postleitzahl|code postal|codigo postal|cap|"
        + "kod pocztowy|postnummer|postinumero|psc|posta kodu|郵便番号|우편번호|邮编|邮政编码",
    "company|company name|organization|organisation|organization name|employer|business|"
        + "business name|firm|firma|unternehmen|societe|entreprise|empresa|azienda|societa|"
        + "bedrijf|bedrijfsnaam|yritys|spolecnost|sirket|会社|会社名|회사|公司",
    "country|nation|country region|country name|country code|land|pays|pais|paese|nazione|"
        + "kraj|maa|zeme|ulke|国|国名|국가|国家",
    "city|town|locality|stadt|ort|ville|ciudad|citta|cidade|stad|plaats|woonplaats|miasto|"
        + "kaupunki|mesto|sehir|市区町村|도시|城市",
    "address|street|street address|address line 1|address 1|adresse|strasse|rue|direccion|"
        + "calle|indirizzo|endereco|rua|adres|straat|ulica|gatuadress|osoite|katuosoite|adresa|"
        + "ulice|住所|주소|地址",
    "state|province|region|state province|bundesland|provinz|provincia|estado|regione|"
        + "provincie|wojewodztwo|都道府県|省",
    "date of birth|dob|birthday|birth date|geburtsdatum|geburtstag|date de naissance|"
        + "fecha de nacimiento|data di nascita|data de nascimento|geboortedatum|data urodzenia|"
        + "fodelsedatum|fodselsdato|syntymaaika|datum narozeni|dogum tarihi|生年月日|생년월일|出生日期",
    "website|url|homepage|web|site|web page|web address|webseite|internetseite|site web|"
        + "site internet|sitio web|sito web|strona www|webbplats|nettside|hjemmeside|verkkosivu|verkkosivusto|"
        + "web sitesi|ホームページ|웹사이트|网站",
  };

  /** The group of each name, by its compact form. */
  private static final Map<String, Integer> GROUP = new HashMap<>();

  static {
    for (int g = 0; g < GROUPS.length; g++) {
      for (String name : names(GROUPS[g])) {
        GROUP.putIfAbsent(TextFold.compact(name), g);
      }
    }
  }

  /** The names of a group's line. */
  private static List<String> names(String group) {
    List<String> out = new ArrayList<>();
    for (int from = 0; from <= group.length(); ) {
      int bar = group.indexOf('|', from);
      int to = bar < 0 ? group.length() : bar;
      out.add(group.substring(from, to));
      from = to + 1;
    }
    return out;
  }

  /** The group of a name given in its compact form, or -1 when it is in none. */
  static int groupOf(String compact) {
    Integer g = GROUP.get(compact);
    return g == null ? -1 : g;
  }

  /** Every name of every group, for tests. */
  static List<String> names() {
    List<String> out = new ArrayList<>();
    for (String group : GROUPS) {
      out.addAll(names(group));
    }
    return out;
  }
}
