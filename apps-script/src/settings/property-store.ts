// The slice of Apps Script's `Properties` (script or document) the add-on uses: strings by key.

/** A `Properties` store; PropertiesService's real and fake stores both fit. */
export interface PropertyStore {
  getProperty(key: string): string | null
  setProperty(key: string, value: string): unknown
  deleteProperty(key: string): unknown
}

/** The two stores: Script Properties (per script) and Document Properties (per spreadsheet). */
export interface PropertyStores {
  script: PropertyStore
  document: PropertyStore
}

/**
 * A JSON value kept under `key`, or null when there is none or it is not JSON.
 *
 * @example
 * readJsonProperty(stores.document, 'LACRALO_LAST_SYNC')
 */
export function readJsonProperty(store: PropertyStore, key: string): unknown {
  const text = store.getProperty(key)
  if (text === null) return null
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}
