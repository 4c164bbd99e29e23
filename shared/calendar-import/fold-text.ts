// Folds text for matching what people type (headers, month names, markers): no case, no accents.

/**
 * Lower-cases, strips accents and turns every run of punctuation or spaces into one space.
 * For comparisons only: the text shown and stored is never folded.
 *
 * @example
 * foldText('  Título del  Evento ') // 'titulo del evento'
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}
