// The member input forms in a real Chromium: proposing an event in Portuguese at 360 px, and
// axe-core audits of both forms, blank and with errors.

import { mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { signedFetch } from '../../cli/src/admin-client'
import { launchChromium } from './chromium'

const baseUrl = inject('baseUrl')
const ARTIFACTS = path.resolve(import.meta.dirname, '../artifacts')
const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
const DAY = 86_400_000

interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: unknown[] }[]
}

let browser: Browser

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true })
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

// The pages allow no script at all; only the audit's own context may inject axe (bypassCSP).
async function newPage(width: number, options: { audit?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    locale: 'pt-BR',
    bypassCSP: options.audit ?? false,
  })
  return context.newPage()
}

async function hasNoHorizontalOverflow(page: Page): Promise<boolean> {
  // A string, not a function: these tests are typechecked without the DOM's types.
  return page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth')
}

/** The WCAG 2.x A and AA violations axe finds on the page as it stands, summarized. */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_SCRIPT })
  const found = await page.evaluate<AxeViolation[]>(`
    axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    }).then((results) => results.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    })))
  `)
  return found.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes
        .map((node) => JSON.stringify(node.target))
        .join(', ')}`
  )
}

function inDays(days: number): string {
  return new Date(Date.now() + days * DAY).toISOString().slice(0, 10)
}

describe('proposing an event in Chromium', () => {
  it('proposes an event in Portuguese at 360 px, corrects an error and sees the thank-you page', async () => {
    const page = await newPage(360)
    const cspViolations: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text())
    })
    await page.goto(`${baseUrl}/propose-event?lang=pt`)
    expect(await page.locator('h1').textContent()).toBe(
      'Propor um evento para o calendário de divulgação'
    )
    expect(await hasNoHorizontalOverflow(page)).toBe(true)
    await page.screenshot({
      path: path.join(ARTIFACTS, 'propose-event-pt-360.png'),
      fullPage: true,
    })

    const title = `Semana da Internet no Suriname ${Date.now()}`
    await page.getByLabel('Nome do evento').fill(title)
    await page.locator('#field-startDate').fill(inDays(45))
    await page.locator('#field-endDate').fill(inDays(47))
    await page.getByLabel('Formato').selectOption('hybrid')
    await page.locator('#field-city').fill('Paramaribo')
    await page.getByLabel('País ou território').selectOption('SR')
    await page.locator('#field-url').fill('https://internetweek.sr')
    await page
      .getByLabel('Por que é importante para o LACRALO')
      .fill('O Suriname ainda não tem uma ALS.\nO evento reúne provedores e universidades.')
    await page.locator('#field-cropSuitable').check()
    await page.getByLabel('Seu nome').fill('Ngozi Bartholomew')
    await page.getByLabel('Seu e-mail').fill('ngozi.exemplo.sr')
    await page.locator('#field-consent').check()
    await page.getByRole('button', { name: 'Enviar a proposta' }).click()

    // The server's answer: the error beside the field, everything typed kept.
    await page.waitForSelector('.error-summary')
    expect(await page.locator('#error-proposerEmail').textContent()).toMatch(/^Seu e-mail: /)
    expect(await page.getByLabel('Nome do evento').inputValue()).toBe(title)
    expect(await page.locator('#field-startDate').inputValue()).toBe(inDays(45))
    expect(await page.locator('#field-cropSuitable').isChecked()).toBe(true)
    expect(await page.evaluate<string | undefined>('document.activeElement?.className')).toBe(
      'error-summary'
    )
    expect(await hasNoHorizontalOverflow(page)).toBe(true)
    await page.screenshot({
      path: path.join(ARTIFACTS, 'propose-event-error-pt-360.png'),
      fullPage: true,
    })

    await page.locator('.error-summary a').click()
    expect(await page.evaluate<string | undefined>('document.activeElement?.id')).toBe(
      'field-proposerEmail'
    )
    await page.getByLabel('Seu e-mail').fill('ngozi@exemplo.sr')
    await page.getByRole('button', { name: 'Enviar a proposta' }).click()
    await page.waitForURL(/\/propose-event\/thanks\?lang=pt$/)
    expect(await page.locator('h1').textContent()).toBe('Obrigado: recebemos a sua proposta')
    expect(page.url()).not.toContain('ngozi')
    expect(cspViolations).toEqual([])
    expect(await hasNoHorizontalOverflow(page)).toBe(true)
    await page.screenshot({
      path: path.join(ARTIFACTS, 'propose-event-thanks-pt-360.png'),
      fullPage: true,
    })
    await page.context().close()

    // The proposal reached the Worker as typed, and comes out only through the signed feed.
    const feed = await signedFetch({
      baseUrl,
      secret: inject('adminSecret'),
      method: 'GET',
      path: '/admin/proposals?after=0&limit=1000',
    })
    expect(feed.status).toBe(200)
    const { items } = (await feed.json()) as { items: Record<string, unknown>[] }
    expect(items.find((item) => item.title === title)).toMatchObject({
      startDate: inDays(45),
      endDate: inDays(47),
      format: 'hybrid',
      city: 'Paramaribo',
      country: 'SR',
      why: 'O Suriname ainda não tem uma ALS.\r\nO evento reúne provedores e universidades.',
      cropSuitable: true,
      proposerEmail: 'ngozi@exemplo.sr',
      language: 'pt',
    })
    expect((await fetch(`${baseUrl}/admin/proposals`)).status).toBe(401)
  })
})

describe('accessibility of the member input forms (axe-core)', () => {
  it.each([
    ['/propose-event', 'pt', 360],
    ['/propose-event', 'fr', 1280],
    ['/suggest-candidate', 'es', 360],
    ['/suggest-candidate', 'en', 1280],
  ] as const)('finds no violation on %s in %s at %i px', async (form, lang, width) => {
    const page = await newPage(width, { audit: true })
    await page.goto(`${baseUrl}${form}?lang=${lang}`)
    expect(await violations(page)).toEqual([])
    expect(await hasNoHorizontalOverflow(page)).toBe(true)
    await page.context().close()
  })

  it('finds no violation on either form in its error state, and none on the thank-you pages', async () => {
    const page = await newPage(360, { audit: true })
    await page.goto(`${baseUrl}/suggest-candidate?lang=es`)
    await page.getByLabel('Nombre de la persona u organización').fill('Red de Telecentros')
    await page.getByRole('button', { name: 'Enviar la sugerencia' }).click()
    await page.waitForSelector('.error-summary')
    expect(await page.locator('.error-summary li').count()).toBeGreaterThanOrEqual(5)
    expect(await violations(page)).toEqual([])
    await page.screenshot({
      path: path.join(ARTIFACTS, 'suggest-candidate-error-es-360.png'),
      fullPage: true,
    })

    await page.goto(`${baseUrl}/propose-event?lang=fr`)
    await page.getByRole('button', { name: 'Envoyer la proposition' }).click()
    await page.waitForSelector('.error-summary')
    expect(await violations(page)).toEqual([])

    for (const form of ['/propose-event', '/suggest-candidate']) {
      await page.goto(`${baseUrl}${form}/thanks?lang=pt`)
      expect(await violations(page), form).toEqual([])
    }
    await page.context().close()
  })

  it('suggests a DNSSEC-training contact in Spanish, with the privacy notice on the page', async () => {
    const page = await newPage(360)
    await page.goto(`${baseUrl}/suggest-candidate?lang=es`)
    await page.screenshot({
      path: path.join(ARTIFACTS, 'suggest-candidate-es-360.png'),
      fullPage: true,
    })
    expect(await page.locator('#privacy-heading').textContent()).toBe(
      'Cómo se usan y se guardan estos datos'
    )
    await page.getByLabel('Una organización').check()
    await page
      .getByLabel('Nombre de la persona u organización')
      .fill('Cooperativa de Internet de Copán')
    await page.getByLabel('País o territorio').selectOption('HN')
    await page.getByLabel('Programa').selectOption('dnssec-training')
    await page.getByLabel('Por qué sería una buena candidatura').fill('Aún no firma sus zonas.')
    await page.getByLabel('Correo electrónico de contacto').fill('técnico@copán.hn')
    await page.getByLabel('Son datos de contacto profesionales y públicos').check()
    await page.getByLabel('Su nombre').fill('Luis Ortega')
    await page.getByLabel('Su correo electrónico').fill('luis@ejemplo.org')
    await page.locator('#field-consent').check()
    await page.getByRole('button', { name: 'Enviar la sugerencia' }).click()
    await page.waitForURL(/\/suggest-candidate\/thanks\?lang=es$/)
    expect(await page.locator('h1').textContent()).toBe('Gracias: recibimos su sugerencia')
    await page.context().close()
  })
})
