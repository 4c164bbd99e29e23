// Google's partial-response field masks ('sheets(properties(title),data.rowData)'), applied to
// the fake Sheets API's answers so that a client gets only the fields it asked for.

/** A parsed field mask: each field, and what of it to keep (true: all of it). */
export type Mask = Map<string, Mask | true>

/**
 * Reads a field mask into a tree; '.' and '/' both go one level down.
 *
 * @example
 * parseMask('sheets(properties(title),data.rowData)')
 */
export function parseMask(text: string): Mask {
  let position = 0
  function list(): Mask {
    const mask: Mask = new Map()
    while (position < text.length && text[position] !== ')') {
      let name = ''
      while (position < text.length && !',()'.includes(text[position] as string))
        name += text[position++]
      let inner: Mask | true = true
      if (text[position] === '(') {
        position++
        inner = list()
        position++
      }
      const parts = name.trim().split(/[./]/)
      let target = mask
      parts.forEach((part, index) => {
        if (index === parts.length - 1) {
          const existing = target.get(part)
          target.set(
            part,
            existing instanceof Map && inner instanceof Map ? merge(existing, inner) : inner
          )
        } else {
          let next = target.get(part)
          if (!(next instanceof Map)) {
            if (next === true) return
            next = new Map()
            target.set(part, next)
          }
          target = next
        }
      })
      if (text[position] === ',') position++
    }
    return mask
  }
  return list()
}

function merge(a: Mask, b: Mask): Mask {
  for (const [name, inner] of b) {
    const existing = a.get(name)
    a.set(name, existing instanceof Map && inner instanceof Map ? merge(existing, inner) : inner)
  }
  return a
}

/**
 * Keeps only the fields `mask` names, through arrays.
 *
 * @example
 * applyMask({ a: 1, b: { c: 2, d: 3 } }, parseMask('b.c')) // { b: { c: 2 } }
 */
export function applyMask(value: unknown, mask: Mask | true): unknown {
  if (mask === true || value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) return value.map((item) => applyMask(item, mask))
  if (mask.has('*')) return value
  const picked: Record<string, unknown> = {}
  for (const [name, inner] of mask) {
    const field = (value as Record<string, unknown>)[name]
    if (field !== undefined) picked[name] = applyMask(field, inner)
  }
  return picked
}
