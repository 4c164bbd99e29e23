// The Prospects section of the add-on's sidebar in Chromium at 300 px, through the local preview
// over the demo workbook (the demo webinars published to the test Worker): select a prospect's
// row, see it, invite it to a webinar (a bilingual email with the Worker's .ics), see the stage
// move, assign a liaison by keyboard, and be told why a prospect without an address cannot be
// invited.
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { t } from '../../shared/i18n/catalogue'
import { type AddonPreview, ARTIFACTS, axeViolations, startAddonPreview } from './addon-preview'

const baseUrl = inject('baseUrl')

/** The demo's prospect in El Salvador (demo-workbook.ts): contacted 8 days ago, liaison M-014. */
const SALVADOR = 'demo-prospect-sv-1'
/** The demo's prospect in Nicaragua, with no address yet. */
const NICARAGUA = 'demo-prospect-ni-1'
/** A demo webinar open for registration, held in 10 days. */
const WEBINAR = 'aceptacion-universal'

let addon: AddonPreview
let sidebar: Page

beforeAll(async () => {
  addon = await startAddonPreview('addon-prospects')
  // As `npm start` does: the Worker has the demo webinars, so it serves their .ics files.
  const published = addon.preview.runtime.call('publishWebinars') as {
    ok: boolean
    message: string
  }
  if (!published.ok) throw new Error(`The demo webinars were not published: ${published.message}`)
  // Every section done with what it reads on opening, before the first click.
  sidebar = await addon.openSidebar('es', { height: 900, ready: ['#settings[data-loaded]'] })
  await sidebar.locator('#prospects').scrollIntoViewIfNeeded()
  await sidebar.locator('#proposals[data-loaded]').waitFor()
})

afterAll(() => addon?.close())

/** Clicks a cell of the prospect's row on the Prospects tab, as staff would. */
function selectRow(id: string): void {
  const rows = addon.preview.runtime.fake.spreadsheet.values('Prospects')
  const row = rows.findIndex((cells) => cells[0] === id) + 1
  if (row < 2) throw new Error(`No row for ${id} on Prospects`)
  addon.preview.runtime.fake.spreadsheet.sheet('Prospects').getRange(row, 2).activate()
}

/** The prospect's cells by header, as the sheet holds them. */
function rowOf(id: string): Record<string, unknown> {
  const [headers = [], ...rows] = addon.preview.runtime.fake.spreadsheet.values('Prospects')
  const row = rows.find((cells) => cells[0] === id) ?? []
  return Object.fromEntries(headers.map((header, index) => [String(header), row[index]]))
}

async function settled(status: ReturnType<Page['locator']>, expected: 'done' | 'error' = 'done') {
  try {
    await sidebar.waitForFunction(
      (element) => ['done', 'error'].includes(element?.getAttribute('data-state') ?? ''),
      await status.elementHandle(),
      { timeout: 30_000 }
    )
  } catch (error) {
    // Say what the sidebar and the preview were doing, not only that the time ran out.
    const state = await status.getAttribute('data-state')
    throw new Error(
      `still ${state ?? 'idle'}: ${await status.textContent()}\n${addon.log.slice(-10).join('\n')}`,
      { cause: error }
    )
  }
  const state = await status.getAttribute('data-state')
  if (state !== expected)
    throw new Error(
      `ended in ${state}: ${await status.textContent()}\n${addon.log.slice(-5).join('\n')}`
    )
}

async function fact(label: string): Promise<string | null> {
  return sidebar.locator(`#prospects dd[data-fact="${label}"]`).textContent()
}

