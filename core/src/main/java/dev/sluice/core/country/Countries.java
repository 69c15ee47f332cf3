package dev.sluice.core.country;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ISO 3166-1 countries: alpha-2 and alpha-3 codes and English names.
 *
 * <p>A table in code rather than {@code java.util.Locale}'s because TeaVM's Locale has no ISO-3
 * country data; a test checks the table against the JDK's.
 */
public final class Countries {
  // alpha-2, alpha-3, English name; generated from the JDK's Locale data
  private static final String TABLE = ""
      + "ADANDAndorra|AEAREUnited Arab Emirates|AFAFGAfghanistan|AGATGAntigua & Barbuda|"
      + "AIAIAAnguilla|ALALBAlbania|AMARMArmenia|AOAGOAngola|"
      + "AQATAAntarctica|ARARGArgentina|ASASMAmerican Samoa|ATAUTAustria|"
      + "AUAUSAustralia|AWABWAruba|AXALAÅland Islands|AZAZEAzerbaijan|"
      + "BABIHBosnia & Herzegovina|BBBRBBarbados|BDBGDBangladesh|BEBELBelgium|"
      + "BFBFABurkina Faso|BGBGRBulgaria|BHBHRBahrain|BIBDIBurundi|"
      + "BJBENBenin|BLBLMSt. Barthélemy|BMBMUBermuda|BNBRNBrunei|"
      + "BOBOLBolivia|BQBESCaribbean Netherlands|BRBRABrazil|BSBHSBahamas|"
      + "BTBTNBhutan|BVBVTBouvet Island|BWBWABotswana|BYBLRBelarus|"
      + "BZBLZBelize|CACANCanada|CCCCKCocos (Keeling) Islands|CDCODCongo - Kinshasa|"
      + "CFCAFCentral African Republic|CGCOGCongo - Brazzaville|CHCHESwitzerland|CICIVCôte d’Ivoire|"
      + "CKCOKCook Islands|CLCHLChile|CMCMRCameroon|CNCHNChina|"
      + "COCOLColombia|CRCRICosta Rica|CUCUBCuba|CVCPVCape Verde|"
      + "CWCUWCuraçao|CXCXRChristmas Island|CYCYPCyprus|CZCZECzechia|"
      + "DEDEUGermany|DJDJIDjibouti|DKDNKDenmark|DMDMADominica|"
      + "DODOMDominican Republic|DZDZAAlgeria|ECECUEcuador|EEESTEstonia|"
      + "EGEGYEgypt|EHESHWestern Sahara|ERERIEritrea|ESESPSpain|"
      + "ETETHEthiopia|FIFINFinland|FJFJIFiji|FKFLKFalkland Islands|"
      + "FMFSMMicronesia|FOFROFaroe Islands|FRFRAFrance|GAGABGabon|"
      + "GBGBRUnited Kingdom|GDGRDGrenada|GEGEOGeorgia|GFGUFFrench Guiana|"
      + "GGGGYGuernsey|GHGHAGhana|GIGIBGibraltar|GLGRLGreenland|"
      + "GMGMBGambia|GNGINGuinea|GPGLPGuadeloupe|GQGNQEquatorial Guinea|"
      + "GRGRCGreece|GSSGSSouth Georgia & South Sandwich Islands|GTGTMGuatemala|GUGUMGuam|"
      + "GWGNBGuinea-Bissau|GYGUYGuyana|HKHKGHong Kong SAR China|HMHMDHeard & McDonald Islands|"
      + "HNHNDHonduras|HRHRVCroatia|HTHTIHaiti|HUHUNHungary|"
      + "IDIDNIndonesia|IEIRLIreland|ILISRIsrael|IMIMNIsle of Man|"
      + "ININDIndia|IOIOTBritish Indian Ocean Territory|IQIRQIraq|IRIRNIran|"
      + "ISISLIceland|ITITAItaly|JEJEYJersey|JMJAMJamaica|"
      + "JOJORJordan|JPJPNJapan|KEKENKenya|KGKGZKyrgyzstan|"
      + "KHKHMCambodia|KIKIRKiribati|KMCOMComoros|KNKNASt. Kitts & Nevis|"
      + "KPPRKNorth Korea|KRKORSouth Korea|KWKWTKuwait|KYCYMCayman Islands|"
      + "KZKAZKazakhstan|LALAOLaos|LBLBNLebanon|LCLCASt. Lucia|"
      + "LILIELiechtenstein|LKLKASri Lanka|LRLBRLiberia|LSLSOLesotho|"
      + "LTLTULithuania|LULUXLuxembourg|LVLVALatvia|LYLBYLibya|"
      + "MAMARMorocco|MCMCOMonaco|MDMDAMoldova|MEMNEMontenegro|"
      + "MFMAFSt. Martin|MGMDGMadagascar|MHMHLMarshall Islands|MKMKDNorth Macedonia|"
      + "MLMLIMali|MMMMRMyanmar (Burma)|MNMNGMongolia|MOMACMacao SAR China|"
      + "MPMNPNorthern Mariana Islands|MQMTQMartinique|MRMRTMauritania|MSMSRMontserrat|"
      + "MTMLTMalta|MUMUSMauritius|MVMDVMaldives|MWMWIMalawi|"
      + "MXMEXMexico|MYMYSMalaysia|MZMOZMozambique|NANAMNamibia|"
      + "NCNCLNew Caledonia|NENERNiger|NFNFKNorfolk Island|NGNGANigeria|"
      + "NINICNicaragua|NLNLDNetherlands|NONORNorway|NPNPLNepal|"
      + "NRNRUNauru|NUNIUNiue|NZNZLNew Zealand|OMOMNOman|"
      + "PAPANPanama|PEPERPeru|PFPYFFrench Polynesia|PGPNGPapua New Guinea|"
      + "PHPHLPhilippines|PKPAKPakistan|PLPOLPoland|PMSPMSt. Pierre & Miquelon|"
      + "PNPCNPitcairn Islands|PRPRIPuerto Rico|PSPSEPalestinian Territories|PTPRTPortugal|"
      + "PWPLWPalau|PYPRYParaguay|QAQATQatar|REREURéunion|"
      + "ROROURomania|RSSRBSerbia|RURUSRussia|RWRWARwanda|"
      + "SASAUSaudi Arabia|SBSLBSolomon Islands|SCSYCSeychelles|SDSDNSudan|"
      + "SESWESweden|SGSGPSingapore|SHSHNSt. Helena|SISVNSlovenia|"
      + "SJSJMSvalbard & Jan Mayen|SKSVKSlovakia|SLSLESierra Leone|SMSMRSan Marino|"
      + "SNSENSenegal|SOSOMSomalia|SRSURSuriname|SSSSDSouth Sudan|"
      + "STSTPSão Tomé & Príncipe|SVSLVEl Salvador|SXSXMSint Maarten|SYSYRSyria|"
      + "SZSWZEswatini|TCTCATurks & Caicos Islands|TDTCDChad|TFATFFrench Southern Territories|"
      + "TGTGOTogo|THTHAThailand|TJTJKTajikistan|TKTKLTokelau|"
      + "TLTLSTimor-Leste|TMTKMTurkmenistan|TNTUNTunisia|TOTONTonga|"
      + "TRTURTurkey|TTTTOTrinidad & Tobago|TVTUVTuvalu|TWTWNTaiwan|"
      + "TZTZATanzania|UAUKRUkraine|UGUGAUganda|UMUMIU.S. Outlying Islands|"
      + "USUSAUnited States|UYURYUruguay|UZUZBUzbekistan|VAVATVatican City|"
      + "VCVCTSt. Vincent & Grenadines|VEVENVenezuela|VGVGBBritish Virgin Islands|VIVIRU.S. Virgin Islands|"
      + "VNVNMVietnam|VUVUTVanuatu|WFWLFWallis & Futuna|WSWSMSamoa|"
      + "YEYEMYemen|YTMYTMayotte|ZAZAFSouth Africa|ZMZMBZambia|"
      + "ZWZWEZimbabwe|";

