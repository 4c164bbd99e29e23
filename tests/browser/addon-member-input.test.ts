// Member input from the public page to the sheet, in Chromium: an event proposed in Portuguese on
// the Worker's /propose-event arrives in the add-on's sidebar (300 px, through the local preview
// over the demo workbook) as a pending proposal and an Events row with status "proposed"; staff
// accept it by keyboard, the row turns tentative and the proposer is told in Portuguese.
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { t } from '../../shared/i18n/catalogue'
import {
  type AddonPreview,
  ARTIFACTS,
  axeViolations,
  hasNoHorizontalOverflow,
  startAddonPreview,
} from './addon-preview'

const baseUrl = inject('baseUrl')
const DAY = 86_400_000

const TITLE = `Fórum da Internet no Paraguai ${Date.now()}`
const NOTE = 'Obrigado! Confirme as datas com a organização, por favor.'

let addon: AddonPreview
let sidebar: Page

function inDays(days: number): string {
  return new Date(Date.now() + days * DAY).toISOString().slice(0, 10)
}

beforeAll(async () => {
  addon = await startAddonPreview('addon-member-input')
})

afterAll(() => addon?.close())

/** A tab as the preview's /workbook page shows it: its rows, each cell by its header. */
async function workbookRecords(tab: string): Promise<Record<string, string | undefined>[]> {
  const [header = [], ...data] = await addon.workbookRows(tab)
  return data.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index]])))
}

/** Waits for the status area `selector` of the proposals section to show an outcome. */
async function outcome(selector: string) {
  const status = sidebar.locator(`#proposals ${selector}`)
  await sidebar
    .locator(`#proposals ${selector}:is([data-state="done"], [data-state="error"])`)
    .waitFor({ timeout: 30_000 })
    .catch(() => {
      throw new Error(`No outcome in 30 s. Preview:\n${addon.log.slice(-10).join('\n')}`)
    })
  const state = await status.getAttribute('data-state')
  if (state !== 'done') throw new Error(`Ended in ${state}: ${await status.textContent()}`)
  return status
}

