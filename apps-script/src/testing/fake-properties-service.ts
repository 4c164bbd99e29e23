// In-memory stand-in for PropertiesService: script, document and user properties, strings only.

/** A `Properties` store, as Apps Script gives it. */
export interface FakeProperties {
  getProperty(key: string): string | null
  setProperty(key: string, value: string): FakeProperties
  deleteProperty(key: string): FakeProperties
  getProperties(): Record<string, string>
  setProperties(properties: Record<string, string>, deleteAllOthers?: boolean): FakeProperties
  deleteAllProperties(): FakeProperties
  getKeys(): string[]
}

export interface FakePropertiesService {
  getScriptProperties(): FakeProperties
  getDocumentProperties(): FakeProperties
  getUserProperties(): FakeProperties
}

// Apps Script keeps a property's value under 9 KB; the fake refuses larger ones too.
const MAX_VALUE_BYTES = 9 * 1024

function utf8Length(text: string): number {
  let bytes = 0
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
  }
  return bytes
}

function createProperties(store: Map<string, string>): FakeProperties {
  const set = (key: string, value: unknown) => {
    const text = String(value)
    if (utf8Length(text) > MAX_VALUE_BYTES) {
      throw new Error(`Argument too large: value of property '${key}'`)
    }
    store.set(String(key), text)
  }
  const properties: FakeProperties = {
    getProperty: (key) => store.get(String(key)) ?? null,
    setProperty(key, value) {
      set(key, value)
      return properties
    },
    deleteProperty(key) {
      store.delete(String(key))
      return properties
    },
    getProperties: () => Object.fromEntries(store),
    setProperties(values, deleteAllOthers = false) {
      if (deleteAllOthers) store.clear()
      for (const [key, value] of Object.entries(values)) set(key, value)
      return properties
    },
    deleteAllProperties() {
      store.clear()
      return properties
    },
    getKeys: () => [...store.keys()],
  }
  return properties
}

/**
 * A fresh PropertiesService. Values are stored as strings, as Apps Script stores them; a
 * missing key reads as null.
 *
 * @example
 * const service = createFakePropertiesService()
 * service.getScriptProperties().setProperty('SYNC_CURSOR', 42)
 * service.getScriptProperties().getProperty('SYNC_CURSOR') // '42'
 */
export function createFakePropertiesService(): FakePropertiesService {
  const script = createProperties(new Map())
  const document = createProperties(new Map())
  const user = createProperties(new Map())
  return {
    getScriptProperties: () => script,
    getDocumentProperties: () => document,
    getUserProperties: () => user,
  }
}
