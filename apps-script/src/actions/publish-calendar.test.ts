import { describe, expect, it } from 'vitest'
import { createTestbed } from '../testing/action-testbed'
import { runDecideProposal } from './decide-proposal'
import { runPublishCalendar } from './publish-calendar'
import { runSyncMemberInput } from './sync-member-input'

const EVENTS = [
  {
    id: 'caribnog-25',
    title: 'CaribNOG 25',
    startDate: '2023-03-26',
    city: 'Kingston',
    country: 'JM',
  },
  {
    id: 'lacnic-39',
    title: 'LACNIC 39 – Foro Técnico',
    startDate: '2023-05-02',
    endDate: '2023-05-05',
    startTime: '09:00',
    timeZone: 'America/Mexico_City',
    languages: ['es', 'pt'],
  },
  { id: 'igf-paraguay', title: 'Foro de Gobernanza de Internet de Paraguay', status: 'tentative' },
]

describe('Publish the calendar', () => {
  it('reads Events once and publishes it with one signed request', () => {
    const bed = createTestbed({ locale: 'pt' })
    bed.fill('Events', EVENTS)
    const result = runPublishCalendar(bed.host)
    expect(result).toMatchObject({
      ok: true,
      version: 1,
      counts: { events: 3, added: 3, changed: 0, removed: 0 },
      added: ['caribnog-25', 'lacnic-39', 'igf-paraguay'],
      message:
        'Calendário publicado, versão 1. Eventos: 3 (adicionados: 3, alterados: 0, removidos: 0).',
    })
    expect(bed.fake.network.requests).toHaveLength(1)
    expect(bed.worker.visits).toEqual([
      { method: 'PUT', pathWithQuery: '/admin/events', signed: true, status: 200 },
    ])
    expect(bed.fake.calls.count('getValues')).toBe(1)
    expect(bed.fake.calls.writes()).toBe(0)
    const sent = bed.worker.calendarPuts[0]?.events ?? []
    expect(sent[1]).toMatchObject({
      title: 'LACNIC 39 – Foro Técnico',
      languages: ['es', 'pt'],
      startTime: '09:00',
    })
    expect(bed.fake.spreadsheet.toasts).toEqual([
      { message: expect.stringContaining('versão 1'), title: 'Publicar o calendário' },
    ])
  })

  it('reports what changed since the last publish', () => {
    const bed = createTestbed()
    bed.fill('Events', EVENTS)
    runPublishCalendar(bed.host)
    const sheet = bed.fake.spreadsheet.sheet('Events')
    sheet.cellForWrite(2, 2).value = 'CaribNOG 25 (Kingston)'
    bed.advance(60_000)
    const result = runPublishCalendar(bed.newHost())
    expect(result).toMatchObject({
      ok: true,
      version: 2,
      changed: ['caribnog-25'],
      added: [],
      removed: [],
    })
  })

  it('refuses, sending nothing, while Events has problems, and says where they are', () => {
    const bed = createTestbed({ locale: 'es' })
    bed.fill('Events', [...EVENTS, { id: 'Bad ID', title: 'Roadshow', startDate: '2023-13-01' }])
    const result = runPublishCalendar(bed.host)
    expect(result).toMatchObject({ ok: false, code: 'invalid-rows' })
    expect(result.message).toBe(
      'El calendario no se publicó: la pestaña Events tiene problemas (2). Corríjalos y publique de nuevo; no se envió nada.'
    )
    expect(
      result.ok === false && result.problems.map((problem) => [problem.row, problem.column])
    ).toEqual([
      [5, 'ID'],
      [5, 'Start date'],
    ])
    expect(bed.fake.network.requests).toEqual([])
  })

  it('leaves out the events members proposed until someone accepts them, and says how many wait', () => {
    const bed = createTestbed({ locale: 'es' })
    bed.fill('Events', EVENTS)
    bed.worker.propose({ id: 'prop-1' })
    bed.worker.propose({ id: 'prop-2', title: 'Semana da Internet no Suriname', country: 'SR' })
    runSyncMemberInput(bed.host)
    // Staff broke the second proposal's row: it is not published either way, so it blocks nothing.
    bed.fake.spreadsheet.sheet('Events').cellForWrite(6, 3).value = 'la semana que viene'
    bed.worker.visits.length = 0

    const result = runPublishCalendar(bed.newHost())
    expect(result).toMatchObject({
      ok: true,
      counts: { events: 3, added: 3 },
      proposalsWaiting: 2,
      message:
        'Calendario publicado, versión 1. Eventos: 3 (añadidos: 3, modificados: 0, eliminados: 0). Eventos propuestos por miembros que quedaron fuera, pendientes de decisión en la pestaña Proposals: 2.',
    })
    const sent = bed.worker.calendarPuts[0]?.events ?? []
    expect(sent.map((event) => event.id)).toEqual(['caribnog-25', 'lacnic-39', 'igf-paraguay'])
    expect(bed.worker.visits.map((visit) => visit.status)).toEqual([200])

    // Accepted, the proposal goes out as tentative with the next publish.
    runDecideProposal(bed.newHost(), { proposalId: 'prop-1', decision: 'accepted' })
    bed.advance(60_000)
    const next = runPublishCalendar(bed.newHost())
    expect(next).toMatchObject({
      ok: true,
      proposalsWaiting: 1,
      added: ['foro-de-gobernanza-de-internet-de-bolivia-2023-09-14'],
    })
    expect(bed.worker.calendarPuts[1]?.events.at(-1)).toMatchObject({
      title: 'Foro de Gobernanza de Internet de Bolivia',
      status: 'tentative',
    })
  })

  it('sends nothing when every event is a proposal waiting for a decision', () => {
    const bed = createTestbed()
    bed.worker.propose({ id: 'prop-1' })
    runSyncMemberInput(bed.host)
    const result = runPublishCalendar(bed.newHost())
    expect(result).toMatchObject({ ok: false, code: 'empty' })
    expect(result.message).toBe(
      'The Events tab holds only events proposed by members that are waiting for a decision (1); they are never published, so nothing was sent. Accept them from the sidebar first.'
    )
    expect(bed.worker.calendarPuts).toEqual([])
  })

  it('refuses to publish an empty Events tab, which would empty the public calendar', () => {
    const bed = createTestbed()
    const result = runPublishCalendar(bed.host)
    expect(result).toMatchObject({ ok: false, code: 'empty' })
    expect(bed.fake.network.requests).toEqual([])
  })

  it('asks for the settings when the Worker is not set up, reading nothing', () => {
    const bed = createTestbed({ configured: false })
    bed.fill('Events', EVENTS)
    const result = runPublishCalendar(bed.host)
    expect(result).toMatchObject({ ok: false, code: 'not-configured' })
    expect(bed.fake.calls.count('getValues')).toBe(0)
    expect(bed.fake.network.requests).toEqual([])
  })

  it('tells staff to check the secret when the Worker answers 401', () => {
    const bed = createTestbed({ locale: 'fr' })
    bed.fill('Events', EVENTS)
    bed.fake.globals.PropertiesService.getScriptProperties().setProperty(
      'LACRALO_ADMIN_SECRET',
      'an-old-secret-0123456789'
    )
    const result = runPublishCalendar(bed.host)
    expect(result).toMatchObject({ ok: false, code: 'unauthorized' })
    expect(result.message).toContain('le secret d’administration ne correspond pas')
    expect(bed.worker.calendarPuts).toEqual([])
  })

  it('says the Worker is unreachable when the network fails', () => {
    const bed = createTestbed()
    bed.fill('Events', EVENTS)
    bed.fake.network.setHandler(() => {
      throw new Error('Exception: DNS error: https://lacralo.example.workers.dev/admin/events')
    })
    const result = runPublishCalendar(bed.host)
    expect(result).toMatchObject({ ok: false, code: 'unreachable' })
    expect(bed.fake.spreadsheet.toasts[0]?.message).toContain('Could not reach the web service')
  })

  it('places the Worker’s own refusals on the rows they came from', () => {
    const bed = createTestbed()
    bed.fill('Events', EVENTS)
    bed.worker.intercept(() => ({
      status: 422,
      json: {
        error: {
          code: 'invalid_request',
          message: 'The request has problems.',
          problems: [
            {
              index: 1,
              id: 'lacnic-39',
              path: 'events.1.timeZone',
              field: 'Time zone',
              message: 'Time zone: unknown',
            },
            { field: 'events', message: 'Too many events' },
          ],
        },
      },
    }))
    const result = runPublishCalendar(bed.host)
    expect(result).toEqual({
      ok: false,
      code: 'rejected',
      message:
        'The web service did not accept the calendar, so the public calendar is unchanged: The request has problems.',
      problems: [
        {
          tab: 'Events',
          row: 3,
          column: 'Time zone',
          message: 'Time zone: unknown',
          severity: 'error',
        },
        { tab: null, row: null, column: null, message: 'Too many events', severity: 'error' },
      ],
    })
  })

  it('does not take an answer that is not a publish result for one', () => {
    const bed = createTestbed()
    bed.fill('Events', EVENTS)
    bed.worker.intercept(() => ({ status: 200, json: { ok: true } }))
    expect(runPublishCalendar(bed.host)).toMatchObject({ ok: false, code: 'unexpected-answer' })
  })
})