  private static final Map<String, String> BY_KEY = new HashMap<>();
  /** Codes, names and aliases as the tables write them. */
  private static final List<String> SPELLINGS = new ArrayList<>();
  private static final List<String> ALPHA2 = new ArrayList<>();

  static {
    int start = 0;
    while (start < TABLE.length()) {
      int end = TABLE.indexOf('|', start);
      String a2 = TABLE.substring(start, start + 2);
      String a3 = TABLE.substring(start + 2, start + 5);
      String name = TABLE.substring(start + 5, end);
      ALPHA2.add(a2);
      BY_KEY.put(a2, a2);
      BY_KEY.put(a3, a2);
      BY_KEY.putIfAbsent(fold(name), a2);
      SPELLINGS.add(a2);
      SPELLINGS.add(a3);
      SPELLINGS.add(name);
      start = end + 1;
    }
    String[] aliases = {
      "USA", "US", "United States of America", "US", "America", "US", "U.S.", "US", "U.S.A.", "US",
      "UK", "GB", "U.K.", "GB", "Great Britain", "GB", "England", "GB", "Scotland", "GB",
      "Wales", "GB",
      "Deutschland", "DE", "Allemagne", "DE", "Alemania", "DE", "Frankreich", "FR",
      "Espana", "ES", "Espagne", "ES", "Spanien", "ES", "Italien", "IT", "Italia", "IT",
      "Nederland", "NL", "Holland", "NL", "Niederlande", "NL", "Schweiz", "CH", "Suisse", "CH",
      "Osterreich", "AT", "Oesterreich", "AT", "Nihon", "JP", "Nippon", "JP", "日本", "JP",
      "Brasil", "BR", "Mexico", "MX", "Mejico", "MX", "Belgie", "BE", "Belgique", "BE",
      "Sverige", "SE", "Norge", "NO", "Danmark", "DK", "Suomi", "FI", "Polska", "PL",
      "South Korea", "KR", "Korea", "KR", "Russia", "RU", "Czech Republic", "CZ",
      "Ivory Coast", "CI", "Turkey", "TR", "Vietnam", "VN", "Hong Kong", "HK", "Macau", "MO",
      // the ISO 3166-1 short names where they differ from the English ones above, as systems
      // that keep ISO's list export them, and the United Nations' forms of the same names
      "Korea, Republic of", "KR", "Republic of Korea", "KR", "Korea, South", "KR",
      "Korea, Democratic People's Republic of", "KP", "Democratic People's Republic of Korea",
      "KP", "Korea, North", "KP", "DPRK", "KP", "Viet Nam", "VN", "Türkiye", "TR",
      "Iran, Islamic Republic of", "IR", "Iran (Islamic Republic of)", "IR",
      "Bolivia, Plurinational State of", "BO", "Bolivia (Plurinational State of)", "BO",
      "Venezuela, Bolivarian Republic of", "VE", "Venezuela (Bolivarian Republic of)", "VE",
      "Tanzania, United Republic of", "TZ", "United Republic of Tanzania", "TZ",
      "Moldova, Republic of", "MD", "Republic of Moldova", "MD",
      "Micronesia, Federated States of", "FM", "Micronesia (Federated States of)", "FM",
      "Congo, The Democratic Republic of the", "CD", "Democratic Republic of the Congo", "CD",
      "DR Congo", "CD", "DRC", "CD", "Congo", "CG", "Republic of the Congo", "CG",
      "Congo, Republic of the", "CG", "Taiwan, Province of China", "TW",
      "Palestine, State of", "PS", "State of Palestine", "PS", "Palestine", "PS",
      "Virgin Islands, British", "VG", "Virgin Islands, U.S.", "VI",
      "Macedonia, the Former Yugoslav Republic of", "MK", "Macedonia", "MK",
      "Lao People's Democratic Republic", "LA", "Lao PDR", "LA", "Syrian Arab Republic", "SY",
      "Russian Federation", "RU", "Brunei Darussalam", "BN", "Holy See", "VA",
      "Holy See (Vatican City State)", "VA", "Vatican", "VA", "Cabo Verde", "CV",
      "Swaziland", "SZ", "Myanmar", "MM", "Burma", "MM", "Slovak Republic", "SK",
      "Kyrgyz Republic", "KG", "East Timor", "TL", "UAE", "AE", "U.A.E.", "AE", "KSA", "SA",
      "Hong Kong SAR", "HK", "Macao", "MO", "People's Republic of China", "CN", "PRC", "CN",
      "Republic of Ireland", "IE", "Northern Ireland", "GB",
      "United Kingdom of Great Britain and Northern Ireland", "GB",
      "Netherlands, Kingdom of the", "NL", "Kingdom of the Netherlands", "NL",
      "Falkland Islands (Malvinas)", "FK", "Saint Martin (French part)", "MF",
      "Sint Maarten (Dutch part)", "SX", "Bonaire, Sint Eustatius and Saba", "BQ",
      "Saint Helena, Ascension and Tristan da Cunha", "SH",
      "Heard Island and McDonald Islands", "HM", "United States Minor Outlying Islands", "UM",
      "Pitcairn", "PN", "Libyan Arab Jamahiriya", "LY",
      // the names in the countries' own languages that forms filled in there hold (English
      // forms above; Latin-script names that fold to one of those are already found)
      "中国", "CN", "中國", "CN", "中华人民共和国", "CN", "Zhongguo", "CN", "台灣", "TW", "台湾", "TW",
      "香港", "HK", "대한민국", "KR", "한국", "KR", "Россия", "RU", "Российская Федерация", "RU",
      "Україна", "UA", "Беларусь", "BY", "България", "BG", "Србија", "RS", "Srbija", "RS",
      "Ελλάδα", "GR", "Česko", "CZ", "Česká republika", "CZ", "Slovensko", "SK", "Slovenija", "SI",
      "Hrvatska", "HR", "Magyarország", "HU", "Lietuva", "LT", "Latvija", "LV", "Eesti", "EE",
      "Ísland", "IS", "Éire", "IE", "Svizzera", "CH", "Österreich", "AT", "España", "ES",
      "México", "MX", "Perú", "PE", "ประเทศไทย", "TH", "Việt Nam", "VN", "Pilipinas", "PH",
      "ישראל", "IL", "مصر", "EG", "السعودية", "SA", "المغرب", "MA", "ایران", "IR",
      "भारत", "IN", "Türkiye Cumhuriyeti", "TR"
    };
    for (int i = 0; i < aliases.length; i += 2) {
      BY_KEY.putIfAbsent(fold(aliases[i]), aliases[i + 1]);
      SPELLINGS.add(aliases[i]);
    }
  }

