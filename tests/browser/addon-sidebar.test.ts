// The add-on's sidebar in Chromium at Google's 300 px, through the local preview (the built
// Code.js over an in-memory spreadsheet, UrlFetchApp reaching the test Worker): set up,
// validate, import the 2023 calendar, publish, register on the public form, sync.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { importCalendar } from '../../shared/calendar-import/import-calendar'
import { t } from '../../shared/i18n/catalogue'
import { sidebarMessages } from '../../shared/i18n/messages/sidebar'
import { TAB_NAMES } from '../../shared/workbook/tabs'
import {
  FIXTURE_CALENDAR,
  importCalendarFile,
  publishEvents,
} from '../../worker/scripts/publish-local'
import {
  type AddonPreview,
  ARTIFACTS,
  axeViolations,
  hasNoHorizontalOverflow,
  startAddonPreview,
} from './addon-preview'
import {
  SHEET_ONLY_EVENT,
  SYNC_WEBINAR_SLUG,
  staffSheets,
  syncWebinar,
  typeStaffRows,
} from './addon-workbook'
import { upcomingEvents } from './upcoming-events'

const baseUrl = inject('baseUrl')
const adminSecret = inject('adminSecret')

let addon: AddonPreview
let sidebar: Page

beforeAll(async () => {
  addon = await startAddonPreview('addon-preview', { seed: 'none', sheets: staffSheets() })
  typeStaffRows(addon.preview.runtime, new Date())
  sidebar = await openSidebar('es')
})

afterAll(async () => {
  await addon?.close()
  // The other browser tests expect the calendar global-setup published: put it back.
  await publishEvents({
    baseUrl,
    secret: adminSecret,
    events: [...importCalendarFile(FIXTURE_CALENDAR).events, ...upcomingEvents(new Date())],
  })
})

// The settings and the sync's state are read from the server as the page opens.
function openSidebar(lang: string): Promise<Page> {
  return addon.openSidebar(lang, { ready: ['#settings[data-loaded]', '#sync[data-loaded]'] })
}

/**
 * Waits for a section's outcome and returns its status area; fails with what the section says
 * when it ends otherwise than `expected`.
 */
async function outcome(page: Page, section: string, expected: 'done' | 'error' = 'done') {
  const status = page.locator(`#${section} .status`)
  const ended = `#${section} .status[data-state="done"], #${section} .status[data-state="error"]`
  await page
    .locator(ended)
    .waitFor({ timeout: 30_000 })
    .catch(() => {
      throw new Error(
        `#${section} showed no outcome in 30 s. Preview:\n${addon.log.slice(-10).join('\n')}`
      )
    })
  const state = await status.getAttribute('data-state')
  if (state !== expected)
    throw new Error(`#${section} ended in ${state}: ${await status.textContent()}`)
  return status
}

async function figure(status: Locator, label: string): Promise<string | null> {
  return status
    .locator('.figures div', { has: status.page().locator('dt', { hasText: label }) })
    .locator('dd')
    .textContent()
}

async function workbookText(selector: string): Promise<string | null> {
  const page = await addon.browser.newPage()
  try {
    await page.goto(`${addon.preview.url}/workbook`)
    return await page.locator(selector).textContent()
  } finally {
    await page.close()
  }
}

async function publishedCalendar(): Promise<{ version: number; events: { id: string }[] }> {
  return (await fetch(`${baseUrl}/api/events`)).json() as Promise<{
    version: number
    events: { id: string }[]
  }>
}

