// Building the sidebar's elements: text always goes in as text nodes, never as markup.
/// <reference lib="dom" />

/** What an element may contain: nodes and text; null, undefined and false are skipped. */
export type Child = Node | string | null | undefined | false

/** Attributes to set; false and undefined leave the attribute out, true sets it empty. */
export type Attributes = Record<string, string | number | boolean | undefined>

/**
 * Creates an element with attributes and children.
 *
 * @example
 * h('button', { type: 'button', class: 'primary' }, text('sidebar.setup.button'))
 */
export function h<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[Tag] {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue
    element.setAttribute(name, value === true ? '' : String(value))
  }
  append(element, children)
  return element
}

/** Appends children (text as text nodes). */
export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child)
  }
}

/** Replaces all of an element's children. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren()
  append(parent, children)
}

let nextId = 0

/**
 * A document-unique id for label/aria wiring.
 *
 * @example
 * const id = uniqueId('worker-url') // 'worker-url-1'
 */
export function uniqueId(prefix: string): string {
  nextId += 1
  return `${prefix}-${nextId}`
}
