// Words that stand in for something not decided yet ('TBD', 'placeholder', 'por confirmar' ...).
import { foldText } from './fold-text'

// Folded, in the four languages. A date cell holding one of these is not a date yet; a title
// carrying one in brackets, "(place TBD)", marks the event as tentative.
const MARKERS = [
  'placeholder',
  'tbd',
  'tbc',
  'tba',
  'to be determined',
  'to be confirmed',
  'to be announced',
  'tentative',
  'provisional',
  'pending',
  'unknown',
  'por confirmar',
  'a confirmar',
  'por definir',
  'a definir',
  'pendiente',
  'sin fecha',
  'sem data',
  'pendente',
  'a ser definido',
  'a ser definida',
  'a ser confirmado',
  'a ser confirmada',
  'a confirmer',
  'a preciser',
  'provisoire',
  'en attente',
  'n a',
] as const

/**
 * The stand-in word or phrase in `text`, or null. Text made only of punctuation ('?', '-')
 * counts as a stand-in too.
 *
 * @example
 * findMarker('Por confirmar') // 'por confirmar'
 * findMarker('October (TBC)') // 'tbc'
 * findMarker('next week') // null
 */
export function findMarker(text: string): string | null {
  const folded = foldText(text)
  if (folded === '') return text.trim() === '' ? null : text.trim()
  const padded = ` ${folded} `
  return MARKERS.find((marker) => padded.includes(` ${marker} `)) ?? null
}

/**
 * The bracketed stand-in of a title, and the title without it (for ids and comparisons).
 *
 * @example
 * titleMarker('Third LAC Roadshow (place TBD)')
 * // { marker: '(place TBD)', bareTitle: 'Third LAC Roadshow' }
 * titleMarker('CaribNOG 25') // { marker: null, bareTitle: 'CaribNOG 25' }
 */
export function titleMarker(title: string): { marker: string | null; bareTitle: string } {
  for (const group of title.matchAll(/[([]([^()[\]]*)[)\]]/g)) {
    if (findMarker(group[1] ?? '') === null) continue
    const bareTitle = title
      .replace(group[0], ' ')
      .replace(/\s+/g, ' ')
      .replace(/[\s\-–—:,;]+$/, '')
      .trim()
    return { marker: group[0], bareTitle: bareTitle === '' ? title : bareTitle }
  }
  return { marker: null, bareTitle: title }
}
