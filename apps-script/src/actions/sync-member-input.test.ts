import { describe, expect, it } from 'vitest'
import { t } from '../../../shared/i18n/catalogue'
import { headerRow, rowToRecord, type TabName } from '../../../shared/workbook/tabs'
import { createTestbed, type Testbed } from '../testing/action-testbed'
import { runDecideProposal } from './decide-proposal'
import {
  LAST_MEMBER_INPUT_SYNC_PROPERTY,
  MEMBER_INPUT_CURSOR_PROPERTIES,
  runMemberProposals,
  runScheduledMemberInputSync,
  runSyncMemberInput,
} from './sync-member-input'
import { readCursor } from './sync-state'
import { runValidation } from './validate-workbook'

const ZONE = 'America/Montevideo'

/** A tab's rows as records (through the tab's columns), each with its row number. */
function records(bed: Testbed, tab: TabName): Record<string, unknown>[] {
  return bed.host.workbook
    .readTab(tab)
    .rows.map((row) => ({ row: row.rowNumber, ...rowToRecord(tab, row.cells, { timeZone: ZONE }) }))
}

function byId(bed: Testbed, tab: TabName, id: string): Record<string, unknown> | undefined {
  return records(bed, tab).find((record) => record.id === id)
}

function cell(bed: Testbed, tab: TabName, row: number, header: string) {
  return bed.fake.spreadsheet.sheet(tab).cellAt(row, headerRow(tab).indexOf(header) + 1)
}

function setCell(bed: Testbed, tab: TabName, row: number, header: string, value: string) {
  bed.fake.spreadsheet.sheet(tab).cellForWrite(row, headerRow(tab).indexOf(header) + 1).value =
    value
}

function problemsIn(bed: Testbed, tabs: string[]) {
  const checked = runValidation(bed.newHost())
  if (!checked.ok) throw new Error(checked.message)
  return checked.problems.filter((problem) => tabs.includes(problem.tab ?? ''))
}

/** Two proposals (one Portuguese, outside the region) and two suggestions on the fake Worker. */
function memberInput(bed: Testbed) {
  bed.worker.propose({ id: 'prop-1' })
  bed.worker.propose({
    id: 'prop-2',
    title: 'Webinar: DNSSEC para provedores',
    startDate: '2023-05-10',
    endDate: null,
    city: null,
    country: 'other',
    format: 'virtual',
    url: null,
    why: '=1+1 porque os provedores pedem',
    cropSuitable: false,
    proposerName: 'Zoë Saldanha',
    proposerEmail: 'zoë@provedor.example',
    proposerEmailKey: 'zoë@provedor.example',
    language: 'pt',
  })
  bed.worker.suggest({ id: 'sug-1' })
  bed.worker.suggest({
    id: 'sug-2',
    kind: 'person',
    candidateName: 'Marie-Claire Joseph',
    country: 'HT',
    contactEmail: null,
    contactEmailKey: null,
    contactOther: '+509 3700 0000',
    programme: 'fellowship-nextgen',
    contactBasis: 'agreed',
    suggesterName: 'Jean Pierre',
    suggesterEmail: 'jean@exemple.ht',
    suggesterEmailKey: 'jean@exemple.ht',
    language: 'fr',
  })
}

