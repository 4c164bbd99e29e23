// The organization names the registration form suggests (a <datalist>): some of LACRALO's ALSes.

/*
 * D1 has no ALS table (the roster lives in the spreadsheet and is not published to the
 * Worker), so the form suggests this short list. The field stays free text: a suggestion
 * only saves typing. Sources: the LACRALO pamphlet of 2010 (which names the ALSes of its
 * quoted representatives) and ICANN's ALS application records. Names are written as the
 * organizations write them. When the roster is published to D1, read the active ALSes
 * from there instead.
 */
const ALS_NAMES = [
  'AGEIA DENSI',
  'Asociación Colombiana de Usuarios de Internet',
  'Fundación Redes y Desarrollo (FUNREDES)',
  'Internauta Argentina',
  'Internauta Brasil',
  'Internet Society Trinidad and Tobago Chapter',
] as const

/**
 * The suggested names, sorted for the reader's language.
 *
 * @example
 * affiliationSuggestions('es') // ['AGEIA DENSI', 'Asociación Colombiana de Usuarios de Internet', …]
 */
export function affiliationSuggestions(locale: string): string[] {
  const collator = new Intl.Collator(locale)
  return [...ALS_NAMES].sort(collator.compare)
}
