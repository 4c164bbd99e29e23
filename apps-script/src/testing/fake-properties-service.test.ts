import { describe, expect, it } from 'vitest'
import { createFakeAppsScript } from './fake-apps-script'

describe('fake PropertiesService', () => {
  it('stores strings per store, reads a missing key as null, deletes', () => {
    const { PropertiesService } = createFakeAppsScript().globals
    const script = PropertiesService.getScriptProperties()
    script.setProperty('SYNC_CURSOR', 42 as unknown as string)
    expect(script.getProperty('SYNC_CURSOR')).toBe('42')
    expect(script.getProperty('MISSING')).toBeNull()
    expect(PropertiesService.getDocumentProperties().getProperty('SYNC_CURSOR')).toBeNull()
    expect(PropertiesService.getScriptProperties().getProperties()).toEqual({ SYNC_CURSOR: '42' })
    script.deleteProperty('SYNC_CURSOR')
    expect(script.getKeys()).toEqual([])
  })

  it('sets several at once, optionally replacing all others', () => {
    const document = createFakeAppsScript().globals.PropertiesService.getDocumentProperties()
    document.setProperties({ a: '1', b: '2' })
    document.setProperties({ c: '3' }, true)
    expect(document.getProperties()).toEqual({ c: '3' })
  })

  it('refuses a value over 9 KB, as Apps Script does', () => {
    const script = createFakeAppsScript().globals.PropertiesService.getScriptProperties()
    expect(() => script.setProperty('BIG', 'é'.repeat(5000))).toThrow(/too large/)
    expect(script.getProperty('BIG')).toBeNull()
  })
})
