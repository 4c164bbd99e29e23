// Guesses an event's category and format from its title, for sheets without those columns.
import type { EventCategory, EventFormat } from '../schemas/event'
import { foldText } from './fold-text'

// The first rule whose pattern the folded title matches gives the category; 'other' when none
// does. The order settles titles that match two rules:
// - capacity building before webinar: "LACRALO 2nd Capacity Development Webinar" is one of the
//   capacity-building webinars; "ICANN101" / "ICANN 101" is a course, not ICANN meeting 101;
// - webinar before the ICANN meeting rule: "ICANN77 LAC GAC Webinar" is a webinar about it;
// - roadshow and IGF before the telecom bodies: "CTU ICT Roadshow" is a roadshow and
//   "CTU 19th IGF" a governance forum, though the CTU organizes both;
// - the technical community (CaribNOG, LACNIC, LACNOG, IX Forum, NIC.br ...) before the telecom
//   bodies (CTU, CITEL, CANTO, CARTICOM ...): "Technical Workshop ... Caribnog CTU" is technical.
const CATEGORY_RULES: readonly { category: EventCategory; pattern: RegExp }[] = [
  {
    category: 'capacity-building',
    pattern:
      /\b(capacity (development|building)|(desarrollo|fortalecimiento) de capacidades|capacitacao|capacitacion|renforcement des capacites|icann ?101)\b/,
  },
  { category: 'webinar', pattern: /\b(webinars?|webinarios?|seminarios? web|webinaires?)\b/ },
  { category: 'lacralo-meeting', pattern: /\blacralo\b/ },
  { category: 'icann-meeting', pattern: /\bicann ?\d{2,3}\b/ },
  { category: 'roadshow', pattern: /\broad ?shows?\b/ },
  {
    category: 'governance-forum',
    pattern:
      /\b(y?igf|lacigf|internet governance forum|foro de gobernanza de internet|forum da internet|forum sur la gouvernance de l internet)\b/,
  },
  {
    category: 'technical-community',
    pattern:
      /\b(caribnog|lacnic|lacnog|lactld|arin|nic br|ix forum|ix national meeting|ixp|abrint|dns|technical workshop)\b/,
  },
  {
    category: 'telecom-policy',
    pattern: /\b(ctu|citel|canto|carticom|regulatel|comtelca|itu|uit)\b/,
  },
]

/**
 * The category a title suggests.
 *
 * @example
 * inferCategory('ICANN76 Community Forum Cancun, Mexico') // 'icann-meeting'
 * inferCategory('CTU 34th Anniversary') // 'telecom-policy'
 * inferCategory('Montevideo Office All Hands') // 'other'
 */
export function inferCategory(title: string): EventCategory {
  const folded = foldText(title)
  return CATEGORY_RULES.find((rule) => rule.pattern.test(folded))?.category ?? 'other'
}

// Webinars and calls happen online; a title saying "hybrid" is hybrid; the rest in person.
const VIRTUAL =
  /\b(webinars?|webinarios?|seminarios? web|webinaires?|calls?|online|virtual|virtuel|en linea|en ligne|zoom)\b/
const HYBRID = /\b(hybrid|hibrido|hibrida|hybride)\b/

/**
 * The format a title suggests.
 *
 * @example
 * inferFormat('LAC GAC Webinar') // 'virtual'
 * inferFormat('CaribNOG 25') // 'in-person'
 */
export function inferFormat(title: string): EventFormat {
  const folded = foldText(title)
  if (HYBRID.test(folded)) return 'hybrid'
  return VIRTUAL.test(folded) ? 'virtual' : 'in-person'
}