describe('Sync member proposals and suggestions', () => {
  it('brings a proposal in as a pending Proposals row and a "proposed" Events row, a suggestion as a Prospects row', () => {
    const bed = createTestbed({ locale: 'es' })
    // Staff already have an event with the proposal's title and date: the new ID must differ.
    bed.fill('Events', [
      {
        id: 'foro-de-gobernanza-de-internet-de-bolivia-2023-09-14',
        title: 'Foro de Gobernanza de Internet de Bolivia',
        startDate: '2023-09-14',
        status: 'tentative',
      },
    ])
    memberInput(bed)
    const result = runSyncMemberInput(bed.host)
    expect(result).toMatchObject({
      ok: true,
      proposals: { received: 2, added: 2, updated: 0, erased: 0 },
      suggestions: { received: 2, added: 2, updated: 0, erased: 0 },
      more: false,
      notes: [],
      message:
        'Aportes de los miembros sincronizados. Propuestas recibidas: 2 (nuevas: 2, actualizadas: 0, proponentes borrados: 0). Sugerencias recibidas: 2 (nuevas: 2, actualizadas: 0, eliminadas a pedido de la persona sugerida: 0). Pendientes de decisión: 2.',
    })
    expect(result.ok && result.pending.map((proposal) => [proposal.id, proposal.place])).toEqual([
      ['prop-1', 'La Paz, Bolivia'],
      ['prop-2', null],
    ])

    const bolivia = 'foro-de-gobernanza-de-internet-de-bolivia-2023-09-14-2'
    expect(byId(bed, 'Proposals', 'prop-1')).toMatchObject({
      eventId: bolivia,
      title: 'Foro de Gobernanza de Internet de Bolivia',
      receivedAt: '2023-03-01T12:00:00.000Z',
      proposerName: 'Ana Quispe Mamani',
      proposerEmail: 'ana@ejemplo.bo',
      language: 'es',
      cropSuitable: true,
      decision: 'pending',
    })
    expect(byId(bed, 'Events', bolivia)).toMatchObject({
      row: 3,
      title: 'Foro de Gobernanza de Internet de Bolivia',
      startDate: '2023-09-14',
      endDate: '2023-09-15',
      city: 'La Paz',
      country: 'BO',
      subregion: 'south-america',
      category: 'governance-forum',
      format: 'hybrid',
      status: 'proposed',
      url: 'https://igf.example.bo',
      cropEligible: true,
      description: 'Bolivia no tiene ALS todavía.',
    })
    const webinar = byId(bed, 'Events', 'webinar-dnssec-para-provedores-2023-05-10')
    expect(webinar).toMatchObject({
      country: null,
      subregion: null,
      category: 'webinar',
      format: 'virtual',
      status: 'proposed',
      cropEligible: false,
    })
    // What the public typed stays text, never a formula.
    expect(cell(bed, 'Events', 4, 'Description')).toMatchObject({
      value: '=1+1 porque os provedores pedem',
      formula: '',
    })
    expect(byId(bed, 'Proposals', 'prop-2')).toMatchObject({ language: 'pt' })

    expect(records(bed, 'Prospects')).toEqual([
      expect.objectContaining({
        id: 'sug-1',
        name: 'Red de Telecentros de Honduras',
        kind: 'organization',
        country: 'HN',
        programme: 'als-accreditation',
        stage: 'identified',
        email: 'contacto@telecentros.hn',
        language: 'es',
        suggestedBy: 'Luis Ortega',
        identifiedOn: '2023-03-01',
        liaison: null,
        notes: t('es', 'proposals.sync.basisPublic'),
      }),
      expect.objectContaining({
        id: 'sug-2',
        name: 'Marie-Claire Joseph',
        kind: 'person',
        email: null,
        contactOther: '+509 3700 0000',
        language: 'fr',
        suggestedBy: 'Jean Pierre',
        notes: t('es', 'proposals.sync.basisAgreed'),
      }),
    ])
    // Staff's own columns: nothing written there.
    expect(cell(bed, 'Proposals', 2, 'Email sent').value).toBe('')
    expect(problemsIn(bed, ['Events', 'Proposals', 'Prospects'])).toEqual([])
  })

  it('adds nothing the second time, and says everything is up to date', () => {
    const bed = createTestbed({ locale: 'pt' })
    memberInput(bed)
    runSyncMemberInput(bed.host)
    const before = ['Events', 'Proposals', 'Prospects'].map((tab) => bed.values(tab))
    bed.fake.network.requests.length = 0
    const again = runSyncMemberInput(bed.newHost())
    expect(again).toMatchObject({
      ok: true,
      proposals: { received: 0, added: 0 },
      suggestions: { received: 0, added: 0 },
      message:
        'As propostas e sugestões estão em dia: nada de novo desde a última sincronização. Aguardando decisão: 2.',
    })
    expect(['Events', 'Proposals', 'Prospects'].map((tab) => bed.values(tab))).toEqual(before)
    expect(bed.fake.network.requests.map((request) => request.url.split('.dev')[1])).toEqual([
      '/admin/proposals?after=2&limit=200',
      '/admin/suggestions?after=2&limit=200',
    ])
  })

  it('rewrites only the Worker’s cells of a changed item: staff’s decision, stage, liaison and notes stay', () => {
    const bed = createTestbed()
    memberInput(bed)
    runSyncMemberInput(bed.host)
    const bolivia = 'foro-de-gobernanza-de-internet-de-bolivia-2023-09-14'
    // Staff's work in the sheet.
    setCell(bed, 'Proposals', 2, 'Note to proposer', 'Ask about the programme')
    setCell(bed, 'Proposals', 3, 'Decision', 'accepted')
    setCell(bed, 'Events', 2, 'Title', 'IGF Bolivia 2023')
    setCell(bed, 'Prospects', 2, 'Stage', 'contacted')
    setCell(bed, 'Prospects', 2, 'Liaison', 'Dev Anand Teelucksingh')
    setCell(bed, 'Prospects', 2, 'Contacted on', '2023-03-05')
    setCell(bed, 'Prospects', 2, 'Notes', 'Called on Monday')

    bed.worker.changeProposal('prop-1', {
      why: 'Bolivia todavía no tiene ALS; viene el ministerio.',
    })
    bed.worker.changeProposal('prop-2', { title: 'Webinar: DNSSEC para provedores (2ª edição)' })
    bed.worker.changeSuggestion('sug-1', {
      organization: 'Asociación de Telecentros',
      contactOther: '+504 2222 2222',
    })
    const result = runSyncMemberInput(bed.newHost())
    expect(result).toMatchObject({
      ok: true,
      proposals: { received: 2, added: 0, updated: 2 },
      suggestions: { received: 1, added: 0, updated: 1 },
    })
    expect(byId(bed, 'Proposals', 'prop-1')).toMatchObject({
      why: 'Bolivia todavía no tiene ALS; viene el ministerio.',
      note: 'Ask about the programme',
      decision: 'pending',
      eventId: bolivia,
    })
    expect(byId(bed, 'Proposals', 'prop-2')).toMatchObject({
      title: 'Webinar: DNSSEC para provedores (2ª edição)',
      decision: 'accepted',
    })
    // The Events row is staff's once written.
    expect(byId(bed, 'Events', bolivia)).toMatchObject({
      title: 'IGF Bolivia 2023',
      description: 'Bolivia no tiene ALS todavía.',
    })
    expect(byId(bed, 'Prospects', 'sug-1')).toMatchObject({
      organization: 'Asociación de Telecentros',
      contactOther: '+504 2222 2222',
      stage: 'contacted',
      liaison: 'Dev Anand Teelucksingh',
      contactedOn: '2023-03-05',
      notes: 'Called on Monday',
      identifiedOn: '2023-03-01',
    })
    expect(records(bed, 'Events')).toHaveLength(2)
  })

  it('blanks an erased proposer, and removes the row of a candidate who asked to be erased', () => {
    const bed = createTestbed({ locale: 'fr' })
    memberInput(bed)
    bed.worker.suggest({ id: 'sug-3', candidateName: 'ISP Copán', suggesterName: 'Marta Ruiz' })
    runSyncMemberInput(bed.host)
    setCell(bed, 'Prospects', 3, 'Notes', 'Her cousin works at the ministry')

    bed.worker.eraseProposer('prop-1')
    bed.worker.eraseCandidate('sug-2')
    bed.worker.eraseSuggester('sug-3')
    // Erased before the sheet ever had them: a proposal keeps its event, a candidate leaves nothing.
    bed.worker.propose({ id: 'prop-3', title: 'CaribNOG 26', country: 'JM', city: 'Kingston' })
    bed.worker.eraseProposer('prop-3')
    bed.worker.suggest({ id: 'sug-4', candidateName: 'Red Comunitaria del Chocó' })
    bed.worker.eraseCandidate('sug-4')

    const result = runSyncMemberInput(bed.newHost())
    expect(result).toMatchObject({
      ok: true,
      proposals: { received: 2, added: 1, updated: 0, erased: 1 },
      suggestions: { received: 3, added: 0, updated: 1, erased: 1 },
    })
    expect(byId(bed, 'Proposals', 'prop-1')).toMatchObject({
      proposerName: null,
      proposerEmail: null,
      title: 'Foro de Gobernanza de Internet de Bolivia',
    })
    expect(byId(bed, 'Proposals', 'prop-3')).toMatchObject({
      proposerName: null,
      proposerEmail: null,
      decision: 'pending',
    })
    expect(byId(bed, 'Events', 'caribnog-26-2023-09-14')).toMatchObject({ status: 'proposed' })
    expect(records(bed, 'Events')).toHaveLength(3)

    expect(records(bed, 'Prospects').map((prospect) => [prospect.row, prospect.id])).toEqual([
      [2, 'sug-1'],
      [3, 'sug-3'],
    ])
    expect(byId(bed, 'Prospects', 'sug-3')).toMatchObject({
      name: 'ISP Copán',
      suggestedBy: null,
      stage: 'identified',
    })
    const prospects = JSON.stringify(bed.values('Prospects'))
    for (const personal of ['Marie-Claire', '+509', 'Jean Pierre', 'ministry', 'Marta', 'Chocó'])
      expect(prospects).not.toContain(personal)
    expect(JSON.stringify(bed.values('Proposals'))).not.toContain('ana@ejemplo.bo')
    expect(problemsIn(bed, ['Events', 'Proposals', 'Prospects'])).toEqual([])
  })

  it('removes the right rows when candidates are erased page after page', () => {
    const bed = createTestbed()
    for (const id of ['sug-1', 'sug-2', 'sug-3', 'sug-4'])
      bed.worker.suggest({ id, candidateName: `Candidate ${id}` })
    runSyncMemberInput(bed.host)
    bed.worker.eraseCandidate('sug-1')
    bed.worker.eraseCandidate('sug-3')
    bed.worker.changeSuggestion('sug-4', { why: 'Runs the IXP' })
    const result = runSyncMemberInput(bed.newHost(), { pageSize: 1 })
    expect(result).toMatchObject({ ok: true, suggestions: { received: 3, erased: 2, updated: 1 } })
    expect(records(bed, 'Prospects').map((prospect) => [prospect.id, prospect.why])).toEqual([
      ['sug-2', 'Forma a usuarios rurales; Honduras no tiene ALS.'],
      ['sug-4', 'Runs the IXP'],
    ])
  })

  it('writes 600 proposals and 600 suggestions in one batch per tab and page', () => {
    const bed = createTestbed()
    for (let index = 1; index <= 600; index++) {
      bed.worker.propose({ id: `prop-${index}`, title: `Evento ${index}` })
      bed.worker.suggest({ id: `sug-${index}`, candidateName: `Candidata ${index}` })
    }
    const result = runSyncMemberInput(bed.host, { pageSize: 300 })
    expect(result).toMatchObject({
      ok: true,
      proposals: { received: 600, added: 600 },
      suggestions: { received: 600, added: 600 },
    })
    expect(result.ok && result.pending).toHaveLength(600)
    // Per proposals page: the Events rows, then the Proposals rows; per suggestions page: one.
    expect(bed.fake.calls.count('setValues')).toBe(6)
    expect(bed.fake.calls.writes()).toBe(6)
    expect(bed.fake.network.requests).toHaveLength(4)
    expect(new Set(records(bed, 'Events').map((event) => event.id)).size).toBe(600)
  })

  it('stops to stay within Apps Script’s time limit, and the next run goes on where it stopped', () => {
    const bed = createTestbed()
    for (let index = 1; index <= 6; index++)
      bed.worker.propose({ id: `prop-${index}`, title: `Evento ${index}` })
    bed.worker.suggest({ id: 'sug-1' })
    const host = bed.newHost()
    const fetch = bed.fake.globals.UrlFetchApp.fetch
    bed.fake.globals.UrlFetchApp.fetch = (url, params) => {
      bed.advance(2 * 60_000)
      return fetch(url, params)
    }
    const first = runSyncMemberInput(host, { pageSize: 1 })
    expect(first).toMatchObject({ ok: true, more: true })
    expect(first.ok && first.notes).toEqual([t('en', 'actions.sync.more')])
    expect(records(bed, 'Proposals').length).toBeLessThan(6)
    expect(records(bed, 'Prospects')).toEqual([])

    bed.fake.globals.UrlFetchApp.fetch = fetch
    const second = runSyncMemberInput(bed.newHost(), { pageSize: 1 })
    expect(second).toMatchObject({ ok: true, more: false })
    expect(records(bed, 'Proposals').map((proposal) => proposal.id)).toEqual(
      Array.from({ length: 6 }, (_, index) => `prop-${index + 1}`)
    )
    expect(records(bed, 'Events')).toHaveLength(6)
    expect(records(bed, 'Prospects')).toHaveLength(1)
  })

  it('keeps what it wrote when a later page fails, and goes on from there', () => {
    const bed = createTestbed()
    for (let index = 1; index <= 3; index++)
      bed.worker.propose({ id: `prop-${index}`, title: `Evento ${index}` })
    bed.worker.intercept((request) =>
      request.url.includes('/admin/proposals?after=2&')
        ? { status: 500, json: { error: { code: 'internal_error', message: 'D1 is down.' } } }
        : null
    )
    const stopped = runSyncMemberInput(bed.host, { pageSize: 2 })
    expect(stopped).toMatchObject({ ok: false, code: 'worker-failed' })
    expect(stopped.message).toBe(
      'The sync of proposals and suggestions stopped: The web service answered with an error (HTTP 500): D1 is down. What was written before it stopped is kept (new proposals: 2, new suggestions: 0), and the next sync continues from there.'
    )
    const script = bed.fake.globals.PropertiesService.getScriptProperties()
    expect(readCursor(script, bed.worker.baseUrl, MEMBER_INPUT_CURSOR_PROPERTIES.proposals)).toBe(
      '2'
    )
    bed.worker.intercept(null)
    expect(runSyncMemberInput(bed.newHost(), { pageSize: 2 })).toMatchObject({
      ok: true,
      proposals: { received: 1, added: 1 },
    })
    expect(records(bed, 'Proposals').map((proposal) => proposal.id)).toEqual([
      'prop-1',
      'prop-2',
      'prop-3',
    ])
    expect(records(bed, 'Events')).toHaveLength(3)
  })

  it('takes up an Events row whose Proposals row was never written, instead of adding a second', () => {
    const bed = createTestbed()
    memberInput(bed)
    const host = bed.newHost()
    const upsert = host.workbook.upsertRows
    host.workbook.upsertRows = (name, key, rows) => {
      if (name === 'Proposals') throw new Error('Service Spreadsheets timed out')
      return upsert(name, key, rows)
    }
    expect(() => runSyncMemberInput(host)).toThrow('Service Spreadsheets timed out')
    expect(records(bed, 'Events')).toHaveLength(2)
    expect(records(bed, 'Proposals')).toEqual([])

    expect(runSyncMemberInput(bed.newHost())).toMatchObject({
      ok: true,
      proposals: { received: 2, added: 2 },
    })
    const events = records(bed, 'Events').map((event) => event.id)
    expect(events).toEqual([
      'foro-de-gobernanza-de-internet-de-bolivia-2023-09-14',
      'webinar-dnssec-para-provedores-2023-05-10',
    ])
    expect(records(bed, 'Proposals').map((proposal) => proposal.eventId)).toEqual(events)
  })

  it('writes nothing, anywhere, when a tab lacks a column it writes, and keeps the cursors', () => {
    const bed = createTestbed()
    memberInput(bed)
    setCell(bed, 'Prospects', 1, 'Suggested by', 'Referred by')
    const result = runSyncMemberInput(bed.host)
    expect(result).toMatchObject({ ok: false, code: 'missing-column' })
    expect(result.message).toContain("'Suggested by'")
    expect(bed.fake.calls.writes()).toBe(0)
    const script = bed.fake.globals.PropertiesService.getScriptProperties()
    for (const property of Object.values(MEMBER_INPUT_CURSOR_PROPERTIES))
      expect(script.getProperty(property)).toBeNull()
  })

  it('writes nothing from an answer that is not a page of the feed', () => {
    const bed = createTestbed()
    memberInput(bed)
    bed.worker.intercept((request) =>
      request.url.includes('/admin/proposals')
        ? {
            status: 200,
            json: {
              items: [{ id: 'prop-x', title: '=1+1', changeSeq: 1 }],
              nextCursor: '9',
              hasMore: false,
            },
          }
        : null
    )
    expect(runSyncMemberInput(bed.host)).toMatchObject({ ok: false, code: 'unexpected-answer' })
    expect(bed.fake.calls.writes()).toBe(0)
    const script = bed.fake.globals.PropertiesService.getScriptProperties()
    expect(script.getProperty(MEMBER_INPUT_CURSOR_PROPERTIES.proposals)).toBeNull()
  })

  it('says what to do when the Worker is not set up, asking it nothing', () => {
    const bed = createTestbed({ configured: false })
    expect(runSyncMemberInput(bed.host)).toMatchObject({ ok: false, code: 'not-configured' })
    expect(bed.fake.network.requests).toEqual([])
  })

  it('takes one page and stops when the registrations left the scheduled run no time', () => {
    const bed = createTestbed()
    memberInput(bed)
    const result = runScheduledMemberInputSync(bed.host, { timeBudgetMs: -1, pageSize: 1 })
    expect(result).toMatchObject({
      ok: true,
      more: true,
      proposals: { received: 1, added: 1 },
      suggestions: { received: 0 },
    })
    expect(runScheduledMemberInputSync(bed.newHost())).toMatchObject({
      ok: true,
      more: false,
      proposals: { received: 1, added: 1 },
      suggestions: { received: 2, added: 2 },
    })
  })

  it('runs from the schedule without a toast, and the sidebar shows the last run and the pending proposals', () => {
    const bed = createTestbed({ locale: 'es' })
    memberInput(bed)
    expect(runScheduledMemberInputSync(bed.host)).toMatchObject({ ok: true })
    expect(bed.fake.spreadsheet.toasts).toEqual([])
    const stored = bed.fake.globals.PropertiesService.getDocumentProperties().getProperty(
      LAST_MEMBER_INPUT_SYNC_PROPERTY
    )
    expect(JSON.parse(stored ?? '{}')).toMatchObject({ trigger: 'schedule', ok: true })

    runDecideProposal(bed.newHost(), { proposalId: 'prop-2', decision: 'rejected' })
    const view = runMemberProposals(bed.newHost())
    expect(view).toMatchObject({
      ok: true,
      message: 'Pendientes de decisión: 1.',
      pending: [
        {
          id: 'prop-1',
          title: 'Foro de Gobernanza de Internet de Bolivia',
          startDate: '2023-09-14',
          endDate: '2023-09-15',
          place: 'La Paz, Bolivia',
          proposerName: 'Ana Quispe Mamani',
          why: 'Bolivia no tiene ALS todavía.',
          cropSuitable: true,
          eventMissing: false,
        },
      ],
    })
    expect(view.ok && view.lastSync[0]).toMatch(
      /^Última sincronización de propuestas y sugerencias: .+\. Propuestas recibidas: 2; sugerencias recibidas: 2\.$/
    )
  })
})
