// The frame of one sidebar section: a labelled region with a heading and a short explanation.
/// <reference lib="dom" />
import { type Child, h } from './dom'

/**
 * A `<section>` named by its heading (so screen readers list it as a region).
 *
 * @example
 * section('setup', text('sidebar.setup.heading'), text('sidebar.setup.intro'), button, status.element)
 */
export function section(
  id: string,
  heading: string,
  intro: string,
  ...children: Child[]
): HTMLElement {
  const headingId = `${id}-heading`
  return h(
    'section',
    { id, class: 'card', 'aria-labelledby': headingId },
    h('h2', { id: headingId }, heading),
    h('p', { class: 'intro' }, intro),
    ...children
  )
}
