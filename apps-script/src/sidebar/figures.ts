// A row of labelled figures (Version 4 · Events 61 · Added 4 …), as a description list.
/// <reference lib="dom" />
import { h } from './dom'

/**
 * The figures, each a term and its value; numbers are written the user's way.
 *
 * @example
 * figures([[text('sidebar.figure.version'), 4], [text('sidebar.figure.events'), 61]], 'es')
 */
export function figures(
  entries: readonly [label: string, value: number | string][],
  locale: string
): HTMLElement {
  const numbers = new Intl.NumberFormat(locale)
  return h(
    'dl',
    { class: 'figures' },
    ...entries.map(([label, value]) =>
      h(
        'div',
        {},
        h('dt', {}, label),
        h('dd', {}, typeof value === 'number' ? numbers.format(value) : value)
      )
    )
  )
}