describe('the Prospects section, through the preview', () => {
  const section = () => sidebar.locator('#prospects')
  const status = () => sidebar.locator('#prospects > .status')
  const inviteStatus = () => sidebar.locator('#prospects .prospect-invite .status')

  it('shows the prospect of the selected row, in Spanish', async () => {
    selectRow(SALVADOR)
    await section().getByRole('button', { name: 'Mostrar el prospecto seleccionado' }).click()
    await settled(status())
    expect(await section().locator('.prospect-name strong').textContent()).toBe(
      'Colectivo Internet Libre El Salvador'
    )
    expect(await fact('País')).toBe('El Salvador (SV)')
    expect(await fact('Programa')).toBe('Acreditación como ALS')
    expect(await fact('Etapa')).toBe('Contactado')
    expect(await fact('Enlace')).toBe('M-014')
    expect(await fact('Último contacto')).toMatch(/^hace 8 días \(/)
    const moves = section().getByRole('group', { name: 'Pasar a' })
    expect(await moves.getByRole('button').allTextContents()).toEqual([
      'Invitado a una teleconferencia',
      'Asistió a una teleconferencia',
      'Presentó su solicitud',
      'Se unió',
      'Declinó',
    ])
  })

  it('invites the prospect to a webinar: a bilingual email with its .ics, and the stage moves', async () => {
    const picker = section().getByLabel('Sesión')
    await picker.locator(`option[value="webinar:${WEBINAR}"]`).waitFor({ state: 'attached' })
    await picker.selectOption(`webinar:${WEBINAR}`)
    await section().getByRole('button', { name: 'Invitar a la teleconferencia' }).click()
    await settled(inviteStatus())
    expect(await inviteStatus().locator('.result').textContent()).toMatch(
      /^Invitación a «Aceptación Universal: direcciones de correo en todas las escrituras» enviada a Colectivo Internet Libre El Salvador \(contacto@internetlibre-sv\.example\) en español e inglés \(su idioma, y el inglés\)\. Etapa: «Invitado a una teleconferencia»; fecha de la invitación: /
    )
    expect(await fact('Etapa')).toBe('Invitado a una teleconferencia')
    expect(await fact('Invitado a')).toBe(
      'Aceptación Universal: direcciones de correo en todas las escrituras'
    )
    expect(await fact('Último contacto')).toMatch(/^hoy \(/)

    const email = addon.preview.runtime.fake.mailbox.sent.at(-1)
    expect(email?.to).toBe('contacto@internetlibre-sv.example')
    expect(email?.subject).toBe(
      'Invitación: Aceptación Universal: direcciones de correo en todas las escrituras / Invitation: Universal Acceptance: email addresses in every script'
    )
    expect(email?.body).toContain('Estimado/a Colectivo Internet Libre El Salvador:')
    expect(email?.body).toContain('Dear Colectivo Internet Libre El Salvador,')
    // The liaison, M-014 on the Members tab, by name and address.
    expect(email?.body).toContain(
      'Su contacto en LACRALO es Yaneris Rodríguez (yaneris@do.example)'
    )
    expect(email?.body).toContain(`${baseUrl}/webinars/${WEBINAR}?lang=es`)
    expect(email?.body).not.toContain('meet.example.org')
    // The test Worker's own calendar file, in Spanish.
    const [ics] = email?.attachments ?? []
    expect(ics?.name).toBe(`${WEBINAR}.ics`)
    expect(ics?.text).toContain('BEGIN:VCALENDAR')
    expect(ics?.text).toContain('SUMMARY:Aceptación Universal')

    const row = rowOf(SALVADOR)
    expect(row.Stage).toBe('invited')
    expect(row['Invited to']).toBe(WEBINAR)
    expect(row['Invited on']).toBeInstanceOf(Date)

    await section().screenshot({ path: path.join(ARTIFACTS, 'addon-prospects-es-300.png') })
  })

  it('assigns a liaison by keyboard alone', async () => {
    const liaison = section().getByLabel('Enlace', { exact: true })
    await liaison.focus()
    await liaison.fill('Sergio Salinas Porto')
    await sidebar.keyboard.press('Enter')
    await sidebar
      .locator('#prospects > .status .result', { hasText: 'Sergio Salinas Porto' })
      .waitFor()
    expect(await status().locator('.result').textContent()).toBe(
      'Sergio Salinas Porto es ahora el enlace de Colectivo Internet Libre El Salvador.'
    )
    expect(rowOf(SALVADOR).Liaison).toBe('Sergio Salinas Porto')
    // The next stage is a Tab away from the prospect's name, where focus went back to.
    const focused = await sidebar.evaluate<string | undefined>('document.activeElement?.className')
    expect(focused).toBe('prospect-name')
    expect(await axeViolations(sidebar, '#prospects')).toEqual([])
  })

  it('says why a prospect without an address cannot be invited, and changes nothing', async () => {
    selectRow(NICARAGUA)
    await section().getByRole('button', { name: 'Mostrar el prospecto seleccionado' }).click()
    await settled(status())
    expect(await section().locator('.prospect-invite .attention').isVisible()).toBe(true)
    const sentBefore = addon.preview.runtime.fake.mailbox.sent.length
    const rowBefore = rowOf(NICARAGUA)
    const picker = section().getByLabel('Sesión')
    await picker.locator(`option[value="webinar:${WEBINAR}"]`).waitFor({ state: 'attached' })
    await picker.selectOption(`webinar:${WEBINAR}`)
    await section().getByRole('button', { name: 'Invitar a la teleconferencia' }).click()
    await settled(inviteStatus(), 'error')
    expect(await inviteStatus().textContent()).toContain(
      t('es', 'prospects.invite.noEmail', { name: 'Ernesto Gaitán' })
    )
    expect(addon.preview.runtime.fake.mailbox.sent).toHaveLength(sentBefore)
    expect(rowOf(NICARAGUA)).toEqual(rowBefore)
    expect(await fact('Etapa')).toBe('Identificado')
  })

  it('logged no page error and no server failure', () => {
    expect(
      addon.log.filter((line) => /page error|failed|TypeError|ReferenceError/.test(line))
    ).toEqual([])
  })
})