  private Countries() {}

  /** The alpha-2 code for an alpha-2 or alpha-3 code or an English name, ignoring case; or null. */
  public static String toAlpha2(String value) {
    String spelled = Spelled.ALPHA2.get(value);
    if (spelled != null) {
      return spelled; // a usual spelling: no folding
    }
    return lookUp(value);
  }

  /** The usual spellings (tables, in upper and lower case too) with their codes, made once. */
  private static final class Spelled {
    static final Map<String, String> ALPHA2 = new HashMap<>();

    static {
      for (String s : SPELLINGS) {
        for (String v : new String[] {s, dev.sluice.core.text.TextFold.upper(s),
            dev.sluice.core.text.TextFold.lower(s)}) {
          String code = lookUp(v);
          if (code != null) {
            ALPHA2.putIfAbsent(v, code);
          }
        }
      }
    }
  }

  private static String lookUp(String value) {
    String v = value.trim();
    if (v.length() == 2 || v.length() == 3) {
      String code = BY_KEY.get(dev.sluice.core.text.TextFold.upper(v));
      if (code != null) {
        return code;
      }
    }
    return BY_KEY.get(fold(v));
  }

  /**
   * The codes (alpha-2, alpha-3), English names and aliases as the tables write them: spellings
   * a validator may accept as they are (each is checked by whoever uses the list).
   */
  public static List<String> spellings() {
    return List.copyOf(SPELLINGS);
  }

