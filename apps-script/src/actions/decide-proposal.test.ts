import { describe, expect, it } from 'vitest'
import { t } from '../../../shared/i18n/catalogue'
import { headerRow, rowToRecord, type TabName } from '../../../shared/workbook/tabs'
import { createTestbed, type Testbed } from '../testing/action-testbed'
import { readDecisionRequest, runDecideProposal } from './decide-proposal'
import { runSyncMemberInput } from './sync-member-input'

const ZONE = 'America/Montevideo'
const BOLIVIA = 'foro-de-gobernanza-de-internet-de-bolivia-2023-09-14'
const SURINAME = 'semana-da-internet-no-suriname-2023-05-10'

function records(bed: Testbed, tab: TabName): Record<string, unknown>[] {
  return bed.host.workbook
    .readTab(tab)
    .rows.map((row) => ({ row: row.rowNumber, ...rowToRecord(tab, row.cells, { timeZone: ZONE }) }))
}

function byId(bed: Testbed, tab: TabName, id: string) {
  return records(bed, tab).find((record) => record.id === id)
}

function setCell(bed: Testbed, tab: TabName, row: number, header: string, value: string) {
  bed.fake.spreadsheet.sheet(tab).cellForWrite(row, headerRow(tab).indexOf(header) + 1).value =
    value
}

// Intl separates date ranges with thin spaces; the reader sees spaces.
const plain = (text = '') => text.replace(/[\u2009\u202f\u00a0]/g, ' ')

/**
 * Staff's calendar (one confirmed event), then two proposals synced in: a Spanish one (Bolivia)
 * and a Portuguese one (Suriname); the call log, toasts and mailbox start empty.
 */
function decideBed(locale = 'en') {
  const bed = createTestbed({ locale })
  bed.fill('Events', [
    {
      id: 'caribnog-25',
      title: 'CaribNOG 25',
      startDate: '2023-03-26',
      country: 'JM',
      status: 'confirmed',
    },
  ])
  bed.worker.propose({ id: 'prop-es' })
  bed.worker.propose({
    id: 'prop-pt',
    title: 'Semana da Internet no Suriname',
    startDate: '2023-05-10',
    endDate: '2023-05-12',
    city: 'Paramaribo',
    country: 'SR',
    why: 'O Suriname ainda não tem uma ALS.',
    proposerName: 'Ngozi Bartholomew',
    proposerEmail: 'ngozi@exemplo.sr',
    proposerEmailKey: 'ngozi@exemplo.sr',
    language: 'pt',
  })
  const synced = runSyncMemberInput(bed.host)
  if (!synced.ok) throw new Error(synced.message)
  bed.advance(3_600_000)
  bed.fake.calls.reset()
  bed.fake.spreadsheet.toasts.length = 0
  return bed
}

/** Runs `action` and checks that it changed nothing: no cell, no email. */
function changesNothing<T>(bed: Testbed, action: () => T): T {
  const before = bed.fake.spreadsheet.snapshot()
  const result = action()
  expect(bed.fake.spreadsheet.snapshot()).toEqual(before)
  expect(bed.fake.mailbox.sent).toEqual([])
  return result
}

