// axe-core audits of the webinar pages in Chromium: list, form, form with errors, confirmation, cancel.
import { createRequire } from 'node:module'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium } from './chromium'
import { browserWebinars, publishWebinars } from './webinar-fixtures'

const baseUrl = inject('baseUrl')
const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: unknown[]; failureSummary?: string }[]
}

let browser: Browser

beforeAll(async () => {
  await publishWebinars({
    baseUrl,
    secret: inject('adminSecret'),
    webinars: browserWebinars(new Date()),
  })
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

// The pages' CSP allows no script at all; only the audit's own context may inject axe.
async function auditedPage(width: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true })
  return context.newPage()
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
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    })))
  `)
  return found.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes
        .map((node) => JSON.stringify(node.target))
        .join(', ')}`
  )
}

async function fillValidForm(page: Page, email: string): Promise<void> {
  await page.locator('#field-name').fill('Ngozi Bartholomew-Baptiste')
  await page.locator('#field-email').fill(email)
  await page.locator('#field-country').selectOption('TT')
  await page.locator('#field-consent').check()
}

describe('accessibility of the webinar pages (axe-core)', () => {
  it.each([360, 1280])('finds no violation on the list at %i px', async (width) => {
    const page = await auditedPage(width)
    await page.goto(`${baseUrl}/webinars?lang=es`)
    expect(await violations(page)).toEqual([])
    await page.context().close()
  })

  it('finds no violation on the form, in English and in French', async () => {
    const page = await auditedPage(360)
    for (const lang of ['en', 'fr']) {
      await page.goto(`${baseUrl}/webinars/aceptacion-universal?lang=${lang}`)
      expect(await violations(page), lang).toEqual([])
    }
    await page.context().close()
  })

  it('finds no violation on the form in its error state', async () => {
    const page = await auditedPage(360)
    await page.goto(`${baseUrl}/webinars/aceptacion-universal?lang=pt`)
    await page.locator('#field-email').fill('sem-arroba.example')
    await page.locator('form.register button[type=submit]').click()
    await page.waitForSelector('.error-summary')
    expect(await page.locator('.error-summary li').count()).toBeGreaterThanOrEqual(3)
    expect(await violations(page)).toEqual([])
    await page.context().close()
  })

  it('finds no violation on the confirmation and cancellation pages', async () => {
    const page = await auditedPage(1280)
    await page.goto(`${baseUrl}/webinars/modelo-multisectorial?lang=fr`)
    await fillValidForm(page, 'ngozi@exemple.tt')
    await page.locator('form.register button[type=submit]').click()
    await page.waitForURL(/\/registered\//)
    expect(await violations(page)).toEqual([])
    await page.locator('a[href*="/cancel/"]').click()
    await page.waitForURL(/\/cancel\//)
    expect(await violations(page)).toEqual([])
    await page.context().close()
  })
})