  /** Whether a code is a known alpha-2 code (exact case). */
  public static boolean isAlpha2(String code) {
    return code != null && code.length() == 2 && code.equals(BY_KEY.get(code));
  }

  /** The number of countries. */
  public static int count() {
    return ALPHA2.size();
  }

  /** Every alpha-2 code, in alphabetical order. */
  public static List<String> alpha2Codes() {
    return List.copyOf(ALPHA2);
  }

  /**
   * The key a name is found by: folded ({@link dev.sluice.core.text.TextFold#fold}: case, accents,
   * punctuation), without the words "and" and "the", "Saint" written "St": so "Bosnia and
   * Herzegovina" is "Bosnia & Herzegovina", "Saint Lucia" is "St. Lucia", "The Gambia" and
   * "Gambia, The" are "Gambia", as lists of countries write them.
   */
  private static String fold(String name) {
    String folded = dev.sluice.core.text.TextFold.fold(name);
    StringBuilder key = new StringBuilder(folded.length());
    for (int from = 0; from < folded.length(); ) {
      int space = folded.indexOf(' ', from);
      int to = space < 0 ? folded.length() : space;
      String word = folded.substring(from, to);
      if (!word.isEmpty() && !word.equals("and") && !word.equals("the")) {
        key.append(key.length() == 0 ? "" : " ").append(word.equals("saint") ? "st" : word);
      }
      from = to + 1;
    }
    return key.toString();
  }
}