describe('the add-on sidebar at 300 px, through the local preview', () => {
  it('opens in Spanish with every section, connected to the Worker, nothing overflowing', async () => {
    expect(await sidebar.locator('html').getAttribute('lang')).toBe('es')
    expect(await sidebar.locator('h2').allTextContents()).toEqual([
      'Configuración',
      'Validar',
      'Importar eventos',
      'Publicar',
      'Inscripciones',
      'Propuestas de los miembros',
      'Prospectos',
      'Participación',
      'Panel',
      'Lista corta CROP',
      'Conexión',
    ])
    // The Worker URL and secret the preview set as Script Properties; the secret is not shown.
    expect(await sidebar.getByLabel('URL del Worker').inputValue()).toBe(baseUrl)
    expect(await sidebar.getByLabel('Secreto de administración').inputValue()).toBe('')
    expect(await sidebar.locator('#settings').textContent()).toContain('Hay un secreto guardado.')
    expect(await sidebar.locator('.notice').isHidden()).toBe(true)
    expect(await sidebar.locator('#sync .last-run').textContent()).toBe(
      'Todavía no se ha sincronizado.'
    )
    expect(await hasNoHorizontalOverflow(sidebar)).toBe(true)
    await sidebar.screenshot({
      path: path.join(ARTIFACTS, 'addon-sidebar-es-300.png'),
      fullPage: true,
    })
    expect(await axeViolations(sidebar)).toEqual([])
  })

  it('sets up the spreadsheet: the missing tabs and columns appear in the workbook', async () => {
    await sidebar.getByRole('button', { name: 'Configurar esta hoja de cálculo' }).click()
    const status = await outcome(sidebar, 'setup')
    expect(await status.locator('.live').textContent()).toBe(t('es', 'workbook.setup.done'))
    const changes = await status.locator('.changes li').allTextContents()
    expect(changes).toContain(t('es', 'workbook.setup.tabCreated', { tab: 'Registrations' }))
    expect(changes.some((line) => line.includes('Members') && line.includes("'ALS ID'"))).toBe(true)

    const members = await addon.workbookRows('Members')
    expect(members[0]).toEqual(expect.arrayContaining(['ID', 'Name', 'Email', 'Country', 'ALS ID']))
    // Staff's rows are where they were.
    expect(members[2]?.slice(0, 4)).toEqual([
      'M-002',
      'Sylvia Herlein Leite',
      'sylvia.leite@',
      'BR',
    ])
    const page = await addon.browser.newPage()
    await page.goto(`${addon.preview.url}/workbook`)
    const tabs = await page.locator('nav a').allTextContents()
    await page.close()
    expect(tabs).toEqual(expect.arrayContaining([...TAB_NAMES]))
  })

  it('validates: the member without a domain is listed, and a click puts the cursor on the cell', async () => {
    await sidebar.getByRole('button', { name: 'Revisar la hoja de cálculo' }).click()
    const status = await outcome(sidebar, 'validate')
    expect(await status.locator('.live').textContent()).toBe(
      t('es', 'actions.validate.found', { count: 1 })
    )
    const problem = status.getByRole('button', { name: /Members · fila 3 · Email/ })
    expect(await problem.locator('.what').textContent()).toMatch(/@/)
    await problem.click()
    await status.locator('.selection', { hasText: /\S/ }).waitFor()
    expect(await status.locator('.selection').textContent()).toBe(
      'El cursor está en Members · fila 3 · Email.'
    )
    expect(await problem.getAttribute('aria-current')).toBe('true')
    expect(await workbookText('#selection')).toBe('Members!C3')
    await sidebar.locator('#validate').screenshot({
      path: path.join(ARTIFACTS, 'addon-validate-es-300.png'),
    })
  })

  it('says in Spanish when the connection to the spreadsheet is lost, and recovers', async () => {
    await sidebar.route('**/run', (route) => route.abort('internetdisconnected'))
    const button = sidebar.getByRole('button', { name: 'Revisar la hoja de cálculo' })
    await button.click()
    const lost = await outcome(sidebar, 'validate', 'error')
    expect(await lost.locator('.live').textContent()).toBe(
      `Error: ${sidebarMessages.es['sidebar.error.network']}`
    )
    await sidebar.unroute('**/run')
    await button.click()
    await outcome(sidebar, 'validate')
  })

  it('imports the 2023 calendar from a CSV file: 57 events added, its warnings listed', async () => {
    const expected = importCalendar(readFileSync(FIXTURE_CALENDAR, 'utf8'), { locale: 'es' })
    expect(expected.events).toHaveLength(57)
    expect(expected.problems.length).toBeGreaterThan(0)
    await sidebar.locator('#import-file').setInputFiles(FIXTURE_CALENDAR)
    const status = await outcome(sidebar, 'import')
    expect(await figure(status, 'Agregados')).toBe('57')
    expect(await figure(status, 'Ya estaban en Events')).toBe('0')
    expect(await figure(status, 'Advertencias')).toBe(String(expected.problems.length))
    expect(await figure(status, 'Errores')).toBe('0')
    // Every warning, in Spanish, with its row and column.
    const problems = status.locator('.problems li')
    expect(await problems.count()).toBe(expected.problems.length)
    const first = expected.problems[0]
    expect(await problems.first().locator('.what').textContent()).toBe(first?.message)
    const place = [`Fila ${first?.row}`, first?.column].filter(Boolean).join(' · ')
    expect(await problems.first().locator('.where').textContent()).toBe(`Advertencia ${place}`)
    const events = await addon.workbookRows('Events')
    // Header, the four upcoming events and the one of the sheet's own, then the 57.
    expect(events).toHaveLength(1 + 5 + 57)
    await sidebar.locator('#import').screenshot({
      path: path.join(ARTIFACTS, 'addon-import-es-300.png'),
    })
    expect(await axeViolations(sidebar)).toEqual([])
  })

  it('publishes the calendar, busy meanwhile: version and counts shown, /api/events lists them', async () => {
    const before = await publishedCalendar()
    // Hold the server's answer, to see the sidebar while it waits.
    let release: () => void = () => {}
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    await sidebar.route('**/run', async (route) => {
      await held
      await route.continue()
    })
    const button = sidebar.getByRole('button', { name: 'Publicar el calendario' })
    await button.click()
    await sidebar.locator('#publish .live', { hasText: 'Publicando el calendario…' }).waitFor()
    expect(await sidebar.locator('#publish button.busy').textContent()).toBe(
      'Publicando el calendario…'
    )
    expect(
      await sidebar.getByRole('button', { name: 'Sincronizar ahora' }).getAttribute('aria-disabled')
    ).toBe('true')
    release()
    const status = await outcome(sidebar, 'publish')
    await sidebar.unroute('**/run')
    expect(await button.getAttribute('aria-disabled')).toBeNull()

    const after = await publishedCalendar()
    expect(after.version).toBe(before.version + 1)
    expect(await figure(status, 'Versión')).toBe(String(after.version))
    expect(await figure(status, 'Eventos')).toBe('62')
    expect(await figure(status, 'Agregados')).toBe('1')
    expect(await figure(status, 'Eliminados')).toBe('0')
    expect(after.events).toHaveLength(62)
    expect(after.events.map((event) => event.id)).toContain(SHEET_ONLY_EVENT.id)
    expect(
      await status.getByRole('link', { name: 'Abrir el calendario público' }).getAttribute('href')
    ).toBe(`${baseUrl}/embed?lang=es`)
    await sidebar.locator('#publish').screenshot({
      path: path.join(ARTIFACTS, 'addon-publish-es-300.png'),
    })
  })

  it('publishes the webinars; a registration on the public form arrives with a sync', async () => {
    await sidebar.getByRole('button', { name: 'Publicar los webinars' }).click()
    const published = await outcome(sidebar, 'publish')
    expect(await figure(published, 'Webinars')).toBe('1')

    // Someone registers on the Worker's public page, in Spanish.
    const form = await addon.browser.newPage({
      viewport: { width: 360, height: 900 },
      locale: 'es-419',
    })
    await form.goto(`${baseUrl}/webinars/${SYNC_WEBINAR_SLUG}?lang=es`)
    expect(await form.locator('h1').textContent()).toBe(syncWebinar(new Date()).titles.es)
    await form.getByLabel('Nombre completo').fill('María José Quispe Mamani')
    await form.getByLabel('Correo electrónico').fill('maría.quispe@correo.example')
    await form.getByLabel('País o territorio donde vive').selectOption('PE')
    await form.locator('#field-consent').check()
    await form.getByRole('button', { name: 'Inscribirme' }).click()
    await form.waitForURL(/\/registered\//)
    await form.close()

    await sidebar.getByRole('button', { name: 'Sincronizar ahora' }).click()
    const synced = await outcome(sidebar, 'sync')
    expect(await synced.locator('.live').textContent()).not.toBe('')
    const lastRun = sidebar.locator('#sync .last-run')
    await lastRun.locator('.figures').waitFor()
    expect(await lastRun.textContent()).toContain('ejecutada a mano')
    expect(await figure(lastRun, 'Nuevas')).toBe('1')

    const registrations = await addon.workbookRows('Registrations')
    const header = registrations[0] ?? []
    const row = registrations.find((cells) => cells.includes('María José Quispe Mamani'))
    expect(row?.[header.indexOf('Webinar')]).toBe(SYNC_WEBINAR_SLUG)
    expect(row?.[header.indexOf('Email')]).toBe('maría.quispe@correo.example')
    expect(row?.[header.indexOf('Country')]).toBe('PE')
    await sidebar
      .locator('#sync')
      .screenshot({ path: path.join(ARTIFACTS, 'addon-sync-es-300.png') })
    const view = await addon.browser.newPage({ viewport: { width: 1280, height: 500 } })
    await view.goto(`${addon.preview.url}/workbook?tab=Registrations`)
    await view.screenshot({ path: path.join(ARTIFACTS, 'addon-workbook-registrations.png') })
    await view.close()
  })

  it('turns the 15-minute sync on and off', async () => {
    const schedule = sidebar.getByRole('switch', {
      name: 'Sincronizar automáticamente cada 15 minutos',
    })
    const note = sidebar.locator('#sync .note[role="status"]')
    await schedule.check()
    await note.filter({ hasText: t('es', 'actions.schedule.installed', { minutes: 15 }) }).waitFor()
    expect(await schedule.isChecked()).toBe(true)
    expect(await workbookText('#triggers')).toBe('syncRegistrationsOnSchedule every 15 minutes')
    await schedule.uncheck()
    await note.filter({ hasText: t('es', 'actions.schedule.removed') }).waitFor()
    expect(await schedule.isChecked()).toBe(false)
    expect(await workbookText('#triggers')).toBe('none')
  })

  it('keeps the secret write-only, and says in Spanish when the Worker refuses it', async () => {
    const secret = sidebar.getByLabel('Secreto de administración')
    await secret.fill('un-secreto-que-no-es-el-del-worker')
    await sidebar.getByRole('button', { name: 'Guardar' }).click()
    await outcome(sidebar, 'settings')
    expect(await secret.inputValue()).toBe('')

    await sidebar.getByRole('button', { name: 'Probar la conexión' }).click()
    const refused = await outcome(sidebar, 'settings', 'error')
    expect(await refused.locator('.live').textContent()).toBe(
      `Error: ${t('es', 'actions.worker.unauthorized')}`
    )
    await sidebar.locator('#settings').screenshot({
      path: path.join(ARTIFACTS, 'addon-settings-refused-es-300.png'),
    })

    await secret.fill(adminSecret)
    await sidebar.getByRole('button', { name: 'Guardar' }).click()
    await outcome(sidebar, 'settings')
    await sidebar.getByRole('button', { name: 'Probar la conexión' }).click()
    const connected = await outcome(sidebar, 'settings')
    expect(await connected.locator('.live').textContent()).toContain(baseUrl)
  })

  it('speaks English to an English user, refusing a URL that is not a Worker address', async () => {
    const page = await openSidebar('en')
    expect(await page.locator('h2').first().textContent()).toBe('Set up')
    await page.getByLabel('Worker URL').fill('ftp://example.org/lacralo')
    await page.getByRole('button', { name: 'Save' }).click()
    const refused = await outcome(page, 'settings', 'error')
    expect(await refused.locator('.live').textContent()).toBe(
      `Error: ${t('en', 'actions.settings.badUrl', { url: 'ftp://example.org/lacralo' })}`
    )
    // Nothing was saved: the sidebar opened again still has the test Worker.
    const again = await openSidebar('en')
    expect(await again.getByLabel('Worker URL').inputValue()).toBe(baseUrl)
    expect(await hasNoHorizontalOverflow(page)).toBe(true)
    await page.screenshot({
      path: path.join(ARTIFACTS, 'addon-sidebar-en-300.png'),
      fullPage: true,
    })
    expect(await axeViolations(page)).toEqual([])
    await page.context().close()
    await again.context().close()
  })

  it('logged no page error and no server failure it did not expect', () => {
    expect(addon.log.filter((line) => /page error|TypeError|ReferenceError/.test(line))).toEqual([])
  })
})