describe('Accept or reject a member’s proposal', () => {
  it('accepts: the Events row becomes tentative, the decision is recorded, the proposer told in Spanish', () => {
    const bed = decideBed('en')
    const result = runDecideProposal(bed.host, {
      proposalId: 'prop-es',
      decision: 'accepted',
      note: 'Confirme las fechas con el comité organizador, por favor.',
    })
    expect(result).toMatchObject({
      ok: true,
      proposalId: 'prop-es',
      eventId: BOLIVIA,
      decision: 'accepted',
      eventStatus: 'tentative',
      needsConfirmation: true,
      email: 'sent',
      message:
        'Proposal accepted: "Foro de Gobernanza de Internet de Bolivia". Its row in Events (row 3) now has the status Tentative. Confirm it there once the organizers confirm the dates, then publish the calendar. The proposer was told by email (Spanish).',
    })
    expect(result.ok && result.pending.map((proposal) => proposal.id)).toEqual(['prop-pt'])
    expect(byId(bed, 'Events', BOLIVIA)).toMatchObject({ row: 3, status: 'tentative' })
    const decidedAt = bed.now().toISOString()
    expect(byId(bed, 'Proposals', 'prop-es')).toMatchObject({
      decision: 'accepted',
      decidedAt,
      note: 'Confirme las fechas con el comité organizador, por favor.',
      emailSent: decidedAt,
    })
    const [email] = bed.fake.mailbox.sent
    expect(email).toMatchObject({
      to: 'ana@ejemplo.bo',
      subject: 'Su propuesta de evento fue aceptada: Foro de Gobernanza de Internet de Bolivia',
      name: 'LACRALO – Alcance y Participación',
    })
    expect(plain(email?.body)).toContain('(14–15 de septiembre de 2023)')
    expect(email?.body).toContain('Confirme las fechas con el comité organizador, por favor.')
    expect(email?.body).toContain(`${bed.worker.baseUrl}/embed?lang=es`)
    expect(bed.fake.spreadsheet.toasts).toEqual([
      { message: result.message, title: 'Decide on a member’s proposal' },
    ])
  })

  it('rejects: the Events row is removed, rows below moving up, and the proposer told in Portuguese', () => {
    const bed = decideBed('pt')
    const result = runDecideProposal(bed.host, {
      proposalId: 'prop-pt',
      decision: 'rejected',
      note: 'Este ano o calendário já tem um evento no Suriname em maio.',
    })
    expect(result).toMatchObject({
      ok: true,
      eventStatus: 'removed',
      needsConfirmation: false,
      email: 'sent',
      message:
        'Proposta recusada: "Semana da Internet no Suriname". A linha dela foi removida de Events. Quem fez a proposta foi avisado por e-mail (Português).',
    })
    expect(records(bed, 'Events').map((event) => [event.row, event.id, event.status])).toEqual([
      [2, 'caribnog-25', 'confirmed'],
      [3, BOLIVIA, 'proposed'],
    ])
    expect(byId(bed, 'Proposals', 'prop-pt')).toMatchObject({
      decision: 'rejected',
      eventId: SURINAME,
    })
    const [email] = bed.fake.mailbox.sent
    expect(email?.to).toBe('ngozi@exemplo.sr')
    expect(email?.subject).toBe('Sobre a sua proposta de evento: Semana da Internet no Suriname')
    expect(email?.body).toContain('desta vez não vamos incluir o evento no calendário')
    expect(email?.body).toContain(
      'Uma nota da equipe:\nEste ano o calendário já tem um evento no Suriname em maio.'
    )
    expect(email?.body).not.toContain('/embed')
    // One cell written in Proposals and one run of rows deleted in Events.
    expect(bed.fake.calls.count('deleteRows')).toBe(1)
  })

  it('uses the note staff typed in the sheet when the sidebar sends none', () => {
    const bed = decideBed('es')
    setCell(bed, 'Proposals', 3, 'Note to proposer', 'Vamos a sumarlo a la agenda de la subregión.')
    runDecideProposal(bed.host, { proposalId: 'prop-pt', decision: 'accepted' })
    expect(byId(bed, 'Proposals', 'prop-pt')?.note).toBe(
      'Vamos a sumarlo a la agenda de la subregión.'
    )
    expect(bed.fake.mailbox.sent[0]?.body).toContain('Vamos a sumarlo a la agenda de la subregión.')
  })

  it('sends no email to a proposer who asked to be erased, and says so', () => {
    const bed = decideBed('es')
    bed.worker.eraseProposer('prop-es')
    runSyncMemberInput(bed.newHost())
    const result = runDecideProposal(bed.newHost(), { proposalId: 'prop-es', decision: 'accepted' })
    expect(result).toMatchObject({ ok: true, email: 'erased', eventStatus: 'tentative' })
    expect(result.message).toContain(t('es', 'proposals.decide.emailErased'))
    expect(bed.fake.mailbox.sent).toEqual([])
    expect(byId(bed, 'Proposals', 'prop-es')).toMatchObject({ decision: 'accepted' })
    expect(byId(bed, 'Proposals', 'prop-es')?.emailSent).toBeUndefined()
  })

  it('records the decision when Gmail refuses the email, and says to write by hand', () => {
    const bed = decideBed('fr')
    bed.fake.mailbox.failWith('Service invoked too many times for one day: email.')
    const result = runDecideProposal(bed.host, { proposalId: 'prop-es', decision: 'rejected' })
    expect(result).toMatchObject({ ok: true, email: 'failed', eventStatus: 'removed' })
    expect(result.message).toContain(
      'Le courriel à l’auteur de la proposition n’a pas pu être envoyé (Service invoked too many times for one day: email.).'
    )
    expect(byId(bed, 'Proposals', 'prop-es')).toMatchObject({ decision: 'rejected' })
    expect(byId(bed, 'Proposals', 'prop-es')?.emailSent).toBeUndefined()
  })

  it('keeps an Events row staff already moved on from "proposed"', () => {
    const bed = decideBed('en')
    setCell(bed, 'Events', 3, 'Status', 'confirmed')
    setCell(bed, 'Events', 4, 'Status', 'cancelled')
    const accepted = runDecideProposal(bed.host, { proposalId: 'prop-es', decision: 'accepted' })
    expect(accepted).toMatchObject({ ok: true, eventStatus: 'confirmed', needsConfirmation: false })
    expect(accepted.message).toContain('already had the status Confirmed, which was kept')
    const rejected = runDecideProposal(bed.newHost(), {
      proposalId: 'prop-pt',
      decision: 'rejected',
    })
    expect(rejected).toMatchObject({ ok: true, eventStatus: 'cancelled' })
    expect(records(bed, 'Events').map((event) => event.status)).toEqual([
      'confirmed',
      'confirmed',
      'cancelled',
    ])
  })

  it('refuses to decide twice, changing nothing', () => {
    const bed = decideBed('es')
    runDecideProposal(bed.host, { proposalId: 'prop-es', decision: 'accepted' })
    bed.fake.mailbox.sent.length = 0
    const again = changesNothing(bed, () =>
      runDecideProposal(bed.newHost(), { proposalId: 'prop-es', decision: 'rejected' })
    )
    expect(again).toMatchObject({ ok: false, code: 'invalid-input' })
    expect((again as { message: string }).message).toMatch(
      /^La propuesta "Foro de Gobernanza de Internet de Bolivia" ya había sido aceptada \(.+\)\. No se cambió nada\.$/
    )
  })

  it('refuses an unknown ID, changing nothing', () => {
    const bed = decideBed('pt')
    const result = changesNothing(bed, () =>
      runDecideProposal(bed.host, { proposalId: 'prop-404', decision: 'accepted' })
    )
    expect(result).toMatchObject({
      ok: false,
      code: 'invalid-input',
      message:
        'Nenhuma linha da aba Proposals tem o ID "prop-404". Sincronize as propostas de novo ou verifique o ID. Nada foi alterado.',
    })
  })

  it('refuses a proposal whose Events row was deleted by hand, pointing at its Event ID, changing nothing', () => {
    const bed = decideBed('en')
    bed.fake.spreadsheet.sheet('Events').deleteRows(3, 1)
    bed.fake.calls.reset()
    const results = changesNothing(bed, () =>
      (['accepted', 'rejected'] as const).map((decision) =>
        runDecideProposal(bed.newHost(), { proposalId: 'prop-es', decision })
      )
    )
    for (const result of results) {
      expect(result).toMatchObject({
        ok: false,
        code: 'invalid-rows',
        problems: [{ tab: 'Proposals', row: 2, column: 'Event ID', severity: 'error' }],
      })
      expect((result as { message: string }).message).toContain(`(Event ID ${BOLIVIA})`)
    }
    expect(bed.fake.calls.writes()).toBe(0)
  })

  it('refuses a request it cannot read, reading nothing', () => {
    const bed = decideBed('en')
    const results = changesNothing(bed, () =>
      [
        null,
        'prop-es',
        { proposalId: 'prop-es', decision: 'maybe' },
        { proposalId: '  ', decision: 'accepted' },
        { proposalId: 'prop-es', decision: 'accepted', note: 42 },
        { proposalId: 'prop-es', decision: 'accepted', note: 'x'.repeat(1001) },
      ].map((request) => runDecideProposal(bed.newHost(), request))
    )
    for (const result of results)
      expect(result).toMatchObject({
        ok: false,
        code: 'invalid-input',
        message: t('en', 'proposals.decide.badRequest'),
      })
    expect(bed.fake.calls.count('getValues')).toBe(0)
    expect(
      readDecisionRequest({ proposalId: ' prop-es ', decision: 'rejected', note: '  ' })
    ).toEqual({ proposalId: 'prop-es', decision: 'rejected', note: null })
  })
})
