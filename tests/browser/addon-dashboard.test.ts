// The dashboard, participation and CROP sections of the add-on's sidebar in Chromium at 300 px,
// through the local preview over the demo workbook: import a meeting's attendance, rebuild the
// Dashboard and see the countries without an ALS and their outreach pipeline in /workbook,
// select a Caribbean event, make its CROP shortlist and draft the announcement.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_CARIBBEAN_EVENT_ID } from '../../apps-script/preview/demo-insights'
import { tabTableId } from '../../apps-script/preview/workbook-page'
import { t } from '../../shared/i18n/catalogue'
import { type AddonPreview, ARTIFACTS, axeViolations, startAddonPreview } from './addon-preview'

let addon: AddonPreview
let sidebar: Page
let csvFile: string
const today = new Date().toISOString().slice(0, 10)

// A Zoom participant report of today's call: one member by email (in capitals), one by name,
// and one whose name differs from the Members tab, so that a person has to decide.
const ZOOM_CSV = [
  'Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes)',
  `Dev (Dev Anand Teelucksingh),DEV@TTCS.EXAMPLE,${today} 18:00,${today} 19:00,60`,
  `Kerry-Ann Barrett,,${today} 18:01,${today} 19:00,59`,
  `Rudolph Daniel Jr,rdaniel@mail.example,${today} 18:02,${today} 19:00,58`,
].join('\n')

beforeAll(async () => {
  addon = await startAddonPreview('addon-dashboard')
  csvFile = path.join(addon.outDir, 'participants_812345.csv')
  writeFileSync(csvFile, ZOOM_CSV)
  sidebar = await addon.openSidebar('es', { height: 900, ready: ['#dashboard[data-loaded]'] })
})

afterAll(() => addon?.close())

async function outcome(section: string, expected: 'done' | 'error' = 'done') {
  const status = sidebar.locator(`#${section} .status`).first()
  await sidebar
    .locator(`#${section} .status[data-state="done"], #${section} .status[data-state="error"]`)
    .first()
    .waitFor({ timeout: 30_000 })
  const state = await status.getAttribute('data-state')
  if (state !== expected)
    throw new Error(
      `#${section} ended in ${state}: ${await status.textContent()}\n${addon.log.slice(-5).join('\n')}`
    )
  return status
}

async function figure(section: string, label: string): Promise<string | null> {
  return sidebar
    .locator(`#${section} .figures div`, { has: sidebar.locator('dt', { hasText: label }) })
    .first()
    .locator('dd')
    .textContent()
}