describe('a member’s proposal, from the public page to the sidebar', () => {
  it('is proposed in Portuguese on the Worker’s public page', async () => {
    const form = await addon.browser.newPage({
      viewport: { width: 360, height: 900 },
      locale: 'pt-BR',
    })
    await form.goto(`${baseUrl}/propose-event?lang=pt`)
    await form.getByLabel('Nome do evento').fill(TITLE)
    await form.locator('#field-startDate').fill(inDays(40))
    await form.locator('#field-endDate').fill(inDays(41))
    await form.getByLabel('Formato').selectOption('in-person')
    await form.locator('#field-city').fill('Assunção')
    await form.getByLabel('País ou território').selectOption('PY')
    await form
      .getByLabel('Por que é importante para o LACRALO')
      .fill('Reúne provedores e universidades; o Paraguai ainda não tem uma ALS.')
    await form.locator('#field-cropSuitable').check()
    await form.getByLabel('Seu nome').fill('Helena Duarte')
    await form.getByLabel('Seu e-mail').fill('helena@exemplo.com.py')
    await form.locator('#field-consent').check()
    await form.getByRole('button', { name: 'Enviar a proposta' }).click()
    await form.waitForURL(/\/propose-event\/thanks\?lang=pt$/)
    await form.close()
  })

  it('arrives with a sync in the sidebar as a pending proposal, and in Events as "proposed"', async () => {
    sidebar = await addon.openSidebar('pt', { ready: ['#settings[data-loaded]'] })
    // The pending proposals are read once the section comes into view.
    await sidebar.locator('#proposals').scrollIntoViewIfNeeded()
    await sidebar.locator('#proposals[data-loaded]').waitFor()
    expect(await sidebar.locator('#proposals h2').textContent()).toBe('Propostas dos membros')

    await sidebar.getByRole('button', { name: 'Sincronizar propostas e sugestões' }).click()
    const synced = await outcome('> .status:not(.decision)')
    expect(await synced.locator('.live').textContent()).toMatch(
      /^Contribuições dos membros sincronizadas\. Propostas recebidas: \d+/
    )
    const item = sidebar.locator('#proposals li.proposal', {
      has: sidebar.locator('h4', { hasText: TITLE }),
    })
    await item.waitFor()
    const shown = await item.textContent()
    expect(shown).toContain('Assunção, Paraguai')
    expect(shown).toContain('Proposto por Helena Duarte.')
    expect(shown).toContain('Adequado ao CROP')
    expect(shown).toContain('o Paraguai ainda não tem uma ALS.')
    expect(await hasNoHorizontalOverflow(sidebar)).toBe(true)
    await sidebar.locator('#proposals').screenshot({
      path: path.join(ARTIFACTS, 'addon-proposals-pending-pt-300.png'),
    })
    expect(await axeViolations(sidebar, '#proposals')).toEqual([])

    const event = (await workbookRecords('Events')).find((row) => row.Title === TITLE)
    expect(event).toMatchObject({ Status: 'proposed', City: 'Assunção', Country: 'PY' })
    const proposal = (await workbookRecords('Proposals')).find((row) => row.Title === TITLE)
    expect(proposal).toMatchObject({
      'Event ID': event?.ID,
      'Proposed by': 'Helena Duarte',
      Email: 'helena@exemplo.com.py',
      Language: 'pt',
      Decision: 'pending',
    })
  })

  it('is accepted by keyboard, with a note: the row turns tentative and the proposer is told in Portuguese', async () => {
    const item = sidebar.locator('#proposals li.proposal', {
      has: sidebar.locator('h4', { hasText: TITLE }),
    })
    const note = item.getByLabel('Nota para quem fez a proposta (opcional)')
    await note.fill(NOTE)
    await sidebar.keyboard.press('Tab')
    // Focus moved from the note to this proposal's Accept button.
    expect(await sidebar.evaluate<string | undefined>('document.activeElement?.textContent')).toBe(
      'Aceitar'
    )
    expect(
      await sidebar.evaluate<string | undefined>(
        "document.activeElement?.closest('li')?.querySelector('h4')?.textContent"
      )
    ).toBe(TITLE)
    await sidebar.keyboard.press('Enter')
    const decided = await outcome('> .status.decision')
    expect(await decided.locator('.live').textContent()).toContain(
      `Proposta aceita: "${TITLE}". A linha dela em Events`
    )
    expect(await decided.textContent()).toContain(
      t('pt', 'proposals.decide.emailSent', { language: t('pt', 'language.pt') })
    )
    await item.waitFor({ state: 'detached' })
    // The keyboard's place is kept: focus is on the list's heading, not lost with the item.
    expect(await sidebar.evaluate<string | undefined>('document.activeElement?.tagName')).toBe('H3')
    expect(await hasNoHorizontalOverflow(sidebar)).toBe(true)
    await sidebar.locator('#proposals').screenshot({
      path: path.join(ARTIFACTS, 'addon-proposals-pt-300.png'),
    })

    const event = (await workbookRecords('Events')).find((row) => row.Title === TITLE)
    expect(event?.Status).toBe('tentative')
    const proposal = (await workbookRecords('Proposals')).find((row) => row.Title === TITLE)
    expect(proposal).toMatchObject({ Decision: 'accepted', 'Note to proposer': NOTE })
    const email = addon.preview.runtime.fake.mailbox.sent.find(
      (sent) => sent.to === 'helena@exemplo.com.py'
    )
    expect(email?.subject).toBe(`Sua proposta de evento foi aceita: ${TITLE}`)
    expect(email?.body).toContain(NOTE)
    expect(email?.body).toContain(`${baseUrl}/embed?lang=pt`)
    expect(addon.log.filter((line) => /page error|TypeError|ReferenceError/.test(line))).toEqual([])
  })
})