describe('dashboard, participation and CROP in the sidebar, through the preview', () => {
  it('imports a meeting’s attendance: two members found, the third left for a person to decide', async () => {
    await sidebar.getByLabel('Fecha de la reunión').fill(today)
    await sidebar.getByLabel('Tipo de participación').selectOption('monthly-call')
    await sidebar.locator('#attendance-file').setInputFiles(csvFile)
    await outcome('participation')
    expect(await figure('participation', 'Participantes')).toBe('3')
    expect(await figure('participation', 'Añadidos')).toBe('2')
    expect(await figure('participation', 'Sin identificar')).toBe('1')
    const unmatched = sidebar.locator('#participation .unmatched li')
    expect(await unmatched.locator('.what').textContent()).toContain('Rudolph Daniel Jr')
    // The near-namesake is offered, never picked on its own.
    await unmatched.getByLabel('¿Quién es?').selectOption('M-013')
    await unmatched.getByRole('button', { name: 'Registrar la asistencia' }).click()
    await unmatched.locator('.note', { hasText: 'Registrada para Rudolph Daniel.' }).waitFor()
    const participation = addon.preview.runtime.fake.spreadsheet.values('Participation')
    const todays = participation.filter((row) => String(row[0]).startsWith(`call-${today}-`))
    expect(todays.map((row) => row[1]).sort()).toEqual(['M-010', 'M-011', 'M-013'])
    await sidebar.locator('#participation').screenshot({
      path: path.join(ARTIFACTS, 'addon-participation-es-300.png'),
    })
  })

  it('rebuilds the Dashboard: the countries without an ALS, highlighted in /workbook', async () => {
    await sidebar.getByRole('button', { name: 'Actualizar el panel' }).click()
    await outcome('dashboard')
    const headline = await sidebar.locator('#dashboard .headline').textContent()
    // The demo's accredited ALSes: Uruguay, Brazil, Haiti, Trinidad and Tobago, Guyana.
    expect(headline).toBe(t('es', 'dashboard.headline', { count: 28, total: 33 }))
    const without = await sidebar.locator('#dashboard .countries-without-als li').allTextContents()
    expect(without).toContain('Bolivia (BO)')
    expect(without).not.toContain('Uruguay (UY)')
    // What is being done about them, in a sentence (the demo's prospects: demo-insights.ts).
    expect(await sidebar.locator('#dashboard .pipeline-headline').textContent()).toMatch(
      /^28 de 33 países sin ALS: prospectos en curso en \d+, ningún prospecto aún en \d+$/
    )
    await sidebar.locator('#dashboard').screenshot({
      path: path.join(ARTIFACTS, 'addon-dashboard-es-300.png'),
    })

    const view = await addon.browser.newPage({ viewport: { width: 1280, height: 1000 } })
    await view.goto(`${addon.preview.url}/workbook?tab=Dashboard`)
    const table = view.locator(`#${tabTableId('Dashboard')}`)
    expect(await table.locator('tbody tr').nth(1).locator('td').first().textContent()).toBe(
      headline
    )
    const bolivia = table.locator('tbody tr', { has: view.locator('td', { hasText: /^Bolivia$/ }) })
    expect(await bolivia.locator('td').first().getAttribute('style')).toContain('#fce8e6')
    expect(await bolivia.locator('td').nth(8).textContent()).toBe('Sin ALS')
    const uruguay = table.locator('tbody tr', { has: view.locator('td', { hasText: /^Uruguay$/ }) })
    expect(await uruguay.locator('td').first().getAttribute('style')).toBeNull()
    await view.screenshot({ path: path.join(ARTIFACTS, 'addon-workbook-dashboard.png') })

    // Under the coverage, the outreach pipeline: one row per country without an ALS, the
    // last of each country's two rows on the tab.
    const pipelineRow = (country: string) =>
      table
        .locator('tbody tr', { has: view.locator('td', { hasText: new RegExp(`^${country}$`) }) })
        .last()
    const heading = table.locator('tbody tr', {
      has: view.locator('td', { hasText: t('es', 'dashboard.tab.pipelineHeading') }),
    })
    await heading.scrollIntoViewIfNeeded()
    const honduras = await pipelineRow('Honduras').locator('td').allTextContents()
    expect(honduras.slice(0, 4)).toEqual([
      'Honduras',
      'En curso',
      '1 contactado · 1 invitado',
      'Yaneris Rodríguez',
    ])
    expect(honduras[5]).toMatch(/^[45]$/)
    // Bolivia: contacted 75 days ago, past the 60 days, so filled red; Paraguay: someone joined.
    const boliviaPipeline = pipelineRow('Bolivia')
    expect(await boliviaPipeline.locator('td').nth(1).textContent()).toBe('En curso')
    expect(await boliviaPipeline.locator('td').nth(5).textContent()).toMatch(/^7[45]$/)
    expect(await boliviaPipeline.locator('td').first().getAttribute('style')).toContain('#fce8e6')
    expect(await pipelineRow('Paraguay').locator('td').first().getAttribute('style')).toContain(
      '#e6f4ea'
    )
    expect(await pipelineRow('Dominica').locator('td').nth(1).textContent()).toBe('Sin prospectos')
    // The end of the table in view: the countries with prospects under way.
    await pipelineRow('Paraguay').scrollIntoViewIfNeeded()
    await view.screenshot({ path: path.join(ARTIFACTS, 'addon-workbook-dashboard-pipeline.png') })
    await view.close()
  })

  it('shortlists the selected Caribbean event, each person with reasons that read well', async () => {
    const events = addon.preview.runtime.fake.spreadsheet.values('Events')
    const row = events.findIndex((cells) => cells[0] === DEMO_CARIBBEAN_EVENT_ID) + 1
    addon.preview.runtime.fake.spreadsheet.sheet('Events').getRange(row, 2).activate()
    await sidebar.getByRole('button', { name: 'Lista corta del evento seleccionado' }).click()
    await outcome('crop')
    const crop = sidebar.locator('#crop')
    expect(await crop.locator('.event strong').textContent()).toBe(
      'Caribbean Internet Governance Forum'
    )
    const candidates = crop.locator('.shortlist > li')
    expect(await candidates.first().locator('strong').textContent()).toBe('Dev Anand Teelucksingh')
    expect(await candidates.first().locator('.tag').textContent()).toBe('Propuesta')
    const reasons = await candidates.first().locator('.reasons li').allTextContents()
    expect(reasons[0]).toBe(
      'Nivel 1: su país, Trinidad y Tobago, es el del evento (subregión Caribe).'
    )
    expect(reasons[1]).toMatch(/^Participación: asistió a \d de las últimas 6 llamadas mensuales/)
    expect(reasons[2]).toMatch(/^Rotación: /)
    const names = await candidates.locator('strong').allTextContents()
    expect(names).not.toContain('Carlton Samuels')
    expect(names).not.toContain('Sergio Salinas Porto')
    const excluded = crop.locator('.excluded')
    await excluded.locator('summary').click()
    expect(await excluded.textContent()).toContain('conflicto de intereses excluyente')
    expect(await crop.locator('.deadline').textContent()).toContain('Solicitud CROP hasta el')
    await crop.screenshot({ path: path.join(ARTIFACTS, 'addon-crop-es-300.png') })
    await crop.scrollIntoViewIfNeeded()
    await sidebar.evaluate('document.getElementById("crop").scrollIntoView()')
    await sidebar.screenshot({ path: path.join(ARTIFACTS, 'addon-crop-top-es-300.png') })

    // The leadership's discretion: the wider region too.
    await crop.getByRole('switch', { name: /Incluir toda la región/ }).check()
    await sidebar.locator('#crop .shortlist li', { hasText: 'Sergio Salinas Porto' }).waitFor()
    expect(await crop.locator('.shortlist').textContent()).toContain('nivel 2')
    expect(addon.preview.runtime.fake.spreadsheet.sheetNames()).toContain(
      'Shortlist – Caribbean Internet Governance Forum'
    )
    expect(await axeViolations(sidebar)).toEqual([])
  })

  it('drafts the announcement in Gmail, one draft per language, nothing sent', async () => {
    await sidebar.getByRole('button', { name: 'Redactar el anuncio' }).click()
    const status = sidebar.locator('#crop .status').nth(1)
    await sidebar.locator('#crop .status[data-state="done"]').nth(1).waitFor({ timeout: 30_000 })
    const lines = await status.locator('.drafts li').allTextContents()
    expect(lines.some((line) => line.startsWith('Inglés:'))).toBe(true)
    expect(lines.some((line) => line.startsWith('Francés:'))).toBe(true)
    const { drafts, sent } = addon.preview.runtime.fake.mailbox
    expect(sent).toEqual([])
    const english = drafts.find((draft) => draft.subject.startsWith('CROP: travel'))
    expect(english?.bcc.split(',')).toContain('dev@ttcs.example')
    expect(english?.bcc).not.toContain('carlton@jm.example')
    expect(drafts.find((draft) => draft.bcc.includes('mcpierre@ht.example'))?.body).toContain(
      'Chers membres de LACRALO de la sous-région Caraïbes,'
    )
    await sidebar.locator('#crop').screenshot({
      path: path.join(ARTIFACTS, 'addon-crop-drafted-es-300.png'),
    })
    const shortlistTab = await addon.browser.newPage({ viewport: { width: 1400, height: 700 } })
    await shortlistTab.goto(
      `${addon.preview.url}/workbook?tab=${encodeURIComponent('Shortlist – Caribbean Internet Governance Forum')}`
    )
    await shortlistTab.screenshot({ path: path.join(ARTIFACTS, 'addon-workbook-shortlist.png') })
    await shortlistTab.close()
  })

  it('logged no page error and no server failure', () => {
    expect(
      addon.log.filter((line) => /page error|failed|TypeError|ReferenceError/.test(line))
    ).toEqual([])
  })
})
